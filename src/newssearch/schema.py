"""The one Whoosh schema, its field names, and how an Article becomes a Whoosh document."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from whoosh import columns, fields

from .authorgaps import AUTHOR_ANALYZER, author_lines
from .documents.article import Article
from .documents.daytimes import moment_number, moment_text, stored_day
from .sectionterms import section_terms
from .textanalysis import NAME_ANALYZER, TEXT_ANALYZER
from .textkeys import index_keys

# Field names: every other module uses these constants.
ID = "id"
FILE = "file"
TITLE = "title"
BODY = "body"
DATE = "date"
DATE_SOURCE = "date_source"
TITLE_SOURCE = "title_source"
AUTHOR = "author"
AUTHORS = "authors"
AUTHOR_FACET = "author_facet"
SOURCE = "source"
SOURCE_FACET = "source_facet"
URL = "url"
LANG = "lang"
SECTION = "section"  # each section as a query matches it (sections.section_terms): a filter, never scored
SECTIONS = "sections"  # as written, for show and the hits
SECTION_FACET = "section_facet"
YEAR = "year"
MONTH = "month"
FINGERPRINT = "fp"
COPY_KEY = "copykey"  # fingerprints of the opening sentences: syndicated copies share them
DAY_NUMBER = "daynum"  # proleptic ordinal of the date, 0 when undated: sorts undated last
MOMENT = "moment"  # the time of day the date's source wrote, as daytimes.moment_text writes it (stored only)
MOMENT_NUMBER = "momentnum"  # daytimes.moment_number of it, 0 when none: --sort date orders a day's hits by it
# Each scored field's exact length in words, as BM25 counts them, in a column of its own: Whoosh keeps an article's
# length in one lossy byte (3% apart above ten words), so the live articles' words could not be counted exactly once
# an update deleted some or a merge rewrote a segment, and an updated index ranked a shade apart from a rebuilt one.
LENGTHS = {TITLE: "titlelen", BODY: "bodylen", AUTHOR: "authorlen", SOURCE: "sourcelen", URL: "urllen"}

SEARCH_FIELDS = (TITLE, BODY)
NAME_FIELDS = (AUTHOR, SOURCE)  # names, folded as written: no stems, no stopwords
LEDE = "lede"  # the title_source of a title taken from the article's first words
# Names a user may type before a colon, mapped to the schema's names.
FIELD_ALIASES = {
    TITLE: ["headline", "intitle"],
    BODY: ["text", "content", "intext"],
    AUTHOR: ["authors", "byline", "by"],
    SOURCE: ["site", "outlet", "publisher"],
    DATE: ["pubdate", "published", "year", "month"],  # year:2020 is date:2020, month:2020-06 date:2020-06
    ID: ["path"],
    URL: ["inurl", "link"],
    LANG: ["language"],
    SECTION: ["sections", "category", "categories"],
}
# The fields a query may name, and every name it may give them (date:, published:, intitle:).
QUERY_FIELDS = (TITLE, BODY, AUTHOR, SOURCE, DATE, URL, LANG, SECTION, ID, YEAR, MONTH)
QUERY_FIELD_NAMES = frozenset({*QUERY_FIELDS, *(alias for names in FIELD_ALIASES.values() for alias in names)})
# The names a query may give the publication date by (date:2020, published:2020).
DATE_FIELD_NAMES = frozenset({DATE, *FIELD_ALIASES[DATE]})


def make_schema() -> fields.Schema:
    """Build the schema: searchable title/body, metadata fields, facets and bookkeeping."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),  # a column too: ids read without the whole record
        file=fields.ID(stored=True),
        title=fields.TEXT(stored=True, analyzer=TEXT_ANALYZER),
        body=fields.TEXT(stored=True, analyzer=TEXT_ANALYZER, spelling=True),
        date=fields.DATETIME(stored=True, sortable=True),
        date_source=fields.STORED(),
        title_source=fields.STORED(),
        author=fields.TEXT(analyzer=AUTHOR_ANALYZER, phrase=True),  # a gap between two authors: authorgaps
        authors=fields.STORED(),
        author_facet=fields.KEYWORD(commas=True, lowercase=False),
        source=fields.TEXT(stored=True, analyzer=NAME_ANALYZER),
        source_facet=fields.ID(sortable=True),
        url=fields.TEXT(stored=True, analyzer=NAME_ANALYZER, phrase=True),
        lang=fields.ID(stored=True),
        section=fields.KEYWORD(commas=True, lowercase=True, scorable=False),
        sections=fields.STORED(),
        section_facet=fields.KEYWORD(commas=True, lowercase=False),
        year=fields.ID(sortable=True),
        month=fields.ID(sortable=True),
        fp=fields.STORED(),
        daynum=fields.NUMERIC(int, bits=32, signed=False, sortable=True),
        moment=fields.STORED(),
        momentnum=fields.COLUMN(columns.NumericColumn("Q")),
        copykey=fields.KEYWORD(sortable=True),
        **{name: fields.COLUMN(columns.NumericColumn("I")) for name in LENGTHS.values()},
    )


SCHEMA = make_schema()


