"""Statements in article bodies and who made them.

- direct: text inside quotation marks (at least five words: shorter ones are titles or
  scare quotes; a longer one that names an event, a work or an award, `_names_something`,
  is no statement either: on the 400 dev clusters 41 such quotations went, among them
  names of conferences, plans, books and campaigns, and the own gold lost none), with
  the speaker named after it ("“...”, Ngoại trưởng Nga nhấn mạnh")
  or before it ("Ông Cảnh Sảng nói: “...”"); a quotation may run over several sentences.
- reported: "X cho biết/khẳng định/nhấn mạnh/nhận định/cho rằng/nói thêm... (rằng|,) S"
  where X is a mention right before the verb, and "Theo X, S" at the start of a sentence;
  "X cho biết như vậy" (nothing said in the sentence itself) is not a statement.
The speaker is the entity the mention resolves to (`facts.entities`), so "ông Lavrov",
"Ngoại trưởng Nga" and "Sergei Lavrov" are one speaker. When the clause's subject is a
source phrase (`facts.sources`) the speaker is of its own kind (`Quote.speaker_kind`):
a body or outlet ("Cảnh sát Na Uy", "hãng tin AP": an organisation of the story), an
unnamed or collective source ("các chuyên gia", "nguồn tin của cảnh sát": no entity,
never the nearest name), a relative ("bố X": not X), or a trade standing for the
article's person ("rapper", "tiền đạo người Ba Lan": the last person quoted).

Measured on the own who-said-what gold (`benchmarks/names.py`; then 25 clusters, 344
statements), before -> after the source phrases and the recognizer-read mentions:
found .666 -> .840, right speaker .699 -> .772; on the ViMs part, whose misses were not
read while the rules were written, found .467 -> .733, speaker .857 -> .803 (of 42 -> 66
found statements). A later round read the AbMuSu and ViMs misses ("bị cáo X", "Phía
Mỹ", "tỉnh Bà Rịa", pageant titles, an ownerless "thông cáo"): speaker .840 -> .885
(AbMuSu .880 -> .926, ViMs .836 -> .956); on vnmds-dev, not read in that round, .807 ->
.808. A round in Dec 2026 first labelled five clusters nobody had read (66 statements:
found .818, speaker .759, precision .897 before it), then wrote rules from their misses
(trades as titles, "Theo đánh giá/phân tích của X", a document's owner named by its
trade, rumours as anonymous sources, "chỉ ra"/"dọa sẽ", "Theo ông,", a dash-enclosed
apposition, "X [clause], tuyên bố:", a document credited after a quotation): on the
346 statements of the older 25 clusters found .902 -> .905, speaker .920 -> .930; on
all 30, found .888 -> .915, speaker .896 -> .928, precision .823 -> .827. Two more
unseen batches were labelled the same way before their rules (38 statements: found
.711, speaker .926; 28, mostly vnmds-dev: .679, .632). A fourth, all vnmds-dev (21
statements): .762, .938. Pooled over the four unseen batches (153 statements), measured
before any rule was written from them: found .76, right speaker .80 - the figure that
predicts held-out clusters, not the in-sample one.
All 38 clusters (478 statements): found .862 -> .912, speaker .886 -> .936, precision
.831 -> .838 over the session.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from tomtat.facts import interviews, names, sources
from tomtat.facts import mentions as mention_finder
from tomtat.facts.entities import Found, Index, an_object, generic_organisation, owner_fits
from tomtat.facts.mentions import (
    PLACE_MARKER_BEFORE,
    REPRESENTATIVE_TITLES,
    STOP_SYLLABLES,
    Mention,
    acronym,
)
from tomtat.model import Entity, Quote, Sentence, Story
from tomtat.text.normalize import LOWER, UPPER, fold

VERBS = names.REPORTING_VERBS
# Verbs that are verbs only in lowercase: capitalised, "Phản ánh" opens a noun phrase or
# a sentence about a complaint, not a report by its subject.
_LOWERCASE_VERBS = frozenset({"phản ánh"})


def _verbs_pattern(verbs: list[str]) -> re.Pattern:
    """A case-blind pattern of `verbs` (but `_LOWERCASE_VERBS`), the verb as group 1."""
    alternatives = "|".join(f"(?-i:{v})" if v in _LOWERCASE_VERBS else v for v in verbs)
    return re.compile(r"(?<!\w)(" + alternatives + r")(?!\w)", re.I)


_VERB = _verbs_pattern(VERBS)
# Verbs said of unnamed people or bodies only: "Nhiều phụ huynh phản ánh ..." (a person
# or a thing "phản ánh" mostly reflects: "phong cách ... phản ánh một thực tế")
# (also a body's promise: "Công ty X hứa hẹn sẽ ...", where of a person, a player, the
# writer says what is expected of them: "tiền đạo X hứa hẹn sẽ còn tiến bộ")
_REPORTED_BY_THE_MANY = frozenset({"phản ánh", "hứa hẹn"})
# Adverbs of aspect and manner that stand between a subject and its verb in Vietnamese
# ("X đã / cũng / vẫn / luôn / đồng thời / nhiều lần / một lần nữa / chính thức khẳng
# định"): none of them is part of the subject, so the subject before them still speaks.
# One list for every subject-verb gap below; patterns that need more ("sẽ", "thì") add
# to it, and one that must not read the future ("X sẽ thông báo") leaves "sẽ" out.
_ADVERBS = (
    "đã|đang|cũng|vừa|mới|tiếp tục|còn|lại|từng|đều|vẫn|luôn|đồng thời|nhiều lần|liên tục|"
    "công khai|chính thức|một lần nữa|ngay lập tức|thẳng thắn|trước đó|sau đó|tự xưng"
)
# (a nickname in quotation marks may follow the name: "Tư “Gù” khai nhận")
_BETWEEN = re.compile(
    r"^(?:\s+“[^“”\s,.;:]{1,12}”)?\s*(?:(?:" + _ADVERBS + r"|sẽ|khi|thì)\s+)*$", re.I
)
# Between a body that opens its clause (or the place after it) and the verb: a comma, as
# news often prints one there, and the day it spoke ("Công an huyện X, tỉnh Y, ngày 3/10
# cho biết", "Đại diện Công ty Z, cho biết")
_BODY_TO_VERB = re.compile(
    r"^\s*,?\s*(?:(?:ngày|hôm|sáng|trưa|chiều|tối|đêm)\s+(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|qua|nay)"
    r"\s*,?\s*)?(?:(?:" + _ADVERBS + r")\s+)*$",
    re.I,
)
# The administrative word of a place the apposition's last segment may open with
# ("X, Giám đốc Hợp tác xã Y tại xã Z, huyện W cho biết")
_PLACE_WORD = r"(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|bang)"
_APPOSITION = re.compile(
    # "X, Giám đốc bảo tàng Y tại bang Texas, Mỹ, cho biết": one short named segment more
    # ("..., TP. Quy Nhơn cho biết": an abbreviation's dot inside it)
    # ("anh X, 45 tuổi, ngụ Y cho biết": the age first, a segment of its own)
    # ("X, Chủ tịch UBND TP. Cần Thơ cho biết": the dot of an abbreviated "thành phố")
    r"^\s*[,–-]\s*(?:\d{1,3}\s+tuổi\s*,\s*)?(?:[^,.;:“”]|(?<=T[Pp])\.){2,100}?"
    r"(?:,\s*(?:" + _PLACE_WORD + r"\s+)?[" + UPPER + r"][^,;:“”]{0,18}?)?[,–-]?\s*"
    r"(?:(?:" + _ADVERBS + r"|thì)\s+)*$"
)
# "X - Phó Bí thư Tỉnh đoàn Y, Chủ tịch Hội Z - cho biết": a dash on each side encloses
# the apposition, however many roles it lists
_DASHED_APPOSITION = re.compile(
    r"^\s*[–-]\s+[^–;:“”]{2,200}?\s[–-]\s*(?:(?:" + _ADVERBS + r"|thì)\s+)*$"
)
# between verb and quote: "với các phóng viên:", or "về X như sau:"
# (what follows a verb before its quotation: a few words, or an occasion up to a colon,
# "phát biểu bế mạc giải bóng đá trẻ quốc tế năm nay: “...”")
_LEAD_IN = re.compile(r"^(?:[^“”.;!?]{0,40}|[^“”.;!?:]{0,100}:\s*|[^“”.;!?]{0,160}như sau\s*:\s*)$")
_OPEN, _CLOSE = "“", "”"
# A country or city is a speaker only when it states something formally ("Mỹ tuyên bố")
# or holds a view as a state ("Ấn Độ cho rằng, ..."), not when it shares a wish.
_STATE_VERBS = {
    "tuyên bố",
    "khẳng định",
    "tái khẳng định",
    "cảnh báo",
    "kêu gọi",
    "thông báo",
    "cho biết",
    "cho rằng",
    "cáo buộc",  # "Mỹ cáo buộc Nga ...": one state accuses another
}
# State verbs a person uses as often: "Anh cho biết", "Anh cho rằng" is "he", not Britain.
_PERSONAL_TOO = {"cho biết", "cho rằng"}
_MIN_WORDS = 5
# After a pause, a statement shorter than that still counts when it opens with its own
# subject ("X thổ lộ, cô ngại chỗ đông."): a clause of its own, not a bare object ("X cho
# biết, sẽ xem xét."). Own gold: one more statement found (1,608 of 1,774 system quotes
# right, was 1,607 of 1,773); in the 400 dev stories the only new statement.
_PAUSE_AFTER_VERB = re.compile(r"\s*[,:]")
_OWN_SUBJECT_CLAUSE = re.compile(r"(?:tôi|em|anh|chị|cô|ông|bà|họ|mình|chúng tôi)\s+\w+\s+\w+", re.I)
# A claim of an attack or an act, short as it is: "nhóm X thừa nhận đã thực hiện vụ nổ",
# "tổ chức Y thừa nhận đứng sau vụ tấn công"
_CLAIMED_ACT = re.compile(
    r"(?:đã\s+)?(?:tiến hành|thực hiện|gây ra|đứng sau|đứng đằng sau|dàn dựng)\s+\S", re.I
)
_EMPTY = re.compile(
    r"^(?:như vậy|như thế|điều này|điều đó)\b"
    # an admission with no content: "khai nhận toàn bộ hành vi phạm tội (của mình)", also
    # "... như (bản) cáo trạng đã nêu", "... đúng như cáo trạng truy tố"
    r"|^(?:toàn bộ\s+|các\s+)?hành vi(?:\s+phạm tội)?(?:\s+của mình)?"
    r"(?:\s+(?:đúng\s+)?(?:như|theo)\s+(?:nội dung\s+)?(?:bản\s+)?cáo trạng[^.;:“”]{0,40})?[\s.]*$",
    re.I,
)
_NAME_GOES_ON = re.compile(r" [" + UPPER + r"]")
# Reporting verbs that are also words of bodies' names ("Trung tâm Dự báo ...", "Viện
# Phân tích ...")
_NAME_WORDS = frozenset({"dự báo", "phân tích", "đánh giá", "cảnh báo"})
_AND_INSIDE = re.compile(r"(?<!\w)(?:và|rồi)(?!\w)")
_AND = re.compile(r"(?:và|nhưng|song)\s+(?:(?:" + _ADVERBS + r")\s+)*", re.I)


# A short object (a few words, no pause) then "và", before a verb of saying
# (`_SAYING_VERB`: not "đánh giá cao X", "bổ sung Y", which act on their own objects)
_OBJECT_THEN_VERB = re.compile(
    # (or "khi": "X gián tiếp xác nhận tin này khi tuyên bố ...", confirmed it by saying)
    r"(?:[^\s,.;:“”\"]+\s+){1,4}?(?:và|khi)\s+(?:(?:" + _ADVERBS + r")\s+)*", re.I
)


_SAYING_VERB = re.compile(
    r"(?:cho biết|cho hay|nói|tuyên bố|khẳng định|nhấn mạnh|thông báo|thông tin|tiết lộ)(?!\w)", re.I
)
_ABBREVIATION = re.compile(r"(?:^|[\s(])[A-ZĐ][A-Za-zĐđ]{0,3}$")  # "TP", "Q", "TS", "ThS" before their dot


def _last_full_stop(text: str, end: int) -> int:
    """Position of the last ". " before `end` that ends a clause, not an abbreviation
    ("TP. Quy Nhơn", "Q. Sơn Trà"); -1 if none."""
    k = text.rfind(". ", 0, end)
    while k > 0 and _ABBREVIATION.search(text, max(0, k - 6), k):
        k = text.rfind(". ", 0, k)
    return k


def _mention_within(found: list[Found], start: int, end: int, kinds: tuple[str, ...]) -> bool:
    """Whether a mention of one of `kinds` lies wholly in `[start, end)`."""
    return any(f.mention.kind in kinds and start <= f.mention.start and f.mention.end <= end for f in found)


def _a_person(f: Found) -> bool:
    return f.mention.kind == "PER" or (f.entity is not None and f.entity.type == "PER")


# A bracketed aside ("(khu công nghiệp X, huyện Y)"), and a gap that closes one it did not open.
_BRACKETED = re.compile(r"\s*\([^()]{0,120}\)")
_OPENS_APPOSITION = re.compile(r"\s*[,–-]")
_OPENS_BRACKET = re.compile(r"\s*\(")
_BRACKET_CLOSED = re.compile(r"[^()]*\)")  # used with match(): anchored


_APPOSITION_OPENS = re.compile(r"\s*[,–-]\s*")


def _holder_of_role_at(found: list[Found], text: str, body: Found, verb_start: int) -> Found | None:
    """The person whose apposition names the body right before the verb: "X, nhà nghiên
    cứu tại Tổ chức Y nói" (X speaks, Y is where X works): a person, a comma or dash, a
    role (a title, or lowercase words: "nhà nghiên cứu", "chuyên gia") opening the
    apposition, the body inside it, and the verb."""
    for f in found:
        if f.mention.end > body.mention.start or not _a_person(f):
            continue
        if verb_start - f.mention.end > _SUBJECT_WINDOW:
            continue
        if not _APPOSITION.match(text[f.mention.end : verb_start]):
            continue
        opens = _APPOSITION_OPENS.match(text, f.mention.end)
        role_at = opens.end() if opens else -1
        if 0 < role_at < body.mention.start and (text[role_at].islower() or names.title_at(text, role_at)):
            return f
    return None


ROLE_PARTS = 4  # parts of an apposition at most ("nguyên Chủ nhiệm khoa X, Trường Y, Tổng chủ biên Z")
ROLE_PART_WORDS = 15
_ROLE_PART_SPLIT = re.compile(r"\s*,\s*|\s+[–-]\s+")


def _person_before_roles(found: list[Found], text: str, verb_start: int) -> Found | None:
    """The person who opens a chain of appositions before the verb, each part a role or
    a workplace ("em X, học sinh lớp 12, Trường Y tỉnh Z chia sẻ", "GS X, nguyên Chủ
    nhiệm khoa Y, Trường Z, Tổng chủ biên bộ sách W cho biết"): the workplace named last
    does not speak. The person opens a clause (after the sentence's start or a comma, at
    most a few words of title before the name, none that makes the name an object:
    "Theo ông X, Công ty Y cho biết" is Y's), and no other person and no verb of saying
    stand between."""
    lo = max(0, verb_start - _SUBJECT_WINDOW)
    people = [
        f
        for f in found
        if lo <= f.mention.start and f.mention.end < verb_start and _a_person(f) and f.mention.kind != "ROLE"
    ]
    if not people:
        return None
    p = people[-1]
    gap = text[p.mention.end : verb_start]
    if not _APPOSITION_OPENS.match(gap) or _VERB.search(gap) or _SENTENCE_BREAK.search(gap):
        return None
    parts = [x for x in _ROLE_PART_SPLIT.split(gap.strip(" ,–-")) if x]
    if not 2 <= len(parts) <= ROLE_PARTS or any(len(x.split()) > ROLE_PART_WORDS for x in parts):
        return None
    first = parts[0]
    if not (first[:1].islower() or names.title_at(first, _former_end(first))):
        return None
    before = text[: p.mention.start]
    segment = before[max(before.rfind(","), before.rfind("."), before.rfind(":")) + 1 :]
    if len(segment.split()) > 3 or _OBJECT_WORD.search(segment):
        return None
    return p


# (a role's abbreviation keeps its dot: "TP. Hải Long"; an ellipsis may run two sentences
# together: "... Viện X…Từ 156 hồ sơ, Ban Tổ chức đã ...")
_SENTENCE_BREAK = re.compile(r"[.;:!?“”]\s|…")


def _placed_body(found: list[Found], text: str, body: Found, verb_start: int) -> bool:
    """The body is followed by a comma and a place right before the verb, and no person
    before it in the sentence has it in an apposition ("X, học sinh Trường Y, Hà Nội
    cho biết": X speaks)."""
    lo = verb_start - _SUBJECT_WINDOW
    if any(_a_person(f) and lo <= f.mention.start and f.mention.end <= body.mention.start for f in found):
        return False
    return any(
        g.mention.kind == "LOC"
        and 0 < g.mention.start - body.mention.end <= _PLACE_AFTER_COMMA
        and _COMMA_THEN_MARKER.fullmatch(text, body.mention.end, g.mention.start)
        and _BODY_TO_VERB.match(text[g.mention.end : verb_start])
        for g in found
    )


_COMMA_ONLY = re.compile(r"\s*,\s*")
# What completes a title up to the comma before its holder's name ("Phó Trưởng Ban| tổ
# chức Lễ hội X, |ông Y, cho biết"): no clause of its own
_ROLE_COMPLEMENT = re.compile(r"[^,;:“”]{0,80},\s*")
# characters between a body and its place: ", " and a place marker ("Công an huyện X, tỉnh
# Y cho biết")
_PLACE_AFTER_COMMA = 16
# Lowercase words and abbreviations that mark a place's name ("tỉnh X", "TP. Y")
_PLACE_MARKERS = r"(?:TP\.?|Tp\.?|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)"
_COMMA_THEN_MARKER = re.compile(r"\s*,\s*(?:" + _PLACE_MARKERS + r"\s+)?")


def _a_body_or_its_representative(f: Found) -> bool:
    """A body's name, or its representative's title with the body ("đại diện Công ty X")."""
    if f.mention.kind == "ORG":
        return True
    role = (f.mention.role or "").lower()
    return f.mention.kind == "ROLE" and any(
        role.startswith(t + " ") for t in mention_finder.REPRESENTATIVE_TITLES
    )


# What joins a person to the bodies or places they belong to, right before the verb
# ("X của Real Madrid và", "X đến từ Đại học Y,"): no other punctuation, no clause
_WHOSE_PHRASE = re.compile(r"\s+(?:của|đến từ|thuộc)\s[^,;:“”()]{0,60}?(?:\s+và|,)?\s*")


# A body, maybe with its country, then a lowercase description after a dash up to the
# verb: "..., Tập đoàn X của Nhật Bản – một trong những nhà đầu tư tiềm năng đối với cổ
# phần của Y cho biết." The description's names (Y) are what the body is described by.
_DASHED_ASIDE = re.compile(
    r"(?:\s+của\s+[" + UPPER + r"][^,;:“”–-]{0,30}?)?\s+[–-]\s+[" + LOWER + r"][^,;:“”()–-]{2,160}?\s*"
    r"(?:(?:" + _ADVERBS + r")\s+)*"
)


def _body_before_dashed_aside(found: list[Found], text: str, verb_start: int) -> Found | None:
    """The body that opens its clause (the sentence's start or after a comma) and is
    described after a dash right up to the verb."""
    for f in found:
        if f.mention.kind != "ORG" or f.mention.end >= verb_start:
            continue
        before = text[: f.mention.start].rstrip()
        if before and not before.endswith(","):
            continue
        if _DASHED_ASIDE.fullmatch(text, f.mention.end, verb_start):
            return f
    return None


# A preposition of place right before a name: the name says where, it is no subject
_WHERE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|khắp)\s+$")
# The heads of body names, folded ("công ty"): a mention that is one alone names no body
# (then a lowercase word: `_LOWERCASE_NEXT`, matched in place, no copy of the rest)
_BARE_HEADS = frozenset(fold(h) for h in names.ORG_HEADS)
_LOWERCASE_NEXT = re.compile(r"\s*[" + LOWER + r"]")


def _speaker_before(found: list[Found], text: str, verb_start: int) -> Found | None:
    """Who speaks, for a reporting verb at `verb_start`: the mention right before it
    (adverbs allowed between); when that is a place or an unresolved title, the person
    or body that opens the clause ("Ông X, Chủ nhiệm Báo Y (Mỹ) cho biết", "Tổ chức X có
    trụ sở tại London thì cho biết")."""
    best = None
    for f in found:
        if f.mention.end <= verb_start and _BETWEEN.match(text[f.mention.end : verb_start]):
            if f.mention.kind != "LOC" or best is None:
                best = f
    if best is not None and not _a_person(best):
        owner = next(
            (
                f
                for f in found
                # (a bare name only before a place: "Chrome của Google" is a product's)
                if (
                    _a_person(f)
                    or (
                        f.mention.kind == "NAME"
                        and best.mention.kind == "LOC"
                        and not f.mention.text.isupper()
                    )
                )
                and f.mention.end < best.mention.start
                and _WHOSE_PHRASE.fullmatch(text, f.mention.end, best.mention.start)
            ),
            None,
        )
        if owner is not None:
            return owner  # "Huyền thoại X của Real Madrid và Brazil khẳng định": X, not Brazil
    opener = _opening_person(found, text, verb_start)
    if opener is not None and best is not None and best.mention.start >= opener.mention.end:
        # "Nông dân X, xã viên Hợp tác xã Y Z cho biết": the name right before the verb is
        # inside the apposition of the person the clause opens with, who speaks
        return opener
    if best is not None and best.mention.kind == "ORG":
        holder = _holder_of_role_at(found, text, best, verb_start)
        if holder is not None:
            return holder
    if best is None or not _a_person(best):
        chained = _person_before_roles(found, text, verb_start)
        if chained is not None:
            return chained
    if best is None or not _a_person(best):
        described = _body_before_dashed_aside(found, text, verb_start)
        if described is not None:
            return described
    weak = (
        best is None
        or best.mention.kind in ("LOC", "NAME")
        or (best.entity is None and best.mention.kind != "PER")
    )
    if weak:
        clause_start = max(_last_full_stop(text, verb_start), text.rfind("; ", 0, verb_start), -1) + 1
        bracket = text.rfind("(", clause_start, verb_start)
        if bracket >= 0 and ")" not in text[bracket:verb_start]:
            # the verb inside a bracket ("... đứa bé (một số hãng tin cho rằng bé 4 tuổi)"):
            # its subject is in the bracket too
            clause_start = bracket + 1
        cited = _THEO.match(text[clause_start:verb_start])
        subject_start = clause_start + cited.start(2) if cited else clause_start
        if cited and _mention_within(found, subject_start, verb_start, ("PER", "ORG", "NAME")):
            # "Theo báo X, bà Y ... cho biết": a subject of its own after the source (but
            # "Theo ông X, cần ..., cho rằng ...": X is still the one who speaks)
            clause_start = subject_start
        # a name inside the brackets of an apposition is a detail, not the subject
        # ("X, công nhân công ty Y (khu Z, huyện W) cho biết"): tried after the others
        inside = {
            id(f)
            for f in found
            if _BRACKET_CLOSED.match(text, f.mention.end, verb_start)
            and text.rfind("(", 0, f.mention.end) < f.mention.start
        }
        for f in found:
            # "Cơ quan X huyện Y, Hà Nội cho biết": the body, then where it is
            if (
                f.mention.kind == "ORG"
                and clause_start <= f.mention.start
                and 0 <= verb_start - f.mention.end <= _SUBJECT_WINDOW
                and _placed_body(found, text, f, verb_start)
            ):
                return f
        for f in sorted(found, key=lambda f: id(f) in inside):  # stable: in order otherwise
            if best is not None and re.fullmatch(r"\s+là\s+", text[f.mention.end : best.mention.start]):
                return best  # "chủ tịch Barca là Joan Laporta nói": the name after "là"
            if not (clause_start <= f.mention.start and f.mention.end <= verb_start):
                continue
            gap = text[f.mention.end : verb_start]
            # an apposition right after the name may hold a bracket ("X, công nhân công ty Y
            # (khu Z, huyện W) cho biết")
            aside = _BRACKETED.sub(" ", gap) if id(f) not in inside and _OPENS_APPOSITION.match(gap) else gap
            if f.mention.kind in ("PER", "NAME") and (
                _APPOSITION.match(aside) or _DASHED_APPOSITION.match(gap)
            ):
                if _SPOKEN_TO.search(text, max(0, f.mention.start - _SPOKEN_TO_REACH), f.mention.start):
                    # "Trong cuộc phỏng vấn với KVT, Zorba Quill cũng đã phát biểu": whom one
                    # spoke to, then the subject after the comma; no apposition of theirs
                    continue
                if not _a_person(f) and any(
                    _a_person(g) and f.mention.end < g.mention.start < verb_start for g in found
                ):
                    # "... dự Cúp Châu lục, Silvani đã công khai bày tỏ ...": a person
                    # after the comma is the subject, not an apposition of the name before
                    continue
                if best is not None and best.mention.kind == "ROLE" and not _a_person(f):
                    # "..., giá thuê nhà ở TP.HCM, Bộ trưởng khẳng định": the title speaks; a
                    # name before it is in apposition only if it names a person
                    continue
                return f
            if id(f) not in inside and _a_person(f) and _OPENS_BRACKET.match(gap):
                gap = _BRACKETED.sub(" ", gap)  # "Chị X (SN 1981, trú tại Y) chia sẻ"
            # a bare name of a person the story names in full ("Silvani" of "Marco
            # Silvani"); not a one-word entity, which is often a capitalised fragment
            if (
                _a_person(f)
                and _COMMA_ONLY.fullmatch(gap)
                and any(
                    g.mention.kind == "ROLE"
                    and _ROLE_COMPLEMENT.fullmatch(text[g.mention.end : f.mention.start])
                    for g in found
                )
            ):
                return f  # "Nhà sáng lập X, ông Y, cho biết": the title's holder, named between commas
            named = f.mention.kind in ("PER", "ORG") or (
                f.mention.kind == "NAME" and _a_person(f) and len(f.entity.name.split()) > 1
            )
            if named and not re.search(r"[,;:“”]", gap) and len(gap) < 80:
                if (
                    f.mention.kind == "ORG"
                    and fold(f.mention.text) in _BARE_HEADS
                    and _LOWERCASE_NEXT.match(text, f.mention.end) is not None
                    and any(
                        g.mention.kind == "NAME"
                        and f.mention.end < g.mention.start
                        and g.mention.end <= verb_start
                        for g in found
                    )
                ):
                    # "Công ty đất hiếm của Trung Quốc Torvin Resources cho biết": the
                    # head alone is no body; the phrase, which names one, is the subject
                    return None
                return f
            if (
                _a_body_or_its_representative(f)
                and _BODY_TO_VERB.match(gap)
                and _CLAUSE_OPENER.fullmatch(text, clause_start, f.mention.start)
            ):
                return f  # "Đại diện Công ty X, cho biết": a comma between the body and its verb
    return best


# What may stand before the person a clause opens with: a word or two for who they are
# ("Ông", "Nông dân", "bác sĩ"), lowercase but for the sentence's first letter; not a
# title of a named body ("Giám đốc Nhà hát X, NSND Y cho biết": Y, not X).
_BEFORE_OPENER = re.compile(r"(?:[" + UPPER + r"]?[" + LOWER + r"]+\s+)?(?:[" + LOWER + r"]+\s+){0,2}")


_TITLE_OF_A_BODY = re.compile(r"\s[" + UPPER + r"]")  # a capitalised word after the title's first


def _opening_person(found: list[Found], text: str, verb_start: int) -> Found | None:
    """The person the verb's clause opens with when all between it and the verb is one
    apposition of theirs ("X, Giám đốc Y tại xã Z, huyện W cho biết"); None otherwise."""
    clause_start = max(_last_full_stop(text, verb_start), text.rfind("; ", 0, verb_start), -1) + 1
    lead = _CONNECTIVE.match(text, clause_start)
    start = lead.end() if lead else clause_start
    first = next(
        (
            f
            for f in found
            if start <= f.mention.start < verb_start
            and f.mention.kind in ("PER", "NAME")
            and _a_person(f)
            # (not a name the rules joined to a title that names a body: "Giám đốc Nhà hát
            # X, NSND Y cho biết", X read as the director's name; "PGS.TS X" is a person)
            and not _TITLE_OF_A_BODY.search(f.mention.role or "")
        ),
        None,
    )
    if first is None:
        return None
    if not _BEFORE_OPENER.fullmatch(text, start, first.mention.start) or _OBJECT_WORD.search(
        text, start, first.mention.start
    ):
        return None
    gap = text[first.mention.end : verb_start]
    if _VERB.search(gap):
        return None
    return first if _APPOSITION.match(gap) or _titles_only(gap) else None


_FORMER = re.compile(r"(?:nguyên|cựu|đương kim|tân)\s+", re.I)


def _titles_only(gap: str) -> bool:
    """An apposition of titles only, however many ("X, nguyên Ủy viên Bộ Chính trị,
    nguyên Bộ trưởng Bộ Y cho biết"): each part between commas or dashes opens with one."""
    if not _APPOSITION_OPENS.match(gap):
        return False
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+[–-]\s+", gap) if p.strip()]
    return bool(parts) and all(names.title_at(p, _former_end(p)) for p in parts)


def _former_end(part: str) -> int:
    former = _FORMER.match(part)
    return former.end() if former else 0


# Words that make the name after them an object or a topic, not the clause's subject
# ("Về X, ..., HLV Y cho rằng", "Không riêng X, nhiều nghệ sĩ ... cũng nói", "Theo X, ...")
_OBJECT_WORD = re.compile(
    r"(?<!\w)(?:theo|với|của|cùng|và|về|như|ngoài|trừ|riêng|giống|khi|vì|do|nhờ|cho|gặp|hỏi|tại|ở|trong"
    r"|sau|trước|bên)(?!\w)",
    re.I,
)


@dataclass
class Speaker:
    """Who made a statement: a mention resolved to an entity, or a source phrase
    (`facts.sources`) with no entity of its own."""

    found: Found | None
    text: str
    kind: str  # person | organisation | anonymous
    start: int = 0  # where the speaker is named in the sentence


# Words between a clause's subject and its verb that are not part of the subject ("Y đưa
# ra nhận định": puts forward a view; "A và B cùng cho biết").
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:(?:hôm|ngày|sáng|chiều|tối|trưa|đêm|rạng sáng)\s+(?:nay|qua|\d{1,2}(?:[-/.]\d{1,2})*)"
    r"|mới đây|gần đây|" + _ADVERBS + r"|thường|sẽ|thì|hiện|cùng|đưa ra|nêu ra|chỉ ra"
    # how it was said, between the subject and the verb ("tân hoa hậu xúc động chia sẻ")
    r"|xúc động|nghẹn ngào|bồi hồi|hào hứng|hồ hởi|vui vẻ|bức xúc|hài hước|khiêm tốn|thẳng thừng"
    r"|(?:tuần|tháng|năm)\s+(?:trước|qua|ngoái)))+\s*$",
    re.I,
)
# (used with match(pos): no "^", which would only match at the text's start)
_CONNECTIVE_WORDS = (
    r"tuy nhiên|trong khi đó|bên cạnh đó|ngoài ra|trước đó|sau đó|đồng thời|mặt khác|"
    r"thậm chí|về phần mình|theo đó|trên thực tế|còn|nhưng|và|song|mặc dù|dù|dẫu|sau khi|trước khi"
)
_CONNECTIVE = re.compile(r"\s*(?:" + _CONNECTIVE_WORDS + r")(?!\w)\s*,?\s*", re.I)
# What may open a clause before its subject: nothing, or a connective ("Cụ thể, ...")
_CLAUSE_OPENER = re.compile(r"\s*(?:(?:cụ thể|" + _CONNECTIVE_WORDS + r")(?!\w)\s*,?\s*)?", re.I)


# A tense or aspect word inside the clause before a verb: the subject ended before it.
_TENSE_INSIDE = re.compile(r"(?<=\w)\s+(?:đã|sẽ|đang|vừa)\s+(?=\w)")


_CLOSED_BRACKET = re.compile(r"\([^()]{0,120}\)")
# A relative clause of a place between a subject and its verb: ", nơi ... ," (the
# search is linear: each attempt stops at the next punctuation mark)
# (without its closing comma, only with no name in it: in "..., nơi bác sĩ X khai đã ...",
# the named person is the verb's subject)
_WHERE_CLAUSE = re.compile(r",\s*(?:là\s+)?nơi\s(?:[^,;:.“”]*,|[^,;:.“”" + UPPER + r"]*)\s*$")
# ... and a person's relative apposition, between commas: "Một quan chức Bộ X, người phụ
# trách chương trình Y, nói rằng ..." (the closing comma is needed: after one
# comma only, "Sáng nay, người dân ở đây cho biết", "người ..." is the subject)
_WHO_CLAUSE = re.compile(r",\s*người\s[^,;:.“”]*,\s*$")
# A body's name in quotation marks after the word for its kind ("Tổ chức “Quân đội Giải
# phóng X” (QGX) thừa nhận ..."): part of the subject, no quotation. (Any short quoted name
# inside a subject, tried: "X đã đề ra Chương trình “...” nhằm kêu gọi ..." became a
# statement in the 400 dev clusters.)
_QUOTED_BODY_NAME = re.compile(
    r"((?:[Tt]ổ chức|[Nn]hóm|[Pp]hong trào|[Mm]ặt trận)\s+)“([" + UPPER + r"][^“”,.;:!?]{0,40})”"
)
_SUBJECT_WINDOW = 400  # characters before a verb (the longest source phrase read is 120)


# A thousands separator ("4.000", "683.306"); not a date's dot ("ngày 22.5")
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")

# The dot of an abbreviated "thành phố" before the city's name ("TP.HCM", "TP. Hải Long");
# not the dots of a person's initials ("chị T.T.T")
_NAME_DOT = re.compile(r"(?<=\bT[Pp])\.(?=\s?[" + UPPER + r"])")


# A nickname in quotation marks after a name ("Tư “Gù”", "Ba “đen”"): part of the
# subject, its marks no clause break
_NICKNAME = re.compile(r"([" + UPPER + r"]\w*) “([^“”\s,.;:]{1,12})”")


# An association's name listing the trades it gathers, in lowercase between commas, before
# its country or place ("Hiệp hội rau, hoa, quả Việt Nam", "Hội làm vườn, cây cảnh Việt
# Nam"): its commas are inside the name, not between clauses.
_ASSOCIATION = re.compile(r"(?<!\w)(?:Hiệp hội|Hội|Liên hiệp|Liên đoàn|Tổng hội)\s+")
_NEXT_WORD = re.compile(r"(\w+)(\s*,\s*|\s+)")
TRADE_WORDS = 3  # words of one listed trade at most ("tinh dầu", "hương liệu", "mỹ phẩm")


def _without_listed_trades(head: str) -> str:
    """`head` with the commas inside an association's list of trades blanked (one word
    at a time, bounded: linear on any input)."""
    for m in _ASSOCIATION.finditer(head):
        at, commas, words = m.end(), [], 0
        while (w := _NEXT_WORD.match(head, at)) is not None and w.group(1).islower():
            if w.group(1) in names.HONORIFICS or words == TRADE_WORDS:
                break
            words += 1
            if "," in w.group(2):
                commas.append(head.index(",", w.end(1)))
                words = 0
            at = w.end()
        if commas and words and head[at : at + 1].isupper():
            for c in commas:
                head = head[:c] + " " + head[c + 1 :]
    return head


def _lowercase_words(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is one to four lowercase words that may be the rest of a body's
    name (no word of grammar or verb opener: "Huyện ủy ra thông báo" is no body "Huyện
    ủy ra")."""
    words = text[start:end].split()
    return 1 <= len(words) <= 4 and all(
        w.isalpha() and w.islower() and w not in STOP_SYLLABLES for w in words
    )


_BECAUSE_OF = re.compile(r"(?<!\w)(?<!thay )(?:bởi\s+)?vì\s+")  # (not "thay vì": instead of)


def _subject_span(text: str, verb_start: int) -> tuple[int, int]:
    """The clause before a verb: from the last punctuation (or the sentence's start) to
    the verb, without connectives before it nor time words and adverbs after it."""
    # a closed bracket is an aside of the subject ("Công an huyện X (tỉnh Y) xác nhận"):
    # its punctuation does not start the clause
    # (looked for within `_SUBJECT_WINDOW` characters: a subject is never longer, and a
    # sentence of thousands of verbs stays linear)
    lo = max(0, verb_start - _SUBJECT_WINDOW)
    where = _WHERE_CLAUSE.search(text, lo, verb_start) or _WHO_CLAUSE.search(text, lo, verb_start)
    if where is not None and where.start() > lo:
        # "Một quan chức tại quận X, nơi vụ việc xảy ra, cho hay": the place's relative
        # clause is no subject; the noun before it is
        return _subject_span(text, where.start())
    head = _CLOSED_BRACKET.sub(lambda m: " " * len(m.group(0)), text[lo:verb_start])
    head = _DIGIT_SEPARATOR.sub(" ", head)  # "hơn 4.000 cử tri": one number, no clause break
    head = _without_listed_trades(head)
    head = _NAME_DOT.sub(" ", head)  # "tại TP.HCM", "Công an TP. Hải Long": no clause break
    head = _NICKNAME.sub(lambda m: m.group(1) + "  " + m.group(2) + " ", head)
    head = _QUOTED_BODY_NAME.sub(lambda m: m.group(1) + " " + m.group(2) + " ", head)
    start = lo + max(head.rfind(c) for c in ",;:.“”(") + 1
    verb = _VERB.match(text, verb_start)
    if verb is not None and not text[verb.end() :].strip(" .!”\"'"):
        # a credit closing the sentence after a spaced dash: "... - truyền thông địa
        # phương đưa tin." (a dash inside a subject, "bà X - chủ quán Y cho biết: ...",
        # has what was said after the verb)
        dash = max(head.rfind(" - "), head.rfind(" – "))
        if dash >= 0:
            start = max(start, lo + dash + 2)
    because = next(reversed(list(_BECAUSE_OF.finditer(text, start, verb_start))), None)
    if because is not None and text[because.end() : verb_start].strip():
        # "X đang bị chỉ trích vì nhiều báo cáo cho rằng ...": the clause of the reason
        # has its own subject ("X từ chối vì cho rằng ...": X's, none of its own)
        start = because.end()
    piece = text[start:verb_start]
    tail = _SUBJECT_TAIL.search(piece)
    end = start + (tail.start() if tail else len(piece.rstrip()))
    verb_phrase = _TENSE_INSIDE.search(text, start, end)
    if verb_phrase:
        end = verb_phrase.start()  # "Các nhà phân tích đã hạ dự báo ...": the subject ends at "đã"
    lead = _CONNECTIVE.match(text, start, end)
    if lead:
        start = lead.end()
    while start < end and text[start].isspace():
        start += 1
    before = text[lo:verb_start].rstrip()
    if start >= end and before.endswith(",") and len(before) > 1:
        # "Một giáo sư ... từng giảng dạy tại X, cho biết, ...": nothing between the
        # comma and the verb; the subject is one unnamed person opening the sentence,
        # whatever describes them after their head (a source phrase is read from its start)
        described = _subject_span(text, lo + len(before) - 1)
        if _ONE_UNNAMED.match(text, described[0]) and not text[: described[0]].strip():
            return described
    return start, end


# One unnamed person opening a sentence ("Một giáo sư người X ...", "một quan chức ...")
_ONE_UNNAMED = re.compile(r"[Mm]ột\s+(?!số\s)")


def _article_person(
    index: Index, s: Sentence, article_sentences: list[Sentence], earlier: list[Quote], woman: bool = False
) -> Found | None:
    """Whom "rapper", "tiền đạo người Ba Lan" or "người đẹp" stands for: the last person
    quoted in the article, else the last person named in the two sentences before, else
    the person the article names most. `woman`: the word is a woman's ("người đẹp", "nữ
    ca sĩ"): the same, among the women the text calls so (`_a_woman`, `_called_a_woman`),
    when it calls one so."""
    if woman:
        women = {
            key
            for key, mentions in _people_before(index, s, article_sentences).items()
            if any(_a_woman(f) or _called_a_woman(index, f) for f in mentions)
        }
        found = _article_person_among(index, s, article_sentences, earlier, women) if women else None
        if found is not None:
            return found
    return _article_person_among(index, s, article_sentences, earlier)


def _article_person_among(
    index: Index,
    s: Sentence,
    article_sentences: list[Sentence],
    earlier: list[Quote],
    among: set[int] | None = None,
) -> Found | None:
    """`_article_person`, of the people whose entities' ids are `among` (None: anyone)."""
    for q in reversed(earlier):
        if q.article_id == s.article_id and q.speaker and q.speaker_kind == "person":
            for f in index.found:
                if (
                    f.entity is not None
                    and f.entity.id == q.speaker
                    and f.sentence.article_id == s.article_id
                    and (among is None or id(f.entity) in among)
                ):
                    return f
    person = _previous_person(index, s, article_sentences, among=among)
    if person is not None:
        return person
    people = _people_before(index, s, article_sentences)
    if among is not None:
        people = {k: v for k, v in people.items() if k in among}
    return max(people.values(), key=len)[-1] if people else None


def _people_before(index: Index, s: Sentence, article_sentences: list[Sentence]) -> dict[int, list[Found]]:
    """The article's mentions of people before `s`, by person (in order)."""
    people: dict[int, list[Found]] = {}
    for prev in article_sentences[: s.index]:
        for f in index.in_sentence(prev):
            if f.entity is not None and f.entity.type == "PER":
                people.setdefault(id(f.entity), []).append(f)
    return people


_SOMEONE = re.compile(
    r"\b[Mm]ột\s+(?:\w+\s+){0,2}?(?:người|công dân|nhân chứng|quan chức|phụ nữ|đàn ông|cô gái|"
    r"chàng trai|du khách|hành khách|sinh viên|học sinh|cư dân|nhân viên)\b"
)


def _sole_person(index: Index, s: Sentence, article_sentences: list[Sentence]) -> Found | None:
    """The one person named in the article before `s`, if only one is and the sentence
    before does not bring in someone unnamed ("một công dân nước ngoài ... mô tả")."""
    if s.index > 0 and _SOMEONE.search(article_sentences[s.index - 1].text):
        return None
    people = _people_before(index, s, article_sentences)
    return next(iter(people.values()))[-1] if len(people) == 1 else None


# Given names written like a body's head when they stand alone
_NAMES_LIKE_HEADS = frozenset({"Trường", "Hội"})
_LEADING_ADVERBS = re.compile(r"^(?:[–—-]\s*)?(?:(?:cũng|vẫn|còn)\s+)*", re.I)


# Between a head and the name it gives: nothing, or "tên", "tên là" ("một bạn đọc tên An")
_CALLED_BY_NAME = r"(?:có\s+)?tên(?:\s+là)?\s+"
_NAMED_AS = re.compile(rf"\s*(?:{_CALLED_BY_NAME})?")
_CALLED_AS = re.compile(rf"\s*{_CALLED_BY_NAME}")
# Unnamed people named after someone else ("gia đình Maria", "hàng xóm ông X"): not X.
_AROUND_SOMEONE = frozenset({"gia đình", "người thân", "hàng xóm", "người nhà"})
_UNDER = re.compile(r"\s(?:theo|thực hiện)\s+(?:chỉ đạo|yêu cầu|đề nghị|ủy quyền)(?!\w)")


# Words of a predicate inside what reads as a source phrase: the clause before the verb
# says what the body must or did not do, it does not name who speaks.
_PREDICATE_INSIDE = re.compile(r"(?<=\w)\s+(?:vẫn|chưa|phải|cần|có thể|nhưng|cho rằng)\s+(?=\w)", re.I)


# A body introduced by its name: "tổ chức có tên X", "nhóm gọi là X", "công ty mang tên X"
_CALLED = re.compile(rf"\s+(?:có tên(?:\s+gọi)?|mang tên|gọi là|tự xưng là)(?:\s+là)?\s+(?=[{UPPER}])", re.I)
# A user of a network or forum named by what they post under ("thành viên có nickname X",
# "tài khoản mang tên X", "người dùng có nick X")
# ("thành viên X" alone may be a member of a body: "thành viên Hội đồng ...")
_NICKNAMED = re.compile(
    r"(?:(?:thành viên|tài khoản|người dùng|facebooker|cư dân mạng)\s+(?:có\s+|mang\s+|với\s+)?"
    r"(?:nickname|nick name|nick|tên tài khoản|tài khoản|biệt danh)|tài khoản|người dùng|facebooker)"
    r"\s+(?=(?-i:[" + UPPER + r"]))",
    re.I,
)


# Words of a clause, never of a title's tail: "..., đơn vị đã có báo cáo"
_CLAUSE_WORD = re.compile(r"(?<!\w)(?:đã|đang|sẽ|vừa|có|được|bị|là|không|chưa)(?!\w)")


def _title_goes_on(
    text: str, start: int, end: int, verb_start: int, inside: list[Found], found: list[Found]
) -> bool:
    """`text[start:end]` is the lowercase tail of an apposition a comma cut ("X, Thành viên
    Hội đồng chính sách tài chính, tiền tệ quốc gia cho rằng"): it names no one and is no
    clause, and the part before its comma follows a person's name and its comma and names
    no other person."""
    if not text[start:end][:1].islower() or inside or _CLAUSE_WORD.search(text, start, verb_start):
        return False
    comma = text.rfind(",", 0, start)
    before = text.rfind(",", 0, comma) if comma > 0 else -1
    if before < 0:
        return False
    return not any(_a_person(f) and before < f.mention.start < comma for f in found) and any(
        _a_person(f) and f.mention.end <= before and not text[f.mention.end : before].strip() for f in found
    )


def _only_a_title(piece: str, inside: list[Found]) -> bool:
    """`piece` is a title and what it heads, naming no one ("Phó Trưởng Ban Chỉ đạo X")."""
    title = names.title_at(piece.strip(), 0)
    return bool(title) and not any(_a_person(f) and f.mention.kind != "ROLE" for f in inside)


# A sentence's opening clause of time or place before its subject: "Sáng 2/4, "
_OPENING_CLAUSE = re.compile(r"[^,.;:“”()]{0,40},\s*$")


def _opens(text: str, at: int) -> bool:
    """A mention at `at` opens its sentence, or opens it after one short clause, or opens
    the main clause after a concession ("Dù ..., nhưng bà X, Trưởng phòng Y, cho biết")."""
    return (
        at <= _OPENING
        or bool(_OPENING_CLAUSE.fullmatch(text, 0, at))
        or bool(_AFTER_A_CONTRAST.search(text, max(0, at - 20), at))
    )


# A contrast after a comma, right before a mention: the main clause it opens
_AFTER_A_CONTRAST = re.compile(r",\s+(?:nhưng|song|thế nhưng)\s+$")


def _named_with_head_before(
    index: Index, s: Sentence, head: str, article_sentences: list[Sentence]
) -> Found | None:
    """The person a sentence just before `s` names right after `head` ("khán giả X")."""
    for before in reversed([x for x in article_sentences if s.index - 2 <= x.index < s.index]):
        for f in reversed(index.in_sentence(before)):
            if f.entity is not None and f.entity.type == "PER":
                if fold(before.text[: f.mention.start].rstrip()).endswith(fold(head)):
                    return f
    return None


def _owned_by(text: str, head_end: int, f: Found) -> bool:
    """The name `f` inside a document's phrase is its owner: right after the document's
    head ("báo cáo Bộ X") or after a word that puts an owner after it ("của", "do")."""
    return not text[head_end : f.mention.start].strip() or bool(
        _OWNER_MARK.search(text, head_end, f.mention.start)
    )


# News carried by an outlet: "tin tức (đăng tải) trên báo X", "thông tin từ trang Y"
# (the outlet's word in lowercase: "từ Đài Loan" is a place)
_MEDIA_WORD = r"(?:báo|tờ|trang|tạp chí|đài|kênh|hãng tin|nhật báo)\s"
_NEWS_HEADS = frozenset({"tin tức", "tin", "thông tin", "nguồn tin", "bài viết", "bài báo"})
_NEWS = "|".join(sorted(_NEWS_HEADS - {"nguồn tin"}, key=len, reverse=True))
_ON_MEDIA = re.compile(
    r"\s(?:(?:được\s+)?(?:đăng tải|đăng|phát)\s+)?(?:trên|của|từ)\s+(?=" + _MEDIA_WORD + ")"
)
# News named by what carried it, as a clause's subject ("Tin tức đăng tải trên báo X")
_CARRIED_BY = re.compile(
    r"(?:các\s+|những\s+)?(?:" + _NEWS + r")\s+(?:được\s+)?(?:đăng tải|đăng|đưa)\s+"
    r"(?:trên|của|từ)\s+(?-i:(?=" + _MEDIA_WORD + "))",
    re.I,
)


# Words that put a document's owner after them ("báo cáo của X", "số liệu do Y công bố")
_OWNER_MARK = re.compile(r"(?<!\w)(?:của|do|từ|bởi|được|trên|là)(?!\w)")


def _source_speaker(
    index: Index,
    s: Sentence,
    start: int,
    end: int,
    article_sentences: list[Sentence],
    found: list[Found],
    earlier: list[Quote],
) -> Speaker | None:
    """A source phrase that is the whole of `s.text[start:end]`, as a speaker."""
    if end - start > _LONGEST_SOURCE:
        return None
    src = sources.phrase_at(s.text, start, end)
    if src is None or s.text[start:end].strip() in _NAMES_LIKE_HEADS:
        return None  # "Trường khai nhận ...": a man called Trường, not a school
    text = _LEADING_ADVERBS.sub("", s.text[start:end].strip())  # "cũng có ý kiến": "có ý kiến"
    if _PREDICATE_INSIDE.search(text):
        return None  # "doanh nghiệp phải công bố ...": a clause ran on to the verb, no subject
    head_end = start + _after_head(s.text[start:end], src.head)
    on_media = _ON_MEDIA.search(s.text, head_end, end) if src.head in _NEWS_HEADS else None
    if on_media is not None:
        # "Tin tức đăng tải trên báo X cho hay": the outlet that carried the news
        outlet = _source_speaker(index, s, on_media.end(), end, article_sentences, found, earlier)
        if outlet is not None and outlet.kind == "organisation":
            return outlet
    if src.kind == "anonymous" and _DEMONSTRATIVE.search(text):
        # "Khán giả này nói": the one named with that word just before ("Khán giả X chia sẻ")
        named = _named_with_head_before(index, s, src.head, article_sentences)
        if named is not None:
            return _as_speaker(named)
    inside = [f for f in found if head_end <= f.mention.start and f.mention.end <= end]
    named_person = next(
        (
            f
            for f in inside
            if f.entity is not None
            and (f.mention.kind == "PER" or (f.mention.kind == "NAME" and f.entity.type == "PER"))
        ),
        None,
    )
    if src.kind == "descriptor" and named_person is not None and src.head not in sources.RELATIVES:
        return _as_speaker(named_person)  # "bị cáo Nguyễn Văn A": the person it names
    if (
        src.kind == "anonymous"
        and named_person is not None
        and src.head not in sources.RELATIVES
        and src.head not in _AROUND_SOMEONE
        and _NAMED_AS.fullmatch(s.text, head_end, named_person.mention.start)
    ):
        return _as_speaker(named_person)  # "nạn nhân Phạm Thị A", "nhân chứng Lê Văn B"
    titled = next(
        (
            f
            for f in found
            if start <= f.mention.start
            and f.mention.end <= end
            and f.mention.kind == "PER"
            and fold(f.mention.role or "") == src.head
            and f.entity is not None
            and f.entity.type == "PER"
        ),
        None,
    )
    if src.kind == "anonymous" and titled is not None:
        # "chuyên gia Lê Văn A", "giám khảo X": a person named after a title that also
        # heads unnamed sources ("các chuyên gia"), no anonymous one
        return _as_speaker(titled)
    given = next(
        (
            f
            for f in inside
            if f.mention.kind == "NAME"
            and f.entity is None
            and _CALLED_AS.fullmatch(s.text, head_end, f.mention.start)
        ),
        None,
    )
    if src.kind == "anonymous" and given is not None and src.head not in _AROUND_SOMEONE:
        index.person(given)  # "một bạn đọc tên An": a person called An, not a body
        return _as_speaker(given)
    if (
        src.kind == "organisation"
        and named_person is not None
        and not s.text[head_end : named_person.mention.start].strip()
    ):
        return _as_speaker(named_person)  # "cảnh sát Nguyễn Văn A": a member, by name
    if (
        src.kind == "organisation"
        and named_person is not None
        and not s.text[named_person.mention.end : end].strip()
        and any(
            f.mention.kind == "ORG" and not s.text[f.mention.end : named_person.mention.start].strip()
            for f in found
        )
    ):
        # "Bộ Ngoại giao Mỹ Marie Harf cho biết": the body's name, then the person who
        # speaks for it, nothing between them and nothing after
        return _as_speaker(named_person)
    named_body = next(
        (
            f
            for f in inside
            if f.mention.kind in ("NAME", "ORG")
            and f.entity is not None
            and f.entity.type == "ORG"
            and not s.text[f.mention.end : end].strip()
        ),
        None,
    )
    if (
        src.kind == "organisation"
        and named_body is not None
        and fold(src.head) in _BARE_HEADS
        and sum(f.mention.kind in ("NAME", "ORG") for f in inside) == 1
        and _LOWERCASE_NEXT.match(s.text, head_end) is not None
    ):
        # "Công ty đất hiếm của Trung Quốc Torvin Resources cho biết": the body the
        # phrase describes (its head a body's, "công ty", then lowercase words: not "Cục
        # Công nghệ thông tin Bộ Y tế", the department's own name), named last
        return _as_speaker(named_body)
    if src.kind == "descriptor":  # "tiền đạo người Ba Lan": the article's person
        titled = next(
            (
                f
                for f in found
                if start <= f.mention.start
                and f.mention.end <= end
                and f.mention.kind == "ROLE"
                and f.entity is not None
                and f.entity.type == "PER"
            ),
            None,
        )
        if titled is not None:
            # "Nữ ca sĩ tiết lộ ...": the one singer the story names, though a composer
            # was quoted last
            return _as_speaker(titled)
        woman = bool(_WOMAN_BEFORE.search(src.head + " "))
        person = _article_person(index, s, article_sentences, earlier, woman=woman)
        if person is not None and person.entity is not None and not owner_fits(
            s.text, head_end, person.entity, index
        ):
            # "HLV trưởng của Indonesia thừa nhận ...": whose trade it says, not the
            # article's coach: one unnamed
            return Speaker(None, text.strip(), "person", start)
        return Speaker(person, person.mention.text, "person", start) if person else None
    if src.head in sources.RELATIVES:
        return Speaker(None, text, "anonymous", start)  # "bố cầu thủ X" is not X
    # "Tờ báo khẳng định", "Trang tin này cho biết": the outlet the article cited; "nguồn
    # tin này": the body that spoke last
    pressed = _PRESS_BACK.fullmatch(text) is not None
    cited = _outlet_cited_before(s, earlier, index, article_sentences) if pressed else None
    if cited is None and _THIS_SOURCE.fullmatch(text):
        cited = _source_cited_before(s, earlier, index, press=pressed)
    if cited is not None:
        return Speaker(Found(s, _body_mention(start, end, text), cited), text, "organisation", start)
    if named_person is not None and names.title_at(s.text, start):
        # "Người phát ngôn Bộ Ngoại giao X", "đại diện công ty Y ông Z": the holder named
        return _as_speaker(named_person)
    if src.head in sources.COLLECTIVE_MEDIA:
        # "truyền thông Mỹ", "báo chí Nhật Bản": a country's press, no outlet of the story
        # and not the country (what follows the head is whose press it is)
        return Speaker(None, text, "organisation", start)
    if src.head in sources.MEDIA:
        # the outlet's name runs from its first capital to the phrase's end: "tờ Bưu
        # điện Hoa Nam buổi sáng", "Đài truyền hình công cộng NRK"
        first_cap = re.search(rf"\b[{UPPER}0-9]", s.text[head_end:end])
        if first_cap:
            # ... and before a predicate: "Báo X có bài viết phản ánh ...", "Báo X đã ..."
            named_from = s.text[head_end + first_cap.start() : end]
            # (... or before what it relays: "Hãng tin X dẫn tuyên bố chung cho biết")
            outlet = re.split(r"\s+(?:của|tại|ở|và|có|đã|vừa|dẫn)\s+", named_from)[0].strip()
            bracket_end = outlet.find(")")
            if bracket_end >= 0:  # "Đài ABC (Úc) hồi tháng trước": nothing after the bracket
                outlet = outlet[: bracket_end + 1]
            at = head_end + first_cap.start()
            end = at + len(outlet)
            outlet, at, end = _outlet_without_its_country(outlet, at, end)
            bare = _ACRONYM_AFTER.sub("", outlet)
            outlet, end = bare, at + len(bare)
            if names.place(outlet):
                # "một số hãng tin Mỹ": media of a country, no outlet named
                return Speaker(None, text, "organisation", start)
            entity = index.organisation(outlet, s)
            mention = _body_mention(at, end, outlet)
            return Speaker(Found(s, mention, entity), text, "organisation", start)
    if src.head in _DOCS and named_person is not None and _owned_by(s.text, head_end, named_person):
        return _as_speaker(named_person)  # "báo cáo do Chủ nhiệm X trình bày cho rằng": X
    holder = next(
        (f for f in inside if f.mention.kind == "ROLE" and f.entity is not None and f.entity.type == "PER"),
        None,
    )
    if src.head in _DOCS and named_person is None and holder and _owned_by(s.text, head_end, holder):
        return _as_speaker(holder)  # "Công văn của Phó chủ tịch UBND X nêu rõ": the one who holds it
    under = _UNDER.search(s.text, head_end, end)
    if src.head in _DOCS and under is not None:
        # "kết luận của Sở X theo chỉ đạo của UBND Y": whose document, not who asked for it
        end = under.start()
        inside = [f for f in inside if f.mention.end <= end]
    owner_at = s.text.rfind(" của ", head_end, end)
    everything = inside
    if src.head in _DOCS and owner_at >= 0:
        # "số liệu từ phòng Thống kê của Bộ Y tế": the body after the last "của"
        inside = [f for f in inside if f.mention.start > owner_at] or inside
    # a body the recognizer or the rules call one before a bare capitalised word ("báo
    # cáo về Chỉ số X vừa được Công ty Y công bố": Y)
    bodies = (f for f in inside if f.mention.kind == "ORG" and not _part_of_a_head(s.text, f))
    doc = src.head in _DOCS
    bare = [
        # (not the first word of a body's head: "của Chính phủ," is no body "Chính")
        f for f in inside if f.mention.kind == "NAME" and not _opens_org_head(s.text, f.mention.start)
    ]
    # a document's owner is the bare name it is said to be of or by ("Báo cáo Đánh giá
    # ... do VBC phát hành": VBC, not a capitalised word of the document's own name)
    marked = (f for f in bare if doc and _OWNER_MARK.search(s.text, head_end, f.mention.start))
    owned = next(marked, None)
    named = next(bodies, None) or owned or next(iter(bare), None)
    if named is not None and named.mention.kind == "NAME" and doc and not _owned_by(s.text, head_end, named):
        # "Kết quả phân tích phổ điểm môn Toán cho thấy": a bare capitalised word in what
        # the document is about, with no "của", "do", "từ" before it, owns nothing
        named = None
    if named is None and src.head in _DOCS and inside is not everything:
        # "báo cáo ... được tờ X của Anh đăng tải": no body after the last "của", one before
        named = next(
            (f for f in everything if f.mention.kind in ("ORG", "NAME") and not _part_of_a_head(s.text, f)),
            None,
        )
    if src.head in sources.OUTSIDERS or src.head == "người":
        named = None  # "người hâm mộ hãng X", "40% người tiêu dùng": the people speak, not X
    if named is None and src.head in _REPRESENTATIVES:
        # "đại diện Sao Mai FC", "người phát ngôn của X" with no name of their own
        spoken_for = _body_after_title(index, s, _OF.match(s.text, min(head_end + 1, end)).end(), end)
        if spoken_for is not None:
            begin, body = spoken_for
            entity = index.organisation(body, s)
            return Speaker(
                Found(s, _body_mention(begin, begin + len(body), body), entity), text, "organisation", start
            )
    if named is not None and src.kind == "anonymous" and sources.says_unnamed(text):
        # "hai phi công giấu tên của Lực lượng Không quân X": people who go unnamed, of
        # their own kind, not the body they serve
        return Speaker(None, text, "anonymous", start)
    if named is not None and (src.kind == "anonymous" or src.head in _DOCS):
        # "hãng tin AP", "số liệu từ Cục Thống kê", "các nhà kinh tế của Ngân hàng Tây Hồ"
        if named.entity is None or named.entity.type != "ORG":
            index.organisation(named.mention.name or named.mention.text, s, named)
        return Speaker(named, text, "organisation", start)
    if src.head in _DOCS and named is None:
        owned = _OWNER_AFTER.search(s.text, head_end, end)
        if owned is not None:
            # "dữ liệu của hãng nghiên cứu X": the body named after the owner's trade;
            # "thông tin từ công ty này": the owner is itself a source phrase
            owner = _named_owner(index, s, owned.end(), end) or _source_speaker(
                index, s, owned.end(), end, article_sentences, found, earlier
            )
            if owner is not None and owner.found is not None:
                return Speaker(owner.found, text, owner.kind, start)
    if src.head in sources.DOCUMENTS and not _ANOTHER.search(text) and not _MANY.match(text):
        # ("Một báo cáo khác cho thấy": another one, not the document cited before)
        owner = _document_owner(src.head, s, article_sentences, earlier, index)
        if owner is not None:  # "..., thông cáo nhấn mạnh": the body that issued it
            return Speaker(owner, text, _as_speaker(owner).kind, start)
        relayed = _source_cited_before(s, earlier, index) if _THIS_REPORT.fullmatch(text) else None
        if relayed is not None:
            return Speaker(Found(s, _body_mention(start, end, text), relayed), text, "organisation", start)
    if src.kind == "organisation" and src.head not in _DOCS:
        named_body = re.search(rf"\b[{UPPER}]", s.text[head_end:end])
        if named_body and len(text.split()) <= _LONGEST_BODY:  # a named body: "Cảnh sát Na Uy"
            entity = index.organisation(text, s)
        else:  # "Cảnh sát", "cơ quan CSĐT", "công ty này": the story's one body of that kind
            entity = None
            if _DEMONSTRATIVE.search(text):
                # "Cơ quan này cũng cho biết", "bộ này nhấn mạnh": the body that spoke
                # just before, as a reader takes it
                entity = _body_spoken_before(
                    s, earlier, index, _DEMONSTRATIVE.sub("", text), article_sentences
                )
            if entity is None:
                entity = index.organisation_beginning(_DEMONSTRATIVE.sub("", text))
        if entity is not None:
            return Speaker(Found(s, _body_mention(start, end, text), entity), text, "organisation", start)
    return Speaker(None, text, src.kind, start)


_DOCS = set(sources.DOCUMENTS) | set(sources.DOCUMENTS_NEED_OWNER)
_DEMONSTRATIVE = re.compile(r"\s+(?:này|đó|ấy|trên|nói trên|kể trên)$")
_OWNER_AFTER = re.compile(r"\s(?:của|từ|trên|do)\s+")
# An owner named after its trade: a few lowercase words, then the capitalised name
# ("hãng nghiên cứu X", "công ty tư vấn Savills").
_ACRONYM_AFTER = re.compile(r"\s*\([" + UPPER + r"0-9&.-]{2,12}\)$")
_TRADE_THEN_NAME = re.compile(r"(?:(?![" + UPPER + r"])[^\W\d_]+\s+){0,4}(?=[" + UPPER + r"])")


# A name: capitalised words, with digits, "&", "of" or "and" inside ("Bank of Hanoi").
_CAPITALISED_RUN = re.compile(
    r"[" + UPPER + r"][\w.&'-]*(?:\s+(?:[" + UPPER + r"0-9][\w.&'-]*|of|and|&)(?=\s|$|[,.;:)]))*"
)


def _named_owner(index: Index, s: Sentence, start: int, end: int) -> Speaker | None:
    """The organisation a document's owner names by its trade and its name."""
    trade = _TRADE_THEN_NAME.match(s.text, start, end)
    if trade is None:
        return None
    name = re.split(r"\s+(?:của|tại|ở|và)\s+", s.text[trade.end() : end])[0].strip(" ,")
    name = _ACRONYM_AFTER.sub("", name)  # "Hiệp hội X (HHX)": the name; the acronym is its alias
    run = _CAPITALISED_RUN.match(s.text, trade.end(), end)
    if names.key(name) in _STANDING_BODIES:
        # "báo cáo của Chính phủ", "nghị quyết của Quốc hội": the body the head alone names
        # (its capitalised run stops at the lowercase "phủ")
        entity = index.organisation(name, s)
        at = trade.end()
        return Speaker(Found(s, _body_mention(at, at + len(name), name), entity), name, "organisation", start)
    if (
        not name
        or run is None
        or names.place(run.group(0))
        or len(name.split()) > _LONGEST_BODY
        or names.key(name) in _ORG_HEAD_KEYS  # "báo cáo của Chính phủ": the story's body of that kind
    ):
        return None  # "... được tờ X của Anh đăng tải": a place, then what was done
    entity = index.organisation(name, s)
    at = trade.end()
    return Speaker(Found(s, _body_mention(at, at + len(name), name), entity), name, "organisation", start)


_STANDING_BODIES = frozenset(names.key(b) for b in names.FIXED_ORGS)
_COUNTRY_AFTER = re.compile(r"\s*\(([^()]{2,30})\)\s*$")


def _outlet_without_its_country(outlet: str, start: int, end: int) -> tuple[str, int, int]:
    """An outlet's name without the country news writes with it: before its acronym
    ("hãng thông tấn Lào KPL", "đài Nhật Bản NHK": the table's places) or in
    brackets after it ("hãng tin Bernama (Malaysia)")."""
    after = _COUNTRY_AFTER.search(outlet)
    if after and names.place(after.group(1).strip()):
        outlet = outlet[: after.start()].rstrip()
        end = start + len(outlet)
    words = outlet.split()
    # a place, then one acronym, maybe in brackets: the agency's own name ("Jakarta Post"
    # keeps its city; "hãng thông tấn Lào (KPL)" is KPL)
    last = words[-1].strip("()") if words else ""
    if len(words) >= 2 and len(last) >= 2 and last.isupper() and names.place(" ".join(words[:-1])):
        cut = outlet.rindex(last)
        return last, start + cut, start + cut + len(last)
    return outlet, start, end


def _document_owner(
    head: str, s: Sentence, article_sentences: list[Sentence], earlier: list[Quote], index: Index
) -> Found | None:
    """Who issued a document named without its owner ("thông cáo nhấn mạnh"): the
    speaker of the article's last statement made in a sentence naming that kind of
    document ("Trong một thông cáo đưa ra hôm qua, Nhà Trắng khẳng định..."); with none,
    the body or person named last before the document in the article's last sentence
    that names one ("Sáng 2/3, Công ty X đã phát đi thông cáo về sự cố ...", "Phó Chủ
    tịch Y đã có văn bản chỉ đạo ...")."""
    word = re.compile(r"(?<!\w)" + re.escape(head) + r"(?!\w)", re.I)
    for q in reversed(earlier):
        if q.article_id != s.article_id or q.sentence >= s.index or q.speaker is None:
            continue
        said_in = article_sentences[q.sentence]
        if not word.search(said_in.text):
            continue
        return next(
            (f for f in index.in_sentence(said_in) if f.entity is not None and f.entity.id == q.speaker), None
        )
    for before in reversed([x for x in article_sentences if x.index < s.index]):
        named = word.search(before.text)
        if named is None:
            continue
        issuer = [
            f
            for f in index.in_sentence(before)
            if f.entity is not None
            and f.entity.type in ("ORG", "PER")
            and f.mention.end <= named.start()
            # who issued it, not whom it is about ("bản án đối với X"): an issuing verb
            # right before the document
            and _ISSUED.search(before.text, f.mention.end, named.start())
        ]
        return issuer[-1] if issuer else None
    return None


_ANOTHER = re.compile(r"(?<!\w)khác(?!\w)")
# Many documents are nobody's one ("nhiều báo cáo cho rằng ...", "các văn bản ...")
_MANY = re.compile(r"^\s*(?:nhiều|các|những|một số|hàng loạt)\s", re.I)


# Issuing a document, right before it: "X đã phát đi thông cáo", "Y có văn bản".
_ISSUED = re.compile(
    r"(?:phát đi|phát hành|ra|ban hành|gửi|có|công bố|đưa ra|ký)\s+(?:(?:một|bản|hai|các)\s+)?$"
)


# Head words that stand for any body ("cơ quan này", "đơn vị này"); other heads ("bộ
# này", "công ty này") point back at a body of their kind.
_ANY_BODY = frozenset({"cơ quan", "đơn vị", "tổ chức", "bên", "phía"})
# How far back (sentences) a "cơ quan này" finds the body that spoke, and the body only
# named (a nearer antecedent: the 400 dev clusters' "cơ quan này", "đơn vị này" read
# at 5 pointed at bodies named in passing, not the subject).
BODY_BEFORE_REACH = 5
NAMED_BODY_REACH = 2


def _body_spoken_before(
    s: Sentence, earlier: list[Quote], index: Index, head: str, article_sentences: list[Sentence] = ()
) -> Entity | None:
    """The body a "cơ quan này", "bộ này" points back at: the organisation of the
    article's last statement a few sentences before `s`, or else the last one named
    there, whose name begins with `head` (or `head` stands for any body)."""
    head = fold(head.strip())

    def fits(e: Entity | None) -> bool:
        return (
            e is not None and e.type == "ORG" and (head in _ANY_BODY or fold(e.name).startswith(head + " "))
        )

    # the body the sentence right before opens with, its subject ("Bộ X đã chủ trì ...
    # Bộ này cho biết"), before the one that spoke a few sentences back
    previous = [x for x in article_sentences if x.index == s.index - 1]
    opening = [f.entity for x in previous for f in index.in_sentence(x) if f.mention.start == 0]
    if opening and fits(opening[0]):
        return opening[0]
    for q in reversed(earlier):
        if q.article_id != s.article_id or q.sentence > s.index or q.speaker is None:
            continue
        if q.sentence < s.index - BODY_BEFORE_REACH:
            break
        if q.speaker_kind == "organisation":
            e = next((e for e in index.ranked if e.id == q.speaker), None)
            if fits(e):
                return e
    for before in reversed([x for x in article_sentences if s.index - NAMED_BODY_REACH <= x.index < s.index]):
        named = [
            f.entity
            for f in index.in_sentence(before)
            # a body the story names twice or more (a name read once may be a span the
            # recognizer ran on too far)
            if fits(f.entity) and not generic_organisation(f.entity.name) and len(f.entity.mentions) >= 2
        ]
        if named:
            return named[-1]
    return None


# "nguồn tin này", "tờ báo này": the outlet or source the article cited last
_THIS_SOURCE = re.compile(r"(?:nguồn tin|nguồn|tờ báo|tờ|báo|trang tin|trang|hãng tin|kênh)\s+này", re.I)
# "báo cáo trên", "bản tin này" that no body was said to issue: the report of the source
# the article cited last ("Tờ X đưa tin ... Báo cáo trên nói thêm rằng ...")
_THIS_REPORT = re.compile(r"(?:báo cáo|bản tin)\s+(?:này|trên|đó)", re.I)


# An outlet the sentence does not name: "tờ báo (này)", "trang tin này", "kênh này".
# ("Trang", "Báo" alone and capitalised may be a woman's or a man's name: not these)
_PRESS_BACK = re.compile(
    r"(?:[Tt]ờ báo|[Bb]ài báo|[Tt]rang tin|[Hh]ãng tin|tờ|báo|trang|kênh|(?:[Tt]ờ|[Bb]áo|[Tt]rang|[Kk]ênh)"
    r"(?=\s+(?:này|đó|trên)))(?:\s+(?:này|đó|trên))?"
)
# How far back (sentences) an outlet only named, not cited, is the one meant
OUTLET_NAMED_REACH = 2


def _outlet_cited_before(
    s: Sentence, earlier: list[Quote], index: Index, article_sentences: list[Sentence] = ()
) -> Entity | None:
    """The outlet a "tờ báo", "trang tin này" points back at: one the story cites as an
    outlet ("tờ X đưa tin", "Theo trang Y") named in the sentences just before, or else
    the last the article cited. Statements of people or bodies in between do not count:
    they are what the outlet reported."""
    cited = {
        q.speaker
        for q in earlier
        if q.speaker is not None
        and q.speaker_kind == "organisation"
        and _PRESS_HEAD.match(_SOURCE_LEAD.sub("", q.speaker_text))
    }
    outlets = [e for e in index.ranked if e.type == "ORG" and e.id in cited]
    before = [x for x in article_sentences if x.index < s.index]
    # ... or named after a press word in the article ("Tờ X vừa xếp hạng ...")
    for x in before:
        for f in index.in_sentence(x):
            if f.entity is not None and f.entity.type == "ORG" and f.entity not in outlets:
                if _PRESS_BEFORE.search(x.text, 0, f.mention.start):
                    outlets.append(f.entity)
            elif f.entity is None:
                # a sentence's capitalised first word read with the name: "Tờ Daily Courier"
                headed = _PRESS_NAMED.match(f.mention.text)
                if headed:
                    e = index.organisation(headed.group(1), x)
                    if e not in outlets:
                        outlets.append(e)
    if not outlets:
        return None

    def named_in(x: Sentence) -> Entity | None:
        """The outlet named last in `x` (as a whole word: "AP" is not in "APEC")."""
        at = {}
        for e in outlets:
            hits = [m.start() for n in (e.name, *e.aliases) for m in _whole_word(n).finditer(x.text)]
            at[e.id] = max(hits, default=-1)
        found = [e for e in outlets if at[e.id] >= 0]
        return max(found, key=lambda e: at[e.id]) if found else None

    for x in reversed(before[-OUTLET_NAMED_REACH:]):
        named = named_in(x)
        if named is not None:
            return named
    for q in reversed(earlier):
        if q.article_id == s.article_id and q.sentence < s.index and q.speaker in cited:
            return next(e for e in outlets if e.id == q.speaker)
    for x in reversed(before):
        named = named_in(x)
        if named is not None:
            return named
    return None


@functools.lru_cache(maxsize=1024)
def _whole_word(name: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


_PRESS_HEAD = re.compile(
    r"(?:tờ|báo|trang|hãng tin|hãng thông tấn|kênh|đài|tạp chí|nhật báo|tuần báo)\b", re.I
)
_SOURCE_LEAD = re.compile(r"^(?:theo\s+)?", re.I)
_PRESS_NAMED = re.compile(rf"(?:Tờ|Báo|Trang|Kênh|Đài|Tạp chí)\s+([{UPPER}].*)$")
# a press word right before a name: "tờ Daily Courier", "trang tin Y (Anh)"
_PRESS_BEFORE = re.compile(r"\b(?:tờ|báo|trang(?: tin)?|hãng tin|kênh|đài|tạp chí)\s+$", re.I)


def _source_cited_before(
    s: Sentence, earlier: list[Quote], index: Index, press: bool = False
) -> Entity | None:
    """The organisation that spoke last in the article before `s`; `press` ("tờ báo
    này", "trang này"): the last that can be a paper, not a body named by its kind
    ("Bộ X", "Công ty Y": the paper reported them)."""
    for q in reversed(earlier):
        if q.article_id != s.article_id or q.sentence >= s.index or q.speaker is None:
            continue
        if q.speaker_kind != "organisation":
            return None  # a person spoke since: "nguồn tin này" is not theirs
        e = next((e for e in index.ranked if e.id == q.speaker and e.type == "ORG"), None)
        if press and e is not None and names.org_head_at(e.name, 0) and not _PRESS_HEAD.match(e.name):
            continue
        return e
    return None


def _after_head(piece: str, head: str) -> int:
    """Offset in `piece` just after the lexicon head (determiners before it skipped)."""
    m = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, head.split())) + r"(?!\w)", piece, re.I)
    return m.end() if m else 0


def _body_mention(start: int, end: int, text: str) -> Mention:
    return Mention(start, end, text, "ORG", name=text)


_LONGEST_SOURCE = 120  # characters: a subject longer than this is a clause, not a source
_LONGEST_BODY = 8  # words of a body named by what it is ("Bệnh viện Đại học Y Hà Nội")


def _as_speaker(f: Found | None) -> Speaker | None:
    if f is None:
        return None
    kind = {"PER": "person", "ORG": "organisation", "LOC": "organisation"}.get(
        f.entity.type if f.entity else "", "person" if f.mention.kind in ("PER", "NAME", "ROLE") else ""
    )
    return Speaker(f, f.mention.text, kind, f.mention.start)


# A clause that states a condition or a case, not who speaks.
_CONDITION = re.compile(r"[\s+•–-]*(?:trong\s+)?(?:trường hợp|nếu|giả sử|giả như)(?!\w)", re.I)


# A relay verb inside a subject: what follows it is whose words the subject relays.
_RELAY_INSIDE = re.compile(
    r"(?<!\w)(?:trích dẫn|trích lời|dẫn (?:lại )?lời(?:\s+kể)?"
    # ("dẫn nguồn tin giấu tên": the unnamed source is the one relayed)
    r"|dẫn(?=\s+(?:một\s+)?nguồn tin\s+(?:giấu tên|ẩn danh|thân cận|thạo tin|riêng)(?!\w))"
    # ("dẫn một nguồn tin cấp cao của nhóm này": one source, counted, whoever it is)
    r"|dẫn(?=\s+(?:một|các|những|nhiều|hai|ba)\s+nguồn tin(?!\w))"
    r"|dẫn nguồn tin|dẫn nguồn)\s+(?:(?:từ|của)\s+)?"
)


def _this_one(
    index: Index,
    s: Sentence,
    phrase: str,
    start: int,
    article_sentences: list[Sentence],
    earlier: list[Quote],
) -> Speaker | None:
    """ "Người này cho biết", "Vị chuyên gia này nói", "Theo vị này": who spoke or was
    named just before; an unnamed speaker stays unnamed ("một quan chức Mỹ ... Chính
    khách này còn nhấn mạnh": not the minister named earlier)."""
    last = next(
        (
            q
            for q in reversed(earlier)
            if q.article_id == s.article_id and s.index - 2 <= q.sentence <= s.index
        ),
        None,
    )
    if last is not None and last.speaker is None:
        return Speaker(None, phrase, last.speaker_kind or "anonymous", start)
    person = _previous_person(index, s, article_sentences, before=start)
    if (
        person is not None
        and person.sentence is s
        and _SPOKEN_TO.search(s.text, max(0, person.mention.start - _SPOKEN_TO_REACH), person.mention.start)
    ):
        # "Thuật lại với phóng viên X, người này cho rằng ...": the one spoken to is no
        # "người này"; the person before them is
        person = _previous_person(index, s, article_sentences, before=person.mention.start)
    return _as_speaker(person) if person is not None else None


# Whom one speaks to, right before a name: "với phóng viên X", "cho bà Y" (the title's
# words are part of the mention, "với" ends the `_SPOKEN_TO_REACH` characters before it).
# Narrower than `names.ADDRESSEE_WORDS`: after "trao đổi cùng HLV X," the title that
# follows is X's apposition and X speaks (vims Cluster_228), which "cùng" would lose.
_SPOKEN_TO = re.compile(r"(?<!\w)(?:với|cho)\s+$", re.I)
_SPOKEN_TO_REACH = 8


def _attribute(
    index: Index,
    s: Sentence,
    verb_start: int,
    article_sentences: list[Sentence],
    found: list[Found],
    earlier: list[Quote],
) -> Speaker | None:
    """Who a reporting verb at `verb_start` of `s` is said by (`_subject_of_verb`); a
    role in apposition to the person named right before it is that person's."""
    speaker = _subject_of_verb(index, s, verb_start, article_sentences, found, earlier)
    return _holder_named_before(found, s.text, speaker)


def _subject_of_verb(
    index: Index,
    s: Sentence,
    verb_start: int,
    article_sentences: list[Sentence],
    found: list[Found],
    earlier: list[Quote],
) -> Speaker | None:
    """Who a reporting verb at `verb_start` of `s` is said by: the mention right before
    it (`_speaker_before`), unless the clause's subject is a source phrase the mention
    is only part of ("Cảnh sát Na Uy", "Kênh truyền hình NRK", "bố cầu thủ X") or
    there is no mention ("các chuyên gia", "rapper")."""
    text = s.text
    start, end = _subject_span(text, verb_start)
    if fold(text[start:end].strip()) in mention_finder.OPENING_PAIRS:
        return None  # "Sở dĩ nói như vậy bởi ...": the writer's reason, no speaker
    carried = _CARRIED_BY.match(text, start, end)
    verb = _VERB.match(text, verb_start) if carried is not None else None
    inner = _VERB.search(text, verb.end()) if verb is not None else None
    if inner is not None and any(
        f.mention.start >= verb.end()
        and f.mention.kind in ("PER", "ORG")
        and f.entity is not None
        and _BETWEEN.match(text[f.mention.end : inner.start()])
        for f in found
    ):
        # "Tin tức trên báo X cho hay, ngày 3/5, Công an Y cho biết ...": the paper relays,
        # the one named inside speaks (read at its own verb)
        return None
    if carried is not None:
        # "Tin tức đăng tải trên báo X cho hay": the outlet that carried it speaks
        outlet = _source_speaker(index, s, carried.end(), end, article_sentences, found, earlier)
        if outlet is not None and outlet.kind == "organisation":
            return outlet
    nicknamed = _NICKNAMED.search(text, start, end)
    if nicknamed is not None and text[nicknamed.end() : end].strip():
        # "Thành viên có nickname X chia sẻ: “...”": a user of a forum or a social
        # network, named by the name they post under: a person
        name = text[nicknamed.end() : end].strip()
        at = nicknamed.end()
        mention = mention_finder.Mention(at, at + len(name), name, "NAME", name=name)
        found_name = Found(s, mention)
        index.person(found_name)
        return Speaker(found_name, name, "person", start)
    called = _CALLED.search(text, start, end)
    if called is not None:
        body = sources.phrase_at(text, start, called.start())
        name = text[called.end() : end].strip()
        if body is not None and (body.kind == "organisation" or body.head == "nhóm") and name:
            # "Một tổ chức có tên Liên minh X tuyên bố ...": the body is the name it is given
            entity = index.organisation(name, s)
            mention = _body_mention(called.end(), end, name)
            return Speaker(Found(s, mention, entity), name, "organisation", start)
    if _THEY.fullmatch(text, start, end):
        # "Các chuyên gia cho rằng ... Họ cho rằng ...": the unnamed many who spoke in the
        # sentence before (a named speaker is left to the rules below)
        last = next(
            (
                q
                for q in reversed(earlier)
                if q.article_id == s.article_id and s.index - 1 <= q.sentence <= s.index
            ),
            None,
        )
        if last is not None and last.speaker is None and last.speaker_kind == "anonymous":
            return Speaker(None, text[start:end], "anonymous", start)
    if _THIS_PERSON.fullmatch(text, start, end):
        speaker = _this_one(index, s, text[start:end], start, article_sentences, earlier)
        if speaker is not None:
            return speaker
    inside = [f for f in found if start <= f.mention.start < end]
    bare_title = start < end and (
        _only_a_title(text[start:end], inside) or _title_goes_on(text, start, end, verb_start, inside, found)
    )
    if (start >= end or bare_title) and text[:start].rstrip().endswith(","):
        # "Thủ tướng X, đang thăm Y, tuyên bố: ...", "X hiện có chuyến thăm Y hai ngày,
        # tuyên bố", "Bà X, Chủ tịch Y, Phó Trưởng Ban Z cho biết": no subject after the
        # comma, or a second title of hers; the person opening the sentence (or its first
        # clause after a time or place: "Sáng 2/4, ông X (...), cho biết") speaks, if
        # no other person is named before the verb
        people = [f for f in found if f.mention.end <= start and _a_person(f)]
        if people and _opens(text, people[0].mention.start) and len({id(f.entity) for f in people}) == 1:
            return _as_speaker(people[0])
    later = next(reversed(list(_AFTER_WHEN.finditer(text, start, verb_start))), None)
    new_end = end
    if later is not None and later.start() >= end:
        # the subject's end was cut at a tense word of the clause before "nhưng": the
        # clause after it runs to the verb, without its own tense and adverbs
        piece = text[later.end() : verb_start]
        tail = _SUBJECT_TAIL.search(piece)
        new_end = later.end() + (tail.start() if tail else len(piece.rstrip()))
    if later is not None and (
        any(
            (_a_person(f) or f.mention.kind == "ORG")
            and later.end() <= f.mention.start
            and f.mention.end <= new_end
            for f in found
        )
        # "... sau khi nhật báo X của Đức đưa tin: ...": a source phrase of its own (not
        # "sau khi hội đồng họp và tuyên bố": two acts of one subject)
        or (
            sources.phrase_at(text, later.end(), new_end) is not None
            and not _AND_INSIDE.search(text, later.end(), new_end)
        )
    ):
        # "Tuyên bố của X đến sau khi Tổng thống Y vừa khẳng định ...", "Mặc dù ... nhưng
        # Bộ Y vẫn yêu cầu ...": the clause after "sau khi", "nhưng" has its own subject
        start, end = later.end(), new_end
    relays = list(_RELAY_INSIDE.finditer(text, start, end))
    if relays:
        relay = relays[-1]
        # "Hãng X trích dẫn một bức thư của Ủy ban Y cho biết": the one relayed speaks
        found = [f for f in found if f.mention.start >= relay.end()]
        start = relay.end()
    agent = next(
        (
            f
            for f in found
            if f.mention.kind in ("PER", "ORG", "NAME")
            and start < f.mention.start
            and f.mention.end <= verb_start
            and not text[f.mention.end : verb_start].strip()
            and _BY.search(text, max(0, f.mention.start - 8), f.mention.start)
        ),
        None,
    )
    if agent is not None:
        # "Thông tin X được tờ Sao Mai tiết lộ.": the agent of the passive speaks
        return _as_speaker(agent)
    pronoun_agent = _PRONOUN_AGENT.search(text, start, verb_start)
    if pronoun_agent is not None:
        # "X thắc mắc về cái tên và được cô giải thích là ...": she explains, not X
        referent = _pronoun_referent(
            index, s, article_sentences, pronoun_agent.group(1), before=pronoun_agent.start(1)
        )
        if referent is not None:
            return dataclasses.replace(_as_speaker(referent), start=pronoun_agent.start(1))
    by = next(reversed(list(_BY_AGENT.finditer(text, start, end))), None)
    clause = max(text.rfind(",", 0, start), text.rfind(".", 0, start)) + 1
    if (
        by is not None
        and by.end() < end
        and _agent_phrase(text, by.end(), end, found)
        and not _WHEN_CLAUSE.search(text, clause, by.start())
    ):
        # "X bị cơ quan điều tra xác định đã ...": the agent, a source phrase, speaks
        agent_source = _source_speaker(index, s, by.end(), end, article_sentences, found, earlier)
        if agent_source is not None:
            return agent_source
    mention = _speaker_before(found, text, verb_start)
    if _CONDITION.match(text, start, end):
        return None  # "Trường hợp người bán không thể ký xác nhận ...": a case, not a speaker
    lowercase_tail = (mention is None or mention.mention.end <= start) and next(
        (
            f
            for f in found
            if f.mention.kind == "ORG"
            and f.mention.start == start
            and f.mention.end < end
            and _lowercase_words(text, f.mention.end, end)
        ),
        None,
    )
    if lowercase_tail:
        # "nhưng Cục thống kê tỉnh cũng cho biết": a body's head, the rest of its name
        # written in lowercase (the rules' run stops at the head); the whole subject
        name = text[start:end]
        entity = index.organisation(name, s)
        return Speaker(Found(s, _body_mention(start, end, name), entity), name, "organisation", start)
    if mention is not None and mention.mention.start >= end:
        # the name next to the verb is in a clause after the subject ("Vị giáo sư đang làm
        # việc ở Úc cho rằng"): the subject's own mention speaks, if it names someone
        inner = [
            f
            for f in found
            if start <= f.mention.start
            and f.mention.end <= end
            and f.mention.kind in ("PER", "ROLE", "ORG")
            and f.entity is not None
        ]
        mention = inner[-1] if inner else None
    if (
        mention is not None
        and (
            (mention.mention.kind == "PER" and mention.mention.start <= start)
            or (
                mention.mention.kind in ("PER", "NAME")
                and mention.mention.end <= start
                and _opens_its_clause(text, mention.mention.start)
            )
        )
        # "Song, nhiều báo cáo ...": a capitalised connective opening the sentence is no
        # name the apposition follows
        and not _opens_a_connective(text, mention)
        # "Ảnh X, một số nguồn tin cho biết": a credit's name before a source phrase is
        # no subject of it (a person's name is: "X, một chuyên gia tại Y, cho biết")
        and not (
            not _a_person(mention)
            and _source_speaker(index, s, start, end, article_sentences, found, earlier) is not None
        )
    ):
        return _as_speaker(mention)  # "X, một chuyên gia tại Y, cho biết": X, not the apposition
    media = mention is not None and mention.mention.kind == "ORG" and _media_phrase(text, start, end)
    # a body of a clause before the subject's own ("khi công ty X bị chỉ trích vì nhiều
    # báo cáo cho rằng ..."): the subject, a source phrase, speaks
    elsewhere = (
        mention is not None
        and mention.mention.kind == "ORG"
        and mention.mention.end <= start
        and _CLAUSE_MARK.search(text, mention.mention.end, start) is None
        and sources.phrase_at(text, start, end) is not None
    )
    if (
        mention is None
        or mention.mention.kind in ("LOC", "NAME")
        or mention.mention.start > start
        or media
        or elsewhere
    ):
        # "Hãng tin AP" is the outlet AP, as "hãng tin AP" is
        source = _source_speaker(index, s, start, end, article_sentences, found, earlier)
        if source is not None:
            return source
    a_place = mention is not None and (
        mention.mention.kind == "LOC"
        or (mention.entity is not None and mention.entity.type == "LOC")
        # "lãnh đạo thành phố X": a name after a place marker is a place
        or bool(PLACE_MARKER_BEFORE.search(text, start, mention.mention.start))
    )
    if a_place and mention.mention.start > start:
        named = _named_by_its_place(index, s, start, end)
        if named is not None:
            return named
        if _WHERE_BEFORE.search(text, max(0, mention.mention.start - 8), mention.mention.start):
            # "các nhóm vận động tại Karelia đang kêu gọi": where the subject is, not who
            return None
    if mention is None:
        # "Lao Airlines hôm qua thông báo": the subject is a name, a time word after it
        mention = next((f for f in found if f.mention.start == start and f.mention.end == end), None)
    if mention is not None and mention.mention.end <= start:
        own = _PRONOUN.search(text[:verb_start])
        if own is not None and own.start(1) >= start:
            # "Trong cuộc phỏng vấn với kênh X, ông cho biết ...": the pronoun is the
            # clause's subject; the name in the clause before it is no speaker
            mention = None
    pronoun = _PRONOUN.search(text[:verb_start]) if mention is None else None
    if pronoun and not _britain(pronoun, text[verb_start : verb_start + 12], found):
        referent = _person_or_relative(_pronoun_referent(index, s, article_sentences, pronoun.group(1)))
        if referent is None and not text.rstrip(' ”"').endswith("?"):
            # "Cô cho biết, ...": someone the article named out of reach (in its title, a
            # caption); the statement stands, its speaker unresolved ("Ông đánh giá ...
            # thế nào?" is an interviewer's question)
            return Speaker(None, pronoun.group(1), "person", pronoun.start(1))
        if referent is not None and referent.found is not None and referent.found.sentence is not s:
            # named in a sentence before: the speaker stands where the pronoun does here
            referent = dataclasses.replace(referent, start=pronoun.start(1))
        return referent
    if mention is not None and _capitalised_word(index, mention):
        return None  # "Câu trả lời...", "Cần nhắc lại...": a sentence's first word, not a name
    if mention is None and _MANY_UNNAMED.fullmatch(text, start, end):
        # "Một số khác lại cho rằng ...", "Những đứa trẻ nhà giàu cho rằng ...": a group of
        # people no list names, as a collective source
        return Speaker(None, text[start:end].strip(), "anonymous", start)
    if mention is None:
        # "Luật sư bào chữa cho bị cáo cho rằng ...": a title, then lowercase words that
        # say which holder: the role's holder, or one unnamed, called as the text does
        described = next(
            (
                f
                for f in found
                if f.mention.kind == "ROLE"
                and f.mention.start == start
                and _DESCRIBED_HOLDER.fullmatch(text, f.mention.end, end)
            ),
            None,
        )
        if described is not None and described.entity is None:
            return Speaker(described, text[start:end].strip(), "person", start)
        mention = described
    return _as_speaker(mention)


# Lowercase words after a title, up to the verb: which holder it is ("bào chữa cho bị cáo")
_DESCRIBED_HOLDER = re.compile(r"(?:\s+[" + LOWER + r"]+){1,6}\s*")


# A plural of unnamed people as a clause's subject: a plural word, then "khác" (others),
# or a word for people and a few lowercase words (no name among them); adverbs before the
# verb left out. Not any plural: "Các tác phẩm cho thấy ...", "Những phát hiện này ..."
_MANY_UNNAMED = re.compile(
    r"\s*(?:(?:[Nn]hững|[Cc]ác|[Nn]hiều|[Mm]ột số|[Mm]ột vài|[Đđ]a số|[Pp]hần lớn)\s+"
    # (not "các bạn", "các em": "you", as a speaker addresses readers or pupils)
    r"(?:khác|(?:người|đứa trẻ|đứa|thân nhân)(?:\s+[" + LOWER + r"]+){0,4}?)"
    # ... or one person the story does not name, by who they are ("Người phụ nữ kia",
    # "bà bảo mẫu", "người phụ nữ 58 tuổi")
    r"|(?:[Nn]gười|[Bb]à|[Ôô]ng|[Aa]nh|[Cc]hị)\s+"
    r"(?:phụ nữ|đàn ông|đàn bà|thanh niên|bảo mẫu|giúp việc|hàng xóm)"
    r"(?:\s+(?:kia|này|đó|ấy|\d{1,3}\s+tuổi))?)"
    r"(?:\s+(?:" + _ADVERBS + r"))*\s*"
)


_CLAUSE_MARK = re.compile(r"[,.;:“”(]")
_OBJECT_BEFORE = re.compile(r"(?<!\w)(?:của|việc|về|với|cho|và)\s*$")


# A person pointed back at: "người này", "vị chuyên gia này", "nữ ca sĩ này"
_THIS_PERSON = re.compile(
    r"(?:[Nn]gười|[Vv]ị|[Nn]hân vật|[Cc]hính khách|[Cc]huyên gia|[Nn]ữ|[Nn]am|[Cc]ầu thủ|[Cc]a sĩ|"
    r"[Dd]iễn viên|[Nn]gười đẹp|[Cc]ô gái|[Cc]hàng trai|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)"
    r"(?:\s+[" + LOWER + r"]+){0,3}\s+này"
)
# The dot of an initial, of an abbreviated place word or of a degree before a name
# inside a credit ("Marc E. Knapper", "Sở Y tế TP. Hải Long", "PGS.TS. Lê Văn A"): no
# sentence ends there.
_ABBREVIATION_DOT = re.compile(
    r"(?<!\w)(?:[^\W\d_]|TP|Tp|TX|Q|P)\.(?=\s)|(?<!\w)(?:PGS|GS|TS|ThS|Ths|BS|KS)\.(?=\s|[" + UPPER + r"])"
)
_THEY = re.compile(r"[Hh]ọ(?:\s+(?:" + _ADVERBS + r"))*")
# The agent of a passive, right before its name: "... được tờ Sao Mai tiết lộ."
_BY = re.compile(r"(?<!\w)(?:được|bởi)\s+$")
# What may follow a passive agent's head: where the body is, and words that qualify a
# finding ("cơ quan chức năng tỉnh X", "kết quả điều tra ban đầu", "giới chức Nhà Trắng")
_AGENT_QUALIFIERS = frozenset(
    {"tỉnh", "huyện", "thành", "phố", "quận", "xã", "phường", "thị", "địa", "phương", "ban", "đầu"}
    | {"bước", "sơ", "bộ", "này", "đó", "nói", "trên", "các", "cấp"}
)


def _agent_phrase(text: str, start: int, end: int, found: list[Found]) -> bool:
    """`text[start:end]` (after "bị", "được", "bởi") is a source phrase alone: its head,
    then names or words of place and qualification, no clause of its own ("được các đơn
    vị quản lý ... về mức", "bị truyền thông hiểu lầm khi") and no person named in it."""
    src = sources.phrase_at(text, start, end)
    if src is None or src.kind == "descriptor":
        return False
    if any(start <= f.mention.start < end and _a_person(f) for f in found):
        return False
    rest = text[start + _after_head(text[start:end], src.head) : end].split()
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _AGENT_QUALIFIERS for w in rest)


