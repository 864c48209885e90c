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


COLON_IDS = {"bbc:business-001.txt": "One\n\nPolice.\n", "bbc:business-002.txt": "Two\n\nPolice.\n",
             "http:x y.txt": "Three\n\nPolice.\n"}


def bash_completed(index_dir: Path, words: list[str], line: str | None = None) -> str:
    """What the bash script gets at TAB when bash split the line into ``words`` (COMP_WORDBREAKS splits at ':'):
    the words as the script passes them, one a line, with COMP_LINE and COMP_POINT (the cursor at the end)."""
    env = {"_NEWSSEARCH_COMPLETE": "bash_complete", "COMP_WORDS": "\n".join(["newssearch", *words]),
           "COMP_CWORD": str(len(words)), INDEX_DIR_ENV: str(index_dir)}
    if line is not None:
        env |= {"COMP_LINE": f"newssearch {line}", "COMP_POINT": str(len(f"newssearch {line}"))}
    return CliRunner().invoke(cli, [], prog_name="newssearch", env=env).stdout


def test_an_id_split_at_its_colon_by_bash_is_completed_after_the_colon(tmp_path: Path) -> None:
    """bash splits `bbc:busi` into bbc, :, busi and puts an item in place of `busi` alone: the item is what
    follows the colon (it had been the whole id, `bbc:bbc:business…`, or nothing at all)."""
    index_dir = index_of_texts(tmp_path, COLON_IDS)
    after = "plain,business-001.txt\nplain,business-002.txt\n"
    assert bash_completed(index_dir, ["show", "bbc", ":", "busi"], "show bbc:busi") == after
    assert bash_completed(index_dir, ["show", "bbc", ":"], "show bbc:") == after
    assert bash_completed(index_dir, ["similar", "http", ":", "x"], "similar http:x") == "plain,x\\\\ y.txt\n"
    assert bash_completed(index_dir, ["show", "bbc"], "show bbc") == (
        "plain,bbc:business-001.txt\nplain,bbc:business-002.txt\n")  # no colon typed: the whole id


def test_a_colon_typed_apart_or_escaped_is_no_split_id(tmp_path: Path) -> None:
    index_dir = index_of_texts(tmp_path, COLON_IDS)
    assert bash_completed(index_dir, ["show", "bbc", ":", ""], "show bbc: ") == "".join(
        f"plain,{name.replace(' ', chr(92) * 2 + ' ')}\n" for name in sorted(COLON_IDS))  # a new word: every id
    assert bash_completed(index_dir, ["show", "bbc\\:busi"], "show bbc\\:busi") == (
        "plain,bbc:business-001.txt\nplain,bbc:business-002.txt\n")  # not split: the whole id
    # an older script, without the line: as before
    assert bash_completed(index_dir, ["show", "bbc"]) == "plain,bbc:business-001.txt\nplain,bbc:business-002.txt\n"


def test_the_bash_script_passes_the_line_typed() -> None:
    script = CliRunner().invoke(cli, [], prog_name="newssearch", env={"_NEWSSEARCH_COMPLETE": "bash_source"}).stdout
    assert 'COMP_LINE="$COMP_LINE" COMP_POINT=$COMP_POINT' in script


def test_the_zsh_and_fish_scripts_complete_a_folder_after_an_option_s_equals_sign() -> None:
    """Where no zsh or fish runs the test below: our lines are in the scripts (click's lines changed, they are not)."""
    def script(shell: str) -> str:
        return CliRunner().invoke(cli, [], prog_name="newssearch", env={"_NEWSSEARCH_COMPLETE": f"{shell}_source"}).stdout

    assert script("zsh").count("compset -P '-[^=]#='; _path_files -/") == 1
    assert script("fish").count("__fish_complete_directories (commandline -ct);") == 1


SHELLS = {  # each shell with no start-up files, and the line README gives to turn completion on
    "bash": (["--norc", "--noprofile", "-i"], 'eval "$(_NEWSSEARCH_COMPLETE=bash_source newssearch)"'),
    "zsh": (["-f", "-i"], 'autoload -U compinit; compinit -u; eval "$(_NEWSSEARCH_COMPLETE=zsh_source newssearch)"'),
    "fish": (["--no-config", "-i"], "_NEWSSEARCH_COMPLETE=fish_source newssearch | source")}


def typed_in_bash(tmp_path: Path, index_dir: Path, typed: str, shell: str = "bash") -> str:
    """The line a real interactive bash (or ``shell``) holds after ``typed`` and one TAB, with the script sourced as
    README says."""
    import os
    import pty
    import select
    import shutil
    import sys
    import time

    program = shutil.which(shell)
    if program is None:
        pytest.skip(f"no {shell}")
    command = tmp_path / "bin" / "newssearch"
    command.parent.mkdir(exist_ok=True)
    src = Path(__file__).resolve().parents[1] / "src"
    command.write_text(f"#!/bin/sh\nPYTHONPATH={src} exec {sys.executable} -m newssearch \"$@\"\n")
    command.chmod(0o755)
    out = tmp_path / "line.txt"
    pid, fd = pty.fork()
    if pid == 0:  # the child: an interactive shell with no start-up files, on our command
        os.environ.update(PATH=f"{command.parent}:{os.environ['PATH']}", PS1="$ ", TERM="dumb",
                          INPUTRC="/dev/null", HOME=str(tmp_path), **{INDEX_DIR_ENV: str(index_dir)})
        os.execv(program, [program, *SHELLS[shell][0]])
    # the line completed, then written out word by word: Ctrl-A, printf before it, Ctrl-E, the redirection
    keys = (f"{SHELLS[shell][1]}\n{typed}\t"
            f"\x01printf '%s\\n' \x05 > {out}\nexit\n")
    os.write(fd, keys.encode())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                if not os.read(fd, 4096):
                    break
            except OSError:  # the bash ended
                break
    os.close(fd)
    os.waitpid(pid, 0)
    return " ".join(out.read_text().split("\n")).strip() if out.exists() else ""


