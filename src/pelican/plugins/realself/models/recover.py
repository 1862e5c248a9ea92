"""What a mistake costs: the field or list item it is in, not the document.

pydantic says where each error is; from there we walk up to the smallest part
of the document that may go (a list item, an optional field) and validate the
rest again. A document goes only when the error is in something its kind
cannot stand without (``essential`` on each model, and required fields).
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel

from ..load import Path


def model_at(model: Any, path: Path) -> Any:
    """The (nested) model a path points into, or None past a plain value.

    List indexes are skipped, so ``photo[0]`` and a lone ``photo`` mapping
    (which stands for a list of one) both lead to ``Photo``.
    """
    current = model
    for part in path:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return None
        current = inner_model(fields[part].annotation)
    return current


def inner_model(annotation: Any) -> Any:
    """Find the BaseModel inside ``list[Photo]``, ``Ask | None`` and friends."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = inner_model(arg)
        if found is not None:
            return found
    return None


def _existing(data: Any, path: Path) -> Path:
    """The longest start of ``path`` that is really in ``data``.

    pydantic may add steps of its own (a union member's name); what we
    remove must be something the user wrote.
    """
    out: list[str | int] = []
    current = data
    for part in path:
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int):
            if not 0 <= part < len(current):
                break
            current = current[part]
        else:
            break
        out.append(part)
    return tuple(out)


def _is_field(model: type[BaseModel], path: Path) -> bool:
    """Does ``path`` end at a field of a model (not inside a plain value)?"""
    if not path or not isinstance(path[-1], str):
        return False
    return path[-1] in (getattr(model_at(model, path[:-1]), "model_fields", None) or {})


def to_leave_out(model: type[BaseModel], data: Any, path: Path) -> Path | None:
    """The smallest part holding an error at ``path`` that the document can lose.

    None when the document cannot stand without it: an essential field of the
    kind, a required one, or the document as a whole. Inside a plain value
    (a list where text belongs) the whole field goes.
    """
    path = _existing(data, path)
    essential = getattr(model, "essential", frozenset())
    for end in range(len(path), 0, -1):
        part, parent = path[end - 1], path[: end - 1]
        if isinstance(part, int):
            if _is_field(model, parent):
                return path[:end]  # one item of a list field
            continue
        fields = getattr(model_at(model, parent), "model_fields", None)
        if fields is None:
            continue  # inside a plain value
        if part not in fields:
            return path[:end]  # a key the model does not know
        if end == 1 and part in essential:
            return None
        if not fields[part].is_required():
            return path[:end]
    return None


def without(data: Any, paths: list[Path]) -> Any:
    """A copy of ``data`` with every path in ``paths`` taken out.

    List items are removed from the last to the first, so the indexes of the
    others stay right while we remove.
    """
    data = copy.deepcopy(data)
    # A path inside another that goes is gone with it. Prefixes are looked up
    # in a set: comparing every pair took minutes for 9,000 unknown keys.
    chosen = set(paths)
    paths = [p for p in chosen if not any(p[:end] in chosen for end in range(len(p)))]
    for path in sorted(paths, key=_removal_order, reverse=True):
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        if isinstance(parent, list):
            del parent[path[-1]]
        else:
            parent.pop(path[-1], None)
    return data


def _removal_order(path: Path) -> tuple[tuple[int, Any], ...]:
    """Sort key: deeper paths and later list items come later."""
    return tuple((0, part) if isinstance(part, int) else (1, part) for part in path)
