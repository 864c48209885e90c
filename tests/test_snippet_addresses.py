"""A snippet's passage ends before or after a web address, never inside it, however long the address."""

from __future__ import annotations

import re

import pytest

from newssearch.snippets import Snippet, lead_snippet, make_snippet
from newssearch.wordterms import term_of

QUIET = "Nothing much happened in the town that day. "
LONG = "https://www.beehive.govt.nz/release/budget-2024-statement-full-text-and-the-treasury-analysis-of-it"
PATHED = "beehive.govt.nz/release/2024/05/30/budget-statement-full-text-with-the-tables.pdf"
ADDRESS = re.compile(r"(?:https?://|www\.|beehive\.)\S*[^\s.,]")


def snippet(text: str, *words: str, chars: int = 240) -> Snippet:
    """The snippet for separate query ``words``, as the searcher makes it."""
    terms = {term_of(word) for word in words}
    return make_snippet(text, term_of, terms.__contains__, chars=chars)


def cut_address(text: str, made: Snippet) -> str | None:
    """The address of ``text`` a passage of ``made`` ends inside (None: none)."""
    squashed = " ".join(text.split())
    for fragment in made.fragments:
        shown = "".join(part for part, _ in fragment)
        end = squashed.index(shown) + len(shown)
        for found in ADDRESS.finditer(squashed):
            if found.start() < end < found.end():
                return found.group()
    return None


@pytest.mark.parametrize("address", [LONG, PATHED, "www.example.com/" + "/".join(["section"] * 12)])
def test_a_passage_ends_before_or_after_a_long_address_never_inside_it(address: str) -> None:
    # "… see www.beehive.govt.nz/release/budget-2024 …" had been shown of an address of 90 characters: only one
    # whose rest was within 30 characters was taken whole
    text = QUIET * 3 + f"The budget was read on Thursday; its full text is at {address}, with its tables. " + QUIET * 3
    for chars in range(40, 300, 3):
        for made in (snippet(text, "budget", chars=chars), snippet(text, "tables", chars=chars),
                     snippet(text, "thursday", "nothing", chars=chars), lead_snippet(text[len(QUIET) * 3:], chars)):
            assert cut_address(text, made) is None, (chars, made.plain())


def test_an_address_holding_the_match_is_shown_to_its_end() -> None:
    # a passage from the address holding its match has nothing before it to end at: it ends after the address
    text = QUIET * 3 + f"Read it at {LONG} now. " + QUIET * 3
    for chars in (40, 60, 80):
        made = snippet(text, "budget", chars=chars)
        assert cut_address(text, made) is None and made.matched, (chars, made.plain())
        assert made.plain() == f"… {LONG} …", made.plain()


def test_a_passage_ends_before_an_address_it_shows_little_of_and_after_one_it_shows_most_of() -> None:
    # the smaller change: 44 characters of 99 shown are left out, 45 left of 99 are added
    text = QUIET * 3 + f"The budget was read on Thursday at {LONG} now. " + QUIET * 3
    before = snippet(text, "thursday", chars=80).plain()
    assert before == "… The budget was read on Thursday at …", before
    after = snippet(text, "thursday", chars=90).plain()
    assert after == f"… The budget was read on Thursday at {LONG} …", after


def test_an_address_longer_than_any_link_is_cut_as_a_word_is() -> None:
    # a blob of 100,000 characters in an address's shape (a data: or tracking link gone wrong) is not shown whole
    text = "The budget is at https://x.example/" + "a1" * 50_000 + " and more."
    assert len(snippet(text, "budget", chars=80).plain()) < 200
    assert len(lead_snippet(text, 80).plain()) < 200
