"""axe-core in a real browser: WCAG 2.1 A and AA, light and dark.

Our theme must have no violation at all. In Pelican's built-in themes we
answer for our own markup only: a violation counts when one of its elements
is inside something we wrote (a .realself-* element, an h-card, an offer
card). What the built-in theme does on its own is recorded in
test-artifacts/axe/ and not held against us.

axe.min.js comes from the axe-playwright-python package on PyPI (it ships
axe-core), so no network is needed at test time.
"""

from __future__ import annotations

import importlib.resources
import json

import pytest
from showcase import PAGES, PLUGIN_PAGES, THEMES
from test_browser import WIDTHS, shot, url
from test_links import sample_output  # noqa: F401  (a fixture)

from conftest import ARTIFACTS, require

WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# What we wrote: anything inside these is ours.
OURS = '[class*="realself-"], .h-card, [data-realself-offer]'

AXE_RUN = """async ([tags, ours]) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  const colours = n => {
    const data = (n.any[0] || {}).data || {};
    return data.fgColor ? data.fgColor + " on " + data.bgColor : null;
  };
  // The theme's own palette: a probe of the same tag, without our classes,
  // placed right beside the element (so under the same theme rules, such as
  // "main article blockquote"), checked by axe for the same rule. Our
  // stylesheet sets no colours, so a probe failing alike is the theme's.
  const palette = async (el, rule) => {
    const probe = document.createElement(el.tagName === "A" ? "a" : el.tagName);
    if (probe.tagName === "A") probe.href = "#theme-probe";
    probe.textContent = "The theme's own text";
    el.parentElement.insertBefore(probe, el);
    const check = await axe.run({include: [probe]}, {
      runOnly: {type: "rule", values: [rule]},
      resultTypes: ["violations"],
    });
    probe.remove();
    return check.violations.flatMap(v => v.nodes.map(n => colours(n) || rule));
  };
  const out = [];
  for (const v of results.violations) {
    const nodes = [];
    for (const n of v.nodes) {
      const el = n.target.length === 1 ? document.querySelector(n.target[0]) : null;
      const node = {
        target: n.target.join(" "),
        html: n.html.slice(0, 200),
        ours: !!(el && el.closest(ours)),
        summary: n.failureSummary,
        colours: colours(n),
        theme_palette: false,
      };
      if (node.ours && v.id === "color-contrast" && node.colours) {
        node.theme_palette = (await palette(el, v.id)).includes(node.colours);
      } else if (node.ours && v.id === "link-in-text-block" && el) {
        // links told apart by colour alone: the theme's links do the same
        node.theme_palette = (await palette(el, v.id)).length > 0;
      }
      nodes.push(node);
    }
    out.push({id: v.id, impact: v.impact, help: v.help, nodes});
  }
  return out;
}"""


@pytest.fixture(scope="session")
def axe_source() -> str:
    require("axe_playwright_python")
    return (
        importlib.resources.files("axe_playwright_python") / "axe.min.js"
    ).read_text(encoding="utf-8")


def axe(page, source: str, name: str) -> list[dict]:
    """Run axe-core in the page; keep the full result as an artifact."""
    page.evaluate(source)
    violations = page.evaluate(AXE_RUN, [WCAG21_AA, OURS])
    folder = ARTIFACTS / "axe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(violations, indent=2))
    return violations


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {n['target']}: {n['summary']}" for n in v["nodes"])
        for v in violations
    )


def ours_only(violations: list[dict]) -> list[dict]:
    """Violations on elements we wrote, less the theme's own colour palette.

    A colour-contrast failure is the theme's when the theme's own element of
    the same kind (a link or text), put in the same place, fails with exactly
    the same colours: our stylesheet sets no colours, so we inherit them.
    Likewise a link told apart from its text by colour alone
    (link-in-text-block) when the theme's own link there is too.
    """
    kept = []
    for violation in violations:
        nodes = [n for n in violation["nodes"] if n["ours"] and not n["theme_palette"]]
        if nodes:
            kept.append({**violation, "nodes": nodes})
    return kept


CASES = [
    (theme, kind, width, scheme)
    for theme in THEMES
    for kind in PAGES
    for width in WIDTHS
    for scheme in ("light", "dark")
    # Built-in themes have no dark scheme: one dark run per page shows our
    # markup brings no colours of its own that break there.
    if theme == "realself" or scheme == "light" or width == "desktop"
]


@pytest.mark.parametrize(
    ("theme", "kind", "width", "scheme"), CASES, ids=["-".join(c) for c in CASES]
)
def test_no_wcag_violations(visit, axe_source, theme, kind, width, scheme):
    page = visit(theme, url(PAGES[kind]), width=WIDTHS[width], scheme=scheme).page
    violations = axe(page, axe_source, f"{theme}-{kind}-{width}-{scheme}")
    if theme != "realself":
        violations = ours_only(violations)
    assert violations == [], describe(violations)


def test_every_page_of_our_theme_passes(visit, axe_source, showcase):
    """Not only the plugin's pages: index, archives, tags, a page, in both schemes."""
    output = showcase("realself").output
    pages = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))
    assert set(PLUGIN_PAGES) <= set(pages)
    for scheme in ("light", "dark"):
        seen = visit("realself", "", width=1280, scheme=scheme)
        found = {}
        for path in pages:
            page = seen.goto(url(path)).page
            name = f"realself-site-{path.replace('/', '_')}-{scheme}"
            if violations := axe(page, axe_source, name):
                found[path] = describe(violations)
        assert found == {}


SAMPLE_PAGES = [
    "about/",
    "about/teo/",
    "give/",
    "give/letter-circle/",
    "i-asked-you-one-question-here-is-what-you-said.html",
    "",
]


def test_the_sample_site_passes(visit, axe_source, sample_output):  # noqa: F811
    """The real sample content (long text, a drawing, four offers, notes), as
    `./dev serve` shows it: a phone in the light, a desktop in the dark."""
    for scheme, width in (("light", 375), ("dark", 1280)):
        seen = visit(sample_output, "", width=width, scheme=scheme)
        found = {}
        for path in SAMPLE_PAGES:
            page = seen.goto(path).page
            name = f"sample-{path.strip('/').replace('/', '_') or 'index'}"
            if path in ("about/", "give/"):
                shot(page, f"{name}-{width}-{scheme}")
            if violations := axe(page, axe_source, f"{name}-{width}-{scheme}"):
                found[path] = describe(violations)
        assert found == {}


@pytest.mark.parametrize("theme", THEMES)
def test_every_image_of_ours_has_alt_text(showcase, theme):
    site = showcase(theme)
    for path in sorted(site.output.rglob("*.html")):
        page = site.html(path.relative_to(site.output).as_posix())
        for img in page.select("[class*='realself-'] img, .h-card img"):
            assert (img.get("alt") or "").strip(), (path, img)
