"""The trained name recognizer: VLSP 2018 dev scores, and what it adds to a story."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    """Outermost PER/LOC/ORG names, exact spans: measured F1 0.864 (P 0.884, R 0.844)
    with the acronym rule and the "và" rule (0.863 without the second, 0.862 without
    both; 0.858 before the context features, 0.850 before the lexicon features); the
    floor catches a regression."""
    recognizer = default()
    tp = fp = fn = 0
    for s in dev:
        gold, got = spans_of(s.labels), set(decode(recognizer.tag(s.tokens)))
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    p, r = tp / (tp + fp), tp / (tp + fn)
    assert 2 * p * r / (p + r) >= 0.850, (p, r)


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
        if i > 0:
            f.append(f"pw|s={lows[i - 1]}|{shapes[i]}")
        if i + 1 < n:
            f.append(f"s|nw={shapes[i]}|{lows[i + 1]}")
        if 0 < i < n - 1:
            f.append(f"s3={shapes[i - 1]}|{shapes[i]}|{shapes[i + 1]}")
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


def test_weights_read_from_the_model_file_are_crfsuite_s():
    """The binary reader gives the weights crfsuite's own dump prints (to its six
    decimals), for every state feature and transition."""
    import pycrfsuite

    from tomtat.facts import recognizer
    from tomtat.facts.crf import LinearChain

    chain = LinearChain.load(recognizer.MODEL_PATH)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(recognizer.MODEL_PATH))
    info = tagger.info()
    assert chain.labels == tagger.labels()
    label = {name: k for k, name in enumerate(chain.labels)}
    for (attr, lab), weight in info.state_features.items():
        assert chain.weights[chain.attributes[attr], label[lab]] == pytest.approx(weight, abs=1e-6)
    for (a, b), weight in info.transitions.items():
        assert chain.transitions[label[a], label[b]] == pytest.approx(weight, abs=1e-6)
    nonzero = int((chain.weights != 0).sum()) + int((chain.transitions != 0).sum())
    assert nonzero == len(info.state_features) + len(info.transitions)


def test_emissions_are_the_sums_of_the_feature_weights(dev):
    """The grouped sums of `Emissions` equal the weights of `features()`'s strings added
    token by token, at sentence starts and inside sentences."""
    from tomtat.facts.recognizer import features

    r = default()
    for s in dev[:300]:
        for start in (True, False):
            want = [
                r.chain.score(f) for f in features(s.tokens, r.gazetteer, r.clusters, sentence_start=start)
            ]
            got = r.emissions(s.tokens, sentence_start=start)
            assert got.shape == (len(s.tokens), len(r.chain.labels))
            assert abs(got - want).max() < 1e-9


def test_emissions_of_pairs_with_a_bar_token_are_the_feature_weights():
    """A "|" token (a site's separator) joins its pair's feature string ambiguously
    ("a||b"): the pairs the model knows are looked up as (first, second), and every
    pair, with or without a bar, must score what `features()` gives. Each pair the
    model knows is written with a bar on either side of it."""
    from tomtat.facts.recognizer import features

    r = default()
    known = sorted(r.emissions._known_pairs)[:200]
    tokens = [w for a, b in known for w in (a, b, "|")] + ["|", "|", "Hà", "|", "|"]
    want = [r.chain.score(f) for f in features(tokens, r.gazetteer, r.clusters)]
    got = r.emissions(tokens)
    assert abs(got - want).max() < 1e-9


def test_batched_decoding_gives_crfsuite_s_labels(dev):
    """Every VLSP 2018 dev sentence: the numpy Viterbi over the model file's weights
    labels each stretch as python-crfsuite's tagger does."""
    import pycrfsuite

    from tomtat.facts import recognizer
    from tomtat.facts.recognizer import (
        _stretches,
        acronyms_after_organisations,
        bodies_by_their_noun,
        features,
        from_bilou,
        organisations_end_before_a_verb,
        organisations_joined_by_and,
        peoples_are_no_persons,
        works_are_no_names,
    )

    r = default()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(recognizer.MODEL_PATH))
    sentences = [s.tokens for s in dev]
    got = r.tag_many(sentences)
    for tokens, labels in zip(sentences, got, strict=True):
        want = ["O"] * len(tokens)
        for a, b in _stretches(tokens):
            feats = features(tokens[a:b], r.gazetteer, r.clusters, sentence_start=a == 0)
            want[a:b] = from_bilou(tagger.tag(feats))
        acronyms_after_organisations(tokens, want)
        organisations_joined_by_and(tokens, want)
        organisations_end_before_a_verb(tokens, want)
        bodies_by_their_noun([tokens], [want], r.two_syllable_words)
        works_are_no_names([tokens], [want], r.two_syllable_words)
        peoples_are_no_persons([tokens], [want], r.two_syllable_words)
        assert labels == want, tokens


