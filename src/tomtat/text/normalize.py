"""Normalize Vietnamese text before anything compares it.

NFC, one tone-mark placement style per syllable, one whitespace and quote style.

Tone marks are placed by hand-written rules rather than underthesea's `text_normalize`,
because that function works from a word list and also re-spaces punctuation; here the
rule is applied syllable by syllable so the text keeps its spacing, and it also mends
misplaced marks such as "vơí" -> "với" that no word list foresees. The style is the
traditional one that underthesea and most outlets use: hòa, khỏe, thủy (not hoà, khoẻ,
thuỷ), with the mark on the vowel that carries a quality mark (ê, ơ, ư...) whenever
there is one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_QUALITY_VOWELS = set("âăêôơư")
_VOWELS = set("aăâeêioôơuưy")
_ONSETS = {
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gh",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "ngh",
    "nh",
    "p",
    "ph",
    "q",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
}
_CODAS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}

_WORD = re.compile(r"[^\W\d_]+")  # a run of letters (linear); ASCII ones pass through unchanged
# The capital letters of Vietnamese (NFC), to write in a regex character class: the
# range "À-Ỹ" is not one (it holds most lowercase accented letters, "á", "đ", "ư").
UPPER = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
# ... and the small ones (the range "à-ỹ" is not: it holds "Đ", "Ư", "Ơ", "Ă" and every
# capital with a tone)
LOWER = "a-z" + UPPER[3:].lower()
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _split_marks(ch: str) -> tuple[str, str | None]:
    """Return (letter without tone mark, tone mark or None) for one character."""
    decomposed = unicodedata.normalize("NFD", ch)
    tones = [m for m in decomposed[1:] if m in _TONES]
    rest = decomposed[0] + "".join(m for m in decomposed[1:] if m not in _TONES)
    return unicodedata.normalize("NFC", rest), (tones[0] if tones else None)


def _tone_position(letters: str) -> int | None:
    """Index in `letters` (lowercase, toneless) that should carry the tone, or None
    when `letters` is not a well-formed Vietnamese syllable."""
    i = 0
    while i < len(letters) and letters[i] not in _VOWELS:
        i += 1
    onset = letters[:i]
    # "qu" and "gi" take their vowel into the onset ("quá", "giá"), unless the "i"
    # of "gi" is the only vowel ("gì", "gìn").
    if onset == "q" and letters[i : i + 1] == "u":
        onset, i = "qu", i + 1
    elif onset == "g" and letters[i : i + 1] == "i":
        j = i + 1
        if j < len(letters) and letters[j] in _VOWELS:
            onset, i = "gi", j
    if onset not in _ONSETS:
        return None
    j = i
    while j < len(letters) and letters[j] in _VOWELS:
        j += 1
    nucleus, coda = letters[i:j], letters[j:]
    if not nucleus or coda not in _CODAS or len(nucleus) > 3:
        return None
    marked = [k for k, v in enumerate(nucleus) if v in _QUALITY_VOWELS]
    if marked:
        return i + marked[-1]  # "ươ" takes the mark on ơ
    if coda or len(nucleus) == 1:
        return i + len(nucleus) - 1
    if len(nucleus) == 3:
        return i + 1
    return i  # open two-vowel nucleus: hòa, khỏe, thủy, mía, múa


@lru_cache(maxsize=1 << 16)
def normalize_syllable(word: str) -> str:
    """Put the tone mark of one syllable where the traditional style wants it."""
    if word.isascii():
        return word
    pieces = [_split_marks(ch) for ch in word]
    tones = [t for _, t in pieces if t]
    if len(tones) != 1:
        return word
    letters = "".join(p for p, _ in pieces)
    pos = _tone_position(letters.lower())
    if pos is None:
        return word
    out = [p for p, _ in pieces]
    out[pos] = unicodedata.normalize("NFC", out[pos] + tones[0])
    return "".join(out)


def normalize_tones(text: str) -> str:
    """Apply `normalize_syllable` to every word of `text`, keeping everything else.

    Works token by token (split on spaces) with a memo per token: news text repeats its
    syllables, so most tokens are a dictionary look-up instead of a regex callback."""
    if text.isascii():
        return text
    return " ".join([_normalize_token(t) for t in text.split(" ")])


@lru_cache(maxsize=1 << 17)
def _normalize_token(token: str) -> str:
    if token.isascii():
        return token
    return _WORD.sub(lambda m: normalize_syllable(m.group(0)), token)


_OPENING_QUOTE = re.compile(r'(?:(?<=^)|(?<=[\s(\[{\-–—:]))"')


def _curl_quotes(text: str) -> str:
    # Straight double quotes become “ ” by position: opening after a space, bracket or
    # line start, closing otherwise.
    if '"' not in text:
        return text
    return _OPENING_QUOTE.sub("“", text).replace('"', "”")


_QUOTE_MAP = str.maketrans({"„": "“", "‟": "“", "«": "“", "»": "”", "‘": "'"})
# "’" inside a word is an apostrophe and part of a name as written ("Đắk R’Lấp", "H’Mông",
# "L’Oréal"): kept, and `fold` compares it equal to "'". Anywhere else it closes a
# quotation in single marks, written "'" like its opening mark.
_CLOSING_SINGLE = re.compile(r"’(?![^\W_])|(?<![^\W_])’")
_APOSTROPHES = str.maketrans({"’": "'"})


def normalize_line(line: str) -> str:
    """Normalize one line: NFC, tone marks, quotes, and whitespace."""
    line = _INVISIBLE.sub("", unicodedata.normalize("NFC", line)).replace("Ð", "Đ")
    line = normalize_tones(line)
    if "’" in line:
        line = _CLOSING_SINGLE.sub("'", line)
    line = _curl_quotes(line.translate(_QUOTE_MAP))
    return _SPACES.sub(" ", line).strip()


def normalize_text(text: str) -> str:
    """Normalize every line of `text`; line breaks are kept, trailing spaces dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(normalize_line(line) for line in text.split("\n"))


def fold(text: str) -> str:
    """Lowercase, tone-normalized NFC form used as a comparison key."""
    if len(text) <= _FOLD_MEMO_CHARS:
        return _fold_short(text)
    if len(text) <= _LONG_FOLD_MEMO_CHARS:
        return _fold_long(text)
    return _folded(text)


# Names, words and lines are folded again and again by every stage: short strings are
# remembered (the memo is bounded). A page's long line is folded by several of the line
# tests in a row (its key, the spam test): the last `_LONG_FOLD_MEMO_SIZE` of those are
# remembered too (at most about 3 MB); a longer text is folded afresh.
_FOLD_MEMO_CHARS = 200
_LONG_FOLD_MEMO_CHARS = 50_000
_LONG_FOLD_MEMO_SIZE = 16


def _folded(text: str) -> str:
    return normalize_tones(unicodedata.normalize("NFC", text)).lower().translate(_APOSTROPHES)


_fold_short = lru_cache(maxsize=1 << 16)(_folded)
_fold_long = lru_cache(maxsize=_LONG_FOLD_MEMO_SIZE)(_folded)


def strip_diacritics(text: str) -> str:
    """ASCII-ish form ("thượng đỉnh" -> "thuong dinh"), for diacritic-blind matching."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
