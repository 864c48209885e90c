"""Traditional and simplified Chinese find each other: each traditional character is folded to its simplified form,
at index and query time, as Elasticsearch's ICU Traditional-Simplified transform does; snippets mark the text as
written. Japanese kanji go through the same fold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import folding, open_index
from newssearch.folding import fold
from newssearch.hanvariants import SIMPLIFIED, TRADITIONAL
from newssearch.textanalysis import analyze

ARTICLES = {
    "trad.txt": "台灣經濟\n\n台灣的經濟選舉今年舉行。",
    "simp.txt": "中国经济\n\n台湾的经济选举今年举行。",
    "ja.txt": "経済と選挙\n\n國の経済について選挙で議論された。",
    "other.txt": "北京的会谈\n\n会谈在周一举行。",
}


@pytest.fixture(scope="module")
def han_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("han"), ARTICLES)


def test_a_traditional_character_folds_to_its_simplified_form() -> None:
    assert fold("經濟") == "经济"
    assert fold("台灣") == fold("臺灣") == "台湾"
    assert fold("戰爭開始") == "战争开始"  # OpenCC's other candidates for 戰 and 開 are rare forms of them alone
    assert fold("經濟 café") == "经济 cafe"
    assert fold(TRADITIONAL) == fold(SIMPLIFIED) == SIMPLIFIED  # every pair, and folding twice is folding once
    assert analyze("經濟", mode="index") == ["经济", "經濟", "经", "經", "济", "濟"]  # the form as written beside it


def test_a_character_simplified_chinese_writes_too_is_not_folded() -> None:
    # 瞭 (瞭望, look out), 乾 (乾坤), 於 (a surname) and 著 (著名, famous) are simplified Chinese too; 畫 is 画 or 划
    assert [fold(char) for char in "瞭乾於著台后畫"] == list("瞭乾於著台后畫")


def test_text_without_han_never_builds_the_table() -> None:
    folding._simplified.cache_clear()
    assert analyze("The naïve “Māori” café — €5", mode="index")
    assert fold("Ünïcödé “quotes” and 서울, ガス") == "Unicode “quotes” and 서울, ガス"
    assert folding._simplified.cache_info().currsize == 0


@pytest.mark.parametrize(("query", "expected"), [
    ("經濟", ["simp.txt", "trad.txt"]),
    ("经济", ["simp.txt", "trad.txt"]),
    ("選舉", ["simp.txt", "trad.txt"]),
    ("舉行", ["other.txt", "simp.txt", "trad.txt"]),
    ('"台灣的經濟"', ["simp.txt", "trad.txt"]),
    ('"台湾的经济"', ["simp.txt", "trad.txt"]),
    ('"經濟選舉"', ["simp.txt", "trad.txt"]),
    ("灣", ["simp.txt", "trad.txt"]),
    ("経済", ["ja.txt"]),  # Japanese shinjitai: 経 and 済 are neither traditional nor simplified Chinese
    ("選挙", ["ja.txt"]),
    ("国", ["ja.txt", "simp.txt"]),  # ja.txt writes 國, as older Japanese and traditional Chinese do
])
def test_traditional_and_simplified_find_each_other(han_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(han_index, query) == expected


def test_the_spelling_typed_ranks_first(han_index: Path) -> None:
    with open_index(han_index) as idx:
        assert [hit.id for hit in idx.search("經濟").hits] == ["trad.txt", "simp.txt"]


def test_a_snippet_marks_the_characters_the_article_writes(han_index: Path) -> None:
    with open_index(han_index) as idx:
        marked = {hit.id: hit.snippet.html() for hit in idx.search("經濟").hits}
        phrase = {hit.id: hit.snippet.html() for hit in idx.search('"台湾的经济"').hits}
    assert "<mark>經濟</mark>選舉" in marked["trad.txt"]
    assert "<mark>经济</mark>选举" in marked["simp.txt"]
    assert "<mark>台灣的經濟</mark>" in phrase["trad.txt"]
    assert "<mark>台湾的经济</mark>" in phrase["simp.txt"]