# A clause of time ("Sau khi sự việc được truyền thông đưa tin, ..."): what follows it is
# no statement of the passive's agent
_WHEN_CLAUSE = re.compile(r"(?<!\w)(?:sau khi|trước khi|khi|lúc)(?!\w)", re.I)
# The word of a passive before its agent ("bị cáo", "bị can", "bị hại", "bị đơn" are nouns)
_BY_AGENT = re.compile(r"(?<!\w)(?:được|bởi|bị(?!\s+(?:cáo|can|hại|đơn)(?!\w)))\s+")
# A pronoun as a passive's agent right before the verb ("được cô giải thích")
_PRONOUN_AGENT = re.compile(r"(?<!\w)(?:được|bởi)\s+(cô|anh|ông|bà|chị)\s+$", re.I)


def _opens_its_clause(text: str, at: int) -> bool:
    """A name at `at` opens its clause (a few words of time or place may come first),
    so an apposition after it is its own ("X, một chuyên gia tại Y, cho biết"); a name
    inside a clause ("Sau khi biết việc của X, đại diện Y tuyên bố") is no subject."""
    window = text[max(0, at - 80) : at]
    marks = list(_CLAUSE_MARK.finditer(window))
    prefix = window[marks[-1].end() :] if marks else window
    return len(prefix.split()) <= 4 and not _OBJECT_BEFORE.search(prefix)


