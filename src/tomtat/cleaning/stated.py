"""What a flattened page says about itself outside its article: the date printed beside
the headline, and the outlet's own name in its footer, its follow-us line or its masthead.

An HTML page states these in its markup (`cleaning.metadata`); a page saved as text (a
copy from the browser, a feed that flattened it) has only the lines a reader sees, and
there Vietnamese news pages follow one layout:

- the date line sits right under the headline (or right above it): "Thứ Năm,
  12/03/2026 09:15", "14:08 05/04/2024", "Ngày đăng: 05/07/2025", "28-07-2018 - 00:35 AM
  | Thời sự". The header's today's date stands higher up, above the menu and the
  breadcrumb, and other articles' dates ("Tin mới 11/03/2026 20:10") far below, so only
  a short date line next to the headline counts;
- the outlet names itself in the footer's copyright line ("© 2016 Bản quyền thuộc Báo
  X", "© 1997 Báo X. All rights reserved."), in a follow-us line ("Theo dõi Báo X trên
  Google News", "Mời quý độc giả theo dõi X trên ...") and, on many pages, in a masthead
  line that opens the page ("Báo X", "Tạp chí X"). The outlet tag opening the lead is
  often an acronym of that name ("TTO - ..." for Tuổi Trẻ Online): the stated name is
  the one a reader knows.

Measured (`benchmarks/cleaning.py`, METADATA): on the five real pages of `pages-dev` read
as flattened text, the publication date agrees with the HTML form's (markup) date on 0 ->
5 of 5 pages and the outlet on 0 -> 3 (the other two name only their publisher or nothing
in their text); on 680 dated pages of invented layouts the date 0 -> 664, the footer's
outlet 74 -> 800 of 800. No figure here was fitted to those pages: the date line sits right
under the headline on all four sites, and the three lines under it are the usual author,
section and date lines. Among the 400 dev summary clusters one article (a ViMs page saved
with its furniture, a posting time and date above its headline) is now dated, and its
story's timeline no longer reads "tháng 6 tới" as June 1993.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tomtat.cleaning.metadata import date_of_line
from tomtat.text.normalize import UPPER
from tomtat.text.outlets import outlet_key, without_copyright

# Lines under the headline that may hold its date line: the author, the section, the
# date, then the sapo; LINES_ABOVE_TITLE: the date printed right above the headline.
LINES_UNDER_TITLE = 3
LINES_ABOVE_TITLE = 1
def date_beside_title(
    lines: Sequence[str], title_index: int | None, text_index: int | None = None
) -> str | None:
    """The date of the date line under the headline (the nearest of the next
    `LINES_UNDER_TITLE` lines), else of the line right above it. Where no line was read
    as the headline, the lines right above the article's first paragraph (`text_index`)
    stand for the ones under it."""
    if title_index is not None:
        near = [
            *lines[title_index + 1 : title_index + 1 + LINES_UNDER_TITLE],
            *lines[max(0, title_index - LINES_ABOVE_TITLE) : title_index][::-1],
        ]
    elif text_index is not None:
        near = lines[max(0, text_index - LINES_UNDER_TITLE) : text_index][::-1]
    else:
        return None
    for line in near:
        found = date_of_line(line)
        if found:
            return found
    return None


_NAME_WORD = rf"(?:[{UPPER}\d][\w.&'-]*)"
# "Theo dõi Báo X trên Google News", "Mời quý độc giả theo dõi X trên ...": the name, in
# capitalised words or a domain, between "theo dõi" and "trên/tại/qua".
# (case-blind for the words around the name only: the name opens on a capital, and may
# go on in lowercase, "Thời báo Kinh tế")
_FOLLOW = re.compile(rf"(?i:\btheo dõi)\s+({_NAME_WORD}(?:\s+[\w.&'-]+){{0,5}}?)\s+(?i:trên|tại|qua)\b")
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b|\bbản quyền\b", re.I)
# The end of a name in a footer line: a stop, a bar, a dash between spaces.
_NAME_END = re.compile(r"\.\s|\.$|\s[|–-]\s|[|;]")
# Words that open an outlet's own name; a masthead line opens with one.
_OUTLET_WORDS = (
    r"báo điện tử|báo|tạp chí điện tử|tạp chí|điện báo|thời báo|nhật báo|tuần báo|đài|"
    r"trang tin điện tử|trang tin|cổng thông tin điện tử|cổng thông tin"
)
# (the word after the outlet word capitalised: "Báo động đỏ ..." is no masthead)
_MASTHEAD = re.compile(rf"^(?i:{_OUTLET_WORDS})\s+{_NAME_WORD}(?:\s+[\w.&'-]+){{0,4}}$")
# The publisher in a copyright line is a company or a ministry, not the outlet.
_PUBLISHER = re.compile(r"^(?:công ty|tập đoàn|tổng công ty|cơ quan chủ quản|bộ)\b", re.I)
NAME_WORDS_MAX = 6


def _name(text: str) -> str | None:
    name = text.strip(" -–—,.:")
    words = name.split()
    if not words or len(words) > NAME_WORDS_MAX or _PUBLISHER.match(name) or not outlet_key(name):
        return None
    if not re.match(rf"[{UPPER}\d]", name[0]) and not re.match(r"[\w-]+(?:\.[\w-]+)+$", name):
        return None  # a name is capitalised, or a domain
    return name


def _from_copyright(line: str) -> str | None:
    if not _COPYRIGHT_MARK.search(line):
        return None
    rest = without_copyright(line).lstrip(" -–—")
    m = _NAME_END.search(rest)
    return _name(rest[: m.start()] if m else rest)


STATING_LINE_MAX = 200  # characters: a footer's or a widget's line, not a paragraph


def outlet_stated(lines: Sequence[str]) -> str | None:
    """The outlet's name as its page states it: in a copyright line, else in a follow-us
    line, else in a masthead line opening the page; None when it states none. `lines`
    are normalised (`classify_lines` gives them so): only the short ones are read."""
    texts = [t.strip() for t in lines if t.strip()]
    short = [t for t in texts if len(t) <= STATING_LINE_MAX]
    for text in reversed(short):  # the footer closes the page
        found = _from_copyright(text)
        if found:
            return found
    for text in short:
        m = _FOLLOW.search(text)
        if m and _name(m.group(1)):
            return _name(m.group(1))
    if texts and _MASTHEAD.match(texts[0]):
        return _name(texts[0])
    return None
