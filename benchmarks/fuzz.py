"""Fuzz every stage a page goes through, and time the hostile patterns at full size.

    python benchmarks/fuzz.py [--examples 2000] [--scale 490000] [--patterns-only]

Prints, for each target (decode, normalize, split, clean, summarize, the JSONL reader,
the web API): inputs tried, crashes (any exception that is not the stage's documented
refusal; the first few are shown), and the slowest input with its time; then each
hostile pattern of `tomtat.eval.hostile` at `--scale` characters (default: just under
the page budget of `tomtat.budget`, the most a page may cost; above it a page is
refused before any work) through `summarize` with its time per stage and the process's
peak memory. The property tests run the
same strategies with a few hundred examples in CI.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tomtat
from tomtat import budget
from tomtat.eval.hostile import hostile_texts, json_page, news_text, page_bytes
from tomtat.model import Page
from tomtat.read.decode import DecodeError, decode
from tomtat.read.stream import jsonl_lines
from tomtat.text.normalize import normalize_line
from tomtat.text.sentences import split_sentences


def _from_object(obj, pid, path):
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ValueError("not a page")
    return Page(id=pid, path=str(path), text=obj["text"])


def _api_client():
    from fastapi.testclient import TestClient

    from tomtat.web.app import create_app

    return TestClient(create_app(Path(tempfile.mkdtemp()) / "fuzz.db"))


def _page_dict(text: str) -> dict:
    return {"html" if text.startswith("<html>") else "text": text}


def targets():
    client = _api_client()

    def api(pages):
        body = json.dumps({"pages": pages}).encode()
        r = client.post("/api/stories", content=body, headers={"content-type": "application/json"})
        if r.status_code >= 500:
            raise AssertionError(f"HTTP {r.status_code}: {r.text[:200]}")

    def decoding(data):
        try:
            decode(data, "fuzz")
        except DecodeError:
            pass  # the documented refusal

    html = news_text().map(lambda t: f"<html><body><p>{t}</p></body></html>")
    return {
        "decode": (page_bytes(), decoding),
        "normalize": (news_text(), normalize_line),
        "split": (news_text(), split_sentences),
        # pages as dicts: a bare string that names an existing file or folder ("./.") is
        # read as that path, by design
        "clean": (st.one_of(news_text(), html), lambda t: tomtat.clean([_page_dict(t)])),
        "summarize": (
            st.lists(news_text(), min_size=1, max_size=3),
            lambda texts: tomtat.summarize([{"text": t} for t in texts]),
        ),
        "jsonl": (
            st.lists(json_page().map(lambda v: json.dumps(v).encode()), max_size=5),
            lambda lines: list(jsonl_lines(io.BytesIO(b"\n".join(lines)), "f", "f", str, _from_object)),
        ),
        "api": (st.lists(json_page(), max_size=3), api),
    }


def fuzz(strategy, call, examples: int) -> dict:
    tried, crashes, slowest = 0, [], (0.0, None)

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(value):
        nonlocal tried, slowest
        tried += 1
        started = time.perf_counter()
        try:
            call(value)
        except Exception:
            crashes.append((repr(value)[:200], traceback.format_exc(limit=3)))
        spent = time.perf_counter() - started
        if spent > slowest[0]:
            slowest = (spent, repr(value)[:80])

    run()
    return {"tried": tried, "crashes": crashes, "slowest": slowest}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--scale", type=int, default=budget.MAX_TEXT_CHARS - 10_000)
    parser.add_argument("--patterns-only", action="store_true", help="skip the fuzzing")
    args = parser.parse_args()

    print(f"{'target':<10} {'inputs':>7} {'crashes':>8} {'slowest':>9}  slowest input")
    total_crashes = 0
    for name, (strategy, call) in ([] if args.patterns_only else targets().items()):
        started = time.perf_counter()
        result = fuzz(strategy, call, args.examples)
        total_crashes += len(result["crashes"])
        spent, value = result["slowest"]
        print(
            f"{name:<10} {result['tried']:>7} {len(result['crashes']):>8} {spent * 1000:>7.1f}ms  {value}"
            f"   ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        for value, trace in result["crashes"][:3]:
            print(f"    crash on {value}\n{trace}")

    print(f"\nhostile patterns, {args.scale:,} characters each, through summarize:")
    print(f"{'pattern':<26} {'total s':>8}  slowest stage   peak RSS")
    for name, text in hostile_texts(args.scale).items():
        started = time.perf_counter()
        story = tomtat.summarize([text])
        spent = time.perf_counter() - started
        stage = max(story.timings, key=story.timings.get)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        dropped = ", ".join(p.kind for p in story.problems)
        print(
            f"{name:<26} {spent:>8.2f}  {stage} {story.timings[stage]:.2f} s   {peak:.0f} MB"
            + (f"   (skipped: {dropped})" if dropped else ""),
            flush=True,
        )
    return 1 if total_crashes else 0


if __name__ == "__main__":
    sys.exit(main())
