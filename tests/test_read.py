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
        ("ViÖt Nam ®· cã nhiÒu ®æi míi trong n¨m qua".encode("latin-1"), "undecodable"),
    ],
)
def test_bad_bytes_are_refused_with_a_kind(data, kind):
    with pytest.raises(DecodeError) as err:
        decode(data, "x.txt")
    assert err.value.kind == kind
    assert "x.txt" in str(err.value)


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
