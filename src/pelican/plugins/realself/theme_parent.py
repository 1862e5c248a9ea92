"""Which of the theme's templates our pages extend.

Our page templates fill the theme's ``content`` block. Nearly every theme
defines it in ``base.html``; a few define it only in a layout between
``base.html`` and their ``page.html`` (jwk-theme: ``base.html`` has a
``content_placeholder`` block, filled by ``without-sidebar.html`` with the
theme's column and a ``content`` block inside it). There our pages extend that
layout, as the theme's own pages do, so they sit in the theme's column.
"""

from __future__ import annotations

from typing import Any

from jinja2 import TemplateError, nodes

BASE = "base.html"


def _parsed(environment: Any, name: str) -> nodes.Template | None:
    try:
        source, _, _ = environment.loader.get_source(environment, name)
        return environment.parse(source)
    except (TemplateError, OSError):
        return None


def _parent(tree: nodes.Template) -> str | None:
    """The template ``tree`` extends, when it names one plainly."""
    extends = tree.find(nodes.Extends)
    if extends is not None and isinstance(extends.template, nodes.Const):
        return str(extends.template.value)
    return None


def _has_content(tree: nodes.Template, inside_a_block: bool) -> bool:
    """Whether ``tree`` defines a ``content`` block that is rendered: in a
    layout that extends another, only one inside a block it fills."""
    blocks = tree.find_all(nodes.Block)
    if inside_a_block:
        blocks = (inner for outer in blocks for inner in outer.find_all(nodes.Block))
    return any(block.name == "content" for block in blocks)


def _base_has_content(environment: Any) -> bool | None:
    """Whether the theme's base.html defines a ``content`` block anywhere
    (None when it cannot be loaded).

    Read from the compiled template, whose ``blocks`` hold every block in it
    at any depth: our pages extend base.html, so it is compiled (or loaded
    from the template cache) for them anyway, while parsing it here cost a
    cold build 5-9 ms. tests/test_themes.py holds this equal to the parse.
    """
    try:
        return "content" in environment.get_template(BASE).blocks
    except (TemplateError, OSError):
        return None


def page_parent(environment: Any) -> str:
    """``base.html``, or the layout the theme's page.html extends that holds
    the ``content`` block when ``base.html`` has none."""
    found = _base_has_content(environment)
    if found is None or found:
        return BASE
    page = _parsed(environment, "page.html")
    name = page and _parent(page)
    seen: set[str] = set()
    while name and name != BASE and name not in seen:
        seen.add(name)
        tree = _parsed(environment, name)
        if tree is None:
            break
        if _has_content(tree, inside_a_block=True):
            return name
        name = _parent(tree)
    return BASE
