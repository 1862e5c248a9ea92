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

import bisect
import os
import re
import stat
from typing import Any

from .limits import DEFAULT_LIMITS, Limits
from .problems import ERROR, Problem, field_path
from .traps import cut_by_comment

# PyYAML takes about 10 ms to import, which every `pelican` run would pay,
# YAML or not: _import_yaml() loads it when the first YAML text is read.
yaml: Any = None
_EventLoader: Any = None
_VALUE_EVENTS: frozenset[type] = frozenset()  # the events a _Builder reads
_SCALAR_EVENT: type | None = None  # yaml.ScalarEvent, for _Builder.quick


def _import_yaml() -> None:
    global yaml, _EventLoader, _VALUE_EVENTS, _SCALAR_EVENT
    if yaml is not None:
        return
    import yaml as module

    _SCALAR_EVENT = module.ScalarEvent

    # libyaml makes scanning several times faster; fall back quietly
    _EventLoader = getattr(module, "CSafeLoader", module.SafeLoader)
    _VALUE_EVENTS = frozenset(
        (
            module.ScalarEvent,
            module.AliasEvent,
            module.MappingStartEvent,
            module.MappingEndEvent,
            module.SequenceStartEvent,
            module.SequenceEndEvent,
        )
    )
    yaml = module


Path = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column

_BOOL = {"true": True, "True": True, "TRUE": True}
_BOOL |= {"false": False, "False": False, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_TAG + "str", _TAG + "int", _TAG + "bool", _TAG + "null"}
_ALLOWED_TAGS |= {_TAG + "seq", _TAG + "map", "!"}


class Document:
    """One YAML document with the position of every value and key in it.

    The records a build makes (this one, collect.Collection, our_outputs.Pages
    and the others) are plain classes, not dataclasses: a dataclass writes and
    compiles its methods' source as its module loads, 0.6-2 ms each, and
    every build with our YAML loads them (a tenth of the plugin's own time
    on a typical blog, for eleven of them).
    """

    def __init__(self, source: str, index: int, start: Position, data: Any):
        self.source = source  # site-relative path
        self.index = index  # 0-based position of the document in its file
        self.start = start
        self.data = data
        self.positions: dict[Path, Position] = {}
        self.key_positions: dict[Path, Position] = {}
        self.broken = False  # had a load problem: report it, never publish it
        self.complete = True  # False when reading stopped early (data is partial)
        # Paths that already have a load problem: later checks stay quiet
        # there, so one mistake gives one message.
        self.reported: set[Path] = set()

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


# The line breaks editors show. YAML also breaks lines at NEL, LS and PS;
# load_text() refuses those, so YAML's line numbers and these agree.
_EDITOR_BREAK = re.compile(r"\r\n|\r|\n")


class _Lines:
    """A text's lines, split once: each message looks up a few of them."""

    def __init__(self, text: str):
        self._lines = _EDITOR_BREAK.split(text)

    def __getitem__(self, number: int) -> str:
        """Line ``number`` (1-based), without its line break; "" past the end."""
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _looks_overindented(lines: _Lines, line: int) -> bool:
    """Is the key on ``line`` indented under a line that already has a value?"""
    here = lines[line]
    if not here[:1].isspace():
        return False
    for above in range(line - 1, 0, -1):  # one pass up, over blank lines
        previous = lines[above]
        if previous.strip() and not previous.lstrip().startswith("#"):
            has_value = not previous.rstrip().endswith((":", "|", ">", "-"))
            return has_value and _indent(here) > _indent(previous)
    return False


_CLOSERS = {"sequence": ("[", "]", "list"), "mapping": ("{", "}", "group")}


