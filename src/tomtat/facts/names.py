"""Lexicons and string rules for names in Vietnamese news.

- Titles and roles that come before a person's name ("Tổng thống", "Ngoại trưởng",
  "người phát ngôn", "Đặc phái viên"), honorifics ("ông", "bà"), heads of organisation
  names ("Bộ", "Tổ chức", "Quốc hội"), place markers ("tỉnh", "thủ đô") and a list of
  countries and cities with their aliases ("Mỹ" = "Hoa Kỳ", "Singapore" = "Xinhgapo").
- `key(name)`: the form two spellings of one name share ("Kim Jong-un" = "Kim Jong Un").
"""

from __future__ import annotations

import functools
import re

from tomtat.text.normalize import UPPER, fold

HONORIFICS = ("ông", "bà", "anh", "chị", "ngài", "cô", "thầy")  # ("thầy X": a teacher, a monk)

# Verbs that report what someone said, longest first ("tái khẳng định" before
# "khẳng định"): `facts.quotes` reads statements at them, `facts.entities` does not
# join a title to a name across one.
# Reporting verbs, as regular-expression alternatives (a few carry a lookahead: the verb
# only where it reports), longest first.
REPORTING_VERBS = sorted(
    [
        "cho biết",
        # "cho biết" with whom it was told between: "X cho phóng viên biết ...", "Y cho
        # AFP biết ..." (up to four words, no pause)
        r"cho\s+(?:[^\W\d_][^\s,.;:“”()]*\s+){1,4}?biết",
        "khẳng định",
        "tái khẳng định",
        "nhấn mạnh",
        "nhận định",
        "cho rằng",
        "cho hay",
        "nói thêm",
        "nói rằng",
        "nói",
        "tuyên bố",
        "thông báo",
        "bày tỏ",
        "kêu gọi",
        "thúc giục",  # "X thúc giục người dùng cập nhật ...", as "kêu gọi"
        "hối thúc",
        "cảnh báo",
        "lưu ý",
        "chia sẻ",
        "thừa nhận",
        "tiết lộ",
        "xác nhận",
        "nêu rõ",
        "trả lời",
        "phát biểu",
        "giải thích",
        "đề nghị",
        # a proposal, only before a pause or "rằng" ("Ông X đề xuất: ..."): before its object
        # the verb is as often a clause's ("việc Y đề xuất mở rộng ...")
        # or before the modal its content opens with ("X đề xuất cần dừng ...")
        r"đề xuất(?=\s*(?:rằng(?!\w)|[,:]\s*\S)|\s+(?:cần|nên|phải)(?!\w))",
        # a view stated with its content ("X nêu quan điểm sinh viên cần ..."), not its
        # topic or owner ("nêu quan điểm về ...", "nêu quan điểm của mình")
        r"nêu quan điểm(?!\s+(?:về|của)(?!\w))(?=\s*(?:rằng(?!\w)|[,:]\s*\S|\s+[^\W\d_]))",
        "yêu cầu",
        # not the noun after "với" ("với cam kết trả lại ...": on a promise, no speaker)
        r"(?<!với )cam kết",
        "khuyến cáo",
        # as "khuyến cáo", before what is recommended ("các tổ chức quốc tế khuyến nghị tách
        # bạch ..."), not closing a clause ("..., như các tổ chức quốc tế khuyến nghị.")
        r"khuyến nghị(?=\s*(?:rằng(?!\w)|[,:]\s*\S|\s+[^\W\d_]))",
        # "X thông tin như vậy": the sentence before is what X said (the noun otherwise)
        r"thông tin(?=\s+như\s+(?:trên|vậy)(?!\w))",
        # advice, as the press and experts give readers: "Tờ X khuyên du khách nên ...",
        # "chuyên gia gợi ý người mua ..." (`facts.quotes._TELLING_SOMEONE`)
        "khuyên",
        "gợi ý",
        "nhận xét",
        "lý giải",
        "phân bua",
        "bổ sung",
        "góp ý",
        "phủ nhận",
        "bác bỏ",
        # one who speaks next in a thread or a talk ("thành viên X tiếp lời: “...”"), before
        # a pause only (not "tiếp lời kêu gọi", the noun)
        r"tiếp lời(?=\s*[,:])",
        # who a suspect says he is ("Bước đầu đối tượng khai là Nguyễn Văn A (SN ...)"),
        # before "là" only (not "khai nhận", "khai trương")
        r"khai(?=\s+là(?!\w))",
        # insisting on something ("Người phụ nữ vẫn quả quyết số sữa đó ...")
        "quả quyết",
        # a complaint voiced ("Anh từng kêu than mình ..."), not a topic ("kêu than về ...")
        r"kêu than(?!\s+về(?!\w))",
        # what someone says they are ("Cô tự nhận mình là người ..."), before "là" only
        r"tự nhận(?=\s+(?:mình\s+)?là(?!\w))",
        # relays, reports and forecasts: how bodies, media and analysts speak
        "đưa tin",
        "loan tin",  # "truyền thông trong nước đã loan tin ...": news spread, as "đưa tin"
        "báo cáo",
        "dự báo",
        "dự đoán",
        "đánh giá",
        "mô tả",
        "tâm sự",
        # confiding and revealing, how show-business and human-interest pages report
        # what someone said: "X thổ lộ, ...", "X bộc bạch: ...", "X hé lộ sẽ ..."
        "thổ lộ",
        "trải lòng",
        "bộc bạch",
        "giãi bày",
        "hé lộ",
        "bật mí",  # as "hé lộ" (`facts.quotes._ONLY_BEFORE`)
        "đáp",  # only before a pause: "X đáp: “...”" (not "đáp ứng", "đáp chuyến bay")
        # boasting, as show-business and sport pages credit a quotation ("“...”, X hồ hởi
        # khoe."); only before a pause (not "khoe ảnh cưới", "khoe dáng")
        "khoe",
        # an exclamation, as sport and show-business pages credit one ("HLV X (phải) thốt
        # lên: “...”"); only before a pause (not "thốt lên kinh ngạc")
        "thốt lên",
        # a memory told, as reports of accidents and disasters credit a witness ("“...”,
        # anh X nhớ lại."); only before a pause (not "nhớ lại những ngày ...")
        "nhớ lại",
        "thông tin thêm",
        # what people or the press report of a wrong ("Nhiều phụ huynh phản ánh nhà
        # trường thu ...", "một số báo phản ánh ..."): lowercase, and only for unnamed
        # people and bodies (`facts.quotes._REPORTED_BY_THE_MANY`); not the noun ("nhận
        # được phản ánh", "phản ánh của người dân") nor "reflects" ("điều này phản ánh")
        "phản ánh",
        "nhắc lại",
        # only before what was said (`facts.quotes._ONLY_BEFORE_STATEMENT`): "chỉ ra
        # rằng ...", "dọa sẽ ..."
        "chỉ ra",
        "dọa",
        "đe dọa",
        "xác minh",
        "làm rõ",
        "xác định",  # only before a comma, a colon or "rằng": "cơ quan điều tra xác định, ..."
        # likewise, or before "việc": "Sở Tài chính kết luận, ...", "Thanh tra kết luận
        # việc cấp phép là sai" (not "kết luận thanh tra")
        "kết luận",
        "công bố rằng",  # not "công bố" alone: "công bố kế hoạch" is an act
        # only before a plan: "X công bố (thông tin) sẽ xây dựng ..." (written as a
        # pattern, so that no use of the verb list sees "công bố kết quả")
        r"công bố(?=\s+(?:thông tin\s+)?sẽ(?!\w))",
        "cáo buộc rằng",  # "Nhà chức trách cáo buộc rằng ..." (not "bị cáo buộc tội X")
        # an accusation one party makes of another it names: "Nga cáo buộc Ukraine tấn
        # công ...", not "bị cáo buộc", "các/những/mọi/lời cáo buộc" (the charge itself)
        r"(?<!bị )(?<!các )(?<!những )(?<!mọi )(?<!lời )(?<!bản )(?<!với )(?<!về )"
        r"cáo buộc(?=\s+(?-i:[" + UPPER + "]))",
        "phán quyết",  # only before "rằng" (`facts.quotes._ONLY_BEFORE`): a court's ruling
        "bình luận",  # not "bình luận viên" (`facts.quotes`)
        "kể lại",
        # an example given to make a point: "Ông X lấy ví dụ, ...", "X lấy ví dụ cụ thể như
        # ..." (only then, as a pattern: not "lấy ví dụ về X", a topic)
        r"lấy ví dụ(?=\s*(?:rằng(?!\w)|(?:cụ thể\s+)?như(?!\w)|[,:]\s*\S))",
        # ... or given after the quotation it is ("“...” - TS. X nêu ví dụ.")
        r"nêu ví dụ(?=\s*(?:rằng(?!\w)|(?:cụ thể\s+)?như(?!\w)|[,:.]|$))",
        # a view, an analysis, only before a pause or "rằng" ("X nhìn nhận, ...", "Y phân
        # tích thêm: ..."; not "nhìn nhận vấn đề", "phân tích mẫu", "Viện Phân tích")
        r"(?-i:nhìn nhận|phân tích)(?=(?:\s+thêm)?\s*(?:rằng(?!\w)|[,:]\s*\S))",
        # a worry voiced, only before a pause or "rằng" ("bà X băn khoăn, nếu ..."; not
        # "nhiều người băn khoăn về giá vé")
        r"(?-i:băn khoăn)(?=\s*(?:rằng(?!\w)|[,:]\s*\S))",
        # a hope or a finding voiced, likewise ("Bộ trưởng X kỳ vọng, <clause>", "ông Y
        # hy vọng rằng ...", "Ủy ban Z nhận thấy, <clause>"; not "không đạt kỳ vọng", "mong
        # muốn của người dân", "nhận thấy mùi lạ")
        r"(?-i:kỳ vọng|hy vọng|hi vọng|mong muốn|nhận thấy)(?=\s*(?:rằng(?!\w)|[,:]\s*\S))",
        # a promise with what will be done ("X hứa sẽ ...", "Công ty Y hứa hẹn sẽ giảm
        # giá"), not what is expected of something ("giải đấu hứa hẹn hấp dẫn", "ca khúc
        # được hứa hẹn sẽ là ...": `facts.quotes` keeps "hứa hẹn" to bodies)
        r"(?<!được )hứa(?: hẹn)?(?=\s+sẽ(?!\s+(?:là|trở thành)(?!\w))(?!\w))",
        "kể",  # only before what was told (`facts.quotes._ONLY_BEFORE`)
        "khai nhận",  # a suspect's statement to the police
        # a suspect's words, only before a pause or "rằng" ("X khai rằng ...", "khai: ..."),
        # never inside "triển khai", "công khai", "kê khai", "lời khai", and in lowercase
        # ("phường Quang Khai, ..." is a place)
        # ... or before the clause it opens: a person it names, or its subject or tense
        # ("Bị cáo X khai ông Y biết ...", "X khai do nợ tiền", "khai không biết ...")
        r"(?<!triển )(?<!công )(?<!kê )(?<!tờ )(?<!lời )(?<!bản )(?-i:khai)(?=\s*(?:rằng(?!\w)|[,:]\s*\S)"
        r"|\s+(?:ông|bà|anh|chị|mình|bản thân|không|chưa|đã|do|vì|bị|được)(?!\w))",
        # an accusation made to the authorities, before what it says ("nhiều người tố cáo bị
        # X lừa ...", "tố cáo rằng"), not the noun ("đơn tố cáo", "nội dung tố cáo")
        r"(?<!đơn )(?<!lời )(?<!dung )(?<!bị )(?-i:tố cáo)(?=\s*(?:rằng(?!\w)|bị(?!\w)|[,:]\s*\S))",
        # confidence, as sport pages credit a quotation after it ("“...”, HLV X tin tưởng."):
        # closing the sentence only ("tin tưởng vào ...", "tin tưởng rằng ..." is a belief)
        r"(?-i:tin tưởng)(?=\s*[.!]?\s*$)",
        # a victim to the police: "X đến công an trình báo (rằng|việc|bị|mất|nhà) ..."
        r"trình báo(?=\s*(?:rằng|việc|về việc|bị|mất|nhà|,)(?!\w))",
        "viết",  # only before what was written (`facts.quotes`)
        # a post quoted after a colon: "X đăng tải dòng trạng thái: “...”" (not "đăng ảnh")
        # (the quotation may be cut off: the credit is read on the text before it)
        r"đăng(?: tải)?(?=[^:“”.;]{0,40}:\s*(?:“|$))",
        # praise and scorn, only before what was said ("ca ngợi: “...”", "mỉa mai rằng"):
        # "ca ngợi tinh thần X", "chỉ trích hành động Y" name what, not words
        "ca ngợi",
        "khen ngợi",
        "mỉa mai",
        "chỉ trích",
    ],
    key=len,
    reverse=True,
)

