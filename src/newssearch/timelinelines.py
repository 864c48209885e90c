"""The chart ``newssearch timeline`` prints: a bar for each period's count, runs of empty periods folded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .config import EVERY_ARTICLE
from .formatting import Style, found_count, plain_style, published, quoted
from .isolates import isolated_line
from .wrapping import header_rows, rows_between

if TYPE_CHECKING:
    from .timeline import Timeline

BAR = "█"
BAR_WIDTH = 40


EMPTY_RUN_FOLD = 4  # this many empty periods in a row print as one line


def _runs_of_empty(periods: list[tuple[str, int]],
                   indexed: dict[str, int] | None = None) -> list[list[tuple[str, int]]]:
    """``periods`` cut into runs: each empty run alone, each non-empty period alone; an empty run also cut where
    the periods ``indexed`` holds articles of start and end, so that the months before an archive's first
    article do not fold into one line with a lull inside it ("489 months with none" had read as a lull); the
    gaps inside a run are counted in its line (``_run_is``)."""
    held = [at for at, (period, _) in enumerate(periods) if indexed and indexed.get(period, 0)]
    edges = {held[0], held[-1] + 1} if held else set()
    runs: list[list[tuple[str, int]]] = []
    for at, period in enumerate(periods):
        if period[1] == 0 and runs and runs[-1][-1][1] == 0 and at not in edges:
            runs[-1].append(period)
        else:
            runs.append([period])
    return runs


MIN_BAR_WIDTH = 10


def timeline_lines(timeline: Timeline, columns: int | None = None, style: Style = plain_style,
                   since: str | None = None, until: str | None = None, wrap: bool = False) -> list[str]:
    """Counts per period with a bar each, undated hits on a line of their own; ``style`` (``click.style``)
    colours the periods green, as dates in hits, and the bars yellow, as the matches they count.

    EMPTY_RUN_FOLD or more empty periods in a row print as one line, so years of weeks stay readable.
    The bars are at most BAR_WIDTH long, shorter when a line would not fit in ``columns`` (a narrow terminal);
    with ``wrap`` (on a terminal) the header and a folded run's words are broken to fit it too.
    """
    found = found_count(timeline.total, "article", timeline.articles)
    fit = columns if wrap else None
    wanted = "" if timeline.query.strip() == EVERY_ARTICLE else f" for {quoted(timeline.query)}"  # every article
    header = f"{found}{wanted}{published(since, until)} by {timeline.by}"
    lines = [*(isolated_line(row, header) if wrap else row for row in header_rows(header, fit)), ""]  # (a terminal's)
    peak = max((count for _, count in timeline.periods), default=0)
    width = max((len(period) for period, _ in timeline.periods), default=0)
    digits = len(str(peak))
    bar_width = BAR_WIDTH if columns is None else max(MIN_BAR_WIDTH, min(BAR_WIDTH, columns - width - digits - 5))
    for run in _runs_of_empty(timeline.periods, timeline.indexed):
        if len(run) >= EMPTY_RUN_FOLD:
            said = f"({len(run):,} {timeline.by}s {_run_is(timeline, run)}: {run[0][0]} to {run[-1][0]})".split(" ")
            lines += rows_between(f"{'…':<{width}}  {0:>{digits}}  ", [said[0], *(" " + w for w in said[1:])], fit)
            continue
        for period, count in run:
            bar = style(BAR * max(1 if count else 0, round(count / peak * bar_width)), fg="yellow") if peak and count else ""
            if not count and _archive_gap(timeline, [(period, count)]):  # a gap in the archive, not a lull in the news
                lines += _gap_rows(f"{period:<{width}}", f"  {count:>{digits}}  ", fit, style)
                continue
            lines.append(f"{style(f'{period:<{width}}', fg='green')}  {count:>{digits}}  {bar}".rstrip())
    if timeline.undated:
        lines.append(f"undated: {timeline.undated:,}")
    return lines


def _gap_rows(period: str, count: str, fit: int | None, style: Style) -> list[str]:
    """A period the index holds no article of, ``2020-07  0  (no articles in the index)``, its words broken to fit a
    terminal of ``fit`` columns as a folded run's are (at COLUMNS=30 it had run past the edge); the period green."""
    said = "(no articles in the index)".split(" ")
    first, *more = rows_between(period + count, [said[0], *(" " + word for word in said[1:])], fit)
    return [style(period, fg="green") + first[len(period):], *more]


def _archive_gap(timeline: Timeline, run: list[tuple[str, int]]) -> bool:
    """True when the index holds no article at all in any period of ``run`` (when it says what it holds)."""
    return bool(timeline.indexed) and all(not timeline.indexed.get(period, 0) for period, _ in run)


def _run_is(timeline: Timeline, run: list[tuple[str, int]]) -> str:
    """What a folded run of empty periods is: outside the archive (before its first dated article, after its last),
    a gap in it, a lull in the news, or a lull with gaps inside it, counted ("with none" had read as a gap when
    most of the run held no article)."""
    if timeline.span and run[-1][0] < timeline.span[0]:
        return "before the index's first dated article"
    if timeline.span and run[0][0] > timeline.span[1]:
        return "after the index's last dated article"
    if _archive_gap(timeline, run):
        return "with no articles in the index"
    gaps = sum(1 for period, _ in run if not timeline.indexed.get(period, 0)) if timeline.indexed else 0
    return f"with no hits, {gaps:,} of them with no articles in the index" if gaps else "with no hits"
