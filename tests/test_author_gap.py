"""An article's authors are indexed apart: a position gap between one author's words and the next's (Lucene's
position_increment_gap), so that an ``author:`` phrase never spans two bylines, while a word, a pattern, an initial
and the facets find the same articles as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bylineindexes import byline_index
from click.testing import CliRunner
from conftest import found_ids

from newssearch import open_index
from newssearch.cli import cli
from newssearch.documents.article import Article
from newssearch.schema import AUTHOR, SCHEMA, to_document

# Each record's authors; "pair" and "jo" hold, across two bylines, the words of "neitzmax" and "annaweber".
BYLINES = {"pair": "Anna Neitz; Max Weber", "neitzmax": "Neitz Max", "jo": ["Jo Anna", "Weber Lutz"],
           "annaweber": "Anna Weber", "obrien": ["Jane O'Brien", "Lutz Kim"]}


@pytest.fixture(scope="module")
def bylines_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return byline_index(tmp_path_factory.mktemp("authorgap"), BYLINES, "forests")


@pytest.mark.parametrize(("typed", "expected"), [
    ('author:"Neitz Max"', ["neitzmax.json"]),  # not "Anna Neitz; Max Weber"
    ('author:"Anna Weber"', ["annaweber.json"]),  # not "Jo Anna" beside "Weber Lutz"
    ('author:"Neitz Weber"~3', []),  # nor with slop
    ('author:"Brien Lutz"', []),
    ('author:"Neitz Ma*"', ["neitzmax.json"]),  # a pattern's phrase
    ('author:"N. Max"', ["neitzmax.json"]),  # an initial (authorinitials)
    ('author:"A. Weber"', ["annaweber.json"]),
])
def test_a_phrase_never_spans_two_authors(bylines_index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(bylines_index, typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("author:weber", ["annaweber.json", "jo.json", "pair.json"]),
    ("author:web*", ["annaweber.json", "jo.json", "pair.json"]),
    ("author:obrien", ["obrien.json"]),
    ('author:"Anna Neitz"', ["pair.json"]),
    ('author:"Max Weber"', ["pair.json"]),  # the second author's phrase, after the gap
    ('author:"Lutz Kim"', ["obrien.json"]),  # after a name written solid too (O'Brien: obrien at its place)
    ('author:"Jane OBrien"', ["obrien.json"]),
    ('author:"Weber, Max"', ["pair.json"]),  # a catalogue's order
    ('author:"M. Weber"', ["pair.json"]),  # an initial for the second author
    ('author:"Meike Weber"', []),
    ('author:"Jo Anna"', ["jo.json"]),
])
def test_each_author_is_found_as_before(bylines_index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(bylines_index, typed) == expected


def test_facets_and_hits_name_each_author_as_before(bylines_index: Path) -> None:
    with open_index(bylines_index) as idx:
        result = idx.search('author:"Max Weber"', facets=True)
    assert [hit.authors for hit in result.hits] == [("Anna Neitz", "Max Weber")]
    assert result.facets is not None and result.facets["author"] == [("Anna Neitz", 1), ("Max Weber", 1)]
    out = CliRunner().invoke(cli, ["query", "author:max", "--index-dir", str(bylines_index), "--facets", "--json"])
    assert out.exit_code == 0, out.output
    shown = json.loads(out.stdout)
    assert [hit["id"] for hit in shown["hits"]] == ["neitzmax.json", "pair.json"]
    assert shown["facets"]["author"] == [{"value": name, "count": 1} for name in ("Anna Neitz", "Max Weber", "Neitz Max")]


def _positions(text: str, mode: str = "index") -> list[tuple[str, int]]:
    return [(t.text, t.pos) for t in SCHEMA[AUTHOR].analyzer(text, mode=mode, positions=True)]


def test_the_author_field_puts_a_gap_between_authors_only_when_indexing() -> None:
    from newssearch.authorgaps import AUTHOR_GAP

    assert AUTHOR_GAP >= 100  # as Lucene's multi-valued text fields in Elasticsearch
    assert _positions("Anna Neitz\nMax Weber") == [("anna", 0), ("neitz", 1), ("max", 2 + AUTHOR_GAP),
                                                   ("weber", 3 + AUTHOR_GAP)]
    assert _positions("Jane O'Brien\nLutz Kim") == [("jane", 0), ("o", 1), ("obrien", 1), ("brien", 2),
                                                    ("lutz", 3 + AUTHOR_GAP), ("kim", 4 + AUTHOR_GAP)]
    assert _positions("Anna Neitz\nMax Weber", mode="query") == [("anna", 0), ("neitz", 1), ("max", 2), ("weber", 3)]
    assert _positions("Meike Müller") == [("meike", 0), ("muller", 1), ("müller", 1), ("mueller", 1)]


def test_a_name_with_a_line_break_in_it_is_one_author() -> None:
    doc = to_document(Article(id="a", path="a", title="T", body="B", authors=("Anna\nNeitz", "Max Weber")), (1, 2, "x"))
    assert doc[AUTHOR] == "Anna Neitz\nMax Weber"


def test_the_author_field_has_no_one_pass_plan() -> None:
    # its gap is the chain's alone: a one-pass plan for it would have to make it too (tests/test_fastindex.py)
    from newssearch.fastanalysis import compile_schema

    assert AUTHOR not in compile_schema(SCHEMA)
