"""Turn what a coach types into dates, months, minutes, times and vocabulary codes.

Pure functions: stdlib and dateutil only. Every bad value raises ``InvalidInput`` naming
the field, the value as typed and the accepted forms. Dates are parsed with explicit
regexes, never with dateutil's fuzzy parser (it invents a date out of almost anything);
dateutil is only used for calendar arithmetic.

Digits are matched with ``[0-9]``, not ``\\d``: ``\\d`` also matches Arabic-Indic and other
digits that ``int()`` would quietly accept.
"""

from __future__ import annotations

import calendar
import functools
import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from coachlog.errors import InvalidInput
from coachlog.i18n import N_, dutch, t

__all__ = [
    "ACTIVITIES",
    "INDIRECT_ACTIVITIES",
    "MODES",
    "WITH_WHOM",
    "format_date_nl",
    "format_decimal",
    "format_duration",
    "parse_activity",
    "parse_date",
    "parse_duration",
    "parse_mode",
    "parse_month",
    "parse_time",
    "parse_with_whom",
]


def _squeeze(text: str) -> str:
    """Case-fold, strip and collapse runs of whitespace to one space."""
    return " ".join(text.casefold().split())


# --------------------------------------------------------------------------- dates

DATE_ACCEPTED = N_(
    "use a date like 2026-11-23 or 23-11-2026 (also 23/11/2026, 23.11.2026), "
    "or vandaag, gisteren, eergisteren, morgen, or a weekday name such as maandag, "
    "vr or vorige vrijdag"
)

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# Day-month-year with one separator used twice; only four-digit years ("23-11-26" is
# too easily a typo for something else).
_DUTCH_DATE = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})")

_DAYS_FROM_TODAY_BY_WORD = {
    "vandaag": 0,
    "today": 0,
    "gisteren": -1,
    "yesterday": -1,
    "eergisteren": -2,
    "morgen": 1,
    "tomorrow": 1,
}

_names: tuple[str, ...]  # the names of a weekday, then of a month, in the loops below
_WEEKDAY_BY_NAME: dict[str, weekday] = {}
for _weekday, _names in (
    (MO, ("maandag", "ma", "monday", "mon")),
    (TU, ("dinsdag", "di", "tuesday", "tue")),
    (WE, ("woensdag", "wo", "wednesday", "wed")),
    (TH, ("donderdag", "do", "thursday", "thu")),
    (FR, ("vrijdag", "vr", "friday", "fri")),
    (SA, ("zaterdag", "za", "saturday", "sat")),
    (SU, ("zondag", "zo", "sunday", "sun")),
):
    for _name in _names:
        _WEEKDAY_BY_NAME[_name] = _weekday

_STRICTLY_BEFORE_PREFIXES = ("vorige ", "last ")


# A date a coach types lies in these years: far wider than any journal's dates, and far
# enough from the calendar's ends (years 1 and 9999) that what lists and reports reckon
# from a date (a month on, periods of up to 36 months) never runs off the calendar.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)


def _in_range(day: date, field: str, text: str) -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(field, text, t("give a date from {first} up to {last}",
                                          first=format_date_nl(FIRST_DAY), last=format_date_nl(LAST_DAY)))
    return day


def _calendar_date(year: int, month: int, day: int, field: str, text: str) -> date:
    try:
        return _in_range(date(year, month, day), field, text)
    except ValueError:  # 31-02-2026, month 13, year 0
        if 1 <= month <= 12 and 1 <= year <= 9999 and day > 0:
            # 31-9-2026: say why, the form was right.
            days = calendar.monthrange(year, month)[1]
            raise InvalidInput(field, text, t(
                "{month}-{year} has {days} days; give a day from 1 to {days}", month=month, year=year, days=days
            )) from None
        raise InvalidInput(field, text, DATE_ACCEPTED) from None


def _shift(today: date, delta: relativedelta, field: str, text: str) -> date:
    try:
        shifted = today + delta
    except (OverflowError, ValueError):  # only at the ends of the calendar (year 1, 9999)
        raise InvalidInput(field, text, DATE_ACCEPTED) from None
    return _in_range(shifted, field, text)


