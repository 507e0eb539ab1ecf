"""Safe YAML to a tree of values that remember their lines.

PyYAML's C parser (libyaml) produces the events; this module composes them
into a small tree of ``Scalar``, ``Mapping`` and ``Sequence`` nodes, each with
its 1-based line, so that every problem can name ``file:line``.

Composing here rather than with ``yaml.compose`` is deliberate (measured with
PyYAML 6.0.3): ``yaml.compose(..., Loader=CSafeLoader)`` crashes the process
with a segmentation fault on input nested 100,000 levels deep, and libyaml
takes time quadratic in the nesting depth (67 s for 100,000 levels). Reading
the events lazily lets us stop at ``MAX_DEPTH`` after a few hundred bytes.
It is also faster than ``compose`` on large files (0.8 s for the events of
57,600 lines against 3.0 s for ``compose``).

Only plain YAML is accepted: no ``!tags`` beyond the standard scalar types,
no multiple documents. Aliases (``*name``) are followed without copying, and
the values they would add are counted: a "billion laughs" file is refused as
soon as its aliases would add more than ``MAX_ALIAS_VALUES`` values. An alias
to the collection it is part of is refused too, so the tree has no cycles.

Errors in the input are returned as ``(line, message, reason)`` tuples;
``line`` is 0 where there is no line to name.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, ClassVar, Union

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from tracker.messages import Phrase
from tracker.messages.problems import Words

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Deeper than any target spec needs (they need about 5 levels).
MAX_DEPTH = 64
#: How many values aliases (``*name``) may add to a file by repetition.
MAX_ALIAS_VALUES = 100_000

_TAG = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL, _INT, _FLOAT = (_TAG + t for t in ("str", "null", "bool", "int", "float"))
_TIMESTAMP, _MERGE, _VALUE = _TAG + "timestamp", _TAG + "merge", _TAG + "value"
_MAP_TAGS = {None, "!", _TAG + "map"}
_SEQ_TAGS = {None, "!", _TAG + "seq"}

Issue = tuple[int, Phrase, str]  # (line, what is wrong, reason)


@dataclass(eq=False, slots=True)
class Scalar:
    line: int
    value: Any
    text: str  # as written
    merge: ClassVar[bool] = False  # the merge key ``<<`` (a MergeKey)
    size: ClassVar[int] = 1
    height: ClassVar[int] = 1


@dataclass(eq=False, slots=True)
class MergeKey(Scalar):
    """The merge key ``<<``."""

    merge: ClassVar[bool] = True


@dataclass(eq=False, slots=True)
class Mapping:
    line: int
    items: dict[str, Node] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)
    size: int = 1
    height: int = 1


@dataclass(eq=False, slots=True)
class Sequence:
    line: int
    items: list[Node] = field(default_factory=list)
    size: int = 1
    height: int = 1


Node = Union[Scalar, Mapping, Sequence]


class _Refused(Exception):
    """The input cannot be read any further."""

    def __init__(self, line: int, message: Phrase, reason: str):
        super().__init__(message.text("en"))
        self.issue: Issue = (line, message, reason)


def plain(node: Node | None) -> Any:
    """The plain Python value of a node (dicts, lists, scalars)."""
    if node is None:
        return None
    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Mapping):
        return {k: v.value if type(v) is Scalar else plain(v) for k, v in node.items.items()}
    return [v.value if type(v) is Scalar else plain(v) for v in node.items]


def read_tree(text: str) -> tuple[Node | None, list[Issue]]:
    """Compose ``text`` (one YAML document) into a tree.

    Returns the root (None for an empty document or when the text cannot be
    read) and the issues found. Never raises for bad input.
    """
    composer = _Composer()
    try:
        composer.run(text)
    except _Refused as e:
        return None, [*composer.issues, e.issue]
    except yaml.MarkedYAMLError as e:
        if (e.problem or "").startswith(_LIBYAML_TOO_DEEP):  # libyaml's own limit, met before ours
            line = e.problem_mark.line + 1 if e.problem_mark is not None else 0
            return None, [*composer.issues, _too_deep(line)]
        return None, [*composer.issues, _syntax_issue(e, text)]
    except yaml.reader.ReaderError as e:
        return None, [*composer.issues, _reader_issue(e, text)]
    except yaml.YAMLError as e:  # pragma: no cover - libyaml reports everything above
        return None, [*composer.issues, (0, Phrase.of("problem.yaml-syntax.other", detail=str(e)), "yaml-syntax")]
    except UnicodeError as e:  # a str with lone surrogates cannot go to libyaml
        line = text.count("\n", 0, getattr(e, "start", 0)) + 1
        return None, [*composer.issues, (line, Phrase.of("problem.bad-encoding.unicode"), "bad-encoding")]
    return composer.root, composer.issues


#: How libyaml (PyYAML 6.0.4 and later) words its own nesting limit. Its scanner
#: looks ahead through ``[[[[…`` for a possible key, so it can meet that limit
#: before the composer has seen ``MAX_DEPTH`` levels.
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"


def _too_deep(line: int) -> Issue:
    return line, Phrase.of("problem.yaml-too-big.deep", depth=MAX_DEPTH), "yaml-too-big"


def _syntax_issue(e: yaml.MarkedYAMLError, text: str) -> Issue:
    mark = e.problem_mark or e.context_mark
    line = mark.line + 1 if mark is not None else 0
    problem = _said(e.problem, _YAML_PROBLEMS) if e.problem else Phrase.of("yaml.unreadable")
    context: Phrase | str = ""
    if e.context:
        ctx_line = e.context_mark.line + 1 if e.context_mark is not None else None
        said = _said(e.context, _YAML_CONTEXTS)
        context = (Phrase.of("yaml.context-at", context=said, line=ctx_line) if ctx_line is not None and ctx_line != line
                   else Phrase.of("yaml.context", context=said))
    hint: Phrase | str = ""
    lines = text.splitlines()
    if 0 < line <= len(lines) and "\t" in lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]:
        hint = Phrase.of("yaml.hint.tabs")
    else:
        for start, code in _SYNTAX_HINTS:
            if (e.problem or "").startswith(start):
                hint = Phrase.of(code)
                break
    return line, Phrase.of("problem.yaml-syntax", problem=problem, context=context, hint=hint), "yaml-syntax"


def _said(text: str, known: dict[str, str]) -> Words:
    """libyaml's words for a syntax error (its own English), in Chinese where we know them."""
    zh = next((zh for start, zh in known.items() if text.startswith(start)), text)
    return Words(zh, text)


