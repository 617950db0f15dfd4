"""Interviews printed as questions and answers: each answer is the interviewee's statement.

Vietnamese papers print an interview ("phỏng vấn", "trao đổi với ...") as the reporter's
questions, each followed by the answer, with no quotation marks and often no name before
either. A question (`cleaning.cues.interview_question`, which also keeps such lines in
the article text) is a sentence ending in "?" that either carries the reporter's label
("PV:", "Phóng viên:", "<Paper> Online:") or addresses the interviewee in the second
person: a bare "ông / bà / anh / chị / cô / thầy" not followed by a name, as in "Ông đánh
giá thế nào về ...?", "Theo bà, ...?", "..., thưa ông?". The sentences after a question,
up to the next one, answer it. The statement rules read none of this (no reporting verb,
no quotation mark): the first interview of the own gold had its eight answers unread.

An article is taken for an interview only when at least `MIN_QUESTIONS` questions so
written are each followed by an answer, and most answers speak in the first person
("tôi", "chúng tôi", "chúng ta", "mình"): two rhetorical questions in a feature ("Vậy có
phải ông ...?") are no interview, unless `SURE_QUESTIONS` questions so written are
answered, or two answers are labelled with the interviewee's name ("Ông X: ...").
Once it is one, every later paragraph that ends in "?" outside quotation marks ends
with a question too ("Có ý kiến cho rằng ...?"), but a question an answer asks in
passing ("Vậy ai chịu thiệt? Chính người tiêu dùng. ...") is none; on a page that lost
its paragraphs, every sentence ending in "?" is one. The interviewee is
the person named last before the first question, preferring the one named where the
article says it talked to them ("<Tờ báo> đã trao đổi với ông X"); an answer labelled
with a name ("Ông X: ...", "PGS, TS. X: ...") is that person's, and its label is no part
of what was said. An answer is a direct statement (the interviewee's own words) starting
at its first sentence; an answer whose first sentence already holds a statement with its
speaker is left to it (one the rules read there without a speaker, "Tôi cho rằng ...", is
replaced). What the statement rules read in the interviewer's questions ("Ông đánh giá về đề
xuất này thế nào?" taken for a report) is dropped: a question states nothing.
"""

from __future__ import annotations

import re

from tomtat.cleaning import cues
from tomtat.facts.entities import Found, Index
from tomtat.model import Quote, Sentence
from tomtat.text.normalize import UPPER

# Two questions answered make an interview: one question in a feature is rhetoric. Of the
# 400 dev clusters' articles with two or more questions so written (12), all are
# interviews or a court's questions and answers; a feature asking its subject two
# rhetorical questions is kept out by the first-person test below.
MIN_QUESTIONS = 2
# ... and so many make one whoever speaks in the answers: an expert's answers may keep to
# the third person all through (a market, a policy, a sector), three of seven in
# one dev interview; no feature asks its subject three questions it answers.
SURE_QUESTIONS = 3
_FIRST_PERSON = re.compile(r"(?<!\w)(?:tôi|chúng tôi|chúng ta|mình|chúng em|em)(?!\w)", re.I)
# How a paper says it talked to someone, in the lines before the questions
_INTERVIEW_CUE = re.compile(r"(?<!\w)(?:trao đổi|phỏng vấn|trò chuyện|chia sẻ với|tiếp xúc)(?!\w)", re.I)
# An answer's label: a name, with its titles, and a colon ("Ông X:", "PGS, TS. X:",
# "Phó Chủ tịch Y Z:"), a short run without a sentence's punctuation
# (the dot of an abbreviated title is part of it: "PGS, TS. X:")
_ANSWER_LABEL = re.compile(
    r"^\s*[-–]?\s*[" + UPPER + r"](?:[^.!?:;“”]|\.(?=\s*[" + UPPER + r"])){1,100}?:\s*"
)


def _asks(s: Sentence) -> bool:
    return cues.asks(s.text)


def _addresses(s: Sentence) -> bool:
    return cues.interview_question(s.text)


def _ends_paragraph(sentences: list[Sentence], k: int) -> bool:
    return k + 1 == len(sentences) or sentences[k + 1].paragraph != sentences[k].paragraph


def _answers(sentences: list[Sentence], questions: list[int]) -> list[tuple[int, int]]:
    """(first, end) positions in `sentences` of the answer after each question, when
    there is one."""
    out = []
    for k, q in enumerate(questions):
        end = questions[k + 1] if k + 1 < len(questions) else len(sentences)
        if q + 1 < end:
            out.append((q + 1, end))
    return out


_LABEL_AFTER = re.compile(r"\s*:")


