"""Split a Vietnamese paragraph into sentences.

Written by hand because the library splitters get Vietnamese news wrong in ways that
matter for a summary: underthesea's `sent_tokenize` makes "Ông." a sentence of its own,
cuts a closing quote off its sentence, and splits "./." (the end-of-article sign of many
outlets) in two. The rules here:

- a boundary is terminal punctuation (". ! ? …", "./.") plus any closing quotes or
  brackets, then a space, then something that can open a sentence (a capital, a digit,
  an opening quote or bracket before one, a photo credit); never a small letter ("...,
  tôm…) ở miền Tây ..." goes on);
- never after an abbreviation ("TP.", "TS.", "Q.", single initials) or an honorific
  standing alone ("ông.", "bà.");
- no space, no boundary: "TP.HCM", "28/2", "5.000", "vov.vn" stay whole; the one
  exception is a typo like "hạn.Theo" (lowercase word, period, capitalised word), or
  after a name when a Vietnamese word follows ("Hải Phòng.Một"), never inside a name
  written with a dot ("Man.City", "Abc.Club", "Atl.Bilbao");
- a quotation of ordinary length is kept whole, so a quoted sentence keeps its quotes;
- a photo credit ("... - Ảnh: AFP") ends a sentence, because bodies that lost their
  line breaks run a caption straight into the next sentence;
- for the same reason, a missing full stop is restored where a lowercase word runs into
  a capitalised word that only opens sentences ("... tối qua Sau một đêm ...", "...
  phòng thủ Trước đó, ..."), and where a day and its date follow any word or a date
  ("... cầu Bến Lức Ngày 4-5, ..."): time openers count only before a date or
  "qua"/"nay", and "Theo dõi" (a verb, and a part of names) is not "Theo"; and where
  a capitalised "Ông"/"Bà" and a family name follow a lowercase word ("... tại buổi lễ
  Ông Trần Văn A trao quà ...": 4 places in the 2,600 articles of VLSP 2018 and the
  three summary sets, all captions or intertitles run in);
- a related-links marker (">>", "»") starts a new piece, so the cleaner can drop it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from tomtat.text.normalize import LOWER, UPPER

# Capital and small letters of Vietnamese, for regex character classes (the ranges
# "Ạ-Ỹ" and "ạ-ỹ" are not: that block alternates capital and small, so "ở" counted as
# a capital opening a sentence after "…" or a closing bracket)
_UPPER = UPPER
_LOWER = LOWER
# A bracket opens a sentence only when a capital or a digit follows it ("(Ảnh minh họa)",
# "(1) ..."): "anh T.V.K. (sinh năm 1990) điều khiển" goes on past the initials' dot; an
# opening quote too ("xe đã… “bay” qua cầu" goes on past the ellipsis).
_OPENERS = (
    f'(?:[{_UPPER}0-9]|[“"\'](?=[{_UPPER}0-9.…])|[(\\[](?=[{_UPPER}0-9“"])'
    # a photo credit written in lowercase after a sentence ("... cán bộ. ảnh: X", "(ảnh: X)")
    r"|[(\[]?(?:ảnh|nguồn|video|clip)\s*:)"
)

# Terminal punctuation, then closing quotes/brackets, then the space before the next one.
_BOUNDARY = re.compile(r"(\./\.|[.!?…]+)([”\"’')\]]*)(\s+)(?=" + _OPENERS + ")")
_GLUED = re.compile(f"(?<=[{_LOWER}]{{2}})\\.(?=[{_UPPER}][{_LOWER}])")
# An ellipsis run into the next sentence ("... gậy gộc…Nhóm người ..."): 12 times in
# the 400 dev clusters, every one a boundary (no name is written with an ellipsis).
_GLUED_ELLIPSIS = re.compile(f"(?<=[{_LOWER}]{{2}})(…|\\.\\.\\.)(?=[{_UPPER}][{_LOWER}])")
# A period run into the next sentence after a number ("... cùng kỳ năm 2021.Dư địa ...",
# "... lúc 10:30.Sau đó ..."): two digits at least before it, so that a list's number
# opening a line ("3.Thiết lập ...") stays one sentence; decided by `_glued_number_stop`.
_GLUED_NUMBER = re.compile(f"(?<=[0-9]{{2}})\\.(?=[{_UPPER}][{_LOWER}])")
# The most common Vietnamese family names (together about nine people in ten carry one).
FAMILY_NAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Trương Lương"
    " Trịnh Đoàn Lâm Phùng Mai Tô Hà Cao Chu Tạ Thái Quách Lưu Văn Kiều Vương Triệu Đàm Nông".split()
)
_MISSING_STOP = re.compile(
    f"(?<=[{_LOWER}]{{2}}) (?="
    r"(?:Sau(?! đại học)|Theo(?! dõi)|Trong|Khi|Tại|Trước|Liên quan|Tuy nhiên|Nhưng|Đây là|Cũng"
    r"|Ngoài ra|Bên cạnh|Mới đây|Hiện nay|Hiện tại)\b)"
    # a time opener with its date after any word or a date ("... cầu Bến Lức Ngày 4-5, ...",
    # "... chiều 3/5 Tối 4/5, ..."): a day and a date are capitalised only where a
    # sentence opens (a caption or a credit line ran into the paragraph)
    r"|(?<=[\w)]) (?=(?:Ngày|Hôm|Chiều|Sáng|Trưa|Tối|Đêm) (?:\d{1,2}[/.-]\d|qua\b|nay\b|\())"
    # after a lowercase word, before any number ("... kéo dài Chiều 5/3", "Ngày 8 ...")
    r"|(?<=[" + _LOWER + r"]{2}) (?=(?:Ngày|Hôm|Chiều|Sáng|Trưa|Tối|Đêm) \d)"
    # a capitalised honorific, then a family name and more of a full name, after a
    # lowercase word: mid-sentence "ông"/"bà" are lowercase, so a caption ran in ("...
    # phát biểu tại buổi lễ Ông Trần Văn A trao quà ..."); places written with "Bà" or
    # "Ông" ("Bà Rịa", "phố Bà Triệu", "cầu Ông Lãnh") are no family name and a name
    f"|(?<=[{_LOWER}]{{2}}) (?=(?:Ông|Bà) (?:{'|'.join(sorted(FAMILY_NAMES))}) [{_UPPER}])"
)
_LAST_WORD = re.compile(r"[\w.]+$")
_RELATED_MARK = re.compile(r"(?<=\S) (?=>>|»)")
_PHOTO_CREDIT = re.compile(r"(?:[-–—(|]\s*)?\b(?:Ảnh(?: minh họa)?|Nguồn(?: ảnh)?|Photo|Video|Clip)\s*:\s*")

ABBREVIATIONS = {
    "tp",
    "q",
    "p",
    "tx",
    "tt",
    "h",
    "x",
    "ts",
    "ths",
    "gs",
    "pgs",
    "bs",
    "ks",
    "ls",
    "ns",
    "nxb",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "tr",
    "th",
    "vs",
    "ô",
    "b",
    "v.v",
    "ttg",
    "đc",
    "sn",
    "co",
    "inc",
    "ltd",
    "jr",
    "sr",
    "ccb",
    "nsnd",
    "nsưt",
    "pv",
    "btv",
    "tskh",
    "kts",
    "ncs",
    "cki",
    "ckii",
}
HONORIFICS = {"ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cụ", "ngài", "thầy"}

# Words that open a sentence and so are never part of a photo credit's name.
_SENTENCE_OPENERS = {
    "theo",
    "trong",
    "tại",
    "sau",
    "ngày",
    "hôm",
    "khi",
    "với",
    "ông",
    "bà",
    "các",
    "những",
    "một",
    "đây",
    "đó",
    "tuy",
    "nhưng",
    "cũng",
    "còn",
    "trước",
    "để",
    "từ",
    "việc",
    "người",
    "này",
    "hiện",
    "nếu",
    "vì",
    "do",
    "ngoài",
    "bên",
    "chiều",
    "sáng",
    "tối",
    "trưa",
    "đêm",
    "năm",
    "tháng",
    "lúc",
    "đến",
    "cùng",
    "hai",
    "ba",
    "tổng",
    "chủ",
    "thủ",
    "bộ",
    "cơ",
}
_MAX_WHOLE_QUOTE = 60  # syllables; a longer quotation is split inside like plain text


def _previous_word(text: str, end: int) -> str:
    m = _LAST_WORD.search(text, max(0, end - 40), end)  # a window: the text may be long
    return m.group(0) if m else ""


def _abbreviation(word: str) -> bool:
    """A title or initial that a period closes without ending the sentence: "TS.",
    "Q.", and stacked titles written as one word ("PGS.TS.", "ThS.BS."), judged by
    their last part ("TP.HCM.", "Q.1." and "M.U." end sentences)."""
    last = word.rsplit(".", 1)[-1]
    if word.lower() in ABBREVIATIONS or last.lower() in ABBREVIATIONS:
        return True
    return bool(re.fullmatch(f"[{_UPPER}]", word))


# Words that make the single capital letter after them a unit or a label, no initial of
# a name: "41 độ C. Còn ...", "vitamin C.", "bảng B. Các đội ...", "nhóm máu O."
_LETTER_LABELS = frozenset({"độ", "vitamin", "bảng", "hạng", "loại", "khu", "tòa", "toà", "lô", "máu"})


def _lettered(text: str, start: int, word: str) -> bool:
    """The single capital letter `word` at `start` is a unit or a label ("độ C")."""
    if len(word) != 1 or start < 1 or not text[start - 1].isspace():
        return False
    return _previous_word(text, start - 1).lower() in _LETTER_LABELS


# A name written as its initials ("L.V.K", "T.T.H.M"): news withholds the full name of
# suspects and victims, and gives the age in a bracket right after
_INITIALS = re.compile(f"[{_UPPER}](?:\\.[{_UPPER}])+")
_AGE_BRACKET = re.compile(r"\((?:\d{1,3}\s+tuổi|SN\s|sinh năm)")
_QUOTE_MARK = re.compile('[“”"]')
_WORDS = re.compile(r"\w+")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations short enough to be kept whole."""
    spans, start = [], None
    for m in _QUOTE_MARK.finditer(text):
        ch, k = m.group(0), m.start()
        if ch == "“" or (ch == '"' and start is None):
            start = k
        elif start is not None:
            if len(_WORDS.findall(text, start, k)) <= _MAX_WHOLE_QUOTE:
                spans.append((start, k))
            start = None
    return spans


