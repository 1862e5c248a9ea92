"""The ``realself`` command: check, new and schema.

``realself check`` uses the same loader, models and cross-document checks as
the build, without a Pelican build, so it is fast enough for an editor hook
or the first step of CI. Exit codes: 0 clean, 1 problems, 2 usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import Any

from markupsafe import Markup
from pelican.settings import get_settings_from_file, read_settings

from . import host, migrate, schema, starters, voice
from . import settings as realself_settings
from .collect import collect
from .models.rules import is_slug
from .paths import find_files, inside, site_relative
from .problems import ERROR, INFO, WARNING, Problem, capped, one_line
from .render import MarkdownRenderer


class UsageError(Exception):
    """Bad arguments or an unreadable site: exit code 2."""


def load_settings(target: str | None, settings_file: str | None) -> dict[str, Any]:
    """The settings and content folder the build would use.

    ``target`` is a site folder (holding pelicanconf.py) or, as in ``pelican
    content``, the content folder itself. The settings file is ``-s``, else
    the site's pelicanconf.py, else ./pelicanconf.py. The content folder is
    that argument, else ``PATH`` from the settings, else ./content (Pelican's
    own Makefile and tasks.py pass it on the command line), else the site.
    """
    site = target or "."
    if settings_file and not os.path.isfile(settings_file):
        raise UsageError(f"no settings file {settings_file}")
    if target and not os.path.isdir(target):
        raise UsageError(f"no folder {target}")
    conf = settings_file
    content = None
    # A site folder holds pelicanconf.py, or content/ (and no YAML of its own)
    site_folder = os.path.isfile(os.path.join(site, "pelicanconf.py")) or (
        os.path.isdir(os.path.join(site, "content"))
        and not os.path.isdir(os.path.join(site, "realself"))
    )
    if conf is None and os.path.isfile(os.path.join(site, "pelicanconf.py")):
        conf = os.path.join(site, "pelicanconf.py")
    if target is not None and not site_folder:
        content = target  # a content folder, as for `pelican content`
    if conf is None and content is not None and os.path.isfile("pelicanconf.py"):
        conf = "pelicanconf.py"  # `pelican content` reads ./pelicanconf.py too
    # Pelican warns about feeds and such while reading settings; not our news.
    quiet = logging.getLogger("pelican")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        own = get_settings_from_file(conf) if conf else {}
        if content is None and "PATH" not in own:
            guess = os.path.join(site, "content")
            content = guess if os.path.isdir(guess) else site
        override = {"PATH": os.path.abspath(content)} if content else {}
        settings = read_settings(conf, override=override)
    except ValueError as exc:  # e.g. the content folder does not exist
        raise UsageError(str(exc)) from None
    except Exception as exc:  # a broken pelicanconf.py: say which, briefly
        raise UsageError(
            f"cannot read {conf}: {exc.__class__.__name__}: {exc}"
        ) from None
    finally:
        quiet.setLevel(level)
    realself_settings.apply_defaults(settings)
    wrong = [message for _, message in realself_settings.check(settings)]
    if wrong:
        where = f"{conf}: " if conf else ""
        raise UsageError(where + f"\nrealself: {where}".join(wrong))
    realself_settings.start_build(settings)
    return settings


def run_check(
    settings: dict[str, Any],
) -> tuple[list[Problem], dict[str, int], list[voice.VoiceReport]]:
    """Every problem in the site's YAML, a few counts, and the voice reports."""
    config = realself_settings.of(settings)
    files = find_files(settings["PATH"], config.paths, settings["IGNORE_FILES"])
    collection = collect(files, settings["PATH"], config, settings)
    reports = voice.check_collection(
        collection, MarkdownRenderer(settings), settings, config=config
    )
    problems = collection.problems + [f for r in reports for f in r.findings]
    if not files:
        problems.append(_nothing_found(settings, config.paths))
    elif collection.profiles or collection.offers:
        problems += _output_problems(settings, collection)
    counts = {
        "files": len(files),
        "profiles": len(collection.profiles),
        "notes": len(collection.notes),
        "offers": len(collection.offers),
    }
    return capped(problems), counts, reports


class _NoMarkdown:
    """The dry run needs output paths, not rendered text."""

    def __call__(self, text: Any) -> Markup:
        return Markup("")

    def save(self) -> None:
        pass


