"""Queries a reader would try on the seed reports: phrases, stems, macrons, dates, sort, typos."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newssearch import build_index, open_index
from newssearch.errors import ArticleNotFound, InvalidQuery

SHOOTING, SPIKES, GUNMEN = "000_952a12dfe0af93bf.txt", "001_a59f359fbf363ca3.txt", "002_a53b20ab34f5de83.txt"


@pytest.fixture
def idx(built: Path):
    with open_index(built) as index:
        yield index


def found(idx, text: str, **options) -> list[str]:
    return [hit.id for hit in idx.search(text, **options).hits]


def test_phrase_finds_and_highlights_as_one_span(idx) -> None:
    result = idx.search('"armed offenders"')
    assert [h.id for h in result.hits] == [SHOOTING]
    assert "<mark>armed offenders</mark>" in result.hits[0].snippet.html()


def test_curly_quotes_are_quotes(idx) -> None:
    assert found(idx, "“armed offenders squad”") == [SHOOTING]


def test_stemming_matches_other_forms(idx) -> None:
    assert set(found(idx, "shootings")) == {SHOOTING, GUNMEN}


def test_macron_folding_both_ways(idx) -> None:
    assert found(idx, "waitemata") == [SPIKES]
    assert found(idx, "Waitematā") == [SPIKES]


def test_phrase_with_a_macron_word_either_way(idx) -> None:
    assert found(idx, '"Waitematā District"') == [SPIKES]
    assert found(idx, '"waitemata district"') == [SPIKES]


def test_all_words_by_default_any_on_request(idx) -> None:
    assert found(idx, "spikes gunmen") == []
    assert set(found(idx, "spikes gunmen", match="any")) == {SPIKES, GUNMEN}


def test_a_plus_makes_a_word_required_among_any(idx) -> None:
    # Lucene's "+word": it had been dropped, so "spikes +gunmen" found either.
    assert found(idx, "spikes +gunmen", match="any") == [GUNMEN]
    assert found(idx, "spikes +gunmen -windscreen", match="any") == []
    assert found(idx, "+gunmen -windscreen", match="any") == []            # no optional word: the minus kept
    assert found(idx, "+gunmen -windscreen -spikes", match="any") == []
    assert found(idx, "+gunmen -nothingelse", match="any") == [GUNMEN]
    assert set(found(idx, "spikes OR gunmen", match="any")) == {SPIKES, GUNMEN}


def test_boolean_operators_and_fields(idx) -> None:
    assert set(found(idx, "police NOT spikes")) == {SHOOTING, GUNMEN}
    assert found(idx, "spikes OR windscreen", sort="date") == [GUNMEN, SPIKES]
    assert found(idx, "title:gunmen") == [GUNMEN]


def test_a_minus_before_a_quote_leaves_the_phrase_out(idx) -> None:
    assert set(found(idx, 'police -"armed offenders"')) == {SPIKES, GUNMEN}
    assert set(found(idx, 'police NOT "armed offenders"')) == {SPIKES, GUNMEN}


@pytest.mark.parametrize(("typed", "expected"), [("+the gunmen -spikes", [GUNMEN]), ("gunmen +the -spikes", [GUNMEN]),
                                                ("+the police -spikes -windscreen", [SHOOTING])])
def test_a_plus_on_a_word_left_out_leaves_the_other_words_optional(idx, typed: str, expected: list[str]) -> None:
    # "+the" searches nothing: it had made its optional words nothing too, so "+the gunmen -spikes" found every
    # article without "spikes" (differential query check), though "+the gunmen" found the gunmen.
    assert found(idx, typed, match="any") == expected
    assert found(idx, "+the gunmen", match="any") == [GUNMEN]


@pytest.mark.parametrize("match", ["all", "any"])
def test_words_left_out_are_left_out_under_either_match(idx, match: str) -> None:
    assert set(found(idx, "police -spikes", match=match)) == {SHOOTING, GUNMEN}
    assert set(found(idx, "spikes gunmen -windscreen", match="any")) == {SPIKES}
    assert found(idx, "police OR NOT spikes", match=match) == found(idx, "police -spikes", match=match)


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize("typed", ["-spikes -gunmen", "NOT spikes NOT gunmen", "-spikes OR -gunmen", "(-spikes) -gunmen"])
def test_negations_alone_leave_out_every_word_under_either_match(idx, typed: str, match: str) -> None:
    # Under --match any, "-spikes -gunmen" had been "NOT spikes OR NOT gunmen": all three articles.
    assert found(idx, typed, match=match) == [SHOOTING]


@pytest.mark.parametrize("typed", ["police (-spikes OR -gunmen)", "police (-spikes -gunmen)", "police (NOT spikes NOT gunmen)",
                                   "police -(spikes OR gunmen)"])
def test_a_group_of_negations_alone_beside_a_word_is_neither_word(idx, typed: str) -> None:
    # As "-spikes OR -gunmen" alone: "police (-spikes OR -gunmen)" had been "not both", all three articles.
    assert found(idx, typed) == [SHOOTING]


@pytest.mark.parametrize("typed", ["spikes OR (-gunmen -windscreen)", "spikes OR (-gunmen OR -windscreen)",
                                   "spikes OR -gunmen -windscreen", "spikes -gunmen -windscreen"])
def test_a_group_of_negations_alone_in_an_or_leaves_its_words_out_as_one_negation_does(idx, typed: str) -> None:
    # "spikes OR (-gunmen -windscreen)" had been read literally (spikes, or neither word: two articles), though
    # "spikes OR (-gunmen)" and "spikes OR (-gunmen OR -windscreen)" leave the words out (differential check).
    assert found(idx, typed) == [SPIKES]


@pytest.mark.parametrize("typed", ["police -(-spikes OR -gunmen)", "police -(-spikes -gunmen)"])
def test_a_negated_group_of_negations_is_either_word(idx, typed: str) -> None:
    assert set(found(idx, typed)) == {SPIKES, GUNMEN}


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize("typed", ["-(-spikes) -gunmen", "-(-spikes OR -gunmen) -windscreen", "-(NOT spikes) NOT gunmen"])
def test_a_negated_group_of_negations_beside_other_negations_is_its_words(idx, typed: str, match: str) -> None:
    # A negation in brackets negated is its word: "-(-spikes) -gunmen" had been read as every article but those with
    # gunmen and without spikes (the group's negations read again as "a OR -b"): two articles (differential check).
    assert found(idx, typed, match=match) == [SPIKES]


def test_negations_beside_a_wanted_word_keep_their_meaning(idx) -> None:
    assert found(idx, "(-spikes) OR gunmen", match="any") == [GUNMEN]
    assert found(idx, "-spikes -windscreen +police", match="any") == [SHOOTING]


@pytest.mark.parametrize("typed", ["(+spikes windscreen) Waitematā", "(+spikes windscreen)^3 Waitematā",
                                   "Waitematā (+spikes windscreen)", "Waitematā (Waitematā (+spikes windscreen))"])
def test_a_plus_inside_brackets_requires_its_word_among_the_brackets_words(idx, typed: str) -> None:
    # As in Lucene: the brackets find what has spikes (windscreen optional), the query what they find or Waitematā.
    # Whoosh sorted the + words of the whole query alone: inside brackets the + was dropped, and an article with
    # windscreen alone was found, with a boost too.
    assert set(found(idx, typed, match="any")) == set(found(idx, "spikes OR Waitematā", match="any"))
    assert GUNMEN not in found(idx, typed, match="any")


@pytest.mark.parametrize("match", ["all", "any"])
def test_a_not_inside_brackets_stays_inside_them(idx, match: str) -> None:
    # Under --match any, "(windscreen -gunmen) OR spikes" had become "(windscreen OR spikes) AND NOT gunmen".
    assert set(found(idx, "(police -spikes) OR Waitematā", match=match)) == {SHOOTING, GUNMEN, SPIKES}
    assert found(idx, "(gunmen -windscreen) OR spikes", match=match) == [SPIKES]


@pytest.mark.parametrize("match", ["all", "any"])
def test_a_minus_or_plus_before_a_pattern_is_the_operator(idx, match: str) -> None:
    # "-*ikes" had searched the pattern "-*ikes", finding nothing; "+*ikes" had been dropped under --match any.
    assert set(found(idx, "police -*ikes", match=match)) == {SHOOTING, GUNMEN}
    assert set(found(idx, "-*ikes", match=match)) == {SHOOTING, GUNMEN}
    assert found(idx, "gunmen +*ikes", match=match) == ([] if match == "all" else [SPIKES])
    assert found(idx, "police -?pikes", match=match) == found(idx, "police -spikes", match=match)


def test_date_in_query_and_options(idx) -> None:
    assert found(idx, "police date:2020-06") == [SHOOTING]
    assert found(idx, "police", since="2020-07") == [GUNMEN]
    assert found(idx, "police", until="2020-06-19") == [SHOOTING]
    assert found(idx, "police", since="2020") == found(idx, "police", since="2020-01-01", until="2020-12")


DATED = {"a.json": {"title": "Oil", "text": "Oil prices rose.", "date": "1986-05-01", "lang": "en"},
         "b.json": {"title": "Oil", "text": "Oil prices fell.", "date": "1990-05-01", "lang": "en"},
         "c.json": {"title": "Gold", "text": "Gold prices rose.", "date": "1987-05-01", "lang": "en"},
         "d.json": {"title": "Öl", "text": "Der Ölpreis und oil.", "date": "1987-06-01", "lang": "de"},
         "e.json": {"title": "Oil", "text": "Oil, undated.", "lang": "en"}}


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize(("text", "ids"), [
    ("year:[1986 TO 1988] oil", {"all": "ad", "any": "acd"}),          # the date is required, the words optional
    ("date:1987 oil gold", {"all": "", "any": "cd"}),
    ("oil published:>1987-01", {"all": "bd", "any": "bcd"}),
    ("month:1987-05", {"all": "c", "any": "c"}),
    ("lang:de oil gold", {"all": "", "any": "d"}),
    ("lang:en oil date:1986", {"all": "a", "any": "a"}),
    ("date:1987 OR oil", {"all": "abcde", "any": "abcde"}),          # joined by OR: either, as typed
    ("oil OR date:1987", {"all": "abcde", "any": "abcde"}),
    ("oil -date:1987", {"all": "abe", "any": "abe"}),
    ("(date:1986 gold) OR lang:de", {"all": "d", "any": "ad"}),    # in brackets: required within them
])
def test_a_date_or_language_clause_filters_under_match_any_too(tmp_path: Path, text: str, ids: dict[str, str],
                                                                  match: str) -> None:
    # year:[1986 TO 1988] oil --match any had found every article of those years and every one about oil
    from conftest import found_ids, index_of_texts

    index = index_of_texts(tmp_path, {name: json.dumps(story) for name, story in DATED.items()})
    assert found_ids(index, text, match=match) == [f"{letter}.json" for letter in ids[match]]


@pytest.mark.parametrize(("typed", "read"), [
    ("oil date:[1986 TO 1988} gas", "oil +date:[1986 TO 1988} gas"),   # a range closed by either bracket
    ("lang:de year:1987 oil", "+lang:de +year:1987 oil"),
    ('"date:1987 oil" gas', '"date:1987 oil" gas'),                    # inside quotes: words
    ("(date:1987 oil) gas", "(+date:1987 oil) gas"),                 # in brackets: required within them
    ("(source:bbc bahn title:fussball)^3", "(+source:bbc bahn title:fussball)^3"),
    ("(police source:rnz) OR fire", "(police +source:rnz) OR fire"),
    ("((source:a OR source:b) oil) gas", "(+(source:a OR source:b) oil) gas"),
    ("oil AND date:1987", "oil AND date:1987"),
    ("date:1987 OR oil", "date:1987 OR oil"),
    ("NOT date:1987 oil", "NOT date:1987 oil"),
    ("+date:1987 -lang:en oil", "+date:1987 -lang:en oil"),
    ("title:oil dates:1987", "title:oil dates:1987"),
    ("oil publisher:reuters by:smith", "oil +publisher:reuters +by:smith"),
    ("oil (site:bbc.co.uk OR outlet:rnz) gas", "oil +(site:bbc.co.uk OR outlet:rnz) gas"),
    ("oil (source:bbc gas)", "oil (+source:bbc gas)"),
    ("oil (source:bbc OR gas)", "oil (source:bbc OR gas)"),
    ("oil () gas", "oil () gas"),
])
def test_filter_clauses_are_marked_required(typed: str, read: str) -> None:
    from newssearch.filterclauses import required_filters

    assert required_filters(typed) == read


@pytest.mark.parametrize(("text", "ids"), [
    ("police source:rnz", "harbour protest"),                  # the source had been one optional word more: all six
    ("gunmen author:khan", "arrests ferries protest"),
    ('gunmen author:"ali khan"', "arrests ferries protest"),
    ("gunmen site:rnz.co.nz", "harbour protest"),
    ("gunmen url:stuff", "arrests ferries"),
    ("gunmen id:wire.jsonl#protest", "protest"),
    ("gunmen (source:rnz OR source:nzherald)", "harbour policy protest shooting"),  # a group of filters alone
    ("gunmen source:rnz OR source:stuff", "arrests ferries harbour protest shooting"),  # an OR typed: as typed
    ("gunmen (source:rnz OR harbour)", "arrests harbour protest shooting"),           # with a word: as typed
    ("gunmen title:harbour", "arrests harbour shooting"),      # title: ranks by words, no filter
    ("(police source:rnz)^3", "harbour protest"),             # boosted in brackets, the same articles
])
def test_a_metadata_clause_filters_under_match_any(features_index: Path, text: str, ids: str) -> None:
    from conftest import found_ids

    assert found_ids(features_index, text, match="any") == [f"wire.jsonl#{name}" for name in ids.split()]


def test_a_required_date_among_other_filters_is_a_timeline_window(features_index: Path) -> None:
    # "+source:stuff +date:2020-10" is an AND of filters: its date had not been seen as the window to chart
    with open_index(features_index) as idx:
        weeks = idx.timeline("police source:stuff date:2020-10", match="any", by="week")
    assert [period for period, _ in weeks.periods] == ["2020-W40", "2020-W41", "2020-W42", "2020-W43", "2020-W44"]


def test_sort_by_date_newest_first_undated_last(idx) -> None:
    assert found(idx, "police", sort="date") == [GUNMEN, SHOOTING, SPIKES]


def test_typo_gets_a_suggestion_from_the_index(idx) -> None:
    result = idx.search("offcer")
    assert result.total == 0 and result.suggestion == "officer"
    assert idx.search("armed polise").suggestion == "armed police"
    assert idx.search("police").suggestion is None


def test_short_unknown_words_get_no_suggestion(idx) -> None:
    # Two edits from a two- or three-letter word reach almost any short word: "UN" is not "Ute".
    assert idx.search("UN").suggestion is None
    assert idx.search("armed polise xyz", match="any").suggestion == "armed police xyz"


def test_broken_syntax_falls_back_to_words(idx) -> None:
    result = idx.search('"armed offenders')
    assert result.notice and result.hits[0].id == SHOOTING
    assert found(idx, "park.") == [GUNMEN]
    assert found(idx, "police (") != []


def test_query_of_only_stopwords_or_punctuation_is_a_clear_error(idx) -> None:
    for text in ("-", "the", "   "):
        with pytest.raises(InvalidQuery):
            idx.search(text)


def test_paging(idx) -> None:
    first = idx.search("police", limit=2, page=1)
    second = idx.search("police", limit=2, page=2)
    assert (first.total, first.pages, len(first.hits), len(second.hits)) == (3, 2, 2, 1)
    assert second.hits[0].rank == 3
    assert idx.search("police", limit=2, page=5).hits == []


def test_hit_fields(idx) -> None:
    hit = idx.search('"armed offenders"').hits[0]
    assert hit.date == date(2020, 6, 19) and hit.path == SHOOTING and hit.score > 0
    assert hit.title == "Police have confirmed an officer has died after a shooting in West Auckland"


def test_get_article_and_unknown_id(idx) -> None:
    assert idx.get(SPIKES).body.startswith("A police officer has been seriously injured")
    with pytest.raises(ArticleNotFound):
        idx.get("nope.txt")


def test_stats(idx) -> None:
    stats = idx.stats()
    assert (stats.documents, stats.files, stats.dated) == (3, 3, 2)
    assert (stats.earliest, stats.latest) == (date(2020, 6, 19), date(2020, 10, 26))
    assert stats.fields == ["title", "body", "author", "source", "date", "url", "lang", "section", "id", "year", "month"]


def test_total_counts_every_match_not_only_those_that_could_reach_the_page(tmp_path: Path) -> None:
    # Whoosh's top-N collector prunes matches that can no longer reach the page; they must still count.
    corpus = tmp_path / "c"
    corpus.mkdir()
    filler = " ".join(f"word{n}" for n in range(60))
    for n in range(80):
        title = f"Harbour story {n}" if n % 8 == 0 else f"Story {n}"
        mention = "harbour " * (1 + n % 4)
        (corpus / f"{n:02d}.txt").write_text(f" date 2020-01-{1 + n % 28:02d} {title}\n\n{mention}{filler}\n")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        for options in ({}, {"sort": "date"}, {"since": "2020-01-10"}, {"recent": True}, {"page": 3}):
            expected = 80 if "since" not in options else sum(1 + n % 28 >= 10 for n in range(80))
            assert idx.search("harbour", limit=5, **options).total == expected, options


@pytest.fixture
def te_reo(tmp_path: Path) -> Path:
    """Three spellings of one word: with macrons, with double vowels, plain."""
    folder = tmp_path / "te-reo"
    folder.mkdir()
    (folder / "macron.txt").write_text("Māori leaders meet\n\nThe Māori Party met in Tāmaki Makaurau.\n")
    (folder / "double.txt").write_text("Maaori wards\n\nCouncillors in Taamaki Makaurau debated Maaori wards. "
                                       "Kei te maate.\n")
    (folder / "plain.txt").write_text("Maori rugby\n\nThe Maori All Blacks met at home.\n")
    build_index(folder, tmp_path / "te-reo-index")
    return tmp_path / "te-reo-index"


@pytest.mark.parametrize("typed, expected", [
    ("Māori", ["macron.txt", "plain.txt", "double.txt"]),   # as typed first, folded next, then doubled
    ("Maaori", ["double.txt", "macron.txt", "plain.txt"]),  # as typed first, then the macron and the plain
    ("Maori", ["plain.txt", "macron.txt", "double.txt"]),   # some article writes Māori: Maaori is the same word
    ("Tāmaki", ["macron.txt", "double.txt"]),
    ("taamaki", ["double.txt", "macron.txt"]),
    ("Tamaki", ["macron.txt", "double.txt"]),
    ("Maaori wards", ["double.txt"]),
    ("Māori wards", ["double.txt"]),
    ("meet", ["macron.txt"]),  # not "met": no article spells it "mēt"
    ("mate", []),              # no article writes māte, so maate is not searched for
])
def test_long_vowels_written_with_macrons_doubled_or_plain_find_each_other(te_reo: Path, typed: str,
                                                                          expected: list[str]) -> None:
    with open_index(te_reo) as index:
        assert found(index, typed) == expected


def test_leaving_out_a_word_leaves_out_all_its_spellings(te_reo: Path) -> None:
    with open_index(te_reo) as index:
        assert found(index, "Makaurau -Māori") == []
        assert found(index, "rugby OR wards -Maori") == []


def test_fuzzy_edits_are_capped_at_two(idx) -> None:
    assert found(idx, "spikez~9") == found(idx, "spikez~2") == [SPIKES]
    assert found(idx, "gunmen~9") == found(idx, "gunmen~2")


def test_fuzzy_edits_are_capped_at_two_in_every_field(features_index: Path) -> None:
    # author:smoth~9 had found every author (and a url word ~157401545, pasted, took gigabytes before it was killed)
    with open_index(features_index) as index:
        assert found(index, "author:smoth~9") == found(index, "author:smoth~2") != found(index, "author:*")
        assert found(index, 'author:"jane smoth~9"') == found(index, 'author:"jane smoth~2"') != []


def test_a_fuzzy_word_in_quotes_in_a_name_field_matches_at_most_its_commonest_words(tmp_path: Path) -> None:
    # url:"houzz vs~6" had failed ("unexpected Exception: Field does not support spans"): a word matching 1,024 or more
    # has no positions in Whoosh, so it is its most common words, as a pattern in quotes is
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = sorted({f"qq{a}{b}" for a in letters for b in letters} | {f"{a}{b}qq" for a in letters for b in letters})
    export = tmp_path / "corpus" / "links.jsonl"
    export.parent.mkdir()
    export.write_text("".join(json.dumps({"id": w, "title": f"Story {w}", "text": "Some text.",
                                          "url": f"https://site.example/{w}"}) + "\n" for w in words))
    build_index(export.parent, tmp_path / "index")
    with open_index(tmp_path / "index") as index:
        assert len(index.search('url:"example qqqq~2"', limit=100).hits) == 50  # MAX_PATTERN_WORDS
        assert found(index, 'url:"example qqab~1"') == found(index, "url:qqab~1") != []


def test_no_spelling_suggestion_for_wildcard_or_fuzzy_words(idx) -> None:
    assert idx.search("spikez*").suggestion is None
    assert idx.search("spikez~").suggestion is None
    assert idx.search("spikez").suggestion == "spikes"


def test_a_long_pasted_query_looks_up_only_a_few_unknown_words(idx, monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch import spelling

    looked_up: list[str] = []
    closest = spelling.closest_word
    monkeypatch.setattr(spelling, "closest_word", lambda reader, word, *context: looked_up.append(word) or closest(reader, word, *context))
    idx.search(" OR ".join(f"zqxw{chr(97 + n // 26)}{chr(97 + n % 26)}abc" for n in range(300)))  # words: no digits
    assert len(looked_up) == spelling.MAX_CORRECTED


def test_a_typo_is_corrected_to_the_word_it_sounds_like(tmp_path: Path) -> None:
    from newssearch.nearwords import soundex

    assert [soundex(w) for w in ("Robert", "Rupert", "Ashcraft", "Pfister")] == ["R163", "R163", "A261", "P236"]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):  # "polite" shares its stem with politics: the more common stem
        (corpus / f"politics{n}.txt").write_text("Politics\n\nA polite debate on politics and political parties.")
    (corpus / "police.txt").write_text("Police\n\nThe police arrived.")
    build_index(corpus, tmp_path / "index", rebuild=True)
    with open_index(tmp_path / "index") as idx:
        assert idx.search("polise").suggestion == "police"


@pytest.mark.parametrize("text", ["economy -growth", "economy OR NOT growth", "economy ANDNOT growth"])
def test_a_left_out_word_is_left_out_of_the_first_article_too(tmp_path: Path, text: str) -> None:
    from conftest import found_ids, index_of_texts

    # Whoosh's AndNot matcher does not check the first hit of a segment: here a.txt, which has both words.
    index = index_of_texts(tmp_path, {"a.txt": "Growth\n\nThe economy and its growth.", "b.txt": "Plain\n\nThe economy."})
    assert found_ids(index, text, match="any") == ["b.txt"]
    assert found_ids(index, text) == ["b.txt"]


THREE_STORIES = {"a.txt": "Economy grows\n\nThe economy showed strong growth this year.",
                 "b.txt": "Blair speaks\n\nTony Blair spoke to reporters about Gordon Brown.",
                 "c.txt": "Rates held\n\nThe central bank held rates."}


@pytest.mark.parametrize(("with_nots", "without"), [
    ("(economy -rates) OR blair", "economy OR blair"), ("blair -rates -economy", "blair"), ("blair NOT rates", "blair")])
def test_a_left_out_word_does_not_raise_a_score(tmp_path: Path, with_nots: str, without: str) -> None:
    from conftest import index_of_texts

    from newssearch import open_index

    # Whoosh's And added 1 for each NOT, so a group with a NOT outranked a better hit without one.
    index = index_of_texts(tmp_path, THREE_STORIES)
    with open_index(index) as idx:
        ranked = [[(hit.id, hit.score) for hit in idx.search(text, match="any").hits] for text in (with_nots, without)]
    assert ranked[0] == ranked[1]


def test_a_query_of_negations_alone_scores_every_hit_alike(tmp_path: Path) -> None:
    from conftest import index_of_texts

    from newssearch import open_index

    with open_index(index_of_texts(tmp_path, THREE_STORIES)) as idx:
        hits = idx.search("-budget").hits
    assert len(hits) == 3 and len({hit.score for hit in hits}) == 1


def test_an_article_is_found_by_a_path_copied_from_the_shell(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "2024" / "march").mkdir(parents=True)
    (corpus / "2024" / "march" / "ferry.txt").write_text("Ferry sails\n\nThe ferry sailed on time.")
    (corpus / "2024" / "ferry.txt").write_text("Ferry late\n\nThe ferry sailed late.")
    (corpus / "caf\u00e9.txt").write_text("Cafe\n\nThe cafe opened.")
    (corpus / "nai\u0308ve.txt").write_text("Naive\n\nA naive plan.")  # named on a Mac: ï decomposed (NFD)
    (corpus / "latest.txt").symlink_to(corpus / "2024" / "march" / "ferry.txt")  # not an id: its target's is
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        for typed in ("2024/march/ferry.txt", "./2024/march/ferry.txt", str(corpus / "2024" / "march" / "ferry.txt"),
                      "march/ferry.txt"):
            assert idx.get(typed).id == "2024/march/ferry.txt", typed
        with pytest.raises(ArticleNotFound, match="2 ids end so: 2024/ferry.txt, 2024/march/ferry.txt"):
            idx.get("ferry.txt")  # two ids end so: neither is guessed, both are named
        assert idx.get("2024/ferry.txt · score 1.25").id == "2024/ferry.txt"   # a hit's whole id line
        assert idx.get(" 2024/ferry.txt\n").id == "2024/ferry.txt"   # pasted with spaces around it
        assert idx.get("cafe\u0301.txt").id == "caf\u00e9.txt"         # é as a macOS path spells it
        assert idx.get("na\u00efve.txt").id == "nai\u0308ve.txt"       # and the other way round,
        assert idx.get("./na\u00efve.txt").id == "nai\u0308ve.txt"     # as a path
        assert idx.get(str(corpus / "na\u00efve.txt")).id == "nai\u0308ve.txt"
        assert idx.similar("./2024/ferry.txt").query == "like:./2024/ferry.txt"
        assert idx.get("latest.txt").id == "2024/march/ferry.txt"   # a link in the corpus: the article it points at
    (corpus / "2024").rename(tmp_path / "moved")   # the corpus folder moved, or not mounted: its ids stand
    corpus.rename(tmp_path / "gone")
    with open_index(tmp_path / "index") as idx:
        assert idx.get(str(corpus / "2024" / "march" / "ferry.txt")).id == "2024/march/ferry.txt"


def test_a_path_to_an_export_names_its_records_in_number_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "wire").mkdir(parents=True)
    records = [json.dumps({"title": f"Story {n}", "text": f"Story number {n}."}) for n in range(1, 12)]
    (corpus / "wire" / "w.jsonl").write_text("\n".join(records), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    monkeypatch.chdir(tmp_path)
    with open_index(tmp_path / "index") as idx:
        for typed in ("wire/w.jsonl", "./corpus/wire/w.jsonl", "w.jsonl"):
            with pytest.raises(ArticleNotFound, match=r"wire/w.jsonl holds 11 articles: wire/w.jsonl#1, wire/w.jsonl#2, "):
                idx.get(typed)


def _add_stories(corpus: Path, count: int) -> None:
    """``count`` more articles in ``corpus``, on other words than the tests search."""
    for n in range(count):
        (corpus / f"other{n}.txt").write_text(f"Other story {n}\n\nThe council met about the budget.")


def test_ids_deleted_by_an_update_are_neither_guessed_nor_offered(tmp_path: Path) -> None:
    # Whoosh's lexicon keeps a deleted article's id until a merge: a moved file had two ids ending so,
    # and an export a record deleted still "held" it, where a rebuilt index named only the live ones.
    corpus = tmp_path / "corpus"
    (corpus / "txt").mkdir(parents=True)
    _add_stories(corpus, 6)  # deletions in a third of a segment or less stay in it (more: it is rewritten)
    (corpus / "txt" / "storm.txt").write_text("Storm\n\nThe storm closed the harbour.")
    records = [json.dumps({"id": name, "title": f"Story {name}", "text": f"Story {name}."}) for name in "abc"]
    (corpus / "wire.jsonl").write_text("\n".join(records), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    (corpus / "archive").mkdir()
    (corpus / "txt" / "storm.txt").rename(corpus / "archive" / "storm.txt")
    (corpus / "wire.jsonl").write_text("\n".join(records[::2]), encoding="utf-8")
    report = build_index(corpus, tmp_path / "index")
    assert (report.deleted, report.renamed) == (1, 1)  # the record deleted; storm.txt renamed, not deleted
    with open_index(tmp_path / "index") as idx:
        assert idx.get("storm.txt").id == "archive/storm.txt"
        with pytest.raises(ArticleNotFound, match=r"wire.jsonl holds 2 articles: wire.jsonl#a, wire.jsonl#c\)"):
            idx.get("wire.jsonl")


def test_a_path_into_an_export_indexed_alone_finds_its_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "exp.jsonl").write_text(json.dumps({"id": "a", "title": "A", "text": "One."}), encoding="utf-8")
    build_index(tmp_path / "s" / "exp.jsonl", tmp_path / "index")
    monkeypatch.chdir(tmp_path)
    with open_index(tmp_path / "index") as idx:
        for typed in ("exp.jsonl#a", "s/exp.jsonl#a", "./s/exp.jsonl#a", str(tmp_path / "s" / "exp.jsonl#a")):
            assert idx.get(typed).id == "exp.jsonl#a", typed


def test_dates_asked_of_an_index_without_dates_say_why_they_find_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ferry sails\n\nThe ferry sailed on time.")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        result = idx.search("ferry", since="2004")
        assert result.total == 0 and "no article in this index has a publication date" in (result.notice or "")
        assert idx.search("ferry").notice is None


def test_a_span_outside_every_dated_article_says_when_they_are(idx) -> None:
    result = idx.search("gunmen", since="2024")
    assert result.total == 0 and result.notice == "the articles of this index are dated 2020-06-19 to 2020-10-26"
    assert idx.search("gunmen", until="1999").notice == result.notice
    assert idx.search("zzzqqq", since="2020-07").notice is None      # within the span: the words found nothing


def test_dates_that_find_nothing_say_how_many_undated_articles_match(idx) -> None:
    # The seed about the spikes has no date: a date filter had left it out without a word.
    assert idx.search("spikes", since="2020-06").notice == (
        "1 undated article matches too: --since and --until leave out articles with no publication date")
    assert idx.search("police", since="2024").notice == (
        "the articles of this index are dated 2020-06-19 to 2020-10-26; 1 undated article matches too: "
        "--since and --until leave out articles with no publication date")
    assert idx.search("spikes").notice is None


SPAN = "the articles of this index are dated 2020-06-19 to 2020-10-26"
# the seed about the spikes has no date and says "police": a date clause leaves it out, and says so as --since does
UNDATED_TOO = "; 1 undated article matches too: date: leaves out articles with no publication date"


@pytest.mark.parametrize(("text", "options", "said"), [
    ("police date:>2020-10-26", {}, SPAN + UNDATED_TOO),      # after the newest article
    ("date:{2020-10-26 TO *]", {}, SPAN),
    ("police date:<2020-06-19", {}, SPAN + UNDATED_TOO),      # before the oldest
    ("police year:[2015 TO 2016]", {"match": "any"}, SPAN + UNDATED_TOO),
    ("police date:2024", {"since": "2024"}, SPAN + UNDATED_TOO),  # said once, for both
    ("zzzqqq date:2020-06", {}, None),                     # within the dates: the words found nothing
    ("zzzqqq -date:2019", {}, None),                       # a NOT is no date asked for
    ("zzzqqq", {}, None),
])
def test_a_date_clause_outside_the_index_says_its_dates(idx, text: str, options: dict[str, str],
                                                        said: str | None) -> None:
    # date:>1987-10-20 had found nothing on Reuters without a word, where --since said which dates the index has
    result = idx.search(text, **options)
    assert result.total == 0
    assert result.notice == said


@pytest.mark.parametrize(("typed", "said"), [
    # gunmen's articles are dated: it had counted the undated article of the optional police beside the +gunmen
    ("+gunmen police date:>2020-10-26", SPAN),
    ("+police gunmen date:>2020-10-26", SPAN + UNDATED_TOO),
    ("police gunmen date:>2020-10-26", SPAN + UNDATED_TOO),  # no word required: the words are what it finds
])
def test_the_undated_articles_counted_are_those_the_query_finds_without_its_dates(built: Path, typed: str,
                                                                                 said: str) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    result = CliRunner().invoke(cli, ["query", typed, "--match", "any", "--index-dir", str(built)], env={})
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match '{typed}'.\nNote: {said}.\n"


GAP = ("no article of this index is dated from 2020-07-01 to 2020-07-31, a gap in its archive (its articles are dated "
       "2020-06-19 to 2020-10-26)")


@pytest.mark.parametrize(("text", "options", "said"), [
    ("police date:2020-07", {}, GAP + UNDATED_TOO),              # between the two dated articles: a gap, not a lull
    ("police date:[2020-07-01 TO 2020-07-31]", {"match": "any"}, GAP + UNDATED_TOO),
    ("police date:2020-07-04", {}, GAP.replace("from 2020-07-01 to 2020-07-31", "2020-07-04") + UNDATED_TOO),
    ("gunmen", {"since": "2020-07", "until": "2020-07"}, GAP),
    ("gunmen date:2020-07", {"since": "2020-07", "until": "2020-07"}, GAP),  # said once, for both
    ("zzzqqq", {"since": "2020-07"}, None),                  # an open end reaches the October article
])
def test_dates_within_the_index_that_no_article_has_are_a_gap_in_the_archive(idx, text: str, options: dict[str, str],
                                                                               said: str | None) -> None:
    # date:1990 on Reuters (1987 and one 1996 note) had found nothing without a word, as if no news that year
    result = idx.search(text, **options)
    assert result.total == 0 and result.notice == said


def test_a_date_clause_that_finds_nothing_says_how_many_undated_articles_match(idx) -> None:
    # "spyware date:2020" on BBC News' undated articles said nothing, where "spyware --since 2020" said "8 undated
    # articles match too"; a date joined by OR is read as typed and leaves nothing out
    assert idx.search("spikes date:2020").notice == UNDATED_TOO[2:]
    assert idx.search("spikes date:2020", match="any").total == 2  # a filter there, the words optional
    assert idx.search("spikes date:1999", match="any").notice == SPAN + UNDATED_TOO
    assert idx.search("(spikes OR zzzqqq) date:2020").notice == UNDATED_TOO[2:]
    assert idx.search("zzzqqq OR date:2021").notice == SPAN
    assert idx.search("spikes date:2020", since="2020").notice == UNDATED_TOO[2:]  # said once


def test_a_timeline_with_a_date_clause_outside_the_index_says_its_dates(idx) -> None:
    # the search said it, the timeline of the same query had said nothing
    timeline = idx.timeline("police date:>2020-10-26")
    assert timeline.total == 0
    assert timeline.notice == SPAN + UNDATED_TOO


def test_an_id_clause_naming_a_file_of_records_or_a_folder_says_how_to_find_its_articles(tmp_path: Path) -> None:
    # id:wire.jsonl and id:news had found nothing without a word, as a typo does, while show names what they hold
    corpus = tmp_path / "corpus"
    (corpus / "news").mkdir(parents=True)
    (corpus / "news" / "a.txt").write_text("Ferry sails\n\nThe ferry sailed on time.")
    (corpus / "wire.jsonl").write_text('{"id": "x", "title": "Ferry", "text": "The ferry sank."}\n'
                                       '{"id": "y", "title": "Bus", "text": "The bus came."}\n')
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert idx.search("ferry id:wire.jsonl").notice == "wire.jsonl is a file of 2 articles: 'id:wire.jsonl#*' finds them"
        assert idx.search("id:news/").notice == "news is a folder of 1 article: 'id:news/*' finds them"
        assert idx.timeline("id:news").notice == "news is a folder of 1 article: 'id:news/*' finds them"
        assert idx.search("id:wire.jsonl#*").total == 2 and idx.search("id:nope").notice is None
        assert idx.search("zebra -id:wire.jsonl").notice is None  # the id left out nothing


def test_two_publishers_required_at_once_say_an_article_has_one(features_index: Path) -> None:
    # source:rnz source:stuff had found nothing without a word: an article has one publisher
    said = ("an article has one publisher, and the source: clauses required name two: an OR finds articles of either, "
            "as in source:rnz OR source:stuff (or source:rnz,stuff)")
    with open_index(features_index) as idx:
        assert idx.search("police source:rnz source:stuff").notice == said
        assert idx.search("police source:rnz source:stuff", match="any").notice == said
        assert idx.search("police site:rnz.co.nz site:stuff.co.nz").notice == said
        assert idx.timeline("police source:rnz source:stuff").notice == said  # a timeline as a search
        assert idx.search("source:nz source:herald").total == 2  # two words of one name: found
        assert idx.search("police source:rnz url:stuff").notice is None  # an address is no publisher's name
        # one publisher named twice, by its name and its address: they are not why (it had been said)
        assert idx.search("zzzqx source:rnz site:rnz.co.nz").notice is None


def test_date_clauses_that_share_no_day_say_so(features_index: Path) -> None:
    # date:2020 date:2021, an AND of two years, had found nothing without a word, as a gap in the news does
    said = ("an article has one date, and the date clauses required share no day: an OR finds articles of either, as "
            "in date:2020 OR date:2021 (or date:2020,2021)")
    with open_index(features_index) as idx:
        assert idx.search("police date:2020 date:2021").notice == said
        assert idx.search("police date:2020-06 date:2020-10").notice == said
        assert idx.timeline("police year:2019 date:2021-03").notice == said
        assert idx.search("police date:2020 year:2020-10").total == 2  # one within the other: a day in both


def test_date_clauses_that_share_no_day_with_since_and_until_say_so(features_index: Path) -> None:
    # police date:2020-06 --since 2020-07 had found nothing and said nothing: each alone finds an article of the index
    said = ("an article has one date, and the date clauses required share no day with --since and --until: leave out "
            "one or the other")
    with open_index(features_index) as idx:
        assert idx.search("police date:2020-06", since="2020-07").notice == said
        assert idx.search("police date:2020-10", until="2020-06-30", match="any").notice == said
        assert idx.timeline("police date:2020-06", since="2020-07").notice == said  # a timeline as a search
        assert idx.search("police date:2020", since="2020-07").notice is None  # a day in both: found, nothing said


@pytest.mark.parametrize(("text", "ored"), [
    ("date:* OR NOT date:*", True), ("date:* OR -date:*", True), ("police date:2020 OR NOT date:2020", True),
    # no OR: how Lucene reads one is not why (it had been said of these too)
    ("police date:2020-07 -date:2020", False), ("date:[2020-06 TO *] -date:*", False),
])
def test_date_clauses_a_not_excludes_wholly_say_so_not_that_undated_articles_match(idx, text: str,
                                                                                   ored: bool) -> None:
    # "date:* OR NOT date:*" finds nothing, as Lucene reads a NOT inside an OR: it had said "1 undated article matches
    # too", as if its date alone had left the article out of a query that can find none
    result = idx.search(text)
    assert result.total == 0
    said = "the query excludes every day its date clauses require, so it finds no article"
    assert result.notice == (f"{said}: a NOT inside an OR leaves its articles out of every hit, as Lucene reads it "
                             "(a OR NOT b is a AND NOT b)" if ored else said)


def test_a_field_no_article_of_the_index_has_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ferry sails\n\nThe ferry sailed on time.")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert idx.search("source:bbc").notice == "no article in this index has a source"
        assert idx.search("ferry author:smith").notice == "no article in this index has an author"
        assert idx.search("title:bbc").notice is None           # every article has a title
        assert idx.search("zebra -author:smith").notice is None # the author left nothing out
        assert idx.search("ferry date:2004").notice == "no article in this index has a publication date"


def test_a_language_no_article_is_in_says_which_languages_there_are(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [("a", "de"), ("b", "de"), ("c", "en"), ("d", "fr"), ("e", "fr"), ("f", "fr")]
    (corpus / "wire.jsonl").write_text("".join(json.dumps({"id": key, "title": "Ferry", "text": "The ferry sailed.",
                                                           "lang": lang}) + "\n" for key, lang in records))
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert idx.search("lang:sv").notice == "no article in this index is in sv (its languages: fr, de, en)"
        assert idx.search("ferry (lang:fi OR lang:swe)").notice == \
            "no article in this index is in fi or sv (its languages: fr, de, en)"
        assert idx.search("zebra lang:de").notice is None      # German articles there are: the word found none
        assert idx.search("zebra -lang:sv").notice is None


def test_lang_en_finding_nothing_says_how_many_articles_name_no_language(tmp_path: Path) -> None:
    # English is never told from an article's words: "oil lang:en" on BBC texts beside one English-tagged record had
    # found nothing without a word on why (the facet said "en (1); no language (1,450)")
    from click.testing import CliRunner

    from newssearch.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text(json.dumps({"id": "a", "title": "Ferry", "text": "The ferry sailed.",
                                                   "lang": "en"}) + "\n")
    (corpus / "oil.txt").write_text("Oil prices\n\nOil prices rose on Monday, traders said.")
    (corpus / "gas.txt").write_text("Gas\n\nGas prices fell.")
    build_index(corpus, tmp_path / "index")
    out = CliRunner().invoke(cli, ["query", "oil lang:en", "--index-dir", str(tmp_path / "index")])
    assert (out.exit_code, out.output) == (1, "No articles match 'oil lang:en'.\nNote: lang:en finds the articles that "
                                              "name English or whose words show it; 2 name no language (too short "
                                              "or mixed to tell): leave lang:en out to search them too.\n")
    with open_index(tmp_path / "index") as idx:
        assert idx.search("oil lang:fr").notice == "no article in this index is in fr (its languages: en)"


def test_lang_en_finds_untagged_english_texts_and_the_facet_counts_them(tmp_path: Path) -> None:
    # 'oil lang:en' found nothing in a folder of BBC texts: English was never told from an article's words
    from click.testing import CliRunner

    from newssearch.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "oil.txt").write_text("Oil prices\n\nOil prices rose on Monday after the storm closed two of the "
                                    "refineries on the coast, and traders said that they would go on rising for "
                                    "as long as the refineries were shut.")
    (corpus / "gas.txt").write_text("Gas\n\nGas prices fell.")  # too short to tell
    (corpus / "de.txt").write_text("Öl\n\nDie Ölpreise steigen, und die Händler streiten sich über die Frage, wer "
                                   "an der Börse gewinnt. Die Preise sind seit dem Sturm gestiegen.")
    build_index(corpus, tmp_path / "index")
    out = CliRunner().invoke(cli, ["query", "lang:en", "--index-dir", str(tmp_path / "index"), "--csv"])
    assert (out.exit_code, [line.split(",")[1] for line in out.output.splitlines()[1:]]) == (0, ["Oil prices"])
    with open_index(tmp_path / "index") as idx:
        assert idx.search("prices OR Preise", facets=True).facets["lang"] == \
            [("de", 1), ("en", 1)]


def test_a_field_only_deleted_articles_had_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _add_stories(corpus, 3)  # the deletion stays in the segment
    (corpus / "a.txt").write_text("Ferry sails\n\nThe ferry sailed on time.")
    (corpus / "b.json").write_text(json.dumps({"title": "Ferry late", "text": "The ferry was late.", "author": "Smith"}))
    build_index(corpus, tmp_path / "index")
    (corpus / "b.json").unlink()
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert idx.search("ferry author:smith").notice == "no article in this index has an author"


@pytest.mark.parametrize("text", ["police date:2018", "date:2018", "date:[2015 TO 2016]", "year:1999",
                                  "month:2019-02 author:nobody"])
def test_a_date_search_that_finds_nothing_in_a_dated_index_is_no_error(idx, text: str) -> None:
    # A date's terms are numbers' bytes: read as words, they had made this search fail as a "damaged" index.
    result = idx.search(text)
    assert result.total == 0 and result.hits == []
    assert "no article in this index has a publication date" not in (result.notice or "")


def test_a_date_search_that_finds_nothing_after_deletions_is_no_error(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _add_stories(corpus, 3)  # the deletion stays in the segment
    (corpus / "b.json").write_text(json.dumps({"title": "Ferry late", "text": "The ferry was late.", "date": "2020-06-19"}))
    build_index(corpus, tmp_path / "index")
    (corpus / "b.json").unlink()
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert idx.search("ferry date:2018").total == 0
        assert idx.search("ferry date:2020").notice == "no article in this index has a publication date"


@pytest.mark.parametrize(("text", "notice"), [
    ("gunmen or spikes", '"or" in lower case is a word, not an operator: type OR'),
    ("police not spikes or gunmen", '"not" and "or" in lower case are words, not operators: type NOT or OR'),
    ('"gunmen or spikes" police', None),   # inside quotes it is the phrase's word
    ("gunmen OR spikes", None),
    ("or", None),
    ("not spikes", '"not" in lower case is a word, not an operator: type NOT'),   # first, the commonest
    ("spikes or", '"or" in lower case is a word, not an operator: type OR'),      # last
    ("(gunmen or spikes) police", '"or" in lower case is a word, not an operator: type OR'),
    ("notes ornate", None),                                                        # inside words
    ("the minister said the plan would go ahead whether or not the unions agreed to it", None),  # prose
    ("gunmen Or spikes", '"Or" in lower case is a word, not an operator: type OR'),     # not in capitals
])
def test_lower_case_or_and_not_get_a_note(idx, text: str, notice: str | None) -> None:
    from newssearch.operators import lower_case_operators

    assert lower_case_operators(text) == notice
    if notice:
        assert idx.search(text).notice == notice


def test_a_long_query_of_optional_words_keeps_its_rarest(idx, monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch import config

    everything = idx.search("police gunmen spikes armed zzqqxx", match="any")
    monkeypatch.setattr(config, "MAX_ANY_WORDS", 2)
    result = idx.search("police gunmen spikes armed zzqqxx", match="any")    # zzqqxx: in no article, kept free
    assert result.notice == "a long query: its 2 rarest words were searched, not the 2 commoner ones"
    assert everything.notice is None and 0 < result.total < everything.total
    assert "long query" not in (idx.search("police gunmen spikes armed").notice or "")  # all required: all kept


PASTED = " ".join(["The Yukos oil company (in Moscow) lost its case - its shares fell, the court said."] * 125)


@pytest.mark.parametrize(("text", "options", "notice"), [
    ("Yukos?", {}, "a ? stands for one letter: 'Yukos' finds 2"),             # a pattern, typed as punctuation
    ("The Yukos Zzqx", {}, '"the" is too common to search and left out (a phrase in quotes '
                           'keeps them); no article has all these words: --match any finds 2'),
    ("yukos zzqx", {"match": "any"}, None),                                     # (it found something)
    ("zzqx zzqy", {}, None),                                                    # nothing would
    ("yukos zzqx", {"since": "2030"}, None),                                    # nor within the dates
    ("yukos zzqx date:2021", {}, None),        # --match any keeps the date required: it finds none either
    # --match any keeps the NOT: the count is of what it finds (the hint had been for plain words alone)
    ("yukos -shares zzqx", {}, "no article has all these words: --match any finds 1"),
    ("yukos (zzqx)", {}, "no article has all these words: --match any finds 2"),   # a bracket pasted with words
    ("yukos - zzqx", {}, "no article has all these words: --match any finds 2"),   # a dash, no NOT
    (PASTED + " zzqx", {}, "no article has all these words: --match any finds 2"),  # 2,000 words pasted
    ("yukos or zzqx", {}, '"or" in lower case is a word, not an operator: type OR'),  # that note alone
])
def test_a_search_that_finds_nothing_says_what_would(tmp_path: Path, text: str, options: dict[str, str],
                                                      notice: str | None) -> None:
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Oil\n\nYukos shares fell.", "b.txt": "Court\n\nYukos lost its case."})
    with open_index(index) as idx:
        result = idx.search(text, **options)
    if notice:
        assert result.total == 0 and result.notice == notice
    else:  # (a date notice may stand)
        assert "stands for one letter" not in (result.notice or "") and "--match any" not in (result.notice or "")


@pytest.mark.parametrize("match", ["all", "any"])
def test_a_minus_or_bang_right_after_a_bracket_is_the_operator(idx, match: str) -> None:
    # "police (-spikes)" had searched police AND spikes; "!*ikes" had searched the pattern "!*ikes".
    assert set(found(idx, "police (-spikes)", match=match)) == {SHOOTING, GUNMEN}
    assert set(found(idx, "police !*ikes", match=match)) == {SHOOTING, GUNMEN}


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize("typed", ["NOT NOT spikes", "!!spikes", "--spikes", "NOT !spikes", "NOT -spikes", "-!spikes"])
def test_a_negation_typed_twice_is_one(idx, typed: str, match: str) -> None:
    # "an operator typed twice, OR OR, is one": NOT NOT had been one NOT, but !!, -- and NOT ! none
    assert set(found(idx, f"police {typed}", match=match)) == {SHOOTING, GUNMEN}
    assert set(found(idx, typed, match=match)) == set(found(idx, "-spikes", match=match))


@pytest.mark.parametrize("typed", ["-NOT-SPIKES", "!NOT-SPIKES", "NOT -NOT-SPIKES", "NOT NOT-SPIKES"])
def test_a_word_in_capitals_opening_with_an_operator_keeps_its_negation(idx, typed: str) -> None:
    # differential seed 545: '-privately of pre/8 after -NOT-SO-SECRET' had required "not so secret": the sign's NOT
    # and the word's NOT were read as NOT NOT, one NOT, which the word then took
    assert set(found(idx, f"police {typed}")) == set(found(idx, "police -not-spikes")) == {SHOOTING, SPIKES, GUNMEN}


def test_an_operator_glued_into_a_word_is_no_operator_typed_twice() -> None:
    from newssearch.operators import single_operators

    assert single_operators("NOT NOT-SO-SECRET") == "NOT NOT-SO-SECRET"
    assert single_operators("police SO-NOT NOT spikes") == "police SO-NOT NOT spikes"  # its NOT had been dropped
    assert single_operators("(NOT NOT spikes) OR OR(fire)") == "(NOT spikes) OR(fire)"


GERMAN = " Der Landrat sagte am Montag, dass die Kosten für die Bürger in diesem Jahr nicht steigen werden."
SUSPENDED = {"pasted.txt": "Abfall\n\nDie Abfallsammlung und -verwertung im Landkreis wird neu geregelt." + GERMAN,
             "other.txt": "Sammlung\n\nDie Abfallsammlung im Landkreis bleibt, die Verwertung auch." + GERMAN,
             "neither.txt": "Sammlung\n\nDie Abfallsammlung im Landkreis wird neu geregelt." + GERMAN}


@pytest.mark.parametrize(("typed", "expected"), [("Abfallsammlung und -verwertung", ["other.txt", "pasted.txt"]),
                                                 ("Abfallsammlung oder -verwertung", ["other.txt", "pasted.txt"]),
                                                 ("Abfallsammlung -verwertung", ["neither.txt"]),
                                                 ("Abfallsammlung AND -verwertung", ["neither.txt"])])
def test_a_german_suspended_hyphen_after_a_conjunction_is_no_not(tmp_path: Path, typed: str,
                                                                 expected: list[str]) -> None:
    # "und -verwertung" pasted from a German text had left out every article with the word it completes.
    from conftest import found_ids, index_of_texts
    index = index_of_texts(tmp_path, SUSPENDED)
    assert sorted(hit.split("/")[-1] for hit in found_ids(index, typed)) == expected


@pytest.mark.parametrize("typed", ["police +-spikes", "police -+spikes", "police -spikes"])
def test_a_minus_among_signs_before_a_word_leaves_it_out(idx, typed: str) -> None:
    # "+-spikes" had lost its minus: every article with spikes was found.
    assert set(found(idx, typed)) == {SHOOTING, GUNMEN}


@pytest.mark.parametrize(("text", "notice"), [
    ("5% rise", "no article has all these words: --match any finds 2"),   # "5%" is no word to spell-check, yet searched
    ("5%", None),                                                          # one clause: --match any is the same search
])
def test_a_number_beside_a_word_gets_the_match_any_hint(tmp_path: Path, text: str, notice: str | None) -> None:
    # "5% rise" had been one word to the hint (as the words a "Did you mean" checks): nothing found, nothing said
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Prices\n\nPrices went up 5% in June.", "b.txt": "Rates\n\nRates rise."})
    with open_index(index) as idx:
        result = idx.search(text, match="all")
    assert (result.total, result.notice) == (0 if notice else 1, notice)


def test_a_did_you_mean_that_finds_all_the_words_is_not_followed_by_match_any(tmp_path: Path) -> None:
    """"nucelar deterrent" had said "no article has all these words: --match any finds 14" above "Did you mean:
    nuclear deterrent": the typo, not the words, was why nothing matched, and the 14 were the deterrent alone."""
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Oil\n\nYukos shares fell.", "b.txt": "Court\n\nYukos lost its case.",
                                      "c.txt": "Bank\n\nBank shares rose."})
    with open_index(index) as idx:
        typo = idx.search("yukso shares")
        words = idx.search("yukos zzqx")
    assert (typo.total, typo.suggestion, typo.notice) == (0, "yukos shares", None)
    assert words.notice == "no article has all these words: --match any finds 2"  # no suggestion: the hint stays


