"""Label every line of a flattened page: title, lead, body, caption, source, boilerplate.

Written by hand because no maintained library does this: trafilatura and jusText need
the page's HTML structure, and flattened text (a page saved as text, or the text of a
crawl) has only lines. The classifier reads the page the way an editor would:

1. Lines that are page furniture on their own are marked first: section headers that
   open related/latest/comment lists ("Tin liên quan", "Bài viết mới nhất"), follow-us
   widgets, bare timestamps, betting spam, stray counters, and any line the page repeats
   (teaser lists are often printed twice).
2. The article body is the longest *run* of prose lines (long, sentence-final
   punctuation) that only captions or short lines interrupt. Teaser lists alternate a
   headline with one paragraph, so their runs are one line long and lose; a run broken by
   a stray line is mended when the next run continues the same topic. Photos with their
   credits, the items of the article's own lists (under a line ending with a colon, or
   bulleted and enumerated under a paragraph), a caption the page prints twice, a name
   line the article is about, a live blog's time stamps, a listicle's item numbers and
   a Q&A's signed letter do not break a run: on VLSP 2018's articles of many outlets
   (`eval.vlsp_lines`) such lines were what cut articles short (paragraphs kept 0.951 ->
   0.974 on its train part, where these rules were developed; 0.949 -> 0.975 on its
   dev part). Later: a listicle's items quoted without their periods, a live blog's
   entries under a match report with a photo's caption beside an entry's time, the
   steps of a how-to ("Bước 1:" and its items under a sentence ending in "!"), lettered
   items ("a. ..."), and rows of figures printed under each region of a forecast
   ("Nhiệt độ thấp nhất: 22 - 25 độ C", repeated and no teaser): paragraphs kept 0.979
   -> 0.981 on train, 0.981 -> 0.989 on dev (two of these five read from dev articles,
   three from train: neither part is unseen by them; the five labelled pages, the
   layouts and the seeds unchanged). Then, from train: an illustration's label
   ("HÌNH MINH HỌA") and a caption naming the person the passage is about after a short
   title ("TS. Đào Quang Vinh", not only a bare name) part no article: train 0.981 ->
   0.982, dev unchanged at 0.989, and the synthetic layouts flattened to text (built
   from AbMuSu articles, read by none of these rules) 0.937 -> 0.939 of every line.
   And an article's last sentence exclaimed before its byline ("... nhé!", not the
   outlet's "Đừng quên theo dõi ...!"): train 0.982 -> 0.983, dev 0.989 -> 0.990.
   A page that drops its paragraphs' last period, a short page (a headline
   and one sentence) and a photo story (its captions are its text) are read as such.
3. The title is the headline-like line just above the run (or the one above that, when
   the line under it is a long sapo printed without its period); the lead is the paragraph
   right under the title (or one opening with an outlet tag such as "VOV.VN -"); an
   attribution or author line right after the run is the source; short verbless lines
   and lines with a photo credit inside the run are captions. Everything outside the
   article is boilerplate.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from dataclasses import dataclass

from tomtat.cleaning import cues
from tomtat.cleaning.metadata import date_of_line
from tomtat.model import BODY, BOILERPLATE, CAPTION, LEAD, SOURCE, TITLE, Line
from tomtat.text.normalize import UPPER, normalize_line
from tomtat.text.tokens import count_syllables, pos_tags

WIDGET_MAX = 30  # syllables: widgets and headers are short; a paragraph that mentions one is not
PROSE_MIN = 15  # syllables: shorter lines do not anchor a body run
HEADLINE_RANGE = (4, 40)
MAX_GAP = 2  # non-prose lines a body run may skip over
# In trafilatura's output the page's structure has already been read: intertitles, list
# items and short paragraphs follow each other inside the article, so more may stand
# in a row (a list of eight short items stays in the article).
HTML_MAX_GAP = 8
_HTML_SEPARATORS = ("junk",)
# Furniture set inside a body that a run passes over, as it does a photo's credit
_PASSED_OVER = ("inline link", "ad slot", "embed")
_BOX_LINES = ("dated list item", "teaser with timestamp", "section header", "repeated line", "timestamp")
COHERENCE_TO_MERGE = 0.15
COHERENCE_AFTER_BOX = 0.25  # body resuming after a related box must be clearly on topic
# Two lone paragraphs with a caption between them are one photo story's text when they
# share this much: the paragraphs of the photo stories at hand share 0.23-0.36, the
# items of the teaser lists at hand under 0.1.
COHERENCE_PHOTO_STORY = 0.2
SPEAKER_PASSAGE = 45  # syllables: what an expert of a roundup says runs on (a prose line's `n >= 45`)
SIGNATURE_MAX = 12  # syllables of a letter's signature ("Bạn đọc Trần Văn Nam (Bắc Ninh)")
MAX_BOX = 7  # lines of a related-articles box set inside the body
CAPTION_LINE_MAX = 60  # syllables: a longer line with a photo credit is body plus caption
CAPTION_MAX = 25  # syllables: a line inside the body shorter than this may be a caption

# Function syllables ignored when judging whether two passages share a topic.
_STOP = set(
    "và của là có các những được cho với trong đã này một không người khi để đến từ về "
    "tại theo như ra thì mà vào sẽ đó nhiều cũng trên sau năm ngày hai lần bị còn rằng "
    "nên nhưng hay hoặc vì do nếu đang lại hơn rất nó họ chúng tôi ông bà anh chị đây "
    "ấy này kia ở lên xuống qua nhất cùng nay tới việc điều thể làm nói cho biết".split()
)


@dataclass
class _Info:
    number: int
    text: str
    n: int
    hard: str  # why the line is furniture on its own, or ""
    prose: bool
    headline: bool
    caption_cue: bool
    listed: bool = False  # an item of a list the article introduces ("... như sau:")
    interleaved: bool = False  # a short line the page repeats between its paragraphs
    contents_heading: bool = False  # an intertitle a table of contents lists too
    in_contents: bool = False  # a line of such a table of contents
    photo_caption: bool = False  # any print of such a line, wherever it stands
    item_number: bool = False  # the number of a listicle's item ("#3") under its opening
    match_entry: bool = False  # an entry of a match's minute-by-minute report ("Phút 78: ...")
    table_row: bool = False  # a row of a table trafilatura kept ("| Huyện A | 120 | 35 |")


def _content(text: str) -> set[str]:
    return {t for t in re.findall(r"[^\W\d_]+", text.lower()) if t not in _STOP and len(t) > 1}


def coherence(a: str, b: str) -> float:
    """Overlap coefficient of content syllables: shared / size of the smaller passage."""
    ca, cb = _content(a), _content(b)
    return len(ca & cb) / min(len(ca), len(cb)) if ca and cb else 0.0


def _same_title(line: str, title_key: str) -> bool:
    """The page's title as printed: equal, or one contains the other ("Quân khu 2 – X" / "X")."""
    key = cues.key(line)
    if not key or not title_key:
        return False
    if key == title_key:
        return True
    short, long = sorted((key, title_key), key=len)
    return len(short) >= 0.6 * len(long) and short in long


# A row of the article's figures, a label and a value that opens on a number and is
# mostly numbers ("Nhiệt độ thấp nhất: 22 - 25 độ C", "Tỷ số: 2-1", "Giá bán: 12,5
# triệu đồng"): a weather forecast, a price list or a match's facts print one under
# each region, item or team, so the same row may come twice (two regions with one
# forecast) and is no teaser printed again; nor is it a headline, whose part after a
# colon is words ("Thời tiết ngày 15/10: Bắc Bộ mưa rào ...", "Sở X: 80% cửa hàng ...
# đã mở cửa"). Between two paragraphs such rows part nothing.
_DATA_ROW = re.compile(r"^[^:\d]{2,40}:\s*([-+]?\d[^:]*)$")
DATA_ROW_FIGURES = 0.3  # share of the value's words that hold a digit: "22 - 25 độ C" 0.4


def is_data_row(text: str) -> bool:
    m = _DATA_ROW.match(text)
    if m is None:
        return False
    words = m.group(1).split()
    return sum(1 for w in words if any(c.isdigit() for c in w)) >= DATA_ROW_FIGURES * len(words)


def _data_row(info: _Info) -> bool:
    return not info.hard and info.n <= WIDGET_MAX and is_data_row(info.text)


