"""Put chosen sentences in reading order and choose the story's headline.

Order: by place in the article first (every outlet opens with the news), then by the
article's place in the story, so the summary reads from the core event to the detail.
Headline: the article title that shares most with the other articles' text, among titles
of a readable length; it names what all outlets agree on.
"""

from __future__ import annotations

import re

from tomtat.model import Sentence, Story, SummarySentence
from tomtat.summary.features import leans_on_previous, needs_previous, opens_with_connective
from tomtat.text.tokens import syllables


def order_sentences(
    story: Story, chosen: list[Sentence], headline_article: str | None = None
) -> list[SummarySentence]:
    """Reading order; a sentence that leans on its predecessor comes right after it,
    and the headline article's first sentence comes first."""
    order = {a.id: k for k, a in enumerate(story.articles)}
    ranked = sorted(
        chosen,
        key=lambda s: (
            not (s.index == 0 and s.article_id == headline_article),
            s.paragraph > 0,
            s.index,
            order[s.article_id],
        ),
    )
    keys = {s.key for s in ranked}
    attached = {s.key: s for s in ranked if needs_previous(s.text) and (s.article_id, s.index - 1) in keys}
    reading: list[Sentence] = []
    for s in ranked:
        if s.key in attached:
            continue
        reading.append(s)
        nxt = (s.article_id, s.index + 1)
        while nxt in attached:
            reading.append(attached[nxt])
            nxt = (nxt[0], nxt[1] + 1)
    reading = _no_connective_first(reading, set(attached))
    reading = _no_connective_after_connective(reading, set(attached))
    return [
        SummarySentence(
            text=without_opening_connective(s.text) if k == 0 else s.text,
            sources=list(s.sources),
            origin=s.key,
            citations=list(s.citations or [s.key]),
        )
        for k, s in enumerate(reading)
    ]


# Connectives that open a sentence and tie it to the one before it in its article,
# set off by a comma or colon: "Theo đó, ...", "Trước đó, ...", "Cụ thể: ...". A
# summary's first sentence has no sentence before it, so there the connective points at
# nothing the reader has read, and the clause after it stands on its own.
_OPENING_CONNECTIVE = re.compile(
    r"^(?:theo đó|trước đó|sau đó|cụ thể|tuy nhiên|tuy vậy|dù vậy|ngoài ra|bên cạnh đó|"
    r"đồng thời|hơn nữa|thêm vào đó|mặt khác|trong khi đó|do đó|do vậy|vì vậy|vì thế|thậm chí)"
    r"\s*[,:]\s+(?=[\w“\"‘'])",
    re.I,
)


def without_opening_connective(text: str) -> str:
    """`text` without a connective that ties it to a sentence before it ("Theo đó, Công
    ty X cam kết ..." -> "Công ty X cam kết ..."), its next word capitalised: for the
    summary's first sentence, when the article itself opens on one (no sentence
    without a connective could come first: `_no_connective_first`)."""
    m = _OPENING_CONNECTIVE.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    first = next((k for k, c in enumerate(rest) if c.isalnum()), 0)  # after an opening quote
    return rest[:first] + rest[first : first + 1].upper() + rest[first + 1 :]


def _no_connective_first(reading: list[Sentence], attached: set[tuple[str, int]]) -> list[Sentence]:
    """A summary does not open on "Ngoài ra", "Tuy nhiên", "Bên cạnh đó": the first
    sentence that opens on no connective comes first, with the sentences attached to it."""
    if not reading or not opens_with_connective(reading[0].text) or leans_on_previous(reading[0].text):
        # one that also points back ("Trước đó, ..."): the headline article opens with it,
        # and it reads after no other sentence better than first
        return reading
    blocks = _blocks(reading, attached)
    plain = next((k for k in range(1, len(blocks)) if not opens_with_connective(blocks[k][0].text)), None)
    if plain is None:
        return reading
    return [s for block in [blocks[plain], *blocks[:plain], *blocks[plain + 1 :]] for s in block]


def _blocks(reading: list[Sentence], attached: set[tuple[str, int]]) -> list[list[Sentence]]:
    """The reading cut into blocks: a sentence with the sentences attached after it."""
    out: list[list[Sentence]] = []
    for s in reading:
        if out and s.key in attached:
            out[-1].append(s)
        else:
            out.append([s])
    return out


def _no_connective_after_connective(
    reading: list[Sentence], attached: set[tuple[str, int]]
) -> list[Sentence]:
    """No two sentences in a row open on a connective ("Ngoài ra, ..." then "Tuy nhiên,
    ..."): each one turns against or adds to the sentence before it in its own article,
    so in a row they read as a chain of turns with nothing they turn from. The next block
    that opens on none is brought forward between them; when none is left, the second
    goes back to the first place between two blocks that open on none. A sentence
    attached to its antecedent never moves away from it."""
    blocks = _blocks(reading, attached)

    def turns(k: int) -> bool:
        return opens_with_connective(blocks[k][0].text)

    k = 1
    while k < len(blocks):
        if turns(k) and opens_with_connective(blocks[k - 1][-1].text):
            later = next((j for j in range(k + 1, len(blocks)) if not turns(j)), None)
            if later is not None:
                blocks.insert(k, blocks.pop(later))
            else:
                earlier = next(
                    (
                        i
                        for i in range(1, k - 1)
                        if not turns(i) and not opens_with_connective(blocks[i - 1][-1].text)
                    ),
                    None,
                )
                if earlier is not None:
                    blocks.insert(earlier, blocks.pop(k))
                    continue  # the block now at k follows a turn as well: look again
        k += 1
    return [s for block in blocks for s in block]


def headline_article(story: Story) -> str | None:
    """Id of the article whose title is the headline (None if the headline is not a title)."""
    return next((a.id for a in story.kept_articles if a.title and a.title == story.headline), None)


def choose_headline(story: Story) -> str | None:
    titled = [a for a in story.kept_articles if a.title]
    if not titled:
        first = next((s.text for a in story.kept_articles for s in a.sentences), None)
        return first
    text_grams = {
        a.id: {g for s in a.sentences for g in zip(s.syllables, s.syllables[1:], strict=False)}
        for a in story.kept_articles
    }

    def agreement(article) -> float:
        t = syllables(article.title)
        grams = set(zip(t, t[1:], strict=False))
        if not grams:
            return 0.0
        others = [g for aid, g in text_grams.items() if aid != article.id] or list(text_grams.values())
        shared = sum(len(grams & o) for o in others) / (len(grams) * len(others))
        fits = 6 <= len(t) <= 25
        return shared + (0.2 if fits else 0.0)

    return max(titled, key=agreement).title
