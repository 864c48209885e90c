"""The last resorts for a page that names no one: a name beside the date under the headline, a name alone in bold that
ends the story, then a personal site's author from the copyright its foot states, then a wire agency a line credits as
the story's source."""

from __future__ import annotations

import pytest

from newssearch.documents.html import extract

BODY = "<article><h1>Der Steinkauz</h1><p>" + "Der Vogel lebt in alten Bäumen, sagte sie am Montag. " * 4 + "</p>{}</article>"


def authors(foot: str, story: str = "") -> tuple[str, ...]:
    return extract(f"<html><head><title>Der Steinkauz</title></head><body>{BODY.format(story)}{foot}</body></html>").authors


@pytest.mark.parametrize("foot, expected", [
    ('<div class="copyrights-area"><p class="copyrights-text">(c) Johannes Wolf • Weitere Rechte siehe Impressum</p></div>',
     ("Johannes Wolf",)),
    ('<div id="footer"><p>Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by CSS Templates.</p></div>',
     ("Gregory Szorc",)),
    ('<div id="credits"><p><small>(Creative Commons) 2006-2008 by Martin Weber <br/> Hosted by Net-Housting</small></p></div>',
     ("Martin Weber",)),
    ("<footer><p>© Levente J. Dobszay, einige Rechte vorbehalten</p></footer>", ("Levente J. Dobszay",)),
    ("<footer><p>© 2022 Deutscher Handballbund</p></footer>", ()),               # a club, an outlet, a company
    ("<footer><p>© 2022 Copyright Hamburger Abendblatt. All Rights reserved.</p></footer>", ()),
    ("<footer><p>Copyright © 2016 Free Blogger Templates | Distributed By Gooyaabi</p></footer>", ()),
    ("<footer><p>© 2021 Agora SA</p></footer>", ()),
    ("<footer><p>© APA</p></footer>", ()),                                      # an agency is a credit, not a holder
    ("<footer><p>© 2020 Jane Doe</p></footer><p>© 2020 Jane Doe</p>", ("Jane Doe",)),
])
def test_a_personal_sites_copyright_names_its_author(foot: str, expected: tuple[str, ...]) -> None:
    assert authors(foot) == expected


def test_a_pictures_copyright_in_the_story_names_no_author() -> None:
    picture = ('<figure><img src="a.jpg"><figcaption><span class="figcaption__copyright">Bild © Johannes Gregor'
               "</span></figcaption></figure>")
    gallery = '<div class="gallery"><div class="field-name-field-copyright">© Max Mustermann</div></div>'
    assert authors("", picture + gallery) == ()


def test_a_byline_comes_before_the_copyright() -> None:
    assert authors("<footer><p>© 2020 Jane Doe</p></footer>", "<p>Von Anna Weber</p>") == ("Anna Weber",)


STORY = "<p>" + "Der Vogel lebt in alten Bäumen, sagte sie am Montag. " * 3 + "</p>"


@pytest.mark.parametrize("end, expected", [
    ("<p><b><i>Stefan Wasmer</i></b></p>", ("Stefan Wasmer",)),               # a story signed at its end
    ('<p class="clearfix"><strong>Marina Mucha</strong></p>', ("Marina Mucha",)),
    ("<p><strong>Weitere Informationen</strong></p><ul><li>Link</li></ul>", ()),  # a label over a list
    ("<p><strong>Marina Mucha</strong></p><p>Mehr Text danach.</p>", ()),    # text after it: a subheading
    ("<p><strong>Marina</strong> Mucha</p>", ()),                              # not all of it in bold
])
def test_a_name_in_bold_that_ends_the_story_signs_it(end: str, expected: tuple[str, ...]) -> None:
    page = f"<html><body><article><h1>Der Steinkauz</h1><div>{STORY * 3}{end}</div></article></body></html>"
    assert extract(page).authors == expected


def test_a_signature_comes_before_the_copyright() -> None:
    page = (f"<html><body><article><h1>Der Steinkauz</h1><div>{STORY * 3}<p><b>Stefan Wasmer</b></p></div></article>"
            "<footer><p>© 2020 Jane Doe</p></footer></body></html>")
    assert extract(page).authors == ("Stefan Wasmer",)


@pytest.mark.parametrize("under, expected", [
    ('<p class="text-muted">11.12.2019 - Amelie Loevenich</p>', ("Amelie Loevenich",)),   # it-for-kids.org
    ('<div>Essay</div><div><span class="field-content">25.10.2022 - Reiner Nagel</span></div>', ("Reiner Nagel",)),
    ("<p>Jane Doe | 3 May 2021</p>", ("Jane Doe",)),                                   # the name first
    ('<div class="meta">Sun, 03/03/2024 - 10:22 — Jane Doe</div>', ("Jane Doe",)),   # Drupal's medium date format
    ('<span class="date2">04. November 2021 | PAID CONTENT</span>', ()),              # a label in capitals
    ("<p>11.12.2019 - Neue Regeln für den Steinkauz und seine Nachbarn im Wald</p>", ()),  # a subheading
    ("<p>Nicht heute - Amelie Loevenich</p>", ()),                                     # no date
])
def test_a_name_beside_the_date_under_the_headline_names_the_author(under: str, expected: tuple[str, ...]) -> None:
    page = f"<html><body><article><h1>Der Steinkauz</h1>{under}{STORY * 3}</article></body></html>"
    assert extract(page).authors == expected


def test_a_name_beside_a_date_far_from_the_headline_is_no_byline() -> None:
    page = f"<html><body><article><h1>Der Steinkauz</h1>{STORY * 4}<p>11.12.2019 - Amelie Loevenich</p></article></body></html>"
    assert extract(page).authors == ()


@pytest.mark.parametrize("story, expected", [
    # A wire agency credited as the story's source on a line of its own (katholisch.at, tuning: "Quelle: kathpress").
    ('<p style="text-align:right;">Quelle: <a href="http://www.kathpress.at">kathpress</a></p>', ("Kathpress",)),
    ("<p>Quelle: dpa, KNA</p>", ("dpa", "KNA")),
    ("<p><small>Source: AFP</small></p>", ("AFP",)),
    # Not a figure's source, nor one that is no agency, nor a picture's credit.
    ("<p>Quelle: Statistisches Bundesamt</p>", ()),
    ('<figure><img src="a.jpg"><figcaption>Quelle: dpa</figcaption></figure>', ()),
])
def test_a_wire_agency_credited_as_the_source_names_the_writer(story: str, expected: tuple[str, ...]) -> None:
    assert authors("", story) == expected


def test_a_person_goes_before_the_source_credited() -> None:
    assert authors("<footer><p>© 2020 Jane Doe</p></footer>", "<p>Quelle: dpa</p>") == ("Jane Doe",)


# A picture's credit in the page's foot names who took the pictures, not who wrote the story: "Photos © 2024 Jane
# Doe" had made her its author. A notice of the text and the pictures ("Text and photos © …") is the text's.
@pytest.mark.parametrize("foot, expected", [
    ("<footer><p>Photos © 2024 Jane Doe</p></footer>", ()),
    ("<footer><p>Photo: © Jane Doe</p></footer>", ()),
    ("<footer><p>Fotos © 2024 Jane Doe</p></footer>", ()),
    ("<footer><p>Images (c) 2024 Jane Doe. All rights reserved.</p></footer>", ()),
    ("<footer><p>Text and photos © 2024 Jane Doe</p></footer>", ("Jane Doe",)),
])
def test_a_picture_credit_in_the_foot_names_no_author(foot: str, expected: tuple[str, ...]) -> None:
    assert authors(foot) == expected
