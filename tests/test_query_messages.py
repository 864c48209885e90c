"""Queries that had found nothing saying nothing, or had been refused with a generic message, though what was meant is
plain: a handle written solid (``@janesmith``), words joined by a backslash or by a dash in a field's value, an address's
scheme alone, a date with an en dash or month first (``date:2020–10``, ``date:10/2020``), a misspelt field after a
field's bare name, a fuzzy word in quotes asking too many edits, a pasted headline's spaced colon."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli


def _query(index: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index), "-n", "0"])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("typed", "by_name", "found"), [
    ("@janesmith", 'author:"Jane Smith"', 3),  # a handle written solid: the author's name without its space
    ("@JaneSmith", 'author:"Jane Smith"', 3),
    ("@alikhan", 'author:"Ali Khan"', 3),
])
def test_a_handle_written_solid_names_the_author_it_spells(features_index: Path, typed: str, by_name: str,
                                                           found: int) -> None:
    # '@janesmith' had found nothing, saying nothing ('@jane_smith' had been offered author:"jane smith")
    code, out, err = _query(features_index, typed)
    assert (code, out, err) == (1, "", f"No articles match '{typed}'.\n"
                                       f"Note: {typed} is searched as words of the text: '{by_name}', the articles by that "
                                f"author, finds {found}.\n")


def test_a_handle_spelling_no_author_still_says_nothing_more(features_index: Path) -> None:
    assert _query(features_index, "@zzqxsmith") == (1, "", "No articles match '@zzqxsmith'.\n")


def test_words_joined_by_a_backslash_are_searched_as_words(features_index: Path) -> None:
    # a backslash typed for a slash: 'police\\gunmen' had been the phrase "police gunmen", finding nothing, saying nothing
    code, out, _err = _query(features_index, "police\\gunmen")
    assert (code, out) == (0, "2 results for 'police\\gunmen'\n")


def test_a_paths_backslashes_stay_as_typed(features_index: Path) -> None:
    # a path is no words joined: its note quotes it as typed (it had read C:\\Users/news); it had been refused, no field 'C'
    code, out, err = _query(features_index, "C:\\Users\\news")
    assert (code, out, err.startswith("No articles match 'C:\\Users\\news'.\nNote: no field is named C, so "
                                      "'C:\\Users\\news' was searched as words ")) == (1, "", True)


def test_words_joined_by_a_dash_in_a_text_fields_value_say_what_they_find_apart(features_index: Path) -> None:
    # dashhints.py had passed over a field's value: 'title:police\u2014gunmen' found nothing, saying nothing
    code, out, err = _query(features_index, "title:police\u2014gunmen")
    assert (code, out, err) == (1, "", "No articles match 'title:police\u2014gunmen'.\n"
                                       "Note: title:police\u2014gunmen is searched as its words side by side: apart, "
                                "'title:(police gunmen)' finds 1.\n")


@pytest.mark.parametrize("typed", ["http://", "police https://", "url:http://"])
def test_a_bare_scheme_is_refused_with_what_to_type(features_index: Path, typed: str) -> None:
    # 'http://' had found nothing, saying nothing
    scheme = typed.split()[-1].removeprefix("url:")
    assert _query(features_index, typed) == (
        2, "", f"Error: '{scheme}' is the start of a web address, with no address after it (paste the whole address, "
               "https://www.example.com/news/story, or type site:example.com for a site's articles)\n")


@pytest.mark.parametrize(("typed", "count"), [
    ("date:2020\u201310", "2 results for 'date:2020\u201310'"),  # an en dash between a year and its month
    ("date:10/2020", "2 results for 'date:10/2020'"),  # month/year, as a dateline writes it
    ("police date:10/2020", "2 results for 'police date:10/2020'"),
    ("date:2020\u201306\u201319", "1 result for 'date:2020\u201306\u201319'"),
])
def test_a_date_typed_with_an_en_dash_or_month_first_is_read(features_index: Path, typed: str, count: str) -> None:
    # both had been refused with the generic date syntax
    code, out, _err = _query(features_index, typed)
    assert (code, out) == (0, count + "\n")


def test_a_misspelt_field_after_a_bare_field_name_is_refused(features_index: Path) -> None:
    # 'source: -titel:x' had listed every article: titel:x alone is refused
    code, out, err = _query(features_index, "source: -titel:x")
    assert (code, out) == (2, "")
    assert err.startswith("Error: no field 'titel' in 'titel:x' (did you mean title:? ")


@pytest.mark.parametrize(("typed", "name", "rest"), [("source: -lang:de", "source:", "-lang:de"),
                                                     ("title: +lang:de", "title:", "+lang:de"),
                                                     ("police author: !source:reuters", "author:", "!source:reuters")])
def test_a_bare_field_name_before_a_signed_field_is_refused_saying_what_to_type(
        features_index: Path, typed: str, name: str, rest: str) -> None:
    # 'source: -lang:de' had been NOT the word "source" AND lang:de: nothing found, saying nothing (or no German)
    example = {"source:": "source:reuters", "title:": "title:police", "author:": "author:smith"}[name]
    assert _query(features_index, typed) == (2, "", f"Error: nothing to search for after '{name}' (put the words "
                                                    f"right after the colon: {example}, or leave it out: {rest} "
                                                    "is a clause of its own)\n")


@pytest.mark.parametrize(("typed", "name", "rest"), [("source: NOT lang:de", "source:", "NOT lang:de"),
                                                     ("title: NOT source:reuters", "title:", "NOT source:reuters")])
def test_a_bare_field_name_before_not_and_a_field_is_refused_saying_what_to_type(
        features_index: Path, typed: str, name: str, rest: str) -> None:
    # 'source: NOT lang:de' had been the word "source" AND NOT lang:de: nothing found, with a note that no article
    # is in de; 'source: -lang:de' is refused so
    example = {"source:": "source:reuters", "title:": "title:police"}[name]
    assert _query(features_index, typed) == (2, "", f"Error: nothing to search for after '{name}' (put the words "
                                                    f"right after the colon: {example}, or leave it out: {rest} "
                                                    "is a clause of its own)\n")


def test_a_quoted_fuzzy_word_asking_too_many_edits_says_it_is_capped(features_index: Path) -> None:
    code, out, err = _query(features_index, 'author:"jane smoth~9"')
    assert (code, out, err) == (
        0, "3 results for 'author:\"jane smoth~9\"'\n",
        "Note: smoth~9 is read as smoth~2: a word may differ by 2 letters at most.\n")


@pytest.mark.parametrize(("typed", "out"), [
    ("Thousands march : Auckland protest", "1 result for 'Thousands march : Auckland protest'\n"),  # no field's name
    ("Police date : 12 May", ""),  # a headline's colon: words, which no article has (no refusal)
])
def test_a_pasted_spaced_colon_after_a_fields_name_is_words_unless_its_value_reads(features_index: Path, typed: str,
                                                                                  out: str) -> None:
    # 'Election date : 12 May' had been date:12, refused with the date syntax
    code, printed, err = _query(features_index, typed)
    assert (code, printed, err.startswith("No articles match")) == (0 if out else 1, out, not out)


@pytest.mark.parametrize(("typed", "out"), [
    ("police date : 2020-10", "2 results for 'police date : 2020-10'\n"),
    ('police date : "October 2020"', "2 results for 'police date : \"October 2020\"'\n"),
    ('police date: "October 2020"', "2 results for 'police date: \"October 2020\"'\n"),  # had been refused
])
def test_a_spaced_colon_before_a_date_is_still_the_field(features_index: Path, typed: str, out: str) -> None:
    assert _query(features_index, typed)[:2] == (0, out)


@pytest.mark.parametrize("typed", ["by Jane Smith", 'by "Jane Smith"'])
def test_a_byline_pasted_with_its_by_names_the_author_search(features_index: Path, typed: str) -> None:
    # 'by Jane Smith' had found nothing, saying nothing ('Jane Smith' alone had been offered author:"Jane Smith")
    assert _query(features_index, typed) == (1, "", f"No articles match '{typed}'.\n"
                                                    f"Note: {typed} is searched as words of the text: "
                                                    "'author:\"Jane Smith\"', the articles by that author, finds 3.\n")


def test_googles_around_is_read_as_a_proximity(features_index: Path) -> None:
    # 'police AROUND(3) gunmen' had required the number 3 (around a stop word), finding nothing
    code, out, err = _query(features_index, "police AROUND(3) gunmen")
    assert (code, out, err) == (0, "2 results for 'police AROUND(3) gunmen'\n",
                                "Note: AROUND(3) is read as (\"police gunmen\"~3 OR \"gunmen police\"~3): at most 3 "
                                "words between them, in either order.\n")


@pytest.mark.parametrize("typed", ["police around(3) gunmen", "police Around(3) gunmen"])
def test_googles_around_typed_in_lower_case_is_the_proximity_too(features_index: Path, typed: str) -> None:
    # 'police around(3) gunmen' had required a word 3 (around a stop word), finding nothing, saying nothing; a word
    # "around" has no number in brackets written on to it
    operator = typed.split()[1]
    assert _query(features_index, typed) == (0, f"2 results for '{typed}'\n",
                                             f"Note: {operator} is read as (\"police gunmen\"~3 OR \"gunmen police\"~3): "
                                             "at most 3 words between them, in either order.\n")


@pytest.mark.parametrize(("typed", "shown"), [
    # two dots between words had been the phrase "police gunmen", silently: a range is a date's, not words'
    ("police..gunmen", "police..gunmen"),
    ("armed police..Gunmen attack", "police..Gunmen"),
])
def test_two_dots_between_words_are_refused_with_what_to_type(features_index: Path, typed: str, shown: str) -> None:
    first, second = shown.split("..")
    assert _query(features_index, typed) == (2, "", f"Error: two dots between words in '{shown}' (a range of words is "
                                                    f"none: write {first} {second} for both words, \"{first} {second}\" "
                                                    "for the phrase; a range is a date's: date:2020..2021)\n")


def test_two_dots_in_pasted_prose_are_its_ellipsis_not_refused(features_index: Path) -> None:
    # a sentence pasted from a post writes two dots for an ellipsis ("at police..then fled"): no range was meant
    code, _out, err = _query(features_index, "The gunmen fired at police..then fled the scene in a stolen car")
    assert code in (0, 1) and "two dots" not in err


@pytest.mark.parametrize(("typed", "out"), [
    ("allintitle: police gunmen", "1 result for 'allintitle: police gunmen'\n"),  # Google's: every word after it
    ("allintitle:police gunmen", "1 result for 'allintitle:police gunmen'\n"),
    ("armed allintext: Kaitaia officer", "2 results for 'armed allintext: Kaitaia officer'\n"),
])
def test_googles_allin_fields_put_the_words_after_them_in_the_field(features_index: Path, typed: str,
                                                                   out: str) -> None:
    # 'allintitle: police gunmen' had searched the word allintitle, finding nothing, saying nothing
    assert _query(features_index, typed) == (0, out, "")


def test_a_camel_case_hashtag_that_finds_nothing_says_what_its_words_find(features_index: Path) -> None:
    # '#FarNorth' is the one word farnorth: it had found nothing, saying nothing
    assert _query(features_index, "#FarNorth") == (1, "", "No articles match '#FarNorth'.\n"
                                                          "Note: #FarNorth is searched as one word: as its words, "
                                                          "'Far North' finds 2.\n")


@pytest.mark.parametrize(("typed", "words"), [("#farnorth", "far north"), ("#FARNORTH", "FAR NORTH"),
                                              ("police #farnorth", "police far north")])
def test_a_hashtag_in_one_case_that_finds_nothing_says_what_the_words_found_together_find(
        features_index: Path, typed: str, words: str) -> None:
    # '#farnorth' had said nothing where '#FarNorth' says its words: split where both parts are found side by side
    tag = typed.split()[-1]
    assert _query(features_index, typed) == (1, "", f"No articles match '{typed}'.\n"
                                                    f"Note: {tag} is searched as one word: as its words, "
                                                    f"'{words}' finds 2.\n")


@pytest.mark.parametrize(("typed", "words"), [("police*gunmen", "police gunmen"),
                                              ("armed police*gunmen", "armed police gunmen")])
def test_a_star_between_two_words_that_finds_nothing_says_what_the_two_words_find(
        features_index: Path, typed: str, words: str) -> None:
    # 'police*gunmen' is the pattern of words opening police and ending gunmen: it had found nothing, saying nothing
    assert _query(features_index, typed) == (1, "", f"No articles match '{typed}'.\n"
                                                    "Note: police*gunmen is a pattern, a word opening police and "
                                                    f"ending gunmen: as two words, '{words}' finds 2.\n")


@pytest.mark.parametrize(("typed", "words"), [("police?gunmen", "police gunmen"),
                                              ("armed police?gunmen", "armed police gunmen")])
def test_a_question_mark_between_two_words_that_finds_nothing_says_what_the_two_words_find(
        features_index: Path, typed: str, words: str) -> None:
    # 'police?gunmen' is the pattern of words of police, one letter and gunmen: found nothing, saying nothing, where
    # 'police*gunmen' says what the two words find
    assert _query(features_index, typed) == (1, "", f"No articles match '{typed}'.\n"
                                                    "Note: police?gunmen is a pattern, a word of police, one letter "
                                                    f"and gunmen: as two words, '{words}' finds 2.\n")


def test_a_hashtag_in_one_case_whose_parts_are_never_side_by_side_says_nothing(features_index: Path) -> None:
    assert _query(features_index, "#northfar") == (1, "", "No articles match '#northfar'.\n")


@pytest.mark.parametrize(("typed", "clause"), [
    ("26/10/2020", "date:2020-10-26"),  # day first: 26 is no month
    ("police 10/26/2020", "police date:2020-10-26"),  # month first: 26 is no month
    ("26.10.2020", "date:2020-10-26"),
])
def test_a_day_typed_in_digits_as_words_says_what_its_date_clause_finds(features_index: Path, typed: str,
                                                                         clause: str) -> None:
    # '26/10/2020' had found nothing, saying nothing ('26 October 2020' had been offered its date: clause)
    assert _query(features_index, typed) == (1, "", f"No articles match '{typed}'.\n"
                                                    f"Note: {typed.split()[-1]} is searched as words of the text: "
                                                    f"'{clause}', the articles published that day, finds 1.\n")


def test_a_day_in_digits_either_order_reads_is_left_alone(features_index: Path) -> None:
    # 05/06/2020 is 5 June or 6 May: no date is guessed
    code, _out, err = _query(features_index, "06/05/2020 police")
    assert (code, "date:" in err) == (1, False)
