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
