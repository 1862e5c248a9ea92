"""Profile one build of a synthetic site with cProfile; print the top entries.

    .venv/bin/python bench/profile_build.py typical       # the typical blog, cold
    .venv/bin/python bench/profile_build.py idle          # 300 articles, no YAML
    .venv/bin/python bench/profile_build.py profiles 600  # 600 profiles
    .venv/bin/python bench/profile_build.py growth 4000   # 500 articles, 4000 offers
    .venv/bin/python bench/profile_build.py incremental   # the cached second build

Options: --sort cumulative|tottime, --top N, --plugin-off, --our-code (only
entries from pelican.plugins.realself), --dump FILE (save the stats for
pstats), --set NAME=VALUE (a setting, any
number of times, e.g. --set REALSELF_VOICE_WARNINGS=False).
REALSELF_BENCH_PLUGIN=DIR profiles the plugin in DIR instead (e.g. an older
commit's package folder from `git archive`: src/pelican/plugins/realself/, or
plugin/ before the src layout).
"""

from __future__ import annotations

import argparse
import ast
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sites  # noqa: E402
from benchmark import (  # noqa: E402
    _build,
    _OtherCheckout,
    _preimport,
    _quiet,
    base_settings,
    typical_settings,
)

# A size for the kinds that have one, when none is given.
DEFAULT_SIZES = {"idle": 300, "profiles": 600, "pages": 600, "growth": 4000}


def make(kind: str, size: int, root: Path) -> None:
    if kind == "typical":
        sites.make_typical(root, size or 300)
        return
    if kind not in sites.SHAPES:
        sys.exit(f"unknown kind {kind}; use {', '.join(sites.SHAPES)}")
    sites.make_shaped(root, kind, size or DEFAULT_SIZES.get(kind, 0))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind")
    parser.add_argument("size", nargs="?", type=int, default=0)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--plugin-off", action="store_true")
    parser.add_argument("--our-code", action="store_true")
    parser.add_argument("--dump", metavar="FILE", help="also save the stats (pstats)")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=PYTHON",
        help="a setting for the build, e.g. --set REALSELF_VOICE_WARNINGS=False",
    )
    args = parser.parse_args()
    if os.environ.get("REALSELF_BENCH_PLUGIN"):
        sys.meta_path.insert(0, _OtherCheckout(os.environ["REALSELF_BENCH_PLUGIN"]))
    _quiet()
    with tempfile.TemporaryDirectory(prefix="realself-profile-") as tmp:
        root = Path(tmp)
        make(args.kind, args.size, root)
        os.chdir(root)
        extra = {}
        if args.kind == "incremental":
            extra = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
        for item in args.set:
            name, _, value = item.partition("=")
            extra[name] = ast.literal_eval(value)
        if args.kind == "typical":
            settings = {**typical_settings(root, not args.plugin_off), **extra}
        else:
            settings = base_settings(root, plugin=not args.plugin_off, **extra)
        if not args.plugin_off:
            _preimport()
        if args.kind == "incremental":
            _build(settings)  # the cold build fills the cache
            touched = root / "content" / "realself" / "person-00007.yaml"
            touched.write_text(touched.read_text() + "# edited\n")
            stamp = time.time() + 5
            os.utime(touched, (stamp, stamp))
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        _build(settings)
        profiler.disable()
        print(f"build: {time.perf_counter() - start:.2f} s (with the profiler on)")
        if args.dump:
            profiler.dump_stats(args.dump)
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats(args.sort)
        ours = r"/plugin/|plugins/realself"
        stats.print_stats(ours if args.our_code else "", args.top)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
