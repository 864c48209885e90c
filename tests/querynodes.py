"""The query tree of the differential check (querycheck.py) and its plain evaluator: each node writes itself as
query text and says which articles it matches, from their terms and places alone.

The evaluator shares only newssearch's text analysis (``TEXT_ANALYZER``, the chain the index is built with), so both
see the same terms at the same places; a phrase's consecutive places, a proximity's gaps, ``title:``, names,
patterns, fuzzy words and dates are computed here, and the boolean logic in querylogic.py. Where newssearch's
documented reading differs from plain logic (README: stopwords left out), the evaluator follows the documentation and
says so where it does.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from newssearch.folding import fold
from newssearch.stopwords import CONTENT_STOPWORDS, STOP_WORDS
from newssearch.textanalysis import TEXT_ANALYZER

LETTERS = re.compile(r"[^\W_]+")
_SOLID = re.compile(r"(?!re-|in-)[^\W\d_][^\W_]*(?:-[^\W_]+){1,3}", re.IGNORECASE)  # hyphens.solid_words
Places = list[set[str]]  # the terms at each place of a field


def places(text: str) -> Places:
    """The terms the index holds at each place of ``text`` (every form at its word's place)."""
    found: Places = []
    for t in TEXT_ANALYZER(text or "", mode="index", positions=True):
        while len(found) <= t.pos:
            found.append(set())
        found[t.pos].add(t.text)
    return found


@functools.lru_cache(maxsize=100_000)
def query_places(text: str) -> Places:
    """The terms a phrase's words search, place by place (stopwords kept, as a phrase keeps them); a name with an
    apostrophe searches its solid spelling too (README: ``O'Brien`` finds "OBrien")."""
    found: Places = []
    for t in TEXT_ANALYZER(text, mode="query", positions=True, removestops=False, chars=True):
        while len(found) <= t.pos:
            found.append(set())
        found[t.pos].add(t.text)
        solid = solid_spelling(text[t.startchar:t.endchar])
        if solid is not None:
            found[t.pos].update(t.text for t in TEXT_ANALYZER(solid, mode="query", removestops=False))
    return [terms for terms in found if terms]


_NAME = re.compile(r"([^\W\d_])['’]([^\W\d_]+)((?:['’][^\W\d_]+)?)")  # O'Brien, O'Brien's
_CLITICS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})


def solid_spelling(word: str) -> str | None:
    """A typed name whose apostrophe follows one letter, written solid (``O'Brien``: OBrien), as the README reads one:
    in any case, but not after L' (the article) or a lower-case elided article (``d'arcy``), nor before a clitic
    (``I'll``), nor ``o'clock``."""
    match = _NAME.fullmatch(word)
    if match is None:
        return None
    letter, name, tail = match.groups()
    if (len(name) < 2 or name.lower() in _CLITICS | {"clock"} or letter in "Ll" or letter in "djmnstc"
            or (tail and tail[1:].lower() not in _CLITICS)):
        return None
    return letter + name + tail


@dataclass
class Doc:
    """One stored article as the evaluator sees it."""

    id: str
    fields: dict[str, Places]
    date: date | None
    names: dict[str, set[str]] = field(default_factory=dict)  # the words of author and source, folded
    terms: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.terms = {name: set().union(*places) if places else set() for name, places in self.fields.items()}


# --- the query tree: each node writes itself as text and says which docs it matches -----------------------------
# ``matches`` returns None for a node that searches nothing (a stopword left out): neutral in AND and OR. ``neutral``
# says so without an article, and ``negative`` marks a negation, or a group of negations alone, which an OR lifts.

class Plain:
    """What every query node answers unless it says otherwise: it matters to the query (not neutral: a stopword
    left out is) and is no negation."""

    def neutral(self) -> bool:
        return False

    def negative(self) -> bool:
        return False


