"""Articles found by the id a user typed: an id, a path copied from a shell, a tail of an id, a link in the corpus
(idhints.py: what to say of one that names none)."""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import livecounts
from .config import home_path
from .errors import ArticleNotFound
from .folding import fold
from .ids import (
    distinct_id,
    file_part,
    may_name_file,
    os_text,
    portable_id,
    record_id,
    same_when_composed,
    typed_forms,
)
from .schema import FINGERPRINT, ID
from .startup import lazy_compile

if TYPE_CHECKING:  # goneids and addressids are imported on a typed id's paths alone, not a search's
    from .indexfacts import IndexFacts


def natural_order(article_id: str) -> list[tuple[int, str]]:
    """A sort key that puts ``x#2`` before ``x#10``: runs of digits compare as numbers."""
    return [(int(part), "") if part.isdigit() else (0, part) for part in re.split(r"(\d+)", article_id)]


_COMPRESSED = lazy_compile(r"\.(?:gz|bz2|xz)$", re.IGNORECASE)


def loose_id(article_id: str) -> str:
    """An id without the notation a user may leave out when typing it: its file's compression suffix
    (``story.html.gz`` as ``story.html``), the leading zeros of its key's numbers (``time.json#017`` as
    ``time.json#17``), its letter case (``STORY.TXT`` typed ``story.txt``, as a Mac's or Windows's disk reads it)
    and its accents (``grève-à-paris.txt`` typed ``greve-a-paris.txt``, on a keyboard without them)."""
    file, mark, key = fold(article_id.casefold()).partition("#")
    return _COMPRESSED.sub("", file) + mark + re.sub(r"\d+", lambda digits: digits.group().lstrip("0") or "0", key)


