"""Wallabag's text export (.txt) of several saved articles: each one's title between two rules of 100 "=", then its
text as Html2Text wrote it (lines wrapped at 100 characters, a blank line between paragraphs).

One article exported so is an ordinary text (its title a headline, the rules no text: ``textheadline``); two or
more are an export of many stories, each read as one (``file#1``, ``file#2``…), as a news database's are.
"""

from __future__ import annotations

import re

from .exportstories import Part, Story, body_text, paragraphs

RULE = "=" * 100  # the export's rule: a text without one is no Wallabag export
# A title between two rules, each on a line of its own with blank lines around.
_TITLED = re.compile(rf"^{RULE}[ \t]*\n(?:[ \t]*\n)*(\S[^\n]*(?:\n\S[^\n]*){{0,2}})\n(?:[ \t]*\n)*{RULE}[ \t]*$",
                     re.MULTILINE)
_MIN_STORIES = 2


def wallabag_stories(text: str) -> list[Part] | None:
    """The stories of Wallabag's text export of two or more articles, or None for any other text (one opening with
    anything but a titled rule, or holding one article)."""
    found = list(_TITLED.finditer(text))
    if len(found) < _MIN_STORIES or text[: found[0].start()].strip():
        return None
    ends = [match.start() for match in found[1:]] + [len(text)]
    return [Story(layout="wallabag", title=" ".join(match.group(1).split()),
                  body=body_text(paragraphs(text[match.end():end])))
            for match, end in zip(found, ends, strict=True)]
