"""CSV and TSV tables of articles: the header names the columns, each row is one article."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import csvfile, parse_bytes, read_file
from newssearch.documents.fields import RecordError
from newssearch.documents.tablelines import TableLines
from newssearch.errors import UnreadableFile

ALL_THE_NEWS = (
    ",id,title,publication,author,date,year,month,url,content\n"
    '0,17283,House Republicans Fret About Winning Their Health Care Suit,New York Times,Carl Hulse,2016-12-31,'
    '2016.0,12.0,https://www.nytimes.com/2016/12/31/us/politics/house-republicans-health-care-suit.html,'
    '"WASHINGTON — Congressional Republicans have a new fear.\n\nA second paragraph, with a comma."\n'
)


def read(text: str, rel: str = "news.csv"):
    """What the reader table makes of ``text`` saved as ``rel``."""
    return parse_bytes(text.encode(), rel, "." + rel.rsplit(".", 1)[-1])


def test_a_kaggle_export_row_is_an_article_with_its_metadata() -> None:
    (article,) = read(ALL_THE_NEWS).articles
    assert article.id == "news.csv#17283"
    assert article.title == "House Republicans Fret About Winning Their Health Care Suit"
    assert article.body == "WASHINGTON — Congressional Republicans have a new fear.\n\nA second paragraph, with a comma."
    assert (article.date, article.date_source) == (date(2016, 12, 31), "csv:date")
    assert article.authors == ("Carl Hulse",)
    assert article.source == "The New York Times"  # "publication": New York Times, by its one name
    assert article.url.startswith("https://www.nytimes.com/2016/12/31/")


@pytest.mark.parametrize(("rel", "separator", "kind"), [("news.csv", ",", "csv"), ("news.tsv", "\t", "tsv")])
def test_a_row_names_its_columns_as_the_sources_of_its_title_and_date(rel: str, separator: str, kind: str) -> None:
    """``show`` prints where the date came from: a table's column, not a JSON key (it had said ``json:Date``)."""
    text = separator.join(("Headline", "Date", "Text")) + "\n" + separator.join(("Oil up", "2016-12-31", "Oil rose.")) + "\n"
    (article,) = read(text, rel).articles
    assert (article.title_source, article.date_source) == (f"{kind}:Headline", f"{kind}:Date")


def test_rows_without_an_id_are_numbered_from_the_first_under_the_header() -> None:
    result = read("category,text\nsport,Cup final tonight.\n\nbusiness,Shares fell.\n")
    assert [(a.id, a.body) for a in result.articles] == [("news.csv#1", "Cup final tonight."), ("news.csv#2", "Shares fell.")]


@pytest.mark.parametrize(("text", "rel"), [
    ("title;text;date\nA;Body one.;2020-01-02\n", "news.csv"),
    ("title\ttext\tdate\nA\tBody one.\t2020-01-02\n", "news.tsv"),
    ("title|text|date\nA|Body one.|2020-01-02\n", "news.csv"),
    ("\ufefftitle,text,date\r\nA,Body one.,2020-01-02\r\n", "news.csv"),
])
def test_separators_a_byte_order_mark_and_windows_line_ends(text: str, rel: str) -> None:
    (article,) = read(text, rel).articles
    assert (article.title, article.body, article.date) == ("A", "Body one.", date(2020, 1, 2))


def test_an_ambiguous_date_of_a_row_from_a_day_first_country_reads_the_day_first() -> None:
    result = read("title,text,date,url\nA,Body.,06/03/2021,https://www.stuff.co.nz/1\nB,Body.,06/03/2021,https://x.com/2\n")
    assert [a.date for a in result.articles] == [date(2021, 3, 6), date(2021, 6, 3)]


@pytest.mark.parametrize(("url", "locale", "expected"), [
    # a UK export's only slashed date, with no other date to show the order: its address's country, day first
    ("https://www.bbc.co.uk/news/rates", "", date(2024, 2, 10)),
    ("https://www.abc.net.au/news/rates", "", date(2024, 2, 10)),
    ("https://www.nytimes.com/rates", "", date(2024, 10, 2)),        # a .com: month first, as before
    # the row's locale over its address's country
    ("https://www.example.com/rates", "en-GB", date(2024, 2, 10)),
    ("https://www.example.com/rates", "en_AU", date(2024, 2, 10)),
    ("https://www.example.com/rates", "en_GB.UTF-8", date(2024, 2, 10)),   # a POSIX locale
    ("https://www.bbc.co.uk/news/rates", "en-US", date(2024, 10, 2)),
])
def test_a_rows_only_slashed_date_reads_in_its_locales_else_its_domains_order(url: str, locale: str,
                                                                               expected: date) -> None:
    (article,) = read(f"title,content,date,url,locale\nRates rise,The bank raised rates.,10/02/2024,{url},{locale}\n"
                      ).articles
    assert article.date == expected


def test_a_rows_slashed_date_is_read_in_the_order_its_texts_language_writes() -> None:
    """A German row naming no language: 5 March, as a German text's 05/03/2024 is (it had been 3 May); an English
    row's stays month first."""
    german = ('"Der Stadtrat hat am Dienstag die neuen Pläne für den Hafen beschlossen, und die Arbeiten sollen noch in '
              'diesem Jahr beginnen. Die Kosten sind nicht mit dem Bund abgestimmt, sagte der Bürgermeister."')
    english = ("The council voted on Tuesday to approve the new plans for the harbour and the work is to begin this "
               "year. The costs have not been agreed with the government the mayor said.")
    result = read(f"title,text,date\nA,{german},05/03/2024\nB,{english},05/03/2024\n")
    assert [a.date for a in result.articles] == [date(2024, 3, 5), date(2024, 5, 3)]


