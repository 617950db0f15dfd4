"""HTML pages of invented outlets built around real articles of a summarization set, in
the layouts Vietnamese news sites use, to measure cleaning beyond the few labelled pages.

Each page wraps one article (title, sapo = first paragraph, body paragraphs) in one of
twenty-six templates: a `div` page (menu, headline, date, the sapo in a block of its own, a
photo with its caption after the third paragraph, the author, a related-links box,
readers' comments, footer), an `article` page (semantic tags, the sapo as a lead
paragraph, a related box inside the article, a most-read sidebar), an old `table` page (paragraphs parted by
`<br>`, links in a side cell), a `photo` story (a captioned photo after every
paragraph, the sapo in an `h2`), a `short` news item (sapo and two paragraphs), three
sectioned pages (intertitles, one-sentence paragraphs, a bulleted list), a `live_blog`
(entries under the time they were posted, newest first), an `interview` (a bold
question before each answer, the answer opening with a dash, one way of asking per
page), `inline_related` (links to other articles on lines of their own between the
body's paragraphs: "Xem thêm: ...", "TIN LIÊN QUAN: ..."), `closing_furniture` (tags,
share buttons, a rating and the newsroom's contact after the author) and `widgets` (a
breadcrumb, an advertisement slot and a video with its source inside the body, a reader
poll after the author), `pull_quote` (a sentence of the body set again in a box, the
outlet's tag before the sapo), `gallery` (counted photos with their captions between
the sapo and the body), `contents` (the author over the sapo, a table of contents listing
the intertitles), `questions` (a readers' column: "Hỏi: ...?" over each "Đáp: ...") and
`embeds` (a social post with its link and signature and a video player between
paragraphs), `updates` (a developing story: paragraphs added under dated update lines) and
`datelines` (the headline in capitals, the outlet's tag before the sapo, a place's
dateline before the body). Six more were written in Dec 2026 and measured before any
rule was changed for them: a `video` page (a short description under the player, other
videos with their lengths), `listen` (the author's box, reading tools and an audio
player over the sapo), `emagazine` (a long read: a cover credit, numbered chapter
headings, a quoted pull quote, the team's credits at the end, no element named like an
article's), `utilities` (pagination, print links and an empty comment form),
`scoreboard` (a match's scoreboard over the headline, a league table after the article)
and `unknown_container` (intertitles and a bulleted list in an element named as one
Vietnamese CMS or another names it).
The page's
`og:description` repeats the sapo, as Vietnamese outlets' pages do.

The gold is the article's own lines: `article` keys (every paragraph, heading and list
item, used for precision: a kept line that matches none is furniture, and for the
every-line recall) and `prose` keys (paragraphs of
`PROSE_SYLLABLES` or more that end like a sentence, used for recall: the dataset's
texts also hold intertitles, captions and bylines, which a cleaner may rightly drop).
The `made` keys are the lines the template wrote from the article (intertitles, list
items, labelled questions): their words are the article's own, so 6-gram keys find them
inside the paragraphs they came from, and only an exact line comparison tells whether
they were kept. Nothing of the set is copied into the repository: pages are built in
memory.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tomtat.cleaning import cues
from tomtat.eval.cleaning import gram_hashes, paragraph_key
from tomtat.eval.vnmds import Cluster
from tomtat.text.sentences import split_sentences
from tomtat.text.tokens import count_syllables

PROSE_SYLLABLES = 25
_E = html.escape

_MENU = ["Thời sự", "Thế giới", "Kinh tế", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe"]
_COMMENTS = [
    "Bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin hữu ích này.",
    "Mong các cơ quan chức năng sớm vào cuộc xử lý nghiêm những sai phạm như thế này.",
    "Tôi hoàn toàn đồng ý với ý kiến của bạn đọc phía trên.",
]
_FOOTER = (
    "<footer><p>© 2026 Báo Mẫu. Giấy phép số 123/GP-BTTTT.</p>"
    "<p>Địa chỉ: 10 Phố Mẫu, Hà Nội. Điện thoại: 024 0000 0000</p></footer>"
)


def _menu() -> str:
    items = "".join(f'<li><a href="/m{k}">{m}</a></li>' for k, m in enumerate(_MENU))
    return f'<ul class="menu">{items}</ul>'


def _links(titles: list[str], css: str, header: str) -> str:
    items = "".join(f'<li><a href="/r{k}.html">{_E(t)}</a></li>' for k, t in enumerate(titles))
    return f'<div class="{css}"><h3>{header}</h3><ul>{items}</ul></div>'


def _comments() -> str:
    items = "".join(
        f'<div class="cmt"><b>Bạn đọc {k}</b><p>{c}</p><span>Trả lời · Thích</span></div>'
        for k, c in enumerate(_COMMENTS)
    )
    return f'<div class="comments"><h3>Bình luận (3)</h3>{items}</div>'


def _head(title: str, sapo: str) -> str:
    return (
        f"<head><title>{_E(title)} - Báo Mẫu</title>"
        f'<meta property="og:title" content="{_E(title)}">'
        f'<meta property="og:description" content="{_E(sapo[:150])}..."></head>'
    )


def _div_shell(title: str, sapo: str, content: str, others: list[str]) -> str:
    """A `div` page around the body's HTML: menu, headline, date, the sapo in a block of
    its own, the author, a related-links box, readers' comments, footer."""
    return (
        f"<html>{_head(title, sapo)}<body><header>{_menu()}</header><div class='main'>"
        f"<h1>{_E(title)}</h1><div class='date'>Thứ hai, 18/7/2022 08:30</div>"
        f"<div class='sapo'><strong>{_E(sapo)}</strong></div>"
        f"<div class='content'>{content}<p class='author'><strong>Minh Anh</strong></p></div>"
        f"{_links(others, 'related', 'Tin liên quan')}{_comments()}</div>{_FOOTER}</body></html>"
    )


