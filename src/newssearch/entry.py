"""The console script: a Ctrl-C while the command's modules load ends as one anywhere else does."""

from __future__ import annotations

import gc
import sys

INTERRUPTED = 130  # cli.app.ExitStatus.INTERRUPTED, not imported: importing is what may be interrupted


def main() -> None:
    """Load the command line and run it; interrupted while loading, say so and exit 130 (not a traceback).

    The collector is off while it loads, from before the first module (``collector`` too: a collection had come while
    that one loaded, the count having run up since the interpreter started), and what loading made is settled
    (``collector.settled``) before it is on again: importing makes many objects and next to no garbage, and ~17
    collections had walked them.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        from .cli import main as run
        from .collector import settled

        settled()
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(INTERRUPTED)
    finally:
        if was_on:
            gc.enable()
    run()
