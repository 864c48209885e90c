"""Start-up: Whoosh is imported without urllib.request or asyncio, and those stay importable as they are."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import newssearch.cli
print("whoosh" in sys.modules)
import newssearch.searcher
print(sorted(name for name in ("asyncio", "ssl", "email", "urllib.request", "cached_property") if name in sys.modules))
import whoosh.reading, functools
print(type(whoosh.reading.SegmentReader.__dict__["deleted_docs_set"]) is functools.cached_property)
import urllib.request, cached_property
print(hasattr(urllib.request, "urlopen"), cached_property.cached_property is not functools.cached_property)
"""


def test_whoosh_is_imported_without_the_modules_it_needs_not_and_they_stay_real() -> None:
    output = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True).stdout
    assert output.splitlines() == ["False", "[]", "True", "True True"]  # --help imports no Whoosh
