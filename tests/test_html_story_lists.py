"""A page listing stories (a home page, section front, tag or archive page, as ``wget --mirror`` saves them beside
the articles) is skipped with that reason; a blog's front showing its posts whole and an article with related
stories under it stay articles."""

from __future__ import annotations

import pytest

from newssearch.documents.html import read_html
from newssearch.errors import UnreadableFile

EXCERPT = ("the council met on Tuesday to discuss the matter in detail, and residents said they were worried about "
           "what it would mean for the town.")
STORY = " ".join(["The ferry to the island stops for the winter, the operator said, after a season of storms."] * 12)


def teaser(n: int, text: str = EXCERPT, tag: str = "article") -> str:
    return (f"<{tag} class='post'><h2 class='entry-title'><a href='../story-{n}/index.html'>Story {n}</a></h2>"
            f"<div class='entry-summary'><p>Story {n}: {text}</p></div>"
            f"<a class='more-link' href='../story-{n}/index.html'>Continue reading</a></{tag}>")


def page(main: str, head: str = "") -> str:
    return (f"<html lang='en'><head><title>Tag: floods | News Example</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/politics/'>Politics</a></nav>"
            f"<main><h1>Tag: floods</h1>{main}<a href='page/2/'>Older posts</a></main></body></html>")


def test_a_tag_page_of_teasers_is_skipped_with_the_reason():
    with pytest.raises(UnreadableFile, match=r"^a list of stories \(4 teasers linking to their pages: a home page, "
                                             r"section front, tag or archive page\), not an article$"):
        read_html(page("".join(teaser(n) for n in range(4))).encode(), "tag/floods/index.html")


def test_a_blogs_front_showing_its_posts_whole_is_read():
    found = read_html(page("".join(teaser(n, STORY) for n in range(3))).encode(), "blog/index.html")
    assert "ferry to the island" in found.articles[0].body


def test_an_article_with_related_stories_is_read():
    story = f"<article><h1>Ferry stops</h1><p>{STORY}</p></article>"
    related = "<aside class='related'>" + "".join(teaser(n, tag="div class='teaser'") for n in range(4)) + "</aside>"
    found = read_html(page(story + related).encode(), "2024/ferry/index.html")
    assert "ferry to the island" in found.articles[0].body


def test_a_page_saying_it_is_an_article_is_read_whatever_its_shape():
    head = "<meta property='article:published_time' content='2024-05-01T10:00:00Z'>"  # a live blog's posts
    found = read_html(page("".join(teaser(n) for n in range(4)), head).encode(), "live/index.html")
    assert "Story 0" in found.articles[0].body


def test_a_page_of_cards_whose_link_holds_the_heading_is_skipped():
    # A card wrapped whole in its link (<a href><h2>…</h2><p>…</p></a>) is a teaser as one whose heading is a link: the
    # page had been one article of the teasers, each headline glued to its excerpt.
    cards = "".join(f"<article class='card'><a href='../story-{n}/index.html'><h2>Story {n}</h2><p>Story {n}: "
                    f"{EXCERPT}</p></a></article>" for n in range(4))
    with pytest.raises(UnreadableFile, match=r"^a list of stories \(4 teasers linking"):
        read_html(page(cards).encode(), "tag/floods/index.html")


def test_a_live_blog_s_entries_headed_by_links_to_themselves_are_read():
    # A live blog's entry is headed by its time, a link to the entry itself (#post-2, to share it): no teaser linking to
    # a page of its own. Such a blog naming no publication time had been skipped as a list of stories.
    entries = "".join(f"<article class='post' id='post-{n}'><h3><a href='#post-{n}'>10:0{n}</a></h3>"
                      f"<p>Update {n}: {EXCERPT}</p></article>" for n in range(4))
    (article,) = read_html(page(entries).encode(), "live/index.html").articles
    assert [f"Update {n}:" in article.body for n in range(4)] == [True] * 4
