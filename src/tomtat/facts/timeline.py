"""Dated events: date expressions of the bodies, normalised, with a phrase and a source.

Expressions: "ngày 20/9", "27-28/2", "chiều nay (28/2)", "hôm 6/2", "TASS ngày 24-2",
"20/9/2018", "tháng 6 năm ngoái", "tháng 6/2018", "năm 2018". A day and month without a
year take the year of the article's publication date when it is known; otherwise the
story's year is inferred from the text (the latest year it names, one more when it also
speaks of "năm ngoái") and the event is marked uncertain. Either way a date more than a
month after the story's anchor (its most cited date) is put in the year before: news
reports what has happened, and what is coming soon. Dates in page furniture never get
here: only lead and body sentences are read.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass

from tomtat.facts import names, recognizer
from tomtat.facts.quotes import VERBS
from tomtat.model import Article, Event, Story
from tomtat.text.stopwords import stop_syllables
from tomtat.text.tokens import syllables

_DAY_MONTH = re.compile(
    r"(?P<lead>(?:(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng)\s+(?:nay\s+)?\(?)|\()?"
    r"(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?(?P<sep>[/.-])(?P<m>\d{1,2})"
    r"(?:(?P=sep)(?P<y>\d{4}))?(?![\d/]|\.\d)",
    re.I,
)
_MONTH = re.compile(
    r"\btháng\s+(?P<m>\d{1,2})"
    r"(?:\s*(?:/|năm)\s*(?P<y>\d{4})|\s+(?P<rel>năm ngoái|năm trước|năm nay|năm tới|năm sau))?",
    re.I,
)
_YEAR = re.compile(r"\bnăm\s+(?P<y>(?:19|20)\d{2})\b", re.I)
# Every expression above holds a digit; most sentences hold none, and a search for one is
# much cheaper than trying the optional lead words of `_DAY_MONTH` at every character.
_DIGIT = re.compile(r"\d")
_RELATIVE = {"năm ngoái": -1, "năm trước": -1, "năm nay": 0, "năm tới": 1, "năm sau": 1}


@dataclass
class _Raw:
    article: Article
    sentence: int
    text: str
    start: int
    end: int
    day: int | None
    day_end: int | None
    month: int | None
    year: int | None
    relative: int | None  # years from the story's year


def _valid(day: int | None, month: int | None) -> bool:
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def _find(article: Article) -> list[_Raw]:
    out = []
    for s in article.sentences:
        if not _DIGIT.search(s.text):
            continue
        taken: list[tuple[int, int]] = []
        for m in _DAY_MONTH.finditer(s.text):
            sep, lead = m.group("sep"), m.group("lead")
            if sep in "-." and not lead and not m.group("y"):
                continue  # "2-1", "3.5": a date with a dash or dot needs "ngày", "(" or a year
            d1, d2, mo = int(m.group("d1")), m.group("d2"), int(m.group("m"))
            if not _valid(d1, mo) or (d2 and not _valid(int(d2), mo)):
                continue
            y = int(m.group("y")) if m.group("y") else None
            out.append(
                _Raw(article, s.index, s.text, m.start(), m.end(), d1, int(d2) if d2 else None, mo, y, None)
            )
            taken.append((m.start(), m.end()))
        for m in _MONTH.finditer(s.text):
            mo = int(m.group("m"))
            if not _valid(None, mo) or any(a <= m.start() < b for a, b in taken):
                continue
            y = int(m.group("y")) if m.group("y") else None
            rel = _RELATIVE.get((m.group("rel") or "").lower())
            out.append(_Raw(article, s.index, s.text, m.start(), m.end(), None, None, mo, y, rel))
            taken.append((m.start(), m.end()))
        for m in _YEAR.finditer(s.text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            out.append(
                _Raw(article, s.index, s.text, m.start(), m.end(), None, None, None, int(m.group("y")), None)
            )
    return out


@functools.lru_cache(maxsize=256)  # a sentence's dates ask for its breaks several times each
def _clause_breaks(text: str) -> tuple[int, ...]:
    """Positions of the commas and semicolons that end a clause: not one between two
    digits ("77,8%", "1,3 m") and not one inside brackets ("anh A (33 tuổi, trú tại
    xã B)"), where a cut would leave half a number or an unclosed bracket. A bracket that
    never closes (a typo) hides nothing."""
    out: list[int] = []
    inside: list[list[int]] = []  # per open bracket, the breaks it holds
    for k, ch in enumerate(text):
        if ch in "([":
            inside.append([])
        elif ch in ")]":
            if inside:
                inside.pop()
        elif ch in ",;":
            if ch == "," and 0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit():
                continue
            (inside[-1] if inside else out).append(k)
    for held in inside:
        out += held
    return tuple(sorted(out))


def _clause_start(text: str, before: int) -> int:
    """Where the clause that holds `text[before - 1]` starts: after the last clause break
    (`_clause_breaks`) before it."""
    breaks = _clause_breaks(text)
    k = bisect.bisect_left(breaks, before)
    return breaks[k - 1] + 1 if k else 0


def _clause_end(text: str, after: int) -> int:
    """The first clause break from `after` on, or the end of `text`."""
    breaks = _clause_breaks(text)
    k = bisect.bisect_left(breaks, after)
    return breaks[k] if k < len(breaks) else len(text)


def _phrase(text: str, start: int, end: int) -> str:
    """The clause around a date: between the punctuation that bounds it, at least a few words."""
    left = _clause_start(text, start)
    right = _clause_end(text, end)
    # a clause that is only the time ("Khoảng 21 giờ 15 ngày 3/8,") takes the clause
    # after it: what happened then
    for _ in range(2):
        clause = text[left:right]
        if right >= len(text) or (len(clause.split()) >= 6 and len(_content(clause)) >= MIN_EVENT_CONTENT):
            break
        right = _clause_end(text, right + 1)
    # the dozen words are counted outside bracketed asides, which `_tidy` leaves out
    asides = [m.span() for m in _ASIDE.finditer(text[left:start]) if not _BARE_DATE.fullmatch(m.group(0))]
    words_before = [
        w for w in re.finditer(r"\S+", text[left:start]) if not any(a <= w.start() < b for a, b in asides)
    ]
    if len(words_before) > 12:  # a long clause: keep the dozen words before the date
        k = len(words_before) - 12
        # start where a word surely starts, after a function word, so "sĩ tử", "1 triệu"
        # or "Hà Nội" is not cut in two (up to `_WORD_BACK` syllables further left)
        stop = _FUNCTION_WORDS
        bounded = False
        for back in range(_WORD_BACK + 1):
            j = k - back
            if j <= 0:
                k, bounded = 0, True
                break
            before = words_before[j - 1].group(0).lower()
            if before in stop and not _inside_a_word(words_before, j):
                k, bounded = j, True
                break
        if not bounded and not words_before[k].group(0)[:1].isupper():
            # no function word near: start at the next name rather than inside one
            # ("Bộ Ngoại | giao Nhật Bản Tanaka Ken" -> "Nhật Bản Tanaka Ken")
            k = next(
                (
                    j
                    for j in range(k + 1, min(len(words_before), k + _WORD_BACK + 1))
                    if words_before[j].group(0)[:1].isupper()
                ),
                k,
            )
        for _ in range(_WORD_BACK):
            if not (0 < k and _inside_a_word(words_before, k)):
                break
            k -= 1  # no boundary found: at least not inside a word ("cho | biết", "đảm | bảo an")
        back = k
        while (
            0 < back
            and k - back < _WORD_BACK
            and _capitalised(words_before, back - 1)
            and _capitalised(words_before, back)
        ):
            back -= 1  # not inside a name either ("Ba | Lan"): from its first word
        if back == 0 or not _capitalised(words_before, back - 1):
            k = back
        k = _from_the_title(text[left:start], words_before, k)
        left += words_before[k].start()
        said = _SAID.match(text, left, start)
        if said:  # "cho biết thành phố đặt mục tiêu...": what was said, without the verb
            left = said.end()
    if _ENDS_SAYING.search(text, left, right):
        # the date is the report's: "..., TASS ngày 24-2 đưa tin." or "Ngày 7/2, người phát
        # ngôn X cho biết, ...": what was said that day is the event, the clause before
        # (when the report closes the sentence) or after (when it opens it)
        if text[right:].strip(" ,;."):
            right = _clause_end(text, right + 1)
        elif left > 0:
            return _tidy(text, _clause_start(text, left - 1), left, None)
    return _tidy(text, left, right, (start, end))


def _tidy(text: str, left: int, right: int, date: tuple[int, int] | None) -> str:
    """`text[left:right]` as a timeline phrase: not starting inside a bracket (a cut
    within "(sinh năm 1990, trú tại X)" starts after it), without the bracketed asides
    that do not hold the date ("anh A (33 tuổi, trú tại B) bị ..." -> "anh A bị ..."), a
    timeline line says what happened, not who is how old."""
    closing, _ = _unmatched_brackets(text, left, date[0] if date else right)
    if closing:
        left = closing[-1] + 1  # it closes a bracket opened before the phrase
    kept, k = [], left
    for m in _ASIDE.finditer(text, left, right):
        if (date and m.start() < date[1] and date[0] < m.end()) or _BARE_DATE.fullmatch(m.group(0)):
            continue  # "chiều nay (28/2)": the date itself; "ngày 10/2 âm lịch (19/3)": another
        kept.append(text[k : m.start()])
        k = m.end()
    kept.append(text[k:right])
    return " ".join(_balanced("".join(kept)).split()).strip(" ,;.")


def _balanced(text: str) -> str:
    """`text` without the brackets it does not both open and close (a date inside an
    aside: "... (gặp đội chủ nhà vào ngày 5/8 tới" keeps its words, not the "(")."""
    closing, opening = _unmatched_brackets(text, 0, len(text))
    unmatched = set(closing) | set(opening)
    return "".join(ch for k, ch in enumerate(text) if k not in unmatched) if unmatched else text


def _unmatched_brackets(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Positions in `text[start:end]` of the closing brackets opened before `start` and
    of the opening brackets not closed before `end`."""
    closing: list[int] = []
    opening: list[int] = []
    for k in range(start, end):
        if text[k] in "([":
            opening.append(k)
        elif text[k] in ")]":
            if opening:
                opening.pop()
            else:
                closing.append(k)
    return closing, opening


