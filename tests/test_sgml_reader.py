"""Wire stories in SGML (the Reuters-21578 shape): one article per <REUTERS> element."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_path

from newssearch import build_index, open_index
from newssearch.documents import parse_file_bytes
from newssearch.documents.sgml import element, read_sgml
from newssearch.errors import UnreadableFile

WIRE = b"""<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="7">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW &lt;CCA&gt;</TITLE>
<AUTHOR>    By Jane Roe, Reuters</AUTHOR>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, Comissaria Smith said.
    The dry period means the temporao
will be late this year.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="8">
<DATE>27-FEB-1987 09:00:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>U.S. CRUDE OIL PRICE RISES</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="9">
<DATE>bad date</DATE>
<TEXT TYPE="UNPROC">&#2;
Sugar quotas were cut again, traders said.
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="10"><TEXT>&#2; &#3;</TEXT></REUTERS>
"""


def test_one_article_per_story_with_its_metadata() -> None:
    result = read_sgml(WIRE, "wire/reut2-000.sgm")
    first = result.articles[0]
    assert [a.id for a in result.articles] == ["wire/reut2-000.sgm#7", "wire/reut2-000.sgm#8", "wire/reut2-000.sgm#9"]
    assert (first.title, first.date, first.date_source) == ("BAHIA COCOA REVIEW <CCA>", date(1987, 2, 26), "sgml:date")
    assert (first.source, first.authors) == ("Reuters", ("Jane Roe",))
    # The dateline leads the body; wrapped lines join, an indented line starts a paragraph, the sign-off goes.
    assert first.body == ("SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, "
                          "Comissaria Smith said.\n\nThe dry period means the temporao will be late this year.")


def test_a_brief_is_its_headline_and_an_unprocessed_story_its_text() -> None:
    brief, unprocessed = read_sgml(WIRE, "w.sgm").articles[1:]
    assert (brief.title, brief.body, brief.date) == ("U.S. CRUDE OIL PRICE RISES", "U.S. CRUDE OIL PRICE RISES",
                                                     date(1987, 2, 27))
    assert unprocessed.body == "Sugar quotas were cut again, traders said."
    assert (unprocessed.title_source, unprocessed.date) == ("lede", None)


def test_an_unprocessed_story_headed_with_its_day_keeps_its_headline_as_title() -> None:
    story = b"""<REUTERS TOPICS="NO" NEWID="993">
<DATE> 3-MAR-1987 09:10:11.12</DATE>
<TEXT TYPE="UNPROC">&#2;
U.S. DIVIDEND MEETINGS - MARCH 3
    The following companies have scheduled board meetings to
consider dividend action: Acme Corp, Widget Inc.
 Reuter
&#3;</TEXT>
</REUTERS>
"""
    (article,) = read_sgml(story, "w.sgm").articles
    assert (article.title, article.title_source) == ("U.S. DIVIDEND MEETINGS - MARCH 3", "sgml:headline")  # had been "MARCH 3"


def test_a_brief_with_the_placeholder_body_is_its_headline() -> None:
    briefs = b"""<REUTERS NEWID="1">
<TEXT TYPE="BRIEF">&#2;
******<TITLE>ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
<REUTERS NEWID="2"><TEXT>&#2;<TITLE>FED ADDS RESERVES</TITLE>
<DATELINE>    NEW YORK, March 2 - </DATELINE><BODY>Blah blah blah.
 Reuter
&#3;</BODY></TEXT></REUTERS>
<REUTERS NEWID="3"><TEXT>&#2;<TITLE>MARKETS</TITLE><BODY>Traders called the session blah blah blah.
 Reuter
