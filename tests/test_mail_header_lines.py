"""An e-mail's header opening a plain text: its key lines up to a blank line, a folded line going on one, read only
when "From:" and "Subject:" are among them and a body follows; any other text's opening is no mail header."""

from __future__ import annotations

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.textheader import split_mail_header

FROM = "From: Jane Doe <jane@example.com>"


def test_a_mail_header_gives_its_sender_subject_and_date_and_the_body_under_it() -> None:
    text = f"{FROM}\nSubject: Storm closes harbour\nDate: Tue, 5 Mar 2024 10:00:00 +1300\n\nThe harbour closed."
    assert split_mail_header(text) == ({"author": ("From", "Jane Doe"), "title": ("Subject", "Storm closes harbour"),
                                        "date": ("Date", "Tue, 5 Mar 2024 10:00:00 +1300")}, "The harbour closed.")


def test_a_folded_line_goes_on_in_the_header() -> None:
    text = f"{FROM}\nSubject: Storm closes\n  the harbour\n\nThe harbour closed."
    assert split_mail_header(text) == ({"author": ("From", "Jane Doe"), "title": ("Subject", "Storm closes")},
                                       "The harbour closed.")


@pytest.mark.parametrize("text", [
    f"{FROM}\nSubject: Storm closes harbour",                            # no blank line, no body
    f"{FROM}\nSubject: Storm\nThe harbour closed today.\n\nMore text.",  # a line of text in the block
    f"The harbour closed.\n{FROM}\nSubject: Storm\n\nMore.",             # text first
    f"\n{FROM}\nSubject: Storm\n\nMore.",                                # a blank line first
    f"{FROM}\nDate: 5 March 2024\n\nNo subject.",                        # no subject
    "",
])
def test_any_other_opening_is_no_mail_header(text: str) -> None:
    assert split_mail_header(text) is None


SAVED = f"{FROM}\nSubject: Bridge closes\n\nThe council closed the bridge on Monday after engineers found cracks.\n"


# A message saved as a text file is a message's text, as a .eml's is: its sign-off, its signature and a reply's quote
# had stayed the body's last words ("Thanks,\nJane" searched as the story's), where the .eml's went.
@pytest.mark.parametrize(("tail", "expected"), [
    ("\nThanks,\nJane\n", ""), ("\nThanks, Jane\n", ""), ("\nJane\n", ""), ("\n-- \nJane Doe\nParks reporter\n", ""),
    ("\nCheers,\nJane\n\nOn Mon, 2 Jun 2025, Bob <bob@example.com> wrote:\n> Send it?\n",
     "\n\nOn Mon, 2 Jun 2025, Bob <bob@example.com> wrote:\nSend it?"),
    ("\nThanks, Jane, for the photos.\n", "\n\nThanks, Jane, for the photos."),  # a sentence: text
])
def test_a_message_saved_as_text_loses_its_sign_off_signature_and_quote_marks(tail: str, expected: str) -> None:
    article, = parse_bytes((SAVED + tail).encode(), "mail.txt", ".txt").articles
    assert (article.authors, article.body) == (("Jane Doe",), SAVED.split("\n\n", 1)[1].strip() + expected)
