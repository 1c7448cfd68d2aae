"""Warnings a coach should see on a Monday morning. Pure: data in, warnings out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from coachlog.domain import model
from coachlog.domain.actuals import Actual
from coachlog.domain.budget import MonthBudget, PeriodBudget, round_hours
from coachlog.domain.formats import day_text
from coachlog.i18n import t, tn

DUE_WITHIN = timedelta(weeks=4)
LOG_AT_LEAST_EVERY = timedelta(days=7)
LADDER_AT_LEAST_EVERY = relativedelta(months=6)
UWV_MIN_MINUTES_PER_WEEK = 12 * 60
UWV_MIN_EMPLOYMENT = relativedelta(months=6)
SEVENTH_PERIOD_SIGNAL_AT = 5


@dataclass(frozen=True)
class Warning:
    # over-budget-month, over-budget-period, period-ends, seventh-period, no-entry, ladder-old, uwv-conditions
    kind: str
    worker: str
    message: str  # Dutch, for the coach
    severity: str = "warning"  # warning or info


_d = day_text


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
    actual_by_period: dict[int, Actual]  # by period number: exact where a period starts mid-month


def _still_open(period: PeriodBudget, today: date) -> bool:
    """A period the coach can still act on: it has started, and it runs or its
    accountability report is still due (within 4 weeks after its end)."""
    return period.start <= today <= period.end + DUE_WITHIN


def grant_warnings(situation: GrantSituation, today: date) -> list[Warning]:
    """Over budget in a month or a period, a period ending, UWV's conditions. Only periods
    still open count (see ``_still_open``): a grant in its fourth period does not repeat
    every month it ran over in the first, and the months over budget in one period are one
    signal, not one each."""
    found: list[Warning] = []
    worker = situation.worker
    this_month = today.replace(day=1)
    open_periods = [p for p in situation.periods if _still_open(p, today)]
    for period in open_periods:
        # A month belongs to the period of its budget (MonthBudget.period_no), as in the
        # budget tables: a month a period starts in is counted once, with one period.
        over = []
        for month in situation.months:
            if month.month > this_month or month.period_no != period.number:
                continue
            spent = situation.actual_by_month.get(month.month)
            if spent and spent.billable > month.minutes:
                over.append((month, spent.billable))
        if len(over) == 1:
            (month, spent_minutes), = over
            found.append(Warning(
                "over-budget-month", worker,
                t("{worker}: {month} {spent} h spent, budget {budget} h", worker=worker, month=f"{month.month:%m-%Y}",
                  spent=_h(spent_minutes), budget=_h(month.minutes)),
            ))
        elif over:
            months = ", ".join(t("{month} ({spent} of {budget} h)", month=f"{month.month:%m-%Y}",
                                 spent=_h(spent_minutes), budget=_h(month.minutes)) for month, spent_minutes in over)
            found.append(Warning(
                "over-budget-month", worker,
                tn("{worker}: {count} month over budget in period {number}: {months}",
                   "{worker}: {count} months over budget in period {number}: {months}", len(over), worker=worker,
                   count=len(over), number=period.number, months=months),
            ))
    for period in open_periods:
        spent_in_period = (situation.actual_by_period[period.number].billable
                           if period.number in situation.actual_by_period else 0)
        if spent_in_period > period.minutes:
            found.append(Warning(
                "over-budget-period", worker,
                t("{worker}: period {number} ({start} – {end}) {spent} h spent, granted {granted} h", worker=worker,
                  number=period.number, start=_d(period.start), end=_d(period.end), spent=_h(spent_in_period),
                  granted=_h(period.minutes)),
            ))
        if period.start <= today <= period.end and period.end - today <= DUE_WITHIN:
            found.append(Warning(
                "period-ends", worker,
                t("{worker}: period {number} ends {end}; accountability report and follow-up request within "
                  "4 weeks after it (by {due})", worker=worker, number=period.number, end=_d(period.end),
                  due=_d(period.end + DUE_WITHIN)),
            ))
            if period.number == SEVENTH_PERIOD_SIGNAL_AT:
                found.append(Warning(
                    "seventh-period", worker,
                    t("{worker}: end of period 5; after period 6 a 7th period needs a motivation", worker=worker),
                    "info",
                ))
    # UWV's conditions are about the grant as it runs; an ended one only waits for its report.
    if situation.funder.kind in ("uwv-extern", "uwv-intern") and any(p.start <= today <= p.end
                                                                     for p in situation.periods):
        employment = situation.employment
        if situation.minutes_per_week_now < UWV_MIN_MINUTES_PER_WEEK:
            found.append(Warning(
                "uwv-conditions", worker,
                t("{worker}: contract {hours} h/week; UWV asks for at least 12 h/week", worker=worker,
                  hours=_h(situation.minutes_per_week_now)),
            ))
        if employment.end is not None and employment.end < employment.start + UWV_MIN_EMPLOYMENT:
            found.append(Warning(
                "uwv-conditions", worker,
                t("{worker}: employment {start} – {end} is shorter than 6 months; UWV asks for at least 6 months",
                  worker=worker, start=_d(employment.start), end=_d(employment.end)),
            ))
    return found


def activity_warnings(
    worker: str, last_entry: date | None, last_measurement: date | None, today: date, active_since: date
) -> list[Warning]:
    found = []
    if today - (last_entry or active_since) > LOG_AT_LEAST_EVERY:
        since = t("since {day}", day=_d(last_entry)) if last_entry else t("ever")
        found.append(Warning("no-entry", worker, t("{worker}: no entry {since}; UWV wants one at least weekly",
                                                   worker=worker, since=since)))
    if last_measurement is None:
        found.append(Warning("ladder-old", worker, t("{worker}: no participatieladder measurement yet", worker=worker),
                             "info"))
    elif last_measurement + LADDER_AT_LEAST_EVERY < today:
        found.append(Warning(
            "ladder-old", worker,
            t("{worker}: last participatieladder measurement {day}, older than 6 months", worker=worker,
              day=_d(last_measurement)),
        ))
    return found
