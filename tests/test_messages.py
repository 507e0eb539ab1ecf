"""The message catalogue: every code says the same thing in both languages."""

import string

import tracker.messages as messages


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_say_fills_placeholders_in_either_language():
    assert messages.say("example", "zh", n=3) == "3个示例"
    assert messages.say("example", "en", n=3) == "3 example(s)"


def test_every_message_has_the_same_placeholders_in_both_languages():
    for code, m in messages.catalogue().items():
        assert m.zh.strip() and m.en.strip(), code
        assert _fields(m.zh) == _fields(m.en), code


def test_every_reason_has_its_message_in_both_languages():
    from tracker.messages.problems import Reason

    codes = messages.catalogue()
    for reason in Reason:
        said = [c for c in codes if c == f"problem.{reason.value}" or c.startswith(f"problem.{reason.value}.")]
        assert said, reason
        for code in said:
            m = codes[code]
            assert (m.zh != m.en or m.zh in ("{text}", "{detail}")) and _fields(m.zh) == _fields(m.en), code


def test_a_problem_is_said_in_the_readers_language():
    from tracker.problems import Problem, Reason

    p = Problem.of("a.csv", "line 7", Reason.BAD_VALUE, "not-number", text="12,3x")
    assert (p.reason, p.message) == ("bad-value", "“12,3x”不是数字")
    assert p.render() == "a.csv，第7行：“12,3x”不是数字"
    assert p.render("en") == "a.csv, line 7: '12,3x' is not a number"
    assert p.as_json("en")["message"] == "'12,3x' is not a number" and p.as_json()["place"] == "line 7"
    old = Problem("a.csv", "", "as written", "bad-value")  # the old way: its own words in every language
    assert old.text("zh") == old.text("en") == "as written"


def test_parse_errors_carry_their_words():
    import pytest

    from tracker.periods import PeriodError, parse_period
    from tracker.units import UnitError, parse_unit

    with pytest.raises(PeriodError) as e:
        parse_period("2024年13月")
    assert e.value.text("zh") == "“2024年13月”：没有13月" and "no month 13" in str(e.value)
    with pytest.raises(UnitError) as u:
        parse_unit("万元/吨")
    assert u.value.text("zh") == "单位“万元/吨”无法识别" and u.value.reason == "unknown-unit"
