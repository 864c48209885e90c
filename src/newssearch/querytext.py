"""What a user typed, rewritten before it is parsed: quotes and invisible characters, words joined by commas, ``site:``
and brackets; and the words a person would spell-check. Operators typed in lower case, twice or web-style and a query
in capitals are read in ``operators``, date ranges in Lucene's forms rewritten in ``dateranges``, a list after a field
(``source:rnz,stuff``) in ``fieldlists``, a number's per cent and a wire's amounts in ``typedamounts``."""

from __future__ import annotations

import re
import unicodedata

from .ampersands import INITIALISM_LETTERS
from .apostrophes import straight_apostrophes
from .digitgroups import DIGIT_GROUP_SPACE
from .documents.publishers import publisher_name
from .errors import InvalidQuery, as_typed
from .fieldcolons import field_colons
from .lucene import FIELD_TERM, outside_quotes
from .operators import SYNTAX_WORDS
from .querychecks import shorten
from .schema import DATE_FIELD_NAMES, FIELD_ALIASES, QUERY_FIELD_NAMES, SEARCH_FIELDS
from .startup import lazy_compile
from .tokenpatterns import INVISIBLE, token_pattern_for, typed_gershayim

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})
_APOSTROPHES = str.maketrans({"‘": "'", "’": "'", "‚": "'"})
# Single curly quotes around words ('soon', German ‚bald‘): an opening one before a word and a closing one after a word,
# never an apostrophe inside or before one (O’Brien, don’t, ’90s, the players’ union)
_SINGLE_QUOTED = lazy_compile(r"(?<![\w'‘’‚])[‘‚](?=\w)([^‘‚]*?[\w?!.…])[’‘](?![\w'‘’])")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Bidirectional marks, embeddings and isolates, pasted with a right-to-left page's words: invisible, no part of a
# word (inside one they had split it; alone they had been "nothing to search for in ''", the message showing none)
_BIDI_MARKS = lazy_compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize(text: str) -> str:
    """NFC, straight quotes for curly ones (but gershayim inside a Hebrew word), a phrase in single curly quotes in
    double ones, apostrophes for their look-alikes inside words, digit groups joined (``10\u00a0000``: 10000), no
    control, invisible or bidirectional characters, a byte that is not UTF-8 (a lone surrogate) U+FFFD, the number
    after a ~ or ^ in digits 0-9 (``~３``: ``~3``), single spaces."""
    text = _SURROGATE.sub("\ufffd", text)  # as UTF-8, the index's terms cannot hold one
    text = typed_gershayim(INVISIBLE.sub("", unicodedata.normalize("NFC", text).translate(_QUOTES)))
    text = text if text.isascii() else _BIDI_MARKS.sub("", text)
    if any(quote in text for quote in "‘‚"):
        text = outside_quotes(text, lambda piece: _SINGLE_QUOTED.sub(r'"\1"', piece))
    text = straight_apostrophes(text.translate(_APOSTROPHES))  # O´Brien, O`Brien, OʼBrien: O'Brien
    if not text.isascii():  # 10\u00a0000 is one number, 10000, as the index reads it (it had been split at the space)
        text = _SYNTAX_NUMBER.sub(_ascii_digits, DIGIT_GROUP_SPACE.sub("", text))
    return field_colons(" ".join(_CONTROL.sub(" ", text).split()))


# "[sic]" or "(sic)" an editor wrote into a quote (its "!" too): the quote's own words run on either side of it
_SIC = lazy_compile(r"\s*[\[(](?i:sic)!?[\])]\s*")
# An ellipsis, or one in brackets, where a quote leaves words out: "…", "...", ". . ." (AP style), "[…]", "(...)"
_ELLIPSIS = re.compile(r"[\[(]?(?:…|\.{3,}|(?<!\S)\.(?: \.){2,})[\])]?")


