"""Statements in article bodies and who made them.

- direct: text inside quotation marks (at least five words: shorter ones are titles or
  scare quotes), with the speaker named after it ("“...”, Ngoại trưởng Nga nhấn mạnh")
  or before it ("Ông Cảnh Sảng nói: “...”"); a quotation may run over several sentences.
- reported: "X cho biết/khẳng định/nhấn mạnh/nhận định/cho rằng/nói thêm... (rằng|,) S"
  where X is a mention right before the verb, and "Theo X, S" at the start of a sentence;
  "X cho biết như vậy" (nothing said in the sentence itself) is not a statement.
The speaker is the entity the mention resolves to (`facts.entities`), so "ông Lavrov",
"Ngoại trưởng Nga" and "Sergei Lavrov" are one speaker.
"""

from __future__ import annotations

import bisect
import re

from tomtat.facts.entities import Found, Index
from tomtat.model import Quote, Sentence, Story

VERBS = sorted(
    [
        "cho biết",
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
        "yêu cầu",
        "cam kết",
        "khuyến cáo",
        "nhận xét",
        "lý giải",
        "phân bua",
        "bổ sung",
        "góp ý",
        "phủ nhận",
        "bác bỏ",
    ],
    key=len,
    reverse=True,
)
_VERB = re.compile(r"(?<!\w)(" + "|".join(VERBS) + r")(?!\w)", re.I)
_BETWEEN = re.compile(r"^\s*(?:(?:đã|cũng|vừa|mới|tiếp tục|còn|lại|từng|đều|sẽ|khi|thì)\s+)*$", re.I)
_APPOSITION = re.compile(
    r"^\s*[,–-]\s*[^,.;:“”]{2,100}?[,–-]?\s*(?:(?:đã|cũng|vừa|mới|tiếp tục|còn|lại|thì)\s+)*$"
)
_LEAD_IN = re.compile(r"^[^“”.;!?]{0,40}$")  # "với các phóng viên:" between verb and quote
_OPEN, _CLOSE = "“", "”"
# A country or city is a speaker only when it states something formally ("Mỹ tuyên bố").
_STATE_VERBS = {"tuyên bố", "khẳng định", "tái khẳng định", "cảnh báo", "kêu gọi", "thông báo", "cho biết"}
_MIN_WORDS = 5
_EMPTY = re.compile(r"^(?:như vậy|như thế|điều này|điều đó|thêm)\b", re.I)


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
    weak = (
        best is None
        or best.mention.kind in ("LOC", "NAME")
        or (best.entity is None and best.mention.kind != "PER")
    )
    if weak:
        clause_start = max(text.rfind(". ", 0, verb_start), text.rfind("; ", 0, verb_start), -1) + 1
        for f in found:
            if not (clause_start <= f.mention.start and f.mention.end <= verb_start):
                continue
            gap = text[f.mention.end : verb_start]
            if f.mention.kind in ("PER", "NAME") and _APPOSITION.match(gap):
                return f
            if f.mention.kind in ("PER", "ORG") and not re.search(r"[,;:“”]", gap) and len(gap) < 80:
                return f
    return best


def _entity_id(index: Index, speaker: Found | None) -> str | None:
    """The speaker's entity id; a bare name in a speaker's place is a person."""
    if speaker is None:
        return None
    if speaker.entity is None and speaker.mention.kind == "NAME" and len(speaker.mention.name.split()) >= 2:
        index.person(speaker)
    return speaker.entity.id if speaker.entity else None


def _content(after: str) -> str:
    return re.sub(r"^[\s,:;–-]*(?:rằng|là)?[\s,:]*", "", after).strip()


