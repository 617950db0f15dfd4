"""Reader for VLSP 2018 NER files (`<domain>/<id>.muc`, raw text with inline, nested
`<ENAMEX TYPE="...">` tags) into sentences of syllable tokens with BIO labels.

Targets are the *outermost* person, place and organisation names: a place inside an
organisation ("Sở Y tế <LOCATION>Hà Nội</LOCATION>") is part of the organisation; a
MISCELLANEOUS layer is looked through (a place inside it still counts as a place).
Tokens are `tomtat.facts.recognizer.tokenize`'s, sentences its `sentences` split, so
training and use read text the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tomtat.facts.recognizer import TYPES, sentences, tokenize

_TAG = re.compile(r'<ENAMEX\s+TYPE\s*=\s*"([A-Z]+)"\s*>|</ENAMEX>')
_TYPE = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


@dataclass
class Sentence:
    tokens: list[str]
    labels: list[str]  # BIO: B-PER, I-LOC, O...
    doc: str


def strip_tags(raw: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and the outermost PER/LOC/ORG spans (start, end, type) in it."""
    out: list[str] = []
    pos = 0
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int, str]] = []
    last = 0
    for m in _TAG.finditer(raw):
        out.append(raw[last : m.start()])
        pos += m.start() - last
        last = m.end()
        if m.group(1):
            stack.append((m.group(1), pos))
        elif stack:
            kind, start = stack.pop()
            if kind in _TYPE and not any(k in _TYPE for k, _ in stack):
                spans.append((start, pos, _TYPE[kind]))
    out.append(raw[last:])
    return "".join(out), sorted(spans)


def labelled_sentences(text: str, spans: list[tuple[int, int, str]], doc: str) -> list[Sentence]:
    result = []
    for start, end in sentences(text):
        toks = tokenize(text, start, end)
        labels = ["O"] * len(toks)
        for s0, s1, kind in spans:
            inside = [k for k, (a, b, _) in enumerate(toks) if a >= s0 and b <= s1]
            for n, k in enumerate(inside):
                labels[k] = ("B-" if n == 0 else "I-") + kind
        if toks:
            result.append(Sentence([t for _, _, t in toks], labels, doc))
    return result


def read_part(root: str | Path) -> list[Sentence]:
    """Every sentence of a part (`train`, `dev`), documents in path order."""
    out = []
    for path in sorted(Path(root).rglob("*.muc")):
        text, spans = strip_tags(path.read_text(encoding="utf-8-sig"))
        out += labelled_sentences(text, spans, str(path.relative_to(root)))
    return out


def spans_of(labels: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (first token, last token + 1, type) of a BIO sequence."""
    from tomtat.facts.recognizer import decode

    return set(decode(labels))


assert set(_TYPE.values()) == set(TYPES)