def editorial_marks(text: str) -> str:
    """``text`` without an editor's marks in a pasted quote: "[sic]" dropped, anywhere (it had been a word every
    article must hold), and a phrase cut in two at an ellipsis, which stands for the words left out
    (``"I am very sorry … such an ordeal"`` is ``"I am very sorry" "such an ordeal"``: it had found nothing)."""
    if "sic" in text.lower():
        without = _SIC.sub(" ", text).strip()
        text = without if re.search(r"\w", without) else text  # "[sic]" alone is the word searched for
    if text.count('"') % 2 or not _ELLIPSIS.search(text):
        return text  # an unbalanced quote has no inside to cut: the parser drops it
    pieces = text.split('"')
    pieces[1::2] = ['" "'.join(part for part in map(str.strip, _ELLIPSIS.split(piece)) if part) or piece
                    for piece in pieces[1::2]]
    return '"'.join(pieces)


# A case's or a match's "v" between two names ("Roe v Wade", "Pennzoil v. Texaco"): in lower case, after and before
# a capital, its "vs" (a stop word), as "Pennzoil vs. Texaco" is; it had been a word each article must hold
_CASE_VERSUS = lazy_compile(r"(?<!\S)([A-Z][\w'’.&-]*)\s+v\.?(?=\s+[A-Z])")


def case_versus(text: str) -> str:
    """``text`` with a case name's "v" outside quotes as "vs": ``Roe v Wade`` is ``Roe vs Wade``."""
    if " v" not in text:
        return text
    return outside_quotes(text, lambda piece: _CASE_VERSUS.sub(r"\1 vs", piece))


# The number of a fuzzy word, a proximity or a boost (~３, ^٢): the parser reads ASCII digits only, and had read
# offcer~３ as offcer~ and a word 3, police^３ as the phrase "police 3"
_SYNTAX_NUMBER = lazy_compile(r"(?<=[~^])\d[\d.]*")


def _ascii_digits(match: re.Match[str]) -> str:
    """The digits of ``match`` written 0-9 (full-width, Arabic-Indic and every other script's)."""
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in match.group())


# A comma or semicolon between two characters, but not a comma between digits (1,000; 3,5): a list's separator.
_LIST_SEPARATOR = lazy_compile(r"(?<=\S)(?:;|(?<!\d),|,(?!\d))(?=\S)")


def listed_words(text: str) -> str:
    """Words joined by a comma or semicolon as separate words, outside quotes: ``economy,growth`` is
    ``economy growth``. A typed word of several terms is a phrase (``F-16``, ``AT&T``), which had made a
    keyword list one phrase that no article writes; a digit group (``1,000``) stays one number."""
    if "," not in text and ";" not in text:
        return text
    return outside_quotes(text, lambda piece: _LIST_SEPARATOR.sub(" ", piece))


# An initialism typed with white space around its "&" ("R & D"), never Lucene's "&&" (an AND): ``typed_initialisms``
# (nor a chain of them, "A & B & C", which is none: a query's white space is single spaces, ``normalize``)
_TYPED_SPACED = lazy_compile(rf"(?<![\w&])(?<!& )([A-Za-z]{{1,{INITIALISM_LETTERS}}}) & "
                             rf"([A-Za-z]{{1,{INITIALISM_LETTERS}}})(?![\w&])(?! &)")


def typed_initialisms(text: str) -> str:
    """``text`` with each initialism typed with white space around its "&", outside quotes, written without:
    ``R & D`` is ``R&D``, one word (``initialisms``), as the parser reads a phrase's ``"R & D"``; its letters apart had
    been words to find anywhere ("R. D. Smith")."""
    if "&" not in text or _TYPED_SPACED.search(text) is None:
        return text
    return outside_quotes(text, lambda piece: _TYPED_SPACED.sub(r"\1&\2", piece))


_FIELD_NAME_TYPED = lazy_compile(r"(?<![\w*])(\w+)(?=:)")


def field_names_lowered(text: str) -> str:
    """Field names in lower case outside quotes: ``Title:OPEC`` is ``title:OPEC`` (Whoosh matches names exactly,
    and read ``Title:OPEC`` as the words "title opec")."""
    def lowered(match: re.Match[str]) -> str:
        name = match.group(1)
        return name.lower() if name.lower() in QUERY_FIELD_NAMES else name

    if ":" not in text:
        return text
    return outside_quotes(text, lambda piece: _FIELD_NAME_TYPED.sub(lowered, piece))


# Capitals, a colon and capitals ("CD:UK", "AC:DC"): a name of a headline, never a field (a field is typed in lower case,
# or capitalised: Title:OPEC).
_CAPITALS_COLON = lazy_compile(r"(?<![\w*:])([A-Z][A-Z0-9]*):([A-Z0-9]*[A-Z][A-Z0-9]*)(?![\w:])")