def _direct(
    index: Index, sentences: list[Sentence], out: list[Quote], article_sentences: list[Sentence]
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

    for m in re.finditer(rf"{_OPEN}([^{_OPEN}{_CLOSE}]+){_CLOSE}", text):
        said = m.group(1).strip()
        if len(said.split()) < _MIN_WORDS:
            continue
        first, last = sentence_at(m.start()), sentence_at(m.end() - 1)
        speaker = None
        # after: “...”, X nói. / “...”, X, nhà nghiên cứu tại Y, nói.
        after_k = last
        s_after = sentences[after_k]
        local_end = m.end() - starts[after_k]
        tail = s_after.text[local_end:]
        v = _VERB.search(tail)
        if v and v.start() < 120 and not re.search(r"[.!?“]", tail[: v.start()]):
            found = [
                f for f in index.in_sentence(s_after) if local_end <= f.mention.start < local_end + v.start()
            ]
            people = [f for f in found if f.mention.kind in ("PER", "NAME", "ROLE")]
            speaker = people[0] if people else _speaker_before(found, s_after.text, local_end + v.start())
            if speaker is None and _PRONOUN_AFTER.match(tail[: v.start()]):
                speaker = _previous_person(index, s_after, article_sentences, before=local_end)
        if speaker is None:
            # before: X nói: “...” / X khẳng định với báo chí: “...” / Theo X, ... “...”
            s_before = sentences[first]
            local_start = m.start() - starts[first]
            head = s_before.text[:local_start]
            verbs = list(_VERB.finditer(head))
            if verbs and _LEAD_IN.match(head[verbs[-1].end() :]):
                if _PRONOUN.search(head[: verbs[-1].start()]):  # "ông nói với X: “...”"
                    speaker = _previous_person(index, s_before, article_sentences, before=verbs[-1].start())
                else:
                    speaker = _speaker_before(index.in_sentence(s_before), s_before.text, verbs[-1].start())
            theo = re.search(r"(?:^|,\s*|\b[Cc]òn\s+|\b[Cc]ũng\s+)[Tt]heo\s+", head)
            if speaker is None and theo:
                speaker = next(
                    (f for f in index.in_sentence(s_before) if f.mention.start == theo.end() and f.entity),
                    None,
                )
        out.append(
            Quote(
                text=said,
                kind="direct",
                speaker=_entity_id(index, speaker),
                speaker_text=speaker.mention.text if speaker else "",
                article_id=sentences[first].article_id,
                sentence=sentences[first].index,
            )
        )


_PRONOUN_AFTER = re.compile(
    r"^\s*[,–-]?\s*(?:ông|bà|anh|chị|cô)\s+(?:(?:ấy|ta|này)\s+)?(?:(?:cũng|còn|đã|lại)\s+)*$", re.I
)
_PRONOUN = re.compile(r"(?:^|,\s*)(Ông|Bà|ông|bà)\s+(?:(?:ta|ấy|này)\s+)?(?:(?:cũng|còn|đã|lại|thì)\s+)*$")
_TRAILING = re.compile(
    r",\s*([^,]{2,120}?)\s+(?:(?:đã|cũng)\s+)?(cho biết|nói|cho hay|khẳng định|nhấn mạnh)\s*\.?$"
)


def _previous_person(
    index: Index, s: Sentence, article_sentences: list[Sentence], before: int | None = None
) -> Found | None:
    """The person a bare "ông"/"bà" refers to: the last one named earlier in the sentence
    (before offset `before`), else in the two sentences before it."""
    if before is not None:
        here = [
            f for f in index.in_sentence(s) if f.mention.end <= before and f.entity and f.entity.type == "PER"
        ]
        if here:
            return here[-1]
    for prev in reversed(list(article_sentences)[max(0, s.index - 2) : s.index]):
        people = [f for f in index.in_sentence(prev) if f.entity is not None and f.entity.type == "PER"]
        if people:
            return people[-1]
    return None


def _reported(index: Index, s: Sentence, out: list[Quote], article_sentences: list[Sentence] = ()) -> None:
    text = s.text
    quoted = [(m.start(), m.end()) for m in re.finditer(rf"{_OPEN}[^{_CLOSE}]*{_CLOSE}?", text)]

    def in_quote(pos: int) -> bool:
        return any(a <= pos < b for a, b in quoted)

    found = index.in_sentence(s)
    theo = re.match(r"^Theo\s+(.+?)\s*[,:]\s+(.+)$", text)
    if theo:
        speaker = next(
            (f for f in found if f.mention.start == theo.start(1) and f.mention.end >= theo.end(1) - 1), None
        )
        if speaker is not None and speaker.mention.kind != "LOC":
            said = theo.group(2).strip()
            if len(said.split()) >= _MIN_WORDS and not said.startswith(_OPEN):
                out.append(
                    Quote(
                        said,
                        "reported",
                        _entity_id(index, speaker),
                        speaker.mention.text,
                        s.article_id,
                        s.index,
                    )
                )
            return
    for v in _VERB.finditer(text):
        if in_quote(v.start()):
            continue
        speaker = _speaker_before(found, text, v.start())
        if speaker is None and _PRONOUN.search(text[: v.start()]):
            speaker = _previous_person(index, s, list(article_sentences))
        if speaker is None:
            continue
        if speaker.mention.kind == "LOC" and v.group(1).lower() not in _STATE_VERBS:
            continue  # "Việt Nam chia sẻ mong muốn...": a country shares a wish, it does not speak
        said = _content(text[v.end() :])
        if not said.strip(" .") and speaker.mention.start > 0:
            # the statement comes first: "..., 27 thi thể đã được tìm thấy, X, giám đốc Y cho biết."
            before = text[: speaker.mention.start].rstrip(" ,–-")
            if before and not before.endswith((_CLOSE, '"')) and len(before.split()) >= _MIN_WORDS:
                said = before
        if said.startswith(_OPEN) or _EMPTY.match(said) or len(said.split()) < _MIN_WORDS:
            return
        out.append(
            Quote(
                said,
                "reported",
                _entity_id(index, speaker),
                speaker.mention.text,
                s.article_id,
                s.index,
            )
        )
        return


def extract(story: Story, index: Index) -> list[Quote]:
    quotes: list[Quote] = []
    for article in story.kept_articles:
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in article.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        for sentences in by_paragraph.values():
            direct: list[Quote] = []
            _direct(index, sentences, direct, article.sentences)
            quotes.extend(direct)
            for s in sentences:
                # a sentence with a quotation may also report more around it ("X cho
                # biết, ... Washington đã “lựa chọn ...”"); _reported skips what is quoted
                _reported(index, s, quotes, article.sentences)
    order = {a.id: k for k, a in enumerate(story.articles)}
    quotes.sort(key=lambda q: (order[q.article_id], q.sentence, q.kind != "direct"))
    _inherit_speakers(quotes)
    for q in quotes:
        if q.kind == "reported":
            q.text = _without_attribution(q.text)
    return [q for q in quotes if not _a_name_in_quotes(q)]


# A reported statement that ends with who relayed it: "..., TASS ngày 24-2 đưa tin.",
# "..., hãng tin Reuters cho hay." The relay is not part of what was said.
_TRAILING_RELAY = re.compile(
    r",\s*(?:(?:hãng tin|báo|tờ|đài|theo)\s+)?[A-ZĐÀ-Ỹ][\w.\-]*(?:\s+[A-ZĐÀ-Ỹ0-9][\w.\-]*){0,4}"
    r"(?:\s+(?:ngày|hôm|tối|sáng|chiều)\s+[\w/\-]+)?\s+(?:đưa tin|cho hay|dẫn lời|trích dẫn)\s*\.?$"
)


def _without_attribution(text: str) -> str:
    cut = _TRAILING_RELAY.search(text)
    if cut and cut.start() > 20:
        return text[: cut.start()].rstrip() + "."
    return text


def _a_name_in_quotes(q: Quote) -> bool:
    """“Chiến sĩ thi đua cơ sở”, “Cuốn tự truyện của tôi”: quotation marks around the name
    of a title, an award or a programme, said by nobody, are not a statement."""
    return (
        q.kind == "direct"
        and not q.speaker_text
        and len(q.text.split()) < 12
        and not re.search(r"[.,!?…]", q.text)
    )


def _inherit_speakers(quotes: list[Quote]) -> None:
    """A quotation with no speaker in its sentence belongs to the speaker of a quotation
    in the same sentence, or of the one in the sentence just before (a quote that goes
    on over several sentences, each in its own quotation marks)."""
    for k, q in enumerate(quotes):
        if q.kind != "direct" or q.speaker_text:
            continue
        for other in quotes[k + 1 : k + 3] + quotes[max(0, k - 2) : k][::-1]:
            same = other.article_id == q.article_id and other.sentence in (q.sentence, q.sentence - 1)
            if same and other.speaker_text and (other.kind == "direct" or other.sentence == q.sentence - 1):
                q.speaker, q.speaker_text = other.speaker, other.speaker_text
                break
