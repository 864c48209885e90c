"""Which keys and elements hold which article field, and how their values are normalised.

Shared by the JSON and feed readers. Each table lists names in order of preference: the first
one present with a usable value wins, and the reader records which one it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace

from ..errors import UnreadableFile
from ..ids import record_id
from .article import Article, ReadResult, Skip
from .bylinelanguages import (
    ANY_AND_PATTERN,
    ANY_BYLINE_WORDS,
    byline_in_english,
    may_need_language,
)
from .headlines import site_keys, strip_site_end
from .htmltext import inline_text
from .namecase import name_case
from .publishers import (
    DATE_BEFORE_BY,
    PARTICLES,
    PUBLISHERS,
    domain_of,
    is_address,
    is_person,
    is_publisher,
    known_names,
    names_no_person,
    publisher_name,
    without_role,
    without_trailer,
)


class RecordError(Exception):
    """A record inside a file cannot become an article; the message is the reason."""


def norm_key(key: str) -> str:
    """A key compared case- and separator-insensitively: ``date_publish`` == ``datePublish``."""
    return re.sub(r"[\s_\-]", "", key).lower()


# Keys in JSON exports (news-please, trafilatura, newspaper3k, CMS and database dumps, the NYT Article
# Search and Guardian Content APIs), normalised. Modified, updated and download times are never the
# publication date: they are kept apart, under "modified", as the latest the publication can be.
JSON_FIELDS: dict[str, tuple[str, ...]] = {
    # The Guardian's "body" is HTML with its paragraphs, "bodyText" the same run together; the NYT
    # API has no text but the first paragraph; a JSON Feed's items have content_html or content_text, "All the
    # News 2.0" an "article".
    "body": ("body", "text", "content", "maintext", "articlebody", "rawtext", "fulltext", "bodytext", "contenthtml",
             "contenttext", "article", "articletext", "story", "leadparagraph"),
    # Only when no body key has text: a teaser is better than dropping the record.
    "summary": ("description", "summary", "excerpt", "abstract", "standfirst", "trailtext", "snippet", "openingtext"),
    "title": ("title", "headline", "webtitle"),
    "date": (
        "datepublished", "datepublish", "publishdate", "publisheddate", "datepublication",
        "publicationdate", "publishedat", "published", "pubdate", "date", "createdat", "webpublicationdate",
        "timestamp",
    ),
    # A post's "user" (Twitter) or "account" (Mastodon) is who wrote it.
    "authors": ("authors", "author", "byline", "creator", "creators", "user", "account"),
    "url": ("url", "link", "canonicalurl", "permalink", "sourceurl", "weburl"),
    "source": (
        "sitename", "publisher", "source", "site", "sourcehostname", "sourcedomain", "metasitename", "hostname",
        "publication", "sourcename",
    ),
    "lang": ("lang", "language", "langcode", "metalang"),
    "locale": ("locale",),  # with "lang", whether 10/05/2022 is 10 May (en_GB) or 5 October (en_US)
    "modified": ("datemodified", "datemodify", "modifiedat", "lastmodified", "modified", "updatedat", "updated"),
    "id": ("id", "uuid", "guid", "idstr"),  # "_id" normalises to "id"; Twitter's "id_str" is its id as text
}
# Keys under which a JSON file wraps its list of records (Elasticsearch: {"hits": {"hits": [...]}};
# Solr, the NYT and Guardian APIs: {"response": {"docs" or "results": [...]}}).
WRAPPER_KEYS: tuple[str, ...] = (
    "articles", "items", "data", "results", "docs", "documents", "records", "entries", "posts", "hits", "response",
)
# Exact keys under which a record keeps its article's fields in an object: Elasticsearch's "_source"
# (search hits, elasticdump lines), the Guardian API's "fields". They fill in what the record's own keys lack.
RECORD_PARTS: tuple[str, ...] = ("_source", "fields")
# Objects that stand for one of their values: WordPress {"rendered": ...}, MongoDB {"$date": ...} (in
# its canonical form {"$date": {"$numberLong": "1593561600000"}}), the NYT's headline {"main": ...,
# "print_headline": ...} and byline {"original": "By ...", "person": [...]}.
_BOXES: tuple[str, ...] = ("rendered", "value", "name", "text", "$date", "$numberLong", "$oid", "#text", "main",
                           "print_headline", "original", "display_name")  # display_name: a Mastodon account

# Child elements of an RSS item or Atom entry, by lower-case local name (prefixes vary in the wild,
# and broken feeds use them undeclared). ``content:encoded`` and Atom ``content`` hold the full
# text; description and summary are teasers. Atom ``updated`` is the modification time: an Atom entry's date only
# when it gives no publication date that reads (RFC 4287 makes ``updated`` the one date an entry must have, and
# feed readers such as feedparser fall back to it; GitHub and GitLab write no other).
FEED_FIELDS: dict[str, tuple[str, ...]] = {
    "body": ("encoded", "content", "description", "summary"),
    "title": ("title",),
    "date": ("pubdate", "date", "published", "issued", "created"),
    "atom_date": ("updated",),  # after "date", in Atom entries only
    "authors": ("creator", "author"),
    "link": ("link",),
    "id": ("guid", "id"),
}
# Children of the RSS channel or Atom feed element that describe the whole feed.
CHANNEL_FIELDS: dict[str, tuple[str, ...]] = {
    "source": ("title",),
    "lang": ("language",),
}


def _filled(value: object) -> bool:
    """Whether a box holds something: not None, not an empty or blank string."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def unbox(value: object) -> object:
    """The value inside a one-purpose wrapper object, else ``value`` itself; an empty box is passed over."""
    for _ in range(3):  # a box in a box: {"$date": {"$numberLong": ...}}
        if not isinstance(value, Mapping):
            break
        inner = next((value[key] for key in _BOXES if _filled(value.get(key))), value)
        if inner is value and "display_name" in value:  # a Mastodon account with no display name: its user name
            inner = next((value[key] for key in ("username", "acct") if _filled(value.get(key))), value)
        if inner is value:
            break
        value = inner
    return value


