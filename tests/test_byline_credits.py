"""What a byline credits besides people: titles before a name, which go; an outlet's or an agency's name, which is
no person; and the wire agency a story is from, credited after its people, the same in a page and in a record."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.authornames import people_and_publisher, split_authors
from newssearch.documents.html import extract
from newssearch.documents.nametitles import without_titles
from newssearch.documents.personnames import clean_authors

BODY = "<article><p>" + "Officials said the work was finished, on time, and under budget. " * 3 + "</p></article>"


def record(fields: dict) -> tuple[tuple[str, ...], str | None]:
    """The authors and the source of one JSON record."""
    (article,) = parse_bytes(json.dumps({"title": "Ferry", "text": "The ferry sailed late.", **fields}).encode(),
                             "a.json", ".json").articles
    return article.authors, article.source


def page(site: str, byline: str) -> tuple[tuple[str, ...], str | None]:
    """The authors and the source of a page of ``site`` whose byline box says ``byline``."""
    article = extract(f'<html><head><meta property="og:site_name" content="{site}"></head><body>'
                      f'<p class="byline">{byline}</p>{BODY}</body></html>')
    return article.authors, article.source


@pytest.mark.parametrize("byline", ["Rechtsanwalt Max Mustermann", "Rechtsanwältin Max Mustermann",
                                    "Staatsanwalt Max Mustermann", "Dr. med. Max Mustermann",
                                    "Prof. Dr. Max Mustermann", "Dr. rer. nat. Max Mustermann",
                                    "Dipl.-Ing. Max Mustermann", "Fachanwalt für Arbeitsrecht Max Mustermann"])
def test_a_title_of_address_or_profession_is_no_part_of_the_name(byline: str) -> None:
    assert clean_authors([byline]) == ("Max Mustermann",)
    assert split_authors(byline) == ("Max Mustermann",)
    assert page("Kanzlei-Blog", f"Von {byline}")[0] == ("Max Mustermann",)


@pytest.mark.parametrize("name", ["Ing Wong", "Mag Ruffman", "Max Doktor"])  # no title: a name of its own
def test_a_name_like_a_title_stays(name: str) -> None:
    assert without_titles(name) == name


@pytest.mark.parametrize("credit, one_name", [("DW", "DW"), ("Deutsche Welle", "DW"), ("AFP", "AFP"), ("dpa", "dpa"),
                                              ("AP", "Associated Press"), ("Reuters", "Reuters"), ("KNA", "KNA"),
                                              ("epd", "epd"), ("APA", "APA"), ("SDA", "SDA"), ("ANSA", "ANSA"),
                                              ("EFE", "EFE")])
def test_an_outlet_or_agency_alone_is_the_source_not_a_person(credit: str, one_name: str) -> None:
    assert record({"author": credit}) == ((), one_name)
    assert record({"author": credit, "source": one_name}) == ((), one_name)


@pytest.mark.parametrize("byline", ["Jane Doe, Reuters", "By Jane Doe, Reuters", "Jane Doe (Reuters)",
                                    "Jane Doe/Reuters", "Jane Doe of Reuters"])
def test_the_agency_of_a_story_another_outlet_carries_is_credited_after_its_people(byline: str) -> None:
    newsapi = {"source": {"id": None, "name": "Yahoo Entertainment"}, "author": byline}
    assert record(newsapi) == (("Jane Doe", "Reuters"), "Yahoo Entertainment")
    assert page("Yahoo Entertainment", byline) == (("Jane Doe", "Reuters"), "Yahoo Entertainment")
    assert record({"author": byline}) == (("Jane Doe",), "Reuters")  # no source named: the agency is the source
    assert page("Reuters", byline) == (("Jane Doe",), "Reuters")     # its own story: no credit to itself


@pytest.mark.parametrize("byline", ["By Jane Doe, Reuters", "By Jane Doe\nReuters"])  # on the line under it too
def test_a_text_credits_the_agency_of_a_story_another_outlet_carries(byline: str) -> None:
    text = f"Source: Yahoo News\n\n{byline}\n\nThe ferry sailed late on Monday, officials said, and no one was hurt.\n"
    (article,) = parse_bytes(text.encode(), "a.txt", ".txt").articles
    assert (article.authors, article.source) == (("Jane Doe", "Reuters"), "Yahoo News")


def test_an_agency_credited_by_the_meta_tags_leaves_the_people_to_the_byline() -> None:
    article = extract('<html><head><meta name="author" content="dpa"></head><body>'
                      f'<p class="byline">Von Anna Weber</p>{BODY}</body></html>')
    assert (article.authors, article.source) == (("Anna Weber",), "dpa")  # the source of a page that names none


def test_a_person_named_like_an_agency_is_no_credit() -> None:
    assert people_and_publisher(split_authors("Michael Bloomberg"), "Yahoo") == (("Michael Bloomberg",), "Yahoo")
    assert clean_authors(["By Michael Bloomberg"]) == ("Michael Bloomberg",)


@pytest.mark.parametrize("line", ["Text von Anna Weber", "Beitrag von Anna Weber", "Blog Beitrag von Anna Weber",
                                  "Gastbeitrag von Anna Weber",
                                  # with the picture's credit after it (alacarte.at: had named no one)
                                  "<em>Text von Anna Weber &nbsp; Illustration von Markus Roost</em>",
                                  "Text von Anna Weber Fotos: Markus Roost"])
def test_a_german_byline_line_over_the_story(line: str) -> None:
    article = extract(f"<html><body><article><h1>Der Steinkauz</h1><p>{line}</p><p>"
                      + "Der Vogel lebt in alten Bäumen, sagte sie am Montag. " * 4 + "</p></article></body></html>")
    assert article.authors == ("Anna Weber",)


BIO = "<p>" + "Er schreibt seit zehn Jahren über Leasing, Kredite und die Finanzen kleiner Firmen. " * 2 + "</p>"


@pytest.mark.parametrize("heading, expected", [("Martin Junker", ("Martin Junker",)),
                                               ("Rezept von", ()), ("Über den Autor", ())])  # a label, no name
def test_an_author_box_headed_by_a_name_names_the_author(heading: str, expected: tuple[str, ...]) -> None:
    box = f'<div class="author-bio footer"><h3>{heading}</h3>{BIO}</div>'
    article = extract("<html><body><article><h1>Firmenwagen</h1><p>"
                      + "Der Wagen gehört der Firma, sagte sie am Montag. " * 4 + f"</p>{box}</article></body></html>")
    assert article.authors == expected


def test_an_author_box_headed_by_a_name_and_its_follow_button_over_a_role_names_the_author() -> None:
    # LinkedIn's author card: the name and a "Follow" link in one heading, a role in the next (had named no one: the
    # heading's text ran into its button, "Inga HoeltmannFollow", and into the role under it)
    card = ('<div class="author-info"><h3><a href="/in/ih">Inga Hoeltmann</a><a class="follow-button" href="/login">'
            "Follow</a></h3><h4>Transformationsbegleiterin und Expertin für Neue Arbeit</h4>" + BIO + "</div>")
    article = extract("<html><body><article><h1>Hochzeit im Wendland</h1><p>"
                      + "Der Wagen gehört der Firma, sagte sie am Montag. " * 4 + f"</p>{card}</article></body></html>")
    assert article.authors == ("Inga Hoeltmann",)


# A newsroom's credit in German, Spanish, French, Italian, Dutch or Polish, as "Staff" or "Newsroom" in English: alone,
# in a compound, with the outlet's name, or after "Von"; and "news" in other languages before an outlet's name.
@pytest.mark.parametrize("byline", ["Redaktion", "Von Redaktion", "TVT-Redaktion", "Onlineredaktion", "Redaktion MSM",
                                    "Greentech.LIVE Redaktion", "Redacción EC", "La rédaction", "Redazione",
                                    "Redactie", "Redakcja", "NOTICIAS EL COMERCIO PERÚ", "Nachrichten Ostsee"])
def test_a_newsrooms_credit_in_another_language_names_no_one(byline: str) -> None:
    assert page("Coast Times", byline)[0] == ()
    assert clean_authors([f"Jane Doe, {byline}"]) == ("Jane Doe",)


@pytest.mark.parametrize("byline", ["Unknown", "UNKNOWN", "Unknown author", "null", "None", "N/A", "undefined"])
def test_a_placeholder_byline_names_no_one(byline: str) -> None:
    # Blogger's feeds name a hidden profile "Unknown"; a dataset's empty author cell is written "None", "N/A", "null".
    assert people_and_publisher(split_authors(byline), "Blog") == ((), "Blog")
    assert people_and_publisher(split_authors(f"Jane Doe; {byline}"), "Blog") == (("Jane Doe",), "Blog")


@pytest.mark.parametrize("nothing", ["", " ", "\n\t", "\u00a0", None])
def test_no_byline_is_no_one_and_a_blank_one_beside_a_name_changes_nothing(nothing: str | None) -> None:
    # An empty byline is passed over before anything is set up (a wire's stories have none, a text's most often)
    assert clean_authors([nothing], exclude="Reuters") == ()  # type: ignore[list-item]
    assert clean_authors([nothing, "By Jane Doe, Reuters"], exclude="Reuters") == ("Jane Doe",)  # type: ignore[list-item]
    assert split_authors(nothing) == ()
    assert split_authors([nothing, "Jane Doe"]) == ("Jane Doe",)


# An additional reporter's credit in a byline field is no author, as in a wire's closing credit (textcredits), nor
# a name of its words: "Jane Doe with additional reporting by John Roe" had been one author of all its words, "Jane Doe,
# additional reporting by John Roe" two, the second "additional reporting by John Roe".
@pytest.mark.parametrize("byline", ["Jane Doe with additional reporting by John Roe",
                                    "Jane Doe, additional reporting by John Roe",
                                    "By Jane Doe; Additional reporting by John Roe and Ann Lee",
                                    "Jane Doe (additional reporting by John Roe)",
                                    "Jane Doe, Political Reporter, with additional reporting from John Roe"])
def test_an_additional_reporters_credit_is_no_author(byline: str) -> None:
    assert split_authors(byline) == ("Jane Doe",)
    assert record({"author": byline}) == (("Jane Doe",), None)


# Names a slash joins are each an author when each is a person's or a publisher's ("Jane Doe/John Roe", as some CMS
# exports join them; "Jane Doe/Stuff" as "Jane Doe/dpa" is); a slash within a name stays ("AC/DC").
@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe/John Roe", ("Jane Doe", "John Roe")), ("Jane Doe / John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe/Stuff", ("Jane Doe", "Stuff")), ("AC/DC", ("Ac/Dc",)),
])
def test_names_a_slash_joins_are_each_an_author(byline: str, names: tuple[str, ...]) -> None:
    assert split_authors(byline) == names


@pytest.mark.parametrize(("byline", "expected"), [
    ("Jane Doe, with AP", (("Jane Doe",), "Associated Press")),     # AP had been dropped
    ("Jane Doe with The Associated Press", (("Jane Doe",), "Associated Press")),   # "Jane Doe with" had been a name
    ("Jane Doe with additional reporting by John Roe", (("Jane Doe",), None)),
    ("By Jane Doe, Associated Press", (("Jane Doe",), "Associated Press")),
])
def test_an_agency_with_the_writer_is_the_records_publisher(byline: str, expected: tuple) -> None:
    assert record({"author": byline}) == expected


@pytest.mark.parametrize("byline", ["Harbour Times", "Harbour Times Reporter", "Harbour Times Staff",
                                    "The Harbour Times"])
def test_a_byline_naming_its_publisher_without_the_is_no_author(byline: str) -> None:
    """A WordPress feed's generic byline names its paper without its "The" ("Harbour Times Reporter" in The
    Harbour Times's feed): it had been an author, "Harbour Times", the publisher's name."""
    assert record({"author": byline, "source": "The Harbour Times"}) == ((), "The Harbour Times")
    assert people_and_publisher(split_authors(f"Jane Doe; {byline}"), "The Harbour Times") == (
        ("Jane Doe",), "The Harbour Times")


# An office's or a source's title after a name and a comma, as a police or council release is signed: the name's
# title, no second author (it had been "Police Spokeswoman", a person); a second name after a comma is still one.
@pytest.mark.parametrize(("byline", "expected"), [
    ("By Ann Cox, Police Spokeswoman", ("Ann Cox",)),
    ("Ann Cox, Chief Executive", ("Ann Cox",)),
    ("By Ann Cox, Communications Manager, and Tom Roe", ("Ann Cox", "Tom Roe")),
    ("By Ann Cox, Tom Dean", ("Ann Cox", "Tom Dean")),
])
def test_an_office_s_title_after_a_name_is_no_author(byline: str, expected: tuple[str, ...]) -> None:
    assert clean_authors([byline]) == expected
    assert split_authors(byline) == expected


# A section's label as the byline ("By Letters To The Editor", a paper's letters page; its JSON-LD author so named) is
# no person: it had been "Letters To", its last words cut as a role ("The Editor") after a name.
@pytest.mark.parametrize("label", ["Letters To The Editor", "LETTERS TO THE EDITOR", "Letters to the Editor",
                                   "Letter To The Editor"])
def test_a_section_s_label_as_the_byline_names_no_one(label: str) -> None:
    assert page("The Mercury News", f"By {label}")[0] == ()
    assert record({"author": label})[0] == ()
