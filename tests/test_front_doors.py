"""The public API and the CLI do what they look like: paths, texts, folders, stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import tomtat
from tomtat.cli import _sample_dir

PAGE = (
    "Khánh thành cầu mới bắc qua sông Hồng\n"
    "Sáng nay, cây cầu dây văng dài nhất miền Bắc đã chính thức thông xe sau ba năm thi công, "
    "giúp giảm ùn tắc cho cửa ngõ phía đông thủ đô.\n"
    "Cầu dài 5,2 km với sáu làn xe, tổng vốn đầu tư hơn 8.000 tỷ đồng từ ngân sách thành phố.\n"
)


def run(*args, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "tomtat.cli", *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
    )


def test_clean_stays_a_function_after_the_cleaning_modules_load():
    import tomtat.cleaning.article  # noqa: F401

    assert callable(tomtat.clean) and callable(tomtat.summarize) and callable(tomtat.pipe)


def test_inputs_are_what_they_look_like(tmp_path):
    folder = str(_sample_dir())
    assert len(tomtat.summarize(folder).articles) == 4  # a str is a path, not characters
    assert len(tomtat.summarize(Path(folder)).articles) == 4
    text = tomtat.summarize(PAGE)
    assert len(text.articles) == 1 and text.summary
    html = tomtat.summarize(f"<html><body><h1>Cầu mới</h1><p>{PAGE.splitlines()[1]}</p></body></html>")
    assert len(html.articles) == 1
    missing = tomtat.summarize(str(tmp_path / "khong-co.txt"))
    assert not missing.articles and missing.problems[0].kind == "missing"
    assert [len(s.articles) for s in tomtat.pipe([[folder], PAGE])] == [4, 1]


def test_folders_read_only_pages_and_name_what_they_skip(tmp_path):
    (tmp_path / "bai.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Ghi chú\n" + PAGE, encoding="utf-8")
    (tmp_path / "anh.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    story = tomtat.summarize(tmp_path)
    assert [a.path for a in story.articles] == [str(tmp_path / "bai.txt")]
    skipped = {Path(p.path).name: p.kind for p in story.problems}
    assert skipped == {"README.md": "not_a_page", "anh.jpg": "not_a_page"}


def test_stdin_on_every_command_that_reads_pages(tmp_path):
    done = run("summarize", "-", "--format", "json", stdin=PAGE)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]
    done = run("clean", "-", "--format", "json", stdin=json.dumps({"text": PAGE}) + "\n")
    assert done.returncode == 0, done.stderr
    first = json.loads(done.stdout)[0]
    assert first["lead"] or first["paragraphs"]
    done = run("stories", "-", "-o", tmp_path / "out", stdin=json.dumps({"text": PAGE}) + "\n")
    assert done.returncode == 0, done.stderr
    assert list((tmp_path / "out" / "stories").glob("*.json"))


def test_an_unwritable_output_is_refused_before_any_work(tmp_path):
    done = run("summarize", _sample_dir(), "-o", tmp_path / "no" / "such" / "folder" / "out.json")
    assert done.returncode == 2 and "cannot write" in done.stderr and "Traceback" not in done.stderr
    done = run("clean", _sample_dir(), "-o", tmp_path)
    assert done.returncode == 2 and "folder" in done.stderr


def test_output_files_are_complete_and_leave_no_temporary_behind(tmp_path):
    out = tmp_path / "story.json"
    done = run("summarize", _sample_dir(), "--format", "json", "-o", out)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert [p.name for p in tmp_path.iterdir()] == ["story.json"]


def test_stories_in_the_public_api(seeds_dir):
    found = tomtat.stories([seeds_dir, _sample_dir()])
    assert [len(s.kept_articles) for s in found] == [5, 3]
    assert all(s.summary and s.headline for s in found)
