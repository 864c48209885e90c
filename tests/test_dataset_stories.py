"""Summarisation datasets' story files: CNN/Daily Mail's ``.story`` (text, then ``@highlight`` lines) and XSum's
``.summary`` (``[SN]URL[SN]``, ``[SN]TITLE[SN]``, ``[SN]FIRST-SENTENCE[SN]``, ``[SN]RESTBODY[SN]`` sections)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import parse_bytes

CNN_STORY = """(CNN) -- Rescue crews in Chile pulled the last of 33 trapped miners to the surface late Wednesday.

Luis Urzua, the shift foreman, was the final miner to emerge from the rescue capsule.

@highlight

All 33 miners have been rescued

@highlight

Shift foreman Luis Urzua was the last to leave
"""
DAILY_MAIL_STORY = """By . Lydia Warren . and Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . \
15:36 EST, 26 October 2013 . The bishop of the Fargo Catholic Diocese has exposed hundreds of church members to \
hepatitis A.

State Health Department officials say Bishop John Folda contracted the infection in Italy.

@highlight

Bishop John Folda is taking time off after being diagnosed
"""
XSUM = """[SN]URL[SN]
http://web.archive.org/web/20150417225226/http://www.bbc.co.uk/news/uk-scotland-glasgow-west-32247402

[SN]TITLE[SN]
Clydebank fire: Man charged over blaze

[SN]FIRST-SENTENCE[SN]
A man has been charged after a fire at a block of flats in Clydebank.

[SN]RESTBODY[SN]
Emergency services were called to the flats in Kilbowie Road at about 21:00 on Thursday.
Three people were taken to hospital as a precaution.
"""


def read(text: str, rel: str):
    """The one article the reader table makes of ``text`` saved as ``rel``."""
    (article,) = parse_bytes(text.encode(), rel, "." + rel.rsplit(".", 1)[-1]).articles
    return article


def test_a_cnn_story_has_its_highlights_after_its_text_without_their_marks() -> None:
    article = read(CNN_STORY, "cnn/stories/0001d1afc246a7964130f43ae940af6bc6c57f01.story")
    assert article.title == "Rescue crews in Chile pulled the last of 33 trapped miners to the surface late Wednesday"
    assert article.body == (
        "(CNN) -- Rescue crews in Chile pulled the last of 33 trapped miners to the surface late Wednesday.\n\n"
        "Luis Urzua, the shift foreman, was the final miner to emerge from the rescue capsule.\n\n"
        "All 33 miners have been rescued\n\nShift foreman Luis Urzua was the last to leave")
    assert (article.source, article.date, article.authors) == ("CNN", None, ())


def test_a_daily_mail_story_has_its_byline_and_publication_date_read_from_its_header() -> None:
    article = read(DAILY_MAIL_STORY, "dailymail/stories/00027e965c8264c35cc1bc55556db388da82b07f.story")
    # "and Associated Press": the agency the Mail's story is from, credited after its reporter
    assert (article.authors, article.source) == (("Lydia Warren", "Associated Press"), "Daily Mail")
    assert (article.date, article.date_source) == (date(2013, 10, 25), "header:published")
    assert article.title == "The bishop of the Fargo Catholic Diocese has exposed hundreds of church members to hepatitis A"
    assert article.body.startswith("The bishop of the Fargo") and article.body.endswith(
        "Bishop John Folda is taking time off after being diagnosed")
    assert "PUBLISHED" not in article.body and "@highlight" not in article.body


def test_a_story_file_outside_the_datasets_folders_names_no_publisher() -> None:
    article = read("A storm hit the coast on Monday.\n\n@highlight\n\nStorm hits\n", "mine/abc.story")
    assert (article.body, article.source) == ("A storm hit the coast on Monday.\n\nStorm hits", None)


def test_an_xsum_summary_file_has_its_title_its_text_and_the_address_it_archived() -> None:
    article = read(XSUM, "bbc-summary-data/32247402.summary")
    assert (article.title, article.title_source) == ("Clydebank fire: Man charged over blaze", "header:title")
    assert article.body == (
        "A man has been charged after a fire at a block of flats in Clydebank.\n\n"
        "Emergency services were called to the flats in Kilbowie Road at about 21:00 on Thursday.\n"
        "Three people were taken to hospital as a precaution.")
    assert article.url == "http://www.bbc.co.uk/news/uk-scotland-glasgow-west-32247402"
    assert (article.source, article.date) == ("BBC News", None)  # the archive's capture time is no publication date


def test_story_files_are_indexed_and_searched(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "cnn" / "stories").mkdir(parents=True)
    (corpus / "cnn" / "stories" / "0001d1af.story").write_text(CNN_STORY, encoding="utf-8")
    (corpus / "32247402.summary").write_text(XSUM, encoding="utf-8")
    runner = CliRunner()
    index = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix")])
    assert index.exit_code == 0, index.output
    found = runner.invoke(cli, ["query", "foreman OR Kilbowie", "--index-dir", str(tmp_path / "ix"), "--jsonl"])
    assert sorted(json.loads(line)["id"] for line in found.stdout.splitlines()) == [
        "32247402.summary", "cnn/stories/0001d1af.story"]


def test_a_story_in_the_datasets_archive_names_its_publisher_by_its_folder_inside() -> None:
    """DeepMind publishes cnn_stories.tgz holding cnn/stories/<sha1>.story: its id is the archive's, then the path."""
    article = read(CNN_STORY, "cnn_stories.tgz#cnn/stories/0001d1afc246a7964130f43ae940af6bc6c57f01.story")
    assert article.source == "CNN"
