"""Find mentions of people, organisations and places in one sentence.

A mention is a person's name with the title or honorific before it ("Ngoại trưởng Nga
Sergei Lavrov", "ông Lavrov"), a title alone ("người phát ngôn Bộ Ngoại giao Mỹ",
resolved later to the person who holds it), an organisation ("Bộ Ngoại giao Mỹ") or a
place ("Hoa Kỳ", "tỉnh Quảng Trị"). Vietnamese capitalises the first syllable of each
word of a proper name ("Bộ Ngoại giao"), so an organisation name runs on through a
lowercase syllable that follows a capitalised one, unless that syllable is a function
word or a verb that ends the name ("Bộ Tài chính cho biết").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from tomtat.facts import names, recognizer, sources
from tomtat.text.normalize import LOWER, UPPER, fold
from tomtat.text.sentences import FAMILY_NAMES

# A word: a hyphen inside it ("Jong-un", "Phi-líp-pin"), not one glued to its end ("ông
# X- Phó giám đốc ...": a dash typed without its space, which ends the name).
_TOKEN = re.compile(r"[^\W\d_][\w’']*(?:-(?=\w)[\w’']*)*|\d(?:[\w/\-]|\.(?=\w))*")

# Lowercase syllables that never continue a proper name.
_STOP = set(
    """và của là có được với tại ở về cho đã sẽ đang cũng vừa mới thì mà nhưng hay hoặc nói
    khẳng nhấn cho biết rằng này đó kia các những một hai ba bốn năm để do vì nên khi
    trong ngoài trên dưới sau trước đến từ theo như tới lại ra vào lên xuống đi hết không
    chưa rất đều vẫn còn bị hợp cùng tiếp thêm nhận định tuyên bố thông báo phát biểu
    đánh giá bày tỏ kêu gọi lưu ý cảnh báo ngày tháng năm chiều sáng tối trưa hôm lần thứ
    người ông bà anh chị dẫn đưa trích tuyên yêu kêu bác thừa tiết xác lưu giải hơn gần
    khoảng nhằm đề sớm""".split()
)  # from "dẫn": words that open reporting verbs ("dẫn lời", "đưa tin", "tuyên bố",
# "giải thích", "đề xuất") or amounts ("hơn 9 tỉ đồng"), never a name's lowercase word
# A stop syllable that is the second half of a word in organisations' names: "Cục Hàng
# không" (aviation), "Sở Giao thông" (transport; after a capital only: in "Trung tâm Điều
# hành giao thông công cộng X" the lowercase words run on). (syllable, the word before it)
# Function syllables that are the second half of a body's head word ("Hàng không",
# "Giao thông", "Tổ hợp"): inside the name, not running text after it
STOP_SYLLABLES = frozenset(_STOP)  # (read by `facts.quotes`)
_STOP_INSIDE_WORDS = {("không", "hàng"), ("không", "Hàng"), ("thông", "Giao"), ("hợp", "Tổ")}
OPENERS = set(
    """theo trong tại sau trước khi ngày hôm chiều sáng tối trưa đêm với về từ đến cùng
    tuy nhưng còn cũng đây đó việc người này nếu vì do ngoài bên năm tháng lúc phát
    trả khi đặc hiện ngoại mặc dù phía bị ý áo ở bởi nhờ vắng""".split()
)  # "Phía Mỹ": the side, then the name; "Ý kiến", "Áo dài": not Italy, Austria


# Conjunctions of two syllables that open a sentence capitalised ("Sở dĩ nói như vậy",
# "Tuy vậy"): no name, though each syllable may open one ("Sở Y tế", "Tuy Hòa")
OPENING_PAIRS = frozenset(
    {"sở dĩ", "tuy vậy", "dù vậy", "do đó", "vì vậy", "bởi vậy", "thế nhưng", "vì thế"}
)
# Roman numerals after the words that count with them ("thế kỷ XVII", "khóa XIII",
# "lần thứ IV"): numbers, not names
_ROMAN = re.compile(r"[IVXLCDM]+")
_BEFORE_ORDINAL = frozenset({"kỷ", "khóa", "khoá", "thứ"})
# Days of the week, written capitalised after "thứ" ("thứ Sáu", "thứ Hai")
_WEEKDAYS = frozenset({"hai", "ba", "tư", "năm", "sáu", "bảy"})


_EVENT_HEADS = ("Hội nghị", "Hội thảo", "Hội chợ", "Hội thi", "Hội diễn", "Diễn đàn", "Lễ", "Giải", "Cuộc")


_ORG_FIRST = {h.split()[0] for h in names.ORG_HEADS}

# Common nouns of a place, written lowercase before its name: what follows is a place
# ("ga Hòa Khánh", "sân Mỹ Đình", "sông Hồng"), not a person the name might also be.
# Only nouns that are not the second half of another word before a capital ("cầu" is:
# "yêu cầu Bộ Tài chính"; "đường" and "phố" are not kept either: "trên đường Nguyễn
# Trãi" is an address VLSP 2018 does not always mark).
PLACE_NOUNS = {"ga", "sân", "cảng", "chợ", "sông", "núi", "đảo", "vịnh", "đèo", "bến", "hồ", "biển"}
# Of these, the ones that are part of the place's name as written ("ga Hòa Khánh", "sân
# Hòa Bình"); a sea, a mountain or an island is named without its noun ("Ấn Độ Dương").
FACILITY_NOUNS = {"ga", "sân", "cảng", "chợ", "bến"}
# A country after these is a nationality or a language ("người Pháp", "tiếng Anh"), not a
# place the story happens in.
_NATIONALITY_WORDS = {"người", "tiếng", "gốc"}


@dataclass
class Mention:
    start: int
    end: int
    text: str  # as written
    kind: str  # PER, ORG, LOC, ROLE (a title without a name)
    name: str | None = None  # the proper name inside, if any
    role: str | None = None  # the title with its qualifier ("Ngoại trưởng Nga")
    category: str | None = None  # a place's administrative word before it ("huyện", "tỉnh")


_PARTICLES = {"bin", "al", "de", "van", "von", "der", "la", "da", "di", "du", "le", "ibn", "el", "of"}


def _cap(word: str) -> bool:
    return word[:1].isupper() or word.startswith(("al-", "el-"))


# Syllables a name can have: the longest official names ("Ủy ban Thường vụ Quốc hội nước
# Cộng hòa xã hội chủ nghĩa Việt Nam") have about 15. A longer run of capitals is split,
# which also keeps everything after it linear on hostile text.
MAX_NAME_SYLLABLES = 20

# A syllable found in persons' names less often than this (share of its occurrences in
# the recognizer's training part) is no one-syllable person's name after a title. Not
# tuned: on VLSP train (whose entities were not read for this rule) 0.02, 0.05 and 0.1
# give story-entity precision .854, .855 and .856 alike.
PERSON_SYLLABLE_SHARE = 0.05


_ONE_SYLLABLE_HEADS = {h for h in names.ORG_HEADS if " " not in h and not h.isupper()}
# One-syllable heads that are also given names ("Trường", "Hội") or a name's word after
# a title ("Đảng", "Báo" of a party's or paper's name): not read as a bare body.
_BARE_HEADS_ALSO_NAMES = frozenset({"Hội", "Đảng", "Báo", "Trường"})
_HEADS_ALSO_GIVEN_NAMES = frozenset({"Hội", "Trường"})


def _closes_name(tokens: list[re.Match], k: int, end: int) -> bool:
    """Whether the capitalised word before `end` is one after which lowercase syllables
    are running text, not more of an organisation's name: an acronym ("Ban QLDA dự
    kiến ...": an acronym is a whole word) or a place ("Hiệp hội Du lịch Thái Lan dự báo")."""
    last = tokens[end - 1].group(0)
    if len(last) > 1 and last.isupper():
        return True
    return _ends_on_place(tokens, k, end)


def _ends_on_place(tokens: list[re.Match], k: int, end: int) -> bool:
    """Whether the run k..end ends on a place of the table (its last one to three words)."""
    return any(
        names.place(" ".join(t.group(0) for t in tokens[a:end])) for a in range(max(k + 1, end - 3), end)
    )


