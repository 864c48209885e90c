"""Hyphenated words: which tokens a hyphen joins ("e", "mail"), and each such word written solid ("email"), so that
``email`` finds "e-mail" and a part that is a stopword ("co" in "co-operation") is still searched; numbers joined by a
hyphen, an en dash or a slash ("1-0", "1–0", "24/7") as one number pair's term ("1-0", "24-7")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice

from .gluedamounts import CURRENCY_SIGNS, SCALE_ENDS, glued_scale
from .startup import lazy_compile
from .tokenpatterns import Span, plain_word
from .unspaced import has_unspaced

HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
NUMBER_JOINTS = "\u2013/"  # between two numbers an en dash or a slash joins them too: "1–0", "2004/05", "24/7"
_NUMBER_JOINT = lazy_compile(rf"[0-9][{NUMBER_JOINTS}][0-9]")
PAIR_JOINT = "-"  # what joins a number pair's numbers in its term ("1-0"), which no token holds
MAX_SOLID_PARTS = 4  # "state-of-the-art" is written solid too; a longer run of hyphens is not one word
# Prefixes whose hyphen keeps a word apart from another: "re-sign" is not "resign", nor "in-form" "inform".
NOT_JOINED = frozenset({"re", "in"})
# Prefixes that, standing alone, are an abbreviation: "Co" is a company's ("Arco Seed Co operations", "Acme Co.
# Operations"), so a word typed with one ("co-operation") is searched hyphenated or solid, not as two words.
ABBREVIATED_PREFIXES = frozenset({"co"})


def joined_only(word: str) -> bool:
    """Whether a hyphenated ``word`` as typed is found only joined, hyphenated or solid (``co-operation``): its first
    part is one of ABBREVIATED_PREFIXES; not as its parts spaced, which are another thing there."""
    first, hyphen, _ = word.translate(_ONE_HYPHEN).partition("-")
    return bool(hyphen) and first.lower() in ABBREVIATED_PREFIXES


_ONE_HYPHEN = str.maketrans(dict.fromkeys(HYPHENS, "-"))


def hyphen_links(text: str, spans: Sequence[Span]) -> list[int]:
    """The places ``i`` where tokens ``i`` and ``i + 1`` of ``text`` (at ``spans``) are joined by a hyphen ("e", "mail"),
    or are numbers joined by an en dash or a slash ("1–0", "24/7": a number pair, ``solid_words``)."""
    links = _hyphened(text, spans) if any(hyphen in text for hyphen in HYPHENS) else []
    if ("/" not in text and "\u2013" not in text) or _NUMBER_JOINT.search(text) is None:  # (read apart: most have none)
        return links
    return sorted({*links, *number_links(text, spans)})


def _hyphened(text: str, spans: Sequence[Span]) -> list[int]:
    """The places ``i`` where tokens ``i`` and ``i + 1`` of ``text`` are joined by a hyphen between word characters."""
    # each span beside the next, as iterated: no index taken (a long text's spans are packed: ``indexwords``)
    return [i for i, ((_, end), (start, _)) in enumerate(zip(spans, islice(spans, 1, None)))
            if start == end + 1 and text[end] in HYPHENS and word_char(text[end - 1]) and word_char(text[start])]


def number_links(text: str, spans: Sequence[Span]) -> list[int]:
    """The places ``i`` where tokens ``i`` and ``i + 1`` of ``text`` are numbers joined by an en dash or a slash
    (``hyphen_links`` finds them too: this, for a text whose hyphens were read without spans)."""
    return [i for i, ((first, end), (start, last)) in enumerate(zip(spans, islice(spans, 1, None)))
            if start == end + 1 and text[end] in NUMBER_JOINTS and _number(text, first, end) and _number(text, start, last)]


def _number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is ASCII digits alone, as a number pair's numbers are written."""
    return start < end and all("0" <= char <= "9" for char in text[start:end])


def link_runs(links: list[int]) -> Iterator[tuple[int, int]]:
    """The first and last place of each run of tokens joined by ``links`` (ascending places ``i`` where token ``i``
    joins token ``i + 1``): ``[0, 1, 5]`` gives (0, 2) and (5, 6)."""
    at = 0
    while at < len(links):
        first = last = links[at]
        while at < len(links) and links[at] == last:
            last += 1
            at += 1
        yield first, last


def solid_words(words: list[str], links: list[int], written: Sequence[str] | None = None) -> dict[int, tuple[int, str]]:
    """Each hyphenated word written solid, by the place of its first part: ``{0: (1, "email")}`` for "e-mail".

    Indexed at the first part's place (as Lucene's WordDelimiterGraphFilter places a catenated word), it
    lets ``email`` find "e-mail", ``cooperation`` "co-operation", ``takeover`` "take-over" and ``F16``
    "F-16". ``links`` are ascending (see ``hyphen_links``). Only words of letters and digits that start
    with a letter ("1987-88" is not 198788, nor "3-4" 34), of at most MAX_SOLID_PARTS parts, are joined,
    and not after "re" or "in" (NOT_JOINED: "re-sign" had found "resign"). Numbers are joined by PAIR_JOINT
    (``number_pair``: "1-0", "2020-21", "24/7" as "24-7"), so that a score typed is that score, not its numbers in two
    pairs side by side ("3-1 0-30"); so in a hyphenated word ("post-9/11": "9-11", "1-0-win": "1-0"), which is then
    not written solid. Nor is a word opening with an amount with its scale written on (``written``: the tokens as
    written, where a term is not: "$2bn-worth", "2bn-3bn"): the amount's term is its scale's word, and "billionworth"
    had been every amount's, its number left out.
    """
    solid: dict[int, tuple[int, str]] = {}
    for first, last in link_runs(links):
        parts = words[first : last + 1]
        if len(parts) > MAX_SOLID_PARTS or written is not None and opens_with_amount(written[first]):
            continue
        word = "".join(parts[:-1]) + _without_possessive(parts[-1])  # "Ing-wen’s" is "Ingwen", as "Ing-wen"
        pairs = dict(_number_runs(parts, first)) if not word.isalpha() else {}  # (most are letters alone: "e-mail")
        if pairs:  # "1-0", "2004/05"; in a word, "post-9/11", "1-0-win": its pair, not the word solid ("post911")
            solid |= {start: (end, PAIR_JOINT.join(words[start : end + 1])) for start, end in pairs.items()}
        elif word.isalnum() and not word[0].isdigit() and not has_unspaced(word) and parts[0].lower() not in NOT_JOINED:
            solid[first] = (last, word)
    return solid


