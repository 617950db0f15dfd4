"""One name per outlet: the key two spellings of an outlet share, and a display name.

"VOV.VN", "vov.vn", "Báo VOV" and "www.vov.vn" are one outlet; "VietNamNet News" and
"vietnamnet.vn" too. The key folds case and tone marks, a "Báo"/"Tạp chí"/"Đài" prefix,
a "News"/"Online"/"điện tử" suffix and a domain's "www." and top-level domain. Site names
copied from a footer lose their copyright wording first ("© 2003-2011, Báo Thanh Niên",
"Bản quyền thuộc về Báo X" -> "Báo Thanh Niên", "Báo X").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tomtat.text.normalize import fold, normalize_line, strip_diacritics

_OUTLET_PREFIX = re.compile(r"^(báo điện tử|báo|tạp chí|trang tin|đài|cổng thông tin)\s+", re.I)
_OUTLET_SUFFIX = re.compile(r"\s+(news|online|điện tử|e-?paper)$", re.I)
# Copyright wording around a site name in a footer: "©", "(c)", "Copyright", "Bản quyền
# (thuộc về)" and the years after them, a year or range before a comma, "All rights
# reserved".
_YEARS = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
_COPYRIGHT = re.compile(
    rf"^\s*(?:(?:(?:©|\(c\)|copyright|bản quyền(?: thuộc(?: về)?)?)[\s,.:]*(?:{_YEARS}[\s,.:]*)?)+"
    rf"|{_YEARS}\s*,\s*)",
    re.I,
)
# searched, not substituted with a leading "[\s,.]*": that form rescans a long run of
# blanks from each of its positions (300 kB of them took minutes)
_RESERVED = re.compile(r"(?:all rights reserved|giữ bản quyền)\.?\s*$", re.I)


def without_copyright(name: str) -> str:
    name = _COPYRIGHT.sub("", name)
    cut = _RESERVED.search(name)
    return (name[: cut.start()] if cut else name).strip(" ,.")


_TLD = re.compile(r"\.(com\.vn|net\.vn|org\.vn|gov\.vn|edu\.vn|vn|com|net|org|info)$")


# A Vietnamese outlet's domain is its name without tone marks, often with "báo" or "tạp
# chí" glued in front: baoquocte.vn is Báo Quốc tế, tapchicongthuong.vn Tạp chí Công thương.
_DOMAIN_PREFIX = re.compile(r"^(bao|tapchi)(?=\w{3})")


def outlet_key(name: str) -> str:
    """The form two spellings of one outlet share ("VOV.VN", "vov.vn", "Báo VOV" -> "vov";
    "Báo Quốc tế", "baoquocte.vn" -> "quocte"): tone marks go, since a domain has none."""
    k = fold(without_copyright(name)).removeprefix("www.")
    k = _OUTLET_PREFIX.sub("", k)
    k = _OUTLET_SUFFIX.sub("", k)
    domain = bool(_TLD.search(k))
    k = _TLD.sub("", k)
    k = re.sub(r"[^\w]+", "", strip_diacritics(k))
    return _DOMAIN_PREFIX.sub("", k) if domain else k


_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", re.I)


def outlet_name(name: str | None) -> str | None:
    """A display name: domains in lowercase without "www.", other names as written."""
    if not name:
        return None
    name = without_copyright(normalize_line(name))
    if _DOMAIN.fullmatch(name):
        return name.lower().removeprefix("www.")
    return name or None


def one_name_each(names: Iterable[str]) -> dict[str, str]:
    """The name shown for each outlet of a story (by `outlet_key`), so that two pages of
    one outlet are never listed under two spellings ("Tin Mẫu" and "Tin Mẫu News",
    "Báo Mẫu" and "baomau.vn"): the name an outlet gives itself before a bare domain (the
    host stands in only where a page states no name), then the spelling more pages use,
    then the shorter, then the first in alphabetical order (deterministic whatever the
    order of the pages)."""
    seen = Counter(names)
    best: dict[str, str] = {}
    for name in sorted(seen, key=lambda n: (bool(_DOMAIN.fullmatch(n)), -seen[n], len(n), n)):
        best.setdefault(outlet_key(name) or name, name)
    return best
