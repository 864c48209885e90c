"""An e-mail style sign-off block closing a plain-text article ("--" over a name, a phone number, an e-mail
address): no text of the story, cut from its body; a "--" line over more of the story stays."""

from __future__ import annotations

import pytest

from newssearch.documents.text import read_text

STORY = ("Harbour fight leaves two hurt\n\n"
         "Police were called to the harbour on Monday after reports of a fight near the ferry terminal.\n\n"
         "Officers are asking anyone with footage to come forward.")


def _body(text: str) -> str:
    (article,) = read_text(text.encode(), "story.txt").articles
    return article.body


# It had stayed the body's last lines, its address and number searched as the story's words.
@pytest.mark.parametrize("sign_off", [
    "\n\n--\nAnn Cox\nCommunications Manager, Northland Police\nPhone: 09 123 4567\nann.cox@police.example.nz\n",
    "\n\n-- \nAnn Cox\n+64 21 555 0134\n",
    "\n--\nAnn Cox | ann.cox@police.example.nz | 021 555 0134",  # under the last paragraph, no blank line between
])
def test_a_sign_off_block_closing_the_text_is_cut_from_the_body(sign_off: str) -> None:
    assert _body(STORY + sign_off) == STORY.split("\n\n", 1)[1]


@pytest.mark.parametrize("tail", [
    # a break between the story's parts: sentences under it
    "\n\n--\n\nThe ferry resumed its sailings on Tuesday. Two men were charged.",
    # no way to reach anyone under it: a list's or a table's lines, not a sign-off
    "\n\n--\nResults\nHome 2 Away 1",
])
def test_a_dash_line_over_more_of_the_story_stays(tail: str) -> None:
    assert _body(STORY + tail).endswith(tail.strip().rsplit("\n", 1)[-1])
