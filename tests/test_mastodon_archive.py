"""A Mastodon account's archive: its outbox.json's public posts, one article each; boosts and private posts none."""

from __future__ import annotations

import json
from datetime import date

from newssearch.documents.jsonfile import read_json

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
STATUS = "https://mastodon.example/users/rnz/statuses/111"
CONTENT = ('<p>New rules to stop the spread of kauri dieback come into force on Monday, with track closures across '
           'Northland. <a href="https://www.rnz.co.nz/news/national/500000" rel="nofollow noopener" target="_blank">'
           '<span class="invisible">https://www.</span><span class="ellipsis">rnz.co.nz/news/national/500000</span>'
           '</a> <a href="https://mastodon.example/tags/kauri" class="mention hashtag" rel="tag">#<span>kauri</span></a>'
           '</p>')


def create(number: int, to: list[str], content: str = CONTENT) -> dict[str, object]:
    """A Create activity of a Note as Mastodon's archive writes it."""
    status = f"https://mastodon.example/users/rnz/statuses/{number}"
    return {"id": f"{status}/activity", "type": "Create", "actor": "https://mastodon.example/users/rnz",
            "published": "2024-03-04T22:15:00Z", "to": to, "cc": ["https://mastodon.example/users/rnz/followers"],
            "object": {"id": status, "type": "Note", "summary": None, "inReplyTo": None,
                       "published": "2024-03-04T22:15:00Z", "url": f"https://mastodon.example/@rnz/{number}",
                       "attributedTo": "https://mastodon.example/users/rnz", "to": to,
                       "content": content, "contentMap": {"en": content}, "attachment": [], "tag": []}}


OUTBOX = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
          "totalItems": 3, "orderedItems": [
              create(111, [PUBLIC]),
              {"id": "https://mastodon.example/users/rnz/statuses/112/activity", "type": "Announce",
               "actor": "https://mastodon.example/users/rnz", "published": "2024-03-04T23:00:00Z", "to": [PUBLIC],
               "object": "https://other.example/users/x/statuses/9"},
              create(113, ["https://mastodon.example/users/rnz/followers"], "<p>Staff meeting at noon.</p>")]}


def test_an_outboxs_public_posts_are_articles_its_boosts_and_private_posts_are_not() -> None:
    # The file had been skipped whole: "record 1 (id outbox.json): no body text".
    result = read_json(json.dumps(OUTBOX).encode(), "outbox.json")
    assert [(a.id, a.date, a.url, a.lang) for a in result.articles] == [
        (f"outbox.json#{STATUS}", date(2024, 3, 4), "https://mastodon.example/@rnz/111", "en")]
    assert result.articles[0].body == ("New rules to stop the spread of kauri dieback come into force on Monday, with "
                                       "track closures across Northland. https://www.rnz.co.nz/news/national/500000 "
                                       "#kauri")
    assert [skip.reason for skip in result.skipped] == [
        "record 2: a boost (Announce) of another account's post, not the account's own",
        "record 3: a post to followers only or a direct message, not addressed to the public"]
