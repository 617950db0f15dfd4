import unicodedata

import pytest

from tomtat.text.normalize import fold, normalize_line, normalize_syllable, normalize_text, strip_diacritics


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("HOÀ", "HÒA"),
        ("Thuý", "Thúy"),
        ("vơí", "với"),
        ("ngừơi", "người"),
        ("tuỳ", "tùy"),
        ("hoàng", "hoàng"),
        ("quá", "quá"),
        ("giá", "giá"),
        ("gì", "gì"),
        ("quỳnh", "quỳnh"),
        ("ngoài", "ngoài"),
        ("khuỷu", "khuỷu"),
        ("thuế", "thuế"),
        ("xoáy", "xoáy"),
        ("mía", "mía"),
    ],
)
def test_tone_marks_follow_one_style(given, expected):
    assert normalize_syllable(given) == expected


def test_non_vietnamese_words_are_left_alone():
    for word in ["José", "Jae-in", "Zakharova", "café", "TP.HCM"]:
        assert normalize_line(word) == word


def test_decomposed_input_becomes_nfc_and_same_key():
    decomposed = unicodedata.normalize("NFD", "Hoà bình")
    assert normalize_line(decomposed) == "Hòa bình"
    assert fold("hoà bình") == fold("Hòa Bình")


def test_quotes_and_spaces():
    assert normalize_line('Ông nói:  "Tôi  đi"\u00a0nhé\u200b') == "Ông nói: “Tôi đi” nhé"
    assert normalize_line("«Chào»") == "“Chào”"
    assert normalize_text("a\r\nb\rc") == "a\nb\nc"


def test_an_apostrophe_inside_a_name_is_kept_as_written_and_compared_as_any():
    # inside a word "’" is part of the name ("Đắk R’Lấp"); elsewhere it closes a quotation
    assert normalize_line("huyện Krông A’Na gọi là ‘vựa lúa’ của tỉnh") == "huyện Krông A’Na gọi là 'vựa lúa' của tỉnh"
    assert fold("Krông A’Na") == fold("Krông A'Na") == "krông a'na"


def test_strip_diacritics():
    assert strip_diacritics("Thượng đỉnh Đà Nẵng") == "Thuong dinh Da Nang"


def test_tone_normalisation_is_linear_on_hostile_runs():
    """A megabyte of letters that the old word pattern backtracked over quadratically
    (minutes): run in a child process that must finish far inside its time limit."""
    import subprocess
    import sys

    code = (
        "from tomtat.text.normalize import normalize_line\n"
        "normalize_line('a' * 1_000_000 + '1ă')\n"
        "normalize_line(('a' * 5000 + '1ă ') * 200)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=60, capture_output=True)
    assert done.returncode == 0, done.stderr


def test_a_long_line_is_folded_alike_whether_remembered_or_not():
    # a page's one long line is folded by several line tests in a row (a memo for texts
    # past the short memo's length); folding it must not depend on which memo answers
    from tomtat.text import normalize

    line = "Thủ tướng khẳng định: “Hoà bình là mục tiêu”, ông Nguyễn Văn A (TP.HCM) nói ngày 28/2. " * 40
    assert normalize._FOLD_MEMO_CHARS < len(line) <= normalize._LONG_FOLD_MEMO_CHARS
    assert normalize.fold(line) == normalize.fold(line) == normalize._folded(line)
    assert "hòa bình" in normalize.fold(line) and "TP" not in normalize.fold(line)
    huge = line * 20  # past both memos: folded afresh, the same way
    assert len(huge) > normalize._LONG_FOLD_MEMO_CHARS
    assert normalize.fold(huge) == normalize.fold(line) * 20


def test_capital_and_small_letter_classes_are_vietnamese_and_disjoint():
    """The regex classes every module writes Vietnamese letters with: "à-ỹ" as a range
    would hold "Đ", "Ư" and every capital with a tone, "Ạ-Ỹ" every small one ("ở")."""
    import re

    from tomtat.summary.features import needs_previous
    from tomtat.text.normalize import LOWER, UPPER

    capitals, smalls = UPPER[3:], LOWER[3:]
    assert all(c.isupper() for c in capitals) and all(c.islower() for c in smalls)
    assert [c.lower() for c in capitals] == list(smalls)
    for word in ("Đinh", "Ưng", "Ơn", "Ăn", "Ảnh", "Ởn", "Hải"):
        assert re.fullmatch(f"[{UPPER}][{LOWER}]+", word), word
        assert not re.match(f"[{LOWER}]", word), word
    for word in ("ở", "ảnh", "đà", "ưu"):
        assert re.match(f"[{LOWER}]", word) and not re.match(f"[{UPPER}]", word), word
    # a subject named after the honorific stands alone; a bare pronoun does not
    assert not needs_previous("Ông Đinh Văn Hải cho biết dự án sẽ khởi công vào tháng sau.")
    assert needs_previous("Ông đã cho biết dự án sẽ khởi công vào tháng sau.")