#: libyaml's problems and contexts (its own English) → Chinese.
_YAML_PROBLEMS: dict[str, str] = {
    "mapping values are not allowed here": "此处不允许出现映射值（“: ”）",
    "did not find expected key": "未找到应有的键",
    "could not find expected ':'": "未找到应有的“:”",
    "found character that cannot start any token": "出现了不能作为开头的字符",
    "found unexpected end of stream": "文件意外结束",
    "found undefined tag handle": "出现了未定义的标签",
    "did not find expected node content": "未找到应有的内容",
    "did not find expected '-' indicator": "未找到应有的“-”",
    "did not find expected ',' or ']'": "未找到应有的“,”或“]”",
    "did not find expected ',' or '}'": "未找到应有的“,”或“}”",
    "found unexpected ':'": "出现了多余的“:”",
    "found a tab character that violates indentation": "制表符（Tab）破坏了缩进",
    "found a tab character where an indentation space is expected": "应为缩进空格处出现了制表符（Tab）",
    "found unknown escape character": "出现了未知的转义字符",
    "found duplicate anchor": "锚点重复",
}
_YAML_CONTEXTS: dict[str, str] = {
    "while parsing a block mapping": "解析块映射时",
    "while parsing a block collection": "解析块列表时",
    "while parsing a flow sequence": "解析方括号列表时",
    "while parsing a flow mapping": "解析花括号映射时",
    "while scanning a simple key": "扫描键时",
    "while scanning a quoted scalar": "扫描带引号的文本时",
    "while scanning a plain scalar": "扫描文本时",
    "while parsing a block node": "解析节点时",
    "while parsing a flow node": "解析节点时",
    "while scanning an anchor": "扫描锚点时",
    "while scanning an alias": "扫描别名时",
    "while scanning a tag": "扫描标签时",
    "while parsing a node": "解析节点时",
}


_SYNTAX_HINTS = (
    ("mapping values are not allowed", "yaml.hint.indent-or-quote"),
    ("did not find expected key", "yaml.hint.indent"),
    ("could not find expected ':'", "yaml.hint.colon"),
    ("found character that cannot start any token", "yaml.hint.quote"),
    ("found unexpected end of stream", "yaml.hint.unclosed"),
)


def _reader_issue(e: yaml.reader.ReaderError, text: str) -> Issue:
    line = text.count("\n", 0, max(0, e.position)) + 1 if isinstance(e.position, int) else 0
    char = e.character
    code = f"U+{char:04X}" if isinstance(char, int) else repr(char)
    return line, Phrase.of("problem.yaml-syntax.control", code=code), "yaml-syntax"


_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()


