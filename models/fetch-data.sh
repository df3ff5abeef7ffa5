#!/usr/bin/env bash
# Rebuilds the training data that models/train.sh reads: fetches each public corpus of models/data-sources.tsv
# from its origin, builds the training file (a copy, or token<TAB>tag lines with IOB2 tags and the corpus's types
# mapped to PER, LOC, ORG; other types kept), and checks it against the SHA-256 of the file the bundled models
# were trained on. Writes DATA/SHA256SUMS of what it built.
#
# Usage: models/fetch-data.sh DATA [--mirror DIR] [--keep-going]
#   DATA          the folder to write (ud/, ner/, gazetteers/mdee/, as models/train.sh DATA reads them)
#   --mirror DIR  read each origin from DIR/HOST/PATH instead of the network (a local copy of the origins)
#   --keep-going  a file whose checksum differs is reported and kept, not an error
# Exit codes: 0 every file built and matching; 1 a checksum differs; 2 bad usage; 3 a fetch or build failed.
#
# A differing checksum means the origin changed, or that it holds what the project's copy left out: the
# project's copies of the NER corpora dropped the sentences that also occur in a held-out test split. Train on
# such files if you wish; the scores will not be the bundled models' (docs/training.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage() { echo "usage: models/fetch-data.sh DATA [--mirror DIR] [--keep-going]" >&2; exit 2; }
[[ $# -ge 1 && "$1" != -* ]] || usage
data="$1"; shift
mirror=""; keep_going=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mirror) [[ $# -ge 2 ]] || usage; mirror="$2"; shift 2 ;;
    --keep-going) keep_going=1; shift ;;
    *) usage ;;
  esac
done
mkdir -p "$data"
download="$data/.origins"
mkdir -p "$download"

fetch() {  # URL FILE
  if [[ -n "$mirror" ]]; then
    local local_copy="$mirror/${1#*://}"
    [[ -f "$local_copy" ]] || { echo "models/fetch-data.sh: $1: not in the mirror ($local_copy)" >&2; return 1; }
    cp "$local_copy" "$2"
  else
    curl -fsSL --retry 3 -o "$2" "$1" || { echo "models/fetch-data.sh: $1: could not be fetched" >&2; return 1; }
  fi
}

build_iob() {  # MAP IN OUT: token in the first column, tag in the last; B-X / I-X with X mapped; one blank line
  awk -v map="$1" '
    BEGIN { n = split(map, pairs, ","); for (i = 1; i <= n; i++) { split(pairs[i], kv, "="); to[kv[1]] = kv[2] } }
    { sub(/\r$/, "") }
    /^-DOCSTART-/ { next }
    /^[ \t]*$/ { if (open) { print ""; open = 0 } next }
    {
      m = split($0, f, /[\t ]+/); tag = f[m]
      if (tag ~ /^[BI]-/) { type = substr(tag, 3); if (type in to) type = to[type]; tag = substr(tag, 1, 2) type }
      print f[1] "\t" tag; open = 1
    }
    END { if (open) print "" }' "$2" > "$3"
}

built=0; differ=0
: > "$data/SHA256SUMS.tmp"
while IFS=$'\t' read -r target origin build sum; do
  [[ -z "$target" || "$target" == \#* ]] && continue
  raw="$download/$(echo "$origin" | tr '/:' '__')"
  fetch "$origin" "$raw" || exit 3
  mkdir -p "$(dirname "$data/$target")"
  case "$build" in
    copy) cp "$raw" "$data/$target.tmp" ;;
    iob:*) build_iob "${build#iob:}" "$raw" "$data/$target.tmp" ;;
    *) echo "models/fetch-data.sh: $target: unknown build '$build' in data-sources.tsv" >&2; exit 3 ;;
  esac
  mv "$data/$target.tmp" "$data/$target"
  actual="$(sha256sum "$data/$target" | cut -d' ' -f1)"
  echo "$actual  $target" >> "$data/SHA256SUMS.tmp"
  built=$((built + 1))
  if [[ "$actual" != "$sum" ]]; then
    differ=$((differ + 1))
    echo "models/fetch-data.sh: $target: SHA-256 $actual, not the $sum of the file the bundled models were" \
      "trained on (from $origin)" >&2
  fi
done < "$here/data-sources.tsv"
mv "$data/SHA256SUMS.tmp" "$data/SHA256SUMS"
echo "models/fetch-data.sh: built $built files in $data; $((built - differ)) match their recorded SHA-256, $differ differ"
if [[ $differ -gt 0 && $keep_going -eq 0 ]]; then
  exit 1
fi
