"""The captures of a page in a WARC file, and which are one page: a revisit is the capture it repeats, one address
written several ways (http and https, with and without a trailing slash or a ``#fragment``) is one page, and the AMP
copy of a page captured too is left out, as is its ``www.`` copy when it is the same page."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlsplit

from .article import Article

_SCHEME = re.compile(r"^https?://", re.IGNORECASE)
IDENTICAL_PAYLOAD = "identical-payload-digest"  # the revisit profile that names the payload it repeats
Page = tuple[str, str, Article | str]  # a page's recordresults.Made: its address (never None), its record, article or why none


@dataclass(frozen=True)
class Capture:
    """One capture of a page: its address, its record's place in the file, when it was made, how to get its
    record's block and where the page's bytes start in it (as sent: maybe chunked or compressed), its HTTP header
    fields, its media type and charset ("" when unsaid), its WARC-Record-ID and WARC-Payload-Digest ("" if none)."""

    uri: str
    number: int
    when: datetime
    load: Callable[[], bytes]
    body_at: int
    fields: dict[str, str]
    kind: str
    charset: str | None
    record_id: str = ""
    digest: str = ""


def address_key(uri: str) -> str:
    """``uri`` as one key for the ways one page is written: no http/https, its host in lower case, no slash
    ending its path (``https://News.example/bus/?a=1`` and ``http://news.example/bus?a=1`` are one), no fragment."""
    if not _SCHEME.match(uri):
        return uri
    rest = _SCHEME.sub("", without_fragment(uri), count=1)
    host, slash, tail = rest.partition("/")
    path, mark, query = (slash + tail).partition("?")
    return host.lower() + path.rstrip("/") + mark + query


def without_fragment(uri: str) -> str:
    """``uri`` without its ``#fragment``: a browser never sends it, so the server gave the same page without it."""
    return uri.split("#", 1)[0] if _SCHEME.match(uri) else uri


@dataclass(frozen=True)
class Revisit:
    """An ``identical-payload-digest`` revisit: its address, when it was made, the payload digest it repeats and
    the record (id, address, date) it says it repeats, each "" when unsaid."""

    uri: str
    when: datetime
    digest: str
    refers_to: str
    refers_uri: str
    refers_date: str


def revisit_of(fields: dict[str, str], uri: str, when: datetime) -> Revisit | None:
    """The revisit a record of WARC header ``fields`` is, when it is one that names the payload it repeats."""
    if fields.get("warc-type", "").lower() != "revisit" or IDENTICAL_PAYLOAD not in fields.get("warc-profile", ""):
        return None
    digest = fields.get("warc-payload-digest", "").strip()
    refers = fields.get("warc-refers-to", "").strip()
    if not digest and not refers:
        return None
    refers_uri = fields.get("warc-refers-to-target-uri", "").strip().strip("<>").strip()
    return Revisit(uri, when, digest, refers, refers_uri, fields.get("warc-refers-to-date", "").strip())


def with_revisits(captures: dict[str, list[Capture]], revisits: list[Revisit],
                  date_of: Callable[[str], datetime]) -> None:
    """Add to ``captures`` (by address key) each revisit of an address captured whole, as the capture it repeats
    made at its own time: a page that went back to an earlier version is that version again."""
    for revisit in revisits:
        own = captures.get(address_key(revisit.uri))
        named = captures.get(address_key(revisit.refers_uri), []) if revisit.refers_uri else []
        found = _repeated(revisit, named + [c for c in own or [] if c not in named], date_of)
        if own and found:
            own.append(replace(found, uri=revisit.uri, when=revisit.when))


def _repeated(revisit: Revisit, captures: list[Capture], date_of: Callable[[str], datetime]) -> Capture | None:
    """The capture among ``captures`` that ``revisit`` repeats: the record it names, else the latest before it
    with its payload digest (made at its WARC-Refers-To-Date, when it gives one)."""
    named = [c for c in captures if revisit.refers_to and c.record_id == revisit.refers_to]
    if named:
        return named[0]
    same = [c for c in captures if revisit.digest and c.digest == revisit.digest and c.when <= revisit.when
            and (not revisit.refers_date or c.when == date_of(revisit.refers_date))]
    return max(same, key=lambda c: (c.when, c.number)) if same else None


def is_amp(uri: str) -> bool:
    """Whether ``uri`` names an AMP copy of a page: a path segment ``amp``, an ``amp.`` host, an ``amp`` query."""
    try:
        parts = urlsplit(uri)
    except ValueError:  # "https://ex[ample.com/a": a bracket that opens no IPv6 address
        return False
    query = {name.lower() for name, _, _ in (item.partition("=") for item in parts.query.split("&"))}
    return ("amp" in parts.path.lower().split("/") or parts.netloc.lower().startswith("amp.")
            or "amp" in query or "outputtype=amp" in parts.query.lower())


def without_amp_copies(made: list[Page]) -> list[Page]:
    """``made`` without the AMP copies of a page read from the same file: an AMP address whose canonical address
    is another one read, of the same title. Never on the canonical address alone: some sites name their home page
    as every page's."""
    titles = {address_key(uri): outcome.title for uri, _, outcome in made if isinstance(outcome, Article)}

    def is_copy(uri: str, outcome: object) -> bool:
        if not isinstance(outcome, Article) or not outcome.url or not is_amp(uri):
            return False
        canonical = address_key(outcome.url)
        return canonical != address_key(uri) and titles.get(canonical) == outcome.title

    return [(uri, label, outcome) for uri, label, outcome in made if not is_copy(uri, outcome)]


def without_www_copies(made: list[Page]) -> list[Page]:
    """``made`` without a page read at a ``www.`` address that was also read without it, of the same title and
    text: a copy, as most sites serve one site under both. Not on the host alone: some serve two sites so (a
    university's www. and its bare host), and a page of other text under the other host is another page."""
    read = {address_key(uri): outcome for uri, _, outcome in made if isinstance(outcome, Article)}

    def is_copy(uri: str, outcome: object) -> bool:
        key = address_key(uri)
        bare = read.get(key[4:]) if key.startswith("www.") else None
        return isinstance(outcome, Article) and isinstance(bare, Article) and (bare.title, bare.body) == (
            outcome.title, outcome.body)

    return [(uri, label, outcome) for uri, label, outcome in made if not is_copy(uri, outcome)]