# Titles of people, longest first so "Phó Thủ tướng" wins over "Thủ tướng".
TITLES = sorted(
    [
        "tổng thống",
        "phó tổng thống",
        "thủ tướng",
        "phó thủ tướng",
        "chủ tịch",
        "phó chủ tịch",
        "tổng bí thư",
        "bí thư",
        # a member of a Party or state body ("Ủy viên Bộ Chính trị", "Ủy viên Ban cán sự
        # Đảng", "ủy viên thường vụ"), how Party news titles an official
        "ủy viên",
        "bộ trưởng",
        "thứ trưởng",
        "ngoại trưởng",
        "quốc vụ khanh",
        "người phát ngôn",
        "phát ngôn viên",
        "phó phát ngôn viên",
        "phó phát ngôn",
        "giám đốc điều hành",
        "giám đốc thể thao",
        "phó trưởng phòng",
        "trợ lý",
        "hoa hậu",
        "á hậu",
        "hoa khôi",  # a beauty contest's winner, its runner-up ("Hoa khôi X", "Á khôi Y")
        "á khôi",
        "người mẫu",
        "đặc phái viên",
        "đặc sứ",
        "đại sứ",
        "nhà lãnh đạo",
        "lãnh đạo",
        "quốc vương",
        "nhà vua",
        "hoàng tử",
        "công chúa",
        "nhật hoàng",  # the emperor of Japan, as Vietnamese news names him
        "hoàng đế",
        "nữ hoàng",
        "tướng",
        "thượng tướng",
        "trung tướng",
        "thiếu tướng",
        "đại tướng",
        "đại tá",
        "thượng tá",
        "trung tá",
        "thiếu tá",
        "đô đốc",  # the navy's ranks
        "phó đô đốc",
        "chuẩn đô đốc",
        "giám đốc",
        "phó giám đốc",
        "tổng giám đốc",
        "chánh văn phòng",
        "trưởng ban",
        "trưởng phòng",
        # heads of a hospital's or a university's department
        "trưởng khoa",
        "phó trưởng khoa",
        "trưởng đoàn",
        "cố vấn",
        "cố vấn an ninh quốc gia",
        "thống đốc",
        "thị trưởng",
        "nghị sĩ",
        "thượng nghị sĩ",
        "hạ nghị sĩ",
        "chủ nhiệm",
        "viện trưởng",
        "cục trưởng",  # heads of a department, its branch, a ministry's division, a station
        "phó cục trưởng",
        "tổng cục trưởng",
        "chi cục trưởng",
        "vụ trưởng",
        "phó vụ trưởng",
        "hạt trưởng",
        "đồn trưởng",
        "đội trưởng",
        "hiệu trưởng",
        "tư lệnh",
        "giáo sư",
        "phó giáo sư",
        "tiến sĩ",
        "bác sĩ",
        "luật sư",
        "nhà báo",
        "ca sĩ",
        "nghệ sĩ",
        "nhạc sĩ",
        "diễn viên",
        "huấn luyện viên",
        "tiền đạo",
        "tiền vệ",
        "hậu vệ",
        "trung vệ",
        "thủ môn",
        "thủ thành",
        "cầu thủ",
        "chuyên gia",
        "nhà nghiên cứu",
        # trades news names people by ("nhà phân tích X cho biết", "Đạo diễn Y nói"); a
        # trade that also names the article's person without a name ("tiền vệ người Ba
        # Lan") is a descriptor of `facts.sources`, not a title
        "nhà phân tích",
        "chuyên gia phân tích",
        "nhà kinh tế",
        "nhà kinh tế học",
        "nhà khoa học",
        "nhà văn",
        "nhà thơ",
        "nhà sử học",
        "nhà hoạt động",
        "đạo diễn",
        "giám khảo",  # a contest's judge ("giám khảo X nhận xét")
        "nhà sáng lập",
        "đồng sáng lập",
        "chánh án",
        "thẩm phán",
        "kiểm sát viên",
        "điều tra viên",
        "kỹ sư",
        "bình luận viên",
        "biên tập viên",
        "giáo viên",
        # a teacher named by trade and sex before the name ("cô giáo X", "thầy giáo Y")
        "cô giáo",
        "thầy giáo",
        "nhà giáo",
        "giảng viên",
        "phóng viên",
        "đại diện",
        "trưởng đại diện",
        "điều phối viên",
        "tổng thư ký",
        "thư ký",
        "tổng biên tập",
        "người đứng đầu",
        "lãnh tụ",
        "chủ tịch nước",
        "đại biểu",
        "thượng tọa",
        "hòa thượng",
        "linh mục",
        "nữ hoàng",
        "sir",
        # abbreviations news writes before names
        "ts.",
        "ts",
        "ths.",
        "ths",
        "gs.",
        "gs",
        "pgs.",
        "pgs",
        "gs.ts",
        "pgs.ts",
        "bs.",
        # ... and without the dot, a doctor's ("BS Nguyễn Thị A", "BSCKII X"), an
        # architect's, a lawyer's
        "bs",
        "bsckii",
        "bs.ckii",
        "kts.",
        "kts",
        "ls.",
        "ls",
        "hlv",
        "gđđh",
        "gđtt",
        "ceo",
        "đb",
        "nsnd",
        "nsưt",
    ],
    key=len,
    reverse=True,
)
# "sĩ" is also written "sỹ" ("bác sỹ", "nghệ sỹ", "thượng nghị sỹ"): both spellings
TITLES = sorted(set(TITLES) | {t.replace("sĩ", "sỹ") for t in TITLES if "sĩ" in t}, key=len, reverse=True)

