"""livekeyterms: Bo1's key terms of an updated index, read only where a word may be one, are Whoosh's own."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import index_of_texts
from whoosh import classify

from newssearch import build_index, livecounts, open_index
from newssearch.livekeyterms import live_expanded_terms
from newssearch.similar import LiveCounts
from newssearch.textanalysis import TEXT_ANALYZER

# Prices in half the stories (a common word, its count bounded), a few rarer words, and words that only the versions
# an update replaced held (tanker, embargo): they must not be key words.
STORIES = {f"port-{i}.txt": f"Port report {i}\n\nShips docked{' and prices rose' if i % 2 == 0 else ''}"
                            f"{' in Wellington' if i % 3 == 0 else ''} today." for i in range(12)}
STORIES["grain.txt"] = "Grain\n\nFarmers said the harvest of grain fell, and prices rose."
OLD = " A tanker embargo sent prices higher."


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index in which two stories were updated: their old versions, deleted, stay in the first segment."""
    root = tmp_path_factory.mktemp("live-key-terms")
    index = index_of_texts(root, {**STORIES, "port-1.txt": STORIES["port-1.txt"] + OLD,
                                  "port-2.txt": STORIES["port-2.txt"] + OLD})
    assert build_index(root / "corpus", index).unchanged == len(STORIES)  # nothing changed yet
    for name in ("port-1.txt", "port-2.txt"):
        (root / "corpus" / name).write_text(STORIES[name], encoding="utf-8")
    assert build_index(root / "corpus", index).updated == 2
    return index


def expander_of(reader, text: str) -> classify.Expander:  # type: ignore[no-untyped-def]
    expander = classify.Expander(LiveCounts(reader), "body", model=classify.Bo1Model)
    expander.add(Counter(token.text for token in TEXT_ANALYZER(text)).items())
    return expander


@pytest.mark.parametrize("name", ["port-0.txt", "port-3.txt", "grain.txt"])
def test_the_key_terms_are_whooshs_for_every_number(updated: Path, name: str) -> None:
    with open_index(updated) as idx:
        reader = idx._searcher.reader()
        assert reader.has_deletions()
        article = idx.get(name)
        text = f"{article.title}\n{article.body}"
        words = len(expander_of(reader, text).topN_weight)
        for number in range(1, words + 2):
            assert (live_expanded_terms(expander_of(reader, text), reader, number)
                    == expander_of(reader, text).expanded_terms(number, normalize=True)), number


def test_a_word_too_common_to_be_chosen_is_not_counted(updated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "prices" is in half the stories: a key word of three it cannot be, and its postings are not read
    read: list[bytes] = []
    sums = livecounts._live_sums
    monkeypatch.setattr(livecounts, "_live_sums", lambda reader, name, text: read.append(text) or sums(reader, name, text))
    with open_index(updated) as idx:
        reader = idx._searcher.reader()
        article = idx.get("grain.txt")
        chosen = live_expanded_terms(expander_of(reader, f"{article.title}\n{article.body}"), reader, 3)
    assert [word for word, _ in chosen] == ["grain", "farmer", "fell"]
    assert b"price" not in read and b"grain" in read
