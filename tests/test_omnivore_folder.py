"""Omnivore's export unpacked into a folder is one article per saved item, as its zip is: the record in
metadata_*.json with its page's text (content/<slug>.html) and its highlights (highlights/<slug>.md) after it; and an
update re-reads a record when its page changes, and a page when the records change."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newssearch import build_index, open_index

FLOOD = {"id": "7b1c", "slug": "flood-waters-rise-18c0", "title": "Flood waters rise", "author": "Jane Doe",
         "description": "Residents were evacuated.", "url": "https://www.example.com/news/flood",
         "publishedAt": "2024-03-05T10:12:00.000Z"}
GOLD = {"id": "9d2e", "slug": "gold-steadies-18c1", "title": "Gold steadies", "description": "Gold held its price.",
        "url": "https://www.odt.co.nz/news/gold"}
RECORDS = "omnivore/metadata_0_to_20.json#"
NOTES = "Pumps failed at dawn.\n\nAsk about the pump budget."


def page(text: str) -> str:
    return f'<DIV class="page" id="readability-page-1"><div><p>{text}</p></div></DIV>'


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    """An export of two records, the first with its page and highlights saved."""
    folder = tmp_path / "corpus" / "omnivore"
    (folder / "content").mkdir(parents=True)
    (folder / "highlights").mkdir()
    (folder / "metadata_0_to_20.json").write_text(json.dumps([FLOOD, GOLD]))
    (folder / "content" / "flood-waters-rise-18c0.html").write_text(
        page("Residents were evacuated overnight as the river rose."))
    (folder / "highlights" / "flood-waters-rise-18c0.md").write_text(
        "> Pumps failed at dawn.\n\nAsk about the pump budget.")
    return folder


def bodies(index_dir: Path) -> dict[str, str]:
    with open_index(index_dir) as idx:
        return {article.id: article.body for article in idx.articles()}


def rewrite(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` with a new modification time, as an edit a second later would."""
    stamp = path.stat().st_mtime_ns + 1_000_000_000
    path.write_text(text)
    os.utime(path, ns=(stamp, stamp))


def test_a_record_and_its_page_and_highlights_in_a_folder_are_one_article(export: Path, tmp_path: Path) -> None:
    """Unpacked, they had been three articles: the record with its teaser, the page titled by its first sentence
    and the highlights titled by their first quote."""
    build_index(export.parent, tmp_path / "index")
    assert bodies(tmp_path / "index") == {
        RECORDS + "7b1c": "Residents were evacuated overnight as the river rose.\n\n" + NOTES,
        RECORDS + "9d2e": "Gold held its price."}


def test_an_edited_page_reads_its_record_again(export: Path, tmp_path: Path) -> None:
    build_index(export.parent, tmp_path / "index")
    rewrite(export / "content" / "flood-waters-rise-18c0.html", page("The river burst its banks at dawn."))
    report = build_index(export.parent, tmp_path / "index")
    assert bodies(tmp_path / "index")[RECORDS + "7b1c"] == "The river burst its banks at dawn.\n\n" + NOTES
    assert (report.added, report.updated, report.deleted) == (0, 1, 0)


def test_a_page_that_goes_leaves_its_record_its_teaser(export: Path, tmp_path: Path) -> None:
    build_index(export.parent, tmp_path / "index")
    (export / "content" / "flood-waters-rise-18c0.html").unlink()
    build_index(export.parent, tmp_path / "index")
    assert bodies(tmp_path / "index")[RECORDS + "7b1c"] == "Residents were evacuated.\n\n" + NOTES


def test_records_that_no_longer_name_a_page_leave_it_an_article_of_its_own(export: Path, tmp_path: Path) -> None:
    build_index(export.parent, tmp_path / "index")
    rewrite(export / "metadata_0_to_20.json", json.dumps([{**FLOOD, "slug": "elsewhere"}, GOLD]))
    build_index(export.parent, tmp_path / "index")
    found = bodies(tmp_path / "index")
    assert found[RECORDS + "7b1c"] == "Residents were evacuated."
    assert found["omnivore/content/flood-waters-rise-18c0.html"] == "Residents were evacuated overnight as the river rose."
    rewrite(export / "metadata_0_to_20.json", json.dumps([FLOOD, GOLD]))  # and back
    build_index(export.parent, tmp_path / "index")
    assert sorted(bodies(tmp_path / "index")) == [RECORDS + "7b1c", RECORDS + "9d2e"]


def test_a_page_saved_later_joins_its_record(export: Path, tmp_path: Path) -> None:
    build_index(export.parent, tmp_path / "index")
    (export / "content" / "gold-steadies-18c1.html").write_text(page("Gold held steady at $2,100 an ounce."))
    build_index(export.parent, tmp_path / "index")
    assert bodies(tmp_path / "index")[RECORDS + "9d2e"] == "Gold held steady at $2,100 an ounce."
    assert len(bodies(tmp_path / "index")) == 2


def test_a_page_no_record_names_stays_an_article_of_its_own(export: Path, tmp_path: Path) -> None:
    (export / "content" / "ferry-sails-19a0.html").write_text(page("A ferry sailed from Picton on Tuesday."))
    build_index(export.parent, tmp_path / "index")
    assert "omnivore/content/ferry-sails-19a0.html" in bodies(tmp_path / "index")


def test_a_content_folder_without_records_is_read_as_before(tmp_path: Path) -> None:
    (tmp_path / "corpus" / "site" / "content").mkdir(parents=True)
    (tmp_path / "corpus" / "site" / "content" / "a.html").write_text(page("A ferry sailed from Picton on Tuesday."))
    build_index(tmp_path / "corpus", tmp_path / "index")
    assert list(bodies(tmp_path / "index")) == ["site/content/a.html"]
