"""pydantic's validation errors in plain words, each with the line it is about.

An error's ``loc`` is walked through the target's model (to tell field names
from the labels pydantic adds for union members) and through the YAML tree (to
find the line of the key it names). A missing field is placed on the mapping
that lacks it; an error of the whole target, on the line its message is about
(the base, the target …) where that can be told, else on the target's line.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from tracker.messages import Phrase
from tracker.messages.problems import Words
from tracker.problems import InputError
from tracker.spec.yamltree import Mapping, Node, Scalar, Sequence

KINDS = ("level", "growth", "cagr")


@dataclass(frozen=True, slots=True)
class Located:
    line: int
    message: Phrase  # what is wrong, without the "target 'x': " prefix
    reason: str
    from_plan: bool  # the offending value came from the file's ``plan:``


# Errors of a whole model whose message tells which field they are about.
_WHOLE_MODEL_FIELDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"^the base period"), ("base", "period")),
    (re.compile(r"positive base value"), ("base", "value")),
    (re.compile(r"^target is relative"), ("target",)),
    (re.compile(r"^stretch is relative"), ("stretch",)),
    (re.compile(r"^times must"), ("times",)),
    (re.compile(r"^plus must"), ("plus",)),
    (re.compile(r"^(unknown unit|no unit given)"), ("unit",)),
)

#: pydantic's type errors → the catalogue's words for the type wanted
_TYPE_WORDS = {
    "string_type": "type.text",
    "int_type": "type.integer",
    "int_parsing": "type.integer",
    "int_from_float": "type.integer",
    "float_type": "type.number",
    "float_parsing": "type.number",
    "bool_type": "type.bool",
    "bool_parsing": "type.bool",
    "model_type": "type.mapping",
    "model_attributes_type": "type.mapping",
    "dict_type": "type.mapping",
    "list_type": "type.list",
    "none_required": "type.empty",
}


def locate_error(
    error: dict[str, Any], models: dict[str, type[BaseModel]], target: Mapping, plan_nodes: set[int]
) -> Located:
    """Translate one entry of ``ValidationError.errors()`` for one target."""
    kind_error = _kind_error(error, target)
    if kind_error is not None:
        return kind_error
    loc = list(error["loc"])
    model: Any = models.get(loc[0]) if loc else None
    if model is not None:
        loc = loc[1:]
    etype = error["type"]
    path: list[str | int] = []
    union_labels = False
    parent_model: Any = None
    node: Node | None = target
    line = target.line
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(part, int):
            path.append(part)
            node = node.items[part] if isinstance(node, Sequence) and 0 <= part < len(node.items) else None
            if node is not None:
                line = node.line
        elif _has_field(model, part) or (last and etype == "extra_forbidden"):
            path.append(part)
            if isinstance(node, Mapping) and part in node.items:
                line = node.key_lines[part]
                node = node.items[part]
            else:
                node = None
            parent_model, model = model, _field_model(model, part)
        else:
            union_labels = True  # a union member's label (``str``, ``int``): not a field
    message = str(error.get("msg", ""))
    if etype == "value_error":
        message = message.removeprefix("Value error, ")
        if node is not None and _is_model(model):  # an error of a whole model
            node, line, path = _refine(message, node, line, path)
    known = list(parent_model.model_fields) if etype == "extra_forbidden" and _is_model(parent_model) else []
    from_plan = node is not None and id(node) in plan_nodes
    return Located(line, _words(etype, message, path, error, known, union_labels), _reason(etype), from_plan)


def _is_model(model: Any) -> bool:
    return isinstance(model, type) and issubclass(model, BaseModel)


def _refine(message: str, node: Node, line: int, path: list[str | int]) -> tuple[Node, int, list[str | int]]:
    """Point an error of a whole model at the field its message names."""
    for pattern, extra in _WHOLE_MODEL_FIELDS:
        if pattern.search(message):
            for part in extra:
                if isinstance(node, Mapping) and part in node.items:
                    line = node.key_lines[part]
                    node = node.items[part]
                    path = [*path, part]
                else:
                    break
            break
    return node, line, path


def _kind_error(error: dict[str, Any], target: Mapping) -> Located | None:
    etype = error["type"]
    if etype not in ("union_tag_not_found", "union_tag_invalid"):
        return None
    line = target.key_lines.get("kind", target.line)
    if etype == "union_tag_not_found" or "kind" not in target.items:
        return Located(line, "field 'kind' is required: level, growth or cagr", "missing-field", False)
    kind = target.items["kind"]
    if not isinstance(kind, Scalar):
        shown = "a list or mapping"
    else:
        shown = "empty" if kind.value is None or not kind.text.strip() else repr(kind.text)
    return Located(line, f"'kind' must be one of {', '.join(KINDS)}, not {shown}", "bad-kind", False)


def _has_field(model: Any, name: str) -> bool:
    return _is_model(model) and name in model.model_fields


def _field_model(model: Any, name: str) -> type[BaseModel] | None:
    if not _has_field(model, name):
        return None
    return _inner_model(model.model_fields[name].annotation)


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None:
        return None
    if origin in (typing.Union, types.UnionType, list, tuple, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def field_name(path: list[str | int]) -> str:
    """``source.quote``, ``tags`` item 2 …"""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else part
    return out


def _got(value: Any) -> Phrase:
    if isinstance(value, (dict, list)):
        return Phrase.of("what.mapping" if isinstance(value, dict) else "what.list")
    if value is None:
        return Phrase.of("what.nothing")
    text = repr(value)
    return Phrase.of("what.value", text=text if len(text) <= 40 else text[:37] + "...")


_LIMITS = {"greater_than_equal": ("ge", "ge"), "greater_than": ("gt", "gt"), "less_than_equal": ("le", "le"),
           "less_than": ("lt", "lt")}


def _words(
    etype: str, message: str, path: list[str | int], error: dict[str, Any], known: list[str], union_labels: bool
) -> Phrase:
    name = field_name(path)
    ctx = error.get("ctx") or {}
    given = error.get("input")
    if etype == "missing":
        return Phrase.of("problem.missing-field", name=name)
    if etype == "extra_forbidden":
        key = str(path[-1]) if path else "?"
        parent = field_name(path[:-1])
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.7)
        help_: Phrase | str = ""
        if known:
            help_ = (Phrase.of("field.known-close", close=close[0], known=tuple(known)) if close
                     else Phrase.of("field.known", known=tuple(known)))
        return Phrase.of("problem.unknown-field", key=key, where=Phrase.of("field.in", parent=parent) if parent else "",
                         help=help_)
    subject = Phrase.of("subject.field", name=name) if name else Phrase.of("subject.target")
    if etype in _TYPE_WORDS:
        if union_labels:
            return Phrase.of("problem.bad-value.wrong-type", subject=subject, got=_got(given))
        quote_it = etype == "string_type" and isinstance(given, (int, float, bool))
        return Phrase.of("problem.bad-value.type-quote" if quote_it else "problem.bad-value.type", subject=subject,
                         wanted=Phrase.of(_TYPE_WORDS[etype]), got=_got(given))
    if etype in ("enum", "literal_error"):
        expected = str(ctx.get("expected", ""))
        said = (Words(expected.replace(" or ", " 或 "), expected) if expected
                else Words("允许的值之一", "one of the allowed values"))
        return Phrase.of("problem.bad-value.choice", subject=subject, expected=said, got=_got(given))
    if etype in _LIMITS:
        code, key = _LIMITS[etype]
        return Phrase.of(f"problem.bad-value.{code}", subject=subject, limit=ctx.get(key), got=_got(given))
    if etype == "value_error":
        cause = ctx.get("error")
        said = cause.as_phrase() if isinstance(cause, InputError) else Phrase.of("text.raw", text=message)
        return Phrase.of("problem.bad-value.check", subject=subject, message=said) if name else said
    return Phrase.of("problem.bad-value.other", subject=subject,
                     message=Phrase.of("text.raw", text=f"{message[:1].lower()}{message[1:]}"))


def _reason(etype: str) -> str:
    if etype == "missing":
        return "missing-field"
    if etype == "extra_forbidden":
        return "unknown-field"
    return "bad-value"
