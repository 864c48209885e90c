"""Page metadata, one small function per field, each an ordered chain of sources.

Every field function returns ``(value, source)`` so the Article can say where its title and
date came from. What the chains read of a page is its ``PageInfo`` (pageinfo.py), gathered before the body
extractor prunes the tree. The date's chain is htmldates.py's, the date and byline boxes pageboxes.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..functionwords import guess_language
from . import jsonld
from .archives import article_address
from .authornames import given_names_first, people_and_publisher
from .headlines import (
    pick_h1,
    strip_site_end,
    strip_site_name,
    strip_site_suffix,
    title_around,
    without_cut_titles,
    without_label,
    without_print_mark,
)
from .htmlauthors import (
    joined_labels,
    jsonld_credits,
    makers_credit,
    personal_site,
    twitter_credits,
    with_co_authors,
)
from .htmldates import LANG_KEYS, extract_date
from .languages import language_code
from .pageinfo import Found, PageInfo
from .pagelines import printed_address
from .personnames import clean_authors
from .publishers import agency_name, domain_of, is_address, is_publisher, name_key, publisher_name, stated_publisher
from .sections import section_values
from .sitekeys import names_site, site_keys
from .sitenames import is_home_page, site_in_title
from .titles import trim_title

# Meta keys (name / property / itemprop / http-equiv, lower case) per field, best first (dates' and
# languages' in htmldates.py).
# (Open Graph's prefixed and named forms, Shareaholic's, and Dublin Core's written as RDFa properties, as trafilatura
# reads them: a Facebook profile's address in article:author names no one, article:author_name beside it does.)
AUTHOR_KEYS = (
    "author", "article:author", "article:author_name", "og:article:author", "og:author", "parsely-author",
    "sailthru.author", "shareaholic:article_author_name", "dc.creator", "dcterms.creator", "dc:creator",
    "dcterms:creator", "byl", "cxenseparse:author", "twitter:creator:name", "citation_author",
)
SITE_KEYS = ("og:site_name", "application-name", "twitter:app:name:iphone", "cre", "dc.publisher")


def extract_title(info: PageInfo, source: str | None = None) -> Found:
    """The displayed headline: h1 › og:title › JSON-LD headline › <title>, each without the site's name."""
    site = site_keys(_site_names(info, source))
    keys = site | site_keys(info.brand_names)  # a logo or brand box names the site, or the product a page is on
    # A title tag escaped twice ("Labour&amp;#8217;s plan", as WordPress writes them) is decoded once more, as
    # JSON-LD's is.
    # A print version's mark ("Printer friendly: …", "… | Print") is no part of the headline either.
    # A meta tag cut at the publisher's unescaped quote is no title: the others give the whole one.
    references = without_cut_titles([
        without_print_mark(jsonld.decoded_references(info.meta("og:title", "twitter:title")[0] or "")) or None,
        jsonld.text_of(jsonld.first(info.articles, "headline")),
        without_print_mark(jsonld.decoded_references(info.title or "")) or None])
    h1s, headlines = ([h for h in found if not names_site(h, site)] for found in (info.h1s, info.headline_h1s))
    h1 = pick_h1(h1s, headlines, [strip_site_name(r, keys) for r in references if r])  # a site's name is no headline
    if h1:  # the label test trusts only whole titles, a known site name cut: a longest part may be half the headline
        wholes = [strip_site_name(r, keys) for r in references[:2] if r]
        return trim_title(without_label(strip_site_name(h1, keys), wholes)), "h1"
    # A title tag that only names the site gives way to an h2 marked as the headline (a page with no other title
    # tag may be the site's own, "About": its name is its title).
    # An og:title or JSON-LD headline that is the title tag word for word loses a last part named as sites are
    # ("Bridge reopens | Coast Times"), as an export's headline does, though no other tag names the site.
    title = strip_site_suffix(references[2] or "", keys)
    og, headline = ((strip_site_end if ref == references[2] else strip_site_name)(ref or "", keys)
                    for ref in references[:2])
    # An hAtom entry's title (an h2 of class entry-title) that the title tag holds with one more part, a colon between
    # too: Blogger's classic "Marsh Notes: Bitterns booming again", of a blog newssearch cannot otherwise name.
    around = info.headline_h2 if info.headline_h2 and title_around(references[2] or "", info.headline_h2) else None
    chain: list[Found] = [(og, "og"), (headline, "json-ld"), (around, "h2"),
                          (None if info.headline_h2 and names_site(title, keys) else title, "title"),
                          (info.headline_h2, "h2"),
                          # a page of no title tag (an e-mail's attached page): its one h1, which the text leaves out
                          (h1s[0] if len(h1s) == 1 and not any(references) else None, "h1")]
    for value, origin in chain:
        if value and value.strip():
            return trim_title(value), origin
    return None, None


