"""Table-driven tests for coachlog.domain.parsing, plus a few properties."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachlog.domain.parsing import (
    ACTIVITIES,
    FIRST_DAY,
    LAST_DAY,
    INDIRECT_ACTIVITIES,
    MODES,
    WITH_WHOM,
    format_date_nl,
    format_decimal,
    format_duration,
    parse_activity,
    parse_date,
    parse_duration,
    parse_mode,
    parse_month,
    parse_time,
    parse_with_whom,
)
from coachlog.errors import InvalidInput, shown
from coachlog.i18n import dutch

TODAY = date(2026, 11, 23)  # a Monday
assert TODAY.weekday() == 0

# No example database in the repo, and no flaky deadlines on a slow laptop.
property_settings = settings(database=None, deadline=None)


def assert_names_value(error: InvalidInput, text: str, field: str) -> None:
    """The error names the field and carries the value exactly as typed; the message quotes
    it as messages quote values (a long one cut short with its length: errors.shown)."""
    assert error.field == field
    assert error.value == text
    assert shown(text) in str(error)


# --------------------------------------------------------------------------- dates

VALID_DATES = [
    ("2026-11-23", date(2026, 11, 23)),
    ("2026-01-05", date(2026, 1, 5)),
    ("2026-1-5", date(2026, 1, 5)),
    ("23-11-2026", date(2026, 11, 23)),
    ("3-1-2026", date(2026, 1, 3)),
    ("03-01-2026", date(2026, 1, 3)),
    ("23/11/2026", date(2026, 11, 23)),
    ("23.11.2026", date(2026, 11, 23)),
    ("29-02-2028", date(2028, 2, 29)),
    ("  23-11-2026  ", date(2026, 11, 23)),
    ("vandaag", TODAY),
    ("Vandaag", TODAY),
    ("today", TODAY),
    (" TODAY ", TODAY),
    ("gisteren", date(2026, 11, 22)),
    ("yesterday", date(2026, 11, 22)),
    ("eergisteren", date(2026, 11, 21)),
    ("morgen", date(2026, 11, 24)),
    ("tomorrow", date(2026, 11, 24)),
    # A bare weekday: the most recent such day on or before today (a Monday).
    ("maandag", TODAY),
    ("ma", TODAY),
    ("monday", TODAY),
    ("Mon", TODAY),
    ("dinsdag", date(2026, 11, 17)),
    ("di", date(2026, 11, 17)),
    ("tuesday", date(2026, 11, 17)),
    ("tue", date(2026, 11, 17)),
    ("woensdag", date(2026, 11, 18)),
    ("wo", date(2026, 11, 18)),
    ("wednesday", date(2026, 11, 18)),
    ("wed", date(2026, 11, 18)),
    ("donderdag", date(2026, 11, 19)),
    ("do", date(2026, 11, 19)),
    ("thursday", date(2026, 11, 19)),
    ("thu", date(2026, 11, 19)),
    ("vrijdag", date(2026, 11, 20)),
    ("vr", date(2026, 11, 20)),
    ("friday", date(2026, 11, 20)),
    ("fri", date(2026, 11, 20)),
    ("zaterdag", date(2026, 11, 21)),
    ("za", date(2026, 11, 21)),
    ("saturday", date(2026, 11, 21)),
    ("sat", date(2026, 11, 21)),
    ("ZONDAG", date(2026, 11, 22)),
    ("zo", date(2026, 11, 22)),
    ("sunday", date(2026, 11, 22)),
    ("sun", date(2026, 11, 22)),
    # vorige/last: strictly before today, so a week back on today's own weekday.
    ("vorige maandag", date(2026, 11, 16)),
    ("vorige ma", date(2026, 11, 16)),
    ("last monday", date(2026, 11, 16)),
    ("Last Mon", date(2026, 11, 16)),
    ("vorige dinsdag", date(2026, 11, 17)),
    ("  Vorige   Vrijdag ", date(2026, 11, 20)),
    ("last sun", date(2026, 11, 22)),
]


@pytest.mark.parametrize(("text", "expected"), VALID_DATES)
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


FRIDAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vrijdag", FRIDAY),
        ("vorige vrijdag", date(2026, 11, 20)),
        ("last friday", date(2026, 11, 20)),
        ("maandag", date(2026, 11, 23)),
        ("vorige maandag", date(2026, 11, 23)),
        ("zaterdag", date(2026, 11, 21)),
        ("gisteren", date(2026, 11, 26)),
        ("morgen", date(2026, 11, 28)),
    ],
)
def test_parse_date_counts_back_from_another_weekday(text: str, expected: date) -> None:
    assert parse_date(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("gisteren", date(2026, 1, 1), date(2025, 12, 31)),
        ("morgen", date(2028, 2, 28), date(2028, 2, 29)),
        ("eergisteren", date(2026, 3, 1), date(2026, 2, 27)),
        ("vorige donderdag", date(2027, 1, 1), date(2026, 12, 31)),  # 1-1-2027 is a Friday
    ],
)
def test_parse_date_words_cross_month_and_year(text: str, today: date, expected: date) -> None:
    assert parse_date(text, today) == expected


# A day past the end of its month: the form was right, the message says how many days.
DAYS_PAST_THE_MONTH = [
    ("31-02-2026", "2-2026 has 28 days; give a day from 1 to 28"),
    ("29-02-2026", "2-2026 has 28 days"),  # not a leap year
    ("2026-02-30", "2-2026 has 28 days"),
    ("31-9-2026", "9-2026 has 30 days; give a day from 1 to 30"),
    ("31-04-2027", "4-2027 has 30 days"),
]


@pytest.mark.parametrize(("text", "says"), DAYS_PAST_THE_MONTH)
def test_parse_date_says_how_many_days_the_month_has(text: str, says: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text, TODAY)
    assert_names_value(caught.value, text, "date")
    assert says in str(caught.value)


def test_parse_date_takes_the_29th_of_february_in_a_leap_year() -> None:
    assert parse_date("29-02-2028", TODAY) == date(2028, 2, 29)


INVALID_DATES = [
    "2026-13-01",
    "00-01-2026",
    "0000-01-01",
    "23-11-26",  # two-digit year
    "23-11/2026",  # mixed separators
    "23 11 2026",
    "2026-11-23T10:00",
    "23-11-2026 extra",
    "",
    "   ",
    "gisterenn",
    "vorige",
    "last",
    "vorige maand",
    "next monday",
    "maandagg",
    "1 week ago",
    # Arabic-Indic digits: int() takes them, the parser must not.
    "٢٣-١١-٢٠٢٦",
    "٢٠٢٦-١١-٢٣",
    "٢٠٢٦-11-23",
]


@pytest.mark.parametrize("text", INVALID_DATES)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text, TODAY)
    assert_names_value(caught.value, text, "date")
    assert "2026-11-23" in str(caught.value)  # says what to type instead


def test_parse_date_names_the_given_field() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date("31-02-2026", TODAY, field="until")
    assert_names_value(caught.value, "31-02-2026", "until")


@pytest.mark.parametrize(
    ("text", "today"),
    [("gisteren", date.min), ("vorige maandag", date.min), ("morgen", date.max)],
)
def test_parse_date_at_the_ends_of_the_calendar_is_invalid_input(text: str, today: date) -> None:
    with pytest.raises(InvalidInput):
        parse_date(text, today)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 23), "23-11-2026"),
        (date(2026, 1, 3), "03-01-2026"),
        (date(999, 12, 31), "31-12-0999"),
    ],
)
def test_format_date_nl(day: date, expected: str) -> None:
    assert format_date_nl(day) == expected


@pytest.mark.parametrize(
    ("value", "comma", "point"),
    [("20", "20", "20"), ("2E+1", "20", "20"), ("1E+2", "100", "100"), ("12.50", "12,5", "12.5"),
     ("32.5", "32,5", "32.5"), ("0.000", "0", "0"), ("-0", "0", "0"), ("0.25", "0,25", "0.25"), ("1E-3", "0,001", "0.001")],
)
def test_decimals_print_as_people_write_them(value: str, comma: str, point: str) -> None:
    """Contract hours, km and rates: 20 and 12,5, never 2E+1 (Decimal.normalize's form)."""
    assert format_decimal(Decimal(value)) == comma
    assert format_decimal(Decimal(value), ".") == point


@property_settings
@given(st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-10**6, max_value=10**6))
def test_a_formatted_decimal_reads_back_as_the_same_number(value: Decimal) -> None:
    from coachlog.domain.rules import parse_decimal

    shown = format_decimal(value)
    assert "E" not in shown and "e" not in shown
    assert parse_decimal("km", shown, "12,5") == value