def test_a_source_typed_as_a_host_finds_the_publisher_at_it_or_names_the_sources(tmp_path: Path) -> None:
    """source:latimes.com had found nothing, and said nothing, of the Los Angeles Times's articles at latimes.com; a
    note then named site:; now source: of a domain finds the publisher whose articles are at it (test_publisherkeys.py),
    and a domain no article is at names the sources the index has."""
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Source: Los Angeles Times\nURL: https://www.latimes.com/story\n\n"
                                               "Debate\n\nBloomberg prepares for the debate."})
    with open_index(index) as idx:
        assert idx.search("site:latimes.com").total == 1
        hosted = idx.search("debate source:latimes.com")
        named = idx.search("debate source:nytimes.com")
    assert (hosted.total, hosted.notice) == (1, None)
    assert named.notice == "no article in this index is from that source (its sources: Los Angeles Times)"


def test_a_host_typed_alone_that_finds_nothing_names_the_site_that_would(tmp_path: Path) -> None:
    """``latimes.com`` typed as a word, as a journalist names a site, had found nothing and said nothing, though
    ``site:latimes.com`` finds the site's articles: a host is searched as words of the text."""
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Source: Los Angeles Times\nURL: https://www.latimes.com/story\n\n"
                                               "Debate\n\nBloomberg prepares for the debate."})
    with open_index(index) as idx:
        alone, beside = idx.search("latimes.com"), idx.search("debate LATimes.com")
        other, quoted = idx.search("nytimes.com"), idx.search('"latimes.com"')
    assert (alone.total, alone.notice) == (0, "latimes.com is searched as words of the text: 'site:latimes.com', "
                                              "the articles of that site, finds 1")
    assert beside.notice == ("LATimes.com is searched as words of the text: 'debate site:LATimes.com', the articles "
                             "of that site, finds 1")
    assert (other.notice, quoted.notice) == (None, None)  # no site of the index; quoted: words, as asked


