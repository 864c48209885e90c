"""Wallabag's text export (.txt) of several saved articles: each one's title between two rules of 100 "=", then its
text as Html2Text wrote it (lines wrapped at 100 characters, a blank line between paragraphs). Its Markdown export
(.md): each one's title underlined with as many "=" as it has characters, then its text as Markdown, the articles
joined with nothing between them, so that every title after the first ends the last line of the text before it
("Pumps failed.Council votes" over 14 "=": the title is "Council votes").

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
_UNDERLINE = re.compile(r"=+")
# A later title shorter than this is no sure sign of the Markdown export: a heading of a Markdown file of one's own may
# be underlined short ("The repairs" over "==="), and its last letters would have been taken for a title. A shorter
# one is a title only after the end of a sentence, a link or an emphasis run straight on to it, its first letter not
# in lower case ("…two days early.Rates up" over 8 "="): not "The repa|irs", nor "Fix it. |Now" (a space before).
_MIN_TITLE = 10
_TEXT_END = re.compile(r"[.!?:;)\]\"'\u201d\u2019\u00bb*_`>]$")


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


def wallabag_markdown_stories(text: str) -> list[Part] | None:
    """The stories of Wallabag's Markdown export of two or more articles, or None for any other Markdown (one not
    opening with a title underlined to its length, or with no title run on from a text before it)."""
    head = text.lstrip("\n").split("\n", 2)  # its first two lines, before the whole is split
    if len(head) < 2 or not _UNDERLINE.fullmatch(head[1]) or len(head[0]) != len(head[1]):
        return None
    lines = text.lstrip("\n").split("\n")
    starts, titles, texts = [0], [lines[0]], []  # starts: the line of each title's underline, less one
    for n in range(3, len(lines)):
        size = len(lines[n])
        if _UNDERLINE.fullmatch(lines[n]) and len(lines[n - 1]) > size and _run_on(lines[n - 1], size):
            texts.append("\n".join([*lines[starts[-1] + 2:n - 1], lines[n - 1][:-size]]))
            starts.append(n - 1)
            titles.append(lines[n - 1][-size:])
    if len(titles) < _MIN_STORIES:
        return None
    texts.append("\n".join(lines[starts[-1] + 2:]))
    from .mdtext import markdown_text  # here: a text export imports this module for RULE, and never needs Markdown's

    return [Story(layout="wallabag", title=markdown_text(title).text.strip(), body=markdown_text(body).text.strip())
            for title, body in zip(titles, texts, strict=True)]


def _run_on(line: str, size: int) -> bool:
    """Whether the last ``size`` characters of ``line`` are a title run on from the text before it (see
    ``_MIN_TITLE``): any text, for a title of ``_MIN_TITLE`` or more; for a shorter one, a text's end straight
    before it and no lower-case letter opening it."""
    before, title = line[:-size], line[-size:]
    if size >= _MIN_TITLE:
        return bool(before.strip())
    return bool(_TEXT_END.search(before)) and not title[:1].isspace() and not title[:1].islower()
