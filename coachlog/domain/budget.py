"""The budget engine: how many coaching hours a grant allows, month by month.

Pure functions over domain entities and a schedule. The budget accrues day by day, so
partial first and last months, employment-year boundaries and contract-hour changes in
the middle of a month are exact:

    a day's budget = minutes per week x 52/12 x percentage / days in that month

which makes a full month 24 h/week x 52/12 x 10% = 10.4 h (midden, year 1). Sums are kept
as exact fractions of a minute and rounded once, when shown.

Granted hours per period (the decision letter) are the hard cap: that period's budget is
exactly the granted hours, spread over its days along the regime's curve (or evenly when
there is no regime). An absence of more than four weeks lowers the budget by its whole
weeks: the days of those whole weeks carry no budget (pro rata), the spare days do.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from coachlog.domain import model

WEEKS_PER_MONTH = Fraction(52, 12)
LONG_ABSENCE_DAYS = 28  # "longer than four weeks"


@dataclass(frozen=True)
class MonthBudget:
    month: date  # the first day of the calendar month
    minutes: Fraction
    period_no: int  # the period holding the month's first day of the grant
    employment_year: int  # the employment year on that day
    days: int  # days of the month inside the grant

    @property
    def hours(self) -> Decimal:
        return round_hours(self.minutes)


@dataclass(frozen=True)
class PeriodBudget:
    number: int
    start: date
    end: date
    minutes: Fraction

    @property
    def hours(self) -> Decimal:
        return round_hours(self.minutes)


def round_hours(minutes: Fraction) -> Decimal:
    """Minutes to hours with two decimals, half up: rounded once, at the end."""
    hours = Fraction(minutes) / 60
    return (Decimal(hours.numerator) / Decimal(hours.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def employment_year(employment: model.Employment, day: date) -> int:
    """1 in the first year from the anchor (the start unless edited), 2 in the second, ..."""
    if day < employment.anchor:
        return 1
    return relativedelta(day, employment.anchor).years + 1


def period_start(grant: model.Grant, number: int) -> date:
    return grant.start + relativedelta(months=grant.period_months * (number - 1))


def grant_end(grant: model.Grant, employment: model.Employment) -> date:
    """The grant's last day: the end of its last period, or the employment's end if sooner."""
    natural = period_start(grant, grant.periods + 1) - timedelta(days=1)
    return min(natural, employment.end) if employment.end else natural


def period_number(grant: model.Grant, day: date) -> int | None:
    """The period (1-based) holding ``day``, or None outside the grant's periods."""
    if day < grant.start:
        return None
    elapsed = relativedelta(day, grant.start)
    number = (elapsed.years * 12 + elapsed.months) // grant.period_months + 1
    return number if number <= grant.periods else None


def periods(grant: model.Grant, employment: model.Employment) -> list[tuple[int, date, date]]:
    last_day = grant_end(grant, employment)
    found = []
    for number in range(1, grant.periods + 1):
        start = period_start(grant, number)
        if start > last_day:
            break
        end = min(period_start(grant, number + 1) - timedelta(days=1), last_day)
        found.append((number, start, end))
    return found


def minutes_per_week_on(hours: list[model.ContractHours], day: date) -> int:
    """The contract minutes per week in force on ``day`` (the first record before it)."""
    ordered = sorted(hours, key=lambda h: h.valid_from)
    if not ordered:
        return 0
    current = ordered[0].minutes_per_week
    for record in ordered:
        if record.valid_from <= day:
            current = record.minutes_per_week
    return current


def _days(start: date, end: date):
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def _excluded_days(absences: list[model.Absence]) -> set[date]:
    """The days of the whole weeks of every absence longer than four weeks."""
    excluded: set[date] = set()
    for absence in absences:
        length = (absence.end - absence.start).days + 1
        if length > LONG_ABSENCE_DAYS:
            whole_weeks = length // 7
            excluded.update(_days(absence.start, absence.start + timedelta(days=whole_weeks * 7 - 1)))
    return excluded


def daily_budgets(
    grant: model.Grant,
    employment: model.Employment,
    hours: list[model.ContractHours],
    schedule: "Schedule",  # noqa: F821 - coachlog.protocols.Schedule, kept import-free
    absences: list[model.Absence] = (),
) -> dict[date, Fraction]:
    """The budget of every day of the grant, in minutes."""
    trial = employment.kind == "proefplaatsing"
    regime = schedule.regimes.get(grant.regime) if grant.regime else None
    if grant.regime and regime is None:
        raise KeyError(f"schedule {schedule.id} has no regime {grant.regime!r}")
    excluded = _excluded_days(list(absences))
    budget: dict[date, Fraction] = {}
    for number, start, end in periods(grant, employment):
        shape: dict[date, Fraction] = {}
        for day in _days(start, end):
            if regime is not None and (regime.percentages or trial):
                percent = schedule.percentage(grant.regime, employment_year(employment, day), trial=trial)
                per_week = minutes_per_week_on(hours, day) * percent / 100
                shape[day] = per_week * WEEKS_PER_MONTH / calendar.monthrange(day.year, day.month)[1]
            else:
                shape[day] = Fraction(1)
        cap = _period_cap(grant, regime, trial)
        if cap is not None:
            total = sum(shape.values())
            for day in shape:
                shape[day] = cap * shape[day] / total if total else Fraction(0)
        for day, amount in shape.items():
            budget[day] = Fraction(0) if day in excluded else amount
    return budget


def _period_cap(grant: model.Grant, regime: object, trial: bool) -> Fraction | None:
    if grant.granted_minutes_per_period is not None:
        return Fraction(grant.granted_minutes_per_period)
    hours_per_period = getattr(regime, "hours_per_period", None)
    if hours_per_period is not None and not trial:
        return hours_per_period * 60
    return None


def monthly_budgets(
    grant: model.Grant,
    employment: model.Employment,
    hours: list[model.ContractHours],
    schedule: "Schedule",  # noqa: F821
    absences: list[model.Absence] = (),
) -> list[MonthBudget]:
    """The budget per calendar month over the grant's whole life."""
    days = daily_budgets(grant, employment, hours, schedule, absences)
    months: dict[date, list[date]] = {}
    for day in sorted(days):
        months.setdefault(day.replace(day=1), []).append(day)
    return [
        MonthBudget(
            month=month,
            minutes=sum((days[d] for d in month_days), Fraction(0)),
            period_no=period_number(grant, month_days[0]) or 0,
            employment_year=employment_year(employment, month_days[0]),
            days=len(month_days),
        )
        for month, month_days in months.items()
    ]


def period_budgets(
    grant: model.Grant,
    employment: model.Employment,
    hours: list[model.ContractHours],
    schedule: "Schedule",  # noqa: F821
    absences: list[model.Absence] = (),
) -> list[PeriodBudget]:
    days = daily_budgets(grant, employment, hours, schedule, absences)
    return [
        PeriodBudget(number, start, end, sum((days[d] for d in _days(start, end)), Fraction(0)))
        for number, start, end in periods(grant, employment)
    ]