def _syntax_problem(
    exc: yaml.MarkedYAMLError, text: str, source: str, max_depth: int = 40
) -> Problem:
    """Say what the parser found in the creator's words, where it matters.

    The parser notices a mistake where it gives up, which is often not where
    the mistake is (an unclosed '[' is noticed at the end of the file). Point
    at the opening bracket or quote, or at the start of a mis-indented line.
    """
    problem = (exc.problem or exc.context or "not valid YAML").strip()
    lines = _Lines(text)
    context = exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    line, column = _pos(mark) if mark else (1, 1)
    opened = _pos(exc.context_mark) if exc.context_mark else (line, column)
    char = lines[line][column - 1 : column]

    def at(position: Position, message: str) -> Problem:
        return Problem(source, *position, "", f"YAML syntax: {message}")

    if "maximum nesting depth" in problem:  # libyaml's own limit, read ahead
        message = f"nested more than {max_depth} levels deep"
        return Problem(source, *_run_start(lines[line], line, column), "", message)
    if "flow" in context:
        start, end, name = _CLOSERS["mapping" if "mapping" in context else "sequence"]
        if line > opened[0]:
            return at(
                opened, f"this '{start}' is never closed; end the {name} with '{end}'"
            )
        if char == ":":
            return at((line, column), "a value with ': ' in it needs quotes")
        return at(
            (line, column), f"expected ',' or '{end}' here; separate items with commas"
        )
    if "quoted scalar" in context and "end of stream" in problem:
        quote = lines[opened[0]][opened[1] - 1 : opened[1]] or '"'
        return at(opened, f"this {quote} is never closed; end the text with {quote}")
    if "tab" in problem or char == "\t":
        return at((line, column), "a tab here; indent with spaces, not tabs")
    if "cannot start any token" in problem:
        return at(
            (line, column),
            f"text cannot start with {char!r}; put the whole value in quotes",
        )
    if "mapping values are not allowed" in problem:
        if _looks_overindented(lines, line):
            first = (line, _indent(lines[line]) + 1)
            return at(
                first,
                "this line is indented more than the line above; "
                "line it up with the other keys",
            )
        return at((line, column), "a value with ': ' in it needs quotes")
    if "did not find expected key" in problem or "expected <block end>" in problem:
        return at(
            (line, column), "expected a 'key: value' line here; check the indentation"
        )
    if "could not find expected ':'" in problem:
        return at(opened, "this line needs a ':' after the key (key: value)")
    return at((line, column), problem)


def _run_start(here: str, line: int, column: int) -> Position:
    """Where the run of opening brackets that ends at ``column`` begins."""
    start = min(column, len(here) + 1)
    while start > 1 and here[start - 2] in "[{ ":
        start -= 1
    while start <= len(here) and here[start - 1] == " ":
        start += 1
    return (line, start)


def _tag_message(tag: str) -> str:
    shown = "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
    return f"YAML tags like {shown} are not allowed; remove the tag"


