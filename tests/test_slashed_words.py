"""Two words joined by a slash in a query (Canada/U.S.) are the words either side; numbers, stopwords, paths and
addresses joined by slashes are not split."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.slashedwords import slashed_words

WIRES = {
    "slash.txt": "Trade talks\n\nShe said Canada/U.S. bilateral trade was growing.",
    "apart.txt": "Free trade\n\nThe U.S. and Canada signed a trade pact on Friday.",
    "canada.txt": "Lumber\n\nCanada cut its trade tariffs on lumber.",
    "hours.txt": "Shops\n\nThe shop is open 24/7 and sells tea and/or coffee.",
    "nine.txt": "Memorial\n\nA memorial for 9/11 opened with 24 hours of music on 7 stages.",
    "three.txt": "Talks\n\nU.S./Japan/EC trade talks resumed on Monday.",
    "three-apart.txt": "Summit\n\nThe EC said Japan and the U.S. would discuss trade.",
    "copper.txt": "Copper\n\nMagma raised its copper price to 66 cts/lb.",
    "sugar.txt": "Sugar\n\nSugar fell two cts, to ten dlrs a lb.",
}


@pytest.mark.parametrize(("typed", "read"), [
    ("Canada/U.S. trade", "(Canada U.S.) trade"),
    ("U.S./Canada", "(U.S. Canada)"),
    ("(Canada/U.S.)", "((Canada U.S.))"),
    ("Coca-Cola/PepsiCo", "(Coca-Cola PepsiCo)"),
    ("Canada/US OR Mexico", "(Canada US) OR Mexico"),
    ("U.S./Japan/EC trade", "(U.S. Japan EC) trade"),     # three words, or four, as two are
    ("cocoa/coffee/sugar", "(cocoa coffee sugar)"), ("-U.S./Japan/EC", "-(U.S. Japan EC)"),
    ("U.S./Japan/EC/Canada", "(U.S. Japan EC Canada)"), ("a/b/c/d/e", "a/b/c/d/e"),
    ("US/Japan/EC/Canada/Mexico", "US/Japan/EC/Canada/Mexico"),  # five: a path
    ("U.S./and/EC", "U.S./and/EC"), ("U.S./Japan/x", "U.S./Japan/x"), ("U.S./Japan/1987", "U.S./Japan/1987"),
    ("canada/us trade", "(canada US) trade"),          # "us" beside a word: the country, not the pronoun
    ("Canada/us/Mexico", "(Canada US Mexico)"), ("gold/silver", "(gold silver)"),
    ("us/them", "us/them"), ("us/us", "us/us"),
    ("cts/lb", "cts/lb"), ("dlrs/ton", "dlrs/ton"), ("km/hr", "km/hr"), ("mg/kg", "mg/kg"),  # units: a phrase
    ("cents/kilo", "cents/kilo"), ("KM/HR", "KM/HR"), ("bbl/day", "bbl/day"),
    ("usr/bin", "usr/bin"), ("var/log/syslog", "var/log/syslog"),  # a path's words
    ("24/7", "24/7"), ("9/11", "9/11"), ("1/2", "1/2"), ("5/3/2024", "5/3/2024"), ("G7/G8", "G7/G8"),
    ("and/or", "and/or"), ("he/she", "he/she"),         # stopwords: the phrase, as the index holds it
    ("km/h", "km/h"), ("w/o", "w/o"),                    # a side of one letter
    ("usr/local/bin", "usr/local/bin"),                  # a path of three parts
    ("/etc", "/etc"), ("news/", "news/"),
    ("report.pdf/x", "report.pdf/x"),                    # a file or host name
    ("title:Canada/U.S.", "title:Canada/U.S."),          # a field's value
    ("-Canada/U.S.", "-(Canada U.S.)"),                  # a sign takes the group, as NOT does
    ("+Canada/U.S. trade", "+(Canada U.S.) trade"), ("(-Canada/U.S.)", "(-(Canada U.S.))"),
    ("--Canada/U.S.", "--Canada/U.S."), ("x-Canada/U.S.", "(x-Canada U.S.)"),
    ('"Canada/U.S. trade"', '"Canada/U.S. trade"'),      # quoted: the phrase
    ("Canada/U.S.*", "Canada/U.S.*"), ("Canada/U.S.~", "Canada/U.S.~"), ("Canada/U.S.^2", "Canada/U.S.^2"),
])
def test_two_words_joined_by_a_slash_are_a_group_of_the_two(typed: str, read: str) -> None:
    assert slashed_words(typed) == read


@pytest.fixture
def wires(tmp_path: Path) -> Path:
    from conftest import index_of_texts

    return index_of_texts(tmp_path, WIRES)


@pytest.mark.parametrize(("typed", "expected"), [
    ("Canada/U.S. trade", ["apart.txt", "slash.txt"]),   # had been the phrase "canada u.s.": slash.txt alone
    ("U.S./Canada trade", ["apart.txt", "slash.txt"]),   # had found nothing: no article writes U.S./Canada
    ("Canada/US trade", ["apart.txt", "slash.txt"]),     # US in capitals: the acronym, as U.S. is
    ("Canada/U.S. OR lumber", ["apart.txt", "canada.txt", "slash.txt"]),
    ("trade NOT Canada/U.S.", ["canada.txt", "three-apart.txt", "three.txt"]),  # NOT takes both, as it took the phrase
    ("trade -Canada/U.S.", ["canada.txt", "three-apart.txt", "three.txt"]),  # so does a sign: it had left out slash.txt
    ("+Canada/U.S. trade", ["apart.txt", "slash.txt"]),  # had required the phrase: slash.txt alone
    ("U.S./Japan/EC trade", ["three-apart.txt", "three.txt"]),  # had been the phrase: three.txt alone
    ("canada/us trade", ["apart.txt", "slash.txt"]),   # had been the phrase "canada us": nothing
    ("cts/lb", ["copper.txt"]),                        # a unit: the phrase, not cts and lb anywhere
    ("24/7", ["hours.txt"]),                            # a number's slash stays a phrase: not nine.txt's 24 and 7
    ("and/or", ["hours.txt"]),
    ("9/11", ["nine.txt"]),
])
def test_slash_joined_words_find_the_articles_holding_both(wires: Path, typed: str, expected: list[str]) -> None:
    from conftest import found_ids

    assert found_ids(wires, typed) == expected


def test_the_index_reads_a_slash_as_the_query_does(wires: Path) -> None:
    # the index side: "Canada/U.S." is the words canada and U.S. (the acronym), side by side
    from conftest import found_ids

    assert found_ids(wires, '"Canada U.S."') == ["slash.txt"]
    assert found_ids(wires, "US bilateral") == ["slash.txt"]


def test_the_cli_finds_and_marks_both_words(wires: Path) -> None:
    out = CliRunner().invoke(cli, ["query", "Canada/U.S. trade", "--index-dir", str(wires), "--color", "never",
                                   "--json"])
    assert out.exit_code == 0
    assert '"total": 2' in out.stdout
    assert "<mark>Canada</mark>/<mark>U.S.</mark>" in out.stdout
