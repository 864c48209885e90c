"""A news database's proximity between two words as Lucene's phrase with a ``~`` (Nexis's w/5 and pre/5, Factiva's
near5, ProQuest's NEAR/5, N/5, P/5 and NEAR, EBSCO's N5 and W5), a chain of one proximity as all its words near each
other, and the proximities it cannot read refused with what to type instead."""

from __future__ import annotations

import re
from itertools import permutations

from .errors import InvalidQuery, as_typed
from .proximitysides import CODE_NUMBER, bracketed_words_unbracketed, quoted_words_unquoted
from .querychecks import shorten
from .startup import lazy_compile
from .textanalysis import analyze

# A news database's proximity between two words: Nexis's "w/5" (within 5 words) and "pre/5" (before, within 5),
# Factiva's "near5" (or NEAR/5), ProQuest's "N/5" and "P/5" (its NEAR/5 and PRE/5 shortened), EBSCO's "N5" (within 5)
# and "W5" (before, within 5). Read as words, "Blair w/5 Brown" had required a word "w" and the number 5: nothing.
# Any number, as Lucene's slop has no limit: "oil w/1000 crude" (up to 3 digits read) had found nothing, silently.
# ProQuest's NEAR with no number, in capitals as its operators are, is its NEAR/4: read as an AND (near a stop word),
# "blair NEAR brown" had found Blair and Brown a page apart. In lower case ("homes near river") it is a word. Google's
# AROUND(5) alike (it had been a word "around", a stop word, and a required 5), in any case: a word "around" has no
# number in brackets written on to it ("around(3)" had been the words around and 3, silently).
_WORD = r"[^\s()\"/:]+"
_OPERATOR = r"(?:(?i:(?:w|pre|near|n|p)/?\d+)|NEAR|(?i:AROUND)\(\d+\))"
_CHAIN = lazy_compile(rf"(?<![^\s(])({_WORD}(?:\s+{_OPERATOR}\s+{_WORD})+)(?![^\s)])")
_MAY_HOLD = re.compile(r"/|(?i:near)|\b[NW]\d|(?i:AROUND)\(")  # a query holding none (most) is not searched further
NEAR_DEFAULT = 4  # ProQuest's: NEAR is NEAR/4
# EBSCO's N5 and W5, which name a road, a postcode or a mask as often: read as an operator only with a number EBSCO's
# searchers type (CODE_NUMBER), so "covid N95 masks" searches the masks.
_CODE = lazy_compile(rf"[NW]{CODE_NUMBER}")
ANY_ORDER_WORDS = 4  # a chain in any order is a phrase for each order of its words: 24 for 4, 120 for 5


def proximity_operators(text: str) -> tuple[str, str | None]:
    """``text`` with a database's proximity between two words outside quotes as Lucene's, a phrase with a ``~``, which
    keeps its words' order: ``Blair pre/5 Brown`` is ``"Blair Brown"~5``, ``Blair w/5 Brown`` (``near5``, ``N/5``, ``N5``)
    either order, ``("Blair Brown"~5 OR "Brown Blair"~5)``; a chain of one proximity (``a NEAR b NEAR c``) all its words,
    each near the next (a phrase in single quotes is in double ones by now: singlequotes.py); and a note saying so
    (``text`` and None when it has none). InvalidQuery for a chain in any order of more than ANY_ORDER_WORDS words."""
    if not _MAY_HOLD.search(text):
        return text, None
    said: list[str] = []
    shouted = not any(c.islower() for c in text)  # NEAR, N5 in a query typed in capitals: words
    pieces = bracketed_words_unbracketed(quoted_words_unquoted(text)).split('"')
    _check_negative(pieces[::2], text)
    pieces[::2] = [_lone_signs_left_out(piece, shouted, said) for piece in pieces[::2]]
    _check_sides(pieces, text, shouted)
    pieces[::2] = [_CHAIN.sub(lambda chain: _chain_read(chain.group(1), shouted, said), piece) for piece in pieces[::2]]
    read = _unpaired_nears_left_out(pieces, said) if len(pieces) % 2 and not shouted else '"'.join(pieces)
    return read, "; ".join(dict.fromkeys(said)) or None


# A proximity's number with a minus between two words, "police w/-3 gunmen": read as a word of its own, it had found
# nothing, the note saying no article had all "these words", as a fuzzy word's ~-1 is refused (querychecks)
_NEGATIVE = lazy_compile(rf"(?<![^\s(])({_WORD})\s+((?i:w|pre|near|n|p)/)-(\d+)\s+({_WORD})(?![^\s)])")


