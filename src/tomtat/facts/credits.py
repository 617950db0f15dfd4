"""Names in an article's credits: who wrote it, who took its photos, which outlet it is
taken from ("Theo Minh Anh (Báo X)", "Ảnh: Reuters").

Cleaning takes these lines out of the article (they are no sentence of the story), so the
rules and the recognizer that read the sentences never see them; yet they are names the
page states, and a reader or a researcher asking "who and what does this page name" wants
them. VLSP 2018 marks them like any other name. Measured on VLSP 2018 dev (260 articles,
one story each): of the 564 names per article not among tomtat's entities, 152 were in
bylines and photo credits; the recognizer tags the dev bylines with 114 right names and 4
wrong ones, so it is run on them first. What it leaves, bylines name by convention
(`name_by_convention`): writers sign in capitals, with initials or a pen name ("KỲ QUAN",
"H.LONG", "Kiến Văn"), outlets by their kind ("Báo X"), web addresses are no names. The
conventions were read from VLSP 2018 dev's misses and their guards (no photo credits, no
source after a slash or in brackets, two or three words) from the false names they gave
on train: on train they add 31 right names and 2 wrong ones (per-article recall .969 ->
.973, precision .960 either way), on dev recall .871 -> .876; neither part is unseen.

Each credited name becomes an entity mentioned at `CREDIT` (a sentence index no sentence
has) with the role the credit gives it; a name the story already has gains only that
mention. They rank after every entity the text names, and the readers' lists of people
leave out entities named in credits alone (`Entity.named_in_text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tomtat.cleaning import cues
from tomtat.facts import names
from tomtat.model import CREDIT, Article, Entity, Story
from tomtat.text.normalize import fold

# The role a credit gives a name, by where it stands and the name's type. A place in a
# credit is the bureau's ("VOV Tây Nguyên"): it has no role of its own.
_ROLES = {
    ("byline", "PER"): "tác giả",
    ("byline", "ORG"): "nguồn bài",
    ("photo", "PER"): "tác giả ảnh",
    ("photo", "ORG"): "nguồn ảnh",
}
_KINDS = frozenset(kind for kind, _ in _ROLES)  # the others are makers' labels, their role


def _role(kind: str, type_: str) -> str | None:
    """The role a credit of `kind` gives a name of `type_`: a maker's label ("đồ họa") is a
    person's role as it stands."""
    if kind in _KINDS:
        return _ROLES.get((kind, type_))
    return kind if type_ == "PER" else None


def credit_lines(article: Article) -> list[tuple[str, str]]:
    """The article's credits as (text, "byline" | "photo" | a maker's role), each once, in
    page order. A long read's team credits come as one byline ("Nội dung: X; Ảnh: Y;
    Đồ họa: Z"): each part has the role its label gives, and only the text's is a writer's."""
    out: list[tuple[str, str]] = []
    for part in (article.byline or "").split("; "):
        if part.strip():
            out.append((part.strip(), _kind_of_byline_part(part.strip())))
    for caption in article.captions or []:
        who = cues.credited(caption)
        if who:
            out.append((who, "photo"))
    seen: set[str] = set()
    return [c for c in out if not (c[0] in seen or seen.add(c[0]))]


# A maker's label that credits the photos ("Ảnh:", "Ảnh bìa:"): the photographer's, not
# a writer's; the other makers' labels ("Thiết kế:", "Đồ họa:", "Biên tập:") are their role.
_PHOTO_LABEL = re.compile(r"^ảnh\b", re.I)


def _kind_of_byline_part(part: str) -> str:
    if cues.production_credit(part) != "other":
        return "byline"
    label = part.split(":", 1)[0].strip().lower()
    return "photo" if _PHOTO_LABEL.match(label) else label


# What a credit's parts are cut by: a dash between spaces, a slash, a semicolon, a comma,
# brackets, a bar, "và" ("Minh Anh - Thu Hà/Báo X", "THÀNH ĐỒNG - LÊ PHONG").
_SEPARATOR = re.compile(r"(?<!\s)\s+[-–—]\s+|[/;,()|]|(?<!\s)\s+và\s+")
# The cue a credit or one of its parts opens with ("Theo", "Nguồn:", "Tin, ảnh:", "Ảnh:",
# a long-form page's "Thực hiện:" or "Nội dung:"),
# not a name (matched at a part's start: no "^", which would hold at the text's start only).
_CUE = re.compile(
    r"(?:theo|nguồn(?: ảnh)?|tác giả|" + cues.NEWS_AND_PHOTOS + r"|nhóm phóng viên|nhóm pv"
    r"|phóng viên|ảnh|lược dịch|tổng hợp|biên dịch|dịch|nhóm thực hiện|thực hiện|nội dung"
    r"|bài viết)\b\s*:?\s*",
    re.I,
)
# A web address names a site, not a person, and VLSP 2018 marks none as a name. Dotted
# words are found whole (possessive, and only where a word starts: linear on any run)
# and kept unless they end in a domain.
_DOTTED = re.compile(r"(?<![\w.-])(?:[\w-]++\.)++[\w-]++")
_DOMAINS = frozenset({"vn", "com", "net", "org", "info"})
# Words a credit gives in place of a name: the staff ("PV", "CTV"), where a photo comes
# from without anyone's name ("Tư liệu", "Internet", "NVCC": the person in the story).
_NO_NAME = frozenset(
    {"tin", "bài", "ảnh", "pv", "ctv", "btv", "nhóm pv", "phóng viên", "cộng tác viên", "tư liệu",
     "minh họa", "ảnh minh họa", "hình minh họa", "sưu tầm", "internet", "nguồn internet", "nvcc",
     "nhân vật cung cấp", "chụp màn hình", "ảnh chụp màn hình", "clip", "video", "đồ họa", "tổng hợp",
     "lược dịch", "biên dịch", "gia đình cung cấp", "bạn đọc cung cấp", "ban tổ chức"}
)
# An outlet named by its kind ("Báo Đời sống", "Tạp chí X", "Đài Y", "Thông tấn xã Z").
_OUTLET_HEAD = re.compile(r"^(?:báo|tạp chí|đài|thông tấn xã|trang tin|cổng thông tin|hãng tin)\s", re.I)
# A writer signing with initials and a given name ("H.LONG", "N.T.Vũ"); initials alone
# ("N.T", "L.B.H") are not marked as names (VLSP 2018 marks none) and say little.
_INITIALS_AND_NAME = re.compile(r"^(?:[A-ZĐ][a-zđ]?\.\s?)+[A-ZĐ][^\W\d_]+$")


