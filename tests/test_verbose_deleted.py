"""``newssearch index --verbose`` names the articles an update deleted, a line each, as it names the files it
ignored: a file removed, a feed's items that scrolled off."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newssearch.cli import cli

STORY = "The council opened the new waterfront cycleway on Tuesday, linking the ferry terminal with the suburbs."


def feed(*numbers: int) -> str:
    """An RSS feed of the items ``numbers``, each a story of its own."""
    items = "".join(f"<item><title>Story {n}</title><link>https://news.example/{n}</link><guid>item-{n}</guid>"
                    f"<pubDate>Tue, 03 Mar 2020 09:0{n}:00 +1300</pubDate>"
                    f"<description>{STORY} Story {n}.</description></item>" for n in numbers)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'


def test_verbose_names_the_articles_deleted(tmp_path: Path) -> None:
    # '2 deleted' had been all it said: which ones, it did not
    corpus, index = tmp_path / "corpus", str(tmp_path / "index")
    corpus.mkdir()
    (corpus / "news.rss").write_text(feed(1, 2, 3), encoding="utf-8")
    (corpus / "gone.txt").write_text(STORY, encoding="utf-8")
    runner = CliRunner()
    runner.invoke(cli, ["index", str(corpus), "--index-dir", index])
    (corpus / "news.rss").write_text(feed(2, 3, 4), encoding="utf-8")  # item 1 scrolled off
    (corpus / "gone.txt").unlink()
    loud = runner.invoke(cli, ["index", str(corpus), "--index-dir", index, "--verbose"])
    assert loud.stdout.splitlines()[1:] == ["  1 added, 0 updated, 2 deleted, 2 unchanged; 3 articles from 1 file in "
                                            "the index", "  2 articles deleted", "    gone.txt", "    news.rss#item-1"]
    (corpus / "news.rss").write_text(feed(3, 4), encoding="utf-8")
    quiet = runner.invoke(cli, ["index", str(corpus), "--index-dir", index])
    assert quiet.stdout.splitlines()[2:] == []  # without --verbose the summary is as it was


def test_the_help_of_verbose_says_it_names_the_articles_deleted_and_renamed() -> None:
    """--verbose lists the articles an update deleted and renamed; its help had named the skipped and ignored files
    alone."""
    help_text = " ".join(CliRunner().invoke(cli, ["index", "--help"]).stdout.split())
    verbose = help_text.split("-v, --verbose ", 1)[1].split(" -q, --quiet", 1)[0]
    assert verbose == ("List every skipped file with its reason, every file of an unsupported type, every link to a "
                       "file listed already (passed over), and every article deleted or renamed.")
