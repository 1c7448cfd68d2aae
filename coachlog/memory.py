"""Pausing Python's cyclic garbage collector while a command works through many rows.

A command that reads or imports 100 000 entries makes as many long-lived objects (rows,
entries); the collector, started every 700 new objects, walks all of them again each
time it reaches the older generations: 975 collections and ~0.45 s of a 3 s import, ~40 ms
of a month report (measured with gc.callbacks). Reference counting frees what these
commands make; the cycle collector finds next to nothing there. So a command of the
command line runs with it paused (the same idea as Mercurial's ``util.nogc``); the
process ends right after. The app, which runs for hours, does not pause it (it freezes
the objects that outlive the unlock instead, see tui/app.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cyclic collection inside the block; the collector's state as it was
    after it (also when the block fails, and when it was paused already)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
