"""A word typed with its marks: every hit spelling it so ranks above every hit that only matches it folded (issue #4).

Hits are tiered by how many of the query's marked words they spell as typed (in the fields searched); BM25F orders
each tier. A query of plain words is ranked by relevance alone. ``--recent`` and ``--around`` reorder within a tier;
``--sort date`` and ``oldest`` order by date, as they do any query.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index
from newssearch.exacttiers import best_tiered
from newssearch.ties import ids as ids_of

FILLER = "The council met on Monday to discuss the annual budget and the state of the roads. " * 6

TEXTS = {
    # folded spellings, said often and in the title: the best BM25F scores
    "resume-shouted.txt": "RESUME WRITING\n\n" + "RESUME RESUME resume resume tips. " * 12,
    "maori-many.txt": "Maori Maori news\n\nMaori leaders and Maori voters met Maori elders.\n",
    "zurich-many.txt": "Zurich Zurich\n\nZurich bankers in Zurich said Zurich stocks rose.\n",
    # the exact spellings, once each, in long bodies: low BM25F scores
    "resume-once.txt": "Jobs\n\n" + FILLER + "She sent her résumé to the firm.\n" + FILLER,
    "maori-once.txt": "Elections\n\n" + FILLER + "The Māori seats were contested.\n" + FILLER,
    "zurich-once.txt": "Banking\n\n" + FILLER + "A bank in Zürich closed.\n" + FILLER,
}


@pytest.fixture(scope="module")
def tiers_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("tiers"), TEXTS)


def ranked(index_dir: Path, text: str, **options: object) -> list[tuple[str, float]]:
    with open_index(index_dir) as idx:
        return [(hit.id, hit.score) for hit in idx.search(text, **options).hits]


def found(index_dir: Path, text: str, **options: object) -> list[str]:
    return [name for name, _ in ranked(index_dir, text, **options)]


@pytest.mark.parametrize(("typed", "exact", "folded"), [
    ("résumé", "resume-once.txt", "resume-shouted.txt"),
    ("Māori", "maori-once.txt", "maori-many.txt"),
    ("Zürich", "zurich-once.txt", "zurich-many.txt"),
])
def test_the_spelling_typed_ranks_above_any_folded_match(tiers_index: Path, typed: str, exact: str,
                                                          folded: str) -> None:
    # the folded article scores higher (a boost of 0.5 had left it first): the tier puts the exact one first
    hits = dict(ranked(tiers_index, typed))
    assert hits[folded] > hits[exact]
    assert found(tiers_index, typed) == [exact, folded]


@pytest.mark.parametrize("typed", ["resume", "Maori", "Zurich"])
def test_a_word_typed_plain_is_ranked_by_relevance_alone(tiers_index: Path, typed: str) -> None:
    hits = ranked(tiers_index, typed)
    assert len(hits) == 2
    assert [score for _, score in hits] == sorted((score for _, score in hits), reverse=True)


def test_a_field_searched_alone_counts_only_its_own_spelling(tmp_path: Path) -> None:
    # title:Zürich: a body that spells Zürich is no exact match of the title searched
    index = index_of_texts(tmp_path, {
        "title-plain.txt": "Zurich Zurich Zurich\n\nA bank in Zürich closed.\n",
        "title-marked.txt": "Zürich report\n\n" + FILLER + "Banks were closed.\n" + FILLER,
    })
    assert found(index, "title:Zürich")[0] == "title-marked.txt"
    with open_index(index) as idx:
        boosts = [str(leaf.text) for leaf in idx._parse("title:Zürich", "all").query.leaves()]
        assert "zürich" in boosts  # the title's exact form is boosted, the body's is not searched
        assert [leaf.fieldname for leaf in idx._parse("title:Zürich", "all").query.leaves()
                if str(leaf.text) == "zürich"] == ["title"]


def test_several_marked_words_tier_by_how_many_are_spelt_as_typed(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {
        "both.txt": "Report\n\n" + FILLER + "Her résumé reached Zürich.\n" + FILLER,
        "one.txt": "Resume Zurich\n\nHer résumé reached Zurich. Resume Zurich resume zurich.\n",
        "none.txt": "Resume Zurich\n\nResume Zurich resume zurich resume zurich.\n",
    })
    hits = dict(ranked(index, "résumé Zürich"))
    assert hits["none.txt"] > hits["both.txt"]
    assert found(index, "résumé Zürich") == ["both.txt", "one.txt", "none.txt"]
    # a plain word beside a marked one adds no tier of its own: both spell résumé, ranked by relevance
    plain = ranked(index, "résumé Zurich")
    assert [name for name, _ in plain][2] == "none.txt"
    assert plain[0][1] >= plain[1][1]


def test_recent_and_around_reorder_within_a_tier(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {
        "old-exact.txt": "Title: Jobs\nDate: 2001-01-01\n\n" + FILLER + "She sent her résumé.\n" + FILLER,
        "new-exact.txt": "Title: Jobs\nDate: 2020-06-01\n\n" + FILLER + "He sent his résumé.\n" + FILLER,
        "new-folded.txt": "Title: Resume\nDate: 2020-06-02\n\nResume resume resume tips.\n",
    })
    for options in ({"recent": True}, {"around": "2020-06"}):
        assert found(index, "résumé", **options) == ["new-exact.txt", "old-exact.txt", "new-folded.txt"], options
    assert found(index, "résumé", sort="date") == ["new-folded.txt", "new-exact.txt", "old-exact.txt"]
    assert found(index, "résumé", sort="oldest") == ["old-exact.txt", "new-exact.txt", "new-folded.txt"]


def test_pages_and_grouped_copies_keep_the_tiers(tiers_index: Path) -> None:
    assert [found(tiers_index, "Māori", limit=1, page=page) for page in (1, 2)] == [["maori-once.txt"],
                                                                                  ["maori-many.txt"]]
    assert found(tiers_index, "Māori", group_copies=True) == ["maori-once.txt", "maori-many.txt"]


def test_best_tiered_cuts_the_top_tier_first(tiers_index: Path) -> None:
    with open_index(tiers_index) as idx:
        by_id = ids_of(idx._searcher.reader())
        scores = {0: 9.0, 1: 1.0, 2: 5.0, 3: 1.0, 4: 7.0}
        # every article here matches the marked word (tier 0: folded alone)
        assert best_tiered(scores, {1: 2, 3: 1, 2: 1, 0: 0, 4: 0}, 3, by_id) == [(1, 1.0), (2, 5.0), (3, 1.0)]
        assert best_tiered(scores, {1: 2, 0: 0, 2: 0, 3: 0, 4: 0}, 10, by_id) == [(1, 1.0), (0, 9.0), (4, 7.0),
                                                                                 (2, 5.0), (3, 1.0)]
        assert best_tiered(scores, {}, 2, by_id) == [(0, 9.0), (4, 7.0)]


GERMAN_AND_ENGLISH = {
    # German's stemmer spells an umlaut as its plain vowel: no article in German keeps "Zürich" as typed, so one that
    # finds the word at all may spell it so and is not put below every other language's exact spelling
    "de-zurich.txt": "Banken in Zürich\n\nDie Banken in Zürich haben am Montag geschlossen, und die Kunden in Zürich "
                     "waren mit der Entscheidung der Banken nicht zufrieden. Zürich ist der Finanzplatz der Schweiz.\n",
    "en-zurich-once.txt": "Banking\n\n" + FILLER + "A bank in Zürich closed.\n" + FILLER,
    "en-zurich-plain.txt": "Zurich Zurich\n\nZurich bankers in Zurich said Zurich stocks rose.\n",
}


def test_an_article_whose_language_keeps_no_marked_spelling_is_not_put_below_the_exact_ones(
        tmp_path: Path) -> None:
    index_dir = index_of_texts(tmp_path, GERMAN_AND_ENGLISH)
    order = [hit_id for hit_id, _ in ranked(index_dir, "Zürich")]
    assert order[-1] == "en-zurich-plain.txt"  # the English folded spelling stays last
    assert order.index("de-zurich.txt") < order.index("en-zurich-once.txt")  # by relevance within the tier


OR_TEXTS = {
    "cafe-exact.txt": "Town\n\n" + FILLER + "A café opened.\n" + FILLER,
    "cafe-folded.txt": "Cafe\n\n" + FILLER + "A cafe opened. The cafe is new.\n" + FILLER,
    "tea-strong.txt": "Tea tea\n\nTea growers sold tea. Tea prices rose.\n",
    "tea-weak.txt": "Farming\n\n" + FILLER + FILLER + "Some tea was sold.\n" + FILLER + FILLER,
}


@pytest.fixture(scope="module")
def or_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("or-tiers"), OR_TEXTS)


def test_under_an_or_the_other_word_is_ranked_by_relevance_not_below_the_marked_words_tier(or_index: Path) -> None:
    # tiers order café's own matches (café above cafe); a tea article is no folded café and keeps its place by score
    hits = dict(ranked(or_index, "café OR tea"))
    assert hits["tea-strong.txt"] > hits["cafe-folded.txt"] > hits["cafe-exact.txt"] > hits["tea-weak.txt"]
    assert found(or_index, "café OR tea") == ["tea-strong.txt", "cafe-exact.txt", "cafe-folded.txt", "tea-weak.txt"]
    # the plain word is ranked by relevance alone, as before
    plain = ranked(or_index, "cafe OR tea")
    assert [score for _, score in plain] == sorted((score for _, score in plain), reverse=True)


def test_under_an_or_the_marked_words_tier_holds_with_recent_and_around(or_index: Path) -> None:
    for options in ({"recent": True}, {"around": "2020-06"}):
        order = found(or_index, "café OR tea", **options)
        assert order.index("cafe-exact.txt") < order.index("cafe-folded.txt"), options
        assert order.index("tea-strong.txt") < order.index("cafe-exact.txt"), options


@pytest.mark.parametrize("typed", ["tea -café", "tea NOT café", "title:café OR tea", '"café opened" OR tea'])
def test_negations_fields_and_phrases_under_an_or(or_index: Path, typed: str) -> None:
    order = found(or_index, typed)
    assert order[0] == "tea-strong.txt", order
    if "cafe-exact.txt" in order and "cafe-folded.txt" in order:
        assert order.index("cafe-exact.txt") < order.index("cafe-folded.txt")


def test_ranked_tiers_merge_the_words_own_matches_with_the_others_by_score(tiers_index: Path) -> None:
    with open_index(tiers_index) as idx:
        by_id = ids_of(idx._searcher.reader())
        # 1 spells the word, 2 folds it (chain: 1 then 2); 0 and 3 match another word: placed by their own scores
        scores = {0: 9.0, 1: 3.0, 2: 5.0, 3: 1.0}
        assert best_tiered(scores, {1: 1, 2: 0}, 4, by_id) == [(0, 9.0), (1, 3.0), (2, 5.0), (3, 1.0)]
        assert best_tiered(scores, {1: 1, 2: 0}, 2, by_id) == [(0, 9.0), (1, 3.0)]
        assert best_tiered({0: 4.0, 1: 3.0, 2: 5.0}, {1: 1, 2: 0}, 3, by_id) == [(0, 4.0), (1, 3.0), (2, 5.0)]
        assert best_tiered({0: 2.0, 1: 3.0, 2: 5.0}, {1: 1, 2: 0}, 3, by_id) == [(1, 3.0), (2, 5.0), (0, 2.0)]


def test_a_query_s_leaves_are_read_once_for_all_its_marked_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # a pasted page's hundreds of marked words had each walked the query's tens of thousands of leaves
    from whoosh import query as wq

    from newssearch.exactforms import exact_form_queries

    query = wq.And([wq.Term("title", "zurich"), wq.Term("body", "cafe"), wq.Phrase("body", ["creme", "brulee"])])
    walked: list[wq.Query] = []
    leaves = wq.And.leaves
    monkeypatch.setattr(wq.And, "leaves", lambda self: walked.append(self) or leaves(self))
    boosted, _tiered = exact_form_queries(query, ["Zürich", "café", "crème"])
    assert len(walked) == 1
    assert [{leaf.fieldname for leaf in word.leaves()} for word in boosted] == [{"title"}, {"body"}, {"body"}]
