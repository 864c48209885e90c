"""The ``newssearch`` command: thin click commands over the library; the only package that prints."""

from __future__ import annotations

from . import commands, search  # noqa: F401  (importing registers the commands)
from .app import NewsSearchGroup, cli, main
from .unwinding import ExitStatus

__all__ = ["cli", "main", "ExitStatus", "NewsSearchGroup"]
