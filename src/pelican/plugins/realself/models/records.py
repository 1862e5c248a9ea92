"""What the build keeps of each checked document: small plain records.

One record class per model (Profile, Note, Offer, Photo, ...), with the
model's fields in its order, made from shapes.py. The fast check
(fast_check.py) makes them directly; a document pydantic checked
(validate.py) is turned into the same records by ``from_model``, so the rest
of the build sees one kind of object whichever way a document went. Like the
pydantic models they stand for, records are read-only and compare by value.
"""

from __future__ import annotations

from typing import Any

from .shapes import MODELS


class Record:
    """A checked document or group of fields: attribute access, read-only."""

    __slots__ = ()
    #: the field names, in the model's order
    fields: tuple[str, ...] = ()

    def __init__(self, **values: Any) -> None:
        for name in self.fields:
            object.__setattr__(self, name, values.pop(name))
        if values:
            raise TypeError(f"{type(self).__name__} has no field {min(values)!r}")

    def model_copy(self, *, update: dict[str, Any]) -> Record:
        """A copy with some fields replaced (named as pydantic's method is)."""
        return type(self)(**{**self.as_dict(), **update})

    def as_dict(self) -> dict[str, Any]:
        """The fields and their values (nested records stay records)."""
        return {name: getattr(self, name) for name in self.fields}

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.fields)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.fields)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_remake, (type(self).__name__, self.as_dict()))


def _remake(name: str, values: dict[str, Any]) -> Record:
    return RECORDS[name](**values)


def _record_class(name: str, fields: tuple[str, ...]) -> type[Record]:
    namespace = {"__slots__": fields, "fields": fields, "__module__": __name__}
    return type(name, (Record,), namespace)


#: model name -> its record class
RECORDS: dict[str, type[Record]] = {
    name: _record_class(name, tuple(field[0] for field in fields))
    for name, fields in MODELS.items()
}


def from_model(model: Any) -> Any:
    """The record for what pydantic made (validate.py); a model of a kind added
    with ``register_kind`` (no shape, no record) stays as it is."""
    record = RECORDS.get(type(model).__name__)
    if record is None or not hasattr(type(model), "__pydantic_fields__"):
        return model
    return record(**{name: _plain(getattr(model, name)) for name in record.fields})


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(type(value), "__pydantic_fields__"):
        return from_model(value)
    return value
