"""PDF files: their text layer made into paragraphs and read by the .txt rules, running headers, footers and page
numbers left out, words hyphenated at a line's end joined again, a Nexis Uni download split into its stories, and
files that cannot be read reported with their reasons.

The PDFs in tests/fixtures/pdf are made by make_pdfs.py there; the damaged ones are made here."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.documents import parse_bytes, read_file
from newssearch.documents import pdf as pdf_reader
from newssearch.documents.pdf import BOMB, ENCRYPTED, NO_TEXT
from newssearch.documents.pdftext import Line, pdf_text
from newssearch.errors import UnreadableFile

PDFS = Path(__file__).parent / "fixtures" / "pdf"
EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF drawing ``content`` (a content stream, compressed) in Helvetica as /F1."""
    stream = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return (out + b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + table
            + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(out)))


def test_a_reporters_copy_has_its_headline_byline_and_date_not_the_files_information() -> None:
    article, = read_file(PDFS / "reporter.pdf", "reporter.pdf").articles
    assert (article.id, article.title, article.authors, str(article.date)) == \
        ("reporter.pdf", "Harbour bridge reopens after repairs", ("Jane Doe",), "2024-03-12")
    assert article.body == ("The harbour bridge reopened to traffic on Tuesday after six months of repairs to its "
                            "deck and cables.\n\nDrivers queued from dawn to be among the first across.")


def test_two_justified_columns_over_two_pages_without_their_running_header_and_page_numbers() -> None:
    article, = read_file(PDFS / "columns.pdf", "columns.pdf").articles
    assert article.body.split("\n\n") == [
        "The regional council approved its annual plan on Wednesday after a long debate over rates, roading and the "
        "future of the well-known Maitai walkway, which the government agreed last year to help fund.",
        "Councillors heard from forty submitters, most of them opposed to the rise in rates proposed for the coming "
        "year in the draft plan, and several asked for the walkway to be finished before any new roads were built "
        "across the hills above the town of Nelson. The chair said the plan kept rates under the cap the council "
        "set in March.",
        "The council will consult on its long-term plan next year, when the walkway and the new roads are weighed "
        "again in a review."]
    assert article.date is None  # its /CreationDate is the file's


def lines(*texts: str) -> list[list[Line]]:
    """One page of full lines of 10-point text, one under another."""
    return [[Line(text, 72, 700 - 13 * n, 10) for n, text in enumerate(texts)]]


@pytest.mark.parametrize("texts, joined", [
    (("The plan the council and the govern-", "ment agreed"), "The plan the council and the government agreed"),
    # both parts are words of the document: a compound
    (("Known as well as any, the path is a well-", "known walkway"),
     "Known as well as any, the path is a well-known walkway"),
    # the hyphenated word is elsewhere in the document, or the joined one is
    (("A long-term plan, and a view that is long-", "term too"), "A long-term plan, and a view that is long-term too"),
    (("The cooperative said the council and the co-", "operative were"),
     "The cooperative said the council and the cooperative were"),
    (("An agreement was signed, a deal that is Anglo-", "French"),
     "An agreement was signed, a deal that is Anglo-French"),
    # a Unicode hyphen follows the same rule; a soft hyphen is only ever a break point: always joined
    (("The plan the council and the govern\u2010", "ment agreed"), "The plan the council and the government agreed"),
    (("Known as well as any, the path is a well\u2010", "known walkway"),
     "Known as well as any, the path is a well\u2010known walkway"),
    (("Known as well as any, the path is a well\u00ad", "known walkway"),
     "Known as well as any, the path is a wellknown walkway"),
    (("The plan the council and the Govern\u00ad", "Ment agreed"), "The plan the council and the GovernMent agreed"),
    # a suspended hyphen waits for a word to come, as in a text's wrapped lines: it had given "preand post-war"
    (("Rents doubled in the city between the pre-", "and post-war years"),
     "Rents doubled in the city between the pre- and post-war years"),
    (("The council published a plan for the middle-", "to long-term"),
     "The council published a plan for the middle- to long-term"),
    (("Im vergangenen Jahr stiegen sowohl die Ein-", "und Ausfuhr"),
     "Im vergangenen Jahr stiegen sowohl die Ein- und Ausfuhr"),
])
def test_a_word_hyphenated_at_a_lines_end_is_joined_only_when_it_is_one_word(texts: tuple[str, ...],
                                                                            joined: str) -> None:
    assert pdf_text(lines(*texts)).text == joined