@pytest.mark.parametrize(("typed", "read"), [
    ("Blair w/5 Brown", '("Blair Brown"~5 || "Brown Blair"~5)'),  # Nexis's within 5 words: a phrase keeps its order
    ("Blair pre/3 Brown", '"Blair Brown"~3'),                        # Nexis's before
    ("Blair near5 Brown", '("Blair Brown"~5 || "Brown Blair"~5)'),  # Factiva's
    ("oil w/1000 crude", '("oil crude"~1000 || "crude oil"~1000)'),  # any number, as Lucene's slop: 3 digits had
    ("oil pre/2500 crude", '"oil crude"~2500'),                         # been read, w/1000 as words, found nothing
    ("(Blair NEAR/5 Brown) OR x", '(("Blair Brown"~5 || "Brown Blair"~5)) OR x'),
    ('"Blair w/5 Brown"', None),                    # in a phrase: its words
    ("Blair w5 Brown", None),
    ("title:Blair w/5 Brown", None),                # a field's value: as typed
])
def test_a_news_databases_proximity_is_lucenes(typed: str, read: str | None) -> None:
    from newssearch.proximity import proximity_operators

    rewritten, said = proximity_operators(typed)
    assert rewritten == (read or typed) and (said is None) == (read is None)


def test_a_news_databases_proximity_finds_the_words_near_each_other(features_index: Path) -> None:
    # "gunmen w/5 officer" had required a word "w" and the number 5: nothing
    with open_index(features_index) as idx:
        result = idx.search("gunmen w/5 officer")
        assert sorted(hit.id for hit in result.hits) == ["wire.jsonl#arrests", "wire.jsonl#shooting"]
        assert result.notice == ('w/5 is read as ("gunmen officer"~5 OR "officer gunmen"~5): at most 5 words between '
                                 "them, in either order")
        assert [hit.id for hit in idx.search("officer pre/5 gunmen").hits] == ["wire.jsonl#shooting"]
        # any number, as Lucene's slop: w/1000 (up to 3 digits read) had been words, finding nothing with no note
        assert sorted(hit.id for hit in idx.search("gunmen w/1000 officer").hits) == sorted(hit.id for hit in result.hits)


