"""News-database text exports (LexisNexis Academic, Nexis Uni, Factiva, ProQuest; and Wallabag's): a file of many
stories, each read as the article it is, with the metadata its export gives.

Each layout's reader says whether a text is its export, strictly (two of its separators, or one story with its whole
block of fields), so that an article that mentions "1 of 2 DOCUMENTS" or "End of Document" is never split. A story's
id is ``file#key``: the database's own id when it gives one (Factiva's accession number, ProQuest's document ID),
else the story's place in the file (``#1``, ``#2``…), counted on through downloads joined in one file. A part that
cannot be read as its stories (the file ends inside it, a separator between two stories does not read) is a broken
record: it keeps its places, and the index keeps what it held of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from ..functionwords import language_of
from ..ids import record_id
from .article import Article, ReadResult
from .authornames import people_and_publisher, split_authors
from .exportstories import Broken, Part, Story, date_line, export_sections, publication_name
from .recordresults import Made, gather
from .titles import title_from_lede
from .wallabagtext import RULE as WALLABAG_RULE

# Words that one of the layouts must hold: a text without any is no export, and is not read twice over.
_MARKS = ("DOCUMENT", "End of Document", "Dokument ", "Document ", "Documento ", WALLABAG_RULE)


def layouts() -> tuple[Callable[[str], list[Part] | None], ...]:
    """Each layout's reader, tried in turn: the first to know the text reads it. Imported when first asked for (a
    text holding a mark): their modules and patterns cost every run that reads a plain story 10 ms."""
    from .factiva import coded_stories, plain_stories
    from .lexisnexis import academic_stories, uni_stories
    from .proquest import proquest_stories
    from .wallabagtext import wallabag_stories

    return academic_stories, uni_stories, coded_stories, plain_stories, proquest_stories, wallabag_stories


def is_separator(line: str) -> bool:
    """Whether ``line`` is one a news database's export writes between two stories ("1 of 3 DOCUMENTS", "End of
    Document", "Document N of M"...): a PDF download's running line that must stay, atop each story's page."""
    from .factiva import SEPARATOR as FACTIVA_SEPARATOR
    from .lexisnexis import SEPARATORS as LEXISNEXIS_SEPARATORS
    from .proquest import SEPARATOR as PROQUEST_SEPARATOR

    line = line.strip()
    return any(rule.fullmatch(line) for rule in (*LEXISNEXIS_SEPARATORS, FACTIVA_SEPARATOR, PROQUEST_SEPARATOR))


def read_export(text: str, rel: str) -> ReadResult | None:
    """The articles of a news database's text export, or None when ``text`` is not one."""
    if not any(mark in text for mark in _MARKS):
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    for layout in layouts():
        stories = layout(text)
        if stories is not None:
            return export_articles(stories, rel)
    return None


def export_articles(parts: list[Part], rel: str) -> ReadResult:
    """The articles of an export's stories (``file#1``, ``file#2``…), and a skip for each part that does not read."""
    return gather(_made(parts, rel), rel)


def _made(parts: list[Part], rel: str) -> Iterator[Made]:
    """Each story as (key, label, its article or why it has none); a broken part as the places it takes."""
    place = 0
    for story in parts:
        first, place = place + 1, place + (story.count if isinstance(story, Broken) else 1)
        label = _label(first, place)
        if isinstance(story, Broken):
            yield story.key, label, story.reason
            continue
        key = story.key or str(place)
        if not story.body.strip() and not story.title.strip():
            yield key, label, "no headline or text"
        else:
            yield key, label, story_article(story, rel, record_id(rel, key))


def _label(first: int, last: int) -> str:
    """Where a part of an export is, in skip reasons: ``story 3``, ``stories 2-3``, ``after story 4``."""
    if last < first:
        return f"after story {last}"
    return f"story {first}" if first == last else f"stories {first}-{last}"


def story_article(story: Story, rel: str, article_id: str) -> Article:
    """The article of one story: its headline (else its first sentence), its publication date (never the day the
    database loaded it), its byline's people read in its language ("Par Claire Roux et Paul Girard" in a French
    story: Claire Roux and Paul Girard), its publication as the publisher."""
    published = date_line(story.dated) if story.dated else None
    language = cache(lambda: language_of(story.language, story.body))
    authors, source = people_and_publisher(split_authors(story.byline or "", language),
                                           publication_name(story.publication), story.url)
    return Article(
        id=article_id,
        path=rel,
        title=story.title or title_from_lede(story.body),
        title_source=f"{story.layout}:headline" if story.title else "lede",
        body=story.body or story.title,
        date=published,
        date_source=f"{story.layout}:date" if published else None,
        authors=authors,
        source=source,
        url=story.url,
        lang=story.language,
        sections=export_sections(story.section),
    )
