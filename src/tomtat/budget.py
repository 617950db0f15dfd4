"""What one page may cost before it is skipped with a reason instead of being hung on.

Sizes are checked before the work starts, so no page is ever half done:

- raw bytes: `read.decode.MAX_BYTES` (10 MB);
- HTML elements: `MAX_HTML_TAGS`. Extraction (trafilatura on lxml) costs about 0.1 ms
  per element, whatever the nesting (measured: 60,000 `<p>` paragraphs 6.2 s, 120,000
  `<b>` tags 1.7 s, 60,000 nested `<div>` 0.05 s); the five pages of `pages-dev` have
  1,200-2,500 tags each. 50,000 keeps a page under ~5 s with 20x room for real pages;
- page text: `MAX_TEXT_CHARS` characters (text input, or the text extracted from HTML).
  The longest article of the three summarization dev sets (1,100 articles) has 16,370;
  every later stage is linear in this size (tests/test_hostile.py). At the limits, the
  worst hostile page measured costs ~4 s and the process peaks at ~330 MB
  (benchmarks/fuzz.py): that is the stated bound per page.

Time is checked while the work runs: cleaning one page may take `PAGE_SECONDS`. The
clock is a SIGALRM timer, which Python only delivers to the main thread, so it applies
to the CLI, the crawl's worker processes and `tomtat serve`'s worker processes; where
pages are cleaned in a thread (an app embedded with `create_app(worker_processes=False)`,
and the workers of `tomtat stories --engine dask`, which run tasks in threads) the size
limits above are what bounds a page.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

MAX_HTML_TAGS = 50_000
MAX_TEXT_CHARS = 500_000
PAGE_SECONDS = 15.0


class OverBudget(Exception):
    """A page over a size or time limit; `kind` names which, for the problem report."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def check_html(html: str) -> None:
    # counting "<" over-counts (comments, "<" in scripts): it can only refuse early,
    # and it is one linear pass
    tags = html.count("<")
    if tags > MAX_HTML_TAGS:
        raise OverBudget(
            "too_large", f"{tags:,} HTML tags is over the limit of {MAX_HTML_TAGS:,} for one page"
        )


def check_text(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise OverBudget(
            "too_large",
            f"{len(text):,} characters of text is over the limit of {MAX_TEXT_CHARS:,} for one page",
        )


@contextmanager
def time_limit(seconds: float | None = None, what: str = "cleaning the page") -> Iterator[None]:
    """Raise OverBudget("too_slow") in the block after `seconds` (default PAGE_SECONDS;
    main thread only; elsewhere, and when a timer is already running, the block runs
    unbounded)."""
    seconds = PAGE_SECONDS if seconds is None else seconds
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )
    if not usable:
        yield
        return

    def expired(signum, frame):
        raise OverBudget("too_slow", f"{what} took over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