# Control characters YAML lets in only as escapes ("\x01", "\x9b"): invisible
# on the page, and XML (the Atom feed) cannot carry most of them. DEL, the C1
# controls (NEL among them) and the Unicode line and paragraph separators too:
# a browser shows them as nothing or as a break nobody typed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def _scalar(event: yaml.ScalarEvent) -> tuple[Any, str | None]:
    """Resolve a scalar the strict way; return (value, error message)."""
    value, tag = event.value, event.tag
    control = _CONTROL.search(value)
    if control:
        code = f"U+{ord(control.group(0)):04X}"
        return None, f"the invisible character {code} is not allowed; remove it"
    plain = event.implicit[0] and tag is None
    if tag is not None and tag not in _ALLOWED_TAGS:
        return None, _tag_message(tag)
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

    __slots__ = (
        "path",
        "value",
        "pending_key",
        "key_lines",
        "anchor",
        "nodes_before",
        "stands_for_key",
    )

    def __init__(self, path: Path, value: Any, anchor: str | None, nodes_before: int):
        self.path = path
        self.value = value
        self.pending_key: Any = _NO_KEY
        self.key_lines: dict[str, Position] = {}
        self.anchor = anchor  # remembered when the collection closes
        self.nodes_before = nodes_before
        # A list or group used as a key: read, then replaced by this name.
        self.stands_for_key: str | None = None


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
        self.skipped = 0  # events passed over since then

    def fail(
        self,
        path: Path,
        position: Position,
        message: str,
        *,
        fatal: bool = False,
        shown: Path | None = None,  # the field to name, when not ``path``
    ) -> None:
        line, column = position
        field = field_path(path if shown is None else shown)
        self.problems.append(Problem(self.doc.source, line, column, field, message))
        self.doc.broken = True
        self.doc.reported.add(path)
        if fatal:
            self.fatal = True
            self.doc.complete = False
            self.doc.data = None

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

    def _place(self, value: Any, path: Path, position: Position, size: int = 1):
        self.nodes += size
        if self.nodes > self.limits.max_nodes:
            limit = f"{self.limits.max_nodes:,}"
            if size > 1:  # an alias: the classic "billion laughs"
                message = (
                    f"this alias would grow the document past {limit} values; "
                    "write the values out instead"
                )
            else:
                message = f"document has more than {limit} values; split it up"
            self.fail(path, position, message, fatal=True)
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

    def _bad_key(self, position: Position, message: str) -> str:
        """Report a key we cannot use; its value is read under a stand-in name."""
        top = self.stack[-1]
        stand_in = f"<key at line {position[0]}>"
        self.fail((*top.path, stand_in), position, message, shown=top.path)
        return stand_in

    def _key(self, value: Any, position: Position) -> None:
        top = self.stack[-1]
        if not isinstance(value, str | int | bool) or value is None:
            value = self._bad_key(position, "a key must be a plain name, like 'name'")
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

    def quick(self, event: yaml.Event) -> None:
        """``feed`` for most events of a valid document: a plain scalar (no
        quotes, tag or anchor) that is a key or a value inside a mapping or
        list, with nothing to report; anything else goes to ``feed``.

        On bench/sites.py's profiles (77 events, 45 of them such scalars)
        load_text takes 0.29 ms a profile instead of 0.34 (process_time,
        alternating runs); tests/test_load_quick.py holds the two paths equal.
        """
        if (
            type(event) is not _SCALAR_EVENT
            or event.tag is not None
            or event.anchor is not None
            or not event.implicit[0]
            or not self.stack
            or self.nodes >= self.limits.max_nodes
        ):
            self.feed(event)
            return
        value = event.value
        if len(value) > self.limits.max_text or _CONTROL.search(value):
            self.feed(event)
            return
        top = self.stack[-1]
        container = top.value
        mark = event.start_mark
        position = (mark.line + 1, mark.column + 1)
        if type(container) is not list and top.pending_key is _NO_KEY:
            if value in _NULL:  # an empty key: feed() words the message
                self.feed(event)
                return
            self._key(value, position)  # true and 1 stay keys as written
            return
        if value in _BOOL:
            resolved: Any = _BOOL[value]
        elif value in _NULL:
            resolved = None
        elif len(value) < 19 and _INT.match(value):
            resolved = int(value)
        else:
            resolved = value
        self.nodes += 1
        if type(container) is list:
            self.doc.positions[(*top.path, len(container))] = position
            container.append(resolved)
        else:
            self.doc.positions[(*top.path, top.pending_key)] = position
            container[top.pending_key] = resolved
            top.pending_key = _NO_KEY

    def feed(self, event: yaml.Event) -> None:
        position = _pos(event.start_mark)
        path = self._child_path()
        if isinstance(event, yaml.ScalarEvent):
            if len(event.value) > self.limits.max_text:  # before any scan of it
                value = None
                error = (
                    f"text is {len(event.value):,} characters long; the limit is "
                    f"{self.limits.max_text:,}"
                )
            else:
                value, error = _scalar(event)
            if path is None:
                if error:
                    value = self._bad_key(position, error)
                elif isinstance(value, bool | int):
                    value = event.value  # the key as written: "true", not True
                self._key(value, position)
                return
            if error:
                self.fail(path, position, error)
            self.doc.positions[path] = position
            self._remember(event.anchor, value, 1)
            self._place(value, path, position)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            stand_in = None
            if path is None:
                message = "a key must be a plain name, not a list or group"
                stand_in = self._bad_key(position, message)
                path = (*self.stack[-1].path, stand_in)
            if event.tag is not None and event.tag not in _ALLOWED_TAGS:
                self.fail(path, position, _tag_message(event.tag))
            if len(self.stack) >= self.limits.max_depth:
                message = f"nested more than {self.limits.max_depth} levels deep"
                self.fail((), position, message, fatal=True)
                return
            self.doc.positions[path] = position
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            frame = _Frame(path, container, event.anchor, self.nodes)
            frame.stands_for_key = stand_in
            self.stack.append(frame)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frame = self.stack.pop()
            size = self.nodes - frame.nodes_before + 1
            self._remember(frame.anchor, frame.value, size)
            where = self.doc.positions.get(frame.path, position)
            if frame.stands_for_key is not None:
                self._key(frame.stands_for_key, where)  # its value comes next
                return
            self._place(frame.value, frame.path, where)
        elif isinstance(event, yaml.AliasEvent):
            self.aliases += 1
            here = path if path is not None else self.stack[-1].path
            if event.anchor not in self.anchors:
                message = (
                    f"*{event.anchor} has no &{event.anchor} above it; "
                    "define the anchor before using it"
                )
                self.fail(here, position, message, fatal=True)
                return
            if self.aliases > self.limits.max_aliases:
                message = (
                    f"more than {self.limits.max_aliases} aliases; "
                    "write the values out instead"
                )
                self.fail(here, position, message, fatal=True)
                return
            value, size = self.anchors[event.anchor]
            if path is None:
                self._key(value, position)
                return
            self.doc.positions[path] = position
            self._place(value, path, position, size)

    def _remember(self, anchor: str | None, value: Any, size: int) -> None:
        if anchor:
            self.anchors[anchor] = (value, size)


