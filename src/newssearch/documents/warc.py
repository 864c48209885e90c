"""Web archives (.warc, .warc.gz; ISO 28500), as Heritrix, wget, Browsertrix or Webrecorder write them: each HTML
page a crawl captured is read as a saved page, its id ``crawl.warc.gz#<its address>``.

A page is a ``response`` record of HTTP status 200 whose Content-Type is HTML (or none, and the body is HTML), or a
``resource`` record of HTML type. Requests, metadata, revisits (no body: the capture they repeat is read),
redirects, errors, images, scripts and style sheets are no articles and are passed over without a word. An address
captured more than once (as http or https, with or without a trailing slash) is one article, from its latest capture
(WARC-Date, then file order) that gives one; a revisit later than it that names the payload it repeats is that
capture again. The capture time is never the publication date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from ..errors import UnreadableFile
from ..ids import record_id
from .article import Article, ReadResult
from .html import read_html
from .isomoments import iso_moment
from .recordresults import Made, gather
from .warccaptures import (
    Capture,
    Page,
    Revisit,
    address_key,
    revisit_of,
    with_revisits,
    without_amp_copies,
    without_fragment,
    without_www_copies,
)
from .warcgzip import GZIP_MAGIC, gz_records
from .warcrecords import (
    HTML_START,
    NOT_A_HEADER,
    BrokenRecord,
    Record,
    UnreadableBody,
    content,
    http_head,
    media_type,
    megabytes,
    records,
    target_uri,
)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MAX_PAGE = 1 << 28  # an HTML record longer than 256 MiB is no news page: not read (a .warc.gz's not unpacked), said
_EARLIEST = datetime.min.replace(tzinfo=timezone.utc)


def read_warc(data: bytes, rel: str) -> ReadResult:
    """Read every HTML page a WARC file captured, one Article per address; broken records are skips."""
    captures: dict[str, list[Capture]] = {}  # by address key: one page's captures
    revisits: list[Revisit] = []
    broken: list[Made] = []
    truncated: dict[str, str] = {}  # "record N": why the crawler cut it (WARC-Truncated: length, time…)
    count = 0
    compressed = data.startswith(GZIP_MAGIC)  # a .warc.gz, unpacked as it is read
    for record in gz_records(data, _is_page) if compressed else records(data):
        count += 1
        if isinstance(record, BrokenRecord):
            broken.append((record.uri, f"record {record.number}", record.reason))
            continue
        uri = without_fragment(target_uri(record.fields) or "") or None
        if record.get("warc-truncated"):
            truncated[f"record {record.number}"] = record.get("warc-truncated").strip()
        capture = _capture(record, uri) if uri else None
        if capture and record.length > MAX_PAGE:
            broken.append((uri, f"record {record.number}", f"an HTML page of {megabytes(record.length)}, more than "
                                                             f"{megabytes(MAX_PAGE)}: not read"))
        elif capture:
            captures.setdefault(address_key(capture.uri), []).append(capture)
        elif uri and (revisit := revisit_of(record.fields, uri, _when(record.get("warc-date")))):
            revisits.append(revisit)
    if not count:  # a .warc.gz that unpacks to nothing or blank lines: a crawl stopped before its first record
        raise UnreadableFile("empty WARC (no records)")
    if count == len(broken) and broken[0][2] == NOT_A_HEADER:
        raise UnreadableFile("not a WARC file (it does not start with a WARC/1.0 or WARC/1.1 record)")
    with_revisits(captures, revisits, _when)
    made = without_www_copies(without_amp_copies([outcome for found in captures.values()
                                                  if (outcome := _page(found, rel))]))
    if not made and not broken:
        raise UnreadableFile(f"no HTML pages among {count:,} records")
    return gather([*made, *_named(broken, made), *_cut(made, truncated)], rel)


def _cut(made: list[Page], truncated: dict[str, str]) -> list[Made]:
    """A note on the file for each page read from a record the crawler cut short (``WARC-Truncated``: at its size
    or time limit): the article is indexed with the text the record holds, which may end early."""
    return [(None, f"{label} ({uri})", f"cut short by the crawler (WARC-Truncated: {truncated[label]}): its text was "
                                       "read up to there")
            for uri, label, outcome in made if isinstance(outcome, Article) and label in truncated]


def _named(broken: list[Made], made: list[Page]) -> list[Made]:
    """The ``broken`` records, one of an address whose page was read from another record named under the file
    (with the address and that record), not under the article's id: it lost no article."""
    read = {address_key(uri): label for uri, label, outcome in made if isinstance(outcome, Article)}
    return [(None, f"{label} ({uri}, whose page was read from {read[address_key(uri)]})", reason)
            if uri and address_key(uri) in read else (uri, label, reason) for uri, label, reason in broken]


def _is_page(fields: dict[str, str], head: bytes) -> bool:
    """Whether the record of header ``fields`` whose block starts ``head`` may be a page's capture, not too long to
    read (a .warc.gz's other records are passed over unpacked only as far as they must be)."""
    length = int(fields.get("content-length", "0"))
    return length <= MAX_PAGE and _capture(Record(0, fields, head, len(head), bytes), "") is not None


def _capture(record: Record, uri: str) -> Capture | None:
    """The capture of a page at ``uri`` that ``record`` may be (by its type, status and media type), else None."""
    kind = record.get("warc-type").lower()
    when = _when(record.get("warc-date"))
    ids = record.get("warc-record-id").strip(), record.get("warc-payload-digest").strip()
    if kind == "resource":
        media, charset = media_type(record.get("content-type"))
        if media not in HTML_TYPES:
            return None
        return Capture(uri, record.number, when, record.load, 0, {}, media, charset, *ids)
    if kind != "response":
        return None
    head = http_head(record.head)
    if head is None or head.status != 200:
        return None
    media, charset = media_type(head.fields.get("content-type", ""))
    if media and media not in HTML_TYPES:
        return None
    return Capture(uri, record.number, when, record.load, head.body_at, head.fields, media, charset, *ids)


def _when(value: str) -> datetime:
    """A WARC-Date (``2024-03-05T10:20:30Z``, with fractions of a second in WARC/1.1); the earliest when unreadable."""
    when = iso_moment(value) or _EARLIEST
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _page(found: list[Capture], rel: str) -> Page | None:
    """The article of one page from its latest capture that reads as one (its id that capture's address); an
    earlier one when the latest does not; None when none is an HTML page after all (a body without a type that is
    not HTML)."""
    failed: Page | None = None
    for capture in sorted(found, key=lambda c: (c.when, c.number), reverse=True):
        outcome = _read_capture(capture, rel)
        if outcome is not None and (isinstance(outcome, Article) or failed is None):
            failed = capture.uri, f"record {capture.number}", outcome
            if isinstance(outcome, Article):
                return failed
    return failed


def _read_capture(capture: Capture, rel: str) -> Article | str | None:
    """One capture read as a saved page: its Article, why it is none, or None when it is no HTML page."""
    try:
        page = content(capture.load()[capture.body_at:], capture.fields)
    except UnreadableBody as exc:
        return str(exc)
    if not capture.kind and not HTML_START.match(page[:1024]):
        return None
    try:
        article = read_html(page, record_id(rel, capture.uri), capture.uri, capture.charset).articles[0]
    except UnreadableFile as exc:
        return str(exc)
    return replace(article, path=rel)
