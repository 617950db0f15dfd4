"""Summaries on the three Vietnamese development sets, in one run.

    python benchmarks/summaries.py [--shared ../shared] [--quick]

Scoring convention of ../shared/README.md: syllable tokens, each system summary cut to
the mean length of the cluster's references, ROUGE F1 averaged over references, then
over clusters. For each of vnmds-dev, abmusu-train and vims-dev it prints:

- tomtat (the shipped scorer, trained on all three sets: in-sample), the three lead
  baselines of the summaries issue (lead-1 = the first article; lead round-robin = the
  first paragraphs of every article, then the second...; the same without each
  article's first paragraph), a sentence-level lead round-robin, sumy LexRank, and the
  greedy extractive oracle (knows the references: an upper bound), with clusters/s;
- tomtat's CPU time per cluster after start-up;
- 5-fold cross-validation over the 400 clusters (folds drawn within each set): the
  figure that predicts the held-out halves of the same three sets;
- the leave-one-dataset-out table: the scorer fitted on the other two sets and the
  redundancy thresholds chosen on them, scored on the third (the figure that predicts
  data from another source); once with the shipped ridge strength (chosen by the
  cross-validation, which saw all three sets) and once with the strength also chosen on
  the other two sets (nested: nothing of the third set chose anything);
- an ablation: each group of signals removed, refitted, scored leave-one-dataset-out.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from tomtat.eval import rouge
from tomtat.eval.datasets import DATASETS, read_dataset
from tomtat.eval.oracle import oracle
from tomtat.eval.training import ALPHA, Example, examples, fit, summary_text
from tomtat.eval.vnmds import Cluster
from tomtat.pipeline import prepare, summarize
from tomtat.summary.features import FEATURES
from tomtat.summary.order import order_sentences
from tomtat.summary.scorer import LinearScorer
from tomtat.summary.select import Selection
from tomtat.text.sentences import split_sentences

System = Callable[[Cluster, int], str]


def _paragraphs(cluster: Cluster) -> list[list[str]]:
    return [[ln.strip() for ln in (p.text or "").split("\n") if ln.strip()] for p in cluster.pages]


def _round_robin(docs: list[list[str]], budget: int) -> str:
    out, used, i = [], 0, 0
    while used < budget and any(i < len(d) for d in docs):
        for d in docs:
            if i < len(d) and used < budget:
                out.append(d[i])
                used += len(rouge.tokenize(d[i]))
        i += 1
    return " ".join(out)


def lead_1(cluster: Cluster, budget: int) -> str:
    """The first article, title left out (the cut keeps its beginning)."""
    return " ".join(_paragraphs(cluster)[0])


def lead_round_robin(cluster: Cluster, budget: int) -> str:
    return _round_robin(_paragraphs(cluster), budget)


def round_robin_without_first(cluster: Cluster, budget: int) -> str:
    return _round_robin([d[1:] for d in _paragraphs(cluster)], budget)


def sentence_round_robin(cluster: Cluster, budget: int) -> str:
    return _round_robin([[s for p in d for s in split_sentences(p)] for d in _paragraphs(cluster)], budget)


class _SyllableTokenizer:
    """What sumy needs of a tokenizer, for Vietnamese: our sentences, syllable words."""

    language = "vietnamese"

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        return rouge.tokenize(sentence)


def lexrank() -> System:
    from sumy.nlp.stemmers import null_stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    summarizer = LexRankSummarizer(null_stemmer)
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


def oracle_system(cluster: Cluster, budget: int) -> str:
    story = prepare(cluster.pages, cluster.id)
    return " ".join(s.text for s in order_sentences(story, oracle(story, cluster.references, budget)))


CPU_PER_CLUSTER: dict[str, float] = {}  # system name -> CPU ms a cluster, in its scored run


def evaluate(system: System, clusters: list[Cluster]) -> tuple[rouge.Scores, float]:
    started, cpu = time.perf_counter(), time.process_time()
    outputs = [(c, system(c, rouge.budget(c.references))) for c in clusters]
    elapsed = time.perf_counter() - started
    CPU_PER_CLUSTER[getattr(system, "__name__", "")] = (time.process_time() - cpu) / len(clusters) * 1000
    scores = rouge.mean([rouge.score(summary, c.references) for c, summary in outputs])
    return scores, len(clusters) / elapsed if elapsed else float("inf")


def _row(name: str, s: rouge.Scores, tail: str = "") -> str:
    return f"{name:30} {s.r1 * 100:6.2f} {s.r2 * 100:6.2f} {s.rl * 100:6.2f}{tail}"


# Redundancy settings the leave-one-dataset-out procedure chooses among.
SELECTIONS = [
    Selection(bigram_redundancy=b, meaning_redundancy=m) for b, m in ((0.3, 0.4), (0.5, 0.6), (0.5, 1.0))
]


def _score(data: list[Example], scorer, selection: Selection) -> rouge.Scores:
    return rouge.mean([rouge.score(summary_text(e, scorer, selection), e.cluster.references) for e in data])


def cross_validate(data: dict[str, list[Example]], folds: int = 5, seed: int = 0) -> dict[str, rouge.Scores]:
    """k-fold within each set (seeded): the scorer fitted on the other folds of all three
    sets, scored on the held-out fold, with the shipped redundancy thresholds."""
    fold_of = {}
    for name, items in data.items():
        order = random.Random(seed).sample(range(len(items)), len(items))
        for k, i in enumerate(order):
            fold_of[(name, i)] = k % folds
    out: dict[str, list[rouge.Scores]] = {name: [] for name in data}
    for f in range(folds):
        train = [e for name, items in data.items() for i, e in enumerate(items) if fold_of[(name, i)] != f]
        scorer = fit(train, ALPHA)
        for name, items in data.items():
            for i, e in enumerate(items):
                if fold_of[(name, i)] == f:
                    out[name].append(
                        rouge.score(summary_text(e, scorer, SELECTIONS[0]), e.cluster.references)
                    )
    return {name: rouge.mean(scores) for name, scores in out.items()}


# Ridge strengths the nested leave-one-dataset-out procedure chooses among.
ALPHAS = (10.0, 100.0, 1000.0)


def _cross_set_alpha(masked: dict[str, list[Example]], train_sets: list[str], cols: list[int]) -> float:
    """The ridge strength that generalises best between the two training sets: fitted on
    one, scored on the other, both ways (R2, shipped redundancy)."""

    def r2(alpha: float) -> float:
        total = 0.0
        for a, b in ((train_sets[0], train_sets[1]), (train_sets[1], train_sets[0])):
            scorer = _Masked(fit(masked[a], alpha), cols)
            total += _score(masked[b], scorer, SELECTIONS[0]).r2
        return total

    return max(ALPHAS, key=r2)


def leave_one_out(
    data: dict[str, list[Example]], drop: tuple[str, ...] = (), nested: bool = False
) -> dict[str, tuple[rouge.Scores, Selection, float]]:
    """Per held-out set: scorer fitted on the other two (without the `drop`ped signals),
    redundancy thresholds chosen by mean R2 on them, scored on the held-out set.
    `nested`: the ridge strength too is chosen on the other two (`_cross_set_alpha`);
    otherwise it is the shipped `ALPHA`, which cross-validation over all three chose."""
    masked = _masked(data, drop)
    cols = [FEATURES.index(d) for d in drop]
    out = {}
    for test in DATASETS:
        train_sets = [n for n in DATASETS if n != test]
        alpha = _cross_set_alpha(masked, train_sets, cols) if nested else ALPHA
        scorer = _Masked(fit([e for n in train_sets for e in masked[n]], alpha), cols)
        best = max(SELECTIONS, key=lambda sel: sum(_score(masked[n], scorer, sel).r2 for n in train_sets))
        out[test] = (_score(masked[test], scorer, best), best, alpha)
    return out


def _masked(data: dict[str, list[Example]], drop: tuple[str, ...]) -> dict[str, list[Example]]:
    if not drop:
        return data
    cols = [FEATURES.index(name) for name in drop]
    out = {}
    for name, items in data.items():
        out[name] = []
        for e in items:
            x = e.x.copy()
            if len(x):
                x[:, cols] = 0.0
            out[name].append(replace(e, x=x))
    return out


class _Masked:
    """A fitted scorer that sees the dropped signals as zeros, as it did in training."""

    def __init__(self, scorer: LinearScorer, cols: list[int]) -> None:
        self.scorer, self.cols = scorer, cols

    def __call__(self, x: np.ndarray) -> np.ndarray:
        x = x.copy()
        if len(x):
            x[:, self.cols] = 0.0
        return self.scorer(x)


ABLATION = [
    (
        "- position in article",
        ("position", "position_slow", "first_sentence", "relative_position", "first_of_paragraph"),
    ),
    ("- sapo signals", ("said_in_sapo", "sapo_in_body", "article_sapo_repeat")),
    ("- article rank/centrality", ("first_article", "article_rank", "article_centrality", "article_share")),
    ("- support, centrality", ("support", "sources", "centrality")),
    ("- concept coverage", ("coverage", "coverage_density", "log_coverage")),
    ("- titles", ("title", "own_title")),
    ("- length", ("length", "log_length")),
    ("- numbers, names, quotes", ("numbers", "names", "quote")),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--quick", action="store_true", help="skip sumy, the oracle and the ablation")
    args = parser.parse_args(argv)
    systems: list[tuple[str, System]] = [
        ("tomtat", tomtat_system),
        ("lead-1 (first article)", lead_1),
        ("lead round-robin", lead_round_robin),
        ("round-robin w/o 1st para", round_robin_without_first),
        ("lead round-robin, sentences", sentence_round_robin),
    ]
    if not args.quick:
        systems += [("sumy LexRank", lexrank()), ("oracle (knows refs)", oracle_system)]
    clusters = {name: read_dataset(name, args.shared) for name in DATASETS}
    tomtat_system(clusters["vnmds-dev"][0], 100)  # warm up: imports, model file
    for name in DATASETS:
        print(f"\n{name}: {len(clusters[name])} clusters; budget = mean reference length (syllables)")
        print(f"{'system':30} {'R1':>6} {'R2':>6} {'RL':>6} {'clusters/s':>11}")
        for sname, system in systems:
            s, rate = evaluate(system, clusters[name])
            print(_row(sname, s, f" {rate:11.1f}"), flush=True)
        first = CPU_PER_CLUSTER[tomtat_system.__name__]
        # once more over the same clusters: what a page costs when its paragraphs and
        # syllables have been seen (the memos of splitting, normalising and tagging)
        cpu = time.process_time()
        for c in clusters[name]:
            summarize(c.pages, max_syllables=rouge.budget(c.references))
        again = (time.process_time() - cpu) / len(clusters[name]) * 1000
        print(f"tomtat CPU per cluster: {first:.1f} ms in the scored run, {again:.1f} ms run again")

    data = {name: examples(name, args.shared) for name in DATASETS}
    print("\n5-fold cross-validation within the three sets (predicts their held-out halves)")
    print(f"{'set':30} {'R1':>6} {'R2':>6} {'RL':>6}")
    for name, s in cross_validate(data).items():
        print(_row(name, s))
    print("\nleave-one-dataset-out: scorer fitted and redundancy chosen on the other two sets")
    head = f"{'held-out set':30} {'R1':>6} {'R2':>6} {'RL':>6}"
    print(head + "   chosen (bigram/meaning redundancy, ridge alpha)")
    lodo = leave_one_out(data)
    for name in DATASETS:
        s, sel, alpha = lodo[name]
        print(_row(name, s, f"   {sel.bigram_redundancy:g}/{sel.meaning_redundancy:g}, {alpha:g} (shipped)"))
    nested = leave_one_out(data, nested=True)
    for name in DATASETS:
        s, sel, alpha = nested[name]
        chosen = f"   {sel.bigram_redundancy:g}/{sel.meaning_redundancy:g}, {alpha:g}"
        print(_row(f"{name}, alpha nested", s, chosen))
    if args.quick:
        return 0
    print("\nablation, leave-one-dataset-out R2 (each group of signals removed, refitted)")
    print(f"{'setting':30} " + " ".join(f"{n:>13}" for n in DATASETS))
    print(f"{'all signals':30} " + " ".join(f"{lodo[n][0].r2 * 100:13.2f}" for n in DATASETS))
    for label, drop in ABLATION:
        res = leave_one_out(data, drop)
        print(f"{label:30} " + " ".join(f"{res[n][0].r2 * 100:13.2f}" for n in DATASETS), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
