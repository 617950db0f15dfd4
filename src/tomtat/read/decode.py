"""Turn a file's bytes into text, or say clearly why not.

UTF-8 (with or without BOM) and UTF-16 (BOM, or the NUL pattern of BOM-less UTF-16) are
read directly; UTF-8 with a few broken bytes is kept, each broken byte one replacement
mark (`MAX_BROKEN_UTF8`), rather than refusing a mostly good page. Anything else is
tried as the declared charset, Windows-1258, cp1252 and charset-normalizer's guess, and
the reading with the most well-formed Vietnamese syllables wins (`read.legacy`).
Pages in the font-based TCVN3 (ABC) or VNI encodings use Latin-1 code points for
Vietnamese letters, so they decode "fine" into "ViÖt Nam" or "Vieät Nam", whatever
container they came in (Latin-1 bytes or UTF-8): they are converted to Unicode by the
tables in `read.legacy` when the conversion reads clearly better.
"""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from tomtat.read.legacy import repair_legacy, syllable_score

MAX_BYTES = 10 * 1024 * 1024  # a news page is far smaller; bigger input is refused
# Broken sequences allowed in UTF-8, per non-ASCII character: a UTF-8 page with a byte
# or two damaged has ~0.1%; a Windows-125x page read as UTF-8 has ~100%.
MAX_BROKEN_UTF8 = 0.05


class DecodeError(ValueError):
    """Raised with a human-readable reason and a `kind` for the problem report."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


_VIET_MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


def vietnamese_share(text: str) -> float:
    """Share of letters that carry Vietnamese diacritics (0 for English, ~0.3 for Vietnamese)."""
    letters = sum(ch.isalpha() for ch in text[:20000]) or 1
    return len(_VIET_MARKED.findall(text[:20000])) / letters


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0) / (len(head) / 2)
    odd_nuls = head[1::2].count(0) / (len(head) / 2)
    codec = "utf-16-be" if even_nuls > 0.3 else "utf-16-le" if odd_nuls > 0.3 else None
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decode(data: bytes, name: str = "input") -> str:
    """Decode a page's bytes. Raises DecodeError(kind, message) when it cannot."""
    if not data.strip():
        raise DecodeError("empty", f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise DecodeError(
            "too_large",
            f"{name}: {len(data) / 1e6:.1f} MB is too large for a news page (limit {MAX_BYTES / 1e6:.0f} MB)",
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return _finish(data[3:].decode("utf-8", errors="replace"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _finish(data.decode("utf-16", errors="replace"))  # a cut-short last character is one mark
    utf16 = _utf16_without_bom(data)
    if utf16 is not None and not _looks_binary(utf16.encode("utf-8")):
        return _finish(utf16)
    if _looks_binary(data):
        raise DecodeError("binary", f"{name}: binary data, not a text or HTML page")
    try:
        return _finish(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    mostly_utf8 = data.decode("utf-8", errors="replace")
    broken = mostly_utf8.count("\ufffd")
    if broken <= MAX_BROKEN_UTF8 * sum(ord(ch) > 127 for ch in mostly_utf8):
        return _finish(mostly_utf8)
    candidates = []
    declared = _declared_charset(data)
    for codec in [declared, "cp1258", "cp1252"]:
        if codec:
            try:
                candidates.append(data.decode(codec))
            except (UnicodeDecodeError, LookupError):
                pass
    best = from_bytes(data).best()
    if best is not None:
        candidates.append(str(best))
    # TCVN3 / VNI tables are keyed by Latin-1 letters: repairing another reading (cp1258
    # maps the same bytes to other letters) would give "că nhỉu" for "có nhiều"
    candidates.append(repair_legacy(data.decode("latin-1")))
    candidates = [unicodedata.normalize("NFC", c) for c in candidates]
    good = [c for c in candidates if vietnamese_share(c) > 0.05 and syllable_score(c) > 0]
    if good:
        return _finish(max(good, key=syllable_score))
    if candidates and data.isascii():
        return _finish(candidates[0])
    raise DecodeError("undecodable", f"{name}: not UTF-8, UTF-16 or a known Vietnamese encoding")


def _finish(text: str) -> str:
    text = repair_legacy(text)  # TCVN3/VNI letters inside UTF-8 or UTF-16 text
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
