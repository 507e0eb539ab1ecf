"""Evaluations and figures as pandas DataFrames, for notebooks and spreadsheets.

Only what a user asks for imports this module (and pandas with it): no command reads or
judges through it. Columns are typed: statuses are ordered categories (worst first, as the
report sorts them), periods ISO text (``2024``, ``2024-06``, ``2024-01/2024-10``), numbers
``Float64`` with ``<NA>`` where a field does not apply, text ``string``.

    >>> from tracker.pipeline import evaluate_folders
    >>> from tracker.frames import evaluations_frame
    >>> outcome = evaluate_folders("targets", "actuals", "2024-07")
    >>> frame = evaluations_frame(outcome.evaluations)
    >>> frame[frame.status <= "at_risk"]            # missed, off track, at risk
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum

import pandas as pd

from tracker.model import STATUS_ORDER, Evaluation, Kind, Qualifier
from tracker.figure import Figure, Measure

__all__ = ["evaluations_frame", "figures_frame", "evaluations_csv", "STATUS_TYPE", "CSV_ENCODING"]

#: The status column's type: ordered worst first, so ``frame.status <= "at_risk"`` and
#: ``sort_values("status")`` mean what a reader expects.
STATUS_TYPE = pd.CategoricalDtype([s.value for s in STATUS_ORDER], ordered=True)
_KIND_TYPE = pd.CategoricalDtype([k.value for k in Kind])
_QUALIFIER_TYPE = pd.CategoricalDtype([q.value for q in Qualifier])
_MEASURE_TYPE = pd.CategoricalDtype([m.value for m in Measure])

#: UTF-8 with a byte-order mark: Excel opens such a CSV with its Chinese text intact.
CSV_ENCODING = "utf-8-sig"

_TEXT, _NUMBER, _WHOLE, _FLAG = "string", "Float64", "Int64", "boolean"

#: The evaluation's columns, in the order of ``tracker evaluate --json``, with their types.
_EVALUATION_COLUMNS: dict[str, object] = {
    "id": _TEXT,
    "status": STATUS_TYPE,
    "region": _TEXT,
    "indicator": _TEXT,
    "kind": _KIND_TYPE,
    "actual": _NUMBER,
    "actual_period": _TEXT,
    "unit": _TEXT,
    "target": _NUMBER,
    "expected": _NUMBER,
    "progress": _NUMBER,
    "completion": _NUMBER,
    "time_progress": _NUMBER,
    "margin_pp": _NUMBER,
    "actual_rate": _NUMBER,
    "required_rate": _NUMBER,
    "projected": _NUMBER,
    "stretch_status": STATUS_TYPE,
    "derived": _FLAG,
    "sources": _TEXT,
    "note": _TEXT,
    "title": _TEXT,
    "due": _WHOLE,
    "qualifier": _QUALIFIER_TYPE,
    "stretch": _NUMBER,
    "base_value": _NUMBER,
    "base_period": _TEXT,
    "gap": _NUMBER,
}

_FIGURE_COLUMNS: dict[str, object] = {
    "region": _TEXT,
    "indicator": _TEXT,
    "period": _TEXT,
    "period_start": _TEXT,
    "period_end": _TEXT,
    "measure": _MEASURE_TYPE,
    "value": _NUMBER,
    "unit": _TEXT,
    "source": _TEXT,
    "file": _TEXT,
    "revised_from": _NUMBER,
    "origin": _TEXT,
    "derived": _FLAG,
}

#: How ``sources`` (several figures) is written in one cell.
SOURCES_SEPARATOR = "; "


def _plain(value: object) -> object:
    """An enum's value, a period's ISO text, anything else as it is (None stays None)."""
    if isinstance(value, Enum):
        return value.value
    iso = getattr(value, "iso", None)
    return iso() if callable(iso) else value


def _evaluation_row(e: Evaluation) -> tuple:
    return (
        e.id, _plain(e.status), e.region, e.indicator, _plain(e.kind),
        e.actual, _plain(e.actual_period), e.unit, e.target, e.expected, e.progress,
        e.completion, e.time_progress, e.margin_pp, e.actual_rate, e.required_rate,
        e.projected, _plain(e.stretch_status), getattr(e, "derived", None),
        SOURCES_SEPARATOR.join(map(str, e.sources)), e.note, e.title, e.due, _plain(e.qualifier),
        e.stretch, e.base_value, _plain(e.base_period), e.gap,
    )


def _figure_row(f: Figure) -> tuple:
    p = f.period
    return (
        f.region, f.indicator, p.iso(),
        f"{p.start_year}-{p.start_month:02d}", f"{p.end_year}-{p.end_month:02d}",
        _plain(f.measure), f.value, f.unit, str(f.source or ""), f.file or None, f.revised_from,
        f.origin, f.made is not None,
    )


def _frame(rows: Iterable[tuple], columns: dict[str, object]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    return frame.astype(columns) if len(frame) else pd.DataFrame(
        {name: pd.Series([], dtype=kind) for name, kind in columns.items()})


def evaluations_frame(evaluations: Sequence[Evaluation]) -> pd.DataFrame:
    """One row per evaluation, in the given order, with the fields of ``tracker evaluate --json``.

    ``status`` and ``stretch_status`` are ordered categories, worst first (missed, off_track,
    at_risk, awaiting_final, no_data, on_track, achieved); ``kind`` and ``qualifier``
    categories; ``actual_period`` and ``base_period`` ISO text; numbers ``Float64``; ``due``
    ``Int64``; ``derived`` ``boolean`` (``<NA>`` where not known); ``sources`` one text, the
    figures' places joined by ``"; "``. Numbers are as judged, not rounded as in the JSON.
    """
    return _frame(map(_evaluation_row, evaluations), _EVALUATION_COLUMNS)


def figures_frame(figures: Sequence[Figure]) -> pd.DataFrame:
    """One row per figure, in the given order.

    ``period`` is ISO text, with its first and last month in ``period_start`` and
    ``period_end`` (``2024-01``, ``2024-06`` for 1-6月), so that year-to-date and single-month
    figures can be told apart and sorted; ``measure`` a category (value, yoy); ``value`` and
    ``revised_from`` (the value a revision replaced) ``Float64``; ``source`` the cell or line it
    was read from as text (``a.xlsx!数据!D7``, ``a.csv:12``; "" for a derived figure);
    ``derived`` whether the figure was made from others rather than read from a file.
    """
    return _frame(map(_figure_row, figures), _FIGURE_COLUMNS)


def evaluations_csv(evaluations: Sequence[Evaluation]) -> bytes:
    """evaluations_frame as CSV bytes, UTF-8 with a byte-order mark (Excel then reads the
    Chinese text right), one row per evaluation, empty cells where a field does not apply."""
    text = evaluations_frame(evaluations).to_csv(index=False, lineterminator="\r\n")
    return text.encode(CSV_ENCODING)
