"""Line labels on hand-written pages with known layouts, and on the gold-labelled seeds."""

import csv
from pathlib import Path

import pytest

from tomtat.cleaning.lines import classify_lines
from tomtat.model import BODY, BOILERPLATE, LEAD

FIXTURE_PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.tsv"))


def _load(path: Path) -> tuple[str, list[str]]:
    labels, lines = [], []
    for row in path.read_text(encoding="utf-8").splitlines():
        label, text = row.split("\t", 1)
        labels.append(label)
        lines.append(text)
    return "\n\n".join(lines), labels  # blank lines between, as saved pages often have


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: p.stem)
def test_hand_written_pages(page):
    text, expected = _load(page)
    got = [line.label for line in classify_lines(text)]
    assert got == expected


def test_known_title_is_used_and_not_guessed():
    text = (
        "Mở rộng quốc lộ 1 qua Quảng Ngãi\n"
        + "Dự án mở rộng quốc lộ 1 dài 30 km được khởi công sáng nay với tổng vốn 2.000 tỷ đồng, dự kiến xong sau hai năm."
    )
    lines = classify_lines(text, known_title="Mở rộng quốc lộ 1 qua Quảng Ngãi")
    assert [line.label for line in lines] == ["title", "lead"]
    lines = classify_lines(text.split("\n")[1], known_title="Một tiêu đề khác hẳn")
    assert [line.label for line in lines] == ["body"]


def test_empty_and_furniture_only_pages_have_no_body():
    assert classify_lines("") == []
    furniture = "Trang chủ\nTin liên quan\nTin mới 01/01/2025 10:00\n111111"
    assert all(line.label == BOILERPLATE for line in classify_lines(furniture))