def test_bash_itself_completes_an_id_after_its_colon(tmp_path: Path) -> None:
    index_dir = index_of_texts(tmp_path, COLON_IDS)
    assert typed_in_bash(tmp_path, index_dir, "newssearch show bbc:busi") == "newssearch show bbc:business-00"
    assert typed_in_bash(tmp_path, index_dir, "newssearch show http:x") == "newssearch show http:x y.txt"


BREAK_IDS = {"abc@example.com.txt": "One\n\nPolice.\n", "abd@example.com.txt": "Two\n\nPolice.\n",
             "k=v.txt": "Three\n\nPolice.\n"}


def test_an_id_split_at_an_at_or_an_equals_sign_by_bash_is_completed_as_bash_replaces_it(tmp_path: Path) -> None:
    """bash splits a word at '=' and '@' too (COMP_WORDBREAKS), and replaces what follows '=', but '@' and what
    follows it (readline keeps '@' in the word, a host name's prefix): the items are those parts (it had completed
    nothing, the id's parts read as words of their own)."""
    index_dir = index_of_texts(tmp_path, BREAK_IDS)
    assert bash_completed(index_dir, ["show", "abc", "@", "ex"], "show abc@ex") == "plain,@example.com.txt\n"
    assert bash_completed(index_dir, ["show", "abc", "@"], "show abc@") == "plain,@example.com.txt\n"
    assert bash_completed(index_dir, ["show", "k", "="], "show k=") == "plain,v.txt\n"
    assert bash_completed(index_dir, ["show", "k", "=", "v"], "show k=v") == "plain,v.txt\n"


def test_an_option_s_value_after_its_equals_sign_is_completed_and_read_in_bash(tmp_path: Path) -> None:
    """`--index-dir=DIR`, split by bash at '=': its folder is completed (bash's own, after the '='), and the index
    it names is the one whose ids are completed (it had been the value '=')."""
    index_dir = index_of_texts(tmp_path, BREAK_IDS)
    assert bash_completed(index_dir, ["query", "--index-dir", "=", "ind"], "query --index-dir=ind") == "dir,ind\n"
    assert bash_completed(index_dir, ["query", "--index-dir", "="], "query --index-dir=") == "dir,\n"
    (tmp_path / "other").mkdir()
    elsewhere = index_of_texts(tmp_path / "other", {"k=w.txt": "Four\n\nPolice.\n"})
    assert bash_completed(index_dir, ["show", "--index-dir", "=", str(elsewhere), "k"],
                          f"show --index-dir={elsewhere} k") == "plain,k\\\\=w.txt\n"


def test_bash_itself_completes_an_id_after_an_at_or_an_equals_sign_and_a_folder_after_one(tmp_path: Path) -> None:
    index_dir = index_of_texts(tmp_path, BREAK_IDS)
    assert typed_in_bash(tmp_path, index_dir, "newssearch show abc@e") == "newssearch show abc@example.com.txt"
    assert typed_in_bash(tmp_path, index_dir, "newssearch show k=") == "newssearch show k=v.txt"
    assert typed_in_bash(tmp_path, index_dir, f"newssearch query --index-dir={tmp_path}/ind") == (
        f"newssearch query --index-dir={tmp_path}/index/")


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_complete_an_option_s_folder_after_its_equals_sign(tmp_path: Path, shell: str) -> None:
    """`--index-dir=ind<TAB>`: the folder after the '=' (zsh's and fish's own folder completion had been given the
    whole word, `--index-dir=ind`, and found none); ids with '@' and '=' these shells complete as they are."""
    index_dir = index_of_texts(tmp_path, BREAK_IDS)
    slash = "/" if shell == "fish" else ""  # zsh adds its slash as a suffix the line shows once a key follows
    assert typed_in_bash(tmp_path, index_dir, f"newssearch query --index-dir={tmp_path}/ind", shell) == (
        f"newssearch query --index-dir={tmp_path}/index{slash}")
    assert typed_in_bash(tmp_path, index_dir, f"newssearch query --index-dir {tmp_path}/ind", shell) == (
        f"newssearch query --index-dir {tmp_path}/index{slash}")
    assert typed_in_bash(tmp_path, index_dir, "newssearch show abc@e", shell) == "newssearch show abc@example.com.txt"
    (tmp_path / "my folder").mkdir()  # a corpus's name, a space escaped, as before
    assert typed_in_bash(tmp_path, index_dir, f"newssearch index {tmp_path}/my\\ fo", shell) == (
        f"newssearch index {tmp_path}/my folder{slash}")
    assert typed_in_bash(tmp_path, index_dir, f"newssearch query --index-dir {tmp_path}/my\\ fo", shell) == (
        f"newssearch query --index-dir {tmp_path}/my folder{slash}")