class TypedIds:
    """The ids of one searcher's index, read as a user types them (``corpus``: the folder it was built from)."""

    def __init__(self, searcher, corpus: str | None,  # type: ignore[no-untyped-def]
                 facts: IndexFacts | None = None) -> None:
        self.searcher = searcher
        self.corpus = corpus
        self.facts = facts  # what the index knows of its last update (indexfacts.index_facts)
        self._ids: list[str] | None = None
        self._loose: dict[str, str] | None = None  # each id's loose form (``loose_id``)
        self._prefixed: dict[str, list[str]] = {}  # typed -> prefix_matches: tried, then named in the hint

    def docnum(self, article_id: str) -> int:
        """The document number of the article with this id, or with the id a path copied from a shell names.

        ``./bbc/politics/223.txt``, the file's absolute path, or a tail of its id (``politics/223.txt``)
        when only one article's id ends so, all find ``bbc/politics/223.txt``; so does a link to it in the corpus,
        and each typed with backslashes as Windows writes a path (``bbc\\politics\\223.txt``).
        """
        typed = unicodedata.normalize("NFC", article_id.strip())  # pasted with a space; a macOS path's é
        typed = typed.split(" · ", 1)[0]  # the whole id line of a hit pasted: "x.sgm#3 · score 19.6"
        if not typed:  # show "$ID" with the variable unset: "no article with id ''" had read as a lookup that failed
            from .idhints import id_hint

            raise ArticleNotFound("the id is empty", hint=id_hint(self, typed))
        as_typed: list[str] = []
        if "\\" in typed and self._backslashes_are_slashes(typed):  # a path a Windows user copied
            as_typed = typed_forms(typed)  # the id as typed first: a record's key may hold a backslash
            typed = typed.replace("\\", "/")
        decomposed = unicodedata.normalize("NFD", typed)  # a name a Mac wrote (NFD), typed composed
        exact = [form for text in (article_id, typed, decomposed) for form in typed_forms(text)]  # caf\xe9: caf%E9
        paths = (candidate for form in dict.fromkeys([typed, decomposed]) for candidate in self._ids_for_path(form))
        # the file a path names from the current folder first: "story.txt" typed in bbc/ is bbc/story.txt, even
        # when another article's id is story.txt (the corpus's top folder's); else an id as typed
        for candidate in itertools.chain(as_typed, self._by_stat(typed), self._beside(typed), dict.fromkeys(exact), paths,
                                         self._composed_match(typed, exact), self._loose_match(typed),  # if need be
                                         self._prefix_match(typed)):
            docnum = self.searcher.document_number(**{ID: candidate})
            if docnum is not None:
                return docnum
        from .idhints import not_found  # what to say: only for an id that names no article

        raise not_found(self, article_id, typed)

    def _backslashes_are_slashes(self, typed: str) -> bool:
        """Whether the backslashes of ``typed`` are a Windows path's slashes (``bbc\\politics\\010.txt``): unless
        a file of the corpus has one in its name, as POSIX allows, an id of the index or the path typed (from
        the current folder or the corpus; a file skipped or added since). Reads every id of the index."""
        if any("\\" in file_part(known) for known in self.ids()):
            return False
        paths = [home_path(typed), *([Path(self.corpus) / typed] if self.corpus else [])]
        try:
            return not any(os.path.lexists(os_text(str(path))) for path in paths)
        except ValueError:  # a NUL typed: no file's name
            return True

    def _by_stat(self, typed: str) -> Iterator[str]:
        """The id of the corpus file a path names when another file is named as its name is written
        (``a#1.txt`` beside ``a%231.txt``): which of the two has ``a%231.txt`` and which ``a%25231.txt`` depends
        on which was indexed first, so it is the one whose stored size and time are the file's."""
        for rel in dict.fromkeys(self.corpus_paths(typed)):
            written = portable_id(rel)
            other = distinct_id(written)
            if written == rel or self.searcher.document_number(**{ID: other}) is None:
                continue  # no other file's name is written so: the id is the path's
            try:
                stat = (Path(self.corpus) / os_text(rel)).stat()  # type: ignore[arg-type]
            except OSError:
                continue
            for candidate in (written, other):
                docnum = self.searcher.document_number(**{ID: candidate})
                stored = self.searcher.stored_fields(docnum) if docnum is not None else {}
                if tuple(stored.get(FINGERPRINT, ())[:2]) == (stat.st_mtime_ns, stat.st_size):
                    yield candidate
                    return

    def _beside(self, typed: str) -> Iterator[str]:
        """The id ``typed`` names as a path from the current folder to a corpus file that exists: the file's, or a
        record's of it (``wire.jsonl#3``)."""
        root = Path(self.corpus) if self.corpus else None
        if root is None or not root.is_dir():
            return
        cuts = [at for at, char in enumerate(typed) if char == "#"]
        for at in [len(typed), *cuts]:  # the whole path a file, else the file before a record's key
            path = home_path(typed[:at])
            if not may_name_file(str(path)) or not path.is_file():  # a name too long: is_file raises, not False
                continue
            try:
                rel = path.resolve().relative_to(root.resolve()).as_posix()
            except (ValueError, OSError):  # a file outside the corpus
                return
            yield from [portable_id(rel), *typed_forms(rel)] if at == len(typed) else [
                record_id(portable_id(rel), typed[at + 1:])]
            return

    def _composed_match(self, typed: str, forms: list[str]) -> Iterator[str]:
        """The one id equal to one of ``forms`` or to the id ``typed`` names as a path, once composed (NFC): a
        Mac's decomposed folder holding a file named composed. Reads every id of the index: tried last."""
        tails = [form.removeprefix("./").strip("/") for form in forms]
        paths = [form for path in self.corpus_paths(typed) for form in (portable_id(path), *typed_forms(path))]
        matches = same_when_composed(forms + tails + paths, self.ids())
        if len(matches) == 1:
            yield matches[0]

    def _loose_match(self, typed: str) -> Iterator[str]:
        """The one id ``typed`` names in the notation a user drops (see ``loose_id``): ``time.json#17`` for
        ``time.json#017``, ``story.html`` for ``story.html.gz``. Reads every id of the index: tried last."""
        matches = self.loose_matches(typed)
        if len(matches) == 1:
            yield matches[0]

    def loose_matches(self, typed: str) -> list[str]:
        """The ids equal to ``typed`` (as typed, or as a path relative to the corpus) once written loosely, else
        those whose loose form ends with it as a path's tail, a file inside an archive read as one in a folder
        (``beta.txt`` ends ``z.zip#Beta.txt``)."""
        from .documents.archivenames import unpacked_path

        tail = typed.removeprefix("./").strip("/")
        named = [*typed_forms(tail), *(portable_id(path) for path in self.corpus_paths(typed))]
        wanted = {loose_id(unpacked_path(form)) for form in named if form}
        if self._loose is None:  # an archive's file as a folder's; made once, as the ids are read once
            self._loose = {known: loose_id(unpacked_path(known)) for known in self.ids()}
        ids = self._loose
        equal = [known for known, loose in ids.items() if loose in wanted]
        return equal or [known for known, loose in ids.items() if any(loose.endswith("/" + w) for w in wanted)]

    def _prefix_match(self, typed: str) -> Iterator[str]:
        """The one id whose file name starts with the name typed (``idprefixes``: a hashed name's first
        characters, as git's short hash). Reads every id of the index: tried last, once nothing is named exactly."""
        matches = self.prefix_matches(typed)
        if len(matches) == 1:
            yield matches[0]

    def prefix_matches(self, typed: str) -> list[str]:
        """The ids whose file name starts with the name ``typed`` ends with, as typed or relative to the corpus."""
        from .idprefixes import prefix_matches

        if typed not in self._prefixed:
            ids = self.ids()
            forms = dict.fromkeys([typed, *self.corpus_paths(typed)])
            self._prefixed[typed] = sorted({known for form in forms for known in prefix_matches(form, ids)},
                                           key=natural_order)
        return list(self._prefixed[typed])

    def _ids_for_path(self, typed: str) -> Iterator[str]:
        """The ids ``typed`` may mean as a path: relative to the corpus, or the one id that ends with it (or with
        ``#`` and it, when it is a page's address: a web archive's record).

        Lazily, each only when the one before named no article: the last reads every id of the index.
        """
        tail = portable_id(typed.removeprefix("./").strip("/"))  # a name typed with its newline: "new%0Aline.txt"
        yield tail
        yield from typed_forms(typed.removeprefix("./").strip("/"))  # a record: "./wire.jsonl#3"
        for path in self.corpus_paths(typed):  # the file first: "c/exp.jsonl#2" may be a file so named
            yield portable_id(path)
            yield from typed_forms(path)
        if tail and "#" not in tail.split("/")[0]:
            for ending in self.endings(tail):  # a file's path; else a file's path inside an archive
                matches = [known for known in self.ids() if known.endswith(ending)]
                if matches:
                    yield from matches[:1] if len(matches) == 1 else ()
                    break
        yield from self._archived_record(typed.removeprefix("./").strip("/"))
        from .addressids import address_ids, is_address

        if is_address(typed):  # a page's address: the article at it ("crawl.warc.gz#https://…", a record's url)
            yield from address_ids(self.searcher, self.ids(), typed)

    def _archived_record(self, tail: str) -> Iterator[str]:
        """The one id of a record of a file in a folder that ends with ``tail``, else of a file inside an archive, a
        record's id without the folder's or the archive's name (``wire.jsonl#w1`` of ``b/wire.jsonl#w1``, else of
        ``outer.zip#wire.jsonl#w1``), as a file's path is looked for (``_endings``)."""
        from .documents import is_supported

        for form in typed_forms(tail) if "#" in tail and "://" not in tail else ():
            if "#" in form and is_supported(file_part(form)):
                for ending in ("/" + form, "#" + form):
                    matches = [known for known in self.ids() if known.endswith(ending)]
                    if matches:
                        yield from matches[:1] if len(matches) == 1 else ()
                        return
                return

    @staticmethod
    def endings(tail: str) -> tuple[str, ...]:
        """The endings of the ids a path ``tail`` may name, the likelier first: a file's (``/`` and it), then, for
        a file name of a type newssearch reads, a file's inside an archive ("inner/story.txt" of
        "articles.zip#inner/story.txt"), tried only when no file's id ends so."""
        from .documents import is_supported

        return ("/" + tail, "#" + tail) if is_supported(tail) else ("/" + tail,)

    def corpus_paths(self, typed: str) -> Iterator[str]:
        """``typed`` as a path relative to the corpus, as named (not yet an id): from its absolute path, and
        from a link inside the corpus to the file it points at."""
        root = Path(self.corpus) if self.corpus else None
        if root is None or not may_name_file(typed):
            return
        # One export indexed alone: its ids start with its name. A corpus folder moved or not mounted is
        # no file: its ids are still relative to it.
        for base in (root, root.parent) if not root.is_dir() else (root,):
            try:
                yield home_path(typed).resolve().relative_to(base.resolve()).as_posix()
            except (ValueError, OSError, RuntimeError):  # RuntimeError: a link in a loop, before Python 3.13
                pass
        # a link inside the corpus, named as an id is ("latest.txt"): the article of the file it points at; and a
        # record of it ("latest.jsonl#x1"), the file before the key a link to an export
        for at in [len(typed), *(at for at, char in enumerate(typed) if char == "#")]:
            try:
                if at == len(typed) or os.path.islink(root / typed[:at]):
                    yield (root / typed[:at]).resolve().relative_to(root.resolve()).as_posix() + typed[at:]
            except (ValueError, OSError, RuntimeError):
                pass

    def ids(self) -> list[str]:
        """Every article id of the index (of live articles: not one deleted since the last merge), read once: an id
        typed loosely is tried as a path's ending, composed, loose and a name's start, each over every id."""
        if self._ids is None:
            self._ids = livecounts.live_values(self.searcher.reader(), ID)
        return self._ids
