#!/usr/bin/env bash
# Recomputes the word clusters that the bundled name finder uses (models/clusters/id-c256.txt; see
# models/README.md): 256 classes of the lower-cased words seen at least twice in the unlabeled news text and
# the train splits of the five NER corpora, by the exchange algorithm. Deterministic; about 2 minutes.
# Usage: models/clusters.sh [DATA_DIR]   (default: ../shared/data, beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
ner="$data/ner"
text="$data/text/id-news-sentences.txt"
for c in idner-news-2k nerui nerugm nergrit nerp; do text="$text,$ner/$c/train.tsv"; done
"$here/entitas" train clusters --text "$text" --classes 256 --min-count 2 --passes 20 \
  --out "$here/models/clusters/id-c256.txt"
