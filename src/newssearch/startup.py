"""Importing Whoosh and click without modules they pull in for nothing newssearch uses.

``whoosh.compat`` imports ``urllib.request`` for ``urlretrieve`` (and with it http.client, email and
ssl), and ``whoosh.reading`` imports the ``cached_property`` package, which imports asyncio: together
about 40% of the start-up of ``newssearch query``. ``whoosh.query.terms`` imports ``whoosh.lang.morph_en``
(English word variations, ~5 ms of compiling its 300 patterns) for a ``Variations`` query newssearch never
makes, and ``whoosh.analysis`` imports ``whoosh.lang.porter`` (13 patterns, ~2 ms) for the default of a
``StemFilter``, whose stemmer newssearch gives it. While those Whoosh modules are executed, a stand-in takes each
one's place (the standard library's ``functools.cached_property``, the same descriptor; a ``urlretrieve``, a
``variations`` and a ``stem`` that import the real module when called); then the stand-ins are removed, so any other
code that imports those modules gets the real ones. Three Whoosh modules import one of the standard library's for one
function a query never calls (``whoosh.filedb.compound`` shutil's ``copyfileobj``, with bz2 and lzma; ``whoosh.filedb.
filestore`` tempfile's ``gettempdir``; ``whoosh.util.times`` calendar's ``monthrange``): while each runs, and it alone,
a stand-in offers that function, importing the real module when called. ``whoosh.fields`` imports ``decimal``
(its C module and libmpdec, ~1-2 ms of CPU) for a ``NUMERIC`` field of ``Decimal`` values, which newssearch has none of: its
stand-in ``Decimal`` makes a real one when called, and holds what a real one is (``isinstance``); no ``Decimal`` can
be made before ``decimal`` is imported. Nothing is imported before Whoosh itself
is: ``newssearch --help`` does not pay for it.

``click`` likewise: its modules import ``gettext`` for their messages' translations (the module compiles a pattern,
and its first call imports ``locale``, which compiles another, then looks for catalogues file by file). While click is
executed, ``gettext`` is a stand-in whose ``gettext`` and ``ngettext`` answer as the real ones do without importing
them where no catalogue can be found (the default locale folder, ``sys.base_prefix``/share/locale, is missing, and no
code imported the real module to bind another), and call the real ones otherwise. (``click.types`` imports ``uuid``
for a ``click.UUID`` newssearch never uses; but click 8.5 subscripts a class with ``uuid.UUID`` as it is defined: no
stand-in could spare that. ``uuid`` imports ``platform`` (its nine patterns, ~3 ms) for ``platform.system()`` alone,
where the OS has uname: there the stand-in answers as platform does, ``os.uname().sysname``.)

``lazy_compile``: a module's regular expression that a plain query never uses, compiled on its first use rather
than at import (a plain query's start-up had compiled some 230 such patterns, about 35 ms).
"""

from __future__ import annotations

import copyreg
import functools
import importlib.machinery
import os
import re
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, AnyStr, cast

_LIGHTENED = frozenset({"whoosh.compat", "whoosh.reading", "whoosh.query.terms", "whoosh.analysis", "click",
                        "whoosh.filedb.compound", "whoosh.filedb.filestore", "whoosh.util.times", "whoosh.fields"})


