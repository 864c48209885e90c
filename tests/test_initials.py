"""A name's initials find each other however they are dotted and spaced: ``J. K. Rowling`` finds "JK Rowling"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import found_ids

from newssearch import build_index
from newssearch.initialruns import initial_runs

# Each spelling once in a body (no byline), and two bylines whose bodies name nobody.
SPELLINGS = {"dotted": "J.K. Rowling", "spaced": "J. K. Rowling", "joined": "JK Rowling", "bare": "J K Rowling",
             "tdotted": "J.R.R. Tolkien", "tspaced": "J. R. R. Tolkien", "tjoined": "JRR Tolkien",
             "esmith": "E. D. Smith", "ayer": "A. J. Ayer", "ajayer": "AJ Ayer"}
BYLINES = {"bydotted": "J.K. Rowling", "byjoined": "JK Rowling"}
ROWLING = ["bare.json", "dotted.json", "joined.json", "spaced.json"]
TOLKIEN = ["tdotted.json", "tjoined.json", "tspaced.json"]


@pytest.fixture(scope="module")
def initials_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("initials")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, spelling in SPELLINGS.items():
        article = {"title": f"Book {name}", "text": f"A new book by {spelling} was published on Monday."}
        (corpus / f"{name}.json").write_text(json.dumps(article), encoding="utf-8")
    for name, byline in BYLINES.items():
        article = {"title": f"Review {name}", "text": "A review of a new novel.", "author": byline}
        (corpus / f"{name}.json").write_text(json.dumps(article), encoding="utf-8")
    build_index(corpus, root / "index", rebuild=True)
    return root / "index"


@pytest.mark.parametrize("typed", [*SPELLINGS.values()][:4])
def test_each_spelling_of_initials_finds_every_other(initials_index: Path, typed: str) -> None:
    assert found_ids(initials_index, typed) == ROWLING
    assert found_ids(initials_index, f'"{typed}"') == ROWLING
    assert found_ids(initials_index, f'"by {typed} was"') == ROWLING  # words before the run keep their places


@pytest.mark.parametrize("typed", ["J.R.R. Tolkien", "J. R. R. Tolkien", "JRR Tolkien", '"J R R Tolkien"'])
def test_three_initials(initials_index: Path, typed: str) -> None:
    assert found_ids(initials_index, typed) == TOLKIEN


@pytest.mark.parametrize("typed", ['author:"JK Rowling"', 'author:"J. K. Rowling"', 'author:"J.K. Rowling"'])
def test_initials_in_a_byline(initials_index: Path, typed: str) -> None:
    assert found_ids(initials_index, typed) == ["bydotted.json", "byjoined.json"]


@pytest.mark.parametrize("typed", ["AJ Ayer", '"AJ Ayer"', '"A. J. Ayer"', '"by A J Ayer"'])
def test_an_initial_spelling_a_function_word(initials_index: Path, typed: str) -> None:
    # "A" is a function word, its term a\x1f in a title or body: a phrase of the letters had found nothing
    assert found_ids(initials_index, typed) == ["ajayer.json", "ayer.json"]


def test_a_word_with_small_letters_is_no_initials(initials_index: Path) -> None:
    assert found_ids(initials_index, "Ed Smith") == []


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("J. K. Rowling", {"jk": ("j", "k")}),
        ('author:"JRR Tolkien"', {"jrr": ("j", "r", "r")}),
        ("A J Ayer", {"aj": ("a", "j")}),
        # acronyms keep their own rule: their term is no letters joined ("us."), and 4 capitals are a word
        ("US President", {}), ("U.S. Senate", {}), ("U. N. Secretary", {}), ("HSBC Holdings", {}),
        ("George W. Bush", {}), ("Ed Smith", {}), ("JK rowling", {}), ("MP3 Player", {}), ("J. R. R. R. Tolkien", {}),
        ("talks in the UK. The talks", {}), ("J.K Rowling", {"jk": ("j", "k")}),
    ],
)
def test_initial_runs(text: str, runs: dict[str, tuple[str, ...]]) -> None:
    assert initial_runs(text) == runs