@property_settings
@given(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY))
def test_dates_round_trip_through_both_written_forms(day: date) -> None:
    assert parse_date(format_date_nl(day), TODAY) == day
    assert parse_date(day.isoformat(), TODAY) == day


@pytest.mark.parametrize(
    ("text", "today"),
    [("31-12-9999", TODAY), ("9999-12-31", TODAY), ("01-01-0001", TODAY), ("31-12-1899", TODAY),
     ("01-01-3000", TODAY), ("morgen", LAST_DAY), ("gisteren", FIRST_DAY), ("vandaag", date.max)],
)
def test_a_date_beyond_the_years_a_coach_means_is_refused_with_the_range(text: str, today: date) -> None:
    """Dates from 1900 to 2999: far wider than a journal's, and far from date.max, where a
    month on from the date (entries --month 9999-12) used to fail as an unexpected error."""
    with pytest.raises(InvalidInput) as caught:
        parse_date(text, today, field="--from")
    assert_names_value(caught.value, text, "--from")
    assert "give a date from 01-01-1900 up to 31-12-2999" in str(caught.value)


@pytest.mark.parametrize("text", ["9999-12", "12-9999", "december 9999", "0001-01", "1899-12", "3000-01"])
def test_a_month_beyond_the_years_a_coach_means_is_refused_with_the_range(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_month(text, TODAY, field="--month")
    assert_names_value(caught.value, text, "--month")
    assert "give a month from 01-1900 up to 12-2999" in str(caught.value)


def test_the_first_and_last_month_and_day_of_the_range_are_accepted() -> None:
    assert parse_month("1900-01", TODAY) == date(1900, 1, 1)
    assert parse_month("december 2999", TODAY) == date(2999, 12, 1)
    assert parse_date("31-12-2999", TODAY) == LAST_DAY
    assert parse_date("1900-01-01", TODAY) == FIRST_DAY


WEEKDAY_NAMES = [
    ("maandag", 0), ("ma", 0), ("monday", 0), ("mon", 0),
    ("dinsdag", 1), ("di", 1), ("tuesday", 1), ("tue", 1),
    ("woensdag", 2), ("wo", 2), ("wednesday", 2), ("wed", 2),
    ("donderdag", 3), ("do", 3), ("thursday", 3), ("thu", 3),
    ("vrijdag", 4), ("vr", 4), ("friday", 4), ("fri", 4),
    ("zaterdag", 5), ("za", 5), ("saturday", 5), ("sat", 5),
    ("zondag", 6), ("zo", 6), ("sunday", 6), ("sun", 6),
]  # fmt: skip


@property_settings
@given(
    today=st.dates(min_value=FIRST_DAY + timedelta(days=8), max_value=LAST_DAY),
    name_and_weekday=st.sampled_from(WEEKDAY_NAMES),
    prefix=st.sampled_from(["", "vorige ", "last "]),
)
def test_weekday_is_the_latest_such_day_in_the_week_back(
    today: date, name_and_weekday: tuple[str, int], prefix: str
) -> None:
    name, weekday_number = name_and_weekday
    found = parse_date(prefix + name, today)
    assert found.weekday() == weekday_number
    # A bare name may be today (0 to 6 days back); with vorige/last it is 1 to 7 back.
    days_back = (today - found).days
    assert days_back in (range(1, 8) if prefix else range(0, 7))


# Fragments that look like dates, durations and times, so the fuzzing below reaches
# deep into the patterns instead of failing at the first character.
FRAGMENTS = [
    "0", "1", "9", "12", "24", "31", "60", "75", "2026", "0000", "9999", "99999",
    "-", "/", ".", ",", ":", " ", "u", "h", "m", "min", "uur", "vorige ", "last ",
    "maandag", "ma", "vandaag", "maand", "deze ", "okt", "T", "٣", "\u00a0", "e5",
]  # fmt: skip
date_like_text = st.one_of(
    st.text(),
    st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join),
)


