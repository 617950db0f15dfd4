"""What the public API accepts as "pages", sorted into paths and ready pages.

`tomtat.summarize` and friends take one input or many: a `Path` or a string naming a
file or folder, a string or bytes holding a page's HTML or text, a `Page`, or a dict in
the JSON page format. A string is taken for its content when it cannot be a path (it
holds a line break or starts with "<"), for a path when that path exists or looks like
one (a separator or a known suffix: a typo then becomes a "no such file" problem rather
than a one-line page), and for text otherwise. A bare string is one input, never a
sequence of characters.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tomtat.model import Page, Problem
from tomtat.read.decode import DecodeError, decode
from tomtat.read.files import KNOWN_SUFFIXES, from_object, looks_like_html

Input = str | bytes | os.PathLike | Page | dict


def _content_page(text: str, n: int) -> Page:
    digest = hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:8]
    pid = f"input-{n}-{digest}"
    if looks_like_html(text) or text.lstrip().startswith("<"):
        return Page(id=pid, html=text)
    return Page(id=pid, text=text)


# A string that names no existing file is read as a path only when it is short: file
# names run to a few words, a news sentence to 15-30.
PATH_MAX_WORDS = 8


def _is_path_like(s: str) -> bool:
    if s == "-":
        return True  # standard input
    if "\n" in s or s.lstrip().startswith("<"):
        return False
    if os.path.exists(s):
        return True
    if len(s.split()) >= PATH_MAX_WORDS or s.rstrip().endswith((".", "!", "?", "”", '"')):
        return False  # a sentence with a date in it ("Sáng 3/4, ...") is text, not a missing file
    return ("/" in s or os.sep in s) and len(s) < 4096 or Path(s).suffix.lower() in KNOWN_SUFFIXES


def sort_inputs(inputs: Any) -> tuple[list[Path | str], list[Page], list[Problem]]:
    """Paths to read, pages ready to clean, and inputs that are neither."""
    if isinstance(inputs, str | bytes | os.PathLike | Page | dict):
        inputs = [inputs]
    elif not isinstance(inputs, Iterable):
        raise TypeError(f"expected a path, a page's text or a list of them, not {type(inputs).__name__}")
    paths: list[Path | str] = []
    pages: list[Page] = []
    problems: list[Problem] = []
    for n, item in enumerate(inputs, 1):
        if isinstance(item, Page):
            pages.append(item)
        elif isinstance(item, os.PathLike):
            paths.append(Path(item))
        elif isinstance(item, str):
            if _is_path_like(item):
                paths.append(item)
            elif item.strip():
                pages.append(_content_page(item, n))
            else:
                problems.append(Problem(f"input {n}", "empty", f"input {n}: the text is empty"))
        elif isinstance(item, bytes):
            try:
                pages.append(_content_page(decode(item, f"input {n}"), n))
            except DecodeError as exc:
                problems.append(Problem(f"input {n}", exc.kind, str(exc)))
        elif isinstance(item, dict):
            try:
                pages.append(from_object(item, f"input-{n}", Path(f"input-{n}")))
            except ValueError as exc:
                problems.append(Problem(f"input {n}", "bad_json", f"input {n}: {exc}"))
        else:
            problems.append(
                Problem(
                    f"input {n}", "unreadable", f"input {n}: a {type(item).__name__} is not a page or a path"
                )
            )
    return paths, pages, problems