def _holder_named_before(found: list[Found], text: str, speaker: Speaker | None) -> Speaker | None:
    """The person named right before a role that speaks, the role in apposition to them
    ("ông X - Trưởng Đại diện Y tại Z cho biết", "ông X, Phó giám đốc Trung tâm Y cho
    biết"): the speaker is the name, the title their role; else `speaker`."""
    if speaker is None or speaker.found is None:
        return speaker
    role = speaker.found.mention
    # a role, or a title with a name the rules read after it ("Trưởng Đại diện Cảng Y
    # tại Z" with Z read as the holder's name)
    if role.kind != "ROLE" and not (role.kind == "PER" and names.title_at(text, role.start)):
        return speaker
    # back over the apposition's parts ("X, Bí thư Đảng ủy, Hiệu trưởng Trường Y khẳng
    # định"), each right before the next with a comma or a dash between (`found` is in
    # the sentence's order)
    start = role.start
    for f in reversed(found):
        if f.mention.end > start:
            continue
        if not _APPOSITION_OPENS.fullmatch(text, f.mention.end, start):
            break
        if f.mention.kind == "ROLE":
            start = f.mention.start
            continue
        if (
            f.mention.kind in ("PER", "NAME")
            and _a_person(f)
            # (not a name the rules joined to a title that names a body: "Giám đốc Nhà
            # hát X, NSND Y cho biết" is Y; "TS X, Phó Viện trưởng Y cho biết" is X)
            and not _TITLE_OF_A_BODY.search(f.mention.role or "")
            # ("Sau khi gặp ông X, Giám đốc Y cho biết": X is the one met)
            and not an_object(f)
        ):
            return _as_speaker(f)
        break
    return speaker


