"""Importing Whoosh without three modules it pulls in for nothing newssearch uses.

``whoosh.compat`` imports ``urllib.request`` for ``urlretrieve`` (and with it http.client, email and
ssl), and ``whoosh.reading`` imports the ``cached_property`` package, which imports asyncio: together
about 40% of the start-up of ``newssearch query``. ``whoosh.query.terms`` imports ``whoosh.lang.morph_en``
(English word variations, ~5 ms of compiling its 300 patterns) for a ``Variations`` query newssearch never
makes. While those Whoosh modules are executed, a stand-in takes each one's place (the standard library's
``functools.cached_property``, the same descriptor; a ``urlretrieve`` and a ``variations`` that import the real
module when called); then the stand-ins are removed, so any other code that imports those modules gets the real
ones. Nothing is imported before Whoosh itself is: ``newssearch --help`` does not pay for it.

``lazy_compile``: a module's regular expression that a plain query never uses, compiled on its first use rather
than at import (a plain query's start-up had compiled some 230 such patterns, about 35 ms).
"""

from __future__ import annotations

import functools
import importlib.machinery
import re
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, AnyStr, cast

_LIGHTENED = frozenset({"whoosh.compat", "whoosh.reading", "whoosh.query.terms"})


class WhooshLightener:
    """Finds ``whoosh.compat`` and ``whoosh.reading`` as the other finders do, and runs them with the stand-ins.

    A finder on ``sys.meta_path`` needs only ``find_spec``; not subclassing ``importlib.abc.MetaPathFinder`` spares
    every start-up that module's imports (``importlib.resources``, ``tempfile``, ``shutil``, ``bz2``, ``lzma``).
    """

    def find_spec(self, name: str, path: Sequence[str] | None, target: types.ModuleType | None = None
                  ) -> importlib.machinery.ModuleSpec | None:
        if name not in _LIGHTENED:
            return None
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    run = spec.loader.exec_module

                    def exec_module(module: types.ModuleType, run: Any = run) -> None:
                        with _stand_ins():
                            run(module)

                    spec.loader.exec_module = exec_module  # type: ignore[method-assign]
                    return spec
        return None


def install() -> None:
    """Put the finder first, once; it imports nothing."""
    if not any(isinstance(finder, WhooshLightener) for finder in sys.meta_path):
        sys.meta_path.insert(0, WhooshLightener())


@contextmanager
def _stand_ins() -> Iterator[None]:
    """The stand-ins in ``sys.modules`` for as long as the block runs (not where the real modules are already)."""
    cached = types.ModuleType("cached_property")
    cached.cached_property = functools.cached_property  # type: ignore[attr-defined]
    request = types.ModuleType("urllib.request")
    request.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
    morph = types.ModuleType("whoosh.lang.morph_en")
    morph.variations = _variations  # type: ignore[attr-defined]
    added = {name: module for name, module in (("cached_property", cached), ("urllib.request", request),
                                               ("whoosh.lang.morph_en", morph))
             if name not in sys.modules}
    sys.modules.update(added)
    try:
        yield
    finally:
        for name, module in added.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    """The real ``urllib.request.urlretrieve``, imported when first called."""
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _variations(*args: Any, **kwargs: Any) -> Any:
    """The real ``whoosh.lang.morph_en.variations``, imported when first called."""
    from whoosh.lang.morph_en import variations

    return variations(*args, **kwargs)


# What a compiled pattern is used for; the first use of any of them compiles it and keeps them all.
_PATTERN_ATTRIBUTES = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner",
                       "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A regular expression compiled on first use; then its methods are the compiled pattern's own (bound methods
    kept in the instance, so a use after the first costs what the compiled pattern's does)."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._source: tuple[Any, int] = (pattern, flags)  # str or bytes, as re.compile takes either

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy's and pickle's look-ups on an instance not yet given its _source
            raise AttributeError(name)
        pattern, flags = self._source
        compiled: re.Pattern[Any] = re.compile(pattern, flags)
        for attribute in _PATTERN_ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)


def lazy_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, done when the pattern is first used (for ``re.sub(pattern, ...)`` and the
    like, which want a real one, keep ``re.compile``)."""
    return cast("re.Pattern[AnyStr]", LazyPattern(pattern, flags))
