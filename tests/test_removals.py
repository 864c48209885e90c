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
