"""A file's records gathered into its articles and skips: each article under an id unique in its file, each record
that gave none a skip with its reason, and the reason a file of records gave no article at all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..errors import UnreadableFile
from ..ids import record_id
from .article import Article, ReadResult, Skip


def unique_id(wanted: str, seen: dict[str, int]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... when an earlier record in the file took it. ``seen``: the ids
    taken, each with the last number tried after it, so that the next is found at once (a file's thousands of records
    of one id had each tried 2, 3, … again: 56 MB of a damaged .jsonl.gz, minutes); ``taken`` adds others."""
    candidate, n = wanted, seen.get(wanted, 1)
    while candidate in seen:
        n += 1
        candidate = f"{wanted}-{n}"
    seen[wanted] = n
    seen.setdefault(candidate, 1)
    return candidate


def taken(seen: dict[str, int], ids: Iterable[str]) -> None:
    """Mark ``ids`` taken in ``seen`` (see ``unique_id``): the articles a record gave under ids of its own."""
    for article_id in ids:
        seen.setdefault(article_id, 1)


# (record key, label such as "line 7", the article or why there is none). A skip is reported as
# ``<rel>#<key>``, or as the file itself when the key is None: the label then says where the record is.
Made = tuple[str | None, str, Article | str]


def gather(made: Iterable[Made], rel: str) -> ReadResult:
    """The articles of one file's records, each id unique, and a skip with its reason for each failure.

    A repeated id is kept apart, never merged: the first keeps it, later ones get -2, -3...
    Raises UnreadableFile when there were records and not one article came out of them; a file of no
    records at all (an export ``[]``) is read as one of no articles (see ``no_records``).
    """
    result = ReadResult()
    seen: dict[str, int] = {}
    for one in made:
        outcome = gather_one(one, rel, seen)
        if isinstance(outcome, Skip):
            result.skipped.append(outcome)
        else:
            result.articles.append(outcome)
    if not result.articles and not result.skipped:
        return no_records(rel)
    if not result.articles:
        raise UnreadableFile(nothing_read(result.skipped))
    return result


def gather_one(made: Made, rel: str, seen: dict[str, int]) -> Article | Skip:
    """One record's article under an id no earlier record of its file took (``seen``: those taken), or its skip."""
    key, label, outcome = made
    if isinstance(outcome, str):
        return Skip(path=rel if key is None else record_id(rel, key), reason=f"{label}: {outcome}")
    article_id = unique_id(outcome.id, seen)  # its own, but for a repeated one: no copy made then
    return outcome if article_id == outcome.id else replace(outcome, id=article_id)


def no_records(rel: str, what: str = "no records") -> ReadResult:
    """A well-formed export or feed that holds no articles (``[]``, a feed with no items).

    It is read, not broken: the articles indexed from it before are deleted, as its other edits
    would be, and it is reported as skipped on every run. (A file that cannot be parsed keeps them.)
    """
    return ReadResult(skipped=[Skip(path=rel, reason=f"no articles in file ({what})")])


def nothing_read(skipped: list[Skip]) -> str:
    """The reason a file gave no articles, naming the first bad record."""
    if not skipped:
        return "no articles in file (no records)"
    if len(skipped) == 1:
        return f"no articles in file ({skipped[0].reason})"
    return f"no articles in file ({len(skipped)} records skipped; first: {skipped[0].reason})"
