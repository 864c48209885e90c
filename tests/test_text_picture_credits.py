"""A picture's credit closing a plain text ("Photos © 2024 Jane Doe", "Photo: Jane Doe/RNZ", "Pictures: AP"): out of
the text, as the HTML and feed readers leave it out, and no author. It had stayed the story's last paragraph. A
sentence that mentions a photo, or a caption's words, stays the story's."""

from __future__ import annotations

import pytest

from newssearch.documents import parse_bytes

_STORY = ("Council votes to close pool\n\nThe council voted on Tuesday to close the town pool for the winter.\n\n"
          "It will open again in spring, the mayor said.")
_BODY = "The council voted on Tuesday to close the town pool for the winter.\n\nIt will open again in spring, the mayor said."


def read(text: str):
    """The article read from a text file, in the form the indexer stores."""
    return parse_bytes(text.encode(), "pool.txt", ".txt").articles[0]


@pytest.mark.parametrize("credit", [
    "Photos © 2024 Jane Doe",
    "Photo: Jane Doe/RNZ",
    "Image © Reuters",
    "Pictures: AP",
    "Photo / Supplied",
    "Photo: supplied",
    "Photo by Jane Doe",
    "Photo by Cameron Venti on Unsplash",
    "Photos: AP, Reuters",
    "Main image: Getty Images",
    "Photo: Jane Doe/RNZ\nImage © Reuters",  # two credits, a line each
])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # a paragraph of its own, or a line under the last sentence
def test_a_picture_credit_closing_a_text_is_left_out(credit: str, gap: str) -> None:
    article = read(f"{_STORY}{gap}{credit}\n")
    assert (article.body, article.authors) == (_BODY, ())


def test_the_writer_credited_above_a_picture_credit_is_the_author() -> None:
    article = read(f"{_STORY}\n\nBy Kate Moore\n\nPhoto: Jane Doe/RNZ\n")
    assert (article.body, article.authors) == (_BODY, ("Kate Moore",))  # its line out, as a byline over it is


@pytest.mark.parametrize("ending", [
    "Photos: the council released them on Tuesday.",       # a sentence after the colon
    "Photo: the mayor opens the pool",                    # a caption's words, no credit
    "Pictures of the pool were shared widely online.",
    "Photos © 2024 Jane Doe were shown at the council.",  # the credit's words go on as a sentence
    "Photo: Police said the man was found at the pool",
])
def test_a_sentence_mentioning_a_photo_stays(ending: str) -> None:
    article = read(f"{_STORY}\n\n{ending}\n")
    assert article.body == f"{_BODY}\n\n{ending}"


def test_a_credit_line_a_sentence_runs_on_into_stays() -> None:
    # the line above goes on into it: a hard-wrapped sentence, not a credit under the story
    article = read("Council votes to close pool\n\nThe council voted on Tuesday to close the pool, as shown in the\n"
                   "Photo: Jane Doe\n")
    assert article.body.endswith("Photo: Jane Doe")


def test_a_text_of_a_credit_alone_keeps_it() -> None:
    assert read("Council votes to close pool\n\nPhoto: Jane Doe/RNZ\n").body == "Photo: Jane Doe/RNZ"
