"""Incremental indexing: add, update, delete, skip unchanged; rebuild; skips reported with reasons."""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.documents.article import Skip
from newssearch.errors import (
    CorpusNotFound,
    IndexCorrupt,
    IndexOutdated,
    InvalidArgument,
    NewsSearchError,
)
from newssearch.store import MANIFEST, load_manifest, save_manifest

SEED = "000_952a12dfe0af93bf.txt"


def ids(index_dir: Path, query: str = "police") -> set[str]:
    with open_index(index_dir) as idx:
        return {hit.id for hit in idx.search(query, limit=50).hits}


def test_first_build_adds_every_article(corpus: Path, index_dir: Path) -> None:
    report = build_index(corpus, index_dir)
    assert (report.added, report.updated, report.deleted, report.unchanged) == (3, 0, 0, 0)
    assert report.documents == 3 and report.rebuilt and report.skipped == []


def test_second_run_reads_nothing(built: Path, corpus: Path) -> None:
    report = build_index(corpus, built)
    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 0, 0, 3)
    assert not report.rebuilt


def saves(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The file counts of the manifests the runs after this save (``store.save_manifest`` counted)."""
    from newssearch import store

    saved: list[int] = []
    real = store.save_manifest
    monkeypatch.setattr(store, "save_manifest", lambda folder, manifest: (saved.append(len(manifest.files)),
                                                                          real(folder, manifest)))
    return saved


def test_a_run_that_changes_nothing_leaves_the_manifest_as_it_was(built: Path, corpus: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # rewriting it took 0.5 s at 100,000 files; the one on disk already records this state, its updated time too
    before = (built / MANIFEST).read_bytes(), (built / MANIFEST).stat().st_ino
    saved = saves(monkeypatch)
    assert build_index(corpus, built).unchanged == 3
    assert saved == [] and ((built / MANIFEST).read_bytes(), (built / MANIFEST).stat().st_ino) == before
    (corpus / SEED).write_text((corpus / SEED).read_text() + "\nA zebra crossed the road.\n")
    assert build_index(corpus, built).updated == 1 and saved == [3]
    (corpus / SEED).unlink()
    assert build_index(corpus, built).deleted == 1 and saved == [3, 2]
    assert build_index(corpus, built).unchanged == 2 and saved == [3, 2]


def test_a_run_that_only_learns_change_times_or_recovers_a_commit_saves_the_manifest(
        built: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = load_manifest(built)
    assert manifest is not None
    manifest.files = {rel: replace(entry, ctime_ns=None) for rel, entry in manifest.files.items()}  # as written before
    save_manifest(built, manifest)
    saved = saves(monkeypatch)
    assert build_index(corpus, built).unchanged == 3 and saved == [3]  # the change times noted
    assert all(entry.ctime_ns is not None for entry in load_manifest(built).files.values())  # type: ignore[union-attr]
    manifest = load_manifest(built)
    assert manifest is not None
    manifest.generation = -5  # a commit the manifest does not record: a crash between the two
    save_manifest(built, manifest)
    assert build_index(corpus, built).unchanged == 3 and saved == [3, 3]
    assert build_index(corpus, built).unchanged == 3 and saved == [3, 3]


def test_edit_is_reflected_at_once(built: Path, corpus: Path) -> None:
    path = corpus / SEED
    path.write_text(path.read_text() + "\nA zebra crossed the road.\n")
    report = build_index(corpus, built)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
    assert ids(built, "zebra") == {SEED}


def test_an_edit_that_keeps_the_size_and_the_modification_time_is_reflected(built: Path, corpus: Path) -> None:
    # a word replaced by one as long, the time set back (touch -r, a tool restoring times): it had been
    # "unchanged", the index holding the old text for good; the change time (ctime) tells it
    path = corpus / SEED
    before, text = path.stat(), path.read_text()
    word = next(word for word in text.split() if word.isalpha() and len(word) == 6)
    path.write_text(text.replace(word, "zebras", 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    report = build_index(corpus, built)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
    assert ids(built, "zebras") == {SEED}


def test_an_index_of_an_older_run_learns_the_change_times_and_then_tells_such_an_edit(built: Path, corpus: Path) -> None:
    manifest = load_manifest(built)
    assert manifest is not None
    manifest.files = {rel: replace(entry, ctime_ns=None) for rel, entry in manifest.files.items()}  # as written before
    save_manifest(built, manifest)
    assert build_index(corpus, built).unchanged == 3  # nothing read, the change times noted
    test_an_edit_that_keeps_the_size_and_the_modification_time_is_reflected(built, corpus)


def test_a_file_whose_change_time_alone_changed_is_unchanged(built: Path, corpus: Path) -> None:
    (corpus / SEED).chmod(0o600)  # its change time moves, not its text: read to compare, not written again
    report = build_index(corpus, built)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert build_index(corpus, built).unchanged == 3


def test_records_of_a_changed_file_that_did_not_change_are_unchanged(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [{"id": f"r{n}", "title": f"Story {n}", "text": f"Body of story {n} about the harbour."} for n in range(4)]
    export = corpus / "wire.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in records))
    build_index(corpus, tmp_path / "index")
    records[1]["text"] = "Body of story 1, now about the bridge."
    export.write_text("".join(json.dumps(r) + "\n" for r in [*records[:3], {"id": "r9", "title": "New", "text": "New story."}]))
    report = build_index(corpus, tmp_path / "index")
    assert (report.added, report.updated, report.deleted, report.unchanged) == (1, 1, 1, 2)
    assert ids(tmp_path / "index", "bridge") == {"wire.jsonl#r1"}


def test_a_record_whose_section_alone_changed_is_updated(tmp_path: Path) -> None:
    # its digest left the sections out: a record moved from Transport to Weather stayed "unchanged", the index
    # finding it under section:transport, and its facet counting it there, until another of its fields changed
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    record = {"id": "1", "title": "Ferry sails", "text": "The ferry sailed on time today.", "section": "Transport"}
    (corpus / "news.json").write_text(json.dumps([record]))
    build_index(corpus, tmp_path / "index")
    (corpus / "news.json").write_text(json.dumps([{**record, "section": "Weather"}]))
    report = build_index(corpus, tmp_path / "index")
    assert (report.updated, report.unchanged) == (1, 0)
    assert ids(tmp_path / "index", "section:weather") == {"news.json#1"}
    assert ids(tmp_path / "index", "ferry -section:transport") == {"news.json#1"}


def test_only_the_records_that_changed_are_written_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One line added to or changed in a large daily export must not write every article again."""
    import newssearch.parallel

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [{"id": f"r{n}", "title": f"Story {n}", "text": f"Body of story {n} about the harbour."} for n in range(5)]
    export = corpus / "wire.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in records))
    build_index(corpus, tmp_path / "index", workers=1)
    written: list[str] = []
    to_document = newssearch.parallel.to_document
    monkeypatch.setattr(newssearch.parallel, "to_document",
                        lambda article, fingerprint: written.append(article.id) or to_document(article, fingerprint))
    records[1]["text"] = "Body of story 1, now about the bridge."
    export.write_text("".join(json.dumps(r) + "\n" for r in [*records[:4], {"id": "r9", "title": "New", "text": "New."}]))
    report = build_index(corpus, tmp_path / "index", workers=1)
    assert (report.added, report.updated, report.deleted, report.unchanged) == (1, 1, 1, 3)
    assert sorted(written) == ["wire.jsonl#r1", "wire.jsonl#r9"]
    assert ids(tmp_path / "index", "harbour") == {"wire.jsonl#r0", "wire.jsonl#r2", "wire.jsonl#r3"}
    assert ids(tmp_path / "index", "bridge OR new") == {"wire.jsonl#r1", "wire.jsonl#r9"}
    with open_index(tmp_path / "index") as idx:
        assert idx.stats().documents == 5


def test_an_unchanged_record_is_unchanged_as_its_file_goes_from_several_records_to_one_and_back(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    export = corpus / "x.jsonl"
    a = '{"id": "a", "title": "A", "body": "alpha body text"}\n'
    b = '{"id": "b", "title": "B", "body": "beta body text"}\n'
    export.write_text(a + b)
    build_index(corpus, tmp_path / "index")
    counts = []
    for text in (a, a + b, a, b):
        export.write_text(text)
        report = build_index(corpus, tmp_path / "index")
        counts.append((report.added, report.updated, report.deleted, report.unchanged))
    assert counts == [(0, 0, 1, 1), (1, 0, 0, 1), (0, 0, 1, 1), (1, 0, 1, 0)]


def test_deleted_file_is_removed(built: Path, corpus: Path) -> None:
    (corpus / SEED).unlink()
    report = build_index(corpus, built)
    assert report.deleted == 1 and report.documents == 2
    assert SEED not in ids(built)


def test_new_file_is_added(built: Path, corpus: Path) -> None:
    (corpus / "sub").mkdir()
    (corpus / "sub" / "new.txt").write_text("Kererū spotted\n\nA kererū was seen in the park.\n")
    report = build_index(corpus, built)
    assert report.added == 1
    assert ids(built, "kereru") == {"sub/new.txt"}


@pytest.mark.parametrize("workers", [1, 2])
def test_touched_but_unchanged_file_is_not_reindexed_nor_parsed(built: Path, corpus: Path, workers: int,
                                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = corpus / SEED
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    import newssearch.corpusreads

    parse, parsed = newssearch.corpusreads.parse_file_bytes, tmp_path / "parsed"

    def noted_parse(*args):  # type: ignore[no-untyped-def]
        parsed.touch()  # a file, seen from a worker process too
        return parse(*args)

    monkeypatch.setattr(newssearch.corpusreads, "parse_file_bytes", noted_parse)
    report = build_index(corpus, built, workers=workers)
    assert (report.updated, report.unchanged, report.skipped) == (0, 3, [])
    assert not parsed.exists()


def test_unreadable_and_unsupported_files_are_reported(corpus: Path, index_dir: Path) -> None:
    (corpus / "empty.txt").write_text("  \n")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    report = build_index(corpus, index_dir)
    reasons = {skip.path: skip.reason for skip in report.skipped}
    assert reasons == {"blob.txt": "binary file (not text)", "empty.txt": "empty file"}
    assert report.ignored == 1 and report.documents == 3


NO_TEXT = "no text (only invisible or unreadable characters)"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("u32.txt", b"\xff\xfe\x00\x00garbage\x80\x81\x82 \xc3\x28 bad utf8 here\n",
     "binary file (it starts with UTF-32's mark, but what follows is not UTF-32 text)"),
    ("u16.txt", b"\xff\xfeg\x00\x00\xd8\x00\xd8",
     "binary file (it starts with UTF-16's mark, but what follows is not UTF-16 text)"),
    ("nul.txt", b"\x00" * 12, "binary file (not text)"),
    ("ctl.txt", bytes(range(1, 9)) + b"\x0b\x0c", "binary file (not text)"),
    ("zw.txt", "\u200b\u200b\u00ad\n".encode(), NO_TEXT),
    ("bad.txt", "\ufffd \ufffd\n".encode(), NO_TEXT),
    ("zw.md", "---\ntitle: \u200b\n---\n\u2060\n".encode(), NO_TEXT),
    ("blank.html", b"<html><head><title>T</title></head><body><script>x()</script></body></html>",
     "no article text found in HTML"),
])
def test_a_file_that_decodes_to_no_text_is_skipped_with_why(tmp_path: Path, index_dir: Path, name: str,
                                                            data: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(data)
    report = build_index(tmp_path / name, index_dir)
    assert [(s.path, s.reason) for s in report.skipped] == [(name, reason)] and report.documents == 0


def test_a_record_with_no_text_is_skipped_and_the_others_indexed(tmp_path: Path, index_dir: Path) -> None:
    (tmp_path / "zw.jsonl").write_text('{"title": "\\u200b", "text": "\\u200b"}\n{"title": "Ok", "text": "Fine."}\n')
    report = build_index(tmp_path / "zw.jsonl", index_dir)
    assert report.skipped == [Skip("zw.jsonl", f"record #1: {NO_TEXT}", record=True)] and report.documents == 1


def test_a_lone_surrogate_a_reader_lets_through_never_stops_the_run(tmp_path: Path, index_dir: Path) -> None:
    (tmp_path / "half.jsonl").write_text('{"title": "Storm \\ud83d", "text": "Caf\\udce9 closed.", "author": "Ann"}\n'
                                        '{"title": "Ok", "text": "Fine."}\n')
    report = build_index(tmp_path / "half.jsonl", index_dir)
    assert (report.documents, report.skipped) == (2, [])
    runner = CliRunner()
    shown = runner.invoke(cli, ["show", "half.jsonl#1", "--index-dir", str(index_dir), "--json"], env={})
    assert [json.loads(shown.stdout)[key] for key in ("title", "body")] == ["Storm \ufffd", "Café closed."]


def test_a_file_holding_no_article_is_not_read_again_while_unchanged(corpus: Path, index_dir: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import newssearch.indexer as indexer_module

    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    build_index(corpus, index_dir)
    monkeypatch.setattr(indexer_module, "iter_reads", lambda items, workers: iter(pytest.fail(f"read {items}")))
    report = build_index(corpus, index_dir)   # nothing changed: nothing read, and the skip said again
    assert [(s.path, s.reason) for s in report.skipped] == [("blob.txt", "binary file (not text)")]
    assert (report.files, report.documents) == (3, 3)
    monkeypatch.undo()
    (corpus / "blob.txt").write_text("Blob\n\nNow a police story.\n", encoding="utf-8")
    report = build_index(corpus, index_dir)
    assert (report.added, report.skipped, report.files) == (1, [], 4)


def test_file_broken_after_indexing_keeps_its_old_version(built: Path, corpus: Path) -> None:
    (corpus / SEED).write_bytes(b"\x00\x00\x00")
    report = build_index(corpus, built)
    assert "kept the version indexed before" in report.skipped[0].reason
    assert SEED in ids(built)
    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 0, 0, 3)  # the counts add up


def test_an_unchanged_file_that_cannot_be_opened_now_is_said_again(built: Path, corpus: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Made unreadable (chmod 000), a file keeps its stat: it was passed over as unchanged, without a word.
    import newssearch.buildplan as buildplan
    import newssearch.indexer as indexer_module

    denied = "cannot read file: Permission denied"
    (corpus / SEED).chmod(0)  # (root reads it all the same: the check is simulated)
    build_index(corpus, built)  # the chmod moved its change time: read once to compare, and found the same
    monkeypatch.setattr(buildplan, "open_problem", lambda path: denied if path.name == SEED else None)
    monkeypatch.setattr(indexer_module, "iter_reads", lambda *args: iter(pytest.fail("an unchanged file was read")))
    report = build_index(corpus, built)
    assert [(s.path, s.reason) for s in report.skipped] == [(SEED, denied + " (kept the version indexed before)")]
    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 0, 0, 3)
    assert SEED in ids(built)


def test_a_feed_cut_short_keeps_the_items_it_no_longer_gives(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "c", tmp_path / "index"
    corpus.mkdir()
    items = [f"<item><guid>{key}</guid><description>{word} police.</description></item>\n"
             for key, word in (("a", "Apple"), ("b", "Bridge"), ("c", "Choir"))]
    feed = corpus / "f.xml"
    feed.write_text('<rss version="2.0"><channel><title>F</title>\n' + "".join(items) + "</channel></rss>\n")
    build_index(corpus, index_dir)
    feed.write_text('<rss version="2.0"><channel><title>F</title>\n' + items[0] + items[1][:30])  # download stopped
    report = build_index(corpus, index_dir)
    assert (report.deleted, report.unchanged) == (0, 3)
    assert [(skip.path, skip.reason) for skip in report.skipped] == [
        ("f.xml", ("item 2: the file ends inside it (cut short) (kept: 2 articles indexed before, which this record "
                   "may be)"))]
    assert ids(index_dir) == {"f.xml#a", "f.xml#b", "f.xml#c"}
    feed.write_text('<rss version="2.0"><channel><title>F</title>\n' + items[0] + "</channel></rss>\n")
    report = build_index(corpus, index_dir)  # whole again, with one item: the others are deleted
    assert (report.deleted, report.skipped) == (2, [])
    assert ids(index_dir) == {"f.xml#a"}


def test_a_feed_downloaded_again_with_an_item_on_top_keeps_the_ids_of_its_items_without_guid(tmp_path: Path) -> None:
    # Keyed by place, each old item had moved down one (feed.xml#1 became #2): all 3 "updated", one "added".
    corpus, index_dir = tmp_path / "c", tmp_path / "index"
    corpus.mkdir()
    items = [f"<item><title>{word}</title><link>https://news.example/{word}</link><description>{word} police."
             "</description></item>\n" for word in ("apple", "bridge", "choir", "dunes")]
    feed = corpus / "feed.xml"
    feed.write_text('<rss version="2.0"><channel><title>F</title>\n' + "".join(items[1:]) + "</channel></rss>\n")
    build_index(corpus, index_dir)
    before = ids(index_dir)
    feed.write_text('<rss version="2.0"><channel><title>F</title>\n' + "".join(items) + "</channel></rss>\n")
    report = build_index(corpus, index_dir)
    assert (report.added, report.updated, report.deleted, report.unchanged) == (1, 0, 0, 3)
    assert ids(index_dir) - before == {"feed.xml#https://news.example/apple"}


def test_a_pocket_export_saved_again_with_a_link_on_top_keeps_its_links_ids(tmp_path: Path) -> None:
    # Keyed by place, each old link had moved down one (ril_export.html#1 became #2): all 3 "updated", one "added".
    corpus, index_dir = tmp_path / "c", tmp_path / "index"
    corpus.mkdir()
    items = [f'<li><a href="https://news.example/{word}">{word} police</a></li>\n'
             for word in ("apple", "bridge", "choir", "dunes")]
    export = corpus / "ril_export.html"
    page = "<html><head><title>Pocket Export</title></head><body><ul>\n{}</ul></body></html>\n"
    export.write_text(page.format("".join(items[1:])))
    build_index(corpus, index_dir)
    before = ids(index_dir)
    export.write_text(page.format("".join(items)))
    report = build_index(corpus, index_dir)
    assert (report.added, report.updated, report.deleted, report.unchanged) == (1, 0, 0, 3)
    assert ids(index_dir) - before == {"ril_export.html#https://news.example/apple"}


def test_a_pocket_csv_saved_again_with_a_link_on_top_keeps_its_rows_ids_and_show_names_them(tmp_path: Path) -> None:
    # Keyed by row number, each old row had moved down one (part_000000.csv#1 became #2): all 3 "updated", one "added".
    corpus, index_dir = tmp_path / "c", tmp_path / "index"
    corpus.mkdir()
    rows = [f"{word} police,https://news.example/{word},1709632320,,,unread\n"
            for word in ("apple", "bridge", "choir", "dunes")]
    export = corpus / "part_000000.csv"
    export.write_text("title,url,time_added,cursor,tags,status\n" + "".join(rows[1:]))
    build_index(corpus, index_dir)
    before = ids(index_dir)
    export.write_text("title,url,time_added,cursor,tags,status\n" + "".join(rows))
    report = build_index(corpus, index_dir)
    assert (report.added, report.updated, report.deleted, report.unchanged) == (1, 0, 0, 3)
    assert ids(index_dir) - before == {"part_000000.csv#https://news.example/apple"}
    shown = CliRunner().invoke(cli, ["show", "part_000000.csv#https://news.example/choir", "--index-dir",
                                     str(index_dir), "--color", "never"])
    assert shown.exit_code == 0 and "choir police" in shown.stdout


def test_a_json_export_cut_short_keeps_the_records_it_no_longer_gives(tmp_path: Path) -> None:
    # The whole export had been skipped as invalid JSON (its articles kept, none of its new ones read).
    corpus, index_dir = tmp_path / "c", tmp_path / "index"
    corpus.mkdir()
    export = corpus / "e.json"
    records = [{"id": key, "text": f"{word} police."} for key, word in (("a", "Apple"), ("b", "Bridge"), ("c", "Choir"))]
    export.write_text(json.dumps(records))
    build_index(corpus, index_dir)
    export.write_text(json.dumps([{"id": "n", "text": "New police."}, *records])[:-30])  # a write stopped
    report = build_index(corpus, index_dir)
    assert (report.added, report.deleted) == (1, 0)
    assert [(skip.path, skip.reason) for skip in report.skipped] == [
        ("e.json", ("record 4: the file ends inside it (cut short) (kept: 1 article indexed before, which this record "
                    "may be)"))]
    assert ids(index_dir) == {"e.json#n", "e.json#a", "e.json#b", "e.json#c"}


def test_a_record_broken_after_indexing_keeps_its_article_until_it_reads_again(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "c", tmp_path / "index"
    corpus.mkdir()
    lines = ['{"id": "a", "text": "Apple harvest."}', '{"id": "b", "text": "Banana prices zqb."}',
             '{"id": "c", "text": "Cherry blossom."}', '{"id": "d", "title": "A record with no text"}']
    export = corpus / "w.jsonl"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    build_index(corpus, index_dir)
    export.write_text("\n".join([lines[0], '{"id": "b", "text": "Banana pri', *lines[2:]]) + "\n", encoding="utf-8")
    report = build_index(corpus, index_dir)   # a line cut short by a partial write
    assert (report.deleted, report.unchanged) == (0, 3)
    assert [skip.reason for skip in report.skipped] == [
        "line 2: invalid JSON (column 21: Unterminated string) (kept: 1 article indexed before, which this "
        "record may be)", "line 4 (id d): no body text"]
    assert ids(index_dir, "banana") == {"w.jsonl#b"}
    with export.open("a", encoding="utf-8") as appended:                # the scraper goes on appending
        appended.write('{"id": "e", "text": "Elderberry wine."}\n')
    report = build_index(corpus, index_dir)
    assert (report.added, report.deleted, len(report.skipped)) == (1, 0, 2)
    assert ids(index_dir, "banana") == {"w.jsonl#b"}
    lines.append('{"id": "e", "text": "Elderberry wine."}')
    export.write_text("\n".join([lines[0], lines[1].replace("zqb", "zqfixed"), lines[3], lines[4]]) + "\n",
                      encoding="utf-8")
    report = build_index(corpus, index_dir)   # mended, and c deleted: a record never read (d) keeps nothing
    assert (report.updated, report.deleted) == (1, 1)
    assert ids(index_dir, "apple OR banana OR cherry") == {"w.jsonl#a", "w.jsonl#b"}


def test_rebuild_starts_from_scratch(built: Path, corpus: Path) -> None:
    report = build_index(corpus, built, rebuild=True)
    assert report.rebuilt and report.added == 3
    assert len([p for p in built.iterdir() if p.name.startswith("ix-")]) == 1


def test_other_corpus_needs_rebuild(built: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(NewsSearchError, match="give another index_dir .*, or rebuild=True to replace it") as caught:
        build_index(other, built)
    assert caught.value.for_cli().endswith("(use --index-dir for a separate index, or --rebuild to replace it)")


def test_a_file_or_folder_inside_the_indexed_corpus_is_updated_by_indexing_the_corpus(built: Path, corpus: Path) -> None:
    """`newssearch index corpus/feeds/rnz.rss` to refresh one file had been told "--rebuild to replace it": the
    whole corpus's index, for one file of it."""
    inside = next(path for path in sorted(corpus.iterdir()) if path.is_file())
    with pytest.raises(NewsSearchError) as caught:
        build_index(inside, built)
    assert str(caught.value).startswith(f"{built}/ holds the index of {corpus}; {inside} is part of it (index ")
    assert caught.value.for_cli().endswith(
        f"(run `newssearch index {corpus} --index-dir {built}` to update it: unchanged files are not read; or use "
        "another --index-dir for a separate index of this alone)")
    assert "rebuild" not in str(caught.value.hint)


def test_a_corpus_moved_elsewhere_is_told_to_rebuild_there(built: Path, corpus: Path, tmp_path: Path) -> None:
    """An archive moved to a new disk had been told only that the index held another corpus. (One moved as it was is
    updated in place, test_index_recorded_corpus; here the first file it lists has changed size, so that the folder
    is not told to be the corpus.)"""
    moved = corpus.rename(tmp_path / "moved")
    with open(sorted(moved.iterdir())[0], "a") as handle:
        handle.write("A line added.\n")
    with pytest.raises(NewsSearchError) as caught:
        build_index(moved, built)
    assert str(caught.value).startswith(f"{built}/ holds the index of {corpus}, which is not there any more, not {moved}")
    assert caught.value.for_cli().endswith(
        f"(if the corpus moved here, run `newssearch index {moved} --index-dir {built} --rebuild` (its ids stay the "
        "same); or use another --index-dir for a separate index)")


def test_missing_corpus_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFound, match="corpus not found"):
        build_index(tmp_path / "nope", tmp_path / "ix")


@pytest.mark.parametrize(("target", "why"), [
    ("loop", "a link that points at itself (a loop)"),
    ("gone", "a link to a folder or file that is not there (a drive not mounted?)")])
def test_a_corpus_that_is_a_broken_link_says_why_it_is_not_found(tmp_path: Path, target: str, why: str) -> None:
    # a link to itself had been "corpus not found: loop", as of a path mistyped
    (tmp_path / "loop").symlink_to(tmp_path / target)
    with pytest.raises(CorpusNotFound) as raised:
        build_index(tmp_path / "loop", tmp_path / "ix")
    assert str(raised.value) == (f"corpus not found: {tmp_path / 'loop'} is {why} (give the folder that holds your "
                                 "articles, or one file of them)")
    assert not (tmp_path / "ix").exists()


def test_one_export_file_is_a_corpus_too(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    lines = [{"id": "a", "title": "Flood in Nelson", "text": "Rain closed the Nelson roads."},
             {"id": "b", "title": "Budget day", "text": "The finance minister read the budget."}]
    export.write_text("".join(json.dumps(line) + "\n" for line in lines))
    report = build_index(export, tmp_path / "ix")
    assert (report.added, report.documents, report.files) == (2, 2, 1)
    assert ids(tmp_path / "ix", "nelson") == {"export.jsonl#a"}
    assert build_index(export, tmp_path / "ix").unchanged == 2
    with export.open("a") as more:
        more.write(json.dumps({"id": "c", "text": "Nelson rain again."}) + "\n")
    assert build_index(export, tmp_path / "ix").documents == 3
    assert ids(tmp_path / "ix", "nelson") == {"export.jsonl#a", "export.jsonl#c"}


def test_a_file_of_an_unread_kind_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "cover.psd").write_bytes(b"8BPS")
    with pytest.raises(CorpusNotFound, match="cover.psd is not a kind of file newssearch reads") as refused:
        build_index(tmp_path / "cover.psd", tmp_path / "ix")
    # the endings it names are those read: a .7z or .rar is only told to be unpacked
    assert ".jsonl" in str(refused.value.hint) and ".7z" not in str(refused.value.hint) and ".rar" not in str(refused.value.hint)


def test_manifest_lagging_behind_a_commit_is_recovered(built: Path, corpus: Path) -> None:
    manifest = load_manifest(built)
    assert manifest is not None
    manifest.generation = -5
    manifest.files = {}
    save_manifest(built, manifest)
    report = build_index(corpus, built)
    assert report.unchanged == 3 and report.added == 0


def test_foreign_folder_is_not_taken_for_an_index(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("my notes")
    with pytest.raises(IndexCorrupt, match="not a newssearch index"):
        build_index(corpus, folder)
    assert (folder / "notes.txt").exists()


def test_index_folder_inside_corpus_is_not_indexed(corpus: Path) -> None:
    report = build_index(corpus, corpus / "index")
    assert report.documents == 3 and report.skipped == []


@pytest.mark.parametrize("rebuild", [False, True])
def test_the_corpus_folder_itself_is_refused_as_the_index_folder(corpus: Path, rebuild: bool) -> None:
    before = sorted(p.name for p in corpus.iterdir())
    with pytest.raises(InvalidArgument, match=f"the index folder cannot be the corpus folder itself: {corpus} "):
        build_index(corpus, corpus / ".", rebuild=rebuild)
    assert sorted(p.name for p in corpus.iterdir()) == before  # not even a lock file left behind


def write_format_1_manifest(index_dir: Path) -> None:
    """Replace the manifest with one in format 1: a single JSON object holding the file table."""
    manifest = load_manifest(index_dir)
    assert manifest is not None
    old = {"active": manifest.active, "corpus": manifest.corpus, "generation": manifest.generation,
           "updated": manifest.updated, "format": 1, "files": {}}
    (index_dir / MANIFEST).write_text(json.dumps(old))


def test_index_from_an_older_format_is_rebuilt_by_index(built: Path, corpus: Path) -> None:
    write_format_1_manifest(built)
    with pytest.raises(IndexOutdated) as caught:
        open_index(built)
    assert "another version of newssearch" in str(caught.value)
    assert caught.value.hint == f'run `newssearch.build_index("{corpus}", "{built}", rebuild=True)` to build it again'
    assert caught.value.cli_hint == f"run `newssearch index {corpus} --index-dir {built}` to build it again"
    report = build_index(corpus, built)
    assert report.rebuilt and report.added == 3
    assert SEED in ids(built)


def test_an_index_from_a_newer_version_is_not_downgraded_unasked(built: Path, corpus: Path) -> None:
    manifest_path = built / MANIFEST
    head, rest = manifest_path.read_bytes().split(b"\n", 1)
    newer = json.loads(head)
    newer["format"] = 99
    manifest_path.write_bytes(json.dumps(newer).encode() + b"\n" + rest)
    for attempt in (lambda: open_index(built), lambda: build_index(corpus, built)):
        with pytest.raises(IndexCorrupt, match="built by a newer version of newssearch") as caught:
            attempt()
        assert caught.value.hint and "upgrade newssearch" in caught.value.hint
    assert build_index(corpus, built, rebuild=True).added == 3


def _with_head(index_dir: Path, change) -> None:  # type: ignore[no-untyped-def]
    """The manifest's head line as ``change`` leaves its dict, written back as the writer writes a head."""
    path = index_dir / MANIFEST
    head, rest = path.read_bytes().split(b"\n", 1)
    fields = json.loads(head)
    change(fields)
    path.write_bytes(json.dumps(fields, separators=(",", ":")).encode() + b"\n" + rest)


def _vouched(fields: dict) -> None:  # type: ignore[type-arg]
    """``fields`` with its head_crc made again, as a newer version that wrote them makes it."""
    import zlib

    fields.pop("head_crc", None)
    fields["head_crc"] = zlib.crc32(json.dumps(fields, separators=(",", ":")).encode())


def test_a_manifest_with_a_field_this_version_does_not_know_is_of_a_newer_version(built: Path, corpus: Path) -> None:
    # any field a later version adds to the head had made this one call the index damaged and say to rebuild it
    _with_head(built, lambda fields: (fields.update(shard_map="s1"), _vouched(fields)))
    for attempt in (lambda: open_index(built), lambda: build_index(corpus, built)):
        with pytest.raises(IndexCorrupt) as caught:
            attempt()
        assert str(caught.value).startswith(f"{built} was built by a newer version of newssearch (its manifest "
                                            "records shard_map, which this version does not know) (upgrade newssearch")
        assert caught.value.hint and "upgrade newssearch" in caught.value.hint
    result = CliRunner().invoke(cli, ["query", "police", "--index-dir", str(built)])
    assert result.exit_code == 2 and "built by a newer version of newssearch" in result.stderr
    assert build_index(corpus, built, rebuild=True).added == 3


@pytest.mark.parametrize("change", [
    lambda fields: fields.update(shard_map="s1"),  # a field no version vouched for
    lambda fields: fields.update(toc_crd=fields.pop("toc_crc")),  # a key's letter changed: an unknown key
    lambda fields: (fields.update(shard_map="s1"), _vouched(fields), fields.update(shard_map="s2")),  # after its crc
    lambda fields: fields.update(generation=fields["generation"] + 1),  # a value changed under the head's crc
])
def test_a_damaged_manifest_head_is_still_damaged(built: Path, change) -> None:  # type: ignore[no-untyped-def]
    _with_head(built, change)
    with pytest.raises(IndexCorrupt, match="is damaged"):
        open_index(built)


def test_outdated_index_in_the_default_place_names_no_index_dir(corpus: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSSEARCH_INDEX", raising=False)
    build_index(corpus, Path("index"))
    write_format_1_manifest(Path("index"))
    with pytest.raises(IndexOutdated) as caught:
        open_index()
    assert caught.value.hint == f'run `newssearch.build_index("{corpus}", rebuild=True)` to build it again'
    assert caught.value.cli_hint == f"run `newssearch index {corpus}` to build it again"


def test_older_format_of_another_corpus_is_not_rebuilt_silently(built: Path, tmp_path: Path) -> None:
    write_format_1_manifest(built)
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(IndexCorrupt, match="another version"):
        build_index(other, built)


def test_searches_read_only_the_manifest_head(built: Path) -> None:
    head = load_manifest(built, with_files=False)
    full = load_manifest(built)
    assert head is not None and full is not None
    assert head.files == {} and head.file_count == full.file_count == len(full.files) == 3
    assert (head.active, head.corpus, head.generation) == (full.active, full.corpus, full.generation)


def test_a_skipped_record_is_reported_on_every_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = tmp_path / "corpus" / "wire.jsonl"
    records.write_text('{"id": "a", "title": "Ferry", "body": "The ferry sailed."}\nnot json\n', encoding="utf-8")
    first = build_index(corpus, tmp_path / "index")
    again = build_index(corpus, tmp_path / "index")
    os.utime(records, ns=(time.time_ns(), time.time_ns()))  # touched: read again, the same content
    touched = build_index(corpus, tmp_path / "index")
    assert [skip.path for skip in first.skipped] == ["wire.jsonl"]
    assert again.skipped == first.skipped and again.unchanged == 1
    assert touched.skipped == first.skipped and touched.unchanged == 1


def test_an_index_inside_the_corpus_is_not_read_as_articles(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, corpus / "old-index")
    report = build_index(corpus, tmp_path / "index")
    assert report.skipped == [] and report.ignored == 0 and report.documents == 3


def test_the_index_folder_inside_the_corpus_is_passed_over_without_a_word(corpus: Path) -> None:
    # newssearch's own folder where it was told to write it (`newssearch index .` beside ./index): no skip each run
    build_index(corpus, corpus / "index")
    report = build_index(corpus, corpus / "index")
    assert report.skipped == [] and report.unchanged == 3


INDEX_LINK = "link to the index folder (an index's files are not articles): not followed"
OTHER_INDEX_LINK = "link to another newssearch index (an index's files are not articles): not followed"


@pytest.mark.parametrize("inside", [False, True], ids=["index beside the corpus", "index inside the corpus"])
def test_a_link_to_the_index_folder_is_a_skip_with_its_reason(corpus: Path, tmp_path: Path, inside: bool) -> None:
    # corpus/idx -> ../index had been passed over without a word, every file behind it unread
    index_dir = corpus / "index" if inside else tmp_path / "index"
    (corpus / "sub").mkdir()
    (corpus / "sub" / "idx").symlink_to(index_dir)
    first = build_index(corpus, index_dir)
    again = build_index(corpus, index_dir)
    for report in (first, again):  # said on every run, as every skip is, in one line
        assert [(skip.path, skip.reason, skip.kept) for skip in report.skipped] == [("sub/idx", INDEX_LINK, False)]
    assert again.documents == again.unchanged == 3


def test_a_link_to_another_index_is_a_skip_with_its_reason(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, tmp_path / "other")
    (corpus / "other").symlink_to(tmp_path / "other")
    report = build_index(corpus, tmp_path / "index")
    assert [(skip.path, skip.reason) for skip in report.skipped] == [("other", OTHER_INDEX_LINK)]
    assert report.documents == 3


def test_a_folder_replaced_by_a_link_to_the_index_loses_its_articles(corpus: Path, tmp_path: Path) -> None:
    # nothing is read behind the link, so nothing is kept of the folder its name held (as a link back)
    (corpus / "idx").mkdir()
    (corpus / "idx" / "b.txt").write_text("Harbour\n\nThe harbour closed.\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    shutil.rmtree(corpus / "idx")
    (corpus / "idx").symlink_to(tmp_path / "index")
    report = build_index(corpus, tmp_path / "index")
    assert (report.deleted, report.documents) == (1, 3)
    assert [skip.reason for skip in report.skipped] == [INDEX_LINK]


def test_the_index_link_is_said_once_by_the_cli(corpus: Path, tmp_path: Path) -> None:
    (corpus / "idx").symlink_to(tmp_path / "index")
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "index")])
    assert result.exit_code == 0
    assert result.output.splitlines()[2:] == ["  1 skipped", f"    idx: {INDEX_LINK}"]


def test_an_export_named_like_the_manifest_does_not_hide_its_folder(corpus: Path, tmp_path: Path) -> None:
    exports = corpus / "exports"
    exports.mkdir()
    (exports / "a.txt").write_text("Kept\n\nZqkept article text.\n", encoding="utf-8")
    (exports / MANIFEST).write_text('[{"title": "Saved", "text": "Zqsaved article text."}]', encoding="utf-8")
    report = build_index(corpus, tmp_path / "index")
    assert report.documents == 5
    with open_index(tmp_path / "index") as idx:
        assert idx.search("zqsaved").total == idx.search("zqkept").total == 1


def test_the_folder_a_browser_saves_beside_a_page_is_not_read(corpus: Path, tmp_path: Path) -> None:
    page = "<html><head><title>Harbour</title></head><body><article><p>{}</p></article></body></html>"
    (corpus / "Story.html").write_text(page.format("The zqharbour works were approved by the council today."))
    (corpus / "Story_files").mkdir()
    (corpus / "Story_files" / "ads.html").write_text(page.format("Book a zqharbour cruise now and save forty percent."))
    (corpus / "Other_files").mkdir()                      # no Other.html beside it: a folder like any other
    (corpus / "Other_files" / "note.txt").write_text("Note\n\nA zqharbour note.\n")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert sorted(hit.id for hit in idx.search("zqharbour").hits) == ["Other_files/note.txt", "Story.html"]


@pytest.mark.parametrize(("page", "assets"), [("STORY.HTM", "STORY_files"), ("Story.HTML", "Story_files"),
                                              ("Brücke.html", "Brücke-Dateien"), ("Pont.html", "Pont_fichiers"),
                                              ("Puente.htm", "Puente_archivos"), ("Brug.html", "Brug_bestanden")])
def test_a_browsers_asset_folder_is_known_in_any_case_and_its_language(corpus: Path, tmp_path: Path, page: str,
                                                                       assets: str) -> None:
    html = "<html><head><title>Harbour</title></head><body><article><p>{}</p></article></body></html>"
    (corpus / page).write_text(html.format("The zqharbour works were approved by the council today."))
    (corpus / assets).mkdir()
    (corpus / assets / "ads.html").write_text(html.format("Book a zqharbour cruise now and save forty percent."))
    (corpus / "Other-Dateien").mkdir()                    # no page of that name beside it: a folder like any other
    (corpus / "Other-Dateien" / "note.txt").write_text("Note\n\nA zqharbour note.\n")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert sorted(hit.id for hit in idx.search("zqharbour").hits) == sorted(["Other-Dateien/note.txt", page])


def test_a_run_leaves_no_writer_run_folders_and_clears_those_an_interrupted_run_left(
        corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    [live] = index_dir.glob("ix-*")
    assert list(live.glob("*.tmp")) == []
    leftover = live / "newssearch-99999-0123abcd.tmp"     # as a Ctrl-C mid-write leaves it
    leftover.mkdir()
    (leftover / "run0.ctmp").write_bytes(b"x" * 1000)
    assert build_index(corpus, index_dir).unchanged == 3
    assert list(live.glob("*.tmp")) == []


def test_a_link_to_an_article_of_the_corpus_is_not_a_second_article(corpus: Path, tmp_path: Path) -> None:
    (corpus / "zz").mkdir()
    (corpus / "zz" / "story.txt").write_text("Story\n\nThe zqlinked story.\n", encoding="utf-8")
    (corpus / "latest.txt").symlink_to(corpus / "zz" / "story.txt")   # met before the file it names
    (corpus / "outside.txt").symlink_to(tmp_path / "elsewhere.txt")
    (tmp_path / "elsewhere.txt").write_text("Elsewhere\n\nA zqlinked note kept outside.\n", encoding="utf-8")
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    with open_index(index_dir) as idx:
        assert sorted(hit.id for hit in idx.search("zqlinked").hits) == ["outside.txt", "zz/story.txt"]
    (tmp_path / "elsewhere.txt").unlink()               # the link's file is gone: so is its article
    report = build_index(corpus, index_dir)
    assert (report.deleted, [skip.path for skip in report.skipped]) == (1, ["outside.txt"])
    with open_index(index_dir) as idx:
        assert [hit.id for hit in idx.search("zqlinked").hits] == ["zz/story.txt"]


def test_a_deleted_article_leaves_no_suggestion_and_no_source(tmp_path: Path) -> None:
    # Whoosh keeps a deleted article's terms until a merge: they must not be offered or counted.
    corpus, index_dir = tmp_path / "c", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text(json.dumps({"title": "Glaciers retreat", "source": "Alpine Times",
                                                "text": "Glaciers in the Alps are melting faster."}) + "\n")
    (corpus / "b.jsonl").write_text(json.dumps({"title": "Budget passes", "source": "City Paper",
                                                "text": "The council passed its budget."}) + "\n")
    build_index(corpus, index_dir)
    with open_index(index_dir) as idx:
        assert (idx.search("glacer").suggestion, idx.stats().sources) == ("glaciers", 2)
    (corpus / "a.jsonl").unlink()
    assert build_index(corpus, index_dir).deleted == 1
    with open_index(index_dir) as idx:
        assert (idx.search("glacer").suggestion, idx.stats().sources) == (None, 1)
        assert idx.search("budgte").suggestion == "budget"
        assert idx.stats().to_dict()["sources"] == 1


def test_an_export_emptied_deletes_its_articles_and_a_broken_one_keeps_them(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "c", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "emptied.json").write_text(json.dumps([{"title": "Library reopens", "text": "The library reopened."}]))
    (corpus / "broken.json").write_text(json.dumps([{"title": "Pool closes", "text": "The library pool closed."}]))
    build_index(corpus, index_dir)
    (corpus / "emptied.json").write_text("[]")        # the export now holds no articles: they are gone
    (corpus / "broken.json").write_text('[{"title": ')  # cut short mid-write: keep what it had
    report = build_index(corpus, index_dir)
    assert (report.deleted, report.unchanged) == (1, 1)
    assert sorted((skip.path, skip.reason) for skip in report.skipped)[1] == (
        "emptied.json", "no articles in file (no records)")
    assert ids(index_dir, "library") == {"broken.json#1"}
    again = build_index(corpus, index_dir)  # still said on every run
    assert "emptied.json" in {skip.path for skip in again.skipped} and again.deleted == 0


def test_a_folder_keeps_its_own_ids_beside_a_link_to_it(tmp_path: Path) -> None:
    from newssearch.corpus import walk_corpus

    (tmp_path / "c" / "real").mkdir(parents=True)
    (tmp_path / "c" / "real" / "k.txt").write_text("Kiwi\n\nKiwi text.\n")
    (tmp_path / "c" / "alias").symlink_to("real")  # sorts first, yet the folder is visited once, as itself
    assert [item.rel for item in walk_corpus(tmp_path / "c").files] == ["real/k.txt"]


def test_a_link_to_a_folder_deeper_in_the_corpus_changes_no_id_and_its_folder_going_deletes(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    (corpus / "z" / "2024").mkdir(parents=True)
    (corpus / "z" / "2024" / "s.txt").write_text("Storm\n\nThe zqstorm story.\n", encoding="utf-8")
    (corpus / "o.txt").write_text("Other\n\nAnother story.\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    (corpus / "a_latest").symlink_to(Path("z") / "2024")  # sorts first, and the walk meets it before z/2024
    report = build_index(corpus, tmp_path / "index")
    assert (report.added, report.deleted, report.unchanged) == (0, 0, 2)
    shutil.rmtree(corpus / "z" / "2024")
    report = build_index(corpus, tmp_path / "index")
    assert report.deleted == 1
    with open_index(tmp_path / "index") as idx:
        assert idx.search("zqstorm").total == 0


def test_a_link_into_a_hidden_folder_of_the_corpus_is_followed(tmp_path: Path) -> None:
    from newssearch.corpus import walk_corpus

    (tmp_path / "c" / ".archive" / "2024").mkdir(parents=True)
    (tmp_path / "c" / ".archive" / "2024" / "k.txt").write_text("Kiwi\n\nKiwi text.\n")
    (tmp_path / "c" / "latest").symlink_to(Path(".archive") / "2024")
    assert [item.rel for item in walk_corpus(tmp_path / "c").files] == ["latest/k.txt"]


def test_a_folder_that_cannot_be_opened_keeps_its_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newssearch.corpus as corpus_module

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "ok.txt").write_text("Ok\n\nThe harbour zqkept story.\n", encoding="utf-8")
    (corpus / "sub" / "s.txt").write_text("Sub\n\nThe zqkept ferry story.\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    monkeypatch.setattr(corpus_module.os, "walk", _walk_failing_on("sub"))
    report = build_index(corpus, tmp_path / "index")
    assert report.deleted == 0
    assert report.skipped == [Skip("sub", "cannot open folder: Permission denied (kept 1 article indexed before)",
                                   kept=True)]  # named first, as a file's earlier version kept is
    assert report.unchanged == report.documents == 2   # the counts add up
    with open_index(tmp_path / "index") as idx:
        assert sorted(hit.id for hit in idx.search("zqkept").hits) == ["ok.txt", "sub/s.txt"]


def test_a_folder_or_link_that_leads_nowhere_on_a_first_build_keeps_nothing_and_says_nothing_is_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each had said "what the index holds of it is kept" of an index that held nothing (a first build, --rebuild).
    import newssearch.corpus as corpus_module

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "ok.txt").write_text("Ok\n\nThe harbour story.\n", encoding="utf-8")
    (corpus / "gone").symlink_to(tmp_path / "unmounted")
    monkeypatch.setattr(corpus_module.os, "walk", _walk_failing_on("sub"))
    for rebuild in (False, True):
        report = build_index(corpus, tmp_path / "index", rebuild=rebuild)
        assert sorted(report.skipped, key=lambda skip: skip.path) == [
            Skip("gone", "link to a folder or file that is not there (a drive not mounted?)"),
            Skip("sub", "cannot open folder: Permission denied")]


def test_a_file_that_cannot_be_looked_at_in_its_folder_says_its_version_is_kept(
        built: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A folder that lists its files but lets none be looked at (chmod a-x): the file's articles were kept, and its
    # skip said nothing of it.
    import newssearch.corpus as corpus_module

    stat = os.stat

    def stat_refused(path, *args, **kwargs):  # (root looks at every file)
        if str(path).endswith(SEED):
            raise PermissionError(13, "Permission denied", str(path))
        return stat(path, *args, **kwargs)

    monkeypatch.setattr(corpus_module.os, "stat", stat_refused)
    report = build_index(corpus, built)
    monkeypatch.undo()
    assert report.skipped == [Skip(SEED, "cannot read file: Permission denied (kept the version indexed before)",
                                   kept=True)]
    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 0, 0, 3)
    assert SEED in ids(built)


def test_a_corpus_folder_that_cannot_be_opened_keeps_every_article(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # The root's problem has the id "."; no indexed id starts with "./", so every article had been deleted
    # while the skip said they were kept.
    import newssearch.corpus as corpus_module

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "ok.txt").write_text("Ok\n\nThe harbour zqkept story.\n", encoding="utf-8")
    (corpus / "sub" / "s.txt").write_text("Sub\n\nThe zqkept ferry story.\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")

    def walk_refused(top, onerror=None, followlinks=False):  # as os.walk does on a corpus chmod 000 (root reads all)
        onerror(PermissionError(13, "Permission denied", str(top)))
        return iter(())

    monkeypatch.setattr(corpus_module.os, "walk", walk_refused)
    report = build_index(corpus, tmp_path / "index")
    assert (report.deleted, report.unchanged, report.documents) == (0, 2, 2)
    assert report.skipped == [Skip(".", "cannot open folder: Permission denied (kept 2 articles indexed before)",
                                   kept=True)]
    with open_index(tmp_path / "index") as idx:
        assert sorted(hit.id for hit in idx.search("zqkept").hits) == ["ok.txt", "sub/s.txt"]


def test_a_link_to_a_folder_that_is_not_there_keeps_its_articles(tmp_path: Path) -> None:
    corpus, drive = tmp_path / "corpus", tmp_path / "mnt" / "drive"
    (drive / "news").mkdir(parents=True)
    corpus.mkdir()
    (drive / "news" / "far.txt").write_text("Far\n\nThe zqfar story.\n", encoding="utf-8")
    (corpus / "ext").symlink_to(drive / "news")
    build_index(corpus, tmp_path / "index")
    (drive / "news").rename(drive / "off")  # the drive not mounted: its mount point is still there, empty
    (corpus / "here.txt").write_text("Here\n\nA zqfar note.\n", encoding="utf-8")
    report = build_index(corpus, tmp_path / "index")
    assert (report.added, report.deleted, [skip.path for skip in report.skipped]) == (1, 0, ["ext"])
    assert report.ignored == 0
    with open_index(tmp_path / "index") as idx:
        assert sorted(hit.id for hit in idx.search("zqfar").hits) == ["ext/far.txt", "here.txt"]


def test_a_corpus_come_back_empty_deletes_nothing_unless_rebuilt(built: Path, corpus: Path) -> None:
    for path in list(corpus.iterdir()):
        path.unlink()
    with pytest.raises(CorpusNotFound, match="holds no articles now.*nothing was deleted") as caught:
        build_index(corpus, built)
    assert caught.value.hint == (f"if they were removed on purpose, run "
                                 f'`newssearch.build_index("{corpus}", "{built}", rebuild=True)`')
    assert caught.value.cli_hint == f"if they were removed on purpose, run `newssearch index --rebuild {corpus} --index-dir {built}`"
    with open_index(built) as idx:
        assert idx.stats().documents > 0
    assert build_index(corpus, built, rebuild=True).documents == 0


def test_an_empty_corpus_path_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CorpusNotFound, match="the corpus path is empty"):
        build_index("", tmp_path / "index")


def test_an_index_folder_given_as_the_corpus_is_refused(built: Path, tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFound, match="is a newssearch index, not a folder of articles"):
        build_index(built, tmp_path / "other-index")


def test_the_spelling_words_of_deleted_articles_go_when_their_segment_is_merged(tmp_path: Path) -> None:
    """Whoosh kept every spelling word for ever: a junk file of 200,000 words, deleted, left them all in
    the index (17 MB for 13 short articles) and made every later merge slow."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"s{n}.txt").write_text(f"Story {n}\n\nThe council met about the harbour bridge.")
    junk = [f"zq{n:04d}x" for n in range(500)]
    (corpus / "junk.txt").write_text("Junk\n\n" + " ".join(junk))
    build_index(corpus, index)
    (corpus / "junk.txt").unlink()
    for n in range(3, 13):  # small updates: Whoosh merges the small segments as they come
        (corpus / f"s{n}.txt").write_text(f"Story {n}\n\nMore news.")
        build_index(corpus, index)
    with open_index(index) as idx:
        words = {word.decode() for word in idx._searcher.reader().lexicon("spell_body")}
    assert {"council", "harbour", "bridge", "news", "story"} <= words  # a headline's words too ("Story 3")
    assert not words & {*junk, "junk"}


def _walk_failing_on(name: str):  # type: ignore[no-untyped-def]
    """os.walk as it goes when the folder ``name`` cannot be opened, as a share does for a moment (root reads all)."""
    walk = os.walk

    def walk_failing(top, onerror=None, followlinks=False):  # type: ignore[no-untyped-def]
        for folder, dirs, names in walk(top, onerror=onerror, followlinks=followlinks):
            if name in dirs:
                dirs.remove(name)
                onerror(PermissionError(13, "Permission denied", str(Path(folder) / name)))
            yield folder, dirs, names

    return walk_failing


def test_a_manifest_holding_a_lone_surrogate_saves_and_reads_back_as_it_was(tmp_path: Path) -> None:
    # Fuzz seed 786: a skip's reason held JSON's "\ud800", and saving the manifest after the build raised
    # UnicodeEncodeError. Whatever a reason or name holds, the manifest is written and read back unchanged.
    from newssearch.store import FileEntry, Manifest

    reason = "line 3 (id \ud800): no body text"
    entry = FileEntry(1, 2, "ab", ["r%E9.jsonl#1"], skips=[["r\udce9.jsonl", reason]])
    manifest = Manifest(active="ix-1", corpus=str(tmp_path), files={"r\udce9.jsonl": entry})
    save_manifest(tmp_path, manifest)
    loaded = load_manifest(tmp_path)
    assert loaded is not None and loaded.files == manifest.files
