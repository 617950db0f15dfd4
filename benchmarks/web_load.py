"""Load on loopback: requests/s and latency of the story page and the search endpoint
with 10,000 stories in the store.

    python benchmarks/web_load.py [--stories 10000] [--seconds 15] [--clients 8]

The store is filled with the 50 vnmds-dev clusters and the seeds summarized by tomtat,
copied with numbered headlines up to --stories. The server is `tomtat serve` in its own
process (one uvicorn worker); the client is a pool of threads with keep-alive httpx
connections, each sending requests back to back for a fixed time.

Last, the story page is measured again while two other clients post hostile pages back
to back (each pattern of `tomtat.eval.hostile` at 490,000 characters, just under the
page budget, plus a 60 kB search query): the p95 and worst latency of the readers
say whether one hostile request can hold the server (goal: answers within 100 ms).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
QUERIES = [
    "thuong dinh",
    "Triều Tiên",
    "bão lũ",
    "giá vàng",
    "Hà Nội",
    "ngân hàng nợ xấu",
    "tàu điện",
    "Lavrov",
]


def fill(db_path: Path, total: int) -> list[str]:
    from tomtat.collection import store
    from tomtat.eval.vnmds import read_clusters
    from tomtat.pipeline import summarize

    bases = [summarize([SHARED / "seeds"]).to_dict()]
    bases += [summarize(c.pages, story_id=c.id).to_dict() for c in read_clusters(SHARED / "data/vnmds-dev")]
    db = store.connect(db_path)
    ids = []
    for n in range(total):
        data = json.loads(json.dumps(bases[n % len(bases)]))
        data["headline"] = f"{data.get('headline') or ''} ({n // len(bases) + 1})"
        ids.append(store.add_pasted_story(db, data))
    db.close()
    return ids


def hammer(url_of, seconds: float, clients: int) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker(seed: int) -> None:
        nonlocal errors
        rng = random.Random(seed)
        mine, bad = [], 0
        with httpx.Client(timeout=30) as client:
            while time.perf_counter() < stop:
                started = time.perf_counter()
                r = client.get(url_of(rng))
                mine.append(time.perf_counter() - started)
                bad += r.status_code != 200
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(latencies[int(len(latencies) * 0.95)] * 1000, 1),
        "max_ms": round(latencies[-1] * 1000, 1),
    }


def hostile_posters(base: str, stop: threading.Event, statuses: dict) -> list[threading.Thread]:
    from tomtat.eval.hostile import hostile_texts

    texts = list(hostile_texts(490_000).values())

    def post(offset: int) -> None:
        with httpx.Client(timeout=300) as client:
            k = offset
            while not stop.is_set():
                r = client.post(f"{base}/api/stories", json={"pages": [{"text": texts[k % len(texts)]}]})
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                try:
                    r = client.get(f"{base}/api/stories", params={"q": "thuong dinh " * 5_000})
                    status = r.status_code
                except httpx.HTTPError:  # uvicorn drops a request line over its limit
                    status = "connection closed"
                statuses[status] = statuses.get(status, 0) + 1
                k += 1

    return [threading.Thread(target=post, args=(k,), daemon=True) for k in range(2)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "load.db"
        started = time.perf_counter()
        ids = fill(db_path, args.stories)
        print(
            f"store: {len(ids)} stories written in {time.perf_counter() - started:.1f} s "
            f"({db_path.stat().st_size / 2**20:.0f} MB)"
        )
        port = 8000 + random.Random().randrange(1000, 2000)
        server = subprocess.Popen(
            [sys.executable, "-m", "tomtat.cli", "serve", "--db", str(db_path), "--port", str(port)],
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(base + "/api/stories", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            runs = {
                "story page  GET /stories/{id}": lambda rng: f"{base}/stories/{rng.choice(ids)}",
                "search      GET /api/stories?q=": lambda rng: f"{base}/api/stories?q={rng.choice(QUERIES)}",
                "search page GET /?q=": lambda rng: f"{base}/?q={rng.choice(QUERIES)}",
            }
            print(f"{args.clients} clients, {args.seconds:.0f} s each, one server process, loopback")
            for name, url_of in runs.items():
                print(f"{name:34} {json.dumps(hammer(url_of, args.seconds, args.clients))}")
            stop, statuses = threading.Event(), {}
            posters = hostile_posters(base, stop, statuses)
            for t in posters:
                t.start()
            time.sleep(1)  # the hostile requests are in flight
            story_page = runs["story page  GET /stories/{id}"]
            under_attack = hammer(story_page, args.seconds, 2)
            stop.set()
            print(f"{'story page, hostile POSTs in flight':34} {json.dumps(under_attack)}")
            print(f"{'':34} hostile requests answered by status: {json.dumps(statuses)}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
