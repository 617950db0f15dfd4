"""Sentence signals for multi-document news summarization, one row of numbers per sentence.

The scorer (`summary.scorer`) weighs them with a model learned from three Vietnamese
summarization sets; this module only measures. Every signal describes news writing in
general, never one data set:

- where the sentence stands: its rank among the article's content sentences, its
  relative place, whether it opens a paragraph, whether it is in the article's first
  paragraph (the sapo of Vietnamese news) while the article has more;
- where its article stands: first in the story or not, its rank, how central the article
  is to the story (is it the main report or a follow-up?), its share of the story's text;
- what it says that others say: share of its syllable bigrams found in the other
  articles, number of articles carrying it, cosine to the story's tf-idf centroid,
  overlap with the titles, and how much of it its own sapo already says;
- what it carries: length, numbers, capitalised names, quotations;
- how many of the story's shared concepts it carries: syllable bigrams that are not two
  function syllables, each weighted by the number of other articles that also have it
  (the concept-coverage view of Gillick and Favre's ICSI summarizer);
- whether it can stand alone: a reference back ("Đây là...", "Thời điểm trên,") or a
  connective opener ("Tuy nhiên,").
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter

import numpy as np

from tomtat.cleaning import cues
from tomtat.model import Sentence, Story
from tomtat.text.normalize import LOWER, UPPER
from tomtat.text.stopwords import stop_syllables
from tomtat.text.tokens import syllables

MIN_SYLLABLES = 8  # shorter sentences are fragments, datelines or headings
IDEAL_SYLLABLES = 35

# A sentence that cannot stand alone: it points back at something ("Đây là...", "Điều
# này...", "... cho biết như vậy", "vụ việc nói trên", "Thời điểm trên,") or forward at
# a list it does not contain ("Cụ thể:", "Dưới đây là..."). Taken only with its
# antecedent.
_ANAPHORIC = re.compile(
    r"^(đây|đó|điều này|điều đó|việc này|việc đó|như vậy|cũng theo|ông này|bà này|người này|"
    r"họ|nó|không chỉ vậy|dù vậy|cụ thể|dưới đây|sau đây|trên đây|tiếp đó|lúc đó|khi đó|lúc này|"
    r"cùng ngày|cũng trong|ngay sau đó)\b"
    r"|^(?:\w+ ){1,3}(trên|này|đó|ấy)\s*[,:]"  # "Thời điểm trên,", "Vụ việc này,"
    r"|^(?:\w+ ){1,2}(nói trên|kể trên|này|ấy)\b"  # "Vụ việc nói trên...", "Số tiền này"
    r"|\b(như vậy|nói trên|kể trên|này cho biết)\b",
    re.I,
)
# A sentence that opens with a connective ("Tuy nhiên,", "Ngoài ra,"): it reads a little
# abruptly out of its article but carries its own content, so it is only penalised.
_CONNECTIVE = re.compile(
    r"^(tuy nhiên|ngoài ra|trong khi đó|bên cạnh đó|theo đó|do đó|vì vậy|vì thế|trước đó|sau đó|"
    r"thậm chí|mặt khác|song|nhưng|tuy vậy|đồng thời|thêm vào đó|hơn nữa)\b",
    re.I,
)
_NUMBER = re.compile(r"\d")
_NAME = re.compile(r"(?<=\s)[" + UPPER + r"][\w-]*(?:\s+[" + UPPER + r"][\w-]*)+")
_QUOTE = re.compile(r"[“”\"]")

# Not a signal: the story's number of articles. The three sets differ in it (vnmds-dev
# ~3 articles, AbMuSu ~3, ViMs ~6) more than in anything a sentence shows, so with it
# (and its product with the sapo flag) the model told the sets apart instead of describing
# news: leave-one-dataset-out R2 on ViMs 33.93 with it, 35.19 without (vnmds 45.88 ->
# 45.84, AbMuSu 32.64 -> 32.54; 5-fold cross-validation within the sets 47.31 /
# 35.40 / 40.32 -> 47.31 / 35.12 / 40.15).
# Nor whether the sentence is in its article's first paragraph (the sapo): the sets'
# references disagree on the slot itself (AbMuSu's abstracts skip sapos, ViMs' summaries
# keep first paragraphs; fitted on one set alone the flag's weight is -0.014 on AbMuSu,
# +0.007 on ViMs), so a model learned on two sets carried one set's convention to the
# third. Without it, leave-one-dataset-out R2 (shipped redundancy thresholds) on ViMs
# 35.59 -> 37.18 (+1.58 +- 0.56 over its 150 clusters; vnmds 45.42 -> 45.02 +- 0.40,
# AbMuSu 33.07 -> 32.97 +- 0.35) and 5-fold cross-validation 47.02 / 35.28 / 40.23 ->
# 47.13 / 35.02 / 40.07 (each within one standard error). What a sapo says is still
# seen: `said_in_sapo`, `sapo_in_body`, `article_sapo_repeat` describe its content (does
# the body repeat it?), not its slot.
FEATURES = (
    "position",  # 1 / (1 + rank among the article's content sentences)
    "position_slow",  # 1 / (1 + 0.3 rank): the slower decay of the earlier hand-set prior
    "first_sentence",
    "relative_position",  # rank / content sentences of the article
    "first_of_paragraph",
    "first_article",
    "article_rank",  # 1 / (1 + place of the article in the story)
    "article_centrality",  # cosine of the article to the rest of the story
    "article_share",  # the article's length / the longest article's
    "support",  # share of bigrams other articles also have
    "sources",  # other articles carrying the sentence / other articles
    "centrality",  # cosine to the story's tf-idf centroid (bigrams)
    "title",  # share of bigrams found in the titles
    "own_title",  # share of syllables found in its own article's title
    "said_in_sapo",  # share of its content syllables its own sapo already has (body only)
    "length",  # -|log(length / IDEAL)|
    "log_length",
    "numbers",
    "names",
    "quote",
    "dangling",
    "anaphoric",
    "coverage",  # weight of shared concepts it carries / the story's best sentence's
    "coverage_density",  # shared concepts per concept, by the other articles
    "log_coverage",
    "sapo_in_body",  # for a sapo sentence: share of its content syllables the body repeats
    "article_sapo_repeat",  # share of the article's sapo that its body repeats
)


def leans_on_previous(text: str) -> bool:
    """The sentence refers to one before it ("Đây là...", "... cho biết như vậy"), also
    after an opening connective ("Tuy nhiên, sự kiện ấy ...")."""
    if _ANAPHORIC.search(text[:60]):
        return True
    m = _CONNECTIVE.match(text)
    if m is None:
        return False
    rest = text[m.end() :].lstrip(" ,")
    return bool(_ANAPHORIC.search(rest[:60]))


# An opener that draws a consequence of what was just said ("Vì thế,", "Do đó,", "Theo
# đó,"): the sentence says nothing whole without the one before it. Not a feature of the
# scorer (trained without it): `select` takes such a sentence only with its antecedent.
_CONSEQUENCE = re.compile(
    r"^(vì thế|vì vậy|do đó|do vậy|bởi vậy|bởi thế|chính vì vậy|chính vì thế|vì lẽ đó|theo đó)\b", re.I
)


# An opener that continues the sentence before it: its reason ("Bởi nguồn vốn chưa về
# ..."), a part of the whole it gave ("Trong đó giá rau tăng 5%"), what it means ("Có
# nghĩa là ...", "Tức là ..."). 7 of the 400 dev summaries had one without its antecedent;
# taking them only with it moves R2 left out by at most 0.04 on any set.
_CONTINUATION = re.compile(r"^(bởi|trong đó|có nghĩa là|nghĩa là|tức là)\b", re.I)


# "..., thì đây là ...", "..., thì điều đó ...": the clause's subject is what was said
# before the sentence ("So với phần trước chỉ đạt 100 triệu USD thì đây là tín hiệu tốt").
_THEN_THIS = re.compile(r"\bthì\s+(?:đây|đó|điều này|điều đó)\b", re.I)


# An item of an enumeration the article announced before ("Thứ hai, ...", "Thứ ba là
# ...", "Một là, ...", "Cuối cùng, ...") or the pick of a set just named ("Rõ nhất là
# ...", "Điển hình là ..."): out of its list it gives a second point with no first.
# "Thứ hai" is also Monday ("Thứ Hai, ngày 5/12, ..."): an ordinal only before "là" or
# before a comma that no date follows.
_ENUMERATION = re.compile(
    r"^(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*(?:là(?!\w)|,(?!\s*(?:ngày|tuần|\d)))"
    r"|(?:một|hai|ba|bốn|năm)\s+là\s*,|cuối cùng\s*,|rõ nhất là|điển hình (?:là|như))",
    re.I,
)


# A person named only by a pronoun as the subject ("Ông cho rằng ...", "Bà cũng cho biết
# ...", "Cô đã ..."): an honorific followed by a lowercase word, not by a name. Out of its
# article it names nobody. ("Anh" is left out: it is also Britain, "Anh đã rời EU".)
_PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:Ông|Bà|Cô|Chị)"
    # also after an opening connective: "Thậm chí, ông còn tuyên bố ..."
    r"|(?i:" + _CONNECTIVE.pattern.removeprefix("^") + r")\s*,?\s*(?:ông|bà|cô|chị))"
    r"(?:\s+(?:ta|ấy))?\s+(?=[" + LOWER + r"])"
)


# An opener that contrasts with what was just said ("Tuy nhiên,", "Dù vậy,", "Nhưng
# ..."): out of its article the contrast has nothing to stand against ("Tuy nhiên, việc
# giải ngân vẫn chậm." after a sentence about something else). 52 of the 1,779 sentences of
# the 400 dev summaries opened so without the sentence before them. Taking such a
# sentence only with its antecedent (with `_CONTINUATION` below), leave one dataset
# out, R2 vnmds / AbMuSu / ViMs 45.13 / 33.30 / 37.23 -> 44.74 / 33.32 / 37.31, RL
# 40.61 / 30.21 / 35.52 -> 40.95 / 30.23 / 35.70; in-sample R2 46.66 / 35.21 / 39.83 ->
# 45.88 / 34.99 / 39.78 (vnmds -0.78 +- 0.55 over its 50 clusters, 11 changed): a
# reading rule at under a point on one set. (Letting such a sentence wait for its
# antecedent instead of passing it over cost vnmds 0.4 more: not done.) "Song" and
# "Nhưng" are also names ("Song Hye-kyo"): a conjunction only before a comma or a
# lowercase word. ("Trong khi đó", "Mặt khác" turn to another party, and read alone.)
_CONTRAST = re.compile(r"^(tuy nhiên|tuy vậy|dù vậy|dẫu vậy|ngược lại|song|nhưng)\b\s*(,?)\s*", re.I)


def contrasts_with_previous(text: str) -> bool:
    """The sentence opens on a contrast with the one before it ("Tuy nhiên, ...")."""
    m = _CONTRAST.match(text)
    if m is None:
        return False
    if m.group(1).lower() in ("song", "nhưng"):
        return bool(m.group(2)) or text[m.end() : m.end() + 1].islower()
    return True


# An answer to the question the sentence before asked ("Không, người lái xe là một phụ
# nữ.", "Đúng vậy, ..."): out of its article it answers nothing.
_ANSWER = re.compile(r"^(?:không|có|vâng|đúng vậy|đúng thế|đúng|sai|chắc chắn rồi)\s*[,!]", re.I)
# A phrase completing the sentence before it, cut off by a stop: an emphasis and a
# prepositional phrase with no clause of its own ("Đặc biệt, trong mùa mưa bão.")
_TRAILING_PHRASE = re.compile(
    r"^(?:đặc biệt|nhất là|kể cả|ngay cả)\s*,?\s*(?:là\s+)?(?:trong|với|về|ở|tại|cho|đối với|khi)\s[^,;:]*$",
    re.I,
)


# A subject named by a demonstrative after an opening phrase or at the start ("Nếu tội
# danh được hình thành, những người này ...", "Được biết, con trăn này ...", "Những yếu tố
# này ..."): the thing it points at is in a sentence before it. Not a time ("tuần này",
# "năm ấy": deictic, fine alone) and not inside a quotation, whose own words name it. Not a
# scorer feature (the scorer was trained without it). 13 of the 1,776 sentences of the 400
# dev summaries; 12 read as pointers with nothing to point at.
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"^(?:[^,“”\"]{1,80},\s*)?(?:(?:những|các|hai|ba)\s+)?"
    r"(?!(?:tuần|tháng|năm|hôm|ngày|sáng|chiều|tối|đêm|mùa|dịp|kỳ|đợt|lần|thời|giờ|lúc)\b)"
    r"\w+(?:\s+\w+)?\s+(?:này|ấy|nói trên|kể trên)\b",
    re.I,
)


# A place given only as "here" or "there" ("Tại đây, cơ quan điều tra thu giữ ...", "Ở
# đó, ..."): the place is named in the sentence before it. 7 of the 2,373 sentences of
# the 400 dev summaries opened so; taken only with their antecedent, in-sample R2
# (vnmds, AbMuSu, ViMs) 45.88 / 35.18 / 40.04 -> 45.88 / 35.27 / 40.18.
_PLACE_BACK = re.compile(r"^(?:cũng\s+|chính\s+)?(?:tại|ở)\s+(?:đây|đó|ấy)\b", re.I)


# An opening phrase that ends on a demonstrative, longer than the three words
# `_ANAPHORIC` reads ("Bàn về đề xuất này, ...", "Từ kết quả khảo sát đó, ...", "Với
# thành tích vượt bậc này, ..."): what it points at is in the sentence before it.
# Not a phrase of time ("Trong những ngày đầu tháng này,"), which reads alone. 13 of the
# 2,373 sentences of the 400 dev summaries opened so; with `_UNNAMED_SOURCE` below, taken
# only with their antecedent: in-sample R2 (vnmds, AbMuSu, ViMs) 45.88 / 35.27 / 40.18
# -> 45.83 / 35.30 / 40.21.
_POINTING_OPENER = re.compile(
    r"^(?![^,]*\b(?:tuần|tháng|năm|hôm|ngày|sáng|chiều|tối|đêm|mùa|dịp|kỳ|đợt|lần|thời điểm|thời gian|giờ|lúc"
    r"|trước|sau)\s+(?:này|đó|ấy|trên)\b)"
    r"(?:[^\s,“”\"]+\s+){1,6}(?:này|đó|ấy|nói trên|kể trên)\s*,",
    re.I,
)
# "Theo ông, ...": an unnamed person's view, the person named before it.
_UNNAMED_SOURCE = re.compile(r"^Theo\s+(?:ông|bà|anh|chị|cô)(?:\s+(?:ta|ấy))?\s*,")


def needs_previous(text: str) -> bool:
    """The sentence cannot stand without the one before it: it points back
    (`leans_on_previous`, "..., thì đây là ..."), draws a consequence of it, contrasts
    with it or continues it ("Trong đó ..."), is an item of an enumeration, answers a
    question asked before it, completes it with a phrase cut off by a stop, its
    subject is a bare pronoun or a demonstrative ("những người này"), or its place is
    "here" or "there" ("Tại đây, ...")."""
    return leans_on_previous(text) or contrasts_with_previous(text) or bool(
        _CONSEQUENCE.match(text)
        or _CONTINUATION.match(text)
        or _THEN_THIS.search(text)
        or _ENUMERATION.match(text)
        or _PRONOUN_SUBJECT.match(text)
        or _ANSWER.match(text)
        or _TRAILING_PHRASE.match(text)
        or _DEMONSTRATIVE_SUBJECT.match(text)
        or _PLACE_BACK.match(text)
        or _POINTING_OPENER.match(text)
        or _UNNAMED_SOURCE.match(text)
    )


def opens_with_connective(text: str) -> bool:
    return bool(_CONNECTIVE.search(text[:30]))


def bigram_set(sentence: Sentence) -> set[tuple[str, str]]:
    s = sentence.syllables
    return set(zip(s, s[1:], strict=False))


# An item of a list ("+ Mang theo giấy tờ tùy thân ...", "- Hộ gia đình có ...", or
# one that ends with the list's semicolon): it reads as part of the list its article
# introduced, not as a sentence of a summary.
_LIST_ITEM = re.compile(r"^\s*[-+•*–—]\s|;\s*$")


# A row of a list under a label ("Thủ môn: A (X), B (Y), C (Z)", "Đội hình M.U: A, B,
# C, D"): a short label, a colon, then three or more short items; a squad list, a line-up
# or a table row, not a sentence of a summary.
ROW_LABEL_SYLLABLES = 4  # "Tiền đạo", "Hậu vệ (9)", "Than Quảng Ninh"
ROW_ITEM_SYLLABLES = 6  # a name with its club in brackets
ROW_ITEMS = 3
_ROW_SEPARATOR = re.compile(r"[,;]")


def is_list_row(text: str) -> bool:
    """A label, a colon and three or more short items separated by commas."""
    label, colon, rest = text.partition(":")
    if not colon or not 1 <= len(syllables(label)) <= ROW_LABEL_SYLLABLES:
        return False
    items = [x for x in _ROW_SEPARATOR.split(rest.strip().rstrip(".…")) if x.strip()]
    return len(items) >= ROW_ITEMS and all(len(syllables(x)) <= ROW_ITEM_SYLLABLES for x in items)


# An entry of a live report, stamped with the match minute or the clock ("Phút 53: Cú sút
# dội cột.", "Phút 78 - Bàn thắng: ...", "10h30: Đoàn xe tới hiện trường."): sport and
# event live blogs print one per moment, each a fragment of a timeline whose order and
# context the summary does not keep. ("Phút 85 trận đấu giữa A và B, ..." is a sentence:
# no colon or dash after the stamp.)
_LIVE_ENTRY = re.compile(
    r"^(?:phút(?:\s+thứ)?\s+\d{1,3}(?:\s*\+\s*\d{1,2})?|\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2})\s*[:–-]\s",
    re.I,
)


def live_entry(text: str) -> bool:
    """A live report's entry, opened by a minute or a clock time and a colon or dash."""
    return bool(_LIVE_ENTRY.match(text))