# YAML ends a line at NEL, LS and PS; editors do not (VS Code offers to remove
# them). Read as breaks, they would shift every later line number and could
# start a key nobody sees: `story: I fix bikes.<PS>primary: true`.
_HIDDEN_BREAK = re.compile("[\x85\u2028\u2029]")
_BREAK_NAMES = {"\x85": "next line", "\u2028": "line separator"}
_BREAK_NAMES["\u2029"] = "paragraph separator"
_HIDDEN_SHOWN = 10  # located one by one; the rest are counted


def _hidden_breaks(text: str, source: str) -> tuple[str, list[Problem], list[Position]]:
    """Refuse hidden line breaks, located as an editor shows them.

    The text comes back with each one read as a space, so that the rest of
    the file is checked with positions that match the editor's; with the
    messages (the first few, then a count) and where every one of them is.
    """
    found = [match.start() for match in _HIDDEN_BREAK.finditer(text)]
    if not found:
        return text, [], []
    starts = [0] + [match.end() for match in _EDITOR_BREAK.finditer(text)]
    places = []
    for offset in found:
        line = bisect.bisect_right(starts, offset)
        places.append((line, offset - starts[line - 1] + 1))
    problems = []
    for offset, place in zip(found[:_HIDDEN_SHOWN], places, strict=False):
        char = text[offset]
        message = (
            f"the invisible line break U+{ord(char):04X} ({_BREAK_NAMES[char]}) "
            "is not allowed: YAML would start a new line here that your editor "
            "does not show; replace it with a real line break or a space"
        )
        problems.append(Problem(source, *place, "", message))
    if len(found) > _HIDDEN_SHOWN:
        message = f"... and {len(found) - _HIDDEN_SHOWN:,} more invisible line breaks"
        problems.append(problems[-1]._replace(message=message))
    return _HIDDEN_BREAK.sub(" ", text), problems, places


def _refuse_where(documents: list[Document], places: list[Position]) -> list[Path]:
    """Refuse the value holding each place, as the loader refuses a bad value.

    That value is the last one to start at or before the place (a block of
    text spans lines). Returns the path refused for each place.
    """
    starts = [doc.start for doc in documents]
    values: dict[int, tuple[list[Position], list[Path]]] = {}
    refused = []
    for place in places:
        index = max(bisect.bisect_right(starts, place) - 1, 0)
        doc = documents[index]
        if index not in values:
            ordered = sorted((where, path) for path, where in doc.positions.items())
            values[index] = ([w for w, _ in ordered], [p for _, p in ordered])
        positions, paths = values[index]
        at = bisect.bisect_right(positions, place) - 1
        path = paths[at] if at >= 0 else ()
        doc.broken = True
        doc.reported.add(path)
        refused.append(path)
    return refused


def load_text(
    text: str, source: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[Document], list[Problem]]:
    """Read every document of one YAML text. Never raises for bad content."""
    text, hidden, places = _hidden_breaks(text, source)
    documents, problems = _load_clean_text(text, source, limits)
    if hidden:
        # What the parser said on those lines follows from the break.
        lines = {line for line, _ in places}
        problems = [p for p in problems if p.line not in lines]
        if documents:
            paths = _refuse_where(documents, places)[:_HIDDEN_SHOWN]
            hidden = [
                problem._replace(field=field_path(path))
                for problem, path in zip(hidden, paths, strict=False)
            ] + hidden[len(paths) :]
        problems = hidden + problems
    return documents, problems