# (no leading "\s*": from every space of a long run it would scan the run again)
_ASIDE = re.compile(r"\([^()\[\]]*\)|\[[^()\[\]]*\]")
_BARE_DATE = re.compile(r"\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\)")


# words looked back for a title: the title and a body's name after it ("người phát ngôn
# Bộ Công Thương Trần Văn An")
_TITLE_BACK = 8


def _from_the_title(segment: str, words: list[re.Match], k: int) -> int:
    """Where a name starting at word `k` begins with its title: "Tổng thống Pháp Emmanuel
    Macron", not "Pháp Emmanuel Macron": a title, then words that are capitalised, but for
    the lowercase syllables of a body's name (one each, not function words: "Bộ Ngoại
    giao")."""
    if not _capitalised(words, k):
        return k
    for j in range(k - 1, max(-1, k - 1 - _TITLE_BACK), -1):
        title = names.title_at(segment, words[j].start())
        if title is None:
            continue
        after = words[j].start() + len(title)
        between = [w.group(0) for w in words[j + 1 : k] if w.start() >= after]
        lower = [not w[:1].isupper() for w in between]
        if (
            (not between or not lower[0])
            and not any(a and b for a, b in zip(lower, lower[1:], strict=False))
            and not any(w.lower() in _FUNCTION_WORDS for w, low in zip(between, lower, strict=True) if low)
        ):
            return j
    return k


