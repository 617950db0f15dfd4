"""Cues of Vietnamese news page layout, one small predicate each.

These are the signals the line classifier (`clean.lines`) and the sentence cleaner
(`clean.article`) combine: section headers that open related-article lists, follow-us
and share widgets, timestamps, betting spam, photo credits, bylines, outlet tags. They
describe how Vietnamese outlets lay out pages in general, not any one page.
"""

from __future__ import annotations

import functools
import re

from tomtat.text.normalize import UPPER, fold, strip_diacritics

# Section headers that open page furniture: related, latest, most-read, comments, tags.
SECTION_HEADERS = {
    "tin liên quan",
    "bài liên quan",
    "tin bài liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "cùng chuyên mục",
    "tin cùng chủ đề",
    "tin khác",
    "các tin khác",
    "tin mới",
    "tin mới nhất",
    "tin mới hơn",
    "tin cũ hơn",
    "tin đã đưa",
    "bài viết mới nhất",
    "bài mới nhất",
    "mới nhất",
    "có thể bạn quan tâm",
    "có thể bạn chưa đọc",
    "bạn có thể quan tâm",
    "có thể bạn muốn xem",
    "nên xem",
    "đọc thêm",
    "xem thêm",
    "đọc tiếp",
    "xem tiếp",
    "đừng bỏ lỡ",
    "xem tin theo ngày",
    "tin nổi bật",
    "nổi bật",
    "tin nóng",
    "tin hot",
    "tin đọc nhiều",
    "đọc nhiều nhất",
    "xem nhiều nhất",
    "đọc nhiều",
    "xem nhiều",
    "tin xem nhiều",
    "tiêu điểm",
    "tin tiêu điểm",
    "bình luận",
    "ý kiến",
    "ý kiến bạn đọc",
    "gửi bình luận",
    "viết bình luận",
    "bình luận của bạn",
    "tags",
    "tag",
    "từ khóa",
    "chủ đề",
    "tin ảnh",
    "video",
    "multimedia",
    "quảng cáo",
    "chia sẻ",
    "in bài",
    "gửi bài",
    "lên đầu trang",
    "về đầu trang",
    "trang chủ",
    "về trang chủ",
    "facebook comments",
    "tin tức liên quan",
    "bài đọc nhiều",
    "tin trong ngày",
    "sự kiện",
    "tin vắn",
    "chuyên mục",
    "liên kết",
    "tin tài trợ",
    "tin tức",
    "theo dòng sự kiện",
}

# "Chia sẻ" is a sharing button only alone, before a colon or a bar, or before what is
# shared and where ("Chia sẻ bài viết", "Chia sẻ Facebook"); a paragraph that opens
# "Chia sẻ với phóng viên, ông X ..." is someone speaking.
_FOLLOW = re.compile(
    r"mời (quý )?(độc giả|bạn đọc)|theo dõi .{0,40}\btrên\b|facebook comments|"
    r"^(chia sẻ|share)(\s*[:|]|\s*$|\s+(bài viết|bài|lên|qua|facebook|zalo|twitter)\b)|"
    r"^(like|tweet|đăng nhập|đăng ký|bản quyền|copyright|©|hotline|"
    r"liên hệ quảng cáo|giấy phép|tải ứng dụng|tổng biên tập|phó tổng biên tập|"
    r"cơ quan chủ quản|địa chỉ|email|điện thoại|bình luận \(\d+\)|gửi phản hồi)\b|"
    r"^(in|lưu|gửi|chia sẻ)( bài)?$",
    re.I,
)

_DATE = r"(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2})"
_TIME = r"(\d{1,2}[:h]\d{2}(:\d{2})?\s*(AM|PM|SA|CH)?)"
_DATETIME = re.compile(f"{_DATE}|{_TIME}", re.I)
_TIMESTAMP_WORDS = re.compile(
    r"\b(tin mới|cập nhật|đăng lúc|đăng ngày|ngày đăng|thứ (hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|"
    r"chủ nhật|cn|gmt\s*\+?\s*\d*|utc|am|pm|lúc|ngày|giờ|phút trước|giờ trước|hôm qua)\b",
    re.I,
)

