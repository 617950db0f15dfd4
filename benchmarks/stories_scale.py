"""Speed and memory of `tomtat stories` on synthetic crawls of 10k and 100k pages, with
a TF-IDF + agglomerative baseline (scikit-learn) on the 10k set, in one run.

    python benchmarks/stories_scale.py [--sizes 10000 100000] [--jobs 2]

The collection is built from the VietnameseMDS dev articles (../shared): each synthetic
story takes the sentences of two dev clusters, shuffles and samples them, marks them with the
story's own invented names and places, replaces a tenth of the syllables with words of
the story's own small vocabulary (its particulars: no two stories share long runs by
accident), wraps each page in varied furniture (menus,
related links, footers), dates it within a few days of the story's start, and plants
copies (exact, reframed, new lead) for 5% of pages. Each size runs in its own process so
that peak memory (max RSS) is that size's alone. Reported per stage: pages/s for
ingest (clean + fingerprints, on --jobs processes), near-duplicate folding and
clustering; stories/s for summarizing; peak RSS, and the peak so far when each stage
ended (where the peak is reached); and B-cubed F1 against the synthetic stories.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tomtat.eval import clustering, pools
from tomtat.eval.vnmds import read_clusters

DEV = Path(__file__).resolve().parents[1].parent / "shared/data/vnmds-dev"
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
SYLLABLES = (
    "an bình cao đức gia hà hải hòa hùng khang lâm linh long minh nam ngọc phong quang sơn tâm thành "
    "trung tuấn vân việt xuân yên"
).split()
PLACES = ["xã", "phường", "thị trấn", "huyện", "khu công nghiệp", "cảng"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(SYLLABLES).title()} {rng.choice(SYLLABLES).title()}"


def _perturb(sentence: str, rng: random.Random, vocab: list[str]) -> str:
    words = sentence.split()
    for k in range(len(words)):
        if rng.random() < 0.1 and words[k].isalpha() and words[k].islower():
            words[k] = rng.choice(vocab)
    return " ".join(words)


# The generator's own sentence cut, not tomtat's: the crawl must stay the same page for
# page when tomtat's splitter changes, or the figures of two commits compare two crawls.
_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“\"])")


def _sentences(text: str) -> list[str]:
    return [s for s in _STOP.split(text) if s.strip()]


def make_collection(size: int, out: Path, seed: int = 0) -> dict[str, str]:
    """Write `out/crawl.jsonl` with `size` pages; returns page id -> synthetic story."""
    rng = random.Random(seed)
    clusters = read_clusters(DEV)
    pools_ = [[s for p in c.pages for s in _sentences(" ".join((p.text or "").split()))] for c in clusters]
    vocab = sorted({w for pool in pools_ for s in pool for w in s.split() if w.isalpha() and w.islower()})
    gold: dict[str, str] = {}
    written = 0
    story = 0
    # Stories break over a period that grows with the crawl (10,000 pages: 330 days, as
    # before), so that a window holds as many stories at every size: 50 dev clusters
    # cannot make thousands of distinct events a week, and at a fixed 330 days a 100k
    # crawl put ~15 stories of each pair of clusters in one year (B-cubed .52, stories
    # over-merged ten at a time, then summarized ten times as slowly): the growth figures
    # would measure the generator, not the pipeline.
    span = max(330, size * 330 // 10_000)
    with (out / "crawl.jsonl").open("w", encoding="utf-8") as fh:
        while written < size:
            story += 1
            # two dev clusters' sentences: 1,225 pairs of topics, so that stories of one
            # topic rarely fall in the same week
            base, other = rng.sample(range(len(clusters)), 2)
            person = _name(rng)
            place = f"{rng.choice(PLACES)} {rng.choice(SYLLABLES).title()} {rng.choice(SYLLABLES).title()}"
            start = rng.randrange(0, span)  # the day the story breaks
            own_words = rng.sample(vocab, 30)  # its particulars, which other stories do not share
            for _ in range(rng.randint(2, 8)):
                if written >= size:
                    break
                mixed = pools_[base] + pools_[other]
                picked = rng.sample(mixed, min(len(mixed), rng.randint(6, 14)))
                body = []
                for k, s in enumerate(picked):
                    s = _perturb(s, rng, own_words)
                    if k % 2 == 0:
                        s = f"Tại {place}, ông {person} cho biết: {s[0].lower()}{s[1:]}"
                    body.append(s)
                title = f"{person} nói về {picked[0][:60].rsplit(' ', 1)[0].lower()}"
                menus, footers = rng.sample(pools.MENUS, 2), rng.sample(pools.FOOTERS, 2)
                text = "\n".join([*menus, title, " ".join(body[:2]), *body[2:], *footers])
                published = date(2024, 1, 1) + timedelta(days=start + rng.randint(0, 3))
                day = published.isoformat()
                pages = [text]
                if rng.random() < 0.05:
                    pages.append(
                        rng.choice(
                            [text, pools._framed(" ".join(body), rng), pools._reopened(" ".join(body), rng)]
                        )
                    )
                for page in pages:
                    written += 1
                    fh.write(json.dumps({"text": page, "published": day}, ensure_ascii=False) + "\n")
                    gold[f"crawl-{written}"] = f"s{story}"
    return gold


def run_size(size: int, jobs: int) -> dict:
    """Build and cluster one synthetic collection (meant to run in its own process)."""
    from tomtat.collection import store
    from tomtat.collection.build import Options, article_ids, build

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gold = make_collection(size, folder)
        # a store file, as `tomtat stories --store` keeps: SQLite's page cache is
        # bounded, so the peak is the run's own memory, not the stored stories'
        db = store.connect(str(folder / "store.db"))
        peaks: dict[str, int] = {}  # max RSS so far when each stage ended: where the peak is

        def progress(report) -> None:
            stage = next(reversed(report.seconds)) if report.seconds else "ingest"
            peaks[stage] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)

        started = time.perf_counter()
        report, _ = build([folder / "crawl.jsonl"], db, Options(jobs=jobs), progress=progress)
        total = time.perf_counter() - started
        scores = clustering.score(article_ids(db), gold)
        store_mb = (folder / "store.db").stat().st_size / 2**20
    return {
        "pages": report.pages,
        "duplicates": report.duplicates,
        "stories": report.stories_total,
        "gold_stories": len(set(gold.values())),
        "seconds": {k: round(v, 1) for k, v in report.seconds.items()},
        "pages_per_s": {k: round(report.pages / v, 1) for k, v in report.seconds.items() if k != "summarize"},
        "stories_per_s": round(report.stories_total / report.seconds["summarize"], 1),
        "total_s": round(total, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_mb_by_stage_end": peaks,
        "store_mb": round(store_mb),
        "bcubed_f1": round(scores.f1, 3),
        "ari": round(scores.ari, 3),
    }


def run_baseline(size: int) -> dict:
    """TF-IDF (syllable 1-2 grams) + average-link agglomerative clustering on the cleaned
    articles of the same collection: all pairs, the textbook way."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    from tomtat.collection.ingest import Doc, ingest_all
    from tomtat.read.files import read_pages
    from tomtat.text.tokens import syllables

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gold = make_collection(size, folder)
        docs = [d for d in ingest_all(read_pages([folder / "crawl.jsonl"]), 2) if isinstance(d, Doc)]
    texts = [" ".join(filter(None, [d.article.title, d.article.lead, *d.article.paragraphs])) for d in docs]
    started = time.perf_counter()

    def grams(text: str) -> list[str]:
        s = syllables(text)
        return s + [f"{a} {b}" for a, b in zip(s, s[1:], strict=False)]

    # the usual settings: a term in over half the pages, or in one only, names no story
    x = TfidfVectorizer(analyzer=grams, sublinear_tf=True, min_df=2, max_df=0.5).fit_transform(texts)
    distances = 1.0 - (x @ x.T).toarray().astype(np.float32)  # all pairs: n^2 floats
    np.fill_diagonal(distances, 0.0)
    distances = np.maximum(distances, 0.0)
    prepared = time.perf_counter() - started
    # The baseline gets its best distance threshold on this very collection (a generous
    # baseline: tomtat's threshold is fixed); time is that of one fit.
    best = None
    for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
        started = time.perf_counter()
        model = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
        )
        labels = model.fit_predict(distances)
        seconds = prepared + time.perf_counter() - started
        predicted = {d.id: str(label) for d, label in zip(docs, labels, strict=True)}
        scores = clustering.score(predicted, gold)
        if best is None or scores.f1 > best[1].f1:
            best = (threshold, scores, seconds)
    threshold, scores, seconds = best
    return {
        "pages": len(docs),
        "threshold": threshold,
        "cluster_s": round(seconds, 1),
        "pages_per_s": round(len(docs) / seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "bcubed_f1": round(scores.f1, 3),
        "ari": round(scores.ari, 3),
    }


def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--baseline-size", type=int, default=10000, help="0: no baseline")
    parser.add_argument("--child", choices=["tomtat", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "tomtat":
        print(json.dumps(run_size(args.size, args.jobs)))
        return 0
    if args.child == "baseline":
        print(json.dumps(run_baseline(args.size)))
        return 0
    results = {}
    for size in args.sizes:
        results[size] = _child(["--child", "tomtat", "--size", str(size), "--jobs", str(args.jobs)])
        print(f"tomtat {size:>7} pages: {json.dumps(results[size], ensure_ascii=False)}", flush=True)
    base = _child(["--child", "baseline", "--size", str(args.baseline_size)]) if args.baseline_size else None
    if base:
        label = f"baseline {args.baseline_size:>5} pages (TF-IDF + agglomerative, clustering only)"
        print(f"{label}: {json.dumps(base)}")
    print(f"\n{'stage':10} " + " ".join(f"{s:>10}" for s in args.sizes) + "   pages/s")
    for stage in ("ingest", "fold", "cluster"):
        print(f"{stage:10} " + " ".join(f"{results[s]['pages_per_s'][stage]:10.1f}" for s in args.sizes))
    print(
        f"{'summarize':10} "
        + " ".join(f"{results[s]['stories_per_s']:10.1f}" for s in args.sizes)
        + "   stories/s"
    )
    print(f"{'peak MB':10} " + " ".join(f"{results[s]['peak_rss_mb']:10d}" for s in args.sizes))
    for stage in ("ingest", "fold", "cluster"):
        print(
            f"{'  ' + stage:10} "
            + " ".join(f"{results[s]['peak_mb_by_stage_end'].get(stage, 0):10d}" for s in args.sizes)
            + "   max RSS so far when the stage ended"
        )
    print(f"{'store MB':10} " + " ".join(f"{results[s]['store_mb']:10d}" for s in args.sizes))
    print(f"{'B-cubed F1':10} " + " ".join(f"{results[s]['bcubed_f1']:10.3f}" for s in args.sizes))
    if base and args.baseline_size in results:
        t = results[args.baseline_size]
        print(
            f"\nat {args.baseline_size} pages, clustering: tomtat {t['pages_per_s']['cluster']:.0f} pages/s "
            f"(F1 {t['bcubed_f1']:.3f}) vs baseline {base['pages_per_s']:.0f} pages/s "
            f"(F1 {base['bcubed_f1']:.3f}, peak {base['peak_rss_mb']} MB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