@pytest.mark.parametrize("typed", ["محمد w/3 قال", "चुनाव w/2 आयोग", "北京大学 w/3 研究者", "OIL W/5 HEATING"])
def test_a_proximity_between_words_of_a_script_without_capitals(tmp_path: Path, typed: str) -> None:
    # its rewrite's OR, among words with no case or in capitals, had made it a query "typed in capitals": the OR a
    # word, nothing found
    from conftest import found_ids, index_of_texts

    index = index_of_texts(tmp_path, {"m.txt": "News\n\nمحمد قال إن الخطة. चुनाव आयोग ने घोषणा की। 北京大学 的 研究者 on heating oil"})
    assert found_ids(index, typed) == ["m.txt"]


@pytest.mark.parametrize("typed", ['"armed offenders" w/5 officer', "(gunmen OR police) w/5 officer",
                                   "title:gunmen w/5 officer", "gunmen w/5 officer PRE/3 shot",
                                   "gunmen NEAR5 (officer police)", "(gunmen police) w/1000 officer",
                                   "title:(gunmen) w/5 officer"])
def test_a_proximity_beside_a_phrase_or_bracket_is_refused(features_index: Path, typed: str) -> None:
    # read as words, it had required a word "w" and the number 5: nothing, and no word of why
    with open_index(features_index) as idx, pytest.raises(InvalidQuery, match="needs a word of its own on each side"):
        idx.search(typed)


