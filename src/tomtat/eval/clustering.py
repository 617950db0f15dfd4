"""Clustering quality against gold groups: B-cubed precision/recall/F1 (Bagga and
Baldwin; per item, averaged over items) and the adjusted Rand index (scikit-learn)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterScores:
    precision: float
    recall: float
    f1: float
    ari: float


def bcubed(
    predicted: Mapping[str, str], gold: Mapping[str, str], distractors: Iterable[str] = ()
) -> tuple[float, float, float]:
    """B-cubed over the items of `gold` (an item missing from `predicted` is a singleton).

    `distractors`: items of the collection whose story nobody labelled (a crawl's other
    articles). They are never scored, but they count in the size of the predicted group
    they were put in and never share a gold story: a gold item grouped with them loses
    precision, two distractors grouped together cost nothing."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pred = {i: predicted.get(i, f"\0{i}") for i in items}
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    size = {group: len(members) for group, members in by_pred.items()}
    for d in distractors:
        if d not in gold and d in predicted and predicted[d] in size:
            size[predicted[d]] += 1
    p = r = 0.0
    for i in items:
        shared = len(by_pred[pred[i]] & by_gold[gold[i]])
        p += shared / size[pred[i]]
        r += shared / len(by_gold[gold[i]])
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    predicted: Mapping[str, str], gold: Mapping[str, str], distractors: Iterable[str] = ()
) -> ClusterScores:
    """B-cubed (with `distractors` as `bcubed` counts them) and the adjusted Rand index
    over the items of `gold`."""
    from sklearn.metrics import adjusted_rand_score

    p, r, f = bcubed(predicted, gold, distractors)
    items = list(gold)
    ari = adjusted_rand_score([gold[i] for i in items], [predicted.get(i, f"\0{i}") for i in items])
    return ClusterScores(p, r, f, float(ari))
