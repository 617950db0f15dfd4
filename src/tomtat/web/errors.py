"""The errors the web layer answers with: a status and a Vietnamese message for the
reader (JSON for the API, an error page otherwise), and a story that now lives at
another address (a redirect). Raised in worker processes too, so they pickle with
their arguments."""

from __future__ import annotations


class BadInput(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message


class StoryMoved(Exception):
    """The story asked for was merged into `story_id`: answered with a redirect."""

    def __init__(self, story_id: str) -> None:
        super().__init__(story_id)
        self.story_id = story_id
