"""Choose summary sentences under a syllable budget, with redundancy control.

Greedy by the learned score (`summary.scorer`), as MMR does, but redundancy is a hard
rule at two levels: a sentence whose syllable bigrams are mostly in the summary already
is skipped, and so is one whose content syllables (numbers and names included) largely
repeat a single chosen sentence in other words.

The budget is a limit the summary never exceeds: a sentence that does not fit whole is
passed over and the next best one that fits is taken; when none fits at all, the best
sentence's opening clauses that fit are given, ending with "…".

A sentence that leans on the one before it ("Đây là phát biểu của...", "Thời điểm
trên,") is taken only with its antecedent: the sentence before it in its article, or,
for an article's first sentence, the title when that title is the story's headline. The
order stage then keeps the two together.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from tomtat.model import Sentence, Story
from tomtat.summary.features import bigram_set, candidates, leans_on_previous, matrix
from tomtat.summary.scorer import default_scorer
from tomtat.text.tokens import syllables

# Thresholds chosen under leave-one-dataset-out on the three dev sets
# (benchmarks/summaries.py prints the table they come from).
BIGRAM_REDUNDANCY = 0.3  # skip a sentence when this share of its bigrams is covered
MEANING_REDUNDANCY = 0.4  # ... or this share of its content syllables is in one chosen sentence
MIN_CONTENT = 2  # syllables; shorter ones ("là", "và") carry no content


@dataclass(frozen=True)
class Selection:
    """Options of the select stage."""

    max_syllables: int = 150
    max_sentences: int | None = None
    bigram_redundancy: float = BIGRAM_REDUNDANCY
    meaning_redundancy: float = MEANING_REDUNDANCY


def content_syllables(sentence: Sentence) -> set[str]:
    return {t for t in sentence.syllables if len(t) >= MIN_CONTENT or t.isdigit()}


Scorer = Callable[[np.ndarray], np.ndarray]


def scores(story: Story, pool: list[Sentence], scorer: Scorer | None = None) -> np.ndarray:
    scorer = scorer or default_scorer()
    return scorer(matrix(story, pool))


def select(
    story: Story,
    options: Selection = Selection(),
    headline_article: str | None = None,
    scorer: Scorer | None = None,
    skipped: Counter | None = None,
) -> list[Sentence]:
    """The chosen sentences, best first (ordering for reading is a later stage).

    `headline_article`: id of the article whose title is the story's headline, so its
    first sentence may refer to it. `skipped` counts the candidates passed over, by reason."""
    skipped = Counter() if skipped is None else skipped
    pool = candidates(story)
    if not pool:
        return []
    values = scores(story, pool, scorer)
    order = {a.id: k for k, a in enumerate(story.articles)}
    ranked = sorted(range(len(pool)), key=lambda k: (-values[k], order[pool[k].article_id], pool[k].index))
    chosen: list[Sentence] = []
    covered: set[tuple[str, str]] = set()
    contents: list[set[str]] = []
    used = 0
    budget = options.max_syllables
    for k in ranked:
        s = pool[k]
        if options.max_sentences and len(chosen) >= options.max_sentences:
            break
        length = len(s.syllables)
        if used + length > budget:
            if budget - used < 4:
                break
            skipped["does not fit the budget"] += 1
            continue
        grams = bigram_set(s)
        if grams and len(grams & covered) / len(grams) > options.bigram_redundancy:
            skipped["repeats the summary"] += 1
            continue
        mine = content_syllables(s)
        if mine and any(len(mine & c) / len(mine) > options.meaning_redundancy for c in contents):
            skipped["says the same in other words"] += 1
            continue
        if leans_on_previous(s.text) and not _antecedent_present(s, chosen, headline_article):
            skipped["needs the sentence before it"] += 1
            continue
        chosen.append(s)
        covered |= grams
        contents.append(mine)
        used += length
    if not chosen:
        shortened = _first_clauses(pool[ranked[0]], budget)
        return [shortened] if shortened is not None else []
    return chosen


_CLAUSE_END = re.compile(r"[,;:–]\s")
MIN_CLAUSE = 5  # syllables: a shorter opening clause says too little to stand for the sentence


def _first_clauses(sentence: Sentence, budget: int) -> Sentence | None:
    """When no whole sentence fits the budget: the best sentence's opening clauses that
    fit, closed with an ellipsis, or None."""
    best = None
    for m in _CLAUSE_END.finditer(sentence.text):
        head = sentence.text[: m.start()].rstrip()
        n = len(syllables(head))
        if n > budget:
            break
        if n >= MIN_CLAUSE:
            best = head
    if best is None:
        return None
    return replace(sentence, text=best + "…", syllables=syllables(best))


def _antecedent_present(s: Sentence, chosen: list[Sentence], headline_article: str | None) -> bool:
    if s.index == 0:
        return s.article_id == headline_article
    return any(c.article_id == s.article_id and c.index == s.index - 1 for c in chosen)
