"""Syndicated copies of one story grouped as one hit, earliest copy first."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.textkeys import copy_key

WIRE = ("Firefighters battled a large scrub fire near the coast overnight as strong winds pushed the flames "
        "towards farmland. Residents of three nearby settlements were told to leave their homes before dawn, "
        "and emergency shelters opened in the town hall. Crews expect to contain the fire by the weekend.")


@pytest.fixture
def wire_index(tmp_path: Path) -> Path:
    """The same wire story from three outlets (differently spaced and cased), and one other story."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "later.txt").write_text(f" date 2021-02-03 Scrub fire forces evacuations\n\n{WIRE}\n")
    (corpus / "earliest.txt").write_text(f" date 2021-02-01 Fire near the coast\n\n{WIRE.upper()}\n")
    (corpus / "undated.txt").write_text(f"Coastal fire\n\n{'  '.join(WIRE.split(' '))}\n")
    (corpus / "other.txt").write_text(" date 2021-02-02 Fire season begins\n\nThe fire season began early this "
                                      "year, officials said, after a dry summer left grass and scrub tinder dry "
                                      "across the region, and they urged people to avoid lighting any fires "
                                      "outdoors until the autumn rain arrives.\n")
    build_index(corpus, tmp_path / "ix")
    return tmp_path / "ix"


def test_copy_key_ignores_case_spacing_and_punctuation() -> None:
    assert copy_key(WIRE) == copy_key(WIRE.upper()) == copy_key(WIRE.replace(",", "").replace(" ", "   "))
    assert copy_key(WIRE) != copy_key(WIRE.replace("Firefighters", "Volunteers"))


def test_short_bodies_have_no_key() -> None:
    assert copy_key("Police are at the scene.") is None


def test_copies_grouped_earliest_first(wire_index: Path) -> None:
    with open_index(wire_index) as idx:
        plain = idx.search("fire")
        grouped = idx.search("fire", group_copies=True)
    assert plain.total == 4 and grouped.total == 2
    story = next(hit for hit in grouped.hits if hit.copies)
    assert story.id == "earliest.txt"
    assert story.copies == ("later.txt", "undated.txt")
    assert {hit.id for hit in grouped.hits} == {"earliest.txt", "other.txt"}


def test_grouping_works_with_date_sort(wire_index: Path) -> None:
    with open_index(wire_index) as idx:
        grouped = idx.search("fire", group_copies=True, sort="date")
    # A group stands where its newest copy would; it shows its earliest.
    assert [(hit.id, len(hit.copies)) for hit in grouped.hits] == [("earliest.txt", 2), ("other.txt", 0)]


def test_cli_names_the_copies(wire_index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "evacuations", "--group-copies", "--index-dir", str(wire_index)])
    assert result.exit_code == 0
    assert "earliest.txt · score " in result.stdout and "+2 copies: later.txt, undated.txt" in result.stdout
