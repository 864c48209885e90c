"""What a table's header row tells of its rows: whether they are articles at all (a table naming no column of text,
newssearch's own ``--csv`` result list), and the columns some tables' makers use for something else than their name
says: a read-later service's save time (no publication date) and list of saved links (its rows keyed by their
addresses), a forum's submitter (no author). ``csvfile`` reads the rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import UnreadableFile
from ..ids import stable_keys
from .fields import JSON_FIELDS, is_web_address, norm_key
from .jsonlines import Entry

# The columns of newssearch's own --csv result list: a list of hits, not of articles.
_RESULT_LIST = ("id", "title", "date", "source", "authors", "url", "score", "snippet")

# Read-later services' tables whose time column is when a link was saved, no publication date (USERS.md: an
# ingestion date must never pass for one): Instapaper's CSV export, by its whole header, with or without the Tags
# column its exports end in since 2024 (a JSON list; without it the Timestamp had been read as the date).
_SAVE_TIME_TABLES: dict[tuple[str, ...], str] = {("url", "title", "selection", "folder", "timestamp"): "timestamp"}
_LATER_COLUMNS = ("tags",)  # columns a save-time table's header may end in


def _save_time_column(names: tuple[str, ...]) -> str | None:
    """The save-time column of the read-later table whose normalised header is ``names``; None for another table."""
    for header, column in _SAVE_TIME_TABLES.items():
        if names[:len(header)] == header and set(names[len(header):]) <= set(_LATER_COLUMNS):
            return column
    return None


def without_save_times(columns: list[str]) -> list[str]:
    """``columns`` with a read-later export's save-time column renamed so that no date key reads it."""
    saved = _save_time_column(tuple(norm_key(name) for name in columns))
    return [f"saved {name}" if norm_key(name) == saved else name for name in columns]


# The columns of a forum's or a link aggregator's posts (Reddit's WorldNews headlines, Hacker News' stories): a
# subreddit, votes or points, comments counted, an adult flag. Such a table's author column names who posted.
_FORUM_COLUMNS = frozenset({"subreddit", "upvotes", "downvotes", "ups", "downs", "upvoteratio", "over18", "nsfw",
                            "numcomments", "numpoints", "points"})


def without_submitters(columns: list[str]) -> list[str]:
    """``columns`` with the author column of a forum's table of links (``_FORUM_COLUMNS``, and no text column)
    renamed so that no key reads it: it names who submitted the link, not who wrote the story (Reddit's "polar" had
    been every WorldNews headline's author). A forum's own posts, their text a column, keep it: the poster wrote it."""
    names = {norm_key(name) for name in columns}
    if not names & _FORUM_COLUMNS or names & set(JSON_FIELDS["body"] + JSON_FIELDS["summary"]):
        return columns
    return [f"submitter {name}" if norm_key(name) in JSON_FIELDS["authors"] else name for name in columns]


# Read-later services' tables of saved links, newest first, so that a list exported again has the links saved since
# on top: Pocket's (its time_added column) and Instapaper's (its whole header). Their rows are keyed by their addresses.
def saved_links(columns: list[str]) -> bool:
    """Whether ``columns`` head a read-later service's list of saved links."""
    names = tuple(norm_key(name) for name in columns)
    return "url" in names and ("timeadded" in names or _save_time_column(names) is not None)


def saved_link_entries(entries: Iterable[Entry], columns: list[str]) -> list[Entry]:
    """``entries`` of a list of saved links, each row keyed by its ``url`` cell (``https://news.example/ferry``) while
    no two rows share one, else by its number as before (``ids.stable_keys``): keyed by number, a list exported again
    with a link saved on top had every row "updated" and ``part_000000.csv#3`` named another link."""
    found = list(entries)
    url = next(name for name in columns if norm_key(name) == "url")
    addresses = [value.get(url, "").strip() if isinstance(value, dict) else None for _label, _number, value in found]
    keys = stable_keys([None] * len(found), [a if is_web_address(a) else None for a in addresses], each=False)
    return [(label, key, value) for (label, _number, value), key in zip(found, keys)]


# The columns that, beside a headline's, make a row of no text a story (see ``jsonfile._title_and_body``).
_PLACING = JSON_FIELDS["url"] + JSON_FIELDS["date"] + JSON_FIELDS["source"]


def check_header(columns: list[str]) -> None:
    """Raise UnreadableFile when the header names no column of article text, or is a result list.

    A table of headlines and their addresses (Media Cloud's story list), dates (ABC's "A Million News Headlines")
    or publishers is read as a JSON export of them is, each story its headline; a table of titles alone, or of
    titles and authors, is not known to hold stories.
    """
    if tuple(norm_key(name) for name in columns) in (_RESULT_LIST, (*_RESULT_LIST, "copies")):
        raise UnreadableFile("a newssearch result list (--csv), not articles")
    names = {norm_key(name) for name in columns}
    headlines = names & set(JSON_FIELDS["title"]) and names & set(_PLACING)
    if not names & set(JSON_FIELDS["body"] + JSON_FIELDS["summary"]) and not headlines:
        shown = ", ".join(name for name in columns[:8] if name) or "nothing"
        raise UnreadableFile(f"no column of article text (such as text, content or body): the header has {shown}")