def _hard_boilerplate(text: str, repeats: int, syllables: int) -> str:
    short = syllables <= WIDGET_MAX
    if cues.is_junk(text):
        return "junk"
    if cues.is_inline_link(text):
        return "inline link"  # (before headers: "Xem thêm: <a short headline>" is one too)
    if cues.is_ad_slot(text):
        return "ad slot"  # ("Quảng cáo" also heads a page's block of ads: a header)
    if cues.is_embed(text):
        return "embed"
    if cues.is_breadcrumb(text):
        return "breadcrumb"
    if cues.is_section_header(text):
        return "section header"
    if short and cues.is_follow_widget(text):
        return "follow/share widget"
    if short and cues.is_reading_tool(text):
        return "reading tools"
    if cues.is_timestamp(text):
        return "timestamp"
    if cues.is_spam(text):
        return "spam"
    if repeats > 1 and not (short and is_data_row(text)):
        return "repeated line"
    if short and cues.has_datetime(text) and not cues.is_terminal(text):
        return "teaser with timestamp"
    if cues.is_dated_bullet(text):
        return "dated list item"
    return ""


def _is_verbless(text: str) -> bool:
    return not any(tag.startswith("V") for _, tag in pos_tags(text))


# A sentence ends inside the line and another begins: a paragraph, never a headline.
_INNER_STOP = re.compile(r"[.!?…][”\"’')]?\s+[" + UPPER + "]")
PERIODLESS_SHARE = 0.3  # at most this share of a page's long lines end with a stop...
PERIODLESS_INNER = 2  # ...and this many unfinished long lines hold two sentences or more
PERIODLESS_PROSE = 20  # syllables: then a line this long is prose (past most headlines)


def _periodless(lines: list[tuple[int, str]], syllables: list[int]) -> bool:
    """The page prints its paragraphs without their last period (some outlets' feeds
    and saved copies do): most long lines end unfinished, and several of them hold a
    sentence stop inside, which a headline never does."""
    long = [t for (_, t), n in zip(lines, syllables, strict=True) if n >= PROSE_MIN]
    if len(long) < 3:
        return False
    ended = sum(1 for t in long if cues.is_terminal(t))
    inner = sum(1 for t in long if not cues.is_terminal(t) and _INNER_STOP.search(t))
    return ended <= PERIODLESS_SHARE * len(long) and inner >= PERIODLESS_INNER


# A line that holds sentences, ended and begun inside it ("... làm câu dễ trước. Nhưng
# đề chỉ là tương đối. Có bạn ..."), is prose even when its last one is left unfinished, as
# a sloppy paragraph or a tip under a dash is; menus, teasers and captions are single
# phrases. Two such joins (three sentences) are asked for; a number's stop ("1. Nguyên
# nhân ...2. Cách phòng ...": a table of contents run together) is no sentence's end.
SENTENCES_INSIDE = 2
_SENTENCE_JOIN = re.compile(r"(?<!\d)[.!?…][”\"’')]?\s+[" + UPPER + "]")


# A brand written with a lowercase first letter and a capital after it ("iPhone", "iOS",
# "eKYC") opens a headline as a capitalised word does.
_CAMEL_BRAND = re.compile(r"[a-z]{1,2}[A-Z]")


def _opens_like_a_name(text: str) -> bool:
    return text[:1].isupper() or bool(_CAMEL_BRAND.match(text))


# A table as trafilatura writes it, a row a line: "| Năm | Số học viên |", its header
# underlined by "|---|---|". A row of two cells or more (one cell is a CMS's frame
# around a photo's caption).
_TABLE_ROW = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
_TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-+:?\s*\|)+\s*$")
TABLE_ROW = "row of a table in the article"


def _analyse(lines: list[tuple[int, str]]) -> list[_Info]:
    keys = [cues.key(text) for _, text in lines]
    counts = Counter(keys)
    sizes = [count_syllables(text) for _, text in lines]  # counted once: three tests read them
    periodless = _periodless(lines, sizes)
    infos = []
    seen: set[str] = set()
    for (number, text), key, n in zip(lines, keys, sizes, strict=True):
        repeats = counts[key]
        if repeats > 1 and n >= PROSE_MIN and cues.is_terminal(text) and key not in seen:
            # a paragraph printed twice (the sapo again as the body's first paragraph, a
            # one-sentence paragraph again as a pull quote): its first print is the
            # article's, the next are repeats
            repeats = 1
        seen.add(key)
        hard = _hard_boilerplate(text, repeats, n)
        terminal = cues.is_terminal(text)
        question = text.rstrip("”\"' ").endswith(("?", "!"))
        prose = not hard and (
            (n >= PROSE_MIN and terminal and not (question and n < 30))
            or n >= 45
            or (periodless and n >= PERIODLESS_PROSE)
            or (n >= PROSE_MIN and len(_SENTENCE_JOIN.findall(text)) >= SENTENCES_INSIDE)
        )
        headline = (
            not hard
            and HEADLINE_RANGE[0] <= n <= HEADLINE_RANGE[1]
            and (not terminal or question)
            and _opens_like_a_name(text.lstrip("'\"“‘("))  # (a headline may open on a quotation)
            and not text.rstrip().endswith(":")  # it introduces what follows
            and not is_data_row(text)
            and not cues.is_credit_only(text)  # "Ảnh bìa: Hải Yến" over a long read's headline
        )
        # A long paragraph that ends with a photo credit is body text that swallowed a
        # caption; the sentence cleaner takes the caption out of it.
        caption_cue = n <= CAPTION_LINE_MAX and cues.has_caption_cue(text)
        table_row = bool(_TABLE_ROW.match(text)) and not _TABLE_RULE.match(text)
        if table_row:
            # a row of figures is no junk and its bars no caption's ("Ảnh: X |")
            hard, caption_cue, headline = "", False, False
        infos.append(_Info(number, text, n, hard, prose, headline, caption_cue, table_row=table_row))
    _mark_lists(infos)
    _mark_listicle(infos)
    _mark_interleaved(infos)
    _mark_contents_headings(infos)
    _mark_match_entries(infos)
    return infos


# A match reported minute by minute: each entry opens on the minute of play ("Phút 78 -
# Bàn thắng: ...", "Phút 45+1: Hết hiệp một", "(90+4'): X vào thay Y"), short or long,
# newest first or oldest first, between the report's paragraphs and headings of the
# halves. A page with MATCH_ENTRIES such lines is one: its entries are the article's
# text, however short, and none is a headline.
_MINUTE = r"\d{1,3}(?:\s?\+\s?\d{1,2})?"  # "78", "45+1", "90 + 4"
_MATCH_MINUTE = re.compile(rf"^\s?(?:phút\s?{_MINUTE}\b|\(\s?{_MINUTE}\s?'?\s?\))", re.I)
MATCH_ENTRIES = 4  # as many as a live blog's stamps (`LIVE_BLOG_STAMPS`)


def _mark_match_entries(infos: list[_Info]) -> None:
    """Mark the entries, and the short lines between the first entry and the last that
    are no furniture or byline: an entry's second line, a half's heading ("Hiệp phụ thứ
    nhất"), the score ("Tỉ số 1-1")."""
    at = [k for k, i in enumerate(infos) if not i.hard and _MATCH_MINUTE.match(i.text)]
    if len(at) < MATCH_ENTRIES:
        return
    for k in range(at[0], at[-1] + 1):
        info = infos[k]
        if k in at or not (info.hard or cues.looks_like_byline(info.text) or info.caption_cue):
            info.match_entry = True
            info.headline = False


CONTENTS_MIN = 2  # headings a table of contents lists, one after another


def _mark_contents_headings(infos: list[_Info]) -> None:
    """A long read lists its intertitles in a table of contents before the body ("Nội dung
    chính": one short line per section), so each intertitle is printed twice: the list's
    lines stay furniture, the same headings elsewhere (between the body's paragraphs) are
    the article's intertitles, not repeats."""
    short_repeat = [
        i.hard == "repeated line" and i.n <= WIDGET_MAX and not cues.is_terminal(i.text) for i in infos
    ]
    listed: set[str] = set()
    k = 0
    while k < len(infos):
        j = k
        block: set[str] = set()  # (a heading listed twice ends the list: the body's first)
        while j < len(infos) and short_repeat[j] and cues.key(infos[j].text) not in block:
            block.add(cues.key(infos[j].text))
            j += 1
        if j - k >= CONTENTS_MIN:
            listed.update(cues.key(infos[m].text) for m in range(k, j))
            for m in range(k, j):
                infos[m].in_contents = True
        k = max(j, k + 1)
    for info in infos:
        if listed and not info.in_contents and cues.key(info.text) in listed:
            info.hard = ""  # the heading in the body: an intertitle
            info.contents_heading = True