# Place markers written abbreviated with a dot inside a body's name: "VKSND TP. Hải
# Long", "UBND Tp. Vạn Ninh" (the dot abbreviates "thành phố"; the name goes on)
_DOTTED_MARKERS = frozenset({"TP", "Tp"})


def _abbreviated_marker(tokens: list[re.Match], i: int) -> bool:
    """Token i is "TP"/"Tp" with its dot, a space and a capitalised word after it, inside
    a run (after another word of the name)."""
    t = tokens[i]
    return (
        0 < i < len(tokens) - 1
        and t.group(0) in _DOTTED_MARKERS
        and t.string[t.end() : tokens[i + 1].start()] == ". "
        and _cap(tokens[i + 1].group(0))
    )


def _initial(tokens: list[re.Match], i: int) -> bool:
    """Token i is a middle initial: one capital letter, its dot, a space and a capitalised
    word after it ("Laura C. Hendricks"), after a capitalised word."""
    t = tokens[i]
    src = t.string
    return (
        0 < i < len(tokens) - 1
        and len(t.group(0)) == 1
        and t.group(0).isupper()
        and _cap(tokens[i - 1].group(0))
        and src[t.end() : tokens[i + 1].start()] == ". "
        and _cap(tokens[i + 1].group(0))
    )


def _proper_run(tokens: list[re.Match], k: int, allow_lower: bool) -> int:
    """Index after a proper name starting at token k (capitalised syllables; with
    `allow_lower`, an organisation's name, up to three lowercase syllables may follow a
    capitalised one: "Ban tổ chức", "Tổ chức quan sát Nhân quyền")."""
    j = k
    lower = 0  # lowercase syllables since the last capitalised one
    last_cap = k
    while j < len(tokens) and j - k < MAX_NAME_SYLLABLES:
        w = tokens[j].group(0)
        if w == "số" and j > k and names.address_at([t.group(0) for t in tokens[j : j + 5]], 0):
            break  # "Công ty X số 12 phố Y": the address after the name
        if _cap(w) or w[:1].isdigit() and j > k:
            j += 1
            lower, last_cap = 0, j
        elif w in _PARTICLES and j > k and j + 1 < len(tokens) and _cap(tokens[j + 1].group(0)):
            j += 1  # "Bandar bin Sultan", "Ruud van Nistelrooy"
        elif (
            allow_lower
            and j > k
            and lower < 3
            and (w.lower() not in _STOP or (w.lower(), tokens[j - 1].group(0)) in _STOP_INSIDE_WORDS)
            # a verb whose first syllable also opens words of names ends it as a pair
            # ("Cục Hải quan công bố", but "Tổng công ty")
            and not (j + 1 < len(tokens) and (w, tokens[j + 1].group(0)) in names.VERBS_AFTER_A_NAME)
            # lowercase words after a place are running text, wherever in the run ("Sở X tỉnh
            # Y cử đoàn kiểm tra ...": the name ends at the place; after an acronym a unit's
            # words may follow, "Cơ quan CSĐT công an huyện ...")
            and not (lower == 0 and last_cap > k + 1 and _ends_on_place(tokens, k, last_cap))
        ):
            j += 1
            lower += 1
        else:
            break
        if (
            j < len(tokens)
            and tokens[j].start() - tokens[j - 1].end() > 1
            and not _initial(tokens, j - 1)
            and not _abbreviated_marker(tokens, j - 1)
        ):
            break  # punctuation between words ends the name, but a middle initial's dot
        if j < len(tokens) and tokens[j - 1].group(0).endswith(("’", "'")):
            break
    if allow_lower and lower and last_cap > k and _closes_name(tokens, k, last_cap):
        j = last_cap
    elif allow_lower and lower > 2:
        # three lowercase syllables in a row are running text. A Vietnamese word is
        # mostly one or two syllables: after a one-syllable head the name's next word is
        # its two lowercase syllables ("Viện kinh tế ..."), else the capitalised word's
        # second syllable ends the name ("Quốc hội tổ chức kỳ họp" -> "Quốc hội")
        j = last_cap + (2 if tokens[last_cap - 1].group(0) in _ONE_SYLLABLE_HEADS else 1)
    while (
        not allow_lower
        and j > k
        and not _cap(tokens[j - 1].group(0))
        and not tokens[j - 1].group(0)[:1].isdigit()
    ):
        j -= 1  # a person's name ends on a capitalised word
    return j


def _span(tokens: list[re.Match], first: int, end: int) -> tuple[int, int]:
    return tokens[first].start(), tokens[end - 1].end()


