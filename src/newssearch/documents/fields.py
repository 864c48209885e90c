"""Which keys and elements hold which article field, and how their values are normalised.

Shared by the JSON and feed readers. Each table lists names in order of preference: the first
one present with a usable value wins, and the reader records which one it was.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping

from .htmltext import inline_text
from .keynames import translated_keys
from .publishers import domain_of, is_address, known_names, stated_publisher
from .sitekeys import site_keys


class RecordError(Exception):
    """A record inside a file cannot become an article; the message is the reason."""


_KEY_SEPARATORS = re.compile(r"[\s_\-]")


def norm_key(key: str) -> str:
    """A key compared case- and separator-insensitively: ``date_publish`` == ``datePublish``."""
    return _KEY_SEPARATORS.sub("", key).lower()


# Keys in JSON exports (news-please, trafilatura, newspaper3k, CMS and database dumps, the NYT Article
# Search and Guardian Content APIs), normalised. Modified, updated and download times are never the
# publication date: they are kept apart, under "modified", as the latest the publication can be.
JSON_FIELDS: dict[str, tuple[str, ...]] = {
    # The Guardian's "body" is HTML with its paragraphs, "bodyText" the same run together; the NYT
    # API has no text but the first paragraph; a JSON Feed's items have content_html or content_text, "All the
    # News 2.0" an "article".
    "body": ("body", "text", "content", "maintext", "articlebody", "rawtext", "fulltext", "bodytext", "contenthtml",
             "contenttext", "article", "articletext", "story", "leadparagraph",
             # IPTC ninjs: 1.x's body_text and body_html, 2.0's bodies (see ALTERNATIVES).
             "bodyhtml", "bodies",
             # Ghost's post: its text as HTML (its "plaintext" the same, as Ghost renders it).
             "html", "plaintext"),
    # Only when no body key has text: a teaser is better than dropping the record.
    # HuffPost's News Category Dataset keeps its teaser under "short_description".
    # ninjs's description_text and descriptions; Instapaper's CSV has no text but the reader's "Selection" from it;
    # a reference manager's record (CSL-JSON, Zotero) its abstract, else its note.
    "summary": ("description", "summary", "excerpt", "abstract", "standfirst", "trailtext", "snippet", "openingtext",
                "shortdescription", "descriptiontext", "descriptions", "selection", "note"),
    # ABC's "A Million News Headlines" and "India News Headlines" (Kaggle) name theirs headline_text.
    "title": ("title", "headline", "webtitle", "headlines", "headlinetext"),
    # Jina Reader's JSON has "publishedTime" ({"data": {"publishedTime": …}}: read without its date).
    "date": (
        "datepublished", "datepublish", "publishdate", "publisheddate", "datepublication",
        "publicationdate", "publishedat", "publishedtime", "published", "pubdate", "datetimepub", "date", "issued",
        "firstcreated", "contentcreated", "createdat", "webpublicationdate", "timestamp",
        # schema.org's dateCreated; Reddit's WorldNews headlines (Kaggle) date a post by its date_created.
        "datecreated",
        # Arc XP's ANS: the day its site shows, else its first publication's (arcstories).
        "displaydate", "firstpublishdate",
        # IPTC's (ninjs, NewsML-G2) version time: the item's last change, its date only when it gives no other.
        "versioncreated",
    ),
    # A post's "user" (Twitter) or "account" (Mastodon) is who wrote it.
    # ninjs 2.0's "by"; Wallabag's "published_by"; a newsroom's sheet's reporter, journalist or writer; Meltwater's
    # export names the writer (a story's byline, a post's account) "Influencer".
    "authors": ("authors", "author", "byline", "by", "creator", "creators", "user", "account", "publishedby",
                "reporter", "reporters", "journalist", "journalists", "writer", "writers", "influencer"),
    "url": ("url", "link", "canonicalurl", "permalink", "sourceurl", "weburl"),
    # A reference's newspaper (CSL-JSON's container-title) before its publisher, the company owning it.
    "source": (
        "containertitle", "sitename", "publisher", "source", "site", "sourcehostname", "sourcedomain", "metasitename", "hostname",
        "publication", "sourcename",
        # Media Cloud's story list: its outlet's name (its Explorer's), or its domain (search.mediacloud.org's).
        "medianame",
        # ninjs's infosources, else its copyright holder; a sheet's outlet or newspaper (a media monitor's "Media Outlet").
        "infosources", "copyrightholder", "outlet", "mediaoutlet", "newspaper",
    ),
    "lang": ("lang", "language", "langcode", "metalang"),
    # The newsroom's section or category (see ``sections``): schema.org's articleSection, the Guardian API's
    # sectionName, the NYT's section_name before its news_desk, HuffPost's category, trafilatura's categories, the
    # Times of India headlines' headline_category; newssearch's own ``show --json`` writes "sections".
    "sections": ("articlesection", "section", "sections", "sectionname", "category", "categories",
                 "headlinecategory", "newsdesk", "desk"),
    "locale": ("locale",),  # with "lang", whether 10/05/2022 is 10 May (en_GB) or 5 October (en_US)
    "modified": ("datemodified", "datemodify", "modifiedat", "lastmodified", "modified", "updatedat", "updated",
                 "lastupdateddate"),
    # "_id" normalises to "id"; Twitter's "id_str" is its id as text; Event Registry's (newsapi.ai) is its "uri".
    "id": ("id", "uuid", "guid", "idstr", "uri"),
}
# Each field's keys in other languages after its English ones, which win: a spreadsheet's Titel, Datum, Autor, Inhalt
# and Quelle (a German table's had all been dropped, its headlines unfindable).
JSON_FIELDS = {field: (*names, *translated_keys(field)) for field, names in JSON_FIELDS.items()}
# Keys under which a JSON file wraps its list of records (Elasticsearch: {"hits": {"hits": [...]}};
# Solr, the NYT and Guardian APIs: {"response": {"docs" or "results": [...]}}; the Guardian's single item:
# {"response": {"content": {...}}}; Ghost's export: {"db": [{"data": {"posts": [...], "users": [...]}}]}).
WRAPPER_KEYS: tuple[str, ...] = (
    "articles", "items", "data", "results", "docs", "documents", "records", "entries", "posts", "hits", "response",
    "content", "db",
)
# Exact keys under which a record keeps its article's fields in an object: Elasticsearch's "_source"
# (search hits, elasticdump lines), the Guardian API's "fields", a Webhose (webz.io) post's "thread" (its site: the
# post's own "url" is the crawler's redirect), a JSON:API resource's "attributes" (Drupal's, Strapi's APIs: its "id"
# and "type" beside them), a WordPress post's "_embedded" (its author and terms, for the ids its own keys hold). They
# fill in what the record's own keys lack.
RECORD_PARTS: tuple[str, ...] = ("_source", "fields", "thread", "attributes", "_embedded")
# Objects that stand for one of their values: WordPress {"rendered": ...}, MongoDB {"$date": ...} (in
# its canonical form {"$date": {"$numberLong": "1593561600000"}}), the NYT's headline {"main": ...,
# "print_headline": ...} and byline {"original": "By ...", "person": [...]}.
_BOXES: tuple[str, ...] = ("rendered", "value", "name", "text", "$date", "$numberLong", "$oid", "#text", "main",
                           "print_headline", "original", "display_name",  # display_name: a Mastodon account
                           "literal", "raw")  # CSL-JSON: a name not in parts, a date as written
# Keys holding a list of one field's alternatives (ninjs 2.0's headlines, bodies and descriptions, each with a
# role): the one of role "main", else the first, stands for the field.
ALTERNATIVES: frozenset[str] = frozenset({"headlines", "bodies", "descriptions"})

# Child elements of an RSS item or Atom entry, by lower-case local name (prefixes vary in the wild,
# and broken feeds use them undeclared). ``content:encoded`` and Atom ``content`` hold the full
# text; description and summary are teasers. Atom ``updated`` is the modification time: an item's date only when it
# gives no publication date that reads (RFC 4287 makes ``updated`` the one date an entry must have, and feed readers
# such as feedparser fall back to it; GitHub and GitLab write no other; .NET's RSS writer, System.ServiceModel.
# Syndication, puts ``<a10:updated>`` in an RSS item whose publication date is unset: its only stamp).
FEED_FIELDS: dict[str, tuple[str, ...]] = {
    "body": ("encoded", "content", "description", "summary"),
    "title": ("title",),
    "date": ("pubdate", "date", "published", "issued", "created"),
    "update_date": ("updated",),  # after "date"
    "authors": ("creator", "author"),
    "link": ("link",),
    "id": ("guid", "id"),
    # RSS's <category>s (text), Atom's <category term="…" label="…"/>, Dublin Core's <dc:subject>
    "sections": ("category", "subject"),
    "lang": ("language",),  # an item's own <dc:language>, over its channel's
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
        if inner is value:
            inner = _composed(value)
        if inner is value and "display_name" in value:  # a Mastodon account with no display name: its user name
            inner = next((value[key] for key in ("username", "acct") if _filled(value.get(key))), value)
        if inner is value:
            break
        value = inner
    return value


# A person's name in parts, (given, family) by key written in lower case without "_" or "-": CSL-JSON's, schema.org's
# Person's, and a CMS's or NYT's ({"firstname": "Jane", "lastname": "Doe"}, "first_name", "firstName").
_NAME_PARTS = (("given", "family"), ("givenname", "familyname"), ("firstname", "lastname"), ("first", "last"))


def _composed(value: Mapping[str, object]) -> object:
    """A name in parts or a CSL-JSON date as one string: {"family": "Doe", "given": "Jane"} (``_NAME_PARTS``) is
    "Jane Doe", {"date-parts": [[2020, 3, 4]]} "2020-03-04" (a date of a year or a month alone is no day: "2020-03",
    read as no date), PHP's {"date": "2023-11-20 10:00:00.000000", "timezone": "UTC"} its date as written (the day in
    its own time zone); ``value`` itself for any other object."""
    keyed = {key.lower().replace("_", "").replace("-", ""): part for key, part in value.items() if isinstance(key, str)}
    for given_key, family_key in _NAME_PARTS:
        family, given = keyed.get(family_key), keyed.get(given_key)
        if isinstance(family, str) and family.strip():
            return f"{given.strip()} {family.strip()}" if isinstance(given, str) and given.strip() else family.strip()
    if isinstance(keyed.get("date"), str) and ("timezone" in keyed or "timezonetype" in keyed):
        return keyed["date"]  # PHP's DateTime as json_encode writes it: {"date": …, "timezone_type": 3, "timezone": …}
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        numbers = [part for part in parts[0] if isinstance(part, (int, str)) and str(part).strip().isdigit()]
        return "-".join(str(part).strip().zfill(2) for part in numbers)
    return value


def _alternative(value: object) -> object:
    """Of a list of one field's alternatives (see ``ALTERNATIVES``), the one of role "main", else the first."""
    if not isinstance(value, list) or not value or not all(isinstance(item, Mapping) for item in value):
        return value
    return next((item for item in value if item.get("role") == "main"), value[0])


