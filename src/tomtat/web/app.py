"""The FastAPI application: server-rendered pages (Jinja2) and a JSON API over the store.

Each request opens its own SQLite connection, so stories added by `tomtat add` or
`tomtat stories --state` while the server runs are seen at once. Request bodies above
`MAX_BODY` are refused with 413 before they are read whole.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from tomtat.collection import store
from tomtat.model import Page
from tomtat.read.decode import vietnamese_share
from tomtat.read.files import from_object, pages_from_bytes
from tomtat.web.errors import BadInput, StoryMoved
from tomtat.web.fetch import FetchError, fetch
from tomtat.web.shelf import StoryShelf

MAX_BODY = 20 * 1024 * 1024
MAX_PAGE = 100_000  # listing pages; a larger number is the last page, not an overflow
# No script, style or frame from anywhere but this server; the story page's script is a
# file of ours, so no inline script runs even if a stored text tried to inject one.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
        " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # no-referrer would make browsers send "Origin: null" on our own forms
}
_STORY_JS = (Path(__file__).parent / "templates" / "story.js").read_text(encoding="utf-8")


def _query(q: str | None) -> str | None:
    """A search as typed, without control characters and cut to a sane length."""
    if q is None:
        return None
    return "".join(ch for ch in q[:MAX_QUERY] if ch.isprintable() or ch == " ")


MAX_QUERY = 300  # characters of a search


def _same_origin(request: Request) -> bool:
    """A browser's POST names the page it came from: it must be this server. Clients
    that send neither Origin nor Referer (curl, scripts) are not browsers on another site."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if source is None:
        return True
    if source == "null":  # an opaque origin: a sandboxed frame or a file on disk
        return False
    try:
        host = urlparse(source).netloc
    except ValueError:
        return False
    return host == request.headers.get("host", "")


_TEMPLATES = Path(__file__).parent / "templates"


# Summarizing is CPU work of up to seconds per request, at most NLP_WORKERS at once
# (others wait their turn), off the event loop. `tomtat serve` runs it in worker
# processes: in a thread, C code that holds the GIL (a regex over a 490 kB page, lxml,
# the CRF tagger) stalled other readers for up to 839 ms while hostile pages were posted
# (benchmarks/web_load.py); in a process it cannot, and the per-page time budget
# (SIGALRM, main thread only) applies there too. An app embedded in another program
# (tests, notebooks) uses threads by default: a spawned process re-imports the
# program's main module, which not every program allows.
# One core is left to the event loop: with both cores of this machine summarizing, the
# story page's worst latency under hostile posts was 196 ms (p95 27 ms).
NLP_WORKERS = max(1, min(2, (os.cpu_count() or 1) - 1))


class _Workers:
    def __init__(self, size: int, processes: bool) -> None:
        self.size = size
        self.processes = processes
        self.limiter = anyio.CapacityLimiter(size)
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.size,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    async def run(self, func, *args):
        if not self.processes:
            return await anyio.to_thread.run_sync(func, *args, limiter=self.limiter)
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor(), func, *args)
        except BrokenProcessPool:  # a worker died (out of memory, killed): start afresh
            self._pool = None
            raise BadInput(503, "máy chủ không tóm tắt được trang này lúc này; hãy thử lại sau") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _exit_with_parent(parent: int) -> None:
    """In a worker process: exit when the server is gone. A server stopped by a signal
    without its shutdown hook (or killed) otherwise leaves its workers behind, holding
    its output pipes open (seen in benchmarks/web_load.py)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def summarize_pages(pages: list[Page]) -> dict:
    """A story from pasted or uploaded pages, or BadInput saying what is wrong with them."""
    from tomtat.pipeline import summarize

    if not pages:
        raise BadInput(400, "không có trang nào: hãy gửi văn bản, HTML, tệp hoặc địa chỉ URL")
    sample = " ".join((p.text or p.html or "")[:5000] for p in pages)
    if not sample.strip():
        raise BadInput(400, "các trang đều trống")
    if vietnamese_share(re.sub(r"<[^>]+>", " ", sample)) < 0.03:
        raise BadInput(422, "văn bản không phải tiếng Việt: tomtat chỉ tóm tắt tin tức tiếng Việt")
    story = summarize(pages)
    if not story.kept_articles:
        reasons = "; ".join(p.message for p in story.problems) or "no article text found"
        raise BadInput(422, f"không có gì để tóm tắt: {reasons}")
    return story.to_dict()


def _page_from_object(obj: Any, n: int) -> Page:
    """A page of the JSON API, read by the same rule as a JSON file's object."""
    try:
        return from_object(obj, f"page-{n}", Path(f"page-{n}"))
    except ValueError as exc:
        raise BadInput(400, f'trang {n}: cần một đối tượng có "text" hoặc "html" ({exc})') from None


