"""--facets: counts by source, author, year and month over every hit, not just the page."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, config, open_index
from newssearch.cli import cli
from newssearch.facets import most_common_spelling


def test_facets_count_the_whole_result_set(features_index: Path) -> None:
    with open_index(features_index) as idx:
        result = idx.search("police", limit=1, facets=True)
    assert result.total == 6 and len(result.hits) == 1
    assert result.facets == {
        "source": [("NZ Herald", 2), ("RNZ", 2), ("Stuff", 1)],
        "author": [("Ali Khan", 2), ("Jane Smith", 2), ("Tama Ngata", 1)],
        "section": [("Crime", 2), ("Politics", 1), ("Transport", 1)],
        "year": [("2019", 1), ("2020", 3), ("2021", 1)],
        "month": [("2019-01", 1), ("2020-06", 1), ("2020-10", 2), ("2021-03", 1)],
    }


def test_facets_respect_the_date_filter(features_index: Path) -> None:
    with open_index(features_index) as idx:
        result = idx.search("police", since="2020", until="2020", facets=True)
    assert result.facets["year"] == [("2020", 3)]


def test_facets_count_the_hits_the_ranking_found_without_searching_again(features_index: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """--facets had run the query a second time after ranking it, to collect the articles to count: the ranking's
    own matches (within the dates asked for) are those articles."""
    import newssearch.facets

    searched: list[object] = []
    real = newssearch.facets.all_docs
    monkeypatch.setattr(newssearch.facets, "all_docs", lambda *args: searched.append(args) or real(*args))
    with open_index(features_index) as idx:
        for options in ({}, {"match": "any"}, {"sort": "date"}, {"recent": True}, {"group_copies": True},
                        {"limit": 0}, {"page": 9}):
            result = idx.search("police", since="2020", until="2020", facets=True, **options)
            assert result.facets is not None and result.facets["year"] == [("2020", 3)], options
    assert searched == []


def test_no_facets_unless_asked(features_index: Path) -> None:
    with open_index(features_index) as idx:
        assert idx.search("police").facets is None


def test_facets_in_json_and_on_screen(features_index: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "gunmen", "--facets", "--json", "--index-dir", str(features_index)])
    assert out.exit_code == 0
    assert json.loads(out.output)["facets"]["source"] == [{"value": "NZ Herald", "count": 1},
                                                           {"value": "Stuff", "count": 1}]
    screen = runner.invoke(cli, ["query", "gunmen", "--facets", "--index-dir", str(features_index)])
    assert screen.exit_code == 0
    assert "Facets:\n  source: NZ Herald (1), Stuff (1)\n  author: Ali Khan (1), Jane Smith (1)\n" in screen.output


def test_facets_are_printed_for_a_page_past_the_last(features_index: Path) -> None:
    """The facets describe the whole result set, not the page: ``--page 9`` of 1 had printed none on the screen."""
    out = CliRunner().invoke(cli, ["query", "gunmen", "--facets", "--page", "9", "--index-dir", str(features_index)])
    assert out.exit_code == 1  # the page lists nothing, as any page past the last
    assert out.stdout == "Facets:\n  source: NZ Herald (1), Stuff (1)\n  author: Ali Khan (1), Jane Smith (1)\n" \
                         "  section: Crime (2)\n  year: 2020 (2)\n  month: 2020-10 (2)\n"
    assert out.stderr == "Page 9 is past the last page (1) of 2 results.\n"
    data = CliRunner().invoke(cli, ["query", "gunmen", "--facets", "--page", "9", "--json",
                                    "--index-dir", str(features_index)])
    assert json.loads(data.stdout)["facets"]["year"] == [{"value": "2020", "count": 2}]


def test_facets_count_the_hits_with_no_value(features_index: Path) -> None:
    """Elasticsearch's missing bucket: the undated hits, and those naming no source or author, are counted apart, so
    a facet's counts and its missing count add up to the hits (each hit with one value)."""
    with open_index(features_index) as idx:
        result = idx.search("police", facets=True)
    assert result.facets_missing == {"source": 1, "author": 1, "section": 2, "year": 1, "month": 1}
    assert result.facets is not None
    assert sum(count for _, count in result.facets["year"]) + result.facets_missing["year"] == result.total
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "police", "--facets", "--json", "--index-dir", str(features_index)])
    assert json.loads(out.output)["facets_missing"] == {"source": 1, "author": 1, "section": 2, "year": 1, "month": 1}
    screen = runner.invoke(cli, ["query", "police", "--facets", "--index-dir", str(features_index)])
    assert screen.output.endswith("Facets:\n"
                                  "  source: NZ Herald (2), RNZ (2), Stuff (1); no source (1)\n"
                                  "  author: Ali Khan (2), Jane Smith (2), Tama Ngata (1); no author (1)\n"
                                  "  section: Crime (2), Politics (1), Transport (1); no section (2)\n"
                                  "  year: 2019 (1), 2020 (3), 2021 (1); undated (1)\n"
                                  "  month: 2019-01 (1), 2020-06 (1), 2020-10 (2), 2021-03 (1); undated (1)\n")


