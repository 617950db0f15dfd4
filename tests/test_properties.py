"""Property-based tests: generated hostile input for every stage a page goes through.
A few hundred examples each, derandomized so CI is repeatable; `benchmarks/fuzz.py`
runs the same strategies with many more."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tomtat
from tomtat.eval.hostile import json_page, news_text, page_bytes
from tomtat.model import Page, Problem
from tomtat.read.decode import DecodeError, decode
from tomtat.read.stream import jsonl_lines
from tomtat.text.normalize import normalize_line
from tomtat.text.sentences import split_sentences

CI = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
FEW = settings(CI, max_examples=120)


@CI
@given(page_bytes())
def test_decode_gives_nfc_text_or_a_reason(data):
    try:
        text = decode(data, "x")
    except DecodeError as exc:
        assert exc.kind and "x" in str(exc)
        return
    assert unicodedata.is_normalized("NFC", text)


@CI
@given(news_text())
def test_normalizing_is_idempotent_and_nfc(text):
    once = normalize_line(text)
    assert normalize_line(once) == once
    assert unicodedata.is_normalized("NFC", once)


def _alnum(text: str) -> list[str]:
    return sorted(ch for ch in text if ch.isalnum())


@CI
@given(news_text().map(lambda t: " ".join(t.split())))
def test_splitting_loses_nothing_and_keeps_protected_pieces(text):
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert _alnum(" ".join(sentences)) == _alnum(text)
    for piece in ("TP.HCM", "28/2"):
        if f" {piece} " in f" {text} ":
            assert any(piece in s for s in sentences), piece


@FEW
@given(st.lists(st.one_of(news_text(), news_text().map(lambda t: f"<html><body><p>{t}</p></body></html>")), max_size=3))
def test_cleaning_never_raises_and_names_what_it_drops(texts):
    # pages as dicts: a bare string naming an existing path ("./.") is read as that path
    pages = [{"html" if t.startswith("<html>") else "text": t} for t in texts]
    story = tomtat.clean(pages or [{"text": "x"}])
    for problem in story.problems:
        assert problem.kind and problem.message
    for article in story.articles:
        assert all(s.text.strip() for s in article.sentences)


@FEW
@given(st.lists(news_text(), min_size=1, max_size=3))
def test_summaries_cite_existing_articles_and_speakers(texts):
    story = tomtat.summarize([{"text": t} for t in texts])
    ids = {a.id for a in story.articles}
    entities = {e.id for e in story.entities}
    for s in story.summary:
        assert s.sources and set(s.sources) <= ids
    for q in story.quotes:
        assert q.speaker is None or q.speaker in entities
    assert json.loads(json.dumps(story.to_dict(), ensure_ascii=False))


@CI
@given(st.lists(st.one_of(json_page().map(lambda v: json.dumps(v).encode()), st.binary(max_size=60)), max_size=5))
def test_jsonl_lines_are_pages_or_problems(lines):
    data = b"\n".join(lines)

    def from_object(obj, pid, path):
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise ValueError("not a page")
        return Page(id=pid, path=str(path), text=obj["text"])

    out = list(jsonl_lines(__import__("io").BytesIO(data), "x.jsonl", "x", lambda s: s, from_object))
    assert all(isinstance(item, Page | Problem) for item in out)


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from fastapi.testclient import TestClient

    from tomtat.web.app import create_app

    return TestClient(create_app(tmp_path_factory.mktemp("api") / "t.db"))


@FEW
@given(pages=st.one_of(st.lists(json_page(), max_size=3), json_page()), q=news_text())
def test_the_api_answers_client_errors_never_a_500(api, pages, q):
    # sent as raw bytes: Python writes Infinity/NaN, which strict JSON clients never would
    body = json.dumps({"pages": pages}).encode()
    r = api.post("/api/stories", content=body, headers={"content-type": "application/json"})
    assert r.status_code in (201, 400, 413, 422), (r.status_code, r.text[:300])
    if r.status_code != 201:
        assert r.json()["error"]  # a message for the reader, in Vietnamese
    r = api.get("/api/stories", params={"q": q[:300], "page": 1})
    assert r.status_code == 200


def test_no_module_binds_one_of_its_names_twice():
    """A module-level name assigned twice silently serves every function the second value
    (a regex named like one 2,000 lines above it once made the speaker rules lose two
    statements). Only the deliberate extensions of a lexicon by its other spelling
    ("sĩ"/"sỹ") may rebind their own name."""
    import ast
    from pathlib import Path

    import tomtat

    extended = {"TITLES", "DESCRIPTORS"}
    twice = []
    for path in sorted(Path(tomtat.__file__).parent.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                bound = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                bound = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound = [node.name]
            else:
                bound = []
            twice += [f"{path.name}:{node.lineno} {name}" for name in bound if name in seen - extended]
            seen.update(bound)
    assert twice == []