&#3;</BODY></TEXT></REUTERS>
"""
    articles = read_sgml(briefs, "b.sgm").articles
    assert [(a.title, a.body) for a in articles] == [
        ("ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK",
         "ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK"),
        ("FED ADDS RESERVES", "FED ADDS RESERVES"),
        ("MARKETS", "Traders called the session blah blah blah."),  # real text that says it is kept
    ]


@pytest.mark.parametrize("ending", [
    " Reuter\n", "REUTER\n", " REUTER...\n", "REUTER...^M\n", "Reuter...^M\r\n", "REUTER^M\n", "REUTER11:43/VB\n",
    "REUTER TAW\n", " Reuters\n", " more\n", " MORE\n", " More\n", "REUTER\n Reuter\n", " REUTER\n Reuter\n",
])
def test_the_wires_sign_off_and_continuation_mark_are_no_text(ending: str) -> None:
    """Reuters-21578 ends a story with its sign-off as the operator typed it ("REUTER...", with a literal "^M", a
    time and desk, "REUTER11:43/VB") or, for a story that runs on in another, "more": they had stayed its last
    paragraph, or joined it ("bank loans. REUTER...^M"), shown and searched as its words."""
    story = ("<REUTERS NEWID=\"5\"><TEXT>&#2;<TITLE>GOLD COINS</TITLE><BODY>The mint will issue gold coins.\n"
             "    The smaller coins will be a tenth of an ounce.\n" + ending + "&#3;</BODY></TEXT></REUTERS>").encode()
    (article,) = read_sgml(story, "w.sgm").articles
    assert article.body == "The mint will issue gold coins.\n\nThe smaller coins will be a tenth of an ounce."


@pytest.mark.parametrize("last", ["a tenth of an ounce. REUTER", "a tenth of an ounce. REUTER...^M",
                                  "a tenth of an ounce. reuter\n Reuter", "a tenth of an ounce. MORE"])
def test_a_sign_off_typed_at_the_end_of_the_last_line_is_no_text(last: str) -> None:
    story = ("<REUTERS NEWID=\"5\"><TEXT>&#2;<TITLE>GOLD COINS</TITLE><BODY>The mint will issue gold coins.\n"
             f"    The smaller coins will be\n{last}\n&#3;</BODY></TEXT></REUTERS>").encode()
    (article,) = read_sgml(story, "w.sgm").articles
    assert article.body == "The mint will issue gold coins.\n\nThe smaller coins will be a tenth of an ounce."


def test_a_carriage_return_typed_as_caret_m_is_no_text() -> None:
    """Reuters-21578 writes some carriage returns as the two characters "^M", inside a story too."""
    story = (b"<REUTERS NEWID=\"5\"><TEXT>&#2;<TITLE>T</TITLE><BODY>Its unit &lt;Pratt^M and Whitney&gt; said.^M\n"
             b"    Prices rose.\n Reuter\n&#3;</BODY></TEXT></REUTERS>")
    (article,) = read_sgml(story, "w.sgm").articles
    assert article.body == "Its unit <Pratt and Whitney> said.\n\nPrices rose."


@pytest.mark.parametrize("text", ["Shares of Reuter Inc rose. The bank said it would buy more",
                                  "Its chief spoke to Reuter", "He told Reuters.", "It will buy 10 more",
                                  "Prices rose 2.5 pct\nmore than forecast"])
def test_words_that_only_look_like_a_sign_off_are_kept(text: str) -> None:
    story = (f"<REUTERS NEWID=\"5\"><TEXT>&#2;<TITLE>T</TITLE><BODY>{text}\n&#3;</BODY></TEXT></REUTERS>").encode()
    (article,) = read_sgml(story, "w.sgm").articles
    assert article.body == text.replace("\n", " ")  # a wrapped line joins its paragraph


def test_a_story_without_text_is_skipped_with_its_reason() -> None:
    skipped = read_sgml(WIRE, "w.sgm").skipped
    assert [(s.path, s.reason) for s in skipped] == [("w.sgm#10", "story 4: no title or text")]


def test_sgml_without_stories_is_unreadable() -> None:
    with pytest.raises(UnreadableFile, match="no <REUTERS> stories"):
        read_sgml(b"<!DOCTYPE x><DOC><P>Not a wire file.</P></DOC>", "x.sgml")


def test_gzipped_sgml_goes_through_the_reader_table(tmp_path: Path) -> None:
    assert len(parse_file_bytes(gzip.compress(WIRE), "reut2-000.sgm.gz", "reut2-000.sgm.gz").articles) == 3
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "reut2-000.sgm.gz").write_bytes(gzip.compress(WIRE))
    build_index(tmp_path / "wire", tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        assert [hit.id for hit in idx.search("cocoa salvador").hits] == ["reut2-000.sgm.gz#7"]


def test_the_real_reuters_collection() -> None:
    path = shared_path("corpora", "reuters-21578", "reut2-000.sgm.gz")
    result = read_sgml(gzip.decompress(path.read_bytes()), "reut2-000.sgm.gz")
    assert (len(result.articles), len(result.skipped)) == (1000, 0)
    first = result.articles[0]
    assert (first.id, first.title, first.date) == ("reut2-000.sgm.gz#1", "BAHIA COCOA REVIEW", date(1987, 2, 26))
    assert first.body.startswith("SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone")
    assert all("&#" not in a.body and not a.body.endswith("Reuter") for a in result.articles)
    assert not [a.id for a in result.articles if "blah" in a.body.lower()]  # briefs' placeholder body


def test_a_cut_file_keeps_what_it_has() -> None:
    cut = b'<REUTERS NEWID="1"><TITLE>Ferry</TITLE><BODY>Done.</BODY></REUTERS><REUTERS NEWID="2"><TITLE>Cut</TITLE>'
    cut += b"<BODY>The harbour ferry story stops in the middle of"
    first, second = read_sgml(cut, "cut.sgm").articles
    assert (first.body, second.title, second.body) == ("Done.", "Cut", "The harbour ferry story stops in the middle of")


def test_a_story_the_file_ends_inside_before_its_text_is_skipped_as_cut_short() -> None:
    # a download cut off in a story's header had said "no title or text", as of a story written empty
    cut = b'<REUTERS NEWID="1"><TITLE>Ferry</TITLE><BODY>Done.</BODY></REUTERS><REUTERS NEWID="2">'
    cut += b"<DATE>13-MAR-1987 15:41:46.52</DATE>\n<PLACES><D>usa</D></PLACES>\n<UNKNOWN> \n&#5;&#5;C M"
    skipped = read_sgml(cut, "cut.sgm").skipped
    assert [(s.path, s.reason) for s in skipped] == [
        ("cut.sgm#2", "story 2: the file ends inside it (cut short), before its title or text")]


# One story of the collection split to a file of its own and saved as text or XML, as a journalist's folder has it:
# read as the wire story it is (its title had been the <REUTERS …> tag, and the .xml skipped as no feed).
ONE_STORY = b"""<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="3003">
<DATE> 9-MAR-1987 04:58:41.12</DATE>
<TOPICS><D>money-fx</D></TOPICS>
<TEXT>&#2;
<TITLE>U.K. MONEY MARKET SHORTAGE FORECAST AT 250 MLN STG</TITLE>
<DATELINE>    LONDON, March 9 - </DATELINE><BODY>The Bank of England said it forecast a
shortage of around 250 mln stg in the money market today.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>"""


@pytest.mark.parametrize("name", ["reut-3003.txt", "reut-3003.xml", "reut-3003.text"])
def test_a_story_split_to_a_text_or_xml_file_is_read_as_the_wire_story(name: str) -> None:
    [article] = parse_file_bytes(ONE_STORY, name, name).articles
    assert (article.id, article.title, article.date) == (f"{name}#3003",
                                                         "U.K. MONEY MARKET SHORTAGE FORECAST AT 250 MLN STG",
                                                         date(1987, 3, 9))
    assert article.body == "LONDON, March 9 - The Bank of England said it forecast a shortage of around 250 mln stg " \
                           "in the money market today."


def test_a_text_that_only_mentions_the_tag_is_a_text() -> None:
    data = b"Reuters archive notes\n\nThe collection wraps each story in a <REUTERS> element, one per story.\n"
    [article] = parse_file_bytes(data, "notes.txt", "notes.txt").articles
    assert (article.id, article.title) == ("notes.txt", "Reuters archive notes")


def test_an_unprocessed_story_s_headline_line_is_its_title_not_its_text_too() -> None:
    # 610 of Reuters-21578's 736 unprocessed stories had shown their headline twice: as the title and as the body's
    # first paragraph (in the snippet and in show, and its words counted in the body as well)
    story = b"""<REUTERS NEWID="11457">
