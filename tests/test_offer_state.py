"""Where an offer stands at a fixed build clock, to the second."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from pelican.plugins.realself import settings as realself_settings
from pelican.plugins.realself.offer_state import (
    CLOSED,
    CLOSING_SOON,
    FULL,
    OPEN,
    UPCOMING,
    Window,
    closing,
    opening,
)

UTC = dt.UTC
SECOND = dt.timedelta(seconds=1)
OPENS = dt.datetime(2026, 11, 20, tzinfo=UTC)
CLOSES = dt.datetime(2026, 12, 5, 23, 59, tzinfo=UTC)


def window(spots=5, claimed=2, opens=OPENS, closes=CLOSES) -> Window:
    return Window(opens=opens, closes=closes, spots=spots, claimed=claimed)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (OPENS - SECOND, UPCOMING),
        (OPENS, OPEN),
        (OPENS + SECOND, OPEN),
        (CLOSES - dt.timedelta(days=3) - SECOND, OPEN),
        (CLOSES - dt.timedelta(days=3), CLOSING_SOON),
        (CLOSES - SECOND, CLOSING_SOON),
        (CLOSES, CLOSED),
        (CLOSES + SECOND, CLOSED),
    ],
    ids=[
        "second-before-opens",
        "at-opens",
        "second-after-opens",
        "second-before-closing-soon",
        "at-closing-soon",
        "second-before-closes",
        "at-closes",
        "second-after-closes",
    ],
)
def test_state_at_each_boundary(now, expected):
    assert window().state(now, closing_soon_days=3) == expected


def test_closing_soon_days_is_a_setting():
    now = CLOSES - dt.timedelta(days=5)
    assert window().state(now, closing_soon_days=3) == OPEN
    assert window().state(now, closing_soon_days=7) == CLOSING_SOON
    # zero days: an offer goes straight from open to closed
    assert window().state(CLOSES - SECOND, closing_soon_days=0) == OPEN


def test_full_only_inside_the_window():
    full = window(spots=3, claimed=3)
    assert full.spots_left == 0
    assert full.state(OPENS - SECOND, 3) == UPCOMING
    assert full.state(OPENS, 3) == FULL
    assert full.state(CLOSES - SECOND, 3) == FULL  # not "closing soon"
    assert full.state(CLOSES, 3) == CLOSED


def test_unlimited_and_open_ended():
    forever = Window(opens=None, closes=None, spots=None, claimed=40)
    assert forever.spots_left is None
    assert forever.state(OPENS, 3) == OPEN
    assert forever.next_change(OPENS, 3) is None
    assert forever.availability(OPEN) == "https://schema.org/InStock"
    # nobody can take more than there is
    assert window(spots=2, claimed=2).spots_left == 0


def test_a_bare_date_closes_at_the_end_of_that_day():
    tz = ZoneInfo("Europe/Lisbon")
    closes = closing(dt.date(2026, 12, 5), tz)
    assert closes == dt.datetime(2026, 12, 6, tzinfo=tz)
    bare = Window(opens=None, closes=closes, spots=None, claimed=0)
    last_second = dt.datetime(2026, 12, 5, 23, 59, 59, tzinfo=tz)
    assert bare.state(last_second, 0) == OPEN
    assert bare.state(last_second + SECOND, 0) == CLOSED


def test_a_bare_date_opens_at_midnight_in_the_site_timezone():
    tz = ZoneInfo("America/New_York")
    opens = opening(dt.date(2026, 11, 20), tz)
    assert opens == dt.datetime(2026, 11, 20, 5, 0, tzinfo=UTC)


def test_naive_times_are_in_the_site_timezone_offsets_are_kept():
    tz = ZoneInfo("America/New_York")
    naive = dt.datetime(2026, 12, 5, 23, 59)
    assert closing(naive, tz) == dt.datetime(2026, 12, 6, 4, 59, tzinfo=UTC)
    india = dt.timezone(dt.timedelta(hours=5, minutes=30))
    given = dt.datetime(2026, 12, 5, 23, 59, tzinfo=india)
    assert closing(given, tz) == dt.datetime(2026, 12, 5, 18, 29, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (OPENS - dt.timedelta(days=1), OPENS),  # upcoming: opens next
        (OPENS, CLOSES - dt.timedelta(days=3)),  # open: closing soon next
        (CLOSES - dt.timedelta(days=1), CLOSES),  # closing soon: closes next
        (CLOSES, None),  # closed for good
    ],
)
def test_next_state_change(now, expected):
    assert window().next_change(now, 3) == expected


def test_next_change_of_a_full_offer_is_when_it_closes():
    full = window(spots=1, claimed=1)
    assert full.next_change(OPENS + SECOND, 3) == CLOSES


@pytest.mark.parametrize(
    ("spots", "state", "availability"),
    [
        (None, OPEN, "InStock"),
        (None, CLOSING_SOON, "InStock"),
        (5, OPEN, "LimitedAvailability"),
        (5, CLOSING_SOON, "LimitedAvailability"),
        (5, FULL, "SoldOut"),
        (5, UPCOMING, "PreOrder"),
        (None, UPCOMING, "PreOrder"),
        (5, CLOSED, "SoldOut"),
    ],
)
def test_availability(spots, state, availability):
    got = window(spots=spots).availability(state)
    assert got == f"https://schema.org/{availability}"


# -- the build clock -----------------------------------------------------------


def clock(monkeypatch, epoch: str | None, **settings) -> dt.datetime:
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    return realself_settings.read({"TIMEZONE": "Europe/Lisbon", **settings}).now


def test_realself_now_wins_over_source_date_epoch(monkeypatch):
    now = clock(monkeypatch, "1700000000", REALSELF_NOW="2026-11-25T12:00:00")
    assert now == dt.datetime(2026, 11, 25, 12, tzinfo=ZoneInfo("Europe/Lisbon"))
    assert now.utcoffset() == dt.timedelta(0)  # Lisbon is on UTC in winter
    summer = clock(monkeypatch, None, REALSELF_NOW="2026-07-01T12:00:00")
    assert summer.astimezone(UTC).hour == 11  # ... and UTC+1 in summer
    day = clock(monkeypatch, None, REALSELF_NOW=dt.date(2026, 11, 25))
    assert day == dt.datetime(2026, 11, 25, tzinfo=ZoneInfo("Europe/Lisbon"))


def test_source_date_epoch_wins_over_the_wall_clock(monkeypatch):
    now = clock(monkeypatch, "1795000000")
    assert now == dt.datetime.fromtimestamp(1795000000, UTC)
    assert now.tzinfo == ZoneInfo("Europe/Lisbon")


def test_the_wall_clock_last(monkeypatch):
    # the build clock is in whole seconds (a datetime attribute takes at most
    # three digits of a second)
    before = dt.datetime.now(UTC).replace(microsecond=0)
    now = clock(monkeypatch, None)
    assert before <= now <= dt.datetime.now(UTC)
    assert now.microsecond == 0
    assert clock(monkeypatch, "not-a-number") >= before


# -- the same rules through a real build ---------------------------------------

OFFER = """
kind: profile
name: Sam
---
kind: offer
slug: sessions
title: Sunday sessions
spots: 5
claimed: 2
opens: {opens}
closes: {closes}
claim: "mailto:sam@example.com"
"""


def built_status(site, now: str, opens="2026-11-20", closes="2026-12-05", **more):
    site.write("realself/sam.yaml", OFFER.format(opens=opens, closes=closes))
    site.build(REALSELF_NOW=now, **more)
    (offer,) = json.loads(site.read("realself.json"))["offers"]
    card = site.html("give/sessions/index.html").select_one("[data-realself-offer]")
    assert card["data-state"] == offer["state"]
    return offer["state"]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-11-19T23:59:59", "upcoming"),
        ("2026-11-20T00:00:00", "open"),
        ("2026-11-20T00:00:01", "open"),
        ("2026-12-02T23:59:59", "open"),
        ("2026-12-03T00:00:00", "closing-soon"),
        ("2026-12-05T23:59:59", "closing-soon"),
        ("2026-12-06T00:00:00", "closed"),
    ],
)
def test_build_status_with_bare_dates(site, now, expected):
    assert built_status(site, now) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # 23:59 in New York is 04:59 the next day in UTC
        ("2026-12-06T04:58:59+00:00", "closing-soon"),
        ("2026-12-06T04:59:00+00:00", "closed"),
        # and a bare date opens at midnight New York time
        ("2026-11-20T04:59:59+00:00", "upcoming"),
        ("2026-11-20T05:00:00+00:00", "open"),
    ],
)
def test_build_status_in_the_site_timezone(site, now, expected):
    status = built_status(
        site, now, closes="2026-12-05T23:59", TIMEZONE="America/New_York"
    )
    assert status == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-12-05T18:28:59+00:00", "closing-soon"),
        ("2026-12-05T18:29:00+00:00", "closed"),
    ],
)
def test_build_status_honours_an_explicit_offset(site, now, expected):
    status = built_status(
        site, now, closes="2026-12-05T23:59+05:30", TIMEZONE="America/New_York"
    )
    assert status == expected


def test_full_in_a_build(site):
    site.write(
        "realself/sam.yaml",
        OFFER.format(opens="2026-11-20", closes="2026-12-05").replace(
            "claimed: 2", "claimed: 5"
        ),
    )
    site.build()
    (offer,) = json.loads(site.read("realself.json"))["offers"]
    assert (offer["state"], offer["spots_left"]) == ("full", 0)


def test_closing_soon_days_setting_in_a_build(site):
    now = "2026-11-29T12:00:00"
    assert built_status(site, now) == "open"
    assert built_status(site, now, REALSELF_CLOSING_SOON_DAYS=7) == "closing-soon"


def test_source_date_epoch_drives_the_build(site, monkeypatch):
    monkeypatch.setenv(
        "SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 12, 4, tzinfo=UTC).timestamp()))
    )
    site.write(
        "realself/sam.yaml", OFFER.format(opens="2026-11-20", closes="2026-12-05")
    )
    site.build(REALSELF_NOW=None)
    data = json.loads(site.read("realself.json"))
    assert data["as_of"] == "2026-12-04T00:00:00+00:00"
    assert data["offers"][0]["state"] == "closing-soon"
    # REALSELF_NOW still wins when both are set
    site.build(REALSELF_NOW="2026-11-25T12:00:00")
    assert json.loads(site.read("realself.json"))["offers"][0]["state"] == "open"


def test_the_build_names_the_next_status_change(site, capsys):
    site.write(
        "realself/sam.yaml", OFFER.format(opens="2026-11-20", closes="2026-12-05")
    )
    site.build()
    printed = " ".join(capsys.readouterr().out.split())
    assert "next giveaway change 2026-12-03 00:00 UTC (sessions): rebuild then" in (
        printed
    )


def test_the_same_instant_reads_in_its_own_zone():
    from pelican.plugins.realself.dates import when

    utc = dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.UTC)
    lisbon = utc.astimezone(ZoneInfo("Europe/Lisbon"))
    kolkata = utc.astimezone(ZoneInfo("Asia/Kolkata"))
    assert utc == lisbon == kolkata  # equal instants ...
    # ... written the way each zone reads them, whichever came first
    assert when(utc, "en-GB") == "1 July 2026, 12:00 UTC"
    assert when(lisbon, "en-GB") == "1 July 2026, 13:00 WEST"
    assert when(kolkata, "en-IN") == "1 July 2026, 5:30\u202fPM IST"
    assert when(dt.date(2026, 7, 1), "en") == "July 1, 2026"


@pytest.mark.parametrize(
    "lang, written",
    [
        ("fr", "1 juillet 2026, 13:00 UTC+1"),
        ("de", "1. Juli 2026, 13:00 WESZ"),
        ("pt-PT", "1 de julho de 2026, 13:00 WEST"),
        ("ja", "2026年7月1日 13:00 GMT+1"),
        ("en", "July 1, 2026, 1:00\u202fPM GMT+1"),  # no name for it in English
        ("zz", "July 1, 2026, 1:00\u202fPM GMT+1"),  # unknown: English
    ],
)
def test_dates_and_zones_in_the_pages_language(lang, written):
    from pelican.plugins.realself.dates import when

    lisbon = dt.datetime(2026, 7, 1, 13, 0, tzinfo=ZoneInfo("Europe/Lisbon"))
    assert when(lisbon, lang) == written


def test_date_formats_keep_their_order_with_names_in_the_language():
    from pelican.plugins.realself.dates import date_format, when

    settings = {"DATE_FORMATS": {"FR": ("fr_FR.utf8", "%A %-d %B %Y"), "pl": "%d %b"}}
    assert when(dt.date(2026, 11, 30), "fr", date_format("fr", settings)) == (
        "lundi 30 novembre 2026"
    )
    assert when(dt.date(2026, 11, 30), "pl", date_format("pl", settings)) == "30 lis"
    assert date_format("de", settings) is None
