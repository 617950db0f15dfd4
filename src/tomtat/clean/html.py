"""Main content of an HTML page through trafilatura, plus the page's own metadata.

trafilatura drops menus, related-link boxes, sidebars and footers using the page
structure; what it returns is paragraph text that can still carry a byline, a
timestamp or a teaser list after the body, so the caller runs it through the same line
classifier as flattened text, with the title from the page's metadata.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

# trafilatura logs every page it finds hard at WARNING; the caller reports problems itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass
class HtmlContent:
    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    description: str | None


def extract_html(html: str, url: str | None = None) -> HtmlContent | None:
    """Main text and metadata of a page, or None when trafilatura finds no content."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return HtmlContent(
        text=text,
        title=data.get("title") or None,
        author=data.get("author") or None,
        date=data.get("date") or None,
        sitename=data.get("sitename") or None,
        url=data.get("url") or url,
        description=data.get("description") or None,
    )