def _site_names(info: PageInfo, source: str | None) -> list[str | None]:
    """Every name the page gives its site: meta tags, the Twitter handle, the JSON-LD publisher, the host
    names of its addresses, its home links and logo, and the publisher newssearch knows it as."""
    publisher = jsonld.text_of(jsonld.first(info.articles, "publisher"))
    hosts = [domain_of(u) for u in info.addresses()]
    metas = [v for key in (*SITE_KEYS, "twitter:site") for v in info.metas.get(key, ())]
    return [*metas, publisher, *hosts, *info.site_names, source]


def extract_authors(info: PageInfo, source: str | None = None) -> tuple[str, ...]:
    """People in the byline: JSON-LD persons › meta author › rel=author / byline boxes › the writer a credits list
    names › a name beside the date under the headline › a name signing the story › a personal site's copyright
    holder › a wire agency a line credits as the story's source; and a wire agency credited after them; never a name
    the JSON-LD credits as an organisation."""
    # A lone first name ("Regan") is trusted from structured data, not from a loose page box; so is a name written
    # surname first ("Doe, Jane"), as exports write it (a page's box is likelier "Name, Place").
    # With no article object, the work the page is of credits its author: a recipe's or a how-to's, a user's account
    works = [] if info.articles else jsonld.works(info.objects)
    people, organisations = jsonld_credits(info.articles or works, info.objects, accounts=bool(works))
    host = domain_of(info.address())
    metas = [value for key in AUTHOR_KEYS for value in info.metas.get(key, ()) if not makers_credit(value, host)]
    structured = [people, metas + twitter_credits(info.metas)]
    bylines = joined_labels(info.bylines)
    chain = [*(([given_names_first(name) for name in names], 1) for names in structured), (bylines, 2)]
    author = jsonld.first(info.articles, "author") or jsonld.first(info.articles, "creator")
    exclude = None if personal_site(author, info.objects, source) or _owner_credited(bylines, host) else source
    if exclude is None and source:  # a personal site's Yoast Organization bears its owner's name
        organisations.discard(name_key(source))
    credited: tuple[str, ...] = ()  # a credit to an agency alone ("dpa" in the meta tags): the boxes may name people
    for names, min_words in chain:
        cleaned = tuple(name for name in clean_authors(names, exclude=exclude, min_words=min_words)
                        if name_key(name) not in organisations)
        if cleaned and all(agency_name(name) for name in cleaned):
            credited = credited or cleaned
        elif cleaned:
            cleaned = tuple(dict.fromkeys((*cleaned, *credited)))
            return with_co_authors(_in_full(cleaned, clean_authors(bylines, exclude=exclude)), bylines, exclude) \
                if min_words == 1 else cleaned
    # the writer a magazine's credits list names ("Interview" over "SVEN MICHAELSEN"), the name beside the date under
    # the headline ("11.12.2019 - Amelie Loevenich"), the name that signs the story
    # ("<p><b>Stefan Wasmer</b></p>" at its end), else a personal site's copyright holder ("(c) Johannes Wolf" in its
    # foot), when nothing names anyone else; else the wire agency a line credits as the story's source ("Quelle: dpa")
    last = (clean_authors(names, exclude=exclude)
            for names in (info.credited_writers, info.dated_names, info.signatures, info.copyrights))
    return credited or next((found for names in last if (found := tuple(n for n in names if not agency_name(n)))),
                            tuple(info.source_agencies))


