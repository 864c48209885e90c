"""Proximity as other databases write it, pasted: ProQuest's N/3 and P/3, EBSCO's N5 (either order) and W5 (in this
order), each read as Nexis's w/3 and pre/3 are, with the same note; read as words, they had required a word "n" and a
number, finding nothing. A road's or a vitamin's code (N5, W3) stays a word unless it stands between two terms. A chain
of one proximity, a NEAR b NEAR c, is all its words near each other (its second NEAR had been dropped); a NEAR with no
word after it says it was left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli
from newssearch.errors import InvalidQuery
from newssearch.proximity import proximity_operators
from newssearch.singlequotes import phrases_double_quoted

TEXTS = {
    "close.txt": "Talks\n\nTony Blair met Gordon Brown in London today.\n",
    "order.txt": "Rivals\n\nGordon Brown and Tony Blair spoke, then Clark met them.\n",
    "far.txt": "Budget\n\nGordon Brown spoke at length on the budget; later, much later, after other speeches, "
               "Blair arrived.\n",
    "apart.txt": "Summit\n\nBlair and Brown met at the summit, as the minutes kept by the secretary and read out at "
                 "the end by Helen Clark show.\n",
    "road.txt": "Roads\n\nThe N5 road to Westport was closed after the storm.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("pasted"), TEXTS)


def query(index: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index), "--color", "never"])


def ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the hits listed (each first on its id line), sorted."""
    return sorted(line.split()[0] for line in result.stdout.splitlines() if line.startswith("     ") and ".txt" in line)


EITHER = 'is read as ("blair brown"~{n} OR "brown blair"~{n}): at most {n} words between them, in either order'
IN_ORDER = 'is read as "blair brown"~{n}: at most {n} words between them, in this order'
EBSCO = ' (EBSCO\'s {0}; type "{0}" in quotes for the word)'


@pytest.mark.parametrize(("typed", "read", "said"), [
    ("blair N/3 brown", '("blair brown"~3 || "brown blair"~3)', "N/3 " + EITHER.format(n=3)),     # ProQuest's
    ("blair n/3 brown", '("blair brown"~3 || "brown blair"~3)', "n/3 " + EITHER.format(n=3)),
    ("blair P/3 brown", '"blair brown"~3', "P/3 " + IN_ORDER.format(n=3)),                          # its PRE/3
    ("blair N5 brown", '("blair brown"~5 || "brown blair"~5)', "N5 " + EITHER.format(n=5) + EBSCO.format("N5")),
    ("blair W5 brown", '"blair brown"~5', "W5 " + IN_ORDER.format(n=5) + EBSCO.format("W5")),      # in this order
    ("(blair N5 brown) OR clark", '(("blair brown"~5 || "brown blair"~5)) OR clark',
     "N5 " + EITHER.format(n=5) + EBSCO.format("N5")),
    ("blair N20 brown", '("blair brown"~20 || "brown blair"~20)', "N20 " + EITHER.format(n=20) + EBSCO.format("N20")),
    ('"blair" N/3 brown', '("blair brown"~3 || "brown blair"~3)', "N/3 " + EITHER.format(n=3)),  # a word quoted
])
def test_proquests_and_ebscos_proximity_is_read_as_nexiss(typed: str, read: str, said: str) -> None:
    assert proximity_operators(typed) == (read, said)


@pytest.mark.parametrize("typed", [
    "N5 road", "westport N5", "the N5 road", "N5 of westport",  # a side with no word, or a stop word: a road's code
    "blair n5 brown", "blair w5 brown",                          # EBSCO writes its operators in capitals
    "WESTPORT N5 CASTLEBAR",                                     # a query in capitals: words, as its NEAR is
    'westport "N5" castlebar',                                   # quoted, as the note says
    "covid N95 masks", "islington N21 flat", "blair W25 brown",  # a number EBSCO's searchers do not type: a code
    '"blair N5 brown"', "title:westport N5 road",                # in a phrase; beside a field's value
])
def test_a_code_like_n5_that_stands_between_no_two_terms_stays_a_word(typed: str) -> None:
    assert proximity_operators(typed) == (typed, None)


