"""Command line: `tomtat summarize`, `tomtat clean`, `tomtat demo`.

Exit codes: 0 all inputs used; 1 output written but some inputs were skipped (each
reported on stderr); 2 usage error or output not writable; 3 no input had article text.
Heavy libraries are imported only by the commands that need them, so `--help` and
`--version` start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_EMPTY = 0, 1, 2, 3


class UsageError(Exception):
    """A problem with how tomtat was called; reported as one line, exit code 2."""


def _sample_dir() -> Path:
    return Path(__file__).resolve().parent / "sample" / "story"


def _default_format(out: TextIO) -> str:
    return "text" if out.isatty() else "json"


def _check_writable(path: str | None) -> None:
    """Refuse an output that cannot be written before any work is done (exit code 2)."""
    if path is None or path == "-":
        return
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"cannot write {path}: it is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"cannot write {path}: no folder {folder}")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UsageError(f"cannot write {path}: permission denied")


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or a file written under a temporary name and renamed when
    complete: an interrupted run never leaves a half-written or empty output behind."""
    if path is None or path == "-":
        yield sys.stdout
        return
    _check_writable(path)
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.", dir=target.parent if str(target.parent) else "."
        )
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _report(problems, err: TextIO) -> None:
    for p in problems:
        # a file name that is not valid UTF-8 arrives with surrogates: print it escaped
        message = p.message.encode("utf-8", "backslashreplace").decode("utf-8")
        print(f"tomtat: skipped {message}", file=err)


def _read_budgets(path: str) -> dict[str, int]:
    budgets: dict[str, int] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read budgets file {path}: {exc.strerror or exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2 or not parts[1].strip().isdigit():
            raise UsageError(f"{path}:{n}: expected 'id<TAB>max_syllables'")
        budgets[parts[0].strip()] = int(parts[1])
    return budgets


def _progress(items: list, label: str, err: TextIO):
    from tqdm import tqdm

    return tqdm(items, desc=label, unit="story", disable=not err.isatty(), file=err, dynamic_ncols=True)


def cmd_summarize(args: argparse.Namespace) -> int:
    from tomtat.pipeline import summarize
    from tomtat.render import render

    if args.stories:
        return _summarize_stories(args)
    if not args.paths:
        raise UsageError("give at least one file or folder, - for standard input (or --stories ROOT)")
    _check_writable(args.output)
    story = summarize(args.paths, max_syllables=args.max_syllables, max_sentences=args.max_sentences)
    _report(story.problems, sys.stderr)
    if not story.kept_articles:
        print("tomtat: no article text found in any input; nothing to summarize", file=sys.stderr)
        return EXIT_EMPTY
    with _output(args.output) as out:
        out.write(render(story, args.format or _default_format(out)))
    return EXIT_PARTIAL if story.problems else EXIT_OK


def _summarize_stories(args: argparse.Namespace) -> int:
    from tomtat.pipeline import summarize
    from tomtat.render import render

    root = Path(args.stories)
    if not root.is_dir():
        raise UsageError(f"--stories {root}: not a folder")
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not folders:
        raise UsageError(f"--stories {root}: no story folders inside")
    budgets = _read_budgets(args.budgets) if args.budgets else {}
    _check_writable(args.output)
    status = EXIT_OK
    written = 0
    with _output(args.output) as out:
        fmt = args.format or "jsonl"
        for folder in _progress(folders, "stories", sys.stderr):
            budget = budgets.get(folder.name, args.max_syllables)
            try:
                story = summarize(
                    [folder], max_syllables=budget, max_sentences=args.max_sentences, story_id=folder.name
                )
            except Exception as exc:  # one bad story is reported; the others still come out
                print(f"tomtat: story {folder.name} failed: {exc}", file=sys.stderr)
                status = EXIT_PARTIAL
                continue
            _report(story.problems, sys.stderr)
            if story.problems:
                status = EXIT_PARTIAL
            if not story.kept_articles:
                print(f"tomtat: story {folder.name}: no article text; skipped", file=sys.stderr)
                status = EXIT_PARTIAL
                continue
            out.write(render(story, fmt))
            written += 1
    return status if written else EXIT_EMPTY


def cmd_clean(args: argparse.Namespace) -> int:
    import json

    from tomtat.pipeline import clean

    _check_writable(args.output)
    story = clean(args.paths)
    _report(story.problems, sys.stderr)
    with _output(args.output) as out:
        fmt = args.format or _default_format(out)
        if fmt == "json":
            data = []
            for a in story.articles:
                item = a.to_dict()
                if args.lines:
                    item["lines"] = [
                        {"line": ln.number, "label": ln.label, "text": ln.text} for ln in a.lines
                    ]
                data.append(item)
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            for a in story.articles:
                out.write(_article_text(a, args.lines))
    if not story.articles:
        return EXIT_EMPTY
    return EXIT_PARTIAL if story.problems else EXIT_OK


def _article_text(a, with_lines: bool) -> str:
    out = [f"== {a.id} ({a.path or a.url or ''})"]
    if with_lines:
        out += [f"{ln.number}\t{ln.label}\t{ln.text}" for ln in a.lines]
    else:
        for name, value in (
            ("title", a.title),
            ("outlet", a.outlet),
            ("published", a.published),
            ("byline", a.byline),
            ("lead", a.lead),
        ):
            if value:
                out.append(f"{name}: {value}")
        out += [f"body: {p}" for p in a.paragraphs]
        out += [f"caption: {c}" for c in a.captions]
    return "\n".join(out) + "\n\n"


def cmd_demo(args: argparse.Namespace) -> int:
    args.paths = [str(_sample_dir())]
    args.stories = None
    print(f"tomtat demo: summarizing the sample story in {_sample_dir()}", file=sys.stderr)
    return cmd_summarize(args)


def cmd_stories(args: argparse.Namespace) -> int:
    from tomtat.collection import store
    from tomtat.collection.build import Options, write_output

    if not args.paths:
        raise UsageError("give at least one file, folder, .jsonl or .warc(.gz)")
    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise UsageError(f"-o {out}: exists and is not a folder")
    try:
        (out / "stories").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"-o {out}: cannot create the folder ({exc.strerror or exc})") from None
    if not os.access(out / "stories", os.W_OK):
        raise UsageError(f"-o {out}: permission denied")
    try:
        db = store.connect(args.state or ":memory:")
    except Exception as exc:
        raise UsageError(f"--state {args.state}: cannot open the store ({exc})") from None
    options = Options(
        jobs=_jobs(args.jobs) if args.engine == "local" else args.jobs,
        window_days=args.window_days,
        max_syllables=args.max_syllables,
        engine=args.engine,
        scheduler=args.scheduler,
    )
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    from tomtat.collection.engine import EngineError

    try:
        report, changed = _build_with_progress(args.paths, db, options)
    except EngineError as exc:
        raise UsageError(str(exc)) from None
    written = write_output(db, out, None if args.state is None else changed)
    dropped = report.dropped
    print(
        f"tomtat: {report.pages} pages read, {dropped} dropped, {report.duplicates} duplicates folded, "
        f"{report.articles} articles in {report.stories_total} stories "
        f"({report.stories_changed} new or updated, {written} files written) -> {out}",
        file=sys.stderr,
    )
    if dropped:
        print(f"tomtat: dropped pages and why: {out / 'dropped.json'}", file=sys.stderr)
    if report.pages and not report.articles and not report.duplicates:
        return EXIT_EMPTY
    return EXIT_PARTIAL if dropped else EXIT_OK


