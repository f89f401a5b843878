"""Python's cyclic garbage collector, paused while a digest is built.

Around the flow: the pipeline runs its stages (text/, rank/, claims/, analysis/) inside
:func:`collection_paused`, which pauses the collector with a count shared by all threads.
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
from collections.abc import Iterator

__all__ = ["PAUSE", "collection_paused"]

PAUSE = True
"""Whether digests pause the collector; set it to ``False`` to leave the collector alone."""

# The collector is process-wide state, so the pause is counted: however blocks of
# several threads interleave, the collector is enabled again when the last of them
# ends, if it was enabled when the first began.
_lock = threading.Lock()
_open = 0  # blocks running now, in every thread
_was_enabled = False  # the collector's state when the first of them began


def _after_fork_in_child() -> None:
    """Forget the pauses of the parent's threads, which do not run in the child.

    A child process forked during a digest starts with no pause counted and the
    collector as it was before the digest.
    """
    global _lock, _open
    _lock = threading.Lock()
    if _open and _was_enabled:
        gc.enable()
    _open = 0


if hasattr(os, "register_at_fork"):  # not on Windows
    os.register_at_fork(after_in_child=_after_fork_in_child)


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block.

    A digest of a large set allocates hundreds of thousands of small containers
    (tokens, terms, sentences, figures) that live until the digest is done and form
    no reference cycles. Each full collection the allocations trigger walks all of
    them again, and every other object of the process too: measured at 1,000
    articles, 0.3 to 0.5 s of a 3 s digest (see ``docs/performance.md``). Reference
    counting still frees what the stages drop; only the search for cycles waits.

    The pause is counted across threads: the collector is enabled again when the
    last block ends, if it was enabled when the first began. A process that runs
    digests in several threads without pause, so that one is always running, never
    reaches that moment: it should set :data:`PAUSE` to ``False`` (or call
    :func:`gc.collect` now and then).

    Example:
        >>> import gc
        >>> with collection_paused():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    global _open, _was_enabled
    if not PAUSE:
        yield
        return
    with _lock:
        if _open == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _open += 1
    try:
        yield
    finally:
        with _lock:
            _open = max(_open - 1, 0)  # a child forked inside the block counts none
            if _open == 0 and _was_enabled:
                gc.enable()
