"""Speakers that are not a named person, as Vietnamese news writes them.

- Bodies named by what they are, with or without a name: "Cảnh sát Na Uy", "cơ quan
  CSĐT", "Tòa án nhân dân tỉnh X", "Bệnh viện Đại học Oslo", "Phía Mỹ", "HĐXX".
- Media relaying a statement: "hãng tin AP", "tờ Korea Herald", "Kênh truyền hình NRK",
  "đài BBC", "trang Workboat".
- Documents standing for their author: "cáo trạng", "thông cáo", "số liệu của Bộ X".
- Unnamed or collective people: "các chuyên gia", "giới phân tích", "một quan chức giấu
  tên", "nhân chứng", "nguồn tin của cảnh sát", "đại diện Sở X", "nhiều người hâm mộ".
- A relative of a named person, who is not that person: "bố cầu thủ X", "vợ ông X".
- A person named only by what they do, who is the person the article is about:
  "rapper", "tiền đạo người Ba Lan", "người đẹp", "nữ ca sĩ".

These are the heads of such phrases in Vietnamese news in general (the lexicons below),
not strings of one story. `phrase_at` reads one such phrase at a clause's start; the
quote rules (`facts.quotes`) decide where a clause starts and which verb reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tomtat.facts import names
from tomtat.text.normalize import UPPER, fold

# Bodies: the statement is the organisation's (kind "organisation").
BODIES = (
    "cơ quan cảnh sát điều tra",
    "cơ quan csđt",
    "cơ quan điều tra",
    "cơ quan chức năng",
    "cơ quan công an",
    # bodies of a trade, unnamed: "Theo cơ quan thống kê, ...", "cơ quan thuế cho biết"
    "cơ quan thống kê",
    "cơ quan thuế",
    "cơ quan hải quan",
    "cơ quan quản lý",
    "cơ quan y tế",
    "cơ quan bảo hiểm xã hội",  # before "cơ quan bảo hiểm": the longest first
    "cơ quan bảo hiểm",
    "cơ quan bhxh",
    "cơ quan chuyên môn",
    "cơ quan kiểm lâm",
    "cơ quan thú y",
    "cơ quan khí tượng",
    "cơ quan an ninh",
    "cơ quan tình báo",
    # a body named by "cơ quan" and its name ("cơ quan Mật vụ Mỹ"), after every longer
    # "cơ quan ..." above
    "cơ quan",
    "cảnh sát",
    "công an",
    "nhà chức trách",
    "chính quyền",
    "chính phủ",
    "giới chức",
    "tòa án",
    "tòa",
    "tand",
    "viện kiểm sát",
    "vksnd",
    "vks",
    "hội đồng xét xử",
    "hđxx",
    "ban tổ chức",
    "btc",
    "ban giám đốc",
    "ban giám hiệu",
    # a contest's jury, its verdicts the statements of show business and sport
    # ("Ban giám khảo nhận xét ...", "BGK đánh giá ...")
    "ban giám khảo",
    "hội đồng giám khảo",
    "bgk",
    "bệnh viện",
    "bộ",
    "sở",
    "cục",
    "ủy ban",
    "ubnd",
    "công ty",
    # companies by their trade, named or not: "các hãng hàng không đề nghị ...", "hãng
    # Boeing cho biết", "nhiều doanh nghiệp phản ánh", "nhà sản xuất cho biết"
    "hãng",
    "doanh nghiệp",
    "nhà sản xuất",
    # localities, for their authorities: "nhiều địa phương cho biết ...", "các địa phương
    # đề nghị ..."
    "địa phương",
    # the parties of a building project, by their role: "chủ đầu tư cho biết ...", "Theo
    # phía đơn vị phân phối, ...", "nhà thầu khẳng định ..."
    "chủ đầu tư",
    "nhà thầu",
    "nhà phân phối",
    "đơn vị phân phối",
    "tập đoàn",
    "ngân hàng",
    "trung tâm",  # "trung tâm điều hành giao thông thành phố"
    "công đoàn",
    "đài khí tượng thủy văn",  # a weather station, not a broadcaster ("đài" of `MEDIA`)
    "đài khí tượng",
    "nhà băng",  # a bank, said familiarly ("các nhà băng cho biết")
    "quân đội",
    "hải quân",
    "lực lượng",
    # a sector speaking through its bodies: "Ngành điện cho biết", "ngành y tế khuyến cáo"
    "ngành",
    "phía",
    "phe",  # "phe đối lập", "phe nổi dậy": a side, as "phía"
    "nhà trường",
    "trường",
    "câu lạc bộ",
    "clb",
    "liên đoàn",
    "hiệp hội",
    "hội",  # "Hội Làm vườn tỉnh X cho biết", "hội phụ huynh" (not "Hội" alone: a name)
    "tổ chức",
    # a body named by the word for any body, pointed back at ("cơ quan này cho biết",
    # "đơn vị này khẳng định"): the one named or heard just before (`facts.quotes`).
    # Not "cơ quan", "đơn vị" alone: "đơn vị thi công", "các cơ quan của X" name none.
    "cơ quan này",
    "cơ quan đó",
    "đơn vị này",
    "đơn vị đó",
)
# Media that relay what was said (kind "organisation").
MEDIA = (
    "hãng thông tấn",
    "hãng tin",
    "thông tấn xã",
    "kênh truyền hình",
    "đài truyền hình",
    "đài phát thanh",
    "trang tin",
    "trang web",
    "tạp chí",
    "nhật báo",
    "tuần báo",
    "báo chí",
    "truyền thông",
    "báo",
    "tờ",
    "đài",
    "kênh",
    "trang",
)
# The press as a whole, not one outlet: a place after it says whose press it is.
COLLECTIVE_MEDIA = ("báo chí", "truyền thông")
# Documents that speak for whoever wrote them (kind "organisation"); those in
# `DOCUMENTS_NEED_OWNER` only with "của/từ/trên <owner>" ("số liệu của Bộ Lao động").
DOCUMENTS = (
    "cáo trạng",
    "bản cáo trạng",
    # a case's papers, in court reports: "Theo hồ sơ vụ án, ...", "Theo nội dung vụ án, ..."
    "hồ sơ vụ án",
    "hồ sơ",
    "nội dung vụ án",
    "bản án",
    "thông cáo",
    "bản tin",
    "tuyên bố",
    "báo cáo",
    "kết luận",
    "dự báo",
    "văn bản",  # "Văn bản này cũng cho biết": the body that sent it
    "công văn",
    "cáo phó",  # an obituary: whoever placed it
    "bản cáo phó",
    "cáo buộc",  # "Theo cáo buộc, ...": the indictment's
    # findings of an inquiry nobody else signs: "Kết quả phân tích ... cho thấy: ...",
    # "Tài liệu điều tra thể hiện, ..."
    "kết quả phân tích",
    "kết quả khảo sát",
    "kết quả nghiên cứu",
    "kết quả điều tra",
    "kết quả xét nghiệm",
    "kết quả kiểm tra",
    "kết quả giám định",
    "kết luận giám định",
    "tài liệu điều tra",
)
DOCUMENTS_NEED_OWNER = (
    "số liệu",
    "số liệu thống kê",
    "dữ liệu",
    "thông tin",
    "khảo sát",
    "thống kê",
    "kết quả",
    "báo giá",
    "tài liệu",  # "tài liệu tờ Sao Mai thu thập được": whose documents
    # a table of figures or a ranking, with its owner ("Theo bảng xếp hạng của X")
    "bảng thống kê",
    "bảng xếp hạng",
    "tin",  # "Tin từ cảng X cho biết ...": news from the port
    "phản ánh",  # "Theo phản ánh của người dân, ...": a complaint relayed, its makers'
)
# Unnamed or collective people (kind "anonymous").
# People by their lot, who speak for themselves in news of schools, markets, farms,
# factories, hospitals, travel and elections ("Nhiều phụ huynh phản ánh ...", "một tiểu
# thương cho biết ...", "cử tri kiến nghị ..."), and members of a group: unnamed
# sources (`UNNAMED`) that speak for no body named after them (`OUTSIDERS`).
PEOPLE_BY_LOT = (
    "phụ huynh",
    "tiểu thương",
    "nông dân",
    "công nhân",
    "người lao động",
    "giáo viên",
    "học sinh",
    "sinh viên",
    "bệnh nhân",
    "du khách",
    "hành khách",
    "cử tri",
    "thí sinh",
    "khách hàng",
    "cư dân",
    "ngư dân",
    "thương lái",
    "lái xe",
    "chủ xe",
    "thành viên",  # "một thành viên nhóm X chia sẻ": a member, for themself
)
UNNAMED = (
    "chuyên gia",
    "giới chuyên gia",
    "giới chuyên môn",
    "giới phân tích",
    "giới quan sát",
    "giới đầu tư",
    "nhà phân tích",
    "giám khảo",  # "các giám khảo cho rằng": a contest's judges, unnamed
    # people by their number, a duo to a quartet ("Bộ đôi HLV cho biết", "Bộ tứ quyền lực
    # cho rằng"): no ministry ("bộ")
    "bộ đôi",
    "bộ ba",
    "bộ tứ",
    "nhà kinh tế",
    "nhà đầu tư",
    "nhà giao dịch",
    "nhà quan sát",
    "nhà nghiên cứu",
    "nhà khoa học",
    "quan chức",
    "cán bộ",  # "một cán bộ xã cho biết": an official, unnamed
    "tài xế",  # "tài xế hãng X kể": a driver, for himself (`OUTSIDERS`)
    "bạn đọc",  # a reader writing in
    "đối tượng",  # a suspect ("hai đối tượng khai nhận")
    "bạn diễn",  # "một bạn diễn của X tiết lộ": a fellow actor, unnamed
    "binh sĩ",  # "một binh sĩ nói với tờ X rằng: “...”": a soldier, unnamed
    "người lính",
    "nguồn tin",
    # people by an office they hold, unnamed: "-viên" agents ("Theo một giám sát viên tại
    # X, ...", "một điều tra viên cho biết"), recruiters and employers
    "giám sát viên",
    "điều tra viên",
    "thanh tra viên",
    "kiểm soát viên",
    "quan sát viên",
    "hướng dẫn viên",
    "tiếp viên",
    "giảng viên",
    "nghiên cứu viên",
    "tư vấn viên",
    "nhà tuyển sinh",
    "nhà tuyển dụng",
    # rumours and leaks: "Tin đồn cho biết ...", "theo thông tin rò rỉ, ..."
    "tin đồn",
    "nguồn tin đồn",
    "thông tin rò rỉ",
    "tin rò rỉ",
    # first findings nobody signs: "Theo thông tin ban đầu, ...", "Theo số liệu sơ bộ, ..."
    "thông tin ban đầu",
    "thông tin sơ bộ",
    "số liệu sơ bộ",
    "số liệu ban đầu",
    "nhận định ban đầu",
    "nhận định bước đầu",
    "nguồn thạo tin",
    "tin tức",  # "Theo những tin tức mới nhất, ..."
    "lời chỉ trích",  # "Những lời chỉ trích đều cho rằng ..."
    "nhân chứng",
    "lời nhân chứng",
    "nạn nhân",
    # a trial's parties by their standing, never named in most court reports
    "bị hại",
    "người bị hại",
    "nguyên đơn",
    "bị đơn",
    "người dân",
    *PEOPLE_BY_LOT,
    "người tiêu dùng",
    "người hâm mộ",
    "cư dân mạng",
    "dân mạng",
    # audiences of show business and the press: "Theo khán giả, ...", "Công chúng cho
    # rằng ...", "độc giả bình luận ..."
    "khán giả",
    "người xem",
    "công chúng",
    "độc giả",
    "dư luận",
    "ý kiến",
    "dự đoán",
    # views nobody signs: "nhiều lo ngại cho rằng ...", "có những phân tích cho rằng ..."
    "lo ngại",
    "phân tích",
    "đại diện",
    "người phát ngôn",
    "phát ngôn viên",
    "phóng viên",
    "người thân",
    "gia đình",
    "hàng xóm",
    "nhân viên",
    "nhóm",  # "nhóm nghiên cứu", "hai nhóm trên": a group that is not named
    "người",
)
# Unnamed people outside the body named after them: "người hâm mộ hãng X", "cư dân mạng
# Hàn Quốc" speak for themselves (an official, a spokesman or an expert of a body named
# after them, "chuyên gia của Ngân hàng X", speaks for it).
OUTSIDERS = frozenset(
    {
        "người hâm mộ",
        "cư dân mạng",
        "dân mạng",
        "khán giả",
        "người xem",
        "công chúng",
        "độc giả",
        "dư luận",
        "người dân",
        *PEOPLE_BY_LOT,
        "người tiêu dùng",
        "nhân chứng",
        "nạn nhân",
        "bị hại",
        "người bị hại",
        "hàng xóm",
        "người thân",
        "gia đình",
        "nhà đầu tư",
        "giới đầu tư",
        "nhà quan sát",
        "giới quan sát",
        "tài xế",
    }
)
# Relatives: "<relative> <Name>" is someone else than <Name> (kind "anonymous").
RELATIVES = (
    "bố",
    "mẹ",
    "cha",
    "bố ruột",
    "mẹ ruột",
    "vợ",
    "chồng",
    "bà xã",  # "bà xã X": X's wife, said familiarly ("ông xã": husband)
    "ông xã",
    "con trai",
    "con gái",
    "anh trai",
    "em trai",
    "chị gái",
    "em gái",
    "bạn trai",
    "bạn gái",
    "người yêu",
    # grandparents: "bà"/"ông" is an honorific before a name, a grandparent before "của",
    # "nội", "ngoại" ("bà của nạn nhân chia sẻ", "ông nội cháu bé kể")
    "bà của",
    "ông của",
    "bà nội",
    "bà ngoại",
    "ông nội",
    "ông ngoại",
    "cháu trai",
    "cháu gái",
    "luật sư",
    "người nhà",
    "quản lý",
)
# Words naming a person by trade or description (kind "person": the article's person).
DESCRIPTORS = (
    "rapper",
    "ca sĩ",
    "nữ ca sĩ",
    "nam ca sĩ",
    "người đẹp",
    "nàng hậu",
    "hoa hậu",
    "á hậu",
    "cô nàng",
    "diễn viên",
    "nam diễn viên",
    "nữ diễn viên",
    "nghệ sĩ",
    "nhạc sĩ",
    "tiền đạo",
    "tiền vệ",
    "hậu vệ",
    "thủ môn",
    "trung vệ",
    "cầu thủ",
    "chân sút",
    "danh thủ",
    "tuyển thủ",
    "hlv",
    "huấn luyện viên",
    "chiến lược gia",
    "tay vợt",
    "võ sĩ",
    "vận động viên",
    "vđv",
    "bị cáo",
    "nghi phạm",
    # a police officer or soldier by rank-and-file name: "chiến sĩ Nguyễn Văn A (Đội CSGT
    # số 1) cho biết", "Theo chiến sĩ X, ..."
    "chiến sĩ",
    "nạn nhân",
    "doanh nhân",
    "tỷ phú",
    "nữ doanh nhân",
    "nam rapper",
    "nữ rapper",
    "chàng trai",
    "cô gái",
    # stars by what they are: "ngôi sao người Canada thừa nhận", "danh ca này nói"
    "ngôi sao",
    "siêu sao",
    "danh ca",
    "minh tinh",
    "tài tử",
)
# Determiners and quantities before a collective head.
_DETERMINERS = (
    "các",
    "những",
    "một số",
    "một",
    "nhiều",
    "hai",
    "ba",
    "đông đảo",
    "giới",
    "phía",
    "khoảng",
    # counts: "hơn 2.000 tiểu thương", "gần trăm phụ huynh", "hàng nghìn cử tri", "vài
    # nhân chứng" (digits are skipped as counts)
    "hơn",
    "gần",
    "hàng",
    "trăm",
    "nghìn",
    "ngàn",
    "chục",
    "vài",
    "tổng cộng",  # "có tổng cộng 9 người khiếu nại ...": a count
    "đa số",
    "phần lớn",
    "ngôi",  # the classifier of buildings: "ngôi trường"
    # "(cũng) có ý kiến cho rằng", "có người nói": some, not named
    "có",
    "cũng",
    "vẫn",
)
# Plural determiners after a title: "lãnh đạo các ngân hàng", "đại diện nhiều doanh
# nghiệp" are holders of the title counted, not one person.
_PLURAL = ("các", "những", "nhiều", "một số")
# ... or of one body it does not name: "Tổng giám đốc một ngân hàng cho hay"
_UNNAMED_ONE = ("một",)


@dataclass(frozen=True)
class Source:
    start: int  # character offsets of the phrase in the text given
    end: int
    kind: str  # "organisation", "anonymous" or "descriptor" (a person named by trade)
    head: str  # the lexicon entry that decided


def _table(words: tuple[str, ...]) -> dict[str, list[str]]:
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=lambda x: -len(x.split())):
        by_first.setdefault(w.split()[0], []).append(w)
    return by_first


# "sĩ" is also written "sỹ" ("nữ ca sỹ", "nghệ sỹ"): both spellings
DESCRIPTORS = (*DESCRIPTORS, *(d.replace("sĩ", "sỹ") for d in DESCRIPTORS if "sĩ" in d))
_KINDS = (
    (RELATIVES, "anonymous"),
    (DOCUMENTS, "organisation"),
    (DOCUMENTS_NEED_OWNER, "organisation"),
    (MEDIA, "organisation"),
    (BODIES, "organisation"),
    (UNNAMED, "anonymous"),
    (DESCRIPTORS, "descriptor"),
)
_TABLES = [(_table(words), kind, set(words)) for words, kind in _KINDS]
# Trades that are titles too ("cầu thủ", "ca sĩ"): alone, they name the article's person
_DESCRIPTOR_SET = frozenset(DESCRIPTORS)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_OWNER = re.compile(
    # "số liệu do Bộ X cung cấp": the owner as the agent of the data's verb; a few
    # lowercase words may qualify the document first ("thống kê mới nhất của X", "bảng
    # thống kê thời gian thực của X")
    r"\s*(?:(?-i:[a-zđ\u00e0-\u1ef9]+)\s+){0,4}?"
    r"(?:(?:vừa\s+công\s+bố\s+|được\s+công\s+bố\s+)?(?:của|từ|trên|tại)|(?:(?:mới|vừa)\s+)?(?:do|được))\s+\S"
    # or the owner's name at once: "tài liệu Sao Mai thu thập được"
    r"|(?-i:\s+[" + UPPER + r"])",
    re.I,
)


SECTOR_WORDS = 3  # lowercase syllables of a sector's field ("ngành y tế tỉnh"), at most

_OWNED_NEWS = re.compile(r"(?<!\w)(?:trên|của|từ)\s")


def _head_at(words: list[str]) -> tuple[str, str, int] | None:
    """(head, kind, syllables) of the lexicon entry the words begin with, the longest."""
    if not words:
        return None
    best = None
    for table, kind, _ in _TABLES:
        for entry in table.get(words[0], ()):
            n = len(entry.split())
            if words[:n] == entry.split() and (best is None or n > best[2]):
                best = (entry, kind, n)
    return best


def phrase_at(text: str, start: int, end: int) -> Source | None:
    """The source phrase that is `text[start:end]` (a clause's subject, or what follows
    "Theo"): it must begin, after determiners, with a head of one of the lexicons.
    Returns None for anything else (a named person, a place, a common noun)."""
    piece = text[start:end]
    title = names.title_at(piece, 0)
    matches = list(_WORD.finditer(piece))
    words = [fold(m.group(0)) for m in matches]
    if title and fold(title) not in UNNAMED and fold(title) not in _DESCRIPTOR_SET:
        n = len(title.split())
        if any(words[n : n + len(d.split())] == d.split() for d in (*_PLURAL, *_UNNAMED_ONE)):
            return Source(start, end, "anonymous", fold(title))  # "lãnh đạo các ngân hàng"
        # "Bộ trưởng ...": a title names a person, not the body ("đại diện Sở X", "người
        # phát ngôn của Y" with no name after: an unnamed one, read below)
        return None
    k = 0
    some = False  # "có ý kiến", "có thông tin": some, unnamed
    while k < len(words):
        head = _head_at(words[k:])
        if head is not None and head[2] > 1:
            break  # "giới chức", "giới chuyên gia": a head that opens with a determiner's word
        if words[k].isdigit():
            k += 1  # "1 người hàng xóm", "3 nhân chứng": a count
            continue
        det = next(
            (d for d in _DETERMINERS if words[k : k + len(d.split())] == d.split()),
            None,
        )
        if det is None:
            break
        some = some or det == "có"
        k += len(det.split())
    head = _head_at(words[k:])
    if head is None and k == len(words) and words[-2:] in (["phần", "lớn"], ["đa", "số"]):
        return Source(start, end, "anonymous", " ".join(words[-2:]))  # "Phần lớn cho rằng": the most of them
    if head is None and 0 < k < len(matches):
        # "Một số đại biểu", "các bộ trưởng", "nhiều luật sư": holders of a title counted,
        # not named, a collective source
        title = names.title_at(piece, matches[k].start())
        if title is not None:
            return Source(start, end, "anonymous", fold(title))
    if head is None and k > 0 and _UNNAMED_CUE.search(piece):
        # "Một nhà ngoại giao giấu tên", "một người không muốn nêu tên": whoever it is, the
        # text says it does not name them
        return Source(start, end, "anonymous", "giấu tên")
    if head is None:
        return None
    entry, kind, n = head
    if entry in DOCUMENTS_NEED_OWNER:
        after = piece[matches[k + n - 1].end() :] if k + n - 1 < len(matches) else ""
        if not _OWNER.match(after):
            # "có thông tin cho rằng ...": news from nobody named (a rumour's kind)
            return Source(start, end, "anonymous", entry) if some else None
    if kind == "anonymous" and entry in ("người", "ý kiến", "dự đoán", "lo ngại", "phân tích") and k == 0:
        return None  # "người ..." alone is any person; collective only as "nhiều người"
    if entry == "tin tức" and _OWNED_NEWS.search(piece):
        return None  # "tin tức trên báo X": the outlet's, read as such by the rules that cite it
    if entry == "ngành" and "và" not in words[k + n : k + n + SECTOR_WORDS] and (
        sum(m.group(0)[:1].islower() for m in matches[k + n :]) > SECTOR_WORDS
    ):
        return None  # "các sở - ngành liên quan nghiên cứu đề nghị": a clause, not a sector's name
    if entry == "thành viên" and words[k + n : k + n + 2] in _MARKET_MEMBERS:
        return None  # "thành viên lưu ký xác nhận ...": a firm's role in a procedure, no one speaking
    if entry == "cơ quan" and not any(m.group(0)[:1].isupper() for m in matches[k + n :]):
        return None  # "cơ quan" names a body only with its name ("cơ quan Mật vụ Mỹ")
    return Source(start, end, kind, entry)


# What says that a source is not named: "giấu tên", "xin giấu tên", "không muốn nêu
# tên", "không tiết lộ danh tính"
_UNNAMED_CUE = re.compile(
    r"(?<!\w)(?:giấu tên|(?:không|chưa)\s+(?:muốn\s+|được\s+)?"
    r"(?:nêu tên|tiết lộ danh tính|công khai danh tính))(?!\w)",
    re.I,
)


def says_unnamed(text: str) -> bool:
    """Whether a source phrase says its source goes unnamed ("hai phi công giấu tên của
    X", "một quan chức không muốn nêu tên")."""
    return _UNNAMED_CUE.search(text) is not None


# Members of a market's system ("thành viên lưu ký", "thành viên bù trừ"): firms in a
# procedure, not people of a group
_MARKET_MEMBERS = (["lưu", "ký"], ["bù", "trừ"], ["thị", "trường"])
