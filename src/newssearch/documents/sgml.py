"""Wire stories in SGML, as in the Reuters-21578 collection: one article per ``<REUTERS>`` element.

A story's id is ``<rel>#<NEWID>`` (else its position in the file). Its title is ``<TITLE>``, its date
``<DATE>`` (``26-FEB-1987 15:01:01.79``), its body the ``<DATELINE>`` and ``<BODY>``, or the raw
``<TEXT>`` of an unprocessed story; a brief with a headline alone (its body nothing, or the placeholder
"Blah blah blah.") is indexed by its headline. Its ``<TOPICS>`` are its sections (``subjectcodes``: "earn" is
"Earnings and Earnings Forecasts"); its places, people, organisations and exchanges are not. Its language is English.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from ..errors import UnreadableFile
from ..ids import record_id
from .article import Article, ReadResult
from .daytimes import timed
from .encoding import require_text
from .personnames import clean_authors
from .publishers import publisher_name
from .recordresults import Made, gather
from .sections import section_values
from .subjectcodes import reuters_21578_topics
from .titles import title_from_lede, trim_title
from .wireheadlines import split_wire_headline

# A story ends at its closing tag; in a cut or broken file, at the next story or the end of the file (``_stories``).
_OPENING = re.compile(r"<REUTERS\b([^>]*)>", re.IGNORECASE)
_END = re.compile(r"</REUTERS>|<REUTERS\b", re.IGNORECASE)
_NEWID = re.compile(r"\bNEWID\s*=\s*\"?(\w+)", re.IGNORECASE)
_DATE = re.compile(r"<DATE>\s*(\d{1,2}-[A-Za-z]{3}-\d{4})([^<\n]{0,40})", re.IGNORECASE)  # its time after it
_TAG = re.compile(r"<[^>]+>")
_TOPIC = re.compile(r"<D>(.*?)</D>", re.DOTALL | re.IGNORECASE)
_BODY = re.compile(r"<BODY\b", re.IGNORECASE)
# The body of a headline-only brief in Reuters-21578 ("****** Blah blah blah."): no text at all.
_PLACEHOLDER = re.compile(r"\**\s*blah blah blah\.?(?:\s+reuter)?", re.IGNORECASE)
# The wire's control characters, written as character references (&#2; starts a text, &#3; ends it).
_CONTROL_REFERENCE = re.compile(r"&#(?:[0-9]|[12][0-9]|3[01]);")
# The wire's sign-off at a story's end as its operators typed it, on a line of its own ("Reuter", "REUTER...", with a
# time and desk "REUTER11:43/VB", a desk "REUTER TAW") or after its last sentence or figure ("ounce.
# REUTER", a table's "17 REUTER"); or "more", the mark of a story that runs on in another, on its line or after the
# last sentence ("dlrs. MORE"); typed twice too ("REUTER" over " Reuter").
_SIGN_OFF = re.compile(r"(?:(?:^[ \t]*(?:reuters?|more)|(?<=[\d.!?\"')])[ \t]+reuter|(?<=[.!?\"')])[ \t]+more)"
                       r"(?:\.{3}|\d{1,2}:\d\d/[a-z]+|[ \t]+[a-z]{1,3}\b)*\s*)+\Z", re.IGNORECASE | re.MULTILINE)
_SIGN_OFF_REACH = 60  # the characters at its end looked at: its longest (two, "REUTER..." and a desk) and their spaces
PUBLISHER = "Reuters"
SOURCE = publisher_name(PUBLISHER)
HEADLINE = "sgml:headline"  # the title_source of the wire's headline line over an unprocessed story
LEDE = "lede"  # of a title taken from a story's first sentence
# The collection is English wire copy: a story of figures alone, too short for its words to show it, is English too
# (normalise still gives one its words show to be in another language that language).
LANGUAGE = "en"


def read_sgml(data: bytes, rel: str) -> ReadResult:
    """Every ``<REUTERS>`` story in the file; a story with no text at all is skipped with its reason."""
    stories = list(_stories(require_text(data)))
    if not stories:
        raise UnreadableFile("no <REUTERS> stories in this SGML file")
    return gather((_made(attributes, story, position, rel, cut)
                   for position, (attributes, story, cut) in enumerate(stories, 1)), rel)


def _stories(text: str) -> Iterator[tuple[str, str, bool]]:
    """Each ``<REUTERS>`` element's attributes and inside, in order, and whether the file ends inside it (cut short).

    Its end is searched for once from its opening tag: one pattern's lazy ``.*?`` had tried each of the three ends at
    every character (0.7 s of reading Reuters-21578's 21,578 stories, 0.04 s so). The same stories."""
    at = 0
    while opening := _OPENING.search(text, at):
        end = _END.search(text, opening.end())
        if end is None:
            yield opening.group(1), text[opening.end():], True
            return
        yield opening.group(1), text[opening.end():end.start()], False
        at = end.end() if end.group().startswith("</") else end.start()  # the next story's opening tag is read again


def _made(attributes: str, story: str, position: int, rel: str, cut: bool = False) -> Made:
    """One story as (key, label, its article or why it has none); ``cut``: the file ends inside it."""
    newid = _NEWID.search(attributes)
    key = newid.group(1) if newid else str(position)
    article = story_article(story, rel, record_id(rel, key))
    why = "the file ends inside it (cut short), before its title or text" if cut else "no title or text"
    return key, f"story {position}", article if article is not None else why


def story_article(story: str, rel: str, article_id: str) -> Article | None:
    """One Article from the inside of a ``<REUTERS>`` element, or None when it holds no text."""
    title = element(story, "TITLE")
    body = element(story, "BODY", to_end=True) if _BODY.search(story) else _unprocessed_text(story)
    if _PLACEHOLDER.fullmatch(body):
        body = ""
    dateline = element(story, "DATELINE").rstrip(" -")
    if body and dateline:
        body = f"{dateline} - {body}"
    if not body and not title:
        return None
    published = _story_date(story)
    title, title_source, body = (trim_title(title), "sgml:title", body) if title else _headline_line(body)
    return Article(
        id=article_id,
        path=rel,
        title=title,
        title_source=title_source,
        body=body or title,
        date=published,
        date_source="sgml:date" if published else None,
        authors=clean_authors([element(story, "AUTHOR")], exclude=PUBLISHER),
        source=SOURCE,
        lang=LANGUAGE,
        sections=section_values(reuters_21578_topics(_TOPIC.findall(_element_raw(story, "TOPICS")))),
    )


def _headline_line(body: str) -> tuple[str, str, str]:
    """The title of a story without a ``<TITLE>`` (an unprocessed one), where it came from, and the story's body.

    A first paragraph that is the title whole, over more text ("U.S. OIL <USOL> TO SELL SHARES" over "NEW YORK, March
    31 - …": the wire's headline line, which had been shown twice), or a headline run on into the dateline
    ("KYUSHU ELECTRIC POWER ISSUES YEN BONDS LONDON, March 24 - …": ``split_wire_headline``) is the wire's headline
    ("sgml:headline": a title ranked as one) and leaves the body; a sentence of the story stays its text, and the title
    taken from it is its lede's ("lede")."""
    if (wire := split_wire_headline(body)) is not None:
        return trim_title(wire[0]), HEADLINE, wire[1]
    title = title_from_lede(body)
    first, _sep, rest = body.partition("\n\n")
    return (title, HEADLINE, rest.strip()) if first == title and rest.strip() else (title, LEDE, body)


def element(story: str, tag: str, to_end: bool = False) -> str:
    """The text of the first ``<tag>`` in ``story``, markup and control codes removed; "" if absent.

    With ``to_end``, an element left open (a cut file) runs to the end of the story.
    """
    raw = _element_raw(story, tag, to_end)
    return _clean(raw) if raw else ""


def _element_raw(story: str, tag: str, to_end: bool = False) -> str:
    """The markup inside the first ``<tag>`` in ``story``, as written; "" if absent (``to_end``: as ``element``).

    Its closing tag is searched for once from its opening one (a pattern's lazy ``.*?`` had tried it at every
    character: 0.6 s of reading Reuters-21578). An opening tag with no closing tag after it has none after a later
    one either, so the first opening tag's element is the one a single pattern finds."""
    opening_tag, closing_tag = _tag_patterns(tag)
    opening = opening_tag.search(story)
    if opening is None:
        return ""
    closing = closing_tag.search(story, opening.end())
    if closing is None:
        return story[opening.end():] if to_end else ""
    return story[opening.end():closing.start()]


@cache  # a handful of tags
def _tag_patterns(tag: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``tag``'s opening tag (with any attributes) and its closing tag, in any letter case."""
    return re.compile(rf"<{tag}\b[^>]*>", re.IGNORECASE), re.compile(rf"</{tag}>", re.IGNORECASE)


def _unprocessed_text(story: str) -> str:
    """The text of a story the collection left unprocessed: ``<TEXT TYPE="UNPROC">`` without a BODY."""
    found = re.search(r"<TEXT\b[^>]*>(.*?)</TEXT>", story, re.DOTALL | re.IGNORECASE)
    if not found:
        return ""
    inner = re.sub(r"<(TITLE|DATELINE|AUTHOR)\b.*?</\1>", " ", found.group(1), flags=re.DOTALL | re.IGNORECASE)
    text = _clean(inner)
    return text if any(c.isalnum() for c in text) else ""  # a brief's "******" marker is no text


def _clean(raw: str) -> str:
    """Plain text: markup and control codes removed, hard-wrapped lines joined into paragraphs.

    The wire indents the first line of each paragraph; a blank line also ends one.
    """
    # Some carriage returns are typed as the two characters "^M" ("<Pratt^M and Whitney>", "REUTER...^M").
    text = html.unescape(_TAG.sub(" ", _CONTROL_REFERENCE.sub("", raw.replace("^M", ""))))
    if "\n" not in text and "\r" not in text:  # one line (a title, a dateline, a byline): one paragraph or none
        line = " ".join(text.split())
        return "" if line.lower() == "reuter" else line
    kept: list[str] = []
    lines: list[str] = []  # the paragraph's lines so far, its white space made single when it ends
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    signed = _SIGN_OFF.search(text, max(0, len(text) - _SIGN_OFF_REACH))
    for line in (text[:signed.start()] if signed else text).split("\n"):
        blank = not line or line.isspace()
        if (blank or line[0] in " \t") and lines:
            kept.append(" ".join(" ".join(lines).split()))
            lines = []
        if not blank:
            lines.append(line)
    if lines:
        kept.append(" ".join(" ".join(lines).split()))
    return "\n\n".join(kept)


def _story_date(story: str) -> date | None:
    """The story's date from ``<DATE>26-FEB-1987 ...``, or None (a day or a month that is none: ``31-FEB-1987``).

    Read by its parts, not by ``strptime`` (7 us a story); the same days: its digits ASCII, its month English."""
    found = _DATE.search(story)
    if not found:
        return None
    day, month, year = found.group(1).split("-")
    number = _MONTHS.get(month.lower())
    if number is None or not (day + year).isascii():
        return None
    try:
        return timed(date(int(year), number, int(day)), found.group(2))  # " 15:01:01.79": its time, no zone given
    except ValueError:
        return None


_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
