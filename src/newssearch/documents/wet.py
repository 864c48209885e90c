"""Common Crawl's WET files (.warc.wet.gz): WARC ``conversion`` records, each the plain text a crawler took from a
page, an article each.

A record's first line is the page's title, the article's title (without the site's name after it); the rest is read
as a text file is (the menu and share lines a browser's copy holds go). Its id is ``crawl.warc.wet.gz#<address>``,
its URL that address, its language the one the crawl identified (``WARC-Identified-Content-Language: eng,fra``: the
first). The capture time is never the publication date. The ``warcinfo`` record is no article.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import UnreadableFile
from ..ids import record_id
from .article import Article, ReadResult
from .encoding import decode_text
from .fields import without_source
from .htmltext import inline_text
from .languages import language_code
from .recordresults import Made, gather
from .text import text_result
from .titles import trim_title
from .warcgzip import GZIP_MAGIC, gz_records
from .warcrecords import BrokenRecord, Record, records, target_uri


def read_wet(data: bytes, rel: str) -> ReadResult:
    """Read every conversion record of a WET file, one Article per address; broken records are skips."""
    made: list[Made] = []
    count = 0
    for record in gz_records(data, _is_conversion) if data.startswith(GZIP_MAGIC) else records(data):
        count += 1
        if isinstance(record, BrokenRecord):
            made.append((record.uri, f"record {record.number}", record.reason))
        elif _is_conversion(record.fields, b"") and (uri := target_uri(record.fields)):
            made.append((uri, f"record {record.number}", _article(record, uri, rel)))
    if not count:
        raise UnreadableFile("empty WET file (no records)")
    if not made:
        raise UnreadableFile(f"no conversion records (a page's text) among {count:,} records")
    return gather(made, rel)


def _is_conversion(fields: dict[str, str], _head: bytes) -> bool:
    return fields.get("warc-type", "").lower() == "conversion"


def _article(record: Record, uri: str, rel: str) -> Article | str:
    """One conversion record's text as an article, or why it is none."""
    title, _newline, text = decode_text(record.load()).strip().partition("\n")
    title = trim_title(without_source(inline_text(title), None, uri)) if title.strip() else ""
    try:
        article = text_result(text or title, record_id(rel, uri)).articles[0]
    except UnreadableFile as exc:
        return str(exc)
    identified = record.get("warc-identified-content-language").split(",")[0].strip()
    return replace(article, path=rel, url=uri, lang=language_code(identified) or article.lang,
                   title=title or article.title, title_source="wet:title" if title else article.title_source)
