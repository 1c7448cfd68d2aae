"""How coachlog writes a date, a moment, hours and euros: one home for each, the way every
screen, command and report shows them (23-11-2026, 23-11-2026 09:00, 1.234,50, € 74,78).
Durations (1:30) and decimals as typed (20, 12,5) are parsing's, beside their readers:
:func:`coachlog.domain.parsing.format_duration` and ``format_decimal``.

Pure and light: the command line, the app and the reports all import it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

DAY = "%d-%m-%Y"
CENT = Decimal("0.01")


def day_text(day: date | None) -> str:
    """23-11-2026; nothing for no date."""
    return day.strftime(DAY) if day else ""


def moment_text(moment: datetime) -> str:
    """23-11-2026 09:00."""
    return moment.strftime(f"{DAY} %H:%M")


def _grouped(value: Decimal) -> str:
    """1.234,50: two decimals, a dot between thousands, a decimal comma."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def hours_text(minutes: Fraction | int) -> str:
    """Minutes as hours, rounded once to the hundredth: 624 -> 10,40; 74 040 -> 1.234,00."""
    hours = Fraction(minutes) / 60
    return _grouped((Decimal(hours.numerator) / Decimal(hours.denominator)).quantize(CENT, ROUND_HALF_UP))


def money_text(euros: Decimal) -> str:
    """€ 74,78; € 1.234,50 (rounded half up to the cent)."""
    return "€ " + _grouped(euros.quantize(CENT, ROUND_HALF_UP))
