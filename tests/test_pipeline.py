"""End to end: the seeds (real pages) and the VietnameseMDS dev clusters."""

import re

import tomtat
from tomtat.eval import rouge
from tomtat.eval.vnmds import read_clusters
from tomtat.model import CAPTION, SOURCE
from tomtat.render import render

FURNITURE = re.compile(
    r"Ảnh:|Mời quý độc giả|Tin liên quan|Bài viết mới nhất|soi kèo|mitom|111111|Thiện Minh|Theo vov"
)


def test_seed_summary_is_clean_and_cited(seeds_dir):
    story = tomtat.summarize([seeds_dir], max_syllables=150)
    assert len(story.articles) == 5 and not story.problems
    assert 2 <= len(story.summary) <= 8
    titles = {a.title for a in story.articles}
    assert story.headline in titles
    furniture = {
        line.text for a in story.articles for line in a.lines if line.label not in ("body", "lead", "title")
    }
    captions = {line.text for a in story.articles for line in a.lines if line.label in (CAPTION, SOURCE)}
    for s in story.summary:
        assert not FURNITURE.search(s.text), s.text
        assert s.text not in furniture and not any(c in s.text for c in captions)
        # every sentence is found in each article it cites
        for aid in s.sources:
            assert any(x.text == s.text for x in story.article(aid).sentences) or len(s.sources) > 1
        assert s.sources
    syllables = sum(len(rouge.tokenize(s.text)) for s in story.summary)
    assert syllables <= 150 + 40


def test_json_contract(seeds_dir):
    import json

    data = json.loads(tomtat.summarize([seeds_dir]).to_json())
    assert set(data) >= {"id", "headline", "summary", "articles", "stats"}
    assert all(set(s) == {"text", "sources"} for s in data["summary"])
    keys = {"id", "path", "url", "outlet", "title", "lead", "paragraphs", "captions", "byline", "published"}
    assert all(set(a) == keys for a in data["articles"])
    assert data["articles"][0]["url"] is None  # unknown stays null, never invented


def test_renderers_escape_html(tmp_path):
    page = tmp_path / "x.txt"
    page.write_text(
        "Tiêu đề <script>alert(1)</script>\n"
        + "Người dân <b>Hà Nội</b> đổ ra đường xem pháo hoa đêm giao thừa, nhiều tuyến phố được cấm xe từ chiều. "
        * 2,
        encoding="utf-8",
    )
    story = tomtat.summarize([page])
    page_html = render(story, "html")
    assert "<script>" not in page_html and "&lt;script&gt;" in page_html
    for fmt in ("text", "markdown", "json", "jsonl"):
        assert story.summary[0].text[:20] in render(story, fmt).replace("\\", "")


def test_vnmds_dev_beats_lead_on_rouge2(vnmds_dir):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from vnmds_rouge import evaluate, lead, tomtat_system

    clusters = read_clusters(vnmds_dir)
    assert len(clusters) == 50
    ours, _ = evaluate(tomtat_system, clusters)
    baseline, _ = evaluate(lead, clusters)
    assert ours.r2 > baseline.r2
    assert ours.r1 > baseline.r1 and ours.rl > baseline.rl


def test_every_vnmds_article_cleans_to_text(vnmds_dir):
    for cluster in read_clusters(vnmds_dir)[:15]:
        story = tomtat.summarize(cluster.pages, max_syllables=rouge.budget(cluster.references))
        assert not story.problems and story.summary
        for s in story.summary:
            assert "Ảnh:" not in s.text
