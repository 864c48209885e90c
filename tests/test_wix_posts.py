"""A Wix blog post's byline and date, marked by Wix's data-hook names (its class names are hashes)."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.html import extract

STORY = ("<p class='x14'>The harbour board voted on Tuesday to replace the ferry fleet with electric boats, a change "
         "it says will cut the port's emissions by a third.</p><p class='x14'>The first of the new ferries will sail "
         "in the spring, the board said, and the last of the diesel boats will be retired within five years.</p>")


def post(metadata: str, after: str = "") -> str:
    """A Wix post page (its generator tag says so): its metadata box over its headline and story, ``after`` them (a
    list of recent posts)."""
    return ("<html><head><meta name='generator' content='Wix.com Website Builder'><title>Ferries go electric | Coast "
            "Blog</title></head><body><div id='SITE_CONTAINER'><main>"
            "<article data-hook='post'><div class='ab12' data-hook='post-header'><div class='x1' "
            f"data-hook='post-metadata'>{metadata}</div></div><h1 class='x11' data-hook='post-title'>Ferries go "
            f"electric</h1><div class='x13' data-hook='post-description'>{STORY}</div></article>{after}</main></div>"
            "</body></html>")


def byline(name: str) -> str:
    return ("<a class='x3' data-hook='profile-link' href='https://www.coastblog.com/profile/jd/profile'>"
            f"<span class='x6' data-hook='user-name'>{name}</span></a>")


def day(title: str | None, shown: str) -> str:
    titled = f" title='{title}'" if title else ""
    return (f"<div class='x7'><span class='x8' data-hook='time-ago'{titled}>{shown}</span><span>·</span>"
            "<span class='x10' data-hook='time-to-read'>2 min read</span></div>")


# The name and the day had been read from neither: Wix writes them in boxes with no class a byline's or a date's.
@pytest.mark.parametrize(("shown", "title"), [("Mar 5", "Mar 5, 2024"), ("3 days ago", "Mar 5, 2024"),
                                              ("Mar 5, 2024", None)])
def test_a_wix_posts_byline_and_day_are_read_from_its_hooks(shown: str, title: str | None) -> None:
    article = extract(post(byline("Jane Doe") + day(title, shown)))
    assert (article.authors, article.date) == (("Jane Doe",), date(2024, 3, 5))
    assert "Jane Doe" not in article.body


# The posts listed under it ("Recent Posts") have bylines and days of their own: not the post's.
def test_a_recent_posts_byline_and_day_are_not_the_posts() -> None:
    recent = ("<section data-hook='recent-posts'><div data-hook='post-list-item'>"
              f"{byline('Rob Crilly')}{day('Jan 9, 2023', 'Jan 9, 2023')}<h2 data-hook='post-title'><a href='/post/x'>"
              "Buses go electric too</a></h2></div></section>")
    article = extract(post(day(None, "5 days ago"), recent))
    assert (article.authors, article.date) == ((), None)


# The metadata's line, its day and its reading time ("Mar 5 · 2 min read"), had opened the story's text.
@pytest.mark.parametrize(("shown", "title"), [("Mar 5", "Mar 5, 2024"), ("Mar 5", None), ("3 days ago", None),
                                              ("Mar 5, 2024", None)])
def test_a_wix_posts_day_and_reading_time_are_not_its_text(shown: str, title: str | None) -> None:
    body = extract(post(byline("Jane Doe") + day(title, shown))).body
    assert body.startswith("The harbour board voted") and "min read" not in body


# A day without its year ("Mar 5", as Wix shows a post of the year it is read in) dates nothing: which year is not
# told. The day the page's meta tags give is a better one than the day the post's box shows.
def test_a_wix_posts_day_without_its_year_dates_nothing() -> None:
    assert extract(post(day(None, "Mar 5"))).date is None


def test_a_wix_pages_meta_date_comes_before_its_posts_day() -> None:
    page = post(day("Mar 5, 2024", "Mar 5")).replace(
        "<title>", "<meta property='article:published_time' content='2024-03-04T09:00:00Z'><title>")
    assert extract(page).date == date(2024, 3, 4)
