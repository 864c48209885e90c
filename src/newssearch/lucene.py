"""Forms other search engines accept, rewritten into the syntax newssearch parses.

People bring habits from Lucene, Elasticsearch and web search: ``&&``, ``||`` and ``!word``; a fuzzy
similarity such as ``brown~0.8``; a boost after a fuzzy word or a proximity (``oil~2^3``, ``"oil prices"~5^2``);
dates without leading zeros (``date:1987-3-5``); a question mark at the end of a question of three or more words.
Each is read as meant rather than as something else (``~0.8`` had become
``~0`` AND the word "8"; ``bankrupt?`` a pattern that found nothing).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import InvalidQuery, as_typed, in_a_list
from .schema import (
    AUTHOR,
    BODY,
    DATE,
    DATE_FIELD_NAMES,
    FIELD_ALIASES,
    ID,
    LANG,
    MONTH,
    SECTION,
    SOURCE,
    TITLE,
    URL,
    YEAR,
)
from .startup import lazy_compile

# What a field name with nothing after it should be given, for its message: date: asks for a date.
_EXAMPLE_VALUES = {DATE: "2020-06", YEAR: "2020", MONTH: "2020-06", AUTHOR: "smith", SOURCE: "reuters", URL: "nytimes.com", LANG: "de",
                   SECTION: "sport", ID: "politics/223.txt"}
_WHAT_FOLLOWS = {DATE: "date", YEAR: "year", MONTH: "month", LANG: "language code", ID: "article's id"}


def field_named(name: str) -> str:
    """The schema's name for a field name as typed (``published`` is ``date``)."""
    name = name.lower()
    if name in _EXAMPLE_VALUES:  # year: and month:, other names of date:, have examples of their own
        return name
    return next((field for field, aliases in FIELD_ALIASES.items() if name in aliases), name)


MAX_EDITS = 2  # what a fuzzy word may differ by (Lucene's limit too)
QUESTION_WORDS = 3  # a query of this many words ending in "?" is a question ("f-1?" is a pattern)

