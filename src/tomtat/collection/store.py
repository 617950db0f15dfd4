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
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
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
    # 3: full-text search over headlines, summaries and article text, without diacritics
    # (the text is stored folded, so "thuong dinh" finds "thượng đỉnh"), and stories made
    # from pasted pages, which never take crawled articles
    """
    CREATE VIRTUAL TABLE story_search
        USING fts5(key UNINDEXED, headline, summary, body, tokenize = 'unicode61');
    ALTER TABLE stories ADD COLUMN pasted INTEGER DEFAULT 0;
    """,
    # 4: the order pages were given in, which orders a story's articles on every path
    """
    ALTER TABLE articles ADD COLUMN seq INTEGER;
    ALTER TABLE duplicates ADD COLUMN seq INTEGER;
    """,
    # 5: pages known by source and content, not by file name; stories whose grouping
    # changed and whose summary is not written yet (a killed run leaves them to the next)
    """
    ALTER TABLE articles ADD COLUMN identity TEXT;
    ALTER TABLE duplicates ADD COLUMN identity TEXT;
    CREATE INDEX articles_identity ON articles(identity);
    CREATE INDEX duplicates_identity ON duplicates(identity);
    ALTER TABLE stories ADD COLUMN stale INTEGER DEFAULT 0;
    ALTER TABLE stories ADD COLUMN version INTEGER DEFAULT 0;
    """,
    # 6: the same text with its diacritics, so that what the reader typed ranks first
    """
    CREATE VIRTUAL TABLE story_text
        USING fts5(key UNINDEXED, headline, summary, body, tokenize = 'unicode61 remove_diacritics 0');
    """,
    # 7: both search tables keyed by rowid = story key. Re-indexing a story deleted
    # "WHERE key = ?" on a column FTS5 does not index, a scan of the whole table, so
    # filling a store was quadratic (2,000 pasted stories 23 s, 6,000 166 s); by rowid
    # it is a lookup.
    """
    CREATE VIRTUAL TABLE story_search_7
        USING fts5(key UNINDEXED, headline, summary, body, tokenize = 'unicode61');
    INSERT INTO story_search_7 (rowid, key, headline, summary, body)
        SELECT key, key, headline, summary, body FROM story_search
        WHERE rowid IN (SELECT MAX(rowid) FROM story_search GROUP BY key);
    DROP TABLE story_search;
    ALTER TABLE story_search_7 RENAME TO story_search;
    CREATE VIRTUAL TABLE story_text_7
        USING fts5(key UNINDEXED, headline, summary, body, tokenize = 'unicode61 remove_diacritics 0');
    INSERT INTO story_text_7 (rowid, key, headline, summary, body)
        SELECT key, key, headline, summary, body FROM story_text
        WHERE rowid IN (SELECT MAX(rowid) FROM story_text GROUP BY key);
    DROP TABLE story_text;
    ALTER TABLE story_text_7 RENAME TO story_text;
    """,
    # 8: where the articles of a story that grouping emptied went (a merge joined it to
    # another story), so that its address leads there instead of to "not found"
    """
    ALTER TABLE stories ADD COLUMN moved_to INTEGER;
    """,
]
MOVED_HOPS = 20  # a chain of merges followed at most this far (it cannot loop; a bound anyway)

WAIT_SECONDS = 600  # a writer waits this long for another run's grouping to finish


