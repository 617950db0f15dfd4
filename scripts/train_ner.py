"""Train the name recognizer shipped in `src/tomtat/facts/` (`recognizer.crfsuite` and
`recognizer-gazetteer.json`).

    python scripts/train_ner.py [--shared ../shared] [--folds 5]

Run `scripts/train_word_clusters.py` first (the syllable clusters are features).
Reads VLSP 2018 NER `train` (never `dev` or the held-out test part), builds the
syllable gazetteer and the lexicon of outside word lists (`recognizer-lexicon.json`:
Vietnam's administrative units and the Viet74K dictionary, from the data files the
installed underthesea ships), and trains a python-crfsuite CRF (L-BFGS, c1 0.1, c2 0.1, 100
iterations) on BILOU labels. Gazetteer features of each training document come from a gazetteer built on
the other folds, so that the model does not learn to trust a memorised list. Deterministic: documents in path
order, folds by position. `benchmarks/names.py` scores the result on `dev`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from tomtat.eval.vlsp_ner import read_part  # noqa: E402
from tomtat.facts.recognizer import (  # noqa: E402
    CLUSTERS_PATH,
    GAZETTEER_PATH,
    LEXICON_PATH,
    MODEL_PATH,
    Gazetteer,
    Lexicon,
    WordClusters,
    features,
    to_bilou,
)
from tomtat.text.normalize import fold  # noqa: E402

C1, C2, ITERATIONS = 0.1, 0.1, 100
LONGEST_ENTRY = 4  # syllables; a longer unit or dictionary entry is not looked up
_ADMIN_WORD = re.compile(r"^(phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh)\s+", re.I)


def underthesea_lexicon() -> Lexicon:
    """Vietnam's administrative units ("adm": provinces, districts, wards and communes
    without their administrative word; numbered wards left out) and the Viet74K
    dictionary's entries of two to four syllables ("dict" for lowercase words, "dictname"
    for capitalised ones), from the data files of the installed underthesea."""
    import underthesea

    base = Path(underthesea.__file__).parent
    phrases: dict[tuple[str, ...], str] = {}
    units = json.loads((base / "address" / "data" / "mapping.json").read_text(encoding="utf-8"))
    names = {v["short"] for key in ("province_names", "old_province_names") for v in units[key].values()}
    for ward in units["ward_mapping"]:
        kept = ("old_district", "old_ward", "new_ward")
        names |= {_ADMIN_WORD.sub("", ward[k]) for k in kept if ward.get(k)}
    for name in names:
        if not re.search(r"\d", name) and len(name.split()) <= LONGEST_ENTRY:
            phrases[tuple(fold(w) for w in name.split())] = "adm"
    for line in (base / "corpus" / "data" / "Viet74K.txt").read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if " " in word and len(word.split()) <= LONGEST_ENTRY:
            kind = "dict" if word[0].islower() else "dictname"
            phrases.setdefault(tuple(fold(w) for w in word.split()), kind)
    return Lexicon(phrases)


def main(argv: list[str] | None = None) -> int:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--model", default=str(MODEL_PATH))
    parser.add_argument("--gazetteer", default=str(GAZETTEER_PATH))
    parser.add_argument("--clusters", default=str(CLUSTERS_PATH), help="from scripts/train_word_clusters.py")
    parser.add_argument("--lexicon", default=str(LEXICON_PATH))
    args = parser.parse_args(argv)

    train = read_part(Path(args.shared) / "data" / "vlsp2018-ner" / "train")
    docs = sorted({s.doc for s in train})
    fold_of = {d: k % args.folds for k, d in enumerate(docs)}
    lexicon = underthesea_lexicon()
    gazetteers = [
        Gazetteer.build((s.tokens, s.labels) for s in train if fold_of[s.doc] != f) for f in range(args.folds)
    ]
    for g in gazetteers:
        g.lexicon = lexicon
    clusters = WordClusters.load(Path(args.clusters))
    trainer = pycrfsuite.Trainer(verbose=False)
    started = time.perf_counter()
    for s in train:
        trainer.append(features(s.tokens, gazetteers[fold_of[s.doc]], clusters), to_bilou(s.labels))
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(args.model)
    full = Gazetteer.build((s.tokens, s.labels) for s in train)
    Path(args.gazetteer).write_text(json.dumps(full.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    Path(args.lexicon).write_text(json.dumps(lexicon.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"trained on {len(train)} sentences of {len(docs)} documents "
        f"in {time.perf_counter() - started:.0f} s; "
        f"model {Path(args.model).stat().st_size / 1e6:.1f} MB, gazetteer {len(full.share)} syllables, "
        f"lexicon {len(lexicon.phrases)} entries",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