class WhooshLightener:
    """Finds ``whoosh.compat``, ``whoosh.reading``, ``whoosh.query.terms``, ``whoosh.analysis`` and ``click`` as the
    other finders do, and runs them with the stand-ins.

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
                        with _stand_ins(_click_stand_ins() if name == "click" else _whoosh_stand_ins(name)):
                            run(module)

                    spec.loader.exec_module = exec_module  # type: ignore[method-assign]
                    return spec
        return None


def install() -> None:
    """Put the finder first, once; it imports nothing."""
    if not any(isinstance(finder, WhooshLightener) for finder in sys.meta_path):
        sys.meta_path.insert(0, WhooshLightener())


def _whoosh_stand_ins(name: str) -> dict[str, types.ModuleType]:
    """The stand-ins of the modules Whoosh imports for nothing newssearch uses; those of the standard library only while
    the one Whoosh module (``name``) that imports each is run."""
    cached = types.ModuleType("cached_property")
    cached.cached_property = functools.cached_property  # type: ignore[attr-defined]
    request = types.ModuleType("urllib.request")
    request.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
    morph = types.ModuleType("whoosh.lang.morph_en")
    morph.variations = _variations  # type: ignore[attr-defined]
    porter = types.ModuleType("whoosh.lang.porter")
    porter.stem = _porter_stem  # type: ignore[attr-defined]
    stand_ins = {"cached_property": cached, "urllib.request": request, "whoosh.lang.morph_en": morph,
                 "whoosh.lang.porter": porter}
    if name in _OWN_STAND_INS:
        module, attribute, stand_in = _OWN_STAND_INS[name]
        stand_ins[module] = types.ModuleType(module)
        setattr(stand_ins[module], attribute, stand_in)
    return stand_ins


def _click_stand_ins() -> dict[str, types.ModuleType]:
    """The stand-in of ``gettext`` while click is imported."""
    translations = types.ModuleType("gettext")
    translations.gettext = click_gettext  # type: ignore[attr-defined]
    translations.ngettext = click_ngettext  # type: ignore[attr-defined]
    stand_ins = {"gettext": translations}
    if hasattr(os, "uname"):  # uuid asks platform.system() only where the OS has uname (not on Windows or a Mac)
        platform = types.ModuleType("platform")
        platform.system = _system  # type: ignore[attr-defined]
        stand_ins["platform"] = platform
    return stand_ins


@contextmanager
def _stand_ins(stand_ins: dict[str, types.ModuleType]) -> Iterator[None]:
    """``stand_ins`` in ``sys.modules`` for as long as the block runs (not where the real modules are already)."""
    added = {name: module for name, module in stand_ins.items() if name not in sys.modules}
    sys.modules.update(added)
    try:
        yield
    finally:
        for name, module in added.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _no_catalogue() -> bool:
    """Whether ``gettext.gettext`` can find no catalogue: the real module was never imported (so no code bound a
    domain to a folder of its own), and the default locale folder it looks in is missing."""
    loaded = sys.modules.get("gettext")
    return ((loaded is None or getattr(loaded, "gettext", None) is click_gettext)
            and not os.path.isdir(os.path.join(sys.base_prefix, "share", "locale")))


def click_gettext(message: str) -> str:
    """``gettext.gettext(message)``, without importing gettext where it could find no catalogue (its answer then)."""
    if _no_catalogue():
        return message
    import gettext

    # called while click's modules run, its stand-in in their place (click calls none then): as it could not translate
    return message if gettext.gettext is click_gettext else gettext.gettext(message)


def click_ngettext(singular: str, plural: str, n: int) -> str:
    """``gettext.ngettext``, without importing gettext where it could find no catalogue (its answer then)."""
    if _no_catalogue():
        return singular if n == 1 else plural
    import gettext

    return (singular if n == 1 else plural) if gettext.ngettext is click_ngettext else gettext.ngettext(singular, plural, n)


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    """The real ``urllib.request.urlretrieve``, imported when first called."""
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _porter_stem(*args: Any, **kwargs: Any) -> Any:
    """The real ``whoosh.lang.porter.stem``, imported when first called."""
    from whoosh.lang.porter import stem

    return stem(*args, **kwargs)


def _gettempdir() -> str:
    """The real ``tempfile.gettempdir()``, imported when first called."""
    import tempfile

    return tempfile.gettempdir()


def _monthrange(year: int, month: int) -> tuple[int, int]:
    """The real ``calendar.monthrange``, imported when first called."""
    import calendar

    return calendar.monthrange(year, month)


def _copyfileobj(*args: Any, **kwargs: Any) -> Any:
    """The real ``shutil.copyfileobj``, imported when first called."""
    from shutil import copyfileobj

    return copyfileobj(*args, **kwargs)


class _DecimalType(type):
    """The stand-in ``Decimal``'s type: calling it makes a real ``decimal.Decimal``, and what is one is an instance."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        from decimal import Decimal

        return Decimal(*args, **kwargs)

    def __instancecheck__(cls, instance: object) -> bool:
        real = sys.modules.get("decimal")  # none is made before decimal is imported
        return real is not None and isinstance(getattr(real, "Decimal", None), type) and isinstance(
            instance, real.Decimal)


class _Decimal(metaclass=_DecimalType):
    """``whoosh.fields``' ``Decimal``: the real one made when called (see ``_DecimalType``)."""


# A Whoosh module's one use of a module of the standard library a query needs not (~9 ms together: shutil with bz2 and
# lzma for writing a compound file, tempfile for a temporary folder, calendar for the days of a month, decimal for a
# field of Decimal values), a stand-in
_OWN_STAND_INS = {"whoosh.filedb.compound": ("shutil", "copyfileobj", _copyfileobj),
                  "whoosh.filedb.filestore": ("tempfile", "gettempdir", _gettempdir),
                  "whoosh.util.times": ("calendar", "monthrange", _monthrange),
                  "whoosh.fields": ("decimal", "Decimal", _Decimal)}


def _system() -> str:
    """``platform.system()`` where the OS has uname: its system's name, as platform reads it there."""
    return os.uname().sysname


def _variations(*args: Any, **kwargs: Any) -> Any:
    """The real ``whoosh.lang.morph_en.variations``, imported when first called."""
    from whoosh.lang.morph_en import variations

    return variations(*args, **kwargs)


# What a compiled pattern is used for; the first use of any of them compiles it and keeps them all.
_PATTERN_ATTRIBUTES = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner",
                       "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A regular expression compiled on first use; then its methods are the compiled pattern's own (bound methods
    kept in the instance, so a use after the first costs what the compiled pattern's does).

    Its ``pattern`` is known without compiling (Whoosh compares two tokenizers by it). It pickles as the compiled
    pattern does (``re._compile`` of its pattern and flags), so that a schema holding it is pickled into an index
    byte for byte as one holding the compiled pattern; copied, it is itself, as a compiled pattern is."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._source: tuple[Any, int] = (pattern, flags)  # str or bytes, as re.compile takes either
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy's and pickle's look-ups on an instance not yet given its _source
            raise AttributeError(name)
        compiled = self._compiled()
        for attribute in _PATTERN_ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)

    def _compiled(self) -> re.Pattern[Any]:
        """The compiled pattern (re's cache keeps it: compiling it again is a look-up there)."""
        pattern, flags = self._source
        return re.compile(pattern, flags)

    def __reduce__(self) -> str | tuple[Any, ...]:
        """What pickling the compiled pattern gives: ``(re._compile, (pattern, flags))``."""
        compiled = self._compiled()
        return copyreg.dispatch_table[type(compiled)](compiled)

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyPattern:
        return self


def lazy_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, done when the pattern is first used (for ``re.sub(pattern, ...)`` and the
    like, which want a real one, keep ``re.compile``)."""
    return cast("re.Pattern[AnyStr]", LazyPattern(pattern, flags))