def _pages_from_bytes(data: bytes, name: str, taken: set[str]) -> list[Page]:
    """An uploaded file read as the same file on disk would be (`read.files`); only its
    name is kept as its path (the server's own paths are never shown)."""
    pages, problems = pages_from_bytes(data, Path(Path(name).name or "upload.txt"), taken)
    if problems and not pages:
        raise BadInput(422, f"không đọc được tệp: {problems[0].message}")
    return pages


async def _body(request: Request) -> bytes:
    """The request body, refused with 413 past MAX_BODY even without a Content-Length."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_BODY:
        raise BadInput(413, f"nội dung gửi lên lớn hơn {MAX_BODY // 2**20} MB")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise BadInput(413, f"nội dung gửi lên lớn hơn {MAX_BODY // 2**20} MB")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # Starlette reads a cached body again for request.form()
    return body


def host_name(header: str) -> str:
    """The name of a Host header, without its port ("[::1]:8000" -> "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def create_app(
    db_path: str | Path,
    allow_fetch: bool = False,
    allowed_hosts: list[str] | None = None,
    worker_processes: bool = False,
) -> FastAPI:
    """The web reader over a store. `allowed_hosts`: the names requests may carry in
    their Host header (None: any, for tests and embedding); `tomtat serve` always passes
    them, so a page elsewhere whose name is made to resolve to this server (DNS
    rebinding) is refused. `worker_processes`: summarize in worker processes (what
    `tomtat serve` does) rather than threads."""
    db_path = str(db_path)
    hosts = {h.lower() for h in allowed_hosts} if allowed_hosts is not None else None
    store.connect(db_path).close()  # create or migrate once, before serving
    workers = _Workers(NLP_WORKERS, processes=worker_processes)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        workers.close()  # worker processes end with the server

    app = FastAPI(
        lifespan=lifespan,
        docs_url=None,  # Swagger UI loads its scripts from a CDN: /docs is served here instead
        redoc_url=None,
        title="tomtat",
        description="Vietnamese news stories: clean articles, cited summaries, who said what, timelines.",
        version="0.1",
    )
    templates = Jinja2Templates(directory=str(_TEMPLATES))

    shelf = StoryShelf(db_path)

    @app.exception_handler(BadInput)
    async def bad_input(request: Request, exc: BadInput):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.message}, status_code=exc.status)
        return templates.TemplateResponse(
            request, "error.html", {"message": exc.message, "status": exc.status}, status_code=exc.status
        )

    @app.exception_handler(StoryMoved)
    async def story_moved(request: Request, exc: StoryMoved):
        """A story a later run merged into another: its address leads to that one, for
        good (an emptied story takes no articles again)."""
        base = "/api/stories/" if request.url.path.startswith("/api/") else "/stories/"
        return RedirectResponse(base + quote(exc.story_id, safe=""), status_code=301)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        """Size limit before the body is read; POSTs from another site refused (a page
        elsewhere cannot make a reader's browser paste into this one); strict headers."""
        if hosts is not None and host_name(request.headers.get("host", "")) not in hosts:
            return JSONResponse({"error": "tên máy chủ trong yêu cầu không được phép"}, status_code=400)
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY:
            return JSONResponse(
                {"error": f"nội dung gửi lên lớn hơn {MAX_BODY // 2**20} MB"}, status_code=413
            )
        if request.method == "POST" and not _same_origin(request):
            return JSONResponse({"error": "yêu cầu từ trang web khác bị từ chối"}, status_code=403)
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.get("/static/story.js", include_in_schema=False)
    def story_script():
        return Response(_STORY_JS, media_type="text/javascript")

    # pages

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, q: str | None = None, page: int = 1):
        return templates.TemplateResponse(
            request, "home.html", shelf.listing(_query(q), min(max(1, page), MAX_PAGE))
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(request: Request, story_id: str):
        raw, updated = shelf.row(story_id)
        return templates.TemplateResponse(request, "story.html", shelf.story_view(story_id, updated, raw))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request):
        """The API reference, rendered on the server from the OpenAPI schema (works offline)."""
        return templates.TemplateResponse(request, "docs.html", {"spec": app.openapi()})

    @app.get("/paste", response_class=HTMLResponse)
    def paste_form(request: Request):
        return templates.TemplateResponse(request, "paste.html", {"allow_fetch": allow_fetch})

    @app.post("/paste")
    async def paste(request: Request):
        await _body(request)  # enforces the size limit on chunked uploads too
        form = await request.form()
        pages: list[Page] = []
        taken: set[str] = set()
        text = str(form.get("text") or "").strip()
        if text:
            pages.append(Page(id="pasted-1", text=text))
        for n, upload in enumerate(form.getlist("files"), 1):
            if hasattr(upload, "read"):
                data = await upload.read()
                if data:
                    pages += _pages_from_bytes(data, upload.filename or f"upload-{n}.txt", taken)
        for url in str(form.get("urls") or "").split():
            if not allow_fetch:
                raise BadInput(403, "máy chủ này không tải trang từ địa chỉ URL (hãy chạy với --allow-fetch)")
            try:
                body, final = await run_in_threadpool(fetch, url)
            except FetchError as exc:
                raise BadInput(422, f"không tải được trang: {exc}") from None
            for page in _pages_from_bytes(body, "fetched.html", taken):
                page.url = final
                pages.append(page)
        sid = await run_in_threadpool(shelf.save, await workers.run(summarize_pages, pages))
        return RedirectResponse(f"/stories/{sid}", status_code=303)

    # API

    @app.get("/api/stories")
    def api_stories(q: str | None = None, page: int = 1) -> dict:
        """Stories, newest first, or those matching `q` (diacritics optional), 20 a page."""
        return shelf.listing(_query(q), min(max(1, page), MAX_PAGE))

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> dict:
        """One story in the JSON contract."""
        return shelf.load(story_id)

    @app.post("/api/stories", status_code=201)
    async def api_summarize(request: Request) -> dict:
        """Summarize pages into a new story and store it. Body: JSON `{"pages": [{"text"
        or "html", "title", "url", "published", "source"}]}` (or one such object), plain
        UTF-8 text, or multipart files."""
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "multipart/form-data":
            await _body(request)
            form = await request.form()
            pages = []
            taken: set[str] = set()
            for upload in form.getlist("files"):
                if hasattr(upload, "read"):
                    pages += _pages_from_bytes(await upload.read(), upload.filename or "upload.txt", taken)
        else:
            raw = await _body(request)
            if not raw.strip():
                raise BadInput(400, "nội dung gửi lên trống")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise BadInput(400, "nội dung gửi lên không phải UTF-8 hợp lệ") from None
            if ctype == "application/json":
                try:
                    obj = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise BadInput(400, f"JSON không hợp lệ ({exc.msg})") from None
                except (RecursionError, ValueError):
                    raise BadInput(400, "JSON không đọc được (lồng quá sâu hoặc số quá dài)") from None
                items = obj.get("pages") if isinstance(obj, dict) and "pages" in obj else obj
                items = items if isinstance(items, list) else [items]
                pages = [_page_from_object(o, n) for n, o in enumerate(items, 1)]
            else:
                pages = _pages_from_bytes(raw, "body.html" if "html" in ctype else "body.txt", set())
        sid = await run_in_threadpool(shelf.save, await workers.run(summarize_pages, pages))
        return await run_in_threadpool(shelf.load, sid)

    return app
