"""realself.js re-checks a built page against the visitor's clock, like the build.

Runs the real script in Node with a tiny stand-in for the DOM, over offer cards
from a real build. Without Node.js the tests skip with a reason on a user's
machine and fail in CI (see conftest.require).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest
from test_offers import OFFERS

from pelican.plugins.realself.offer_state import Window

from conftest import REPO, Site, require

NODE = shutil.which("node")


@pytest.fixture(autouse=True)
def _needs_node():
    require("node")


HARNESS = r"""
const fs = require("fs");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
function element(attrs, children) {
  return {
    attrs, children, hidden: attrs.hidden !== undefined, textContent: "",
    className: attrs["class"] || "",
    getAttribute(name) { return name in this.attrs ? this.attrs[name] : null; },
    setAttribute(name, value) { this.attrs[name] = String(value); },
    querySelector(sel) { return this.querySelectorAll(sel)[0] || null; },
    querySelectorAll(sel) {
      const name = sel.slice(1, -1);
      return this.children.filter((c) => name in c.attrs);
    },
  };
}
const cards = input.cards.map((card) => element(card.attrs, [
  element({"data-realself-status": "", "class": card.statusClass}, []),
  ...card.claims.map((claim) => element(claim, [])),
]));
global.document = {
  readyState: "complete",
  querySelectorAll: () => cards,
};
Date.now = () => input.now;
require(input.script);
console.log(JSON.stringify(cards.map((card) => ({
  state: card.getAttribute("data-state"),
  label: card.children[0].textContent,
  statusClass: card.children[0].className,
  claimHidden: card.children.slice(1).map((c) => c.hidden),
}))));
"""


def visit(site, now: dt.datetime) -> dict[str, dict]:
    """What the script makes of give/index.html's cards at ``now``."""
    page = site.html("give/index.html")
    cards, slugs = [], []
    for card in page.select("[data-realself-offer]"):
        slugs.append(card.select_one(".realself-offer-title a")["href"].split("/")[-2])
        status = card.select_one("[data-realself-status]")
        cards.append(
            {
                "attrs": {k: v for k, v in card.attrs.items() if k != "class"},
                "statusClass": " ".join(status["class"]),
                "claims": [
                    {k: v for k, v in claim.attrs.items() if k != "class"}
                    for claim in card.select("[data-realself-claim]")
                ],
            }
        )
    data = {
        "script": str(REPO / "src/pelican/plugins/realself/static/realself.js"),
        "now": int(now.timestamp() * 1000),
        "cards": cards,
    }
    run = subprocess.run(
        [NODE, "-e", HARNESS],
        input=json.dumps(data),
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(zip(slugs, json.loads(run.stdout), strict=True))


def python_status(site, now: dt.datetime) -> dict[str, str]:
    """The build's own rule, from the exported windows."""
    export = json.loads(site.read("realself.json"))
    out = {}
    for offer in export["offers"]:
        window = Window(
            opens=dt.datetime.fromisoformat(offer["opens"]) if offer["opens"] else None,
            closes=dt.datetime.fromisoformat(offer["closes"])
            if offer["closes"]
            else None,
            spots=offer["spots"],
            claimed=offer["claimed"],
        )
        out[offer["slug"]] = window.state(now, 3)
    return out


UTC = dt.UTC
SECOND = dt.timedelta(seconds=1)
VISITS = [
    dt.datetime(2026, 11, 25, 12, tzinfo=UTC),  # the build itself
    dt.datetime(2026, 11, 28, tzinfo=UTC) - SECOND,  # review: last second
    dt.datetime(2026, 11, 28, tzinfo=UTC),  # review closes
    dt.datetime(2027, 6, 27, 18, tzinfo=UTC) - SECOND,
    dt.datetime(2027, 6, 27, 18, tzinfo=UTC),  # circle closing soon
    dt.datetime(2027, 6, 30, 18, tzinfo=UTC),  # circle closes
    dt.datetime(2027, 9, 1, tzinfo=UTC) - SECOND,  # spring still upcoming
    dt.datetime(2027, 9, 1, tzinfo=UTC),  # spring opens
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("visitor"))
    site.content.mkdir()
    site.write("files/workbook.pdf", b"%PDF-1.4")
    site.write("realself/sam.yaml", OFFERS)
    return site.build()


@pytest.mark.parametrize("now", VISITS, ids=[v.isoformat() for v in VISITS])
def test_the_script_agrees_with_the_build(built, now):
    seen = visit(built, now)
    expected = python_status(built, now)
    assert {slug: got["state"] for slug, got in seen.items()} == expected
    for slug, got in seen.items():
        claimable = expected[slug] in ("open", "closing-soon")
        assert all(hidden is not claimable for hidden in got["claimHidden"]), slug


def test_labels_and_buttons_follow(built):
    seen = visit(built, dt.datetime(2027, 9, 1, tzinfo=UTC))
    spring = seen["spring"]
    assert spring["state"] == "open"
    assert spring["label"] == "Open"
    assert "realself-status-open" in spring["statusClass"].split()
    assert spring["claimHidden"] == [False]
    review = visit(built, dt.datetime(2026, 11, 28, tzinfo=UTC))["review"]
    assert (review["state"], review["label"], review["claimHidden"]) == (
        "closed",
        "Closed",
        [True],
    )
    # full and closed offers never had a button to show
    assert seen["first-letter"]["claimHidden"] == []
    assert seen["workbook"]["claimHidden"] == []
