"""B-cubed scores of story grouping, with a crawl's unlabelled pages as distractors."""

from __future__ import annotations

import pytest

from tomtat.eval.clustering import bcubed

GOLD = {"a": "S1", "b": "S1", "c": "S2"}


def test_perfect_grouping_scores_one() -> None:
    assert bcubed({"a": "1", "b": "1", "c": "2"}, GOLD) == (1.0, 1.0, 1.0)


def test_a_distractor_in_a_story_costs_its_members_precision() -> None:
    predicted = {"a": "1", "b": "1", "x": "1", "c": "2", "y": "2", "z": "3"}
    p, r, f = bcubed(predicted, GOLD, distractors=["x", "y", "z"])
    # a and b share their group with x (2 of 3 right), c with y (1 of 2)
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 2) / 3)
    assert r == 1.0
    assert f == pytest.approx(2 * p / (p + 1))


def test_distractors_grouped_together_cost_nothing() -> None:
    predicted = {"a": "1", "b": "1", "c": "2", "x": "3", "y": "3"}
    assert bcubed(predicted, GOLD, distractors=["x", "y"]) == (1.0, 1.0, 1.0)


def test_without_distractors_the_unlabelled_pages_are_not_seen() -> None:
    predicted = {"a": "1", "b": "1", "x": "1", "c": "2"}
    assert bcubed(predicted, GOLD) == (1.0, 1.0, 1.0)
    assert bcubed(predicted, GOLD, distractors=["x"])[0] < 1.0


def test_a_split_story_costs_recall() -> None:
    p, r, _ = bcubed({"a": "1", "b": "2", "c": "3"}, GOLD)
    assert p == 1.0
    assert r == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)
