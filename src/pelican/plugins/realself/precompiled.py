"""Our templates compiled ahead of time, for the Jinja environment Pelican
makes by default: a build without a cache folder loads their code instead of
compiling it.

Compiling templates/realself/*.html costs about 0.1 s of CPU on every build
that has no compiled copy in its cache folder (CI, a fresh clone),
macros.html most of it. The ``compiled`` package beside this module holds
the Python code Jinja generates for each of them, with what that code was
made for: the Jinja version, the environment's options
(``compile_options``), the template's source, and how each filter and test
the template uses is called. ``caching.CompiledTemplates`` takes a module's
code only when all of those match the build's; anything else is compiled as
before. The modules are ordinary Python files, so Python keeps their
bytecode (.pyc) as it does for the rest of the package.

Remake them after editing a template (tests/test_precompiled.py fails until
then)::

    ./dev compile-templates    # runs precompiled.main()
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
from pathlib import Path
from types import CodeType
from typing import Any

PACKAGE = f"{__package__}.compiled"
COMPILED = Path(__file__).with_name("compiled")
OURS = Path(__file__).with_name("templates") / "realself"
COMMAND = "./dev compile-templates"

#: A filter or test a template uses, as the record keys it: ("filter" or
#: "test", its name, whether the compiler calls it on constants itself).
Call = tuple[str, str, bool]


def compile_options(env: Any) -> tuple[Any, ...]:
    """Everything besides a template's source and its filters and tests that
    shapes the code Jinja compiles for it in ``env``."""
    from jinja2 import __version__ as jinja_version

    def named(value: Any) -> str:
        return getattr(value, "__qualname__", None) or repr(value)

    return (
        jinja_version,
        named(type(env)),  # a sandboxed environment compiles operators otherwise
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        named(env.autoescape),
        named(env.finalize),
        named(env.code_generator_class),
        getattr(env, "newstyle_gettext", None),
        tuple(sorted(env.extensions)),
    )


def call_kind(function: Any) -> str:
    """How compiled code calls a filter or test: with the context, the eval
    context or the environment first, or with the value alone."""
    from jinja2.utils import _PassArg

    if function is None:
        return "missing"
    kind = _PassArg.from_obj(function)
    return kind.name if kind is not None else "value"


def how_called(env: Any, call: Call) -> str:
    """``call_kind`` of the function ``env`` has for ``call``; for one the
    compiler applies to constants itself, which function it is too (its
    result is written into the code)."""
    what, name, folded = call
    function = (env.filters if what == "filter" else env.tests).get(name)
    kind = call_kind(function)
    if folded and function is not None:
        kind += f" {getattr(function, '__module__', '?')}."
        kind += getattr(function, "__qualname__", repr(function))
    return kind


def checksum(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def shipped_code(env: Any, name: str, filename: str | None, source: str) -> Any:
    """The shipped code of template ``name`` if it was made for this very
    source and an environment that compiles it alike, else None.

    The code object reports ``filename`` as its file, as code Jinja compiles
    from that file does (tracebacks and ``Template.filename`` name the
    template, not the module).
    """
    record = importlib.import_module(PACKAGE)
    entry = record.TEMPLATES.get(name)
    if entry is None:
        return None
    module, made_from, calls = entry
    if made_from != checksum(source) or compile_options(env) != record.OPTIONS:
        return None
    if any(how_called(env, call) != kind for call, kind in calls.items()):
        return None
    return _module_code(module, filename or "<template>")


@functools.cache
def _module_code(module: str, filename: str) -> CodeType | None:
    """A shipped module's code, reporting ``filename``: read once a process
    (a build loads each template once in every generator's environment;
    without a .pyc, as under PYTHONDONTWRITEBYTECODE, Python compiles the
    module each time it is read: 10-15 ms for macros.html)."""
    spec = importlib.util.find_spec(f"{PACKAGE}.{module}")
    if spec is None or spec.loader is None:  # pragma: no cover - a deleted file
        return None
    code = spec.loader.get_code(spec.name)  # type: ignore[attr-defined]
    return _located(code, filename)


def _located(code: CodeType, filename: str) -> CodeType:
    """``code`` and the functions inside it, reporting ``filename``."""
    consts = tuple(
        _located(const, filename) if isinstance(const, CodeType) else const
        for const in code.co_consts
    )
    return code.replace(co_filename=filename, co_consts=consts)


# -- making them: ./dev compile-templates -----------------------------------------


def default_environment(cache_path: str) -> Any:
    """The Jinja environment of a Pelican generator under Pelican's default
    settings, with what this plugin adds to it (``add_templates``)."""
    from pelican.generators import Generator
    from pelican.settings import read_settings

    from . import add_templates

    # SITEURL and TIMEZONE only keep Pelican from warning about feeds
    settings = read_settings(
        None,
        override={
            "CACHE_PATH": cache_path,
            "SITEURL": "https://example.com",
            "TIMEZONE": "UTC",
        },
    )
    generator = Generator(
        context={},
        settings=settings,
        path=cache_path,
        theme=settings["THEME"],
        output_path=cache_path,
    )
    add_templates(generator)
    return generator.env


def calls_in(env: Any, name: str, source: str) -> dict[Call, str]:
    """Every filter and test template ``name`` uses, and how ``env`` calls it."""
    from jinja2 import nodes
    from jinja2.nodes import EvalContext

    found: set[Call] = set()
    for node in env.parse(source, name).find_all((nodes.Filter, nodes.Test)):
        what = "filter" if isinstance(node, nodes.Filter) else "test"
        try:
            node.as_const(EvalContext(env, name))
            folded = True
        except Exception:  # Impossible, or any error the call raised
            folded = False
        found.add((what, node.name, folded))
    return {call: how_called(env, call) for call in sorted(found)}


def write_compiled(folder: Path = COMPILED) -> list[str]:
    """Compile every template in templates/realself/ for Pelican's default
    environment into ``folder``, one module each, and the record beside
    them in ``folder/__init__.py``. Returns the modules' names."""
    import tempfile

    with tempfile.TemporaryDirectory() as cache:
        env = default_environment(cache)
    record: dict[str, tuple[str, str, dict[Call, str]]] = {}
    folder.mkdir(exist_ok=True)
    for path in sorted(OURS.glob("*.html")):
        name = f"realself/{path.name}"
        source, filename, _ = env.loader.get_source(env, name)
        module = path.stem
        code = env.compile(source, name, filename, raw=True)
        (folder / f"{module}.py").write_text(code, encoding="utf-8")
        record[name] = (module, checksum(source), calls_in(env, name, source))
    for old in folder.glob("*.py"):
        if old.stem != "__init__" and old.stem not in {
            m for m, _, _ in record.values()
        }:
            old.unlink()
    (folder / "__init__.py").write_text(_record_module(env, record), encoding="utf-8")
    return [module for module, _, _ in record.values()]


def _record_module(env: Any, record: dict[str, Any]) -> str:
    lines = [
        f'"""Our templates compiled by Jinja {compile_options(env)[0]}: made by',
        f"`{COMMAND}` (precompiled.py), not edited by hand.",
        "",
        "One module per template, holding the code Jinja generates for it in",
        "Pelican's default environment. precompiled.shipped_code uses a module",
        "only when the build's environment and the template's source are those",
        'recorded here."""',
        "",
        "# what the environment was: precompiled.compile_options",
        f"OPTIONS = {compile_options(env)!r}",
        "",
        "# template -> (module, sha256 of its source, how each filter and test",
        "# it uses is called: precompiled.how_called)",
        "TEMPLATES = {",
    ]
    for name, entry in record.items():
        lines.append(f"    {name!r}: {entry!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    """``./dev compile-templates``: remake the modules and say which."""
    modules = write_compiled()
    print(f"compiled {len(modules)} templates into {COMPILED}: {', '.join(modules)}")