@property_settings
@given(text=date_like_text, today=st.dates())
def test_parse_date_returns_a_date_or_raises_invalid_input(text: str, today: date) -> None:
    try:
        result = parse_date(text, today)
    except InvalidInput as error:
        assert_names_value(error, text, "date")
    else:
        assert isinstance(result, date)


# --------------------------------------------------------------------------- months

VALID_MONTHS = [
    ("2026-10", date(2026, 10, 1)),
    ("2026-1", date(2026, 1, 1)),
    ("10-2026", date(2026, 10, 1)),
    ("1-2026", date(2026, 1, 1)),
    ("10/2026", date(2026, 10, 1)),
    ("oktober 2026", date(2026, 10, 1)),
    ("Oktober  2026", date(2026, 10, 1)),
    ("okt 2026", date(2026, 10, 1)),
    ("okt. 2026", date(2026, 10, 1)),
    ("october 2026", date(2026, 10, 1)),
    ("oct 2026", date(2026, 10, 1)),
    ("januari 2027", date(2027, 1, 1)),
    ("maart 2026", date(2026, 3, 1)),
    ("mrt 2026", date(2026, 3, 1)),
    ("march 2026", date(2026, 3, 1)),
    ("mei 2026", date(2026, 5, 1)),
    ("may 2026", date(2026, 5, 1)),
    ("december 2025", date(2025, 12, 1)),
    ("deze maand", date(2026, 11, 1)),
    ("this month", date(2026, 11, 1)),
    ("vorige maand", date(2026, 10, 1)),
    ("Last Month", date(2026, 10, 1)),
]


