"""A WordPress export (WXR, Tools > Export): an RSS feed whose items are every post, page, attachment and menu entry
of a site, each with its ``wp:`` elements; only its published posts are articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newssearch import build_index, open_index
from newssearch.documents import parse_bytes

WXR_HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Hokianga Herald</title><link>https://herald.example</link><language>en-NZ</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[mereana]]></wp:author_login>
<wp:author_display_name><![CDATA[Mereana Tane]]></wp:author_display_name></wp:author>
"""


def item(post_id: int, title: str, body: str, post_type: str = "post", status: str = "publish",
         pub_date: str = "Mon, 04 Mar 2024 21:15:00 +0000", post_date: str = "2024-03-05 10:15:00") -> str:
    """One WXR item as WordPress writes it: its login as dc:creator, its raw post content, its wp: elements."""
    return f"""<item><title><![CDATA[{title}]]></title><link>https://herald.example/?p={post_id}</link>
<pubDate>{pub_date}</pubDate><dc:creator><![CDATA[mereana]]></dc:creator>
<guid isPermaLink="false">https://herald.example/?p={post_id}</guid><description></description>
<content:encoded><![CDATA[{body}]]></content:encoded><wp:post_id>{post_id}</wp:post_id>
<wp:post_date><![CDATA[{post_date}]]></wp:post_date><wp:status><![CDATA[{status}]]></wp:status>
<wp:post_type><![CDATA[{post_type}]]></wp:post_type></item>"""


def wxr(*items: str) -> bytes:
    return (WXR_HEAD + "".join(items) + "</channel></rss>").encode()


FERRY = item(101, "Ferry service to resume", "<p>The Rawene ferry will resume sailing on Friday, the council said.</p>")


def test_only_published_posts_are_articles_drafts_pages_attachments_and_menus_are_skipped() -> None:
    # Every item had been an article: a draft, the "About" page, a picture's attachment titled "wharf", a menu entry.
    result = parse_bytes(wxr(FERRY, item(102, "Rates draft", "<p>Notes.</p>", status="draft"),
                             item(2, "About us", "<p>A community paper run by volunteers.</p>", post_type="page"),
                             item(55, "wharf", "", post_type="attachment", status="inherit"),
                             item(9, "Home", "", post_type="nav_menu_item")), "export.xml", ".xml")
    assert [article.title for article in result.articles] == ["Ferry service to resume"]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        ("export.xml#https://herald.example/?p=102", "item 2: a draft (wp:status draft), not a published post (WordPress export)"),
        ("export.xml#https://herald.example/?p=2", "item 3: a page (wp:post_type page), not a post (WordPress export)"),
        ("export.xml#https://herald.example/?p=55", "item 4: an attachment (wp:post_type attachment), not a post (WordPress export)"),
        ("export.xml#https://herald.example/?p=9", "item 5: a nav_menu_item (wp:post_type nav_menu_item), not a post (WordPress export)"),
    ]


def test_a_posts_author_is_the_display_name_the_export_gives_its_login_and_its_day_the_sites_own() -> None:
    # dc:creator holds the login ("mereana"); pubDate is in UTC, the day before the site's own (New Zealand) day.
    [article] = parse_bytes(wxr(FERRY), "export.xml", ".xml").articles
    assert (article.authors, article.date, article.date_source) == (("Mereana Tane",), date(2024, 3, 5), "wp:post_date")
    assert (article.source, article.url, article.lang) == ("Hokianga Herald", "https://herald.example/?p=101", "en")


def test_a_custom_post_type_is_an_article() -> None:
    result = parse_bytes(wxr(item(7, "Court rules on ballot", "<p>The court ruled on Monday.</p>", post_type="story")),
                         "export.xml", ".xml")
    assert [article.title for article in result.articles] == ["Court rules on ballot"]


def test_shortcodes_left_in_the_raw_post_content_are_no_text_a_captions_words_are() -> None:
    body = ('<p>Engineers found the damage worse than expected.</p>\n\n[caption id="attachment_56" align="alignnone" '
            'width="300"]<img src="wharf.jpg" /> The damaged wharf.[/caption]\n\n[gallery ids="5,6,7"]\n\n'
            '[embed]https://www.youtube.com/watch?v=abc[/embed]\n\nResidents [sic] said it cost them hours.')
    [article] = parse_bytes(wxr(item(101, "Ferry", body)), "export.xml", ".xml").articles
    assert article.body == ("Engineers found the damage worse than expected.\n\nThe damaged wharf.\n\n"
                            "Residents [sic] said it cost them hours.")


def test_a_feed_that_is_no_export_keeps_its_items() -> None:
    feed = b"""<rss version="2.0"><channel><title>Feed</title><item><title>Storm</title><description>Rain fell.
    [caption id="x"]kept[/caption]</description><status>draft</status><post_type>page</post_type></item></channel></rss>"""
    [article] = parse_bytes(feed, "feed.rss", ".rss").articles
    assert article.title == "Storm" and "[caption" in article.body


def test_a_post_put_back_to_draft_since_it_was_indexed_leaves_the_index(tmp_path: Path) -> None:
    # The site's owner unpublished it: no damage to wait out, so its article is not kept "which this record may be".
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bridge = item(103, "Bridge opens", "<p>The bridge opened to traffic on Monday.</p>")
    (corpus / "export.xml").write_bytes(wxr(FERRY, bridge))
    assert build_index(corpus, tmp_path / "ix").added == 2
    (corpus / "export.xml").write_bytes(wxr(FERRY.replace("[publish]", "[draft]"), bridge))
    report = build_index(corpus, tmp_path / "ix")
    assert (report.deleted, [skip.kept for skip in report.skipped]) == (1, [False])
    with open_index(tmp_path / "ix") as idx:
        assert [article.title for article in idx.articles()] == ["Bridge opens"]


def test_an_exports_many_skips_of_one_reason_are_one_line_in_the_summary(tmp_path: Path) -> None:
    # A site's 500 pictures had filled the five lines shown with attachments, the page and the draft among the
    # "497 more": each reason of a file's records is one line, with its count.
    from click.testing import CliRunner

    from newssearch.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pictures = [item(1000 + n, f"picture {n}", "", post_type="attachment", status="inherit") for n in range(500)]
    (corpus / "export.xml").write_bytes(wxr(FERRY, *pictures, item(2, "About us", "<p>A paper.</p>", post_type="page"),
                                            item(102, "Rates draft", "<p>Notes.</p>", status="draft")))
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix")])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2:] == [
        "  502 skipped",
        "    export.xml: 500 items skipped: an attachment (wp:post_type attachment), not a post (WordPress export); "
        "its other records were indexed",
        "    export.xml#https://herald.example/?p=2: item 502 skipped: a page (wp:post_type page), not a post "
        "(WordPress export); its other records were indexed",
        "    export.xml#https://herald.example/?p=102: item 503 skipped: a draft (wp:status draft), not a published "
        "post (WordPress export); its other records were indexed",
    ]
