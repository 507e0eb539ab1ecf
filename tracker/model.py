"""The records every stage passes on: targets and evaluations (figures: tracker.figure).

Targets are pydantic models (they are validated from YAML, and an unknown field
is an error, never ignored); evaluations are frozen dataclasses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter
from enum import Enum
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tracker.figure import Cell
from tracker.notes import Note
from tracker.periods import Period, PeriodError, parse_period
from tracker.problems import InputError
from tracker.units import UnitError, parse_unit


class Status(str, Enum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    MISSED = "missed"
    NO_DATA = "no_data"
    #: the due year has ended, its whole-year figure has not come yet (待全年数据)
    AWAITING_FINAL = "awaiting_final"


_STATUSES = {**{s: s for s in Status}, **{s.value: s for s in Status}}


def as_status(value: Status | str) -> Status:
    """A Status from its value as stored (a run's statuses in the store are text), by lookup:
    ``Status(x)`` goes through Enum's own ``__call__``, some 10 µs each. An evaluation's status is
    always a Status already."""
    found = _STATUSES.get(value)
    return found if found is not None else Status(value)  # Status raises for anything else


#: Worst first, for sorting reports.
STATUS_ORDER = (
    Status.MISSED,
    Status.OFF_TRACK,
    Status.AT_RISK,
    Status.AWAITING_FINAL,
    Status.NO_DATA,
    Status.ON_TRACK,
    Status.ACHIEVED,
)


class Kind(str, Enum):
    LEVEL = "level"
    GROWTH = "growth"
    CAGR = "cagr"


class Qualifier(str, Enum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOUT = "about"


# --------------------------------------------------------------------------
# Target specs (docs/formats.md)

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*")


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(_Spec):
    document: str | None = None
    date: str | None = None
    quote: str | None = None
    url: str | None = None
    page: str | int | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, v: Any) -> Any:
        return v if v is None or isinstance(v, str) else str(v)


class Amount(_Spec):
    """A level target: an absolute value with its unit, or relative to the base."""

    value: float | None = None
    unit: str | None = None
    times: float | None = None
    plus: float | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Amount:
        given = [k for k in ("value", "times", "plus") if getattr(self, k) is not None]
        if len(given) != 1:
            raise InputError.of("check.one-of")
        if self.value is not None and not self.unit:
            raise InputError.of("check.value-unit")
        if self.unit:
            try:
                parse_unit(self.unit)
            except UnitError as e:
                raise e from None
        if self.times is not None and self.times <= 0:
            raise InputError.of("check.times")
        return self

    @property
    def is_relative(self) -> bool:
        return self.value is None


class Rate(_Spec):
    """A growth rate in percent: 9 means 9%; a decline is negative."""

    rate: float


class Base(_Spec):
    period: str
    value: float | None = None
    unit: str | None = None

    @field_validator("period", mode="before")
    @classmethod
    def _period_text(cls, v: Any) -> Any:
        if isinstance(v, int) and not isinstance(v, bool):
            return str(v)
        return v

    @field_validator("period")
    @classmethod
    def _period_parses(cls, v: str) -> str:
        try:
            parse_period(v)
        except PeriodError as e:
            raise e from None
        return v

    @field_validator("unit")
    @classmethod
    def _unit_known(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                parse_unit(v)
            except UnitError as e:
                raise e from None
        return v

    @property
    def parsed_period(self) -> Period:
        return parse_period(self.period)

    @property
    def year(self) -> int:
        return self.parsed_period.end_year


class _TargetCommon(_Spec):
    id: str
    title: str
    region: str
    indicator: str
    due: int = Field(ge=1900, le=2200)
    qualifier: Qualifier = Qualifier.AT_LEAST
    tolerance: float | None = Field(default=None, ge=0)
    owner: str | None = None
    tags: list[str] = Field(default_factory=list)
    source: Source | None = None

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not ID_PATTERN.fullmatch(v):
            raise InputError.of("check.id", id=v)
        return v

    @field_validator("title", "region", "indicator")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise InputError.of("check.not-empty")
        return v.strip()

    @field_validator("due", mode="before")
    @classmethod
    def _due_year(cls, v: Any) -> Any:
        if isinstance(v, str) and re.fullmatch(r"\s*\d{4}\s*年?\s*", v):
            return int(v.strip().rstrip("年"))
        return v

    @model_validator(mode="after")
    def _base_before_due(self):
        base = getattr(self, "base", None)
        if base is not None and base.year >= self.due:
            raise InputError.of("check.base-before-due", base=base.period, due=self.due)
        return self


class LevelTarget(_TargetCommon):
    kind: Literal["level"]
    target: Amount
    stretch: Amount | None = None
    base: Base | None = None
    flow: bool = True

    @model_validator(mode="after")
    def _relative_needs_base(self) -> LevelTarget:
        for name in ("target", "stretch"):
            amount = getattr(self, name)
            if amount is not None and amount.is_relative and self.base is None:
                raise InputError.of("check.relative-no-base", name=name)
        units = [u for u in (self.target.unit, self.stretch.unit if self.stretch else None,
                             self.base.unit if self.base else None) if u]
        dims = {parse_unit(u).dimension for u in units}
        if len(dims) > 1:
            raise InputError.of("check.units-differ", units=tuple(units))
        return self


class GrowthTarget(_TargetCommon):
    kind: Literal["growth"]
    target: Rate
    stretch: Rate | None = None
    base: Base | None = None


class CagrTarget(_TargetCommon):
    kind: Literal["cagr"]
    target: Rate
    stretch: Rate | None = None
    base: Base

    @model_validator(mode="after")
    def _positive_base(self) -> CagrTarget:
        if self.base.value is not None and self.base.value <= 0:
            raise InputError.of("check.cagr-base", value=f"{self.base.value:g}")
        return self


Target = Annotated[Union[LevelTarget, GrowthTarget, CagrTarget], Field(discriminator="kind")]
TargetT = LevelTarget | GrowthTarget | CagrTarget


# --------------------------------------------------------------------------
# Evaluations (docs/judging.md, docs/json.md)


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One point of a goal's history for trend charts, in the target's unit.

    ``actual`` is the figure for ``period`` (None where there is none),
    ``planned`` the trajectory's value for the same period (None without a
    base), ``stretch`` the stretch trajectory's (None without a stretch).
    """

    period: str
    actual: float | None
    planned: float | None = None
    stretch: float | None = None
    source: Cell | None = None  # where the actual figure was read (None for a derived figure)


class LazySeries(Sequence[SeriesPoint]):
    """A goal's series, made on first use.

    Judging knows how many points a series has (every one with an actual
    figure) but making them — a planned value per figure — is a third of the
    judging time, and only the goals a report charts (at most 100 of
    thousands) ever look at them. Behaves as the tuple it makes: compares,
    hashes and pickles as one.
    """

    __slots__ = ("_make", "_points", "_size")

    def __init__(self, make: Callable[[], Sequence[SeriesPoint]], size: int):
        self._make: Callable[[], Sequence[SeriesPoint]] | None = make
        self._points: tuple[SeriesPoint, ...] | None = None
        self._size = size

    @property
    def actual_points(self) -> int:
        """How many points have an actual figure (all of them), without making the series."""
        return self._size

    def _made(self) -> tuple[SeriesPoint, ...]:
        if self._points is None:
            assert self._make is not None
            self._points = tuple(self._make())
            self._make = None  # let go of the figures the maker held
        return self._points

    def __len__(self) -> int:
        return self._size if self._points is None else len(self._points)

    def __getitem__(self, i):  # type: ignore[override]
        return self._made()[i]

    def __iter__(self):
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (LazySeries, tuple)):
            return self._made() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._made())

    def __repr__(self) -> str:
        return repr(self._made())

    def __reduce__(self):
        return (tuple, (self._made(),))