def parse_date(text: str, today: date, field: str = "date") -> date:
    """A date as a coach types it; words and weekday names count back from ``today``.

    A bare weekday name is the most recent such day on or before ``today`` (``maandag``
    on a Monday is today); with ``vorige``/``last`` it is strictly before ``today``.
    """
    squeezed = _squeeze(text)

    if match := _ISO_DATE.fullmatch(squeezed):
        year, month, day = (int(group) for group in match.groups())
        return _calendar_date(year, month, day, field, text)

    if match := _DUTCH_DATE.fullmatch(squeezed):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
        return _calendar_date(year, month, day, field, text)

    if squeezed in _DAYS_FROM_TODAY_BY_WORD:
        days = _DAYS_FROM_TODAY_BY_WORD[squeezed]
        return _shift(today, relativedelta(days=days), field, text)

    weekday_name = squeezed
    days_back_first = 0
    for prefix in _STRICTLY_BEFORE_PREFIXES:
        if squeezed.startswith(prefix):
            weekday_name = squeezed[len(prefix):]
            # Step to yesterday first, so today itself can never be the answer.
            days_back_first = -1
            break
    if weekday_name in _WEEKDAY_BY_NAME:
        # relativedelta applies ``days`` before moving back to the weekday (n=-1: the
        # nearest such day on or before the date reached).
        delta = relativedelta(days=days_back_first, weekday=_WEEKDAY_BY_NAME[weekday_name](-1))
        return _shift(today, delta, field, text)

    raise InvalidInput(field, text, DATE_ACCEPTED)


