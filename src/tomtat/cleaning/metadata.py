"""A page's own statements about itself: headline, publication date, outlet, author.

trafilatura's metadata is a start, but on Vietnamese pages it takes the newest date on
the page (a "latest news" box dated the day of the crawl), a title with the site's name
glued to it ("Quân khu 2 – ..."), and an author that is the publisher ("VietNamNet News",
"VCCorp.vn"). Here the page is read in the order a reader trusts it:

- date: the page's markup for the publication (`article:published_time`,
  `datePublished` in JSON-LD or microdata, `pubdate`), then a visible date line with a
  Vietnamese publication cue ("Ngày đăng: 05/07/2025", "Đăng lúc 08:30 05/07/2025",
  "Cập nhật ..."), then a weekday date line under the headline ("Thứ bảy, 05/07/2025 -
  08:15"; the header's today's date stands above it), then htmldate's original-date
  search without its extensive mode (which picks any date in the page); never a date
  from a list of other articles;
- headline: the page's `<h1>` when it reads as a headline (four syllables or more, not
  the site's name) and agrees with a title the page states (`og:title` or `<title>`;
  an `<h1>` sharing nothing with either is a section label), else `og:title` (or
  `<title>`) with the site's name cut off either end;
- outlet: `og:site_name`, else the canonical (or given) URL's host; `outlet_key` folds
  case, a "Báo"/"Tạp chí" prefix, "News"/"Online" suffixes and domain forms, so "VOV.VN",
  "vov.vn" and "Báo VOV" are one outlet;
- author: `meta name=author` unless it is the publisher, a team, a year range or a
  copyright line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlparse

from tomtat.cleaning import cues
from tomtat.text.normalize import fold, normalize_line
from tomtat.text.outlets import outlet_key, outlet_name

_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PUBLISHED_CUE = re.compile(
    r"(ngày đăng|đăng ngày|đăng lúc|thời gian đăng|xuất bản|ngày xuất bản|cập nhật|updated|published)"
    r"\s*:?\s*(?:lúc\s*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?\s*,?\s*)?"
    r"(?:thứ\s+\w+|chủ nhật)?\s*,?\s*(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})",
    re.I,
)
_SITE_SEPARATORS = re.compile(r"\s+[-–—|:»]+\s+")
# An author field that is a publisher, a team, a year range or a copyright line.
_BAD_AUTHOR = re.compile(
    r"\d{4}|team|seo|traffic|copyright|©|bản quyền|admin|ban biên tập|\.(vn|com|net)\b|https?:", re.I
)


@dataclass
class PageMeta:
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    description: str | None = None  # og:description or meta description: often the sapo


def _iso(day: int, month: int, year: int) -> str | None:
    if 1 <= day <= 31 and 1 <= month <= 12 and 1990 <= year <= 2100:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def iso_from_text(text: str) -> str | None:
    """First full date in `text` ("05/07/2025", "2025-07-05T...") as ISO."""
    m = _ISO.search(text)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _DATE.search(text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlparse(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _strip_site(title: str, site: str | None, host: str | None) -> str:
    """ "Quân khu 2 – Nhà hát ..." -> "Nhà hát ..."; "Tiêu đề | VOV.VN" -> "Tiêu đề"."""
    parts = _SITE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    keys = {outlet_key(x) for x in (site, host) if x}

    def is_site(part: str) -> bool:
        k = outlet_key(part)
        return bool(k) and (k in keys or any(k in x or x in k for x in keys if len(x) >= 3))

    kept = [p for p in parts if not is_site(p)]
    if not kept:
        return title
    if len(kept) < len(parts):
        return " – ".join(kept)
    # no part names the site: a short first or last part is a section or site label
    longest = max(parts, key=len)
    if len(longest.split()) >= 6 and all(len(p.split()) <= 4 for p in parts if p is not longest):
        return longest
    return title


_WORD = re.compile(r"[^\W_]+")
# Markup written into a meta value or a <title> as text ("Tin <script>...</script> mới"):
# what a page says about itself is plain text.
_MARKUP = re.compile(r"<script\b[^<]{0,2000}</script\s*>|<[^<>]{0,500}>", re.I)


def _text(value: str) -> str:
    return normalize_line(_MARKUP.sub(" ", value))


HEADLINE_AGREEMENT = 0.5  # share of the shorter title's words the other has: the same headline


def _same_headline(a: str, b: str) -> bool:
    """Two titles of one article: most words of the shorter are in the longer (an <h1>
    and its og:title differ by a site name, a prefix such as "Video:" or a few words)."""
    wa, wb = set(_WORD.findall(fold(a))), set(_WORD.findall(fold(b)))
    if not wa or not wb:
        return False
    return len(wa & wb) >= HEADLINE_AGREEMENT * min(len(wa), len(wb))


def read(html: str, url: str | None = None) -> PageMeta:
    """What the page says about itself (each field None when it does not say)."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(html)
    except (ValueError, TypeError, Exception):  # lxml raises ParserError subclasses of Exception
        return PageMeta(url=url)

    def meta(*names: str) -> str | None:
        for name in names:
            for attr in ("property", "name", "itemprop"):
                found = doc.xpath(f'//meta[@{attr}="{name}"]/@content')
                if found and found[0].strip():
                    return found[0].strip()
        return None

    canonical = (doc.xpath('//link[@rel="canonical"]/@href') or [None])[0] or meta("og:url") or url
    host = _host(canonical) or _host(url)
    site = meta("og:site_name", "application-name")
    out = PageMeta(url=canonical if canonical and canonical.startswith(("http://", "https://")) else url)
    # a site name in lowercase is a handle ("cafef"): the host says more
    if site and site.islower() and host and outlet_key(site) == outlet_key(host):
        site = host
    out.outlet = outlet_name(site) or host

    headlines = [normalize_line(h.text_content()) for h in doc.xpath("//h1")]
    headlines = [
        h for h in headlines if len(h.split()) >= 4 and (not site or outlet_key(h) != outlet_key(site))
    ]
    og_title = meta("og:title", "twitter:title")
    title = doc.xpath("//title/text()")
    candidates = (og_title, title[0] if title else None)
    stated = [_strip_site(_text(t), site, host) for t in candidates if t and _text(t)]
    if og_title and stated:
        # an <h1> is the headline as printed when it agrees with a title the page states
        # (og:title or <title>: a CMS may fill one with another article's); one that
        # shares nothing with either is a section label ("XH - CHUYỆN VỤ ÁN")
        agreeing = [h for h in headlines if any(_same_headline(h, t) for t in stated)]
        out.title = agreeing[0] if agreeing else stated[0]
    else:
        out.title = headlines[0] if headlines else (stated[0] if stated else None)

    out.date = _markup_date(doc, meta) or _visible_date(doc) or _htmldate(html)
    description = meta("og:description", "description", "twitter:description")
    out.description = _text(description) or None if description else None

    # the first author field that names a writer: a page may fill `author` with its
    # publisher (a company's domain) and `article:author` with the writer
    keys = {outlet_key(x) for x in (site, host) if x}
    for name in ("author", "article:author", "dc.creator"):
        author = meta(name)
        if not author or author.startswith("http") or _BAD_AUTHOR.search(author):
            continue
        if outlet_key(author) not in keys and not any(k and k in outlet_key(author) for k in keys):
            out.author = _text(author) or None
            if out.author:
                break
    if out.author is None:
        out.author = _marked_author(doc)
    return out


