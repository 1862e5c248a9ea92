"""What a person sees: every page kind, in three themes, at three widths.

Debian's chromium, driven by Playwright, opens the showcase site (tests/showcase.py)
served over HTTP. Screenshots go to test-artifacts/screenshots/ for a human to
look at; the assertions check what a reader would notice: the name and photo,
claim buttons only where a spot can be had, nothing wider than a phone, the
visitor's clock closing an offer the build still thought open, and a visible
keyboard focus on every claim button.
"""

from __future__ import annotations

import pytest
from showcase import PAGES, PLUGIN_PAGES, THEMES

from conftest import ARTIFACTS

WIDTHS = {"phone": 375, "tablet": 768, "desktop": 1280}
SHOTS = ARTIFACTS / "screenshots"


def url(path: str) -> str:
    """The address a reader types: folders, not index.html."""
    return path.removesuffix("index.html")


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def visible(page, selector: str) -> bool:
    locator = page.locator(selector)
    return locator.count() > 0 and locator.first.is_visible()


def claim_in(page, slug: str):
    """The claim buttons of one offer's card(s) on the page."""
    return page.locator(
        f'[data-realself-offer]:has(a[href$="/give/{slug}/"]) .realself-claim'
    )


def photo_shown(page, selector: str) -> bool:
    """The image is on screen and actually decoded (not a broken icon)."""
    img = page.locator(selector).first
    if not img.is_visible():
        return False
    box = img.bounding_box()
    loaded = img.evaluate("i => i.complete && i.naturalWidth > 0")
    return loaded and box["width"] >= 32 and box["height"] >= 32


def horizontal_overflow(page) -> int:
    """How many pixels the page scrolls sideways."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth"
        " - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGES)
@pytest.mark.parametrize("theme", THEMES)
def test_what_a_reader_sees(visit, theme, kind, width):
    seen = visit(theme, url(PAGES[kind]), width=WIDTHS[width])
    page = seen.page
    shot(page, f"{theme}-{kind}-{width}")
    assert page.title(), "no <title>"

    if kind == "profile":
        name = page.locator(".realself-profile .realself-name")
        assert name.is_visible() and name.inner_text() == "Sam Rivera"
        assert photo_shown(page, ".realself-profile img.u-photo")
        assert (
            page.locator(".realself-profile")
            .get_by_text("Biscuit, who is afraid of")
            .is_visible()
        )
        # the one open offer and the unlimited one, each with its button
        for slug in ("circle", "templates"):
            assert claim_in(page, slug).is_visible(), slug
    elif kind == "give":
        assert page.get_by_role("heading", name="What I give away").is_visible()
        for slug in ("circle", "templates"):
            assert claim_in(page, slug).is_visible(), slug
        # upcoming, full and closed: no way to claim, whatever the clock says
        for slug in ("spring", "letters", "workbook", "review"):
            assert not claim_in(page, slug).is_visible(), slug
        status = page.locator('[data-realself-offer]:has(a[href$="/give/letters/"])')
        assert "No spots left" in status.inner_text()
    elif kind == "offer":
        title = page.get_by_role("heading", name="Six places in my letter circle")
        assert title.is_visible()
        claim = page.locator(".realself-offer-page .realself-claim")
        assert claim.is_visible()
        assert claim.get_attribute("href").startswith("mailto:sam@example.com")
        assert "2 of 6 spots left" in page.locator(".realself-offer-page").inner_text()
        # who gives it: name and photo
        card = page.locator(".realself-offered-by .h-card")
        assert card.locator(".p-name").inner_text() == "Sam Rivera"
        assert photo_shown(page, ".realself-offered-by img.u-photo")
    else:
        assert page.get_by_text("Every winter I run a small").is_visible()
        marker = page.locator(".realself-marker")
        assert marker.locator(".realself-offer-title").inner_text() == (
            "Six places in my letter circle"
        )
        assert marker.locator(".realself-claim").is_visible()

    # Nothing of ours is ever wider than the screen; no sideways scrolling on a phone.
    ours_overflow = page.evaluate(
        """() => [...document.querySelectorAll('[class*="realself-"], .h-card')]
             .filter(el => el.getBoundingClientRect().right
                           > document.documentElement.clientWidth + 1)
             .map(el => el.className)"""
    )
    assert ours_overflow == [], "our sections are wider than the page"
    if width == "phone":
        assert horizontal_overflow(page) <= 0, "the page scrolls sideways"


@pytest.mark.parametrize("theme", THEMES)
def test_visitor_clock_closes_an_offer_the_build_thought_open(visit, showcase, theme):
    """Built in March 2024 when the review was open; read now, it has closed."""
    built = showcase(theme).html("give/review/index.html")
    card = built.select_one("[data-realself-offer]")
    assert card["data-state"] == "open"
    assert card.select_one(".realself-claim").get("hidden") is None

    page = visit(theme, "give/review/", width=375).page
    shot(page, f"{theme}-offer-expired-phone")
    card = page.locator("[data-realself-offer]")
    assert card.get_attribute("data-state") == "closed"
    assert card.locator("[data-realself-status]").inner_text() == "Closed"
    assert page.locator(".realself-claim").count() == 1
    assert not page.locator(".realself-claim").is_visible()

    # Without JavaScript the build-time status stands, button and all.
    page = visit(theme, "give/review/", width=375, js=False).page
    assert page.locator("[data-realself-offer]").get_attribute("data-state") == "open"
    assert page.locator(".realself-claim").is_visible()


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two CSS rgb()/rgba() colours."""

    def luminance(css: str) -> float:
        parts = css[css.index("(") + 1 : css.index(")")].replace("/", " ")
        r, g, b = (float(x) / 255 for x in parts.replace(",", " ").split()[:3])

        def lin(c):
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


