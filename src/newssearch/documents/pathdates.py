"""The date in a file's path in the corpus, as an archive saves a story by its day (``2019/05/07/story.txt``,
``news/2021-03-04-storm.md``) or a site mirrored with ``wget -m`` keeps its address's date: a source of the
publication date for a file's article that gives none of its own."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

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


def path_dated(article: Article, rel: str) -> Article:
    """``article`` dated by its file's path ``rel`` (its source ``path``) when it is the file's own article, not one of
    its records (a feed or an export saved in a dated folder was saved that day: its items may be older), and gives
    no date of its own: the page's or text's own date, and a dateline, outrank the folder an archivist filed it in."""
    if article.date is not None or article.id != rel:
        return article
    found = date_in_path(rel)
    return replace(article, date=found, date_source=PATH_SOURCE) if found is not None else article