def capitals_colon_names(text: str) -> str:
    """A word of capitals joined by a colon (``CD:UK``) as the phrase it is, outside quotes, when its first part is no
    field: a pasted headline ("TV presenter Deeley drops CD:UK") had been refused for its "unknown field CD"."""
    def named(match: re.Match[str]) -> str:
        return match.group(0) if match.group(1).lower() in QUERY_FIELD_NAMES else f'"{match.group(1)} {match.group(2)}"'

    if ":" not in text:
        return text
    return outside_quotes(text, lambda piece: _CAPITALS_COLON.sub(named, piece))


# site:"New York Times" is the publisher's field alias; a group in brackets is (site:a OR site:b) as one word is
_SITE = lazy_compile(r"(?<![\w:])(-?)site:(\([^()\"]*\)|[^\s()\"]+)")


def site_fields(text: str) -> str:
    """``site:cnn.com`` as the publisher or the address (``(source:cnn.com OR url:cnn.com)``), as a search engine
    reads it; it had been the publisher's name only, which a domain never is."""
    if "site:" not in text:
        return text
    return outside_quotes(text, lambda piece: _SITE.sub(_site_query, piece))


# A scheme typed before an address: site:https://news.example is the address, its source by the host
_SCHEME = lazy_compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _site_query(match: re.Match[str]) -> str:
    """``site:cnn.com`` as ``(source:cnn.com OR url:cnn.com)``; a known publisher's domain as its name too
    (``site:reuters.com`` finds the Reuters wire stories that have no address). An address typed with its scheme is
    the source by its host (``site:https://news.ex*``: ``source:news.ex*``), whose scheme had been read as a host,
    adding ``source:"https"``."""
    sign, value = match.groups()
    if value.startswith("("):
        return f"{sign}(source:{value} OR url:{value})"
    scheme = _SCHEME.match(value)
    host = re.split(r"[/?#]", value[scheme.end():], maxsplit=1)[0] if scheme else value
    source = host or value  # site:https:// alone: no host, and no publisher named "https"
    known = publisher_name(None, value if scheme else f"http://{value}") if host else None
    named = f' OR source:"{known}"' if known and known.lower() != source.lower().removeprefix("www.") else ""
    return f"{sign}(source:{source} OR url:{value}{named})"


TEXT_FIELD_NAMES = frozenset({*SEARCH_FIELDS, *(alias for f in SEARCH_FIELDS for alias in FIELD_ALIASES.get(f, []))})


# A pair of brackets outside quotes, with the field before it if any: [Tony], {Washington}, title:[a TO c]
# and a fuzzy, proximity or boost suffix after it: [Blair]~2
_BRACKETED = lazy_compile(r"(?:(?<![\w:])(\w+):)?([\[{])([^\[\]{}\"]*)[\]}]((?:[~^][\d.]*)?)")
_TERM_RANGE = lazy_compile(r"^\s*(?:(\S+)\s+)?(to)(?:\s+(\S+))?\s*$", re.IGNORECASE)  # one term (or *) each side


def bracketed_words(text: str) -> str:
    """Brackets that are no date range as a group of the words in them, outside quotes: an editorial insertion
    in a pasted quote ("he [Blair] said", ``[Washington]``, ``{Washington}``) is its words.

    Whoosh read "to" anywhere inside as a term range: ``[Tony]`` was every article, ``[Wellington]`` none. A
    term range on a text field (``title:[a TO c]``, or ``[a TO c]`` with Lucene's TO in capitals) is refused:
    the index holds stems, so an alphabetical span of them finds nothing a reader could predict. A suffix after
    them stays on one word (``[Blair]~2`` is ``Blair~2``, it had required the number 2); after several a boost is
    the group's (``[Tony Blair]^2``) and ``~N`` their proximity (``"Tony Blair"~2``), as Lucene reads a phrase's.
    """
    def group(match: re.Match[str]) -> str:
        field, _opening, inside, suffix = match.groups()
        if field and field.lower() in DATE_FIELD_NAMES:
            return match.group(0)  # a date range: exclusive_dates and check_dates read it
        ends = _TERM_RANGE.match(inside)
        if ends and (ends.group(1) or ends.group(3)) and (field or ends.group(2) == "TO"):
            raise InvalidQuery(f"a range in brackets is for dates only: {as_typed(shorten(match.group(0)))}",
                               hint="use date:[2020-01 TO 2020-06] (or year:, month:); "
                                    "for the words, type them without brackets")
        return (f"{field}:" if field else "") + _with_suffix(inside, suffix)

    if not any(bracket in text for bracket in "[{"):
        return text
    return outside_quotes(text, lambda piece: _BRACKETED.sub(group, piece))


