"""One name per outlet: the key two spellings of an outlet share, and a display name.

"VOV.VN", "vov.vn", "Báo VOV" and "www.vov.vn" are one outlet; "VietNamNet News" and
"vietnamnet.vn" too. The key folds case and tone marks, a "Báo"/"Tạp chí"/"Đài" prefix,
a "News"/"Online"/"điện tử" suffix and a domain's "www." and top-level domain.
"""

from __future__ import annotations

import re

from tomtat.text.normalize import fold, normalize_line

_OUTLET_PREFIX = re.compile(r"^(báo điện tử|báo|tạp chí|trang tin|đài|cổng thông tin)\s+", re.I)
_OUTLET_SUFFIX = re.compile(r"\s+(news|online|điện tử|e-?paper)$", re.I)
_TLD = re.compile(r"\.(com\.vn|net\.vn|org\.vn|gov\.vn|edu\.vn|vn|com|net|org|info)$")


def outlet_key(name: str) -> str:
    """The form two spellings of one outlet share ("VOV.VN", "vov.vn", "Báo VOV" -> "vov")."""
    k = fold(name.strip()).removeprefix("www.")
    k = _OUTLET_PREFIX.sub("", k)
    k = _OUTLET_SUFFIX.sub("", k)
    k = _TLD.sub("", k)
    return re.sub(r"[^\w]+", "", k)


def outlet_name(name: str | None) -> str | None:
    """A display name: domains in lowercase without "www.", other names as written."""
    if not name:
        return None
    name = normalize_line(name)
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", name, re.I):
        return name.lower().removeprefix("www.")
    return name or None
