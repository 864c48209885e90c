"""Bad index: a damaged or foreign index folder gives one clear line with the fix, and --rebuild recovers."""

from __future__ import annotations

import os
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import (
    IndexCorrupt,
    IndexNotFound,
    IndexNotWritable,
    InvalidArgument,
    build_index,
    open_index,
)
from newssearch.cli import cli
from newssearch.store import MANIFEST, load_manifest

SHOOTING = "000_952a12dfe0af93bf.txt"


def live_folder(index_dir: Path) -> Path:
    manifest = load_manifest(index_dir)
    assert manifest is not None
    return index_dir / manifest.active


def files_of(index_dir: Path, suffix: str) -> list[Path]:
    return sorted(p for p in live_folder(index_dir).iterdir() if p.is_file() and p.name.endswith(suffix))


def truncate(path: Path, keep: float = 0.5) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def scramble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(path.name)
    for _ in range(max(8, len(data) // 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "manifest truncated": lambda ix: truncate(ix / MANIFEST, 0.6),
    "manifest empty": lambda ix: (ix / MANIFEST).write_text(""),
    "manifest is a list": lambda ix: (ix / MANIFEST).write_text("[]"),
    "manifest of wrong types": lambda ix: (ix / MANIFEST).write_text('{"active": 5, "corpus": [], "files": 3}'),
    "manifest names a missing folder": lambda ix: (ix / MANIFEST).write_text(
        (ix / MANIFEST).read_text().replace('"active":"ix-', '"active":"gone-')),
    "manifest is binary": lambda ix: (ix / MANIFEST).write_bytes(os.urandom(300)),
    "whoosh folder removed": lambda ix: shutil.rmtree(live_folder(ix)),
    "toc removed": lambda ix: [p.unlink() for p in files_of(ix, ".toc")],
    "toc random bytes": lambda ix: [p.write_bytes(os.urandom(p.stat().st_size)) for p in files_of(ix, ".toc")],
    "toc scrambled": lambda ix: [scramble(p) for p in files_of(ix, ".toc")],
    "toc truncated": lambda ix: [truncate(p) for p in files_of(ix, ".toc")],
    "segment files removed": lambda ix: [p.unlink() for p in files_of(ix, "") if not p.name.endswith(".toc")],
    "segment files truncated": lambda ix: [truncate(p) for p in files_of(ix, ".seg")],
    "segment files emptied": lambda ix: [truncate(p, 0) for p in files_of(ix, ".seg")],
    "segment files scrambled": lambda ix: [scramble(p) for p in files_of(ix, ".seg")],
    "every file emptied": lambda ix: [truncate(p, 0) for p in files_of(ix, "")],
}
COMMANDS = {
    "query": ["query", "police"],
    "show": ["show", SHOOTING],
    "stats": ["stats"],
}


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


def assert_one_clear_line(result, fix: str = "--rebuild") -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr, result.exception)
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert fix in result.stderr, result.stderr


@pytest.mark.parametrize("damage", ["toc random bytes", "whoosh folder removed", "segment files removed"])
def test_a_readable_manifest_names_its_corpus_in_the_fix(damage: str, built: Path, corpus: Path) -> None:
    DAMAGE[damage](built)
    result = invoke("query", "police", "--index-dir", str(built))
    assert_one_clear_line(result, fix=f"run `newssearch index --rebuild {corpus} --index-dir {built}`")


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_index_gives_one_line_with_the_fix_and_rebuild_recovers(damage: str, built: Path,
                                                                         corpus: Path) -> None:
    DAMAGE[damage](built)
    outcomes = {}
    for name, args in COMMANDS.items():
        result = invoke(*args, "--index-dir", str(built))
        if result.exit_code == 2:
            assert_one_clear_line(result)
        outcomes[name] = result.exit_code
    # A damage Whoosh can read around (say a scrambled stored field) may still answer; it must not crash.
    assert set(outcomes.values()) <= {0, 1, 2}, outcomes
    update = invoke("index", str(corpus), "--index-dir", str(built))
    if update.exit_code != 0:
        assert_one_clear_line(update)
    rebuilt = invoke("index", "--rebuild", str(corpus), "--index-dir", str(built))
    assert rebuilt.exit_code == 0, rebuilt.stderr
    found = invoke("query", "armed offenders", "--index-dir", str(built))
    assert found.exit_code == 0 and SHOOTING in found.stdout
    assert invoke("show", SHOOTING, "--index-dir", str(built)).exit_code == 0
    assert invoke("stats", "--index-dir", str(built)).exit_code == 0
    assert len([p for p in built.iterdir() if p.name.startswith("ix-")]) == 1


