"""The shipped seed data: targets/*.yaml and actuals/2024-08-01_江西省工业经济主要指标.xlsx.

Deliberately independent of the tracker's own loaders: plain yaml + openpyxl,
so the data is checked against the contract text, not against the code.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import openpyxl
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
TARGETS = REPO / "targets"
WORKBOOK = REPO / "actuals" / "2024-08-01_江西省工业经济主要指标.xlsx"
SCRIPT = REPO / "tools" / "make_seed_actuals.py"

ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*")
LONG_HEADER = ("地区", "指标", "期间", "数值", "单位", "口径", "来源")
REQUIRED = ("id", "title", "region", "indicator", "kind", "due", "target")
MEASURE_WORDS = {"绝对值", "累计值", "本期", "总量", "同比增长", "累计增长", "增速", "增长%"}
PERIOD_RE = re.compile(r"\d{4}年(?:\d{1,2}月|1-\d{1,2}月)?")


def _target_files() -> list[Path]:
    return sorted(p for p in TARGETS.glob("*.yaml") if p.name != "aliases.yaml")


def _targets() -> list[tuple[Path, dict]]:
    """Every target with its file's plan defaults merged in (one level deep)."""
    out = []
    for path in _target_files():
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        plan = doc.get("plan") or {}
        for spec in doc["targets"]:
            merged = dict(plan)
            for key, value in spec.items():
                if isinstance(value, dict) and isinstance(merged.get(key), dict):
                    merged[key] = {**merged[key], **value}
                else:
                    merged[key] = value
            out.append((path, merged))
    return out


def _seed_texts() -> list[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (the shared/seeds folder beside the repository)")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        pytest.skip(f"no seed documents (*.txt) in {SEEDS}")
    return texts


def test_there_are_targets():
    assert _target_files(), "no target files in targets/"
    assert len(_targets()) >= 10


def test_every_quote_is_in_a_seed_document():
    texts = _seed_texts()
    for path, t in _targets():
        quote = (t.get("source") or {}).get("quote")
        assert quote, f"{path.name}: {t.get('id')} has no source.quote"
        assert any(quote in text for text in texts), (
            f"{path.name}: {t['id']}: source.quote is not an exact substring of a seed document: {quote!r}"
        )


def test_ids_unique_and_well_formed():
    seen: dict[str, str] = {}
    for path, t in _targets():
        tid = t.get("id")
        assert isinstance(tid, str) and ID_RE.fullmatch(tid), f"{path.name}: bad id {tid!r}"
        assert tid not in seen, f"id {tid} in both {seen[tid]} and {path.name}"
        seen[tid] = path.name


def test_required_fields_and_shapes():
    for path, t in _targets():
        where = f"{path.name}: {t.get('id')}"
        for field in REQUIRED:
            assert t.get(field) not in (None, ""), f"{where}: missing {field}"
        assert t["kind"] in ("level", "growth", "cagr"), where
        assert isinstance(t["due"], int) and 2000 <= t["due"] <= 2100, where
        assert t.get("title") and t.get("tags"), f"{where}: needs a title and tags"
        src = t.get("source") or {}
        assert src.get("document") and src.get("date"), f"{where}: source needs document and date"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(src["date"])), where
        if t["kind"] == "cagr":
            assert "base" in t and "rate" in t["target"], where
        if t["kind"] == "level":
            forms = [k for k in ("value", "times", "plus") if k in t["target"]]
            assert len(forms) == 1, f"{where}: target needs exactly one of value/times/plus"
            if "value" in t["target"]:
                assert t["target"].get("unit"), f"{where}: a value target needs its unit"
            else:
                assert "base" in t, f"{where}: a relative target needs a base"
        else:
            assert "flow" not in t, f"{where}: flow applies to level targets only"
        if "base" in t:
            assert int(str(t["base"]["period"])[:4]) < t["due"], f"{where}: base must be before due"


