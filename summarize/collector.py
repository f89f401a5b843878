"""Python's cyclic garbage collector, paused while a digest is built.

A digest of a large set allocates hundreds of thousands of small containers
(tokens, terms, sentences, figures) that live until the digest is done and form
no reference cycles. Each full collection the allocations trigger walks all of
them again, and every other object of the process too: measured at 1,000
articles, 0.3 to 0.5 s of a 3 s digest (see ``docs/performance.md``). Reference
counting still frees what the stages drop; only the search for cycles waits.

The collector is process-wide state, so the pause is counted: however blocks
of several threads interleave, the collector is enabled again when the last of
them ends, if it was enabled when the first began.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["collection_paused"]

_lock = threading.Lock()
_open = 0  # blocks running now, in every thread
_was_enabled = False  # the collector's state when the first of them began


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block.

    Example:
        >>> import gc
        >>> with collection_paused():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    global _open, _was_enabled
    with _lock:
        if _open == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _open += 1
    try:
        yield
    finally:
        with _lock:
            _open -= 1
            if _open == 0 and _was_enabled:
                gc.enable()
