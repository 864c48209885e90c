"""The date in a file's path in the corpus, as an archive saves a story by its day (``2019/05/07/story.txt``,
``news/2021-03-04-storm.md``) or a site mirrored with ``wget -m`` keeps its address's date: a source of the
publication date for a file's article that gives none of its own."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import PurePath

from .article import Article
from .urldates import date_in_url

PATH_SOURCE = "path"  # the date source ``show`` names: "date: 2019-05-07 (from path)"
# A folder named by the local day where that day is ahead of this machine's clock (New Zealand's before UTC's) is
# no future date; a later one is no publication date yet (a typo, a planned post's folder).
AHEAD = timedelta(days=1)
# Eight digits, 20190507, are read in an address (/20181009) but not in a path: a folder or file named by a number is
# an id as often (12345678, 20150312), and Markdown's file-name dates are written with dashes too (markdown._FILE_DATE).
_COMPACT = re.compile(r"/(?:19|20)\d{6}(?=[/_.-]|$)")


def date_in_path(rel: str, today: date | None = None) -> date | None:
    """The day a corpus path ``rel`` names, read as a web address's (``urldates.date_in_url``): ``2019/05/07/``,
    ``2021-03-04-storm``, ``2019/nov/18/``; a file in an archive by its place there (``a.zip#2019/05/07/story.txt``).
    None for a year or a month alone (no day to give), an id (``12345678``, and so ``20190507``: eight digits alone),
    a version (``v2.10``), a day that does not exist, a year-last date whose day and month could be either (a path
    names no country), or a day after ``today`` (the run's)."""
    path = _COMPACT.sub("/", "/" + rel.replace("#", "/"))
    found = date_in_url(path, day_first=False)
    if found is None or found != date_in_url(path, day_first=True):
        return None
    return found if found <= (today or date.today()) + AHEAD else None


PLACE_FOLDERS = 3  # folders above the corpus read with a path: a day's at most (2019/05/07)


def path_dated(article: Article, rel: str, above: str = "") -> Article:
    """``article`` dated by its file's path ``rel`` (its source ``path``) when it is the file's own article, not one of
    its records (a feed or an export saved in a dated folder was saved that day: its items may be older), and gives
    no date of its own: the page's or text's own date, and a dateline, outrank the folder an archivist filed it in.
    ``above``: the names of the last PLACE_FOLDERS folders holding the corpus (``place_above``), read with ``rel``
    when it names no day: a corpus given as ``2019/05/07/``, ``2019/`` or one file of those folders keeps their day.
    A file in a .zip or .tar archive is dated so too, by its place in the archive (``archive.zip#2019/05/07/a.txt``)
    read after the archive's (``_archived_file``)."""
    if article.date is not None or (article.id != rel and not _archived_file(article.id, rel)):
        return article
    found = date_in_path(article.id)
    if found is None and above:
        found = _day_reaching(above, article.id)
    return replace(article, date=found, date_source=PATH_SOURCE) if found is not None else article


def _archived_file(article_id: str, rel: str) -> bool:
    """Whether ``article_id`` is the article of a file in the .zip or .tar archive ``rel`` (``archive.zip#a/story.txt``),
    not a record of one (``archive.zip#wire.jsonl#a1``: a file's own ``#`` is written ``%23`` in an id)."""
    place = article_id.removeprefix(f"{rel}#")
    if place == article_id or not place or "#" in place:
        return False
    from . import reader_suffix
    from .archivefiles import ARCHIVE_ENDINGS  # imported only for an archive's file: zipfile, tarfile and lzma

    return reader_suffix(rel) in ARCHIVE_ENDINGS


def _day_reaching(above: str, rel: str) -> date | None:
    """The day ``above`` and ``rel`` name read together, when the corpus's own folder (the last of ``above``) names
    part of it: a day named wholly by folders further up (``backups/2021-03-04/news/``, a backup's day) is no
    article's."""
    found = date_in_path(f"{above}/{rel}")
    if found is None or date_in_path(above.rpartition("/")[0] + "/") is not None:
        return None
    return found


def place_above(path: str, rel: str) -> str:
    """The names of the last PLACE_FOLDERS folders above ``rel`` in the file's ``path`` (the corpus's folder, or the
    folder of a file given alone); empty when ``path`` does not end with ``rel``."""
    whole, tail = PurePath(path).as_posix(), "/" + rel
    if not whole.endswith(tail):
        return ""
    folder = PurePath(whole[: -len(tail)])
    return "/".join((folder.parts[1:] if folder.anchor else folder.parts)[-PLACE_FOLDERS:])
