"""End to end: the seeds (real pages) and the VietnameseMDS dev clusters."""

import re
from collections import Counter

import pytest

import tomtat
from tomtat.eval import rouge
from tomtat.eval.vnmds import read_clusters
from tomtat.model import CAPTION, SOURCE, Page
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

    from tomtat.model import SCHEMA_VERSION, Story

    story = tomtat.summarize([seeds_dir])
    data = json.loads(story.to_json())
    assert data["schema_version"] == SCHEMA_VERSION
    assert set(data) >= {"id", "headline", "summary", "articles", "stats", "size", "pages", "outlets"}
    assert all(set(s) == {"text", "sources", "origin", "citations"} for s in data["summary"])
    assert all(set(s["origin"]) == {"article", "sentence"} for s in data["summary"])
    keys = {"id", "path", "url", "outlet", "title", "lead", "paragraphs", "captions", "byline", "published"}
    assert all(set(a) == keys | {"duplicate_of", "sentences"} for a in data["articles"])
    assert data["articles"][0]["url"] is None  # unknown stays null, never invented
    # every citation points at a stored sentence that says what the summary says
    by_id = {a["id"]: a for a in data["articles"]}
    for s in data["summary"]:
        assert [c["article"] for c in s["citations"]] == s["sources"]
        for c in s["citations"]:
            assert by_id[c["article"]]["sentences"][c["sentence"]]["text"] == s["text"]
    # and the contract reads back into the same story
    again = Story.from_dict(data)
    assert json.loads(again.to_json()) == data


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


def _benchmark():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import summaries

    return summaries


# The shipped scorer's figures on the three dev sets (benchmarks/summaries.py). The
# summary is deterministic: a drop below these is a regression. ViMs 0.400 -> 0.398 on
# Dec 3: the cleaner keeps a list's introducing line ("Danh sách 23 cầu thủ ...:") as
# the article's text instead of dropping it as a caption, which moves the paragraph
# positions the scorer reads in three ViMs clusters (R2 40.09 -> 39.92 in-sample; the
# cross-validated figure, which predicts the held-out half, went 39.74 -> 39.89).
# ViMs 0.398 -> 0.397 on Dec 5: the story's number of articles left the scorer (it told
# the sets apart: leave-one-dataset-out R2 on ViMs 33.93 -> 35.19), in-sample 39.95 ->
# 39.76 with the pronoun rule of the same day. vnmds 0.470 -> 0.465 on Dec 6: the sapo
# flag left the scorer (the sets' references disagree on it): in-sample 47.45 -> 46.58
# on these 50 clusters (one standard error is about 0.9), while the cross-validated
# figure went 47.02 -> 47.13 and leave-one-dataset-out on ViMs 35.06 -> 37.18. vnmds
# 0.465 -> 0.455 on Dec 6 (later): a sentence opening on a contrast or a continuation
# ("Tuy nhiên, ...", "Trong đó ...") comes only with the sentence before it (59 of the
# 400 summaries had one without): in-sample 46.66 -> 45.88 (-0.78 +- 0.55), left out
# 45.13 -> 44.74, while ROUGE-L rose on all three sets left out. vnmds 0.455 -> 0.450 on
# Dec 6 (sixteenth session): a sentence inside a long quotation (no mark of its own) is no
# candidate, and the scorer was retrained on the pools without them: in-sample 45.88 ->
# 45.37 on these 50 clusters, while the cross-validated figure went 45.99 -> 46.02.
FLOORS = {"vnmds-dev": 0.450, "abmusu-train": 0.340, "vims-dev": 0.397}


def test_summaries_beat_the_lead_baselines_on_every_dev_set(shared_dir):
    from tomtat.eval.datasets import DATASETS, read_dataset

    bench = _benchmark()
    for name in DATASETS:
        clusters = read_dataset(name, shared_dir)
        ours, _ = bench.evaluate(bench.tomtat_system, clusters)
        for baseline in (bench.lead_1, bench.lead_round_robin, bench.round_robin_without_first):
            theirs, _ = bench.evaluate(baseline, clusters)
            assert ours.r1 > theirs.r1 and ours.r2 > theirs.r2, (name, baseline.__name__)
        assert ours.r2 >= FLOORS[name], (name, ours)


def test_oracle_bounds_every_system_on_vnmds(vnmds_dir):
    bench = _benchmark()
    clusters = read_clusters(vnmds_dir)[:15]
    ours, _ = bench.evaluate(bench.tomtat_system, clusters)
    best, _ = bench.evaluate(bench.oracle_system, clusters)
    assert best.r2 > ours.r2 + 0.1


def test_summaries_keep_the_budget_and_read_well(shared_dir):
    """Never over --max-syllables; no caption or credit; no item of a list; no two
    sentences that say the same in other words; every reference back has its antecedent
    right before it; no sentence of a quotation printed over several (an unmatched
    quotation mark); no question asked of the reader."""
    from tomtat.cleaning import cues
    from tomtat.eval.datasets import DATASETS, read_dataset
    from tomtat.summary.features import is_intertitle, is_list_row, part_of_a_quotation
    from tomtat.summary.select import MEANING_REDUNDANCY, SUBSUMED_REDUNDANCY, content_of
    from tomtat.text.tokens import syllables

    for name in DATASETS:
        for cluster in read_dataset(name, shared_dir)[:25]:
            for budget in (40, rouge.budget(cluster.references)):
                story = tomtat.summarize(cluster.pages, max_syllables=budget)
                assert sum(len(syllables(s.text)) for s in story.summary) <= budget
                assert _stands_alone(story), cluster.id
                by_key = {x.key: x for a in story.articles for x in a.sentences}
                paragraphs = Counter((x.article_id, x.paragraph) for x in by_key.values())
                contents = []
                for s in story.summary:
                    assert not cues.has_caption_cue(s.text) and not cues.is_credit_only(s.text), s.text
                    assert not s.text.lstrip().startswith(("+ ", "- ", "• ")), s.text  # a list's item
                    assert not s.text.rstrip().endswith(";"), s.text
                    assert not is_list_row(s.text), s.text  # "Thủ môn: A, B, C"
                    assert not part_of_a_quotation(s.text), s.text
                    assert not s.text.rstrip().endswith("?"), s.text  # a question to the reader
                    origin = by_key[s.origin]  # a body subheading ("Người dân chờ ngày thông xe")
                    assert not is_intertitle(
                        origin, paragraphs[(origin.article_id, origin.paragraph)] == 1
                    ), s.text
                    mine = content_of(syllables(s.text))
                    for other in contents:  # the one chosen later repeats at most this share
                        shared = len(mine & other) / max(len(mine), len(other))
                        assert shared <= MEANING_REDUNDANCY, s.text
                        # and neither says the other again whole
                        inside = len(mine & other) / min(len(mine), len(other))
                        assert inside <= max(MEANING_REDUNDANCY, SUBSUMED_REDUNDANCY), s.text
                    contents.append(mine)


