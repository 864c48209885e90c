"""The article a web address typed to ``show`` names: a web archive's page, whose id ends with its address
("crawl.warc.gz#https://…"), or any article whose ``url`` it is (an export's record, a saved page), written as the
article has it or as another link or a browser's bar writes it (http for https, no scheme, a trailing slash, with or
without the ``www.`` its host has when no article is at the address as typed)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from urllib.parse import quote, unquote

from whoosh import query

from .documents.linktracking import without_tracking
from .documents.warccaptures import address_key
from .ids import portable_key
from .schema import ID, URL

BARE_ADDRESS = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}/", re.IGNORECASE)  # "news.example/bridge", a browser bar's
_ASCII = "".join(map(chr, range(32, 127)))  # what an escaped address writes as it is
_ADDRESS_IN_ID = re.compile(r"#(https?://.*)", re.IGNORECASE)  # the page's address in a web archive's id


def is_address(typed: str) -> bool:
    """Whether ``typed`` may be a web address: with its scheme, or as a browser's bar shows it (``host.tld/…``)."""
    return "://" in typed or BARE_ADDRESS.match(typed) is not None


def address_ids(searcher, ids: list[str], typed: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The one article at the address ``typed``, among ``ids`` (every live id): a web archive's id ending with it
    as typed, else by the address's key; else the one article whose ``url`` has that key. None when two have it."""
    found = articles_at(searcher, ids, typed)
    if len(found) == 1:
        yield found[0]


def articles_at(searcher, ids: list[str], typed: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the articles at the address ``typed``, among ``ids`` (every live id), as ``address_ids`` looks
    for them: several when copies of one story are at it (a feed item saved twice), which an error names."""
    ending = "#" + portable_key(typed)
    exact = [known for known in ids if known.endswith(ending)]  # a feed item's id keeps its link as written
    typed = without_tracking(typed)  # as an article's address is stored: a newsletter's utm_ is in none
    key = address_key(typed if "://" in typed else "https://" + typed)
    written = address_key(portable_key(typed if "://" in typed else "https://" + typed))  # as ids write it
    loose = exact or _in_archive_ids(ids, written) or _at_address(searcher, key)
    if not loose:  # a browser's bar, a printed or a shared link leaves out the www. an address has, or adds it
        loose = _in_archive_ids(ids, _other_www(written)) or _at_address(searcher, _other_www(key))
    return loose


def _in_archive_ids(ids: list[str], written: str) -> list[str]:
    """The web archive's ids among ``ids`` whose page's address has the key ``written`` (as ids write it)."""
    return [known for known in ids
            if (found := _ADDRESS_IN_ID.search(known)) and address_key(found.group(1)) == written]


def _other_www(key: str) -> str:
    """The address key ``key`` with its host's ``www.`` left out, or put before a host without it."""
    return key[4:] if key.startswith("www.") else "www." + key


def _at_address(searcher, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the live articles whose ``url`` has the address key ``key``, its letters escaped or not
    (``M%C3%BCnchen``, ``München``): those holding its words in their ``url`` field (as ``url:`` finds them),
    their stored address compared."""
    analyzer = searcher.schema[URL].analyzer
    spellings = dict.fromkeys([key, _unescaped(key), quote(key, safe=_ASCII)])
    wanted = [query.And([query.Term(URL, word) for word in _some_words(token.text for token in analyzer(one))])
              for one in spellings]
    found = searcher.docs_for_query(query.Or([words for words in wanted if words.subqueries]))
    stored = (searcher.stored_fields(docnum) for docnum in found)
    return [fields[ID] for fields in stored
            if fields.get(URL) and _unescaped(address_key(fields[URL])) == _unescaped(key)]


# The most of an address's words looked for (its stored address is compared after): an address of thousands of words
# (a fuzzed feed's link of 2.2 MB of nested <div></div>) had made Whoosh's tree of matchers raise RecursionError.
_MAX_WORDS = 32


def _some_words(words: Iterable[str]) -> list[str]:
    """The first ``_MAX_WORDS`` of ``words``, each once."""
    return list(itertools.islice(dict.fromkeys(words), _MAX_WORDS))


def _unescaped(address: str) -> str:
    """``address`` with its escaped letters written as letters (``M%C3%BCnchen``: ``München``)."""
    try:
        return unquote(address, errors="strict")
    except UnicodeDecodeError:  # escapes of bytes that are no UTF-8: kept as they are
        return address
