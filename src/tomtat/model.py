"""The one data model that flows through the pipeline.

page (raw input) -> article (cleaned, labelled lines, sentences) -> story (articles,
folded duplicates, summary with citations). Every stage takes a `Story` and returns it,
filling in more of it, the way a spaCy `Doc` collects annotations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

# Line labels, as in the gold annotations of the seed pages.
TITLE, LEAD, BODY, CAPTION, SOURCE, BOILERPLATE = (
    "title",
    "lead",
    "body",
    "caption",
    "source",
    "boilerplate",
)
LABELS = (TITLE, LEAD, BODY, CAPTION, SOURCE, BOILERPLATE)


@dataclass
class Problem:
    """Something wrong with one input; reported, never fatal for the rest of a batch."""

    path: str
    kind: str  # empty | binary | too_large | undecodable | no_content | unreadable | bad_json
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind, "message": self.message}


@dataclass
class Page:
    """One input page as read from disk: flattened text, HTML, or both, plus metadata."""

    id: str
    path: str | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None  # outlet name given by the input, if any


@dataclass
class Line:
    """One non-empty line of a page's flattened text with its role."""

    number: int  # 1-based line number in the page text
    text: str
    label: str
    why: str = ""  # the cue that decided the label, for debugging and `tomtat clean`


@dataclass
class Sentence:
    """One sentence of an article's lead or body."""

    text: str
    article_id: str
    paragraph: int  # 0 = lead, 1.. = body paragraphs in order
    index: int  # position of the sentence in its article (0-based)
    syllables: list[str] = field(default_factory=list)  # lowercased, for comparison
    sources: list[str] = field(default_factory=list)  # every article that carries it
    duplicate_of: tuple[str, int] | None = None  # (article_id, index) of the kept copy

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.index)


@dataclass
class Article:
    """The main content of one page, with page furniture removed."""

    id: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    lead: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    byline: str | None = None
    published: str | None = None
    lines: list[Line] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    duplicate_of: str | None = None  # id of the article this one copies

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "lead": self.lead,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "byline": self.byline,
            "published": self.published,
        }


@dataclass
class SummarySentence:
    """One sentence of the summary and the articles it came from."""

    text: str
    sources: list[str]
    origin: tuple[str, int] | None = None  # (article_id, sentence index) it was taken from

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "sources": list(self.sources)}
        if self.origin is not None:
            out["origin"] = {"article": self.origin[0], "sentence": self.origin[1]}
        return out


@dataclass
class Entity:
    """A person, organisation or place of a story, with every way it is written."""

    id: str
    name: str  # canonical: the fullest form ("Sergei Lavrov", "Mỹ")
    type: str  # PER, ORG, LOC
    aliases: list[str] = field(default_factory=list)  # as written ("ông Lavrov", "Hoa Kỳ")
    roles: list[str] = field(default_factory=list)  # titles stated ("Ngoại trưởng Nga")
    mentions: list[tuple[str, int]] = field(default_factory=list)  # (article_id, sentence index)
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "mentions": [{"article": a, "sentence": i} for a, i in self.mentions],
            "score": round(self.score, 3),
        }


@dataclass
class Quote:
    """A statement made by someone in an article body."""

    text: str  # what was said, exactly as written
    kind: str  # "direct" (inside quotation marks) or "reported"
    speaker: str | None  # entity id, when resolved
    speaker_text: str  # how the sentence names the speaker ("Ngoại trưởng Nga")
    article_id: str
    sentence: int  # index of the (first) sentence it is in

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "article": self.article_id,
            "sentence": self.sentence,
        }


@dataclass
class Event:
    """A dated event of the story, normalised ("27-28/2" -> 2019-02-27..2019-02-28)."""

    date: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY (by precision)
    end: str | None  # end of a range, same format
    precision: str  # day, month, year
    uncertain: bool  # the year (or more) is a guess
    expression: str  # as written ("chiều nay (28/2)")
    text: str  # a short phrase of its sentence
    article_id: str
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "end": self.end,
            "precision": self.precision,
            "uncertain": self.uncertain,
            "expression": self.expression,
            "text": self.text,
            "article": self.article_id,
            "sentence": self.sentence,
        }


@dataclass
class Story:
    """Everything known about one story; each pipeline stage fills in more of it."""

    id: str
    pages: list[Page] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    headline: str | None = None
    summary: list[SummarySentence] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)

    @property
    def kept_articles(self) -> list[Article]:
        """Articles that are not folded into another as duplicates."""
        return [a for a in self.articles if a.duplicate_of is None]

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def to_dict(self) -> dict[str, Any]:
        stats = dict(self.stats)
        stats["problems"] = [p.to_dict() for p in self.problems]
        stats["duplicates"] = [
            {"id": a.id, "duplicate_of": a.duplicate_of} for a in self.articles if a.duplicate_of is not None
        ]
        return {
            "id": self.id,
            "headline": self.headline,
            "summary": [s.to_dict() for s in self.summary],
            "articles": [a.to_dict() for a in self.articles],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "timeline": [e.to_dict() for e in self.timeline],
            "stats": stats,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
