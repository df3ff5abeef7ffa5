#!/usr/bin/env python3
"""Unseen news documents for the whole-process benchmarks (src/bench/whole-process.sh, src/bench/jvm-options.sh).

Reads tokenized sentences, one a line (../shared/data/text/id-news-sentences.txt), detokenizes them (no space
before , . ) etc., none after ( [, quotes attached to what they quote, -nya/-ku/-mu/-lah/-kah/-pun joined to
their word, - and / between tokens closed up) and writes every 20 consecutive sentences as one document,
OUT_DIR/doc-NNNN.txt: a sentence without final punctuation (a headline) on a line of its own, the others in
paragraphs of 4 sentences, a blank line between blocks.

Usage: news-documents.py SENTENCES OUT_DIR
"""
import os, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
CLITICS = {"nya", "ku", "mu", "lah", "kah", "pun"}
LEFT = {",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "..."}   # no space before
RIGHT = {"(", "[", "{"}                                            # no space after

def detok(line):
    toks = line.split()
    out, glue, dq, sq = [], True, False, False   # glue: no space before the next token
    i = 0
    while i < len(toks):
        t = toks[i]
        left, right = t in LEFT, t in RIGHT
        if t == "-" and i + 1 < len(toks) and toks[i + 1] in CLITICS:
            i += 1                      # harta - nya -> hartanya
            t, left = toks[i], True
        elif t in ("-", "/"):
            left = right = True         # monyet - monyet, 3 / 10
        elif t == "'" and i + 1 < len(toks) and toks[i + 1] == "s":
            i += 1                      # Fight ' s -> Fight's
            t, left = "'s", True
        elif t == '"' and i == len(toks) - 1:
            left, dq = True, False      # a quote that ends the sentence closes
        elif t == '"' and i == 0:
            right, dq = True, True      # one that starts it opens
        elif t == '"':
            left, right, dq = dq, not dq, not dq
        elif t == "'":
            left, right, sq = sq, not sq, not sq
        if out and not (glue or left):
            out.append(" ")
        out.append(t)
        glue = right
        i += 1
    return "".join(out)

lines = [detok(l) for l in open(src, encoding="utf-8") if l.strip()]
per_doc, per_par = 20, 4
for d in range(0, len(lines), per_doc):
    blocks, par = [], []
    for s in lines[d:d + per_doc]:
        if s[-1] not in '.?!"\'':
            if par:
                blocks.append(" ".join(par)); par = []
            blocks.append(s)            # a headline on its own line
        else:
            par.append(s)
            if len(par) == per_par:
                blocks.append(" ".join(par)); par = []
    if par:
        blocks.append(" ".join(par))
    with open(os.path.join(out, "doc-%04d.txt" % (d // per_doc + 1)), "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
