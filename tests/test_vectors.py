"""The sparse-vector helpers of clustering give what the plain numpy forms give."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.collection.cluster import dot, heaviest

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)


@SETTINGS
@given(st.lists(st.integers(0, 4), max_size=60), st.integers(1, 25))
def test_heaviest_is_the_stable_argsort_head(weights, k):
    w = np.array(weights, dtype=np.float64)
    assert heaviest(w, k).tolist() == np.argsort(-w, kind="stable")[:k].tolist()


@SETTINGS
@given(st.sets(st.integers(0, 80), max_size=40), st.sets(st.integers(0, 80), max_size=40), st.randoms())
def test_dot_equals_the_intersection_product(a, b, rnd):
    a_ids, b_ids = np.array(sorted(a), dtype=np.int64), np.array(sorted(b), dtype=np.int64)
    a_w = np.array([rnd.random() for _ in a_ids])
    b_w = np.array([rnd.random() for _ in b_ids])
    _, i, j = np.intersect1d(a_ids, b_ids, assume_unique=True, return_indices=True)
    assert dot(a_ids, a_w, b_ids, b_w) == float(a_w[i] @ b_w[j])


def test_ties_at_the_cut_go_to_the_earlier_terms():
    w = np.array([0.5, 0.9, 0.5, 0.5, 0.1])
    assert heaviest(w, 3).tolist() == [1, 0, 2]


def test_an_early_article_finds_its_weeks_story_behind_many_later_ones():
    # one common term indexes a story of day 0 and then 300 stories of later months: an
    # article of day 1 (as when a refining pass reads the crawl from its start again)
    # must still see the story of its own week
    from tomtat.collection.cluster import RECENT_POSTINGS, Clusterer

    clusterer = Clusterer(window_days=7)
    ids, w = np.array([1, 2], dtype=np.int64), np.array([0.8, 0.6])
    early = clusterer.add("early", ids, w, day=0.0)
    for k in range(3 * RECENT_POSTINGS):
        other = np.array([1, 1000 + k], dtype=np.int64)
        clusterer.add(f"late-{k}", other, np.array([0.1, 0.995]), day=60.0 + k)  # a story each
    query = np.array([1, 3], dtype=np.int64)  # the common term, and one no story has
    found = [s.key for s in clusterer._candidates(query, w, 1.0)]
    assert found == [early]
    # undated articles read the most recent stories, as before
    assert early not in [s.key for s in clusterer._candidates(query, w, None)]


def test_postings_keep_days_sorted_whatever_order_stories_come_in():
    from tomtat.collection.cluster import PostingIndex, Postings, Spill

    p = Postings()
    for key, day in [(3, 30.0), (1, 10.0), (2, 20.0), (2, 20.0)]:
        p.add(key, day)
    assert list(p.days) == [10.0, 20.0, 30.0] and list(p.keys) == [1, 2, 3]

    spill = Spill()
    index = PostingIndex(7.0, 21.0, lambda: spill)
    for key, day in [(3, 30.0), (1, 10.0), (2, 20.0), (2, 20.0), (4, None), (4, None)]:
        index.add(9, key, day)
    assert index.near(9, 12.0, 5.0, 10) == [1, 4]
    assert index.near(9, 21.0, 10.0, 10) == [2, 3, 4]  # across periods, in day order
    assert index.near(9, None, 5.0, 2) == [2, 3, 4]
    assert index.near(8, 12.0, 5.0, 10) == []
    # periods far from the articles leave memory and answer the same when read again
    assert index.evict(100.0, 21.0) == 3 and not index.periods
    assert index.near(9, 21.0, 10.0, 10) == [2, 3, 4] and sorted(index.periods) == [1, 2, 4]


def test_spilled_centroids_give_the_same_stories(monkeypatch):
    """Centroids of stories far from the articles being grouped leave memory and come
    back bit for bit: with every centroid spilled at every article the stories equal
    those of a run that holds them all."""
    from tomtat.collection import cluster

    rng = np.random.default_rng(7)
    topics = [rng.choice(5000, 40, replace=False) for _ in range(12)]
    articles = []
    for n in range(600):
        t = n % len(topics)
        ids = np.unique(np.concatenate([rng.choice(topics[t], 25, replace=False), rng.choice(5000, 10)]))
        w = rng.random(len(ids)) + 0.1
        day = float(30 * (t % 6) + rng.integers(0, 9))  # topics share months two by two
        articles.append((f"a{n}", ids.astype(np.int64), w / np.sqrt(w @ w), day))
    articles.sort(key=lambda a: (a[3], a[0]))

    def grouped(resident_windows: float, every: int) -> tuple[dict[str, int], int, int]:
        monkeypatch.setattr(cluster, "RESIDENT_WINDOWS", resident_windows)
        monkeypatch.setattr(cluster, "EVICT_EVERY", every)
        c = cluster.Clusterer(threshold=0.3, window_days=7)
        for doc_id, ids, w, day in articles:
            c.add(doc_id, ids, w, day)
        c.merge()  # reads centroids back in time order, as the refining passes do
        c.refine(iter(articles))
        c.refine(iter(articles))
        centroids = [np.concatenate(c.arrays(s)) for s in c.stories]
        return dict(c.assignment), centroids, c.spilled, c.reloaded

    held, held_centroids, spilled, _ = grouped(1e9, 1)
    assert spilled == 0
    moved, moved_centroids, spilled, reloaded = grouped(0.0, 1)
    assert spilled > 100 and reloaded > 100
    assert moved == held
    assert len(set(held.values())) >= len(topics)
    assert all(np.array_equal(a, b) for a, b in zip(held_centroids, moved_centroids, strict=True))


def test_the_candidate_search_counts_what_each_terms_postings_give():
    """`PostingIndex.search` (the hot loop) equals `near` term by term, with periods in
    memory and spilled, dated and undated."""
    from collections import Counter

    from tomtat.collection.cluster import PostingIndex, Spill

    rng = np.random.default_rng(11)
    spill = Spill()
    index = PostingIndex(28.0, 21.0, lambda: spill)
    for _ in range(3000):
        day = None if rng.random() < 0.1 else float(rng.integers(0, 400))
        index.add(int(rng.integers(0, 40)), int(rng.integers(0, 300)), day)
    index.evict(390.0, 21.0)
    for day in [None, 0.0, 13.5, 27.9, 28.0, 200.0, 399.0, 500.0]:
        terms = [int(t) for t in rng.integers(0, 45, 20)]
        expected = Counter()
        for term in terms:
            expected.update(index.near(term, day, 14.0, 7))
        assert index.search(terms, day, 14.0, 7) == expected, day


def _unit(pairs: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
    ids = np.array(sorted(pairs), dtype=np.int64)
    w = np.array([pairs[i] for i in sorted(pairs)])
    return ids, w / np.sqrt(w @ w)


def test_the_merge_joins_a_story_the_single_pass_split_and_no_other():
    """A follow-up far from the centroid of the first reports (cosine 0.25 < 0.3)
    starts a story of its own; on average it is as close to them as the merge asks
    (0.25 >= 0.2), so the merge puts it back, under the older story's key. An
    article that shares less (0.1) stays apart."""
    from tomtat.collection.cluster import Clusterer

    c = Clusterer(threshold=0.3, window_days=7, merge_threshold=0.2)
    report = _unit({1: 0.6, 2: 0.8})
    first = c.add("report", *report, day=0.0)
    assert c.add("report again", *report, day=0.0) == first
    # 0.25 of the reports' direction, the rest on its own terms
    follow_up = _unit({1: 0.25 * 0.6, 2: 0.25 * 0.8, 7: (1 - 0.25**2) ** 0.5})
    other = _unit({1: 0.1 * 0.6, 2: 0.1 * 0.8, 9: (1 - 0.1**2) ** 0.5})
    assert c.add("follow-up", *follow_up, day=1.0) != first
    lone = c.add("other", *other, day=1.0)
    assert c.merge() == 1
    assert c.assignment == {"report": first, "report again": first, "follow-up": first, "other": lone}
    assert sorted(map(sorted, c.groups())) == [["follow-up", "report", "report again"], ["other"]]
    assert c.merge() == 0  # the stories that grew have nothing left to join


def test_a_term_no_other_article_has_weighs_little_only_in_a_large_collection():
    """Two articles share term 1 and each has a term of its own. In a collection of
    two, the terms of one article keep most of their weight (the two are not compared
    on their one shared word alone); among 10,000 articles they are the article's own
    and barely count, so a shared name decides."""
    from tomtat.collection.cluster import DocumentFrequencies

    a_terms, b_terms = np.array([1, 2], dtype=np.int64), np.array([1, 3], dtype=np.int64)
    counts, prior = np.array([1.0, 1.0]), np.array([0.002, 0.002])

    def cosine(docs: int, shared_by: int) -> float:
        df = DocumentFrequencies(docs=docs)
        df.counts[[1, 2, 3]] = [shared_by, 1, 1]
        a, b = df.vector(a_terms, counts, prior), df.vector(b_terms, counts, prior)
        return dot(*a, *b)

    assert cosine(2, 2) < 0.5
    assert cosine(10_000, 2) > 0.9


def test_a_stored_story_keeps_its_key_when_a_larger_new_one_joins_it():
    """A run's two follow-ups start a story of their own beside the one the store
    holds (one report); merged, they take the stored story's key, larger as they are:
    the story a reader opened yesterday is still there today."""
    from tomtat.collection.cluster import Clusterer, Story

    report = _unit({1: 0.6, 2: 0.8})
    c = Clusterer(threshold=0.3, window_days=7, merge_threshold=0.2, fetch=lambda key: report)
    stored = Story(key=0, members=["yesterday"], first=0.0, last=0.0, day_sum=0.0, dated=1)
    stored.ids = stored.weights = None  # in the store until an article needs it
    c.add_stored(stored)
    c.assignment["yesterday"] = 0
    c.index(0, [1, 2], 0.0)
    follow_up = _unit({1: 0.25 * 0.6, 2: 0.25 * 0.8, 7: (1 - 0.25**2) ** 0.5})
    new = c.add("today", *follow_up, day=1.0)
    assert c.add("today again", *follow_up, day=1.0) == new != 0
    assert c.merge() == 1
    assert c.assignment == {"yesterday": 0, "today": 0, "today again": 0}
    assert c.stories[new].members == [] and len(c.groups()) == 1
