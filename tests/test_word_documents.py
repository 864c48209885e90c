"""Word processors' documents (.docx, .odt, .rtf, .doc): their text read by the .txt rules, what is left out of it,
news databases' exports in them split into stories, and damaged files reported with their reasons.

Every document is built here, part by part, with zipfile (or written out, for RTF): each holds just what its test is
about."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.documents import ReadResult, is_supported, parse_bytes, read_file
from newssearch.documents.wordblocks import paragraph_line
from newssearch.documents.wordfiles import CUT, ENCRYPTED, LEGACY_DOC, MAX_PART, OLE_MAGIC, SALVAGED
from newssearch.errors import UnreadableFile

EXPORTS = Path(__file__).parent / "fixtures" / "exports"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def zipped(parts: dict[str, str | bytes]) -> bytes:
    """A zip archive of ``parts`` by name."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def docx(body: str, **parts: str) -> bytes:
    """A .docx whose ``word/document.xml`` body is ``body``; ``parts`` adds others (``styles``: word/styles.xml)."""
    names = {"styles": "word/styles.xml", "footnotes": "word/footnotes.xml", "comments": "word/comments.xml",
             "header": "word/header1.xml", "core": "docProps/core.xml"}
    return zipped({"[Content_Types].xml": "<Types/>",
                   "word/document.xml": f"<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>",
                   **{names[key]: content for key, content in parts.items()}})


def p(text: str, style: str | None = None, centred: bool = False) -> str:
    """A Word paragraph of one run."""
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if centred else "")
    return f'<w:p><w:pPr>{props}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def odt(body: str) -> bytes:
    """An .odt whose text body is ``body``."""
    return zipped({"mimetype": "application/vnd.oasis.opendocument.text",
                   "content.xml": f"<office:document-content {ODF}><office:body><office:text>{body}</office:text>"
                                  "</office:body></office:document-content>"})


def read(data: bytes, name: str) -> ReadResult:
    """What the indexer reads of a file called ``name`` holding ``data``."""
    return parse_bytes(data, name, "." + name.rsplit(".", 1)[1])


@pytest.mark.parametrize("name", ["story.docx", "story.odt", "story.rtf", "story.doc", "STORY.DOCX", "story.rtf.gz"])
def test_word_processors_documents_are_read(name: str) -> None:
    assert is_supported(name)


STORY = (p("Storm hits the coast", style="Title") + p("By Jane Doe") + p("5 March 2024")
         + p("Heavy rain fell across the region on Tuesday.") + p("Roads were closed."))


def test_a_paragraph_of_more_than_ten_million_characters_is_read_whole() -> None:
    # libxml2's limit on one text's length: such a document had been "not well-formed XML (… Text node too long)".
    words = "The council met again on Tuesday. " * 300_000
    [article] = read(docx(p("Minutes") + p(words + "Adjourned.")), "minutes.docx").articles
    assert len(article.body) > 10_000_000 and article.body.endswith("Adjourned.")


def test_a_docx_article_has_its_headline_byline_and_date_line() -> None:
    article, = read(docx(STORY), "storm.docx").articles
    assert (article.id, article.title, article.title_source, article.authors, article.date, article.date_source) == \
        ("storm.docx", "Storm hits the coast", "heading", ("Jane Doe",), date(2024, 3, 5), "date line")
    assert article.body == "Heavy rain fell across the region on Tuesday.\n\nRoads were closed."


def test_a_heading_style_is_known_by_its_name_in_any_language() -> None:
    styles = ('<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Standard"><w:name w:val="Normal"/></w:style>')
    text = p("Sturm trifft die Küste.", style="berschrift1") + p("Starker Regen fiel am Dienstag.")
    article, = read(docx(text, styles=f"<w:styles {W}>{styles}</w:styles>"), "sturm.docx").articles
    assert (article.title, article.title_source) == ("Sturm trifft die Küste.", "heading")  # a sentence, yet a title


