"""YAML that reads fine to a person and means something else to the parser.

A comma inside ``{...}`` or ``[...]`` ends a value, ``: `` inside a value
starts a new key, curly quotes are part of a key: each gets a message that
says what happened and how to write it instead, at the line it happened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .problems import WARNING, Problem

if TYPE_CHECKING:  # load.py calls cut_by_comment
    from .load import Document, Path

_CURLY = "\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _short(text: str, most: int = 40) -> str:
    return text if len(text) <= most else text[: most - 3] + "..."


def curly_key(key: str, known: list[str]) -> str | None:
    """A known field name wrapped in curly (smart) quotes."""
    bare = key.strip(_CURLY + "\"' ")
    if bare != key and bare in known:
        return (
            f"the key is wrapped in curly quotes; write {bare}: with no quotes "
            '(word processors and phones turn " into \u201c\u201d)'
        )
    return None


def _parent(data: Any, path: Path) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def comma_split(doc: Document, data: Any, path: Path) -> str | None:
    """Did a comma in a ``{key: value}`` mapping turn the rest into a key?

    ``{alt: a ridge at sunrise, holding a thermos}`` is read as ``alt`` plus
    an empty field named ``holding a thermos``. Such a key has no value and
    sits on the line of the value before it. Returns the message, or "" for
    the second and later pieces of one value (the first says it all).
    """
    mapping = _parent(data, path[:-1])
    if not isinstance(mapping, dict) or not isinstance(path[-1], str):
        return None
    keys = list(mapping)
    index = keys.index(path[-1]) if path[-1] in keys else 0
    if index == 0 or mapping[path[-1]] is not None:
        return None
    here = doc.key_positions.get(path)
    # walk back over earlier pieces of the same value to the real field
    first = index
    while first > 0 and mapping[keys[first - 1]] is None:
        first -= 1
    if first == 0:
        return None
    owner = keys[first - 1]
    before = doc.positions.get((*path[:-1], owner))
    if here is None or before is None or here[0] != before[0]:
        return None  # on a line of its own: a real (unknown) key
    if first < index:
        return ""
    pieces = [str(mapping[owner])]
    for key in keys[first:]:
        if mapping[key] is not None:
            break
        pieces.append(key)
    whole = ", ".join(pieces)
    return (
        f"the comma after {_short(pieces[0])!r} ended the value of {owner}, and "
        f"the rest was read as a field of its own; put the whole value in "
        f'quotes ({owner}: "{_short(whole, 60)}") or write each field on its '
        "own line"
    )


def _walk(data: Any, path: Path = ()) -> Iterator[tuple[Path, list[Any]]]:
    """Every list in a document, with its path."""
    if isinstance(data, dict):
        pairs: Iterable[tuple[Any, Any]] = data.items()
    elif isinstance(data, list):
        yield path, data
        pairs = enumerate(data)
    else:
        return
    for key, value in pairs:
        if isinstance(value, dict | list):  # a generator for each text: 49 a profile
            yield from _walk(value, (*path, key))


def split_sentences(doc: Document) -> list[Problem]:
    """Warn where a comma in ``[...]`` cut one sentence into two items.

    ``hopes: [If something here helped, tell one friend.]`` gives two items,
    silently. Two items on one line are a ``[...]`` list (a ``-`` list has
    one item per line); words that start with a capital followed by words
    that start in lower case were most likely one sentence.
    """
    problems = []
    for path, items in _walk(doc.data):
        for index in range(1, len(items)):
            before, item = items[index - 1], items[index]
            if not (isinstance(before, str) and isinstance(item, str)):
                continue
            if not (before[:1].isupper() and item[:1].islower()):
                continue
            if " " not in before or " " not in item:
                continue  # names and tags ([Sam, srivera]), not a sentence
            here = doc.positions.get((*path, index))
            there = doc.positions.get((*path, index - 1))
            if here is None or there is None or here[0] != there[0]:
                continue
            whole = _short(f"{before}, {item}", 60)
            message = (
                f"the comma after {_short(before)!r} started a new item, so one "
                f'sentence became two; if it is one, put it in quotes ("{whole}") '
                "or write the list with one '- item' per line"
            )
            problems.append(doc.problem((*path, index), message, level=WARNING))
    return problems


def colon_in_item(given: Any) -> str | None:
    """A ``[...]`` item or value with ': ' in it became a one-field group."""
    if isinstance(given, dict) and len(given) == 1:
        key, value = next(iter(given.items()))
        if isinstance(key, str) and isinstance(value, str):
            return (
                f"must be text, but ': ' in {_short(f'{key}: {value}')!r} made it a "
                "key and a value; put the whole text in quotes"
            )
    return None


# One space, then '#' and a word: "I'm #1", "my #dogsofinstagram". A comment
# people mean to write has a space after the '#' (or two before it).
_MIDSENTENCE_HASH = re.compile(r" #\S")
_BREAK = re.compile(r"\r\n|\r|\n")
_MOST_LINES = 1_000


def _lines_with_hash(text: str) -> dict[int, str]:
    """Line number -> text of each line holding ' #' and a word.

    Only those lines are cut out (splitting a whole 10 MB file into lines
    costs half a second), each character is looked at twice at most, and a
    file with more such lines than any profile has (pasted data) stops early.
    """
    lone_cr = "\r" in text.replace("\r\n", "") if "\r" in text else False
    found: dict[int, str] = {}
    number, counted = 1, 0
    match = _MIDSENTENCE_HASH.search(text)
    while match is not None and len(found) < _MOST_LINES:
        at = match.start()
        begin = max(text.rfind("\n", counted, at), text.rfind("\r", counted, at)) + 1
        begin = max(begin, counted)
        if lone_cr:  # old Mac line breaks: count them the way YAML does
            number += len(_BREAK.findall(text, counted, begin))
        else:
            number += text.count("\n", counted, begin)
        counted = begin
        after = _BREAK.search(text, at)
        end = after.start() if after else len(text)
        found[number] = text[begin:end]
        match = _MIDSENTENCE_HASH.search(text, end)  # the next line with one
    return found


def cut_by_comment(text: str, documents: list[Document]) -> list[Problem]:
    """Warn where ' #' inside an unquoted value started a comment.

    ``headline: I'm #1 at this`` is read as "I'm": YAML drops the rest.
    Only one-line plain values are looked at; quotes keep a '#'.
    """
    lines = _lines_with_hash(text)
    if not lines:
        return []
    problems = []
    for doc in documents:
        for path, (line, column) in doc.positions.items():
            if line not in lines:
                continue
            value = _parent(doc.data, path)
            if not isinstance(value, str) or not value:
                continue
            written = lines[line][column - 1 :]
            if not written.startswith(value):
                continue  # quoted, folded or spread over several lines
            rest = written[len(value) :]
            if _MIDSENTENCE_HASH.match(rest):
                cut = _short(rest.strip())
                message = (
                    f"the text after ' #' ({cut!r}) was read as a comment and "
                    "left out; put the whole value in quotes to keep it"
                )
                problems.append(doc.problem(path, message, level=WARNING))
    return problems