@pytest.mark.parametrize(("typed", "expected"), [
    ("blair N/3 brown", ["apart.txt", "close.txt", "order.txt"]),  # not far.txt: its names a sentence apart
    ("blair N5 brown", ["apart.txt", "close.txt", "order.txt"]),
    ("blair W5 brown", ["apart.txt", "close.txt"]),   # Blair before Brown: not order.txt's "Brown and Tony Blair"
    ("blair P/3 brown", ["apart.txt", "close.txt"]),
])
def test_the_pasted_proximity_finds_the_words_near_each_other(index: Path, typed: str, expected: list[str]) -> None:
    result = query(index, typed)
    operator = typed.split()[1]
    assert (result.exit_code, ids(result)) == (0, expected)  # each had found nothing: a word "n" or "n5" required
    assert result.stderr.startswith(f"Note: {operator} is read as ")


@pytest.mark.parametrize("typed", ["N5 road", "the N5 road", "westport N5"])
def test_a_road_code_is_still_found_as_a_word(index: Path, typed: str) -> None:
    result = query(index, typed)
    assert (result.exit_code, ids(result), result.stderr) == (0, ["road.txt"], "")


@pytest.mark.parametrize(("typed", "instead"), [
    ('"tony blair" N/3 brown', '"tony blair brown"~3'),
    ('"tony blair" N5 brown', '"tony blair brown"~5'),
])
def test_a_pasted_proximity_beside_a_phrase_is_refused_as_nexiss_is(index: Path, typed: str, instead: str) -> None:
    result = query(index, typed)
    assert result.exit_code == 2
    assert f"(type all the words as one phrase with a ~, {instead}, or a word on each side of" in result.stderr


def test_a_pasted_proximity_with_no_number_is_refused_with_one_to_type(index: Path) -> None:
    result = query(index, "blair N/ brown")
    assert (result.exit_code, result.stderr) == (2, "Error: N/ needs a number, the words that may stand between "
                                                    "them: 'blair N/ brown' (type blair N/5 brown)\n")


ANY_ORDER = ('("blair brown clark"~4 || "blair clark brown"~4 || "brown blair clark"~4 || "brown clark blair"~4 || '
             '"clark blair brown"~4 || "clark brown blair"~4)')


@pytest.mark.parametrize(("typed", "read", "said"), [
    ("blair NEAR brown NEAR clark", ANY_ORDER,
     'NEAR is read as "blair brown clark"~4 in any order of its words: at most 4 words between each and the next '
     "(ProQuest's NEAR, NEAR/4; type NEAR/10 for another number)"),
    ("blair w/4 brown NEAR clark", ANY_ORDER,   # NEAR is NEAR/4, as w/4: one proximity
     'w/4 is read as "blair brown clark"~4 in any order of its words: at most 4 words between each and the next'),
    ("blair pre/2 brown pre/2 clark", '"blair brown clark"~2',
     'pre/2 is read as "blair brown clark"~2: at most 2 words between each and the next, in this order'),
    ("(blair W3 brown W3 clark) OR x", '("blair brown clark"~3) OR x',
     'W3 is read as "blair brown clark"~3: at most 3 words between each and the next, in this order'
     + EBSCO.format("W3")),
])
def test_a_chain_of_one_proximity_is_all_its_words_near_each_other(typed: str, read: str, said: str) -> None:
    assert proximity_operators(typed) == (read, said)


def test_a_chain_of_near_finds_the_three_words_together(index: Path) -> None:
    result = query(index, "blair NEAR brown NEAR clark")
    # apart.txt (Blair beside Brown, Clark a sentence on) had been found: the second NEAR dropped as a stop word
    assert (result.exit_code, ids(result)) == (0, ["order.txt"])
    assert result.stderr == ('Note: NEAR is read as "blair brown clark"~4 in any order of its words: at most 4 words '
                             "between each and the next (ProQuest's NEAR, NEAR/4; type NEAR/10 for another number).\n")


@pytest.mark.parametrize(("typed", "operator"), [
    ("blair w/5 brown pre/3 clark", "pre/3"),
    ("blair w/5 brown NEAR clark", "NEAR"),            # the NEAR had been dropped, saying nothing
    ("blair W5 brown N5 clark", "N5"),
    ('"tony blair" NEAR brown NEAR clark', "NEAR"),   # the first NEAR had been dropped, saying nothing
])
def test_a_proximity_beside_another_or_a_phrase_is_refused(index: Path, typed: str, operator: str) -> None:
    result = query(index, typed)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {operator} needs a word of its own on each side")


