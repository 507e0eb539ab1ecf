"""Every text a user reads, in Chinese (the default) and English, keyed by a code.

Problems, run summaries, ``tracker runs``, ``history``, ``status``, the 简报 and
the report's labels are rendered from here, never from strings scattered through
the code: code that finds something wrong names a reason code and its
parameters, and the catalogue says it in the reader's language.

    >>> from tracker.messages import say
    >>> say("example", "en", n=3)
    '3 example(s)'

Each area keeps its own table in a module of this package (``problems``,
``runs`` …), registered with ``register`` when this package is imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Message", "register", "say", "has", "LANGS", "catalogue"]

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


def say(code: str, lang: str = "zh", **params: object) -> str:
    """The message ``code`` in ``lang`` (zh or en), its ``{placeholders}`` filled from ``params``."""
    return _CATALOGUE[code].text(lang).format(**params)


def catalogue() -> Mapping[str, Message]:
    """Every registered message, for tests (each has both languages and the same placeholders)."""
    return dict(_CATALOGUE)


register({"example": ("{n}个示例", "{n} example(s)")})