# Words that open the name of an organisation.
ORG_HEADS = (
    "Bộ",
    "Tổ chức",
    "Liên hợp quốc",
    "Liên Hợp Quốc",
    "Quốc hội",
    "Chính phủ",
    "Nhà Trắng",
    "Điện Kremlin",
    "Lầu Năm Góc",
    "Ngân hàng",
    "Công ty",
    # a state corporation, its second word written either way ("Tổng Công ty Điện lực X")
    "Tổng công ty",
    "Tổng Công ty",
    "Tập đoàn",
    "Tổ hợp",  # a group of firms or hospitals: "Tổ hợp Y tế X"
    "Hãng",
    "Đảng",
    # party committees of a city, province, district or body ("Thành ủy Hà Nội")
    "Thành ủy",
    "Tỉnh ủy",
    "Huyện ủy",
    "Quận ủy",
    "Đảng ủy",
    "Ủy ban",
    # a commissioner's office of the United Nations ("Cao ủy Liên hợp quốc về người tị nạn")
    "Cao ủy",
    "Uỷ ban",
    "Cơ quan",
    "Viện",
    "Trường",
    "Đại học",
    "Bệnh viện",
    "Hội đồng",
    "Hiệp hội",
    "Tòa án",
    "Viện kiểm sát",
    "Công an",
    "Cục",
    "Chi cục",  # a department's provincial branch ("Chi cục Thú y tỉnh X")
    "Tổng cục",
    "Sở",
    "Ban",
    "Văn phòng",
    "Quân đội",
    "Hải quân",
    "Không quân",
    "Liên minh",
    "Hội",
    "Đài",
    "Báo",
    "Thông tấn xã",
    "TTXVN",
    "Quỹ",
    "Câu lạc bộ",
    "Phòng",
    "Đội",  # a unit of the police or an army, a team: "Đội CSGT số 4", "Đội tuyển Việt Nam"
    "Trung tâm",
    "UBND",
    "CLB",
    "Liên đoàn",
    "Hãng tin",
    "Tân Hoa Xã",
    # an inspectorate is a body of its own ("Thanh tra Sở Y tế", "Thanh tra Chính phủ"); not
    # "Thanh tra" alone, which also opens a sentence as the verb ("Thanh tra toàn diện ...")
    "Thanh tra Chính phủ",
    "Thanh tra Bộ",
    "Thanh tra Sở",
    "Thanh tra tỉnh",
    "Thanh tra thành phố",
    "Thanh tra huyện",
)