_NON_SPACE = re.compile(r"\S+")


def _one_word_name(word: str) -> bool:
    """An agency's or outlet's name, which is one word: an acronym ("TTXVN", "AFP") or a
    name with a capital inside ("TânCảngXanh"). A credit ends after it when the next
    sentence follows with no stop ("Ảnh: TTXVN TTXVN dẫn lời ...", "Ảnh: TânCảngXanh Chiếc
    tàu ..."): that sentence's first word is no part of the name."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return False
    return all(c.isupper() for c in letters) or any(c.isupper() for c in letters[1:])


def _sentence_starts(toks: list[re.Match]) -> bool:
    """Whether two words open a sentence: a capitalised word that is not written in
    capitals (a name printed in capitals goes on: "Ảnh: KHẢ HÒA"), then a lowercase one
    ("Chiếc tàu mới", "Lực lượng cứu hộ"; not "CDC Hòa Bình", a body and its place)."""
    if len(toks) < 2:
        return False
    first, second = toks[0].group(0), toks[1].group(0)
    return first[:1].isupper() and not first.isupper() and not first.endswith(".") and second[:1].islower()


def _credit_end(text: str, start: int) -> int | None:
    """End offset of a photo credit whose label ("Ảnh:") ends at `start`, when a new
    sentence follows it in the same run of text."""
    close = text.find(")", start)
    if close != -1 and "(" in text[max(0, start - 12) : start] and close - start < 60:
        return close + 1
    taken = 0
    end = None
    # only the next five words (and two more to look ahead) are looked at: never the
    # whole rest of a long paragraph
    toks = list(itertools.islice(_NON_SPACE.finditer(text, start), 7))
    for k, tok in enumerate(toks[:5]):
        word = tok.group(0)
        bare = word.strip(".,;:")
        if not bare or not (bare[0].isupper() or bare[0].isdigit()):
            break
        if taken and bare.lower() in _SENTENCE_OPENERS:
            break
        taken += 1
        end = tok.end()
        if word.endswith((".", ",", ";")):
            break
        if _one_word_name(bare) and (
            _sentence_starts(toks[k + 1 : k + 3])
            # "Ảnh: TTXVN TTXVN dẫn lời ...": the agency, then the sentence naming it
            or (k + 1 < len(toks) and toks[k + 1].group(0) == word)
        ):
            break
    if end is None or end >= len(text.rstrip()):
        return None
    return end


# Paragraphs are split twice on every path (the cleaner reads sentences, then the
# segmenter makes them): the last 1,024 splits of paragraphs up to this length are
# remembered, a story's worth (at most about 8 MB).
_MEMO_CHARS = 2000
# A page printed as one long paragraph (a feed's or a corpus's article on one line) is
# split three times (the cleaner's caption pass, its byline pass, the segmenter): the
# last `_LONG_MEMO_SIZE` of those up to `_LONG_MEMO_CHARS` are remembered too (at most
# about 7 MB); a longer one is split afresh. VietnameseMDS dev's articles are such pages:
# 1.3 ms of a cluster's 35 went to splitting them again.
_LONG_MEMO_CHARS = 50_000
_LONG_MEMO_SIZE = 32


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (no line breaks) into sentences, stripped, none empty."""
    if len(paragraph) <= _MEMO_CHARS:
        return list(_split_remembered(paragraph))
    if len(paragraph) <= _LONG_MEMO_CHARS:
        return list(_split_long_remembered(paragraph))
    return _split(paragraph)