def _is_content(s: Sentence) -> bool:
    """Long enough to be a sentence, not one that introduces a list or quote that is not
    in it, not an item or a row of a list, not a live report's stamped entry, not a photo
    caption or credit that ran into the text, not one sentence of a quotation printed over
    several, not a question."""
    return len(s.syllables) >= MIN_SYLLABLES and _reads_as_content(s.text)


@functools.lru_cache(maxsize=1 << 14)
def _reads_as_content(text: str) -> bool:
    # asked of every sentence by `candidates` (twice a story) and `matrix`: remembered
    return (
        not text.rstrip().endswith(":")
        and not _LIST_ITEM.search(text)
        and not is_list_row(text)
        and not text.lstrip().startswith("|")  # a row of a table ("| Huyện A | 120 | 35 |")
        and not live_entry(text)
        and not cues.has_caption_cue(text)
        and not cues.is_credit_only(text)
        and not part_of_a_quotation(text)
        # a question the article asks its reader ("Vì sao giá vé tăng?", "Người dân cần
        # làm gì khi bão đến?") announces what follows; a summary states (a question
        # someone asked, closed by a quotation mark, is what they said)
        and not text.rstrip().endswith("?")
    )


def part_of_a_quotation(text: str) -> bool:
    """A sentence that opens a quotation it does not close, or closes one it did not
    open: one sentence of a quotation printed over several (the sentence splitter parts
    them), which out of its neighbours reads with an unmatched quotation mark."""
    return text.count("“") != text.count("”")


