"""Titles found at a place of a sentence: the indexed look-up gives what trying every
title in order gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.facts import names


def _every_title(text: str, start: int) -> str | None:
    low = text[start : start + 40].lower()
    for title in names.TITLES:
        if low.startswith(title) and (len(low) == len(title) or not low[len(title)].isalnum()):
            return text[start : start + len(title)]
    return None


def test_titles_on_written_sentences():
    text = "Phó Thủ tướng Lê Văn A và Thủ tướng B gặp ông C, phó giám đốc Sở, tại Hà Nội."
    assert names.title_at(text, 0) == "Phó Thủ tướng"
    assert names.title_at(text, text.index("Thủ tướng B")) == "Thủ tướng"
    assert names.title_at(text, text.index("Lê")) is None
    assert names.may_begin_title("Phó") and not names.may_begin_title("Hà")


_WORDS = sorted({w for t in names.TITLES for w in t.split()})[:300]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from(_WORDS).map(str.title), st.text(max_size=3)),
        max_size=8,
    ).map(" ".join),
    st.integers(0, 40),
)
def test_title_at_equals_trying_every_title(text, start):
    start = min(start, len(text))
    assert names.title_at(text, start) == _every_title(text, start)
    # the mention rules ask `may_begin_title` of the token first: never a title it rules out
    word = text[start:].split(" ")[0]
    if _every_title(text, start) and word[:1].isalpha():
        assert names.may_begin_title(word)