@contextmanager
def writing(db: sqlite3.Connection, wait: float = WAIT_SECONDS) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken with BEGIN IMMEDIATE so that everything read inside
    it (story keys, centroids, known pages) stays true until it commits; another run
    waits for it instead of working on a stale copy. Rolled back on any error."""
    if db.in_transaction:
        db.commit()
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def connect(path: str | Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """Open (creating or migrating) a store; ":memory:" for a throwaway one. Writers wait
    up to 10 s for each other instead of failing with "database is locked"."""
    db = sqlite3.connect(str(path), timeout=10, check_same_thread=check_same_thread)
    db.execute("PRAGMA busy_timeout=10000")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise RuntimeError(f"{path}: store version {version} is newer than this tomtat ({len(MIGRATIONS)})")
    for n in range(version, len(MIGRATIONS)):
        with db:
            db.executescript(MIGRATIONS[n])
            db.execute(f"PRAGMA user_version = {n + 1}")
        if n + 1 == 6:  # fill the new index from the stories already stored
            with db:
                for key, raw in db.execute("SELECT key, json FROM stories WHERE json IS NOT NULL").fetchall():
                    index_story(db, key, json.loads(raw))
    return db


# An array with fewer non-zero cells than this share is saved as (index, value) pairs:
# the document frequencies of a small crawl are mostly zeros, and compressing their
# 64 MiB took 0.32 s of every run (the pairs: 2 ms); a full one compresses better.
SPARSE_SHARE = 1 / 16


def save_array(db: sqlite3.Connection, name: str, array: np.ndarray) -> None:
    buf = io.BytesIO()
    nonzero = np.flatnonzero(array)
    if len(nonzero) < SPARSE_SHARE * array.size:
        np.savez(buf, index=nonzero.astype(np.int64), value=array[nonzero], size=np.int64(array.size))
    else:
        np.savez_compressed(buf, a=array)
    db.execute("INSERT OR REPLACE INTO blobs VALUES (?, ?)", (name, buf.getvalue()))


def load_array(db: sqlite3.Connection, name: str) -> np.ndarray | None:
    row = db.execute("SELECT value FROM blobs WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    saved = np.load(io.BytesIO(row[0]))
    if "a" in saved:
        return saved["a"]
    out = np.zeros(int(saved["size"]), dtype=saved["value"].dtype)
    out[saved["index"]] = saved["value"]
    return out


def set_meta(db: sqlite3.Connection, key: str, value: object) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))


def get_meta(db: sqlite3.Connection, key: str, default: object = None) -> object:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def article_from_json(data: str) -> Article:
    return Article.from_dict(json.loads(data))


def signatures(
    db: sqlite3.Connection, days: tuple[float, float] | None = None
) -> Iterator[tuple[str, int, np.ndarray, int, float | None]]:
    """(article id, story key, MinHash signature, shingle count, day) of every stored
    article, or only of the undated ones and those dated within `days` (first, last)."""
    query = "SELECT id, story, minhash, shingles, day FROM articles"
    if days is None:
        rows = db.execute(query)
    else:
        rows = db.execute(f"{query} WHERE day IS NULL OR day BETWEEN ? AND ?", days)
    for article_id, key, minhash, size, day in rows:
        yield article_id, key, np.frombuffer(minhash, dtype=np.uint64).copy(), size, day


def story_id_of(db: sqlite3.Connection, key: int) -> str | None:
    row = db.execute("SELECT id FROM stories WHERE key = ? AND json IS NOT NULL", (key,)).fetchone()
    return row[0] if row else None


def known_identities(db: sqlite3.Connection) -> set[str]:
    """Identities (source and content) of every page stored, articles and copies."""
    rows = db.execute(
        "SELECT identity FROM articles WHERE identity IS NOT NULL"
        " UNION SELECT identity FROM duplicates WHERE identity IS NOT NULL"
    )
    return {r[0] for r in rows}


def article_ids(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT id FROM articles UNION SELECT id FROM duplicates")}


# Articles, copies and stories, as the collection stages read and write them.


def article_stories(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """(article id, story key) of every stored article, in time order."""
    return db.execute("SELECT id, story FROM articles ORDER BY day, id").fetchall()


def copies(db: sqlite3.Connection) -> list[tuple[str, str]]:
    """(copy id, original article id) of every folded copy."""
    return db.execute("SELECT id, original FROM duplicates").fetchall()


def centroids(db: sqlite3.Connection) -> Iterator[tuple]:
    """(key, first, last, day_sum, dated, centroid ids, centroid weights) of every story,
    read one at a time (a large store's centroids are not all held at once)."""
    yield from db.execute(
        "SELECT key, first, last, day_sum, dated, centroid_ids, centroid_weights FROM stories ORDER BY key"
    )


def centroid(db: sqlite3.Connection, key: int) -> tuple[np.ndarray, np.ndarray]:
    """A stored story's centroid (ids, weights); empty arrays for a story without one."""
    row = db.execute("SELECT centroid_ids, centroid_weights FROM stories WHERE key = ?", (key,)).fetchone()
    ids, weights = row if row else (None, None)
    return (
        np.frombuffer(ids, dtype=np.int64).copy() if ids else np.zeros(0, dtype=np.int64),
        np.frombuffer(weights, dtype=np.float64).copy() if weights else np.zeros(0),
    )


def count_stories(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COUNT(*) FROM stories WHERE size > 0").fetchone()[0]


def put_article(db: sqlite3.Connection, doc, story: int, seq: int) -> None:
    db.execute(
        "INSERT OR REPLACE INTO articles (id, story, data, day, minhash, shingles, seq, identity)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc.id,
            story,
            json.dumps(doc.article.to_dict(), ensure_ascii=False),
            doc.day,
            doc.minhash.astype(np.uint64).tobytes(),
            doc.shingles,
            seq,
            doc.identity,
        ),
    )


def put_copy(db: sqlite3.Connection, doc, original: str, seq: int) -> None:
    db.execute(
        "INSERT OR REPLACE INTO duplicates (id, original, path, data, seq, identity)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            doc.id,
            original,
            doc.article.path,
            json.dumps(doc.article.to_dict(), ensure_ascii=False),
            seq,
            doc.identity,
        ),
    )


