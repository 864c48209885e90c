"""A word a user types for an order of hits (``--sort newest``, ``--sort earliest``, ``--sort score``) is told the
order it names: click's "is not one of 'relevance', 'date', 'oldest'" had left the user to guess that date is newest
first."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli

START = "Error: Invalid value for '--sort': "
END = " (see: newssearch query --help)\n"


@pytest.mark.parametrize(("typed", "said"), [
    ("newest", "'newest' is not one of 'relevance', 'date', 'oldest': --sort date lists the newest first."),
    ("Latest", "'Latest' is not one of 'relevance', 'date', 'oldest': --sort date lists the newest first."),
    ("recent", "'recent' is not one of 'relevance', 'date', 'oldest': --sort date lists the newest first (--recent "
               "ranks newer articles a little higher)."),
    ("earliest", "'earliest' is not one of 'relevance', 'date', 'oldest': --sort oldest lists the oldest first."),
    ("score", "'score' is not one of 'relevance', 'date', 'oldest': --sort relevance, the default, lists the most "
              "relevant first."),
    ("sideways", "'sideways' is not one of 'relevance', 'date', 'oldest'."),  # no word for an order: click's line
])
def test_a_word_for_an_order_is_told_the_order_it_names(tmp_path: Path, typed: str, said: str) -> None:
    out = CliRunner().invoke(cli, ["query", "police", "--sort", typed, "--index-dir", str(tmp_path)],
                             prog_name="newssearch")
    assert (out.exit_code, out.stdout, out.stderr) == (2, "", f"{START}{said}{END}")


def test_an_order_in_capitals_is_still_taken(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["query", "police", "--sort", "Date", "--index-dir", str(features_index), "-n", "0"])
    assert out.exit_code == 0