@dataclass(frozen=True)
class Recognized:
    """What the trained recognizer (`facts.recognizer`) tagged in the sentence, by
    character span: places the place table does not list ("Na Uy"), and where a
    person's name begins inside a run of capitals ("Fed Atlanta Raphael Bostic")."""

    places: frozenset[tuple[int, int]] = frozenset()
    person_starts: frozenset[int] = frozenset()
    spans: tuple[tuple[int, int, str], ...] = ()
    # place names of the recognizer's gazetteer (drawn from its training part)
    known_place: Callable[[str], bool] | None = None
    # share of a syllable's occurrences in the training part that were in a person's name
    person_share: Callable[[str], float] | None = None
    # one-word places the recognizer tags elsewhere in the story, as `names.key`
    # ("karelia"): a run it reads as one person's name here may open with one
    # ("Karelia Mikael Torvin")
    story_places: frozenset[str] = frozenset()

    @functools.cached_property
    def _by_start(self) -> tuple[list[int], list[tuple[int, int, str]], int]:
        spans = sorted(self.spans)
        return [a for a, _, _ in spans], spans, max((b - a for a, b, _ in spans), default=0)

    def covering(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The names whose span holds `start`..`end`: a binary search back to the longest
        name's reach, not a scan of every name (a hostile sentence has thousands)."""
        starts, spans, longest = self._by_start
        out = []
        k = bisect.bisect_right(starts, start) - 1
        while k >= 0 and starts[k] >= start - longest:
            a, b, kind = spans[k]
            if end <= b:
                out.append(spans[k])
            k -= 1
        return out

    def inside(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The names whose span lies within `start`..`end`."""
        starts, spans, _ = self._by_start
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        return [sp for sp in spans[lo:hi] if sp[1] <= end]

    @functools.cached_property
    def starting_at(self) -> dict[int, list[tuple[int, str]]]:
        """(end, type) of the names that start at each character offset: a look-up per
        token instead of a scan of every name (a hostile sentence has thousands)."""
        out: dict[int, list[tuple[int, str]]] = {}
        for a, b, kind in self.spans:
            out.setdefault(a, []).append((b, kind))
        return out


_NOTHING = Recognized()


# The heads of the bodies whose field a title names without the head: "Bộ trưởng Quốc
# phòng" is the minister of "Bộ Quốc phòng". The fields are the training part's own
# (`_fields`), so a person's name ("Bộ trưởng Quốc cho biết") is not mistaken for one.
_FIELD_HEADS = frozenset({"bộ"})
MIN_FIELD_SYLLABLES = 2  # "bộ quốc", a cut name in the gazetteer, has no field
MAX_FIELD_SYLLABLES = 8  # "nông nghiệp và phát triển nông thôn"


@functools.cache
def _fields() -> frozenset[tuple[str, ...]]:
    """Folded fields of the ministries of the recognizer's gazetteer (organisations of
    VLSP 2018's training part: "bộ quốc phòng" -> ("quốc", "phòng"))."""
    out = set()
    for phrase, kind in recognizer.default().gazetteer.phrases.items():
        field = phrase[1:]
        if (
            kind == "ORG"
            and phrase[0] in _FIELD_HEADS
            and MIN_FIELD_SYLLABLES <= len(field) <= MAX_FIELD_SYLLABLES
            and all(w.isalpha() for w in field)
        ):
            out.add(field)
    return frozenset(out)


def _field_end(tokens: list[re.Match], k: int, after_head: bool = False) -> int | None:
    """The token after the longest ministry field starting at token k, written as
    fields are (its first syllable capitalised, the next one not: "Quốc phòng", not a
    person's "Quốc Phòng"; after a body's head, in any case: "Sở giao thông vận tải"),
    or None."""
    if k + 1 >= len(tokens) or _cap(tokens[k + 1].group(0)):
        return None
    if not after_head and not _cap(tokens[k].group(0)):
        return None
    if names.org_head_at(tokens[k].string, tokens[k].start()):
        return None  # "Giám đốc Công an tỉnh X": a body's head ("Công an"), read as a body
    fields = _fields()
    words = tuple(fold(t.group(0)) for t in tokens[k : k + MAX_FIELD_SYLLABLES])
    for n in range(len(words), MIN_FIELD_SYLLABLES - 1, -1):
        if words[:n] in fields:
            return k + n
    return None


# Heads of the bodies named by a ministry's field: the ministry, and the province's
# department and the district's office that mirror it ("Sở Giao thông vận tải", "Phòng
# giáo dục và đào tạo huyện X")
_DEPARTMENT_HEADS = frozenset({"bộ", "sở", "phòng"})
# `names.PLACE_MARKERS`, folded without their dot, by their number of words
_MARKER_WORDS: dict[int, frozenset[str]] = {
    n: frozenset(fold(m).rstrip(".") for m in names.PLACE_MARKERS if len(m.split()) == n)
    for n in {len(m.split()) for m in names.PLACE_MARKERS}
}


def _place_after(tokens: list[re.Match], j: int, seen: Recognized = _NOTHING) -> int:
    """The token after a marked place at token j ("tỉnh Hải Long", "TP. Vinh"), or j; a
    person's name the recognizer starts inside the run ends the place ("Sở Y tế tỉnh Hà
    Tĩnh Lê Văn A": the department's holder follows its province)."""
    for n, markers in sorted(_MARKER_WORDS.items()):
        words = " ".join(fold(t.group(0)).rstrip(".") for t in tokens[j : j + n])
        if j + n < len(tokens) and words in markers and _cap(tokens[j + n].group(0)):
            end = _proper_run(tokens, j + n, allow_lower=False)
            cut = _person_inside(tokens, j + n, end, seen)
            return end if cut is None else cut
    return j


def _a_known_place(words: list[str], tokens: list[re.Match], k: int, end: int, seen: Recognized) -> bool:
    """The run of `words` (tokens k..end) is a place the table, the recognizer or its
    gazetteer knows."""
    text = " ".join(words)
    return bool(
        names.place(text)
        or _span(tokens, k, end) in seen.places
        or (seen.known_place is not None and seen.known_place(text))
    )


def _ministry_end(tokens: list[re.Match], k: int, seen: Recognized = _NOTHING) -> int | None:
    """The token after a ministry's field at token k, or after a ministry's, department's
    or office's head, its field and a marked place ("Bộ Kế hoạch và Đầu tư", "Phòng giáo
    dục và đào tạo TP. X"), or None."""
    if k < len(tokens) and fold(tokens[k].group(0)) in _DEPARTMENT_HEADS and _cap(tokens[k].group(0)):
        field = _field_end(tokens, k + 1, after_head=True)
        # "đại diện Phòng giáo dục và đào tạo TP. X": the department's place is the title's
        return None if field is None else _place_after(tokens, field, seen)
    return _field_end(tokens, k)


def _recognized_body_end(tokens: list[re.Match], k: int, seen: Recognized) -> int | None:
    """The token after an organisation the recognizer tagged from token k on, when its
    name holds what ends a run of capitals: punctuation or a lowercase "và" between
    capitalised words (official names of ministries and departments: "Bộ Lao động -
    Thương binh và Xã hội"), or lowercase words of the name ("Trung tâm Dự báo khí tượng
    thủy văn quốc gia"); else None."""
    if k >= len(tokens) or not _cap(tokens[k].group(0)):
        return None
    start = tokens[k].start()
    end = next((b for a, b, kind in seen.spans if kind == "ORG" and a == start), None)
    if end is None:
        return None
    j = k
    while j < len(tokens) and tokens[j].end() <= end:
        j += 1
    inside = tokens[k].string[start:end]
    if j - k < 3:
        return None
    if _BODY_JOINT.search(inside):
        return j
    # lowercase words past the head's two ("Trung tâm", "Công ty" have their own): the
    # recognizer's span is trusted where the name ends, before a pause or a lowercase
    # word, and the capitals after its last lowercase word are no person's full name
    # (then the run of capitals goes on into a place or a holder's name, which the rules
    # split: "Đảng Lao động Karelia Mikael Torvin", "Sở Du lịch X Văn Thị Y")
    past_head = tokens[k + 2].start() - start - 1
    if not _LOWERCASE_AFTER_SPACE.search(inside, past_head):
        return None
    if j < len(tokens) and (_cap(tokens[j].group(0)) or tokens[j].group(0)[:1].isdigit()):
        return None  # (nor a number: "Trường tiểu học X 1")
    last_lower = max(i for i in range(k, j) if not _cap(tokens[i].group(0)))
    if _full_name(tokens[last_lower + 1 : j]):
        return None
    return j


# What joins the parts of an official body's name: a comma, a dash or "và" between two
# capitalised words
_BODY_JOINT = re.compile(r"[^\W_]\s?[,–-]\s[^\W_]|\svà\s(?=[^\W\d_])")
# A lowercase word inside a name ("Trung tâm Dự báo khí tượng")
_LOWERCASE_AFTER_SPACE = re.compile(r"\s[" + LOWER + r"]")


def _split_place_tail(
    words: list[str],
    tokens: list[re.Match] | None = None,
    first: int = 0,
    seen: Recognized = _NOTHING,
    person_cut: bool = False,
) -> tuple[list[str], list[str]]:
    """Split a run into (qualifier ending with a known place or organisation, rest):
    "Nga Sergei Lavrov" -> (["Nga"], ["Sergei", "Lavrov"]). With the run's tokens (from
    `first`), a place the recognizer tagged counts too, and a person's name the
    recognizer starts inside the run ends the qualifier there."""
    best = 0
    for cut in range(1, min(len(words), names.LONGEST_PLACE + 1)):  # linear on long runs
        if (
            cut == 1
            and len(words) == 2
            and tokens is not None
            and names.place(words[0])
            # (a Vietnamese syllable after it: "Nga Torvin" is a country and a surname)
            and recognizer.default().in_dictionary(words[1])
            and any(
                k == "PER" and a <= tokens[first].start() and tokens[first + 1].end() <= b
                for a, b, k in seen.covering(tokens[first].start(), tokens[first + 1].end())
            )
        ):
            # "ca sĩ Mỹ Hạnh", "NSƯT Đức Hải": two Vietnamese syllables the recognizer
            # reads as one person's name, the first also a country's or a province's: a
            # given name
            continue
        if names.place(" ".join(words[:cut])):
            best = cut  # the table's places split even a span the recognizer calls a person
        elif (
            cut == 1
            and not words[0].isupper()  # "TP", "Q." stand for a place's kind
            and tokens is not None
            and any(k == "PER" for *_, k in seen.covering(tokens[first].start(), tokens[first + 1].end()))
        ):
            # one syllable the gazetteer has seen as a place, inside what the recognizer
            # reads as a person's name ("NSƯT Trung Kiên"): the name's first syllable;
            # unless the story names it on its own as a place and a full name follows
            # ("Thủ tướng Karelia Mikael Torvin", "Karelia" a place elsewhere)
            if names.key(words[0]) in seen.story_places and len(words) >= 3:
                best = cut
            continue
        elif tokens is not None and (tokens[first].start(), tokens[first + cut - 1].end()) in seen.places:
            best = cut
        elif seen.known_place is not None and seen.known_place(" ".join(words[:cut])):
            best = cut
    if person_cut and tokens is not None and seen.person_starts:
        for cut in range(max(1, best), len(words)):
            at = tokens[first + cut].start()
            # a name starts here and none covers the words before ("Fed Atlanta Raphael
            # Bostic", not "Bandar bin Sultan" tagged in two pieces)
            if at in seen.person_starts and not any(
                kind == "PER" and a < at and b > tokens[first].start() for a, b, kind in seen.spans
            ):
                best = cut
                break
    return words[:best], words[best:]


# Middle names of Vietnamese full names, the commonest: with a family name before and a
# given name after, three capitalised syllables no body's or place's name is spelt like
# ("Nguyễn Văn A", "Lê Thị B"; not "Hà Nội FC", "Hoàng Anh Gia Lai")
_MIDDLE_NAMES = frozenset(
    "Văn Thị Hữu Đức Minh Quang Ngọc Thanh Xuân Công Đình Quốc Hồng Kim Bá Duy Trọng Tiến Thế Mạnh"
    " Đăng Khắc Viết Như Trung Thu".split()
)


def _holder_after_bare_head(tokens: list[re.Match], j: int, end: int) -> int | None:
    """Where a person's full name begins after a body's head alone at token j ("CLB",
    "Công ty"), when the run j..end is that head and then exactly a family name, a
    middle name and a given name; else None."""
    if end - j < 4:
        return None
    first = end - 3
    head = tokens[j].string[tokens[j].start() : tokens[first - 1].end()]
    if head not in _BARE_HEADS:
        return None
    family, middle, given = (t.group(0) for t in tokens[first:end])
    if family not in FAMILY_NAMES or middle not in _MIDDLE_NAMES or not given[1:].islower():
        return None
    return first


# People's councils and committees: named after their place only, never after a person
# (a city named after one, "TP Hồ Chí Minh", is in the place table)
_COUNCILS = frozenset({"UBND", "HĐND"})
_UNNAMED_CITY = frozenset({"TP", "Tp"})


def _holder_after_council(tokens: list[re.Match], j: int, end: int) -> int | None:
    """Where a person's full name begins at the end of a council's run of capitals after
    a title ("Phó Chủ tịch UBND TP Trần Văn Khoa": the city's committee left unnamed, then
    its vice-chairman), when the recognizer read the run as one body: a family name and
    two or three capitalised syllables, right after "TP"."""
    if tokens[j].group(0) not in _COUNCILS:
        return None
    for size in (3, 4):
        first = end - size
        # the city left unnamed, as news shortens it ("UBND TP", "the city's"): a place
        # marker of its own would be followed by the place's name ("UBND xã Lê Văn X", a
        # commune named after someone)
        if first - j < 2 or tokens[first - 1].group(0) not in _UNNAMED_CITY:
            continue
        words = [t.group(0) for t in tokens[first:end]]
        name = " ".join(words)
        if (
            words[0] in FAMILY_NAMES
            and all(_cap(w) and w[1:].islower() for w in words)
            # a place named after a person ("TP Hồ Chí Minh")
            and not names.place(name)
            and not names.place(f"{tokens[first - 1].group(0)} {name}")
            and not recognizer.default().known_place(name)
        ):
            return first
    return None


# A body's head that can stand alone for the body ("CLB", "Công ty", "Sở"), not one that
# is a name by itself ("Liên hợp quốc")
_BARE_HEADS = frozenset(h for h in names.ORG_HEADS if h not in names.FIXED_ORGS)


def _full_name(tokens: list[re.Match]) -> bool:
    """Capitalised words that can only be a person's full name after a body's: three
    syllables or more ("Lê Văn An"), or two of which the first is no Vietnamese word
    ("Marie Harf"). Two Vietnamese syllables are as often the end of the body's own name
    ("Tập đoàn Tân Hoàng Long", "Không quân Lào")."""
    if len(tokens) < 2 or not all(_cap(t.group(0)) for t in tokens):
        return False
    return len(tokens) >= 3 or not recognizer.default().in_dictionary(tokens[0].group(0))


def _person_inside(tokens: list[re.Match], k: int, end: int, seen: Recognized) -> int | None:
    """The token where the recognizer starts a person's name inside the run k..end
    (not at its first token) with no person's name covering the tokens before."""
    if not seen.person_starts:
        return None
    for cut in range(k + 1, end):
        at = tokens[cut].start()
        if at in seen.person_starts:
            covered = any(kind == "PER" and a < at and b > tokens[k].start() for a, b, kind in seen.spans)
            return None if covered else cut
    return None


# Words before a title that make it part of a contest's or a rank's name.
_CONTEST = re.compile(r"(?:cuộc thi|ngôi vị|ngôi|danh hiệu|vương miện|đăng quang|giải)\s+$", re.I)
PLACE_MARKER_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(m) for m in names.PLACE_MARKERS) + r")\.?\s+$", re.I
)


