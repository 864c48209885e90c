"""A phrase in straight single quotes is read as the same phrase in double quotes, by every rewriter before the parser
too: ``'a -oil gas'`` is the phrase a oil gas (its minus no operator), as ``"a -oil gas"`` is. The parser's own rule
(singlequotes.py) tells a phrase from an apostrophe: O'Brien, don't, rock 'n' roll and the '90s are no quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts, jsonl_ids

from newssearch.errors import InvalidQuery
from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA
from newssearch.singlequotes import phrases_double_quoted


@pytest.mark.parametrize(("typed", "match"), [
    ("'a -oil gas'", "all"),           # the minus had been a NOT: the phrase "a not oil gas"
    ("'a -oil gas'", "any"),
    ("'oil !gas'", "all"),             # the bang too
    ("'oil && gas'", "all"),           # && and || had become the words "and" and "or" of the phrase
    ("'oil || gas'", "all"),
    ("'oil OR OR gas'", "all"),        # an operator typed twice had been read once in the phrase
    ("'site:cnn.com news'", "all"),    # site: had been rewritten into its publisher's and address's clauses
    ("'covid-19 cases rise'", "all"),  # the hyphenated word's solid spelling (covid19) had been left out
    ("'I am … an ordeal'", "all"),     # the ellipsis cuts the quote in two, as in double quotes
    ("'the mx~ test'", "all"),
    ("police 'a -oil gas' -gunmen", "all"),
    ("'flood --since 2020'", "all"),   # had been refused: "--since is an option, not words to search"
])
def test_a_single_quoted_phrase_reads_as_the_double_quoted_one(typed: str, match: str) -> None:
    single = parse_user_query(typed, SCHEMA, match=match)
    double = parse_user_query(typed.replace("'", '"'), SCHEMA, match=match)
    assert (single.query, single.notice) == (double.query, double.notice)


@pytest.mark.parametrize(("typed", "read"), [
    ("'a -oil gas'", '"a -oil gas"'),
    ("O'Brien 'a -oil gas'", "O'Brien \"a -oil gas\""),
    ("rock 'n' roll", "rock 'n' roll"),      # one word quoted: a word, as the parser reads it
    ("don't panic", "don't panic"),
    ("the '90s music", "the '90s music"),
    ("the '90s and the players' union", "the \"90s and the players\" union"),  # the parser's own rule: a phrase
    ("'a b' \"c", "\"a b\" \"c"),            # an unbalanced double quote: the pairs from the left, as the parser's
    ("\"c 'a b' d\"", "\"c 'a b' d\""),      # inside double quotes, as typed
])
def test_which_single_quotes_make_a_phrase(typed: str, read: str) -> None:
    assert phrases_double_quoted(typed) == read


def test_a_minus_in_a_single_quoted_phrase_is_a_word_of_it_on_the_command_line(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"a.txt": "Oil news\n\nThey said a oil gas deal was near.\n",
                                      "b.txt": "Gas news\n\nThey said a gas deal without the black stuff.\n"})
    assert jsonl_ids(index, "'a -oil gas'") == jsonl_ids(index, '"a -oil gas"') == ["a.txt"]
    assert found_ids(index, "'a -oil gas'") == ["a.txt"]


_ARTICLES = "\n".join([
    '{"id": "a", "title": "Oil news", "text": "They said a oil gas deal was near.", "author": "Jane Doe"}',
    '{"id": "b", "title": "Police calm", "text": "Police said the day was quiet."}',
    '{"id": "c", "title": "Police report", "text": "Police said gunmen fled."}',
])


@pytest.fixture(scope="module")
def notes_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("single-quoted-notes"), {"news.jsonl": _ARTICLES + "\n"})


@pytest.mark.parametrize(("typed", "notice"), [
    # the NOT's note had read the phrase's "-said'" as a NOT of the query's, and its "(" as a group
    ("'police -said' -police", "-police leaves out every article 'police -said' finds: 'police -said' alone finds 2"),
    ("'police (said' -police", "-police leaves out every article 'police (said' finds: 'police (said' alone finds 2"),
    ("'oil gas' -'gas deal'", "-'gas deal' leaves out every article 'oil gas' finds: 'oil gas' alone finds 1"),
    # the note on a quote's words had not seen a phrase closing after a bracket, and that on a name none in single quotes
    ("'oil gas)' prices", "the words outside the quote are in no article with it: the quote alone finds 1"),
    ("'Jane Doe'", "Jane Doe is searched as words of the text: 'author:\"Jane Doe\"', the articles by that author, "
                   "finds 1"),
    # a phrase and a word are two parts: --match any finds the gunmen (anyhints.py; the phrase's w/ is its word)
    ("'police w/ quiet' gunmen", "no article has all these words: --match any finds 1"),
])
def test_the_notes_read_a_single_quoted_phrase_as_a_double_quoted_one(notes_index: Path, typed: str,
                                                                       notice: str | None) -> None:
    from newssearch import open_index

    with open_index(notes_index) as idx:
        assert idx.search(typed).notice == notice
        double = idx.search(typed.replace("'", '"')).notice
    assert (double or "").replace('"', "'") == (notice or "").replace('"', "'")


def test_a_proximity_or_a_boost_after_a_single_quoted_phrase_is_the_phrase_s() -> None:
    # 'oil gas'~3 had been oil and a fuzzy word "gas'" (up to 2 edits); 'oil gas'^x had found nothing and said nothing
    assert parse_user_query("'oil gas'~3", SCHEMA).query == parse_user_query('"oil gas"~3', SCHEMA).query
    with pytest.raises(InvalidQuery, match="cannot read the boost"):
        parse_user_query("'oil gas'^x", SCHEMA)
