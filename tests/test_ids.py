"""Article ids: one per article, printed as stored, and found again however they are typed back."""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import ArticleNotFound, build_index, open_index
from newssearch.cli import cli
from newssearch.exports import csv_cell
from newssearch.formatting import safe
from newssearch.ids import distinct_id, portable_id, record_id, stable_keys, typed_forms


@pytest.mark.parametrize(("name", "expected"), [
    ("bbc/politics/223.txt", "bbc/politics/223.txt"),
    ("caf\udce9.txt", "caf%E9.txt"),                       # a byte that is not UTF-8
    ("new\nline.txt", "new%0Aline.txt"),
    ("exp #2.jsonl", "exp %232.jsonl"),                     # a file's id holds no #: that starts a record's key
    ("c1\u0085nel.txt", "c1%C2%85nel.txt"),                 # a C1 control, as the bytes of its UTF-8
    ("evil\u202e.txt", "evil%E2%80%AE.txt"),                # a bidi override
    ("می\u200cروم.txt", "می\u200cروم.txt"),                 # ZWNJ is spelling: kept
    ("caf%E9.txt", "caf%E9.txt"),                           # a % as named
])
def test_portable_id(name: str, expected: str) -> None:
    assert portable_id(name) == expected


@pytest.mark.parametrize("text", ["a\x1b[31mb", "x\u202ey\x85z\u200fw", "ok\u200dzwj", "tab\there"])
def test_an_id_prints_as_it_is_stored(text: str) -> None:
    for article_id in (portable_id(text), record_id("f.jsonl", text)):
        assert safe(article_id) == article_id and csv_cell(article_id) == article_id


@pytest.mark.parametrize(("key", "expected"), [
    ("7", "f.jsonl#7"), ("esc\x1b[31mred", "f.jsonl#esc%1B[31mred"), ("a#b", "f.jsonl#a#b"),
    ("\ud800", "f.jsonl#%ED%A0%80"),                       # a lone surrogate from JSON's \\ud800
])
def test_record_id(key: str, expected: str) -> None:
    assert record_id("f.jsonl", key) == expected


@pytest.mark.parametrize(("rel", "expected"), [
    ("caf%E9.txt", "caf%25E9.txt"), ("a%23b/c%2.txt", "a%2523b/c%2.txt"), ("100%.txt", "100%.txt")])
def test_distinct_id(rel: str, expected: str) -> None:
    assert distinct_id(rel) == expected


@pytest.mark.parametrize(("typed", "means"), [
    ("exp #2.jsonl#4", "exp %232.jsonl#4"),                 # a file named with # and a record of it
    ("exp #2.jsonl", "exp %232.jsonl"),
    ("'-draft.txt", "-draft.txt"),                          # as --csv guards it
    ("'=x.jsonl#1", "=x.jsonl#1"),
    ("pack.tar.gz#./ferry.txt", "pack.tar.gz#ferry.txt"),  # a member as `tar tzf` lists `tar czf … -C dir .`'s
    ("pack.tar#/abs/ferry.txt", "pack.tar#abs/ferry.txt"),  # `tar -P`'s
])
def test_typed_forms(typed: str, means: str) -> None:
    assert means in typed_forms(typed)


def index(corpus: Path, tmp_path: Path, files: dict[str, str]) -> Path:
    """``files`` written into ``corpus`` and indexed; the index folder."""
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def ids_of(index_dir: Path, words: str) -> list[str]:
    with open_index(index_dir) as idx:
        return sorted(hit.id for hit in idx.search(words, limit=50).hits)


def test_a_file_named_as_a_record_of_an_export_is_an_article_of_its_own(tmp_path: Path) -> None:
    export = ('{"id": "1.txt", "title": "One", "text": "Zqalpha about the council."}\n'
              '{"id": "2", "title": "Two", "text": "Zqdelta about the council."}\n')
    corpus = tmp_path / "corpus"
    index_dir = index(corpus, tmp_path, {"rec.jsonl": export,
                                         "rec.jsonl#1.txt": "File\n\nZqbeta about the council meeting.\n"})
    assert ids_of(index_dir, "council") == ["rec.jsonl#1.txt", "rec.jsonl#2", "rec.jsonl%231.txt"]
    (corpus / "rec.jsonl").write_text(export.replace("Zqalpha", "Zqalpha2"), encoding="utf-8")
    report = build_index(corpus, index_dir)                 # the export's edit had deleted the file's article
    assert (report.updated, report.deleted, report.documents) == (1, 0, 3)
    assert ids_of(index_dir, "zqbeta") == ["rec.jsonl%231.txt"]
    assert build_index(corpus, index_dir).unchanged == 3