@functools.lru_cache(maxsize=1024)
def _split_remembered(paragraph: str) -> tuple[str, ...]:
    return tuple(_split(paragraph))


@functools.lru_cache(maxsize=_LONG_MEMO_SIZE)
def _split_long_remembered(paragraph: str) -> tuple[str, ...]:
    return tuple(_split(paragraph))


_TOKEN_BEFORE = re.compile(r"[^\s/(\"“'‘]*$")
_WORD_AFTER = re.compile(r"\w*")
_PLAIN_LETTERS = re.compile(r"[A-Za-z]*")


def _glued_stop(m: re.Match) -> str:
    """The period of `_GLUED`, with the space a sentence boundary wants, or alone where
    it is inside a name: after a capitalised word ("Man.City", "Abc.Club") the period
    ends a sentence only when the word after it is Vietnamese, marked with a tone or a
    vowel's sign or one that opens sentences ("Hải Phòng.Một", "Vinh.Theo"). Of the 47
    glued periods of the 400 dev clusters, 24 follow a capitalised word: 18 inside a
    name, 6 sentence boundaries, 5 of them found so (one before a foreign name is not)."""
    text, at = m.string, m.start()
    token = _TOKEN_BEFORE.search(text, max(0, at - 40), at).group(0)
    if not any(c.isupper() for c in token):
        return ". "
    return ". " if _vietnamese_word_at(text, m.end()) else "."


