"""Choose summary sentences under a syllable budget, with redundancy control.

Greedy by score, as MMR does, but redundancy is a hard rule: a sentence whose syllable
bigrams are mostly already in the summary adds nothing a reader needs and is skipped.
The budget is kept by whole sentences: the last one may cross it only when more than
half of it fits, otherwise a shorter one that fits is looked for.

A sentence that leans on the one before it ("Đây là phát biểu của...", "... cho biết như
vậy") is taken only with its antecedent: the sentence before it in its article, or, for
an article's first sentence, the title when that title is the story's headline. The
order stage then keeps the two together.
"""

from __future__ import annotations

from dataclasses import dataclass

from tomtat.model import Sentence, Story
from tomtat.summary.features import Features, bigram_set, candidates, compute


@dataclass(frozen=True)
class Weights:
    """Weights of the sentence signals. Position is the unit; support, title and length
    are the values 5-fold cross-validation on vnmds-dev picks in 14 of 15 folds (three
    random splits, benchmarks/vnmds_rouge.py); centrality is off (it lowers ROUGE)."""

    position: float = 1.0
    support: float = 0.5
    centrality: float = 0.0
    title: float = 0.3
    length: float = 0.3
    dangling: float = 0.15  # penalty
    redundancy: float = 0.3  # skip a sentence when this share of its bigrams is covered


DEFAULT_WEIGHTS = Weights()


def score(f: Features, w: Weights) -> float:
    return (
        w.position * f.position
        + w.support * f.support
        + w.centrality * f.centrality
        + w.title * f.title
        + w.length * f.length
        - w.dangling * f.dangling
    )


def select(
    story: Story,
    max_syllables: int = 150,
    max_sentences: int | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    headline_article: str | None = None,
) -> list[Sentence]:
    """The chosen sentences, best first (ordering for reading is a later stage).

    `headline_article`: id of the article whose title is the story's headline, so its
    first sentence may refer to it."""
    pool = candidates(story)
    feats = compute(story, pool)
    order = {a.id: k for k, a in enumerate(story.articles)}
    ranked = sorted(pool, key=lambda s: (-score(feats[s.key], weights), order[s.article_id], s.index))
    chosen: list[Sentence] = []
    covered: set[tuple[str, str]] = set()
    used = 0
    for s in ranked:
        if used >= max_syllables or (max_sentences and len(chosen) >= max_sentences):
            break
        grams = bigram_set(s)
        if grams and len(grams & covered) / len(grams) > weights.redundancy:
            continue
        if feats[s.key].anaphoric and not _antecedent_present(s, chosen, headline_article):
            continue
        length = len(s.syllables)
        if used + length > max_syllables and (max_syllables - used) < length / 2:
            continue
        chosen.append(s)
        covered |= grams
        used += length
    return chosen


def _antecedent_present(s: Sentence, chosen: list[Sentence], headline_article: str | None) -> bool:
    if s.index == 0:
        return s.article_id == headline_article
    return any(c.article_id == s.article_id and c.index == s.index - 1 for c in chosen)
