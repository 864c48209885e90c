"""Ranking: exact spellings first, capitals as words, repeated words, lede titles, date decay, TIME MAP floor."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import index_of_texts, shared_path

from newssearch import build_index, open_index
from newssearch.errors import InvalidQuery
from newssearch.feedback import term_weights
from newssearch.ranking import NewsBM25F
from newssearch.recency import Decay, around_decay


def ids(index_dir: Path, text: str, **options) -> list[str]:
    with open_index(index_dir) as idx:
        return [hit.id.split("#")[-1] for hit in idx.search(text, **options).hits]


def test_exact_spelling_ranks_above_folded_spelling(features_index: Path) -> None:
    assert ids(features_index, "Waitematā")[:2] == ["harbour", "ferries"]
    assert set(ids(features_index, "waitemata")) == {"harbour", "ferries"}


# Two articles the same but for one word's accent: a pattern or a typo must not count the accented one twice.
ACCENTED_TWINS = {"accented.txt": "Café opens\n\nThe new café opened downtown on Monday morning.\n",
                  "plain.txt": "Cafe opens\n\nThe new cafe opened downtown on Monday morning.\n"}


def scores(index_dir: Path, text: str) -> dict[str, float]:
    with open_index(index_dir) as idx:
        return {hit.id: hit.score for hit in idx.search(text).hits}


@pytest.mark.parametrize("pattern", ["caf*", "caf?", "c*fe", "*afe"])
def test_a_pattern_counts_an_accented_word_once(tmp_path: Path, pattern: str) -> None:
    # The index keeps "café" as cafe and as café (for the exact-spelling rank): a pattern matched both terms and
    # summed them, so caf* scored the accented article about twice as high as the word cafe does.
    index = index_of_texts(tmp_path, ACCENTED_TWINS)
    found, word = scores(index, pattern), scores(index, "cafe")
    assert found == pytest.approx(word, rel=1e-9)


def test_a_pattern_counts_a_macron_word_once_and_still_finds_the_doubled_spelling(tmp_path: Path) -> None:
    # "Waitematā" is indexed as waitemata, waitematā and waitemataa (the doubled spelling): waitem* matched the
    # first and the last and summed them, about twice what waitemat? (waitemata alone) gives the same article.
    texts = {"macron.txt": "Waitematā crossing\n\nThe Waitematā crossing closed for three hours in the wind.\n",
             "plain.txt": "Waitemata crossing\n\nThe Waitemata crossing closed for three hours in the wind.\n"}
    (tmp_path / "a").mkdir()
    index = index_of_texts(tmp_path / "a", texts)
    assert scores(index, "waitem*") == pytest.approx(scores(index, "waitemat?"), rel=1e-9)
    (tmp_path / "b").mkdir()
    doubled = index_of_texts(tmp_path / "b", {**texts, "doubled.txt": texts["plain.txt"].replace("ata", "ataa")})
    found = scores(doubled, "waitem*")
    assert sorted(found) == ["doubled.txt", "macron.txt", "plain.txt"]  # a word written doubled is still found
    plain_pattern = scores(doubled, "waitemat?")  # matching waitemata, it finds "Waitemataa" too, as the word does
    assert found == pytest.approx(plain_pattern, rel=1e-9)


def test_a_fuzzy_word_typed_with_its_accent_ranks_that_spelling_first(tmp_path: Path) -> None:
    # As the same word without the ~ does (the exact spelling typed ranks first); it had ranked them by chance.
    index = index_of_texts(tmp_path, ACCENTED_TWINS)
    for text in ("café", "café~", "café~1", "title:café~"):
        found = scores(index, text)
        assert found["accented.txt"] > found["plain.txt"], text


# The same story with and without its marks: an article's length counts each word once, not once per form it is
# indexed under (cafe and café, maori, māori and maaori), so marks cost an article nothing on any query.
MARKED_TWINS = {"marked.txt": "Hui at Waitematā marae\n\nMāori leaders met at the café in l'État district on Monday.\n",
                "plain.txt": "Hui at Waitemata marae\n\nMaori leaders met at the cafe in l'Etat district on Monday.\n"}


@pytest.mark.parametrize("text", ["district", "hui", "leaders monday", "marae"])
def test_an_articles_marks_do_not_lengthen_it(tmp_path: Path, text: str) -> None:
    # each form had counted in the length: "l'État" four words, "Māori" three, so the marked article scored 6-17% less
    found = scores(index_of_texts(tmp_path, MARKED_TWINS), text)
    assert found["marked.txt"] == pytest.approx(found["plain.txt"], rel=1e-9)


def test_query_in_capitals_reads_and_as_a_word(features_index: Path) -> None:
    # As an operator, AND would require both words; shouted, it is a stopword and any word may match.
    assert set(ids(features_index, "GUNMEN AND FERRIES IN THE GALE", match="any")) == {"shooting", "arrests", "ferries"}
    assert ids(features_index, "GUNMEN AND FERRIES") == []  # three words or fewer: keywords and an operator
    assert ids(features_index, "gunmen AND ferries") == []


def test_lede_title_matches_title_queries(features_index: Path) -> None:
    assert ids(features_index, "title:kaha") == ["police-dog.txt"]


# Two texts without a headline: each title is made from its first sentence, and weighs nothing in a score.
LEDE_TITLED = {"a.txt": "Officials in Laos said the dam held on Monday after days of rain in the hills of the north.\n",
               "b.txt": "Laos floods reached the capital on Monday. Laos asked for help, and Laos waited.\n"}


def test_a_title_query_ranks_lede_titled_articles_by_their_body(tmp_path: Path) -> None:
    # title:laos had scored every lede-titled hit 0, in the order of their ids; now by the body's score for laos.
    index = index_of_texts(tmp_path, LEDE_TITLED)
    assert scores(index, "title:laos") == pytest.approx(scores(index, "body:laos"), rel=1e-9)
    assert ids(index, "title:laos") == ["b.txt", "a.txt"]


def test_recent_prefers_newer_and_around_prefers_nearby(features_index: Path) -> None:
    plain = ids(features_index, "police")
    assert plain[0] == "policy"  # 2019: the best match by relevance alone
    assert ids(features_index, "police", recent=True).index("policy") > 0
    assert ids(features_index, "police", around="2020-10-27")[0] == "shooting"


def test_decay_is_mild_and_undated_is_not_punished_absurdly() -> None:
    decay = Decay(date(2020, 1, 1), half_life=365, floor=0.5, undated=0.75)
    assert decay.factor(date(2020, 1, 1)) == 1.0
    assert decay.factor(date(2019, 1, 1)) == pytest.approx(0.75, abs=0.01)
    assert decay.factor(date(1900, 1, 1)) == pytest.approx(0.5)
    assert decay.factor(None) == 0.75


def test_around_a_month_or_a_year_puts_every_day_of_it_at_the_centre() -> None:
    june = around_decay(date(2020, 6, 1), date(2020, 6, 30))
    assert june.factor(date(2020, 6, 28)) == june.factor(date(2020, 6, 1)) == 1.0
    assert june.factor(date(2020, 5, 10)) == around_decay(date(2020, 6, 1)).factor(date(2020, 5, 10)) < 1.0
    assert june.factor(date(2020, 7, 22)) == june.factor(date(2020, 5, 10))  # 22 days past its end


def test_around_a_year_ranks_that_years_articles_first(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    days = {"may": "2020-05-10", "dec": "2020-12-20", "y2019": "2019-12-28"}
    (corpus / "a.jsonl").write_text("".join(
        json.dumps({"id": key, "title": "Flood warning", "date": day, "body": "A flood warning was issued."}) + "\n"
        for key, day in days.items()))
    build_index(corpus, tmp_path / "idx")
    assert ids(tmp_path / "idx", "flood", around="2020")[2] == "y2019"


def _jsonl(folder: Path, records: dict[str, str | None], text: str = "The harbour board met about harbour fees.") -> None:
    folder.mkdir(exist_ok=True)
    (folder / "a.jsonl").write_text("".join(
        json.dumps({"id": key, "title": "Harbour fees", "body": text, **({"date": day} if day else {})}) + "\n"
        for key, day in records.items()))


def test_around_ranks_an_undated_article_below_an_equal_one_near_the_date(tmp_path: Path) -> None:
    _jsonl(tmp_path / "c", {"near": "2020-06-01", "close": "2020-07-25", "undated": None, "far": "2019-01-10"})
    build_index(tmp_path / "c", tmp_path / "idx")
    assert ids(tmp_path / "idx", "harbour", around="2020-06-19")[:2] == ["near", "close"]
    assert ids(tmp_path / "idx", "harbour", around="2024")[-1] in {"undated", "far"}


def test_recent_measures_from_the_newest_article_still_in_the_index(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title: Harbour one\nDate: 2020-01-01\n\nThe harbour board met about the harbour.\n")
    (corpus / "u.txt").write_text("Title: Harbour two\n\nThe harbour board met about the harbour.\n")
    (corpus / "z.txt").write_text("Title: Football\nDate: 2026-11-01\n\nThe football final was played.\n")
    build_index(corpus, tmp_path / "idx")
    (corpus / "z.txt").unlink()
    build_index(corpus, tmp_path / "idx")  # z.txt deleted, its segment not merged away
    from newssearch.daycolumn import DayColumn
    with open_index(tmp_path / "idx") as idx:
        assert DayColumn(idx._searcher.reader()).newest() == date(2020, 1, 1)
    assert ids(tmp_path / "idx", "harbour", recent=True) == ["a.txt", "u.txt"]


def test_date_sort_keeps_each_hits_relevance_score_and_orders_a_day_by_it(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.jsonl").write_text("".join(json.dumps(record) + "\n" for record in [
        {"id": "weak", "title": "Council", "date": "2020-06-01", "body": "The harbour was mentioned once."},
        {"id": "strong", "title": "Harbour fees", "date": "2020-06-01", "body": "Harbour fees: the harbour board."},
        {"id": "old", "title": "Harbour", "date": "2019-06-01", "body": "The harbour board met."},
        {"id": "undated", "title": "Harbour", "body": "The harbour board met."}]))
    build_index(tmp_path / "c", tmp_path / "idx")
    with open_index(tmp_path / "idx") as idx:
        for match in ("all", "any"):
            by_date = idx.search("harbour fees board", match=match, sort="date").hits
            by_score = {hit.id: hit.score for hit in idx.search("harbour fees board", match=match).hits}
            assert {hit.id: hit.score for hit in by_date} == by_score
            if match == "any":
                assert [hit.id.split("#")[-1] for hit in by_date] == ["strong", "weak", "old", "undated"]


def test_oldest_sort_lists_the_first_appearance_first_and_the_undated_last(tmp_path: Path) -> None:
    """Where a quote first appeared had meant paging to the end of --sort date, past the newest, to just before
    the undated hits; --sort oldest lists the oldest first, a day's hits by relevance, the undated still last."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.jsonl").write_text("".join(json.dumps(record) + "\n" for record in [
        {"id": "undated", "title": "Harbour", "body": "The harbour board met."},
        {"id": "weak", "title": "Council", "date": "2020-06-01", "body": "The harbour was mentioned once."},
        {"id": "strong", "title": "Harbour fees", "date": "2020-06-01", "body": "Harbour fees: the harbour board."},
        {"id": "old", "title": "Harbour", "date": "2019-06-01", "body": "The harbour board met."}]))
    build_index(tmp_path / "c", tmp_path / "idx")
    with open_index(tmp_path / "idx") as idx:
        oldest = idx.search("harbour", sort="oldest").hits
    assert [hit.id.split("#")[-1] for hit in oldest] == ["old", "strong", "weak", "undated"]


