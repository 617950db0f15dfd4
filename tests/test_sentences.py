import pytest

from tomtat.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ông Nam đến TP.HCM ngày 28/2. Ông ở lại hai ngày.",
            ["Ông Nam đến TP.HCM ngày 28/2.", "Ông ở lại hai ngày."],
        ),
        ("Dự án đã hoàn thành./. Hoàng Minh", ["Dự án đã hoàn thành./.", "Hoàng Minh"]),
        ("Ông. Trần Văn Bình có mặt.", ["Ông. Trần Văn Bình có mặt."]),
        ("Theo TS. Lê Hoa, GS. Trần Nam thì khác.", ["Theo TS. Lê Hoa, GS. Trần Nam thì khác."]),
        # stacked titles written as one word: the period after the last one ends nothing
        (
            "Theo PGS.TS. Lê Hoa, ThS.BS. Trần Nam và GS.TSKH. Vũ Minh, giá sẽ giảm. Họ đồng ý.",
            ["Theo PGS.TS. Lê Hoa, ThS.BS. Trần Nam và GS.TSKH. Vũ Minh, giá sẽ giảm.", "Họ đồng ý."],
        ),
        (
            "Họ về Q.1. Sau đó đến TP.HCM. Rồi ra sân của M.U. Trận đấu bắt đầu.",
            ["Họ về Q.1.", "Sau đó đến TP.HCM.", "Rồi ra sân của M.U.", "Trận đấu bắt đầu."],
        ),
        ("Khoảng 5.000 người dự. Giá 1.200.000 đồng.", ["Khoảng 5.000 người dự.", "Giá 1.200.000 đồng."]),
        (
            "Bà nói: “Chúng tôi sẵn sàng. Mọi thứ đã xong.” Sau đó bà rời đi.",
            ["Bà nói: “Chúng tôi sẵn sàng. Mọi thứ đã xong.”", "Sau đó bà rời đi."],
        ),
        (
            "Họ chờ đợi… Rồi mưa đến! Vì sao? Không ai biết.",
            ["Họ chờ đợi…", "Rồi mưa đến!", "Vì sao?", "Không ai biết."],
        ),
        ("Mọi thứ vẫn vậy... nhưng khác.", ["Mọi thứ vẫn vậy... nhưng khác."]),
        (
            "Đoàn tàu rời ga - Ảnh: TTXVN Theo kế hoạch, tàu chạy 3 tháng.",
            ["Đoàn tàu rời ga - Ảnh: TTXVN", "Theo kế hoạch, tàu chạy 3 tháng."],
        ),
        (
            "Cầu mới thông xe (Ảnh: Minh Anh) Tại lễ khánh thành, ông nói.",
            ["Cầu mới thông xe (Ảnh: Minh Anh)", "Tại lễ khánh thành, ông nói."],
        ),
        # an agency's one-word name ends its credit when a sentence follows it
        (
            "Tàu cập cảng hôm qua - Ảnh: TânCảngXanh Chiếc tàu mới này chở 500 hành khách.",
            ["Tàu cập cảng hôm qua - Ảnh: TânCảngXanh", "Chiếc tàu mới này chở 500 hành khách."],
        ),
        (
            "Ảnh: TTXVN TTXVN dẫn lời Bộ Y tế cho biết số ca mắc giảm.",
            ["Ảnh: TTXVN", "TTXVN dẫn lời Bộ Y tế cho biết số ca mắc giảm."],
        ),
        # a bracket opens a sentence only before a capital or a digit
        (
            "Xe máy do anh T.V.K. (sinh năm 1990, trú tại địa phương) điều khiển. (Ảnh minh họa)",
            ["Xe máy do anh T.V.K. (sinh năm 1990, trú tại địa phương) điều khiển.", "(Ảnh minh họa)"],
        ),
        # a name printed in capitals, an agency with its place: the credit goes on
        (
            "Cầu thủ ăn mừng - Ảnh: MINH KHÔI Sau đó đội khách gỡ hòa.",
            ["Cầu thủ ăn mừng - Ảnh: MINH KHÔI", "Sau đó đội khách gỡ hòa."],
        ),
        ("Nhân viên y tế lấy mẫu - Ảnh: CDC Hòa Bình", ["Nhân viên y tế lấy mẫu - Ảnh: CDC Hòa Bình"]),
        ("Hết hạn.Theo quy định thì phạt.", ["Hết hạn.", "Theo quy định thì phạt."]),
        ("Xem tại vov.vn hoặc J. Smith viết.", ["Xem tại vov.vn hoặc J. Smith viết."]),
        (
            "Ca sĩ hóa thân thành bác sĩ trong đêm hội tối qua Sau một đêm vui, ảnh lan khắp mạng.",
            ["Ca sĩ hóa thân thành bác sĩ trong đêm hội tối qua", "Sau một đêm vui, ảnh lan khắp mạng."],
        ),
        (
            "Xe bị ùn tắc kéo dài Chiều 5/3, hàng trăm xe vẫn nằm chờ.",
            ["Xe bị ùn tắc kéo dài", "Chiều 5/3, hàng trăm xe vẫn nằm chờ."],
        ),
        # a caption ending on a name or a date ran into the paragraph
        (
            "Đoàn cứu hộ tìm kiếm dọc sông (ảnh tư liệu) Sáng 3/4, lực lượng chức năng mở rộng vùng tìm kiếm.",
            ["Đoàn cứu hộ tìm kiếm dọc sông (ảnh tư liệu)", "Sáng 3/4, lực lượng chức năng mở rộng vùng tìm kiếm."],
        ),
        (
            "Nạn nhân được đưa đến một bệnh viện ở TP.HCM Ngày 5-4, gia đình đã làm thủ tục nhận.",
            ["Nạn nhân được đưa đến một bệnh viện ở TP.HCM", "Ngày 5-4, gia đình đã làm thủ tục nhận."],
        ),
        (
            "Hiện trường vụ cháy chiều 2/4 Tối 3/4, công an tỉnh cho biết đã xác định nguyên nhân.",
            ["Hiện trường vụ cháy chiều 2/4", "Tối 3/4, công an tỉnh cho biết đã xác định nguyên nhân."],
        ),
        # a name of a day is no date: "Ngày 8 tháng 3" after a name in capitals stays
        ("Hội LHPN Ngày 8 tháng 3 trao quà cho hội viên.", ["Hội LHPN Ngày 8 tháng 3 trao quà cho hội viên."]),
        (
            "Tổ chức Theo dõi Nhân quyền nói vậy tại Ngày hội sinh viên và lớp Sau đại học.",
            ["Tổ chức Theo dõi Nhân quyền nói vậy tại Ngày hội sinh viên và lớp Sau đại học."],
        ),
        (
            ">> Giá vàng tăng mạnh >> Tỷ giá ổn định Ngân hàng Nhà nước giữ nguyên lãi suất.",
            [">> Giá vàng tăng mạnh", ">> Tỷ giá ổn định Ngân hàng Nhà nước giữ nguyên lãi suất."],
        ),
        ("", []),
        # a small letter with a tone ("ở", "ảnh") opens no sentence, and a one-letter word
        # before a period is no initial ("nhà ở.")
        ("Họ mua rau, thịt… ở chợ Sông Lam.", ["Họ mua rau, thịt… ở chợ Sông Lam."]),
        ("Giá nông sản (thịt, rau…) ở miền Bắc ổn định.", ["Giá nông sản (thịt, rau…) ở miền Bắc ổn định."]),
        ("Gia đình khó tìm chỗ ở. Tại Hải Long, giá thuê tăng.", ["Gia đình khó tìm chỗ ở.", "Tại Hải Long, giá thuê tăng."]),
        # an opening quote after an ellipsis goes on the sentence unless a capital follows
        ("Anh bảo chiếc xe đã… “bay” qua cầu.", ["Anh bảo chiếc xe đã… “bay” qua cầu."]),
        # an ellipsis run into the next sentence ends the first
        ("Họ mang theo gậy gộc…Nhóm người bỏ chạy.", ["Họ mang theo gậy gộc…", "Nhóm người bỏ chạy."]),
        ("Khách đến từ Ai Cập...Mỗi năm một đông.", ["Khách đến từ Ai Cập...", "Mỗi năm một đông."]),
        # a photo credit in lowercase after a sentence is a piece of its own
        ("Ông bị kỷ luật. ảnh: Lê Văn A.", ["Ông bị kỷ luật.", "ảnh: Lê Văn A."]),
        ("Sách ra mắt hôm qua. (ảnh: AP) Trích đoạn sách.", ["Sách ra mắt hôm qua.", "(ảnh: AP) Trích đoạn sách."]),
    ],
)
def test_split(paragraph, expected):
    assert split_sentences(paragraph) == expected


