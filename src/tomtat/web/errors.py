"""The one error the web layer answers with: a status and a Vietnamese message for the
reader (JSON for the API, an error page otherwise). Raised in worker processes too, so
it pickles with its two arguments."""

from __future__ import annotations


class BadInput(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message
