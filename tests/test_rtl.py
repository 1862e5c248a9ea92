"""Right-to-left: an Arabic profile and offer, as Chromium lays them out.

Screenshots go to test-artifacts/screenshots/rtl-*.png for a human to look
at; the assertions check what mirrors: the sections say dir="rtl", text
starts at the right, the status badge comes before "spots left" reading
from the right, and the photo floats to the reading end (left).
"""

from __future__ import annotations

import pytest
from showcase import THEMES

from conftest import ARTIFACTS, REPO, Site

SHOTS = ARTIFACTS / "screenshots"

ARABIC = """
kind: profile
slug: sam
primary: true
lang: ar
name: سام ريفيرا
pronouns: هي
location: بلدة صغيرة في التلال
headline: أصنع مواقع للناس الذين يقومون بعمل طيب، وما زالت الطائرات تخيفني.
photo:
  src: "{static}/images/sam.svg"
  alt: رسم لسام تبتسم بنظارات مستديرة والبحر خلفها.
story: |
  نشأتُ فوق متجر والديّ للأدوات، حيث لم يُبَع لأحد شيء لا يحتاجه.
  ما زلت أعمل بالطريقة نفسها.
facets:
  - {label: الصباح, text: قهوة على العتبة الخلفية قبل أي شاشة.}
  - {label: كلبي, text: بسكويت، الذي يخاف من الدراجات.}
values: [أن أقول ما أعنيه, أن أعطي قبل أن أطلب]
honest: [أتأخر في الرد أيام الجمعة.]
now: {updated: 2024-02-20, text: أتعلّم خبز الجاودار.}
links:
  - {label: ماستودون, url: "https://example.social/@sam", me: true}
"""

OFFER = """
kind: offer
slug: circle
profile: sam
lang: ar
title: ثلاثة أماكن مجانية في حلقة الكتابة
summary: أربع أمسيات نكتب فيها معًا، ثم يقرأ كل واحد فقرة بصوت عالٍ.
you_get: [أربع جلسات مدة كل منها ساعة]
spots: 3
claimed: 1
opens: 2024-02-01
closes: 2030-03-20
claim: "mailto:sam@example.com"
how_chosen: بالترتيب
"""


@pytest.fixture(scope="module", params=["realself", "simple"])
def arabic(request, tmp_path_factory):
    site = Site(tmp_path_factory.mktemp(f"rtl-{request.param}"))
    site.content.mkdir(parents=True)
    site.write("images/sam.svg", (REPO / "content/images/teo.svg").read_bytes())
    site.write("realself/sam.yaml", ARABIC)
    site.write("realself/offers.yaml", OFFER)
    site.build(
        THEME=str(THEMES[request.param]),
        DEFAULT_LANG="ar",
        REALSELF_NOW="2024-03-01T12:00:00",
        STATIC_PATHS=["images"],
        SITENAME="ورشة سام",
    )
    return request.param, site


def test_arabic_sections_say_rtl(arabic):
    _, site = arabic
    profile = site.html("about/index.html")
    assert profile.select_one(".realself-profile")["dir"] == "rtl"
    assert profile.select_one(".realself-profile")["lang"] == "ar"
    assert profile.select_one("#realself-facets-title").get_text() == (
        "أشياء قليلة عنّي"
    )
    give = site.html("give/index.html")
    assert give.select_one(".realself-give")["dir"] == "rtl"
    offer = site.html("give/circle/index.html")
    assert offer.select_one(".realself-offer")["dir"] == "rtl"
    assert offer.select_one(".realself-spots").get_text() == (
        "الأماكن المتبقية: 2 من 3"
    )
    # the words the visitor-clock script swaps in are Arabic too
    assert offer.select_one(".realself-offer")["data-label-closed"] == "مغلق"


def _box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("width", [375, 1280])
def test_an_arabic_profile_mirrors(arabic, browser, served, width):
    theme, site = arabic
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{served(site.output)}/about/", wait_until="load")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=str(SHOTS / f"rtl-{theme}-profile-{width}.png"), full_page=True
        )
        article = _box(page, ".realself-profile")
        headline = _box(page, ".realself-headline")
        # Text starts at the right edge of the profile, not the left.
        right_gap = (
            article["x"] + article["width"] - (headline["x"] + headline["width"])
        )
        assert right_gap < 24, (article, headline)
        direction = page.locator(".realself-facets dt").first.evaluate(
            "e => getComputedStyle(e).direction"
        )
        assert direction == "rtl"
        page.goto(f"{served(site.output)}/give/circle/", wait_until="load")
        page.screenshot(
            path=str(SHOTS / f"rtl-{theme}-offer-{width}.png"), full_page=True
        )
        status = _box(page, ".realself-offer .realself-status")
        spots = _box(page, ".realself-offer .realself-spots")
        # Read from the right: the status first, then the spots to its left,
        # with the logical margin between them.
        assert spots["x"] + spots["width"] <= status["x"], (status, spots)
        if theme == "realself" and width >= 1280:
            page.goto(f"{served(site.output)}/about/", wait_until="load")
            photo = _box(page, ".realself-profile .realself-photo")
            article = _box(page, ".realself-profile")
            middle = article["x"] + article["width"] / 2
            assert photo["x"] + photo["width"] < middle, "photo floats to the left"
    finally:
        context.close()
