"""A date in a file's path in the corpus (``2019/05/07/story.txt``) dates an article that gives none of its own."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import parse_bytes
from newssearch.documents.pathdates import date_in_path

UNDATED = b"Harbour ferry sails again\n\nThe harbour ferry sailed again on Monday after repairs to its engine.\n"


@pytest.mark.parametrize("rel, expected", [
    ("2019/05/07/story.txt", date(2019, 5, 7)),
    ("2020/06/19/page.html", date(2020, 6, 19)),
    ("news/2021-03-04-storm.md", date(2021, 3, 4)),
    ("news/2021_03_04/storm.txt", date(2021, 3, 4)),
    ("2019/nov/18/story.txt", date(2019, 11, 18)),
    ("archive.zip#2019/05/07/story.txt", date(2019, 5, 7)),  # a file in an archive, by its place there
    ("meldungen/29-10-2021.txt", date(2021, 10, 29)),  # the year last: 29 is no month
])
def test_a_path_names_its_day(rel: str, expected: date) -> None:
    assert date_in_path(rel) == expected


@pytest.mark.parametrize("rel", [
    "2019/story.txt",  # a year alone is no day
    "2019/05/story.txt",  # nor a month
    "12345678/story.txt",  # an id
    "2019050712/story.txt",  # a longer id starting as a date
    "20190507/story.txt",  # eight digits: an id as often as a day
    "wire/20190507-storm.txt",
    "docs/v2.10/story.txt",  # a version folder
    "v2019.05.07/story.txt",
    "release-2019-05-07/story.txt",  # a date inside a name, not starting it
    "2019/02/30/story.txt",  # no such day
    "2019/13/07/story.txt",
    "05-06-2021/story.txt",  # 5 June or 6 May: a path tells no order
    "story.txt",
])
def test_a_path_naming_no_day_gives_none(rel: str) -> None:
    assert date_in_path(rel) is None


def test_a_day_after_the_run_is_no_publication_date() -> None:
    later = date.today() + timedelta(days=2)
    assert date_in_path(f"{later:%Y/%m/%d}/story.txt") is None
    assert date_in_path(f"{date.today():%Y/%m/%d}/story.txt") == date.today()


def test_an_undated_text_takes_its_paths_date() -> None:
    article = parse_bytes(UNDATED, "2019/05/07/story.txt", ".txt").articles[0]
    assert (article.date, article.date_source) == (date(2019, 5, 7), "path")


def test_an_undated_page_takes_its_paths_date() -> None:
    html = b"<html><head><title>Ferry</title></head><body><article><h1>Ferry sails</h1><p>" + UNDATED[27:] \
        + b"</p></article></body></html>"
    article = parse_bytes(html, "2020/06/19/page.html", ".html").articles[0]
    assert (article.date, article.date_source) == (date(2020, 6, 19), "path")


def test_the_texts_own_date_outranks_its_paths() -> None:
    text = b"Ferry sails\n\nDate: 2019-05-09\n\n" + UNDATED[27:]
    article = parse_bytes(text, "2019/05/07/story.txt", ".txt").articles[0]
    assert (article.date, article.date_source) == (date(2019, 5, 9), "header:Date")


def test_a_records_date_is_not_taken_from_its_files_path() -> None:
    """A feed or an export saved in a dated folder was saved that day: its items may be older."""
    data = b'{"id": "a1", "title": "Ferry sails", "text": "The harbour ferry sailed again on Monday."}\n'
    article = parse_bytes(data, "2019/05/07/wire.jsonl", ".jsonl").articles[0]
    assert article.id == "2019/05/07/wire.jsonl#a1" and article.date is None


def test_show_says_the_date_came_from_the_path(tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "2019" / "05" / "07"
    folder.mkdir(parents=True)
    (folder / "story.txt").write_bytes(UNDATED)
    index = tmp_path / "index"
    runner = CliRunner()
    assert runner.invoke(cli, ["index", str(tmp_path / "corpus"), "--index-dir", str(index)]).exit_code == 0
    result = runner.invoke(cli, ["show", "2019/05/07/story.txt", "--index-dir", str(index)])
    assert result.stdout.splitlines()[1:3] == ["id: 2019/05/07/story.txt", "date: 2019-05-07 (from path)"]
    found = runner.invoke(cli, ["query", "ferry", "date:2019-05", "--index-dir", str(index)])
    assert found.stdout.splitlines()[0] == "1 result for 'ferry date:2019-05' (page 1 of 1)"


@pytest.mark.parametrize("corpus", ["2019/05/07/story.txt", "2019/05/07", "2019/05", "2019"])
def test_a_corpus_given_inside_its_dated_folders_keeps_their_day(tmp_path: Path, corpus: str) -> None:
    # a file given alone, or a corpus given as its year's, month's or day's folder, had read its date from its path
    # below the corpus only: story.txt, 07/story.txt and 05/07/story.txt name no day, and the article went undated
    folder = tmp_path / "archive" / "2019" / "05" / "07"
    folder.mkdir(parents=True)
    (folder / "story.txt").write_bytes(UNDATED)
    index = tmp_path / "index"
    assert CliRunner().invoke(cli, ["index", str(tmp_path / "archive" / corpus), "--index-dir", str(index)]).exit_code == 0
    found = CliRunner().invoke(cli, ["query", "ferry", "date:2019-05-07", "--index-dir", str(index)])
    assert found.stdout.splitlines()[0] == "1 result for 'ferry date:2019-05-07' (page 1 of 1)"


@pytest.mark.parametrize("corpus", ["backups/2021-03-04/news", "2021-03-04/news/story.txt"])
def test_a_day_in_the_folders_above_the_corpus_is_not_its_articles(tmp_path: Path, corpus: str) -> None:
    # a backup's folder named by the day it was made, above the corpus (or the folder of the file given): that day is
    # no article's
    folder = tmp_path / "backups" / "2021-03-04" / "news" if corpus.startswith("backups") else tmp_path / "2021-03-04/news"
    folder.mkdir(parents=True)
    (folder / "story.txt").write_bytes(UNDATED)
    index = tmp_path / "index"
    assert CliRunner().invoke(cli, ["index", str(tmp_path / corpus), "--index-dir", str(index)]).exit_code == 0
    shown = CliRunner().invoke(cli, ["show", "story.txt", "--index-dir", str(index)])
    assert shown.stdout.splitlines()[1:3] == ["id: story.txt", "date: unknown"]


def _archive(kind: str, files: dict[str, bytes]) -> bytes:
    """A .zip or .tar.gz archive holding ``files`` (path: bytes)."""
    import io
    import tarfile
    import zipfile

    packed = io.BytesIO()
    if kind == "zip":
        with zipfile.ZipFile(packed, "w") as archive:
            for name, data in files.items():
                archive.writestr(name, data)
    else:
        with tarfile.open(fileobj=packed, mode="w:gz") as archive:
            for name, data in files.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
    return packed.getvalue()


ARCHIVES = [("zip", "archive.zip", ".zip"), ("tar", "pack.tar.gz", ".tar")]


@pytest.mark.parametrize("kind, name, suffix", ARCHIVES)
def test_an_archived_file_under_a_dated_root_takes_its_day(kind: str, name: str, suffix: str) -> None:
    data = _archive(kind, {"2019/05/07/story.txt": UNDATED})
    article = parse_bytes(data, name, suffix).articles[0]
    assert (article.id, article.date, article.date_source) == (f"{name}#2019/05/07/story.txt", date(2019, 5, 7), "path")


@pytest.mark.parametrize("kind, name, suffix", ARCHIVES)
@pytest.mark.parametrize("above, folder", [("2019/05/07", ""), ("archive/2019/05", "07/"), ("archive/2019", "05/07/")])
def test_an_archived_file_in_a_corpus_given_inside_its_dated_folders_keeps_their_day(
        kind: str, name: str, suffix: str, above: str, folder: str) -> None:
    # a file beside the archive keeps the day the corpus's folders and its own path name together (``place_above``);
    # the archive's files had gone undated: their id is the archive's and their place in it, not the file's
    article = parse_bytes(_archive(kind, {"story.txt": UNDATED}), f"{folder}{name}", suffix, above).articles[0]
    assert (article.id, article.date, article.date_source) == (f"{folder}{name}#story.txt", date(2019, 5, 7), "path")


@pytest.mark.parametrize("kind, name, suffix", ARCHIVES)
def test_a_day_above_the_corpus_is_not_its_archived_files(kind: str, name: str, suffix: str) -> None:
    article = parse_bytes(_archive(kind, {"story.txt": UNDATED}), name, suffix, "backups/2021-03-04/news").articles[0]
    assert article.date is None


@pytest.mark.parametrize("kind, name, suffix", ARCHIVES)
def test_an_archived_exports_records_are_not_dated_by_its_folders(kind: str, name: str, suffix: str) -> None:
    data = b'{"id": "a1", "title": "Ferry sails", "text": "The harbour ferry sailed again on Monday."}\n'
    article = parse_bytes(_archive(kind, {"wire.jsonl": data}), name, suffix, "2019/05/07").articles[0]
    assert article.id == f"{name}#wire.jsonl#a1" and article.date is None


def test_show_dates_an_archived_file_of_a_corpus_given_as_its_days_folder(tmp_path: Path) -> None:
    folder = tmp_path / "archive" / "2019" / "05" / "07"
    folder.mkdir(parents=True)
    (folder / "archive.zip").write_bytes(_archive("zip", {"story.txt": UNDATED}))
    index = tmp_path / "index"
    assert CliRunner().invoke(cli, ["index", str(folder), "--index-dir", str(index)]).exit_code == 0
    result = CliRunner().invoke(cli, ["show", "archive.zip#story.txt", "--index-dir", str(index)])
    assert result.stdout.splitlines()[1:3] == ["id: archive.zip#story.txt", "date: 2019-05-07 (from path)"]