def to_document(article: Article, fingerprint: tuple[int, int, str]) -> dict[str, object]:
    """The Whoosh document for ``article``; ``fingerprint`` is its file's (mtime_ns, size, sha1)."""
    doc: dict[str, object] = {
        ID: article.id,
        FILE: article.path,
        TITLE: article.title,
        # A title made from the lede repeats the body's opening words: it matches ``title:`` but adds
        # nothing to the score, or those words would count twice (TIME: MAP 0.59 -> 0.68 on 1-41).
        f"_{TITLE}_boost": 0.0 if article.title_source == LEDE else 1.0,
        BODY: article.body,
        FINGERPRINT: fingerprint,
        DAY_NUMBER: article.date.toordinal() if article.date else 0,
    }
    # Its address's key last: a feed's item and the page saved of it are one story, however short the item's text.
    address = _address_key(article.url) if article.url else None
    keys = (*index_keys(article.body), *([address] if address else []))
    if keys:
        doc[COPY_KEY] = " ".join(keys)
    if article.date:
        doc[DATE] = datetime(article.date.year, article.date.month, article.date.day)
        doc[DATE_SOURCE] = article.date_source
        doc[YEAR] = f"{article.date.year:04d}"
        doc[MONTH] = f"{article.date.year:04d}-{article.date.month:02d}"
    if article.time is not None:
        doc[MOMENT] = moment_text(article.time)
        doc[MOMENT_NUMBER] = moment_number(article.time)
    if article.title_source:
        doc[TITLE_SOURCE] = article.title_source
    if article.authors:
        doc[AUTHOR] = author_lines(article.authors)  # a line each, indexed apart
        doc[AUTHORS] = list(article.authors)
        doc[AUTHOR_FACET] = facet_names(article.authors)
    if article.source:
        doc[SOURCE] = article.source
        doc[SOURCE_FACET] = article.source
    if article.url:
        doc[URL] = article.url
    if article.lang:
        doc[LANG] = article.lang
    if article.sections:
        doc[SECTION] = ",".join(dict.fromkeys(term for name in article.sections for term in section_terms(name)))
        doc[SECTIONS] = list(article.sections)
        doc[SECTION_FACET] = facet_names(article.sections)
    return doc


# A name's own comma in a facet's keyword field, whose commas part its names (a private-use letter, in no text):
# "Crime, law enforcement" is counted as written, not as "Crime law enforcement".
FACET_COMMA = "\ue000"


def facet_names(names: Iterable[str]) -> str:
    """A facet field's value of ``names``, their commas kept as FACET_COMMA (``facet_name`` gives them back)."""
    return ",".join(" ".join(name.split()).replace(",", FACET_COMMA) for name in names)


def facet_name(term: str) -> str:
    """The name a facet field's term holds, its commas given back."""
    return term.replace(FACET_COMMA, ",")


class DamagedStored(ValueError):
    """A document's stored fields that are not what the indexer stores: the index's bytes are damaged (the guard
    says so, as for a pickle that does not load)."""


_TEXTS = (str, type(None))


def to_article(stored: dict[str, object]) -> Article:
    """Rebuild the Article from a document's stored fields; DamagedStored when they are not what the indexer stores
    (a flipped byte can leave a pickle that loads, as a dict without its id or with a number for a name)."""
    article_id = stored.get(ID) if isinstance(stored, dict) else None
    if not isinstance(article_id, str):
        raise DamagedStored("a document's stored fields have no id")
    texts = [stored.get(key) for key in (FILE, TITLE, BODY, DATE_SOURCE, SOURCE, URL, LANG, TITLE_SOURCE)]
    authors, sections = _names(stored.get(AUTHORS)), _names(stored.get(SECTIONS))
    if not all(isinstance(value, _TEXTS) for value in texts) or authors is None or sections is None:
        raise DamagedStored(f"the stored fields of {article_id!r} are not text")
    stamp = stored.get(DATE)
    published = stamp.date() if isinstance(stamp, datetime) else stamp if isinstance(stamp, date) else None
    if published is not None:
        published = stored_day(published, stored.get(MOMENT))
    return Article(
        id=article_id,
        path=str(stored.get(FILE, article_id)),
        title=str(stored.get(TITLE) or ""),
        body=str(stored.get(BODY) or ""),
        date=published,
        date_source=stored.get(DATE_SOURCE),  # type: ignore[arg-type]
        authors=authors,
        source=stored.get(SOURCE),  # type: ignore[arg-type]
        url=stored.get(URL),  # type: ignore[arg-type]
        lang=stored.get(LANG),  # type: ignore[arg-type]
        title_source=stored.get(TITLE_SOURCE),  # type: ignore[arg-type]
        sections=sections,
    )


def _names(stored: object) -> tuple[str, ...] | None:
    """A stored list of names (authors, sections) as a tuple, none as empty; None when it is no list of text."""
    names = stored or ()
    if not isinstance(names, (list, tuple)) or not all(isinstance(name, str) for name in names):
        return None
    return tuple(names)


def _address_key(url: str) -> str | None:
    """``storyaddress.address_copy_key``, its module imported only by indexing (a search never needs it)."""
    from .storyaddress import address_copy_key

    return address_copy_key(url)