def test_a_facet_no_hit_has_a_value_for_says_how_many_lack_one(tmp_path: Path) -> None:
    """Plain notes with no date, source or author: each facet counts them all as without ("none" said nothing of
    how many), and a co-written article is not counted as without an author."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"note-{n}.txt").write_text(f"Harbour note {n}\n\nThe harbour ferry ran late again.\n")
    (corpus / "duo.txt").write_text("Title: Harbour duo\nAuthor: Ann Lee and Bo Kim\n\nThe harbour ferry ran.\n")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        result = idx.search("harbour", facets=True)
    assert result.facets is not None and result.facets["author"] == [("Ann Lee", 1), ("Bo Kim", 1)]
    assert result.facets_missing == {"source": 4, "author": 3, "year": 4, "month": 4}
    screen = CliRunner().invoke(cli, ["query", "harbour", "--facets", "--index-dir", str(tmp_path / "ix")])
    assert screen.output.endswith("Facets:\n  source: no source (4)\n  author: Ann Lee (1), Bo Kim (1); no author (3)\n"
                                  "  year: undated (4)\n  month: undated (4)\n")


def test_a_facet_cut_short_says_how_many_values_it_left_out(features_index: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "FACET_VALUES", 1)
    with open_index(features_index) as idx:
        result = idx.search("police", facets=True)
    assert result.facets is not None and result.facets["source"] == [("NZ Herald", 2)]
    assert result.facets_more == {"source": 2, "author": 2, "section": 2}        # years and months are never cut
    runner = CliRunner()
    screen = runner.invoke(cli, ["query", "police", "--facets", "--index-dir", str(features_index)])
    assert "  source: NZ Herald (2), and 2 more; no source (1)\n" in screen.output
    out = runner.invoke(cli, ["query", "police", "--facets", "--json", "--index-dir", str(features_index)])
    assert json.loads(out.output)["facets_more"] == {"source": 2, "author": 2, "section": 2}


def test_facets_refused_with_csv(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["query", "gunmen", "--facets", "--csv", "--index-dir", str(features_index)])
    assert out.exit_code == 2
    assert "--facets works with the screen and --json output" in out.output


def _two_batches(tmp_path: Path) -> Path:
    """An index in two segments: plain-text articles with no source or date, then a dated, sourced export."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"note-{n}.txt").write_text(f"Harbour note {n}\n\nThe harbour ferry ran late again.\n")
    build_index(corpus, tmp_path / "ix")
    (corpus / "wire.jsonl").write_text(json.dumps({"id": "w1", "title": "Harbour closed", "source": "RNZ",
                                                   "date": "2021-03-04", "text": "The harbour was closed."}) + "\n")
    build_index(corpus, tmp_path / "ix")
    return tmp_path / "ix"


def test_facets_and_dates_stay_right_across_segments(tmp_path: Path) -> None:
    index_dir = _two_batches(tmp_path)
    with open_index(index_dir) as idx:
        assert len(idx._searcher.reader().leaf_readers()) == 2  # the case Whoosh's own column reader gets wrong
        result = idx.search("harbour", facets=True, limit=10)
        assert result.facets == {"source": [("RNZ", 1)], "author": [], "year": [("2021", 1)],
                                 "month": [("2021-03", 1)]}
        assert [hit.id for hit in idx.search("harbour", recent=True).hits][0] == "wire.jsonl#w1"