def test_a_chain_in_any_order_of_more_words_than_it_can_read_is_refused() -> None:
    with pytest.raises(InvalidQuery) as refused:
        proximity_operators("a NEAR b NEAR c NEAR d NEAR e")
    assert str(refused.value) == ("NEAR in any order joins at most 4 words: 'a NEAR b NEAR c NEAR d NEAR e'"
                                  ' (type fewer words, or the words in their order, "a b c d e"~4)')


@pytest.mark.parametrize(("typed", "read"), [
    ("blair NEAR", "blair"), ("tony blair NEAR ", "tony blair"),
    ("blair NEAR brown NEAR", '("blair brown"~4 || "brown blair"~4)'),
    ('"tony blair" NEAR', '"tony blair"'),
])
def test_a_near_with_no_word_after_it_is_left_out_saying_so(typed: str, read: str) -> None:
    rewritten, said = proximity_operators(typed)
    assert (rewritten, said.split("; ")[-1]) == (read, LEFT_OUT)


LEFT_OUT = "NEAR at the end of the query has no word after it: left out (ProQuest's NEAR needs a word on each side)"


@pytest.mark.parametrize("typed", ["blair NEAR", "Blair NEAR"])
def test_a_near_at_the_end_is_left_out_with_a_note(index: Path, typed: str) -> None:
    result = query(index, typed)
    # lower case, it had been dropped as a stop word, saying nothing; with a capital, searched as a name's last word
    assert (result.exit_code, ids(result)) == (0, ["apart.txt", "close.txt", "far.txt", "order.txt"])
    assert result.stderr == f"Note: {LEFT_OUT}.\n"


@pytest.mark.parametrize("typed", ["BLAIR NEAR", "homes near", "blair near"])
def test_near_as_a_word_at_the_end_says_nothing(typed: str) -> None:
    assert proximity_operators(typed) == (typed, None)


START_LEFT_OUT = ("NEAR at the start of the query has no word before it: left out (ProQuest's NEAR needs a word on "
                  "each side)")
OPENING_LEFT_OUT = ("NEAR after an opening bracket has no word before it: left out (ProQuest's NEAR needs a word on "
                    "each side)")


@pytest.mark.parametrize(("typed", "read", "said"), [
    ("NEAR brown", "brown", START_LEFT_OUT),
    ("NEAR Brown", "Brown", START_LEFT_OUT),
    ('NEAR "gordon brown"', '"gordon brown"', START_LEFT_OUT),
    ("NEAR blair NEAR brown", '("blair brown"~4 || "brown blair"~4)',
     "NEAR " + EITHER.format(n=4) + " (ProQuest's NEAR, NEAR/4; type NEAR/10 for another number); " + START_LEFT_OUT),
    ("NEAR brown NEAR", "brown", START_LEFT_OUT + "; " + LEFT_OUT),
    ("(NEAR blair) brown", "(blair) brown", OPENING_LEFT_OUT),
    ("clark (NEAR blair OR brown)", "clark (blair OR brown)", OPENING_LEFT_OUT),
    ("-(NEAR blair)", "-(blair)", OPENING_LEFT_OUT),
])
def test_a_near_with_no_word_before_it_is_left_out_saying_so(typed: str, read: str, said: str) -> None:
    # it had been dropped as a stop word, saying nothing (or searched as a word), where a NEAR with no word after it
    # says it was left out
    assert proximity_operators(typed) == (read, said)


@pytest.mark.parametrize("typed", ["NEAR BROWN", "near brown", '"NEAR brown"', "(NEAR)", "title:NEAR brown",
                                   "(BLAIR (NEAR BROWN))", "(near blair) brown"])
def test_near_as_a_word_at_the_start_says_nothing(typed: str) -> None:
    assert proximity_operators(typed) == (typed, None)


def test_a_near_at_the_start_is_left_out_with_a_note(index: Path) -> None:
    result = query(index, "NEAR brown")
    assert (result.exit_code, ids(result)) == (0, ["apart.txt", "close.txt", "far.txt", "order.txt"])
    assert result.stderr == f"Note: {START_LEFT_OUT}.\n"


