"""German news writes a word's masculine and feminine forms as one (``Kund*innen``, ``Lehrer:innen``); typed so, it is
that word, not a pattern ending in "innen" nor a search of the field "Lehrer"."""

from __future__ import annotations

from pathlib import Path

import pytest

from newssearch.gendermarks import gender_marks

TEXTS = {
    "strom.txt": "Umfrage zur Strompreisbremse\n\nÖkostromkund*innen sind besonders sensibel fürs Stromsparen.",
    "schule.txt": "Streik an den Schulen\n\nDie Lehrer:innen der Stadt streiken am Montag.",
    "kinder.txt": "Kita\n\nDie Erzieherinnen und Erzieher der Kita streiken.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import index_of_texts

    return index_of_texts(tmp_path_factory.mktemp("gender"), TEXTS)


@pytest.mark.parametrize(("typed", "found"), [
    ("Ökostromkund*innen", ["strom.txt"]),        # had been a pattern, and found nothing
    ("Lehrer:innen streiken", ["schule.txt"]),    # had been refused: no field 'Lehrer'
    ("Lehrer*innen", ["schule.txt"]),
    ("Erzieher*innen", ["kinder.txt"]),           # the word written solid too
    ('"Die Lehrer:innen der Stadt"', ["schule.txt"]),
    ("title:Ökostromkund*innen", []), ("body:Ökostromkund*innen", ["strom.txt"]),
])
def test_a_gender_marked_word_finds_the_articles_that_write_it(index: Path, typed: str, found: list[str]) -> None:
    from conftest import found_ids

    assert found_ids(index, typed) == found


def test_only_a_mark_before_in_or_innen_ending_a_word_is_one() -> None:
    assert gender_marks("Kund*innen Lehrer:in Autor*innen-Treffen") == "Kund-innen Lehrer-in Autor-innen-Treffen"
    assert gender_marks("title:innen lang:in gov*ernment innen* Kund*inner") == \
        "title:innen lang:in gov*ernment innen* Kund*inner"


def test_a_field_before_innen_is_still_a_field(index: Path) -> None:
    from conftest import found_ids

    assert found_ids(index, "title:Strompreisbremse") == ["strom.txt"]
    # no gender mark before streiken: Lehrer is no field, so its words (it had been refused: test_fieldless_colons.py)
    from newssearch import open_index

    with open_index(index) as idx:
        assert (idx.search("Lehrer:streiken").notice or "").startswith("no field is named Lehrer, so ")