def test_the_files_own_properties_are_not_the_articles() -> None:
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Template'
            '</dc:title><dc:creator>Office User</dc:creator><dcterms:created>2019-01-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    article, = read(docx(p("Heavy rain fell across the region on Tuesday."), core=core), "rain.docx").articles
    assert (article.title, article.title_source, article.authors, article.date) == \
        ("Heavy rain fell across the region on Tuesday", "lede", (), None)  # no "Template", "Office User", 2019


def test_a_table_is_a_row_to_a_line_its_cells_between_bars() -> None:
    rows = "".join(f"<w:tr><w:tc>{p(town)}</w:tc><w:tc>{p(rain)}{p('(est.)')}</w:tc></w:tr>"
                   for town, rain in [("Town", "Rain"), ("Nelson", "120 mm")])
    text = p("Rain totals") + p("The rain gauges read as follows.") + f"<w:tbl><w:tblPr/>{rows}</w:tbl>" + p("More.")
    article, = read(docx(text), "rain.docx").articles
    assert article.body == ("The rain gauges read as follows.\n\nTown | Rain (est.)\nNelson | 120 mm (est.)\n\n"
                            "More.")


def test_a_cells_paragraphs_of_text_closing_a_row_stay_paragraphs() -> None:
    """A table laid out as a label and its text (a field's name, then a story's paragraphs): the text's paragraphs
    under the row, a blank line between them, as outside a table; they had been joined into one line. A cell of
    short values ("120 mm", "(est.)") stays on its row's line (see the test above)."""
    story = ("The council voted on Tuesday to rebuild the harbour wall before winter.",
             "Work is to begin next month and will close the wharf for six weeks.")
    cells = f"<w:tc>{p('Text')}</w:tc><w:tc>{''.join(p(line) for line in story)}</w:tc>"
    text = p("Harbour wall") + p("The wall was damaged in the May storm.") + \
        f"<w:tbl><w:tblPr/><w:tr>{cells}</w:tr></w:tbl>" + p("More.")
    expected = f"The wall was damaged in the May storm.\n\nText | {story[0]}\n\n{story[1]}\n\nMore."
    article, = read(docx(text), "harbour.docx").articles
    assert article.body == expected
    cells = ("<table:table-cell><text:p>Text</text:p></table:table-cell><table:table-cell>"
             + "".join(f"<text:p>{line}</text:p>" for line in story) + "</table:table-cell>")
    article, = read(odt("<text:h>Harbour wall</text:h><text:p>The wall was damaged in the May storm.</text:p>"
                        f"<table:table><table:table-row>{cells}</table:table-row></table:table>"
                        "<text:p>More.</text:p>"), "harbour.odt").articles
    assert article.body == expected
    rtf = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\pard\qc Harbour wall\par\pard The wall was damaged in the May "
           r"storm.\par\trowd\cellx1200\cellx9000\intbl Text\cell\intbl " + r"\par ".join(story) +
           r"\cell\row\pard More.\par}")
    article, = read(rtf.encode(), "harbour.rtf").articles
    assert article.body == expected


def test_footnotes_comments_headers_deletions_and_field_codes_are_left_out_insertions_kept() -> None:
    note = f'<w:footnotes {W}><w:footnote w:id="1">{p("Footnote secret.")}</w:footnote></w:footnotes>'
    comment = f'<w:comments {W}><w:comment w:id="0">{p("Comment secret.")}</w:comment></w:comments>'
    header = f'<w:hdr {W}>{p("Header secret")}</w:hdr>'
    text = (p("Council votes") +
            '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">The council voted </w:t></w:r>'
            '<w:del w:id="1"><w:r><w:delText>against </w:delText></w:r></w:del>'
            '<w:ins w:id="2"><w:r><w:t xml:space="preserve">for </w:t></w:r></w:ins>'
            '<w:r><w:t>the plan</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeEnd w:id="0"/>'
            '<w:r><w:t xml:space="preserve"> (see </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the report</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>).</w:t><w:tab/><w:t>Done.</w:t></w:r></w:p>')
    article, = read(docx(text, footnotes=note, comments=comment, header=header), "council.docx").articles
    assert article.body == "The council voted for the plan (see the report). Done."