def _without_possessive(part: str) -> str:
    """A hyphenated word's last part without the possessive after it ("wen's", "mails'"), which its solid word leaves
    out as its parts do: "Tsai Ing-wen’s win" had had no "Ingwen"."""
    for ending in ("'s", "’s", "'S", "’S", "'", "’"):
        if part.endswith(ending) and len(part) > len(ending):
            return part[: -len(ending)]
    return part


def opens_with_amount(token: str) -> bool:
    """Whether ``token`` as written is an amount with its scale written on ("$2bn", "2bn", "R5m"), whose term is its
    scale's word (``gluedamounts``): a hyphenated word it opens has no solid spelling (``solid_words``)."""
    return (token[:1].isdigit() or token[:1] in CURRENCY_SIGNS + "R") and token[-1:] in SCALE_ENDS and glued_scale(token) is not None


def _number_runs(parts: list[str], first: int) -> Iterator[tuple[int, int]]:
    """The first and last place (from ``first``, the first part's) of each run of two numbers or more among a
    hyphenated word's ``parts``: "post-9/11" gives (1, 2)."""
    at = 0
    while at < len(parts):
        end = at
        while end < len(parts) and parts[end].isascii() and parts[end].isdigit():
            end += 1
        if end - at > 1:
            yield first + at, first + end - 1
        at = max(end, at + 1)


def number_pair(word: str) -> bool:
    """Whether ``word`` (a term, a solid word) is numbers joined as a number pair's term is (``solid_words``: "1-0")."""
    return _NUMBER_PAIR.fullmatch(word) is not None


_NUMBER_PAIR = lazy_compile(rf"[0-9]+(?:{PAIR_JOINT}[0-9]+)+")
# a pair's numbers typed, then a pattern of its last number's end: "1-0*", "2020/2?", "2004–0*"
PAIR_PATTERN = rf"[0-9]+(?:[{HYPHENS}{NUMBER_JOINTS}][0-9]+)+[*?][0-9*?]*"
_PAIR_PATTERN = lazy_compile(PAIR_PATTERN)
_PAIR_JOINTS = str.maketrans(dict.fromkeys(HYPHENS + NUMBER_JOINTS, PAIR_JOINT))


def pair_pattern(pattern: str) -> str | None:
    """A pattern typed as a number pair with a wildcard at its end (``1-0*``, ``1/0*``) as the pattern of the pairs'
    terms it opens ("1-0*": "1-0", "1-02"), None for another pattern: a score so typed is the scores it opens, as
    ``1-0`` is that score, never a 1 beside a word opening 0 ("3-1 0-30")."""
    return pattern.translate(_PAIR_JOINTS) if _PAIR_PATTERN.fullmatch(pattern) else None


def pair_numbers(pattern: str) -> list[str]:
    """The numbers of a number pair's pattern after its first (``1-0*``: "0*"), which the index holds after the pair's
    term, at their places, as it holds a pair's ("1-0" "0": ``phrases.solid_chains``)."""
    return pattern.translate(_PAIR_JOINTS).split(PAIR_JOINT)[1:]


def word_char(char: str) -> bool:
    """What ``\\w`` matches."""
    return char.isalnum() or char == "_"


def in_compound(text: str, start: int, end: int) -> bool:
    """True when the token at ``text[start:end]`` is joined to a word by a hyphen ("co" in "co-operation").

    Such a part is kept even when it is a stopword: "co-operation", "well-known" and "re-election"
    are searched as the words they are, not as "operation" or nothing at all.
    """
    return ((start >= 2 and text[start - 1] in HYPHENS and word_char(text[start - 2]))
            or (end + 1 < len(text) and text[end] in HYPHENS and word_char(text[end + 1])))


def compound_parts(links: list[int]) -> set[int]:
    """The positions of the tokens that are parts of hyphenated words, from their ``hyphen_links``."""
    return {pos for link in links for pos in (link, link + 1)}


def solid_spellings(text: str, spans: Sequence[Span], links: list[int] | None = None) -> dict[int, tuple[int, str]]:
    """The hyphenated words of ``text`` (its tokens at ``spans``) written solid, by the place of their first part
    (``solid_words``): ``{0: (1, "email")}`` for "e-mail". ``links``: ``hyphen_links(text, spans)``, when known."""
    links = hyphen_links(text, spans) if links is None else links
    if not links:
        return {}
    # Only the words a hyphen joins are read (a snippet's text had had each of its words made a term here).
    written, words = [""] * len(spans), [""] * len(spans)
    for at in compound_parts(links):
        written[at] = text[spans[at][0] : spans[at][1]]
        words[at] = plain_word(written[at])
    return solid_words(words, links, written)