def test_viterbi_handles_lengths_and_ties():
    """Sequences of one token, of mixed lengths, and all-zero scores (every path ties:
    crfsuite keeps the lowest label ids)."""
    import numpy as np

    from tomtat.facts.crf import LinearChain

    transitions = np.array([[0.0, 1.0], [0.5, 0.0]])
    chain = LinearChain(["A", "B"], {}, np.zeros((1, 2)), transitions)
    scores = [np.array([[0.0, 2.0]]), np.zeros((3, 2)), np.array([[1.0, 0.0], [0.0, 0.0]])]
    paths = chain.viterbi(scores)
    assert paths[0] == [1]
    assert paths[2] == [0, 1]  # 1 + 0 + transition 1 beats staying on A

    def brute(e):
        import itertools

        best = max(
            itertools.product(range(2), repeat=len(e)),
            key=lambda p: (
                sum(e[t][p[t]] for t in range(len(e)))
                + sum(transitions[a, b] for a, b in zip(p, p[1:], strict=False))
            ),
        )
        return list(best)

    for e, path in zip(scores, paths, strict=True):
        assert path == brute(e)
    assert chain.viterbi([np.zeros((0, 2))]) == [[]]


def test_a_full_score_table_starts_afresh_with_the_same_labels(dev, monkeypatch):
    """The table of syllable scores is bounded (`TOKEN_ROWS`): when it is full it is
    cleared, and the labels are those of an unbounded table."""
    from tomtat.facts import recognizer
    from tomtat.facts.recognizer import Recognizer

    sentences = [s.tokens for s in dev[:400]]
    want = default().tag_many(sentences)
    small = Recognizer()
    monkeypatch.setattr(recognizer, "TOKEN_ROWS", 300)
    got = [labels for k in range(0, len(sentences), 20) for labels in small.tag_many(sentences[k : k + 20])]
    assert got == want
    assert len(small.emissions._tokens) < 300 + max(
        sum(len(t) for t in sentences[k : k + 20]) for k in range(0, 400, 20)
    )


def test_lexicon_marks_the_longest_entry_and_units_only_at_a_capital():
    from tomtat.facts.recognizer import Lexicon

    lexicon = Lexicon(
        {("công", "an"): "dict", ("anh", "sơn"): "adm", ("vinh",): "adm", ("hà", "nhì"): "dictname"}
    )
    lows = ["công", "an", "huyện", "anh", "sơn", "về", "vinh", "anh", "sơn", "hà", "nhì"]
    shapes = ["T", "L", "L", "T", "L", "L", "T", "L", "L", "T", "L"]
    out = [[] for _ in lows]
    lexicon.mark(lows, shapes, out)
    assert out[0] == ["lx:B-dict"] and out[1] == ["lx:I-dict"]
    assert out[3] == ["lx:B-adm"] and out[4] == ["lx:I-adm"]
    assert out[6] == ["lx:B-adm"]
    assert out[7] == [] and out[8] == []  # "anh sơn" in lowercase: not the district
    assert out[9] == ["lx:B-dictname"]
    assert Lexicon.from_dict(lexicon.to_dict()).phrases == lexicon.phrases