# Hosts that give each of their users a blog of their own under a label: mywakenews.wordpress.com is mywakenews's.
BLOG_HOSTS = ("wordpress.com", "blogspot.com", "tumblr.com", "substack.com", "livejournal.com", "typepad.com",
              "over-blog.com", "blogger.com")


def _owner_credited(bylines: list[str], host: str | None) -> bool:
    """Whether the page is a hosted blog (``BLOG_HOSTS``) whose byline credits the account it is named after ("von
    zahlenzauberin" on zahlenzauberin.wordpress.com): its owner, not the site's name."""
    owner, _dot, blog_host = (host or "").lower().partition(".")
    return blog_host in BLOG_HOSTS and any(name_key(name) == name_key(owner) for name in clean_authors(bylines))


def _in_full(names: tuple[str, ...], bylines: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` from structured data with a lone given name written in full as the page's byline writes it: "Todd"
    in JSON-LD, "By Todd Bates" over the story, is Todd Bates; a name the byline does not complete stays."""
    def full(name: str) -> str:
        if " " in name:
            return name
        completions = [b for b in bylines if b.split(" ", 1)[0].casefold() == name.casefold()]
        return completions[0] if len(completions) == 1 else name
    return tuple(dict.fromkeys(map(full, names)))


def extract_source(info: PageInfo, url: str | None) -> str | None:
    """The publisher: og:site_name › JSON-LD publisher › microdata publisher › application-name › the title's part
    that names the site as its home links do › canonical domain."""
    # Yoast's {"@id": "…/#organization"}: the node it names
    publisher = jsonld.resolved(jsonld.first(info.articles, "publisher"), jsonld.nodes_by_id(info.objects))
    kinds = jsonld.types(publisher) | {str(publisher.get("type", "")).lower()} if isinstance(publisher, dict) else set()
    if "person" in kinds:
        publisher = None  # a blog's owner, not an outlet: the site name or the domain says it better
    named = jsonld.text_of(publisher) or info.microdata_publisher
    name = _site_name(info.meta("og:site_name")[0], named) or named
    name = name or info.meta(*SITE_KEYS[1:])[0] or site_in_title(info.title, [*info.site_names, *info.brand_names]) \
        or _site_around_headline(info)
    return publisher_name(name, url)  # the page's own address names a known site better than its label: not stated


def _site_name(site: str | None, named: str | None) -> str | None:
    """og:site_name, unless it is an address and the publisher's ``named`` spells that address's host in words
    ("News Nation" for https://www.newsnation.in): an address had been the publisher where a name was given."""
    if site and named and is_address(site) and names_site(named, site_keys([site]), near=False):
        return None
    return site


def _site_around_headline(info: PageInfo) -> str | None:
    """The title tag's part beside the headline an h2 marks (``title_around``: "Marsh Notes" of "Marsh Notes:
    Bitterns booming again") when the page's home links or logo name the site so, else None."""
    rest = title_around(info.title or "", info.headline_h2) if info.headline_h2 else None
    return rest if rest and names_site(rest, site_keys([*info.site_names, *info.brand_names])) else None


def extract_url(info: PageInfo) -> str | None:
    """The canonical URL: link rel=canonical › og:url › JSON-LD url › microdata's › a print version's "Article URL:" (the fetch URL
    of a print version is the print page's) › the fetch URL; the site's home page only when none names another (a
    misconfigured SEO plugin gives every page the home page as canonical link), and one whose host cannot be read
    (``http://news[example/a``) only when no other can."""
    candidates = [info.canonical, info.meta("og:url")[0],
                  article_address(jsonld.text_of(jsonld.first(info.articles, "url"))), info.microdata_url,
                  printed_address(info.lines),
                  info.url]
    addresses = [c.strip() for c in candidates if c and c.startswith(("http://", "https://"))]
    readable = [address for address in addresses if domain_of(address)] or addresses  # "http://news[example/a": none
    return next((address for address in readable if not is_home_page(address)), readable[0] if readable else None)


def extract_lang(info: PageInfo, body: str = "") -> str | None:
    """The language code (``language_code``): <html lang> › og:locale › content-language › JSON-LD inLanguage › the
    one the ``body``'s function words show, as for a text or an export record that names none."""
    ld_lang = jsonld.text_of(jsonld.first(info.articles, "inLanguage"))
    named = next(filter(None, map(language_code, (info.html_lang, info.meta(*LANG_KEYS)[0], ld_lang))), None)
    return named or guess_language(body)


# Meta keys naming the page's section, best first (Open Graph's, then Parse.ly's, then a CMS's own), after which
# JSON-LD's articleSection.
SECTION_KEYS = ("article:section", "og:article:section", "parsely-section", "section", "article-section")
OTHER_SECTION_KEYS = ("category", "sailthru.section")


def extract_sections(info: PageInfo) -> tuple[str, ...]:
    """The page's sections (``sections``): article:section (all a page gives) › JSON-LD articleSection › Parse.ly's
    and a CMS's section metas › a category meta."""
    for key in SECTION_KEYS[:2]:
        if found := section_values(info.metas.get(key, ())):
            return found
    if found := section_values([jsonld.first(info.articles, "articleSection")]):
        return found
    for key in (*SECTION_KEYS[2:], *OTHER_SECTION_KEYS):
        if found := section_values(info.metas.get(key, ())):
            return found
    return ()


# A meta author's writer and, after a comma, a bar, a dash or "for", the outlet it wrote for: "Ann Cox, Voice of
# America", "Ann Cox | AP", "Ann Cox for The Guardian".
_OUTLET_AFTER_WRITER = re.compile(r"^(?P<writer>[^,|–—]+?)\s*(?:[,|–—]|\s(?i:for)\s)\s*(?P<outlet>[^,|–—]+?)\s*$")


_BY_OPENER = re.compile(r"^(?i:by)\s+")


def outlet_after_writer(info: PageInfo, authors: tuple[str, ...], url: str | None) -> str | None:
    """The outlet a meta author names after one of the page's ``authors`` ("Ann Cox, Voice of America": Voice of
    America) when the publishers' table knows it or it is a wire agency (``is_publisher``), else None: a group or a
    place after the name ("Friends of the Earth", "Wellington") is the writer's, no source. A page's byline line
    names one so too ("By Ann Cox, Voice of America")."""
    writers = {name_key(author) for author in authors}
    # the meta author's, then a byline line's after its "By" ("By Ann Cox, Voice of America")
    values = [*(value for key in AUTHOR_KEYS for value in info.metas.get(key, ())), *info.bylines]
    for value in values:
        match = _OUTLET_AFTER_WRITER.match(_BY_OPENER.sub("", " ".join(value.split())))
        if match and name_key(match["writer"]) in writers and is_publisher(outlet := match["outlet"]):
            return agency_name(outlet) or stated_publisher(outlet, url)
    return None


def extract_metadata(info: PageInfo, body: str = "", date_lines: Sequence[str] = ()) -> dict[str, Any]:
    """All fields for ``Extracted``, keyed by field name; ``date_lines`` are those dropped above the body."""
    url = extract_url(info)
    source = extract_source(info, url)
    title, title_source = extract_title(info, source)
    published, date_source = extract_date(info, body, date_lines, title)
    authors = extract_authors(info, source)
    if source is None:  # "Ann Cox, Reuters" with no site named: the writer, and the agency the source, as a record's;
        people, named = people_and_publisher(authors, None, url)  # agencies alone ("Quelle: dpa, KNA") stay credited
        if named and any(not agency_name(name) for name in people):
            authors, source = people, named
        source = source or outlet_after_writer(info, authors, url)
    return {"title": title, "title_source": title_source, "date": published, "date_source": date_source,
            "authors": authors, "source": source, "url": url,
            "lang": extract_lang(info, body), "sections": extract_sections(info)}