<DATE>31-MAR-1987 12:20:20.17</DATE>
<TEXT TYPE="UNPROC">&#2;
U.S. OIL &lt;USOL> TO SELL SHARES
    NEW YORK, March 31 - U.S. Oil Co said its chairman signed an
agreement to buy up to 50,000 shares.
    Under terms of the agreement, the board can call for payment.
 Reuter
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="9">
<TEXT TYPE="UNPROC">&#2;
Sugar quotas were cut again, traders said.
    Prices rose.
&#3;</TEXT>
</REUTERS>
"""
    headed, sentence = read_sgml(story, "w.sgm").articles
    assert (headed.title, headed.title_source) == ("U.S. OIL <USOL> TO SELL SHARES", "sgml:headline")
    assert headed.body == ("NEW YORK, March 31 - U.S. Oil Co said its chairman signed an agreement to buy up to "
                           "50,000 shares.\n\nUnder terms of the agreement, the board can call for payment.")
    # a first paragraph that is a sentence of the story, not a headline in capitals, stays its text
    assert sentence.body == "Sugar quotas were cut again, traders said.\n\nPrices rose."


def test_a_story_left_open_ends_at_the_next_story_and_other_tags_do_not_end_one() -> None:
    # The story pattern's ends (read a run of text between tags at a time): a closing tag in any letter case, the
    # next story's opening tag, the end of the file; a tag that only starts with the name, or another closing tag, no end.
    data = (b'<reuters NEWID="1"><TITLE>Open</TITLE><BODY>Left <b>open</b> before <REUTERSX> and </REUTERSX>.'
            b'<Reuters NEWID="2"><TITLE>Closed</TITLE><BODY>Shut.</BODY></reuters >trailing'
            b'<REUTERS NEWID="3"><TITLE>Last</TITLE><BODY>At the end</BODY></Reuters>')
    result = read_sgml(data, "wire.sgm")
    assert [(a.id, a.title, a.body) for a in result.articles] == [
        ("wire.sgm#1", "Open", "Left open before and ."),
        ("wire.sgm#2", "Closed", "Shut."),
        ("wire.sgm#3", "Last", "At the end"),
    ]


def test_an_element_is_its_first_opening_tag_to_the_closing_tag_after_it() -> None:
    # Tags in any letter case, with attributes; a tag that only starts with the name is another; an element left open
    # is nothing, but a body left open runs to the story's end.
    story = ('<TITLEX>not it</TITLEX><title lang="en">First</TITLE><TITLE>Second</TITLE><DATELINE>LONDON -'
             "<AUTHOR>no close<BODY>Runs on")
    assert [element(story, "TITLE"), element(story, "DATELINE"), element(story, "AUTHOR")] == ["First", "", ""]
    assert (element(story, "BODY"), element(story, "BODY", to_end=True)) == ("", "Runs on")


@pytest.mark.parametrize(("written", "day"), [
    ("26-FEB-1987 15:01:01.79", date(1987, 2, 26)), (" 9-mar-1987 04:58:41.12", date(1987, 3, 9)),
    ("01-Dec-1987", date(1987, 12, 1)), ("29-FEB-1988", date(1988, 2, 29)), ("29-FEB-1987", None),
    ("00-MAR-1987", None), ("32-MAR-1987", None), ("5-XYZ-1987", None), ("5-MAR-0000", None),
    ("\u0665-MAR-1987", None),  # an Arabic-Indic digit: a day strptime never read
])
def test_a_story_s_date_is_its_day_month_and_year_or_none(written: str, day: date | None) -> None:
    story = f'<REUTERS NEWID="1"><DATE>{written}</DATE><TITLE>Dated</TITLE><BODY>Text.</BODY></REUTERS>'
    [article] = read_sgml(story.encode(), "d.sgm").articles
    assert article.date == day


@pytest.mark.parametrize(("raw", "text"), [
    ("  HEADLINE   LINE ", "HEADLINE LINE"), ("Reuter", ""), (" \t ", ""),
    ("First line\nwrapped\r\n    Indented starts one\r\tso does a tab\n\n\nafter blanks\n REUTER \n",
     "First line wrapped\n\nIndented starts one\n\nso does a tab\n\nafter blanks"),
    ("a\x1cb\u2028c\n\x85d &amp; <b>e</b>&#3;", "a b c d & e"),
])
def test_an_element_s_text_is_its_paragraphs_in_single_spaces(raw: str, text: str) -> None:
    assert element(f"<BODY>{raw}</BODY>", "BODY") == text


# Reuters-21578 is English wire copy: a story of figures alone, too short for its words to show its language, is
# English too (546 of Reuters' 2,999 stories in three files had had none: lang:en and the language facet missed them).
TABLE = b"""<REUTERS TOPICS="YES" NEWID="11">
<DATE> 3-MAR-1987 09:20:41.21</DATE>
<TEXT>&#2;
<TITLE>NATIONAL FSI INC &lt;NFSI&gt; 4TH QTR LOSS</TITLE>
<DATELINE>    DALLAS, March 3 - </DATELINE><BODY>Shr loss 13 cts vs profit 52 cts
    Net loss 391,000 vs profit 1,425,000
    Revs 15.4 mln vs 16.6 mln
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""