# An intertitle of the body ("Người dân chờ ngày thông xe"): a paragraph of one
# unpunctuated sentence no longer than a headline. Vietnamese outlets set their
# subheadings so; in a summary one reads as a fragment that announces what follows. The
# length is a long headline's (titles of the three dev sets: median 11-14 syllables, 99%
# at most 18-26), not a figure tuned on the summaries.
INTERTITLE_MAX_SYLLABLES = 25


def is_intertitle(sentence: Sentence, alone: bool) -> bool:
    """A body paragraph's only sentence, headline-short, without closing punctuation or
    a question ("Phòng chống bệnh cúm mùa như thế nào?": the subheading of what follows)."""
    question = sentence.text.rstrip("”\"' ").endswith("?")
    return (
        alone
        and sentence.paragraph > 0
        and len(sentence.syllables) <= INTERTITLE_MAX_SYLLABLES
        and (question or not cues.is_terminal(sentence.text))
    )


def candidates(story: Story) -> list[Sentence]:
    """Sentences that may enter a summary: kept copies of content sentences, not
    intertitles."""
    out = []
    for a in story.kept_articles:
        # (a heading's number split off as a sentence of its own, "4." before "Mẹo cho
        # trẻ ...", leaves the heading alone in its paragraph)
        per_paragraph = Counter(s.paragraph for s in a.sentences if len(s.syllables) > 1)
        inside = inside_a_quotation(a.sentences)
        out += [
            s
            for s in a.sentences
            if s.duplicate_of is None
            and _is_content(s)
            and not is_intertitle(s, alone=per_paragraph[s.paragraph] == 1)
            and s.index not in inside
            and not unnamed_first_person(s.text)
        ]
    return out


