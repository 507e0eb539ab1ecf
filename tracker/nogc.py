"""``gc_paused``: no cyclic garbage collection while a hot path makes many objects.

Reading a month's files, storing and loading its figures and judging its goals
each make hundreds of thousands of small objects, none in a cycle. Their number
alone sets off repeated collections that walk everything the process holds:
measured, 6.7 s against 2.9 s for importing 480,000 figures, 1.0 s against
0.6 s for judging 7,200 goals. Reference counting still frees them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Collection off for the block, back as it was after (also when the block raises)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
