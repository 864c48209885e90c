"""One amount written two ways finds the other: with zero cents or none ("€1,250.00", "€1250"), with its scale or in
full ("$2.5 million", "$2,500,000"), and the real's decimal comma after its sign ("R$ 20,50")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.fastanalysis import compile_text_field
from newssearch.fullamounts import in_full, scaled_forms
from newssearch.schema import BODY, SCHEMA

FIELD = SCHEMA[BODY]


def signed_terms(text: str) -> dict[str, list[int]]:
    """The currency terms the one-pass analysis indexes ``text`` by, and their places; checked against the chain."""
    analysis = compile_text_field(FIELD).analyse(text)  # type: ignore[union-attr]
    assert sorted(analysis.items) == sorted(FIELD.index(text))
    places = {term.decode(): list(FIELD.format.decode_positions(value)) for term, _, _, value in analysis.items}
    return {term: at for term, at in places.items() if term[:1] in "$£€¥" or term[:2] == "r$" or term[:3] == "mx$"}


@pytest.mark.parametrize(("text", "expected"), [
    ("costs €1,250.00 or €1250.0", {"€1250": [1, 3]}),              # zero cents: the whole amount's term
    ("costs 1 250,00 € or €1,250.50", {"€1250": [1], "€1250.5": [4]}),  # real cents stay
    ("paid $2.5 million for it", {"$2.5": [1], "$2500000": [2]}),    # the amount in full at its scale's place
    ("paid $50m, £1.2bn and ¥3k", {"$50": [1], "$50000000": [2], "£1.2": [3], "£1200000000": [4], "¥3": [6],
                                   "¥3000": [7]}),
    ("$5 Million and $5 MN and 5m", {"$5": [0, 3], "$5000000": [1]}),  # a spaced MN may be Minnesota; 5m a metre
    ("paid 50 million € or 50 Mio. €", {"€50": [1, 4], "€50000000": [2]}),  # Mio's place holds its million already
    ("paid 50 mln dlrs, $ 7 mln", {"$7": [4], "$7000000": [5]}),     # the wire's scale after a sign
    ("$1.2345k", {"$1.2345": [0], "$1234.5": [1]}),
    ("costs R$ 20,50 a lap", {"r$20.5": [2]}),                       # the real's decimal comma after its sign
    ("but $1,50 and US$ 1,50", {"$1": [1, 5]}),                       # a dollar's stays an English comma
])
def test_an_amount_s_other_ways_of_writing_are_indexed(text: str, expected: dict[str, list[int]]) -> None:
    assert signed_terms(text) == expected


TEXTS = {"ticket.txt": "Tickets\n\nA season ticket now costs €1,250.00 this year.",
         "spaced.txt": "Prix\n\nPrize money was R$ 20,50 per lap and 1 250,00 € in total.",
         "cents.txt": "Dearer\n\nA better seat costs €1,250.50 in all.",
         "whole.txt": "Cheaper\n\nThe standing ticket costs €1250 now.",
         "fund.txt": "Fund\n\nThe fund is worth €1,000,000 today.",
         "repairs.txt": "Repairs\n\nThe council set aside $2.5 million for repairs.",
         "roof.txt": "Roof\n\nThe roof alone will cost $2,500,000 to mend.",
         "kiwi.txt": "Kiwi\n\nA grant of NZ$5 million was set up.",
         "budget.txt": "Budget\n\nA budget of 2,500,000 was set.",
         "crowd.txt": "Crowd\n\nSome 2.5 million people came.",
         "officers.txt": "Officers\n\nSome 25,000 officers will be hired.",
         "latte.txt": "Latte\n\nA latte costs $3.50 here.",
         "flat.txt": "Flat white\n\nA flat white costs $3.5 here.",
         "tea.txt": "Tea\n\nA pot of tea costs $3.05 here.",
         "bonus.txt": "Bonus\n\nThe bonus came to €1,250.5 in all.",
         "deal.txt": "Deal\n\nThe deal is worth $3.5bn to the firm."}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("forms"), TEXTS)


@pytest.mark.parametrize(("typed", "expected"), [
    ("€1250", ["spaced.txt", "ticket.txt", "whole.txt"]),         # a whole amount finds it with zero cents
    ("€1,250", ["spaced.txt", "ticket.txt", "whole.txt"]),
    ("€1250.00", ["spaced.txt", "ticket.txt", "whole.txt"]),      # and the reverse; real cents stay apart
    ("€1,250.50", ["bonus.txt", "cents.txt"]),                    # (and €1,250.5: the same amount)
    ("€1m", ["fund.txt"]),                                        # a scale finds the amount in full
    ("€1 million", ["fund.txt"]),
    ("$2.5m", ["budget.txt", "crowd.txt", "repairs.txt", "roof.txt"]),
    ("$2,500,000", ["budget.txt", "crowd.txt", "repairs.txt", "roof.txt"]),  # and the amount in full its scale
    ("NZ$5m", ["kiwi.txt"]),
    ("$5000000", ["kiwi.txt"]),
    ("R$20.50", ["spaced.txt"]),                                  # the real's decimal comma
    ("R$ 20,50", ["spaced.txt"]),
])
def test_an_amount_finds_its_other_ways_of_writing(index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(index, typed) == expected


@pytest.mark.parametrize("typed", ["$2.5m", "$2,500,000"])
def test_an_amount_written_bare_the_other_way_ranks_last(index: Path, typed: str) -> None:
    from newssearch import open_index

    with open_index(index) as idx:
        hits = [hit.id for hit in idx.search(typed).hits]
    assert sorted(hits[:2]) == ["repairs.txt", "roof.txt"]
    assert hits[2] == ("crowd.txt" if typed == "$2.5m" else "budget.txt")  # written as typed, bare: the bare tier


@pytest.mark.parametrize(("typed", "expected"), [
    ("$3.05", ["tea.txt"]),                         # but not another amount
    ("$3.5", ["deal.txt", "flat.txt", "latte.txt"]),  # typed without cents, the number of "$3.5bn" too, as before
    ("$3.50", ["flat.txt", "latte.txt"]),            # with cents, a price: "$3.5" too, not "$3.5bn"
    ("€1,250.5", ["bonus.txt", "cents.txt"]),
    ("€1,250.50", ["bonus.txt", "cents.txt"]),
    ('"costs $3.5 here"', ["flat.txt", "latte.txt"]),
    ("$3.50 OR $3.05", ["flat.txt", "latte.txt", "tea.txt"]),
])
def test_cents_with_a_trailing_zero_are_the_amount_with_one_decimal(index: Path, typed: str,
                                                                      expected: list[str]) -> None:
    assert found_ids(index, typed) == expected


def test_a_phrase_of_an_amount_in_full_finds_it_scaled(index: Path) -> None:
    assert found_ids(index, '"$2,500,000 for repairs"') == ["repairs.txt"]


@pytest.mark.parametrize(("typed", "name", "marked"), [
    ("$2,500,000", "repairs.txt", "The council set aside <mark>$2.5 million</mark> for repairs."),
    ('"$2,500,000 for repairs"', "repairs.txt", "The council set aside <mark>$2.5 million for repairs</mark>."),
    ("€1250", "ticket.txt", "A season ticket now costs <mark>€1,250.00</mark> this year."),
    ("$2.5m", "roof.txt", "The roof alone will cost <mark>$2,500,000</mark> to mend."),
    ("$3.50", "flat.txt", "A flat white costs <mark>$3.5</mark> here."),  # a price: not where a scale follows
    ("$3.5", "latte.txt", "A latte costs <mark>$3.50</mark> here."),
])
def test_an_amount_found_written_another_way_is_marked_whole(index: Path, typed: str, name: str, marked: str) -> None:
    from newssearch import open_index

    with open_index(index) as idx:
        assert {hit.id: hit.snippet.html() for hit in idx.search(typed).hits}[name] == marked


@pytest.mark.parametrize(("typed", "expected"), [
    ("2.5 million", ["budget.txt", "crowd.txt", "repairs.txt", "roof.txt"]),  # no currency typed: in full too
    ('"2.5 million"', ["budget.txt", "crowd.txt", "repairs.txt", "roof.txt"]),
    ("2500000", ["budget.txt", "crowd.txt", "repairs.txt", "roof.txt"]),      # and with its scale too
    ("2,500,000 budget", ["budget.txt"]),
    ("1000000", ["fund.txt"]),
    ("2500", []),                                                              # no "2.5 thousand"
    ("25 thousand", []),                                                       # nor "25,000": a million up
    ('"25 thousand"', []),
    ("25000", ["officers.txt"]),
])
def test_a_number_typed_bare_finds_it_written_the_other_way(index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(index, typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    # a phrase through a number typed bare finds it written the other way, as the number alone does ("2.5 million"
    # and "2500000" found both): each had found it written as typed alone
    ('"some 2,500,000 people"', ["crowd.txt"]),
    ('"budget of 2.5 million"', ["budget.txt"]),
    ('"budget of 2.5mn was"', ["budget.txt"]),
    ('"budget of 2.5 million was"', ["budget.txt"]),
    ('"aside 2,500,000 for repairs"', ["repairs.txt"]),  # a currency's amount holds the bare one, as typed scaled
    ('"cost 2.5 million to mend"', ["roof.txt"]),
    ('"aside 2.5 million for repairs"', ["repairs.txt"]),  # as typed, as before
    ('"some 25 thousand officers"', []),                 # a million up, as alone
    ('"some 2,500,000 officers"', []),
])
def test_a_phrase_through_a_number_typed_bare_finds_it_written_the_other_way(index: Path, typed: str,
                                                                             expected: list[str]) -> None:
    assert found_ids(index, typed) == expected


@pytest.mark.parametrize(("typed", "name", "marked"), [
    ('"some 2,500,000 people"', "crowd.txt", "<mark>Some 2.5 million people</mark> came."),
    ('"budget of 2.5 million"', "budget.txt", "A <mark>budget of 2,500,000</mark> was set."),
])
def test_a_phrase_through_a_number_written_the_other_way_is_marked_whole(index: Path, typed: str, name: str,
                                                                         marked: str) -> None:
    from newssearch import open_index

    with open_index(index) as idx:
        assert {hit.id: hit.snippet.html() for hit in idx.search(typed).hits}[name] == marked


def test_a_year_beside_a_number_is_no_amount(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"year.txt": "Count\n\nIn 2024 1 000 people came, and 2 million in all."})
    assert found_ids(index, "2024000") == found_ids(index, "2024000000") == []
    assert found_ids(index, "2000000") == ["year.txt"]


@pytest.mark.parametrize("typed", ['"0 mln"~5', '"0 mln"', "0 million", '"00 million"', "0.5 million",
                                   '"cheered 0.5 mln"'])
def test_a_number_and_scale_under_a_million_is_not_searched_in_full(tmp_path: Path, typed: str) -> None:
    # README: a bare number and its scale find it in full from a million up; "0 mln" had been the number 0 too,
    # finding every "2-0" score (differential seed 582), and "0.5 million" had been 500000, under a million
    index = index_of_texts(tmp_path, {"score.txt": "Cup\n\nThe match ended 2-0 and 500000 fans cheered 500000."})
    assert found_ids(index, typed) == []


@pytest.mark.parametrize("typed", ['0"INF', "inf", "NaN", "$inf", "1e5 million", "1_000 million", "$Infinity"])
def test_a_word_decimal_reads_as_a_number_is_no_amount(index: Path, typed: str) -> None:
    # Decimal reads "inf", "NaN", "1e5" and "1_000": scaled_forms had raised ValueError on "inf" (hypothesis's '0"INF')
    found_ids(index, typed)  # a result, not a crash


@pytest.mark.parametrize("number", ["inf", "nan", "Infinity", "1e5", "1_000", "-5", "sNaN"])
def test_only_digits_are_written_another_way(number: str) -> None:
    assert (scaled_forms(number), in_full(number, "million")) == ([], None)


# A price and a scaled amount of the same number in one story: "$3.5bn" holds the term "$3.5" too
PRICE_AND_DEAL = {"both.txt": "Prices\n\nThe firm paid $3.5bn for the plant. A coffee costs $3.50 in the shop."}


@pytest.mark.parametrize(("typed", "marked"), [
    # the price alone, as it alone is found: it had marked "<mark>$3.5</mark>bn" too
    ("$3.50", "The firm paid $3.5bn for the plant. A coffee costs <mark>$3.50</mark> in the shop."),
    ("$3.50 coffee", "The firm paid $3.5bn for the plant. A <mark>coffee</mark> costs <mark>$3.50</mark> in the shop."),
    # typed without cents, the number of both, as before
    ("$3.5", "The firm paid <mark>$3.5bn</mark> for the plant. A coffee costs <mark>$3.50</mark> in the shop."),
    ("$3.50 OR $3.5bn", "The firm paid <mark>$3.5bn</mark> for the plant. A coffee costs <mark>$3.50</mark> in the shop."),
])
def test_a_price_is_not_marked_inside_a_scaled_amount_beside_it(tmp_path: Path, typed: str, marked: str) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    index = index_of_texts(tmp_path, PRICE_AND_DEAL)
    found = CliRunner().invoke(cli, ["query", typed, "--json", "--index-dir", str(index)])
    assert found.exit_code == 0, found.output
    assert [hit["snippet_html"] for hit in json.loads(found.output)["hits"]] == [marked]


ZEROS = {"zero_m.txt": "Budget\n\nThe fund got $0m this year.", "free.txt": "Price\n\nTickets cost $0 for children.",
         "score.txt": "Cup\n\nThe match ended 2-0 and the fans cheered.",
         "bare.txt": "Budget\n\nThe fund got 0 million this year.",
         "pounds.txt": "Budget\n\nThe fund got £0m this year."}


@pytest.mark.parametrize(("typed", "expected"), [("$0m", ["zero_m.txt", "bare.txt", "pounds.txt"]),
                                                 ("$0 million", ["zero_m.txt", "bare.txt", "pounds.txt"]),
                                                 ("£0m", ["pounds.txt", "bare.txt", "zero_m.txt"]),
                                                 ('"got $0m this"', ["zero_m.txt", "bare.txt", "pounds.txt"])])
def test_an_amount_of_nothing_with_its_scale_is_that_amount_not_a_price_or_any_zero(tmp_path: Path, typed: str,
                                                                                    expected: list[str]) -> None:
    # README: $0m is the amount "0 million" in its currency, ranked in tiers as $50m is; in full it had been "$0"
    # (a price of nothing, "tickets cost $0") and the bare number 0 (every "2-0" score), found beside it
    from newssearch import open_index

    with open_index(index_of_texts(tmp_path, ZEROS)) as idx:
        assert [hit.id for hit in idx.search(typed).hits] == expected
