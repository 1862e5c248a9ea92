"""Hardened YAML loading that remembers where every value came from.

PyYAML's own constructors follow YAML 1.1: ``no`` becomes False, ``012`` an
octal number, ``1.10`` a float, and an impossible date raises a bare
ValueError. Creators write prose, so we read YAML's event stream (the C parser
when available) and build plain data ourselves:

* only ``true``/``false`` are booleans, only plain decimal integers are numbers,
  ``~``/``null``/empty are null; everything else stays the text it looks like
  (dates are text here and are checked by the models, with a located message);
* duplicate keys, tags, deep nesting and alias expansion are refused with the
  line and column of the offending node;
* no recursion, so a hostile file cannot exhaust the stack.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import ERROR, Problem, field_path

try:  # libyaml makes scanning several times faster; fall back quietly
    from yaml import CSafeLoader as _EventLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _EventLoader

Path = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column

_BOOL = {"true": True, "True": True, "TRUE": True}
_BOOL |= {"false": False, "False": False, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_TAG + "str", _TAG + "int", _TAG + "bool", _TAG + "null"}
_ALLOWED_TAGS |= {_TAG + "seq", _TAG + "map", "!"}


@dataclass(frozen=True)
class Limits:
    """How much a single file may ask of the build."""

    max_bytes: int = 1_000_000
    max_depth: int = 40
    max_aliases: int = 32
    max_nodes: int = 10_000


@dataclass
class Document:
    """One YAML document with the position of every value and key in it."""

    source: str  # site-relative path
    index: int  # 0-based position of the document in its file
    start: Position
    data: Any
    positions: dict[Path, Position] = field(default_factory=dict)
    key_positions: dict[Path, Position] = field(default_factory=dict)
    broken: bool = False  # had a load problem: report it, never publish it

    def where(self, path: Path, *, key: bool = False) -> Position:
        """Best position for a path: the node itself, else its nearest parent."""
        table = self.key_positions if key else self.positions
        if path in table:
            return table[path]
        while path:
            path = path[:-1]
            if path in self.positions:
                return self.positions[path]
        return self.start

    def problem(
        self, path: Path, message: str, *, level: str = ERROR, key: bool = False
    ) -> Problem:
        line, column = self.where(path, key=key)
        return Problem(self.source, line, column, field_path(path), message, level)


def _pos(mark: yaml.Mark) -> Position:
    return (mark.line + 1, mark.column + 1)


_HINTS = (
    (
        "cannot start any token",
        "indent with spaces, not tabs; quote a value that starts with @ or `",
    ),
    ("mapping values are not allowed", "a value with ': ' in it needs quotes"),
    ("could not find expected ':'", "each line needs 'key: value'"),
    ("found undefined alias", "define the &anchor before using *it"),
    ("found unexpected end of stream", "a quote or bracket is not closed"),
)


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    problem = (exc.problem or exc.context or "not valid YAML").strip()
    for needle, hint in _HINTS:
        if needle in str(exc):
            return f"YAML syntax: {problem} ({hint})"
    return f"YAML syntax: {problem}"


def _scalar(event: yaml.ScalarEvent) -> tuple[Any, str | None]:
    """Resolve a scalar the strict way; return (value, error message)."""
    value, tag = event.value, event.tag
    plain = event.implicit[0] and tag is None
    if tag is not None and tag not in _ALLOWED_TAGS:
        return None, f"YAML tags like {tag!r} are not allowed here"
    if tag == _TAG + "str" or (not plain and tag in (None, "!")):
        return value, None
    if tag == _TAG + "bool" or (plain and value in _BOOL):
        if value in _BOOL:
            return _BOOL[value], None
        return None, f"{value!r} is not true or false"
    if tag == _TAG + "null" or (plain and value in _NULL):
        return None, None
    if tag == _TAG + "int" or (plain and _INT.match(value)):
        if _INT.match(value) and len(value) < 19:
            return int(value), None
        if tag == _TAG + "int":
            return None, f"{value!r} is not a whole number"
    return value, None


class _Frame:
    """A mapping or sequence being built."""

    __slots__ = ("path", "value", "pending_key", "key_lines", "anchor", "nodes_before")

    def __init__(self, path: Path, value: Any, anchor: str | None, nodes_before: int):
        self.path = path
        self.value = value
        self.pending_key: Any = _NO_KEY
        self.key_lines: dict[str, Position] = {}
        self.anchor = anchor  # remembered when the collection closes
        self.nodes_before = nodes_before


_NO_KEY = object()


class _Builder:
    """Turns one document's events into data plus positions."""

    def __init__(self, doc: Document, limits: Limits, problems: list[Problem]):
        self.doc = doc
        self.limits = limits
        self.problems = problems
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.aliases = 0
        self.nodes = 0
        self.fatal = False  # stop building: the data would be incomplete

    def fail(self, path: Path, position: Position, message: str) -> None:
        line, column = position
        self.problems.append(
            Problem(self.doc.source, line, column, field_path(path), message)
        )
        self.doc.broken = True

    def _child_path(self) -> Path | None:
        """Path of the next value, or None when the next scalar is a key."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.value, list):
            return (*top.path, len(top.value))
        if top.pending_key is _NO_KEY:
            return None
        return (*top.path, top.pending_key)

    def _place(self, value: Any, position: Position, size: int = 1) -> None:
        self.nodes += size
        if self.nodes > self.limits.max_nodes:
            self.fail((), position, "document is too large to read safely")
            self.fatal = True
            return
        if not self.stack:
            self.doc.data = value
            return
        top = self.stack[-1]
        if isinstance(top.value, list):
            top.value.append(value)
        else:
            top.value[top.pending_key] = value
            top.pending_key = _NO_KEY

    def _key(self, value: Any, position: Position) -> None:
        top = self.stack[-1]
        if not isinstance(value, str | int | bool) or value is None:
            self.fail(top.path, position, "keys must be plain names")
            value = f"<key at line {position[0]}>"
        key = str(value) if not isinstance(value, str) else value
        path = (*top.path, key)
        if key == "<<":
            self.fail(path, position, "merge keys (<<) are not supported")
        if key in top.key_lines:
            first = top.key_lines[key][0]
            self.fail(
                path,
                position,
                f"duplicate key (first at line {first}, again at line {position[0]})",
            )
        top.key_lines[key] = position
        self.doc.key_positions[path] = position
        top.pending_key = key

    def feed(self, event: yaml.Event) -> None:
        position = _pos(event.start_mark)
        path = self._child_path()
        if isinstance(event, yaml.ScalarEvent):
            value, error = _scalar(event)
            if path is None:
                if error:
                    self.fail(self.stack[-1].path, position, error)
                self._key(value, position)
                return
            if error:
                self.fail(path, position, error)
            self.doc.positions[path] = position
            self._remember(event.anchor, value, 1)
            self._place(value, position)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            if path is None:
                self.fail(self.stack[-1].path, position, "keys must be plain names")
                path = (*self.stack[-1].path, f"<key at line {position[0]}>")
                self.stack[-1].pending_key = path[-1]
            if event.tag is not None and event.tag not in _ALLOWED_TAGS:
                self.fail(
                    path, position, f"YAML tags like {event.tag!r} are not allowed"
                )
            if len(self.stack) >= self.limits.max_depth:
                self.fail(
                    (),
                    position,
                    f"nested more than {self.limits.max_depth} levels deep",
                )
                self.fatal = True
                return
            self.doc.positions[path] = position
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            self.stack.append(_Frame(path, container, event.anchor, self.nodes))
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            frame = self.stack.pop()
            size = self.nodes - frame.nodes_before + 1
            self._remember(frame.anchor, frame.value, size)
            self._place(frame.value, self.doc.positions.get(frame.path, position))
        elif isinstance(event, yaml.AliasEvent):
            self.aliases += 1
            if event.anchor not in self.anchors:
                self.fail(path or (), position, f"unknown alias *{event.anchor}")
                self.fatal = True
                return
            if self.aliases > self.limits.max_aliases:
                self.fail(
                    path or (),
                    position,
                    f"more than {self.limits.max_aliases} aliases; "
                    "write the values out instead",
                )
                self.fatal = True
                return
            value, size = self.anchors[event.anchor]
            if path is None:
                self._key(value, position)
                return
            self.doc.positions[path] = position
            self._place(value, position, size)

    def _remember(self, anchor: str | None, value: Any, size: int) -> None:
        if anchor:
            self.anchors[anchor] = (value, size)


def load_text(
    text: str, source: str, limits: Limits = Limits()
) -> tuple[list[Document], list[Problem]]:
    """Read every document of one YAML text. Never raises for bad content."""
    problems: list[Problem] = []
    documents: list[Document] = []
    loader = _EventLoader(text)
    builder: _Builder | None = None
    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.DocumentStartEvent):
                doc = Document(source, len(documents), _pos(event.start_mark), None)
                builder = _Builder(doc, limits, problems)
                continue
            if isinstance(event, yaml.DocumentEndEvent):
                if builder is not None:
                    documents.append(builder.doc)
                builder = None
                continue
            if builder is None or isinstance(event, yaml.StreamStartEvent):
                continue
            if builder.fatal:
                continue  # skip to the end of this document
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = _pos(mark) if mark else (1, 1)
        problems.append(Problem(source, line, column, "", _syntax_message(exc)))
    except yaml.YAMLError as exc:  # e.g. a reader error without a mark
        problems.append(Problem(source, 1, 1, "", f"YAML: {exc}"))
    finally:
        loader.dispose()
    # An empty document (a trailing '---') is not a mistake worth a message.
    return [d for d in documents if d.data is not None or d.broken], problems


def _decode(raw: bytes, source: str) -> tuple[str | None, Problem | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        message = "file is not UTF-8 text; save it as UTF-8"
        return None, Problem(source, line, column, "", message)


def load_file(
    path: str, source: str, limits: Limits = Limits()
) -> tuple[list[Document], list[Problem]]:
    """Read one YAML file from disk, refusing oversized files before reading."""
    try:
        size = os.path.getsize(path)
        if size > limits.max_bytes:
            message = (
                f"file is {size:,} bytes; the limit is {limits.max_bytes:,} "
                "(REALSELF_MAX_FILE_BYTES)"
            )
            return [], [Problem(source, 1, 1, "", message)]
        with open(path, "rb") as handle:
            raw = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        return [], [Problem(source, 1, 1, "", f"cannot read file: {exc.strerror}")]
    text, problem = _decode(raw, source)
    if problem is not None:
        return [], [problem]
    if "\0" in text:
        line = text[: text.index("\0")].count("\n") + 1
        return [], [Problem(source, line, 1, "", "file contains a NUL byte")]
    return load_text(text, source, limits)
