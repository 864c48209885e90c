"""A record gone from a file that is still indexed: a feed's item that scrolled off the feed (the feed saved again
without it), a line taken out of a JSONL export. ``show`` of its id had answered as of a typo, listing the file's
other articles, when the index can tell that an update removed it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli

ITEM = ("<item><title>{title}</title><link>https://news.example/{key}</link><guid>https://news.example/{key}</guid>"
        "<description>{title}: the story in full, told by the harbour desk.</description></item>")


def _feed(*items: tuple[str, str]) -> str:
    """An RSS feed of ``(key, title)`` items."""
    body = "".join(ITEM.format(key=key, title=title) for key, title in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{body}</channel></rss>'


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus of a feed of three items, a JSONL export of three records and two texts, indexed."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "news.rss").write_text(_feed(("mayor", "Mayor resigns"), ("marina", "Marina approved"),
                                           ("whale", "Whale sighted")), encoding="utf-8")
    (corpus / "wire.jsonl").write_text("".join(f'{{"id": "{key}", "title": "{key} story", "body": "The {key} story."}}\n'
                                               for key in ("a1", "a2", "a3")), encoding="utf-8")
    for name in ("bridge.txt", "fares.txt"):
        (corpus / name).write_text(f"{name[:-4]} news\n\nThe story of it, told in full.\n", encoding="utf-8")
    build_index(corpus, index_dir)
    return corpus, index_dir


def _shown(index_dir: Path, typed: str) -> str:
    """The error ``show typed`` prints (it must fail as an id naming no article)."""
    out = CliRunner().invoke(cli, ["show", typed, "--index-dir", str(index_dir)])
    assert out.exit_code == 2, out.stdout
    return out.stderr


def test_a_feed_item_that_scrolled_off_says_it_is_gone_from_its_feed(tmp_path: Path) -> None:
    corpus, index_dir = _corpus(tmp_path)
    (corpus / "news.rss").write_text(_feed(("marina", "Marina approved"), ("whale", "Whale sighted")), encoding="utf-8")
    build_index(corpus, index_dir)
    assert _shown(index_dir, "news.rss#https://news.example/mayor") == (
        "Error: no article with id 'news.rss#https://news.example/mayor': it was removed from the index at an update: "
        "the item is gone from its feed, news.rss (a feed saved again over its file keeps only its current items: "
        f"save each download under a name of its own, news-{date.today().isoformat()}.rss)\n")


def test_a_record_taken_out_of_an_export_says_it_is_gone_from_its_file(tmp_path: Path) -> None:
    corpus, index_dir = _corpus(tmp_path)
    (corpus / "wire.jsonl").write_text("".join(f'{{"id": "{key}", "title": "{key} story", "body": "The {key} story."}}\n'
                                               for key in ("a1", "a3")), encoding="utf-8")
    build_index(corpus, index_dir)
    assert _shown(index_dir, "wire.jsonl#a2") == (
        "Error: no article with id 'wire.jsonl#a2': it was removed from the index at an update: the record is gone "
        "from wire.jsonl (wire.jsonl holds 2 articles: wire.jsonl#a1, wire.jsonl#a3)\n")


def test_a_record_never_indexed_is_answered_as_before(tmp_path: Path) -> None:
    index_dir = _corpus(tmp_path)[1]
    assert _shown(index_dir, "wire.jsonl#a9") == (
        "Error: no article with id 'wire.jsonl#a9' (wire.jsonl holds 3 articles: wire.jsonl#a1, wire.jsonl#a2, "
        "wire.jsonl#a3)\n")


def test_an_item_of_a_feed_renamed_is_answered_with_its_id_in_the_feed_renamed(tmp_path: Path) -> None:
    # its address's "//" had been squeezed out of the key looked for, so the answer named the feed, not the item
    corpus, index_dir = _corpus(tmp_path)
    (corpus / "feeds").mkdir()
    (corpus / "news.rss").rename(corpus / "feeds" / "harbour.rss")
    build_index(corpus, index_dir)
    assert _shown(index_dir, "news.rss#https://news.example/whale").endswith(
        "(if news.rss was moved or renamed, feeds/harbour.rss#https://news.example/whale is its id now)\n")


def test_a_record_of_a_file_whose_records_were_skipped_names_the_skips(tmp_path: Path) -> None:
    # a line of an export that is not JSON: its record's id unknown, "show bad.jsonl#b1" had listed the file's other
    # articles alone, while the index keeps why a line of it was skipped
    corpus, index_dir = _corpus(tmp_path)
    (corpus / "bad.jsonl").write_text('{"id": "b1", "title": "Broken", "body": "text"\n'
                                      '{"id": "b2", "title": "Fine story", "body": "A fine story about ferries."}\n',
                                      encoding="utf-8")
    build_index(corpus, index_dir)
    assert _shown(index_dir, "bad.jsonl#b1") == (
        "Error: no article with id 'bad.jsonl#b1': 1 record of bad.jsonl was skipped at the last update: line 1: "
        "invalid JSON (column 47: Expecting ',' delimiter) (bad.jsonl holds 1 article: bad.jsonl#b2)\n")


def test_an_item_gone_from_its_feed_typed_by_its_address_says_so(tmp_path: Path) -> None:
    # "show https://news.example/mayor", the address a reader copied from the feed, had said only that ids are paths
    corpus, index_dir = _corpus(tmp_path)
    (corpus / "news.rss").write_text(_feed(("marina", "Marina approved"), ("whale", "Whale sighted")), encoding="utf-8")
    build_index(corpus, index_dir)
    assert _shown(index_dir, "https://news.example/mayor").startswith(
        "Error: no article with id 'https://news.example/mayor': news.rss#https://news.example/mayor was removed from "
        "the index at an update: the item is gone from its feed, news.rss (")
