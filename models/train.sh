#!/usr/bin/env bash
# Rebuilds the three bundled models in models/id/ from the public corpora (see models/README.md).
# Usage: models/train.sh [DATA_DIR]   (default: ../shared/data, beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
ud="$data/ud"
ner="$data/ner"
world="$data/gazetteers/world"
text="$data/text"
for need in "$ud" "$ner" "$data/gazetteers/mdee" "$world" "$text"; do
  if [[ ! -d "$need" ]]; then
    echo "models/train.sh: the data directory $need is missing; expected $data to hold ud/ (UD Indonesian" \
      "CoNLL-U files), ner/ (idner-news-2k, nerui, nerugm, nergrit), gazetteers/mdee/, gazetteers/world/ and" \
      "text/, as models/README.md describes; give another place as the first argument: models/train.sh DATA_DIR" >&2
    exit 1
  fi
done
# the common-word filter of the world lists reads 6.4M words of text: more than the launcher's default heap
export ENTITAS_JAVA_OPTS="${ENTITAS_JAVA_OPTS:--Xmx8g}"
heldout="$ud/id_csui-ud-test.conllu,$ud/id_gsd-ud-test.conllu"
udtrain="$ud/id_csui-ud-train.conllu,$ud/id_gsd-ud-dev.conllu,$ud/id_pud-ud-test.conllu"

"$here/entitas" train sentence --train "$udtrain" --eval "$heldout" --out "$here/models/id/id-sent.bin"
"$here/entitas" train token --train "$udtrain" --eval "$heldout" --out "$here/models/id/id-token.bin"

corpora=(idner-news-2k nerui nerugm nergrit)
trains=$(for c in "${corpora[@]}"; do printf "%s," "$ner/$c/train.tsv"; done)
devs=$(for c in "${corpora[@]}"; do printf "%s," "$ner/$c/dev.tsv"; done)
# word clusters (id-c256-news.txt, id-c64-news.txt) and casing classes (id-casing-news.txt) in models/clusters/,
# recomputed by models/clusters.sh
"$here/entitas" train ner --recipe entitas5 --types PER,LOC,ORG --gazetteers "$data/gazetteers/mdee" \
  --world-gazetteers "$world" \
  --world-casing "$text/id-news-sentences.txt,$text/news-clickid.txt.gz,$text/indonlu-other.txt.gz" \
  --clusters "$here/models/clusters/id-c256-news.txt,$here/models/clusters/id-c64-news.txt,$here/models/clusters/id-casing-news.txt" \
  --train "${trains%,}" --dev "${devs%,}" --calibrate --out "$here/models/id/id-ner.bin"
