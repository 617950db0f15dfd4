"""Main content of an HTML page through trafilatura, plus the page's own metadata.

trafilatura drops menus, related-link boxes, sidebars and footers using the page
structure; what it returns is paragraph text that can still carry a byline, a
timestamp or a teaser list after the body, so the caller runs it through the line
classifier in its HTML mode (a line is dropped only on a positive furniture cue), with
the page's own metadata (`clean.metadata`). Run in trafilatura's balanced mode with
tables: its precision mode and the absence of tables cost whole paragraphs of score
tables, Q&A and list-like articles; what furniture it lets through, the line cues catch.

`visible_text` is the page's text with a line per block element, for the flattened-text
classifier when trafilatura's result is thin.

`with_dropped_intertitles` puts back the intertitles (h2-h6) trafilatura left out of an
article it otherwise kept: on a page whose article element it does not know by name, it
falls back to a plainer reading that drops headings. With the article in a
`<div class="detail-content">` (or "fck_detail", "singular-content", "cms-body", ...: 19
of 28 container names of Vietnamese CMSs tried) instead of "content", the chapter
headings of an invented long-form page were lost, 0 of 167 kept.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re

# trafilatura logs every page it finds hard at WARNING; the caller reports problems itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def extract_html(html: str, url: str | None = None) -> str | None:
    """The page's main text as trafilatura reads it, or None when it finds no content.
    Its metadata extraction is off: `clean.metadata` reads what the page says about
    itself, and trafilatura's own reading of it (title, date, author, site) was a
    third of the HTML cleaning time with the same text: on the 5 pages-dev pages and
    320 invented-layout pages, 17.7 -> 11.6 ms of CPU a page, every Article equal."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return (data.get("text") or "").strip() or None


_BLOCKS = (
    "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "br", "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "dd", "dt",
)  # fmt: skip


_SPACES = re.compile(r"\s+")


def visible_text(html: str) -> str:
    """The page's visible text, one line per block element (scripts, styles dropped)."""
    return _read_visible(html)[0]


LINKED_ITEM_SHARE = 0.5  # a list item mostly made of a link's text is a link to elsewhere
# A heading longer than this is no intertitle (a teaser's title, a sapo set in an h2).
INTERTITLE_MAX_SYLLABLES = 30


@functools.lru_cache(maxsize=4)  # asked of one page up to four times, parsed once
def _read_visible(html: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The page's visible text, the texts of its h2-h6 headings and of its list items."""
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(html)
    except Exception:  # lxml's parser errors: a page that is not HTML has no visible text
        return "", (), ()
    # form controls (a <select> of past issues, a comment box) are never article text
    for bad in doc.xpath("//script|//style|//noscript|//template|//svg|//head|//select|//textarea|//button"):
        bad.drop_tree()
    # A line break in the page's source is a space on screen (only block elements and
    # <br> break lines): "... rực rỡ\n    sắc hoa." is one paragraph.
    for el in doc.iter():
        if el.tag == "pre":
            continue
        if el.text:
            el.text = _SPACES.sub(" ", el.text)
        if el.tail:
            el.tail = _SPACES.sub(" ", el.tail)
    headings = tuple(
        text
        for el in doc.iter("h2", "h3", "h4", "h5", "h6")
        if (text := " ".join(el.text_content().split())) and len(text.split()) <= INTERTITLE_MAX_SYLLABLES
    )
    # (not an item that is a link: a list of other articles is set between paragraphs too)
    items = tuple(
        text
        for el in doc.iter("li")
        if (text := " ".join(el.text_content().split()))
        and sum(len(a.text_content()) for a in el.iter("a")) < LINKED_ITEM_SHARE * len(text)
    )
    for el in doc.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    text = "\n".join(line.strip() for line in doc.text_content().split("\n") if line.strip())
    return text, headings, items


_LOST_TAG = re.compile(r"<(?:h[2-6]|li)\b", re.I)  # what trafilatura may leave out


def with_dropped_intertitles(html: str, extracted: str) -> str:
    """`extracted` (trafilatura's text of the page) with the intertitles and lists it
    left out put back in place: a heading of the page that, on screen, comes right before
    a line trafilatura kept, with another kept line somewhere above it; the items of a
    list (and a heading over them) between two lines it kept, one right above, one right
    below. Nothing else of the page comes back (a box's heading is followed by its links,
    which trafilatura dropped; a menu is no list between two paragraphs); the line
    classifier then judges these lines like any other."""
    from tomtat.cleaning.cues import key

    if not _LOST_TAG.search(html):
        return extracted
    lines = extracted.split("\n")
    kept = [key(line) for line in lines]
    page_text, headings, items = _read_visible(html)
    have = set(kept)
    wanted_headings = {key(h) for h in headings} - have - {""}
    wanted_items = {key(i) for i in items} - have - {""}
    if not wanted_headings and not wanted_items:
        return extracted
    texts = page_text.split("\n")
    visible = [key(line) for line in texts]
    places: dict[str, list[int]] = {}
    for v, k in enumerate(visible):
        places.setdefault(k, []).append(v)
    # each extracted line at its place on screen, in order (a line trafilatura rewrote
    # has none and anchors nothing)
    anchored: dict[int, int] = {}  # visible index -> extracted index
    last = -1
    for j, k in enumerate(kept):
        at = places.get(k, [])
        i = bisect.bisect_right(at, last)
        if i < len(at):
            anchored[at[i]] = j
            last = at[i]
    first = min(anchored, default=len(visible))
    inserts: dict[int, list[str]] = {}  # extracted index -> lines to set above it
    v = 0
    while v < len(visible):
        if visible[v] not in wanted_headings and visible[v] not in wanted_items:
            v += 1
            continue
        end = v  # a run of dropped headings and items: visible[v:end]
        while end < len(visible) and (visible[end] in wanted_headings or visible[end] in wanted_items):
            end += 1
        start = v
        if v - 1 not in anchored:
            # not right under a kept line: only the headings after the run's last item
            items_at = [r for r in range(v, end) if visible[r] in wanted_items]
            start = items_at[-1] + 1 if items_at else v
        if end in anchored and start > first and start < end:
            inserts.setdefault(anchored[end], []).extend(
                ("- " + texts[r]) if visible[r] in wanted_items else texts[r] for r in range(start, end)
            )
        v = end
    if not inserts:
        return extracted
    out: list[str] = []
    for j, line in enumerate(lines):
        out.extend(inserts.get(j, []))
        out.append(line)
    return "\n".join(out)
