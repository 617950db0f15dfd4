"""Fold duplicates: syndicated copies of an article, and sentences repeated across
articles, kept once and credited to every article that carries them.

Articles are compared by MinHash over syllable 3-gram shingles (`tomtat.minhash`, the
signatures of datasketch without its import cost), with an
exact check of the candidates LSH returns; a copy whose first paragraph was rewritten
still shares most shingles, so containment (not only Jaccard) decides, and a later
article that adds more than a sentence is kept beside the earlier. A story of a few
dozen articles is compared pair by pair on the exact shingle sets, which is cheaper than
hashing; MinHash/LSH takes over beyond that, where all pairs would grow quadratically.
Sentences are
compared by their syllable-bigram sets through an inverted index, so a story of a few
hundred sentences never compares all pairs of unrelated sentences.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain

from tomtat import minhash
from tomtat.model import Article, Sentence, Story

ARTICLE_THRESHOLD = 0.5  # LSH Jaccard threshold for candidate pairs
ARTICLE_CONTAINMENT = 0.8  # share of the smaller article's shingles found in the other
# Shingles a copy may add to its original: one sentence of news (20-40 syllables), a
# rewritten lede or a sign-off; more is content of its own.
COPY_ADDS_AT_MOST = 40
SENTENCE_SIMILARITY = 0.7  # bigram-set Jaccard at which two sentences are one
NUM_PERM = minhash.NUM_PERM
EXACT_UP_TO = 48  # articles; above this, candidate pairs come from LSH


def shingles(article: Article, n: int = 3) -> set[str]:
    tokens = [t for s in article.sentences for t in s.syllables]
    return {" ".join(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1))}


def _minhash(items: set[str]):
    return minhash.signature(s.encode("utf-8") for s in items)


class _Candidates:
    """Earlier kept articles that may be copied by a new one: all of them for a small
    story, those LSH finds for a large one."""

    def __init__(self, size: int):
        self.kept: list[str] = []
        self.lsh = minhash.Bands() if size > EXACT_UP_TO else None
        self._hash = None

    def query(self, items: set[str]) -> list[str]:
        if self.lsh is None:
            return list(self.kept)
        self._hash = _minhash(items)
        found = self.lsh.query(self._hash)
        return [k for k in self.kept if k in found]

    def add(self, key: str) -> None:
        self.kept.append(key)
        if self.lsh is not None:
            self.lsh.insert(key, self._hash)


def copy_of(mine: set[str], theirs: set[str]) -> bool:
    """The later article (`mine`) copies the earlier: most of the smaller one is in the
    larger, and the later adds at most a sentence (`is_copy`)."""
    shared = len(mine & theirs)
    return is_copy(shared, len(mine), len(theirs))


def is_copy(shared: int, mine: int, theirs: int) -> bool:
    """Shingle counts of a later article (`mine`), an earlier one and what they share: a
    copy when most of the smaller is in the larger and the later adds no more than a
    rewritten lede or a sign-off. A later article that holds the earlier and adds to it
    (a fuller version, a follow-up quoting the first report) is no copy: folding it lost
    what it adds (on the 400 dev clusters 16 of 72 folded articles had 23-75% of their
    shingles outside the original, one its only statement); the sentences it repeats
    are folded one by one."""
    if shared / (min(mine, theirs) or 1) < ARTICLE_CONTAINMENT:
        return False
    return shared / (mine or 1) >= ARTICLE_CONTAINMENT or mine - shared <= COPY_ADDS_AT_MOST


def fold_articles(story: Story) -> Story:
    """Mark articles that copy an earlier one with `duplicate_of`."""
    articles = [a for a in story.articles if a.sentences]
    if len(articles) < 2:
        return story
    sets = {a.id: shingles(a) for a in articles}
    candidates = _Candidates(len(articles))
    for article in articles:
        mine = sets[article.id]
        if not mine:
            continue
        original = next((k for k in candidates.query(mine) if copy_of(mine, sets[k])), None)
        if original is None:
            candidates.add(article.id)
        else:
            article.duplicate_of = original
    return story


def _bigrams(sentence: Sentence) -> set[tuple[str, str]]:
    s = sentence.syllables
    return set(zip(s, s[1:], strict=False)) or {(t, "") for t in s}


def fold_sentences(story: Story) -> Story:
    """Group near-identical sentences; the first copy is kept and credits every source."""
    order = {a.id: k for k, a in enumerate(story.articles)}
    copies = {a.id: a.duplicate_of is not None for a in story.articles}
    everything = [s for a in story.articles for s in a.sentences]
    everything.sort(key=lambda s: (copies[s.article_id], order[s.article_id], s.index))
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    grams: list[set[tuple[str, str]]] = []
    kept: list[Sentence] = []
    for sentence in everything:
        mine = _bigrams(sentence)
        # shared bigrams per kept sentence, counted in C; one that shares fewer than the
        # threshold's share of this sentence's bigrams cannot reach it (the union is at
        # least this sentence's set)
        counts = Counter(chain.from_iterable(index.get(g, ()) for g in mine))
        least = SENTENCE_SIMILARITY * len(mine) - 1e-9  # float slack: never cut a match
        match = None
        # most shared bigrams first, the earliest kept on a tie: not the set's hash order,
        # which changes from one process to the next
        near = [(k, shared) for k, shared in counts.items() if shared >= least]
        for k, shared in sorted(near, key=lambda kv: (-kv[1], kv[0])):
            union = len(mine) + len(grams[k]) - shared
            if union and shared / union >= SENTENCE_SIMILARITY:
                match = k
                break
        if match is None:
            for g in mine:
                index[g].append(len(kept))
            grams.append(mine)
            kept.append(sentence)
            sentence.sources = [sentence.article_id]
            sentence.citations = [sentence.key]
        else:
            original = kept[match]
            sentence.duplicate_of = original.key
            if sentence.article_id not in original.sources:
                original.sources.append(sentence.article_id)
                original.citations.append(sentence.key)
    for s in kept:
        s.sources.sort(key=order.__getitem__)
        s.citations.sort(key=lambda key: order[key[0]])
    story.stats["fold"] = {
        "articles": len(story.articles),
        "copies": sum(1 for a in story.articles if a.duplicate_of),
        "sentences": len(everything),
        "repeated_sentences": len(everything) - len(kept),
    }
    return story


def fold_duplicates(story: Story) -> Story:
    return fold_sentences(fold_articles(story))
