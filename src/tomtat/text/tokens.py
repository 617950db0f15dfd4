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
    """(word, part-of-speech) pairs: underthesea's segmenter and its CRF tagger's model,
    with the tagger's features written out by `_pos_features` (equal to underthesea's
    own, which parse each of 22 templates with a regular expression for every word:
    60% of `pos_tag`'s time; a test compares both on short lines of the dev sets)."""
    tagger = _pos_tagger()
    if tagger is None:
        from underthesea import pos_tag

        return tuple(pos_tag(text))
    from underthesea import word_tokenize

    segmented = word_tokenize(text)
    return tuple(zip(segmented, tagger.tag(_pos_features(segmented)), strict=True))


@lru_cache(maxsize=1)
def _pos_tagger():
    """underthesea's loaded POS model, or None when this underthesea lays it out otherwise."""
    try:
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

        _title_test()
        return CRFPOSTagPredictor.Instance().model
    except (ImportError, AttributeError):
        return None


@lru_cache(maxsize=1)
def _title_test():
    """underthesea's own title-case test of a word (its feature "istitle")."""
    from underthesea.pipeline.pos_tag.tagged_feature import text_istitle

    return text_istitle


def _pos_features(words: list[str]) -> list[list[str]]:
    """The features of underthesea's POS templates (`model_crf.CRFPOSTagPredictor`) for a
    segmented sentence: words two to each side, lowercase, title case, bigrams, and the
    tag column, which holds "X" for every word at prediction time."""
    n = len(words)
    lower = [w.lower() for w in words]
    istitle = _title_test()
    title = [str(istitle(w)) for w in words]

    def at(k: int, values: list[str]) -> str:
        return "BOS" if k < 0 else "EOS" if k >= n else values[k]

    def pair(a: int, values: list[str]) -> str:
        if a < 0:
            return "BOS"
        if a + 1 >= n:
            return "EOS"
        return values[a] + " " + values[a + 1]

    out = []
    for i in range(n):
        out.append(
            [
                f"T[-2].lower={at(i - 2, lower)}",
                f"T[-1].lower={at(i - 1, lower)}",
                f"T[0].lower={lower[i]}",
                f"T[1].lower={at(i + 1, lower)}",
                f"T[2].lower={at(i + 2, lower)}",
                f"T[0].istitle={title[i]}",
                f"T[-1].istitle={at(i - 1, title)}",
                f"T[1].istitle={at(i + 1, title)}",
                f"T[-2]={at(i - 2, words)}",
                f"T[-1]={at(i - 1, words)}",
                f"T[0]={words[i]}",
                f"T[1]={at(i + 1, words)}",
                f"T[2]={at(i + 2, words)}",
                f"T[-2,-1]={pair(i - 2, words)}",
                f"T[-1,0]={pair(i - 1, words)}",
                f"T[0,1]={pair(i, words)}",
                f"T[1,2]={pair(i + 1, words)}",
                "T[-3][1]=" + ("BOS" if i < 3 else "X"),
                "T[-2][1]=" + ("BOS" if i < 2 else "X"),
                "T[-1][1]=" + ("BOS" if i < 1 else "X"),
                "T[-3,-2][1]=" + ("BOS" if i < 3 else "X X"),
                "T[-2,-1][1]=" + ("BOS" if i < 2 else "X X"),
            ]
        )
    return out
