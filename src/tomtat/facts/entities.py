"""Entities of a story: mentions found per sentence, merged across articles.

Merging rules: a place by its alias table ("Hoa Kỳ" -> "Mỹ"); a full name by its folded
form ("Kim Jong-un" = "Kim Jong Un"); a one-word name ("ông Lavrov", "Trump") to the one
full name of the story that begins or ends with it; a title without a name ("Ngoại
trưởng Nga", "người phát ngôn Bộ Ngoại giao Mỹ") to the person the story gives that
title, in the same article first. Importance: mentions weighted by the number of
articles that mention the entity.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tomtat.facts import mentions as mention_finder
from tomtat.facts import names
from tomtat.facts.recognizer import Name as recognizer_name
from tomtat.model import Entity, Sentence, Story
from tomtat.text.normalize import LOWER, UPPER, fold


@dataclass
class Found:
    """One mention in one sentence, with the entity it resolved to."""

    sentence: Sentence
    mention: mention_finder.Mention
    entity: Entity | None = None


class RoleTable:
    def __init__(self) -> None:
        # title key -> id(person) -> (person, the articles giving it that title)
        self.holders: dict[str, dict[int, tuple[Entity, set[str]]]] = {}
        self.extending: dict[str, set[str]] = {}  # a title's first words -> titles beginning so
        # (title key, article id) -> id(person) -> times the article names them with it
        self.times: dict[tuple[str, str], Counter] = {}


@dataclass
class Index:
    """Every mention of the story and the entities they resolve to."""

    found: list[Found] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # by merge key
    _by_sentence: dict[int, list[Found]] = field(default_factory=dict)
    ranked: list[Entity] = field(default_factory=list)  # the story's entities, by importance
    role_answers: dict[tuple[str, str], tuple[Entity | None]] = field(default_factory=dict)
    _roles: RoleTable | None = None
    recognized: dict[int, list] = field(default_factory=dict)  # id(sentence) -> recognizer names
    recognized_keys: set[str] = field(default_factory=set)  # every name it tagged, as `names.key`
    # titles' and captions' text -> the recognizer's names in it, tagged with the story's
    # sentences as one document (`build`)
    outside_names: dict[str, list] = field(default_factory=dict)
    # one-word places the recognizer tags in the story (`_story_places`)
    story_places: frozenset[str] = frozenset()

    def role_table(self) -> RoleTable:
        """Who holds which title, built once when titles are first resolved (entities are
        settled by then): one lookup per title instead of a scan of every mention."""
        if self._roles is None:
            table = RoleTable()
            for f in self.found:
                e = f.entity
                if e is None or e.type != "PER" or not f.mention.role or f.mention.kind == "ROLE":
                    continue
                have = _role_key(f.mention.role)
                table.times.setdefault((have, f.sentence.article_id), Counter())[id(e)] += 1
                for form, shortest in ((have, 1), *_initials_variants(have)):
                    holders = table.holders.setdefault(form, {})
                    holders.setdefault(id(e), (e, set()))[1].add(f.sentence.article_id)
                    words = form.split()
                    for n in range(shortest, len(words)):
                        table.extending.setdefault(" ".join(words[:n]), set()).add(form)
            for f in self.found:
                e = f.entity
                if e is None or e.type != "PER" or f.mention.kind == "ROLE":
                    continue
                # the titles of the person's apposition ("Trung tướng X, Chánh Văn phòng,
                # Người phát ngôn Bộ Y cho biết"): "Người phát ngôn Bộ Y" later is X
                if an_object(f):
                    continue  # "Sau khi biết việc của X, đại diện Y tuyên bố": X is no subject
                for title in appositive_titles(f.sentence.text, f.mention.end):
                    have = _role_key(title)
                    holders = table.holders.setdefault(have, {})
                    holders.setdefault(id(e), (e, set()))[1].add(f.sentence.article_id)
                    for form, shortest in _initials_variants(have):
                        # "giám đốc sở khcn" of the title spelt out ("... tỉnh X"): the
                        # shorter forms through the initials name the same body
                        holders = table.holders.setdefault(form, {})
                        holders.setdefault(id(e), (e, set()))[1].add(f.sentence.article_id)
                        words = form.split()
                        for n in range(shortest, len(words)):
                            table.extending.setdefault(" ".join(words[:n]), set()).add(form)
            self._roles = table
        return self._roles

    def add(self, f: Found) -> None:
        self.found.append(f)
        self._by_sentence.setdefault(id(f.sentence), []).append(f)

    def in_sentence(self, sentence: Sentence) -> list[Found]:
        return self._by_sentence.get(id(sentence), [])

    def person(self, f: Found) -> Entity:
        """Make a bare name found in a speaker's place a person of the story."""
        k = "PER:" + names.key(f.mention.name)
        if k not in self.entities:
            e = Entity(id=f"e{len(self.ranked) + 1}", name=f.mention.name, type="PER")
            self.entities[k] = e
            self.ranked.append(e)
        e = self.entities[k]
        where = (f.sentence.article_id, f.sentence.index)
        if where not in e.mentions:
            e.mentions.append(where)
            e.score += 1
        f.entity = e
        return e

    def organisation(self, name: str, sentence: Sentence, f: Found | None = None) -> Entity:
        """The organisation called `name` in the story, made when first named as a
        speaker ("hãng tin AP", "Cảnh sát Na Uy", "Bank of America")."""
        written = _without_side(balanced_name(name))
        name = _without_classifier(written)  # shown as "AFP", not "hãng tin AFP"
        k = "ORG:" + _org_key(name)
        e = self.entities.get(k) or self.organisation_beginning(name)  # "Tổ chức Ân xá": the longer name
        if e is None:
            e = Entity(id=f"e{len(self.ranked) + 1}", name=name, type="ORG")
            self.entities[k] = e
            self.ranked.append(e)
        where = (sentence.article_id, sentence.index)
        if where not in e.mentions:
            e.mentions.append(where)
            e.score += 1
        for form in (written, name):  # "hãng Boeing" and "Boeing" both name it
            if form != e.name and form not in e.aliases:
                e.aliases.append(form)
        if f is not None:
            f.entity = e
        return e

    def organisation_beginning(self, head: str) -> Entity | None:
        """The one organisation of the story whose name begins with `head` ("cảnh sát"
        -> "Cảnh sát Na Uy"), if exactly one does."""
        want = names.key(head)
        hits = [
            e
            for k, e in self.entities.items()
            if k.startswith("ORG:") and (names.key(e.name) + " ").startswith(want + " ")
        ]
        return hits[0] if len(hits) == 1 else None


# A minister's title names the ministry with or without its head: "Bộ trưởng Bộ Tài
# chính" and "Bộ trưởng Tài chính" are one title.
_MINISTRY_AFTER_TITLE = re.compile(r"^((?:phó\s+)?(?:bộ|thứ)\s+trưởng)\s+bộ\s+")


# A body's field in initials within a title, its "&" and "-" dropped before the title is
# keyed ("Sở KH&CN" -> "sở khcn", "Bộ LĐ-TB&XH" -> "bộ lđtbxh"; `names.key` would make
# the dashes spaces): compared with the initials of the field spelt out (`_initials_variants`).
_JOINED_INITIALS = re.compile(r"(?<!\S)([" + UPPER + r"]{1,6}(?:[&\-–][" + UPPER + r"]{1,6})+)(?!\S)")
# Degrees and honours written with a dash ("PGS-TS"): a title of their own, keyed as
# `names.key` keys "PGS.TS", not a body's initials
_DEGREES = frozenset({"GS", "PGS", "TS", "TSKH", "BS", "KS", "NSND", "NSƯT", "NGND", "NGƯT"})


def _joined(initials: str) -> str:
    parts = re.split(r"[&\-–]", initials)
    return initials if all(p in _DEGREES for p in parts) else "".join(parts)


@functools.lru_cache(maxsize=1 << 14)  # titles repeat across a story's mentions
def _role_key(role: str) -> str:
    if "&" in role or "-" in role or "–" in role:
        role = _JOINED_INITIALS.sub(lambda m: _joined(m.group(1)), role)
    return _MINISTRY_AFTER_TITLE.sub(r"\1 ", names.key(role))


MAX_FIELD_WORDS = 8  # "nông nghiệp và phát triển nông thôn": a department's longest field
# A minister's title is keyed without its ministry's head ("thứ trưởng văn hóa ..."): the
# field starts right after it
_MINISTER_TITLES = (("bộ", "trưởng"), ("thứ", "trưởng"))


@functools.lru_cache(maxsize=1 << 12)
def _title_keys(role: str) -> frozenset[str]:
    """A title's key and its forms with a body's field in initials: a title is one the
    person already holds when its key is among these ("Thứ trưởng Bộ VH-TT&DL" and
    "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch")."""
    key = _role_key(role)
    return frozenset({key, *(v for v, _ in _initials_variants(key))})


def _holds_title(roles: list[str], role: str) -> bool:
    key, forms = _role_key(role), _title_keys(role)
    return any(_role_key(r) in forms or key in _title_keys(r) for r in roles)


@functools.lru_cache(maxsize=1 << 12)  # asked of every title of every person, again and again
def _initials_variants(key: str) -> tuple[tuple[str, int], ...]:
    """A title's key with the field after a body's head written in initials, for every
    length the field may have ("giám đốc sở khoa học công nghệ tỉnh x" -> "giám đốc sở
    khcn tỉnh x", ...): a later "giám đốc Sở KH&CN" is the same title. With each, how
    many of its words run through the initials (its shortest prefix still naming the
    body)."""
    words = [w.strip(",;") for w in key.split()]
    out = []
    heads = _heads_by_first_word()
    for i in range(len(words)):
        for head in heads.get(words[i], ()):
            if tuple(words[i : i + len(head)]) != head:
                continue
            start = i + len(head)
            for n in range(2, MAX_FIELD_WORDS + 1):
                field = words[start : start + n]
                if len(field) < n or not all(w.isalpha() for w in field):
                    break
                letters = "".join(_initial(w) for w in field if w != _FIELD_JOINER).lower()
                if len(letters) >= 2:
                    out.append((" ".join([*words[:start], letters, *words[start + n :]]), start + 1))
    return tuple(out)


@functools.cache
def _heads_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Body heads and minister titles by their first word (a title is read word by word)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for head in (*_body_heads(), *_MINISTER_TITLES):
        out.setdefault(head[0], []).append(head)
    return {k: tuple(v) for k, v in out.items()}


def _place_tail(words: list[str]) -> tuple[int, str] | None:
    """(where it starts, its canonical name) of a known place ending a name of two
    words or more; only tails as long as a place name can be are tried."""
    for cut in range(max(1, len(words) - names.LONGEST_PLACE), len(words)):
        tail = names.place(" ".join(words[cut:]))
        if tail:
            return cut, tail
    return None


# Abbreviations Vietnamese news writes in bodies' names, keyed as `names.key` writes
# them: "Công an TP. Tam Kỳ" is "Công an thành phố Tam Kỳ", "UBND tỉnh X" is "Ủy ban
# nhân dân tỉnh X". Only ones that abbreviate nothing else in a name ("Q." and "H." are
# also initials of people: "Phạm Q.C").
ORG_ABBREVIATIONS = {
    "tp": "thành phố",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "tand": "tòa án nhân dân",
    "vksnd": "viện kiểm sát nhân dân",
    "cand": "công an nhân dân",
    "qđnd": "quân đội nhân dân",
    "csgt": "cảnh sát giao thông",
    "bhxh": "bảo hiểm xã hội",
    "nhnn": "ngân hàng nhà nước",
    "đhqg": "đại học quốc gia",
}
_T_U = re.compile(r"(?<!\w)t ư(?!\w)")  # "T.Ư" (trung ương), keyed "t ư"


def _org_key(name: str) -> str:
    # "Bộ Ngoại giao Hoa Kỳ" = "Bộ Ngoại giao Mỹ"; "Công an TP Tam Kỳ" = "Công an
    # thành phố Tam Kỳ"
    words = name.split()
    found = _place_tail(words)
    k = names.key(" ".join(words[: found[0]]) + " " + found[1]) if found else names.key(name)
    k = _T_U.sub("trung ương", k)
    bare = _CLASSIFIER.sub("", k)
    if not names.place(bare):  # "hãng hàng không Malaysia" is no country
        k = bare
    return " ".join(ORG_ABBREVIATIONS.get(w, w) for w in k.split())


# The word news puts before a firm's or a club's name, no part of it: "hãng Boeing" and
# "Boeing", "CLB Chelsea" and "Chelsea" are one body. One list, matched on keyed names
# (`_org_key`) and, before a capital, on names as written (`_without_classifier`).
_CLASSIFIER_WORDS = r"(?:hãng(?: tin| thông tấn| hàng không)?|clb|câu lạc bộ)"
_CLASSIFIER = re.compile(r"^" + _CLASSIFIER_WORDS + r"\s+(?=\S)")
_CLASSIFIER_WRITTEN = re.compile(r"^" + _CLASSIFIER_WORDS + r"\s+(?=(?-i:[" + UPPER + r"]))", re.I)


def _without_classifier(name: str) -> str:
    """A body's name as shown: without the word news puts before it, unless what remains
    is a place's name ("hãng hàng không Malaysia")."""
    bare = _CLASSIFIER_WRITTEN.sub("", name)
    return name if names.place(bare) else bare