def test_every_vnmds_article_cleans_to_text(vnmds_dir):
    for cluster in read_clusters(vnmds_dir)[:15]:
        story = tomtat.summarize(cluster.pages, max_syllables=rouge.budget(cluster.references))
        assert not story.problems and story.summary
        for s in story.summary:
            assert "Ảnh:" not in s.text


def _stands_alone(story) -> bool:
    from tomtat.summary.features import needs_previous
    from tomtat.summary.order import headline_article

    lead_id = headline_article(story)
    previous = None
    for s in story.summary:
        article_id, index = s.origin
        if needs_previous(s.text):
            ok = (index == 0 and article_id == lead_id and previous is None) or previous == (
                article_id,
                index - 1,
            )
            if not ok:
                return False
        previous = s.origin
    return True


def test_anaphoric_sentence_needs_its_antecedent():
    from tomtat.model import Page

    a = (
        "Hà Nội sẽ cấm xe máy vào khu vực nội đô từ năm 2030 theo nghị quyết mới được thông qua. "
        "Đây là quyết định gây nhiều tranh luận trong dư luận thủ đô suốt nhiều năm qua. "
        "Thành phố cam kết mở rộng mạng lưới xe buýt và đường sắt đô thị trước thời điểm đó."
    )
    b = (
        "Hội đồng nhân dân thành phố Hà Nội đã thông qua nghị quyết về lộ trình hạn chế xe máy. "
        "Nhiều chuyên gia cho rằng giao thông công cộng cần đi trước một bước."
    )
    long_story = tomtat.summarize([Page(id="a", text=a), Page(id="b", text=b)], max_syllables=200)
    short_story = tomtat.summarize([Page(id="a", text=a), Page(id="b", text=b)], max_syllables=40)
    for story in (long_story, short_story):
        assert _stands_alone(story)
    texts = [s.text for s in long_story.summary]
    here = texts.index(next(t for t in texts if t.startswith("Đây là")))
    assert texts[here - 1].startswith("Hà Nội sẽ cấm xe máy")


def test_a_precise_figure_is_told_once_a_version_number_is_no_figure():
    """Invented story: two outlets give the same "103,3 triệu USD" in other words, told
    once; "Nông nghiệp 4.0" twice is a name, and both sentences that carry it are kept."""
    from tomtat.summary.select import _figures

    assert _figures("thu về 103,3 triệu USD, tăng 3.5% so với 1.250 tỷ đồng năm 2022") == {
        "103,3",
        "3.5",
        "1.250",
    }
    assert _figures("giải Nông nghiệp 4.0, chuẩn Wi-Fi 6.5, phiên bản iOS 16.1") == set()
    a = (
        "Xuất khẩu cá tra của tỉnh Sông Lam trong quý một đạt 103,3 triệu USD theo số liệu mới công bố. "
        "Doanh nghiệp Hải Long được vinh danh tại giải thưởng Nông nghiệp 4.0 năm nay. "
        "Giải Nông nghiệp 4.0 lần này có hơn ba trăm hồ sơ tham dự từ khắp cả nước."
    )
    b = "Quý một, tỉnh Sông Lam thu về 103,3 triệu USD từ xuất khẩu cá tra, tăng mạnh so với cùng kỳ."
    story = tomtat.summarize([Page(id="a", text=a), Page(id="b", text=b)], max_syllables=200)
    texts = [s.text for s in story.summary]
    assert sum("103,3" in t for t in texts) == 1
    assert sum("Nông nghiệp 4.0" in t for t in texts) == 2


def test_seed_and_vnmds_summaries_stand_alone(seeds_dir, vnmds_dir):
    assert _stands_alone(tomtat.summarize([seeds_dir]))
    for cluster in read_clusters(vnmds_dir)[:20]:
        assert _stands_alone(tomtat.summarize(cluster.pages, max_syllables=rouge.budget(cluster.references)))


def test_stages_are_named_steps_with_their_options(seeds_dir):
    """The per-story list every path runs, and a custom composition of the same steps:
    the rules alone (no recognizer names) and a smaller budget."""
    from tomtat.model import Story
    from tomtat.pipeline import Facts, Select, prepare, run, stage_name, story_stages
    from tomtat.summary.select import Selection

    assert [stage_name(s) for s in story_stages()] == [
        "segment_missing",
        "name_outlets",
        "fold_duplicates",
        "facts",
        "select",
    ]
    full = run(prepare([seeds_dir]), story_stages())
    story = prepare([seeds_dir])
    story = run(story, [Facts(recognize_names=False), Select(Selection(max_syllables=60))])
    assert isinstance(story, Story) and set(story.timings) >= {"facts", "select"}
    assert story.stats["select"]["syllables"] <= 60 < full.stats["select"]["syllables"]
    assert len(story.entities) < len(full.entities)  # the recognizer adds names the rules miss


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Thủ môn: Nguyễn Văn A (Hà Nội), Trần Văn B (Viettel), Lê Văn C (SLNA).", True),
        ("Hậu vệ (8): An, Bình, Cường, Dũng, Hải, Khoa, Long, Minh", True),
        ("Đội khách: Hùng, Tâm, Phúc, Quân, Sơn, Tài, Uy, Vinh, Xuân, Yên, Tú.", True),
        # a sentence with a colon, or a list of long items, is a sentence
        ("Ông Nam cho biết: đội sẽ tập trung vào ngày 5/3, tập hai tuần, rồi sang Hàn Quốc.", False),
        ("Kết quả: đội nhà thắng 2-1 nhờ hai bàn thắng ở hiệp hai của tiền đạo trẻ.", False),
        ("Hà Nội, ngày 5/3, trời mưa, gió mạnh.", False),
    ],
)
def test_a_row_of_a_list_is_no_summary_sentence(text, row):
    from tomtat.summary.features import is_list_row

    assert is_list_row(text) is row


