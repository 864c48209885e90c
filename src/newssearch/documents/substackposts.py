"""Substack's export (Settings > Exports): ``posts.csv``, a row a post (``post_id``, ``post_date``, ``is_published``,
``title``, ``subtitle``…), beside ``posts/<post_id>.html``, the post's body with no title or date (a ``post_id`` is
its number and slug, ``140001.bridge-closes``). Each published row is an article keyed by its ``post_id``: its title,
its ``post_date``, its page's text with its subtitle opening it, as a teaser does; a draft (``is_published`` not
true) is skipped with that reason, and its page too is no article, as is a row of ``type`` page (an "About" page: no
post sent to readers). The export names no site, so no address is given. Its subscriber files (``email_list*.csv``
beside the table, ``posts/<post_id>.opens.csv`` and ``.delivers.csv``: addresses, no articles) are counted in one
skip under the table's id (``parts_skip``), not one each.

A zip joins its pages here (``joined_posts``); unpacked into a folder, the indexer reads the page a row names from
beside it (``exportfolders``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from ..ids import record_id
from .archivenames import member_id
from .article import Article, ReadResult, Skip
from .encoding import require_text

TABLE = "posts.csv"
PAGES = "posts"  # the folder beside the table holding each post's page, <post_id>.html
_COLUMNS = ("post_id", "is_published", "title")  # the columns that tell Substack's table from another posts.csv
DRAFT = "a Substack draft (is_published false): not published"
PAGE = "a Substack page (type page, such as About): not a post sent to readers"
# Ends as a note on a file read in part does (``read_in_part``): the table's rows were read, none of them skipped.
PARTS = ("the export's subscriber files (a post's opens and deliveries, the e-mail list: {count:,} {files}) hold no "
         "articles and were not read")
_PART_ENDINGS = (".opens.csv", ".delivers.csv")  # a post's, in the pages' folder
_LIST = ("email_list", ".csv")  # the subscribers', beside the table: email_list.<publication>.csv


@dataclass(frozen=True)
class Post:
    """One row of Substack's posts.csv."""

    key: str  # post_id: its number and slug
    title: str
    subtitle: str
    day: date | None
    published: bool
    page: bool = False  # of type page (an "About" page), not a post


def is_posts_table(name: str) -> bool:
    """Whether ``name`` (a path in an archive or a folder, or an id) is named as Substack's table of posts."""
    return name.replace("#", "/").rpartition("/")[2].lower() == TABLE


def posts_of(data: bytes | None) -> list[Post] | None:
    """The rows of Substack's posts.csv ``data``; None when it is no such table (its header lacks ``_COLUMNS``)."""
    if data is None:
        return None
    # The readers' date rules are imported here, as the JSON readers are for Omnivore's records (``archivepages``):
    # every update imports this module (``exportfolders`` asks ``is_posts_table`` of each changed file).
    import csv
    import io

    from .dates import parse_date

    try:
        # newline="": a quoted cell keeps its line breaks (a subtitle over two lines had run its words together)
        rows = csv.DictReader(io.StringIO(require_text(data).lstrip("\ufeff"), newline=""))
        columns = {(name or "").strip().lower() for name in rows.fieldnames or ()}
        if not set(_COLUMNS) <= columns:
            return None
        return [post for row in rows if (post := _post(row, parse_date)) is not None]
    except (csv.Error, ValueError):
        return None


def _post(row: dict[str, str | None], parse_date: Callable[[str], date | None]) -> Post | None:
    """A row as a Post; None for a row with no post_id."""
    from html import unescape

    cells = {(name or "").strip().lower(): (value or "").strip() for name, value in row.items() if isinstance(value, str)}
    if not cells.get("post_id"):
        return None
    return Post(cells["post_id"], _line(unescape(cells.get("title", ""))), _line(unescape(cells.get("subtitle", ""))),
                parse_date(cells.get("post_date", "")) if cells.get("post_date") else None,
                cells.get("is_published", "").lower() == "true", cells.get("type", "").lower() == "page")


