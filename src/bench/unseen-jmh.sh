#!/usr/bin/env bash
# JMH on text the run has not seen (org.entitas.bench.UnseenTextBenchmark): makes the 646 news documents of
# src/bench/whole-process.sh from ../shared/data/text/id-news-sentences.txt (src/bench/news-documents.py) in a
# temporary directory and times, in forks of their own, one pass of the full pipeline and one of the plain OpenNLP
# pipeline over them after the JIT has warmed on test-corpus/.
#
#   src/bench/unseen-jmh.sh [DATA_DIR]          # DATA_DIR defaults to ../shared/data
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${1:-$here/../shared/data}"
sentences="$data/text/id-news-sentences.txt"
[[ -f "$sentences" ]] || { echo "unseen-jmh: no $sentences (give the data directory as the first argument)" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/entitas-unseen-jmh.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$here/src/bench/news-documents.py" "$sentences" "$work/docs"
cd "$here"
ENTITAS_BENCH_DOCS="$work/docs" mvn -B -q -Dstyle.color=never test-compile exec:exec \
    -Dbench.class=org.entitas.bench.UnseenTextBenchmark