def test_a_squad_list_stays_out_of_the_summary():
    squad = "\n\n".join(
        f"{label}: " + ", ".join(f"Cầu Thủ {label[:2]}{k} (CLB {k})" for k in range(1, 6)) + "."
        for label in ("Thủ môn", "Hậu vệ", "Tiền vệ", "Tiền đạo")
    )
    text = (
        "Đội tuyển công bố danh sách dự vòng loại\n\n"
        "Huấn luyện viên trưởng đã công bố danh sách 23 cầu thủ chuẩn bị cho hai trận vòng loại cuối tháng này.\n\n"
        + squad
        + "\n\nĐội sẽ tập trung tại Hà Nội vào thứ hai tới trước khi sang Hàn Quốc thi đấu trận đầu tiên."
    )
    story = tomtat.summarize([text], max_syllables=80)
    assert story.summary and not any(":" in s.text for s in story.summary), [s.text for s in story.summary]


def test_an_intertitle_stays_out_of_the_summary():
    """A body paragraph of one short unpunctuated line is a subheading: it announces what
    follows and reads as a fragment in a summary (pages as the summary sets give them: one
    paragraph a line, the sapo first)."""
    sapo = "Giá xăng dầu trong nước được điều chỉnh tăng từ 15 giờ chiều nay theo quyết định của liên bộ."
    text = "\n".join(
        [
            sapo,
            "Thị trường chứng khoán phản ứng ngay sau đó",
            "Các chuyên gia cho rằng giá nhiên liệu tăng sẽ đẩy chi phí vận tải và giá hàng hóa lên "
            "trong những tháng tới, nhất là với các mặt hàng thiết yếu.",
            "Liên bộ cũng quyết định giữ nguyên mức trích lập quỹ bình ổn giá đối với các mặt hàng xăng dầu.",
        ]
    )
    page = Page(id="xang", text=text, title="Giá xăng tăng lần thứ ba trong tháng")
    story = tomtat.summarize([page], max_syllables=200)
    chosen = [s.text for s in story.summary]
    kept = [x.text for a in story.articles for x in a.sentences]
    assert any(t.startswith("Thị trường chứng khoán") for t in kept), kept  # the cleaner keeps it
    assert sapo in chosen and not any(t.startswith("Thị trường chứng khoán") for t in chosen), chosen


def test_a_question_set_as_a_subheading_stays_out_of_the_summary():
    sapo = (
        "Số ca mắc cúm mùa tại Hà Nội tăng mạnh trong tháng 7, chủ yếu ở trẻ dưới 5 tuổi và người cao tuổi."
    )
    text = "\n".join(
        [
            sapo,
            "Người dân cần làm gì để phòng bệnh cúm mùa trong những tháng cao điểm như thế nào?",
            "Các bác sĩ ở Hà Nội khuyến cáo tiêm vắc xin cúm mùa hằng năm, nhất là cho trẻ dưới 5 tuổi "
            "và người cao tuổi, những nhóm dễ mắc cúm nặng.",
            "Trẻ mắc cúm mùa có dấu hiệu sốt cao, khó thở cần được đưa đến cơ sở y tế để khám kịp thời.",
        ]
    )
    from tomtat.pipeline import prepare
    from tomtat.summary.features import candidates

    page = Page(id="cum", text=text, title="Hà Nội: ca mắc cúm mùa tăng mạnh")
    story = prepare([page])
    kept = [x.text for a in story.articles for x in a.sentences]
    assert any("như thế nào" in t for t in kept), kept  # the article's, not a candidate
    can = [s.text for s in candidates(story)]
    assert sapo in can and not any("như thế nào" in t for t in can), can


def test_a_reference_back_after_a_connective_needs_its_antecedent():
    from tomtat.summary.features import leans_on_previous

    assert leans_on_previous("Tuy nhiên, sự kiện ấy diễn ra quá nhanh với khán giả.")
    assert leans_on_previous("Ngoài ra, số tiền này được chuyển về quỹ.")
    assert not leans_on_previous("Tuy nhiên, đội khách đã gỡ hòa ở phút cuối cùng của trận.")


def test_the_summary_does_not_open_on_a_connective():
    first = Page(
        id="a",
        title="Bị cáo phải bồi thường 7 tỉ đồng",
        text="Ngoài ra bị cáo Nguyễn Văn An còn phải bồi thường hơn 7 tỉ đồng cho Sở Công Thương tỉnh Bình Dương.",
    )
    second = Page(
        id="b",
        title="Giám đốc công ty thực phẩm lĩnh 19 năm tù",
        text="Chiều 31/5, Tòa án nhân dân tỉnh Bình Dương đã tuyên phạt bị cáo Nguyễn Văn An 19 năm tù "
        "về tội lạm dụng tín nhiệm chiếm đoạt tài sản của ngân sách tỉnh.",
    )
    chosen = [s.text for s in tomtat.summarize([first, second], max_syllables=200).summary]
    assert len(chosen) == 2 and chosen[0].startswith("Chiều 31/5"), chosen


