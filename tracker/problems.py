"""Problems found in inputs: data, never exceptions.

Every stage (spec loading, import, evaluation) returns the problems it found
alongside its results, each naming the file and the place in it, so that a
user sees every problem at once and where to fix it.

A problem is made from its reason and the parameters its message needs
(``Problem.of(file, place, Reason.UNKNOWN_UNIT, unit="万元/吨")``); its words
come from the catalogue (tracker.messages.problems) in the reader's language:
``text(lang)``, ``render(lang)``, ``as_json(lang)``. ``message`` holds the
text in the default language, Chinese. A problem made the old way, with a
message of its own (``Problem(file, place, message, reason)``), says that
message in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.messages import Phrase
from tracker.messages.problems import Reason, place_text, where_text

__all__ = ["Problem", "Reason", "InputError", "ERROR", "WARNING", "has_errors"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one input file.

    file:    the file as the user knows it (relative to the targets or actuals folder)
    place:   where in it: ``line 12``, ``Sheet1!D7``, ``sheet 数据`` or ``""`` for the whole file
    message: what is wrong, in words a statistician understands, in Chinese (the default
             language); ``text("en")`` says it in English
    reason:  a short stable code (a ``Reason``: ``unknown-unit``, ``bad-period`` …) for scripts and tests
    severity: ``error`` (the file, or the figure, is not used) or ``warning`` (the data is
             used, but looks wrong: a likely unit slip, a misspelt name); warnings never
             change an exit code
    """

    file: str
    place: str
    message: str
    reason: str = "invalid"
    severity: str = "error"
    #: the message's code and parameters in the catalogue; None for a message of its own
    phrase: Phrase | None = None

    @classmethod
    def of(cls, file: str, place: str, reason: Reason, said: Phrase | str = "", /, *, severity: str = "error",
           **params: object) -> Problem:
        """The problem ``reason`` at ``place`` in ``file``, said by the catalogue's message
        ``problem.<reason>`` (``said``: ``problem.<reason>.<said>``, or a Phrase of its own)
        with ``params``."""
        reason = Reason(reason)
        if not isinstance(said, Phrase):
            said = Phrase.of(f"problem.{reason.value}" + (f".{said}" if said else ""), **params)
        return cls(file, place, said.text("zh"), reason.value, severity, said)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def text(self, lang: str = "zh") -> str:
        """What is wrong, in ``lang`` (zh or en)."""
        return self.message if self.phrase is None else self.phrase.text(lang)

    def where(self, lang: str = "zh") -> str:
        """The place in words (``第12行``, ``line 12``, ``数据!D7``)."""
        return place_text(self.place, lang)

    def render(self, lang: str = "zh") -> str:
        """One line: the file, the place and what is wrong."""
        return where_text(self.file, self.place, self.text(lang), lang)

    def as_json(self, lang: str = "zh") -> dict[str, str]:
        """The problem for scripts: ``place`` as data (``line 12``), ``message`` in ``lang``."""
        return {"file": self.file, "place": self.place, "message": self.text(lang), "reason": self.reason,
                "severity": self.severity}


ERROR = "error"
WARNING = "warning"


def line_place(line: int) -> str:
    """The place of a line of a text file as problems name it (``line 12``); "" for none (0)."""
    return f"line {line}" if line else ""


def problems_at_lines(file: str, issues) -> list[Problem]:
    """Problems of ``file`` from (line, message, reason) triples, as a YAML reader reports them."""
    return [Problem.of(file, line_place(line), reason, message) for line, message, reason in issues]


def has_errors(problems) -> bool:
    """Whether any of ``problems`` is an error (warnings never change an exit code)."""
    return any(p.severity == ERROR for p in problems)


class InputError(ValueError):
    """Raised by the small parsers (periods, units, numbers) for bad text.

    Callers turn it into a Problem with the file and place they know. It is made
    from a catalogue message (a Phrase): ``text(lang)`` says it in the reader's
    language; ``str(e)`` is the English, for logs and developers.
    """

    reason = "invalid"

    def __init__(self, message: Phrase | str, reason: str | None = None):
        self.phrase = message if isinstance(message, Phrase) else None
        super().__init__(message.text("en") if isinstance(message, Phrase) else message)
        if reason is not None:
            self.reason = str(Reason(reason).value)

    @classmethod
    def of(cls, code: str, reason: str | None = None, /, **params: object) -> InputError:
        """The error said by the catalogue's message ``code`` with ``params``."""
        return cls(Phrase.of(code, **params), reason)

    def text(self, lang: str = "zh") -> str:
        return self.phrase.text(lang) if self.phrase is not None else str(self)

    def as_phrase(self) -> Phrase:
        """The error's message as a Phrase (one made from plain text says that text)."""
        return self.phrase if self.phrase is not None else Phrase.of("text.raw", text=str(self))
