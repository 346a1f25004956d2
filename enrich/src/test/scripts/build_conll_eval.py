"""Writes the hand-annotated CoNLL evaluation file from the article texts and annotations.txt.

Usage: python3 build_conll_eval.py ANNOTATIONS TEXT_DIR > FILE.conll
Each text file holds the title, a blank line, then the body paragraphs (as ArticleExtractor gives them).
Tokens: PTB-like (initials such as U.S. and titles such as Mr. kept whole, possessive 's split, hyphenated words kept whole).
Tags: IOB2, CoNLL-2003 classes, longest listed surface form wins.
"""
import re
import sys

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Gen|Jr|Sr)\.|\d+(?:[.,]\d+)*|\w+(?:[-’'](?!s\b)\w+)*|[’']s\b|\S")


def sentences(text):
    for line in text.split("\n"):
        tokens = TOKEN.findall(line)
        current = []
        for i, tok in enumerate(tokens):
            current.append(tok)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if tok in (".", "?", "!") and nxt and (nxt[0].isupper() or nxt[0] in "“\""):
                yield current
                current = []
        if current:
            yield current


def tag(tokens, names):
    tags = ["O"] * len(tokens)
    i = 0
    while i < len(tokens):
        best = None
        for surface, label in names:
            parts = TOKEN.findall(surface)
            if tokens[i:i + len(parts)] == parts and (best is None or len(parts) > len(best[0])):
                best = (parts, label)
        if best:
            for k in range(len(best[0])):
                tags[i + k] = ("B-" if k == 0 else "I-") + best[1]
            i += len(best[0])
        else:
            i += 1
    return tags


def main(annotations, text_dir):
    docs = []
    for line in open(annotations, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        if line.startswith("= "):
            docs.append((line[2:], []))
        else:
            label, surfaces = line.split(":", 1)
            docs[-1][1].extend((s.strip(), label) for s in surfaces.split("|"))
    out = []
    for name, names in docs:
        out.append("-DOCSTART- O\n")
        for sentence in sentences(open(f"{text_dir}/{name}", encoding="utf-8").read()):
            out.extend(f"{t} {g}" for t, g in zip(sentence, tag(sentence, names)))
            out.append("")
    sys.stdout.write("\n".join(out) + "\n")


main(*sys.argv[1:])
