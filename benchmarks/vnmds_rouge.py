"""ROUGE of tomtat and baselines on the VietnameseMDS dev clusters, in one run.

    python benchmarks/vnmds_rouge.py [../shared/data/vnmds-dev]

Scoring convention of ../shared/README.md: syllable tokens, each system summary cut to
the mean length of the cluster's two references, F1 averaged over references, then
over clusters. Baselines, given the same cut:
- lead: first sentences of each article, round-robin, until the budget is filled;
- sumy LexRank and TextRank with a Vietnamese syllable tokenizer (sentences by tomtat's
  splitter, words = syllables), best-rated sentences until the budget is filled.
Also prints clusters per second for each system (after start-up).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tomtat.eval import rouge
from tomtat.eval.vnmds import Cluster, read_clusters
from tomtat.pipeline import summarize
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


def evaluate(system: System, clusters: list[Cluster]) -> tuple[rouge.Scores, float]:
    scores = []
    started = time.perf_counter()
    outputs = [(c, system(c, rouge.budget(c.references))) for c in clusters]
    elapsed = time.perf_counter() - started
    for cluster, summary in outputs:
        scores.append(rouge.score(summary, cluster.references))
    return rouge.mean(scores), len(clusters) / elapsed if elapsed else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "data", nargs="?", default=str(Path(__file__).resolve().parents[1].parent / "shared/data/vnmds-dev")
    )
    args = parser.parse_args(argv)
    clusters = read_clusters(args.data)
    if not clusters:
        print(f"no clusters under {args.data}", file=sys.stderr)
        return 2
    tomtat_system(clusters[0], 100)  # warm up: imports, tagger
    systems: list[tuple[str, System]] = [
        ("tomtat", tomtat_system),
        ("lead", lead),
        ("sumy LexRank", _sumy("lexrank")),
        ("sumy TextRank", _sumy("textrank")),
    ]
    print(f"{len(clusters)} clusters from {args.data}; budget = mean reference length (syllables)")
    print(f"{'system':16} {'R1':>6} {'R2':>6} {'RL':>6} {'clusters/s':>11}")
    for name, system in systems:
        s, rate = evaluate(system, clusters)
        print(f"{name:16} {s.r1 * 100:6.2f} {s.r2 * 100:6.2f} {s.rl * 100:6.2f} {rate:11.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
