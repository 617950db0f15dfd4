"""Build the syllable clusters the name recognizer reads (`src/tomtat/facts/recognizer-clusters.json`).

    python scripts/train_word_clusters.py [--shared ../shared]

Unlabelled text only: the VLSP 2018 NER training articles (tags stripped) and the articles
of the three summary development sets (`vnmds-dev`, `abmusu-train`, `vims-dev`). Never the
VLSP dev part the recognizer is scored on, nor any held-out part.

Each syllable (folded; a capitalised one keeps a `^` mark, because "Hà" opening a name and
"hà" in running text behave differently; digits read as 0) seen at least `MIN_COUNT`
times is described by the syllables one and two places to its left and right (among the
`CONTEXTS` most frequent), weighted by positive pointwise mutual information, reduced to
`DIMENSIONS` by truncated SVD and grouped by k-means at three granularities
(`GRANULARITIES`), coarse to fine: a syllable the training part never labelled still
shares a cluster with the names it behaves like. Deterministic (fixed seeds, sorted
vocabulary). Needs scikit-learn (a test extra), not at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from tomtat.eval.datasets import DATASETS, read_dataset  # noqa: E402
from tomtat.eval.vlsp_ner import read_part  # noqa: E402
from tomtat.facts.recognizer import CLUSTERS_PATH, cluster_key, tokenize  # noqa: E402

MIN_COUNT = 3  # a syllable seen fewer times has too little context to place
CONTEXTS = 3000  # context syllables: the most frequent ones
DIMENSIONS = 100
GRANULARITIES = (32, 128, 512)
SEED = 13


def corpus(shared: Path) -> list[list[str]]:
    """Sentences of cluster keys."""
    out = [[cluster_key(t) for t in s.tokens] for s in read_part(shared / "data" / "vlsp2018-ner" / "train")]
    for name in DATASETS:
        for cluster in read_dataset(name, shared):
            for page in cluster.pages:
                for text in (page.title or "", page.text):
                    for line in text.split("\n"):
                        toks = [cluster_key(t) for *_, t in tokenize(line)]
                        if toks:
                            out.append(toks)
    return out


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--out", default=str(CLUSTERS_PATH))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    sents = corpus(Path(args.shared))
    counts = Counter(k for s in sents for k in s)
    vocab = sorted(k for k, n in counts.items() if n >= MIN_COUNT)
    row = {k: i for i, k in enumerate(vocab)}
    contexts = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:CONTEXTS]]
    col = {k: i for i, k in enumerate(contexts)}
    cells: Counter = Counter()
    for s in sents:
        padded = ["<s>", "<s>", *s, "</s>", "</s>"]
        for i in range(2, len(padded) - 2):
            r = row.get(padded[i])
            if r is None:
                continue
            for slot, d in enumerate((-2, -1, 1, 2)):
                c = col.get(padded[i + d])
                if c is not None:
                    cells[(r, slot * CONTEXTS + c)] += 1
    rows, cols, vals = zip(*((r, c, n) for (r, c), n in sorted(cells.items())), strict=True)
    m = csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(len(vocab), 4 * CONTEXTS))
    total = m.sum()
    pr = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() / total
    m = m.tocoo()
    pmi = np.log((m.data / total) / (pr[m.row] * pc[m.col]))
    keep = pmi > 0
    ppmi = csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vectors = normalize(TruncatedSVD(DIMENSIONS, random_state=SEED).fit_transform(ppmi))
    ids = [
        KMeans(k, n_init=3, random_state=SEED).fit_predict(vectors).tolist() for k in GRANULARITIES
    ]
    table = {k: [int(ids[g][i]) for g in range(len(GRANULARITIES))] for i, k in enumerate(vocab)}
    data = {"granularities": list(GRANULARITIES), "clusters": table}
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"{len(sents)} sentences, {sum(counts.values())} syllables, {len(vocab)} clustered "
        f"in {time.perf_counter() - started:.0f} s; {Path(args.out).stat().st_size / 1e6:.1f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
