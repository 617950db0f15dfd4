"""Where `tomtat stories` runs its per-page and per-story work: processes of this machine
(`local`) or the workers of a Dask cluster (`dask`).

Only two kinds of work leave the parent process, and both are pure functions of their
input: cleaning one page into a Doc (`collection.ingest.ingest`) and summarizing one
story from its articles (`collection.build.summarize_articles`). Folding, grouping and
every write to the store stay in the parent, in one pass in time order, so the stories
are the same whichever engine ran the work (tested on a two-worker local cluster).

Why Dask and not Ray, measured on this 2-core machine by `benchmarks/engines.py` (600
pooled dev pages, two workers, Ray 2.60 and Dask 2026.8 installed side by side):

| engine | start | cleaning pages/s | whole run | installed |
| --- | --- | --- | --- | --- |
| this machine, 2 processes | 0 s | 277 | 5.1 s | - |
| Dask local cluster | 1.0 s | 163 | 6.5 s | dask + distributed, a few MB of Python |
| Ray | 2.8 s | 170 | 5.7 s | 240 MB package, its own object store |

Throughput is close (both pay for shipping pages and Docs between processes, which is
why one machine is best served by its own processes); Dask starts faster, installs in a
fraction of the space, and its futures are a `concurrent.futures` executor, the
interface the local engine already uses, so both engines share one code path. Pages go
to workers eight at a time (`collection.ingest.BATCH`): one page per task gave Dask 71
pages/s on 300 pages, eight 103 and more as the run grows.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

ENGINES = ("local", "dask")
CONNECT_SECONDS = 10  # to reach a running scheduler before saying it cannot be reached


class EngineError(RuntimeError):
    """The engine asked for cannot run (Dask not installed, scheduler unreachable)."""


@contextmanager
def executor(engine: str = "local", jobs: int = 1, scheduler: str | None = None) -> Iterator[Executor | None]:
    """An executor for the work, or None to run it in this process (`local` with one
    job). `dask` without `scheduler` starts a cluster of `jobs` worker processes on
    loopback for the run; with it, the work goes to that running cluster."""
    if engine == "local":
        if jobs <= 1:
            yield None
            return
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield pool
        return
    if engine != "dask":
        raise EngineError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("--engine dask needs Dask: pip install 'dask[distributed]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=f"{CONNECT_SECONDS}s")
        else:
            cluster = LocalCluster(
                n_workers=max(1, jobs),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            )
            client = Client(cluster)
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
