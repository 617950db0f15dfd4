from tomtat.cleaning.article import clean_page
from tomtat.dedup import fold_duplicates
from tomtat.model import Story
from tomtat.text.segment import segment_article

A = [
    "Bão số 5 đổ bộ vào các tỉnh ven biển miền Trung trong đêm qua với sức gió cấp 11.",
    "Hơn 40.000 người dân đã được sơ tán khỏi vùng nguy hiểm trước khi bão vào bờ.",
    "Nhiều tuyến đường bị ngập sâu, giao thông tê liệt trong nhiều giờ liền sáng nay.",
    "Chính quyền các địa phương đang khẩn trương khắc phục hậu quả và hỗ trợ người dân.",
]
B = [
    "Giá lúa tại Đồng bằng sông Cửu Long tăng nhẹ trong tuần qua nhờ nhu cầu xuất khẩu.",
    "Các doanh nghiệp cho biết đơn hàng gạo sang Philippines và Indonesia tăng mạnh.",
    "Nông dân phấn khởi vì vụ lúa đông xuân năm nay được mùa và được giá.",
]


def _story(*texts):
    story = Story(id="t")
    for k, text in enumerate(texts):
        story.articles.append(segment_article(clean_page_text(f"a{k}", text)))
    return fold_duplicates(story)


def clean_page_text(pid, text):
    from tomtat.model import Page

    return clean_page(Page(id=pid, text=text, title="Tin"))


def test_exact_and_reframed_copies_are_folded_distinct_kept():
    original = "\n".join(A)
    framed = "Trang chủ\nTin liên quan\n" + "\n".join(A) + "\nTheo Báo Khác\nBình luận"
    rewritten_first = "\n".join(
        ["Đêm qua, cơn bão mạnh nhất năm đã quét qua miền Trung gây nhiều thiệt hại."] + A[1:] + [A[0]]
    )
    distinct = "\n".join(B)
    story = _story(original, framed, rewritten_first, distinct)
    dup = {a.id: a.duplicate_of for a in story.articles}
    assert dup == {"a0": None, "a1": "a0", "a2": "a0", "a3": None}


def test_shared_sentence_is_kept_once_and_credits_both():
    one = "\n".join(A[:2] + B[:1])
    two = "\n".join([A[1]] + B[1:])
    story = _story(one, two)
    shared = [s for a in story.articles for s in a.sentences if s.text == A[1]]
    kept = [s for s in shared if s.duplicate_of is None]
    assert len(kept) == 1 and kept[0].sources == ["a0", "a1"]


def test_large_story_finds_copies_through_lsh(vnmds_dir):
    from tomtat import dedup
    from tomtat.model import Article

    bodies = sorted(vnmds_dir.glob("cluster_*/*.body.txt"))[: dedup.EXACT_UP_TO + 20]
    story = Story(id="pool")
    for k, path in enumerate(bodies):
        text = path.read_text(encoding="utf-8-sig").strip()
        story.articles.append(segment_article(Article(id=f"a{k}", paragraphs=[text])))
    copied = story.articles[5].paragraphs[0]
    story.articles.append(segment_article(Article(id="copy", paragraphs=["Trang chủ", copied, "Bình luận"])))
    fold_duplicates(story)
    dup = {a.id: a.duplicate_of for a in story.articles if a.duplicate_of}
    assert dup == {"copy": "a5"}


def test_minhash_signatures_and_bands_are_datasketchs():
    """`tomtat.minhash` computes the signatures datasketch 2 computes (stores written with
    datasketch stay valid) and uses the bands it chooses for the threshold."""
    import random

    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from tomtat import minhash
    from tomtat.dedup import ARTICLE_THRESHOLD

    rng = random.Random(5)
    for _ in range(40):
        items = {
            " ".join(rng.choice(["cầu", "đường", "Hà", "Nội", "thông", "xe", "1,2", "km"]) for _ in range(3)).encode()
            for _ in range(rng.randint(0, 200))
        }
        theirs = MinHash(num_perm=minhash.NUM_PERM, seed=minhash.SEED)
        theirs.update_batch(list(items))
        assert np.array_equal(minhash.signature(items), theirs.hashvalues)
    lsh = MinHashLSH(threshold=ARTICLE_THRESHOLD, num_perm=minhash.NUM_PERM)
    assert (lsh.b, lsh.r) == (minhash.BANDS, minhash.ROWS)


def test_bands_find_a_near_copy_and_not_a_stranger():
    from tomtat import minhash

    words = [f"từ{k}" for k in range(300)]
    original = {" ".join(words[k : k + 3]).encode() for k in range(len(words) - 2)}
    copy = set(list(original)[:280]) | {b"khac 1 2", b"khac 3 4"}
    stranger = {f"xa{k} la{k} nhau{k}".encode() for k in range(300)}
    bands = minhash.Bands()
    bands.insert("original", minhash.signature(original))
    assert bands.query(minhash.signature(copy)) == {"original"}
    assert bands.query(minhash.signature(stranger)) == set()


