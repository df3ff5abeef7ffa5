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
if [[ ! -d "$source_data/ner" ]]; then
  # a clone without the data folder (tests use what the repository holds): nothing to make the copy from
  echo "fetch-data: skipped: no data folder at $source_data to copy the origins from"
  exit 0
fi
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

# a run expected to fail: DATA-DIR, the exit code expected, a text its output must hold, and what is tested
expect_failure() {
  local code=0
  models/fetch-data.sh "$work/$1" --mirror "$work/mirror" > "$work/$1.out" 2>&1 || code=$?
  [[ $code -eq $2 ]] || fail "$4: exit code $code, not $2"
  grep -q "$3" "$work/$1.out" || fail "$4 is not named: $(cat "$work/$1.out")"
  passed=$((passed + 1))
}

changed="$work/mirror/raw.githubusercontent.com/indolem/indolem/main/ner/data/nerui/dev.01.tsv"
printf 'Jakarta\tB-LOCATION\n\n' >> "$changed"
expect_failure data2 1 "ner/nerui/dev.tsv: SHA-256" "a changed origin"
rm "$changed"
expect_failure data3 3 "dev.01.tsv: not in the mirror" "a missing origin"
echo "fetch-data: $passed passed, 0 failed"