def _check_negative(pieces: list[str], typed: str) -> None:
    """Refuse a proximity with a negative number between two words in ``pieces`` (the query outside quotes),
    ``typed`` quoted in the message."""
    for piece in pieces:
        if found := _NEGATIVE.search(piece):
            before, operator, number, after = found.groups()
            raise InvalidQuery(f"cannot read the number after {operator} in {as_typed(shorten(typed))}",
                               hint=f"a proximity takes the most words between, from 0: {before} {operator}{number} "
                                    f"{after}")


# A NEAR with no word on one side ("Blair NEAR", "(blair NEAR) brown", "NEAR brown", "(NEAR blair) brown"), left out
# with a note, as a lower-case stop word is: dropped as one, it had said nothing (or been searched as a name's word).
# Those beside a bracket in each piece outside quotes; those ending or opening the query in it whole.
_NO_WORD = ": left out (ProQuest's NEAR needs a word on each side)"
_BRACKETED_NEARS = ((lazy_compile(r"(?<=\S)\s+NEAR\s*(?=\))"), "NEAR before a closing bracket has no word after it"),
                    (lazy_compile(r"(?<=\()\s*NEAR\s+(?=[^\s)])"), "NEAR after an opening bracket has no word before it"))
_ENDING_NEARS = ((lazy_compile(r"\A\s*NEAR\s+(?=\S)"), "NEAR at the start of the query has no word before it"),
                 (lazy_compile(r"(?<=\S)\s+NEAR\s*\Z"), "NEAR at the end of the query has no word after it"))


def _unpaired_nears_left_out(pieces: list[str], said: list[str]) -> str:
    """The query of ``pieces`` (split at its quotes, which pair) without each NEAR that has no word on one side,
    adding to ``said`` that it was left out."""
    for pattern, note in _BRACKETED_NEARS:
        if any(pattern.search(piece) for piece in pieces[::2]):
            pieces[::2] = [pattern.sub("", piece) for piece in pieces[::2]]
            said.append(note + _NO_WORD)
    read = '"'.join(pieces)
    for pattern, note in _ENDING_NEARS:
        if found := pattern.search(read):
            read = read[:found.start()] + read[found.end():]
            said.append(note + _NO_WORD)
    return read

# A sign or an operator as a proximity's word: "blair NEAR -brown" had been read as the phrase "blair -brown"~4 (Blair
# beside Brown found), "blair NEAR OR brown" as "blair OR"~4 (nothing found), each with a note saying so. An operator
# typed in lower case too, "blair NEAR or brown": a word elsewhere, but beside a proximity a stop word, which finds
# nothing there (the phrase "blair or"~4), so the operator is what it may have meant.
_NOT_A_WORD = lazy_compile(r"[+\-!]+[^+\-!].*|AND|OR|NOT|&&|\|\|")
_LOWER_OPERATOR = lazy_compile(r"(?i:and|or|not)")
_SIDES = lazy_compile(rf"(?<![^\s(])(?=({_WORD})\s+({_OPERATOR})\s+({_WORD})(?![^\s)]))")


def _check_sides(pieces: list[str], typed: str, shouted: bool) -> None:
    """Refuse a proximity outside quotes in ``pieces`` (the query split at its quotes) with a sign or an operator as
    its word on either side, the hint the query with the words near each other or without the proximity (``typed``:
    the query, for the message)."""
    at, read = 0, '"'.join(pieces)
    for number, piece in enumerate(pieces):
        for match in _SIDES.finditer(piece) if number % 2 == 0 else ():
            before, operator, after = match.groups()
            side = 1 if _not_a_word(before) else 3 if _not_a_word(after) else 0
            if not side or _reading(operator, before.lstrip("+-!"), after.lstrip("+-!"), shouted) is None:
                continue  # NEAR in capitals, N5 beside a stop word: a word
            start, end = at + match.start(side), at + match.end(side)
            word = match.group(side).lstrip("+-!") if match.group(side)[0] in "+-!" else ""  # an operator: none
            near = read[:start] + word + read[end:] if word else read[:start].rstrip() + read[end:]
            cut = at + match.start(2), at + match.end(2)
            # "or" without the NEAR is a word: its capital, OR (as long, the NEAR where it was)
            capital = read[:start] + read[start:end].upper() + read[end:] if not word else read
            without = capital[:cut[0]].rstrip() + capital[cut[1]:]
            left_out = _left_out(read, piece, at + match.start(1), at) if side == 1 else None
            offered = f"{shorten(left_out)} to leave out the words near each other, " if left_out else ""
            raise InvalidQuery(f"{operator} needs a word on each side, not a sign or an operator ({match.group(side)}):"
                               f" {as_typed(shorten(typed))}",
                               hint=f"type {offered}{shorten(near.strip())} for the words near each other, or "
                                    f"{shorten(without.strip())} without the {operator}")
        at += len(piece) + 1


