#!/usr/bin/env bash
# Load test of 'entitas serve' on 127.0.0.1 with wrk (Debian: apt-get install -y wrk), and 'tag' on the same
# documents for comparison. The documents are the 41 news articles of test-corpus/*.txt (about 1.5 KB each),
# each request POST /v1/extract with one of them as plain text, in turn. The server and tag run as ./entitas
# runs them (-XX:+UseSerialGC -Xmx512m), with THREADS workers each.
#
# Prints: start-up time (to /health and to /ready), wrk's figures (requests/s, latency percentiles, errors),
# the server's peak RSS (VmHWM), tag's documents/s and the ratio of the two; and, because the cores may be
# shared with other work, the same ratio per CPU second: documents per second of CPU time used by the server
# JVM during the load (from /proc/PID/stat) and by tag (its CPU time less that of tagging one document, which
# is the start-up and the model loading). The load average before and after says how busy the machine was.
# Usage: src/bench/serve-load.sh [SECONDS=60] [CONNECTIONS=64] [THREADS=nproc]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
secs="${1:-60}"
conns="${2:-64}"
threads="${3:-$(nproc)}"
(( secs <= 60 )) || { echo "serve-load.sh: at most 60 s per run" >&2; exit 2; }
command -v wrk >/dev/null || { echo "serve-load.sh: wrk is missing: apt-get install -y wrk" >&2; exit 2; }
work="$here/target/serve-load"
mkdir -p "$work"
[[ -f "$here/target/entitas-cli.jar" ]] || (cd "$here" && mvn -q -B -DskipTests package)
# a private copy: a rebuild of target/ during the run must not pull classes from under the JVM
jar="$work/entitas-cli.jar"
cp "$here/target/entitas-cli.jar" "$jar"
java=(java -XX:+UseSerialGC -Xmx512m -Xlog:disable -Xlog:all=warning:stderr)

# the wrk script: the documents as Lua strings, one request after another
python3 - "$here/test-corpus" > "$work/extract.lua" <<'PY'
import json, os, sys
corpus = sys.argv[1]
docs = [open(os.path.join(corpus, f), encoding="utf-8").read()
        for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
print("local bodies = {")
for d in docs:
    print("  " + json.dumps(d, ensure_ascii=False) + ",")
print("}")
print("""local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/v1/extract", {["Content-Type"] = "text/plain; charset=utf-8"}, bodies[n % #bodies + 1])
end""")
PY
# the same documents for tag: JSON Lines, 120 rounds of the 41 (about 25 s of work, JIT warm-up included)
python3 - "$here/test-corpus" > "$work/documents.jsonl" <<'PY'
import json, os, sys
corpus = sys.argv[1]
docs = [open(os.path.join(corpus, f), encoding="utf-8").read()
        for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
for i in range(120 * len(docs)):
    print(json.dumps({"id": "doc-%05d" % i, "text": docs[i % len(docs)]}, ensure_ascii=False))
PY

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
start=$(date +%s.%N)
"${java[@]}" -jar "$jar" serve --port "$port" --threads "$threads" 2> "$work/serve.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
until curl -s -o /dev/null "$url/health"; do sleep 0.02; done
live=$(date +%s.%N)
until curl -sf -o /dev/null "$url/ready"; do sleep 0.02; done
ready=$(date +%s.%N)
echo "start-up: /health answers after $(python3 -c "print(round($live - $start, 2))") s, /ready after $(python3 -c "print(round($ready - $start, 2))") s"

echo "warm-up: 10 s, 8 connections"
wrk -t1 -c8 -d10s -s "$work/extract.lua" "$url" > "$work/warm-up.txt"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cpu_before=$(awk '{print $14 + $15}' /proc/$pid/stat)
echo "load: $secs s, $conns connections, $threads server threads, 127.0.0.1"
wrk -t2 -c"$conns" -d"${secs}s" --timeout 30s --latency -s "$work/extract.lua" "$url" | tee "$work/wrk.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cpu_after=$(awk '{print $14 + $15}' /proc/$pid/stat)
echo "server peak RSS (VmHWM): $(awk '/VmHWM/ {print int($2 / 1024) " MB"}' /proc/$pid/status)"
kill -TERM $pid
wait $pid || true
trap - EXIT

echo "tag --threads $threads on 120 rounds of the same documents:"
# runs a command (standard output dropped, standard error to a file) and prints the CPU seconds it used
cpu_of() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys
with open(sys.argv[1], "w") as err:
    subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=err, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(r.ru_utime + r.ru_stime)
PY
}
head -1 "$work/documents.jsonl" > "$work/one.jsonl"
start_cpu=$(cpu_of "$work/one.log" "${java[@]}" -jar "$jar" tag -q "$work/one.jsonl")
tag_cpu=$(cpu_of "$work/tag.log" "${java[@]}" -jar "$jar" tag --threads "$threads" "$work/documents.jsonl")
grep '^entitas: ' "$work/tag.log" | grep -v 'docs/s' | tail -3
echo "load average after tag: $(cut -d' ' -f1-3 /proc/loadavg)"
served=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
tagged=$(grep -oE '[0-9.]+ documents/s' "$work/tag.log" | tail -1 | cut -d' ' -f1)
tick=$(getconf CLK_TCK)
python3 - "$served" "$tagged" "$requests" "$cpu_before" "$cpu_after" "$tick" "$start_cpu" "$tag_cpu" <<'PY'
import sys
served, tagged, requests, before, after, tick, start, tag = map(float, sys.argv[1:])
serve_cpu = (after - before) / tick
tag_work = tag - start
print("wall clock: serve %.1f requests/s, tag %.1f documents/s, ratio %.2f" % (served, tagged, served / tagged))
print("CPU time: serve %.1f s for %d requests (%.1f per CPU s); tag %.1f s (%.1f less %.1f for start-up)"
      " for %d documents (%.1f per CPU s); ratio %.2f"
      % (serve_cpu, requests, requests / serve_cpu, tag_work, tag, start, 4920, 4920 / tag_work,
         (requests / serve_cpu) / (4920 / tag_work)))
PY
