"""Loading the goals in a forked process while this one does other work.

A province's 7,200 goals take a second or more to load; the monthly run
meanwhile imports new files and reads the figures in use from the store, which
keeps only one core busy. ``load_targets_aside`` starts the loading in a
forked process at once and returns an Aside that gives the SpecResult when it
is wanted. Where forking is not safe (another thread running, macOS, Windows:
see ``tracker.runtime``) the goals are loaded in this process at once, as
``load_targets`` would; if the child dies, when asked for. The child dies with
this process, whatever kills it.
"""

from __future__ import annotations

import logging
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import MappingProxyType

from tracker.runtime import close_pool, fork_context, process_pool
from tracker.spec import SpecResult, load_targets
from tracker.spec.aliases import Aliases
from tracker.spec.composition import Composition

__all__ = ["load_targets_aside"]

log = logging.getLogger(__name__)


def load_targets_aside(targets_dir: Path | str, *, aside: bool = True) -> Aside:
    """Start loading the goals of ``targets_dir``; ``.result()`` gives them, ``.close()`` lets
    the process go (it waits for it to finish) when they are not wanted after all.

    With ``aside`` False, or where forking is not safe, they are loaded here and now.
    """
    return Aside(Path(targets_dir), fork_context() if aside else None)


class Aside:
    def __init__(self, targets_dir: Path, context):
        self.targets_dir = targets_dir
        self._spec = load_targets(targets_dir) if context is None else None
        self._pool = None if context is None else process_pool(1, context)
        self._future = None if self._pool is None else self._pool.submit(_load_packed, str(targets_dir))

    def result(self) -> SpecResult:
        if self._spec is not None:
            return self._spec
        try:
            self._spec = _unpack(self._future.result())
        except BrokenProcessPool:
            log.warning("the process loading the goals stopped; loading them here")
            self._spec = load_targets(self.targets_dir)
        finally:
            self.close()
        return self._spec

    def close(self) -> None:
        if self._pool is not None:
            close_pool(self._pool)
            self._pool = None


def _load_packed(targets_dir: str) -> tuple:
    spec = load_targets(Path(targets_dir))
    # read-only mappings do not pickle: sent as dicts, made read-only again on arrival
    return (spec.targets, spec.problems, dict(spec.places), dict(spec.aliases.regions),
            dict(spec.aliases.indicators), spec.files, dict(spec.composition.regions),
            dict(spec.composition.indicators))


def _unpack(packed: tuple) -> SpecResult:
    targets, problems, places, regions, indicators, files, parts, defined = packed
    aliases = Aliases(MappingProxyType(regions), MappingProxyType(indicators))
    composition = Composition(MappingProxyType(parts), MappingProxyType(defined))
    return SpecResult(targets, problems, MappingProxyType(places), aliases, files, composition)
