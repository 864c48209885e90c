"""Web addresses typed or pasted into a query: the link to an article finds it, its ? * ~ are no query syntax."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import found_ids

from newssearch.addresses import web_addresses


@pytest.mark.parametrize(("typed", "read"), [
    # its scheme left out, which url: finds with a www. or without (a.example at https://www.a.example/ too)
    ("url:http://a.example/?p=1", 'url:"a.example/ p=1"'),                 # ? had been a pattern: nothing found
    ('inurl:"http://a.example/x?p=1&q=2"', 'inurl:"a.example/x p=1&q=2"'),
    ("URL:a.example/~joe/notes", 'URL:"a.example/ joe/notes"'),           # a ~ had been a fuzzy word's
    ("http://a.example/x?p=1 oil", '(url:"a.example/x p=1"^10 OR "http://a.example/x p=1") oil'),
    ('"https://a.example/x" -https://b.example/y',
     '(url:"a.example/x"^10 OR "https://a.example/x") -(url:"b.example/y"^10 OR "https://b.example/y")'),
    ("a.example/x oil", '(url:"a.example/x"^10 OR "a.example/x") oil'),          # a bare host's: had been words only
    ("9/11 km/h U.S./Mexico", "9/11 km/h U.S./Mexico"),                          # no host: as typed
    ("url:nzherald.co.nz oil* 9/11", "url:nzherald.co.nz oil* 9/11"),      # no address: as typed
    ('oil "see https://a.example/x now"', 'oil "see https://a.example/x now"'),  # inside a phrase: its words
    ("url:-a.example/x url:!a.example/y", 'url:-"a.example/x" url:!"a.example/y"'),  # the sign kept, for lucene_forms
    ("www.a.example/x?p=1 oil", '(url:"a.example/x p=1"^10 OR "www.a.example/x p=1") oil'),  # a browser bar's, no scheme
    ('-"WWW.a.example/x"', '-(url:"a.example/x"^10 OR "WWW.a.example/x")'),
    ("oil.www.a.example", "oil.www.a.example"),
    ("url:www.a.example/x", 'url:"a.example/x"'),
    # a trailing * or ? is a pattern of its words from its start, which the parser reads dotted (address_pattern)
    ("url:https://a.ex*", "url:https.a.ex*"),
    ("url:-https://a.example/x/*", "url:-https.a.example.x.*"),
])
def test_an_address_is_its_words(typed: str, read: str) -> None:
    assert web_addresses(typed) == read


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stories whose links hold a query string and a tilde, and a third that quotes one of them."""
    from newssearch import build_index

    root = tmp_path_factory.mktemp("addresses")
    records = [
        {"id": "blog", "title": "Harbour ferry late", "text": "The ferry was late.", "url": "http://blog.example/?p=2895"},
        {"id": "magazine", "title": "Best houses", "text": "A house.", "url": "https://mag.example/best-vs~157401545"},
        {"id": "quoting", "title": "Links", "text": "See http://blog.example/?p=2895 for more.", "url": None},
        {"id": "munich", "title": "Munich", "text": "A city.", "url": "https://wiki.example/wiki/M%C3%BCnchen"},
        {"id": "zurich", "title": "Zurich", "text": "A city.", "url": "https://wiki.example/wiki/Zürich"},
        {"id": "www", "title": "Rates", "text": "Rates rose.", "url": "https://www.paper.example/news/1"},
        {"id": "tracked", "title": "Boat", "text": "A boat.",
         "url": "https://news.example/boat?id=7&utm_source=newsletter&utm_medium=email"},
        {"id": "standoff", "title": "Armed offenders squad called to Otara", "text": "Police called the squad.",
         "url": "https://www.rnz.example/news/national/123/armed-offenders-squad-called-to-otara"},
        {"id": "followup", "title": "Armed offenders squad called to Otara: standoff ends",
         "text": "The armed offenders squad called to Otara left. Our report "
                 "https://www.rnz.example/news/national/123/armed-offenders-squad-called-to-otara, "
                 "and again: https://www.rnz.example/news/national/123/armed-offenders-squad-called-to-otara",
         "url": None},
    ]
    (root / "corpus").mkdir()
    (root / "corpus" / "links.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records))
    build_index(root / "corpus", root / "index")
    return root / "index"


@pytest.mark.parametrize(("typed", "expected"), [
    ("url:http://blog.example/?p=2895", ["blog"]),                  # had found nothing: a pattern of the whole address
    ('url:"http://blog.example/?p=2895"', ["blog"]),                # ... and, quoted, "?p" a pattern
    ("http://blog.example/?p=2895", ["blog", "quoting"]),           # pasted alone: the article there, and its quoter
    ("https://mag.example/best-vs~157401545", ["magazine"]),        # its ~ had been a fuzzy word's (a million edits)
    ('"https://mag.example/best-vs~157401545"', ["magazine"]),
    ("ferry -http://blog.example/?p=2895", []),
    ("ferry url:-http://blog.example/?p=2895", []),                 # had found the blog: the sign read as a word's
    ("www.mag.example/best-vs~157401545", ["magazine"]),             # without its scheme: had found nothing
    ("blog.example/?p=2895", ["blog", "quoting"]),                   # no scheme nor www.: had been words only
    # an address without the www. its article's has, as a browser's bar, print or a shared link writes it: had found
    # nothing (its words in order from the address's start, the scheme's and www's at most before them)
    ("paper.example/news/1", ["www"]),
    ("https://paper.example/news/1", ["www"]),
    ('"http://paper.example/news/1"', ["www"]),
    ("url:https://paper.example/news/1", ["www"]),
    ("url:http://www.mag.example/best-vs~157401545", ["magazine"]),  # a www. its address has not
    # an address's letters written as a browser's bar shows them or as copying it gives them (%C3%BC): either
    # finds the article, whichever it holds (one spelling had found nothing)
    ("url:https://wiki.example/wiki/München", ["munich"]),
    ("url:https://wiki.example/wiki/Z%C3%BCrich", ["zurich"]),
    ("https://wiki.example/wiki/Z%C3%BCrich", ["zurich"]),
    ("city url:-https://wiki.example/wiki/München", ["zurich"]),
    # a trailing * or ? a pattern of its words from its start (the * had been dropped: https wiki ex found nothing)
    ("url:https://wiki.ex*", ["munich", "zurich"]),
    ("url:https://wiki.example/wiki/*", ["munich", "zurich"]),
    ("url:https://wiki.example/wiki/Mün*", ["munich"]),
    ("url:https://mag.example/best-v?", ["magazine"]),
    ("url:http://blog.example/?p=28*", ["blog"]),
    ("url:https://example/*", []),                                  # from the address's start: wiki.example's not
    ("url:wiki/Z*", ["zurich"]),                                    # no host: a path's words anywhere
    # a link pasted with the tracking its newsletter added, which the article's address is stored without: had
    # found nothing (the tracking's words are in no address)
    ("https://news.example/boat?id=7&utm_source=newsletter&utm_medium=email", ["tracked"]),
    ("url:https://news.example/boat?id=7&utm_source=twitter", ["tracked"]),
    ("url:https://news.example/boat?utm_campaign=x&id=7", ["tracked"]),
])
def test_the_link_to_an_article_finds_it(linked: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(linked, typed) == [f"links.jsonl#{name}" for name in expected]


@pytest.mark.parametrize("typed", [
    "https://www.rnz.example/news/national/123/armed-offenders-squad-called-to-otara",
    "www.rnz.example/news/national/123/armed-offenders-squad-called-to-otara/",
    '"https://www.rnz.example/news/national/123/armed-offenders-squad-called-to-otara"',
])
def test_a_pasted_address_finds_its_article_first(linked: Path, typed: str) -> None:
    """The article at the address pasted ranks above one that quotes it, however often (it had ranked second)."""
    from newssearch import open_index

    with open_index(linked) as idx:
        ranked = [hit.id for hit in idx.search(typed).hits]
    assert ranked == ["links.jsonl#standoff", "links.jsonl#followup"]
