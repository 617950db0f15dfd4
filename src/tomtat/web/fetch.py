"""Fetch a page by URL for the paste form, only when the server allows it (`--allow-fetch`).

Guards against server-side request forgery and abuse: http(s) only; the host must resolve
to public addresses only (no private, loopback, link-local, multicast or reserved
ranges, checked on every address the name resolves to); the connection goes to the
address that was checked (pinned: a name that resolves public for the check and to
loopback a moment later cannot redirect it), with the name kept for the Host header and
TLS certificate check; a timeout; one overall deadline; a size limit; no redirects
followed (a redirect could lead to a private address).

http.client is used directly (not urllib's opener) because urllib resolves the name
again when it connects, which is the gap pinning closes.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
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


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (a module attribute so tests can fake DNS)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"không tìm thấy máy chủ {host}") from None
    return [info[4][0] for info in infos]


def checked_address(host: str, port: int) -> str:
    """The one address to connect to: the name is resolved once, every address it gives
    must be public, and the first is the one used."""
    addresses = resolve(host, port)
    if not addresses or not all(is_public_address(a) for a in addresses):
        raise FetchError(f"{host} là địa chỉ nội bộ hoặc không công khai: bị từ chối")
    return addresses[0]


def _connect(address: str, port: int) -> socket.socket:
    return socket.create_connection((address, port), timeout=TIMEOUT)


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str) -> None:
        super().__init__(host, port, timeout=TIMEOUT)
        self.address = address

    def connect(self) -> None:
        self.sock = _connect(self.address, self.port)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str) -> None:
        super().__init__(host, port, timeout=TIMEOUT, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = _connect(self.address, self.port)
        # The certificate is checked against the name, the socket goes to the checked address.
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


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
    try:
        parts = urlparse(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError("địa chỉ không hợp lệ") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("chỉ tải được địa chỉ http(s)")
    address = checked_address(parts.hostname, port)
    pinned = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    connection = pinned(parts.hostname, port, address)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        connection.request("GET", path, headers={"User-Agent": "tomtat/0.1 (+news summarizer)"})
        response = connection.getresponse()
        if 300 <= response.status < 400:
            raise FetchError(f"{url}: trang chuyển hướng (HTTP {response.status}), không đi theo")
        if response.status >= 400:
            raise FetchError(f"{url}: HTTP {response.status}")
        body = read_within(response, time.monotonic() + DEADLINE)
    except (http.client.HTTPException, TimeoutError, OSError) as exc:
        raise FetchError(f"{url}: {exc or type(exc).__name__}") from None
    finally:
        connection.close()
    if len(body) > MAX_BYTES:
        raise FetchError(f"{url}: lớn hơn {MAX_BYTES // 2**20} MB")
    return body, url
