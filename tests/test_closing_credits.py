"""A plain-text story's credit at its end: a wire's "(Reporting by …; Editing by …)", a signature, an author's line."""

from __future__ import annotations

import pytest

from newssearch.documents.article import Article
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


def article_of(ending: str, story: str = STORY) -> Article:
    """The one article of ``story`` with ``ending`` after it."""
    article, = read_text(f"{story}{ending}\n".encode(), "story.txt").articles
    return article


# A byline closing the text, as wire and press copy file it: alone in its last paragraph or on its last line under a
# finished sentence, "By" or a dash before the names, a newsroom role or an outlet after a comma. Its names are the
# authors and its line is out of the body, as a byline over the text is (it had stayed in the body, and a dash's
# name with a role after it, or a "By" line under the last sentence, had named no one).
@pytest.mark.parametrize("ending, expected", [
    ("\n\nBy Kate Moore", ("Kate Moore",)),
    ("\nBy Kate Moore", ("Kate Moore",)),                            # the last line, under a finished sentence
    ("\n\nBY KATE MOORE", ("Kate Moore",)),
    ("\n\nWritten by Kate Moore", ("Kate Moore",)),
    ("\n\n— Ann Cox, Staff Reporter", ("Ann Cox",)),
    ("\n\n- Ann Cox, Senior Political Correspondent", ("Ann Cox",)),
    ("\n— Ann Cox, Staff Reporter", ("Ann Cox",)),
    ("\n\n— By Ann Cox", ("Ann Cox",)),
    ("\n\n— Benni", ("Benni",)),                                     # a signature: the writer's name alone
    ("\n\n— Jane Doe, with AP", ("Jane Doe",)),
])
def test_a_closing_byline_line_names_the_author_and_leaves_the_body(ending: str, expected: tuple[str, ...]) -> None:
    article = article_of(ending)
    assert (article.authors, article.body) == (expected, STORY.split("\n\n", 1)[1])


# A closing line that is a sentence, a quote's attribution or a source's title stays the story's, naming no one.
@pytest.mark.parametrize("ending", [
    "\n\nBy then it was too late.",
    "\n\nReported by our staff.",
    "\nBy then it was too late.",
    "\n\n— Ann Cox, Police Spokeswoman",                            # a source's title, no newsroom's role
    "\n\n— Ann Cox, Chief Executive",
    "\n\n\"We will reopen it on Monday.\"\n— Ann Cox",                # the quote's speaker
    "\n\n“We will reopen it on Monday.”\n\n— Ann Cox, Staff Reporter",
    "\n\n\"We will reopen it on Monday,\" she said, \"and the tolls stay.\"\n— Ann Cox, Political Editor",
])
def test_a_closing_line_that_is_no_byline_stays(ending: str) -> None:
    article = article_of(ending)
    assert (article.authors, article.body) == ((), f"{STORY.split(chr(10) * 2, 1)[1]}{ending}")


def test_a_closing_byline_is_no_author_and_stays_under_a_leading_one() -> None:
    story = STORY.replace("Bridge reopens\n\n", "Bridge reopens\n\nBy Ann Lee\n\n")
    article = article_of("\n\n— Ann Cox, Staff Reporter", story)
    assert (article.authors, article.body.endswith("— Ann Cox, Staff Reporter")) == (("Ann Lee",), True)


def test_a_by_line_ending_a_wrapped_sentence_is_no_byline() -> None:
    story = STORY.replace("as they were.", "as they were, a plan drawn up\nBy Kate Moore")
    assert article_of("", story).authors == ()


def test_a_closing_byline_under_a_long_story_leaves_the_whole_story() -> None:
    story = f"{STORY}\n\n" + " ".join(["The council met again on Friday and voted once more."] * 30)
    article = article_of("\n\n— Ann Cox, Staff Reporter", story)
    assert (article.authors, article.body) == (("Ann Cox",), story.split("\n\n", 1)[1])


# A source's or an office's title after the writer's name and a comma ("By Ann Cox, Police Spokeswoman", as a police
# or council release is signed) is the writer's title, no second author: it had been read as "Police Spokeswoman",
# a person. Said over the text and again under it, the byline names one author, its closing line out of the body.
@pytest.mark.parametrize("byline", ["By Ann Cox, Police Spokeswoman", "By Ann Cox, Police Commissioner",
                                    "By Ann Cox, Chief Executive", "By Ann Cox, Communications Manager"])
def test_an_office_s_title_after_the_byline_s_name_is_no_author(byline: str) -> None:
    opening = STORY.replace("Bridge reopens\n\n", f"Bridge reopens\n\n{byline}\n\n")
    assert article_of("", opening).authors == ("Ann Cox",)
    assert article_of(f"\n\n{byline}").authors == ("Ann Cox",)  # closing the text alone
    both = article_of(f"\n\n{byline}", opening)
    assert (both.authors, both.body) == (("Ann Cox",), STORY.split("\n\n", 1)[1])


def test_a_second_name_after_a_comma_is_still_an_author() -> None:
    story = STORY.replace("Bridge reopens\n\n", "Bridge reopens\n\nBy Ann Cox, Tom Dean\n\n")
    assert article_of("", story).authors == ("Ann Cox", "Tom Dean")  # Dean is a surname, no office
