"""A typed amount with its currency ($50m, $50 million, US$50 million) ranks the amounts written with that currency
("$50m", "50 mln dlrs", "50 million dollars") above the number and scale alone ("50 mln shares"), which it still
finds, and those in another currency only ("£50m", "50 mln stg") last."""

from __future__ import annotations

import json
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
    assert hits[len(DOLLARS):] == ["shares.txt", "sterling.txt"]  # still found, lower: another currency's last


# One amount four ways: in dollars by its sign, in pounds by its sign, with no currency, in dollars by the wire's word
SIGNS = {
    "dollar-sign.txt": "Gamma buys plant\n\nGamma said it paid $50m for the plant near the harbour.\n",
    "pound-sign.txt": "Kappa buys mill\n\nKappa said it paid £50m for the mill near the river.\n",
    "shares.txt": "Acme to issue shares\n\nAcme Corp said it would issue 50 million shares of common stock.\n",
    "dlrs.txt": "Beta wins contract\n\nBeta Inc said it won a contract worth 50 mln dlrs for parts.\n",
}


@pytest.fixture(scope="module")
def signs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("signs"), SIGNS)


def cli_ranked(index_dir: Path, text: str) -> list[str]:
    """The ids ``newssearch query TEXT --json`` prints, best first."""
    out = CliRunner().invoke(cli, ["query", text, "--index-dir", str(index_dir), "--json"])
    assert out.exit_code == 0, out.output
    return [hit["id"] for hit in json.loads(out.output)["hits"]]


@pytest.mark.parametrize("typed", ["$50m", "$50 million", "US$50 million"])
def test_a_dollar_amount_ranks_its_sign_and_its_word_first_the_bare_amount_then_pounds(signs: Path, typed: str) -> None:
    # the sign had been no term: "$50m" and "£50m" were one ("50m"), and "£50m" had ranked above "50 mln dlrs"
    assert cli_ranked(signs, typed) == ["dollar-sign.txt", "dlrs.txt", "shares.txt", "pound-sign.txt"]


def test_a_pound_amount_ranks_its_sign_first_and_dollars_last(signs: Path) -> None:
    assert cli_ranked(signs, "£50m")[:2] == ["pound-sign.txt", "shares.txt"]
    assert set(cli_ranked(signs, "£50m")[2:]) == {"dollar-sign.txt", "dlrs.txt"}


def test_the_bare_amount_ranks_every_currency_alike(signs: Path) -> None:
    """Typed without a sign, the amount is the phrase it was: no currency ranks above another."""
    with open_index(signs) as idx:
        scores = {hit.id: hit.score for hit in idx.search('"50 million"').hits}
    assert set(scores) == set(SIGNS) and scores["dollar-sign.txt"] == scores["pound-sign.txt"]


def test_a_dollar_amount_marks_its_sign_too(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"a.txt": "Gamma buys plant\n\nGamma paid US$50 million, Delta $50m.\n"})
    with open_index(index) as idx:
        assert idx.search("$50m").hits[0].snippet.html() == (
            "Gamma paid US<mark>$50 million</mark>, Delta <mark>$50m</mark>.")  # it had marked US$<mark>50 million


def test_a_typed_pound_amount_ranks_sterling_first(index: Path) -> None:
    assert ranked(index, "£50m")[0] == "sterling.txt"


def test_a_typed_dollar_amount_beside_a_word(index: Path) -> None:
    assert ranked(index, "$50m contract") == ["dlrs.txt"]


def test_two_currencies_of_one_amount_rank_both_above_the_bare_number(index: Path) -> None:
    assert ranked(index, "$50m OR £50m")[-1] == "shares.txt"  # the £ had taken the $'s place


def test_the_signs_a_query_is_read_for_amounts_by_are_the_currencies_known() -> None:
    """lazyrewrites imports currencyamounts only for a query typing one of its signs: the two lists are one (the real's
    R$ is the dollar's sign after its R)."""
    from newssearch.amounttiers import CURRENCY_WORDS
    from newssearch.lazyrewrites import CURRENCY_SIGNS

    assert set(CURRENCY_SIGNS) == {sign[-1] for sign in CURRENCY_WORDS}