# Unaccented Vietnamese syllables typical of betting and streaming spam.
_SPAM_SYLLABLES = {
    "bong",
    "da",
    "keo",
    "nha",
    "cai",
    "truc",
    "tiep",
    "soi",
    "ty",
    "le",
    "ca",
    "cuoc",
    "do",
    "casino",
    "cacuoc",
    "nhacai",
    "banca",
    "tai",
    "xiu",
    "no",
    "hu",
    "game",
    "bai",
    "doi",
    "thuong",
    "lo",
    "de",
    "link",
    "tv",
    "hom",
    "nay",
    "vao",
    "khuyen",
    "mai",
    "nap",
    "rut",
    "tien",
    "uy",
    "tin",
    "ma",
    "cao",
    "xem",
}
_SPAM_PHRASES = (
    "soi kèo",
    "nhà cái",
    "kèo nhà cái",
    "link bóng đá",
    "trực tiếp bóng đá",
    "tỷ lệ kèo",
    "nổ hũ",
    "game bài",
    "tài xỉu",
    "casino",
    "cá cược bóng đá",
    "keo nha cai",
    "link bong da",
    "soi keo",
)

# A credit's name: no sentence stop inside, but initials may carry their dots ("Q.H.",
# "N.Anh"): a dot right before a letter or another initial.
_CREDIT_NAME = r"(?:[^.]|\.(?=[^\s.])){0,60}"
_CAPTION_CUE = re.compile(
    rf"(\(?\b(Ảnh|Ảnh minh họa|Nguồn ảnh|Photo|Video|Clip|Đồ họa|Infographic)\s*:\s*{_CREDIT_NAME}\)?\.?\s*$)"
    r"|(^\(?(Ảnh|Photo|Video)\s*:)|(\|\s*$)"
    # "Ảnh minh họa", "Hình minh họa", "HÌNH ẢNH MINH HỌA": an illustration's label
    r"|(\b(?:Ảnh|Hình|Hình ảnh) minh (?:họa|hoạ)\)?\.?\s*$)|(^\(?(?:Ảnh|Hình|Hình ảnh) minh (?:họa|hoạ)\b)",
    re.I,
)
_CREDIT_ONLY = re.compile(
    rf"^[\s(\-–—|]*(Ảnh|Ảnh minh họa|Nguồn ảnh|Photo|Nguồn|Video|Clip)\s*:\s*{_CREDIT_NAME}\)?\.?$", re.I
)

# "Bài và ảnh", "Bài, ảnh", "Tin-ảnh", "Tin/ảnh": a credit for the text and its photos
# (one pattern for the byline cue, the section-header test and `facts.credits`)
NEWS_AND_PHOTOS = r"(?:tin|bài)\s*(?:[-–,/]|\svà)?\s*ảnh"
_SOURCE_START = re.compile(
    r"^\(?\s*(Theo|Nguồn|Tác giả|" + NEWS_AND_PHOTOS + r"|"
    r"Nhóm phóng viên|Nhóm PV|PV|Phóng viên|Lược dịch|Tổng hợp|Dịch|Biên dịch)\b[\s:]",
    re.I,
)
# (the bare tag in Vietnamese letters too: "NôngNghiệp - ", "ĐờiSống.vn - ")
OUTLET_TAG = re.compile(
    r"^\s*(?:\((?P<paren>[^()]{2,30})\)|(?P<bare>[A-ZĐ](?:[^\W_]|\.){1,15}))\s*[-–—]\s*(?=\S)"
)
# Degrees and professional titles, which Vietnamese news writes hyphened before a name
# ("PGS-TS Nguyễn Văn A", "BS-CKII Lê B", "GS-TSKH C"): a capitalised word before a
# dash like an outlet tag ("TTO - ", "VOV.VN-"), but the opening of the sentence's subject.
_DEGREE = re.compile(r"(?:p?gs|ts|tskh|ths|bs|bscki|bsckii|cki|ckii|ds|ks|kts|ls|ncs|nsnd|nsut)\.?", re.I)

_TERMINAL = re.compile(r"([.!?…]|\./\.)[”\"’')\]]*\s*$")


@functools.lru_cache(maxsize=1 << 14)
def key(text: str) -> str:
    """Comparison key of a line: folded, letters and digits only."""
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def is_terminal(text: str) -> bool:
    """Ends like a sentence (., !, ?, …, ./.), possibly followed by closing quotes."""
    return bool(_TERMINAL.search(text))


def ends_with_period(text: str) -> bool:
    return bool(re.search(r"(\.|…|\./\.)[”\"’')\]]*\s*$", text))


