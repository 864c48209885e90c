"""E-mail: a message's attachments of types newssearch does not read are said in the index report, as an archive's
files of such types are (--verbose), counted by ending; a picture its HTML shows and a signature are no attachment."""

from __future__ import annotations

import io
import tarfile
import zipfile
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import parse_bytes

RELEASE = "The council opened the new waterfront cycleway on Tuesday, linking the ferry terminal with the suburbs."


def message(subject: str) -> EmailMessage:
    """A release with an HTML part showing a logo (cid:), two photos, a spreadsheet, a text and a PGP signature."""
    sent = EmailMessage()
    sent["From"], sent["To"], sent["Subject"] = "Media Team <media@council.example>", "desk@news.example", subject
    sent["Date"] = "Tue, 3 Mar 2020 09:00:00 +1300"
    sent.set_content(RELEASE)
    sent.add_alternative(f'<p>{RELEASE}</p><img src="cid:logo@council">', subtype="html")
    sent.get_payload()[1].add_related(b"\x89PNG", "image", "png", cid="<logo@council>", filename="image001.png")
    sent.add_attachment(b"\xff\xd8photo", "image", "jpeg", filename="ferry.jpg")
    sent.add_attachment(b"\xff\xd8photo", "image", "jpeg")  # no name: named for its type
    sent.add_attachment(b"PK\x03\x04", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        filename="costs.xlsx")
    sent.add_attachment(f"{RELEASE} More.".encode(), "text", "plain", filename="release.txt")  # read
    sent.add_attachment(b"-----BEGIN PGP SIGNATURE-----", "application", "pgp-signature", filename="signature.asc")
    return sent


def test_a_messages_unread_attachments_are_ignored_but_not_its_html_pictures_nor_its_signature() -> None:
    # they had been dropped without a word; an archive's files of such types are named in the report
    result = parse_bytes(message("Cycleway opens").as_bytes(), "mail.eml", ".eml")
    assert [article.id for article in result.articles] == ["mail.eml", "mail.eml#release.txt"]
    assert sorted(result.ignored) == ["mail.eml#attachment.jpg", "mail.eml#costs.xlsx", "mail.eml#ferry.jpg"]


def test_verbose_says_each_mail_files_unread_attachments_by_ending(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", str(tmp_path / "index")
    corpus.mkdir()
    (corpus / "mail.eml").write_bytes(message("Cycleway opens").as_bytes())
    boxed = [b"From media@council.example Tue Mar  3 09:00:00 2020\n" + message(subject).as_bytes() + b"\n"
             for subject in ("Cycleway opens", "Library hours")]
    (corpus / "box.mbox").write_bytes(b"".join(boxed))
    runner = CliRunner()
    quiet = runner.invoke(cli, ["index", str(corpus), "--index-dir", index])
    assert "attachment" not in quiet.stdout  # without --verbose the summary is as it was, as for archives
    for _ in range(2):  # the files read, then not read again as they are unchanged
        loud = runner.invoke(cli, ["index", str(corpus), "--index-dir", index, "--verbose"])
        assert loud.stdout.splitlines()[2:] == ["  box.mbox: 6 attachments not read (.jpg 4, .xlsx 2)",
                                                "  mail.eml: 3 attachments not read (.jpg 2, .xlsx 1)"]


def test_verbose_says_the_unread_attachments_of_a_mail_file_in_an_archive(tmp_path: Path) -> None:
    # the archive reader had kept its own files' ignored list, not its members': a zipped .eml's were never said
    corpus, index = tmp_path / "corpus", str(tmp_path / "index")
    corpus.mkdir()
    with zipfile.ZipFile(corpus / "mail.zip", "w") as archive:
        archive.writestr("inbox/mail.eml", message("Cycleway opens").as_bytes())
        archive.writestr("inbox/chart.png", b"\x89PNG")
    with tarfile.open(corpus / "mail.tar", "w") as archive:
        data = message("Library hours").as_bytes()
        member = tarfile.TarInfo("mail.eml")
        member.size = len(data)
        archive.addfile(member, io.BytesIO(data))
    loud = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", index, "--verbose"])
    assert loud.stdout.splitlines()[2:] == ["  1 file inside archives of unsupported types ignored (.png 1)",
                                            "    mail.zip#inbox/chart.png",
                                            "  mail.tar: 3 attachments not read (.jpg 2, .xlsx 1)",
                                            "  mail.zip: 3 attachments not read (.jpg 2, .xlsx 1)"]
