"""The headline of a plain text: a short first line over a blank line, or straight over its byline or date line."""

from __future__ import annotations

import re

from .fields import Keyed
from .textbarecredits import ends_in_date
from .textbyline import BylineLines, split_byline_lines
from .textdatelines import DayFirst
from .textheader import is_key_line, is_metadata_line, read_header
from .textpicturecredits import picture_credit_line
from .titles import ENDS_SENTENCE, is_caption, is_credit_line
from .wireheadlines import split_wire_headline

_MAX_HEADLINE = 200
# Lines drawn with marks alone ("______", "-----", "* * *", "====="), at the top of a text.
_LEADING_RULES = re.compile(r"\A(?:[ \t]*(?:(?:[^\w\s]|_)[ \t]*){3,}(?:\n|\Z)\s*)+")
# Lines drawn with "=", "-", "_" or "*" between a headline and its text: not "###", a press release's end mark.
_RULES_UNDER = re.compile(r"\A(?:[ \t]*(?:[=_-]|\*[ \t]?){3,}[ \t]*(?:\n|\Z)\s*)+")
_BETWEEN_LINES = 2  # lines under a headline before its byline or date line: none, or a programme's name ...
_BETWEEN_WORDS = 6  # ... of a few words: "Radio New Zealand National"
_UPDATE_KEYS = frozenset({"updated", "modified", "lastmodified"})
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*\Z")  # the lines read end at a blank line


def split_headline(text: str, language: str | None = None) -> tuple[str | None, str]:
    """Split off a headline line: a short first line, not a sentence, followed by a blank line (one short question,
    exclamation or line trailing off too, over a story's paragraph: ``_closed_headline``), or by its byline or date
    line ("Storm hits\nBy Rachel Thomas\n15 February 2023\n\n…"; see ``headline_over_byline``), or a headline run on
    into a wire dateline (``split_wire_headline``: "Oil prices rise NEW YORK, March 3 - …"). Rules above it (a line
    of underscores, dashes, stars or equals signs), or between it and the text, are no headline and no text."""
    text = _LEADING_RULES.sub("", text)
    if (wire := split_wire_headline(text)) is not None:  # "Oil prices rise NEW YORK, March 3 - Crude oil …"
        return wire
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not (_headline_line(first) or _closed_headline(first, rest)):
        return None, text
    if not rest.startswith("\n") and not rest.lstrip(" \t").startswith("\n"):
        under = headline_over_byline(rest, language)
        return (first, under) if under is not None else (None, text)
    # A rule under the headline too, as Wallabag's text export draws one ("=" * 100 / title / "=" * 100): no text.
    return first, _RULES_UNDER.sub("", rest.strip()) or rest.strip()


# A headline closed by a question mark, an exclamation mark or an ellipsis: one question, exclamation or line trailing
# off, of a few words, over a blank line and a story's paragraph ("Could rivalry overshadow election?", "Rivals of the
# £400 Apple..." over its lede); not one over a short reply or an answer's label ("User: …?" / "Assistant: …", "Q: …?"
# / "A: …"), nor one of more sentences than one. A full stop closes a lede of one sentence as often: no headline.
_QUESTION_WORDS = 12
_LEDE_WORDS = 12
_ANSWER_LABEL = re.compile(r"[^\W\d_][\w ]{0,20}:\s")
_STOP_INSIDE = re.compile(r"[.!?…]\s")
_HEADLINE_CLOSE = ("?", "!", "...", "…")


def _closed_headline(first: str, rest: str) -> bool:
    """Whether ``first``, over a blank line and ``rest``, is a headline that asks, exclaims or trails off (see
    ``_QUESTION_WORDS``)."""
    lede = rest.strip().split("\n\n", 1)[0]
    return (first.endswith(_HEADLINE_CLOSE) and first[:1].isupper() and len(first.split()) <= _QUESTION_WORDS
            and rest.lstrip(" \t").startswith("\n") and not _STOP_INSIDE.search(first)
            and len(lede.split()) >= _LEDE_WORDS and not _ANSWER_LABEL.match(lede))


def header_under_headline(text: str) -> tuple[Keyed, str]:
    """The record of the ``Key: value`` lines under a headline line (straight under it or after a blank line:
    "Harbour bridge closed" / "Date: 2021-04-12" / "Source: Wire", or metadata lines alone: "Section: Politics"), and
    the text with the headline over the story; ``({}, text)`` when no header follows a first line that may be a
    headline (a key line is none over metadata lines alone: "Section: Politics" / "Tags: budget")."""
    first, sep, rest = text.partition("\n")
    if is_metadata_line(first):  # "Section: Politics" / "" / the story: metadata lines alone, under no headline
        return header_opening(text) or ({}, text)
    if not sep or not _headline_line(first.strip()):
        return {}, text
    opened = header_opening(rest.lstrip(" \t\n"), labels=not is_key_line(first))
    return (opened[0], f"{first.strip()}\n\n{opened[1]}") if opened else ({}, text)


