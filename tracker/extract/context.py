"""The document as a whole: its year and date, province, plan period and speakers."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tracker.extract import patterns as P
from tracker.extract.numbers import NumberError, parse_number


# --------------------------------------------------------------------------
# Context of the whole document


@dataclass
class Context:
    year: int | None
    year_note: str | None
    date: str | None
    province: str | None
    plan_period: tuple[int, int] | None
    speakers: dict[str, str]
    region: str | None  # --region


def cn_int(s: str) -> int:
    try:
        return int(parse_number(s))
    except NumberError:
        return 0


def _document_date(t: str, year: int | None) -> tuple[str | None, int | None]:
    head = t[:3000]
    if m := P.FULL_DATE.search(head):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}", y
    if m := P.MONTH_DAY.search(head):
        mo, d = int(m[1]), int(m[2])
        if year and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{year:04d}-{mo:02d}-{d:02d}", None
    return None, None


def _guess_year(t: str) -> int | None:
    """The document's year from the latest year it reports a figure for, plus one."""
    years = []
    for sent in P.SENTENCE_END.split(t):
        if P.GOAL_MARKERS.search(sent):
            continue
        for m in P.YEAR.finditer(sent):
            if m["to"] or m["end"]:
                continue
            after = sent[m.end(): m.end() + 1]
            if after in "-—–~至到":
                continue
            years.append(int(m["year"]))
    return max(years) + 1 if years else None


def _province(t: str) -> str | None:
    counts = Counter()
    for full, short in P.PROVINCE_SHORT.items():
        n = t.count(short)
        if n:
            counts[full] = n
    return counts.most_common(1)[0][0] if counts else None


def region_in(text: str) -> str | None:
    for m in P.REGION_NAME.finditer(text):
        name = m[1]
        if P.NOT_REGION.search(name):
            continue
        for full, short in P.PROVINCE_SHORT.items():
            if name.startswith(short) and name[len(short):] in ("省", "市", "自治区", ""):
                return full
        return name
    return None


def _speakers(t: str, province: str | None) -> dict[str, str]:
    """Speaker name → region, from introductions such as 宜春市委常委、副市长龚法生."""
    names = set()
    for line in t.split("\n"):
        if m := P.SPEAKER_LINE.match(line):
            if not P.REPORTER.search(m[1]):
                names.add(m[1])
    found: dict[str, str] = {}
    for name in names:
        for m in re.finditer(rf"{P.TITLE_WORDS}{re.escape(name)}", t):
            window = t[max(0, m.start() - 30): m.start() + 1]
            window = re.split(r"[,。;:!?\n(]", window)[-1]
            region = region_in(window)
            if region is None and province and (window.startswith("省") or "省" in window[:3]):
                region = province
            if region:
                found[name] = region
                break
    return found


def document_context(t: str, year: int | None, region: str | None) -> Context:
    note = None
    date, date_year = _document_date(t, year)
    if year is None and date_year:
        year = date_year
        note = f"the document's date {date}"
    if year is None:
        year = _guess_year(t)
        if year is not None:
            note = f"guessed: one after the latest year with a reported figure ({year - 1})"
            date, _ = _document_date(t, year)
    province = _province(t)
    plan = None
    if m := P.YEAR_RANGE.search(t):
        a, b = int(m[1]), int(m[2])
        if a < b:
            plan = (a, b)
    return Context(year, note, date, province, plan, _speakers(t, province), region)
