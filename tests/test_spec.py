"""Target specs: targets/*.yaml to targets, every problem with its line (CONTRACT §1)."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.model import CagrTarget, GrowthTarget, LevelTarget, Qualifier
from tracker.spec import Aliases, SpecResult, load_spec_text, load_targets, normalise_name

CONTRACT_EXAMPLE = """\
plan:
  region: 宜春市
  source: {document: 江西省“1269”行动计划新闻发布会, date: "2023-07-14"}
targets:
  - id: yc-lithium-revenue-2026
    title: 到2026年锂电产业营收超过3500亿元、力争4500亿元
    indicator: 锂电产业营业收入
    kind: level
    due: 2026
    base: {period: "2022", value: 1117, unit: 亿元}
    target: {value: 3500, unit: 亿元}
    stretch: {value: 4500, unit: 亿元}
    source: {quote: 到2026年锂电产业营收超过3500亿元、力争4500亿元的目标}
  - id: jx-revenue-cagr-2026
    title: 全省规模以上工业营业收入年均增长9%左右
    region: 江西省
    indicator: 规上工业营业收入
    kind: cagr
    due: 2026
    base: {period: "2022"}
    target: {rate: 9}
    qualifier: about
"""

# One valid level target, to be varied by the error tests (line 2 is `- id:`).
ONE = """\
targets:
  - id: t1
    title: 到2026年营收超过3500亿元
    region: 宜春市
    indicator: 锂电产业营业收入
    kind: level
    due: 2026
    target: {value: 3500, unit: 亿元}
"""


def load(text: str, file: str = "t.yaml"):
    return load_spec_text(textwrap.dedent(text), file)


def only_problem(text: str):
    targets, problems, places = load(text)
    assert targets == () and places == {}
    assert len(problems) == 1, problems
    return problems[0]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# --------------------------------------------------------------------------
# Valid specs


def test_contract_example_loads():
    targets, problems, places = load(CONTRACT_EXAMPLE, "jx.yaml")
    assert problems == ()
    lithium, cagr = targets
    assert isinstance(lithium, LevelTarget) and isinstance(cagr, CagrTarget)
    assert lithium.id == "yc-lithium-revenue-2026"
    assert lithium.region == "宜春市"  # from the plan
    assert lithium.source.document == "江西省“1269”行动计划新闻发布会"  # from the plan
    assert lithium.source.date == "2023-07-14"
    assert lithium.source.quote.startswith("到2026年锂电产业营收超过3500亿元")  # its own
    assert (lithium.target.value, lithium.target.unit) == (3500, "亿元")
    assert lithium.stretch.value == 4500
    assert (lithium.base.period, lithium.base.value) == ("2022", 1117)
    assert lithium.flow is True and lithium.qualifier is Qualifier.AT_LEAST
    assert cagr.region == "江西省"  # its own value wins over the plan's
    assert cagr.source.document == "江西省“1269”行动计划新闻发布会" and cagr.source.quote is None
    assert cagr.target.rate == 9 and cagr.qualifier is Qualifier.ABOUT
    assert cagr.base.value is None
    assert places == {"yc-lithium-revenue-2026": "jx.yaml:5", "jx-revenue-cagr-2026": "jx.yaml:14"}


def test_plan_defaults_merge_one_level_deep():
    targets, problems, _ = load(
        """\
        plan:
          region: 宜春市
          kind: level
          tags: [锂电]
          owner: 市工信局
          flow: false
          source: {document: 行动计划, date: 2023-07-14, quote: 计划的原话}
        targets:
          - id: a
            title: A
            indicator: 锂电企业数
            due: 2026
            target: {value: 100, unit: 家}
            source: {quote: 目标的原话}
          - id: b
            title: B
            indicator: 锂电产业营业收入
            kind: growth
            due: 2026
            target: {rate: 9}
            tags: [工业]
            source: {document: 另一份文件}
        """
    )
    assert problems == ()
    a, b = targets
    assert isinstance(a, LevelTarget) and a.flow is False and a.tags == ["锂电"] and a.owner == "市工信局"
    assert (a.source.document, a.source.date, a.source.quote) == ("行动计划", "2023-07-14", "目标的原话")
    # flow does not apply to growth targets and is not copied into them
    assert isinstance(b, GrowthTarget) and b.tags == ["工业"] and b.region == "宜春市"
    assert (b.source.document, b.source.date, b.source.quote) == ("另一份文件", "2023-07-14", "计划的原话")


def test_relative_targets_and_stretch():
    targets, problems, _ = load(
        """\
        targets:
          - id: double
            title: 到2025年营收翻番
            region: 南昌高新区
            indicator: 规上工业营业收入
            kind: level
            due: 2025
            base: {period: 2020, value: 1000, unit: 亿元}
            target: {times: 2}
            stretch: {times: 2.5}
          - id: share
            title: 占比提高2个百分点
            region: 江西省
            indicator: 数字经济核心产业增加值占比
            kind: level
            flow: false
            due: 2025
            base: {period: "2020", value: 5.2, unit: "%"}
            target: {plus: 2}
            stretch: {plus: 3}
        """
    )
    assert problems == ()
    double, share = targets
    assert double.target.times == 2 and double.target.is_relative and double.stretch.times == 2.5
    assert double.base.period == "2020"  # a year written as a number
    assert share.target.plus == 2 and share.stretch.plus == 3 and share.flow is False


@pytest.mark.parametrize(
    ("written", "qualifier", "tolerance"),
    [("", Qualifier.AT_LEAST, None), ("qualifier: at_most", Qualifier.AT_MOST, None),
     ("qualifier: about\n    tolerance: 0.3", Qualifier.ABOUT, 0.3)],
)
def test_qualifiers(written, qualifier, tolerance):
    text = f"""\
