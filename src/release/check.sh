#!/usr/bin/env bash
# The release check (docs/release.md), run by .ci/run: builds and deploys this version to a file repository
# under target/release-check, then
#   1. checks that the deployed artifacts are those a release needs (jar, sources, Javadoc, pom with licence,
#      SCM and developers) and that the archive holds what it should;
#   2. unpacks the release archive elsewhere and tags one sentence with its launcher, Java on the PATH and nothing
#      else (no Maven, no sources);
#   3. builds src/release/consumer, a project of its own, against the deployed artifact (its own local Maven
#      repository, so that nothing of this build's ~/.m2 is used for entitas) and runs it.
# Prints "release check: N passed, 0 failed" at the end; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root="$PWD"
work="$root/target/release-check"
rm -rf "$work"
mkdir -p "$work"
version="$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=project.version -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')"
passed=0
pass() { echo "release check: passed: $1"; passed=$((passed + 1)); }
fail() { echo "release check: FAILED: $1" >&2; echo "release check: $passed passed, 1 failed"; exit 1; }

mvn -B -q -DskipTests deploy -DaltDeploymentRepository="release-check::file://$work/repo" > "$work/deploy.log" 2>&1 \
  || { tail -50 "$work/deploy.log" >&2; fail "mvn deploy to a file repository"; }
dir="$work/repo/org/entitas/entitas/$version"
for suffix in .pom .jar -sources.jar -javadoc.jar; do
  ls "$dir"/entitas-*"$suffix" > /dev/null 2>&1 || fail "the deployed artifacts lack entitas-*$suffix"
done
pom="$(ls "$dir"/entitas-*.pom | head -1)"
for element in '<licenses>' '<scm>' '<developers>' '<url>' '<description>'; do
  grep -q "$element" "$pom" || fail "the deployed pom lacks $element"
done
pass "deployed jar, sources, Javadoc and a pom with licence, SCM, developers"

archive="$root/target/entitas-$version.tar.gz"
[[ -f "$archive" ]] || fail "mvn package made no $archive"
listing="$(tar tzf "$archive")"
for member in entitas lib/entitas-cli.jar README.md CHANGELOG.md LICENSE NOTICE docs/java-api.md; do
  grep -qx "entitas-$version/$member" <<< "$listing" || fail "the archive lacks $member"
done
mkdir -p "$work/elsewhere"
tar xzf "$archive" -C "$work/elsewhere"
java_bin="$(dirname "$(readlink -f "$(command -v java)")")"
out="$(echo "Presiden Rusia Vladimir Putin tiba di Pyongyang." \
  | env -i HOME="$work" PATH="$java_bin:/usr/bin:/bin" "$work/elsewhere/entitas-$version/entitas" tag -q 2> "$work/launcher.err")" \
  || { cat "$work/launcher.err" >&2; fail "the unpacked launcher"; }
grep -q '"text":"Vladimir Putin","type":"PERSON"' <<< "$out" || fail "the unpacked launcher did not find Vladimir Putin: $out"
pass "the unpacked archive tags a sentence with Java alone"

consumer="$work/consumer"
cp -r "$root/src/release/consumer" "$consumer"
(cd "$consumer" && mvn -B -q -Dmaven.repo.local="$work/m2" -Dentitas.repo="file://$work/repo" \
    -Dentitas.version="$version" package dependency:build-classpath -Dmdep.outputFile=cp.txt) > "$work/consumer.log" 2>&1 \
  || { tail -50 "$work/consumer.log" >&2; fail "building the consumer against the deployed artifact"; }
grep -q "$work/m2/org/entitas/entitas/$version/" "$consumer/cp.txt" || fail "the consumer did not resolve entitas from the file repository"
java -cp "$consumer/target/classes:$(cat "$consumer/cp.txt")" consumer.Consumer > "$work/consumer.out" 2>&1 \
  || { cat "$work/consumer.out" >&2; fail "running the consumer"; }
pass "a separate project builds and runs against the deployed artifact"
echo "release check: $passed passed, 0 failed"
