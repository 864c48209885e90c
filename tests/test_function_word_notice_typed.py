"""The note on a function word kept out of its language's articles names the word as it was typed: ``Só Der`` had
been told "der and só are very common words", lower-cased and out of order, and ``Dér`` "der and dér", its one word
named twice (its folded and its written forms)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newssearch import build_index, open_index

ARTICLES = [
    {"id": "de1", "language": "de", "title": "Die Wahlen", "body": "Vor den Wahlen fiel der Markt."},
    {"id": "en1", "language": "en", "title": "Soldiers die in war", "body": "Two soldiers die in the war, the army said."},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("functionnotice")
    (root / "corpus").mkdir()
    lines = (json.dumps(article, ensure_ascii=False) for article in ARTICLES)
    (root / "corpus" / "news.jsonl").write_text("\n".join(lines), encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


def _said(named: str, many: bool) -> str:
    are, it, word = ("are", "them", "words") if many else ("is a", "it", "word")
    return (f"{named} {are} very common {word} in articles in lang:de, searched in them only in a phrase (quote {it} "
            f"with the words beside {it}): 1 of them has the query's words, and no article in another language matches")


@pytest.mark.parametrize(("text", "named", "many"), [
    ("der", "der", False),
    ("Der", "Der", False),
    ("Dér", "Dér", False),
    ("Só Der", "Só and Der", True),
    ("Der Só", "Der and Só", True),
    ("der den", "der and den", True),
    ("Der der", "Der", False),  # one word, named once
])
def test_the_note_names_each_function_word_as_typed(index: Path, text: str, named: str, many: bool) -> None:
    with open_index(index) as ix:
        result = ix.search(text)
    assert (result.total, result.notice) == (0, _said(named, many))