def test_bands_give_the_candidates_of_a_table_per_band():
    """The packed single table answers as one dictionary per band keyed by the band's
    bytes would, on signatures that share some bands and not others."""
    import numpy as np

    from tomtat import minhash

    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**32, (40, minhash.NUM_PERM), dtype=np.uint64)
    sigs = []
    for k in range(400):  # each a mix of two base signatures, band by band
        a, b = base[rng.integers(40)], base[rng.integers(40)]
        pick = np.repeat(rng.random(minhash.BANDS) < 0.5, minhash.ROWS)
        sig = np.where(np.resize(pick, minhash.NUM_PERM), a, b)
        if k % 7 == 0:
            sig = rng.integers(0, 2**32, minhash.NUM_PERM, dtype=np.uint64)  # a stranger
        sigs.append(sig)
    bands = minhash.Bands()
    reference: list[dict[bytes, list[int]]] = [{} for _ in range(minhash.BANDS)]

    def rows(sig):
        raw = np.asarray(sig, dtype=np.uint32)
        return [raw[k * minhash.ROWS : (k + 1) * minhash.ROWS].tobytes() for k in range(minhash.BANDS)]

    for k, sig in enumerate(sigs):
        expected = set()
        for table, band in zip(reference, rows(sig), strict=True):
            expected.update(table.get(band, ()))
        assert bands.query(sig) == expected
        if k % 3:
            bands.insert(k, sig)
            for table, band in zip(reference, rows(sig), strict=True):
                table.setdefault(band, []).append(k)
    assert any(len(bands.query(s)) > 1 for s in sigs)  # shared bands were tested


def test_removing_a_page_from_the_bands_is_never_having_added_it():
    import numpy as np

    from tomtat import minhash

    rng = np.random.default_rng(5)
    base = rng.integers(0, 2**32, (5, minhash.NUM_PERM), dtype=np.uint64)
    sigs = [base[k % 5] if k % 2 else rng.integers(0, 2**32, minhash.NUM_PERM, dtype=np.uint64) for k in range(30)]
    full, partial = minhash.Bands(), minhash.Bands()
    for k, sig in enumerate(sigs):
        full.insert(k, sig)
        if k % 3:
            partial.insert(k, sig)
    for k, sig in enumerate(sigs):
        if not k % 3:
            full.remove(k, sig)
    assert full.table == partial.table
    assert all(full.query(s) == partial.query(s) for s in sigs)


def test_a_copy_is_folded_within_a_month_of_its_original_and_the_index_forgets_older_pages():
    import numpy as np

    from tomtat import minhash
    from tomtat.collection.fold import COPY_WITHIN_DAYS, NearDuplicates
    from tomtat.collection.ingest import Doc

    words = [f"từ{k}" for k in range(300)]
    grams = {" ".join(words[k : k + 3]).encode() for k in range(len(words) - 2)}
    sig = minhash.signature(grams)

    def doc(day):
        article = clean_page_text("p", " ".join(A))
        return Doc(article, sig, len(grams), np.zeros(0), np.zeros(0), np.zeros(0), day)

    near = NearDuplicates()
    near.add("original", sig, len(grams), 100.0)
    assert near.original_of(doc(100.0 + COPY_WITHIN_DAYS)) == "original"
    assert near.original_of(doc(100.0 - COPY_WITHIN_DAYS)) == "original"
    assert near.original_of(doc(None)) == "original"
    assert near.original_of(doc(100.0 + COPY_WITHIN_DAYS + 1)) is None  # the same words, months later
    assert near.forget_before(100.0) == 0 and len(near) == 1
    assert near.forget_before(100.5) == 1 and len(near) == 0
    assert near.original_of(doc(100.0)) is None and not near.lsh.table


def test_a_sentence_like_two_kept_ones_joins_the_earlier_every_time():
    # c is as close to a as to b (8 of 10 bigrams each), a and b are not one sentence
    # (7 of 11): c joins a, the first kept, whatever order the sets hash in (60 stories:
    # when the order decided, some of them went to b under any hash seed)
    import random

    from tomtat.dedup import fold_sentences
    from tomtat.model import Article, Sentence

    pool = "mưa lớn kéo dài làm ngập nhiều tuyến phố trung tâm gió mạnh đường sạt lở đất đá cây đổ".split()
    rng = random.Random(7)
    for _ in range(60):
        core = rng.sample(pool, 12)
        texts = {"a": [core[10], *core[1:10]], "b": [*core[:9], core[11]], "c": core[:10]}
        story = Story(id="t")
        for aid, words in texts.items():
            story.articles.append(Article(id=aid, sentences=[Sentence(" ".join(words), aid, 1, 0, words)]))
        fold_sentences(story)
        a, b, c = (art.sentences[0] for art in story.articles)
        assert a.duplicate_of is None and b.duplicate_of is None
        assert c.duplicate_of == ("a", 0)
        assert a.sources == ["a", "c"]


def test_a_later_article_that_adds_to_the_first_is_kept_and_its_repeats_folded():
    """A follow-up that reprints the first report and adds sentences of its own is no
    copy: what it adds stays in the story; the sentences it repeats are folded."""
    added = [
        "Chiều nay, Sở Giao thông vận tải cho biết đã huy động 30 xe cứu hộ đến các điểm ngập.",
        "Ông Trần Văn Lộc, giám đốc sở, nói các tuyến chính sẽ thông xe trước tối mai.",
        "Các trường học ở ba huyện ven biển cho học sinh nghỉ thêm một ngày để dọn dẹp.",
    ]
    story = _story("\n".join(A), "\n".join(added[:1] + A + added[1:]))
    later = story.articles[1]
    assert later.duplicate_of is None
    kept = [s.text for s in later.sentences if s.duplicate_of is None]
    assert any("30 xe cứu hộ" in t for t in kept) and any("thông xe" in t for t in kept)
    assert all(s.duplicate_of is not None for s in later.sentences if s.text in A)
