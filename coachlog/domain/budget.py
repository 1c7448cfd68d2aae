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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from coachlog.domain import model

if TYPE_CHECKING:  # the domain runs without importing the protocols package
    from coachlog.protocols import Schedule

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
    """1 in the first year from the anchor (the start unless edited), 2 in the second, ...

    A year is complete on the anniversary of the anchor; the anniversary of 29 February
    is 28 February in a year without one (as relativedelta counts it)."""
    anchor = employment.anchor
    if day <= anchor:
        return 1
    anniversary_day = anchor.day
    if anchor.month == 2 and anchor.day == 29 and not calendar.isleap(day.year):
        anniversary_day = 28
    years = day.year - anchor.year - ((day.month, day.day) < (anchor.month, anniversary_day))
    return years + 1


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


@dataclass(frozen=True)
class Run:
    """Days ``start`` to ``end`` (within one month and one period) that each carry ``per_day``."""

    period_no: int
    start: date
    end: date
    per_day: Fraction

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def minutes(self) -> Fraction:
        return self.per_day * self.days


def budget_runs(
    grant: model.Grant,
    employment: model.Employment,
    hours: list[model.ContractHours],
    schedule: Schedule,
    absences: Sequence[model.Absence] = (),
) -> list[Run]:
    """The grant's budget as runs of days with the same budget each, in date order.

    Within a calendar month a day's budget changes only where the employment year or the
    contract hours change; such months (a few a grant) are worked out day by day, every
    other month is one run. The sums are the same as day by day, found in a few hundred
    steps instead of one per day of a grant's life."""
    trial = employment.kind == "proefplaatsing"
    regime = schedule.regimes.get(grant.regime) if grant.regime else None
    if grant.regime and regime is None:
        raise KeyError(f"schedule {schedule.id} has no regime {grant.regime!r}")
    by_percentage = regime is not None and bool(regime.percentages or trial)
    ordered_hours = sorted(hours, key=lambda h: h.valid_from)
    excluded = _excluded_days(list(absences))
    cap = _period_cap(grant, regime, trial)
    runs: list[Run] = []
    for number, start, end in periods(grant, employment):
        shape: list[Run] = []
        month_start = start
        while month_start <= end:
            last_of_month = month_start.replace(day=calendar.monthrange(month_start.year, month_start.month)[1])
            month_end = min(end, last_of_month)
            if by_percentage:
                shape += _month_runs(number, month_start, month_end, grant, employment, ordered_hours, schedule, trial)
            else:
                shape.append(Run(number, month_start, month_end, Fraction(1)))
            month_start = month_end + timedelta(days=1)
        if cap is not None:
            total = sum((run.minutes for run in shape), Fraction(0))
            factor = cap / total if total else Fraction(0)
            shape = [Run(run.period_no, run.start, run.end, run.per_day * factor) for run in shape]
        runs += _without_excluded(shape, excluded) if excluded else shape
    return runs


def _day_budget(grant: model.Grant, employment: model.Employment, hours: list[model.ContractHours],
                schedule: Schedule, trial: bool, day: date) -> Fraction:
    """One day's budget before any cap: minutes per week x percentage x 52/12 / days in the month."""
    assert grant.regime is not None  # a budget by percentage is a regime's (see budget_runs)
    percent = schedule.percentage(grant.regime, employment_year(employment, day), trial=trial)
    per_week = minutes_per_week_on(hours, day) * percent / 100
    return per_week * WEEKS_PER_MONTH / calendar.monthrange(day.year, day.month)[1]


def _month_runs(number: int, first: date, last: date, grant: model.Grant, employment: model.Employment,
                hours: list[model.ContractHours], schedule: Schedule, trial: bool) -> list[Run]:
    """One run for a month (part) with one employment year and one contract; else day by day."""
    changes_hours = any(first < h.valid_from <= last for h in hours)
    if not changes_hours and employment_year(employment, first) == employment_year(employment, last):
        return [Run(number, first, last, _day_budget(grant, employment, hours, schedule, trial, first))]
    runs: list[Run] = []
    for day in _days(first, last):
        value = _day_budget(grant, employment, hours, schedule, trial, day)
        if runs and runs[-1].per_day == value:
            runs[-1] = Run(number, runs[-1].start, day, value)
        else:
            runs.append(Run(number, day, day, value))
    return runs


def _without_excluded(runs: list[Run], excluded: set[date]) -> list[Run]:
    """The runs with the days of long absences carrying nothing (each run stays in its month)."""
    result: list[Run] = []
    for run in runs:
        if not any(day in excluded for day in _days(run.start, run.end)):
            result.append(run)
            continue
        first = len(result)
        for day in _days(run.start, run.end):
            value = Fraction(0) if day in excluded else run.per_day
            if len(result) > first and result[-1].per_day == value:
                result[-1] = Run(run.period_no, result[-1].start, day, value)
            else:
                result.append(Run(run.period_no, day, day, value))
    return result


def daily_budgets(
    grant: model.Grant,
    employment: model.Employment,
    hours: list[model.ContractHours],
    schedule: Schedule,
    absences: Sequence[model.Absence] = (),
) -> dict[date, Fraction]:
    """The budget of every day of the grant, in minutes."""
    return days_of(budget_runs(grant, employment, hours, schedule, absences))


def days_of(runs: list[Run]) -> dict[date, Fraction]:
    """Runs as the budget of every day."""
    return {day: run.per_day for run in runs for day in _days(run.start, run.end)}


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
    schedule: Schedule,
    absences: Sequence[model.Absence] = (),
    *,
    runs: list[Run] | None = None,
) -> list[MonthBudget]:
    """The budget per calendar month over the grant's whole life (``runs``: already worked out)."""
    if runs is None:
        runs = budget_runs(grant, employment, hours, schedule, absences)
    months: dict[date, list[Run]] = {}
    for run in runs:
        months.setdefault(run.start.replace(day=1), []).append(run)
    return [
        MonthBudget(
            month=month,
            minutes=sum((run.minutes for run in month_runs), Fraction(0)),
            period_no=month_runs[0].period_no,
            employment_year=employment_year(employment, month_runs[0].start),
            days=sum(run.days for run in month_runs),
        )
        for month, month_runs in months.items()
    ]


def period_budgets(
    grant: model.Grant,
    employment: model.Employment,
    hours: list[model.ContractHours],
    schedule: Schedule,
    absences: Sequence[model.Absence] = (),
    *,
    runs: list[Run] | None = None,
) -> list[PeriodBudget]:
    """The budget per period (``runs``: already worked out)."""
    if runs is None:
        runs = budget_runs(grant, employment, hours, schedule, absences)
    minutes: dict[int, Fraction] = {}
    for run in runs:
        minutes[run.period_no] = minutes.get(run.period_no, Fraction(0)) + run.minutes
    return [
        PeriodBudget(number, start, end, minutes.get(number, Fraction(0)))
        for number, start, end in periods(grant, employment)
    ]
