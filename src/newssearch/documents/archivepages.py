"""Saved articles an archive holds twice, as a record and as its page: Omnivore's export zip keeps each one's record in
``metadata_*.json`` (title, date, address, author, a teaser) and its page in ``content/<slug>.html`` (the whole text,
but no date or address, its title its first sentence), and the reader's highlights of it (quotes and notes) in
``highlights/<slug>.md``. A record that names its page by ``slug`` is one article with the page: the record's id and
fields, the page's text, its highlights after it. An archive with no such pair reads as before.

Unpacked into a folder, the indexer joins them too, reading the pages a record names from beside it
(``exportfolders``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from ..errors import UnreadableFile
from ..ids import record_id
from .archivenames import member_id
from .article import Article, ReadResult

# Omnivore's files of records, twenty to a file: metadata_0_to_20.json, metadata_20_to_40.json…
_RECORDS = re.compile(r"(?:^|/)metadata_[^/]*\.json$", re.IGNORECASE)


def is_records_file(name: str) -> bool:
    """Whether ``name`` (a path in an archive or a folder) is one of Omnivore's files of records."""
    return bool(_RECORDS.search(name))


def joined_pages(found: dict[str, ReadResult], unpack: Callable[[str], bytes | None],
                 rel: str) -> dict[str, ReadResult]:
    """``found`` (what each file of the archive ``rel`` gave, by its name in ids) with each record that names its page
    given the page's text and its highlights after it, and each page and highlights file so joined taken out;
    ``unpack`` gives a file's bytes again (None: not)."""
    pages, notes = _one_article_each(found, "content", ".html"), _one_article_each(found, "highlights", ".md")
    if not pages and not notes:
        return found
    joined, used = dict(found), set[str]()
    for name in [name for name in found if _RECORDS.search(name)]:
        slugs = {key: member_id(slug) for key, slug in record_slugs(unpack(name), f"{rel}#{name}").items()}
        folder = name.rpartition("/")[0]
        articles = []
        for article in found[name].articles:
            slug = slugs.get(article.id)
            page = f"{folder}/content/{slug}.html".lstrip("/") if slug else None
            note = f"{folder}/highlights/{slug}.md".lstrip("/") if slug else None
            if page in pages:
                used.add(page)
                article = with_page(article, pages[page])
            if note in notes:
                used.add(note)
                article = with_highlights(article, notes[note])
            articles.append(article)
        joined[name] = replace(found[name], articles=articles)
    return {name: result for name, result in joined.items() if name not in used}


def _one_article_each(found: dict[str, ReadResult], part: str, end: str) -> dict[str, Article]:
    """The article of each file of ``found`` in a folder named ``part`` whose name ends ``end`` and that gave one."""
    return {name: result.articles[0] for name, result in found.items()
            if f"/{part}/" in f"/{name}" and name.lower().endswith(end) and len(result.articles) == 1}


def with_page(record: Article, page: Article) -> Article:
    """The article of a record (its title, date, address, authors) with the text of its saved page."""
    return replace(record, body=page.body, lang=record.lang or page.lang, sections=record.sections or page.sections)


def with_highlights(record: Article, notes: Article) -> Article:
    """The article of a record with the reader's quotes from its page and notes on them after its text: found with
    the article they were made in."""
    return replace(record, body=f"{record.body}\n\n{notes.body}")


def record_slugs(data: bytes | None, file_rel: str) -> dict[str, str]:
    """The page name (``slug``, as written) of each record of the JSON ``data`` of the file ``file_rel``, by the id
    its article has; none when the file does not parse."""
    # The JSON readers are imported here, for an export's records: every update imports this module (the indexer's
    # ``exportfolders`` asks ``is_records_file`` of each changed file), and a folder of text files never needs them.
    from .jsonrecords import find_records
    from .recordkeys import AddressKeys, entry_key

    try:
        value = json.loads(data) if data is not None else None
        records = find_records(value) if value is not None else []
    except (ValueError, RecursionError, UnreadableFile):  # not JSON, or no records in it
        return {}
    if len(records) == 1 and records[0] is value:  # a file of one record: its article's id is the file's
        slug = records[0].get("slug") if isinstance(records[0], Mapping) else None
        return {file_rel: slug} if isinstance(slug, str) and slug else {}
    keys = AddressKeys()  # the records keyed as their articles are (recordkeys)
    for record in records:
        keys.add(record)
    slugs = {}
    for position, record in enumerate(records, 1):
        slug = record.get("slug") if isinstance(record, Mapping) else None
        if isinstance(record, Mapping) and isinstance(slug, str) and slug:
            slugs[record_id(file_rel, entry_key(record, str(position), keys.by_address))] = slug
    return slugs