def test_long_quote_is_split_inside():
    quote = " ".join(["Chúng tôi làm việc rất nhiều ngày đêm liền."] * 8)
    parts = split_sentences(f"Ông nói: “{quote}” Rồi đi.")
    assert len(parts) > 3


def test_initials_then_an_age_in_brackets_stay_one_sentence():
    text = (
        "Tại hiện trường, người đàn ông để lại giấy tờ mang tên L.V.K. (52 tuổi, ở huyện Tân Khê). "
        "Ngoài ra, ông K. còn để lại xe máy. Đội bóng thắng trước M.U. (1) Đây là điểm đầu tiên."
    )
    assert split_sentences(text) == [
        "Tại hiện trường, người đàn ông để lại giấy tờ mang tên L.V.K. (52 tuổi, ở huyện Tân Khê).",
        "Ngoài ra, ông K. còn để lại xe máy.",
        "Đội bóng thắng trước M.U.",
        "(1) Đây là điểm đầu tiên.",
    ]


def test_a_long_paragraph_remembered_is_split_as_afresh_and_never_shared():
    # an article printed on one line (past the short memo's length) is split three
    # times on every path; the remembered split must equal a fresh one, and a caller
    # that edits its list must not edit the next caller's
    from tomtat.text import sentences

    sentence = "Ông Nguyễn Văn A, Chủ tịch UBND TP.HCM, cho biết ngày 28/2 sẽ họp."
    paragraph = " ".join([sentence] * 60)
    assert sentences._MEMO_CHARS < len(paragraph) <= sentences._LONG_MEMO_CHARS
    first = split_sentences(paragraph)
    assert first == sentences._split(paragraph) and len(first) == 60
    first.pop()
    assert split_sentences(paragraph) == sentences._split(paragraph)


