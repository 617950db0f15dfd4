"""MinHash signatures and LSH banding, the same numbers as datasketch 2 computes.

Why not datasketch itself at run time: importing it imports scipy (its LSH chooses bands
and rows by numerical integration), 0.85 s of a 1.9 s one-page `tomtat stories` and
again in every worker process that fingerprints a page; the part tomtat uses is a few
lines over numpy. The signatures are bit for bit those of `datasketch.MinHash(num_perm,
seed, scheme="affine32").update_batch(...)`, so stores written before stay valid, and
the bands are datasketch's choice for the threshold (`tests/test_dedup.py` checks both
against datasketch, which stays a test dependency):

- each item is hashed to 32 bits (the first four bytes of its SHA-1, little-endian),
  mixed by the MurmurHash3 finalizer, and put through `num_perm` affine permutations
  `a * h + b mod 2^32` (odd `a`; `a`, `b` drawn from `numpy.random.RandomState(seed)`);
  the signature is the minimum of each permutation over the items;
- LSH cuts the signature into `BANDS` bands of `ROWS` values; two signatures are
  candidates when one band is equal.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Hashable, Iterable

import numpy as np

NUM_PERM = 128
SEED = 7
# datasketch's bands and rows for a Jaccard threshold of 0.5 with 128 permutations
# (false positives and negatives weighed equally); tests/test_dedup.py recomputes them.
BANDS, ROWS = 25, 5
_EMPTY = np.uint32(0xFFFFFFFF)
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@functools.cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _mix(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def signature(items: Iterable[bytes], num_perm: int = NUM_PERM, seed: int = SEED) -> np.ndarray:
    """The MinHash signature (uint32, `num_perm` values) of a set of byte strings."""
    hashes = [int.from_bytes(hashlib.sha1(x).digest()[:4], "little") for x in items]
    if not hashes:
        return np.full(num_perm, _EMPTY, dtype=np.uint32)
    a, b = _permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        hv = _mix(np.array(hashes, dtype=np.uint32).reshape(-1, 1))
        return (hv * a + b).min(axis=0)


class Bands:
    """An LSH index over signatures: `query` returns the keys sharing a band.

    One dictionary for all bands, keyed by the band's number and its values packed
    into one exact integer, holding the key itself while a band has one page (most do)
    and a list only when several share it. Same candidates as a dict per band keyed by
    bytes with a list per entry, in less memory: with the signatures `collection.fold`
    keeps, 100,000 pages took 635 MB that way, 273 MB now (random signatures, max RSS).
    (The peak of a 100k-page `tomtat stories` run, 845 MB, comes later, while grouping:
    the story centroids; it did not move.)"""

    def __init__(self, bands: int = BANDS, rows: int = ROWS) -> None:
        self.bands, self.rows = bands, rows
        self.table: dict[int, Hashable | list[Hashable]] = {}
        self._shift = 32 * rows  # bits of one band's values

    def _keys(self, sig: np.ndarray) -> list[int]:
        raw = np.asarray(sig, dtype=np.uint32).tobytes()
        width = 4 * self.rows
        return [
            (k << self._shift) | int.from_bytes(raw[k * width : (k + 1) * width], "little")
            for k in range(self.bands)
        ]

    def insert(self, key: Hashable, sig: np.ndarray) -> None:
        table = self.table
        for band in self._keys(sig):
            there = table.get(band, _NONE)
            if there is _NONE:
                table[band] = key
            elif type(there) is list:
                there.append(key)
            else:
                table[band] = [there, key]

    def remove(self, key: Hashable, sig: np.ndarray) -> None:
        """Take `key` (inserted with `sig`) out of every band."""
        table = self.table
        for band in self._keys(sig):
            there = table.get(band, _NONE)
            if type(there) is list:
                there.remove(key)
                if len(there) == 1:
                    table[band] = there[0]
            elif there is not _NONE and there == key:
                del table[band]

    def query(self, sig: np.ndarray) -> set[Hashable]:
        found: set[Hashable] = set()
        table = self.table
        for band in self._keys(sig):
            there = table.get(band, _NONE)
            if there is _NONE:
                continue
            if type(there) is list:
                found.update(there)
            else:
                found.add(there)
        return found


_NONE = object()  # no page in a band (a key may be anything hashable, even None)
