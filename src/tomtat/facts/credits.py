"""Names in an article's credits: who wrote it, who took its photos, which outlet it is
taken from ("Theo Minh Anh (Báo X)", "Ảnh: Reuters").

Cleaning takes these lines out of the article (they are no sentence of the story), so the
rules and the recognizer that read the sentences never see them; yet they are names the
page states, and a reader or a researcher asking "who and what does this page name" wants
them. VLSP 2018 marks them like any other name. Measured on VLSP 2018 dev (260 articles,
one story each): of the 564 names per article not among tomtat's entities, 152 were in
bylines and photo credits; the recognizer tags the dev bylines with 114 right names and 4
wrong ones, so it is run on them rather than a rule of its own.

Each credited name becomes an entity mentioned at `CREDIT` (a sentence index no sentence
has) with the role the credit gives it; a name the story already has gains only that
mention. They rank after every entity the text names, and the readers' lists of people
leave out entities named in credits alone (`Entity.named_in_text`).
"""

from __future__ import annotations

from tomtat.cleaning import cues
from tomtat.facts import names
from tomtat.model import CREDIT, Article, Entity, Story

# The role a credit gives a name, by where it stands and the name's type. A place in a
# credit is the bureau's ("VOV Tây Nguyên"): it has no role of its own.
_ROLES = {
    ("byline", "PER"): "tác giả",
    ("byline", "ORG"): "nguồn bài",
    ("photo", "PER"): "tác giả ảnh",
    ("photo", "ORG"): "nguồn ảnh",
}


def credit_lines(article: Article) -> list[tuple[str, str]]:
    """The article's credits as (text, "byline" | "photo"), each once, in page order."""
    out: list[tuple[str, str]] = []
    for part in (article.byline or "").split("; "):
        if part.strip():
            out.append((part.strip(), "byline"))
    for caption in article.captions or []:
        who = cues.credited(caption)
        if who:
            out.append((who, "photo"))
    seen: set[str] = set()
    return [c for c in out if not (c[0] in seen or seen.add(c[0]))]


def add_credits(story: Story) -> None:
    """Entities for the names the articles' credits state, after the story's own."""
    from tomtat.facts import recognizer

    lines = [(a.id, text, kind) for a in story.kept_articles for text, kind in credit_lines(a)]
    if not lines:
        return
    tagged = recognizer.default().names_many([text for _, text, _ in lines], split=True)
    known: dict[str, Entity] = {}
    for e in story.entities:
        for surface in (e.name, *e.aliases):
            known.setdefault(names.key(surface), e)
    added: list[Entity] = []
    for (article_id, _, kind), found in zip(lines, tagged, strict=True):
        for name in found:
            k = names.key(name.text)
            if len(k) < 2:
                continue
            e = known.get(k)
            if e is None or e.type != name.type:
                e = Entity(id=f"e{len(story.entities) + len(added) + 1}", name=name.text, type=name.type)
                known[k] = e
                added.append(e)
            role = _ROLES.get((kind, name.type))
            if role and not e.named_in_text() and role not in e.roles:
                e.roles.append(role)
            if (article_id, CREDIT) not in e.mentions:
                e.mentions.append((article_id, CREDIT))
    story.entities.extend(added)
