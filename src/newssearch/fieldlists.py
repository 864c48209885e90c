"""A list of values after a metadata field as any of them: ``lang:de,fr`` is ``lang:(de OR fr)``, ``source:rnz,stuff``
``(source:rnz OR source:stuff)``, ``source:(rnz,stuff)`` the same list, a quoted name one value of it
(``source:("NZ Herald", stuff)``). Read as the list of words it is elsewhere, it had been the first value and a word
("fr", "stuff"), finding nothing.

After a comma and a space a value may be a word of the query as well (``author:smith, police``): it is the list's only
when it is of the field's values, as a language is after ``lang:`` (``lang:de, fr``), a date after a date
(``year:2019, 2021``), and after ``source:``, ``site:``, ``author:``, ``url:`` or ``id:`` a value the index holds in that
field, or a pattern one of them matches (``source:rnz, stuff`` and ``source:rnz, stuf*`` where Stuff's articles are;
``author:smith, police`` is author:smith and the word police unless a byline holds "police"). The list ends before
the first value that is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .documents.languages import language_code
from .filterclauses import FILTER_FIELD_NAMES
from .lucene import outside_quotes
from .schema import DATE_FIELD_NAMES, FIELD_ALIASES, LANG
from .startup import lazy_compile
from .timefilter import named_date

# Whether the index holds a value typed after a field (the field's name as typed, in lower case; the value)
HeldValue = Callable[[str, str], bool]


def language_lists(text: str) -> str:
    """A list of languages after ``lang:`` as any of them, outside quotes: ``lang:de,fr`` is ``lang:(de OR fr)`` (read
    as the list of words it is elsewhere, it had been lang:de and the word "fr", finding nothing); it ends before
    the first item that is no language, left to ``listed_words`` (``lang:de,wahl`` is lang:de and wahl,
    ``lang:de, fr, wahl`` lang:(de OR fr) and wahl)."""
    if "," not in text and ";" not in text:
        return text

    def listed(match: re.Match[str]) -> str:
        parts = re.split(r"(\s*[,;][\s,;]*)", match.group(2))  # code, separator, code…
        languages = 1
        while languages < len(parts) and language_code(parts[languages + 1]):
            languages += 2
        if languages == 1 or not language_code(parts[0]):
            return match.group()
        codes = parts[:languages:2]
        return f"{match.group(1)}:({' OR '.join(codes)}){''.join(parts[languages:])}"

    return outside_quotes(text, lambda piece: _LANGUAGE_LIST.sub(listed, piece))


_LANGUAGE_LIST = lazy_compile(r"(?<![\w:])((?i:lang|language)):([^\W\d_][\w-]*(?:\s*[,;][\s,;]*[^\W\d_][\w-]*)+)")


# A list after a metadata field other than lang: (whose values are checked to be languages, above), unquoted: its
# values cannot hold a space, a bracket or a quote, and an address with a path was quoted by ``web_addresses``.
_LISTED_NAMES = "|".join(sorted(FILTER_FIELD_NAMES - {LANG, *FIELD_ALIASES.get(LANG, [])}, key=len, reverse=True))
# a value is a quoted name too (source:"NZ Herald",stuff): its comma and spaces are its own
_VALUE = r"(?:\"[^\"]*\"|[^\s()\"\[\]{},;]*)"
# A quoted phrase is matched whole, to be passed over, where it is no value of a list: so "source:rnz," before a
# quoted phrase of words is read as a list of the two, not a list ending in an empty item.
_FIELD_LIST = lazy_compile(rf"\"[^\"]*\"|(?<![\w:])((?i:{_LISTED_NAMES})):({_VALUE}(?:[,;]\s*{_VALUE})+)(?=[\s)]|$)")
_QUOTED = lazy_compile(r'"[^"]*"')
# A list's separator and the spaces after it, empty items and all ("rnz,,stuff", "rnz,"); a comma between digits is
# the value's own (1,000), but a date's are a list (2019,2021)
_ITEM_SEPARATOR = lazy_compile(r"((?:;|(?<!\d),|,(?!\d))\s*)")
_DATE_SEPARATOR = lazy_compile(r"([,;]\s*)")
_DATE_VALUE = lazy_compile(r"[<>]?=?\d{4}(?:[-/.]\d{1,2}){0,2}")  # 2021, 2021-03, 2021-03-05: a date, not a word
_TRAILING_BOOST = lazy_compile(r"\^[\d.]+$")


_BRACKETED_VALUE = r"(?:\"[^\"]*\"|[^\s()\"\[\]{}]*)"
_BRACKETED_LIST = lazy_compile(rf"\"[^\"]*\"|(?<![\w:])((?i:{'|'.join(sorted(FILTER_FIELD_NAMES, key=len, reverse=True))})):"
                               rf"\(\s*({_BRACKETED_VALUE}(?:\s*[,;]\s*{_BRACKETED_VALUE})+)\s*\)")


def bracketed_lists(text: str) -> str:
    """A list in brackets after a metadata field as the list: ``source:(rnz,stuff)`` and ``source:(rnz, stuff)`` are
    ``source:rnz,stuff``, any of them, and so ``lang:(de,fr)``; read as the group of words it is elsewhere, it had
    been both at once, nothing. In brackets, a value after a comma and a space can be no word of the query."""
    if "(" not in text:
        return text
    return _BRACKETED_LIST.sub(_unbracketed, text)  # a quoted phrase passed over whole


def _unbracketed(found: re.Match[str]) -> str:
    """A bracketed list (``source:(rnz, stuff)``) as the list typed without brackets or spaces (``source:rnz,stuff``);
    a quoted name keeps its own (``source:("NZ Herald", stuff)``: ``source:"NZ Herald",stuff``); a quoted phrase as
    typed."""
    if found.group(1) is None:
        return found.group()
    return f"{found.group(1)}:{outside_quotes(found.group(2), lambda piece: ''.join(piece.split()))}"


def field_lists(text: str, held: HeldValue | None = None) -> str:
    """A list after a metadata field as any of its values, outside quotes, as ``lang:de,fr`` is: ``source:rnz,stuff``
    is ``(source:rnz OR source:stuff)``, and so after ``author:``, ``site:``, ``url:``, ``id:`` and a date
    (``year:2019,2021``). Quoted, a comma is the value's own (``author:"Smith, Jane"``), and so is one between digits
    but in a date; a boost after the last value is the list's. After a comma and a space, a value is the list's only
    when it is a date after a date or a value ``held`` says the index holds in that field (see the module's doc)."""
    if "," not in text and ";" not in text:
        return text

    def listed(match: re.Match[str]) -> str:
        name, values = match.groups()
        if name is None:  # a quoted phrase, passed over
            return match.group()
        boost = _TRAILING_BOOST.search(values)
        values = values[: boost.start()] if boost else values
        date = name.lower() in DATE_FIELD_NAMES
        items, rest = _list_items(_split(values, _DATE_SEPARATOR if date else _ITEM_SEPARATOR),
                                  lambda item: bool(_DATE_VALUE.fullmatch(_iso_date(item))) if date
                                  else held is not None and held(name.lower(), item.strip('"')))
        boost_text = boost.group() if boost else ""
        if len(items) == 1 and not rest:
            return match.group()
        kept = [value for value in items if value]  # "source:rnz,,stuff" and "source:rnz," name no empty source
        if len(kept) < 2:  # "source:," is refused as "source:" is
            return f"{name}:{''.join(kept)}{rest}{boost_text if kept or rest else ''}"
        kept = [_iso_date(value) for value in kept] if date else kept  # one alone stays as typed, for check_dates
        listed_values = f"({' OR '.join(f'{name}:{value}' for value in kept)})"
        return f"{listed_values}{rest}{boost_text}"

    return _FIELD_LIST.sub(listed, text)


def _iso_date(item: str) -> str:
    """A quoted date with its month named as ISO writes it (``"June 2020"``: ``2020-06``), as after a date field alone
    (``querying.named_dates``, which leaves a list's to this); any other item as typed."""
    return (named_date(item[1:-1]) or item) if item[:1] == '"' else item


def _split(values: str, separator: re.Pattern[str]) -> list[str]:
    """``values`` split at ``separator`` (value, separator, value…), a quoted value whole: its comma is its own."""
    quoted = _QUOTED.findall(values)
    parts = separator.split(_QUOTED.sub("\0", values))
    names = iter(quoted)
    return [re.sub("\0", lambda _: next(names), part) for part in parts]


def _list_items(parts: list[str], joins: Callable[[str], bool]) -> tuple[list[str], str]:
    """The values of a list split with its separators (``parts``: value, separator, value…) and what follows the
    last: a value after a comma and a space ends the list, with the rest as typed, unless ``joins`` says it is one of
    the field's values."""
    items = [parts[0]]
    for at in range(1, len(parts), 2):
        separator, item = parts[at], parts[at + 1]
        if separator[-1:].isspace() and item and not joins(item):
            return items, "".join(parts[at:])
        items.append(item)
    return items, ""
