#!/usr/bin/env bash
# Recomputes the word clusters that the bundled name finder uses (models/clusters/; see models/README.md): the
# lower-cased words seen at least three times in the unlabeled text of the data folder (text/id-news-sentences.txt,
# text/news-clickid.txt.gz, text/indonlu-other.txt.gz: 6.4M words) and the train splits of the five NER corpora,
# by the exchange algorithm, at 256 classes (id-c256-news.txt) and 64 classes (id-c64-news.txt). Deterministic;
# about 10 and 4 minutes on one core.
# Usage: models/clusters.sh [DATA_DIR]   (default: ../shared/data, beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
ner="$data/ner"
text="$data/text/id-news-sentences.txt,$data/text/news-clickid.txt.gz,$data/text/indonlu-other.txt.gz"
for c in idner-news-2k nerui nerugm nergrit nerp; do text="$text,$ner/$c/train.tsv"; done
# the words of 6.4M words of text do not fit the launcher's default heap
export ENTITAS_JAVA_OPTS="${ENTITAS_JAVA_OPTS:--Xmx12g}"
for classes in 256 64; do
  "$here/entitas" train clusters --text "$text" --classes "$classes" --min-count 3 --passes 20 \
    --out "$here/models/clusters/id-c$classes-news.txt"
done