# A clause between a title and the next name: a tense word or a verb of saying ("Các đại
# biểu đề nghị Ban X ...": the delegates ask something of a body, "đại biểu" is not the
# title of a person "Ban").
_CLAUSE_BETWEEN = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|vừa|" + "|".join(names.REPORTING_VERBS) + r")(?!\w)", re.I
)


# Verbs of acting on a person between a title and a name: "phóng viên hỏi X", "cảnh sát bắt
# Y", "Thủ tướng tiếp Z": the title is the subject's, the name the object's.
_ACTS_ON = re.compile(
    r"(?<!\w)(?:hỏi|gặp|bắt|gọi|mời|thăm|phỏng vấn|tiếp|đón|chúc mừng|trao|tặng|cảm ơn|kiện|tố cáo|"
    r"khen|điều tra|truy nã|bổ nhiệm|cách chức|xử phạt|tuyên phạt)(?!\w)",
    re.I,
)
_LOWERCASE_WORD = re.compile(r"(?<!\w)(?![" + UPPER + r"])[^\W\d_]")
_HOLDER_AFTER = re.compile(r"\s*,\s*(?:ông|bà|anh|chị)\s+[" + UPPER + r"]")
_WHOSE = re.compile(r"(?<!\w)(?:của|thuộc|tại|ở)\s*$")


# Words a run of capitals takes from the way commenters are named online ("Facebooker
# Minh Anh bình luận", "Nickname Thu Ha viết"): the name is what follows.
_HANDLE_WORDS = frozenset({"facebooker", "nickname", "youtuber", "tiktoker", "blogger", "instagrammer"})


def _without_handle_words(found: list[mention_finder.Mention]) -> list[mention_finder.Mention]:
    out = []
    for m in found:
        first, _, rest = (m.name or "").partition(" ")
        if m.kind == "NAME" and rest and first.lower() in _HANDLE_WORDS:
            start = m.start + len(first) + 1
            m = mention_finder.Mention(start, m.end, m.text[len(first) + 1 :], "NAME", rest)
        out.append(m)
    return out