def _load_clean_text(
    text: str, source: str, limits: Limits
) -> tuple[list[Document], list[Problem]]:
    _import_yaml()
    problems: list[Problem] = []
    documents: list[Document] = []
    builder: _Builder | None = None
    loader = None
    started = 0  # documents begun, empty ones included
    try:
        loader = _EventLoader(text)  # the pure-Python reader checks text here
        while True:
            event = loader.get_event()
            # Most events are values of a document being built: straight to it
            # (PyYAML makes events of these exact classes, C parser or not).
            if (
                type(event) in _VALUE_EVENTS
                and builder is not None
                and not builder.fatal
            ):
                builder.quick(event)
                continue
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.DocumentStartEvent):
                started += 1
                if started > limits.max_documents:
                    message = (
                        f"file has more than {limits.max_documents:,} documents; "
                        "split it into several files"
                    )
                    where = _pos(event.start_mark)
                    problems.append(Problem(source, *where, "", message))
                    break
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
            if builder.fatal:  # skip to the end of this document, if it is near
                builder.skipped += 1
                if builder.skipped > limits.max_nodes:
                    message = (
                        "the rest of this file was not read; fix the problem above"
                    )
                    where = _pos(event.start_mark)
                    problems.append(Problem(source, *where, "", message))
                    documents.append(builder.doc)
                    break
                continue
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        # After a refusal (too deep, too many aliases) the parser may still
        # trip over the rest of that document: one message is enough.
        if builder is None or not builder.fatal:
            problems.append(_syntax_problem(exc, text, source, limits.max_depth))
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        problems.append(_reader_problem(exc, text, source))
    except yaml.YAMLError as exc:  # anything else without a mark: one line
        message = " ".join(str(exc).split()) or "not valid YAML"
        problems.append(Problem(source, 1, 1, "", f"YAML: {message}"))
    finally:
        if loader is not None:
            loader.dispose()
    # An empty document (a trailing '---') is not a mistake worth a message.
    documents = [d for d in documents if d.data is not None or d.broken]
    return documents, problems + cut_by_comment(text, documents)


def _reader_problem(exc: yaml.reader.ReaderError, text: str, source: str) -> Problem:
    """A control character YAML refuses, named and located."""
    position = exc.position if isinstance(exc.position, int) else 0
    if _EventLoader is not yaml.SafeLoader:
        # libyaml reads the text as UTF-8 and counts bytes, not characters
        before = text.encode("utf-8")[:position].decode("utf-8", "ignore")
    else:
        before = text[:position]
    line = len(re.findall(r"\r\n|\r|\n", before)) + 1
    column = len(before) - max(before.rfind("\n"), before.rfind("\r"))
    character = exc.character if isinstance(exc.character, int) else 0
    message = (
        f"YAML: the invisible character U+{character:04X} is not allowed here; "
        "delete it (it often comes from copying text out of another program)"
    )
    return Problem(source, line, column, "", message)


def _decode(raw: bytes, source: str) -> tuple[str | None, Problem | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        start_of_line = raw[before.rfind(b"\n") + 1 : exc.start]
        column = len(start_of_line.decode("utf-8", "replace")) + 1
        message = "file is not UTF-8 text; save it as UTF-8"
        return None, Problem(source, line, column, "", message)


def _file_type(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "a special file"


def load_file(
    path: str, source: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[list[Document], list[Problem]]:
    """Read one YAML file from disk, refusing oversized files before reading."""
    try:
        # Non-blocking: opening a FIFO for reading would wait for a writer
        # forever. What was opened is then checked, not what the name was.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(descriptor, "rb") as handle:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                message = f"is {_file_type(status.st_mode)}, not a file; remove it"
                return [], [Problem(source, 1, 1, "", message)]
            size = status.st_size
            if size > limits.max_bytes:
                message = (
                    f"file is {size:,} bytes; the limit is {limits.max_bytes:,} "
                    "(REALSELF_MAX_FILE_BYTES)"
                )
                return [], [Problem(source, 1, 1, "", message)]
            raw = handle.read(size + 1)  # one more: did it grow since?
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return [], [Problem(source, 1, 1, "", f"cannot read file: {reason}")]
    if len(raw) > limits.max_bytes:
        message = f"file is over the limit of {limits.max_bytes:,} bytes"
        return [], [Problem(source, 1, 1, "", f"{message} (REALSELF_MAX_FILE_BYTES)")]
    text, problem = _decode(raw, source)
    del raw  # the text is what we need now; a big file should not be held twice
    if problem is not None:
        return [], [problem]
    if "\0" in text:
        before = text[: text.index("\0")]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        message = "file contains a NUL byte; save it as plain UTF-8 text"
        return [], [Problem(source, line, column, "", message)]
    return load_text(text, source, limits)
