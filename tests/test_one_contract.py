"""One story, whatever path made it: the sample story through `summarize`, the store
(`tomtat stories`/`add`) and the HTTP API gives the same contract JSON (ids aside)."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

import tomtat
from tomtat.cli import _sample_dir
from tomtat.collection import store
from tomtat.collection.build import build
from tomtat.model import Story
from tomtat.web.app import create_app


def _comparable(data: dict) -> dict:
    """The contract with the ids every path names in its own way replaced by places,
    and paths by file names (a web upload knows only the name)."""
    text = json.dumps(data, ensure_ascii=False)
    for n, a in enumerate(data["articles"], 1):
        text = text.replace(f'"{a["id"]}"', f'"article-{n}"')
    out = json.loads(text)
    out["id"] = "story"
    for a in out["articles"]:
        a["path"] = (a["path"] or "").rsplit("/", 1)[-1] or None
    return out


def test_the_sample_story_is_the_same_on_every_path(tmp_path):
    files = sorted(_sample_dir().iterdir())
    direct = tomtat.summarize(files).to_dict()

    db_path = tmp_path / "tomtat.db"
    db = store.connect(db_path)
    build(files, db)
    (stored,) = [json.loads(r[0]) for r in db.execute("SELECT json FROM stories WHERE json IS NOT NULL")]
    db.close()

    client = TestClient(create_app(db_path))
    uploads = [("files", (f.name, f.read_bytes())) for f in files]
    posted = client.post("/api/stories", files=uploads)
    assert posted.status_code == 201, posted.text

    want = _comparable(direct)
    assert _comparable(stored) == want
    assert _comparable(posted.json()) == want
    # the syndicated copy credits its outlet on every path
    copy = next(a for a in direct["articles"] if a["duplicate_of"])
    assert direct["pages"] == 4 and direct["size"] == 3 and copy["outlet"] in direct["outlets"]
    assert any(copy["id"] in s["sources"] for s in direct["summary"])
    # and the contract reads back
    assert Story.from_dict(stored).to_dict() == stored
