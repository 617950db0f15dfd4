"""The command line as a user meets it: exit codes, messages, bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = (
    "Khánh thành cầu mới bắc qua sông Hồng\n"
    "Sáng nay, cây cầu dây văng dài nhất miền Bắc đã chính thức thông xe sau ba năm thi công, giúp giảm ùn tắc cho cửa ngõ phía đông thủ đô.\n"
    "Cầu dài 5,2 km với sáu làn xe, tổng vốn đầu tư hơn 8.000 tỷ đồng từ ngân sách thành phố và vốn vay ưu đãi.\n"
)


def run(*args, cwd=None):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "tomtat.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture()
def bad_batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_binary.txt").write_bytes(bytes(range(256)) * 40)
    with open(d / "d_huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB
    (d / "e_furniture.txt").write_text(
        "Trang chủ\nTin liên quan\nTin mới 01/01/2025 10:00\nBình luận (0)\n", encoding="utf-8"
    )
    (d / "f_scripts.html").write_text(
        "<html><head><style>b{}</style><script>var x=1</script></head><body><script>x()</script></body></html>",
        encoding="utf-8",
    )
    return d


def test_bad_inputs_are_reported_and_the_rest_summarized(bad_batch):
    result = run("summarize", bad_batch, "--format", "json")
    assert result.returncode == 1, result.stderr
    err = result.stderr
    for name, words in [
        ("b_empty", "empty"),
        ("c_binary", "binary"),
        ("d_huge", "too large"),
        ("e_furniture", "boilerplate"),
        ("f_scripts", "scripts"),
    ]:
        line = next(ln for ln in err.splitlines() if name in ln)
        assert words in line, line
    assert "Traceback" not in err
    story = json.loads(result.stdout)
    assert [a["id"] for a in story["articles"]] == ["a_good"]
    assert story["summary"]


def test_nothing_usable_exits_3(bad_batch):
    result = run("summarize", bad_batch / "b_empty.txt", bad_batch / "c_binary.txt")
    assert result.returncode == 3 and "nothing to summarize" in result.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run("summarize").returncode == 2
    assert run("summarize", "x", "--max-syllables", "0").returncode == 2
    bad_out = run("summarize", tmp_path, "-o", tmp_path / "no" / "such" / "dir.json")
    assert bad_out.returncode in (2, 3)
    assert run().returncode == 2


def test_demo_runs_and_cites(tmp_path):
    result = run("demo", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# ") and "[[1]]" in result.stdout and "## Nguồn" in result.stdout
    data = json.loads(run("demo", "--format", "json").stdout)
    dup = [a for a in data["articles"] if a["id"] == "04_bao_du_lich"]
    assert dup and dup[0]["duplicate_of"] == "01_tin_song_han" and data["pages"] == 4 and data["size"] == 3


def test_stories_mode_with_budgets(tmp_path):
    root = tmp_path / "root"
    for name in ("s1", "s2", "s3"):
        (root / name).mkdir(parents=True)
    (root / "s1" / "p.txt").write_text(GOOD, encoding="utf-8")
    (root / "s2" / "p.txt").write_text(GOOD.replace("sông Hồng", "sông Đuống"), encoding="utf-8")
    (root / "s3" / "empty.txt").write_bytes(b"")
    budgets = tmp_path / "b.tsv"
    budgets.write_text("s1\t20\ns2\t400\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("summarize", "--stories", root, "--budgets", budgets, "-o", out)
    assert result.returncode == 1 and "s3" in result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["s1", "s2"]
    assert len(rows[0]["summary"]) == 1 and len(rows[1]["summary"]) == 2


def test_clean_prints_articles_and_line_labels(tmp_path):
    (tmp_path / "p.txt").write_text("Trang chủ\n" + GOOD + "Tin liên quan\n", encoding="utf-8")
    result = run("clean", tmp_path / "p.txt", "--format", "json", "--lines")
    assert result.returncode == 0
    (article,) = json.loads(result.stdout)
    assert article["title"].startswith("Khánh thành")
    assert [x["label"] for x in article["lines"]] == ["boilerplate", "title", "lead", "body", "boilerplate"]


def test_add_fills_the_store_the_reader_serves(tmp_path, seeds_dir, capsys):
    from tomtat.cli import main
    from tomtat.collection import store

    db_path = tmp_path / "reader.db"
    assert main(["add", str(seeds_dir), "--db", str(db_path)]) == 0
    assert "1 in" in capsys.readouterr().err
    db = store.connect(db_path)
    assert db.execute("SELECT COUNT(*) FROM stories WHERE json IS NOT NULL").fetchone()[0] == 1
    assert store.search(db, "thuong dinh")[1] == 1
    assert main(["add", str(tmp_path / "missing"), "--db", str(db_path)]) == 2


def test_hostile_files_are_skipped_with_a_reason_and_the_rest_kept(tmp_path):
    """Deeply nested JSON, an integer of 5,000 digits, UTF-16 cut in the middle of a
    character, a file name that is not UTF-8: each one line on stderr, exit 1, the good
    page summarized."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "big.json").write_text('{"text": "a", "n": ' + "9" * 5000 + "}", encoding="utf-8")
    (tmp_path / "cut.txt").write_bytes("\ufeff".encode("utf-16-le") + GOOD.encode("utf-16-le")[:-1])
    (tmp_path / os.fsdecode(b"t\xe9n-l\xe1.txt")).write_text(
        GOOD.replace("sông Hồng", "sông Đà"), encoding="utf-8"
    )
    result = run("summarize", tmp_path, "--format", "json")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "deep.json" in result.stderr and "big.json" in result.stderr
    assert json.loads(result.stdout)["summary"]


def test_serving_beyond_loopback_needs_an_allowed_host(tmp_path):
    r = run("serve", "--db", tmp_path / "s.db", "--host", "0.0.0.0")
    assert r.returncode == 2 and "--allowed-host" in r.stderr and "Traceback" not in r.stderr