@dataclass
class Word(Plain):
    """A word typed as it is, or after ``title:``."""

    text: str
    fieldname: str | None = None
    match: str = "all"

    def render(self) -> str:
        return f"{self.fieldname}:{self.text}" if self.fieldname else self.text

    def searched(self) -> bool:
        """Whether a keyword query searches this word: the stop list less its content words is left out, after a
        field's name too (``title:so``)."""
        lower = self.text.lower().replace("’", "'")  # a curly apostrophe is a straight one: that’s is that's
        return lower not in STOP_WORDS or lower in CONTENT_STOPWORDS and self.match == "all"

    def neutral(self) -> bool:
        return not self.searched()

    def matches(self, doc: Doc) -> bool | None:
        if not self.searched():
            return None
        terms = query_places(self.text)
        if len(terms) > 1:  # a hyphenated word is its parts in order, or written solid (e-mail, email: README)
            solid = query_places(self.text.replace("-", "")) if _SOLID.fullmatch(self.text) else []
            found_solid = len(solid) == 1 and any(solid[0] & doc.terms[name] for name in _fields(self.fieldname))
            if self.text.lower().startswith("co-"):  # README: after co- hyphenated or solid, never spaced ("Co" alone
                return found_solid  # is a company's: "Acme Co. Operations")
            return Phrase(self.text.replace("-", " ").split(), self.fieldname).matches(doc) or found_solid
        found = terms[0]
        if self.text.isalpha() and self.text.isupper():  # README: a short word typed in capitals is the acronym and
            spelled = query_places(self.text.lower())  # the word it spells (SPY finds "spy", DRY "dry", MLN "million")
            found = found | spelled[0] if len(spelled) == 1 else found
        return any(found & doc.terms[name] for name in _fields(self.fieldname))


def name_words(text: str) -> set[str]:
    """The words of a name, in lower case and without accents."""
    return {fold(word.lower()) for word in LETTERS.findall(text)}


@dataclass
class Name(Plain):
    """``author:word`` or ``source:word``: an article whose byline or publisher has that word."""

    fieldname: str
    word: str

    def render(self) -> str:
        return f"{self.fieldname}:{self.word}"

    def matches(self, doc: Doc) -> bool | None:
        return fold(self.word.lower()) in doc.names[self.fieldname]


@dataclass
class Pattern(Plain):
    """``prefix*``: the words written in the index that start so, in any of their forms."""

    prefix: str
    terms: frozenset[str]  # the terms of those words

    def render(self) -> str:
        return self.prefix + "*"

    def matches(self, doc: Doc) -> bool | None:
        return bool(self.terms & (doc.terms["title"] | doc.terms["body"]))


@dataclass
class Fuzzy(Plain):
    """``word~``: the words an article body writes one edit away (a letter in, out or changed, two swapped), in any
    of their forms; not a function word's term that the typed word does not have."""

    word: str
    terms: frozenset[str]

    def render(self) -> str:
        return self.word + "~"

    def matches(self, doc: Doc) -> bool | None:
        return bool(self.terms & (doc.terms["title"] | doc.terms["body"]))


def one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is at most one edit from ``a``: a letter added, left out or changed, or two neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diffs) == 1 or len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] \
            and a[diffs[1]] == b[diffs[0]]
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


