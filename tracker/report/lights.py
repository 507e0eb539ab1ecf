"""The report's lights (亮灯): 绿, 黄, 红, and 灰 where there is nothing to judge yet.

Only presentation of what the evaluator decided. By default the light follows the
status: achieved and on track are green, at risk yellow, off track and missed red,
no data and awaiting the whole year's figure grey. ``[lights] by = "points"`` in
tracker.toml lights a flow goal by its points against 序时进度 instead (green at 0
or more, yellow down to −N, red beyond; N = ``yellow``, 10 by default), as many
cities do; goals without such points (rates, stocks, ceilings) keep their status's
light, and achieved or missed stay green or red.

``lagging``: 连续N个月滞后, a goal behind plan (at risk or off track) in this run and
in each of the N − 1 runs before it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum

from tracker.config import DEFAULT, Settings
from tracker.model import Evaluation, Status, as_status


class Light(str, Enum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    GREY = "grey"


LIGHT_ORDER = (Light.RED, Light.YELLOW, Light.GREEN, Light.GREY)

BY_STATUS = {
    Status.ACHIEVED: Light.GREEN,
    Status.ON_TRACK: Light.GREEN,
    Status.AT_RISK: Light.YELLOW,
    Status.OFF_TRACK: Light.RED,
    Status.MISSED: Light.RED,
    Status.NO_DATA: Light.GREY,
    Status.AWAITING_FINAL: Light.GREY,
}

#: (fill, font colour) per light
LIGHT_STYLE = {
    Light.GREEN: ("00B050", "FFFFFF"),
    Light.YELLOW: ("FFC000", "000000"),
    Light.RED: ("FF0000", "FFFFFF"),
    Light.GREY: ("BFBFBF", "000000"),
}

#: statuses that are behind plan, for 连续N个月滞后
BEHIND = frozenset({Status.AT_RISK, Status.OFF_TRACK})

_EPS = 1e-9  # a value within 1e-9 of a threshold meets it


def light_of(ev: Evaluation, settings: Settings = DEFAULT) -> Light:
    status = ev.status
    by_status = BY_STATUS[status]
    if settings.lights_by != "points" or status in (Status.ACHIEVED, Status.MISSED) or by_status is Light.GREY:
        return by_status
    points = ev.points_vs_time
    if points is None or ev.year_completion is None:  # rates, stocks, ceilings: their status
        return by_status
    if points >= -_EPS:
        return Light.GREEN
    if points >= -settings.lights_yellow - _EPS:
        return Light.YELLOW
    return Light.RED


def lagging(ev: Evaluation, earlier: Sequence[str] | None, months: int) -> bool:
    """Behind plan now and in each of the ``months − 1`` runs before (``earlier``: newest first)."""
    if ev.status not in BEHIND or earlier is None or len(earlier) < months - 1:
        return False
    for value in earlier[: months - 1]:
        try:
            if as_status(value) not in BEHIND:
                return False
        except ValueError:
            return False
    return True


def lagging_ids(evaluations: Sequence[Evaluation], history: Mapping[str, Sequence[str]] | None,
                months: int) -> set[str]:
    """The goals lagging ``months`` months in a row (none without a run history)."""
    if not history:
        return set()
    return {ev.id for ev in evaluations if lagging(ev, history.get(ev.id), months)}
