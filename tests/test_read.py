import json
import unicodedata

import pytest

from tomtat.model import Page, Problem
from tomtat.read.decode import MAX_BYTES, DecodeError, decode
from tomtat.read.files import read_pages


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps letters like ô, ơ precomposed and tone marks as combining ones."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts[1:] if m in "\u0300\u0301\u0303\u0309\u0323")
        out.append(unicodedata.normalize("NFC", "".join(m for m in parts if m not in tones)) + tones)
    return "".join(out).encode("cp1258")


VI = "Hội nghị thượng đỉnh diễn ra tại Hà Nội trong hai ngày."


@pytest.mark.parametrize(
    "data",
    [
        VI.encode("utf-8"),
        b"\xef\xbb\xbf" + VI.encode("utf-8"),
        VI.encode("utf-16"),
        VI.encode("utf-16-le"),
        VI.encode("utf-16-be"),
        _cp1258(VI),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1258"],
)
def test_decodings_give_the_same_text(data):
    assert decode(data) == VI


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (bytes(range(256)) * 10, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_bytes_are_refused_with_a_kind(data, kind):
    with pytest.raises(DecodeError) as err:
        decode(data, "x.txt")
    assert err.value.kind == kind
    assert "x.txt" in str(err.value)


LEGACY_TRUTH = "Việt Nam đã có nhiều đổi mới trong năm qua, người dân được hưởng lợi."
TCVN3_TEXT = "ViÖt Nam ®· cã nhiÒu ®æi míi trong n¨m qua, ng\xadêi d©n ®\xadîc h\xadëng lîi."
VNI_TEXT = "Vieät Nam ñaõ coù nhieàu ñoåi môùi trong naêm qua, ngöôøi daân ñöôïc höôûng lôïi."


@pytest.mark.parametrize(
    "data",
    [
        TCVN3_TEXT.encode("latin-1"),
        TCVN3_TEXT.encode("utf-8"),  # a converted page saved as UTF-8 but still in font letters
        VNI_TEXT.encode("latin-1"),
        VNI_TEXT.encode("utf-8"),
        ("<html><head><meta charset=windows-1252></head><body><p>" + VNI_TEXT + "</p></body></html>").encode(
            "cp1252"
        ),
    ],
    ids=["tcvn3", "tcvn3-in-utf8", "vni", "vni-in-utf8", "vni-declared-cp1252"],
)
def test_font_encoded_pages_are_converted_to_unicode(data):
    """TCVN3 and VNI strings written by hand from the encodings' public tables."""
    assert LEGACY_TRUTH in decode(data)


def test_windows_1258_beats_its_cp1252_reading_on_a_page():
    """Windows-1258 bytes also decode as cp1252 ("ViêÒt"); the reading with well-formed
    syllables wins, whatever the page declares."""
    page = "<html><head><meta charset=iso-8859-1></head><body><p>" + LEGACY_TRUTH * 5 + "</p></body></html>"
    assert LEGACY_TRUTH in decode(_cp1258(page))


def test_utf8_with_a_broken_byte_is_kept():
    data = (VI * 20).encode("utf-8")
    cut = data.index(b" ", 100)  # between two words
    data = data[:cut] + b"\xff" + data[cut:]
    text = decode(data)
    assert text.count("\ufffd") == 1 and text.count("thượng đỉnh") == 20


def test_real_unicode_vietnamese_is_never_converted():
    """Unicode text with the odd Latin-1 letter (a Spanish name, "ñ") stays as it is."""
    text = "Ông Peña nói tại Hà Nội rằng đội tuyển sẽ sang Việt Nam." * 3
    assert decode(text.encode("utf-8")) == text


def test_too_large_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_BYTES + 10))
    (item,) = list(read_pages([big]))
    assert isinstance(item, Problem) and item.kind == "too_large"


def test_folders_json_and_jsonl(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(VI, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<html><body><p>{VI}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.json").write_text(
        json.dumps({"text": VI, "url": "https://x.vn/a", "title": "T"}), encoding="utf-8"
    )
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"html": "<p>x</p>"}) + "\n{broken\n" + json.dumps({"nothing": 1}) + "\n", encoding="utf-8"
    )
    items = list(read_pages([tmp_path, tmp_path / "missing.txt"]))
    pages = [i for i in items if isinstance(i, Page)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [p.id for p in pages] == ["a", "z", "c", "d-1"]
    assert pages[0].html and pages[1].text == VI and pages[2].url == "https://x.vn/a"
    assert sorted(p.kind for p in problems) == ["bad_json", "bad_json", "missing"]
    assert len({p.id for p in pages}) == len(pages)
