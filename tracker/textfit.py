"""Fitting text for people to a terminal's width without breaking a word.

    fit("运行 #3 … 1 file(s) imported", 80, indent="    ") -> ["运行 #3 …", "    1 file(s) imported"]

A line breaks at a space, or between two Chinese characters (as Chinese text
does), never inside a run of Latin letters, digits and signs ("file(s)",
"2024-06") nor inside a path (a word with a slash, whatever its letters): such a
run longer than the line stands alone on its line, whole. Chinese closing punctuation stays with the character before it, opening
punctuation with the one after. Widths are terminal cells (a Chinese character
takes two).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.cells import cell_len

__all__ = ["fit", "fit_all", "WIDTH"]

WIDTH = 80

_WIDE = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
_TOKEN = re.compile(rf"(\s+)|([^\s{_WIDE}]*[/\\]\S*)|([{_WIDE}])|([^\s{_WIDE}]+)")
_CLOSING = set("，。、；：！？）」』】》〉”’%")
_OPENING = set("（「『【《〈“‘")


def _pieces(text: str) -> list[tuple[str, bool]]:
    """(piece, after a space): pieces are paths, runs of narrow signs and single wide characters."""
    out: list[tuple[str, bool]] = []
    space = False
    for m in _TOKEN.finditer(text):
        blank, path, wide, narrow = m.groups()
        if blank is not None:
            space = True
            continue
        piece = path or wide or narrow
        glued = bool(out) and not space and (
            piece[0] in _CLOSING  # no line starts with a closing mark
            or out[-1][0][-1] in _OPENING  # none ends with an opening one
            or (wide is None and not _is_wide(out[-1][0][-1]))  # two narrow runs met without a space
        )
        if glued:
            out[-1] = (out[-1][0] + piece, out[-1][1])
        else:
            out.append((piece, space))
        space = False
    return out


def _is_wide(ch: str) -> bool:
    return re.match(f"[{_WIDE}]", ch) is not None


def fit(text: str, width: int = WIDTH, indent: str = "", first: str = "") -> list[str]:
    """``text`` as lines of at most ``width`` cells (see the module's text).

    ``first`` starts the first line, ``indent`` the others.
    """
    lines: list[str] = []
    line, used = first, cell_len(first)
    start = True  # nothing on the line yet after its prefix
    for piece, spaced in _pieces(text):
        gap = " " if spaced and not start else ""
        need = cell_len(gap) + cell_len(piece)
        if not start and used + need > width:
            lines.append(line.rstrip())
            line, used = indent, cell_len(indent)
            gap, need = "", cell_len(piece)
        line += gap + piece
        used += need
        start = False
    lines.append(line.rstrip())
    return lines


def fit_all(texts: Iterable[str], width: int = WIDTH, indent: str = "  ") -> list[str]:
    """Each text fitted on lines of its own, continued lines indented."""
    out: list[str] = []
    for text in texts:
        out.extend(fit(text, width, indent=indent))
    return out


def clip(text: str, width: int = WIDTH) -> str:
    """``text`` on one line of at most ``width`` cells, cut after a space or a Chinese character
    (never inside a word or number), with … after what is kept."""
    if cell_len(text) <= width:
        return text
    kept, used, cut = "", 0, 0
    for i, ch in enumerate(text):
        used += cell_len(ch)
        if used > width - 1:
            break
        kept += ch
        if ch == " " or _is_wide(ch):
            cut = i + 1
    return (text[:cut] if cut else kept).rstrip() + "…"