def _capitalised(words: list[re.Match], j: int) -> bool:
    return words[j].group(0)[:1].isupper()


def _inside_a_word(words: list[re.Match], j: int) -> bool:
    """Whether word `j` and the one before it are one word ("cho biết", "từ chối"): the
    list below, or a word of two syllables or more of the general dictionary."""
    if _pair(words, j) in _COMPOUNDS:
        return True
    a, b = words[j - 1].group(0).strip(",.;:"), words[j].group(0).strip(",.;:")
    return recognizer.default().opens_a_word(a, b)


def _pair(words: list[re.Match], j: int) -> str:
    """The syllable before word `j` and word `j`, lowercased: "cho biết"."""
    return words[j - 1].group(0).lower() + " " + words[j].group(0).lower().strip(",.;:")


_WORD_BACK = 4  # syllables: Vietnamese words are one to four
# a clause that ends on its reporting verb: "TASS ngày 24-2 đưa tin", "X cho biết"
_ENDS_SAYING = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, VERBS)) + r")\s*[.,;]?\s*$", re.I)
# a reporting verb (the quotes stage's own list) and what introduces the words said
_SAID = re.compile(r"(?:" + "|".join(map(re.escape, VERBS)) + r")\s+(?:rằng\s+|là\s+)?", re.I)
# Words whose first syllable is a function word: a phrase never starts inside them
# ("cho biết" -> not "biết thành phố...").
_COMPOUNDS = {
    c.strip()
    for c in """cho biết|cho rằng|cho hay|cho thấy|cho phép|có thể|có lẽ|có lợi|được biết|bị cáo|bị can|
    bị hại|do đó|vì vậy|vì thế|như vậy|như thế|theo đó|trong khi|trong đó|khi đó|sau khi|sau đó|
    trước khi|trước đó|hơn nữa|từ đó|để lại|đến nay|cho đến|tại chỗ""".split("|")
}
# One-syllable function words after which a new word surely starts (jusText's stoplist
# is too wide for this: it has "sĩ", "nước"...).
_FUNCTION_WORDS = set(
    """và của là có được với tại ở về cho đã sẽ đang cũng thì mà nhưng khi trong trên
    dưới sau trước đến từ theo như các những này đó hơn để do vì nên bị rằng""".split()
)


