"""``show`` given the start of a long hashed file name, as git takes a short hash."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.idprefixes import MIN_PREFIX, prefix_matches

IDS = ["html/374ac9a59a85f00d.html", "html/374ac9a59a85beef.html", "html/9f1c2e7b00aa.html", "old/9f1c2e7b00ab.html",
       "feed.xml#123456", "feed.xml#1234567", "police-dog.txt", "bbc/politics/010.txt", "bbc/tech/010.txt"]


@pytest.mark.parametrize("typed, expected", [
    ("html/9f1c2e", ["html/9f1c2e7b00aa.html"]),
    ("9f1c2e7b00a", ["html/9f1c2e7b00aa.html", "old/9f1c2e7b00ab.html"]),   # no folder typed: any folder's
    ("./html/9F1C2E7", ["html/9f1c2e7b00aa.html"]),                           # typed from the shell, upper case
    ("html/374ac9a59a85", ["html/374ac9a59a85beef.html", "html/374ac9a59a85f00d.html"]),
    ("police", ["police-dog.txt"]),
    ("html/9f1c2", []),                      # shorter than MIN_PREFIX: too likely to be a word, as git's 4
    ("feed.xml#123456", []),                 # a record's key is typed whole: #3 is not #30
    ("new/9f1c2e7b", []),                    # the folder typed is the id's, or the end of it
    ("tml/9f1c2e7b", []),
    ("bbc/politics/010", ["bbc/politics/010.txt"]),   # a name typed whole without its suffix, however short
    ("politics/010", ["bbc/politics/010.txt"]),
    ("010", ["bbc/politics/010.txt", "bbc/tech/010.txt"]),
    ("bbc/politics/01", []),                          # the start of a short name is still too likely a number
])
def test_prefix_matches(typed: str, expected: list[str]) -> None:
    assert MIN_PREFIX == 6
    assert sorted(prefix_matches(typed, IDS)) == expected


def run(index_dir: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [*args, "--index-dir", str(index_dir), "--color", "never"])


def test_show_takes_an_unambiguous_start_of_a_hashed_name_and_names_the_ids_an_ambiguous_one_means(
        tmp_path: Path) -> None:
    """``show html/374ac9a59a85`` had said only "no article with id …" (ids are paths relative to the corpus)."""
    corpus = tmp_path / "corpus"
    (corpus / "html").mkdir(parents=True)
    pages = {"374ac9a59a85f00d": "Ferry", "374ac9a59a85beef": "Storm", "9f1c2e7b00aa": "Budget",
             "9f1c2e": "Short"}
    for name, title in pages.items():
        (corpus / "html" / f"{name}.html").write_text(f"<title>{title}</title><p>{title} zqword.</p>",
                                                     encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    index_dir = tmp_path / "index"
    shown = run(index_dir, "show", "html/374ac9a59a85f")
    assert (shown.exit_code, shown.stdout.splitlines()[:2]) == (0, ["Ferry", "id: html/374ac9a59a85f00d.html"])
    assert run(index_dir, "show", "9f1c2e7").stdout.splitlines()[:2] == ["Budget", "id: html/9f1c2e7b00aa.html"]
    exact = run(index_dir, "show", "html/9f1c2e.html")        # an id in full wins over one it starts
    assert exact.stdout.splitlines()[:2] == ["Short", "id: html/9f1c2e.html"]
    both = run(index_dir, "show", "html/374ac9a59a85")
    assert (both.exit_code, both.stdout) == (2, "")
    assert both.stderr == ("Error: no article with id 'html/374ac9a59a85' (did you mean html/374ac9a59a85beef.html "
                           "or html/374ac9a59a85f00d.html?)\n")
    short = run(index_dir, "show", "html/374ac")
    assert (short.exit_code, short.stdout) == (2, "")
    assert "did you mean" not in short.stderr
