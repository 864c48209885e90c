"""The README's example outputs are what the program prints: one that drifted (a score) had gone unseen."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from newssearch.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_json_example_is_what_query_json_prints(built: Path) -> None:
    """README's JSON example is `newssearch query "armed offenders" --json` on corpus/, field for field."""
    section = README.read_text(encoding="utf-8").split("## JSON output", 1)[1]
    example = json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))
    result = CliRunner().invoke(cli, ["query", "armed offenders", "--json", "--index-dir", str(built)])
    assert result.exit_code == 0 and json.loads(result.stdout) == example