# Beauty pageants: the title, then the contest's name, then (maybe) the winner's name.
_PAGEANTS = {"hoa hậu", "á hậu", "hoa khôi", "á khôi", "nam vương", "người đẹp"}
_PAGEANT = re.compile(
    r"(?:\s+(?:[Hh]oàn\s+[Vv]ũ|[Tt]hế\s+[Gg]iới|[Qq]uốc\s+[Tt]ế|[Tt]rái\s+[Đđ]ất|[Hh]òa\s+[Bb]ình"
    r"|[Ss]iêu\s+[Qq]uốc\s+[Gg]ia|[Hh]oàn\s+[Cc]ầu|[Dd]u\s+[Ll]ịch|[Bb]iển|[Áá]o\s+[Dd]ài|[Dd]oanh\s+[Nn]hân"
    r"|[Tt]hể\s+[Tt]hao|[Đđ]ại\s+[Ss]ứ|[Pp]hụ\s+[Nn]ữ|[Tt]hời\s+[Tt]rang|[Ss]inh\s+[Vv]iên"
    r"|Việt\s+Nam|Châu\s+Á|[1-9]\d{0,3}))+(?!\w)"
)


def _honorific_is_place(text: str, tok: re.Match, seen: Recognized) -> bool:
    """A capitalised "Bà"/"Anh" that opens a place: after a place marker ("tỉnh Bà Rịa")
    or where the recognizer starts a place ("tuyển Anh")."""
    if not tok.group(0)[:1].isupper():
        return False
    if PLACE_MARKER_BEFORE.search(text, max(0, tok.start() - 12), tok.start()):
        return True
    return any(kind == "LOC" for _, kind in seen.starting_at.get(tok.start(), ()))


def _recognized_end(tokens: list[re.Match], k: int, end: int, seen: Recognized) -> int:
    """Where an organisation's name the rules ran into lowercase words ends, when the
    recognizer tagged a name from the same token that stops before them: "Đài Truyền
    hình Việt Nam phối (hợp)" -> "Đài Truyền hình Việt Nam" (the rules cannot tell the
    first syllable of a verb from a word of the name; the recognizer's span can)."""
    if end - k < 2 or _cap(tokens[end - 1].group(0)):
        return end
    for b, _ in seen.starting_at.get(tokens[k].start(), ()):
        for cut in range(end - 1, k, -1):
            if tokens[cut - 1].end() == b:
                tail = tokens[cut:end]
                return cut if all(not _cap(t.group(0)) for t in tail) else end
    return end


def _recognized_extension(tokens: list[re.Match], k: int, end: int, seen: Recognized) -> int:
    """Where an organisation's name the rules cut short ends, when the recognizer tagged
    one organisation from the same token that runs on past it: "Viện Kinh tế | Quốc
    gia", "Sở Giáo dục | và Đào tạo Kim Sơn" (the rules stop at a function word or after
    three lowercase syllables; the recognizer has seen such names whole)."""
    ends = [b for b, kind in seen.starting_at.get(tokens[k].start(), ()) if kind == "ORG"]
    if len(ends) != 1 or ends[0] <= tokens[end - 1].end():
        return end
    for cut in range(end + 1, min(len(tokens), k + MAX_NAME_SYLLABLES) + 1):
        if tokens[cut - 1].end() == ends[0]:
            return cut
        if tokens[cut - 1].end() > ends[0]:
            break
    return end


