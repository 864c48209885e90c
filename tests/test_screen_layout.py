"""The screen's layout: snippets wrapped to a terminal's width, one line in a pipe."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.formatting import INDENT, columns, hit_lines, wrapped_parts
from newssearch.results import Hit
from newssearch.snippets import Snippet

WORDS = "The armed offenders squad was called to the scene after shots were fired at a patrol car early today"


def _hit(fragments: tuple[tuple[tuple[str, bool], ...], ...], trailing: bool = False) -> Hit:
    return Hit(rank=1, id="a.txt", path="a.txt", title="Shots fired", date=date(2020, 6, 19), score=1.0,
               snippet=Snippet(fragments, leading=True, trailing=trailing))


@pytest.mark.parametrize("width", [30, 41, 60, 200])
def test_wrapped_lines_fit_and_keep_every_word_in_order(width: int) -> None:
    parts = [("The ", False), ("armed offenders", True), (WORDS[len("The armed offenders"):], False)]
    lines = wrapped_parts(parts, width)
    texts = ["".join(text for text, _ in line) for line in lines]
    assert all(len(text) <= width for text in texts)
    assert " ".join(texts).split() == WORDS.split()


def test_a_match_broken_across_lines_is_marked_on_both() -> None:
    lines = wrapped_parts([("x" * 25 + " ", False), ("armed offenders", True), (" squad", False)], 32)
    marked = [[text for text, hit in line if hit] for line in lines]
    assert marked == [["armed"], ["offenders"]]


def test_a_narrow_width_or_a_short_text_stays_one_line() -> None:
    parts = [("short ", False), ("match", True)]
    assert wrapped_parts(parts, 80) == [parts]
    assert wrapped_parts([(WORDS, False)], 20) == [[(WORDS, False)]]


def test_hit_lines_wrap_the_snippet_under_the_title_with_its_ellipses() -> None:
    hit = _hit(((("The ", False), ("armed offenders", True), (WORDS[19:], False)),), trailing=True)
    lines = hit_lines(hit, width=50)
    snippet = lines[2:]
    assert len(snippet) > 1 and all(line.startswith(INDENT) and len(line) <= 50 for line in snippet)
    assert " ".join(line.strip() for line in snippet) == f"… {WORDS} …"
    assert hit_lines(hit)[2:] == [f"{INDENT}… {WORDS} …"]  # no width: one line, as in a pipe


def test_a_snippet_of_wide_letters_is_wrapped_by_the_columns_they_take() -> None:
    # 東京 takes four columns, not two: counted as characters, the lines would overrun the width. The snippet had
    # been left whole to the terminal, which broke words at its edge and lost the indent, and so had an English one
    # holding a single Chinese name.
    japanese = "東京 の 会議 で 学生 たち が 新しい 計画 を 発表 しました " * 4
    lines = wrapped_parts([(japanese, False)], 40)
    texts = ["".join(text for text, _ in line) for line in lines]
    assert len(texts) > 1 and all(columns(text) <= 40 for text in texts)
    assert " ".join(texts).split() == japanese.split()
    unspaced = "北京大学的学生在会议上发表了新的计划" * 5  # no spaces: broken between letters
    rows = ["".join(text for text, _ in line) for line in wrapped_parts([(unspaced, False)], 30)]
    assert len(rows) > 1 and all(columns(row) <= 30 for row in rows) and "".join(rows) == unspaced
    english = "Students of 北京大学 presented a new plan for the campus at the meeting on Monday in Beijing"
    rows = ["".join(text for text, _ in line) for line in wrapped_parts([("… ", False), (english, False)], 40)]
    assert len(rows) > 1 and all(columns(row) <= 40 for row in rows)
    assert " ".join(rows).split() == f"… {english}".split()
    assert columns("北京 café") == 9 and columns("e\u0301") == 1


def test_a_long_title_is_wrapped_under_itself_and_its_dateline_kept_whole() -> None:
    # a Reuters headline and "Reuters · 1987-03-02" ran past 80 columns: the terminal broke a word of them
    title = "UNOCAL <UCL> UNIT CUTS CRUDE OIL POSTED PRICES AFTER TALKS WITH PRODUCERS"
    hit = Hit(rank=1, id="r#1", path="r", title=title, date=date(1987, 3, 2), score=1.0, source="Reuters",
              snippet=Snippet(((("Oil fell.", False),),)))
    lines = hit_lines(hit, width=50)
    heading = lines[:lines.index(f"{INDENT}r#1 · score 1.00")]
    assert len(heading) > 1 and all(len(line) <= 50 for line in heading)
    assert heading[0].startswith("  1. UNOCAL") and all(line.startswith(INDENT) for line in heading[1:])
    assert " ".join(heading).split() == f"1. {title} Reuters · 1987-03-02".split()
    assert heading[-1].strip() == "Reuters · 1987-03-02" or heading[-1].endswith("  Reuters · 1987-03-02")
    assert hit_lines(hit)[0] == f"  1. {title}  Reuters · 1987-03-02"  # no width: one line, as in a pipe
    short = Hit(rank=1, id="r#1", path="r", title="Oil falls", date=None, score=1.0, snippet=Snippet(()))
    assert hit_lines(short, width=50)[0] == "  1. Oil falls  undated"


def test_a_long_id_line_is_broken_between_its_parts_never_inside_an_id_or_a_name() -> None:
    # with --group-copies the id line ran past 100 columns ("… · +2 copies: exports/copies.jsonl#c3, …") and the
    # terminal broke an id in two; a co-written article's authors did so on a narrow terminal
    hit = Hit(rank=1, id="exports/copies.jsonl#c1", path="exports/copies.jsonl", title="Ferry timetable",
              date=None, score=45.6882, authors=("Jane Smith", "Ali Khan"), snippet=Snippet(()),
              copies=("exports/copies.jsonl#c3", "exports/copies.jsonl#c2"))
    one_line = ("exports/copies.jsonl#c1 · Jane Smith, Ali Khan · score 45.69 · "
                "+2 copies: exports/copies.jsonl#c3, exports/copies.jsonl#c2")
    assert hit_lines(hit)[1] == INDENT + one_line  # no width: one line, as in a pipe
    rows = hit_lines(hit, width=50)[1:]
    assert len(rows) > 1 and all(row.startswith(INDENT) and len(row) <= 50 for row in rows)
    assert " ".join(row.strip() for row in rows) == one_line
    assert all(any(row.strip().endswith(c) or f"{c}," in row for row in rows) for c in hit.copies)  # ids whole


def test_a_header_is_broken_between_words_on_a_narrow_terminal() -> None:
    # at COLUMNS=40 the header ran past the edge and the terminal broke a word of the query
    from newssearch.wrapping import header_rows

    header = "50 results for 'harbour bridge ferry' (page 1 of 2)"
    rows = header_rows(header, 40)
    assert rows == ["50 results for 'harbour bridge ferry'", "  (page 1 of 2)"]  # further rows two columns in
    assert header_rows(header, None) == header_rows(header, 80) == [header]  # a pipe, or a line that fits


def test_a_header_writes_its_page_count_as_its_total_with_thousands_separated() -> None:
    # "1,303 results for '-bridge' (page 1 of 1303)"
    from newssearch.formatting import result_header, similar_header
    from newssearch.results import SearchResult

    result = SearchResult(query="-bridge", total=1303, page=2, pages=1303, limit=1, hits=[])
    assert result_header(result) == "1,303 results for '-bridge' (page 2 of 1,303)"
    assert similar_header("a.txt", result) == "1,303 articles like 'a.txt' (page 2 of 1,303)"


def test_show_wraps_an_article_to_the_terminal_keeping_its_paragraphs_apart() -> None:
    # show had printed each paragraph as one line, which the terminal broke inside words at its edge
    from newssearch.documents.article import Article
    from newssearch.formatting import article_lines

    article = Article(id="a.txt", path="a.txt", title="Harbour crossing closed by the wind this morning",
                      body="The crossing closed for three hours after gusts of wind.\n\nTraffic backed up for "
                           "kilometres.", date=date(2020, 6, 19), date_source="marker",
                      authors=("Jane Smith", "Ali Khan", "Tama Ngata"), url="https://www.rnz.co.nz/news/harbour")
    assert article_lines(article, width=32) == [
        "Harbour crossing closed by the", "wind this morning",
        "id: a.txt",
        "date: 2020-06-19 (from marker)",
        "authors: Jane Smith, Ali Khan,", "         Tama Ngata",         # between names, under the first
        "url: https://www.rnz.co.nz/news/harbour",                     # an address whole
        "",
        "The crossing closed for three", "hours after gusts of wind.", "", "Traffic backed up for", "kilometres."]
    piped = article_lines(article)  # no width (a pipe, --json aside): each line whole, as before
    assert piped[0] == article.title and piped[3] == "authors: Jane Smith, Ali Khan, Tama Ngata"
    assert piped[-3:] == ["The crossing closed for three hours after gusts of wind.", "",
                          "Traffic backed up for kilometres."]


def test_show_wraps_on_a_terminal_only(features_index, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    args = ["show", "wire.jsonl#harbour", "--index-dir", str(features_index)]
    piped = CliRunner().invoke(cli, args, env={"COLUMNS": "40"})  # not a terminal: COLUMNS does not matter
    assert max(len(line) for line in piped.stdout.splitlines()) > 40  # a pipe: lines whole
    monkeypatch.setattr("newssearch.cli.commands.screen_width", lambda: 40)  # a terminal of 40 columns
    screen = CliRunner().invoke(cli, [*args, "--color", "never"])
    assert screen.exit_code == 0 and max(len(line) for line in screen.stdout.splitlines()) <= 40
    assert screen.stdout.split() == piped.stdout.split()


def _report_and_stats():  # type: ignore[no-untyped-def]
    """An index report and stats with paths holding spaces, as a Mac's folders have."""
    from newssearch.documents.article import Skip
    from newssearch.indexreport import IndexReport
    from newssearch.results import IndexStats

    report = IndexReport("/Users/jo/My Clippings", "/Users/jo/news index", added=21579, updated=1500, deleted=2000,
                         unchanged=30000, skipped=[Skip("Clippings 2005/bad file.txt", "binary file (not text)")],
                         documents=51579, files=1024)
    stats = IndexStats("/Users/jo/news index", "/Users/jo/My Clippings", documents=21579, files=1024,
                       fields=["title", "body", "author", "source", "date", "url", "lang", "id"], size_bytes=2048,
                       updated="", dated=21000, earliest=date(1987, 2, 26), latest=date(1987, 10, 20), sources=1200)
    return report, stats


