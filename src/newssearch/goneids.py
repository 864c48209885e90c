"""Why a file a user names has no article, when the index can tell: it was skipped at the last update (the manifest
keeps why), its file is no longer in the corpus (and an update removed its articles, when their id is still among the
index's terms; moved or renamed, as the manifest records it or a removed article's bytes show), or it is in the corpus
but was not read at the last update (gonerecords.py: of a record an update removed). ``show bridge.txt`` of a file
deleted before an update had said only "no article with id 'bridge.txt'", as of a typo."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from .config import home_path
from .corpus import walk_problem
from .documents import is_supported
from .errors import Text, Worded
from .gonerecords import gone_record, holds, now_id
from .ids import file_part, id_file_name, may_name_file, os_text, portable_id
from .indexfacts import IndexFacts
from .indexhints import index_command
from .removals import REMOVALS, Removal
from .savedpages import ASSET_FOLDERS, page_assets
from .schema import FINGERPRINT, ID, URL

LISTED = f"the index folder's {REMOVALS} lists what each update removed"  # the hint beside a removal from the list


def gone_at_address(searcher, corpus: str | None, typed: str,  # type: ignore[no-untyped-def]
                    facts: IndexFacts | None = None) -> tuple[str, Text | None] | None:
    """What the index can tell of the web address ``typed`` when no live article is at it but an update removed a
    record keyed or linked so (a feed's item that scrolled off, read by the address a reader copied): as
    ``why_missing`` tells of that record's id; None when the index holds no such removed record."""
    for leaf, _offset in searcher.reader().leaf_readers():
        for docnum in leaf.deleted_docs_set if leaf.has_deletions() else ():
            stored = leaf.stored_fields(docnum)
            record = str(stored.get(ID, ""))
            if (record.endswith("#" + typed) or stored.get(URL) == typed) and "#" in record \
                    and searcher.document_number(**{ID: record}) is None:
                return why_missing(searcher, corpus, [record], facts, who=record)
    return None


def why_missing(searcher, corpus: str | None, paths: Iterable[str],  # type: ignore[no-untyped-def]
                facts: IndexFacts | None = None, who: str = "it") -> tuple[str, Text | None] | None:
    """What the index can tell of the corpus file that relative ``paths`` name, which has no article: a sentence
    and a hint (None: the usual one, ``idhints.id_hint``); None when it cannot tell (no corpus folder, no path in
    it, a file whose other articles are live)."""
    root = Path(corpus) if corpus else None
    if root is None or not root.is_dir():  # a corpus not mounted: that a file is not there says nothing, but
        return _recorded(corpus, paths, facts)  # what the last update recorded of it still holds
    for rel in dict.fromkeys(paths):
        file = rel if "#" not in rel or (root / os_text(rel)).exists() else file_part(rel)
        if not file or file in (".", "..") or file.startswith("../"):
            continue
        name, path = portable_id(file), root / os_text(file)
        command = facts.command if facts else index_command(corpus, Path("INDEX"))
        skips = Worded(f"{command.api} reports each file it skips, with why",
                       f"{command.cli} -v lists each file it skips, with why")  # without -v: the first five
        if (reason := facts.skipped(file) if facts else None) is not None:
            return f"{name} was skipped at the last update: {reason}", skips
        if (problem := _walk_skip(file, path)) is not None:
            return f"{name} is skipped at each update: {problem}", skips
        if path.exists():
            if path.is_file() and (page := _saved_page(file, root)) is not None:  # Story_files/ad.html: Story.html's
                return (f"{name} is in the folder a browser saved beside the page {page}, a part of that page: an "
                        "update reads the page, not the files of its folder", f"the page's article: {page}")
            if path.is_file() and not _hidden(file) and not is_supported(path) and not _any_live(searcher, name):
                return _unsupported(name, command)  # (by its absolute path: a Thunderbird mailbox has no ending)
            if _readable(file, path) and (record := gone_record(searcher, path, name, rel[len(file):], who)) is not None:
                return record  # a feed's item that scrolled off, a record taken out of an export
            if rel != file and facts and (skipped := facts.record_skips(file)):  # a line of an export not JSON
                return (f"{len(skipped):,} record{'' if len(skipped) == 1 else 's'} of {name} "
                        f"{'was' if len(skipped) == 1 else 'were'} skipped at the last update: {skipped[0]}"
                        f"{'; …' if len(skipped) > 1 else ''}", holds(searcher, name))
            if rel != file and facts and (removal := facts.removed([name + rel[len(file):]])) is not None:
                return (f"{removal.id} was removed from the index by the update of {removal.at}: {removal.why}",
                        holds(searcher, name) if path.is_file() else LISTED)  # its deleted id merged away since
            if not _readable(file, path) or _any_live(searcher, name):
                return None  # a folder, a file none reads, or one whose other records are live: the usual hint
            if (target := _linked_file(root, path)) is not None and _any_live(searcher, target):
                return f"{name} is a link to {target}, which an update reads under its own id, once", holds(searcher, target)
            if (refused := _unopened(path)) is not None:  # as the update's report names it, on each run
                return f"{name} is skipped at each update: cannot read file: {refused}", skips
            if facts and (refused := facts.refused(file)) is not None:  # not "not read": tried, and refused
                return (f"{name} was skipped at the last update: {refused}",
                        command.map(lambda run: f"it opens now: run {run} to read it"))
            return (f"{path} is in the corpus, but the index holds no article of it: it was not read at the last "
                    "update", command.map(lambda run: f"run {run} to read the files added since"))
        if _any_live(searcher, name):  # gone since the last update, which did not remove its records: named
            return None
        gone = f"{name} was removed from the index at an update: {root / os_text(id_file_name(name))} is no longer there"
        held = _was_indexed(searcher.reader(), name)
        if moved := _moved(searcher, file, name, facts, held)[:3]:  # a file or folder renamed at that update
            return (f"{gone}, and a file of the same bytes is in the index: {' and '.join(moved)}",
                    f"if {name} was moved or renamed, {now_id(searcher, moved[0], rel[len(file):])} is its id now")
        if held:
            return gone, command.map(lambda run: f"if it was moved or renamed, run {run} and find it by its words")
        typed_ids = dict.fromkeys((name + rel[len(file):], portable_id(rel), name))  # a record's, its '#' as typed
        if facts and (removal := facts.removed(list(typed_ids))) is not None:
            return (f"{removal.id} was removed from the index by the update of {removal.at}: {removal.why}",
                    LISTED)  # its deleted id merged away
        if facts and rel == file and (records := facts.records_removed(name)):  # an export's: its records' ids
            return (f"{_records(records, name)} removed from the index by the update of {records[-1].at}: "
                    f"{records[-1].why}", LISTED)
        if is_supported(file) and path.parent.is_dir():  # its deleted id merged away, or a typo: not told apart
            return f"there is no file {path}", None
    return None


def _recorded(corpus: str | None, paths: Iterable[str], facts: IndexFacts | None) -> tuple[str, Text] | None:
    """Why the last update skipped the corpus file that one of ``paths`` names, as the manifest records it (an empty
    file, one it could not open), when the corpus is not there to look at; None when it records none."""
    for file in dict.fromkeys(file_part(rel) for rel in paths):
        if facts and file and (reason := facts.skipped(file) or facts.refused(file)) is not None:
            return (f"{portable_id(file)} was skipped at the last update: {reason}",
                    f"the corpus {corpus} is not there now: moved, or not mounted?")
    return None


def _records(removals: list[Removal], name: str) -> str:
    """``the 2 records of wire.jsonl (wire.jsonl#w1, wire.jsonl#w2) were``: the records ``removals`` removed."""
    listed = ", ".join(removal.id for removal in removals[:3]) + (", …" if len(removals) > 3 else "")
    return f"the record of {name} ({listed}) was" if len(removals) == 1 else f"the {len(removals):,} records of {name} ({listed}) were"


def _moved(searcher, file: str, name: str, facts: IndexFacts | None,  # type: ignore[no-untyped-def]
           held: bool) -> list[str]:
    """The ids of the files holding the bytes of the removed corpus file ``file`` (id ``name``): those the update
    that removed it found it moved to, as the manifest keeps them (``filemoves``), else, while the index ``held``
    its removed articles (until their segment is merged), those of the bytes one shows (a move an index of an older
    run did not record)."""
    if facts is None:
        return []
    if recorded := facts.moved_to(file):
        return recorded
    sha1 = _gone_sha1(searcher.reader(), name) if held else None
    return facts.same_bytes(sha1) if sha1 else []


def _readable(file: str, path: Path) -> bool:
    """Whether an update reads the corpus file ``path`` (at relative ``file``): of a type a reader handles, and not
    hidden."""
    return path.is_file() and is_supported(file) and not _hidden(file)


def _saved_page(file: str, root: Path) -> str | None:
    """The relative path of the page saved beside the folder holding the corpus file ``file`` (at any depth), which a
    browser saved with it (``Story_files`` beside ``Story.html``: savedpages.py); None when it is in no such folder."""
    levels = file.split("/")[:-1]
    for depth in range(len(levels)):
        parent = root.joinpath(*levels[:depth])
        try:
            names = os.listdir(parent)
        except OSError:
            return None
        if page_assets(levels[depth], names):
            stem = levels[depth][: -len(next(end for end in ASSET_FOLDERS if levels[depth].endswith(end)))]
            page = next((name for name in sorted(names) if PurePosixPath(name).stem.casefold() == stem.casefold()
                         and (parent / name).is_file()), None)
            if page is not None:
                return "/".join([*levels[:depth], page])
    return None


def _unopened(path: Path) -> str | None:
    """Why this user cannot open the file ``path`` (``Permission denied``); None when it can."""
    try:
        os.close(os.open(path, os.O_RDONLY))
    except OSError as error:
        return error.strerror or str(error)
    return None


def named_links(corpus: str | None, typed: str) -> list[str]:
    """``typed`` as the relative path of a link in the corpus (``latest.txt``, ``./latest.txt`` or its absolute
    path), not followed: the paths ``TypedIds.corpus_paths`` gives are resolved, to a file elsewhere or none."""
    if not corpus or not typed:
        return []
    path = home_path(typed) if os.path.isabs(typed) or typed.startswith("~") else Path(corpus) / typed
    try:
        rel = path.relative_to(corpus).as_posix()
    except ValueError:
        return []
    return [rel] if os.path.islink(path) else []


def _walk_skip(file: str, path: Path) -> str | None:
    """Why each update skips the corpus file ``path`` (at relative ``file``) of a type it reads, when it is a pipe or
    a device, or a link that leads nowhere; None for any other."""
    if not os.path.lexists(path) or path.is_dir() or _hidden(file) or not is_supported(file):
        return None
    return walk_problem(str(path))


def _hidden(file: str) -> bool:
    """Whether the relative path ``file`` is hidden: ``corpus.py`` passes over a name starting with a dot."""
    return any(part.startswith(".") for part in file.split("/"))


def _unsupported(name: str, command: Worded) -> tuple[str, Text]:
    """What to say of the corpus file ``name`` of a type no reader reads (``CLIPPING``, ``photo.jpg``): each update
    ignores it, as its report counts it; a name of no ending is most often a text saved without one."""
    ending = PurePosixPath(name).suffix.lower()
    said = f"{name} is in the corpus, but of a type newssearch does not read ({ending or 'no ending'}): an update ignores it"
    if not ending:
        return said, f"a text is read when its name ends in .txt: {PurePosixPath(name).name}.txt"
    return said, Worded(f"the report of {command.api} lists the files of unsupported types it ignored",
                        f"{command.cli} --verbose lists the files of unsupported types it ignores")


def _was_indexed(reader, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the index holds the id of a deleted article of the file ``name`` (its own, or a record's), as it does
    until its segments are merged."""
    return (ID, name) in reader or next(iter(reader.expand_prefix(ID, name + "#")), None) is not None


def _gone_sha1(reader, name: str) -> str | None:  # type: ignore[no-untyped-def]
    """The content hash of the file ``name`` whose removed articles the index still holds, read from the last one
    written (a removed article's stored fields stay until its segment is merged; an earlier one may be of other
    bytes, a file since written again at that path); None when none is held."""
    for leaf, _offset in reversed(reader.leaf_readers()):
        for docnum in sorted(leaf.deleted_docs_set, reverse=True) if leaf.has_deletions() else ():
            stored = leaf.stored_fields(docnum)
            if stored.get(ID) == name or str(stored.get(ID, "")).startswith(name + "#"):
                return stored[FINGERPRINT][2]
    return None


def _linked_file(root: Path, path: Path) -> str | None:
    """The id of the corpus file the link ``path`` leads to (an update reads that file, and passes the link over);
    None when ``path`` is no link, or leads out of the corpus."""
    try:
        return portable_id(path.resolve().relative_to(root.resolve()).as_posix()) if path.is_symlink() else None
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a loop of links, before Python 3.13
        return None


def _any_live(searcher, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a live article is of the file ``name``: its own, or a record's or member's."""
    if searcher.document_number(**{ID: name}) is not None:
        return True
    return any(searcher.document_number(**{ID: term.decode("utf-8") if isinstance(term, bytes) else term}) is not None
               for term in searcher.reader().expand_prefix(ID, name + "#"))


def outside_corpus(corpus: str | None, typed: str) -> tuple[str, Worded] | None:
    """What to say of ``typed`` when it is a path to a file (or a record of one, ``exp.jsonl#a1``) outside the
    index's corpus folder: with two indexes side by side, a file of the other one's; None when it is no such path."""
    root = Path(corpus) if corpus else None
    if root is None or not root.is_dir():
        return None
    for named in dict.fromkeys([typed, typed.split("#", 1)[0]]):
        if not may_name_file(named):  # resolved part by part, a path of thousands of parts takes minutes
            continue
        try:
            path = home_path(named).resolve()
            if not path.is_file() or path.is_relative_to(root.resolve()):
                continue
        except (OSError, RuntimeError, ValueError):  # RuntimeError: a link in a loop, before Python 3.13
            continue
        return (f"{path} is not in the corpus of this index, {root}",
                Worded("open the index of its folder", "give --index-dir the index of its folder"))
    return None
