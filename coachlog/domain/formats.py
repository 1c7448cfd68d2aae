"""How coachlog writes a date, a moment, a month, hours and euros: one home for each, the way
every screen, command and report shows them (23-11-2026, 23-11-2026 09:00, november 2026,
1.234,50, € 74,78). Names of months and days are messages like any other (English here,
Dutch from messages_nl): ``month_text(month)`` in the coach's language, and
``month_text(month, dutch)`` in a report.
Durations (1:30) and decimals as typed (20, 12,5) are parsing's, beside their readers:
:func:`coachlog.domain.parsing.format_duration` and ``format_decimal``.

Pure and light: the command line, the app and the reports all import it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from coachlog.i18n import N_, t

DAY = "%d-%m-%Y"
CENT = Decimal("0.01")

MONTH_NAMES = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
               N_("August"), N_("September"), N_("October"), N_("November"), N_("December"))
SHORT_MONTH_NAMES = (N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"), N_("Jul"), N_("Aug"),
                     N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"))
DAY_NAMES = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
             N_("Sunday"))

Translate = Callable[[str], str]


def day_text(day: date | None) -> str:
    """23-11-2026; nothing for no date."""
    return day.strftime(DAY) if day else ""


def moment_text(moment: datetime) -> str:
    """23-11-2026 09:00."""
    return moment.strftime(f"{DAY} %H:%M")


def _grouped(value: Decimal) -> str:
    """1.234,50: two decimals, a dot between thousands, a decimal comma."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def month_text(month: date, translate: Translate = t, *, short: bool = False) -> str:
    """november 2026 (Dutch), November 2026; short: nov 2026, Nov 2026."""
    return f"{translate((SHORT_MONTH_NAMES if short else MONTH_NAMES)[month.month - 1])} {month.year}"


def weekday_text(day: date, translate: Translate = t) -> str:
    """maandag 23-11-2026 (Dutch), Monday 23-11-2026."""
    return f"{translate(DAY_NAMES[day.weekday()])} {day_text(day)}"


def hours_text(minutes: Fraction | int) -> str:
    """Minutes as hours, rounded once to the hundredth: 624 -> 10,40; 74 040 -> 1.234,00."""
    hours = Fraction(minutes) / 60
    return _grouped((Decimal(hours.numerator) / Decimal(hours.denominator)).quantize(CENT, ROUND_HALF_UP))


def money_text(euros: Decimal) -> str:
    """€ 74,78; € 1.234,50 (rounded half up to the cent)."""
    return "€ " + _grouped(euros.quantize(CENT, ROUND_HALF_UP))