def test_a_short_line_ending_in_a_soft_hyphen_does_not_end_its_paragraph() -> None:
    assert pdf_text(lines("Heavy rain fell across the region on Tuesday night and the", "infra\u00ad",
                          "structure was closed.")).text == \
        "Heavy rain fell across the region on Tuesday night and the infrastructure was closed."


def test_text_drawn_in_pieces_on_one_line_is_joined_where_they_touch_and_a_raised_mark_is_set_apart() -> None:
    article, = read_file(PDFS / "pieces.pdf", "pieces.pdf").articles
    assert article.body.split("\n\n") == [
        "The council approved the cycleway on Tuesday.",  # a glyph at a time, each in its own text object
        "WELLINGTON \u2014 The plan put forward by NZTA will cost $45 million. "  # small caps
        "The mayor said the council 1 would pay for it from rates 2."]  # footnote marks raised with a text rise


def test_a_line_moved_down_to_with_t_star_after_a_change_of_font_is_a_line_of_its_own() -> None:
    """ReportLab's text object writes ``(headline) Tj T* /F1 11 Tf (byline) Tj``: pypdf gives the byline, drawn
    28 points lower, no line break of its own, and the headline had read "Ink helps drive democracy in AsiaBy
    Peter Byline", with no byline and no headline."""
    pdf = minimal_pdf(b"BT /F1 18 Tf 72 760 Td 14 TL (Ink helps drive democracy in Asia) Tj T* T* /F1 11 Tf "
                      b"(By Peter Byline) Tj T* (21 January 2005) Tj T* T* "
                      b"(The Kyrgyz Republic is using invisible ink in its elections.) Tj T* ET")
    article, = pdf_reader.read_pdf(pdf, "ink.pdf").articles
    assert (article.title, article.authors, str(article.date)) == \
        ("Ink helps drive democracy in Asia", ("Peter Byline",), "2005-01-21")
    assert article.body == "The Kyrgyz Republic is using invisible ink in its elections."


def test_a_short_line_ends_its_paragraph_and_a_larger_one_is_a_heading() -> None:
    page = [Line("Storm hits the coast", 72, 740, 18), Line("By Jane Doe", 72, 712, 10)] + \
        lines("Heavy rain fell across the region on Tuesday night and", "into the morning.", "The river rose.")[0]
    text = pdf_text([page])
    assert text.text.split("\n\n") == ["Storm hits the coast", "By Jane Doe",
                                       "Heavy rain fell across the region on Tuesday night and into the morning.",
                                       "The river rose."]
    assert text.headings == frozenset({"Storm hits the coast"})


def test_a_nexis_uni_pdf_is_one_article_a_story_as_its_txt_export_is() -> None:
    as_pdf = read_file(PDFS / "nexis_uni.pdf", "nexis_uni.pdf")
    as_text = read_file(EXPORTS / "nexis_uni.txt", "nexis_uni.txt")
    assert [article.id for article in as_pdf.articles] == ["nexis_uni.pdf#1", "nexis_uni.pdf#2"]
    assert [(a.title, a.date, a.authors, a.source, a.body) for a in as_pdf.articles] == \
        [(a.title, a.date, a.authors, a.source, a.body) for a in as_text.articles]
    assert as_pdf.skipped == []


def test_a_pdf_encrypted_with_an_empty_password_is_read() -> None:
    article, = read_file(PDFS / "protected.pdf", "protected.pdf").articles
    assert article.body == "The harbour bridge reopened to traffic on Tuesday."