def test_facets_when_no_segment_has_a_value(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Harbour one\n\nThe harbour ferry ran late.\n")
    build_index(corpus, tmp_path / "ix")
    (corpus / "b.txt").write_text("Harbour two\n\nThe harbour ferry ran early.\n")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        assert idx.search("harbour", facets=True).facets == {"source": [], "author": [], "year": [], "month": []}


def test_the_screen_cuts_every_facet_at_twenty_values_months_too() -> None:
    from newssearch.facetlines import facet_lines

    months = [(f"{2000 + n // 12}-{n % 12 + 1:02d}", 1) for n in range(51)]
    lines = facet_lines({"month": months, "source": [("RNZ", 2)]}, {"source": 3})
    assert lines[1] == "  month: " + ", ".join(f"{m} (1)" for m, _ in months[:20]) + ", and 31 more"
    assert lines[2] == "  source: RNZ (2), and 3 more"


def test_a_terminal_gets_a_facet_in_lines_broken_between_values() -> None:
    # Twenty Reuters authors on one line ran past an 80-column terminal, which broke names in two
    from newssearch.facetlines import facet_lines

    authors = [("Philip Shehadi", 4), ("Stephen Jukes", 4), ("Ted D'Afflisio", 3), ("Jennie Kantyka", 2)]
    facets = {"author": authors, "year": [("1987", 9)]}
    lines = facet_lines(facets, {"author": 17}, {"author": 93}, width=40)
    assert lines == ["Facets:",
                     "  author: Philip Shehadi (4),",
                     "          Stephen Jukes (4),",
                     "          Ted D'Afflisio (3),",
                     "          Jennie Kantyka (2),",
                     "          and 17 more; no author (93)",
                     "  year: 1987 (9)"]
    assert facet_lines(facets, {"author": 17}, {"author": 93}) == [  # a pipe: one line each, as before
        "Facets:", "  author: Philip Shehadi (4), Stephen Jukes (4), Ted D'Afflisio (3), Jennie Kantyka (2), and 17 more; "
        "no author (93)", "  year: 1987 (9)"]
    assert facet_lines({"year": []}, width=40) == ["Facets:", "  year: none"]


def test_a_facet_value_wider_than_the_terminal_is_broken_between_its_words() -> None:
    # a source of 52 columns ran past a 40-column terminal, which broke its words at the edge
    from newssearch.facetlines import facet_lines
    from newssearch.wrapping import columns

    long = "Office of the Parliamentary Commissioner for the Environment"
    lines = facet_lines({"source": [("RNZ", 3), (long, 2), ("Stuff", 1)]}, width=40)
    assert max(map(columns, lines)) <= 40
    assert lines == ["Facets:",
                     "  source: RNZ (3), Office of the",
                     "          Parliamentary Commissioner for",
                     "          the Environment (2), Stuff (1)"]
    assert facet_lines({"source": [(long, 2)]}) == ["Facets:", f"  source: {long} (2)"]  # a pipe: whole


def test_names_that_differ_only_in_letter_case_are_one_facet_value(tmp_path: Path) -> None:
    """What title case cannot mend (Ron DeSantis on a page, Ron Desantis from RON DESANTIS) and what an index made
    before readers wrote one case keeps: one author, one publisher, under the spelling most articles use."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, (author, source) in enumerate([("Ron DeSantis", "Harbour.news"), ("Ron DeSantis", "Harbour.news"),
                                          ("RON DESANTIS", "harbour.news")]):
        (corpus / f"{n}.txt").write_text(f"Title: Ferry {n}\nAuthor: {author}\nSource: {source}\n\n"
                                         "The harbour ferry ran late again.\n")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        facets = idx.search("harbour", facets=True).facets
        assert [hit.authors for hit in idx.search("harbour", limit=3).hits].count(("Ron Desantis",)) == 1
    assert facets is not None
    assert (facets["author"], facets["source"]) == ([("Ron DeSantis", 3)], [("Harbour.news", 3)])
    with open_index(tmp_path / "ix") as idx:
        assert idx.stats().sources == 1  # stats counts publishers as the facet does


@pytest.mark.parametrize("spellings, expected", [
    ({"Jane Doe": 1, "JANE DOE": 3}, "JANE DOE"),                      # the most common
    ({"JANE DOE": 1, "jane doe": 1, "Jane Doe": 1}, "Jane Doe"),       # as common: the mixed case
    ({"Jose Garcia": 1, "José García": 1}, "José García"),             # then the one with its marks
    ({"JANE DOE": 1, "jane doe": 1}, "JANE DOE"),                      # then the first in order
])
def test_most_common_spelling(spellings: dict[str, int], expected: str) -> None:
    assert most_common_spelling(Counter(spellings)) == expected


def test_a_language_facet_in_an_index_whose_articles_name_languages(tmp_path: Path) -> None:
    """A newsroom's archive in several languages is counted by language too (an index naming none lists no "lang")."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [{"id": "1", "language": "de", "title": "Hafen", "text": "Der Hafen von Hamburg, harbour news."},
               {"id": "2", "language": "de-AT", "title": "Hafen", "text": "Der Hafen von Linz, harbour news."},
               {"id": "3", "language": "fr", "title": "Port", "text": "Le port du Havre, harbour news."},
               {"id": "4", "title": "Harbour", "text": "The harbour news."}]
    (corpus / "wire.jsonl").write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        facets = idx.search("harbour", facets=True).facets
        assert facets is not None and facets["lang"] == [("de", 2), ("fr", 1)]
        assert list(facets) == ["source", "author", "lang", "year", "month"]
        assert idx.search("Hamburg", facets=True).facets["lang"] == [("de", 1)]  # type: ignore[index]
    screen = CliRunner().invoke(cli, ["query", "harbour", "--facets", "--index-dir", str(tmp_path / "ix")])
    assert "\n  lang: de (2), fr (1); no language (1)\n" in screen.output