_PAIRS = {"(": ")", "“": "”"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


_SIDE_WORD = re.compile(r"^[Pp]hía\s+")


def _without_side(name: str) -> str:
    """ "Phía công ty X" is the company X: "phía" (the side) is no word of a body's name
    ("Phía Mỹ", a country's side, keeps it: it is no body's name either way)."""
    side = _SIDE_WORD.match(name)
    if side is None:
        return name
    rest = name[side.end() :]
    return rest if names.org_head_at(rest[:1].upper() + rest[1:], 0) else name


def balanced_name(name: str) -> str:
    """A name cut at a bracket or quotation mark it does not close or open: a span that
    ran over one ("Zvezda” dẫn lời", "đảng Xanh) hay", "khu “Hoa Sen", "Ngân hàng X (GP
    Bank"). Before an unmatched closing mark or "(" the name is what comes before it;
    after an unmatched "“", the quoted name that follows when it is capitalised."""
    depth: dict[str, int] = {}
    opened: dict[str, int] = {}
    for k, ch in enumerate(name):
        if ch in _PAIRS:
            depth[ch] = depth.get(ch, 0) + 1
            opened.setdefault(ch, k)
        elif ch in _CLOSERS:
            if depth.get(_CLOSERS[ch], 0):
                depth[_CLOSERS[ch]] -= 1
                if not depth[_CLOSERS[ch]]:
                    opened.pop(_CLOSERS[ch], None)
            else:
                return name[:k].strip(" ,–-") or name
    for mark, k in sorted(opened.items(), key=lambda x: x[1]):
        if not depth.get(mark):
            continue
        before, after = name[:k].strip(" ,–-"), name[k + 1 :].strip(" ,–-")
        if mark == "“" and after[:1].isupper():
            return after
        return before or after or name
    return name


def _not_a_person(n: mention_finder.Mention, seen: mention_finder.Recognized | None) -> bool:
    """A name after a title that is no person's: the recognizer calls it a body or a place
    ("Nhà sáng lập Hãng Sao Mai", "Phó Tổng giám đốc Ngân hàng Mẫu"), it holds a figure
    ("Lễ hội Hoa 2030") or it is one acronym ("Ủy ban LHQ")."""
    if any(c.isdigit() for c in n.text) or (" " not in n.text and n.text.isupper()):
        return True
    if seen is None:
        return False
    # a body that begins with the name (not one whose name runs on into a person's:
    # "Bộ Giao thông Nam Hải Lê Văn Tư" read as one)
    return any(t in ("ORG", "LOC") and a == n.start and n.end <= b for a, b, t in seen.spans)


_ORIGIN_GAP = re.compile(r"\s+(?:người|gốc|quê|xứ)\s+")
_EXAMPLES_GAP = re.compile(r"(?<!\w)(?:như|gồm|bao gồm)(?!\w)")


def _titled_bodies_in_apposition(
    found: list[mention_finder.Mention], text: str
) -> list[mention_finder.Mention]:
    """A title with one word after it, set in apposition right after a person named with
    an honorific only ("Ông X, Tổng giám đốc VietStar, chia sẻ"): the word is the
    title's body, not a second person; the mention becomes the title (a role). Not in a
    list of titled people ("Chủ tịch A, Thủ tướng B"), where the first has a title too,
    nor a full name ("Ông X, Trưởng phòng Lê Văn B")."""
    out = list(found)
    for k in range(1, len(out)):
        m, before = out[k], out[k - 1]
        if not (
            m.kind == "PER"
            and m.role
            and m.name
            and " " not in m.name.strip()
            and names.title_at(text, m.start)
            # the person named with an honorific only ("Ông X", "bà Y"): not one item of a
            # list ("Văn Toàn, ca sĩ Mia"), nor a name that ends a clause
            and before.kind == "PER"
            and not before.role
            and before.text.split()[0].lower() in names.HONORIFICS
            and _APPOSITION_SEPARATOR.fullmatch(text, before.end, m.start)
        ):
            continue
        out[k] = mention_finder.Mention(m.start, m.end, m.text, "ROLE", role=m.text)
    return out


_APPOSITION_SEPARATOR = re.compile(r"\s*(?:,|[–-])\s*")
# A title owned by someone: "của" (and a qualifier, "nữ", "cựu") right before it, read
# in the `_OWNER_REACH` characters before the title
_OWNER_REACH = 20
_OWNED_TITLE = re.compile(r"(?<!\w)của\s+(?:(?:nữ|nam|cựu|vị|cô|chàng)\s+)?$")
_COPULA_AT_END = re.compile(r"\s+là$")


def _join_roles(
    found: list[mention_finder.Mention], text: str, seen: mention_finder.Recognized | None = None
) -> list[mention_finder.Mention]:
    """A title followed closely by a bare name is that person's title: "Đặc phái viên Mỹ
    về Triều Tiên Stephen Biegun"; not across a clause (`_CLAUSE_BETWEEN`)."""
    out = []
    k = 0
    while k < len(found):
        m = found[k]
        if m.kind == "ROLE":
            for j in range(k + 1, min(k + 3, len(found))):
                n = found[j]
                gap = text[m.end : n.start]
                if (
                    n.kind == "NAME"
                    and len(gap) <= 25
                    and not re.search(r"[,.;:!?“”\"]", gap)
                    # "X (cựu Chủ tịch Y) là ... Z": the bracket closed the title, X's
                    and not (")" in gap and "(" not in gap)
                    and not _CLAUSE_BETWEEN.search(gap)
                    and not _ACTS_ON.search(gap)
                    # "nhà kinh tế của Ngân hàng Tây Hồ", "giám đốc của Apple Tim Cook": the
                    # name after "của" is whose title, a body, not the person
                    and not _WHOSE.search(gap)
                    and not _not_a_person(n, seen)
                    # "Trưởng ban chỉ đạo Đề án ...": one capitalised word after the title's
                    # own lowercase words opens a programme's or a body's name
                    and not (" " not in n.text and _LOWERCASE_WORD.search(gap))
                    # "Nhà sáng lập X, ông Y, cho biết": Y holds the title, X is the body
                    and not _HOLDER_AFTER.match(text, n.end)
                    # a role ending on a place marker ("lãnh đạo thành phố"): the name is the place
                    and not mention_finder.PLACE_MARKER_BEFORE.search(text, m.start, n.start)
                    # "tiền vệ người Tuyên Quang", "tiền đạo gốc Nghệ An": where the player
                    # comes from, not his name
                    and not _ORIGIN_GAP.fullmatch(gap)
                    # "Người chồng của nữ ca sĩ là X": whose the title is, then the copula
                    # of the sentence's subject; X is no singer
                    and not (
                        _COPULA_AT_END.search(gap.rstrip())
                        and _OWNED_TITLE.search(text, max(0, m.start - _OWNER_REACH), m.start)
                    )
                    # "các cầu thủ Học viện X như A, B": examples of a plural title
                    and not _EXAMPLES_GAP.search(gap)
                    # an acronym inside the name ("Đội CSGT Công an ..."): a unit, no person
                    and not any(mention_finder.acronym(w) for w in n.text.split()[1:])
                ):
                    # ("HLV của đội là X": X holds it; the copula is no word of the title)
                    role = _COPULA_AT_END.sub("", text[m.start : n.start].strip())
                    out.append(
                        mention_finder.Mention(m.start, n.end, text[m.start : n.end], "PER", n.name, role)
                    )
                    out.extend(found[k + 1 : j])
                    k = j + 1
                    break
            else:
                out.append(m)
                k += 1
            continue
        out.append(m)
        k += 1
    return out


def _tagged(seen: mention_finder.Recognized, m: mention_finder.Mention, kind: str) -> bool:
    return any(t == kind for _, _, t in seen.covering(m.start, m.end))


def _fragment_of_recognized(m: mention_finder.Mention, text: str, seen: mention_finder.Recognized) -> bool:
    """A one-word name the rules found inside a longer name the recognizer tagged
    ("Việt" of "Việt Nam", "Sức" of "Sức khỏe & Đời sống"): a piece, not a name."""
    if not m.name or " " in m.name or m.kind not in ("PER", "LOC", "ORG", "NAME"):
        return False
    at = text.find(m.name, m.start, max(m.end, m.start + len(m.name)))
    if at < 0:
        return False
    end = at + len(m.name)
    # a person mention that spans the whole tagged person is that person, its title or
    # honorific split off ("Sir Tom": the recognizer tags both words, the rules read
    # "Sir" as the honorific of "Tom")
    whole = [(a, b) for a, b, kind in seen.inside(m.start, m.end) if kind == m.kind == "PER"]
    return any(b - a > end - at and (a, b) not in whole for a, b, _ in seen.covering(at, end))


def _recognized(
    names_found: list, known_place=None, person_share=None, story_places: frozenset[str] = frozenset()
) -> mention_finder.Recognized:
    return mention_finder.Recognized(
        places=frozenset((n.start, n.end) for n in names_found if n.type == "LOC"),
        person_starts=frozenset(n.start for n in names_found if n.type == "PER"),
        spans=tuple((n.start, n.end, n.type) for n in names_found),
        known_place=known_place,
        person_share=person_share,
        story_places=story_places,
    )


def _story_places(tagged: dict[str, list]) -> frozenset[str]:
    """The one-word places the recognizer tags anywhere in the story, as `names.key`;
    not a Vietnamese family name (which it may call a place once: "Hà"), nor a word it
    more often opens a person's name with ("Emilia" of "Emilia Clarke", tagged a place
    once and a person's first name five times)."""
    from tomtat.text.sentences import FAMILY_NAMES

    as_place: Counter = Counter()
    as_first_name: Counter = Counter()
    for names_in in tagged.values():
        for n in names_in:
            if n.type == "LOC" and " " not in n.text and n.text[:1].isupper() and n.text not in FAMILY_NAMES:
                as_place[names.key(n.text)] += 1
            elif n.type == "PER" and " " in n.text:
                as_first_name[names.key(n.text.split()[0])] += 1
    return frozenset(k for k, count in as_place.items() if count >= as_first_name[k])


def build(story: Story, recognize_names: bool = False) -> Index:
    """Mentions and entities of the story. `recognize_names`: the trained recognizer
    tags each sentence first, and the mention rules read its places and where its
    person names begin ("Thủ tướng Na Uy Erik Hansen": the title "Thủ tướng Na Uy",
    the name "Erik Hansen", even where "Na Uy" is in no table)."""
    index = Index()
    sentences = [s for a in story.kept_articles for s in a.sentences]
    tagger = None
    if recognize_names:
        from tomtat.facts import recognizer

        tagger = recognizer.default()
    tagged: dict[str, list] = {}  # sentence text -> the recognizer's names in it
    if tagger is not None:
        # every sentence of the story decoded at once, as one document (a name tagged in
        # one sentence is carried to its other mentions); a sentence repeated word for word
        # is tagged once; a near copy (another outlet's "Trong phát biểu hôm qua, Thủ
        # tướng X ...") is tagged too: its mentions are read again and need the
        # recognizer's places
        # titles and captions in the same document: "tập đoàn X" in the body makes the
        # title's "X" a body too, as it does any other mention of it
        outside = [s.text for a in story.kept_articles for s in _outside_text(a)]
        texts = list(dict.fromkeys([*(s.text for s in sentences), *outside]))
        tagged = dict(zip(texts, tagger.names_many(texts, document=True), strict=True))
        index.outside_names = {t: tagged[t] for t in outside}
        story_places = index.story_places = _story_places(tagged)
    for s in sentences:
        seen = mention_finder.Recognized()
        if tagger is not None:
            names_in = _streets_named_after_people(
                _places_before_titled_names(tagged[s.text], s.text, tagger.place_word, story_places), s.text
            )
            if s.duplicate_of is None:
                index.recognized[id(s)] = names_in
            seen = _recognized(names_in, tagger.known_place, tagger.person_share, story_places)
        found_here = _join_roles(_without_handle_words(mention_finder.find(s.text, seen)), s.text, seen)
        for m in _titled_bodies_in_apposition(found_here, s.text):
            if _fragment_of_recognized(m, s.text, seen):
                continue
            titled = names.title_at(m.name or "", 0)
            if m.kind == "NAME" and " " in m.name and _tagged(seen, m, "PER") and not titled:
                m.kind = "PER"  # a full name the recognizer calls a person: "Franz Beckenbauer"
            index.add(Found(s, m))
    ents = index.entities

    def entity(key: str, name: str, kind: str) -> Entity:
        name = balanced_name(name)
        if kind == "ORG":
            # shown without the word news puts before it ("Hãng tin AFP": AFP), which
            # stays an alias, as every form written does
            name = _without_classifier(name)
        if key not in ents:
            ents[key] = Entity(id="", name=name, type=kind)
        e = ents[key]
        if len(name) > len(e.name) and kind != "LOC":
            e.name = name
        return e

    # 1. full names, organisations and places
    for f in index.found:
        m = f.mention
        if m.kind == "LOC":
            canon = names.place(m.name) or m.name
            f.entity = entity("LOC:" + names.key(canon), canon, "LOC")
        elif m.kind == "ORG":
            f.entity = entity("ORG:" + _org_key(m.name), m.name, "ORG")
        elif m.kind == "PER" and len(m.name.split()) >= 2:
            f.entity = entity("PER:" + names.key(m.name), m.name, "PER")
    _name_units_by_category(index)
    # a shortened organisation name is the one organisation it begins ("Tổ chức Ân xá"
    # -> "Tổ chức Ân xá Quốc tế"), unless two begin with it
    # (sorted keys: the names a short one begins are the next ones in order)
    orgs = sorted(k for k in ents if k.startswith("ORG:"))
    moved: dict[int, Entity] = {}
    for i, short in enumerate(orgs):
        longer = []
        for k in orgs[i + 1 :]:
            if not k.startswith(short):
                break
            if k.startswith(short + " "):
                longer.append(k)
                if len(longer) > _ORG_CHAIN:
                    break
        # one longer name, or a chain of them each beginning the next ("Tổ chức Ân xá
        # quốc", "Tổ chức Ân xá quốc tế"): the longest
        if longer and len(longer) <= _ORG_CHAIN and all(longer[-1].startswith(k) for k in longer):
            moved[id(ents[short])] = ents[longer[-1]]
    if moved:
        for f in index.found:
            if f.entity is not None and id(f.entity) in moved:
                target = moved[id(f.entity)]
                while id(target) in moved:  # "A" -> "A B" -> "A B C"
                    target = moved[id(target)]
                f.entity = target
        for short in [k for k in orgs if id(ents[k]) in moved]:
            del ents[short]
    _merge_short_full_names(index)
    persons = [e for k, e in ents.items() if k.startswith("PER:")]
    # a one-word name is the one person whose first or last word it is
    by_end_word: dict[str, list[Entity]] = {}
    for e in persons:
        words = names.key(e.name).split()
        for w in {words[0], words[-1]}:
            by_end_word.setdefault(w, []).append(e)
    # where each full name was written: a short name two people share ("bà Hằng") is
    # the one named last before it in the same article
    seen_at: dict[int, list[tuple[str, int]]] = {}
    for f in index.found:
        if f.entity is not None and f.entity.type == "PER":
            seen_at.setdefault(id(f.entity), []).append((f.sentence.article_id, f.sentence.index))
    # 2. one-word names and bare capitalised names
    for f in index.found:
        m = f.mention
        if f.entity is not None or m.kind not in ("PER", "NAME"):
            continue
        k = names.key(m.name)
        exact = ents.get("PER:" + k)
        if exact:
            f.entity = exact
            continue
        hits = by_end_word.get(k, [])
        if len(hits) > 1:
            hits = _nearest_before(hits, f, seen_at)
        if len(hits) == 1:
            f.entity = hits[0]
        elif m.kind == "PER":
            f.entity = entity("PER:" + k, m.name, "PER")
    # 3. titles: record them, then resolve titles without names
    for f in index.found:
        if f.entity is not None and f.mention.role and f.entity.type == "PER":
            if not _holds_title(f.entity.roles, f.mention.role):
                f.entity.roles.append(f.mention.role)
    for f in index.found:
        if f.mention.kind == "ROLE" and _specific(f):
            holder = resolve_role(index, f.mention.role or f.mention.text, f.sentence)
            f.entity = _owned_by_holder(f, holder, index)
    _merge_spellings(index)
    # aliases, mentions, score
    mentioned: dict[int, set[tuple[str, int]]] = {}
    for f in index.found:
        e = f.entity
        if e is None:
            continue
        for surface in (f.mention.name, f.mention.text):  # the name as written, and with its title
            if surface and surface != e.name and surface not in e.aliases:
                e.aliases.append(surface)
        where = (f.sentence.article_id, f.sentence.index)
        seen = mentioned.setdefault(id(e), set(e.mentions))
        if where not in seen:
            seen.add(where)
            e.mentions.append(where)
    ranked = [e for e in ents.values() if e.mentions]
    for e in ranked:
        e.score = len(e.mentions) * len({a for a, _ in e.mentions})
    ranked.sort(key=lambda e: (-e.score, e.name))
    for n, e in enumerate(ranked, 1):
        e.id = f"e{n}"
    index.ranked = ranked
    story.entities = ranked  # the same list: people found later as speakers join it
    return index


def _name_units_by_category(index: Index) -> None:
    """A place the place table does not know (a district, a commune, a province, a
    foreign state) is named as the text names it, with its administrative word:
    "huyện Kim Sơn", "xã Hòa Bình", "bang Nam Úc" (which unit it is, and the
    form VLSP 2018 annotates); the bare name stays an alias. Places of the table keep
    their canonical name ("Mỹ", "Hà Nội")."""
    forms: dict[int, Counter] = {}
    for f in index.found:
        m, e = f.mention, f.entity
        if e is not None and e.type == "LOC" and m.category and m.name and not names.place(m.name):
            forms.setdefault(id(e), Counter())[f"{m.category} {m.name}"] += 1
    for e in index.entities.values():
        if id(e) in forms:
            e.name = forms[id(e)].most_common(1)[0][0]


_ORG_CHAIN = 4  # longer names a short organisation name may be the beginning of, in a chain


def _merge_short_full_names(index: Index) -> None:
    """A person's name of two or more words that ends, or else begins, the full name of
    exactly one other person is that person: "Thái Hằng" = "Lê Đình Thái Hằng" (news
    calls people by the last words of their name), "Minh Anh" = "Minh Anh Trần" (a name
    written given name first, the family name dropped)."""
    ents = index.entities
    keys = [k for k in ents if k.startswith("PER:")]
    by_tail: dict[str, list[str]] = {}
    by_head: dict[str, list[str]] = {}
    for k in keys:
        words = k[4:].split()
        for n in range(2, len(words)):
            by_tail.setdefault(" ".join(words[-n:]), []).append(k)
            by_head.setdefault(" ".join(words[:n]), []).append(k)
    moved: dict[int, Entity] = {}
    for k in keys:
        longer = by_tail.get(k[4:]) or by_head.get(k[4:], [])
        if len(longer) == 1:
            moved[id(ents[k])] = ents[longer[0]]
    if not moved:
        return
    for f in index.found:
        if f.entity is not None and id(f.entity) in moved:
            f.entity = moved[id(f.entity)]
    for k in [k for k in keys if id(ents[k]) in moved]:
        del ents[k]


_MAX_SPELLING_CHECK = 200  # people per story compared pairwise for spelling variants


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion or substitution apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _merge_spellings(index: Index) -> None:
    """Two people whose full names are one name spelt two ways are one person: the name
    more articles use stays (outlets transliterate and misspell foreign names, and a
    story pools outlets). Spelt two ways:
    - the same title, and one letter apart in one word ("Thủ tướng Na Uy Erik Hansen",
      "... Erik Hanssen"); the title is required in general, for "Nguyễn Văn An" and
      "Nguyễn Văn Anh" are two people;
    - a foreign name (`_written_foreign`), without a title: its words equal but for
      their marks ("Peña"/"Pena"), one letter apart in one word of four letters or
      more ("Jurgen"/"Juergen", "Mohammed"/"Mohammad"), or a middle name written out
      and as its initial ("Leroy B. Black", "Leroy Bill Black") when no third person's
      name fits as well. Relatives differ in a whole given name ("Venus"/"Serena
      Williams"), or in a middle name given or left out ("Jamie Spears", his daughter
      "Jamie Lynn Spears"): never merged."""
    people = [e for k, e in index.entities.items() if k.startswith("PER:")][:_MAX_SPELLING_CHECK]
    if len(people) < 2:
        return
    articles: dict[int, set[str]] = {}
    for f in index.found:
        if f.entity is not None:
            articles.setdefault(id(f.entity), set()).add(f.sentence.article_id)
    words = {id(e): names.key(e.name).split() for e in people}
    foreign = {id(e): _written_foreign(words[id(e)]) for e in people}
    # foreign names a middle name's initial apart, each way: merged only when each is
    # the other's one such name
    middle: dict[int, list[Entity]] = {}
    for a in people:
        for b in people:
            if (
                a is not b
                and foreign[id(a)]
                and foreign[id(b)]
                and (
                    _middle_name_apart(words[id(a)], words[id(b)])
                    or _middle_name_apart(words[id(b)], words[id(a)])
                )
            ):
                middle.setdefault(id(a), []).append(b)
    moved: dict[int, Entity] = {}
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if id(a) in moved or id(b) in moved:
                continue
            wa, wb = words[id(a)], words[id(b)]
            if len(wa) < 2 or len(wb) < 2:
                continue
            same = False
            if len(wa) == len(wb):
                differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
                one_letter = len(differ) == 1 and _one_edit(*differ[0]) and max(map(len, differ[0])) >= 4
                if foreign[id(a)] and foreign[id(b)]:
                    same = one_letter or all(_without_marks(x) == _without_marks(y) for x, y in differ)
                elif one_letter and a.roles and b.roles:
                    same = bool({_role_key(r) for r in a.roles} & {_role_key(r) for r in b.roles})
            if not same and middle.get(id(a)) == [b] and middle.get(id(b)) == [a]:
                same = True
            if not same:
                continue
            used_a, used_b = len(articles.get(id(a), ())), len(articles.get(id(b), ()))
            keep, drop = (a, b) if used_a >= used_b else (b, a)
            moved[id(drop)] = keep
    if not moved:
        return
    for f in index.found:
        if f.entity is not None and id(f.entity) in moved:
            f.entity = moved[id(f.entity)]
    for k in [k for k, e in index.entities.items() if id(e) in moved]:
        del index.entities[k]


def _without_marks(word: str) -> str:
    """A word's letters without accents and tone marks ("peña" -> "pena")."""
    bare = unicodedata.normalize("NFD", word.replace("đ", "d"))
    return "".join(c for c in bare if not unicodedata.combining(c))


# Marks only Vietnamese letters carry among names written in Latin script: the
# circumflex, the breve and the horn (â ê ô ă ơ ư), and the letter đ
_VIETNAMESE_MARKS = frozenset({"\u0302", "\u0306", "\u031b", "đ"})


def _written_foreign(words: list[str]) -> bool:
    """A name most of whose words are no Vietnamese syllable (per the recognizer's
    general dictionary: "Enrique Peña Nieto", "Kim Yo-jong"), with no letter only
    Vietnamese writes (not "Nguyễn T.L", a name shortened for privacy, whose initials
    are no syllables either)."""
    from tomtat.facts import recognizer

    if _VIETNAMESE_MARKS & set(unicodedata.normalize("NFD", "".join(words))):
        return False
    tagger = recognizer.default()
    return 2 * sum(not tagger.in_dictionary(w) for w in words) > len(words)


def _middle_name_apart(short: list[str], full: list[str]) -> bool:
    """`short` is `full` with an initial for one middle word ("leroy b black", "leroy
    bill black"; keyed names)."""
    if len(short) < 3 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    if len(full) == len(short):
        differ = [(x, y) for x, y in zip(short, full, strict=True) if x != y]
        return (
            len(differ) == 1
            and len(differ[0][0]) == 1
            and len(differ[0][1]) > 1
            and differ[0][1].startswith(differ[0][0])
        )
    return False


def _nearest_before(
    candidates: list[Entity], f: Found, seen_at: dict[int, list[tuple[str, int]]]
) -> list[Entity]:
    """Of people sharing a short name, the one whose full name was written last before
    `f` in its article (a list of one), or all of them when that does not decide."""
    here, at = f.sentence.article_id, f.sentence.index
    last = {
        id(e): max((k for a, k in seen_at.get(id(e), []) if a == here and k <= at), default=-1)
        for e in candidates
    }
    best = max(last.values())
    winners = [e for e in candidates if last[id(e)] == best]
    return winners if best >= 0 and len(winners) == 1 else candidates


_GENERIC_TITLES = {"lãnh đạo", "nhà lãnh đạo", "đại diện", "chuyên gia", "người đứng đầu", "lãnh tụ"}
_PLURAL = re.compile(r"(?:hai|ba|bốn|năm|các|những|nhiều|mọi|\d+)\s+$", re.I)
PLURAL_REACH = 24  # characters before a title in which its plural word stands ("những nhà lãnh đạo")


# "của" right after a title (a word or two of it may come between): whose title it is
# ("HLV trưởng của Indonesia", "Giám đốc của công ty X")
_OWNER_AFTER_TITLE = re.compile(r"(?:\s+[" + LOWER + r"]+){0,2}?\s+của\s+")


def owner_fits(text: str, title_end: int, holder: Entity, index: Index) -> bool:
    """Whether `holder` may hold the title ending at `title_end`: unless the text says
    whose title it is ("HLV trưởng của Indonesia" is not the coach of Vietnam the story
    named "HLV X"), the owner's name, or its first two words when in lowercase ("của
    đội khách"), is in the holder's name, roles or aliases, or right after a mention of
    them ("Karel Dunn (Velmora FC)")."""
    owned = _OWNER_AFTER_TITLE.match(text, title_end)
    if owned is None:
        return True
    words = text[owned.end() : owned.end() + 80].split()[:4]
    capitals = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    owner = names.key(" ".join(capitals or words[:2]).strip(",.;:()"))
    if not owner:
        return False
    told = [holder.name, *holder.roles, *holder.aliases]
    told += [
        f.sentence.text[f.mention.end : f.mention.end + OWNER_REACH]
        for f in index.found
        if f.entity is holder
    ]
    return owner in names.key(" | ".join(told))


OWNER_REACH = 40  # characters after a holder's mention where their body may be told


def _owned_by_holder(f: Found, holder: Entity | None, index: Index) -> Entity | None:
    """The holder a title resolved to, if the title's owner fits (`owner_fits`)."""
    if holder is None or not owner_fits(f.sentence.text, f.mention.end, holder, index):
        return None
    return holder


def _specific(f: Found) -> bool:
    """A title alone names one person unless it is plural ("hai nhà lãnh đạo") or
    generic ("lãnh đạo") without a qualifier."""
    if _PLURAL.search(f.sentence.text[max(0, f.mention.start - PLURAL_REACH) : f.mention.start]):
        return False
    return names.key(f.mention.role or "") not in _GENERIC_TITLES


# A word that makes the name after it an object, whose comma then ends a fronted clause,
# not an apposition ("Sau khi biết việc của X, đại diện Y tuyên bố ...")
_OBJECT_BEFORE_NAME = re.compile(
    r"(?<!\w)(?:của|với|cho|về|từ|và|gặp|biết|thấy|tiếp|thăm|mời|giữa)\s+(?:(?:ông|bà|anh|chị|cô)\s+)?$", re.I
)
OBJECT_REACH = 40  # characters before a name where `_OBJECT_BEFORE_NAME` may stand


def an_object(f: Found) -> bool:
    """The name is an object, after "của", "với", "gặp"... (the words right before it: a
    window, not the text from the sentence's start, which was quadratic on long runs)."""
    before = max(0, f.mention.start - OBJECT_REACH)
    return bool(_OBJECT_BEFORE_NAME.search(f.sentence.text, before, f.mention.start))


# An apposition after a name: up to what closes the clause or a verb of saying begins
# (written in lowercase: a capitalised one is a word of a body's name, "Trung tâm Dự báo X")
_APPOSITION_ENDS = re.compile(
    r"[.;:“”(]|(?<!\w)(?:" + "|".join(re.escape(v) for v in names.REPORTING_VERBS) + r")(?!\w)"
)
_APPOSITION_PARTS = re.compile(r"\s*,\s*|\s+[–-]\s+")
MAX_APPOSITION_CHARS = 160


def appositive_titles(text: str, end: int) -> list[str]:
    """The titles a name's apposition gives it, each a part between commas or dashes that
    opens with a title ("X, Chánh Văn phòng, Người phát ngôn Bộ Y cho biết": "Chánh Văn
    phòng", "Người phát ngôn Bộ Y"), or a part of the bracket right after the name ("X
    (52 tuổi, Giám đốc Công ty Y)"); a title may be a former one ("cựu Giám đốc",
    "nguyên Bộ trưởng"). None when no comma, dash or bracket follows the name."""
    bracket = _BRACKET_AFTER.match(text, end)
    if bracket is not None:
        parts = [p.strip() for p in re.split(r"[,;]", bracket.group(1))]
    else:
        if not _APPOSITION_PARTS.match(text, end):
            return []
        stop = _APPOSITION_ENDS.search(text, end, end + MAX_APPOSITION_CHARS)
        if stop is None:
            return []
        parts = [p.strip() for p in _APPOSITION_PARTS.split(text[end : stop.start()]) if p.strip()]
    return [p for p in parts if names.title_at(p, _FORMER.match(p).end()) and len(p.split()) > 1]


# A bracket right after a name, as news writes a person's age, title and home in it
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1," + str(MAX_APPOSITION_CHARS) + r"})\)")
# "Former" before a title: "cựu Giám đốc", "nguyên Bộ trưởng"
_FORMER = re.compile(r"(?:(?:cựu|nguyên|Cựu|Nguyên)\s+)?")


