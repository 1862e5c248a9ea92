"""English dates are written without Babel's locale data (dates._english);
they must read exactly as Babel writes them, and every other language, zone
or DATE_FORMATS pattern must still go to Babel."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo, available_timezones

import pytest

from pelican.plugins.realself import dates, languages

DAYS = [
    dt.date(2026, 1, 1),
    dt.date(2026, 11, 30),
    dt.date(2028, 2, 29),
    dt.date(1999, 12, 31),
    dt.date(987, 7, 4),
]
CLOCK = [dt.time(0, 0), dt.time(0, 5), dt.time(11, 59), dt.time(12, 0), dt.time(23, 7)]
UTC_ZONES = [dt.UTC, ZoneInfo("UTC"), ZoneInfo("Etc/UTC"), ZoneInfo("Zulu")]
OTHER_ZONES = [
    ZoneInfo("Europe/London"),  # GMT at an offset of 0: Babel's words, not ours
    ZoneInfo("Etc/GMT"),
    ZoneInfo("America/New_York"),
    ZoneInfo("Asia/Kolkata"),
    dt.timezone(dt.timedelta(hours=2)),
]


def _both(moment: dt.date, lang: str, pattern: str | None = None):
    offset = zone = None
    if isinstance(moment, dt.datetime):
        offset, zone = moment.utcoffset(), moment.tzname()
    return dates._english(moment, offset, zone, lang, pattern), dates._babel(
        moment, lang, pattern
    )


@pytest.mark.parametrize("lang", ["en", "EN"])
def test_english_dates_and_times_read_as_babel_writes_them(lang):
    moments: list[dt.date] = list(DAYS)
    for day, clock in itertools.product(DAYS, CLOCK):
        naive = dt.datetime.combine(day, clock)
        moments.append(naive)
        moments += [naive.replace(tzinfo=zone) for zone in UTC_ZONES]
    for moment in moments:
        ours, babel = _both(moment, lang)
        assert ours == babel, moment


@pytest.mark.parametrize("lang", ["en-GB", "fr", "de", "ja", "ar", "he"])
def test_other_languages_go_to_babel(lang):
    moment = dt.datetime(2026, 11, 30, 18, 30, tzinfo=dt.UTC)
    ours, babel = _both(moment, lang)
    assert ours is None
    assert dates.when(moment, lang) == babel
    assert babel != dates.when(moment, "en")  # each says it its own way


def test_english_in_other_zones_and_with_date_formats_goes_to_babel():
    for zone in OTHER_ZONES:
        moment = dt.datetime(2026, 1, 15, 9, 30, tzinfo=zone)
        ours, babel = _both(moment, "en")
        assert ours is None and dates.when(moment, "en") == babel
    ours, babel = _both(dt.date(2026, 3, 1), "en", "%d %B %Y")
    assert ours is None and babel == "01 March 2026"


def test_english_in_every_zone_reads_as_babel_writes_it():
    """Every zone this machine knows: ours where it says UTC, else Babel's."""
    shortcut = 0
    for name in sorted(available_timezones()):
        for month, hour in ((1, 9), (7, 21)):
            moment = dt.datetime(2026, month, 15, hour, 5, tzinfo=ZoneInfo(name))
            ours, babel = _both(moment, "en")
            assert ours in (None, babel), name
            shortcut += ours is not None
    assert shortcut >= 8  # UTC, Etc/UTC, Zulu, Universal... in both seasons


def test_english_is_written_left_to_right_as_babel_says():
    assert languages.direction("en") == "ltr"
    assert languages.locale_of("en").character_order == "left-to-right"
    assert languages.direction("ar") == languages.direction("he") == "rtl"