def _output_problems(settings: dict[str, Any], collection: Any) -> list[Problem]:
    """Our output paths that pages, articles or static files already take.

    Pelican's own generators read the site as the build does (nothing is
    written), then ours settles its outputs against theirs as in a build.
    """
    from pelican.generators import ArticlesGenerator, PagesGenerator, StaticGenerator

    from . import keep_yaml_private
    from .generator import RealselfGenerator

    # run_check has the voice findings already
    settings = {**settings, "REALSELF_VOICE_WARNINGS": False}
    quiet_voice = realself_settings.of(settings)._replace(voice_warnings=False)
    realself_settings.start_build(settings, quiet_voice)
    keep_yaml_private(settings)
    context = host.shared_context(settings)
    classes = [ArticlesGenerator, PagesGenerator, StaticGenerator, RealselfGenerator]
    quiet = logging.getLogger("pelican")  # what they say, the build says
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        generators = [
            cls(
                context=context,
                settings=settings,
                path=settings["PATH"],
                theme=settings["THEME"],
                output_path=settings["OUTPUT_PATH"],
            )
            for cls in classes
        ]
        *theirs, ours = generators
        for generator in theirs:
            generator.generate_context()
        ours.generate_context(collection, _NoMarkdown())
        return ours.settle_outputs(generators)
    finally:
        quiet.setLevel(level)


def _nothing_found(settings: dict[str, Any], paths: tuple[str, ...]) -> Problem:
    content = settings["PATH"]
    where = ", ".join(
        site_relative(os.path.join(content, p), content) + "/" for p in paths
    )
    return Problem(
        site_relative(content, content),
        0,
        0,
        "",
        f"no documents found under {where} (PATH and REALSELF_PATHS); "
        "name the content folder as you do for pelican: realself check content",
        WARNING,
    )


def _line(problem: Problem) -> str:
    """Compiler style: file:line:col: level: field: message."""
    where = f"{problem.source}:{problem.line}:{problem.column}"
    if not problem.line:  # about a folder, not a place in a file
        where = problem.source
    level = "note" if problem.level == INFO else problem.level
    field = f"{problem.field}: " if problem.field else ""
    return one_line(f"{where}: {level}: {field}{problem.message}")