def test_the_shipped_lexicon_is_read_with_the_model():
    from tomtat.facts import recognizer

    r = default()
    assert recognizer.LEXICON_PATH.is_file() and r.gazetteer.lexicon is not None
    assert len(r.gazetteer.lexicon.phrases) > 10_000
    assert any(k.startswith("lx:") for k in r.chain.attributes)


def test_an_acronym_in_brackets_after_an_organisation_is_that_organisation():
    from tomtat.facts.recognizer import acronyms_after_organisations

    tokens = "Hiệp hội Cà phê Ca cao ( VICOFA ) và ông Lê Bình ( TP ) dự họp".split()
    labels = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    labels += ["B-PER", "I-PER", "O", "O", "O", "O", "O"]
    acronyms_after_organisations(tokens, labels)
    assert labels[7] == "B-ORG"  # VICOFA
    assert labels[14] == "O"  # after a person, a bracketed acronym is no organisation of his


def test_two_organisations_joined_by_and_are_two():
    """A span the CRF runs over "và" into a second body's name is parted; an official
    name with "và" inside it (no body's head word after it) stays whole."""
    from tomtat.facts.recognizer import organisations_joined_by_and

    tokens = "Hôm qua Tổ chức Mẫu Quốc tế và Tổ chức Bảo vệ Trẻ em ra báo cáo".split()
    labels = ["O", "O", "B-ORG"] + ["I-ORG"] * 11 + ["O", "O", "O"]
    organisations_joined_by_and(tokens, labels)
    assert [" ".join(tokens[a:b]) for a, b, _ in decode(labels)] == ["Tổ chức Mẫu Quốc tế", "Tổ chức Bảo vệ Trẻ em"]
    tokens = "Bộ Lao động - Thương binh và Xã hội ban hành thông tư".split()
    labels = ["B-ORG"] + ["I-ORG"] * 8 + ["O", "O", "O", "O"]
    organisations_joined_by_and(tokens, labels)
    assert [" ".join(tokens[a:b]) for a, b, _ in decode(labels)] == ["Bộ Lao động - Thương binh và Xã hội"]


def test_an_organisation_ends_before_what_it_did():
    """A span the CRF runs on into the body's verb ends before it; a name with lowercase
    words of its own stays whole."""
    from tomtat.facts.recognizer import organisations_end_before_a_verb

    tokens = "Tập đoàn Mẫu Việt long trọng tuyên bố khởi công nhà máy".split()
    labels = ["B-ORG"] + ["I-ORG"] * 6 + ["O"] * 3
    organisations_end_before_a_verb(tokens, labels)
    assert [" ".join(tokens[a:b]) for a, b, _ in decode(labels)] == ["Tập đoàn Mẫu Việt long trọng"]
    tokens = "Ban quản lý dự án giao thông đã bàn giao cây cầu".split()
    labels = ["B-ORG"] + ["I-ORG"] * 6 + ["O"] * 3
    organisations_end_before_a_verb(tokens, labels)
    assert [" ".join(tokens[a:b]) for a, b, _ in decode(labels)] == ["Ban quản lý dự án giao thông"]
    tokens = "Hiệp hội Doanh nghiệp nhỏ và vừa Mẫu Sơn họp phiên thường niên".split()
    labels = ["B-ORG"] + ["I-ORG"] * 8 + ["O"] * 3
    organisations_end_before_a_verb(tokens, labels)
    assert [" ".join(tokens[a:b]) for a, b, _ in decode(labels)] == ["Hiệp hội Doanh nghiệp nhỏ và vừa Mẫu Sơn"]
    tokens = "Hội đồng nhân dân tỉnh Mẫu họp phiên bất thường".split()
    labels = ["B-ORG"] + ["I-ORG"] * 5 + ["O"] * 4
    organisations_end_before_a_verb(tokens, labels)
    assert [" ".join(tokens[a:b]) for a, b, _ in decode(labels)] == ["Hội đồng nhân dân tỉnh Mẫu"]


