"""The outlook of a goal: a seasonal 序时进度 and the probability that the goal will be met.

Pure functions from a target, the figures of its region and indicator, ``as_of``
and the goal's Evaluation. Everything is learnt from the series' own past years
(the last five with the figures needed):

* **Seasonal time progress** (按往年同期进度), for flow levels judged on 1–m月 of
  year y: the mean of ``s_k = YTD_m(k) / whole_year(k)`` over past years k with
  both figures; two or more such years are needed.
* **Probability** (0–1), null without three past years:
  - growth: the whole-year rate is this year's 1–m月 rate plus the change
    ``d_k = R_12(k) − R_m(k)`` past years saw from 1–m月 to the whole year (a
    rate not published is made from the values of the same months a year apart);
  - flow levels: the whole year is ``YTD_m(y) / s`` with ``s`` a past share;
    a goal due in a later year carries the whole year on at past annual growth;
  - stocks: the latest figure carried to the end of the due year at past annual
    growth (the same month a year earlier), its spread growing with the horizon;
  - cagr: the latest whole-year value carried to the due year, this year by its
    1–m月 growth rate where there is one, the later years at past annual growth.
  The unknown is the sum of independent parts, each with the mean and spread of
  its past years; the chance is read from a Student t with the fewest degrees
  of freedom of any part, which widens the tails when only a few years are
  known. What the rest of a year does (growth and shares) has its mean from
  month m of past years and its spread pooled over all their months, each
  scaled by √((12 − m)/m). An achieved goal is 1, a missed one 0.

Per goal the work is one pass over its figures into a dict by period, then a
few lookups per past year: linear in the goal's own figures.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter, mul

from tracker.config import DEFAULT, Settings
from tracker.figure import Figure, Measure
from tracker.model import Evaluation, Qualifier, Status, TargetT
from tracker.periods import Period
from tracker.units import UnitError, factor

__all__ = [
    "Outlook",
    "outlook",
    "with_outlook",
    "fell_below",
    "seasonal_progress",
    "normal_by_season",
    "student_t_cdf",
    "HISTORY_YEARS",
    "MIN_YEARS",
    "MIN_SEASONAL_YEARS",
]

#: how many past years the model looks back at most
HISTORY_YEARS = 5
#: past years needed for a probability
MIN_YEARS = 3
#: past years needed for the seasonal time progress
MIN_SEASONAL_YEARS = 2

# Smallest spreads, so that a few past years that happen to agree closely do not
# make a certainty: a rate's change to the whole year (percentage points, for a
# whole year still ahead), a share's log, a year's log growth.
FLOOR_RATE_PP = 0.1
FLOOR_SHARE = 0.005
FLOOR_GROWTH = 0.01


@dataclass(frozen=True, slots=True)
class Outlook:
    """What the series' past years say about a goal.

    ``basis`` is a message code (tracker.messages.outlook) and ``params`` its
    values: ``basis_text`` says in words what the numbers were made from.
    """

    seasonal_time_progress: float | None = None
    probability: float | None = None
    years: tuple[int, ...] = ()
    basis: str | None = None
    params: tuple[tuple[str, object], ...] = ()

    def basis_text(self, lang: str = "zh") -> str | None:
        if self.basis is None:
            return None
        from tracker.messages import say

        params = {k: (_span(v) if isinstance(v, tuple) else v) for k, v in self.params}
        return say(self.basis, lang, **params)


NOTHING = Outlook()



# --------------------------------------------------------------------------
# Entry points


def with_outlook(ev: Evaluation, target: TargetT, figures: Sequence[Figure], as_of: Period,
                 settings: Settings = DEFAULT) -> Evaluation:
    """``ev`` with its seasonal time progress and probability (the same object when both are unknown)."""
    found = outlook(target, figures, as_of, ev, settings)
    if found.probability is None and found.seasonal_time_progress is None:
        return ev
    return ev.but(seasonal_time_progress=found.seasonal_time_progress, probability=found.probability)


def outlook(target: TargetT, figures: Sequence[Figure], as_of: Period, ev: Evaluation,
            settings: Settings = DEFAULT, min_years: int = 0) -> Outlook:
    """The seasonal time progress and the probability of ``target``, judged as ``ev``.

    ``min_years`` (default MIN_YEARS) is the past years a probability needs; the backtest lowers it
    to replay samples too short for the rule, and says so."""
    need = min_years or MIN_YEARS
    status = ev.status
    if status is Status.NO_DATA or ev.actual is None or ev.actual_period is None:
        return NOTHING
    period = ev.actual_period
    kind = target.kind
    flow = kind == "level" and getattr(target, "flow", True)
    if status is Status.ACHIEVED or status is Status.MISSED:
        seasonal = _flow(target, figures, as_of, ev, period, settings, need, decided=True).seasonal_time_progress \
            if flow else None
        if status is Status.ACHIEVED:
            return Outlook(seasonal, 1.0, (), "outlook.achieved", ())
        return Outlook(seasonal, 0.0, (), "outlook.missed", ())
    if kind == "growth":
        found = _growth(target, figures, as_of, ev, period, settings, need)
    elif kind == "cagr":
        found = _cagr(target, figures, as_of, ev, period, settings, need)
    elif flow:
        found = _flow(target, figures, as_of, ev, period, settings, need)
    else:
        found = _stock(target, figures, as_of, ev, period, settings, need)
    return found


def fell_below(current: Iterable[Evaluation], previous: Iterable[Evaluation],
               threshold: float = 0.5) -> list[Evaluation]:
    """The goals whose probability is below ``threshold`` now and was at or above it in the previous run
    (matched by id; a goal without a probability in either run is left out), in ``current``'s order."""
    before = {e.id: e.probability for e in previous}
    out = []
    for e in current:
        p, q = e.probability, before.get(e.id)
        if p is not None and q is not None and p < threshold <= q:
            out.append(e)
    return out