def _opens_a_connective(text: str, f: Found) -> bool:
    """The mention is a connective or its first word ("Song,", "Trên thực tế,")."""
    lead = _CONNECTIVE.match(text, f.mention.start)
    return (
        lead is not None
        and text[f.mention.start : lead.end()].strip(" ,") != ""
        and lead.end() >= f.mention.end
    )


_AFTER_WHEN = re.compile(r"(?<!\w)(?:sau khi|trước khi|kể từ khi|nhưng)\s+", re.I)
_OPENING = 3  # characters before a name that opens its sentence (an opening quotation mark)
_LONGEST_NAMED_BY_PLACE = 10  # words of "Người phát ngôn của hải quân X", "Bảo hiểm xã hội tỉnh X"


# Words that make a subject a clause or a group, never part of a body's name ("Cơ sở có
# hàng bị X", "Do vậy X", "Một số cư dân X", "Phía đối tác X")
_CLAUSE_WORDS = frozenset(
    """của bị được có việc tới từ do vậy hiện một số các những phía trích theo khi đã sẽ đang cũng
    là và""".split()
)


def _named_by_its_place(index: Index, s: Sentence, start: int, end: int) -> Speaker | None:
    """A subject that ends on a place but is not the place: a title without its holder
    ("Người phát ngôn của hải quân X cho biết": an unnamed person) or a body whose
    name holds the place ("Bảo hiểm xã hội Việt Nam cho biết"). None when the subject is
    the place itself, a clause, or something else."""
    subject = s.text[start:end].strip()
    words = subject.split()
    if not 2 <= len(words) <= _LONGEST_NAMED_BY_PLACE or re.search(r"[,;:“”()]", subject):
        return None
    if any(n.type == "PER" and n.end > start and n.start < end for n in index.recognized.get(id(s), ())):
        return None  # "Thanh tra cứu hỏa bang X + a person's name": a named person is in it
    if names.title_at(subject, 0):
        return Speaker(None, subject, "anonymous", start)
    if subject[:1].isupper() and words[1][:1].islower() and not _CLAUSE_WORDS & {fold(w) for w in words}:
        # "Bảo hiểm xã hội Việt Nam", "Kiểm toán Nhà nước": Vietnamese bodies capitalise
        # their name's first word only, before the place
        entity = index.organisation(subject, s)
        return Speaker(Found(s, _body_mention(start, end, subject), entity), subject, "organisation", start)
    return None


def _person_or_relative(person: Found | None) -> Speaker | None:
    """The person "ông"/"bà" refers to; when the sentence named them as someone's
    relative ("bố ruột của cầu thủ X ... Ông cho biết"), the unnamed relative."""
    if person is None:
        return None
    before = person.sentence.text[max(0, person.mention.start - 30) : person.mention.start]
    relative = _RELATIVE_BEFORE.search(before)
    if relative:
        said = (relative.group(0) + person.mention.text).strip()
        return Speaker(None, said, "anonymous", person.mention.start)
    return _as_speaker(person)


def _media_phrase(text: str, start: int, end: int) -> bool:
    src = sources.phrase_at(text, start, end)
    return src is not None and src.head in sources.MEDIA


def _capitalised_word(index: Index, f: Found) -> bool:
    """A lone capitalised word opening the sentence that no rule resolved and the
    recognizer did not tag as a name."""
    m = f.mention
    if f.entity is not None or m.kind != "NAME" or " " in m.name or m.start > 0 or m.name.isupper():
        return False
    if any(c.isupper() for c in m.name[1:]):
        return False  # "TechViet", "iNews": capitals inside a word make it a name
    if not _recognizer().in_dictionary(m.name) and _VERB_NEXT.match(f.sentence.text, m.end):
        return False  # "Datanix tiết lộ", "Vexal cho biết": no Vietnamese word, a name
    return not any(n.start <= m.start and m.end <= n.end for n in index.recognized.get(id(f.sentence), ()))


def _entity_id(index: Index, speaker: Found | None, verb: str = "") -> str | None:
    """The speaker's entity id. A bare name in a speaker's place is a person (a one-word
    name only when the recognizer tagged it a person; never a place, an acronym or a
    name with digits), or an organisation when what it did is relay the news
    ("Vientiane Times đưa tin"). An acronym is left to be resolved as its body's short
    name later ("EVN" of "Tập đoàn Điện lực Việt Nam (EVN)"): made an organisation of
    its own here, 8 statements of the dev clusters were lost when it was merged."""
    if speaker is None:
        return None
    m = speaker.mention
    body = _represented_body(speaker, index)
    if body is not None:
        return index.organisation(body, speaker.sentence).id
    if speaker.entity is None and m.kind == "NAME":
        if (
            verb.lower() in _RELAY_VERBS
            or _tagged_body(index, speaker)
            or _lone_foreign_subject(index, speaker)
        ):
            index.organisation(m.name, speaker.sentence, speaker)
        elif _tagged_person(index, speaker) or (
            len(m.name.split()) >= 2 and _bare_name_a_person(index, speaker)
        ):
            index.person(speaker)
    return speaker.entity.id if speaker.entity else None


_RELAY_VERBS = {"đưa tin", "loan tin"}


def _bare_name_a_person(index: Index, f: Found) -> bool:
    """A bare name in a speaker's place that may be a person's: the recognizer tags it a
    person, or it is no place (the table's or the recognizer's: "TP. Hà Nội" read as "Hà
    Nội"), holds no acronym ("BHXH TP") and no digits ("COVID-19")."""
    if _tagged_person(index, f):
        return True
    name = f.mention.name or f.mention.text
    return not (
        names.place(name)
        or _tagged_place(index, f)
        or any(acronym(w) for w in name.split())
        or any(c.isdigit() for c in name)
    )


def _tagged_place(index: Index, f: Found) -> bool:
    return any(
        n.type == "LOC" and n.start <= f.mention.start and f.mention.end <= n.end
        for n in index.recognized.get(id(f.sentence), ())
    )


def _quoted_subject(said: str) -> bool:
    """What was said opens with a quoted name and goes on ("“Giải X” là phần
    thưởng trao cho ..."): a reported statement, not a quotation."""
    close = said.find(_CLOSE)
    return close > 0 and len(said[close + 1 :].split()) >= _MIN_WORDS


# Titles of whoever speaks for a body without being named ("lãnh đạo Tổng cục X cho
# biết", "theo đại diện Công ty Y"): the statement is the body's.
_REPRESENTATIVES = REPRESENTATIVE_TITLES
# A body named by an acronym, maybe with its branch's words ("SMB Chi nhánh Hải Long")
_ACRONYM_UNIT = re.compile(
    rf"\s+(?:của\s+)?([{UPPER}]{{2,}}[\w&-]*(?:\s+(?:[{UPPER}][\w.-]*|chi nhánh|khu vực)){{0,5}})"
)
_OF = re.compile(r"(?:của\s+)?")
# Where a representative's body ends: "đại diện Tổ chức X tại Việt Nam", "đại diện Viện
# kiểm sát giữ quyền công tố"
# What ends a body's name after a title: a preposition, a tense word, or a bracket that
# places it ("đại diện Đội CSGT Công an huyện X (tỉnh Y) xác nhận")
_BODY_ENDS = re.compile(r"\s+(?:tại|ở|trong|về|giữ|phụ trách|đang|đã|cũng)\s|\s*\(")


def _body_after_title(index: Index | None, s: Sentence, at: int, end: int) -> tuple[int, str] | None:
    """(offset, name) of the body named in `s.text[at:end]` after a representative's
    title: an organisation's head ("Tổng cục X") or a capitalised name that is no place
    ("đại diện Sao Mai FC"; "đại diện Hàn Quốc" is a country's envoy); not a title's
    ("người phát ngôn của Tổng thống X"), nor one holding a person the recognizer found
    ("Người phát ngôn Bộ X Kim Min-seo")."""
    body = _BODY_ENDS.split(s.text[at:end], maxsplit=1)[0].strip()
    # many outlets write the head of a company's name in lowercase ("đại diện công ty
    # Sao Mai"): a head, then a capitalised name
    named_at = re.search(rf"(?<!\w)[{UPPER}]", body)
    headed = names.org_head_at(body[:1].upper() + body[1:], 0)  # "công ty X" as "Công ty X"
    lower_head = not body[:1].isupper() and named_at is not None and headed
    if not (body[:1].isupper() or lower_head) or (not names.org_head_at(body, 0) and names.place(body)):
        return None
    if names.title_at(body, 0):
        return None
    begin = s.text.index(body, at)
    # (a name right after the head is the body's own, though the recognizer reads a
    # person in it: "công ty Sao Mai", "Công ty Nguyễn Kim")
    own_name = begin + named_at.start() if named_at is not None and headed else -1
    if index is not None and any(
        n.type == "PER" and at <= n.start and n.end <= end and n.start != own_name
        for n in index.recognized.get(id(s), ())
    ):
        return None
    return begin, body


def _represented_body(f: Found | None, index: Index | None = None) -> str | None:
    """The body a title without a holder speaks for ("lãnh đạo Tổng cục X": "Tổng cục
    X"), when the title is a representative's (`_body_after_title`)."""
    if f is None or f.entity is not None or f.mention.kind != "ROLE":
        return None
    title = names.title_at(f.mention.text, 0)
    if title is None or fold(title) not in _REPRESENTATIVES:
        return None
    start, end = f.mention.start, f.mention.end
    at = _OF.match(f.sentence.text, min(start + len(title) + 1, end)).end()
    if at >= end:
        # "lãnh đạo SMB nói", "đại diện SMB chi nhánh X": the mention is the title alone
        # (a unit led by an acronym is read apart from it); the body runs on after it
        unit = _ACRONYM_UNIT.match(f.sentence.text, end)
        if unit is not None:
            at, end = unit.start(1), unit.end()
    found = _body_after_title(index, f.sentence, at, end)
    return found[1] if found else None


def _kind(speaker: Speaker | None, index: Index | None = None) -> str:
    """The speaker's kind, once its entity is settled (a bare name may have become an
    organisation or a person by then)."""
    if speaker is None:
        return ""
    e = speaker.found.entity if speaker.found is not None else None
    if e is not None:
        return {"PER": "person", "ORG": "organisation", "LOC": "organisation"}[e.type]
    if _represented_body(speaker.found, index) is not None:
        return "organisation"
    f = speaker.found
    if speaker.kind == "person" and f is not None and f.mention.kind == "NAME" and index is not None:
        if not _bare_name_a_person(index, f):
            if acronym(f.mention.text.strip()):
                return "organisation"  # "Theo KVT, ...": a name in capitals, a body's
            return ""  # "TP. Hà Nội cho biết" read as "Hà Nội": no person, and no body named
    return speaker.kind


# A reporting verb right after a subject, past adverbs of time or an apposition between
# dashes ("X đã cho biết", "X – hãng phân tích dữ liệu – nói rằng"; not "X sẽ thông
# báo ...": what an app or a firm will do)
_VERB_NEXT = re.compile(
    r"(?:\s*[–-]\s[^–\-.;:“”]{1,150}?\s[–-])?\s+(?:(?:" + _ADVERBS + r")\s+)*" + _VERB.pattern, re.I
)


def _recognizer():
    """The shipped recognizer (imported when first needed, as `facts.entities` does): its
    dictionary and its places answer questions the rules ask of one word."""
    from tomtat.facts.recognizer import default

    return default()


def _lone_foreign_subject(index: Index, f: Found) -> bool:
    """A speaker named by one word that is in no Vietnamese word and that the recognizer
    does not tag a person ("Datanix tiết lộ", "Vexal cho biết", "Zentro đã công bố
    rằng"): a company, a paper or a site. A person who speaks by one name was named in
    full before (then the name is an entity already)."""
    m = f.mention
    return (
        " " not in m.name
        and not m.name.isupper()
        and not _recognizer().in_dictionary(m.name)
        and not _tagged_person(index, f)
    )


def _tagged_body(index: Index, f: Found) -> bool:
    """The recognizer tagged the name an organisation ("Theo phân tích của Weekly Sample"),
    one that begins with it (not a body whose name runs on into a person's)."""
    return any(
        n.type == "ORG" and n.start == f.mention.start and f.mention.end <= n.end
        for n in index.recognized.get(id(f.sentence), ())
    )


def _tagged_person(index: Index, f: Found) -> bool:
    return any(
        n.type == "PER" and n.start <= f.mention.start and f.mention.end <= n.end
        for n in index.recognized.get(id(f.sentence), ())
    )


_WHEN_THEN_THAT = re.compile(r"^(?:vào|hôm|hồi|trong|tại|trên|lên|với)\s[^,.;:“”]{0,80}?\s+rằng(?!\w)[\s,:]*")


def _content(after: str) -> str:
    # "cho biết thêm, ...": "thêm" belongs to the verb
    said = re.sub(r"^[\s,:;–-]*(?:thêm(?!\w))?[\s,:;–-]*(?:(?:rằng|là)(?!\w))?[\s,:]*", "", after).strip()
    # "khẳng định vào tuần trước rằng, ...": when it was said, then what
    said = _WHEN_THEN_THAT.sub("", said, count=1)
    # "nói với báo X tại Đức đồng thời cho biết sẽ ...", "nói với phóng viên rằng ...": the
    # person spoken to is not part of what was said
    addressed = _ADDRESSEE.match(said)
    if addressed:
        said = _content(said[addressed.end() :])
    # "..., X đưa tin trên trang web, dẫn lời một người hàng xóm.": only where and how the
    # relay was made follows the verb; the statement is before it
    if _RELAY_CIRCUMSTANCES.match(said):
        return ""
    return said


# Where a relay was published: "trên trang cá nhân", "trên Twitter", "qua báo X".
_PUBLISHED_ON = (
    r"(?:trên|qua)\s+(?:(?:trang|tài khoản|mạng|báo|tờ|kênh|sóng|đài|truyền hình|ứng dụng|blog|fanpage)"
    r"(?!\w)|[" + UPPER + r"])[^,.;:“”]{0,40}?"
)
_ADDRESSEE = re.compile(
    # (a dot inside a word, as in "Tin.vn", does not end the addressee)
    r"^(?:với\s+(?:[^,.;:“”]|\.(?=\w)){1,80}?|" + _PUBLISHED_ON + r")"
    r"(?:\s+rằng(?!\w)|\s*:|\s+(?:(?:đồng thời|và|rồi|cũng|còn)\s+)+(?:" + "|".join(VERBS) + r")(?!\w))"
)
_RELAY_CIRCUMSTANCES = re.compile(
    r"^(?:" + _PUBLISHED_ON + r")?(?:\s*(?:hôm|ngày|hồi|tối|sáng|chiều|trưa)\s+[\w/\- ]{1,15}?)?"
    r"(?:\s*,?\s*dẫn (?:lời|nguồn)\s+[^.;:“”]{1,60}?)?\s*\.?$"
)


_DASH_CREDIT = re.compile(r"\s*\.\s*[–—-]\s+(?=\S)")
# Quoted words that are one question of one clause and nothing else ("Bạn đã ăn gì?");
# a clause before it may state something ("Chỉ là lễ hội thôi mà, sao phải ...?").
_ONE_QUESTION = re.compile(r"[^.!?…,;:]*\?[\s\"'”.…]*")


# (an honorific before a capitalised name is no pronoun: "Ông Hartmann tiếp lời:")
_OPENING_PRONOUN = re.compile(rf"(Ông|Bà|Anh|Chị|Cô)\s+(?!ta\b)(?![{UPPER}])")


def _subject_opening(
    index: Index, s: Sentence, head: str, article_sentences: list[Sentence]
) -> Speaker | None:
    """The person a sentence opens on, when the words before its quotation are one clause
    of that person: a pronoun for the person named before, or a person's name."""
    if len(head) > _LONGEST_SOURCE:
        return None
    if _CLAUSE_MARK.search(head.rstrip()[:-1]):
        # more than one clause before the colon, unless the person's apposition is the
        # rest: "Chị X, tiểu thương chợ Y, than thở: “...”"
        return _person_with_apposition(index, s, head.rstrip()[:-1])
    pronoun = _OPENING_PRONOUN.match(head)
    if pronoun is not None:
        if _britain(pronoun, head[pronoun.end() : pronoun.end() + 12], index.in_sentence(s)):
            return None
        return _person_or_relative(_pronoun_referent(index, s, article_sentences, pronoun.group(1), before=0))
    # a name, not a title the rules resolved to some holder ("Tổng thống X:" with X unread)
    first = next((f for f in index.in_sentence(s) if f.mention.start <= _OPENING), None)
    named = first is not None and first.mention.kind in ("PER", "NAME") and _a_person(first)
    return _as_speaker(first) if named else None


_PREDICATE_WORDS = 4  # "than thở", "bức xúc nói", "không giấu nổi xúc động"
def _first_person_within(index: Index, s: Sentence, start: int, end: int) -> Found | None:
    """The first person named in `s.text[start:end]`."""
    return next(
        (
            f
            for f in index.in_sentence(s)
            if start <= f.mention.start
            and f.mention.end <= end
            and f.mention.kind in ("PER", "NAME")
            and _a_person(f)
        ),
        None,
    )


# An opener saying where someone spoke, before the clause that gives their words:
# "Phát biểu tại hội nghị, ...", "Trả lời báo chí, ...", "Trao đổi với phóng viên, ..."
_SPEAKING_OPENER = re.compile(r"(?:Phát biểu|Trả lời|Trao đổi|Chia sẻ|Nói)(?:\s[^,:“”]{0,80})?,\s*")
# A post's own words right before its quotation: "... kèm (theo/với) (dòng) trạng thái (chất
# chứa nỗi buồn): “...”", "... cùng lời nhắn: “...”", as show-business pages print a post
_POSTED_WITH = re.compile(
    r"(?<!\w)(?:kèm|cùng)\s+(?:theo\s+|với\s+)?(?:dòng\s+|những\s+dòng\s+)?"
    r"(?:trạng thái|chú thích|lời nhắn|lời chú thích|chia sẻ|tâm sự)(?!\w)[^:“”]{0,60}:\s*$"
)


def _person_with_apposition(index: Index, s: Sentence, before_colon: str) -> Speaker | None:
    """The person a sentence opens on, then their apposition between commas, then a short
    lowercase predicate before the colon ("Anh X, người dân xã Y, bức xúc")."""
    comma = before_colon.rfind(",")
    first = next((f for f in index.in_sentence(s) if f.mention.start <= _OPENING), None)
    if comma < 0 or first is None or first.mention.kind not in ("PER", "NAME") or not _a_person(first):
        return None
    predicate = before_colon[comma + 1 :].strip()
    if (
        first.mention.end < comma
        and 0 < len(predicate.split()) <= _PREDICATE_WORDS
        and predicate[:1].islower()
        and not _CLAUSE_MARK.search(predicate)
        and _APPOSITION.match(before_colon[first.mention.end : comma + 1])
    ):
        return _as_speaker(first)
    return None


_FLAT_QUOTATION = re.compile(rf"{_OPEN}([^{_OPEN}{_CLOSE}]+)(?:{_CLOSE}|$)")


@dataclass(frozen=True)
class Quotation:
    """A quotation in a text, as a regex match would give it: group 0 the marks and the
    words, group 1 the words."""

    span: tuple[int, int]
    words: str
    whole: str

    def start(self) -> int:
        return self.span[0]

    def end(self) -> int:
        return self.span[1]

    def group(self, n: int = 0) -> str:
        return self.whole if n == 0 else self.words


def quotations(text: str) -> list[Quotation]:
    """The outermost quotations of `text`. Writers quote inside a quotation with the same
    marks (“... một chút ánh sáng thật “ảo”, và thế là ...”): an opening mark whose
    quotation closes, inner pairs and all, is read whole; one that never closes is read
    as before nesting was (up to the next mark, or to the end of the text). Linear: the
    marks are paired in one pass, as brackets are."""
    closing: dict[int, int] = {}
    stack: list[int] = []
    for m in _MARKS.finditer(text):
        if m.group(0) == _OPEN:
            stack.append(m.start())
        elif stack:
            closing[stack.pop()] = m.start()
    out: list[Quotation] = []
    i = text.find(_OPEN)
    while i >= 0:
        j = closing.get(i)
        if j is not None:
            out.append(Quotation((i, j + 1), text[i + 1 : j], text[i : j + 1]))
            i = text.find(_OPEN, j + 1)
            continue
        m = _FLAT_QUOTATION.match(text, i)
        if m is not None:
            out.append(Quotation(m.span(), m.group(1), m.group(0)))
            i = text.find(_OPEN, m.end())
        else:
            i = text.find(_OPEN, i + 1)
    return out


_MARKS = re.compile(f"[{_OPEN}{_CLOSE}]")