def _build_with_progress(paths, db, options):
    """`collection.build` with a bar (pages, pages/s, dropped, duplicates, stories) on a
    terminal, quiet when stderr is piped."""
    from tomtat.collection.build import build

    if not sys.stderr.isatty():
        return build(paths, db, options)
    from tqdm import tqdm

    bar = tqdm(desc="pages", unit="page", file=sys.stderr, dynamic_ncols=True)

    def progress(report) -> None:
        bar.update(report.pages - bar.n)
        bar.set_postfix(
            dropped=report.dropped, duplicates=report.duplicates, stories=report.stories_total, refresh=True
        )

    try:
        return build(paths, db, options, progress)
    finally:
        bar.close()


def cmd_add(args: argparse.Namespace) -> int:
    """Add pages to the store the web reader serves (the same as `stories --state`)."""
    from tomtat.collection import store
    from tomtat.collection.build import Options

    missing = [p for p in args.paths if p != "-" and not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    try:
        db = store.connect(args.db)
    except Exception as exc:
        raise UsageError(f"--db {args.db}: cannot open the store ({exc})") from None
    report, _ = _build_with_progress(args.paths, db, Options(jobs=_jobs(args.jobs)))
    print(
        f"tomtat: {report.pages} pages read, {report.dropped} dropped, "
        f"{report.duplicates} duplicates folded; "
        f"{report.stories_changed} stories new or updated, {report.stories_total} in {args.db}",
        file=sys.stderr,
    )
    if report.pages and not report.articles and not report.duplicates:
        return EXIT_EMPTY
    return EXIT_PARTIAL if report.dropped else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from tomtat.web.app import create_app

    if args.with_sample:
        from tomtat.collection import store
        from tomtat.collection.build import build

        db = store.connect(args.db)
        build([_sample_dir()], db)
        db.close()
    loopback = {"127.0.0.1", "localhost", "::1"}
    if args.host not in loopback and not args.allowed_host:
        raise UsageError(
            f"--host {args.host} serves beyond this machine: name the host readers use with"
            " --allowed-host NAME (requests carrying another name are refused)"
        )
    hosts = sorted(loopback | {args.host}) + list(args.allowed_host)
    try:
        app = create_app(args.db, allow_fetch=args.allow_fetch, allowed_hosts=hosts, worker_processes=True)
    except Exception as exc:
        raise UsageError(f"--db {args.db}: cannot open the store ({exc})") from None
    print(f"tomtat: serving {args.db} on http://{args.host}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def _jobs(asked: int) -> int:
    """Worker processes: never more than the machine has cores (--jobs 100000 would start
    100,000 processes)."""
    return max(1, min(asked, os.cpu_count() or 1))


def _window(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of days") from None
    if n <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return n


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return n


def build_parser() -> argparse.ArgumentParser:
    from tomtat import __version__

    parser = argparse.ArgumentParser(
        prog="tomtat",
        description="Vietnamese news pages about one event -> clean articles -> one cited summary.",
        epilog="Exit codes: 0 ok; 1 some inputs skipped; 2 usage error; 3 no article text at all.",
    )
    parser.add_argument("--version", action="version", version=f"tomtat {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def budget_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--format",
            choices=["text", "markdown", "json", "jsonl", "html"],
            help="output format (default: text on a terminal, json otherwise)",
        )
        p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
        p.add_argument(
            "--max-syllables",
            type=_positive,
            default=150,
            metavar="N",
            help="length budget in syllables (default 150), never exceeded: a sentence that does not "
            "fit whole is left out and a shorter one that fits is taken instead; if none fits, the "
            "best sentence's opening clauses that fit are given, ending with '…'",
        )
        p.add_argument(
            "--max-sentences", type=_positive, default=None, metavar="N", help="at most N sentences"
        )

    s = sub.add_parser("summarize", help="summarize the pages of one story (or many with --stories)")
    s.add_argument("paths", nargs="*", metavar="PATH", help=".txt, .html, .json, .jsonl files or folders")
    budget_options(s)
    s.add_argument(
        "--stories", metavar="ROOT", help="each subfolder of ROOT is one story (default format jsonl)"
    )
    s.add_argument("--budgets", metavar="FILE", help="TSV of story id and max syllables, for --stories")
    s.set_defaults(func=cmd_summarize)

    c = sub.add_parser("clean", help="print each page's extracted article")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--format", choices=["text", "json"], help="default: text on a terminal, json otherwise")
    c.add_argument("-o", "--output", metavar="FILE")
    c.add_argument("--lines", action="store_true", help="also print every line with its label")
    c.set_defaults(func=cmd_clean)

    st = sub.add_parser(
        "stories",
        help="find the stories in a pile of pages (files, folders, .jsonl, .warc) and summarize each",
    )
    st.add_argument("paths", nargs="+", metavar="PATH")
    st.add_argument("-o", "--output", metavar="OUT", default="stories-out", help="output folder")
    st.add_argument("--state", metavar="DB", help="SQLite store to add to (incremental runs)")
    st.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="clean pages on N processes (at most the number of cores)",
    )
    st.add_argument(
        "--window-days",
        type=_window,
        default=7.0,
        metavar="DAYS",
        help="an article more than DAYS from a story's mean date starts a new story (default 7)",
    )
    st.add_argument("--max-syllables", type=_positive, default=150, metavar="N", help="summary budget")
    st.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="where pages are cleaned and stories summarized: this machine's processes (default), "
        "or Dask workers (a local cluster of --jobs workers, or the one at --scheduler); "
        "grouping runs here either way, so the stories are the same",
    )
    st.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler (tcp://host:8786)")
    st.set_defaults(func=cmd_stories)

    a = sub.add_parser("add", help="add pages to the store the web reader serves")
    a.add_argument("paths", nargs="+", metavar="PATH")
    a.add_argument("--db", default="tomtat.db", help="SQLite store (default tomtat.db)")
    a.add_argument("--jobs", type=_positive, default=1, metavar="N")
    a.set_defaults(func=cmd_add)

    sv = sub.add_parser("serve", help="web reader and JSON API over the store")
    sv.add_argument("--db", default="tomtat.db", help="SQLite store (default tomtat.db)")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=_positive, default=8000)
    sv.add_argument("--allow-fetch", action="store_true", help="let the paste form fetch public URLs")
    sv.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a name readers reach the server by (repeatable; needed when --host is not loopback)",
    )
    sv.add_argument("--with-sample", action="store_true", help="add the built-in sample story first")
    sv.set_defaults(func=cmd_serve)

    d = sub.add_parser("demo", help="summarize the built-in sample story")
    budget_options(d)
    d.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"tomtat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("tomtat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the user gets one line, not a traceback
        print(f"tomtat: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