def _left_out(read: str, piece: str, start: int, at: int) -> str | None:
    """``read`` (the query) with the NOT sign on the proximity's first word at ``read[start]`` (in ``piece``, from
    ``at``) put before the proximity bracketed, ``-(blair NEAR brown)``, which leaves out the words near each other,
    as ``-blair NEAR brown`` may have meant; None for another sign or when a word of it is a sign or an operator
    too, or another proximity follows it (which would be refused as well)."""
    chain = _CHAIN.match(piece, start - at)
    if chain is None:
        return None
    parts = chain.group(1).split()
    unsigned = parts[0].lstrip("+-!")
    sign = parts[0][:-len(unsigned)]
    if sign not in ("-", "!") or len(set(parts[1::2])) > 1 or any(_not_a_word(word) for word in parts[2::2]):
        return None
    return f"{read[:start]}{sign}({' '.join([unsigned, *parts[1:]])}){read[at + chain.end(1):]}"


def _not_a_word(side: str) -> bool:
    """Whether ``side``, a proximity's word, is a sign or an operator (an operator in lower case, ``or``, when it is
    searched for nothing, as a stop word is)."""
    return bool(_NOT_A_WORD.fullmatch(side) or _LOWER_OPERATOR.fullmatch(side) and not analyze(side))


# A sign alone as a proximity's word, "blair NEAR - brown", "blair NEAR -" (or a dash, "blair NEAR — brown"): no word.
# Read as a word of the phrase, searched for nothing, "blair -"~4 had found Blair anywhere, its note saying it was near
# "-". Left out with a note, the query read as typed without it: "blair NEAR brown"; "blair NEAR", its NEAR then left
# out as one ending the query is. Beside N5 or W5, a road's code there as beside a stop word, it stays.
_LONE_SIGN = lazy_compile(r'[^\w\s()"/:]+')
_TOKEN = lazy_compile(r"[^\s()]+")


def _lone_signs_left_out(piece: str, shouted: bool, said: list[str]) -> str:
    """``piece`` (outside quotes) without each lone sign standing as a proximity's word, adding to ``said`` that it
    was left out; an operator of signs (``&&``, ``||``) is _check_sides' to refuse."""
    while lone := _lone_sign(piece, shouted):
        start, end, note = lone
        space = len(piece[:start]) - len(piece[:start].rstrip())  # the space before it goes with it
        piece = piece[:start - space] + piece[end:] if space else piece[:start] + piece[end:].lstrip()
        said.append(note)
    return piece


def _lone_sign(piece: str, shouted: bool) -> tuple[int, int, str] | None:
    """Where the first lone sign in ``piece`` standing as a proximity's word is, what to leave out with it (the
    proximity after it too, when the same stands on each side: a NEAR - NEAR b), and the note saying so; None when
    none."""
    tokens = list(_TOKEN.finditer(piece))
    for at, sign in enumerate(tokens):
        if not _LONE_SIGN.fullmatch(sign.group()) or _NOT_A_WORD.fullmatch(sign.group()):
            continue
        near = [beside for beside in (at - 1, at + 1)
                if _together(piece, tokens, at, beside) and _a_proximity(piece, tokens, beside, shouted)]
        if not near:
            continue
        said = f"{sign.group()} beside {tokens[near[0]].group()} is no word: left out"
        if len(near) == 2 and tokens[at - 1].group() == tokens[at + 1].group():  # another: chained, refused later
            return sign.start(), tokens[at + 1].end(), f"{said}, with the {tokens[at + 1].group()} after it"
        return sign.start(), sign.end(), said
    return None


def _a_proximity(piece: str, tokens: list[re.Match[str]], at: int, shouted: bool) -> bool:
    """Whether ``tokens[at]`` of ``piece`` is a proximity between the words beside it (none: a sign)."""
    if not 0 <= at < len(tokens) or not re.fullmatch(_OPERATOR, tokens[at].group()):
        return False
    before = tokens[at - 1].group() if at and _together(piece, tokens, at - 1, at) else ""
    after = tokens[at + 1].group() if at + 1 < len(tokens) and _together(piece, tokens, at, at + 1) else ""
    return _reading(tokens[at].group(), before, after, shouted) is not None


