"""A Mastodon account's archive: its outbox.json's public posts, one article each; boosts and private posts none."""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from newssearch import build_index, open_index
from newssearch.documents import parse_bytes
from newssearch.documents.activitypub import actor_name
from newssearch.documents.jsonfile import read_json
from newssearch.errors import UnreadableFile

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


# The account the archive is of, as Mastodon writes actor.json beside outbox.json.
ACTOR = {"@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://mastodon.example/users/rnz",
         "type": "Person", "preferredUsername": "rnz", "name": "RNZ News",
         "summary": "<p>News from Radio New Zealand, the public broadcaster of Aotearoa.</p>",
         "url": "https://mastodon.example/@rnz", "published": "2022-11-01T00:00:00Z"}


def archive_folder(tmp_path: Path, actor: dict[str, object]) -> Path:
    """A corpus holding an unpacked archive: outbox.json beside actor.json."""
    folder = tmp_path / "corpus" / "mastodon"
    folder.mkdir(parents=True)
    (folder / "outbox.json").write_text(json.dumps(OUTBOX))
    (folder / "actor.json").write_text(json.dumps(actor))
    return folder


def test_an_unpacked_archives_posts_are_by_its_accounts_display_name(tmp_path: Path) -> None:
    # They had been credited to no one.
    folder = archive_folder(tmp_path, ACTOR)
    build_index(folder.parent, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        posts = {article.id: article.authors for article in idx.articles() if "outbox" in article.id}
    assert posts == {f"mastodon/outbox.json#{STATUS}": ("RNZ News",)}


def test_an_account_of_no_display_name_is_its_handle(tmp_path: Path) -> None:
    folder = archive_folder(tmp_path, {**ACTOR, "name": ""})
    build_index(folder.parent, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        posts = [article.authors for article in idx.articles() if "outbox" in article.id]
    assert posts == [("@rnz@mastodon.example",)]


@pytest.mark.parametrize(("name", "author"), [
    (":blobcat: Harbour Watch :verified:", "Harbour Watch"),  # the codes of the account's custom emoji had stayed
    ("Harbour:verified: Watch", "Harbour:verified: Watch"),  # after a letter no code, as Mastodon reads one
    (":blobcat:", "@rnz@mastodon.example"),                  # a name of emoji alone: the handle
    ("RNZ: News 10:30", "RNZ: News 10:30"),                   # colons that are no code's
])
def test_an_accounts_display_name_is_without_its_custom_emojis_codes(name: str, author: str) -> None:
    assert actor_name(json.dumps({**ACTOR, "name": name}).encode()) == author


def test_a_renamed_account_reads_its_outbox_again(tmp_path: Path) -> None:
    folder = archive_folder(tmp_path, ACTOR)
    build_index(folder.parent, tmp_path / "index")
    actor = folder / "actor.json"
    stamp = actor.stat().st_mtime_ns + 1_000_000_000
    actor.write_text(json.dumps({**ACTOR, "name": "RNZ"}))
    os.utime(actor, ns=(stamp, stamp))
    build_index(folder.parent, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        posts = [article.authors for article in idx.articles() if "outbox" in article.id]
    assert posts == [("RNZ",)]


def test_an_archive_zips_posts_are_by_its_accounts_display_name() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("outbox.json", json.dumps(OUTBOX))
        archive.writestr("actor.json", json.dumps(ACTOR))
    result = parse_bytes(buffer.getvalue(), "archive.zip", ".zip")
    posts = [(article.id, article.authors) for article in result.articles if "outbox" in article.id]
    assert posts == [(f"archive.zip#outbox.json#{STATUS}", ("RNZ News",))]


def test_an_outbox_alone_is_credited_to_no_one() -> None:
    result = read_json(json.dumps(OUTBOX).encode(), "outbox.json")
    assert [article.authors for article in result.articles] == [()]


def test_an_accounts_profile_is_no_article() -> None:
    # actor.json with its bio had been an article: the bio titled by its first sentence, dated the account's first day
    profile = {**ACTOR, "summary": "<p>News from Aotearoa New Zealand's public broadcaster. Follow us for updates.</p>",
               "published": "2019-05-01T00:00:00Z"}
    with pytest.raises(UnreadableFile) as raised:
        read_json(json.dumps(profile).encode(), "actor.json")
    assert str(raised.value) == ("no articles in file (record 1: an ActivityPub account's profile (a Mastodon "
                                 "archive's actor.json), not a post: its posts are in its outbox.json)")
