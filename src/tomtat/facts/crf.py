"""Decoding a crfsuite linear-chain CRF in batches, from the model file's own weights.

python-crfsuite trains the recognizer and stays the reference, but its `Tagger.tag`
costs about 5 µs a token on these machines: every call turns each of a token's ~40
feature strings into an attribute id and adds its weights, though news text repeats
its syllables and most of a token's features depend on that token alone. Here the
weights are read once from the model file (exactly, as the doubles crfsuite stores;
its text dump rounds them to six decimals), the caller adds up a token's features once
per syllable form (`recognizer.Emissions`), and Viterbi runs with numpy over many
sequences at a time. Same labels as crfsuite (`tests/test_recognizer.py` compares both
on VLSP 2018 dev sentences); measured on the 50 vnmds-dev clusters, features and
tagging went from about 10.3 ms a story through crfsuite to 4.2 ms once a story's
syllables have been seen and 7.1 ms at first sight (the lexicon features included);
`benchmarks/names.py` prints the tagging rate of both.

The binary layout read here is crfsuite's CRF1d model (`crf1dm.c`): a header with the
offsets of a FEAT chunk (type, source, destination, weight per feature; type 0 is an
attribute's weight for a label, type 1 a transition) and of two CQDB string tables
(labels, attributes), whose backward arrays map ids to the strings.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = struct.Struct("<IIId")
STATE, TRANSITION = 0, 1
BATCH = 256  # sequences decoded together, sorted by length (memory: a batch's scores and back-pointers)


def _cqdb_strings(data: bytes, offset: int) -> list[str]:
    """The strings of a CQDB table at `offset`, in id order."""
    chunk, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    if chunk != b"CQDB":
        raise ValueError("not a crfsuite model: string table missing")
    out = []
    for k in range(bwd_size):
        (record,) = struct.unpack_from("<I", data, offset + bwd_offset + 4 * k)
        ident, size = struct.unpack_from("<II", data, offset + record)
        if ident != k:
            raise ValueError("not a crfsuite model: string table out of order")
        start = offset + record + 8
        out.append(data[start : start + size - 1].decode("utf-8"))  # the key ends with a NUL
    return out


class LinearChain:
    """A crfsuite CRF's weights as arrays: `weights[attribute id]` is a row of label
    scores (the last row, for attributes the model does not know, is zeros), and
    `transitions[a, b]` the score of label b after label a."""

    def __init__(
        self, labels: list[str], attributes: dict[str, int], weights: np.ndarray, transitions: np.ndarray
    ):
        self.labels = labels
        self.attributes = attributes
        self.weights = weights
        self.transitions = transitions
        self.zero = np.zeros(len(labels))
        self.unknown = len(weights) - 1  # the row of zeros

    @classmethod
    def load(cls, path: str | Path) -> LinearChain:
        data = Path(path).read_bytes()
        magic, _size, kind, _version, _n, n_labels, n_attrs, off_f, off_l, off_a, _, _ = _HEADER.unpack_from(
            data, 0
        )
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path}: not a crfsuite CRF1d model")
        labels = _cqdb_strings(data, off_l)
        attributes = {a: k for k, a in enumerate(_cqdb_strings(data, off_a))}
        if len(labels) != n_labels or len(attributes) != n_attrs:
            raise ValueError(f"{path}: label or attribute table does not match the header")
        chunk, _csize, count = struct.unpack_from("<4sII", data, off_f)
        if chunk != b"FEAT":
            raise ValueError(f"{path}: feature chunk missing")
        weights = np.zeros((n_attrs + 1, n_labels))
        transitions = np.zeros((n_labels, n_labels))
        for kind_, src, dst, w in _FEATURE.iter_unpack(data[off_f + 12 : off_f + 12 + _FEATURE.size * count]):
            if kind_ == STATE:
                weights[src, dst] = w
            elif kind_ == TRANSITION:
                transitions[src, dst] = w
        return cls(labels, attributes, weights, transitions)

    def score(self, features: Iterable[str]) -> np.ndarray:
        """Label scores of a bag of attributes (each counted as often as given, value 1,
        as crfsuite counts them); unknown attributes add nothing."""
        rows = [self.attributes[f] for f in features if f in self.attributes]
        if not rows:
            return self.zero
        return self.weights[rows].sum(axis=0)

    def viterbi(self, emissions: Sequence[np.ndarray]) -> list[list[int]]:
        """The best label ids of each sequence (`emissions[k]`: its tokens' label scores,
        shape (tokens, labels)). Ties go to the lowest label id, as in crfsuite."""
        out: list[list[int]] = [[] for _ in emissions]
        order = sorted(
            (k for k in range(len(emissions)) if len(emissions[k])), key=lambda k: len(emissions[k])
        )
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            for k, path in zip(batch, self._viterbi_batch([emissions[k] for k in batch]), strict=True):
                out[k] = path
        return out

    def _viterbi_batch(self, emissions: list[np.ndarray]) -> list[list[int]]:
        """Viterbi over sequences sorted by length: at step t only the sequences longer
        than t (a suffix of the batch) move on, the others keep their last scores."""
        lengths = np.array([len(e) for e in emissions])
        steps, size, n = int(lengths[-1]), len(emissions), len(self.labels)
        scores = np.zeros((size, steps, n))
        for k, e in enumerate(emissions):
            scores[k, : len(e)] = e
        back = np.zeros((size, steps, n), dtype=np.intp)
        live_from = np.searchsorted(lengths, np.arange(steps), side="right")  # first sequence longer than t
        delta = scores[:, 0].copy()
        for t in range(1, steps):
            s = live_from[t]
            total = delta[s:, :, None] + self.transitions[None]  # (sequence, previous, next)
            best = total.argmax(axis=1)
            back[s:, t] = best
            # the maxima gathered at the argmax: one pass over `total`, not two
            delta[s:] = np.take_along_axis(total, best[:, None, :], axis=1)[:, 0, :] + scores[s:, t]
        label = delta.argmax(axis=1)
        paths = np.zeros((size, steps), dtype=np.intp)
        for t in range(steps - 1, -1, -1):
            s = live_from[t]
            paths[s:, t] = label[s:]
            if t:
                label[s:] = back[np.arange(s, size), t, label[s:]]
        return [paths[k, : lengths[k]].tolist() for k in range(size)]
