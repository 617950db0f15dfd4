"""ROUGE of tomtat and baselines on the VietnameseMDS dev clusters, in one run.

    python benchmarks/vnmds_rouge.py [../shared/data/vnmds-dev]

Scoring convention of ../shared/README.md: syllable tokens, each system summary cut to
the mean length of the cluster's two references, F1 averaged over references, then
over clusters. Baselines, given the same cut:
- lead: first sentences of each article, round-robin, until the budget is filled;
- sumy LexRank and TextRank with a Vietnamese syllable tokenizer (sentences by tomtat's
  splitter, words = syllables), best-rated sentences until the budget is filled.
- oracle: greedy extractive oracle on tomtat's candidate sentences (knows the references:
  an upper bound, not a system).
Also prints clusters per second for each system (after start-up) and tomtat's CPU time
per cluster; then a k-fold cross-validated figure (the selector's free weights chosen on
the other folds, three random splits) beside the full-dev one, and an ablation table.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from tomtat.eval import rouge
from tomtat.eval.oracle import oracle
from tomtat.eval.vnmds import Cluster, read_clusters
from tomtat.model import Story
from tomtat.pipeline import prepare, select_stage, summarize
from tomtat.summary.order import order_sentences
from tomtat.summary.select import DEFAULT_WEIGHTS, Weights
from tomtat.text.sentences import split_sentences

System = Callable[[Cluster, int], str]


def _raw_sentences(page_text: str) -> list[str]:
    return [s for line in page_text.splitlines() for s in split_sentences(line)]


def lead(cluster: Cluster, budget: int) -> str:
    docs = [_raw_sentences(p.text or "") for p in cluster.pages]
    out, used, i = [], 0, 0
    while used < budget and any(i < len(d) for d in docs):
        for d in docs:
            if i < len(d) and used < budget:
                out.append(d[i])
                used += len(rouge.tokenize(d[i]))
        i += 1
    return " ".join(out)


class _SyllableTokenizer:
    """What sumy needs of a tokenizer, for Vietnamese: our sentences, syllable words."""

    language = "vietnamese"

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        return rouge.tokenize(sentence)


def _sumy(kind: str) -> System:
    from sumy.nlp.stemmers import null_stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer = (LexRankSummarizer if kind == "lexrank" else TextRankSummarizer)(null_stemmer)
    tokenizer = _SyllableTokenizer()

    def run(cluster: Cluster, budget: int) -> str:
        text = "\n\n".join(" ".join((p.text or "").split()) for p in cluster.pages)
        document = PlaintextParser.from_string(text, tokenizer).document

        def until_budget(infos):
            taken, used = [], 0
            for info in infos:
                if used >= budget:
                    break
                taken.append(info)
                used += len(rouge.tokenize(str(info.sentence)))
            return taken

        return " ".join(str(s) for s in summarizer(document, until_budget))

    return run


def tomtat_system(cluster: Cluster, budget: int) -> str:
    story = summarize(cluster.pages, max_syllables=budget, story_id=cluster.id)
    return " ".join(s.text for s in story.summary)


def _summary_of(story: Story, chosen) -> str:
    return " ".join(s.text for s in order_sentences(story, chosen))


def oracle_system(cluster: Cluster, budget: int) -> str:
    story = prepare(cluster.pages, cluster.id)
    return _summary_of(story, oracle(story, cluster.references, budget))


def evaluate(system: System, clusters: list[Cluster]) -> tuple[rouge.Scores, float]:
    scores = []
    started = time.perf_counter()
    outputs = [(c, system(c, rouge.budget(c.references))) for c in clusters]
    elapsed = time.perf_counter() - started
    for cluster, summary in outputs:
        scores.append(rouge.score(summary, cluster.references))
    return rouge.mean(scores), len(clusters) / elapsed if elapsed else float("inf")


class Prepared:
    """Clusters read, cleaned and folded once, so many selector settings can be scored."""

    def __init__(self, clusters: list[Cluster]):
        self.clusters = clusters
        self.stories = [prepare(c.pages, c.id) for c in clusters]
        self._cache: dict[tuple[Weights, int], rouge.Scores] = {}

    def score(self, weights: Weights, k: int) -> rouge.Scores:
        key = (weights, k)
        if key not in self._cache:
            c, story = self.clusters[k], self.stories[k]
            b = rouge.budget(c.references)
            select_stage(story, b, weights=weights)
            summary = " ".join(s.text for s in story.summary)
            self._cache[key] = rouge.score(summary, c.references)
        return self._cache[key]

    def mean(self, weights: Weights, ks: list[int]) -> rouge.Scores:
        return rouge.mean([self.score(weights, k) for k in ks])


# The settings cross-validation chooses among: the weights that are not fixed by
# construction (position is the unit; the dangling penalty is a readability rule).
GRID = [
    replace(DEFAULT_WEIGHTS, support=support, length=length, redundancy=redundancy, title=title)
    for support in (0.5, 1.0)
    for length in (0.1, 0.3)
    for redundancy in (0.3, 0.5)
    for title in (0.0, 0.3)
]


def cross_validate(prepared: Prepared, folds: int = 5, seed: int = 0) -> tuple[rouge.Scores, list[Weights]]:
    """k-fold: the grid point best on the other folds (by R2) is scored on each fold."""
    n = len(prepared.clusters)
    order = random.Random(seed).sample(range(n), n)
    held_out: list[rouge.Scores] = []
    chosen = []
    for f in range(folds):
        test = order[f::folds]
        train = [k for k in range(n) if k not in test]
        best = max(GRID, key=lambda w: prepared.mean(w, train).r2)
        chosen.append(best)
        held_out += [prepared.score(best, k) for k in test]
    return rouge.mean(held_out), chosen


ABLATION = [
    ("all signals (default)", DEFAULT_WEIGHTS),
    ("- position", replace(DEFAULT_WEIGHTS, position=0.0)),
    ("- support", replace(DEFAULT_WEIGHTS, support=0.0)),
    ("- length prior", replace(DEFAULT_WEIGHTS, length=0.0)),
    ("- dangling penalty", replace(DEFAULT_WEIGHTS, dangling=0.0)),
    ("- redundancy rule", replace(DEFAULT_WEIGHTS, redundancy=1.0)),
    ("+ centrality 0.5", replace(DEFAULT_WEIGHTS, centrality=0.5)),
    ("- title overlap", replace(DEFAULT_WEIGHTS, title=0.0)),
]


def _row(name: str, s: rouge.Scores, rate: float | None = None) -> str:
    tail = f" {rate:11.1f}" if rate is not None else ""
    return f"{name:24} {s.r1 * 100:6.2f} {s.r2 * 100:6.2f} {s.rl * 100:6.2f}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "data", nargs="?", default=str(Path(__file__).resolve().parents[1].parent / "shared/data/vnmds-dev")
    )
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    clusters = read_clusters(args.data)
    if not clusters:
        print(f"no clusters under {args.data}", file=sys.stderr)
        return 2
    tomtat_system(clusters[0], 100)  # warm up: imports
    systems: list[tuple[str, System]] = [
        ("tomtat", tomtat_system),
        ("lead", lead),
        ("sumy LexRank", _sumy("lexrank")),
        ("sumy TextRank", _sumy("textrank")),
        ("oracle (knows refs)", oracle_system),
    ]
    print(f"{len(clusters)} clusters from {args.data}; budget = mean reference length (syllables)")
    print(f"{'system':24} {'R1':>6} {'R2':>6} {'RL':>6} {'clusters/s':>11}")
    for name, system in systems:
        s, rate = evaluate(system, clusters)
        print(_row(name, s, rate))
    cpu = time.process_time()
    for c in clusters:
        summarize(c.pages, max_syllables=rouge.budget(c.references))
    print(f"tomtat CPU per cluster: {(time.process_time() - cpu) / len(clusters) * 1000:.1f} ms")

    prepared = Prepared(clusters)
    print(
        f"\n{args.folds}-fold cross-validation over {len(GRID)} selector settings (chosen by R2 on the rest)"
    )
    for seed in range(3):
        s, chosen = cross_validate(prepared, args.folds, seed)
        picks = ", ".join(f"s{w.support:g}/l{w.length:g}/r{w.redundancy:g}/t{w.title:g}" for w in chosen)
        print(_row(f"tomtat CV (split {seed})", s) + f"   picked: {picks}")
    print(_row("tomtat default, full dev", prepared.mean(DEFAULT_WEIGHTS, list(range(len(clusters))))))

    print("\nablation of the selector (full dev)")
    print(f"{'setting':24} {'R1':>6} {'R2':>6} {'RL':>6}")
    for name, weights in ABLATION:
        print(_row(name, prepared.mean(weights, list(range(len(clusters))))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