def test_unreadable_pdfs_are_skipped_with_their_reasons(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("locked.pdf", "scanned.pdf", "reporter.pdf"):
        (corpus / name).write_bytes((PDFS / name).read_bytes())
    (corpus / "cut.pdf").write_bytes((PDFS / "reporter.pdf").read_bytes()[:600])  # a download cut short
    (corpus / "page.pdf").write_bytes(b"<html><body>Not found</body></html>")
    (corpus / "bomb.pdf").write_bytes(minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Rain) Tj ET" + b" " * 80_000_000))
    # What pypdf does not support raises NotImplementedError: skipped as 'reader failed' before.
    drm = minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Rain) Tj ET")  # a rights-management handler, not a password's
    (corpus / "drm.pdf").write_bytes(drm.replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt << /Filter /Adobe.APS >> "
                                                                 b"/ID [<01> <01>]"))
    (corpus / "filter.pdf").write_bytes(minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Rain) Tj ET").replace(
        b"/FlateDecode", b"/FlateDecod3"))  # a damaged filter name
    report = build_index(corpus, tmp_path / "ix")
    assert report.added == 1
    assert {skip.path: skip.reason for skip in report.skipped} == {
        "locked.pdf": ENCRYPTED,
        "scanned.pdf": NO_TEXT,
        "cut.pdf": "broken PDF: Stream has ended unexpectedly",
        "page.pdf": "not a PDF file (no %PDF- header)",
        "bomb.pdf": BOMB,
        "drm.pdf": "not supported by pypdf: only Standard PDF encryption handler is available",
        "filter.pdf": "page 1 does not read (not supported by pypdf: Unsupported filter /FlateDecod3)",
    }
    assert NO_TEXT == "no text in the PDF (a scanned image?): not read; run OCR on it first to index it"
    assert BOMB == "a stream in the PDF unpacks to more than pypdf's limit (a PDF bomb?): not read"


def test_a_pdf_whose_reading_fails_without_a_message_is_skipped_naming_the_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(data: bytes) -> None:
        raise EOFError  # no message: the reason had been "broken PDF: "

    monkeypatch.setattr(pdf_reader, "_opened", fail)
    with pytest.raises(UnreadableFile) as raised:
        pdf_reader.read_pdf(minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Rain) Tj ET"), "rain.pdf")
    assert str(raised.value) == "broken PDF: EOFError"


def test_the_pages_and_text_read_from_one_file_are_bounded_and_the_rest_reported(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = (PDFS / "columns.pdf").read_bytes()
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 1)
    result = parse_bytes(data, "columns.pdf", ".pdf")
    assert [skip.reason for skip in result.skipped] == ["2 pages, more than 1 (a PDF bomb?): pages 2-2 were not read"]
    assert "review" not in result.articles[0].body and "Nelson" in result.articles[0].body
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2000)
    monkeypatch.setattr(pdf_reader, "MAX_TEXT", 100)
    assert [skip.reason for skip in parse_bytes(data, "columns.pdf", ".pdf").skipped] == \
        ["more than 100 characters of text (a PDF bomb?): pages 2-2 were not read"]


def test_a_line_of_a_huge_run_of_letters_is_read_in_time_linear_in_its_length() -> None:
    # Looking for a word hyphenated at a line's end from each letter of a run of 20,000 "p"s (a PDF drawing a
    # "<70>Tj" 20,000 times) took 8 s, time growing as the run's square (200,000: many minutes); now milliseconds.
    started = time.process_time()
    text = pdf_text(lines("p" * 20_000 + " ", "q" * 20_000 + "-", "r" * 20_000)).text
    assert time.process_time() - started < 1.5
    assert text == "p" * 20_000 + " " + "q" * 20_000 + "r" * 20_000


def test_pypdfs_warnings_on_a_damaged_file_are_not_logged_and_what_it_reads_is_read(
        caplog: pytest.LogCaptureFixture) -> None:
    # 20,000 hex strings where a dictionary's keys should be (a damaged file held 100,000 "<b>"s): pypdf repairs
    # each, logging a warning for each, twice (its xref rebuilt, then the font read): half of the read's time.
    damaged = minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Storm hits Wellington) Tj ET").replace(
        b"<< /Type /Font", b"<< /Type /Font " + b"<b>" * 20_000)
    before = logging.getLogger("pypdf").level
    with caplog.at_level(logging.DEBUG):
        article, = pdf_reader.read_pdf(damaged, "damaged.pdf").articles
    assert article.title == "Storm hits Wellington"
    assert not [record for record in caplog.records if record.name.startswith("pypdf")]
    assert logging.getLogger("pypdf").level == before
    with pytest.raises(UnreadableFile, match=r"^broken PDF: Stream has ended unexpectedly$"):  # a failure still says
        pdf_reader.read_pdf(damaged[:600], "cut.pdf")


