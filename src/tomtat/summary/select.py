"""Choose summary sentences under a syllable budget, with redundancy control.

Greedy by the learned score (`summary.scorer`), as MMR does, but redundancy is a hard
rule at two levels: a sentence whose syllable bigrams are mostly in the summary already
is skipped, and so is one whose content syllables (numbers and names included) largely
repeat a single chosen sentence in other words, or that gives a precise figure a chosen
sentence gave while sharing a quarter of its content with it; a candidate that holds
most of a chosen sentence and says more takes that sentence's place (the fuller report
of one fact, not both). A statement the facts stage found in two places (a speaker's
words reported in one sentence and quoted in another, or quoted again by another
outlet: `Quote.also`) is given once: a candidate holding one already given is skipped.

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
from tomtat.summary.features import bigram_set, candidates, matrix, needs_previous, writers_verdict
from tomtat.summary.scorer import default_scorer
from tomtat.text.tokens import syllables

# Thresholds chosen under leave-one-dataset-out on the three dev sets
# (benchmarks/summaries.py prints the table they come from).
BIGRAM_REDUNDANCY = 0.3  # skip a sentence when this share of its bigrams is covered
MEANING_REDUNDANCY = 0.4  # ... or this share of its content syllables is in one chosen sentence
# A chosen sentence whose content syllables are mostly (this share) in a later candidate
# is said again by it, and more ("Bị cáo A lĩnh N năm tù." then "Chiều D, tòa án tỉnh X
# đã tuyên phạt bị cáo A N năm tù về tội ..."): the candidate takes its place when the
# budget allows. In-sample R2 with 0.7 / 0.8 / 0.9 (vnmds, AbMuSu, ViMs): 47.75 / 48.04 /
# 47.70, 34.92 / 35.07 / 35.26, 40.49 / 40.01 / 39.94, against 47.64, 34.93, 39.92
# without; chosen on two sets and scored on the third it changes R2 by +0.11, -0.01 and
# +0.09, so it is a reading rule that costs nothing, and 0.8 is the middle of the grid.
SUBSUMED_REDUNDANCY = 0.8
# A candidate that gives a precise figure a chosen sentence gave ("thu 103,3 triệu USD"
# told by three outlets in three wordings) and shares this share of its content
# syllables with that sentence tells the same fact again. 0.25 by reading ViMs
# Cluster_130 (at 0.35 its opening figure stayed three times); it skipped 51 candidates
# of the 400 dev clusters and cost R2 (vnmds, AbMuSu, ViMs) -0.15 / -0.24 / -0.07 under
# 5-fold cross-validation, -0.22 / -0.19 / -0.37 leave one dataset out: the price of
# not saying one thing twice. None turns it off. Since version numbers are no figures
# (`_FIGURE`) it skips 43, and in-sample AbMuSu R2 went 35.34 -> 35.45 (the others
# unchanged).
FIGURE_REDUNDANCY: float | None = 0.25
MIN_CONTENT = 2  # syllables; shorter ones ("là", "và") carry no content


@dataclass(frozen=True)
class Selection:
    """Options of the select stage."""

    max_syllables: int = 150
    max_sentences: int | None = None
    bigram_redundancy: float = BIGRAM_REDUNDANCY
    meaning_redundancy: float = MEANING_REDUNDANCY
    subsumed_redundancy: float = SUBSUMED_REDUNDANCY
    figure_redundancy: float | None = FIGURE_REDUNDANCY


# Small numbers are written either way in Vietnamese news ("kéo dài ba ngày", "kéo dài
# trong 3 ngày"): compared as digits. Left as words: "một" (mostly the article "a"),
# "năm" (mostly "year") and "tư" (also "private", "fourth").
_NUMBER_WORDS = {
    "hai": "2",
    "ba": "3",
    "bốn": "4",
    "sáu": "6",
    "bảy": "7",
    "tám": "8",
    "chín": "9",
    "mười": "10",
}


def content_of(tokens: list[str]) -> set[str]:
    """The syllables of `tokens` that carry content, small numbers written out as digits."""
    return {_NUMBER_WORDS.get(t, t) for t in tokens if len(t) >= MIN_CONTENT or t.isdigit()}


def content_syllables(sentence: Sentence) -> set[str]:
    return content_of(sentence.syllables)


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
    statements = _statements_by_place(story)
    used = 0
    budget = options.max_syllables
    for k in ranked:
        s = pool[k]
        if options.max_sentences and len(chosen) >= options.max_sentences:
            break
        length = len(s.syllables)
        mine = content_syllables(s)
        inside = _said_again(mine, contents, chosen, options.subsumed_redundancy)
        freed = len(chosen[inside].syllables) if inside is not None else 0
        if used - freed + length > budget:
            if budget - used < 4:
                break
            skipped["does not fit the budget"] += 1
            continue
        others = chosen if inside is None else chosen[:inside] + chosen[inside + 1 :]
        grams = bigram_set(s)
        base = covered if inside is None else set().union(*(bigram_set(c) for c in others))
        if grams and len(grams & base) / len(grams) > options.bigram_redundancy:
            skipped["repeats the summary"] += 1
            continue
        rest = contents if inside is None else contents[:inside] + contents[inside + 1 :]
        if mine and any(len(mine & c) / len(mine) > options.meaning_redundancy for c in rest):
            skipped["says the same in other words"] += 1
            continue
        share = options.figure_redundancy
        if share is not None and _repeats_a_figure(s, mine, others, rest, share):
            skipped["gives a figure the summary has given"] += 1
            continue
        given = set().union(*(statements.get(c.key, ()) for c in others))
        if given & statements.get(s.key, frozenset()):
            # "Nhận định ..., ông X nhấn mạnh, A." chosen, then "Ông X nhận thấy: “A, B”":
            # the facts stage tied the two as one statement in two forms
            skipped["gives a statement the summary gives"] += 1
            continue
        if writers_verdict(s.text):
            skipped["gives the writer's verdict"] += 1
            continue
        if needs_previous(s.text) and not _antecedent_present(s, others, headline_article):
            skipped["needs the sentence before it"] += 1
            continue
        if inside is not None:
            skipped["replaced by a sentence that says it and more"] += 1
            chosen, contents, covered = others, rest, base
            used -= freed
        chosen.append(s)
        covered |= grams
        contents.append(mine)
        used += length
    if not chosen:
        shortened = _first_clauses(pool[ranked[0]], budget)
        return [shortened] if shortened is not None else []
    return chosen


def _statements_by_place(story: Story) -> dict[tuple[str, int], frozenset[int]]:
    """(article id, sentence index) -> the statements written there, each numbered once
    with all the places the facts stage found it in (a direct quotation and its
    reported version, the same words in another article: `Quote.also`). Empty before
    the facts stage has run."""
    out: dict[tuple[str, int], set[int]] = {}
    for n, q in enumerate(story.quotes):
        places = q.places()
        if len(places) > 1:
            for place in places:
                out.setdefault(place, set()).add(n)
    return {place: frozenset(found) for place, found in out.items()}


# A figure precise enough to name one fact: digits with a separator as Vietnamese
# writes them (a decimal comma "103,3", thousands by dots "20.596", "2.000") or three
# digits and more, a year aside. A dot before fewer than three digits makes no number
# ("Nông nghiệp 4.0", "Web 3.0", "iOS 16.1": a name's version) unless a percent follows
# (the English decimal point some outlets use: "tăng 3.5%").
_FIGURE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)+|\d+\.\d+(?=\s?%))(?![\d.,]\d)"
    r"|(?<![\d.,])\d{3,}(?![\d.,]\d)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _figures(text: str) -> set[str]:
    return {f for f in _FIGURE.findall(text) if not _YEAR.fullmatch(f)}


def _repeats_a_figure(
    s: Sentence, mine: set[str], chosen: list[Sentence], contents: list[set[str]], share: float
) -> bool:
    """The candidate gives a figure a chosen sentence gave, and this share of its content
    syllables is in that sentence: the same fact told again."""
    figures = _figures(s.text)
    if not figures or not mine:
        return False
    return any(
        figures & _figures(c.text) and len(mine & theirs) / len(mine) >= share
        for c, theirs in zip(chosen, contents, strict=True)
    )


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


def _said_again(mine: set[str], contents: list[set[str]], chosen: list[Sentence], share: float) -> int | None:
    """Index of the chosen sentence the candidate (content syllables `mine`) says again,
    if any and if no other chosen sentence leans on it (its place is then free)."""
    if not mine:
        return None
    for j, theirs in enumerate(contents):
        if theirs and len(mine & theirs) / len(theirs) > share:
            old = chosen[j]
            leaned_on = any(
                t.article_id == old.article_id and t.index == old.index + 1 and needs_previous(t.text)
                for t in chosen
            )
            return None if leaned_on else j
    return None


def _antecedent_present(s: Sentence, chosen: list[Sentence], headline_article: str | None) -> bool:
    """The sentence before it in its article is chosen (the order stage sets them
    together), or, for an article's first sentence, the title is the headline. A bare
    pronoun ("Ông khẳng định ...") too: a sentence further back may name someone else
    (an expert quoted in between, not the minister of the article's opening)."""
    if s.index == 0:
        return s.article_id == headline_article
    return any(c.article_id == s.article_id and c.index == s.index - 1 for c in chosen)
