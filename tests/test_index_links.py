"""Links to a file the walk lists already: passed over, each article indexed once, and named by ``index -v`` (they
had been passed over without a word, even with -v)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "zz").mkdir(parents=True)
    (corpus / "zz" / "story.txt").write_text("Story\n\nThe linked story.\n", encoding="utf-8")
    (corpus / "a_link.txt").symlink_to(corpus / "zz" / "story.txt")  # met before the file: it takes the file's place
    (corpus / "latest.txt").symlink_to(Path("zz") / "story.txt")
    return corpus


def test_a_link_to_a_file_listed_already_is_in_the_report(tmp_path: Path) -> None:
    report = build_index(_corpus(tmp_path), tmp_path / "index")
    assert (report.documents, report.skipped) == (1, [])
    assert report.linked == [("a_link.txt", "zz/story.txt"), ("latest.txt", "zz/story.txt")]


def test_index_verbose_names_each_link_passed_over_and_the_file_it_leads_to(tmp_path: Path) -> None:
    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    verbose = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir), "-v"])
    assert verbose.exit_code == 0
    assert verbose.stdout.splitlines()[2:] == ["  2 links to a file listed already passed over (each read where it is)",
                                               "    a_link.txt: a link to zz/story.txt",
                                               "    latest.txt: a link to zz/story.txt"]
    plain = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir)])
    assert len(plain.stdout.splitlines()) == 2  # not a skip: said only when asked
    quiet = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir), "-q", "-v"])
    assert (quiet.stdout, quiet.stderr) == ("", "")
    data = json.loads(CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir), "--json"]).stdout)
    assert data["linked"] == [["a_link.txt", "zz/story.txt"], ["latest.txt", "zz/story.txt"]]
