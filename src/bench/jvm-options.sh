#!/usr/bin/env bash
# Which JVM options should the launcher pass? Runs `java OPTIONS -jar target/entitas-cli.jar tag` under
# /usr/bin/time -v with each set of options, on one sentence from standard input and on the news documents
# of src/bench/news-documents.py (646 documents; --threads 1, or THREADS), in rounds: every round runs each
# set once, the order rotating from round to round, one process at a time. Prints the median wall time, CPU
# time (user + sys) and peak RSS of each set. The launcher script itself is not used, so its own options do
# not mix in.
#
# Usage: src/bench/jvm-options.sh ROUNDS THREADS 'OPTIONS 1' 'OPTIONS 2' ...
#   THREADS: 1, or 0 for the default (all cores). In OPTIONS, JSA stands for an application class-data
#   archive made from this jar before the rounds (target/bench-entitas.jsa).
# Example: src/bench/jvm-options.sh 3 1 '' '-XX:+UseSerialGC' '-XX:+UseSerialGC -XX:SharedArchiveFile=JSA'
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="$1"; threads="$2"; shift 2
sets=("$@")
data="${DATA_DIR:-$here/../shared/data}"
work="$(mktemp -d "${TMPDIR:-/tmp}/entitas-jvm-options.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$here/src/bench/news-documents.py" "$data/text/id-news-sentences.txt" "$work/docs"
printf '%s\n' "Presiden Rusia Vladimir Putin tiba di Pyongyang." > "$work/one.txt"
"$here/entitas" --version > /dev/null   # builds the jar if needed
jar="$work/entitas-cli.jar"; cp "$here/target/entitas-cli.jar" "$jar"
jsa="$here/target/bench-entitas.jsa"
java -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" tag < "$work/one.txt" > /dev/null 2>&1
targs=("$work/docs"); [[ "$threads" == 0 ]] || targs=(--threads "$threads" "$work/docs")

n=${#sets[@]}
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < n; k++)); do
    i=$(((k + r) % n))
    opts="${sets[$i]//JSA/$jsa}"
    for what in one docs; do
      if [[ $what == one ]]; then args=(); input="$work/one.txt"; else args=("${targs[@]}"); input=/dev/null; fi
      # shellcheck disable=SC2086
      /usr/bin/time -v -o "$work/$i.$what.$r.time" java $opts -jar "$jar" tag -q "${args[@]}" \
        < "$input" > "$work/$i.$what.out" 2> "$work/$i.$what.err" \
        || { echo "jvm-options: failed with '$opts' ($what):" >&2; tail -3 "$work/$i.$what.err" >&2; }
    done
  done
  echo "jvm-options: round $((r + 1)) of $rounds done" >&2
done

python3 - "$work" "$rounds" "${sets[@]}" <<'PY'
import os, re, statistics, sys
work, rounds, sets = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def report(path):
    t = open(path).read()
    def num(label):
        return float(re.search(re.escape(label) + r": ([0-9.]+)", t).group(1))
    secs = 0.0
    for part in re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)", t).group(1).split(":"):
        secs = secs * 60 + float(part)
    ok = "Exit status: 0" in t
    return secs, num("User time (seconds)") + num("System time (seconds)"), num("Maximum resident set size (kbytes)") / 1024, ok
print(f"medians of {rounds} rounds")
print("| options | one sentence: wall s | CPU s | RSS MB | documents: wall s | CPU s | RSS MB |")
print("|---|---|---|---|---|---|---|")
for i, s in enumerate(sets):
    cells = []
    for what in ("one", "docs"):
        rs = [report(f"{work}/{i}.{what}.{r}.time") for r in range(rounds)]
        bad = sum(not x[3] for x in rs)
        cells += [f"{statistics.median(x[j] for x in rs):.2f}" for j in (0, 1)]
        cells.append(f"{statistics.median(x[2] for x in rs):.0f}" + (f" ({bad} failed)" if bad else ""))
    print(f"| `{s or '(JVM defaults)'}` | " + " | ".join(cells) + " |")
PY
