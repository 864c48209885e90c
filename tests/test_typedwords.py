"""Keyword queries search the stop-list words that name something and a function word that ends a name; a short
word in capitals is its word too."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts
from whoosh import query as wq

from newssearch import open_index
from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA
from newssearch.stopwords import (
    CONTENT_STOPWORDS,
    GRAMMAR_WORDS,
    NAME_WORDS,
    STOP_WORDS,
)
from newssearch.typedwords import (
    acronym_stems,
    left_out_note,
    quoted_names,
    searched_stopwords,
)

STORIES = {
    "inner.txt": "Inner city schools get funds\n\nSchools in the inner city will get more money, the minister said.",
    "circuit.txt": "Circuit City profits rise\n\nCircuit City, the city-based retailer, saw city stores sell more.",
    "who.txt": "Doctor Who returns to BBC One\n\nThe science fiction series Doctor Who is coming back.",
    "doctor.txt": "Doctor warns on flu\n\nA doctor said the doctor shortage means every doctor is busy.",
    "welcome.txt": "Fans greet team\n\nA warm welcome awaited the team at the airport.",
    "downing.txt": "Talks at No 10\n\nThe minister arrived at No 10 for talks on Monday.",
    "ten.txt": "Ten ministers meet\n\nThe 10 ministers met for talks on Monday.",
    "spy.txt": "Spy scandal hits ministry\n\nA spy working for a foreign power was caught.",
    "fly.txt": "Airlines to fly more routes\n\nBudget airlines will fly to ten new cities.",
    "us.txt": "Troops return\n\nUS troops returned home, the army told us.",
}


@pytest.fixture(scope="module")
def words_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """STORIES indexed once for this module."""
    return index_of_texts(tmp_path_factory.mktemp("typedwords"), STORIES)


def test_grammar_words_are_stop_words() -> None:
    assert GRAMMAR_WORDS <= STOP_WORDS and NAME_WORDS <= GRAMMAR_WORDS
    assert GRAMMAR_WORDS | CONTENT_STOPWORDS == STOP_WORDS
    assert {"the", "of", "who", "may", "don't", "us", "regarding", "despite", "says", "inc", "ltd"} <= GRAMMAR_WORDS
    assert not {"inner", "welcome", "cause", "unlikely", "sorry", "self", "non", "far", "sure"} & GRAMMAR_WORDS
    assert not {"says", "inc", "ltd", "regarding"} & NAME_WORDS  # "Tony Blair Says", "Microsoft Inc"


@pytest.mark.parametrize(("text", "kept"), [
    ("inner city", {"inner"}),                         # on the stop list, but no grammar: a keyword
    ("cause of death", {"cause"}),
    ("Acme Ltd welcome", {"welcome"}),                 # a company's suffix is left out: "Microsoft Inc" finds Microsoft
    ("what happens regarding opec", set()),            # verbs and prepositions of the stop list are left out
    ("Tony Blair Says", set()),                        # a reporting verb ends no name
    ("Bank Of Japan", set()),                          # a title's small word between capitals
    ("Who Wants To Be A Millionaire", set()),
    ("Anne Will", {"Will"}),
    ("Doctor Who", {"Who"}),                           # a function word with a capital after a capital: a name
    ("Theresa May", {"May"}),
    ("No 10", {"No"}),                                 # ... or before a number
    ("doctor who", set()),                             # in lower case, grammar
    ("Who won the election", set()),                   # a capital that starts a question is no name
    ('"Doctor Who" who', set()),                       # quoted, a phrase keeps its words anyway
    ("Doctor OR Who", set()),                          # an operator stands between them
    ("(Theresa May) Oil", {"May"}),                    # a bracket ends a name as the query's end does
    ("Theresa (May Oil)", set()),                      # ... and starts a run: May follows no capital there
])
def test_searched_stopwords(text: str, kept: set[str]) -> None:
    assert searched_stopwords(text) == kept


@pytest.mark.parametrize(("text", "note"), [
    ("bank of england", None),                         # in lower case: left out without a note, as anywhere
    ("The Who", '"the" is too common to search and left out (a phrase in quotes keeps them)'),
    ("Will Young", '"will" is too common to search and left out (a phrase in quotes keeps them)'),
    ("The economy", None),                             # a sentence's capital: no note
    ("Bank Of Japan", None),                           # a title's small word inside it: no note
    ("Why did Yukos fail", None),
    ("inner city", None),                              # every word searched
    ('"bank of england"', None),                       # a phrase keeps its words
    ("blair or brown", None),                          # lower-case "or" has its own note
    ("US troops", None),                               # an acronym is searched
    ("the " * 13 + "end", None),                       # prose: its function words go without a note
])
def test_left_out_note(text: str, note: str | None) -> None:
    assert left_out_note(text, searched_stopwords(text)) == note


@pytest.mark.parametrize(("text", "left_out"), [
    ("police date:>2020-06", None),                    # a date's range ("date:{2020-06 to *]") has no words
    ("lang:it police", None),                          # nor a language
    ('title:"bank of england" inner', None),
    ("title:The Office", '"the" is too common to search and left out (a phrase in quotes keeps them)'),
])
def test_only_text_values_are_words(text: str, left_out: str | None) -> None:
    assert parse_user_query(text, SCHEMA).left_out == left_out


@pytest.mark.parametrize(("text", "stems"), [
    ("SPY", {"spy": "spi"}),                           # the acronym's term, and the word's stem
    ("ADS FLY", {"ads": "ad", "fly": "fli"}),
    ("TAX OIL", {}),                                   # the same stem: nothing to add
    ("US WHO IT", {}),                                 # acronyms spelled like stopwords: not the pronouns
    ("MPs U.S. spy", {}),                              # a plural, dotted initials, a word in lower case
    ('"agency reports"~3 MLN', {"mln": "million"}),    # after a proximity's number, whose token had held its space
])
def test_acronym_stems(text: str, stems: dict[str, str]) -> None:
    assert acronym_stems(text) == stems


@pytest.mark.parametrize(("text", "expected"), [
    ("inner city", ["inner.txt"]),                     # had searched "city" only: Circuit City first
    ("Doctor Who", ["who.txt"]),                       # had searched "doctor" only
    ("doctor who", ["doctor.txt", "who.txt"]),         # in lower case "who" is grammar
    ("welcome", ["welcome.txt"]),                      # had been refused: "very common words"
    ("No 10", ["downing.txt"]),                        # had searched "10" only
    ("Doctor Who coming", ["who.txt"]),
    ("Doctor Who shortage", []),                       # the name is a phrase: "doctor" and "who" apart are not it
    ("SPY", ["spy.txt"]),                              # had found nothing: "spy" is indexed as "spi"
    ("FLY", ["fly.txt"]),
    ("SPY SCANDAL", ["spy.txt"]),
    ("-SPY ministry", []),                             # left out, both forms are
    ("US", ["us.txt"]),                                # the country still, not the pronoun
])
def test_keyword_queries_search_what_was_meant(words_index: Path, text: str, expected: list[str]) -> None:
    assert found_ids(words_index, text) == expected


@pytest.mark.parametrize("text", ["inner city", "Doctor Who", "No 10 welcome"])
def test_match_any_leaves_every_stop_word_out(text: str) -> None:
    parsed = parse_user_query(text, SCHEMA, match="any")  # natural-language questions, as ranking was tuned
    assert {str(term) for _, term in parsed.query.iter_all_terms()} <= {"citi", "doctor", "10"}
    assert parsed.left_out is None


def test_a_capital_word_is_marked_in_the_snippet(words_index: Path) -> None:
    with open_index(words_index) as idx:
        (hit,) = idx.search("SPY").hits
        (doctor,) = idx.search("Doctor Who").hits
    assert "<mark>spy</mark> working" in hit.snippet.html()
    assert "<mark>Doctor</mark> <mark>Who</mark> is" in doctor.snippet.html()


@pytest.mark.parametrize(("text", "read"), [
    ("Take That", '"Take That"'),                      # "take" is a stopword too: the name is the phrase of both
    ("The Who", '"The Who"'),                          # the capitalised stopwords before it are the name's
    ("Who Is Who", '"Who Is Who"'),
    ('"Doctor Who" Take That', '"Doctor Who" "Take That"'),
    ("Doctor Who", "Doctor Who"),                      # a name among other words keeps its words apart:
    ("Theresa May", "Theresa May"),                    # "who" and "may" are searched as words (stopwords.py)
    ("No 10", "No 10"),
    ("Take That reunion tour", "Take That reunion tour"),
    ("Gordon Brown Speaks Out", "Gordon Brown Speaks Out"),  # a title-case headline must find its article
    ("Oil Up", "Oil Up"),
    ("Steady Job Growth Continues In Us", "Steady Job Growth Continues In Us"),
    ("Will Young", "Will Young"),                      # a function word that starts a name ends none
    ("doctor who", "doctor who"),                      # in lower case, grammar
    ("Take OR That", "Take OR That"),
    ("title:Take That", "title:Take That"),            # a word with syntax of its own is left as typed
    ("-Take That", "-Take That"),
])
def test_a_name_ending_in_a_function_word_is_quoted(text: str, read: str) -> None:
    assert quoted_names(text) == read


def test_a_name_is_searched_as_its_phrase_only_under_match_all() -> None:
    def terms(text: str, match: str) -> set[str]:
        return {str(term) for _, term in parse_user_query(text, SCHEMA, match=match).query.iter_all_terms()}

    assert terms("Take That", "all") == {"take\x1f", "that\x1f"}  # "take" had been left out, "that" searched alone
    assert parse_user_query("The Who", SCHEMA).left_out is None  # no note: "the" is searched, in the phrase
    assert parse_user_query("Will Young", SCHEMA).left_out == (
        '"will" is too common to search and left out (a phrase in quotes keeps them)')
    assert terms("Doctor Who", "any") == {"doctor"}  # a question leaves the stop list out, as tuned
    for headline in ("Doctor Who", "Gordon Brown Speaks Out", "Oil Prices Fall Again"):  # words, not a phrase:
        query = parse_user_query(headline, SCHEMA).query             # a headline typed in full finds its article
        assert not [q for q in query.leaves() if isinstance(q, wq.Phrase)], headline




WIRE = {
    # a headline in capitals: "million dollar" (its number before it: no solid "milliondollar" to find)
    "buying.txt": "BOLIVIA GETS 60-MLN-DLR LOAN\n\nTraders said the loan was agreed.",
    "railway.txt": "Rail link\n\nThe DLR-MLN shuttle opened.",  # amid lower-case words: acronyms
    "other.txt": "Loan\n\nA loan of one million was made.",
}


@pytest.fixture(scope="module")
def wire_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """WIRE indexed once for this module."""
    return index_of_texts(tmp_path_factory.mktemp("wire"), WIRE)


@pytest.mark.parametrize(("text", "expected"), [
    # differential seed 573: a hyphenated word in capitals had been the acronyms' phrase "mln dlr" alone; as MLN alone
    # is the acronym or million, it is their phrase or "million dollar", as the index reads the headline
    ("MLN-DLR", ["buying.txt"]),
    ("mln-dlr", ["buying.txt"]),
    ("DLR-MLN", ["railway.txt"]),
    ("MLN-DLR loan", ["buying.txt"]),
])
def test_a_hyphenated_word_in_capitals_is_its_acronyms_or_the_words_they_spell(wire_index: Path, text: str,
                                                                              expected: list[str]) -> None:
    assert found_ids(wire_index, text) == expected
