"""Google News's RSS feeds: each item its headline alone, at the story's own address where Google's link holds it."""

from __future__ import annotations

import base64

from newssearch.documents import parse_bytes

STORY = "https://www.rnz.co.nz/news/national/500000/kauri-dieback"
# Google's older article id: base64 of a record holding the story's address (and an empty AMP field after it).
OLD_ID = base64.urlsafe_b64encode(b"\x08\x13\x22" + bytes([len(STORY)]) + STORY.encode() + b"\xd2\x01\x00").decode()
OPAQUE_ID = "CBMiqgFBVV95cUxOZ2RhbVd6"


def google_news(*items: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" '
            'xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator>'
            '<title>"kauri dieback" - Google News</title><link>https://news.google.com/search?q=kauri</link>'
            '<language>en-NZ</language>' + "".join(items) + "</channel></rss>").encode()


def item(key: str, title: str, source: str, description: str) -> str:
    return (f'<item><title>{title} - {source}</title><link>https://news.google.com/rss/articles/{key}?oc=5</link>'
            f'<guid isPermaLink="false">{key}</guid><pubDate>Mon, 04 Mar 2024 22:10:00 GMT</pubDate>'
            f'<description>{description}</description><source url="https://www.rnz.co.nz">{source}</source></item>')


def linked(key: str, title: str, source: str) -> str:
    """Google's description: the headline linked again and the publisher's name in grey, escaped."""
    return (f'&lt;a href="https://news.google.com/rss/articles/{key}?oc=5" target="_blank"&gt;{title}&lt;/a&gt;'
            f'&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;{source}&lt;/font&gt;')


def test_an_items_description_of_links_is_no_text_its_headline_is() -> None:
    # Its text had been "Kauri rules tightened RNZ", and a cluster's the other outlets' headlines too.
    cluster = (f"&lt;ol&gt;&lt;li&gt;{linked(OPAQUE_ID, 'Track closures for kauri', 'Northern Advocate')}&lt;/li&gt;"
               f"&lt;li&gt;{linked('CBMiZz', 'Waipoua forest plan', 'Stuff')}&lt;/li&gt;&lt;/ol&gt;")
    result = parse_bytes(google_news(item(OLD_ID, "Kauri rules tightened", "RNZ", linked(OLD_ID, "Kauri rules tightened", "RNZ")),
                                     item(OPAQUE_ID, "Track closures for kauri", "Northern Advocate", cluster)),
                         "kauri.rss", ".rss")
    assert [(article.title, article.body, article.source) for article in result.articles] == [
        ("Kauri rules tightened", "Kauri rules tightened", "RNZ"),
        ("Track closures for kauri", "Track closures for kauri", "Northern Advocate")]


def test_an_item_is_at_the_address_googles_older_id_holds_an_opaque_one_stays_googles() -> None:
    result = parse_bytes(google_news(item(OLD_ID, "Kauri rules tightened", "RNZ", ""),
                                     item(OPAQUE_ID, "Track closures", "Northern Advocate", "")), "kauri.rss", ".rss")
    assert [(article.id, article.url) for article in result.articles] == [
        (f"kauri.rss#{OLD_ID}", STORY),
        (f"kauri.rss#{OPAQUE_ID}", f"https://news.google.com/rss/articles/{OPAQUE_ID}?oc=5")]


def test_another_feeds_description_of_a_link_and_words_stays_its_text() -> None:
    feed = (b'<rss version="2.0"><channel><title>Feed</title><item><title>Storm</title>'
            b'<link>https://news.example/storm</link><description>&lt;a href="https://news.example/storm"&gt;Storm'
            b'&lt;/a&gt; &lt;font&gt;Rain&lt;/font&gt;</description></item></channel></rss>')
    [article] = parse_bytes(feed, "feed.rss", ".rss").articles
    assert article.body == "Storm Rain"