@lru_cache(maxsize=4096)
def _resolve_plain(text: str) -> str:
    """The tag of a plain (unquoted, untagged) scalar; a quoted one is text."""
    return _RESOLVER.resolve(ScalarNode, text, (True, False))


_SLOW = object()


#: The first characters for which the resolver has patterns (any other plain scalar is text).
_RESOLVED_FIRST = frozenset(k for k in _RESOLVER.yaml_implicit_resolvers if k)
#: Decimal integers and decimal fractions, which the resolver takes for int and float.
_DECIMAL = re.compile(r"([-+]?(?:0|[1-9][0-9]*))|[-+]?[0-9]+\.[0-9]+")


@lru_cache(maxsize=8192)
def _plain_value(text: str) -> Any:
    """The value of a plain scalar when it is text, a decimal number, a bool or null;
    ``_SLOW`` for the rest (``<<``, 0x1F, .inf …), which ``_Composer._scalar`` reads."""
    if text and text[0] not in _RESOLVED_FIRST and None not in _RESOLVER.yaml_implicit_resolvers:
        return text
    if len(text) <= 30 and (m := _DECIMAL.fullmatch(text)):
        # what the resolver and the constructor would make of it; not too large for int() or a float
        value = int(text) if m[1] else float(text)
        return value if m[1] or math.isfinite(value) else _SLOW
    tag = _resolve_plain(text)
    if tag == _STR or tag == _VALUE or tag == _TIMESTAMP:
        return text  # a date stays as written
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return _CONSTRUCTOR.bool_values[text.lower()]
    return _SLOW


class _Frame:
    __slots__ = ("node", "is_map", "anchor", "key", "explicit", "merges")

    def __init__(self, node: Mapping | Sequence, anchor: str | None):
        self.node = node
        self.is_map = isinstance(node, Mapping)
        self.anchor = anchor
        self.key: Scalar | None = None  # a mapping's key waiting for its value
        self.explicit: dict[str, Node] = {}
        self.merges: list[Node] = []