@pytest.mark.parametrize(("text", "expected"), VALID_MONTHS)
def test_parse_month_accepts(text: str, expected: date) -> None:
    assert parse_month(text, TODAY) == expected


def test_last_month_in_january_is_december_of_last_year() -> None:
    assert parse_month("vorige maand", date(2026, 1, 31)) == date(2025, 12, 1)


INVALID_MONTHS = [
    "2026-13",
    "13-2026",
    "0-2026",
    "2026-00",
    "oktober",  # which year?
    "okt 26",
    "octobre 2026",
    "2026",
    "10-26",
    "2026-10-01",
    "volgende maand",
    "",
]


@pytest.mark.parametrize("text", INVALID_MONTHS)
def test_parse_month_rejects(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_month(text, TODAY)
    assert_names_value(caught.value, text, "month")
    assert "2026-10" in str(caught.value)


@property_settings
@given(text=date_like_text, today=st.dates())
def test_parse_month_returns_a_first_of_month_or_raises_invalid_input(
    text: str, today: date
) -> None:
    try:
        result = parse_month(text, today)
    except InvalidInput as error:
        assert_names_value(error, text, "month")
    else:
        assert result.day == 1


# --------------------------------------------------------------------------- durations

VALID_DURATIONS = [
    ("90m", 90),
    ("90min", 90),
    ("90 min", 90),
    ("90 minuten", 90),
    ("90", 90),
    ("5", 5),
    ("0", 0),
    ("0m", 0),
    ("0u", 0),
    ("0:00", 0),
    ("1h30", 90),
    ("1u30", 90),
    ("1h30m", 90),
    ("1u30m", 90),
    ("1H30M", 90),
    ("1 u 30", 90),
    ("1 uur 30 min", 90),
    ("1u5", 65),
    ("2h", 120),
    ("2u", 120),
    ("2 uur", 120),
    ("1:30", 90),
    ("0:05", 5),
    ("10:00", 600),
    ("24:00", 1440),
    ("1,5u", 90),
    ("1.5h", 90),
    ("1,5 uur", 90),
    ("0,75u", 45),
    ("0,1u", 6),
    # Fractional hours round half up to a whole minute.
    ("0,125u", 8),  # 7.5 min
    ("0,0125u", 1),  # 0.75 min
    ("0,008u", 0),  # 0.48 min
    ("1,01u", 61),  # 60.6 min
]


@pytest.mark.parametrize(("text", "expected"), VALID_DURATIONS)
def test_parse_duration_accepts(text: str, expected: int) -> None:
    assert parse_duration(text) == expected


INVALID_DURATIONS = [
    "-30",
    "-1:30",
    "-1u",
    "",
    "   ",
    "1:75",
    "1:60",
    "1u60",
    "1:5",  # 1:05 or 1:50?
    "1,5",  # hours or minutes?
    "1.5",
    "abc",
    "u",
    "h30",
    "1 5",
    "1h30h",
    "1,5u30",
    "90 sec",
    "1e3",
    "١٢",
]


@pytest.mark.parametrize("text", INVALID_DURATIONS)
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_duration(text)
    assert_names_value(caught.value, text, "duration")
    assert "1u30" in str(caught.value)  # lists the accepted forms


def test_parse_duration_says_a_negative_duration_is_the_problem() -> None:
    with pytest.raises(InvalidInput, match="negative"):
        parse_duration("-30", field="travel")


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(90, "1:30"), (5, "0:05"), (0, "0:00"), (60, "1:00"), (1440, "24:00"), (-90, "-1:30")],
)
def test_format_duration(minutes: int, expected: str) -> None:
    assert format_duration(minutes) == expected