def div_page(title: str, paragraphs: list[str], others: list[str]) -> str:
    sapo, body = paragraphs[0], paragraphs[1:]
    photo = "<figure><img src='a.jpg'><figcaption>Quang cảnh buổi làm việc. Ảnh: Minh Anh</figcaption>"
    text = "".join(f"<p>{_E(p)}</p>" + (photo + "</figure>" if k == 2 else "") for k, p in enumerate(body))
    return _div_shell(title, sapo, text, others)


def article_page(title: str, paragraphs: list[str], others: list[str]) -> str:
    sapo, body = paragraphs[0], paragraphs[1:]
    text = "".join(f"<p>{_E(p)}</p>" for p in body)
    return (
        f"<html>{_head(title, sapo)}<body><nav>{_menu()}</nav><article><h1>{_E(title)}</h1>"
        f"<p class='lead'>{_E(sapo)}</p>{text}{_links(others, 'related', 'Tin liên quan')}</article>"
        f"<aside>{_links(others, 'most-read', 'Đọc nhiều')}</aside>{_FOOTER}</body></html>"
    )


def table_page(title: str, paragraphs: list[str], others: list[str]) -> str:
    text = "<br><br>".join(_E(p) for p in paragraphs)
    side = "<br>".join(f"<a href='/s{k}'>{_E(t)}</a>" for k, t in enumerate(others))
    return (
        f"<html>{_head(title, paragraphs[0])}<body><table><tr><td colspan=2>{_menu()}</td></tr>"
        f"<tr><td width='20%'>{side}</td><td><font size=4><b>{_E(title)}</b></font><br><br>{text}"
        f"<br><br><i>Theo Báo Mẫu</i></td></tr></table>{_FOOTER}</body></html>"
    )