AUTHOR_MARKS = 20  # elements marked as an author's looked at, at most


def _marked_author(doc) -> str | None:
    """The writer's name where the markup marks it (itemprop="author", rel="author", a
    class naming the author: "author", "box-author__name", "tac-gia"), after
    the headline and outside the comments: the first such element whose text is a name
    and nothing else. trafilatura, which finds the text, leaves the author's box out."""
    marked = (
        "(//h1)[1]/following::*[@itemprop='author' or @rel='author' or contains(@class,'author')"
        " or contains(@class,'tac-gia') or contains(@class,'tacgia')]"
    )
    found = doc.xpath(marked) if doc.xpath("//h1") else []
    for el in found[:AUTHOR_MARKS]:
        if "comment" in (el.get("class") or "").lower():
            continue
        text = normalize_line(el.text_content())
        if text and cues.looks_like_name_line(text) and not cues.is_terminal(text):
            return text
    return None


def _markup_date(doc, meta) -> str | None:
    found = meta("article:published_time", "datePublished", "pubdate", "publishdate", "dc.date.issued")
    if found and iso_from_text(found):
        return iso_from_text(found)
    for block in doc.xpath('//script[@type="application/ld+json"]/text()'):
        m = re.search(r'"datePublished"\s*:\s*"([^"]{8,40})"', block)
        if m and iso_from_text(m.group(1)):
            return iso_from_text(m.group(1))
        try:
            json.loads(block)
        except ValueError:
            continue
    for node in doc.xpath("//time[@datetime]/@datetime")[:1]:
        if iso_from_text(node):
            return iso_from_text(node)
    return None