@pytest.mark.parametrize(("typed", "side", "near", "without"), [
    ("blair NEAR -brown", "-brown", "blair NEAR brown", "blair -brown without the NEAR"),
    ("blair NEAR OR brown", "OR", "blair NEAR brown", "blair OR brown without the NEAR"),
    ("blair w/5 -brown", "-brown", "blair w/5 brown", "blair -brown without the w/5"),
    ("blair N5 +brown", "+brown", "blair N5 brown", "blair +brown without the N5"),
    ("blair NEAR !brown", "!brown", "blair NEAR brown", "blair !brown without the NEAR"),
    ("blair pre/3 || brown", "||", "blair pre/3 brown", "blair || brown without the pre/3"),
    ("blair AND NEAR brown", "AND", "blair NEAR brown", "blair AND brown without the NEAR"),
    ("blair NOT w/5 brown", "NOT", "blair w/5 brown", "blair NOT brown without the w/5"),  # Nexis's NOT w/5
    ("+blair NEAR brown", "+blair", "blair NEAR brown", "+blair brown without the NEAR"),  # +(...): what it finds
    ("blair NEAR brown NEAR -clark", "-clark", "blair NEAR brown NEAR clark", "blair NEAR brown -clark without the NEAR"),
    ("(blair NEAR -brown) OR clark", "-brown", "(blair NEAR brown) OR clark", "(blair -brown) OR clark without the NEAR"),
])
def test_a_sign_or_an_operator_as_a_proximitys_word_is_refused(typed: str, side: str, near: str, without: str) -> None:
    # each had been read as a word of the phrase: "blair -brown"~4, "blair OR"~4, finding Blair beside Brown or nothing
    with pytest.raises(InvalidQuery) as refused:
        proximity_operators(typed)
    operator = next(word for word in typed.split() if word in {"NEAR", "w/5", "N5", "pre/3"})
    assert str(refused.value) == (f"{operator} needs a word on each side, not a sign or an operator ({side}): "
                                  f"'{typed}' (type {near} for the words near each other, or {without})")


def test_a_sign_beside_a_proximity_is_refused_on_the_command_line(index: Path) -> None:
    result = query(index, "blair NEAR -brown")
    assert (result.exit_code, result.stderr) == (
        2, "Error: NEAR needs a word on each side, not a sign or an operator (-brown): 'blair NEAR -brown' (type "
           "blair NEAR brown for the words near each other, or blair -brown without the NEAR)\n")


@pytest.mark.parametrize("typed", [
    "BLAIR NEAR OR BROWN",           # in capitals NEAR is a word
    "blair near -brown",             # so is near in lower case
    "westport N5 OR castlebar",      # N5 beside OR, which is searched for nothing: a road's code
    '"blair NEAR -brown"',           # in a phrase
    "blair -brown", "blair OR brown",
])
def test_a_sign_or_an_operator_beside_no_proximity_is_not_refused(typed: str) -> None:
    assert proximity_operators(typed) == (typed, None)


BRACKET_LEFT_OUT = ("NEAR before a closing bracket has no word after it: left out (ProQuest's NEAR needs a word on "
                    "each side)")


@pytest.mark.parametrize(("typed", "read", "said"), [
    ("(blair NEAR)", "(blair)", BRACKET_LEFT_OUT),
    ("(blair NEAR) brown", "(blair) brown", BRACKET_LEFT_OUT),
    ("(blair NEAR ) brown", "(blair) brown", BRACKET_LEFT_OUT),
    ("(blair NEAR brown NEAR) clark", '(("blair brown"~4 || "brown blair"~4)) clark',
     "NEAR " + EITHER.format(n=4) + " (ProQuest's NEAR, NEAR/4; type NEAR/10 for another number); "
     + BRACKET_LEFT_OUT),
])
def test_a_near_closing_a_bracket_is_left_out_saying_so(typed: str, read: str, said: str) -> None:
    # it had been dropped as a stop word, saying nothing, where a NEAR ending the query says it was left out
    assert proximity_operators(typed) == (read, said)


@pytest.mark.parametrize("typed", ["(BLAIR NEAR) BROWN", "(homes near) river", '"(blair NEAR)"'])
def test_near_as_a_word_before_a_bracket_says_nothing(typed: str) -> None:
    assert proximity_operators(typed) == (typed, None)