def resolve_role(index: Index, role: str, sentence: Sentence) -> Entity | None:
    """The person the story gives `role` to: in the same article first, then anywhere;
    a bare title ("người phát ngôn") matches the fuller title it begins."""
    want = _role_key(role)
    cached = index.role_answers.get((want, sentence.article_id))
    if cached is not None:
        return cached[0]
    table = index.role_table()
    keys = {" ".join(want.split()[:n]) for n in range(1, len(want.split()) + 1)} | table.extending.get(
        want, set()
    )
    answer = None
    for scope in (sentence.article_id, None):
        found: set[int] = set()
        first: Entity | None = None
        for key in keys:
            for e, articles in table.holders.get(key, {}).values():
                if scope is None or scope in articles:
                    found.add(id(e))
                    first = e
        if len(found) == 1:
            answer = first
            break
        if scope is not None and len(found) > 1:
            # two holders in the article ("Quốc vương Torvin Karel", named so again and again,
            # and once his father "Quốc vương Mikael Dunn"): the bare title is the one the
            # article names with it far more often
            answer = _article_s_holder(table, want, scope, found)
            break
    index.role_answers[(want, sentence.article_id)] = (answer,)
    return answer


# How many times as often as any other holder one must be named with a title in the
# article for the bare title to be theirs there (a title held by several people at once,
# "Ủy viên Bộ Chính trị" in a list, names each once: no holder). Not tuned: 3 by reading
# the 400 dev stories, where it changes 4 (a monarch named with his title again and again
# beside his father named once, vims Cluster_092, and three aliases of a coach, a judge
# and a minister); none of them is wrong.
DOMINANT_HOLDER = 3


def _article_s_holder(table: RoleTable, want: str, article: str, among: set[int]) -> Entity | None:
    """Of the holders `among` (ids) of the title `want` in `article`, the one named with
    that very title there `DOMINANT_HOLDER` times as often as each other; None when
    one of them holds only a longer title beginning so ("Vụ trưởng Vụ X")."""
    times = table.times.get((want, article), Counter())
    if set(times) != among:
        return None
    (top, most), (_, second) = times.most_common(2)
    if most < DOMINANT_HOLDER * second:
        return None
    return next(e for e, _ in table.holders[want].values() if id(e) == top)


_PLACE_WORDS_LONGEST = sorted({*names.PLACE_MARKERS, *mention_finder.PLACE_NOUNS}, key=len, reverse=True)
_PLACE_WORD_BEFORE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in _PLACE_WORDS_LONGEST) + r")\.?\s+", re.I
)


