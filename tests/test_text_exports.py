"""News-database text exports (LexisNexis Academic, Nexis Uni, Factiva, ProQuest): one article per story.

Each fixture in tests/fixtures/exports imitates its database's own layout (see the README there)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import parse_bytes, read_file
from newssearch.documents.exportstories import date_line

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def articles(name: str) -> list:
    """The articles read from the fixture ``name``."""
    result = read_file(EXPORTS / name, name)
    assert result.skipped == []
    return result.articles


# (fixture, story's place, id, title, date, authors, publisher, url, language, body)
STORIES = [
    ("lexisnexis_academic.txt", 0, "lexisnexis_academic.txt#1",
     "Police officer shot dead in West Auckland; Traffic stop turns deadly in Massey", date(2020, 6, 19),
     ("Sam Hurley",), "NZ Herald", None, "en",
     ("A police officer has died after being shot during a routine traffic stop in Massey, West Auckland.\n\n"
     "Police Commissioner Andrew Coster said the officer was a dedicated member of the force.")),
    ("lexisnexis_academic.txt", 1, "lexisnexis_academic.txt#2", "Dunedin council approves stadium roof repair",
     date(2020, 7, 2), ("Mike Houlahan", "Grant Miller"), "Otago Daily Times", None, "en",
     "The Dunedin City Council voted 11-3 to approve a $4 million repair of the Forsyth Barr Stadium roof."),
    ("lexisnexis_academic.txt", 2, "lexisnexis_academic.txt#3", "MPs return to parliament after winter recess",
     date(2020, 6, 21), (), "The Guardian", "https://www.theguardian.com/politics/2020/jun/21/mps-return", "en",
     "MPs returned to Westminster on Monday after the recess."),
    ("nexis_uni.txt", 0, "nexis_uni.txt#1", "Government announces new firearms buyback scheme", date(2020, 6, 20),
     ("Derek Cheng",), "NZ Herald", None, "en",
     ("Police Minister Stuart Nash announced a second firearms buyback on Saturday.\n\n"
     "Source: Police figures show 56,000 weapons were handed in during the first buyback.")),
    ("nexis_uni.txt", 1, "nexis_uni.txt#2", "Council votes to fluoridate water supply", date(2020, 6, 21),
     ("Jo Moir",), "Stuff", None, "en", "The council voted on Sunday to add fluoride to the town water supply."),
    ("factiva_codes.txt", 0, "factiva_codes.txt#NZHERA0020200619eg6j0002w",
     "Ardern announces alert level change for Auckland", date(2020, 6, 19), ("Thomas Coughlan",), "NZ Herald", None,
     "en", ("Prime Minister Jacinda Ardern has announced Auckland will move to alert level 2 from midnight.\n\n"
     "She said the decision was made on health advice.\n\n"
     "Ardern said the Cabinet had taken the advice of the Director-General of Health.\n\n"
     "IN THE MEANTIME, schools across the region will stay open.")),
    ("factiva_codes.txt", 1, "factiva_codes.txt#DOMPOS0020200702eg720000b", "Wellington water pipes burst again",
     date(2020, 7, 2), ("Damian George",), "The Dominion Post", None, "en",
     "A water main burst in central Wellington on Thursday morning."),
    ("factiva_plain.txt", 0, "factiva_plain.txt#PRESS00020200619eg6j00015",
     "Tourism operators fear a lost winter season", date(2020, 6, 19), ("Charlie Mitchell",), "The Press", None, "en",
     ("Queenstown tourism operators say the ski season will be a fraction of normal.\n\n"
     "Bookings from Australia have stopped.")),
    ("factiva_plain.txt", 1, "factiva_plain.txt#ODT0000020200702eg720000c", "Stadium vote delayed by a week",
     date(2020, 7, 2), ("Grant Miller",), "Otago Daily Times", None, "en",
     "The vote on the stadium roof repair was put off until next Thursday."),
    ("proquest.txt", 0, "proquest.txt#2415623451", "Whanganui River iwi celebrate settlement anniversary",
     date(2020, 6, 19), ("Laurel Stowell",), "Whanganui Chronicle",
     "https://search.proquest.com/docview/2415623451?accountid=8424", "en",
     ("Iwi along the Whanganui River gathered at Putiki Marae on Friday.\n\n"
     "The settlement gave the river the legal rights of a person.")),
    ("proquest.txt", 1, "proquest.txt#2419087716", "Library plan for Gonville gets green light", date(2020, 7, 2),
     ("Liz Bilby",), "Whanganui Chronicle", "https://search.proquest.com/docview/2419087716?accountid=8424", "en",
     "Councillors approved the Gonville library plan on Thursday."),
]


@pytest.mark.parametrize("name, place, id_, title, day, authors, source, url, lang, body", STORIES)
def test_each_story_is_an_article_with_its_fields(name: str, place: int, id_: str, title: str, day: date,
                                                   authors: tuple[str, ...], source: str, url: str | None,
                                                   lang: str, body: str) -> None:
    article = articles(name)[place]
    assert (article.id, article.path, article.title, article.date, article.authors, article.source, article.url,
            article.lang) == (id_, name, title, day, authors, source, url, lang)
    assert article.body == body  # no field line, copyright line, separator, cover page or index


@pytest.mark.parametrize("name, count", [("lexisnexis_academic.txt", 3), ("nexis_uni.txt", 2),
                                         ("factiva_codes.txt", 2), ("factiva_plain.txt", 2), ("proquest.txt", 2)])
def test_an_export_is_as_many_articles_as_it_has_stories(name: str, count: int) -> None:
    assert len(articles(name)) == count


def test_the_date_is_the_publication_date_never_the_load_date() -> None:
    first = articles("lexisnexis_academic.txt")[0]  # LOAD-DATE: June 22, 2020
    assert (first.date, first.date_source) == (date(2020, 6, 19), "lexisnexis:date")
    assert articles("nexis_uni.txt")[0].date == date(2020, 6, 20)  # Load-Date: June 22, 2020


# The single-story samples a tester gave, one per layout: (file text, title, date, authors, publisher, id key)
SINGLE = [
    (("                               1 of 1 DOCUMENTS\n\n                          The New Zealand Herald\n\n"
     "                             June 19, 2020 Friday\n\nPolice officer shot dead\n\nBYLINE: Sam Hurley\n\n"
     "LENGTH: 412 words\n\nA police officer has died.\n\nLOAD-DATE: June 19, 2020\n"),
     "Police officer shot dead", date(2020, 6, 19), ("Sam Hurley",), "NZ Herald", "1"),
    (("Government announces new firearms buyback scheme\nThe New Zealand Herald\nJune 20, 2020 Saturday\n"
     "Copyright 2020 New Zealand Media and Entertainment All Rights Reserved\n\nSection: NATIONAL; General\n"
     "Length: 321 words\nByline: Derek Cheng\nBody\n\n\nPolice Minister Stuart Nash announced a second firearms "
     "buyback on Saturday.\n\nLoad-Date: June 20, 2020\n\nEnd of Document\n"),
     "Government announces new firearms buyback scheme", date(2020, 6, 20), ("Derek Cheng",), "NZ Herald", "1"),
    (("HD Ardern announces alert level change for Auckland\nBY Thomas Coughlan\nWC 512 words\nPD 19 June 2020\n"
     "SN The New Zealand Herald\nSC NZHERA\nLA English\nCY (c) 2020 New Zealand Herald. All Rights Reserved.\n"
     "LP Prime Minister Jacinda Ardern has announced Auckland will move to alert level 2 from midnight.\n"
     "TD Ardern said the Cabinet had taken the advice of the Director-General of Health.\n"
     "AN Document NZHERA0020200619eg6j0002w\n"),
     "Ardern announces alert level change for Auckland", date(2020, 6, 19), ("Thomas Coughlan",), "NZ Herald",
     "NZHERA0020200619eg6j0002w"),
    (("National\nTourism operators fear a lost winter season\nCharlie Mitchell\n742 words\n19 June 2020\nThe Press\n"
     "PRESS\nEnglish\n(c) 2020 Stuff Limited. All Rights Reserved.\n\nQueenstown tourism operators say the ski "
     "season will be a fraction of normal.\n\nDocument PRESS00020200619eg6j00015\n"),
     "Tourism operators fear a lost winter season", date(2020, 6, 19), ("Charlie Mitchell",), "The Press",
     "PRESS00020200619eg6j00015"),
    ((f"{'_' * 60}\n\nReport Information from ProQuest\nJune 20 2020 03:14\n{'_' * 60}\n\nDocument 1 of 1\n\n"
     "Whanganui River iwi celebrate settlement anniversary\n\nAuthor: Laurel Stowell\n\nFull text: Iwi along the "
     "Whanganui River gathered at Putiki Marae on Friday.\n\nPublication title: Whanganui Chronicle; Whanganui, N.Z."
     "\n\nPublication date: Jun 19, 2020\n"),
     "Whanganui River iwi celebrate settlement anniversary", date(2020, 6, 19), ("Laurel Stowell",),
     "Whanganui Chronicle", "1"),
]


@pytest.mark.parametrize("text, title, day, authors, source, key", SINGLE)
def test_a_single_story_export_is_read_as_its_story(text: str, title: str, day: date, authors: tuple[str, ...],
                                                    source: str, key: str) -> None:
    (article,) = parse_bytes(text.encode(), "c/one.txt", ".txt").articles
    assert (article.id, article.title, article.date, article.authors, article.source) == (
        f"c/one.txt#{key}", title, day, authors, source)
    assert ":" not in article.body.split("\n")[0][:12]  # no field line opens the text


# Ordinary articles that mention a separator or a field code once: each stays one article, read as text is.
ORDINARY = [
    ("Archive request turns up papers\n\nThe librarian found a folder marked\n\n"
    "                1 of 2 DOCUMENTS\n\nand the second one was never found."),
    "Reporter's notebook\n\nThe leaked file ended with the words\n\nEnd of Document\n\nand nothing else.",
    "Clerk reads out the list\n\nShe said the page read 1 of 2 DOCUMENTS and End of Document at its foot.",
    ("HD radio rollout begins\n\nBroadcasters switched on HD radio in Auckland on Monday.\n\n"
    "Document ABCDEF0020200619eg6j0002w was cited in court."),
    "Document 1 of 2\n\nThe council released the first of two documents on Monday.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_article_mentioning_a_separator_is_not_split(text: str) -> None:
    (article,) = parse_bytes(text.encode(), "note.txt", ".txt").articles
    assert article.id == "note.txt"
    assert article.title == text.split("\n")[0]


@pytest.mark.parametrize("line, day", [
    ("June 19, 2020 Friday", date(2020, 6, 19)),
    ("June 19, 2020 Friday 5:02 AM GMT", date(2020, 6, 19)),
    ("Sunday 21 June 2020", date(2020, 6, 21)),
    ("January 11, 2010 Monday, Edition 1", date(2010, 1, 11)),
    ("Jun 19, 2020", date(2020, 6, 19)),
    ("June 19, 2020: a day to remember", None),  # a headline with a date in it
    ("Police officer shot dead", None),
])
def test_a_date_line_is_a_date_with_its_weekday_time_or_edition_only(line: str, day: date | None) -> None:
    assert date_line(line) == day


@pytest.mark.parametrize("text", [
    f"{'_' * 60}\n\nStorm hits the coast\n\nHeavy rain fell on Tuesday.",
    "----------\nStorm hits the coast\n\nHeavy rain fell on Tuesday.",
    "* * *\n\nStorm hits the coast\n\nHeavy rain fell on Tuesday.",
])
def test_a_rule_line_is_never_a_title(text: str) -> None:
    (article,) = parse_bytes(text.encode(), "rule.txt", ".txt").articles
    assert (article.title, article.body) == ("Storm hits the coast", "Heavy rain fell on Tuesday.")


@pytest.fixture
def exports_index(tmp_path: Path) -> Path:
    """An index of the LexisNexis Academic fixture alone; returns its folder."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(EXPORTS / "lexisnexis_academic.txt", corpus)
    result = CliRunner().invoke(cli, ["--index-dir", str(tmp_path / "idx"), "index", str(corpus)])
    assert result.exit_code == 0, result.output
    return tmp_path / "idx"