def test_a_quoted_amount_beside_words_is_that_amount(index: Path) -> None:
    assert ranked(index, '"$50m" OR "£50m"')[-1] == "shares.txt"
    assert ranked(index, '"paid $50m"') == ["glued.txt"]  # a phrase of more words stays the phrase


def test_the_cli_ranks_a_quoted_amount_as_the_amount(index: Path) -> None:
    out = CliRunner().invoke(cli, ["query", '"$50m"', "--index-dir", str(index), "--color", "never", "--json"])
    assert out.exit_code == 0, out.output
    assert out.stdout.index("shares.txt") > max(out.stdout.index(name) for name in DOLLARS)


@pytest.mark.parametrize("typed", ["US$ 50 million", "US$ 50m", '"US$ 50 million"', '"$ 50 million"', '"$ 50m"',
                                   "NZ$ 50m", "USD 50 million"])
def test_an_amount_with_a_space_after_its_sign_is_the_amount_country_or_quotes_too(index: Path, typed: str) -> None:
    # the index reads "US$ 2.5 million" in a text as $2.5 million, and the query $ 50 million was the amount, but
    # US$ 50 million had been the word "us" and the phrase "50 million", and "US$ 50 million" the phrase "us 50
    # million" (what no "$50m" holds): 1 of the 27 hits of US$2.5m on BBC and Reuters; "$ 50 million" quoted had
    # lost the currency's ranking
    def ids(text: str) -> list[str]:
        out = CliRunner().invoke(cli, ["query", text, "--index-dir", str(index), "--jsonl"])
        assert (out.exit_code, out.stderr) == (0, "")
        return [json.loads(line)["id"] for line in out.stdout.splitlines()]

    assert ids(typed) == ids("$50m")


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


@pytest.mark.parametrize("typed", ['"as managing director of"~5 brl*', '"a b"~5 USD', "oil^2 eur", "5 brl*"])
def test_a_proximity_or_boost_before_a_code_or_a_pattern_after_a_number_is_no_amount(typed: str) -> None:
    # '"..."~5 brl*' had become '"..."~R$5*' and been refused ("cannot read the number after ~R$5*"): differential check
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == typed


# Pounds of weight and a time of day beside the sum in sterling: "pounds" is a weight's word as much as money's
WEIGHTS = {
    "weight.txt": "Dairy stocks\n\nStocks rose to 600 mln pounds of cheese, the USDA said.\n",
    "sterling-sign.txt": "Warner profit\n\nProfits jumped 76% to $1.13bn (£600m) for the three months to December, "
                         "from $639m a year earlier, helped by sales of its films and its cable networks.\n",
    "time.txt": "Quake\n\nA quake struck at 1200 GMT.\n",
    "fee.txt": "Fund\n\nParents may add up to £1,200 a year to the fund, which grows free of tax on its gains, the "
               "Treasury said on Monday in a statement on the scheme and on the savings of children.\n",
}


@pytest.fixture(scope="module")
def weights(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("weights"), WEIGHTS)


@pytest.mark.parametrize(("typed", "first", "below"), [("£600m", "sterling-sign.txt", "weight.txt"),
                                                       ('"£1,200"', "fee.txt", "time.txt"),
                                                       ("£1,200", "fee.txt", "time.txt")])
def test_an_amount_with_its_sign_ranks_above_its_number_in_pounds_of_weight_or_a_time(
        weights: Path, typed: str, first: str, below: str) -> None:
    # "600 mln pounds" of cheese had ranked above "(£600m)" in a long article: pounds are a weight's as much as money's
    hits = ranked(weights, typed)
    assert hits.index(first) < hits.index(below)


# The amount in a currency that has no sign here, beside it with its sign and bare: the franc's is another sum of money
OTHER_WORDS = {
    "francs.txt": "Bank issue\n\nThe bank raised 600 mln French francs.\n",
    "sterling-sign.txt": WEIGHTS["sterling-sign.txt"],
    "bare.txt": "Shares\n\nThe group sold 600 mln shares of its stock to investors in the year, the exchange said in a "
                "statement on its trading on Monday.\n",
    "price.txt": "Index\n\nThe index rose 80 points, or 2 pct, in a day of heavy trading on the exchange, its dealers "
                 "said on Monday in a statement on the session.\n",
    "guilders.txt": "Fee\n\nThe fee was 80 guilders.\n",
    "crowns.txt": "Tax\n\nBorder imports rose by some 600 mln Danish crowns in 1986.\n",
    "cruzados.txt": "Exports\n\nFuel exports will earn 600 mln cruzados.\n",
    "shillings.txt": "Budget\n\nThe budget sets aside 600 mln Kenya shillings.\n",
}


