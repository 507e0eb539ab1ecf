"""tracker.extract: Chinese numbers, the pattern families, and recall/precision
against a hand-made gold list of every goal in the seed documents."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import (
    NumberError,
    Quantity,
    extract_text,
    figures_csv,
    parse_number,
    parse_quantity,
    read_document,
    to_yaml,
)
from tracker.model import Target

DATA = Path(__file__).parent / "data" / "extract"
TARGET = pydantic.TypeAdapter(Target)


def one(text: str, **kw) -> dict:
    result = extract_text(text, **kw)
    assert len(result.targets) == 1, [t["title"] for t in result.targets]
    return result.targets[0]


def none(text: str, **kw) -> None:
    result = extract_text(text, **kw)
    assert result.targets == [], [t["title"] for t in result.targets]


def merged(plan: dict, spec: dict) -> dict:
    out = dict(plan)
    for k, v in spec.items():
        out[k] = {**out[k], **v} if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def validate_yaml(text: str) -> list:
    """Validate printed YAML as the spec loader would (spec.py when it exists)."""
    try:
        from tracker.spec import load_spec_text  # type: ignore[attr-defined]
    except ImportError:
        load_spec_text = None
    if load_spec_text is not None:
        targets, problems, _ = load_spec_text(text, "draft.yaml")
        assert not problems, problems
        return list(targets)
    doc = yaml.safe_load(text)
    assert set(doc) <= {"plan", "targets"}
    return [TARGET.validate_python(merged(doc.get("plan") or {}, t)) for t in doc["targets"]]


# --------------------------------------------------------------------------
# Numbers


@pytest.mark.parametrize(
    "text, value",
    [
        ("3500亿", 3500e8),
        ("1.08万亿", 1.08e12),
        ("两千", 2000),
        ("5千万", 5e7),
        ("十二", 12),
        ("一百零五", 105),
        ("三亿五千万", 3.5e8),
        ("1.2亿", 1.2e8),
        ("1,200", 1200),
        ("４５００", 4500),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("3500亿元", Quantity(3500, "亿元")),
        ("1.08万亿元", Quantity(1.08, "万亿元")),
        ("两千家", Quantity(2000, "家")),
        ("5千万元", Quantity(5000, "万元")),
        ("1.2亿部", Quantity(1.2, "亿部")),
        ("全覆盖", Quantity(100, "%")),
        ("9%", Quantity(9, "%")),
    ],
)
def test_parse_quantity(text, quantity):
    assert parse_quantity(text) == quantity


@pytest.mark.parametrize("text", ["", "亿", "万万", "abc", "1e5", "三x", "5千万"])
def test_parse_quantity_errors(text):
    with pytest.raises(NumberError):
        parse_quantity(text)


@given(st.text(max_size=30))
@settings(max_examples=400)
def test_number_parser_never_crashes(text):
    for parse in (parse_number, parse_quantity):
        try:
            parse(text)
        except NumberError:
            pass


@given(st.text(alphabet="0123456789.,零〇一二两三四五六七八九十百千万亿多余%元家个", max_size=12))
@settings(max_examples=400)
def test_number_parser_never_crashes_on_number_like_text(text):
    for parse in (parse_number, parse_quantity):
        try:
            parse(text)
        except NumberError:
            pass


# --------------------------------------------------------------------------
# Pattern families, on invented sentences


def test_deadline_to_year_and_comparators():
    t = one("到2026年,全市数字经济核心产业营业收入突破500亿元。", year=2024, region="赣州市")
    assert (t["due"], t["target"], t["region"]) == (2026, {"value": 500, "unit": "亿元"}, "赣州市")
    assert "qualifier" not in t  # at_least, the default
    assert one("到2025年,单位能耗控制在0.5吨以内。", year=2023)["qualifier"] == "at_most"
    assert one("到2025年,产业规模达到1000亿元左右。", year=2023)["qualifier"] == "about"
    assert one("到2025年,研发投入不低于30亿元。", year=2023)["target"]["value"] == 30


@pytest.mark.parametrize(
    "sentence, due",
    [
        ("到“十四五”末,全省高新技术企业数量超过1.5万家。", 2025),
        ("今年,全市外贸进出口总额力争达到800亿元。", 2024),
        ("年内新增市场主体2万户。", 2024),
        ("全年完成固定资产投资300亿元以上。", 2024),
        ("明年全县旅游收入达到50亿元。", 2025),
        ("力争两年内全区规模以上工业企业达到500家。", 2026),
    ],
)
def test_relative_deadlines(sentence, due):
    assert one(sentence, year=2024)["due"] == due


def test_year_from_the_paragraph_and_from_the_document_date():
    text = "2024年1月20日\n今年主要预期目标是:地区生产总值增长6%左右;城镇新增就业4万人以上;城镇调查失业率5.5%左右。"
    result = extract_text(text)
    kinds = [(t["kind"], t["due"], t["target"]) for t in result.targets]
    assert kinds == [
        ("growth", 2024, {"rate": 6}),
        ("level", 2024, {"value": 4, "unit": "万人"}),
        ("level", 2024, {"value": 5.5, "unit": "%"}),
    ]
    assert result.plan["source"]["date"] == "2024-01-20"
    assert result.targets[2]["flow"] is False


def test_growth_and_decline():
    t = one("今年全市规模以上工业增加值增长8%以上。", year=2024)
    assert (t["kind"], t["target"], t["indicator"]) == ("growth", {"rate": 8}, "规上工业增加值")
    t = one("今年单位地区生产总值能耗下降3%以上。", year=2024)
    assert (t["kind"], t["target"], t["qualifier"]) == ("growth", {"rate": -3}, "at_most")
    t = one("今年全县固定资产投资保持两位数增长。", year=2024)
    assert (t["kind"], t["target"]) == ("growth", {"rate": 10})


def test_cagr_takes_the_base_from_the_plan_period():
    text = "《某市工业发展规划(2021—2025年)》\n到2025年,全市工业总产值年均增长7%左右。"
    t = one(text, year=2021)
    assert (t["kind"], t["target"], t["base"], t["qualifier"]) == ("cagr", {"rate": 7}, {"period": "2020"}, "about")


def test_relative_goals():
    t = one("力争到2027年,全市数字经济规模比2022年翻一番。", year=2023)
    assert t["target"] == {"times": 2} and t["base"]["period"] == "2022"
    assert one("到2030年,产业规模翻两番。", year=2023)["target"] == {"times": 4}
    t = one("到2025年,研发经费投入强度再提高0.5个百分点。", year=2023)
    assert t["target"] == {"plus": 0.5} and "base" in t


def test_full_coverage_is_100_percent_of_a_stock():
    t = one("力争年内全市规上工业企业数字化改造全覆盖。", year=2024)
    assert t["target"] == {"value": 100, "unit": "%"} and t["flow"] is False


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("今年新培育专精特新中小企业500家。", 500, "家"),
        ("今年新增上市公司5家。", 5, "家"),
        ("年内实施重点技改项目300项。", 300, "项"),
        ("今年将打造10个数字化转型示范园区。", 10, "个"),
        ("全年举办招商推介活动20场以上。", 20, "场"),
        ("今年引进高层次人才两千名。", 2000, "名"),
    ],
)
def test_counts(sentence, value, unit):
    t = one(sentence, year=2024)
    assert t["target"] == {"value": value, "unit": unit}


def test_stretch_pairs():
    t = one("到2026年全省光伏产业营收超过2000亿元、力争2500亿元。", year=2023)
    assert t["target"]["value"] == 2000 and t["stretch"] == {"value": 2500, "unit": "亿元"}
    t = one("今年全市地区生产总值增长6%、力争7%。", year=2024)
    assert t["target"] == {"rate": 6} and t["stretch"] == {"rate": 7}


def test_big_numbers_and_chinese_numerals():
    assert one("到2026年电子信息产业营收达到1.08万亿元。", year=2024)["target"] == {"value": 1.08, "unit": "万亿元"}
    assert one("到2025年全市手机产量达到1.2亿部。", year=2024)["target"] == {"value": 1.2, "unit": "亿部"}


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年全省规模以上工业营业收入达到40922.2亿元。",
        "2023年新培育专精特新中小企业4120家。",
        "上半年,全省规模以上工业增加值同比增长8.8%。",
        "去年全市新增市场主体3万户。",
        "目前全省已有高新技术企业6000家。",
        "制造业增加值占全省地区生产总值比重保持在33%左右、居全国前列。",
        "培育省级产业集群136个。",
        "在去年3亿元以上工业企业研发机构全覆盖基础上,全市继续推进。",
    ],
)
def test_past_results_are_not_goals(sentence):
    none(sentence, year=2024)


def test_thresholds_are_not_targets():
    t = one("力争两年内年营收5千万元以上工业企业研发机构全覆盖。", year=2023)
    assert t["target"] == {"value": 100, "unit": "%"}


def test_past_results_offered_as_figures():
    result = extract_text("2023年全省规模以上工业营业收入达到40922.2亿元。", year=2024, region="江西省")
    assert result.figures and result.figures[0]["period"] == "2023"
    assert result.figures[0]["value"] == 40922.2
    assert "40922.2" in figures_csv(result)


def test_region_from_the_speaker():
    text = (
        "宜春市委常委、副市长龚法生出席发布会。\n"
        "龚法生:\n"
        "到2026年锂电产业营收超过3500亿元、力争4500亿元。\n"
    )
    result = extract_text(text, year=2023)
    assert result.targets[0]["region"] == "宜春市"
    assert "region" in result.review[0]["guessed"]


def test_region_from_the_section():
    text = "一、赣州市\n今年全市稀土产业营收达到800亿元。\n二、吉安市\n今年全市电子信息产业营收达到1500亿元。"
    assert [t["region"] for t in extract_text(text, year=2024).targets] == ["赣州市", "吉安市"]


# --------------------------------------------------------------------------
# Input forms


def test_gb18030_and_utf8_bom(tmp_path):
    text = "到2026年,全市锂电产业营收超过3500亿元。"
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_document(tmp_path / "gb.txt") == text
    assert read_document(tmp_path / "bom.txt") == text


def test_traditional_characters_keep_the_original_quote():
    text = "到2026年,全市鋰電產業營收超過3500億元、力爭4500億元。"
    t = one(text, year=2023)
    assert t["target"] == {"value": 3500, "unit": "亿元"} and t["stretch"]["value"] == 4500
    assert t["source"]["quote"] in text and "億" in t["source"]["quote"]


def test_full_width_text_quotes_stay_exact():
    text = "到２０２６年，全市营收超过３５００亿元。"
    t = one(text, year=2023)
    assert t["due"] == 2026 and t["target"]["value"] == 3500
    assert t["source"]["quote"] in text


# --------------------------------------------------------------------------
# The seeds: gold, recall and precision, valid output

GOLD = yaml.safe_load((DATA / "gold.yaml").read_text(encoding="utf-8"))["documents"]


def _number(g: dict) -> tuple[str, float]:
    for k in ("value", "rate", "times", "plus"):
        if k in g:
            return k, float(g[k])
    raise AssertionError(g)


def _matches(spec: dict, g: dict) -> bool:
    quote = spec["source"]["quote"]
    title = spec["title"]
    if not any(q in quote and (q in title or title in q) for q in g["quotes"]):
        return False
    k, v = _number(g)
    return spec["kind"] == g["kind"] and spec["target"].get(k) == pytest.approx(v)


def _field_errors(spec: dict, g: dict) -> list[str]:
    out = []
    for f in ("due", "region", "qualifier"):
        want = g.get(f, "at_least" if f == "qualifier" else None)
        got = spec.get(f, "at_least" if f == "qualifier" else None)
        if want is not None and got != want:
            out.append(f"{f}: {got} (gold {want})")
    if "unit" in g and spec["target"].get("unit") != g["unit"]:
        out.append(f"unit: {spec['target'].get('unit')} (gold {g['unit']})")
    if "stretch" in g and (spec.get("stretch") or {}).get("value", (spec.get("stretch") or {}).get("rate")) != g["stretch"]:
        out.append(f"stretch: {spec.get('stretch')} (gold {g['stretch']})")
    if "base" in g and (spec.get("base") or {}).get("period") != g["base"]:
        out.append(f"base: {spec.get('base')} (gold {g['base']})")
    return out


def test_recall_and_precision_on_the_seeds(capsys):
    found = gold_total = matched_gold = correct = 0
    lines = []
    for name, doc in GOLD.items():
        result = extract_text(read_document(DATA / name), document=name)
        goals = doc["goals"]
        gold_total += len(goals)
        found += len(result.targets)
        hit = [False] * len(goals)
        for spec in result.targets:
            ok = [i for i, g in enumerate(goals) if _matches(spec, g)]
            if ok:
                correct += 1
                for i in ok:
                    hit[i] = True
                errors = _field_errors(spec, goals[ok[0]])
                if errors:
                    lines.append(f"  field {name} {spec['id']}: {'; '.join(errors)}")
            else:
                lines.append(f"  extra {name}: {spec['title']}")
        matched_gold += sum(hit)
        lines += [f"  missed {name}: {g['quotes'][0]}" for g, h in zip(goals, hit) if not h]
    recall = matched_gold / gold_total
    precision = correct / found if found else 0.0
    with capsys.disabled():
        print(f"\nextract on the seeds: recall {recall:.2f} ({matched_gold}/{gold_total}), "
              f"precision {precision:.2f} ({correct}/{found})")
        print("\n".join(lines))
    assert recall >= 0.9
    assert precision >= 0.8


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_output_validates_as_printed(name):
    result = extract_text(read_document(DATA / name), document=name)
    for spec in result.targets:
        TARGET.validate_python(merged(result.plan, spec))
        assert spec["source"]["quote"] in read_document(DATA / name)
    text = to_yaml(result, figures=True)
    targets = validate_yaml(text)
    assert len(targets) == len(result.targets)
    ids = [t["id"] for t in result.targets]
    assert len(ids) == len(set(ids))
    # the review is readable YAML once the comment marks are removed
    block = text[text.index("# review:"):].split("\n\n")[0]
    review = yaml.safe_load("\n".join(line[2:] for line in block.splitlines()))["review"]
    assert {r["id"] for r in review if "id" in r} >= set(ids)


def test_yaml_keeps_chinese_readable_and_empty_input_is_valid():
    text = to_yaml(extract_text("到2026年,全市营收超过3500亿元。", year=2023, document="x.txt"))
    assert "营收超过3500亿元" in text and "\\u" not in text
    validate_yaml(to_yaml(extract_text("没有目标。")))


def test_invented_work_report_sections(tmp_path):
    """Past results in the 回顾 section are figures; the 工作安排 section gives the year."""
    path = tmp_path / "report.txt"
    path.write_bytes((DATA / "work_report_invented.txt").read_text(encoding="utf-8").encode("gb18030"))
    result = extract_text(read_document(path), year=2024, region="某市", document="report.txt")
    got = {(t["kind"], t["due"], tuple(sorted(t["target"].items()))) for t in result.targets}
    assert ("growth", 2024, (("rate", 6.0),)) in got
    assert ("growth", 2024, (("rate", -2.5),)) in got
    assert ("level", 2024, (("unit", "家"), ("value", 100.0))) in got  # 新培育…100家, section year
    assert ("level", 2025, (("plus", 0.3),)) in got
    assert not any("6.2" in t["title"] or "3.2万户" in t["title"] for t in result.targets)
    assert {t["region"] for t in result.targets} == {"某市"}
    # 亿斤 is a mass unit: the grain goal is a target, in the unit it was stated in
    assert ("level", 2024, (("unit", "亿斤"), ("value", 30.0))) in got
    validate_yaml(to_yaml(result))
