"""A page's publication date and locale: an ordered chain of its meta tags, JSON-LD, time stamps, address and datelines."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from . import jsonld
from .dates import boxed_date, parse_date, written_date
from .dayfirst import document_locale, english_day_first, not_after_update, told_locale, with_host
from .daytimes import moment_of, on_day
from .htmldatelines import event_day_at, labels_day_first, names_an_update
from .pagelines import dates_under_headline, first_published, last_changed, over_headline
from .recorddates import epoch_date
from .urldates import date_in_url
from .utcstamps import UTC_STAMP, central_european, central_european_midnight, same_moment, shown_day, utc_stamp

if TYPE_CHECKING:
    from .pageinfo import Found, PageInfo


# Meta keys (name / property / itemprop / http-equiv, lower case) per field, best first.
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "published_time", "article.published", "article_date_original",
    "original-publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created",
    # more publication names htmldate reads (WordPress plugins', Open Graph's variants, Highwire's for papers)
    "article:post_date", "article:published_date", "og:published_time", "og:publish_date", "published-date",
    "published_date", "publication_date", "date_published", "dc.date.publication", "citation_publication_date",
    "shareaholic:article_published_time", "dc:created", "dcterms:created", "dcterms:issued",
    "dc.date", "dcterms.date", "date", "cxenseparse:recs:publishtime",
    "displaydate", "ga_date", "rnews:datepublished", "article:published", "og:pubdate",
)
# A broadcaster's video page, <meta itemprop="uploadDate">: a video's date, after the article's in JSON-LD.
UPLOADED_KEYS = ("uploaddate",)
# Meta keys of the last modification, best first: they never give the date, but the date is never after them.
MODIFIED_KEYS = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
    "last-modified", "article:modified",
)
# Meta keys that name no publication, only "a date": TYPO3 writes its record's last change (or making) to <meta
# name="date">, days off the day the page shows its readers.
GENERIC_KEYS = frozenset({"dc.date", "dcterms.date", "date"})
SHOWN_NEAR = timedelta(days=60)  # further apart, the page's date box is not the story's: a header's date of the day
LANG_KEYS = ("og:locale", "content-language", "dc.language", "language", "inlanguage")
_STAMPS = ("json-ld", "meta", "time", "url")


def extract_date(info: PageInfo, body: str = "", date_lines: Sequence[str] = (), headline: str | None = None) -> Found:
    """Publication date: meta › JSON-LD article › a video's upload meta › <time> › URL › JSON-LD video or other work ›
    dateline (a line labelled as the first publication, a date text, a byline, a date line under the ``headline`` or
    above the body, the body's opening) › one day in the scripts' data (``pageinfo.script_dates``) › the last change
    a wiki's foot states (``pagelines.last_changed``); else never the update time, but for a story put out again
    (``_republished``).

    The meta tags come first, as htmldate takes them: where they and JSON-LD give other days, the meta tag's is the
    one the page shows more often (an SEO plugin's JSON-LD may keep a reposted story's first date).

    The page's locale (else its address's country, see ``with_host``; else, for its date boxes, their labels' language,
    ``labels_day_first``; else the language its text's words show, ``told_locale``) says whether ``10/05/2022`` is 10
    May or 5 October; a reading after the page's modification time, or one its other dates do not give
    (``_as_the_page_shows``), gives way to the other.
    """
    locale = with_host(extract_locale(info), info.address())
    told = locale if locale is not None else told_locale(body)
    day_first = english_day_first(told, _page_publishers(info), lambda: _page_date_texts(info, body, date_lines), body)
    language = told[0] if told else None  # Croatian's "5. listopada 2024." is 5 October, Polish's 5 November
    boxes = [*first_published(info.lines), *info.date_texts, *(" ".join(b.split()) for b in info.bylines),
             *dates_under_headline(info.lines, headline), *over_headline(info.kickers, headline), *date_lines]
    labelled = labels_day_first(boxes) if locale is None else None
    shown_first = day_first if labelled is None else labelled
    chain: list[tuple[str, Callable[[], list[Any]]]] = [
        ("meta", lambda: [value for key in PUBLISHED_KEYS for value in info.metas.get(key, ())]),
        ("json-ld", lambda: [jsonld.first(info.articles, k) for k in ("datePublished", "dateCreated")]),
        ("meta", lambda: [value for key in UPLOADED_KEYS for value in info.metas.get(key, ())]),
        ("time", lambda: info.times),
        ("url", lambda: [date_in_url(u, day_first) for u in info.addresses()]),
        ("json-ld", lambda: [jsonld.first(jsonld.works(info.objects), k) for k in ("datePublished", "uploadDate")]),
        # A box's date may follow a label or a weekday ("Published: 09/12/2023"); the body's opening must start with one.
        ("dateline", lambda: [*map(boxed_date, boxes), *opening_text(body), *opening_dates(body)]),
        ("script", lambda: info.script_dates[:1]),  # a date the page shows nowhere
        ("update", lambda: [*map(boxed_date, last_changed(info.lines))]),  # the last resort: a wiki's last edit
    ]
    def order(source: str) -> bool:  # how a source's slashed dates were read
        return shown_first if source == "dateline" else day_first

    found = [(day, source, raw) for source, values in chain
             for raw, day in _parsed(values(), order(source), epoch=source in _EPOCH_SOURCES, language=language)]
    if not found:
        return None, None
    day, source, raw = _shown_over_generic(info, found, day_first)
    modified = _modified_date(info, day_first)
    if source in ("meta", "json-ld") and (shown := _republished(day, modified, info, date_lines, shown_first)):
        return shown, "dateline"
    day = not_after_update(day, raw, modified, order(source))
    day = _as_the_page_shows(day, raw, [other for other, _source, _raw in found[1:]], order(source))
    if central_european(extract_locale(info)) and (midnight := central_european_midnight(raw)):
        return midnight, source  # a day saved as local midnight, told in UTC: "2022-11-06T23:00:00Z" is 7 November
    utc_raw = utc_stamp(raw, [other_raw for _day, _source, other_raw in found])
    if utc_raw is None:
        return _timed_as_shown(day, found), source
    # The day shown for the UTC stamp's moment keeps that moment: the day moves, the time stamped in UTC stays.
    moment = moment_of(parse_date(utc_raw))
    if (shown := shown_day(utc_raw, found)) is not None:
        return _stamped(shown, moment), source if shown == day else "dateline"
    # A UTC stamp can fall on the next (or previous) day: prefer the local day of the same moment.
    for other, other_source, other_raw in found[1:]:
        if abs((other - day).days) == 1 and other_source in _STAMPS and not UTC_STAMP.search(other_raw) \
                and same_moment(utc_raw, other_raw, other):
            return _stamped(other, moment), other_source
    return _stamped(day, moment), source


# Sources whose time on the page's day is the publication's: not a second meta tag (a generic ``date`` one may hold the
# last change's time: NZZ's), a script's data or a wiki's last edit.
_TIMED_SOURCES = frozenset({"json-ld", "time", "dateline"})


def _timed_as_shown(day: date, found: list[tuple[date, str, str]]) -> date:
    """``day``, a day alone (a meta tag's "2019-11-19", an address's), with the time the first other source that
    reads the same day writes (a date box's "19.11.2019, 16:20", a <time>'s stamp); ``day`` itself when it has a
    time, or none shows one on it."""
    if moment_of(day) is not None:
        return day
    return next((other for other, source, _raw in found if other == day and moment_of(other) is not None
                 and source in _TIMED_SOURCES), day)


def _stamped(day: date, moment: datetime | None) -> date:
    """``day`` carrying a UTC stamp's ``moment`` where it is a moment of that day (``on_day``), unless ``day`` has a
    moment in a zone of its own: a dateline's "13:10 GMT" stays over a meta tag's "15:10:10+0000" (Global Voices); of the
    stamp's minute, the stamp's seconds are kept ("18.54 GMT" beside "18:54:53Z": the Guardian's)."""
    own = moment_of(day)
    if own is not None and own.tzinfo is not None and (moment is None or moment.replace(second=0, microsecond=0) != own):
        return day
    return on_day(day, moment)


def _page_publishers(info: PageInfo) -> list[str | None]:
    """The names a page gives its publisher: og:site_name, JSON-LD's publisher, microdata's."""
    return [info.meta("og:site_name")[0], jsonld.text_of(jsonld.first(info.articles, "publisher")),
            info.microdata_publisher]


def _page_date_texts(info: PageInfo, body: str, date_lines: Sequence[str]) -> list[str]:
    """The texts a page's date is read from: its date meta tags, <time> stamps, date boxes, bylines, date lines,
    addresses and its body's opening."""
    metas = [value for key in (*PUBLISHED_KEYS, *MODIFIED_KEYS) for value in info.metas.get(key, ())]
    return [*metas, *info.times, *info.date_texts, *info.bylines, *date_lines, *filter(None, info.addresses()),
            body[:OPENING_CHARS]]


def _shown_over_generic(info: PageInfo, found: list[tuple[date, str, str]], day_first: bool) -> tuple[date, str, str]:
    """The first of ``found``, or the page's first ``<time>`` or date box when the first is a generic meta key's (see
    ``GENERIC_KEYS``) and the page shows another day near it: alpin.de's 21 January, not its ``date`` tag's 26th."""
    day, source, _raw = found[0]
    first_key = next((key for key in PUBLISHED_KEYS for value in info.metas.get(key, ())
                      if any(_parsed([value], day_first))), None)
    if source != "meta" or first_key not in GENERIC_KEYS:
        return found[0]
    texts = {*info.times, *map(boxed_date, info.date_texts)}
    shown = next((entry for entry in found if entry[2] in texts and entry[1] in ("time", "dateline")), None)
    return shown if shown is not None and shown[0] != day and abs(shown[0] - day) <= SHOWN_NEAR else found[0]


def _republished(day: date, modified: date | None, info: PageInfo, date_lines: Sequence[str],
                 day_first: bool) -> date | None:
    """The day of the page's last modification when the page shows its readers that day, unlabelled, as its date and
    the stamped publication ``day`` nowhere: a story put out again (ad-magazin.de's "1. Januar 2023" under a published
    stamp of 22 November 2021 and a modified one of 1 January 2023); None otherwise."""
    if modified is None or modified == day:
        return None
    texts = [" ".join(text.split()) for text in (*info.date_texts, *info.bylines, *date_lines)]
    shown = [(parse_date(boxed_date(text), day_first), names_an_update(text)) for text in texts]
    if any(shown_day == day for shown_day, _update in shown) or any(parse_date(t, day_first) == day for t in info.times):
        return None
    return modified if (modified, False) in shown else None


def _as_the_page_shows(day: date, raw: str, others: list[date], day_first: bool) -> date:
    """``day`` as read from a slashed ``raw``, or its other reading when only that one is a day the page's other
    sources give: an ASP.NET meta tag's "11/01/2023 12:43:42" on a German page is 1 November when the page says
    "Erstellt am: 01.11.2023" and nowhere 11 January."""
    other = parse_date(raw, not day_first) if "/" in raw else None
    return other if other is not None and other != day and other in others and day not in others else day


OPENING_CHARS = 160  # the text's opening, where a story's dateline stands


def opening_text(body: str) -> list[str]:
    """The body's opening, read for its date, unless its first date is the day of what its sentence tells of
    (``event_day_at``): a wiki page's "Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt" was
    not written that day."""
    text = body[:OPENING_CHARS]
    found = written_date().search(text)
    return [] if found is not None and event_day_at(text, found.start()) else [text]


OPENING_PARAGRAPHS = 3  # a press release's dated paragraph may follow its standfirst
_DASH_AFTER = re.compile(r"\s*[–—-]\s")


def opening_dates(body: str) -> list[str]:
    """The dates a paragraph of the body's opening starts with before a dash, as press releases date their text
    ("29.11.2022 – Mehrfach und vehement hatte die Branche …", after a standfirst); not a date in a sentence."""
    found = []
    for paragraph in body.split("\n\n")[1:OPENING_PARAGRAPHS]:
        date_match = written_date().match(paragraph.strip())
        if date_match and _DASH_AFTER.match(paragraph.strip(), date_match.end()):
            found.append(date_match.group())
    return found


def _modified_date(info: PageInfo, day_first: bool) -> date | None:
    """The page's last modification: JSON-LD dateModified › modified meta; None when it gives none."""
    values = [jsonld.first(info.articles, "dateModified"), *(v for k in MODIFIED_KEYS for v in info.metas.get(k, ()))]
    return next((day for _raw, day in _parsed(values, day_first)), None)


# Where a value is a date and nothing else, so that a bare number is a moment: not a date box's text or the body's.
_EPOCH_SOURCES = frozenset({"meta", "json-ld"})


def _parsed(values: list[Any], day_first: bool = False, epoch: bool = False,
            language: str | None = None) -> Iterator[tuple[str, date]]:
    """(raw text, date) for each value that parses (its month names as ``language`` reads them); with ``epoch``, Unix
    time too (as some CMSs write JSON-LD's ``datePublished``: ``1700000000``, or in milliseconds)."""
    for value in values:
        raw = value.isoformat() if isinstance(value, date) else jsonld.text_of(value) or ""
        day = parse_date(raw, day_first, language) or (epoch_date(raw or value) if epoch else None)
        if day:
            raw = raw or str(value)
            yield raw, day


def extract_locale(info: PageInfo) -> tuple[str, str] | None:
    """(language, region) from <html lang> › og:locale › content-language › JSON-LD inLanguage.

    ``<html lang="en">`` with ``og:locale`` ``en_GB`` gives ("en", "gb"): the region the first tag lacks.
    """
    ld_lang = jsonld.text_of(jsonld.first(info.articles, "inLanguage"))
    return document_locale([info.html_lang, *(v for k in LANG_KEYS for v in info.metas.get(k, ())), ld_lang])
