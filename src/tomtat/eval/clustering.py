"""Clustering quality against gold groups: B-cubed precision/recall/F1 (Bagga and
Baldwin; per item, averaged over items) and the adjusted Rand index (scikit-learn)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterScores:
    precision: float
    recall: float
    f1: float
    ari: float


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed over the items of `gold` (an item missing from `predicted` is a singleton)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pred = {i: predicted.get(i, f"\0{i}") for i in items}
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        shared = len(by_pred[pred[i]] & by_gold[gold[i]])
        p += shared / len(by_pred[pred[i]])
        r += shared / len(by_gold[gold[i]])
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(predicted: Mapping[str, str], gold: Mapping[str, str]) -> ClusterScores:
    from sklearn.metrics import adjusted_rand_score

    p, r, f = bcubed(predicted, gold)
    items = list(gold)
    ari = adjusted_rand_score([gold[i] for i in items], [predicted.get(i, f"\0{i}") for i in items])
    return ClusterScores(p, r, f, float(ari))