def _people(
    index: Index, s: Sentence, start: int = 0, end: int | None = None, labels: bool = True
) -> list[Found]:
    """Persons named (by name, not by a bare title: "TS. X (đại biểu Quốc hội)" is X) in
    `s.text[start:end]`, in order; with `labels` False, not a name that labels a line
    ("<Tờ báo> Online: ...", a reporter's label the recognizer may take for a person)."""
    end = len(s.text) if end is None else end
    return sorted(
        (
            f
            for f in index.in_sentence(s)
            if f.entity is not None
            and f.entity.type == "PER"
            and f.mention.kind != "ROLE"
            and start <= f.mention.start < end
            and (labels or not _LABEL_AFTER.match(s.text, f.mention.end))
        ),
        key=lambda f: f.mention.start,
    )


def _interviewee(index: Index, sentences: list[Sentence]) -> Found | None:
    """The person the paper says it talked to ("... trao đổi với ông X"), else the one
    named last before the questions."""
    for s in reversed(sentences):
        cue = _INTERVIEW_CUE.search(s.text)
        if cue is not None:
            after = _people(index, s, cue.end(), labels=False)
            if after:
                return after[0]
    for s in reversed(sentences):
        named = _people(index, s, labels=False)
        if named:
            return named[-1]
    return None


def _unread(q: Quote) -> bool:
    """A statement the rules found without its speaker, or with the speaker only as "tôi"."""
    return q.speaker is None and (
        not q.speaker_text.strip() or bool(_FIRST_PERSON.fullmatch(q.speaker_text.strip()))
    )


def _label(index: Index, s: Sentence) -> tuple[int, Found | None]:
    """Where the words of an answer start after its label ("Ông X: ...": past the
    colon), and the person the label names."""
    label = _ANSWER_LABEL.match(s.text)
    if label is None:
        return 0, None
    named = _people(index, s, 0, label.end())
    return (label.end(), named[-1]) if named else (0, None)


def read(index: Index, sentences: list[Sentence], quotes: list[Quote]) -> None:
    """Add the answers of an interview printed in `sentences` (one article's) to
    `quotes`, as the interviewee's direct statements."""
    addressed = [k for k, s in enumerate(sentences) if _addresses(s)]
    if len(addressed) < MIN_QUESTIONS:
        return
    first = addressed[0]
    flat = len({s.paragraph for s in sentences}) == 1  # the page lost its paragraphs
    questions = [
        k
        for k, s in enumerate(sentences)
        if k >= first and (k in addressed or (_asks(s) and (flat or _ends_paragraph(sentences, k))))
    ]
    answers = _answers(sentences, questions)
    answered = [a for a in answers if any(q + 1 == a[0] for q in addressed)]
    if len(answered) < MIN_QUESTIONS:
        return
    in_first_person = [
        a for a in answers if any(_FIRST_PERSON.search(s.text) for s in sentences[a[0] : a[1]])
    ]
    # answers labelled with the interviewee's name ("PV: ...? / Ông X: ..."): an interview
    # printed as one, whoever the answers speak of
    labelled_answers = [a for a in answered if _label(index, sentences[a[0]])[1] is not None]
    if (
        2 * len(in_first_person) <= len(answers)
        and len(answered) < SURE_QUESTIONS
        and len(labelled_answers) < MIN_QUESTIONS
    ):
        return
    asked = {(sentences[k].article_id, sentences[k].index) for k in questions}
    quotes[:] = [q for q in quotes if (q.article_id, q.sentence) not in asked]
    interviewee = _interviewee(index, sentences[:first])
    for start, end in answers:
        s = sentences[start]
        words_from, labelled = _label(index, s)
        # a round table labels who answers ("– Ông X: ..."); the answers after one so
        # labelled are that person's until another label
        interviewee = labelled or interviewee
        speaker = interviewee
        if speaker is None:
            continue
        # what the rules read in the answer's first sentence without finding its speaker is
        # the interviewee's: a quotation nothing credits keeps its words, a clause whose
        # subject is "tôi" ("Tôi cho rằng ...") gives way to the answer
        here = [q for q in quotes if (q.article_id, q.sentence) == (s.article_id, s.index) and _unread(q)]
        for q in here:
            if q.kind == "direct":
                q.speaker, q.speaker_text, q.speaker_kind = speaker.entity.id, speaker.mention.text, "person"
        quotes[:] = [q for q in quotes if q.kind == "direct" or not any(q is h for h in here)]
        if any((s.article_id, s.index) in q.places() for q in quotes):
            continue
        said = [t.text for t in sentences[start:end] if t.paragraph == s.paragraph]
        said[0] = said[0][words_from:].strip()
        quotes.append(
            Quote(
                " ".join(said),
                "direct",
                speaker.entity.id,
                speaker.mention.text,
                s.article_id,
                s.index,
                "person",
            )
        )
