"""Machine-readable hit lists: JSON Lines and CSV, in the order and with the filters of the screen."""

from __future__ import annotations

import csv
import io
import json

from .results import SearchResult, iso

CSV_HEADER = ("id", "title", "date", "source", "authors", "url", "score", "snippet")


def jsonl_lines(result: SearchResult) -> list[str]:
    """One JSON object per hit, rank first."""
    return [json.dumps({"rank": hit.rank, **hit.to_dict()}, ensure_ascii=False) for hit in result.hits]


def csv_text(result: SearchResult) -> str:
    """A CSV table of the hits (authors joined with "; ", snippet as plain text)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for hit in result.hits:
        writer.writerow([hit.id, hit.title, iso(hit.date) or "", hit.source or "", "; ".join(hit.authors),
                         hit.url or "", f"{hit.score:.4f}", hit.snippet.plain()])
    return out.getvalue()