INTERLEAVED_MIN = 2  # times a short line stands between two paragraphs: once may be chance


def _mark_interleaved(infos: list[_Info]) -> None:
    """Mark a short line the page prints again and again between two of its
    paragraphs: the caption a photo story repeats under each photo, or a separator.
    A teaser list never sets one line between two paragraphs; comments set their
    repeated "Trả lời" between a paragraph and a reader's name. Two paragraphs of one
    article can share few words (an overlap of 0.12 between the paragraphs of one
    photo story), so the repeated line, not the topic, says the article goes on."""
    places: dict[str, list[int]] = {}
    for k, info in enumerate(infos):
        if info.hard == "repeated line" and info.n <= CAPTION_MAX and not cues.looks_like_byline(info.text):
            places.setdefault(cues.key(info.text), []).append(k)
    for ks in places.values():
        between = [k for k in ks if 0 < k < len(infos) - 1 and infos[k - 1].prose and infos[k + 1].prose]
        if len(between) >= INTERLEAVED_MIN:
            for k in between:
                infos[k].interleaved = True
            for k in ks:
                infos[k].photo_caption = True


# A list item of the article: short, and shaped like one (a bullet, a figure, or a
# "label: value" pair), e.g. a price table's rows or a round's results.
_ITEM = re.compile(r"^\s*(?:[-+•*–]\s|\d)|\d|\w:\s")
# A bulleted or enumerated item ("+ Camera sau 12 MP", "2. Phạm tội ...", "a) Có tổ
# chức;", "b. Vận tốc ..."): the marker says it is one, whatever its length.
_MARKED = re.compile(r"^\s*(?:[-+•*–]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)")
MAX_LIST = 15  # items of one list: results of a round, rows of a price table
MAX_MARKED_LIST = 40  # marked items of one list: a law's clauses and points, a spec sheet


def _mark_lists(infos: list[_Info]) -> None:
    """Mark the items of the article's own lists: the lines under one that introduces a
    list (it ends with a colon), however short, and the bulleted or enumerated lines
    right under a paragraph. They are the article's table or list, not teaser headlines
    (those carry no bullets and follow no paragraph of the article)."""
    k = 0
    while k < len(infos):
        intro = infos[k]
        colon = intro.text.rstrip().endswith(":") and intro.n <= WIDGET_MAX * 2
        if intro.hard or not (colon or intro.prose):
            k += 1
            continue
        j = k + 1
        while j < len(infos) and not infos[j].hard:
            item = infos[j]
            marked = bool(_MARKED.match(item.text)) and item.n <= WIDGET_MAX * 2
            plain = colon and not item.prose and item.n <= WIDGET_MAX and bool(_ITEM.search(item.text))
            if not (marked and j - k <= MAX_MARKED_LIST) and not (plain and j - k <= MAX_LIST):
                break
            item.listed = True
            j += 1
        k = max(j, k + 1)


LISTICLE_MIN = 3  # numbered items, 1, 2, 3 ..., under a paragraph


def _mark_listicle(infos: list[_Info]) -> None:
    """A listicle numbers its items on lines of their own ("#1", "2.", "(3)"), from 1,
    under the paragraph or sentence that opens it; an item is often a post or a tip
    quoted without its period ("Con tôi xin uống nước lần thứ tư ..."). The lines between two numbers, and up
    to `MAX_GAP` after the last, are the article's: a sentence-long one is a paragraph,
    a shorter one (a line of a quoted dialogue) an item line. A teaser list numbers its
    headlines under a header, not under a paragraph."""
    numbers = [
        (k, int(m.group(1) or m.group(2)))
        for k, info in enumerate(infos)
        if (m := _ITEM_NUMBER.match(info.text))
    ]
    k = 0
    while k < len(numbers):
        first, value = numbers[k]
        opening = infos[first - 1] if first else None
        if value != 1 or opening is None or not (
            opening.prose or _short_sentence(opening) or opening.text.rstrip().endswith(":")
        ):
            k += 1
            continue
        j = k
        while j + 1 < len(numbers) and numbers[j + 1][1] == numbers[j][1] + 1:
            j += 1
        if j - k + 1 >= LISTICLE_MIN:
            for n in range(k, j + 1):
                infos[numbers[n][0]].item_number = True
            last = numbers[j][0]
            stop = min(len(infos), last + 1 + MAX_GAP)
            for m in range(first + 1, stop):
                info = infos[m]
                closing = cues.looks_like_byline(info.text) or cues.looks_like_name_line(info.text)
                if m > last and (info.hard or closing or (m > last + 1 and info.headline)):
                    break  # the last item ends at furniture, a byline or a headline
                if info.hard:
                    continue
                if info.n >= SHORT_SENTENCE_MIN:
                    info.prose = True
                else:
                    info.listed = True
        k = j + 1


SHORT_SENTENCE_MIN = 6  # syllables: "Trận đấu kết thúc." and longer


# The outlet asking the reader to follow, subscribe, like or read on ("Đừng quên theo
# dõi X để cập nhật ...!", "Mời bạn đón đọc kỳ tới!", "Nhấn like fanpage ...!")
_CALL_TO_FOLLOW = re.compile(r"\b(?:theo dõi|đăng ký|đón đọc|like|follow|bấm|nhấn|chia sẻ)\b", re.I)


def _closing_exclamation(infos: list[_Info], k: int) -> bool:
    """Line k closes the article with an exclamation ("Hãy thử ngay tối nay
    nhé!"): a sentence ending in "!" right before the author's name,
    furniture or the page's end. A teaser headline ending so stands among other
    headlines, not before a byline."""
    info = infos[k]
    if info.hard or info.n < SHORT_SENTENCE_MIN or not info.text.rstrip("”\"' ").endswith("!"):
        return False
    if _CALL_TO_FOLLOW.search(info.text):
        return False  # ("Đừng quên theo dõi <báo> ...!": the outlet speaks, not the article)
    if k + 1 == len(infos):
        return True
    after = infos[k + 1]
    return bool(after.hard) or cues.looks_like_byline(after.text) or cues.looks_like_name_line(after.text)


def _short_sentence(info: _Info) -> bool:
    """A paragraph of one short sentence ("Thủ môn không kịp phản ứng."): sports and
    show-business pages print many; a teaser headline, a caption or a name carries no
    full stop."""
    return (
        not info.hard
        and info.n >= SHORT_SENTENCE_MIN
        and cues.ends_with_period(info.text)
        and not info.caption_cue
        and not cues.looks_like_byline(info.text)
        and not cues.looks_like_name_line(info.text)
    )


def _runs(infos: list[_Info], html: bool = False) -> list[tuple[int, int]]:
    """(first, last) indices of runs of prose lines with small, harmless gaps. In
    `html` mode (lines trafilatura kept as the main content) a short line is an
    intertitle or a list item of the article, not a teaser: only furniture cues and the
    author's name end a run."""
    runs: list[tuple[int, int]] = []
    max_gap = HTML_MAX_GAP if html else MAX_GAP
    i = 0
    while i < len(infos):
        if not infos[i].prose:
            i += 1
            continue
        start = end = i
        j = i + 1
        gap = 0
        while j < len(infos) and gap <= max_gap:
            info = infos[j]
            if info.prose:
                end, gap = j, 0
            elif info.listed:
                end = j  # a list the article introduced: no gap, however long
            elif _short_sentence(info):
                end = j  # a short paragraph of one sentence: the article goes on
            elif _closing_exclamation(infos, j):
                end = j  # the article's last word, exclaimed, before its byline
            elif _data_row(info):
                pass  # a row of figures: no gap; the article goes on if a paragraph follows
            elif info.match_entry:
                end = j  # the next entry of a match reported minute by minute
            elif info.interleaved:
                end = j  # a caption or separator the page repeats between its paragraphs
            elif cues.interview_question(info.text) and j + 1 < len(infos) and infos[j + 1].prose:
                end = j  # an interviewer's question: the interview goes on with its answer
            elif info.caption_cue and not info.hard and not cues.looks_like_byline(info.text):
                # a photo with its credit: illustrated articles and photo stories print
                # one after another inside the body, however many
                end = j
            elif html and info.hard in _HTML_SEPARATORS:
                gap += 1  # a separator or stray mark inside the article: dropped, not an end
            elif (
                info.hard
                or (info.headline and not info.caption_cue and not html)
                or cues.looks_like_byline(info.text)
                or cues.looks_like_name_line(info.text)
            ):
                break  # furniture, a teaser headline, or the author's name closing the body
            else:
                gap += 1
            j += 1
        # the rows of figures under a table's last paragraph are the table's
        # (the temperatures under the last region's forecast)
        if any(_data_row(infos[k]) for k in range(start, end + 1)):
            while end + 1 < len(infos) and _data_row(infos[end + 1]):
                end += 1
        runs.append((start, end))
        i = end + 1
    return runs