Keyed = dict[str, tuple[str, object]]


def objects_in(value: Mapping[str, object], field: str) -> list[Mapping[str, object]]:
    """The objects of the list ``value[field]`` (a CMS export's table, a story's elements); none when it is no list."""
    found = value.get(field)
    return [item for item in found if isinstance(item, Mapping)] if isinstance(found, list) else []


def keyed(record: Mapping[str, object]) -> Keyed:
    """``record`` indexed by normalised key, each entry ``(original key, value)``; the first spelling wins."""
    index: Keyed = {}
    for key, value in record.items():
        if isinstance(key, str):
            index.setdefault(norm_key(key), (key, value))
    return index


def pick(record: Keyed, names: Iterable[str]) -> Iterator[tuple[str, object]]:
    """Yield ``(original key, value)`` for each of ``names`` present and non-empty, in table order."""
    if not record:  # a text's empty header record: its dozens of names not looked up one by one
        return
    for name in names:
        found = record.get(name)
        if found is not None and found[1] not in (None, "", [], {}) and not _not_finite(found[1]):
            yield found[0], unbox(_alternative(found[1]) if name in ALTERNATIVES else found[1])


def _not_finite(value: object) -> bool:
    """Whether ``value`` is JSON's NaN or Infinity (json.dumps writes them for a pandas row's missing cells): no value,
    not the text "nan"."""
    return isinstance(value, float) and not math.isfinite(value)


