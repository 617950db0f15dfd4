"""Hostile inputs, shared by the property tests (`tests/test_properties.py`, a few hundred
examples per stage) and the fuzz script (`benchmarks/fuzz.py`, many more).

Two kinds:
- `HOSTILE_TEXTS(scale)`: hand-made patterns that once made a stage quadratic or
  unbounded (long runs of capitals, titles, quotes, credits, letters, lines), grown to
  about `scale` characters each;
- hypothesis strategies for text that looks like Vietnamese news to the code (letters
  with every tone, the abbreviations and dates the splitter must not cut, titles,
  quotation marks, credits, HTML tags), for raw bytes, and for JSON pages.

hypothesis is a test dependency; it is imported only when a strategy is asked for.
"""

from __future__ import annotations

from collections.abc import Callable

# Pieces the code treats specially: abbreviations and dates never split on, titles and
# reporting verbs the facts rules key on, captions and credits, quotation marks.
TOKENS = (
    "TP.HCM", "ông.", "28/2", "./.", "Ảnh:", "Theo", "cho biết", "nói", "Bộ trưởng", "Thủ tướng",
    "ông", "bà", "Nguyễn", "Văn", "Hà Nội", "Mỹ", "Bộ Công an", "Công ty", "ngày 12/3/2019", "lúc 8h30",
    "“", "”", '"', "'", "(", ")", ":", ";", ",", ".", "!", "?", "…", "-", "–", "/", ">>", "\n", "\n\n",
    "<p>", "</p>", "<b>", "<div>", "<script>", "&amp;", "12.000", "3,5%", "Việt Nam", "Đà Nẵng",
)  # fmt: skip
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


def hostile_texts(scale: int = 200_000) -> dict[str, str]:
    """Named hostile patterns of about `scale` characters each."""

    def grow(piece: str) -> str:
        return piece * max(1, scale // len(piece))

    return {
        "run of capitalised names": grow("Nguyễn Văn "),
        "organisation heads": grow("Bộ Công an Công ty Tập đoàn "),
        "titles before names": grow("ông Nguyễn Văn "),
        "quoted sentences": grow("Ông Nguyễn Văn A cho biết: “Việc này là cần thiết”. "),
        "titles and quotes": grow("Theo ông Nguyễn Văn A, Bộ trưởng Bộ Y tế, “việc này”, ông nói. "),
        "photo credits": grow("Ảnh: Tuấn Anh "),
        "unclosed quotes": grow("“Hà Nội "),
        "letter run": "a" * scale,
        "short lines": grow("Ông\n"),
        "commas": grow("Ông A, "),
        "hyphens": grow("Mỹ-"),
        "dates": grow("ngày 12/3/2019 "),
        "listed quotations": grow("về các tội “mua bán”, “tàng trữ” và "),
        "brackets and relays": grow("Hãng X (Mỹ) dẫn lời đại diện Công an huyện Y (tỉnh Z) cho biết "),
    }


def news_text() -> Callable:
    """A strategy for text made of the special pieces above, Vietnamese letters and
    spaces: what the splitter, cleaner and facts rules must survive."""
    from hypothesis import strategies as st

    word = st.text(alphabet=LETTERS + LETTERS.upper() + "0123456789", min_size=1, max_size=8)
    piece = st.one_of(st.sampled_from(TOKENS), word, st.just(" "), st.text(max_size=3))
    return st.lists(piece, min_size=0, max_size=120).map(lambda parts: " ".join(parts))


def page_bytes() -> Callable:
    """Bytes as a crawler finds them: a news text in some encoding, cut or damaged."""
    from hypothesis import strategies as st

    encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1258", "cp1252", "latin-1"])

    def encode(text: str, codec: str, cut: int, noise: bytes) -> bytes:
        data = text.encode(codec, errors="replace")
        data = data[: max(0, len(data) - cut)]
        return noise + data if cut % 2 else data + noise

    return st.one_of(
        st.builds(encode, news_text(), encodings, st.integers(0, 3), st.binary(max_size=4)),
        st.binary(max_size=400),
    )


URLS = ["https://bao.example/a", "javascript:alert(1)", "JaVa\tScRiPt:x", "data:,", "//evil.example"]


def json_page() -> Callable:
    """JSON values a client may send as a page: right, wrong and strange."""
    from hypothesis import strategies as st

    scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), news_text())
    fields = st.fixed_dictionaries(
        {},
        optional={
            "text": st.one_of(news_text(), scalar),
            "html": st.one_of(news_text(), scalar),
            "url": st.one_of(st.sampled_from(URLS), scalar),
            "title": st.one_of(news_text(), scalar),
            "published": st.one_of(st.sampled_from(["2024-02-29", "2024-13-45", "hôm qua"]), scalar),
        },
    )
    return st.one_of(fields, scalar, st.lists(scalar, max_size=3))