def _run_text(infos: list[_Info], run: tuple[int, int]) -> str:
    return " ".join(i.text for i in infos[run[0] : run[1] + 1])


def _prose_lines(infos: list[_Info], run: tuple[int, int]) -> int:
    return sum(1 for i in infos[run[0] : run[1] + 1] if i.prose)


def _is_related_box(gap: list[_Info]) -> bool:
    """A related-articles box inside the body: a section header, then a few teaser
    headlines (possibly printed twice), and no paragraph."""
    return (
        1 <= len(gap) <= MAX_BOX
        and gap[0].hard == "section header"
        and all(g.headline or g.hard in ("repeated line", "section header") for g in gap[1:])
    )


def _repeated_caption(info: _Info) -> bool:
    """A repeat of a caption, or of a paragraph printed before (see `_analyse`)."""
    if info.hard != "repeated line" or cues.looks_like_byline(info.text):
        return False
    return info.n <= CAPTION_MAX or info.n > WIDGET_MAX


# The number of a listicle's item alone on its line ("#3", "3.", "(3)"): the list goes on.
_ITEM_NUMBER = re.compile(r"^\s*(?:#\s?(\d{1,3})|\(?(\d{1,3})[.):]?\)?)\s*$")


# A question an interviewer asks, labelled as interviews print it ("PV: ...?", "Phóng
# viên: ...?"), or put to the one interviewed by the way they are addressed, after the
# dash that opens every turn of a printed interview ("- Thưa ông, ...?"); its answer
# under it.
_ADDRESSED = "ông|bà|anh|chị|cô|thầy|bác|chú|ngài|đồng chí|giáo sư|tiến sĩ|bác sĩ|luật sư|đại biểu|bộ trưởng"
# (a readers' column labels its questions "Hỏi: ...?", "Câu hỏi: ...?", the answers "Đáp:")
_REPORTER_ASKS = re.compile(
    rf"^\s*(?:[-–]?\s*(?:PV|P\.V|[Pp]hóng viên|[Hh]ỏi|[Cc]âu hỏi)\s*:|[-–]\s*[Tt]hưa\s+(?:{_ADDRESSED})\b)"
    r".*\?[\s”\"]*$"
)


def _stamp(info: _Info) -> bool:
    """A line that is only a date or time (a live blog entry's, a list item's; a time
    of day alone: "10:45"), or a time and a short heading ("• 14:40 U16 Việt Nam khởi
    đầu ấn tượng": an entry's)."""
    if info.hard in ("timestamp", "dated list item", "teaser with timestamp"):
        return True
    return info.hard == "junk" and (cues.has_datetime(info.text) or cues.is_time_only(info.text))


# A live blog prints each entry under the time it went up, alone on its line, newest
# first (or oldest first), a dozen or more to a page; a page with this many lone times
# of day, all in one order, is read as one. Entries of one live blog follow the event
# from many sides (a match's goals and cards, a storm's provinces), so two entries next
# to each other often share few words: on such a page an entry joins the one before
# whatever its words, when only its time and a short heading part them. Times listed
# under a section header after the article ("Tin mới nhất": a time, a headline, a
# sapo, and again) are another list's, and end the live blog.
LIVE_BLOG_STAMPS = 4


def _live_blog_end(infos: list[_Info]) -> int | None:
    """Where the page's live blog ends (the first section header after a paragraph, or
    the page's end), when the lines above hold at least `LIVE_BLOG_STAMPS` lines that
    are only a time of day, in one order (each no later than the one before, or each no
    earlier); None when the page is no live blog."""
    times: list[int] = []
    end, seen_prose = len(infos), False
    for k, info in enumerate(infos):
        if seen_prose and info.hard == "section header":
            end = k
            break
        seen_prose = seen_prose or info.prose
        t = cues.minutes_of_day(info.text)
        if t is not None:
            times.append(t)
    if len(times) < LIVE_BLOG_STAMPS:
        return None
    steps = [b - a for a, b in zip(times, times[1:], strict=False)]
    return end if all(d <= 0 for d in steps) or all(d >= 0 for d in steps) else None


def _entry_gap(gap: list[_Info]) -> bool:
    """What parts two entries of a live blog: the second entry's time, alone on its
    line, and at most `MAX_GAP` lines of its heading (a name and a title over what they
    said, an intertitle), none of them furniture or a byline. Before that time, the
    gap may hold the signature of the entry above it ("Thực hiện: Minh Anh") and the
    times of entries that were only a signature: a reporter signing an entry does not
    end the blog."""
    times = [k for k, g in enumerate(gap) if cues.minutes_of_day(g.text) is not None]
    if not times or len(gap) > 2 + MAX_GAP:
        return False
    last = times[-1]
    signed, heading = gap[:last], gap[last + 1 :]
    return (
        len(heading) <= MAX_GAP
        and all(not g.hard and not cues.looks_like_byline(g.text) for g in heading)
        and all(k in times or (not g.hard and cues.looks_like_byline(g.text)) for k, g in enumerate(signed))
    )


def _photo_line(info: _Info) -> bool:
    """A short line that is no furniture: a photo's caption or a table's name between an
    entry's stamp and the text ("Diễn biến chính", "Đội hình ra sân.")."""
    return (
        not info.hard
        and info.n <= CAPTION_MAX
        and not cues.looks_like_byline(info.text)
        and not cues.looks_like_name_line(info.text)
    )


SUBJECT_TITLE_WORDS = 3  # "Nhiếp ảnh gia", "Phó giáo sư", "TS."
# The name that ends a short line ("TS. Đào Quang Vinh", "Nhiếp ảnh gia Phí Văn Tâm"):
# two to five capitalised syllables
_TRAILING_NAME = re.compile(rf"(?:[{UPPER}][\w-]*\s+){{1,4}}[{UPPER}][\w-]*\s*$")


def _subject_name(info: _Info, passage: str) -> bool:
    """A photo's caption that names the person the passage is about, maybe with a title
    ("Ông Nguyễn Văn A", "TS. Đào Quang Vinh", "Nhiếp ảnh gia Phí Văn Tâm"): the name is
    in the passage; an author's name is not in their own article."""
    text = info.text.strip()
    if info.hard or info.n > SIGNATURE_MAX or cues.is_terminal(text):
        return False
    if cues.looks_like_name_line(text) and " " in text and text in passage:
        return True
    # (a title of a few words before it, no more: "Đèn hoa đăng trên sông ở phố cổ Hội
    # An" is a caption of a scene, its place no person)
    m = _TRAILING_NAME.search(text)
    return (
        m is not None
        and len(text[: m.start()].split()) <= SUBJECT_TITLE_WORDS
        and cues.key(m.group(0)) in cues.key(passage)
    )


# A gallery's count over each photo ("1/4", "12 / 20"), alone on its line
_PHOTO_COUNT = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}\s*$")


def _photo_count(info: _Info) -> bool:
    return bool(_PHOTO_COUNT.match(info.text))


def _update_mark(info: _Info) -> bool:
    """The time a developing story was updated, over what was added ("Cập nhật lúc 15:30
    ngày 18/7:", "14h20:"): the story goes on under it."""
    return info.hard == "timestamp" and (
        info.text.rstrip().endswith(":") or cues.key(info.text).startswith("cập nhật")
    )


POLL_OPTION_WORDS = 5  # words of a poll's option ("Đồng ý", "Không đồng ý", "Ý kiến khác")
POLL_OPTIONS_READ = 6  # lines under a question read as its options, at most