# How many lowercase words a place or body the recognizer tagged may open with before the
# capitals the rules read: its noun or head written in lowercase ("cầu", "kênh", "đường";
# "sở", "công ty cổ phần" is three and is read by `_lowercase_company_head`). VLSP 2018
# marks such names with their noun ("đường Lê Hồng Phong", a place); a longer lowercase
# run before the capitals is a clause, not a head.
MAX_LOWERCASE_HEAD_WORDS = 2

_ADMINISTRATIVE_WORDS = frozenset(w.lower() for w in names.PLACE_MARKERS)


@functools.cache
def _body_head_words() -> frozenset[tuple[str, ...]]:
    """Folded head words of bodies: the recognizer's body nouns, the organisation heads."""
    return frozenset(recognizer.BODY_NOUNS) | {tuple(fold(h).split()) for h in names.ORG_HEADS}


@functools.cache
def _lowercase_body_heads() -> frozenset[tuple[str, ...]]:
    """`_body_head_words` less the media's."""
    media = {tuple(w.split()) for w in sources.MEDIA}
    return frozenset(h for h in _body_head_words() if h not in media and h[:1] not in media)


# A demonstrative after a body's bare head: the body is one named before
_POINTING_BACK = re.compile(r"\s+(?:này|đó|ấy|kia|nọ|trên)(?!\w)")


def _under_lowercase_head(
    text: str, tokens: list[re.Match], k: int, end: int, seen: Recognized, title_end: int | None
) -> tuple[int, int, str] | None:
    """The place or body the recognizer tagged from a lowercase noun or head before the
    run of capitals `k`..`end` through its end: a body ("Giám đốc sở Khoa Học Công
    nghệ": the department's field is no holder's name; "thông tin từ sở Y tế X": no
    body "X"); a place where the run would otherwise be read as a person, opening with
    a family name ("cầu Lê Hữu Phát": a bridge named after a person is no person) or
    right after a title ending at `title_end`. Other places are read as before ("châu
    Âu" by its table)."""
    start, stop = tokens[k].start(), tokens[end - 1].end()
    for a, b, kind in seen.covering(start, stop):
        if kind not in ("LOC", "ORG") or a >= start:
            continue
        head = text[a:start]
        words = head.split()
        after_title = title_end is not None and not text[title_end:a].strip()
        if kind == "LOC" and (
            not (after_title or tokens[k].group(0) in FAMILY_NAMES)
            # "thành phố Phan Thiết": an administrative unit is its bare name's place
            or head.strip().lower() in _ADMINISTRATIVE_WORDS
        ):
            continue
        if (
            head.endswith(" ")
            and 1 <= len(words) <= MAX_LOWERCASE_HEAD_WORDS
            and all(w.isalpha() and w.islower() for w in words)
            # a body's own head word ("sở", "công ty", "bệnh viện"), not a verb the
            # recognizer ran into the name ("công du X"), nor a medium's word ("báo
            # X": `facts.quotes` reads it; "báo giới X", the press, is no body)
            and (kind == "LOC" or tuple(fold(head).split()) in _lowercase_body_heads())
        ):
            return a, b, kind
    return None


# A unit's code: capitals then a number ("C03", "PC02", "A05": police departments); no
# person is named so. Not a team by age ("HLV U23 Việt Nam": the title's qualifier).
_UNIT_CODE = re.compile(r"(?!U\d)[A-ZĐ]{1,4}\d{1,3}")


def acronym(word: str) -> bool:
    """An organisation's acronym ("HĐQT", "VKS") or a unit's code ("C03"): no person's
    name starts with one."""
    return (len(word) >= 2 and word.isalpha() and word.isupper()) or bool(_UNIT_CODE.fullmatch(word))


def _unit_word(tokens: list[re.Match], first: int, end: int, seen: Recognized) -> bool:
    """Whether a one-syllable "name" is the first syllable of a word of a unit's name
    instead ("Trưởng phòng Giáo dục ...", "lãnh đạo Học viện ..."): it is
    followed straight away by a lowercase syllable that is not a function word (a
    person's name capitalises every syllable; an organisation's words only their first),
    and the recognizer's gazetteer has never seen it in a person's name."""
    if end - first != 1:
        return False
    word = tokens[first].group(0)
    ends_clause = end >= len(tokens) or tokens[end].start() - tokens[first].end() != 1
    if ends_clause and word in _ONE_SYLLABLE_HEADS and word not in _BARE_HEADS_ALSO_NAMES:
        # "lãnh đạo Sở, ...", "đại diện Bộ.": the body of the story named by its head,
        # not a person called "Sở"
        return seen.person_share is None or seen.person_share(word) < PERSON_SYLLABLE_SHARE
    if end >= len(tokens):
        return False
    nxt = tokens[end].group(0)
    if nxt[:1].isupper() or nxt.lower() in _STOP or tokens[end].start() - tokens[first].end() != 1:
        return False
    if names.org_head_at(tokens[first].string, tokens[first].start()):
        return True  # "Bí thư Thành ủy", "Đại sứ Đại sứ quán": an organisation's head word
    return (
        seen.person_share is not None
        and seen.person_share(word) < PERSON_SYLLABLE_SHARE
        # a syllable of Vietnamese words ("Giáo" of "Giáo dục"); a foreign surname the
        # gazetteer never saw is a name ("Chuyên gia Torvin dự đoán")
        and recognizer.default().in_dictionary(word)
    )


# Capitalised place markers that open a place's name right after a title.
_MARKERS_CAPITALISED = frozenset({"TP", "Tp", "Tỉnh", "Huyện", "Quận", "Xã", "Phường", "Bang"})


def _marked_place_end(tokens: list[re.Match], j: int, seen: Recognized) -> int | None:
    """Token j is a capitalised place marker and a known place follows it ("TP Hạ Long",
    "Tỉnh Bình Sơn"; not "Tỉnh ủy"): the index after that place, the longest known one
    (the place table or the recognizer's places); None otherwise."""
    if not (j + 1 < len(tokens) and tokens[j].group(0).rstrip(".") in _MARKERS_CAPITALISED):
        return None
    end = _proper_run(tokens, j + 1, allow_lower=False)
    for cut in range(end, j + 1, -1):
        words = " ".join(t.group(0) for t in tokens[j + 1 : cut])
        if names.place(words) or _span(tokens, j + 1, cut) in seen.places:
            return cut
    return None


# A person named right after a title's body: "Nhà sáng lập X, ông Y, ...".
_HOLDER_AFTER = re.compile(r"\s*,\s*(?:ông|bà|anh|chị)\s+[" + UPPER + r"]")


# Words that qualify a title and also make one dictionary word with it ("nữ tướng",
# "cựu chủ tịch"): the title stands.
_TITLE_QUALIFIERS = {"nữ", "cựu", "phó", "nguyên", "tân"}


def _title_inside_a_word(before: str, title: str) -> bool:
    """A title of one syllable that is the second half of a word with the word before
    it ("Nữ kiện tướng nói": a champion, not a general called "tướng"), per the
    general dictionary the recognizer ships."""
    if " " in title or before.lower() in _TITLE_QUALIFIERS or not before.isalpha():
        return False
    return recognizer.default().opens_a_word(before, title)


# Heads of a company's name that outlets also write in lowercase ("công ty Sao Mai",
# "tập đoàn Hoa Sen"), longest first; a capitalised run right after one is the company's
# name (not "hãng", which heads agencies and airlines written as media: `facts.sources`)
_LOWERCASE_COMPANY_HEADS = (("tổng", "công", "ty"), ("công", "ty"), ("tập", "đoàn"), ("ngân", "hàng"))


# Titles of those who speak for a body, not hold an office in it (read by `facts.quotes`)
REPRESENTATIVE_TITLES = frozenset({"lãnh đạo", "đại diện", "người phát ngôn", "phát ngôn viên"})


_FIXED_WITH_LOWERCASE = tuple(
    f for f in names.FIXED_ORGS if len(f.split()) >= 3 and any(w.islower() for w in f.split())
)


_FIXED_FIRST_WORDS = tuple({f.split()[0] + " " for f in _FIXED_WITH_LOWERCASE})