def photo_page(title: str, paragraphs: list[str], others: list[str]) -> str:
    sapo, body = paragraphs[0], paragraphs[1:]
    captions = ["Toàn cảnh khu vực chiều qua", "Người dân theo dõi tại hiện trường", "Lực lượng có mặt sớm"]
    text = "".join(
        f"<p>{_E(p)}</p><figure><img src='{k}.jpg'><figcaption><em>{captions[k % 3]}</em></figcaption>"
        "</figure>"
        for k, p in enumerate(body)
    )
    return (
        f"<html>{_head(title, sapo)}<body>{_menu()}<div class='detail'><h1>{_E(title)}</h1>"
        f"<h2 class='detail-sapo'>{_E(sapo)}</h2><div class='detail-content'>{text}</div>"
        f"<div class='author'>Hải Yến</div></div>{_links(others, 'box', 'Cùng chuyên mục')}"
        f"{_FOOTER}</body></html>"
    )


def short_page(title: str, paragraphs: list[str], others: list[str]) -> str:
    return div_page(title, paragraphs[:3], others)


Block = tuple[str, str]  # ("p" | "heading" | "bold" | "item" | "stamp", text)
# (title, paragraphs, other articles' titles) -> (page, the article's lines)
Builder = Callable[[str, list[str], list[str]], tuple[str, list[str]]]
HEADING_WORDS = 6


def _prose(text: str) -> bool:
    return count_syllables(text) >= PROSE_SYLLABLES and cues.is_terminal(text)


def _heading(paragraph: str) -> str:
    """An intertitle for a section: six of its first sentence's words, from the third on
    (its opening words are often a connective), without punctuation."""
    words = [w.strip(",.;:!?\"”“()") for w in paragraph.split()[2 : 2 + HEADING_WORDS]]
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:]


def _intertitled(body: list[str]) -> list[Block]:
    """A heading over every other section (between two prose paragraphs), in sentence
    case or, as many outlets set them, in capitals (one way through a page)."""
    capitals = len(body) % 2 == 1
    blocks: list[Block] = []
    for k, p in enumerate(body):
        if k and k % 2 == 0 and _prose(p) and _prose(body[k - 1]):
            heading = _heading(p)
            blocks.append(("heading", heading.upper() if capitals else heading))
        blocks.append(("p", p))
    return blocks


def _one_sentence(body: list[str]) -> list[Block]:
    """Each sentence a paragraph of its own, a bold heading over every third section."""
    blocks: list[Block] = []
    for k, p in enumerate(body):
        if k % 3 == 2 and _prose(p) and _prose(body[k - 1]):
            blocks.append(("bold", _heading(p)))
        blocks.extend(("p", s) for s in split_sentences(p))
    return blocks


def _bulleted(body: list[str]) -> list[Block]:
    """The second paragraph's sentences as a bulleted list."""
    blocks: list[Block] = []
    for k, p in enumerate(body):
        sentences = split_sentences(p)
        if k == 1 and len(sentences) >= 2:
            blocks.extend(("item", s) for s in sentences)
        else:
            blocks.append(("p", p))
    return blocks


def _live_blog(body: list[str]) -> list[Block]:
    """A live blog: the article's paragraphs as entries, newest first, each under the
    time it was posted; a short line (an intertitle, a name over a quotation) goes with
    the paragraph after it, as an entry's heading. The time is the page's structure, not
    a line of the article."""
    entries: list[list[str]] = []
    heading: list[str] = []
    for p in body:
        if _prose(p):
            entries.append([*heading, p])
            heading = []
        else:
            heading.append(p)
    if heading:
        entries.append(heading)
    blocks: list[Block] = []
    for k, entry in reversed(list(enumerate(entries))):
        blocks.append(("stamp", f"{(9 + k // 4) % 24:02d}:{(k * 15) % 60:02d}"))
        blocks.extend(("p", line) for line in entry)
    return blocks


# How an interviewer's question opens on Vietnamese pages ("PV:", "Phóng viên:", "- Thưa
# ông, ..."), one way through a page; the questions are invented from the answer's words.
_ASKING = ("PV: Thưa ông, {}?", "Phóng viên: Vì sao {}?", "- Thưa bà, {}?")