def test_a_files_own_order_outweighs_a_rows_locale_and_domain() -> None:
    result = read("title,content,date,url,locale\nA,Body.,02/25/2024,https://x.com/1,\n"
                  "B,Body.,10/02/2024,https://www.bbc.co.uk/2,en-GB\n")
    assert [a.date for a in result.articles] == [date(2024, 2, 25), date(2024, 10, 2)]


def test_a_date_column_written_day_first_is_read_so_in_every_row() -> None:
    result = read("title,text,date\nA,Body one.,25/04/2020\nB,Body two.,03/04/2020\n")
    assert [a.date for a in result.articles] == [date(2020, 4, 25), date(2020, 4, 3)]


@pytest.mark.parametrize(("table", "expected"), [
    # a sheet a European Excel saved (";" is the list separator where "," is the decimal mark, and every such
    # locale writes the day first): English rows, no date past the 12th to show the order, 3 April
    ("\ufeffHeadline;Date;Text\r\nPort strike;03/04/2024;Dock workers walked off the job.\r\n", date(2024, 4, 3)),
    ("Headline;Date;Text\nPort strike;03/04/2024;Dock workers walked off the job.\n", date(2024, 4, 3)),
    # its own dates say month first: they win
    ("Headline;Date;Text\nA;03/04/2024;Dock workers.\nB;04/25/2024;Dock workers.\n", date(2024, 3, 4)),
    # commas tell no locale: month first, as before
    ("Headline,Date,Text\nPort strike,03/04/2024,Dock workers walked off the job.\n", date(2024, 3, 4)),
])
def test_a_semicolon_separated_sheets_ambiguous_dates_read_the_day_first(table: str, expected: date) -> None:
    assert read(table).articles[0].date == expected


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])
def test_a_line_separator_inside_an_unquoted_cell_does_not_end_its_row(separator: str) -> None:
    # str.splitlines ends a line at each of these; a CSV row ends only at \n, \r\n or \r
    result = read(f"title,text,date,author\nA,Page one.{separator}Page two.,2022-03-01,Ann Lee\n"
                  "B,Body two.,2022-03-02,Bob Kay\r\nC,Body three.,2022-03-03,Cy Dee\rD,Body four.,2022-03-04,Di Eve\n")
    assert [(a.id, a.date, a.authors) for a in result.articles] == [
        ("news.csv#1", date(2022, 3, 1), ("Ann Lee",)), ("news.csv#2", date(2022, 3, 2), ("Bob Kay",)),
        ("news.csv#3", date(2022, 3, 3), ("Cy Dee",)), ("news.csv#4", date(2022, 3, 4), ("Di Eve",)),
    ]
    # inside the text, a vertical tab (FileMaker's line break in a cell), a page break and Unicode's line and paragraph
    # separators are its line breaks (linebreaks.plain_lines)
    written = {"\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n\n"}.get(separator, separator)
    assert result.articles[0].body == f"Page one.{written}Page two."
    assert result.skipped == []


def test_a_row_that_cannot_be_read_is_skipped_with_its_number_and_the_others_kept() -> None:
    result = read("title,text\nA,Body one.\nB,Body two.,stray,cells\nC,\n")
    assert [a.title for a in result.articles] == ["A"]
    assert [s.reason for s in result.skipped] == [
        "row 2: 4 cells where the header names 2 columns",
        "row 3: no body text",
    ]


def test_an_article_longer_than_csvs_default_field_limit_is_read_whole() -> None:
    body = "word " * 60_000
    (article,) = read(f'title,text\nLong,"{body}"\n').articles
    assert len(article.body) == len(body.strip())


