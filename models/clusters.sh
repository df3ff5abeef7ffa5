#!/usr/bin/env bash
# Recomputes the word clusters that the bundled name finder uses (models/clusters/; see models/README.md): the
# lower-cased words seen at least three times in the unlabeled text of the data folder (text/id-news-sentences.txt,
# text/news-clickid.txt.gz, text/indonlu-other.txt.gz: 6.4M words) and the train splits of the five NER corpora,
# by the exchange algorithm, at 256 classes (id-c256-news.txt) and 64 classes (id-c64-news.txt); and the casing
# classes of the words of the unlabeled text (id-casing-news.txt: how often each is written capitalised, or in
# capitals). Deterministic; about 10, 4 and 0.2 minutes on one core.
# Usage: models/clusters.sh [DATA_DIR]   (default: ../shared/data, beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
ner="$data/ner"
unlabeled="$data/text/id-news-sentences.txt,$data/text/news-clickid.txt.gz,$data/text/indonlu-other.txt.gz"
text="$unlabeled"
for c in idner-news-2k nerui nerugm nergrit nerp; do text="$text,$ner/$c/train.tsv"; done
# the words of 6.4M words of text do not fit the launcher's default heap
export ENTITAS_JAVA_OPTS="${ENTITAS_JAVA_OPTS:--Xmx12g}"
for classes in 256 64; do
  "$here/entitas" train clusters --text "$text" --classes "$classes" --min-count 3 --passes 20 \
    --out "$here/models/clusters/id-c$classes-news.txt"
done
"$here/entitas" train casing --text "$unlabeled" --min-count 3 --out "$here/models/clusters/id-casing-news.txt"
