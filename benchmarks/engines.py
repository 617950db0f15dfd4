"""`tomtat stories` on each engine, side by side: this machine's processes, a Dask
local cluster and (when Ray is installed) Ray, on the same pages.

    python benchmarks/engines.py [--pages 600] [--jobs 2]

The pages are the vnmds-dev, abmusu-train and vims-dev articles pooled and shuffled
(`eval.pools`), repeated with fresh identities up to `--pages`. Printed per engine: the
time to start it, pages/s of the per-page work (cleaning + fingerprints) alone, the
whole run's wall time (read, clean, fold, group, summarize), and whether the story files
equal the local engine's. Ray is measured through a small executor adapter here only
(tomtat ships no Ray engine: see `collection.engine` for why Dask).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from concurrent.futures import Executor, Future
from pathlib import Path

from tomtat.collection import engine, store
from tomtat.collection.build import Options, _build
from tomtat.collection.ingest import ingest_all
from tomtat.eval import pools
from tomtat.read.files import read_pages

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


class RayExecutor(Executor):
    """concurrent.futures over Ray tasks (for this measurement only)."""

    def __init__(self, jobs: int) -> None:
        import ray

        ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False)
        self.ray = ray
        self.remote = {}

    def submit(self, fn, /, *args, **kwargs) -> Future:
        task = self.remote.get(fn)
        if task is None:
            task = self.remote[fn] = self.ray.remote(fn)
        return task.remote(*args, **kwargs).future()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.ray.shutdown()

    def __enter__(self) -> RayExecutor:
        return self


def _pages(path: Path, n: int) -> Path:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = path.with_name(f"pages-{n}.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for k in range(n):
            row = dict(rows[k % len(rows)])
            row["id"] = f"{row.get('id', 'p')}-{k // len(rows)}"
            if k >= len(rows):
                row["text"] = row["text"] + f"\n(bản {k // len(rows)})"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def _run(name: str, make, pages: Path, jobs: int) -> tuple[dict, dict[str, str]]:
    started = time.perf_counter()
    with make() as pool:
        up = time.perf_counter() - started
        items = list(read_pages([pages]))
        t = time.perf_counter()
        docs = list(ingest_all(items, jobs if pool is not None else 1, pool))
        rate = len(docs) / (time.perf_counter() - t)
        db = store.connect(":memory:")
        t = time.perf_counter()
        _build([pages], db, Options(jobs=jobs, engine="local"), pool, None)
        whole = time.perf_counter() - t
        files = {sid: data for _, sid, data in store.story_rows(db) if data}
    return {"engine": name, "start s": up, "pages/s": rate, "run s": whole}, files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pools.pooled(SHARED / "data" / "vnmds-dev", Path(tmp), seed=11)
        pages = _pages(Path(tmp) / "pool.jsonl", args.pages)
        makers = {
            "local (1 process)": lambda: contextlib.nullcontext(None),
            f"local ({args.jobs} processes)": lambda: engine.executor("local", args.jobs),
            f"dask local cluster ({args.jobs} workers)": lambda: engine.executor("dask", args.jobs),
        }
        try:
            import ray  # noqa: F401

            makers[f"ray ({args.jobs} workers)"] = lambda: RayExecutor(args.jobs)
        except ImportError:
            print("ray not installed: not measured", file=sys.stderr)
        print(f"{args.pages} pages, {args.jobs} jobs")
        print(f"{'engine':34} {'start s':>8} {'pages/s':>8} {'run s':>7}  same stories")
        reference = None
        for name, make in makers.items():
            row, files = _run(name, make, pages, args.jobs)
            reference = files if reference is None else reference
            same = "yes" if files == reference else "NO"
            cells = f"{row['start s']:8.2f} {row['pages/s']:8.1f} {row['run s']:7.1f}"
            print(f"{name:34} {cells}  {same}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
