"""A record's fields as an article has them: its body (its teaser before it, unless the text repeats it), its
authors, its publisher and its address (a CMS path joined to the site the record names), from the first key of each
that has one (the ``fields`` table). JSON, JSON Lines and CSV records share them, and a text's header keys."""

from __future__ import annotations

import re
from urllib.parse import unquote, urljoin

from .authornames import Language, no_language, split_authors
from .fields import JSON_FIELDS, Keyed, RecordError, first_text, is_web_address, norm_key, pick, source_name
from .htmltext import plain_text
from .keynames import RUBRIK, RUBRIK_HEADLINE, rubrik_section
from .languages import language_code
from .publishers import address_path, is_host
from .teasers import teaser_first
from .wrappedlines import unwrapped

# NewsAPI cuts "content" short and says by how much: "... [+2345 chars]".
_CUT_MARK = re.compile(r"\[\+\d+ chars\]\s*$")  # no \s* before: searched from each of a million spaces, it was quadratic
# A record's teaser, put before its text: not Instapaper's "selection" (a quote from the text) nor a reader's "note".
_TEASERS = tuple(key for key in JSON_FIELDS["summary"] if key not in ("selection", "note"))
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")  # mailto:, urn:, ftp: (not host:8080)


def rubrik_keyed(record: Keyed, text: str) -> Keyed:
    """``record`` with its "rubrik" read as its language reads the word: a Swedish, Danish or Norwegian record's
    headline, its title; a German (or any other) record's section. Its language key tells, else its keys and its
    ``text`` (``keynames.rubrik_section``); a title or section key of its own stays first."""
    if RUBRIK not in record:
        return record
    tag = first_text(record, JSON_FIELDS["lang"])
    told = language_code(tag[1]) if tag else None
    headline = told in RUBRIK_HEADLINE if told else not rubrik_section(list(record), text)
    field, key = ("title", "title") if headline else ("sections", "section")
    return record if first_text(record, JSON_FIELDS[field]) else {**record, key: record[RUBRIK]}


def record_body(record: Keyed) -> str:
    """The body text: a body key, its teaser before it unless the text repeats it (see ``with_teaser``); else a
    description or summary; HTML reduced to text; a text hard-wrapped (an export saved at 65 columns) a paragraph a
    line, as the text reader stores one (``wrappedlines.unwrapped``)."""
    for key, value in pick(record, JSON_FIELDS["body"] + JSON_FIELDS["summary"]):
        paragraphs = value if isinstance(value, list) else [value]
        if any(isinstance(p, dict) for p in paragraphs):  # content blocks: Sanity's portable text, a CMS's elements
            from .embedded import element_paragraphs  # (its HTML helpers: not on a plain record's path)

            paragraphs = element_paragraphs(paragraphs)
        text = "\n\n".join(plain_text(p) for p in paragraphs if isinstance(p, str) and p.strip())
        whole = unwrapped(_CUT_MARK.sub("", text).strip())
        if whole:
            return whole if norm_key(key) in JSON_FIELDS["summary"] else with_teaser(record, whole)
    raise RecordError("no body text")


def with_teaser(record: Keyed, body: str) -> str:
    """``body`` with the record's teaser before it (NewsAPI's ``description``, the Guardian's ``standfirst``, the
    NYT's ``abstract``, a JSON Feed item's ``summary``): the index has no description field, and a word only there
    had been unfindable. Left out when the body holds it already: its opening is the body's, or the body's opening
    its (NewsAPI's ``content`` cut at 200 characters), or it is in the body nearly verbatim (see
    ``teasers.repeats``)."""
    teaser = next((plain_text(value) for _key, value in pick(record, _TEASERS)
                   if isinstance(value, str) and value.strip()), "")
    return teaser_first(teaser, body)


def readable_address(url: str) -> str:
    """A web address as a reader sees it, its escapes decoded (``…/wiki/M%C3%BCnchen``: ``…/wiki/München``): the
    headline and text of a saved link that has neither."""
    return unquote(url.strip())


def record_authors(record: Keyed, language: Language = no_language) -> tuple[str, ...]:
    """Author names from the first author key that has any; a byline in the story's ``language`` read in it ("Von
    Thomas Müller und Anna Weber": Thomas Müller and Anna Weber)."""
    for _key, value in pick(record, JSON_FIELDS["authors"]):
        names = split_authors(value, language)
        if names:
            return names
    return ()


def record_source(record: Keyed, url: str | None = None) -> str | None:
    """The publisher or site name from the first source key that has one, a name tied to an address read at the
    record's address ``url`` (see ``stated_publisher``); a name beats a URL's host.

    trafilatura's JSON puts the page URL under ``source`` and the site's name under ``source-hostname``.
    """
    values = [value for _key, value in pick(record, JSON_FIELDS["source"])]
    for value in sorted(values, key=is_web_address):  # names first, in table order; then the hosts of URLs
        name = source_name(value, url)
        if name:
            return name
    return None


def record_url(record: Keyed) -> str | None:
    """The article's URL: its ``canonical_url`` when that is an http(s) address, as a page's canonical link is its
    address over its og:url and the one it was fetched from; else the first URL key holding a web address, else any
    text in one.

    A ``source`` holding the address of a page (not a site's home page) counts too: trafilatura's JSON.
    """
    if not record:  # a plain text's empty header record (asked twice a text: 35 us had been spent on it)
        return None
    canonical = first_text(record, ["canonicalurl"])
    if canonical and is_web_address(canonical[1]):  # a path ("/news/1") is no surer than the record's url
        return canonical[1]
    found = [text for key in JSON_FIELDS["url"] if (text := first_text(record, [key]))]
    source = first_text(record, ["source"])
    if source and is_web_address(source[1]) and address_path(source[1]).strip("/"):  # a page, not the site's home
        found.append(source)
    url = next((text for _, text in found if is_web_address(text)), found[0][1] if found else None)
    return _absolute(url, record) if url else None


def _absolute(url: str, record: Keyed) -> str:
    """``url`` as a full address: a CMS dump's path (``/news/2021/rates``) joined to the site its record names
    (``"site": "https://www.example.com"``, ``"hostname": "example.com"``), a protocol-relative one
    (``//example.com/a``) given https; as written when the record names no site, still found by ``url:``."""
    if is_web_address(url) or _SCHEME.match(url):
        return url
    if url.startswith("//"):
        return "https:" + url
    if is_host(url.split("/", 1)[0]):  # example.com/news/a: an address without its scheme
        return "https://" + url
    site = _site(record)
    return urljoin(site, url) if site and not url.startswith(("#", "?")) else url


def _site(record: Keyed) -> str | None:
    """The address of the site a record names among its source keys: a web address, or a bare host as https."""
    for _key, value in pick(record, JSON_FIELDS["source"]):
        text = value.strip() if isinstance(value, str) else ""
        if is_web_address(text):
            return text
        if is_host(text):
            return f"https://{text.rstrip('/')}/"
    return None