def _fixed_org_at(text: str, at: int) -> str | None:
    """The fixed phrase of `names.FIXED_ORGS` that begins at `at`, a whole word, of three
    words or more with a lowercase one ("Phủ Tổng thống", where a run of capitals stops
    short; the recognizer and the run read the others: "Nhà Trắng", "Chính phủ")."""
    if not text.startswith(_FIXED_FIRST_WORDS, at):
        return None  # (most capitalised words open none: one look, not one per phrase)
    for fixed in _FIXED_WITH_LOWERCASE:
        end = at + len(fixed)
        if text.startswith(fixed, at) and (end == len(text) or not text[end].isalnum()):
            return fixed
    return None


def _lowercase_company_head(text: str, tokens: list[re.Match], k: int) -> int | None:
    """The index of the first token of a lowercase company head right before token k."""
    for head in _LOWERCASE_COMPANY_HEADS:
        n = len(head)
        if k >= n and tuple(t.group(0) for t in tokens[k - n : k]) == head:
            if text[tokens[k - n].start() : tokens[k].start()] == " ".join(head) + " ":
                return k - n
    return None


# Words longer than this are not memoised (no Vietnamese syllable or name part is; a
# hostile page's long runs would fill the memo): they take the loop's full path
_MEMO_WORD_LENGTH = 30


@functools.lru_cache(maxsize=1 << 16)
def _opens_nothing(word: str) -> bool:
    """Whether no mention can begin at this token: lowercase, no title's first word, no
    honorific, no determiner before a title. Most tokens of a sentence are such; the
    loop of `find` passes over them on this memo (vims-dev: 4.7 -> 3.3 ms per cluster)."""
    return (
        word not in ("Vị", "vị")
        and not names.may_begin_title(word)
        and word.lower() not in names.HONORIFICS
        and not _cap(word)
    )


# A pause between words: a comma, a semicolon, a colon
_PAUSE = re.compile(r"[,;:]")


# The word that makes the capitalised words right before it a Party committee ("Tỉnh ủy",
# "Khu ủy", "Liên Tỉnh ủy"), in both spellings of its tone; lowercase ("Ủy viên" is a title)
_COMMITTEE = frozenset({"ủy", "uỷ"})


