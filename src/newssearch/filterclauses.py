"""A clause on an article's metadata (its date, language, source, author, address or id) is a filter: under
``--match any`` it is required, not one optional word.

Read as one more part of an OR, ``year:[1986 TO 1988] oil --match any`` found every article of those years and every
article about oil, dated or not: all of Reuters; ``police source:rnz`` every article about police, whoever published it.
A filter clause is given the ``+`` that makes a part required among optional ones (Lucene's syntax, which ``--match
any`` reads), as Elasticsearch's filter clauses are, and so is a group in brackets of filter clauses alone
(``(source:rnz OR source:stuff)``); in brackets with words a clause is required within them (``(police source:rnz)^3``
finds what ``police source:rnz`` does, boosted); one the user joined to another part with an OR or AND, or negated, is
read as typed. ``title:`` and ``body:`` name words to rank by, not a filter.
"""

from __future__ import annotations

import re

from .schema import AUTHOR, DATE_FIELD_NAMES, FIELD_ALIASES, ID, LANG, SECTION, SOURCE, URL
from .startup import lazy_compile

FILTER_FIELD_NAMES = DATE_FIELD_NAMES | {name for field in (AUTHOR, SOURCE, URL, ID, LANG, SECTION)
                                         for name in (field, *FIELD_ALIASES.get(field, []))}
_FILTER_NAMES = "|".join(sorted(FILTER_FIELD_NAMES, key=len, reverse=True))
_FILTER_START = lazy_compile(rf"(?<![^\s(])(?:(?:{_FILTER_NAMES}):(?=\S)|\()")  # a clause or a group, starting a word
_FILTER_CLAUSE = lazy_compile(rf"(?<![^\s(])(?:{_FILTER_NAMES}):(?=\S)")
_OPERATOR_BEFORE = lazy_compile(r"(?:^|\s)(?:AND|OR|NOT)\s*$")
_OPERATOR_AFTER = lazy_compile(r"\s*(?:AND|OR)(?=[\s(\"]|$)")
_JOINS = lazy_compile(r"(?:\s|\b(?:AND|OR)\b)*")
_VALUE_ENDS = {"[": "]}", "{": "]}", '"': '"'}  # a range may close with either bracket, as in Lucene
_WORD_END = lazy_compile(r"[\s)]")


def required_filters(text: str) -> str:
    """``text`` with a ``+`` before each filter clause (or group of them alone) outside quotes that no operator joins;
    in brackets with words it is required within them, so ``(police source:rnz)^3`` finds what ``police source:rnz``
    does."""
    pieces, last = [], 0
    for match in _FILTER_START.finditer(text):
        start = match.start()
        if start < last or not _outside_quotes(text[:start]) or _OPERATOR_BEFORE.search(text[last:start] or " "):
            continue
        end = _value_end(text, match.end() if match.group() != "(" else start)
        if match.group() == "(" and not _only_filters(text[start + 1 : end - 1]) or _OPERATOR_AFTER.match(text, end):
            continue
        pieces += [text[last:start], "+", text[start:end]]
        last = end
    return "".join(pieces) + text[last:] if pieces else text


def _outside_quotes(before: str) -> bool:
    """Whether what follows ``before`` is outside quotes (a phrase's ``date:1987`` is words)."""
    return before.count('"') % 2 == 0


def _value_end(text: str, at: int) -> int:
    """Where the field value starting at ``at`` ends: a range's closing bracket, a quote's, a bracket group's, or a space."""
    closing = _VALUE_ENDS.get(text[at])
    if closing:
        ends = [found for char in closing if (found := text.find(char, at + 1)) >= 0]
        return min(ends) + 1 if ends else len(text)
    if text[at] == "(":
        depth = 0
        for place in range(at, len(text)):
            depth += {"(": 1, ")": -1}.get(text[place], 0)
            if depth == 0:
                return place + 1
        return len(text)
    word_end = _WORD_END.search(text, at)
    return word_end.start() if word_end else len(text)


