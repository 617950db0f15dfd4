"""Furniture cues: the fast paths in front of their regular expressions give the
expressions' own answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.cleaning.cues import _CAPTION_CUE, has_caption_cue


def _search(text: str) -> bool:
    return bool(_CAPTION_CUE.search(text.strip()))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Người dân chờ xe buýt ở bến. Ảnh: Hồng Vân", True),
        ("ẢNH: TƯ LIỆU", True),
        ("VİDEO: lễ khai mạc", True),  # dotted capital I: IGNORECASE matches it with "i"
        ("Vıdeo: lễ khai mạc", True),  # dotless i, likewise
        ("Đồ họa: Minh Khôi", True),
        ("Giá xăng giảm lần thứ ba |", True),
        ("(Ảnh minh họa)", True),
        ("Ông Nguyễn Văn An nói với phóng viên rằng giá sẽ tăng.", False),
    ],
)
def test_caption_cue_on_written_lines(text, expected):
    assert has_caption_cue(text) == expected == _search(text)


_PIECES = ["Ảnh", "ẢNH", "VİDEO", "Vıdeo", "ſ", "Photo", "Clip", "Đồ họa", "minh họa", "|", ":", "(", ")"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.sampled_from([" ", ". ", "Lan"]), st.text(max_size=3)),
        max_size=10,
    )
)
def test_caption_cue_prefilter_gives_the_search_answer(pieces):
    text = "".join(pieces)
    assert has_caption_cue(text) == _search(text)
