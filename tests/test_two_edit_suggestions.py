"""'Did you mean' two edits from a word the index does not hold: only for a word of six letters or more
(Elasticsearch's fuzziness AUTO: one edit in three to five letters, two from six) and only to a word that sounds
alike, as for a name: an index without "Maori", "propane", "wheat" or "bahrain" had offered Maria, propose, Whelan
and bargain, real words of other corpora each (BBC and Reuters: about half the words one writes and the other
lacks got a suggestion, most of them two edits away)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index

TEXTS = {
    **{f"maria{n}.txt": f"Concert {n}\n\nMaria sang the aria again." for n in range(3)},
    **{f"propose{n}.txt": f"Plans {n}\n\nThey propose a new tax." for n in range(3)},
    **{f"bargain{n}.txt": f"Shops {n}\n\nA bargain in the sales." for n in range(3)},
    **{f"government{n}.txt": f"Cabinet {n}\n\nThe government met." for n in range(3)},
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("twoedits"), TEXTS)


def suggestion(index: Path, text: str) -> str | None:
    with open_index(index) as idx:
        return idx.search(text).suggestion


@pytest.mark.parametrize("typed", ["Maori", "propane", "bahrain"])
def test_a_word_two_edits_from_any_held_gets_none_when_short_or_unlike_in_sound(index: Path, typed: str) -> None:
    assert suggestion(index, typed) is None


@pytest.mark.parametrize(("typed", "meant"), [("govermnet", "government"), ("Mraia", "Maria"), ("propsoe", "propose"),
                                              ("bargian", "bargain")])
def test_a_slip_still_gets_its_word(index: Path, typed: str, meant: str) -> None:
    assert suggestion(index, typed) == meant
