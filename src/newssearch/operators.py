"""The operators as a user types them: AND, OR and NOT in capitals, as in Lucene; one typed twice read once, web-style
``+word`` and ``-word`` rewritten, a note when "or" or "not" in lower case is a word, and a query all in capitals read
as plain words; an operator with no word on one side (``ferry AND``) left out with a note."""

from __future__ import annotations

import re

from .acronymterms import SHOUTED_RUN
from .errors import as_typed
from .lucene import outside_quotes
from .querychecks import shorten
from .startup import lazy_compile

SYNTAX_WORDS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}


# -*ool, (-school), -'Tony Blair' too; a run of minuses (--blair) is one; and a word opening with a sign (-$1.5m,
# -£7.5bn, -#tag), whose minus had been dropped with the sign, so that the amount it meant to leave out was required;
# but not German's suspended hyphen after a conjunction, pasted from a text ("Abfallsammlung und -verwertung", "Ein-
# oder -ausfuhr"): the second half of a word, searched as a word
_WEB_OPERATOR = re.compile(r"(?:(?<=\s)|^|(?<=\())([+-]+)(?=[^\s)+-])")  # +-oil, -+oil: the minus wins
_CONJUNCTION_BEFORE = lazy_compile(r"\b(?:und|oder|bzw\.|sowie)\s$", re.IGNORECASE)


def web_operators(text: str, keep_plus: bool = False) -> str:
    """Rewrite web-style ``-word`` as ``NOT word`` and ``+word`` as ``word``, outside quotes.

    Only a sign at the start of a word counts, so ``2020-06`` and ``covid-19`` stay as typed; ``--word`` is one
    NOT, as ``NOT NOT word`` is (single_operators). With
    ``keep_plus`` (``--match any``, where a plus marks the words a hit must have) the plus stays.
    """
    plus = "+" if keep_plus else ""
    pieces = text.split('"')
    for i in range(0, len(pieces), 2):  # even pieces are outside quotes; a quote may open after this one
        quoted = i + 1 < len(pieces)
        piece = _WEB_OPERATOR.sub(lambda m: _operator(m, plus), pieces[i] + '"' * quoted)
        pieces[i] = piece[:-1] if quoted else piece
    return '"'.join(pieces)


def _operator(sign: re.Match[str], plus: str) -> str:
    """What a web-style sign stands for: NOT, the plus kept or dropped, or nothing (a suspended hyphen)."""
    if "-" not in sign.group(1):
        return plus
    return "" if _CONJUNCTION_BEFORE.search(sign.string, 0, sign.start()) else "NOT "


# an operator is a word of its own: one glued into a word by a hyphen or a dot ("NOT NOT-SO-SECRET", "SO-NOT NOT x")
# is that word's, and the operator beside it stays (seed 545: "-NOT-SO-SECRET", NOT NOT-SO-SECRET, had lost its NOT)
_REPEATED_OPERATOR = re.compile(r"(?<![^\s(])(AND|OR|NOT)(?:\s+\1)+(?![^\s()])")


def single_operators(text: str) -> str:
    """An operator typed twice as one, outside quotes: ``brown OR OR blair`` is ``brown OR blair``
    (Whoosh read it as brown AND blair, and ``NOT NOT blair`` as blair, required). Applied after web_operators,
    so that ``NOT -blair`` (``NOT !blair``) is one NOT too."""
    return outside_quotes(text, lambda piece: _REPEATED_OPERATOR.sub(r"\1", piece))


# AND, OR and NOT touching a bracket ("NOT(gunmen)", "calm OR(fire)", "(calm)OR(fire)"): the operator, as Lucene's
# tokenizer splits a bracket off. The parser reads one only between spaces (NOT after a bracket too): "NOT(gunmen)" had
# been a stop word and the group, so "police NOT(gunmen)" required gunmen, and "police NOT NOT(gunmen)" too
_BEFORE_BRACKET = lazy_compile(r"(?<![^\s()])(AND|OR|NOT)(?=\()")
_AFTER_BRACKET = lazy_compile(r"(?<=\))(AND|OR|NOT)(?![^\s(])")


def spaced_operators(text: str) -> str:
    """AND, OR and NOT touching a bracket spaced from it, outside quotes: ``NOT(gunmen)`` is ``NOT (gunmen)``. Applied
    after web_operators, so that ``-NOT(gunmen)`` (``NOT NOT (gunmen)``) is one NOT too (single_operators)."""
    if "(" not in text and ")" not in text:
        return text
    return outside_quotes(text, lambda piece: _AFTER_BRACKET.sub(r" \1", _BEFORE_BRACKET.sub(r"\1 ", piece)))


