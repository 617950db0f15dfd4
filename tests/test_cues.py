"""Furniture cues: the fast paths in front of their regular expressions give the
expressions' own answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.cleaning import cues
from tomtat.cleaning.cues import _CAPTION_CUE, has_caption_cue


def _search(text: str) -> bool:
    return bool(_CAPTION_CUE.search(text.strip()))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Người dân chờ xe buýt ở bến. Ảnh: Hồng Vân", True),
        ("ẢNH: TƯ LIỆU", True),
        ("VİDEO: lễ khai mạc", True),  # dotted capital I: IGNORECASE matches it with "i"
        ("Vıdeo: lễ khai mạc", True),  # dotless i, likewise
        ("Đồ họa: Minh Khôi", True),
        ("Giá xăng giảm lần thứ ba |", True),
        ("(Ảnh minh họa)", True),
        ("Ông Nguyễn Văn An nói với phóng viên rằng giá sẽ tăng.", False),
        ("Các em nhận học bổng tại lễ trao giải - Ảnh: Q.H.", True),  # initials keep their dots
        ("Cầu mới. Ảnh: Minh Anh. Theo kế hoạch, cầu thông xe vào tháng sau.", False),
    ],
)
def test_caption_cue_on_written_lines(text, expected):
    assert has_caption_cue(text) == expected == _search(text)


_PIECES = ["Ảnh", "ẢNH", "VİDEO", "Vıdeo", "ſ", "Photo", "Clip", "Đồ họa", "minh họa", "|", ":", "(", ")"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.sampled_from([" ", ". ", "Lan"]), st.text(max_size=3)),
        max_size=10,
    )
)
def test_caption_cue_prefilter_gives_the_search_answer(pieces):
    text = "".join(pieces)
    assert has_caption_cue(text) == _search(text)


def _junk_by_listing_letters(text: str) -> bool:
    import re

    letters = re.findall(r"[^\W\d_]", text)
    return len(letters) <= 1 or (len(letters) < 4 and not re.search(r"[^\W\d_]{3}", text))


@pytest.mark.parametrize("text", ["123", "***", "a", "1 b 2", "ab 12", "abc", "a b c d", "Tin mới", "", "— 2 —"])
def test_junk_on_written_lines(text):
    from tomtat.cleaning.cues import is_junk

    assert is_junk(text) == _junk_by_listing_letters(text)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["a", "Đ", "ể", "1", "_", " ", "-", "*", "ab", "xyz"]), max_size=9).map("".join))
def test_junk_gives_the_answer_of_listing_every_letter(text):
    from tomtat.cleaning.cues import is_junk

    assert is_junk(text) == _junk_by_listing_letters(text)


def test_strip_credit_keeps_the_caption_and_drops_the_photo_credit():
    from tomtat.cleaning.cues import strip_credit

    assert strip_credit("Lính Mỹ trên một cao điểm. Ảnh: Larry Burrows.") == "Lính Mỹ trên một cao điểm."
    assert strip_credit("Phòng điều khiển trung tâm. (Ảnh: Thành Hữu/Vietnam+)") == "Phòng điều khiển trung tâm."
    assert strip_credit("Giá vàng tăng mạnh trong phiên sáng nay.") == "Giá vàng tăng mạnh trong phiên sáng nay."
    assert strip_credit("Ảnh: Hoàng Hà") == "Ảnh: Hoàng Hà"


def test_a_sharing_button_is_a_widget_and_someone_sharing_their_view_is_not():
    for widget in ("Chia sẻ", "Chia sẻ:", "Chia sẻ | Facebook Zalo", "Chia sẻ bài viết", "Share"):
        assert cues.is_follow_widget(widget), widget
    for said in (
        "Chia sẻ với phóng viên, ông Nam cho biết giá rau sẽ giảm vào tuần tới.",
        "Chia sẻ của bà Lan khiến nhiều người xúc động",
    ):
        assert not cues.is_follow_widget(said), said


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lê Hồng Nhung (Tổng hợp)", True),  # a writer who compiled the piece
        ("Q.Anh (t/h)", True),
        ("(Tổng hợp)", True),
        ("ĐỖ VĂN HẢI (Lược dịch)", True),
        ("Giá lúa tăng mạnh (Tổng hợp)", False),  # a clause, not a name
        ("Hải Yến/VTV-Ban Thời sự", True),  # the writer, then the outlet's desk
        ("Tin cũ/xem thêm ở trang sau", False),
        ("Giá xăng giảm/Theo ông Bình, giá sẽ còn giảm", False),
    ],
)
def test_byline_conventions_of_compiled_pieces_and_desks(text, expected):
    assert cues.looks_like_byline(text) is expected


def test_a_byline_signed_with_its_time_and_a_reporter_who_took_the_photos():
    # a writer (and outlet) with the time the piece went up: the byline without the stamp
    assert cues.signed_with_stamp("Lan Chi - Báo Sông Hồng | 07:30 14/03/2021") == "Lan Chi - Báo Sông Hồng"
    assert cues.signed_with_stamp("Khánh Vy | 21:05 02/11/2020") == "Khánh Vy"
    # a teaser's headline with its stamp, a bare stamp: no byline
    assert cues.signed_with_stamp("Giá vàng lập đỉnh mới | 07:30 14/03/2021") is None
    assert cues.signed_with_stamp("Tin mới | 07:30 14/03/2021") is None
    assert cues.signed_with_stamp("Lan Chi - Báo Sông Hồng") is None
    # "Tin, ảnh: X" credits the reporter; "Tin ảnh" alone is the photo-news section
    for credit in ("Tin-ảnh: Đ.Khoa", "Tin, ảnh: Lan Chi - Khánh Vy", "Bài, ảnh: Quang Duy"):
        assert not cues.is_section_header(credit) and cues.looks_like_byline(credit), credit
    assert cues.is_section_header("Tin ảnh")
    assert cues.is_section_header("Tin ảnh: Phố cổ ngày mưa") and not cues.names_only("Phố cổ ngày mưa")


def test_credited_names_what_a_caption_or_credit_line_credits():
    assert cues.credited("Người dân đổ về quảng trường. Ảnh: Trần Hải Nam.") == "Trần Hải Nam"
    assert cues.credited("(Nguồn ảnh: Reuters)") == "Reuters"
    assert cues.credited("Ảnh: AFP") == "AFP"
    assert cues.credited("Người dân đổ về quảng trường.") is None


def test_minutes_of_day_reads_a_lone_time_only():
    assert cues.minutes_of_day("14h30") == 870
    assert cues.minutes_of_day(" 09:05 GMT+7 ") == 545
    assert cues.minutes_of_day("2:05 PM") == 845
    assert cues.minutes_of_day("25:10") is None
    assert cues.minutes_of_day("Cập nhật 14h30") is None
    assert cues.minutes_of_day("Lúc 14h30, đoàn xe đã đến nơi.") is None


def test_a_line_in_capitals_is_a_writer_only_when_it_can_be_names():
    assert cues.looks_like_byline("NGUYỆT PHƯƠNG")
    assert cues.looks_like_byline("MINH ANH - THU HÀ")
    assert cues.looks_like_byline("THEO TTXVN")
    # intertitles set in capitals: a word of grammar, or more syllables than a name has
    assert not cues.looks_like_byline("GIÁ VÉ KHÔNG ĐỔI")
    assert not cues.looks_like_byline("NGƯỜI DÂN HÀO HỨNG ĐÓN TẾT")
    assert not cues.looks_like_name_line("Giá Vé Vẫn Không Đổi")
    assert cues.looks_like_name_line("Luật sư Nguyễn Văn Bình")


def test_a_link_to_another_article_inside_the_body_is_furniture():
    assert cues.is_inline_link("Xem thêm: Giá xăng giảm mạnh trong kỳ điều chỉnh chiều nay")
    assert cues.is_inline_link("TIN LIÊN QUAN: Người dân đổ xô đi mua vé tàu về quê dịp nghỉ lễ")
    # a paragraph that merely opens with the words goes on as sentences
    assert not cues.is_inline_link("Xem thêm: Thành phố đã có kế hoạch. Các quận sẽ triển khai ngay trong tháng.")
    assert not cues.is_inline_link("Giá vàng: tăng mạnh trong phiên sáng nay")
    assert not cues.is_inline_link("Tin, ảnh: Mạc Lan")  # a byline, not a link


def test_an_embedded_post_or_player_is_furniture():
    assert cues.is_embed("— Sample News (@samplenews) July 18, 2022")
    assert cues.is_embed("We will keep working on this. pic.twitter.com/a1B2c3D4e5")
    assert cues.is_embed("YouTube video player")
    assert not cues.is_embed("Ông Lê Văn An - Giám đốc Sở Y tế - cho biết đã có 20 ca mắc mới trong ngày.")


def test_a_dateline_in_capitals_is_no_word_of_the_text():
    assert cues.without_dateline("HÀ NỘI - Mưa lớn kéo dài từ đêm qua.") == "Mưa lớn kéo dài từ đêm qua."
    assert cues.without_dateline("TP.HCM – Giá xăng giảm.") == "Giá xăng giảm."
    # a body's acronym, a name in its own case: the text's words
    assert cues.without_dateline("ASEAN - Trung Quốc ký thỏa thuận mới.") == "ASEAN - Trung Quốc ký thỏa thuận mới."
    assert cues.without_dateline("Hà Nội - Hải Phòng là tuyến cao tốc.") == "Hà Nội - Hải Phòng là tuyến cao tốc."
    assert cues.without_dateline("NHẬT BẢN - ĐỐI TÁC LỚN NHẤT") == "NHẬT BẢN - ĐỐI TÁC LỚN NHẤT"  # an intertitle


def test_an_intertitle_in_capitals_that_opens_on_a_credit_word_is_no_byline():
    # "Dịch", "Theo", "Tổng hợp" open credits ("Dịch: X", "Theo AFP"); in capitals and
    # going on past a short credit without a colon, the line is an intertitle
    for line in ("DỊCH BỆNH LAN RỘNG Ở MIỀN TÂY", "THEO CHÂN NGƯỜI LÍNH BIÊN PHÒNG", "TỔNG HỢP Ý KIẾN CỬ TRI CÁC TỈNH"):
        assert not cues.looks_like_byline(line), line
    for line in ("THEO AFP", "TỔNG HỢP: MINH ANH", "DỊCH: HOÀNG LAN", "BÀI VÀ ẢNH: NGUYỄN VĂN AN"):
        assert cues.looks_like_byline(line), line


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nội dung: Thu Hà", "writer"),  # a long-form page's credits, instead of a byline
        ("Thực hiện: Lan Chi - Khánh Vy", "writer"),
        ("NỘI DUNG: THU HÀ", "writer"),
        ("Bài viết: Quang Duy", "writer"),
        ("Thiết kế: Minh Khoa", "other"),  # who made the page, not the text
        ("Ảnh bìa: Quang Huy", "other"),
        ("Đồ họa: Minh Khoa, Lan Chi", "other"),
        # a review's or a report's label, then what it says: no names
        ("Thiết kế: máy có thân vỏ bằng nhôm nguyên khối", None),
        ("Thiết kế: Nokia giữ nguyên kiểu dáng cũ", None),
        ("Nội dung: Hội nghị bàn về việc tăng lương tối thiểu vùng", None),
        ("Thực hiện: chỉ đạo của Thủ tướng", None),
    ],
)
def test_production_credits_name_who_wrote_and_who_made_a_page(text, kind):
    assert cues.production_credit(text) == kind
    assert cues.looks_like_byline(text) is (kind == "writer")
    assert cues.is_credit_only(text) is (kind == "other")


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("Nghe bài viết", True),  # a player that reads the article aloud
        ("Nghe đọc bài viết 04:12", True),
        ("Giọng đọc: Nam miền Trung", True),
        ("Giọng nữ miền Bắc", True),
        ("Tốc độ: 1.25x", True),
        ("00:00 / 03:48", True),
        ("A- A+ In bài Lưu bài", True),  # text size, print, save
        ("Cỡ chữ", True),
        ("Thu Hà Phóng viên Theo dõi", True),  # the author's box and its follow button
        # sentences that mention the same words
        ("Nghe tin con bị tai nạn, bà vội bắt xe về quê ngay trong đêm", False),
        ("Giọng đọc của nghệ sĩ khiến nhiều khán giả xúc động", False),
        ("Bà Thu Hà, phóng viên thường trú, theo dõi vụ việc từ đầu", False),
        ("Người dân nghe bài phát biểu qua loa phát thanh của xã", False),
    ],
)
def test_reading_tools_are_told_from_sentences_that_name_them(text, tool):
    assert cues.is_reading_tool(text) is tool


def test_a_credit_word_that_is_also_a_noun_opens_a_heading_before_a_lowercase_word():
    """ "Nguồn" is a credit's cue ("Nguồn: Reuters") and the noun of "nguồn nước";
    "Dịch" a translator's credit and an epidemic. Before a lowercase word with no colon
    they open a heading, not a credit."""
    from tomtat.cleaning.cues import looks_like_byline

    for heading in ("Nguồn nước ngầm cạn dần", "Dịch sốt xuất huyết lan rộng", "Nguồn vốn cho nông dân"):
        assert not looks_like_byline(heading), heading
    for credit in ("Nguồn: Reuters", "Nguồn tin: TTXVN", "Nguồn ảnh : Internet", "Nguồn Bộ Y tế", "Dịch: Thu Hà"):
        assert looks_like_byline(credit), credit
