"""``show`` of a corpus file an update never reads for a reason it keeps meeting: one this user cannot read, and one
in the folder a browser saved beside a page. Both had been told "it was not read at the last update (run newssearch
index … to read the files added since)", though the update had reported the first skipped and ignores the second,
and running it again changes neither."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newssearch import build_index, open_index
from newssearch.errors import ArticleNotFound

STORY = "Harbour\n\nThe harbour story.\n"
PAGE = "<html><head><title>Storm</title></head><body><article><h1>Storm</h1><p>A storm hit the harbour bridge on " \
       "Monday evening, closing it to trucks.</p></article></body></html>"


def _missing(index_dir: Path, name: str) -> str:
    """The error ``show name`` gives, as the API raises it."""
    with open_index(index_dir) as index, pytest.raises(ArticleNotFound) as raised:
        index.get(name)
    return str(raised.value)


def test_a_file_this_user_cannot_read_is_said_skipped_at_each_update(
        tmp_path: Path, make_unreadable: Callable[[Path], None]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "locked.txt").write_text(STORY.replace("harbour", "ferry"), encoding="utf-8")
    make_unreadable(corpus / "locked.txt")
    report = build_index(corpus, tmp_path / "index")
    assert [(skip.path, skip.reason) for skip in report.skipped] == [("locked.txt",
                                                                      "cannot read file: Permission denied")]
    said = _missing(tmp_path / "index", "locked.txt")
    assert said.startswith("no article with id 'locked.txt': locked.txt is skipped at each update: cannot read file: "
                           "Permission denied ("), said


def test_a_file_in_a_saved_page_s_folder_is_said_part_of_that_page(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "saved" / "Storm_files").mkdir(parents=True)
    (corpus / "saved" / "Storm.html").write_text(PAGE, encoding="utf-8")
    (corpus / "saved" / "Storm_files" / "ad.html").write_text("<html><body><p>Buy now!</p></body></html>",
                                                             encoding="utf-8")
    (corpus / "saved" / "Storm_files" / "style.css").write_text("p { color: red }", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    said = _missing(tmp_path / "index", "saved/Storm_files/style.css")  # had said --verbose lists it: it does not
    assert said.startswith("no article with id 'saved/Storm_files/style.css': saved/Storm_files/style.css is in the "
                           "folder a browser saved beside the page saved/Storm.html"), said
    said = _missing(tmp_path / "index", "saved/Storm_files/ad.html")
    assert said == ("no article with id 'saved/Storm_files/ad.html': saved/Storm_files/ad.html is in the folder a "
                    "browser saved beside the page saved/Storm.html, a part of that page: an update reads the page, "
                    "not the files of its folder (the page's article: saved/Storm.html)"), said



def test_a_link_to_an_export_of_the_corpus_names_its_records(tmp_path: Path) -> None:
    # An update reads the file a link leads to once, under the file's own id, and passes the link over; a link to a
    # story ("latest.txt") was shown as its file, but one to an export had been told "it was not read at the last
    # update (run newssearch index … to read the files added since)", which never reads it (archivist audit).
    corpus = tmp_path / "corpus"
    (corpus / "exports").mkdir(parents=True)
    (corpus / "exports" / "wire.jsonl").write_text('{"id": "x1", "title": "Ferry", "body": "The ferry sailed."}\n',
                                                   encoding="utf-8")
    (corpus / "latest.jsonl").symlink_to(Path("exports") / "wire.jsonl")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as index:
        assert index.get("latest.jsonl#x1").id == "exports/wire.jsonl#x1"
    assert _missing(tmp_path / "index", "latest.jsonl") == (
        "no article with id 'latest.jsonl': latest.jsonl is a link to exports/wire.jsonl, which an update reads under "
        "its own id, once (exports/wire.jsonl holds 1 article: exports/wire.jsonl#x1)")


def test_a_file_skipped_at_the_last_update_is_said_so_when_its_corpus_is_not_there(tmp_path: Path) -> None:
    # the corpus on a drive not mounted: the manifest still records why the update skipped the file, which show had
    # left for the general hint ("ids are paths relative to the corpus")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    corpus.rename(tmp_path / "away")
    said = _missing(tmp_path / "index", "empty.txt")
    assert said == (f"no article with id 'empty.txt': empty.txt was skipped at the last update: empty file (the "
                    f"corpus {corpus} is not there now: moved, or not mounted?)"), said
    assert _missing(tmp_path / "index", "nope.txt").startswith("no article with id 'nope.txt' (ids are paths")


def test_a_file_refused_at_the_last_update_and_readable_now_is_said_refused_then(
        tmp_path: Path, make_unreadable: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch) -> None:
    # it had been told "it was not read at the last update", as a file added since is, not the reason the update
    # recorded for it
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "locked.txt").write_text(STORY.replace("harbour", "ferry"), encoding="utf-8")
    make_unreadable(corpus / "locked.txt")
    build_index(corpus, tmp_path / "index")
    monkeypatch.undo()  # readable again (the mode, and the opening the fixture refuses)
    (corpus / "locked.txt").chmod(0o644)
    said = _missing(tmp_path / "index", "locked.txt")
    assert said.startswith("no article with id 'locked.txt': locked.txt was skipped at the last update: cannot read "
                           "file: Permission denied (it opens now: run newssearch.build_index("), said