def test_every_id_the_index_returns_opens(tmp_path: Path) -> None:
    export = json.dumps({"id": "esc\x1b[31mred\u202e", "title": "Esc", "text": "Zqesc about the council."})
    index_dir = index(tmp_path / "corpus", tmp_path, {"ex.jsonl": export + "\n",
                                                      "c1\u0085nel.txt": "Nel\n\nZqnel about the council.\n",
                                                      "می\u200cروم.txt": "Persian\n\nZqfa about the council.\n"})
    with open_index(index_dir) as idx:
        hits = idx.search("council").hits
        assert sorted(hit.id for hit in hits) == ["c1%C2%85nel.txt", "ex.jsonl#esc%1B[31mred%E2%80%AE",
                                                  "می\u200cروم.txt"]
        assert all(idx.get(hit.id).id == hit.id for hit in hits)
        assert idx.get("ex.jsonl#esc\x1b[31mred\u202e").title == "Esc"   # the key as the JSON holds it


def run(index_dir: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [*args, "--index-dir", str(index_dir)])


def test_the_ids_csv_prints_open_with_show(tmp_path: Path) -> None:
    index_dir = index(tmp_path / "corpus", tmp_path, {"-draft.txt": "Draft\n\nZqdraft about the council.\n",
                                                      "c1\u0085nel.txt": "Nel\n\nZqnel about the council.\n",
                                                      "می\u200cروم.txt": "Persian\n\nZqfa about the council.\n"})
    rows = run(index_dir, "query", "council", "--csv").stdout.splitlines()[1:]
    printed = sorted(row.split(",", 1)[0] for row in rows)
    assert printed == ["'-draft.txt", "c1%C2%85nel.txt", "می\u200cروم.txt"]
    for article_id in printed:
        shown = run(index_dir, "show", article_id, "--color", "never")
        assert shown.exit_code == 0 and shown.stdout.splitlines()[1] == f"id: {article_id.lstrip(chr(39))}"


def test_jsonl_escapes_what_json_escapes(tmp_path: Path) -> None:
    export = json.dumps({"id": "a", "title": "T \u202e x \u009b y", "text": "Zqjsonl about the council."})
    index_dir = index(tmp_path / "corpus", tmp_path, {"ex.jsonl": export + "\n"})
    line = run(index_dir, "query", "zqjsonl", "--jsonl").stdout
    assert "\u202e" not in line and "\x9b" not in line
    assert json.loads(line)["title"] == "T \u202e x \u009b y"


def test_a_path_typed_composed_finds_a_name_written_half_decomposed(tmp_path: Path) -> None:
    folder, name = "Re\u0301sume\u0301", "caf\u00e9.txt"            # a Mac's folder, a file named elsewhere
    corpus = tmp_path / "corpus"
    index_dir = index(corpus, tmp_path, {f"{folder}/{name}": "Mixed\n\nZqmixed about the council.\n"})
    for typed in ("R\u00e9sum\u00e9/caf\u00e9.txt", str(corpus / "R\u00e9sum\u00e9" / "caf\u00e9.txt")):
        shown = run(index_dir, "show", typed, "--color", "never")
        assert shown.exit_code == 0 and shown.stdout.splitlines()[0] == "Mixed", (typed, shown.stderr)


def test_an_export_named_with_a_hash_is_named_in_the_hint(tmp_path: Path) -> None:
    export = json.dumps({"id": "a", "title": "T", "text": "Zqhash about the council."})
    index_dir = index(tmp_path / "corpus", tmp_path, {"exp #2.jsonl": export + "\n"})
    missing = run(index_dir, "show", "exp #2.jsonl")
    assert missing.exit_code == 2
    assert "(exp %232.jsonl holds 1 article: exp %232.jsonl#a)" in missing.stderr
    assert run(index_dir, "show", "exp #2.jsonl#a").stdout.splitlines()[1] == "id: exp %232.jsonl#a"


def test_a_path_whose_id_another_file_kept_opens_its_own_article(tmp_path: Path) -> None:
    # "a%231.txt" named so, indexed first, keeps that id; "a#1.txt", added later, is "a%25231.txt". Its path,
    # typed or absolute, had opened the other file's article, the one its name is written as
    corpus = tmp_path / "corpus"
    index_dir = index(corpus, tmp_path, {"a%231.txt": "Literal\n\nZqliteral about the council.\n"})
    (corpus / "a#1.txt").write_text("Hash\n\nZqhash about the council.\n", encoding="utf-8")
    build_index(corpus, index_dir)
    assert ids_of(index_dir, "zqhash") == ["a%25231.txt"]
    with open_index(index_dir) as idx:
        assert idx.get(str(corpus / "a#1.txt")).title == "Hash"
        assert idx.get(str(corpus / "a%231.txt")).title == "Literal"
        assert idx.get("a%231.txt").title == "Literal"   # an id as printed is that id
        assert idx.get("a%25231.txt").title == "Hash"


