"""Score statements and their speakers against gold annotations.

A gold statement is found when a quote of the same article begins with (or within a few
characters of) the gold's first words, after folding; its speaker is right when the
resolved entity's name, or one of its aliases, is the gold speaker. Precision counts the
system's quotes that match some gold statement.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tomtat.facts.names import key
from tomtat.model import Quote, Story
from tomtat.text.normalize import fold


@dataclass
class GoldQuote:
    article: str
    speaker: str
    kind: str  # direct | reported
    starts_with: str
    where: str = ""  # line or sentence, for messages


@dataclass
class QuoteScores:
    found: int
    gold: int
    system: int
    speaker_right: int
    kind_right: int

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched_system / self.system if self.system else 0.0

    matched_system: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.found if self.found else 0.0


def read_seed_gold(path: str | Path) -> list[GoldQuote]:
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    kinds = {"indirect": "reported", "direct": "direct"}
    return [GoldQuote(r["doc"], r["speaker"], kinds[r["kind"]], r["starts_with"], r["line"]) for r in rows]


def _forms(q: Quote) -> list[tuple[str, str, str]]:
    """(article, text, kind) of every form of a statement (`Quote.also`)."""
    return [(q.article_id, q.text, q.kind), *((a, t, kind) for a, _, t, kind in q.also)]


def _matching_kind(q: Quote, g: GoldQuote) -> str | None:
    """The kind of the form of `q` that the gold statement is (the gold's own kind when
    two forms of the same words both match), if any."""
    kinds = set()
    for article, text, kind in _forms(q):
        at = fold(text).find(fold(g.starts_with))
        if article == g.article and 0 <= at <= 20:
            kinds.add(kind)
    if not kinds:
        return None
    return g.kind if g.kind in kinds else kinds.pop()


def _matches(q: Quote, g: GoldQuote) -> bool:
    return _matching_kind(q, g) is not None


def speaker_name(story: Story, q: Quote) -> list[str]:
    for e in story.entities:
        if e.id == q.speaker:
            return [e.name, *e.aliases]
    return [q.speaker_text] if q.speaker_text else []


def score(story: Story, gold: list[GoldQuote]) -> tuple[QuoteScores, list[str]]:
    """Scores, and a line per miss or wrong speaker (for test messages)."""
    found = speaker_right = kind_right = 0
    used: set[int] = set()
    misses = []
    for g in gold:
        hits = [k for k, q in enumerate(story.quotes) if _matches(q, g)]
        if not hits:
            misses.append(f"not found: {g.article}:{g.where} {g.speaker} «{g.starts_with}»")
            continue
        found += 1

        def is_right(k: int, g: GoldQuote = g) -> bool:
            return key(g.speaker) in {key(n) for n in speaker_name(story, story.quotes[k])}

        def kind_of(k: int, g: GoldQuote = g) -> str | None:
            return _matching_kind(story.quotes[k], g)

        best = max(hits, key=lambda k: (is_right(k), kind_of(k) == g.kind, -k))
        used.update(hits)
        if is_right(best):
            speaker_right += 1
        else:
            said = speaker_name(story, story.quotes[best])
            misses.append(f"wrong speaker: {g.article}:{g.where} {g.speaker} != {said[:1]}")
        if kind_of(best) != g.kind:
            misses.append(f"wrong kind: {g.article}:{g.where} {g.kind}")
        else:
            kind_right += 1
    scores = QuoteScores(found, len(gold), len(story.quotes), speaker_right, kind_right, len(used))
    return scores, misses


@dataclass
class PointerScores:
    gold: int
    found: int
    system: int
    matched_system: int
    named: int  # gold statements whose speaker the text names
    speaker_right: int  # of those found and named

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched_system / self.system if self.system else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.named if self.named else 0.0


def sentence_check(text: str) -> str:
    """A short fingerprint of a sentence (8 hex digits of the SHA-1 of its folded form):
    stored beside a gold pointer, it tells whether the pointer still points at the
    sentence it was written for after the cleaner or the splitter changed, without
    copying the sentence into the repository."""
    return hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:8]


def moved_pointers(stories: dict[str, Story], rows: list[dict[str, str]]) -> list[str]:
    """Gold rows (with `cluster`, `doc`, `sentence`, `check`) whose sentence no longer
    has its fingerprint, each with where a sentence of that fingerprint now is."""
    out = []
    for row in rows:
        story = stories.get(row["cluster"])
        article = next((a for a in story.articles if a.id == row["doc"]), None) if story else None
        if article is None:
            out.append(f"{row['cluster']}/{row['doc']}: no such article")
            continue
        checks = {s.index: sentence_check(s.text) for s in article.sentences}
        if checks.get(int(row["sentence"])) != row["check"]:
            now = [k for k, c in checks.items() if c == row["check"]]
            out.append(f"{row['cluster']}/{row['doc']}#{row['sentence']} moved to {now or 'nowhere'}")
    return out


def read_pointer_gold(path: str | Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def score_pointers(stories: dict[str, Story], gold: list[dict[str, str]]) -> tuple[PointerScores, list[str]]:
    """Statements pointed at by (cluster, doc, sentence): found when a quote of that
    sentence exists; speaker right when it resolves to the gold name (for named
    speakers). Precision: the system's quotes in those clusters that some gold row
    points at (a quote that goes on into the next sentence counts once)."""
    found = named = right = 0
    misses = []
    wanted = {(g["cluster"], g["doc"], int(g["sentence"])) for g in gold}
    for g in gold:
        story = stories[g["cluster"]]
        hits = [q for q in story.quotes if (g["doc"], int(g["sentence"])) in q.places()]
        where = f"{g['cluster']}/{g['doc']}#{g['sentence']}"
        if not hits:
            misses.append(f"not found: {where} {g['speaker']}")
            continue
        found += 1
        if g["speaker"] == "-":
            continue
        named += 1
        if any(key(g["speaker"]) in {key(n) for n in speaker_name(story, q)} for q in hits):
            right += 1
        else:
            misses.append(f"wrong speaker: {where} {g['speaker']} != {speaker_name(story, hits[0])[:1]}")
    system = matched = 0
    for cluster in {g["cluster"] for g in gold}:
        for q in stories[cluster].quotes:
            system += 1
            matched += any((cluster, a, k) in wanted for a, k in q.places())
    return PointerScores(len(gold), found, system, matched, named, right), misses


@dataclass
class StatementGold:
    """One statement of the who-said-what gold (`tests/fixtures/facts_gold/`)."""

    dataset: str
    cluster: str
    doc: str
    sentence: int
    kind: str  # direct | reported
    speakers: tuple[str, ...]  # forms that all name the speaker; empty: not named
    speaker_kind: str  # person | organisation | anonymous | "" (not labelled)


def read_statement_gold(path: str | Path, dataset: str = "vnmds-dev") -> list[StatementGold]:
    """Rows of a gold file; files without a `dataset` column are of `dataset`."""
    out = []
    for row in read_pointer_gold(path):
        said = row["speaker"].strip()
        out.append(
            StatementGold(
                row.get("dataset") or dataset,
                row["cluster"],
                row["doc"],
                int(row["sentence"]),
                row["kind"],
                () if said == "-" else tuple(s.strip() for s in said.split("|")),
                row.get("speaker_kind") or "",
            )
        )
    return out


@dataclass
class StatementCounts:
    gold: int = 0
    found: int = 0
    speaker_right: int = 0  # of those found: the named speaker, or none pinned on a person
    kind_right: int = 0

    def add(self, other: StatementCounts) -> None:
        self.gold += other.gold
        self.found += other.found
        self.speaker_right += other.speaker_right
        self.kind_right += other.kind_right


def _person(story: Story, q: Quote) -> bool:
    return any(e.id == q.speaker and e.type == "PER" for e in story.entities)


def judge_statement(story: Story, g: StatementGold) -> tuple[StatementCounts, str]:
    """Counts for one gold statement and a line saying what went wrong ("" if nothing).
    Found: a quote starts in the gold sentence. Speaker right: for a named speaker, a
    quote there resolves to one of its forms; for an unnamed one, no quote there is
    pinned on a person (the anonymous source must not become the nearest name)."""
    where = f"{g.cluster}/{g.doc}#{g.sentence}"
    hits = [q for q in story.quotes if (g.doc, g.sentence) in q.places()]
    if not hits:
        return StatementCounts(1, 0, 0, 0), f"not found: {where} {'|'.join(g.speakers) or '-'}"
    if g.speakers:
        wanted = {key(s) for s in g.speakers}
        right = any(wanted & {key(n) for n in speaker_name(story, q)} for q in hits)
    else:
        right = not any(_person(story, q) for q in hits)
    kind = any(
        kind == g.kind
        for q in hits
        for (a, k), kind in zip(q.places(), [q.kind, *(x[3] for x in q.also)], strict=True)
        if (a, k) == (g.doc, g.sentence)
    )
    said = speaker_name(story, hits[0])[:1]
    why = "" if right else f"wrong speaker: {where} {'|'.join(g.speakers) or '-'} != {said}"
    return StatementCounts(1, 1, int(right), int(kind)), why


def statements_precision(
    stories: dict[str, Story], gold: list[StatementGold], clusters: Iterable[str] = ()
) -> tuple[int, int]:
    """(system quotes in the gold clusters, those starting in a gold statement's sentence).
    `clusters`: labelled clusters besides those the gold points into (read whole and
    found to hold no statement: every quote tomtat reads there is a false one)."""
    wanted = {(g.cluster, g.doc, g.sentence) for g in gold}
    system = matched = 0
    for cluster in sorted({g.cluster for g in gold} | set(clusters)):
        for q in stories[cluster].quotes:
            system += 1
            matched += any((cluster, a, k) in wanted for a, k in q.places())
    return system, matched


def dated_event_found(story: Story | None, row: dict[str, str]) -> bool:
    """Whether the story's timeline has the gold event (doc, sentence) with its date."""
    events = [] if story is None else story.timeline
    where = (row["doc"], int(row["sentence"]))
    return any(e.date == row["date"] and where in e.places() for e in events)


def read_labelled_clusters(path: str | Path) -> list[tuple[str, str, str]]:
    """(dataset, cluster, domain) of every cluster the statement gold labelled
    (`facts_gold/clusters.tsv`), those without a statement too."""
    with open(path, encoding="utf-8") as fh:
        return [(r["dataset"], r["cluster"], r["domain"]) for r in csv.DictReader(fh, delimiter="\t")]


def gold_stories(
    gold: list[StatementGold], shared: str | Path, clusters: Iterable[tuple[str, str]] = ()
) -> dict[str, Story]:
    """Each cluster the gold points into, and each (dataset, cluster) of `clusters`,
    summarized by tomtat (cluster id -> Story)."""
    import tomtat
    from tomtat.eval.datasets import read_dataset

    listed = [(g.dataset, g.cluster) for g in gold] + list(clusters)
    stories = {}
    for name in sorted({d for d, _ in listed}):
        wanted = {c for d, c in listed if d == name}
        for c in read_dataset(name, shared):
            if c.id in wanted:
                stories[c.id] = tomtat.summarize(c.pages, story_id=c.id)
    return stories
