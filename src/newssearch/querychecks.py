"""The refusals of query syntax that would otherwise find nothing and look like no news: a date that is not one,
a boost or a ~ without a number (a field no article has: fieldchecks)."""

from __future__ import annotations

import re

from whoosh import query as wq

from .config import MAX_BOOST, TITLE_BOOST
from .errors import InvalidQuery, Worded, as_typed
from .lucene import FIELD_TERM
from .schema import DATE_FIELD_NAMES
from .startup import lazy_compile
from .timefilter import date_order_hint, parse_bound

_RANGE = lazy_compile(r"^[\[{]\s*(.*?)\s*\bto\b\s*(.*?)\s*[\]}]$", re.IGNORECASE | re.DOTALL)
_DATE_SYNTAX = ("use date:2020, date:2020-06, date:2020-06-19 (or date:20200619, date:\"1 June 2020\") or "
                "date:[2020-01 to 2020-06] (open: date:>2020-01, date:[2020-01 TO *]); ")
DATE_SYNTAX_HELP = Worded(_DATE_SYNTAX + "since='2w' for a span back from today",
                          _DATE_SYNTAX + "--since 2w for a span back from today")


def date_syntax_help(value: str, field: str = "date") -> Worded:
    """How to write a date, said of a date ``value`` (of ``field``) could not be read as: with the year first when it
    holds a day both orders read (``03/04/2020``: 2020-03-04 or 2020-04-03), in brackets when a range is written with two
    dots and a quoted end (``"1 March 1987"..``: ["1 March 1987" TO *]), with its year when a month is named without it, and without a
    ``*`` (``datehints``, imported for a date refused only)."""
    from .datehints import date_clause_hint

    order = next((hint for part in re.split(r"[\s\[\]{}<>=]+", value) if (hint := date_order_hint(part))), "")
    order = date_clause_hint(value, field) + order  # date:March, date:1987-03*: what was meant, as a clause
    # GitHub's and Kibana's range with a quoted end, "1 March 1987"..  (unquoted, dateranges reads it), and ISO 8601's
    # interval, 2020-01/2020-06: Lucene's is in brackets
    dotted = _DOTTED_RANGE.match(value) or _SLASHED_RANGE.match(value)
    if dotted:
        order = f"a range is written {field}:[{dotted.group(1) or '*'} TO {dotted.group(2) or '*'}]; " + order
    return DATE_SYNTAX_HELP.map(lambda text: order + text)


_DOTTED_RANGE = lazy_compile(r'^("[^"]*"|[^.\s]*)\.\.("[^"]*"|[^.\s]*)$')  # "1 March 1987".. too
_SLASHED_RANGE = lazy_compile(r"^(\d{4}(?:-\d{1,2}){0,2})/(\d{4}(?:-\d{1,2}){0,2})$")
_GLUED = lazy_compile(r'(?:"[^"]*"|[^\s()"])*')


_TILDE_NUMBER = lazy_compile(r"~[\d.]+")


def check_dates(text: str) -> None:
    """Refuse a ``date:`` value that is not a date, or a range that ends before it starts.

    Whoosh reads such a value as a query that matches nothing, so a typo would look like "no news". Inside quotes
    it is words of a phrase (``"published:2021"``), not a date: its closing quote had been read as part of the date
    (an unbalanced quote is dropped later, so then every date is checked).
    """
    balanced = text.count('"') % 2 == 0
    for match in FIELD_TERM.finditer(text):
        if match.group(1).lower() not in DATE_FIELD_NAMES or (balanced and text.count('"', 0, match.start()) % 2):
            continue
        value = _mixed_range(text, match) or _quoted_whole(text, match)
        tilde = _TILDE_NUMBER.match(text, match.end()) if value.startswith(("[", "{")) else None
        typed = f"{match.group(1)}:{value}" + (tilde.group() if tilde else "")
        _check_date_brackets(text[match.start():], value)
        bounds = _RANGE.match(value)
        try:
            if tilde:  # a range's ~2, as date:2020~2: Whoosh had read it as a word 2, required
                raise InvalidQuery("a date takes no ~")
            if bounds is None:  # one date; a bracket without "to" fails here too
                parse_bound(absolute_date(value))
                first = last = None
            else:
                start, end = (absolute_date(b) if b else None for b in bounds.groups())
                first = parse_bound(start) if start else None
                last = parse_bound(end, end=True) if end else None
        except InvalidQuery:
            from .datehints import named_date_after

            spelled = named_date_after(text, match.end(), value) if bounds is None else None
            quoted = f'a month and its year are one date, quoted: write {match.group(1)}:"{spelled}"; '
            hint = DATE_SYNTAX_HELP.map(quoted.__add__) if spelled else date_syntax_help(value, match.group(1))
            raise InvalidQuery(f"cannot read the date in {as_typed(shorten(typed))}", hint=hint) from None
        if bounds is None:
            _check_unbracketed_range(text, match, value)
        if first and last and first > last:
            raise InvalidQuery(f"{as_typed(shorten(typed))} ends before it starts", hint="swap the two dates")


