"""The one home of how dates, moments, hours and euros are written (domain/formats.py)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from coachlog.domain.formats import day_text, hours_text, moment_text, money_text, month_text, weekday_text
from coachlog.i18n import dutch


def test_days_and_moments() -> None:
    assert day_text(date(2026, 3, 1)) == "01-03-2026" and day_text(None) == ""
    assert moment_text(datetime(2026, 11, 23, 9, 5)) == "23-11-2026 09:05"


@pytest.mark.parametrize("minutes, text", [
    (0, "0,00"), (624, "10,40"), (1, "0,02"), (Fraction(1, 2), "0,01"), (74_040, "1.234,00"), (-90, "-1,50"),
])
def test_hours_are_rounded_once_with_a_decimal_comma(minutes: int | Fraction, text: str) -> None:
    assert hours_text(minutes) == text


@pytest.mark.parametrize("euros, text", [
    (Decimal("74.78"), "€ 74,78"), (Decimal("100"), "€ 100,00"), (Decimal("1234.5"), "€ 1.234,50"),
    (Decimal("0.005"), "€ 0,01"),
])
def test_euros_with_cents_and_thousands(euros: Decimal, text: str) -> None:
    assert money_text(euros) == text


def test_months_and_weekdays_in_the_coachs_language_and_in_dutch_for_reports() -> None:
    november = date(2026, 11, 23)
    assert month_text(november) == "November 2026" and month_text(november, short=True) == "Nov 2026"
    assert month_text(november, dutch) == "november 2026" and month_text(date(2026, 3, 1), dutch, short=True) == "mrt 2026"
    assert weekday_text(november) == "Monday 23-11-2026" and weekday_text(november, dutch) == "maandag 23-11-2026"
    assert [month_text(date(2026, m, 1), dutch).split()[0] for m in range(1, 13)] == (
        "januari februari maart april mei juni juli augustus september oktober november december".split())
