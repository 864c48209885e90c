"""The words inside a token, indexed at its place beside it: "État" in "l'État", "Türkiye" in "Türkiye'de", "10.45"
in "10.45pm", "Amazon" in "Amazon.com", "stuff" in "www.stuff.co.nz", "ממשלה" in "הממשלה"."""

from __future__ import annotations

from .apostrophes import elided, suffixed_name
from .gluedamounts import written_amount
from .hostnames import site_labels
from .startup import lazy_compile
from .timesofday import time_of_day
from .tokenpatterns import Span, plain_word


def inner_words(word: str, colon: bool = False) -> list[Span]:
    """Where the words inside a token start and end, indexed at its place besides the token itself.

    The word after an elided article ("État" in "l'État") or an Irish name's O' ("Driscoll" in "O'Driscoll",
    told by its capitals: ``word`` is the token as written), a name before its suffix ("Türkiye" in
    "Türkiye'de", see ``suffixed_name``), the time before its am or pm ("10.45" in "10.45pm", "30" in the "30am"
    of "9:30am": ``9:30`` finds it as the phrase "9 30"; ``colon``: the token stands after one, see ``time_of_day``),
    the word after Hebrew's article or "and" (``hebrew_prefixed``), or each part with a letter of a dotted token:
    "said" and "He" in a scraped "said.He", "Amazon" in "Amazon.com" (``amazon`` had not found "Amazon.com"),
    but of a host name only the labels that name the site (``site_labels``: "stuff" in "www.stuff.co.nz", not
    "www", "co" or "nz"). Numbers (3.5, 1.5m) and initials (e.g.) have none; acronyms are left to the caller.
    """
    time = time_of_day(word, colon)
    if time:
        return [(0, time)]
    cut = elided(word)
    if cut:
        return [(cut, len(word))]
    name = suffixed_name(word)
    if name:
        return [(0, name)]
    if word[:1] in HEBREW_PREFIXES:
        return hebrew_prefixed(word)
    if amount := written_amount(word):  # "1.5m" in "$1.5m", "1.2bn" in "1.2bn" (whose term is "billion")
        return [amount]
    if "." not in word or _DECIMAL.match(word):
        return []
    spans: list[Span] = []
    seen: set[str] = set()
    start, end = site_labels(word) or (0, len(word))
    for match in _DOTTED_PART.finditer(word, start, end):
        part = match.group()
        if sum(c.isalnum() for c in part) > 1 and part.lower() not in seen:
            seen.add(part.lower())
            spans.append(match.span())
    return spans


def inner_text(inner: str) -> str:
    """The word a part of a token (an ``inner_words`` span) is indexed as: the amount as written ("1.2bn" of
    "£1.2bn", whose own term is "billion": ``1.2bn*`` finds it), else ``plain_word``'s."""
    return inner if kept_amount(inner) else plain_word(inner)


def kept_amount(inner: str) -> bool:
    """True when a part of a token is an amount with its scale written on, kept as written (``inner_text``; its
    capitals, "1.2BN" of "£1.2BN", are folded as the rest are lower-cased)."""
    folded = inner.lower()
    return written_amount(folded) == (0, len(folded))


_DOTTED_PART = lazy_compile(r"[^.]*[^\W\d_][^.]*")  # a part of a dotted token with a letter in it
# A decimal number, with a unit or not: "1.5m", "7.5bn" have no parts ("5m" and "5bn" had found "$5m" and
# "5bn" in every amount with a decimal).
_DECIMAL = lazy_compile(r"\d[\d,]*\.\d")  # thousands commas too: the chain sees "1,200.5m", the fast path "1200.5m"


# Hebrew writes its article ה ("the"), ו ("and") and the prepositions ב ("in"), ל ("to"), מ ("from"), כ ("as") and
# ש ("that") onto the word, stacked: "הממשלה" is "the government", "והכנסת" "and the Knesset", "ובחינוך" "and in
# education", "מהבית" "from the house". The word after each letter of the stack is indexed at the token's place, as
# the word after French's l' is, so that ממשלה finds "הממשלה" and ירושלים "בירושלים"; the token stays too, as a word
# may begin with these letters (החלטה, ועדה, משפט). Lucene has no Hebrew analyser; HebMorph's rule of thumb without
# its dictionary: one stack of at most three letters, in its order (ו, then ש כש לכש מש, then ב ל מ כ, then ה), and
# only where three letters or more are left (a root's), as for Arabic's article; a double vav (וו) is a letter of
# its own.
HEBREW_PREFIXES = "הובלמכש"  # the letters a stack may begin with
_HEBREW_WORD = lazy_compile(r"[\u05d0-\u05ea\u0591-\u05c7]+")  # letters and points only: not צה"ל, not a mixed token
_PREFIX_STACK = lazy_compile(r"ו?(?:ש|כש|לכש|מש)?[בלמכ]?ה?")  # read on the letters alone, points aside
_STACK_LETTERS = 3
_ROOT_LETTERS = 3


def hebrew_prefixed(word: str) -> list[Span]:
    """Where the words after each letter of a Hebrew word's prefixes start and end ("ממשלה" in "הממשלה";
    "בחינוך" and "חינוך" in "ובחינוך"; "הבית" and "בית" in "מהבית"), or none."""
    if not _HEBREW_WORD.fullmatch(word) or word.startswith("וו"):
        return []
    if word.isalpha():  # no points, as news writes it: each character a letter (read on the first four alone)
        stack = min(_PREFIX_STACK.match(word, 0, _STACK_LETTERS + 1).end(), _STACK_LETTERS)  # type: ignore[union-attr]
        return [(count, len(word)) for count in range(1, stack + 1) if len(word) - count >= _ROOT_LETTERS]
    letters = [at for at, char in enumerate(word) if "\u05d0" <= char <= "\u05ea"]
    stack = _PREFIX_STACK.match("".join(word[at] for at in letters)).end()  # type: ignore[union-attr]
    stack = min(stack, _STACK_LETTERS)
    # the points of a pointed prefix are its own: "הַ" of "הַמֶּמְשָׁלָה"
    return [(_after_points(word, letters[count - 1] + 1), len(word))
            for count in range(1, stack + 1) if len(letters) - count >= _ROOT_LETTERS]


def _after_points(word: str, at: int) -> int:
    """The place after the points that follow the letter before ``at`` in ``word``."""
    while at < len(word) and "\u0591" <= word[at] <= "\u05c7":  # cantillation marks and points, before the letters
        at += 1
    return at

