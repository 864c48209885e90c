"""The terms the differential check's evaluator (querynodes.py) sees: an article's and a typed word's terms place by
place, through newssearch's text analysis alone (``TEXT_ANALYZER``, the chain the index is built with); a name's words
and its solid spelling; a fuzzy word's one edit; a phrase's words spelled as the index reads them (amounts, initials)
and found in order."""

from __future__ import annotations

import functools
import re

from newssearch.folding import fold
from newssearch.textanalysis import TEXT_ANALYZER

LETTERS = re.compile(r"[^\W_]+")
SOLID = re.compile(r"(?!re-|in-)[^\W\d_][^\W_]*(?:-[^\W_]+){1,3}", re.IGNORECASE)  # hyphens.solid_words
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
    pairs = dict(number_pairs(text))
    for t in TEXT_ANALYZER(text, mode="query", positions=True, removestops=False, chars=True):
        while len(found) <= t.pos:
            found.append(set())
        if t.startchar in pairs:  # a number pair is that pair at its first number's place (README: 1-0, "won 1-0")
            found[t.pos] = pairs.pop(t.startchar)
            continue
        found[t.pos].add(t.text)
        solid = solid_spelling(text[t.startchar:t.endchar])
        if solid is not None:
            found[t.pos].update(t.text for t in TEXT_ANALYZER(solid, mode="query", removestops=False))
    return number_words_as_digits([terms for terms in found if terms], text)


def number_words_as_digits(found: Places, text: str) -> Places:
    """``found`` with a number word searched as its digits where the index holds them at its place (README: a number
    word before a scale or per cent, "four million", not after another number word nor anywhere else), read from the
    index's own terms of ``text``: ``"one mln"`` finds "$1m" and "1 million"."""
    indexed = places(text)
    if len(indexed) != len(found):
        return found
    return [terms | {term for term in at if term.isdigit()} if all(term.isalpha() for term in terms) else terms
            for terms, at in zip(found, indexed)]


_WORD = re.compile(r"\S+")


def number_pairs(text: str) -> list[tuple[int, set[str]]]:
    """Where each number pair typed in ``text`` starts, and the pair's term as the index holds it at its first and
    last number's places ("1-0", "24-7" for 24/7, not "6-3/4", a mixed number)."""
    found = []
    for word in _WORD.finditer(text):
        at = places(word.group())
        pair = {term for term in at[0] & at[-1] if re.fullmatch(r"[\d.]+-[\d.]+", term)} if len(at) == 2 else set()
        if pair:
            found.append((word.start() + re.search(r"\d", word.group()).start(), pair))  # type: ignore[union-attr]
    return found


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


def name_words(text: str) -> set[str]:
    """The words of a name, in lower case and without accents."""
    return {fold(word.lower()) for word in LETTERS.findall(text)}


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


_SCALES = {"mln": "million", "bln": "billion", "trln": "trillion", "million": "million", "billion": "billion",
           "trillion": "trillion"}
_CURRENCIES = {"dlr": "dollar", "dlrs": "dollars", "stg": "sterling"}


def amounts_spelled(words: list[str]) -> list[str]:
    """``words`` with a scale and a currency typed together after no number spelled as the words they stand for
    (README's "billion dollars" row: ``"BLN STG"`` and ``"mln dlrs"`` are billion sterling and million dollars, as the
    index reads them after a number)."""
    spelled = list(words)
    for at in range(len(words) - 1):
        scale, currency = words[at].lower(), words[at + 1].lower()
        if scale in _SCALES and currency in _CURRENCIES and not (at and any(c.isdigit() for c in words[at - 1])):
            spelled[at], spelled[at + 1] = _SCALES[scale], _CURRENCIES[currency]
    return spelled


def initials_joined(words: list[str]) -> list[str]:
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


def in_order(found: Places, wanted: Places, gap: int) -> bool:
    """Whether ``wanted``'s terms stand in ``found`` in order, each 1 to ``gap`` places after the one before."""
    def from_place(i: int, k: int) -> bool:
        if k == len(wanted):
            return True
        return any(j < len(found) and wanted[k] & found[j] and from_place(j, k + 1) for j in range(i + 1, i + gap + 1))
    return any(wanted[0] & terms and from_place(i, 1) for i, terms in enumerate(found))


def fields_of(fieldname: str | None) -> tuple[str, ...]:
    """The fields a clause searches: the one it names, else title and body."""
    return (fieldname,) if fieldname else ("title", "body")


def ands_dropped(words: list[str]) -> list[list[str]]:
    """``words`` with each "and" between two words typed with a capital kept and left out, every mix (README: a
    phrase's "and" between names is "&" too, which holds no place: "Fisher and Paykel" finds "Fisher & Paykel", so
    "Fisher, Paykel" too); not between an initialism's sides of one or two letters each ("R and D")."""
    found = [[]]
    for at, word in enumerate(words):
        named = 0 < at < len(words) - 1 and word.lower() == "and" and words[at - 1][:1].isupper() \
            and words[at + 1][:1].isupper() and not (len(words[at - 1]) <= 2 and len(words[at + 1]) <= 2)
        found = [spelled + kept for spelled in found for kept in ([[word], []] if named else [[word]])]
    return found