def actual_points(series: Sequence[SeriesPoint]) -> int:
    """How many points of a series have an actual figure (a lazy series says without being made)."""
    if isinstance(series, LazySeries):
        return series.actual_points
    return sum(1 for p in series if p.actual is not None)


def _round4(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


@dataclass(frozen=True, slots=True)
class Evaluation:
    id: str
    status: Status
    region: str
    indicator: str
    kind: Kind
    actual: float | None = None
    actual_period: Period | None = None  # the period of the figure judged (ISO text in the JSON)
    unit: str | None = None
    target: float | None = None
    expected: float | None = None
    progress: float | None = None
    completion: float | None = None
    time_progress: float | None = None
    margin_pp: float | None = None
    actual_rate: float | None = None
    required_rate: float | None = None
    projected: float | None = None
    stretch_status: Status | None = None
    sources: tuple[Cell, ...] = ()  # the cells and lines the judgement rests on ("sources" in the JSON: their text)
    note: str | None = None
    # Beyond the fields every evaluation has always had in the JSON, for reports:
    title: str = ""
    due: int | None = None
    qualifier: Qualifier = Qualifier.AT_LEAST
    stretch: float | None = None
    base_value: float | None = None
    base_period: str | None = None
    gap: float | None = None  # actual minus expected, in the target's unit
    derived: bool = False  # the actual figure was made from others (tracker.derive), not published
    derivation: Note | None = None  # how the actual figure was made, when it was (the report's 数据 sheet)
    source: Source | None = None  # where the goal was stated
    note_detail: Note | None = None  # the note as a code, to render in the report's language
    # the goal's history and plan, for charts (a LazySeries from judging: made when first read)
    series: Sequence[SeriesPoint] = field(default=())
    # The year's own numbers (tracker.annual): the planned value for the figure's year T(y)
    # (rates: the goal's rate), A / T(y) for flows, and how far ahead of 序时进度 (percentage
    # points, flows) or of the goal's rate (A − t, rates) the figure is.
    year_target: float | None = None
    year_completion: float | None = None
    points_vs_time: float | None = None
    owner: str | None = None  # 责任单位, from the spec
    tags: tuple[str, ...] = ()  # the spec's tags (专项行动 and the like), for grouping reports
    # from the series' own past years (tracker.outlook): 按往年同期进度 and the chance of meeting the goal
    seasonal_time_progress: float | None = None
    probability: float | None = None

    def but(self, **changes: Any) -> Evaluation:
        """This evaluation with ``changes``: dataclasses.replace, made positionally (some 5 µs against
        20 µs; judging changes thousands of evaluations after they are made)."""
        values = list(_ALL_FIELDS(self))
        for name, value in changes.items():
            values[_FIELD_INDEX[name]] = value
        return Evaluation(*values)

    def as_json(self) -> dict[str, Any]:
        r = _round4
        # enum members' _value_ is their value, read without the descriptor behind .value
        return {
            "id": self.id,
            "status": self.status._value_,
            "region": self.region,
            "indicator": self.indicator,
            "kind": self.kind._value_,
            "actual": r(self.actual),
            "actual_period": None if self.actual_period is None else self.actual_period.iso(),
            "unit": self.unit,
            "target": r(self.target),
            "expected": r(self.expected),
            "progress": r(self.progress),
            "completion": r(self.completion),
            "time_progress": r(self.time_progress),
            "margin_pp": r(self.margin_pp),
            "actual_rate": r(self.actual_rate),
            "required_rate": r(self.required_rate),
            "projected": r(self.projected),
            "stretch_status": None if self.stretch_status is None else self.stretch_status._value_,
            "sources": list(map(str, self.sources)),
            "note": self.note,
            "title": self.title,
            "due": self.due,
            "qualifier": self.qualifier._value_,
            "stretch": r(self.stretch),
            "base_value": r(self.base_value),
            "base_period": self.base_period,
            "gap": r(self.gap),
            "source": None if self.source is None else self.source.model_dump(exclude_none=True),
            "derived": self.derived,
            "year_target": r(self.year_target),
            "year_completion": r(self.year_completion),
            "points_vs_time": r(self.points_vs_time),
            "owner": self.owner,
            "tags": list(self.tags),
            "seasonal_time_progress": r(self.seasonal_time_progress),
            "probability": r(self.probability),
        }


_FIELD_NAMES = tuple(f.name for f in fields(Evaluation))
_ALL_FIELDS = attrgetter(*_FIELD_NAMES)
_FIELD_INDEX = {name: i for i, name in enumerate(_FIELD_NAMES)}