def seasonal_progress(ev: Evaluation) -> float | None:
    """Progress measured against past years' share of the same months instead of m/12:
    ``(A − B_s)/(E_s − B_s)`` with ``E_s = E·s̄/(m/12)``, ``B_s = b·s̄`` (0 without a base).
    None where the evaluation has no seasonal time progress or no expected value."""
    s, tp, e, a = ev.seasonal_time_progress, ev.time_progress, ev.expected, ev.actual
    if s is None or not tp or e is None or a is None:
        return None
    expected = e / tp * s
    base = (ev.base_value or 0.0) * s if ev.base_period else 0.0
    if ev.qualifier is Qualifier.AT_MOST and not ev.base_period:
        return expected / a if a else None
    if expected == base:
        return None
    return (a - base) / (expected - base)


def normal_by_season(ev: Evaluation, settings: Settings = DEFAULT) -> bool:
    """True when the straight 序时进度 reads a flow as behind (at risk or off track) and past years'
    pace reads it as on plan: the 简报's "按往年同期进度衡量则进度正常" (message outlook.seasonal-normal)."""
    if ev.status is not Status.AT_RISK and ev.status is not Status.OFF_TRACK:
        return False
    progress = seasonal_progress(ev)
    if progress is None:
        return False
    tol = 0.0
    if ev.qualifier is Qualifier.ABOUT:
        tol = settings.level_tolerance
    return progress >= 1 - tol - 1e-9


# --------------------------------------------------------------------------
# The distribution


def student_t_cdf(x: float, df: int) -> float:
    """P(T ≤ x) for Student's t with an integer ``df`` ≥ 1 (Abramowitz & Stegun 26.7.3–4)."""
    if df < 1:
        raise ValueError("df must be at least 1")
    if math.isinf(x):
        return 1.0 if x > 0 else 0.0
    theta = math.atan(abs(x) / math.sqrt(df))
    c2 = math.cos(theta) ** 2
    s = math.sin(theta)
    if df % 2 == 1:
        a = theta
        if df > 1:
            term, total = math.cos(theta), math.cos(theta)
            for k in range(3, df - 1, 2):  # terms cos^3 … cos^(df−2)
                term *= c2 * (k - 1) / k
                total += term
            a += s * total
        a *= 2 / math.pi
    else:
        term, total = 1.0, 1.0
        for k in range(2, df - 1, 2):  # terms cos^2 … cos^(df−2)
            term *= c2 * (k - 1) / k
            total += term
        a = s * total
    a = min(1.0, max(0.0, a))
    return 0.5 + a / 2 if x >= 0 else 0.5 - a / 2


