"""Whoosh's tagging of a query's text, as ``QueryParser.tag`` does it but each tagger tried only where its expression
matches: Whoosh tries every tagger at every character, some twenty regular expressions at each of a pasted page's
60,000 (a third of its parse), where one search of each expression finds the next place it matches.

The first short text a process tags (a typed query: ``PLACE_BY_PLACE_CHARS`` or fewer) is tagged as Whoosh tags it,
each tagger tried at every place (some 0.3 ms for ten characters), rather than compiling the lookaheads first (some
2 ms, for the one query a command runs); later texts, and any long one, are searched with the lookaheads (cached)."""

from __future__ import annotations

import itertools
import re
from functools import cache

from whoosh.qparser import QueryParser, syntax
from whoosh.qparser.taggers import RegexTagger

PLACE_BY_PLACE_CHARS = 64
_SHORT_TEXTS_TAGGED = itertools.count()


@cache
def _ahead(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` as a lookahead: its search finds the first place the pattern matches, matching nothing."""
    closing = "\n)" if flags & re.VERBOSE else ")"  # (a verbose pattern's last line may be a comment)
    return re.compile(f"(?={pattern}{closing}", flags)


def tag_text(parser: QueryParser, text: str, pos: int = 0) -> syntax.GroupNode:
    """The syntax nodes of ``text`` from ``pos``, the same as ``QueryParser.tag`` makes (a tagger of its own
    ``match`` is tried at every place, as Whoosh tries it)."""
    taggers = parser.taggers()
    if len(text) - pos <= PLACE_BY_PLACE_CHARS and next(_SHORT_TEXTS_TAGGED) == 0:
        regexes: list[re.Pattern[str] | None] = [None] * len(taggers)  # each tagger tried at every place
    else:
        regexes = [_ahead(t.expr.pattern, t.expr.flags) if type(t).match is RegexTagger.match else None
                   for t in taggers]
    custom = None in regexes  # a tagger of its own match: every place is tried, as Whoosh does
    end = len(text)
    places = [-1] * len(taggers)  # where each tagger's expression next matches, from the last place searched
    stack: list[syntax.SyntaxNode] = []
    prev = pos
    while pos < end:
        node = None
        for i, tagger in enumerate(taggers):
            regex = regexes[i]
            if places[i] < pos:
                found = regex.search(text, pos) if regex is not None else None
                places[i] = pos if regex is None else found.start() if found else end
            if places[i] != pos:
                continue
            node = tagger.match(parser, text, pos)
            if node is not None:
                if node.endchar <= pos:
                    raise Exception(f"Token {tagger!r} did not move cursor forward. ({text!r}, {pos})")
                if prev < pos:
                    stack.append(_word(text, prev, pos))
                stack.append(node)
                prev = pos = node.endchar
                break
        if node is None:  # no tagger matches here: on to the next place one does
            pos = pos + 1 if custom else min((place for place in places if place > pos), default=end)
        elif not node:  # (as Whoosh does, a node of no length moves one further)
            pos += 1
    if prev < end:
        stack.append(_word(text, prev, end))
    return parser.group(stack)


def _word(text: str, start: int, end: int) -> syntax.WordNode:
    """The text between two tagged nodes, a word node."""
    node = syntax.WordNode(text[start:end])
    node.startchar = start
    node.endchar = end
    return node
