"""The console script: a Ctrl-C while the command's modules load ends as one anywhere else does."""

from __future__ import annotations

import sys

INTERRUPTED = 130  # cli.app.ExitStatus.INTERRUPTED, not imported: importing is what may be interrupted


def main() -> None:
    """Load the command line and run it; interrupted while loading, say so and exit 130 (not a traceback)."""
    try:
        from .collector import collector_off

        with collector_off(settle=True):  # importing makes many objects and next to no garbage: ~17 collections had walked them
            from .cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(INTERRUPTED)
    run()
