"""Print versions of articles (old table and <font> layouts): headline without the print mark, byline, date, URL."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.headlines import without_print_mark
from newssearch.documents.html import extract

TEXT = "".join(f"<p>{s}</p>" for s in (
    "Hundreds of residents were evacuated from their homes as a fire raged through forestry near Pigeon Valley.",
    "Fire and Emergency New Zealand said the blaze covered more than 1900 hectares by Wednesday evening.",
    "A state of emergency was declared for the Tasman District, and the army was called in to help."))


@pytest.mark.parametrize("title, expected", [
    ("Printer friendly: Tasman District fires force evacuations", "Tasman District fires force evacuations"),
    ("Print version - Fires force evacuations", "Fires force evacuations"),
    ("Fires force evacuations | Print", "Fires force evacuations"),
    ("Fires force evacuations - Printable version", "Fires force evacuations"),
    ("Fires force evacuations (Printer-friendly version)", "Fires force evacuations"),
    ("Print: the slow death of newspapers", "Print: the slow death of newspapers"),  # "Print" may be its subject
    ("Blueprint for the harbour", "Blueprint for the harbour"),
    ("Printer friendly", "Printer friendly"),   # nothing but the mark: kept
])
def test_a_print_mark_is_no_part_of_the_title(title: str, expected: str) -> None:
    assert without_print_mark(title) == expected


def print_page(cells: str) -> str:
    """A print version laid out in a table: a headline in <font>, ``cells`` under it, the story, its address."""
    return ("<html><head><title>Printer friendly: Tasman District fires force evacuations</title></head><body>"
            "<table><tr><td><font size='4'><b>Tasman District fires force evacuations</b></font></td></tr>"
            f"{cells}<tr><td><font size='2'>{TEXT}</font></td></tr><tr><td><font size='1'>Article URL: "
            "http://www.stuff.co.nz/nelson-mail/news/110423121/tasman-district-fires</font></td></tr></table></body></html>")


@pytest.mark.parametrize("cells", [
    "<tr><td><font size='2'>By KATIE MCLEOD - Nelson Mail<br>Thursday, 7 February 2019</font></td></tr>",
    # the byline and the date in cells of their own
    ("<tr><td><font size='2'>By KATIE MCLEOD - Nelson Mail</font></td></tr>"
     "<tr><td><font size='2'>Thursday, 7 February 2019</font></td></tr>"),
])
def test_a_print_version_in_a_table_layout(cells: str) -> None:
    found = extract(print_page(cells))
    assert (found.title, found.date) == ("Tasman District fires force evacuations", date(2019, 2, 7))
    assert [name.casefold() for name in found.authors] == ["katie mcleod"]  # (its letter case is name_case's)
    assert (found.url, found.source) == ("http://www.stuff.co.nz/nelson-mail/news/110423121/tasman-district-fires",
                                         "Stuff")


def test_a_date_far_from_the_headline_does_not_date_the_page() -> None:
    """A site's header shows today's date above the headline: under it only is a date line the article's."""
    found = extract(print_page("").replace("<table>", "<table><tr><td><font>Monday, 3 March 2025</font></td></tr>"))
    assert found.date is None
