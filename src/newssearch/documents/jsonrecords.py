"""Where a JSON document keeps its records: a list, pages of lists, API responses wrapping a list.

Also where a record keeps its fields: its own keys, and objects such as Elasticsearch's ``_source``.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import UnreadableFile
from .activitypub import ACTOR_NO_POST, is_actor, is_outbox, outbox_records
from .applenews import anf_record, is_apple_news
from .arcstories import ans_records, is_ans
from .fields import JSON_FIELDS, RECORD_PARTS, WRAPPER_KEYS, Keyed, RecordError, keyed, pick
from .ghostexport import ghost_data, ghost_records
from .readeritems import is_reader_item, reader_record
from .redditposts import is_reddit_thing, reddit_records

# Lists and wrappers opened, at most, to reach the records: a list of pages of API responses is 4.
_MAX_NESTING = 5


def find_records(value: object) -> list[object]:
    """The records in a parsed JSON document: one article object, or those its lists and wrappers hold."""
    if not isinstance(value, (list, Mapping)):
        raise UnreadableFile(f"JSON holds {kind_of(value)}, not an article object or a list of them")
    if isinstance(value, list):  # the document's own list is its records, whatever they are
        return [record for item in value for record in nested_records(item, 1)]
    ghost = ghost_data(value)  # Ghost's export: its published posts, joined to their authors (ghostexport)
    return ghost_records(ghost) if ghost is not None else nested_records(value)


def nested_records(value: object, depth: int = 0) -> list[object]:
    """``value`` itself, or the records of each item of a list and of what a wrapper holds, in order.

    So a list of lists (pages of results) and a list of API responses (``{"articles": [...]}``) give
    their articles. A list of strings or numbers is left as it is, and so is anything deeper than
    ``_MAX_NESTING``: it is reported as not an article.
    """
    if depth < _MAX_NESTING:
        if is_ans(value) and isinstance(value, Mapping):  # Arc XP's story or page of them (arcstories)
            return ans_records(value)
        if is_apple_news(value) and isinstance(value, Mapping):  # an Apple News Format article.json (applenews)
            return [anf_record(value)]
        if is_outbox(value) and isinstance(value, Mapping):  # a Mastodon archive's outbox.json (activitypub)
            return outbox_records(value)
        if is_actor(value):  # the account beside it, its bio no article
            return [RecordError(ACTOR_NO_POST)]
        if isinstance(value, list) and (not value or any(isinstance(item, (list, Mapping)) for item in value)):
            return [record for item in value for record in nested_records(item, depth + 1)]
        if isinstance(value, Mapping) and is_reader_item(value):  # its "content" box is no wrapper (readeritems)
            return [reader_record(value)]
        if isinstance(value, Mapping) and is_reddit_thing(value):  # a Listing's posts, never its comments
            return list(reddit_records(value))
        inner = _wrapped(value) if isinstance(value, Mapping) else None
        if inner is not None and isinstance(value, Mapping):
            return _in_json_feed(_in_language(nested_records(inner, depth + 1), value), value)
        keyed_records = _keyed_records(value) if isinstance(value, Mapping) else None
        if keyed_records is not None:
            return [record for item in keyed_records for record in nested_records(item, depth + 1)]
    return [value]


def _in_language(records: list[object], wrapper: Mapping[str, object]) -> list[object]:
    """``records``, each naming no language given the one ``wrapper`` names (a JSON Feed's top-level "language", an
    export's ``{"lang": "de", "articles": [...]}``): a short record's words are too few to tell its own."""
    named = next(pick(record_fields(wrapper), JSON_FIELDS["lang"]), None)
    if named is None or not isinstance(named[1], str):
        return records
    return [{**record, named[0]: named[1]}
            if isinstance(record, Mapping) and next(pick(record_fields(record), JSON_FIELDS["lang"]), None) is None
            else record for record in records]


_JSON_FEED = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")


def _in_json_feed(records: list[object], wrapper: Mapping[str, object]) -> list[object]:
    """``records``, the items of a JSON Feed (``wrapper``, its "version" jsonfeed.org's), each published by the feed
    (its "title") and, naming no author, written by the feed's authors (JSON Feed 1.1's "authors", 1.0's "author"), as
    an RSS item is by its channel and an Atom entry by its feed; any other wrapper's records as they are."""
    version, title = wrapper.get("version"), wrapper.get("title")
    if not (isinstance(version, str) and version.startswith(_JSON_FEED)):
        return records
    owners = {key: wrapper[key] for key in ("authors", "author") if wrapper.get(key)}
    return [{**({"publication": title} if isinstance(title, str) and title.strip() else {}),
             **({} if any(pick(record_fields(record), JSON_FIELDS["authors"])) else owners), **record}
            if isinstance(record, Mapping) else record for record in records]


def _keyed_records(value: Mapping[str, object]) -> list[object] | None:
    """The records of an object keying each by its id (a Firebase export, a scraper's ``{url: record}``), each with
    its key as its id when it names none, or naming lists of them (a scraper's stories by section or by day,
    ``{"politics": [...], "sport": [...]}``), each list's records; None for an article or anything else (it had been
    one record "with no body text")."""
    inners = {key: inner for key, inner in value.items()
              if isinstance(inner, Mapping) or (isinstance(inner, list) and (not inner or _objects(inner)))}
    if not inners or len(inners) < len(value) or _has_body(record_fields(value)):
        return None
    if not any(_has_body(record_fields(item)) for inner in inners.values()
               for item in (inner if isinstance(inner, list) else [inner]) if isinstance(item, Mapping)):
        return None
    return [inner if isinstance(inner, list) or any(pick(record_fields(inner), JSON_FIELDS["id"]))
            else {**inner, "id": key} for key, inner in inners.items()]


def _wrapped(value: Mapping[str, object]) -> object | None:
    """The list (or object of lists) that ``value`` wraps under a wrapper key, or None for an article."""
    index = record_fields(value)
    if _has_body(index):
        return None
    for name in WRAPPER_KEYS:
        inner = index.get(name, ("", None))[1]
        if isinstance(inner, list) or (isinstance(inner, Mapping) and not _has_body(record_fields(inner))):
            return inner
        if isinstance(inner, Mapping):  # one article wrapped: the Guardian's single item, {"response": {"content": …}}
            return [inner]
    return None


def _has_body(index: Keyed) -> bool:
    """True when the record ``index`` describes looks like an article itself rather than a wrapper: a body key holds
    text, not an object (the Guardian's "content" is its article)."""
    return any(isinstance(value, (str, list)) for _key, value in pick(index, JSON_FIELDS["body"]))


def record_fields(value: Mapping[str, object]) -> Keyed:
    """``value`` indexed by normalised key, with the fields of its parts (``_source``) filled in.

    The record's own keys win: an Elasticsearch hit's ``_id`` is its id, whatever ``_source`` holds; but not a key
    that holds only an id number, a WordPress post's ``"author": 2``, which the object its ``_embedded`` holds stands
    for.
    """
    if not any(isinstance(value.get(part), Mapping) for part in RECORD_PARTS):
        return keyed(value)
    parts = {key: inner for key, inner in value.items() if key in RECORD_PARTS and isinstance(inner, Mapping)}
    record = keyed({key: inner for key, inner in value.items() if key not in parts})
    for inner in parts.values():
        for name, found in keyed(inner).items():
            if name not in record or (_only_ids(record[name][1]) and _objects(found[1])):
                record[name] = found
    return record


def _objects(value: object) -> bool:
    """Whether ``value`` is an object or a list of them (of lists of them: WordPress's terms), as ids stand for."""
    if isinstance(value, list):
        return bool(value) and all(isinstance(item, Mapping) or _objects(item) for item in value)
    return isinstance(value, Mapping)


def _only_ids(value: object) -> bool:
    """Whether ``value`` is an id number, or a list of them, that stands for an object kept elsewhere."""
    numbers = value if isinstance(value, list) and value else [value]
    return all(isinstance(number, int) and not isinstance(number, bool) for number in numbers)


def kind_of(value: object) -> str:
    """``a string``, ``a number``... for messages."""
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number", list: "a list", type(None): "null"}
    return names.get(type(value), "an object")


def one_story(value: object) -> bool:
    """Whether ``value`` is one story of a CMS's own shape, made a record of the reader's keys (Arc XP's ANS story,
    an Apple News Format document): a file of it is that article, as a file of one article object is."""
    return is_apple_news(value) or (is_ans(value) and isinstance(value, Mapping) and value.get("type") == "story")