def test_recent_and_around_refuse_each_other_and_date_sort(features_index: Path) -> None:
    with open_index(features_index) as idx:
        with pytest.raises(InvalidQuery):
            idx.search("police", recent=True, around="2020-06-01")
        with pytest.raises(InvalidQuery):
            idx.search("police", recent=True, sort="date")


def test_date_ranking_on_an_index_with_no_dates_says_it_changes_nothing(tmp_path: Path) -> None:
    # a folder of plain texts (BBC News): --recent, --around and --sort date were taken silently, and changed nothing
    index = index_of_texts(tmp_path, {"a.txt": "Harbour\n\nThe harbour closed.", "b.txt": "Ferry\n\nThe harbour ferry ran."})
    with open_index(index) as idx:
        plain = idx.search("harbour")
        assert plain.notice is None
        for options, named in (({"recent": True}, "--recent"), ({"around": "2020-06"}, "--around"),
                               ({"sort": "date"}, "--sort date"), ({"sort": "oldest"}, "--sort oldest")):
            result = idx.search("harbour", **options)
            assert [hit.id for hit in result.hits] == [hit.id for hit in plain.hits]
            assert result.notice == f"no article in this index has a publication date, so {named} changes nothing"


def test_date_ranking_of_hits_none_of_which_is_dated_says_it_changes_nothing(tmp_path: Path) -> None:
    """``blair --sort oldest`` on an index of BBC News' undated texts beside dated wires had listed the hits by
    relevance, silently: not one hit has a date to order by."""
    index = index_of_texts(tmp_path, {"a.txt": "Harbour\n\nThe harbour closed.",
                                      "b.txt": "Ferry\n\nThe harbour ferry ran.",
                                      "c.txt": "Date: 2021-01-05\n\nRates\n\nThe ferry fares rose."})
    with open_index(index) as idx:
        plain = idx.search("harbour")
        for options, named in (({"recent": True}, "--recent"), ({"around": "2021-01"}, "--around"),
                               ({"sort": "date"}, "--sort date"), ({"sort": "oldest", "limit": 0}, "--sort oldest")):
            result = idx.search("harbour", **options)
            assert [hit.id for hit in result.hits] == [hit.id for hit in plain.hits][:len(result.hits)]
            assert result.notice == f"no article found has a publication date, so {named} changes nothing"
        assert idx.search("ferry", sort="oldest").notice is None  # one is dated: it comes first
        assert idx.search("ferry", sort="oldest", page=2, limit=1).notice is None


