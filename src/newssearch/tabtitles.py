"""A browser tab's title pasted as a query: ``Armed offenders called to Wellington street | RNZ News``. The site's
name after the last spaced separator is seldom a word of its articles (it is their source, or in their address),
so under ``--match all`` it had made the article unfindable; it is split off here to be searched as optional words
(``querying``). A leading unread count, ``(3) ``, that a browser puts before a tab's title is no word either."""

from __future__ import annotations

import re

from .startup import lazy_compile

# A separator a site puts between a headline and its name, spaced: | - – — :: · •
SEPARATOR = re.compile(r"\s(?:\||::|[-–—·•])\s")
# A browser's unread count before a tab's title: "(3) ", "(12) ", "(99+) "
_UNREAD = lazy_compile(r"\A\((\d{1,3}\+?)\)\s+(?=\S)")
# What makes the text a search rather than a title: quotes, operators, a field, a sign before a word, a pattern,
# a fuzzy word or a boost
_SEARCH_SYNTAX = lazy_compile(r"[\"“”„«»*~^]|(?<!\S)[+-]\w|\w:\S|(?<!\S)(?:AND|OR|NOT|&&)(?!\S)")
# A word of a site's name: capitalised or a number (RNZ, News, 1News, Yahoo!, L'Express), or a host (nzherald.co.nz)
_NAME_WORD = lazy_compile(r"(?:[^\W\d_a-z]|\d)[\w.&'’!-]*|[\w-]+(?:\.[\w-]+)+")
# Lower-case words inside a site's name: "Ministry of Health", "Le Monde des Livres"
_JOINING = frozenset({"of", "the", "and", "for", "on", "at", "in", "de", "des", "du", "la", "le", "el", "di", "del",
                      "der", "die", "das", "y", "&"})
_NAME_WORDS = 4  # a site's name is short: "The Sydney Morning Herald"
_HEADLINE_WORDS = 3  # fewer and a dash, "police - school", "Tony Blair - Gordon Brown", is a search
_WORD = lazy_compile(r"\w")


def tab_title(text: str, match: str) -> tuple[str, str | None, str | None]:
    """``text`` as searched, the site's name after its separators (None when it has none) and a note on the
    rewrite (None when there is none): ``("Armed offenders called to Wellington street", "RNZ News", note)``. Only
    under ``--match all``, and not for a query of search syntax (quotes, operators, fields), whose separator is
    part of the search."""
    if not text.lstrip().startswith("(") and SEPARATOR.search(text) is None:
        return text, None, None  # most queries: no tab's title
    typed = " ".join(text.split())
    notes = []
    unread = _UNREAD.match(typed)
    if unread:
        typed = typed[unread.end():]
        notes.append(f'"({unread.group(1)})" before it is read as a browser tab\'s unread count and left out')
    from .datewords import date_iso  # a pasted title's tail only: not imported at every query's start-up

    headline, tails = _split(typed) if match == "all" and not _SEARCH_SYNTAX.search(typed) else (typed, [])
    days = {tail: iso for tail in tails if (iso := date_iso(tail)) is not None}
    names = [tail for tail in tails if tail not in days]
    named = [f'"{" | ".join(names)}" is read as the site\'s name in a pasted tab title: its words rank but are not '
             "required"] if names else []
    notes = named + [_date_note(tail, iso) for tail, iso in days.items()] + notes  # the unread count's note last
    if not notes:
        return text, None, None
    return headline, " ".join(tails) or None, "; ".join(notes)


def _date_note(tail: str, iso: str) -> str:
    """The note on a date pasted after a title's or a byline's words (``Jane Smith | NZ Herald | 26 Oct 2020``), which
    had been said to be the site's name: ranked, not required, and its ``date:`` clause (``iso``)."""
    then = "that day" if iso.count("-") == 2 else "that month"
    return f'"{tail}" is read as a date pasted with the words: its words rank but are not required (date:{iso}: the ' \
           f"articles published {then})"


def _split(typed: str) -> tuple[str, list[str]]:
    """The headline of ``typed`` and the site's names peeled off its end, the first first (``Story | Section |
    Site``: ``["Section", "Site"]``), while a headline of three words or more is left."""
    tails: list[str] = []
    while True:
        separators = list(SEPARATOR.finditer(typed))
        if not separators:
            return typed, tails
        last = separators[-1]
        head, tail = typed[: last.start()].strip(), typed[last.end():].strip()
        if not _site_name(tail) or len([w for w in head.split() if _WORD.search(w)]) < _HEADLINE_WORDS:
            return typed, tails
        typed = head
        tails.insert(0, tail)


def _site_name(tail: str) -> bool:
    """Whether ``tail`` reads as a site's name: at most four words, each capitalised, a number or a host, or a
    joining word inside it."""
    words = tail.split()
    if not 0 < len(words) <= _NAME_WORDS:
        return False
    inner = set(range(1, len(words) - 1))
    return all(_NAME_WORD.fullmatch(word) or (i in inner and word in _JOINING) for i, word in enumerate(words))
