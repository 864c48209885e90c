"""fastscore: the same matches and BM25F scores as Whoosh's matchers, over segments with deletions."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from whoosh import query as wq

from newssearch import build_index, fastscore, open_index, phrasestarts, wordscores
from newssearch.expansions import expand_patterns
from newssearch.fastscore import all_scores
from newssearch.patterns import WordPattern
from newssearch.ranking import best_hits

STORIES = {
    f"story-{i}.txt": f"Story {i}\n\nPolice said oil prices rose {'sharply ' * i}in Wellington. "
                      f"{'Crude oil exports fell. ' * (i % 3)}The e-mail from the union {'arrived ' * (i % 2)}late."
    for i in range(8)
}

# Typed queries of every shape the parser makes, with and without negation, phrases and patterns.
QUERIES = ["oil", "oil prices", "oil OR union", "police -crude", "oil NOT wellington", '"oil prices" union',
           "oil AND (crude OR arrived)", "title:story", "pric*", "polce~", "sharply^3 oil", "NOT crude",
           "(oil OR police) AND -(crude OR sharply)", "zebra", "email", '"crude oil exports"', '"police oil"~3',
           '"the union"', '"oil and more oil"', '"oil oil"', '"sharply sharply"', '"prices rose" -"crude oil"',
           'title:"union oil"', '"oil prices" "prices rose sharply"', '+crude "police said oil"~2',
           '"oil * rose"', '"rose * in"', '"police * oil"~2', '"said * * rose"', '"rose * in" -crude']  # free words


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two segments, the first with a deleted and a replaced article."""
    root = tmp_path_factory.mktemp("segments")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in STORIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, root / "index")
    (corpus / "story-1.txt").unlink()
    (corpus / "story-2.txt").write_text("Oil\n\nA police dog found crude oil by the union hall.", encoding="utf-8")
    (corpus / "story-9.txt").write_text("Union oil\n\nThe union bought oil, oil and more oil.", encoding="utf-8")
    build_index(corpus, root / "index")
    with open_index(root / "index") as idx:
        reader = idx._searcher.reader()
        assert len(reader.leaf_readers()) == 2 and reader.has_deletions()
    return root / "index"


def whoosh_scores(searcher, query: wq.Query) -> dict[int, float]:  # type: ignore[no-untyped-def]
    return {hit.docnum: hit.score for hit in searcher.search(query, limit=None, optimize=False)}


def without_nots(query: wq.Query) -> wq.Query:
    """``query`` with its Not parts dropped: what scores an article that the Nots let through."""
    if isinstance(query, (wq.And, wq.Or)):
        return query.__class__([without_nots(c) for c in query.children() if type(c) is not wq.Not], boost=query.boost)
    return query if query.is_leaf() else query.apply(without_nots)


def whoosh_scores_but_nots(searcher, query: wq.Query) -> dict[int, float]:  # type: ignore[no-untyped-def]
    """Whoosh's matches of ``query``, scored without its Nots (Whoosh's And adds 1 for each; Lucene adds nothing)."""
    scored = whoosh_scores(searcher, without_nots(query))
    return {docnum: scored[docnum] for docnum in whoosh_scores(searcher, query)}


def has_dismax(query: wq.Query) -> bool:
    return isinstance(query, wq.DisjunctionMax) or any(has_dismax(child) for child in query.children())


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize("text", QUERIES)
def test_scores_are_whooshs(segmented: Path, text: str, match: str) -> None:
    with open_index(segmented) as idx:
        query = idx._parse(text, match).query
        if has_dismax(query):
            pytest.skip("Whoosh's DisjunctionMax scores are wrong; see the next test")
        mine, theirs = all_scores(idx._searcher, query), whoosh_scores_but_nots(idx._searcher, query)
    assert mine.keys() == theirs.keys()
    assert mine == pytest.approx(theirs, rel=1e-12)


def test_disjunction_max_scores_each_article_by_its_best_part(segmented: Path) -> None:
    # Whoosh's DisjunctionMaxMatcher takes the max over its parts even when one of them is on
    # another article, so an article could be scored with a neighbour's score.
    parts = [wq.Term("body", "crude"), wq.Term("body", "union", boost=0.5), wq.Term("body", "sharpli")]
    with open_index(segmented) as idx:
        searcher = idx._searcher
        best = all_scores(searcher, wq.DisjunctionMax(parts))
        alone = [all_scores(searcher, part) for part in parts]
    assert best.keys() == set().union(*alone)
    for docnum, score in best.items():
        assert score == max(scores[docnum] for scores in alone if docnum in scores)