def _same_body_with_place(text: str, known: dict[str, Entity], known_place) -> Entity | None:
    """The organisation the rules found, when the recognizer's name is it with its place
    after it: "Sở Xây dựng Đà Nẵng" for the story's "Sở Xây dựng" (a body named once in
    full, then short)."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        rest = " ".join(words[cut:])
        if not (names.place(rest) or known_place(rest)):
            continue
        found = known.get(names.key(" ".join(words[:cut])))
        if found is not None and found.type == "ORG":
            return found
    return None


TITLE_REACH = 4  # words before a name in which its title stands ("Bộ trưởng Quốc phòng |X")
WORD_BEFORE_REACH = 80  # characters: longer than any word of a place's name


def _title_before(text: str, start: int) -> bool:
    """A title of `names.TITLES` begins among the few words before `start` ("Thủ tướng
    |Đức Hans X", "Bộ trưởng Quốc phòng |Ukraine Y")."""
    head = text[max(0, start - 60) : start]
    words = list(re.finditer(r"\S+", head))[-TITLE_REACH:]
    return any(names.title_at(head, w.start()) for w in words)


# A street's word right before a name ("căn nhà đường Trần Văn A", "số 5 phố X")
_STREET_BEFORE = re.compile(
    # (not "thành phố": a city named after a person, "thành phố Hồ Chí Minh")
    r"(?<!\w)(?<!thành )(?<!Thành )(?:"
    + "|".join(sorted(names.STREET_WORDS, key=len, reverse=True))
    + r")\s+$"
)


def _streets_named_after_people(found: list[recognizer_name], text: str) -> list[recognizer_name]:
    """A person's name the recognizer tagged right after a street's word, written in
    lowercase ("căn nhà đường Trần Văn A"): the street, named after that person, with
    its word, as the rules name a street."""
    out = []
    for n in found:
        street = _STREET_BEFORE.search(text, max(0, n.start - STREET_WORD_REACH), n.start)
        if n.type == "PER" and street is not None:
            n = recognizer_name(street.start(), n.end, "LOC", text[street.start() : n.end])
        out.append(n)
    return out


STREET_WORD_REACH = 10  # characters: "quốc lộ " and a space


_PAUSE_AT_END = re.compile(r"[\s,;:–-]+$")


def _ends_a_place(words: list[str], heads: list[str], p: int, story_places: frozenset[str]) -> bool:
    """Whether a known place ends at word `p` of a run read as a place after a title: the
    table's place, or the story's own (only a place word before it, "bang": "Quốc phòng
    Mỹ" is a title's field) with two capitalised words at least after it, none a place."""
    if names.place(heads[p]):
        return True
    rest = words[p:]
    return (
        names.key(words[p - 1]) in story_places
        and all(w[:1].islower() for w in words[: p - 1])
        and len(rest) >= 2
        and all(w[:1].isupper() and names.key(w) not in story_places for w in rest)
    )


def _places_before_titled_names(
    found: list[recognizer_name],
    text: str,
    place_word: Callable[[str], bool],
    story_places: frozenset[str] = frozenset(),
) -> list[recognizer_name]:
    """The recognizer's places, each cut where a known place ends inside it right after a
    title, when capitalised words follow that are no place (`place_word`: the training
    part has the word mostly in places, "Arabia" of "Vương quốc Saudi Arabia"): "Tổng
    thống |Pháp Torvin|" tagged a place whole is the country and the president's name
    (which the rules then read); "Bộ trưởng Quốc phòng |Mỹ Karel Dunn|" likewise. A
    place the story names alone elsewhere (`story_places`) ends there too when two
    capitalised words at least follow, none a place: "Thống đốc |bang Karelia Torvin
    Dunn|" is the state and its governor."""
    out = []
    for n in found:
        words = n.text.split()
        if n.type == "LOC" and len(words) > 1 and not names.place(n.text) and _title_before(text, n.start):
            heads = [_PAUSE_AT_END.sub("", " ".join(words[:p])) for p in range(len(words))]
            cut = next(
                (p for p in range(len(words) - 1, 0, -1) if _ends_a_place(words, heads, p, story_places)),
                None,
            )
            if cut is not None and words[cut][:1].isupper() and not place_word(words[cut]):
                head = heads[cut]
                n = recognizer_name(n.start, n.start + len(head), "LOC", head)
            elif (
                cut is None
                and words[0][:1].isupper()
                and words[1][:1].islower()
                and any(names.place(w) for w in words[2:])
            ):
                continue  # "Quốc phòng Mỹ ...": the title's field, then its country, no place
        out.append(n)
    return out


def _person_without_place(
    name: recognizer_name, text: str, tagger, story_places: frozenset[str] = frozenset()
) -> recognizer_name | None:
    """A person's name as the recognizer tagged it, without a place glued to its front:
    a span that starts inside a place ("Ấn Độ X" tagged from "Độ": the place's last word
    is cut, and a name of one word left after it is no name), or, right after a title, a
    country before a foreign name ("Thủ tướng Đức Hans X", "Bộ trưởng Ukraine Y": the
    country is the title's; "Mỹ Tâm", "Đức Huy" stay, their second word being Vietnamese,
    and "Paris X" with no title before it is a name). None when nothing of a name is
    left."""
    words = name.text.split()
    if name.type != "PER" or len(words) < 2:
        return name
    # (the word before, from a window: splitting all the text before each name was
    # quadratic in a long run of names)
    before = text[max(0, name.start - WORD_BEFORE_REACH) : name.start].split()[-1:]
    inside_place = bool(before) and names.place(f"{before[0]} {words[0]}") is not None
    if name.start == 0 and len(words) > 2 and words[0].lower() in mention_finder.OPENERS:
        # "Vắng Trần Văn A, ...": a sentence's capitalised first word that opens no name
        start = name.text.index(words[1], len(words[0]))
        return recognizer_name(start, name.end, name.type, text[start : name.end])
    country_of_title = (
        (names.place(words[0]) is not None or names.key(words[0]) in story_places)
        and not tagger.in_dictionary(words[1])
        and _title_before(text, name.start)
    )
    if not (inside_place or country_of_title):
        return name
    if inside_place and len(words) == 2:
        return None  # "Ấn Độ Dương": the rest of a place, not a person
    start = name.start + name.text.index(words[1], len(words[0]))
    return recognizer_name(start, name.end, name.type, text[start : name.end])


def add_recognized(story: Story, index: Index) -> None:
    """Names the trained recognizer (`facts.recognizer`) finds that no entity of the
    rules covers become entities of their own: sports, show-business and local names
    the title and honorific rules never see. Run after quotes are attributed, so the
    speakers the rules resolved are left as they are (adding names before attribution
    moved 5 of 101 speakers of the own gold to a nearby organisation). Entities are
    ranked and numbered again; quotes keep pointing at the same entity."""
    from tomtat.facts import recognizer

    tagger = recognizer.default()
    known: dict[str, Entity] = {}
    for e in index.ranked:
        for surface in (e.name, *e.aliases):
            known.setdefault(names.key(surface), e)
    persons = [e for e in index.ranked if e.type == "PER"]
    added: dict[str, Entity] = {}
    # a sentence repeated from another article is tagged there; titles and captions,
    # which `build` tagged but did not read for mentions, are read here
    read = [
        s for a in story.kept_articles for s in [*a.sentences, *_outside_text(a)] if s.duplicate_of is None
    ]
    unread = [s for s in read if id(s) not in index.recognized]
    # what `build` has not tagged (a story built without it) is tagged here, all at once
    pre = index.outside_names
    todo = [s for s in unread if s.text not in pre]
    fresh = dict(zip(map(id, todo), tagger.names_many([s.text for s in todo]), strict=True))
    outside = {id(s): pre[s.text] if s.text in pre else fresh[id(s)] for s in unread}
    for tagged_names in [*index.recognized.values(), *outside.values()]:
        index.recognized_keys.update(names.key(n.text) for n in tagged_names)
    # titles the rules read with their body ("Tổng giám đốc X" of a person named before)
    roles: dict[int, list[tuple[int, int]]] = {}
    for f in index.found:
        if f.mention.kind == "ROLE":
            roles.setdefault(id(f.sentence), []).append((f.mention.start, f.mention.end))
    for s in read:
        tagged = index.recognized.get(id(s))
        for found in tagged if tagged is not None else outside[id(s)]:
            if found.type == "PER" and " " not in found.text and any(
                a <= found.start and found.end == b for a, b in roles.get(id(s), ())
            ):
                continue  # a title's one-word body the recognizer read as a person: no one
            name = _person_without_place(found, s.text, tagger, index.story_places)
            if name is None:
                continue
            k = names.key(name.text)
            if not k or len(k) < 2:
                continue
            e = known.get(k) or added.get(name.type + ":" + k)
            if e is None and name.type == "PER" and len(k.split()) == 1:
                hits = [
                    p for p in persons if k in (names.key(p.name).split()[0], names.key(p.name).split()[-1])
                ]
                e = hits[0] if len(hits) == 1 else None
            if e is None and name.type == "LOC" and names.place(name.text):
                e = known.get(names.key(names.place(name.text) or ""))
            if e is None and name.type == "ORG":
                e = _same_body_with_place(name.text, known, tagger.known_place)
                if e is not None:  # the full name is the one to show, once
                    known[k] = e
                    if e.name not in e.aliases:
                        e.aliases.append(e.name)
                    e.name = name.text
            if e is None and name.type == "LOC":
                # "thành phố Đà Nẵng", "ga Hòa Khánh": the place the rules named without
                # (or with) its administrative word or place noun
                bare = _PLACE_WORD_BEFORE.sub("", name.text, count=1)
                if bare != name.text:
                    found = known.get(names.key(bare))
                    e = found if found is not None and found.type == "LOC" else None
            if e is None:
                canon = (names.place(name.text) or name.text) if name.type == "LOC" else name.text
                e = added[name.type + ":" + k] = Entity(id="", name=balanced_name(canon), type=name.type)
                if name.type == "PER":
                    persons.append(e)
            if name.text != e.name and name.text not in e.aliases:
                e.aliases.append(name.text)
            where = (s.article_id, s.index)
            if where not in e.mentions:
                e.mentions.append(where)
    if not added:
        return
    ranked = index.ranked + list(added.values())
    for e in ranked:
        e.score = len(e.mentions) * len({art for art, _ in e.mentions})
    ranked.sort(key=lambda e: (-e.score, e.name))
    _renumber(story, index, ranked)


TITLE_SENTENCE = -1  # the sentence index of a mention in the article's title or a caption


def _outside_text(article) -> list[Sentence]:
    """The article's title and its photo captions (credits off) as sentences of their
    own, at `TITLE_SENTENCE`: the names a reader sees there are the article's too
    ("Bà Nguyễn Thị Nghĩa phát biểu tại hội nghị."), though no statement is read there."""
    from tomtat.cleaning.cues import is_credit_only, is_figure_credit, strip_credit

    captions = [strip_credit(c) for c in article.captions or []]
    # a credit alone names the photographer or the agency, not someone of the story
    captions = [c for c in captions if not is_credit_only(c) and not is_figure_credit(c)]
    texts = [article.title or "", *captions]
    return [Sentence(t, article.id, -1, TITLE_SENTENCE) for t in texts if t.strip()]


def _name_span(m: mention_finder.Mention) -> tuple[int, int]:
    """Character span of the proper name inside a mention ("Trưởng phòng Giáo" -> "Giáo")."""
    if m.name and m.text.endswith(m.name):
        return m.end - len(m.name), m.end
    return m.start, m.end


def drop_fragments(story: Story, index: Index) -> None:
    """An entity every mention of which is a piece of a longer name the recognizer
    tagged as another type leaves the story's entities, unless it speaks: "Việt" in
    "Tập đoàn Sao Việt Nam", "Quốc" in "Hàn Quốc", "Vận" in "Bộ Giao thông Vận
    tải" (the rules cut names at lowercase words; the recognizer, trained on whole
    names, sees where they end). A place inside a longer place ("tỉnh Kim Sơn") is
    the same place and stays."""
    speaking = {q.speaker for q in story.quotes}
    inside: dict[int, bool] = {}
    where: dict[int, set[tuple[str, int]]] = {}  # sentences of the pieces
    for f in index.found:
        e = f.entity
        if e is None or inside.get(id(e)) is False:
            continue
        tagged = index.recognized.get(id(f.sentence))
        a, b = _name_span(f.mention)
        inside[id(e)] = bool(tagged) and any(
            n.type != e.type and n.start <= a and b <= n.end and n.end - n.start > b - a for n in tagged
        )
        where.setdefault(id(e), set()).add(f.sentence.key)
    # an entity the recognizer also found on its own elsewhere (`add_recognized`) stays
    kept = [
        e
        for e in index.ranked
        if e.id in speaking or not inside.get(id(e), False) or not set(e.mentions) <= where[id(e)]
    ]
    if len(kept) != len(index.ranked):
        _renumber(story, index, kept)


def drop_unrecognized(story: Story, index: Index) -> None:
    """An entity only the rules found, under no name the recognizer tagged anywhere in
    the story, leaves the story's entities unless it speaks: the rules cut names at
    lowercase words and read titles loosely ("Quốc hội X gồm 120 ghế", "Tổ chức phi
    Chính phủ nước", "Bí thư Thành" as a person "Thành"), and a place they find inside an
    organisation's name ("Công an tỉnh Q") is the organisation's. A place of the alias
    table (countries, provinces, capitals) stays: the table is a name list of its own.
    Measured with a recognizer trained on half of VLSP 2018 train, on the other half's
    articles (neither read for the rule): such entities were 152 wrong for 63 right;
    names among a story's entities R/P .799/.793 -> .788/.816 (without the place
    exemption .786/.817). VLSP dev, shipped model (`benchmarks/names.py`): .818/.822 ->
    .810/.852; the own who-said-what gold and the seeds' entities unchanged. Runs after
    `add_recognized`, which records every name the recognizer tagged (titles and captions
    included) in `index.recognized_keys`."""
    if not index.recognized_keys:
        return
    speaking = {q.speaker for q in story.quotes}
    known = index.recognized_keys
    kept = [
        e
        for e in index.ranked
        if e.id in speaking
        or (e.type == "LOC" and names.place(e.name))
        or any(names.key(x) in known for x in (e.name, *e.aliases))
    ]
    if len(kept) != len(index.ranked):
        _renumber(story, index, kept)


def _renumber(story: Story, index: Index, ranked: list[Entity]) -> None:
    """Make `ranked` the story's entities, numbered in order; quotes keep their speakers."""
    before = {e.id: e for e in index.ranked}
    for n, e in enumerate(ranked, 1):
        e.id = f"e{n}"
    for q in story.quotes:
        if q.speaker in before:
            q.speaker = before[q.speaker].id
    index.ranked = ranked
    story.entities = ranked


# Heads that are a name in themselves (unlike "Quốc hội" or "Chính phủ", which are
# words for any country's parliament or government, VLSP 2018 does not mark them).
_NAMED_HEADS = {"liên hợp quốc", "nhà trắng", "điện kremlin", "lầu năm góc", "tân hoa xã", "ttxvn"}
_HEAD_KEYS = sorted({h.lower() for h in names.ORG_HEADS} - _NAMED_HEADS, key=len, reverse=True)


# Bodies every state has: with a country after them ("Hải quân Pháp", "Chính phủ
# Ba Lan") they say which country's, as "the Polish government" does; the country
# is the name (VLSP 2018 marks it alone). A parliament is named ("Quốc hội Pháp" is).
_STATE_BODIES = ("chính phủ", "quân đội", "hải quân", "không quân", "lục quân", "cảnh sát")


def generic_organisation(name: str) -> bool:
    """An organisation named by a common noun, not a name: a head ("Công ty", "Ban",
    "Chính phủ") with only lowercase words after it ("Ban giám hiệu", "Hội phụ huynh",
    "Trường cao đẳng"), or a body every state has followed by its country ("Hải quân
    Pháp"). Vietnamese writes the words of a name capitalised ("Ban Tuyên
    giáo Trung ương"); VLSP 2018's annotators mark 68 of 5,110 organisations of the
    training part in the generic form, most of them one-piece names ("Liên hợp quốc")."""
    low = name.lower()
    body = next((b for b in _STATE_BODIES if low.startswith(b + " ")), None)
    if body is not None and names.place(name[len(body) :].strip()):
        return True
    head = next((h for h in _HEAD_KEYS if low == h or low.startswith(h + " ")), None)
    if head is None:
        return False
    rest = name[len(head) :].split()
    return all(w[:1].islower() for w in rest)


def drop_generic(story: Story, index: Index) -> None:
    """Organisations named by a common noun leave the story's entities unless they are
    the speaker of a statement ("Ban tổ chức cho biết ..."): the reader's list of who and
    what the story is about holds names. VLSP 2018 names among a story's entities
    (`benchmarks/names.py`): dev precision .732 -> .755, recall .798 -> .797 (dev's
    false entities were read for this rule); train, not read, .814 -> .836, .890 -> .888.
    Own statements gold unchanged (speakers stay)."""
    speaking = {q.speaker for q in story.quotes}
    kept = [
        e
        for e in index.ranked
        if not (e.type == "ORG" and e.id not in speaking and generic_organisation(e.name))
    ]
    if len(kept) != len(index.ranked):
        _renumber(story, index, kept)


_WORD = re.compile(r"[\w-]+")


# Words of a body's name that needs its place to be one body ("Sở Y tế", "UBND TP", "Bộ
# Quốc phòng"); a longer name is one in itself ("Tổ chức Ân xá Quốc tế")
BODY_NEEDING_A_PLACE_WORDS = 3


def name_bodies_by_their_place(story: Story, index: Index | None = None) -> None:
    """An organisation the story names without its country ("Bộ Y tế cho biết ...") is
    named in full where the story writes it once with one ("người phát ngôn Bộ Y tế Lào
    ..."): a reader, and a speaker's name, need whose ministry it is. Only
    a name that opens with a body's head word (Bộ, Chính phủ, Ủy ban...), when every
    fuller form in the story names the same place and no other entity already has that
    name; the short form stays an alias."""
    from tomtat.facts.recognizer import default

    known_place = default().known_place
    texts = [s.text for a in story.kept_articles for s in a.sentences]
    taken = {names.key(e.name) for e in story.entities}
    into: dict[str, Entity] = {}
    for e in story.entities:
        if e.type != "ORG" or not names.org_head_at(e.name, 0) or _place_tail(e.name.split()):
            continue
        found: dict[str, str] = {}  # canonical place -> the fuller name as first written
        for text in texts:
            at = text.find(e.name + " ")
            while at >= 0 and len(found) < 2:
                start = at + len(e.name) + 1
                words = []
                for m in _WORD.finditer(text, start):
                    if m.start() != start or not m.group(0)[0].isupper() or len(words) == names.LONGEST_PLACE:
                        break
                    words.append(m.group(0))
                    start = m.end() + 1
                for n in range(len(words), 0, -1):
                    phrase = " ".join(words[:n])
                    # a country, or a province or city the training part names as a place
                    # (two syllables at least: "TP", "Tp" alone are no place's name)
                    where = names.place(phrase) or (fold(phrase) if n >= 2 and known_place(phrase) else None)
                    if where:
                        found.setdefault(where, f"{e.name} {' '.join(words[:n])}")
                        break
                at = text.find(e.name + " ", at + 1)
        if len(found) == 1:
            full = next(iter(found.values()))
            if names.key(full) not in taken:
                e.aliases.append(e.name)
                e.name = full
                taken.add(names.key(full))
            elif index is not None and len(e.name.split()) <= BODY_NEEDING_A_PLACE_WORDS:
                # the full form is a body of the story already ("Sở Y tế X" beside "Sở Y
                # tế" in a title "Phó Giám đốc Sở Y tế Y"): one body
                key = names.key(full)
                target = next((o for o in story.entities if o.type == "ORG" and names.key(o.name) == key), e)
                if target is not e:
                    into[e.id] = target
    if index is not None and into:
        for e in story.entities:
            if e.id in into:
                _absorb(story, e, into[e.id])
        _renumber(story, index, [e for e in index.ranked if e.id not in into])


_WORD_CHARS = re.compile(r"\w+")


def roles_from_appositions(story: Story, index: Index) -> None:
    """A person's titles written after the name, between commas or dashes ("Ông X, Phó
    Chủ tịch Hiệp hội Y, nhận định"), join the titles written before it as the person's
    roles: who a speaker is, as the text says it. After every merge and drop, so that
    the roles a person is told apart or kept by stay those written before the name."""
    kept = {id(e) for e in story.entities}
    # where each sentence names people: (start, person), sorted, for a bisection (a
    # hostile sentence of thousands of names stays linear)
    people: dict[int, list[tuple[int, int]]] = {}
    for g in index.found:
        # (people of the story: not a name merged since into a body, "đại diện X" of "Công ty X")
        if g.entity is not None and g.entity.type == "PER" and id(g.entity) in kept:
            people.setdefault(id(g.sentence), []).append((g.mention.start, id(g.entity)))
    for starts in people.values():
        starts.sort()
    for f in index.found:
        e = f.entity
        if e is None or e.type != "PER" or id(e) not in kept or f.mention.kind not in ("PER", "NAME"):
            continue
        if an_object(f):
            continue  # "Sau khi biết việc của X, đại diện Y tuyên bố": X is no subject
        opening = _title_opening(f)
        for title in [*appositive_titles(f.sentence.text, f.mention.end), *opening]:
            words = title.split()
            if len(words) > MAX_ROLE_WORDS or any(w in _CLAUSE_WORDS for w in words):
                continue  # "Giám đốc Sở đã ký ...", "... cũng": a clause, not a title
            held = names.title_at(title, _FORMER.match(title).end()) or ""
            rest = title[len(held) :].split()
            if rest and set(rest) <= set(e.name.split()):
                continue  # "Lê Thị A (Hoa hậu A, 26 tuổi)": the person by her title, no role
            # (closed by a name, a number or a body's level: "... thành phố", "... tỉnh"; a
            # name's last word may be two syllables, the second lowercase: "Sở Tài chính")
            closed = words[-1][:1].isupper() or words[-1].isdigit()
            closed = closed or bool(_WHOSE_LEVEL & {words[-1], " ".join(words[-2:])})
            closed = closed or (words[-1].islower() and words[-2][:1].isupper() and _one_word(*words[-2:]))
            if len(words) > SHORT_ROLE_WORDS and not closed:
                # a long title closes with its body's name ("Chủ tịch Hội X", "Đội CSGT số
                # 1"); one that closes in lowercase ran on over a clause ("Chủ tịch Tập
                # đoàn X long trọng ...", "bác sĩ kịp thời cứu chữa")
                continue
            at = f.sentence.text.find(title, 0 if title in opening else f.mention.end)
            if not _TITLE_CLOSED.match(f.sentence.text, at + len(title)) or words[-1] in ("TP", "Tp", "TX"):
                # the last part ran on over a verb of its own ("..., Trưởng Ban X truyền
                # đạt ..."), or stopped at an abbreviation's dot ("Công an TP. Y")
                continue
            starts = people[id(f.sentence)]
            first = bisect.bisect_left(starts, (at, -1))
            last = bisect.bisect_left(starts, (at + len(title), -1))
            if any(who != id(e) for _, who in starts[first:last]):
                continue  # "X, nhạc sĩ Y, ca sĩ Z": other people named in a list
            if not _holds_title(e.roles, title):
                e.roles.append(title)
    for e in story.entities:
        if e.type == "PER" and len(e.roles) > 1:
            e.roles = _without_titles_said_in_full(e.roles)


def _one_word(first: str, second: str) -> bool:
    """Two syllables that are one word of the outside word lists ("Tài chính", "Văn hóa";
    not "Hải Long ký", a name then the verb after it)."""
    from tomtat.facts import recognizer

    tagger = recognizer.default()
    lexicon = tagger.gazetteer.lexicon
    pair = (fold(first), fold(second))
    return tagger.opens_a_word(first, second) or (lexicon is not None and pair in lexicon.phrases)


def _without_titles_said_in_full(roles: list[str]) -> list[str]:
    """A person's titles less a bare one another of them says in full ("Thứ trưởng"
    beside "Thứ trưởng Bộ X", "Chủ tịch" beside "Chủ tịch UBND tỉnh Y"): the fuller
    says who the person is, and the bare one, written where the story named the person
    again, adds nothing."""
    keys = [_role_key(r) for r in roles]
    return [r for r, k in zip(roles, keys, strict=True) if not any(o.startswith(k + " ") for o in keys)]


def _title_opening(f: Found) -> list[str]:
    """The title a sentence opens with before a comma and the person's name, as news
    writes a spokesman ("Người phát ngôn Bộ X, Đại tá Y, nói ..."): [that title], or []."""
    text = f.sentence.text
    m = _OPENING_TITLE.fullmatch(text, 0, f.mention.start)
    if m is None or not names.title_at(m.group(1), 0) or len(m.group(1).split()) < 2:
        return []
    if _OPENING_CLAUSE_WORDS & set(m.group(1).split()):
        return []  # "HLV X có nhiều cầu thủ ..., Y, ...": a clause, then a list of names
    return [m.group(1)]


# Words of a clause, not of a title's ("có", "là", "trên hàng công")
_OPENING_CLAUSE_WORDS = frozenset({"có", "là", "trên", "dưới", "khi", "nhiều"})
# A sentence's opening up to a comma right before a name: the title the name holds
_OPENING_TITLE = re.compile(r"\s*([^,;:.“”()]{3,120}?)\s*,\s*")
MAX_ROLE_WORDS = 14  # longer titles after a name are clauses that run on
# The level a body is of, closing its name in lowercase ("Bệnh viện Đa khoa tỉnh",
# "Trung tâm Y tế huyện"): the body's, not a clause's
_WHOSE_LEVEL = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "thành phố"})
SHORT_ROLE_WORDS = 4  # a title this short may close in lowercase ("chuyên gia kinh tế")
# What closes a title written after a name: a comma or a dash (more apposition), a
# bracket, the sentence's end, or the verb of saying it is the subject of (not a colon:
# "X, Trưởng ban Y truyền đạt: ...", where the title ran on over a verb of its own)
_TITLE_CLOSED = re.compile(
    # (maybe after its place in brackets: "..., Chi cục trưởng X (tỉnh Y) xác nhận")
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:[,;)–-]|\.\s*$|$|(?:" + "|".join(names.REPORTING_VERBS) + r")(?!\w))",
    re.I,
)
# Words of a clause, which no title holds: tense and aspect, "too", "with", "not"; and
# demonstratives, which point back instead of naming ("Giám đốc Sở này")
_CLAUSE_WORDS = frozenset(
    {"đã", "đang", "sẽ", "vừa", "mới", "cũng", "cùng", "đều", "không", "chưa", "được", "bị", "thì", "mà"}
    | {"này", "đó", "ấy"}
)


