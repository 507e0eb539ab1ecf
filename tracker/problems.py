"""Problems found in inputs: data, never exceptions.

Every stage (spec loading, import, evaluation) returns the problems it found
alongside its results, each naming the file and the place in it, so that a
user sees every problem at once and where to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one input file.

    file:    the file as the user knows it (relative to the targets or actuals folder)
    place:   where in it: ``line 12``, ``Sheet1!D7``, ``sheet 数据`` or ``""`` for the whole file
    message: what is wrong, in words a statistician understands
    reason:  a short stable code (``unknown-unit``, ``bad-period`` …) for scripts and tests
    severity: ``error`` (the file, or the figure, is not used) or ``warning`` (the data is
             used, but looks wrong: a likely unit slip, a misspelt name); warnings never
             change an exit code
    """

    file: str
    place: str
    message: str
    reason: str = "invalid"
    severity: str = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def render(self) -> str:
        where = f"{self.file}, {self.place}" if self.place else self.file
        return f"{where}: {self.message}"

    def as_json(self) -> dict[str, str]:
        return {"file": self.file, "place": self.place, "message": self.message, "reason": self.reason,
                "severity": self.severity}


ERROR = "error"
WARNING = "warning"


def has_errors(problems) -> bool:
    """Whether any of ``problems`` is an error (warnings never change an exit code)."""
    return any(p.severity == ERROR for p in problems)


class InputError(ValueError):
    """Raised by the small parsers (periods, units, numbers) for bad text.

    Callers turn it into a Problem with the file and place they know.
    """

    reason = "invalid"

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        if reason is not None:
            self.reason = reason