def hits(index: Path, *args: str) -> list[tuple[str, str | None]]:
    """(id, date) of each hit of a JSON query of ``index``."""
    result = CliRunner().invoke(cli, ["--index-dir", str(index), "query", *args, "--json"])
    found = [(hit["id"], hit["date"]) for hit in json.loads(result.output)["hits"]]
    assert result.exit_code == (0 if found else 1), result.output  # 1: no results
    return found


def test_a_query_finds_each_story_with_its_own_date(exports_index: Path) -> None:
    assert sorted(hits(exports_index, "police OR stadium")) == [
        ("lexisnexis_academic.txt#1", "2020-06-19"), ("lexisnexis_academic.txt#2", "2020-07-02")]
    assert hits(exports_index, "police stadium") == []  # words of two stories are not one article's


def test_since_and_a_field_query_see_each_story(exports_index: Path) -> None:
    assert hits(exports_index, "stadium OR police OR parliament", "--since", "2020-07") == [
        ("lexisnexis_academic.txt#2", "2020-07-02")]
    assert hits(exports_index, "author:houlahan") == [("lexisnexis_academic.txt#2", "2020-07-02")]
    assert hits(exports_index, "LENGTH OR BYLINE OR LOAD") == []  # field lines are not text


def test_one_story_downloaded_from_a_longer_list_is_read_by_its_length_line() -> None:
    text = ("                              26 of 100 DOCUMENTS\n\n                 The Press (Christchurch, New Zealand)"
            "\n\n                             June 19, 2020 Friday\n\nRiver levels fall\n\nLENGTH: 80 words\n\n"
            "The Waimakariri fell overnight.\n")
    (article,) = parse_bytes(text.encode(), "one.txt", ".txt").articles
    assert (article.id, article.title, article.date, article.source, article.body) == (
        "one.txt#1", "River levels fall", date(2020, 6, 19), "The Press", "The Waimakariri fell overnight.")


