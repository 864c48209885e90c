"""The words a query is made of, chosen by the live articles only: an updated index as a rebuilt one.

An update marks a changed file's old version deleted, and Whoosh counts it (its words, their article counts) until
its segment merges: a word only a deleted version had was taken as one the index holds, and a word's rarity
counted the versions gone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newssearch import build_index, config, expansions, open_index

FILLERS = {f"harbour{n}.txt": f"Harbour {n}\n\nThe harbour ferry ran late on day {n}." for n in range(6)}
TEXTS = {
    **FILLERS,  # the three updated files are a third of the articles or fewer: their old versions stay, deleted
    "osprey.txt": "Birds\n\nAn osprey nested.",
    "heron1.txt": "Herons\n\nA heron waded.",
    "heron2.txt": "Wading\n\nTwo herons stood in the reeds.",
    "etax.txt": "Forms\n\nThe e-tax form opened.",
    "etalk.txt": "Calls\n\nThe e-talk line opened.",
    "maate.txt": "Ora\n\nKei te maate.",
    "aid.txt": "Aid\n\nForeign aid rose.",
    "wetland1.txt": "Wetland\n\nA gull fished.",
    "wetland2.txt": "Wetland\n\nA gull fished.",
    "byline.json": json.dumps({"title": "Tides", "author": "Jane Smith", "text": "The tide turned."}),
}
# What the updated files said before: osprey twice more, words no live article has, a byline's typo.
WETLAND = "Wetland\n\nAn osprey and an egret fished. The e-tariff on A.I.D.S. research. Kei te māte."
OLD_VERSIONS = {"wetland1.txt": WETLAND, "wetland2.txt": WETLAND,
                "byline.json": json.dumps({"title": "Tides", "author": "Jane Smiht", "text": "The tide turned."})}


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An index updated so that its deleted versions alone hold some words, and the same folder rebuilt."""
    root = tmp_path_factory.mktemp("live-words")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in {**TEXTS, **OLD_VERSIONS}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, root / "updated")
    for name in OLD_VERSIONS:
        (corpus / name).write_text(TEXTS[name], encoding="utf-8")
    assert build_index(corpus, root / "updated").updated == 3
    build_index(corpus, root / "rebuilt")
    with open_index(root / "updated") as idx:
        assert idx._searcher.reader().has_deletions()
    return root / "updated", root / "rebuilt"


@pytest.mark.parametrize(("text", "match", "limits", "expected"), [
    # --match any keeps the rarest words: egret (only deleted) had taken the one place, and osprey (one live
    # article, three counted) had been commoner than heron (two)
    ("egret osprey heron", "any", {"MAX_ANY_WORDS": 1}, ["osprey.txt"]),
    # a pattern in a sequence keeps its commonest words: tariff (only deleted) had kept e-tax out
    ("e-ta*", "all", {"MAX_PATTERN_WORDS": 2}, ["etalk.txt", "etax.txt"]),
    # Maori's macron guesses: no live article writes "māte", so maate is not searched for
    ("mate", "all", {}, []),
    # aids searches the dotted initials' term only where a live article has "A.I.D.S."
    ("aids", "all", {}, ["aid.txt"]),
    # the average byline length less the deleted versions': the wetland files had none, and author: had failed
    ("author:smith", "all", {}, ["byline.json"]),
])
def test_an_updated_index_makes_a_query_of_the_words_a_rebuilt_one_does(
        indexes: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, text: str, match: str,
        limits: dict[str, int], expected: list[str]) -> None:
    for name, limit in limits.items():
        monkeypatch.setattr(config if hasattr(config, name) else expansions, name, limit)
    made = []
    for folder in indexes:
        with open_index(folder) as idx:
            assert sorted(hit.id for hit in idx.search(text, match=match).hits) == expected, folder.name
            made.append(idx._parse(text, match).query)
    assert made[0] == made[1]


def test_a_long_query_says_how_many_live_words_it_left_out(indexes: tuple[Path, Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "MAX_ANY_WORDS", 1)
    with open_index(indexes[0]) as idx:
        notice = idx.search("egret osprey heron", match="any").notice
    assert notice == "a long query: its 1 rarest words were searched, not the 1 commoner ones"


def test_a_name_only_a_deleted_version_had_is_corrected(indexes: tuple[Path, Path]) -> None:
    # the byline's typo was mended in the file: "smiht" is no live article's author, as in a rebuilt index
    for folder in indexes:
        with open_index(folder) as idx:
            assert idx.search("author:smiht").suggestion == "author:smith", folder.name


def test_the_rarest_and_commonest_words_are_those_every_count_read_gives(indexes: tuple[Path, Path]) -> None:
    # liveranks reads only the words its bounds leave unsure: it must choose as counting every word does
    from newssearch.livecounts import live_doc_frequency
    from newssearch.liveranks import ranked_by_live_count

    with open_index(indexes[0]) as idx:
        reader = idx._searcher.reader()
        words = [term.decode("utf-8") for term in reader.lexicon("body")] + ["zzqx"]
        counts = {word: sum(live_doc_frequency(reader, name, word) for name in ("title", "body")) for word in words}
        dead = {word for word, count in counts.items() if not count}
        assert {"egret", "tariff", "zzqx"} <= dead
        for most, sign in ((False, 1), (True, -1)):
            ranked = sorted((sign * count, word) for word, count in counts.items() if count)
            for limit in range(1, len(words) + 1):
                chosen, unheld = ranked_by_live_count(reader, ("title", "body"), words, limit, most)
                assert chosen == sorted(word for _, word in ranked[:limit]), (most, limit)
                assert unheld == dead if not most else unheld <= dead, (most, limit)


def test_a_words_live_count_and_weight_read_together_are_each_read_alone(indexes: tuple[Path, Path]) -> None:
    # one reading of a word's postings gives both its live articles and its live occurrences (kept per reader):
    # each must be what the rebuilt index counts, whichever was asked for first
    from newssearch.livecounts import live_doc_frequency, live_weight

    for first in (live_doc_frequency, live_weight):
        with open_index(indexes[0]) as updated, open_index(indexes[1]) as rebuilt:
            reader, whole = updated._searcher.reader(), rebuilt._searcher.reader()
            for word in ("osprey", "egret", "gull", "fished", "wetland"):
                first(reader, "body", word)
                assert live_doc_frequency(reader, "body", word) == whole.doc_frequency("body", word), word
                assert live_weight(reader, "body", word) == whole.frequency("body", word), word