def test_the_goals_the_documents_state():
    by_id = {t["id"]: t for _, t in _targets()}
    cagr = by_id["jx-revenue-cagr-2026"]
    assert (cagr["kind"], cagr["target"]["rate"], cagr["qualifier"]) == ("cagr", 9, "about")
    assert "value" not in cagr["base"], "the 2022 base is not stated in the documents; it must not be invented"
    li = by_id["yc-lithium-revenue-2026"]
    assert (li["region"], li["base"]["value"], li["target"]["value"], li["stretch"]["value"]) == ("宜春市", 1117, 3500, 4500)
    led = by_id["nchtz-led-revenue-2026"]
    assert led["target"] == {"times": 2} and "value" not in led["base"], "no LED base figure is stated"
    assert by_id["nchtz-rd-institution-coverage-2025"]["flow"] is False
    for year in (2024, 2025, 2026):
        assert by_id[f"jx-tech-upgrade-projects-{year}"]["target"]["value"] == 1000
        assert by_id[f"jx-micro-tech-upgrade-smes-{year}"]["target"]["value"] == 10000


def test_aliases_shape():
    path = TARGETS / "aliases.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(doc) <= {"regions", "indicators"}
    names: dict[str, str] = {}
    for section in doc.values():
        for canonical, others in section.items():
            assert isinstance(others, list) and others, canonical
            for other in others:
                assert other != canonical
                assert names.setdefault(other, canonical) == canonical, f"{other} is an alias of two names"


def _tables():
    """(sheet, header row number, data rows with their row numbers) per sheet."""
    wb = openpyxl.load_workbook(WORKBOOK)
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        header_at = next(i for i, r in enumerate(rows) if tuple(r[: len(LONG_HEADER)]) == LONG_HEADER)
        data = []
        for i in range(header_at + 1, len(rows)):
            r = rows[i]
            if all(v is None for v in r):
                break
            data.append((i + 1, r))
        yield ws.title, header_at + 1, data


def test_workbook_long_layout_and_numbers():
    tables = list(_tables())
    assert len(tables) == 2, "one sheet per seed document"
    keys = set()
    for sheet, header_row, data in tables:
        assert header_row > 1, f"{sheet}: expected a title row above the header"
        assert data, f"{sheet}: no figures"
        for rowno, r in data:
            region, indicator, period, value, unit, measure, source = r[:7]
            where = f"{sheet}!row {rowno}"
            assert isinstance(value, (int, float)) and not isinstance(value, bool), f"{where}: 数值 {value!r}"
            assert region and indicator and unit and source, where
            assert PERIOD_RE.fullmatch(period), f"{where}: 期间 {period!r}"
            assert measure in MEASURE_WORDS, f"{where}: 口径 {measure!r}"
            if measure in ("同比增长", "累计增长", "增速"):
                assert unit == "%", where
            key = (region, indicator, period, measure in ("同比增长", "累计增长", "增速"))
            assert key not in keys, f"{where}: duplicate figure {key}"
            keys.add(key)


def test_workbook_holds_the_stated_figures():
    got = {(r[0], r[1], r[2], r[5]): r[3] for _, _, data in _tables() for _, r in data}
    assert got[("江西省", "规上工业营业收入", "2023年", "绝对值")] == 40922.2
    assert got[("江西省", "规上工业营业收入", "2024年1-6月", "同比增长")] == 5.9
    assert got[("江西省", "规上工业营业收入", "2024年1-3月", "同比增长")] == 3.5
    assert got[("宜春市", "锂电产业营业收入", "2022年", "绝对值")] == 1117
    assert got[("南昌高新区", "移动智能终端整机出货量", "2022年", "绝对值")] == 1.2
    # Not stated in either document, so not shipped.
    assert ("江西省", "规上工业营业收入", "2022年", "绝对值") not in got
    assert not any(k[1] == "LED产业营业收入" for k in got)


def test_workbook_is_what_the_script_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_seed_actuals", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fresh = mod.build(tmp_path / "fresh.xlsx")

    def cells(path):
        wb = openpyxl.load_workbook(path)
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}

    assert cells(fresh) == cells(WORKBOOK), "actuals workbook is stale: run python tools/make_seed_actuals.py"
