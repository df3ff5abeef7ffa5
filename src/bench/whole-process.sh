#!/usr/bin/env bash
# Speed as a user sees it: whole processes, JVM start and model loading included, measured from outside
# with /usr/bin/time -v. Sets `./entitas tag` beside a plain OpenNLP pipeline on unseen news documents.
#
# The documents: ../shared/data/text/id-news-sentences.txt (tokenized sentences, one a line) detokenized
# (no space before , . ) etc., clitics -nya/-ku/-mu/-lah/-kah/-pun joined) and grouped 20 consecutive
# sentences to a document (646 documents of about 450 words; a line without final punctuation stands on
# its own as a headline, the others form paragraphs of 4 sentences). They go to a temporary directory,
# removed at the end; nothing generated is committed. The one-sentence row pipes one sentence to standard
# input.
#
# The plain pipeline: src/test/java/org/entitas/bench/PlainPipeline.java (test code, compiled by
# `mvn test-compile`, never in the library or CLI jar), run as `java -cp target/test-classes:<opennlp-tools,
# slf4j-api, slf4j-nop jars from mvn dependency:build-classpath> org.entitas.bench.PlainPipeline` with JVM
# defaults: OpenNLP's SentenceDetectorME, TokenizerME and NameFinderME only, over models/id/id-sent.bin,
# models/id/id-token.bin (plain OpenNLP factories, loadable without entitas) and
# models/baseline/id-ner-plain.bin (OpenNLP default features, beam 3; models/baseline.sh), one set of
# instances per thread. PLAIN_JAVA_OPTS adds JVM options to it (default: none).
# entitas: `./entitas tag`, the launcher as it is (its JVM settings; ENTITAS_JAVA_OPTS is passed through).
#
# Rows: one thread (`--threads 1`, plain with 1 worker), all cores (entitas's default --threads, plain with
# $(nproc) workers), one sentence on standard input (both defaults). Each row runs RUNS pairs, the order of
# the pair alternating, one process at a time. Prints medians of wall time, CPU time (user + sys) and peak
# RSS, the ratios entitas / plain, and all cores against one thread.
#
# Usage: src/bench/whole-process.sh [RUNS] [DATA_DIR]   (defaults: 5, ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
data="${2:-$here/../shared/data}"
sentences="$data/text/id-news-sentences.txt"
[[ -f "$sentences" ]] || { echo "whole-process: no $sentences" >&2; exit 2; }
if [[ ! -x /usr/bin/time ]]; then
  echo "whole-process: /usr/bin/time is missing (Debian: apt-get install -y time)" >&2; exit 2
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/entitas-whole-process.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --- the documents -------------------------------------------------------------------------------------
python3 "$here/src/bench/news-documents.py" "$sentences" "$work/docs"
printf '%s\n' "Presiden Rusia Vladimir Putin tiba di Pyongyang." > "$work/one.txt"
ndocs=$(ls "$work/docs" | wc -l)
words=$(cat "$work/docs"/*.txt | wc -w)

# --- the builds ----------------------------------------------------------------------------------------
"$here/entitas" --version > /dev/null   # builds target/entitas-cli.jar if it is missing or stale
plain_class="$here/target/test-classes/org/entitas/bench/PlainPipeline.class"
if [[ ! -f "$plain_class" || "$here/src/test/java/org/entitas/bench/PlainPipeline.java" -nt "$plain_class" ]]; then
  (cd "$here" && mvn -q -B -Dstyle.color=never test-compile 2>&1 | sed 's/\x1b\[0m//g' >&2)
fi
(cd "$here" && mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/all.cp" \
  2>&1 | sed 's/\x1b\[0m//g' >&2)
plain_cp="$here/target/test-classes:$(tr ':' '\n' < "$work/all.cp" \
  | grep -E '/(opennlp-tools|slf4j-api|slf4j-nop)-[0-9.]+\.jar$' | paste -sd:)"
cores=$(nproc)
plain=(java ${PLAIN_JAVA_OPTS:-} -cp "$plain_cp" org.entitas.bench.PlainPipeline
  "$here/models/id/id-sent.bin" "$here/models/id/id-token.bin" "$here/models/baseline/id-ner-plain.bin")

# --- the runs ------------------------------------------------------------------------------------------
# measure NAME ROW RUN STDIN CMD...: one run under /usr/bin/time -v; output and time report kept in $work
measure() {
  local name="$1" row="$2" run="$3" input="$4"; shift 4
  local tag="$work/$row.$name.$run"
  if ! /usr/bin/time -v -o "$tag.time" "$@" < "$input" > "$tag.out" 2> "$tag.err"; then
    echo "whole-process: $name failed in row $row (run $run):" >&2; tail -5 "$tag.err" >&2; exit 1
  fi
}
row() {   # row NAME STDIN ENTITAS-ARGS... -- PLAIN-THREADS PLAIN-ARGS...
  local row="$1" input="$2"; shift 2
  local e=() ; while [[ "$1" != "--" ]]; do e+=("$1"); shift; done; shift
  local p=("$@")
  for ((r = 1; r <= runs; r++)); do
    if ((r % 2)); then
      measure entitas "$row" "$r" "$input" "$here/entitas" tag "${e[@]}"
      measure plain "$row" "$r" "$input" "${plain[@]}" "${p[@]}"
    else
      measure plain "$row" "$r" "$input" "${plain[@]}" "${p[@]}"
      measure entitas "$row" "$r" "$input" "$here/entitas" tag "${e[@]}"
    fi
    echo "whole-process: $row, pair $r of $runs done" >&2
  done
}
echo "whole-process: $ndocs documents, $words words; $runs pairs per row; $cores cores" >&2
row one-thread /dev/null --threads 1 "$work/docs" -- 1 "$work/docs"
row all-cores /dev/null "$work/docs" -- "$cores" "$work/docs"
row one-sentence "$work/one.txt" -- 1 -

# --- the table -----------------------------------------------------------------------------------------
python3 - "$work" "$runs" "$ndocs" "$words" "$cores" "${ENTITAS_JAVA_OPTS:-}" "${PLAIN_JAVA_OPTS:-}" <<'PY'
import json, re, statistics, sys
work, runs, ndocs, words, cores, eopts, popts = sys.argv[1:8]
runs = int(runs)

def report(path):
    t = open(path).read()
    def num(label):
        return float(re.search(re.escape(label) + r": ([0-9.:]+)", t).group(1).split()[0])
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)", t).group(1)
    secs = 0.0
    for part in wall.split(":"):
        secs = secs * 60 + float(part)
    return secs, num("User time (seconds)") + num("System time (seconds)"), num("Maximum resident set size (kbytes)") / 1024

def entities(path):
    return sum(len(json.loads(l)["entities"]) for l in open(path, encoding="utf-8") if l.strip())

rows = ["one-thread", "all-cores", "one-sentence"]
med = {}
print(f"{ndocs} documents ({words} words); {runs} pairs per row, order alternating; {cores} cores")
print(f"entitas: ./entitas tag (ENTITAS_JAVA_OPTS='{eopts}'); plain: java {popts} -cp ... PlainPipeline")
print()
print("| row | side | wall s | CPU s (user+sys) | peak RSS MB | entities |")
print("|---|---|---|---|---|---|")
for row in rows:
    for side in ("entitas", "plain"):
        rs = [report(f"{work}/{row}.{side}.{r}.time") for r in range(1, runs + 1)]
        m = tuple(statistics.median(x[i] for x in rs) for i in range(3))
        med[row, side] = m
        n = entities(f"{work}/{row}.{side}.1.out")
        print(f"| {row} | {side} | {m[0]:.2f} | {m[1]:.2f} | {m[2]:.0f} | {n} |")
print()
print("| row | wall entitas / plain | CPU entitas / plain | RSS entitas / plain |")
print("|---|---|---|---|")
for row in rows:
    e, p = med[row, "entitas"], med[row, "plain"]
    print(f"| {row} | {e[0] / p[0]:.2f} | {e[1] / p[1]:.2f} | {e[2] / p[2]:.2f} |")
print()
for side in ("entitas", "plain"):
    one, allc = med["one-thread", side], med["all-cores", side]
    print(f"{side}: all cores against one thread: wall {one[0] / allc[0]:.2f} x faster, CPU {allc[1] / one[1]:.2f} x, RSS {allc[2] / one[2]:.2f} x")
PY
