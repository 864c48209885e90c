"""The ids a short start of a file's name names, as git takes a short hash: ``html/374ac9a59a85`` for
``html/374ac9a59a85f00d.html``."""

from __future__ import annotations

from collections.abc import Iterable

from .documents.archivenames import unpacked_path
from .folding import fold

MIN_PREFIX = 6  # characters of a name typed, at least: a shorter start is too likely a word or a number


def _folder_and_name(path: str) -> tuple[str, str]:
    """``path``'s folder and its last part, as a user's spelling is compared (letter case and accents aside), an
    archive read as a folder (``z.zip#a.txt``: ``z.zip`` and ``a.txt``; see ``unpacked_path``)."""
    folder, _, name = fold(unpacked_path(path).casefold()).rpartition("/")
    return folder, name


def prefix_matches(typed: str, ids: Iterable[str]) -> list[str]:
    """The ids whose last path part starts with ``typed``'s, in a folder that is ``typed``'s or ends with it (a file
    inside an archive as one in a folder of the archive's name: ``Beta-St`` starts ``z.zip#Beta-Story.txt``).

    Only a name of MIN_PREFIX characters or more is read so, or a shorter one typed whole without its suffix
    (``bbc/politics/010`` for ``bbc/politics/010.txt``); neither a name nor an id with a record's key (``feed.xml#3``
    is no start of ``feed.xml#30``: the key is typed whole) is.
    """
    folder, name = _folder_and_name(typed.strip().removeprefix("./").strip("/"))
    if not name or "#" in name:
        return []
    found = []
    for known in ids:
        known_folder, known_name = _folder_and_name(known)
        if ("#" not in known_name and _starts(known_name, name)
                and (not folder or known_folder == folder or known_folder.endswith("/" + folder))):
            found.append(known)
    return found


def _starts(known: str, name: str) -> bool:
    """Whether the file name ``known`` starts with ``name``: any start of MIN_PREFIX characters or more, a shorter one
    only up to the suffix (``010`` of ``010.txt``, not ``01``)."""
    return known.startswith(name) if len(name) >= MIN_PREFIX else known.startswith(name + ".")
