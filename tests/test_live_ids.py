"""The ids of an index's live articles, read in one piece a segment, and read once for an id typed loosely.

``show`` given an id not typed exactly (``reuters-08266`` for ``reuters-08266.txt``) tries one reading after another,
and each read every id of the index key by key through Whoosh's lexicon: 0.4-0.9 s over Reuters' 19,000 ids.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, livecounts
from newssearch.cli import cli
from newssearch.liveindex import open_whoosh
from newssearch.schema import ID
from newssearch.store import load_manifest

STORY = "{}\n\nThe story of {}, told in full.\n"
FIRST = ["a/café.txt", "a/zebra.txt", "b/Ärger.txt", "b/old.txt", "reuters-08266.txt", "reuters-08267.txt"]
LATER = ["a/aardvark.txt", "c/ünter.txt", "z/last.txt"]


def write(corpus: Path, rel: str, title: str) -> None:
    """A one-story text file at ``rel``."""
    (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
    (corpus / rel).write_text(STORY.format(title, title.lower()), encoding="utf-8")


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of two segments, one of them with a deleted article (b/old.txt, removed) and an updated one."""
    root = tmp_path_factory.mktemp("live-ids")
    corpus = root / "corpus"
    for number, rel in enumerate(FIRST):
        write(corpus, rel, f"Story {number}")
    build_index(corpus, root / "index")
    for number, rel in enumerate(LATER):
        write(corpus, rel, f"Later {number}")
    write(corpus, "a/zebra.txt", "Zebra changed")
    (corpus / "b" / "old.txt").unlink()
    report = build_index(corpus, root / "index")
    assert (report.added, report.updated, report.deleted) == (3, 1, 1)
    return root / "index"


def test_live_values_are_the_live_ids_in_lexicon_order(updated: Path) -> None:
    manifest = load_manifest(updated)
    assert manifest is not None
    with open_whoosh(updated, manifest).reader() as reader:
        assert reader.has_deletions() and len(list(reader.leaf_readers())) > 1
        whoosh = [term.decode("utf-8") for term in reader.lexicon(ID)]  # b/old.txt still among them
        assert "b/old.txt" in whoosh
        assert livecounts.live_values(reader, ID) == [known for known in whoosh if known != "b/old.txt"]
        assert livecounts.live_values(reader, ID) == [  # as UTF-8 bytes sort: Ä and ü after every ASCII letter
            "a/aardvark.txt", "a/café.txt", "a/zebra.txt", "b/Ärger.txt", "c/ünter.txt", "reuters-08266.txt",
            "reuters-08267.txt", "z/last.txt"]


def test_an_id_typed_loosely_reads_the_ids_once(updated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reading of a typed id (a path's ending, composed, loose, a name's start) had read them again."""
    reads = []
    real = livecounts.live_values

    def counted(reader, fieldname):  # type: ignore[no-untyped-def]
        reads.append(fieldname)
        return real(reader, fieldname)

    monkeypatch.setattr(livecounts, "live_values", counted)
    out = CliRunner().invoke(cli, ["show", "reuters-08266", "--index-dir", str(updated), "--color", "never"])
    assert (out.exit_code, out.stdout.splitlines()[:2]) == (0, ["Story 4", "id: reuters-08266.txt"])
    assert reads == [ID]
    reads.clear()
    out = CliRunner().invoke(cli, ["show", "reuters-0826", "--index-dir", str(updated), "--color", "never"])
    assert (out.exit_code, out.stderr) == (2, "Error: no article with id 'reuters-0826' (did you mean "
                                              "reuters-08266.txt or reuters-08267.txt?)\n")
    assert reads == [ID]


def test_an_id_too_long_for_a_path_is_not_resolved_as_one(updated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed item's address of 2.2 MB of nested <div></div> is its article's id (fuzz seed 2252); typed, it had been
    resolved as a path of 191,922 parts, each lstat'd over a longer one: show and similar ran for minutes."""
    import pathlib

    resolved: list[int] = []
    real = pathlib.Path.resolve

    def measured(self, strict=False):  # type: ignore[no-untyped-def]
        resolved.append(len(str(self)))
        return real(self, strict)

    monkeypatch.setattr(pathlib.Path, "resolve", measured)
    typed = "feed.atom#https://example.com" + "<div>" * 2000 + "</div>" * 2000 + "/oil"
    out = CliRunner().invoke(cli, ["show", typed, "--index-dir", str(updated), "--color", "never"])
    assert out.exit_code == 2 and out.stderr.startswith("Error: no article with id 'feed.atom#https://example.com<div>")
    assert resolved and max(resolved) < 4096  # the corpus folder's own path is resolved still