_SECOND_DATE = lazy_compile(r"\s+to\s+([^\s()\"\[\]{}]+)", re.IGNORECASE)


def _check_unbracketed_range(text: str, match: re.Match[str], value: str) -> None:
    """Refuse a range typed without its brackets, ``date:2020-01 TO 2020-06``: read as a date, a word "to" and a
    phrase of the second date's numbers, it had found nothing."""
    second = _SECOND_DATE.match(text, match.end())
    if second is None:
        return
    try:
        parse_bound(absolute_date(second.group(1)))
    except InvalidQuery:
        return  # "date:2020 to" and a word: no second date
    typed = text[match.start():second.end()]
    raise InvalidQuery(f"a date range needs its brackets: {as_typed(shorten(typed))}",
                       hint=f"write {match.group(1)}:[{value} TO {second.group(1)}]")


# A range in brackets, either kind at either end: Lucene's date:[2021 TO 2020} (FIELD_TERM pairs a bracket's kinds)
_MIXED_RANGE = lazy_compile(r"[\[{][^\[\]{}]*[\]}]")


def _mixed_range(text: str, match: re.Match[str]) -> str | None:
    """A field term's range opened by one kind of bracket and closed by the other, whole (``[2021 TO 2020}``); None
    for any other value. Left as typed when its ends are reversed or no date (``dateranges``), it had been cut at its
    first space and refused as that word: "cannot read the date in 'date:[2021'"."""
    value = match.group(2)
    if value[:1] not in "[{" or value[-1:] in "]}":
        return None
    found = _MIXED_RANGE.match(text, match.start(2))
    return found.group() if found else None


def _quoted_whole(text: str, match: re.Match[str]) -> str:
    """A field term's value, and when it is quoted the text after it unspaced: ``"1 March 1987"..`` is one value,
    quoted whole as typed (its ``..`` had been a word of its own, the date before it quoted rewritten), and so are
    ``.."June 1995"`` and ``<="1 march"`` (they had been cut at the space, ``.."June``)."""
    value, end = match.group(2), match.end()
    if (".." in value or value[:1] in "<>") and value.count('"') % 2 and (close := text.find('"', end)) >= 0:
        value, end = value + text[end:close + 1], close + 1
    glued = _GLUED.match(text, end) if '"' in value else None
    return value + glued.group() if glued else value


def _check_date_brackets(rest: str, value: str) -> None:
    """Refuse a date range never closed (``date:[2020-05 TO 2020-06``) or a group (``date:(2020 OR 2021)``), quoting
    the whole of it: its first word alone ("cannot read the date in 'date:[2020-05'") said nothing of the bracket."""
    if value.startswith(("[", "{")) and not re.search(r"[\]}]", rest):
        typed = rest.rstrip()
        ended = typed + (" *" if re.search(r"\bto$", typed, re.IGNORECASE) else "")
        raise InvalidQuery(f"the date range {as_typed(shorten(rest))} is not closed",
                           hint=f"end it with ], or with }} to leave that end out: {shorten(ended)}]")
    if value.startswith("("):
        group = rest[: rest.find(")") + 1] if ")" in rest else rest
        raise InvalidQuery(f"a date takes no brackets: {as_typed(shorten(group))}",
                           hint="write date:2020 OR date:2021, or a range: date:[2020 TO 2021]")


_BOOST_VALUE = lazy_compile(r"\d+\.?\d*|\.\d+")
_CARET = lazy_compile(r"\^")
_AFTER_CARET = lazy_compile(r"[^\s()\"]*")
_NUMBER_START = frozenset("0123456789.+-")
BOOST_HELP = (f"a boost is a number up to {MAX_BOOST} after a word or phrase: title:police^3, \"armed offenders\"^2"
              f" (boosts in brackets multiply: at most {MAX_BOOST} in all)")


def check_boosts(text: str) -> None:
    """Refuse a boost (``word^2``) that is not a number from 0 to ``MAX_BOOST``, outside quotes.

    A caret is a boost after a phrase or a bracket (``"tony blair"^x``), and after a word when a number
    starts after it (``blair^-1``, ``blair^2x``, ``blair^1.5^2``): read by Whoosh as words, a typo would look
    like no news. Any other caret is punctuation, as a hyphen is: at the start of a word (``^blair$``), with
    letters after it (``x^y``, the phrase "x y") or nothing (``blair^``).
    """
    pieces = text.split('"')
    for i in range(0, len(pieces), 2):  # even pieces are outside quotes; an odd one before a piece closes a quote
        piece = pieces[i]
        for caret in _CARET.finditer(piece) if "^" in piece else ():
            at = caret.start()
            value = _AFTER_CARET.match(piece, at + 1).group()  # type: ignore[union-attr]
            before = piece[at - 1] if at else ('"' if i else "")
            boost = before in ('"', ")") or (_is_word_char(before) and value[:1] in _NUMBER_START)
            if not boost and before in _NO_WORD and _BOOST_VALUE.fullmatch(value):
                _refuse_wordless_boost(piece, at, value)
            if boost and value and not (_BOOST_VALUE.fullmatch(value) and float(value) <= MAX_BOOST):
                start = _group_start(piece, at) if before == ")" else \
                    max(piece.rfind(" ", 0, at), piece.rfind("(", 0, at)) + 1
                phrase = f'"{pieces[i - 1]}"' if at == 0 and i else ""
                raise InvalidQuery(f"cannot read the boost in {as_typed(shorten(phrase + piece[start:at + 1] + value))}",
                                   hint=BOOST_HELP)