def _direct(
    index: Index,
    sentences: list[Sentence],
    out: list[Quote],
    article_sentences: list[Sentence],
    earlier: list[Quote] = (),
) -> None:
    """Quotations in one paragraph (a quotation may run over several sentences)."""
    starts, pos, joined = [], 0, []
    for s in sentences:
        starts.append(pos)
        joined.append(s.text)
        pos += len(s.text) + 1
    text = " ".join(joined)

    def sentence_at(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    for m in quotations(text):
        if not m.group(0).endswith(_CLOSE) and not text[: m.start()].rstrip().endswith(":"):
            continue  # a mark never closed is a quotation only after "X nói:" (a typo's)
        said = m.group(1).strip()
        if len(said.split()) < _MIN_WORDS:
            continue
        first, last = sentence_at(m.start()), sentence_at(m.end() - 1)
        if _names_something(said, sentences[first].text[: m.start() - starts[first]], text[m.end() :]):
            continue
        speaker = None
        # after: “...”, X nói. / “...”, X, nhà nghiên cứu tại Y, nói.
        after_k = last
        s_after = sentences[after_k]
        local_end = m.end() - starts[after_k]
        tail = s_after.text[local_end:]
        dash = _DASH_CREDIT.match(tail)
        if dash:  # "“...”. – X bổ sung.": the credit after a stop and a dash, as a signature
            tail = " " * dash.end() + tail[dash.end() :]
        v = _VERB.search(tail)
        while v is not None and v.group(1).lower() in _DOCUMENT_VERBS and _OWNED.match(tail, v.end()):
            v = _VERB.search(tail, v.end())  # "“...”, thông báo của X nhấn mạnh": a noun, then the verb
        if (
            v
            and v.start() < 120
            and not re.search(r"[.!?“]", _ABBREVIATION_DOT.sub(" ", tail[: v.start()]))
            and not _OTHER_CLAUSE.search(tail, 0, v.start())
            # "“...”, học sinh cần xác định ...": advice to the subject, no credit
            and not _ADVISED.search(tail, max(0, v.start() - 12), v.start())
        ):
            found = [
                f for f in index.in_sentence(s_after) if local_end <= f.mention.start < local_end + v.start()
            ]
            people = [f for f in found if f.mention.kind in ("PER", "NAME", "ROLE")]
            credit = sources.phrase_at(s_after.text, *_subject_span(s_after.text, local_end + v.start()))
            if (
                people
                and credit is not None
                and credit.kind != "descriptor"
                and credit.start < people[0].mention.start
            ):
                # "“...”, tài xế hãng taxi X kể.", "“...”, đại diện công ty Y nói.": who the
                # source phrase says, the driver or the body, not the name inside it
                people = []
            if people:
                speaker = _as_speaker(people[0])
            elif _PRONOUN_AFTER.match(tail[: v.start()]):
                # "“...”, ông nói.": the person named last before the quotation opened,
                # never one named inside it
                s_first = sentences[first]
                person = _previous_person(index, s_first, article_sentences, before=m.start() - starts[first])
                if person is None:  # "“...”, cô chia sẻ." after a long quote: the article's one person
                    person = _sole_person(index, s_after, article_sentences)
                speaker = _person_or_relative(person)
            else:
                speaker = _attribute(
                    index,
                    s_after,
                    local_end + v.start(),
                    article_sentences,
                    found,
                    [*earlier, *out],
                )
        asked = _ASKED_AFTER.match(tail) if speaker is None else None
        if asked is not None:
            # "“... Sao không làm ngay? ...”, Bí thư X hỏi.": the one who asked said the words
            lo, hi = local_end + asked.start(1), local_end + asked.end(1)
            asking = [
                f
                for f in index.in_sentence(s_after)
                if lo <= f.mention.start and f.mention.end <= hi and f.mention.kind in ("PER", "NAME", "ROLE")
            ]
            speaker = _as_speaker(asking[0]) if asking else None
        cited_after = _THEO_AFTER_QUOTE.match(tail) if speaker is None else None
        if cited_after is not None:
            # "“...” - theo X, CEO của Y.": the quotation's source named after it
            at = local_end + cited_after.end()
            found_after = index.in_sentence(s_after)
            named = (f for f in found_after if f.mention.start == at and f.mention.kind != "LOC")
            speaker = _as_speaker(next(named, None))
            if speaker is None:
                stop = re.search(r"\s*(?:[,.;–]|\s-\s|$)", s_after.text[at:])
                speaker = _source_speaker(
                    index, s_after, at, at + stop.start(), article_sentences, found_after, [*earlier, *out]
                )
        quoting = _QUOTED_BY.match(tail) if speaker is None else None
        if quoting is not None:
            # "“...”, tờ X dẫn lời Y.": the words are the one quoted's; the paper relays
            at = local_end + quoting.end()
            found_after = index.in_sentence(s_after)
            mention = next(
                (f for f in found_after if f.mention.start == at and f.mention.kind != "LOC"), None
            )
            speaker = _as_speaker(mention)
            if speaker is None:
                stop = re.search(r"\s*(?:[,.;–]|\s-\s|$)", s_after.text[at:])
                speaker = _source_speaker(
                    index, s_after, at, at + stop.start(), article_sentences, found_after, [*earlier, *out]
                )
        if speaker is None:
            # “...” - X.: a saying signed with a dash and its author's name after it, as
            # collections of sayings and epigraphs print one
            signed = _SIGNED.match(tail)
            if signed:
                people = [
                    f
                    for f in index.in_sentence(s_after)
                    if local_end <= f.mention.start
                    and f.mention.end <= local_end + signed.end()
                    and f.mention.kind in ("PER", "NAME")
                ]
                if people:
                    # the name ends the signature; a description may open it ("- Nhà
                    # văn về lối sống X.", whose "Nhà" reads as a name)
                    speaker = _as_speaker(people[-1])
        if speaker is None:
            # before: X nói: “...” / X khẳng định với báo chí: “...” / Theo X, ... “...”
            s_before = sentences[first]
            local_start = m.start() - starts[first]
            head = s_before.text[:local_start]
            verbs = list(_VERB.finditer(head))
            calls = _CALLS.search(head)
            if not (verbs and _LEAD_IN.match(head[verbs[-1].end() :])) and calls:
                # "Thủ tướng X gọi vụ xả súng là một “...”": the quoted words are X's
                at = calls.start()
                found_before = index.in_sentence(s_before)
                speaker = _attribute(index, s_before, at, article_sentences, found_before, [*earlier, *out])
            elif verbs and _LEAD_IN.match(head[verbs[-1].end() :]):
                pronoun = _PRONOUN.search(head[: verbs[-1].start()])
                if pronoun and not _britain(pronoun, verbs[-1].group(1), index.in_sentence(s_before)):
                    # "ông nói với X: “...”", "Anh cho biết: “...”"
                    speaker = _person_or_relative(
                        _pronoun_referent(
                            index, s_before, article_sentences, pronoun.group(1), before=verbs[-1].start()
                        )
                    )
                else:
                    speaker = _attribute(
                        index,
                        s_before,
                        verbs[-1].start(),
                        article_sentences,
                        index.in_sentence(s_before),
                        [*earlier, *out],
                    )
            if speaker is None and not head.strip() and s_before.index > 0:
                # the quotation opens its paragraph under one that ends "X cho biết:"
                prev = article_sentences[s_before.index - 1]
                intro = _INTRODUCES_NEXT.search(prev.text)
                if intro is not None and prev.paragraph != s_before.paragraph:
                    found_prev = index.in_sentence(prev)
                    earlier_all = [*earlier, *out]
                    at = intro.start(1)
                    speaker = _attribute(index, prev, at, article_sentences, found_prev, earlier_all)
            nxt = next((p for p in article_sentences if p.index == s_after.index + 1), None)
            if speaker is None and not head.strip() and not tail.strip(" .") and nxt is not None:
                # “...” ending its sentence, then "X phát biểu hôm 3/5.": the credit is
                # the next sentence's, a short one of a name and a reporting verb
                speaker = _credit_sentence(index, nxt)
            if speaker is None and head.rstrip().endswith(":") and not verbs:
                # "Cô tiếc nuối vì phải dừng bước: “...”": a clause of the person's feeling
                # or wish opens the quotation, its subject speaks
                speaker = _subject_opening(index, s_before, head, article_sentences)
            opener = _SPEAKING_OPENER.match(head) if speaker is None and head.rstrip().endswith(":") else None
            if opener and not _VERB.search(head, opener.end()):
                # "Phát biểu tại hội nghị, TS X gửi băn khoăn đến ...: “...”": the one who
                # spoke there, the subject after the opener
                speaker = _as_speaker(_first_person_within(index, s_before, opener.end(), local_start))
            if speaker is None and _POSTED_WITH.search(head):
                # "Mới đây, X đăng ảnh lên Instagram kèm trạng thái: “...”": the poster's words
                speaker = _as_speaker(_first_person_within(index, s_before, 0, local_start))
            theo = re.search(r"(?:^|,\s*|\b[Cc]òn\s+|\b[Cc]ũng\s+)[Tt]heo\s+", head)
            if speaker is None and theo:
                speaker = _as_speaker(
                    next(
                        (
                            f
                            for f in index.in_sentence(s_before)
                            if f.mention.start == theo.end() and f.entity
                        ),
                        None,
                    )
                )
        if speaker is None and _a_saying(said, sentences[first].text[: m.start() - starts[first]], tail):
            continue
        out.append(
            Quote(
                text=said,
                kind="direct",
                speaker=_entity_id(index, speaker.found) if speaker else None,
                speaker_text=speaker.text if speaker else "",
                article_id=sentences[first].article_id,
                sentence=sentences[first].index,
                speaker_kind=_kind(speaker, index),
            )
        )


# A clause of its own between a quotation and a verb after it: "... “...” nào nhưng
# báo chí nước X cho biết": the verb is not the quotation's credit
_OTHER_CLAUSE = re.compile(r"(?<!\w)(?:nhưng|song|trong khi)(?!\w)")
_CREDIT_WORDS = 12  # a credit sentence is short: a name, a verb, a time or a place


def _credit_sentence(index: Index, nxt: Sentence) -> Speaker | None:
    """The speaker a short sentence credits after a quotation: "Trần Quốc Bảo phát biểu hôm
    thứ hai." (a name opening it, then a reporting verb with nothing said after)."""
    if len(nxt.text.split()) > _CREDIT_WORDS or _OPEN in nxt.text or _CLOSE in nxt.text:
        return None
    first = next(
        (
            f
            for f in index.in_sentence(nxt)
            if f.mention.start <= _OPENING and f.mention.kind in ("PER", "NAME")
        ),
        None,
    )
    if first is None or first.entity is None or first.entity.type != "PER":
        return None
    between = _BETWEEN_NAME_AND_VERB.match(nxt.text, first.mention.end)
    verb = _VERB.match(nxt.text, between.end())
    if verb is None or verb.group(1).lower() in _ONLY_BEFORE_STATEMENT:
        return None
    if _SAYS_WHAT.search(nxt.text, verb.end()):
        return None  # "X nói rằng ...": a statement of its own
    return _as_speaker(first)


_BETWEEN_NAME_AND_VERB = re.compile(r"\s*(?:(?:" + _ADVERBS + r")\s+)*")
_OWNED = re.compile(r"\s+(?:của|từ)\s")
_OF_AFTER = re.compile(r"\s+của\s")
_DOCUMENT_VERBS = {*sources.DOCUMENTS, "thông báo"}  # verbs that are also a document's name
# Between a closing quotation mark and its speaker: the speaker's document or title
# ("thông báo của", "Giám đốc Học viện X"), a phrase with no sentence break of its own.
_CREDIT_TAIL = re.compile(r"\s*[,–-][^.!?;:“”]{0,80}")
# A sentence that ends on a reporting verb and a colon: what was said is the next paragraph.
_INTRODUCES_NEXT = re.compile(r"(?<!\w)(" + "|".join(VERBS) + r")(?:\s+thêm)?\s*:\s*$", re.I)


# Nouns that a quotation names: the title of a work, a programme, an award, an event
# ("Đề án “Nước sạch cho ...”", "danh hiệu “Chiến sĩ thi đua ...”", "Hội thảo “Nông nghiệp ...”").
_NAMING_NOUN = re.compile(
    r"(?<!\w)(?:danh hiệu|đề án|đề tài|dự án|hội thảo|hội nghị|diễn đàn|chương trình|cuộc thi|giải thưởng|"
    r"cuốn sách|cuốn|tập thơ|tiểu thuyết|bộ phim|ca khúc|bài hát|album|vở kịch|vở|"
    r"tác phẩm|chiến dịch|phong trào|chủ đề|khẩu hiệu|tựa đề|tiêu đề|biệt danh|tên gọi|cụm từ|"
    # a study published ("việc công bố báo cáo “...”", "bản báo cáo “...”"; "báo cáo"
    # alone is also a verb of saying)
    r"công bố báo cáo|bản báo cáo|sách trắng|"
    # a saying ("là hình thức “...”", "như câu cửa miệng “...”", "thành ngữ “...”")
    r"hình thức|thành ngữ|tục ngữ|châm ngôn|câu cửa miệng|"
    r"thương hiệu|nhãn hiệu|mang tên|có tên|với tên|tên là|chuyên mục|triển lãm|lễ hội|dự thảo|"
    # a motto followed ("tinh thần “...”"), a name owning something ("hành trình của “...”")
    r"tinh thần|phương châm|quan điểm|của|"
    # a charge ("về tội “Giết người”", "các tội danh “...”")
    r"tội|tội danh)"
    r"(?:\s+(?:như|là|mang tên|có tên))?\s*$",
    re.I,
)
# A named event or programme with a few words qualifying its noun before the quotation
# ("Hội thảo khoa học quốc gia “...”", "chương trình trọng điểm cấp ĐHQG “...”"): the
# words lowercase or an acronym, none a verb of saying
_QUALIFIED_EVENT = re.compile(
    r"(?<!\w)(?:hội thảo|hội nghị|diễn đàn|chương trình|đề án|dự án|đề tài|chiến dịch|phong trào"
    r"|cuộc thi|giải thưởng|triển lãm|lễ hội)((?:\s+[^\s,.;:“”]+){1,4})\s*$",
    re.I,
)


def _qualified_event(head: str) -> bool:
    m = _QUALIFIED_EVENT.search(head[-120:])
    if m is None:
        return False
    words = m.group(1).split()
    return (
        all(w.islower() or (w.isupper() and len(w) > 1) for w in words)
        and not _VERB.search(m.group(1))
        and not any(w in _EVENT_BREAKERS for w in words)  # "mong rằng dự án sẽ “...”": a clause
    )


# Words that make what follows an event's noun a clause, not its qualifier
_EVENT_BREAKERS = frozenset(
    {"sẽ", "đã", "đang", "vừa", "là", "được", "bị", "có", "không", "chưa", "cần", "phải", "thì", "mà"}
    | {"và", "với", "của", "cho", "để", "này", "đó", "rằng"}
)
# The predicate a named thing is the subject of ("“X” đã ra mắt", "“X” là ..."); a
# quotation followed by its speaker ("“...” bà X dặn dò") or by "và" is someone's words.
_PREDICATE_START = re.compile(
    r"^\s+(?:đã|đang|sẽ|vừa|mới|là|được|bị|có|không|chưa|cũng|trở thành|thu hút|gây|nhận|ra mắt)(?!\w)"
)


# What may stand between two quotations of a list: separators and a conjunction.
_LIST_JOINT = re.compile(r"[\s,;]*(?:(?:và|hoặc|hay)\s*)?$")


def _without_listed_quotations(head: str) -> str:
    """`head` without the quotations listed at its end ("các tội “A”, “B” và "): one
    step back per quotation, each step a bounded search (linear on any input)."""
    stop = len(head)
    while True:
        joint = _LIST_JOINT.search(head, max(0, stop - 12), stop)
        end = joint.start() if joint else stop
        if end == 0 or head[end - 1] != "”":
            return head[:stop]
        opened = head.rfind("“", 0, end - 1)
        if opened < 0 or head.find("”", opened + 1, end - 1) >= 0:
            return head[:stop]
        stop = opened


# A saying, a motto or a slogan quoted inside the writer's own sentence ("... để “Vua biết
# mặt, Chúa biết tên”", "với thông điệp “Một giọt máu cho đi, ...”"): short, nobody's
# first or second person, and no verb of saying in the sentence around it. Nobody said
# it here; the writer cites it. Of the 56 quotations tomtat left without a speaker in the
# 246 labelled clusters, 17 were no one's statement: this drops 5 of them (proverbs,
# slogans, a parent's catchphrase) and none of the 39 that were.
_SAYING_WORDS = 15
_PERSONAL = re.compile(r"(?<!\w)(?:tôi|mình|ta|tao|tớ|bạn|cậu|em|anh|chị|con|cháu)(?!\w)", re.I)


def _a_saying(said: str, head: str, tail: str) -> bool:
    """(not after a colon, which introduces speech, nor of two sentences)"""
    return (
        bool(head.strip())
        and not head.rstrip().endswith(":")
        and not _SENTENCE_BREAK.search(said)
        and len(said.split()) <= _SAYING_WORDS
        and not _PERSONAL.search(said)
        and not _VERB.search(head)
        and not _VERB.search(tail)
    )


def _names_something(said: str, head: str, after: str) -> bool:
    """A quotation that names something instead of reporting words: right after a noun
    of naming ("Đề án “...”", "danh hiệu như “...”"), or the subject its sentence opens
    with ("“Những ngày thơ ấu” đã ra mắt ..."): no punctuation of speech inside
    it, the clause going on right after it, and no saying verb after it ("“...” và
    “...”, bà X khẳng định"). A quotation inside a clause ("Bộ X cáo buộc Y “...” ...")
    may be someone's words and stays. Quotations listed after one naming noun ("các tội
    “A”, “B” và “C”") all name."""
    listed = _without_listed_quotations(head)
    if _NAMING_NOUN.search(listed) or _qualified_event(listed):
        return True
    if head.strip() or re.search(r"[,.!?…]\s*$", said):
        return False
    sentence_rest = re.split(r"[.!?]\s", after, maxsplit=1)[0]
    return bool(_PREDICATE_START.match(after)) and not _VERB.search(sentence_rest)


_PRONOUN_AFTER = re.compile(
    r"^\s*[,–-]?\s*(?:ông|bà|anh|chị|cô)\s+(?:(?:ấy|ta|này)\s+)?(?:(?:" + _ADVERBS + r")\s+)*$", re.I
)


def _britain(pronoun: re.Match, verb: str, found: list[Found]) -> bool:
    """ "Anh" before a verb a state uses ("Anh tuyên bố ...") or read as a place is
    Britain; before "cho biết", "chia sẻ", "nói" it is "he"."""
    if pronoun.group(1) != "Anh":
        return False
    if any(f.mention.kind == "LOC" and f.mention.start == pronoun.start(1) for f in found):
        return True
    return any(verb.lower().startswith(v) for v in _STATE_VERBS - _PERSONAL_TOO)


_BARE_PRONOUN = re.compile(r"\s*(?:ông|bà)(?:\s+(?:ta|ấy))?\s*", re.I)
_PRONOUN = re.compile(
    r"(?:^|,\s*|^(?:Nhưng|Còn|Và|Song)\s+)(Ông|Bà|ông|bà|Anh|Chị|Cô|anh|chị|cô)\s+(?:(?:ta|ấy|này)\s+)?"
    r"(?:(?:" + _ADVERBS + r"|thì)\s+)*$"
)
_TRAILING = re.compile(
    r",\s*([^,]{2,120}?)\s+(?:(?:đã|cũng)\s+)?(cho biết|nói|cho hay|khẳng định|nhấn mạnh)\s*\.?$"
)


def _previous_person(
    index: Index,
    s: Sentence,
    article_sentences: list[Sentence],
    before: int | None = None,
    among: set[int] | None = None,
) -> Found | None:
    """The person a bare "ông"/"bà" refers to: the last one named earlier in the sentence
    (before offset `before`), else in the two sentences before it (`among`: of the people
    whose entities' ids these are)."""
    if before is not None:
        here = [
            f for f in index.in_sentence(s) if f.mention.end <= before and f.entity and f.entity.type == "PER"
        ]
        if here:
            return here[-1]
    for prev in reversed(list(article_sentences)[max(0, s.index - 2) : s.index]):
        people = [
            f
            for f in index.in_sentence(prev)
            if f.entity is not None and f.entity.type == "PER" and (among is None or id(f.entity) in among)
        ]
        # a person the sentence names over a bare title it resolved ("phóng viên" read
        # as someone's role after "Trần X tức giận với phóng viên")
        named = [f for f in people if f.mention.kind != "ROLE" or f.mention.name]
        if people:
            return (named or people)[-1]
    return None


def _titled_by_last_name(index: Index, s: Sentence, cited: str) -> Found | None:
    """The person "Thượng tá X" means when the story names one person whose full name
    ends with the one word X, as a mention of this or an earlier sentence."""
    title = names.title_at(cited, 0)
    rest = cited[len(title) :].strip() if title else ""
    if not rest or " " in rest or not rest[:1].isupper():
        return None
    want = names.key(rest)
    hits = {
        id(f.entity): f
        for f in index.found
        if f.entity is not None
        and f.entity.type == "PER"
        and len(f.entity.name.split()) >= 2
        and names.key(f.entity.name).split()[-1] == want
        and f.sentence.article_id == s.article_id
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


_TITLE_REACH = 60  # characters between a title and its holder's name ("Thống đốc Ngân hàng X, ông Y")


def _holder_of_bare_title(index: Index, s: Sentence, cited: str) -> Found | None:
    """The one person of the article named with this title up to this sentence, when a
    title alone is cited ("Theo Thống đốc, ..." after "Thống đốc Ngân hàng X, ông Y ...")."""
    title = names.title_at(cited, 0)
    if not title or fold(title) != fold(cited.strip()):
        return None
    want = fold(title)
    hits = {}
    for f in index.found:
        if (
            f.entity is not None
            and f.entity.type == "PER"
            and f.sentence.article_id == s.article_id
            and f.sentence.index <= s.index
            and want in fold(f.sentence.text[max(0, f.mention.start - _TITLE_REACH) : f.mention.end])
        ):
            hits[id(f.entity)] = f
    return next(iter(hits.values())) if len(hits) == 1 else None


_CLAUSE_STARTS = re.compile(r",\s*")
_UNNAMED_SUBJECT_REACH = 80  # characters of a clause read for its subject


def _unnamed_subject_before(
    index: Index, s: Sentence, article_sentences: list[Sentence], at: int, pronoun: str
) -> Speaker | None:
    """The unnamed person ("một quan chức ...", "một chuyên gia") the sentence right before
    `s` opens with (maybe after one or two short clauses: "Trao đổi với báo X, một quan
    chức ..."), when that sentence names no person: whom a bare "ông"/"bà" then means."""
    prev = next((p for p in article_sentences if p.index == s.index - 1), None)
    if prev is None or any(f.entity is not None and f.entity.type == "PER" for f in index.in_sentence(prev)):
        return None
    starts = [0, *(m.end() for m in _CLAUSE_STARTS.finditer(prev.text))][:3]
    for start in starts:
        src = sources.phrase_at(prev.text, start, min(len(prev.text), start + _UNNAMED_SUBJECT_REACH))
        if src is not None and src.kind == "anonymous" and src.head not in _DOCS:
            return Speaker(None, pronoun, "anonymous", at)
    return None


def _pronoun_referent(
    index: Index, s: Sentence, article_sentences: list[Sentence], pronoun: str, before: int | None = None
) -> Found | None:
    """Whom a bare "Ông"/"Bà"/"Anh"/"Chị"/"Cô" refers to: the last person of the two
    sentences before (and of this one, before `before`) whom the story calls so ("bà
    Zakharova" for "Theo bà"); failing that, "ông"/"bà" the last person named, "anh" the
    last one unless a woman, "chị"/"cô" the last one if the text says she is a woman
    ("Cô cho biết" after a sentence about a president is nobody's)."""
    word = pronoun.lower()
    for prev in reversed(list(article_sentences)[max(0, s.index - 2) : s.index + (before is not None)]):
        people = [
            f
            for f in index.in_sentence(prev)
            if f.entity is not None
            and f.entity.type == "PER"
            and (prev is not s or f.mention.end <= (before or 0))
            and any(a.lower().startswith(word + " ") for a in (f.mention.text, *f.entity.aliases))
        ]
        if people:
            return people[-1]
    if word in ("chị", "cô"):
        # a woman the text says is one ("nữ ca sĩ X", "hoa hậu Y", "Nguyễn Thị Z"), of the
        # nearest sentence that names people: its first (the subject, before whoever it
        # acts on: "X đề nghị ... hành vi của bà Y. Cô cũng cho hay"); a man or someone
        # the text does not say is a woman is nobody's "chị"
        for prev in reversed(list(article_sentences)[max(0, s.index - 2) : s.index]):
            people = [f for f in index.in_sentence(prev) if f.entity is not None and f.entity.type == "PER"]
            opening = _CLAUSE_BEFORE_SUBJECT.match(prev.text)
            if opening is not None and any(f.mention.start >= opening.end() for f in people):
                # "Trong lúc hoa hậu biểu diễn, nữ ca sĩ X hát theo. Chị ...": who is named
                # in the clause set before the subject is not the subject
                people = [f for f in people if f.mention.start >= opening.end()]
            if people:
                # (a woman by a word of this sentence; or the one person it names, when
                # the text calls her a woman elsewhere: "nữ diễn viên X" once, "X" alone)
                women = [f for f in people if _a_woman(f)]
                if not women and len({id(f.entity) for f in people}) == 1:
                    women = [
                        f
                        for f in people
                        if _called_a_woman(index, f) or _a_woman_by_trade(f, article_sentences)
                    ]
                return women[0] if women else None
        # no one named or titled in the two sentences before (a quotation over several, a
        # scene): the one woman the article has named so far, as a profile or an
        # interview calls its subject "cô" all along
        if _someone_in(index, article_sentences, s):
            return None
        return _recent(_sole_woman(index, s, article_sentences), s)
    if word in ("ông", "anh") and not _someone_in(index, article_sentences, s):
        # likewise "ông"/"anh" after two sentences that name and title no one: the one
        # person the article has named, if only one is and the text does not call them a
        # woman
        sole = _recent(_sole_person(index, s, article_sentences), s)
        if sole is not None and not (_a_woman(sole) or _called_a_woman(index, sole)):
            return sole
    person = _previous_person(index, s, article_sentences, before=before)
    if (
        word == "anh"
        and person is not None
        and any(
            a.lower().startswith(("bà ", "cô ", "chị "))
            for a in (person.mention.text, *person.entity.aliases)
        )
    ):
        return None  # "Anh" is no woman named before
    return person


# A clause of time, condition or concession set before the sentence's subject, up to its
# comma ("Trong lúc X trình diễn, ...", "Khi được hỏi, ...")
_CLAUSE_BEFORE_SUBJECT = re.compile(
    r"(?:trong lúc|trong khi|sau khi|trước khi|khi|lúc|dù|mặc dù|nếu|tuy)\s[^,.;:“”]{1,120},", re.I
)


# Words that say the person named right after them is a woman ("nữ ca sĩ", "hoa hậu").
_WOMAN_BEFORE = re.compile(
    # (words of a trade only after "nữ": "nữ ca sĩ X"; "của cô và X" says nothing of X)
    r"(?<!\w)(?:nữ(?:\s+[^\W\d_]+){0,2}|bà|chị|cô|hoa hậu|á hậu|hoa khôi|người đẹp|nàng)\s+$",
    re.I,
)


# Sentences back to the last mention of the one person a pronoun may mean when the two
# sentences before it name no one: a paragraph's reach. Further back, the pronoun more
# often means someone the rules did not read as a person ("Trưởng Văn phòng X cho rằng
# ..." fourteen sentences after the minister the article named).
PRONOUN_REACH = 5


def _recent(f: Found | None, s: Sentence) -> Found | None:
    return f if f is not None and s.index - f.sentence.index <= PRONOUN_REACH else None


def _someone_in(index: Index, article_sentences: list[Sentence], s: Sentence) -> bool:
    """The two sentences before `s` name a person or give someone a title ("Trưởng Văn
    phòng X cho rằng", "vị giám đốc này"), whom a pronoun after them may mean."""
    return any(
        (f.entity is not None and f.entity.type == "PER") or f.mention.kind == "ROLE"
        for prev in list(article_sentences)[max(0, s.index - 2) : s.index]
        for f in index.in_sentence(prev)
    )


def _called_a_woman(index: Index, f: Found) -> bool:
    """Another mention of the same person is a woman's (`_a_woman`): "nữ diễn viên X" once
    is enough for "X" alone later."""
    return f.entity is not None and id(f.entity) in _women(index)


def _a_woman_by_trade(f: Found, article_sentences: list[Sentence]) -> bool:
    """The article calls this person's trade a woman's ("ca sĩ X" once, "nữ ca sĩ" in
    another sentence: X is the singer, a woman)."""
    trades = {fold(r) for r in (f.entity.roles if f.entity else ()) if len(r.split()) <= _TRADE_TITLE_WORDS}
    if not trades:
        return False
    said = re.compile(r"(?<!\w)nữ\s+(?:" + "|".join(re.escape(t) for t in sorted(trades)) + r")(?!\w)")
    return any(said.search(fold(x.text)) for x in article_sentences)


_TRADE_TITLE_WORDS = 3  # a trade is a short title ("ca sĩ", "diễn viên", "vận động viên")


def _women(index: Index) -> set[int]:
    """Ids of the entities one of whose mentions is a woman's, worked out once per index
    (asked for every "cô"/"chị" and the people before it: a scan each time was quadratic
    on a long story), again if mentions were added since."""
    cached = getattr(index, "_women_cache", None)
    if cached is None or cached[0] != len(index.found):
        women = {id(g.entity) for g in index.found if g.entity is not None and _a_woman(g)}
        cached = (len(index.found), women)
        index._women_cache = cached  # type: ignore[attr-defined]
    return cached[1]


def _sole_woman(index: Index, s: Sentence, article_sentences: list[Sentence]) -> Found | None:
    """The one woman the article names before `s`, if only one is."""
    people = _people_before(index, s, article_sentences)
    women = [
        found for found in people.values() if any(_a_woman(f) or _called_a_woman(index, f) for f in found)
    ]
    return women[0][-1] if len(women) == 1 else None


def _a_woman(f: Found) -> bool:
    """The text calls this person a woman: a female word right before the name, a
    woman's honorific among the story's forms of it, or "Thị" as the middle name."""
    before = f.sentence.text[max(0, f.mention.start - 30) : f.mention.start]
    if _WOMAN_BEFORE.search(before) or (f.mention.role and _WOMAN_BEFORE.search(f.mention.role + " ")):
        return True
    forms = (f.mention.text, *(f.entity.aliases if f.entity else ()))
    if any(a.lower().startswith(("bà ", "chị ", "cô ")) for a in forms):
        return True
    words = (f.entity.name if f.entity else f.mention.text).split()
    return len(words) >= 3 and "Thị" in words[1:-1]


_CALLS = re.compile(r"\bgọi\s+[^“”.;!?]{1,60}?\s+là\s+(?:một\s+|những\s+)?$")
# "bố ruột của X", "mẹ X": a relative of the person named right after
_RELATIVE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(sources.RELATIVES, key=len, reverse=True)) + r")(?:\s+ruột)?(?:\s+của)?\s*$",
    re.I,
)
# "đánh giá cao/thấp X", "bày tỏ sự ...": an attitude towards a thing, not words said
# "because <a name>" right before the verb
_SUFFERED = re.compile(r"(?<!\w)bị\s+(?:(?:nhiều|liên tục|công khai)\s+)?$")
_BECAUSE = re.compile(r"(?<!\w)(?:do|vì|bởi)\s+(?:[" + UPPER + r"][\w-]*\s+){1,4}$")
_SIDE = re.compile(r"(?:^|\s)[Pp]hía\s+$")  # "Phía Mỹ nhấn mạnh": the country's side speaks
# "nam sinh nói trên", "vụ việc nói trên để ...", "cơ sở nói trên về trụ sở": "the
# aforesaid", not a verb of saying, which "nói trên" is only before where it was said
# ("nói trên truyền hình", "nói trên CNN")
_AFORESAID = re.compile(
    r"nói trên(?!\s+(?:báo|tờ|truyền hình|đài|sóng|trang|mạng|kênh|tạp chí|chương trình|sân khấu"
    r"|[" + UPPER + r"]))"
)
# A verb of saying followed by "này", or by "trên" that ends its phrase ("thông báo trên
# là bởi ...", "tuyên bố trên, ...") is the noun, the thing said: no verb of saying takes
# them as its object ("cho biết đó là ..." does take "đó", so "đó" is not here), and
# "trên" before a noun is "on" ("cho biết trên xe có ...", "trên cơ sở ...").
_NOUN_THEN_DEMONSTRATIVE = re.compile(
    r"\s+(?:này(?!\w)|trên(?=\s*[,.;:!?)”]|\s*$|\s+(?:là|đã|được|bị|thì|mà|của|và|vì|do|nên|cũng|không|chưa)(?!\w)))"
)
# "tuyên bố chung", "thông báo chung": a joint statement, the document, no verb
_JOINT = re.compile(r"\s+chung(?!\w)")
# A feeling shown, not words reported: "đánh giá cao", "bày tỏ sự/niềm/lòng ...", "bày tỏ
# ấn tượng và vui mừng về ..." ("bày tỏ hy vọng, <clause>" says what is hoped)
_ATTITUDE = re.compile(
    r"(?:đánh giá\s+(?:cao|thấp)|bày tỏ\s+(?:sự|niềm|lòng|ấn tượng|vui mừng|lời cảm ơn|cảm ơn))\b", re.I
)
_THEO_OPENER = (
    # an outlet's dateline ("BáoMẫu - ", "(TTX) - ") may open the sentence
    r"^(?:\(?[^\s,()–-]{2,20}\)?\s+[-–]\s+)?"
    r"(?:(?:Cũng|Còn|Và|Nhưng|Bởi|Vì)\s+|(?:Tuy nhiên|Tuy vậy|Song|Trước đó|Sau đó|Trong khi đó|Bên cạnh đó|"
    # (the comma after the connective is often left out: "Đặc biệt theo X, ...")
    r"Ngoài ra|Cụ thể|Đồng thời|Mặt khác|Đặc biệt|Thêm vào đó|Hơn nữa|Hiện nay|Hiện tại),?\s*"
    # or up to three short phrases of time, topic or concession ("Về tình hình sản xuất,
    # tính đến ngày 17/10, theo số liệu của X, ...", "Mặc dù, X chấn thương, tuy nhiên,
    # theo Y, ...", "dù A, nhưng theo Y, ...")
    r"|(?:[^,“”:;]{1,100},\s*){1,3}(?:(?:nhưng|song|thì)\s+)?(?=theo\s))?"
)
# Characters at most of the time or medium after the verb that doubles "theo" ("đưa tin
# vào tuần trước", "công bố trong báo cáo quý"): a phrase, no clause
_CITED_TIME_LENGTH = 40
_THEO = re.compile(
    _THEO_OPENER
    # "Theo X, ...", "Theo X thì ...", "Theo X (Đội Y, Công an Z), ...": a bracket of the
    # cited part may hold commas
    # ("Theo như X, ...": the same "according to")
    # ("Khuyến cáo từ X, ...", "Lời khuyên của X, ...": X's advice, as "Theo khuyến cáo của X")
    + r"(?:[Tt]heo|(?:[Kk]huyến cáo|[Ll]ời khuyên) (?:từ|của))\s+(?:như\s+)?((?:[^,:()]|\([^()]*\))+?)"
    # "Theo báo giới Italy đưa tin, ...": the verb that doubles "theo" is not the source's,
    # nor its aspect and its time ("Theo báo cáo vừa được công bố, ...", "Theo trang X đưa
    # tin vào tuần trước, ...")
    + r"(?:\s+(?:(?:vừa|mới|đã)\s+)?(?:được\s+)?"
    + r"(?:đưa tin|cho biết|cho hay|thông tin|tiết lộ|công bố|thông báo|xác nhận|cho rằng|nhận định)"
    + r"(?:\s+(?:vào|hôm|ngày|sáng|trưa|chiều|tối|đêm|tuần|tháng|năm|trong|trên)(?!\w)[^,:“”]{0,"
    + str(_CITED_TIME_LENGTH)
    + r"}?)?)?"
    + r"(?:\s*[,:]|\s+thì(?!\w))\s+(.+)$"
)
# "..., theo Reuters.", "..., theo đại diện công ty X.": the source after what it said,
# closing the sentence (a few words, no clause of their own)
_THEO_AT_THE_END = re.compile(r",\s+theo\s+([^,;:“”()!?]{2,80}?)\s*\.?\s*$")


