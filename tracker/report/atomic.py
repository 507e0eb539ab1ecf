"""Saving a report atomically: written to a temporary file beside it, then renamed over the final
name, so that a crash (or a killed run) never leaves a half-written report."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["save_atomically"]


def save_atomically(path: Path, save: Callable[[BinaryIO], None]) -> Path:
    """``save(out)`` writes the document to ``out``; it lands at ``path`` whole, or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            save(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path