def test_a_pdf_past_a_limit_of_pypdfs_other_than_a_streams_size_is_refused_naming_it() -> None:
    # pypdf's limits on a dictionary's or an array's entries had been reported as a stream unpacking too far
    many = minimal_pdf(b"BT /F1 12 Tf 72 700 Td [" + b"<70>" * 100_001 + b"] TJ ET")
    with pytest.raises(UnreadableFile) as raised:
        pdf_reader.read_pdf(many, "many.pdf")
    assert str(raised.value) == "the PDF passes one of pypdf's limits (Reached maximum array element count): not read"


def test_index_reads_pdfs_and_no_longer_ignores_them(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bridge.pdf").write_bytes((PDFS / "reporter.pdf").read_bytes())
    runner = CliRunner()
    indexed = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix")], env={})
    assert indexed.exit_code == 0 and "1 added" in indexed.stdout
    assert "ignored" not in indexed.output
    result = runner.invoke(cli, ["query", "harbour", "--index-dir", str(tmp_path / "ix"), "--json"], env={})
    hit, = json.loads(result.stdout)["hits"]
    assert (hit["id"], hit["title"], hit["date"]) == \
        ("bridge.pdf", "Harbour bridge reopens after repairs", "2024-03-12")


def test_start_up_does_not_import_the_pdf_library() -> None:
    check = ("import sys, newssearch.cli, newssearch.searcher\nfrom newssearch.documents import is_supported\n"
             "assert is_supported('a.pdf')\n"
             "print(sorted(m for m in ('pypdf', 'newssearch.documents.pdf') if m in sys.modules))")
    output = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout
    assert output == "[]\n"


STORM = "https://www.stuff.co.nz/nz-news/350123456/storm-hits-wellington"
STORM_TEXT = ("Wellington was battered by a fierce southerly storm overnight, with gusts of 140km/h recorded at the airport "
              "and hundreds of homes left without power across the Hutt Valley.\n\nFerry sailings were cancelled on "
              "Friday morning.")


@pytest.mark.parametrize("name, body", [("browser.pdf", STORM_TEXT),
                                        ("browser_pages.pdf", STORM_TEXT + "\n\nFerry sailings were cancelled on "
                                                                          "Friday morning.")])
def test_a_browsers_print_gives_neither_its_print_time_nor_its_title_line_and_its_address_is_the_url(
        name: str, body: str) -> None:
    # one page (nothing repeats) or two: the header "12/2/26, 12:06 PM  Storm hits Wellington | Stuff", the footer
    # with the address and "1/2", and the site's menu over the 22-point headline are no text
    article, = read_file(PDFS / name, name).articles
    assert (article.title, str(article.date), article.url, article.body) == \
        ("Storm hits Wellington", "2026-11-28", STORM, body)


def test_a_one_page_firefox_print_whose_long_title_and_address_share_the_header_line_is_told() -> None:
    # the title, cut with "…", and the address, cut in the middle, drawn far apart on one line are two lines, so the
    # header is recognised: neither it nor the menu is text, and the cut address is no url
    article, = read_file(PDFS / "firefox.pdf", "firefox.pdf").articles
    assert (article.title, str(article.date), article.url, article.body) == \
        ("Storm hits Wellington", "2026-11-28", None, STORM_TEXT)


def test_a_web_pages_print_without_header_and_footer_ends_without_the_sites_footer_links_and_copyright() -> None:
    # the site's menu over the headline tells a web page's print: the links and "© 2026 Stuff Limited" ending it go
    article, = read_file(PDFS / "site_footer.pdf", "site_footer.pdf").articles
    assert (article.title, str(article.date), article.body) == ("Storm hits Wellington", "2026-11-28", STORM_TEXT)


def test_links_and_a_copyright_line_ending_a_document_that_is_no_web_pages_print_stay() -> None:
    footer = ["About Stuff   Contact Us   Privacy Policy   Terms & Conditions", "\u00a9 2026 Stuff Limited"]
    page = [Line("Storm hits Wellington", 72, 760, 22)] + \
        [Line(text, 72, 730 - 20 * n, 10) for n, text in enumerate(["Ferry sailings were cancelled.", *footer])]
    assert pdf_text([page]).text.split("\n\n") == ["Storm hits Wellington", "Ferry sailings were cancelled.",
                                                    " ".join(footer)]  # the two lines are one paragraph
    menu = Line("Home   National   World   Business   Sport", 72, 790, 9)
    assert pdf_text([[menu, *page]]).text.split("\n\n") == ["Storm hits Wellington", "Ferry sailings were cancelled."]


def test_a_page_drawn_turned_for_its_rotate_to_turn_back_reads_along_its_lines_without_its_running_header() -> None:
    # each line runs up the portrait page: lines are built along their baseline, and the header at the turned page's
    # top (its left side) is in its margin there
    article, = read_file(PDFS / "turned.pdf", "turned.pdf").articles
    assert (article.title, article.body.split("\n\n")) == ("Storm report part 1", [
        "Wellington was battered by a fierce southerly storm overnight, with gusts of 140km/h recorded at the airport "
        "and hundreds of homes left without power across the Hutt Valley.",
        "Storm report part 2", "Ferry sailings were cancelled on Friday morning."])


def test_a_lexisnexis_academic_pdf_is_one_article_a_story_under_its_n_of_m_documents_line() -> None:
    articles = read_file(PDFS / "lexisnexis.pdf", "lexisnexis.pdf").articles
    assert [(a.id, a.title, str(a.date), a.authors, a.lang) for a in articles] == [
        ("lexisnexis.pdf#1", "Council approves harbour cycleway", "2020-06-19", ("Jane Doe",), "en"),
        ("lexisnexis.pdf#2", "Dairy prices fall at auction", "2020-06-20", ("Jane Doe",), "en")]
    assert all(a.body.startswith("The story number") and "LOAD-DATE" not in a.body for a in articles)


def test_a_line_repeated_atop_each_page_in_the_texts_own_area_stays_and_a_running_header_goes() -> None:
    def page(number: int) -> list[Line]:
        return [Line(f"The Nelson Mail, page {number}", 72, 812, 8), Line(f"Council report part {number}", 72, 740, 18),
                Line("Heavy rain fell across the region on Tuesday night.", 72, 712, 10),
                Line(f"Page {number} of 2", 280, 30, 10)]
    assert pdf_text([page(1), page(2)]).text.split("\n\n") == [
        "Council report part 1", "Heavy rain fell across the region on Tuesday night.",
        "Council report part 2", "Heavy rain fell across the region on Tuesday night."]


def test_chinese_lines_broken_inside_a_word_are_joined_without_a_space_and_the_word_is_found(tmp_path: Path) -> None:
    article, = read_file(PDFS / "chinese.pdf", "chinese.pdf").articles
    assert (article.title, article.body) == \
        ("北京大学举行开学典礼", "北京大学今天举行新学期开学典礼，校长表示学校将继续推进教育改革，为国家培养更多优秀人才。")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "chinese.pdf").write_bytes((PDFS / "chinese.pdf").read_bytes())
    build_index(corpus, tmp_path / "ix")
    result = CliRunner().invoke(cli, ["query", "改革", "--index-dir", str(tmp_path / "ix"), "--json"], env={})
    assert [hit["id"] for hit in json.loads(result.stdout)["hits"]] == ["chinese.pdf"]