# An interviewer's question (how papers print an interview: question, answer, question,
# ...): it ends in "?" outside quotation marks and carries the reporter's label ("PV:",
# "Phóng viên:", "<Paper> Online:") or speaks to the interviewee in the second person, a
# bare "ông / bà / anh / chị / cô / thầy" not followed by a name, opening the question
# or after "thưa / theo / với / xin / hỏi" ("Ông đánh giá thế nào ...?", "Theo bà, ...?",
# "..., thưa anh?"). A teaser headline speaks of someone ("Ông X nói gì?"), never to
# them, so such a line neither ends an article's text nor is read as the article's voice.
_REPORTER_LABEL = re.compile(
    r"^\s*[-–]?\s*(?:P\.?V|Phóng viên|[" + UPPER + r"][\w.]*(?:\s+[\w.]+){0,2}\s+Online)\s*:", re.I
)
_YOU = r"(?:ông|bà|anh|chị|cô|thầy)"
_SPOKEN_TO = re.compile(
    r"(?:^\s*(?:[-–]\s*)?(?:(?:Vậy|Thế|Còn|Nhưng|Và)\s+)?"
    + _YOU
    + r"|(?<!\w)(?:thưa|theo|với|xin|hỏi)\s+"
    + _YOU
    + r")(?!\w)(?!\s+(?-i:["
    + UPPER
    + r"]))",
    re.I,
)
_QUESTION_END = re.compile(r"\?[\s)»…]*$")


def asks(text: str) -> bool:
    """A question in the writer's own voice: ends in "?" outside quotation marks (a
    quoted phrase inside it is fine: "..., ông có thể chia sẻ về thông điệp “...”?")."""
    return bool(_QUESTION_END.search(text)) and text.count("“") == text.count("”")


def interview_question(text: str) -> bool:
    return asks(text) and bool(_REPORTER_LABEL.match(text) or _SPOKEN_TO.search(text))


def reporter_question(text: str) -> bool:
    """A question under the reporter's label ("PV: ...?"): never a photo's caption, where
    a joke caption may well speak to someone ("Anh ngủ say ... vậy?")."""
    return asks(text) and bool(_REPORTER_LABEL.match(text))


# "Tin, ảnh: Minh Anh", "Tin-ảnh: N.Phú": the reporter who wrote the news and took its
# photos, not the "Tin ảnh" (photo news) section's header.
_NEWS_AND_PHOTOS_BY = re.compile(r"^\s*" + NEWS_AND_PHOTOS + r"\s*:\s*(?=\S)", re.I)


def names_only(text: str) -> bool:
    """One to five capitalised words or initials ("N.Phú", "Minh Anh - Thu Hà"), no digit."""
    caps, total = _capitalised_words(text)
    return 1 <= total <= 5 and caps == total and not re.search(r"\d", text)


# An advertisement's slot marked on its own line, wherever the page sets it (inside the
# body too, between two paragraphs)
AD_SLOTS = frozenset({"quảng cáo", "advertisement", "sponsored", "tài trợ", "nội dung tài trợ"})


def is_ad_slot(text: str) -> bool:
    return key(text) in AD_SLOTS


# The page's path over the headline, its sections joined by an arrow ("Trang chủ » Thời sự
# » Xã hội", "Trang chủ > Giáo dục", "Home › Tin tức"). The text normaliser prints "»" as
# a closing quotation mark, which no item of a path opens.
_CRUMB_SEPARATOR = re.compile(r"\s+[»›>”]\s*|\s*[»›>]\s+")
CRUMB_ITEM_WORDS = 4  # a section's name: "Thời sự", "Bất động sản", "Khoa học - Công nghệ"


def is_breadcrumb(text: str) -> bool:
    """A path of sections: two items or more (or one and a trailing arrow), each a short
    capitalised name, joined by arrows."""
    t = text.strip()
    if "“" in t or len(t) > 120:
        return False
    items = [i.strip() for i in _CRUMB_SEPARATOR.split(t)]
    if len(items) < 2:
        return False
    named = [i for i in items if i]
    return (
        bool(named)
        and all(_crumb_item(i) for i in named)
        and (len(named) >= 2 or items[-1] == "")  # "Trang chủ >"
    )


def _crumb_item(item: str) -> bool:
    words = re.findall(r"\w+", item)
    return len(words) <= CRUMB_ITEM_WORDS and item[:1].isupper() and item[-1] not in ".!?:;,"


# What an embedded social post or video player prints on flattened pages: the post's
# signature ("— Name (@handle) July 18, 2022"), a post carrying a picture link, a player's
# own labels. Not the article's words, wherever they stand.
_EMBED_SIGNATURE = re.compile(r"^\s*[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)[^()\n]{0,40}$")
_POST_LINK = re.compile(r"(?:pic\.twitter\.com/|https?://t\.co/)\w+")
PLAYER_LABELS = frozenset(
    {"youtube video player", "xem video trên youtube", "watch on youtube", "xem trên youtube", "video player"}
)


