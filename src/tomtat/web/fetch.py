"""Fetch a page by URL for the paste form, only when the server allows it (`--allow-fetch`).

Guards against server-side request forgery and abuse: http(s) only; the host must resolve
to public addresses only (no private, loopback, link-local, multicast or reserved
ranges, checked on every address the name resolves to); a timeout; a size limit; no
redirects followed (a redirect could lead to a private address).
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.request
from urllib.parse import urlparse

from tomtat.read.decode import MAX_BYTES

TIMEOUT = 10.0  # seconds without a byte before a connection is given up
DEADLINE = 20.0  # seconds for the whole page: a server trickling a byte at a time is cut off
CHUNK = 64 * 1024


class FetchError(ValueError):
    pass


def is_public_address(address: str) -> bool:
    """Only globally routable addresses: `ipaddress`' is_global refuses private,
    loopback, link-local, carrier-grade NAT (100.64.0.0/10, where cloud metadata can
    live), reserved and documentation ranges; multicast is refused too."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _public(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        raise FetchError(f"không tìm thấy máy chủ {host}") from None
    return bool(infos) and all(is_public_address(info[4][0]) for info in infos)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def read_within(response, deadline: float, limit: int = MAX_BYTES) -> bytes:
    """The body, read in chunks, at most `limit` + 1 bytes, given up at `deadline`
    (time.monotonic()): one slow request can never hold a worker for long."""
    chunks, size = [], 0
    while size <= limit:
        if time.monotonic() > deadline:
            raise FetchError(f"trang tải quá lâu (hơn {DEADLINE:g} giây)")
        chunk = response.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def fetch(url: str) -> tuple[bytes, str]:
    """(body, final URL) of a public http(s) page, or FetchError saying why not."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("chỉ tải được địa chỉ http(s)")
    if not _public(parts.hostname):
        raise FetchError(f"{parts.hostname} là địa chỉ nội bộ hoặc không công khai: bị từ chối")
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers={"User-Agent": "tomtat/0.1 (+news summarizer)"})
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            body = read_within(response, time.monotonic() + DEADLINE)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise FetchError(f"{url}: {getattr(exc, 'reason', exc)}") from None
    if len(body) > MAX_BYTES:
        raise FetchError(f"{url}: lớn hơn {MAX_BYTES // 2**20} MB")
    return body, url