def test_a_summary_that_must_open_on_a_connective_drops_it():
    """The article opens on "Theo đó, ..." (a page whose lead was cut off), and its
    title is the headline, so that sentence comes first: there it drops its connective,
    which points at nothing the reader has read. The sentence in the article is left as
    written, and a connective later in the summary stays."""
    page = Page(
        id="a",
        title="Doanh nghiệp tặng sữa cho trẻ em vùng lũ miền Trung",
        text="Theo đó, Công ty Hòa Bình cam kết tài trợ 200 nghìn hộp sữa trị giá 3 tỷ đồng cho trẻ em vùng lũ. "
        "Ngoài ra, công ty còn tặng 500 suất học bổng cho học sinh các tỉnh miền Trung bị ảnh hưởng.",
    )
    story = tomtat.summarize([page], max_syllables=200)
    chosen = [s.text for s in story.summary]
    assert chosen == [
        "Công ty Hòa Bình cam kết tài trợ 200 nghìn hộp sữa trị giá 3 tỷ đồng cho trẻ em vùng lũ.",
        "Ngoài ra, công ty còn tặng 500 suất học bổng cho học sinh các tỉnh miền Trung bị ảnh hưởng.",
    ], chosen
    assert story.articles[0].sentences[0].text.startswith("Theo đó, Công ty")
    assert story.summary[0].citations == [("a", 0)]


def test_an_opening_connective_is_dropped_only_when_set_off_and_followed_by_a_clause():
    from tomtat.summary.order import without_opening_connective as without

    assert without("Trước đó, từ sáng nay, người dân đã xếp hàng.") == "Từ sáng nay, người dân đã xếp hàng."
    assert without("Cụ thể: 3 người bị thương nhẹ.") == "3 người bị thương nhẹ."
    assert without("Tuy nhiên, “chúng tôi” sẽ làm.") == "“Chúng tôi” sẽ làm."
    assert without("Trước đó Chủ tịch nước đã tới thăm.") == "Trước đó Chủ tịch nước đã tới thăm."
    assert without("Theo nguồn tin này, hai người chết.") == "Theo nguồn tin này, hai người chết."
    assert without("Theo đóng góp của bạn đọc, cầu sẽ sửa.") == "Theo đóng góp của bạn đọc, cầu sẽ sửa."
    assert without("Ngoài ra,") == "Ngoài ra,"


def test_no_two_sentences_in_a_row_open_on_a_connective():
    """Two turns in a row ("Đồng thời, ..." then "Ngoài ra, ...") read as a chain with
    nothing to turn from: a plain sentence comes between them. (A contrast, "Tuy
    nhiên, ...", comes right after the sentence before it: `needs_previous`.)"""
    from tomtat.model import Article, Sentence, Story
    from tomtat.summary.order import order_sentences

    def story_of(*articles: list[str]) -> tuple[Story, list[Sentence]]:
        made, sentences = [], []
        for n, texts in enumerate(articles):
            aid = "abc"[n]
            own = [Sentence(text=t, article_id=aid, paragraph=0, index=k) for k, t in enumerate(texts)]
            made.append(Article(id=aid, sentences=own))
            sentences += own
        return Story(id="s", articles=made), sentences

    opening = "Sáng 3/4, cầu Vàm Cỏ mới chính thức thông xe sau hai năm thi công."
    also = "Đồng thời, đường dẫn lên cầu phía bờ bắc cũng được mở rộng thêm hai làn."
    besides = "Ngoài ra, ba trạm dừng nghỉ dọc tuyến sẽ mở cửa vào cuối năm nay."
    plain = "Cây cầu dài 1,2 km, có bốn làn xe và tổng vốn đầu tư 900 tỉ đồng."
    story, sentences = story_of([opening, also, besides, plain])
    assert [s.text for s in order_sentences(story, sentences)] == [opening, also, plain, besides]
    # no plain sentence after the two turns: the second goes back between two plain ones
    story, sentences = story_of([opening, also], [plain, besides])
    assert [s.text for s in order_sentences(story, sentences)] == [opening, besides, plain, also]


def test_a_sentence_that_says_a_chosen_one_again_and_more_takes_its_place():
    """A short report of a verdict from one outlet, the full one from another: the summary keeps the full one only."""
    short = Page(
        id="a",
        title="Bị cáo Hoàng Minh Tú lĩnh 7 năm tù",
        text="Bị cáo Hoàng Minh Tú bị tuyên phạt 7 năm tù về tội nhận hối lộ.",
    )
    full = Page(
        id="b",
        title="Tuyên án vụ nhận hối lộ ở Thanh Hóa",
        text="Chiều 14/9, Tòa án nhân dân tỉnh Thanh Hóa đã tuyên phạt bị cáo Hoàng Minh Tú 7 năm tù "
        "về tội nhận hối lộ số tiền 800 triệu đồng của các chủ thầu.",
    )
    chosen = [s.text for s in tomtat.summarize([short, full], max_syllables=200).summary]
    assert chosen == [full.text], chosen


def test_small_numbers_in_words_and_digits_are_the_same_content():
    from tomtat.model import Sentence
    from tomtat.summary.select import content_syllables
    from tomtat.text.tokens import syllables

    def sentence(text: str) -> Sentence:
        return Sentence(article_id="a", index=0, paragraph=0, text=text, syllables=syllables(text))

    words = content_syllables(sentence("Cuộc biểu tình sẽ kéo dài ba ngày tại thủ đô."))
    digits = content_syllables(sentence("Cuộc biểu tình sẽ kéo dài 3 ngày tại thủ đô."))
    assert words == digits
    # "năm" is mostly "year", "một" mostly "a": they stay words
    assert "năm" in content_syllables(sentence("Năm 2022 có một trận bão lớn."))


