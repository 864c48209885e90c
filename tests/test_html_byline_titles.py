"""A page's byline line with a title in small letters after the name's comma ("By Ann Cox, travel blogger"), an
outlet after the writer in its meta author ("Ann Cox, Voice of America"), and names with particles or suffixes
through every byline path."""

from __future__ import annotations

import pytest

from newssearch.documents.html import extract

STORY = "".join(f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
                for n in range(1, 5))


def page(first_line: str, head: str = "") -> tuple[tuple[str, ...], str | None, str]:
    """The authors, source and body read from a page whose story opens with ``first_line``."""
    found = extract(f"<html><head>{head}<title>Pool</title></head><body><div class='article-body'>"
                    f"<p>{first_line}</p>{STORY}</div></body></html>")
    return found.authors, found.source, found.body


# A page's byline line with a title in small letters that names no known role after the comma is read as a text's is
# (tests/test_byline_roles.py): it had stayed in the body, no author read. A sentence after "By" (and a name) stays
# the story's.
@pytest.mark.parametrize(("line", "authors"), [
    ("By Ann Cox, travel blogger", ("Ann Cox",)),
    ("By Ann Cox, fashion influencer", ("Ann Cox",)),
    ("By Ann Cox, host of the daily", ("Ann Cox",)),
    ("By Ann Cox, the council said", ()),
    ("By Ann Cox, officials said", ()),
    ("By the end of the week, fares had risen", ())])
def test_a_page_s_byline_line_with_an_unknown_title_in_small_letters_after_a_comma(
        line: str, authors: tuple[str, ...]) -> None:
    found_authors, _source, body = page(line)
    assert found_authors == authors
    assert body.startswith("Paragraph 1") if authors else body.startswith(line)
