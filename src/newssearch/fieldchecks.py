"""The refusals of names typed before a colon that no article has (``titel:blair``) and of command-line options typed
inside the query (``police --since 2020``): searched as words, either would find nothing and look like no news."""

from __future__ import annotations

import re
from collections.abc import Iterator

from whoosh.support.levenshtein import damerau_levenshtein

from .errors import InvalidQuery, Worded, as_typed
from .lucene import FIELD_TERM, field_named
from .querychecks import absolute_date, shorten
from .schema import QUERY_FIELD_NAMES, QUERY_FIELDS
from .startup import lazy_compile
from .timefilter import parse_bound


def check_fields(text: str) -> None:
    """Refuse a field name no article has (``titel:blair``, ``topic:politics``), outside quotes.

    Whoosh searches such a name as a word, which finds nothing: a typo would look like no news.
    A web address (``http://…``) and a time (``10:30``) are not fields.
    """
    for name, typed, value in _typed_fields(text):
        if name.lower() in QUERY_FIELD_NAMES or not name[0].isalpha() or value.startswith("/"):
            continue
        guess = _guess(name.lower(), value)
        if not guess:  # no field's name: fieldless_colons searches it as words
            continue
        raise InvalidQuery(f"no field {as_typed(name)} in {as_typed(shorten(typed))}",
                           hint=f"{guess}fields: {', '.join(QUERY_FIELDS)}; "
                                "a space after the colon searches the words")


def fieldless_colons(text: str) -> tuple[str, str | None]:
    """``text`` with each name before a colon, outside quotes, that is no field's name and is spelt like none (an
    option's and a search engine's date operator's are refused: ``check_fields``) searched as a word beside its
    value, and a note naming them: pasted text, ``Cyclone Gabrielle:state of emergency``, ``Re:ferry``, ``C:\\Users``.

    It had been refused (no field 'Gabrielle'), though the query parser never fails on user text.
    """
    spaced: list[tuple[str, str]] = []
    for _ in range(text.count(":")):  # Re:Fwd:ferry: each name in turn
        found = next(((name, typed) for name, typed, value in _typed_fields(text) if _no_field(name, value)), None)
        if found is None:
            break
        name, typed = found
        spaced.append(found)
        start = _outside_quotes_at(text, typed)
        if start < 0:
            break
        value, end = text[start + len(name) + 1:start + len(typed)].lstrip("-+!"), start + len(typed)  # Re:-ferry: no NOT
        signed = start > 0 and text[start - 1] in "-+!"  # -foo:bar is NOT (foo bar), as it was one clause
        text = f"{text[:start]}({name} {value}){text[end:]}" if signed else f"{text[:start]}{name} {value}{text[end:]}"
    if not spaced:
        return text, None
    names = " or ".join(dict.fromkeys(name for name, _ in spaced))
    quoted = [typed for at, (_, typed) in enumerate(spaced) if not any(typed in before for _, before in spaced[:at])]
    typed_all = " and ".join(as_typed(shorten(typed)) for typed in quoted)  # Re:Fwd:ferry once, not its Fwd:ferry too
    fields = ", ".join(f"{field}:" for field in QUERY_FIELDS)
    return text, (f"no field is named {names}, so {typed_all} {'were' if len(quoted) > 1 else 'was'} searched as "
                  f"words (a field is searched by its name before the colon: {fields})")


def _no_field(name: str, value: str) -> bool:
    """Whether ``name``, typed before a colon and ``value``, is searched as a word: no field's name, nor spelt like
    one, nor an option's or a date operator's (``_guess``); a time (10:30), an address (http://…) are read apart."""
    return (name.lower() not in QUERY_FIELD_NAMES and name[0].isalpha() and not value.startswith("/")
            and not _guess(name.lower(), value))


def _outside_quotes_at(text: str, typed: str) -> int:
    """Where ``typed`` (a name and its value, ``_typed_fields``) starts outside quotes in ``text``."""
    at = text.find(typed)
    while at > 0 and (text.count('"', 0, at) % 2 or (text[at - 1].isalnum() or text[at - 1] in "_:")):
        at = text.find(typed, at + 1)
    return at


# A field's name typed twice or two fields' (title:title:police, title:author:smith), as typed (the space and the sign
# between them too, which querying reads away): read as one field's value, it had been the phrase "title police" in
# titles, or the word "title" beside author:smith, finding nothing, saying nothing. Not in single quotes, a phrase
# ('title:author:smith' is "title author smith", as "title:author:smith" is)
_DOUBLED = lazy_compile(r"(?<![\w:'])(\w+):(\s*[-+!]*\s*)(\w+):\s*(\([^)]*\)?|\"[^\"]*\"?|[^\s)]+)")


def check_doubled_fields(typed: str) -> None:
    """Refuse two field names before one value, outside quotes, quoting them as typed (``typed``: the query as the
    user wrote it, normalized), with the field to type once.

    One field's name twice is refused whatever is typed between them (``source: -source:herald``); two fields' only
    with nothing but a space between them: after a sign the second is a field of its own (``source: -lang:de`` is
    refused as a field's name with nothing after it, lucene.py), so a name no article has is refused there as alone
    (``source: -titel:x``).
    """
    for match in _DOUBLED.finditer(typed) if typed.count(":") > 1 else ():
        first, between, second, value = match.group(1).lower(), match.group(2), match.group(3).lower(), match.group(4)
        if first not in QUERY_FIELD_NAMES or typed.count('"', 0, match.start()) % 2:
            continue
        sign = "".join(between.split())
        if second not in QUERY_FIELD_NAMES:  # source: -titel:x had been source:titel:x, its misspelt field unchecked
            if sign:
                check_fields(f"{match.group(3)}:{value}")
            if sign and _no_field(match.group(3), value):  # source: -foo:x, as words, had listed every article
                raise InvalidQuery(f"nothing to search for after {as_typed(match.group(1) + ':')}",
                                   hint=f"put the words right after the colon, or leave it out: "
                                        f"{sign}{match.group(3)}:{value} is a clause of its own")
            continue
        if field_named(first) == field_named(second):  # intitle:title:police too
            raise InvalidQuery(f"a field's name typed twice in {as_typed(shorten(match.group(0)))}",
                               hint=f"type it once: {sign}{second}:{value}")
        if not sign:
            raise InvalidQuery(f"two fields in a row in {as_typed(shorten(match.group(0)))}",
                               hint=f"a word takes one field: {first}:{value} or {second}:{value}")


