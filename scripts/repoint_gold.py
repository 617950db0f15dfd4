"""Re-point the who-said-what gold after a change of the cleaner or the splitter.

    python scripts/repoint_gold.py [--shared ../shared] [--check]

Each gold row of `tests/fixtures/facts_gold/quotes.tsv` and
`tests/fixtures/vnmds_facts/{quotes,events}.tsv` points at a sentence by its index in
its article and carries a fingerprint of that sentence (`eval.quotes.sentence_check`):
the sentence itself is never copied into the repository. When the cleaner keeps a line
it dropped before (an intertitle), the sentences after it move. This moves each row to
the sentence that now has its fingerprint, the nearest to where it was when two have it,
and rewrites the files; a row whose sentence is gone is reported and left as it is (it
then needs a reading). `--check`: report only (exit 1 when a row moved).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = (
    ROOT / "tests" / "fixtures" / "facts_gold" / "quotes.tsv",
    ROOT / "tests" / "fixtures" / "vnmds_facts" / "quotes.tsv",
    ROOT / "tests" / "fixtures" / "vnmds_facts" / "events.tsv",
)

from tomtat.eval import quotes as quote_eval  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--check", action="store_true", help="report the moved rows, change nothing")
    args = parser.parse_args(argv)
    tables = {}
    for path in FILES:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            tables[path] = (reader.fieldnames or [], list(reader))
    gold = [
        quote_eval.StatementGold(
            row.get("dataset") or "vnmds-dev", row["cluster"], row["doc"], int(row["sentence"]), "", (), ""
        )
        for _, rows in tables.values()
        for row in rows
    ]
    stories = quote_eval.gold_stories(gold, args.shared)
    moved = lost = 0
    for path, (fields, rows) in tables.items():
        changed = False
        for row in rows:
            story = stories[row["cluster"]]
            article = next(a for a in story.articles if a.id == row["doc"])
            old = int(row["sentence"])
            now = [s.index for s in article.sentences if quote_eval.sentence_check(s.text) == row["check"]]
            if old in now:
                continue
            where = f"{path.relative_to(ROOT)}: {row['cluster']}/{row['doc']}#{old}"
            if not now:
                lost += 1
                print(f"{where}: no sentence has its fingerprint now", file=sys.stderr)
                continue
            new = min(now, key=lambda k: (abs(k - old), k))
            print(f"{where} -> #{new}", file=sys.stderr)
            row["sentence"] = str(new)
            moved += 1
            changed = True
        if changed and not args.check:
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=fields, delimiter="\t", lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
    print(f"{moved} rows moved, {lost} lost", file=sys.stderr)
    return 1 if (moved and args.check) or lost else 0


if __name__ == "__main__":
    sys.exit(main())