def test_where_a_blank_line_follows_most_lines_the_lines_a_blank_line_parts_are_paragraphs() -> None:
    # LexisNexis Academic: centred publication and date, fields and a one-line story, each under a blank line (28
    # points apart at 10 points); only the lines of a wrapped paragraph are set close (13 points).
    texts = ["1 of 2 DOCUMENTS", "The New Zealand Herald", "June 20, 2020 Saturday", "BYLINE: John Smith",
             "Dairy prices fell for the third auction in a row overnight.", "LOAD-DATE: June 22, 2020",
             "The Auckland council approved the harbour bridge cycleway on Tuesday after a long debate, with",
             "councillors voting eleven to four in favour."]
    ys = [740, 700, 672, 644, 616, 588, 560, 547]
    lines = [Line(text, 72 if n > 2 else 250, y, 10) for n, (text, y) in enumerate(zip(texts, ys))]
    assert pdf_text([lines]).text.split("\n\n") == texts[:-2] + [" ".join(texts[-2:])]


def test_a_word_copy_saved_as_pdf_has_its_headline_byline_and_date_without_its_header_and_page_numbers() -> None:
    article, = read_file(PDFS / "word_copy.pdf", "word_copy.pdf").articles
    assert (article.title, str(article.date), article.authors) == \
        ("Harbour bridge reopens after repairs", "2024-03-12", ("Jane Doe",))
    first, second = ("The harbour bridge reopened to traffic on Tuesday after six months of repairs to its deck and "
                     "cables, and drivers queued from dawn to be among the first across the span.",
                     "The transport agency said the work had come in under budget, although a wet winter had slowed "
                     "the painters on the northern approach and held up the crews on the deck.")
    assert article.body.split("\n\n") == [first, second, first, second]  # the third paragraph goes over the page