@pytest.fixture(scope="module")
def other_words(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("other-words"), OTHER_WORDS)


@pytest.mark.parametrize(("typed", "order"), [
    ("£600m", ["sterling-sign.txt", "bare.txt", "francs.txt"]),
    ("£600m", ["sterling-sign.txt", "bare.txt", "crowns.txt"]),
    ("£600m", ["sterling-sign.txt", "bare.txt", "cruzados.txt"]),
    ("£600m", ["sterling-sign.txt", "bare.txt", "shillings.txt"]),
    ("$600 million", ["bare.txt", "francs.txt", "sterling-sign.txt"]),
    ("$80", ["price.txt", "guilders.txt"]),
])
def test_an_amount_in_a_currency_with_no_sign_ranks_with_another_currency_s(other_words: Path, typed: str,
                                                                             order: list[str]) -> None:
    # "600 mln French francs" had ranked first for £600m, as a bare amount (above "(£600m)" in a long article): a
    # currency's word with no sign here had been no currency
    assert [hit for hit in ranked(other_words, typed) if hit in order] == order


@pytest.mark.parametrize(("worded", "signed"), [("8 billion dollars", "$8bn"), ("50 mln dlrs", "$50m"),
                                                ("police 50 million Dollars", "police $50m"), ("3 billion yen", "¥3bn"),
                                                ("2 bln stg", "£2bn"), ("(1.5 million dollars OR oil)", "($1.5m OR oil)")])
def test_an_amount_typed_with_its_currency_s_word_after_its_scale_is_the_amount(worded: str, signed: str) -> None:
    # '8 billion dollars' had been three words anywhere where '$8 billion' is the amount, and '50 million euros' too
    from newssearch.querying import parse_user_query
    from newssearch.schema import SCHEMA

    assert parse_user_query(worded, SCHEMA).query == parse_user_query(signed, SCHEMA).query


@pytest.mark.parametrize("typed", ['"50 million dollars"', "50 dollars", "50 million pounds", "50 million dollars*",
                                   "title:50 million dollars", "50 million dollars~1"])
def test_words_that_are_no_amount_with_its_currency_s_word_stay_words(typed: str) -> None:
    # quoted, its words (as '"50 million euros"'); no scale; pounds (a weight's as often); a pattern or a fuzzy word
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == typed


@pytest.mark.parametrize(("worded", "signed"), [("100m dollars", "$100m"), ("100m stg", "£100m"),
                                                ("1.5bn dollars", "$1.5bn"), ("3bn yen", "¥3bn"),
                                                ("police 50M Dollars", "police $50m"), ("5k dlrs", "$5k")])
def test_an_amount_typed_with_its_scale_on_it_and_its_currency_s_word_after_is_the_amount(worded: str,
                                                                                        signed: str) -> None:
    # '100m stg' had been the words 100m (a race's metres) and stg, finding none of Reuters' 45 "100 mln stg" that
    # '£100m' finds; '1.5bn dollars' found 7 of the 12 '$1.5bn' finds (the word dollars required)
    from newssearch.querying import parse_user_query
    from newssearch.schema import SCHEMA

    assert parse_user_query(worded, SCHEMA).query == parse_user_query(signed, SCHEMA).query


@pytest.mark.parametrize("typed", ["100m pounds", "5000m race", "100m", "100m dollars*", "title:100m dollars",
                                   '"100m dollars"', "10am dollars"])
def test_a_number_with_a_letter_on_it_before_no_currency_s_word_stays_words(typed: str) -> None:
    # a race's metres, a weight's pounds, a time: no amount
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == typed


def test_an_amount_typed_with_its_currency_s_word_ranks_as_its_sign(index: Path) -> None:
    assert ranked(index, "50 million dollars") == ranked(index, "$50m")