def is_embed(text: str) -> bool:
    """A line of an embedded post or player (see `_EMBED_SIGNATURE`, `PLAYER_LABELS`)."""
    return bool(_EMBED_SIGNATURE.match(text) or _POST_LINK.search(text)) or key(text) in PLAYER_LABELS


INLINE_LINK_WORDS = 40  # words of a headline after "Xem thêm:" (the longest at hand run about 30)
_SENTENCE_INSIDE = re.compile(r"[.!?…][”\"’')]?\s+[" + UPPER + "]")


def is_inline_link(text: str) -> bool:
    """A link to another article set inside the body on a line of its own: a related
    header, a colon, and one headline ("Xem thêm: ...", "TIN LIÊN QUAN: ...", "Đọc
    thêm: ..."), longer than a section header may be."""
    head, sep, rest = text.partition(":")
    rest = rest.strip()
    if not sep or not rest or key(head) not in SECTION_HEADERS:
        return False
    if _NEWS_AND_PHOTOS_BY.match(text) and names_only(rest):
        return False  # "Tin, ảnh: Mạc Lan": who wrote and photographed it, a byline
    return len(rest.split()) <= INLINE_LINK_WORDS and not _SENTENCE_INSIDE.search(rest)


def is_section_header(text: str) -> bool:
    credit = _NEWS_AND_PHOTOS_BY.match(text)
    if credit and names_only(text[credit.end() :]):
        return False
    k = re.sub(r"\s*\d+\s*$", "", key(text))  # "Bình luận (12)" -> "bình luận"
    if k in SECTION_HEADERS:
        return True
    head, sep, _ = text.partition(":")
    return bool(sep) and key(head) in SECTION_HEADERS and len(text.split()) <= 12


def is_follow_widget(text: str) -> bool:
    return bool(_FOLLOW.search(text.strip()))


# The tools a page sets between its headline and its text, flattened to a line each: a
# player that reads the article aloud ("Nghe bài viết", the voice "Giọng đọc: Nữ miền
# Bắc", its length "00:00 / 04:12", its speed "Tốc độ: 1x"), the text size ("A- A+",
# "Cỡ chữ"), print and save, and the author's box that ends on its follow button
# ("Minh Anh Phóng viên Theo dõi"). A line made of these and nothing else is no headline,
# sapo or text. Vietnamese outlets added the reading player from 2021 on.
_READING_TOOL = re.compile(
    r"nghe bài viết|nghe đọc bài(?: viết)?|nghe bài|nghe tin|bấm để nghe|nghe audio|đọc bài viết"
    r"|giọng đọc\s*:?[^:]{0,30}$|giọng (?:nam|nữ)(?: miền (?:bắc|trung|nam))?"
    r"|tốc độ(?: đọc)?\s*:?\s*[\d.,]+\s*x|[\d.,]+\s*x\b"
    r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"
    r"|cỡ chữ|a\s*-\s*a?\s*\+?|a\s*\+|in bài|lưu bài|lưu tin|tải về|"
    r"^.{0,60}?(?:phóng viên|biên tập viên|cộng tác viên|tác giả)\s*theo dõi$",
    re.I,
)
READING_TOOL_WORDS = 12  # a line of tools is short; a sentence that mentions one is not


def is_reading_tool(text: str) -> bool:
    """Every word of the line is a reading tool's label (see `_READING_TOOL`)."""
    t = text.strip()
    if not t or len(t.split()) > READING_TOOL_WORDS:
        return False
    rest = _READING_TOOL.sub(" ", t)
    return not re.search(r"[^\W\d_]", rest)


def is_timestamp(text: str) -> bool:
    """A line that is only a date/time, perhaps with words like "Tin mới" or a weekday."""
    if not _DATETIME.search(text):
        return False
    rest = _TIMESTAMP_WORDS.sub(" ", _DATETIME.sub(" ", text))
    return len(re.findall(r"[^\W\d_]+", rest)) <= 1


def has_datetime(text: str) -> bool:
    return bool(re.search(_DATE, text) and re.search(_TIME, text, re.I))


_TIME_ONLY = re.compile(rf"^\s*{_TIME}(?:\s*(?:GMT|UTC)\s*[+-]?\s*\d{{0,2}})?\s*$", re.I)