def _only_filters(inside: str) -> bool:
    """Whether the inside of a bracket group is filter clauses alone, joined by OR or AND (at least one)."""
    at, clauses = 0, 0
    while True:
        at = _JOINS.match(inside, at).end()  # type: ignore[union-attr]
        clause = _FILTER_CLAUSE.match(inside, at)
        if clause is None:
            return clauses > 0 and at == len(inside)
        at, clauses = _value_end(inside, clause.end()), clauses + 1


_ID_NAMES = "|".join(sorted({ID, *FIELD_ALIASES.get(ID, [])}, key=len, reverse=True))
# An id's pattern in quotes: an id is one term, so its words are not a phrase's, and a * or ? in it is a pattern's.
_QUOTED_ID_PATTERN = re.compile(rf'(?<![^\s(+-])((?:{_ID_NAMES}):)"([^"]*[*?][^"]*)"', re.IGNORECASE)


def quoted_id_patterns(text: str) -> str:
    """``text`` with an id's pattern in quotes written as the parser reads a pattern, each space a ``?``:
    ``id:"Clippings 2005/*"`` (a folder named with a space) is ``id:Clippings?2005/*``; quoted, it had been refused as
    a phrase ending in a lone ``*``."""
    return _QUOTED_ID_PATTERN.sub(lambda found: found.group(1) + re.sub(r"\s", "?", found.group(2)), text)



# An id holding a page's address (a web archive's record: crawl.warc.gz#https://x.example/~ed/a_(b)), unquoted; its ~,
# ^ and brackets are the address's, not a fuzzy word's, a boost's or a group's
_ID_ADDRESS = lazy_compile(rf'"[^"]*"|(?<![^\s(+-])((?:{_ID_NAMES}):)([^\s"]*://[^\s"]*)', re.IGNORECASE)
_ADDRESS_SYNTAX = lazy_compile(r"[~^()\[\]]")  # a pattern's [ ] are a set of letters: "[1]" had not matched "[1]"
_BOOST = lazy_compile(r"\^[\d.]+$")


def id_addresses(text: str) -> str:
    """``text`` with the ``~``, ``^`` and brackets (round or square) of an address in an id each a ``?`` of a pattern
    that finds the id: ``id:c.warc#https://x.example/~ed/a`` had been refused ("cannot read the number after ~ed/a"), and
    ``…/Foo_(bar)`` cut at the bracket. A bracket that closes a group and a boost after the id stay syntax. A comma in
    the address is its own (a ``?`` too), unless another record's id follows it (see ``_address_commas``)."""
    return _ID_ADDRESS.sub(_id_address, text) if "://" in text else text


def _id_address(found: re.Match[str]) -> str:
    """One id holding an address (``id_addresses``), or a quoted phrase passed over as typed."""
    if found.group(1) is None:
        return found.group()
    value, after = found.group(2), ""
    while True:  # a boost, and a bracket closing the group ((police id:c#https://x/a)^2), are syntax after the id
        boost = _BOOST.search(value)
        if boost:
            cut = boost.start()
        elif value.endswith(")") and value.count(")") > value.count("("):
            cut = len(value) - 1
        else:
            return found.group(1) + _address_commas(_ADDRESS_SYNTAX.sub("?", value)) + after
        value, after = value[:cut], value[cut:] + after


# What opens another record's id after a comma in a list of ids: its file's "#" or an address's scheme
_ANOTHER_ID = lazy_compile(r"#|://")


def _address_commas(value: str) -> str:
    """``value`` (an id's, holding an address) with each comma inside the address a ``?``: ``…/a,b.html`` is one id,
    which ``fieldlists.field_lists`` had split into a list ("…/a" or "b.html"); a comma before another record's id
    (``c.warc#https://x/a,c.warc#https://x/b``) is a list's."""
    pieces = value.split(",")
    joined = pieces[0]
    for piece in pieces[1:]:
        inside = "://" in joined.rsplit(",", 1)[-1] and not _ANOTHER_ID.search(piece)
        joined += ("?" if inside else ",") + piece
    return joined