def _interview(body: list[str]) -> list[Block]:
    """A question and answer: a bold question before every answer (a sentence
    paragraph), the answer opening with a dash as interviews print it; other lines
    (intertitles, a source line) as they are."""
    asking = _ASKING[len(body) % len(_ASKING)]
    blocks: list[Block] = []
    for p in body:
        if _prose(p):
            blocks.append(("bold", asking.format(_heading(p).lower())))
            p = "- " + p
        blocks.append(("p", p))
    return blocks


def _blocks_html(blocks: list[Block]) -> str:
    out, items = [], []
    for kind, text in [*blocks, ("end", "")]:
        if kind == "item":
            items.append(f"<li>{_E(text)}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if kind == "stamp":
            out.append(f"<span class='time'>{text}</span>")
        elif kind == "p":
            out.append(f"<p>{_E(text)}</p>")
        elif kind == "heading":
            out.append(f"<h2>{_E(text)}</h2>")
        elif kind == "bold":
            out.append(f"<p><strong>{_E(text)}</strong></p>")
    return "".join(out)


def _sectioned(shape: Callable[[list[str]], list[Block]]) -> Builder:
    def build(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
        sapo, body = paragraphs[0], paragraphs[1:]
        blocks = shape(body)
        lines = [text for kind, text in blocks if kind != "stamp"]  # a time is no line of the text
        return _div_shell(title, sapo, _blocks_html(blocks), others), [sapo, *lines]

    return build


# How outlets set a link to another article inside the body, one way through a page
_INLINE_LINKS = ("Xem thêm: {}", "Đọc thêm: {}", ">> {}", "TIN LIÊN QUAN: {}")


def _inline_related(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """Links to other articles set between the body's paragraphs (after the second and
    the fourth), as a line of their own: furniture inside the text."""
    sapo, body = paragraphs[0], paragraphs[1:]
    link = _INLINE_LINKS[len(body) % len(_INLINE_LINKS)]
    out = []
    for k, p in enumerate(body):
        out.append(f"<p>{_E(p)}</p>")
        if k in (1, 3) and k + 1 < len(body):
            other = link.format(others[k % len(others)])
            out.append(f"<p class='related'><a href='/x{k}.html'>{_E(other)}</a></p>")
    return _div_shell(title, sapo, "".join(out), others), paragraphs


# What closes an article on many pages after its author: tags, sharing, a rating, contact
_CLOSING_FURNITURE = (
    "<div class='tags'>Từ khóa: <a href='/t1'>kinh tế</a>, <a href='/t2'>thời sự</a></div>"
    "<div class='share'>Chia sẻ bài viết: Facebook · Zalo · Sao chép liên kết</div>"
    "<div class='rate'>Bài viết có hữu ích với bạn không? Có (12) · Không (3)</div>"
    "<div class='contact'>Gửi góp ý cho tác giả: toasoan@baomau.vn · Đường dây nóng: 0900 000 000</div>"
)


def _closing_furniture(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """The `div` page with tags, share buttons, a rating and the newsroom's contact
    between the author and the related links."""
    page = div_page(title, paragraphs, others)
    boxed = '</div><div class="related">'
    return page.replace(boxed, _CLOSING_FURNITURE + boxed, 1), paragraphs


def _widgets(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """The `div` page with what sites embed around and inside a body: a breadcrumb over
    the headline, an advertisement slot and a video with its caption and source between
    paragraphs, a reader poll after the author."""
    sapo, body = paragraphs[0], paragraphs[1:]
    out = []
    for k, p in enumerate(body):
        out.append(f"<p>{_E(p)}</p>")
        if k == 1:
            out.append("<div class='ads'>Quảng cáo</div>")
        if k == 2:
            out.append(
                f"<div class='video'><video src='v.mp4'></video><p>Video: {_E(others[0])}</p>"
                "<p>Nguồn: VTV24</p></div>"
            )
    page = _div_shell(title, sapo, "".join(out), others)
    crumbs = "<div class='crumbs'>Trang chủ » Thời sự » Xã hội</div>"
    poll = (
        "<div class='poll'><p>Bạn có đồng ý với đề xuất này không?</p>"
        "<p>Đồng ý</p><p>Không đồng ý</p><p>Ý kiến khác</p><p>Bình chọn · Xem kết quả</p></div>"
    )
    boxed = '</div><div class="related">'
    return page.replace("<h1>", crumbs + "<h1>", 1).replace(boxed, poll + boxed, 1), paragraphs


def _pull_quote(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A sentence of the body set again, large, in a box between two paragraphs (a pull
    quote), and the outlet's tag before the sapo ("(Báo Mẫu) - ")."""
    sapo, body = paragraphs[0], paragraphs[1:]
    pulled = split_sentences(body[1])[0] if len(body) > 1 else ""
    out = []
    for k, p in enumerate(body):
        out.append(f"<p>{_E(p)}</p>")
        if k == 2 and pulled:
            out.append(f"<blockquote class='pull'>{_E(pulled)}</blockquote>")
    return _div_shell(title, "(Báo Mẫu) - " + sapo, "".join(out), others), paragraphs


def _gallery(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A photo gallery opening the body: counted photos ("1/4") with their captions, then
    the text."""
    sapo, body = paragraphs[0], paragraphs[1:]
    scenes = ["Toàn cảnh sự kiện sáng nay", "Đại biểu tham quan gian trưng bày",
              "Người dân theo dõi tại chỗ", "Khu vực đón tiếp khách"]
    photos = "".join(
        f"<figure><img src='g{k}.jpg'><span class='count'>{k + 1}/4</span>"
        f"<figcaption>{scenes[k]}. Ảnh: Minh Anh</figcaption></figure>"
        for k in range(4)
    )
    text = "".join(f"<p>{_E(p)}</p>" for p in body)
    return _div_shell(title, sapo, photos + text, others), paragraphs


def _contents(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A long read: the author and time over the sapo, a table of contents ("Nội dung
    chính", one link per section) under it, and intertitles the contents point to."""
    sapo, body = paragraphs[0], paragraphs[1:]
    blocks = _intertitled(body)
    headings = [text for kind, text in blocks if kind == "heading"]
    toc = "".join(f"<li><a href='#s{k}'>{_E(h)}</a></li>" for k, h in enumerate(headings))
    top = "<div class='byline'>Minh Anh | 18/07/2022 08:30</div>"
    contents = f"<div class='toc'><p>Nội dung chính</p><ul>{toc}</ul></div>" if toc else ""
    lines = [text for kind, text in blocks]
    page = _div_shell(title, sapo, contents + _blocks_html(blocks), others)
    return page.replace("<div class='date'>", top + "<div class='date'>", 1), [sapo, *lines]


_ASKED_ANSWERED = (("Hỏi: {}?", "Đáp: {}"), ("Câu hỏi: {}?", "Trả lời: {}"))


def _questions(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A readers' questions column: each answer under a question labelled as such ("Hỏi:
    ...?", then "Đáp: ..."), one way of labelling per page."""
    sapo, body = paragraphs[0], paragraphs[1:]
    asked, answered = _ASKED_ANSWERED[len(body) % len(_ASKED_ANSWERED)]
    blocks: list[Block] = []
    for p in body:
        if _prose(p):
            blocks.append(("bold", asked.format(_heading(p).lower())))
            p = answered.format(p)
        blocks.append(("p", p))
    lines = [text for kind, text in blocks]
    return _div_shell(title, sapo, _blocks_html(blocks), others), [sapo, *lines]


def _embeds(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """Social posts embedded between paragraphs, as world and entertainment pages set
    them: a post in English with its link and signature, and a video player's title."""
    sapo, body = paragraphs[0], paragraphs[1:]
    tweet = (
        "<blockquote class='twitter-tweet'><p>We will keep working with our partners on this. "
        "More updates soon. pic.twitter.com/a1B2c3D4e5</p>— Sample News (@samplenews) "
        "July 18, 2022</blockquote>"
    )
    player = "<div class='yt'><p>YouTube video player</p><p>Xem video trên YouTube</p></div>"
    out = []
    for k, p in enumerate(body):
        out.append(f"<p>{_E(p)}</p>")
        if k == 1:
            out.append(tweet)
        if k == 3:
            out.append(player)
    return _div_shell(title, sapo, "".join(out), others), paragraphs


def _updates(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A developing story: the later paragraphs added under dated update lines ("Cập
    nhật lúc 15:30 ngày 18/7/2022:"), newest last, the first update marked as such."""
    sapo, body = paragraphs[0], paragraphs[1:]
    out = []
    for k, p in enumerate(body):
        if k and k % 2 == 0:
            out.append(f"<p class='update'><em>Cập nhật lúc {(10 + k) % 24:02d}:30 ngày 18/7/2022:</em></p>")
        out.append(f"<p>{_E(p)}</p>")
    return _div_shell(title, sapo, "".join(out), others), paragraphs


def _datelines(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A headline set in capitals, the outlet's tag before the sapo ("BM - ") and a
    place's dateline before the body's first paragraph ("HÀ NỘI - ")."""
    sapo, body = paragraphs[0], paragraphs[1:]
    text = "".join(f"<p>{'HÀ NỘI - ' if k == 0 else ''}{_E(p)}</p>" for k, p in enumerate(body))
    return _div_shell(title.upper(), "BM - " + sapo, text, others), paragraphs


def _video(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A video page: the player over the headline, a short description (the sapo and
    the next two paragraphs), the view count, tags, and other videos with their lengths."""
    text = paragraphs[:3]
    more = "".join(
        f"<li><a href='/v{k}'>{_E(t)}</a><span class='length'>0{k + 1}:{15 * k % 60:02d}</span></li>"
        for k, t in enumerate(others)
    )
    page = (
        f"<html>{_head(title, paragraphs[0])}<body><header>{_menu()}</header>"
        "<div class='player'><video src='v.mp4'></video><span>03:25</span><span>HD</span></div>"
        f"<h1>{_E(title)}</h1><div class='meta'>VIDEO · 18/07/2022 08:30 · 12.345 lượt xem</div>"
        "<div class='desc'>" + "".join(f"<p>{_E(p)}</p>" for p in text) + "</div>"
        "<div class='tags'>Từ khóa: <a href='/t1'>video</a>, <a href='/t2'>thời sự</a></div>"
        f"<div class='more'><h3>Video khác</h3><ul>{more}</ul></div>{_FOOTER}</body></html>"
    )
    return page, text


# The author's box, reading tools and a player that reads the article aloud, as many
# outlets set them between the date and the sapo
_LISTEN = (
    "<div class='author-box'><img src='a.jpg'><a href='/tac-gia/minh-anh'>Minh Anh</a>"
    "<span>Phóng viên</span><span class='follow'>Theo dõi</span></div>"
    "<div class='tools'><span>A-</span><span>A+</span><span>In bài</span><span>Lưu bài</span></div>"
    "<div class='audio'><p>Nghe bài viết</p><audio src='a.mp3'></audio>"
    "<p>Giọng đọc: Nữ miền Bắc</p><p>00:00 / 04:12</p><p>Tốc độ: 1x</p></div>"
)


def _listen(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """The `div` page with the author's box (photo, name, role, a follow button), the
    reading tools and an audio player over the sapo."""
    page = div_page(title, paragraphs, others)
    return page.replace("<div class='sapo'>", _LISTEN + "<div class='sapo'>", 1), paragraphs


_CREDITS = (
    "<div class='credits'><p>Nội dung: Minh Anh</p><p>Ảnh: Hải Yến</p>"
    "<p>Thiết kế: Quang Huy</p><p>Thực hiện: Ban Thời sự</p></div>"
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _emagazine(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A long-form (e-magazine) page: a cover photo with its credit, chapters under
    numbered headings ("I. ..."), a sentence of the second paragraph set again large in
    quotation marks, and the team's credits at the end instead of a byline; no element
    named like an article's (trafilatura reads such pages more plainly)."""
    sapo, body = paragraphs[0], paragraphs[1:]
    blocks: list[Block] = []
    chapters = 0
    for k, p in enumerate(body):
        if k % 3 == 0 and _prose(p):
            blocks.append(("heading", f"{_ROMAN[chapters % len(_ROMAN)]}. {_heading(p)}"))
            chapters += 1
        blocks.append(("p", p))
    lines = [text for _, text in blocks]
    content = _blocks_html(blocks)
    if len(body) > 2:
        pulled = split_sentences(body[1])[0]
        second = content.find("</p>", content.find("</p>") + 1)
        quote = f"<blockquote class='big'>“{_E(pulled)}”</blockquote>"
        content = content[: second + 4] + quote + content[second + 4 :]
    cover = "<div class='cover'><img src='c.jpg'><p class='credit'>Ảnh bìa: Hải Yến</p></div>"
    page = (
        f"<html>{_head(title, sapo)}<body>{cover}<h1>{_E(title)}</h1>"
        f"<p class='lead'><strong>{_E(sapo)}</strong></p><div class='chapters'>{content}</div>"
        f"{_CREDITS}<p class='published'>Ngày xuất bản: 18/07/2022</p>{_FOOTER}</body></html>"
    )
    return page, [sapo, *lines]


# What follows an article on older CMSs: pagination, print and mail links, and an empty
# comment form with its field labels
_UTILITIES = (
    "<div class='pages'>Trang: <a href='?p=1'>1</a> <a href='?p=2'>2</a> <a href='?p=3'>3</a> "
    "<a href='?p=2'>Trang sau »</a></div>"
    "<div class='util'><a href='#'>In bài</a> · <a href='#'>Gửi email</a> · "
    "<a href='#'>Lên đầu trang</a></div>"
    "<div class='comment-form'><h3>Ý kiến của bạn</h3><p>Bài viết chưa có bình luận nào.</p>"
    "<p>Họ và tên</p><p>Email</p><p>Vui lòng nhập tiếng Việt có dấu</p><p>Gửi bình luận</p></div>"
)


def _utilities(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """The `div` page with pagination, print and e-mail links and a comment form after
    the author."""
    page = div_page(title, paragraphs, others)
    boxed = '</div><div class="related">'
    return page.replace(boxed, _UTILITIES + boxed, 1), paragraphs


_SCOREBOARD = (
    "<div class='scoreboard'><span>Hà Nội FC</span><span>2 - 1</span><span>Viettel</span>"
    "<p>Văn Quyết 12', 78' | Nhâm Mạnh Dũng 55'</p><p>Sân Hàng Đẫy, 19:15 ngày 17/7/2022</p></div>"
)
_STANDINGS = (
    "<div class='standings'><h3>Bảng xếp hạng</h3><table>"
    "<tr><th>#</th><th>Đội</th><th>Trận</th><th>Điểm</th></tr>"
    "<tr><td>1</td><td>Hà Nội FC</td><td>10</td><td>25</td></tr>"
    "<tr><td>2</td><td>Hải Phòng</td><td>10</td><td>21</td></tr>"
    "<tr><td>3</td><td>Viettel</td><td>10</td><td>19</td></tr></table></div>"
)


def _scoreboard(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """A sports page: a scoreboard (teams, score, scorers with their minutes, the ground)
    over the headline and a league table after the article."""
    page = div_page(title, paragraphs, others)
    boxed = '</div><div class="related">'
    page = page.replace("<h1>", _SCOREBOARD + "<h1>", 1)
    return page.replace(boxed, "</div>" + _STANDINGS + '<div class="related">', 1), paragraphs


# How Vietnamese CMSs name the element that holds the article; trafilatura knows some
# of these names and falls back to a plainer reading for the others
_CONTAINERS = (
    "fck_detail", "detail-content", "singular-content", "cms-body", "knc-content",
    "detail-cmain", "box-content", "content_detail", "noidung", "journal-content",
)  # fmt: skip


def _unknown_container(title: str, paragraphs: list[str], others: list[str]) -> tuple[str, list[str]]:
    """The intertitled page with its second paragraph's sentences as a bulleted list, in
    a container named as one CMS or another names it (one name a page)."""
    sapo, body = paragraphs[0], paragraphs[1:]
    blocks: list[Block] = []
    seen = 0  # paragraphs so far
    for kind, text in _intertitled(body):
        sentences = split_sentences(text) if kind == "p" and seen == 1 else []
        seen += kind == "p"
        if len(sentences) >= 2:
            blocks.extend(("item", x) for x in sentences)
        else:
            blocks.append((kind, text))
    name = _CONTAINERS[len(body) % len(_CONTAINERS)]
    page = _div_shell(title, sapo, _blocks_html(blocks), others)
    page = page.replace("class='content'", f"class='{name}'", 1)
    return page, [sapo, *(text for _, text in blocks)]


def _as_printed(build: Callable[[str, list[str], list[str]], str]) -> Builder:
    """A template that prints the article's paragraphs as they are."""
    return lambda title, paragraphs, others: (build(title, paragraphs, others), paragraphs)


LAYOUTS: dict[str, Builder] = {
    "div": _as_printed(div_page),
    "article": _as_printed(article_page),
    "table": _as_printed(table_page),
    "photo": _as_printed(photo_page),
    "short": _as_printed(short_page),
    "intertitles": _sectioned(_intertitled),
    "one_sentence": _sectioned(_one_sentence),
    "bullets": _sectioned(_bulleted),
    "live_blog": _sectioned(_live_blog),
    "interview": _sectioned(_interview),
    "inline_related": _inline_related,
    "closing_furniture": _closing_furniture,
    "widgets": _widgets,
    "pull_quote": _pull_quote,
    "gallery": _gallery,
    "contents": _contents,
    "questions": _questions,
    "embeds": _embeds,
    "updates": _updates,
    "datelines": _datelines,
    # written in Dec 2026 and measured before any rule was changed for them (see
    # benchmarks/cleaning.py): how they first scored is in that day's notes
    "video": _video,
    "listen": _listen,
    "emagazine": _emagazine,
    "utilities": _utilities,
    "scoreboard": _scoreboard,
    "unknown_container": _unknown_container,
}


@dataclass
class LayoutPage:
    layout: str
    html: str
    article: set[str]  # keys of every line of the article (precision, every-line recall)
    prose: set[str]  # keys of its sentence paragraphs (recall)
    sapo: str | None  # key of its first paragraph
    grams: set[str] = field(default_factory=set)  # every 6-gram of the article (`gram_counts`)
    made: set[str] = field(default_factory=set)  # `cues.key` of the lines the template wrote


def _keys(paragraphs: list[str], prose: bool) -> set[str]:
    keep = [
        p
        for p in paragraphs
        if not prose or (count_syllables(p) >= PROSE_SYLLABLES and cues.is_terminal(p))
    ]
    return {k for k in map(paragraph_key, keep) if k}


def layout_pages(clusters: list[Cluster], per_layout: int, seed: int = 0) -> Iterator[LayoutPage]:
    """`per_layout` pages of each layout, from the articles of `clusters` that have a
    title and at least three paragraphs."""
    rng = random.Random(seed)
    articles = [p for c in clusters for p in c.pages if p.title]
    titles = [a.title or "" for a in articles]
    usable = [a for a in articles if len([x for x in a.text.split("\n") if x.strip()]) >= 3]
    for name, build in LAYOUTS.items():
        for page in usable[:per_layout]:
            paragraphs = [x.strip() for x in page.text.split("\n") if x.strip()]
            if name == "short":
                paragraphs = paragraphs[:3]
            doc, lines = build(page.title or "", paragraphs, rng.sample(titles, 5))
            keys = _keys(lines, prose=False), _keys(lines, prose=True)
            made = {cues.key(x) for x in lines if x not in paragraphs} - {""}
            yield LayoutPage(name, doc, *keys, paragraph_key(paragraphs[0]), gram_hashes(lines), made)
