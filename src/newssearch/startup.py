"""Importing Whoosh without two modules it pulls in for nothing newssearch uses.

``whoosh.compat`` imports ``urllib.request`` for ``urlretrieve`` (and with it http.client, email and
ssl), and ``whoosh.reading`` imports the ``cached_property`` package, which imports asyncio: together
about 40% of the start-up of ``newssearch query``. While Whoosh is imported, a stand-in takes each one's
place (the standard library's ``functools.cached_property``, the same descriptor; a ``urlretrieve``
that imports the real module when called), and once it is imported the stand-ins are removed, so any
other code that imports those modules gets the real ones.
"""

from __future__ import annotations

import functools
import sys
import types
from typing import Any


def import_whoosh() -> None:
    """Import Whoosh's modules that import those two, with the stand-ins; nothing when already imported."""
    if "whoosh.reading" in sys.modules:
        return
    stand_ins = {name: module for name, module in _stand_ins().items() if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        import whoosh.compat
        import whoosh.reading  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _stand_ins() -> dict[str, types.ModuleType]:
    cached = types.ModuleType("cached_property")
    cached.cached_property = functools.cached_property  # type: ignore[attr-defined]
    request = types.ModuleType("urllib.request")
    request.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
    return {"cached_property": cached, "urllib.request": request}


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    """The real ``urllib.request.urlretrieve``, imported when first called."""
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)
