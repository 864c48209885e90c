"""Readers' comments under a story are not its text, whatever their boxes are named; the story's own boxes stay."""

from __future__ import annotations

import pytest

from newssearch.documents.html import extract

STORY = ("<p>Hamilton's ageing water pipes need a $300 million upgrade over the next decade, a report has found.</p>"
         "<p>The report says a third of the city's water mains are more than 50 years old and leak badly.</p>")


def comment(n: int, box: str = "div class='c'", control: str = "<button>Reply</button>") -> str:
    """One reader's comment: a linked name, when it was written, a long opinion and its buttons."""
    tag = box.split()[0]
    opinion = " ".join(f"The council ignored the pipes under Victoria Street, reader {n} says, for {k} years."
                       for k in range(4))
    return (f"<{box}><div><a href='/u/{n}'>user{n}</a> <span>{n + 1} hours ago</span></div><p>{opinion}</p>"
            f"<button>Like</button> {control}</{tag}>")


def page(comments: str) -> str:
    return f"<html><body><article><h1>Water pipes need an upgrade</h1>{STORY}</article>{comments}</body></html>"


MANY = "".join(comment(n) for n in range(60))


@pytest.mark.parametrize("section", [
    # Boxes named for the comments, under any of their names.
    "<section id='responses'><h2>60 responses</h2>{}</section>",
    "<div class='replies'>{}</div>",
    "<div id='discussion'>{}</div>",
    "<div id='disqus_thread'>{}</div>",
    "<div class='reader-comments'>{}</div>",
    "<div class='commentlist'>{}</div>",
    # Named for nothing: known by their Reply buttons and times.
    "<section id='x1'><h2>60 responses</h2>{}</section>",
    "<ol class='stream'>{}</ol>",
])
def test_a_long_comment_section_does_not_replace_the_story(section: str) -> None:
    comments = MANY if "<ol" not in section else "".join(comment(n, "li class='c'") for n in range(60))
    body = extract(page(section.format(comments))).body
    assert "ageing water pipes" in body and "mains are more than 50" in body
    assert "Victoria Street" not in body and "hours ago" not in body and "responses" not in body


@pytest.mark.parametrize("control", ["<a href='#r'>Reply</a>", "<a href='#r'>Reply to user3</a>",
                                     "<span role='button'>Respond</span>"])
def test_a_reply_control_of_any_kind_marks_a_comment(control: str) -> None:
    comments = "".join(comment(n, control=control) for n in range(5))
    assert "Victoria Street" not in extract(page(f"<div class='x'>{comments}</div>")).body


def test_a_live_blogs_timed_entries_with_share_buttons_are_the_story() -> None:
    # A time and Like/Share buttons are not enough: a live blog's entries carry them and are its text.
    entries = "".join(f"<div class='entry'><span>{n} minutes ago</span><p>Update {n}: the council has voted, "
                      f"officials say, and the pipes will be replaced from March.</p><button>Share</button>"
                      f"<button>Like</button></div>" for n in range(1, 6))
    body = extract(f"<html><body><div class='live'><h1>Live: council vote</h1>{entries}</div></body></html>").body
    assert all(f"Update {n}:" in body for n in range(1, 6))


def test_a_box_named_responsive_is_not_a_response() -> None:
    html = f"<html><body><div class='responsive-wrapper'><h1>Water pipes</h1>{STORY}</div></body></html>"
    assert "ageing water pipes" in extract(html).body


def test_a_page_of_nothing_but_entries_that_take_replies_keeps_them() -> None:
    # Looked like a comment list, but it is all the page has: a live blog whose posts readers can answer.
    entries = "".join(f"<div class='entry'><time datetime='2024-03-01T1{n}:00'>1{n}:00</time><p>Update {n}: the storm "
                      f"has closed roads and schools across the region this morning.</p><button>Reply</button></div>"
                      for n in range(4))
    body = extract(f"<html><head><title>Live</title></head><body><div class='feed'>{entries}</div></body></html>").body
    assert all(f"Update {n}:" in body for n in range(4))