def format_date_nl(d: date) -> str:
    """``23-11-2026``: the Dutch day-month-year form reports use."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


# --------------------------------------------------------------------------- months

MONTH_ACCEPTED = N_(
    "use a month like 2026-10, 10-2026, oktober 2026, okt 2026 or october 2026, "
    "or deze maand, vorige maand"
)

_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_DUTCH_MONTH = re.compile(r"([0-9]{1,2})[-/.]([0-9]{4})")
# "okt 2026" and "okt. 2026"
_NAMED_MONTH = re.compile(r"([a-z]+)\.? ([0-9]{4})")

_MONTH_NUMBER_BY_NAME: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "january", "jan"),
        ("februari", "february", "feb"),
        ("maart", "march", "mrt", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("augustus", "august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTH_NUMBER_BY_NAME[_name] = _number

_MONTHS_FROM_THIS_BY_WORDS = {
    "deze maand": 0,
    "this month": 0,
    "vorige maand": -1,
    "last month": -1,
}


def parse_month(text: str, today: date, field: str = "month") -> date:
    """A month, returned as its first day."""
    squeezed = _squeeze(text)
    year = month = None

    if match := _ISO_MONTH.fullmatch(squeezed):
        year, month = int(match[1]), int(match[2])
    elif match := _DUTCH_MONTH.fullmatch(squeezed):
        month, year = int(match[1]), int(match[2])
    elif (match := _NAMED_MONTH.fullmatch(squeezed)) and match[1] in _MONTH_NUMBER_BY_NAME:
        month, year = _MONTH_NUMBER_BY_NAME[match[1]], int(match[2])

    if year is not None and month is not None:
        try:
            first = date(year, month, 1)
        except ValueError:  # month 0 or 13, year 0
            raise InvalidInput(field, text, MONTH_ACCEPTED) from None
    elif squeezed in _MONTHS_FROM_THIS_BY_WORDS:
        months = _MONTHS_FROM_THIS_BY_WORDS[squeezed]
        try:
            first = today.replace(day=1) + relativedelta(months=months)
        except (OverflowError, ValueError):  # January of year 1 has no previous month
            raise InvalidInput(field, text, MONTH_ACCEPTED) from None
    else:
        raise InvalidInput(field, text, MONTH_ACCEPTED)
    if not FIRST_DAY <= first <= LAST_DAY:
        raise InvalidInput(field, text, t("give a month from {first} up to {last}",
                                          first=f"{FIRST_DAY:%m-%Y}", last=f"{LAST_DAY:%m-%Y}"))
    return first


# --------------------------------------------------------------------------- durations

DURATION_ACCEPTED = N_(
    "use minutes like 90, 90m or 90min, hours like 2u, 2h, 1,5u or 1.5 uur, "
    "or hours and minutes like 1u30, 1h30m or 1:30"
)

# Digit counts are capped so no input can build an absurd number; range checks on the
# result (a day has 1440 minutes) happen where the duration is used.
_HOUR_UNIT = r"(?:h|u|uur|hr|hrs|hour|hours)"
_MINUTE_UNIT = r"(?:m|min|mins|minuut|minuten|minute|minutes)"
_MINUTES_ONLY = re.compile(rf"(?P<minutes>[0-9]{{1,6}}) ?(?:{_MINUTE_UNIT})?")
# A decimal comma or point: 1,5u = 1.5h = 90 minutes.
_HOURS_ONLY = re.compile(rf"(?P<hours>[0-9]{{1,4}}(?:[.,][0-9]{{1,6}})?) ?{_HOUR_UNIT}")
_HOURS_AND_MINUTES = re.compile(
    rf"(?P<hours>[0-9]{{1,4}}) ?{_HOUR_UNIT} ?(?P<minutes>[0-9]{{1,2}}) ?(?:{_MINUTE_UNIT})?"
)
# h:mm needs two minute digits: "1:5" could mean 1:05 or 1:50.
_CLOCK_DURATION = re.compile(r"(?P<hours>[0-9]{1,4}) ?: ?(?P<minutes>[0-9]{2})")


def parse_duration(text: str, field: str = "duration") -> int:
    """A duration in whole minutes. A bare number is minutes; fractional hours round
    half up to the nearest minute (0,125u = 7.5 min -> 8)."""
    squeezed = _squeeze(text)

    if squeezed.startswith("-"):
        raise InvalidInput(field, text, t("a duration cannot be negative; {accepted}", accepted=t(DURATION_ACCEPTED)))

    if match := _MINUTES_ONLY.fullmatch(squeezed):
        return int(match["minutes"])

    if match := _HOURS_ONLY.fullmatch(squeezed):
        # Fraction keeps 0,1u exact (6 minutes), where float would give 6.000000000000001.
        exact_minutes = Fraction(match["hours"].replace(",", ".")) * 60
        return math.floor(exact_minutes + Fraction(1, 2))

    match = _HOURS_AND_MINUTES.fullmatch(squeezed) or _CLOCK_DURATION.fullmatch(squeezed)
    if match:
        hours, minutes = int(match["hours"]), int(match["minutes"])
        if minutes >= 60:  # 1:75 or 1u75 is a typo, not 2:15
            accepted = t("the minutes after the hours must be below 60; {accepted}", accepted=t(DURATION_ACCEPTED))
            raise InvalidInput(field, text, accepted)
        return hours * 60 + minutes

    raise InvalidInput(field, text, DURATION_ACCEPTED)


def format_duration(minutes: int) -> str:
    """``1:30``, ``0:05``, ``24:00``. A negative amount (over budget) gets a minus sign."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


# --------------------------------------------------------------------------- numbers


def format_decimal(value: Decimal, decimal_mark: str = ",") -> str:
    """A decimal as people write it: ``20``, ``12,5``, ``0,25`` (``12.5`` with
    ``decimal_mark="."``, for files a machine reads back). Trailing zeros go, an exponent
    never appears (``Decimal("2E+1")`` is ``20``), and there is no thousands separator."""
    text = format(value.normalize(), "f")
    if text in ("-0", "+0"):
        text = "0"
    return text.replace(".", decimal_mark)


# --------------------------------------------------------------------------- times

TIME_ACCEPTED = N_("use a time between 0:00 and 23:59, like 9:00, 09:30, 9.30, 0930, 9u30 or 9")

_CLOCK_TIME = re.compile(r"(?P<hours>[0-9]{1,2}) ?(?:[:.]|u|h) ?(?P<minutes>[0-9]{2})")
# 0930 (and 930): the last two digits are the minutes.
_COMPACT_TIME = re.compile(r"(?P<hours>[0-9]{1,2})(?P<minutes>[0-9]{2})")
_WHOLE_HOUR_TIME = re.compile(r"(?P<hours>[0-9]{1,2}) ?(?:u|h|uur)?")