def test_a_name_written_with_a_period_stays_whole_but_a_glued_sentence_is_cut():
    assert split_sentences("Phút bù giờ, Man.City được hưởng quả phạt đền.") == [
        "Phút bù giờ, Man.City được hưởng quả phạt đền."
    ]
    assert len(split_sentences("Nhóm này rao bán tài khoản của trang Abc.Club trên nhiều diễn đàn mạng.")) == 1
    assert split_sentences("Trận đấu diễn ra ở Hải Phòng.Một ngày sau, đội bóng trở về.") == [
        "Trận đấu diễn ra ở Hải Phòng.",
        "Một ngày sau, đội bóng trở về.",
    ]
    assert split_sentences("Mưa đã gây ngập nhiều tuyến phố.Theo dự báo, mưa còn kéo dài.")[1].startswith("Theo")


def test_a_period_glued_after_a_number_ends_a_sentence_but_not_a_list_number_or_a_code():
    """Invented lines: "năm 2024.Giá" and "lúc 10:30.Sau" end a sentence; a list's
    number opening a line, a code with a number ("Covid-19.Theo" aside) and a decimal
    stay as they are."""
    assert split_sentences("Giá thép tăng 5% so với cùng kỳ năm 2024.Giá xi măng giữ nguyên.") == [
        "Giá thép tăng 5% so với cùng kỳ năm 2024.",
        "Giá xi măng giữ nguyên.",
    ]
    assert split_sentences("Cuộc họp kết thúc lúc 10:30.Sau đó đoàn đi thăm nhà máy.") == [
        "Cuộc họp kết thúc lúc 10:30.",
        "Sau đó đoàn đi thăm nhà máy.",
    ]
    for whole in (
        "3.Thiết lập cơ chế phối hợp giữa các bộ.",
        "Mẫu xe mới dùng hệ điều hành Velmor 16.Apple không bình luận gì thêm",
        "Tỷ lệ tăng 12.5% trong quý.",
    ):
        assert split_sentences(whole) == [whole]


def test_a_capitalised_honorific_and_a_full_name_after_a_lowercase_word_opens_a_caption():
    """Invented lines: a caption ran into the text ("... tại buổi lễ Ông Trần Văn A trao
    quà ..."); mid-sentence "ông"/"bà" are lowercase. Places written with "Bà" or "Ông"
    and a name after a lowercase honorific stay inside the sentence."""
    assert split_sentences("Lãnh đạo tỉnh phát biểu tại buổi lễ Ông Trần Văn Hùng trao quà cho các em.") == [
        "Lãnh đạo tỉnh phát biểu tại buổi lễ",
        "Ông Trần Văn Hùng trao quà cho các em.",
    ]
    assert split_sentences("Học sinh vượt khó học giỏi Bà Phạm Thị Lan, giám đốc quỹ, trao học bổng.") == [
        "Học sinh vượt khó học giỏi",
        "Bà Phạm Thị Lan, giám đốc quỹ, trao học bổng.",
    ]
    for whole in (
        "Đoàn xe đi qua phố Bà Triệu rồi về tỉnh Bà Rịa - Vũng Tàu trong đêm.",
        "Sau đó ông Trần Văn Hùng trao quà cho các em.",
        "Cửa hàng ở đường Ông Ích Khiêm mở cửa đến khuya.",
    ):
        assert split_sentences(whole) == [whole]


def test_a_letter_after_a_unit_or_a_label_ends_its_sentence_but_an_initial_does_not():
    """"41 độ C. Còn ...": a temperature's unit (or "bảng B.", "vitamin C.") closes the
    sentence; a single capital after a name stays an initial."""
    assert split_sentences("Nhiệt độ có thể lên tới 41 độ C. Còn giới chức địa phương đã cảnh báo.") == [
        "Nhiệt độ có thể lên tới 41 độ C.",
        "Còn giới chức địa phương đã cảnh báo.",
    ]
    assert len(split_sentences("Đội tuyển nằm ở bảng B. Các đội khác đã sẵn sàng.")) == 2
    assert len(split_sentences("Anh T. Hùng cho biết đã nộp đơn.")) == 1