def _line(text: str) -> str:
    """A title or subtitle on one line, its words one space apart (a cell may run over lines)."""
    return " ".join(text.split())


def read_posts(data: bytes, rel: str) -> ReadResult | None:
    """The articles of Substack's posts.csv (``rel``), each its title, date and subtitle until its page is joined to
    it, and a skip a draft; None when the table is not Substack's."""
    posts = posts_of(data) if is_posts_table(rel) else None
    if posts is None:
        return None
    result, seen = ReadResult(), dict[str, int]()
    for post, article_id in zip(posts, post_ids(posts, rel, seen)):
        if not post.published or post.page:
            result.skipped.append(Skip(article_id, DRAFT if not post.published else PAGE))
            continue
        title = post.title or post.subtitle or post.key
        result.articles.append(Article(id=article_id, path=rel, title=title, body=post.subtitle or title,
                                       date=post.day, date_source="csv:post_date" if post.day else None,
                                       title_source="csv:title" if post.title else None))
    return result


def post_ids(posts: list[Post], rel: str, seen: dict[str, int] | None = None) -> list[str]:
    """Each post's article id, ``rel#post_id`` (a post_id written twice gets ``-2``)."""
    from .recordresults import unique_id

    seen = {} if seen is None else seen
    return [unique_id(record_id(rel, post.key), seen) for post in posts]


def is_export_part(name: str) -> bool:
    """Whether ``name`` (a path from the export's folder, ``posts/1.a.opens.csv``) is named as a subscriber file of
    a Substack export: the e-mail list beside posts.csv, a post's opens or deliveries in its pages' folder."""
    folder, _sep, base = name.lower().rpartition("/")
    if not folder:
        return base.startswith(_LIST[0]) and base.endswith(_LIST[1])
    return folder == PAGES and base.endswith(_PART_ENDINGS)


def parts_skip(table: str, count: int) -> list[Skip]:
    """The one skip that counts the ``count`` subscriber files of the export of the posts.csv ``table`` (its id)."""
    return [Skip(table, PARTS.format(count=count, files="file" if count == 1 else "files"))] if count else []


def with_post_page(article: Article, post: Post, page: Article) -> Article:
    """The article of a published row with its page's text, its subtitle opening it unless the text holds it."""
    from .teasers import teaser_first

    return replace(article, body=teaser_first(post.subtitle, page.body), lang=article.lang or page.lang,
                   sections=article.sections or page.sections)


def joined_posts(found: dict[str, ReadResult], unpack: Callable[[str], bytes | None],
                 rel: str) -> dict[str, ReadResult]:
    """``found`` (what each file of the archive ``rel`` gave, by its name in ids) with each published row of a
    Substack posts.csv given its page's text, and each page a row names (a draft's too) taken out."""
    tables = [name for name in found if is_posts_table(name) and found[name].articles + found[name].skipped]
    if not tables:
        return found
    joined, used = dict(found), set[str]()
    for name in tables:
        posts = posts_of(unpack(name))
        if posts is None:
            continue
        folder = name.rpartition("/")[0]
        pages = {article_id: (post, f"{folder}/{PAGES}/{member_id(post.key)}.html".lstrip("/"))
                 for post, article_id in zip(posts, post_ids(posts, f"{rel}#{name}"))}
        articles = []
        for article in found[name].articles:
            post, page = pages.get(article.id, (None, None))
            if post is not None and page in found and len(found[page].articles) == 1:
                article = with_post_page(article, post, found[page].articles[0])
            articles.append(article)
        used.update(page for _post, page in pages.values() if page in found and len(found[page].articles) == 1)
        parts = [part for part in found if part.startswith(folder and f"{folder}/")
                 and is_export_part(part[len(folder and f"{folder}/"):]) and not found[part].articles]
        used.update(parts)
        joined[name] = replace(found[name], articles=articles,
                               skipped=found[name].skipped + parts_skip(f"{rel}#{name}", len(parts)))
    return {name: result for name, result in joined.items() if name not in used}