@pytest.mark.parametrize(("typed", "said", "instead"), [
    ("gunmen w/s officer", "w/s (in the same sentence)", "gunmen w/20 officer"),     # Nexis's sentence
    ("gunmen W/P officer", "W/P (in the same paragraph)", "gunmen w/50 officer"),    # and paragraph
    ("gunmen /s officer", "/s (in the same sentence)", "gunmen w/20 officer"),       # Westlaw's
    ("(gunmen /p officer) OR x", "/p (in the same paragraph)", "(gunmen w/50 officer) OR x"),
    ("gunmen /5 officer", "/5 (Westlaw's within 5 words)", "gunmen w/5 officer"),
])
def test_a_databases_sentence_or_paragraph_proximity_is_refused_with_words_to_count(
        features_index: Path, typed: str, said: str, instead: str) -> None:
    # read as words, "gunmen w/s officer" had required a word "w" and a word "s": nothing, and a note offering
    # --match any, as if the words were in no article together
    with open_index(features_index) as idx, pytest.raises(InvalidQuery) as refused:
        idx.search(typed)
    if "Westlaw" in said:
        assert str(refused.value) == f"{said} is not read: {typed!r} (type it as Nexis does: {instead})"
    else:
        assert str(refused.value) == (f"{said} is not read: newssearch counts the words between two words, not "
                                      f"sentences or paragraphs: {typed!r} (type how many words may stand between "
                                      f"them: {instead})")