def test_a_nexis_uni_docx_is_one_article_a_story_as_its_txt_export_is() -> None:
    lines = (EXPORTS / "nexis_uni.txt").read_text(encoding="utf-8").splitlines()
    as_docx = read(docx("".join(p(line) for line in lines)), "nexis_uni.docx")
    as_text = read_file(EXPORTS / "nexis_uni.txt", "nexis_uni.txt")
    assert [article.id for article in as_docx.articles] == ["nexis_uni.docx#1", "nexis_uni.docx#2"]
    assert [(a.title, a.date, a.authors, a.source, a.body) for a in as_docx.articles] == \
        [(a.title, a.date, a.authors, a.source, a.body) for a in as_text.articles]
    assert as_docx.skipped == []


def test_an_odt_article_without_its_notes_comments_and_deleted_text() -> None:
    text = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>deleted words'
            '</text:p></text:deletion></text:changed-region></text:tracked-changes>'
            '<text:h text:outline-level="1">Ferry  sails   again</text:h>'
            '<text:p>The ferry<text:s text:c="2"/>sailed<text:line-break/>on <text:span>Monday</text:span>'
            '<text:change text:change-id="c1"/>.<text:note text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p>Note secret.</text:p></text:note-body></text:note>'
            '<office:annotation><dc:creator>Ed</dc:creator><text:p>Comment secret.</text:p></office:annotation></text:p>'
            '<text:list><text:list-item><text:p>Crew of five.</text:p></text:list-item></text:list>'
            '<table:table><table:table-row><table:table-cell><text:p>Port</text:p></table:table-cell>'
            '<table:table-cell><text:p>Time</text:p></table:table-cell></table:table-row></table:table>')
    article, = read(odt(text), "ferry.odt").articles
    assert (article.title, article.title_source) == ("Ferry sails again", "heading")
    assert article.body == "The ferry  sailed on Monday.\n\nCrew of five.\n\nPort | Time"


def test_an_rtf_article_in_its_code_page_with_unicode_and_its_destinations_skipped() -> None:
    rtf = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fcharset204 Times New Roman;}}"
           rb"{\colortbl;\red0\green0\blue0;}{\*\generator Riched20;}{\info{\title Old draft}{\author Office User}"
           rb"{\creatim\yr2019\mo1\dy1}}" b"\r\n"
           rb"\pard\qc\b Caf\'e9 reopens\b0\par" b"\r\n"
           rb"\pard By Ana Lopes\par" b"\r\n"
           rb"\pard The caf\'e9\rquote s owner said it\u8217?s back{\*\bkmkstart x}{\*\bkmkend x}"
           rb"{\footnote \pard Note secret.}\line in business, {\f1 \'cf\'f0\'e8\'e2\'e5\'f2} to all.\par}")
    article, = read(rtf, "cafe.rtf").articles
    assert (article.title, article.authors, article.date) == ("Café reopens", ("Ana Lopes",), None)
    assert article.body == "The café’s owner said it’s back in business, Привет to all."


@pytest.mark.parametrize("mark", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])
def test_an_rtf_after_a_byte_order_mark_is_read_as_rtf_without_it(mark: bytes) -> None:
    # UTF-8's mark had been read as the headline's first letters, "ï»¿Café reopens"; a UTF-16 one (a stray mark
    # before RTF's 7-bit code) as the code itself, "{\rtf1\ansi Caf\'e9 reopens\par …" (fuzz probe).
    rtf = rb"{\rtf1\ansi Caf\'e9 reopens\par The caf\'e9 opened on Tuesday in the harbour town.\par}"
    article, = read(mark + rtf, "cafe.rtf").articles
    assert (article.title, article.body) == ("Café reopens", "The café opened on Tuesday in the harbour town.")


