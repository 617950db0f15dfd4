"""What the pages show, computed from a story's JSON: numbered sources, sentences of each
article with anchors for citations, speakers and their statements, the timeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from tomtat.model import CREDIT
from tomtat.render.formats import safe_url, unresolved_speaker
from tomtat.text.normalize import fold, strip_diacritics


@dataclass
class SourceView:
    number: int
    id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (anchor, text)


def anchor(article_id: str, index: int) -> str:
    return f"s-{article_id}-{index}"


def _stored_sentences(a: dict) -> list[tuple[int, str]]:
    """(index, text) of an article's sentences as stored with the story. A story stored
    before sentences were kept (schema 1) shows its paragraphs whole: the reader never
    segments text again, so a citation can never point at another sentence."""
    if a.get("sentences"):
        return [(k, s["text"]) for k, s in enumerate(a["sentences"])]
    blocks = [a.get("lead"), *(a.get("paragraphs") or [])]
    return [(k, text) for k, text in enumerate(b for b in blocks if b)]


def story_view(data: dict) -> dict:
    """Everything the story template needs, from the stored contract alone."""
    sources = []
    by_id = {}
    for n, a in enumerate(data.get("articles", []), 1):
        view = SourceView(
            n, a["id"], a.get("outlet"), a.get("title"), safe_url(a.get("url")), a.get("published")
        )
        view.sentences = [(anchor(a["id"], k), text) for k, text in _stored_sentences(a)]
        sources.append(view)
        by_id[a["id"]] = view
    summary = []
    for s in data.get("summary", []):
        cites = []
        pointers = [(c["article"], c["sentence"]) for c in s.get("citations") or []]
        if not pointers and s.get("origin"):  # schema 1: the origin only
            pointers = [(s["origin"]["article"], s["origin"]["sentence"])]
        for aid, index in pointers:
            src = by_id.get(aid)
            if src is not None:
                cites.append((src.number, anchor(aid, index)))
        summary.append({"text": s["text"], "cites": cites})
    entities = {e["id"]: e for e in data.get("entities", [])}
    speakers: dict[str, dict] = {}
    for q in data.get("quotes", []):
        sid = q.get("speaker") or f"?{q.get('speaker_text') or 'không rõ'}"
        if sid in entities:
            name = entities[sid]["name"]
        else:
            name = unresolved_speaker(q.get("speaker_text") or "", q.get("speaker_kind") or "")
        group = speakers.setdefault(sid, {"id": sid, "name": name, "quotes": []})
        src = by_id.get(q["article"])
        cites = []  # every article the statement is written in (its other forms: "also")
        for where in [{"article": q["article"], "sentence": q["sentence"]}, *(q.get("also") or [])]:
            other = by_id.get(where["article"])
            if other is not None and other.number not in [n for n, _ in cites]:
                cites.append((other.number, anchor(where["article"], where["sentence"])))
        group["quotes"].append(
            {
                "text": q["text"],
                "kind": q["kind"],
                "number": src.number if src else None,
                "target": anchor(q["article"], q["sentence"]),
                "cites": cites,
            }
        )
    rank = {e["id"]: k for k, e in enumerate(data.get("entities", []))}
    speaker_list = sorted(speakers.values(), key=lambda g: (rank.get(g["id"], 10**6), g["name"]))
    timeline = []
    for e in data.get("timeline", []):
        span = f"{e['date']} – {e['end']}" if e.get("end") else e["date"]
        cites = []  # every article that tells the event ("also"), each once
        for where in [{"article": e["article"], "sentence": e["sentence"]}, *(e.get("also") or [])]:
            src = by_id.get(where["article"])
            if src is not None and src.number not in [n for n, _ in cites]:
                cites.append((src.number, anchor(where["article"], where["sentence"])))
        timeline.append({"when": span, "uncertain": e.get("uncertain"), "text": e["text"], "cites": cites})
    # names the story's text states; names in credits alone (reporters, photographers)
    named = [e for e in data.get("entities", []) if not _credited_only(e)]
    chips = [e for e in named if e["id"] in speakers] + [e for e in named[:12] if e["id"] not in speakers]
    return {
        "story": data,
        "sources": sources,
        "summary": summary,
        "speakers": speaker_list,
        "timeline": timeline,
        "chips": chips[:16],
    }


def gist(data: dict) -> str:
    """One line under the headline: the first summary sentence that is not the headline."""
    headline = fold(data.get("headline") or "")
    for s in data.get("summary") or []:
        if fold(s["text"]) != headline:
            return s["text"]
    return ""


WHY_WINDOW = 70  # characters of context on each side of a match


def _plain(text: str) -> str:
    return strip_diacritics(fold(text))


def why_matched(data: dict, query: str) -> dict | None:
    """Where a story matches a search, to show under its headline: the first of its
    headline, summary and articles' sentences that has the query's phrase (else all its
    words), diacritics ignored, with the match marked."""
    words = _plain(query).replace('"', " ").split()
    if not words:
        return None
    phrase = " ".join(words)
    places: list[tuple[str, str]] = [("tiêu đề", data.get("headline") or "")]
    places += [("tóm tắt", s["text"]) for s in data.get("summary") or []]
    for n, a in enumerate(data.get("articles") or [], 1):
        texts = [x["text"] for x in a.get("sentences") or []] or [
            a.get("title") or "",
            *(a.get("paragraphs") or []),
        ]
        places += [(f"bài [{n}]", t) for t in texts]
    for wanted in (lambda p: phrase in p, lambda p: all(w in p for w in words)):
        for where, text in places:
            plain = _plain(text)
            if not text or not wanted(plain):
                continue
            first = plain.find(phrase) if phrase in plain else plain.find(words[0])
            length = len(phrase) if phrase in plain else len(words[0])
            if len(plain) != len(text) or first < 0:
                return {"where": where, "before": text[: 2 * WHY_WINDOW], "match": "", "after": ""}
            start = max(0, first - WHY_WINDOW)
            end = min(len(text), first + length + WHY_WINDOW)
            return {
                "where": where,
                "before": ("…" if start else "") + text[start:first],
                "match": text[first : first + length],
                "after": text[first + length : end] + ("…" if end < len(text) else ""),
            }
    return None


def _credited_only(entity: dict) -> bool:
    """Named in the story's credits alone (a reporter, a photographer, an outlet credited)."""
    where = [m.get("sentence") for m in entity.get("mentions") or []]
    return bool(where) and all(w == CREDIT for w in where)