def parse_time(text: str, field: str = "start") -> time:
    """A wall-clock time of day."""
    squeezed = _squeeze(text)
    match = (
        _CLOCK_TIME.fullmatch(squeezed)
        or _COMPACT_TIME.fullmatch(squeezed)
        or _WHOLE_HOUR_TIME.fullmatch(squeezed)
    )
    if not match:
        raise InvalidInput(field, text, TIME_ACCEPTED)
    hours = int(match["hours"])
    minutes = int(match["minutes"]) if "minutes" in match.groupdict() else 0
    if hours >= 24 or minutes >= 60:  # 24:00 is tomorrow's 0:00, not a start time
        raise InvalidInput(field, text, TIME_ACCEPTED)
    return time(hours, minutes)


# --------------------------------------------------------------------------- vocabulary
#
# Each table maps a code (what the journal stores) to (Dutch label, English label,
# aliases). The first alias is the Dutch word shown in error messages. The code, both
# labels and every alias are accepted, case- and accent-insensitively, with "-" and "_"
# read as spaces (so "on-site", "on_site" and "on site" are one name). A prefix of two
# or more letters is accepted when all names it starts belong to one code.
#
# Alias decisions where names collide:
# - "training" is the UWV activity (inwerken/instructie of the worker). The coach's own
#   schooling is "course", reached through scholing, opleiding, course.
# - "overleg" is evaluation (afstemming with employer and worker); the coach's own team
#   meetings are "meeting" via teamoverleg, intervisie, meeting.
# - "manager" in WITH_WHOM is the employer side; in ACTIVITIES it is the code for
#   coaching the manager (leidinggevende begeleiden). The tables are separate, so both hold.
# - "meeting in person" is a mode (conversation); "meeting" alone is an activity.

class Term(NamedTuple):
    """A word of a vocabulary: its label (English, translated like every message: the app
    shows ``t(label)``, a report ``dutch(label)``) and the words a coach may type for it."""

    label: str
    aliases: tuple[str, ...]


VocabularyTable = dict[str, Term]

WITH_WHOM: VocabularyTable = {
    "worker": Term(N_("Worker"), ("werknemer", "cliënt", "client", "wn")),
    "employer": Term(N_("Employer"), ("werkgever", "wg", "leidinggevende", "manager", "collega", "colleague")),
    "network": Term(N_("Network"), ("netwerk", "familie", "family", "woonbegeleider", "uwv", "gemeente")),
    "nobody": Term(N_("Nobody (indirect)"), ("niemand", "geen", "indirect", "none")),
}

ACTIVITIES: VocabularyTable = {
    # The UWV catalogue: direct coaching.
    "introduction": Term(N_("Introduction"), ("introductie", "kennismaking", "introduce")),
    "structure": Term(N_("Structuring the work"), ("structureren", "werkstructuur", "structure work")),
    "training": Term(N_("Induction and training"), ("inwerken", "instructie", "training")),
    "crisis": Term(N_("Crisis intervention"), ("crisisinterventie", "crisis")),
    "guidance": Term(N_("Guidance at work"), ("begeleiding", "begeleiden op werk", "guide at work", "guidance")),
    "home": Term(N_("Home situation"), ("thuissituatie", "thuis", "home situation")),
    "manager": Term(N_("Coaching the manager"),
                    ("leidinggevende begeleiden", "guide manager", "manager coaching")),
    "evaluation": Term(N_("Evaluation and coordination"),
                       ("evaluatie", "afstemming", "overleg", "coordination", "evaluation")),
    # Indirect time: recorded, never billed.
    "admin": Term(N_("Administration and reports"), ("administratie", "admin", "rapportage", "report writing")),
    "travel": Term(N_("Travel"), ("reistijd", "reizen", "travel")),
    "course": Term(N_("Course"), ("scholing", "opleiding", "course")),
    "meeting": Term(N_("Peer review and team meeting"), ("intervisie", "teamoverleg", "meeting")),
    "other": Term(N_("Other"), ("overig", "other")),
}

INDIRECT_ACTIVITIES = frozenset({"admin", "travel", "course", "meeting", "other"})