Keyed = dict[str, tuple[str, object]]


def keyed(record: Mapping[str, object]) -> Keyed:
    """``record`` indexed by normalised key, each entry ``(original key, value)``; the first spelling wins."""
    index: Keyed = {}
    for key, value in record.items():
        if isinstance(key, str):
            index.setdefault(norm_key(key), (key, value))
    return index


def pick(record: Keyed, names: Iterable[str]) -> Iterator[tuple[str, object]]:
    """Yield ``(original key, value)`` for each of ``names`` present and non-empty, in table order."""
    for name in names:
        found = record.get(name)
        if found is not None and found[1] not in (None, "", [], {}):
            yield found[0], unbox(found[1])


def first_text(record: Keyed, names: Iterable[str]) -> tuple[str, str] | None:
    """The first ``(key, one-line text)`` among ``names`` with a non-empty scalar value."""
    for key, value in pick(record, names):
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = inline_text(str(value))
            if text:
                return key, text
    return None


# "By" or Māori's "Nā" (bylinelanguages.ANY_BYLINE_WORDS), or a date before "by": "Posted on May 3, 2020 by …"
_BY = re.compile(rf"^(?:(?:written\s+)?(?:{'|'.join(ANY_BYLINE_WORDS)})[:\s]\s*|{DATE_BEFORE_BY})", re.IGNORECASE)
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
# An e-mail address alone (RSS 2.0's own form of <author>: "newsdesk@stuff.co.nz") names no one; after a name
# ("Jo Bloggs <jo@x.example>") it goes.
_EMAIL = re.compile(r"^(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+\.[^\s@()<>]+$", re.IGNORECASE)
_EMAIL_AFTER_NAME = re.compile(r"\s*<(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+>\s*$", re.IGNORECASE)


