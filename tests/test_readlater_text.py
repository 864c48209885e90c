"""Wallabag's text export: each saved article's title between two rules of 100 "=", then its text wrapped at 100."""

from __future__ import annotations

import pytest

from newssearch.documents import parse_bytes

RULE = "=" * 100
BRIDGE = ("The Auckland Harbour Bridge will reopen to traffic on Tuesday after repairs to its clip-on lanes, officials\n"
          "said.\n\nWork crews finished the job two days early.")
RATES = "The council voted 8-4 to raise rates by 7 per cent, the mayor said on Wednesday."


def export(*entries: tuple[str, str]) -> bytes:
    """A Wallabag text export, as its EntriesExport writes one."""
    return "".join(f"\n\n{RULE}\n\n{title}\n\n{RULE}\n\n{text}" for title, text in entries).encode()


def test_one_article_exported_as_text_has_no_rule_in_its_text() -> None:
    """The rule under the title had been the text's first line."""
    [article] = parse_bytes(export(("Harbour bridge to reopen", BRIDGE)), "a.txt", ".txt").articles
    assert (article.id, article.title) == ("a.txt", "Harbour bridge to reopen")
    assert article.body.startswith("The Auckland Harbour Bridge") and "=" not in article.body


def test_an_export_of_several_articles_is_an_article_each() -> None:
    """The export of a reading list had been one article, the first title its title, every other title and rule
    its text."""
    result = parse_bytes(export(("Harbour bridge to reopen", BRIDGE), ("Council votes on rates", RATES)),
                         "wallabag.txt", ".txt")
    assert [(a.id, a.title, a.title_source) for a in result.articles] == [
        ("wallabag.txt#1", "Harbour bridge to reopen", "wallabag:headline"),
        ("wallabag.txt#2", "Council votes on rates", "wallabag:headline")]
    assert result.articles[0].body == " ".join(BRIDGE.split("\n\n")[0].split()) + "\n\nWork crews finished the job two days early."
    assert result.articles[1].body == RATES


def test_a_story_with_a_rule_of_its_own_is_one_article() -> None:
    text = f"Harbour bridge to reopen\n\n{BRIDGE}\n\n{RULE}\n\nA note\n\n{RULE}\n\n{RATES}\n"
    assert len(parse_bytes(text.encode(), "a.txt", ".txt").articles) == 1


def markdown_export(*entries: tuple[str, str]) -> bytes:
    """A Wallabag Markdown export, as its EntriesExport writes one: each entry's "<h1>title</h1>" and content made
    Markdown (the title underlined with as many "=" as it has characters) and the entries joined with nothing
    between, so each title after the first runs on from the end of the text before it."""
    return "".join(f"{title}\n{'=' * len(title)}\n\n{text}" for title, text in entries).encode()


def test_a_markdown_export_of_several_articles_is_an_article_each() -> None:
    """It had been one article, the first title its title and every other title run into the text before it."""
    result = parse_bytes(markdown_export(("Harbour bridge to reopen", BRIDGE), ("Council votes on *rates*", RATES)),
                         "Unread articles.md", ".md")
    assert [(a.id, a.title, a.title_source) for a in result.articles] == [
        ("Unread articles.md#1", "Harbour bridge to reopen", "wallabag:headline"),
        ("Unread articles.md#2", "Council votes on rates", "wallabag:headline")]
    assert result.articles[0].body.endswith("\n\nWork crews finished the job two days early.")
    assert result.articles[1].body == RATES


def test_a_markdown_file_with_two_headings_of_its_own_is_one_article() -> None:
    text = f"Harbour bridge to reopen\n========================\n\n{BRIDGE}\n\nThe repairs\n=====\n\n{RATES}\n"
    [article] = parse_bytes(text.encode(), "notes.md", ".md").articles
    assert article.title == "Harbour bridge to reopen"


def test_a_markdown_export_with_a_short_title_is_an_article_each() -> None:
    """A title under 10 characters ("Rates up") had not been taken for one: the export was one article, its first
    title its title and the second run into the text before it ("…two days early.Rates up")."""
    result = parse_bytes(markdown_export(("Harbour bridge to reopen", BRIDGE), ("Rates up", RATES)),
                         "Unread articles.md", ".md")
    assert [(a.id, a.title) for a in result.articles] == [
        ("Unread articles.md#1", "Harbour bridge to reopen"), ("Unread articles.md#2", "Rates up")]
    assert result.articles[0].body.endswith("\n\nWork crews finished the job two days early.")
    assert result.articles[1].body == RATES


@pytest.mark.parametrize("heading", ["The repairs\n=====", "Fix it. Now\n===", "What next?\n=====",
                                     "The repair: rates\n=====", "Notes (final)\n==="])
def test_a_markdown_file_with_a_short_underline_of_its_own_is_one_article(heading: str) -> None:
    """A heading underlined short, after a title underlined to its length, is the file's: its last letters are no
    title run on from a text ("irs", "Now", "ates", "al)")."""
    text = f"Harbour bridge to reopen\n========================\n\n{BRIDGE}\n\n{heading}\n\n{RATES}\n"
    [article] = parse_bytes(text.encode(), "notes.md", ".md").articles
    assert article.title == "Harbour bridge to reopen"