@property_settings
@given(st.integers(min_value=0, max_value=1440))
def test_durations_round_trip_through_format(minutes: int) -> None:
    assert parse_duration(format_duration(minutes)) == minutes


@property_settings
@given(
    hours=st.integers(min_value=0, max_value=99),
    hundredths=st.integers(min_value=0, max_value=99),
    separator=st.sampled_from([",", "."]),
    unit=st.sampled_from(["u", "h", " uur"]),
)
def test_fractional_hours_round_half_up(
    hours: int, hundredths: int, separator: str, unit: str
) -> None:
    text = f"{hours}{separator}{hundredths:02d}{unit}"
    # Minutes = (hours + hundredths/100) * 60; round half up in integers: floor(x + 1/2).
    exact_minutes_times_100 = (hours * 100 + hundredths) * 60
    expected = (exact_minutes_times_100 + 50) // 100
    assert parse_duration(text) == expected


@property_settings
@given(date_like_text)
def test_parse_duration_returns_minutes_or_raises_invalid_input(text: str) -> None:
    try:
        result = parse_duration(text)
    except InvalidInput as error:
        assert_names_value(error, text, "duration")
    else:
        assert isinstance(result, int) and result >= 0


# --------------------------------------------------------------------------- times

VALID_TIMES = [
    ("9:00", time(9, 0)),
    ("09:30", time(9, 30)),
    ("9.30", time(9, 30)),
    ("0930", time(9, 30)),
    ("930", time(9, 30)),
    ("9u30", time(9, 30)),
    ("9h30", time(9, 30)),
    ("9 u 30", time(9, 30)),
    ("9", time(9, 0)),
    ("09", time(9, 0)),
    ("9u", time(9, 0)),
    ("9 uur", time(9, 0)),
    ("0:00", time(0, 0)),
    ("23:59", time(23, 59)),
    ("2359", time(23, 59)),
    ("12.05", time(12, 5)),
    (" 14:15 ", time(14, 15)),
]


@pytest.mark.parametrize(("text", "expected"), VALID_TIMES)
def test_parse_time_accepts(text: str, expected: time) -> None:
    assert parse_time(text) == expected


INVALID_TIMES = [
    "24:00",
    "24",
    "2400",
    "25:00",
    "9:60",
    "960",
    "9:5",
    "9:00:00",
    "9 30",
    "-9",
    "",
    "abc",
    "12345",
]


@pytest.mark.parametrize("text", INVALID_TIMES)
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_time(text)
    assert_names_value(caught.value, text, "start")
    assert "9:00" in str(caught.value)


@property_settings
@given(st.times())
def test_times_round_trip_through_hh_mm(moment: time) -> None:
    whole_minute = moment.replace(second=0, microsecond=0, tzinfo=None)
    assert parse_time(whole_minute.strftime("%H:%M")) == whole_minute
    assert parse_time(whole_minute.strftime("%H%M")) == whole_minute


@property_settings
@given(date_like_text)
def test_parse_time_returns_a_time_or_raises_invalid_input(text: str) -> None:
    try:
        result = parse_time(text)
    except InvalidInput as error:
        assert_names_value(error, text, "start")
    else:
        assert isinstance(result, time)


