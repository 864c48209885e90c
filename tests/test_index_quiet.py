"""``newssearch index --quiet``: nothing on success, yet every failure said (files not read, with their reasons)."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from newssearch.cli import cli


def _index(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["index", *args])


def test_quiet_prints_nothing_when_every_file_was_read(corpus: Path, index_dir: Path) -> None:
    for flag in ("--quiet", "-q"):
        result = _index(str(corpus), "--index-dir", str(index_dir), flag)
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert _index(str(corpus), "--index-dir", str(index_dir)).stdout  # without it, the report


def test_quiet_still_names_the_files_not_read_with_their_reasons_on_stderr(corpus: Path, index_dir: Path) -> None:
    for n in range(7):
        (corpus / f"empty{n}.txt").write_text("")
    result = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.splitlines() == ["7 skipped (2 more: --verbose lists them)",
                                          *(f"  empty{n}.txt: empty file" for n in range(5))]
    every = _index(str(corpus), "--index-dir", str(index_dir), "--rebuild", "-q", "--verbose")
    assert every.stderr.splitlines() == ["7 skipped", *(f"  empty{n}.txt: empty file" for n in range(7))]


def test_quiet_says_when_nothing_was_indexed(tmp_path: Path, index_dir: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = _index(str(tmp_path / "empty"), "--index-dir", str(index_dir), "--quiet")
    assert result.stdout == "" and result.stderr.startswith("No articles: the corpus holds no file newssearch reads")


def test_quiet_leaves_out_the_line_naming_the_recorded_corpus_but_not_errors(corpus: Path, index_dir: Path,
                                                                             tmp_path: Path) -> None:
    _index(str(corpus), "--index-dir", str(index_dir))
    again = _index("--index-dir", str(index_dir), "-q")  # "Updating the index of …" had been said
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")
    missing = _index(str(tmp_path / "nowhere"), "--index-dir", str(tmp_path / "other"), "-q")
    assert missing.exit_code == 2 and missing.stderr.startswith("Error: ")


def test_quiet_and_json_are_refused_together(corpus: Path, index_dir: Path) -> None:
    result = _index(str(corpus), "--index-dir", str(index_dir), "--quiet", "--json")
    assert result.exit_code == 2 and "--quiet" in result.stderr and "--json" in result.stderr


def test_the_help_says_what_quiet_with_verbose_does() -> None:
    """-q with --verbose is no contradiction, as -q with --json is: quiet when every file was read, and else every
    file not read named (not five); the help had not said so, so the pair looked like -q silently winning."""
    help_text = " ".join(_index("--help").stdout.split())
    assert "with --verbose, every one" in help_text


def test_quiet_does_not_say_again_what_an_earlier_run_said_of_a_file_unchanged_since(corpus: Path,
                                                                                      index_dir: Path) -> None:
    """-q from cron, as rsync's and git's -q: an unchanged corpus says nothing. A file read whole and holding no
    article (empty, binary) is said by the run that read it, not by every run after it while it is unchanged (each
    quiet run had named it again, a cron mail a run); the report without -q still names it."""
    (corpus / "empty.txt").write_text("")
    (corpus / "b.txt").write_bytes(b"\x00\x01\x02binary")
    first = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert first.stderr.splitlines() == ["2 skipped", "  b.txt: binary file (not text)", "  empty.txt: empty file"]
    again = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")
    (corpus / "new.txt").write_text("")
    os.utime(corpus / "empty.txt", ns=(1, 1))  # its time moved, its bytes the same: read again, nothing new
    new = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert new.stderr.splitlines() == ["1 skipped", "  new.txt: empty file"]
    report = _index(str(corpus), "--index-dir", str(index_dir)).stdout
    assert "  3 skipped\n    b.txt: binary file (not text)\n    empty.txt: empty file\n    new.txt: empty file\n" in report


def test_quiet_says_on_every_run_a_file_whose_version_indexed_before_is_kept(corpus: Path, index_dir: Path) -> None:
    """A file indexed, then emptied: its text in the index may be out of date, a standing problem said each run, as
    rsync says each run a file it cannot read."""
    _index(str(corpus), "--index-dir", str(index_dir), "-q")
    name = sorted(path.name for path in corpus.iterdir())[0]
    (corpus / name).write_text("")
    for _ in range(2):
        result = _index(str(corpus), "--index-dir", str(index_dir), "-q")
        assert result.stderr.splitlines() == ["1 skipped (1 keeping the version indexed before)",
                                              f"  {name}: empty file (kept the version indexed before)"]


def test_quiet_says_a_pipe_or_a_loop_of_links_once(corpus: Path, index_dir: Path) -> None:
    """A named pipe or a loop of links stays as it is until someone changes it: each quiet run had named it again (a
    cron mail a run), as it had a file holding no article before said_before. Said by the run that met it; the report
    without -q names it on every run, and a new one is said by the quiet run that meets it."""
    import time

    os.mkfifo(corpus / "pipe.txt")
    (corpus / "loop.txt").symlink_to("loop.txt")
    time.sleep(1.2)  # the walk's start, less a second (file times are coarse), after their change times
    first = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert first.stderr.splitlines() == ["2 skipped", "  loop.txt: link that points at itself (a loop)",
                                         "  pipe.txt: not a regular file (a pipe, device or socket): not read"]
    again = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")
    os.mkfifo(corpus / "second.txt")
    new = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert new.stderr.splitlines() == ["1 skipped", "  second.txt: not a regular file (a pipe, device or socket): not read"]
    report = _index(str(corpus), "--index-dir", str(index_dir)).stdout
    assert "  3 skipped\n    loop.txt: link that points at itself (a loop)\n    pipe.txt: not a regular" in report


DANGLING = "link to a file in a folder that is not there (a drive not mounted?)"


def test_quiet_says_a_link_that_leads_nowhere_once(corpus: Path, index_dir: Path, tmp_path: Path) -> None:
    """A link into a folder not there (a drive not mounted) had been named by every quiet run of an unchanged corpus
    (a cron mail a run), where a pipe, a loop of links or an empty file is said once. Said by the run that met it;
    said again when it changes: its file deleted (its articles with it), or the link made anew."""
    import time

    (corpus / "away.txt").symlink_to(tmp_path / "drive" / "away.txt")
    time.sleep(1.2)  # the walk's start, less a second (file times are coarse), after its change time
    first = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert first.stderr.splitlines() == ["1 skipped", f"  away.txt: {DANGLING}"]
    again = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")
    report = _index(str(corpus), "--index-dir", str(index_dir)).stdout
    assert f"  1 skipped\n    away.txt: {DANGLING}\n" in report  # without -q, said on every run


def test_quiet_says_a_link_again_once_what_it_led_to_is_gone(corpus: Path, index_dir: Path, tmp_path: Path) -> None:
    """A link whose file the last run read (the link unchanged since) is news when that file goes: said."""
    import time

    (tmp_path / "drive").mkdir()
    (tmp_path / "drive" / "empty.txt").write_text("")
    (corpus / "away.txt").symlink_to(tmp_path / "drive" / "empty.txt")
    time.sleep(1.2)
    assert _index(str(corpus), "--index-dir", str(index_dir), "-q").stderr.splitlines() == [
        "1 skipped", "  away.txt: empty file"]
    (tmp_path / "drive" / "empty.txt").unlink()
    gone = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert gone.stderr.splitlines() == ["1 skipped", "  away.txt: link to a file that is gone"]
    again = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")


def test_quiet_says_a_file_it_may_not_open_once(corpus: Path, index_dir: Path, make_unreadable) -> None:  # type: ignore[no-untyped-def]
    """A new file newssearch may not open had been named by every quiet run while it stayed so: said once, as an
    empty or binary file is; the report without -q names it each run; once it opens, it is read."""
    secret = corpus / "secret.txt"
    secret.write_text("Secret\n\nThe secret story of the harbour.\n")
    make_unreadable(secret)
    first = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert first.stderr.splitlines() == ["1 skipped", "  secret.txt: cannot read file: Permission denied"]
    again = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")
    report = _index(str(corpus), "--index-dir", str(index_dir)).stdout
    assert "  1 skipped\n    secret.txt: cannot read file: Permission denied\n" in report


def test_quiet_says_an_empty_file_made_unreadable_once_more(corpus: Path, index_dir: Path, make_unreadable) -> None:  # type: ignore[no-untyped-def]
    """A file said to hold no article, then made unreadable: its new reason is news, said once."""
    (corpus / "empty.txt").write_text("")
    assert _index(str(corpus), "--index-dir", str(index_dir), "-q").stderr.splitlines() == [
        "1 skipped", "  empty.txt: empty file"]
    make_unreadable(corpus / "empty.txt")
    said = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert said.stderr.splitlines() == ["1 skipped", "  empty.txt: cannot read file: Permission denied"]
    again = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")


def test_quiet_says_once_a_link_to_a_file_of_no_article_whose_folder_went(corpus: Path, index_dir: Path,
                                                                          tmp_path: Path) -> None:
    """A link to a file holding no article, its folder since gone (a drive unmounted), had been named by every quiet
    run: the manifest kept the file's entry, as it keeps an indexed file's articles there, and a file the index read
    there is news each time. An entry of no article keeps nothing: forgotten, the link is said once; stats no longer
    counts it an empty file."""
    import time

    (tmp_path / "drive").mkdir()
    (tmp_path / "drive" / "empty.txt").write_text("")
    (corpus / "away.txt").symlink_to(tmp_path / "drive" / "empty.txt")
    time.sleep(1.2)
    assert _index(str(corpus), "--index-dir", str(index_dir), "-q").stderr.splitlines() == [
        "1 skipped", "  away.txt: empty file"]
    (tmp_path / "drive" / "empty.txt").unlink()
    (tmp_path / "drive").rmdir()
    gone = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert gone.stderr.splitlines() == ["1 skipped", f"  away.txt: {DANGLING}"]
    for _ in range(2):
        again = _index(str(corpus), "--index-dir", str(index_dir), "-q")
        assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")
    stats = CliRunner().invoke(cli, ["stats", "--index-dir", str(index_dir)]).stdout
    assert "empty file" not in stats
    (tmp_path / "drive").mkdir()  # the drive back: read again, and said
    (tmp_path / "drive" / "empty.txt").write_text("")
    back = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert back.stderr.splitlines() == ["1 skipped", "  away.txt: empty file"]
