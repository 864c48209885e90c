"""A writer's name on a line of its own straight over the date line, under a plain text's headline ("Storm closes
harbour bridge" / "Jane Doe" / "14 March 2024"), as a saved or pasted article sets them: the name had stayed the
story's first paragraph, no author. A place, a topic's label, a heading, a one-word line, a name with no date line
under it (or a blank line between), a list of names and a name with no headline above it stay the text's."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents import parse_bytes
from newssearch.pastedarticles import pasted_article

_STORY = "The harbour bridge was closed on Tuesday after high winds battered the city, officials said.\n"
_HEADLINE = "Storm closes harbour bridge"


def read(text: str):
    """The article read from a text file, in the form the indexer stores."""
    return parse_bytes(text.encode(), "bridge.txt", ".txt").articles[0]


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("Jane Doe", ("Jane Doe",), None),
    ("Aroha Smith", ("Aroha Smith",), None),
    ("Sean McDonald", ("Sean McDonald",), None),
    ("Mary-Jane O'Brien", ("Mary-Jane O'Brien",), None),
    ("Mary Anne de Souza", ("Mary Anne de Souza",), None),
    ("Jane Doe, RNZ", ("Jane Doe",), "RNZ"),
    ("Jane Doe | RNZ", ("Jane Doe",), "RNZ"),
    ("Wellington Smith", ("Wellington Smith",), None),  # a place's name as a given name: a person's
    ("Florence Hamilton", ("Florence Hamilton",), None),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # straight under the headline, or after a blank line
def test_a_name_over_the_date_line_under_a_headline_is_its_writer(
        line: str, authors: tuple[str, ...], source: str | None, gap: str) -> None:
    article = read(f"{_HEADLINE}{gap}{line}\n14 March 2024\n\n{_STORY}")
    assert (article.title, article.authors, article.source, article.date, article.body) == (
        _HEADLINE, authors, source, date(2024, 3, 14), _STORY.strip())


@pytest.mark.parametrize("closing", [
    "Photos © 2024 Jane Doe",                       # the writer's own pictures
    "Photo: Jane Doe/RNZ",
    "© 2024 Jane Doe. All rights reserved.",        # the writer's own notice
])
@pytest.mark.parametrize("credit", ["Jane Doe\n14 March 2024", "Jane Doe - 14 March 2024"])
def test_a_writer_credited_for_the_pictures_closing_the_text_is_still_its_writer(closing: str, credit: str) -> None:
    # a name the story writes is no writer's (a topic, a place it names); a closing credit or notice is not the story
    article = read(f"{_HEADLINE}\n{credit}\n\n{_STORY}\n{closing}\n")
    assert (article.authors, article.date, article.body) == (("Jane Doe",), date(2024, 3, 14), _STORY.strip())


@pytest.mark.parametrize("line", [
    "New Plymouth",          # a place
    "Wellington",            # a one-word line
    "Climate Change",        # a topic's label
    "Cost Of Living",        # a heading's small word written with a capital
    "Weekly Update",         # a heading
    "Auckland Council",      # an office
    "Storm Gabrielle",       # an event
    "Jane Doe, John Roe",    # a list of names
    "Jane Doe and John Roe",
    "Jane Doe, Wellington",  # a place after the comma, no publisher
    "Jane Mary Ann Louise Doe",  # five words
    "JANE DOE",              # in capitals
])
def test_a_line_that_is_no_persons_name_stays_the_texts(line: str) -> None:
    article = read(f"{_HEADLINE}\n{line}\n14 March 2024\n\n{_STORY}")
    assert article.authors == ()
    assert article.body.startswith(f"{line}\n\n"), article.body


# A place over the date line is where the story was written, not its writer, though the story does not name it: a
# town, a region or a city the place names know (``placenames``), as a dateline writes it. It had been the author.
@pytest.mark.parametrize("line", [
    "Palmerston North", "Hawke's Bay", "Hawke’s Bay", "Te Awamutu", "Wagga Wagga", "Alice Springs", "Milton Keynes",
    "Kuala Lumpur", "Addis Ababa", "Phnom Penh", "Wellington Central", "Stoke-on-Trent",
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # straight under the headline, or after a blank line
def test_a_place_over_the_date_line_is_no_writer(line: str, gap: str) -> None:
    article = read(f"{_HEADLINE}{gap}{line}\n14 March 2024\n\n{_STORY}")
    assert (article.title, article.authors, article.source, article.date, article.body) == (
        _HEADLINE, (), None, date(2024, 3, 14), f"{line}\n\n{_STORY.strip()}")


@pytest.mark.parametrize(("text", "title", "day", "body"), [
    # no date line under the name
    (f"{_HEADLINE}\nJane Doe\n\n{_STORY}", _HEADLINE, None, f"{_HEADLINE}\nJane Doe\n\n{_STORY.strip()}"),
    (f"{_HEADLINE}\n\nJane Doe\n\n{_STORY}", _HEADLINE, None, f"Jane Doe\n\n{_STORY.strip()}"),
    # a blank line between the name and the date line
    (f"{_HEADLINE}\n\nJane Doe\n\n14 March 2024\n\n{_STORY}", _HEADLINE, date(2024, 3, 14),
     f"Jane Doe\n\n{_STORY.strip()}"),
    # names one under another over the date line: a list
    (f"{_HEADLINE}\n\nJane Doe\nJohn Roe\n14 March 2024\n\n{_STORY}", _HEADLINE, None,
     f"Jane Doe\nJohn Roe\n14 March 2024\n\n{_STORY.strip()}"),
    # a sentence: no headline over the date line, the top lines all the story's
    (f"{_HEADLINE}\nJane Doe said.\n14 March 2024\n\n{_STORY}", _HEADLINE, None,
     f"{_HEADLINE}\nJane Doe said.\n14 March 2024\n\n{_STORY.strip()}"),
    # no headline above
    (f"Jane Doe\n14 March 2024\n\n{_STORY}", "Jane Doe", date(2024, 3, 14), _STORY.strip()),
])
def test_a_name_line_without_its_date_line_or_headline_stays_the_texts(
        text: str, title: str, day: date | None, body: str) -> None:
    article = read(text)
    assert (article.title, article.authors, article.date, article.body) == (title, (), day, body)


def test_the_story_naming_the_name_keeps_the_line() -> None:
    story = "Jane Doe, the harbourmaster, closed the bridge on Tuesday after high winds battered the city.\n"
    article = read(f"{_HEADLINE}\nJane Doe\n14 March 2024\n\n{story}")
    assert (article.authors, article.body) == ((), f"Jane Doe\n\n{story.strip()}")


def test_a_pasted_articles_name_line_ranks_as_its_author() -> None:
    searched, ranked, note = pasted_article(f"{_HEADLINE}\nJane Doe\n14 March 2024\n\n{_STORY}", "all")
    assert searched == f"{_HEADLINE}\n\n{_STORY.strip()}"
    assert ranked == "Jane Doe 14 March 2024 author:(Jane Doe)"
    assert note == "'Jane Doe' and '14 March 2024' are read as a pasted article's byline and date line: their words rank " \
                   "but are not required"