def test_a_name_tagged_once_is_that_name_at_its_other_mentions():
    """A name the CRF tagged in one sentence of a document is labelled, with its most
    frequent type, where it stands alone elsewhere in it untagged; not where it is part
    of a longer capitalised run, not where something else is tagged, not in another
    document."""
    from tomtat.facts.recognizer import names_everywhere

    sentences = [
        "Đảng Mẫu Xanh và đảng PXT cùng ra tuyên bố".split(),
        "Tại hội đồng thành phố , PXT mất thêm hai ghế".split(),
        "PXT bác bỏ tin đồn".split(),
        "Hội đồng PXT Quốc tế họp".split(),
        "Ông Tovarek cho biết PXT sẽ họp".split(),
    ]
    labels = [
        ["O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "O", "O"],
        ["O"] * 9,
        ["O"] * 4,
        ["O"] * 5,
        ["O", "B-PER", "O", "O", "B-LOC", "O", "O"],
    ]
    names_everywhere(sentences, labels)
    found = [[(" ".join(t[a:b]), k) for a, b, k in decode(labs)] for t, labs in zip(sentences, labels, strict=True)]
    assert found == [
        [("Mẫu Xanh", "ORG"), ("PXT", "ORG")],
        [("PXT", "ORG")],
        [("PXT", "ORG")],  # opening the sentence: still the name
        [],  # inside a longer capitalised run: another name
        [("Tovarek", "PER"), ("PXT", "LOC")],  # tagged otherwise: the CRF's label stays
    ]
    alone = ["Tại hội đồng thành phố , PXT mất ghế".split()]
    untouched = [["O"] * 8]
    names_everywhere(alone, untouched)
    assert untouched == [["O"] * 8]
    # a longer name with the same first word does not run past a sentence's end
    sentences = ["Tân Lộc và Tân thắng".split(), "Gặp Tân".split()]
    labels = [["B-LOC", "I-LOC", "O", "B-PER", "O"], ["O", "O"]]
    names_everywhere(sentences, labels)
    assert labels == [["B-LOC", "I-LOC", "O", "B-PER", "O"], ["O", "B-PER"]]


def test_a_name_after_a_body_noun_is_a_body_throughout_its_document():
    """Invented sentences: "công ty Velmont" says that Velmont, which the CRF took for a
    person there and elsewhere, is a firm at every mention; a person after "tình báo"
    (not the newspaper "báo") and a person never written after such a noun stay persons."""
    from tomtat.facts.recognizer import bodies_by_their_noun

    sentences = [
        "Velmont vừa công bố lợi nhuận quý ba".split(),
        "Ông Karel Dunn , giám đốc công ty Velmont , cho biết".split(),
        "Sĩ quan tình báo Lê Văn Tâm kể lại".split(),
    ]
    labels = [
        ["B-PER", "O", "O", "O", "O", "O", "O", "O"],
        ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-PER", "O", "O", "O"],
        ["O", "O", "O", "O", "B-PER", "I-PER", "I-PER", "O", "O"],
    ]
    assert [len(t) for t in sentences] == [len(labs) for labs in labels]
    bodies_by_their_noun(sentences, labels, words=frozenset({("tình", "báo")}))
    found = [[(" ".join(t[a:b]), k) for a, b, k in decode(labs)] for t, labs in zip(sentences, labels, strict=True)]
    assert found == [
        [("Velmont", "ORG")],
        [("Karel Dunn", "PER"), ("Velmont", "ORG")],
        [("Lê Văn Tâm", "PER")],
    ]


def test_a_name_before_a_comma_and_a_body_noun_is_a_body():
    """Invented sentences: "Velmora, tập đoàn mỹ phẩm ..." is an apposition that says
    what Velmora is, at every mention; a person opening with a family name before a
    comma and "Công ty" is a person and where he works; a comma before a body's noun
    and its name is an enumeration, and a name after a person's title a person."""
    from tomtat.facts.recognizer import bodies_by_their_noun

    sentences = [
        "Velmora , tập đoàn mỹ phẩm lớn nhất , vừa có lãi".split(),
        "Cổ đông lớn của Velmora bán cổ phần".split(),
        "Ông Trần Văn Hùng , Công ty Sông Lam , cho biết".split(),
    ]
    labels = [
        ["B-PER", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
        ["O", "O", "O", "O", "B-PER", "O", "O", "O"],
        ["O", "B-PER", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
    ]
    assert [len(t) for t in sentences] == [len(labs) for labs in labels]
    bodies_by_their_noun(sentences, labels)
    found = [[(" ".join(t[a:b]), k) for a, b, k in decode(labs)] for t, labs in zip(sentences, labels, strict=True)]
    assert found == [[("Velmora", "ORG")], [("Velmora", "ORG")], [("Trần Văn Hùng", "PER"), ("Công ty Sông Lam", "ORG")]]

    # an enumeration of bodies, and a coach's name before a clause on his team
    sentences = [
        "cổ phiếu của Velmora , Tập đoàn Hải Long và Sông Lam".split(),
        "dưới tay huấn luyện viên Karel , đội bóng chưa thua".split(),
    ]
    labels = [
        ["O", "O", "O", "B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"],
        ["O", "O", "O", "O", "O", "B-PER", "O", "O", "O", "O", "O"],
    ]
    assert [len(t) for t in sentences] == [len(labs) for labs in labels]
    before = [list(labs) for labs in labels]
    bodies_by_their_noun(sentences, labels)
    assert labels == before


def test_the_title_of_a_work_is_no_person():
    """Invented sentences: "ca khúc 'Mây Chiều'" names a song, here and where the
    article writes it alone; after "chú" the same words are a person, and a director's
    name is untouched."""
    from tomtat.facts.recognizer import works_are_no_names

    sentences = [
        "Ca sĩ Lan Anh ra mắt ca khúc ' Mây Chiều ' tuần trước".split(),
        "Mây Chiều đứng đầu bảng xếp hạng".split(),
        "Bộ phim kể về chú Mây Chiều và con trâu".split(),
        "Đạo diễn Trần Hùng nói về phim mới".split(),
    ]
    labels = [
        ["O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O"],
        ["B-PER", "I-PER", "O", "O", "O", "O", "O"],
        ["O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O"],
        ["O", "O", "B-PER", "I-PER", "O", "O", "O", "O"],
    ]
    assert [len(t) for t in sentences] == [len(labs) for labs in labels]
    works_are_no_names(sentences, labels)
    found = [[(" ".join(t[a:b]), k) for a, b, k in decode(labs)] for t, labs in zip(sentences, labels, strict=True)]
    assert found == [[("Lan Anh", "PER")], [], [("Mây Chiều", "PER")], [("Trần Hùng", "PER")]]


def test_a_firm_named_after_its_noun_and_trade_is_a_body():
    """Invented lines: "hãng công nghệ Velmor" names a firm the CRF read as a person, here
    and where the article writes it alone; "công ty của ông X" names no firm X."""
    from tomtat.facts.recognizer import bodies_by_their_noun, default

    words = default().two_syllable_words
    sentences = [
        "Ngày 10/9 , hãng công nghệ Velmor giới thiệu điện thoại mới".split(),
        "Velmor cho biết máy sẽ bán từ tháng 10".split(),
        "Cổ phần của công ty thuộc về ông Karel Dunn".split(),
    ]
    labels = [
        ["O"] * 6 + ["B-PER"] + ["O"] * 5,
        ["B-PER"] + ["O"] * 8,
        ["O"] * 8 + ["B-PER", "I-PER"],
    ]
    assert [len(t) for t in sentences] == [len(labs) for labs in labels]
    bodies_by_their_noun(sentences, labels, words)
    found = [[(" ".join(t[a:b]), k) for a, b, k in decode(labs)] for t, labs in zip(sentences, labels, strict=True)]
    assert found == [[("Velmor", "ORG")], [("Velmor", "ORG")], [("Karel Dunn", "PER")]]


def test_an_age_group_s_team_is_an_organisation_but_a_tournament_s_region_is_no_team():
    """Invented lines: "U23 Velmora" read as a place becomes the team with its age group;
    "giải U16 châu Á" names a tournament's region and stays as it is."""
    from tomtat.facts.recognizer import age_group_teams

    tokens = "U23 Hải Long thắng U23 Velmora ở giải U16 châu Á".split()
    labels = ["O", "B-LOC", "I-LOC", "O", "O", "B-LOC", "O", "O", "O", "B-LOC", "I-LOC"]
    age_group_teams(tokens, labels)
    assert [(" ".join(tokens[a:b]), k) for a, b, k in decode(labels)] == [
        ("U23 Hải Long", "ORG"),
        ("U23 Velmora", "ORG"),
        ("châu Á", "LOC"),
    ]
    # the age group inside the place's span: the team too; a tournament's stays
    tokens = "U19 Velmora gặp U19 Đông Nam Á".split()
    labels = ["B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC"]
    age_group_teams(tokens, labels)
    assert [(" ".join(tokens[a:b]), k) for a, b, k in decode(labels)] == [
        ("U19 Velmora", "ORG"),
        ("U19 Đông Nam Á", "LOC"),
    ]


def test_a_ship_or_a_storm_named_like_a_person_is_no_person():
    """Invented sentences: a carrier named after a person ("tàu sân bay Karel Dunn"), then
    written alone, and a storm with a person's name are no persons; where the document
    also names him with his title ("Đô đốc Karel Dunn") he stays a person everywhere,
    and a place after "tàu chiến" is left alone."""
    from tomtat.facts.recognizer import works_are_no_names

    sentences = [
        "Hôm qua tàu sân bay Karel Dunn cập cảng Sông Lam".split(),
        "Đô đốc Karel Dunn từng chỉ huy tàu chiến Velmora".split(),
        "Karel Dunn sẽ rời cảng tuần sau".split(),
        "Đêm qua bão Velma đổ bộ vào".split(),
    ]
    labels = [
        ["O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC"],
        ["O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC"],
        ["B-PER", "I-PER", "O", "O", "O", "O", "O"],
        ["O", "O", "O", "B-PER", "O", "O", "O"],
    ]
    assert [len(t) for t in sentences] == [len(labs) for labs in labels]
    works_are_no_names(sentences[3:], labels[3:])
    assert labels[3] == ["O"] * 7
    works_are_no_names(sentences[:3], labels[:3])
    found = [[(" ".join(t[a:b]), k) for a, b, k in decode(labs)] for t, labs in zip(sentences, labels, strict=True)]
    # the admiral's title makes "Karel Dunn" a person in this document
    assert found[:3] == [
        [("Karel Dunn", "PER"), ("Sông Lam", "LOC")],
        [("Karel Dunn", "PER"), ("Velmora", "LOC")],
        [("Karel Dunn", "PER")],
    ]
    sentences, labels = sentences[:1] + sentences[2:3], [labels[0], labels[2]]
    labels = [
        ["O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC"],
        ["B-PER", "I-PER", "O", "O", "O", "O", "O"],
    ]
    works_are_no_names(sentences, labels)
    found = [[(" ".join(t[a:b]), k) for a, b, k in decode(labs)] for t, labs in zip(sentences, labels, strict=True)]
    assert found == [[("Sông Lam", "LOC")], []]


def test_a_name_written_after_a_person_s_title_is_no_work_where_a_caption_puts_a_film_before_it():
    """Invented glued captions: "Một cảnh phim Lan Anh - Minh Tú" puts "phim" before a
    singer's name; the article also writes "ca sĩ Lan Anh" (or "chị Lan Anh"), so she stays
    a person everywhere. A kin word of a folk tale ("chú Mít") is no such evidence."""
    from tomtat.facts.recognizer import works_are_no_names

    sentences = [
        "Một cảnh phim Lan Anh - Minh Tú năm 2003".split(),
        "Nữ ca sĩ Lan Anh sinh năm 1980".split(),
        "Lan Anh đi hát từ nhỏ".split(),
    ]
    labels = [
        ["O", "O", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O"],
        ["O", "O", "O", "B-PER", "I-PER", "O", "O", "O"],
        ["B-PER", "I-PER", "O", "O", "O", "O"],
    ]
    works_are_no_names(sentences, labels)
    assert [[" ".join(t[a:b]) for a, b, _ in decode(labs)] for t, labs in zip(sentences, labels, strict=True)] == [
        ["Lan Anh", "Minh Tú"],
        ["Lan Anh"],
        ["Lan Anh"],
    ]
    sentences = ["Truyện chú Mít kể về cây đa".split(), "Ai cũng biết Mít".split(), "phim Mít ra rạp".split()]
    labels = [["O", "O", "B-PER", "O", "O", "O", "O"], ["O", "O", "O", "B-PER"], ["O", "B-PER", "O", "O"]]
    works_are_no_names(sentences, labels)
    assert labels == [["O", "O", "B-PER", "O", "O", "O", "O"], ["O", "O", "O", "O"], ["O", "O", "O", "O"]]


def test_a_people_named_after_nguoi_or_bo_toc_is_no_person():
    """Invented sentences: "bộ tộc Velmor" and "người Velmor" name a people, here and
    where the article writes the name alone; "người" closing a word ("con người") is no
    such noun, and a name also written after an honorific stays a person."""
    from tomtat.facts.recognizer import peoples_are_no_persons

    sentences = [
        "Bộ tộc Velmor sống trong rừng sâu".split(),
        "người Velmor dựng nhà trên cây".split(),
        "Velmor tin vào thần rừng".split(),
        "Ông Trần Hùng đã gặp họ".split(),
    ]
    labels = [
        ["O", "O", "B-PER", "O", "O", "O", "O"],
        ["O", "B-PER", "O", "O", "O", "O"],
        ["B-PER", "O", "O", "O", "O"],
        ["O", "B-PER", "I-PER", "O", "O", "O"],
    ]
    assert [len(t) for t in sentences] == [len(labs) for labs in labels]
    peoples_are_no_persons(sentences, labels)
    found = [[(" ".join(t[a:b]), k) for a, b, k in decode(labs)] for t, labs in zip(sentences, labels, strict=True)]
    assert found == [[], [], [], [("Trần Hùng", "PER")]]

    sentences = ["con người Hải Long ấy".split(), "anh Sông Lam là người Sông Lam".split()]
    labels = [["O", "O", "B-PER", "I-PER", "O"], ["O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER"]]
    peoples_are_no_persons(sentences, labels, words=frozenset({("con", "người")}))
    assert labels == [["O", "O", "B-PER", "I-PER", "O"], ["O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER"]]


def test_titles_and_captions_are_tagged_with_the_story_s_sentences():
    """Invented story: the body writes "tập đoàn Hoàng Long Minh", the title the firm's
    name alone, which read alone looks like a person's. Tagged with the body as one
    document, the title's name is the firm, not a person of its own."""
    import tomtat
    from tomtat.model import Page

    page = Page(
        id="a",
        title="Hoàng Long Minh báo lỗ quý thứ ba liên tiếp",
        text="Tập đoàn Hoàng Long Minh vừa công bố báo cáo tài chính quý III với khoản lỗ 20 triệu USD.\n"
        "Đại diện tập đoàn Hoàng Long Minh cho biết doanh thu giảm mạnh ở thị trường châu Âu.",
    )
    story = tomtat.summarize([page])
    kinds = {e.name: e.type for e in story.entities}
    assert "PER" not in kinds.values(), kinds


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from(["Tân", "Lộc", "An", "và", "ở"]), st.sampled_from("OBI")), max_size=8),
        max_size=4,
    )
)
def test_carrying_names_keeps_every_sentence_s_length(rows):
    """Whatever the document, each sentence keeps one label per token."""
    from tomtat.facts.recognizer import names_everywhere

    sentences = [[w for w, _ in row] for row in rows]
    labels = [[x if x == "O" else f"{x}-PER" for _, x in row] for row in rows]
    names_everywhere(sentences, labels)
    assert [len(x) for x in labels] == [len(x) for x in sentences]