@pytest.mark.parametrize(("with_nots", "positive"), [
    ("oil -crude", "oil"), ("oil -crude -sharply", "oil"), ("(oil OR police) -crude", "oil OR police"),
    ("police NOT (crude OR sharply)", "police")])
def test_a_not_adds_nothing_to_a_score(segmented: Path, with_nots: str, positive: str) -> None:
    # As a must_not clause in Lucene: leaving words out does not raise what is left (Whoosh's And adds 1 a Not).
    with open_index(segmented) as idx:
        scores = all_scores(idx._searcher, idx._parse(with_nots, "all").query)
        unnegated = all_scores(idx._searcher, idx._parse(positive, "all").query)
    assert scores and scores.keys() < unnegated.keys()
    assert scores == pytest.approx({docnum: unnegated[docnum] for docnum in scores}, rel=1e-12)


@pytest.mark.parametrize("negations", ["NOT crude", "-crude -sharply"])
def test_negations_alone_score_every_article_alike(segmented: Path, negations: str) -> None:
    with open_index(segmented) as idx:
        scores = all_scores(idx._searcher, idx._parse(negations, "all").query)
    assert scores and len(set(scores.values())) == 1


def test_compound_of_one_part_keeps_whooshs_boost_rule(segmented: Path) -> None:
    with open_index(segmented) as idx:
        searcher = idx._searcher
        for query in (wq.Or([wq.Term("body", "oil")], boost=3.0), wq.And([wq.Term("body", "oil")], boost=3.0),
                      wq.Or([wq.Term("body", "oil"), wq.Term("title", "oil")], boost=3.0)):
            assert all_scores(searcher, query) == pytest.approx(whoosh_scores(searcher, query), rel=1e-12)


def test_best_hits_counts_every_match_and_breaks_ties_by_document_order(segmented: Path) -> None:
    with open_index(segmented) as idx:
        searcher = idx._searcher
        query = wq.Or([wq.Term("body", "polic"), wq.Term("body", "oil")])
        total, best = best_hits(searcher, query, 3, None)
        results = searcher.search(query, limit=3, optimize=False)
        assert total == len(results) == len(all_scores(searcher, query))
        assert [docnum for docnum, _ in best] == [hit.docnum for hit in results]
        tied = wq.Term("body", "wellington")  # the same words around it in every story but one
        scores = all_scores(searcher, tied)
        _, ranked = best_hits(searcher, tied, len(scores), None)
        assert ranked == sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def test_best_hits_filter_by_query_or_set(segmented: Path) -> None:
    with open_index(segmented) as idx:
        searcher = idx._searcher
        query = wq.Term("body", "oil")
        allowed = set(list(all_scores(searcher, query))[:2])
        assert best_hits(searcher, query, 10, allowed)[0] == 2
        total, _ = best_hits(searcher, query, 10, wq.Term("title", "union"))
        assert total == len(searcher.search(query, filter=wq.Term("title", "union"), limit=None))


def test_an_or_with_a_coordination_bonus_is_scored_by_whoosh(segmented: Path) -> None:
    query = wq.Or([wq.Term("body", "oil"), wq.Term("body", "union"), wq.Term("body", "sharpli")], scale=0.9)
    with open_index(segmented) as idx:
        assert all_scores(idx._searcher, query) == pytest.approx(whoosh_scores(idx._searcher, query), rel=1e-12)


@pytest.mark.parametrize("boost", [1.0, 2.5])
@pytest.mark.parametrize("pattern", ["pric*", "*e*", "*il", "s*ly", "oi?", "*zebra*", "e*"])
def test_a_pattern_scores_as_an_or_of_its_words_times_its_boost(segmented: Path, pattern: str, boost: float) -> None:
    """One word, two, many: each article scores the sum of Whoosh's scores of the words it holds, times the boost."""
    with open_index(segmented) as idx:
        searcher = idx._searcher
        expanded = expand_patterns(WordPattern("body", pattern, boost=boost), searcher.reader())
        expected: dict[int, float] = {}
        for word in expanded.terms:
            for docnum, score in whoosh_scores(searcher, wq.Term("body", word)).items():
                expected[docnum] = expected.get(docnum, 0.0) + score * boost
        assert all_scores(searcher, expanded) == pytest.approx(expected, rel=1e-12)
    assert bool(expected) == (pattern != "*zebra*")


