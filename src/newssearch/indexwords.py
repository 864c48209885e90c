"""A text's words as the one-pass indexing analysis (``fastanalysis``) reads them: the tokens lower-cased and as
written, and where each has other forms (acronyms, a pair's single letters, hyphenated words' parts and the words
they make written solid). ASCII text, most of a news corpus, is cut and lowered in fewer, larger steps."""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Sequence
from itertools import chain
from re import Match
from sys import intern

from .acronymterms import acronyms
from .currencysigns import may_hold_signs, signed_numbers
from .decimalcommas import decimal_joins, has_decimals
from .digitgroups import grouped_numbers
from .dotwords import dot_word_terms, has_dot_words
from .gluedamounts import first_glued, glued_cuts, glued_tokens, has_glued
from .hyphens import compound_parts, hyphen_links, number_links, solid_words, word_char
from .initialisms import has_initialisms, initialism_terms
from .numberwords import may_hold_number_words, number_word_terms
from .packedspans import PackedSpans, PairLetters
from .tokenpatterns import (
    MIXED_JOINT,
    TOKEN_RE,
    Span,
    percent_words,
    plain_word,
    token_pattern_for,
    wire_words,
    word_spans,
)
from .unspaced import has_unspaced, split_unspaced_packed

# Characters of a text from which its analysis holds its tokens' spans and its terms' places packed in arrays, not as
# Python objects (``PackedSpans``, ``fastanalysis``): a shorter text's are quicker to make as they were (4% of a
# BBC build's analysis), and small.
PACKED_FROM = 100_000
_WHITE_SPACE = re.compile(r"\s")  # in no token but a percent's or an amount word's after a number ("5 pct", "3 mln")
_SLASHED = re.compile(r"[0-9]/[0-9]")  # numbers joined by a slash, a pair's ("24/7"): its links need the spans
_RUN = 10_000  # tokens of an ASCII text lowered at a time (each a string of its own until it is shared)
# A text's words, as written, its acronyms, single letters, hyphenated words' parts, words written solid, numbers
# after a currency sign, words after their opening dot and number words before a scale, and initialisms joined by "&": ``text_words``
Words = tuple[list[str], list[str], dict[int, str], PairLetters, set[int], dict[int, tuple[int, str]], dict[int, str],
              dict[int, str]]


def text_words(text: str, pattern) -> Words:  # type: ignore[no-untyped-def]
    """Lower-cased tokens of ``text`` as the tokenizer's compiled ``pattern`` cuts it, the tokens as written, the
    acronyms among them by position (see ``acronyms``), the single letters indexed beside each pair of a script
    without spaces (see ``split_unspaced``), the positions of the parts of hyphenated words (see
    ``compound_parts``), those words written solid, lower-cased, by the place of their first part (see
    ``solid_words``), the term of each number after a currency sign (see ``currencysigns``) or word after its opening
    dot (``dotwords``) or number word before a scale (``numberwords``), and of each initialism
    joined by "&", by the place of its first letters (see ``initialisms``).

    Each distinct token is one string in the lists, shared by its places: a long text says its words many times
    over (a 12 MB transcript's analysis had held 134 bytes a character at its peak, 69 so).
    """
    if text.isascii() and not (pattern is TOKEN_RE and has_decimals(text)):  # "20,50 USD": one token, below
        return _ascii_words(text, pattern)
    spans: Sequence[Span] = _packed_spans(text, pattern) if len(text) >= PACKED_FROM else _token_spans(text, pattern)
    singles = PairLetters()
    if has_unspaced(text):  # a run of letters a pair every letter: packed, as a long text's spans are
        spans, singles = split_unspaced_packed(text, spans)
    shared: dict[str, str] = {}
    share = shared.setdefault
    raw = [share(word := text[start:end], word) for start, end in spans]
    signed = signed_numbers(text, spans, raw, shared) if may_hold_signs(text, shared) else {}  # shared: its tokens
    if has_dot_words(text):  # ".net" at the "NET" of ".NET": a term at a token's place, as "$50" (``dotwords``)
        signed = {**dot_word_terms(text, spans), **signed}
    links = hyphen_links(text, spans)
    numbers = grouped_numbers(text, spans)
    initialisms = initialism_terms(text, spans)
    del spans  # the largest of the lists, gone before the next ones are made
    solid = {first: (last, word.lower())
             for first, (last, word) in solid_words(_each_once(plain_word, raw), links, raw).items()} if links else {}
    solid |= {first: (last, word.lower()) for first, (last, word) in numbers.items()}  # 40000
    words = _each_once(_plain_lower, raw)
    if words == raw:  # tokens that are their own terms (a text in Chinese or Thai: no capitals), one list for both
        words = raw
    if may_hold_number_words(words):  # "4" at the "four" of "four mln tonnes" (``numberwords``)
        signed = {**number_word_terms(words), **signed}
    return words, raw, acronyms(raw), singles, compound_parts(links), solid, signed, initialisms


