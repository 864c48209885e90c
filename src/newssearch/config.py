"""Named defaults, and the one place where environment variables are read."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_INDEX_DIR = "index"
INDEX_DIR_ENV = "NEWSSEARCH_INDEX"
DEFAULT_LIMIT = 10
MAX_LIMIT = 10_000
SNIPPET_CHARS = 240          # characters of article text in one hit's snippet
SNIPPET_FRAGMENTS = 2        # at most this many separate passages per snippet
LOCK_TIMEOUT = 30.0          # seconds a second indexer waits for the first
TITLE_BOOST = 2.0            # how much more a match in the title counts than one in the body
EXACT_FORM_BOOST = 0.5       # extra weight for a word typed with diacritics and found as typed
PARALLEL_MIN_FILES = 64      # below this many files to read, reading in one process is faster


def resolve_index_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The index folder: the explicit argument, else $NEWSSEARCH_INDEX, else ./index."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(INDEX_DIR_ENV)
    return Path(from_env) if from_env else Path(DEFAULT_INDEX_DIR)