LEXIS_RTF = "\r\n".join([
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\uc1",
    r"\pard\qc 1 of 2 DOCUMENTS\par\par\pard\qc The New Zealand Herald\par\pard\qc June 19, 2020 Friday\par",
    r"\pard\qc Edition 1\par\pard\ql Police officer shot dead\par\pard BYLINE: Sam Hurley\par",
    r"\pard LENGTH: 412 words\par\pard A police officer has died.\par\pard LOAD-DATE: June 22, 2020\par",
    r"\pard\qc Copyright 2020 New Zealand Media and Entertainment\par",
    r"\pard\qc 2 of 2 DOCUMENTS\par\pard\qc Otago Daily Times (New Zealand)\par\pard\qc July 2, 2020 Thursday\par",
    r"\pard Stadium roof repair approved\par\pard BYLINE: Grant Miller\par\pard LENGTH: 98 words\par",
    r"\pard The council voted 11\u8211?3 for the repair.\par\pard LOAD-DATE: July 3, 2020\par}",
]).encode("ascii")


def test_a_lexisnexis_rtf_is_one_article_a_story() -> None:
    # Its centred edition line ("\\qc Edition 1") is told from the headline under it as the .txt export's indent is.
    result = read(LEXIS_RTF, "lexis.rtf")
    assert [(a.id, a.title, a.date, a.authors, a.source, a.body) for a in result.articles] == [
        ("lexis.rtf#1", "Police officer shot dead", date(2020, 6, 19), ("Sam Hurley",), "NZ Herald",
         "A police officer has died."),
        ("lexis.rtf#2", "Stadium roof repair approved", date(2020, 7, 2), ("Grant Miller",), "Otago Daily Times",
         "The council voted 11–3 for the repair."),
    ]
    assert result.skipped == []


def test_an_rtf_cut_short_gives_its_text_and_says_so() -> None:
    result = read(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard Rain fell on {\b Nelson all day.\par", "cut.rtf")
    assert [article.body for article in result.articles] == ["Rain fell on Nelson all day."]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        ("cut.rtf", "cut short: the file ends inside 2 RTF groups (unbalanced braces); its text was read up to there")]


def test_word_saves_rtf_and_web_pages_under_doc() -> None:
    assert read(rb"{\rtf1\ansi Rain fell on Nelson all day.\par}", "rain.doc").articles[0].body == \
        "Rain fell on Nelson all day."
    assert read(b"<html><body><p>Rain fell on Nelson all day.</p></body></html>", "page.doc").articles[0].body == \
        "Rain fell on Nelson all day."


def test_damaged_and_unread_documents_are_skipped_with_their_reasons(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "broken.docx").write_bytes(docx(STORY)[:200])  # a download cut short: no central directory
    (corpus / "legacy.doc").write_bytes(OLE_MAGIC + b"\x00" * 504 + "WordDocument".encode("utf-16-le"))
    (corpus / "locked.docx").write_bytes(OLE_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"))
    (corpus / "bomb.docx").write_bytes(zipped({"word/document.xml": b" " * (MAX_PART + 1)}))
    (corpus / "empty.odt").write_bytes(zipped({"mimetype": "application/vnd.oasis.opendocument.text"}))
    (corpus / "bad.docx").write_bytes(zipped({"word/document.xml": f"<w:document {W}><w:body><w:p>"}))
    (corpus / "good.docx").write_bytes(docx(STORY))
    future = bytearray(docx(STORY))  # a table of contents asking for zip version 17.0 (Python's NotImplementedError)
    future[future.index(b"PK\x01\x02") + 6] = 170
    (corpus / "future.docx").write_bytes(bytes(future))
    report = build_index(corpus, tmp_path / "ix")
    assert report.added == 1
    assert {skip.path: skip.reason for skip in report.skipped} == {
        "broken.docx": "broken document: its zip archive does not open (File is not a zip file)",
        "future.docx": "broken document: its zip archive does not open (zip file version 17.0)",
        "legacy.doc": LEGACY_DOC,
        "locked.docx": ENCRYPTED,
        "bomb.docx": "word/document.xml unpacks to more than 64 MB (a zip bomb?): not read",
        "empty.odt": "no document in the zip archive (neither a Word document part nor content.xml)",
        "bad.docx": "broken document: word/document.xml is not well-formed XML (Premature end of data in tag p "
                    "line 1, line 1, column 97)",
    }


def test_a_document_part_cut_short_or_with_a_stray_entity_is_read_as_far_as_it_recovers_and_said_so() -> None:
    # Refused whole before ("not well-formed XML"): now read as the HTML reader reads a broken page, the damage said.
    body = "".join(p(text) for text in ("Storm hits Wellington", "Rain &bogus; fell all night.", "Roads & bridges closed.",
                                        "Power is back."))
    whole = f"<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"
    entity = read(zipped({"word/document.xml": whole}), "entity.docx")
    assert [(a.title, a.body) for a in entity.articles] == [
        ("Storm hits Wellington", "Rain &bogus; fell all night.\n\nRoads & bridges closed.\n\nPower is back.")]
    assert [s.reason for s in entity.skipped] == [
        "broken document: word/document.xml is not well-formed XML (Entity 'bogus' not defined, line 1, column 245)"
        + SALVAGED]
    cut = read(zipped({"word/document.xml": whole.replace("&bogus; ", "")[:-140]}), "cut.docx")
    assert [a.body for a in cut.articles] == ["Rain fell all night.\n\nRoads & bridges c"]  # where the part stops
    (note,) = [s.reason for s in cut.skipped]
    assert note.startswith("broken document: word/document.xml is not well-formed XML (")
    assert note.endswith(CUT + SALVAGED)


def test_index_then_query_finds_a_docx(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "storm.docx").write_bytes(docx(STORY))
    runner = CliRunner()
    indexed = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir)], env={})
    assert indexed.exit_code == 0 and "1 added" in indexed.stdout
    result = runner.invoke(cli, ["query", "rain", "--index-dir", str(index_dir), "--json"], env={})
    hit, = json.loads(result.stdout)["hits"]
    assert (hit["id"], hit["title"], hit["date"], hit["authors"]) == \
        ("storm.docx", "Storm hits the coast", "2024-03-05", ["Jane Doe"])


