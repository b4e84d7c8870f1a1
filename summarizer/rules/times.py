"""Clock times in news text and their conversion to UTC.

Recognised forms: "13:00", "1 p.m." / "1pm" / "5 a.m.", "0900 GMT" and
"1300 hours" (four digits only with a zone or "hours"), "18.30" (dot
separator only with context: a preceding "at/from/until/..." or a following
am/pm, zone, "local time" or "in the afternoon"), "noon", "midday",
"midnight". A zone may follow: an abbreviation (table below), "GMT+4" /
"UTC+04:00", "local time", or "<Place> time" for a place the gazetteer knows.
"in the afternoon/evening" (and "at night" for 8-11) turns 1-11 into p.m.

Zone rules:

* Explicit standard/daylight abbreviations (EST, EDT, CEST, BST, MSK, ...)
  carry a fixed offset, with or without a date.
* Generic abbreviations (ET, CT, MT, PT) and "local time" name an IANA zone;
  the offset comes from ``on_date`` when given, otherwise from the zone's
  current rules if it has no DST (e.g. Asia/Baku) - else it is unknown
  (``note="DST unknown"``).
* "local time" uses the caller's ``local_tz`` (the event place's zone). A
  time with no zone at all is also taken to be in ``local_tz`` when given
  (``note`` says so), since news copy states bare times in the event's zone.

``utc_time`` is the UTC time of day whenever the offset is known; ``utc`` (an
aware UTC datetime) additionally needs ``on_date``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel

from summarizer.rules.lexicon import clock_hour
from summarizer.rules.spans import Span, make_span


class TimeMention(BaseModel):
    """A clock time found in text, with its zone and UTC equivalent when determinable."""

    span: Span
    local_time: time
    tz_name: str | None
    tz_text: str | None
    utc_offset_minutes: int | None
    utc: datetime | None
    utc_time: time | None
    note: str | None


# abbreviation -> (IANA zone, fixed offset in minutes or None when DST-dependent)
ZONE_ABBREVIATIONS: dict[str, tuple[str, int | None]] = {
    "UTC": ("UTC", 0), "GMT": ("UTC", 0), "Z": ("UTC", 0),
    "ET": ("America/New_York", None), "EST": ("America/New_York", -300), "EDT": ("America/New_York", -240),
    "CT": ("America/Chicago", None), "CST": ("America/Chicago", -360), "CDT": ("America/Chicago", -300),
    "MT": ("America/Denver", None), "MST": ("America/Denver", -420), "MDT": ("America/Denver", -360),
    "PT": ("America/Los_Angeles", None), "PST": ("America/Los_Angeles", -480),
    "PDT": ("America/Los_Angeles", -420),
    "AKST": ("America/Anchorage", -540), "HST": ("Pacific/Honolulu", -600),
    "BST": ("Europe/London", 60), "WET": ("Europe/Lisbon", 0), "WEST": ("Europe/Lisbon", 60),
    "CET": ("Europe/Paris", 60), "CEST": ("Europe/Paris", 120),
    "EET": ("Europe/Athens", 120), "EEST": ("Europe/Athens", 180),
    "MSK": ("Europe/Moscow", 180), "TRT": ("Europe/Istanbul", 180),
    "AZT": ("Asia/Baku", 240), "AMT": ("Asia/Yerevan", 240), "GET": ("Asia/Tbilisi", 240),
    "GST": ("Asia/Dubai", 240), "IRST": ("Asia/Tehran", 210), "PKT": ("Asia/Karachi", 300),
    "IST": ("Asia/Kolkata", 330), "ICT": ("Asia/Bangkok", 420), "WIB": ("Asia/Jakarta", 420),
    "HKT": ("Asia/Hong_Kong", 480), "SGT": ("Asia/Singapore", 480), "PHT": ("Asia/Manila", 480),
    "JST": ("Asia/Tokyo", 540), "KST": ("Asia/Seoul", 540),
    "AEST": ("Australia/Sydney", 600), "AEDT": ("Australia/Sydney", 660),
    "NZST": ("Pacific/Auckland", 720), "NZDT": ("Pacific/Auckland", 780),
    "WAT": ("Africa/Lagos", 60), "CAT": ("Africa/Maputo", 120), "SAST": ("Africa/Johannesburg", 120),
    "EAT": ("Africa/Nairobi", 180),
}
# Zones whose current rules are checked for DST when no date is given.
_RULES_REFERENCE_YEAR = 2025

_ZONE = "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
_AMPM = r"(?P<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b)"
_TIME_RE = re.compile(
    rf"(?<![\w:.,])(?P<hh>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mm>[0-5]\d)(?::[0-5]\d)?(?![\d:]|\.\d)(?:\s*{_AMPM})?"
    rf"|(?<![\w:.,])(?P<h12>1[0-2]|0?[1-9])\s*(?P<ampm12>[ap]\.m\.|[ap]\.m\b|[ap]m\b)"
    rf"|(?<![\w:.,])(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\s*(?:hours\b|hrs\b|h\b|(?-i:(?:{_ZONE})\b)))"
    r"|(?<![\w:.,])(?P<hday>1[0-2]|0?[1-9])(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o['’]clock))"
    r"(?:\s+o['’]clock)?"
    r"|\b(?P<word>noon|midday|midnight)\b",
    re.IGNORECASE,
)
_ZONE_RE = re.compile(
    r"(?P<open>\s*\()?\s*(?:"
    r"(?P<local>(?i:local\s+time))"
    r"|(?P<fixed>UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
    rf"|(?P<abbr>{_ZONE})(?![\w+-])"
    r"|(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+time\b"
    r"|(?P<hours>hours|hrs)\b"
    r")(?(open)\s*\))"
)
_DAYPART_RE = re.compile(r"\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night))\b",
                         re.IGNORECASE)
_DOT_CONTEXT_BEFORE = re.compile(
    r"\b(?:at|from|until|till|since|before|after|between)\s+$", re.IGNORECASE
)


def _zone_offset(tz_name: str, on_date: date | None, local: time) -> int | None:
    """UTC offset (minutes) of an IANA zone at a local wall time, or without a date when constant."""
    try:
        zone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    if on_date is not None:
        offset = datetime.combine(on_date, local, tzinfo=zone).utcoffset()
        return int(offset.total_seconds() // 60) if offset is not None else None
    return _constant_offset(tz_name)


@lru_cache(maxsize=512)
def _constant_offset(tz_name: str) -> int | None:
    """The zone's offset if its current rules have no DST, else None."""
    zone = ZoneInfo(tz_name)
    winter = datetime(_RULES_REFERENCE_YEAR, 1, 15, 12, tzinfo=zone).utcoffset()
    summer = datetime(_RULES_REFERENCE_YEAR, 7, 15, 12, tzinfo=zone).utcoffset()
    if winter is None or winter != summer:
        return None
    return int(winter.total_seconds() // 60)


def _place_zone(name: str) -> str | None:
    """IANA zone of a "<Place> time" phrase via the gazetteer (imported lazily: heavier index)."""
    from summarizer.rules.gazetteer import lookup_place

    place = lookup_place(name, fuzzy=False)
    return place.timezone if place is not None else None


def _etc_zone(offset: int) -> str | None:
    """IANA ``Etc/GMT±N`` name for a whole-hour fixed offset (note the inverted sign)."""
    if offset % 60:
        return None
    hours = offset // 60
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def _clock(m: re.Match[str]) -> time | None:
    """Wall-clock time of a ``_TIME_RE`` match (before any day-part adjustment)."""
    if m.group("word"):
        return time(0, 0) if m.group("word").lower() == "midnight" else time(12, 0)
    if m.group("mil"):
        return time(int(m.group("mil")), int(m.group("milm")))
    hour = int(m.group("hh") or m.group("h12") or m.group("hday"))
    minute = int(m.group("mm") or 0)
    hour24 = clock_hour(hour, m.group("ampm") or m.group("ampm12") or "")
    return time(hour24, minute) if hour24 is not None else None  # "13 p.m." is not a time


def _mention(text: str, start: int, end: int, local: time, tz_name: str | None, tz_text: str | None,
             offset: int | None, on_date: date | None, note: str | None) -> TimeMention:
    utc_dt: datetime | None = None
    utc_time: time | None = None
    if offset is not None:
        minutes = (local.hour * 60 + local.minute - offset) % (24 * 60)
        utc_time = time(minutes // 60, minutes % 60)
        if on_date is not None:
            try:
                utc_dt = (datetime.combine(on_date, local) - timedelta(minutes=offset)).replace(tzinfo=UTC)
            except OverflowError:
                utc_dt = None
    return TimeMention(span=make_span(text, start, end), local_time=local, tz_name=tz_name, tz_text=tz_text,
                       utc_offset_minutes=offset, utc=utc_dt, utc_time=utc_time, note=note)


def _resolve_zone(z: re.Match[str] | None, local: time, on_date: date | None,
                  local_tz: str | None) -> tuple[str | None, str | None, int | None, str | None]:
    """(tz_name, tz_text, offset, note) for the zone text after a time, if any."""
    if z is None or z.group("hours"):
        if local_tz is None:
            return None, None, None, "no time zone stated"
        offset = _zone_offset(local_tz, on_date, local)
        return local_tz, None, offset, "no zone stated; assumed local_tz" + ("" if offset is not None else ", DST unknown")
    if z.group("fixed"):
        sign = -1 if z.group("sign") in "-−" else 1
        offset = sign * (int(z.group("oh")) * 60 + int(z.group("om") or 0))
        return _etc_zone(offset), z.group(0).strip(" ()"), offset, None
    if z.group("abbr"):
        tz_name, fixed = ZONE_ABBREVIATIONS[z.group("abbr")]
        offset = fixed if fixed is not None else _zone_offset(tz_name, on_date, local)
        return tz_name, z.group("abbr"), offset, None if offset is not None else "DST unknown"
    tz_text = z.group("local") or f"{z.group('place')} time"
    zone = local_tz if z.group("local") else _place_zone(z.group("place"))
    if zone is None:
        return None, tz_text, None, "local zone unknown"
    offset = _zone_offset(zone, on_date, local)
    return zone, tz_text, offset, None if offset is not None else "DST unknown"


def _apply_daypart(text: str, end: int, local: time, has_ampm: bool) -> tuple[time, int]:
    """Adjust for "in the afternoon/evening"/"at night"; returns the new time and span end."""
    d = _DAYPART_RE.match(text, end)
    if d is None:
        return local, end
    hour = local.hour
    if not has_ampm and ((d.group("part") in ("afternoon", "evening") and 1 <= hour < 12)
                         or (d.group("night") and 8 <= hour < 12)):
        hour += 12
    return local.replace(hour=hour), d.end()


def _zone_match(text: str, end: int) -> re.Match[str] | None:
    """The zone phrase right after a time; "(local time)" counts only with its closing parenthesis."""
    z = _ZONE_RE.match(text, end)
    if z is None or z.group("place") and _place_zone(z.group("place")) is None:
        return None
    return z


def find_times(text: str, *, on_date: date | None = None, local_tz: str | None = None) -> list[TimeMention]:
    """Every clock time in running text, converted to UTC when zone (and date) allow."""
    on_date = on_date.date() if isinstance(on_date, datetime) else on_date
    mentions: list[TimeMention] = []
    pos = 0
    while (m := _TIME_RE.search(text, pos)) is not None:
        pos = m.end()
        local = _clock(m)
        if local is None:
            continue
        has_ampm = bool(m.group("ampm") or m.group("ampm12"))
        local, end = _apply_daypart(text, m.end(), local, has_ampm)
        z = _zone_match(text, end)
        if m.group("sep") == "." and not has_ampm and end == m.end() and z is None \
                and not _DOT_CONTEXT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "18.30" without clock context is more likely a decimal
        if z is not None:
            end = z.end()
        pos = end  # the zone text ("UTC+05:30") must not be read as another time
        tz_name, tz_text, offset, note = _resolve_zone(z, local, on_date, local_tz)
        mentions.append(_mention(text, m.start(), end, local, tz_name, tz_text, offset, on_date, note))
    return mentions


def parse_time_phrase(phrase: str, *, on_date: date | None = None, local_tz: str | None = None) -> list[TimeMention]:
    """Normalise a time phrase copied by the model; "1 p.m. (0900 GMT)" yields two mentions."""
    return find_times(phrase, on_date=on_date, local_tz=local_tz)