targets:
  - id: energy-2025
    title: 单位GDP能耗下降4%以上
    region: 江西省
    indicator: 单位GDP能耗
    kind: growth
    due: 2025
    target: {{rate: -4}}
    {written}
"""
    targets, problems, _ = load_spec_text(text, "t.yaml")
    assert problems == ()
    (t,) = targets
    assert t.qualifier is qualifier and t.tolerance == tolerance and t.target.rate == -4


def test_due_written_as_year_text_and_yaml_extras():
    problems = load(
        """\
        plan:
          owner: x
        x-defaults: &d {region: 江西省, indicator: 工业增加值, kind: growth}
        targets:
          - <<: *d
            id: g1
            title: 增长8%
            due: 2025
            target: {rate: 8}
        """
    )[1]
    # anchors and merge keys work, but an unknown top-level key is still a problem
    assert [(p.place, p.reason) for p in problems] == [("line 3", "bad-shape")]
    targets, problems, _ = load(
        """\
        targets:
          - &g1
            id: g1
            title: 增长8%
            region: 江西省
            indicator: 工业增加值
            kind: growth
            due: 2025年
            target: {rate: 8}
          - <<: *g1
            id: g2
            due: "2026"
        """
    )
    assert problems == ()
    assert [(t.id, t.due) for t in targets] == [("g1", 2025), ("g2", 2026)]


def test_empty_targets_list_is_no_problem():
    assert load("targets: []\n") == ((), (), {})
    assert load("targets:\n") == ((), (), {})


# --------------------------------------------------------------------------
# Problems, each with its line


def test_syntax_error_names_line_and_parser_message():
    p = only_problem(
        """\
        targets:
          - id: t1
            title: "unclosed
            kind: level
        """
    )
    assert p.reason == "yaml-syntax" and p.file == "t.yaml"
    assert p.place == "line 5"
    assert "YAML syntax error" in p.text("en") and "quoted scalar" in p.text("en") and "line 3" in p.text("en")
    p = only_problem("targets:\n  - id: a\n   title: b\n")
    assert p.place == "line 3" and p.reason == "yaml-syntax"


def test_tab_indentation_is_a_syntax_problem():
    p = only_problem("targets:\n\t- id: a\n")
    assert p.place == "line 2" and "tab" in p.text("en")


def test_duplicate_key():
    problems = load(ONE + "    due: 2027\n")[1]
    assert [(p.place, p.reason) for p in problems] == [("line 9", "duplicate-key")]
    assert "'due'" in problems[0].text("en") and "line 7" in problems[0].text("en")


def test_unknown_field_suggests_the_known_one():
    p = only_problem(ONE + "    tolerence: 0.1\n")
    assert (p.place, p.reason) == ("line 9", "unknown-field")
    assert p.text("en").startswith("target 't1': unknown field 'tolerence' (did you mean 'tolerance'? known fields: id, title,")


def test_unknown_field_in_nested_mapping():
    p = only_problem(ONE + "    source:\n      document: 文件\n      qoute: 原话\n")
    assert (p.place, p.reason) == ("line 11", "unknown-field")
    assert "unknown field 'qoute' in 'source'" in p.text("en") and "quote" in p.text("en")


def test_missing_field_on_the_target_line():
    p = only_problem(ONE.replace("    due: 2026\n", ""))
    assert (p.place, p.reason) == ("line 2", "missing-field")
    assert p.text("en") == "target 't1': field 'due' is required"


def test_missing_nested_field_on_its_mapping():
    growth = ONE.replace("kind: level", "kind: growth")
    p = only_problem(growth.replace("{value: 3500, unit: 亿元}", "{}"))
    assert (p.place, p.text("en")) == ("line 8", "target 't1': field 'target.rate' is required")
    problems = load(growth.replace("{value: 3500, unit: 亿元}", "\n      rates: 9"))[1]
    assert [(x.place, x.reason) for x in problems] == [("line 8", "missing-field"), ("line 9", "unknown-field")]
    assert "did you mean 'rate'?" in problems[1].text("en")


def test_missing_id_names_the_target_by_number():
    p = only_problem(ONE.replace("  - id: t1\n    title", "  - title"))
    assert (p.place, p.text("en")) == ("line 2", "target 1: field 'id' is required")


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("due: 2026", "due: next year", 7, "field 'due' must be a whole number, not 'next year'"),
        ("due: 2026", "due: 1800", 7, "field 'due' must be at least 1900"),
        ("title: 到2026年营收超过3500亿元", "title: 2026", 3, "field 'title' must be text, not 2026 (put it in quotes)"),
        ("region: 宜春市", "region: [宜春市]", 4, "field 'region' must be text, not a list"),
        ("target: {value: 3500, unit: 亿元}", "target: 3500", 8, "field 'target' must be a mapping"),
        ("target: {value: 3500, unit: 亿元}", "target: {value: lots, unit: 亿元}", 8, "field 'target.value' must be a number"),
        ("kind: level", "kind: level\n    flow: maybe", 7, "field 'flow' must be true or false"),
        ("kind: level", "kind: level\n    qualifier: 以上", 7, "field 'qualifier' must be 'at_least', 'at_most' or 'about'"),
        ("kind: level", "kind: level\n    tags: [锂电, 2024]", 7, "field 'tags[2]' must be text"),
        ("kind: level", "kind: level\n    tolerance: -1", 7, "field 'tolerance' must be at least 0"),
        ("title: 到2026年营收超过3500亿元", "title: '  '", 3, "field 'title': must not be empty"),
        ("target: {value: 3500, unit: 亿元}", "target: {value: 3500, unit: 亿元, times: 2}", 8,
         "field 'target': give exactly one of value (with unit), times or plus"),
    ],
)
def test_wrong_type_or_value(old, new, line, words):
    p = only_problem(ONE.replace(old, new))
    assert p.place == f"line {line}" and p.reason == "bad-value"
    assert words in p.text("en") and p.text("en").startswith("target 't1': ")


def test_union_field_wrong_type_is_one_problem():
    p = only_problem(ONE + "    source: {page: [1, 2]}\n")
    assert p.place == "line 9" and "field 'source.page' has the wrong type" in p.text("en")


@pytest.mark.parametrize(
    ("kind_line", "words", "reason", "line"),
    [
        ("    kind: levle\n", "'kind' must be one of level, growth, cagr, not 'levle'", "bad-kind", 6),
        ("    kind: [level]\n", "'kind' must be one of level, growth, cagr, not a list or mapping", "bad-kind", 6),
        ("    kind:\n", "'kind' must be one of level, growth, cagr, not empty", "bad-kind", 6),
        ("", "field 'kind' is required: level, growth or cagr", "missing-field", 2),
    ],
)
def test_bad_or_missing_kind(kind_line, words, reason, line):
    p = only_problem(ONE.replace("    kind: level\n", kind_line))
    assert (p.place, p.reason) == (f"line {line}", reason)
    assert p.text("en") == f"target 't1': {words}"


def test_due_not_after_base_points_at_base_period():
    p = only_problem(ONE + "    base:\n      period: 2026\n      value: 1000\n      unit: 亿元\n")
    assert p.place == "line 10" and "the base period 2026 must be before the due year 2026" in p.text("en")


@pytest.mark.parametrize("value", ["0", "-5"])
def test_cagr_needs_a_positive_base(value):
    text = ONE.replace("kind: level", "kind: cagr").replace("{value: 3500, unit: 亿元}", "{rate: 9}")
    p = only_problem(text + f"    base:\n      period: 2022\n      value: {value}\n")
    assert p.place == "line 11" and "positive base value" in p.text("en")


def test_cagr_without_base():
    p = only_problem(ONE.replace("kind: level", "kind: cagr").replace("{value: 3500, unit: 亿元}", "{rate: 9}"))
    assert (p.place, p.text("en")) == ("line 2", "target 't1': field 'base' is required")


@pytest.mark.parametrize("field", ["target", "stretch"])
def test_relative_target_without_base(field):
    text = ONE if field == "target" else ONE + "    stretch: {plus: 100}\n"
    text = text.replace("target: {value: 3500, unit: 亿元}", "target: {times: 2}") if field == "target" else text
    p = only_problem(text)
    line = 8 if field == "target" else 9
    assert p.place == f"line {line}" and f"{field} is relative to the base" in p.text("en")


def test_unknown_unit_points_at_the_unit():
    p = only_problem(ONE.replace("target: {value: 3500, unit: 亿元}", "target:\n      value: 3500\n      unit: 香蕉"))
    assert p.place == "line 10" and "unknown unit '香蕉'" in p.text("en")
    p = only_problem(ONE + "    base: {period: 2022, value: 1, unit: 香蕉}\n")
    assert p.place == "line 9" and "field 'base.unit'" in p.text("en") and "香蕉" in p.text("en")


@pytest.mark.parametrize("bad_id", ["../x", "a/b", "X1", "-a", "a b", "目标1"])
def test_path_like_or_malformed_ids_are_refused(bad_id):
    p = only_problem(ONE.replace("id: t1", f"id: '{bad_id}'"))
    assert p.place == "line 2" and "field 'id'" in p.text("en") and "lower-case" in p.text("en")


def test_duplicate_id_in_one_file():
    problems = load(ONE + ONE.removeprefix("targets:\n"))[1]
    assert [(p.place, p.reason) for p in problems] == [("line 9", "duplicate-id")]
    assert "already defined at t.yaml:2" in problems[0].text("en")


def test_every_problem_of_a_file_is_reported():
    text = ONE.replace("due: 2026", "due: soon") + ONE.removeprefix("targets:\n").replace("t1", "t2").replace("kind: level", "kind: x")
    problems = load(text)[1]
    assert [p.place for p in problems] == ["line 7", "line 13"]


def test_plan_problems_are_reported_once():
    text = "plan:\n  region: [宜春市]\n  id: all\n  colour: red\n" + ONE.replace("    region: 宜春市\n", "") + ONE.removeprefix(
        "targets:\n"
    ).replace("t1", "t2").replace("    region: 宜春市\n", "")
    problems = load(text)[1]
    assert [(p.place, p.text("en").split(":")[0]) for p in problems] == [
        ("line 3", "plan"),
        ("line 4", "plan"),
        ("line 2", "plan"),
    ]
    assert "field 'region' must be text" in problems[2].text("en")


@pytest.mark.parametrize(
    ("text", "place", "words"),
    [
        ("- id: a\n", "line 1", "must be a mapping with 'targets:'"),
        ("just text\n", "line 1", "must be a mapping with 'targets:'"),
        ("", "", "the file is empty"),
        ("# only a comment\n", "", "the file is empty"),
        ("plan: {region: x}\n", "", "no 'targets:' list"),
        ("targets: {id: a}\n", "line 1", "'targets' must be a list"),
        ("plan: [x]\ntargets: []\n", "line 1", "'plan' must be a mapping"),
        ("targets: []\nregions: {a: [b]}\n", "line 2", "aliases belong in aliases.yaml"),
        ("targets: [just text]\n", "line 1", "target 1 must be a mapping"),
        ("targets: []\n---\ntargets: []\n", "line 2", "more than one YAML document"),
        ("targets: !!python/object:os.system []\n", "line 1", "tag !!python/object:os.system is not allowed"),
        ("targets: [!foo x]\n", "line 1", "tag !foo is not allowed"),
        ("targets: []\nplan: {tags: [*nope]}\n", "line 2", "the alias *nope has no anchor"),
        ("targets: &a [*a]\n", "line 1", "refers to a collection that contains it"),
        ("targets: [{due: .inf}]\n", "line 1", "'.inf' is not a finite number"),
        ("? [a, b]\n: 1\ntargets: []\n", "line 1", "a key must be a single name"),
        ("targets: []\nx: \x07\n", "line 2", "control character (U+0007)"),
        ("targets: []\nx: \ud800\n", "line 2", "not valid Unicode"),
    ],
)
def test_malformed_files(text, place, words):
    problems = load_spec_text(text, "t.yaml")[1]
    assert problems, text
    assert (problems[0].place, problems[0].file) == (place, "t.yaml")
    assert words in problems[0].text("en"), problems[0].text("en")


def test_alias_bomb_is_refused_quickly():
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    bomb = "targets: []\nplan:\n" + "\n".join("  " + line for line in lines) + "\n"
    start = time.perf_counter()
    problems = load_spec_text(bomb, "bomb.yaml")[1]
    assert time.perf_counter() - start < 0.5
    assert problems[0].reason == "yaml-too-big" and "aliases" in problems[0].text("en")
    assert problems[0].place == "line 8"  # the first alias over the limit


def test_deep_nesting_is_refused_quickly():
    for text in ("targets: " + "[" * 100_000 + "]" * 100_000, "targets:\n" + "- " * 100_000 + "x\n"):
        start = time.perf_counter()
        problems = load_spec_text(text, "deep.yaml")[1]
        assert time.perf_counter() - start < 0.5
        assert problems[0].reason == "yaml-too-big" and "nested" in problems[0].text("en")


def test_merge_keys_that_repeat_a_big_mapping_are_bounded():
    keys = ", ".join(f"k{i}: {i}" for i in range(2000))
    text = "targets: []\nplan:\n  x: &big {" + keys + "}\n  many:\n" + "".join("    - {<<: *big}\n" for _ in range(200))
    start = time.perf_counter()
    problems = load_spec_text(text, "t.yaml")[1]
    assert time.perf_counter() - start < 1
    assert problems[0].reason == "yaml-too-big"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_never_raises(text):
    targets, problems, places = load_spec_text(text, "fuzz.yaml")
    assert all(p.file == "fuzz.yaml" for p in problems)
    assert bool(targets) == bool(places)


_yaml_alphabet = st.sampled_from(list("targets:plan-id kind level growth cagr due 2026 {}[],:'\"&*!<>#|\n  -\t?%@`\\"))


@settings(max_examples=300, deadline=None)
@given(st.text(_yaml_alphabet, max_size=200))
def test_yaml_like_text_never_raises(text):
    load_spec_text("targets:\n  - id: t1\n" + text, "fuzz.yaml")
    load_spec_text(text, "fuzz.yaml")


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10))
_values = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)
_fields = st.sampled_from(["id", "title", "region", "indicator", "kind", "due", "target", "stretch", "base", "source", "tags", "flow", "qualifier", "tolerance", "x"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(_fields, _values, max_size=10), max_size=3), st.dictionaries(_fields, _values, max_size=3))
def test_any_structure_gives_targets_or_problems_with_lines(targets, plan):
    import yaml

    text = yaml.safe_dump({"plan": plan, "targets": targets}, allow_unicode=True)
    loaded, problems, _ = load_spec_text(text, "fuzz.yaml")
    n_lines = len(text.splitlines()) + 1  # YAML also breaks lines at U+0085, U+2028
    for p in problems:
        assert p.place == "" or 1 <= int(p.place.removeprefix("line ")) <= n_lines
    assert loaded == () or problems == ()


# --------------------------------------------------------------------------
# Folders, ids across files, aliases


def test_load_targets_reads_every_yaml_file_sorted(tmp_path):
    write(tmp_path, "b.yml", ONE.replace("t1", "b1"))
    write(tmp_path, "a.yaml", CONTRACT_EXAMPLE)
    write(tmp_path, "sub/c.yaml", ONE.replace("t1", "c1"))
    write(tmp_path, ".hidden/d.yaml", ONE.replace("t1", "d1"))
    write(tmp_path, "notes.txt", "not yaml")
    result = load_targets(tmp_path)
    assert isinstance(result, SpecResult) and result.problems == ()
    assert result.files == ("a.yaml", "b.yml", "sub/c.yaml")
    assert [t.id for t in result.targets] == ["yc-lithium-revenue-2026", "jx-revenue-cagr-2026", "b1", "c1"]
    assert result.places["b1"] == "b.yml:2" and result.places["c1"] == "sub/c.yaml:2"
    assert result.aliases == Aliases()


def test_duplicate_id_across_files_leaves_the_later_file_out(tmp_path):
    write(tmp_path, "a.yaml", ONE)
    write(tmp_path, "b.yaml", ONE.replace("t1", "b-ok") + ONE.removeprefix("targets:\n"))
    result = load_targets(tmp_path)
    assert [t.id for t in result.targets] == ["t1"]
    (p,) = result.problems
    assert (p.file, p.place, p.reason) == ("b.yaml", "line 9", "duplicate-id")
    assert p.text("en") == "duplicate id 't1': already defined at a.yaml:2"
    assert "b-ok" not in result.places


def test_a_file_with_a_problem_is_left_out_and_the_others_used(tmp_path):
    write(tmp_path, "a.yaml", ONE + ONE.removeprefix("targets:\n").replace("t1", "t2").replace("due: 2026", "due: x"))
    write(tmp_path, "b.yaml", ONE.replace("t1", "b1"))
    result = load_targets(tmp_path)
    assert [t.id for t in result.targets] == ["b1"]
    assert [(p.file, p.place) for p in result.problems] == [("a.yaml", "line 14")]
    assert result.files == ("a.yaml", "b.yaml")


def test_an_id_in_a_file_with_problems_still_counts_as_taken(tmp_path):
    write(tmp_path, "a.yaml", ONE.replace("due: 2026", "due: x"))
    write(tmp_path, "b.yaml", ONE)
    result = load_targets(tmp_path)
    assert result.targets == ()
    assert [(p.file, p.reason) for p in result.problems] == [("a.yaml", "bad-value"), ("b.yaml", "duplicate-id")]


def test_encoding_problems(tmp_path):
    (tmp_path / "gbk.yaml").write_bytes(ONE.encode("gb18030"))
    (tmp_path / "bom.yaml").write_bytes(ONE.replace("t1", "bom").encode("utf-8-sig"))
    result = load_targets(tmp_path)
    assert [t.id for t in result.targets] == ["bom"]
    (p,) = result.problems
    assert (p.file, p.place, p.reason) == ("gbk.yaml", "line 3", "bad-encoding")
    assert "UTF-8" in p.text("en") and "GBK" in p.text("en")


@pytest.mark.parametrize("make", ["missing", "empty", "only-aliases", "a-file"])
def test_no_target_files(tmp_path, make):
    folder = tmp_path / "targets"
    if make != "missing" and make != "a-file":
        folder.mkdir()
    if make == "only-aliases":
        write(folder, "aliases.yaml", "regions: {a: [b]}\n")
    if make == "a-file":
        folder.write_text("x")
    result = load_targets(folder)
    assert result.targets == () and result.files == ()
    (p,) = result.problems
    assert (p.file, p.reason) == (str(folder), "no-targets") and "no target files" in p.text("en")


def test_aliases(tmp_path):
    write(tmp_path, "t.yaml", ONE)
    write(
        tmp_path,
        "aliases.yaml",
        """\
        regions:
          南昌高新区: [南昌高新技术产业开发区, 南昌 高新 开发区]
          宜春市: 宜春
        indicators:
          规上工业营业收入:
            - 规模以上工业营业收入
        """,
    )
    result = load_targets(tmp_path)
    assert result.problems == () and result.files == ("t.yaml",)
    aliases = result.aliases
    assert aliases.region("南昌高新技术产业开发区") == "南昌高新区"
    assert aliases.region("南昌高新开发区") == "南昌高新区"
    assert aliases.region(" 南昌高新区 ") == "南昌高新区"
    assert aliases.region("宜春") == "宜春市"
    assert aliases.region("赣州 市") == "赣州市"  # unknown: normalised
    assert aliases.indicator("规模以上工业营业收入") == "规上工业营业收入"
    assert aliases.indicator("ＧＤＰ") == "GDP"
    assert aliases.regions["南昌高新区"] == "南昌高新区"
    # targets keep names as written
    assert result.targets[0].region == "宜春市"


@pytest.mark.parametrize(
    ("text", "place", "words"),
    [
        ("regions:\n  a: [x]\n  b: [x]\n", "line 3", "'x' is listed under both 'a' (line 2) and 'b'"),
        ("regions:\n  a: [b]\n  b: [c]\n", "line 3", "'b' is listed under both 'a'"),
        ("places:\n  a: [b]\n", "line 1", "unknown section 'places'"),
        ("regions: [a, b]\n", "line 1", "'regions' must map each name"),
        ("regions:\n  a: [[b]]\n", "line 2", "must be text"),
        ("regions: {a: [b]\n", "line 2", "YAML syntax error"),
    ],
)
def test_alias_problems_are_reported_and_the_aliases_ignored(tmp_path, text, place, words):
    write(tmp_path, "t.yaml", ONE)
    write(tmp_path, "aliases.yaml", text)
    result = load_targets(tmp_path)
    assert [t.id for t in result.targets] == ["t1"]  # targets are still used
    assert result.aliases == Aliases()
    p = result.problems[0]
    assert (p.file, p.place) == ("aliases.yaml", place) and words in p.text("en"), p


def test_normalise_name():
    assert normalise_name(" 南昌 高新区\u3000") == "南昌高新区"
    assert normalise_name("ＧＤＰ\u200b１") == "GDP1"