@pytest.mark.parametrize("typed", ['"gunmen w/s officer"', "w/s", "1/5 officer", "gunmen/s"])
def test_a_sentence_proximity_in_quotes_or_a_slashed_word_is_words(features_index: Path, typed: str) -> None:
    with open_index(features_index) as idx:
        idx.search(typed)  # no error: a phrase's words, a slashed word, a fraction


@pytest.mark.parametrize(("text", "expected"), [
    ("site:stuff.co*", ["stuff.txt"]),            # a dotted pattern as one word had matched no term of the address
    ("url:stuff.co*", ["stuff.txt"]),
    ("url:www.stuff*", ["stuff.txt"]),
    ("site:stuff.co*, rnz.co*", ["rnz.txt", "stuff.txt"]),  # a list of them: each value held
    ("url:rnz.co.nz/news*", ["rnz.txt"]),
    ("url:stuff*", ["stuff.txt"]),                 # one word: its pattern, as before
])
def test_a_host_prefix_pattern_finds_the_addresses_that_start_so(tmp_path: Path, text: str,
                                                                 expected: list[str]) -> None:
    from conftest import found_ids, index_of_texts

    index = index_of_texts(tmp_path, {
        "stuff.txt": "URL: https://www.stuff.co.nz/national/123/raid\n\nRaid\n\nPolice raided a house.",
        "rnz.txt": "URL: https://www.rnz.co.nz/news/national/456/rain\n\nRain\n\nRain fell in Auckland.",
    })
    assert found_ids(index, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("url:news.example*", ["home.txt", "www.txt"]),   # the words had matched anywhere: other.example/news/example-story
    ("site:news.example*", ["home.txt", "www.txt"]),
    ("url:www.news.ex*", ["www.txt"]),                # www. typed, and the scheme left out
    ("url:http.www.news.example*", ["www.txt"]),
    ("url:stuff.co*", []),                            # example.com/stuff/coverage: a path's words
    ("url:example.com*", ["path.txt"]),
    ("url:bbc.co*", ["bbc.txt"]),                     # a host's first label (news.) may open it, as www. does
    ("site:bbc.co.u*", ["bbc.txt"]),
    ("url:example-st*", ["other.txt"]),               # no dot, no host: a path's words anywhere, as url:example-story
])
def test_a_dotted_address_pattern_is_held_to_the_addresses_start(tmp_path: Path, text: str,
                                                                 expected: list[str]) -> None:
    from conftest import found_ids, index_of_texts

    assert found_ids(index_of_texts(tmp_path, _ADDRESSES), text) == expected