# "tôi" in the writer's text (outside quotation marks, and before any colon that would
# hand the sentence to a speaker named before it): someone speaks whom the sentence does
# not name, an interview's answer or a quotation printed without its marks ("Tôi chưa
# từng gặp người này."); out of its article it reads as the writer's "I".
# Not "chúng tôi", which papers also say of themselves ("theo ghi nhận của chúng tôi").
_I = re.compile(r"(?<!\w)(?<!chúng )tôi(?!\w)", re.I)
_QUOTED = re.compile(r"“[^“”]*”?")


def unnamed_first_person(text: str) -> bool:
    own = _QUOTED.sub(" ", text.split(":", 1)[0])
    return bool(_I.search(own))


# The writer's own verdict, opened by a phrase that gives an opinion as the sum of what
# was said ("Có thể nói chuyến thăm ... gần như không mang lại kết quả nào.", "Phải nói
# rằng ...", "Thiết nghĩ ..."): in a summary it reads as a fact nobody is credited with.
# A commentary's verdict led one of the 400 dev summaries (abmusu-106). Not the emphasis
# of news ("Đáng chú ý, ..."), which introduces a fact. Also the writer's "obviously"
# ("Rõ ràng, ...", "Hiển nhiên, ...", "Dĩ nhiên ..."): an inference offered as evident,
# which 3 of the 2,377 sentences of the 400 dev summaries opened with, each a comment
# closing its article's argument ("Rõ ràng, riêng doanh nghiệp đã có hiệu quả cao rồi.").
_WRITERS_VERDICT = re.compile(
    r"^(?:có thể nói|phải nói|không thể phủ nhận|không thể không nói|thiết nghĩ|xét cho cùng|suy cho cùng"
    r"|nói cho cùng|công bằng mà nói|thẳng thắn mà nói|rõ ràng|hiển nhiên|dĩ nhiên|tất nhiên|đương nhiên)\b",
    re.I,
)


