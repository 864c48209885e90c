"""Boxes of the page beside a story, known by a label set as a heading through its class name ("titlebar",
"zwischenueber") or by their own class names: a "popular" list, the readers' comments, a rating widget, a "learn more"
box."""

from __future__ import annotations

import pytest

from newssearch.documents.html import extract

STORY = ("<p>The harbour board voted on Tuesday to replace the ferry fleet with electric boats, a change it says will "
         "cut the port's emissions by a third.</p><p>The first of the new ferries will sail in the spring, the board "
         "said, and the last of the diesel boats will be retired within five years.</p>")


def page(after: str) -> str:
    return (f"<html><body><div id='content'><div class='post'><h1>Ferries go electric</h1>{STORY}{after}</div></div>"
            "</body></html>")


def ranked(label: str) -> str:
    """A list of the site's most read stories under ``label`` set as a heading by its class, each title beside its
    number and an empty link over it (mixed.de's "Beliebt." list)."""
    items = "".join(f"<div class='panel'><a class='overlay-link' href='/s{n}'>&nbsp;</a><div class='number'>{n}</div>"
                    f"<div class='article-title'>{title}</div></div>"
                    for n, title in enumerate(("Buses get new routes", "Ten walks for autumn"), 1))
    return (f"<div class='section'><div class='inner'><div class='html-content'><div class='zwischenueber'>{label}"
            f"<span class='dot'>.</span></div></div><div class='top-ten'>{items}</div></div></div>")


@pytest.mark.parametrize("label", ["Beliebt", "Meistgelesen", "Most read", "Popular", "Les plus lus", "Lo más leído"])
def test_a_popular_list_under_a_label_set_as_a_heading_is_no_text(label: str) -> None:
    body = extract(page(ranked(label))).body
    assert "the board said" in body
    assert "Buses get new routes" not in body and label not in body


def test_a_line_that_only_says_popular_is_a_label() -> None:
    body = extract(page("<p>Beliebt.</p>")).body
    assert "Beliebt" not in body and "the board said" in body


def test_a_story_sentence_opening_with_popular_is_kept() -> None:
    body = extract(page("<p>Beliebt bei den Pendlern sind vor allem die frühen Fähren am Morgen.</p>")).body
    assert "Beliebt bei den Pendlern" in body


def test_readers_comments_under_a_label_set_as_a_heading_are_no_text() -> None:
    comments = ("<div class='titlebar'>Kommentare</div><div style='padding-top: 10px;'><h3>#1 Kommentar von Naru</h3>"
                "26. März 2004, 16:19<p>Danke für dieses Kapitel, das war wirklich großartig</p></div>"
                "<div class='titlebar'>Kommentare schreiben</div><form><input name='n'></form>")
    body = extract(page(comments)).body
    assert "the board said" in body
    assert "Danke" not in body and "Kommentar" not in body


def test_a_label_named_as_a_title_over_the_story_is_no_cut() -> None:
    # A label box opening its own box (a tab, a count) is not followed by the comments: only it goes.
    html = ("<html><body><div id='content'><div class='post'><h1>Ferries go electric</h1><div class='meta'>"
            f"<div class='title'>Kommentare</div></div>{STORY}</div></div></body></html>")
    assert "the board said" in extract(html).body


@pytest.mark.parametrize("box", ["article_vote", "star-rating", "post-ratings", "rating-box"])
def test_a_rating_widget_is_no_text(box: str) -> None:
    widget = (f"<div class='{box}'><table><tr><td>Durchschnittliche Bewertung:</td><td><ul class='stars'><li>&nbsp;"
              "</li></ul></td><td>(2 Bewertungen)</td></tr></table></div>")
    body = extract(page(widget)).body
    assert "the board said" in body and "Bewertung" not in body


@pytest.mark.parametrize("box", ["savoir_plus_block", "paragraph--type--en-savoir-plus", "learn-more"])
def test_a_learn_more_box_is_no_text(box: str) -> None:
    about = (f"<div class='{box}'><h4>Coast Ferries</h4><p>Harbour Board, City Council, Regional Transport, Port "
             "Company, Ferry Workers' Union, Tourism Office.</p></div>")
    body = extract(page(about)).body
    assert "the board said" in body and "Harbour Board, City Council" not in body


def test_a_box_about_the_writer_under_its_label_is_no_text() -> None:
    # The label heads its own row (with links to the writer's pages) and the bio sits in the row beside it: the box
    # the label opens is the writer's, the rows and all (herrpfleger.de's "Über den Autor").
    about = ("<div id='author' class='mod'><div class='mod-wrap'><div class='mod-head'><div class='mod-title'>"
             "<h4>Über den Autor</h4></div><div class='mod-actions'><a href='/author/m/'>Zeige alle Artikel</a></div>"
             "</div></div><div class='writer row'><div class='data-content'><h4>Matthias</h4><p>Pfleger, Papa und "
             "leidenschaftlicher Blogger und Jogger.</p></div></div></div>")
    body = extract(page(about)).body
    assert "the board said" in body
    assert "Jogger" not in body and "Über den Autor" not in body


@pytest.mark.parametrize("box", ["pane-article-infobox", "infobox", "community-notice", "notice"])
def test_an_infobox_or_a_notice_beside_the_story_is_no_text(box: str) -> None:
    # A background box on the story's subject (domradio.de's "article-infobox") and the site's notice about the post
    # (freitag.de's "community-notice": "Bei diesem Beitrag handelt es sich um ein Blog aus der Community").
    aside = (f"<div class='{box}'><h2>Harbour Board</h2><p>The Harbour Board is the body that runs the port, its "
             "ferries and its moorings on behalf of the city.</p></div>")
    body = extract(page(aside)).body
    assert "the board said" in body and "on behalf of the city" not in body


def test_a_boilerplate_box_set_in_a_grid_column_is_no_text() -> None:
    # A grid's cell class ("column", as Foundation and Bulma name it) does not make a notice box the story's
    # (freitag.de's "column community-notice").
    notice = ("<div class='row'><div class='column community-notice'>Bei diesem Beitrag handelt es sich um ein Blog aus "
              "der Community</div></div>")
    body = extract(page(notice)).body
    assert "the board said" in body and "Blog aus der Community" not in body