def test_an_article_a_call_carries_names_and_lifts_dev_f1(dev):
    """Each dev article's sentences tagged in one call with `document=True`: measured
    F1 0.871 (0.864 a sentence a call); the floor sits between the two, so the
    document pass losing its gain fails."""
    recognizer = default()
    by_doc: dict[str, list] = {}
    for s in dev:
        by_doc.setdefault(s.doc, []).append(s)
    tp = fp = fn = 0
    for sents in by_doc.values():
        for s, labels in zip(sents, recognizer.tag_many([s.tokens for s in sents], document=True), strict=True):
            gold, got = spans_of(s.labels), set(decode(labels))
            tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    p, r = tp / (tp + fp), tp / (tp + fn)
    assert 2 * p * r / (p + r) >= 0.868, (p, r)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]), max_size=15))
def test_decode_reads_bio_as_a_tagger_means_it(labels):
    """A name opens at B- (or at an I- after anything but its own type) and runs over the
    I- of its type; checked against a plain reading of every position."""
    expected, start, kind = [], None, None
    for k, lab in enumerate([*labels, "O"]):
        inside = lab != "O" and lab[0] == "I" and lab[2:] == kind
        if start is not None and not inside:
            expected.append((start, k, kind))
            start = None
        if lab != "O" and (lab[0] == "B" or start is None):
            start, kind = k, lab[2:]
    assert decode(labels) == expected