# A suffix belongs to the name ("King, Jr."); a degree does not ("Jane Doe, Ph.D.", "Jane Doe, MD"): it is a one-word
# part after a full name, and goes as a place does.
_NAME_SUFFIX = re.compile(r"^(?:jr|sr|ii|iii|iv)\.?$", re.IGNORECASE)
# What joins names, never one name's parts: the words of bylinelanguages.ANY_AND_WORDS ("and", Māori's "rāua ko"),
# ";", "|" and "&"; a comma may ("Smith, John").
_NAMES_SEP = re.compile(rf"(\s*(?:{ANY_AND_PATTERN}|[;|&])\s*)", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")  # "J." or "J.R."
# A byline part made of these words credits a desk, not a person: "Staff and agencies", "staff writer".
_CREDIT_WORDS = frozenset("staff agency agencies wire wires reporter reporters correspondent correspondents "
                          "writer writers editor editors newsroom desk team".split())
_CREDIT_FILLERS = frozenset(("our", "the", "news"))
Language = Callable[[], str | None]  # the story's language, found only when a byline asks for it


def no_language() -> str | None:
    """No language: a byline is read as English."""
    return None


def split_authors(value: object, language: Language = no_language) -> tuple[str, ...]:
    """Author names from a string, a list of strings or a list of objects with a ``name``.

    A name written surname first is one name between the separators of names ("and", ";", "|", "&"):
    ``"Doe, Jane; Smith, John"`` is Jane Doe and John Smith; in a list, ``"Van Dyke, Dick"`` is too. Two
    full names after commas are two ("Jane Doe, John Roe"). A desk ("Jane Doe and agencies", "staff writer")
    or a role ("Jane Doe, Political Reporter") is no name beside a person's; alone ("Staff and agencies") the
    byline stays whole. As in a page's byline, a one-word part after a full name is a place or a degree
    ("Jane Doe, Wellington", "Jane Doe, Ph.D."), and a place or outlet after the name goes ("Jane Doe in
    Wellington", "for Stuff"). A name's letter case is made one (JOHN SMITH, john smith: John Smith; see ``name_case``).
    In a story in German, French, Spanish, Portuguese or Dutch (``language``), a byline reads in it too: "Von
    Thomas Müller und Anna Weber" is Thomas Müller and Anna Weber.
    """
    names: list[str] = []
    listed = isinstance(value, list)
    for item in value if listed else [value]:
        item = unbox(item)
        if isinstance(item, str):
            names.extend(name_case(name) for name in _split_byline(item, listed, language))
    return tuple(dict.fromkeys(names))


def given_names_first(byline: str, listed: bool = False) -> str:
    """``"Doe, Jane; Smith, John"`` -> ``"Jane Doe; John Smith"``: each name written surname first, between the
    separators of names, turned round (see ``_surname_given``; ``listed``, one item of a list: ``_surname_first``)."""
    pieces = _NAMES_SEP.split(byline)
    return "".join(piece if n % 2 else _given_name_first(piece, listed) for n, piece in enumerate(pieces))


def _given_name_first(name: str, listed: bool) -> str:
    parts = _with_suffixes([part.strip() for part in name.split(",")])
    if len(parts) == 2 and (_surname_first if listed else _surname_given)(*parts):
        return f"{parts[1]} {parts[0]}"
    return name


def _split_byline(byline: str, listed: bool = False, language: Language = no_language) -> list[str]:
    """``By A and B`` -> ``[A, B]``; ``jo@example.com (Jo Bloggs)`` -> ``[Jo Bloggs]``; ``King, Jr.`` is one name;
    ``newsdesk@stuff.co.nz`` -> ``[]``; ``Von A und B`` in German -> ``[A, B]``."""
    text = inline_text(byline)
    if may_need_language(text):
        text = byline_in_english(text, language())
    email = _EMAIL_NAME.match(text)
    if email:
        text = email.group(1)
    text = _EMAIL_AFTER_NAME.sub("", text)
    text = without_role(given_names_first(_BY.sub("", text), listed))  # "… Defence and security editor": "and" is the role's
    parts = [without_trailer(part) for named in _NAMES_SEP.split(text)[::2] for part in _comma_parts(named)]
    parts = [part for part in parts if part.strip(" .") and not _EMAIL.match(part.strip(" ."))]
    if len(parts) > 1 and any(is_person(part) for part in parts):  # "Jane Doe, Political Reporter"
        # A publisher stays, for ``people_and_publisher`` to tell from the people ("Jane Doe, NZ Herald": the source).
        parts = [part for part in parts if not names_no_person(part) or is_publisher(part.strip(" ."))]
    if len(parts) > 1 and any(_is_credit(part) for part in parts):
        parts = [part for part in parts if not _is_credit(part)] or [text]
    return [part.strip(" .") if not _NAME_SUFFIX.search(part.split()[-1]) else part.strip(" ")
            for part in parts if part.strip(" .")]


def _comma_parts(names: str) -> list[str]:
    """The names of a run joined by commas; a one-word part after a full name is a place, a degree or an
    affiliation, not a person ("Jane Doe, Wellington"; "Jane Doe, Ph.D."), as in a page's byline."""
    parts = [part for part in _with_suffixes([part.strip(" ") for part in names.split(",")]) if part.strip(" .")]
    full_name = bool(parts) and len(parts[0].split()) > 1
    return [part for n, part in enumerate(parts)  # an agency after the name stays, to name the publisher ("dpa")
            if not (n and full_name and len(part.split()) == 1 and not is_publisher(part.strip(" .")))]


def _surname_first(first: str, second: str) -> bool:
    """True for "Smith, John" or "Van Dyke, Dick" (one side a single word), not "Jane Doe, John Roe"."""
    sizes = sorted((len(first.split()), len(second.split())))
    return sizes[0] == 1 and sizes[1] <= 3


def _surname_given(first: str, second: str) -> bool:
    """True for "Smith, John" or "Smith, J.": one name word each side, neither a desk nor a publisher; or a
    surname with its particle ("Van Dyke, Dick", "de la Cruz, Juan")."""
    return _surname(first) and (_name_word(second) or bool(_INITIALS.match(second)))


def _surname(text: str) -> bool:
    """One name word, or particles and then name words ("Van Dyke", "de la Cruz")."""
    words = text.split()
    particles = 0
    while particles < len(words) - 1 and words[particles].lower() in PARTICLES:
        particles += 1
    named = words[particles:]
    return (len(named) == 1 or bool(particles)) and all(_name_word(word) for word in named)


def _name_word(word: str) -> bool:
    """A single capitalised word of letters (hyphens and apostrophes too), not an acronym such as AP."""
    letters = re.sub(r"[-'’]", "", word)
    return (letters.isalpha() and word[0].isupper() and (not word.isupper() or len(word) > 3)
            and not _is_credit(word) and publisher_name(word) not in PUBLISHERS)


def _is_credit(part: str) -> bool:
    """True for a desk's credit rather than a name: "agencies", "Staff", "our correspondent"."""
    words = part.lower().strip(" .").split()
    return bool(words) and all(w in _CREDIT_WORDS or w in _CREDIT_FILLERS for w in words) \
        and any(w in _CREDIT_WORDS for w in words)


def _with_suffixes(parts: list[str]) -> list[str]:
    """``["Martin Luther King", "Jr."]`` -> ``["Martin Luther King Jr."]``: a suffix is not a name."""
    joined: list[str] = []
    for part in parts:
        if joined and _NAME_SUFFIX.match(part):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


def is_web_address(value: object) -> bool:
    """True for a string that is an http(s) address."""
    return isinstance(value, str) and is_address(value)


def source_name(value: object) -> str | None:
    """A publisher's one name (see ``publisher_name``) from a string, an object with ``name``, or a URL: "New
    Zealand Herald", "nzherald.co.nz" and "https://www.nzherald.co.nz/" are all NZ Herald; an unknown one as written
    (a URL: its host, without www)."""
    value = unbox(value)
    if not isinstance(value, str):
        return None
    return publisher_name(inline_text(value)) or None


def unique_id(wanted: str, seen: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... when an earlier record in the file took it."""
    candidate, n = wanted, 1
    while candidate in seen:
        n += 1
        candidate = f"{wanted}-{n}"
    seen.add(candidate)
    return candidate


# (record key, label such as "line 7", the article or why there is none). A skip is reported as
# ``<rel>#<key>``, or as the file itself when the key is None: the label then says where the record is.
Made = tuple[str | None, str, Article | str]


def gather(made: Iterable[Made], rel: str) -> ReadResult:
    """The articles of one file's records, each id unique, and a skip with its reason for each failure.

    A repeated id is kept apart, never merged: the first keeps it, later ones get -2, -3...
    Raises UnreadableFile when there were records and not one article came out of them; a file of no
    records at all (an export ``[]``) is read as one of no articles (see ``no_records``).
    """
    result = ReadResult()
    seen: set[str] = set()
    for key, label, outcome in made:
        if isinstance(outcome, str):
            result.skipped.append(Skip(path=rel if key is None else record_id(rel, key), reason=f"{label}: {outcome}"))
        else:
            result.articles.append(replace(outcome, id=unique_id(outcome.id, seen)))
    if not result.articles and not result.skipped:
        return no_records(rel)
    if not result.articles:
        raise UnreadableFile(nothing_read(result.skipped))
    return result


def no_records(rel: str, what: str = "no records") -> ReadResult:
    """A well-formed export or feed that holds no articles (``[]``, a feed with no items).

    It is read, not broken: the articles indexed from it before are deleted, as its other edits
    would be, and it is reported as skipped on every run. (A file that cannot be parsed keeps them.)
    """
    return ReadResult(skipped=[Skip(path=rel, reason=f"no articles in file ({what})")])


def nothing_read(skipped: list[Skip]) -> str:
    """The reason a file gave no articles, naming the first bad record."""
    if not skipped:
        return "no articles in file (no records)"
    if len(skipped) == 1:
        return f"no articles in file ({skipped[0].reason})"
    return f"no articles in file ({len(skipped)} records skipped; first: {skipped[0].reason})"


def without_source(title: str, source: str | None, url: str | None = None) -> str:
    """``title`` without the publisher's name that aggregators (Google News, NewsAPI) append: as the source
    names it, by another name newssearch knows it by ("- NZ Herald" from the "New Zealand Herald"), by its
    URL's host, or a last part named as sites are ("| Otago Daily Times Online News")."""
    keys = site_keys([source, *known_names(source, url), domain_of(url)])
    return strip_site_end(title, keys) or title


def people_and_publisher(authors: tuple[str, ...], source: str | None) -> tuple[tuple[str, ...], str | None]:
    """``authors`` without publishers, and the source: a byline that names the publisher (NewsAPI's ``author`` is
    often "BBC News"), a publisher the alias table knows or a wire agency is no author, as in a page's byline; when
    the record names no source, the first publisher its byline named is the source ("Author: Reuters")."""
    people = tuple(name for name in authors if not _names_publisher(name, source))
    named = next((name for name in authors if name not in people), None)
    return people, source or (publisher_name(named) if named else None)


def _names_publisher(name: str, source: str | None) -> bool:
    """Whether an author's name names a publisher: one the alias table knows or a wire agency, by any of its
    names ("New Zealand Herald"), or the record's own source ("Otago Daily Times" from the ODT)."""
    return is_publisher(name) or (source is not None and name.casefold() == source.casefold())