def name_as_written(story: Story) -> None:
    """An entity's name is one the story writes. The place table names a place one way
    for every outlet ("TP.HCM", "Mỹ", "Australia"); when no article of the story writes
    that form ("Thành phố Hồ Chí Minh", "Hoa Kỳ", "Úc"), the form it first wrote is the
    name and the table's form its first alias (how other stories name and find it). On
    VLSP 2018 dev (one article a story) 25 of 2,900 entity names were such table forms;
    on the 400 dev clusters 81 names change, every one a place ("TP Hồ Chí Minh",
    "Úc", "Hong Kong", "UAE", "Hoa Kỳ")."""
    def words(text: str) -> str:
        return " ".join(_WORD_CHARS.findall(names.key(text)))

    def sentence_words(s: Sentence) -> str:
        # its syllables are those words, folded once by the segmenter (folding every
        # sentence again was 1.5% of summarizing a cluster); an underscore, which the
        # syllables split on and `\w` does not, is read again
        return words(s.text) if "_" in s.text else " ".join(s.syllables)

    written = " | ".join(
        [
            *(sentence_words(s) for a in story.kept_articles for s in a.sentences),
            *(words(t) for a in story.kept_articles for t in [a.title or "", *(a.captions or [])]),
        ]
    )
    for e in story.entities:
        if not e.aliases or f" {words(e.name)} " in f" {written} ":
            continue
        first = e.aliases[0]
        e.aliases[0] = e.name
        e.name = first


_BRACKETED = re.compile(r"\(\s*([^()]{1,60}?)\s*\)")
_NAME_PARTS = re.compile(r"\s+[-–—]\s+|\s*[;,]\s*")
_SHORT_NAME_WORDS = 5


def _short_name(part: str) -> bool:
    """A name as news gives one in brackets: an acronym or a few capitalised words, not
    a body's name ("Cục Trồng trọt (Bộ Nông nghiệp)": the body a unit belongs to), a
    place ("Trường tiểu học Y (TP. X)": where it is) or an address ("(12 Lê Lai)")."""
    words = part.split()
    return (
        1 <= len(words) <= _SHORT_NAME_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and not words[0][:1].isdigit()
        and not names.org_head_at(part, 0)
        and not names.place(part)
        and not _opens_with_place_marker(part)
    )


_MARKERS = tuple(m.lower() for m in names.PLACE_MARKERS)
# abbreviations ("TP") are also written glued to the name: "TP.X", "TPHCM"
_GLUED_MARKERS = tuple(m.rstrip(".") for m in names.PLACE_MARKERS if m.rstrip(".").isupper())


def _opens_with_place_marker(part: str) -> bool:
    """ "TP. X", "TPHCM", "tỉnh X": a unit of the administration before its name."""
    low = part.lower()
    return part.startswith(_GLUED_MARKERS) or any(low.startswith((m + " ", m + ".")) for m in _MARKERS)


@functools.cache
def _body_heads() -> tuple[tuple[str, ...], ...]:
    """Folded heads a body's name is written with and without ("Công ty X", "báo X",
    "Bệnh viện X"), longest first: the recognizer's body nouns and the organisation
    heads, less the bodies every state has (with a country after them, the country is
    the name: "Không quân Pháp")."""
    from tomtat.facts.recognizer import BODY_NOUNS

    heads = set(BODY_NOUNS) | {tuple(fold(h).split()) for h in names.ORG_HEADS}
    heads -= {tuple(b.split()) for b in _STATE_BODIES} | {("quốc", "hội"), ("chính", "phủ")}
    return tuple(sorted(heads, key=len, reverse=True))


TRADE_WORDS_AFTER_HEAD = 3  # syllables of a trade between a body's head and its name, at most
# Words that make what follows a body's head a phrase, not its trade
_NOT_A_TRADE = frozenset({"của", "cho", "thuộc", "tại", "ở", "và", "với", "do"})