def first_text(record: Keyed, names: Iterable[str]) -> tuple[str, str] | None:
    """The first ``(key, one-line text)`` among ``names`` with a non-empty scalar value."""
    for key, value in pick(record, names):
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = inline_text(str(value))
            if text:
                return key, text
    return None


def is_web_address(value: object) -> bool:
    """True for a string that is an http(s) address."""
    return isinstance(value, str) and is_address(value)


# Keys of a source object that name it, when it has no "name" (see _BOXES).
_SOURCE_BOXES: tuple[str, ...] = ("title", "uri")


def source_name(value: object, url: str | None = None) -> str | None:
    """A publisher's one name (see ``stated_publisher``) from a string, an object with ``name``, or a URL: "New
    Zealand Herald", "nzherald.co.nz" and "https://www.nzherald.co.nz/" are all NZ Herald; an unknown one as written
    (a URL: its host, without www); a name tied to an address by the record's address ``url`` ("Time" at
    timeout.com: as written)."""
    if isinstance(value, list) and value:  # ninjs's infosources: the first is the item's
        value = value[0]
    value = unbox(value)
    if isinstance(value, Mapping):  # Event Registry's {"uri": "odt.co.nz", "title": "Otago Daily Times"}
        value = next((value[key] for key in _SOURCE_BOXES if _filled(value.get(key))), None)
    if not isinstance(value, str):
        return None
    return stated_publisher(inline_text(value), url) or None