def test_a_figure_the_summary_has_given_is_not_told_again():
    """Two outlets give the same box-office figure in other words (invented lines): the
    summary tells it once and spends the budget on what else they say."""
    pages = [
        Page(
            id="a",
            title="Phim hoạt hình mới thu 58,4 triệu USD",
            text="Sau ba ngày ra mắt tại 40 thị trường, bộ phim hoạt hình Rừng Xanh đã thu về 58,4 triệu USD. "
            "Đạo diễn Minh Khang cho biết đoàn phim đã mất bốn năm để hoàn thành tác phẩm.",
        ),
        Page(
            id="b",
            title="Hãng Sao Mai có lãi trở lại",
            text="Doanh thu mở màn 58,4 triệu USD là con số đáng mừng với hãng Sao Mai sau nhiều năm thua lỗ. "
            "Hãng dự kiến ra mắt hai tác phẩm mới trong năm tới tại châu Á.",
        ),
    ]
    story = tomtat.summarize(pages, max_syllables=120)
    told = [s.text for s in story.summary if "58,4" in s.text]
    assert len(told) == 1, [s.text for s in story.summary]
    assert story.stats["select"]["skipped"].get("gives a figure the summary has given", 0) == 1


def test_a_subject_named_by_a_demonstrative_comes_with_what_it_points_at():
    """Invented lines: "những người này", "con báo này" after an opening phrase point at a
    sentence before them; "tuần này" is a time, and a quotation names its own "anh ấy"."""
    from tomtat.summary.features import needs_previous

    assert needs_previous("Nếu bị truy tố, những người này có thể phải nhận mức án 3 năm tù.")
    assert needs_previous("Theo người dân địa phương, con báo này đã xuất hiện hai lần.")
    assert needs_previous("Các học sinh này được nhà trường khen thưởng vào cuối năm học.")
    assert not needs_previous("Theo kế hoạch, tuần này tỉnh sẽ khởi công hai cây cầu mới.")
    assert not needs_previous("“Chúng tôi không thể giữ anh ấy lại”, huấn luyện viên trưởng nói.")
    assert not needs_previous("Nếu bị truy tố, ba nhân viên ngân hàng có thể phải nhận mức án 3 năm tù.")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Phút 12: Cú sút xa của tiền vệ đội khách đi vọt xà ngang.", True),
        ("Phút 90+3 - Bàn thắng: Trung vệ đội chủ nhà đánh đầu cận thành.", True),
        ("Phút thứ 45: Trọng tài cho đội khách hưởng quả phạt đền.", True),
        ("10h30: Đoàn xe cứu hộ đã tới hiện trường vụ sạt lở.", True),
        ("14 giờ 15 - Hai bên bắt đầu phiên đàm phán thứ hai.", True),
        # a sentence that gives the minute, and a clock time inside a sentence
        ("Phút 85 trận đấu giữa hai đội, tiền vệ này vào bóng từ phía sau.", False),
        ("Phút bù giờ thứ hai, đội khách có bàn gỡ hòa.", False),
        ("Lúc 10h30, đoàn xe cứu hộ đã tới hiện trường vụ sạt lở.", False),
        ("10 năm qua: một chặng đường phát triển của ngành điện.", False),
    ],
)
def test_a_live_report_entry_is_no_summary_sentence(text, entry):
    """Invented lines: an entry of a minute-by-minute report is a fragment of a timeline."""
    from tomtat.summary.features import live_entry

    assert live_entry(text) is entry


def test_a_place_given_as_here_needs_the_sentence_before_it():
    """Invented lines: "Tại đây, ..." names its place in the sentence before it; a place
    named after "tại" does not lean on anything."""
    from tomtat.summary.features import needs_previous

    assert needs_previous("Tại đây, lực lượng chức năng thu giữ hai tấn hàng lậu.")
    assert needs_previous("Ở đó, người dân đã dựng lều chờ nước rút.")
    assert needs_previous("Cũng tại đây, đoàn công tác trao 50 suất quà cho học sinh nghèo.")
    assert not needs_previous("Tại Đà Nẵng, lực lượng chức năng thu giữ hai tấn hàng lậu.")
    assert not needs_previous("Tại đầu cầu Hà Nội, hội nghị khai mạc lúc 8 giờ sáng.")


def test_an_opening_that_points_back_needs_the_sentence_before_it():
    """Invented lines: an opening phrase ending on a demonstrative, or "Theo ông,",
    points at what the sentence before it said; a long phrase of time does not."""
    from tomtat.summary.features import needs_previous

    assert needs_previous("Chia sẻ về vấn đề này, giám đốc sở cho biết sẽ kiểm tra lại quy trình.")
    assert needs_previous("Với kết quả đó, đội tuyển giành quyền vào vòng chung kết.")
    assert needs_previous("Theo ông, việc di dời các hộ dân cần hoàn thành trước mùa mưa.")
    assert not needs_previous("Trong những ngày đầu tháng này, thành phố khởi công hai cây cầu mới.")
    assert not needs_previous("Theo ông Trần Văn Bình, việc di dời cần hoàn thành trước mùa mưa.")
    assert not needs_previous("Chia sẻ với báo chí, giám đốc sở cho biết sẽ kiểm tra lại quy trình.")


