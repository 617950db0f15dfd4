"""The embedded store: one SQLite file holding a collection's articles, duplicates,
dropped pages, stories (with their centroids and summaries) and term statistics, so a
later run can add pages to existing stories (`tomtat stories --state DB`) and the web
reader can serve them.

WAL mode, so readers never block the writer. The schema version is SQLite's
`user_version`; `MIGRATIONS[n]` brings a store from version n to n + 1, and opening a
store applies whatever is missing.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import numpy as np

from tomtat.model import Article, Problem

MIGRATIONS = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, story INTEGER, data TEXT NOT NULL, day REAL,
        minhash BLOB NOT NULL, shingles INTEGER NOT NULL
    );
    CREATE INDEX articles_story ON articles(story);
    CREATE TABLE duplicates (id TEXT PRIMARY KEY, original TEXT NOT NULL, path TEXT, data TEXT NOT NULL);
    CREATE INDEX duplicates_original ON duplicates(original);
    CREATE TABLE dropped (path TEXT, kind TEXT, message TEXT);
    CREATE TABLE stories (
        key INTEGER PRIMARY KEY, id TEXT UNIQUE, size INTEGER, first REAL, last REAL,
        centroid_ids BLOB, centroid_weights BLOB, json TEXT, updated TEXT
    );
    CREATE TABLE blobs (name TEXT PRIMARY KEY, value BLOB);
    """,
    # 2: the time window is measured from a story's mean date
    """
    ALTER TABLE stories ADD COLUMN day_sum REAL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN dated INTEGER DEFAULT 0;
    """,
]


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating or migrating) a store; ":memory:" for a throwaway one."""
    db = sqlite3.connect(str(path))
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise RuntimeError(f"{path}: store version {version} is newer than this tomtat ({len(MIGRATIONS)})")
    for n in range(version, len(MIGRATIONS)):
        with db:
            db.executescript(MIGRATIONS[n])
            db.execute(f"PRAGMA user_version = {n + 1}")
    return db


def save_array(db: sqlite3.Connection, name: str, array: np.ndarray) -> None:
    buf = io.BytesIO()
    np.savez_compressed(buf, a=array)
    db.execute("INSERT OR REPLACE INTO blobs VALUES (?, ?)", (name, buf.getvalue()))


def load_array(db: sqlite3.Connection, name: str) -> np.ndarray | None:
    row = db.execute("SELECT value FROM blobs WHERE name = ?", (name,)).fetchone()
    return None if row is None else np.load(io.BytesIO(row[0]))["a"]


def set_meta(db: sqlite3.Connection, key: str, value: object) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))


def get_meta(db: sqlite3.Connection, key: str, default: object = None) -> object:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def article_from_json(data: str) -> Article:
    d = json.loads(data)
    return Article(**{k: d.get(k) for k in Article.to_dict(Article(id="")).keys()})


def add_dropped(db: sqlite3.Connection, problem: Problem) -> None:
    db.execute("INSERT INTO dropped VALUES (?, ?, ?)", (problem.path, problem.kind, problem.message))