def test_whether_any_hit_is_dated_is_read_from_the_ranking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page without a dated hit (none listed, or past the last) had run the query again to learn whether any hit
    was dated: the articles the ranking found tell it."""
    import newssearch.facets

    searched: list[object] = []
    real = newssearch.facets.all_docs
    monkeypatch.setattr(newssearch.facets, "all_docs", lambda *args: searched.append(args) or real(*args))
    index = index_of_texts(tmp_path, {"a.txt": "Harbour\n\nThe harbour closed.",
                                      "c.txt": "Date: 2021-01-05\n\nRates\n\nThe harbour fares rose."})
    with open_index(index) as idx:
        assert idx.search("harbour", sort="oldest", limit=0).notice is None  # one is dated
        assert idx.search("harbour", sort="oldest", page=3, limit=1).notice is None
        assert idx.search("closed", sort="date", limit=0).notice == ("no article found has a publication date, so "
                                                                      "--sort date changes nothing")
    assert searched == []


def test_feedback_terms_come_from_more_than_one_article() -> None:
    weights, languages = term_weights([(9.0, "senate budget vote", None), (8.0, "budget vote delayed", "en"),
                                       (1.0, "harbour ferries", None)])
    assert set(weights) == {"budget", "vote"}
    assert languages["budget"] == {None}


def test_feedback_terms_are_a_hits_own_languages_stems_without_its_function_words() -> None:
    """Read as English, German hits had given "die", "der" and "und" as the heaviest expansion terms, above the words
    typed; French ones "de", "la" and "le". Each body is read in its language: its stems, not its function words."""
    weights, languages = term_weights([
        (9.0, "Die Wahlen in Hessen: die Partei gewann die Wahl, und die Regierung bleibt.", "de"),
        (8.0, "Nach der Wahl will die Regierung mit der Opposition reden.", "de"),
        (7.0, "La réforme des retraites et la grève: le gouvernement et les syndicats.", "fr"),
        (6.0, "Les syndicats contre la réforme du gouvernement.", "fr")])
    assert set(weights) == {"wahl", "regier", "reform", "syndicat", "gouvern"}
    assert languages["wahl"] == {"de"} and languages["syndicat"] == {"fr"}


def test_idf_of_a_common_word_falls_towards_zero() -> None:
    class Stats:
        def get_parent(self):  # type: ignore[no-untyped-def]
            return self

        def reader(self):  # type: ignore[no-untyped-def]
            return self

        def has_deletions(self) -> bool:
            return False

        def doc_count(self) -> int:
            return 100

        def doc_frequency(self, fieldname: str, text: str) -> int:
            return {"rare": 1, "common": 90}[text]

    model = NewsBM25F()
    assert model.idf(Stats(), "body", "rare") > 20 * model.idf(Stats(), "body", "common")


def average_precision(ranked: list[str], relevant: set[str]) -> float:
    """AP of one ranking: the mean, over all relevant documents, of precision at each one's rank."""
    found, total = 0, 0.0
    for rank, doc in enumerate(ranked, start=1):
        if doc in relevant:
            found += 1
            total += found / rank
    return total / len(relevant) if relevant else 0.0