class _CitedLast:
    """A "..., theo X." sentence read as "Theo X, ...": group 1 is the source, group 2
    what it said (the `_THEO` match's groups), with their offsets in the sentence."""

    def __init__(self, text: str, cited: re.Match) -> None:
        self._spans = {1: cited.span(1), 2: (0, cited.start())}
        self._text = text

    def group(self, n: int) -> str:
        a, b = self._spans[n]
        return self._text[a:b]

    def start(self, n: int) -> int:
        return self._spans[n][0]

    def end(self, n: int) -> int:
        return self._spans[n][1]


# "..., TASS ngày 22-9 dẫn thông tin từ Bộ X.": the source the agency relays, closing the
# sentence (the agency a few words, no clause of its own)
_RELAYED_AT_THE_END = re.compile(
    r",\s+[^,;:“”]{1,40}?\s+dẫn\s+(?:thông tin|nguồn tin|tin|lời)\s+(?:từ|của)\s+"
    r"([^,;:“”()!?]{2,80}?)\s*\.?\s*$"
)


def _theo_at_the_end(text: str) -> _CitedLast | None:
    cited = _THEO_AT_THE_END.search(text) or _RELAYED_AT_THE_END.search(text)
    if cited is None or len(text[: cited.start()].split()) < _MIN_WORDS or _OPEN in text:
        return None
    if _VERB.search(text, 0, cited.start()):
        # "Người phát ngôn X nói rằng ..., theo TASS.": X speaks, the agency relays
        return None
    if _RULES.match(cited.group(1)):
        return None  # "..., theo Luật X.", "..., theo kế hoạch.": a rule or a plan, nobody's words
    return _CitedLast(text, cited)


# Laws, rules and plans: what they lay down is no one's statement
# (not "luật sư", a lawyer who speaks; "Điều", "Khoản" only with their number: "theo điều
# tra ban đầu" is a finding)
_RULES = re.compile(
    r"(?:các\s+|những\s+)?(?:luật(?!\s+sư)|bộ luật|hiến pháp|nghị định|nghị quyết|thông tư|quyết định|"
    r"quy định|chỉ thị|(?:điều|khoản)(?=\s+\d)|công ước|hiệp định|hợp đồng|kế hoạch|lịch|quy chế|điều lệ)"
    r"(?!\w)",
    re.I,
)


# "Bộ X tại Nghị định Y quy định": a body's rule cited in its text, no one's words
_RULE_CITED_IN = re.compile(r"\s(?:tại|trong)\s+" + _RULES.pattern, re.I)


# A capitalised name and a reporting verb opening what an unnamed source says
_NAMED_THEN_VERB = re.compile(
    r"\s*(?:[" + UPPER + r"][\w.\-]*\s+){1,4}(?:(?:" + _ADVERBS + r")\s+)*(?:" + "|".join(VERBS) + r")(?!\w)"
)
# "Thông tin ban đầu, ...": the unnamed first news, as "Theo thông tin ban đầu, ..." says it
_FIRST_NEWS = re.compile(_THEO_OPENER + r"((?:[Tt]hông tin|[Nn]guồn tin|[Tt]in) ban đầu)\s*[,:]\s+(.+)$")


# "Tuy nhiên, theo ông mục đích chính ...": a bare pronoun needs no comma after it, the
# lowercase word after it opens what he said (not "ông xã", "bà con", "ông chủ": nouns)
_THEO_PRONOUN = re.compile(
    _THEO_OPENER
    + r"[Tt]heo\s+((?:ông|bà)(?:\s+(?:ta|ấy))?)\s+(?=[^\W\d_])(?!["
    + UPPER
    + r"])(?!(?:ta|ấy|xã|con|bà|ông|chủ|bầu|già|cụ|ngoại|nội)(?!\w))(.+)$"
)


# What follows a quotation signed by its author: a dash, a few words (the name, maybe a
# title before it) and the sentence's end ("“...” - Nguyễn Văn An.")
_SIGNED_WORDS = 8
_SIGNED_WORD = r"[^\s.!?;:“”\"]+"
_SIGNED = re.compile(rf"\s*[-–—]\s*(?:{_SIGNED_WORD}\s+){{0,{_SIGNED_WORDS - 1}}}{_SIGNED_WORD}\s*[.!]?\s*$")


# "ông X - giám đốc Y", "bà X – Phó Cục trưởng Z": a name, then its role after a dash
_ROLE_AFTER_DASH = re.compile(r"\s*[-–—]\s*\w")


# What may stand between "dẫn lời" and the name of the one relayed: lowercase words of
# who they are ("trung sĩ", "sĩ quan cảnh sát quân đội")
# ("sĩ quan cảnh sát quân đội (còn gọi là “quân cảnh”)": a bracket may explain them)
_RELAYED_ONE = re.compile(r"(?:[" + LOWER + r"]+\s+|\([^()]{0,60}\)\s+){0,8}")
# A body's name runs on in lowercase words of its task ("Ban Quản lý dự án phát triển
# ngành thủy sản và an toàn nông sản"): as many words at most, none of time or place
_LOWERCASE_TAIL_WORDS = 12
_BRACKET_AT_END = re.compile(r"\s*\([^()]{1,20}\)\s*$")
_NOT_A_NAME_WORD = frozenset(
    {"hôm", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "tuần", "tháng", "năm", "mới", "vừa"}
    | {"gần", "hiện", "tại", "ở", "trên", "trong", "khi", "sau", "trước", "thì", "là", "đã"}
    | {"cho", "của", "này", "đó"}
)


def _body_with_lowercase_tail(found: list[Found], text: str, start: int, end: int) -> Found | None:
    """The organisation a cited span opens with when the rest of the span is lowercase
    words of its name (its task or field), not a time, a place or a clause."""
    body = next((f for f in found if f.mention.start == start and f.mention.kind == "ORG"), None)
    if body is None or body.mention.end >= end:
        return None
    tail = text[body.mention.end : end].split()
    if not tail or len(tail) > _LOWERCASE_TAIL_WORDS:
        return None
    if any(not w.isalpha() or not w.islower() or w in _NOT_A_NAME_WORD for w in tail):
        return None
    return body


_HOLDER_COMMA = re.compile(r"\s*,\s*")
_HONORIFIC_BEFORE = re.compile(r"(?:ông|bà|anh|chị)\s+", re.I)


def _holder_after_cited_title(found: list[Found], text: str, theo: re.Match) -> tuple[Found, int] | None:
    """(the person, where what they said starts) when "Theo" cites a title and the
    holder's name follows it between commas ("Theo Giám đốc điều hành hãng X, ông Y, ...")."""
    if names.title_at(text, theo.start(1)) is None:
        return None
    at = theo.start(2)
    honorific = _HONORIFIC_BEFORE.match(text, at)
    for f in found:
        m = f.mention
        if m.start not in (at, honorific.end() if honorific else -1) or not _a_person(f):
            continue
        comma = _HOLDER_COMMA.match(text, m.end)
        if comma is not None and "," in comma.group(0):
            return f, comma.end()
    return None


def _with_apposition(found: list[Found], text: str, start: int, end: int) -> Found | None:
    """The person or body cited as "Theo ông X - chức vụ Y, ...": a mention that opens the
    cited span and is followed by a dash and its role, which ends the span."""
    for f in found:
        m = f.mention
        if m.start == start and m.kind in ("PER", "ORG") and m.end < end:
            if _ROLE_AFTER_DASH.match(text, _past_bracket(text, m.end), end):
                return f
    return None


# What a bracket after a name holds: the person's constituency, place or body ("đại biểu
# X (Hải Long)", "ông Y (Sở Xây dựng)"), no part of what was said
_NAME_BRACKET = re.compile(r"\s*\([^()]{1,60}\)")


def _past_bracket(text: str, at: int) -> int:
    """`at`, or the end of a bracket right after it."""
    bracket = _NAME_BRACKET.match(text, at)
    return bracket.end() if bracket else at


# What someone said or judged, naming them after it ("lời ông X", "nhận định của Bộ Y").
# An analysis or an estimate is someone's only with its owner ("Theo phân tích của báo
# X", "theo ước tính của Y"; "Theo phân tích, ..." names nobody).
_SAYING_NOUN = re.compile(
    # ("Theo lời kể của X, ...": what X told of what happened)
    r"(?:lời kể|lời|ý kiến|nhận định|đánh giá|khẳng định|dự báo|dự đoán|chia sẻ|giải thích|tiết lộ|"
    # "thông báo trên trang web của X": where it was said, then whose
    r"thông báo)\s+(?:(?:của|trên|từ)\s+)?"
    r"|(?:(?:một|các|những)\s+)?(?:phân tích|ước tính|tính toán|quan điểm|nhận xét|bình luận|trình bày|"
    # ("Theo tính toán BSC, ...": the owner may follow with no "của")
    # ("Theo giới thiệu của X, ...": how X presented it)
    # ("Theo phát hiện của X, ...": what X's inspection found)
    # ("Theo ghi nhận của báo X, ...": what X's reporters recorded)
    r"lời khai|mô tả|phản ánh|tin|thông tin|bản tin|giới thiệu|phát hiện|ghi nhận)"
    r"\s+(?:(?:của|từ)\s+|(?=[" + UPPER + r"]))"
    # "Theo số liệu vừa được X công bố, ...": what X published
    r"|(?:số liệu|thông tin|báo cáo|thống kê|dữ liệu|kết quả)(?:\s+(?:vừa|mới|đã))?\s+được\s+",
    re.I,
)


# Whom the words were told to, after whose they are ("lời kể của X với bác sĩ")
_TOLD_TO = re.compile(r"\s+(?:nói\s+)?với(?!\w)")


# What the agent of "thông tin được X ..." did with it: the end of X's name.
_AGENT_VERB = re.compile(
    r"\s+(?:(?:vừa|mới|đã)\s+)?(?:công bố|cho biết|thông báo|đưa ra|đăng tải|đăng|phát đi|cung cấp|tiết lộ|"
    r"đưa tin|ghi nhận|thống kê|tổng hợp)(?!\w)"
)


# "Theo ông X, Phó Chủ tịch UBND tỉnh Y, ...": the person's title between commas, before
# what he said; a title runs a few words, and no verb or clause word of its own
_ROLE_WORDS = 14
_ROLE_BREAK = re.compile(r"[;:“”\"(]|\b(?:cho biết|cho rằng|nói|là|đã|sẽ|đang|cần|phải|có thể)\b", re.I)


def _comma_outside_brackets(text: str, start: int) -> int:
    """Index of the first comma at or after `start` that no bracket encloses; -1 if none."""
    depth = 0
    for k in range(start, len(text)):
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            return k
    return -1


def _role_segment(rest: str, start: int) -> int | None:
    """The comma that ends a role starting at `start` ("Phó trưởng khoa X (Bệnh viện
    Y),"), or None when what follows is no role (too long, or a clause)."""
    comma = _comma_outside_brackets(rest, start)
    if comma < 0:
        return None
    segment = _BRACKETED.sub(" ", rest[start:comma])
    if len(segment.split()) > _ROLE_WORDS or _ROLE_BREAK.search(segment):
        return None
    return comma


def _role_after_name(speaker: Speaker, rest: str) -> int | None:
    """Where what a person cited as "Theo X, <chức vụ>, ..." said begins in `rest` (what
    follows the first comma), when `rest` opens with X's title; the title may hold a
    bracket, and its body may follow as a segment of its own ("Theo bác sĩ X, Trưởng
    khoa Y, Bệnh viện Z, ...")."""
    found = speaker.found
    if found is None or found.mention.kind != "PER":
        return None
    start = len(rest) - len(rest.lstrip())
    if not names.title_at(rest, start):
        return None
    comma = _role_segment(rest, start)
    if comma is None:
        return None
    body_at = comma + 1 + len(rest[comma + 1 :]) - len(rest[comma + 1 :].lstrip())
    if names.org_head_at(rest, body_at):
        body_comma = _role_segment(rest, body_at)
        if body_comma is not None:
            comma = body_comma
    return comma + 1


# "Như ANTĐ thông tin, ...", "Như báo Tuổi Trẻ đã đưa tin, ...": a source cited up front
_AS_REPORTED = re.compile(
    # ("Như tin báo X đã đưa, ...": the news the paper carried)
    r"^Như\s+(?:tin\s+)?(.{2,80}?)\s+(?:đã\s+)?(?:thông tin|đưa tin|phản ánh|cho biết|đưa(?=\s*,))"
    r"\s*,?\s+(.+)$"
)


# Inside "Theo X, ...": a subject of its own and a reporting verb opening what follows
# ("bà Y - chủ nhà nghỉ Z cho biết:", "Giám đốc công ty Z cho biết,").
_INNER_SUBJECT = 100  # characters: longer, and the verb belongs to a clause of the statement


def _inner_attribution(rest: str) -> tuple[int, int] | None:
    """(start, end) of the reporting verb, with its colon, comma or "rằng", that opens the
    statement inside `rest`, when a short subject without sentence punctuation comes
    before it."""
    v = _VERB.search(rest, 0, _INNER_SUBJECT + 20)
    if v is None:
        return None
    subject = rest[: v.start()]
    if not subject.strip() or len(subject) > _INNER_SUBJECT or re.search(r"[;!?“”]", subject):
        return None
    if _MOTIVE_BEFORE.search(subject):
        return None  # "... gây rối vì cho rằng ...": a motive inside what is reported
    after = _OPENS_STATEMENT.match(rest, v.end())
    return (v.start(), after.end()) if after else None


_MOTIVE_BEFORE = re.compile(r"(?<!\w)(?:vì|do|bởi)\s+$")
_ACRONYM_THEN_ADVERBS = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*(?:(?:" + _ADVERBS + r"|sẽ)\s+)*"
)


def _unnamed_subject_verb(text: str, start: int) -> bool:
    """Whether `text[start:]` opens with an unnamed or collective source and its reporting
    verb ("một nguồn tin giấu tên cho biết", "các chuyên gia nhận định")."""
    lead = len(text) - len(text[start:].lstrip(" ,"))
    v = _VERB.search(text, lead, min(len(text), lead + _INNER_SUBJECT + 20))
    if v is None or v.start() - lead > _INNER_SUBJECT or not text[lead : v.start()].strip():
        return False
    source = sources.phrase_at(text, lead, v.start())
    return source is not None and source.kind == "anonymous"


def _named_subject_verb(found: list[Found], text: str, start: int) -> tuple[int, int] | None:
    """(start, end) in `text[start:]` of a reporting verb whose subject is a whole name,
    with no punctuation after the verb: "Theo hãng X, Đảng Y (ABC) tuyên bố ...", where
    the party states and the outlet only relays."""
    at = start + len(text[start:]) - len(text[start:].lstrip())
    subject = next(
        (f for f in found if f.mention.start == at and f.mention.kind in ("PER", "ORG") and f.entity), None
    )
    if subject is None:
        return None
    between = _ACRONYM_THEN_ADVERBS.match(text, subject.mention.end)
    verb = _VERB.match(text, between.end())
    if verb is None or verb.group(1).lower() in _ONLY_BEFORE_STATEMENT:
        return None
    return verb.start() - start, verb.end() - start


_OPENS_STATEMENT = re.compile(r"(?:\s+thêm)?\s*(?:[,:]|rằng(?!\w))")


# "..., AFP dẫn lời ông X, giám đốc Y.", "..., báo Z dẫn lời một nhân chứng.": the words
# before the comma are X's, relayed by the agency (who relays them is not who said them)
# After a quotation: "“...”, tờ X dẫn lời Y", "“...” báo Z dẫn lời tiền đạo này"
_QUOTED_BY = re.compile(r"\s*,?\s*(?:[^,.;:“”]{1,60}?\s+)?dẫn lời\s+")
# A quotation's source after it, with "theo": "“...” - theo X, CEO của Y.", "“...”, theo X."
# "đồng chí" (comrade), how Party and state news names an official before his name: no
# part of the name ("Theo đồng chí Nguyễn Văn A - Bí thư ..., ...")
_COMRADE = re.compile(r"(?:đồng chí|Đồng chí)\s+(?=[" + UPPER + r"])")
# The rest of a list of names after "Theo X, ": "Y và Z, ..." (names joined by "và", then a comma)
_A_NAME = r"[" + UPPER + r"][\w.]*(?:\s+[" + UPPER + r"][\w.]*){0,3}"
_LIST_RUNS_ON = re.compile(
    _A_NAME + r"\s+và\s+" + _A_NAME + r"\s*,"
    # ... or the pick of the source's group: "Theo các chuyên gia ở nhiều viện, nhất là
    # các viện kinh tế, giá sẽ ..." (what was said follows the aside)
    r"|(?:nhất là|đặc biệt là|trong đó có)\s[^,;:.“”]{1,80},"
)
# A brand written with a lowercase first letter ("Theo eBay, ...", "theo iRobot"): no
# capital opens it, so no rule and no recognizer reads it as a name; cited alone by
# "Theo", it is the firm.
_CAMEL_CASE_BRAND = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z0-9]+")
_THEO_AFTER_QUOTE = re.compile(r"\s*(?:,\s*|[-–—]\s*)theo\s+")
_QUOTING = re.compile(r",\s*(?:[^,.;:“”]{1,60}?\s+)?dẫn lời\s+")
_RELAYED = re.compile(r"(?<!\w)(?:đưa tin|cho hay|đăng tải|trích dẫn)(?!\w)")


def _quoting_at_the_end(
    index: Index,
    s: Sentence,
    text: str,
    found: list[Found],
    article_sentences: list[Sentence],
    out: list[Quote],
    in_quote: Callable[[int], bool],
) -> bool:
    """Add the statement of a sentence that ends by saying whom it quotes; whether it did."""
    m = _QUOTING.search(text)
    if m is None or in_quote(m.start()):
        return False
    said = text[: m.start()].strip()
    relay = said.rfind(",")
    if relay > 0 and _RELAYED.search(said, relay):
        said = said[:relay]  # "..., đài X đưa tin trên trang web, dẫn lời Y": X only relays
    if len(said.split()) < _MIN_WORDS or said.startswith(_OPEN) or said.endswith((_CLOSE, '"')):
        return False
    mention = next((f for f in found if f.mention.start == m.end() and f.mention.kind != "LOC"), None)
    speaker = _as_speaker(mention) if mention is not None else None
    if speaker is None:
        end = text.find(",", m.end())
        end = len(text.rstrip(" .")) if end < 0 else end
        speaker = _source_speaker(index, s, m.end(), end, article_sentences, found, out)
    if speaker is None:
        return False
    out.append(
        Quote(
            said.rstrip(" .") + ".",
            "reported",
            _entity_id(index, speaker.found),
            speaker.text,
            s.article_id,
            s.index,
            _kind(speaker, index),
        )
    )
    return True


# A reporting verb used as a noun, right after a determiner or a noun that takes it as
# its complement ("những tiết lộ về ...", "lời đề nghị", "như cam kết", "quá trình đánh
# giá", "bài phát biểu", "nghe báo cáo"): nothing said is reported at it. Not after
# "văn bản", "công văn" or "ý kiến": a document or an opinion that asks or says speaks
# ("Nhiều ý kiến cho rằng ..."), except an opinion's "góp ý" ("ý kiến góp ý": comments).
# Lowercase only: "Như", "Lời" may be names ("bà Lê Thị Như khẳng định"); no syllable
# that ends common compounds ("dân sự", "vụ việc" before "cho biết"). A quantity counts
# a noun ("nhiều báo cáo gần đây đã chỉ ra": the reports speak, at "chỉ ra").
_AS_NOUN = re.compile(
    r"(?<!\w)(?:những|các|mọi|lời|quá trình|như|bài|kết quả|cuộc|buổi|nghe|nhiều|một số|vài|mấy|mối"
    # the object of an answer to it: "chấp nhận yêu cầu", "bác bỏ đề nghị"
    r"|chấp nhận|bác bỏ|từ chối|đáp ứng|đáp ứng tốt|đáp ứng được|đáp ứng đủ|nhận được|đạt được"
    # a figure moved against it: "nâng dự báo", "hạ dự báo", "vượt dự báo", "thấp hơn dự báo"
    r"|nâng|hạ|vượt|điều chỉnh|thấp hơn|cao hơn|kém hơn|tốt hơn"
    # a document named by what it does: "ký công văn thông báo ...", "có văn bản yêu cầu ..."
    r"|công văn|văn bản"
    # a notice sent: "gửi tiếp thông báo lần 2", "phát đi thông báo"
    r"|gửi|gửi tiếp|phát đi"
    # a document drawn up: "nghiên cứu lập báo cáo đề xuất ...", "nộp báo cáo" ("lập" not
    # ending a word of its own: "phe đối lập cho biết", "thành lập", "độc lập"; not
    # "viết": "có bài viết phản ánh ..." reports)
    r"|(?<!đối )(?<!thành )(?<!thiết )(?<!độc )(?<!công )(?<!sáng )(?<!trung )(?<!xác )lập|làm|soạn|nộp"
    # a sign or a board that bears it: "cắm biển cảnh báo", "bảng thông báo"; a device or
    # a system named by what it does: "radar cảnh báo sớm", "hệ thống cảnh báo", "còi báo"
    r"|biển|bảng|radar|còi|đèn|tín hiệu|thiết bị|hệ thống|cảm biến"
    # an exam, a form, a level named by what they do: "kỳ thi đánh giá năng lực", "phiếu
    # trả lời trắc nghiệm", "mức cam kết lợi nhuận"
    r"|thi|phiếu|Phiếu|mức"
    # what something is: "dự án mới chỉ là đề xuất, là dự kiến"
    r"|là)\s+$"
)
# A document read out or presented ("đọc báo cáo tổng kết", "trình bày thông báo"): the
# verb that is also a document's name is a noun there ("trình bày cho rằng ..." reports)
_READ_OUT = re.compile(r"(?<!\w)(?:đọc|trình bày)\s+$")
# A document made public ("công bố báo cáo tài chính quý III với ..."): what was said is
# the document with what it holds, its name included (not cut after "báo cáo")
_PUBLISHED = re.compile(r"(?<!\w)(?:công bố|phát hành|đưa ra)\s+$")
# (documents only: "đưa ra kết luận, X", "đưa ra dự báo ...", "ra tuyên bố ..." say X after
# the noun, as a verb would)
_PUBLISHED_DOCUMENTS = frozenset({"báo cáo", "thông báo", "thông cáo"})
_COMMENTS = re.compile(r"(?<!\w)ý kiến\s+$")  # before "góp ý"
# Verbs that report only when what was said follows at once ("X bổ sung: ...", "bổ sung
# rằng ..."); otherwise they take a thing ("quyết định bổ sung hai cầu thủ").
# Verbs that report only with data or a report as subject ("số liệu của Cục X cho thấy
# ..."); read by the reported-statement rules only, never as a quotation's credit.
_ONLY_AFTER_DOCUMENT = {"cho thấy", "thể hiện"}  # "Tài liệu điều tra thể hiện, ..."
_SHOWING_DOCUMENTS = {
    *sources.DOCUMENTS_NEED_OWNER,
    *(d for d in sources.DOCUMENTS if d.startswith(("kết quả", "kết luận", "tài liệu"))),
    "báo cáo",
    "dự báo",
}
_VERB_OR_SHOWING = _verbs_pattern([*VERBS, *_ONLY_AFTER_DOCUMENT])
# "... cho biết như trên", "... khẳng định như vậy": the statement is the sentence before
# (not when a copula follows: "Lần cuối X phát biểu như vậy là năm 1945" says when)
_AS_ABOVE = re.compile(r"\s*như\s+(?:trên|vậy)(?!\w)")
_COPULA_NEXT = re.compile(r"\s+là(?!\w)")
_ADDRESSEE_THEN_THAT = re.compile(r"\s+(?:với\s+)?[^,.;:“”]{1,30}?\s+rằng(?!\w)")
# ... but a clause is no addressee: "đề nghị khám tử thi vì cho rằng ..."
_NOT_AN_ADDRESSEE = re.compile(r"(?<!\w)(?:cho|vì|để|là|nên|và)\s", re.I)
_TOLD_SOMEONE_THAT = re.compile(r"\s*(?:rằng(?!\w)|:)|\s+(?:với|cho)\s[^,.;:“”]{1,60}?\s(?=rằng(?!\w))")
# "bạn X viết rằng: ...", not "viết sách"; "ca ngợi: “...”", not "ca ngợi tinh thần X"
_ONLY_BEFORE_STATEMENT = {"bổ sung", "viết", "ca ngợi", "khen ngợi", "mỉa mai", "chỉ trích"}
# Where it was written or said, then what: "viết trên trang cá nhân rằng ..."
_MEDIUM_THEN_THAT = re.compile(r"\s+(?:trên|lên|vào|trong|tại)\s[^,.;:“”]{1,80}?\s(?=rằng(?!\w))")
# Verbs that report only before a clause: "chỉ ra rằng ...", "chỉ ra dòng máy mới vẫn sẽ
# ra mắt đúng hẹn" (not "chỉ ra những hạn chế", "chỉ ra nơi cất giấu": a thing shown);
# a threat is said with what will be done ("dọa sẽ tịch thu ...", not "đe dọa an ninh").
_BEFORE_CLAUSE = re.compile(
    r"(?:\s+thêm)?\s*(?:[,:]|rằng(?!\w)"
    # (one quantifier a word: "[^\W\d_][.\w]*", so a failed match stays linear)
    r"|(?:[^\W\d_][.\w]*\s+){1,8}?(?:vẫn|sẽ|đã|đang|có thể|không|chưa|là)(?!\w))",
    re.I,
)
_THREAT = re.compile(r"\s+(?:sẽ|rằng)(?!\w)")
# A finding an inquiry reports ("Cơ quan điều tra xác minh, đây là ...", "công an làm rõ,
# nhóm này đã gây ra ...") is a clause of its own; "xác minh, phân tích mẫu" lists tasks.
_FINDING = re.compile(r"\s*(?:rằng(?!\w)|[,:]\s*(?:[^\W\d_]+\s+){1,5}?(?:là|đã)(?!\w))")
# A bracketed aside right before a reporting verb: where the subject is ("(TP X, tỉnh Y)")
_ASIDE_BEFORE = re.compile(r"\s*\(([^()]{1,80})\)\s*$")
_PLACE_MARKED = re.compile(_PLACE_MARKERS + r"\s+[" + UPPER + r"]")


def _a_place_name(text: str) -> bool:
    """A marked place ("huyện X", "TP. Y") or a place the table or the recognizer knows."""
    return bool(_PLACE_MARKED.match(text)) or bool(names.place(text)) or _recognizer().known_place(text)


def _places_only(aside: str) -> bool:
    """Every comma-separated part of a bracket is a place, marked ("TP X", "tỉnh Y") or in
    the place table (not the recognizer's places: "(Bến X)" is a wharf, a company's site)."""
    return all(_PLACE_MARKED.match(p.strip()) or names.place(p.strip()) for p in aside.split(","))


