"""Legacy Vietnamese encodings, and the check that tells which reading of a page is right.

Before Unicode, Vietnamese pages were written in code pages and font encodings that
Python knows only in part:

- Windows-1258 (Python's `cp1258`) writes most toned letters as a base letter followed
  by a combining tone mark. Read as cp1252 it "decodes" too, into "Viêòt"; the two
  readings are told apart by how many words are well-formed Vietnamese syllables, not
  by counting accented letters (the cp1252 reading has more of those).
- TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime...) gives each lowercase toned letter
  its own byte in 0xA1-0xFE; in Latin-1 they show as "ViÖt Nam", "ng­êi". Capitals with
  tones do not exist in it (a separate capital font draws the lowercase bytes), so
  they come back lowercase.
- VNI (the VNI-Windows fonts) writes a base letter followed by one or two Latin-1
  letters that the font draws as the marks: "Vieät Nam", "ngöôøi".

The two font encodings are not codecs anywhere on PyPI that we found maintained, so the
tables below are written from their public definitions (the TCVN 5712 VN3 table and the
VNI-Windows font layout), one letter per entry.
"""

from __future__ import annotations

import re
import unicodedata

# TCVN3 byte (as its Latin-1 character) -> letter.
_TCVN3_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
TCVN3 = str.maketrans({chr(b): letter for b, letter in _TCVN3_LETTERS.items()})

# VNI: the mark letters that follow a base vowel, lowercase form (uppercase text uses
# the uppercase Latin-1 letter). Tones: sắc, huyền, hỏi, ngã, nặng.
_VNI_TONES = "ùøûõï"
_VNI_HAT_TONES = "âáàåãä"  # â/ê/ô: the hat alone, then hat + the five tones
_VNI_BREVE_TONES = "êéèúüë"  # ă: the breve alone, then breve + the five tones
_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"  # same order as _VNI_TONES


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def put(key: str, base: str, marks: str) -> None:
        letter = unicodedata.normalize("NFC", base + marks)
        table[key] = letter
        table[key.upper()] = letter.upper()

    for base in "aeouy":
        for mark, tone in zip(_VNI_TONES, _TONE_MARKS, strict=True):
            put(base + mark, base, tone)
    for base in "aeo":
        for mark, tone in zip(_VNI_HAT_TONES, [""] + list(_TONE_MARKS), strict=True):
            put(base + mark, base, "\u0302" + tone)
    for mark, tone in zip(_VNI_BREVE_TONES, [""] + list(_TONE_MARKS), strict=True):
        put("a" + mark, "a", "\u0306" + tone)
    # ơ is written ô, ư is written ö; their tones follow them
    for base, horned in (("ô", "ơ"), ("ö", "ư")):
        put(base, horned, "")
        for mark, tone in zip(_VNI_TONES, _TONE_MARKS, strict=True):
            put(base + mark, horned, tone)
    # i and ỵ have single letters of their own; đ is ñ
    for key, letter in {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ"}.items():
        put(key, letter, "")
    return table


_VNI = _vni_table()
# longest keys first, so "oâ" is read before a lone "ô"
_VNI_KEYS = re.compile("|".join(re.escape(k) for k in sorted(_VNI, key=len, reverse=True)))

# Letters TCVN3 or VNI text shows when read as Latin-1: a few percent of the letters of
# such a page, rare in Unicode Vietnamese (ö, ñ, ø, ¸, µ, ®...).
_LEGACY_LETTERS = re.compile(r"[¸µ¶·¹¨®¦§©ª«¬»¾¼½Æ¢¤¥ÖöñøÑØ]")
LEGACY_SHARE = 0.02  # share of letters above which a text is tried as TCVN3/VNI
# Gain in syllable score (per word) a conversion must bring: the right table lifts real
# Vietnamese from below 0 to ~0.8 (the test sentences: -0.8 -> 0.8 for VNI, -0.39 -> 0.8
# for TCVN3), the wrong table by ~0.1.
MIN_GAIN = 0.1


def from_tcvn3(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(TCVN3))


def from_vni(text: str) -> str:
    return unicodedata.normalize("NFC", _VNI_KEYS.sub(lambda m: _VNI[m.group()], text))


# A Vietnamese syllable, tones taken off: onset, vowel cluster, final consonant.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?"
    r"(?:uyê|uyu|uya|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|"
    r"ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|ya|yê|"
    r"[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")
_TONES = set(_TONE_MARKS)


def _is_syllable(word: str) -> bool:
    if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONES for ch in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def syllable_score(text: str, sample: int = 20000) -> float:
    """How Vietnamese a reading looks: well-formed syllables with a diacritic, minus
    words with non-ASCII letters that are not syllables, per word. Unicode Vietnamese
    scores ~0.3-0.5; a wrong reading of the same bytes scores near or below 0."""
    words = _WORD.findall(text[:sample])
    if not words:
        return 0.0
    score = 0
    for w in words:
        if w.isascii():
            continue
        score += 1 if _is_syllable(w) else -1
    return score / len(words)


def legacy_share(text: str, sample: int = 20000) -> float:
    part = text[:sample]
    letters = sum(ch.isalpha() for ch in part) or 1
    return len(_LEGACY_LETTERS.findall(part)) / letters


def repair_legacy(text: str) -> str:
    """The text converted from TCVN3 or VNI when it reads as one of them and the
    conversion is a clearly better Vietnamese reading; otherwise the text unchanged."""
    if legacy_share(text) <= LEGACY_SHARE:
        return text
    base = syllable_score(text)
    best, best_score = text, base
    for convert in (from_tcvn3, from_vni):
        candidate = convert(text)
        score = syllable_score(candidate)
        if score > best_score:
            best, best_score = candidate, score
    return best if best_score > max(base, 0) + MIN_GAIN else text