def test_time_map_on_tuning_half_above_floor(tmp_path: Path) -> None:
    """TIME queries 1-41 (the tuning half), run as natural-language queries: MAP well above the peers' 0.63-0.70."""
    from newssearch import build_index

    docs = shared_path("corpora", "time", "docs.jsonl")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "docs.jsonl").symlink_to(docs)
    build_index(tmp_path / "c", tmp_path / "ix")
    root = docs.parent
    queries = dict(line.rstrip("\n").split("\t", 1) for line in open(root / "queries.tsv"))
    relevant: dict[str, set[str]] = {}
    for line in open(root / "qrels.tsv"):
        qid, doc, _ = line.split()
        relevant.setdefault(qid, set()).add(doc)
    scores = []
    with open_index(tmp_path / "ix") as idx:
        for qid, text in queries.items():
            if int(qid) <= 41:
                ranked = [hit.id.split("#", 1)[1] for hit in idx.search(text, match="any", limit=100).hits]
                scores.append(average_precision(ranked, relevant.get(qid, set())))
    assert sum(scores) / len(scores) >= 0.74


@pytest.mark.parametrize("option", [{"recent": True}, {"around": "2020-06-20"}])
def test_date_decayed_pages_neither_overlap_nor_skip(tmp_path: Path, option: dict[str, object]) -> None:
    from newssearch import build_index, open_index
    from newssearch.config import RERANK_DEPTH

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [f'{{"id": "n{i}", "title": "Harbour note {i}", "body": "The harbour was busy today.", '
             f'"date": "20{10 + i % 11}-06-{1 + i % 28:02d}"}}' for i in range(RERANK_DEPTH + 60)]
    (corpus / "notes.jsonl").write_text("\n".join(lines), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        pages = [idx.search("harbour", limit=50, page=page, **option).hits for page in range(1, 7)]
        everything = idx.search("harbour", limit=RERANK_DEPTH + 60, **option).hits
    paged = [hit.id for page in pages for hit in page]
    assert paged == [hit.id for hit in everything]          # the same order, cut into pages
    assert len(set(paged)) == RERANK_DEPTH + 60
    if "recent" in option:
        assert pages[0][0].date.year == 2020                 # every score ties: the newest first


@pytest.mark.parametrize("text", ["gunmen police", "harbour ferries -police", '"ferry services" gale', "ferr* gale"])
def test_a_feedback_expansion_scores_the_query_as_typed_once_to_the_same_scores(features_index: Path, text: str,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The expanded query's scores are the AndMaybe's, to the last bit, with the typed query's kept from feedback."""
    from whoosh import query as wq

    from newssearch import fastscore, feedback
    from newssearch.ranking import Expanded, best_hits

    with open_index(features_index) as idx:
        searcher, query = idx._searcher, idx._parse(text, "any").query
        expanded = feedback.expand(searcher, query)
        assert isinstance(expanded, Expanded) and expanded.a is query
        plain = wq.AndMaybe(query, expanded.b)
        assert expanded.scores(searcher) == fastscore.all_scores(searcher, plain) != {}
        assert best_hits(searcher, expanded, 50, None) == best_hits(searcher, plain, 50, None)
        assert Expanded(query, expanded.b).scores(searcher) == expanded.scores(searcher)  # scores not given
        assert expanded.normalize().scores(searcher) == fastscore.all_scores(searcher, plain.normalize())
        scored: list[wq.Query] = []
        scorer = fastscore.all_scores
        monkeypatch.setattr("newssearch.feedback.all_scores", lambda s, q: scored.append(q) or scorer(s, q))
        monkeypatch.setattr("newssearch.ranking.all_scores", lambda s, q: scored.append(q) or scorer(s, q))
        idx.search(text, match="any")
        assert scored.count(query) == 1


UPDATED_STORIES = {
    "oil.txt": "Oil rally\n\nOil prices rose as crude stockpiles fell and demand for oil grew in the cold winter.",
    "opec.txt": "Opec output\n\nOpec said crude output would stay the same while oil demand grew.",
    "jobs.txt": "Jobs fall\n\nUnemployment rose as factories cut jobs and wages fell in the winter.",
    "bank.txt": "Bank rates\n\nThe bank raised rates as prices rose and wages grew.",
    "ferry.txt": "Ferry delays\n\nFerries were cancelled in the winter storm and crude oil spilled.",
    "crops.txt": "Harvest\n\nFarmers said the harvest fell after a cold winter and demand for grain grew.",
}


def test_an_updated_index_ranks_as_a_rebuilt_one(tmp_path: Path) -> None:
    # Whoosh keeps an update's deleted versions in a segment's statistics (articles, word counts, lengths) until
    # a merge: an updated index scored every word as if the old versions were still there.
    index = index_of_texts(tmp_path, UPDATED_STORIES)
    for name in ("opec.txt", "bank.txt"):  # a third of the articles or fewer: the deleted versions stay
        with open(tmp_path / "corpus" / name, "a", encoding="utf-8") as file:
            file.write(" Crude oil demand grew again on Friday, oil traders said.")
    assert build_index(tmp_path / "corpus", index).updated == 2
    build_index(tmp_path / "corpus", tmp_path / "rebuilt")
    for text in ("oil", "crude demand", "winter", "wages"):
        found = []
        for folder in (index, tmp_path / "rebuilt"):
            with open_index(folder) as idx:
                assert idx._searcher.reader().has_deletions() == (folder == index)
                found.append([(hit.id, hit.score) for hit in idx.search(text).hits])
        assert [hit for hit, _ in found[0]] == [hit for hit, _ in found[1]], text
        assert [score for _, score in found[0]] == pytest.approx([score for _, score in found[1]], rel=1e-9), text


WORDS = "harbour ferry crews port union talks strike passengers stranded hours dawn fog freight trucks".split()


def _story(number: int) -> str:
    """A title and a body of 13 to 43 words with "harbour" once: lengths over ten words, which Whoosh keeps lossily."""
    words = [WORDS[(number * 7 + at) % len(WORDS)] for at in range(12 + 3 * number)]
    return f"Story {number}\n\nThe harbour {' '.join(words)}.\n"


@pytest.mark.parametrize("changed", [(2,), (0, 1, 2, 3, 4)])  # one article replaced; most, so its segment is rewritten
def test_an_updated_index_scores_as_a_rebuilt_one_to_the_last_bit(tmp_path: Path, changed: tuple[int, ...]) -> None:
    # The average length came from Whoosh's lossy lengths of the replaced articles (or, in a segment rewritten without
    # them, of every article): s6.txt scored 0.09328622907446306 updated, 0.09337542632207368 rebuilt (rewritten:
    # 0.09968902502314689 and 0.09964121743748183).
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(8):
        (corpus / f"s{number}.txt").write_text(_story(number), encoding="utf-8")
    build_index(corpus, tmp_path / "updated")
    for number in changed:
        (corpus / f"s{number}.txt").write_text(_story(number + 8), encoding="utf-8")
    build_index(corpus, tmp_path / "updated")
    build_index(corpus, tmp_path / "rebuilt", rebuild=True)
    found = {}
    for name in ("updated", "rebuilt"):
        with open_index(tmp_path / name) as idx:
            found[name] = [(hit.id, hit.score) for hit in idx.search("harbour", limit=20).hits]
    assert found["updated"] == found["rebuilt"]


def test_an_index_made_without_the_exact_lengths_is_read_as_before(built: Path) -> None:
    from types import SimpleNamespace

    from newssearch.livecounts import exact_field_length

    with open_index(built) as idx:
        reader = idx._searcher.reader()
        assert exact_field_length(reader, "body") == reader.field_length("body")  # no article deleted: Whoosh's own
    older = SimpleNamespace(schema={"body": None})  # an index of the schema before the columns: Whoosh's counts
    assert exact_field_length(older, "body") is None


def test_recent_sets_a_stray_newest_date_aside(tmp_path: Path) -> None:
    # Reuters-21578 holds one note dated 1996 among 21,577 wires of 1987: counted back from it, every wire was
    # nine years old and ranked under the undated articles.
    records = [{"id": f"w{n}", "title": "Wire", "date": f"1987-{1 + n % 9:02d}-{1 + n % 28:02d}",
                "body": "Markets were quiet."} for n in range(999)]
    records += [{"id": "new", "title": "Harbour", "date": "1987-10-20", "body": "The harbour board met."},
                {"id": "undated", "title": "Harbour", "body": "The harbour board met."},
                {"id": "stray", "title": "Note", "date": "1996-01-01", "body": "A note on the collection."}]
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records))
    build_index(tmp_path / "c", tmp_path / "idx")
    assert ids(tmp_path / "idx", "harbour", recent=True) == ["new", "undated"]
    from newssearch.daycolumn import DayColumn
    with open_index(tmp_path / "idx") as idx:
        days = DayColumn(idx._searcher.reader())
        assert (days.newest(), days.recent_reference()) == (date(1996, 1, 1), date(1987, 10, 20))