# A byline signed with the time the piece went up, after its body or under the headline
# ("Minh Anh - Báo X | 18:45 22/09/2017", "Thu Hà | 22/09/2017 06:00"): who, a bar, then
# only a time and a date, either way round.
_STAMPED = re.compile(
    rf"^(?P<who>[^|]{{2,80}}?)\s*\|\s*(?:{_TIME})?\s*,?\s*(?:{_DATE})?\s*,?\s*(?:{_TIME})?\s*$", re.I
)


STAMPED_MAX = 200  # characters: a byline with its time, never a paragraph


def signed_with_stamp(text: str) -> str | None:
    """The byline of a line that signs the article with its time ("Minh Anh - Báo X |
    18:45 22/09/2017" -> "Minh Anh - Báo X"): a writer's name (two to five capitalised
    words), maybe a dash and the outlet; None for any other line."""
    if len(text) > STAMPED_MAX:
        return None
    # (blanks folded first: then each optional blank of the pattern matches one at most)
    m = _STAMPED.match(" ".join(text.split()))
    if m is None or not has_datetime(text):
        return None
    who = m.group("who").strip()
    writer = re.split(r"\s+[-–]\s+", who, maxsplit=1)[0]
    return who if looks_like_name_line(writer) or looks_like_byline(who) else None


# An entry of a live blog opens on the time it went up, maybe after its date and a
# bullet ("• 2026-10-14 15:40 Bàn mở tỷ số", "14h30"); a teaser of a list puts
# its date after its headline ("Tiêu đề - (18/08/2026 01:40)").
_OPENS_WITH_TIME = re.compile(rf"^[\s•·*+\-–]*(?:{_DATE}\s*,?\s*)?{_TIME}", re.I)


def opens_with_time(text: str) -> bool:
    """The line begins with a time of day, maybe after a date: a live blog entry's
    stamp (with or without its heading)."""
    return bool(_OPENS_WITH_TIME.match(text))


def is_time_only(text: str) -> bool:
    """A line that is only a time of day ("10:45", "14h30", "09:15 GMT+7"): a live blog
    entry's stamp."""
    return bool(_TIME_ONLY.match(text))


_CLOCK = re.compile(r"(\d{1,2})[:h](\d{2})")


def minutes_of_day(text: str) -> int | None:
    """The time of a line that is only a time of day, in minutes after midnight
    ("14h30" -> 870); None for any other line. "2:05 PM" is read as 14:05."""
    m = _TIME_ONLY.match(text)
    if m is None:
        return None
    clock = _CLOCK.search(text)
    assert clock is not None  # _TIME_ONLY holds a clock
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if re.search(r"\b(PM|CH)\b", text, re.I) and hour < 12:
        hour += 12
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def is_dated_bullet(text: str) -> bool:
    """ "- 22-07-2018Tiêu đề bài khác": a list item that opens with a date."""
    return bool(re.match(r"^\s*[-•*+–]\s*" + _DATE, text))


# "Tranh:" and "Minh họa:" credit a drawing, as "Ảnh:" a photo
_FIGURE_CREDIT = re.compile(
    r"^\(?\s*(?:nguồn|ảnh|đồ họa|đồ hoạ|biểu đồ|bảng|video|clip|tranh|minh họa|minh hoạ)\s*:", re.I
)


def is_figure_credit(text: str) -> bool:
    """A credit printed under a photo, chart or table inside the article ("Nguồn: Bộ
    Tài chính", "Ảnh: Minh Anh", "(Ảnh minh họa)"), or a separator made of symbols
    ("***", "."): the article goes on after it, unlike after the author's name or a
    "Theo X" attribution, which close it."""
    t = text.strip()
    if is_junk(t) and not re.search(r"\d", t):
        return True
    return len(t.split()) <= 12 and (bool(_FIGURE_CREDIT.match(t)) or has_caption_cue(t))


# Four letters, anything but letters between them: a line with them is no junk, and finding
# them stops at the fourth letter instead of listing every letter of a long line (that list
# was a tenth of cleaning a page). Linear: the classes between and of letters are disjoint.
_FOUR_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){3}")
_LETTER = re.compile(r"[^\W\d_]")
_THREE_LETTER_RUN = re.compile(r"[^\W\d_]{3}")


def is_junk(text: str) -> bool:
    """Digits, symbols or a lone letter: stray counters and separators."""
    if _FOUR_LETTERS.search(text):
        return False
    return len(_LETTER.findall(text)) <= 1 or not _THREE_LETTER_RUN.search(text)


