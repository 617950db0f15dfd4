"""Page -> Doc: clean one page and compute what the collection stages need of it.

Runs in worker processes (`--jobs`), so a Doc is small and cheap to send back: the
cleaned article without its labelled lines or sentences (they are rebuilt when a story
is summarized), a MinHash signature of its syllable 3-gram shingles for near-duplicate
search, and its syllable 1- and 2-gram counts under a stable hash (crc32, the same in
every process and every run) for story clustering.
"""

from __future__ import annotations

import operator
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date

import numpy as np

from tomtat import minhash
from tomtat.cleaning.article import clean_page
from tomtat.dedup import shingles
from tomtat.model import Article, Page, Problem
from tomtat.text.segment import segment_article
from tomtat.text.stopwords import stop_syllables
from tomtat.text.tokens import syllables

_SYLLABLE = re.compile(r"[^\W_]+")
TERM_BITS = 24  # hashed vocabulary size 2**24: few collisions for millions of n-grams


@dataclass
class Doc:
    article: Article
    minhash: np.ndarray  # uint32[NUM_PERM] (stored as uint64)
    shingles: int  # number of distinct shingles
    term_ids: np.ndarray  # sorted unique hashed 1-/2-gram ids (int64)
    term_counts: np.ndarray  # their counts (float32)
    term_prior: np.ndarray  # their expected document rate in any collection (float32)
    day: float | None  # publication date as days since 1970-01-01, when known
    identity: str = ""  # Page.identity(): source and content

    @property
    def id(self) -> str:
        return self.article.id


def day_number(published: str | None) -> float | None:
    """ "2019-02-28..." -> days since the epoch; None when there is no ISO date."""
    if not published or len(published) < 10:
        return None
    try:
        return float(date.fromisoformat(published[:10]).toordinal() - 719163)
    except ValueError:
        return None


ENTITY_WEIGHT = 3  # a capitalised pair (a name, a place) says more about the story
# The headline names the event ("... thắng đội khách ở vòng hai", "Giá vàng hôm nay
# 5/3"): its 1- and 2-grams count this many times more, so two same-topic stories are
# told apart by their headlines' words. Chosen leaving one dev set out at the shipped
# threshold (`benchmarks/grouping.py --choose`, weights 0-3, B-cubed F1 averaged over
# four arrival orders): each held-out set got 3 (or tied 2 and 3); abmusu-train
# 0.904 -> 0.912, vims-dev 0.984 -> 0.987, vnmds-dev 0.983 unchanged. Numbers weighed
# up the same way (scores, counts, dates) cost recall: abmusu-train 0.907 -> 0.899.
TITLE_WEIGHT = 3


# How often a term is expected in a document of any collection: the prior that lets a
# pile of five pages weigh words as a large collection would (see cluster.DocumentFrequencies).
PRIOR_STOP, PRIOR_HALF, PRIOR_CONTENT = 0.5, 0.05, 0.002


