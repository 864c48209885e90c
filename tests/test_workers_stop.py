"""A worker stopped while writing its result: the indexer must still exit, not wait for the rest of it for ever."""

from __future__ import annotations

import subprocess
import sys

PARTIAL_RESULT_SCRIPT = """
import os, struct, sys, time
from newssearch import workers

def half_written(fd):
    # a result's length and its first bytes, as a worker terminated mid-write leaves them in the pipe
    os.write(fd, struct.pack("!i", 1000) + b"abc")
    time.sleep(60)

workers.GRACE_SECONDS = 0.2
try:
    with workers.process_pool(1) as pool:
        pool.submit(half_written, pool._result_queue._writer.fileno())
        time.sleep(1.0)  # the manager thread reads the length and waits for the rest
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("stopped", flush=True)
"""


def test_a_worker_terminated_while_writing_its_result_leaves_no_hang_at_exit() -> None:
    # On a loaded machine a worker's task outlasted GRACE_SECONDS and was terminated while writing its result: the
    # pool's manager thread waited for the rest for ever and the indexer hung at exit after "Terminated."
    done = subprocess.run([sys.executable, "-c", PARTIAL_RESULT_SCRIPT], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "stopped\n")