# How long a writer's name in a byline is when the recognizer did not tag it: a pen name
# or a given name ("Kiến Văn", "Mạc Yến", "ĐỨC LẬP"); a full name with its surname is the
# recognizer's, and four capitalised words it left are more often a heading the cleaner
# took for a byline ("ĐỘI HÌNH THI ĐẤU").
PEN_NAME_WORDS = (2, 3)


@dataclass(frozen=True)
class CreditName:
    start: int
    end: int
    type: str
    text: str


def credit_text(line: str) -> str:
    """The credit with web addresses cut out as separators (a site is no name)."""
    return _DOTTED.sub(lambda m: " / " if _is_address(m.group(0)) else m.group(0), line)


def _is_address(dotted: str) -> bool:
    return dotted.rsplit(".", 1)[-1].lower() in _DOMAINS


def credit_parts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, after) of each part of a credit between its separators, without the
    cue that opens it; `after` is the separator before the part ("" for the first, "/",
    "(", "-", ...)."""
    out = []
    start, after = 0, ""
    for m in [*_SEPARATOR.finditer(text), None]:
        end = m.start() if m else len(text)
        part = text[start:end]
        a = start + len(part) - len(part.lstrip(" .:"))
        b = start + len(part.rstrip(" .:"))
        cue = _CUE.match(text, a, b) if a < b else None
        while cue and cue.end() > a:
            a = cue.end()
            cue = _CUE.match(text, a, b)
        if a < b:
            out.append((a, b, after))
        start = m.end() if m else len(text)
        after = m.group(0).strip() if m else ""
    return out


def name_by_convention(part: str, kind: str, after: str) -> str | None:
    """The type of a byline part the recognizer found no name in, by how bylines are
    written: an outlet by its kind ("Báo X") is an organisation; `PEN_NAME_WORDS`
    capitalised words ("KỲ QUAN", "Ng. Hưởng") or initials with a given name ("H.LONG") are a writer,
    unless they stand where a byline gives its source (after a slash, in brackets:
    "Theo Minh Anh (Khám Phá)", "Thu Hà/Zing News"). A photo's credit is left to the
    recognizer: agencies and image banks ("Getty Images") stand there more than names."""
    if fold(part) in _NO_NAME:
        return None
    if _OUTLET_HEAD.match(part):
        return "ORG"
    if kind != "byline" or after in ("/", "("):
        return None
    if _INITIALS_AND_NAME.match(part):
        return "PER"
    words = part.split()
    if (
        PEN_NAME_WORDS[0] <= len(words) <= PEN_NAME_WORDS[1]
        and cues.names_only(part)
        and any(len(w.strip(".")) > 1 for w in words)
        and names.place(part) is None
    ):
        return "PER"
    return None


def add_credits(story: Story) -> None:
    """Entities for the names the articles' credits state, after the story's own."""
    from tomtat.facts import recognizer

    lines = [(a.id, credit_text(text), kind) for a in story.kept_articles for text, kind in credit_lines(a)]
    if not lines:
        return
    tagged = [
        _with_conventions(text, kind, found)
        for (_, text, kind), found in zip(
            lines, recognizer.default().names_many([text for _, text, _ in lines], split=True), strict=True
        )
    ]
    known: dict[str, Entity] = {}
    for e in story.entities:
        for surface in (e.name, *e.aliases):
            known.setdefault(names.key(surface), e)
    added: list[Entity] = []
    for (article_id, _, kind), found in zip(lines, tagged, strict=True):
        for name in found:
            k = names.key(name.text)
            if len(k) < 2:
                continue
            e = known.get(k)
            if e is None or e.type != name.type:
                e = Entity(id=f"e{len(story.entities) + len(added) + 1}", name=name.text, type=name.type)
                known[k] = e
                added.append(e)
            role = _role(kind, name.type)
            if role and not e.named_in_text() and role not in e.roles:
                e.roles.append(role)
            if (article_id, CREDIT) not in e.mentions:
                e.mentions.append((article_id, CREDIT))
    story.entities.extend(added)


def _with_conventions(text: str, kind: str, found: list) -> list:
    """The recognizer's names in a credit, and the names of the parts where it found
    none, by the conventions of credits (`name_by_convention`)."""
    out = list(found)
    if text.rstrip().endswith(":"):
        return out  # a heading that announces what follows ("NỘI DUNG:"), taken for a byline
    for a, b, after in credit_parts(text):
        if any(n.start < b and a < n.end for n in found):
            continue
        type_ = name_by_convention(text[a:b], kind, after)
        if type_:
            out.append(CreditName(a, b, type_, text[a:b]))
    return sorted(out, key=lambda n: n.start)