# Common words whose first syllable also opens organisation names ("Báo cáo" is a
# report, not a newspaper; "Trường hợp" a case, not a school): never an organisation.
NOT_ORGS = (
    "đội ngũ",
    "đội hình",
    "đội trưởng",
    "đội phó",
    "đội viên",
    "đội mũ",
    "báo cáo",
    "báo chí",
    "bộ phận",
    "bộ phim",
    "bộ ảnh",
    "bộ sưu tập",
    "bộ ngành",
    "bộ đôi",
    "bộ ba",  # a trio, a quartet ("Bộ tứ quyền lực cho rằng": the four judges)
    "bộ tứ",
    "bộ máy",
    "bộ mặt",
    "bộ môn",
    "bộ đội",
    "bộ hồ sơ",
    "bộ sách",
    "bộ trang phục",
    "bộ đồ",
    "trường hợp",
    "ban đầu",
    "ban ngày",
    "ban đêm",
    "viện dẫn",
    "phòng chống",
    "phòng ngừa",
    "phòng tránh",
    "hội viên",
    "đảng viên",
    "sở hữu",
    "sở dĩ",
    "cục diện",
    "quỹ đất",
    "tổ hợp môn",  # an exam's subject combination ("Tổ hợp môn A00")
)


_ORG_HEADS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _h in ORG_HEADS:
    _w = re.match(r"\w+", _h).group(0)
    _ORG_HEADS_BY_FIRST[_w] = (*_ORG_HEADS_BY_FIRST.get(_w, ()), _h)


