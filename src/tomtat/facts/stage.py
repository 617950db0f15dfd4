"""The pipeline stage that fills a story's entities, quotes and timeline."""

from __future__ import annotations

from tomtat.facts import credits, entities, quotes, timeline
from tomtat.model import Story


def facts_stage(story: Story, recognize_names: bool = True) -> Story:
    """`recognize_names` False: the title and honorific rules alone, without the trained
    recognizer's names (what `benchmarks/names.py` compares against)."""
    index = entities.build(story, recognize_names)
    story.quotes = quotes.extract(story, index)
    if recognize_names:
        entities.add_recognized(story, index)
        entities.drop_fragments(story, index)
        entities.drop_unrecognized(story, index)
    entities.drop_generic(story, index)
    entities.merge_names_in_brackets(story, index)
    entities.merge_places_and_bodies_spelt_apart(story, index)
    entities.merge_bodies_written_in_initials(story, index)
    entities.merge_bodies_named_without_head(story, index)
    entities.merge_names_cut_short(story, index)
    entities.merge_people_tagged_as_places(story, index)
    entities.merge_places_read_as_people(story, index)
    entities.bodies_cut_from_their_holders(story, index)
    entities.name_bodies_by_their_place(story, index)
    entities.name_as_written(story)
    entities.roles_from_appositions(story, index)
    if recognize_names:
        credits.add_credits(story)
    story.timeline = timeline.build(story)
    story.stats["facts"] = {
        "entities": len(story.entities),
        "credited_only": sum(not e.named_in_text() for e in story.entities),
        "quotes": len(story.quotes),
        # statements and events told again elsewhere, folded into one entry ("also")
        "quote_places_folded": sum(len(q.also) for q in story.quotes),
        "events": len(story.timeline),
        "event_places_folded": sum(len(e.also) for e in story.timeline),
    }
    return story