def test_the_writers_verdict_is_no_summary_sentence():
    """Invented lines: a commentary's "Có thể nói ..." is an opinion nobody in the summary
    would be credited with; the news emphasis "Đáng chú ý, ..." introduces a fact."""
    from tomtat.summary.features import writers_verdict

    assert writers_verdict("Có thể nói hội nghị năm nay gần như không mang lại kết quả nào.")
    assert writers_verdict("Phải nói rằng đây là mùa giải thành công nhất của câu lạc bộ.")
    assert not writers_verdict("Đáng chú ý, giá vàng trong nước đã tăng 2 triệu đồng mỗi lượng.")
    assert not writers_verdict("“Có thể nói đây là bước ngoặt”, bà Lan cho biết.")
    assert writers_verdict("Rõ ràng, đội chủ nhà đã chơi hay hơn ở hiệp hai.")
    assert writers_verdict("Hiển nhiên, người tiêu dùng cũng chịu thiệt từ đợt tăng giá này.")
    import numpy as np

    from tomtat.pipeline import prepare
    from tomtat.summary.select import Selection, select

    page = Page(
        id="a",
        title="Thủ tướng Hải Long kết thúc chuyến công du châu Âu",
        text="Thủ tướng Hải Long hôm qua kết thúc chuyến công du châu Âu kéo dài mười ngày.\n"
        "Ông đã gặp lãnh đạo năm nước để bàn về thương mại và năng lượng.\n"
        "Có thể nói chuyến công du dài ngày này đã không mang lại kết quả đáng kể nào.",
    )
    story = prepare([page], "s")
    # a scorer that ranks the verdict (the last candidate) first
    skipped = Counter()
    chosen = [s.text for s in select(story, Selection(max_syllables=60), scorer=lambda x: np.arange(len(x)), skipped=skipped)]
    assert chosen and not any(t.startswith("Có thể nói") for t in chosen), chosen
    assert skipped["gives the writer's verdict"] == 1


def test_a_sentence_that_draws_a_consequence_comes_with_its_cause():
    """Invented lines: "Vì thế, ..." says nothing whole without the sentence before it."""
    from tomtat.summary.features import needs_previous

    assert needs_previous("Vì thế, hãng sẽ tăng giá vé thêm 10% từ tháng sau.")
    assert needs_previous("Do đó, nhiều chuyến bay bị hủy.")
    assert not needs_previous("Hãng Sao Việt sẽ tăng giá vé thêm 10% từ tháng sau vì giá nhiên liệu tăng.")
    # "..., thì đây là ...": the subject is what the sentence before said
    assert needs_previous("So với phần trước chỉ đạt 40 triệu USD thì đây là một tín hiệu tốt cho hãng.")
    assert not needs_previous("Nếu trời mưa lớn thì các chuyến bay buổi chiều sẽ lùi sang ngày mai.")
    # an answer to a question asked before it
    assert needs_previous("Không, người cầm lái chiếc xe ấy là một cô sinh viên năm cuối.")
    assert not needs_previous("Không ai bị thương trong vụ cháy chiều qua.")
    pages = [
        Page(
            id="a",
            title="Hãng Sao Việt tăng giá vé máy bay",
            text="Giá nhiên liệu bay đã tăng gần gấp đôi trong quý này. "
            "Vì thế, hãng Sao Việt sẽ tăng giá vé máy bay nội địa thêm 10% từ tháng sau.",
        ),
        Page(
            id="b",
            title="Giá vé máy bay nội địa tăng 10%",
            text="Do đó, giá vé máy bay nội địa của hãng Sao Việt sẽ tăng thêm 10% từ tháng sau, hãng cho biết.",
        ),
    ]
    for budget in (30, 60):
        story = tomtat.summarize(pages, max_syllables=budget)
        texts = [s.text for s in story.summary]
        for k, s in enumerate(story.summary):
            if needs_previous(s.text):
                before = story.summary[k - 1].origin if k else None
                assert before == (s.origin[0], s.origin[1] - 1), texts


def test_a_sentence_that_turns_against_the_one_before_comes_with_it():
    """Invented lines: "Tuy nhiên, ..." has nothing to stand against out of its article;
    "Song" and "Nhưng" open names too."""
    from tomtat.summary.features import needs_previous

    assert needs_previous("Tuy nhiên, còn nhiều khó khăn trong việc giải ngân vốn cho các dự án.")
    assert needs_previous("Dù vậy, giá xăng vẫn cao hơn cùng kỳ năm ngoái 12%.")
    assert needs_previous("Nhưng khi được hỏi lại, người đại diện công ty từ chối trả lời.")
    assert needs_previous("Song, kế hoạch này vẫn chưa được thành phố phê duyệt.")
    assert not needs_previous("Song Hye-kyo xuất hiện rạng rỡ tại sự kiện ở Seoul tối 5/3.")
    assert not needs_previous("Mặt khác, Bộ Công Thương cho biết nguồn cung xăng dầu vẫn được bảo đảm.")
    assert not needs_previous("Nhà máy lọc dầu Nghi Sơn đã hoạt động trở lại từ tuần trước.")
    # continuations: a reason, a part of the whole just given, what it means
    assert needs_previous("Bởi các tuyến xe buýt mới vẫn chưa được cấp phép hoạt động.")
    assert needs_previous("Trong đó hàng điện tử tăng 8% so với tháng trước.")
    assert needs_previous("Có nghĩa là người dân phải chờ thêm ít nhất hai tháng.")
    pages = [
        Page(
            id="a",
            title="Giá vé máy bay dịp Tết tăng mạnh",
            text="Nhiều hãng bay đã mở bán thêm 500.000 vé máy bay dịp Tết Nguyên đán năm nay. "
            "Tuy nhiên, giá vé máy bay dịp Tết trên các chặng bay từ TP.HCM ra Hà Nội vẫn tăng mạnh, "
            "lên tới 6 triệu đồng một chiều.",
        ),
        Page(
            id="b",
            title="Giá vé máy bay Tết tăng mạnh trên chặng TP.HCM - Hà Nội",
            text="Giá vé máy bay dịp Tết trên các chặng bay từ TP.HCM ra Hà Nội tăng mạnh, "
            "lên tới 6 triệu đồng một chiều, theo khảo sát của phóng viên.",
        ),
    ]
    for budget in (30, 60):
        story = tomtat.summarize(pages, max_syllables=budget)
        texts = [s.text for s in story.summary]
        for k, s in enumerate(story.summary):
            if needs_previous(s.text):
                before = story.summary[k - 1].origin if k else None
                assert before == (s.origin[0], s.origin[1] - 1), texts


