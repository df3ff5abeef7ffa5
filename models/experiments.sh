#!/usr/bin/env bash
# Name finder experiments behind models/README.md: for each corpus, OpenNLP's default recipe and the entitas2
# recipe (with the word clusters of models/clusters/) trained on that corpus's train split and scored on its
# dev split (the shipped model, trained on
# all four, is built and scored by models/train.sh).
# Usage: models/experiments.sh [DATA_DIR] [OUT_DIR]   (defaults: ../shared/data, target/experiments)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
out="${2:-$here/target/experiments}"
mkdir -p "$out"
corpora=(idner-news-2k nerui nerugm nergrit)
for c in "${corpora[@]}"; do
  echo "== $c / opennlp-default"
  "$here/entitas" train ner --recipe opennlp-default \
    --train "$data/ner/$c/train.tsv" --dev "$data/ner/$c/dev.tsv" --out "$out/$c-opennlp-default.bin"
  echo "== $c / entitas2"
  "$here/entitas" train ner --recipe entitas2 --no-case-copies --beam-size 3 --gazetteers "$data/gazetteers/mdee" \
    --clusters "$here/models/clusters/id-c256.txt" \
    --train "$data/ner/$c/train.tsv" --dev "$data/ner/$c/dev.tsv" --out "$out/$c-entitas2.bin"
done