def _opens_a_poll(infos: list[_Info], k: int) -> bool:
    """Line k is a question put to the reader with at least two short options under it,
    none a sentence: a poll set after the article."""
    if not infos[k].text.rstrip().endswith("?"):
        return False
    options = 0
    for info in infos[k + 1 : k + 1 + POLL_OPTIONS_READ]:
        if cues.is_terminal(info.text) or len(info.text.split()) > POLL_OPTION_WORDS:
            break
        options += 1
    return options >= 2


def _merge(
    infos: list[_Info], runs: list[tuple[int, int]], html: bool = False, signed: set[int] | None = None
) -> tuple[list[tuple[int, int]], set[int]]:
    """Join a run to the next when the next carries on the same topic and what parts
    them is harmless: a line or two (an intertitle, a caption without a credit), or a
    related-articles box set inside the body. Returns the runs and the box lines."""
    merged: list[tuple[int, int]] = []
    boxes: set[int] = set()
    live_blog_end = _live_blog_end(infos)
    run_keys: set[str] = set()
    for run in runs:
        if merged:
            a, b = merged[-1]
            gap = infos[b + 1 : run[0]]
            topic = coherence(_run_text(infos, run), _run_text(infos, (a, b)))
            # a credit under a figure or a separator inside the article parts two runs
            # that go on with the same topic; any other furniture closes the article
            # A short line the page prints twice between two passages on one topic is
            # the caption of two photos ("Ông X", "Tranh: Y"), not a teaser list (those
            # stand outside the body) nor the author (named once, at the end).
            # A name alone on its line that the article itself is about (it is in the
            # passage above) captions a photo of that person; an author is not named
            # in their own article.
            before = _run_text(infos, (a, b))
            credits = any(
                cues.is_figure_credit(g.text) or _repeated_caption(g) or _subject_name(g, before) for g in gap
            )
            numbered = bool(gap) and all(_ITEM_NUMBER.match(g.text) for g in gap)
            # a photo's credit, or a caption the page sets between its paragraphs again
            # and again, is not a gap of the text: a photo story sets one over and one
            # under an intertitle ("caption / intertitle / caption"). A teaser printed
            # twice is no such caption: it never stands between two paragraphs.
            # (a link to another article set between two paragraphs is passed over the
            # same way: "Xem thêm: ...")
            # (... and the article's own sentence set again, large, in a box: a pull quote)
            pulled = [g for g in gap if g.hard == "repeated line" and cues.key(g.text) in run_keys]
            pictures = [
                g
                for g in gap
                if cues.is_figure_credit(g.text)
                or g.photo_caption
                or g.hard in _PASSED_OVER
                or _photo_count(g)
                or _update_mark(g)
            ] + pulled
            small_gap = (
                len(gap) - len(pictures) <= MAX_GAP
                and not any(
                    not cues.is_figure_credit(g.text)
                    and g.hard not in _PASSED_OVER
                    and not _photo_count(g)
                    and not _update_mark(g)
                    and g not in pulled
                    and not _repeated_caption(g)
                    and not _subject_name(g, before)
                    and not _ITEM_NUMBER.match(g.text)
                    and (g.hard or cues.looks_like_byline(g.text) or cues.looks_like_name_line(g.text))
                    for g in gap
                )
                and topic >= (COHERENCE_AFTER_BOX if credits and not numbered else COHERENCE_TO_MERGE)
                and (
                    run[1] > run[0]
                    or b > a
                    or numbered  # a listicle's items, each a paragraph under its number
                    # two lone paragraphs a caption parts: a photo story's text, if the
                    # two clearly share a topic (a teaser list's items do not)
                    or (len(gap) == 1 and gap[0].n <= CAPTION_MAX and topic >= COHERENCE_PHOTO_STORY)
                )
            )
            box = _is_related_box(gap) and _prose_lines(infos, run) >= 2 and topic >= COHERENCE_AFTER_BOX
            if html and not box:
                # inside trafilatura's main content, a short list of dated teasers or a
                # related header between two passages is a box set into the article
                box = (
                    1 <= len(gap) <= MAX_BOX
                    and all(g.hard in _BOX_LINES for g in gap)
                    and _prose_lines(infos, run) >= 2
                )
            # inside trafilatura's main content, a name (and a title) heading a long
            # passage on the same topic is an expert roundup ("PGS.TS X" / "Viện
            # trưởng ..." / what X said), not the author closing the article; in the
            # flattened form only when the name carries what no writer signs with
            # (`_titled_speaker`)
            speaker = (
                (html or _titled_speaker(gap))
                and 1 <= len(gap) <= 2
                and cues.looks_like_name_line(gap[0].text)
                and all(not g.hard and not cues.is_terminal(g.text) for g in gap)
                and sum(i.n for i in infos[run[0] : run[1] + 1] if i.prose) >= SPEAKER_PASSAGE
                and topic >= COHERENCE_AFTER_BOX
            )
            # a reader's letter signed, then the expert who answers it ("Chuyên gia
            # tâm lý X:", "Luật sư Y trả lời:"), maybe a greeting, then the answer: one
            # Q&A article
            answer = (
                1 <= len(gap) <= MAX_GAP + 1
                and any(g.text.rstrip().endswith(":") and g.n <= WIDGET_MAX for g in gap[-2:])
                and all(not g.hard for g in gap)
                and sum(i.n for i in infos[run[0] : run[1] + 1] if i.prose) >= SPEAKER_PASSAGE
                and topic >= COHERENCE_AFTER_BOX
            )
            # an interview: the reporter's question, labelled so ("PV: Vì sao ...?"),
            # between two answers, maybe under an intertitle or the next one asked (a
            # roundup of several experts); no teaser list or box is labelled so
            asked = (
                1 <= len(gap) <= 1 + MAX_GAP
                and bool(_REPORTER_ASKS.match(gap[-1].text))
                and all(not g.hard and not cues.looks_like_byline(g.text) for g in gap)
            )
            # a live blog: each entry under (or over) the time it was posted, maybe
            # with a photo's caption or a table's name beside the time (a match
            # report above its minute-by-minute entries: "Đội hình ra sân.", then
            # the first entry's time and heading)
            stamped = (
                (
                    (1 <= len(gap) <= MAX_GAP and all(_stamp(g) for g in gap))
                    or (
                        1 <= len(gap) <= 2 * MAX_GAP
                        and any(_stamp(g) and cues.opens_with_time(g.text) for g in gap)
                        and sum(1 for g in gap if not _stamp(g)) <= MAX_GAP
                        and all(_stamp(g) or _photo_line(g) for g in gap)
                    )
                )
                and topic >= COHERENCE_TO_MERGE
            ) or (live_blog_end is not None and run[1] < live_blog_end and _entry_gap(gap))
            # the article's own list goes on from the passage above ("Bạn cần chuẩn bị
            # ...!", "Bước 1:", its items, "Bước 2:", ...): the items are the article's
            # wherever they stand, and the lines that introduce them are not a teaser list
            listing = (
                any(g.listed for g in gap)
                and infos[run[0]].listed
                and sum(1 for g in gap if not g.listed) <= MAX_GAP
                and all(
                    g.listed
                    or (
                        not g.hard
                        and not cues.looks_like_byline(g.text)
                        and not cues.looks_like_name_line(g.text)
                    )
                    for g in gap
                )
                # (read with the lines that introduce the list: they are its words too)
                and coherence(" ".join([*(g.text for g in gap), _run_text(infos, run)]), before)
                >= COHERENCE_TO_MERGE
            )
            if answer and signed is not None:
                intro = max(k for k in range(b + 1, run[0]) if infos[k].text.rstrip().endswith(":"))
                signed.update(
                    k
                    for k in range(b + 1, intro)
                    if not cues.is_terminal(infos[k].text) and infos[k].n <= SIGNATURE_MAX
                )
            # inside trafilatura's main content, passages on one topic parted only by
            # short lines with no furniture cue (intertitles, captions, separators) are
            # one article, single paragraphs too
            inside = (
                html
                and 1 <= len(gap) <= HTML_MAX_GAP
                and all(
                    (not g.hard or g.hard in _HTML_SEPARATORS or g.hard in _PASSED_OVER)
                    and not cues.looks_like_byline(g.text)
                    and not cues.looks_like_name_line(g.text)
                    for g in gap
                )
                and topic >= COHERENCE_TO_MERGE
            )
            # the items of a listicle, each under its number: their words differ (tips,
            # posts), the numbers say the list goes on
            items = (
                bool(gap)
                and all(g.item_number or g.listed for g in gap)
                and any(g.item_number for g in gap)
            )
            if small_gap or box or speaker or answer or asked or stamped or inside or listing or items:
                merged[-1] = (a, run[1])
                run_keys.update(cues.key(infos[i].text) for i in range(run[0], run[1] + 1))
                if box:
                    boxes.update(range(b + 1, run[0]))
                continue
        merged.append(run)
        run_keys = {cues.key(infos[i].text) for i in range(run[0], run[1] + 1)}  # the lines of the last run
    return merged, boxes