def header_opening(body: str, labels: bool = True) -> tuple[Keyed, str] | None:
    """The record of the ``Key: value`` lines opening the text under a headline or its byline ("By Jane Doe" /
    "Date: 2021-04-12"; with ``labels``, metadata lines alone too: "Section: Politics", its record of no other key
    than its section, {} for "Tags: budget", see ``read_header``), and the text after them; None when there are none,
    or when they are an "Updated: 12 March 2024" line alone, which is a line of the story's."""
    read = read_header(body, labels)
    return read if read is not None and (not read[0] or set(read[0]) - _UPDATE_KEYS) else None


def _headline_line(line: str) -> bool:
    """Whether a line may be a headline: short, not a sentence, not a photo's caption nor a header's metadata line."""
    return (len(line) <= _MAX_HEADLINE and not ENDS_SENTENCE.search(line) and not is_caption(line)
            and not is_metadata_line(line))


def past_metadata_lines(body: str) -> str:
    """``body`` from its first line that is no header's metadata line ("Section: Politics" straight over the story):
    where its lede is, as such a line is never a title; ``body`` when it holds no other line."""
    lines = body.split("\n")
    at = next((number for number, line in enumerate(lines) if line.strip() and not is_metadata_line(line)), 0)
    return "\n".join(lines[at:])


def without_moved_lines(body: str) -> tuple[str, str]:
    """``body`` without the metadata lines a header's reading kept at its end ("Section: Local", "Tags: …": see
    ``read_header``), and those lines ("" for none): what closes the story, a copyright notice or a picture's credit,
    stands above them."""
    story, gap, last = body.rpartition("\n\n")
    if gap and all(is_key_line(line) and not is_key_line(line, read=True) for line in last.split("\n")):
        return story, last
    return body, ""


def _between_line(line: str) -> bool:
    """Whether a line between a headline and its byline or date line may be a programme's or a station's name, or a
    picture's credit or caption ("Photo: Supplied"): passed over (see ``_put_back``)."""
    return (_headline_line(line.strip()) or _credit(line)) and len(line.split()) <= _BETWEEN_WORDS


def _credit(line: str) -> bool:
    """Whether ``line`` is a picture's credit ("Photo: Supplied", "Photos © 2024 Jane Doe") or a caption's words after
    a picture's word ("Photo: the mayor at the bridge")."""
    return is_credit_line(line) or picture_credit_line(line.strip())


def headline_over_byline(rest: str, language: str | None) -> str | None:
    """The text under a headline when it opens with a byline or a date line, straight under the headline or under
    one line of a few words more (a programme's or a station's name: "MORNING REPORT" / "Radio New Zealand National" /
    "19 June 2020"), with that line moved under them; a writer's name straight under it over the date line is its
    byline ("Jane Doe" / "14 March 2024", ``split_byline_lines``'s ``bare_name``); else None: a first line over the story's next line is no
    headline."""
    lines = rest.split("\n", _BETWEEN_LINES)
    for between in range(_BETWEEN_LINES):
        if between >= len(lines) or between and not _between_line(lines[between - 1]):
            return None
        under = "\n".join(lines[between:])
        byline, dated, after, _categories, placed = split_byline_lines(under, language, bare_name=not between)
        if byline or dated:
            after = after.removeprefix(f"{placed}\n\n") if placed else after  # a place kept of a line read again
            read = under[: len(under) - len(after)].strip()
            return "\n\n".join(filter(None, [read, _put_back("\n".join(lines[:between]).strip(), after)]))
    return None


def under_name_line(body: str, language: str | None, day_first: DayFirst = None,
                    date_language: str | None = None) -> BylineLines:
    """The byline and date line under one short line of its own opening the text under a headline (a byline without
    "By", a programme's or a station's name: "Jane Doe" / "15 February 2023"), and the text, that line kept in it
    as its first paragraph: it is no author, since it may name a programme (a writer's name straight over the date
    line was read as the byline before: ``split_byline_lines``' ``bare_name``); and a post line's categories. (None,
    None, ``body``) when there are none, or when the line goes on into a paragraph under it ("The vote is on" / "15
    February 2023" / "at noon.")."""
    first, sep, rest = body.partition("\n")
    if not sep or not _between_line(first) or ends_in_date(first):  # "Jane Doe - 5 March 2024" / "John Roe | 6 …": a list
        return BylineLines(None, None, body)
    under = rest.lstrip("\n")
    byline, dated, after, categories, _placed = split_byline_lines(under, language, day_first, date_language)
    if not (byline or dated) or not (rest.startswith("\n") or _PARAGRAPH_END.search(under[: len(under) - len(after)])):
        return BylineLines(None, None, _put_back(first.strip(), under) if _credit(first) else body)
    return BylineLines(byline, dated, _put_back(first.strip(), after), categories)


def _put_back(line: str, text: str) -> str:
    """``text`` with ``line``, passed over under a headline, put back: a programme's or a station's name first, as it
    stood; a picture's caption ("Photo: the mayor at the bridge") after the story's first paragraph, so that a wire
    dateline opening that paragraph is read ("CHRISTCHURCH, March 3, 2010 (NZPA) - ": it had stood behind the credit,
    unread); a picture's credit ("Photo: Supplied", ``picture_credit_line``) not at all, as at the story's end."""
    if picture_credit_line(line):
        return text
    if not is_credit_line(line):
        return "\n\n".join(filter(None, [line, text]))
    lede, _sep, rest = text.partition("\n\n")
    return "\n\n".join(filter(None, [lede, line, rest]))
