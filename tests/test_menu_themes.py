"""The menu entries in third-party themes from PyPI: smallweb (MENUITEMS and
pages in one nav) and reflex, a Flex fork (MENUITEMS in the top nav, pages in
the sidebar)."""

from __future__ import annotations

import pytest

from conftest import Site

PROFILE = """
kind: profile
slug: robin
name: Robin Example
story: I fix bikes.
---
kind: offer
slug: circle
profile: robin
title: A free repair circle
opens: 2026-11-01
claim: "mailto:robin@example.com"
"""


@pytest.fixture(scope="module", params=["smallweb", "reflex"])
def themed(request, tmp_path_factory):
    site = Site(tmp_path_factory.mktemp(f"menu-{request.param}"))
    site.write("realself/robin.yaml", PROFILE)
    site.write("hello.md", "Title: Hello\nDate: 2026-01-02\n\nHi.\n")
    site.write("pages/about-the-blog.md", "Title: About the blog\n\nIt is new.\n")
    site.build(
        THEME=request.param,  # installed into Pelican's themes folder by pip
        MENUITEMS=(("Archives", "/archives.html"),),
        MAIN_MENU=True,  # reflex draws MENUITEMS only then
        AUTHOR="Robin Example",  # reflex shows every article's author
        CC_LICENSE={"name": "CC BY-SA", "version": "4.0", "slug": "by-sa"},
        RELATIVE_URLS=True,
    )
    return site


@pytest.mark.parametrize("path", ["index.html", "hello.html", "about/index.html"])
def test_about_and_free_offers_on_every_page(themed, path):
    links = [
        (a.get_text(" ", strip=True), a["href"].split("#")[0])
        for a in themed.html(path).find_all("a", href=True)
    ]
    prefix = "." if path != "about/index.html" else ".."
    assert ("About", f"{prefix}/about/") in links
    assert ("Free offers", f"{prefix}/give/") in links
    assert ("About the blog", f"{prefix}/pages/about-the-blog.html") in links
    assert ("Archives", "/archives.html") in links  # the site's own stay
    assert [text for text, _ in links].count("About") == 1