# Exports cut short, joined or with a separator damaged: the stories that read are read, the rest is reported as a
# broken record (so an index keeps what it held of them), never merged into a neighbour nor read as one plain article.
ACADEMIC = (EXPORTS / "lexisnexis_academic.txt").read_text()
UNI = (EXPORTS / "nexis_uni.txt").read_text()
CODES = (EXPORTS / "factiva_codes.txt").read_text()
PLAIN = (EXPORTS / "factiva_plain.txt").read_text()
PROQUEST = (EXPORTS / "proquest.txt").read_text()
RULE = "_" * 60 + "\n\n"
BATCH = ("\n\nDownload Request: Selected Items: 1-2\n\n                               1 of 2 DOCUMENTS\n\n"
         "                          The Press\n\n                    July 5, 2020 Sunday\n\nFlooding closes roads\n\n"
         "LENGTH: 80 words\n\nHeavy rain closed roads.\n\nLOAD-DATE: July 6, 2020\n\n"
         "                               2 of 2 DOCUMENTS\n\n                          The Press\n\n"
         "                    July 6, 2020 Monday\n\nRivers peak after storm\n\nLENGTH: 60 words\n\n"
         "Rivers peaked overnight.\n\nLOAD-DATE: July 7, 2020\n")


def cut_before(text: str, words: str) -> str:
    """``text`` up to a few characters past the start of ``words``, as a download stopped midway leaves it."""
    return text[:text.index(words) + 12]