def merge_bodies_named_without_head(story: Story, index: Index) -> None:
    """A body the story names with its head ("Công ty Velmora", "báo Sông Lam", "Bệnh
    viện Hải Long") and without it: the bare name, which the rules or the recognizer
    made a person ("Velmora cho biết ..."), is that body, and merges into it (its
    statements become the body's). Not where the bare name reads as a person's: an
    honorific before it somewhere ("ông X"), or three syllables or more that open with a
    family name or hold a title ("Quốc hội Trần Văn A" is a title's body run into its
    holder's name); nor a place ("Công an Hải Long"). A bare name that is a body already
    merges the same way when the headed form has a common noun before it ("Tập đoàn
    Velmora" and "Velmora", "báo Sông Lam" and "Sông Lam": the same body written twice,
    in 49 of the 400 dev stories; shown by the bare name, as `build` shows a body),
    unless the bare name is a body of its own ("báo
    Công an TP" is no "Công an TP") or a place ("báo Hải Long", a province's paper)."""
    from tomtat.facts.recognizer import BODY_NOUNS

    bodies: dict[str, Entity] = {}
    common: dict[str, Entity] = {}  # the same, after a common noun only ("báo X", "tập đoàn X")
    heads = _body_heads()
    for e in index.ranked:
        if e.type != "ORG":
            continue
        for surface in (e.name, *e.aliases):
            words = fold(surface).split()
            head = next((h for h in heads if len(words) > len(h) and tuple(words[: len(h)]) == h), None)
            if head is not None:
                bodies.setdefault(" ".join(words[len(head) :]), e)
                if head in BODY_NOUNS or head == ("đội",):
                    common.setdefault(" ".join(words[len(head) :]), e)
                # ... and a firm's after its trade, written lowercase ("Công ty công nghệ X":
                # X; not "Công ty quản lý của X", X's managers)
                written = surface.split()[len(head) :]
                trade = next((k for k, w in enumerate(written) if not w[:1].islower()), len(written))
                if (
                    head in BODY_NOUNS
                    and 0 < trade <= TRADE_WORDS_AFTER_HEAD
                    and trade < len(written)
                    and not _NOT_A_TRADE & set(words[len(head) : len(head) + trade])
                ):
                    bodies.setdefault(" ".join(words[len(head) + trade :]), e)
    if not bodies:
        return
    into: dict[str, Entity] = {}
    for e in index.ranked:
        if e.type == "PER":
            body = bodies.get(fold(e.name))
            if body is None or body is e or _reads_as_a_person(e):
                continue
        elif e.type == "ORG":
            # the body written twice, with and without its common noun ("Tập đoàn
            # Velmora", "Velmora"); not a body of its own ("báo Công an TP" is no "Công an
            # TP") nor a place ("báo Hải Long")
            body = common.get(fold(e.name))
            if body is None or body is e or names.org_head_at(e.name, 0) or _a_place(e.name):
                continue
            if len(body.mentions) >= FULL_FORM_SHARE * len(e.mentions):
                into[e.id] = body  # the text itself keeps to the full form ("Ngân hàng X")
            elif body.id not in into:
                # shown by its bare name, as news names a body without the word before it
                into[body.id] = e
            continue
        else:
            continue
        into[e.id] = body
    if not into:
        return
    _merge_into(story, index, into)


CUT_WORDS = 5  # lowercase words a name may lose at its end ("... về người tị nạn")


def merge_names_cut_short(story: Story, index: Index) -> None:
    """A body or a place whose name is another's without its last, lowercase words
    ("Trung tâm Dự báo khí tượng thủy văn quốc" beside "... quốc gia", "Cao ủy Liên hợp
    quốc" beside "... về người tị nạn"), where the story never writes the short form alone:
    the recognizer cut the name short; the short form merges into the full one
    (and is no alias of it)."""
    texts = [s.text for a in story.kept_articles for s in a.sentences]
    by_name = {e.name: e for e in index.ranked if e.type in ("ORG", "LOC")}
    into: dict[str, Entity] = {}
    for e in index.ranked:
        if e.type not in ("ORG", "LOC") or len(e.name.split()) < 2:
            continue
        for full in by_name.values():
            rest = full.name[len(e.name) :]
            if full is e or not full.name.startswith(e.name + " ") or len(rest.split()) > CUT_WORDS:
                continue
            if not all(w[:1].islower() for w in rest.split()) or full.type != e.type:
                continue
            short = re.compile(r"(?<!\w)" + re.escape(e.name) + r"(?!\w)(?!" + re.escape(rest) + r"(?!\w))")
            if not any(short.search(t) for t in texts):
                into[e.id] = full
                break
    if not into:
        return
    for e in index.ranked:
        target = into.get(e.id)
        if target is not None:
            target.mentions += [w for w in e.mentions if w not in target.mentions]
            target.score += e.score
            for q in story.quotes:
                if q.speaker == e.id:
                    q.speaker = target.id
    _renumber(story, index, [e for e in index.ranked if e.id not in into])


def _merge_into(story: Story, index: Index, into: dict[str, Entity]) -> None:
    """Merge each entity of `into` into its target, following a chain to its end ("X"
    into "Tập đoàn X" into ...; two entities each the other's target stay), then number
    the story's entities again."""
    for e in index.ranked:
        target = into.get(e.id)
        if target is None:
            continue
        seen = {e.id}
        while target.id in into and target.id not in seen:
            seen.add(target.id)
            target = into[target.id]
        if target is not e:
            _absorb(story, e, target)
    _renumber(story, index, [e for e in index.ranked if e.id not in into or _kept_by_cycle(e, into)])


def _absorb(story: Story, e: Entity, target: Entity) -> None:
    """`e` becomes part of `target`: its names are aliases, its mentions and score are
    added, its statements are the target's, of the target's kind of speaker."""
    for x in (e.name, *e.aliases):
        if target.type == "ORG" and e.type == "PER" and names.title_at(x, 0):
            continue  # "đại diện X" of a name read as a person's: the body's speaker, no name of it
        if x != target.name and x not in target.aliases:
            target.aliases.append(x)
    target.mentions += [w for w in e.mentions if w not in target.mentions]
    target.score += e.score
    for q in story.quotes:
        if q.speaker == e.id:
            q.speaker = target.id
            q.speaker_kind = "person" if target.type == "PER" else "organisation"


# A body written with its common noun this many times as often as without it is shown
# with it (a bank's official name holds "Ngân hàng": in one dev story the full form 33
# times against once without it; a group written 23 times with "Tập đoàn" and 26 without
# is shown without). By reading the 49 dev stories where the rule merges.
FULL_FORM_SHARE = 3


def _kept_by_cycle(e: Entity, into: dict[str, Entity]) -> bool:
    """Whether following `into` from `e` comes back to `e` (two bodies each the other's
    bare name): such an entity is not merged away."""
    seen, body = {e.id}, into[e.id]
    while body.id in into and body.id not in seen:
        seen.add(body.id)
        body = into[body.id]
    return body is e


def _a_place(name: str) -> bool:
    """A place the place table or the recognizer's gazetteer knows."""
    from tomtat.facts import recognizer

    return bool(names.place(name)) or recognizer.default().known_place(name)


def _reads_as_a_person(e: Entity) -> bool:
    """Whether a person entity shows a person's marks: an honorific written before its
    name, or a name of three syllables or more that opens with a family name or comes
    with a title; or whether it is a place."""
    from tomtat.text.sentences import FAMILY_NAMES

    words = e.name.split()
    if _honorific_alias(e) or (len(words) >= 3 and (words[0] in FAMILY_NAMES or e.roles)):
        return True
    return _a_place(e.name)


def _honorific_alias(e: Entity) -> bool:
    """The text writes an honorific before the entity's name somewhere ("ông X")."""
    return any(a.split()[0].lower() in names.HONORIFICS for a in e.aliases if a.split())


def bodies_cut_from_their_holders(story: Story, index: Index) -> None:
    """An organisation whose name is a body run into the name of a person of the story
    who holds a title of that body ("Bộ Tư pháp Lê Văn A" beside "Lê Văn A", Bộ trưởng
    Bộ Tư pháp; "Thành ủy X", "NATO Y", "BBC Z"): the mention read the title's body and
    its holder as one name. The organisation becomes the body alone (merged into an
    organisation of that name when the story has one), its long form an alias of the
    person; when what comes before the person's name is a title alone ("Nhà báo X"), it
    is the person. Only where the person's name reads as a person's (a family name and
    three syllables, "Thị"/"Văn" in second place, a foreign name, an honorific alias):
    a youth union or a school named after a person ("Trường Trần Văn A", with Trần Văn A
    "Chủ tịch" of something else) keeps its name."""
    by_name = {e.name: e for e in index.ranked if e.type == "PER" and len(e.name.split()) >= 2}
    if not by_name:
        return
    bodies = {names.key(e.name): e for e in index.ranked if e.type == "ORG"}
    into: dict[str, Entity] = {}
    for o in index.ranked:
        if o.type != "ORG" or o.id in into:
            continue
        person = next((p for n, p in by_name.items() if o.name.endswith(" " + n)), None)
        if person is None or not _named_as_a_person(person):
            continue
        body = o.name[: len(o.name) - len(person.name)].rstrip(" ,-–")
        if not body:
            continue
        if names.title_at(body, 0) == body:
            into[o.id] = person  # "Nhà báo X": the person with a title
            continue
        first = fold(body.split()[0])
        capitalised = any(w[:1].isupper() for w in body.split())  # not "đài X": a noun alone
        if not capitalised or not any(first in fold(r).split() for r in person.roles):
            continue
        if fold(body).endswith(_PLACE_WORDS) and not any(fold(body) in fold(r) for r in person.roles):
            # "Cục X khu vực Tây Sơn Hạ": a place after its common noun (but "UBND TP X"
            # of the person titled "Phó Chủ tịch UBND TP": the city left unnamed)
            continue
        named_elsewhere = names.key(body) in bodies or names.standing_body(body.split())
        if generic_organisation(body) and not named_elsewhere:
            # "CLB X" of the club's chairman X: no body named (the state's standing
            # bodies, "Quốc hội", "Thành ủy", are names), the person
            into[o.id] = person
            continue
        if o.name not in person.aliases:
            person.aliases.append(o.name)
        o.aliases = [a for a in o.aliases if not a.endswith(person.name)]
        o.name = body
        same = bodies.get(names.key(body)) or _same_body_without_place(body, bodies)
        if same is not None and same is not o:
            into[o.id] = same
    if not into:
        return
    for e in index.ranked:
        target = into.get(e.id)
        if target is not None:
            _absorb(story, e, target)
    _renumber(story, index, [e for e in index.ranked if e.id not in into])


# Common nouns a place's name follows ("khu vực X", "tỉnh Y"), folded
_PLACE_WORDS = tuple(fold(" " + m.rstrip(".")) for m in (*names.PLACE_MARKERS, "khu vực", "vùng", "miền"))


def _same_body_without_place(body: str, bodies: dict[str, Entity]) -> Entity | None:
    """The story's organisation that `body` names with a place after it ("Bộ Ngoại giao
    Mỹ" for "Bộ Ngoại giao"), if any."""
    words = body.split()
    for cut in range(len(words) - 1, 0, -1):
        rest = " ".join(words[cut:])
        if names.place(rest):
            return bodies.get(names.key(" ".join(words[:cut])))
    return None


def _named_as_a_person(e: Entity) -> bool:
    """A person's name by its form: a family name opening three syllables or more,
    "Thị" or "Văn" in second place, a name written in no Vietnamese syllables, or an
    honorific written before it somewhere."""
    from tomtat.text.sentences import FAMILY_NAMES

    words = e.name.split()
    if _a_place(e.name):
        return False  # "khu vực Tây Sơn Hạ": a place the rules took for a person
    if len(words) >= 3 and (words[0] in FAMILY_NAMES or words[1] in ("Thị", "Văn")):
        return True
    return _honorific_alias(e) or _written_foreign(words)


def _end_of_chain(into: dict[str, Entity], e: Entity) -> Entity:
    """Where `e` ends up following `into` (a cycle stops where it closes)."""
    seen = {e.id}
    while e.id in into and into[e.id].id not in seen:
        e = into[e.id]
        seen.add(e.id)
    return e


def _join(into: dict[str, Entity], other: Entity, org: Entity) -> None:
    """`other` (a short name in brackets) is `org`'s; when it already went to another
    organisation, the two are one ("Ngân hàng TMCP X VN (VSB)" and "Ngân hàng X Việt Nam
    (VSB)": two spellings with one short name)."""
    if other.id not in into:
        into[other.id] = org
        return
    earlier = _end_of_chain(into, other)
    if earlier is not org and _end_of_chain(into, org) is not earlier:
        into[org.id] = earlier


