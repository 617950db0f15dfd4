"""Scoring main-text extraction against hand labels kept as hashes, never as text.

A labelled article paragraph is stored as the hash of one of its syllable 6-grams
(`paragraph_key`): the 6-gram that starts at its ninth syllable (or the last one, for a
short paragraph), folded like every comparison in tomtat. An extracted text *finds* the
paragraph when one of its own 6-grams has that hash, so trimmed prefixes (a timestamp,
an outlet tag) or merged lines do not hide a paragraph; an extracted paragraph is
*article* when it holds one of the page's labelled 6-grams.

Where every 6-gram of the article is known (the invented layouts of `eval.layouts`),
`gram_counts` also measures precision over the text itself: the share of the extracted
text's 6-grams that are the article's. Paragraph precision cannot see a side column's
links glued to a paragraph that is otherwise the article's; this does.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from tomtat.eval.rouge import tokenize
from tomtat.text.normalize import fold

N = 6
START = 8


def _hash(gram: tuple[str, ...]) -> str:
    return hashlib.sha1(" ".join(gram).encode("utf-8")).hexdigest()[:16]


def _grams(text: str) -> list[tuple[str, ...]]:
    tokens = tokenize(fold(text))
    if len(tokens) < N:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[i : i + N]) for i in range(len(tokens) - N + 1)]


def paragraph_key(text: str) -> str | None:
    grams = _grams(text)
    if not grams:
        return None
    return _hash(grams[min(START, len(grams) - 1)])


@dataclass
class PageScore:
    found: int  # labelled paragraphs the extraction has
    labelled: int
    article: int  # extracted paragraphs that are article
    extracted: int

    def __add__(self, other: PageScore) -> PageScore:
        return PageScore(
            self.found + other.found,
            self.labelled + other.labelled,
            self.article + other.article,
            self.extracted + other.extracted,
        )

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0

    @property
    def precision(self) -> float:
        return self.article / self.extracted if self.extracted else 0.0


def score(paragraphs: list[str], keys: set[str]) -> PageScore:
    """Extracted `paragraphs` (lines) against a page's labelled paragraph keys."""
    hashes = [{_hash(g) for g in _grams(p)} for p in paragraphs if p.strip()]
    everything = set().union(*hashes) if hashes else set()
    return PageScore(
        found=len(keys & everything),
        labelled=len(keys),
        article=sum(1 for h in hashes if h & keys),
        extracted=len(hashes),
    )


def gram_hashes(paragraphs: list[str]) -> set[str]:
    """Hashes of every 6-gram of `paragraphs` (each paragraph on its own)."""
    return {_hash(g) for p in paragraphs for g in _grams(p)}


def gram_counts(paragraphs: list[str], article_grams: set[str]) -> tuple[int, int]:
    """(6-grams of the extracted `paragraphs` that are the article's, all of them),
    each paragraph's 6-grams counted once per paragraph."""
    got = [_hash(g) for p in paragraphs if p.strip() for g in set(_grams(p))]
    return sum(1 for h in got if h in article_grams), len(got)
