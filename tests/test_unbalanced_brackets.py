"""A bracket with no partner is left out of the query, and the query's note says so, as for an unbalanced quote: a
round one, and a square or curly one (Lucene's range brackets), which the parser passes over alike.

``(oil AND`` and ``oil)`` had run without a word: the parser drops such a bracket (an unclosed group's words are
read as if unbracketed, a stray closing bracket is passed over), and only the quote's case was said.
"""

from __future__ import annotations

import pytest

from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA


@pytest.mark.parametrize(("typed", "note"), [
    ("(oil AND", "AND at the end of the query has no word after it (AND, OR and NOT need a word after them): left out, "
                 "searching '(oil'; an unbalanced bracket was ignored"),
    ("oil)", "an unbalanced bracket was ignored"),
    ("(oil OR gas) prices)", "an unbalanced bracket was ignored"),
    ("((oil", "2 unbalanced brackets were ignored"),
    ("oil) (gas", "2 unbalanced brackets were ignored"),
    ('"oil (gas', "an unbalanced quote was closed at the query's end"),  # the bracket inside the phrase: no syntax
    ('oil" (gas', "an unbalanced quote was ignored; an unbalanced bracket was ignored"),
    ("(oil OR gas) prices", None),
    ('"oil (gas" prices', None),       # inside quotes a bracket is no syntax
    ("oil prices :-)", None),          # a smiley is no bracket
    ("oil prices :(", None),
    # a square or curly bracket (Lucene's range brackets) with no partner, passed over alike
    ("[oil", "an unbalanced bracket was ignored"),
    ("{oil", "an unbalanced bracket was ignored"),
    ("oil]", "an unbalanced bracket was ignored"),
    ("oil}", "an unbalanced bracket was ignored"),
    ("[oil gas", "an unbalanced bracket was ignored"),
    ("(oil [gas)", "an unbalanced bracket was ignored"),
    ("[[oil", "2 unbalanced brackets were ignored"),
    ("(oil [gas", "2 unbalanced brackets were ignored"),
    ("oil [2020 TO 2021", "an unbalanced bracket was ignored"),
    ("[oil gas]", None),
    ("{oil gas}", None),
    ("date:[2020 TO 2021] oil", None),
    ("date:{2020-06 TO *] oil", None),  # a range may open with one kind and close with the other
    ('"oil [gas" prices', None),       # inside quotes a bracket is no syntax
    ("oil prices :-]", None),          # nor a smiley's
    ("oil prices :[", None),
])
@pytest.mark.parametrize("match", ["all", "any"])
def test_an_unbalanced_bracket_is_said_in_the_note(typed: str, note: str | None, match: str) -> None:
    assert parse_user_query(typed, SCHEMA, match).notice == note


def test_the_bracket_ignored_changes_nothing_searched() -> None:
    assert parse_user_query("(oil AND", SCHEMA).query == parse_user_query("oil", SCHEMA).query
    assert parse_user_query("(oil gas) prices)", SCHEMA).query == parse_user_query("(oil gas) prices", SCHEMA).query
    assert parse_user_query("[oil", SCHEMA).query == parse_user_query("oil", SCHEMA).query
    assert parse_user_query("{oil gas", SCHEMA).query == parse_user_query("oil gas", SCHEMA).query


CLOSED = "the bracket after {} was closed at the end of the query"


@pytest.mark.parametrize(("typed", "closed", "note"), [
    ("source:(NZ Herald", "source:(NZ Herald)", CLOSED.format("source:")),
    ("author:(Jane Smith", "author:(Jane Smith)", CLOSED.format("author:")),
    ("oil title:(gas prices", "oil title:(gas prices)", CLOSED.format("title:")),
    ("-source:(NZ Herald", "-source:(NZ Herald)", CLOSED.format("source:")),
    ("Source:(NZ Herald", "Source:(NZ Herald)", CLOSED.format("Source:")),
    ("source:(rnz, stuff", "source:(rnz, stuff)", CLOSED.format("source:")),  # a list, as closed
    ('source:("NZ Herald" OR RNZ', 'source:("NZ Herald" OR RNZ)', CLOSED.format("source:")),
    ("title:(oil (gas) prices", "title:(oil (gas) prices)", CLOSED.format("title:")),
    ("title:(oil OR (gas", "title:(oil OR (gas))", CLOSED.format("title:")),  # a group inside it closed too
    ("title:(oil author:(jane", "title:(oil author:(jane))", "the brackets after title: and author: were closed at "
                                                              "the end of the query"),
    ("(oil source:(NZ Herald", "oil source:(NZ Herald)",  # a bracket before the field's passed over, as before
     CLOSED.format("source:") + "; an unbalanced bracket was ignored"),
])
@pytest.mark.parametrize("match", ["all", "any"])
def test_a_fields_group_left_open_is_closed_at_the_end(typed: str, closed: str, note: str, match: str) -> None:
    # passed over, the field had been its first word's alone: source:nz AND herald in the text, finding nothing
    parsed = parse_user_query(typed, SCHEMA, match)
    assert (parsed.query, parsed.notice) == (parse_user_query(closed, SCHEMA, match).query, note)


@pytest.mark.parametrize(("typed", "note"), [
    ("source:(NZ Herald) oil (gas", "an unbalanced bracket was ignored"),  # no field's
    ('"source:(NZ" Herald', None),                                          # in quotes
])
def test_only_a_fields_group_left_open_is_closed(typed: str, note: str | None) -> None:
    assert parse_user_query(typed, SCHEMA).notice == note
