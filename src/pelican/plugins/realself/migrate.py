"""A starter profile from an About page the site already has.

``realself new profile --from content/pages/about.md``. The page is read with
Pelican's own reader for its format (Markdown, reST, HTML and any reader a
plugin added), so its metadata and body come out exactly as the build sees
them; the old file is only read, never changed.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from pelican.utils import slugify

from . import settings as realself_settings
from .urls import PLACEHOLDERS

# {static}x.jpg, {filename}../x.md, |static|x.jpg: paths relative to the page
_NAMES = "|".join(PLACEHOLDERS)
_LINK = re.compile(rf"^(\{{(?:{_NAMES})\}}|\|(?:{_NAMES})\|)")
_ICON = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_ABOUT = re.compile(r"(?i)^\s*(about|about me|about us|who am i|me)\s*$")


class MigrationError(Exception):
    """The page cannot be read: one line for the user."""


@dataclass
class Migrated:
    """What was taken from the page, for the YAML and for the user."""

    name: str
    name_from: str
    story: str = ""
    photo: dict[str, str] | None = None
    links: list[tuple[str, str, bool]] = field(default_factory=list)  # SOCIAL
    candidates: list[tuple[str, str]] = field(default_factory=list)  # page links
    headline: str = ""
    lang: str = ""
    replaces: str = ""  # the page, as a {filename} path from the content root
    page_at: tuple[str, str] = ("", "")  # the page's url and save_as now
    menu_items: list[str] = field(default_factory=list)  # MENUITEMS titles to it


def read_page(path: str, settings: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The page's HTML and metadata, through Pelican's reader for its format."""
    from pelican.readers import Readers

    readers = Readers(settings)
    ext = os.path.splitext(path)[1][1:].lower()
    reader = readers.readers.get(ext)
    if reader is None:
        known = ", ".join(sorted(readers.readers)) or "none"
        raise MigrationError(f"Pelican has no reader for .{ext} files here ({known})")
    try:
        html, metadata = reader.read(path)
    except Exception as exc:  # a reader's own failure: say which, briefly
        raise MigrationError(f"{exc.__class__.__name__}: {exc}") from None
    return html, metadata


def _rooted(url: str, page_folder: str) -> str:
    """``{static}images/x.jpg`` written in pages/ becomes ``{static}/pages/...``.

    The profile lives in another folder, so links relative to the page would
    point elsewhere; rooted at the content folder they mean the same file.
    """
    match = _LINK.match(url)
    if not match:
        return url
    rest = url[match.end() :]
    if rest.startswith("/") or not rest:
        return url
    kind = match.group(1).strip("{}|")
    cut = re.search(r"[?#]", rest)
    path, tail = (rest[: cut.start()], rest[cut.start() :]) if cut else (rest, "")
    rooted = posixpath.normpath(posixpath.join(page_folder, path))
    return "{" + kind + "}/" + rooted.lstrip("/") + tail


def _static(src: str, page_folder: str, content_root: str) -> str:
    """A plain image path that names a file of the site, as {static}."""
    if _LINK.match(src) or re.match(r"^[a-z][a-z0-9+.-]*:|^//", src, re.I):
        return src
    path = src.split("?", 1)[0].split("#", 1)[0]
    rooted = posixpath.normpath(
        path.lstrip("/") if path.startswith("/") else posixpath.join(page_folder, path)
    )
    if os.path.isfile(os.path.join(content_root, rooted)):
        return "{static}/" + rooted
    return src


