"""The meta names other conventions give a page's author and publication date: Open Graph's prefixed and named forms,
Shareaholic's, Dublin Core written as RDFa (``dc:creator``), and htmldate's publication names; and Parse.ly's older
``parsely-page`` record, which holds its author and date in JSON."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.html import extract

BODY = "<article><p>" + "The council voted to close the old harbour bridge for repairs this year. " * 4 + "</p></article>"


def page(head: str) -> str:
    return f"<html><head><title>Harbour bridge to close</title>{head}</head><body>{BODY}</body></html>"


@pytest.mark.parametrize("meta", [
    '<meta property="og:article:author" content="Jane Doe">',
    '<meta property="og:author" content="Jane Doe">',
    # a Facebook profile as article:author (a web address, no name), the name beside it
    '<meta property="article:author" content="https://www.facebook.com/janedoe">'
    '<meta property="article:author_name" content="Jane Doe">',
    '<meta name="shareaholic:article_author_name" content="Jane Doe">',
    '<meta property="dc:creator" content="Jane Doe">',
    '<meta property="dcterms:creator" content="Jane Doe">',
])
def test_an_author_meta_of_another_convention_names_the_author(meta: str) -> None:
    assert extract(page(meta)).authors == ("Jane Doe",)


@pytest.mark.parametrize("key", [
    "article:post_date", "article:published_date", "og:published_time", "og:publish_date", "published-date",
    "published_date", "publication_date", "date_published", "dc.date.publication", "citation_publication_date",
    "shareaholic:article_published_time", "dc:created",
])
def test_a_publication_meta_of_another_convention_dates_the_page(key: str) -> None:
    found = extract(page(f'<meta name="{key}" content="2024-03-03T10:22:00Z">'))
    assert (found.date, found.date_source) == (date(2024, 3, 3), "meta")


def test_a_publication_meta_comes_before_a_bare_date_meta() -> None:
    found = extract(page('<meta name="date" content="2024-05-01"><meta name="published_date" content="2024-03-03">'))
    assert found.date == date(2024, 3, 3)


PARSELY_PAGE = ('<meta name="parsely-page" content=\'{"title": "Harbour bridge to close", "link": '
                '"https://coasttimes.example/a", "type": "post", "author": "Jane Doe", "post_id": "1", '
                '"pub_date": "2024-03-03T10:22:00Z", "section": "News", "tags": []}\'>')


def test_parselys_page_record_gives_the_author_and_date() -> None:
    found = extract(page(PARSELY_PAGE))
    assert (found.authors, found.date, found.date_source) == (("Jane Doe",), date(2024, 3, 3), "meta")


def test_parselys_page_record_may_list_its_authors() -> None:
    record = '{"title": "Harbour bridge to close", "authors": ["Jane Doe", "John Roe"], "pub_date": "2024-03-03"}'
    assert extract(page(f"<meta name=\"parsely-page\" content='{record}'>")).authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize("content", ["{not json", '["a list"]', '{"author": 3, "pub_date": ["x"]}', ""])
def test_a_parsely_page_record_that_cannot_be_read_gives_nothing(content: str) -> None:
    found = extract(page(f"<meta name=\"parsely-page\" content='{content}'>"))
    assert (found.authors, found.date) == ((), None)


@pytest.mark.parametrize(("head", "source"), [
    # og:site_name an address, the JSON-LD publisher its name in words (newsnation.in's pages): the name
    ('<meta property="og:site_name" content="https://www.newsnation.in">'
     '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour bridge to close", '
     '"publisher": {"@type": "Organization", "name": "News Nation"}}</script>', "News Nation"),
    ('<meta property="og:site_name" content="https://www.newsnation.in"><div itemprop="publisher" itemscope>'
     '<meta itemprop="name" content="News Nation"></div>', "News Nation"),  # microdata's publisher too
    # a publisher not spelling the address (an owner's name) leaves the address's host
    ('<meta property="og:site_name" content="https://www.coasttimes.example">'
     '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour bridge to close", '
     '"publisher": {"@type": "Organization", "name": "Coastal Media Group"}}</script>', "coasttimes.example"),
])
def test_a_site_name_given_as_an_address_yields_to_the_publishers_name_for_it(head: str, source: str) -> None:
    assert extract(page(head)).source == source


@pytest.mark.parametrize(("title", "source"), [
    ("Storm closes bridge | Harbour Gazette", "Harbour Gazette"),   # a last part named as news sites are
    ("Storm closes bridge - Harbour Gazette", "Harbour Gazette"),
    ("Harbour Gazette - Storm closes bridge", "Harbour Gazette"),   # or a first one
    ("Storm closes bridge | Opinion", None),                         # a section's name is no publisher
    ("Storm hits coast – what you need to know", None),              # the headline's own words
    ("Gazette notice - Harbour Gazette", "Harbour Gazette"),
    ("Daily News - Harbour Gazette", "Harbour Gazette"),             # of two parts read as sites, the last
    ("Storm closes bridge | News", None),                            # a word every site's section has
    ("Storm closes bridge - 02.11.2021", None),                      # a day, dotted as a host name is
])
def test_a_title_part_named_as_news_sites_are_is_the_publisher_when_nothing_else_names_one(
        title: str, source: str | None) -> None:
    body = "<article><p>" + "The council voted to close the old harbour bridge for repairs this year. " * 3 + "</p>"
    assert extract(f"<html><head><title>{title}</title></head><body>{body}</article></body></html>").source == source
