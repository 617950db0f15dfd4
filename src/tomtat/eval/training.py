"""Data for learning and judging the sentence scorer: the three summarization sets read,
cleaned and folded once, each candidate sentence with its features and its label.

Label of a sentence: the share of its syllable bigrams found in the references (mean
over references): how much of what it says a human kept. Used by
`scripts/train_summarizer.py` (the shipped model) and `benchmarks/summaries.py`
(leave-one-dataset-out figures).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from tomtat.eval import rouge
from tomtat.eval.datasets import read_dataset
from tomtat.eval.vnmds import Cluster
from tomtat.model import Sentence, Story
from tomtat.pipeline import prepare, select_stage
from tomtat.summary.features import candidates, matrix
from tomtat.summary.scorer import LinearScorer
from tomtat.summary.select import Selection


@dataclass
class Example:
    cluster: Cluster
    story: Story
    pool: list[Sentence]
    x: np.ndarray
    y: np.ndarray
    budget: int
    dataset: str


def _bigrams(tokens: list[str]) -> Counter:
    return Counter(zip(tokens, tokens[1:], strict=False))


def label(sentence_text: str, references: list[Counter]) -> float:
    grams = _bigrams(rouge.tokenize(sentence_text))
    size = sum(grams.values())
    if not size:
        return 0.0
    return sum(sum((grams & r).values()) / size for r in references) / len(references)


def examples(name: str, shared: str | Path) -> list[Example]:
    out = []
    for cluster in read_dataset(name, shared):
        story = prepare(cluster.pages, cluster.id)
        pool = candidates(story)
        refs = [_bigrams(rouge.tokenize(r)) for r in cluster.references]
        x = matrix(story, pool) if pool else np.zeros((0, 0))
        y = np.array([label(s.text, refs) for s in pool])
        out.append(Example(cluster, story, pool, x, y, rouge.budget(cluster.references), name))
    return out


# Ridge penalty, and every cluster weighing the same: chosen by 5-fold cross-validation
# over the 400 clusters (benchmarks/summaries.py), which predicts the held-out halves of
# the same three sets. Weighing each *set* the same with a penalty of 100 is 2.4 R2
# points better on held-out ViMs when ViMs is left out entirely, but 1.8-1.9 points
# worse on AbMuSu and ViMs under cross-validation.
ALPHA = 10.0


def fit(train: list[Example], alpha: float = ALPHA) -> LinearScorer:
    """The scorer fitted on `train`: every cluster weighs the same, whatever its size."""
    usable = [e for e in train if len(e.pool)]
    xs = [e.x for e in usable]
    ys = [e.y for e in usable]
    ws = [np.full(len(e.pool), 1.0 / len(e.pool)) for e in usable]
    return LinearScorer.fit(np.vstack(xs), np.concatenate(ys), alpha, np.concatenate(ws))


def summary_text(e: Example, scorer=None, selection: Selection | None = None) -> str:
    """The summary of an example's story at its budget (`scorer` None: the shipped one)."""
    options = replace(selection or Selection(), max_syllables=e.budget)
    select_stage(e.story, selection=options, scorer=scorer)
    return " ".join(s.text for s in e.story.summary)


def evaluate(data: list[Example], scorer=None, selection: Selection | None = None) -> rouge.Scores:
    return rouge.mean([rouge.score(summary_text(e, scorer, selection), e.cluster.references) for e in data])
