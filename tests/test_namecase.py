"""One author's name in one letter case: JANE DOE, jane doe and Jane DOE are one facet value, Jane Doe."""

from __future__ import annotations

import pytest

from newssearch.documents.authornames import split_authors
from newssearch.documents.namecase import name_case
from newssearch.documents.personnames import clean_authors


@pytest.mark.parametrize("name, expected", [
    ("Jane Doe", "Jane Doe"),
    ("JANE DOE", "Jane Doe"),                      # all capitals says nothing of the case
    ("jane doe", "Jane Doe"),                      # nor does all lower case
    ("Jane DOE", "Jane Doe"),                      # a surname in capitals, as French bylines write it
    ("Marine LE PEN", "Marine Le Pen"),
    ("Ana María GARCÍA LÓPEZ", "Ana María García López"),
    ("Jane O'NEIL", "Jane O'Neil"),
    ("Henry FORD III", "Henry Ford III"),          # a numeral stays
    ("jane o'neil", "Jane O'Neil"),
    ("KATIE MCLEOD", "Katie McLeod"),              # a Mc name gets its second capital back
    ("john mcdonald", "John McDonald"), ("Jane MCLEOD", "Jane McLeod"),
    ("MACKAY", "Mackay"),                          # not Mac: Mackay, Macy
    ("SEAN McDONALD", "Sean McDonald"),            # capitals but a Mc's or a Mac's small letters: in capitals
    ("JANE MacDONALD", "Jane MacDonald"), ("McDONALD", "McDonald"),
    ("JOHN SMITH OBE", "John Smith OBE"),          # letters after a name stay capitals
    ("John Smith OBE", "John Smith OBE"), ("Dame Jane Doe DBE", "Dame Jane Doe DBE"), ("Jane DOE MNZM", "Jane Doe MNZM"),
    ("mary-kate smith", "Mary-Kate Smith"),
    ("j.r. smith", "J.R. Smith"),
    ("ludwig van beethoven", "Ludwig Van Beethoven"),  # as from LUDWIG VAN BEETHOVEN: the case was never written
    # Kept as written: a case that says something.
    ("McDonald", "McDonald"), ("John McDonald", "John McDonald"), ("Ron DeSantis", "Ron DeSantis"),
    ("Anna van der Berg", "Anna van der Berg"), ("Mary O'Neil", "Mary O'Neil"), ("J.R. Smith", "J.R. Smith"),
    ("JRR Tolkien", "JRR Tolkien"),                # initials in capitals lead
    ("DJ Khaled", "DJ Khaled"),
    ("Jane Doe AP", "Jane Doe AP"),                # an acronym after a name: no vowel or too short for a surname
    ("Jane Doe BBC", "Jane Doe BBC"),
    ("Agencia EFE", "Agencia EFE"), ("Jane Doe AFP", "Jane Doe AFP"),  # a wire agency's name
    ("DOE Jane", "DOE Jane"),                      # capitals first may be an acronym ("NASA Earth Observatory")
    ("AP", "AP"), ("BBC", "BBC"),                  # acronyms
    ("admin", "admin"), ("jdoe", "jdoe"),          # an account's name
    ("jane doe2", "jane doe2"),
    ("李华", "李华"), ("محمد عبد الله", "محمد عبد الله"),  # scripts without capitals
    ("", ""),
])
def test_name_case(name: str, expected: str) -> None:
    assert name_case(name) == expected


def test_one_author_in_four_cases_is_one_name() -> None:
    spelt = ["Jane Doe", "JANE DOE", "jane doe", "Jane DOE"]
    assert {name for byline in spelt for name in split_authors(byline)} == {"Jane Doe"}
    assert split_authors(spelt) == ("Jane Doe",)


def test_a_page_byline_with_a_surname_in_capitals() -> None:
    assert clean_authors(["Par Marine LE PEN"]) == ("Marine Le Pen",)
    assert clean_authors(["read more"]) == ()      # a loose lower-case phrase is still no name