@pytest.mark.parametrize("damage", ["manifest truncated", "toc removed", "whoosh folder removed",
                                    "segment files removed"])
def test_obvious_damage_is_reported_by_every_command(damage: str, built: Path, corpus: Path) -> None:
    DAMAGE[damage](built)
    for args in COMMANDS.values():
        assert_one_clear_line(invoke(*args, "--index-dir", str(built)))
    assert_one_clear_line(invoke("index", str(corpus), "--index-dir", str(built)))


def test_foreign_folder_is_refused_and_left_alone(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("my notes")
    for args in COMMANDS.values():
        assert_one_clear_line(invoke(*args, "--index-dir", str(folder)), fix="a folder that `newssearch index` made")
    assert_one_clear_line(invoke("index", str(corpus), "--index-dir", str(folder)), fix="or a new one")
    assert_one_clear_line(invoke("index", str(corpus), "--index-dir", str(folder), "--rebuild"), fix="or a new one")
    assert_one_clear_line(invoke("index", str(corpus), "--index-dir", str(corpus), "--rebuild"), fix="give another --index-dir")
    assert (folder / "notes.txt").read_text() == "my notes"
    assert sorted(path.name for path in folder.iterdir()) == ["notes.txt"]  # no lock file left behind


def test_index_dir_that_is_a_file(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "afile"
    path.write_text("x")
    for args in [*COMMANDS.values(), ["index", str(corpus)]]:
        result = invoke(*args, "--index-dir", str(path))
        assert result.exit_code == 2 and result.stderr.splitlines()[-1].startswith("Error: "), result.stderr
        assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
    assert path.read_text() == "x"
    assert "Invalid value for '--index-dir': " in result.stderr and "NEWSSEARCH_INDEX" not in result.stderr


def test_index_dir_inside_a_file(tmp_path: Path, corpus: Path) -> None:
    """A path through a file (an export given a name below it: export.jsonl/ix) holds no index: a search had said
    "cannot read export.jsonl/ix/newssearch.json: Not a directory", with a rebuild there, which fails, as the fix.
    (``index`` says it cannot write there: test_reliability_crash.)"""
    path = tmp_path / "afile"
    path.write_text("x")
    inside = path / "ix" / "deeper"
    said = f"{inside} cannot be a folder: {path} is a file (give the folder that `newssearch index` made)"
    for args in COMMANDS.values():
        result = invoke(*args, "--index-dir", str(inside))
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"Error: {said}\n")
    with pytest.raises(IndexNotFound, match=f"^{re.escape(said)}$"):
        open_index(inside)
    assert path.read_text() == "x"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_index_dir_that_is_a_special_file(tmp_path: Path, corpus: Path) -> None:
    """A named pipe or a device (--index-dir /dev/null) is no folder either: it had been "cannot read
    …/newssearch.json: Not a directory", with a rebuild into it, which fails, as the fix."""
    path = tmp_path / "pipe"
    os.mkfifo(path)
    for args in [*COMMANDS.values(), ["index", str(corpus)]]:
        result = invoke(*args, "--index-dir", str(path))
        assert result.exit_code == 2, result.stderr
        assert result.stderr.startswith(f"Error: Invalid value for '--index-dir': {path} is a file, not the folder of an "
                                        "index (see: "), result.stderr


def test_an_empty_index_dir_is_refused_and_the_variable_named_when_it_set_it(tmp_path: Path, corpus: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """An unset variable in a script (``--index-dir "$IDX"``) had written ./index."""
    monkeypatch.chdir(tmp_path)
    result = invoke("index", str(corpus), "--index-dir", "")
    assert result.exit_code == 2 and "'--index-dir': it is empty" in result.stderr
    assert not (tmp_path / "index").exists()
    (tmp_path / "afile").write_text("x")
    monkeypatch.setenv("NEWSSEARCH_INDEX", str(tmp_path / "afile"))
    assert "Invalid value for '$NEWSSEARCH_INDEX': " in invoke("stats").stderr


BLANK_VARIABLE = ("Error: Invalid value for '$NEWSSEARCH_INDEX': it is blank, naming no folder: set it to the folder "
                  "of the index, or unset it for ./index (see: cli {} --help)\n")


@pytest.mark.parametrize("blank", [" ", "\t", "  \n"], ids=["space", "tab", "spaces and a newline"])
def test_a_blank_index_variable_is_refused_by_its_name(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                       blank: str) -> None:
    """NEWSSEARCH_INDEX=" " had built an index in a folder named " " (and every search had searched it): an empty one is
    unset, as click reads it, and a blank one names no folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSSEARCH_INDEX", blank)
    for args in [["index", str(corpus)], *COMMANDS.values()]:
        result = invoke(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", BLANK_VARIABLE.format(args[0]))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus"]
    assert invoke("stats", "--index-dir", str(tmp_path / "none")).stderr.startswith("Error: no index in ")  # given: it wins


@pytest.mark.parametrize("blank", [" ", "\t"])
def test_a_blank_index_folder_is_refused_by_the_api_naming_where_it_came_from(
        tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, blank: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidArgument, match=r"^index_dir is blank: it names no folder \(give the index's folder, "
                                              r"or None for the default\)$"):
        build_index(corpus, blank)
    monkeypatch.setenv("NEWSSEARCH_INDEX", blank)
    variable = (r"^\$NEWSSEARCH_INDEX is blank: it names no index folder \(set it to the index's folder, or unset it "
                r"for \./index\)$")
    with pytest.raises(InvalidArgument, match=variable):
        build_index(corpus)
    with pytest.raises(InvalidArgument, match=variable):
        open_index()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus"]


def test_missing_index_says_how_to_build_one(tmp_path: Path) -> None:
    for args in COMMANDS.values():
        assert_one_clear_line(invoke(*args, "--index-dir", str(tmp_path / "none")), fix="newssearch index")


@pytest.mark.parametrize("command", [
    ["query", "police"], ["query", "police", "--facets"], ["query", "police", "--since", "2020"],
    ["query", "police", "--recent"], ["query", "police", "--around", "2020-01-01"],
    ["query", "police", "--group-copies"], ["timeline", "police"], ["query", "police", "--json"],
])
def test_an_index_of_no_articles_finds_nothing_and_says_why(tmp_path: Path, command: list[str]) -> None:
    """A first run over files that are all empty or unreadable builds an index of no articles: searching it
    had failed with "unexpected NotImplementedError" (Whoosh's empty reader has no columns)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    assert invoke("index", str(corpus), "--index-dir", str(tmp_path / "ix")).exit_code == 0
    result = invoke(*command, "--index-dir", str(tmp_path / "ix"))
    assert result.exit_code == 1, result.output
    assert "this index holds no articles (`newssearch index" in result.output
    assert "--verbose` lists the files it skipped" in result.output


@pytest.mark.parametrize("command", [["query", "police"], ["timeline", "police"]])
def test_an_index_of_an_empty_corpus_sends_no_one_to_verbose_for_skips(tmp_path: Path, command: list[str]) -> None:
    """A corpus of no file newssearch reads skipped none: the note had told the user to run --verbose to list the
    files it skipped, a run that lists nothing."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert invoke("index", str(corpus), "--index-dir", str(tmp_path / "ix")).exit_code == 0
    result = invoke(*command, "--index-dir", str(tmp_path / "ix"))
    assert result.exit_code == 1, result.output
    assert "--verbose" not in result.output
    assert ("this index holds no articles: its corpus held no file of a type newssearch reads when indexed"
            in result.output)


def test_a_damaged_manifests_fix_names_the_index_folder(built: Path) -> None:
    """Run as shown, the fix rebuilds this index: without --index-dir it had built another in ./index/."""
    (built / MANIFEST).write_text("not json\n")
    for args in COMMANDS.values():
        result = invoke(*args, "--index-dir", str(built))
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == (f"Error: the index manifest {built / MANIFEST} is damaged "
                                 f"(run `newssearch index --rebuild CORPUS --index-dir {built}` to build it again)\n")


def test_a_damaged_manifests_fix_in_the_api_names_the_index_folder(built: Path) -> None:
    (built / MANIFEST).write_text("not json\n")
    with pytest.raises(IndexCorrupt) as caught:
        open_index(built)
    assert str(caught.value) == (f"the index manifest {built / MANIFEST} is damaged "
                                 f'(run `newssearch.build_index(CORPUS, "{built}", rebuild=True)` to build it again)')


TOO_LONG = "ix_" + "a" * 300  # one folder name longer than any file system allows (255 bytes)


@pytest.mark.parametrize("args", [["index", "CORPUS"], *COMMANDS.values(), ["timeline", "police"],
                                  ["similar", SHOOTING]])
def test_an_index_folder_name_too_long_is_one_line_with_why(args: list[str], corpus: Path) -> None:
    """It had been "Error: unexpected OSError: [Errno 36] File name too long: …" from every command."""
    command = [str(corpus) if arg == "CORPUS" else arg for arg in args]
    result = CliRunner().invoke(cli, [*command, "--index-dir", TOO_LONG], prog_name="newssearch")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: Invalid value for '--index-dir': the path or a folder name in it is too long: "
                             f"{TOO_LONG} (see: newssearch {args[0]} --help)\n")


def test_an_index_folder_name_too_long_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSEARCH_INDEX", TOO_LONG)
    result = CliRunner().invoke(cli, ["stats"], prog_name="newssearch")
    assert result.stderr == (f"Error: Invalid value for '$NEWSSEARCH_INDEX': the path or a folder name in it is too long: "
                             f"{TOO_LONG} (see: newssearch stats --help)\n")


@pytest.mark.parametrize(("name", "reason", "hint"), [
    (TOO_LONG, "the path or a folder name in it is too long", "give a shorter index_dir"),
    ("ix\x00b", "a path cannot hold a NUL character", "give another index_dir"),  # only a Python caller can pass one
])
def test_an_index_folder_no_folder_can_be_is_refused_by_the_api(name: str, reason: str, hint: str, corpus: Path,
                                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.iterdir())
    with pytest.raises(IndexNotWritable) as written:
        build_index(corpus, name)
    assert str(written.value) == f"cannot write the index in {name}: {reason} ({hint})"
    with pytest.raises(IndexNotFound) as opened:
        open_index(name)
    assert str(opened.value) == f"{reason}: {name}"
    assert sorted(tmp_path.iterdir()) == before


def test_an_index_dir_that_is_a_link_to_no_folder_says_so(tmp_path: Path, corpus: Path) -> None:
    # "index" -> /mnt/drive/index, the drive not mounted: had been "File exists (a file stands where a folder
    # should be: give another --index-dir)", though no file stands anywhere.
    link = tmp_path / "index"
    link.symlink_to(tmp_path / "gone" / "index")
    with pytest.raises(IndexNotWritable) as written:
        build_index(corpus, link)
    assert str(written.value) == (f"cannot write the index in {link}: it is a link to {tmp_path / 'gone' / 'index'}, "
                                  "which is not there (create that folder, or give another index_dir)")
    result = invoke("index", str(corpus), "--index-dir", str(link))
    assert result.exit_code == 2 and result.stderr.endswith("(create that folder, or give another --index-dir)\n")
    assert link.is_symlink() and not (tmp_path / "gone").exists()


# What Whoosh raised is no message for the person at the terminal: "(EmptyIndexError)" named a class of the library
# under us. Each damage says what is wrong with the index's files, in words, and the command that rebuilds it.
DAMAGE_IN_WORDS = {
    "toc removed": "its table of contents is missing",
    "toc truncated": "its table of contents cannot be read",
    "toc random bytes": "its table of contents cannot be read",
    "segment files removed": "a file of it is missing",
    "segment files emptied": "a file of it is cut short",
}


@pytest.mark.parametrize("damage", list(DAMAGE_IN_WORDS))
def test_a_damaged_index_says_what_is_wrong_in_words_not_whooshs_class(damage: str, built: Path,
                                                                        corpus: Path) -> None:
    DAMAGE[damage](built)
    for args in COMMANDS.values():
        result = invoke(*args, "--index-dir", str(built))
        assert result.exit_code == 2, (args, result.stderr)
        assert result.stderr == (f"Error: the index in {built} is damaged: {DAMAGE_IN_WORDS[damage]} "
                                 f"(run `newssearch index --rebuild {corpus} --index-dir {built}` to build it "
                                 "again)\n"), (args, result.stderr)
