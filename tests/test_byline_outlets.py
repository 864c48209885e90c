"""A byline's outlet after "for" in a record's and a text's byline ("Ann Cox for The Guardian"), an outlet after the
writer in a page's byline line ("By Ann Cox, Voice of America") and names a slash joins ("Ann Cox / Bob Lee")."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.html import extract

STORY = "".join(f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
                for n in range(1, 5))
Read = tuple[tuple[str, ...], str | None]


def record(value: str, source: str | None = None) -> Read:
    """The authors and the source read from a JSON record whose author is ``value`` (``source``: its own)."""
    fields = {"title": "Ferry", "text": "The ferry sailed late.", "author": value, **({"source": source} if source else {})}
    article = parse_bytes(json.dumps(fields).encode(), "a.json", ".json").articles[0]
    return article.authors, article.source


def text(byline: str) -> Read:
    """The authors and the source read from a text file whose byline line is ``byline``."""
    article = parse_bytes(f"Pool closes\n\n{byline}\n\nThe council voted on Monday.\n".encode(), "a.txt",
                          ".txt").articles[0]
    return article.authors, article.source


def page(body: str) -> tuple[tuple[str, ...], str | None, str]:
    """The authors, the source and the body read from a page with ``body`` over its story."""
    found = extract(f"<html><head><title>Pool</title></head><body><div class='article-body'>{body}{STORY}</div>"
                    "</body></html>")
    return found.authors, found.source, found.body


# An outlet the publishers' table knows (or a wire agency) after the writer's "for" is the source when the record names
# none, as after a comma or a bar: it had been dropped ("Ann Cox for The Guardian": no source), and a text's "By Ann Cox
# for Reuters" had named "Ann Cox for". An outlet the table does not know, or words that are no outlet, stay out.
@pytest.mark.parametrize(("value", "expected"), [
    ("Ann Cox for The Guardian", (("Ann Cox",), "The Guardian")),
    ("Ann Cox for Voice of America", (("Ann Cox",), "Voice of America")),
    ("Ann Cox for Reuters", (("Ann Cox",), "Reuters")),
    ("Ann Cox for Acme Widgets", (("Ann Cox",), None))])
def test_an_outlet_after_for_in_a_record_or_a_text_is_its_source(value: str, expected: Read) -> None:
    assert record(value) == expected
    assert text(f"By {value}") == expected


@pytest.mark.parametrize("value", ["Ann Cox for the first time", "Ann Cox for years"])
def test_words_after_for_that_name_no_outlet_give_no_source(value: str) -> None:
    assert record(value)[1] is None


def test_a_record_naming_its_source_keeps_it_beside_an_outlet_after_for() -> None:
    assert record("Ann Cox for The Guardian", "Harbour Times") == (("Ann Cox",), "Harbour Times")


# A page's byline line naming an outlet after the writer's comma names its source when the page names none, as its
# meta author does (htmlmeta.outlet_after_writer); it had given the writer alone. A place stays out.
@pytest.mark.parametrize(("line", "expected"), [
    ("By Ann Cox, Voice of America", (("Ann Cox",), "Voice of America")),
    ("By Ann Cox, The New York Times", (("Ann Cox",), "The New York Times")),
    ("By Ann Cox, Wellington", (("Ann Cox",), None))])
def test_an_outlet_after_the_writer_in_a_page_s_byline_line_is_its_source(line: str, expected: Read) -> None:
    authors, source, body = page(f"<p>{line}</p>")
    assert (authors, source) == expected
    assert body.startswith("Paragraph 1")


# Names a slash joins are each an author where both are names, in a text's and a page's byline line as in a record's
# and a page's byline box; a desk's code ("dpa/lno") and an agency beside an outlet ("AFP/The Local") are no two people.
@pytest.mark.parametrize(("names", "authors"), [
    ("Ann Cox/Bob Lee", ("Ann Cox", "Bob Lee")),
    ("Ann Cox / Bob Lee", ("Ann Cox", "Bob Lee")),
    ("E. Barreneche / J. I. da Silva", ("E. Barreneche", "J. I. da Silva"))])
def test_names_a_slash_joins_are_each_an_author(names: str, authors: tuple[str, ...]) -> None:
    assert record(names)[0] == authors
    assert text(f"By {names}")[0] == authors
    assert page(f"<p>By {names}</p>")[0] == authors
    assert page(f"<span class='byline'>{names}</span>")[0] == authors


def test_a_desk_code_or_an_agency_and_an_outlet_after_a_slash_are_no_two_people() -> None:
    assert page("<span class='byline'>dpa/lno</span>")[0] == ("dpa",)
    assert page("<span class='byline'>AFP/The Local</span>")[0] == ("AFP",)
    assert record("AFP/The Local")[0] != ("AFP", "The Local")


# A page's byline line naming the outlet after the writer's "for" ("By Ann Cox for The Guardian") is its byline, as
# after a comma: the writer the author, the outlet the source when the page names none, the line out of the body. It
# had been read as the story's first paragraph, with no author. An outlet the table does not know stays the writer's
# trailer ("for Acme Widgets": Ann Cox, no source); a sentence's "for" names no one.
@pytest.mark.parametrize(("line", "expected"), [
    ("By Ann Cox for The Guardian", (("Ann Cox",), "The Guardian")),
    ("By Ann Cox for Reuters", (("Ann Cox",), "Reuters")),
    ("By Ann Cox for Voice of America", (("Ann Cox",), "Voice of America"))])
def test_an_outlet_after_for_in_a_page_s_byline_line_is_its_source(line: str, expected: Read) -> None:
    authors, source, body = page(f"<p>{line}</p>")
    assert (authors, source) == expected
    assert body.startswith("Paragraph 1")


def test_a_page_s_sentence_with_for_after_by_stays_the_story_s() -> None:
    authors, source, body = page("<p>By Friday the council for the region had voted.</p>")
    assert (authors, source) == ((), None)
    assert body.startswith("By Friday the council")


def text_with_source(value: str) -> Read:
    """The authors and the source read from a text whose header's Source: line is ``value``."""
    article = parse_bytes(f"Title: Pool closes\nSource: {value}\n\nThe council voted on Monday.\n".encode(), "a.txt",
                          ".txt").articles[0]
    return article.authors, article.source


