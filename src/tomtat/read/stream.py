"""Collections too large to read whole: `.jsonl` files and WARC archives, page by page.

A crawl's `.jsonl` can be gigabytes, so it is streamed line by line, and a line is
never held beyond the one-page size limit: an overlong line is skipped by reading past
it in chunks (a 2 GB line costs one chunk of memory, not 2 GB). Header lines of a WARC
archive are held to `WARC_HEADER_LIMIT` the same way (warcio reads them with an
unbounded readline; a 1 GiB header line would otherwise be held whole).

WARC archives (`.warc`, `.warc.gz`) are read with warcio, the Webrecorder project's
maintained reader: every `response` record with an HTML or text payload and a 2xx
status becomes a page (URL from `WARC-Target-URI`, date from `WARC-Date`); `resource`
records of those types too. Other records (requests, metadata, images, redirects) are
skipped silently, since a crawl is full of them, while a record whose body cannot be
decoded is reported.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from tomtat.model import Page, Problem
from tomtat.read.decode import MAX_BYTES, DecodeError, decode

WARC_HEADER_LIMIT = 1024 * 1024  # bytes of header lines per record: real ones are < 10 kB
SKIP_CHUNK = 1024 * 1024  # the piece an overlong line is skipped by

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def is_stream(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(WARC_SUFFIXES) or name.endswith(JSONL_SUFFIXES)


def iter_stream(path: Path, page_id, from_object) -> Iterator[Page | Problem]:
    """Pages of a `.jsonl` or WARC file; `page_id(stem)` gives unique ids and
    `from_object(obj, pid, path)` turns a JSON object into a Page (or raises ValueError)."""
    if path.name.lower().endswith(WARC_SUFFIXES):
        yield from _iter_warc(path, page_id)
    else:
        yield from _iter_jsonl(path, page_id, from_object)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in WARC_SUFFIXES + JSONL_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _iter_jsonl(path: Path, page_id, from_object) -> Iterator[Page | Problem]:
    name = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Problem(name, "unreadable", f"{name}: cannot read ({exc.strerror or exc})")
        return
    with fh:
        yield from jsonl_lines(fh, name, _stem(path), page_id, from_object)


def jsonl_lines(fh, name: str, stem: str, page_id, from_object) -> Iterator[Page | Problem]:
    """Pages of an open binary stream of JSON lines (a file, or standard input)."""
    path = Path(name)
    n = 0
    while True:
        raw = fh.readline(MAX_BYTES + 1)
        if not raw:
            return
        n += 1
        where = f"{name}:{n}"
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            size = len(raw) + _skip_line(fh)
            message = f"{where}: a line of {size / 1e6:.1f} MB is too large for a page"
            yield Problem(where, "too_large", message)
            continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(decode(raw, where))
            yield from_object(obj, page_id(f"{stem}-{n}"), path)
        except DecodeError as exc:
            yield Problem(where, exc.kind, str(exc))
        except json.JSONDecodeError as exc:
            yield Problem(where, "bad_json", f"{where}: invalid JSON ({exc.msg})")
        except ValueError as exc:
            yield Problem(where, "bad_json", f"{where}: {exc}")
        except RecursionError:
            yield Problem(where, "bad_json", f"{where}: JSON nested too deep")


def _skip_line(fh) -> int:
    """Read past the rest of a line, one chunk at a time; the number of bytes skipped."""
    skipped = 0
    while True:
        piece = fh.readline(SKIP_CHUNK)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            return skipped


class _HeaderTooLong(Exception):
    pass


def _bound_header_lines(reader) -> None:
    """Make warcio's reader refuse header blocks over WARC_HEADER_LIMIT: every readline
    counts against the limit, which a payload read() resets (headers are read by lines,
    bodies by read())."""
    readline, read = reader.readline, reader.read
    used = [0]

    def bounded_readline(length=None):
        room = WARC_HEADER_LIMIT - used[0]
        if room <= 0:
            raise _HeaderTooLong
        line = readline(min(length, room) if length else room)
        used[0] += len(line)
        if len(line) >= room and not line.endswith(b"\n"):
            raise _HeaderTooLong
        return line

    def reading(*args, **kwargs):
        used[0] = 0
        return read(*args, **kwargs)

    reader.readline, reader.read = bounded_readline, reading


def _iter_warc(path: Path, page_id) -> Iterator[Page | Problem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    try:
        # gzip's reader inflates in bounded pieces; warcio's own inflates a whole block,
        # which a crafted record turns into tens of MB at once
        fh = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")
    except OSError as exc:
        yield Problem(name, "unreadable", f"{name}: cannot read ({exc.strerror or exc})")
        return
    with fh:
        n = 0
        try:
            archive = ArchiveIterator(fh, arc2warc=True)
            _bound_header_lines(archive.reader)
            for record in archive:
                if record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{name}#{n}" + (f" ({url})" if url else "")
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode() or ""
                    if not status.startswith("2"):
                        continue
                    ctype = record.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if ctype and not any(t in ctype.lower() for t in ("html", "text/plain", "xml")):
                    continue
                data = record.content_stream().read(MAX_BYTES + 1)
                if len(data) > MAX_BYTES:
                    yield Problem(where, "too_large", f"{where}: larger than {MAX_BYTES // 2**20} MB")
                    continue
                try:
                    text = decode(data, where)
                except DecodeError as exc:
                    yield Problem(where, exc.kind, str(exc))
                    continue
                is_html = "html" in ctype.lower() or "<html" in text[:2000].lower()
                yield Page(
                    id=page_id(f"{_stem(path)}-{n}"),
                    path=f"{name}#{n}",
                    text=None if is_html else text,
                    html=text if is_html else None,
                    url=url,
                    published=(record.rec_headers.get_header("WARC-Date") or "")[:10] or None,
                )
        except ArchiveLoadFailed as exc:
            yield Problem(name, "bad_warc", f"{name}: not a readable WARC archive ({exc})")
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            message = f"{name}: broken gzip data after record {n} ({exc or 'cut short'})"
            yield Problem(name, "bad_warc", message)
        except _HeaderTooLong:
            yield Problem(
                name,
                "bad_warc",
                f"{name}: record {n + 1} has header lines over {WARC_HEADER_LIMIT // 1024} kB;"
                " the rest of the archive is skipped",
            )