def find(text: str, seen: Recognized = _NOTHING) -> list[Mention]:
    """Mentions in one sentence; `seen`: the recognizer's names in it, if it was run."""
    tokens = list(_TOKEN.finditer(text))
    # the tokens a mention may open, found in one pass; the loop jumps from one to the next
    openers = [
        k
        for k, w in enumerate([t.group(0) for t in tokens])
        if len(w) > _MEMO_WORD_LENGTH or not _opens_nothing(w)
    ]
    out: list[Mention] = []
    k = 0
    while k < len(tokens):
        nxt = bisect.bisect_left(openers, k)
        if nxt == len(openers):
            break
        k = openers[nxt]
        tok = tokens[k]
        word = tok.group(0)
        if word in ("Vị", "vị") and k + 1 < len(tokens) and names.title_at(text, tokens[k + 1].start()):
            k += 1  # "Vị Phó chủ tịch cũng cho biết": a determiner before the title
            continue
        title = names.title_at(text, tok.start()) if names.may_begin_title(word) else None
        if title and k and _title_inside_a_word(tokens[k - 1].group(0), title):
            title = None  # "kiện tướng" (a champion), "danh tướng": no general's title
        low = word.lower()
        if title and _CONTEST.search(text, max(0, tok.start() - 20), tok.start()):
            # "cuộc thi Hoa hậu Hoàn vũ": the contest's name, not a person's title
            k += len(title.split())
            if k < len(tokens) and _cap(tokens[k].group(0)):
                k = _proper_run(tokens, k, allow_lower=False)
            continue
        if title or (low in names.HONORIFICS and not _honorific_is_place(text, tok, seen)):
            # title or honorific, then an optional qualifier, then the name
            n_title = len(title.split()) if title else 1
            j = k + n_title
            if (
                title
                and k
                and j < len(tokens)
                and tokens[k - 1].group(0).lower() in names.ADDRESSEE_WORDS
                and _PAUSE.search(text, tokens[j - 1].end(), tokens[j].start())
            ):
                # "Trao đổi với phóng viên, Phó Giám đốc Sở X Lê Văn A cho biết": whom one
                # speaks to, then a pause; what follows is no body or holder of it (a
                # chain of one person's titles, "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao X",
                # stays whole)
                out.append(Mention(tok.start(), tokens[j - 1].end(), title, "ROLE", role=title))
                k = j
                continue
            qual_end = j
            pageant = None
            if title and title.lower() in _PAGEANTS:
                pageant = _PAGEANT.match(text, tokens[j - 1].end())
            if pageant and pageant.end() > tokens[j - 1].end():
                # "Hoa hậu Thế giới Việt Nam 2024 Nguyễn Thị A": the contest is the title's
                while j < len(tokens) and tokens[j].end() <= pageant.end():
                    j += 1
                qual_end = j
                name_end = _proper_run(tokens, j, allow_lower=False) if j < len(tokens) else j
            elif title and (cut := _marked_place_end(tokens, j, seen)) is not None:
                # "lãnh đạo TP Hạ Long", "Chủ tịch Tỉnh Bình Sơn": the title's place, then
                # its holder's name if one follows ("Phó chủ tịch TP X Nguyễn Văn A")
                qual_end = cut
                name_end = _proper_run(tokens, cut, allow_lower=False) if cut < len(tokens) else cut
            elif title and (field := _ministry_end(tokens, j, seen)) is not None:
                # "Bộ trưởng Quốc phòng Mỹ X Y", "Bộ trưởng Y tế cho biết",
                # "Thứ trưởng Bộ Giáo dục và Đào tạo cho biết": the ministry or its field
                # is the title's (its lowercase words and its "và" end no name), then a
                # place, then the holder's name if one follows
                end = _proper_run(tokens, field, allow_lower=False) if field < len(tokens) else field
                words = [t.group(0) for t in tokens[field:end]]
                place, rest = _split_place_tail(words, tokens, field, seen, person_cut=True)
                provincial = fold(tokens[j].group(0)) in _DEPARTMENT_HEADS - _FIELD_HEADS
                if not place and words and (
                    _a_known_place(words, tokens, field, end, seen)
                    # a province's department is named with its province, and its head's
                    # name runs three syllables or more: two after it are the province
                    or (provincial and not _full_name(tokens[field:end]))
                ):
                    # "Bộ trưởng Quốc phòng Mỹ cho biết", "Lãnh đạo Sở Y tế Đồng Nai nhận
                    # định": a place, no name after it
                    place = words
                qual_end = field + len(place)
                name_end = end if rest else qual_end
            elif title and (body := _recognized_body_end(tokens, j, seen)) is not None:
                # "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Văn A": the body the
                # recognizer read whole, its comma and "và" included (where a run of
                # capitals stops), is the title's; then its holder's name, if one follows
                qual_end = body
                name_end = _proper_run(tokens, body, allow_lower=False) if body < len(tokens) else body
            elif j < len(tokens) and _cap(tokens[j].group(0)):
                end = _proper_run(tokens, j, allow_lower=True)
                words = [t.group(0) for t in tokens[j:end]]
                qual, rest = ([], words)
                if title:
                    qual, rest = _split_place_tail(words, tokens, j, seen, person_cut=True)
                if qual and rest:
                    qual_end = j + len(qual)
                    name_end = _proper_run(tokens, qual_end, allow_lower=False)
                elif title and names.standing_body(words):
                    # "lãnh đạo Đảng, Nhà nước", "Chủ tịch Quốc hội, Thủ tướng ...": the
                    # title's body, whole before a pause; no holder named
                    qual_end, name_end = end, end
                elif (
                    tokens[j].group(0) in _ORG_FIRST
                    and names.org_head_at(text, tokens[j].start())
                    # "ca sĩ Trường Khang": a given name the recognizer reads as a person's,
                    # no school ("nghị sĩ Đảng X" is a party's member: "Đảng", "Báo" open
                    # bodies after a title far more often than names)
                    and not (
                        tokens[j].group(0) in _HEADS_ALSO_GIVEN_NAMES
                        and tokens[j].start() in seen.person_starts
                    )
                ):
                    qual_end, name_end = end, end
                    fixed = next(
                        (f for f in names.FIXED_ORGS if text.startswith(f + " ", tokens[j].start())), None
                    )
                    if fixed:  # "Nhà Trắng Jay Carney": a one-piece name, then the person
                        qual_end = j + len(fixed.split())
                        name_end = _proper_run(tokens, qual_end, allow_lower=False)
                    elif (held := _holder_after_bare_head(tokens, j, end)) is not None:
                        # "Chủ tịch CLB Nguyễn Hữu Phát khẳng định": the body named by its
                        # kind alone (the one the story is about), then its holder
                        qual_end = held
                    elif (held := _holder_after_council(tokens, j, end)) is not None:
                        qual_end = held  # "Phó Chủ tịch UBND TP X Y Z": then its holder
                    # an organisation then a person: "Bộ Ngoại giao Mỹ Robert Palladino"
                    for cut in range(end - 1, j, -1) if not fixed and qual_end == end else ():
                        window = [t.group(0) for t in tokens[max(j, cut - 2) : cut + 1]]
                        # a place's name is capitalised: "pháp" (law) is not "Pháp"
                        if any(
                            window[w][:1].isupper() and names.place(" ".join(window[w:]))
                            for w in range(len(window))
                        ):
                            qual_end = cut + 1
                            name_end = _proper_run(tokens, qual_end, allow_lower=False)
                            break
                elif (title or any("." in w or w.isupper() for w in words)) and (
                    names.place(" ".join(words)) or _span(tokens, j, end) in seen.places
                ):
                    # "Ngoại trưởng Nga": a title and its country (after an honorific a
                    # country's name is a given name: "chị Đức", "bà Nga"; not a city
                    # written short: "theo ông TP. Vinh ..." lacks a comma)
                    qual_end, name_end = end, end
                else:
                    qual_end, name_end = j, _proper_run(tokens, j, allow_lower=False)
                    if (
                        j < name_end < len(tokens)
                        and tokens[name_end].group(0) in _COMMITTEE
                        and tokens[name_end].start() == tokens[name_end - 1].end() + 1
                    ):
                        # "Bí thư Liên Tỉnh ủy miền Đông", "Bí thư Khu ủy": the capitals
                        # and "ủy" name a Party committee, the title's; no holder named
                        qual_end = name_end = name_end + 1
            else:
                name_end = j
            while name_end > qual_end and tokens[name_end - 1].group(0)[:1].isdigit():
                name_end -= 1  # "anh Nguyễn Văn A 20 (tuổi)", "Hoa hậu ... 2017": no name's part
            if name_end > qual_end and any(c.isdigit() for c in tokens[qual_end].group(0)):
                # "thủ thành U21 Đức", "HLV U23 Việt Nam": the title's team (no person's name
                # holds a digit), no holder named
                qual_end = name_end
            if title and name_end > qual_end + 1 and names.brand(tokens[qual_end].group(0)):
                qual_end += 1  # "Tổng giám đốc VietStar Lê Văn A": the brand is the title's body
            role_text = text[tok.start() : tokens[qual_end - 1].end()] if qual_end > k else None
            gap = text[tokens[qual_end - 1].end() : tokens[qual_end].start()] if name_end > qual_end else ""
            if name_end > qual_end and (
                gap.strip() not in ("", ".")  # "TS. Lê Xuân Nghĩa": the dot of an abbreviation
                or names.title_at(text, tokens[qual_end].start())
            ):
                name_end = qual_end  # punctuation or another title: no name follows
            # "Trưởng khoa Nội BVĐK X", "đại diện Đội CSGT Công an huyện Y": an acronym
            # inside the run names a unit (no person's name holds one); the unit is then
            # read on its own, as the organisation it is
            unit_with_acronym = any(acronym(t.group(0)) for t in tokens[qual_end + 1 : name_end])
            if (
                title
                and name_end > qual_end
                and (
                    _unit_word(tokens, qual_end, name_end, seen)
                    or acronym(tokens[qual_end].group(0))
                    or unit_with_acronym
                )
            ):
                # "Trưởng phòng Giáo dục ...": the title's unit, not a person named "Giáo"
                # (the unit's word is passed over: read on its own it would be a bare
                # name that the title is joined to again)
                role_end = tokens[qual_end - 1].end()
                if acronym(tokens[qual_end].group(0)) and title.lower() in REPRESENTATIVE_TITLES:
                    # "Lãnh đạo SMB cho biết": whom the representative speaks for is the
                    # title's own (the body is read from the role, `facts.quotes`)
                    role_end = tokens[name_end - 1].end()
                    role_text = text[tok.start() : role_end]
                out.append(Mention(tok.start(), role_end, role_text, "ROLE", role=role_text))
                k = qual_end if unit_with_acronym and not acronym(tokens[qual_end].group(0)) else name_end
                continue
            if (
                title
                and name_end > qual_end
                and (
                    _HOLDER_AFTER.match(text, tokens[name_end - 1].end())
                    # "Chủ tịch VietStar": a brand, the title's body (a representative's
                    # brand is read as the body speaking through them, further on)
                    or (
                        name_end == qual_end + 1
                        and names.brand(tokens[qual_end].group(0))
                        and title.lower() not in REPRESENTATIVE_TITLES
                    )
                    or any(
                        kind == "ORG" and a == tokens[qual_end].start() and tokens[name_end - 1].end() <= b
                        for a, b, kind in seen.spans
                    )
                )
            ):
                # "Nhà sáng lập Hãng Sao Mai, ông Lê Tấn, ...": the holder is named after
                # it, and a run the recognizer reads as a body is the title's body
                role_text = text[tok.start() : tokens[name_end - 1].end()]
                out.append(
                    Mention(tok.start(), tokens[name_end - 1].end(), role_text, "ROLE", role=role_text)
                )
                k = name_end
                continue
            if name_end > qual_end and (title or low in names.HONORIFICS):
                name = text[tokens[qual_end].start() : tokens[name_end - 1].end()]
                out.append(
                    Mention(
                        tok.start(),
                        tokens[name_end - 1].end(),
                        text[tok.start() : tokens[name_end - 1].end()],
                        "PER",
                        name=name,
                        role=role_text if title else None,
                    )
                )
                k = name_end
                continue
            if title:
                out.append(
                    Mention(tok.start(), tokens[qual_end - 1].end(), role_text, "ROLE", role=role_text)
                )
                k = qual_end
                continue
            k += 1
            continue
        if k > 0 and _ROMAN.fullmatch(word) and tokens[k - 1].group(0).lower() in _BEFORE_ORDINAL:
            k += 1  # "thế kỷ XVII", "khóa XIII": a numeral, no name
            continue
        if k > 0 and low in _WEEKDAYS and tokens[k - 1].group(0).lower() == "thứ":
            k += 1  # "ngày thứ Sáu": a weekday, no name
            continue
        if (
            _cap(word)
            and not (k == 0 and low in OPENERS)
            and not (k == 0 and len(tokens) > 1 and f"{low} {tokens[1].group(0).lower()}" in OPENING_PAIRS)
            and not (k > 0 and tokens[k - 1].group(0).lower() in _STOP and low in OPENERS)
        ):
            marker = (
                k > 0
                and tokens[k - 1].group(0) in names.PLACE_MARKERS
                # "Trưởng phòng ... huyện Nguyễn Văn A cho biết": the unit's place left
                # unsaid, the recognizer reads a person's name right after the marker
                and tok.start() not in seen.person_starts
            )
            facility = (
                k > 0 and tokens[k - 1].group(0) in PLACE_NOUNS and tok.start() - tokens[k - 1].end() == 1
            )
            is_org = (
                word in _ORG_FIRST
                and names.org_head_at(text, tok.start())
                # "Trường khai nhận ...": a given name the recognizer reads as a person's
                and not (word in _BARE_HEADS_ALSO_NAMES and tok.start() in seen.person_starts)
            )
            end = _proper_run(tokens, k, allow_lower=is_org)
            fixed = _fixed_org_at(text, tok.start())
            if fixed is not None and not is_org:
                # "Phủ Tổng thống", "Liên hợp quốc": a body's fixed phrase, lowercase words
                # and all (a place after it is read on its own)
                is_org, end = True, k + len(fixed.split())
            elif is_org:
                end = _recognized_end(tokens, k, end, seen)
                end = _recognized_extension(tokens, k, end, seen)
                department = fold(word) in _DEPARTMENT_HEADS
                field = _field_end(tokens, k + 1, after_head=True) if department else None
                if field is not None and field > end:
                    # "Sở giao thông vận tải tỉnh X": the field's lowercase words and its
                    # "và" end no body's name, and its place follows it
                    end = _place_after(tokens, field, seen)
                # "Bộ Ngoại giao Nga Anna Petrova tuyên bố": a body, then the person who
                # speaks for it, with nothing between (the recognizer starts a person's
                # name inside the run): the body ends there, the person is read next
                cut = _person_inside(tokens, k, end, seen)
                if cut is not None and cut - k >= 2 and _full_name(tokens[cut:end]):
                    end = cut
            elif marker and end - k >= 2:
                # "quận X Nguyễn Văn A cho biết": the title's unit, then its holder; the
                # place ends where the recognizer starts a person (the holder is read
                # from there, as a name of its own)
                cut = _person_inside(tokens, k, end, seen)
                if cut is not None:
                    end = cut
            surface = text[tok.start() : tokens[end - 1].end()]
            if surface.startswith(_EVENT_HEADS):
                pass  # "Hội nghị Thượng đỉnh": an event's name, not an organisation
            elif is_org and tuple(fold(surface).split()) in _body_head_words() and _POINTING_BACK.match(
                text, tokens[end - 1].end()
            ):
                pass  # "Bộ này cho rằng", "Công ty đó": a body pointed back at, no name (`facts.quotes`)
            elif is_org:
                out.append(Mention(tok.start(), tokens[end - 1].end(), surface, "ORG", name=surface))
            elif (
                names.place(surface)
                or marker
                or facility
                # a run the recognizer calls a place, unless the table splits a known
                # place off it ("Lào AFP": the place, then the agency)
                or (
                    (tok.start(), tokens[end - 1].end()) in seen.places
                    and not _split_place_tail([t.group(0) for t in tokens[k:end]])[0]
                )
            ):
                before = PLACE_MARKER_BEFORE.search(text, max(0, tok.start() - 12), tok.start())
                category = before.group(0).strip() if before else None
                if category is None and facility and tokens[k - 1].group(0) in FACILITY_NOUNS:
                    category = tokens[k - 1].group(0)
                place = Mention(tok.start(), tokens[end - 1].end(), surface, "LOC", name=surface)
                place.category = category
                if not (k > 0 and tokens[k - 1].group(0).lower() in _NATIONALITY_WORDS):
                    out.append(place)
            else:
                title_end = out[-1].end if out and out[-1].kind == "ROLE" else None
                headed = _under_lowercase_head(text, tokens, k, end, seen, title_end)
                if headed is not None:
                    # "cầu Lê Hữu Phát", "sở Khoa Học Công nghệ tỉnh X": the capitals
                    # are a name inside the place's or body's, which is read whole; a
                    # body's name is shown with its head capitalised, as it is spelt
                    # ("Sở Y tế X"), a place's noun stays lowercase ("cầu X")
                    a, b, kind = headed
                    name = text[a].upper() + text[a + 1 : b] if kind == "ORG" else text[a:b]
                    out.append(Mention(a, b, text[a:b], kind, name=name))
                    k = end
                    while k < len(tokens) and tokens[k].start() < b:
                        k += 1
                    continue
                # split off a known place at either end ("Mỹ Donald Trump", "Hà Nội Nam")
                words = [t.group(0) for t in tokens[k:end]]
                qual, rest = _split_place_tail(words, tokens, k, seen)
                head = _lowercase_company_head(text, tokens, k)
                body = None
                if head is not None:
                    body = next(
                        (
                            (a, b)
                            for a, b, kind in seen.spans
                            if kind == "ORG" and a <= tokens[head].start() < b and b >= tokens[end - 1].end()
                        ),
                        None,
                    )
                if body is not None:
                    # the recognizer's body, head and all ("công ty Hải Hà", "ngân hàng
                    # Nhà nước Việt Nam"): its span, which may run past the capitals
                    a, b = body
                    out.append(Mention(a, b, text[a:b], "ORG", name=text[a:b]))
                    k = end
                    while k < len(tokens) and tokens[k].start() < b:
                        k += 1
                    continue
                if head is not None and not qual:
                    # "đại diện công ty Sao Mai": a company's name after its head written in
                    # lowercase, though the recognizer reads a person in it
                    a, b = tokens[head].start(), tokens[end - 1].end()
                    out.append(Mention(a, b, text[a:b], "ORG", name=text[a:b]))
                elif qual:
                    q_end = k + len(qual)
                    out.append(
                        Mention(
                            tok.start(), tokens[q_end - 1].end(), " ".join(qual), "LOC", name=" ".join(qual)
                        )
                    )
                    if rest:
                        s = tokens[q_end].start()
                        out.append(
                            Mention(
                                s,
                                tokens[end - 1].end(),
                                text[s : tokens[end - 1].end()],
                                "NAME",
                                name=text[s : tokens[end - 1].end()],
                            )
                        )
                elif end - k >= 2 and _person_inside(tokens, k, end, seen) is not None:
                    # "GĐĐH Oliver Kahn", "Fed Atlanta Raphael Bostic": the recognizer's
                    # person starts inside the run; what comes before is kept only as
                    # the place or organisation it tagged
                    cut = _person_inside(tokens, k, end, seen)
                    for a, b, kind in seen.spans:
                        if kind in ("LOC", "ORG") and (a, b) == _span(tokens, k, cut):
                            out.append(Mention(a, b, text[a:b], kind, name=text[a:b]))
                    a, b = _span(tokens, cut, end)
                    out.append(Mention(a, b, text[a:b], "NAME", name=text[a:b]))
                elif end - k >= 2:
                    out.append(Mention(tok.start(), tokens[end - 1].end(), surface, "NAME", name=surface))
                elif k > 0 or low not in OPENERS:
                    out.append(Mention(tok.start(), tokens[end - 1].end(), surface, "NAME", name=surface))
            k = end
            continue
        k += 1
    return [_with_lowercase_trade(text, m) for m in out]


