"""The author-search tests' index: one JSON record a byline (and notes with a body and no author), and the ids a
search of it finds, best first, through the library or the CLI."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli


def byline_index(root: Path, bylines: Mapping[str, str | list[str]], topic: str,
                 notes: Mapping[str, str] | None = None) -> Path:
    """An index under ``root`` of a record a byline, ``NAME.json`` titled "Report NAME" on ``topic``, and of a
    record a note's text, ``NAME.json`` titled "Note NAME" with no author."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, byline in bylines.items():
        record = {"title": f"Report {name}", "text": f"A report on {topic}.", "author": byline}
        (corpus / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    for name, text in (notes or {}).items():
        (corpus / f"{name}.json").write_text(json.dumps({"title": f"Note {name}", "text": text}), encoding="utf-8")
    build_index(corpus, root / "index", rebuild=True)
    return root / "index"


def ranked_ids(index_dir: Path, text: str) -> list[str]:
    """The ids a search finds, best first (up to 100)."""
    with open_index(index_dir) as idx:
        return [hit.id for hit in idx.search(text, limit=100).hits]


def cli_ranked_ids(index_dir: Path, text: str) -> list[str]:
    """The ids ``newssearch query TEXT --jsonl`` prints, best first: exit 0 with hits, 1 and nothing on stdout
    without."""
    out = CliRunner().invoke(cli, ["query", text, "--index-dir", str(index_dir), "--jsonl", "-n", "100"])
    ids = [json.loads(line)["id"] for line in out.stdout.splitlines()]
    assert out.exit_code == (0 if ids else 1), out.output
    return ids