def _vietnamese_word_at(text: str, at: int) -> bool:
    """The word at `at` is Vietnamese: marked with a tone or a vowel's sign, or one that
    opens sentences ("Theo"); not a foreign word in plain letters ("Club", "Apple")."""
    after = _WORD_AFTER.match(text, at).group(0)
    return not _PLAIN_LETTERS.fullmatch(after) or after.lower() in _SENTENCE_OPENERS


_NUMBER_TOKEN = re.compile(r"[0-9][0-9.,:]*")


def _glued_number_stop(m: re.Match) -> str:
    """The period of `_GLUED_NUMBER`, with the space a sentence boundary wants, when the
    number stands alone (not inside a code or a name: "Covid-19.Theo" is left, "iOS
    16.Apple" too unless the word after is Vietnamese) and the word after it is
    Vietnamese, marked with a tone or a vowel's sign, or one that opens sentences."""
    text, at = m.string, m.start()
    token = _TOKEN_BEFORE.search(text, max(0, at - 40), at).group(0)
    return ". " if _NUMBER_TOKEN.fullmatch(token) and _vietnamese_word_at(text, m.end()) else "."


def _split(paragraph: str) -> list[str]:
    text = _GLUED.sub(_glued_stop, paragraph.strip())
    text = _GLUED_ELLIPSIS.sub(r"\1 ", _GLUED_NUMBER.sub(_glued_number_stop, text))
    if not text:
        return []
    protected = _quote_spans(text)
    opens = [a for a, _ in protected]

    def quoted(start: int, end: int) -> bool:
        """Inside a quotation kept whole (spans are sorted and disjoint: a bisection,
        so a paragraph of thousands of quotations stays linear)."""
        k = bisect.bisect_left(opens, start) - 1
        return k >= 0 and end <= protected[k][1]

    cuts: set[int] = set()
    last_cut = 0  # boundaries come in order, so the piece before one starts at the last cut
    for m in _BOUNDARY.finditer(text):
        end_punct = m.end(2)
        if quoted(m.start(), end_punct):
            continue
        if m.group(1) == ".":
            word = _previous_word(text, m.start(1))
            if _abbreviation(word) and not _lettered(text, m.start(1) - len(word), word):
                continue
            if _INITIALS.fullmatch(word) and _AGE_BRACKET.match(text, m.end()):
                continue  # "anh L.V.K. (52 tuổi, ...)": a name's initials, then his age
            piece = text[last_cut : m.start(1)].strip().lower()
            if piece in HONORIFICS:
                continue
        cuts.add(end_punct)
        last_cut = end_punct
    for m in _PHOTO_CREDIT.finditer(text):
        end = _credit_end(text, m.end())
        if end is not None and not quoted(m.start(), m.start() + 1):
            cuts.add(end)
    for pattern in (_MISSING_STOP, _RELATED_MARK):
        for m in pattern.finditer(text):
            if not quoted(m.start(), m.start() + 1):
                cuts.add(m.start())
    pieces, last = [], 0
    for cut in sorted(cuts):
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    return [p.strip() for p in pieces if p.strip()]