def migrate(path: str, content_root: str, settings: dict[str, Any]) -> Migrated:
    """Read the page at ``path`` and take what a profile can use."""
    from bs4 import BeautifulSoup

    html, metadata = read_page(path, settings)
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(content_root))
    relative = relative.replace(os.sep, "/")
    folder = posixpath.dirname(relative)
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["a", "img"]):
        for attribute in ("href", "src"):
            if tag.get(attribute):
                tag[attribute] = _rooted(tag[attribute], folder)

    out = Migrated(*_name(metadata, settings), replaces=relative)
    out.page_at = _page_at(html, metadata, settings, path)
    site = str(settings.get("SITEURL") or "").rstrip("/")
    for item in settings.get("MENUITEMS") or ():
        if isinstance(item, list | tuple) and len(item) >= 2:
            link = str(item[1]).removeprefix(site).lstrip("/")
            at = (*out.page_at, out.page_at[1].removesuffix("index.html"))
            if link and link in at:
                out.menu_items.append(str(item[0]))
    out.photo = _photo(soup)
    if out.photo:
        out.photo["src"] = _static(out.photo["src"], folder, content_root)
    out.links = _social(settings)
    known = {url for _, url, _ in out.links}
    for a in soup.find_all("a", href=True):
        url, label = a["href"], a.get_text(" ", strip=True)
        if url.startswith(("https://", "http://")) and url not in known and label:
            known.add(url)
            out.candidates.append((label, url))
    out.story = _markdown(soup)
    summary = metadata.get("summary")
    if summary:
        out.headline = BeautifulSoup(str(summary), "html.parser").get_text(" ").strip()
    lang = metadata.get("lang")
    if lang and lang != settings.get("DEFAULT_LANG"):
        out.lang = str(lang)
    return out


def _page_at(html: str, metadata: dict, settings: dict, path: str) -> tuple[str, str]:
    """The page's url and save_as as the build gives them (Slug, Save_as...)."""
    from pelican.contents import Page

    try:
        page = Page(html, metadata, settings, path, {})
        return str(page.url), str(page.save_as)
    except Exception:  # a page Pelican itself would skip: no address to speak of
        return "", ""


def _name(metadata: dict[str, Any], settings: dict[str, Any]) -> tuple[str, str]:
    authors = metadata.get("authors") or (
        [metadata["author"]] if metadata.get("author") else []
    )
    if authors:
        return str(authors[0]), "the page's author"
    if settings.get("AUTHOR"):
        return str(settings["AUTHOR"]), "AUTHOR in your settings"
    title = str(metadata.get("title") or "").strip()
    if title and not _ABOUT.match(title):
        return title, "the page's title"
    return "Your Name", "nowhere: write your name"


def _photo(soup: Any) -> dict[str, str] | None:
    """The page's first image, taken out of the story (the page shows it)."""
    img = soup.find("img", src=True)
    if img is None:
        return None
    photo = {"src": img["src"], "alt": img.get("alt", "").strip()}
    figure = img.find_parent("figure")
    caption = figure.find("figcaption") if figure else None
    if caption is not None and caption.get_text(strip=True):
        photo["caption"] = caption.get_text(" ", strip=True)
    holder = figure or img.find_parent("p")
    img.decompose()
    if (
        holder is not None
        and not holder.get_text(strip=True)
        and not holder.find("img")
    ):
        holder.decompose()
    return photo


