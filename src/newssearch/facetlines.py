"""The facets the screen prints under the hits: one line a facet, its values and their counts."""

from __future__ import annotations

from .formatting import safe
from .isolates import FSI, isolated
from .wrapping import columns, rows_between, word_pieces


def facet_lines(facets: dict[str, list[tuple[str, int]]], more: dict[str, int] | None = None,
                missing: dict[str, int] | None = None, width: int | None = None, isolate: bool = False) -> list[str]:
    """One line per facet: ``source: RNZ (2), NZ Herald (1)``, ``… and 12 more`` when it was cut short, and how many
    hits have no value (``year: 2020 (3); undated (2)``); with ``isolate`` (a terminal), a right-to-left value between
    bidi isolates, its count after them (isolates.py).

    On the screen no facet lists more than SCREEN_FACET_VALUES values: months in date order are cut too (the
    JSON has them all, and ``newssearch timeline`` charts them)."""
    lines = ["Facets:"]
    for name, counts in facets.items():
        shown = counts[:SCREEN_FACET_VALUES]
        values = [f"{isolated(safe(value)) if isolate else safe(value)} ({count:,})" for value, count in shown]
        left_out = (more or {}).get(name, 0) + len(counts) - len(shown)
        values += [f"and {left_out:,} more"] if left_out else []
        seps = [","] * len(values)
        if none := (missing or {}).get(name, 0):
            seps[-1:] = [";"] if values else []
            values.append(f"{NO_VALUE_LABELS.get(name, 'none')} ({none:,})")
        pieces = [("" if n == 0 else " ") + value + (seps[n] if n < len(values) - 1 else "")
                  for n, value in enumerate(values)]
        label = f"  {name}: "
        if width:  # a value wider than the terminal (a long publisher's name) broken between its words, not at the edge
            pieces = [part for piece in pieces
                      for part in (word_pieces(piece) if columns(label + piece) > width and FSI not in piece
                                   else [piece])]  # (an isolated value whole: its isolate on one row)
        lines += rows_between(label, pieces or ["none"], width)
    return lines


# What the screen calls the hits a facet has no value for (JSON's ``facets_missing``).
NO_VALUE_LABELS = {"source": "no source", "author": "no author", "lang": "no language", "section": "no section",
                   "year": "undated", "month": "undated"}


SCREEN_FACET_VALUES = 20
