"""The stages of tomtat, each a plain function Story -> Story, and their composition.

read -> clean -> segment -> fold duplicates -> facts (entities, quotes, timeline) ->
headline -> select -> order. Every stage
records what it kept and dropped in `story.stats`; a page that fails any stage becomes a
`Problem` on the story and the rest go on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, ClassVar

import numpy as np

from tomtat.cleaning.article import clean_page
from tomtat.dedup import fold_duplicates
from tomtat.facts.stage import facts_stage
from tomtat.model import Problem, Story
from tomtat.read.files import read_pages
from tomtat.read.inputs import sort_inputs
from tomtat.summary.features import candidates
from tomtat.summary.order import choose_headline, headline_article, order_sentences
from tomtat.summary.select import Selection, select
from tomtat.text.outlets import one_name_each, outlet_key
from tomtat.text.segment import segment_article

DEFAULT_MAX_SYLLABLES = 150

Stage = Callable[[Story], Story]


def read_stage(story: Story, inputs: Any) -> Story:
    """Pages from paths, page texts, `Page`s or dicts (see `read.inputs`)."""
    paths, pages, problems = sort_inputs(inputs)
    story.pages.extend(pages)
    story.problems.extend(problems)
    for item in read_pages(paths):
        (story.problems if isinstance(item, Problem) else story.pages).append(item)
    return story


def clean_stage(story: Story) -> Story:
    for page in story.pages:
        try:
            result = clean_page(page)
        except Exception as exc:  # one broken page must not lose the batch
            result = Problem(
                page.path or page.id, "failed", f"{page.path or page.id}: cleaning failed ({exc})"
            )
        (story.problems if isinstance(result, Problem) else story.articles).append(result)
    return story


def segment_stage(story: Story) -> Story:
    for article in story.articles:
        segment_article(article)
    story.stats["segment"] = {"sentences": sum(len(a.sentences) for a in story.articles)}
    return story


def select_stage(
    story: Story,
    max_syllables: int = DEFAULT_MAX_SYLLABLES,
    max_sentences: int | None = None,
    selection: Selection | None = None,
    scorer: Callable[[np.ndarray], np.ndarray] | None = None,
) -> Story:
    """Headline, then the summary sentences in reading order. `selection` overrides the
    budget arguments; `scorer` replaces the shipped sentence scorer (for evaluation)."""
    story.headline = choose_headline(story)
    lead_id = headline_article(story)
    options = selection or Selection(max_syllables=max_syllables, max_sentences=max_sentences)
    skipped: Counter = Counter()
    chosen = select(story, options, headline_article=lead_id, scorer=scorer, skipped=skipped)
    story.summary = order_sentences(story, chosen, headline_article=lead_id)
    story.stats["select"] = {
        "candidates": len(candidates(story)),
        "chosen": len(chosen),
        "skipped": dict(sorted(skipped.items())),
        "syllables": sum(len(s.syllables) for s in chosen),
        "budget": options.max_syllables,
    }
    return story


@dataclass(frozen=True)
class Facts:
    """The facts stage as a step with its option: entities, quotes and the timeline;
    `recognize_names` False leaves out the trained recognizer's names."""

    recognize_names: bool = True
    name: ClassVar[str] = "facts"

    def __call__(self, story: Story) -> Story:
        return facts_stage(story, recognize_names=self.recognize_names)


@dataclass(frozen=True)
class Select:
    """The selection stage as a step with its options (budget, redundancy thresholds:
    `summary.select.Selection`): headline, summary sentences in reading order."""

    selection: Selection = field(default_factory=Selection)
    name: ClassVar[str] = "select"

    def __call__(self, story: Story) -> Story:
        return select_stage(story, selection=self.selection)


def stage_name(stage: Stage) -> str:
    named = getattr(stage, "name", None)
    if isinstance(named, str):
        return named
    return getattr(stage, "func", stage).__name__.removesuffix("_stage")


def run(story: Story, stages: list[Stage]) -> Story:
    """Run `stages` in order (each Story -> Story), timing each under its name."""
    timings = story.timings
    for stage in stages:
        started = time.perf_counter()
        story = stage(story)
        name = stage_name(stage)
        timings[name] = round(time.perf_counter() - started, 4)
    return story


def prepare(inputs: Any, story_id: str = "story") -> Story:
    """Read, clean, segment and fold the pages of one story: all but the summary."""
    story = Story(id=story_id)
    story = run(story, [partial(read_stage, inputs=inputs), clean_stage])
    return run(story, [segment_missing, fold_duplicates])  # the first per-story stages, as on every path


def story_stages(max_syllables: int = DEFAULT_MAX_SYLLABLES, max_sentences: int | None = None) -> list[Stage]:
    """The per-story stages every path runs (`summarize`, the store, the web): segment
    (again, for articles that come without sentences), fold copies and repeated
    sentences, facts, select. One list, so no path can drift from another."""
    select = partial(select_stage, max_syllables=max_syllables, max_sentences=max_sentences)
    return [segment_missing, name_outlets, fold_duplicates, facts_stage, select]


def name_outlets(story: Story) -> Story:
    """One name per outlet across the story's pages (`text.outlets.one_name_each`): each
    page states its outlet its own way (og:site_name, the host), and a reader must not
    see one outlet listed twice."""
    names = one_name_each(a.outlet for a in story.articles if a.outlet)
    for a in story.articles:
        if a.outlet:
            a.outlet = names[outlet_key(a.outlet) or a.outlet]
    return story


def segment_missing(story: Story) -> Story:
    for article in story.articles:
        if not article.sentences:
            segment_article(article)
    # counted from the story itself, so that every path reports the same
    story.stats["read"] = {
        "pages": len(story.articles) + len(story.problems),
        "articles": len(story.articles),
        "dropped": dict(sorted(Counter(p.kind for p in story.problems).items())),
    }
    story.stats["segment"] = {"sentences": sum(len(a.sentences) for a in story.articles)}
    return story


def summarize(
    inputs: Any,
    max_syllables: int = DEFAULT_MAX_SYLLABLES,
    max_sentences: int | None = None,
    story_id: str = "story",
) -> Story:
    """Read, clean and summarize the pages of one story."""
    story = Story(id=story_id)
    story = run(story, [partial(read_stage, inputs=inputs), clean_stage])
    return run(story, story_stages(max_syllables, max_sentences))


def clean(inputs: Any) -> Story:
    """Read and clean pages without summarizing them."""
    story = Story(id="pages")
    return run(story, [partial(read_stage, inputs=inputs), clean_stage, segment_stage])


def pipe(
    groups: Iterable[Any],
    max_syllables: int = DEFAULT_MAX_SYLLABLES,
    max_sentences: int | None = None,
) -> Iterator[Story]:
    """One story per group of inputs, lazily, in order (the batch form of `summarize`,
    as spaCy's `nlp.pipe` is of `nlp`): each group is whatever `summarize` accepts."""
    for n, group in enumerate(groups, 1):
        yield summarize(
            group, max_syllables=max_syllables, max_sentences=max_sentences, story_id=f"story-{n}"
        )
