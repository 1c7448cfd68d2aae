"""Warnings a coach should see on a Monday morning. Pure: data in, warnings out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from coachlog.domain import model
from coachlog.domain.actuals import Actual
from coachlog.domain.budget import MonthBudget, PeriodBudget, round_hours

DUE_WITHIN = timedelta(weeks=4)
LOG_AT_LEAST_EVERY = timedelta(days=7)
LADDER_AT_LEAST_EVERY = relativedelta(months=6)
UWV_MIN_MINUTES_PER_WEEK = 12 * 60
UWV_MIN_EMPLOYMENT = relativedelta(months=6)
SEVENTH_PERIOD_SIGNAL_AT = 5


@dataclass(frozen=True)
class Warning:
    kind: str  # over-budget-month, over-budget-period, period-ends, seventh-period, no-entry, ladder-old, uwv-conditions
    worker: str
    message: str  # Dutch, for the coach
    severity: str = "warning"  # warning or info


def _d(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _h(minutes: Fraction | int) -> str:
    return str(round_hours(Fraction(minutes))).replace(".", ",")


@dataclass
class GrantSituation:
    """What the warnings need to know of one grant."""

    worker: str
    grant: model.Grant
    funder: model.Funder
    employment: model.Employment
    minutes_per_week_now: int
    months: list[MonthBudget]
    periods: list[PeriodBudget]
    actual_by_month: dict[date, Actual]


def grant_warnings(situation: GrantSituation, today: date) -> list[Warning]:
    found: list[Warning] = []
    worker = situation.worker
    this_month = today.replace(day=1)
    for month in situation.months:
        if month.month > this_month:
            break
        spent = situation.actual_by_month.get(month.month)
        if spent and spent.billable > month.minutes:
            found.append(Warning(
                "over-budget-month", worker,
                f"{worker}: {month.month:%m-%Y} {_h(spent.billable)} u besteed, budget {_h(month.minutes)} u",
            ))
    for period in situation.periods:
        if period.start > today:
            break
        spent = sum(
            (a.billable for m, a in situation.actual_by_month.items() if period.start.replace(day=1) <= m <= period.end),
            0,
        )
        # Months straddling a period edge are counted whole: a warning, not a bill.
        if spent > period.minutes:
            found.append(Warning(
                "over-budget-period", worker,
                f"{worker}: periode {period.number} ({_d(period.start)} – {_d(period.end)}) "
                f"{_h(spent)} u besteed, toegekend {_h(period.minutes)} u",
            ))
        if period.start <= today <= period.end and period.end - today <= DUE_WITHIN:
            found.append(Warning(
                "period-ends", worker,
                f"{worker}: periode {period.number} eindigt {_d(period.end)}; verantwoordingsrapportage en "
                f"vervolgaanvraag binnen 4 weken daarna (uiterlijk {_d(period.end + DUE_WITHIN)})",
            ))
            if period.number == SEVENTH_PERIOD_SIGNAL_AT:
                found.append(Warning(
                    "seventh-period", worker,
                    f"{worker}: einde periode 5; na periode 6 is een 7e periode alleen met motivatie mogelijk",
                    "info",
                ))
    if situation.funder.kind in ("uwv-extern", "uwv-intern"):
        employment = situation.employment
        if situation.minutes_per_week_now < UWV_MIN_MINUTES_PER_WEEK:
            found.append(Warning(
                "uwv-conditions", worker,
                f"{worker}: contract {_h(situation.minutes_per_week_now)} u/week; UWV vraagt minstens 12 u/week",
            ))
        if employment.end is not None and employment.end < employment.start + UWV_MIN_EMPLOYMENT:
            found.append(Warning(
                "uwv-conditions", worker,
                f"{worker}: dienstverband {_d(employment.start)} – {_d(employment.end)} is korter dan 6 maanden; "
                "UWV vraagt minstens 6 maanden",
            ))
    return found


def activity_warnings(
    worker: str, last_entry: date | None, last_measurement: date | None, today: date, active_since: date
) -> list[Warning]:
    found = []
    if today - (last_entry or active_since) > LOG_AT_LEAST_EVERY:
        since = f"sinds {_d(last_entry)}" if last_entry else "nog nooit"
        found.append(Warning("no-entry", worker, f"{worker}: geen logboekregel {since}; UWV wil minstens wekelijks"))
    if last_measurement is None:
        found.append(Warning("ladder-old", worker, f"{worker}: nog geen meting op de participatieladder", "info"))
    elif last_measurement + LADDER_AT_LEAST_EVERY < today:
        found.append(Warning(
            "ladder-old", worker,
            f"{worker}: laatste meting participatieladder {_d(last_measurement)}, ouder dan 6 maanden",
        ))
    return found
