"""Find input files and read them into `Page`s.

`.txt` is flattened page text, `.html`/`.htm` a saved page, `.json` an object (or a list
of objects) and `.jsonl` one object per line (streamed, see `read.stream`, as are WARC
archives), each with at least `text` or `html` and
optionally `url`, `title`, `published`, `source`. Folders are read recursively in name
order. A file that cannot be read becomes a `Problem`; the rest of the batch goes on.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from tomtat.model import Page, Problem
from tomtat.read.decode import MAX_BYTES, DecodeError, decode
from tomtat.read.stream import is_stream, iter_stream, jsonl_lines

TEXT_SUFFIXES = {".txt", ".text"}  # not .md: a folder's README is not a news page
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES


def shown(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes of a file name that
    are not UTF-8 (kept by Python as surrogates) become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def is_page_file(path: Path) -> bool:
    """A file a folder may hold pages in: text, HTML, JSON(L) or a WARC archive. Named
    one by one, any file is read (and sniffed); in a folder, others are skipped."""
    return path.suffix.lower() in KNOWN_SUFFIXES or is_stream(path)


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Files named by `paths` (folders recursively, in name order), and the paths that
    are missing or, inside a folder, not pages."""
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")),
                key=lambda p: p.relative_to(path).parts,
            )
            for p in found:
                if is_page_file(p):
                    files.append(p)
                else:
                    problems.append(
                        Problem(
                            shown(p), "not_a_page", f"{shown(p)}: not a page type ({p.suffix or 'no suffix'})"
                        )
                    )
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(shown(path), "missing", f"{shown(path)}: no such file or folder"))
    return files, problems


def _page_id(path: Path | str, taken: set[str]) -> str:
    """A unique id from a file's stem (or a given name), safe in file names and URLs."""
    stem = path.stem if isinstance(path, Path) else path
    base = re.sub(r"[^\w.-]+", "-", stem).strip("-") or "page"
    pid, n = base, 2
    while pid in taken:
        pid, n = f"{base}-{n}", n + 1
    taken.add(pid)
    return pid


def from_object(obj: object, pid: str, path: Path) -> Page:
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str | None) or not isinstance(html, str | None):
        raise ValueError('"text" and "html" must be strings')
    if not (text or html):
        raise ValueError('the object has neither "text" nor "html"')

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return str(value) if value not in (None, "") else None

    return Page(
        id=pid,
        path=shown(path),
        text=text,
        html=html,
        url=opt("url"),
        title=opt("title"),
        published=opt("published"),
        source=opt("source"),
    )


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def read_file(path: Path, taken: set[str] | None = None) -> tuple[list[Page], list[Problem]]:
    """Read one file into pages. Never raises for bad content: problems are returned."""
    taken = set() if taken is None else taken
    name = shown(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return [], [Problem(name, "unreadable", f"{name}: cannot read ({exc.strerror or exc})")]
    if size > MAX_BYTES:
        return [], [
            Problem(
                name,
                "too_large",
                f"{name}: {size / 1e6:.1f} MB is too large for a news page (limit {MAX_BYTES / 1e6:.0f} MB)",
            )
        ]
    return pages_from_bytes(data, path, taken)


def pages_from_bytes(
    data: bytes, path: Path, taken: set[str] | None = None
) -> tuple[list[Page], list[Problem]]:
    """The pages of a file's bytes, by its name: JSON (one object or a list; JSON lines
    for .jsonl), HTML, or flattened text. The CLI, the store and the web's uploads all
    read files here, so an upload is read exactly as the same file on disk."""
    taken = set() if taken is None else taken
    name = shown(path)
    try:
        text = decode(data, name)
    except DecodeError as exc:
        return [], [Problem(name, exc.kind, str(exc))]
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        pages: list[Page] = []
        problems: list[Problem] = []
        for item in jsonl_lines(
            io.BytesIO(data), name, path.stem, lambda stem: _page_id(stem, taken), from_object
        ):
            (problems if isinstance(item, Problem) else pages).append(item)
        return pages, problems
    if suffix in JSON_SUFFIXES:
        return _read_json(path, text, taken)
    pid = _page_id(path, taken)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text)):
        return [Page(id=pid, path=name, html=text)], []
    return [Page(id=pid, path=name, text=text)], []


def _read_json(path: Path, text: str, taken: set[str]) -> tuple[list[Page], list[Problem]]:
    """A `.json` file: one object or a list of them (`.jsonl` is streamed instead)."""
    name = shown(path)
    pages: list[Page] = []
    problems: list[Problem] = []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [Problem(name, "bad_json", f"{name}: invalid JSON ({exc.msg}, line {exc.lineno})")]
    except (RecursionError, ValueError) as exc:  # nesting too deep, an integer of thousands of digits
        return [], [Problem(name, "bad_json", f"{name}: JSON that cannot be read ({type(exc).__name__})")]
    records = list(enumerate(data if isinstance(data, list) else [data], 1))
    single = len(records) == 1
    for n, obj in records:
        stem = path if single else path.with_name(f"{path.stem}-{n}{path.suffix}")
        try:
            pages.append(from_object(obj, _page_id(stem, taken), path))
        except ValueError as exc:
            where = name if single else f"{name}:{n}"
            problems.append(Problem(where, "bad_json", f"{where}: {exc}"))
    return pages, problems


STDIN = "-"


def read_stdin(taken: set[str]) -> Iterator[Page | Problem]:
    """Standard input as pages: JSON lines when it opens with "{" (streamed, any size),
    a JSON list when it opens with "[", else one HTML or text page."""
    import sys

    stream = sys.stdin.buffer
    head = stream.peek(256)[:256] if hasattr(stream, "peek") else b""
    first = head.lstrip()[:1]
    if first == b"{":
        yield from jsonl_lines(stream, "stdin", "stdin", lambda stem: _page_id(stem, taken), from_object)
        return
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        yield Problem(
            "stdin", "too_large", f"stdin: more than {MAX_BYTES / 1e6:.0f} MB is too large for a page"
        )
        return
    try:
        text = decode(data, "stdin")
    except DecodeError as exc:
        yield Problem("stdin", exc.kind, str(exc))
        return
    if first == b"[":
        pages, problems = _read_json(Path("stdin.json"), text, taken)
        yield from problems
        yield from pages
        return
    pid = _page_id("stdin", taken)
    yield (
        Page(id=pid, path="stdin", html=text)
        if looks_like_html(text)
        else Page(id=pid, path="stdin", text=text)
    )


def read_pages(paths: Iterable[str | Path]) -> Iterator[Page | Problem]:
    """Pages and problems for every input, in order; ids are unique across the batch.
    `.jsonl` files and WARC archives are streamed, so they may be of any size; "-" is
    standard input."""
    paths = list(paths)
    taken: set[str] = set()
    if any(str(p) == STDIN for p in paths):
        yield from read_stdin(taken)
    files, missing = expand(p for p in paths if str(p) != STDIN)
    yield from missing
    for path in files:
        if is_stream(path):
            yield from iter_stream(path, lambda stem: _page_id(stem, taken), from_object)
            continue
        pages, problems = read_file(path, taken)
        yield from problems
        yield from pages