def _token_spans(text: str, pattern) -> list[Span]:  # type: ignore[no-untyped-def]
    """Where the tokens of ``text`` stand as ``pattern`` cuts them (``tokenforms.token_cuts``, before runs of a script
    without spaces are cut into pairs)."""
    return word_spans(text) if pattern is TOKEN_RE else [match.span() for match in pattern.finditer(text)]


def _packed_spans(text: str, pattern) -> PackedSpans:  # type: ignore[no-untyped-def]
    """``_token_spans`` of a long text, packed."""
    matches = (token_pattern_for(text) if pattern is TOKEN_RE else pattern).finditer(text)
    offsets = array("q", chain.from_iterable(map(Match.span, matches)))  # start, end, start, ...: no loop in Python
    spans = PackedSpans(offsets[0::2], offsets[1::2])
    if pattern is TOKEN_RE and has_decimals(text):  # "€1,50": one token (``decimalcommas``)
        for at in reversed(decimal_joins(text, spans)):
            spans.ends[at] = spans.ends[at + 1]
            del spans.starts[at + 1], spans.ends[at + 1]
    if pattern is TOKEN_RE and (glued := first_glued(text)) >= 0:  # "£1.2bn": its number, then itself
        for at, (start, end) in reversed(glued_cuts(text, spans, glued)):
            spans.starts.insert(at, start)
            spans.ends.insert(at, end)
    return spans


def _ascii_words(text: str, pattern) -> Words:  # type: ignore[no-untyped-def]
    """``text_words`` of ASCII text, lowered once as a whole: the same tokens, far fewer calls."""
    hyphens, joints = _word_hyphens(text) if "-" in text else ([], False)
    raw, links = _ascii_tokens(text, pattern, hyphens)
    shared: dict[str, str] = {}
    share = shared.setdefault
    _share_in_place(raw, share)
    together = "\0".join(raw)
    glued = has_glued(together) and glued_tokens(raw, links, together)
    if glued:  # "£1.2bn": its number, then itself, read as "billion" (below)
        raw, links, amounts = glued
        _share_in_place(raw, share)
        together = "\0".join(raw)
    # "%", "per cent" and "pct" are "percent"; a token holding white space is a wire's amount word too (" mln"), as is
    # a wire's scale or dollar alone ("five mln", "U.S. dlrs"), and a mixed number's hyphen ("24-7/8")
    percent = (joints or "%" in together or percent_words(together) or _WHITE_SPACE.search(together) is not None
               or wire_words(together))
    found = acronyms(raw, together) if raw else {}
    del together  # as large as the text, gone before the words are made
    words: list[str] = []
    done: dict[str, str] = {}
    for at in range(0, len(raw), _RUN):  # a run of tokens at a time: a string a token, before each is shared
        run = "\0".join(raw[at:at + _RUN]).replace(",", "")
        if percent:
            words += _each_once(_plain_lower, run.split("\0"), done)
        else:
            run_words = run.lower().split("\0")
            words += map(share, run_words, run_words)
    for at in amounts if glued else ():
        words[at] = plain_word(raw[at])
        if "," in raw[at - 1]:  # its number, with a decimal comma ("$1,5m": 1.5, ``decimalcommas``) or a group
            words[at - 1] = plain_word(raw[at - 1])
    # "$50", "AT&T": this path has no spans, which only a text with a sign before a number or an initialism joined by
    # "&" needs (one tokenizing more)
    spans = word_spans(text) if may_hold_signs(text, shared) else None
    signed = signed_numbers(text, spans, raw, shared) if spans is not None else {}
    if has_initialisms(text):
        spans = spans if spans is not None and pattern is TOKEN_RE else _token_spans(text, pattern)
        initialisms = initialism_terms(text, spans)
    else:
        initialisms = {}
    if has_dot_words(text):  # ".net" at the "NET" of ".NET": a term at a token's place, as "$50" (``dotwords``)
        spans = spans if spans is not None and pattern is TOKEN_RE else _token_spans(text, pattern)
        signed = {**dot_word_terms(text, spans), **signed}
    if may_hold_number_words(words):  # "4" at the "four" of "four mln tonnes" (``numberwords``)
        signed = {**number_word_terms(words), **signed}
    if "/" in text and _SLASHED.search(text) is not None:  # "24/7", "2004/05": a number pair, as "24-7" (``hyphens``)
        if spans is None or pattern is not TOKEN_RE:
            spans = word_spans(text) if pattern is TOKEN_RE else [match.span() for match in pattern.finditer(text)]
        links = sorted({*links, *number_links(text, spans)})
    return (words, raw, found, PairLetters(), compound_parts(links),
            solid_words(words, links, raw) if links else {}, signed, initialisms)


