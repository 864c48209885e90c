"""A query of filters alone (``section:``, ``author:``, ``source:``, ``date:``, ``lang:``), of ``*`` or of negations
ranks by no words: every hit's score is the filter's, the same for each (``section:crime`` had shown "score 0.00" on
every hit, ``source:rnz`` "score 0.47"). The screen shows none; JSON and CSV keep the number."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import open_index
from newssearch.cli import cli


def query(index: Path, *args: str) -> str:
    out = CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index)])
    assert out.exit_code == 0, out.output
    return out.output


FILTERS_ALONE = ["section:crime", 'author:"Smith J"', "source:rnz", "date:2020", "lang:en", "*", "-police"]


@pytest.mark.parametrize("text", FILTERS_ALONE)
def test_a_query_of_filters_alone_shows_no_score(features_index: Path, text: str) -> None:
    shown = query(features_index, text)
    assert " for " in shown and "score" not in shown
    with open_index(features_index) as idx:
        assert idx.search(text).ranked is False


@pytest.mark.parametrize("text", ["police section:crime", "title:police", "police -dog", "police OR source:rnz"])
def test_a_query_of_words_shows_their_scores(features_index: Path, text: str) -> None:
    assert " · score " in query(features_index, text)
    with open_index(features_index) as idx:
        assert idx.search(text).ranked is True


def test_json_and_csv_keep_a_score_for_a_query_of_filters_alone(features_index: Path) -> None:
    hits = json.loads(query(features_index, "section:crime", "--json"))["hits"]
    assert hits and all(isinstance(hit["score"], float) for hit in hits)
    rows = list(csv.DictReader(io.StringIO(query(features_index, "section:crime", "--csv"))))
    assert rows and all(float(row["score"]) >= 0 for row in rows)