def org_head_at(text: str, start: int) -> bool:
    """Whether an organisation's name (one of `ORG_HEADS`, then a space or the text's
    end) starts at `start` of `text`, and not a common word that begins like one."""
    # (no slice of the rest of the text: this runs at every capitalised word; only the
    # heads that begin with the word there are tried)
    first = _FIRST_WORD.match(text, start)
    if first is None or not any(
        text.startswith(h + " ", start) or (text.startswith(h, start) and start + len(h) == len(text))
        for h in _ORG_HEADS_BY_FIRST.get(first.group(0), ())
    ):
        return False
    low = text[start : start + 16].lower()
    return not any(low.startswith(w) and (len(low) == len(w) or not low[len(w)].isalnum()) for w in NOT_ORGS)


# Organisations whose whole name is a fixed phrase, so a name right after it is a person's.
FIXED_ORGS = (
    "Nhà Trắng",
    "Điện Kremlin",
    "Lầu Năm Góc",
    "Liên hợp quốc",
    "Liên Hợp Quốc",
    "Quốc hội",
    "Chính phủ",
    "Tân Hoa Xã",
    "TTXVN",
    "Phủ Tổng thống",
)

# Bodies of the state and the Party that news names by a common phrase alone, capitalised
# ("lãnh đạo Đảng, Nhà nước", "Chủ tịch Quốc hội, Thủ tướng ...", "Ủy viên Trung ương
# Đảng, Bí thư Tỉnh ủy ..."): after a title and before a pause they are the title's body,
# never its holder's name. Compared lowercased (`standing_body`).
STANDING_BODIES = frozenset(
    {
        "đảng",
        "nhà nước",
        "quốc hội",
        "chính phủ",
        "mặt trận",
        "trung ương",
        "trung ương đảng",
        "bộ chính trị",
        "ban bí thư",
        "thành ủy",
        "tỉnh ủy",
        "huyện ủy",
        "quận ủy",
        "đảng ủy",
    }
)


