"""How much a sentence belongs in the summary: a linear model over `features.FEATURES`.

Learned, not hand-weighted: `scripts/train_summarizer.py` labels every candidate sentence
of the three development sets (VietnameseMDS dev, VLSP 2022 AbMuSu train, ViMs even
clusters) by the share of its syllable bigrams found in the human references, and fits
a ridge regression on standardised features plus a few products of them (position with
first article and article centrality: where the lead is and whether the first
article is the main report depend on each other). The weights ship as
`scorer.json` beside this module (a few kB, read once); scoring is one matrix product.

Why linear and not boosted trees: under leave-one-dataset-out the trees scored no better
(see the benchmark), and a linear model is a file anyone can read.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tomtat.summary.features import FEATURES

MODEL_PATH = Path(__file__).with_name("scorer.json")

# Products of two features the model also sees (name_a, name_b).
INTERACTIONS = (
    ("position", "first_article"),
    ("position", "article_centrality"),
    ("first_article", "article_centrality"),
    ("support", "position"),
    ("said_in_sapo", "position"),
)


def expand(x: np.ndarray) -> np.ndarray:
    """Base features plus their products listed in INTERACTIONS."""
    index = {name: k for k, name in enumerate(FEATURES)}
    extra = [x[:, index[a]] * x[:, index[b]] for a, b in INTERACTIONS]
    return np.column_stack([x, *extra]) if extra else x


@dataclass(frozen=True)
class LinearScorer:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def __call__(self, x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.zeros(0)
        z = (expand(x) - self.mean) / self.scale
        return z @ self.weights + self.bias

    def to_dict(self) -> dict:
        return {
            "features": list(FEATURES),
            "interactions": [list(p) for p in INTERACTIONS],
            "mean": self.mean.round(6).tolist(),
            "scale": self.scale.round(6).tolist(),
            "weights": self.weights.round(6).tolist(),
            "bias": round(float(self.bias), 6),
        }

    @classmethod
    def from_dict(cls, data: dict) -> LinearScorer:
        if data.get("features") != list(FEATURES) or data.get("interactions") != [
            list(p) for p in INTERACTIONS
        ]:
            raise ValueError("the scorer file was trained on other features; run scripts/train_summarizer.py")
        return cls(
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
            np.asarray(data["weights"], dtype=np.float64),
            float(data["bias"]),
        )

    @classmethod
    def fit(cls, x: np.ndarray, y: np.ndarray, alpha: float = 1.0, sample_weight: np.ndarray | None = None):
        """Ridge regression on standardised features (closed form, deterministic)."""
        xe = expand(x)
        mean = xe.mean(axis=0)
        scale = xe.std(axis=0)
        scale[scale < 1e-9] = 1.0
        z = (xe - mean) / scale
        w = np.ones(len(y)) if sample_weight is None else sample_weight
        zm = np.average(z, axis=0, weights=w)
        ym = float(np.average(y, weights=w))
        zc, yc = z - zm, y - ym
        a = (zc * w[:, None]).T @ zc + alpha * np.eye(z.shape[1])
        coef = np.linalg.solve(a, (zc * w[:, None]).T @ yc)
        return cls(mean, scale, coef, ym - float(zm @ coef))


@functools.cache
def default_scorer() -> LinearScorer:
    return LinearScorer.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