def test_an_item_of_an_enumeration_comes_with_the_sentence_before_it():
    """Invented lines: "Thứ hai, ..." or "Một là, ..." gives a second point with no first
    out of its list; "Thứ Hai" as a weekday stands alone."""
    from tomtat.summary.features import needs_previous

    assert needs_previous("Thứ hai, giá nguyên liệu tăng mạnh trong quý vừa qua.")
    assert needs_previous("Thứ ba là chính sách thu hút lao động chưa đủ mạnh.")
    assert needs_previous("Một là, đổi mới công tác đào tạo cán bộ trẻ.")
    assert needs_previous("Cuối cùng, tất cả đã có câu trả lời.")
    assert needs_previous("Rõ nhất là sự so sánh với giải đấu năm trước.")
    assert not needs_previous("Thứ Hai, ngày 5/12, đoàn công tác sẽ lên đường.")
    assert not needs_previous("Thứ hai tuần tới, giá xăng sẽ được điều chỉnh.")
    assert not needs_previous("Cuối cùng thì đội khách cũng có bàn gỡ hòa ở phút 90.")


def test_a_bare_pronoun_subject_comes_with_the_sentence_before_it():
    """Invented lines: "Ông cho rằng ..." names nobody out of its article; a name after
    the honorific, or Britain ("Anh"), stands alone."""
    from tomtat.summary.features import needs_previous

    assert needs_previous("Ông cho rằng lạm phát cả năm sẽ thấp hơn mục tiêu.")
    assert needs_previous("Bà cũng cho biết tàu đang tuần tra trong khu vực.")
    assert needs_previous("Cô đã huy động được hàng triệu USD cho dự án.")
    assert not needs_previous("Ông Trần Văn Hải cho rằng lạm phát sẽ thấp hơn mục tiêu.")
    assert not needs_previous("Anh đã rời Liên minh châu Âu từ năm 2020.")

    first = Page(
        id="a",
        title="Lạm phát năm nay trong tầm kiểm soát",
        text="Chỉ số giá tiêu dùng tháng 6 tăng 0,7% so với tháng trước, theo Tổng cục Thống kê.\n"
        "Giá xăng dầu và lương thực là hai nhóm hàng tăng mạnh nhất trong quý hai.\n"
        "Ông cho rằng lạm phát cả năm sẽ thấp hơn mục tiêu Quốc hội đề ra nhờ nguồn cung lương thực ổn định.",
    )
    import numpy as np

    from tomtat.pipeline import prepare
    from tomtat.summary.select import Selection, select

    story = prepare([first], "s")
    # a scorer that ranks the last candidate (the pronoun's sentence) first
    chosen = [s.text for s in select(story, Selection(max_syllables=45), scorer=lambda x: np.arange(len(x)))]
    assert chosen and not any(t.startswith("Ông cho rằng") for t in chosen), chosen


def test_a_bare_pronoun_is_not_taken_after_a_sentence_further_back():
    """Invented lines: "Ông khẳng định ..." after an expert's quotation is the expert's;
    with only the article's opening sentence (a minister) in the summary, it would read
    as the minister's."""
    import numpy as np

    from tomtat.pipeline import prepare
    from tomtat.summary.select import Selection, select

    page = Page(
        id="a",
        title="Hội nghị bàn giải pháp cho thị trường nhà ở",
        text="Sáng nay, Bộ trưởng Lê Văn An chủ trì hội nghị bàn giải pháp cho thị trường nhà ở.\n"
        "Tiến sĩ Trần Minh Đức nói: “Giá nhà chỉ hạ khi nguồn cung căn hộ tăng lên”.\n"
        "Ông khẳng định nguồn cung nhà ở xã hội phải được ưu tiên trong năm tới.",
    )
    story = prepare([page], "s")
    # the opening first, the pronoun's sentence second, the quotation last
    scores = lambda x: np.array([3.0, 1.0, 2.0])[: len(x)]  # noqa: E731
    chosen = [s.text for s in select(story, Selection(max_syllables=40), scorer=scores)]
    assert chosen and not any(t.startswith("Ông khẳng định") for t in chosen), chosen


def test_a_numbered_heading_is_no_summary_candidate():
    """Invented lines: "3. Cách chọn rau sạch" is the subheading of what follows, its
    number split off as a sentence of its own."""
    from tomtat.summary.features import candidates

    story = tomtat.summarize(
        [
            Page(
                id="a",
                text="Giá rau xanh ở các chợ đầu mối đã tăng gấp đôi sau đợt mưa lớn kéo dài tuần qua.\n"
                "Nhiều tiểu thương cho biết nguồn hàng từ các vùng trồng rau ven đô giảm mạnh.\n"
                "3. Cách chọn rau sạch cho bữa ăn gia đình\n"
                "Người mua nên chọn rau có lá tươi, cuống chắc và không có mùi lạ khi ngửi.",
            )
        ]
    )
    texts = [s.text for s in candidates(story)]
    assert not any(t.startswith("Cách chọn rau sạch") for t in texts)


def test_a_bare_pronoun_after_a_connective_needs_its_antecedent():
    from tomtat.summary.features import needs_previous

    assert needs_previous("Thậm chí, ông còn khẳng định đội bóng sẽ không bán cầu thủ nào trong mùa hè.")
    assert not needs_previous("Ngoài ra, ông Trần Văn Hải cho biết đội bóng sẽ không bán cầu thủ nào.")


def test_a_phrase_cut_off_from_its_sentence_comes_only_after_it():
    from tomtat.summary.features import needs_previous

    assert needs_previous("Đặc biệt, trong cuộc chiến chống dịch bệnh kéo dài.")
    assert needs_previous("Nhất là với những gia đình có con nhỏ.")
    # a clause of its own after the emphasis stands alone
    assert not needs_previous("Đặc biệt, trong năm nay, doanh thu của công ty tăng 20%.")
    assert not needs_previous("Đặc biệt, bà Lan cho biết sẽ tăng lương cho công nhân.")


