"""Write shapes.py: what the fast check knows of each pydantic model.

The rules stay written once, in the models; this reads them (type hints with
their ``Annotated`` parts, defaults, the model's settings) and writes each
field as one of the few kinds fast_check.py knows. A type, setting or
validator it does not know stops it with a message: teach both files, or
leave the fast check out of that model. Run after changing a model
(tests/test_fast_check.py fails until then)::

    ./dev make-shapes    # runs make_shapes.main()
"""

from __future__ import annotations

import pprint
import types
import typing
from pathlib import Path
from typing import Any

from annotated_types import Ge, Le, MaxLen
from pydantic import BaseModel, BeforeValidator, StrictBool
from pydantic.fields import FieldInfo
from pydantic.types import Strict

from . import fields, offer
from .recover import inner_model
from .rules import one_or_many
from .validate import KINDS

SHAPES = Path(__file__).with_name("shapes.py")
COMMAND = "./dev make-shapes"

# Our Annotated types, found by equality, as the kinds fast_check.py checks.
_ALIASES = (
    ("text", fields.Text),
    ("markdown", fields.Markdown),
    ("slug", fields.Slug),
    ("lang", fields.Lang),
    ("url", fields.Url),
    ("claim_url", offer.ClaimUrl),
    ("day", fields.Day),
    ("moment", fields.Moment),
    ("bool", StrictBool),
)

# What fast_check.py takes for granted of every model.
_CONFIG = {
    "extra": "forbid",
    "strict": False,
    "str_strip_whitespace": False,
    "coerce_numbers_to_str": True,
    "validate_default": False,
}


class UnknownShape(TypeError):
    """A model uses something the fast check cannot read."""


def _union_args(hint: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return None


def _list_kind(item: Any, info: FieldInfo, extras: list[Any], where: str) -> tuple:
    """("list", most items, whether one mapping may stand for the list, item kind)."""
    one = False
    for part in extras:
        if isinstance(part, BeforeValidator) and part.func is one_or_many:
            one = True
        elif not (isinstance(part, FieldInfo) and _only(part.metadata, MaxLen)):
            raise UnknownShape(f"{where}: unknown list option {part!r}")
    most = [m.max_length for m in info.metadata if isinstance(m, MaxLen)]
    if len(most) != 1:
        raise UnknownShape(f"{where}: a list needs one max_length")
    return ("list", most[0], one, kind_of(item, info, where + "[]"))


def _only(metadata: list[Any], *types_: type) -> bool:
    return all(isinstance(m, types_) for m in metadata)


def _strict_int(extras: list[Any], where: str) -> tuple:
    """("int", least, most) from Annotated[StrictInt, Field(ge=..., le=...)]."""
    strict, bounds = False, {}
    for part in extras:
        parts = part.metadata if isinstance(part, FieldInfo) else [part]
        for one in parts:
            if isinstance(one, Strict) and one.strict:
                strict = True
            elif isinstance(one, Ge | Le):
                bounds[type(one)] = one.ge if isinstance(one, Ge) else one.le
            else:
                raise UnknownShape(f"{where}: unknown int option {one!r}")
    if not strict or len(bounds) != 2:
        raise UnknownShape(f"{where}: an int must be strict, with ge and le")
    return ("int", bounds[Ge], bounds[Le])


def kind_of(hint: Any, info: FieldInfo, where: str) -> tuple:
    """The kind of one (non-None) type hint, as a tuple fast_check.py reads."""
    for name, alias in _ALIASES:
        if hint == alias:
            return (name,)
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        values = typing.get_args(hint)
        if not _only(list(values), str):
            raise UnknownShape(f"{where}: only text literals are known")
        return ("literal", values)
    if isinstance(hint, type) and issubclass(hint, BaseModel):
        return ("model", hint.__name__)
    if origin is list:
        return _list_kind(typing.get_args(hint)[0], info, [], where)
    if origin is typing.Annotated:
        base, *extras = typing.get_args(hint)
        if typing.get_origin(base) is list:
            return _list_kind(typing.get_args(base)[0], info, extras, where)
        if base is int:
            return _strict_int(extras, where)
    raise UnknownShape(
        f"{where}: the fast check does not know {hint!r}; teach make_shapes.py "
        "and fast_check.py, or keep this model out of it"
    )


def _field(model: type[BaseModel], name: str, hint: Any) -> tuple:
    """(name, kind, may be None, required, default)."""
    info = model.model_fields[name]
    where = f"{model.__name__}.{name}"
    args = _union_args(hint)
    nullable = args is not None and type(None) in args
    if args is not None and not (nullable and len(args) == 2):
        raise UnknownShape(f"{where}: only 'X | None' unions are known")
    if nullable:
        hint = next(arg for arg in args if arg is not type(None))
    kind = kind_of(hint, info, where)
    if info.is_required():
        return (name, kind, nullable, True, None)
    if info.default_factory is list:
        return (name, kind, nullable, False, [])
    if info.default_factory is not None:
        raise UnknownShape(f"{where}: only list() is known as a default factory")
    if type(info.default) not in (type(None), bool, int, str):
        raise UnknownShape(f"{where}: a default of {info.default!r} is not known")
    return (name, kind, nullable, False, info.default)


def _check_model(model: type[BaseModel]) -> None:
    config = {key: model.model_config.get(key) for key in _CONFIG}
    if config != _CONFIG:
        raise UnknownShape(f"{model.__name__}: model settings {config} are not known")
    decorators = model.__pydantic_decorators__
    kinds = ("validators", "field_validators", "root_validators", "model_validators")
    if any(getattr(decorators, kind) for kind in kinds):
        raise UnknownShape(f"{model.__name__}: its own validators are not known")


def shapes(kinds: dict[str, type[BaseModel]] = KINDS) -> dict[str, Any]:
    """Every model reachable from ``kinds``, in the order they are met."""
    models: dict[str, tuple] = {}
    todo = list(kinds.values())
    while todo:
        model = todo.pop(0)
        if model.__name__ in models:
            continue
        _check_model(model)
        hints = typing.get_type_hints(model, include_extras=True)
        names = list(model.model_fields)
        models[model.__name__] = tuple(_field(model, n, hints[n]) for n in names)
        todo += [inner_model(hints[n]) for n in names if inner_model(hints[n])]
    return {
        "KINDS": {kind: model.__name__ for kind, model in kinds.items()},
        "MODELS": models,
    }


def text() -> str:
    """The source of shapes.py, as ``main`` writes it."""
    made = shapes()
    return f'''"""What the fast check knows of each model: made from the pydantic models
by make_shapes.py; do not edit. Remake it after changing a model
(tests/test_fast_check.py fails until then)::

    {COMMAND}

A field is (name, kind, may be None, required, default); a kind is a tuple:
("text",), ("markdown",), ("slug",), ("lang",), ("url",), ("claim_url",),
("day",), ("moment",), ("bool",), ("int", least, most), ("literal", values),
("model", name) or ("list", most items, one mapping may stand for it, item kind).
"""

from typing import Any

#: ``kind:`` -> the model that reads it
KINDS = {pprint.pformat(made["KINDS"], sort_dicts=False)}

MODELS: dict[str, Any] = {pprint.pformat(made["MODELS"], sort_dicts=False, width=88)}
'''


def main() -> None:
    SHAPES.write_text(text(), encoding="utf-8")
    print(f"wrote {SHAPES}")
