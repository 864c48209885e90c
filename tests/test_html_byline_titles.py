"""A page's byline line with a title in small letters after the name's comma ("By Ann Cox, travel blogger"), an
outlet after the writer in its meta author ("Ann Cox, Voice of America"), and names with particles or suffixes
through every byline path."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
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


def page_with_author(value: str, head: str = "") -> tuple[tuple[str, ...], str | None]:
    """The authors and the source read from a page whose meta author is ``value`` (``head``: more of its head)."""
    found = extract(f"<html><head><meta name='author' content='{value}'>{head}<title>Pool</title></head><body>"
                    f"<div class='article-body'>{STORY}</div></body></html>")
    return found.authors, found.source


# An outlet the publishers' table knows after the writer in a page's meta author (after a comma, a bar or "for") is
# the page's source when the page names none, never an author: it had been left out ("Ann Cox, Voice of America",
# "…for The Guardian": no source). A page naming its own site keeps it; a group or a place that is no outlet the table
# knows stays out ("Friends of the Earth", "Wellington"), as before.
@pytest.mark.parametrize(("value", "expected"), [
    ("Ann Cox, Voice of America", (("Ann Cox",), "Voice of America")),
    ("Ann Cox, VOA", (("Ann Cox",), "Voice of America")),
    ("Ann Cox, Reuters", (("Ann Cox",), "Reuters")),
    ("Ann Cox | AP", (("Ann Cox",), "Associated Press")),
    ("Ann Cox for The Guardian", (("Ann Cox",), "The Guardian")),
    ("Ann Cox, The New York Times", (("Ann Cox",), "The New York Times")),
    ("Ann Cox, Friends of the Earth", (("Ann Cox",), None)),
    ("Ann Cox, Wellington", (("Ann Cox",), None)),
    ("Ann Cox for Acme Widgets", (("Ann Cox",), None))])
def test_an_outlet_after_the_writer_in_a_page_s_meta_author_is_its_source(
        value: str, expected: tuple[tuple[str, ...], str | None]) -> None:
    assert page_with_author(value) == expected


def test_a_page_naming_its_site_keeps_it_beside_an_outlet_in_its_meta_author() -> None:
    head = "<meta property='og:site_name' content='Harbour Times'>"
    assert page_with_author("Ann Cox, Voice of America", head) == (("Ann Cox",), "Harbour Times")


def text_authors(text: str) -> tuple[str, ...]:
    """The authors read from a text file."""
    return parse_bytes(text.encode("utf-8"), "a.txt", ".txt").articles[0].authors


def record_authors(value: str) -> tuple[str, ...]:
    """The authors read from a JSON record whose author is ``value``."""
    record = {"title": "Ferry", "text": "The ferry sailed late.", "author": value}
    return parse_bytes(json.dumps(record).encode(), "a.json", ".json").articles[0].authors


def page_authors(body: str, head: str = "") -> tuple[str, ...]:
    """The authors read from a page with ``body`` over its story and ``head`` in its head."""
    return extract(f"<html><head>{head}<title>Pool</title></head><body><div class='article-body'>{body}{STORY}"
                   "</div></body></html>").authors


def byline_paths(name: str) -> dict[str, tuple[str, ...]]:
    """The authors each byline path reads when it names ``name``."""
    ld = {"@type": "NewsArticle", "headline": "Pool", "author": {"@type": "Person", "name": name}}
    return {
        "text by": text_authors(f"Pool closes\n\nBy {name}\n\nThe council voted on Monday.\n"),
        "text by, title": text_authors(f"Pool closes\n\nBy {name}, travel blogger\n\nThe council voted on Monday.\n"),
        "text by, agency": text_authors(f"Pool closes\n\nBy {name}, Reuters\n\nThe council voted on Monday.\n"),
        "text author": text_authors(f"Title: Pool closes\nAuthor: {name}\n\nThe council voted on Monday.\n"),
        "text closing": text_authors("Pool closes\n\nThe council voted on Monday. The pool will close for the winter"
                                     f" and open in spring.\n\nBy {name}\n"),
        "record": record_authors(name),
        "record, agency": record_authors(f"{name}, Reuters"),
        "page by": page_authors(f"<p>By {name}</p>"),
        "page by, title": page_authors(f"<p>By {name}, travel blogger</p>"),
        "page box": page_authors(f"<span class='byline'>{name}</span>"),
        "page meta": page_authors("", f"<meta name='author' content=\"{name}\">"),
        "page meta, outlet": page_authors("", f"<meta name='author' content=\"{name}, Voice of America\">"),
        "page json-ld": page_authors("", f"<script type='application/ld+json'>{json.dumps(ld)}</script>"),
    }


# A person's name with a particle or a suffix is read whole on every byline path: a page's "Jr." had lost its stop
# (personnames._part_name stripped it as a sentence's), where a text and a record kept it.
@pytest.mark.parametrize("name", ["Ludwig van Beethoven", "Martin Luther King Jr.", "Ann O'Neill", "José María Aznar",
                                  "Nguyen Van An", "Oscar de la Hoya", "John Smith III", "Ann O’Neill", "Sam Lee Sr."])
def test_a_name_with_a_particle_or_a_suffix_survives_every_byline_path_whole(name: str) -> None:
    paths = byline_paths(name)
    assert {path: found[:1] for path, found in paths.items()} == {path: (name,) for path in paths}


# An account name with digits after "By" or an author's label is the post's author, as one of letters alone is ("von
# gizzmo"): "Autor: c1ph4", "by delta201" had named no one. A number alone after "By" names no one.
@pytest.mark.parametrize(("body", "authors"), [
    ("<p>22. Januar 2020 // Autor: <a href='/author/c1ph4/' rel='author'>c1ph4</a></p>", ("c1ph4",)),
    ("<p class='byline'>by <a href='/profile/142450'>delta201</a></p>", ("delta201",)),
    ("<p class='byline'>by <a href='/profile/7'>gizzmo</a></p>", ("gizzmo",)),
    ("<p class='byline'>by 2020</p>", ())])
def test_an_account_name_with_digits_after_by_is_the_author(body: str, authors: tuple[str, ...]) -> None:
    assert page_authors(body) == authors
