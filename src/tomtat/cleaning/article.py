"""Page -> Article: labelled lines become title, lead, paragraphs, captions and byline.

Works in two passes. Lines are labelled by `clean.lines` (flattened text) after
trafilatura has taken the main content out of HTML. Then each lead and body paragraph is
cleaned sentence by sentence, because many pages (and corpora built from them) have
lost their line breaks: a photo caption runs into the first sentence ("... - Ảnh: AFP
Theo AFP, ..."), an author's name trails the last one ("... quốc hội. NGUYỆT PHƯƠNG"),
an outlet tag opens the lead ("VOV.VN - ..."). Those become metadata, never text.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from tomtat import budget
from tomtat.cleaning import cues, metadata, stated
from tomtat.cleaning.html import extract_html, visible_text, with_dropped_intertitles
from tomtat.cleaning.lines import COHERENCE_TO_MERGE, PHOTO_STORY, TABLE_ROW, classify_lines, coherence
from tomtat.cleaning.metadata import PageMeta
from tomtat.model import BODY, CAPTION, LEAD, SOURCE, TITLE, Article, Line, Page, Problem
from tomtat.text.normalize import LOWER, UPPER, normalize_line
from tomtat.text.sentences import split_sentences
from tomtat.text.tokens import count_syllables

_LEADING_STAMP = re.compile(
    r"^\s*(?:(?:\d{1,2}[:h]\d{2}\s*)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?:\s*[|,-]?\s*\d{1,2}[:h]\d{2})?)\s*[|,\-–]?\s*"
)


class NoContent(ValueError):
    """The page has no article text: all furniture, scripts or styles."""


# A photo's credit or description in brackets, "(Ảnh: AFP)", "(Trong ảnh: ...)": where a
# page lost its line breaks, the body's next sentence follows it with no stop between
# ("... ngập nặng ở TP HCM (Ảnh: N.A.) Tại quận 7, ..."): it ends its caption there.
_PHOTO_ASIDE = re.compile(r"\((?i:trong ảnh|trong hình|ảnh|hình|photo)\s*:[^()\n]{1,120}\)")
_ASIDE_THEN_SENTENCE = re.compile(_PHOTO_ASIDE.pattern + rf"(?=\s+[\"“‘]?[{UPPER}])")


def _cut_after_photo_asides(text: str) -> list[str]:
    """`text` cut after each photo aside that a new sentence follows."""
    pieces, start = [], 0
    for m in _ASIDE_THEN_SENTENCE.finditer(text):
        pieces.append(text[start : m.end()])
        start = m.end()
    pieces.append(text[start:])
    return pieces


def _clean_paragraph(text: str, captions: list[str]) -> tuple[str, str | None, str | None]:
    """Remove caption sentences from a paragraph; return (text, outlet tag, stamp)."""
    stamp = None
    m = _LEADING_STAMP.match(text)
    if m and len(text) > m.end() + 20:
        stamp, text = m.group(0).strip(" |,-–"), text[m.end() :]
    tag, text = cues.outlet_tag(text)
    text = cues.without_dateline(text)
    sentences = [x for piece in _cut_after_photo_asides(text) for x in split_sentences(piece)]
    keep: list[str] = []
    for k, sentence in enumerate(sentences):
        nxt = sentences[k + 1] if k + 1 < len(sentences) else ""
        if _PHOTO_ASIDE.fullmatch(sentence):
            captions.append(sentence)  # "(Trong ảnh: ...)" on its own
            continue
        if sentence.startswith((">>", "»")):
            # A related-article link that lost its line: alone it is dropped; when the
            # article's own text ran into it, that text is kept without the marker.
            if len(sentence.split()) <= _CAPTION_MAX_WORDS:
                continue
            sentence = sentence.lstrip(">» ")
        if cues.is_credit_only(sentence):
            captions.append(sentence)
        elif nxt and _unterminated(sentence):
            captions.append(sentence)  # a caption or intertitle that lost its line
        elif cues.has_caption_cue(sentence) or (nxt and cues.is_credit_only(nxt) and len(sentence) < 200):
            captions.append(sentence)
        else:
            keep.append(sentence)
    return " ".join(keep), tag, stamp


def _unterminated(sentence: str) -> bool:
    """A short piece with no closing punctuation inside a paragraph: prose ends with a
    stop, a caption or intertitle that ran into the next sentence does not."""
    return len(sentence.split()) <= _CAPTION_MAX_WORDS and not re.search(r"[.!?…:;”\"')\]]\s*$", sentence)


_CAPTION_MAX_WORDS = 30


def _iso_date(stamp: str) -> str:
    """ "14:08 05/04/2024" -> "2024-04-05"; left as it is when no full date is inside."""
    m = re.search(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", stamp)
    if not m:
        return stamp
    day, month, year = (int(g) for g in m.groups())
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return stamp
    return f"{year:04d}-{month:02d}-{day:02d}"


def _outlet_from_byline(byline: str | None) -> str | None:
    """ "Theo vov.vn" -> "vov.vn"; "Thiện Minh/Báo CAND" -> "Báo CAND"; "X/VOV-Phnom Penh" -> "VOV"."""
    if not byline:
        return None
    m = re.match(r"^\(?\s*(?:Theo|Nguồn)\s*:?\s+([^()]+?)\)?\.?$", byline.strip(), re.I)
    if m:
        return m.group(1).strip()
    if "/" in byline:
        tail = byline.rsplit("/", 1)[1].strip(" ).")
        if re.match(r"^(Báo|Tạp chí|Đài|Thông tấn)\b", tail):
            return tail
        head = re.split(r"[-–\s]", tail)[0]
        if len(head) >= 2 and head.isupper():
            return head
    return None


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


# When trafilatura's article is this thin, the page's whole visible text is read as
# flattened text too, and the longer article of the two kept (it must be at least
# FALLBACK_GAIN times longer, so that a short article is not traded for furniture).
THIN_SYLLABLES = 80
FALLBACK_GAIN = 1.5
# A page laid out in a table (the side column in one cell, the headline and paragraphs
# separated by <br> in the next, as older CMSs print them) comes out of trafilatura as
# one table row: the paragraphs run together, the side column's links glued to the first.
# When one row holds most of trafilatura's text (this share, and at least
# LAYOUT_ROW_SYLLABLES: two paragraphs, longer than any row of a data table of prices or
# results), the page's visible text is read instead, where every <br> and cell is a line
# of its own. A boxed note set in a table is a minority of its article. Invented table
# layouts (`benchmarks/cleaning.py`): text precision .848 -> 1.000 (the side column's
# links left the first paragraph), every line's recall .944 -> .942; no other page of
# the benchmark changes.
LAYOUT_ROW_SHARE = 0.5
LAYOUT_ROW_SYLLABLES = 60
_TABLE_ROW = re.compile(r"^\|.*\|\s*$")


def _laid_out_in_a_table(extracted: str) -> bool:
    rows = [line for line in extracted.split("\n") if _TABLE_ROW.match(line)]
    if not rows:
        return False
    longest = max(count_syllables(r) for r in rows)
    return longest >= LAYOUT_ROW_SYLLABLES and longest >= LAYOUT_ROW_SHARE * count_syllables(extracted)


def build_article(page: Page) -> Article:
    """Clean one page into an Article. Raises NoContent when nothing is left."""
    if page.html and not page.text:
        return _from_html(page)
    return _from_lines(page, page.text or "", page.title, html=False, info=None)


def _from_html(page: Page) -> Article:
    info = metadata.read(page.html or "", page.url)
    extracted = extract_html(page.html or "", page.url)
    if extracted is not None:
        extracted = with_dropped_intertitles(page.html or "", extracted)
    title = page.title or info.title

    def read(text: str, html: bool) -> Article | None:
        try:
            return _from_lines(page, text, title, html=html, info=info)
        except NoContent:
            return None

    article = read(extracted, html=True) if extracted is not None else None
    if extracted is not None and _laid_out_in_a_table(extracted):
        article = read(visible_text(page.html or ""), html=False) or article
    elif article is None or _size(article) < THIN_SYLLABLES:
        flat = read(visible_text(page.html or ""), html=False)
        if flat is not None and (article is None or _size(flat) >= FALLBACK_GAIN * _size(article)):
            article = flat
    if article is None:
        raise NoContent("no article text in the HTML (only scripts, styles or furniture)")
    _restore_sapo(article, page.html or "", info.description)
    return article


# The sapo (the bold summary paragraph under a Vietnamese headline) often sits in an
# element of its own above the body, which trafilatura leaves out with the page's
# furniture; the page's description (og:description) repeats it. It comes back as the
# lead when the description is printed on the page as a line of its own (so it is the
# sapo and not a site slogan), is a paragraph (SAPO_MIN syllables, ending like a
# sentence: some pages describe themselves by their headline), is not already in
# the article, and shares the topic of the headline and first paragraphs (the bar two
# passages of one article clear, `lines.COHERENCE_TO_MERGE`: a teaser of another
# article that happens to be the description stays out).
SAPO_MIN = 15
SAPO_COHERENCE = COHERENCE_TO_MERGE
_DESCRIPTION_PREFIX = 60  # characters: descriptions are often cut short with "..."


def _restore_sapo(article: Article, html: str, description: str | None) -> None:
    if not description or count_syllables(description) < SAPO_MIN:
        return
    want = cues.key(description)[:_DESCRIPTION_PREFIX]
    have = cues.key(" ".join([article.lead or "", *article.paragraphs]))
    if not want or want in have:
        return
    line = next((t for t in visible_text(html).split("\n") if want in cues.key(t)), None)
    if line is None or count_syllables(line) < SAPO_MIN or not cues.is_terminal(line):
        return  # a sapo is sentences; a description that is the headline is not one
    sapo, _, _ = _clean_paragraph(normalize_line(line), [])
    if not sapo or cues.key(sapo)[:_DESCRIPTION_PREFIX] in have:
        return
    if coherence(sapo, " ".join([article.title or "", *article.paragraphs[:5]])) < SAPO_COHERENCE:
        return
    if article.lead:
        article.paragraphs.insert(0, article.lead)
    article.lead = sapo


def _size(article: Article) -> int:
    return sum(count_syllables(p) for p in [article.lead or "", *article.paragraphs])


# A one-cell table row as trafilatura writes it ("| Ảnh minh họa. Ảnh: TTXVN |"): news
# CMSs lay out a photo and its caption in a table.
_ONE_CELL = re.compile(r"\|([^|]+)\|")  # one character class: linear on any line


def _outside_cell(text: str) -> str:
    m = _ONE_CELL.fullmatch(text.strip())
    return m.group(1).strip() if m and m.group(1).strip() else text


BROKEN_LINE = "a paragraph's first part, cut by a line break"
# A line cut inside a bracket or after a comma: "Khi tới ngã ba X (xã Y," then "huyện Z), tài
# xế ..." (flattened text that broke a paragraph in two, as some feeds do)
_OPEN_BRACKET_AT_END = re.compile(r"\([^()]*$")
_CLOSES_FIRST = re.compile(r"^[^()]{0,40}\)")
_ENDS_ON_COMMA = re.compile(r",\s*$")
_STARTS_LOWER = re.compile(r"^[" + LOWER + r"]")


def _rejoin_broken_lines(lines: list[Line]) -> list[Line]:
    """Mark a line that is the first part of the next paragraph (it ends inside a
    bracket the next line closes, or on a comma before a lowercase word), whatever the
    classifier called it: it is article text, and the two are read as one paragraph.
    Measured on the dev pages: no line of pages-dev, the seeds or the labelled VLSP
    lines changes (none is cut so); 5 of the 1,736 dev articles have such a line."""
    out = list(lines)
    for k in range(len(out) - 1):
        line, nxt = out[k], out[k + 1]
        if nxt.label not in (LEAD, BODY) or line.label in (TITLE,):
            continue
        cut = (_OPEN_BRACKET_AT_END.search(line.text) and _CLOSES_FIRST.match(nxt.text)) or (
            _ENDS_ON_COMMA.search(line.text) and _STARTS_LOWER.match(nxt.text)
        )
        if cut:
            out[k] = Line(line.number, line.text, nxt.label, BROKEN_LINE)
    return out


def _from_lines(page: Page, text: str, known_title: str | None, html: bool, info: PageMeta | None) -> Article:
    budget.check_text(text)  # the page's text, or what was extracted from its HTML
    lines = _rejoin_broken_lines(classify_lines(text, known_title=known_title, html=html))
    article = Article(id=page.id, path=page.path, url=page.url or (info.url if info else None), lines=lines)
    article.title = normalize_line(known_title) if known_title else None
    captions: list[str] = []
    paragraphs: list[str] = []
    bylines: list[str] = []
    tags: list[str] = []
    stamps: list[str] = []
    broken = ""  # the first part of a paragraph a line break cut in two
    for line in lines:
        if line.why == BROKEN_LINE:
            broken = (broken + " " + line.text).strip()
            continue
        if broken and line.label in (LEAD, BODY):
            line = Line(line.number, broken + " " + line.text, line.label, line.why)
        broken = ""
        if line.label == TITLE and not article.title:
            article.title = line.text
        elif line.label == CAPTION:
            captions.append(_outside_cell(line.text))
        elif line.label == SOURCE:
            bylines.append(cues.signed_with_stamp(line.text) or line.text)
        elif line.why == TABLE_ROW:
            paragraphs.append(line.text.strip())  # its bars are the table's, no caption's
        elif line.label in (LEAD, BODY):
            said = cues.strip_credit(line.text) if line.why == PHOTO_STORY else line.text
            cleaned, tag, stamp = _clean_paragraph(said, captions)
            tags += [tag] if tag else []
            stamps += [stamp] if stamp else []
            if not cleaned:
                continue
            if line.label == LEAD and article.lead is None and not paragraphs:
                article.lead = cleaned
            else:
                paragraphs.append(cleaned)
    _move_trailing_byline(paragraphs, bylines)
    if article.lead is None and not paragraphs:
        raise NoContent("no article text found: the page is all boilerplate")
    article.paragraphs = paragraphs
    article.captions = captions
    article.byline = "; ".join(bylines) or (info.author if info else None)
    texts = [line.text for line in lines]
    title_at = next((k for k, line in enumerate(lines) if line.label == TITLE), None)
    text_at = next((k for k, line in enumerate(lines) if line.label in (LEAD, BODY)), None)
    article.outlet = metadata.outlet_name(
        page.source
        or (info.outlet if info else None)
        # the name the page gives itself before the tag, often its acronym ("TTO - ")
        or stated.outlet_stated(texts)
        or (tags[0] if tags else None)
        or _outlet_from_byline(bylines[0] if bylines else None)
        or _outlet_from_url(article.url)
    )
    # A date printed at the top of the article beats what the markup says, which is
    # sometimes the update date.
    article.published = (
        (_iso_date(page.published) if page.published else None)
        or (_iso_date(stamps[0]) if stamps else None)
        or (info.date if info else None)
        or stated.date_beside_title(texts, title_at, text_at)
        # a long read states it at the end ("Ngày xuất bản: ..."), as its markup does
        or metadata.published_stated(texts)
    )
    return article


def _move_trailing_byline(paragraphs: list[str], bylines: list[str]) -> None:
    """An author's name glued to the end of the last paragraph is a byline."""
    if not paragraphs:
        return
    sentences = split_sentences(paragraphs[-1])
    if len(sentences) > 1 and (
        cues.looks_like_byline(sentences[-1]) or cues.looks_like_name_line(sentences[-1])
    ):
        bylines.append(sentences[-1])
        paragraphs[-1] = " ".join(sentences[:-1])
    elif len(sentences) == 1 and len(paragraphs) > 1 and cues.looks_like_byline(sentences[0]):
        bylines.append(paragraphs.pop())


def clean_page(page: Page) -> Article | Problem:
    """Article for a page, or the Problem that stopped it (never raises for bad content)."""
    where = page.path or page.id
    try:
        if page.html and not page.text:
            budget.check_html(page.html)
        with budget.time_limit():
            return build_article(page)
    except NoContent as exc:
        return Problem(where, "no_content", f"{where}: {exc}")
    except budget.OverBudget as exc:
        return Problem(where, exc.kind, f"{where}: {exc}")