def without_source(title: str, source: str | None, url: str | None = None) -> str:
    """``title`` without the publisher's name that aggregators (Google News, NewsAPI) append: as the source
    names it, by another name newssearch knows it by ("- NZ Herald" from the "New Zealand Herald"), by its
    URL's host, or a last part named as sites are ("| Otago Daily Times Online News")."""
    from .headlines import strip_site_end  # here: a text's reader imports this module, and never asks this

    keys = site_keys([source, *known_names(source, url), domain_of(url)])
    return strip_site_end(title, keys) or title


# Keys under which an author object holds its person, one level down: a user record's {"profile": {"name": "Jane
# Doe"}}, {"user": …}, {"person": …}, JSON:API's {"data": …} (a reference of a type and an id alone names no one).
_PERSON_KEYS = ("profile", "user", "person", "data")


def person_value(item: object) -> object:
    """``item`` unboxed (``fields.unbox``: its name); an object still, the object one of ``_PERSON_KEYS`` holds,
    unboxed in turn (a name, or an object when it names no one)."""
    item = unbox(item)
    if not isinstance(item, Mapping):
        return item
    keyed = {key.lower(): inner for key, inner in item.items() if isinstance(key, str)}
    inner = next((keyed[key] for key in _PERSON_KEYS if isinstance(keyed.get(key), Mapping)), None)
    return item if inner is None else unbox(inner)