# Two negations or more beside each other, before a word, a phrase or a bracket: NOT NOT, --, !!, NOT -, -NOT; not
# the first signs of a run of them alone ("police --- gunmen" leaves nothing out: its "--" before "-" had been noted)
_NEGATION_RUN = lazy_compile(r"(?<![^\s(])((?:NOT(?:\s+|(?=\())|[-!])(?:NOT(?:\s+|(?=\())|[-!])+)(?=[^\s)!-])")


def doubled_negations(text: str) -> str | None:
    """A note when a negation is typed twice (or more) beside another, outside quotes, which is read as one NOT
    (web_operators, single_operators): ``NOT NOT gunmen`` leaves gunmen out, where Whoosh had read it as gunmen and
    Lucene refuses it. A NOT of a bracket of NOTs (``-(-gunmen)``) is none: that is its words, as Elasticsearch reads
    it. None when there is none."""
    if "NOT" not in text and "--" not in text and "!" not in text:
        return None
    runs = [" ".join(run.split()) for piece in text.split('"')[::2] for run in _NEGATION_RUN.findall(piece)]
    if not runs:
        return None
    typed = " and ".join(f'"{run}"' for run in dict.fromkeys(runs))
    each = " each" if len(set(runs)) > 1 else ""
    return f"{typed} {'are' if each else 'is'} read as one NOT{each}: a negation typed twice is one"


# An AND, OR or NOT with no word after it ("ferry AND", "ferry AND NOT", "(ferry OR) bus"), or an AND or OR with none
# before it ("AND ferry", "bus (OR ferry)"; a NOT there leaves its word out): left out with a note saying what was
# searched, as a NEAR with no word on one side is (proximity.py). The parser had dropped it, saying nothing. So is a
# minus alone at the end ("police -", "police --"), a NOT left without its word: between words ("police - gunmen") a
# dash is punctuation, a pasted title's separator, and so is a rule of three or more ("police ---").
_ANY = r"(?:AND|OR|NOT|&&|\|\||-{1,2}(?=\s*(?:\Z|\))))"
_JOINING = r"(?:AND|OR|&&|\|\|)"
_AFTER = "(AND, OR and NOT need a word after them)"
_MINUS_AFTER = "(a minus leaves out the word typed right after it, as in -gunmen)"
_BEFORE = "(AND and OR need a word before them)"
_UNPAIRED = ((lazy_compile(rf"\A\s*({_JOINING}(?:\s+{_JOINING})*)\s+(?=\S)"), f"at the start of the query has no word before it {_BEFORE}"),
             (lazy_compile(rf"(?<=\S)\s+({_ANY}(?:\s+{_ANY})*)\s*\Z"), f"at the end of the query has no word after it {_AFTER}"))
_BRACKETED = ((lazy_compile(rf"(?<=\()\s*({_JOINING}(?:\s+{_JOINING})*)\s+(?=[^\s)])"),
               f"after an opening bracket has no word before it {_BEFORE}"),
              (lazy_compile(rf"(?<=\S)\s+({_ANY}(?:\s+{_ANY})*)\s*(?=\))"),
               f"before a closing bracket has no word after it {_AFTER}"))


def unpaired_operators(text: str) -> tuple[str, str | None]:
    """``text`` without each AND, OR or NOT outside quotes that has no word after it (an AND or OR none before it),
    at either end of the query or inside a bracket, and a note saying so and what is searched: ``ferry AND`` is
    ``ferry``; ``text`` and None when it has none (or its quotes do not pair)."""
    if text.count('"') % 2 or not any(op in text for op in ("AND", "OR", "NOT", "&&", "||", "-")):
        return text, None
    said: list[str] = []
    pieces = text.split('"')
    for pattern, note in _BRACKETED:
        for piece in pieces[::2]:
            said.extend(_unpaired_said(found.group(1), note) for found in pattern.finditer(piece))
        pieces[::2] = [pattern.sub("", piece) for piece in pieces[::2]]
    read = '"'.join(pieces)
    for pattern, note in _UNPAIRED:
        if found := pattern.search(read):
            said.append(_unpaired_said(found.group(1), note))
            read = read[:found.start()] + read[found.end():]
    if not said:
        return text, None
    return read, f"{'; '.join(dict.fromkeys(said))}: left out, searching {as_typed(shorten(read.strip()))}"