# A boost with nothing to boost before it (title:^2, police ^2): the caret had been punctuation and the number a word,
# finding nothing, saying nothing
_NO_WORD = frozenset(("", " ", "(", ":"))


def _refuse_wordless_boost(piece: str, at: int, value: str) -> None:
    """Refuse the boost at ``at`` in ``piece``, after a field's colon, a space or a bracket: it boosts no word."""
    start = max(piece.rfind(" ", 0, at), piece.rfind("(", 0, at)) + 1
    raise InvalidQuery(f"a boost with no word before it: {as_typed(shorten(piece[start:at + 1] + value))}",
                       hint=BOOST_HELP)


def check_boost_product(query: wq.Query, text: str) -> None:
    """Refuse boosts that multiply, group by group, past ``MAX_BOOST`` (``((police^1000000)^1000000)…``): a score
    past what a float holds is inf or NaN, which ranks nothing and is no JSON. The title's own weight is allowed on
    top (``police^1000000`` is the title's term at twice that)."""
    if _largest_boost(query) > MAX_BOOST * TITLE_BOOST:
        raise InvalidQuery(f"cannot read the boost in {as_typed(shorten(text))}: its boosts multiply past {MAX_BOOST}",
                           hint=BOOST_HELP)


def _largest_boost(query: wq.Query) -> float:
    """The largest product of the boosts from ``query`` down to one of its leaves."""
    below = [_largest_boost(child) for child in query.children()] if not query.is_leaf() else []
    return getattr(query, "boost", 1.0) * max(below, default=1.0)


def _group_start(piece: str, end: int) -> int:
    """Where the group in brackets closing just before ``end`` opens (``(a b)^2x`` is quoted whole); 0 when no
    bracket opens it."""
    depth = 0
    for at in range(end - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(piece[at], 0)
        if depth == 0:
            return at
    return 0


def _is_word_char(char: str) -> bool:
    """Whether ``char`` (one character, or none) is a letter, a digit or an underscore."""
    return char.isalnum() or char == "_"


FUZZY_HELP = ("a ~ takes a number: the letters that may differ after a word (offcer~, offcer~1, blair~2; or a "
              "similarity below 1, as Lucene 3 wrote it: blair~0.8), the words that may come between after a phrase "
              "(\"tony blair\"~3)")


# A "~" after a word or a phrase, followed by anything but a whole number: ~abc, ~2abc, ~1.5, ~1e3, ~-1
_FUZZY_LETTERS = lazy_compile(r"(?:^|(?<=\S))~(?!\d+(?:[\s()]|$)|[\s()]|$)[^\s()]+")


_GROUP_TILDE = lazy_compile(r"\)~\d")


def check_fuzzy(text: str) -> None:
    """Refuse anything but a whole number after the ``~`` of a fuzzy word or proximity (``blair~abc``,
    ``"tony blair"~1.5``), outside quotes.

    Read as ``blair~`` and the word ``abc`` (or the phrase and the word ``5``), a typo would look like no news. A
    negative number (``blair~-1``) is refused too, as Lucene refuses it: it had been read as ``blair~``, saying
    nothing, while a number too large (``blair~9``) is the most there is (lucene.MAX_EDITS), said in a note
    (lucene.capped_edits_note).
    """
    for unquoted in text.split('"')[::2]:
        match = _FUZZY_LETTERS.search(unquoted) if "~" in unquoted else None
        if match:
            raise InvalidQuery(f"cannot read the number after ~{match.group()[1:]} in {as_typed(shorten(text))}",
                               hint=FUZZY_HELP)
        if "~" in unquoted and _GROUP_TILDE.search(unquoted):  # Whoosh had read (a OR b)~2 as (a OR b) and a word 2
            raise InvalidQuery(f"a group in brackets takes no ~: {as_typed(shorten(text))}",
                               hint='a ~ goes after a word (offcer~1) or a phrase ("police gunmen"~2); '
                                    "brackets take a boost: (police OR gunmen)^2")


_CALENDAR_DATE = lazy_compile(r"\d{4}(?:-\d{1,2}){0,2}")


def absolute_date(value: str) -> str:
    """``value`` when it has the shape of a calendar date (YYYY, YYYY-MM, YYYY-MM-DD), else InvalidQuery.

    A span back from today (``2w``) is --since's: Whoosh read ``date:2w`` as a query matching nothing."""
    value = value.strip()
    if not _CALENDAR_DATE.fullmatch(value):
        raise InvalidQuery(f"not a date: {as_typed(value)}")
    return value


def shorten(text: str, limit: int = 60) -> str:
    """User text cut to ``limit`` characters for an error line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"

