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
    ],
    key=len,
    reverse=True,
)
_VERB = re.compile(r"(?<!\w)(" + "|".join(VERBS) + r")(?!\w)", re.I)
_BETWEEN = re.compile(r"^\s*(?:(?:đã|cũng|vừa|mới|tiếp tục|còn|lại|từng|đều|sẽ|khi)\s+)*$", re.I)
_OPEN, _CLOSE = "“", "”"
# A country or city is a speaker only when it states something formally ("Mỹ tuyên bố").
_STATE_VERBS = {"tuyên bố", "khẳng định", "tái khẳng định", "cảnh báo", "kêu gọi", "thông báo", "cho biết"}
_MIN_WORDS = 5
_EMPTY = re.compile(r"^(?:như vậy|như thế|điều này|điều đó|thêm)\b", re.I)


def _speaker_before(found: list[Found], text: str, verb_start: int) -> Found | None:
    """The mention that ends right before a reporting verb (adverbs allowed between)."""
    best = None
    for f in found:
        if f.mention.end <= verb_start and _BETWEEN.match(text[f.mention.end : verb_start]):
            if f.mention.kind != "LOC" or best is None:
                best = f
    return best


def _content(after: str) -> str:
    return re.sub(r"^[\s,:;–-]*(?:rằng|là)?[\s,:]*", "", after).strip()


def _direct(story: Story, index: Index, sentences: list[Sentence], out: list[Quote]) -> set[int]:
    """Quotations in one paragraph; returns the ids of sentences wholly inside one."""
    starts, pos, joined = [], 0, []
    for s in sentences:
        starts.append(pos)
        joined.append(s.text)
        pos += len(s.text) + 1
    text = " ".join(joined)

    def sentence_at(offset: int) -> int:
        k = max(i for i, st in enumerate(starts) if st <= offset)
        return k

    covered: set[int] = set()
    for m in re.finditer(rf"{_OPEN}([^{_OPEN}{_CLOSE}]+){_CLOSE}", text):
        said = m.group(1).strip()
        if len(said.split()) < _MIN_WORDS:
            continue
        first, last = sentence_at(m.start()), sentence_at(m.end() - 1)
        speaker = None
        # after: “...”, X nói.
        after_k = last
        s_after = sentences[after_k]
        local_end = m.end() - starts[after_k]
        tail = s_after.text[local_end:]
        v = _VERB.search(tail)
        if v and v.start() < 90:
            found = [f for f in index.in_sentence(s_after) if f.mention.start >= local_end]
            speaker = _speaker_before(found, s_after.text, local_end + v.start())
        if speaker is None:
            # before: X nói: “...”
            s_before = sentences[first]
            local_start = m.start() - starts[first]
            head = s_before.text[:local_start]
            verbs = list(_VERB.finditer(head))
            if verbs and not head[verbs[-1].end() :].strip(" :,") and True:
                speaker = _speaker_before(index.in_sentence(s_before), s_before.text, verbs[-1].start())
        out.append(
            Quote(
                text=said,
                kind="direct",
                speaker=speaker.entity.id if speaker and speaker.entity else None,
                speaker_text=speaker.mention.text if speaker else "",
                article_id=sentences[first].article_id,
                sentence=sentences[first].index,
            )
        )
        covered.update(id(sentences[k]) for k in range(first, last + 1))
    return covered


def _reported(index: Index, s: Sentence, out: list[Quote]) -> None:
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
                        speaker.entity.id if speaker.entity else None,
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
        if speaker is None:
            continue
        if speaker.mention.kind == "LOC" and v.group(1).lower() not in _STATE_VERBS:
            continue  # "Việt Nam chia sẻ mong muốn...": a country shares a wish, it does not speak
        said = _content(text[v.end() :])
        if said.startswith(_OPEN) or _EMPTY.match(said) or len(said.split()) < _MIN_WORDS:
            return
        out.append(
            Quote(
                said,
                "reported",
                speaker.entity.id if speaker.entity else None,
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
            covered = _direct(story, index, sentences, direct)
            quotes.extend(direct)
            for s in sentences:
                if id(s) not in covered:
                    _reported(index, s, quotes)
    order = {a.id: k for k, a in enumerate(story.articles)}
    quotes.sort(key=lambda q: (order[q.article_id], q.sentence, q.kind != "direct"))
    return quotes