MODES: VocabularyTable = {
    "on_site": Term(N_("On site"), ("op locatie", "locatie", "bezoek", "on site", "visit")),
    "conversation": Term(N_("Conversation"), ("gesprek", "kantoor", "conversation", "meeting in person")),
    "phone": Term(N_("Phone"), ("telefoon", "tel", "bellen", "phone", "call")),
    "email": Term(N_("E-mail"), ("e-mail", "email", "mail")),
    "video": Term(N_("Video call"), ("beeldbellen", "video", "teams", "zoom")),
}


def label(table: VocabularyTable, code: str) -> str:
    """A code's label (English, to translate); a code the table does not know, as it is."""
    term = table.get(code)
    return term.label if term else code


def with_whom_text(code: str, translate: Callable[[str], str] = t) -> str:
    """With whom, as a screen or a list names it: Employer, Werkgever; Nobody (not "Nobody
    (indirect)", which a report spells out)."""
    return translate(label(WITH_WHOM, code)).split(" (")[0]


def activity_text(code: str, translate: Callable[[str], str] = t) -> str:
    """An activity as the coach reads it: Guidance at work, Begeleiding op het werk."""
    return translate(label(ACTIVITIES, code))


def _name_key(text: str) -> str:
    """Fold a vocabulary name for comparison: "Cliënt" -> "client", "on_site" -> "on site"."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_accents = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _squeeze(without_accents.replace("_", " ").replace("-", " "))


@functools.cache
def _code_by_name(table_name: str) -> dict[str, str]:
    """Every accepted name of the table, folded, to its code; built when first needed (the
    Dutch labels come from the messages, which a command that parses nothing never loads).

    Raises when one name is given to two codes, so the tables stay unambiguous (a test
    parses every name of every table)."""
    table = _TABLES[table_name]
    code_by_name: dict[str, str] = {}
    for code, term in table.items():
        for name in (code, term.label, dutch(term.label), *term.aliases):
            key = _name_key(name)
            if code_by_name.setdefault(key, code) != code:
                other_code = code_by_name[key]
                raise ValueError(f"vocabulary name {name!r} given to {other_code!r} and {code!r}")
    return code_by_name


_SHORTEST_PREFIX = 2


def _accepted_names(table: VocabularyTable) -> str:
    names = (f"{term.aliases[0]} ({code})" for code, term in table.items())
    return t("use one of {names}", names=", ".join(names))


def _parse_vocabulary(
    table: VocabularyTable, code_by_name: dict[str, str], text: str, field: str
) -> str:
    key = _name_key(text)
    if key in code_by_name:
        return code_by_name[key]
    # One letter is too little to guess from: "w" would silently become "werkstructuur".
    if len(key) < _SHORTEST_PREFIX:
        raise InvalidInput(field, text, _accepted_names(table))

    # Prefix: the shortest matching name per code, to show when the prefix is ambiguous.
    shortest_match_by_code: dict[str, str] = {}
    for name, code in code_by_name.items():
        if not name.startswith(key):
            continue
        if code not in shortest_match_by_code or len(name) < len(shortest_match_by_code[code]):
            shortest_match_by_code[code] = name
    if len(shortest_match_by_code) == 1:
        return next(iter(shortest_match_by_code))
    if shortest_match_by_code:
        candidates = t(" or ").join(
            f"{name} ({code})" for code, name in shortest_match_by_code.items()
        )
        raise InvalidInput(field, text, t("it could be {candidates}; type more of the word", candidates=candidates))
    raise InvalidInput(field, text, _accepted_names(table))


_TABLES = {"with_whom": WITH_WHOM, "activity": ACTIVITIES, "mode": MODES}


def parse_with_whom(text: str, field: str = "with_whom") -> str:
    """worker, employer, network or nobody."""
    return _parse_vocabulary(WITH_WHOM, _code_by_name("with_whom"), text, field)


def parse_activity(text: str, field: str = "activity") -> str:
    """A code of ACTIVITIES: the UWV catalogue or an indirect kind."""
    return _parse_vocabulary(ACTIVITIES, _code_by_name("activity"), text, field)


def parse_mode(text: str, field: str = "mode") -> str:
    """on_site, conversation, phone, email or video."""
    return _parse_vocabulary(MODES, _code_by_name("mode"), text, field)
