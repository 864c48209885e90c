"""Omnivore's export unpacked into a folder: its ``metadata_*.json`` records beside ``content/<slug>.html`` pages and
``highlights/<slug>.md`` quotes, joined into one article per saved item as its zip is (``documents.archivepages``),
though the indexer reads each file alone and caches it by its own stat and hash.

A file of records reads the page and highlights each record names from beside it (``joined_in_folder``); a page or
highlights file a record names gives no article of its own. A read so depends on its folder's other files: when any
file of an export folder changes, appears or goes, the indexer reads all its files again, whatever their own stat or
hash says (``regrouped``), so that an edit to a page re-reads its record and one to the records re-reads the pages.

Substack's export is joined the same way: its ``posts.csv`` (a row a post) reads each published post's page from
``posts/<post_id>.html`` beside it (``documents.substackposts``), and a page a row names, a draft's too, gives none.
Its subscriber files (``email_list*.csv``, ``posts/*.opens.csv``, ``posts/*.delivers.csv``) are not read: posts.csv
counts them in one skip (``substack_part``), and one appearing or going reads the export again to count it.

A Mastodon archive's ``outbox.json`` credits its posts to the account of the ``actor.json`` beside it
(``documents.activitypub``): an actor.json changed, new or gone reads the outbox beside it again.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from dataclasses import replace
from pathlib import Path

from .documents import Article, ReadResult, parse_file_bytes
from .documents.activitypub import ACTOR, actor_name, is_outbox_file, with_actor
from .documents.archivepages import is_records_file, record_slugs, with_highlights, with_page
from .documents.substackposts import (
    PAGES,
    TABLE,
    is_export_part,
    is_posts_table,
    parts_skip,
    post_ids,
    posts_of,
    with_post_page,
)

# The folders beside the records that hold an item's page and its highlights (Omnivore's) or a post's page
# (Substack's), with the suffix of their files.
_PARTS = {"content": ".html", "highlights": ".md", PAGES: ".html"}


def _is_table(rel: str) -> bool:
    """Whether ``rel`` is named as an export's file of records: Omnivore's metadata_*.json, Substack's posts.csv."""
    return is_records_file(rel) or is_posts_table(rel)


def export_folder(rel: str) -> str | None:
    """The folder of the Omnivore or Substack export the corpus file ``rel`` would be part of, by its name alone: the
    folder of a ``metadata_*.json``, a ``posts.csv`` or an ``email_list*.csv``, the one above ``content/<slug>.html``,
    ``highlights/<slug>.md`` or ``posts/<post_id>.html`` (or ``.opens.csv``, ``.delivers.csv``) ("" for the corpus
    folder); None for any other file."""
    folder, _sep, name = rel.rpartition("/")
    if _is_table(rel) or is_export_part(name):
        return folder
    parent, _sep, part = folder.rpartition("/")
    named = is_export_part(f"{part}/{name}") or (part in _PARTS and name.lower().endswith(_PARTS[part]))
    return parent if named else None


def substack_part(path: Path, rel: str) -> bool:
    """Whether the corpus file ``rel`` (at ``path``) is a subscriber file of a Substack export: named as one, beside
    or under a Substack posts.csv. It is not read; the table counts it."""
    folder = export_folder(rel)
    if folder is None or _is_table(rel):
        return False
    base = path.parent if folder == rel.rpartition("/")[0] else path.parent.parent
    name = rel[len(folder and f"{folder}/"):]
    return is_export_part(name) and _substack_table(base)


def regrouped(present: Collection[str], changed: Iterable[str]) -> set[str]:
    """The files of ``present`` to read again whatever their stat says: every file of each export folder (one
    holding a file of records, now or before) one of whose files is in ``changed`` (changed, new or gone)."""
    changed = list(changed)
    actors = {rel.rpartition("/")[0] for rel in changed if rel.rpartition("/")[2].lower() == ACTOR}
    outboxes = {rel for rel in present if actors and is_outbox_file(rel) and rel.rpartition("/")[0] in actors}
    candidates = {folder for rel in changed if (folder := export_folder(rel)) is not None}
    if not candidates:  # no file changed that could be an export's: the corpus's other names not looked at
        return outboxes
    members = {rel: folder for rel in [*present, *changed] if (folder := export_folder(rel)) in candidates}
    exports = {folder for rel, folder in members.items() if _is_table(rel)}
    return outboxes | {rel for rel in present if members.get(rel) in exports}


def joined_in_folder(result: ReadResult, data: bytes, path: Path, rel: str) -> ReadResult:
    """``result``, what the corpus file ``rel`` (its bytes ``data``, at ``path``) gave alone, as a part of its
    export folder: a file of records with each record's page text and highlights after it; a page or highlights
    file a record names, and that gives one article, with none (its record has its text); any other as it was."""
    if is_outbox_file(rel):  # a Mastodon archive's outbox: its posts by the account of the actor.json beside it
        return with_actor(result, _actor_beside(path.parent))
    folder = export_folder(rel)
    if folder is None:
        return result
    if is_records_file(rel):
        return _with_pages(result, data, path.parent, rel)
    if is_posts_table(rel):
        return _with_posts(result, data, path.parent, rel)
    if len(result.articles) == 1 and f"{path.parent.name}/{path.name}" in _named_pages(path.parent.parent):
        return replace(result, articles=[])
    return result


