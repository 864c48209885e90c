"""An author typed surname first, as catalogues and reference lists write names (author:"Smith, Jane"), finds the
bylines articles write first name first ("Jane Smith"); it had found nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids

from newssearch.catalognames import catalogue_names


@pytest.mark.parametrize(("surname_first", "as_written"), [
    ('author:"Smith, Jane"', 'author:"Jane Smith"'),
    ('by:"Ngata, Tama"', 'by:"Tama Ngata"'),
    ('byline:"khan,ali" police', 'byline:"ali khan" police'),
    ('police -author:"Smith, Jane"', 'police -author:"Jane Smith"'),
])
def test_a_name_surname_first_finds_what_the_name_finds(features_index: Path, surname_first: str,
                                                        as_written: str) -> None:
    assert found_ids(features_index, surname_first) == found_ids(features_index, as_written) != []


@pytest.mark.parametrize(("typed", "read"), [
    ('author:"van der Berg, Anna Maria"', '(author:"van der Berg, Anna Maria" OR author:"Anna Maria van der Berg")'),
    ('-authors:"Smith, Jane"', '-(authors:"Smith, Jane" OR authors:"Jane Smith")'),
    ('author:"Smith, Jane, Khan, Ali"', 'author:"Smith, Jane, Khan, Ali"'),  # a list, not one name
    ('title:"Smith, Jane"', 'title:"Smith, Jane"'),                        # only a byline is a name
    ('"Smith, Jane" author:smith', '"Smith, Jane" author:smith'),
    ('author:", Jane"', 'author:", Jane"'),
])
def test_only_a_quoted_author_of_two_parts_is_read_so(typed: str, read: str) -> None:
    assert catalogue_names(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ('author:"Neitz M"', '(author:"Neitz M" OR author:"M. Neitz")'),
    ('author:"Neitz M."', '(author:"Neitz M." OR author:"M. Neitz")'),
    ('author:"Neitz MJ"', '(author:"Neitz MJ" OR author:"M. J. Neitz")'),
    ('author:"Neitz M. J."', '(author:"Neitz M. J." OR author:"M. J. Neitz")'),
    ('author:"van der Berg A"', '(author:"van der Berg A" OR author:"A. van der Berg")'),
    ('author:"Neitz m"', 'author:"Neitz m"'),        # an initial is a capital
    ('author:"Neitz MJKL"', 'author:"Neitz MJKL"'),  # four capitals are a word
    ('author:"M Neitz"', 'author:"M Neitz"'),
    ('title:"Neitz M"', 'title:"Neitz M"'),          # only a byline is a name
])
def test_initials_after_a_surname(typed: str, read: str) -> None:
    # a citation's "Neitz M" (Vancouver style) is also the initials first, as a byline writes them
    assert catalogue_names(typed) == read