class _Sum:
    """A sum of independent parts, each with a mean, a variance and the degrees of freedom of its spread
    (the sum takes the fewest)."""

    __slots__ = ("mean", "var", "df", "years")

    def __init__(self, mean: float):
        self.mean = mean
        self.var = 0.0
        self.df = 0
        self.years: set[int] = set()

    def add(self, mean: float, var: float, df: int, years: Iterable[int]) -> None:
        self.mean += mean
        self.var += var
        self.df = df if self.df == 0 else min(self.df, df)
        self.years.update(years)

    def chance(self, threshold: float, at_most: bool) -> float:
        """P(sum ≥ threshold), or P(sum ≤ threshold) for at_most."""
        sd = math.sqrt(self.var)
        if sd <= 0:  # no spread (not reached: every spread has a floor)
            return float(self.mean <= threshold if at_most else self.mean >= threshold)
        above = 1.0 - student_t_cdf((threshold - self.mean) / sd, max(1, self.df))
        return 1.0 - above if at_most else above


def _spread(xs: Sequence[float]) -> tuple[float, float]:
    """Mean and sample standard deviation."""
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / (n - 1) if n > 1 else 0.0
    return mean, math.sqrt(var)


def _carried(xs: Sequence[float], h: float, floor: float) -> tuple[float, float]:
    """Mean and variance of the sum of ``h`` more years like ``xs``: h·mean, s²·(h + h²/n)
    (each year's own spread, and the mean's uncertainty shared by all of them)."""
    mean, sd = _spread(xs)
    sd = max(sd, floor)
    return h * mean, sd * sd * (h + h * h / len(xs))


def _past(year: int, found, first: int) -> tuple[list[int], list[float]]:
    """The last HISTORY_YEARS years before ``year`` (down to ``first``) for which ``found(k)`` is not None."""
    years: list[int] = []
    xs: list[float] = []
    k = year - 1
    while k >= first and len(years) < HISTORY_YEARS:
        x = found(k)
        if x is not None:
            years.append(k)
            xs.append(x)
        k -= 1
    years.reverse()
    xs.reverse()
    return years, xs


def _span(years: Iterable[int]) -> str:
    ys = sorted(set(years))
    if not ys:
        return ""
    if ys == list(range(ys[0], ys[-1] + 1)) and len(ys) > 1:
        return f"{ys[0]}-{ys[-1]}"
    return ",".join(map(str, ys))


# --------------------------------------------------------------------------
# Indexing a goal's figures (one pass each)


_PERIOD_MEASURE_VALUE_UNIT = itemgetter(2, 3, 4, 5)  # a Figure's fields, taken out in C


def _ytd(figures: Sequence[Figure], last: int, unit: str | None, values: bool = True, rates: bool = True
         ) -> tuple[dict[int, float], dict[int, float]]:
    """Year-to-date figures known by month ``last``, by their end month: the values in ``unit`` (as
    they are without one; a figure that cannot be converted is left out) and the growth rates."""
    vs: dict[int, float] = {}
    rs: dict[int, float] = {}
    units: dict[int, str] = {}  # the unit of each value, where the values' units are not all one
    first_unit: str | None = None
    value = Measure.VALUE
    for p, measure, v, u in map(_PERIOD_MEASURE_VALUE_UNIT, figures):
        if measure is value:
            if not values:
                continue
            e = p.end
            st = p.start
            if e > last or st % 12 or e - st >= 12 or e in vs:
                continue
            vs[e] = v
            if first_unit is None:
                first_unit = u
            elif u != first_unit or units:
                units[e] = u
        elif rates:
            e = p.end
            st = p.start
            if e > last or st % 12 or e - st >= 12 or e in rs:
                continue
            rs[e] = v
    if not vs:
        return vs, rs
    if unit is None:
        if not units:
            return vs, rs
        unit = first_unit  # values of several units: in the first one's, so that they compare
    if units:  # more than one unit: each value converted by its own
        ks: dict[str, float | None] = {}
        for e in list(vs):
            u = units.get(e, first_unit)
            if u not in ks:
                try:
                    ks[u] = factor(u, unit)
                except UnitError:
                    ks[u] = None
            k = ks[u]
            if k is None:
                del vs[e]
            else:
                vs[e] *= k
        return vs, rs
    try:
        k = factor(first_unit, unit)
    except UnitError:
        return {}, rs
    if k != 1.0:
        vs = {e: v * k for e, v in vs.items()}
    return vs, rs