def test_a_reuters_story_of_figures_alone_is_english(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "reut2-000.sgm").write_bytes(TABLE)
    build_index(tmp_path / "corpus", tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert [hit.id for hit in idx.search("lang:en").hits] == ["reut2-000.sgm#11"]


def test_an_unprocessed_story_s_headline_run_on_into_its_dateline_is_its_title() -> None:
    story = b"""<REUTERS TOPICS="NO" NEWID="2001">
<DATE>24-MAR-1987 09:10:11.12</DATE>
<TEXT TYPE="UNPROC">&#2;
KYUSHU ELECTRIC POWER ISSUES YEN BONDS LONDON, March 24 -
Kyushu Electric Power Co Inc is issuing a 20 billion yen bond
due April 22, 1994, said Nomura Securities Co Ltd.
 Reuter
&#3;</TEXT>
</REUTERS>
"""
    (article,) = read_sgml(story, "w.sgm").articles
    assert article.title == "KYUSHU ELECTRIC POWER ISSUES YEN BONDS"  # had been the whole first sentence
    assert article.title_source == "sgml:headline"  # the wire's headline, ranked as a title (had been "lede")
    assert article.body == ("LONDON, March 24 - Kyushu Electric Power Co Inc is issuing a 20 billion yen bond due "
                            "April 22, 1994, said Nomura Securities Co Ltd.")


def test_an_unprocessed_story_s_wire_headline_ranks_as_a_title(tmp_path: Path) -> None:
    text = b"Kyushu Electric Power Co Inc is issuing a 20 billion yen\nbond due April 22, 1994, said Nomura.\n Reuter\n"
    stories = (b'<REUTERS NEWID="1">\n<DATE>24-MAR-1987 09:10:11.12</DATE>\n<TEXT TYPE="UNPROC">&#2;\n'
               b"LONDON, March 24 - " + text + b"&#3;</TEXT>\n</REUTERS>\n"
               b'<REUTERS NEWID="2">\n<DATE>24-MAR-1987 09:10:11.12</DATE>\n<TEXT TYPE="UNPROC">&#2;\n'
               b"KYUSHU ELECTRIC POWER ISSUES YEN BONDS LONDON, March 24 -\n" + text + b"&#3;</TEXT>\n</REUTERS>\n")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "reut2-000.sgm").write_bytes(stories)
    build_index(tmp_path / "corpus", tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        # the headline counts as a title does; the first story's title, made from its first sentence, does not
        assert [hit.id for hit in idx.search("kyushu bonds").hits] == ["reut2-000.sgm#2", "reut2-000.sgm#1"]


def test_an_unprocessed_story_s_dateline_whose_dash_has_no_space_after_it_is_read() -> None:
    # Reuters-21578's "JOHANNESBURG, March 23 -Halfyear ended …": the whole line had been the title
    story = b"""<REUTERS TOPICS="YES" NEWID="8169">
<DATE>23-MAR-1987 10:02:03.04</DATE>
<TEXT TYPE="UNPROC">&#2;
&lt;ZAMBIA COPPER INVESTMENTS LTD> JOHANNESBURG, March 23
-Halfyear ended december 31
    Shr net 53 U.S. Cents vs loss 3.67
    Pre-tax 677,000 dlrs vs 857,000
 Reuter
&#3;</TEXT>
</REUTERS>
"""
    (article,) = read_sgml(story, "w.sgm").articles
    assert article.title == "<ZAMBIA COPPER INVESTMENTS LTD>"
    assert article.body == ("JOHANNESBURG, March 23 -Halfyear ended december 31\n\nShr net 53 U.S. Cents vs loss 3.67"
                            "\n\nPre-tax 677,000 dlrs vs 857,000")