def _social(settings: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """SOCIAL entries: the site already says these accounts are yours."""
    links = []
    for entry in settings.get("SOCIAL") or ():
        if isinstance(entry, list | tuple) and len(entry) >= 2:
            label, url = str(entry[0]).strip(), str(entry[1]).strip()
            if not url.startswith(("https://", "http://", "mailto:")):
                continue
            if _ICON.match(label) and url.startswith("http"):
                # themes take SOCIAL labels as icon names ("github-square")
                label = url.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")
            if label:
                links.append((label, url, url.startswith("http")))
    return links


def _markdown(soup: Any) -> str:
    from markdownify import markdownify

    text = markdownify(str(soup), heading_style="ATX", bullets="-")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# -- the YAML ----------------------------------------------------------------------
def _q(value: str) -> str:
    """A YAML scalar that reads back as exactly ``value`` (JSON is YAML)."""
    return json.dumps(value, ensure_ascii=False)


def default_slug(found: Migrated, settings: dict[str, Any]) -> str:
    slug = slugify(found.name, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
    return slug if slug and found.name != "Your Name" else "me"


def yaml_text(found: Migrated, *, slug: str, schema_ref: str, source: str) -> str:
    """The starter profile: what the page had, and comments for the rest."""
    lines = [
        f"# yaml-language-server: $schema={schema_ref}",
        f"# Started from {source} by `realself new profile --from`.",
        '# Read it, make it yours, then see the README ("In your own site").',
        "kind: profile",
        f"slug: {slug}",
        f"replaces: {_q(found.replaces)}  # links to the old page land here",
        f"name: {_q(found.name)}  # from {found.name_from}",
    ]
    if found.lang:
        lines.append(f"lang: {_q(found.lang)}")
    if found.headline:
        lines.append(f"headline: {_q(found.headline)}")
    else:
        lines.append("# headline: One honest sentence about what you do.")
    if found.photo:
        lines += ["photo:", f"  src: {_q(found.photo['src'])}"]
        alt = found.photo["alt"]
        if alt:
            lines.append(f"  alt: {_q(alt)}")
        else:
            lines.append(f"  alt: {_q('What the photo shows')}  # the page had none")
        if "caption" in found.photo:
            lines.append(f"  caption: {_q(found.photo['caption'])}")
    if found.story:
        lines.append("story: |")
        lines += [f"  {line}".rstrip() for line in found.story.splitlines()]
    lines += [
        "# facets:  # the human details a polished bio leaves out",
        "#   - {label: Mornings, text: What the first hour of your day looks like.}",
        "# honest: [Something you are still bad at]",
    ]
    if found.links:
        lines.append('links:  # me: true marks the links that are also you (rel="me")')
        lines += [
            f"  - {{label: {_q(label)}, url: {_q(url)}, me: {str(me).lower()}}}"
            for label, url, me in found.links
        ]
    elif found.candidates:
        # an empty links: would be an error; uncommenting keeps it valid
        lines.append("# links:  # me: true marks the links that are also you")
    if found.candidates:
        lines.append("  # Links from the page; keep the ones that are you:")
    lead = "  # - " if found.links else "#   - "
    lines += [
        f"{lead}{{label: {_q(label)}, url: {_q(url)}, me: true}}"
        for label, url in found.candidates
    ]
    return "\n".join(lines) + "\n"


def next_steps(
    found: Migrated, page: str, written: str, settings: dict[str, Any]
) -> str:
    """What to do with the old page, told once the profile is written."""
    kept = [
        what
        for what, there in (
            ("name", True),
            ("story", bool(found.story)),
            ("photo", bool(found.photo)),
            (f"{len(found.links)} link(s) from SOCIAL", bool(found.links)),
            (f"{len(found.candidates)} candidate link(s)", bool(found.candidates)),
        )
        if there
    ]
    config = realself_settings.of(settings)
    primary = config.primary_url or "about/"
    home = config.primary_save_as or "about/index.html"
    lines = [
        f"wrote {written} from {page} ({', '.join(kept)}); {page} was not changed.",
        f"Next: read {written} and make it yours, then run: realself check",
    ]
    if found.page_at[1] == home:
        lines.append(
            f"Your page keeps {primary} until you delete {page} (or move it out of "
            f"the content folder); then the profile takes {primary}, the menu shows "
            f"it, and links written as {{filename}}/{found.replaces} lead to it."
        )
    else:
        where = f", written to {found.page_at[1]}," if found.page_at[1] else ""
        lines.append(
            f"The profile is at {primary} from the next build. When you are happy "
            f"with it, delete {page}{where} (or move it out of the content folder): "
            f"links written as {{filename}}/{found.replaces} then lead to the profile."
        )
    for title in found.menu_items:
        lines.append(
            f"MENUITEMS links {title!r} to the page: point it at /{primary} in your "
            "settings (the build does so for you, with a warning, once the page is "
            "gone)."
        )
    return "\n".join(lines)
