#!/usr/bin/env bash
# Tests models/fetch-data.sh offline (run by .ci/run): makes a local copy of the origins from the data folder
# beside the repository (../shared/data; its NER files written back in each origin's tag names), then checks that
#   1. fetching from that copy builds files byte for byte equal to the data folder's, every checksum matching;
#   2. a changed origin is caught: its checksum differs, the exit code is 1, and the file is named;
#   3. an origin missing from the copy stops the run with exit code 3.
# Prints "fetch-data: N passed, 0 failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source_data="${1:-../shared/data}"
[[ -d "$source_data/ner" ]] || { echo "models/fetch-data.test.sh: no data folder at $source_data" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
fail() { echo "fetch-data: FAILED: $1" >&2; echo "fetch-data: $passed passed, 1 failed"; exit 1; }

while IFS=$'\t' read -r target origin build sum; do
  [[ -z "$target" || "$target" == \#* ]] && continue
  copy="$work/mirror/${origin#*://}"
  mkdir -p "$(dirname "$copy")"
  case "$build" in
    copy) cp "$source_data/$target" "$copy" ;;
    iob:*)  # back to the origin's names (PERSON for PER...), so that the build's mapping is what is tested
      awk -v map="${build#iob:}" '
        BEGIN { n = split(map, pairs, ","); for (i = 1; i <= n; i++) { split(pairs[i], kv, "="); back[kv[2]] = kv[1] } }
        /^$/ { print; next }
        { split($0, f, "\t"); tag = f[2]
          if (tag ~ /^[BI]-/) { type = substr(tag, 3); if (type in back) type = back[type]; tag = substr(tag, 1, 2) type }
          print f[1] "\t" tag }' "$source_data/$target" > "$copy" ;;
  esac
done < models/data-sources.tsv

models/fetch-data.sh "$work/data" --mirror "$work/mirror" > "$work/out" 2>&1 || { cat "$work/out" >&2; fail "a clean fetch"; }
while IFS=$'\t' read -r target origin build sum; do
  [[ -z "$target" || "$target" == \#* ]] && continue
  cmp -s "$source_data/$target" "$work/data/$target" || fail "$target differs from $source_data/$target"
done < models/data-sources.tsv
grep -q "16 match their recorded SHA-256, 0 differ" "$work/out" || fail "the summary: $(cat "$work/out")"
passed=$((passed + 1))

changed="$work/mirror/raw.githubusercontent.com/indolem/indolem/main/ner/data/nerui/dev.01.tsv"
printf 'Jakarta\tB-LOCATION\n\n' >> "$changed"
set +e
models/fetch-data.sh "$work/data2" --mirror "$work/mirror" > "$work/out2" 2>&1
code=$?
set -e
[[ $code -eq 1 ]] || fail "a changed origin: exit code $code, not 1"
grep -q "ner/nerui/dev.tsv: SHA-256" "$work/out2" || fail "a changed origin is not named: $(cat "$work/out2")"
passed=$((passed + 1))

rm "$changed"
set +e
models/fetch-data.sh "$work/data3" --mirror "$work/mirror" > "$work/out3" 2>&1
code=$?
set -e
[[ $code -eq 3 ]] || fail "a missing origin: exit code $code, not 3"
grep -q "dev.01.tsv: not in the mirror" "$work/out3" || fail "a missing origin is not named: $(cat "$work/out3")"
passed=$((passed + 1))
echo "fetch-data: $passed passed, 0 failed"
