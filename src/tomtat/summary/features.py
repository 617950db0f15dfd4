"""Sentence signals known to matter in multi-document news summarization.

- position: editors put the news first; the prior decays with the sentence's place in
  its article (measured on the dev set: a first sentence is in a reference summary
  about 60% of the time, a tenth one under 10%).
- support: how much of the sentence other articles of the story also say (share of
  its syllable bigrams found in other articles, plus every article crediting it).
- centrality: cosine of the sentence to the story's TF-IDF centroid (syllable bigrams).
- title: share of the sentence's bigrams found in the articles' titles.
- length: a log-normal-like prior around the length editors keep.
- dangling: the sentence leans on one the reader has not seen ("Đây là...", "Điều này",
  "Tuy nhiên", "cho biết như vậy"); out of its article it reads as a non sequitur.
- anaphoric: the stricter part of dangling (a reference back, not a connective); the
  selector takes such a sentence only together with its antecedent.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from tomtat.model import Sentence, Story
from tomtat.text.tokens import syllables

MIN_SYLLABLES = 8  # shorter sentences are fragments, datelines or headings
IDEAL_SYLLABLES = 35


# A sentence that cannot stand alone: it points back at something ("Đây là...", "Điều
# này...", "... cho biết như vậy", "vụ việc nói trên"). Taken only with its antecedent.
_ANAPHORIC = re.compile(
    r"^(đây|đó|điều này|điều đó|việc này|việc đó|như vậy|cũng theo|ông này|bà này|người này|"
    r"họ|nó|không chỉ vậy|dù vậy)\b|\b(như vậy|nói trên|kể trên|này cho biết)\b",
    re.I,
)
# A sentence that opens with a connective ("Tuy nhiên,", "Ngoài ra,"): it reads a little
# abruptly out of its article but carries its own content, so it is only penalised.
_CONNECTIVE = re.compile(
    r"^(tuy nhiên|ngoài ra|trong khi đó|bên cạnh đó|theo đó|do đó|vì vậy|vì thế|trước đó|sau đó|"
    r"thậm chí|mặt khác|song|nhưng)\b",
    re.I,
)


def leans_on_previous(text: str) -> bool:
    """The sentence refers to one before it ("Đây là...", "... cho biết như vậy")."""
    return bool(_ANAPHORIC.search(text[:60]))


def opens_with_connective(text: str) -> bool:
    return bool(_CONNECTIVE.search(text[:30]))


@dataclass
class Features:
    position: float
    support: float
    centrality: float
    title: float
    length: float
    dangling: float  # 1 for a connective opener or a reference back
    anaphoric: float  # 1 when the sentence needs its antecedent


def bigram_set(sentence: Sentence) -> set[tuple[str, str]]:
    s = sentence.syllables
    return set(zip(s, s[1:], strict=False))


def _is_content(s: Sentence) -> bool:
    """Long enough to be a sentence, and not one that introduces a list or a quote
    that is not in it."""
    return len(s.syllables) >= MIN_SYLLABLES and not s.text.rstrip().endswith(":")


def candidates(story: Story) -> list[Sentence]:
    """Sentences that may enter a summary: kept copies of content sentences."""
    return [s for a in story.kept_articles for s in a.sentences if s.duplicate_of is None and _is_content(s)]


def compute(story: Story, sentences: list[Sentence]) -> dict[tuple[str, int], Features]:
    articles = story.kept_articles
    per_article = {
        a.id: set().union(*(bigram_set(s) for s in a.sentences)) if a.sentences else set() for a in articles
    }
    n_articles = max(1, len(articles))
    df = Counter(g for grams in per_article.values() for g in grams)
    idf = {g: math.log(1 + n_articles / c) for g, c in df.items()}
    centroid: Counter = Counter()
    for grams in per_article.values():
        for g in grams:
            centroid[g] += idf[g]
    centroid_norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    title_grams: set[tuple[str, str]] = set()
    for a in articles:
        t = syllables(a.title or "")
        title_grams |= set(zip(t, t[1:], strict=False))
    # Rank among the article's candidates, not raw index: a caption or dateline that
    # opens the body must not push the real first sentence down.
    rank: dict[tuple[str, int], int] = {}
    for a in articles:
        k = 0
        for s in a.sentences:
            rank[s.key] = k
            k += _is_content(s)
    out = {}
    for s in sentences:
        grams = bigram_set(s)
        size = len(grams) or 1
        others = [per_article[a] for a in per_article if a != s.article_id]
        support = sum(sum(1 for o in others if g in o) for g in grams) / size / len(others) if others else 0.0
        support = max(support, (len(s.sources) - 1) / max(1, n_articles - 1))
        vec = {g: idf.get(g, 0.0) for g in grams}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        centrality = sum(v * centroid[g] for g, v in vec.items()) / (norm * centroid_norm)
        length = len(s.syllables)
        out[s.key] = Features(
            position=1.0 / (1.0 + 0.3 * rank[s.key]),
            support=support,
            centrality=centrality,
            title=len(grams & title_grams) / size,
            length=-abs(math.log(length / IDEAL_SYLLABLES)),
            dangling=1.0 if leans_on_previous(s.text) or opens_with_connective(s.text) else 0.0,
            anaphoric=1.0 if leans_on_previous(s.text) else 0.0,
        )
    return out