@pytest.mark.parametrize(("text", "reason"), [
    ("name,population\nAuckland,1700000\n", "no column of article text (such as text, content or body): the header has name, population"),
    ("id,title,date,source,authors,url,score,snippet\na.txt,A,,,,,1.0,some words\n", "a newssearch result list (--csv), not articles"),
])
def test_a_table_that_is_not_articles_says_why(text: str, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read(text)


def test_a_gzipped_tsv_is_read(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "wire.tsv.gz"
    path.write_bytes(gzip.compress(b"headline\tbody\nRates rise\tThe bank raised rates.\n"))
    (article,) = read_file(path, "wire.tsv.gz").articles
    assert (article.title, article.body) == ("Rates rise", "The bank raised rates.")


def test_a_csv_corpus_is_indexed_and_searched(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.csv").write_text(ALL_THE_NEWS, encoding="utf-8")
    (corpus / "places.csv").write_text("name,population\nAuckland,1700000\n", encoding="utf-8")
    runner = CliRunner()
    index = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--verbose"])
    assert index.exit_code == 0, index.output
    assert "places.csv: no column of article text" in index.output
    found = runner.invoke(cli, ["query", "republicans", "--index-dir", str(tmp_path / "ix"), "--jsonl"])
    assert [json.loads(line)["id"] for line in found.stdout.splitlines()] == ["news.csv#17283"]


def test_all_the_news_2_keeps_its_text_under_article() -> None:
    text = (",date,year,month,day,author,title,article,url,section,publication\n"
            "0,2016-12-09 18:31:00,2016,12.0,9,Lee Drutman,Democracy at risk,The post is about democracy.,"
            "https://www.vox.com/2016/12/9/democracy,,Vox\n")
    (article,) = read(text).articles
    assert (article.id, article.title, article.body) == (  # keyed by its address (recordkeys)
        "news.csv#https://www.vox.com/2016/12/9/democracy", "Democracy at risk", "The post is about democracy.")
    assert (article.date, article.authors, article.source) == (date(2016, 12, 9), ("Lee Drutman",), "Vox")


def test_a_quote_never_closed_costs_its_row_only() -> None:
    """Python's lenient csv read the rest of the file as one cell: rows 3 and 4 had vanished unreported."""
    result = read('title,text\nRow one,body one\n"Unclosed title,body two\nRow three,body three\n'
                  'Row four,"body\nfour"\nRow five,body five\n')
    assert [(a.id, a.body) for a in result.articles] == [
        ("news.csv#1", "body one"), ("news.csv#3", "body three"), ("news.csv#4", "body\nfour"), ("news.csv#5", "body five")]
    (skip,) = result.skipped
    assert skip.reason.startswith("row 2 (line 3): a quote not closed where a cell ends")
    at_the_end = read('title,text\nRow one,body one\n"Unclosed title,body two\n')
    assert [a.body for a in at_the_end.articles] == ["body one"] and len(at_the_end.skipped) == 1


def test_a_cell_runs_over_at_most_most_row_lines_lines() -> None:
    """A row of more lines is a broken row, as one whose quote is never closed: its reader had held the rest of the
    table as its cell (read a row at a time too), and the rows after it are read."""
    def table(lines: int) -> str:
        return 'title,text\nLong,"' + "Line.\n" * (lines - 1) + 'Last."\nAfter,body after\n'

    assert [a.title for a in read(table(csvfile.MOST_ROW_LINES)).articles] == ["Long", "After"]
    result = read(table(csvfile.MOST_ROW_LINES + 1))
    assert [a.title for a in result.articles] == ["After"]
    assert [s.reason for s in result.skipped] == [
        f"row 1 (lines 2-{csvfile.MOST_ROW_LINES + 2}): a quote not closed where a cell ends "
        "(a quoted cell runs past 5,000 lines)"]


def test_a_cells_lost_closing_quote_costs_its_row_whose_lines_are_no_rows_and_no_later_id_changes() -> None:
    # Restarting on the line after the broken row's first, its cell's other lines had been read as rows: "Second
    # paragraph" an article, and every later row numbered one or two places on, its id another row's.
    result = read('title,text,date\nRow one,body one,2024-01-01\n'
                  'Row two,"First paragraph of two, with a comma.\nSecond paragraph, also with a comma.\n'
                  'Third, last, paragraph.,2024-01-02\nRow three,"body three",2024-01-03\nRow four,body four,2024-01-04\n')
    assert [(a.id, a.title) for a in result.articles] == [
        ("news.csv#1", "Row one"), ("news.csv#3", "Row three"), ("news.csv#4", "Row four")]
    assert [s.reason for s in result.skipped] == [
        "row 2 (lines 3-5): a quote not closed where a cell ends (',' expected after '\"')"]
    two = read('title,text\n"A,b\n"C,d\nE,f\n')  # two broken rows running: each its number, as before
    assert ([a.id for a in two.articles], [s.reason[:14] for s in two.skipped]) == (
        ["news.csv#3"], ["row 1 (line 2)", "row 2 (line 3)"])


def test_a_cells_lost_opening_quote_is_put_back_with_a_note_and_no_later_row_changes() -> None:
    # Its paragraphs had each been read as a row: "Para 2, with a comma." an article titled "Para 2", the row itself
    # cut to its first paragraph, and every later row's id one or two places on (a 1,000-row export: 997 changed).
    result = read('title,text,url\nRow one,body one,https://a.example/1\n'
                  'Row two,Para 1, with a comma, or two.\n\nPara 2, with a comma. He said ""no"".",https://a.example/2\n'
                  'Row three,"body three",https://a.example/3\n')
    assert [(a.id, a.title, a.body) for a in result.articles] == [
        ("news.csv#https://a.example/1", "Row one", "body one"),  # keyed by their addresses (recordkeys)
        ("news.csv#https://a.example/2", "Row two", 'Para 1, with a comma, or two.\n\nPara 2, with a comma. He said "no".'),
        ("news.csv#https://a.example/3", "Row three", "body three")]
    (note,) = result.skipped
    assert note.reason == ('row 2 (lines 3-5): no opening quote before its cell "Para 1, with a comma, or two."; '
                           'with one put there, the row was read')
    one_line = read('title,text\nA,b\nRow two, cut",body two\n').articles  # the title's own quote lost
    assert [(a.id, a.title) for a in one_line] == [("news.csv#1", "A"), ("news.csv#2", "Row two, cut")]


def test_a_quote_doubled_in_a_cell_no_quote_opened_is_told_when_no_mend_explains_it() -> None:
    # The cell's first line had the header's cells by chance ("Row two", "Para 1", " with a comma."): no mend finds
    # where its quote was lost, and its rows had been read in silence.
    result = read('title,text,url\nRow one,body one,x\nRow two,Para 1, with a comma.\n'
                  'Para 2, with a comma. He said ""no"".",https://a.example/2\nRow three,"body, three",y\n')
    assert [a.title for a in result.articles] == ["Row one", "Row two", "Para 2", "Row three"]
    assert [s.reason for s in result.skipped] == [
        "row 3 (line 4): a quote doubled in a cell that no quote opened; a cell's opening quote may be lost on a line "
        "before, and the rows from there misread; the row was read as written"]
    unquoted = 'title,text\nTV,"A 5"" screen"\nTV,A 5" screen\nTV,He said "no"\n'  # quotes as a hand leaves them
    assert read(unquoted).skipped == [] and read(unquoted.replace(",", "\t"), "news.tsv").skipped == []


def test_a_quote_closing_a_cell_opened_on_a_row_of_the_headers_cells_by_chance_is_told() -> None:
    # "Row two,Para 1, with a comma." has the header's three cells by chance: no mend is tried there, and its last
    # line (two cells, its quote closing a cell no quote opened) had been read as an article in silence.
    text = ('title,text,url\nRow one,body one,x\nRow two,Para 1, with a comma.\nPara 2 goes on.\n'
            'Para 3 ends.",https://a.example/2\nRow three,"body, three",y\n')
    result = read(text)
    assert [a.title for a in result.articles] == ["Row one", "Row two", 'Para 3 ends."', "Row three"]
    assert [s.reason for s in result.skipped] == [
        "row 3: no body text",  # "Para 2 goes on.", a title alone
        'row 4 (line 5): a quote closes a cell no quote opened; with one put before "Para 1, with a comma." on line 3, '
        "lines 3-5 are one row of the header's cells: its opening quote lost, the rows read from those lines are "
        "misread; read as written"]
    short_rows = 'title\ttext\turl\nOil up\tbody\tx\nGas down\tHe said "no"\n'  # unquoted text, its last cell left out
    assert read(short_rows, "news.tsv").skipped == []


def test_a_row_of_too_few_cells_that_no_quote_mends_is_read_as_before() -> None:
    result = read('title,text,url\nRow one,body one\nRow two,"body, two",https://a.example/2\n')
    assert [(a.id, a.body, a.url) for a in result.articles] == [
        ("news.csv#1", "body one", None), ("news.csv#2", "body, two", "https://a.example/2")]
    assert result.skipped == []


def test_a_table_whose_every_other_row_is_broken_is_read_in_time_linear_in_its_length() -> None:
    # Each broken row restarted the reader on a copy of all the lines after it: 60,000 rows took 6 s, growing as
    # their square; now under a second.
    lines = ["title,text\n"] + [f'"Row {n},body\n' if n % 2 else f"Row {n},body\n" for n in range(60_000)]
    started = time.process_time()
    entries = list(csvfile._entries(TableLines(lines), 1, ",", ["title", "text"]))
    assert time.process_time() - started < 3
    assert len(entries) == 60_000 and sum(isinstance(value, RecordError) for _, _, value in entries) == 30_000


def test_a_table_of_one_column_keeps_the_commas_of_its_text() -> None:
    result = read("text\nHello, world, this is a story\nAnother story\n")
    assert [a.body for a in result.articles] == ["Hello, world, this is a story", "Another story"]


def test_a_column_named_twice_is_read_from_the_first() -> None:
    (article,) = read("title,text,text\nA,First body.,Second body.\n").articles
    assert article.body == "First body."


def test_a_media_monitoring_export_has_its_opening_text_as_the_body() -> None:
    (article,) = read("Headline,Opening Text,Source,Date\nCouncil votes,The council voted today.,RNZ,12-Mar-2024\n").articles
    assert (article.title, article.body, article.source, article.date) == (
        "Council votes", "The council voted today.", "RNZ", date(2024, 3, 12))


def test_a_media_cloud_story_list_is_read_as_headlines() -> None:
    """Media Cloud's story list has no text: each story is its headline, as a JSON headlines export's is (the
    file had been refused as having no column of article text)."""
    text = ("id,indexed_date,language,media_name,media_url,publish_date,title,url\n"
            "4f6b1a2c9e,2024-03-06 01:02:03.123456,en,nzherald.co.nz,nzherald.co.nz,2024-03-05 09:00:00,"
            "Cyclone warning for Northland,https://www.nzherald.co.nz/nz/cyclone-warning/ABC123/\n")
    (article,) = read(text).articles
    assert (article.id, article.title, article.body) == ("news.csv#4f6b1a2c9e", "Cyclone warning for Northland",
                                                         "Cyclone warning for Northland")
    assert (article.date, article.date_source, article.source, article.lang) == (
        date(2024, 3, 5), "csv:publish_date", "NZ Herald", "en")
    assert article.url == "https://www.nzherald.co.nz/nz/cyclone-warning/ABC123/"


def test_a_table_of_titles_and_dates_is_read_as_headlines() -> None:
    """A headlines dataset is the common case of a table of titles and dates in a news folder (it had been refused as
    having no column of article text, where a table of titles and addresses was read): each row is its headline, as
    a record of a headline and its address is."""
    result = read("title,date\nA list of names,2024-03-05\nNo date here,\n")
    assert [(a.title, a.body, a.date) for a in result.articles] == [
        ("A list of names", "A list of names", date(2024, 3, 5))]
    assert [s.reason for s in result.skipped] == ["row 2: no body text"]  # a headline alone: not known to be a story


@pytest.mark.parametrize(("text", "rows"), [
    # ABC's "A Million News Headlines" (Kaggle): its dates yyyymmdd
    ("publish_date,headline_text\n20030219,aba decides against community broadcasting licence\n"
     "20030220,act fire witnesses must be aware of defamation\n",
     [("aba decides against community broadcasting licence", date(2003, 2, 19), None),
      ("act fire witnesses must be aware of defamation", date(2003, 2, 20), None)]),
    # "India News Headlines" (Kaggle)
    ("publish_date,headline_category,headline_text\n20010102,unknown,Status quo will not be disturbed at Ayodhya\n",
     [("Status quo will not be disturbed at Ayodhya", date(2001, 1, 2), None)]),
    # Reddit's WorldNews headlines (Kaggle): date_created its day
    ("time_created,date_created,up_votes,down_votes,title,over_18,author,subreddit\n"
     "1201232046,2008-01-25,3,0,Scores killed in Pakistan clashes,False,polar,worldnews\n",
     [("Scores killed in Pakistan clashes", date(2008, 1, 25), None)]),
    # a headline and its publisher, no date
    ("headline,publisher\nFerry sails at dawn,RNZ\n", [("Ferry sails at dawn", None, "RNZ")]),
])
def test_a_headlines_dataset_is_read_one_headline_a_row(text: str, rows: list) -> None:
    result = read(text)
    assert [(a.title, a.date, a.source) for a in result.articles] == rows
    assert [a.body for a in result.articles] == [title for title, _date, _source in rows]
    assert result.skipped == []


@pytest.mark.parametrize(("text", "authors"), [
    # Reddit's WorldNews headlines: its author is who submitted the link, not who wrote the story (had been "polar")
    ("time_created,date_created,up_votes,down_votes,title,over_18,author,subreddit\n"
     "1201232046,2008-01-25,3,0,Scores killed in Pakistan clashes,False,polar,worldnews\n", ()),
    # Hacker News' stories: its points and comments counted, its author the submitter
    ("title,url,num_points,num_comments,author,created_at\n"
     "Ferry sails at dawn,https://news.example/ferry,12,3,pg,2020-05-01\n", ()),
    # a forum's own posts, their text: the submitter wrote it
    ("title,text,author,subreddit,score\nAsk: ferry times?,When does the ferry sail on Sundays?,Jo Lee,nz,4\n",
     ("Jo Lee",)),
    # a headlines table of no forum's columns keeps its author
    ("title,date,author\nFerry sails at dawn,2020-05-01,Jo Lee\n", ("Jo Lee",)),
])
def test_a_forums_table_of_links_names_no_author_its_author_column_the_submitter(text: str, authors: tuple) -> None:
    assert [a.authors for a in read(text).articles] == [authors]


ABC_HEADLINES = ("publish_date,headline_text\n20030219,aba decides against community broadcasting licence\n"
                 "20030220,council rejects broadcasting tower plan\n20030301,farmers rally over drought funding\n")


def test_a_headlines_dataset_is_searched_shown_and_compared_from_the_cli(tmp_path: Path) -> None:
    """Each headline its article, end to end: found with its snippet marked, shown whole, like the other of its word,
    counted by month."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "abcnews-date-text.csv").write_text(ABC_HEADLINES, encoding="utf-8")
    runner, ix = CliRunner(), ["--index-dir", str(tmp_path / "ix")]
    assert runner.invoke(cli, ["index", str(tmp_path / "corpus"), *ix]).exit_code == 0
    found = runner.invoke(cli, ["query", "broadcasting", "--jsonl", *ix])
    assert [(hit["id"], hit["date"], hit["snippet_html"]) for hit in map(json.loads, found.stdout.splitlines())] == [
        ("abcnews-date-text.csv#1", "2003-02-19", "aba decides against community <mark>broadcasting</mark> licence"),
        ("abcnews-date-text.csv#2", "2003-02-20", "council rejects <mark>broadcasting</mark> tower plan")]
    shown = runner.invoke(cli, ["show", "abcnews-date-text.csv#1", *ix])
    assert (shown.exit_code, shown.stdout) == (0, "aba decides against community broadcasting licence\n"
                                                  "id: abcnews-date-text.csv#1\ndate: 2003-02-19 (from csv:publish_date)\n\n"
                                                  "aba decides against community broadcasting licence\n")
    like = runner.invoke(cli, ["similar", "abcnews-date-text.csv#1", "--jsonl", *ix])
    assert [json.loads(line)["id"] for line in like.stdout.splitlines()] == ["abcnews-date-text.csv#2"]
    counted = runner.invoke(cli, ["timeline", "broadcasting", *ix])
    assert "2003-02  2  " in counted.stdout


@pytest.mark.parametrize("text", [
    "title\nA list of names\nAnother name\n",            # titles alone: not known to be stories
    "title,author\nA list of names,Jo Lee\n",             # nor titles and their authors
    "name,date\nAnn Lee,2024-03-05\n",                    # no title column: a list of names, no news
    "name,date,source\nAnn Lee,2024-03-05,RNZ\n",
])
def test_a_table_of_titles_alone_or_of_no_titles_still_says_it_has_no_text(text: str) -> None:
    with pytest.raises(UnreadableFile, match="no column of article text"):
        read(text)


MIND_NEWS = (
    "N55528\tlifestyle\tlifestyleroyals\tThe Brands Queen Elizabeth Swears By\tShop the notebooks the royals "
    "can't live without.\thttps://assets.msn.com/labs/mind/AAGH0ET.html\t[{\"Label\": \"Prince Philip\"}]\t[]\n"
    "N19639\thealth\tweightloss\t50 Worst Habits For Belly Fat\t\thttps://assets.msn.com/labs/mind/AAB19MK.html\t[]\t[]\n"
)


def test_mind_news_tsv_has_no_header_and_is_read_by_its_published_columns() -> None:
    """MIND (Microsoft News Dataset) news.tsv: id, category, subcategory, title, abstract, url, title entities,
    abstract entities, and no header (the file had been refused, its first story taken for a header)."""
    result = read(MIND_NEWS, "news.tsv")
    assert [(a.id, a.title, a.body) for a in result.articles] == [
        ("news.tsv#N55528", "The Brands Queen Elizabeth Swears By", "Shop the notebooks the royals can't live without."),
        ("news.tsv#N19639", "50 Worst Habits For Belly Fat", "50 Worst Habits For Belly Fat")]
    assert result.articles[0].url == "https://assets.msn.com/labs/mind/AAGH0ET.html"
    assert "Prince Philip" not in result.articles[0].body  # the entities are metadata, not text


def test_ag_news_csv_has_no_header_and_its_backslashes_are_line_breaks() -> None:
    """AG News train.csv: class index, title, description, each quoted, no header; a backslash stands for a line
    break and "#39;" for an apostrophe, as the dataset wrote them."""
    text = ('"3","Wall St. Bears Claw Back Into the Black (Reuters)","Reuters - Short-sellers, Wall Street\'s dwindling'
            '\\band of ultra-cynics, are seeing green again."\n'
            '"2","Phelps wins again (AP)","AP - Michael Phelps #39;s fifth gold earns him #36;1 million.\\"\n')
    result = read(text, "train.csv")
    assert [(a.id, a.title, a.body) for a in result.articles] == [
        ("train.csv#1", "Wall St. Bears Claw Back Into the Black (Reuters)",
         "Reuters - Short-sellers, Wall Street's dwindling band of ultra-cynics, are seeing green again."),
        ("train.csv#2", "Phelps wins again (AP)", "AP - Michael Phelps's fifth gold earns him $1 million.")]


@pytest.mark.parametrize(("text", "rel"), [
    ("\t".join(["1153424217", "20240305", *["x"] * 58, "https://www.stuff.co.nz/nz-news/350200000/minister"]) + "\n",
     "20240305101500.export.CSV"),
    ("\t".join(["20240305101500-0", "20240305101500", "1", "stuff.co.nz", "https://www.stuff.co.nz/a", *[""] * 21,
                "<PAGE_TITLE>Minister visits</PAGE_TITLE>"]) + "\n", "20240305101500.gkg.csv"),
])
def test_a_gdelt_table_says_it_holds_addresses_and_no_text(text: str, rel: str) -> None:
    """GDELT's event and GKG files, tab-separated and without a header, hold no article text: the reason had
    named their first row as a header ("the header has 1153424217, 20240305, …")."""
    with pytest.raises(UnreadableFile, match=r"^a GDELT (event|GKG) table: articles' addresses and codes, no text"):
        parse_bytes(text.encode(), rel, ".csv")


def test_a_cell_of_html_opening_with_an_xml_declaration_is_read_without_a_python_warning(
        tmp_path: Path, recwarn: pytest.WarningsRecorder) -> None:
    # bs4 warned "It looks like you're using an HTML parser to parse an XML document" on the user's terminal
    data = 'title,text\n"Oil","<?xml version=""1.0""?><p>Oil prices rose on Tuesday.</p>"\n'
    (article,) = parse_bytes(data.encode(), "wire.csv", ".csv").articles
    assert article.body == "Oil prices rose on Tuesday."
    assert [str(w.message)[:40] for w in recwarn] == []


def test_a_row_without_an_author_is_credited_by_its_wire_credit() -> None:
    """As a text file's credit at its end is read: such a row had no author."""
    data = b'title,text\nOil climbs,"Oil prices rose. (Reporting by Jane Doe; Editing by John Roe)"\n'
    (article,) = parse_bytes(data, "wire.csv", ".csv").articles
    assert article.authors == ("Jane Doe",)


def test_a_lost_quote_is_looked_for_only_where_it_could_give_the_headers_cells(monkeypatch) -> None:
    # A line of 50,000 commas (a byline repeated) had been read again with a quote put before each of its cells, each
    # read to the line's end: minutes for one file. A quote before cell n leaves cells 0 to n-1 as they were, so only
    # the header's count of places can give its row
    from newssearch.documents import csvquotes

    tried: list[int] = []
    first_row = csvquotes._first_row
    monkeypatch.setattr(csvquotes, "_first_row", lambda lines, delimiter: tried.append(1) or first_row(lines, delimiter))
    lines = ["title,text,url\n", "Oil up," + "Jane Doe, " * 1000 + 'said", https://x.example/a\n']
    mender = csvquotes.Mender(TableLines(lines), ",", 3)
    mended = mender.requoted(1)  # the quote put back before "Jane Doe, …": the row of three cells
    assert mended is not None and mended.row[0] == "Oil up" and mended.row[2] == " https://x.example/a"
    assert 0 < len(tried) <= 3  # not once a cell of the line's 1,002


@pytest.mark.parametrize("text", ["", "a", "a\n", "a\r\nb\rc\nd", "\r\r\n\n", "cell\fone\u2028two\x85,x\r\n"])
def test_a_tables_lines_end_at_line_breaks_alone(text: str) -> None:
    import io

    assert list(csvfile.table_lines(text)) == io.StringIO(text, newline="").readlines()


def test_a_tables_lines_cost_little_more_than_its_text() -> None:
    import tracemalloc

    text = ("title,date,text\n" + "Story,2024-05-01," + "x" * 200 + "\r\n") * 5000
    tracemalloc.start()
    try:
        list(csvfile.table_lines(text))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 * len(text)  # io.StringIO's buffer of four bytes a character had peaked at 5.5 times it


# A spreadsheet saved from a German Excel: semicolons, a byte-order mark, its columns named in German.
GERMAN_SHEET = (
    "\ufeffTitel;Datum;Autor;Text;Quelle\n"
    '"Bahnstreik legt Verkehr lahm";05.03.2024;Max Müller;"Die GDL hat erneut zum Streik aufgerufen.";Tagesblatt\n'
)


def test_a_table_with_its_columns_named_in_german_gives_its_title_date_author_and_source() -> None:
    """The header's Titel, Datum, Autor and Quelle are title, date, author and source, as a text's header lines of
    those names are: they had all been dropped, the headline with them, so the story's headline was not found."""
    (article,) = read(GERMAN_SHEET).articles
    assert (article.title, article.title_source) == ("Bahnstreik legt Verkehr lahm", "csv:Titel")
    assert (article.date, article.date_source) == (date(2024, 3, 5), "csv:Datum")
    assert (article.authors, article.source) == (("Max Müller",), "Tagesblatt")


@pytest.mark.parametrize(("table", "day"), [
    ("titre,date,auteur,contenu,source\nLa une,2024-03-05,Claire Dupont,Le texte.,Le Journal\n", date(2024, 3, 5)),
    ("título,fecha,autor,texto,fuente\nLa une,2024-03-05,Claire Dupont,Le texte.,Le Journal\n", date(2024, 3, 5)),
    ("Titolo,Autore,Testo,Fonte\nLa une,Claire Dupont,Le texte.,Le Journal\n", None),
    ("titel,datum,auteur,tekst,bron\nLa une,2024-03-05,Claire Dupont,Le texte.,Le Journal\n", date(2024, 3, 5)),
    ("Titel,Datum,Autor,Inhalt,Quelle\nLa une,2024-03-05,Claire Dupont,Le texte.,Le Journal\n", date(2024, 3, 5)),
    ("titular,fecha,autor,texto,fuente\nLa une,2024-03-05,Claire Dupont,Le texte.,Le Journal\n", date(2024, 3, 5)),
    ("Schlagzeile,Datum,Autor,Text,Quelle\nLa une,2024-03-05,Claire Dupont,Le texte.,Le Journal\n", date(2024, 3, 5)),
])
def test_a_tables_columns_named_in_another_language_are_read_as_their_english_names(table: str, day: date | None) -> None:
    """French, Spanish, Italian, Dutch and German names of a table's title, date, author, text and source columns;
    Spanish's titular and German's Schlagzeile (a headline) a title's."""
    (article,) = read(table).articles
    assert (article.title, article.date, article.authors) == ("La une", day, ("Claire Dupont",))
    assert (article.body, article.source) == ("Le texte.", "Le Journal")


@pytest.mark.parametrize("header", ["Titel;Datum;Autor;Text;Zeitung", "Titel;Datum;Autor;Text;Zeitschrift",
                                    "Titel;Datum;Autor;Text;Publikation", "titolo;data;autore;testo;testata",
                                    "titolo;data;autore;testo;giornale", "título;fecha;autor;texto;medio",
                                    "título;fecha;autor;texto;periódico", "titel;datum;auteur;tekst;krant",
                                    "título;data;autor;texto;veículo", "título;data;autor;texto;jornal",
                                    "titel;datum;författare;text;tidning"])
def test_a_sheets_newspaper_column_named_in_another_language_is_its_publisher(header: str) -> None:
    """A German sheet's Zeitung (and a media monitor's Italian testata, Spanish medio, Portuguese veículo, …) names
    the outlet as English's newspaper or outlet column does: it had been dropped, the row naming no source."""
    (article,) = read(f"{header}\nLa une;2024-03-05;Claire Dupont;Le texte.;Le Journal\n").articles
    assert (article.title, article.authors, article.source) == ("La une", ("Claire Dupont",), "Le Journal")


def test_an_english_column_wins_over_a_translated_one_of_the_same_field() -> None:
    (article,) = read("Titel,title,text\nDie Kopfzeile,The headline,The text.\n").articles
    assert article.title == "The headline"


@pytest.mark.parametrize("header", ["Headline,Published,Reporter,Story,Outlet",
                                    "Headline,Published,Journalist,Story,Media Outlet",
                                    "Headline,Published,Writer,Story,Newspaper"])
def test_a_spreadsheets_reporter_and_outlet_columns_are_its_author_and_publisher(header: str) -> None:
    """A sheet a newsroom keeps names its author the reporter, journalist or writer and its publisher the outlet or
    newspaper (a media monitor's export: "Media Outlet"); both columns had been dropped."""
    (article,) = read(f"{header}\nFerry fares rise,2024-03-05,Jane Doe,Fares rose on Monday.,Harbour Gazette\n").articles
    assert (article.authors, article.source) == (("Jane Doe",), "Harbour Gazette")


@pytest.mark.parametrize("header, row", [
    # Meltwater's export (its columns as its Excel/CSV export writes them): the writer in Influencer, the outlet in Source
    ("Date,Headline,URL,Opening Text,Hit Sentence,Source,Influencer,Country,Language,Reach",
     "05-Mar-2024 09:00AM,Ferry fares rise,https://gazette.example/ferry,Fares rose on Monday.,Fares rose.,"
     "Harbour Gazette,Jane Doe,New Zealand,English,12000"),
    ("Date,Headline,URL,Opening Text,Source Name,Influencer",
     "05-Mar-2024,Ferry fares rise,https://gazette.example/ferry,Fares rose on Monday.,Harbour Gazette,Jane Doe"),
])
def test_a_meltwater_exports_influencer_is_its_author(header: str, row: str) -> None:
    """Meltwater names a story's writer in its Influencer column: it had been dropped, the story written by no one."""
    (article,) = read(f"{header}\n{row}\n").articles
    assert (article.title, article.body, article.authors, article.source) == (
        "Ferry fares rise", "Fares rose on Monday.", ("Jane Doe",), "Harbour Gazette")


def test_a_meltwater_influencer_that_is_its_outlet_is_no_author() -> None:
    (article,) = read("Headline,Opening Text,Source,Influencer\nFerry fares rise,Fares rose.,RNZ,RNZ\n").articles
    assert (article.authors, article.source) == ((), "RNZ")


# Excel's "Save As > Unicode Text (*.txt)" (UTF-16, tab-separated) and "Text (Tab delimited) (*.txt)": a table of
# stories under a text's name, one article a row as its .tsv is. It had been one article titled by its header.
EXCEL_TEXT = ("Title\tDate\tAuthor\tText\r\n"
              "Port strike ends\t2024-03-05\tJo Lee\tDock workers voted to return to work on Monday.\r\n"
              "Rates rise\t2024-03-06\tAnn Lee\t\"The bank raised its rate.\nMarkets shrugged.\"\r\n")


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_a_tab_separated_table_saved_as_text_is_read_as_a_table(encoding: str) -> None:
    result = parse_bytes(EXCEL_TEXT.encode(encoding), "sheet.txt", ".txt")
    assert [(a.id, a.title, a.date, a.authors, a.body) for a in result.articles] == [
        ("sheet.txt#1", "Port strike ends", date(2024, 3, 5), ("Jo Lee",),
         "Dock workers voted to return to work on Monday."),
        ("sheet.txt#2", "Rates rise", date(2024, 3, 6), ("Ann Lee",), "The bank raised its rate.\nMarkets shrugged.")]


# Its title's and date's sources are named as a .tsv's are (they had been csv:), as are a tab-separated .csv's.
@pytest.mark.parametrize("rel", ["sheet.txt", "sheet.tsv", "sheet.csv"])
def test_a_tab_separated_table_names_its_columns_as_a_tsv_s(rel: str) -> None:
    article = parse_bytes(EXCEL_TEXT.encode("utf-16"), rel, "." + rel.split(".")[1]).articles[0]
    assert (article.title_source, article.date_source) == ("tsv:Title", "tsv:Date")


def test_a_text_with_tabs_and_no_column_of_text_is_a_text() -> None:
    data = b"Results\tround 1\n\nThe Chiefs beat the Blues 24-17 at Eden Park on Saturday night.\n"
    [article] = parse_bytes(data, "results.txt", ".txt").articles
    assert (article.id, article.body) == ("results.txt",
                                          "The Chiefs beat the Blues 24-17 at Eden Park on Saturday night.")


def test_a_rows_slashed_date_reads_in_the_order_of_the_publisher_its_address_names() -> None:
    """The Guardian at a .com: its country's order, day first, as its name in a source column reads (6 May had
    been 5 June); the New York Times's stays month first."""
    result = read("title,text,date,url\nA,Body.,06/05/2023,https://www.theguardian.com/uk-news/a\n"
                  "B,Body.,06/05/2023,https://www.nytimes.com/b\n")
    assert [a.date for a in result.articles] == [date(2023, 5, 6), date(2023, 6, 5)]


def test_each_date_column_shows_its_own_order() -> None:
    """A story's date column written day first (25/12) beside a CMS's update stamps month first (12/26): the
    file's orders disagree, and 07/05/2023 had been read as the row's locale has it, 5 July; the published column's
    own order is 7 May. A column that shows none takes the file's."""
    result = read("title,text,date,updated\nA,Body one.,25/12/2023,12/26/2023\nB,Body two.,07/05/2023,12/27/2023\n")
    assert [a.date for a in result.articles] == [date(2023, 12, 25), date(2023, 5, 7)]
    result = read("title,text,date,updated\nA,Body one.,06/12/2023,25/12/2023\nB,Body two.,07/05/2023,07/05/2023\n")
    assert [a.date for a in result.articles] == [date(2023, 12, 6), date(2023, 5, 7)]


# A file's rows come from one system: a day-first publisher named on some rows (NZ Herald, the BBC) says its rows
# that name none write 07/03/2024 day first too, as a row naming it does (the second row had been 3 July). Rows
# naming another publisher (CNN, or one newssearch does not know) leave each row to its own evidence.
@pytest.mark.parametrize(("second", "day"), [
    ("", date(2024, 3, 7)),
    ("Stuff", date(2024, 3, 7)),
    ("CNN", date(2024, 7, 3)),
    ("Coast Times", date(2024, 7, 3)),
])
def test_a_day_first_publisher_named_on_a_row_orders_the_files_slashed_dates(second: str, day: date) -> None:
    text = ("title,text,source,date\nPool shut,The council shut the pool.,NZ Herald,05/03/2024\n"
            f"Bridge open,The bridge opened.,{second},07/03/2024\n")
    assert [a.date for a in read(text).articles] == [date(2024, 3, 5), day]


def test_a_files_own_dates_outrank_its_publisher_for_its_order() -> None:
    text = ("title,text,source,date\nPool shut,The council shut the pool.,NZ Herald,12/25/2023\n"
            "Bridge open,The bridge opened.,,07/03/2024\n")
    assert [a.date for a in read(text).articles] == [date(2023, 12, 25), date(2024, 7, 3)]


def test_a_media_cloud_story_lists_media_name_is_its_publisher() -> None:
    """Media Cloud names a story's outlet in its media_name column (its Explorer's CSV by the outlet's name): it had
    been dropped, the story published by its address's host."""
    text = ("stories_id,publish_date,title,url,language,ap_syndicated,themes,media_id,media_name,media_url\n"
            "2290118741,2023-03-12 14:02:31,Water restrictions begin,https://news.example/water,en,False,,1234,"
            "Catalan News,http://news.example\n")
    (article,) = read(text).articles
    assert (article.title, article.date, article.source) == ("Water restrictions begin", date(2023, 3, 12),
                                                            "Catalan News")