def read_parts(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(id, title) of each article read from ``text`` as ``x.txt``, and (path, reason) of each skip."""
    result = parse_bytes(text.encode(), "x.txt", ".txt")
    return ([(a.id, a.title) for a in result.articles], [(s.path, s.reason) for s in result.skipped])


CUT = "the file ends inside it (cut short)"
RUN_ACADEMIC = 'a story\'s "N of M DOCUMENTS" line does not read: the stories run together'
DAMAGED = [
    # LexisNexis Academic cut inside story 2: story 1 read, story 2 reported, never story 2's text cut
    (cut_before(ACADEMIC, "The Dunedin City"), ["x.txt#1"], [("x.txt", f"story 2: {CUT}")]),
    # cut inside the head of story 3
    (cut_before(ACADEMIC, "Sunday 21 June 2020"), ["x.txt#1", "x.txt#2"], [("x.txt", f"story 3: {CUT}")]),
    # cut between two stories, the cover asking for more
    (ACADEMIC[:ACADEMIC.index("                               3 of 3")], ["x.txt#1", "x.txt#2"],
     [("x.txt", "after story 2: the file ends here, before the export does (2 of 3 stories; cut short)")]),
    # a second download joined after the first, under its own cover: ids run on, the first download's unchanged
    (ACADEMIC + BATCH, ["x.txt#1", "x.txt#2", "x.txt#3", "x.txt#4", "x.txt#5"], []),
    (ACADEMIC + cut_before(BATCH, "Rivers peaked"), ["x.txt#1", "x.txt#2", "x.txt#3", "x.txt#4"],
     [("x.txt", f"story 5: {CUT}")]),
    # a separator mis-numbered, or damaged but still showing its number: every story read under its own place
    (ACADEMIC.replace("2 of 3 DOCUMENTS", "2 of 8 DOCUMENTS"), ["x.txt#1", "x.txt#2", "x.txt#3"], []),
    (ACADEMIC.replace("2 of 3 DOCUMENTS", "2 of 3 DOCUMEN"), ["x.txt#1", "x.txt#2", "x.txt#3"], []),
    (ACADEMIC.replace("3 of 3 DOCUMENTS", "3 of 3 DOCUMEN"), ["x.txt#1", "x.txt#2", "x.txt#3"], []),
    # a separator lost: the stories that run together are reported, the others keep their places
    (ACADEMIC.replace("2 of 3 DOCUMENTS", ""), ["x.txt#3"], [("x.txt", f"stories 1-2: {RUN_ACADEMIC}")]),
    (ACADEMIC.replace("3 of 3 DOCUMENTS", ""), ["x.txt#1"], [("x.txt", f"stories 2-3: {RUN_ACADEMIC}")]),
    # Nexis Uni cut inside story 2, or its last "End of Document" damaged: still an export, story 2 reported
    (cut_before(UNI, "The council voted"), ["x.txt#1"], [("x.txt", f"story 2: {CUT}")]),
    (UNI.rstrip()[:-len("End of Document")] + "End of Docu\n", ["x.txt#1"], [("x.txt", f"story 2: {CUT}")]),
    # its first "End of Document" damaged: the two stories told apart at story 1's "Load-Date:"
    (UNI.replace("End of Document", "End of Docu", 1), ["x.txt#1", "x.txt#2"], []),
    # Factiva cut inside story 2: story 1 read under its accession number, story 2 reported
    (cut_before(CODES, "A water main"), ["x.txt#NZHERA0020200619eg6j0002w"], [("x.txt", f"story 2: {CUT}")]),
    (cut_before(PLAIN, "The vote on"), ["x.txt#PRESS00020200619eg6j00015"], [("x.txt", f"story 2: {CUT}")]),
    # story 1's accession number lost: story 2 keeps its own, story 1 is reported, never read under story 2's number
    (CODES.replace("AN\tDocument NZHERA0020200619eg6j0002w\n", ""), ["x.txt#DOMPOS0020200702eg720000b"],
     [("x.txt", 'story 1: its accession number ("Document …" line) does not read')]),
    (PLAIN.replace("Document PRESS00020200619eg6j00015\n", ""), ["x.txt#ODT0000020200702eg720000c"],
     [("x.txt", 'story 1: its accession number ("Document …" line) does not read')]),
    # ProQuest cut inside story 2 (before its document ID), or between the stories its "of 2" counts
    (cut_before(PROQUEST, "Councillors approved"), ["x.txt#2415623451"], [("x.txt", f"story 2: {CUT}")]),
    (PROQUEST[:PROQUEST.index(RULE + "Document 2 of 2")], ["x.txt#2415623451"],
     [("x.txt", "after story 1: the file ends here, before the export does (1 of 2 stories; cut short)")]),
    # a separator damaged: the story reported under its own document ID; a rule lost: both stories read
    (PROQUEST.replace("Document 2 of 2\n", "Document 2 of 2 (continued)\n"), ["x.txt#2415623451"],
     [("x.txt#2419087716", 'story 2: its "Document N of M" line does not read')]),
    (PROQUEST.replace(RULE + "Document 2 of 2", "Document 2 of 2"), ["x.txt#2415623451", "x.txt#2419087716"], []),
]


@pytest.mark.parametrize("text, ids, skips", DAMAGED)
def test_a_damaged_export_reads_its_whole_stories_and_reports_the_rest(text: str, ids: list[str],
                                                                      skips: list[tuple[str, str]]) -> None:
    found, skipped = read_parts(text)
    assert ([article_id for article_id, _title in found], skipped) == (ids, skips)
    assert not any("DOCUMEN" in title or "Load-Date" in title for _id, title in found)


def test_joined_downloads_keep_each_story_s_fields() -> None:
    articles = parse_bytes((ACADEMIC + BATCH).encode(), "x.txt", ".txt").articles
    assert [(a.title, a.date, a.source) for a in articles[2:]] == [
        ("MPs return to parliament after winter recess", date(2020, 6, 21), "The Guardian"),
        ("Flooding closes roads", date(2020, 7, 5), "The Press"),
        ("Rivers peak after storm", date(2020, 7, 6), "The Press")]
    assert articles[2].body == "MPs returned to Westminster on Monday after the recess."  # no cover in it


@pytest.mark.parametrize("name, damage, kept", [
    ("lexisnexis_academic.txt", lambda text: cut_before(text, "The Dunedin City"), 2),
    ("lexisnexis_academic.txt", lambda text: text.replace("2 of 3 DOCUMENTS", ""), 2),
    ("nexis_uni.txt", lambda text: cut_before(text, "The council voted"), 1),
    ("factiva_codes.txt", lambda text: text.replace("AN\tDocument NZHERA0020200619eg6j0002w\n", ""), 1),
    ("proquest.txt", lambda text: text.replace("Document 2 of 2\n", "Document 2 of 2 (continued)\n"), 1),
])
def test_an_export_damaged_after_it_was_indexed_keeps_its_stories(tmp_path: Path, name: str,
                                                                  damage: Callable[[str], str], kept: int) -> None:
    corpus, index = tmp_path / "c", tmp_path / "idx"
    corpus.mkdir()
    shutil.copy(EXPORTS / name, corpus)
    first = CliRunner().invoke(cli, ["--index-dir", str(index), "index", str(corpus), "--json"])
    before = json.loads(first.output)["added"]
    (corpus / name).write_text(damage((EXPORTS / name).read_text()))
    result = CliRunner().invoke(cli, ["--index-dir", str(index), "index", str(corpus), "--json"])
    report = json.loads(result.output)
    assert (report["deleted"], report["added"]) == (0, 0)
    assert report["unchanged"] + report["updated"] == before
    (skip,) = report["skipped"]
    assert skip["reason"].endswith(f"(kept: {kept} article{'s' if kept > 1 else ''} indexed before, "
                                   "which this record may be)")


def test_factiva_plain_heads_are_word_counts_over_a_date_line_blank_lines_between() -> None:
    # One pass over the lines (a 12 MB text with "Document " in it had each line look at every line below it).
    from newssearch.documents.factiva import _plain_heads

    chunk = ("National\nTourism fears\nCharlie Mitchell\n742 words\n\n   \n19 June 2020\nThe Press\n\nBody.\n\n"
             "12 words\nnot a date\n\nOne\nTwo\nThree\nFour\nFive\n5 words\n2 July 2020\nText.\n\n300 words")
    # the head's lines up to the blank line above, at most four above its word count; the last count has no date
    assert _plain_heads(chunk) == [0, 15]
    assert (_plain_heads("742 words\n19 June 2020"), _plain_heads("742 words"), _plain_heads("19 June 2020\n742 words\n")) == (
        [0], [], [])


@pytest.mark.parametrize(("name", "sections"), [
    # "SECTION: NATIONAL; General" and "NEWS; Pg. 3": the page is no section, nor a placeholder's "General"
    ("lexisnexis_academic.txt", [("NATIONAL",), ("NEWS",), ()]),
    ("nexis_uni.txt", [("NATIONAL",), ("NEWS",)]),
])
def test_a_database_storys_section_line_gives_its_sections(name: str, sections: list[tuple[str, ...]]) -> None:
    """LexisNexis's and Nexis Uni's SECTION line, Factiva's SE and ProQuest's Section name the newsroom's section, as
    a page's or a feed's does: they had been dropped, so `section:` and the facet found none of a download's stories."""
    assert [a.sections for a in articles(name)] == sections


def test_factivas_se_and_proquests_section_give_their_sections() -> None:
    factiva = CODES.replace("SN\tThe New Zealand Herald\n", "SE\tPolitics\nSN\tThe New Zealand Herald\n", 1)
    proquest = PROQUEST.replace("Publication year: 2020\n", "Section: Sport; p. 12\n\nPublication year: 2020\n", 1)
    assert [a.sections for a in parse_bytes(factiva.encode(), "f.txt", ".txt").articles] == [("Politics",), ()]
    assert [a.sections for a in parse_bytes(proquest.encode(), "p.txt", ".txt").articles] == [("Sport",), ()]


@pytest.mark.parametrize(("line", "sections"), [
    ("NEWS; Pg. 4", ("NEWS",)), ("Business; Page 12", ("Business",)), ("A; Pg. 1", ()), ("NATIONAL; Pg. A12", ("NATIONAL",)),
    ("FEATURES; Features; Pg. 20", ("FEATURES",)), ("Sport; S. 23", ("Sport",)), ("Wirtschaft; Seite 5", ("Wirtschaft",)),
    # a story over two pages, and a printed section's letter and column as the New York Times's lines write them
    ("NEWS; Pg. 6,7", ("NEWS",)), ("NEWS; Pg. 6-7", ("NEWS",)), ("Business; Pg. B1, B4", ("Business",)),
    ("Section A; Column 0; Foreign Desk; Pg. 1", ("Foreign Desk",)), ("Section C; Column 3; Business; Pg. 5", ("Business",)),
])
def test_an_exports_section_line_loses_its_page(line: str, sections: tuple[str, ...]) -> None:
    text = ACADEMIC.replace("SECTION: NEWS; Pg. 3", f"SECTION: {line}", 1)
    assert parse_bytes(text.encode(), "l.txt", ".txt").articles[1].sections == sections


# A story in another language: its byline read in it, as a page's or a record's is (it had stayed whole, "Par …").
FOREIGN_BYLINES = [
    ("HD Le port rouvre\nBY Par Claire Roux et Paul Girard\nPD 3 mars 2023\nSN Ouest-France\nLA Français\n"
     "LP\nLe port a rouvert lundi après la tempête, a indiqué la préfecture.\n\nAN Document OUESTF0020230303ej3300001\n"
     "\nHD Le pont ferme\nBY Par Luc Bernard\nPD 4 mars 2023\nSN Ouest-France\nLA French\nLP\n"
     "Le pont a été fermé mardi pour des travaux, a indiqué la mairie.\n\nAN Document OUESTF0020230304ej3400002\n",
     [("Claire Roux", "Paul Girard"), ("Luc Bernard",)]),
    ("                1 of 1 DOCUMENTS\n\n                Kieler Nachrichten\n\n          5. März 2023 Sonntag\n\n"
     "Hafen wieder offen\n\nBYLINE: Von Thomas Berg und Anna Kühn\n\nLENGTH: 120 words\n\n\n"
     "Der Hafen ist am Montag nach dem Sturm wieder geöffnet worden, teilte die Stadt mit.\n\n"
     "LOAD-DATE: March 6, 2023\n\nLANGUAGE: GERMAN\n", [("Thomas Berg", "Anna Kühn")]),
]


@pytest.mark.parametrize("text, authors", FOREIGN_BYLINES)
def test_a_storys_byline_is_read_in_its_language(text: str, authors: list[tuple[str, ...]]) -> None:
    result = parse_bytes(text.encode(), "export.txt", ".txt")
    assert [article.authors for article in result.articles] == authors


GERMAN_FACTIVA = """HD	Stadtrat beschließt neue Brücke
BY	Von Thomas Müller
WC	412 Wörter
PD	5 März 2024
SN	Süddeutsche Zeitung
SC	SDDZ
LA	Deutsch
LP\t
Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über die Isar beschlossen.
TD\t
Die Arbeiten sollen im kommenden Jahr beginnen, sagte der Bürgermeister.
AN	Dokument SDDZ000020240305ek350000a



HD	Hafen wird ausgebaut
BY	Anna Weber
WC	230 Wörter
PD	6 März 2024
SN	Süddeutsche Zeitung
SC	SDDZ
LA	Deutsch
LP\t
Der Hafen wird bis 2026 ausgebaut, teilte die Stadt am Mittwoch mit.
AN	Dokument SDDZ000020240306ek360000b
"""


def test_factivas_german_export_ends_each_story_at_its_dokument_line() -> None:
    """Factiva's German interface writes "AN Dokument …": the export had been one story, titled "HD Stadtrat…"."""
    found = parse_bytes(GERMAN_FACTIVA.encode(), "factiva_de.txt", ".txt").articles
    assert [(a.id, a.title, a.date, a.authors, a.source) for a in found] == [
        ("factiva_de.txt#SDDZ000020240305ek350000a", "Stadtrat beschließt neue Brücke", date(2024, 3, 5),
         ("Thomas Müller",), "Süddeutsche Zeitung"),
        ("factiva_de.txt#SDDZ000020240306ek360000b", "Hafen wird ausgebaut", date(2024, 3, 6), ("Anna Weber",),
         "Süddeutsche Zeitung")]


def test_a_lexisnexis_story_downloaded_alone_under_1_of_1_document_is_read() -> None:
    """A story saved alone says "1 of 1 DOCUMENT", no S: it had been read as a plain text, its header its text."""
    text = (EXPORTS / "lexisnexis_academic.txt").read_text().split("2 of 3 DOCUMENTS")[0]
    text = text.replace("1 of 3 DOCUMENTS", "1 of 1 DOCUMENT").replace("Selected Items: 1-3", "Selected Items: 1")
    [article] = parse_bytes(text.encode(), "one.txt", ".txt").articles
    assert (article.title, article.date, article.authors, article.source) == (
        "Police officer shot dead in West Auckland; Traffic stop turns deadly in Massey", date(2020, 6, 19),
        ("Sam Hurley",), "NZ Herald")
    assert article.body.startswith("A police officer has died")


PAR = r"\par "


def _factiva_row(code: str, *paragraphs: str) -> str:
    """A field of Factiva's RTF export: a table's row, its code in the first cell and its value in the second."""
    value = PAR.join(paragraphs)
    return rf"\trowd\cellx1200\cellx9000\intbl{{\b {code}}}\cell \intbl {value}\cell\row" + "\n"


def test_factivas_rtf_export_keeps_the_paragraphs_of_its_text_cell() -> None:
    """The TD cell holds the story's paragraphs (each a \\par): a blank line between them, as in the text export; they
    had been joined by spaces into one paragraph."""
    paragraphs = ("Crews shut the water off by noon on Thursday, the council said.",
                  "Residents of the central city were told to boil their water until Sunday.",
                  "The pipe is more than eighty years old and due to be replaced next year.")
    rows = [_factiva_row("HD", "Wellington water pipes burst again"), _factiva_row("PD", "2 July 2020"),
            _factiva_row("SN", "The Dominion Post"), _factiva_row("LA", "English"),
            _factiva_row("LP", "A water main burst in central Wellington on Thursday morning."),
            _factiva_row("TD", *paragraphs), _factiva_row("AN", "Document DOMPOS0020200702eg720000b")]
    rtf = r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}" + "\n" + "".join(rows) + "}"
    [article] = parse_bytes(rtf.encode(), "factiva.rtf", ".rtf").articles
    assert article.body == "\n\n".join(("A water main burst in central Wellington on Thursday morning.", *paragraphs))


