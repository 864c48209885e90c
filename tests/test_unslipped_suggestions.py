"""'Did you mean' one letter from a word the index does not hold only for a slip of the fingers (a key beside the one
meant, a letter doubled, swapped or left out), or for a word in one article in a hundred or more: "maori", "tofu",
"blog" and "grammy", real words an index lacks, had been offered mori, tof, bloc and gramm, the words of an article
or two (benchmarks/spelling_eval.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index
from newssearch.slipkinds import typing_slip

RARE = {"mori.txt": "Mori poll\n\nA Mori poll.", "tof.txt": "Tof\n\nThe tof said so.",
        "bloc.txt": "Trade\n\nThe trade bloc met.", "gramm.txt": "Senate\n\nSenator Gramm spoke.",
        "price.txt": "Oil\n\nThe price rose.", "minister.txt": "Cabinet\n\nThe minister spoke.",
        "dollar.txt": "Money\n\nThe dollar fell."}
TEXTS = {**RARE, **{f"filler{n}.txt": f"Filler {n}\n\nNothing to see here." for n in range(200)},
         **{f"argument{n}.txt": f"Story {n}\n\nThe argument went on." for n in range(3)}}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("unslipped"), TEXTS)


def suggestion(index: Path, text: str) -> str | None:
    with open_index(index) as idx:
        return idx.search(text).suggestion


@pytest.mark.parametrize("typed", ["maori", "tofu", "blog", "grammy"])
def test_a_real_word_one_letter_from_a_rare_word_but_no_slip_of_it_gets_none(index: Path, typed: str) -> None:
    assert suggestion(index, typed) is None


@pytest.mark.parametrize(("typed", "meant"), [("pirce", "price"), ("minster", "minister"), ("dolllar", "dollar"),
                                              ("pricr", "price"), ("mimister", "minister"), ("arguement", "argument")])
def test_a_slip_of_the_fingers_or_of_a_common_word_still_gets_its_word(index: Path, typed: str, meant: str) -> None:
    assert suggestion(index, typed) == meant


@pytest.mark.parametrize(("typed", "word", "slip"), [
    ("pirce", "price", True), ("minster", "minister", True), ("dolllar", "dollar", True), ("pricr", "price", True),
    ("governmentr", "government", True), ("maori", "mori", False), ("tofu", "tof", False), ("blog", "bloc", False),
    ("grammy", "gramm", False), ("seperate", "separate", False), ("govermnet", "government", False)])
def test_a_typing_slip_is_a_key_beside_a_letter_doubled_swapped_or_left_out(typed: str, word: str, slip: bool) -> None:
    assert typing_slip(typed, word) is slip
