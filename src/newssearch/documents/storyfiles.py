"""Summarisation datasets' story files, one article each, read by the text rules with what their layout tells.

CNN/Daily Mail (DeepMind's question-answering data, See et al.'s summaries): ``cnn/stories/<sha1>.story`` and
``dailymail/stories/<sha1>.story``, the story's text, then each highlight under an ``@highlight`` line. The
highlights are the publisher's own summary: kept as the text's last paragraphs, without their marks. A Daily Mail
story opens with its header run into one line ("By . Jane Doe . PUBLISHED: . 14:11 EST, 25 October 2013 . | .
UPDATED: . …"): its byline and publication date, not text.

XSum: ``bbc-summary-data/<id>.summary``, sections under ``[SN]URL[SN]``, ``[SN]TITLE[SN]``,
``[SN]FIRST-SENTENCE[SN]`` and ``[SN]RESTBODY[SN]``; the address is the Wayback Machine's capture of the BBC's, whose
time is the capture's, no publication date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .archives import original_address
from .article import ReadResult
from .encoding import require_text
from .fields import keyed
from .text import Lead, text_article, text_result
from .titles import title_from_lede

_HIGHLIGHT = re.compile(r"^@highlight[ \t]*$", re.MULTILINE)
# The folder a dataset keeps its stories in, above "stories/", and the publisher it names.
_STORY_FOLDERS: dict[str, str] = {"cnn": "CNN", "dailymail": "Daily Mail"}
_DAILY_MAIL_HEADER = re.compile(
    r"\A\s*(?:By \. (?P<byline>.+?) \. )?"
    r"(?:PUBLISHED: \. (?P<published>[^.|\n]+?) \. \| \. UPDATED: \. [^.|\n]+? \. |Last updated at [^.|\n]+? \. )")
# A dateline naming only its agency, as CNN's stories open: "(CNN) -- ". Where, not what: never the title's.
_AGENCY_ONLY = re.compile(r"\A\s*\([^()\n]{1,20}\)\s*[-–—]{1,2}\s*")
_SECTION = re.compile(r"^\[(SN|XSUM)\](?P<name>[A-Z-]+)\[\1\][ \t]*$", re.MULTILINE)


def read_story(data: bytes, rel: str) -> ReadResult:
    """One CNN or Daily Mail ``.story`` file: its text, then its highlights; a file of no highlights is a text."""
    text = require_text(data)
    parts = _HIGHLIGHT.split(text)
    story, highlights = parts[0], [part.strip() for part in parts[1:] if part.strip()]
    record: dict[str, object] = {}
    folder = _story_folder(rel)
    if folder:
        record["source"] = folder
    header = _DAILY_MAIL_HEADER.match(story)
    if header:
        record.update({key: " ".join(value.split(" . ")) for key, value in header.groupdict().items() if value})
        story = story[header.end():]
    body = "\n\n".join([story.strip(), *highlights])
    article = text_article(body, rel, Lead(record=keyed(record)))
    if article.title_source == "lede" and _AGENCY_ONLY.match(body):
        article = replace(article, title=title_from_lede(_AGENCY_ONLY.sub("", body, count=1)))
    return ReadResult(articles=[article])


def _story_folder(rel: str) -> str | None:
    """The publisher the dataset's folder names (``cnn/stories/…``), or None."""
    folders = re.split(r"[/\\#]", rel.lower())[:-1]  # in an archive too: cnn_stories.tgz#cnn/stories/…
    return next((_STORY_FOLDERS[name] for name, inner in pairwise(folders)
                 if inner == "stories" and name in _STORY_FOLDERS), None)


def read_summary(data: bytes, rel: str) -> ReadResult:
    """One XSum ``.summary`` file: its title, its address and its text (first sentence, then the rest); a file
    without its sections is read as a text."""
    text = require_text(data)
    marks = list(_SECTION.finditer(text))
    if not marks:
        return text_result(text, rel)
    sections = {mark.group("name"): text[mark.end():after.start() if after else len(text)].strip()
                for mark, after in zip(marks, [*marks[1:], None])}
    address = sections.get("URL", "")
    record = {"title": sections.get("TITLE", ""), "url": original_address(address) or address}
    body = "\n\n".join(part for name in ("FIRST-SENTENCE", "INTRODUCTION", "RESTBODY") if (part := sections.get(name)))
    return ReadResult(articles=[text_article(body, rel, Lead(record=keyed(record)))])