# "Cơ quan" opens bodies written with their trade in lowercase ("Cơ quan điều tra", "Cơ
# quan chức năng"): the capitalised run stops at the head, so the trade (the unnamed
# bodies' list of `facts.sources`) is read here
_BODY_TRADES = tuple(
    b.removeprefix("cơ quan ")
    for b in sources.BODIES
    # not "cơ quan này": a body pointed back at, resolved as such by `facts.quotes`
    if b.startswith("cơ quan ") and b.split()[-1] not in ("này", "đó", "ấy", "trên")
)
_TRADE_AFTER = re.compile(r"\s+(" + "|".join(sorted(_BODY_TRADES, key=len, reverse=True)) + r")(?!\w)")


def _with_lowercase_trade(text: str, m: Mention) -> Mention:
    """An ORG mention "Cơ quan" with its lowercase trade after it, as one name (also
    when the mention ran into the trade's first word and stopped inside it: "Cơ quan
    tình" of "Cơ quan tình báo", "báo" ending a run as a paper's word)."""
    if m.kind != "ORG" or not m.text.startswith("Cơ quan"):
        return m
    trade = _TRADE_AFTER.match(text, m.start + len("Cơ quan"))
    if trade is None or trade.end() < m.end:
        return m
    name = text[m.start : trade.end()]
    return Mention(m.start, trade.end(), name, "ORG", name=name)