def test_the_index_report_and_stats_are_broken_between_words_on_a_narrow_terminal() -> None:
    # at COLUMNS=40 both ran past the edge, and the terminal broke words and paths there
    from newssearch.indexlines import report_lines, stats_lines

    report, stats = _report_and_stats()
    for whole, rows in ((report_lines(report), report_lines(report, width=40)),
                        (stats_lines(stats), stats_lines(stats, width=40))):
        assert max(len(line) for line in whole) > 40 and max(len(row) for row in rows) <= 40
        assert " ".join(rows).split() == " ".join(whole).split()
    assert stats_lines(stats, width=40)[-2:] == ["fields:    title, body, author, source,",
                                                 "           date, url, lang, id"]  # under the first value
    assert report_lines(report, width=40)[-3:] == ["  1 skipped", "    Clippings 2005/bad file.txt: binary",
                                                   "      file (not text)"]  # a path whole, further rows in
    assert stats_lines(stats, width=None) == stats_lines(stats)  # a pipe: each line whole


def test_stats_wraps_on_a_terminal_only(features_index, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    args = ["stats", "--index-dir", str(features_index)]
    piped = CliRunner().invoke(cli, args, env={"COLUMNS": "40"})  # not a terminal: COLUMNS does not matter
    assert max(len(line) for line in piped.stdout.splitlines()) > 40
    monkeypatch.setattr("newssearch.cli.commands.screen_width", lambda: 40)  # a terminal of 40 columns
    screen = CliRunner().invoke(cli, args)
    longer = [line.split() for line in screen.stdout.splitlines() if len(line) > 40]
    assert screen.exit_code == 0 and len(screen.stdout.splitlines()) > len(piped.stdout.splitlines())
    assert all(len(words) == 2 and words[0] in ("index:", "corpus:") for words in longer)  # a long path whole
    assert screen.stdout.split() == piped.stdout.split()


@pytest.mark.parametrize("width", [30, 32, 34])
def test_a_terminal_the_header_is_wrapped_to_wraps_the_title_and_snippet_too(width: int) -> None:
    # from 30 to 34 columns the header was wrapped (MIN_WRAP is 30) but the title and the snippet, whose widths
    # are the terminal's less their indent, were left whole to the terminal, which broke words and lost the indent
    hit = Hit(rank=1, id="a.txt", path="a.txt", title="Police have confirmed an officer died in West Auckland",
              date=date(2020, 6, 19), score=1.0, snippet=Snippet(((("The ", False), ("armed offenders", True),
                                                                   (WORDS[19:], False)),)))
    lines = hit_lines(hit, width=width)
    assert len(lines) > 4 and all(columns(line) <= width for line in lines)
    assert " ".join(lines).split() == f"1. {hit.title} 2020-06-19 a.txt · score 1.00 {WORDS}".split()


def test_a_source_and_date_on_a_line_of_their_own_are_broken_between_words_when_wider_than_the_terminal() -> None:
    # a publisher's long name and its date, set under the title, had been one row past the edge: "     Example
    # Times · 2021-03-07" took 31 columns at COLUMNS=30, and the terminal broke the name and lost the indent
    hit = Hit(rank=1, id="a.txt", path="a.txt", title="Police", date=date(2021, 3, 7), score=1.0,
              source="The Sydney Morning Herald Weekend Edition", snippet=Snippet(((("Police.", False),),)))
    lines = hit_lines(hit, width=40)
    assert lines[:3] == ["  1. Police", "     The Sydney Morning Herald Weekend", "     Edition · 2021-03-07"]
    short = Hit(rank=1, id="a.txt", path="a.txt", title="Police extraordinarily long headline", date=date(2021, 3, 7),
                score=1.0, source="Example Times", snippet=Snippet(()))
    assert hit_lines(short, width=30)[:3] == ["  1. Police extraordinarily", "     long headline", "     Example Times ·"]
    assert hit_lines(hit)[0] == "  1. Police  The Sydney Morning Herald Weekend Edition · 2021-03-07"  # a pipe


def test_a_run_of_wide_letters_wider_than_the_terminal_is_broken_between_letters_in_a_header_and_a_title() -> None:
    # a Japanese query echoed in the header, a note, or show's title, unspaced, had been one row of 41 columns at
    # COLUMNS=40 (80 at 30): rows are broken between words, and a Chinese or Japanese run has none
    from newssearch.documents.article import Article
    from newssearch.formatting import article_lines, line_rows

    header = "No articles match '東京で大規模な地震が発生交通機関に影響'."
    assert line_rows(header, 40) == ["No articles match", "'東京で大規模な地震が発生交通機関に影", "響'."]
    assert line_rows("1 result for '東京' (page 1 of 1)", 30) == ["1 result for '東京' (page 1 of", "1)"]
    title = "東京で大規模な地震が発生、交通機関に影響"  # 40 columns
    article = Article(id="a.txt", path="a.txt", title=title, body="本文。")
    assert article_lines(article, width=30)[:2] == ["東京で大規模な地震が発生、交通", "機関に影響"]
    assert article_lines(article, width=40)[0] == title


def test_a_hit_ranked_1000_or_more_has_its_id_line_and_snippet_under_its_title() -> None:
    # "1000. " is six columns: the title stood one column right of the id line and the snippet (five in)
    hit = Hit(rank=1000, id="a.txt", path="a.txt", title="Royal couple watch nation's mood", date=None, score=1.0,
              snippet=Snippet(((("The couple watched.", False),),)))
    assert hit_lines(hit) == ["1000. Royal couple watch nation's mood  undated", "      a.txt · score 1.00",
                              "      The couple watched."]
    hit = Hit(rank=999, id="a.txt", path="a.txt", title="Royal", date=None, score=1.0, snippet=Snippet(()))
    assert hit_lines(hit) == ["999. Royal  undated", f"{INDENT}a.txt · score 1.00"]


def test_a_thai_or_hindi_vowel_mark_takes_no_column() -> None:
    # marks written over or under a letter (Thai's ี, Hindi's े) are no column of their own, though not "combining"
    # in Unicode's canonical classes: counted one each, a Thai or Hindi line had been wrapped short of the edge
    assert (columns("ที่"), columns("नमस्ते"), columns("e\u0301")) == (1, 4, 1)
    assert columns("\u2764\ufe0f") == 2  # a variation selector making a heart an emoji still counts: terminals draw it wide


def test_stats_at_30_columns_breaks_a_time_at_its_t_and_runs_over_with_a_path_only() -> None:
    # at COLUMNS=30 "updated:   2026-12-07T19:35:59+00:00" ran 36 columns, one word the terminal broke at its edge
    from newssearch.indexlines import stats_lines
    from newssearch.results import IndexStats

    stats = IndexStats("/ix", "/news", documents=2, files=2, fields=["title"], size_bytes=2048,
                       updated="2026-12-07T19:35:59+00:00", dated=2, earliest=date(2020, 6, 19),
                       latest=date(2020, 10, 26), sources=0, removals=(3, "2026-12-01T07:22:13+00:00"))
    rows = stats_lines(stats, width=30)
    assert [row for row in rows if row.startswith(("updated", "removed")) or row.startswith(" " * 11)] == [
        "           2020-06-19 to", "           2020-10-26)",
        "removed:   3 articles since", "           2026-12-01", "           T07:22:13+00:00",
        "           (the index folder's", "           removals.jsonl", "           lists them)",
        "updated:   2026-12-07", "           T19:35:59+00:00"]
    assert all(columns(row) <= 30 for row in rows)
    assert stats_lines(stats)[-2] == "updated:   2026-12-07T19:35:59+00:00"  # a pipe: whole


def test_on_a_terminal_a_long_source_or_author_is_broken_between_words_and_only_an_id_runs_over() -> None:
    # at COLUMNS=30 "     The Extraordinarily Long Daily Newspaper of Record" (kept whole on a terminal, for its
    # bidi isolates, which a left-to-right name has none of) and "     Alexandra Montgomery-Fitzgerald Wellington ·"
    # ran past the edge; an id a user copies to `show` may run over, nothing else
    hit = Hit(rank=1, id="a-very-long-folder-name/a-long-file-name.jsonl#1", path="a.jsonl", title="Harbour",
              date=date(2024, 3, 5), score=0.55, source="The Extraordinarily Long Daily Newspaper of Record",
              authors=("Alexandra Montgomery-Fitzgerald Wellington", "Bo Li"), snippet=Snippet(()))
    assert hit_lines(hit, width=30, isolate=True) == [
        "  1. Harbour", "     The Extraordinarily Long", "     Daily Newspaper of", "     Record · 2024-03-05",
        "     a-very-long-folder-name/a-long-file-name.jsonl#1 ·", "     Alexandra", "     Montgomery-Fitzgerald",
        "     Wellington, Bo Li ·", "     score 0.55"]
    assert hit_lines(hit, isolate=True)[1] == ("     a-very-long-folder-name/a-long-file-name.jsonl#1 · Alexandra "
                                               "Montgomery-Fitzgerald Wellington, Bo Li · score 0.55")  # a pipe


def test_show_at_30_columns_breaks_a_name_wider_than_a_row_between_its_words_never_an_id() -> None:
    # "authors: Alexandra Montgomery-Fitzgerald Wellington" ran 51 columns at COLUMNS=30; a name that fits stays whole
    from newssearch.documents.article import Article
    from newssearch.formatting import article_lines

    article = Article(id="a-very-long-folder-name/a-long-file-name.txt", path="a.txt", title="Harbour", body="Shut.",
                      authors=("Alexandra Montgomery-Fitzgerald Wellington", "Bo Li"),
                      sections=("National and International News",))
    assert article_lines(article, width=30)[1:6] == [
        "id: a-very-long-folder-name/a-long-file-name.txt",  # an id whole, run over
        "date: unknown",
        "authors: Alexandra", "         Montgomery-Fitzgerald", "         Wellington, Bo Li"]
    assert article_lines(article, width=30)[6:8] == ["sections: National and", "          International News"]
