"""The store loses nothing and merges nothing: same-named files, two runs at once, a run
killed at any moment, a paste while a crawl is added."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tomtat.cli import _sample_dir
from tomtat.collection import store
from tomtat.collection.build import build


def _add(db: Path, *paths: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tomtat.cli", "add", *map(str, paths), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
    )


def _groups(db_path: Path) -> dict[str, set[str]]:
    """Story id -> the paths of its articles and copies; every story must be summarized."""
    db = sqlite3.connect(db_path)
    try:
        stale = db.execute("SELECT COUNT(*) FROM stories WHERE stale = 1 OR (size > 0 AND json IS NULL)")
        assert stale.fetchone()[0] == 0, "a story is left without its summary"
        out: dict[str, set[str]] = {}
        for sid, raw in db.execute("SELECT id, json FROM stories WHERE json IS NOT NULL"):
            import json

            out[sid] = {Path(a["path"]).name for a in json.loads(raw)["articles"]}
        return out
    finally:
        db.close()


def test_a_second_file_of_the_same_name_is_a_new_page(tmp_path):
    one, two = tmp_path / "a", tmp_path / "b"
    one.mkdir()
    two.mkdir()
    sample = sorted(_sample_dir().glob("*.txt"))
    shutil.copy(sample[0], one / "article.txt")
    shutil.copy(sample[1], two / "article.txt")
    db = store.connect(tmp_path / "s.db")
    first, _ = build([one], db)
    second, _ = build([two], db)
    again, _ = build([one], db)  # the very same file: nothing new
    assert (first.pages, second.pages, again.pages) == (1, 1, 0)
    ids = [r[0] for r in db.execute("SELECT id FROM articles UNION ALL SELECT id FROM duplicates")]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_two_add_runs_at_once_neither_lose_nor_merge(tmp_path, seeds_dir):
    db = tmp_path / "s.db"
    store.connect(db).close()
    runs = [_add(db, seeds_dir), _add(db, _sample_dir())]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode()
    groups = _groups(db)
    seeds = {p.name for p in seeds_dir.iterdir()}
    sample = {p.name for p in _sample_dir().iterdir()}
    assert sorted(map(frozenset, groups.values()), key=len) == sorted(
        [frozenset(sample), frozenset(seeds)], key=len
    )


def test_a_run_killed_at_any_moment_is_completed_by_the_next(tmp_path, seeds_dir):
    clean = tmp_path / "clean.db"
    store.connect(clean).close()
    done = _add(clean, seeds_dir, _sample_dir())
    assert done.wait(timeout=300) == 0
    want = sorted(map(sorted, _groups(clean).values()))
    for delay in (0.3, 0.8, 1.5, 2.5, 4.0):
        db = tmp_path / f"killed-{delay}.db"
        store.connect(db).close()
        run = _add(db, seeds_dir, _sample_dir())
        time.sleep(delay)
        if run.poll() is None:
            run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
        again = _add(db, seeds_dir, _sample_dir())
        _, err = again.communicate(timeout=300)
        assert again.returncode == 0, err.decode()
        assert sorted(map(sorted, _groups(db).values())) == want, delay


def test_a_story_left_without_summary_is_repaired(tmp_path, seeds_dir):
    db = store.connect(tmp_path / "s.db")
    build([seeds_dir], db)
    with db:
        db.execute("UPDATE stories SET json = NULL, stale = 1")
    report, changed = build([], db)  # nothing new: the stale story is summarized
    assert changed and db.execute("SELECT COUNT(*) FROM stories WHERE json IS NULL").fetchone()[0] == 0


def test_pastes_during_an_add_keep_their_own_stories(tmp_path, seeds_dir):
    from fastapi.testclient import TestClient

    from tomtat.web.app import create_app

    db = tmp_path / "s.db"
    store.connect(db).close()
    client = TestClient(create_app(db))
    run = _add(db, seeds_dir, _sample_dir())
    pasted = []
    pages = [  # three invented events, none a copy of what the add run stores
        "Hà Giang mở lễ hội hoa tam giác mạch\nSáng 20/10, tỉnh Hà Giang khai mạc lễ hội hoa tam giác mạch lần thứ "
        "mười với hơn 50 hoạt động văn hóa, thu hút hàng nghìn du khách tới cao nguyên đá Đồng Văn.",
        "Cần Thơ thông xe cầu Trần Hoàng Na\nChiều 2/9, thành phố Cần Thơ thông xe cầu Trần Hoàng Na bắc qua sông "
        "Cần Thơ, dài 1,1 km với tổng vốn gần 1.000 tỷ đồng, giúp giảm ùn tắc cho quận Ninh Kiều.",
        "Quảng Ninh thả 2 triệu con giống xuống vịnh\nNgày 14/5, Quảng Ninh thả hơn 2 triệu con tôm, cá giống "
        "xuống vịnh Bái Tử Long để tái tạo nguồn lợi thủy sản sau nhiều năm khai thác quá mức.",
    ]
    for page in pages:
        r = client.post("/api/stories", json={"pages": [{"text": page}]})
        assert r.status_code == 201, r.text
        pasted.append(r.json()["id"])
    _, err = run.communicate(timeout=300)
    assert run.returncode == 0, err.decode()
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT id, pasted FROM stories WHERE json IS NOT NULL"))
    assert all(rows.get(sid) == 1 for sid in pasted) and len(set(pasted)) == 3
    assert sum(1 for v in rows.values() if not v) == 2  # the two crawl stories, untouched


def test_a_version_6_store_migrates_its_search_index(tmp_path):
    """A store written before migration 7 (search rows keyed by an unindexed column)
    opens, is rebuilt with rowid = story key, and finds and re-indexes its stories."""
    import sqlite3

    from tomtat.collection import store

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for n in range(6):
        db.executescript(store.MIGRATIONS[n])
    db.execute("PRAGMA user_version = 6")
    data = {"headline": "Thượng đỉnh Mỹ - Triều", "summary": [{"text": "Hai nhà lãnh đạo gặp nhau."}]}
    for key in (0, 1):
        db.execute(
            "INSERT INTO stories (key, id, size, json, updated) VALUES (?, ?, 1, ?, '2026-01-01')",
            (key, f"story-{key + 1:06d}", json.dumps(data, ensure_ascii=False)),
        )
        db.execute(
            "INSERT INTO story_search (key, headline, summary, body) VALUES (?, ?, ?, '')",
            (key, "thuong dinh my trieu", "hai nha lanh dao gap nhau"),
        )
        db.execute(
            "INSERT INTO story_text (key, headline, summary, body) VALUES (?, ?, ?, '')",
            (key, "thượng đỉnh mỹ triều", "hai nhà lãnh đạo gặp nhau"),
        )
    db.commit()
    db.close()
    db = store.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(store.MIGRATIONS)
    assert [r[0] for r in db.execute("SELECT rowid FROM story_search ORDER BY rowid")] == [0, 1]
    keys, total = store.search(db, "thượng đỉnh", 10, 0)
    assert sorted(keys) == [0, 1] and total == 2
    with db:
        store.index_story(db, 1, None)  # removed by rowid
    assert store.search(db, "thuong dinh", 10, 0) == ([0], 1)


def test_arrays_round_trip_sparse_and_dense():
    """A mostly-zero array is saved as (index, value) pairs, a full one compressed; both
    read back equal, with their dtype."""
    import numpy as np

    from tomtat.collection import store

    db = store.connect(":memory:")
    sparse = np.zeros(1 << 16, dtype=np.int32)
    sparse[[3, 999, 65535]] = [1, 7, 2]
    dense = np.arange(1 << 12, dtype=np.int32)
    for array in (sparse, dense, np.zeros(0, dtype=np.int32)):
        store.save_array(db, "df", array)
        back = store.load_array(db, "df")
        assert back.dtype == array.dtype and np.array_equal(back, array)
