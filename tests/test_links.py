"""No 404 inside the output: every link into the site lands on a written file.

Every href, src and srcset on every page (and every link in the offers feed)
that points into the site is resolved the way a browser resolves it, against
the page's own address, and must name a file in the output folder; a
#fragment must name an element on the target page. Checked for the showcase
site in all three themes, and for the sample site in content/ with its
RELATIVE_URLS.
"""

from __future__ import annotations

import runpy
from functools import cache
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.settings import read_settings
from showcase import THEMES

from conftest import REPO, THEME

HOST = "https://site.example/"
ATTRIBUTES = {
    "a": ["href"],
    "link": ["href"],
    "img": ["src", "srcset"],
    "source": ["src", "srcset"],
    "script": ["src"],
    "iframe": ["src"],
    "form": ["action"],
    "video": ["src", "poster"],
    "audio": ["src"],
}


def targets(tag) -> list[str]:
    found = []
    for attribute in ATTRIBUTES.get(tag.name, []):
        value = tag.get(attribute)
        if not value:
            continue
        if attribute == "srcset":
            found += [part.split()[0] for part in value.split(",") if part.strip()]
        else:
            found.append(value)
    return found


def file_for(output, url_path: str):
    """The file a static host serves for a path, or None (a 404)."""
    path = output / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def broken_links(output, site_url: str = HOST) -> list[str]:
    site = urlsplit(site_url)

    @cache
    def ids(path) -> set[str]:
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return {t["id"] for t in page.find_all(id=True)} | {
            t["name"] for t in page.find_all("a", attrs={"name": True})
        }

    broken, checked = [], 0
    pages = sorted(output.rglob("*.html"))
    assert pages, "nothing was built"
    for page_path in pages:
        rel = page_path.relative_to(output).as_posix()
        page_url = urljoin(site_url, rel.removesuffix("index.html"))
        page = BeautifulSoup(page_path.read_text(encoding="utf-8"), "html.parser")
        for tag in page.find_all(list(ATTRIBUTES)):
            for target in targets(tag):
                url = urlsplit(urljoin(page_url, target.strip()))
                if url.scheme not in ("http", "https") or url.netloc != site.netloc:
                    continue  # mailto:, tel:, other sites: not ours to serve
                checked += 1
                if not url.path.startswith(site.path):
                    broken.append(f"{rel}: {target} -> outside the site")
                    continue
                served = file_for(output, url.path[len(site.path) :])
                if served is None:
                    broken.append(f"{rel}: {target} -> 404")
                elif (
                    url.fragment
                    and served.suffix == ".html"
                    and unquote(url.fragment) not in ids(served)
                ):
                    broken.append(f"{rel}: {target} -> no #{url.fragment}")
    assert checked > len(pages), "suspiciously few links"
    return broken


@pytest.mark.parametrize("theme", THEMES)
def test_every_internal_link_resolves(showcase, theme):
    output = showcase(theme).output
    assert broken_links(output) == []


@pytest.mark.parametrize("theme", THEMES)
def test_feed_links_resolve(showcase, theme):
    site = showcase(theme)
    feed = ElementTree.fromstring(site.read("feeds/give.atom.xml").encode())
    hrefs = [
        link.get("href") for link in feed.iter("{http://www.w3.org/2005/Atom}link")
    ]
    assert len(hrefs) >= 7  # the feed itself, the give page and five offers
    for href in hrefs:
        url = urlsplit(urljoin(HOST, href))
        assert file_for(site.output, url.path) is not None, href


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory):
    """The sample site in content/, as `./dev check` builds it (RELATIVE_URLS)."""
    out = tmp_path_factory.mktemp("sample-links")
    conf = runpy.run_path(str(REPO / "pelicanconf.py"))
    overrides = {k: v for k, v in conf.items() if k.isupper()}
    overrides.update(
        PATH=str(REPO / "content"),
        OUTPUT_PATH=str(out),
        CACHE_PATH=str(out) + "-cache",  # kept templates, not in the checkout
        THEME=str(THEME),
        CACHE_CONTENT=False,
        LOAD_CONTENT_CACHE=False,
        REALSELF_NOW="2026-11-25T12:00:00",
    )
    Pelican(read_settings(path=None, override=overrides)).run()
    return out


def test_sample_site_links_resolve_from_any_depth(sample_output):
    """Relative links are the easy ones to get wrong: about/teo/ is two deep."""
    assert broken_links(sample_output) == []
    # and served from a sub-folder, as on a project page of a static host
    assert broken_links(sample_output, "https://site.example/blog/") == []


def test_broken_links_are_found(tmp_path):
    """The checker itself: a missing page, a missing anchor, a fine one."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<p id="here"><a href="../b.html">x</a> <a href="/a/#gone">y</a>'
        '<a href="#here">z</a><img src="/a/" alt=""><a href="mailto:x@y">m</a>'
    )
    assert broken_links(tmp_path) == [
        "a/index.html: ../b.html -> 404",
        "a/index.html: /a/#gone -> no #gone",
    ]