def _by_end(figures: Sequence[Figure], last: int, unit: str | None) -> dict[int, float]:
    """Value figures known by month ``last``, by their end month (of two, the one covering more months)."""
    out: dict[int, tuple[int, float]] = {}
    ks: dict[str, float | None] = {}
    value = Measure.VALUE
    for f in figures:
        if f.measure is not value:
            continue
        p = f.period
        e = p.end
        if e > last:
            continue
        have = out.get(e)
        if have is not None and have[0] <= p.start:
            continue
        k: float | None = 1.0
        if unit is not None:
            k = ks.get(f.unit, 0.0)
            if k == 0.0:
                try:
                    k = factor(f.unit, unit)
                except UnitError:
                    k = None
                ks[f.unit] = k
        if k is not None:
            out[e] = (p.start, f.value * k)
    return {e: v for e, (_, v) in out.items()}


def _with_rates_from_values(rates: dict[int, float], values: dict[int, float]) -> dict[int, float]:
    """``rates`` and, for each year-to-date period with none published, the growth its value makes
    against the same months a year earlier, ``(V / V₋₁ − 1)·100`` (a published rate wins)."""
    made = {e: (v / before - 1) * 100 for e, v in values.items()
            if e not in rates and (before := values.get(e - 12)) is not None and before > 0 and v > 0}
    return {**made, **rates} if made else rates


def _threshold_rate(target: TargetT, settings: Settings) -> float:
    rate = target.target.rate  # type: ignore[union-attr]
    if target.qualifier is Qualifier.ABOUT:
        rate -= settings.rate_tolerance if target.tolerance is None else target.tolerance
    return rate


def _threshold_level(target: TargetT, v: float, settings: Settings) -> float:
    if target.qualifier is Qualifier.ABOUT:
        tol = settings.level_tolerance if target.tolerance is None else target.tolerance
        return v * (1 - tol)
    return v


def _weight(m: int) -> float:
    """How much the rest of the year can still move a year-to-date figure through month m, relative to
    month 6: √((12 − m)/m). A year-to-date rate R_m moves to R_12 = (m·R_m + (12 − m)·R_rest)/12, so
    d = (12 − m)/12·(R_rest − R_m); with months of independent noise the spread of R_rest − R_m goes as
    √(1/(12 − m) + 1/m), and of d as √((12 − m)/m)/√12."""
    return math.sqrt((12 - m) / m)


@dataclass(frozen=True, slots=True)
class _RestOfYear:
    years: list[int]  # the past years with month m
    mean: float  # of x at month m
    var: float  # of one more year's x at month m, with the uncertainty of the mean
    df: int


_WEIGHTS = (0.0,) + tuple(_weight(j) for j in range(1, 12))  # by month, looked up in the loop
_INVERSE_SQUARED_WEIGHTS = tuple(1 / _weight(j) ** 2 for j in range(1, 12))  # months 1 … 11


def _rest_of_year(index: dict[int, float], logs: bool, year: int, m: int, first: int, floor: float
                  ) -> _RestOfYear:
    """What the rest of the year does to a year-to-date figure of ``index`` through month m of ``year``,
    from past years: ``x_j(k) = R_12(k) − R_j(k)`` for rates, ``ln(whole_year(k) / YTD_j(k))`` for values
    (``logs``; s_j(k) = e^−x).

    The mean is that of month m over the last five past years that have it. The spread is pooled
    over every month of those years, each month's deviations from its own mean scaled by ``_weight``,
    then scaled back to month m: more of the series' own history than month m alone, and as many
    degrees of freedom as it has values less the months' means.
    """
    get = index.get
    rows: list[tuple[int, float]] = []  # (January's key, whole year) of the years used
    years: list[int] = []
    k = year - 1
    while k >= first and len(years) < HISTORY_YEARS:
        base = k * 12
        whole, part = get(base + 11), get(base + m - 1)
        if whole is not None and part is not None and (not logs or (whole > 0 and part > 0)):
            rows.append((base, whole))
            years.append(k)
        k -= 1
    if not years:
        return _RestOfYear([], 0.0, 0.0, 0)
    years.reverse()
    # x_j(k) for j = 1 … 11, a row per year (None where a figure is missing)
    log = math.log
    matrix = []
    for base, whole in rows:
        parts = list(map(get, range(base, base + 11)))
        if logs:
            matrix.append([log(whole / p) if p is not None and p > 0 else None for p in parts])
        else:
            matrix.append([whole - p if p is not None else None for p in parts])
    n = len(years)
    if not any(None in row for row in matrix):  # every month of every year: the columns summed in C
        cols = list(zip(*matrix))
        s1 = list(map(sum, cols))
        ss = sum((sum(map(mul, c, c)) - t * t / n) * k for c, t, k in zip(cols, s1, _INVERSE_SQUARED_WEIGHTS))
        df = 11 * (n - 1)
        sigma = max(math.sqrt(max(ss, 0.0) / df) if df else 0.0, floor)
        return _RestOfYear(years, s1[m - 1] / n, (_WEIGHTS[m] * sigma) ** 2 * (1 + 1 / n), max(df, 1))
    ss, df, mean_m = 0.0, 0, 0.0
    for j, col in enumerate(zip(*matrix), 1):
        if None in col:
            col = [x for x in col if x is not None]
        count = len(col)
        if count == 0:
            continue
        total = sum(col)
        mean_j = total / count
        if j == m:
            mean_m = mean_j
        if count > 1:
            w = _WEIGHTS[j]
            ss += max(0.0, sum(map(mul, col, col)) - total * mean_j) / (w * w)  # Σ(x − mean)², within rounding
            df += count - 1
    sigma = max(math.sqrt(ss / df) if df else 0.0, floor)
    return _RestOfYear(years, mean_m, (_WEIGHTS[m] * sigma) ** 2 * (1 + 1 / n), max(df, 1))


