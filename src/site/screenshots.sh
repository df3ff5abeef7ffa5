#!/usr/bin/env bash
# Renders test-corpus/ with `entitas render` and takes the README's screenshots of two of the pages with
# headless Chromium (Debian's chromium package): src/site/resources/images/render-{document,graph}.png.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out=target/render
images=src/site/resources/images
./entitas render --overwrite --include '*.txt' -o "$out" test-corpus/
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1
       --disable-dev-shm-usage)
shoot() { # page, width, height, png; the page's scripts get 15 s of virtual time to draw
    local profile
    profile=$(mktemp -d)
    chromium "${flags[@]}" --user-data-dir="$profile" --window-size="$2,$3" --screenshot="$PWD/$4" \
        --virtual-time-budget=15000 "file://$PWD/$out/$1" 2>/dev/null
    rm -rf "$profile"
}
shoot documents/test-corpus_31-kim-putin-pyongyang.txt.html 1400 900 "$images/render-document.png"
# the graph page with one entity picked, as a click on it (or graph.html#KEY) shows it
shoot "graph.html#PERSON:prabowo%20subianto" 1400 1000 "$images/render-graph.png"