FOCUS_PAGES = ["give/circle/", "give/", "something-i-give-away.html", "about/sam/"]
RING = """el => {
  const s = getComputedStyle(el);
  const clear = c => /^rgba\\(.*, 0\\)$|^transparent$/.test(c);
  let bg = 'rgba(0, 0, 0, 0)', node = el.parentElement;
  while (node && clear(bg)) {
    bg = getComputedStyle(node).backgroundColor;
    node = node.parentElement;
  }
  if (clear(bg)) bg = 'rgb(255, 255, 255)';
  const r = el.getBoundingClientRect();
  return {style: s.outlineStyle, width: parseFloat(s.outlineWidth),
          color: s.outlineColor, behind: bg,
          clip: {x: Math.max(r.left + scrollX - 10, 0),
                 y: Math.max(r.top + scrollY - 10, 0),
                 width: r.width + 20, height: r.height + 20}};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("theme", THEMES)
def test_keyboard_focus_is_visible_on_claim_buttons(visit, theme, scheme):
    """Tab through each page as a keyboard user does; every claim button it
    reaches must look different when focused, with a ring that stands out."""
    seen = visit(theme, FOCUS_PAGES[0], scheme=scheme)
    for path in FOCUS_PAGES:
        page = seen.goto(path).page
        claims = page.locator(".realself-claim:visible")
        count = claims.count()
        assert count >= 1, path
        before = [
            page.screenshot(clip=claims.nth(i).evaluate(RING)["clip"], full_page=True)
            for i in range(count)
        ]
        reached = []
        for _ in range(150):
            page.keyboard.press("Tab")
            index = page.evaluate(
                """() => [...document.querySelectorAll('.realself-claim')]
                     .filter(el => el.checkVisibility())
                     .indexOf(document.activeElement)"""
            )
            if index < 0 or index in reached:
                if reached and index in reached:
                    break
                continue
            reached.append(index)
            ring = claims.nth(index).evaluate(RING)
            after = page.screenshot(clip=ring["clip"], full_page=True)
            assert after != before[index], f"focus shows nothing ({path}, {index})"
            assert ring["style"] not in ("none", "hidden"), (path, ring)
            assert ring["width"] >= 2, (path, ring)
            assert contrast(ring["color"], ring["behind"]) >= 3, (path, ring)
            if path == FOCUS_PAGES[0]:
                SHOTS.mkdir(parents=True, exist_ok=True)
                (SHOTS / f"{theme}-claim-focus-{scheme}.png").write_bytes(after)
            if len(reached) == count:
                break
        assert sorted(reached) == list(range(count)), f"Tab skips a claim on {path}"


def test_our_theme_makes_no_external_requests(visit, showcase):
    """No web fonts, scripts, images or styles from another host, on any page."""
    output = showcase("realself").output
    pages = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))
    assert set(PLUGIN_PAGES) <= set(pages)
    # a phone in the light and a desktop in the dark: both media queries
    for scheme, width in (("light", 375), ("dark", 1280)):
        seen = visit("realself", "", width=width, scheme=scheme)
        for path in pages:
            seen.goto(url(path))
        outside = [r for r in seen.requests if not r.startswith(seen.origin + "/")]
        assert outside == []
        # and it did load what it needed: our css, the photo, realself.js
        loaded = {r.removeprefix(seen.origin) for r in seen.requests}
        assert {
            "/theme/css/main.css",
            "/realself/realself.css",
            "/realself/realself.js",
            "/images/sam.svg",
        } <= loaded


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGES)
def test_our_theme_in_the_dark(visit, kind, width):
    """Dark scheme: the page really is dark, and the screenshots show it."""
    page = visit("realself", url(PAGES[kind]), width=WIDTHS[width], scheme="dark").page
    shot(page, f"realself-{kind}-{width}-dark")
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    text = page.evaluate("() => getComputedStyle(document.body).color")
    assert contrast(background, "rgb(0, 0, 0)") < 2, background  # a dark page
    assert contrast(text, background) >= 7, (text, background)