def test_a_folder_given_to_show_is_said_to_be_one_with_its_articles(tmp_path: Path) -> None:
    """show bbc/politics (a folder, tab-completed) had said only "ids are paths relative to the corpus"."""
    corpus = tmp_path / "corpus"
    (corpus / "bbc" / "politics").mkdir(parents=True)
    for name in ("001.txt", "002.txt", "010.txt"):
        (corpus / "bbc" / "politics" / name).write_text(f"Vote {name}\n\nMPs voted on the bill.", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    shown = CliRunner().invoke(cli, ["show", "bbc/politics/", "--index-dir", str(tmp_path / "index")])
    assert (shown.exit_code, shown.stdout) == (2, "")
    assert shown.stderr == ("Error: no article with id 'bbc/politics/' (bbc/politics is a folder of 3 articles: "
                            "bbc/politics/001.txt, bbc/politics/002.txt, bbc/politics/010.txt)\n")
    copied = CliRunner().invoke(cli, ["show", str(corpus / "bbc"), "--index-dir", str(tmp_path / "index")])
    assert "(bbc is a folder of 3 articles: bbc/politics/001.txt, " in copied.stderr  # its path copied from the shell


def test_a_name_starting_with_a_tilde_is_a_name_where_no_user_has_it(tmp_path: Path, monkeypatch) -> None:
    """"~draft.txt" (or a Word owner file, "~$port.docx") to show, and a folder "~old" bash leaves unexpanded, had
    stopped with "unexpected RuntimeError: Could not determine home directory": ~draft was read as a user's home."""
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "~nosuchuser-old"
    corpus.mkdir()
    (corpus / "~draft.txt").write_text("Port draft\n\nThe port strike draft.", encoding="utf-8")
    index = tmp_path / "~nosuchuser-index"
    made = CliRunner().invoke(cli, ["index", "~nosuchuser-old", "--index-dir", "~nosuchuser-index"])
    assert made.exit_code == 0 and index.is_dir(), made.output
    shown = CliRunner().invoke(cli, ["show", "~draft.txt", "--index-dir", "~nosuchuser-index"])
    assert (shown.exit_code, shown.stdout.splitlines()[:2]) == (0, ["Port draft", "id: ~draft.txt"])
    with open_index("~nosuchuser-index") as idx:
        assert idx.get("~draft.txt").title == "Port draft"


def test_an_id_typed_without_its_keys_leading_zeros_or_its_gz_finds_the_one_article_it_means(tmp_path: Path) -> None:
    """``show time.json#17`` where the record's id is ``017`` (TIME's numbering), and ``show story.html`` for the
    gzipped ``story.html.gz``, had said only "no article with id …": each names one article, which it now finds."""
    export = json.dumps([{"id": "017", "title": "Nassau", "text": "Zqnassau about the council."},
                         {"id": "018", "title": "Russia", "text": "Zqrussia about the council."}])
    corpus = tmp_path / "corpus"
    index_dir = index(corpus, tmp_path, {"exports/time.json": export})
    (corpus / "web").mkdir()
    (corpus / "web" / "story.html.gz").write_bytes(gzip.compress(b"<title>Gz</title><p>Zqgz about the council.</p>"))
    (corpus / "two.txt.gz").write_bytes(gzip.compress(b"Two gz\n\nZqtwo about the council."))
    (corpus / "two.txt.bz2").write_bytes(bz2.compress(b"Two bz2\n\nZqtwo about the council."))
    build_index(corpus, index_dir)
    for typed, title in [("exports/time.json#17", "Nassau"), ("time.json#018", "Russia"), ("web/story.html", "Gz"),
                         ("story.html", "Gz"), (str(corpus / "web" / "story.html"), "Gz"),
                         ("WEB/Story.HTML", "Gz")]:              # a case-blind disk's spelling too
        shown = run(index_dir, "show", typed, "--color", "never")
        assert shown.exit_code == 0 and shown.stdout.splitlines()[0] == title, (typed, shown.stderr)
    assert run(index_dir, "show", "exports/time.json#17", "--color", "never").stdout.splitlines()[1] == \
        "id: exports/time.json#017"                     # the id it found is the one shown
    missing = run(index_dir, "show", "exports/time.json#19")
    assert (missing.exit_code, missing.stdout) == (2, "")
    assert missing.stderr.startswith("Error: no article with id 'exports/time.json#19' (exports/time.json holds 2")
    both = run(index_dir, "show", "two.txt")          # two files it may mean: named, neither chosen
    assert (both.exit_code, both.stdout) == (2, "")
    assert both.stderr == "Error: no article with id 'two.txt' (did you mean two.txt.bz2 or two.txt.gz?)\n"


def test_a_quoted_id_pattern_finds_the_articles_of_a_folder_named_with_a_space(tmp_path: Path) -> None:
    """``id:"Clippings 2005/*"`` had been refused ("a lone * after the last word in quotes cannot be searched"), and a
    folder named with a space could be filtered only as ``id:Clippings?2005/*``."""
    index_dir = index(tmp_path / "corpus", tmp_path, {
        "Clippings 2005/a.txt": "Port\n\nZqport about the council.\n",
        "Clippings 2005/b.txt": "Rail\n\nZqrail about the council.\n",
        "Clippings 2006/c.txt": "Road\n\nZqroad about the council.\n"})
    with open_index(index_dir) as idx:
        for query in ('council id:"Clippings 2005/*"', 'council path:"Clippings 2005/?.txt"', 'ID:"Clippings 2005/*"'):
            assert sorted(hit.id for hit in idx.search(query).hits) == \
                ["Clippings 2005/a.txt", "Clippings 2005/b.txt"], query
        assert [hit.id for hit in idx.search('council -id:"Clippings 2005/*"').hits] == ["Clippings 2006/c.txt"]


def test_a_path_typed_inside_a_folder_of_the_corpus_opens_the_file_beside_the_user(tmp_path: Path, monkeypatch) -> None:
    """``show story.txt`` typed in bbc/ had opened the top folder's story.txt, whose id is story.txt, and so had
    ``./story.txt``: a path names the file it names from where the user stands, when that file exists."""
    export = json.dumps({"id": "a", "title": "{} record", "text": "Zqrecord about the council."}) + "\n"
    corpus = tmp_path / "corpus"
    index_dir = index(corpus, tmp_path, {"story.txt": "Top story\n\nZqtop about the council.\n",
                                         "bbc/story.txt": "BBC story\n\nZqbbc about the council.\n",
                                         "exp.jsonl": export.replace("{}", "Top"),
                                         "bbc/exp.jsonl": export.replace("{}", "BBC")})
    monkeypatch.chdir(corpus / "bbc")
    for typed, title in [("story.txt", "BBC story"), ("./story.txt", "BBC story"), ("../story.txt", "Top story"),
                         ("bbc/story.txt", "BBC story"),      # an id as printed, no file so named beside the user
                         ("exp.jsonl#a", "BBC record"), ("../exp.jsonl#a", "Top record")]:
        shown = run(index_dir, "show", typed, "--color", "never")
        assert shown.exit_code == 0 and shown.stdout.splitlines()[0] == title, (typed, shown.stderr)
    monkeypatch.chdir(tmp_path)
    assert run(index_dir, "show", "story.txt", "--color", "never").stdout.splitlines()[0] == "Top story"


def test_a_file_with_no_article_says_what_the_index_knows_of_it(tmp_path: Path) -> None:
    # "show bridge.txt" of a file deleted before an update had said only "no article with id 'bridge.txt'", as of a
    # typo; so had a file skipped (a README) and one added to the corpus since the last update
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    (corpus / "sub").mkdir(parents=True)
    for name, title in [("bridge.txt", "Harbour bridge reopens"), ("sub/ferry.txt", "Ferry strike ends"),
                        ("vote.txt", "Council vote"), ("fares.txt", "Fares rise")]:  # one of four: not merged away
        (corpus / name).write_text(f"{title}\n\nThe story of it, told in full.\n", encoding="utf-8")
    (corpus / "README.md").write_text("# Notes\n", encoding="utf-8")
    build_index(corpus, index_dir)
    (corpus / "bridge.txt").unlink()
    build_index(corpus, index_dir)
    (corpus / "new.txt").write_text("Council vote\n\nThe council voted on Monday.\n", encoding="utf-8")

    def shown(typed: str) -> str:
        out = CliRunner().invoke(cli, ["show", typed, "--index-dir", str(index_dir)])
        assert out.exit_code == 2
        return out.stderr

    update = f"newssearch index {corpus} --index-dir {index_dir}"  # the index this one is
    assert shown("bridge.txt") == (f"Error: no article with id 'bridge.txt': bridge.txt was removed from the index at "
                                   f"an update: {corpus / 'bridge.txt'} is no longer there (if it was moved or "
                                   f"renamed, run {update} and find it by its words)\n")
    assert shown(str(corpus / "bridge.txt")).startswith(f"Error: no article with id '{corpus / 'bridge.txt'}': "
                                                        "bridge.txt was removed from the index at an update")
    assert shown("README.md") == ("Error: no article with id 'README.md': README.md was skipped at the last update: a "
                                  f"README file, not an article ({update} -v lists each file it skips, with why)\n")
    with open_index(index_dir) as idx, pytest.raises(ArticleNotFound) as raised:  # a caller is told the call
        idx.get("bridge.txt")
    assert str(raised.value.hint) == (f'if it was moved or renamed, run newssearch.build_index("{corpus}", '
                                      f'"{index_dir}") and find it by its words')
    assert shown(str(corpus / "new.txt")).startswith(f"Error: no article with id '{corpus / 'new.txt'}': "
                                                     f"{corpus / 'new.txt'} is in the corpus, but the index holds no "
                                                     "article of it: it was not read at the last update (run")
    assert shown("nope.txt") == (f"Error: no article with id 'nope.txt': there is no file {corpus / 'nope.txt'} (ids "
                                 "are paths relative to the corpus, as `newssearch query` shows them)\n")
    assert shown("sub").startswith("Error: no article with id 'sub' (sub is a folder of 1 article")
    assert shown("sub/fery.txt").startswith(f"Error: no article with id 'sub/fery.txt': there is no file "
                                            f"{corpus / 'sub' / 'fery.txt'} (ids are paths")



@pytest.mark.parametrize(("name", "hint"), [
    ("CLIPPING", "a text is read when its name ends in .txt: CLIPPING.txt"),
    ("photo.jpg", "newssearch index {corpus} --index-dir {index_dir} --verbose lists the files of unsupported types it "
                  "ignores"),
])
def test_a_file_of_a_type_no_reader_reads_is_said_to_be_ignored(tmp_path: Path, name: str, hint: str) -> None:
    """A text saved without an ending is in the corpus but never read: ``show CLIPPING`` had said only that ids are
    paths relative to the corpus, which it was, as of a typo."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "story.txt").write_text("Ferry strike ends\n\nThe strike ended on Monday.\n", encoding="utf-8")
    (corpus / name).write_text("Police in Auckland arrested two men.\n", encoding="utf-8")
    build_index(corpus, index_dir)
    out = CliRunner().invoke(cli, ["show", name, "--index-dir", str(index_dir)])
    ending = name.partition(".")[2] and "." + name.partition(".")[2]
    said = f"{name} is in the corpus, but of a type newssearch does not read ({ending or 'no ending'}): an update ignores it"
    hint = hint.format(corpus=corpus, index_dir=index_dir)
    assert (out.exit_code, out.stderr) == (2, f"Error: no article with id '{name}': {said} ({hint})\n")


def test_a_file_moved_at_an_update_is_found_by_its_bytes(tmp_path: Path) -> None:
    # "show bridge.txt" of a file renamed to harbour-bridge.txt had said only "if it was moved or renamed, run
    # newssearch index … and find it by its words", though that update had indexed it under its new name
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    (corpus / "feeds").mkdir(parents=True)
    for name, title in [("bridge.txt", "Harbour bridge reopens"), ("vote.txt", "Council vote"), ("fares.txt", "Fares"),
                        ("ferry.txt", "Ferry strike"), ("port.txt", "Port"), ("dam.txt", "Dam")]:
        (corpus / name).write_text(f"{title}\n\nThe story of it, told in full.\n", encoding="utf-8")
    # two of seven moved: fewer than a third of the segment's, so their removed articles are not merged away
    (corpus / "feeds" / "rnz.jsonl").write_text('{"id": "r1", "title": "Storm", "text": "Rain."}\n', encoding="utf-8")
    build_index(corpus, index_dir)
    (corpus / "bridge.txt").rename(corpus / "harbour-bridge.txt")
    (corpus / "feeds").rename(corpus / "wire")
    build_index(corpus, index_dir)

    def shown(typed: str) -> str:
        out = CliRunner().invoke(cli, ["show", typed, "--index-dir", str(index_dir)])
        assert out.exit_code == 2
        return out.stderr

    assert shown("bridge.txt") == (f"Error: no article with id 'bridge.txt': bridge.txt was removed from the index at "
                                   f"an update: {corpus / 'bridge.txt'} is no longer there, and a file of the same "
                                   "bytes is in the index: harbour-bridge.txt (if bridge.txt was moved or renamed, "
                                   "harbour-bridge.txt is its id now)\n")
    assert shown("feeds/rnz.jsonl#r1").endswith("a file of the same bytes is in the index: wire/rnz.jsonl (if "
                                                "feeds/rnz.jsonl was moved or renamed, wire/rnz.jsonl#r1 is its id now)\n")
    with open_index(index_dir) as idx, pytest.raises(ArticleNotFound) as raised:
        idx.get("bridge.txt")
    assert str(raised.value.hint) == "if bridge.txt was moved or renamed, harbour-bridge.txt is its id now"

def test_a_link_in_a_loop_given_to_show_is_no_article(tmp_path: Path, monkeypatch) -> None:
    """show loopb, a link to itself the index skipped ("link in a loop of links"), had stopped with "unexpected
    RuntimeError: Symlink loop from …": Python before 3.13 raises RuntimeError, not OSError, resolving it."""
    corpus = tmp_path / "corpus"
    index_dir = index(corpus, tmp_path, {"story.txt": "Story\n\nThe council met.\n"})
    (corpus / "loopb").symlink_to("loopb")
    monkeypatch.chdir(corpus)
    for typed in ("loopb", str(corpus / "loopb")):
        shown = run(index_dir, "show", typed)
        assert (shown.exit_code, shown.stderr) == (2, f"Error: no article with id '{typed}' (ids are paths relative "
                                                      "to the corpus, as `newssearch query` shows them)\n")


def test_a_records_key_typed_alone_is_answered_with_its_id(tmp_path: Path) -> None:
    """show a2, in an index of one export whose ids are export.jsonl#a1…, had said only "ids are paths relative to
    the corpus"."""
    records = "".join(json.dumps({"id": key, "title": f"Story {key}", "text": "The council met."}) + "\n"
                      for key in ("a1", "a2"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "export.jsonl").write_text(records, encoding="utf-8")
    (corpus / "more.jsonl").write_text(records.replace("a1", "b1"), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    assert run(tmp_path / "index", "show", "b1").stderr == ("Error: no article with id 'b1' (did you mean "
                                                            "more.jsonl#b1?)\n")
    assert run(tmp_path / "index", "show", "a2").stderr == ("Error: no article with id 'a2' (did you mean "
                                                            "export.jsonl#a2 or more.jsonl#a2?)\n")


def test_an_article_is_shown_by_its_address_when_only_it_has_that_address(tmp_path: Path) -> None:
    """``show https://news.example/ferry`` of an export's record or a saved page had said "no article with id",
    though ``url:`` finds it: an archivist's list of addresses names articles so; a web archive's ids end with
    the address, other articles hold it in their ``url``. Two articles at one address are not guessed between."""
    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    corpus.mkdir()
    records = [{"id": "a1", "title": "Ferry strike ends", "text": "Crews went back to work.",
                "url": "https://news.example/ferry"},
               {"id": "a2", "title": "Bridge reopens", "text": "The bridge reopened.", "url": "https://news.example/b"},
               {"id": "a3", "title": "Bridge reopens again", "text": "Reopened.", "url": "https://news.example/b"},
               {"id": "a4", "title": "Fähre fällt aus", "text": "Die Fähre fällt aus.", "url": "https://news.example/fähre"}]
    (corpus / "exp.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (corpus / "page.html").write_text('<html><head><link rel="canonical" href="https://paper.example/2024/rates">'
                                      "<title>Rates rise</title></head><body><article><h1>Rates rise</h1>"
                                      "<p>The bank raised its rates on Tuesday.</p></article></body></html>")
    build_index(corpus, index_dir)

    def shown(typed: str) -> tuple[int, str]:
        out = CliRunner().invoke(cli, ["show", typed, "--index-dir", index_dir, "--json"])
        return out.exit_code, json.loads(out.stdout)["id"] if out.exit_code == 0 else out.stderr

    assert shown("https://news.example/ferry") == (0, "exp.jsonl#a1")
    assert shown("http://news.example/ferry/") == (0, "exp.jsonl#a1")
    assert shown("paper.example/2024/rates") == (0, "page.html")
    assert shown("https://news.example/f%C3%A4hre") == (0, "exp.jsonl#a4")  # escaped as copying an address gives it
    assert shown("https://news.example/b")[0] == 2  # two articles at it: which is not guessed
    assert shown("https://news.example/ferry/more")[0] == 2
    # a link a newsletter gave out, with its tracking (the article's address is stored without it)
    assert shown("https://news.example/ferry?utm_source=newsletter&utm_medium=email") == (0, "exp.jsonl#a1")


def test_an_article_is_shown_by_an_address_of_thousands_of_words(tmp_path: Path) -> None:
    """A feed item's link of thousands of words (fuzz seed 2252: 2.2 MB of nested <div></div>) is its article's
    address: looked for by all its words at once, Whoosh's tree of thousands of matchers had raised RecursionError,
    which ``show`` and ``similar`` reported as a damaged index. Its words are looked for once each, a few of them."""
    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    corpus.mkdir()
    long_address = "https://news.example/" + "/".join(f"w{number}" for number in range(3000)) + "<div>" * 3000
    records = [{"id": "a1", "title": "Ferry strike ends", "text": "Crews went back to work.", "url": long_address},
               {"id": "a2", "title": "Bridge reopens", "text": "The bridge reopened.",
                "url": "https://news.example/" + "/".join(f"w{number}" for number in range(2999))}]
    (corpus / "exp.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    build_index(corpus, index_dir)
    out = CliRunner().invoke(cli, ["show", long_address, "--index-dir", index_dir, "--json"])
    assert (out.exit_code, json.loads(out.stdout)["id"]) == (0, "exp.jsonl#a1")
    out = CliRunner().invoke(cli, ["similar", long_address, "--index-dir", index_dir])
    assert out.exit_code == 1 and out.stderr.startswith(f"No articles like '{long_address[:40]}")  # found: no like


def test_an_address_of_several_articles_names_them(tmp_path: Path) -> None:
    """``show https://harbour.example/ferry`` of a feed item saved twice (a feed and a zip holding a copy of it) had
    said only "no article with id" and that ids are paths, as if no article were at the address: it names them."""
    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    corpus.mkdir()
    records = [{"id": "a2", "title": "Bridge reopens", "text": "The bridge reopened.", "url": "https://news.example/b"},
               {"id": "a3", "title": "Bridge reopens again", "text": "Reopened.", "url": "https://news.example/b"}]
    (corpus / "exp.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    build_index(corpus, index_dir)
    for command in ("show", "similar"):
        out = CliRunner().invoke(cli, [command, "news.example/b", "--index-dir", index_dir])
        assert (out.exit_code, out.stdout) == (2, "")
        assert out.stderr == ("Error: no article with id 'news.example/b' (did you mean exp.jsonl#a2 or "
                              "exp.jsonl#a3?)\n")


def test_an_article_is_shown_by_its_address_with_or_without_www(tmp_path: Path) -> None:
    """``show bbc.co.uk/news/business-1`` of an article at https://www.bbc.co.uk/news/business-1 had said "no article
    with id": a browser's bar, a printed link and a shared one often leave out the www. that the article's address
    has (or write it where the address has not). An address written exactly as an article has it still wins."""
    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    corpus.mkdir()
    records = [{"id": "a1", "title": "Cafe bills", "text": "Bills rose.", "url": "https://www.paper.example/news/1"},
               {"id": "a2", "title": "Ferry strike", "text": "Crews struck.", "url": "https://news.example/ferry"},
               {"id": "a3", "title": "Bus fares", "text": "Fares rose.", "url": "https://www.two.example/bus"},
               {"id": "a4", "title": "Bus fares too", "text": "Fares rose.", "url": "https://two.example/bus"}]
    (corpus / "exp.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    build_index(corpus, index_dir)

    def shown(typed: str) -> tuple[int, str]:
        out = CliRunner().invoke(cli, ["show", typed, "--index-dir", index_dir, "--json"])
        return out.exit_code, json.loads(out.stdout)["id"] if out.exit_code == 0 else out.stderr

    assert shown("paper.example/news/1") == (0, "exp.jsonl#a1")
    assert shown("https://paper.example/news/1/") == (0, "exp.jsonl#a1")
    assert shown("www.news.example/ferry") == (0, "exp.jsonl#a2")
    assert shown("http://www.news.example/ferry") == (0, "exp.jsonl#a2")
    assert shown("two.example/bus") == (0, "exp.jsonl#a4")  # as written: not the one at www.
    assert shown("https://www.two.example/bus") == (0, "exp.jsonl#a3")


def test_a_file_outside_the_corpus_is_said_to_be_outside_it(tmp_path: Path) -> None:
    """With two indexes side by side, ``show`` of a file of the other one's corpus (a path copied from the shell)
    had said only "no article with id …" and that ids are paths relative to the corpus, naming no corpus."""
    news, feeds, index_dir = tmp_path / "news", tmp_path / "feeds", tmp_path / "ix"
    news.mkdir(), feeds.mkdir()
    (news / "bridge.txt").write_text("Harbour bridge reopens\n\nThe bridge reopened.\n", encoding="utf-8")
    (feeds / "ferry.txt").write_text("Ferry strike ends\n\nCrews went back to work.\n", encoding="utf-8")
    (feeds / "exp.jsonl").write_text('{"id": "a1", "title": "Rates rise", "text": "The bank raised rates."}\n')
    build_index(news, index_dir)
    for typed in (str(feeds / "ferry.txt"), str(feeds / "exp.jsonl") + "#a1"):
        out = CliRunner().invoke(cli, ["show", typed, "--index-dir", str(index_dir)])
        assert out.exit_code == 2
        assert out.stderr == (f"Error: no article with id '{typed}': {feeds / typed.split('/')[-1].split('#')[0]} "
                              f"is not in the corpus of this index, {news} (give --index-dir the index of "
                              "its folder)\n")
    with open_index(index_dir) as idx, pytest.raises(ArticleNotFound) as raised:
        idx.get(str(feeds / "ferry.txt"))
    assert str(raised.value.hint) == "open the index of its folder"


def test_a_record_is_found_by_its_id_without_the_folder_or_archive_it_is_in(tmp_path: Path) -> None:
    """``show briefs.jsonl#r3`` of ``exports/briefs.jsonl#r3`` or ``outer.zip#briefs.jsonl#r3`` had said "there is
    no file …/briefs.jsonl", while ``show story.txt`` finds ``sub/story.txt``: a record's id's tail finds it too,
    when only one id ends so."""
    import zipfile

    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    (corpus / "exports").mkdir(parents=True)
    (corpus / "exports" / "briefs.jsonl").write_text('{"id": "r3", "title": "Rates rise", "text": "Up."}\n')
    with zipfile.ZipFile(corpus / "outer.zip", "w") as archive:
        archive.writestr("wire.jsonl", '{"id": "w1", "title": "Ferry strike ends", "text": "Crews went back."}\n')
    build_index(corpus, index_dir)
    for typed, expected in [("briefs.jsonl#r3", "exports/briefs.jsonl#r3"), ("wire.jsonl#w1", "outer.zip#wire.jsonl#w1")]:
        out = CliRunner().invoke(cli, ["show", typed, "--index-dir", index_dir, "--json"])
        assert out.exit_code == 0, out.stderr
        assert json.loads(out.stdout)["id"] == expected


def test_a_records_tail_finds_the_folders_record_before_an_archives(tmp_path: Path) -> None:
    """``show wire.jsonl#w1`` with ``b/wire.jsonl#w1`` in a folder and ``outer.zip#wire.jsonl#w1`` in an archive had
    shown the archive's record, the folder's never being looked for: a record's tail finds the folder's first, as
    ``show story.txt`` finds ``b/story.txt`` before ``outer.zip#story.txt``."""
    import zipfile

    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    (corpus / "b").mkdir(parents=True)
    (corpus / "b" / "wire.jsonl").write_text('{"id": "w1", "title": "Ferry strike ends", "text": "Crews went back."}\n')
    with zipfile.ZipFile(corpus / "outer.zip", "w") as archive:
        archive.writestr("wire.jsonl", '{"id": "w1", "title": "Ferry strike ends", "text": "Crews went back."}\n')
    build_index(corpus, index_dir)
    out = CliRunner().invoke(cli, ["show", "wire.jsonl#w1", "--index-dir", index_dir, "--json"])
    assert out.exit_code == 0, out.stderr
    assert json.loads(out.stdout)["id"] == "b/wire.jsonl#w1"


STABLE_KEYS = [
    # (own ids, natural keys, each, keys): a record's own id, else its natural key while those tell records apart
    ([None, None], ["https://x.example/a", "https://x.example/b"], True, ["https://x.example/a", "https://x.example/b"]),
    (["g1", None], ["https://x.example/a", "https://x.example/b"], True, ["g1", "https://x.example/b"]),
    ([None, None], ["https://x.example/a", "https://x.example/a"], True, ["1", "2"]),  # one key twice: places
    ([None, None], ["https://x.example/a", None], True, ["1", "2"]),  # one without: places
    ([None, None], ["https://x.example/a", None], False, ["https://x.example/a", "2"]),  # ... unless it is skipped
    (["https://x.example/b", None], [None, "https://x.example/b"], True, ["https://x.example/b", "2"]),  # another's id
]


@pytest.mark.parametrize("own, natural, each, expected", STABLE_KEYS)
def test_stable_keys(own: list[str | None], natural: list[str | None], each: bool, expected: list[str]) -> None:
    assert stable_keys(own, natural, each=each) == expected


def test_an_archive_member_typed_as_tar_lists_it_opens(tmp_path: Path) -> None:
    """``show 'pack.tar.gz#./ferry.txt'``, the member as ``tar tzf`` lists what ``tar czf pack.tar.gz -C dir .``
    packed, had said "no article with id … (pack.tar.gz holds 1 article: pack.tar.gz#ferry.txt)"."""
    import io
    import tarfile

    corpus = tmp_path / "c"
    corpus.mkdir()
    data = b"Ferry strike\n\nCrews walked out at the harbour.\n"
    with tarfile.open(corpus / "pack.tar.gz", "w:gz") as archive:
        info = tarfile.TarInfo("./ferry.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    build_index(corpus, tmp_path / "ix")
    out = CliRunner().invoke(cli, ["show", "pack.tar.gz#./ferry.txt", "--index-dir", str(tmp_path / "ix"), "--json"])
    assert out.exit_code == 0, out.stderr
    assert json.loads(out.stdout)["id"] == "pack.tar.gz#ferry.txt"


def test_an_id_typed_without_its_accents_finds_the_one_article_it_means(tmp_path: Path) -> None:
    """``show greve-a-paris.txt`` had said "no article with id …: there is no file …" beside ``grève-à-paris.txt``:
    an id typed without its accents finds the one article whose id reads so folded, as without its letter case;
    of two, the error names both."""
    corpus = tmp_path / "corpus"
    index_dir = index(corpus, tmp_path, {"grève-à-paris.txt": "Grève\n\nZqgreve à Paris.",
                                         "fr/élection.txt": "Élection\n\nZqelection.",
                                         "résumé.txt": "Résumé\n\nZqresume.", "resume.txt": "Resume\n\nZqresume."})
    (corpus / "fr" / "élection.txt.gz").write_bytes(gzip.compress(b"Election gz\n\nZqelection gz."))
    build_index(corpus, index_dir)
    for typed, article_id in [("greve-a-paris.txt", "grève-à-paris.txt"), ("GREVE-A-PARIS.TXT", "grève-à-paris.txt"),
                              ("resume.txt", "resume.txt")]:  # an exact id first, though another folds so too
        shown = run(index_dir, "show", typed, "--color", "never")
        assert (shown.exit_code, shown.stdout.splitlines()[1:2]) == (0, [f"id: {article_id}"]), (typed, shown.stderr)
    both = run(index_dir, "show", "fr/election.txt")
    assert (both.exit_code, both.stderr) == (
        2, "Error: no article with id 'fr/election.txt' (did you mean fr/élection.txt or fr/élection.txt.gz?)\n")


CASED = "id: matches ids as the index writes them, in their letter case and accents: "


def test_an_id_clause_in_another_letter_case_says_how_the_index_writes_it(tmp_path: Path) -> None:
    """``id:BBC/POLITICS/*`` had found nothing without a word while ``show`` takes an id in another letter case or
    without its accents: the note gives the clause as the index writes the ids (never widened silently: two folders
    may differ in case alone)."""
    index_dir = index(tmp_path / "corpus", tmp_path, {"bbc/politics/001.txt": "Vote\n\nZqvote held.",
                                                      "bbc/politics/002.txt": "Poll\n\nZqvote counted.",
                                                      "Grève/à-paris.txt": "Grève\n\nZqvote à Paris."})
    found = run(index_dir, "query", "zqvote id:BBC/POLITICS/*")
    assert (found.exit_code, found.stdout) == (1, "")
    assert found.stderr.splitlines()[1:] == [f"Note: {CASED}'id:bbc/politics/*' matches 2 ids."]
    with open_index(index_dir) as idx:
        assert [idx.search(query).notice for query in ("id:BBC/POLITICS/001.TXT", "id:greve/a-paris.txt",
                                                       "id:GREVE", "id:bbc/*/00?.TXT", "id:nope/*")] == [
            f"{CASED}did you mean 'id:bbc/politics/001.txt'?", f"{CASED}did you mean 'id:Grève/à-paris.txt'?",
            f"{CASED}'id:Grève/*' matches 1 id", f"{CASED}2 ids match it written otherwise, as 'bbc/politics/001.txt'",
            None]
        assert idx.search("id:bbc/politics/*").total == 2  # as written, as ever