# "rằng" within a few words (when the ruling was made, by whom): what was ruled follows
_THAT_AHEAD = re.compile(r"(?:\s+[^\s,.;:“”]+){0,6}?\s+rằng(?!\w)")
_SAID_AFTER_PAUSE = re.compile(r"\s*(?:rằng(?!\w)|[,:]\s*\S)")
# ... or "việc ...": what an inspection concluded about a matter ("Thanh tra kết luận việc
# cấp phép là sai quy định"), not "kết luận thanh tra"
_CONCLUDED_THAT = re.compile(r"\s*(?:rằng(?!\w)|việc(?!\w)|[,:]\s*\S)")
# ... or "xác định là (do) ...": what was determined ("nguyên nhân được X xác định là do
# sét đánh"), not "xác định danh tính"
# ... or who did it, named within the clause: "Cơ quan điều tra xác định người trộm là X",
# "công an xác định X có liên quan"
# ... or how many were found, or what someone did: "Bộ Công an xác định có 12 bị hại ...",
# "X bị cơ quan điều tra xác định đã phạm tội ..."
_DETERMINED_THAT = re.compile(
    r"\s*(?:rằng(?!\w)|là(?!\w)|[,:]\s*\S|(?:có\s+)?\d|đã(?!\w))"
    r"|[^,.;:“”]{1,80}?\s(?:là|có liên quan)(?!\w)"
)
# What was revealed: after a pause, "rằng", a plan ("sẽ"), or a clause whose subject is
# the speaker again ("X hé lộ mình đã ...")
_REVEALED_THAT = re.compile(r"\s*(?:rằng(?!\w)|sẽ(?!\w)|[,:]\s*\S|(?:mình|cô|anh|chị|ông|bà|họ|bản thân)\s)")
# What is shared that is no word ("chia sẻ lợi nhuận với chủ sở hữu", "chia sẻ hình ảnh"):
# a thing handed out or posted, not something said
_SHARED_THING = re.compile(
    r"(?!\s+(?:lợi nhuận|doanh thu|chi phí|rủi ro|gánh nặng|tỉ lệ|tỷ lệ|cổ phần|hình ảnh|video|clip|"
    r"bài viết|đường link|link)(?!\w))"
)
_ONLY_BEFORE = {
    "chia sẻ": _SHARED_THING,
    "kể": _TOLD_SOMEONE_THAT,  # "bà X kể với đài phát thanh rằng ...", not "kể từ", "đáng kể"
    "chỉ ra": _BEFORE_CLAUSE,
    "dọa": _THREAT,
    "đe dọa": _THREAT,
    "xác minh": _FINDING,
    "làm rõ": _FINDING,
    # what an inquiry or a body determined, then said: "Bước đầu, cơ quan CSĐT xác định,
    # nạn nhân bị ngạt khí ...", "Thanh tra kết luận: ..." (not "xác định danh tính",
    # "chưa xác định được", "kết luận thanh tra")
    "xác định": _DETERMINED_THAT,
    "kết luận": _CONCLUDED_THAT,
    # what was revealed is said only after a pause, "rằng" or a plan ("X hé lộ, ...",
    # "X hé lộ sẽ ..."), not "hé lộ một bất ngờ", "hé lộ hình ảnh"
    "hé lộ": _REVEALED_THAT,
    "bật mí": _REVEALED_THAT,
    "đáp": _SAID_AFTER_PAUSE,
    "khoe": _SAID_AFTER_PAUSE,
    "thốt lên": _SAID_AFTER_PAUSE,
    "nhớ lại": _SAID_AFTER_PAUSE,
    "phán quyết": _THAT_AHEAD,  # "tòa phán quyết hồi tháng 6 rằng ...", not "phán quyết của tòa"
    # "những yếu tố lý giải cho sự sa sút ...": what accounts for a thing, not an explanation given
    "lý giải": re.compile(r"(?!\s+cho\s+(?:sự|việc|những|các|điều|tình trạng|hiện tượng)(?!\w))"),
}


# A modal of obligation or possibility right before the verb ("cần lưu ý", "phải nói lời
# chia tay", "có thể cảnh báo sớm"): what the subject should or could do. ("nên" is
# also "so": "... nên đề nghị" reports.)
# not "buộc phải thừa nhận", "đã phải nói rằng" (had to admit, had to say: said), nor
# an exclamation ("phải thốt lên": forced out, not a duty; it was said)
_ADVISED = re.compile(r"(?<!\w)(?<!buộc )(?<!đã )(?:cần|phải|có thể)\s+$")
_NEVER_ADVISED = {"thốt lên"}
# An aim right before the verb ("với mục đích kêu gọi ...", "nhằm kêu gọi ...", "mục tiêu
# cảnh báo ..."): what an event or a programme is for, nobody's words
_PURPOSE = re.compile(r"(?<!\w)(?:mục đích|mục tiêu|nhằm)\s+$", re.I)


_COMMENTATOR = re.compile(r"\s+viên(?!\w)")
_TALK = re.compile(r"\s+chuyện(?!\w)")


# An interrogative right after the verb: the sentence asks what someone says.
_ASKS = re.compile(r"(?:gì|sao|ra sao|thế nào|như thế nào|những gì)(?!\w)", re.I)


# A passive right before a reporting verb, no agent between: the subject was told.
# Only verbs whose object is the one told ("Thông tin được tiết lộ" has no addressee).
_TOLD = re.compile(r"(?<!\w)(?:được|bị)\s+$")
_TELLING_SOMEONE = {
    "thông báo",
    "cho biết",
    "yêu cầu",
    "đề nghị",
    "cảnh báo",
    "khuyến cáo",
    "lưu ý",
    "khuyên",
    "gợi ý",
}
# Verbs of judging: their passive with no agent says what the subject was found to be.
# ... and of revealing ("Bản thiết kế đã được hé lộ": shown, by nobody named).
_JUDGED = {
    "xác định",
    "đánh giá",
    "nhận định",
    "mô tả",
    "dự báo",
    "dự đoán",
    "kết luận",
    "xác minh",
    "hé lộ",
    "tiết lộ",
}


# A negation right before a reporting verb (a word such as "hề", "từng" or "ký" between).
# ("hàng không", aviation, is no negation: "hãng hàng không X cho biết")
_NEGATED = re.compile(r"(?<!\w)(?<!hàng\s)(?:không|chưa|chẳng)\s+(?:[^\W\d_]+\s+)?$", re.I)


# A condition opening the sentence, its consequence after "thì": nothing in it was said
_HYPOTHETICAL = re.compile(r"(?:Trong trường hợp|Nếu như|Nếu|Giả sử|Giả như)(?!\w)\s*,?")
_THEN = re.compile(r"(?<!\w)thì(?!\w)")
_CONCESSIVE = re.compile(r"(?:Dù|Mặc dù|Tuy rằng|Dẫu|Cho dù|Dẫu cho)\s", re.I)


# "Đây là nhận định về X của ông Y", "Đó là ý kiến của Bộ Z": a sentence that credits the
# one before it to its owner, named after "của" (within a few words of it: "ông", a title)
_VIEW_OF = re.compile(
    r"^(?:Đây|Đó|Trên đây) là (?:(?:lời|những|các)\s+)?(?:nhận định|ý kiến|quan điểm|đánh giá|chia sẻ|"
    r"khẳng định|phát biểu|nhận xét|thông tin)(?!\w)"
)
_OWNER_OF = re.compile(r"(?<!\w)của\s+")
# ... or by whom, right after the noun: "Đó là thông tin được ông X chia sẻ tại hội nghị"
# (not a "do" further on: "... của các chuyên gia tại hội thảo do Viện X tổ chức")
_VIEW_BY = re.compile(r"\s+(?:(?:này|đó)\s+)?(?:được|do)\s+")
_VIEW_REACH = 160  # characters after the noun in which "của" names the owner (after "về X")
_HONORIFIC_REACH = 12  # characters between "của" and the owner's name ("ông ", "Tiến sĩ ")


# Where a victim went to report, between the subject and "trình báo": "anh X đến Công an
# quận Y trình báo": X reports, not the police
_GONE_TO = re.compile(r"\s(?:đến|tới|lên)\s[^,;:“”]{1,60}?\s*$")


# A credit by a verb of asking after a quotation ("“...?”, ông X hỏi."): no statement
# verb of its own, but the words in the marks are the asker's
_ASKED_AFTER = re.compile(r"\s*[,–-]\s*([^.!?“”]{1,60}?)\s+(?:hỏi lại|hỏi|vặn lại|chất vấn)\s*[.!]?\s*$")


# A clause of time opening the sentence: its verbs are the background of a statement in
# the main clause after its comma ("Sau khi X đề nghị ..., một chuyên gia phân tích:
# ...", "Khi nghe X đề nghị ..., ông Y cho biết: “...”"); so is the topic a sentence
# opens with ("Về việc X đề nghị ..., Ủy ban Y cho rằng, ...": what Y speaks about)
_OPENING_BACKGROUND = re.compile(
    r"\s*(?:" + _WHEN_CLAUSE.pattern + r"|(?:Về|Trước|Đối với)\s+(?:việc|đề xuất|đề nghị)(?!\w))", re.I
)


# A sentence whose subject is left out after an opener that goes on ("Đồng thời đề nghị
# ...", "Ngoài ra, cũng cho biết ..."): the speaker of the sentence before says more.
_GOES_ON_SAYING = re.compile(
    r"(?:Đồng thời|Ngoài ra|Bên cạnh đó|Cùng với đó|Tiếp đó|Sau đó)\s*,?\s*(?:(?:cũng|còn|thì)\s+)*"
)


# What follows a closing quotation mark: punctuation, a dash or the end ("...”, ông X
# nói", "...”."); a word right after it ("góp ý” Tôi ...", "cho biết:”Về ...") shows the
# mark typed for an opening one.
_AFTER_A_CLOSE = re.compile(r"\s*(?:[,.;:!?…)\]–-]|$)")


# Sentences looked back for the opening of a quotation that closes in a later one: a
# quotation printed over several paragraphs opens once and closes once (the longest in
# the own gold runs over 6 sentences).
_QUOTATION_REACH = 8


def _quotation_open_before(s: Sentence, article_sentences: list[Sentence]) -> bool:
    """A quotation opened in an earlier sentence is still open: within the
    `_QUOTATION_REACH` sentences before `s` (in its paragraph or the paragraphs before
    it, as a quotation of several paragraphs is printed) an opening mark is left
    unclosed, the marks paired as brackets (`_open_at_end`)."""
    before = [p for p in article_sentences if p.index < s.index][-_QUOTATION_REACH:]
    return _open_at_end(" ".join(p.text for p in before))


# A verb of saying joined to the clause before it by a conjunction, with no subject of
# its own between them: ", nhưng cho hay", "và nói thêm", ", đồng thời khẳng định"
_SECOND_VERB = re.compile(
    r"(?:,\s*|\s+)(?:nhưng|song|và|đồng thời|rồi)\s+(?:(?:" + _ADVERBS + r"|vẫn|thêm)\s+)*$", re.I
)
_SECOND_VERB_REACH = 60  # characters looked back for it (a conjunction and its adverbs)


def _opening_subject(
    index: Index,
    s: Sentence,
    verb_start: int,
    article_sentences: list[Sentence],
    found: list[Found],
    earlier: list[Quote],
) -> Speaker | None:
    """The subject of the sentence's first clause, when a name or a role opens the
    sentence and a lowercase verb follows it: the speaker of a verb joined to that clause
    with no subject of its own ("Người phát ngôn Bộ X từ chối ..., nhưng cho hay ...")."""
    text = s.text
    # where a name ends: the subject's end, when a lowercase verb follows
    ends = sorted(
        {f.mention.end for f in found if f.mention.kind in ("PER", "ORG", "NAME", "ROLE")}
        | {n.end for n in index.recognized.get(id(s), ()) if n.type in ("PER", "ORG")}
    )
    for end in ends:
        if end >= verb_start:
            break
        if not _LOWERCASE_VERB_AFTER.match(text, end):
            continue  # a name inside the subject ("Bộ Ngoại giao X" of its spokesman)
        if any(c in text[end:verb_start] for c in ".;:") or _CLAUSE_OF_ITS_OWN.search(text, end, verb_start):
            # another sentence or what was said between, or a clause with its own subject
            # ("bà X đến cửa hàng, Công an phường Y vào cuộc và yêu cầu ..."): not one clause's verbs
            return None
        speaker = _attribute(index, s, end + 1, article_sentences, found, earlier)
        if speaker is None or speaker.start < 0 or not _opens(text, speaker.start):
            return None
        if speaker.kind != "anonymous" and not _a_name_read(index, s, speaker):
            return None  # "Điều trị tại chỗ và yêu cầu ...": a capitalised word, not "Điều"
        return speaker
    return None


def _a_name_read(index: Index, s: Sentence, speaker: Speaker) -> bool:
    """Whether the speaker is a name: resolved to an entity, tagged by the recognizer, of
    two words or more, or a word capitalised where a sentence does not begin."""
    f = speaker.found
    if f is None:
        return False
    if f.entity is not None or len(f.mention.text.split()) > 1:
        return True
    if any(n.end == f.mention.end for n in index.recognized.get(id(s), ())):
        return True
    return bool(s.text[: f.mention.start].strip(" -–—+•*“\"'"))


# A comma and a capitalised word: a clause with a subject of its own
_CLAUSE_OF_ITS_OWN = re.compile(r",\s*[" + UPPER + r"]")


_LOWERCASE_VERB_AFTER = re.compile(r" (?:(?:" + _ADVERBS + r"|vẫn|không)\s+)*[" + LOWER + r"]")


def _said_too(s: Sentence, said: str, out: list[Quote]) -> None:
    """`said` is one more statement of whoever made the statement read in the sentence
    right before `s` (none when no statement was read there)."""
    before = (s.article_id, s.index - 1)
    last = next((q for q in reversed(out) if before in q.places()), None)
    if last is None or len(said.split()) < _MIN_WORDS:
        return
    out.append(
        Quote(said, "reported", last.speaker, last.speaker_text, s.article_id, s.index, last.speaker_kind)
    )


def _reported(index: Index, s: Sentence, out: list[Quote], article_sentences: list[Sentence] = ()) -> None:
    text = s.text
    quoted = [(m.start(), m.end()) for m in re.finditer(rf"{_OPEN}[^{_CLOSE}]*{_CLOSE}?", text)]
    closing = text.find(_CLOSE)
    if (
        closing >= 0
        and not (quoted and quoted[0][0] < closing)
        and _AFTER_A_CLOSE.match(text, closing + 1)
        and _quotation_open_before(s, article_sentences)
    ):
        # the last sentence of a quotation printed over several: its words up to the
        # closing mark are quoted ("... thông suốt”, ông X nói.")
        quoted.insert(0, (0, closing + 1))

    def in_quote(pos: int) -> bool:
        return any(a <= pos < b for a, b in quoted)

    found = index.in_sentence(s)
    view = _VIEW_OF.match(text)
    if view is not None and s.index > 0:
        # "Đây là nhận định về ... của ông X, khi trao đổi với ...": the sentence before is
        # X's statement, credited after it
        before_it = next((p for p in article_sentences if p.index == s.index - 1), None)
        by = _VIEW_BY.match(text, view.end())
        owners = (
            f
            for of in ([by] if by else _OWNER_OF.finditer(text, view.end(), view.end() + _VIEW_REACH))
            for f in found
            if of.end() <= f.mention.end
            and f.mention.start <= of.end() + _HONORIFIC_REACH
            and f.mention.kind in ("PER", "ORG", "NAME")
            and f.entity is not None
        )
        owner = next(owners, None)
        if (
            before_it is not None
            and owner is not None
            and len(before_it.text.split()) >= _MIN_WORDS
            and not {_OPEN, _CLOSE} & set(before_it.text)
        ):
            speaker = _as_speaker(owner)
            out.append(
                Quote(
                    before_it.text,
                    "reported",
                    _entity_id(index, owner),
                    speaker.text if speaker else owner.mention.text,
                    s.article_id,
                    before_it.index,
                    _kind(speaker, index),
                )
            )
            return
    relayed = _AS_REPORTED.match(text)
    theo = (
        _THEO_PRONOUN.match(text)
        or _THEO.match(text)
        or relayed
        or _FIRST_NEWS.match(text)
        or _theo_at_the_end(text)
    )
    if theo and theo is not relayed and (
        _RULES.match(text, theo.start(1)) or _RULE_CITED_IN.search(text, theo.start(1), theo.end(1))
    ):
        # "Theo Điều 12 Luật X, người nào ...", "theo Bộ Y tại Nghị định Z quy định, ...":
        # what a law lays down
        theo = None
    if theo:
        # "Theo lời ông X", "theo nhận định của Bộ Y": the words or the view of whom follows
        saying = _SAYING_NOUN.match(text, theo.start(1), theo.end(1))
        cited_start = saying.end() if saying else theo.start(1)
        comrade = _COMRADE.match(text, cited_start, theo.end(1))
        if comrade:
            cited_start = comrade.end()  # "Theo đồng chí X - Bí thư Y, ...": X
        cited_end = theo.end(1)
        relay = _RELAY_INSIDE.search(text, cited_start, cited_end)
        relayed_one = relay and next(
            (
                f
                for f in found
                if f.mention.kind in ("PER", "ORG", "NAME")
                and _RELAYED_ONE.fullmatch(text, relay.end(), f.mention.start)
            ),
            None,
        )
        if relayed_one:
            # "Theo kênh X dẫn lời (kể của) trung sĩ Y, ...": Y's words, relayed by X
            cited_start = relayed_one.mention.start
        told = _TOLD_TO.search(text, cited_start, cited_end) if saying else None
        if told:
            cited_end = told.start()  # "Theo lời kể của X với bác sĩ, ...": X told it
        if saying and saying.group(0).rstrip().endswith("được"):
            # "Theo thông tin được X công bố vào ngày D, ...": X, up to what it did
            agent_verb = _AGENT_VERB.search(text, cited_start, cited_end)
            cited_end = agent_verb.start() if agent_verb else cited_end
        mention = next(
            (
                f
                for f in found
                if f.mention.start == cited_start and _past_bracket(text, f.mention.end) >= cited_end - 1
            ),
            None,
        ) or _with_apposition(found, text, cited_start, cited_end)
        if mention is None:
            # (its short form in a bracket after it is no part of the name: "... (UNHCR)")
            acronym = _BRACKET_AT_END.search(text, cited_start, cited_end)
            name_end = acronym.start() if acronym is not None else cited_end
            body = _body_with_lowercase_tail(found, text, cited_start, name_end)
            if body is not None:
                # "Theo Ban Quản lý dự án phát triển ngành X và Y, ...": the body, named in full
                entity = index.organisation(text[cited_start:name_end], s)
                mention = Found(s, _body_mention(cited_start, name_end, text[cited_start:name_end]), entity)
        speaker = _as_speaker(mention) if mention is not None and mention.mention.kind != "LOC" else None
        if speaker is None and _BARE_PRONOUN.fullmatch(theo.group(1)):
            # "Theo ông, ...": the unnamed person the sentence before was about ("Một quan
            # chức ... tỏ ra quan ngại. Theo ông, ..."), or the person the sentences before
            # named, one the story calls so ("bà X" for "Theo bà")
            speaker = _unnamed_subject_before(
                index, s, list(article_sentences), theo.start(1), theo.group(1).strip()
            )
            speaker = speaker or _person_or_relative(
                _pronoun_referent(index, s, list(article_sentences), theo.group(1).split()[0])
            )
        if speaker is None:
            # "Theo Thượng tá X, ...": a title and a one-word name the story gives in full
            speaker = _as_speaker(_titled_by_last_name(index, s, theo.group(1)))
        if speaker is None or (speaker.found is not None and speaker.found.entity is None):
            # "Theo Thống đốc, ...": the title alone, its holder named before in the article
            speaker = _as_speaker(_holder_of_bare_title(index, s, theo.group(1))) or speaker
        if speaker is None and saying:
            # "Theo đánh giá của giới chuyên gia ...": the collective after the noun
            speaker = _source_speaker(index, s, cited_start, cited_end, list(article_sentences), found, out)
        if speaker is None:
            speaker = _source_speaker(
                index, s, theo.start(1), theo.end(1), list(article_sentences), found, out
            )
        if speaker is None and _THIS_PERSON.fullmatch(text, theo.start(1), theo.end(1)):
            # "Theo vị này, ...": the one who spoke just before
            phrase = text[theo.start(1) : theo.end(1)]
            speaker = _this_one(index, s, phrase, theo.start(1), list(article_sentences), out)
        cited = theo.group(1)
        tagged_body = any(  # "Theo Lao động, ...": a name the recognizer reads as a body
            n.type == "ORG" and n.start == theo.start(1) and n.end == theo.end(1)
            for n in index.recognized.get(id(s), ())
        )
        if speaker is None and (
            (relayed or tagged_body) and cited[:1].isupper() and len(cited.split()) <= _LONGEST_BODY
            or _CAMEL_CASE_BRAND.fullmatch(cited)
        ):
            entity = index.organisation(cited, s)  # "Như ANTĐ thông tin": the outlet
            mention = _body_mention(theo.start(1), theo.end(1), cited)
            speaker = Speaker(Found(s, mention, entity), cited, "organisation", theo.start(1))
        inner = _inner_attribution(theo.group(2)) or _named_subject_verb(found, text, theo.start(2))
        if (inner is not None and _mention_within(
            found, theo.start(2), theo.start(2) + inner[0], ("PER", "ORG")
        )) or _unnamed_subject_verb(text, theo.start(2)):
            # (or an unnamed source with its verb: "Theo hãng X, một nguồn tin giấu tên cho
            # biết ...": the source speaks, of its kind)
            # "Theo báo X, bà Y - chủ nhà nghỉ Z cho biết: “...”": Y speaks (what the paper
            # relayed is hers), found from her own verb below
            speaker = None
        if speaker is not None and speaker.kind == "anonymous" and _NAMED_THEN_VERB.match(theo.group(2)):
            # "Theo thông tin ban đầu, Hà cho biết ...": the one named speaks, from his verb
            speaker = None
        holder = _holder_after_cited_title(found, text, theo)
        if holder is not None:
            # "Theo Phó Chủ tịch X của hãng Y, (ông) Z, ...": the title's holder, named
            # after it between commas, speaks; what he said follows his name
            speaker = _as_speaker(holder[0])
        if speaker is not None:
            said = theo.group(2).strip() if holder is None else text[holder[1] :].strip()
            listed = _LIST_RUNS_ON.match(theo.group(2)) if holder is None else None
            if listed:
                # "Theo dữ liệu từ X trên các sàn A, B và C, ...": the comma after "Theo X"
                # was inside a list; what was said follows the list
                said = theo.group(2)[listed.end() :].strip()
            role = _role_after_name(speaker, theo.group(2)) if holder is None else None
            if role:
                # "Theo ông X, Giám đốc Y, ...": the title is his, what he said follows it
                said = theo.group(2)[role:].strip()
                verb = _VERB.match(said)
                if verb:  # "..., Giám đốc Y, cho biết ...": the verb too is not said
                    said = _content(said[verb.end() :])
            if inner is not None:
                # "Theo ông Y, Giám đốc công ty Z cho biết, ...": the title restates Y; what
                # he said follows the verb
                said = _content(theo.group(2)[inner[1] :])
            if len(said.split()) >= _MIN_WORDS and (not said.startswith(_OPEN) or _quoted_subject(said)):
                out.append(
                    Quote(
                        said,
                        "reported",
                        # "Như X thông tin": X is a paper or a body, not a person
                        _entity_id(index, speaker.found, "đưa tin" if relayed else ""),
                        speaker.text,
                        s.article_id,
                        s.index,
                        _kind(speaker, index),
                    )
                )
            return
    if _quoting_at_the_end(index, s, text, found, list(article_sentences), out, in_quote):
        return
    background = _OPENING_BACKGROUND.match(text)
    background_end = text.find(",", background.end()) if background else -1
    if background_end >= 0 and not _VERB.search(text, background_end):
        background_end = -1  # no statement after it: its own is the sentence's ("Sau khi bác sĩ thông báo")
    for v in _VERB_OR_SHOWING.finditer(text):
        if in_quote(v.start()) or _ATTITUDE.match(text, v.start()) or _AFORESAID.match(text, v.start()):
            continue
        if v.start() < background_end:
            continue  # "Sau khi doanh nghiệp đề nghị ..., chuyên gia X phân tích: ...": background
        if v.group(1).lower() in ("tuyên bố", "thông báo") and _JOINT.match(text, v.end()):
            continue  # "dẫn tuyên bố chung cho biết ...": the joint statement, a noun
        if _NOUN_THEN_DEMONSTRATIVE.match(text, v.end()):
            continue  # "ban hành thông báo trên là vì ...", "tuyên bố này": the thing said
        before = max(0, v.start() - 20)
        if v.group(1).lower() in _DOCUMENT_VERBS and _READ_OUT.search(text, before, v.start()):
            continue
        if _AS_NOUN.search(text, before, v.start()) or (
            v.group(1).lower() == "góp ý" and _COMMENTS.search(text, before, v.start())
        ):
            continue
        if v.group(1).lower().startswith("đăng"):
            continue  # "X đăng tải dòng trạng thái: “...”": the quotation is the statement
        if (
            v.group(1).lower() in _ONLY_BEFORE_STATEMENT
            and not _OPENS_STATEMENT.match(text, v.end())
            and not _MEDIUM_THEN_THAT.match(text, v.end())
        ):
            continue
        if _OF_AFTER.match(text, v.end()):
            continue  # "Tuyên bố của ông X ...", "đề nghị của Y": a noun, its owner after it
        if _HYPOTHETICAL.match(text) and _THEN.search(text, v.end()):
            continue  # "Trong trường hợp X thông báo ... thì ...": what would follow, nothing said
        if (
            _CONCESSIVE.match(text)
            and "," not in text[: v.start()]
            and "," in text[v.end() :]
            and _VERB.search(text, text.index(",", v.end()))
        ):
            # "Dù X khuyên ..., Y vẫn nói ...": the conceded words are the background of
            # the statement after the comma (alone, "Dù X cho biết A nhưng B" reports A)
            continue
        if (
            v.group(1).lower() in _NAME_WORDS
            and fold(text[slice(*_subject_span(text, v.start()))]) in sources.BODIES
            and _NAME_GOES_ON.match(text, v.end())
        ):
            continue  # "Trung tâm dự báo Khí tượng Thủy văn ...": the verb is a word of a name
        if _inside_a_name(found, text, v):
            continue  # "Giám đốc Trung tâm Dự báo X, cho biết ...": a capitalised word of a name
        if v.group(1).lower() in _ONLY_AFTER_DOCUMENT:
            src = sources.phrase_at(text, *_subject_span(text, v.start()))
            if src is None or src.head not in _SHOWING_DOCUMENTS:
                # "Hình ảnh cho thấy ...": what a picture shows is nobody's statement, and
                # "Tuyên bố trên cho thấy ..." is the writer's reading of one
                continue
        ahead = _ONLY_BEFORE.get(v.group(1).lower())
        if ahead is not None and not ahead.match(text, v.end()):
            continue
        if _SUFFERED.search(text, max(0, v.start() - 12), v.start()):
            continue  # "X đang bị chỉ trích vì ...", "bị phản bác": X is spoken of
        if _NEGATED.search(text, max(0, v.start() - 30), v.start()):
            # "X không cho biết ...", "Y chưa xác nhận ...", "bên bán không ký xác nhận cho
            # ...": nothing said is reported
            continue
        if v.group(1).lower() == "bình luận" and _COMMENTATOR.match(text, v.end()):
            continue  # "bình luận viên X": a trade, not a comment
        if v.group(1).lower() == "nói" and _TALK.match(text, v.end()):
            continue  # "nói chuyện với ...": a talk, not words reported
        if _PURPOSE.search(text, max(0, v.start() - 20), v.start()):
            continue  # "... tổ chức với mục đích kêu gọi mọi người ...": an aim, not words said
        advised = _ADVISED.search(text, max(0, v.start() - 12), v.start())
        if advised and v.group(1).lower() not in _NEVER_ADVISED:
            continue  # "Cha mẹ cần lưu ý ...": advice to the subject, not its words
        if v.group(1).lower() in _TELLING_SOMEONE | _JUDGED and _TOLD.search(
            text, max(0, v.start() - 20), v.start()
        ):
            # "X đã được thông báo rằng ...": X was told, by nobody named; "Nạn nhân được
            # xác định là ...": X was judged so, by nobody named
            continue
        subject_end = v.start()
        if v.group(1).lower() == "trình báo":
            gone = _GONE_TO.search(text, max(0, v.start() - 80), v.start())
            subject_end = gone.start() if gone is not None else subject_end
        speaker = _attribute(index, s, subject_end, list(article_sentences), found, out)
        aside = _ASIDE_BEFORE.search(text, 0, v.start()) if speaker is None else None
        if aside is not None and _places_only(aside.group(1)):
            # "Đồn biên phòng X (TP Y, tỉnh Z) cho biết": the subject ends where the bracket
            # that places it opens
            speaker = _attribute(index, s, aside.start(), list(article_sentences), found, out)
            if speaker is not None and _a_place_name(speaker.text):
                speaker = None  # the place before the bracket, not who spoke
        if speaker is None and _SECOND_VERB.search(text, max(0, v.start() - _SECOND_VERB_REACH), v.start()):
            # "X từ chối nêu tên người đó, nhưng cho hay ...": a second verb of the
            # sentence's subject, with no subject of its own
            speaker = _opening_subject(index, s, v.start(), list(article_sentences), found, out)
        if speaker is None:
            if _GOES_ON_SAYING.fullmatch(text, 0, v.start()):
                _said_too(s, _content(text[v.end() :]), out)
            continue
        if v.group(1).lower() in _REPORTED_BY_THE_MANY and (
            _kind(speaker, index) not in ("organisation", "anonymous")
            or _TOLD.search(text, max(0, speaker.start - 8), speaker.start)
        ):
            # "phong cách của ông ... phản ánh ...", "điều được X phản ánh", "cách tiếp cận
            # trong cuộc khủng hoảng X phản ánh một thực tế": a person, or a thing of no
            # kind, reflects
            continue
        if (
            speaker.start > 0
            and _CLOSE in text[: speaker.start]
            and (
                _CIRCUMSTANCE_AFTER_QUOTE.match(text, v.end())
                or (
                    v.group(1).lower() in _JUDGING_VERBS
                    and _ATTRIBUTION_GAP.fullmatch(
                        text, text.rfind(_CLOSE, 0, speaker.start) + 1, speaker.start
                    )
                    and not _THAT_NEXT.match(text, v.end())
                    and len(text[v.end() :].split()) <= JUDGED_OBJECT_WORDS
                )
            )
        ):
            # "“...”, X nhấn mạnh tại buổi lễ.": the quotation is what was said (a direct
            # statement); what follows the verb is where, or what the quotation judged
            # ("“...” - giám khảo X nhận xét phần trình diễn của nhóm.")
            continue
        if _BECAUSE.search(text, max(0, v.start() - 60), v.start()):
            # "do A cho rằng B coi thường mình": a motive, not a statement (but
            # "báo cáo do X trình bày cho rằng" is X's report speaking)
            continue
        if (
            speaker.start > 0
            and _PASSIVE.search(text, 0, speaker.start)
            and _CIRCUMSTANCE.match(text, v.end())
        ):
            # "Lời hứa ấy được X nói khi ...", "Con số này được bà X công bố tại ...":
            # what was said is the sentence's subject, before the verb; what follows the
            # verb is when or where ("Y được X đánh giá rất cao" still says X's judgement)
            continue
        place = speaker.found is not None and speaker.found.mention.kind == "LOC" and speaker.start >= 0
        if (
            place
            and speaker.text == speaker.found.mention.text
            and v.group(1).lower() not in _STATE_VERBS
            and not _SIDE.search(text[: speaker.start])
        ):
            continue  # "Việt Nam chia sẻ mong muốn...": a country shares a wish ("Phía Mỹ" speaks)
        published = v.group(1).lower() in _PUBLISHED_DOCUMENTS and _PUBLISHED.search(
            text, max(0, v.start() - 20), v.start()
        )
        rest = text[v.start() if published else v.end() :]
        as_above = _AS_ABOVE.match(rest)
        if as_above and _COPULA_NEXT.match(rest, as_above.end()):
            continue  # "Lần gần nhất một nhà vua phát biểu như vậy là ...": when, not what
        before_it = as_above and next((p for p in article_sentences if p.index == s.index - 1), None)
        if (
            before_it
            and len(before_it.text.split()) >= _MIN_WORDS
            and not {_OPEN, _CLOSE} & set(before_it.text)
        ):
            # "Ông X cho biết như trên tại hội nghị ...": what the sentence before said
            out.append(
                Quote(
                    before_it.text,
                    "reported",
                    _entity_id(index, speaker.found, v.group(1)),
                    speaker.text,
                    s.article_id,
                    before_it.index,
                    _kind(speaker, index),
                )
            )
            return
        opened = text.rfind("(", 0, v.start())
        if opened >= 0 and ")" not in text[opened : v.start()] and ")" in rest:
            rest = rest[: rest.index(")")]  # said inside a bracket ends with it
        if v.group(1).lower() in _TELLING_VERBS and _PRESS_ADDRESSED.match(rest):
            # "X trả lời phỏng vấn báo Y rằng ...", "trả lời phóng viên là ...": the press,
            # then what was said, if anything
            # ("X nói khi trả lời báo chí sau trận đấu": nothing, at this verb)
            that = _THAT_AFTER_PRESS.search(rest)
            if that is None:
                continue  # the next verb, if any, says it ("trả lời phỏng vấn X cho biết")
            rest = rest[that.end() :]
        if v.group(1).lower() in _TELLING_SOMEONE:
            # "khuyên tôi rằng ...", "thông báo với gia đình rằng ...": who was told, then what
            told = _ADDRESSEE_THEN_THAT.match(rest)
            if told and not _NOT_AN_ADDRESSEE.search(told.group(0)):
                rest = rest[told.end() :]
        said = _content(rest)
        if not said.strip(" .") and speaker.start > 0 and not text.rstrip().endswith(":"):
            # (a sentence ending "X cho biết:" introduces what follows, not what came before)
            # the statement comes first: "..., 27 thi thể đã được tìm thấy, X, giám đốc Y cho biết."
            start = speaker.start
            if speaker.found is not None and speaker.found.entity is not None:
                # "..., X, giám đốc Y cho biết." with the title read as X: what was said
                # ends before X's name
                named = [
                    f.mention.start
                    for f in found
                    if f.entity is speaker.found.entity
                    and f.mention.end <= start
                    and not text[f.mention.end : start].strip(" ,–-")
                ]
                start = min(named, default=start)
            before = _BY.sub("", text[:start]).rstrip(" ,–-")
            # "“...”, thông báo của X nhấn mạnh.": a credit of the quotation (the direct
            # statement), not a statement before it
            close = before.rfind(_CLOSE)
            lead = before[: max(0, before.rfind(_OPEN, 0, close))] if close >= 0 else ""
            credit = (
                close >= 0
                and bool(_CREDIT_TAIL.fullmatch(before[close + 1 :]))
                # "A nói rằng “...”, X cho hay.": a reported statement holding a quotation
                and (len(lead.split()) < _MIN_WORDS or lead.rstrip().endswith(":"))
            )
            if (
                before
                and not before.endswith((_CLOSE, '"'))
                and not credit
                and len(before.split()) >= _MIN_WORDS
            ):
                said = before
        confirmed = _OBJECT_THEN_VERB.match(said)
        second = _SAYING_VERB.match(said, confirmed.end()) if confirmed is not None else None
        if second is not None:
            # "X xác nhận vụ việc trên và cho biết ...": what the first verb took is a
            # short object; what was said follows the second, a verb of saying
            said = _content(said[second.end() :])
        joined = _AND.match(said)
        if joined is not None:
            # "X phát biểu và hứa sẽ ...": what follows the second verb; "X xác nhận và từ
            # chối tiết lộ thêm": nothing said
            second = _VERB.match(said, joined.end())
            said = _content(said[second.end() :]) if second is not None else ""
        claimed = v.group(1).lower() == "thừa nhận" and _CLAIMED_ACT.match(said)
        short_clause = _PAUSE_AFTER_VERB.match(text, v.end()) and _OWN_SUBJECT_CLAUSE.match(said)
        claimed = claimed or short_clause
        if said.startswith(_OPEN) or _EMPTY.match(said) or (len(said.split()) < _MIN_WORDS and not claimed):
            return
        if _ASKS.match(said) and text.rstrip(' ”"').endswith("?"):
            return  # "Chính quyền nói gì về việc chậm di dời?": a question (an intertitle)
        if _TOLD_SO_THAT.match(v.group(1)) and said.startswith("để "):
            return  # "loan báo cho mọi người biết để ...": why they were told, nothing said
        if v.group(1).lower() in _TELLING_VERBS and _TOPIC_ONLY.match(said):
            return  # "X chia sẻ về chuyện ...", "X trả lời câu hỏi về ...": a topic, not words
        if v.group(1).lower() == "bày tỏ" and _FEELING_NOUN.match(said) and not _THAT_OR_PAUSE.search(said):
            return  # "X từng bày tỏ ý định chuyển đến Y ...": a wish or a feeling named, no words
        if v.group(1).lower() == "báo cáo" and _REPORTED_TO.match(said) and not _THAT_OR_PAUSE.search(said):
            return  # "trường đã báo cáo với Sở X để xin ...": a step taken
        if v.group(1).lower() == "cảnh báo" and _WARNED_ABOUT.match(said) and not _WARNING_SAID.search(said):
            return  # "Nga cảnh báo Mỹ về Triều Tiên, ...": whom and what about, not the warning
        if v.group(1).lower() in _ANNOUNCING_VERBS and _ABOUT.match(text, v.end()) and ":" not in said:
            return  # "X thông báo về việc ...": a topic (not "thông báo về việc này như sau: ...")
        if v.group(1).lower() == "phát biểu" and _SPEECH_OCCASION.match(said) and not _SAYS_WHAT.search(said):
            return  # "X phát biểu tại hội nghị.", "Y phát biểu ý kiến về dự thảo": a speech given
        out.append(
            Quote(
                said,
                "reported",
                _entity_id(index, speaker.found, v.group(1)),
                speaker.text,
                s.article_id,
                s.index,
                _kind(speaker, index),
            )
        )
        return


