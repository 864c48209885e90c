"""What ``newssearch index`` and ``newssearch stats`` print: the index report, its skipped and ignored files, and the
index's statistics (pure functions from results to lines)."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from .documents.article import ARCHIVED_FILE, NO_ENDING, Skip
from .formatting import counted, safe
from .removals import REMOVALS
from .results import IndexStats, iso
from .wrapping import hanging_rows, rows_between, word_pieces

if TYPE_CHECKING:
    from .indexreport import IndexReport


def report_lines(report: IndexReport, verbose: bool = False, width: int | None = None) -> list[str]:
    """The summary printed after ``newssearch index``, each line broken between words on a terminal of ``width``
    columns (a path never inside)."""
    lines = _report_lines(report, verbose)
    if not width:
        return lines
    paths = (report.corpus, report.index_dir, report.moved_from or "", *(skip.path for skip in report.skipped),
             *report.ignored_files, *report.ignored_inside, *report.unread_attachments, *report.deleted_ids,
             *(rel for pair in report.linked for rel in pair),
             *(article_id for pair in report.renamed_ids for article_id in pair))
    spaced = [str(path) for path in paths if " " in str(path)]
    whole = tuple({*spaced, *map(safe, spaced)})  # as given and as printed (safe)
    return [row for line in lines for row in hanging_rows(line, width, whole)]


def _report_lines(report: IndexReport, verbose: bool) -> list[str]:
    """``report_lines``, each line whole."""
    # a corpus moved or renamed: the index had been of the path it records, and is updated in place
    moved = [] if report.moved_from is None else [
        f"  the corpus moved from {safe(report.moved_from)} to {safe(report.corpus)}: updated in place"]
    lines = [  # paths safe, as a skipped file's: a folder named with a newline must not forge a line
        f"Indexed {safe(report.corpus)} into {safe(report.index_dir)} in {report.seconds:.2f}s"
        + (" (built from scratch)" if report.rebuilt else ""),
        *moved,
        (f"  {report.added:,} added, {report.updated:,} updated, {report.deleted:,} deleted, "
         + (f"{report.renamed:,} renamed, " if report.renamed else "")  # said only of an update that found some
         + f"{report.unchanged:,} unchanged; {counted(report.documents, 'article')} from "
         f"{counted(report.files, 'file')} in the index"),
    ]
    if verbose and report.deleted_ids:  # as the ignored files: a line each
        lines.append(f"  {counted(len(report.deleted_ids), 'article')} deleted")
        lines += [f"    {safe(article_id)}" for article_id in report.deleted_ids]
    if verbose and report.renamed_ids:
        lines.append(f"  {counted(len(report.renamed_ids), 'article')} renamed")
        lines += [f"    {safe(old)} to {safe(new)}" for old, new in report.renamed_ids]
    if report.ignored:
        lines.append(f"  {counted(report.ignored, 'file')} of unsupported types ignored ({ignored_types(report.ignored_types)})")
        if verbose:
            lines += [f"    {safe(rel)}" for rel in report.ignored_files]
    if verbose and report.ignored_inside:  # only when asked: without --verbose the summary is as it was
        inside = Counter(PurePosixPath(rel).suffix.lower() for rel in report.ignored_inside)
        lines.append(f"  {counted(len(report.ignored_inside), 'file')} inside archives of unsupported types ignored "
                     f"({ignored_types(dict(inside))})")
        lines += [f"    {safe(rel)}" for rel in report.ignored_inside]
    if verbose:  # as an archive's files: one line a message file, its attachments by ending
        lines += [f"  {safe(rel)}: {counted(sum(types.values()), 'attachment')} not read ({ignored_types(types)})"
                  for rel, types in report.unread_attachments.items()]
    if verbose and report.linked:  # no skip: the file each leads to is read (or skipped) where it is
        lines.append(f"  {counted(len(report.linked), 'link')} to a file listed already passed over (each read where it is)")
        lines += [f"    {safe(link)}: a link to {safe(target)}" for link, target in report.linked]
    if report.skipped:
        lines += skip_lines(report.skipped, verbose)
    if _read_nothing(report):
        lines.append(f"  {NO_ARTICLES}")
    return lines


NO_ARTICLES = ("No articles: the corpus holds no file newssearch reads (text, Markdown, HTML, Word, PDF, JSON, CSV,"
               " feeds, e-mail, web archives, zip or tar archives: README's \"What it reads\")")


def _read_nothing(report: IndexReport) -> bool:
    """Whether the run found no file it reads: no article, nothing skipped, nothing of a type it ignores."""
    return not report.documents and not report.skipped and not report.ignored


def failure_lines(report: IndexReport, verbose: bool = False) -> list[str]:
    """What ``newssearch index --quiet`` still says (on stderr): the files not read, with their reasons, as the
    report names them, or that the corpus held nothing to read; no line when every file was read. A file unchanged
    since a run said why it holds no article is not said again (as rsync's -q, an unchanged corpus says nothing);
    one whose version indexed before is kept is said on every run, its text in the index maybe out of date."""
    news = [skip for skip in report.skipped if skip.kept or not skip.said_before]
    lines = [line[2:] for line in skip_lines(news, verbose)] if news else []
    return lines + ([NO_ARTICLES] if _read_nothing(report) else [])


def removals_warning(report: IndexReport) -> str | None:
    """What to say when the index folder's removals.jsonl could not take this update's removals (a full disk): the
    update is committed; where their lines were kept, and how to add them to the list, or, kept nowhere, the ids
    whose removal ``show`` cannot tell of. None when the list took them."""
    if report.removals_not_saved is None:
        return None
    removed = len(report.deleted_ids) + len(report.renamed_ids)
    path, one = safe(os.path.join(report.index_dir, REMOVALS)), removed == 1
    head = f"the removal of {counted(removed, 'article')} could not be added to {path} ({safe(report.removals_not_saved)})"
    cannot = f"`show` cannot say when and why {'it was' if one else 'they were'} removed"
    if report.removals_kept_at is not None:
        kept, lines = safe(report.removals_kept_at), "its line is" if one else "their lines are"
        return (f"{head}: the update is committed; {lines} kept in {kept}: add {'it' if one else 'them'} to the list's "
                f"end once there is room (cat {kept} >> {path}), or {cannot}")
    ids = [*report.deleted_ids, *(old for old, _ in report.renamed_ids)]
    return f"{head} nor kept elsewhere: the update is committed, but {cannot}: {', '.join(map(safe, ids))}"


SKIPS_SHOWN = 5  # skipped files named with their reason without --verbose: a file not read is never silent


def skip_lines(skipped: list[Skip], verbose: bool = False) -> list[str]:
    """``N skipped`` and a line each: first, always, those whose earlier version the index keeps (its text may be
    out of date: this run's news); then the others, the first SKIPS_SHOWN unless ``verbose``, a file's records
    skipped for one reason one line with their count (a WordPress export's 500 attachments: ``_grouped``)."""
    kept = [skip for skip in skipped if skip.kept]
    others = [skip for skip in skipped if not skip.kept]
    groups = [[skip] for skip in others] if verbose else _grouped(others)
    shown = groups[:max(0, SKIPS_SHOWN - len(kept))] if not verbose else groups
    notes = [f"{len(kept):,} keeping the version indexed before"] if kept else []
    more = len(others) - sum(map(len, shown))
    notes += [f"{more:,} more: --verbose lists them"] if more else []
    head = f"  {len(skipped):,} skipped" + (f" ({'; '.join(notes)})" if notes else "")
    return [head, *(f"    {skip_line(skip)}" for skip in kept), *(f"    {_group_line(group)}" for group in shown)]


def _grouped(skipped: list[Skip]) -> list[list[Skip]]:
    """``skipped`` in groups, in the order of their first: a file's records skipped for the same reason (their place
    aside: "item 2: an attachment …", "item 3: an attachment …") one group, any other skip one of its own."""
    groups: dict[object, list[Skip]] = {}
    for n, skip in enumerate(skipped):
        place, _, why = skip.reason.partition(": ")
        key = (skip.path.partition("#")[0], _places(place), why) if skip.record and why and _places(place) else n
        groups.setdefault(key, []).append(skip)
    return list(groups.values())


_PLACE = re.compile(r"([a-z]+) \d+")  # a record's place in its file: "item 2", "line 14"


def _places(place: str) -> str | None:
    """What a group of records' places is called ("item 2": items; an archive's file: archived files), else None."""
    if place == ARCHIVED_FILE:
        return f"{ARCHIVED_FILE}s"
    found = _PLACE.fullmatch(place)
    return f"{found.group(1)}s" if found else None


def _group_line(group: list[Skip]) -> str:
    """A skip's line (``skip_line``), or a group's: ``export.xml: 500 items skipped: …; its other records were
    indexed``."""
    if len(group) == 1:
        return skip_line(group[0])
    place, _, why = group[0].reason.partition(": ")
    rest = "the archive's other files were" if place == ARCHIVED_FILE else "its other records were"
    return f"{safe(group[0].path.partition('#')[0])}: {len(group):,} {_places(place)} skipped: {safe(why)}; {rest} indexed"


def skip_line(skip: Skip) -> str:
    """``path: reason``; a record's says the rest of its file was read (``part.jsonl: line 2 skipped: …``)."""
    if not skip.record:
        return f"{safe(skip.path)}: {safe(skip.reason)}"
    place, _, why = skip.reason.partition(": ")
    said = f"{place} skipped: {why}" if why else f"a record skipped: {place}"
    rest = "the archive's other files were" if place == ARCHIVED_FILE else "its other records were"
    return f"{safe(skip.path)}: {safe(said)}; {rest} indexed"


def ignored_types(types: dict[str, int], shown: int = 5) -> str:
    """``.jpg 12, .css 3, (no ending) 1`` for the most common endings, ``…`` after the rest."""
    items = sorted(types.items(), key=lambda item: (-item[1], item[0]))
    named = ", ".join(f"{safe(ending) or NO_ENDING} {count:,}" for ending, count in items[:shown])
    return named + (", …" if len(items) > shown else "")


def stats_lines(stats: IndexStats, width: int | None = None) -> list[str]:
    """The table printed by ``newssearch stats``; on a terminal of ``width`` columns a value is broken between its
    words, its further rows under its first (a path never inside)."""
    span = f"{iso(stats.earliest)} to {iso(stats.latest)}" if stats.earliest else "no dates"
    rows = [
        ("index", safe(stats.index_dir)),
        ("corpus", _corpus_place(stats)),
        ("articles", f"{stats.documents:,} ({stats.dated:,} dated, {span})"),
        ("files", f"{stats.files:,}"),
        *([] if stats.skipped is None else [("skipped", _skipped(stats))]),
        *([] if stats.removals is None else [("removed", _removed(stats.removals))]),
        ("sources", f"{stats.sources:,}"),
        ("size", human_size(stats.size_bytes)),
        ("updated", stats.updated),
        ("fields", ", ".join(stats.fields)),
    ]
    whole = tuple(safe(str(path)) for path in (stats.index_dir, stats.corpus, stats.corpus_moved_to))
    return [row for name, value in rows
            for row in rows_between(f"{name + ':':<10} ", _at_times(word_pieces(str(value), whole)), width)]


_TIME = re.compile(r"( *\d{4}-\d\d-\d\d)(T\d\d:\d\d(?::\d\d)?\S*)")  # an ISO time: its day, its T and time


def _at_times(pieces: list[str]) -> list[str]:
    """``pieces`` with an ISO time one piece to its day and one from its ``T``: joined, the same text; at 30
    columns ``updated:   2026-12-07T19:35:59+00:00`` had run 36, a word the terminal broke at its edge."""
    split: list[str] = []
    for piece in pieces:
        match = _TIME.fullmatch(piece)
        split += match.groups() if match else [piece]
    return split


REASONS_SHOWN = 4  # a stats line's skip reasons, the commonest; "…" after them
# the walk's skips, which no manifest entry remembers: the index report counts them, stats cannot (it had said
# "1 file" where the report of the same corpus said "2 skipped", with no word of why)
WALK_NOT_COUNTED = "links, pipes and folders an update could not follow are not counted"


def _skipped(stats: IndexStats) -> str:
    """``3 files, 2 records (empty file 2, …); links, … are not counted: `newssearch index … -v` lists every
    skip``, or ``none (links, … are not counted)``."""
    from .indexhints import index_command

    tally = stats.skipped
    if tally is None or not (tally.files or tally.records or tally.partial):
        return f"none ({WALK_NOT_COUNTED})"
    counts = ", ".join([*([counted(tally.files, "file")] if tally.files else []),
                        *([counted(tally.records, "record")] if tally.records else []),
                        *([f"{counted(tally.partial, 'file')} read in part"] if tally.partial else [])])
    items = list(tally.reasons.items())
    reasons = ", ".join(f"{safe(why)} {count:,}" for why, count in items[:REASONS_SHOWN])
    more = ", …" if len(items) > REASONS_SHOWN else ""
    command = index_command(stats.corpus, Path(stats.index_dir)).cli
    return f"{counts} ({reasons}{more}); {WALK_NOT_COUNTED}: `{safe(command)} -v` lists every skip"


def _removed(removals: tuple[int, str | None]) -> str:
    """``3 articles since 2026-12-07T07:22:13+00:00 (the index folder's removals.jsonl lists them)``, or ``none``."""
    count, since = removals
    if not count:
        return "none"
    since_when = f" since {safe(since)}" if since else ""
    return f"{counted(count, 'article')}{since_when} (the index folder's {REMOVALS} lists {_them(count)})"


def _them(count: int) -> str:
    """``it`` of one, ``them`` of more."""
    return "it" if count == 1 else "them"


def _corpus_place(stats: IndexStats) -> str:
    """The corpus's path, and when it is not there where it seems to have gone."""
    corpus = safe(stats.corpus)
    if stats.corpus_found:
        return corpus
    if stats.corpus_moved_to is not None:
        return (f"{corpus} (not found: it seems to have moved with the index to {safe(stats.corpus_moved_to)}; "
                "an update indexes it there)")
    return f"{corpus} (not found: moved, deleted or not mounted?)"


def human_size(size: int) -> str:
    """1536 -> '1.5 KB'."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