_FIELDS = {TITLE, BODY, SOURCE, DATE, URL, LANG, *FIELD_ALIASES, *(a for names in FIELD_ALIASES.values() for a in names)}
_FIELD_NAME = "|".join(sorted(_FIELDS, key=len, reverse=True))
_SPACED_FIELD = lazy_compile(rf"(?<![\w:])({_FIELD_NAME}):\s+(?=[^\s)])")
_SPACED_GROUP = lazy_compile(rf"(?<![\w:])({_FIELD_NAME}):\(\s+(?=[^\s)])")  # title:( gunmen, its bracket unclosed
_BARE_FIELD = lazy_compile(rf"(?<![\w:])({_FIELD_NAME}):(?=\s*(?:\)|\(\s*$|$))")  # title:( at the end too
# A field's name, a space, then a signed field (source: -lang:de) or one after NOT (source: NOT lang:de): the sign
# had gone to the word "source", lang:de required (nothing found, saying nothing); the NOT had left out lang:de, the
# word "source" required; the name has nothing to search for, the signed field is a clause of its own
_BEFORE_SIGNED_FIELD = lazy_compile(rf"(?<![\w:])({_FIELD_NAME}):\s+((?:[-+!]+|NOT\s+)(?:{_FIELD_NAME}):[^\s)]*)")
_EMPTY_QUOTES = lazy_compile(rf'(?<![\w:])({_FIELD_NAME}):"\s*(?:"|$)')  # title:"" and a lone title:" at the end
# A field and its value: a range, a quoted phrase or a word (querying reads dates and words with it too).
FIELD_TERM = re.compile(r"(?<!\w)(\w+):(\[[^\]]*\]|\{[^}]*\}|\"[^\"]*\"|[^\s)]+)")  # "(date:1987-03)": not the ")"
_ALL_FIELD_NAMES = frozenset({LANG, ID, *_FIELDS})
# A sign after a field's colon, before a word, a phrase or a group (title:-blair); not before a number (title:-5C)
_SIGN_AFTER_FIELD = lazy_compile(r"(?<![^\s(])([-+!]*)(\w+):([-+!]+)(?=[^\W\d_]|[\"(\[{])")
_QUOTED_DATE = lazy_compile(r"(?<!\w)(\w+):([\"'])\s*(\d{4}(?:-\d{1,2}){0,2})\s*\2(?![\w\"'])")
_SHORT_DATE = lazy_compile(r"(?<![\w-])(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\w*?-])")
_AND_OR = re.compile(r"(?<!\S)(&&|\|\|)(?!\S)")
# !*ool too; a run of signs with a bang (!!blair, -!blair) is one NOT, as NOT NOT is
_BANG = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())[!-]*![!-]*(?=[\w\"(*?])")
_FUZZY_MANY = lazy_compile(r"(?<!\w)(\w+)~(\d{2,})(?![\w.~])")  # Whoosh reads one digit: brown~100 was brown~1 AND "00"
_FUZZY_SIMILARITY = lazy_compile(r"(?<!\w)(\w+)~(\d*\.\d+)(?![\w.~])")  # anchored: linear on a long word
# A word of one or two letters with a bare ~ (no number): as Elasticsearch's AUTO fuzziness, no edit, word~0; its
# one edit had been half the word, so mx~ found "Ma'a" and every two-letter word with an m or an x (mx~1 still does).
# Not the plain word: that left out a stop word typed so (an~, up~), which an~0, an~1 and the~ search as typed.
# Letters only: an amount's ("$3m~", its sign in no term) stays as a pattern's is (glued amounts)
_FUZZY_SHORT = lazy_compile(r"(?<![\w'’])([^\W\d_]{1,2})~(?=[\s)]|$)")
_TRAILING_QUESTION = lazy_compile(r"(?<=[\w'’\"”)\]])\?+\s*$")  # also after a closing quote: 'trusted PC security'?
# Sentence punctuation, not a one-letter pattern: a run of marks ending a word ("deal?!", "knows?!?", "really??"),
# and a ? or ! ending a word inside quotes ("What is this?", pasted from an article)
_PUNCTUATION_RUN = lazy_compile(r"(?<=[\w'’\"”)\]])[?!][?!.…]+(?=[\s\"')\]]|$)")
_QUOTED_MARK = lazy_compile(r"(?<=\w)[?!]+(?=\s|$)")
# A Spanish question's closing ? ending a word after its opening ¿ ("¿Wellington?", "¿Quién sabe?"), however short
_INVERTED_QUESTION = lazy_compile(r"(¿[^¿?]*[\w'’\"”)\]])\?+(?=[\s\"')\]]|$)")
_QUOTE_IN_WORD = lazy_compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')
# A fuzzy word or a proximity with a boost, in either order (Lucene reads oil~2^3 and "oil prices"~5^2)
_NUMBER = r"\d+\.?\d*|\.\d+"
# A sentence's full stop after a boost's or a fuzzy word's number (blair^5., offcer~1.): punctuation, not a decimal
_NUMBER_FULL_STOP = re.compile(r"(?<=[~^])(\d*\.?\d+)\.(?=[\s)]|$)")
_TILDE_AND_CARET = lazy_compile(rf'(?<![^\s(])(?P<sign>[-+!]*)(?P<clause>(?:\w+:)?(?:"[^"]*"|\[[^\]]*\]|{{[^}}]*}}'
                                rf'|[^-+!\s()"~^*?\[\]{{}}][^\s()"~^*?\[\]{{}}]*))'
                                rf"(?:~(?P<slop>(?:{_NUMBER})?)\^(?P<boost>{_NUMBER})|\^(?P<boost_first>{_NUMBER})~"
                                rf"(?P<slop_after>(?:{_NUMBER})?))(?=[\s)]|$)")


def lucene_forms(text: str) -> str:
    """``text`` with the forms above rewritten: dates padded, operators spelled, a full stop after a boost or a ~
    left out, similarity as edits."""
    text = _field_values(text)
    text = sentence_marks(text)
    text = _pad_dates(_unquoted_dates(text))
    text = _signs_before_fields(text)
    text = outside_quotes(text, _operators)
    text = outside_quotes(text, lambda piece: _NUMBER_FULL_STOP.sub(r"\1", piece))
    text = _boosts_after_tildes(text)
    text = outside_quotes(text, _fuzzy_edits)
    if len(text.split()) >= QUESTION_WORDS and _TRAILING_QUESTION.search(text):
        return _TRAILING_QUESTION.sub("", text)  # a question's mark, not a pattern
    return text


def sentence_marks(text: str) -> str:
    """``text`` without the ? and ! that end a sentence: a run of them after a word (``trade deal?!``), one ending
    a word inside quotes (``"What is this?"``), and one closing a Spanish ``¿`` (``¿Wellington?``). Read as a
    pattern, ``deal?!`` was "deal" and one letter, which no article writes; a lone ? ending a short query (``Yukos?``)
    and one inside a word (``wom?n``) stay patterns."""
    if "?" not in text and "!" not in text:
        return text
    text = _INVERTED_QUESTION.sub(r"\1", text) if "¿" in text else text
    pieces = _PUNCTUATION_RUN.sub("", text).split('"')
    pieces[1::2] = [_QUOTED_MARK.sub("", piece) for piece in pieces[1::2]]
    return '"'.join(pieces)


def apostrophes_for_stray_quotes(text: str) -> str:
    """A lone quote between letters read as the apostrophe it stands for: ``Blair"s`` is ``Blair's``."""
    return _QUOTE_IN_WORD.sub("'", text) if text.count('"') % 2 else text


def _field_values(text: str) -> str:
    """``title: police`` as ``title:police``; a field name with nothing after it is refused (outside quotes).

    Read as typed, both became the word "title" (or "author"), found in articles that have nothing to do
    with the search; so did empty quotes after it (``title:""``), a lone quote or bracket at the end (``title:"``,
    ``title:(``), and a space after a bracket left open (``title:( gunmen``: the words title and gunmen). So is a
    field name before a signed field (``source: -lang:de``: NOT the word "source", and lang:de required) or one
    after NOT (``source: NOT lang:de``: the word "source", and NOT lang:de).
    """
    if ":" not in text:
        return text

    def outside(match: re.Match[str]) -> bool:
        return text.count('"', 0, match.start()) % 2 == 0

    for bare in (*_BARE_FIELD.finditer(text), *_EMPTY_QUOTES.finditer(text), *_BEFORE_SIGNED_FIELD.finditer(text)):
        if outside(bare):
            name = bare.group(1)
            field = field_named(name)
            signed = bare.re.pattern == _BEFORE_SIGNED_FIELD.pattern  # compiled by then (lazy_compile: no `is`)
            rest = f", or leave it out: {bare.group(2)} is a clause of its own" if signed else ""
            raise InvalidQuery(f"nothing to search for after {as_typed(name + ':' if signed else bare.group(0))}",
                               hint=f"put the {_WHAT_FOLLOWS.get(field, 'words')} right after the colon: "
                                    f"{name}:{_EXAMPLE_VALUES.get(field, 'police')}{rest}")
    text = _SPACED_GROUP.sub(lambda m: f"{m.group(1)}:(" if outside(m) else m.group(0), text)
    return _SPACED_FIELD.sub(lambda m: f"{m.group(1)}:" if outside(m) else m.group(0), text)


def _unquoted_dates(text: str) -> str:
    """``date:"2020-06"`` (or ``'2020-06'``) as ``date:2020-06``: a quoted value, as Kibana and Elasticsearch users
    type it, had been refused ("cannot read the date"); quotes holding anything but one date stay as typed."""
    def unquoted(match: re.Match[str]) -> str:
        return f"{match.group(1)}:{match.group(3)}" if match.group(1).lower() in DATE_FIELD_NAMES else match.group(0)

    return _QUOTED_DATE.sub(unquoted, text) if ":" in text else text


def _pad_dates(text: str) -> str:
    """``date:1987-3-5`` as ``date:1987-03-05``, as --since reads it (Whoosh read it as the whole year)."""
    def pad(match: re.Match[str]) -> str:
        if match.group(1).lower() not in DATE_FIELD_NAMES:
            return match.group(0)
        return f"{match.group(1)}:" + _SHORT_DATE.sub(_padded, match.group(2))

    return FIELD_TERM.sub(pad, text) if ":" in text else text


def _padded(match: re.Match[str]) -> str:
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")


def _signs_before_fields(text: str) -> str:
    """``title:-blair`` as ``-title:blair`` (``title:!blair`` too, and ``title:+blair`` as ``+title:blair``): the sign
    typed after the field's colon, where Whoosh dropped it and so found every title with blair, the opposite of what
    was asked (``title:-"tony blair"`` had even lost its field). Signs on both sides are one, a NOT if either is."""
    def moved(match: re.Match[str]) -> str:
        before, name, after = match.groups()
        if name.lower() not in _ALL_FIELD_NAMES or text.count('"', 0, match.start()) % 2:
            return match.group(0)
        sign = "-" if any(s in before + after for s in "-!") else "+"
        return f"{sign}{name}:"

    return _SIGN_AFTER_FIELD.sub(moved, text) if ":" in text else text


def _operators(piece: str) -> str:
    """``&&`` as AND, ``||`` as OR, ``!word`` (and ``!!word``) as ``-word`` (Lucene's and Elasticsearch's spellings)."""
    piece = _AND_OR.sub(lambda m: "AND" if m.group(1) == "&&" else "OR", piece)
    return _BANG.sub("-", piece)


def _boosts_after_tildes(text: str) -> str:
    """``oil~2^3`` and ``oil^3~2`` as ``(oil~2)^3``, ``"oil prices"~5^2`` as ``("oil prices"~5)^2`` (and
    ``[Tony Blair]~2^3`` as ``([Tony Blair]~2)^3``): a ``~`` and a boost in either order, as Lucene reads the first
    (Whoosh reads neither: the boost became the word 3)."""
    def grouped(match: re.Match[str]) -> str:
        if text.count('"', 0, match.start()) % 2:  # inside quotes: words
            return match.group()
        slop = match.group("slop") if match.group("boost") else match.group("slop_after")
        boost = match.group("boost") or match.group("boost_first")
        return f"{match.group('sign')}({match.group('clause')}~{slop})^{boost}"

    return _TILDE_AND_CARET.sub(grouped, text) if "~" in text and "^" in text else text


def _fuzzy_edits(piece: str) -> str:
    """``word~0.8`` (Lucene 3's similarity) or ``word~1.5`` as a whole number of edits, at most MAX_EDITS; a word
    of one or two letters with a bare ``~`` as the word exactly, ``word~0`` (``_FUZZY_SHORT``).

    A similarity below 1 allows that share of the word's letters to differ, as Lucene converted it; a similarity
    of 0 is none, the exact word, as ``word~0`` is (Lucene 4 and later, FuzzyQuery.floatToEdits; Lucene 3 had
    read it as every letter, so two edits). Any number rounding to no edit (``brown~0.9``, ``brown~00``) is
    ``word~0``, not the plain word, which leaves a stop word out (``an~0.0``) as ``an~0`` does not. A negative
    number (``brown~-1``) is left as typed, for querychecks.check_fuzzy to refuse, as Lucene does and as a phrase's is.
    """
    def edits(match: re.Match[str]) -> str:
        return f"{match.group(1)}~{min(_asked_edits(match.group(1), match.group(2)), MAX_EDITS)}"

    def many(match: re.Match[str]) -> str:  # brown~01 is one edit and brown~00 none (both had been two)
        return f"{match.group(1)}~{min(int(match.group(2)), MAX_EDITS)}"

    if "~" not in piece:
        return piece
    piece = _FUZZY_MANY.sub(many, piece)                                     # brown~100: as many as may be
    piece = _FUZZY_SHORT.sub(r"\1~0", piece)                                # mx~: too short for the default
    return _FUZZY_SIMILARITY.sub(edits, piece)


def _asked_edits(word: str, number: str) -> int:
    """The edits ``word~number`` asks for: a similarity below 1 that share of its letters (Lucene 3), else the
    number's whole part."""
    value = float(number)
    return int(round((1 - value) * len(word), 6)) if 0 < value < 1 else int(value)  # 0.2 * 5 is 0.999…


# A fuzzy word and its number, a sentence's full stop after it (offcer~7.) or a boost (oil~9^2) beside
_FUZZY_NUMBER = lazy_compile(r"(?<!\w)(\w+)~(\d*\.?\d+)\.?(?=[\s)^]|$)")


def capped_edits_note(text: str) -> str | None:
    """A note on the fuzzy words of ``text`` that ask for more edits than MAX_EDITS, read as that many (``oil~9`` as
    ``oil~2``, as Lucene reads it), in a phrase too (``author:"jane smoth~9"``, whose words are fuzzy as typed); None
    when none does. Either had been capped saying nothing."""
    if "~" not in text:
        return None
    asked = [match for piece in _boosts_after_tildes(text).split('"') for match in _FUZZY_NUMBER.finditer(piece)]
    capped = list(dict.fromkeys(f"{m.group(1)}~{m.group(2)}" for m in asked
                                if _asked_edits(m.group(1), m.group(2)) > MAX_EDITS))
    if not capped:
        return None
    read = [f"{typed.rsplit('~', 1)[0]}~{MAX_EDITS}" for typed in capped]
    are = "is" if len(capped) == 1 else "are"
    return (f"{in_a_list(capped)} {are} read as {in_a_list(read)}: a word may differ by {MAX_EDITS} letters at "
            "most")


def outside_quotes(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied to the parts of ``text`` outside double quotes."""
    pieces = text.split('"')
    pieces[::2] = [change(piece) for piece in pieces[::2]]
    return '"'.join(pieces)