def writers_verdict(text: str) -> bool:
    return bool(_WRITERS_VERDICT.match(text))


def inside_a_quotation(sentences: list[Sentence]) -> set[int]:
    """Indices of the sentences with no quotation mark of their own inside a quotation
    that an earlier sentence opened and a later one closes (a long quotation is split
    like plain text, and outlets print each of its sentences as a paragraph of its own):
    out of it such a sentence reads as the writer's words (an official's "Việc này còn phải bàn
    thêm." out of its marks). In the opening's own paragraph a sentence
    is inside at once; in the paragraphs after it, only once a closing mark confirms the
    quotation ran on (an opening mark never closed, a typo, does not swallow the rest)."""
    out: set[int] = set()
    pending: list[int] = []
    open_in: int | None = None  # the paragraph whose quotation is still open
    for s in sentences:
        opening, closing = s.text.rfind("“"), s.text.rfind("”")
        if opening < 0 and closing < 0:
            if open_in == s.paragraph:
                out.add(s.index)
            elif open_in is not None:
                pending.append(s.index)
            continue
        first_close, first_open = s.text.find("”"), s.text.find("“")
        if pending and first_close >= 0 and (first_open < 0 or first_close < first_open):
            out.update(pending)  # the quotation closes here: the paragraphs between were in it
        pending = []
        open_in = s.paragraph if opening > closing else None
    return out


