"""Cleaned pages of a run waiting to be grouped, on disk rather than in memory.

Grouping reads the run's pages in time order, which is only known once every page is
cleaned; keeping every cleaned article in memory until then cost about 56 KB per page
(2.9 GB at 50,000 pages). Here each Doc is written as it arrives to a temporary SQLite
database of its own (not the store: no lock is taken, and a killed run leaves nothing
in the store nor on disk), and only a small `Entry` per page (its id, date and place in
the file) stays in memory; grouping reads each Doc back when it needs it.
"""

from __future__ import annotations

import pickle
import sqlite3
from dataclasses import dataclass

from tomtat.collection.ingest import Doc

# Pages SQLite holds in memory before spilling them to its file; 64 MiB added 66 MB to
# the peak of a 10,000-page run.
CACHE_KIB = 8 * 1024


@dataclass(slots=True)  # one per page of the run: no per-object dict
class Entry:
    rowid: int
    id: str  # the article id (renamed when the store already has it)
    identity: str
    day: float | None


class Staging:
    """SQLite's own temporary database (an empty file name): pages stay in its cache
    while small and spill to a file SQLite deletes itself, also when the run is killed
    (the file is unlinked as soon as it is opened)."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self.db.execute("CREATE TABLE docs (rowid INTEGER PRIMARY KEY, doc BLOB NOT NULL)")

    def add(self, doc: Doc) -> Entry:
        blob = pickle.dumps(doc, pickle.HIGHEST_PROTOCOL)
        cur = self.db.execute("INSERT INTO docs (doc) VALUES (?)", (blob,))
        return Entry(int(cur.lastrowid), doc.id, doc.identity, doc.day)

    def doc(self, entry: Entry) -> Doc:
        (blob,) = self.db.execute("SELECT doc FROM docs WHERE rowid = ?", (entry.rowid,)).fetchone()
        doc: Doc = pickle.loads(blob)
        doc.article.id = entry.id
        return doc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