def test_start_up_imports_no_zip_or_document_reader() -> None:
    check = ("import sys, newssearch.cli, newssearch.searcher\nfrom newssearch.documents import is_supported\n"
             "assert is_supported('a.docx')\n"
             "print(sorted(m for m in ('zipfile', 'newssearch.documents.wordfiles', 'newssearch.documents.rtf') "
             "if m in sys.modules))")
    output = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout
    assert output == "[]\n"


def test_a_large_docx_is_read_not_sniffed_as_binary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch import corpusreads

    monkeypatch.setattr(corpusreads, "BIG_FILE", 100)  # as a .docx of many photos is past 64 MB
    (tmp_path / "storm.docx").write_bytes(docx(STORY))
    read_back = corpusreads.read_corpus_file(("storm.docx", str(tmp_path / "storm.docx")))
    assert (read_back.error, [a.title for a in read_back.result.articles]) == (None, ["Storm hits the coast"])


def run(text: str, props: str = "") -> str:
    """A Word run with its properties (``w:rPr``)."""
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_hidden_text_is_left_out_by_the_run_its_character_style_or_its_paragraph_style() -> None:
    styles = (f'<w:styles {W}><w:style w:styleId="Note"><w:rPr><w:vanish/></w:rPr></w:style>'
              '<w:style w:styleId="EdNote"><w:basedOn w:val="Note"/></w:style>'
              '<w:style w:styleId="Shown"><w:basedOn w:val="Note"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>'
              '</w:styles>')
    text = (p("Storm hits the coast", style="Title")
            + "<w:p>" + run("Visible text ") + run("SECRETONE", "<w:vanish/>")
            + run("more ", '<w:vanish w:val="false"/>') + run("SECRETTWO", '<w:rStyle w:val="Note"/>')
            + run("visible.") + "</w:p>" + p("SECRETTHREE", style="EdNote")
            + '<w:p><w:pPr><w:pStyle w:val="EdNote"/></w:pPr>' + run("Shown by its run.", '<w:vanish w:val="0"/>')
            + "</w:p>"
            + p("Shown by its style.", style="Shown")
            # A hidden paragraph mark alone hides no text: Word joins the paragraph to the next one.
            + f'<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>{run("Its mark hidden.")}</w:p>')
    article, = read(docx(text, styles=styles), "hidden.docx").articles
    assert article.body == ("Visible text more visible.\n\nShown by its run.\n\nShown by its style.\n\n"
                            "Its mark hidden.")


