"""A negation typed twice, and a NOT of a bracket of NOTs. Beside each other, two negations are one NOT, as README's
syntax table says (``NOT NOT gunmen``, ``--gunmen``, ``NOT -gunmen``), and a note says one was read once; a NOT of a
group holding a NOT alone is its words, as Elasticsearch reads ``-(-gunmen)`` (tests/querylogic.py agrees). An operator
touching a bracket is the operator, as Lucene's tokenizer splits ``NOT(gunmen)``: the parser had read that NOT as a
word, a stop word dropped, so ``police NOT(gunmen)`` had required gunmen."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import found_ids, index_of_texts

from newssearch.cli import cli
from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA

TEXTS = {"gunmen.txt": "Police report\n\nPolice said gunmen fled the scene.\n",
         "calm.txt": "Police calm\n\nPolice said the day was quiet.\n",
         "fire.txt": "Fire\n\nFirefighters said gunmen started it.\n"}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("negations"), TEXTS)


@pytest.mark.parametrize("typed", [
    "police NOT(gunmen)",         # had required gunmen: NOT glued to its bracket was a word
    "police NOT NOT(gunmen)",     # the same, after the NOT typed twice was read once
    "police -NOT(gunmen)",
    "police NOT NOT gunmen",
    "police NOT NOT (gunmen)",
    "police --gunmen",
])
@pytest.mark.parametrize("match", ["all", "any"])
def test_negations_beside_each_other_are_one_not(index: Path, typed: str, match: str) -> None:
    assert found_ids(index, typed, match=match) == found_ids(index, "police -gunmen", match=match) == ["calm.txt"]


@pytest.mark.parametrize("typed", [
    "police -(-gunmen)",
    "police NOT (NOT gunmen)",
    "police NOT(NOT gunmen)",     # had left gunmen out: its first NOT was a word
    "police NOT (-gunmen)",
    "police -(NOT gunmen)",
])
def test_a_not_of_a_bracket_of_nots_is_its_words(index: Path, typed: str) -> None:
    assert found_ids(index, typed) == found_ids(index, "police gunmen") == ["gunmen.txt"]


@pytest.mark.parametrize(("typed", "alike"), [
    ("calm OR(fire)", "calm OR fire"),            # had been calm AND fire: OR( was a word
    ("(calm)OR(fire)", "calm OR fire"),
    ("police AND(gunmen OR quiet)", "police AND (gunmen OR quiet)"),
])
def test_an_operator_touching_a_bracket_is_the_operator(index: Path, typed: str, alike: str) -> None:
    assert found_ids(index, typed) == found_ids(index, alike) != []


@pytest.mark.parametrize(("typed", "notice"), [
    ("police NOT NOT gunmen", '"NOT NOT" is read as one NOT: a negation typed twice is one'),
    ("police NOT NOT(gunmen)", '"NOT NOT" is read as one NOT: a negation typed twice is one'),
    ("police --gunmen", '"--" is read as one NOT: a negation typed twice is one'),
    ("police NOT -gunmen !!fire", '"NOT -" and "!!" are read as one NOT each: a negation typed twice is one'),
    ("police -(-gunmen)", None),                  # a NOT of a group: nothing left out
    ("police NOT(gunmen)", None),
    ("police 'NOT NOT gunmen'", None),            # a phrase's words
    ('police "a --b"', None),
    ("police not not gunmen", '"not" in lower case is a word, not an operator: type NOT'),
    ("covid--19 police", None),                   # no sign at a word's start
    ("police ---gunmen", '"---" is read as one NOT: a negation typed twice is one'),
    ("police ---", None),                         # signs alone negate nothing: its first two had been named as a NOT
    ("police --- gunmen", None), ("police !!! gunmen", None), ("police -!- gunmen", None),
])
def test_a_note_says_when_a_negation_typed_twice_is_read_once(typed: str, notice: str | None) -> None:
    assert parse_user_query(typed, SCHEMA).notice == notice


@pytest.mark.parametrize("typed", ["police ---", "police --- gunmen"])
def test_a_run_of_signs_alone_gets_no_note_on_a_negation(index: Path, typed: str) -> None:
    # '"--" is read as one NOT' had been said of "---", which leaves nothing out: gunmen is still required
    result = CliRunner().invoke(cli, ["query", typed, "--index-dir", str(index), "--csv"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert found_ids(index, typed) == found_ids(index, typed.replace("---", "")) != []


def test_the_command_line_says_so(index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "police NOT NOT(gunmen)", "--index-dir", str(index), "--jsonl"])
    assert result.exit_code == 0
    assert [line for line in result.stdout.splitlines() if '"calm.txt"' in line] != []
    assert "gunmen.txt" not in result.stdout
    assert 'Note: "NOT NOT" is read as one NOT: a negation typed twice is one' in result.stderr


@pytest.mark.parametrize(("typed", "notice"), [
    # the NOT glued to its bracket had been no NOT to the note: "its NOTs leave out …", or "NOT NOT(police)" named
    ("police NOT(police)", "NOT (police) leaves out every article police finds: police alone finds 2"),
    ("police NOT NOT(police)", '"NOT NOT" is read as one NOT: a negation typed twice is one; '
                               "NOT (police) leaves out every article police finds: police alone finds 2"),
])
def test_the_note_on_a_not_leaving_out_every_article_reads_it_as_the_parser_does(index: Path, typed: str,
                                                                                  notice: str) -> None:
    from newssearch import open_index

    with open_index(index) as idx:
        result = idx.search(typed)
    assert (result.total, result.notice) == (0, notice)
