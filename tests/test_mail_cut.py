"""A saved message without its closing MIME boundary: read whole unless its last part shows it is cut, then without
that part (said on the file), or not at all when that part is its text (the index keeps the version read before)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_email_reader import RELEASE, mail

from newssearch import build_index
from newssearch.cli import cli
from newssearch.documents import parse_bytes
from newssearch.errors import UnreadableFile

HEADER = ('From: Ann Smith <ann@example.com>\nSubject: Cycleway opens\nMIME-Version: 1.0\n'
          'Content-Type: multipart/mixed; boundary="b"')
REPORT = "Harbour report\n\nThe harbour board met on Monday to plan the wharf repairs, which start in March.\n"
NOTE = "last MIME part (notes.txt): cut short: the file ends in it ({}; the message's closing MIME boundary is missing)"


def attached(name: str, text: str, encoding: str = "base64") -> str:
    """A part of ``text`` attached as the file ``name``, base64 in lines of 76 as mail programs write it."""
    body = base64.encodebytes(text.encode()).decode() if encoding == "base64" else text
    return (f"--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename={name}\n"
            f"Content-Transfer-Encoding: {encoding}\n\n{body}")


def unclosed(*parts: str) -> bytes:
    """The message of HEADER: its text, then ``parts``, and no closing boundary line (``--b--``)."""
    return mail(HEADER, f"--b\nContent-Type: text/plain\n\n{RELEASE}\n" + "".join(parts))


def read(data: bytes) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The (id, first line of the text) of each article of ``data`` read as mail.eml, and each skip's (id, reason)."""
    result = parse_bytes(data, "mail.eml", ".eml")
    return ([(a.id, a.body.split("\n")[0]) for a in result.articles], [(s.path, s.reason) for s in result.skipped])


WHOLE = [("mail.eml", RELEASE), ("mail.eml#report.txt", "The harbour board met on Monday to plan the wharf repairs, "
                                                         "which start in March.")]


@pytest.mark.parametrize("encoding", ["7bit", "base64"])
def test_a_whole_message_without_its_closing_boundary_is_read_with_its_text_and_attachments(encoding: str) -> None:
    """Some mail programs and export tools never write ``--b--``: that alone is no cut (the file had been skipped)."""
    assert read(unclosed(attached("report.txt", REPORT, encoding))) == (WHOLE, [])
    assert read(unclosed(attached("report.txt", REPORT, encoding), "--b--\n")) == (WHOLE, [])


def lines(text: str, count: int, rest: str) -> str:
    """The first ``count`` lines of ``text`` in base64, then ``rest``: where a file cut inside it ends."""
    return "".join(base64.encodebytes(text.encode()).decode().splitlines(keepends=True)[:count]) + rest


@pytest.mark.parametrize(("cut", "why"), [
    (lines(REPORT * 3, 2, "SGFyYm91ciByZXBvcnQKClRoZSBoYXJib3"), "mid-line"),
    (lines(REPORT * 3, 2, "SGFyYm91ciByZXBvcnQKClRoZSBoYXJib3\n"), "inside a 4-character base64 group"),
    ("", "before its body"),
], ids=["mid-line", "inside a group", "no body"])
def test_a_cut_last_attachment_is_left_out_and_said_and_the_text_and_other_attachments_are_read(cut: str,
                                                                                                why: str) -> None:
    data = unclosed(attached("report.txt", REPORT), attached("notes.txt", "") + cut)
    assert read(data) == (WHOLE, [("mail.eml", NOTE.format(why))])


def test_a_last_part_ending_in_what_only_its_end_writes_is_whole_without_the_line_end_after_it() -> None:
    """A tool leaving out the closing boundary may take the line end before it too (it belongs to the boundary):
    base64 ending in its padding, or a page in its ``</html>``, ends there; base64 without padding may be cut."""
    padded = unclosed(attached("report.txt", REPORT).rstrip("\n"))  # 82 bytes: "==" pads the last group
    assert read(padded) == (WHOLE, [])
    page = mail(HEADER.replace("mixed", "alternative"), f"--b\nContent-Type: text/plain\n\nSee the page.\n--b\n"
                                                        f"Content-Type: text/html\n\n<html><p>{RELEASE}</p></html>")
    assert read(page) == ([("mail.eml", RELEASE)], [])
    unpadded = unclosed(attached("report.txt", REPORT), attached("notes.txt", REPORT * 3).rstrip("\n"))  # 246 bytes
    assert read(unpadded) == (WHOLE, [("mail.eml", NOTE.format("mid-line"))])


