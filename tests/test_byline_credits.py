"""What a byline credits besides people: titles before a name, which go, the same in a page and in a record."""

from __future__ import annotations

import pytest

from newssearch.documents.authornames import split_authors
from newssearch.documents.html import extract
from newssearch.documents.nametitles import without_titles
from newssearch.documents.personnames import clean_authors

BODY = "<article><p>" + "Officials said the work was finished, on time, and under budget. " * 3 + "</p></article>"


def page(site: str, byline: str) -> tuple[tuple[str, ...], str | None]:
    """The authors and the source of a page of ``site`` whose byline box says ``byline``."""
    article = extract(f'<html><head><meta property="og:site_name" content="{site}"></head><body>'
                      f'<p class="byline">{byline}</p>{BODY}</body></html>')
    return article.authors, article.source


@pytest.mark.parametrize("byline", ["Rechtsanwalt Max Mustermann", "Rechtsanwältin Max Mustermann",
                                    "Staatsanwalt Max Mustermann", "Dr. med. Max Mustermann",
                                    "Prof. Dr. Max Mustermann", "Dr. rer. nat. Max Mustermann",
                                    "Dipl.-Ing. Max Mustermann", "Fachanwalt für Arbeitsrecht Max Mustermann"])
def test_a_title_of_address_or_profession_is_no_part_of_the_name(byline: str) -> None:
    assert clean_authors([byline]) == ("Max Mustermann",)
    assert split_authors(byline) == ("Max Mustermann",)
    assert page("Kanzlei-Blog", f"Von {byline}")[0] == ("Max Mustermann",)


@pytest.mark.parametrize("name", ["Ing Wong", "Mag Ruffman", "Max Doktor"])  # no title: a name of its own
def test_a_name_like_a_title_stays(name: str) -> None:
    assert without_titles(name) == name