def test_a_body_s_name_stops_at_a_comma_before_running_text():
    from tomtat.facts.recognizer import _without_lowercase_clause, tokenize

    def cut(text: str) -> str:
        toks = tokenize(text)
        end = _without_lowercase_clause(toks, 0, len(toks))
        return text[: toks[end - 1][1]]

    assert cut("Cục Dự báo Thời tiết, mưa lớn kéo dài") == "Cục Dự báo Thời tiết"
    # an enumeration closed by "và", a capitalised part, and words a comma pairs stay whole
    assert cut("Ủy ban Văn hóa, giáo dục, thanh niên và nhi đồng") == "Ủy ban Văn hóa, giáo dục, thanh niên và nhi đồng"
    assert cut("Bộ Văn hóa, Thể thao") == "Bộ Văn hóa, Thể thao"
    assert cut("Cục An ninh mạng và phòng, chống tội phạm") == "Cục An ninh mạng và phòng, chống tội phạm"
    assert cut("Sở Giao thông, vận tải") == "Sở Giao thông, vận tải"


def test_the_shipped_gazetteer_is_the_one_the_training_script_builds(shared_dir):
    """The shipped files are what `scripts/train_ner.py` writes from VLSP 2018 train: a
    change to how the data is read (normalization, folding) shows here, before the model
    drifts from its script (the CRF itself takes two minutes to retrain; its file was
    compared byte for byte when it was last trained)."""
    import json

    from tomtat.eval.vlsp_ner import read_part
    from tomtat.facts.recognizer import GAZETTEER_PATH, Gazetteer

    train = read_part(shared_dir / "data" / "vlsp2018-ner" / "train")
    built = Gazetteer.build((s.tokens, s.labels) for s in train)
    shipped = json.loads(GAZETTEER_PATH.read_text(encoding="utf-8"))
    assert json.loads(json.dumps(built.to_dict(), ensure_ascii=False)) == shipped


def test_an_english_company_word_makes_a_body_and_an_acronym_after_a_title_is_the_title_s_body():
    """"Torvin Resources", "Karel Holdings": companies, not people. "Người phát ngôn KDF
    Torvin Karel": the acronym is the spokesman's body, the name after it his; a
    province after an acronym ("LĐLĐ Hà Tĩnh") stays the body's branch."""
    recognizer = default()

    def names(text):
        return [(n.text, n.type) for n in recognizer.names(text)]

    assert names("Torvin Resources cho biết sản lượng tăng.") == [("Torvin Resources", "ORG")]
    assert names("Karel Holdings cho biết doanh thu quý này tăng.") == [("Karel Holdings", "ORG")]
    assert names("Người phát ngôn KDF Torvin Karel cho hay cậu bé vẫn khỏe.") == [
        ("KDF", "ORG"),
        ("Torvin Karel", "PER"),
    ]
    assert names("Phó Chủ tịch LĐLĐ Hà Tĩnh cho biết.") == [("LĐLĐ Hà Tĩnh", "ORG")]
