"""One function per output format, all over the same Story."""

from __future__ import annotations

import html
import json

from tomtat.model import Article, Story

FORMATS = ("text", "markdown", "json", "jsonl", "html")


def safe_url(url: str | None) -> str | None:
    """A link only for http(s) URLs: a stored "javascript:" or "data:" URL is not one."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _numbers(story: Story) -> dict[str, int]:
    return {a.id: k for k, a in enumerate(story.articles, 1)}


def _source_label(a: Article) -> str:
    parts = [p for p in (a.outlet, a.title) if p]
    return " — ".join(parts) or a.id


def _where(a: Article) -> str:
    return a.url or a.path or a.id


def unresolved_speaker(speaker_text: str, speaker_kind: str) -> str:
    """How a speaker that is no entity of the story is shown: as the text names it,
    marked when the source is unnamed ("các chuyên gia (không nêu tên)")."""
    if not speaker_text:
        return "(không rõ)"
    return f"{speaker_text} (không nêu tên)" if speaker_kind == "anonymous" else speaker_text


def _who_said_what(story: Story) -> list[tuple[str, list]]:
    """Quotes grouped by speaker (unresolved speakers by how they are named), speakers in
    the story's order of importance."""
    by_id = {e.id: e for e in story.entities}
    groups: dict[str, list] = {}
    for q in story.quotes:
        if q.speaker in by_id:
            name = by_id[q.speaker].name
        else:
            name = unresolved_speaker(q.speaker_text, q.speaker_kind)
        groups.setdefault(name, []).append(q)
    rank = {e.name: k for k, e in enumerate(story.entities)}
    return sorted(groups.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))


def _quote_line(q, num: dict[str, int]) -> str:
    """The statement and every article it is written in (`Quote.also`)."""
    said = f"“{q.text}”" if q.kind == "direct" else q.text
    marks = dict.fromkeys(num[a] for a, _ in q.places() if a in num)
    return f"{said} " + "".join(f"[{n}]" for n in marks)


def _event_sources(e, num: dict[str, int]) -> list[int]:
    """Numbers of the articles that tell the event (`Event.also`), each once, in order."""
    return list(dict.fromkeys(num[a] for a, _ in e.places()))


def _event_marks(e, num: dict[str, int]) -> str:
    return "".join(f"[{n}]" for n in _event_sources(e, num))


def _date_label(e) -> str:
    span = f"{e.date} – {e.end}" if e.end else e.date
    return span + (" (?)" if e.uncertain else "")


def text(story: Story) -> str:
    num = _numbers(story)
    out = [story.headline or "(không có tiêu đề)", ""]
    for s in story.summary:
        marks = "".join(f"[{num[a]}]" for a in s.sources)
        out.append(f"{s.text} {marks}")
    if story.quotes:
        out += ["", "Ai nói gì:"]
        for name, quotes in _who_said_what(story):
            out.append(f"- {name}:")
            out += [f"    {_quote_line(q, num)}" for q in quotes]
    if story.timeline:
        out += ["", "Dòng thời gian:"]
        out += [f"- {_date_label(e)}: {e.text} {_event_marks(e, num)}" for e in story.timeline]
    out += ["", "Nguồn:"]
    for a in story.articles:
        dup = f" (bản sao của [{num[a.duplicate_of]}])" if a.duplicate_of else ""
        out.append(f"[{num[a.id]}] {_source_label(a)}{dup} <{_where(a)}>")
    return "\n".join(out) + "\n"


