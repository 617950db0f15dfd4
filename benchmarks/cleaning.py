"""Main-text extraction on every labelled page, in one run: tomtat against trafilatura
and jusText, on HTML and on the same pages flattened to text.

    python benchmarks/cleaning.py [--shared ../shared]

Pages: ../shared/pages-dev (5 pages, 4 outlet sites), labelled in
tests/fixtures/pages_dev/articles.tsv (hashes, `eval.cleaning`), and the five seeds
(flattened text with gold line labels in ../shared/gold/seeds). Scores are paragraph
recall (labelled article paragraphs found) and precision (extracted paragraphs that are
article), per page and in total. Leave-one-site-out: no threshold or lexicon of the
cleaner is fitted to these pages (they were chosen on the seeds and on Vietnamese
layout conventions), so the per-site figures are already out-of-site figures; the
table also prints the total with each site left out, to show how much one site moves it.
Then pages of invented outlets in ten layouts around abmusu-train articles
(`eval.layouts`), where the article is known, as HTML and flattened to text: no rule was
written from them except the ones they revealed (a figure credit cutting the article,
the sapo in its own block, an expert roundup's names, a photo story's intertitle set
between two captions; with the three sectioned layouts,
lines that trafilatura's main content holds between two passages or above the first).
Then VLSP 2018's flattened articles of many outlets
(`eval.vlsp_lines`): 30 dev articles labelled line by line, and the share of paragraphs
kept on all 781 train (where the rules were developed) and 260 dev articles.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from tomtat.cleaning import cues
from tomtat.cleaning.article import clean_page
from tomtat.cleaning.cues import key
from tomtat.cleaning.html import visible_text
from tomtat.eval.cleaning import PageScore, gram_counts, score
from tomtat.eval.datasets import read_dataset
from tomtat.eval.layouts import LAYOUTS, layout_pages
from tomtat.model import Page, Problem
from tomtat.read.files import read_file
from tomtat.text.outlets import outlet_key

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages_dev" / "articles.tsv"


def _keys() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for line in FIXTURE.read_text(encoding="utf-8").splitlines()[1:]:
        page, _, key = line.split("\t")
        out[page].add(key)
    return out


def tomtat_html(page: Page) -> list[str]:
    a = clean_page(page)
    return [] if isinstance(a, Problem) else [p for p in [a.lead or "", *a.paragraphs] if p]


def tomtat_text(page: Page) -> list[str]:
    a = clean_page(Page(id=page.id, text=visible_text(page.html or "")))
    return [] if isinstance(a, Problem) else [p for p in [a.lead or "", *a.paragraphs] if p]


def trafilatura_html(page: Page, precision: bool = False) -> list[str]:
    import trafilatura

    text = trafilatura.extract(
        page.html, include_tables=True, include_comments=False, favor_precision=precision
    )
    return (text or "").splitlines()


def justext_html(page: Page) -> list[str]:
    import justext

    paragraphs = justext.justext((page.html or "").encode("utf-8"), justext.get_stoplist("Vietnamese"))
    return [p.text for p in paragraphs if not p.is_boilerplate]


def justext_text(page: Page) -> list[str]:
    import html

    import justext

    lines = visible_text(page.html or "").splitlines()
    wrapped = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>"
    paragraphs = justext.justext(wrapped.encode("utf-8"), justext.get_stoplist("Vietnamese"))
    return [p.text for p in paragraphs if not p.is_boilerplate]


def long_lines(page: Page) -> list[str]:
    return [x for x in visible_text(page.html or "").splitlines() if len(x) >= 80]


SYSTEMS = {
    "html": [
        ("tomtat", tomtat_html),
        ("trafilatura", trafilatura_html),
        ("trafilatura precision", lambda p: trafilatura_html(p, True)),
        ("jusText", justext_html),
    ],
    "text": [
        ("tomtat", tomtat_text),
        ("jusText", justext_text),
        ("lines >= 80 chars", long_lines),
    ],
}


def seeds_exact(shared: Path) -> tuple[int, int]:
    """Seed lines labelled as in the gold (all six labels)."""
    from tomtat.cleaning.lines import classify_lines

    right = total = 0
    for gold in sorted((shared / "gold" / "seeds").glob("*.labels.tsv")):
        page = shared / "seeds" / gold.name.replace(".labels.tsv", ".txt")
        labels = {
            int(r.split("\t")[0]): r.split("\t")[1] for r in gold.read_text(encoding="utf-8").splitlines()[1:]
        }
        for line in classify_lines(page.read_text(encoding="utf-8")):
            total += 1
            right += labels.get(line.number) == line.label
    return right, total


LAYOUT_PAGES = 40  # articles of abmusu-train per layout


def synthetic_layouts(shared: Path) -> None:
    """Pages of invented outlets built around abmusu-train articles (`eval.layouts`):
    recall of every line of the article (headings, list items and one-sentence
    paragraphs included), recall of its sentence paragraphs, precision of paragraphs and
    of the text itself (share of the extracted 6-grams that are the article's: furniture
    glued to an article paragraph counts against it); tomtat on the HTML and on the page
    flattened to text, against trafilatura on the HTML."""
    systems = {
        "tomtat html": tomtat_html,
        "tomtat text": tomtat_text,
        "trafilatura html": trafilatura_html,
    }
    lines: dict[tuple[str, str], list[PageScore]] = defaultdict(list)
    prose: dict[tuple[str, str], list[PageScore]] = defaultdict(list)
    problems: dict[str, int] = defaultdict(int)
    grams: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    # lines the template wrote: (kept, all)
    made: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for page in layout_pages(read_dataset("abmusu-train", shared), LAYOUT_PAGES):
        as_page = Page(id="p", html=page.html, url="https://bao.example/a.html")
        if isinstance(clean_page(as_page), Problem):
            problems[page.layout] += 1
        for name, system in systems.items():
            got = system(as_page)
            counts = _article_counts(got, page.article)
            key = (page.layout, name)
            lines[key].append(PageScore(score(got, page.article).found, len(page.article), *counts))
            prose[key].append(PageScore(score(got, page.prose).found, len(page.prose), *counts))
            right, total = gram_counts(got, page.grams)
            grams[key][0] += right
            grams[key][1] += total
            kept = {cues.key(line) for line in got}
            made[key][0] += len(page.made & kept)
            made[key][1] += len(page.made)
    print(
        f"\nSYNTHETIC layouts ({LAYOUT_PAGES} abmusu-train articles each): "
        "every line's recall / sentence paragraphs' recall / paragraph precision / text precision"
    )
    print(f"{'layout':14}" + "".join(f"{name:>30}" for name in systems) + "   tomtat html: no article text")
    grand: dict[str, list[PageScore]] = defaultdict(list)
    for layout in LAYOUTS:
        row = []
        for name in systems:
            every = sum(lines[(layout, name)], PageScore(0, 0, 0, 0))
            some = sum(prose[(layout, name)], PageScore(0, 0, 0, 0))
            grand[name] += [every]
            right, total = grams[(layout, name)]
            text = right / max(1, total)
            row.append(f"{every.recall:12.3f} {some.recall:.3f} {every.precision:.3f} {text:.3f}")
        print(f"{layout:14}{''.join(row)}   {problems[layout]}")
    totals = [sum(grand[name], PageScore(0, 0, 0, 0)) for name in systems]
    text_precision = [
        sum(grams[(lay, name)][0] for lay in LAYOUTS) / max(1, sum(grams[(lay, name)][1] for lay in LAYOUTS))
        for name in systems
    ]
    print(
        f"{'total':14}"
        + "".join(
            f"{t.recall:12.3f}       {t.precision:.3f} {p:.3f}"
            for t, p in zip(totals, text_precision, strict=True)
        )
    )


    print(
        "\nLines the templates wrote (intertitles, list items, labelled questions), kept as"
        " lines (exact comparison: 6-gram keys find them inside their paragraphs)"
    )
    print(f"{'layout':18}" + "".join(f"{name:>18}" for name in systems) + f"{'lines':>8}")
    for layout in LAYOUTS:
        n = made[(layout, "tomtat html")][1]
        if n:
            print(f"{layout:18}" + "".join(f"{made[(layout, s)][0] / n:18.3f}" for s in systems) + f"{n:8}")
    n = sum(made[(layout, "tomtat html")][1] for layout in LAYOUTS)
    totals = [sum(made[(layout, s)][0] for layout in LAYOUTS) / n for s in systems]
    print(f"{'total':18}" + "".join(f"{t:18.3f}" for t in totals) + f"{n:8}")


def _meta(page: Page, form: str) -> tuple[str | None, str | None, str]:
    """(publication date, outlet key, headline key) tomtat reads from the page in one form."""
    if form == "text":
        page = Page(id=page.id, text=visible_text(page.html or ""))
    a = clean_page(page)
    if isinstance(a, Problem):
        return None, None, ""
    return a.published, outlet_key(a.outlet) if a.outlet else None, key(a.title or "")


def metadata_figures(pages: dict[str, Page], shared: Path) -> None:
    """Date and outlet read from the flattened text against what the HTML states (its
    markup: the figure says how much of the page's own statement survives flattening),
    on pages-dev and on the invented layouts (whose footer says "© ... Báo Mẫu")."""
    print("\nMETADATA from the page flattened to text, against the HTML form (markup)")
    print(f"{'page':22} {'html date':>11} {'text date':>11}   {'html outlet':>16} {'text outlet':>16}")
    same_date = same_outlet = same_title = 0
    for name, page in pages.items():
        (hd, ho, ht), (td, to, tt) = _meta(page, "html"), _meta(page, "text")
        same_date += hd is not None and hd == td
        same_outlet += ho is not None and ho == to
        same_title += bool(ht) and ht == tt
        print(f"{name:22} {hd or '-':>11} {td or '-':>11}   {ho or '-':>16} {to or '-':>16}")
    print(
        f"text form agrees with the HTML: date {same_date}/{len(pages)}, outlet {same_outlet}/{len(pages)}, "
        f"headline {same_title}/{len(pages)}"
    )
    dated = agree = outlet = titled = total = 0
    want = outlet_key("Báo Mẫu")
    for lp in layout_pages(read_dataset("abmusu-train", shared), LAYOUT_PAGES):
        page = Page(id="p", html=lp.html, url="https://bao.example/a.html")
        (hd, _, ht), (td, to, tt) = _meta(page, "html"), _meta(page, "text")
        total += 1
        dated += hd is not None
        agree += hd is not None and hd == td
        outlet += to == want
        titled += bool(ht) and ht == tt
    print(
        f"invented layouts, text form: date as the HTML's on {agree}/{dated} dated pages; "
        f"the footer's outlet on {outlet}/{total} pages; the HTML's headline on {titled}/{total}"
    )


def _article_counts(got: list[str], keys: set[str]) -> tuple[int, int]:
    s = score(got, keys)
    return s.article, s.extracted


def _justext_lines(text: str) -> set[int]:
    import html

    import justext

    lines = text.split("\n")
    wrapped = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>"
    kept = {
        p.text.strip() for p in justext.justext(wrapped.encode("utf-8"), justext.get_stoplist("Vietnamese"))
        if not p.is_boilerplate
    }
    return {k for k, x in enumerate(lines, 1) if x.strip() and x.strip() in kept}


def _long_lines(text: str) -> set[int]:
    return {k for k, x in enumerate(text.split("\n"), 1) if len(x.strip()) >= 80}


def vlsp_articles(shared: Path) -> None:
    """Flattened articles of many outlets and ten domains (`eval.vlsp_lines`): line
    recall / precision on the 30 hand-labelled dev articles, per domain and in total, and
    the share of paragraphs kept on every train and dev article."""
    from tomtat.eval import vlsp_lines

    root = shared / "data" / "vlsp2018-ner"
    systems = [
        ("tomtat", vlsp_lines.kept_lines),
        ("jusText", _justext_lines),
        ("lines >= 80 chars", _long_lines),
    ]
    scores = {name: vlsp_lines.labelled(root / "dev", keep) for name, keep in systems}
    print("\nVLSP 2018 articles, flattened text: line recall / precision, 30 hand-labelled dev articles")
    print(f"{'domain':22} " + " ".join(f"{n:>22}" for n, _ in systems))
    domains = sorted({doc.split("/")[0] for doc in scores["tomtat"]})
    for domain in [*domains, "total"]:
        row = []
        for name, _ in systems:
            parts = [s for doc, s in scores[name].items() if domain in ("total", doc.split("/")[0])]
            t = sum(parts, vlsp_lines.LineScore())
            row.append(f"{t.recall:11.3f} {t.precision:.3f}")
        print(f"{domain:22} " + " ".join(row))
    print("share of paragraphs (lines of 15+ syllables, no photo credit, title aside) kept as article:")
    for part in ("train", "dev"):
        row = []
        for name, keep in systems:
            kept = vlsp_lines.retention(root / part, keep)
            got, want = sum(a for a, _ in kept.values()), sum(b for _, b in kept.values())
            under = sum(1 for a, b in kept.values() if b and a / b < 0.7)
            row.append(f"{name} {got / max(1, want):.3f} ({under} articles under 0.7)")
        print(f"  {part} ({len(kept)} articles): " + "; ".join(row))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    keys = _keys()
    pages = {}
    for name in sorted(keys):
        found, _ = read_file(shared / "pages-dev" / name)
        pages[name] = found[0]
    site = {name: name.rsplit("_", 1)[0] for name in pages}
    for form, systems in SYSTEMS.items():
        print(f"\n{form.upper()} form: paragraph recall / precision per page")
        print(f"{'page':22} " + " ".join(f"{n:>22}" for n, _ in systems))
        totals = {n: PageScore(0, 0, 0, 0) for n, _ in systems}
        per_page: dict[str, dict[str, PageScore]] = {}
        for name, page in pages.items():
            row = {}
            for sname, system in systems:
                row[sname] = score(system(page), keys[name])
                totals[sname] = totals[sname] + row[sname]
            per_page[name] = row
            print(
                f"{name:22} " + " ".join(f"{row[n].recall:11.3f} {row[n].precision:.3f}" for n, _ in systems)
            )
        print(
            f"{'total':22} "
            + " ".join(f"{totals[n].recall:11.3f} {totals[n].precision:.3f}" for n, _ in systems)
        )
        for left_out in sorted(set(site.values())):
            rest = {n: PageScore(0, 0, 0, 0) for n, _ in systems}
            for name, row in per_page.items():
                if site[name] != left_out:
                    for n in rest:
                        rest[n] = rest[n] + row[n]
            label = f"total w/o {left_out}"
            print(
                f"{label:22} "
                + " ".join(f"{rest[n].recall:11.3f} {rest[n].precision:.3f}" for n, _ in systems)
            )
    metadata_figures(pages, shared)
    synthetic_layouts(shared)
    vlsp_articles(shared)
    right, total = seeds_exact(shared)
    print(f"\nseeds (flattened text, gold line labels): {right}/{total} lines labelled exactly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