@pytest.mark.parametrize("typed", ["(tony blair) NEAR brown", "brown NEAR (tony blair)", "(blair OR clark) NEAR brown",
                                   "brown NEAR -(tony blair)", "title:talks NEAR brown", "brown NEAR title:talks"])
def test_a_near_beside_a_bracket_or_a_fields_value_is_refused_as_w5_is(index: Path, typed: str) -> None:
    # it had been dropped as a stop word, saying nothing: '(tony blair) NEAR brown' found Tony Blair and Brown a page
    # apart, where '(tony blair) w/5 brown' is refused with what to type
    result = query(index, typed)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: NEAR needs a word of its own on each side (not a phrase, a bracket, a field's "
                             f"value or another proximity's word): '{typed}' (type a word on each side, blair w/5 "
                             f'brown, or all the words as one phrase with a ~, "heating oil prices"~3)\n')


@pytest.mark.parametrize("typed", ["(BLAIR) NEAR BROWN", "(homes) near river", "title:NEAR brown", "(blair) NEAR brown"])
def test_near_as_a_word_beside_a_bracket_is_not_refused(index: Path, typed: str) -> None:
    result = query(index, typed)
    assert result.exit_code in (0, 1) and "Error" not in result.stderr  # found, or no article has the words


def test_a_near_closing_a_bracket_is_left_out_with_a_note(index: Path) -> None:
    result = query(index, "(blair NEAR) brown")
    assert (result.exit_code, ids(result)) == (0, ["apart.txt", "close.txt", "far.txt", "order.txt"])
    assert result.stderr == f"Note: {BRACKET_LEFT_OUT}.\n"


@pytest.mark.parametrize(("typed", "read", "said"), [
    ('"blair" N5 brown', '("blair brown"~5 || "brown blair"~5)', "N5 " + EITHER.format(n=5) + EBSCO.format("N5")),
    ('blair W5 "brown"', '"blair brown"~5', "W5 " + IN_ORDER.format(n=5) + EBSCO.format("W5")),
    ('(blair) N5 brown', '("blair brown"~5 || "brown blair"~5)', "N5 " + EITHER.format(n=5) + EBSCO.format("N5")),
    ('"blair" NEAR brown', '("blair brown"~4 || "brown blair"~4)',
     "NEAR " + EITHER.format(n=4) + " (ProQuest's NEAR, NEAR/4; type NEAR/10 for another number)"),
    ('blair NEAR (brown)', '("blair brown"~4 || "brown blair"~4)',
     "NEAR " + EITHER.format(n=4) + " (ProQuest's NEAR, NEAR/4; type NEAR/10 for another number)"),
])
def test_one_word_quoted_or_bracketed_beside_n5_or_near_is_a_word_as_beside_n_5(typed: str, read: str,
                                                                               said: str) -> None:
    # '"blair" N5 brown' had been refused as a phrase beside N5, and 'blair NEAR (brown)' read as blair brown, its
    # NEAR dropped, where '"blair" N/5 brown' reads the quoted word as a word
    assert proximity_operators(typed) == (read, said)


@pytest.mark.parametrize("typed", ['westport "N5" castlebar', '"westport N5" road'])
def test_a_quoted_code_stays_as_typed(typed: str) -> None:
    assert proximity_operators(typed) == (typed, None)


@pytest.mark.parametrize(("typed", "side", "near", "without"), [
    ("blair NEAR or brown", "or", "blair NEAR brown", "blair OR brown without the NEAR"),
    ("blair NEAR and brown", "and", "blair NEAR brown", "blair AND brown without the NEAR"),
    ("blair not w/5 brown", "not", "blair w/5 brown", "blair NOT brown without the w/5"),  # Nexis's NOT w/5, typed low
    ("blair or NEAR brown", "or", "blair NEAR brown", "blair OR brown without the NEAR"),
    ("blair w/5 Or brown", "Or", "blair w/5 brown", "blair OR brown without the w/5"),
    ("(blair NEAR or brown) clark", "or", "(blair NEAR brown) clark", "(blair OR brown) clark without the NEAR"),
])
def test_a_lower_case_operator_as_a_proximitys_word_is_refused_as_its_capital_is(typed: str, side: str, near: str,
                                                                               without: str) -> None:
    # read as a word of the phrase, "blair or"~4, a stop word beside NEAR: it had found nothing, the note saying only
    # how NEAR was read
    with pytest.raises(InvalidQuery) as refused:
        proximity_operators(typed)
    operator = next(word for word in typed.split() if word in {"NEAR", "w/5"})
    assert str(refused.value) == (f"{operator} needs a word on each side, not a sign or an operator ({side}): "
                                  f"'{typed}' (type {near} for the words near each other, or {without})")