def _guess(name: str, value: str) -> str:
    """What a field name no article has may mean, as a question, or nothing: an option's name typed as a field
    (since:2020 had been offered site:), a search engine's date operator, else a field's name spelled alike."""
    compared = _engine_date(name, value) if name in _ENGINE_DATES else ""
    if name in _OPTION_NAMES:
        return f"did you mean --{name} {value}, an option{', or ' + compared if compared else ''}? "
    if name in _ENGINE_DATES:
        return f"did you mean {compared}? " if compared else ""
    import difflib  # only for a query about to be refused: not on every search's path

    close = [field for field in difflib.get_close_matches(name, sorted(QUERY_FIELD_NAMES), n=3, cutoff=0.6)
             if _typo_of(name, field)]
    return f"did you mean {close[0]}:? " if close else ""


def _typo_of(name: str, field: str) -> bool:
    """Whether ``name`` is ``field`` mistyped: one letter added, dropped, changed or two swapped (titel, auther), or
    two changed or swapped in a name of six letters or more of the field's length; a pasted "Update:" or "Watch:" is
    no date: nor path:, but words."""
    edits = damerau_levenshtein(name, field)  # Whoosh's: adjacent swaps one edit, as spelling's
    return edits <= 1 or (edits == 2 and len(name) == len(field) >= 6)



# Date operators typed as a search engine's (Google's, Gmail's and X's after: and before:) or as the options' words
# (from:, to:, since:, until:): after:2020-01-01 had been offered date:, which finds that day alone, before:2021 and
# from:2020-01-01 nothing, since:2020 only its option. from: and since: include their day, as --since does.
_ENGINE_DATES = {"after": (">", "after"), "before": ("<", "before"), "from": (">=", "on or after"),
                 "since": (">=", "on or after"), "to": ("<=", "on or before"), "until": ("<=", "on or before")}


def _engine_date(name: str, value: str) -> str:
    """The date comparison a date operator typed as a field means (``date:>=2020``, published on or after it); nothing
    when its value is no date."""
    try:
        parse_bound(absolute_date(value))
    except InvalidQuery:
        return ""
    sign, when = _ENGINE_DATES[name]
    return f"date:{sign}{value}, published {when} it"


# The command line's options (query's and timeline's): typed inside the query's quotes, "police --since 2020" had
# searched police and 2020 (NOT since, a stop word, dropped), "police --limit 5" police and 5 but not limit, silently
_OPTION_NAMES = ("since", "until", "match", "limit", "page", "sort", "facets", "snippet-chars", "recent", "around",
                 "group-copies", "by", "color", "json", "jsonl", "csv", "index-dir")
# and a short one with its number ("opec -n 1", or after --: `query -- -opec -n 1`), NOT n and the word 1
_OPTION_WORD = re.compile(rf"(?<!\S)(?P<name>--(?:{'|'.join(_OPTION_NAMES)}))(?=[\s=]|$)"
                          r"|(?<!\S)(?P<short>-[np])(?=(?:\s+|=)?\d+(?!\S))")


def check_options(text: str) -> None:
    """Refuse a command-line option typed inside the query, outside quotes (``police --since 2020``), saying where it
    goes: after the query's closing quote."""
    pieces = text.split('"')
    for at in range(0, len(pieces), 2):
        found = _OPTION_WORD.search(pieces[at])
        if found is None:
            continue
        start = len('"'.join(pieces[:at])) + (1 if at else 0) + found.start()
        words, options = text[:start].strip(), text[start:].strip()
        import shlex  # here: only this refusal quotes a shell command

        where = f"{shlex.quote(words) if words else 'WORDS'} {options}"
        option = found.group("name") or found.group("short")
        raise InvalidQuery(f"{option} is an option, not words to search: {as_typed(shorten(text))}",
                           hint=Worded("pass it to search() or timeline() as a parameter",
                                       f"type it after the query, outside its quotes: {shorten(where, 80)}"))


_FIELD_BEFORE_QUOTE = re.compile(r"(?<!\w)(\w+):$")


def _typed_fields(text: str) -> Iterator[tuple[str, str, str]]:
    """Each field typed outside quotes: its name, the field with its value, and the value; a field whose value is a
    phrase too (``titel:"tony blair"``: the name ends the text before the quote)."""
    pieces = text.split('"')
    for at in range(0, len(pieces), 2):
        for match in FIELD_TERM.finditer(pieces[at]):
            yield match.group(1), match.group(0), match.group(2)
        before_phrase = _FIELD_BEFORE_QUOTE.search(pieces[at])
        if before_phrase and at + 1 < len(pieces):
            closed = '"' if at + 2 < len(pieces) else ""
            yield before_phrase.group(1), f'{before_phrase.group(0)}"{pieces[at + 1]}{closed}', '"'
