""""Did you mean" two slips away is no word only a minor language of the index writes (under 5% of its articles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newssearch import build_index, open_index

COUNCIL = "The council met on Monday to discuss the harbour budget and the new ferry timetable for the summer."
FRENCH = [{"title": "Une économie solide", "body": "Le ministre a dit que la croissance reste solide malgré la crise."},
          {"title": "La croissance", "body": "La croissance des prix reste forte selon le ministre des finances."}]


def _index(root: Path, english: int, french: int) -> Path:
    stories = [{"id": f"en{n}", "language": "en", "title": f"Council meeting {n}", "body": COUNCIL}
               for n in range(english)]
    stories += [{"id": f"fr{n}", "language": "fr", **FRENCH[n % 2]} for n in range(french)]
    (root / "corpus").mkdir()
    (root / "corpus" / "news.jsonl").write_text("\n".join(json.dumps(s, ensure_ascii=False) for s in stories),
                                                encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


@pytest.fixture(scope="module")
def english_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _index(tmp_path_factory.mktemp("english"), english=24, french=1)  # French: 4%


@pytest.mark.parametrize(("typed", "meant"), [
    ("sollid", None),              # two slips from the French "solide" of one article: had been "Did you mean: solide"
    ("timatible", "timetable"),    # two slips from a word of the English articles: offered
    ("croissanse", "croissance"),  # one slip from a French word: offered, whatever its language
])
def test_two_slips_offer_no_word_of_a_minor_language(english_index: Path, typed: str,
                                                             meant: str | None) -> None:
    with open_index(english_index) as idx:
        assert idx.search(typed).suggestion == meant


def test_a_language_of_one_article_in_twenty_or_more_is_no_minor_one(tmp_path: Path) -> None:
    with open_index(_index(tmp_path, english=19, french=1)) as idx:  # French: 5%
        assert idx.search("sollid").suggestion == "solide"


@pytest.mark.parametrize("typed", ["lang:fr sollid", "sollid lang:fr-FR", "lang:(de OR fr) sollid", "lang:de,fr sollid",
                                   "sollid language:fr"])
def test_two_slips_offer_a_word_of_a_language_the_query_names(english_index: Path, typed: str) -> None:
    # the user asked for French: its word two slips away is offered, as "sollid" alone is not (see above)
    with open_index(english_index) as idx:
        assert idx.search(typed).suggestion == typed.replace("sollid", "solide")


@pytest.mark.parametrize("typed", ["lang:en sollid", "sollid -lang:fr"])
def test_a_language_named_otherwise_keeps_the_minor_words_out(english_index: Path, typed: str) -> None:
    with open_index(english_index) as idx:
        assert idx.search(typed).suggestion is None