# --------------------------------------------------------------------------- vocabulary

PARSER_BY_TABLE_NAME = {
    "WITH_WHOM": (WITH_WHOM, parse_with_whom, "with_whom"),
    "ACTIVITIES": (ACTIVITIES, parse_activity, "activity"),
    "MODES": (MODES, parse_mode, "mode"),
}


def every_name_in_the_tables() -> list[tuple[str, str, str]]:
    """(table name, name, code) for every code, label and alias."""
    rows = []
    for table_name, (table, _, _) in PARSER_BY_TABLE_NAME.items():
        for code, term in table.items():
            for name in (code, term.label, dutch(term.label), *term.aliases):
                rows.append((table_name, name, code))
    return rows


@pytest.mark.parametrize(("table_name", "name", "code"), every_name_in_the_tables())
def test_every_name_resolves_to_its_own_code(table_name: str, name: str, code: str) -> None:
    _, parse, _ = PARSER_BY_TABLE_NAME[table_name]
    assert parse(name) == code
    assert parse(f"  {name.upper()} ") == code


def test_the_tables_hold_the_agreed_codes() -> None:
    assert list(WITH_WHOM) == ["worker", "employer", "network", "nobody"]
    assert set(ACTIVITIES) - INDIRECT_ACTIVITIES == {
        "introduction", "structure", "training", "crisis",
        "guidance", "home", "manager", "evaluation",
    }  # fmt: skip
    assert INDIRECT_ACTIVITIES == {"admin", "travel", "course", "meeting", "other"}
    assert INDIRECT_ACTIVITIES <= set(ACTIVITIES)
    assert list(MODES) == ["on_site", "conversation", "phone", "email", "video"]


VALID_VOCABULARY = [
    (parse_with_whom, "werknemer", "worker"),
    (parse_with_whom, "Cliënt", "worker"),
    (parse_with_whom, "client", "worker"),
    (parse_with_whom, "cliént", "worker"),  # another accent still reads as client
    (parse_with_whom, "WN", "worker"),
    (parse_with_whom, "werkg", "employer"),
    (parse_with_whom, "wg", "employer"),
    (parse_with_whom, "leidinggevende", "employer"),
    (parse_with_whom, "manager", "employer"),
    (parse_with_whom, "collega", "employer"),
    (parse_with_whom, "colleague", "employer"),
    (parse_with_whom, "familie", "network"),
    (parse_with_whom, "woonbeg", "network"),
    (parse_with_whom, "UWV", "network"),
    (parse_with_whom, "gemeente", "network"),
    (parse_with_whom, "niemand", "nobody"),
    (parse_with_whom, "geen", "nobody"),
    (parse_with_whom, "indirect", "nobody"),
    (parse_with_whom, "none", "nobody"),
    (parse_activity, "kennismaking", "introduction"),
    (parse_activity, "kennis", "introduction"),
    (parse_activity, "introduce", "introduction"),
    (parse_activity, "werkstructuur", "structure"),
    (parse_activity, "structure work", "structure"),
    (parse_activity, "inwerken", "training"),
    (parse_activity, "training", "training"),
    (parse_activity, "instructie", "training"),
    (parse_activity, "crisis", "crisis"),
    (parse_activity, "crisisinterventie", "crisis"),
    (parse_activity, "begeleiding", "guidance"),
    (parse_activity, "begeleiden op werk", "guidance"),
    (parse_activity, "guide at work", "guidance"),
    (parse_activity, "thuis", "home"),
    (parse_activity, "home situation", "home"),
    (parse_activity, "leidinggevende begeleiden", "manager"),
    (parse_activity, "guide manager", "manager"),
    (parse_activity, "manager", "manager"),
    (parse_activity, "evaluatie", "evaluation"),
    (parse_activity, "afstemming", "evaluation"),
    (parse_activity, "overleg", "evaluation"),
    (parse_activity, "coordination", "evaluation"),
    (parse_activity, "coörd", "evaluation"),  # accents fold: coörd -> coordination
    (parse_activity, "Rapportage", "admin"),
    (parse_activity, "report writing", "admin"),
    (parse_activity, "admin", "admin"),
    (parse_activity, "reist", "travel"),
    (parse_activity, "reizen", "travel"),
    (parse_activity, "scholing", "course"),
    (parse_activity, "opleiding", "course"),
    (parse_activity, "intervisie", "meeting"),
    (parse_activity, "teamoverleg", "meeting"),
    (parse_activity, "meeting", "meeting"),
    (parse_activity, "overig", "other"),
    (parse_activity, "overi", "other"),
    (parse_mode, "op locatie", "on_site"),
    (parse_mode, "on site", "on_site"),
    (parse_mode, "on-site", "on_site"),
    (parse_mode, "on_site", "on_site"),
    (parse_mode, "bezoek", "on_site"),
    (parse_mode, "visit", "on_site"),
    (parse_mode, "kantoor", "conversation"),
    (parse_mode, "meeting in person", "conversation"),
    (parse_mode, "tel", "phone"),
    (parse_mode, "bel", "phone"),
    (parse_mode, "call", "phone"),
    (parse_mode, "E-mail", "email"),
    (parse_mode, "email", "email"),
    (parse_mode, "mail", "email"),
    (parse_mode, "em", "email"),
    (parse_mode, "beeldbellen", "video"),
    (parse_mode, "teams", "video"),
    (parse_mode, "zoom", "video"),
]


