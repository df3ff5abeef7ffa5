#!/usr/bin/env bash
# The documented CLI run of bulk tagging: builds a JSON Lines archive of N documents (default 100,000) from
# test-corpus/ (each document once per round, with a unique id), tags it with -Xmx512m, and prints documents,
# tokens, wall time, peak heap after GC and the run's own summary.
# Usage: src/bench/cli-benchmark.sh [N] [THREADS] [WORK_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-100000}"
threads="${2:-$(nproc)}"
work="${3:-$here/target/cli-benchmark}"
mkdir -p "$work"
archive="$work/archive-$n.jsonl.gz"
if [[ ! -f "$archive" ]]; then
  python3 - "$here/test-corpus" "$n" <<'PY' | gzip -1 > "$archive"
import json, os, sys
corpus, n = sys.argv[1], int(sys.argv[2])
docs = [open(os.path.join(corpus, f), encoding="utf-8").read()
        for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
for i in range(n):
    print(json.dumps({"id": "doc-%06d" % i, "source": "test-corpus", "text": docs[i % len(docs)]},
                     ensure_ascii=False))
PY
fi
[[ -f "$here/target/entitas-cli.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
# a private copy: a rebuild of target/ during the run must not pull classes from under the JVM
jar="$work/entitas-cli.jar"
cp "$here/target/entitas-cli.jar" "$jar"
rm -f "$work/out.jsonl" "$work/out.jsonl.errors.jsonl" "$work/out.jsonl.journal" "$work/gc.log"
start=$(date +%s.%N)
status=0
java -Xmx512m -Xlog:gc:file="$work/gc.log" -jar "$jar" tag --threads "$threads" -o "$work/out.jsonl" "$archive" \
  2> "$work/stderr.log" || status=$?
grep '^entitas: ' "$work/stderr.log" | grep -v 'docs/s' | tail -4 || true
echo "exit code: $status"
end=$(date +%s.%N)
echo "documents written: $(wc -l < "$work/out.jsonl"); failures: $(wc -l < "$work/out.jsonl.errors.jsonl")"
echo "wall time: $(python3 -c "print(round($end - $start, 1))") s with $threads threads"
echo "peak heap after GC: $(grep -oE -- '->[0-9]+M' "$work/gc.log" | tr -dc '0-9\n' | sort -n | tail -1) MB of 512 MB"