@dataclass
class Phrase(Plain):
    """Words in quotes: at consecutive places of one field, or with ``~N`` each 1 to N+1 places after the one before
    (README: "in this order with at most N words between them")."""

    words: list[str]
    fieldname: str | None = None
    slop: int | None = None

    def render(self) -> str:
        text = '"' + " ".join(self.words) + '"' + (f"~{self.slop}" if self.slop is not None else "")
        return f"{self.fieldname}:{text}" if self.fieldname else text

    def neutral(self) -> bool:
        return not query_places(" ".join(self.words))

    def matches(self, doc: Doc) -> bool | None:
        if not query_places(" ".join(self.words)):
            return None
        gap = 1 + (self.slop or 0)
        return any(_in_order(doc.fields[name], query_places(text), gap)
                   for text in self.spellings() for name in _fields(self.fieldname))

    def spellings(self) -> set[str]:
        """The phrase as typed; with its hyphenated words written solid (README: ``e-mail`` finds "email", in a
        phrase too); and with a run of two or three capitals, each alone, before a capitalised word as the initials
        they are (README: ``J K Rowling`` finds "J.K. Rowling", in a phrase too: ``"billion N Z Dlrs"``, "N.Z.")."""
        typed = _amounts_spelled(self.words)
        solid = [word.replace("-", "") if _SOLID.fullmatch(word) else word for word in typed]
        return {" ".join(words) for typed in (typed, solid) for words in (typed, _initials_joined(typed))}


_SCALES = {"mln": "million", "bln": "billion", "trln": "trillion", "million": "million", "billion": "billion",
           "trillion": "trillion"}
_CURRENCIES = {"dlr": "dollar", "dlrs": "dollars", "stg": "sterling"}


def _amounts_spelled(words: list[str]) -> list[str]:
    """``words`` with a scale and a currency typed together after no number spelled as the words they stand for
    (README's "billion dollars" row: ``"BLN STG"`` and ``"mln dlrs"`` are billion sterling and million dollars, as the
    index reads them after a number)."""
    spelled = list(words)
    for at in range(len(words) - 1):
        scale, currency = words[at].lower(), words[at + 1].lower()
        if scale in _SCALES and currency in _CURRENCIES and not (at and any(c.isdigit() for c in words[at - 1])):
            spelled[at], spelled[at + 1] = _SCALES[scale], _CURRENCIES[currency]
    return spelled


def _initials_joined(words: list[str]) -> list[str]:
    """``words`` with each run of two or three single capitals before a capitalised word (``Dlrs``, not ``TAX``)
    written as the acronym they spell, where its term is their letters joined (initialruns)."""
    joined: list[str] = []
    at = 0
    while at < len(words):
        end = at
        while end < len(words) and re.fullmatch(r"[A-Z]\.?", words[end]):
            end += 1
        initials = "".join(word.rstrip(".") for word in words[at:end])
        if 2 <= end - at <= 3 and end < len(words) and re.match(r"[A-Z][a-z]", words[end]) \
                and query_places(initials) == [{initials.lower()}]:  # not US, UN, IT (us.), nor before "TAX"
            joined.append(initials)
            at = end
        else:
            joined.append(words[at])
            at += 1
    return joined


def _in_order(found: Places, wanted: Places, gap: int) -> bool:
    """Whether ``wanted``'s terms stand in ``found`` in order, each 1 to ``gap`` places after the one before."""
    def from_place(i: int, k: int) -> bool:
        if k == len(wanted):
            return True
        return any(j < len(found) and wanted[k] & found[j] and from_place(j, k + 1) for j in range(i + 1, i + gap + 1))
    return any(wanted[0] & terms and from_place(i, 1) for i, terms in enumerate(found))


@dataclass
class DateIs(Plain):
    """``date:YYYY-MM`` (or a year, or a day): the articles dated within it."""

    text: str

    def render(self) -> str:
        return f"date:{self.text}"

    def matches(self, doc: Doc) -> bool | None:
        return doc.date is not None and doc.date.isoformat().startswith(self.text)


@dataclass
class DateRange(Plain):
    """``date:[low TO high]``, both ends included, each a month or a year."""

    low: str
    high: str

    def render(self) -> str:
        return f"date:[{self.low} TO {self.high}]"

    def matches(self, doc: Doc) -> bool | None:
        if doc.date is None:
            return False
        day = doc.date.isoformat()
        return day[:len(self.low)] >= self.low and day[:len(self.high)] <= self.high




def _fields(fieldname: str | None) -> tuple[str, ...]:
    return (fieldname,) if fieldname else ("title", "body")