def _together(piece: str, tokens: list[re.Match[str]], first: int, second: int) -> bool:
    """Whether only spaces stand between ``tokens[first]`` and ``tokens[second]`` of ``piece`` (no bracket)."""
    first, second = sorted((first, second))
    return first >= 0 and second < len(tokens) and not piece[tokens[first].end():tokens[second].start()].strip()


# Each operator's form: (its pattern, the words between them its group, whether it keeps their order, whether it may
# be a word: NEAR, and a code such as EBSCO's N5 and W5, which name a road or a vitamin as often)
_FORMS: tuple[tuple[re.Pattern[str], bool, str | None], ...] = (
    (lazy_compile(r"(?i:(?:w|near|n)/|near)(\d+)"), False, None),
    (lazy_compile(r"(?i:pre|p)/(\d+)"), True, None),
    (lazy_compile(rf"N({CODE_NUMBER})"), False, "code"),
    (lazy_compile(rf"W({CODE_NUMBER})"), True, "code"),
    (lazy_compile(r"NEAR()"), False, "word"),
    (lazy_compile(r"(?i:AROUND)\((\d+)\)"), False, None),  # Google's, as typed in any case
)


def _reading(operator: str, before: str, after: str, shouted: bool) -> tuple[bool, int] | None:
    """Whether ``operator`` between the words ``before`` and ``after`` keeps their order, and the words it lets stand
    between them; None when it is a word: w5 and pre5 always, NEAR, N5 and W5 in a query typed in capitals, and N5 and
    W5 beside a word searched for nothing (a stop word: "the N5 road")."""
    for form, ordered, word in _FORMS:
        match = form.fullmatch(operator)
        if match is None:
            continue
        if word and shouted or word == "code" and not (analyze(before) and analyze(after)):
            return None
        return ordered, int(match.group(1) or NEAR_DEFAULT)
    return None


def _chain_read(chain: str, shouted: bool, said: list[str]) -> str:
    """``chain`` (words, an operator between each two) with each run of one proximity read as Lucene's; an operator
    that is a word, or another proximity after a run (for unreadproximity.check_proximity to refuse), as typed. What
    each run is read as is added to ``said``."""
    parts = chain.split()
    out: list[str] = []
    words: list[str] = [parts[0]]  # the run of one proximity read so far
    operators: list[str] = []
    reading: tuple[bool, int] | None = None
    for operator, word in zip(parts[1::2], parts[2::2]):
        this = _reading(operator, words[-1], word, shouted)
        if this is not None and reading in (None, this):
            words, operators, reading = [*words, word], [*operators, operator], this
            continue
        out += [_run_read(words, operators, reading, said), operator]
        words, operators, reading = [word], [], None  # the word may open a run of its own
    out.append(_run_read(words, operators, reading, said))
    return " ".join(out)


def _run_read(words: list[str], operators: list[str], reading: tuple[bool, int] | None, said: list[str]) -> str:
    """The Lucene query of ``words`` joined by ``operators``, one proximity (``reading``: whether it keeps their order,
    and the words that may stand between two), adding to ``said`` how it reads; a word alone as typed."""
    if reading is None:
        return words[0]
    (ordered, apart), operator = reading, operators[0]
    default = (f" (ProQuest's NEAR, NEAR/{apart}; type NEAR/10 for another number)" if operator == "NEAR" else
               f' (EBSCO\'s {operator}; type "{operator}" in quotes for the word)' if _CODE.fullmatch(operator) else "")
    phrase = f'"{" ".join(words)}"~{apart}'
    if not ordered and len(words) > ANY_ORDER_WORDS:
        typed = " ".join(part for pair in zip(words, [*operators, ""]) for part in pair).strip()
        raise InvalidQuery(f"{operator} in any order joins at most {ANY_ORDER_WORDS} words: {as_typed(shorten(typed))}",
                           hint=f"type fewer words, or the words in their order, {phrase}")
    orders = [f'"{" ".join(order)}"~{apart}' for order in dict.fromkeys(permutations(words))]
    if len(words) == 2:
        read = phrase if ordered else f"({' OR '.join(orders)})"
        said.append(f"{operator} is read as {read}: at most {apart} words between them, "
                    f"{'in this order' if ordered else 'in either order'}{default}")
    elif ordered:
        said.append(f"{operator} is read as {phrase}: at most {apart} words between each and the next, in this order"
                    f"{default}")
    else:
        said.append(f"{operator} is read as {phrase} in any order of its words: at most {apart} words between each and "
                    f"the next{default}")
    # Lucene's ||, not OR: an OR of its own had made "OIL W/5 CRUDE" a query typed in capitals (unshout), the OR
    # lower-cased into a word that both phrases then stood beside
    return phrase if ordered else f"({' || '.join(orders)})"
