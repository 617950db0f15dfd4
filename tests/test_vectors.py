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