def test_recent_counts_back_from_the_newest_date_of_a_small_archive() -> None:
    from newssearch.daycolumn import DayColumn
    days = DayColumn(None)
    days._live = [(0, date(2019, 5, 1).toordinal()), (1, 0), (2, date(2024, 1, 2).toordinal())]
    assert days.recent_reference() == date(2024, 1, 2)
    days._live = [(1, 0)]
    assert days.recent_reference() is None


def test_around_a_date_no_article_is_near_says_it_changes_nothing(tmp_path: Path) -> None:
    """--around 2030 on an archive of 1963 to 2021 had ranked as plain relevance, silently: every article was as far."""
    _jsonl(tmp_path / "c", {"a": "2020-06-01", "b": "2020-07-25", "undated": None})
    build_index(tmp_path / "c", tmp_path / "idx")
    with open_index(tmp_path / "idx") as idx:
        far = idx.search("harbour", around="2030")
        near = idx.search("harbour", around="2021-05")
    assert far.notice == ("no article of this index is dated within a year of 2030 (its articles are dated 2020-06-01 "
                          "to 2020-07-25), so --around changes nothing")
    assert near.notice is None


def test_around_a_relative_day_no_article_is_near_names_the_day(tmp_path: Path) -> None:
    """--around 2w had said "no article … is dated within a year of 2w", leaving the user to work out the day."""
    _jsonl(tmp_path / "c", {"a": "1987-03-09"})
    build_index(tmp_path / "c", tmp_path / "idx")
    day = (date.today() - timedelta(weeks=2)).isoformat()
    with open_index(tmp_path / "idx") as idx:
        assert idx.search("harbour", around="2w").notice == (
            f"no article of this index is dated within a year of 2w ({day}; its articles are dated 1987-03-09 to "
            "1987-03-09), so --around changes nothing")
        assert "within a year of 20300105 (2030-01-05; its articles" in (idx.search("harbour", around="20300105").notice or "")


@pytest.mark.parametrize("around", ["9999", "9999-12-31", "0001", "0001-01-01"])
def test_around_the_first_or_last_year_a_date_can_have_says_it_changes_nothing(tmp_path: Path, around: str) -> None:
    """A year before or after the date had been out of Python's dates: 'unexpected OverflowError' (querycheck seed
    120's --around 9999)."""
    _jsonl(tmp_path / "c", {"a": "2020-06-01"})
    build_index(tmp_path / "c", tmp_path / "idx")
    with open_index(tmp_path / "idx") as idx:
        found = idx.search("harbour", around=around)
    assert found.notice == (f"no article of this index is dated within a year of {around} (its articles are dated "
                            "2020-06-01 to 2020-06-01), so --around changes nothing")