def standing_body(words: list[str]) -> bool:
    """Whether `words` are one of `STANDING_BODIES` ("Đảng", "Thành ủy"), capitalised."""
    return bool(words) and words[0][:1].isupper() and fold(" ".join(words)) in STANDING_BODIES


PLACE_MARKERS = (
    "tỉnh",
    "thành phố",
    "TP",
    "TP.",
    "thủ đô",
    "huyện",
    "quận",
    "xã",
    "phường",
    "bang",
    "thị xã",
)

# Countries, regions and cities; each group is one place, the first spelling canonical.
PLACES = [
    ["Mỹ", "Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ"],
    ["Việt Nam"],
    ["Hà Nội"],
    ["TP.HCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TPHCM", "TP HCM", "Sài Gòn"],
    ["Đà Nẵng"],
    ["Huế"],
    ["Hải Phòng"],
    ["Cần Thơ"],
    ["Triều Tiên", "CHDCND Triều Tiên", "Bắc Triều Tiên"],
    ["Hàn Quốc", "Nam Triều Tiên"],
    ["Trung Quốc", "Trung Hoa"],
    ["Nhật Bản"],
    ["Nga", "Liên bang Nga"],
    ["Singapore", "Xinhgapo", "Xingapo"],
    ["Pháp"],
    ["Anh", "Vương quốc Anh"],
    ["Đức"],
    ["Ấn Độ"],
    ["Campuchia"],
    ["Lào"],
    ["Thái Lan"],
    ["Philippines", "Phi-líp-pin"],
    ["Indonesia", "In-đô-nê-xi-a"],
    ["Malaysia", "Ma-lai-xi-a"],
    ["Myanmar", "Mi-an-ma"],
    ["Australia", "Úc", "Ô-xtrây-li-a"],
    ["Canada"],
    ["Iran"],
    ["Iraq"],
    ["Syria", "Xy-ri"],
    ["Israel"],
    ["Ukraine", "Ukraina", "U-crai-na"],
    ["Yemen"],
    ["Pakistan"],
    ["Mexico", "Mê-hi-cô"],
    ["Brazil", "Bra-xin"],
    ["Liên minh châu Âu", "EU"],
    ["ASEAN"],
    ["Biển Đông"],
    ["Bán đảo Triều Tiên"],
    ["Đài Loan"],
    ["Hồng Kông", "Hong Kong"],
    ["Thụy Sĩ"],
    ["Italy", "Italia", "I-ta-li-a", "Ý"],
    ["Tây Ban Nha"],
    ["Cuba"],
    # the rest of the world as Vietnamese news writes it
    ["Áo"],
    ["Cộng hòa Séc", "Séc"],
    ["Bỉ"],
    ["Hà Lan"],
    ["Bồ Đào Nha"],
    ["Hy Lạp"],
    ["Na Uy"],
    ["Thụy Điển"],
    ["Đan Mạch"],
    ["Phần Lan"],
    ["Ba Lan"],
    ["Hungary"],
    ["Romania"],
    ["Bulgaria"],
    ["Serbia"],
    ["Croatia"],
    ["Ireland", "Ai-len"],
    ["Belarus"],
    ["Thổ Nhĩ Kỳ"],
    ["Ai Cập"],
    ["Ả Rập Saudi", "Saudi Arabia"],
    ["Các Tiểu vương quốc Ả Rập Thống nhất", "UAE"],
    ["Qatar"],
    ["Kuwait"],
    ["Jordan"],
    ["Li-băng", "Lebanon", "Liban"],
    ["Afghanistan"],
    ["Bangladesh"],
    ["Sri Lanka"],
    ["Nepal"],
    ["Mông Cổ"],
    ["Kazakhstan"],
    ["Brunei"],
    ["Đông Timor", "Timor-Leste"],
    ["Nam Phi"],
    ["Nigeria"],
    ["Kenya"],
    ["Ethiopia"],
    ["Ma-rốc", "Morocco"],
    ["Algeria"],
    ["Libya"],
    ["Argentina"],
    ["Chile"],
    ["Colombia"],
    ["Peru"],
    ["Venezuela"],
    ["New Zealand"],
    ["Palestine", "Dải Gaza", "Gaza"],
    # capitals and big cities are places of their own: "Tokyo" in a travel story is
    # the city, not Japan (a capital that stands for its government, "Washington
    # cho rằng", is still the city's entity, named as written)
    ["Washington"],
    ["Bình Nhưỡng"],
    ["Seoul", "Xơ-un"],
    ["Bắc Kinh"],
    ["Tokyo"],
    ["Moscow", "Mát-xcơ-va", "Matxcơva"],
    ["Paris"],
    ["London", "Luân Đôn"],
    ["Berlin"],
    ["New Delhi"],
    ["Phnom Penh"],
    ["Vientiane", "Viêng Chăn"],
    ["Bangkok"],
    ["Manila"],
    ["Jakarta"],
    ["Kuala Lumpur"],
    ["Geneva", "Geneve"],
    ["Rome", "Roma"],
    ["Madrid"],
    ["Vienna", "Viên"],
    ["Praha"],
    ["Brussels"],
    ["Amsterdam"],
    ["Lisbon"],
    ["Athens"],
    ["Oslo"],
    ["Stockholm"],
    ["Copenhagen"],
    ["Helsinki"],
    ["Warsaw", "Vác-sa-va"],
    ["Budapest"],
    ["Bucharest"],
    ["Ankara"],
    ["Cairo"],
    ["Riyadh"],
    ["Dubai"],
    ["Abu Dhabi"],
    ["Doha"],
    ["Kabul"],
    ["Ulan Bator"],
    ["Buenos Aires"],
]