def _share_in_place(tokens: list[str], share: Callable[[str, str], str]) -> None:
    """Each of ``tokens`` as the one string ``share`` gives for it, a run at a time in place: a second list of every
    token, made whole, had been a long text's peak."""
    for at in range(0, len(tokens), _RUN):
        run = tokens[at:at + _RUN]
        tokens[at:at + _RUN] = map(share, run, run)


def _ascii_tokens(text: str, pattern, hyphens: list[int]) -> tuple[list[str], list[int]]:  # type: ignore[no-untyped-def]
    """The tokens of ASCII ``text``, and the places ``i`` where each of ``hyphens`` joins tokens ``i`` and ``i + 1``.

    One pass of the tokenizer, cut at those hyphens: a token never holds a hyphen, so the token
    before one ends the piece before it and the token after it starts the next piece.
    Each distinct token is one string as the tokens are found (``intern``): a long text's list of a string a token had
    been 20 times the text.
    """
    expression = token_pattern_for(text) if pattern is TOKEN_RE else pattern
    findall = expression.findall
    long = len(text) >= PACKED_FROM and not expression.groups  # a short text's are quicker shared all at once, later
    if not hyphens:  # a token a match (no groups): never a list of them all first
        return (list(map(intern, map(Match.group, expression.finditer(text)))) if long else findall(text)), []
    found = (lambda *cut: list(map(intern, findall(*cut)))) if long else findall
    raw: list[str] = []
    links: list[int] = []
    last = 0
    for at in hyphens:
        raw += found(text, last, at)
        links.append(len(raw) - 1)
        last = at + 1
    raw += found(text, last)
    return raw, links


def _word_hyphens(text: str) -> tuple[list[int], bool]:
    """Where the hyphens of ASCII ``text`` that join two words stand: a word character on each side; and whether any
    other is a token, a mixed number's ("24-7/8": ``MIXED_JOINT``)."""
    found = []
    joints = False
    at = text.find("-")
    while at != -1:
        if 0 < at < len(text) - 1 and word_char(text[at - 1]) and word_char(text[at + 1]):
            if text[at - 1].isdigit() and MIXED_JOINT.match(text, at):
                joints = True
            else:
                found.append(at)
        at = text.find("-", at + 1)
    return found, joints


def _each_once(function: Callable[[str], str], words: list[str], done: dict[str, str] | None = None) -> list[str]:
    """``function`` of each of ``words``, worked out once for each distinct word (and one string for each result);
    ``done``: the results worked out before (of earlier runs of a text's words), which it adds to."""
    done = {} if done is None else done
    done.update({word: function(word) for word in set(words).difference(done)})
    return list(map(done.__getitem__, words))


def _plain_lower(word: str) -> str:
    """A token as a term (``plain_word``), lower-cased."""
    return plain_word(word).lower()
