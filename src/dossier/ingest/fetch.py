"""Fetch one remote page or feed for ingest, refusing what a server-side fetcher must not do.

``dossier ingest https://...`` may run on a server beside other services, so a
URL is a request to reach somewhere on the network on someone's behalf (SSRF).
The rules: only ``http``/``https``; the host must resolve to public addresses
only (no loopback, private, link-local, multicast, reserved or unspecified
address, e.g. 127.0.0.1, 10/8, 169.254.169.254 cloud metadata), checked again
on every redirect hop; the body is capped at ``max_bytes`` and the whole
exchange at ``timeout`` seconds. A private address is allowed only with an
explicit flag (``allow_private=True`` or ``DOSSIER_ALLOW_PRIVATE_URLS=1``),
e.g. for an intranet feed or a test server on 127.0.0.1.

httpx does the HTTP; the address policy is written here because httpx has
none. Known limit: the host is resolved for the check and again by httpx for
the connection, so a DNS server that answers differently the second time
(DNS rebinding) could slip past; pinning the checked address would need a
custom transport.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from dossier.ingest.raw import IngestError

ALLOWED_SCHEMES = ("http", "https")
MAX_FETCH_BYTES = 20 * 1024 * 1024  # the same cap as one input file
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "dossier/0.1 (+https://github.com/; news ingest)"


class FetchRefused(IngestError):
    """The URL is not one dossier will fetch (scheme, address, size or time)."""


@dataclass(slots=True)
class Fetched:
    url: str  # the final URL after redirects
    content_type: str
    data: bytes


def allow_private_default() -> bool:
    return os.environ.get("DOSSIER_ALLOW_PRIVATE_URLS", "").strip().lower() in {"1", "true", "yes"}


def _public(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise :class:`FetchRefused` unless ``url`` may be fetched."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchRefused(f"refused URL scheme {scheme or '(none)'!r}: only http and https are fetched")
    host = parts.hostname
    if not host:
        raise FetchRefused("refused URL without a host")
    if parts.username or parts.password:
        raise FetchRefused("refused URL with credentials in it")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise FetchRefused(f"refused URL with a bad port: {exc}") from exc
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused(f"cannot resolve host {host!r}: {exc}") from exc
    addrs = sorted({info[4][0] for info in infos})
    blocked = [a for a in addrs if not _public(a)]
    if blocked or not addrs:
        raise FetchRefused(f"refused non-public address {', '.join(blocked) or '(none)'} for host {host!r} "
                           "(set DOSSIER_ALLOW_PRIVATE_URLS=1 to allow)")


def fetch(url: str, *, allow_private: bool | None = None, max_bytes: int = MAX_FETCH_BYTES,
          timeout: float = FETCH_TIMEOUT) -> Fetched:
    """GET ``url`` under the rules above; every refusal or failure is a :class:`FetchRefused`/IngestError."""
    import httpx

    if allow_private is None:
        allow_private = allow_private_default()
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    # redirects are followed by hand so that each hop passes check_url
    with httpx.Client(follow_redirects=False, timeout=httpx.Timeout(timeout), headers=headers) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(url, allow_private=allow_private)
            try:
                with client.stream("GET", url) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise IngestError(f"redirect without a location from {url}")
                        url = urljoin(url, location)
                        continue
                    if resp.status_code >= 400:
                        raise IngestError(f"HTTP {resp.status_code} from {url}")
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > max_bytes:
                        raise FetchRefused(f"response too large ({declared} bytes > {max_bytes})")
                    chunks: list[bytes] = []
                    size = 0
                    # iter_bytes decompresses, so the cap holds against compression bombs too
                    for chunk in resp.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchRefused(f"response too large (> {max_bytes} bytes)")
                        if time.monotonic() > deadline:
                            raise FetchRefused(f"fetch took longer than {timeout:.0f}s")
                        chunks.append(chunk)
                    return Fetched(str(resp.url), resp.headers.get("content-type", ""), b"".join(chunks))
            except httpx.TimeoutException as exc:
                raise FetchRefused(f"fetch took longer than {timeout:.0f}s") from exc
            except httpx.HTTPError as exc:
                raise IngestError(f"cannot fetch {url}: {exc}") from exc
    raise IngestError(f"more than {MAX_REDIRECTS} redirects from {url}")


def source_name(url: str, content_type: str) -> str:
    """A name whose suffix tells the readers the format (the URL path often has none)."""
    path = urlsplit(url).path.lower()
    if path.endswith((".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".json", ".csv", ".txt",
                      ".warc", ".warc.gz", ".gz")):
        return url
    ctype = content_type.lower()
    for marker, suffix in (("html", ".html"), ("rss", ".xml"), ("atom", ".xml"), ("xml", ".xml"),
                           ("json", ".jsonl"), ("csv", ".csv")):
        if marker in ctype:
            return url + "#" + suffix
    return url
