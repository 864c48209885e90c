"""An article's authors indexed apart: a gap of AUTHOR_GAP places between one author's words and the next's, as
Lucene's ``position_increment_gap`` parts the values of a multi-valued text field, so that an ``author:`` phrase
never spans two bylines (``author:"Neitz Max"`` had found "Anna Neitz; Max Weber").

The authors are one text, a line each (``author_lines``); only the places differ from the name analyzer's, and only
when indexing: a query's words, and every other name field (source, url), are analyzed as before. The schema is
pickled into the index, so the tokenizer is a module-level class of this module; an index whose author field was
made before keeps its own analyzer, without the gap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .startup import lazy_compile
from .textanalysis import NameTokenizer, make_name_analyzer

AUTHOR_GAP = 100  # Elasticsearch's default: a phrase's slop below it never reaches the next author
AUTHOR_SEPARATOR = "\n"
_BREAK = lazy_compile(re.escape(AUTHOR_SEPARATOR))


def author_lines(authors: Iterable[str]) -> str:
    """The author field's text of ``authors``: a line each, a line break in a name a space (one name, one line)."""
    return AUTHOR_SEPARATOR.join(name.replace(AUTHOR_SEPARATOR, " ") for name in authors)


class AuthorTokenizer(NameTokenizer):
    """``NameTokenizer`` that, when indexing, puts the words after each line break of its text (the next author)
    AUTHOR_GAP places further on."""

    def __call__(self, value: str, positions: bool = False, chars: bool = False,  # type: ignore[no-untyped-def]
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs):
        """The name tokens of ``value``, a gap of places between two authors when indexing (the tokens themselves
        returned, not wrapped, for a text of one author: most bylines)."""
        apart = positions and mode == "index" and tokenize and not self.gaps and AUTHOR_SEPARATOR in value
        tokens = super().__call__(value, positions, chars or apart, keeporiginal, removestops, start_pos, start_char,
                                  tokenize, mode, **kwargs)
        return _apart(tokens, value, start_char) if apart else tokens


def _apart(tokens, value: str, start_char: int):  # type: ignore[no-untyped-def]
    """``tokens`` (with their characters) of ``value``, each AUTHOR_GAP places further on per line break before it;
    a name written solid again (``token.solid``) is at its word's place already."""
    breaks = [start_char + found.start() for found in _BREAK.finditer(value)]
    shift = passed = 0
    for t in tokens:
        if not getattr(t, "solid", False):
            while passed < len(breaks) and breaks[passed] < t.startchar:
                passed += 1
                shift += AUTHOR_GAP
            t.pos += shift
        yield t


AUTHOR_ANALYZER = make_name_analyzer(AuthorTokenizer)  # the name analyzer's steps, its authors apart