def test_a_file_ending_in_the_header_of_its_last_part_reads_its_other_parts() -> None:
    data = unclosed(attached("report.txt", REPORT), "--b\nContent-Type: text/plain\nContent-Disposi")
    assert read(data) == (WHOLE, [("mail.eml", "last MIME part (text/plain): cut short: the file ends in it (inside "
                                               "its header lines; the message's closing MIME boundary is missing)")])


def test_a_last_multipart_the_file_ends_in_before_its_first_part_is_left_out() -> None:
    data = unclosed(attached("report.txt", REPORT), '--b\nContent-Type: multipart/related; boundary="r"\n\n')
    assert read(data) == (WHOLE, [("mail.eml", "last MIME part (multipart/related): cut short: the file ends in it "
                                               "(before its first part; the message's closing MIME boundary is "
                                               "missing)")])


def test_a_message_whose_text_is_cut_is_not_read() -> None:
    """Its text is the article: read cut, it would replace the whole one indexed before (also when the file ends
    before the first part, or in the header of the text's own part, whose type then reads "text/pl")."""
    preamble = mail(HEADER, "This is a multi-part message in MIME format.\n\n--b\nContent-Type: text/pl")
    with pytest.raises(UnreadableFile, match=r"^cut short: the file ends in the message's text \(before its body;"):
        parse_bytes(preamble, "mail.eml", ".eml")
    with pytest.raises(UnreadableFile, match=r"^cut short: the file ends in the message's text \(before its first "
                                             r"part\)$"):
        parse_bytes(preamble[:preamble.index(b"--b")], "mail.eml", ".eml")
    data = mail(HEADER, f"--b\nContent-Type: text/plain\n\n{RELEASE[:-20]}")
    with pytest.raises(UnreadableFile, match=r"^cut short: the file ends in the message's text \(mid-line; its "
                                             r"closing MIME boundary is missing\)$"):
        parse_bytes(data, "mail.eml", ".eml")
    soft = mail(HEADER, "--b\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n"
                        f"{RELEASE[:70]}=\n")  # its last line ends in a soft line break: the text goes on
    with pytest.raises(UnreadableFile, match=r"^cut short: the file ends in the message's text \(mid-line;"):
        parse_bytes(soft, "mail.eml", ".eml")
    assert read(soft.replace(b"=\r\n", b"\r\n"))[0] == [("mail.eml", RELEASE[:70])]
    html = mail(HEADER.replace("mixed", "alternative"), f"--b\nContent-Type: text/plain\n\n{RELEASE}\n"
                                                        f"--b\nContent-Type: text/html\n\n<p>{RELEASE[:-20]}")
    with pytest.raises(UnreadableFile, match=r"^cut short: the file ends in the message's text \(mid-line;"):
        parse_bytes(html, "mail.eml", ".eml")


def test_an_attached_message_the_file_ends_in_cut_is_not_read_as_the_article_it_is() -> None:
    forward = ("--b\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=release.eml\n\n"
               f"From: Jo Lee <jo@example.com>\nSubject: Cycleway opens\n\n{RELEASE[:-20]}")
    data = mail(HEADER, f"--b\nContent-Type: text/plain\n\nSee below.\n{forward}")
    with pytest.raises(UnreadableFile, match=r"^cut short: the file ends in an attached message \(release.eml\) "
                                             r"\(mid-line;"):
        parse_bytes(data, "mail.eml", ".eml")
    assert read(data + b"\r\n")[0] == [("mail.eml", RELEASE[:-20])]  # its last line whole: read, the note after it