def test_a_lower_case_or_beside_a_proximity_is_refused_on_the_command_line(index: Path) -> None:
    result = query(index, "blair NEAR or brown")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "Error: NEAR needs a word on each side, not a sign or an operator (or): 'blair NEAR or brown' (type "
               "blair NEAR brown for the words near each other, or blair OR brown without the NEAR)\n")


@pytest.mark.parametrize(("typed", "read"), [
    ("blair or brown", "blair or brown"),           # a lower-case or beside no proximity: a word, as before
    ("blair and brown NEAR clark", 'blair and ("brown clark"~4 || "clark brown"~4)'),
    ("westport N5 or castlebar", "westport N5 or castlebar"),  # N5 beside a word searched for nothing: a road's code
    ("blair near or brown", "blair near or brown"),  # near in lower case: a word
    ('"blair NEAR or brown"', '"blair NEAR or brown"'),  # in a phrase
])
def test_a_lower_case_operator_beside_no_proximity_stays_a_word(typed: str, read: str) -> None:
    assert proximity_operators(typed)[0] == read


NEAR_4 = "NEAR " + EITHER.format(n=4) + " (ProQuest's NEAR, NEAR/4; type NEAR/10 for another number)"


@pytest.mark.parametrize(("typed", "read", "said"), [
    ("blair NEAR - brown", '("blair brown"~4 || "brown blair"~4)', "- beside NEAR is no word: left out; " + NEAR_4),
    ("blair NEAR -", "blair", "- beside NEAR is no word: left out; " + LEFT_OUT),
    ("(blair NEAR -) brown", "(blair) brown", "- beside NEAR is no word: left out; " + BRACKET_LEFT_OUT),
    ("blair - NEAR brown", '("blair brown"~4 || "brown blair"~4)', "- beside NEAR is no word: left out; " + NEAR_4),
    ("blair w/5 + brown", '("blair brown"~5 || "brown blair"~5)',
     "+ beside w/5 is no word: left out; w/5 " + EITHER.format(n=5)),
    ("blair NEAR -- brown", '("blair brown"~4 || "brown blair"~4)', "-- beside NEAR is no word: left out; " + NEAR_4),
    ("blair NEAR — brown", '("blair brown"~4 || "brown blair"~4)', "— beside NEAR is no word: left out; " + NEAR_4),
    ("blair NEAR & brown", '("blair brown"~4 || "brown blair"~4)', "& beside NEAR is no word: left out; " + NEAR_4),
    ("- NEAR brown", "brown", "- beside NEAR is no word: left out; " + START_LEFT_OUT),  # then a NEAR opening it
    ("blair NEAR - NEAR brown", '("blair brown"~4 || "brown blair"~4)',
     "- beside NEAR is no word: left out, with the NEAR after it; " + NEAR_4),
])
def test_a_lone_sign_beside_a_proximity_is_no_word_left_out_with_a_note(typed: str, read: str, said: str) -> None:
    # read as a word of the phrase, "blair -"~4 found Blair anywhere (the sign is searched for nothing), its note
    # saying Blair was near "-"
    assert proximity_operators(typed) == (read, said)


@pytest.mark.parametrize("typed", [
    "BLAIR NEAR - BROWN",          # in capitals NEAR is a word
    "westport N5 - castlebar",     # N5 beside a sign: a road's code, as beside a stop word
    "blair - brown",               # no proximity
    '"blair NEAR - brown"',        # in a phrase
])
def test_a_lone_sign_beside_no_proximity_stays(typed: str) -> None:
    assert proximity_operators(typed) == (typed, None)


def test_a_lone_sign_beside_a_proximity_is_left_out_on_the_command_line(index: Path) -> None:
    result = query(index, "blair NEAR - brown")  # had found far.txt too: Blair anywhere
    assert (result.exit_code, ids(result)) == (0, ["apart.txt", "close.txt", "order.txt"])
    assert result.stderr == f"Note: - beside NEAR is no word: left out; {NEAR_4}.\n"


