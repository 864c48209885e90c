"""A typed amount with its currency ($50m, $50 million, US$50 million) ranks the amounts written with that currency
("$50m", "50 mln dlrs", "50 million dollars") above the number and scale alone ("50 mln shares"), which it still
finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch import open_index
from newssearch.cli import cli

ARTICLES = {
    # a share count, its amount in the headline too: it had ranked first for $50m
    "shares.txt": "Acme to issue 50 mln shares\n\nAcme Corp said it would issue 50 mln shares of common stock.",
    "sterling.txt": "Ultramar sells units for 50 mln stg\n\nUltramar sold its units for 50 mln stg in cash.",
    "dlrs.txt": "Beta wins contract\n\nBeta Inc said it won a contract worth 50 mln dlrs for parts and services.",
    "glued.txt": "Gamma buys plant\n\nGamma said it paid $50m for the plant near the harbour.",
    "dollars.txt": "Delta raises funds\n\nDelta said it had raised 50 million dollars from its investors.",
    "usdlr.txt": "Epsilon sells notes\n\nEpsilon sold 50 mln U.S. dlrs of notes to its bankers.",
    "other.txt": "Zeta hires staff\n\nZeta hired 50 people and paid them 20 mln dlrs.",
}
DOLLARS = {"dlrs.txt", "glued.txt", "dollars.txt", "usdlr.txt"}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("currency"), ARTICLES)


def ranked(index_dir: Path, text: str) -> list[str]:
    """The ids a search of ``index_dir`` finds, best first."""
    with open_index(index_dir) as idx:
        return [hit.id for hit in idx.search(text).hits]  # type: ignore[misc]


@pytest.mark.parametrize("typed", ["$50m", "$50 million", "US$50 million", "US$50m", "$50 mln",
                                   '"$50m"', '"$50 million"', '"US$50 million"', ' "$50m" '])  # quoted alone: the same
def test_a_typed_dollar_amount_ranks_dollars_above_shares_and_sterling(index: Path, typed: str) -> None:
    hits = ranked(index, typed)
    assert set(hits[:len(DOLLARS)]) == DOLLARS
    assert set(hits[len(DOLLARS):]) == {"shares.txt", "sterling.txt"}  # still found, lower


def test_a_typed_pound_amount_ranks_sterling_first(index: Path) -> None:
    assert ranked(index, "£50m")[0] == "sterling.txt"


def test_a_typed_dollar_amount_beside_a_word(index: Path) -> None:
    assert ranked(index, "$50m contract") == ["dlrs.txt"]


def test_two_currencies_of_one_amount_rank_both_above_the_bare_number(index: Path) -> None:
    assert ranked(index, "$50m OR £50m")[-1] == "shares.txt"  # the £ had taken the $'s place


def test_the_signs_a_query_is_read_for_amounts_by_are_the_currencies_known() -> None:
    """querying imports currencyamounts only for a query typing one of its signs: the two lists are one."""
    from newssearch.currencyamounts import CURRENCY_WORDS
    from newssearch.querying import CURRENCY_SIGNS

    assert set(CURRENCY_SIGNS) == set(CURRENCY_WORDS)


def test_a_quoted_amount_beside_words_is_that_amount(index: Path) -> None:
    assert ranked(index, '"$50m" OR "£50m"')[-1] == "shares.txt"
    assert ranked(index, '"paid $50m"') == ["glued.txt"]  # a phrase of more words stays the phrase


def test_the_cli_ranks_a_quoted_amount_as_the_amount(index: Path) -> None:
    out = CliRunner().invoke(cli, ["query", '"$50m"', "--index-dir", str(index), "--color", "never", "--json"])
    assert out.exit_code == 0, out.output
    assert out.stdout.index("shares.txt") > max(out.stdout.index(name) for name in DOLLARS)


@pytest.mark.parametrize(("quoted", "typed"), [('title:"$50m"', "title:$50m"), ('-"£1.2bn" bank', "-£1.2bn bank"),
                                               ('("US$50 million" OR x)', "($50m OR x)")])
def test_an_amount_quoted_alone_is_read_as_typed(quoted: str, typed: str) -> None:
    from newssearch.querying import parse_user_query
    from newssearch.schema import SCHEMA

    assert parse_user_query(quoted, SCHEMA).query == parse_user_query(typed, SCHEMA).query


@pytest.mark.parametrize("typed", ['"$50m"~2', '"paid $50m"', '"$50m x"', 'x"$50m"'])
def test_a_quote_with_more_than_an_amount_stays_a_phrase(typed: str) -> None:
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == typed
