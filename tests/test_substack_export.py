"""Substack's export (Settings > Exports), unpacked or as its zip: posts.csv (a row a post: post_id, post_date,
is_published, title, subtitle…) beside posts/<post_id>.html (the post's body, no title or date) is one article a
published post, its subtitle opening its text; a draft is skipped with its reason. posts.csv had been skipped ("no
column of article text") and each page read alone, titled by its first sentence and undated."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from newssearch import build_index, open_index
from newssearch.documents import parse_bytes
from newssearch.errors import UnreadableFile

# The columns of a real export as public importers read it (TryGhost/migrate's mg-substack), inbox_sent_at too.
POSTS = (
    "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url\n"
    "140001.bridge-closes,2024-03-05T20:48:19.814Z,true,2024-03-05T20:48:19.814Z,,newsletter,everyone,"
    "Harbour bridge closes in gale,Wind gusts reached 120 km/h overnight.,\n"
    "140002.rough-idea,,false,,,newsletter,everyone,Rough idea,,\n")
BRIDGE = "<p>The harbour bridge was closed to all traffic on Tuesday as the storm crossed the city.</p>"
PAGES = {"140001.bridge-closes": BRIDGE, "140002.rough-idea": "<p>Half a thought about ferries.</p>"}
BODY = "Wind gusts reached 120 km/h overnight.\n\nThe harbour bridge was closed to all traffic on Tuesday as the " \
       "storm crossed the city."
DRAFT = "a Substack draft (is_published false): not published"


def fields(article) -> tuple:  # type: ignore[no-untyped-def]
    return article.id, article.title, article.body, article.date, article.url


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    """An unpacked export of a published post and a draft."""
    folder = tmp_path / "corpus" / "substack"
    (folder / "posts").mkdir(parents=True)
    (folder / "posts.csv").write_text(POSTS)
    for key, html in PAGES.items():
        (folder / "posts" / f"{key}.html").write_text(html)
    return folder


def test_an_unpacked_export_is_one_article_a_published_post(export: Path, tmp_path: Path) -> None:
    report = build_index(export.parent, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        articles = list(idx.articles())
    assert [fields(article) for article in articles] == [
        ("substack/posts.csv#140001.bridge-closes", "Harbour bridge closes in gale", BODY, date(2024, 3, 5), None)]
    assert [(skip.path, skip.reason) for skip in report.skipped] == [("substack/posts.csv#140002.rough-idea", DRAFT)]


def test_an_edited_post_page_reads_its_row_again(export: Path, tmp_path: Path) -> None:
    build_index(export.parent, tmp_path / "index")
    page = export / "posts" / "140001.bridge-closes.html"
    stamp = page.stat().st_mtime_ns + 1_000_000_000
    page.write_text("<p>The bridge reopened at noon once the wind had eased over the harbour.</p>")
    os.utime(page, ns=(stamp, stamp))
    report = build_index(export.parent, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        (article,) = idx.articles()
    assert article.body == ("Wind gusts reached 120 km/h overnight.\n\nThe bridge reopened at noon once the wind had "
                            "eased over the harbour.")
    assert (report.added, report.updated, report.deleted) == (0, 1, 0)


def test_a_draft_published_later_is_read_with_its_page(export: Path, tmp_path: Path) -> None:
    build_index(export.parent, tmp_path / "index")
    table = export / "posts.csv"
    stamp = table.stat().st_mtime_ns + 1_000_000_000
    table.write_text(POSTS.replace(",,false,,,newsletter,everyone,Rough idea,,",
                                   ",2024-03-09T08:00:00.000Z,true,,,newsletter,everyone,Rough idea,,"))
    os.utime(table, ns=(stamp, stamp))
    report = build_index(export.parent, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        found = {article.id: (article.body, article.date) for article in idx.articles()}
    assert found["substack/posts.csv#140002.rough-idea"] == ("Half a thought about ferries.", date(2024, 3, 9))
    assert len(found) == 2 and report.skipped == []


def test_a_posts_folder_without_posts_csv_is_read_as_before(tmp_path: Path) -> None:
    (tmp_path / "corpus" / "blog" / "posts").mkdir(parents=True)
    (tmp_path / "corpus" / "blog" / "posts" / "a.html").write_text(BRIDGE)
    build_index(tmp_path / "corpus", tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert [article.id for article in idx.articles()] == ["blog/posts/a.html"]


def export_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("posts.csv", POSTS)
        for key, html in PAGES.items():
            archive.writestr(f"posts/{key}.html", html)
    return buffer.getvalue()


def test_an_export_zip_is_one_article_a_published_post() -> None:
    result = parse_bytes(export_zip(), "substack.zip", ".zip")
    assert [fields(article) for article in result.articles] == [
        ("substack.zip#posts.csv#140001.bridge-closes", "Harbour bridge closes in gale", BODY, date(2024, 3, 5), None)]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [("substack.zip#posts.csv#140002.rough-idea",
                                                                      DRAFT)]


def test_a_published_post_without_its_page_is_its_title_and_subtitle() -> None:
    result = parse_bytes(POSTS.encode(), "posts.csv", ".csv")
    assert [fields(article) for article in result.articles] == [
        ("posts.csv#140001.bridge-closes", "Harbour bridge closes in gale", "Wind gusts reached 120 km/h overnight.",
         date(2024, 3, 5), None)]


def test_a_table_named_posts_csv_of_other_columns_is_read_as_any_table() -> None:
    result = parse_bytes(b"title,text\nFerry late,The ferry sailed an hour late.\n", "posts.csv", ".csv")
    assert [article.id for article in result.articles] == ["posts.csv#1"]


def test_a_quoted_cell_over_two_lines_keeps_its_words_apart() -> None:
    table = ('post_id,post_date,is_published,title,subtitle\n'
             '140003.ferry,2024-03-07,true,"Ferry, late","Storm delays\r\nthe morning sailings"\n')
    (article,) = parse_bytes(table.encode(), "posts.csv", ".csv").articles
    assert (article.title, article.body) == ("Ferry, late", "Storm delays the morning sailings")


# A real export's other files: each post's opens and deliveries (subscribers' addresses), and the e-mail list. Each
# had been skipped alone ("no column of article text"), two lines a post.
PARTS = {"posts/140001.bridge-closes.opens.csv": "email,timestamp\na@example.com,2024-03-05T21:00:00Z\n",
         "posts/140001.bridge-closes.delivers.csv": "email,timestamp\na@example.com,2024-03-05T20:49:00Z\n",
         "email_list.harbour.csv": "email,active_subscription,created_at\na@example.com,true,2024-01-01\n"}
LISTS = ("the export's subscriber files (a post's opens and deliveries, the e-mail list: 3 files) hold no articles "
         "and were not read")


def test_an_unpacked_exports_subscriber_files_are_one_skip(export: Path, tmp_path: Path) -> None:
    for name, text in PARTS.items():
        (export / name).write_text(text)
    report = build_index(export.parent, tmp_path / "index")
    assert [(skip.path, skip.reason) for skip in report.skipped] == [
        ("substack/posts.csv#140002.rough-idea", DRAFT), ("substack/posts.csv", LISTS)]
    assert report.documents == 1 and not report.skipped[1].record


def test_a_new_subscriber_file_is_counted_in_the_exports_skip(export: Path, tmp_path: Path) -> None:
    for name, text in PARTS.items():
        (export / name).write_text(text)
    build_index(export.parent, tmp_path / "index")
    (export / "posts" / "140002.rough-idea.delivers.csv").write_text("email,timestamp\n")
    report = build_index(export.parent, tmp_path / "index")
    assert [skip.reason for skip in report.skipped][-1] == LISTS.replace("3 files", "4 files")


def test_an_export_zips_subscriber_files_are_one_skip() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("posts.csv", POSTS)
        for name, text in {**{f"posts/{key}.html": html for key, html in PAGES.items()}, **PARTS}.items():
            archive.writestr(name, text)
    result = parse_bytes(buffer.getvalue(), "substack.zip", ".zip")
    assert [article.id for article in result.articles] == ["substack.zip#posts.csv#140001.bridge-closes"]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        ("substack.zip#posts.csv#140002.rough-idea", DRAFT), ("substack.zip#posts.csv", LISTS)]


def test_an_opens_file_without_the_export_is_read_as_any_table(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="^no column of article text"):
        parse_bytes(PARTS["posts/140001.bridge-closes.opens.csv"].encode(), "x.opens.csv", ".csv")


def test_a_substack_page_is_skipped_as_no_post() -> None:
    table = POSTS.replace("140002.rough-idea,,false,,,newsletter", "140003.about,2024-01-01,true,,,page")
    result = parse_bytes(table.encode(), "posts.csv", ".csv")
    assert [article.id for article in result.articles] == ["posts.csv#140001.bridge-closes"]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        ("posts.csv#140003.about", "a Substack page (type page, such as About): not a post sent to readers")]