def _story_year(story: Story, raws: list[_Raw]) -> tuple[int | None, bool]:
    """(year, certain): from publication dates, else guessed from the text."""
    years = [int(a.published[:4]) for a in story.kept_articles if a.published and a.published[:4].isdigit()]
    if years:
        return max(years), True
    named = [r.year for r in raws if r.year]
    for a in story.kept_articles:  # captions name years too ("... tại Singapore năm 2018")
        for c in a.captions:
            named += [int(m.group("y")) for m in _YEAR.finditer(c)]
    if not named:
        return None, False
    year = max(named)
    if any(r.relative == -1 for r in raws):
        year += 1  # the text names last year's event by its year: it is written the year after
    return year, False


def build(story: Story) -> list[Event]:
    raws = [r for a in story.kept_articles for r in _find(a)]
    if not raws:
        return []
    story_year, certain = _story_year(story, raws)
    cited = Counter((r.month, r.day_end or r.day) for r in raws if r.day and r.month)
    anchor = max(cited.items(), key=lambda kv: (kv[1], kv[0]))[0] if cited else None
    events = []
    for r in raws:
        own_year = (
            int(r.article.published[:4])
            if r.article.published and r.article.published[:4].isdigit()
            else None
        )
        base, sure = (own_year, True) if own_year else (story_year, certain)
        if r.year:
            year, sure = r.year, True
        elif r.relative is not None and base:
            year = base + r.relative
        elif base and r.month:
            year = base
            if anchor and (r.month, r.day or 1) > (anchor[0] + 1, anchor[1]) and not own_year:
                year -= 1
        else:
            year = None
        if r.day:
            date = f"{year:04d}-{r.month:02d}-{r.day:02d}" if year else f"????-{r.month:02d}-{r.day:02d}"
            end = (
                (
                    f"{year:04d}-{r.month:02d}-{r.day_end:02d}"
                    if year
                    else f"????-{r.month:02d}-{r.day_end:02d}"
                )
                if r.day_end
                else None
            )
            precision = "day"
        elif r.month:
            date, end, precision = (
                (f"{year:04d}-{r.month:02d}" if year else f"????-{r.month:02d}"),
                None,
                "month",
            )
        else:
            date, end, precision = f"{r.year:04d}", None, "year"
        events.append(
            Event(
                date=date,
                end=end,
                precision=precision,
                uncertain=not sure or year is None,
                expression=r.text[r.start : r.end].strip(" ("),
                text=_phrase(r.text, r.start, r.end),
                article_id=r.article.id,
                sentence=r.sentence,
            )
        )
    order = {a.id: k for k, a in enumerate(story.articles)}
    events.sort(key=lambda e: (e.date.replace("?", "9"), order[e.article_id], e.sentence))
    return _fold(events)


# Two events on the same date are one when their phrases share this much of their
# content syllables (Dice; function words, date and time words and numbers left out):
# "hai tàu hàng ... va chạm ở cửa biển" told by two outlets. Chosen by reading
# the pairs of the 400 dev clusters' timelines: from 0.6 up they tell one event (the
# same figures, the same actors), between 0.5 and 0.6 about half are two events of
# one day ("ngân hàng A chia cổ tức" and "ngân hàng B chia cổ tức").
EVENT_FOLD_SHARE = 0.6
MIN_EVENT_CONTENT = 3  # syllables: a shorter phrase ("trong năm 2022") names no event
_TIME_WORDS = frozenset("tháng năm ngày sáng chiều tối trưa đêm hôm giờ phút rạng vào lúc khoảng".split())


@functools.cache
def _stop() -> frozenset[str]:
    # (made once: the union of the stop list, 275 syllables, and the time words was
    # built again at every call; vnmds-dev timeline 1.24 -> 1.21 ms a cluster)
    return stop_syllables() | _TIME_WORDS


def _content(text: str) -> frozenset[str]:
    stop = _stop()
    return frozenset(t for t in syllables(text) if len(t) > 1 and not t.isdigit() and t not in stop)


def _fold(events: list[Event]) -> list[Event]:
    """One event per happening: a later event of the same date (and end) whose phrase
    says what a kept one says (`EVENT_FOLD_SHARE`) becomes a place of it (`also`)."""
    kept: list[tuple[Event, frozenset[str]]] = []
    for e in events:
        mine = _content(e.text)
        same = None
        if len(mine) >= MIN_EVENT_CONTENT:
            for k, theirs in kept:
                if (k.date, k.end) != (e.date, e.end) or len(theirs) < MIN_EVENT_CONTENT:
                    continue
                if (e.article_id, e.sentence) in k.places():
                    same = k  # the date written twice in one sentence: one event
                    break
                if 2 * len(mine & theirs) / (len(mine) + len(theirs)) >= EVENT_FOLD_SHARE:
                    same = k
                    break
        if same is None:
            kept.append((e, mine))
        elif (e.article_id, e.sentence) not in same.places():
            same.also.append((e.article_id, e.sentence))
    return [e for e, _ in kept]
