"""Greedy extractive oracle: the summary a selector could reach if it knew the references.

The standard upper bound of extractive summarization: start empty, add the candidate
sentence that raises ROUGE-2 F1 (mean over references, summary cut to the budget) the
most, stop when none raises it. Scored on counts kept per candidate, so one cluster takes
milliseconds rather than seconds; the final summary is ordered and scored like any
system's by the caller.
"""

from __future__ import annotations

from collections import Counter

from tomtat.eval.rouge import tokenize
from tomtat.model import Sentence, Story
from tomtat.summary.features import candidates


def _bigrams(tokens: list[str]) -> Counter:
    return Counter(zip(tokens, tokens[1:], strict=False))


def _r2(tokens: list[str], refs: list[Counter], ref_sizes: list[int]) -> float:
    grams = _bigrams(tokens)
    size = sum(grams.values())
    if not size:
        return 0.0
    total = 0.0
    for ref, ref_size in zip(refs, ref_sizes, strict=True):
        overlap = sum((grams & ref).values())
        if overlap:
            p, r = overlap / size, overlap / ref_size
            total += 2 * p * r / (p + r)
    return total / len(refs)


def oracle(story: Story, references: list[str], budget: int) -> list[Sentence]:
    """Sentences of `story` chosen greedily for ROUGE-2 against `references`."""
    refs = [_bigrams(tokenize(r)) for r in references]
    sizes = [max(1, sum(r.values())) for r in refs]
    pool = [(s, tokenize(s.text)) for s in candidates(story)]
    chosen: list[Sentence] = []
    tokens: list[str] = []
    best = 0.0
    while len(tokens) < budget:
        pick = None
        for k, (_, own) in enumerate(pool):
            gain = _r2((tokens + own)[:budget], refs, sizes)
            if gain > best + 1e-12:
                best, pick = gain, k
        if pick is None:
            break
        sentence, own = pool.pop(pick)
        chosen.append(sentence)
        tokens += own
    return chosen