def _with_suffix(inside: str, suffix: str) -> str:
    """The words of a bracket with the suffix typed after it (``bracketed_words``): one word keeps it, a group
    of several its boost, and ``~N`` is their proximity; a bare ``~`` after several is dropped."""
    words = inside.split()
    if not suffix:
        return f"({inside})"
    if len(words) == 1:
        return words[0] + suffix
    if suffix[:1] == "~":
        return f'"{" ".join(words)}"{suffix}' if suffix[1:] else f"({inside})"
    return f"({inside}){suffix}"


def text_values(text: str) -> str:
    """``text`` with its field names, and the values of fields that are not text (dates, languages), left out."""

    def keep_text_values(match: re.Match[str]) -> str:
        return match.group(2) if match.group(1).lower() in TEXT_FIELD_NAMES else " "

    return FIELD_TERM.sub(keep_text_values, text)


def query_words(text: str) -> list[str]:
    """The words of a query a person would spell-check: no operators, field names or non-text values."""
    text = text_values(text)
    words = []
    for match in token_pattern_for(text).finditer(text):
        start, end = match.start(), match.end()
        if text[end : end + 1] in ("*", "?", "~") or text[start - 1 : start] in ("*", "?"):
            continue  # a wildcard or fuzzy word (polic*, blai?, offcer~) asks for other spellings itself
        # a token after a number holds the space before it (" mln", " pct": tokenpatterns), which no word does, and
        # "per cent" is one token, the one word percent (as two, "cent" had counted as typed twice in 'cent "per
        # cent"'); a per cent sign or a mixed number's joint alone ("5%", "24-7/8") is no word
        word = "".join(match.group().split())
        if word not in SYNTAX_WORDS and not word.isdigit() and _WORD_CHAR.search(word):
            words.append(word)
    return words


_WORD_CHAR = re.compile(r"\w")


def fuzzy_words(text: str) -> list[str]:
    """The words of a query typed with a ``~`` after them (``café~``, ``title:Waitematā~1``), as typed: ``query_words``
    leaves them out, but a word typed with its marks ranks that spelling first, with a ``~`` or without."""
    text = text_values(text)
    return [match.group() for match in token_pattern_for(text).finditer(text)
            if text[match.end() : match.end() + 1] == "~" and text[match.start() - 1 : match.start()] not in ("*", "?")]


_FIELD_BEFORE = lazy_compile(r"\w:$")


def unbalanced_quote(cleaned: str) -> tuple[str, str]:
    """``cleaned``, its quotes paired from the left and the last one left over, with that quote read, and what the
    note says of it. One opening a phrase (before a word, ``"armed offenders``, or after a field, ``author:"Nelson
    Graves``, as a shell's quoting loses the closing one) is closed at the query's end, as Elasticsearch's
    simple_query_string reads it, or before the closing bracket of a group it opens in (``("armed offenders) OR
    police``): a field's had been dropped, Graves searched in the text, and any other ignored, its words found apart.
    One opening no word (``armed offenders"``) is ignored, the pairs before it kept."""
    last = cleaned.rfind('"')
    if not (_FIELD_BEFORE.search(cleaned, 0, last) or cleaned[last + 1 : last + 2].strip()):
        return f"{cleaned[:last]} {cleaned[last + 1:]}", "an unbalanced quote was ignored"
    depth = 0
    for at in range(last + 1, len(cleaned)):
        depth += {"(": 1, ")": -1}.get(cleaned[at], 0)
        if depth < 0:  # the group's end the quote opened in
            return f'{cleaned[:at].rstrip()}"{cleaned[at:]}', "an unbalanced quote was closed at its bracket's end"
    return f'{cleaned.rstrip()}"', "an unbalanced quote was closed at the query's end"