def _with_pages(result: ReadResult, data: bytes, base: Path, rel: str) -> ReadResult:
    """The articles of a file of records, each given the text of the page its record names (``base/content/``)
    and the highlights of it after (``base/highlights/``), where that file gives one article."""
    slugs = record_slugs(data, rel)
    folder = rel.rpartition("/")[0]
    articles = []
    for article in result.articles:
        slug = slugs.get(article.id)
        if slug and _plain(slug):
            if (page := _one_article(base, folder, f"content/{slug}.html")) is not None:
                article = with_page(article, page)
            if (notes := _one_article(base, folder, f"highlights/{slug}.md")) is not None:
                article = with_highlights(article, notes)
        articles.append(article)
    return replace(result, articles=articles)


def _with_posts(result: ReadResult, data: bytes, base: Path, rel: str) -> ReadResult:
    """The articles of Substack's posts.csv, each published row given the text of its page (``base/posts/``)."""
    posts = posts_of(data)
    if posts is None:
        return result
    folder = rel.rpartition("/")[0]
    result = replace(result, skipped=result.skipped + parts_skip(rel, _parts_beside(base)))
    by_id = dict(zip(post_ids(posts, rel), posts))
    articles = []
    for article in result.articles:
        post = by_id.get(article.id)
        if post is not None and _plain(post.key):
            if (page := _one_article(base, folder, f"{PAGES}/{post.key}.html")) is not None:
                article = with_post_page(article, post, page)
        articles.append(article)
    return replace(result, articles=articles)


def _parts_beside(base: Path) -> int:
    """How many subscriber files the Substack export in ``base`` holds (none hidden, as the walk passes them over)."""
    try:
        names = [entry.name for entry in base.iterdir()]
        names += [f"{PAGES}/{entry.name}" for entry in (base / PAGES).iterdir()] if (base / PAGES).is_dir() else []
    except OSError:
        return 0
    return sum(1 for name in names if is_export_part(name) and not name.rpartition("/")[2].startswith(".")
               and (base / name).is_file())


def _substack_table(base: Path) -> bool:
    """Whether ``base`` holds a Substack posts.csv (its columns are Substack's), read once per state of it."""
    table = base / TABLE
    try:
        return table.is_file() and _is_substack(str(table), *_stamp(table))
    except OSError:
        return False


@functools.lru_cache(maxsize=16)
def _is_substack(table: str, _mtime: int, _size: int) -> bool:
    """Whether the posts.csv at ``table`` (in the state given) is Substack's."""
    try:
        return posts_of(Path(table).read_bytes()) is not None
    except OSError:
        return False


def _actor_beside(base: Path) -> str | None:
    """The byline of the account of the Mastodon archive in ``base``, by its actor.json; None: none there."""
    try:
        return actor_name((base / ACTOR).read_bytes()) if (base / ACTOR).is_file() else None
    except OSError:
        return None


def _plain(slug: str) -> bool:
    """Whether a record's slug names a file in its folder, not one elsewhere ("../../notes")."""
    return not slug.startswith(".") and "/" not in slug and "\\" not in slug and "\0" not in slug


def _one_article(base: Path, folder: str, name: str) -> Article | None:
    """The one article of the export's file ``name`` (under ``base``), or None: no such file, or one that gives
    none, several, or cannot be read (said when it is read alone)."""
    path = base / name
    try:
        if not path.is_file():
            return None
        articles = parse_file_bytes(path.read_bytes(), path, f"{folder}/{name}".lstrip("/")).articles
    except Exception:  # noqa: BLE001 - a page that breaks is its own file's skip; its record keeps its teaser
        return None
    return articles[0] if len(articles) == 1 else None


def _named_pages(base: Path) -> frozenset[str]:
    """The pages the files of records in ``base`` name (``content/<slug>.html``, ``highlights/<slug>.md``,
    ``posts/<post_id>.html``), read once per state of those files (a page of a thousand read each in turn asks for
    the same)."""
    try:
        found = sorted(entry for entry in base.iterdir() if _is_table(entry.name) and entry.is_file())
        signature = tuple((entry.name, *_stamp(entry)) for entry in found)
    except OSError:
        return frozenset()
    return _pages_of(str(base), signature)


def _stamp(path: Path) -> tuple[int, int]:
    """A file's change time and size: its state, as the indexer tells a change."""
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=16)
def _pages_of(base: str, signature: tuple[tuple[str, int, int], ...]) -> frozenset[str]:
    """The pages named by the records in ``base`` (files named in ``signature`` with their state): Omnivore's of a
    record that gives an article (its page is joined to it, as the file of records reads it), Substack's of every
    row of its posts.csv (a draft's page is no article either)."""
    pages: set[str] = set()
    for name, _mtime, _size in signature:
        path = Path(base) / name
        try:
            data = path.read_bytes()
            if is_posts_table(name):
                pages.update(f"{PAGES}/{post.key}.html" for post in posts_of(data) or () if _plain(post.key))
                continue
            ids = {article.id for article in parse_file_bytes(data, path, name).articles}
        except Exception:  # noqa: BLE001 - records that cannot be read join no page: each stays an article
            continue
        slugs = {slug for key, slug in record_slugs(data, name).items() if key in ids and _plain(slug)}
        pages.update(f"{part}/{slug}{end}" for slug in slugs for part, end in _PARTS.items() if part != PAGES)
    return frozenset(pages)
