"""Display titles for articles that have no headline of their own."""

from __future__ import annotations

import re

from ..datelines import dateline_match
from .namedmonths import day_without_year

MAX_TITLE = 120     # a title made from the lede
MAX_HEADLINE = 300  # a headline the article gives: longer is a paragraph put in the title's place
# A sentence may end at . ! ? followed by space and a capital in any alphabet ("Österreich", "Совет"), a digit or a
# quote (see _opens_sentence), the word before a full stop saying whether it does (see _ends_sentence); or at a
# full-width stop with no space after it, as Chinese and Japanese write ("…典礼。校长…"), not one closing a quote.
_SENTENCE = re.compile(r"[.!?](?=[\"'’”»]?\s+(?P<next>[\"'‘“«„¿¡]|\w))|[。！？](?=[^\s」』）)”’])")
# A line that ends as a sentence does (its stop, and the quotes or brackets closing after it): no headline, label or
# note, and a line a sentence does not go on from.
ENDS_SENTENCE = re.compile(r"[.!?…][\"'’”)\]]*$")
# The characters one of which a line ``ENDS_SENTENCE`` matches in ends with (before a newline closing it, if any).
_SENTENCE_TAIL = frozenset(".!?…\"'’”)]")
# The start of a run of word characters and dots, matched on a piece of text read backwards (see ``_word_before``).
_RUN = re.compile(r"[\w.]*")
_PIECE = 256  # characters of text read backwards at a time
# Words written with a full stop that goes on to the next word. Titles and ranks before a name ("Sen. Warren",
# "Lt. Col.") never end a sentence; a month ("Oct. 25") or "No." ("No. 1") does not before a number; the others
# (company suffixes, "vs.", "etc.", dotted initials such as "U.S." and "p.m.") do before a word that opens
# sentences ("at 3 p.m. The crews", "apples, pears, etc. It"). As written: "He said no. The" ends one.
_BEFORE_NAMES = frozenset("""
    Mr Mrs Ms Dr Prof Sen Rep Gov Lt Gen Col Maj Capt Sgt Cpl Adm Cmdr Rev Hon Rt Insp Det Supt Const Pres St Mt
""".split())
_BEFORE_NUMBERS = frozenset("No Nos Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_ABBREVIATIONS = frozenset("Ave Rd Ft Co Ltd Inc Corp Bros Jr Sr vs Vs etc approx Approx".split())
_SENTENCE_OPENERS = frozenset("""
    The A An It He She They We I You This That These Those There Here His Her Its Their Our But And Or So Yet
    In On At As If When While After Before Since Although However Meanwhile Now Then Some Many Most Police Officials
""".split())
# The end of a line a sentence goes on from: a comma, a dash, or a word no sentence ends with.
_WRAPPED = re.compile(r"(?:[,;–—-]|\b(?:a|an|the|of|to|in|on|at|for|from|with|by|and|or|but|nor|as|than|that|which|"
                      r"who|whose|its|their|his|her|our|while|into|onto|over|under|between|about|after|before|"
                      r"against|during|through|is|are|was|were|has|have|had))$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\"'’”]?\s+[\"'‘“]?(\w+)")


# Words a wire puts before a headline's dash that are no place: "CORRECTION - PHIBRO ENERGY CHAIRMAN".
_WIRE_TAGS = frozenset("""
    CORRECTION CORRECTED CORRECTS REPEAT RPT REFILE REFILED UPDATE UPDATED URGENT FLASH BULLETIN ADVISORY
    EXCLUSIVE ANALYSIS FACTBOX PREVIEW INTERVIEW
""".split())
SENTENCE_START = 8  # the words of a sentence's start, of which one is in lower case ("Lawmakers from …")
_PUNCTUATION = "\"'‘’“”«»()[],.;:!?-–—"


# A credit closes a caption line: "... Photo / Supplied", "Picture: Getty Images".
_CREDIT = re.compile(
    r"(?:^|[.\s])(?:photos?|pictures?|images?|file photo|credit)\s*[/:|]\s*[^.!?/:|]{1,60}$", re.IGNORECASE
)
MAX_CAPTION = 400


def is_caption(line: str) -> bool:
    """True for a photo caption or credit line such as ``... Photo / Supplied``."""
    line = line.strip()
    return len(line) <= MAX_CAPTION and bool(_CREDIT.search(line))


def is_credit_line(line: str) -> bool:
    """True for a line that is a picture's credit alone: "Photo: Supplied", "Photo / Getty Images", "Image: AP"."""
    return bool(_CREDIT.match(line.strip()))


def first_text_line(body: str) -> str:
    """The first non-empty line of ``body`` that is not a photo caption ('' if none)."""
    for line in body.splitlines():
        line = line.strip()
        if line and not is_caption(line):
            return line
    return ""


def title_from_lede(body: str) -> str:
    """The first sentence of the first real paragraph, trimmed to about MAX_TITLE characters; a sentence wrapped
    over lines is read on past the line's end (see ``_lede``)."""
    first = _lede(body)
    if not first:
        return ""
    first = _without_dateline(first)  # "DETROIT, Oct. 25, 2023 (AP) — ": where, not what
    end = next((m.start() for m in _SENTENCE.finditer(first) if _opens_sentence(m.group("next"))
                and _ends_sentence(first, m.start(), first, m.end())), None)
    sentence = first[:end] if end is not None else first.rstrip(".。")
    return trim_title(sentence.strip().strip("\"'“”‘’").strip(), MAX_TITLE)


def _lede(body: str) -> str:
    """The first real line of ``body``, joined by the lines of its paragraph while a sentence goes on past a line's
    end: the line ends with a comma, a dash or a word no sentence ends with ("…a new offensive east of" /
    "Iraq's southern city…"), or the next line opens in lower case; up to about MAX_TITLE characters."""
    first = first_text_line(body)
    lines = body.splitlines()
    at = next((number for number, line in enumerate(lines) if line.strip() == first), len(lines))
    for line in lines[at + 1:]:
        line = line.strip()
        if not line or len(first) > MAX_TITLE or _SENTENCE.search(first) or not (
                _WRAPPED.search(first) or line[:1].islower()):
            break
        first = f"{first} {line}"
    return first


def _opens_sentence(following: str | None) -> bool:
    """True when the character after a stop and its space may open a sentence: a capital in any alphabet, a
    digit or an opening quote ("Le roi parla. Élisabeth…"); after a full-width stop (None) anything does."""
    return following is None or following.isupper() or following.isdigit() or not following.isalnum()


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (``ENDS_SENTENCE``): its last character tested first, since the
    regex, searched, tries every stop in the line and most lines of wrapped prose end in a letter."""
    tail = text[-2:-1] if text.endswith("\n") else text[-1:]
    return tail in _SENTENCE_TAIL and ENDS_SENTENCE.search(text) is not None


def line_ends_sentence(line: str, after: str) -> bool:
    """Whether ``line`` ends a sentence that ``after`` does not go on: it ends with a stop (``ENDS_SENTENCE``) that
    closes no abbreviation the next word goes on from ("the U.S." over "Government securities")."""
    found = ENDS_SENTENCE.search(line)
    if not found:
        return False
    return _ends_sentence(line, found.start(), " " + after.lstrip())


def _word_before(text: str, end: int) -> str:
    """The run of word characters and dots ``text[:end]`` ends with ('' when none), read backwards a piece at a time:
    a pattern anchored at the end (``[\\w.]+$``) is tried from every place before it, each running to the end of its
    run, so a line of half a million letters and a control character took minutes (fuzz seed 962)."""
    start = end
    while start:
        piece = text[max(0, start - _PIECE):start][::-1]
        run = _RUN.match(piece).end()  # type: ignore[union-attr]  # (a pattern of * always matches)
        start -= run
        if run < len(piece):
            break
    return text[start:end]


def _ends_sentence(text: str, stop: int, after: str, at: int = 0) -> bool:
    """True when the mark ``text[stop]`` ends a sentence that ``after`` (from ``at``) follows: ! and ? do; a full stop
    does unless it closes an abbreviation (see _BEFORE_NAMES, _BEFORE_NUMBERS, _ABBREVIATIONS) or an initial ("J.
    Smith") that the next word goes on from; a number ("3.5.") or a host ("Amazon.com.") is no abbreviation. Read
    by places, not copies: a copy of the text on each side of each stop made a line of 400,000 stops take 31 s."""
    word = _word_before(text, stop) if text[stop] == "." else ""
    if not word:
        return True
    following = _NEXT_WORD.match(after, at)
    next_word = following.group(1) if following else ""
    if word in _BEFORE_NAMES or len(word) == 1 and word.isupper():
        return False
    if word in _BEFORE_NUMBERS:
        return not next_word[:1].isdigit()
    dotted = "." in word and all(piece.isalpha() and len(piece) <= 3 for piece in word.split("."))
    return not (word in _ABBREVIATIONS or dotted) or next_word in _SENTENCE_OPENERS


def _without_dateline(first: str) -> str:
    """The opening without a wire dateline: one with an agency or a comma ("DETROIT, Oct. 25, 2023 (AP) — ",
    "LONDON (Reuters) - "), or a place of four letters or more in capitals before a sentence ("WASHINGTON —
    The Senate…"); "US - China trade talks…" and "NATO — the alliance…" open their sentence, and a headline
    with its day ("U.S. DIVIDEND MEETINGS - MARCH 3") or a wire's tag ("CORRECTION - PHIBRO …") is kept whole."""
    match = dateline_match(first)
    if match is None:
        return first
    rest = first[match.end():]
    return (rest.strip() or first) if _is_dateline(match, rest) else first


def opening_dateline(text: str) -> re.Match[str] | None:
    """The wire dateline opening ``text`` (``dateline_pattern``) when it is one, not a headline's first part (see
    ``_is_dateline``); else None."""
    match = dateline_match(text)
    return match if match is not None and _is_dateline(match, text[match.end():]) else None


def goes_on(line: str) -> bool:
    """Whether a sentence goes on past the end of ``line``: it ends with a comma, a dash or a word no sentence ends
    with ("…a new offensive east of")."""
    return _WRAPPED.search(line) is not None


def _is_dateline(match: re.Match[str], rest: str) -> bool:
    """True when ``match`` (of ``dateline_pattern``) is a dateline before ``rest``, not the first part of a headline.

    A comma ("BURLINGTON, N.J., March 3 - ") makes one whatever follows. Otherwise what follows is a sentence,
    never a day ("N.Y. GRAIN FREIGHTS - April 1" had become "April 1", as had "TOKYO RUBBER (YEN PER KILO) -
    APRIL 07"), and without an agency it comes after a place (not a tag such as CORRECTION) and has a word in
    lower case among its first ones ("CORRECTED - GM SEES" is a headline in capitals).
    """
    if "," in match.group():
        return True
    if day_without_year().match(rest):
        return False
    if match.group("agency") or match.group("agency_first") or match.group("release"):
        return True
    place = match.group().split("(")[0].strip(" -–—")
    return (len(place) >= 4 and place.split()[0].strip("-–—") not in _WIRE_TAGS and rest[:1].isupper()
            and _has_lower_case_word(rest))


def _has_lower_case_word(text: str) -> bool:
    """True when one of the first SENTENCE_START words of ``text`` is a word in lower case ("from", "the")."""
    words = (word.strip(_PUNCTUATION) for word in text.split()[:SENTENCE_START])
    return any(word.isalpha() and word.islower() for word in words)


def trim_title(title: str, limit: int = MAX_HEADLINE) -> str:
    """Cut a long title at a word boundary and mark the cut with an ellipsis.

    A headline of 163 characters is kept whole: cut at 120, its last words could not be found.
    """
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"
