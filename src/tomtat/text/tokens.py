"""Tokens: syllables for comparing and counting, words where word boundaries matter.

Syllables are runs of letters or digits of the folded text (NFC, one tone style,
lowercase, "_" as a space): the unit of Vietnamese ROUGE and of every length budget.
Words come from underthesea's segmenter (imported only when first needed: it costs
0.4 s of start-up that most commands never pay).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tomtat.text.normalize import fold

_SYLLABLE = re.compile(r"[^\W_]+")


def syllables(text: str) -> list[str]:
    """Lowercased, tone-normalized syllables of `text`."""
    return _SYLLABLE.findall(fold(text.replace("_", " ")))


def count_syllables(text: str) -> int:
    return len(_SYLLABLE.findall(text.replace("_", " ")))


def bigrams(tokens: list[str]) -> list[tuple[str, str]]:
    return list(zip(tokens, tokens[1:], strict=False))


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Vietnamese words of `text` ("Bộ Ngoại giao" -> "Bộ", "Ngoại giao")."""
    from underthesea import word_tokenize

    return tuple(word_tokenize(text))


@lru_cache(maxsize=4096)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech) pairs from underthesea's tagger."""
    from underthesea import pos_tag

    return tuple(pos_tag(text))
