"""ROUGE-1/2/L F1 under the scoring convention of the shared data.

Convention: NFC, lowercase, "_" as a space, tokens are runs of letters or digits
(syllables); the system summary is cut to a syllable budget (the mean length of the
cluster's references); F1 against each reference, averaged over references.

Written here rather than taken from `rouge-score` because that package drops every
non-ASCII letter with its default tokenizer and needs a tokenizer object per call; this
one takes tokens directly, which the oracle and the benchmark call thousands of times.
tests/test_rouge.py checks it against `rouge-score` with the same tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_]+")


def tokenize(text: str) -> list[str]:
    """Tokens of the scoring convention: NFC, lowercase, `_` -> space, letter/digit runs."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text).lower().replace("_", " "))


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(overlap: float, system: int, reference: int) -> float:
    if overlap <= 0 or system == 0 or reference == 0:
        return 0.0
    p, r = overlap / system, overlap / reference
    return 2 * p * r / (p + r)


def _lcs(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def rouge_n(system: list[str], reference: list[str], n: int) -> float:
    s, r = _ngrams(system, n), _ngrams(reference, n)
    return _f1(sum((s & r).values()), sum(s.values()), sum(r.values()))


def rouge_l(system: list[str], reference: list[str]) -> float:
    return _f1(_lcs(system, reference), len(system), len(reference))


@dataclass(frozen=True)
class Scores:
    r1: float
    r2: float
    rl: float

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.r1 + other.r1, self.r2 + other.r2, self.rl + other.rl)

    def scale(self, k: float) -> Scores:
        return Scores(self.r1 * k, self.r2 * k, self.rl * k)


def budget(references: list[str]) -> int:
    """Per-cluster budget: mean syllable length of the references (rounded)."""
    return round(sum(len(tokenize(r)) for r in references) / len(references))


def score(summary: str, references: list[str], limit: int | None = None) -> Scores:
    """ROUGE F1 of `summary` cut to `limit` syllables (default: the references' mean)."""
    limit = budget(references) if limit is None else limit
    system = tokenize(summary)[:limit]
    total = Scores(0.0, 0.0, 0.0)
    for ref in references:
        ref_tokens = tokenize(ref)
        total = total + Scores(
            rouge_n(system, ref_tokens, 1), rouge_n(system, ref_tokens, 2), rouge_l(system, ref_tokens)
        )
    return total.scale(1 / len(references))


def mean(scores: list[Scores]) -> Scores:
    total = Scores(0.0, 0.0, 0.0)
    for s in scores:
        total = total + s
    return total.scale(1 / max(1, len(scores)))
