"""What a text's drafts say, as short tuples the rule tests compare with hand-worked values."""

from __future__ import annotations

from tracker.extract import extract_text


def values(text: str, **kw) -> list[tuple]:
    """(due, number, unit) of every draft, sorted: the number is the value or the rate."""
    out = []
    for t in extract_text(text, **kw).targets:
        target = t["target"]
        out.append((t["due"], target.get("value", target.get("rate")), target.get("unit")))
    return sorted(out)


def drafts(text: str, **kw) -> list[tuple]:
    """(region, kind, due, number, unit) of every draft, sorted: the number is the value, the rate or the plus."""
    out = []
    for t in extract_text(text, **kw).targets:
        target = t["target"]
        number = target.get("value", target.get("rate", target.get("plus")))
        out.append((t["region"], t["kind"], t["due"], number, target.get("unit")))
    return sorted(out, key=repr)