def test_a_one_page_press_releases_letterhead_over_its_headline_goes_after_it_so_headline_and_date_are_read() -> None:
    article, = read_file(PDFS / "press_release.pdf", "press_release.pdf").articles
    assert (article.title, str(article.date)) == ("Council approves harbour bridge cycleway", "2024-06-03")
    assert article.body.split("\n\n") == [
        "Auckland Council", "135 Albert Street, Auckland 1010 | www.aucklandcouncil.govt.nz",
        "The council approved a cycleway across the harbour bridge on Monday, after ten years of campaigning by "
        "cyclists and walkers.", "Construction will start next year."]


@pytest.mark.parametrize(("masthead", "pages"), [(26, 1), (14, 2)])
def test_a_masthead_larger_than_the_headline_or_a_heading_over_it_on_a_page_of_several_stays_first(
        masthead: float, pages: int) -> None:
    def page(number: int) -> list[Line]:
        return [Line("The Nelson Mail", 72, 760, masthead), Line(f"Council passes plan {number}", 72, 720, 18),
                Line("The regional council approved its annual plan on Wednesday.", 72, 690, 10)]

    text = pdf_text([page(number) for number in range(1, pages + 1)]).text
    assert text.split("\n\n")[:2] == ["The Nelson Mail", "Council passes plan 1"]


def test_an_epaper_clippings_columns_read_in_order_and_a_pull_quote_or_a_pictures_place_cuts_no_sentence() -> None:
    article, = read_file(PDFS / "epaper.pdf", "epaper.pdf").articles
    assert article.title == "Council passes plan despite anger"
    assert article.body.split("\n\n") == [
        "The Maitai walkway, which the council wants built first.",
        "The regional council approved its annual plan on Wednesday after a long debate over the rates and the roads. "
        "Forty submitters spoke, and most of them were opposed to the rise in rates proposed for the coming year, "
        "while several asked for the Maitai walkway to be built before any new roads across the hills. The chair "
        "said the plan kept rates under the cap the council set in March and would stand.",
        "“Build the walkway first”"]


def test_a_proquest_pdf_is_one_article_a_story_as_its_txt_export_is() -> None:
    articles = read_file(PDFS / "proquest.pdf", "proquest.pdf").articles
    assert [(a.id, a.title, str(a.date), a.authors, a.source, a.url, a.lang) for a in articles] == [
        ("proquest.pdf#2415623451", "Whanganui River iwi celebrate settlement anniversary", "2020-06-19",
         ("Laurel Stowell",), "Whanganui Chronicle", "https://www.proquest.com/docview/2415623451", "en"),
        ("proquest.pdf#2420000001", "Library plan for Gonville approved", "2020-07-02",
         ("Laurel Stowell",), "Whanganui Chronicle", "https://www.proquest.com/docview/2420000001", "en")]
    paragraph = ("Iwi along the Whanganui River gathered at Putiki Marae on Friday to mark the anniversary of the "
                 "settlement that gave the river the legal rights of a person, with speeches and a hangi for the "
                 "hundreds who came.")
    assert all(a.body == f"{paragraph}\n\n{paragraph}" for a in articles)
