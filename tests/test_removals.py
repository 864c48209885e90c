"""What updates removed, when and why: each update appends its removals to the index folder's removals.jsonl, and
``show`` of an id removed at any update says when and why (it had told only while the removed id lingered in the
index, until its segment was merged: after two updates, "there is no file", as of a typo)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import index_of_texts

from newssearch import build_index
from newssearch.cli import cli


def _show(index_dir: Path, article_id: str) -> str:
    return CliRunner().invoke(cli, ["show", article_id, "--index-dir", str(index_dir)]).stderr


def _removals(index_dir: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in (index_dir / "removals.jsonl").read_text(encoding="utf-8").splitlines()]


def test_show_of_an_article_removed_two_updates_ago_says_when_and_why(tmp_path: Path) -> None:
    index_dir = index_of_texts(tmp_path, {f"{n}.txt": f"Title {n}\n\nPolice said {n}.\n" for n in "abce"})
    corpus = tmp_path / "corpus"
    (corpus / "a.txt").unlink()
    build_index(corpus, index_dir)
    (corpus / "b.txt").unlink()
    build_index(corpus, index_dir)
    removals = _removals(index_dir)
    assert [(line["id"], line["why"]) for line in removals] == [
        ("a.txt", "its file was no longer in the corpus"), ("b.txt", "its file was no longer in the corpus")]
    for removal in removals:
        assert _show(index_dir, removal["id"]) == (
            f"Error: no article with id '{removal['id']}': {removal['id']} was removed from the index by the update "
            f"of {removal['at']}: its file was no longer in the corpus (the index folder's removals.jsonl lists "
            "what each update removed)\n")


def test_a_record_gone_from_its_file_and_a_renamed_file_are_recorded_so(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text('{"id": "w1", "title": "One", "text": "Police said one."}\n'
                                       '{"id": "w2", "title": "Two", "text": "Police said two."}\n')
    (corpus / "bridge.txt").write_text("Bridge\n\nThe bridge opened.\n")
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    (corpus / "wire.jsonl").write_text('{"id": "w1", "title": "One", "text": "Police said one."}\n')
    (corpus / "bridge.txt").rename(corpus / "harbour-bridge.txt")
    build_index(corpus, index_dir)
    assert [(line["id"], line["why"]) for line in _removals(index_dir)] == [
        ("wire.jsonl#w2", "it was no longer in wire.jsonl when that file was read again"),
        ("bridge.txt", "renamed to harbour-bridge.txt")]


def test_stats_says_how_many_removals_the_list_records_and_since_when(tmp_path: Path) -> None:
    # the list had been shown nowhere: a user learned of it only from a `show` of an id removed
    index_dir = index_of_texts(tmp_path, {f"{n}.txt": f"Title {n}\n\nPolice said {n}.\n" for n in "abce"})
    stats = ["stats", "--index-dir", str(index_dir)]
    assert "removed:   none\n" in CliRunner().invoke(cli, stats).stdout
    assert json.loads(CliRunner().invoke(cli, [*stats, "--json"]).stdout)["removals"] == {"count": 0, "since": None}
    corpus = tmp_path / "corpus"
    (corpus / "e.txt").unlink()
    build_index(corpus, index_dir)
    since = _removals(index_dir)[0]["at"]
    assert (f"removed:   1 article since {since} (the index folder's removals.jsonl lists it)\n"
            in CliRunner().invoke(cli, stats).stdout)
    (corpus / "a.txt").unlink()
    (corpus / "b.txt").unlink()
    build_index(corpus, index_dir)
    (corpus / "c.txt").rename(corpus / "d.txt")
    build_index(corpus, index_dir)
    since = _removals(index_dir)[0]["at"]
    assert (f"removed:   4 articles since {since} (the index folder's removals.jsonl lists them)\n"
            in CliRunner().invoke(cli, stats).stdout)
    assert json.loads(CliRunner().invoke(cli, [*stats, "--json"]).stdout)["removals"] == {"count": 4, "since": since}


def test_a_rebuild_keeps_the_list_and_its_help_says_so(tmp_path: Path) -> None:
    # an archivist's record of what left the index: a rebuild starts a new index, not a new history
    index_dir = index_of_texts(tmp_path, {f"{n}.txt": f"Title {n}\n\nPolice said {n}.\n" for n in "ab"})
    corpus = tmp_path / "corpus"
    (corpus / "a.txt").unlink()
    build_index(corpus, index_dir)
    removed = _removals(index_dir)
    result = CliRunner().invoke(cli, ["index", "--rebuild", str(corpus), "--index-dir", str(index_dir)])
    assert result.exit_code == 0 and _removals(index_dir) == removed
    assert _show(index_dir, "a.txt").startswith(f"Error: no article with id 'a.txt': a.txt was removed from the index "
                                                f"by the update of {removed[0]['at']}")
    assert "removals.jsonl, is kept" in " ".join(CliRunner().invoke(cli, ["index", "--help"]).stdout.split())


def test_a_list_that_cannot_be_written_is_one_warning_and_the_update_stands(tmp_path: Path,
                                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a disk full had left the list short without a word: `show` of the id could no longer say when it went
    import errno

    from newssearch import removals

    index_dir = index_of_texts(tmp_path, {f"{n}.txt": f"Title {n}\n\nPolice said {n}.\n" for n in "ab"})
    (tmp_path / "corpus" / "a.txt").unlink()

    def full(path: object, mode: str = "r", **kwargs: object) -> object:
        if "w" in mode or "a" in mode:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return open(path, mode, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(removals, "open", full, raising=False)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "no such folder"))  # no copy kept elsewhere either
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "corpus"), "--index-dir", str(index_dir)])
    assert result.exit_code == 0 and "1 deleted" in result.stdout
    assert result.stderr == (f"Warning: the removal of 1 article could not be added to {index_dir.resolve()}/removals.jsonl "
                             "(No space left on device) nor kept elsewhere: the update is committed, but `show` cannot "
                             "say when and why it was removed: a.txt\n")
    quiet = CliRunner().invoke(cli, ["index", "-q", str(tmp_path / "corpus"), "--index-dir", str(index_dir)])
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")  # nothing removed, nothing to write
    assert not list(index_dir.glob(".removals.jsonl.*"))


def test_a_rebuild_of_another_corpus_sets_the_old_list_aside_and_its_help_says_so(tmp_path: Path) -> None:
    # the list names ids of the old corpus: show had said a.txt of the new corpus "was removed from the index" at an
    # update of the old one, whose a.txt it was
    index_dir = index_of_texts(tmp_path, {f"{n}.txt": f"Title {n}\n\nPolice said {n}.\n" for n in "ab"})
    (tmp_path / "corpus" / "a.txt").unlink()
    build_index(tmp_path / "corpus", index_dir)
    removed = _removals(index_dir)
    other = tmp_path / "other"
    other.mkdir()
    (other / "c.txt").write_text("Title c\n\nPolice said c.\n")
    result = CliRunner().invoke(cli, ["index", "--rebuild", str(other), "--index-dir", str(index_dir)])
    assert result.exit_code == 0 and not (index_dir / "removals.jsonl").exists()
    assert [json.loads(line) for line in (index_dir / "removals.previous.jsonl").read_text().splitlines()] == removed
    assert _show(index_dir, "a.txt") == (f"Error: no article with id 'a.txt': there is no file {other / 'a.txt'} (ids "
                                         "are paths relative to the corpus, as `newssearch query` shows them)\n")
    assert "removed:   none\n" in CliRunner().invoke(cli, ["stats", "--index-dir", str(index_dir)]).stdout
    assert ("the list of another corpus is set aside as removals.previous.jsonl"
            in " ".join(CliRunner().invoke(cli, ["index", "--help"]).stdout.split()))


def test_a_list_that_cannot_be_written_whole_takes_the_updates_lines_at_its_end(tmp_path: Path,
                                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the whole list is written anew and moved into place: with no room for a second copy of it (a disk nearly full),
    # the update's lines had been lost for good, though they fit at the end of the list as it is
    import errno

    from newssearch import removals

    index_dir = index_of_texts(tmp_path, {f"{n}.txt": f"Title {n}\n\nPolice said {n}.\n" for n in "abce"})
    corpus = tmp_path / "corpus"
    (corpus / "a.txt").unlink()
    build_index(corpus, index_dir)

    def nearly_full(path: object, mode: str = "r", **kwargs: object) -> object:
        if "w" in mode:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return open(path, mode, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(removals, "open", nearly_full, raising=False)
    (corpus / "b.txt").unlink()
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert [line["id"] for line in _removals(index_dir)] == ["a.txt", "b.txt"]
    assert not list(index_dir.glob(".removals.jsonl.*"))
    monkeypatch.undo()
    (corpus / "c.txt").unlink()
    build_index(corpus, index_dir)
    assert [line["id"] for line in _removals(index_dir)] == ["a.txt", "b.txt", "c.txt"]


def test_a_list_that_cannot_take_the_updates_lines_has_them_kept_in_the_temporary_folder(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the warning had said the lines were lost: they were, with no way to add them to the list once there was room
    import errno

    from newssearch import removals

    index_dir = index_of_texts(tmp_path, {f"{n}.txt": f"Title {n}\n\nPolice said {n}.\n" for n in "ab"})
    (tmp_path / "corpus" / "a.txt").unlink()
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))

    def full(path: object, mode: str = "r", **kwargs: object) -> object:
        if "w" in mode or "a" in mode:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return open(path, mode, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(removals, "open", full, raising=False)
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "corpus"), "--index-dir", str(index_dir)])
    [kept] = (tmp_path / "tmp").iterdir()
    listed = f"{index_dir.resolve()}/removals.jsonl"
    assert result.exit_code == 0 and result.stderr == (
        f"Warning: the removal of 1 article could not be added to {listed} (No space left on device): the update is "
        f"committed; its line is kept in {kept}: add it to the list's end once there is room (cat {kept} >> {listed}), "
        "or `show` cannot say when and why it was removed\n")
    [line] = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
    assert (line["id"], line["why"]) == ("a.txt", "its file was no longer in the corpus")
    report = build_index(tmp_path / "corpus", index_dir)  # nothing removed: nothing said
    assert (report.removals_not_saved, report.removals_kept_at) == (None, None)


def test_show_of_a_record_removed_from_a_file_still_indexed_two_updates_ago_says_when_and_why(
        tmp_path: Path) -> None:
    # its id merged away, show had said only what the file holds, never that an update removed the record
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text('{"id": "w1", "title": "One", "text": "Police said one."}\n'
                                       '{"id": "w2", "title": "Two", "text": "Police said two."}\n')
    (corpus / "a.txt").write_text("Title a\n\nPolice said a.\n")
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    (corpus / "wire.jsonl").write_text('{"id": "w1", "title": "One", "text": "Police said one."}\n')
    build_index(corpus, index_dir)
    (corpus / "a.txt").unlink()
    build_index(corpus, index_dir)
    at = _removals(index_dir)[0]["at"]
    assert _show(index_dir, "wire.jsonl#w2") == (
        f"Error: no article with id 'wire.jsonl#w2': wire.jsonl#w2 was removed from the index by the update of {at}: "
        "it was no longer in wire.jsonl when that file was read again (wire.jsonl holds 1 article: wire.jsonl#w1)\n")


def test_show_of_a_record_of_a_file_removed_two_updates_ago_says_when_and_why(tmp_path: Path) -> None:
    # the record's id, its '#' escaped as a file name's, was not found in the list: "there is no file", as of a typo
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text('{"id": "w1", "title": "One", "text": "Police said one."}\n')
    for name in "ab":
        (corpus / f"{name}.txt").write_text(f"Title {name}\n\nPolice said {name}.\n")
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    (corpus / "wire.jsonl").unlink()
    build_index(corpus, index_dir)
    (corpus / "a.txt").unlink()
    build_index(corpus, index_dir)
    at = _removals(index_dir)[0]["at"]
    assert _show(index_dir, "wire.jsonl#w1") == (
        f"Error: no article with id 'wire.jsonl#w1': wire.jsonl#w1 was removed from the index by the update of {at}: "
        "its file was no longer in the corpus (the index folder's removals.jsonl lists what each update removed)\n")


def test_show_of_an_export_removed_two_updates_ago_names_its_records_removal(tmp_path: Path) -> None:
    # the list holds its records' ids, not the file's: show of the file's own name had said "there is no file"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text('{"id": "w1", "title": "One", "text": "Police said one."}\n'
                                       '{"id": "w2", "title": "Two", "text": "Police said two."}\n')
    for name in "ab":
        (corpus / f"{name}.txt").write_text(f"Title {name}\n\nPolice said {name}.\n")
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    (corpus / "wire.jsonl").unlink()
    build_index(corpus, index_dir)
    (corpus / "a.txt").unlink()
    build_index(corpus, index_dir)
    at = _removals(index_dir)[0]["at"]
    assert _show(index_dir, "wire.jsonl") == (
        f"Error: no article with id 'wire.jsonl': the 2 records of wire.jsonl (wire.jsonl#w1, wire.jsonl#w2) were "
        f"removed from the index by the update of {at}: its file was no longer in the corpus (the index folder's "
        "removals.jsonl lists what each update removed)\n")


def test_a_record_of_an_export_replaced_by_a_folder_of_its_name_says_its_removal_not_what_the_folder_holds(
        tmp_path: Path) -> None:
    # 'wire.jsonl holds 0 articles' had followed the removal: the folder of that name holds no records
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text('{"id": "w1", "title": "One", "text": "Police said one."}\n')
    for name in "ab":
        (corpus / f"{name}.txt").write_text(f"Title {name}\n\nPolice said {name}.\n")
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    (corpus / "wire.jsonl").unlink()
    (corpus / "wire.jsonl").mkdir()
    (corpus / "wire.jsonl" / "c.txt").write_text("Title c\n\nPolice said c.\n")
    build_index(corpus, index_dir)
    (corpus / "a.txt").unlink()
    build_index(corpus, index_dir)
    at = _removals(index_dir)[0]["at"]
    assert _show(index_dir, "wire.jsonl#w1") == (
        f"Error: no article with id 'wire.jsonl#w1': wire.jsonl#w1 was removed from the index by the update of {at}: "
        "its file was no longer in the corpus (the index folder's removals.jsonl lists what each update removed)\n")