# A source naming a wire agency and, after a slash, the outlet that ran its story ("AFP/The Local") is that outlet,
# the agency credited among the authors, as a page's byline box "AFP/The Local" on thelocal.se reads; an agency and its
# desk's code ("dpa/lno", "det/dpa") is the agency; an agency and a name the publishers' table does not know (a photo's
# or a poll's credit: "AP/Getty Images", "Reuters/Ipsos") stays as written. They had been kept as one string, a facet
# value of their own that neither source:"The Local" nor the agency's other stories share.
@pytest.mark.parametrize(("value", "expected"), [
    ("AFP/The Local", (("AFP",), "The Local")),
    ("The Local / AFP", (("AFP",), "The Local")),
    ("dpa/lno", ((), "dpa")),
    ("det/dpa", ((), "dpa")),
    ("NZ Herald/AP", (("Associated Press",), "NZ Herald")),
    ("Canada/U.S. Wire", ((), "Canada/U.S. Wire")),
    ("AP/Getty Images", ((), "AP/Getty Images")),
    ("Reuters/Ipsos", ((), "Reuters/Ipsos"))])
def test_a_source_of_an_agency_and_an_outlet_after_a_slash_is_the_outlet(value: str, expected: Read) -> None:
    assert record("", value) == expected
    assert text_with_source(value) == expected


def test_a_slashed_source_s_agency_follows_the_record_s_people() -> None:
    assert record("Ann Cox", "AFP/The Local") == (("Ann Cox", "AFP"), "The Local")


JSONLD_AUTHOR = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": '
                 '"Eduardo Barreneche"}}</script>')


# Names written in small letters in a byline box, the site's style sheet capitalising them (elpais.com.uy's "e.
# barreneche / J. I. da silva", shown E. BARRENECHE / J. I. DA SILVA), are names where initials open them: each its
# initials and surname capitalised, a particle kept small. Beside the structured data's author, the one it writes in
# full ("Eduardo Barreneche" for "e. barreneche") is written so, and the box's other names are its co-authors; it had
# been the structured data's author alone (the box: no name). Small words without initials stay no name ("read more").
@pytest.mark.parametrize(("box", "authors"), [
    ("<div class='author'>e. barreneche / J. I. da silva<br></div>", ("E. Barreneche", "J. I. da Silva")),
    ("<div class='author'>By e. barreneche</div>", ("E. Barreneche",)),
    ("<div class='author'>read more / share</div>", ())])
def test_names_in_small_letters_with_initials_in_a_byline_box_are_names(box: str, authors: tuple[str, ...]) -> None:
    assert page(box)[0] == authors


def test_a_byline_box_s_initialled_name_is_the_structured_data_s_author_in_full() -> None:
    found = extract(f"<html><head><title>Pool</title>{JSONLD_AUTHOR}</head><body><div class='article-body'>"
                    f"<div class='author'>e. barreneche / J. I. da silva<br></div>{STORY}</div></body></html>")
    assert found.authors == ("Eduardo Barreneche", "J. I. da Silva")