_ADDRESSES = {
    "home.txt": "URL: https://news.example/a-story\n\nHarbour\n\nThe harbour reopened.",
    "www.txt": "URL: http://www.news.example.org/x\n\nFerry\n\nThe ferry sailed.",
    "other.txt": "URL: https://other.example/news/example-story\n\nRoad\n\nThe road closed.",
    "path.txt": "URL: https://example.com/stuff/coverage\n\nRain\n\nRain fell.",
    "bbc.txt": "URL: https://news.bbc.co.uk/2/hi/uk\n\nFlood\n\nThe river flooded.",
}


@pytest.mark.parametrize(("text", "expected"), [
    ("url:news.example", ["home.txt", "www.txt"]),    # a phrase, it had found other.example/news/example-story
    ("site:news.example", ["home.txt", "www.txt"]),
    ("url:https.news.example", ["home.txt"]),
    ("url:bbc.co.uk", ["bbc.txt"]),                   # after a host's first label, as url:bbc.co* is
    ("url:news", ["bbc.txt", "home.txt", "other.txt", "www.txt"]),  # one word: the site's name, anywhere
    ('url:"news.example"', ["home.txt", "other.txt", "www.txt"]),  # quoted: the words anywhere in the address
    ("url:https://other.example/news/example-story", ["other.txt"]),  # a whole address, as before
])
def test_a_dotted_address_is_held_to_the_addresses_start(tmp_path: Path, text: str, expected: list[str]) -> None:
    from conftest import found_ids, index_of_texts

    assert found_ids(index_of_texts(tmp_path, _ADDRESSES), text) == expected


