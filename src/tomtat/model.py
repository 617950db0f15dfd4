"""The one data model that flows through the pipeline, and the story contract.

page (raw input) -> article (cleaned, labelled lines, sentences) -> story (articles,
folded duplicates, summary with citations). Every stage takes a `Story` and returns it,
filling in more of it, the way a spaCy `Doc` collects annotations.

The contract is `Story.to_dict()` (the JSON of every path: `tomtat summarize`, the
store behind `tomtat stories`/`add` and the web reader, the HTTP API) and
`Story.from_dict()` reads it back; `SCHEMA_VERSION` says which contract a stored story
follows. Each article carries its sentences as segmented when the story was made, and
every citation names a sentence by its place there, so a later change of the sentence
splitter never re-points a stored citation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tomtat.text.outlets import outlet_key

# The sentence index of an entity's mention in an article's credits (the byline, a photo
# credit): no sentence of the article, as the title's -1 is none.
CREDIT = -2

SCHEMA_VERSION = 2  # 1: before sentences and citations were stored with the story

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

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Problem:
        return cls(d["path"], d["kind"], d["message"])


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

    def identity(self) -> str:
        """What makes a page this page: its source (URL, else the file's absolute path,
        else nothing) and its content. The same file added twice is one page; another
        `article.txt` in another folder, or the same path with new content, is not."""
        import hashlib
        import os

        where = self.url or (os.path.abspath(self.path) if self.path and self.path != "stdin" else "")
        body = self.html if self.html is not None else (self.text or "")
        return hashlib.sha1(f"{where}\0{body}".encode("utf-8", "replace")).hexdigest()


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
    citations: list[tuple[str, int]] = field(default_factory=list)  # its copy in each of them
    duplicate_of: tuple[str, int] | None = None  # (article_id, index) of the kept copy

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.index)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "paragraph": self.paragraph}

    @classmethod
    def from_dict(cls, d: dict[str, Any], article_id: str, index: int) -> Sentence:
        from tomtat.text.tokens import syllables

        return cls(
            d["text"], article_id, int(d.get("paragraph", 0)), index, syllables(d["text"]), [article_id]
        )


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
            "duplicate_of": self.duplicate_of,
            "sentences": [s.to_dict() for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """An article from the contract; its sentences as stored (syllables recomputed)."""
        a = cls(
            id=d["id"],
            path=d.get("path"),
            url=d.get("url"),
            outlet=d.get("outlet"),
            title=d.get("title"),
            lead=d.get("lead"),
            paragraphs=list(d.get("paragraphs") or []),
            captions=list(d.get("captions") or []),
            byline=d.get("byline"),
            published=d.get("published"),
            duplicate_of=d.get("duplicate_of"),
        )
        a.sentences = [Sentence.from_dict(x, a.id, k) for k, x in enumerate(d.get("sentences") or [])]
        return a


@dataclass
class SummarySentence:
    """One sentence of the summary and the articles it came from."""

    text: str
    sources: list[str]
    origin: tuple[str, int] | None = None  # (article_id, sentence index) it was taken from
    citations: list[tuple[str, int]] = field(default_factory=list)  # the sentence in each source

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "sources": list(self.sources)}
        if self.origin is not None:
            out["origin"] = {"article": self.origin[0], "sentence": self.origin[1]}
        out["citations"] = [{"article": a, "sentence": i} for a, i in self.citations]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SummarySentence:
        origin = d.get("origin")
        return cls(
            d["text"],
            list(d.get("sources") or []),
            (origin["article"], int(origin["sentence"])) if origin else None,
            [(c["article"], int(c["sentence"])) for c in d.get("citations") or []],
        )


@dataclass
class Entity:
    """A person, organisation or place of a story, with every way it is written."""

    id: str
    name: str  # canonical: the fullest form ("Sergei Lavrov", "Mỹ")
    type: str  # PER, ORG, LOC
    aliases: list[str] = field(default_factory=list)  # as written ("ông Lavrov", "Hoa Kỳ")
    roles: list[str] = field(default_factory=list)  # titles stated ("Ngoại trưởng Nga")
    # (article_id, sentence index); index -1: the article's title or a photo caption,
    # CREDIT: its byline or a photo credit
    mentions: list[tuple[str, int]] = field(default_factory=list)
    score: float = 0.0

    def named_in_text(self) -> bool:
        """Named in a sentence, title or caption of the story, not only in credits."""
        return any(index != CREDIT for _, index in self.mentions)

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

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            d["id"],
            d["name"],
            d["type"],
            list(d.get("aliases") or []),
            list(d.get("roles") or []),
            [(m["article"], int(m["sentence"])) for m in d.get("mentions") or []],
            float(d.get("score") or 0.0),
        )


@dataclass
class Quote:
    """A statement made by someone in an article body."""

    text: str  # what was said, exactly as written
    kind: str  # "direct" (inside quotation marks) or "reported"
    speaker: str | None  # entity id, when resolved
    speaker_text: str  # how the sentence names the speaker ("Ngoại trưởng Nga")
    article_id: str
    sentence: int  # index of the (first) sentence it is in
    # "person", "organisation" (a body, a government, a news agency or paper) or
    # "anonymous" (unnamed or collective: "các chuyên gia", "một quan chức giấu tên");
    # "" when the text does not say who spoke
    speaker_kind: str = ""
    # the same statement by the same speaker written elsewhere: a reported version of a
    # direct quote, or the quote again in another article; (article_id, sentence, text, kind)
    also: list[tuple[str, int, str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "speaker_kind": self.speaker_kind,
            "article": self.article_id,
            "sentence": self.sentence,
            "also": [{"article": a, "sentence": k, "text": t, "kind": kind} for a, k, t, kind in self.also],
        }

    def places(self) -> list[tuple[str, int]]:
        """Every (article_id, sentence) the statement is written in, its own first."""
        return [(self.article_id, self.sentence), *((a, k) for a, k, _, _ in self.also)]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            d["text"],
            d["kind"],
            d.get("speaker"),
            d.get("speaker_text") or "",
            d["article"],
            int(d["sentence"]),
            d.get("speaker_kind") or "",
            [
                (x["article"], int(x["sentence"]), x.get("text") or "", x.get("kind") or "reported")
                for x in d.get("also") or []
            ],
        )


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
    # the same event on the same date told elsewhere (another article, or the article
    # again): (article_id, sentence)
    also: list[tuple[str, int]] = field(default_factory=list)

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
            "also": [{"article": a, "sentence": k} for a, k in self.also],
        }

    def places(self) -> list[tuple[str, int]]:
        """Every (article_id, sentence) that tells the event, its own first."""
        return [(self.article_id, self.sentence), *self.also]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            d["date"],
            d.get("end"),
            d["precision"],
            bool(d.get("uncertain")),
            d.get("expression") or "",
            d.get("text") or "",
            d["article"],
            int(d["sentence"]),
            [(x["article"], int(x["sentence"])) for x in d.get("also") or []],
        )


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
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage; not in the contract

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
        """The story contract (see the module docstring and the README)."""
        stats = dict(self.stats)
        stats["problems"] = [p.to_dict() for p in self.problems]
        dates = sorted(a.published[:10] for a in self.articles if a.published and len(a.published) >= 10)
        outlets: dict[str, str] = {}
        for a in self.articles:
            if a.outlet:
                outlets.setdefault(outlet_key(a.outlet) or a.outlet, a.outlet)
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "headline": self.headline,
            "summary": [s.to_dict() for s in self.summary],
            "articles": [a.to_dict() for a in self.articles],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "timeline": [e.to_dict() for e in self.timeline],
            "size": len(self.kept_articles),
            "pages": len(self.articles),
            "outlets": sorted(outlets.values()),
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "stats": stats,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Story:
        """A story from its contract; refuses a contract newer than this tomtat."""
        version = int(d.get("schema_version", 1))
        if version > SCHEMA_VERSION:
            raise ValueError(f"story schema {version} is newer than this tomtat ({SCHEMA_VERSION})")
        stats = dict(d.get("stats") or {})
        problems = [Problem.from_dict(p) for p in stats.pop("problems", [])]
        return cls(
            id=d["id"],
            articles=[Article.from_dict(a) for a in d.get("articles") or []],
            headline=d.get("headline"),
            summary=[SummarySentence.from_dict(s) for s in d.get("summary") or []],
            problems=problems,
            stats=stats,
            entities=[Entity.from_dict(e) for e in d.get("entities") or []],
            quotes=[Quote.from_dict(q) for q in d.get("quotes") or []],
            timeline=[Event.from_dict(e) for e in d.get("timeline") or []],
        )

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
