"""Article -> Sentences: the lead is paragraph 0, body paragraphs follow from 1."""

from __future__ import annotations

import re

from tomtat.model import Article, Sentence
from tomtat.text.sentences import split_sentences
from tomtat.text.tokens import syllables

_END_SIGN = re.compile(r"\s*\./\.\s*$")  # "./." closes many Vietnamese articles


def segment_article(article: Article) -> Article:
    """Fill `article.sentences` from its lead and paragraphs."""
    sentences: list[Sentence] = []
    blocks = [(0, article.lead)] if article.lead else []
    blocks += [(k, p) for k, p in enumerate(article.paragraphs, 1)]
    for paragraph, text in blocks:
        for piece in split_sentences(text or ""):
            piece = _END_SIGN.sub(".", piece)
            sentences.append(
                Sentence(
                    text=piece,
                    article_id=article.id,
                    paragraph=paragraph,
                    index=len(sentences),
                    syllables=syllables(piece),
                    sources=[article.id],
                )
            )
    article.sentences = sentences
    return article
