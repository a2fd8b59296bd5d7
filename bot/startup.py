"""Start-up without the cyclic garbage collector, which would otherwise scan the growing heap of
imported modules, built machines and the loaded model over and over while none of it is
garbage yet (docs/performance.md: about a tenth of `refundbot run`'s start). When start-up
ends, that heap is frozen (`gc.freeze`): it lives as long as the process, so no collection
ever needs to scan it again, the first one included (~30 ms of CPU before the first poll)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for the block, or until `started()`; then on as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def started() -> None:
    """Start-up is over (or waits on the network): the collector runs again, past the heap
    start-up built (once: a later call finds the collector on and changes nothing)."""
    if not gc.isenabled():
        # What start-up left as cyclic garbage (~300 small objects) stays with the frozen heap.
        gc.freeze()
    gc.enable()


def in_background(work: Callable[[], T], name: str) -> Future[T]:
    """`work` started now in a thread of its own; the future holds its result when it is done
    (or raises its error). A daemon thread: a start-up that fails meanwhile does not wait."""
    future: Future[T] = Future()

    def run() -> None:
        """Do the work and settle the future."""
        if future.set_running_or_notify_cancel():
            try:
                future.set_result(work())
            except BaseException as err:
                future.set_exception(err)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future
