"""A zip or tar archive attached to an e-mail ("clippings.zip"): its files read as those of an archive on disk."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner
from test_archive_reader import FLOOD, STORY, tarred, zipped

from newssearch.cli import cli
from newssearch.documents import ReadResult, parse_bytes
from newssearch.documents.archivefiles import NESTED


def with_archive(attached: dict[str, bytes], content_type: str = "application/x-zip-compressed") -> bytes:
    """A covering note with each of ``attached`` (file name: bytes) attached as Outlook sends a zip."""
    message = EmailMessage()
    message["From"] = "Jo Lee <jo@example.com>"
    message["Subject"] = "Clippings"
    message["Date"] = "Tue, 03 Jun 2025 09:12:00 +1200"
    message.set_content("Today's clippings attached.")
    for name, data in attached.items():
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def listed(result: ReadResult) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """The (id, path, title) of each article of ``result`` and the (id, reason) of each skip."""
    return ([(a.id, a.path, a.title) for a in result.articles], [(s.path, s.reason) for s in result.skipped])


def test_a_zip_attached_to_a_message_gives_its_files_as_articles() -> None:
    data = with_archive({"clippings.zip": zipped({"storm.txt": STORY, "inner/flood.txt": FLOOD, "logo.png": b"\x89PNG",
                                                  "empty.txt": ""})})
    assert listed(parse_bytes(data, "mail.eml", ".eml")) == ([
        ("mail.eml", "mail.eml", "Clippings"),
        ("mail.eml#clippings.zip#storm.txt", "mail.eml", "Storm hits the harbour"),
        ("mail.eml#clippings.zip#inner/flood.txt", "mail.eml", "Flood warning issued"),
    ], [("mail.eml#clippings.zip#empty.txt", "archived file: empty file")])


def test_a_tar_gz_attached_as_gzip_is_read_too() -> None:
    data = with_archive({"clips.tar.gz": tarred({"storm.txt": STORY})}, "application/gzip")
    assert [a.id for a in parse_bytes(data, "mail.eml", ".eml").articles] == ["mail.eml", "mail.eml#clips.tar.gz#storm.txt"]


def test_two_archives_of_one_name_and_a_file_named_as_one_of_their_ids_all_get_ids_of_their_own() -> None:
    message = EmailMessage()
    message["Subject"], message["From"] = "Clippings", "jo@example.com"
    message.set_content("Two lots.")
    message.add_attachment(b"Clash\n\nA file whose name is the id of a file in the zip.\n", maintype="text",
                           subtype="plain", filename="clips.zip#storm.txt")
    for _ in range(2):
        message.add_attachment(zipped({"storm.txt": STORY}), maintype="application", subtype="zip",
                               filename="clips.zip")
    ids = [a.id for a in parse_bytes(message.as_bytes(), "mail.eml", ".eml").articles]
    assert ids == ["mail.eml", "mail.eml#clips.zip#storm.txt", "mail.eml#clips.zip-2#storm.txt",
                   "mail.eml#clips.zip-3#storm.txt"]


def test_an_archive_attached_to_a_message_inside_an_archive_is_not_read_as_an_archive_in_an_archive_is_not() -> None:
    inner = with_archive({"clips.zip": zipped({"storm.txt": STORY})})
    result = parse_bytes(zipped({"mail.eml": inner}), "outer.zip", ".zip")
    assert listed(result) == ([("outer.zip#mail.eml", "outer.zip", "Clippings")],
                              [("outer.zip#mail.eml#clips.zip", f"attachment clips.zip: {NESTED}")])


def test_the_cli_indexes_and_shows_a_file_of_a_mailed_zip(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", str(tmp_path / "index")
    corpus.mkdir()
    (corpus / "mail.eml").write_bytes(with_archive({"clippings.zip": zipped({"storm.txt": STORY})}))
    runner = CliRunner()
    assert runner.invoke(cli, ["index", str(corpus), "--index-dir", index]).exit_code == 0
    found = runner.invoke(cli, ["query", "harbour", "--index-dir", index, "--jsonl"])
    assert [json.loads(line)["id"] for line in found.stdout.splitlines()] == ["mail.eml#clippings.zip#storm.txt"]
    shown = runner.invoke(cli, ["show", "mail.eml#clippings.zip#storm.txt", "--index-dir", index])
    assert (shown.exit_code, shown.stdout) == (0, "Storm hits the harbour\nid: mail.eml#clippings.zip#storm.txt\n"
                                                  "date: unknown\n\nThe storm hit the harbour at dawn, residents said.\n")


def test_a_7z_attached_is_said_to_be_unpacked_first_not_passed_over_in_silence() -> None:
    data = with_archive({"clips.7z": b"7z\xbc\xaf\x27\x1c" + b"\0" * 32}, "application/x-7z-compressed")
    articles, skipped = listed(parse_bytes(data, "mail.eml", ".eml"))
    assert [article[0] for article in articles] == ["mail.eml"]
    assert [path for path, _reason in skipped] == ["mail.eml#clips.7z"]
    assert "unpack" in skipped[0][1]