# Two-syllable verbs, lowercase, that end a body's name when they follow it ("Cục Hải
# quan công bố ...", "Tập đoàn X tuyên bố ..."): the recognizer's spans and the
# rules' runs stop there. Pairs, not syllables: "công", "phát" also open words of names
# ("Tổng công ty", "Quỹ phát triển").
VERBS_AFTER_A_NAME = frozenset(
    {
        ("cho", "biết"),
        ("cho", "rằng"),
        ("cho", "hay"),
        ("khẳng", "định"),
        ("nhấn", "mạnh"),
        ("tuyên", "bố"),
        ("phát", "biểu"),
        ("đề", "nghị"),
        ("yêu", "cầu"),
        ("kêu", "gọi"),
        ("thông", "báo"),
        ("công", "bố"),
        ("công", "nhận"),
        ("phát", "đi"),
        ("cảnh", "báo"),
        ("ghi", "nhận"),
        # what a body does next ("UBND tỉnh X khai mạc triển lãm", "Công an Y bắt giữ Z",
        # "Bộ Z sớm ban hành ..."); not "tổ chức", "điều tra", "kiểm tra", which are also
        # words of names ("Ban tổ chức", "Cơ quan Cảnh sát điều tra", "Đoàn kiểm tra")
        ("ban", "hành"),
        ("khai", "mạc"),
        ("bắt", "giữ"),
        ("tiến", "hành"),
        ("triển", "khai"),
        ("khẩn", "trương"),
        ("thụ", "lý"),
        ("túc", "trực"),
        # reporting verbs whose first syllable also ends or opens words of names ("Ban
        # Quản lý", "Cục Bản đồ và Nhìn ..."): "Ngân hàng X lý giải, ..."
        ("lý", "giải"),
        ("nhìn", "nhận"),
        ("hứa", "hẹn"),
    }
)


@functools.lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """Comparison form of a name: folded, hyphens and dots as spaces, spaces collapsed."""
    return " ".join(re.sub(r"[-.‐–]", " ", fold(name)).split())


# (keyed as `place` looks them up: "TP.HCM" was keyed "tp.hcm" and never found)
_ALIAS = {key(a): group[0] for group in PLACES for a in group}
LONGEST_PLACE = max(len(a.split()) for a in _ALIAS)  # words: no place name is longer


def place(name: str) -> str | None:
    """Canonical name of a known place ("Hoa Kỳ" -> "Mỹ"), else None."""
    return _ALIAS.get(key(name))


_TITLE_FIRST = {re.match(r"\w+", t).group(0) for t in TITLES}
_FIRST_WORD = re.compile(r"\w+")


