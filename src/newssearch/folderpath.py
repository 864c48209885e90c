"""Why a path can be no folder at all: too long, a NUL character, links in a loop. Found before anything is read
or written there, so that every command says so in one line instead of failing on the first file it opens."""

from __future__ import annotations

import errno
import os
from pathlib import Path

# The system's reasons a path can name no folder, by errno; any other (a missing folder, no permission) is left to
# the reading or writing that meets it, which says what to do.
_REASONS: dict[int, str] = {
    errno.ENAMETOOLONG: "the path or a folder name in it is too long",
    errno.ELOOP: "its symbolic links go round in a loop",
    errno.EILSEQ: "the file system does not allow that name",
    errno.EINVAL: "the file system does not allow that name",
}


def path_problem(folder: Path) -> tuple[str, int] | None:
    """Why no folder can be at ``folder``'s path ("the path or a folder name in it is too long") and the errno that
    says so; None when one can."""
    try:
        os.stat(folder)
    except ValueError:  # os.stat's own refusal of an embedded NUL
        return "a path cannot hold a NUL character", errno.EINVAL
    except OSError as exc:
        reason = _REASONS.get(exc.errno or 0)
        return (reason, exc.errno or 0) if reason else None
    return None
