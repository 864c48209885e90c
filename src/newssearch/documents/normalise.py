"""Every reader's articles put in one form, and the test that one holds text at all."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..datelines import wire_agency
from ..functionwords import ENGLISH, guess_language, text_language
from ..tokenpatterns import INVISIBLE, INVISIBLE_CHARS
from .article import Article
from .encoding import without_surrogates
from .languages import language_code
from .linktracking import without_tracking
from .nulchars import spaced_nuls
from .publishers import publisher_name, slashed_source, stated_publisher

NO_TEXT = "no text (only invisible or unreadable characters)"
_VISIBLE = re.compile(r"[^\s\ufffd\x00-\x1f\x7f-\x9f]")


def has_text(article: Article) -> bool:
    """Whether ``article`` has a visible character in its title or body: one without is no article to find."""
    return bool(_VISIBLE.search(article.title) or _VISIBLE.search(article.body))


def record_place(article_id: str, rel: str) -> str:
    """Where a record is in its file ``rel``, as a skip says it: ``#3`` of ``wire.jsonl#3`` (of ``a.zip#wire.jsonl#3``
    in a file of an archive)."""
    key = article_id[len(rel) + 1:] if article_id.startswith(rel + "#") else ""
    return f"record #{key}" if key else "its article"


def _addressed(url: str | None) -> str | None:
    """The publisher an article's address names: a known one's name (www.reuters.com: Reuters), else the host
    without www.; None for no address, or one whose host cannot be read."""
    return publisher_name(None, url) if url and url.startswith(("http://", "https://")) else None


def normalised(article: Article) -> Article:
    """``article`` as every reader's is stored: its texts in NFC (a name saved decomposed is the same facet value
    as one saved composed), no invisible characters in its title and body, its publisher by its one name whatever
    the format spelt it ("New Zealand Herald", "nzherald.co.nz": NZ Herald; a name tied to an address by its address:
    "Time" at timeout.com as written; see ``stated_publisher``) and, when it
    names none, the one its address names (a known publisher's name, else the host), else the wire agency its
    dateline credits ("LONDON, March 5 (Reuters) - ": Reuters, as a text's is; a CSV row's or a saved page's had had
    none), its address without a feed's
    or newsletter's tracking (``utm_source=feedly``: ``linktracking.without_tracking``), its language a
    lower-case primary language subtag (``pt-BR``: "pt"; a value that is no language tag: none; English named over
    another language's text: that language; none named, English when its words show it clearly: ``_told``). A NUL
    in its texts is a break between words (``nulchars``: JSON's escaped "\\u0000" reaches no reader's decoding). No
    surrogate stays in its texts (``without_surrogates``): one a reader let through had stopped a whole index run."""
    title, body = _visible(_nfc(article.title)), _visible(_nfc(article.body))
    authors = tuple(dict.fromkeys(_nfc(name) for name in article.authors))  # two spellings of one name are one
    sections = tuple(dict.fromkeys(_nfc(name) for name in article.sections))
    if any("\x00" in text for text in (title, body, *authors, *sections)):  # JSON's "\u0000": a break, no join
        title, body = spaced_nuls(title).strip(), spaced_nuls(body).strip()
        authors = tuple(dict.fromkeys(filter(None, (spaced_nuls(name).strip() for name in authors))))
        sections = tuple(dict.fromkeys(filter(None, (spaced_nuls(name).strip() for name in sections))))
    url = article.url and without_tracking(without_surrogates(article.url))
    stated, agency = slashed_source(_nfc(article.source)) if article.source else (article.source, None)
    source = (stated_publisher(stated, url) if stated else _addressed(url) or wire_agency(body) or article.source)
    if agency and agency not in authors:  # "AFP/The Local": The Local's, AFP credited after its people
        authors = (*authors, agency)
    lang = _told(language_code(article.lang), body)
    if (title, body, authors, source, lang, url, sections) == (article.title, article.body, article.authors,
                                                               article.source, article.lang, article.url,
                                                               article.sections):
        return article
    return replace(article, title=title, body=body, authors=authors, source=source, lang=lang, url=url,
                   sections=sections)


def _told(lang: str | None, body: str) -> str | None:
    """``lang``, unless it is English and ``body``'s function words or script show another language: a site's
    template says ``<html lang="en">`` over its French or German stories (Madame Figaro's, 9 German pages of
    trafilatura-eval's tuning half), which were stemmed as English and not found by ``lang:fr``. Only English is
    doubted: a template's default is English far more often. An article naming none is English when ``body``'s
    function words show English clearly (``text_language``), so that ``lang:en`` finds a folder of BBC texts; one
    too short or mixed to tell names none. Another language they show is a reader's to tell (``guess_language``)."""
    if lang == ENGLISH:
        return guess_language(body) or lang
    return lang or (ENGLISH if text_language(body) == ENGLISH else None)


def _nfc(text: str) -> str:
    """``text`` in Unicode's composed form (NFC), without surrogates; the same string when it is already (the
    common case)."""
    text = without_surrogates(text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _visible(text: str) -> str:
    """``text`` without invisible characters (zero-width spaces, soft hyphens)."""
    # a test of each character with ``in`` (C's substring search) first: a regex scan of each body cost 20 us
    return INVISIBLE.sub("", text) if any(char in text for char in INVISIBLE_CHARS) else text
