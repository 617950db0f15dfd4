"""Train the sentence scorer shipped in `src/tomtat/summary/scorer.json`.

    python scripts/train_summarizer.py [--shared ../shared] [--alpha 10]

Reads the three development sets (vnmds-dev, abmusu-train, vims-dev), labels each
candidate sentence by the share of its syllable bigrams found in the references, fits
a ridge regression on all of them (each cluster weighs the same) and writes the weights.
Deterministic: same data, same file. `benchmarks/summaries.py` prints the
leave-one-dataset-out figures of this very procedure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from tomtat.eval.datasets import DATASETS  # noqa: E402
from tomtat.eval.training import ALPHA, examples, fit  # noqa: E402
from tomtat.summary.scorer import MODEL_PATH  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--alpha", type=float, default=ALPHA)
    parser.add_argument("-o", "--output", default=str(MODEL_PATH))
    args = parser.parse_args(argv)
    train = []
    for name in DATASETS:
        data = examples(name, args.shared)
        print(
            f"{name}: {len(data)} clusters, {sum(len(e.pool) for e in data)} candidate sentences",
            file=sys.stderr,
        )
        train += data
    scorer = fit(train, args.alpha)
    Path(args.output).write_text(json.dumps(scorer.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
