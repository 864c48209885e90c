"""A copyright notice closing a plain text ("© 2024 Coast Media. All rights reserved.", "Copyright 2024 RNZ"): out of
the text, as the HTML and feed readers leave it out (``copyrightnotices``, ``boilerlines``). It had stayed the story's
last paragraph. A sentence quoting a mark and a year, a notice a wrapped sentence runs into and a text of a notice
alone stay; a notice names no author nor publisher, as in a page's or a feed item's text."""

from __future__ import annotations

import time

import pytest

from newssearch.documents import parse_bytes

_STORY = ("Council votes to close pool\n\nThe council voted on Tuesday to close the town pool for the winter.\n\n"
          "It will open again in spring, the mayor said.")
_BODY = "The council voted on Tuesday to close the town pool for the winter.\n\nIt will open again in spring, the mayor said."


def read(text: str):
    """The article read from a text file, in the form the indexer stores."""
    return parse_bytes(text.encode(), "pool.txt", ".txt").articles[0]


# The notices the HTML reader drops (test_html_boilerplate), and a holder's owner, a notice opening with words.
@pytest.mark.parametrize("notice", [
    "© 2024 Coast Media. All rights reserved.",
    "Copyright 2024 RNZ",
    "Copyright 2021 Coast Media",
    "Copyright 2020 The Associated Press. All Rights Reserved. This material may not be published.",
    "(c) 2024 Coast Media, a division of Harbour Holdings Ltd.",
    "The contents of this site are ©2019 Coast Publishing Corp.",
    "© 2024 Coast Media. All rights reserved.\nThis material may not be published, broadcast or redistributed.",
    "Copyright 2024 Coast\nMedia. All rights reserved.",  # a notice hard-wrapped
    "© Coast Media",
])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # a paragraph of its own, or a line under the last sentence
def test_a_copyright_notice_closing_a_text_is_left_out(notice: str, gap: str) -> None:
    article = read(f"{_STORY}{gap}{notice}\n")
    assert (article.body, article.authors, article.source) == (_BODY, (), None)


def test_a_notice_closing_the_last_paragraph_is_cut_off_it() -> None:
    article = read(f"{_STORY} © 2024 Coast Media. All rights reserved.\n")
    assert article.body == _BODY


@pytest.mark.parametrize("ending", [
    "Photo: Jane Doe/RNZ\n\n© 2024 Coast Media. All rights reserved.",  # a picture's credit above the notice
    "© 2024 Coast Media. All rights reserved.\n\nPhoto: Jane Doe/RNZ",  # ... or under it
])
def test_a_notice_and_a_picture_credit_closing_a_text_are_both_left_out(ending: str) -> None:
    assert read(f"{_STORY}\n\n{ending}\n").body == _BODY


def test_the_writer_credited_above_a_notice_is_the_author() -> None:
    article = read(f"{_STORY}\n\nBy Kate Moore\n\nCopyright 2024 RNZ\n")
    assert (article.body, article.authors) == (f"{_BODY}\n\nBy Kate Moore", ("Kate Moore",))


@pytest.mark.parametrize("ending", [
    "The museum's label reads “© 2024 Estate of Frida Kahlo”, and visitors queued for hours.",
    "Every photo in the book carries a line such as © 2024 Jane Doe, and the publisher checks each one.",
    "Copyright 1990 was the year the law changed.",
    "The contract said all rights reserved to the council would pass to the firm.",
])
def test_a_sentence_quoting_a_notice_stays(ending: str) -> None:
    assert read(f"{_STORY}\n\n{ending}\n").body == f"{_BODY}\n\n{ending}"


def test_a_notice_a_sentence_runs_on_into_stays() -> None:
    article = read("Council votes to close pool\n\nThe council voted on Tuesday to close the pool, citing the\n"
                   "Copyright 2024 RNZ\n")
    assert article.body.endswith("Copyright 2024 RNZ")


def test_a_text_of_a_notice_alone_keeps_it() -> None:
    assert read("Council votes to close pool\n\n© 2024 Coast Media. All rights reserved.\n").body == (
        "© 2024 Coast Media. All rights reserved.")


def test_a_notice_in_the_middle_of_a_text_stays() -> None:
    text = f"{_STORY}\n\nCopyright 2024 RNZ\n\nThe pool will be drained in May.\n"
    assert "Copyright 2024 RNZ" in read(text).body


@pytest.mark.parametrize("ending", [
    f"{' ' * 200_000}© 2024 Coast Media",       # a long run of spaces before a notice
    f"The pool {'is deep and ' * 50_000}cold.",  # a long last line
    "Copyright 2024 RNZ\n" * 20_000,           # very many notices, under a long story
])
def test_a_long_end_is_read_in_linear_time(ending: str) -> None:
    started = time.process_time()
    read(f"{_STORY}\n\n{'The pool is deep and cold. ' * 100_000}\n\n{ending}\n")
    assert time.process_time() - started < 2