def test_factivas_rtf_export_laid_out_as_a_table_is_read_a_story_an_accession_number() -> None:
    """Factiva's RTF writes each field as a table's row ("HD | headline" in its text): it had been one story, its
    title "HD | …"."""
    rows = [("HD", "Wellington water pipes burst again"), ("BY", "Damian George"), ("WC", "230 words"),
            ("PD", "2 July 2020"), ("SN", "The Dominion Post"), ("SC", "DOMPOS"), ("LA", "English"),
            ("LP", "A water main burst in central Wellington on Thursday morning."),
            ("TD", "Crews shut the water off by noon."), ("AN", "Document DOMPOS0020200702eg720000b")]
    story = "".join(_factiva_row(code, value) for code, value in rows)
    rtf = r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}" + "\n" + story + r"\pard\par" + "\n" + story.replace(
        "DOMPOS0020200702eg720000b", "DOMPOS0020200703eg730000c").replace("2 July 2020", "3 July 2020") + "}"
    found = parse_bytes(rtf.encode(), "factiva.rtf", ".rtf").articles
    assert [(a.id, a.title, a.date, a.authors, a.source, a.body) for a in found] == [
        (f"factiva.rtf#{key}", "Wellington water pipes burst again", day, ("Damian George",), "The Dominion Post",
         "A water main burst in central Wellington on Thursday morning.\n\nCrews shut the water off by noon.")
        for key, day in (("DOMPOS0020200702eg720000b", date(2020, 7, 2)), ("DOMPOS0020200703eg730000c", date(2020, 7, 3)))]