def _unpaired_said(found: str, note: str) -> str:
    """What a note says of the operators ``found`` left unpaired: a minus alone, quoted, by what a minus needs."""
    typed = " ".join(found.split())
    if typed.strip("-"):
        return f"{typed} {note}"
    return f'"{typed}" {note.replace(_AFTER, _MINUS_AFTER)}'


# "or", "Or", "oR" as a word of its own, also first or last ("not blair", "blair or"); "OR" is the operator
_LOWER_OPERATOR = lazy_compile(r"(?<![^\s(])((?i:or|not))(?![^\s)])")
OPERATOR_NOTE_WORDS = 12  # a longer query is prose


def lower_case_operators(text: str) -> str | None:
    """A note when "or" or "not" in lower case is a word of a query of several, outside quotes (a phrase in single
    quotes is in double ones by now: singlequotes.py): they are words, not operators (wherever they stand: a leading
    ``not blair`` is the commonest).

    "blair or brown" finds the articles with both names ("or" is too common a word to search); the
    operators are OR and NOT in capitals, as in Lucene.
    """
    if not 1 < len(text.split()) <= OPERATOR_NOTE_WORDS:
        return None  # "or" alone is no operator misread; a pasted paragraph is prose: "or" and "not" in it are words
    unquoted_pieces = text.split('"')[::2]  # 'to be or not to be' is in double quotes by now (singlequotes.py)
    words = sorted({match.group(1) for unquoted in unquoted_pieces for match in _LOWER_OPERATOR.finditer(unquoted)
                    if not match.group(1).isupper()})
    if not words:
        return None
    typed = " and ".join(f'"{word}"' for word in words)
    are = "is a word, not an operator" if len(words) == 1 else "are words, not operators"
    return f"{typed} in lower case {are}: type {' or '.join(word.upper() for word in words)}"


def unshout(text: str) -> tuple[str, str | None]:
    """Lower-case a query typed all in capitals, so its AND, OR and NOT are words, not operators.

    A sentence in capitals ("TROOPS IN VIET NAM AND WEST GERMANY") is natural language: reading its
    AND as an operator would make two words required. Operators are for queries in normal case, and
    for capital queries of few or short words ("UN NOT CONGO", "FBI OR CIA"): keywords with operators.
    One or two capital words ("UN", "US ECONOMY") are kept: they may be acronyms. In a pasted
    headline ("US TRADE DEFICIT WIDENS") US and UN stay acronyms; WHO and IT are pronouns there.
    """
    if not any(c.isupper() for c in text) or any(c.islower() for c in text):
        return text, None
    words = text.split()
    # an operator a bracket touches is one: "(NOT BLAIR) BROWN" had been a sentence, blair and brown
    shouted = [w for w in words if w.strip("()") in SYNTAX_WORDS]
    if not shouted and len(words) < SHOUTED_RUN:
        return text, None  # "UN", "US ECONOMY": short capital words are acronyms, not shouting
    # a word of a script without case (محمد, 北京大学, 2,000) is in no capitals: around an OR alone, none were typed
    others = [w for w in words if w.strip("()") not in SYNTAX_WORDS and any(c.isupper() for c in w)]
    if not others:
        return text, None
    if shouted and (len(others) <= _FEW_WORDS or all(len(w.strip(_BRACKETS)) <= _SHORT_WORD for w in others)):
        return text, None  # "UN OR EU", "UN NOT CONGO", "(FBI OR CIA) NOT NSA": words and operators
    notice = "a query in capitals is read as plain words (AND, OR, NOT are operators in lower-case queries only)"
    said = any(w in _OPERATORS_NAMED for w in shouted)  # "… MOVES TO ERASE …": no operator of the note's was typed
    return _COUNTRY_ACRONYM.sub(lambda m: ".".join(m.group()) + ".", text).lower(), notice if said else None


_SHORT_WORD = 4  # letters: a capital query of words this short with AND/OR/NOT is acronyms and operators
_FEW_WORDS = 3   # ... and so is one of this many words besides its operators ("NHS NOT BLAIR")
_BRACKETS = "()\"+-"
_OPERATORS_NAMED = frozenset({"AND", "OR", "NOT"})  # the operators the note on a capital query names
_COUNTRY_ACRONYM = lazy_compile(r"(?<![\w.])(?:US|UN)(?![\w.])")  # kept as acronyms (U.S.) when shouted