def merge_names_in_brackets(story: Story, index: Index) -> None:
    """ "Tổ chức Y tế Thế giới (WHO)", "Hiệp hội Mẫu Quốc tế (Sample Association – SAI)": the
    name in brackets right after an organisation's is that organisation's other name, as
    Vietnamese news introduces acronyms and foreign names. The entity that name became
    (an acronym the recognizer tagged, a foreign name read as a person's) is merged into
    the organisation. Then a statement left without a speaker entity whose speaker is
    written as one of an organisation's names ("WHO cho biết ...", "Google cho biết
    ..." where the recognizer made "Google" an entity after the quotes were read) is
    that organisation's. 400 dev clusters: 185 entities merged in 101 stories, 141
    statements gain their organisation."""
    orgs = [e for e in index.ranked if e.type == "ORG"]
    if not orgs:
        return
    by_key: dict[str, Entity] = {}
    for e in index.ranked:
        for surface in (e.name, *e.aliases):
            by_key.setdefault(names.key(surface), e)
    into: dict[str, Entity] = {}  # merged entity id -> the organisation
    places = {names.key(x) for e in index.ranked if e.type == "LOC" for x in (e.name, *e.aliases)}
    for a in story.kept_articles:
        for s in a.sentences:
            if "(" not in s.text:
                continue
            for m in _BRACKETED.finditer(s.text):
                before = s.text[: m.start()].rstrip()
                owner = max(
                    (
                        (len(x), e)
                        for e in orgs
                        for x in (e.name, *e.aliases)
                        if x and before.endswith(x) and not before[: len(before) - len(x)][-1:].isalnum()
                    ),
                    default=None,
                    key=lambda pair: pair[0],
                )
                if owner is None:
                    continue
                org = owner[1]
                inner = m.group(1)
                whole = by_key.get(names.key(inner))  # "Quỹ X – QX" read as one name
                if whole is not None and whole is not org and whole.type != "LOC" and _short_name(inner):
                    _join(into, whole, org)
                for part in _NAME_PARTS.split(inner):
                    if not _short_name(part):
                        continue
                    place = names.place(part)
                    if (place is not None and names.key(place) != names.key(org.name)) or (
                        place is None and (_a_place(part) or names.key(part) in places)
                    ):
                        # "Công an xã X (Hải Long)": where the body is, not another name
                        # of it (but "Liên minh châu Âu (EU)", a union the place table has)
                        continue
                    other = by_key.get(names.key(part))
                    if other is not None and other is not org and other.type != "LOC":
                        _join(into, other, org)
                    if part != org.name and part not in org.aliases:
                        org.aliases.append(part)
                        by_key.setdefault(names.key(part), org)
    for e in index.ranked:
        org = into.get(e.id)
        if org is None:
            continue
        org = _end_of_chain(into, org)  # "A (B)" and "B (C)": all into A
        for x in (e.name, *e.aliases):
            if x != org.name and x not in org.aliases:
                org.aliases.append(x)
        org.mentions += [w for w in e.mentions if w not in org.mentions]
        org.score += e.score
        for q in story.quotes:
            if q.speaker == e.id:
                q.speaker = org.id
    named = {names.key(x): org for org in orgs if org.id not in into for x in (org.name, *org.aliases)}
    for q in story.quotes:
        org = named.get(names.key(q.speaker_text)) if q.speaker is None and q.speaker_text else None
        if org is not None:
            q.speaker, q.speaker_kind = org.id, "organisation"
    if into:
        _renumber(story, index, [e for e in index.ranked if e.id not in into])


# A body's field written in initials: capitals, "&" for "và", "-" between fields ("GD&ĐT",
# "LĐ-TB&XH", "GTVT", "QLDA"); two letters at least, one word.
_INITIALS = re.compile(r"[" + UPPER + r"]{1,6}(?:[&\-–][" + UPPER + r"]{1,6})*")
_FIELD_WORD = re.compile(r"\w+")
_FIELD_JOINER = "và"  # the "&" of the initials, written out
_ADMIN_BEFORE_PLACE = re.compile(r"^(?:tp\.?|thành phố|tỉnh)\s+", re.I)


def _initial(word: str) -> str:
    """A word's first letter without its marks ("Ủy" -> "U"; "Đ" stays, as initials write it)."""
    first = word[0].upper()
    return first if first == "Đ" else unicodedata.normalize("NFD", first)[0]


def _place_key(words: list[str]) -> str:
    """What the words after a body's field say of its place, comparable across forms:
    "TP HCM", "TP.HCM", "thành phố Hà Nội" and "Hà Nội" as the place they name."""
    text = _ADMIN_BEFORE_PLACE.sub("", " ".join(words))
    return names.key(names.place(text) or text)


def _spelled_out(letters: str, words: list[str]) -> int | None:
    """How many of `words` the initials `letters` stand for, each word one letter and "và"
    the "&" ("GD&ĐT": "Giáo dục và Đào tạo" -> 5), or None when they do not."""
    k = used = 0
    for w in words:
        if k == len(letters):
            break
        if w.lower() == _FIELD_JOINER:
            used += 1
            continue
        if _initial(w) != letters[k]:
            return None
        k += 1
        used += 1
    return used if k == len(letters) else None


def merge_bodies_written_in_initials(story: Story, index: Index) -> None:
    """A body written with its field in initials ("Bộ GTVT", "Sở TT&TT Hà Nội", "Ủy ban
    ATGT Quốc gia", "Ban QLDA 6") is the body of the story whose field, spelled out after
    the same head word, has those initials ("Bộ Giao thông Vận tải", "Sở Thông tin và
    Truyền thông Hà Nội"): Vietnamese news writes a department both ways in one story. It
    merges into the spelled-out body (an alias of it; its statements become the body's)
    when the words after the field name the same place, or when one form names none and
    one body alone has the field. Both forms were separate bodies in 43 of the 400 dev
    stories (from a count of the dev contracts, not tuned on them: the rule has no
    setting)."""
    heads = _body_heads()
    orgs = [e for e in index.ranked if e.type == "ORG"]
    into: dict[str, Entity] = {}
    for e in orgs:
        for surface in (e.name, *e.aliases):
            words = surface.split()
            folded = fold(surface).split()
            head = max((h for h in heads if tuple(folded[: len(h)]) == h), key=len, default=None)
            if head is None or len(words) <= len(head) or not _INITIALS.fullmatch(words[len(head)]):
                continue
            letters = "".join(c for c in words[len(head)] if c.isalpha())
            if len(letters) < 2:
                continue
            place = _place_key(_FIELD_WORD.findall(" ".join(words[len(head) + 1 :])))
            same_place, any_place, with_field = set(), set(), set()
            for o in orgs:
                if o is e:
                    continue
                for full in (o.name, *o.aliases):
                    written = _BRACKETED.sub(" ", full)
                    if tuple(fold(written).split()[: len(head)]) != head:
                        continue
                    field_words = _FIELD_WORD.findall(" ".join(written.split()[len(head) :]))
                    used = _spelled_out(letters, field_words)
                    if used is None:
                        continue
                    other = _place_key(field_words[used:])
                    with_field.add(o.id)
                    if other == place:
                        same_place.add(o.id)
                    elif not (place and other):
                        any_place.add(o.id)
            candidates = same_place or (any_place if len(with_field) == 1 else set())
            if len(candidates) == 1:
                target = next(o for o in orgs if o.id in candidates)
                into[e.id] = target
                break
    if not into:
        return
    _merge_into(story, index, into)


_SPELLING_NOISE = re.compile(r"[\s.,\-–&]")


_BRACKET_AT_END = re.compile(r"\s*\([^()]*\)\s*$")
# Administrative words and "công ty" as news abbreviates them ("H.Bình Sơn", "Q. 3",
# "TX Sơn Tây", "Cty X"), read as written out before names are compared
_ABBREVIATED = {
    "h": "huyện",
    "q": "quận",
    "p": "phường",
    "x": "xã",
    "tx": "thị xã",
    "tt": "thị trấn",
    "cty": "công ty",
}
_AND_WORD = re.compile(r"(?<!\w)và(?!\w)")
_ABBREVIATION = re.compile(r"(?<!\w)(h|q|p|x|tx|tt)\.\s*(?=\w)|(?<!\w)(cty)(?!\w)")


def _spelling_key(name: str) -> str:
    """A place's or body's name with what outlets write differently taken out: case,
    marks ("Đắk Lắk"/"Đăk Lăk", "Velmöra"), spaces, dots, commas and dashes ("TP.HCM"/"TPHCM",
    "Bộ Lao động, Thương binh và Xã hội"/"Bộ Lao động - Thương binh và Xã hội",
    "Krông Pa"/"Krôngpa", "VS Bank"), abbreviated administrative words ("H.Bình Sơn"),
    and its short name in brackets after it ("Liên đoàn X (XF)", which
    `merge_names_in_brackets` reads as the body's other name)."""
    low = _BRACKET_AT_END.sub("", name).lower()
    low = _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1) or m.group(2)] + " ", low)
    low = _AND_WORD.sub("&", low)  # "Thể thao và Du lịch", "Thể thao & Du lịch"
    return _SPELLING_NOISE.sub("", _without_marks(low))


def merge_places_and_bodies_spelt_apart(story: Story, index: Index) -> None:
    """Places and bodies whose names differ only in case, marks, spaces, dots, dashes or
    abbreviated administrative words are one ("xã Hải Long"/"Xã Hải Long", "tỉnh Đắk
    Lắk"/"tỉnh Đăk Lăk", "Công an TP.HCM"/"Công an TPHCM", "Công an Q.Sông Lam"/"Công an
    quận Sông Lam"): a story pools outlets that spell a minority or foreign place's name
    their own way, and one outlet's typo ("Sông Lâm") names no second district. The name
    mentioned most stays, the others are its aliases. By the names alone, not the
    aliases: an alias may be a place read from brackets after a body ("Công ty X (Khánh
    Hòa)"), which joined the province's paper to a company when aliases were compared
    (tried on the 400 dev stories: 4 wrong merges in 60). Not people: siblings' names
    differ in a mark ("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"). 400 dev stories: 86
    entities merged, every one read as one place or body."""
    groups: dict[tuple[str, str], list[Entity]] = {}
    for e in index.ranked:
        if e.type in ("LOC", "ORG"):
            key = _spelling_key(e.name)
            if len(key) >= 2:
                groups.setdefault((e.type, key), []).append(e)
    into: dict[str, Entity] = {}
    for same in groups.values():
        if len(same) < 2:
            continue
        kept = max(same, key=lambda e: len(e.mentions))  # the first ranked on a tie
        for e in same:
            if e is not kept:
                into[e.id] = kept
    # A name the recognizer ran over a bracket ("Tập đoàn X (HoSE: KDC)") is the body
    # whose other names hold it without the bracket, an alias by then ("Tập đoàn X" joined
    # to "X" by the short name in brackets): aliases are read for these names only
    bracketed = [e for e in index.ranked if e.type == "ORG" and e.name.rstrip().endswith(")")]
    if bracketed:
        by_alias: dict[str, Entity] = {}
        for e in index.ranked:
            if e.type == "ORG":
                for x in e.aliases:
                    by_alias.setdefault(_spelling_key(x), e)
        for e in bracketed:
            other = by_alias.get(_spelling_key(e.name))
            if e.id not in into and other is not None and other is not e:
                into[e.id] = other
    if not into:
        return
    _merge_into(story, index, into)


def merge_places_read_as_people(story: Story, index: Index) -> None:
    """A "person" whose name the story also writes after a facility's or a street's noun
    ("sân X", "ga X", "chợ X", "đường X", "phố X") is that place, when nothing says it
    is a person: no title, no honorific, no statement ("Sông Lam (Bình Sơn)" in a list
    of stadiums, "sân Sông Lam" elsewhere; "số 45 đường X" read as a person X). A place
    named after a person and that person in one story would need the person's title or
    honorific somewhere, which keeps them apart."""
    nouns = mention_finder.FACILITY_NOUNS | names.STREET_WORDS
    facilities: dict[str, Entity] = {}
    for e in index.ranked:
        if e.type != "LOC":
            continue
        for x in (e.name, *e.aliases):
            words = x.split()
            n = 2 if " ".join(words[:2]).lower() in nouns else 1
            if words[0].lower() in nouns | {" ".join(words[:2]).lower()} and len(words) > n:
                if words[n][:1].isupper():
                    facilities.setdefault(names.key(" ".join(words[n:])), e)
    if not facilities:
        return
    speaking = {q.speaker for q in story.quotes}
    into: dict[str, Entity] = {}
    for e in index.ranked:
        place = facilities.get(names.key(e.name)) if e.type == "PER" else None
        if place is None or e.roles or e.id in speaking:
            continue
        if any(" " in x and x.split(" ", 1)[0].lower() in names.HONORIFICS for x in e.aliases):
            continue
        into[e.id] = place
    if into:
        _merge_into(story, index, into)


def merge_people_tagged_as_places(story: Story, index: Index) -> None:
    """A person whose name the recognizer also tagged as a place in a sentence or two
    ("Velma Ostrova" read as a place beside her name as a person; "chị Minh
    Thư" once a place) is one person: the place entity of that very name merges into
    the person. Only where the story shows it is a person: a Vietnamese name the story
    writes with an honorific ("ông X", "chị X"), or a foreign name mentioned more often as
    a person than as a place; never a place the place table or the recognizer's
    gazetteer knows ("Georgia", "Phnom Penh"). A Vietnamese name without such a cue may
    be a street named after someone ("phố Trần Nhân Tông"), and a phantom person read
    from a title ("Giám đốc Sân bay X") has no honorific: both stay as they are."""
    people: dict[str, Entity] = {}
    for e in index.ranked:
        if e.type == "PER":
            people.setdefault(names.key(e.name), e)
    into: dict[str, Entity] = {}
    for e in index.ranked:
        person = people.get(names.key(e.name)) if e.type == "LOC" else None
        if person is None or names.place(e.name) or _a_place(e.name):
            continue
        words = names.key(e.name).split()
        honorific = any(
            x.split(" ", 1)[0].lower() in names.HONORIFICS and names.key(x).endswith(names.key(e.name))
            for x in person.aliases
            if " " in x
        )
        foreign = _written_foreign(words) and len(person.mentions) > len(e.mentions)
        if honorific or foreign:
            into[e.id] = person
    if not into:
        return
    _merge_into(story, index, into)