@pytest.mark.parametrize(("typed", "match", "notice"), [
    # a word misremembered: the words typed are not all in the article
    ('"I am deeply sorry that they were subject"', "all",
     "no article has the quoted words in this order, nor all of them: without the quotes, --match any finds 2"),
    # the words all there, in another order
    ("“they were sorry that I am subject”", "all",
     "no article has the quoted words in this order: without the quotes, 'they were sorry that I am subject' finds 1"),
    ('title:"jailings apology"', "any",
     "no article has the quoted words in this order: without the quotes, 'title:(jailings apology)' finds 1"),
    # a field's phrase unquoted keeps every word in the field: title:jailings blair had found the article, blair
    # being in its text, not its title
    ('title:"jailings blair"', "all",
     "no article has the quoted words in this order, nor all of them: without the quotes, --match any finds 1"),
    ('title:"jailings blair"~3', "all",
     "no article has the quoted words this near each other, nor all of them: without the quotes, --match any finds 1"),
    ('"sorry subject"~0', "all",
     "no article has the quoted words in this order: without the quotes, 'sorry subject' finds 1"),
    # a proximity: not an order that failed, a distance ("sorry that they were subject" is three words apart)
    ('"sorry subject"~2', "all",
     "no article has the quoted words this near each other: without the quotes, 'sorry subject' finds 1"),
    ('"zzqx yyqx"', "all", None),  # nor does anything without the quotes
    # single quotes keep words in order too, curly or straight; one word in quotes is no order
    ("‘sorry subject’", "all", "no article has the quoted words in this order: without the quotes, 'sorry subject' "
                              "finds 1"),
    ("'sorry subject'", "all", "no article has the quoted words in this order: without the quotes, 'sorry subject' "
                              "finds 1"),
    ("O'Brien 'sorry'", "all", None),
    # the quote found, the attribution pasted after it not
    ('"I am very sorry that they were subject" — Tony Blair, 2005', "all",
     "the words outside the quote are in no article with it: the quote alone finds 1"),
    ('"very sorry" "such an ordeal" weather', "all",
     "the words outside the quotes are in no article with them: the quotes alone find 1"),
    # no words beside the quote but clauses that leave its article out: not "the words outside the quote"
    ('"very sorry" title:weather', "all", "title:weather leaves out every article with the quote: the quote alone "
                                          "finds 1"),
    ('"very sorry" date:[2004 TO 2005]', "all", "date:[2004 TO 2005] leaves out every article with the quote: the quote "
                                           "alone finds 1; no article in this index has a publication date"),
    # a quote in a field found alone: not "no article has the quoted words in this order", which its title has
    ('title:"apology over jailings" weather', "all",
     "the words outside the quote are in no article with it: the quote alone finds 1"),
    ('title:"apology over jailings" date:[2004 TO 2005]', "all", "date:[2004 TO 2005] leaves out every article with "
                                                              "the quote: the quote alone finds 1; no article in this "
                                                              "index has a publication date"),
    # a proximity alone, its ~N with it: "no article has the quoted words this near each other" had been said of it
    ('"sorry subject"~5 rained', "all", "the words outside the quote are in no article with it: the quote alone finds 1"),
    # a quote left out in brackets or a field is none to find ("the quotes alone" had counted it)
    ('"very sorry" rained -(title:"apology over jailings" OR weather)', "all", None),
    # (--match any finds the rain, its NOT kept: said as of any query of two parts)
    ('"very sorry" rained -title:"apology over jailings"', "all",
     "no article has all these words: --match any finds 1"),
    # a word left out is no word outside the quote that its article lacks, but one it has: the NOT's note
    ('"very sorry" -title:apology title:jail*', "all", '-title:apology leaves out every article "very sorry" '
                                                       'title:jail* finds: "very sorry" title:jail* alone finds 1'),
    ('"very sorry" -injustice', "all", '-injustice leaves out every article "very sorry" finds: "very sorry" alone '
                                       'finds 1'),
    ('"very sorry" NOT ordeal', "all", 'NOT ordeal leaves out every article "very sorry" finds: "very sorry" alone '
                                       'finds 1'),
])
def test_a_quoted_phrase_that_finds_nothing_says_what_its_words_find(tmp_path: Path, typed: str, match: str,
                                                                     notice: str | None) -> None:
    """A quote pasted with one word misremembered ("deeply" for "very") had said only "No articles match", while its
    words without the quotes put the article first: a fact-checker was left to guess that the quotes were why."""
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {
        "a.txt": "Apology over jailings\n\nMr Blair said: \"I am very sorry that they were subject to such an "
                 "ordeal and injustice.\"",
        "b.txt": "Weather\n\nThey were deeply sorry it rained."})
    with open_index(index) as idx:
        result = idx.search(typed, match=match)
    assert (result.total, result.notice) == (0, notice)


@pytest.mark.parametrize(("typed", "notice"), [
    ('"they were sorry that I am subject"',
     "no article has the quoted words in this order: without the quotes, 'they were sorry that I am subject' finds 1"),
    ('"very sorry" "such an ordeal" weather',
     "the words outside the quotes are in no article with them: the quotes alone find 1"),
    ('"zzqx yyqx"', None),
])
def test_a_timeline_of_a_quoted_phrase_that_finds_nothing_says_what_its_words_find(tmp_path: Path, typed: str,
                                                                                  notice: str | None) -> None:
    """A timeline of a misremembered quote had said nothing of why it counted none, where a query said what its words
    find without the quotes."""
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {
        "a.txt": "Date: 2005-02-09\n\nApology over jailings\n\nMr Blair said: \"I am very sorry that they were "
                 "subject to such an ordeal and injustice.\"",
        "b.txt": "Weather\n\nThey were deeply sorry it rained."})
    with open_index(index) as idx:
        timeline = idx.timeline(typed)
    assert (timeline.total, timeline.notice) == (0, notice)


@pytest.mark.parametrize("typed", [
    '"I am very sorry [sic] that they were subject"', "very sorry (sic) subject", '"very sorry [sic!] that"',
    '"I am very sorry … such an ordeal"', '"I am very sorry ... such an ordeal"', '"… sorry [...] an ordeal…"',
    '"I am very sorry . . . such an ordeal"'])
def test_an_editors_marks_in_a_pasted_quote_are_no_words(tmp_path: Path, typed: str) -> None:
    """A quote pasted as a page printed it had found nothing: "[sic]" was a word every article must hold, and an
    ellipsis, which stands for words the quote leaves out, joined the words around it into one phrase."""
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {
        "a.txt": "Apology over jailings\n\nMr Blair said: \"I am very sorry that they were subject to such an "
                 "ordeal and injustice.\"",
        "b.txt": "Latin\n\nSic transit gloria mundi, he was very sorry to say."})
    with open_index(index) as idx:
        assert found(idx, typed) == ["a.txt"]
        assert found(idx, "[sic]") == found(idx, '"[sic]"') == ["b.txt"]  # alone, the word looked for