def is_spam(text: str) -> bool:
    low = fold(text)
    phrases = sum(1 for p in _SPAM_PHRASES if p in low)
    if not phrases:
        return False  # both tests below need a spam phrase: most lines stop here
    tokens = re.findall(r"[^\W_]+", low)
    unaccented = [t for t in tokens if t.isascii() and t in _SPAM_SYLLABLES]
    if phrases >= 2 and not is_terminal(text):
        return True
    return len(unaccented) >= 4 and len(unaccented) >= 0.35 * len(tokens) and phrases >= 1


# Words one of `_CAPTION_CUE`'s branches needs, lowercased: a line without any cannot match,
# and most lines have none (the search tries every branch at every character: it was 4% of
# summarizing a dev cluster). A line with a letter that IGNORECASE also matches with "i",
# "s" or "k" ("VİDEO") is searched whatever it holds, so the answer is the search's own.
_CAPTION_WORDS = ("ảnh", "photo", "video", "clip", "đồ họa", "infographic", "|", "minh họa", "minh hoạ")
_CASE_ODDITIES = re.compile("[ıİſ\u212a]")


def has_caption_cue(text: str) -> bool:
    low = text.lower()
    if not any(w in low for w in _CAPTION_WORDS) and not _CASE_ODDITIES.search(text):
        return False
    return bool(_CAPTION_CUE.search(text.strip()))


def strip_credit(text: str) -> str:
    """A caption without the photo credit at its end ("Lính Mỹ trên cao điểm. Ảnh: X."
    -> "Lính Mỹ trên cao điểm."); the text as it is when no credit ends it."""
    m = _CAPTION_CUE.search(text.strip()) if has_caption_cue(text) else None
    if not m or m.start() == 0:
        return text
    return text.strip()[: m.start()].rstrip(" -–—|(")


# What a caption credits, after its cue ("Ảnh: Reuters", "(Nguồn ảnh: X)").
_CREDITED = re.compile(
    r"\b(?:Ảnh|Nguồn ảnh|Photo|Video|Clip|Đồ họa|Infographic|Nguồn)\s*:\s*"
    rf"(?P<name>{_CREDIT_NAME})\)?\.?\s*$",
    re.I,
)


def credited(text: str) -> str | None:
    """Who a caption or credit line credits ("Lính Mỹ trên cao điểm. Ảnh: Minh Anh." ->
    "Minh Anh"); None when it carries no credit."""
    m = _CREDITED.search(text.strip()) if has_caption_cue(text) or is_credit_only(text) else None
    name = m.group("name").strip(" .)") if m else ""
    return name or None


def is_credit_only(text: str) -> bool:
    return bool(_CREDIT_ONLY.match(text.strip())) or production_credit(text) == "other"


# The credits a long-form (e-magazine) page, a video or a photo story closes or opens
# with instead of a byline: a role, a colon, then names and nothing else ("Nội dung: X",
# "Thực hiện: X - Y", "Ảnh bìa: X", "Thiết kế: X", "Biên tập: X"). The name part is
# capitalised words only: "Thiết kế: máy có thân vỏ bằng nhôm" is a review's label, not
# a credit. A writer's role makes the line a byline; the others only credit the making.
_WRITER_ROLES = r"bài|bài viết|nội dung|thực hiện|nhóm thực hiện|tác giả"
_MAKER_ROLES = (
    r"ảnh bìa|ảnh|thiết kế|trình bày|đồ họa|đồ hoạ|kỹ thuật|kĩ thuật|biên tập|quay phim|dựng phim|"
    r"sản xuất|video|minh họa|minh hoạ"
)
_CREDIT_PERSON = rf"[{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*){{0,4}}"
_PRODUCTION_CREDIT = re.compile(
    rf"^\s*(?i:(?P<writer>{_WRITER_ROLES})|(?P<maker>{_MAKER_ROLES}))\s*:\s*"
    rf"{_CREDIT_PERSON}(?:\s*(?:,|-|–|&|\bvà\b)\s*{_CREDIT_PERSON})*\s*\.?\s*$"
)
PRODUCTION_CREDIT_MAX = 120  # characters: a role and a few names


def production_credit(text: str) -> str | None:
    """"writer" for a credit of the text ("Nội dung: Minh Anh"), "other" for a credit of
    the photos, design or video ("Thiết kế: Quang Huy"), None for anything else."""
    if len(text) > PRODUCTION_CREDIT_MAX:
        return None
    m = _PRODUCTION_CREDIT.match(text)
    if m is None:
        return None
    return "writer" if m.group("writer") else "other"


