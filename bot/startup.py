"""Start-up without the cyclic garbage collector, which would otherwise scan the growing heap of
imported modules, built machines and the loaded model over and over while none of it is
garbage yet (docs/performance.md: about a tenth of `refundbot run`'s start)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
    """Start-up is over (or waits on the network): the collector runs again."""
    gc.enable()