def test_an_index_in_one_language_lists_no_language_facet(tmp_path: Path) -> None:
    """Every hit in English (pages that say so): a "lang: en (N)" line would tell the hits apart by nothing."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [{"id": str(n), "language": "en", "title": "Harbour", "text": f"The harbour news, day {n}."}
               for n in range(3)]
    (corpus / "wire.jsonl").write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        facets = idx.search("harbour", facets=True).facets
        assert facets is not None and list(facets) == ["source", "author", "year", "month"]


def test_a_second_search_counts_its_facets_without_reading_postings_or_columns_again(
        features_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search with --facets had walked every author's and section's postings and read the columns again
    (60-190 ms on Reuters-21578): a handle reads them once for its snapshot (``facettable``)."""
    from whoosh.reading import MultiReader, SegmentReader

    from newssearch.schema import AUTHOR_FACET, LANG, MONTH, SECTION_FACET, SOURCE_FACET, YEAR

    with open_index(features_index) as idx:
        first = idx.search("police", facets=True)
        read: list[str] = []
        for kind in (MultiReader, SegmentReader):
            for method in ("postings", "column_reader"):
                real = getattr(kind, method)
                monkeypatch.setattr(kind, method, lambda reader, field, *rest, real=real, **options:
                                    read.append(field) or real(reader, field, *rest, **options))
        again = [idx.search(text, facets=True) for text in ("police", "gunmen")]
    assert again[0].facets == first.facets and again[1].facets
    assert read and not {AUTHOR_FACET, SECTION_FACET, LANG, SOURCE_FACET, YEAR, MONTH} & set(read)


def test_a_refreshed_handle_counts_the_facets_of_the_updated_index(tmp_path: Path) -> None:
    """The facet table is the snapshot's: after an update, ``refresh()`` counts the new articles' names."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.json").write_text(json.dumps({"title": "Harbour police", "body": "Police at the harbour.",
                                               "author": "Ana Lee", "date": "2020-01-02"}))
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert idx.search("police", facets=True).facets["author"] == [("Ana Lee", 1)]
        (corpus / "b.json").write_text(json.dumps({"title": "More police", "body": "Police in town.",
                                                   "author": "Bo Kim", "date": "2021-05-06"}))
        build_index(corpus, tmp_path / "index")
        assert idx.search("police", facets=True).facets["author"] == [("Ana Lee", 1)]  # its snapshot
        idx.refresh()
        result = idx.search("police", facets=True)
    assert result.facets["author"] == [("Ana Lee", 1), ("Bo Kim", 1)]
    assert result.facets["year"] == [("2020", 1), ("2021", 1)]


def test_the_facet_table_reads_a_column_whole_only_for_a_large_share_of_the_articles(tmp_path: Path) -> None:
    """A first search of few hits looks up their values (the whole column: a fifth of the cost a value, but of
    every article); one of many, or searches that have looked up as many, read the column whole, once. Both give
    each article's value."""
    from newssearch.doccolumns import column_values
    from newssearch.facettable import FacetTable
    from newssearch.schema import MONTH, SOURCE_FACET

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(16):
        fields = {"source": "RNZ"} if i % 2 else {"date": f"2020-{i % 12 + 1:02d}-03"}
        (corpus / f"{i:02d}.json").write_text(json.dumps({"title": f"Ferry {i}", "body": "The ferry ran.", **fields}))
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        reader = idx._searcher.reader()
        for field in (SOURCE_FACET, MONTH):
            whole = column_values(reader, field)
            table = FacetTable(reader)
            assert list(table.values(field, [3, 4])) == [whole[3], whole[4]] and field not in table._columns
            assert list(table.values(field, range(16))) == whole and field in table._columns
            assert list(table.values(field, [3, 4])) == [whole[3], whole[4]]
            table = FacetTable(reader)  # 16 articles: more than 2 values looked up read the column whole
            assert [list(table.values(field, [5])) for _ in range(3)] == [[whole[5]]] * 3
            assert field in table._columns
    assert "" in whole and "2020-03" in whole  # the months, some articles undated
