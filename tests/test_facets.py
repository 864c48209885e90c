"""--facets: counts by source, author, year and month over every hit, not just the page."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newssearch import open_index
from newssearch.cli import cli


def test_facets_count_the_whole_result_set(features_index: Path) -> None:
    with open_index(features_index) as idx:
        result = idx.search("police", limit=1, facets=True)
    assert result.total == 6 and len(result.hits) == 1
    assert result.facets == {
        "source": [("NZ Herald", 2), ("RNZ", 2), ("Stuff", 1)],
        "author": [("Ali Khan", 2), ("Jane Smith", 2), ("Tama Ngata", 1)],
        "year": [("2019", 1), ("2020", 3), ("2021", 1)],
        "month": [("2019-01", 1), ("2020-06", 1), ("2020-10", 2), ("2021-03", 1)],
    }


def test_facets_respect_the_date_filter(features_index: Path) -> None:
    with open_index(features_index) as idx:
        result = idx.search("police", since="2020", until="2020", facets=True)
    assert result.facets["year"] == [("2020", 3)]


def test_no_facets_unless_asked(features_index: Path) -> None:
    with open_index(features_index) as idx:
        assert idx.search("police").facets is None


def test_facets_in_json_and_on_screen(features_index: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "gunmen", "--facets", "--json", "--index-dir", str(features_index)])
    assert out.exit_code == 0
    assert json.loads(out.output)["facets"]["source"] == [{"value": "NZ Herald", "count": 1},
                                                           {"value": "Stuff", "count": 1}]
    screen = runner.invoke(cli, ["query", "gunmen", "--facets", "--index-dir", str(features_index)])
    assert screen.exit_code == 0
    assert "Facets:\n  source: NZ Herald (1), Stuff (1)\n  author: Ali Khan (1), Jane Smith (1)\n" in screen.output


def test_facets_refused_with_csv(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["query", "gunmen", "--facets", "--csv", "--index-dir", str(features_index)])
    assert out.exit_code == 2
    assert "--facets works with the screen and --json output" in out.output
