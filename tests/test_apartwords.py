"""apartwords: the words a segment's articles do not hold together, found once and known after."""

from __future__ import annotations

from newssearch.apartwords import ApartWords


def test_two_words_in_no_article_together_rule_out_a_phrase_holding_both() -> None:
    apart = ApartWords()
    held = [{1: 1.0, 2: 1.0}, {2: 1.0}, {1: 1.0, 3: 1.0}]
    assert apart.together("body", ["a", "b", "c"], held) == set()
    assert apart.known("body", ["x", "c", "y", "b"])
    assert not apart.known("body", ["a", "b"]) and not apart.known("title", ["b", "c"])


def test_words_read_until_none_is_left_are_known_when_no_two_of_them_show_it() -> None:
    apart = ApartWords()
    held = [{1: 1.0, 2: 1.0}, {2: 1.0, 3: 1.0}, {1: 1.0, 3: 1.0}]
    assert apart.together("body", ["a", "b", "c"], held) == set()
    assert apart.known("body", ["c", "b", "a"]) and not apart.known("body", ["a", "b"])


def test_articles_holding_every_word_are_found_and_nothing_is_known() -> None:
    apart = ApartWords()
    assert apart.together("body", ["a", "b"], [{1: 1.0, 2: 1.0}, {2: 1.0}]) == {2}
    assert not apart.known("body", ["a", "b"])


def test_a_word_in_no_article_rules_out_every_phrase_holding_it() -> None:
    apart = ApartWords()
    apart.absent("body", "zebra")
    assert apart.known("body", ["oil", "zebra"]) and not apart.known("body", ["oil"])
    assert not apart.known("title", ["zebra"])
