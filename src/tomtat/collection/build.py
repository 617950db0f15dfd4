"""`tomtat stories`: pages -> Docs -> near-duplicates folded -> stories -> summaries.

Stages run in this order, each timed: ingest (clean, in parallel), fold (collection-wide
near-duplicates), cluster (single pass, merge, reassignment), summarize (each story that
changed, with the same stages as `tomtat summarize`). Everything lands in a store
(`collection.store`), in memory for a one-off run or in the `--state` file, from which
the output folder is written. Articles are handled in time order (date, then id), so the
result does not depend on the order of the inputs.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from tomtat.collection import engine, store
from tomtat.collection.cluster import (
    MERGE_THRESHOLD,
    QUERY_TERMS,
    THRESHOLD,
    WINDOW_DAYS,
    Clusterer,
    DocumentFrequencies,
)
from tomtat.collection.cluster import Story as Centroid
from tomtat.collection.fold import COPY_WITHIN_DAYS, NearDuplicates
from tomtat.collection.ingest import Doc, ingest_all
from tomtat.collection.staging import Entry, Staging
from tomtat.model import Problem, Story
from tomtat.pipeline import DEFAULT_MAX_SYLLABLES, run, story_stages
from tomtat.read.files import read_pages


@dataclass
class Options:
    jobs: int = 1
    threshold: float = THRESHOLD
    merge_threshold: float = MERGE_THRESHOLD
    window_days: float = WINDOW_DAYS
    max_syllables: int = DEFAULT_MAX_SYLLABLES
    engine: str = "local"  # where pages are cleaned and stories summarized (`collection.engine`)
    scheduler: str | None = None  # a running Dask scheduler's address, for engine "dask"


@dataclass
class Report:
    pages: int = 0
    dropped: int = 0
    duplicates: int = 0
    articles: int = 0
    stories_changed: int = 0
    stories_total: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


Progress = Callable[[Report], None]


def _order(doc: Doc | Entry) -> tuple[float, str]:
    return (doc.day if doc.day is not None else float("inf"), doc.id)


def story_id(key: int) -> str:
    return f"story-{key + 1:06d}"


def _iso(day: float | None) -> str | None:
    return None if day is None else date.fromordinal(int(day) + 719163).isoformat()


def _load_clusterer(db: sqlite3.Connection, options: Options) -> Clusterer:
    """The store's stories, indexed by their heaviest terms; their centroids stay in the
    store until an article of their weeks needs one (`store.centroid`)."""
    clusterer = Clusterer(
        options.threshold,
        options.window_days,
        fetch=lambda key: store.centroid(db, key),
        merge_threshold=options.merge_threshold,
    )
    members: dict[int, list[str]] = {}
    for article_id, key in store.article_stories(db):
        members.setdefault(key, []).append(article_id)
    for key, first, last, day_sum, dated, ids, weights in store.centroids(db):
        while len(clusterer.stories) < key:  # keys never written: empty stories
            clusterer.stories.append(Centroid(key=len(clusterer.stories)))
        c = Centroid(key=key, first=first, last=last, day_sum=day_sum or 0.0, dated=dated or 0)
        c.ids = c.weights = None
        c.members = members.get(key, [])
        clusterer.add_stored(c)
        for article_id in c.members:
            clusterer.assignment[article_id] = key
        if weights:
            c_ids, c_w = np.frombuffer(ids, dtype=np.int64), np.frombuffer(weights, dtype=np.float64)
            top = c_ids[np.argsort(-c_w, kind="stable")[: QUERY_TERMS * 3]]
            clusterer.index(key, top.tolist(), c.day_sum / c.dated if c.dated else None)
    return clusterer


def build(
    inputs: Iterable[str | Path],
    db: sqlite3.Connection,
    options: Options | None = None,
    progress: Progress | None = None,
) -> tuple[Report, set[int]]:
    """Add the pages of `inputs` to the collection in `db`; returns the report and the
    keys of the stories that changed (their summaries are refreshed in `db`).

    Durable and safe beside other runs: cleaning happens outside any lock; folding,
    grouping and story keys are decided in one write transaction that first reads the
    store as it is (another run's stories included), and marks the stories it changed
    stale; summaries are then written story by story, each only if the story has not
    changed again meanwhile. A run killed at any point leaves stale stories, which the
    next run (or `tomtat add` with no new page) summarizes first."""
    options = options or Options()
    with engine.executor(options.engine, options.jobs, options.scheduler) as pool:
        return _build(inputs, db, options, pool, progress)


def _build(
    inputs: Iterable[str | Path],
    db: sqlite3.Connection,
    options: Options,
    pool: Executor | None,
    progress: Progress | None,
) -> tuple[Report, set[int]]:
    report = Report()
    repaired = summarize_stale(db, options, pool=pool)
    known = store.known_identities(db)

    started = time.perf_counter()
    with Staging() as staged:
        entries: list[Entry] = []
        order: dict[str, int] = {}  # the order the pages were given in
        dropped: list[Problem] = []
        for item in ingest_all(_fresh_pages(read_pages(inputs), known), options.jobs, pool):
            report.pages += 1
            if isinstance(item, Problem):
                report.dropped += 1
                dropped.append(item)
            else:
                order[item.identity] = report.pages
                entries.append(staged.add(item))
            if progress:
                progress(report)
        report.seconds["ingest"] = time.perf_counter() - started

        with store.writing(db):
            for problem in dropped:
                store.add_dropped(db, problem)
            changed = _group(db, staged, entries, order, options, report, progress)
    changed |= summarize_stale(db, options, report, pool)
    report.stories_changed = len(changed | repaired)
    report.stories_total = store.count_stories(db)
    return report, changed | repaired


def _group(
    db: sqlite3.Connection,
    staged: Staging,
    entries: list[Entry],
    order: dict[str, int],
    options: Options,
    report: Report,
    progress: Progress | None,
) -> set[int]:
    """Fold, group and write, inside the caller's write transaction. Returns the keys
    of the stories that changed (marked stale). Each page's Doc is read from `staged`
    when needed (its term counts once for folding and once per clustering pass); in
    memory stay the entries, the signatures and the story centroids."""
    known = store.known_identities(db)  # again: another run may have stored some meanwhile
    entries = [e for e in entries if e.identity not in known]
    taken = store.article_ids(db)
    for e in entries:  # ids unique in the store: a second "article.txt" gets its hash
        if e.id in taken:
            e.id = f"{e.id}-{e.identity[:8]}"
        taken.add(e.id)
    base = int(store.get_meta(db, "seq", 0))
    seq = {e.id: base + order[e.identity] for e in entries}
    entries.sort(key=_order)

    started = time.perf_counter()
    near = NearDuplicates()
    df = DocumentFrequencies(store.load_array(db, "df"), int(store.get_meta(db, "docs", 0)))
    dated = [e.day for e in entries if e.day is not None]
    # the stored pages a page of this run may copy, or be copied by: dated within
    # COPY_WITHIN_DAYS of the run's pages, or undated
    days = (min(dated) - COPY_WITHIN_DAYS, max(dated) + COPY_WITHIN_DAYS) if dated else None
    for article_id, _, signature, size, day in store.signatures(db, days):
        near.add(article_id, signature, size, day)
    kept: list[Entry] = []
    originals: dict[str, str] = {}
    for e in entries:  # in time order: the index holds the pages of the last month
        if e.day is not None:
            near.forget_before(e.day - COPY_WITHIN_DAYS)
        doc = staged.doc(e)
        original = near.original_of(doc)
        if original is None:
            near.add(doc.id, doc.minhash, doc.shingles, doc.day)
            kept.append(e)
            df.add(doc.term_ids)
        else:
            originals[doc.id] = original
            report.duplicates += 1
    report.seconds["fold"] = time.perf_counter() - started
    if progress:
        progress(report)
    del near

    started = time.perf_counter()
    clusterer = _load_clusterer(db, options)
    before = {s.key: list(s.members) for s in clusterer.stories}

    def kept_terms():  # read back from the staging file, pass by pass: no vectors held
        for e in kept:
            doc = staged.doc(e)
            yield e.id, (doc.term_ids, doc.term_counts, doc.term_prior), e.day

    clusterer.add_all(df, kept_terms)
    report.seconds["cluster"] = time.perf_counter() - started
    report.articles = len(kept)
    report.stories_total = len(clusterer.groups())
    if progress:
        progress(report)

    changed = {s.key for s in clusterer.stories if before.get(s.key) != s.members}
    for e in kept:
        store.put_article(db, staged.doc(e), clusterer.assignment[e.id], seq[e.id])
    for e in entries:
        if e.id in originals:
            store.put_copy(db, staged.doc(e), originals[e.id], seq[e.id])
    for article_id in originals.values():  # the story of an original that gained a copy
        key = clusterer.assignment.get(article_id)
        key = key if key is not None else store.story_of_article(db, article_id)
        if key is not None:
            changed.add(key)
    for article_id, key in clusterer.assignment.items():  # older articles a story gained or lost
        if key in changed:
            store.move_article(db, article_id, key)
    for c in clusterer.stories:
        if c.key in changed:
            store.put_centroid(db, c, story_id(c.key), *clusterer.arrays(c))
            store.set_moved(db, c.key, _moved_to(before.get(c.key), c.members, clusterer.assignment))
    clusterer.close()
    for key in changed - {c.key for c in clusterer.stories}:
        store.mark_stale(db, key)
    store.save_array(db, "df", df.counts)
    store.set_meta(db, "docs", df.docs)
    store.set_meta(db, "seq", base + max(order.values(), default=0))
    return changed


def _moved_to(had: list[str] | None, has: list[str], assignment: dict[str, int]) -> int | None:
    """The story that took most of the articles of a story grouping emptied (a merge:
    all of them), so the emptied story's address can lead there; None otherwise."""
    if has or not had:
        return None
    went = Counter(assignment[a] for a in had if a in assignment)
    return min(went, key=lambda k: (-went[k], k)) if went else None


def summarize_stale(
    db: sqlite3.Connection, options: Options, report: Report | None = None, pool: Executor | None = None
) -> set[int]:
    """Write the summary of every stale story; returns their keys. A summary is stored
    only if the story's version is still the one summarized (another run that changed
    the story meanwhile leaves it stale for itself)."""
    done: set[int] = set()
    started = time.perf_counter()
    for key, version, data in _summaries(db, list(store.stale_stories(db)), options, pool):
        with store.writing(db):
            if store.put_summary(db, key, version, data):
                done.add(key)
    if report is not None:
        report.seconds["summarize"] = report.seconds.get("summarize", 0.0) + time.perf_counter() - started
    return done


def _fresh_pages(pages, known: set[str]):
    """Pages not yet in the store: the same source with the same content is the same
    page added again (another file of the same name is not)."""
    for page in pages:
        if not isinstance(page, Problem) and page.identity() in known:
            continue
        yield page


def summarize_story(db: sqlite3.Connection, key: int, max_syllables: int) -> dict | None:
    """The contract JSON of one story from its articles in the store (None if it has
    none): the same per-story stages as `tomtat summarize`, over the articles *and* the
    copies folded into them, in the order the pages were given, so the original keeps
    the support of its copies and every outlet is credited."""
    return summarize_articles(key, store.story_articles(db, key), max_syllables)


def summarize_articles(key: int, articles: list, max_syllables: int) -> dict | None:
    """`summarize_story` once the articles are read (what a worker process runs)."""
    if not articles:
        return None
    for a in articles:
        a.duplicate_of = None  # the story's own folding decides, as on every path
    story = run(Story(id=story_id(key), articles=articles), story_stages(max_syllables))
    return story.to_dict()


def _summaries(db: sqlite3.Connection, stale: list[tuple[int, int]], options: Options, pool: Executor | None):
    """(key, version, contract JSON) of each stale story, in order. On `pool` (the
    engine's executor) the stories are summarized by its workers: the store is read here
    (one connection, one process), the per-story stages run there, and at most
    `SUMMARY_WINDOW` stories per worker are in flight, so memory stays bounded."""
    if pool is None or len(stale) < 2:
        for key, version in stale:
            yield key, version, summarize_story(db, key, options.max_syllables)
        return
    window = max(1, options.jobs) * SUMMARY_WINDOW
    pending: list = []
    for key, version in stale:
        job = pool.submit(summarize_articles, key, store.story_articles(db, key), options.max_syllables)
        pending.append((key, version, job))
        if len(pending) >= window:
            k, v, future = pending.pop(0)
            yield k, v, future.result()
    for k, v, future in pending:
        yield k, v, future.result()


SUMMARY_WINDOW = 8  # stories in flight per worker: enough to keep it busy, few in memory


def write_atomic(target: Path, text: str) -> None:
    """Write under a temporary name in the same folder, then rename: a run killed while
    writing leaves the old file or the new one, never a truncated one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_output(db: sqlite3.Connection, out: Path, changed: set[int] | None = None) -> int:
    """Write `out/stories/<id>.json` (all, or only `changed`), `index.json`, `index.md`
    and `dropped.json`; returns the number of story files written."""
    folder = out / "stories"
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    index = []
    for key, sid, data in store.story_rows(db):
        target = folder / f"{sid}.json"
        if not data:
            target.unlink(missing_ok=True)
            continue
        story = json.loads(data)
        if changed is None or key in changed or not target.exists() or target.stat().st_size == 0:
            write_atomic(target, json.dumps(story, ensure_ascii=False, indent=2) + "\n")
            written += 1
        index.append(
            {
                "id": sid,
                "headline": story.get("headline"),
                "size": story["size"],
                "pages": story["pages"],
                "outlets": story["outlets"],
                "first": story["first"],
                "last": story["last"],
                "file": f"stories/{sid}.json",
            }
        )
    index.sort(
        key=lambda s: (-s["size"], -(date.fromisoformat(s["last"]).toordinal() if s["last"] else 0), s["id"])
    )
    write_atomic(out / "index.json", json.dumps(index, ensure_ascii=False, indent=2) + "\n")
    lines = [
        "# Stories",
        "",
        "| # | story | articles | pages | outlets | dates |",
        "|---|---|---:|---:|---|---|",
    ]
    for n, s in enumerate(index, 1):
        span = " – ".join(dict.fromkeys(filter(None, [s["first"], s["last"]]))) or "?"
        headline = (s["headline"] or s["id"]).replace("|", "\\|")
        outlets = ", ".join(s["outlets"]).replace("|", "\\|")
        lines.append(f"| {n} | [{headline}]({s['file']}) | {s['size']} | {s['pages']} | {outlets} | {span} |")
    write_atomic(out / "index.md", "\n".join(lines) + "\n")
    dropped = [p.to_dict() for p in store.dropped(db)]
    write_atomic(out / "dropped.json", json.dumps(dropped, ensure_ascii=False, indent=2) + "\n")
    return written


def article_ids(db: sqlite3.Connection) -> dict[str, str]:
    """Every article and duplicate id with the story id it belongs to (for evaluation)."""
    out = {a: story_id(k) for a, k in store.article_stories(db)}
    for dup, original in store.copies(db):
        out[dup] = out.get(original, "")
    return out


def stories(
    inputs,
    db: str | Path = ":memory:",
    jobs: int = 1,
    window_days: float = WINDOW_DAYS,
    max_syllables: int = DEFAULT_MAX_SYLLABLES,
) -> list[Story]:
    """The stories in a pile of pages (the public `tomtat.stories`): what `tomtat stories`
    writes, as Story objects, largest first. `db` is a store to add to (kept), or
    ":memory:" for a one-off run."""
    connection = store.connect(db)
    try:
        build(inputs, connection, Options(jobs=jobs, window_days=window_days, max_syllables=max_syllables))
        found = [Story.from_dict(json.loads(raw)) for _, _, raw in store.story_rows(connection) if raw]
    finally:
        connection.close()
    return sorted(found, key=lambda s: (-len(s.kept_articles), s.id))