def story_of_article(db: sqlite3.Connection, article_id: str) -> int | None:
    row = db.execute("SELECT story FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def move_article(db: sqlite3.Connection, article_id: str, story: int) -> None:
    db.execute("UPDATE articles SET story = ? WHERE id = ?", (story, article_id))


def put_centroid(db: sqlite3.Connection, c, sid: str, ids: np.ndarray, weights: np.ndarray) -> None:
    """Write a story's grouping state (`c`, a `cluster.Story`, and its centroid `ids`,
    `weights`) and mark it stale (its summary is due)."""
    db.execute(
        "INSERT INTO stories (key, id, size, first, last, day_sum, dated, centroid_ids,"
        " centroid_weights, stale, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)"
        " ON CONFLICT(key) DO UPDATE SET size = excluded.size, first = excluded.first,"
        " last = excluded.last, day_sum = excluded.day_sum, dated = excluded.dated,"
        " centroid_ids = excluded.centroid_ids, centroid_weights = excluded.centroid_weights,"
        " stale = 1, version = stories.version + 1",
        (
            c.key,
            sid,
            len(c.members),
            c.first,
            c.last,
            c.day_sum,
            c.dated,
            ids.tobytes(),
            weights.tobytes(),
        ),
    )


def mark_stale(db: sqlite3.Connection, key: int) -> None:
    db.execute("UPDATE stories SET stale = 1, version = version + 1 WHERE key = ?", (key,))


def stale_stories(db: sqlite3.Connection) -> list[tuple[int, int]]:
    """(key, version) of the stories whose summary is due."""
    return db.execute("SELECT key, version FROM stories WHERE stale = 1 ORDER BY key").fetchall()


def put_summary(db: sqlite3.Connection, key: int, version: int, data: dict | None) -> bool:
    """Store a story's contract JSON if the story is still at `version`; True if stored."""
    from datetime import datetime

    cur = db.execute(
        "UPDATE stories SET json = ?, size = ?, updated = ?, stale = 0 WHERE key = ? AND version = ?",
        (
            json.dumps(data, ensure_ascii=False) if data else None,
            data["size"] if data else 0,
            datetime.now(UTC).isoformat(timespec="seconds"),
            key,
            version,
        ),
    )
    if cur.rowcount:
        index_story(db, key, data)
    return bool(cur.rowcount)


def story_articles(db: sqlite3.Connection, key: int) -> list[Article]:
    """A story's articles and the copies folded into them, in the order the pages were
    given (older stores without that order: by date, then id)."""
    rows = db.execute("SELECT data, seq, id FROM articles WHERE story = ?", (key,)).fetchall()
    if not rows:
        return []
    ids = [r[2] for r in rows]
    marks = ",".join("?" * len(ids))
    rows += db.execute(f"SELECT data, seq, id FROM duplicates WHERE original IN ({marks})", ids).fetchall()
    rows.sort(key=lambda r: (r[1] is None, r[1] or 0, r[2]))
    return [article_from_json(data) for data, *_ in rows]


def story_rows(db: sqlite3.Connection) -> list[tuple[int, str, str | None]]:
    """(key, id, json) of every story."""
    return db.execute("SELECT key, id, json FROM stories ORDER BY key").fetchall()


def story_json(db: sqlite3.Connection, sid: str) -> tuple[str, str] | None:
    """(json, update time) of a summarized story, by id."""
    return db.execute(
        "SELECT json, COALESCE(updated, '') FROM stories WHERE id = ? AND json IS NOT NULL", (sid,)
    ).fetchone()


def set_moved(db: sqlite3.Connection, key: int, into: int | None) -> None:
    """Record that story `key` was emptied into story `into` (None: it was not)."""
    db.execute("UPDATE stories SET moved_to = ? WHERE key = ?", (into, key))


def moved_story(db: sqlite3.Connection, sid: str) -> str | None:
    """The id of the summarized story that now holds the articles of story `sid`, when
    grouping emptied it into another (following later merges too); else None."""
    row = db.execute("SELECT moved_to FROM stories WHERE id = ? AND json IS NULL", (sid,)).fetchone()
    for _ in range(MOVED_HOPS):
        if row is None or row[0] is None:
            return None
        row = db.execute(
            "SELECT id, json IS NOT NULL, moved_to FROM stories WHERE key = ?", (row[0],)
        ).fetchone()
        if row is None:
            return None
        target, summarized, further = row
        if summarized:
            return target
        row = (further,)
    return None


def stories_by_key(db: sqlite3.Connection, keys: list[int]) -> dict[int, tuple[str, str]]:
    if not keys:
        return {}
    rows = db.execute(f"SELECT key, id, json FROM stories WHERE key IN ({','.join('?' * len(keys))})", keys)
    return {k: (sid, data) for k, sid, data in rows}


def newest_stories(db: sqlite3.Connection, limit: int, offset: int) -> tuple[list[tuple[str, str]], int]:
    """(id, json) of summarized stories, newest first, and how many there are."""
    total = db.execute("SELECT COUNT(*) FROM stories WHERE json IS NOT NULL").fetchone()[0]
    rows = db.execute(
        "SELECT id, json FROM stories WHERE json IS NOT NULL"
        " ORDER BY COALESCE(last, julianday(updated) - 2440587.5) DESC, key DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return rows, total


def dropped(db: sqlite3.Connection) -> list[Problem]:
    return [Problem(p, k, m) for p, k, m in db.execute("SELECT path, kind, message FROM dropped")]


def add_dropped(db: sqlite3.Connection, problem: Problem) -> None:
    db.execute("INSERT INTO dropped VALUES (?, ?, ?)", (problem.path, problem.kind, problem.message))


def _searchable(text: str) -> str:
    from tomtat.text.normalize import strip_diacritics

    return strip_diacritics(_folded(text))


def _folded(text: str) -> str:
    from tomtat.text.normalize import fold

    return fold(text)


def index_story(db: sqlite3.Connection, key: int, data: dict | None) -> None:
    """(Re)index one story for search, with and without diacritics; `data` None removes it."""
    db.execute("DELETE FROM story_search WHERE rowid = ?", (key,))  # rowid = key (migration 7)
    db.execute("DELETE FROM story_text WHERE rowid = ?", (key,))
    if not data:
        return
    summary = " ".join(s["text"] for s in data.get("summary", []))
    body = " ".join(
        " ".join(filter(None, [a.get("title"), a.get("lead"), *a.get("paragraphs", [])]))
        for a in data.get("articles", [])
    )
    headline = data.get("headline") or ""
    db.execute(
        "INSERT INTO story_search (rowid, key, headline, summary, body) VALUES (?, ?, ?, ?, ?)",
        (key, key, _searchable(headline), _searchable(summary), _searchable(body)),
    )
    db.execute(
        "INSERT INTO story_text (rowid, key, headline, summary, body) VALUES (?, ?, ?, ?, ?)",
        (key, key, _folded(headline), _folded(summary), _folded(body)),
    )


MAX_MATCHES = 2000  # stories ranked per query; more are counted, not ordered


def search(db: sqlite3.Connection, query: str, limit: int = 20, offset: int = 0) -> tuple[list[int], int]:
    """Story keys matching `query`, best first, and the total. Case never matters and
    diacritics are optional ("thuong dinh" finds "thượng đỉnh"), but what the reader
    typed ranks first: the phrase with its diacritics, then its words with diacritics,
    then the phrase without, then the words without; BM25 (headline 5, summary 2, body 1)
    within each."""
    plain = [w for w in _searchable(query).replace('"', " ").split() if w]
    typed = [w for w in _folded(query).replace('"', " ").split() if w]
    if not plain:
        return [], 0

    def fts(table: str, match: str) -> list[int]:
        rows = db.execute(
            f"SELECT key FROM {table} WHERE {table} MATCH ? ORDER BY bm25({table}, 0, 5.0, 2.0, 1.0) LIMIT ?",
            (match, MAX_MATCHES),
        )
        return [int(r[0]) for r in rows]

    def phrase(words: list[str]) -> str:
        return '"' + " ".join(words) + '"'

    def every(words: list[str]) -> str:
        return " ".join(f'"{w}"' for w in words)

    total = db.execute(
        "SELECT COUNT(*) FROM story_search WHERE story_search MATCH ?", (every(plain),)
    ).fetchone()[0]
    ranked: dict[int, None] = {}
    for table, match in (
        ("story_text", phrase(typed)),
        ("story_text", every(typed)),
        ("story_search", phrase(plain)),
        ("story_search", every(plain)),
    ):
        for key in fts(table, match):
            ranked.setdefault(key)
    return list(ranked)[offset : offset + limit], total


def add_pasted_story(db: sqlite3.Connection, data: dict) -> str:
    """Store a story made from pasted or uploaded pages; returns its id. Safe to call from
    many threads or processes at once: the key is taken inside a write transaction."""
    from datetime import datetime

    with writing(db):
        key = db.execute("SELECT COALESCE(MAX(key), -1) + 1 FROM stories").fetchone()[0]
        sid = f"story-{key + 1:06d}"
        data = {**data, "id": sid}
        db.execute(
            "INSERT INTO stories (key, id, size, json, updated, pasted) VALUES (?, ?, ?, ?, ?, 1)",
            (
                key,
                sid,
                data.get("size", len(data.get("articles", []))),
                json.dumps(data, ensure_ascii=False),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        index_story(db, key, data)
    return sid
