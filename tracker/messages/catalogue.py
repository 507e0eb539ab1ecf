"""The catalogue itself: messages by code, registered by the modules of this package, and said in a
language (see the package's text)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Message", "Phrase", "register", "say", "has", "LANGS", "catalogue", "quote"]

LANGS = ("zh", "en")


@dataclass(frozen=True, slots=True)
class Message:
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


_CATALOGUE: dict[str, Message] = {}


def register(table: Mapping[str, tuple[str, str]]) -> None:
    """Add ``{code: (chinese, english)}``; a code registered twice is a bug."""
    for code, (zh, en) in table.items():
        if code in _CATALOGUE and _CATALOGUE[code] != Message(zh, en):
            raise ValueError(f"message code {code!r} registered twice with different texts")
        _CATALOGUE[code] = Message(zh, en)


def has(code: str) -> bool:
    return code in _CATALOGUE


#: Quoted text longer than this is cut short (an enormous cell in a problem message).
MAX_QUOTED = 200


def say(code: str, lang: str = "zh", /, **params: object) -> str:
    """The message ``code`` in ``lang`` (zh or en), its ``{placeholders}`` filled from ``params``."""
    return _CATALOGUE[code].text(lang).format_map({k: _param(v, lang) for k, v in params.items()})


def _param(value: object, lang: str) -> object:
    if callable(getattr(value, "text", None)):  # a Phrase, or words given in both languages
        return value.text(lang)
    if isinstance(value, tuple | list):
        return ("、" if lang != "en" else ", ").join(str(_param(v, lang)) for v in value)
    if isinstance(value, str):
        if len(value) > MAX_QUOTED:
            value = value[:MAX_QUOTED] + say("text.cut", lang, n=f"{len(value):,}")
        return value.translate(_ESCAPES)  # a line break in a cell must not break the problem's line
    return value


_ESCAPES = str.maketrans({"\n": "\\n", "\r": "\\r", "\t": "\\t"})


def quote(text: object, lang: str) -> str:
    """Text from an input, quoted as each language quotes: “x” or 'x'."""
    return f"“{text}”" if lang != "en" else f"'{text}'"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A message not yet said: its code and parameters (hashable: tuples, not lists)."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, /, **params: object) -> Phrase:
        if code not in _CATALOGUE:
            raise KeyError(f"no message {code!r} in the catalogue")
        return cls(code, tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))

    def text(self, lang: str = "zh") -> str:
        return say(self.code, lang, **dict(self.params))

    def __str__(self) -> str:
        return self.text("zh")


def catalogue() -> Mapping[str, Message]:
    """Every registered message, for tests (each has both languages and the same placeholders)."""
    return dict(_CATALOGUE)


register({
    "example": ("{n}个示例", "{n} example(s)"),
    "text.cut": ("…（共{n}个字符）", "… ({n} characters)"),
})