_LOWERCASE_WORD_BEFORE = re.compile(r"(?<!\w)[" + LOWER + r"]+ $")


def _inside_a_name(found: list[Found], text: str, verb: re.Match) -> bool:
    """Whether a reporting verb is a word inside a name found in the sentence: written
    with a capital, or with more of the name after it ("Trung tâm Dự báo Velmora"); or
    written with a capital after a lowercase word, which no verb is in running text
    ("Trưởng phòng Dự báo thời tiết": a unit's name the rules did not read)."""
    start, end = verb.start(1), verb.end(1)
    if text[start].isupper() and _LOWERCASE_WORD_BEFORE.search(text, max(0, start - 12), start):
        return True
    return any(
        f.mention.start < start
        and (f.mention.end > end or (f.mention.end == end and text[start].isupper()))
        for f in found
    )


# "được"/"bị" right before the speaker (a title's lowercase words may come between): the
# reporting verb is passive ("bị cáo", "bị can", "bị hại", "bị đơn" are nouns)
_PASSIVE = re.compile(r"(?<!\w)(?:được|bị(?!\s+(?:cáo|can|hại|đơn)(?!\w)))\s+(?:[" + LOWER + r"]+\s+){0,3}$")
# What opens when or where something was said, not what was said (a day or a time of day
# may open what was said: "X được Y thông báo chiều mai sẽ có kết quả")
# (... or to whom, after a quotation: "“...”, X chia sẻ với báo Y ngày 22/5.")
_CIRCUMSTANCE = re.compile(r"\s*(?:(?:ngay\s+)?(?:sau|trước)\s+khi|khi|lúc|tại|trong|vào|ở|với)(?!\w)", re.I)
# Verbs of judging: after a quotation, their object is what the quotation judged, unless
# "rằng", "là", "và", a comma or a colon opens words of their own
_JUDGING_VERBS = frozenset({"nhận xét", "đánh giá", "bình luận", "nhận định"})
_THAT_NEXT = re.compile(r"\s*(?:[:,]|(?:rằng|là|và)(?!\w))", re.I)
# (the quotation right before its speaker, '“...” - X nhận xét', '“...”, X đánh giá'; not a
# name in quotation marks earlier in the sentence)
_ATTRIBUTION_GAP = re.compile(r"[\s,–-]*")
# What was judged is a noun phrase ("phần trình diễn của nhóm", "về tiết mục của X"); a
# longer tail is words of their own. Ten words: the longest such object in the dev stories
# read was eight
JUDGED_OBJECT_WORDS = 10
# After a quotation and its speaker's verb ("“...”, X nói sau buổi tập chiều 8/1."), also
# a time, an occasion or a medium: the quotation was what was said. Not "sau đó", "trước
# đó", which open a clause of their own.
_CIRCUMSTANCE_AFTER_QUOTE = re.compile(
    _CIRCUMSTANCE.pattern
    + r"|\s*(?:(?:sau|trước)(?!\s+(?:đó|này|khi)(?!\w))|bên lề|như thể|hôm\s+(?:nay|qua|\d+)"
    r"|(?:sáng|trưa|chiều|tối|đêm|ngày)\s+(?:nay|qua|mai|hôm|cùng|\d+|thứ|chủ nhật)"
    r"|qua\s+(?:điện thoại|email|thư|tin nhắn)|trên\s+(?:trang|tài khoản|mạng|sóng|kênh|tờ|báo))(?!\w)",
    re.I,
)


# Verbs of telling whose object may be a mere topic ("chia sẻ về chuyện tình cảm", "trả
# lời câu hỏi của phóng viên về ..."): nothing said is reported. Forecasting and judging
# verbs are not among them ("dự báo về một đợt rét đậm" says what is expected).
# A warning given to someone about something: the addressee's name, then "về" ("cảnh báo
# Mỹ về Triều Tiên"); what the warning says would follow as a clause ("sẽ", "có thể",
# "rằng", a colon).
_WARNED_ABOUT = re.compile(_A_NAME + r"\s+về\s")
_WARNING_SAID = re.compile(r"(?<!\w)(?:sẽ|có thể|rằng)(?!\w)|:")
# What "bày tỏ" may name instead of words: a wish or a feeling ("bày tỏ ý định ...",
# "bày tỏ niềm vui", "bày tỏ sự tiếc nuối", "bày tỏ tiếc nuối trước ..."); words would
# follow "rằng" or a pause
_FEELING_NOUN = re.compile(
    r"(?:ý định|nguyện vọng|niềm|nỗi|sự|lòng|tình cảm|cảm xúc|thái độ"
    r"|tiếc nuối|vui mừng|thất vọng|phấn khởi|xúc động|hài lòng|lo lắng|bức xúc|ngạc nhiên|biết ơn)(?!\w)",
    re.I,
)
_THAT_OR_PAUSE = re.compile(r"(?<!\w)rằng(?!\w)|[:,]\s*“|:")
# A report made to a body, with no words of it: "báo cáo với Sở X để ...", "báo cáo lên Y"
_REPORTED_TO = re.compile(r"(?:với|lên)\s", re.I)
# "cho X biết" with whom it was told between
_TOLD_SO_THAT = re.compile(r"cho\s+\S+.*\sbiết$", re.I)
_TELLING_VERBS = {"chia sẻ", "tiết lộ", "bày tỏ", "trả lời", "phát biểu", "giải thích", "tâm sự", "mô tả"}
# Telling and announcing with "về" right after the verb ("Bộ X thông báo về việc ...", "ra
# tuyên bố về vụ Y", "bà Z cho biết về lý do ..."): what it was about, not what was said.
# Right after it only: "X cho biết, về lâu dài, ..." opens what was said with an adverbial.
_ANNOUNCING_VERBS = {
    "cho biết", "cho hay", "nói", "thông báo", "tuyên bố", "thông tin thêm", "bình luận", "kể",
    "nhấn mạnh",
}
_ABOUT = re.compile(
    # (not an adverbial that opens what was said: "cho biết về cơ bản đã xong", "về lâu dài")
    r"\s*về(?!\w)(?!\s+(?:cơ bản|lâu dài|phần|phía|mặt|nguyên tắc|lý thuyết|sau|trước|tới)(?!\w))",
    re.I,
)
# What follows "phát biểu" when the sentence tells that a speech was given, not what it
# said: its occasion or place, or "ý kiến" (an opinion, about something).
_SPEECH_OCCASION = re.compile(r"(?:ý kiến|khai mạc|bế mạc|chỉ đạo|tại|trong|ở|trước)(?!\w)", re.I)
_SAYS_WHAT = re.compile(r":|(?<!\w)rằng(?!\w)")
# What opens the words told to the press ("trả lời phóng viên là ...", "... rằng ...")
_THAT_AFTER_PRESS = re.compile(r":|(?<!\w)(?:rằng|là)(?!\w)")
# The press or an interview as what a telling verb is given to ("trả lời báo chí", "chia
# sẻ với phóng viên" is `_TELLING_SOMEONE`'s)
_PRESS_ADDRESSED = re.compile(
    r"\s*(?:(?:các|những)\s+)?(?:báo chí|báo giới|phóng viên|phỏng vấn|truyền thông|giới truyền thông)(?!\w)",
    re.I,
)
_TOPIC_ONLY = re.compile(
    r"(?:thêm\s+|rõ\s+)?(?:về|câu hỏi|các câu hỏi|những câu hỏi"
    # "chia sẻ quan điểm của mình về ...": whose view, on what, not the view itself
    r"|(?:quan điểm|ý kiến|suy nghĩ|góc nhìn|cảm nhận)(?:\s+của\s+(?:mình|ông|bà|anh|chị|họ))?\s+về"
    # "chia sẻ kinh nghiệm ...", "chia sẻ câu chuyện ...": what was shared, not what was said
    # "giải thích lý do việc ...": the reason's subject (not "lý do là ...", "lý do: ...")
    r"|kinh nghiệm|câu chuyện|lý do(?!\s*(?:là|chính|:|,))"
    # "chia sẻ nhiều thông tin thú vị về ...": things told about a topic, not the things
    r"|(?:nhiều|những|một số|một vài|các)\s+(?:thông tin|điều|bí quyết|kỷ niệm)"
    r"(?:\s+[^\s,.;:“”]+){0,3}?\s+về)\b",
    re.I,
)


# Paragraphs a quotation may run over: outlets print each sentence of a long quotation as
# a paragraph of its own ("X chia sẻ: “Tôi đã ... / Mỗi bài ... / Tôi mong ...”").
MAX_QUOTE_PARAGRAPHS = 3


def _open_quotation(sentences: list[Sentence]) -> bool:
    """Whether a quotation opened in these sentences is still open at their end."""
    return _open_at_end(" ".join(s.text for s in sentences))


def _open_at_end(text: str) -> bool:
    """Whether an opening mark of `text` is left unclosed at its end, the marks paired as
    brackets are: a pair quoted inside a quotation ("khẩu hiệu “nói đi đôi với làm”") closes
    itself, not the quotation; a closing mark with nothing open (the end of a quotation
    opened before `text`) is passed over."""
    depth = 0
    for m in _MARKS.finditer(text):
        if m.group(0) == _OPEN:
            depth += 1
        elif depth:
            depth -= 1
    return depth > 0


def _quotation_groups(paragraphs: list[list[Sentence]]) -> list[list[Sentence]]:
    """The paragraphs, those a quotation runs over read as one (when it closes within
    `MAX_QUOTE_PARAGRAPHS` more; a mark never closed leaves the paragraphs apart)."""
    out: list[list[Sentence]] = []
    k = 0
    while k < len(paragraphs):
        group, j = list(paragraphs[k]), k
        while _open_quotation(group) and j + 1 < len(paragraphs) and j - k < MAX_QUOTE_PARAGRAPHS:
            j += 1
            group += paragraphs[j]
        if _open_quotation(group):
            group, j = list(paragraphs[k]), k
        out.append(group)
        k = j + 1
    return out


_POINTS_BACK = re.compile(r"\s+(?:này|đó|ấy)(?!\w)")


def _bodies_named_before(story: Story, index: Index, quotes: list[Quote]) -> None:
    """A statement of a body named by its head word alone ("Cục cho biết ...", "Hãng
    thông báo ...") is the body's the article named last with that head ("Cục Đường
    thủy Mẫu"), as a reader takes it; none named: it stays the generic one."""
    by_id = {e.id: e for e in index.entities.values()}
    articles = {a.id: a for a in story.kept_articles}
    # a body the story names twice or more: a name read once may be a span the rules
    # ran on too far ("Trung tâm ... để gửi Sở ..."), not a body to hand words to
    mentions = Counter(id(f.entity) for f in index.found if f.entity is not None)
    named_twice = {k for k, n in mentions.items() if n >= 2}
    for k, q in enumerate(quotes):
        e = by_id.get(q.speaker or "")
        if e is None or e.type != "ORG":
            continue
        article = articles.get(q.article_id)
        said_in = next((x for x in article.sentences if x.index == q.sentence), None) if article else None
        pointed = next(
            (
                f
                for f in (index.in_sentence(said_in) if said_in is not None else ())
                if f.entity is e
                and generic_organisation(f.mention.text)
                and _POINTS_BACK.match(said_in.text, f.mention.end)
            ),
            None,
        )
        if pointed is not None:
            # "Cơ quan này cũng cho biết", "bộ này nhấn mạnh": the body that spoke just
            # before, as a reader takes it
            spoke = _body_spoken_before(said_in, quotes[:k], index, pointed.mention.text, article.sentences)
            if spoke is not None:
                q.speaker = spoke.id
                continue
        head = fold(e.name) + " "
        words = e.name.split()
        if len(words) > 2 or not generic_organisation(e.name):
            if not names.org_head_at(e.name, 0) or any(
                names.place(" ".join(words[k:])) for k in range(1, len(words))
            ):
                continue
            # "Bộ Ngoại giao cho biết": the ministry of the one country the article names
            # it with ("Bộ Ngoại giao Mỹ"), when other articles name another's
            fuller = {
                id(f.entity): f.entity
                for x in (article.sentences if article else [])
                for f in index.in_sentence(x)
                if f.entity is not None
                and f.entity is not e
                and f.entity.type == "ORG"
                and fold(f.entity.name).startswith(head)
                and names.place(f.entity.name[len(e.name) :].strip())
            }
            if len(fuller) == 1:
                q.speaker = next(iter(fuller.values())).id
            continue
        for s in reversed(article.sentences[: q.sentence + 1] if article else []):
            named = [
                f.entity
                for f in index.in_sentence(s)
                if f.entity is not None
                and f.entity is not e
                and f.entity.type == "ORG"
                and fold(f.entity.name).startswith(head)
                and not generic_organisation(f.entity.name)
                and id(f.entity) in named_twice
            ]
            if named:
                q.speaker = named[-1].id
                break


def extract(story: Story, index: Index) -> list[Quote]:
    quotes: list[Quote] = []
    for article in story.kept_articles:
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in article.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        for sentences in _quotation_groups(list(by_paragraph.values())):
            direct: list[Quote] = []
            _direct(index, sentences, direct, article.sentences, quotes)
            quotes.extend(direct)
            for s in sentences:
                # a sentence with a quotation may also report more around it ("X cho
                # biết, ... Washington đã “lựa chọn ...”"); _reported skips what is quoted
                _reported(index, s, quotes, article.sentences)
        _introduced_paragraphs(index, article.sentences, quotes)
        interviews.read(index, article.sentences, quotes)
    order = {a.id: k for k, a in enumerate(story.articles)}
    quotes.sort(key=lambda q: (order[q.article_id], q.sentence, q.kind != "direct"))
    _inherit_speakers(quotes)
    _bodies_named_before(story, index, quotes)
    _bodies_named_by_trade(index, quotes)
    _holders_named_in_the_title(index, quotes)
    for q in quotes:
        if q.kind == "reported":
            q.text = _without_attribution(q.text)
    # a question put ("X hỏi: “Bạn đã ăn gì?”") states nothing; dropped only now, as the
    # speaker of the words that answer or follow it is read from it
    quotes = [q for q in quotes if not (q.kind == "direct" and _ONE_QUESTION.fullmatch(q.text))]
    quotes = one_statement_once([q for q in quotes if not _a_name_in_quotes(q)])
    _at_kept_copies(story, quotes)
    return quotes


def _introduced_paragraphs(index: Index, sentences: list[Sentence], quotes: list[Quote]) -> None:
    """A paragraph that ends "X cho biết:" introduces the next one as X's words; when
    that one opens without a quotation mark ("Phát biểu khai mạc, ông X cho biết:" then
    "Năm nay có ... gian hàng ..."), it is X's reported statement. (A quotation
    after such a paragraph is read by `_direct`.) Only when the introducing clause names
    who speaks, and nothing read so far starts in that paragraph."""
    placed = {p for q in quotes for p in q.places()}
    for prev, s in zip(sentences, sentences[1:], strict=False):
        if s.paragraph == prev.paragraph or s.text.lstrip().startswith((_OPEN, '"')):
            continue
        # (the pattern ends in a colon: a sentence without one is not searched)
        intro = _INTRODUCES_NEXT.search(prev.text) if prev.text.rstrip().endswith(":") else None
        if intro is None or (s.article_id, s.index) in placed:
            continue
        said = s.text.strip()
        if len(said.split()) < _MIN_WORDS or said.endswith("?"):
            continue
        speaker = _attribute(index, prev, intro.start(1), sentences, index.in_sentence(prev), quotes)
        if speaker is None:
            continue
        quotes.append(
            Quote(
                said,
                "reported",
                _entity_id(index, speaker.found, intro.group(1)),
                speaker.text,
                s.article_id,
                s.index,
                _kind(speaker, index),
            )
        )


def _at_kept_copies(story: Story, quotes: list[Quote]) -> None:
    """A statement read in a sentence folded as a copy of another adds the kept copy to
    its places: a sapo prints a quotation without its credit, the body prints it again
    with "Ông X nhấn mạnh: “...”"; the reader meets the words at the sapo, which the
    story keeps, and they are X's there too."""
    sentences = {(a.id, s.index): s for a in story.articles for s in a.sentences}
    for q in quotes:
        places = set(q.places())
        for article_id, k in q.places():  # in order (a set's order changes with the hash seed)
            s = sentences.get((article_id, k))
            kept = s.duplicate_of if s is not None else None
            if kept is None or kept in places or kept not in sentences:
                continue
            text = sentences[kept].text
            q.also.append((*kept, text, "direct" if _OPEN in text else "reported"))
            places.add(kept)


_ORG_HEAD_KEYS = frozenset(names.key(h) for h in names.ORG_HEADS)
_ORG_HEADS_LOW = tuple(sorted({h.lower() for h in names.ORG_HEADS}, key=len, reverse=True))


def _part_of_a_head(text: str, f: Found) -> bool:
    """A mention that is only the first word of a body's head ("Chính" of "Chính phủ",
    whose lowercase second word ends a capitalised run): no name of its own."""
    at = f.mention.start
    low = text[at : at + 24].lower()
    return any(
        low.startswith(h) and not low[len(h) : len(h) + 1].isalnum() and f.mention.end < at + len(h)
        for h in _ORG_HEADS_LOW
    )


def _opens_org_head(text: str, start: int) -> bool:
    """A body's head ("Chính phủ", "Bộ") starts at `start`, whatever follows it."""
    low = text[start : start + 24].lower()
    return any(low.startswith(h) and not low[len(h) : len(h) + 1].isalnum() for h in _ORG_HEADS_LOW)


_BY_TRADE = re.compile(r"(?:các\s+)?cơ quan\s+(\w+(?:\s+\w+){0,3})$", re.I)


def _bodies_named_by_trade(index: Index, quotes: list[Quote]) -> None:
    """A statement of an unnamed body called by its trade ("cơ quan thống kê", "cơ quan
    bảo hiểm xã hội") is the body's the story names with those words ("Tổng cục Thống
    kê", "Bảo hiểm xã hội Việt Nam"), when exactly one does."""
    bodies = [e for e in index.entities.values() if e.type == "ORG" and e.id]
    for q in quotes:
        if q.speaker is not None or q.speaker_kind != "organisation":
            continue
        trade = _BY_TRADE.fullmatch(q.speaker_text.strip())
        if trade is None:
            continue
        words = " " + fold(trade.group(1)) + " "
        named = {e.id for e in bodies if words in " " + fold(e.name) + " "}
        if len(named) == 1:
            q.speaker = named.pop()


def _holders_named_in_the_title(index: Index, quotes: list[Quote]) -> None:
    """A speaker left without an entity whose phrase is a title and a name the story
    gives a person ("chuyên gia Li-Wen Tsai", where the recognizer read the name as a
    place after the title): that person, when exactly one of the story's people has a
    full name (two words or more) ending the phrase."""
    people = [e for e in index.entities.values() if e.type == "PER" and e.id]
    for q in quotes:
        if q.speaker is not None or q.speaker_kind not in ("", "person") or not q.speaker_text:
            continue
        title = names.title_at(q.speaker_text, 0)
        if title is None:
            continue
        said = names.key(q.speaker_text)
        hits = {
            e.id
            for e in people
            for n in (e.name,)
            if len(n.split()) >= 2
            # "Bí thư Thành Ủy": a body's head (however capitalised), no name
            and not any(names.key(n).startswith(h + " ") for h in _ORG_HEAD_KEYS)
            and said.endswith(" " + names.key(n))
            and len(names.key(n)) < len(said)
            # "Bí thư Thành ủy TP Hải Long": after a place marker the name is the place
            and not PLACE_MARKER_BEFORE.search(q.speaker_text[: len(q.speaker_text) - len(n)].rstrip() + " ")
            and not names.place(n)
        }
        if len(hits) == 1:
            q.speaker = hits.pop()
            q.speaker_kind = "person"


# Share of the shorter statement's syllables found in the longer one above which two
# statements of one speaker are the same words. Chosen on the own gold: the reported and
# direct versions there share 0.7-1.0 of their syllables; two different statements of
# one speaker at most ~0.5 (function words and the topic's names).
SAME_STATEMENT = 0.6
_SYLLABLE = re.compile(r"[^\W_]+", re.UNICODE)


def _shared(a: set[str], b: set[str], of: Callable[[int, int], int]) -> float:
    """Share of syllables two statements have in common, of the shorter (`min`: one
    says the other again) or of the longer (`max`: both say the same)."""
    return len(a & b) / of(len(a), len(b))


def _speaker_key(q: Quote) -> str:
    return q.speaker or ("?" + fold(q.speaker_text) if q.speaker_text else "")


def one_statement_once(quotes: list[Quote]) -> list[Quote]:
    """A statement listed once: a reported version of a direct quote, or the same quote
    in another article, by the same speaker, becomes a place in `also` of the first
    (a direct quote is kept over a reported one); the same words with no speaker named
    join the statement of the speaker another article names. Comparison by folded
    syllables, each statement against the kept ones of its speaker."""
    kept: list[Quote] = []
    by_speaker: dict[str, list[tuple[Quote, set[str]]]] = {}
    ordered = sorted(range(len(quotes)), key=lambda k: (quotes[k].kind != "direct", k))
    drop: set[int] = set()
    for k in ordered:
        q = quotes[k]
        who = _speaker_key(q)
        words = set(_SYLLABLE.findall(fold(q.text)))
        if who and len(words) >= _MIN_WORDS:
            for first, first_words in by_speaker.get(who, []):
                if _shared(words, first_words, min) >= SAME_STATEMENT:
                    first.also.append((q.article_id, q.sentence, q.text, q.kind))
                    drop.add(k)
                    break
            else:
                by_speaker.setdefault(who, []).append((q, words))
    # The same words printed with nobody named (an article quotes what another credits):
    # the statement of the speaker the other article names, not a second one of nobody's.
    named = [(first, first_words) for entries in by_speaker.values() for first, first_words in entries]
    for k in ordered:
        q = quotes[k]
        if k in drop or _speaker_key(q):
            continue
        words = set(_SYLLABLE.findall(fold(q.text)))
        if len(words) < _MIN_WORDS:
            continue
        for first, first_words in named:
            # both ways: most of each is the other's words (a short quotation inside a
            # long statement may be someone else's words it repeats)
            if _shared(words, first_words, max) >= SAME_STATEMENT:
                first.also.append((q.article_id, q.sentence, q.text, q.kind))
                drop.add(k)
                break
    for k, q in enumerate(quotes):
        if k not in drop:
            kept.append(q)
    return kept


# A reported statement that ends with who relayed it: "..., TASS ngày 24-2 đưa tin.",
# "..., hãng tin Reuters cho hay.", "..., truyền thông Mỹ đưa tin." The relay is not part
# of what was said.
_TRAILING_RELAY = re.compile(
    r",\s*(?:(?:(?:hãng tin|báo|tờ|đài|theo)\s+)?[" + UPPER + r"][\w.\-]*"
    # the press unnamed, maybe with its country: "truyền thông Mỹ", "báo chí địa phương"
    r"|(?:(?:các|giới)\s+)?(?:truyền thông|báo chí|hãng tin|hãng thông tấn)"
    r"(?:\s+(?:địa phương|quốc tế|trong nước|nước ngoài|nhà nước|nước này|sở tại))?(?=\s))"
    r"(?:\s+[" + UPPER + r"0-9][\w.\-]*){0,4}"
    r"(?:\s+(?:ngày|hôm|tối|sáng|chiều)\s+[\w/\-]+)?\s+(?:đưa tin|cho hay|dẫn lời|trích dẫn)\s*\.?$"
)


# ... or that ends with the outlet it was read in: "..., theo AP.", "..., theo hãng tin
# Reuters ngày 19.5." (a name of a few capitalised words, maybe its day)
_TRAILING_THEO = re.compile(
    r",\s*theo\s+(?:(?:hãng tin|hãng thông tấn|báo|tờ|đài|kênh|trang)\s+)?[" + UPPER + r"][\w.\-&]*"
    r"(?:\s+[" + UPPER + r"0-9][\w.\-&]*){0,4}"
    r"(?:\s+(?:ngày|hôm|tối|sáng|chiều)\s+[\w/.\-]+)?\s*\.?$"
)


def _without_attribution(text: str) -> str:
    cut = _TRAILING_RELAY.search(text) or _TRAILING_THEO.search(text)
    if cut and cut.start() > 20:
        return text[: cut.start()].rstrip() + "."
    return text


def _a_name_in_quotes(q: Quote) -> bool:
    """“Chiến sĩ thi đua cơ sở”, “Những ngày thơ ấu”: quotation marks around the name
    of a title, an award or a programme, said by nobody, are not a statement."""
    return (
        q.kind == "direct"
        and not q.speaker_text
        and len(q.text.split()) < 12
        and not re.search(r"[.,!?…]", q.text)
    )


def _inherit_speakers(quotes: list[Quote]) -> None:
    """A quotation with no speaker in its sentence belongs to the speaker of a statement
    in the same sentence ("X từ chối nêu tên họ “vì lý do riêng tư”, nhưng cho hay ..."),
    or of the one in the sentence just before (a quote that goes on over several
    sentences, each in its own quotation marks)."""
    for k, q in enumerate(quotes):
        if q.kind != "direct" or q.speaker_text:
            continue
        for other in quotes[k + 1 : k + 3] + quotes[max(0, k - 2) : k][::-1]:
            same = other.article_id == q.article_id and other.sentence in (q.sentence, q.sentence - 1)
            if not (same and other.speaker_text):
                continue
            if other.kind == "reported" and other.sentence == q.sentence and (
                q.text in other.text or q.text in other.speaker_text
            ):
                # a phrase quoted inside that statement or inside its credit ("Theo báo cáo
                # “X” của Y, ..."): part of its words, no entry of its own
                continue
            q.speaker, q.speaker_text, q.speaker_kind = other.speaker, other.speaker_text, other.speaker_kind
            break
