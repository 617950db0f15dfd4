"""Near-duplicate pages across a whole collection: syndicated copies, re-posts in another
frame, the same page crawled twice.

MinHash LSH (`tomtat.minhash`: datasketch's signatures and bands) proposes candidates in
constant time per page, so the pass is
linear in the collection. The decision is the same containment rule as within a story
(`dedup.is_copy`: most of the smaller page's shingles are in the larger, and the later
adds at most a sentence),
estimated from the signatures: with Jaccard J and shingle counts a, b,
|A ∩ B| = J (a + b) / (1 + J). The earlier page (by date, then id) is the original.

A copy is dated within `COPY_WITHIN_DAYS` of its original, or one of them is undated (an
undated page, which comes last, is compared with the month before the last dated one).
Pages come in time order, so the index forgets the pages older than that: its memory is
that of a month of pages, not of the whole crawl (100,000 pages held: 273 MB).
"""

from __future__ import annotations

import heapq

import numpy as np

from tomtat import minhash
from tomtat.collection.ingest import Doc
from tomtat.dedup import is_copy

# A syndicated copy, a re-post in another frame or a second crawl of a page comes within
# days of the original (the synthetic crawls' copies: the same day); a month is a wide
# margin. Not tuned: no dev set has copies further apart.
COPY_WITHIN_DAYS = 31.0


def shared_shingles(a: np.ndarray, a_size: int, b: np.ndarray, b_size: int) -> float:
    """Estimated number of shingles two pages share, from their signatures."""
    j = float(np.mean(a == b))
    return j * (a_size + b_size) / (1 + j)


class NearDuplicates:
    """Remembers kept pages; `original_of(doc)` is the id of the page `doc` copies, if any.
    `forget_before(day)` drops dated pages older than `day` (undated ones stay)."""

    def __init__(self) -> None:
        self.lsh = minhash.Bands()
        self.signatures: dict[str, tuple[np.ndarray, int, float | None]] = {}
        self._by_day: list[tuple[float, str]] = []  # a heap of the dated pages held

    def original_of(self, doc: Doc) -> str | None:
        found = self.lsh.query(doc.minhash)
        best, best_c = None, 0.0
        for key in sorted(found):
            sig, size, day = self.signatures[key]
            if day is not None and doc.day is not None and abs(day - doc.day) > COPY_WITHIN_DAYS:
                continue
            shared = shared_shingles(doc.minhash, doc.shingles, sig, size)
            c = shared / max(1, min(doc.shingles, size))
            if is_copy(round(shared), doc.shingles, size) and c >= best_c:
                best, best_c = key, c
        return best

    def add(self, key: str, hashvalues: np.ndarray, size: int, day: float | None = None) -> None:
        self.lsh.insert(key, hashvalues)
        # kept as 32-bit values, which they are (minima of permutations mod 2^32): half
        # the memory of the uint64 form the store keeps, the same comparisons
        self.signatures[key] = (np.asarray(hashvalues, dtype=np.uint32), size, day)
        if day is not None:
            heapq.heappush(self._by_day, (day, key))

    def forget_before(self, day: float) -> int:
        """Drop the pages dated before `day`; returns how many went."""
        gone = 0
        while self._by_day and self._by_day[0][0] < day:
            _, key = heapq.heappop(self._by_day)
            sig, _, _ = self.signatures.pop(key)
            self.lsh.remove(key, sig)
            gone += 1
        return gone

    def __len__(self) -> int:
        return len(self.signatures)


def stored_story_of(db, articles) -> str | None:
    """The id of the stored story that already holds every one of `articles` (each a
    near-copy of a stored article, all in one story), or None. A paste of an article the
    store has is then that story, not a new one."""
    from tomtat.collection import store
    from tomtat.collection.ingest import _minhash
    from tomtat.dedup import shingles

    mine = [(a, shingles(a)) for a in articles if a.sentences]
    if not mine:
        return None
    near = NearDuplicates()
    story_of: dict[str, int] = {}
    for article_id, key, signature, size, _ in store.signatures(db):
        near.add(article_id, signature, size)
        story_of[article_id] = key
    keys = set()
    for article, grams in mine:
        if not grams:
            return None
        doc = Doc(article, _minhash(grams), len(grams), np.zeros(0), np.zeros(0), np.zeros(0), None)
        original = near.original_of(doc)
        if original is None:
            return None
        keys.add(story_of[original])
    return store.story_id_of(db, keys.pop()) if len(keys) == 1 else None