# Titles by their first word, in `TITLES` order: a title that starts at a place starts
# with the word there, so only those are tried (the mention rules ask at every token).
_TITLES_BY_FIRST: dict[str, list[str]] = {}
for _t in TITLES:
    _TITLES_BY_FIRST.setdefault(_FIRST_WORD.match(_t).group(0), []).append(_t)


@functools.lru_cache(maxsize=1 << 16)
@functools.lru_cache(maxsize=1 << 16)  # asked of every token of every sentence; words repeat
def may_begin_title(word: str) -> bool:
    """Whether a token (a word, possibly with a hyphen or apostrophe after its first
    part) can begin a title: `title_at` is None wherever this is False."""
    first = _FIRST_WORD.match(word)
    return bool(first) and first.group(0).lower() in _TITLE_FIRST


def title_at(text: str, start: int) -> str | None:
    """The title (from `TITLES`) that starts at `start` of `text`, if any."""
    first = _FIRST_WORD.match(text, start)
    if not first or first.group(0).lower() not in _TITLE_FIRST:
        return None
    low = text[start : start + 40].lower()
    for title in _TITLES_BY_FIRST[first.group(0).lower()]:
        if low.startswith(title) and (len(low) == len(title) or not low[len(title)].isalnum()):
            return text[start : start + len(title)]
    if low.startswith("phó "):
        # a deputy of any title: "Phó Bí thư", "Phó Viện trưởng", "Phó Chánh án"
        after = len(first.group(0)) + 1
        again = text[start + after : start + after + 4].lower() == "phó "  # no "Phó Phó ..."
        rest = None if again else title_at(text, start + after)
        if rest is not None:
            return text[start : start + after + len(rest)]
    return None


# A brand's words run together, the second capitalised ("VietStar", "KarelBank"): after
# a lowercase stretch of at least this many letters, so that the Western surnames written
# so ("McCain", "DiCaprio", "LeBron", "DeGeneres") stay names, with "Mac" listed apart
_BRAND_STEM = 3
_NAME_STEMS = frozenset({"mac", "van", "von", "del", "des", "dos", "das"})


def brand(word: str) -> bool:
    """A company's name written as one word with an inner capital ("VietStar",
    "KarelBank"): no person's name, Vietnamese names capitalising each syllable alone."""
    if not word[:1].isupper() or not word.isalpha() or not word.isascii():
        return False  # (a Vietnamese name glued to the next, "NguyễnPhan", is no brand)
    inner = next((k for k in range(1, len(word)) if word[k].isupper() and word[k - 1].islower()), None)
    return inner is not None and inner >= _BRAND_STEM and word[:inner].lower() not in _NAME_STEMS


# The words an English company name ends with ("X Resources", "Y Holdings", "Z Airlines"):
# a company, not a person, whatever the words before them. In VLSP 2018 train and dev
# no person's name ends with one ("Bank" and "News" do, as nicknames: not here).
COMPANY_WORDS = frozenset(
    {"Resources", "Holdings", "Group", "Corp", "Corporation", "Inc", "Ltd", "Limited", "LLC", "Plc", "GmbH"}
    | {"Motors", "Airlines", "Airways", "Technologies", "Capital", "Partners", "Foods", "Steel"}
    | {"Industries", "Securities", "Insurance", "Logistics", "Pharma", "Pharmaceuticals", "Electronics"}
    | {"Telecom", "Entertainment", "Studios", "Ventures", "Investments", "Petroleum", "Mining"}
)


# Words right before whom one speaks to or before ("với phóng viên", "trước đại biểu",
# "cho bà X"): the name after them is the listener, no speaker and no title's holder
ADDRESSEE_WORDS = frozenset({"với", "cùng", "trước", "cho", "tới"})


def acronym(word: str) -> bool:
    """A body's short name in capitals: "KDF", "LĐLĐ", "NATO" (two letters at least)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


# An address after a body's name: "số 45 đường X", "số 12 phố Y" (a house number, then
# the street); "Trường THCS số 1", "Đội CSGT số 2" keep their number, no street follows
STREET_WORDS = frozenset({"đường", "phố", "ngõ", "hẻm", "ngách", "kiệt", "đại lộ", "quốc lộ", "tỉnh lộ"})


def address_at(words: list[str], k: int) -> bool:
    """Whether `words[k:]` open an address: "số" (or "số nhà"), a house number, a street."""
    if k >= len(words) or words[k].lower() != "số":
        return False
    j = k + 1 + (k + 1 < len(words) and words[k + 1].lower() == "nhà")
    if j >= len(words) or not words[j][:1].isdigit():
        return False
    after = [w.lower() for w in words[j + 1 : j + 3]]
    return bool(after) and (after[0] in STREET_WORDS or " ".join(after) in STREET_WORDS)
