"""Fold duplicates: syndicated copies of an article, and sentences repeated across
articles, kept once and credited to every article that carries them.

Articles are compared by MinHash over syllable 3-gram shingles (datasketch), with an
exact check of the candidates LSH returns; a copy whose first paragraph was rewritten
still shares most shingles, so containment (not only Jaccard) decides. Sentences are
compared by their syllable-bigram sets through an inverted index, so a story of a few
hundred sentences never compares all pairs of unrelated sentences.
"""

from __future__ import annotations

from collections import defaultdict

from tomtat.model import Article, Sentence, Story

ARTICLE_THRESHOLD = 0.5  # LSH Jaccard threshold for candidate pairs
ARTICLE_CONTAINMENT = 0.8  # share of the smaller article's shingles found in the other
SENTENCE_SIMILARITY = 0.7  # bigram-set Jaccard at which two sentences are one
NUM_PERM = 128


def shingles(article: Article, n: int = 3) -> set[str]:
    tokens = [t for s in article.sentences for t in s.syllables]
    return {" ".join(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1))}


def _minhash(items: set[str]):
    from datasketch import MinHash  # imported here: 0.3 s that single-article runs never need

    m = MinHash(num_perm=NUM_PERM, seed=7)
    m.update_batch([s.encode("utf-8") for s in items])
    return m


def fold_articles(story: Story) -> Story:
    """Mark articles that copy an earlier (or longer) one with `duplicate_of`."""
    articles = [a for a in story.articles if a.sentences]
    if len(articles) < 2:
        return story
    from datasketch import MinHashLSH

    sets = {a.id: shingles(a) for a in articles}
    lsh = MinHashLSH(threshold=ARTICLE_THRESHOLD, num_perm=NUM_PERM)
    kept: list[Article] = []
    for article in articles:
        mine = sets[article.id]
        if not mine:
            continue
        mh = _minhash(mine)
        original = None
        for other_id in sorted(lsh.query(mh), key=[a.id for a in kept].index):
            theirs = sets[other_id]
            smaller = min(len(mine), len(theirs)) or 1
            if len(mine & theirs) / smaller >= ARTICLE_CONTAINMENT:
                original = other_id
                break
        if original is None:
            lsh.insert(article.id, mh)
            kept.append(article)
        else:
            article.duplicate_of = original
    return story


def _bigrams(sentence: Sentence) -> set[tuple[str, str]]:
    s = sentence.syllables
    return set(zip(s, s[1:], strict=False)) or {(t, "") for t in s}


def fold_sentences(story: Story) -> Story:
    """Group near-identical sentences; the first copy is kept and credits every source."""
    order = {a.id: k for k, a in enumerate(story.articles)}
    everything = [s for a in story.articles for s in a.sentences]
    everything.sort(
        key=lambda s: (story.article(s.article_id).duplicate_of is not None, order[s.article_id], s.index)
    )
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    grams: list[set[tuple[str, str]]] = []
    kept: list[Sentence] = []
    for sentence in everything:
        mine = _bigrams(sentence)
        counts: dict[int, int] = defaultdict(int)
        for g in mine:
            for k in index.get(g, ()):
                counts[k] += 1
        match = None
        for k, shared in sorted(counts.items(), key=lambda kv: -kv[1]):
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
        else:
            original = kept[match]
            sentence.duplicate_of = original.key
            if sentence.article_id not in original.sources:
                original.sources.append(sentence.article_id)
    for s in kept:
        s.sources.sort(key=order.__getitem__)
    story.stats["duplicate_sentences"] = len(everything) - len(kept)
    story.stats["duplicate_articles"] = sum(1 for a in story.articles if a.duplicate_of)
    return story


def fold_duplicates(story: Story) -> Story:
    return fold_sentences(fold_articles(story))
