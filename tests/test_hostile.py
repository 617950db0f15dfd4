"""Hostile input as a crawler meets it: oversized records, broken archives, legacy
encodings, pages that would take too long. Each case ends in a reason, and the rest of
the batch is kept."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc

from tomtat.model import Page, Problem
from tomtat.read import stream


def _page(obj, pid, path):
    return Page(id=pid, path=str(path), text=obj["text"])


def test_an_overlong_jsonl_line_is_skipped_without_being_held(monkeypatch):
    """A line over the page limit is read past in chunks: memory stays near one chunk,
    and the lines after it are read."""
    monkeypatch.setattr(stream, "MAX_BYTES", 1_000_000)
    monkeypatch.setattr(stream, "SKIP_CHUNK", 100_000)
    good = json.dumps({"text": "Hà Nội mưa lớn."}, ensure_ascii=False).encode() + b"\n"
    data = good + b'{"text": "' + b"a" * 8_000_000 + b'"}\n' + good
    tracemalloc.start()
    out = list(stream.jsonl_lines(io.BytesIO(data), "crawl.jsonl", "crawl", lambda s: s, _page))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [type(x) for x in out] == [Page, Problem, Page]
    assert out[1].kind == "too_large" and "8.0 MB" in out[1].message
    assert peak < 3_000_000, peak  # the 8 MB line was never held whole


def _warc_with_header_line(path, size):
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bao.example/a\r\n"
        b"X-Long: " + b"x" * size + b"\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    )
    path.write_bytes(gzip.compress(record))


def test_a_giant_warc_header_line_is_refused_with_a_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "WARC_HEADER_LIMIT", 64 * 1024)
    path = tmp_path / "huge.warc.gz"
    _warc_with_header_line(path, 40_000_000)
    tracemalloc.start()
    out = list(stream.iter_stream(path, lambda s: s, _page))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(out) == 1 and out[0].kind == "bad_warc" and "header lines over 64 kB" in out[0].message
    # the 40 MB line is never held whole (warcio's own gzip reader reached 49 MB here)
    assert peak < 10_000_000, peak
