"""Markdown articles (``.md``, ``.markdown``): static-site news archives (Hugo, Jekyll, Eleventy, Astro), Obsidian
and Notion exports, pandoc conversions.

The front matter (see ``frontmatter``) gives the fields, named as a JSON export's keys are (``title``, ``date`` or
``publishDate``, ``author`` or ``authors``, ``publisher``, ``url`` or ``permalink``, ``lang``; ``lastmod`` is the
modification, never the publication; ``description`` or ``summary`` opens the text unless the text holds it, as a
JSON record's teaser does, and stands in for a missing body; ``categories`` or ``category`` are its sections, its
``tags`` and ``keywords`` none, as no reader's tags are: see ``sections``).
The body is the Markdown as a reader sees it (see ``mdtext``), read by the text reader's rules: a heading opening it
is its title when the front matter names none, and a header, byline or date line under it is read as in a text file.
Notion's export has no front matter: its page's properties, lines under its H1, are read as front matter is
(see ``notionprops``). A Jekyll post is dated by its file name (``_posts/2024-03-05-storm.md``) when its front matter gives no date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..errors import UnreadableFile
from .article import ReadResult
from .dates import make_date
from .encoding import require_text
from .fields import JSON_FIELDS, Keyed, is_web_address, keyed, norm_key, pick
from .frontmatter import FrontMatter, split_front_matter
from .htmltext import plain_text
from .mdinline import without_wiki_links
from .mdtext import markdown_text
from .notionprops import notion_properties
from .readeroutput import reader_output
from .recordfields import with_teaser
from .text import Lead, text_article
from .textexports import export_articles
from .textkinds import is_saved_page, not_news
from .wallabagtext import wallabag_markdown_stories

# Front-matter keys that a JSON export spells otherwise (normalised): Hugo's ``lastmod`` is its modification time.
_FRONT_MATTER_KEYS = {"lastmod": "lastmodified", "canonical": "canonicalurl"}
# "2024-03-05-storm.md" (Jekyll's posts), "2024-03-05.md" (a daily note), or a page bundle "2024-03-05-storm/index.md".
_FILE_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?=$|[-_. ])")
_BUNDLE_FILES = frozenset({"index", "_index"})


def read_markdown(data: bytes, rel: str) -> ReadResult:
    """Read one Markdown article; ``rel`` is its id and path. A page saved under a Markdown name is read as one."""
    decoded = require_text(data).removeprefix("\ufeff")
    if is_saved_page(decoded):
        from .html import read_html

        return read_html(data, rel)
    text = decoded.replace("\r\n", "\n").replace("\r", "\n")
    if (stories := wallabag_markdown_stories(text)) is not None:  # Wallabag's export of several articles
        return export_articles(stories, rel)
    if (output := reader_output(text)) is not None:  # Jina Reader's: its keys, then the page as Markdown
        (record, text), label, empty = output, "header", "no text under Jina Reader's header"
    else:
        fields, kind, text = split_front_matter(text)
        if not kind and (notion := notion_properties(text)) is not None:  # Notion's page properties under its H1
            (fields, text), kind = notion, "notion"
        record, label = front_record(fields), "front matter" if kind != "notion" else "Notion properties"
        empty = "no text after the front matter" if kind else "no text"
    rendered = markdown_text(text)
    body = rendered.text.strip() or _stand_in(record)
    if not body:
        raise UnreadableFile(empty)
    reason = not_news(body, rel)
    if reason:
        raise UnreadableFile(reason)
    lead = Lead(record=record, label=label, headings=rendered.headings, dated=_file_date(rel), wrapped=False)
    article = text_article(body, rel, lead)
    if rendered.text.strip():  # its teaser opens the text read (after its heading and byline), as a record's does
        article = replace(article, body=with_teaser(record, article.body))
    return ReadResult(articles=[article])


def front_record(fields: FrontMatter) -> Keyed:
    """The front matter's fields keyed as a JSON record's (see ``fields.keyed``), a wiki link as its words (Obsidian's
    Web Clipper writes ``author: "[[Jane Doe]]"``); a URL that is only a site's path (Hugo's ``url: /news/storm/``,
    Jekyll's ``permalink``) is no address and goes."""
    record = keyed({_FRONT_MATTER_KEYS.get(norm_key(key), key): _unlinked(value) for key, value in fields.items()})
    for key in JSON_FIELDS["url"]:
        if key in record and not is_web_address(record[key][1]):
            del record[key]
    return record


def _unlinked(value: object) -> object:
    """A front-matter value with its wiki links as their words, in a list too: ``["[[Jane Doe]]"]`` is Jane Doe."""
    if isinstance(value, str):
        return without_wiki_links(value)
    return [_unlinked(item) for item in value] if isinstance(value, list) else value


def _stand_in(record: Keyed) -> str:
    """A description or summary as the text of a post whose body is empty (a link post): better than none."""
    return next((plain_text(value) for _key, value in pick(record, JSON_FIELDS["summary"])
                 if isinstance(value, str) and value.strip()), "")


def _file_date(rel: str) -> tuple[str, date] | None:
    """``("file name", day)`` for a file named by its date, as Jekyll names posts; a page bundle's ``index.md`` by
    its folder's name. None otherwise."""
    parts = rel.replace("#", "/").split("/")  # a file in an archive by its own name: a.zip#2024-03-05.md
    stem = parts[-1].split(".", 1)[0]
    name = parts[-2] if stem.lower() in _BUNDLE_FILES and len(parts) > 1 else parts[-1]
    match = _FILE_DATE.match(name)
    if match is None:
        return None
    day = make_date(*(int(group) for group in match.groups()))
    return ("file name", day) if day is not None else None
