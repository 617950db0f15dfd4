from rouge_score import rouge_scorer

from tomtat.eval import rouge


class _Syllables:
    def tokenize(self, text):
        return rouge.tokenize(text)


def test_matches_rouge_score_package():
    system = "Hội nghị thượng đỉnh Mỹ Triều lần hai diễn ra tại Hà Nội ngày 27 28/2"
    refs = [
        "Hội nghị thượng đỉnh lần hai diễn ra ở Hà Nội",
        "Thượng đỉnh Mỹ - Triều tổ chức tại Việt Nam ngày 27-28/2",
    ]
    ours = rouge.score(system, refs, limit=1000)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=_Syllables())
    theirs = [scorer.score(r, system) for r in refs]
    for key, value in (("rouge1", ours.r1), ("rouge2", ours.r2), ("rougeL", ours.rl)):
        expected = sum(t[key].fmeasure for t in theirs) / len(theirs)
        assert abs(expected - value) < 1e-9


def test_budget_cuts_the_system_summary():
    refs = ["một hai ba bốn"]
    assert rouge.budget(refs) == 4
    assert rouge.score("một hai ba bốn năm sáu", refs).r1 == 1.0
    assert rouge.tokenize("Thượng_đỉnh  Mỹ-Triều") == ["thượng", "đỉnh", "mỹ", "triều"]


def test_oracle_picks_the_sentences_the_reference_copies():
    from tomtat.eval.oracle import oracle
    from tomtat.model import Page
    from tomtat.pipeline import prepare

    a = (
        "Mưa lớn kéo dài khiến nhiều tuyến phố ở Huế ngập sâu từ chiều qua. "
        "Hàng trăm hộ dân phải di dời tài sản lên cao để tránh nước lũ. "
        "Chính quyền thành phố đã huy động lực lượng cứu hộ túc trực tại các điểm xung yếu."
    )
    b = (
        "Nhiều trường học tại Huế cho học sinh nghỉ học vì nước ngập đường đến trường. "
        "Ngành điện cắt điện một số khu vực để bảo đảm an toàn cho người dân."
    )
    story = prepare([Page(id="a", text=a), Page(id="b", text=b)])
    reference = (
        "Hàng trăm hộ dân phải di dời tài sản lên cao để tránh nước lũ. "
        "Ngành điện cắt điện một số khu vực để bảo đảm an toàn cho người dân."
    )
    chosen = oracle(story, [reference], budget=len(reference.split()))
    assert sorted(s.text for s in chosen) == sorted(
        [
            "Hàng trăm hộ dân phải di dời tài sản lên cao để tránh nước lũ.",
            "Ngành điện cắt điện một số khu vực để bảo đảm an toàn cho người dân.",
        ]
    )