def test_an_unfilled_content_controls_placeholder_is_left_out() -> None:
    placeholder = '<w:sdtPr><w:showingPlcHdr/></w:sdtPr>'
    text = (f'<w:sdt>{placeholder}<w:sdtContent>{p("Click or tap here to enter text.", style="Title")}'
            '</w:sdtContent></w:sdt>'
            f'<w:sdt><w:sdtPr><w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtContent>{p("Storm hits the coast")}'
            '</w:sdtContent></w:sdt>' + p("By Kate Green")
            + f'<w:p>{run("Rain fell on ")}<w:sdt>{placeholder}<w:sdtContent>{run("Choose a town.")}</w:sdtContent>'
            f'</w:sdt><w:sdt><w:sdtContent>{run("Nelson")}</w:sdtContent></w:sdt>{run(" all day.")}</w:p>')
    article, = read(docx(text), "template.docx").articles
    assert (article.title, article.authors, article.body) == \
        ("Storm hits the coast", ("Kate Green",), "Rain fell on Nelson all day.")


def test_a_word_online_docx_is_found_by_its_relationships() -> None:
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            '{kind}" Target="{target}"/></Relationships>')
    styles = f'<w:styles {W}><w:style w:styleId="Kop1"><w:name w:val="heading 1"/></w:style></w:styles>'
    body = p("Storm hits the coast", style="Kop1") + p("Heavy rain fell across the region on Tuesday.")
    data = zipped({"_rels/.rels": rels.format(kind="officeDocument", target="/word/document2.xml"),
                   "word/_rels/document2.xml.rels": rels.format(kind="styles", target="styles2.xml"),
                   "word/document2.xml": f"<w:document {W}><w:body>{body}</w:body></w:document>",
                   "word/styles2.xml": styles})
    article, = read(data, "online.docx").articles
    assert (article.title, article.title_source, article.body) == \
        ("Storm hits the coast", "heading", "Heavy rain fell across the region on Tuesday.")
    sheet = zipped({"_rels/.rels": rels.format(kind="officeDocument", target="xl/workbook.xml"),
                    "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'})
    with pytest.raises(Exception, match=r"^no Word document in the zip archive \(xl/workbook.xml is not one\)$"):
        read(sheet, "sheet.docx")


def test_entities_a_part_declares_are_expanded_an_external_ones_left_out_and_the_text_after_them_kept() -> None:
    def declaring(entity: str, text: str) -> bytes:
        return zipped({"word/document.xml": f'<!DOCTYPE w:document [{entity}]><w:document {W}><w:body>{p(text)}'
                                            '</w:body></w:document>'})

    internal = declaring('<!ENTITY co "Acme Corporation">', "Shares in &co; rose sharply on Monday.")
    external = declaring('<!ENTITY x SYSTEM "file:///etc/passwd">', "Secret: &x;rain fell on Monday.")
    assert read(internal, "co.docx").articles[0].body == "Shares in Acme Corporation rose sharply on Monday."
    assert read(external, "xxe.docx").articles[0].body == "Secret: rain fell on Monday."
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10 if n else "lol"}">' for n in range(10))
    with pytest.raises(Exception, match=r"^word/document.xml declares entities that expand without end \(an entity "
                                        r"expansion bomb\): not read$"):
        read(declaring(laughs, "Laughs &l9;"), "laughs.docx")


def test_rtf_hidden_text_is_left_out_until_v0_plain_or_its_groups_end() -> None:
    rtf = (rb"{\rtf1\ansi\pard Hidden {\v SECRETONE} shown \v SECRETTWO\v0 and \v SECRETTHREE\plain seen.\par"
           rb"\pard\v SECRETFOUR\par}")
    assert read(rtf, "hidden.rtf").articles[0].body == "Hidden  shown and seen."


def test_rtf_double_byte_trail_bytes_written_as_escaped_symbols_and_bin_after_u() -> None:
    # 表 is 0x95 0x5C in Shift-JIS, 申 0x90 0x5C: the trail byte is a backslash, which a writer may escape.
    japanese = (rb"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil\fcharset128 MS Mincho;}}"
                rb"\pard \'95\\\'8e\'a6 \'90\\ \\ \{\}\par}")
    assert read(japanese, "ja.rtf").articles[0].body == "表示 申 \\ {}"
    binary = rb"{\rtf1\ansi\pard Start \u8212\bin3 {{{ end text.\par}"
    result = read(binary, "bin.rtf")
    assert (result.articles[0].body, result.skipped) == ("Start — end text.", [])


def test_odt_hidden_text_ruby_and_picture_data_are_left_out() -> None:
    styles = ('<office:automatic-styles><style:style style:name="T1" style:family="text">'
              '<style:text-properties text:display="none"/></style:style></office:automatic-styles>')
    body = ('<text:p>Rain fell <text:span text:style-name="T1">SECRETONE</text:span>on Nelson '
            '<text:ruby><text:ruby-base>漢字</text:ruby-base><text:ruby-text>かんじ</text:ruby-text></text:ruby> '
            '<draw:frame><draw:image><office:binary-data>iVBORw0KGgo</office:binary-data></draw:image></draw:frame>'
            'all day.</text:p><text:section text:display="none"><text:p>SECRETTWO</text:p></text:section>'
            '<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>SECRETTHREE</text:p>'
            '<text:p><text:hidden-paragraph text:condition="ooow:0" text:is-hidden="false"/>Shown.</text:p>')
    content = (f'<office:document-content {ODF} xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">'
               f'{styles}<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    article, = read(zipped({"content.xml": content}), "hidden.odt").articles
    assert article.body == "Rain fell on Nelson 漢字 all day.\n\nShown."


def test_a_line_break_between_two_chinese_characters_is_no_space() -> None:
    assert paragraph_line("推进教育改\n革，为国家 \n 培养") == "推进教育改革，为国家培养"
    assert paragraph_line("서울에\n호우 and\nrain") == "서울에 호우 and rain"


@pytest.mark.parametrize("name", ["memo.docx", "memo.odt"])
def test_a_document_whose_zip_has_a_password_says_so(name: str) -> None:
    # Encrypted by the zip's own password (flag bit 0), its part had been "broken: does not unpack (File <ZipInfo …>
    # is encrypted, password required …)".
    data = bytearray(docx(p("Oil prices rose.")) if name.endswith(".docx") else odt("<text:p>Oil prices rose.</text:p>"))
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + flags_at] |= 1
            at = data.find(signature, at + 4)
    with pytest.raises(UnreadableFile, match=f"^{re.escape(ENCRYPTED)}$"):
        parse_bytes(bytes(data), name, "." + name.rpartition(".")[2])


def test_words_owner_file_beside_an_open_document_is_passed_over(tmp_path: Path) -> None:
    """Word keeps "~$port story.docx" (162 bytes: who has "Report story.docx" open) beside the document while it is
    open: each run had reported it skipped, "binary file (not text)", as it does a broken document."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = "Mere Tane"
    owner = bytes([len(name)]) + name.encode() + b" " * (53 - len(name)) + bytes([len(name), 0])
    owner += name.encode("utf-16-le")
    (corpus / "~$port story.docx").write_bytes(owner + b"\x00" * (162 - len(owner)))
    (corpus / "Report story.docx").write_bytes(docx(STORY))
    report = build_index(corpus, tmp_path / "ix")
    assert (report.added, report.skipped, report.ignored) == (1, [], 0)


def core_xml(title: str = "", creator: str = "", created: str = "2019-01-01T00:00:00Z") -> str:
    """A docProps/core.xml of ``title``, ``creator`` and the time the file was created."""
    return ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
            f'<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>'
            f'<dcterms:created>{created}</dcterms:created></cp:coreProperties>')


RAIN = p("Heavy rain fell across the region on Tuesday.") + p("Roads were closed.")


def test_a_docx_of_no_headline_or_byline_has_its_core_properties_title_and_author_but_never_their_date() -> None:
    # docProps/core.xml had never been read: a story saved with its title and author set was titled by its lede
    article, = read(docx(RAIN, core=core_xml("Storm hits the coast", "Jane Doe")), "rain.docx").articles
    assert (article.title, article.title_source, article.authors) == \
        ("Storm hits the coast", "docx:title", ("Jane Doe",))
    assert (article.date, article.date_source) == (None, None)  # dcterms:created is the file's time, not publication
    listed, = read(docx(RAIN, core=core_xml(creator="Jane Doe; John Roe")), "rain.docx").articles
    assert listed.authors == ("Jane Doe", "John Roe")


def test_the_texts_own_headline_and_byline_win_over_the_core_properties() -> None:
    article, = read(docx(STORY, core=core_xml("Draft 3", "Sub Editor")), "storm.docx").articles
    assert (article.title, article.title_source, article.authors) == ("Storm hits the coast", "heading", ("Jane Doe",))


@pytest.mark.parametrize(("title", "creator"), [
    ("Document1", "Microsoft Office User"), ("Microsoft Word - storm.doc", "Windows User"), ("Untitled", "jdoe1984"),
    ("rain", "Admin"), ("Template", "Office User"), ("Dokument1", "Windows-Benutzer"),
    # a PC maker's name for the buyer's account (Windows's owner as set up at the factory): "HP Authorized Customer"
    # had been the author of every document written on such a laptop
    ("Document1", "HP Authorized Customer"), ("Document1", "Valued Customer"), ("Document1", "Preferred Customer"),
])
def test_a_placeholder_title_or_an_accounts_name_in_the_core_properties_is_none(title: str, creator: str) -> None:
    article, = read(docx(RAIN, core=core_xml(title, creator)), "rain.docx").articles
    assert (article.title_source, article.authors) == ("lede", ())


def test_a_database_export_of_several_stories_takes_nothing_from_the_core_properties() -> None:
    # the properties are the download's, not any one story's
    lines = (EXPORTS / "nexis_uni.txt").read_text(encoding="utf-8").splitlines()
    body = "".join(p(line) for line in lines)
    plain = read(docx(body), "nexis_uni.docx").articles
    cored = read(docx(body, core=core_xml("Nexis Uni results", "Jane Doe")), "nexis_uni.docx").articles
    assert len(cored) == 2 and cored == plain


def test_a_broken_core_properties_part_leaves_the_text_read() -> None:
    article, = read(docx(RAIN, core="<cp:coreProperties><dc:title>Storm"), "rain.docx").articles
    assert (article.title_source, article.authors, article.body) == \
        ("lede", (), "Heavy rain fell across the region on Tuesday.\n\nRoads were closed.")


@pytest.mark.parametrize(("name", "kind"), [("story.docx", "a Word document"), ("mail.eml#release.docx", "a Word document"),
                                            ("story.doc", "a Word document"), ("story.odt", "an OpenDocument text"),
                                            ("story.rtf", "an RTF document")])
def test_a_document_that_is_plain_text_is_read_as_text_and_said_so(name: str, kind: str) -> None:
    # A text saved under a document's name (renamed by hand, a download's wrong ending): its text is read, as before,
    # and the file said to be no such document, as a .pdf or .zip that is none is (it had been read silently).
    found = read(b"Storm hits the coast\n\nBy Jane Doe\n\nHeavy rain fell across the region on Tuesday.\n", name)
    assert [(a.title, a.authors) for a in found.articles] == [("Storm hits the coast", ("Jane Doe",))]
    assert [(s.path, s.reason) for s in found.skipped] == [(name, f"not {kind}, though named as one: its text was read")]


def test_the_index_report_names_a_document_that_is_plain_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "storm.docx").write_bytes(b"Storm hits the coast\n\nHeavy rain fell across the region on Tuesday.\n")
    indexed = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix")], env={})
    assert indexed.exit_code == 0
    assert indexed.stdout.splitlines()[1:] == [
        "  1 added, 0 updated, 0 deleted, 0 unchanged; 1 article from 1 file in the index", "  1 skipped",
        "    storm.docx: not a Word document, though named as one: its text was read"]