def _annual_growth(values: dict[int, float], rates: dict[int, float], year: int, first: int
                   ) -> tuple[list[int], list[float]]:
    """Past years' log growth of the whole year before ``year``: from whole-year values, else the
    published whole-year growth rate."""
    def growth(k: int) -> float | None:
        now, before = values.get(k * 12 + 11), values.get(k * 12 - 1)
        if now is not None and before is not None and now > 0 and before > 0:
            return math.log(now / before)
        r = rates.get(k * 12 + 11)
        if r is not None and r > -100:
            return math.log1p(r / 100)
        return None
    return _past(year, growth, first)


def _first_year(*indexes: dict[int, float]) -> int:
    """The first year any of ``indexes`` holds (a year far ahead when they are empty: nothing to look back at)."""
    return min((min(ix) // 12 for ix in indexes if ix), default=1 << 30)


# --------------------------------------------------------------------------
# The kinds


def _growth(target, figures, as_of, ev, period, settings, need) -> Outlook:
    y, m = period.end_year, period.end_month
    if m == 12:
        return NOTHING
    values, rates = _ytd(figures, as_of.end, None)
    rates = _with_rates_from_values(rates, values)
    if not rates:
        return NOTHING
    rest = _rest_of_year(rates, False, y, m, _first_year(rates), FLOOR_RATE_PP)
    years = rest.years
    if len(years) < need:
        return _short(years, need)
    total = _Sum(ev.actual)
    total.add(rest.mean, rest.var, rest.df, years)
    p = total.chance(_threshold_rate(target, settings), target.qualifier is Qualifier.AT_MOST)
    return Outlook(None, p, tuple(years), "outlook.growth", (("m", m), ("years", tuple(years))))


def _flow(target, figures, as_of, ev, period, settings, need, decided: bool = False) -> Outlook:
    """A flow level; ``decided``: only the seasonal time progress (the goal is achieved or missed)."""
    y, m = period.end_year, period.end_month
    if decided and m == 12:
        return NOTHING
    unit, v, a = ev.unit, ev.target, ev.actual
    h = target.due - y
    values, rates = _ytd(figures, as_of.end, unit, rates=h > 0 and not decided)
    first = _first_year(values)

    def share(k: int) -> float | None:
        part, whole = values.get(k * 12 + m - 1), values.get(k * 12 + 11)
        if part is None or whole is None or part <= 0 or whole <= 0:
            return None
        return part / whole

    s_years, shares = _past(y, share, first) if m < 12 else ([], [])
    seasonal = sum(shares) / len(shares) if len(shares) >= MIN_SEASONAL_YEARS else None
    base = Outlook(seasonal, None, tuple(s_years), None, ())
    if decided or v is None or a is None or a <= 0:
        return base
    rest = _rest_of_year(values, True, y, m, first, FLOOR_SHARE) if m < 12 else None
    total = _Sum(math.log(a))
    if m < 12:
        assert rest is not None
        if len(rest.years) < need:
            return replace(base, **_short_fields(rest.years, need))
        total.add(rest.mean, rest.var, rest.df, rest.years)
    g_years: list[int] = []
    if h > 0:
        g_years, gs = _annual_growth(values, rates, y + 1 if m == 12 else y, min(first, _first_year(rates)))
        if len(gs) < need:
            return replace(base, **_short_fields(g_years, need))
        mean, var = _carried(gs, h, FLOOR_GROWTH)
        total.add(mean, var, len(gs) - 1, g_years)
    thr = _threshold_level(target, v, settings)
    if thr <= 0:
        return base
    p = total.chance(math.log(thr), target.qualifier is Qualifier.AT_MOST)
    if m < 12 and h > 0:
        code, params = "outlook.shares-carried", (("m", m), ("years", tuple(s_years)), ("growth_years",
                                                   tuple(g_years)), ("due", target.due))
    elif m < 12:
        code, params = "outlook.shares", (("m", m), ("years", tuple(s_years)))
    else:
        code, params = "outlook.carried", (("growth_years", tuple(g_years)), ("due", target.due))
    return Outlook(seasonal, p, tuple(sorted(total.years)), code, params)


def _stock(target, figures, as_of, ev, period, settings, need) -> Outlook:
    v, a = ev.target, ev.actual
    if v is None or a is None:
        return NOTHING
    values = _by_end(figures, as_of.end, ev.unit)
    e = period.end
    end = target.due * 12 + 11
    h = (end - e) / 12
    if h <= 0:
        return NOTHING
    # each past year's change to the same month, in logs where every value is positive
    logs = a > 0 and v > 0
    first = _first_year(values)

    year = period.end_year

    def change(k: int) -> float | None:
        """The change over the twelve months to this month's place in year k (k = year: the latest)."""
        at = e - 12 * (year - k)
        now, before = values.get(at), values.get(at - 12)
        if now is None or before is None:
            return None
        if logs:
            return math.log(now / before) if now > 0 and before > 0 else None
        return now - before

    years, xs = _past(year + 1, change, first + 1)
    if len(years) < need:
        return _short(years, need)
    thr = _threshold_level(target, v, settings)
    floor = FLOOR_GROWTH if logs else FLOOR_GROWTH * abs(a)
    mean, var = _carried(xs, h, floor)
    total = _Sum(math.log(a) if logs else a)
    total.add(mean, var, len(xs) - 1, years)
    if logs and thr <= 0:
        return NOTHING
    p = total.chance(math.log(thr) if logs else thr, target.qualifier is Qualifier.AT_MOST)
    return Outlook(None, p, tuple(years), "outlook.stock", (("years", tuple(years)), ("due", target.due)))


def _cagr(target, figures, as_of, ev, period, settings, need) -> Outlook:
    b, r = ev.base_value, ev.actual_rate
    if b is None or b <= 0 or r is None or not period.is_whole_year or not target.base:
        return NOTHING  # judged on a stand-in growth rate: no model for it
    y0, y1, k = target.base.year, target.due, period.end_year
    h = y1 - k
    if h <= 0:
        return NOTHING
    unit = target.base.unit or next((f.unit for f in figures if f.measure is Measure.VALUE), None)
    values, rates = _ytd(figures, as_of.end, unit)
    rates = _with_rates_from_values(rates, values)
    first = _first_year(values, rates)
    total = _Sum(math.log(b) + (k - y0) * math.log1p(r / 100))  # log of the latest whole year's value
    g_years, gs = _annual_growth(values, rates, k + 1, first)
    if len(gs) < need:
        return _short(g_years, need)
    later = h
    # this year, by its 1–m月 growth rate where there is one
    this = next((e for e in range((k + 1) * 12 + 10, (k + 1) * 12 - 1, -1) if e in rates), None)
    if this is not None:
        m = this % 12 + 1
        rest = _rest_of_year(rates, False, k + 1, m, first, FLOOR_RATE_PP)
        g = rates[this] + rest.mean
        if len(rest.years) >= need and g > -100:
            total.add(math.log1p(g / 100), rest.var / (100 + g) ** 2, rest.df, rest.years)
            later -= 1
    if later > 0:
        mean, var = _carried(gs, later, FLOOR_GROWTH)
        total.add(mean, var, len(gs) - 1, g_years)
    goal = math.log(b) + (y1 - y0) * math.log1p(_threshold_rate(target, settings) / 100)
    p = total.chance(goal, target.qualifier is Qualifier.AT_MOST)
    return Outlook(None, p, tuple(sorted(total.years)), "outlook.cagr",
                   (("growth_years", tuple(g_years)), ("due", y1)))


def _short(years: Sequence[int], need: int) -> Outlook:
    return Outlook(None, None, tuple(years), **_short_fields(years, need))


def _short_fields(years: Sequence[int], need: int) -> dict:
    return dict(basis="outlook.short", params=(("n", len(years)), ("need", need)))