def markdown(story: Story) -> str:
    num = _numbers(story)
    out = [f"# {story.headline or '(không có tiêu đề)'}", ""]
    body = []
    for s in story.summary:
        marks = "".join(f"[[{num[a]}]](#nguon-{num[a]})" for a in s.sources)
        body.append(f"{s.text} {marks}")
    out += [" ".join(body), ""]
    if story.entities:
        # the people the story names; its reporters and photographers are in its sources
        people = [e for e in story.entities if e.type == "PER" and e.named_in_text()][:10]
        if people:
            out += ["## Nhân vật", ""]
            out += [f"- **{x.name}**" + (f" ({'; '.join(x.roles)})" if x.roles else "") for x in people]
            out.append("")
    if story.quotes:
        out += ["## Ai nói gì", ""]
        for name, quotes in _who_said_what(story):
            out.append(f"- **{name}**")
            out += [f"  - {_quote_line(q, num)}" for q in quotes]
        out.append("")
    if story.timeline:
        out += ["## Dòng thời gian", ""]
        out += [f"- **{_date_label(e)}**: {e.text} {_event_marks(e, num)}" for e in story.timeline]
        out.append("")
    out += ["## Nguồn", ""]
    for a in story.articles:
        dup = f" (bản sao của [{num[a.duplicate_of]}])" if a.duplicate_of else ""
        link = f"<{a.url}>" if a.url else f"`{a.path or a.id}`"
        out.append(f'{num[a.id]}. <a id="nguon-{num[a.id]}"></a>{_source_label(a)}{dup} {link}')
    return "\n".join(out) + "\n"


def json_text(story: Story) -> str:
    return story.to_json(indent=2) + "\n"


def jsonl(story: Story) -> str:
    return json.dumps(story.to_dict(), ensure_ascii=False) + "\n"


_CSS = (
    "body{font-family:'Noto Serif',Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.6;color:#222}h1{line-height:1.25}sup a{text-decoration:none}"
    "ol.sources{font-size:.9rem;color:#444}.dup{color:#888}"
)


def html_page(story: Story) -> str:
    e = html.escape
    num = _numbers(story)
    sentences = []
    for s in story.summary:
        marks = "".join(f'<sup><a href="#nguon-{num[a]}">[{num[a]}]</a></sup>' for a in s.sources)
        sentences.append(f"{e(s.text)}{marks}")
    items = []
    for a in story.articles:
        dup = f' <span class="dup">(bản sao của [{num[a.duplicate_of]}])</span>' if a.duplicate_of else ""
        href = e(safe_url(a.url) or "")
        label = e(_source_label(a))
        link = f'<a href="{href}">{label}</a>' if href else label
        items.append(f'<li id="nguon-{num[a.id]}">{link}{dup}</li>')
    extra = []
    if story.quotes:
        extra.append('<h2>Ai nói gì</h2>\n<dl class="quotes">')
        for name, quotes in _who_said_what(story):
            extra.append(f"<dt>{e(name)}</dt>")
            for q in quotes:
                said = e(f"“{q.text}”" if q.kind == "direct" else q.text)
                n = num[q.article_id]
                extra.append(f'<dd>{said}<sup><a href="#nguon-{n}">[{n}]</a></sup></dd>')
        extra.append("</dl>")
    if story.timeline:
        extra.append('<h2>Dòng thời gian</h2>\n<ol class="timeline">')
        for ev in story.timeline:
            marks = "".join(f'<a href="#nguon-{n}">[{n}]</a>' for n in _event_sources(ev, num))
            extra.append(f"<li><b>{e(_date_label(ev))}</b>: {e(ev.text)}<sup>{marks}</sup></li>")
        extra.append("</ol>")
    headline = e(story.headline or "(không có tiêu đề)")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{headline}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<article>\n<h1>{headline}</h1>\n<p>{' '.join(sentences)}</p>\n{chr(10).join(extra)}\n"
        f'<h2>Nguồn</h2>\n<ol class="sources">\n{chr(10).join(items)}\n</ol>\n</article>\n'
        "</body>\n</html>\n"
    )


_RENDERERS = {"text": text, "markdown": markdown, "json": json_text, "jsonl": jsonl, "html": html_page}


def render(story: Story, fmt: str) -> str:
    """The story in format `fmt` (one of FORMATS)."""
    try:
        return _RENDERERS[fmt](story)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
