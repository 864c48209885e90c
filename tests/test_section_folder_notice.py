"""A ``section:`` typed for a folder of the corpus: an archive kept a folder a section (BBC News's ``bbc/politics``)
names no section in its articles, so ``section:politics`` had said only "no article in this index has a section",
leaving the user no way to the folder's articles; the note names the ``id:`` pattern that finds them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli

FILES = {
    "bbc/politics/001.txt": "Blair backs budget\n\nTony Blair backed the budget on Monday.\n",
    "bbc/politics/002.txt": "Brown plans\n\nGordon Brown set out his plans.\n",
    "bbc/sport/001.txt": "Cup final\n\nThe cup final ended in a draw.\n",
    "guardian/politics/009.txt": "Vote looms\n\nMPs vote on Tuesday.\n",
}
SECTIONED = '{"id": "a", "title": "Shot fired", "section": "Crime", "text": "A shot was fired in the street."}\n'


def _index(root: Path, files: dict[str, str]) -> Path:
    """An index of ``files`` (a path under the corpus: its text) built under ``root``."""
    corpus = root / "corpus"
    for name, text in files.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, root / "index")
    return root / "index"


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of folders, its articles naming no section."""
    return _index(tmp_path_factory.mktemp("folders"), FILES)


def _query(index: Path, text: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["query", text, "--index-dir", str(index), "-n", "0"])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("typed", ["section:sport", "section:Sport", "cup section:sport", "category:sport"])
def test_a_section_typed_for_a_folder_names_the_pattern_that_finds_its_articles(folders: Path, typed: str) -> None:
    assert _query(folders, typed) == (1, "", f"No articles match '{typed}'.\n"
                                             "Note: no article in this index has a section; sport is the name of a "
                                             "folder: 'id:bbc/sport/*' finds its 1 article.\n")


def test_the_pattern_named_finds_the_folder_s_articles(folders: Path) -> None:
    assert _query(folders, "id:bbc/politics/*") == (0, "2 results for 'id:bbc/politics/*'\n", "")


def test_a_section_typed_for_two_folders_names_both(folders: Path) -> None:
    assert _query(folders, "section:politics") == (
        1, "", "No articles match 'section:politics'.\n"
               "Note: no article in this index has a section; politics is the name of 2 folders: "
               "'id:bbc/politics/*' finds 2 articles, 'id:guardian/politics/*' 1.\n")


def test_a_section_naming_no_folder_is_told_as_before(folders: Path) -> None:
    assert _query(folders, "section:crime") == (1, "", "No articles match 'section:crime'.\n"
                                                       "Note: no article in this index has a section.\n")
    assert _query(folders, "section:001.txt") == (1, "", "No articles match 'section:001.txt'.\n"
                                                         "Note: no article in this index has a section.\n")


def test_beside_the_sections_the_index_holds(tmp_path: Path) -> None:
    index = _index(tmp_path, {**FILES, "wire.jsonl": SECTIONED})
    assert _query(index, "section:sport") == (1, "", "No articles match 'section:sport'.\n"
                                                     "Note: no article in this index is in section sport (its "
                                                     "sections: Crime); sport is the name of a folder: "
                                                     "'id:bbc/sport/*' finds its 1 article.\n")
