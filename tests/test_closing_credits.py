"""A plain-text story's credit at its end: a wire's "(Reporting by …; Editing by …)", a signature, an author's line."""

from __future__ import annotations

import pytest

from newssearch.documents.text import read_text

STORY = ("Bridge reopens\n\nThe council voted on Tuesday to reopen the harbour bridge after months of repairs, the "
         "mayor said.\n\nTraffic will return to both lanes from Monday, officials said, and tolls stay as they were.")


def authors(ending: str, story: str = STORY) -> tuple[str, ...]:
    """The authors of ``story`` with ``ending`` after it."""
    article, = read_text(f"{story}{ending}\n".encode(), "story.txt").articles
    return article.authors


@pytest.mark.parametrize("ending, expected", [
    # Reuters credits its reporters and its writer at the end, never above the text; an editor wrote nothing of it
    # (the story had no author).
    ("\n\n(Reporting by Jane Doe; Editing by John Roe)", ("Jane Doe",)),
    (" (Reporting by Jane Doe in Wellington; Editing by John Roe)", ("Jane Doe",)),
    ("\n\nReporting by Jane Doe and Tom Smith in London; Editing by John Roe", ("Jane Doe", "Tom Smith")),
    ("\n\n(Reporting by Jane Doe; Additional reporting by Ann Lee; Writing by Tom Smith; Editing by John Roe and "
     "Kim Park)", ("Jane Doe", "Tom Smith")),
    ("\n\n(Reporting by Jane Doe, editing by John Roe)\n\nOur Standards: The Thomson Reuters Trust Principles.",
     ("Jane Doe",)),
    ("\n\n(Editing by John Roe)", ()),
    # A signature under the story: a dash and the writer's name, or the name over the day it was written.
    ("\n\n— Benni", ("Benni",)),
    ("\n\n-- Jane Doe", ("Jane Doe",)),
    ("\n\nJane Doe\n10. September 2017", ("Jane Doe",)),
    # One word over a date is as likely the place it was written as a name: no one.
    ("\n\nBenni\n10. September 2017", ()),
    ("\n\nWellington\n3 June 2025", ()),
    ("\n\nPalmerston North\n3 June 2025", ()),  # a place of two words, as the place names know it
    ("\n\n— Palmerston North", ()),
    ("\n\n— Charlotte", ("Charlotte",)),  # one word after a dash: a given name, though a city's too
    ("\n\nWellington Smith\n3 June 2025", ("Wellington Smith",)),
    ("\n\nJane Doe\nMarch 3, 2020", ("Jane Doe",)),
    # A byline put under the story, alone in its last paragraph, as some desks file it (it had named no one).
    ("\n\nBy Kate Moore", ("Kate Moore",)),
    ("\n\nBy Jane Doe and Tom Smith", ("Jane Doe", "Tom Smith")),
    ("\n\nBy the way, tolls stay.", ()),
    ("\n\nBy Monday", ()),
    ("\n\nWritten by Kate Moore", ("Kate Moore",)),  # as "By" is read (it had named no one)
    ("\n\nWritten by hand", ()),
    # An author's line: who wrote it and for whom.
    ("\n\nJane Doe is a reporter for the Post.", ("Jane Doe",)),
    ("\n\nJane Doe is the Post's senior political correspondent.", ("Jane Doe",)),
    # BBC News's columns end so (bbc/tech/164.txt and seven more of the BBC corpus had no author).
    ("\n\nBill Thompson is a regular commentator on the BBC World Service programme Go Digital.", ("Bill Thompson",)),
    # The story's own last lines stay the story's.
    ("\n\nJohn Key is a former prime minister.", ()),
    ("\n\nThe mayor said the council would meet again on Monday to discuss the tolls, which some called unfair, "
     "and Jane Doe is a reporter who asked about them.", ()),
    ("\n\n— The Editors", ()),
    ("\n\nRead More\n10 March 2020", ()),
    ("\n\n-- \nSent from my phone", ()),
])
def test_a_credit_at_a_storys_end_names_its_author(ending: str, expected: tuple[str, ...]) -> None:
    assert authors(ending) == expected


def test_a_byline_above_the_text_outranks_the_credit_at_its_end() -> None:
    story = STORY.replace("Bridge reopens\n\n", "Bridge reopens\n\nBy Ann Lee\n\n")
    assert authors("\n\n(Reporting by Jane Doe; Editing by John Roe)", story) == ("Ann Lee",)


def test_a_wire_story_credits_its_reporter_and_its_dateline_the_agency() -> None:
    text = ("NZ central bank holds rates\n\nWELLINGTON, Sept 12 (Reuters) - New Zealand's central bank held its cash "
            "rate at 5.5% on Wednesday, as expected.\n\nThe bank said inflation was still too high. (Reporting by "
            "Lucy Craymer; Editing by Jacqueline Wong)\n")
    article, = read_text(text.encode(), "wire.txt").articles
    assert (article.authors, article.source) == (("Lucy Craymer",), "Reuters")


def source(ending: str, story: str = STORY) -> str | None:
    """The source of ``story`` with ``ending`` after it."""
    article, = read_text(f"{story}{ending}\n".encode(), "story.txt").articles
    return article.source


# A closing credit naming the writer, then others "with" her: an additional reporter is no author (as in a wire's
# credit), an agency "with" her the story's publisher, as "By Jane Doe, Associated Press" is read. These had named no
# one.
@pytest.mark.parametrize(("ending", "expected"), [
    ("\n\nJane Doe with additional reporting by John Roe", (("Jane Doe",), None)),
    ("\n\nJane Doe, with additional reporting from John Roe and Ann Lee", (("Jane Doe",), None)),
    ("\n\nBy Jane Doe with additional reporting by John Roe", (("Jane Doe",), None)),
    ("\n\nJane Doe, with AP", (("Jane Doe",), "Associated Press")),
    ("\n\n— Jane Doe, with AP", (("Jane Doe",), "Associated Press")),
    ("\n\nJane Doe and Tom Smith with Reuters", (("Jane Doe", "Tom Smith"), "Reuters")),
    ("\n\nBy Jane Doe, Associated Press", (("Jane Doe",), "Associated Press")),
    # a sentence with "with" stays the story's
    ("\n\nThe council will meet with AP", ((), None)),
])
def test_a_closing_credit_with_others_names_its_writer(ending: str, expected: tuple) -> None:
    assert (authors(ending), source(ending)) == expected


@pytest.mark.parametrize(("byline", "expected"), [
    ("By Jane Doe, with AP", (("Jane Doe",), "Associated Press")),
    ("By Jane Doe with The Associated Press", (("Jane Doe",), "Associated Press")),
    ("By Jane Doe with additional reporting by John Roe", (("Jane Doe",), None)),
])
def test_a_byline_over_the_text_with_others_names_its_writer(byline: str, expected: tuple) -> None:
    article, = read_text(f"Bridge reopens\n\n{byline}\n\n{STORY.split(chr(10) * 2, 1)[1]}\n".encode(),
                         "story.txt").articles
    assert (article.authors, article.source, article.body.startswith("The council")) == (*expected, True)