def test_a_pattern_of_too_many_words_scores_its_boost_in_each_article(segmented: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with open_index(segmented) as idx:
        expanded = expand_patterns(WordPattern("body", "*e*", boost=3.0), idx._searcher.reader())
        summed = all_scores(idx._searcher, expanded)
        monkeypatch.setattr(fastscore, "PATTERN_SCORED_WORDS", len(expanded.terms) - 1)
        assert all_scores(idx._searcher, expanded) == dict.fromkeys(summed, 3.0)


ELECTION = {"one.txt": "Notes\n\nThe election result.", "two.txt": "Notes\n\nElection after election, the electorate voted.",
            "three.txt": "Notes\n\nElectric cars.", "four.txt": "Notes\n\nNothing here."}


@pytest.mark.parametrize("batches", [1, 3])
def test_a_pattern_ranks_alike_in_one_segment_or_three(tmp_path: Path, batches: int) -> None:
    """The words' own scores rank the article that says them most first, whatever the segments (Whoosh scored a
    match 1 in a segment of up to 5000 articles, a sum in a larger one)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = list(ELECTION)
    for batch in range(batches):
        for name in names[batch::batches]:
            (corpus / name).write_text(ELECTION[name], encoding="utf-8")
        build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert len(idx._searcher.reader().leaf_readers()) == batches
        hits = idx.search("elect*").hits
        boosted = idx.search("elect*^2").hits
    assert [hit.id for hit in hits] == ["two.txt", "three.txt", "one.txt"]
    assert len({hit.score for hit in hits}) == 3
    assert [hit.score for hit in boosted] == pytest.approx([2 * hit.score for hit in hits], rel=1e-12)


@pytest.mark.parametrize("pattern", ["*e*", "*il", "*ing", "oi?", "*zebra*"])
def test_a_pattern_matches_the_same_words_with_the_word_lists_in_memory(segmented: Path, pattern: str) -> None:
    """The stems of the words as written are looked up in the lists an index handle keeps, as on disk."""
    from newssearch.patterns import Lexicons

    with open_index(segmented) as idx:
        reader = idx._searcher.reader()
        on_disk = expand_patterns(WordPattern("body", pattern), reader).terms
        assert expand_patterns(WordPattern("body", pattern), reader, Lexicons(reader)).terms == on_disk


def test_each_scores_is_all_scores_of_each_query(segmented: Path) -> None:
    from newssearch.fastscore import each_scores

    with open_index(segmented) as idx:
        searcher = idx._searcher
        queries = [idx._parse(text, "all").query for text in ("oil", "union", "title:story", "zebra", "pric*")]
        assert each_scores(searcher, queries) == [all_scores(searcher, query) for query in queries]


@pytest.fixture
def scored(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The words ``fastscore`` reads the postings of, in order, as a test runs (its ``_Leaf._term`` noted)."""
    words: list[str] = []
    term = fastscore._Leaf._term

    def noted(self, query, *args):  # type: ignore[no-untyped-def]
        words.append(query.text)
        return term(self, query, *args)

    monkeypatch.setattr(fastscore._Leaf, "_term", noted)
    return words


def test_an_and_stops_scoring_once_no_article_is_left(segmented: Path, scored: list[str]) -> None:
    # a pasted page of words under --match all: every word had been scored after no article had the first two
    words = ["oil", "hall", "sharply", "crude", "union", "police"]  # no story has both hall and sharply
    query = wq.And([wq.Term("body", word) for word in words])
    with open_index(segmented) as idx:
        assert all_scores(idx._searcher, query) == whoosh_scores(idx._searcher, query) == {}
    assert "crude" not in scored and "police" not in scored


@pytest.mark.parametrize("empty", [wq.Term("body", "zebra"), wq.Or([wq.Term("body", "zebra"), wq.Term("title", "zebra")]),
                                   wq.Term("nofield", "oil")])
def test_an_and_with_a_word_in_no_article_scores_none_of_its_phrases(segmented: Path, empty: wq.Query,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # "$50 million zzqqxx": a word of no postings had tied at cost 0 with the amount's phrases, whose cost is not
    # counted, and came after them; the whole amount tree was scored before the AND found no article
    phrases: list[list[str]] = []
    phrase = fastscore._Leaf._phrase

    def noted(self, query, *args):  # type: ignore[no-untyped-def]
        phrases.append(query.words)
        return phrase(self, query, *args)

    monkeypatch.setattr(fastscore._Leaf, "_phrase", noted)
    amount = wq.AndMaybe(wq.Phrase("body", ["crude", "oil"]), wq.Phrase("body", ["oil", "export"]))
    query = wq.And([amount, wq.Phrase("body", ["price", "rose"]), empty])
    with open_index(segmented) as idx:
        assert all_scores(idx._searcher, query) == {}
        assert phrases == []
        found = all_scores(idx._searcher, wq.And([amount, wq.Phrase("body", ["price", "rose"])]))
    assert found and phrases  # scored where no part is known to be empty


@pytest.mark.parametrize("query", [
    wq.AndNot(wq.Term("body", "oil"), wq.Phrase("body", ["crude", "oil"])),
    wq.And([wq.Term("body", "polic"), wq.Not(wq.Phrase("body", ["oil", "export"]))]),
    wq.AndNot(wq.Term("body", "oil"), wq.Phrase("body", ["union", "hall"], slop=3)),
])
def test_a_phrase_left_out_is_read_as_its_scores_are_not_by_whooshs_matchers(segmented: Path, query: wq.Query,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # an amount's "$50000000" ANDNOT "50 million": the phrase left out had been matched by Whoosh's span matchers,
    # three times slower than the phrase read for its scores
    with open_index(segmented) as idx:
        expected = whoosh_scores(idx._searcher, query)
        asked: list[wq.Query] = []
        docs = wq.Phrase.docs
        monkeypatch.setattr(wq.Phrase, "docs", lambda phrase, *args: asked.append(phrase) or docs(phrase, *args))
        found = all_scores(idx._searcher, query)
        assert found.keys() == expected.keys() and len(found) < len(all_scores(idx._searcher, next(query.children())))
    assert asked == []


def test_copies_in_two_segments_score_alike_to_the_last_bit(tmp_path: Path) -> None:
    # A word's matches are counted per segment: "alpha" is the rarest in the second one, "beta" in the first. Summed
    # in that order, the copy in each segment had scored 2.5528884545745116 and 2.552888454574511, so an updated index
    # ranked them by document number where a rebuilt one tied them (and ties go by id).
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "Copy\n\nalpha beta beta gamma gamma gamma news."
    (corpus / "d1.txt").write_text(body, encoding="utf-8")
    for i in range(3):
        (corpus / f"f{i}.txt").write_text(f"F{i}\n\nalpha words here {i}.", encoding="utf-8")
    (corpus / "f3.txt").write_text("F3\n\ngamma words.", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    (corpus / "d2.txt").write_text(body, encoding="utf-8")
    for i in range(4, 7):
        (corpus / f"f{i}.txt").write_text(f"F{i}\n\ngamma other words {i}.", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        searcher = idx._searcher
        assert len(searcher.reader().leaf_readers()) == 2
        scores = all_scores(searcher, wq.And([wq.Term("body", word) for word in ("alpha", "beta", "gamma")]))
        by_id = {searcher.stored_fields(docnum)["id"]: score for docnum, score in scores.items()}
    assert by_id["d1.txt"] == by_id["d2.txt"]


@pytest.mark.parametrize(("places", "slop", "expected"), [
    ([[1, 5], [2]], 1, True),
    ([[1, 5], [3]], 1, False),
    ([[1, 5], [3]], 2, True),
    ([[4], [4]], 1, False),                 # a word at the same place does not follow
    ([[1], [2], [3]], 1, True),
    ([[1], [3], [2]], 1, False),            # in order only
    ([[0, 10], [1, 11], [12]], 1, True),   # the run from 10 goes on, the one from 0 does not
])
def test_in_sequence(places: list[list[int]], slop: int, expected: bool) -> None:
    assert wordscores.in_sequence(places, slop) is expected


def test_in_sequence_of_a_word_repeated_fifty_thousand_times_is_fast() -> None:
    # An article of one headline pasted 50,000 times: "prices" and "rise" at 100,000 places between them. Each
    # run had scanned every place before its end, 1.25 billion steps (a phrase query took 90 s).
    prices, rise = list(range(1, 100_000, 2)), list(range(2, 100_001, 2))
    started = time.process_time()
    assert wordscores.in_sequence([prices, rise, prices], 1)
    assert not wordscores.in_sequence([rise, [0]], 1)
    assert time.process_time() - started < 1.0


def test_a_search_reads_the_index_s_languages_only_for_a_pattern(segmented: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The handle read them when it opened; a query without a pattern had read them again (0.4 ms of every query on
    Reuters), and one with a pattern needs them once, not once a pattern."""
    from newssearch import expansions

    read: list[object] = []
    real = expansions.index_languages
    monkeypatch.setattr(expansions, "index_languages", lambda reader: read.append(reader) or real(reader))
    with open_index(segmented) as idx:
        plain, pattern = idx.search("oil prices").total, idx.search("pric* oi?").total
        assert expand_patterns(wq.Or([WordPattern("body", "pric*"), WordPattern("body", "oi?")]),
                               idx._searcher.reader()).leaves()
    assert (plain > 0, pattern > 0, len(read)) == (True, True, 1)


@pytest.mark.parametrize("text", ["arrived police", "police arrived"])
def test_an_and_scores_its_commoner_words_only_where_the_rarer_ones_match(segmented: Path, text: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # "bank loans debt" had scored every posting of its three words, most of them in articles without the others
    made: dict[str, int] = {}
    term = fastscore._Leaf._term

    def noted(self, query, *args):  # type: ignore[no-untyped-def]
        found = term(self, query, *args)
        made[query.text] = made.get(query.text, 0) + len(found)
        return found

    monkeypatch.setattr(fastscore._Leaf, "_term", noted)
    with open_index(segmented) as idx:
        query = idx._parse(text, "all").query  # (title:arriv OR body:arriv) AND (title:polic OR body:polic)
        found = all_scores(idx._searcher, query)
        assert found == whoosh_scores(idx._searcher, query)
        made.clear()
        police = len(all_scores(idx._searcher, wq.Term("body", "polic")))
        assert 0 < len(found) < police
        made.clear()
        all_scores(idx._searcher, query)
    assert made["polic"] == len(found)


@pytest.mark.parametrize(("places", "slop", "expected"), [
    ([[1, 5], [2]], 1, {1}),
    ([[1, 5], [3]], 1, set()),
    ([[1, 5], [3]], 2, {1}),
    ([[4], [4]], 1, set()),
    ([[0, 10], [1, 11], [12]], 1, {10}),   # the run from 10 goes on, the one from 0 does not
    ([[0, 2], [1, 3]], 1, {0, 2}),
])
def test_phrase_starts(places: list[list[int]], slop: int, expected: set[int]) -> None:
    assert wordscores.phrase_starts(places, slop) == expected
    assert bool(expected) is wordscores.in_sequence(places, slop)


def test_phrase_starts_of_a_word_repeated_fifty_thousand_times_is_fast() -> None:
    prices, rise = list(range(1, 100_000, 2)), list(range(2, 100_001, 2))
    started = time.process_time()
    assert len(wordscores.phrase_starts([prices, rise, prices], 1)) == 49_999
    assert time.process_time() - started < 1.0


AMOUNTS = {"oil.txt": "Oil\n\nCrude at $80 a barrel, then 80 dlrs, and 80 points.",
           "pounds.txt": "Tickets\n\nTickets at £80, and 80 seats; £50m for the mill and 50 million fans.",
           "bare.txt": "Seats\n\n80 seats and 50 million fans, 80 a barrel.",
           "dollar.txt": "Plant\n\nGamma paid $50m and 50 mln dlrs for £80."}


@pytest.mark.parametrize("text", ["$80", "£80", "$50m", '"$80 a barrel"', "$80 seats", "$80-$90"])
def test_an_amount_s_bare_tier_scores_as_whooshs(tmp_path: Path, text: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, story in AMOUNTS.items():
        (corpus / name).write_text(story, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        tiers = list(bare_tiers(idx._parse(text, "all").query))
        assert tiers
        for query in tiers:  # (Whoosh's AndNot of the query's other part scores an article it should leave out)
            mine, theirs = all_scores(idx._searcher, query), whoosh_scores(idx._searcher, query)
            assert mine.keys() == theirs.keys()
            assert mine == pytest.approx(theirs, rel=1e-12)


# A number another currency's word, a clock's or a year's words stand beside (the bare tier's other forms, each
# Whoosh's AndMaybe had scored as the amount's, and fastscore not): "in 2000", "2000 election", "1200 GMT", "francs";
# a price's scale after it ("$3.5bn" for $3.50) likewise
OTHER_FORMS = {"year.txt": "Plan\n\nThe plan began in 2000 and cost £2,000 a seat, in 2000 again.",
               "poll.txt": "Poll\n\nThe 2000 election cost 2,000 francs and 2,000 jobs.",
               "clock.txt": "Talks\n\nTalks at 1200 GMT over 1,200 seats and 1200 francs.",
               "bare.txt": "Jobs\n\nThe firm cut 2,000 jobs and 1,200 seats.",
               "price.txt": "Shares\n\nShares sold at $3.50 each, after $3.5bn of sales."}  # a price and a scale


@pytest.mark.parametrize("text", ["£2,000", "$2000", "£1,200", '"£2,000 a seat"', "$3.50", '"at $3.50"'])
def test_an_amount_s_bare_tier_beside_a_year_a_time_or_another_currency_scores_as_whooshs(tmp_path: Path,
                                                                                          text: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, story in OTHER_FORMS.items():
        (corpus / name).write_text(story, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        tiers = list(bare_tiers(idx._parse(text, "all").query))
        assert tiers
        for query in tiers:
            mine, theirs = all_scores(idx._searcher, query), whoosh_scores(idx._searcher, query)
            assert mine.keys() == theirs.keys()
            assert mine == pytest.approx(theirs, rel=1e-12)


def bare_tiers(query: wq.Query):  # type: ignore[no-untyped-def]
    """The bare tiers (``BareAmount``) in ``query``."""
    from newssearch.bareamounts import BareAmount

    if isinstance(query, BareAmount):
        yield query
    elif not query.is_leaf():
        for child in query.children():
            yield from bare_tiers(child)


def test_an_and_maybe_matching_nothing_scores_no_optional_part(segmented: Path, scored: list[str]) -> None:
    # "$18 a barrel" where no article holds "18 a barrel": its currencies' phrases had all been read (24 -> 57 ms)
    query = wq.AndMaybe(wq.Term("body", "zebra"), wq.Phrase("body", ["crude", "oil"]))
    with open_index(segmented) as idx:
        assert all_scores(idx._searcher, query) == whoosh_scores(idx._searcher, query) == {}
    assert "crude" not in scored and b"crude" not in scored


def test_a_count_reads_no_and_maybe_s_optional_part(segmented: Path, scored: list[str]) -> None:
    # the no-match notice counts "$18 a barrel" unquoted: $18's currency tiers (AndMaybe's optional part) had been read
    maybe = wq.AndMaybe(wq.Term("body", "oil"), wq.Or([wq.Term("body", "crude"), wq.Term("body", "union")]))
    kept = wq.Or([wq.Term("body", "police"), wq.Term("body", "sharply"), maybe], minmatch=2)
    queries = [maybe, wq.And([maybe, wq.Term("body", "police")]), wq.AndNot(maybe, wq.Term("body", "sharply")), kept]
    with open_index(segmented) as idx:
        for query in queries:
            assert fastscore.all_docs(idx._searcher, query) == set(whoosh_scores(idx._searcher, query))
    assert scored and not {"crude", "union"} & set(scored)
    assert kept.minmatch == 2 and type(kept.subqueries[2]) is wq.AndMaybe  # the query itself left as it was


def test_a_word_asked_for_again_is_read_once(segmented: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an amount's number is its tiers', its bare tier's and its sign's AndNot's: read four times a segment
    reads: list[object] = []
    blocks = wordscores.posting_blocks

    def noted(matcher, *args):  # type: ignore[no-untyped-def]
        reads.append(matcher)
        return blocks(matcher, *args)

    monkeypatch.setattr(wordscores, "posting_blocks", noted)
    query = wq.Or([wq.Term("body", "oil", boost=2.0), wq.AndNot(wq.Term("body", "oil"), wq.Term("body", "crude")),
                   wq.And([wq.Term("body", "union"), wq.Term("body", "oil", boost=0.5)])])
    with open_index(segmented) as idx:
        assert all_scores(idx._searcher, query) == pytest.approx(whoosh_scores(idx._searcher, query), rel=1e-12)
    assert len(reads) == 2 * 3  # oil, crude and union, once in each of the two segments


def test_a_phrase_scores_its_words_only_where_it_matches(segmented: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "80 dollar" in an amount's tiers had scored each of the 5,000 Reuters articles holding "dollar"
    scored: list[int] = []
    scores = wordscores.SegmentWords._word_scores

    def noted(self, fieldname, text, weights, docnums):  # type: ignore[no-untyped-def]
        scored.extend(docnums)
        return scores(self, fieldname, text, weights, docnums)

    monkeypatch.setattr(wordscores.SegmentWords, "_word_scores", noted)
    phrase = wq.Phrase("body", ["crude", "oil"])
    with open_index(segmented) as idx:
        found = all_scores(idx._searcher, phrase)
        assert found == pytest.approx(whoosh_scores(idx._searcher, phrase), rel=1e-12)
        assert len(found) < len(all_scores(idx._searcher, wq.Term("body", "oil")))
    assert len(scored) == 2 * len(found)


def test_a_bare_tier_reads_its_amount_s_places_only_where_another_currency_stands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "80" had been decoded in every article holding it, though only those writing "£80" or "80 yen" can lose it
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, story in AMOUNTS.items():
        (corpus / name).write_text(story, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    asked: list[tuple[str, set[int]]] = []
    starts = phrasestarts.starts

    def noted(words, leaf, among):  # type: ignore[no-untyped-def]
        asked.append((getattr(leaf, "text", None), set(among)))
        return starts(words, leaf, among)

    monkeypatch.setattr(fastscore, "starts", noted)
    with open_index(tmp_path / "index") as idx:
        ids = {idx._searcher.document_number(id=name): name for name in AMOUNTS}
        for query in bare_tiers(idx._parse("$80", "all").query):
            all_scores(idx._searcher, query)
    own = [among for text, among in asked if text == "80" and among]  # the amount's own places
    assert own and all({ids.get(docnum) for docnum in among} <= {"pounds.txt", "dollar.txt"} for among in own)


# A pasted page in quotes is a phrase for each reading of its amounts and words, each of thousands of words: every
# reading had read every word, and a sequence's had built a postings reader for each (a 5,000-word proximity, 30 s).
# The second segment's "bought" (story 9) and "dog" (story 2) are in no article together; the first has neither word,
# the second no "export".
READINGS = [["union", "bought", other, "oil", "dog"] for other in ["oil", "polic", "price", "rose", "late"]]


def test_readings_of_a_phrase_whose_words_no_article_holds_together_are_read_once(
        segmented: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    query = wq.Or([wq.Phrase("body", words) for words in READINGS] + [wq.Phrase("body", ["crude", "oil", "export"])])
    with open_index(segmented) as idx:
        expected = whoosh_scores(idx._searcher, query)
        read: list[bytes] = []
        places = wordscores.SegmentWords._word_places
        monkeypatch.setattr(wordscores.SegmentWords, "_word_places",
                            lambda self, fieldname, text: read.append(text) or places(self, fieldname, text))
        assert all_scores(idx._searcher, query) == expected and expected
    # the phrase that matches in the first segment, then the first reading's words in the second
    assert read == [b"crude", b"oil", b"export"] + [b"union", b"bought", b"oil", b"oil", b"dog"]


def test_a_sequence_whose_words_no_article_holds_together_builds_no_matcher(segmented: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch.patternphrases import NewsSequence

    query = wq.Or([NewsSequence([wq.Term("body", word) for word in words], slop=10) for words in READINGS])
    with open_index(segmented) as idx:
        assert whoosh_scores(idx._searcher, query) == {}
        built: list[wq.Term] = []
        matcher = wq.Term.matcher
        monkeypatch.setattr(wq.Term, "matcher", lambda term, *args: built.append(term) or matcher(term, *args))
        assert all_scores(idx._searcher, query) == {}
        found = all_scores(idx._searcher, NewsSequence([wq.Term("body", "union"), wq.Term("body", "oil")], slop=3))
    assert built == [wq.Term("body", "union"), wq.Term("body", "oil")] * 2 and found  # only where both words are


@pytest.mark.parametrize("first", [wq.Term("body", "oil"), wq.Or([wq.Term("title", "oil"), wq.Term("body", "oil")])])
def test_a_count_of_an_or_reads_no_part_after_every_article_is_matched(segmented: Path, first: wq.Query,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # a pasted page's --match any count: its rarest words had matched every article, and its 3,500 phrases were
    # read all the same (1.7 s of the 8 s of a 10,000-word paste that found nothing on BBC News)
    phrases: list[list[str]] = []
    phrase = fastscore._Leaf._phrase

    def noted(self, query, *args):  # type: ignore[no-untyped-def]
        phrases.append(query.words)
        return phrase(self, query, *args)

    every = wq.Or([first, wq.Phrase("body", ["crude", "oil"]), wq.Phrase("body", ["price", "rose"])])
    some = wq.Or([wq.Term("body", "hall"), wq.Phrase("body", ["crude", "oil"]), wq.Phrase("body", ["price", "rose"])])
    with open_index(segmented) as idx:
        expected = set(whoosh_scores(idx._searcher, every))
        assert len(expected) == idx._searcher.doc_count()  # every live article holds oil
        monkeypatch.setattr(fastscore._Leaf, "_phrase", noted)
        assert fastscore.all_docs(idx._searcher, every) == expected
        assert phrases == []
        assert fastscore.all_docs(idx._searcher, some) == set(whoosh_scores(idx._searcher, some))
    assert phrases  # read where the parts before them leave an article unmatched


class _CountedLengths(list):  # type: ignore[type-arg]
    """The 256 stored lengths, counting the walks over them (each makes a field's length norms)."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _CountedLengths.walks += 1
        return super().__iter__()


def test_a_field_s_length_norms_are_made_once_for_every_search_and_segment(segmented: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # BM25's length part of each of the 256 stored lengths depends on the field's figures alone: each segment of
    # each search had made its own (about 1% of a Reuters query's time); the same floats, the same scores
    monkeypatch.setattr(wordscores, "_LENGTH_OF_BYTE", _CountedLengths(wordscores._LENGTH_OF_BYTE))
    with open_index(segmented) as idx:
        first = [(hit.id, hit.score) for hit in idx.search("oil prices", limit=20).hits]
        _CountedLengths.walks = 0
        assert [(hit.id, hit.score) for hit in idx.search("oil prices", limit=20).hits] == first
        assert _CountedLengths.walks == 0


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Stories dated by their folders (a day each, October 2020), in two segments, one article deleted."""
    root = tmp_path_factory.mktemp("dated")
    corpus = root / "corpus"
    for day in range(1, 29, 3):
        folder = corpus / "2020" / "10" / f"{day:02d}"
        folder.mkdir(parents=True)
        (folder / "story.txt").write_text(f"Story {day}\n\nOil prices rose {'sharply ' * (day % 4)}in Wellington.",
                                          encoding="utf-8")
    build_index(corpus, root / "index")
    (corpus / "2020" / "10" / "04" / "story.txt").unlink()
    (corpus / "2020" / "10" / "30").mkdir()
    (corpus / "2020" / "10" / "30" / "story.txt").write_text("Late\n\nOil fell.", encoding="utf-8")
    build_index(corpus, root / "index")
    return root / "index"


@pytest.mark.parametrize("text", ["oil date:2020-10", "oil date:2020-10-05..2020-10-20", "sharply date:2020-10-10",
                                  "date:2020-10-07", "oil date:2020-10-13..", "oil date:2021"])
def test_a_date_clause_scores_as_whooshs_range_without_its_matchers(dated: Path, text: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A date clause's articles come from its terms' postings, scored as Whoosh's constant-score range scores them:
    Whoosh's matchers had stepped every posting of its terms, one at a time (``oil date:1987-03`` on Reuters)."""
    with open_index(dated) as idx:
        query = idx._parse(text, "all").query
        theirs = whoosh_scores(idx._searcher, query)
        monkeypatch.setattr(wq.NumericRange, "matcher", None)  # not called on this path
        mine = all_scores(idx._searcher, query)
    assert list(mine.items()) == sorted(theirs.items()) and (mine or text == "oil date:2021")


@pytest.mark.parametrize("text", ["oil -date:2020-10-13..", "oil NOT date:2020-10-05..2020-10-20", "oil -date:2021",
                                  "-date:2020-10-07 sharply", "oil -(date:2020-10-01 OR date:2020-10-28)"])
def test_a_negated_date_clause_leaves_out_its_articles_without_whooshs_matchers(dated: Path, text: str,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A NOT's date clause is read from its terms' postings as a required one is: Whoosh's docs() had stepped its
    matcher through every posting of its terms (``oil -date:1987-03`` on Reuters)."""
    with open_index(dated) as idx:
        query = idx._parse(text, "all").query
        theirs = whoosh_scores_but_nots(idx._searcher, query)
        monkeypatch.setattr(wq.NumericRange, "matcher", None)  # not called on this path
        monkeypatch.setattr(wq.NumericRange, "docs", None)
        mine = all_scores(idx._searcher, query)
    assert mine == pytest.approx(theirs, rel=1e-12) and mine
