"""Names news writes two ways: "United Nations" finds "U.N.", "UN" finds "United Nations"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import found_ids, index_of_texts
from whoosh import query as wq

from newssearch.aliases import aliases, typed_aliases, with_aliases
from newssearch.cli import cli
from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA

STORIES = {
    "dotted.txt": "Envoy named\n\nThe U.N. named a new envoy for the talks on Monday.",
    "spelled.txt": "Envoy to resign\n\nThe United Nations envoy will resign, officials said.",
    "united.txt": "Airline merger\n\nUnited Airlines will fly to nations of the region on new routes.",
    "nz.txt": "Rates held\n\nNZ banks held their rates as the Reserve Bank met.",
    "zealand.txt": "Rates cut\n\nNew Zealand banks cut their rates on Tuesday.",
    "pronoun.txt": "Thank you\n\nLet us thank the envoy for the talks, the mayor said.",
    "who.txt": "NZ vaccine advice\n\nThe World Health Organisation backed the vaccine.",
}


@pytest.fixture(scope="module")
def alias_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """STORIES indexed once for this module."""
    return index_of_texts(tmp_path_factory.mktemp("aliases"), STORIES)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("united nations envoy", ["dotted.txt", "spelled.txt"]),
        ("UN envoy", ["dotted.txt", "spelled.txt"]),
        ("U.N. envoy", ["dotted.txt", "spelled.txt"]),
        ("new zealand banks", ["nz.txt", "zealand.txt"]),
        ("NZ rates", ["nz.txt", "zealand.txt"]),
        ("WHO", ["who.txt"]),                                   # British spelling: Organisation
        ("world health organization", ["who.txt"]),            # the other spelling of the name
        ("title:NZ", ["who.txt"]),                             # one word in one field
        ("title:(new zealand)", ["who.txt"]),
    ],
)
def test_a_name_and_its_acronym_find_each_other(alias_index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(alias_index, typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("United Nations OR New Zealand",                 # unquoted, the words of a name may stand apart
     ["dotted.txt", "nz.txt", "spelled.txt", "united.txt", "who.txt", "zealand.txt"]),
    ("UN OR New Zealand", ["dotted.txt", "nz.txt", "spelled.txt", "who.txt", "zealand.txt"]),
    ("envoy NOT United Nations", ["pronoun.txt"]),             # the name left out whole, in both forms
])
def test_names_joined_by_operators_stay_whole(alias_index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(alias_index, typed) == expected


def test_the_words_of_a_name_must_stand_together_to_be_its_acronym(alias_index: Path) -> None:
    # "united" and "nations" apart are two words, not the name; the airline story has both words.
    assert found_ids(alias_index, "nations united") == ["spelled.txt", "united.txt"]


def test_quotes_keep_a_name_exact(alias_index: Path) -> None:
    assert found_ids(alias_index, '"united nations"') == ["spelled.txt"]


def test_a_name_left_out_is_left_out_in_both_forms(alias_index: Path) -> None:
    assert found_ids(alias_index, "envoy -UN") == ["pronoun.txt"]          # what UN finds, -UN leaves out
    assert found_ids(alias_index, "rates -NZ") == []
    assert found_ids(alias_index, 'envoy -"united nations"') == ["dotted.txt", "pronoun.txt"]  # quoted: as typed


def test_the_pronoun_is_not_the_country(alias_index: Path) -> None:
    assert found_ids(alias_index, "us envoy") == ["dotted.txt", "pronoun.txt", "spelled.txt"]


def test_the_form_typed_and_its_alias_are_both_marked_in_snippets(alias_index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "--index-dir", str(alias_index), "--json", "united nations envoy"])
    assert result.exit_code == 0, result.output
    marked = {hit["id"]: hit["snippet_html"] for hit in json.loads(result.output)["hits"]}
    assert marked["dotted.txt"].startswith("The <mark>U.N.</mark> named")  # the final dot is the acronym's
    assert "<mark>United</mark> <mark>Nations</mark> <mark>envoy</mark>" in marked["spelled.txt"]  # typed apart, marked apart


def test_every_alias_analyses_to_one_acronym_term_and_a_name_of_several() -> None:
    for alias in aliases():
        assert alias.acronym.rstrip(".").isalpha() and alias.acronym.islower()  # us. and un.: not the pronoun
        assert len(alias.name) >= 2


def test_typed_aliases_read_names_in_order_and_acronyms_anywhere() -> None:
    names, acronyms = typed_aliases(["the", "United", "Nations", "and", "NZ"])
    assert [a.acronym for a in names] == ["un."]
    assert [a.acronym for a in acronyms] == ["nz"]
    assert typed_aliases(["nations", "united"]) == ([], [])


def test_under_match_all_the_name_or_its_acronym_is_required() -> None:
    query = parse_user_query("united nations envoy", SCHEMA).query
    assert isinstance(query, wq.And)
    name_or_acronym = next(iter(query.children()))
    assert isinstance(name_or_acronym, wq.Or)
    assert {t.text for t in name_or_acronym.children() if isinstance(t, wq.Term)} == {"un."}


def test_a_query_without_aliases_is_returned_unchanged() -> None:
    query = parse_user_query("envoy talks", SCHEMA).query
    assert with_aliases(query, ["envoy", "talks"]) is query


COUNTRY = {
    "usa.txt": "Trade talks\n\nTrade talks with the USA resumed on Monday.",
    "usa-dots.txt": "Gold\n\nThe U.S.A. team won gold on Monday.",
    "us-dots.txt": "Growth\n\nThe U.S. economy grew on Monday.",
    "us.txt": "Slump\n\nThe US economy shrank on Monday.",
    "name.txt": "Treaty\n\nThe United States signed the treaty on Monday.",
    "pronoun.txt": "Thanks\n\nHe told us the news on Monday.",
}


@pytest.mark.parametrize("typed", ["USA", "U.S.A.", "US", "U.S.", "United States", "usa"])
def test_every_name_of_the_country_finds_the_others_and_not_the_pronoun(tmp_path: Path, typed: str) -> None:
    # USA and U.S.A. had found only each other, US and U.S. never the USA: one country, two acronyms.
    index = index_of_texts(tmp_path, COUNTRY)
    assert found_ids(index, f"{typed} Monday") == ["name.txt", "us-dots.txt", "us.txt", "usa-dots.txt", "usa.txt"]



def test_a_query_s_words_are_analysed_once_for_its_repeats_and_its_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    # the terms of the words typed were made twice a parse, once to weight repeated words and again to find the names
    # and acronyms typed: a pasted paragraph's 600 words, 1,200 analyses
    from newssearch import aliases as alias_module
    from newssearch import querying
    from newssearch.textanalysis import analyze

    words = ["united", "nations", "envoy", "talks", "NZ", "peace", "envoy"]
    calls: list[str] = []

    def counted(word: str, *args: object, **kwargs: object) -> list[str]:
        calls.append(word)
        return analyze(word, *args, **kwargs)  # type: ignore[arg-type]

    aliases()  # the table of names, read once a process
    monkeypatch.setattr(querying, "analyze", counted)
    monkeypatch.setattr(alias_module, "analyze", counted)
    parse_user_query(" ".join(words), SCHEMA)
    assert sorted(calls) == sorted(words)