# Words of Vietnamese grammar that no person's name is made of: a line in capitals that
# holds one ("GIÁ VÉ KHÔNG ĐỔI", "NGƯỜI DÂN ĐƯỢC HỖ TRỢ") is an intertitle, not a writer
# signing in capitals. ("theo" and "và" are left out: "THEO TTXVN", "MINH ANH VÀ THU HÀ"
# are bylines.)
NAME_SYLLABLES = 4  # syllables of a Vietnamese person's name, at most ("Nguyễn Thị Minh Khai")
_NEVER_IN_A_NAME = frozenset(
    "không chưa của là được bị đã đang sẽ cho với trong những các khi để về tại này "
    "nhưng thì mà vẫn cũng rằng nếu vì ở có ra vào lên xuống một nên".split()
)


def _holds_grammar(text: str) -> bool:
    return any(w in _NEVER_IN_A_NAME for w in key(text).split())


def _capitalised_words(text: str) -> tuple[int, int]:
    words = re.findall(r"[^\W\d_][^\s/,()\-–]*", text)
    caps = sum(1 for w in words if w[0].isupper())
    return caps, len(words)


def looks_like_byline(text: str) -> bool:
    """Attribution or author line: "Theo vov.vn", "Thiện Minh/Báo CAND", "NGUYỆT PHƯƠNG",
    "CT (Theo AP/RIA Novosti)"."""
    t = text.strip().rstrip(".")
    words = t.split()
    if not words or len(words) > 12:
        return False
    if production_credit(t) == "writer":
        return True  # "Nội dung: Minh Anh", "Thực hiện: Thu Hà - Quang Huy"
    head = _SOURCE_START.match(t)
    if head and _shouted_phrase(t, head.end()):
        head = None  # "DỊCH BỆNH LAN RỘNG Ở MIỀN TÂY": an intertitle in capitals, no credit
    if head and _common_word_opening(t, head):
        head = None  # "Nguồn nước ngầm cạn dần", "Dịch sốt xuất huyết lan rộng": a heading
    if head and len(words) <= 10 and "," not in t[head.end() :] and not t.endswith("?"):
        # (not an interviewer's question: "PV: Vì sao ông chọn nghề này?"; the comma of
        # "Bài, ảnh:" is the cue's own)
        return True
    if re.search(r"\(\s*(Theo|Nguồn)\b[^)]*\)\s*$", t) and len(words) <= 8:
        return True
    compiled = _COMPILED.search(t)
    if compiled and len(words) <= 8:
        # "Nguyễn Ngọc (Tổng hợp)", "(T/h)": a writer who compiled the piece from others
        caps, total = _capitalised_words(t[: compiled.start()])
        return caps == total
    caps, total = _capitalised_words(t)
    if total == 0 or is_terminal(text) and not t.endswith(")"):
        return False
    letters = [c for c in t if c.isalpha()]
    if len(words) <= 6 and letters and all(c.isupper() for c in letters) and len(letters) >= 4:
        # "NGUYỆT PHƯƠNG", "PV", "MINH ANH - THU HÀ": names of four syllables at most
        # (Vietnamese names have two to four), one per writer; a longer run of capitals,
        # or one with a word of grammar, is an intertitle
        writers = re.split(r"\s*[-–/,&]\s*|\s+VÀ\s+", t)
        return all(len(w.split()) <= NAME_SYLLABLES for w in writers) and not _holds_grammar(t)
    if "/" in t and caps == total and len(words) <= 8:
        return True  # "Thiện Minh/Báo CAND"
    writer, _, desk = t.partition("/")
    if desk[:1].isupper() and len(words) <= 8 and 1 <= len(writer.split()) <= 5:
        # "Minh Anh/VOV-Trung tâm Tin": a writer, then the outlet's desk in its own case
        caps, total = _capitalised_words(writer)
        return caps == total > 0
    return False


SHOUTED_CREDIT_WORDS = 4  # "THEO AFP", "TỔNG HỢP", "THEO NGUYỄN VĂN AN"

# Credit cues that are also nouns of running text: "nguồn" (a source, but also "nguồn
# nước", "nguồn vốn"), "dịch" (translated by, but also an epidemic). As a credit they take
# a colon or a name ("Nguồn: Reuters", "Nguồn tin: X", "Nguồn Bộ Y tế", "Dịch: Thu Hà"); followed by a
# lowercase word they open a heading or a sentence.
_NOUN_CUES = frozenset({"nguồn", "dịch"})