@pytest.mark.parametrize(("typed", "bracketed", "near", "without"), [
    ("-blair NEAR brown", "-(blair NEAR brown)", "blair NEAR brown", "-blair brown"),
    ("!blair w/5 brown", "!(blair w/5 brown)", "blair w/5 brown", "!blair brown"),
    ("clark -blair NEAR brown", "clark -(blair NEAR brown)", "clark blair NEAR brown", "clark -blair brown"),
    ("-blair NEAR brown NEAR clark", "-(blair NEAR brown NEAR clark)", "blair NEAR brown NEAR clark",
     "-blair brown NEAR clark"),
    ("(-blair NEAR brown) OR clark", "(-(blair NEAR brown)) OR clark", "(blair NEAR brown) OR clark",
     "(-blair brown) OR clark"),
])
def test_a_not_sign_before_a_proximity_is_refused_offering_the_proximity_left_out(typed: str, bracketed: str,
                                                                                   near: str, without: str) -> None:
    # the hint had offered the words near each other, or the sign without the NEAR, not what works: -(blair NEAR brown)
    with pytest.raises(InvalidQuery) as refused:
        proximity_operators(typed)
    operator = next(word for word in typed.split() if word in {"NEAR", "w/5"})
    side = next(word for word in typed.strip("(").split() if word[0] in "-!")
    assert str(refused.value) == (f"{operator} needs a word on each side, not a sign or an operator ({side}): "
                                  f"'{typed}' (type {bracketed} to leave out the words near each other, {near} for "
                                  f"the words near each other, or {without} without the {operator})")


@pytest.mark.parametrize("typed", ["-blair NEAR -brown", "-blair NEAR brown w/5 clark"])
def test_no_bracket_is_offered_that_would_be_refused_too(typed: str) -> None:
    with pytest.raises(InvalidQuery) as refused:
        proximity_operators(typed)
    assert "to leave out" not in str(refused.value)


def test_the_proximity_left_out_as_offered_finds_the_other_articles(index: Path) -> None:
    result = query(index, "-(blair NEAR brown)")
    assert (result.exit_code, ids(result)) == (0, ["far.txt", "road.txt"])


@pytest.mark.parametrize(("typed", "read"), [
    ("'Thousands N20 march N20 in'", '"Thousands N20 march N20 in"'),
    ("'blair w/5 brown' clark", '"blair w/5 brown" clark'),
    ("'blair NEAR brown'", '"blair NEAR brown"'),
    ("('blair pre/3 brown' OR clark)", '("blair pre/3 brown" OR clark)'),
    ("'gunmen w/s officer'", '"gunmen w/s officer"'),  # one it does not read: words too, not refused
])
def test_a_proximity_in_single_quotes_is_words_of_the_phrase(typed: str, read: str) -> None:
    # the parser reads 'a b' as a phrase, as "a b": its N20 had been read as a proximity (refused when chained, or
    # noted as "'Thousands march'"~20 beside the quotes); the query's single quotes are double ones before this reads it
    assert proximity_operators(phrases_double_quoted(typed)) == (read, None)


@pytest.mark.parametrize(("typed", "read"), [
    ("'yen' w/3 dollar", '("yen dollar"~3 || "dollar yen"~3)'),  # one word quoted: a word, as "yen" w/3 dollar is
    ("O'Brien N5 Smith", '("O\'Brien Smith"~5 || "Smith O\'Brien"~5)'),  # an apostrophe, no quote
    ("blair's N5 brown's", '("blair\'s brown\'s"~5 || "brown\'s blair\'s"~5)'),
])
def test_a_proximity_beside_a_single_quote_is_still_read(typed: str, read: str) -> None:
    assert proximity_operators(typed)[0] == read


def test_a_phrase_in_single_quotes_holding_a_code_is_searched_as_in_double_quotes(index: Path) -> None:
    from newssearch.querying import parse_user_query
    from newssearch.schema import SCHEMA

    assert (parse_user_query("'Thousands N20 march N20 in'", SCHEMA).query
            == parse_user_query('"Thousands N20 march N20 in"', SCHEMA).query)
    result = query(index, "'Thousands N20 march N20 in'")  # had been refused: N20 needs a word of its own…
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "No articles match \"'Thousands N20 march N20 "
                                                                       "in'\".\n")