def _gold(gold_dir: Path, stem: str) -> dict[int, str]:
    with open(gold_dir / f"{stem}.labels.tsv", encoding="utf-8") as fh:
        return {
            int(r["line"]): r["label"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        }


def test_seed_pages_keep_every_body_and_lead_line_and_no_boilerplate(seeds_dir, gold_dir):
    tp = fp = fn = 0
    for page in sorted(seeds_dir.glob("*.txt")):
        gold = _gold(gold_dir, page.stem)
        for line in classify_lines(page.read_text(encoding="utf-8")):
            kept = line.label in (BODY, LEAD)
            wanted = gold[line.number] in (BODY, LEAD)
            tp += kept and wanted
            fp += kept and not wanted
            fn += wanted and not kept
    assert tp > 0
    assert fp == 0, "a boilerplate, caption or source line was kept as text"
    assert fn == 0, "a body or lead line was lost"


def test_seed_pages_line_labels_agree_with_gold(seeds_dir, gold_dir):
    agree = total = 0
    for page in sorted(seeds_dir.glob("*.txt")):
        gold = _gold(gold_dir, page.stem)
        for line in classify_lines(page.read_text(encoding="utf-8")):
            total += 1
            agree += gold[line.number] == line.label
    assert agree / total >= 0.97


def test_capitals_are_vietnamese_capitals_not_accented_lowercase():
    """"À-Ỹ" is no class of capitals: it holds "á", "đ", "ư". A line whose stop is
    followed by a lowercase word holds one sentence; two lowercase words are no name."""
    from tomtat.cleaning.lines import _INNER_STOP, _NAME
    from tomtat.text.normalize import UPPER

    assert all(c.isupper() for c in UPPER.replace("A-Z", ""))
    assert _INNER_STOP.search("Giá vàng tăng 2 lần. đó là mức cao nhất") is None
    assert _INNER_STOP.search("Giá vàng tăng 2 lần. Đó là mức cao nhất") is not None
    assert _NAME.search("người dân đã được sơ tán khỏi khu vực") is None
    assert _NAME.search("ông Đặng Văn Ánh đã được sơ tán") is not None


def test_a_name_under_a_compiled_note_after_the_body_signs_the_article():
    from tomtat.model import SOURCE

    text = "\n".join(
        [
            "Nông dân miền Tây trúng mùa lúa thu đông",
            "Vụ lúa thu đông năm nay, nông dân các tỉnh đồng bằng sông Cửu Long thu hoạch sớm "
            "hơn mọi năm, năng suất bình quân đạt gần 6 tấn mỗi héc-ta.",
            "Giá lúa tươi tại ruộng dao động quanh 7.000 đồng mỗi ký, cao hơn cùng kỳ năm trước "
            "khoảng 1.000 đồng, nên nhiều hộ có lãi sau nhiều vụ thua lỗ.",
            "Các thương lái cho biết nhu cầu gạo xuất khẩu vẫn ổn định đến cuối năm, nhất là ở "
            "các thị trường châu Á và châu Phi.",
            "(Tổng hợp)",
            "Kim Ngân",
        ]
    )
    labels = {line.text: line.label for line in classify_lines(text)}
    assert labels["(Tổng hợp)"] == SOURCE and labels["Kim Ngân"] == SOURCE


def test_a_reader_poll_after_the_article_is_no_closing_paragraph():
    """In trafilatura's main content a short last paragraph still belongs to the article;
    a question put to the reader with its options under it is a poll."""
    text = "\n".join(
        [
            "Thành phố sẽ lấy ý kiến người dân về đề án thu phí xe vào nội đô trong ba tháng tới.",
            "Nếu được thông qua, việc thu phí sẽ bắt đầu từ quý II năm sau ở các tuyến vành đai.",
            "Đề án sẽ được trình Hội đồng nhân dân vào cuối năm.",
            "Bạn có đồng ý với đề xuất này không?",
            "Đồng ý",
            "Không đồng ý",
            "Bình chọn",
        ]
    )
    labels = [line.label for line in classify_lines(text, html=True)]
    assert labels[:3] == [LEAD, BODY, BODY] or labels[:3] == [BODY, BODY, BODY], labels
    assert labels[3:] == [BOILERPLATE] * 4, labels


def test_a_row_of_figures_is_told_from_a_headline_with_a_colon():
    from tomtat.cleaning.lines import is_data_row

    for row in ("Nhiệt độ thấp nhất: 22 - 25 độ C", "Tỷ số: 2-1", "Giá bán lẻ: 12,5 triệu đồng"):
        assert is_data_row(row), row
    for headline in (
        "Thời tiết ngày 15/10: Bắc Bộ mưa rào, Nam Bộ nắng nóng",  # words after the colon
        "Sở Công thương: 80% cửa hàng xăng dầu đã mở cửa trở lại",  # a figure, then words
        "Nhiệt độ thấp nhất từ 22 đến 25 độ C",  # no label
    ):
        assert not is_data_row(headline), headline


def test_the_outlets_call_to_follow_is_no_closing_exclamation():
    body = [
        "Ba cách giữ phòng ngủ mát mẻ mùa nắng nóng",
        "Những ngày nắng nóng kéo dài, phòng ngủ hướng tây thường hầm bí suốt buổi tối dù đã bật quạt.",
        "Cách đơn giản nhất là kéo rèm cản nắng từ trưa đến chiều, rồi mở cửa sổ khi trời tắt nắng.",
        "Bạn cũng có thể đặt một chậu nước đá trước quạt để hơi lạnh lan khắp phòng.",
    ]
    for last, kept in (
        ("Hãy thử ngay tối nay để có một giấc ngủ ngon nhé!", True),
        ("Đừng quên theo dõi Nhà Đẹp Online để cập nhật thêm nhiều mẹo hay mỗi ngày!", False),
    ):
        labels = {line.text: line.label for line in classify_lines("\n".join([*body, last]))}
        assert (labels[last] in (LEAD, BODY)) is kept, labels[last]


def test_a_short_sentence_opening_on_a_clause_is_no_caption():
    """A short line between paragraphs that names something ("Công ty Sông Hồng", "Cổng
    Dịch vụ công") is a caption only if it is no clause: one that opens on a contrast or a
    subordinate clause set off by a comma is the article's sentence."""
    text = "\n".join(
        [
            "Dự án đường ven sông bị đình chỉ thi công",
            "Ủy ban nhân dân huyện đã yêu cầu chủ đầu tư dừng thi công tuyến đường ven sông vì "
            "chưa hoàn tất thủ tục giao đất và đánh giá tác động môi trường.",
            "Tuy nhiên, Công ty Sông Hồng vẫn thi công.",
            "Người dân trong khu vực đã nhiều lần phản ánh tiếng ồn và bụi từ công trường lên "
            "chính quyền địa phương trong hai tháng qua.",
            "Để phản ánh, người dân truy cập Cổng Dịch vụ công.",
            "Huyện cho biết sẽ xử phạt nghiêm nếu chủ đầu tư tiếp tục vi phạm quy định về xây "
            "dựng và bảo vệ môi trường trong thời gian tới.",
        ]
    )
    labels = {line.text: line.label for line in classify_lines(text)}
    assert labels["Tuy nhiên, Công ty Sông Hồng vẫn thi công."] == BODY
    assert labels["Để phản ánh, người dân truy cập Cổng Dịch vụ công."] == BODY


def test_a_short_line_whose_name_does_something_still_or_too_is_no_caption():
    """"X cũng góp giọng ...", "Y vẫn giữ ...": "cũng" and "vẫn" only come before a
    predicate, so the line is a clause, the article's last sentence, and no photo's caption
    ("Ca sĩ X trên sân khấu." stays one)."""
    body = [
        "Đêm nhạc mùa thu kết thúc sau ba giờ",
        "Hơn hai nghìn khán giả đã đến nhà hát lớn của thành phố Hải Long để nghe những ca khúc"
        " quen thuộc về mùa thu do các ca sĩ trẻ trình bày.",
        "Ban tổ chức cho biết toàn bộ tiền bán vé sẽ được dùng để xây thêm hai lớp học cho trẻ"
        " em vùng cao ở huyện Krông Bia trong năm tới.",
    ]
    for last, kept in (
        ("Hoa khôi Minh Em cũng góp giọng trong tiết mục cuối.", True),
        ("Nhạc sĩ Lê Văn An vẫn ngồi ở hàng ghế đầu.", True),
        ("Ca sĩ Mỹ Hạnh trên sân khấu.", False),
    ):
        labels = {line.text: line.label for line in classify_lines("\n".join([*body, last]))}
        assert (labels[last] in (LEAD, BODY)) is kept, labels[last]


def test_a_paragraph_of_sentences_left_unfinished_is_still_prose():
    """Tips under dashes whose last sentence the writer left unfinished hold sentences
    ended and begun inside the line: article paragraphs, which keep the body together
    over the photos between them."""
    caption = "Thí sinh ôn bài tại thư viện"
    body = [
        "Chỉ còn ít ngày nữa là kỳ thi tốt nghiệp bắt đầu, các thầy cô khuyên học sinh giữ "
        "tâm lý thoải mái và ôn tập theo kế hoạch đã đặt ra từ trước.",
        "Theo các giáo viên, học sinh nên rà soát lại kiến thức cơ bản của từng môn thay vì "
        "cố gắng học thêm những dạng bài mới trong những ngày cuối.",
        "Mẹo làm bài:",
        "- LÀM CÂU DỄ TRƯỚC: Đề thi được sắp xếp từ dễ đến khó. Nhưng điều này chỉ là tương "
        "đối. Có bạn mạnh phần hình, có bạn mạnh phần đại số nên cần",
        "- KIỂM TRA ĐÁP ÁN: Làm xong câu nào tô luôn câu đó. Tránh dồn việc tô đến cuối giờ. "
        "Nhiều bạn đã tô nhầm vì vội",
        "Về sức khỏe, học sinh cần ngủ đủ giấc, ăn uống điều độ và không thức khuya trong "
        "những ngày sát kỳ thi để giữ sự tỉnh táo khi vào phòng thi.",
        "Các trường cũng đã tổ chức những buổi thi thử để học sinh làm quen với áp lực thời "
        "gian và cách phân bổ thời gian cho từng phần của đề thi.",
    ]
    lines = ["Trang chủ", "Giáo dục", "Thầy cô dặn dò học sinh trước kỳ thi tốt nghiệp"]
    for k, line in enumerate(body):
        lines += [line, caption if k % 2 else "Học sinh trao đổi bài trước giờ thi"]
    labels = {line.text: line.label for line in classify_lines("\n".join(lines))}
    assert labels[body[0]] in (LEAD, BODY)
    assert all(labels[line] == BODY for line in body[1:] if line != "Mẹo làm bài:"), labels


def test_a_roundups_heading_naming_who_advises_is_no_caption():
    """"TS X: Ôn lại ..." over a section is a heading of the article (who speaks, then
    what they advise), where a photo's caption names and places."""
    heading = "TS Lê Văn Minh (Đại học Sư phạm): Ôn lại kiến thức cơ bản trước ngày thi"
    text = "\n".join(
        [
            "Trang chủ",
            "Giáo dục",
            "Lời khuyên của thầy cô trước kỳ thi tốt nghiệp",
            "Chỉ còn ít ngày nữa là kỳ thi tốt nghiệp bắt đầu, nhiều thầy cô đã chia sẻ kinh "
            "nghiệm ôn tập và làm bài cho học sinh lớp 12 trên cả nước.",
            heading,
            "Theo thầy Minh, trong những ngày cuối học sinh không nên học thêm kiến thức mới mà "
            "cần hệ thống lại những phần trọng tâm của chương trình lớp 12.",
            "Học sinh cũng nên làm lại các đề thi của những năm trước để quen với cấu trúc đề và "
            "phân bổ thời gian hợp lý cho từng phần.",
        ]
    )
    labels = {line.text: line.label for line in classify_lines(text)}
    assert labels[heading] == BODY, labels


def test_an_intertitle_between_the_sapo_and_a_body_an_ad_slot_parts_is_article_text():
    # headline, date, sapo; an intertitle, one paragraph, an advertisement slot, the rest:
    # the sapo and the first paragraph are lone lines, and the first paragraph joins the
    # rest only across the ad slot; then the sapo, under the intertitle, joins them all
    sapo = (
        "Chỉ còn vài ngày nữa, hàng triệu thí sinh sẽ bước vào kỳ thi tốt nghiệp, các thầy cô "
        "gửi tới các em những lời khuyên để ôn thi hiệu quả."
    )
    first = (
        "Theo cô Lan, giáo viên môn Ngữ văn, thí sinh cần giữ tâm lý bình tĩnh, ôn lại kiến "
        "thức cơ bản, luyện đề và ngủ đủ giấc."
    )
    rest = [
        f"Lời khuyên {k}: thí sinh nên ôn lại kiến thức cơ bản của kỳ thi tốt nghiệp, luyện "
        "đề theo thời gian quy định và tránh học dồn."
        for k in range(1, 5)
    ]
    text = "\n".join(
        [
            "Trang chủ",
            "Giáo dục",
            "Lời khuyên của thầy cô trước kỳ thi tốt nghiệp",
            "Thứ hai, 04/07/2022 08:30",
            sapo,
            "Giữ tâm lý bình tĩnh trước giờ thi",
            first,
            "Quảng cáo",
            *rest,
        ]
    )
    labels = {line.text[:20]: line.label for line in classify_lines(text)}
    assert labels["Lời khuyên của thầy "] == "title"
    assert labels["Chỉ còn vài ngày nữa"] == LEAD
    assert labels["Giữ tâm lý bình tĩnh"] == BODY  # the intertitle: no box of teasers
    assert labels["Quảng cáo"] == BOILERPLATE


def _heat_wave_page(top: list[str], headline: str) -> str:
    """An invented flattened page: a long headline, a sapo, paragraphs on one heat wave
    in several countries, with an ad slot and a video (its source under it) among them."""
    return "\n".join(
        [
            *top,
            headline,
            "Thứ hai, 18/07/2022 08:30",
            "Nắng nóng kỷ lục đang bao trùm nhiều khu vực trên thế giới, khiến hàng nghìn người "
            "thiệt mạng và gây ra những vụ cháy rừng lớn.",
            "Tại châu Âu, nắng nóng kỷ lục gây cháy rừng ở Bồ Đào Nha và Tây Ban Nha, hàng nghìn "
            "người phải sơ tán khỏi nhà.",
            "Lính cứu hỏa nhiều nước châu Âu vẫn đang chống chọi với các vụ cháy rừng do nắng "
            "nóng kỷ lục kéo dài.",
            "Quảng cáo",
            "Tại Anh, ngày 19/7 là ngày oi bức nhất lịch sử, chính quyền khuyên dân chúng ở "
            "trong nhà và hạn chế ra đường.",
            "Video: Hà Nội khai trương tuyến phố đi bộ mới",
            "Nguồn: VTV24",
            "Tại châu Á, Trung Quốc cũng đang chờ đón đợt nắng nóng kỷ lục, nhiều nơi có thể "
            "xảy ra cháy rừng.",
            "Mỹ cũng hứng chịu nắng nóng kỷ lục, nhiều bang cảnh báo nguy cơ cháy rừng và thiếu "
            "nước sinh hoạt.",
            "Minh Anh",
            "Tin liên quan",
            "Khai trương chợ đêm bên bờ sông",
        ]
    )


def test_a_paragraph_between_an_ad_slot_and_a_video_is_read_with_the_article_around_it():
    labels = {line.text[:20]: line.label for line in classify_lines(_heat_wave_page([], "Thế giới oằn mình trong nắng nóng"))}
    assert labels["Tại châu Âu, nắng nó"] == BODY  # the passage above the ad slot and video
    assert labels["Tại Anh, ngày 19/7 l"] == BODY
    assert labels["Nắng nóng kỷ lục đan"] == LEAD
    assert labels["Thế giới oằn mình tr"] == "title"
    assert labels["Nguồn: VTV24"] != BODY and labels["Quảng cáo"] == BOILERPLATE


def test_a_breadcrumb_is_no_headline_and_a_brand_in_lowercase_opens_one():
    from tomtat.cleaning import cues

    for crumb in ("Trang chủ » Thời sự » Xã hội", "Trang chủ > Khoa học - Công nghệ", "Home › Tin tức"):
        assert cues.is_breadcrumb(crumb), crumb
    for line in ("Giá vàng > 80 triệu đồng/lượng", "Thời sự » Đà Nẵng: cháy lớn tại chợ Cồn đêm qua"):
        assert not cues.is_breadcrumb(line), line
    long_headline = (
        "Thế giới oằn mình trong đợt nắng nóng kỷ lục khiến hàng nghìn người thiệt mạng và hàng chục vụ cháy rừng"
    )
    page = _heat_wave_page(["Trang chủ » Thời sự » Thế giới"], long_headline)
    titles = [line.text for line in classify_lines(page) if line.label == "title"]
    assert titles == [long_headline]  # not the path over it, with the headline as the sapo
    brand = _heat_wave_page([], "iPhone cảnh báo người dùng về nắng nóng")
    assert [line.text for line in classify_lines(brand) if line.label == "title"] == [
        "iPhone cảnh báo người dùng về nắng nóng"
    ]


def test_the_headline_is_found_over_its_author_and_date_lines_and_under_a_teaser_column():
    from tomtat.cleaning import cues

    assert cues.signed_with_stamp("Thanh Hà | 18/07/2022 08:30") == "Thanh Hà"  # date, then time
    assert cues.signed_with_stamp("Thanh Hà | 08:30 18/07/2022") == "Thanh Hà"
    headline = "Thế giới oằn mình trong nắng nóng"
    page = _heat_wave_page([], headline).replace(
        "Thứ hai, 18/07/2022 08:30", "Thanh Hà | 18/07/2022 08:30\nThứ hai, 18/07/2022 08:30"
    )
    assert [line.text for line in classify_lines(page) if line.label == "title"] == [headline]
    # a side column of teaser headlines over a long headline printed without a period:
    # the last teaser is not the headline and the headline is no sapo
    long_headline = (
        "Thế giới oằn mình trong đợt nắng nóng kỷ lục khiến hàng nghìn người thiệt mạng và hàng chục vụ cháy rừng"
    )
    teasers = [
        "Khai trương chợ đêm bên bờ sông Hàn",
        "Giá xăng giảm lần thứ ba liên tiếp",
        "Đội tuyển bóng đá nữ lên đường dự giải châu Á",
    ]
    labels = {line.text: line.label for line in classify_lines(_heat_wave_page(teasers, long_headline))}
    assert labels[long_headline] == "title"
    assert all(labels[t] == BOILERPLATE for t in teasers)


def test_a_match_reported_minute_by_minute_is_one_article_with_its_report():
    report = [
        "Đội chủ nhà nhập cuộc tự tin, kiểm soát bóng tốt và liên tục gây sức ép lên khung "
        "thành đội khách ngay từ những phút đầu.",
        "Sang hiệp hai, đội khách chơi phòng ngự phản công và bất ngờ có bàn mở tỷ số sau một "
        "tình huống phạt góc.",
        "Phải đến những phút cuối, đội chủ nhà mới có bàn gỡ hòa và ấn định chiến thắng ở phút "
        "bù giờ thứ ba.",
    ]
    entries = [
        "Phút 90+3: Hết giờ, đội chủ nhà thắng 2-1",
        "Phút 90+2 - Bàn thắng: Tiền đạo số 9 đánh đầu cận thành sau đường tạt bóng từ cánh phải.",
        "Thủ môn đội khách đứng chôn chân",
        "Phút 85 - Bàn thắng: Cú sút xa đi chìm vào góc thấp khung thành.",
        "Hiệp hai",
        "Phút 46: Hai đội bước vào hiệp hai",
        "Phút 45+1: Hết hiệp một",
        "Phút 30 - Thẻ vàng: Trung vệ đội khách phạm lỗi với tiền đạo đối phương.",
    ]
    text = "\n".join(
        ["Thể thao", "Đội chủ nhà ngược dòng ở phút bù giờ", "Thứ bảy, 14/05/2022 23:30", *report, *entries,
         "Đội hình xuất phát", "Minh Anh"]
    )
    labels = {line.text: line.label for line in classify_lines(text)}
    for line in report + entries:
        assert labels[line] in (BODY, LEAD), line
    assert labels["Đội chủ nhà ngược dòng ở phút bù giờ"] == "title"


def test_a_signed_entry_of_a_live_blog_does_not_end_the_blog():
    """A live blog, newest first, whose first entry is only the reporter's signature
    ("Thực hiện: ..."): the blog goes on under the next time, so the headline, the sapo
    and every entry stay the article's."""
    entries = [
        "Đội cứu hộ đã tiếp cận được khu vực sạt lở thứ hai và đang dùng máy xúc mở đường vào thôn.",
        "Mưa đã ngớt từ trưa, mực nước sông Mẫu bắt đầu rút chậm nhưng nhiều tuyến đường vẫn ngập sâu.",
        "Tỉnh đã sơ tán hơn hai nghìn hộ dân ở các xã ven sông đến nơi an toàn từ tối hôm trước.",
        "Trung tâm dự báo cho biết mưa lớn còn kéo dài đến hết ngày mai ở các huyện miền núi của tỉnh.",
    ]
    text = "\n".join(
        [
            "Trang chủ",
            "Thời sự",
            "Trực tiếp: Mưa lũ ở tỉnh Mẫu, hàng nghìn hộ dân phải sơ tán",
            "Thứ hai, 18/7/2022 08:30",
            "Mưa lớn kéo dài từ đêm qua khiến nhiều xã của tỉnh Mẫu bị ngập sâu, hàng nghìn hộ dân phải sơ tán.",
            "16:45",
            "Thực hiện: Lan Chi",
            "16:30",
            entries[0],
            "16:15",
            entries[1],
            "16:00",
            entries[2],
            "15:45",
            entries[3],
            "© 2026 Báo Mẫu",
        ]
    )
    labels = {line.text: line.label for line in classify_lines(text)}
    assert labels["Trực tiếp: Mưa lũ ở tỉnh Mẫu, hàng nghìn hộ dân phải sơ tán"] == "title"
    assert labels[text.split("\n")[4]] == LEAD
    assert all(labels[e] == BODY for e in entries)
    assert labels["Thực hiện: Lan Chi"] == "source"


def test_the_headline_stands_above_the_pages_reading_tools():
    """Between the headline and the sapo a page sets its date, the author's box with a
    follow button, text-size buttons and an audio player (its voice, its length, its
    speed): flattened, these are lines of their own, none of them the headline."""
    sapo = "Mưa lớn kéo dài từ đêm qua khiến nhiều xã của tỉnh Mẫu bị ngập sâu, hàng nghìn hộ dân phải sơ tán."
    body = [
        "Đội cứu hộ đã tiếp cận được khu vực sạt lở thứ hai và đang dùng máy xúc mở đường vào thôn.",
        "Mưa đã ngớt từ trưa, mực nước sông Mẫu bắt đầu rút chậm nhưng nhiều tuyến đường vẫn ngập sâu.",
    ]
    text = "\n".join(
        [
            "Trang chủ",
            "Thời sự",
            "Mưa lũ ở tỉnh Mẫu, hàng nghìn hộ dân phải sơ tán",
            "Thứ hai, 18/7/2022 08:30",
            "Thu Hà Phóng viên Theo dõi",
            "A- A+ In bài Lưu bài",
            "Nghe bài viết",
            "Giọng đọc: Nữ miền Bắc",
            "00:00 / 03:48",
            "Tốc độ: 1x",
            sapo,
            *body,
            "© 2026 Báo Mẫu",
        ]
    )
    labels = {line.text: line.label for line in classify_lines(text)}
    assert labels["Mưa lũ ở tỉnh Mẫu, hàng nghìn hộ dân phải sơ tán"] == "title"
    assert labels[sapo] == LEAD and all(labels[b] == BODY for b in body)
    assert labels["Giọng đọc: Nữ miền Bắc"] == BOILERPLATE


def test_a_sentence_set_again_in_quotation_marks_is_a_pull_quote():
    """A page sets a sentence of a paragraph again, large and in quotation marks, a few
    paragraphs on: its words are kept in the paragraph, the line is ornament. Without the
    marks a sentence printed twice is the text's own (a closing paragraph restating one)."""
    said = "Chúng tôi sẽ giữ nghề gốm của làng bằng mọi giá, dù có phải dạy miễn phí cho lớp trẻ."
    paragraphs = [
        f"Ông Trần Văn Lộc năm nay đã ngoài bảy mươi tuổi nhưng vẫn đứng lò mỗi ngày. {said} Ông nói vậy khi tiễn khách.",
        "Khi nhiều xưởng trong làng đóng cửa vì thiếu thợ trẻ, ông mở lớp dạy nghề vào các buổi tối trong tuần.",
        f"“{said}”",
        "Đến nay đã có hơn ba mươi học viên theo học, nhiều người đã tự mở xưởng và bán hàng qua mạng.",
        "Chính quyền xã hỗ trợ xây một khu trưng bày chung để du khách tham quan và làm thử đồ gốm.",
        said,
    ]
    for html in (False, True):
        text = "\n".join(["Người giữ lửa lò gốm ven sông", *paragraphs[:-1], "© 2026 Báo Mẫu"])
        kept = [line.text for line in classify_lines(text, html=html) if line.label in (BODY, LEAD)]
        assert kept == [p for p in paragraphs[:-1] if not p.startswith("“")], html
        # no marks: the text's own restatement stays
        text = "\n".join(["Người giữ lửa lò gốm ven sông", *paragraphs[:2], *paragraphs[3:], "© 2026 Báo Mẫu"])
        kept = [line.text for line in classify_lines(text, html=html) if line.label in (BODY, LEAD)]
        assert kept == paragraphs[:2] + paragraphs[3:], html


def test_an_intertitle_without_a_stop_over_its_paragraphs_is_article_text():
    """A short phrase in sentence case with no final stop, over two paragraphs or more,
    is the heading of a section ("Mực nước ngầm hạ thấp"), kept in the flattened form
    as in HTML. (A caption is a sentence, or sits after nearly every paragraph: see
    `test_a_paragraph_of_sentences_left_unfinished_is_still_prose`.)"""
    headings = ["Mực nước ngầm hạ thấp", "Cần quy hoạch lại vùng trồng cây ăn quả"]
    paragraphs = [
        "Mùa khô năm nay đến sớm hơn mọi năm, nhiều giếng khoan của người dân ở các xã ven biển "
        "đã không còn bơm được nước từ giữa tháng hai.",
        "Nhiều hộ trồng sầu riêng, bưởi và chôm chôm cho biết vườn cây đang vào mùa ra hoa, đậu "
        "trái nên rất cần nước tưới đều đặn mỗi ngày.",
        "Theo cán bộ thủy lợi huyện, mực nước ngầm ở vùng này đã hạ thấp gần hai mét so với cùng "
        "kỳ năm ngoái, do khai thác quá mức trong nhiều năm.",
        "Người dân phải mua nước ngọt chở bằng xe bồn với giá cao gấp nhiều lần để tưới cho vườn "
        "cây ăn quả của gia đình.",
        "Các chuyên gia cho rằng việc trồng ồ ạt những loại cây cần nhiều nước ở vùng đất thiếu "
        "nguồn nước ngọt là nguyên nhân sâu xa của tình trạng này.",
        "Tỉnh đang lấy ý kiến người dân về phương án chuyển đổi một phần diện tích vườn cây ăn quả "
        "sang các loại cây chịu hạn tốt hơn trong vài năm tới.",
    ]
    lines = ["Trang chủ", "Kinh tế", "Miền Tây khô hạn, vườn cây ăn quả thiếu nước tưới"]
    lines += [*paragraphs[:2], headings[0], *paragraphs[2:4], headings[1], *paragraphs[4:]]
    labels = {line.text: line.label for line in classify_lines("\n".join(lines))}
    assert all(labels[h] == BODY for h in headings), labels
    assert all(labels[p] in (LEAD, BODY) for p in paragraphs), labels


def test_a_heading_opening_on_a_credit_word_does_not_end_the_article():
    """ "Nguồn nước ngầm cạn dần" between two passages is a heading: read as a source
    credit, it parted the passages and the first one left the article."""
    heading = "Nguồn nước ngầm cạn dần"
    paragraphs = [
        "Mùa khô năm nay đến sớm hơn mọi năm, nhiều giếng khoan của người dân ở các xã ven biển "
        "đã không còn bơm được nước từ giữa tháng hai.",
        "Nhiều hộ trồng sầu riêng, bưởi và chôm chôm cho biết vườn cây đang vào mùa ra hoa, đậu "
        "trái nên rất cần nước tưới đều đặn mỗi ngày.",
        "Theo cán bộ thủy lợi huyện, mực nước ngầm ở vùng này đã hạ thấp gần hai mét so với cùng "
        "kỳ năm ngoái, do khai thác quá mức trong nhiều năm.",
        "Người dân phải mua nước ngọt chở bằng xe bồn với giá cao gấp nhiều lần để tưới cho vườn "
        "cây ăn quả của gia đình.",
    ]
    lines = ["Trang chủ", "Kinh tế", "Miền Tây khô hạn, vườn cây ăn quả thiếu nước tưới"]
    lines += [*paragraphs[:2], heading, *paragraphs[2:]]
    labels = {line.text: line.label for line in classify_lines("\n".join(lines))}
    assert labels[heading] == BODY, labels
    assert all(labels[p] in (LEAD, BODY) for p in paragraphs), labels


def test_an_expert_roundup_after_the_report_is_article_text_in_the_flattened_form():
    """ "Ông X" / his position / what he said, then "PGS.TS Y" / hers / what she said: a
    roundup of experts closing the report, not its writer's signature (a writer signs with
    a bare name, which still signs after the last statement)."""
    said = [
        "Theo tôi, giá nhiều mặt hàng thiết yếu vẫn chưa giảm tương ứng với giá nhiên liệu vì doanh "
        "nghiệp còn phải bù đắp chi phí đầu vào đã tăng mạnh trong nửa đầu năm, cơ quan quản lý cần "
        "theo dõi sát để có biện pháp điều chỉnh phù hợp.",
        "Nếu giá nhiên liệu tiếp tục giữ ở mức thấp trong vài tháng tới, mặt bằng giá hàng hóa sẽ dần "
        "hạ nhiệt, nhưng doanh nghiệp cũng cần minh bạch chi phí để người tiêu dùng yên tâm khi mua sắm "
        "những mặt hàng thiết yếu cho gia đình.",
    ]
    lines = [
        "Trang chủ",
        "Kinh tế",
        "Giá nhiên liệu giảm, giá hàng hóa vẫn đứng yên",
        "Giá xăng dầu đã giảm ba lần liên tiếp trong tháng qua nhưng giá nhiều mặt hàng thiết yếu tại "
        "các chợ và siêu thị vẫn giữ nguyên, thậm chí một số mặt hàng còn tăng nhẹ.",
        "Người tiêu dùng cho biết chi tiêu cho bữa ăn hằng ngày của gia đình không hề giảm so với thời "
        "điểm giá nhiên liệu ở mức cao, trong khi thu nhập chưa được cải thiện.",
        "Ông Trần Quốc Hưng",
        "Phó Viện trưởng Viện Nghiên cứu Kinh tế Thị trường",
        said[0],
        "PGS.TS Lê Thị Mai",
        "Giảng viên Học viện Tài chính",
        said[1],
        "Minh Anh",
        "Tin liên quan",
        "Giá vàng hôm nay tăng mạnh",
    ]
    labels = {line.text: line.label for line in classify_lines("\n".join(lines))}
    assert all(labels[s] == BODY for s in said), labels
    assert labels["Minh Anh"] == "source", labels


def test_an_intertitle_right_under_the_sapo_is_no_headline():
    """Headline, time, sapo, then an intertitle opening the body: the line right above
    the body's run looks like a headline, but a paragraph stands over it and the page's
    headline over that; the sapo is the article's first paragraph, not furniture."""
    headline = "Bắt giữ nhóm đối tượng trộm cắp xe máy liên tỉnh"
    sapo = (
        "Sau hơn một tháng truy xét, lực lượng chức năng đã tóm gọn băng nhóm gây ra hàng chục vụ "
        "án tại nhiều địa phương, thu giữ nhiều tang vật."
    )
    heading = "Ra tay lúc rạng sáng"
    body = [
        "Theo cơ quan điều tra, nhóm này thường chọn những ngôi nhà có xe máy để ngoài sân và ra tay "
        "vào khoảng bốn giờ sáng khi chủ nhà còn ngủ say.",
        "Số xe trộm được, các đối tượng đem bán cho một cửa hàng sửa xe ở tỉnh khác với giá rẻ, tiền "
        "bán xe được chia nhau tiêu xài và đánh bạc.",
    ]
    lines = ["Trang chủ", "Pháp luật", headline, "Thứ hai, 18/7/2022 08:30", sapo, heading, *body, "Minh Anh"]
    labels = {line.text: line.label for line in classify_lines("\n".join(lines))}
    assert labels[headline] == "title", labels
    assert labels[sapo] == LEAD, labels
    assert labels[heading] == BODY, labels
    assert all(labels[p] == BODY for p in body), labels


def test_an_interview_s_first_question_is_no_headline_and_opens_the_body():
    """An interview printed right under its headline: the reporter's first question
    ("PV: ...?") is short and ends in a question mark, as a headline may, but the label
    says it is the interview's; the headline stays the title and the question is text."""
    headline = "Phỏng vấn Bộ trưởng về chuyển đổi số"
    first = "PV: Thưa Bộ trưởng, đâu là khó khăn lớn nhất của chuyển đổi số hiện nay?"
    answer = "Bộ trưởng Lê Minh Tuấn: Khó khăn lớn nhất là nguồn nhân lực. Chúng ta thiếu kỹ sư có kinh nghiệm."
    second = "PV: Bộ sẽ có giải pháp gì?"
    answer2 = (
        "Bộ trưởng Lê Minh Tuấn: Chúng tôi sẽ phối hợp với các trường đại học để đào tạo thêm"
        " 50.000 kỹ sư mỗi năm."
    )
    lines = [headline, first, answer, second, answer2]
    labels = {line.text: line.label for line in classify_lines("\n".join(lines))}
    assert labels[headline] == "title", labels
    assert all(labels[p] == BODY for p in [first, answer, second, answer2]), labels


def test_a_short_sapo_of_one_sentence_under_the_headline_is_the_lead():
    """A first paragraph of one sentence under 15 syllables, ended by its full stop, is
    the sapo, not a meta line (author, breadcrumb) between headline and body; a byline
    there still is."""
    headline = "Đêm nhạc từ thiện"
    sapo = "Chị Minh Thư cho biết đêm nhạc đã quyên góp được 2 tỷ đồng."
    body = [
        "Ca sĩ Velma Ostrova và nhóm nhạc Sông Lam đều có mặt, mỗi nghệ sĩ hát ba ca khúc.",
        "Đêm nhạc diễn ra ở nhà văn hóa quận, ban tổ chức cho biết sẽ tổ chức tiếp vào năm sau.",
    ]
    labels = {line.text: line.label for line in classify_lines("\n".join([headline, sapo, *body]))}
    assert labels[sapo] == LEAD, labels
    assert all(labels[p] == BODY for p in body), labels
    labels = {line.text: line.label for line in classify_lines("\n".join([headline, "Minh Thư", *body]))}
    assert labels["Minh Thư"] != LEAD, labels