@pytest.mark.parametrize(
    ("parse", "text", "code"),
    VALID_VOCABULARY,
    ids=[f"{parse.__name__}-{text}" for parse, text, _ in VALID_VOCABULARY],
)
def test_vocabulary_accepts(parse, text: str, code: str) -> None:
    assert parse(text) == code


AMBIGUOUS_VOCABULARY = [
    ("WITH_WHOM", "ge", {"nobody", "network"}),  # geen, gemeente
    ("ACTIVITIES", "guide", {"guidance", "manager"}),
    ("ACTIVITIES", "in", {"introduction", "training", "meeting"}),
    ("ACTIVITIES", "over", {"evaluation", "other"}),
    ("ACTIVITIES", "tr", {"training", "travel"}),
    ("MODES", "be", {"on_site", "phone", "video"}),  # bezoek, bellen, beeldbellen
    ("MODES", "te", {"phone", "video"}),  # telefoon, teams
]


@pytest.mark.parametrize(("table_name", "text", "candidate_codes"), AMBIGUOUS_VOCABULARY)
def test_vocabulary_ambiguous_prefix_names_the_candidates_and_only_them(
    table_name: str, text: str, candidate_codes: set[str]
) -> None:
    table, parse, field = PARSER_BY_TABLE_NAME[table_name]
    with pytest.raises(InvalidInput) as caught:
        parse(text)
    assert_names_value(caught.value, text, field)
    named_codes = {code for code in table if f"({code})" in str(caught.value)}
    assert named_codes == candidate_codes


UNKNOWN_VOCABULARY = [
    (parse_with_whom, "with_whom", "werknemer (worker)", ["xyz", "", "w", "werkgeverr", "baas"]),
    (parse_activity, "activity", "inwerken (training)", ["xyz", "", "w", "scholingen", "lunch"]),
    (parse_mode, "mode", "telefoon (phone)", ["xyz", "", "e", "fax", "brief"]),
]


@pytest.mark.parametrize(
    ("parse", "field", "listed", "text"),
    [
        (parse, field, listed, text)
        for parse, field, listed, texts in UNKNOWN_VOCABULARY
        for text in texts
    ],
)
def test_vocabulary_rejects_unknown_and_lists_the_accepted_values(
    parse, field: str, listed: str, text: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse(text)
    assert_names_value(caught.value, text, field)
    assert listed in str(caught.value)


@property_settings
@given(st.text())
def test_vocabulary_returns_a_code_or_raises_invalid_input(text: str) -> None:
    for table, parse, field in PARSER_BY_TABLE_NAME.values():
        try:
            code = parse(text)
        except InvalidInput as error:
            assert_names_value(error, text, field)
        else:
            assert code in table


# --------------------------------------------------------------------------- hygiene


def test_parsing_imports_neither_the_store_nor_the_ui() -> None:
    imported = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, coachlog.domain.parsing; "
            "print(' '.join(m for m in sys.modules "
            "if m.split('.')[0] in ('sqlalchemy', 'textual')))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert imported.stdout.strip() == ""
