#!/usr/bin/env bash
# Trains the plain OpenNLP name finder that the speed benchmark sets beside the pipeline
# (models/baseline/id-ner-plain.bin; see the models table in models/README.md).
# Usage: models/baseline.sh [DATA_DIR]   (default: ../shared/data, beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
ner="$data/ner"
corpora=(idner-news-2k nerui nerugm nergrit)
trains=$(for c in "${corpora[@]}"; do printf "%s," "$ner/$c/train.tsv"; done)
devs=$(for c in "${corpora[@]}"; do printf "%s," "$ner/$c/dev.tsv"; done)
"$here/entitas" train ner --recipe opennlp-default \
  --train "${trains%,}" --dev "${devs%,}" --out "$here/models/baseline/id-ner-plain.bin"
