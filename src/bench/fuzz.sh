#!/usr/bin/env bash
# Fuzzes one fuzz target (a @FuzzTest method) with Jazzer for a given number of minutes:
#
#   src/bench/fuzz.sh InputsFuzzTest#text 10
#   src/bench/fuzz.sh GraphExportsFuzzTest#turtle 2 > turtle.log 2>&1
#
# Further arguments go to Maven: -Djazzer.keep_going=50 goes on past the first findings (up to 50 distinct
# ones), which a target whose committed reproducers still fail needs to find anything new.
# Targets: InputsFuzzTest#{text,gzip,jsonLines,zip,tar,warc,conll}, ExportsFuzzTest#{jsonLines,csv,conll},
# GraphExportsFuzzTest#{neo4j,graphml,turtle}. Plain `mvn test` only replays the committed seeds
# (src/test/resources/org/entitas/<package>/<Class>Inputs/<method>/); here JAZZER_FUZZ=1 makes Jazzer mutate them.
# A target marked @Disabled is fuzzed all the same. The inputs Jazzer finds interesting go to .cifuzz-corpus/
# (not committed); an input that breaks an invariant is written into the seed directory as crash-<sha1>, where
# the next `mvn test` replays it: keep it as a reproducer (rename it to say what it shows), fix the bug.
# Read the run's end in the log: `stat::number_of_executed_units`, `cov:` and `ft:` on the last `#N` lines,
# and `== Java Exception` or `FuzzTestFindingException` for a finding. One target at a time: each takes a core.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [ $# -lt 2 ] || ! [[ $2 =~ ^[0-9]+$ ]] || [ "$2" -eq 0 ]; then
    echo "usage: src/bench/fuzz.sh CLASS#METHOD MINUTES [MAVEN-ARGUMENTS...]   (e.g. InputsFuzzTest#text 10)" >&2
    exit 2
fi
target=$1
seconds=$(($2 * 60))
shift 2
# jazzer.internal.arg.N are libFuzzer's arguments (the first stands for the program name); given last, this
# -max_total_time overrides the @FuzzTest's maxDuration; JUnit's @Timeout, meant for the replay of the seeds, would
# fail the whole fuzzing run (one test invocation) once it is over, so it is off here (libFuzzer's own -timeout
# still reports a single input that hangs)
JAZZER_FUZZ=1 exec mvn -B test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djunit.jupiter.conditions.deactivate='org.junit.*DisabledCondition' -Djunit.jupiter.execution.timeout.mode=disabled \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
    -Djazzer.internal.arg.2=-print_final_stats=1 "$@"