def test_a_single_part_message_is_cut_only_by_its_base64() -> None:
    code = base64.encodebytes(RELEASE.encode()).decode()
    single = "From: Ann Smith <ann@example.com>\nSubject: Cycleway opens\nContent-Transfer-Encoding: base64"
    assert read(mail(single, code)) == ([("mail.eml", RELEASE)], [])
    with pytest.raises(UnreadableFile, match=r"^cut short: the file ends in the message's text \(inside a "
                                             r"4-character base64 group\)$"):
        parse_bytes(mail(single, lines(RELEASE, 1, "VGhl\nY")), "mail.eml", ".eml")
    damaged = code[:8] + "!" + code[8:]  # damage, no cut (a cut leaves base64 that decodes): read around it
    assert read(mail(single, damaged)) == ([("mail.eml", RELEASE)], [])
    plain = mail("From: Ann Smith <ann@example.com>\nSubject: Cycleway opens", RELEASE[:-20])
    assert read(plain) == ([("mail.eml", RELEASE[:-20])], [])  # a body cut mid-line reads as a whole one


def test_a_single_part_message_in_base64_without_its_padding_is_read_whole() -> None:
    """Some encoders leave out the ``=`` padding: their last group is short, but their last line ends, as a cut one
    does not (it had been refused as cut; before the cut check, read)."""
    single = "From: Ann Smith <ann@example.com>\nSubject: Cycleway opens\nContent-Transfer-Encoding: base64"
    unpadded = base64.encodebytes(RELEASE.encode()).decode().replace("=", "")
    assert len(unpadded.replace("\n", "")) % 4  # RELEASE's bytes are no multiple of 3: the last group is short
    assert read(mail(single, unpadded)) == ([("mail.eml", RELEASE)], [])


def index(corpus: Path, tmp_path: Path) -> tuple[int, list[str]]:
    """``newssearch index`` of ``corpus``: its exit code and its lines after the first (which says the time)."""
    done = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix")], env={})
    return done.exit_code, done.stdout.splitlines()[1:]


def test_the_index_reads_a_message_cut_in_its_last_attachment_and_keeps_that_attachment_as_read_before(
        tmp_path: Path) -> None:
    """A message still being written: its text is indexed again (as a file of one article, written again whole: "1
    updated"), its cut attachment keeps the version read before, and the report says so on the file."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    whole = unclosed(attached("notes.txt", REPORT * 3), "--b--\n")
    (corpus / "mail.eml").write_bytes(whole)
    assert index(corpus, tmp_path) == (0, ["  2 added, 0 updated, 0 deleted, 0 unchanged; 2 articles from 1 file in "
                                           "the index"])
    (corpus / "mail.eml").write_bytes(whole[:whole.index(b"--b--") - 40])
    assert index(corpus, tmp_path) == (0, [
        "  0 added, 1 updated, 0 deleted, 1 unchanged; 2 articles from 1 file in the index",
        "  1 skipped (1 keeping the version indexed before)",
        "    mail.eml: last MIME part (notes.txt) skipped: cut short: the file ends in it (mid-line; the message's "
        "closing MIME boundary is missing) (kept: 1 article indexed before, which this record may be); its other "
        "records were indexed"])
    shown = CliRunner().invoke(cli, ["show", "mail.eml#notes.txt", "--index-dir", str(tmp_path / "ix")], env={})
    assert shown.stdout.count("wharf repairs") == 3


def test_a_message_whose_text_the_file_ends_in_keeps_the_version_indexed_before(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    whole = unclosed(attached("report.txt", REPORT), "--b--\n")
    (corpus / "mail.eml").write_bytes(whole)
    assert build_index(corpus, tmp_path / "ix").added == 2
    (corpus / "mail.eml").write_bytes(whole[:whole.index(b"linking")])
    report = build_index(corpus, tmp_path / "ix")
    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 0, 0, 2)
    assert [(skip.path, skip.reason, skip.kept) for skip in report.skipped] == [
        ("mail.eml", "cut short: the file ends in the message's text (mid-line; its closing MIME boundary is missing)"
                     " (kept the version indexed before)", True)]
