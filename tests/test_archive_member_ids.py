"""``show`` finds a file inside a zip or tar archive by the short forms it takes for a file in a folder: the start
of its name, its name in another letter case or without its accents or ``.gz``, a folder and name inside the archive."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.idprefixes import prefix_matches


def _text(title: str) -> bytes:
    return f"{title}\n\nThe {title.lower()} story, about the harbour bridge.\n".encode()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A folder's file and, in a zip and a tar.gz, files of the same names as in a folder: the folder's
    ``f/Alpha-Story.txt`` is found as ``alpha-story`` or ``ALPHA-STORY.TXT``; each archive's is asked for alike."""
    root = tmp_path_factory.mktemp("members")
    corpus = root / "corpus"
    (corpus / "f").mkdir(parents=True)
    (corpus / "f" / "Alpha-Story.txt").write_bytes(_text("Alpha"))
    with zipfile.ZipFile(corpus / "archive.zip", "w") as archive:
        archive.writestr("Beta-Story.txt", _text("Beta"))
        archive.writestr("sub/Gamma-Story.txt", _text("Gamma"))
        archive.writestr("Épée-Story.txt", _text("Epee"))
        archive.writestr("Zeta-Story.html.gz", gzip.compress(b"<title>Zeta</title><p>The zeta story.</p>"))
        archive.writestr("wire-03.txt", _text("Wire zip"))
        archive.writestr("wire.jsonl", '{"id": "w123456", "title": "Record", "text": "A record."}\n')
    with tarfile.open(corpus / "pack.tar.gz", "w:gz") as packed:
        for name, title in [("Delta-Story.txt", "Delta"), ("wire-03.txt", "Wire tar")]:
            data = _text(title)
            info = tarfile.TarInfo(name)
            info.size = len(data)
            packed.addfile(info, io.BytesIO(data))
    build_index(corpus, root / "index")
    return str(root / "index")


def _shown_id(index_dir: str, typed: str) -> tuple[int, str, str]:
    """The exit code, the id line ``show`` prints (else ''), and its stderr."""
    out = CliRunner().invoke(cli, ["show", typed, "--index-dir", index_dir, "--color", "never"])
    lines = [line for line in out.stdout.splitlines() if line.startswith("id: ")]
    return out.exit_code, lines[0][4:] if lines else "", out.stderr


@pytest.mark.parametrize(("typed", "expected"), [
    ("Alpha-Story", "f/Alpha-Story.txt"),                     # a folder's file, as before: the start of its name
    ("Beta-Story", "archive.zip#Beta-Story.txt"),             # the same start of a zip member's name
    ("beta-st", "archive.zip#Beta-Story.txt"),
    ("Delta-Story", "pack.tar.gz#Delta-Story.txt"),           # a tar's
    ("sub/Gamma-Story", "archive.zip#sub/Gamma-Story.txt"),   # a folder inside the archive, and its name's start
    ("archive.zip#Beta-St", "archive.zip#Beta-Story.txt"),    # the archive named, its member's name begun
    ("BETA-STORY.TXT", "archive.zip#Beta-Story.txt"),         # another letter case
    ("delta-story.txt", "pack.tar.gz#Delta-Story.txt"),
    ("Epee-Story.txt", "archive.zip#Épée-Story.txt"),         # without its accents
    ("Zeta-Story.html", "archive.zip#Zeta-Story.html.gz"),    # without its .gz
    ("wire.jsonl#w123456", "archive.zip#wire.jsonl#w123456"),  # a record's tail, as before
])
def test_an_archive_member_is_found_as_a_folders_file_is(index_dir: str, typed: str, expected: str) -> None:
    assert _shown_id(index_dir, typed) == (0, expected, "")


@pytest.mark.parametrize(("typed", "error"), [
    ("wire-03", "Error: no article with id 'wire-03' (did you mean archive.zip#wire-03.txt or "
                "pack.tar.gz#wire-03.txt?)\n"),
    ("wire-03.txt", "Error: no article with id 'wire-03.txt' (2 ids end so: archive.zip#wire-03.txt, "
                    "pack.tar.gz#wire-03.txt)\n"),
    ("WIRE-03.TXT", "Error: no article with id 'WIRE-03.TXT' (did you mean archive.zip#wire-03.txt or "
                    "pack.tar.gz#wire-03.txt?)\n"),
    ("wire.jsonl#w1234", "Error: no article with id 'wire.jsonl#w1234' (archive.zip#wire.jsonl holds 1 article: "
                         "archive.zip#wire.jsonl#w123456)\n"),  # a record's key is still typed whole
])
def test_several_archive_members_named_so_are_listed(index_dir: str, typed: str, error: str) -> None:
    assert _shown_id(index_dir, typed) == (2, "", error)


@pytest.mark.parametrize(("typed", "expected"), [
    ("Beta-St", ["archive.zip#Beta-Story.txt"]),
    ("sub/Gamma-", ["archive.zip#sub/Gamma-Story.txt"]),
    ("outer.zip#inner.tar#Delta-", ["outer.zip#inner.tar#Delta-Story.txt"]),  # nested as the index never holds
    ("wire.jsonl#w12345", []),                   # a record's key is typed whole, in an archive too
    ("w12345", []),
])
def test_prefix_matches_read_an_archive_as_a_folder(typed: str, expected: list[str]) -> None:
    ids = ["archive.zip#Beta-Story.txt", "archive.zip#sub/Gamma-Story.txt", "outer.zip#inner.tar#Delta-Story.txt",
           "archive.zip#wire.jsonl#w123456", "feed.xml#w123456"]
    assert prefix_matches(typed, ids) == expected