def test_a_sentence_inside_a_long_quotation_is_no_summary_candidate():
    """Invented lines: an official's quotation long enough to be split into sentences;
    its middle sentence has no mark of its own and out of it reads as the writer's."""
    from tomtat.summary.features import candidates

    story = tomtat.summarize(
        [
            Page(
                id="a",
                text="Tỉnh sẽ đưa thêm hai mươi xe buýt điện vào các tuyến nội thành từ cuối năm nay.\n"
                "“Chúng tôi đã họp với nhà cung cấp và sẽ có văn bản gửi các sở ngành trong tháng tới."
                " Chạy thử một tuyến hay cả năm tuyến thì tỉnh sẽ còn phải cân nhắc kỹ lưỡng. Các trạm"
                " sạc sẽ đặt ở bến xe trung tâm và hai đầu tuyến để xe không phải chạy rỗng đi sạc"
                " giữa các chuyến, nhất là vào các giờ cao điểm buổi sáng và buổi chiều”,"
                " ông Trần Văn Tuấn nói.",
            )
        ]
    )
    sentences = story.articles[0].sentences
    middle = next(s for s in sentences if s.text.startswith("Chạy thử"))
    assert middle.text.count("“") == middle.text.count("”") == 0  # split inside the quotation
    assert middle.key not in {s.key for s in candidates(story)}


def test_a_quotation_printed_a_paragraph_a_sentence_keeps_its_middle_out():
    """Invented lines: outlets print each sentence of a long quotation as a paragraph of
    its own; the middle one has no mark, and only a closing mark later confirms it."""
    from tomtat.summary.features import candidates, inside_a_quotation

    story = tomtat.summarize(
        [
            Page(
                id="a",
                text="Giám đốc Sở Giao thông Lê Thị Hoa bày tỏ: “Nếu có thêm xe buýt điện thì rất tốt cho"
                " bầu không khí của thành phố.\n"
                "Xe chạy thưa quá thì người dân lại quay về xe máy như cũ.\n"
                "Đã mở tuyến thì phải bảo đảm đúng giờ cho mọi người”.\n"
                "Tuyến ven sông hiện đã có xe buýt chạy mười lăm phút một chuyến.",
            )
        ]
    )
    sentences = story.articles[0].sentences
    middle = next(s for s in sentences if s.text.startswith("Xe chạy"))
    assert middle.key not in {s.key for s in candidates(story)}
    # an opening mark never closed (a typo) does not swallow the paragraphs after it
    unclosed = [s for s in sentences if s.text.startswith(("Xe chạy", "Tuyến ven"))]
    for s in unclosed:
        s.text = s.text.replace("”", "")
    last = next(s for s in sentences if s.text.startswith("Đã mở"))
    last.text = last.text.replace("”", "")
    assert not inside_a_quotation(sentences)


def test_a_sentence_in_an_unnamed_first_person_is_no_summary_candidate():
    """Invented lines: an answer printed without quotation marks speaks as "tôi"; out of
    its article it would read as the writer's "I". The paper's own "chúng tôi" and a "tôi"
    after a colon that hands the sentence to a named speaker stay candidates."""
    from tomtat.summary.features import candidates

    story = tomtat.summarize(
        [
            Page(
                id="a",
                text="Cầu thủ Lê Văn Tâm hầu tòa vì nghi vấn trốn thuế thu nhập cá nhân trong ba năm liền.\n"
                "Tôi ký vào các hợp đồng đó nhưng chưa bao giờ đọc kỹ từng điều khoản.\n"
                "Theo ghi nhận của chúng tôi, rất đông người hâm mộ đã chờ anh trước cửa tòa án thành phố.\n"
                "Luật sư Đỗ Minh Khang nói: Tôi tin thân chủ của mình không có ý định gian lận với cơ quan thuế.",
            )
        ]
    )
    texts = {s.text[:12] for s in candidates(story)}
    assert "Tôi ký vào c" not in texts
    assert {"Theo ghi nhậ", "Luật sư Đỗ M"} <= texts


def test_one_statement_in_two_forms_is_given_once():
    """Invented lines: the same words of one speaker, reported in one sentence and quoted
    in another, tied by the facts stage (`Quote.also`): the summary gives them once and
    spends the budget on something else."""
    import numpy as np

    from tomtat.model import Quote
    from tomtat.pipeline import prepare
    from tomtat.summary.select import Selection, select

    page = Page(
        id="a",
        title="Giá điện chưa tăng trong năm nay",
        text="Bộ trưởng Trần Văn An nhấn mạnh, giá điện sẽ không tăng trong năm nay.\n"
        "Nhiều doanh nghiệp sản xuất thép lo ngại chi phí năng lượng sẽ tiếp tục leo thang.\n"
        "Ông An nói: “Giá điện sẽ không tăng, vì ngành đã ký đủ hợp đồng mua than dài hạn với các đối tác"
        " nước ngoài cho cả ba nhà máy lớn ở miền Bắc”.",
    )
    story = prepare([page], "s")
    story.quotes = [
        Quote(
            "Giá điện sẽ không tăng, vì ngành đã ký đủ hợp đồng mua than dài hạn với các đối tác nước ngoài"
            " cho cả ba nhà máy lớn ở miền Bắc",
            "direct",
            "e1",
            "Ông An",
            "a",
            2,
            "person",
            also=[("a", 0, "giá điện sẽ không tăng trong năm nay", "reported")],
        )
    ]
    # the two forms of the statement first and second, the other sentence last
    ranking = lambda x: np.array([3.0, 1.0, 2.0])[: len(x)]  # noqa: E731
    skipped = Counter()
    chosen = [s.index for s in select(story, Selection(max_syllables=80), scorer=ranking, skipped=skipped)]
    assert chosen == [0, 1], chosen
    assert skipped["gives a statement the summary gives"] == 1
    # without the tie, both forms would be taken
    story.quotes = []
    assert [s.index for s in select(story, Selection(max_syllables=80), scorer=ranking)][:2] == [0, 2]
