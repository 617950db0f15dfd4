"""Compiled libraries made for this work, measured against what tomtat runs now, stage by
stage, in one run (issue 16: "adopt what wins on speed at equal quality; state per
stage what the library buys").

    python benchmarks/libraries.py [--shared ../shared] [--pages 40]

The candidates are not dependencies of tomtat; the script measures the ones installed
(`pip install resiliparse selectolax orjson rensa google-re2 fastwarc`) and says which
are missing. Stages and what is compared:

- main content of an HTML page: trafilatura with its metadata reading (tomtat before
  f8fcf4f), without it (tomtat now), resiliparse's main-content extraction (its
  `figcaption` elements dropped, as trafilatura drops them); CPU per page, and the
  quality tomtat gets from each when its line classifier (HTML mode) reads the result:
  every-line recall and precision on the invented-layout pages (`eval.layouts`),
  paragraph recall and precision on the labelled pages-dev pages, pages left with no
  article;
- a page's visible text, one line per block (`cleaning.html.visible_text`, lxml):
  against selectolax (lexbor) and resiliparse without main-content extraction; CPU per
  page and the share of pages whose lines are the same;
- JSON: reading a crawl's JSONL lines and writing story contracts, stdlib `json`
  against orjson, MB/s;
- MinHash signatures of articles' syllable 3-grams (`tomtat.minhash`, datasketch's
  numbers) against rensa's RMinHash: signatures/s and the mean gap between the two
  Jaccard estimates on pairs of articles of one cluster;
- regular expressions: the line cues on every line of the dev sets, stdlib `re` against
  google-re2 for the cue patterns re2 accepts (it has no look-around).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tomtat.cleaning import cues
from tomtat.cleaning.html import extract_html, visible_text
from tomtat.cleaning.lines import classify_lines
from tomtat.eval.cleaning import PageScore, score
from tomtat.eval.datasets import DATASETS, read_dataset
from tomtat.eval.layouts import layout_pages
from tomtat.model import BODY, LEAD

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages_dev" / "articles.tsv"


def _have(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _cpu(fn: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """CPU seconds of one call (the best of `repeat`) and its result."""
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t)
    return best, out


# --- main content -------------------------------------------------------------------


def trafilatura_with_metadata(html: str) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True, with_metadata=True)
    return "" if doc is None else (doc.as_dict().get("text") or "")


def trafilatura_now(html: str) -> str:
    return extract_html(html) or ""


def resiliparse_main(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(html)
    if tree.body is not None:
        for caption in tree.body.query_selector_all("figcaption"):
            caption.decompose()
    return extract_plain_text(
        tree,
        main_content=True,
        preserve_formatting=True,
        list_bullets=True,
        alt_texts=False,
        links=False,
        form_fields=False,
        noscript=False,
    )


def _article_lines(text: str) -> list[str]:
    return [line.text for line in classify_lines(text, html=True) if line.label in (LEAD, BODY)]


def _pages_dev(shared: Path) -> list[tuple[str, set[str]]]:
    keys: dict[str, set[str]] = {}
    for row in FIXTURE.read_text(encoding="utf-8").splitlines()[1:]:
        page, _, key = row.split("\t")
        keys.setdefault(page, set()).add(key)
    return [
        ((shared / "pages-dev" / name).read_text(encoding="utf-8", errors="replace"), wanted)
        for name, wanted in sorted(keys.items())
    ]


def main_content(shared: Path, per_layout: int) -> None:
    extractors = {
        "trafilatura + metadata (before)": trafilatura_with_metadata,
        "trafilatura (now)": trafilatura_now,
    }
    if _have("resiliparse"):
        extractors["resiliparse main content"] = resiliparse_main
    layouts = list(layout_pages(read_dataset("abmusu-train", shared), per_layout))
    real = _pages_dev(shared)
    print(f"\nMAIN CONTENT of HTML: {len(layouts)} invented-layout pages, {len(real)} labelled pages-dev")
    print(f"{'extractor':34} {'ms/page':>8} {'layouts R / P':>16} {'pages-dev R / P':>18} {'no article':>11}")
    for name, extract in extractors.items():
        seconds, invented, labelled, empty = 0.0, PageScore(0, 0, 0, 0), PageScore(0, 0, 0, 0), 0
        for pages, total in ((layouts, "invented"), (real, "real")):
            for page in pages:
                html, wanted = (page.html, page.article) if total == "invented" else page
                cpu, text = _cpu(lambda h=html, e=extract: e(h))
                seconds += cpu
                got = _article_lines(text)
                empty += not got
                s = score(got, wanted)
                found = PageScore(s.found, len(wanted), s.article, s.extracted)
                if total == "invented":
                    invented += found
                else:
                    labelled += found
        per_page = seconds / (len(layouts) + len(real)) * 1000
        print(
            f"{name:34} {per_page:8.2f} {invented.recall:8.3f} {invented.precision:.3f}"
            f" {labelled.recall:10.3f} {labelled.precision:.3f} {empty:11d}"
        )


# --- visible text -------------------------------------------------------------------


def selectolax_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "noscript", "template", "svg", "select", "textarea", "button"])
    body = tree.body
    text = body.text(separator="\n") if body is not None else ""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def resiliparse_text(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    text = extract_plain_text(HTMLTree.parse(html), main_content=False, preserve_formatting=True, links=False)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def flattening(shared: Path, per_layout: int) -> None:
    pages = [p.html for p in layout_pages(read_dataset("abmusu-train", shared), per_layout)]
    pages += [html for html, _ in _pages_dev(shared)]
    options = {"lxml visible_text (now)": visible_text}
    if _have("selectolax"):
        options["selectolax (lexbor)"] = selectolax_text
    if _have("resiliparse"):
        options["resiliparse, whole page"] = resiliparse_text
    reference = [visible_text(h) for h in pages]
    print(f"\nVISIBLE TEXT of {len(pages)} pages: one line per block")
    print(f"{'library':34} {'ms/page':>8} {'same lines':>11}")
    for name, flatten in options.items():
        cpu, texts = _cpu(lambda f=flatten: [f(h) for h in pages], repeat=3)
        same = sum(t == r for t, r in zip(texts, reference, strict=True))
        print(f"{name:34} {cpu / len(pages) * 1000:8.2f} {same / len(pages):11.3f}")


# --- JSON ---------------------------------------------------------------------------


def json_io(shared: Path) -> None:
    from tomtat.pipeline import summarize

    clusters = read_dataset("vims-dev", shared)[:40]
    pages = [p for c in clusters for p in c.pages]
    lines = [json.dumps({"id": p.id, "title": p.title, "text": p.text}, ensure_ascii=False) for p in pages]
    stories = [summarize(c.pages, story_id=c.id).to_dict() for c in clusters[:20]]
    size_in = sum(len(x.encode("utf-8")) for x in lines) / 1e6
    size_out = sum(len(json.dumps(s, ensure_ascii=False).encode("utf-8")) for s in stories) / 1e6
    print(f"\nJSON: reading {len(lines)} JSONL pages ({size_in:.1f} MB), ", end="")
    print(f"writing {len(stories)} stories ({size_out:.1f} MB)")
    print(f"{'library':34} {'read MB/s':>10} {'write MB/s':>11}")
    runs = {"json (now)": (json.loads, lambda s: json.dumps(s, ensure_ascii=False))}
    if _have("orjson"):
        import orjson

        runs["orjson"] = (orjson.loads, orjson.dumps)
    for name, (loads, dumps) in runs.items():
        read, _ = _cpu(lambda r=loads: [r(x) for x in lines], repeat=5)
        write, _ = _cpu(lambda w=dumps: [w(s) for s in stories], repeat=5)
        print(f"{name:34} {size_in / read:10.0f} {size_out / write:11.0f}")


# --- MinHash ------------------------------------------------------------------------


def minhashes(shared: Path) -> None:
    from tomtat import minhash
    from tomtat.cleaning.article import clean_page
    from tomtat.dedup import shingles
    from tomtat.model import Problem
    from tomtat.text.segment import segment_article

    sets = []
    for name in DATASETS:
        for c in read_dataset(name, shared)[:30]:
            arts = [clean_page(p) for p in c.pages]
            sets.append([shingles(segment_article(a)) for a in arts if not isinstance(a, Problem)])
    flat = [s for group in sets for s in group]
    pairs = [(a, b) for group in sets for i, a in enumerate(group) for b in group[i + 1 :]]
    print(f"\nMINHASH of {len(flat)} articles (syllable 3-grams, 128 permutations), ", end="")
    print(f"{len(pairs)} pairs of one cluster")
    print(f"{'library':34} {'articles/s':>10} {'mean |estimated J - J|':>24}")

    def jaccard(a: set[str], b: set[str]) -> float:
        return len(a & b) / len(a | b) if a | b else 0.0

    cpu, _ = _cpu(lambda: [minhash.signature(x.encode("utf-8") for x in s) for s in flat], repeat=3)

    def ours(a: set[str], b: set[str]) -> float:
        sa = minhash.signature(x.encode("utf-8") for x in a)
        sb = minhash.signature(x.encode("utf-8") for x in b)
        return float((sa == sb).mean())

    gap = sum(abs(ours(a, b) - jaccard(a, b)) for a, b in pairs) / len(pairs)
    print(f"{'tomtat.minhash (now)':34} {len(flat) / cpu:10.0f} {gap:24.3f}")
    if _have("rensa"):
        import rensa

        def rensa_sig(s: set[str]):
            m = rensa.RMinHash(num_perm=minhash.NUM_PERM, seed=minhash.SEED)
            m.update(list(s))
            return m

        cpu, _ = _cpu(lambda: [rensa_sig(s) for s in flat], repeat=3)
        gap = sum(abs(rensa_sig(a).jaccard(rensa_sig(b)) - jaccard(a, b)) for a, b in pairs) / len(pairs)
        print(f"{'rensa RMinHash':34} {len(flat) / cpu:10.0f} {gap:24.3f}")


# --- regular expressions ------------------------------------------------------------


def regexes(shared: Path) -> None:
    import re

    patterns = {name: value for name, value in vars(cues).items() if isinstance(value, re.Pattern)}
    texts = [p.text or "" for name in DATASETS for c in read_dataset(name, shared)[:60] for p in c.pages]
    lines = [x for text in texts for x in text.split("\n") if x.strip()]
    print(f"\nREGEX: the {len(patterns)} patterns of cleaning.cues searched in {len(lines)} dev lines")
    if not _have("re2"):
        print("google-re2 not installed")
        return
    import re2

    compiled, rejected = {}, []
    for name, pattern in patterns.items():
        try:
            compiled[name] = re2.compile(pattern.pattern, re2.Options())
        except Exception:  # re2 rejects look-around and back-references
            rejected.append(name)
    print(f"re2 compiles {len(compiled)}, rejects {len(rejected)} ({', '.join(sorted(rejected))})")
    std, _ = _cpu(lambda: [patterns[n].search(x) for n in compiled for x in lines], repeat=3)
    fast, _ = _cpu(lambda: [compiled[n].search(x) for n in compiled for x in lines], repeat=3)
    differ = {
        n for n in compiled for x in lines if bool(patterns[n].search(x)) is not bool(compiled[n].search(x))
    }
    print(f"{'library':34} {'µs/search':>10}")
    count = len(compiled) * len(lines)
    print(f"{'re (now)':34} {std / count * 1e6:10.2f}")
    print(
        f"{'google-re2':34} {fast / count * 1e6:10.2f}   patterns answering otherwise on some line: "
        f"{len(differ)} ({', '.join(sorted(differ))}; re2's \\w and \\b are ASCII)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--pages", type=int, default=40, help="invented pages per layout")
    args = parser.parse_args()
    missing = [m for m in ("resiliparse", "selectolax", "orjson", "rensa", "re2") if not _have(m)]
    if missing:
        print(f"not installed, not measured: {', '.join(missing)}")
    main_content(args.shared, args.pages)
    flattening(args.shared, args.pages)
    json_io(args.shared)
    minhashes(args.shared)
    regexes(args.shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