# The article's date line as Vietnamese pages print it under the headline: the weekday,
# then the date ("Thứ bảy, 05/07/2025 - 08:15", "Chủ nhật, 6/7/2025, 10:02 (GMT+7)").
# A page's header prints today's date the same way, above the headline, and comments
# print theirs far below: so only a short line (a date line, not a sentence) among the
# first DATE_LINE_NODES texts after the first <h1> counts (headline, author, date).
_WEEKDAY_DATE = re.compile(
    r"^\W*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn)\s*[,\-–]?\s*"
    r"(?:ngày\s+)?(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})",
    re.I,
)
DATE_LINE_MAX = 60  # characters
DATE_LINE_NODES = 12


# Words a date line may hold besides the date: a cue, a weekday, a time, a time zone and
# at most this many others (a section name after "|", an "AM").
OTHER_WORDS_MAX = 2

_FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)")
_ZONE = re.compile(r"\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?", re.I)
# What a date line says besides its date; its words are removed before counting the rest.
_DATE_WORDS = re.compile(
    r"\b(?:ngày đăng|đăng ngày|đăng lúc|đăng|cập nhật|cập nhật lúc|xuất bản|thời gian|"
    r"lúc|ngày|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|am|pm|sa|ch|updated|published)\b"
    # how often the page was read, printed beside its date ("· 12.345 lượt xem", "Lượt xem: 980")
    r"|\d[\d.,]*\s*lượt\s+(?:xem|đọc|nghe)\b|\blượt\s+(?:xem|đọc|nghe)\s*:?\s*\d[\d.,]*",
    re.I,
)
# A date line of a list of other articles ("Tin mới 11/03/2026 20:10", "Bài viết mới ...").
_OTHER_ARTICLES = re.compile(r"^\W*(?:tin|bài)\b", re.I)


def date_of_line(line: str) -> str | None:
    """The ISO date of a date line, or None when the line is something else."""
    text = normalize_line(line)
    if len(text) > DATE_LINE_MAX or _OTHER_ARTICLES.match(text):
        return None
    m = _FULL_DATE.search(text)
    found = iso_from_text(m.group(0)) if m else None  # (a day and a month that exist)
    if found is None:
        return None
    rest = _FULL_DATE.sub(" ", text)
    rest = _ZONE.sub(" ", _TIME.sub(" ", rest))
    rest = _DATE_WORDS.sub(" ", rest)
    if len(re.findall(r"[^\W_]+", rest)) > OTHER_WORDS_MAX:
        return None
    return found


CUE_LINE_MAX = 200  # characters: a line that states when the page went up, not a paragraph


def published_stated(lines: Iterable[str]) -> str | None:
    """The date of the first line that says when the page was published or updated
    ("Ngày xuất bản: 18/07/2022", "Cập nhật lúc 08:30, 18/7/2022"), wherever it stands."""
    for text in lines:
        if len(text) > CUE_LINE_MAX:
            continue
        m = _PUBLISHED_CUE.search(text)
        if m and iso_from_text(m.group(2)):
            return iso_from_text(m.group(2))
    return None


def _visible_date(doc) -> str | None:
    """A date line with a publication cue, anywhere in the visible text (the first one:
    pages print the article's own date before lists of other articles); else the first
    weekday date line under the headline (`_WEEKDAY_DATE`), else the first line under it
    that is a date and little more (`date_of_line`: "VIDEO · 18/07/2022 08:30 · 1.234
    lượt xem")."""
    found = published_stated(doc.xpath("//body//text()[normalize-space()]"))
    if found:
        return found
    for text in doc.xpath("(//h1)[1]/following::text()[normalize-space()]")[:DATE_LINE_NODES]:
        t = normalize_line(text)
        if len(t) <= DATE_LINE_MAX:
            m = _WEEKDAY_DATE.match(t)
            if m:
                return iso_from_text(m.group(1))
    for text in doc.xpath("(//h1)[1]/following::text()[normalize-space()]")[:DATE_LINE_NODES]:
        found = date_of_line(text)
        if found:
            return found
    return None


def _htmldate(html: str) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd markup; the page then has no date
        return None
    return found or None
