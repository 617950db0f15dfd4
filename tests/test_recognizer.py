"""The trained name recognizer: VLSP 2018 dev scores, and what it adds to a story."""

from __future__ import annotations

import pytest

import tomtat
from tomtat.eval.vlsp_ner import read_part, spans_of, strip_tags
from tomtat.facts.recognizer import Recognizer, decode, default, tokenize
from tomtat.model import Page


@pytest.fixture(scope="module")
def dev(shared_dir):
    path = shared_dir / "data" / "vlsp2018-ner" / "dev"
    if not path.exists():
        pytest.fail(f"shared data missing: {path}", pytrace=False)
    return read_part(path)


def test_dev_exact_span_f1(dev):
    """Outermost PER/LOC/ORG names, exact spans: measured F1 0.850 (P 0.874, R 0.828)
    when the model was trained; the floor catches a regression."""
    recognizer = default()
    tp = fp = fn = 0
    for s in dev:
        gold, got = spans_of(s.labels), set(decode(recognizer.tag(s.tokens)))
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    p, r = tp / (tp + fp), tp / (tp + fn)
    assert 2 * p * r / (p + r) >= 0.840, (p, r)


def test_nested_tags_give_the_outermost_name():
    text, spans = strip_tags(
        'Ông <ENAMEX TYPE="PERSON">Lê Văn Tám</ENAMEX> làm việc ở <ENAMEX TYPE="ORGANIZATION">Sở Y tế '
        '<ENAMEX TYPE="LOCATION">Hà Nội</ENAMEX></ENAMEX> từ năm 2010.'
    )
    assert [(text[a:b], t) for a, b, t in spans] == [("Lê Văn Tám", "PER"), ("Sở Y tế Hà Nội", "ORG")]


def test_offsets_point_into_the_text():
    text = "Tiền đạo Nguyễn Tiến Minh ghi hai bàn cho câu lạc bộ Sông Lam Nghệ An tối qua."
    for name in default().names(text):
        assert text[name.start : name.end] == name.text
    assert [t for *_, t in tokenize("TP.HCM, ngày 5/3")] == ["TP.HCM", ",", "ngày", "5", "/", "3"]


def test_names_no_rule_foresees_become_entities():
    """Invented sports and show-business lines: no title the rules know stands before
    these names, so only the recognizer can find them."""
    text = (
        "Trận chung kết lượt về diễn ra tối qua trên sân Mỹ Đình trước 40.000 khán giả. "
        "Nguyễn Tiến Minh mở tỷ số ở phút 12 sau đường chuyền của Phạm Văn Quyết. "
        "Câu lạc bộ Sông Lam Nghệ An gỡ hòa trong hiệp hai nhưng không thể lật ngược thế trận. "
        "Huấn luyện viên Lê Thanh Bình hài lòng với màn trình diễn của các học trò."
    )
    story = tomtat.summarize([Page(id="a", text=text)])
    by_name = {e.name: e.type for e in story.entities}
    assert by_name.get("Nguyễn Tiến Minh") == "PER" and by_name.get("Phạm Văn Quyết") == "PER"
    assert any("Sông Lam Nghệ An" in name for name in by_name)


def test_recognizer_loads_from_the_package_only():
    from tomtat.facts import recognizer

    assert recognizer.MODEL_PATH.is_file() and recognizer.MODEL_PATH.stat().st_size < 5_000_000
    assert isinstance(Recognizer(), Recognizer)


def _features_token_by_token(tokens, gazetteer, clusters, sentence_start=True):
    """The recognizer's features written out plainly, token after token (what the
    trained model saw): the memoised assembly must give exactly these lists."""
    from tomtat.facts.recognizer import CLUSTER_NEIGHBOURS, _Memo, _shape
    from tomtat.text.normalize import fold

    memo = _Memo(gazetteer)
    lows, shapes = [fold(t) for t in tokens], [_shape(t) for t in tokens]
    n, caps = len(tokens), ("T", "U", "X", "M")
    run_pos = [""] * n
    k = 0
    while k < n:
        j = k
        if shapes[k] in caps:
            while j + 1 < n and shapes[j + 1] in caps:
                j += 1
            size = j - k + 1
            for m in range(k, j + 1):
                place = "S" if size == 1 else "B" if m == k else "E" if m == j else "I"
                run_pos[m] = place + ("3" if size >= 3 else str(size))
        k = j + 1
    phrase = gazetteer.phrase_features(lows, shapes)
    out = []
    for i in range(n):
        f = ["b", f"r={run_pos[i]}", *memo.own(lows[i], shapes[i]), *clusters.features(tokens[i]), *phrase[i]]
        if i == 0 and sentence_start:
            f.append("BOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < n:
                f.append(f"{d}:pad")
                continue
            f += memo.near(d, lows[j], shapes[j])
            if d in (-1, 1):
                f.append(f"{d}:r={run_pos[j]}")
            if d in CLUSTER_NEIGHBOURS:
                f += clusters.features(tokens[j], f"{d}:")
        if i > 0:
            f.append(f"bi-={lows[i - 1]}|{lows[i]}")
        if i + 1 < n:
            f.append(f"bi+={lows[i]}|{lows[i + 1]}")
        if i > 1:
            f.append(f"-2:-1={lows[i - 2]}|{lows[i - 1]}")
        out.append(f)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Phạm Minh An tiếp Đại sứ Hoa Kỳ tại Hà Nội sáng 3/5 .",
        "CLB Hà Nội FC thắng 2-1 , HLV Lê Văn Bình nói : “ Chúng tôi đã chơi tốt ” .",
        "ông A",
        "Sở Y tế TP.HCM cho biết",
    ],
)
def test_memoised_features_are_the_token_by_token_ones(text):
    from tomtat.facts.recognizer import features

    r = default()
    tokens = text.split()
    for start in (True, False):
        got = features(tokens, r.gazetteer, r.clusters, sentence_start=start)
        assert got == _features_token_by_token(tokens, r.gazetteer, r.clusters, start)
