"""A heading whose link points to the box it stands in (a live blog's entry headed by its own permalink, ``#block-3``;
a post's subheading linked to its own anchor) is the story's heading, not a pointer to another page."""

from __future__ import annotations

from newssearch.documents.html import extract

_ENTRY = ('<article id="block-{n}"><header><time datetime="2023-03-15T12:{n}8:00Z">12.{n}8 GMT</time>'
          '<h2><a href="{href}">{heading}</a></h2></header>'
          '<div><p>{text}</p></div></article>')


def _live_blog(href: str = "#block-{n}") -> str:
    entries = [(2, "Fuel duty frozen", "Fuel duty will be frozen for another year, the chancellor said."),
               (1, "Statement begins", "The chancellor is on his feet and begins with the economic forecasts.")]
    blocks = "".join(_ENTRY.format(n=n, heading=heading, text=text, href=href.format(n=n))
                     for n, heading, text in entries)
    return f'<html><head><title>Budget live</title></head><body><h1>Budget live</h1><div id="live">{blocks}</div></body></html>'


def test_a_live_blog_entry_keeps_its_heading_linked_to_itself() -> None:
    assert extract(_live_blog()).body == (
        "12.28 GMT\n\nFuel duty frozen\n\nFuel duty will be frozen for another year, the chancellor said.\n\n"
        "12.18 GMT\n\nStatement begins\n\nThe chancellor is on his feet and begins with the economic forecasts.")


def test_a_self_link_written_as_the_page_address_is_kept_too() -> None:
    """A browser's "Save as complete" writes every link whole: ``https://…/live#block-2``."""
    body = extract(_live_blog("https://daily.example/politics/live#block-{n}")).body
    assert "\n\nFuel duty frozen\n\n" in body and "\n\nStatement begins\n\n" in body


def test_a_subheading_linked_to_its_own_anchor_is_kept() -> None:
    page = ('<html><body><article><h1>Ferry terminal approved</h1>'
            '<p>The council voted 9-3 on Tuesday to approve a new ferry terminal at the eastern wharf.</p>'
            '<h2 id="cost"><a href="#cost">What it costs</a></h2>'
            '<p>Opponents said the $40m cost was too high, and that the money should go to buses.</p>'
            '</article></body></html>')
    assert extract(page).body == ("The council voted 9-3 on Tuesday to approve a new ferry terminal at the eastern "
                                  "wharf.\n\nWhat it costs\n\nOpponents said the $40m cost was too high, and that the "
                                  "money should go to buses.")


def test_a_heading_linking_to_another_entry_is_still_left_out() -> None:
    """A key-events list's links point to other entries: no self-links, left out as before."""
    page = _live_blog().replace(
        '<div id="live">', '<div id="live"><ul class="key-events"><li><a href="#block-2">Fuel duty frozen</a></li>'
        '<li><a href="#block-1">Statement begins</a></li></ul>')
    assert extract(page).body.count("Fuel duty frozen") == 1


def test_a_back_to_top_link_to_a_box_around_it_is_still_left_out() -> None:
    """Only a heading's link to its own box is the story's: "Scroll to top" links to the page around it."""
    page = ('<html><body id="top"><article><h1>Ferry terminal approved</h1>'
            '<p>The council voted 9-3 on Tuesday to approve a new ferry terminal at the eastern wharf.</p>'
            '<p>Opponents said the $40m cost was too high, and that the money should go to buses.</p>'
            '<p><a href="#top">Scroll To Top</a></p></article></body></html>')
    assert "Scroll To Top" not in extract(page).body
