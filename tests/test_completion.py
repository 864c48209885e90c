"""Shell completion (click's: `eval "$(_NEWSSEARCH_COMPLETE=bash_source newssearch)"`): an article's id for show and
similar from the index, the folder of --index-dir, the topics of help; never an error printed at TAB."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch import open_index
from newssearch.cli import cli
from newssearch.config import INDEX_DIR_ENV

SEEDS = ["000_952a12dfe0af93bf.txt", "001_a59f359fbf363ca3.txt", "002_a53b20ab34f5de83.txt"]


def completed(typed: str, shell: str = "bash", env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """What the shell's TAB after ``newssearch typed`` gets: exit code, stdout (click's ``type,value`` lines for
    bash; for zsh, three lines an item), stderr."""
    words = f"newssearch {typed}"
    result = CliRunner().invoke(cli, [], prog_name="newssearch", env={
        "_NEWSSEARCH_COMPLETE": f"{shell}_complete", "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split(" ")) - 1), INDEX_DIR_ENV: "", **(env or {})})
    return result.exit_code, result.stdout, result.stderr


def test_the_library_lists_the_ids_that_start_with_a_prefix_in_natural_order(tmp_path: Path) -> None:
    index_dir = index_of_texts(tmp_path, {name: f"Story {name}\n\nPolice said more.\n"
                                          for name in ["b10.txt", "b2.txt", "a1.txt"]})
    with open_index(index_dir) as idx:
        assert (idx.ids(), idx.ids("b"), idx.ids("c")) == (["a1.txt", "b2.txt", "b10.txt"], ["b2.txt", "b10.txt"], [])


@pytest.mark.parametrize("command", ["show", "similar"])
def test_an_id_is_completed_from_the_index(built: Path, command: str) -> None:
    assert completed(f"{command} --index-dir {built} 00") == (0, "".join(f"plain,{i}\n" for i in SEEDS), "")
    assert completed(f"{command} --index-dir {built} 001") == (0, f"plain,{SEEDS[1]}\n", "")


def test_the_index_is_found_as_the_command_finds_it(built: Path) -> None:
    assert completed(f"--index {built} show 002") == (0, f"plain,{SEEDS[2]}\n", "")  # the group's option
    assert completed("show 002", env={INDEX_DIR_ENV: str(built)}) == (0, f"plain,{SEEDS[2]}\n", "")


def test_an_id_with_a_space_is_escaped_for_bash_alone(tmp_path: Path) -> None:
    index_dir = index_of_texts(tmp_path, {"my story.txt": "My story\n\nPolice said more.\n"})
    # its backslash twice: click's bash script reads the line with `read`, which takes one away
    assert completed(f"show --index {index_dir} my") == (0, "plain,my\\\\ story.txt\n", "")
    assert completed(f"show --index {index_dir} my", shell="zsh") == (0, "plain\nmy story.txt\n_\n", "")


@pytest.mark.parametrize("index_dir", ["nowhere", "README.md"])
def test_no_index_there_completes_nothing_and_says_nothing(index_dir: str) -> None:
    folder = Path(__file__).parent.parent / index_dir
    assert completed(f"show --index {folder} 00") == (0, "\n", "")  # click's bash script: no item


def test_the_index_folder_is_completed_as_a_folder() -> None:
    assert completed("query --index-dir ind") == (0, "dir,ind\n", "")
    assert completed("--index ind") == (0, "dir,ind\n", "")


def test_help_completes_its_topics() -> None:
    assert completed("help ") == (0, "".join(f"plain,{topic}\n" for topic in [
        "syntax", "help", "index", "query", "show", "similar", "stats", "timeline"]), "")
    assert completed("help s") == (0, "plain,syntax\nplain,show\nplain,similar\nplain,stats\n", "")


def test_the_readme_shows_what_tab_completes(features_index: Path) -> None:
    """README's Shell completion lists, on tests/fixtures/features: each `$ newssearch …<TAB><TAB>` and the items."""
    section = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = section.split("## Shell completion", 1)[1].split("```\n", 2)[1]
    lines = block.splitlines()
    examples = list(zip(lines[0::2], lines[1::2], strict=True))
    assert examples
    for typed, shown in examples:
        words = typed.removeprefix("$ newssearch ").removesuffix("<TAB><TAB>")
        _, printed, _ = completed(words, shell="zsh", env={INDEX_DIR_ENV: str(features_index)})
        assert printed.splitlines()[1::3] == shown.split(), typed