def check(args: argparse.Namespace) -> int:
    settings = load_settings(args.site, args.settings)
    problems, counts, reports = run_check(settings)
    errors = sum(p.level == ERROR for p in problems)
    warnings = sum(p.level == WARNING for p in problems)
    floor = voice.minimum(settings)
    too_low = [r for r in reports if floor is not None and r.score < floor]
    failed = errors > 0 or (args.strict and warnings > 0) or bool(too_low)
    if args.format == "json":
        report = {
            "ok": not failed,
            "errors": errors,
            "warnings": warnings,
            **counts,
            "problems": [
                {
                    "file": p.source,
                    "line": p.line,
                    "column": p.column,
                    "field": p.field,
                    "message": p.message,
                    "level": p.level,
                }
                for p in problems
            ],
            "voice": [r.to_dict() for r in reports],
            "voice_min": floor,
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(_line(problem))
        for r in reports:
            why = f" ({'; '.join(r.reasons)})" if r.reasons else ""
            print(f"{r.source}: voice score for {r.slug}: {r.score}/100{why}")
            if r.skipped:  # say what could not be read fairly in this language
                print(
                    f"{r.source}: voice checks for {r.slug} ({r.lang}): "
                    f"{', '.join(r.checks)}; not run in this language: "
                    f"{', '.join(r.skipped)}"
                )
        for r in too_low:
            print(
                f"{r.source}: {r.slug} scores {r.score}, "
                f"below REALSELF_VOICE_MIN={floor}"
            )
        summary = (
            f"{counts['files']} file(s): {counts['profiles']} profile(s), "
            f"{counts['notes']} published note(s), {counts['offers']} offer(s); "
            f"{errors} error(s), {warnings} warning(s)"
        )
        print(("not ok: " if failed else "ok: ") + summary)
    return 1 if failed else 0


def new(args: argparse.Namespace) -> int:
    if args.from_page and args.kind != "profile":
        raise UsageError("--from works with: realself new profile --from PAGE")
    settings = load_settings(args.site, args.settings)
    config = realself_settings.of(settings)
    if not config.paths:
        raise UsageError("REALSELF_PATHS is empty; name the folder for your YAML")
    profiles = _profile_slugs(settings, config)
    if args.kind in ("note", "offer") and not profiles:
        print("realself: write a profile first: realself new profile", file=sys.stderr)
        return 1
    folder = os.path.join(settings["PATH"], config.paths[0])
    schema_path = os.path.join(os.path.dirname(settings["PATH"]), schema.FILENAME)
    schema_ref = os.path.relpath(schema_path, folder).replace(os.sep, "/")
    found = _from_page(args, settings) if args.from_page else None
    if found is None:
        slug = args.slug or starters.DEFAULT_SLUGS[args.kind]
        text = starters.starter(
            args.kind,
            slug=slug,
            profile=profiles[0] if profiles else None,
            today=config.now.date(),
            schema_ref=schema_ref,
        )
    else:
        slug = args.slug or migrate.default_slug(found, settings)
        text = migrate.yaml_text(
            found,
            slug=slug,
            schema_ref=schema_ref,
            source=site_relative(args.from_page, settings["PATH"]),
        )
    target = os.path.join(folder, f"{slug}.yaml")
    shown = site_relative(target, settings["PATH"])
    # lexists: a dangling link counts too; never write through it.
    if os.path.lexists(target):
        print(
            f"realself: {shown} already exists; nothing was changed "
            "(choose another --slug)",
            file=sys.stderr,
        )
        return 1
    try:
        os.makedirs(folder, exist_ok=True)
        # The schema first: it only helps editors, and if the starter cannot
        # be written after it, nothing the user wrote has changed.
        if not os.path.lexists(schema_path):
            _write_new(schema_path, schema.text())
        _write_new(target, text)
    except OSError as exc:
        where = site_relative(exc.filename or target, settings["PATH"])
        reason = exc.strerror or str(exc)
        print(f"realself: cannot write {where}: {reason}", file=sys.stderr)
        return 1
    if found is not None:
        page = site_relative(args.from_page, settings["PATH"])
        print(migrate.next_steps(found, page, shown, settings))
        return 0
    print(f"wrote {shown}; edit it, then run: realself check")
    return 0


def _write_new(path: str, text: str) -> None:
    """Write a file that must not exist yet; a failed write leaves nothing."""
    # "x": never overwrite what the user wrote, not even a blank file.
    with open(path, "x", encoding="utf-8") as handle:
        try:
            handle.write(text)
            handle.flush()
        except OSError:
            os.unlink(path)
            raise


def _from_page(args: argparse.Namespace, settings: dict[str, Any]) -> Any:
    """What ``--from PAGE`` gives a new profile; UsageError when it cannot."""
    page, content = args.from_page, settings["PATH"]
    if not os.path.isfile(page):
        raise UsageError(f"--from: no file {page}")
    if not inside(page, content):
        shown = site_relative(content, content)
        raise UsageError(f"--from: {page} is not in the content folder ({shown})")
    try:
        return migrate.migrate(page, content, settings)
    except migrate.MigrationError as exc:
        raise UsageError(f"--from: cannot read {page}: {exc}") from None


def _profile_slugs(settings: dict[str, Any], config: Any) -> list[str]:
    """Published profile slugs, the primary one first."""
    files = find_files(settings["PATH"], config.paths, settings["IGNORE_FILES"])
    collection = collect(files, settings["PATH"], config, settings)
    slugs = [item.model.slug for item in collection.profiles]
    if collection.primary is not None:
        first = collection.primary.model.slug
        slugs = [first] + [s for s in slugs if s != first]
    return slugs


def write_schema(args: argparse.Namespace) -> int:
    text = schema.text()
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {args.output}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="realself",
        description="Check and start pelican-realself YAML documents.",
    )
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    checking = commands.add_parser("check", help="validate every YAML document")
    checking.add_argument(
        "site",
        nargs="?",
        help="site folder, or the content folder as for pelican (default: .)",
    )
    checking.add_argument("-s", "--settings", help="settings file (pelicanconf.py)")
    checking.add_argument("--strict", action="store_true", help="fail on warnings")
    checking.add_argument("--format", choices=("text", "json"), default="text")
    checking.set_defaults(run=check)

    starting = commands.add_parser("new", help="write a starter document")
    starting.add_argument("kind", choices=("profile", "note", "offer"))
    starting.add_argument(
        "site",
        nargs="?",
        help="site folder, or the content folder as for pelican (default: .)",
    )
    starting.add_argument("--slug", help="file name and slug (lowercase, dashes)")
    starting.add_argument(
        "--from",
        dest="from_page",
        metavar="PAGE",
        help="start the profile from an About page you have (Markdown, reST, HTML)",
    )
    starting.add_argument("-s", "--settings", help="settings file (pelicanconf.py)")
    starting.set_defaults(run=new)

    schemas = commands.add_parser("schema", help="write the JSON Schema")
    schemas.add_argument(
        "-o", "--output", default=schema.FILENAME, help="file to write, - for stdout"
    )
    schemas.set_defaults(run=write_schema)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "slug", None) and not is_slug(args.slug):
        print(
            "realself: --slug: use lowercase letters, digits and dashes",
            file=sys.stderr,
        )
        return 2
    try:
        return args.run(args)
    except UsageError as exc:
        print(f"realself: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. `schema -o` into a folder that is not there
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"realself: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
