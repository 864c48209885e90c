"""A page saved "complete" by a browser: the folder of its frames, adverts and styles saved beside it is part of
the page, not a folder of articles."""

from __future__ import annotations

from collections.abc import Iterable

# What a browser names the folder it saves beside a page, by its language (Firefox's and Chrome's "%S_files").
ASSET_FOLDERS = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden", "_file", "_pliki", "_filer")
_SAVED_PAGE_ENDINGS = (".html", ".htm", ".xhtml", ".shtml")


def page_assets(folder: str, names: Iterable[str]) -> bool:
    """True for the folder a browser saves beside a page ("Save page as", complete): ``Story_files`` for
    ``Story.html`` (``STORY.HTM``'s too, and ``Brücke-Dateien`` beside ``Brücke.html``). Its frames and adverts are
    parts of that page, not articles."""
    suffix = next((end for end in ASSET_FOLDERS if folder.endswith(end) and len(folder) > len(end)), None)
    if suffix is None:
        return False
    page = folder[: -len(suffix)].casefold()
    pages = {page + ending for ending in _SAVED_PAGE_ENDINGS}
    return any(name.casefold() in pages for name in names)