def term_counts(
    article: Article, title_weight: int = TITLE_WEIGHT
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hashed ids of syllable 1- and 2-grams, their counts, and their prior document
    rates (function syllables are common everywhere). A 2-gram of two capitalised
    syllables ("Anh Tuấn", "Quảng Trị") counts `ENTITY_WEIGHT` times, since stories are
    told apart by who and where more than by the common words around them; the
    headline's 1- and 2-grams count `title_weight` times more."""
    text = " ".join(filter(None, [article.title, article.lead, *article.paragraphs]))
    raw = _SYLLABLE.findall(text.replace("_", " "))
    tokens = syllables(text)
    if len(raw) != len(tokens):  # folding changed the tokenisation: no case information
        raw = tokens
    stop = stop_syllables()
    headline = len(syllables(article.title)) if article.title else 0
    counts = Counter(tokens)
    counts.update(tokens[:headline] * title_weight)
    pairs = [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    counts.update(pairs)
    counts.update(pairs[: max(0, headline - 1)] * title_weight)
    caps = [w[:1].isupper() for w in raw]
    for k, named in enumerate(map(operator.and_, caps, caps[1:])):
        if named:
            counts[pairs[k]] += ENTITY_WEIGHT - 1
    prior = {t: PRIOR_STOP if t in stop else PRIOR_CONTENT for t in set(tokens)}
    rate_by_stops = (PRIOR_CONTENT, PRIOR_HALF, PRIOR_STOP)
    for pair in set(pairs):
        a, b = pair.split(" ")
        prior[pair] = rate_by_stops[(a in stop) + (b in stop)]
    mask = (1 << TERM_BITS) - 1
    hashed: Counter = Counter()
    rates: dict[int, float] = {}
    for term, n in counts.items():
        h = zlib.crc32(term.encode("utf-8")) & mask
        hashed[h] += n
        rates[h] = max(rates.get(h, 0.0), prior[term])
    ids = np.fromiter(sorted(hashed), dtype=np.int64, count=len(hashed))
    as_list = ids.tolist()
    return (
        ids,
        np.array([hashed[i] for i in as_list], dtype=np.float32),
        np.array([rates[i] for i in as_list], dtype=np.float32),
    )


def _minhash(items: set[str]) -> np.ndarray:
    return minhash.signature(s.encode("utf-8") for s in items)


def ingest(page: Page) -> Doc | Problem:
    """Clean a page into a Doc, or the Problem that stopped it (never raises)."""
    try:
        article = clean_page(page)
        if isinstance(article, Problem):
            return article
        segment_article(article)
        grams = shingles(article)
        if not grams:
            return Problem(page.path or page.id, "no_content", f"{page.path or page.id}: no article text")
        ids, counts, prior = term_counts(article)
        doc = Doc(
            article,
            _minhash(grams),
            len(grams),
            ids,
            counts,
            prior,
            day_number(article.published),
            page.identity(),
        )
    except Exception as exc:  # one broken page must not lose the batch
        return Problem(page.path or page.id, "failed", f"{page.path or page.id}: cleaning failed ({exc})")
    article.lines = []
    article.sentences = []
    return doc


def ingest_all(
    pages: Iterable[Page | Problem], jobs: int = 1, pool: Executor | None = None
) -> Iterator[Doc | Problem]:
    """Ingest pages in input order, on `jobs` processes (or on `pool`, an executor of
    `collection.engine`); a bounded number of pages is in flight at once, so a crawl of
    any size streams through in constant memory."""
    if pool is None and jobs <= 1:
        for page in pages:
            yield page if isinstance(page, Problem) else ingest(page)
        return
    if pool is None:
        with ProcessPoolExecutor(max_workers=jobs) as own:
            yield from _through(pages, own, jobs)
    else:
        yield from _through(pages, pool, jobs)


def ingest_batch(pages: list[Page]) -> list[Doc | Problem]:
    """`ingest` of several pages: one task for a worker, so the cost of sending a task
    (small on this machine's processes, a few milliseconds to a Dask worker) is shared."""
    return [ingest(p) for p in pages]


BATCH = 8  # pages per task: Dask's per-task cost shared by eight pages of ~10 ms each


def _through(pages: Iterable[Page | Problem], pool: Executor, jobs: int) -> Iterator[Doc | Problem]:
    """Pages in input order through `pool`, `BATCH` at a time, with at most 4 batches
    per worker in flight. A Problem (a page that could not be read) keeps its place."""
    window = max(1, jobs) * 4
    pending: list = []  # futures of batches, and Problems, in input order
    batch: list[Page] = []

    def flush() -> None:
        if batch:
            pending.append(pool.submit(ingest_batch, list(batch)))
            batch.clear()

    def ready() -> Iterator[Doc | Problem]:
        item = pending.pop(0)
        if isinstance(item, Problem):
            yield item
        else:
            yield from item.result()

    for page in pages:
        if isinstance(page, Problem):
            flush()
            pending.append(page)
        else:
            batch.append(page)
            if len(batch) >= BATCH:
                flush()
        while len(pending) > window:
            yield from ready()
    flush()
    while pending:
        yield from ready()