class _Composer:
    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self.root: Node | None = None
        self.anchors: dict[str, Node] = {}
        self.open_anchors: set[str] = set()
        self.stack: list[_Frame] = []
        self.documents = 0
        self.alias_values = 0

    def run(self, text: str) -> None:
        loader = LOADER(text)
        try:
            self._compose(loader.get_event)
        finally:
            loader.dispose()

    def _compose(self, next_event) -> None:
        stack = self.stack
        anchors = self.anchors
        new = object.__new__
        while (event := next_event()) is not None:
            kind = type(event)
            if kind is ScalarEvent:
                if event.tag is None and event.anchor is None:
                    # the common scalar: no tag, no anchor
                    text = event.value
                    value = _plain_value(text) if event.implicit[0] else text  # else quoted: text
                    if value is _SLOW:
                        node = self._scalar(event)
                    else:
                        node = new(Scalar)  # Scalar(line, value, text) without the call
                        node.line = event.start_mark.line + 1
                        node.value = value
                        node.text = text
                else:
                    node = self._scalar(event)
                    if event.anchor is not None:
                        anchors[event.anchor] = node
                # the common cases of _attach, inline: a key, a value under a new key, a list item
                if stack and len(stack) < MAX_DEPTH:
                    frame = stack[-1]
                    if not frame.is_map:
                        frame.node.items.append(node)
                        continue
                    key = frame.key
                    if key is None:
                        frame.key = node
                        continue
                    if not key.merge and key.text not in frame.explicit:
                        frame.key = None
                        frame.explicit[key.text] = node
                        frame.node.key_lines[key.text] = key.line
                        continue
                self._attach(node)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self._start(event, kind is MappingStartEvent)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                frame = stack.pop()
                node = self._finish(frame)
                if frame.anchor is not None:
                    self.open_anchors.discard(frame.anchor)
                    anchors[frame.anchor] = node
                self._attach(node)
            elif kind is AliasEvent:
                self._alias(event)
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise _Refused(
                        event.start_mark.line + 1,
                        Phrase.of("problem.yaml-syntax.documents"),
                        "yaml-syntax",
                    )

    # -- nodes

    def _scalar(self, event: ScalarEvent) -> Scalar:
        line = event.start_mark.line + 1
        text = event.value
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return Scalar(line, text, text)  # quoted (or tagged "!"): text
            tag = _resolve_plain(text)
        if tag == _STR or tag == _VALUE or tag == _TIMESTAMP:
            # A date stays as written (2023-07-14), not a datetime.
            return Scalar(line, text, text)
        if tag == _MERGE:
            return MergeKey(line, text, text)
        if tag == _NULL:
            return Scalar(line, None, text)
        try:
            if tag == _BOOL:
                return Scalar(line, _CONSTRUCTOR.construct_yaml_bool(ScalarNode(tag, text)), text)
            if tag == _INT:
                return Scalar(line, _CONSTRUCTOR.construct_yaml_int(ScalarNode(tag, text)), text)
            if tag == _FLOAT:
                value = _CONSTRUCTOR.construct_yaml_float(ScalarNode(tag, text))
                if not math.isfinite(value):
                    self.issues.append((line, Phrase.of("problem.bad-value.not-finite", text=text), "bad-value"))
                return Scalar(line, value, text)
        except (ValueError, KeyError, IndexError, ConstructorError):
            self.issues.append((line, Phrase.of("problem.bad-value.tag", text=text, tag=tag.removeprefix(_TAG)), "bad-value"))
            return Scalar(line, text, text)
        self.issues.append((line, _tag_message(tag), "yaml-tag"))
        return Scalar(line, text, text)

    def _start(self, event: MappingStartEvent | SequenceStartEvent, is_map: bool) -> None:
        line = event.start_mark.line + 1
        if len(self.stack) >= MAX_DEPTH:
            raise _Refused(*_too_deep(line))
        if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
            self.issues.append((line, _tag_message(event.tag), "yaml-tag"))
        node: Mapping | Sequence = Mapping(line) if is_map else Sequence(line)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(node, event.anchor))

    def _alias(self, event: AliasEvent) -> None:
        line = event.start_mark.line + 1
        name = event.anchor
        if name in self.open_anchors:
            raise _Refused(line, Phrase.of("problem.yaml-alias.self", name=name), "yaml-alias")
        node = self.anchors.get(name)
        if node is None:
            raise _Refused(line, Phrase.of("problem.yaml-alias.no-anchor", name=name), "yaml-alias")
        self._count_alias(node.size, line)
        self._attach(node)

    def _count_alias(self, values: int, line: int) -> None:
        self.alias_values += values
        if self.alias_values > MAX_ALIAS_VALUES:
            raise _Refused(
                line,
                Phrase.of("problem.yaml-too-big.aliases", n=f"{MAX_ALIAS_VALUES:,}"),
                "yaml-too-big",
            )

    def _attach(self, node: Node) -> None:
        if node.height + len(self.stack) > MAX_DEPTH:
            raise _Refused(*_too_deep(node.line))
        if not self.stack:
            self.root = node
            return
        frame = self.stack[-1]
        parent = frame.node
        if isinstance(parent, Sequence):
            parent.items.append(node)
            return
        if frame.key is None:
            if not isinstance(node, Scalar):
                self.issues.append((node.line, Phrase.of("problem.yaml-key.single"), "yaml-key"))
                node = Scalar(node.line, "?", "?")
            frame.key = node
            return
        key, frame.key = frame.key, None
        if key.merge:
            self._merge_source(frame, node, key.line)
            return
        name = key.text
        if name in frame.explicit:
            first = parent.key_lines[name]
            self.issues.append((key.line, Phrase.of("problem.duplicate-key", key=name, first=first), "duplicate-key"))
            return
        frame.explicit[name] = node
        parent.key_lines[name] = key.line

    def _merge_source(self, frame: _Frame, node: Node, line: int) -> None:
        sources = node.items if isinstance(node, Sequence) else [node]
        for source in sources:
            if not isinstance(source, Mapping):
                self.issues.append((line, Phrase.of("problem.yaml-key.merge"), "yaml-key"))
                return
        frame.merges.extend(sources)

    def _finish(self, frame: _Frame) -> Node:
        node = frame.node
        if isinstance(node, Mapping):
            if frame.merges:
                # Explicit keys win; among merged mappings the first wins.
                merged: dict[str, Node] = {}
                lines: dict[str, int] = {}
                for source in frame.merges:
                    assert isinstance(source, Mapping)
                    for k, v in source.items.items():
                        if k not in merged and k not in frame.explicit:
                            merged[k] = v
                            lines[k] = source.key_lines[k]
                self._count_alias(len(merged), node.line)
                merged.update(frame.explicit)
                lines.update(node.key_lines)
                node.items, node.key_lines = merged, lines
            else:
                node.items = frame.explicit
            children = node.items.values()
        else:
            children = node.items
        size, height = 1, 0
        for child in children:
            size += child.size
            if child.height > height:
                height = child.height
        node.size, node.height = size, height + 1
        return node


def _tag_message(tag: str | None) -> Phrase:
    shown = tag.replace(_TAG, "!!") if tag else tag
    return Phrase.of("problem.yaml-tag", tag=shown)