def _widget(infos: list[_Info], k: int) -> bool:
    """Line k is what a page sets between two paragraphs of its article: an ad slot, a
    link to another article, an embed, or the credit right under such a line or a photo
    ("Video: ..." then "Nguồn: VTV24": the video's source, not the article's)."""
    info = infos[k]
    if info.hard in _PASSED_OVER:
        return True
    after_figure = k > 0 and (infos[k - 1].hard in _PASSED_OVER or infos[k - 1].photo_caption)
    return after_figure and cues.is_figure_credit(info.text)


def _bridged(infos: list[_Info], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A lone paragraph with widgets (`_widget`) on both sides joins the runs around it
    when those two share the topic: one paragraph between an ad slot and a video shares
    few words with either neighbour (a heat wave's paragraph on one country between
    paragraphs on others), but the passages around it tell one story. `_merge`, which
    weighs two neighbours at a time, keeps the three apart."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(runs):
        if out and k + 1 < len(runs) and runs[k][0] == runs[k][1]:
            before, lone, after = out[-1], runs[k], runs[k + 1]
            gaps = [*range(before[1] + 1, lone[0]), *range(lone[1] + 1, after[0])]
            if all(_widget(infos, g) for g in gaps) and (
                coherence(_run_text(infos, after), _run_text(infos, before)) >= COHERENCE_TO_MERGE
            ):
                out[-1] = (before[0], after[1])
                k += 2
                continue
        out.append(runs[k])
        k += 1
    return out


def _pick_run(infos: list[_Info], runs: list[tuple[int, int]], known_title: str | None) -> tuple[int, int]:
    def weight(run: tuple[int, int]) -> tuple[int, int]:
        size = sum(infos[k].n for k in range(run[0], run[1] + 1) if infos[k].prose)
        lines = sum(1 for k in range(run[0], run[1] + 1) if infos[k].prose)
        return (size if lines > 1 else size // 3, -run[0])

    if known_title:
        tkey = cues.key(known_title)
        for k, info in enumerate(infos):
            if _same_title(info.text, tkey):
                after = [r for r in runs if r[0] > k]
                if after:
                    return max(after, key=weight)
    return max(runs, key=weight)


def _lead_above_box(infos: list[_Info], start: int, end: int, boxes: set[int]) -> tuple[int, int | None]:
    """Where the article starts when a box of teasers (related or latest articles, a
    photo) parts its sapo from its body, as flattened pages print them: headline, date,
    sapo, box, body. The sapo is a prose line above the box, under a headline (meta lines
    between), on the body's topic; the box lines join `boxes`. Returns the article's
    first line and, when the sapo is found, the headline above it."""
    k = start - 1
    box = []
    # (a table of contents between the sapo and the body counts as one line of the box)
    while k >= 0 and sum(not infos[b].in_contents for b in box) <= MAX_BOX and not infos[k].prose:
        box.append(k)
        k -= 1
    if not box or sum(not infos[b].in_contents for b in box) > MAX_BOX or k < 0 or infos[k].hard:
        return start, None
    if any(not infos[b].hard and cues.looks_like_byline(infos[b].text) for b in box):
        return start, None
    m = k - 1
    while m >= 0 and infos[m].hard and k - m <= MAX_GAP + 1:  # date, "Chia sẻ"
        m -= 1
    if m < 0 or not infos[m].headline:
        return start, None
    if coherence(infos[k].text, _run_text(infos, (start, end))) < COHERENCE_TO_MERGE:
        return start, None
    boxes.update(box)
    return k, m


# Lines the headline may stand above the body run by, besides the page's tools, times and
# junk between them (an author's box, an audio player, the text size: `_BETWEEN_HEADLINE_AND_BODY`)
TITLE_REACH = 4
_BETWEEN_HEADLINE_AND_BODY = ("junk", "timestamp", "reading tools")


def _find_title(infos: list[_Info], start: int, known_title: str | None) -> int | None:
    """Index of the headline just above the body run, skipping captions and meta lines."""
    if known_title:
        tkey = cues.key(known_title)
        for k in range(start - 1, -1, -1):
            if _same_title(infos[k].text, tkey):
                return k
    reach = TITLE_REACH
    for k in range(start - 1, -1, -1):
        info = infos[k]
        if info.hard in _BETWEEN_HEADLINE_AND_BODY:
            continue
        reach -= 1
        if reach < 0:
            break
        if cues.reporter_question(info.text):
            continue  # "PV: ...?": an interview's first question, under its headline
        if _headline_like(info):
            if known_title:
                return None
            above = _headline_over_sapo(infos, k)
            return k if above is None else above
        if info.hard == "" or info.caption_cue:
            continue
        if info.hard == "teaser with timestamp" and (
            cues.signed_with_stamp(info.text) is not None or date_of_line(info.text) is not None
        ):
            # the author and the time under the headline ("Minh Anh | 18/07/2022 08:30"),
            # the date line with the section and the views ("VIDEO · 18/07/2022 · 1.234 lượt xem")
            continue
        break
    return None


def _headline_like(info: _Info) -> bool:
    return info.headline and not info.caption_cue and not cues.looks_like_byline(info.text)


def _headline_over_sapo(infos: list[_Info], k: int) -> int | None:
    """When the headline-like line `k` over the body sits right under a paragraph, which
    sits under another headline-like line (maybe with the time between): the page's
    headline, its sapo, then an intertitle opening the body. The upper one's index."""
    j = k - 1
    while j >= 0 and infos[j].hard in _BETWEEN_HEADLINE_AND_BODY:
        j -= 1
    if j < 1 or not infos[j].prose or infos[j].hard or not cues.is_terminal(infos[j].text):
        return None
    if not _heading_phrase(infos[k].text):
        return None  # (a headline in title case or capitals stays the headline)
    for h in range(j - 1, max(-1, j - 1 - TITLE_REACH), -1):
        info = infos[h]
        if info.hard in _BETWEEN_HEADLINE_AND_BODY or (
            info.hard == "teaser with timestamp" and date_of_line(info.text) is not None
        ):
            continue
        if not info.hard and _headline_like(info):
            return h
        return None
    return None


# A pull quote: a sentence of a paragraph set again, large, a few paragraphs further on
# ("“...”" in a box). Looked for in the last PULL_QUOTE_REACH paragraphs (outlets set it
# next to its paragraph; the bound keeps the search linear on a long page).
PULL_QUOTE_REACH = 8
PULL_QUOTE_MIN = 8  # syllables: a shorter line says too little to be told from a phrase
PULL_QUOTE_MAX = 80


_QUOTED_LINE = re.compile(r"^\s*[“\"«][^“”\"«»]+[”\"»]\s*$")


def _pull_quote(info: _Info, recent: deque[str]) -> bool:
    """The line is a sentence in quotation marks, alone, that a paragraph just above
    already holds word for word: the words are kept there, the line is the page's
    ornament. (Without the marks a sentence printed twice is the text's own repetition,
    which the articles of the dev sets have: a closing paragraph restating one above.)"""
    if not PULL_QUOTE_MIN <= info.n <= PULL_QUOTE_MAX or not _QUOTED_LINE.match(info.text):
        return False
    own = f" {cues.key(info.text)} "
    return any(own in paragraph and own != paragraph for paragraph in recent)


SHORT_PAGE_LINES = 4  # lines that are not furniture on their own: a title, a sapo, a credit
SHORT_LEAD_MIN = 8  # syllables: the shortest lead `classify_lines` takes anywhere


def _short_page(infos: list[_Info]) -> tuple[int, int] | None:
    """A page whose article is a headline and one sentence under it (a video or photo
    page, or a brief whose sapo is a question): no prose run, but a reader sees the
    article. (title, lead) indices, or None. Only on a page of a few lines, so that a
    list of teasers is never read as one."""
    soft = [k for k, i in enumerate(infos) if not i.hard]
    if not soft or len(soft) > SHORT_PAGE_LINES:
        return None
    for a, b in zip(soft, soft[1:], strict=False):
        head, lead = infos[a], infos[b]
        if (
            head.headline
            and not head.caption_cue
            and lead.n >= SHORT_LEAD_MIN
            and not lead.caption_cue
            and not cues.looks_like_byline(lead.text)
            and cues.is_terminal(lead.text)  # a stop, "?" or "!"
        ):
            return a, b
    return None


STACKED_SAPO_MIN = 20  # syllables: a headline-like line this long under another is the sapo


def _stacked_title(infos: list[_Info], k: int) -> int | None:
    """The title above a sapo printed without its final period: two headline-like
    lines stacked (meta lines between), the lower one long (`STACKED_SAPO_MIN`, past
    most headlines, whose median is 11-14 syllables) and longer than the upper one."""
    if infos[k].n < STACKED_SAPO_MIN:
        return None
    m = k - 1
    while m >= 0 and infos[m].hard in ("junk", "timestamp") and k - m <= MAX_GAP:
        m -= 1
    if m < 0:
        return None
    up = infos[m]
    if up.headline and not up.caption_cue and not cues.looks_like_byline(up.text) and up.n < infos[k].n:
        # ... unless it is the last of a list of headlines (a side column of teasers over
        # a long headline): a headline stands under the page's menu or path, not under another
        above = m - 1
        while above >= 0 and infos[above].hard in ("junk", "timestamp"):
            above -= 1
        if above >= 0 and infos[above].headline and not infos[above].caption_cue:
            return None
        return m
    return None


PHOTO_STORY_MIN = 3  # captioned photos: fewer are an illustrated article's
PHOTO_CAPTION_MIN = 4  # syllables of a caption's own words ("Lính Mỹ trên trận địa.")
PHOTO_STORY = "photo story: its captions are its text"


def _photo_story(infos: list[_Info], labels: list[tuple[str, str]], start: int, end: int) -> None:
    """A photo story ("Ảnh hiếm ...": a lead, then photo after photo, each with a
    sentence and its credit) tells its story in its captions: when the article's
    captioned sentences outnumber its paragraphs, they are its body (the credit goes,
    `cues.strip_credit`)."""
    captioned = [
        k
        for k in range(start, end + 1)
        if labels[k][0] == CAPTION
        and infos[k].caption_cue
        and count_syllables(cues.strip_credit(infos[k].text)) >= PHOTO_CAPTION_MIN
        and cues.strip_credit(infos[k].text) != infos[k].text
    ]
    body = sum(1 for k in range(start, end + 1) if labels[k][0] == BODY)
    if len(captioned) >= PHOTO_STORY_MIN and len(captioned) > body:
        for k in captioned:
            labels[k] = (BODY, PHOTO_STORY)


# Tense, aspect and copula words: a short line that has one is a clause, not a caption.
_CLAUSE_MARKERS = re.compile(
    r"\b(đã|sẽ|đang|vừa|từng|là|được|bị|có|không|chưa|cho biết|cho rằng|nói|này|rằng|cần|hãy|cũng|vẫn)\b"
    # a subordinate clause or a contrast set off by a comma opens the line ("Để đăng ký,
    # người dân truy cập ...", "Nếu trời mưa, ...", "Tuy nhiên, Công ty X vẫn ..."): a
    # sentence, where a caption names and places. On the 400 dev clusters 5 such lines were
    # captions, none is one now; synthetic layouts, flattened: every line .939 -> .940
    r"|^(?:Để|Nếu|Khi|Vì|Tuy|Mặc dù|Trong khi)\s[^,.]{2,80},",
    re.I,
)
_NAME = re.compile(r"\b[" + UPPER + r"][\w-]*(?:\s+[" + UPPER + r"][\w-]*)+")


# A roundup's section heading: who speaks (a name, maybe a title and a role), a colon,
# then what they advise or say ("TS Nguyễn Văn A: Ôn lại kiến thức cơ bản", "Cô giáo B
# (giáo viên môn Văn): Làm câu dễ trước"). A photo's caption names and places, and its
# own colon is a credit's ("Ảnh: X"), which the caption cue has taken first.
_SPEAKER_HEADING = re.compile(r"^[^:]{3,80}:\s*[^\W\d_]+(?:\s+[^\s:]+){2,}\s*$")


def _in_capitals(text: str) -> bool:
    """Two words or more, every letter a capital ("NGUỒN CUNG VẪN THIẾU")."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def _is_caption(info: _Info, after: list[_Info]) -> bool:
    """Photo captions: a credit cue, or a short line that names someone or something
    without being a clause ("Ông X tại lễ khởi công.", "Người phát ngôn Y."). `after`:
    the lines that follow it (an intertitle opens a section of paragraphs)."""
    if info.caption_cue:
        return True
    if info.n >= CAPTION_MAX or info.prose or info.listed:
        return False
    if _in_capitals(info.text):
        return False  # an intertitle: pages set them in capitals, never a photo's caption
    if cues.reporter_question(info.text):
        return False
    if _SPEAKER_HEADING.match(info.text) and _NAME.search(info.text.partition(":")[0]):
        return False  # "TS Nguyễn Văn A: Ôn lại kiến thức cơ bản": a section's heading
    if len(after) == SECTION_PARAGRAPHS and all(a.prose for a in after) and _heading_phrase(info.text):
        return False
    if _NAME.search(info.text[1:]) and not _CLAUSE_MARKERS.search(info.text):
        return True
    return _is_verbless(info.text)


# A heading is written in sentence case with no final stop ("Những hệ lụy khó lường",
# "Ra tay lúc rạng sáng"); a caption is a sentence, closed by its stop or its credit ("Ông
# X tại lễ khởi công.", "... (Ảnh: Y)"). Of the 517 lines of under 25 syllables without
# a final stop set between two long paragraphs in abmusu-train and vims-dev, nearly all
# read as intertitles; the captions among them name a person under a portrait ("Giám
# đốc Sở Y tế Nguyễn Văn A": mostly capitalised words) or carry their credit.
HEADING_CAPITALS = 0.5  # share of capitalised words after the first, at most
# A heading opens a section: paragraphs follow it. A page that captions its photos
# without a stop sets a caption after nearly every paragraph (caption, paragraph,
# caption): the line after the next is a short one again. Of the 396 such headings of
# the three dev sets, 327 have two long paragraphs after them.
SECTION_PARAGRAPHS = 2


def _heading_phrase(text: str) -> bool:
    """A short phrase in sentence case without a final stop: an intertitle."""
    words = text.split()
    if len(words) < 2 or cues.is_terminal(text) or not words[0][:1].isupper():
        return False
    if cues.looks_like_name_line(text) or cues.looks_like_byline(text) or cues.is_figure_credit(text):
        return False
    later = [w for w in words[1:] if w[:1].isalpha()]
    return bool(later) and sum(w[0].isupper() for w in later) / len(later) <= HEADING_CAPITALS


# A speaker's heading in an expert roundup: "Ông X", "PGS.TS Y" (a writer signs with a
# bare name, or a professional title over an advice column), maybe over their position
# ("Phó Viện trưởng Viện Z", "Trưởng ban ..."). What follows it is what they said.
_SPEAKER_NAME = re.compile(r"^(?:ông|bà|(?:gs|pgs|ts|tskh|ths)\b\.?\s*)", re.I)
_POSITION = re.compile(
    r"^(?:nguyên\s+)?(?:phó\s+|tổng\s+)?(?:chủ tịch|giám đốc|viện trưởng|hiệu trưởng|cục trưởng|"
    r"vụ trưởng|bộ trưởng|thứ trưởng|trưởng ban|trưởng khoa|trưởng phòng|trưởng bộ môn|chủ nhiệm|"
    r"tổng thư ký|chuyên gia|giảng viên|nghiên cứu viên|ủy viên|uỷ viên)\b",
    re.I,
)


def _titled_speaker(gap: list[_Info]) -> bool:
    """The lines between two passages head what an expert said (see `_SPEAKER_NAME`)."""
    if not gap or not _SPEAKER_NAME.match(gap[0].text) or not cues.looks_like_name_line(gap[0].text):
        return False
    return len(gap) == 1 or bool(_POSITION.match(gap[1].text))


MAX_OPENING_INTERTITLES = 2


def _opening_intertitles(
    infos: list[_Info], start: int, title: int | None, known_title: str | None
) -> list[int]:
    """Inside trafilatura's main content, the heading lines right above the body run
    (under the title, if it is there) that no cue marks as furniture and that share the
    body's topic: an intertitle opening the article's first section, not a breadcrumb
    (too short), the date, the author or the headline again."""
    tkey = cues.key(known_title) if known_title else ""
    body = _run_text(infos, (start, min(len(infos) - 1, start + 3)))
    out: list[int] = []
    k = start - 1
    while k > (title if title is not None else -1) and len(out) < MAX_OPENING_INTERTITLES:
        info = infos[k]
        if (
            info.hard
            or not info.headline
            or info.caption_cue
            or (tkey and _same_title(info.text, tkey))
            or cues.looks_like_byline(info.text)
            or cues.looks_like_name_line(info.text)
            or coherence(info.text, body) < COHERENCE_TO_MERGE
        ):
            break
        out.append(k)
        k -= 1
    return out


def classify_lines(text: str, known_title: str | None = None, html: bool = False) -> list[Line]:
    """Label every non-empty line of flattened page text (line numbers are 1-based).

    `known_title` is the page's title when it is known from elsewhere (HTML metadata,
    JSON input); a line that repeats it is labelled title, and no other line is.
    `html`: the lines are trafilatura's main content of an HTML page; a line inside the
    article is then dropped or moved only on a positive cue (furniture, photo credit,
    byline), never for being short.
    """
    raw = [(k, normalize_line(t)) for k, t in enumerate(text.split("\n"), 1)]
    infos = _analyse([(k, t) for k, t in raw if t])
    labels: list[tuple[str, str]] = [(BOILERPLATE, i.hard or "outside the article") for i in infos]
    signed: set[int] = set()  # a Q&A letter's signature, above the answer
    runs, boxes = _merge(infos, _runs(infos, html), html, signed)
    # Two lone paragraphs never merge (teaser lists are lone lines), so a lone sapo
    # parted from the body's first paragraph by an ad slot stays apart even once that
    # paragraph has become a long run with the ones after it: merged again until
    # nothing changes, each pass by the same rules.
    while len(runs) > 1:
        again, more = _merge(infos, _bridged(infos, runs), html, signed)
        if len(again) == len(runs):
            break
        runs, boxes = again, boxes | more
    if not runs:
        short = _short_page(infos)
        if short is not None:
            title, lead = short
            labels[title] = (TITLE, "headline of a short page")
            labels[lead] = (LEAD, "the one paragraph of a short page")
            after = [k for k in range(lead + 1, len(infos)) if not infos[k].hard][:1]
            if after and cues.looks_like_byline(infos[after[0]].text):
                labels[after[0]] = (SOURCE, "byline after the body")
        return _lines(infos, labels)
    start, end = _pick_run(infos, runs, known_title)
    headline_above = None
    if not html:
        start, headline_above = _lead_above_box(infos, start, end, boxes)
    if html:
        # a short closing paragraph after the last long one is still the article's
        # (not a reader poll's question: "Bạn có đồng ý ...?", then its options)
        while (
            end + 1 < len(infos)
            and not infos[end + 1].hard
            and cues.is_terminal(infos[end + 1].text)
            and not cues.looks_like_byline(infos[end + 1].text)
            and not infos[end + 1].caption_cue
            and not _opens_a_poll(infos, end + 1)
        ):
            end += 1
    title = _find_title(infos, start, known_title)
    if title is None and not known_title:
        title = headline_above
    sapo = None
    if title is not None and not known_title:
        above = _stacked_title(infos, title)
        if above is not None:
            sapo, title = title, above
    if title is not None:
        labels[title] = (TITLE, "headline above the body")
    opening = _opening_intertitles(infos, start, title, known_title) if html else []
    lead_done = False
    first = min([(title + 1) if title is not None else start, *opening])
    paragraphs_so_far: set[str] = set()  # keys of the lines labelled body or lead above
    recent: deque[str] = deque(maxlen=PULL_QUOTE_REACH)  # the last of them, as " key "
    for k in range(first, end + 1):
        if k > first and labels[k - 1][0] in (BODY, LEAD):
            above = cues.key(infos[k - 1].text)
            paragraphs_so_far.add(above)
            recent.append(f" {above} ")
        info = infos[k]
        if info.hard == "repeated line" and cues.key(info.text) in paragraphs_so_far:
            continue  # a paragraph of the article set again in a box: a pull quote
        if _pull_quote(info, recent):
            continue  # ... or one sentence of a paragraph just above
        if info.table_row:
            labels[k] = (BODY, TABLE_ROW)
            continue
        if info.match_entry and not info.caption_cue:
            labels[k] = (BODY, "entry of a match reported minute by minute")
            lead_done = True
            continue
        if info.contents_heading and k > start:
            labels[k] = (BODY, "intertitle the contents list")
            continue
        if info.in_contents:
            labels[k] = (BOILERPLATE, "table of contents")
            continue
        if info.n <= CAPTION_MAX and _repeated_caption(info):
            labels[k] = (CAPTION, "caption printed twice")
            continue
        if info.hard:
            continue
        if k in boxes:
            labels[k] = (BOILERPLATE, "related box inside the body")
            continue
        if k in opening:
            labels[k] = (BODY, "intertitle opening the body")
            lead_done = True  # the sapo, if any, is above the intertitle or out of the text
            continue
        if k == start - 1 and title is not None and title < k - 1 and _heading_phrase(info.text):
            if labels[k - 1][0] in (LEAD, BODY):
                labels[k] = (BODY, "intertitle under the sapo")  # see _headline_over_sapo
                continue
        if k < start and cues.reporter_question(info.text):
            labels[k] = (BODY, "an interview's first question")  # "PV: ...?", no sapo
            lead_done = True
            continue
        if k < start and not info.caption_cue and not info.prose and k != sapo and not _short_sentence(info):
            # meta lines between title and body: author, breadcrumb (not a short sapo of
            # one sentence, ended by its full stop: "Chị X cho biết đêm nhạc đã ...")
            continue
        if k in signed:
            labels[k] = (SOURCE, "the letter's signature")
            continue
        if (
            k > start
            and not info.prose
            and not info.caption_cue
            and not cues.is_figure_credit(info.text)
            and cues.looks_like_byline(info.text)
        ):
            labels[k] = (SOURCE, "byline inside the article")  # a Q&A's letter signed
            continue
        credit = cues.is_figure_credit(info.text)
        introduces = info.text.rstrip().endswith(":") and not info.caption_cue  # no caption does
        after = infos[k + 1 : k + 1 + SECTION_PARAGRAPHS]
        if not introduces and ((info.caption_cue if html else _is_caption(info, after)) or credit):
            why = "photo credit" if info.caption_cue else "credit under a figure" if credit else ""
            labels[k] = (CAPTION, why or "short line that names, not a clause")
            continue
        right_under_title = title is not None and all(infos[m].hard for m in range(title + 1, k))
        tagged = cues.outlet_tag(info.text)[0] is not None
        if not lead_done and (right_under_title or tagged) and info.n >= 8:
            labels[k] = (LEAD, "first paragraph under the title" if right_under_title else "outlet tag")
            lead_done = True
            continue
        lead_done = True
        labels[k] = (BODY, "prose run")
    _photo_story(infos, labels, start, end)
    # Attribution or author line right after the body; a name right under it signs too
    # ("(Tổng hợp)" then the writer's name).
    signed_at = None
    for k in range(end + 1, min(len(infos), end + 3)):
        info = infos[k]
        # a writer's name with the time the piece went up reads as a dated teaser
        stamped = info.hard == "teaser with timestamp" and cues.signed_with_stamp(info.text) is not None
        if info.hard and not stamped:
            break
        if signed_at is not None:
            if stamped or cues.looks_like_name_line(info.text) or cues.looks_like_byline(info.text):
                labels[k] = (SOURCE, "byline after the body")
            break
        if (
            stamped
            or cues.looks_like_byline(info.text)
            or (k == end + 1 and cues.looks_like_name_line(info.text))
        ):
            labels[k] = (SOURCE, "byline after the body")
            signed_at = k
    return _lines(infos, labels)


def _lines(infos: list[_Info], labels: list[tuple[str, str]]) -> list[Line]:
    return [Line(i.number, i.text, label, why) for i, (label, why) in zip(infos, labels, strict=True)]
