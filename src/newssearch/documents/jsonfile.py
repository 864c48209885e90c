"""JSON and JSON Lines exports: one article per object, field names from the ``fields`` table.

A record's id is ``<rel>#<its id field>``, else ``<rel>#<its address>`` while every record of the file without an
id has one and no two share it (``recordkeys``), else ``<rel>#<position>``: the 1-based index among a JSON file's
records, the 1-based line number in a JSONL file (so the id points at the line), or for a line that holds several
records (a list, or an API response per line) the line and the 1-based index in it: ``<rel>#3.2``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache

from ..errors import UnreadableFile
from ..functionwords import language_of
from ..ids import portable_key, record_id
from . import jsonlines
from .article import Article, ReadResult, Skip
from .authornames import people_and_publisher, split_authors
from .encoding import require_text
from .fields import JSON_FIELDS, Keyed, RecordError, first_text, is_web_address, keyed, without_source
from .fileorders import file_order
from .jsonlines import Entry, cut_list, json_problem, parse_lines, parse_stream, unreadable_value, without_deep_values
from .jsonrecords import find_records, kind_of, one_story, record_fields
from .recorddates import date_in_order, record_day_first
from .recordfields import readable_address, record_authors, record_body, record_source, record_url, rubrik_keyed
from .recordkeys import AddressKeys, chosen_key, record_key
from .recordresults import Made, gather, no_records
from .redditposts import only_reddit_things
from .referencekinds import csl_work, no_story
from .sections import record_sections
from .tablelanguages import OpeningLanguage, with_file_language
from .textcopyright import closing_matter, notice_publisher
from .textcredits import closing_byline
from .titles import title_from_lede, trim_title
from .urldates import url_dated

# The lede title needs only the opening; a whole long body costs the caption check dearly.
_LEDE_CHARS = 600
_HIT_KEYS = ("rank", "id", "score", "snippet")
_SHOWN_KEYS = ("id", "path", "title_source", "date_source", "body")  # show --json: an article with its provenance


def read_json(data: bytes, rel: str) -> ReadResult:
    """Read a JSON file holding one article object, a list of them, or an object wrapping a list."""
    text, deep = require_text(data).lstrip("\ufeff"), False  # a second mark after the first: json refuses it
    try:
        try:
            value = json.loads(text)
        except RecursionError:
            shallow, deep = without_deep_values(text)
            value = json.loads(shallow)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            # Several objects, one per line: a JSONL export saved under a .json name.
            try:
                return read_jsonl(data, rel)
            except UnreadableFile:
                pass
        cut = _read_cut(exc, rel)
        if cut is not None:
            return cut
        if (lenient := jsonlines.without_trailing_commas(exc)) is not None:  # a comma before a closing bracket
            return read_document(lenient, rel)
        raise UnreadableFile(_json_error(exc)) from exc
    except ValueError as exc:  # valid JSON Python refuses: a number of thousands of digits
        raise UnreadableFile(unreadable_value(exc)) from exc
    try:
        return read_document(value, rel)
    except UnreadableFile:
        if deep:  # nothing but its deep values: say so, not that its nulls are no records
            raise UnreadableFile(unreadable_value(RecursionError())) from None
        raise


def _read_cut(exc: json.JSONDecodeError, rel: str) -> ReadResult | None:
    """The records of an export the file ends inside (``[…, {"title": "Oil pri``) read whole before the cut, and a
    skip saying where it ends, as a feed cut short gives (the index keeps what it held of the rest); None when the
    document is not cut so or none of those records is an article (the file's JSON error stands)."""
    cut = cut_list(exc.doc, exc)  # exc.doc: the text parsed, its deep values null when they were
    if cut is None:
        return None
    closed, inside = cut
    try:
        value = json.loads(closed)
        result, whole = read_document(value, rel), len(find_records(value))
    except (ValueError, RecursionError, UnreadableFile):
        return None
    where = f"record {whole + 1}: the file ends inside it" if inside else \
        f"after record {whole}: the file ends here, before the export does"
    result.skipped.append(Skip(rel, f"{where} (cut short)"))
    return result


def read_jsonl(data: bytes, rel: str) -> ReadResult:
    """Read a JSON Lines file; a bad line becomes a skip and never costs the other lines.

    A file whose lines do not all parse may be one pretty-printed document, or a stream of values one after
    another (jq's output): it is read as whichever of them leaves fewer values unread, lines first.
    """
    text = require_text(data)
    entries = list(parse_lines(text))
    errors = _errors(entries)
    if errors:
        # Perhaps one pretty-printed JSON document under a .jsonl name: real JSON Lines never
        # parse as a whole (the second line is "Extra data"), so this cannot misread them.
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):  # not one document, or one Python refuses: the lines' errors stand
            pass
        else:
            return read_document(value, rel)
        streamed = list(parse_stream(text))
        if _errors(streamed) < errors:
            entries = streamed
    return collect(entries, rel)


def _errors(entries: list[Entry]) -> int:
    """How many of ``entries`` could not be parsed."""
    return sum(isinstance(value, RecordError) for _label, _position, value in entries)


def read_document(value: object, rel: str) -> ReadResult:
    """The articles in one parsed JSON document, positions counted from 1 in list order.

    A file that is one article object (news-please saves one per file) is that article: its id is the
    file's, with no ``#key``, as for a text or HTML file.
    """
    records = find_records(value)
    if not records and only_reddit_things(value):  # a page of comments alone ("no records" had said nothing of them)
        return no_records(rel, "a Reddit listing with no posts: its comments are no articles")
    result = collect(((f"record {n}", str(n), record) for n, record in enumerate(records, 1)), rel)
    if len(records) == 1 and (records[0] is value or one_story(value)) and len(result.articles) == 1:
        result.articles[0] = replace(result.articles[0], id=rel)
    return result


def collect(entries: Iterable[Entry], rel: str, kind: str = "json", day_first: bool | None = None) -> ReadResult:
    """Turn entries into articles and skips; raise UnreadableFile when not one article came out. Their title and
    date sources are named ``kind:key`` (a CSV row's ``csv:date``); ``day_first`` is the order of their slashed
    dates when those tell none (a table's separator's, ``csvfile``).

    newssearch's own ``--json`` or ``--jsonl`` hits saved beside the articles are not articles: indexed,
    each hit had come back as a copy of its article.
    """
    entries = list(entries)
    if entries and all(is_search_hit(value) for _label, _position, value in entries):
        raise UnreadableFile("a newssearch result list (--json or --jsonl), not articles")
    if len(entries) == 1 and shown_article(entries[0][2]):
        raise UnreadableFile("an article newssearch showed (show --json): a copy of one in the index")
    # Each record's fields are gathered twice, for the file's date order and then for its article, not kept for all
    # at once: 55 MB of a JSON Lines export of 128 MB (60,000 records), at the peak of its reading.
    shown = file_order(fields_of(entry) for _label, _position, entry in entries)
    day_first = day_first if shown is None else shown
    keys = AddressKeys()  # the records without an id keyed by their addresses, else their places (recordkeys)
    found = [keys.add(entry) for _label, _position, entry in entries]
    entries = [(label, chosen_key(own, address, position, keys.by_address), value)
               for (label, position, value), (own, address) in zip(entries, found)]
    opening = OpeningLanguage()  # its opening rows and their keys: the language of a row too short to tell its own
    result = gather((_opening_made(label, position, value, rel, day_first, kind, opening)
                     for label, position, value in entries), rel)
    result.articles = with_file_language(result.articles, opening)
    return result


def _opening_made(label: str, position: str, value: object, rel: str, day_first: bool | None, kind: str,
                  opening: OpeningLanguage) -> Made:
    """One entry as ``_made`` makes it, its article and its record's keys fed to ``opening`` while it reads on."""
    record = fields_of(value)
    made = _made(label, position, value, record, rel, day_first, kind)
    if isinstance(made[2], Article) and opening.wants_more():
        opening.add(made[2], record)
    return made


def fields_of(value: object) -> Keyed:
    """A record's fields (``record_fields``); none for a value that is no object."""
    return record_fields(value) if isinstance(value, Mapping) else {}


def shown_article(value: object) -> bool:
    """True for an article newssearch's ``show --json`` printed: one with its provenance."""
    return isinstance(value, Mapping) and all(key in value for key in _SHOWN_KEYS)


def made_from(label: str, position: str, value: object, rel: str, day_first: bool | None, kind: str = "json") -> Made:
    """One entry (a JSON Lines record, a table's row: ``kind``) as ``collect`` makes it: (key, label, its article or
    why it has none)."""
    return _made(label, position, value, fields_of(value), rel, day_first, kind)


def is_search_hit(value: object) -> bool:
    """True for one hit of newssearch's JSON output: its rank, id, score and snippet."""
    return isinstance(value, Mapping) and all(key in value for key in _HIT_KEYS)


def _made(label: str, position: str, value: object, record: Keyed, rel: str, day_first: bool | None,
          kind: str) -> Made:
    """One entry as (key, label, its article or why it has none); ``record`` is ``value``'s fields.

    A skip names the file, its label the line or place (and the record's own id, if it has one):
    ``<rel>#2`` may be the id of another record, one whose id field is 2. ``day_first`` is the order of
    the file's slashed dates, when they tell it.
    """
    own = record_key(record)
    try:
        if isinstance(value, RecordError):
            raise value
        if not isinstance(value, Mapping):
            raise RecordError(f"not a JSON object ({kind_of(value)})")
        return None, label, article_from_record(record, rel, record_id(rel, own or position), day_first, kind)
    except RecordError as exc:
        return None, f"{label} (id {portable_key(own)})" if own else label, str(exc)


def article_from_record(record: Keyed, rel: str, article_id: str, day_first: bool | None = None,
                        kind: str = "json") -> Article:
    """One Article from one record, each field from the first table key that has a usable value, its title and date
    sources named ``kind:key`` (``json:publishedAt``, ``csv:date``).

    ``day_first`` is the order of slashed dates in the record's file (see ``record_date``).
    """
    text = _record_text(record)
    record = rubrik_keyed(record, text if isinstance(text, str) else "")  # Swedish "rubrik": its title; German: section
    title = first_text(record, JSON_FIELDS["title"])
    url = record_url(record)
    # a German story naming no language: day first (a headline alone shows its language when there is no text)
    day_first = record_day_first(record, day_first, url, text if isinstance(text, str) else (title[1] if title else ""))
    published = date_in_order(record, day_first) or url_dated(url, day_first)
    title, body = _title_and_body(record, title, url, text, published is not None)
    body, holder = closing_matter(body)  # "© 2024 Coast Media" closing it is no text, as a text file's is not
    found_lang = first_text(record, JSON_FIELDS["lang"])
    language = cache(lambda: language_of(found_lang[1] if found_lang else None, body))
    # no author field: a wire's credit at the text's end names them, as in a text file ("(Reporting by Jane Doe)")
    named = record_authors(record, language) or split_authors(closing_byline(body) or "", language)
    authors, source = people_and_publisher(named, record_source(record, url), url)
    source = source or notice_publisher(holder, url)  # when the record names no other
    return Article(
        id=article_id,
        path=rel,
        title=trim_title(without_source(title[1], source, url)) if title else title_from_lede(body[:_LEDE_CHARS]),
        title_source=f"{kind}:{title[0]}" if title else "lede",
        body=body,
        date=published[1] if published else None,
        date_source=(published[0] if published[0] == "url" else f"{kind}:{published[0]}") if published else None,
        authors=authors,
        source=source,
        url=url,
        lang=found_lang[1] if found_lang else language(),  # a record naming none: as its function words show
        sections=record_sections(record),
    )


def _record_text(record: Keyed) -> str | RecordError:
    """The record's text (``record_body``), or the RecordError saying it has none (raised if no headline stands in)."""
    try:
        return record_body(record)
    except RecordError as exc:
        return exc


def _title_and_body(record: Keyed, title: tuple[str, str] | None, url: str | None, text: str | RecordError,
                    dated: bool) -> tuple[tuple[str, str] | None, str]:
    """The record's title (key and text) and body: its ``text`` (``_record_text``) when it has one.

    With no text, a record that names its story's headline and its address, its date (``dated``: one that reads)
    or its publisher is its headline, as a headlines feed's item is: a headlines export (GDELT's article list, ABC's "A
    Million News Headlines", a German ``titel``/``datum``/``quelle`` list) had been skipped whole. A headline alone
    is not known to be a story, nor is a reference manager's record of a book, a thesis or a dataset (CSL-JSON's
    ``type``, as RIS's and BibTeX's are read: ``referencekinds``). A saved link whose headline is empty and that
    has no text (a Pocket CSV row, its title cell empty) is its address in readable form, as Pocket's HTML export
    writes such a link. Raises RecordError when it has no text (a record of an address and no headline key at all,
    not known to be a story, among them)."""
    if isinstance(text, str):
        return title, text
    if title is not None:
        if (work := csl_work(record)) is not None:
            raise RecordError(no_story(work))
        if url is not None or dated or record_source(record, url) is not None:  # asked only of a record of no text
            return title, title[1]
        raise text
    if url is None or not is_web_address(url) or not any(name in record for name in JSON_FIELDS["title"]):
        raise text
    address = readable_address(url)
    return ("url", address), address


def article_from_fields(fields: Mapping[str, object], rel: str, article_id: str, kind: str) -> Article:
    """One Article from a record another format's reader has put under JSON's field names (a NewsML item, an RIS
    or BibTeX reference), read as a JSON record is; its title and date sources named ``kind:key``, not ``json:``.
    Raises RecordError when it has no text."""
    return article_from_record(keyed(fields), rel, article_id, kind=kind)


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON at line {exc.lineno}, column {exc.colno}: {json_problem(exc)}"