def _common_word_opening(t: str, head: re.Match) -> bool:
    if head.group(1).lower() not in _NOUN_CUES or t[head.end() - 1] == ":":
        return False
    rest = t[head.end() :].lstrip()
    # ("Nguồn tin: TTXVN", "Nguồn ảnh: X": the cue is two words, then its colon)
    return rest[:1].islower() and not _LABEL_WORD.match(rest)


_LABEL_WORD = re.compile(r"\S+\s*:")


def _shouted_phrase(t: str, head_end: int) -> bool:
    """A line in capitals that opens on a credit's word ("TỔNG HỢP", "DỊCH", "THEO") and
    goes on past a short credit without a colon: an intertitle, which pages set in
    capitals ("DỊCH BỆNH LAN RỘNG Ở MIỀN TÂY"), not "TỔNG HỢP: MINH ANH"."""
    letters = [c for c in t if c.isalpha()]
    return (
        bool(letters)
        and all(c.isupper() for c in letters)
        and len(t.split()) > SHOUTED_CREDIT_WORDS
        and ":" not in t[head_end - 1 :]
    )


# A note in brackets that the piece was compiled or translated from others' reports.
_COMPILED = re.compile(r"\(\s*(?:Tổng hợp|T/h|TH|Lược dịch|Dịch|Biên dịch)\s*\)\s*$", re.I)


# Professional titles that sign advice columns and opinion pieces ("Luật sư X", "ThS.BS X").
_AUTHOR_TITLE = re.compile(
    r"^(?:(?:luật sư|bác sĩ|tiến sĩ|thạc sĩ|dược sĩ|kiến trúc sư|kỹ sư|nhà báo|giáo sư|phó giáo sư"
    r"|gs|pgs|ts|ths|bs|ls|kts|cki|ckii)\b\.?\s*){1,3}",
    re.I,
)


def looks_like_name_line(text: str) -> bool:
    """Two to five capitalised words and nothing else, maybe after a professional title:
    an author's name after a body ("Thu Hà", "Luật sư Nguyễn Văn Bình")."""
    t = text.strip()
    if is_terminal(t):
        return False
    title = _AUTHOR_TITLE.match(t)
    if title:
        t = t[title.end() :]
    caps, total = _capitalised_words(t)
    return 2 <= total <= 5 and caps == total and len(re.findall(r"\d", t)) == 0 and not _holds_grammar(t)


# The place a report was filed from, in capitals, before a dash at a paragraph's start
# ("HÀ NỘI - ", "TP.HCM – ", "WASHINGTON - "): the paper's dateline, not the text's words
_DATELINE = re.compile(rf"^\s*[{UPPER}][{UPPER}.]*(?:\s+[{UPPER}][{UPPER}.]*){{0,3}}\s*[-–—]\s+(?=\S)")


def without_dateline(text: str) -> str:
    """`text` without a leading dateline (see `_DATELINE`): two words or more, or a place
    written with a dot ("TP.HCM"); one bare word in capitals may be a body's acronym
    ("ASEAN - Trung Quốc ...", "UBND - HĐND ...")."""
    m = _DATELINE.match(text)
    if m is None:
        return text
    place, rest = m.group(0).strip(" -–—"), text[m.end() :]
    if len(place.split()) < 2 and "." not in place:
        return text
    # (an intertitle in capitals is no paragraph under a dateline: "NHẬT BẢN - ĐỐI TÁC LỚN NHẤT")
    return rest if any(c.islower() for c in rest) else text


def outlet_tag(text: str) -> tuple[str | None, str]:
    """Split a leading outlet tag ("VOV.VN - ", "TTO - ", "(Dân trí) - ") off a paragraph."""
    m = OUTLET_TAG.match(text)
    if not m:
        return None, text
    tag = m.group("paren") or m.group("bare")
    bare = m.group("bare")
    if bare and not (sum(c.isupper() for c in bare) >= 2 or ".vn" in bare.lower()):
        return None, text
    if bare and _DEGREE.fullmatch(bare):
        return None, text
    if bare and bare.isupper() and not bare.replace("Đ", "D").isascii():
        return None, text  # a word in capitals ("NGUYỄN – ..."), not an acronym like "NLĐO"
    if m.group("paren") and len(tag.split()) > 4:
        return None, text
    return tag.strip(), text[m.end() :]


def unaccented_share(text: str) -> float:
    """Share of words that lose nothing when stripped of diacritics (for language cues)."""
    tokens = re.findall(r"[^\W\d_]+", text)
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if strip_diacritics(t) == t) / len(tokens)
