"""The stored stories as the web reader reads and writes them: listing and search pages,
one story's JSON, its rendered view, and saving a pasted story. Each call opens its own
SQLite connection (so stories added by `tomtat add` show up at once, and the calls can
run on worker threads); all SQL stays in `collection.store`.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from tomtat.collection import store
from tomtat.web import views
from tomtat.web.errors import BadInput, StoryMoved

PER_PAGE = 20


# Parsing a story and re-segmenting its articles costs more than serving it: keep the
# results for the most read stories, keyed by update time so that a change is seen.
@functools.lru_cache(maxsize=512)
def _parsed(story_id: str, updated: str, raw: str) -> dict:
    return json.loads(raw)


@functools.lru_cache(maxsize=256)
def _story_view(story_id: str, updated: str, raw: str) -> dict:
    return views.story_view(json.loads(raw))


class StoryShelf:
    def __init__(self, db_path: str | Path) -> None:
        self.db_path = str(db_path)

    def connect(self):
        return store.connect(self.db_path, check_same_thread=False)

    def listing(self, q: str | None, page: int) -> dict:
        db = self.connect()
        try:
            offset = (page - 1) * PER_PAGE
            if q and q.strip():
                keys, total = store.search(db, q, PER_PAGE, offset)
                rows = store.stories_by_key(db, keys)
                ordered = [rows[k] for k in keys if k in rows]
            else:
                ordered, total = store.newest_stories(db, PER_PAGE, offset)
        finally:
            db.close()
        items = []
        for sid, raw in ordered:
            data = json.loads(raw)
            items.append(
                {
                    "id": sid,
                    "headline": data.get("headline"),
                    "gist": views.gist(data),
                    "size": data.get("size", len(data.get("articles", []))),
                    "outlets": data.get("outlets", []),
                    "first": data.get("first"),
                    "last": data.get("last"),
                    "why": views.why_matched(data, q) if q and q.strip() else None,
                }
            )
        return {"stories": items, "page": page, "per_page": PER_PAGE, "total": total, "q": q or ""}

    def row(self, story_id: str) -> tuple[str, str]:
        db = self.connect()
        try:
            found = store.story_json(db, story_id)
            moved = store.moved_story(db, story_id) if found is None else None
        finally:
            db.close()
        if moved is not None:
            raise StoryMoved(moved)
        if found is None:
            raise BadInput(404, f"không có câu chuyện {story_id!r}")
        return found

    def story_view(self, story_id: str, updated: str, raw: str) -> dict:
        """What the story page shows (kept for the most read stories)."""
        return _story_view(story_id, updated, raw)

    def load(self, story_id: str) -> dict:
        raw, updated = self.row(story_id)
        return _parsed(story_id, updated, raw)

    def save(self, data: dict) -> str:
        """Store a pasted story, unless the store already has every one of its articles
        in one story: the paste then is that story (no copy is made)."""
        from tomtat.collection.fold import stored_story_of
        from tomtat.model import Story

        db = self.connect()
        try:
            story = Story.from_dict(data)
            existing = stored_story_of(db, story.kept_articles)
            return existing or store.add_pasted_story(db, data)
        finally:
            db.close()