def concepts(sentence: Sentence) -> set[tuple[str, str]]:
    """Syllable bigrams that are not made of two function syllables."""
    stop = stop_syllables()
    s = sentence.syllables
    return {(a, b) for a, b in zip(s, s[1:], strict=False) if not (a in stop and b in stop)}


def concept_weights(per_article: dict[str, set[tuple[str, str]]]) -> Counter:
    """Each concept's number of articles beyond the first that carry it, from the
    articles' bigram sets."""
    stop = stop_syllables()
    df: Counter = Counter()
    for grams in per_article.values():
        df.update(g for g in grams if not (g[0] in stop and g[1] in stop))
    return Counter({c: n - 1 for c, n in df.items() if n > 1})


def matrix(story: Story, sentences: list[Sentence]) -> np.ndarray:
    """One row of `FEATURES` per sentence."""
    articles = story.kept_articles
    n_articles = max(1, len(articles))
    per_article = {
        a.id: set().union(*(bigram_set(s) for s in a.sentences)) if a.sentences else set() for a in articles
    }
    df = Counter(g for grams in per_article.values() for g in grams)
    idf = {g: math.log(1 + n_articles / c) for g, c in df.items()}
    centroid: Counter = Counter()
    vectors: dict[str, Counter] = {}
    for aid, grams in per_article.items():
        vec = Counter({g: idf[g] for g in grams})
        vectors[aid] = vec
        centroid.update(vec)
    centroid_norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    title_grams: set[tuple[str, str]] = set()
    own_title: dict[str, set[str]] = {}
    for a in articles:
        t = syllables(a.title or "")
        title_grams |= set(zip(t, t[1:], strict=False))
        own_title[a.id] = set(t)
    place = {a.id: k for k, a in enumerate(articles)}
    longest = max((sum(len(s.syllables) for s in a.sentences) for a in articles), default=1) or 1
    article_info = {}
    centroid_sq = sum(v * v for v in centroid.values())
    for a in articles:
        # cosine of the article to the centroid of the others, without building it
        vec = vectors[a.id]
        own_sq = sum(v * v for v in vec.values())
        cross = sum(v * centroid[g] for g, v in vec.items())
        rest_sq = centroid_sq - 2 * cross + own_sq
        a_central = (cross - own_sq) / math.sqrt(own_sq * rest_sq) if own_sq > 0 and rest_sq > 1e-9 else 0.0
        blocks = sorted({s.paragraph for s in a.sentences})
        first_block = blocks[0] if blocks else 0
        sapo = {t for s in a.sentences if s.paragraph == first_block for t in s.syllables}
        body = {t for s in a.sentences if s.paragraph != first_block for t in s.syllables}
        sapo_content = {t for t in sapo if len(t) > 1}
        repeat = len(sapo_content & body) / len(sapo_content) if sapo_content and body else 0.0
        article_info[a.id] = (
            a_central if n_articles > 1 else 1.0,
            sum(len(s.syllables) for s in a.sentences) / longest,
            first_block if len(blocks) > 1 else None,
            sapo,
            body,
            repeat,
        )
    # Rank among the article's content sentences, not raw index: a caption or dateline
    # that opens the body must not push the real first sentence down.
    rank: dict[tuple[str, int], int] = {}
    total: dict[str, int] = {}
    first_in_paragraph: set[tuple[str, int]] = set()
    for a in articles:
        k = 0
        last_paragraph = None
        for s in a.sentences:
            rank[s.key] = k
            k += _is_content(s)
            if s.paragraph != last_paragraph:
                first_in_paragraph.add(s.key)
                last_paragraph = s.paragraph
        total[a.id] = max(1, k)
    shared = concept_weights(per_article)
    gains = [(sum(shared[c] for c in cs), len(cs)) for cs in (concepts(s) for s in sentences)]
    best_gain = max((g for g, _ in gains), default=0) or 1
    out = np.zeros((len(sentences), len(FEATURES)), dtype=np.float64)
    for row, s in enumerate(sentences):
        grams = bigram_set(s)
        size = len(grams) or 1
        # Each of its bigrams is in its own article, so df - 1 counts the others.
        support = sum(df[g] - 1 for g in grams) / size / (n_articles - 1) if n_articles > 1 else 0.0
        vec = {g: idf.get(g, 0.0) for g in grams}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        centrality = sum(v * centroid[g] for g, v in vec.items()) / (norm * centroid_norm)
        length = len(s.syllables)
        a_central, a_share, sapo_block, sapo, body, repeat = article_info[s.article_id]
        in_sapo = sapo_block is not None and s.paragraph == sapo_block
        content = {t for t in s.syllables if len(t) > 1}
        said = 0.0 if in_sapo or sapo_block is None or not content else len(content & sapo) / len(content)
        own = own_title.get(s.article_id) or set()
        anaphoric = leans_on_previous(s.text)
        r = rank[s.key]
        out[row] = (
            1.0 / (1.0 + r),
            1.0 / (1.0 + 0.3 * r),
            float(r == 0),
            r / total[s.article_id],
            float(s.key in first_in_paragraph),
            float(place[s.article_id] == 0),
            1.0 / (1.0 + place[s.article_id]),
            a_central,
            a_share,
            support,
            (len(s.sources) - 1) / max(1, n_articles - 1),
            centrality,
            len(grams & title_grams) / size,
            len(set(s.syllables) & own) / max(1, len(set(s.syllables))),
            said,
            -abs(math.log(max(1, length) / IDEAL_SYLLABLES)),
            math.log(max(1, length)),
            min(3, len(_NUMBER.findall(s.text))) / 3,
            min(3, len(_NAME.findall(s.text))) / 3,
            float(bool(_QUOTE.search(s.text))),
            float(anaphoric or opens_with_connective(s.text)),
            float(anaphoric),
            gains[row][0] / best_gain,
            gains[row][0] / max(1, gains[row][1]) / max(1, n_articles - 1),
            math.log1p(gains[row][0]),
            len(content & body) / len(content) if in_sapo and content else 0.0,
            repeat,
        )
    return out
