"""Keeping work between builds: parsed YAML lives in the generator (a
FileStampDataCacher), rendered Markdown in rendered.py; compiled templates
and the cache format live here.

Parsed YAML and rendered Markdown follow Pelican's CACHE_CONTENT /
LOAD_CONTENT_CACHE settings; compiled templates are always kept (Jinja checks
each against its source), in Pelican's CACHE_PATH.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import os
import threading
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from jinja2 import FileSystemBytecodeCache
from jinja2.bccache import Bucket
from pelican.cache import FileDataCacher

from . import host
from .precompiled import call_kind, compile_options, shipped_code

#: The parsed YAML's cache file in CACHE_PATH. Its number goes up when a
#: record it holds (load.Document, problems.Problem) changes shape: a cache
#: an earlier version wrote is then not read back into classes it no longer
#: fits (a Problem was a dataclass before 2), but left unread.
PARSED = "RealselfGenerator-2"


def keep_compiled_templates(env: Any, settings: dict[str, Any]) -> None:
    """Keep compiled templates between builds, in Pelican's CACHE_PATH.

    Pelican makes new Jinja environments for every build and compiles every
    template it renders again, ours and the theme's: about 0.1 s each for
    ours and for Pelican's own theme, on every `pelican` run and every
    --autoreload rebuild, whether content caching is on or not. Loading the
    compiled code instead takes about 1 ms. A site that sets its own
    ``bytecode_cache`` (JINJA_ENVIRONMENT) keeps it; a folder that cannot be
    written only means templates are compiled as before.
    """
    if env.bytecode_cache is not None:  # the site chose its own
        return
    folder = os.path.join(settings.get("CACHE_PATH") or "cache", "RealselfTemplates")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return
    env.bytecode_cache = CompiledTemplates(folder)


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's file cache of compiled templates, keyed safely.

    Jinja itself keys a template by its name and file and checks the source
    (and the Python version) before using the code. Compiled code also
    depends on the environment: the delimiters and whitespace options, the
    extensions, whether gettext is new-style, autoescape and finalize, and,
    for each filter and test, whether it takes the context. Those go into
    the key too, with the versions of Jinja and of this plugin, so a change
    of any of them compiles afresh instead of using code compiled for
    something else. Writing is best-effort: a read-only folder is skipped.
    """

    def get_bucket(
        self, environment: Any, name: str, filename: str | None, source: str
    ) -> Bucket:
        key = self.get_cache_key(name, filename) + _environment_key(environment)
        key = hashlib.sha256(key.encode()).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        if bucket.code is None:
            # Not kept yet: our own templates come compiled with the package
            # (precompiled.py). Given code, Jinja neither compiles nor keeps
            # it; any other template is compiled and kept as before.
            bucket.code = shipped_code(environment, name, filename, source)
        return bucket

    def dump_bytecode(self, bucket: Any) -> None:
        """Write the code whole under a name of this process, then rename it:
        a build reading the folder meanwhile never sees half a file. (Jinja's
        own makes a NamedTemporaryFile, which costs four times as much: a
        cold build writes every template it loads.)"""
        name = self._get_cache_filename(bucket)
        partial = f"{name}.{os.getpid()}-{threading.get_ident()}.tmp"
        try:
            with open(partial, "wb") as handle:
                bucket.write_bytecode(handle)
            os.replace(partial, name)
        except BaseException as error:
            with contextlib.suppress(OSError):
                os.remove(partial)
            # a full disk or a read-only cache: compiled again next time
            if not isinstance(error, OSError):
                raise


# Environment keys worked out in this process: (options, a copy of the
# filters, a copy of the tests, the key). Every generator's environment
# shares them; the copies keep the functions alive, and comparing a copy
# with an environment's dict compares each name's function.
_KEYS: list[tuple[tuple[Any, ...], dict[str, Any], dict[str, Any], str]] = []


def _environment_key(env: Any) -> str:
    """What shapes the code Jinja compiles, besides the template's source.

    Worked out once a process for the options, filters and tests every
    generator's environment shares (0.3-0.5 ms), and again when any of them
    changes; looking it up costs about 10 microseconds, against 2 ms for
    compiling a template.
    """
    options = _options(env)
    for kept in _KEYS:
        if kept[0] == options and kept[1] == env.filters and kept[2] == env.tests:
            return kept[3]

    def kinds(functions: dict[str, Any]) -> list[tuple[str, str]]:
        return sorted((n, call_kind(f)) for n, f in functions.items())

    key = repr((options, kinds(env.filters), kinds(env.tests)))
    if len(_KEYS) >= 8:  # settings are read again on every --autoreload rebuild
        del _KEYS[0]
    _KEYS.append((options, dict(env.filters), dict(env.tests), key))
    return key


def _options(env: Any) -> tuple[Any, ...]:
    from . import __version__

    return (*compile_options(env), __version__)


def compress_lightly(cacher: FileDataCacher) -> None:
    """Save a cache with gzip's fastest level instead of its slowest (9).

    The whole cache is written again on every build that changed a file;
    for 1,000 documents level 9 takes about 90 ms, level 1 about 25 ms, for a
    file a third larger. Reading is the same for any level.
    """
    if cacher.settings.get("GZIP_CACHE"):
        host.set_cache_opener(cacher, functools.partial(gzip.open, compresslevel=1))


def module_version(module: Any, name: str) -> str:
    """The version ``module`` says it is, else the installed version of the
    distribution ``name``: the attribute costs nothing, the metadata 2-3 ms
    of CPU for the first distribution a process looks up."""
    said = getattr(module, "__version__", None)
    return said if isinstance(said, str) else installed(name)


@functools.cache
def installed(name: str) -> str:
    """The installed version of the distribution ``name`` ("?" if unknown)."""
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover - vendored or renamed
        return "?"
