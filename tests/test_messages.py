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
