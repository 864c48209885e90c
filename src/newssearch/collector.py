"""The garbage collector kept off an indexing run's bookkeeping: the manifest's file table, the folder walk, the plan.

Those are many small objects that live the whole run and hold no cycle (an entry and its lists per corpus file, a
stat per file): each full collection of the run walked them all again, and a 1% update of 19,043 files made three
(about 0.1 s, a tenth of its CPU). They are made with the collector off, then frozen (``gc.freeze``) as it is turned
back on, before it can walk them: the collections that reading and writing the changed files still need (an HTML
page's tree holds cycles) walk only what those make. At the run's end the collector has them back.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class Pause:
    """The collector off from the start of ``paused_collector``'s block until ``resume``."""

    def __init__(self) -> None:
        self.was_on = gc.isenabled()
        self.paused = True
        self.froze = False
        gc.disable()

    def resume(self) -> None:
        """Freeze every object made so far and turn the collector back on (as it was before the pause).

        Nothing is frozen when something else froze objects already (a caller's ``gc.freeze``): unfreezing is for
        all of them at once, and theirs must stay frozen.
        """
        if not self.paused:
            return
        self.paused = False
        if not gc.get_freeze_count():
            gc.freeze()  # before the collector is on again: its next collection would walk them all once more
            self.froze = True
        if self.was_on:
            gc.enable()

    def end(self) -> None:
        """Give the frozen objects back to the collector; turn it back on if ``resume`` was never reached."""
        if self.froze:
            gc.unfreeze()
            self.froze = False
        if self.paused:
            self.paused = False
            if self.was_on:
                gc.enable()


@contextmanager
def collector_off(settle: bool = False) -> Iterator[None]:
    """The collector off for the block, then as it was: for a burst of objects that hold no cycle.

    With ``settle`` (for imports: what they make lives on), what the block made is handed to the oldest generation
    unwalked and the young count starts again (``settled``): with it off the count had run on, and the first object
    made after the block would have set off a collection walking all of it at once, wherever that fell.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
        if settle:
            settled()
    finally:
        if was_on:
            gc.enable()


def settled() -> None:
    """Every tracked object moved to the oldest generation and the young count back at 0 (a freeze and a thaw);
    nothing when objects are frozen already: thawing is for all of them at once, and a caller's must stay frozen."""
    if not gc.get_freeze_count():
        gc.freeze()
        gc.unfreeze()


@contextmanager
def paused_collector() -> Iterator[Pause]:
    """The collector off until the block calls ``resume()``, what was made until then frozen until the block ends."""
    pause = Pause()
    try:
        yield pause
    finally:
        pause.end()
