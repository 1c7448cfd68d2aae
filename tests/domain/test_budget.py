"""The budget engine against hand-computed numbers (DOMAIN.md §3).

Each expected value is worked out in the comment beside it, from
contract hours x 52/12 x percentage, pro rata by days of the calendar month."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachlog.domain import budget, model
from coachlog.protocols import load_schedules

SCHEDULES = load_schedules()
UWV = SCHEDULES.get("uwv-extern-2014")


def employment(start: date, kind: str = "contract", end: date | None = None, anchor: date | None = None) -> model.Employment:
    return model.Employment(worker_id=1, employer_id=1, start=start, kind=kind, end=end, year_anchor=anchor, id=1)


def hours(*changes: tuple[date, int]) -> list[model.ContractHours]:
    return [model.ContractHours(employment_id=1, valid_from=d, minutes_per_week=h * 60) for d, h in changes]


def grant(start: date, regime: str | None = "midden", granted_hours: int | None = None, months: int = 6,
          periods: int = 6) -> model.Grant:
    return model.Grant(
        employment_id=1, funder_id=1, schedule_id=UWV.id, start=start, period_months=months, regime=regime,
        granted_minutes_per_period=None if granted_hours is None else granted_hours * 60, periods=periods, id=1,
    )


def by_month(g, e, h, absences=()) -> dict[date, Decimal]:
    return {m.month: m.hours for m in budget.monthly_budgets(g, e, h, UWV, list(absences))}


def test_24_hours_midden_falls_from_10_4_to_5_2_to_3_12():
    # 24 x 52/12 = 104 h a month; 10% = 10.40, 5% = 5.20, 3% = 3.12.
    start = date(2024, 1, 1)
    months = by_month(grant(start), employment(start), hours((start, 24)))
    assert months[date(2024, 1, 1)] == Decimal("10.40")
    assert months[date(2024, 12, 1)] == Decimal("10.40")
    assert months[date(2025, 1, 1)] == Decimal("5.20")
    assert months[date(2026, 1, 1)] == Decimal("3.12")
    assert months[date(2026, 6, 1)] == Decimal("3.12")
    assert len(months) == 36


def test_employment_starting_on_the_17th_is_pro_rata_by_days():
    start = date(2026, 3, 17)
    months = by_month(grant(start), employment(start), hours((start, 24)))
    # 17-31 March: 15 of 31 days x 10.40 = 5.0323
    assert months[date(2026, 3, 1)] == Decimal("5.03")
    # March 2027: 1-16 in year 1 (10.40), 17-31 in year 2 (5.20): (16 x 10.40 + 15 x 5.20) / 31 = 7.8839
    assert months[date(2027, 3, 1)] == Decimal("7.88")
    # The last period ends 16-03-2029: 16 of 31 days x 3.12 = 1.6103
    assert months[date(2029, 3, 1)] == Decimal("1.61")


def test_contract_change_from_20_to_28_hours_mid_month():
    start = date(2026, 1, 1)
    h = hours((start, 20), (date(2026, 7, 16), 28))
    months = by_month(grant(start), employment(start), h)
    # 20 h: 20 x 52/12 x 10% = 8.6667 a month; 28 h: 12.1333 a month.
    assert months[date(2026, 6, 1)] == Decimal("8.67")
    # July: 15 days at 8.6667 + 16 days at 12.1333, over 31 days = 10.4559
    assert months[date(2026, 7, 1)] == Decimal("10.46")
    assert months[date(2026, 8, 1)] == Decimal("12.13")


def test_proefplaatsing_is_flat_and_ignores_employment_years():
    start = date(2025, 1, 1)
    months = by_month(grant(start, regime="licht"), employment(start, kind="proefplaatsing"), hours((start, 24)))
    # licht, proefplaatsing: 6% flat: 104 x 6% = 6.24, in year 2 as in year 1.
    assert months[date(2025, 1, 1)] == Decimal("6.24")
    assert months[date(2026, 6, 1)] == Decimal("6.24")


def test_granted_hours_per_period_are_the_cap_shaped_by_the_regime():
    start = date(2026, 1, 1)
    g = grant(start, regime="midden", granted_hours=40)
    periods = budget.period_budgets(g, employment(start), hours((start, 24)), UWV)
    # Without the cap period 1 would be 6 x 10.40 = 62.40; the letter grants 40.
    assert [p.hours for p in periods] == [Decimal("40.00")] * 6
    months = by_month(g, employment(start), hours((start, 24)))
    # Full months of one employment year weigh the same: 40 / 6 = 6.6667.
    assert months[date(2026, 1, 1)] == Decimal("6.67")


def test_granted_hours_without_regime_spread_by_days():
    start = date(2026, 1, 1)
    months = by_month(grant(start, regime=None, granted_hours=30), employment(start), hours((start, 24)))
    # Period 1 has 181 days; January 31 of them: 30 x 31/181 = 5.1381; February 28: 4.6409.
    assert months[date(2026, 1, 1)] == Decimal("5.14")
    assert months[date(2026, 2, 1)] == Decimal("4.64")


def test_five_week_absence_removes_its_whole_weeks():
    start = date(2026, 1, 1)
    absence = model.Absence(worker_id=1, start=date(2026, 6, 1), end=date(2026, 7, 5))  # 35 days
    months = by_month(grant(start), employment(start), hours((start, 24)), [absence])
    assert months[date(2026, 6, 1)] == Decimal("0.00")
    # July: 5 days away, 26 of 31 days count: 10.40 x 26/31 = 8.7226
    assert months[date(2026, 7, 1)] == Decimal("8.72")
    assert months[date(2026, 5, 1)] == Decimal("10.40")


def test_four_week_absence_does_not_lower_the_budget_and_30_days_lose_four_weeks():
    start = date(2026, 1, 1)
    four_weeks = model.Absence(worker_id=1, start=date(2026, 6, 1), end=date(2026, 6, 28))
    assert by_month(grant(start), employment(start), hours((start, 24)), [four_weeks])[date(2026, 6, 1)] == Decimal("10.40")
    thirty_days = model.Absence(worker_id=1, start=date(2026, 6, 1), end=date(2026, 6, 30))
    # 30 days = 4 whole weeks + 2 days: the 2 spare days keep their budget, 10.40 x 2/30 = 0.6933
    assert by_month(grant(start), employment(start), hours((start, 24)), [thirty_days])[date(2026, 6, 1)] == Decimal("0.69")


def test_leap_year_february():
    start = date(2028, 2, 15)
    months = by_month(grant(start), employment(start), hours((start, 24)))
    # 15-29 February 2028: 15 of 29 days x 10.40 = 5.3793
    assert months[date(2028, 2, 1)] == Decimal("5.38")
    leap_start = date(2028, 2, 29)
    e = employment(leap_start)
    assert budget.employment_year(e, date(2029, 2, 27)) == 1
    assert budget.employment_year(e, date(2029, 2, 28)) == 2  # dateutil: a year after 29-02 is 28-02


def test_year_anchor_moves_the_employment_years():
    e = employment(date(2026, 5, 1), anchor=date(2026, 1, 1))
    assert budget.employment_year(e, date(2026, 12, 31)) == 1
    assert budget.employment_year(e, date(2027, 1, 1)) == 2


@pytest.mark.parametrize("start", [date(2025, 8, 29), date(2025, 8, 30), date(2025, 8, 31), date(2026, 1, 31),
                                   date(2023, 8, 31), date(2026, 3, 17)])
def test_period_number_agrees_with_the_periods_every_day(start: date) -> None:
    """A start on the 29th to 31st makes a later period begin on a shorter month's last
    day (31-08 -> 28-02); that day is the new period's, for period_number as for periods()."""
    g = grant(start)
    spans = budget.periods(g, employment(start))
    assert len(spans) == 6
    for number, first, last in spans:
        day = first
        while day <= last:
            assert budget.period_number(g, day) == number, day
            day += timedelta(days=1)
    assert budget.period_number(g, spans[-1][2] + timedelta(days=1)) is None
    if start == date(2025, 8, 31):
        assert spans[1][1] == date(2026, 2, 28)


def test_period_numbers_and_grant_end_follow_the_employment():
    start = date(2026, 1, 31)
    g = grant(start)
    assert budget.period_number(g, date(2026, 1, 30)) is None
    assert budget.period_number(g, start) == 1
    assert budget.period_number(g, date(2026, 7, 30)) == 1
    assert budget.period_number(g, date(2026, 7, 31)) == 2
    assert budget.period_number(g, date(2029, 1, 31)) is None  # after period 6
    ended = employment(start, end=date(2026, 9, 30))
    assert budget.grant_end(g, ended) == date(2026, 9, 30)
    assert [p[0] for p in budget.periods(g, ended)] == [1, 2]


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    contract=st.integers(min_value=1, max_value=60),
    regime=st.sampled_from(["zeer-licht", "licht", "midden", "intensief"]),
    months=st.sampled_from([3, 6, 12]),
    absence_days=st.integers(min_value=0, max_value=90),
    absence_offset=st.integers(min_value=0, max_value=400),
)
def test_invariants(start, contract, regime, months, absence_days, absence_offset):
    """Never negative; months add up to the periods; the schedule never rises by year."""
    from datetime import timedelta

    g = grant(start, regime=regime, months=months, periods=3)
    e = employment(start)
    h = hours((start, contract))
    absences = []
    if absence_days:
        a_start = start + timedelta(days=absence_offset)
        absences = [model.Absence(worker_id=1, start=a_start, end=a_start + timedelta(days=absence_days - 1))]
    month_budgets = budget.monthly_budgets(g, e, h, UWV, absences)
    period_budgets = budget.period_budgets(g, e, h, UWV, absences)
    assert all(m.minutes >= 0 for m in month_budgets)
    assert sum(m.minutes for m in month_budgets) == sum(p.minutes for p in period_budgets)
    percentages = [UWV.percentage(regime, year) for year in range(1, 6)]
    assert percentages == sorted(percentages, reverse=True)
    # Without an absence a full month never exceeds 15% of the contract hours a month.
    if not absences:
        ceiling = Fraction(contract * 60) * Fraction(52, 12) * Fraction(15, 100)
        assert all(m.minutes <= ceiling for m in month_budgets)


# -- the runs give exactly what the day-by-day definition gives -------------------------

def reference_daily_budgets(g, e, h, schedule, absences=()):
    """The budget engine's definition, one day at a time (the code before it was made fast)."""
    import calendar
    from datetime import timedelta

    trial = e.kind == "proefplaatsing"
    regime = schedule.regimes.get(g.regime) if g.regime else None
    excluded = budget._excluded_days(list(absences))
    result = {}
    for _number, start, end in budget.periods(g, e):
        shape = {}
        day = start
        while day <= end:
            if regime is not None and (regime.percentages or trial):
                percent = schedule.percentage(g.regime, budget.employment_year(e, day), trial=trial)
                per_week = budget.minutes_per_week_on(h, day) * percent / 100
                shape[day] = per_week * budget.WEEKS_PER_MONTH / calendar.monthrange(day.year, day.month)[1]
            else:
                shape[day] = Fraction(1)
            day += timedelta(days=1)
        cap = budget._period_cap(g, regime, trial)
        if cap is not None:
            total = sum(shape.values())
            shape = {d: cap * v / total if total else Fraction(0) for d, v in shape.items()}
        result.update({d: Fraction(0) if d in excluded else v for d, v in shape.items()})
    return result


@settings(max_examples=120, deadline=None)
@given(
    start=st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31)),
    anchor_shift=st.integers(min_value=-400, max_value=0),
    contract=st.integers(min_value=1, max_value=60),
    change=st.one_of(st.none(), st.tuples(st.integers(min_value=1, max_value=900), st.integers(min_value=1, max_value=60))),
    regime=st.sampled_from(["zeer-licht", "licht", "midden", "intensief", None]),
    granted=st.one_of(st.none(), st.integers(min_value=1, max_value=120)),
    kind=st.sampled_from(["contract", "proefplaatsing"]),
    months=st.sampled_from([1, 3, 6, 12]),
    absence=st.one_of(st.none(), st.tuples(st.integers(min_value=0, max_value=500), st.integers(min_value=1, max_value=80))),
)
def test_runs_equal_the_day_by_day_definition(start, anchor_shift, contract, change, regime, granted, kind, months,
                                              absence):
    from datetime import timedelta

    if regime is None and granted is None:
        granted = 40
    if kind == "proefplaatsing" and regime not in UWV.proefplaatsing:
        regime = None if granted else "midden"
        if regime not in UWV.proefplaatsing:
            regime, granted = None, granted or 40
    anchor = start + timedelta(days=anchor_shift) if anchor_shift else None  # a year anchor before the start
    e = employment(start, kind=kind, anchor=anchor)
    changes = [(start, contract)] + ([(start + timedelta(days=change[0]), change[1])] if change else [])
    h = hours(*changes)
    g = grant(start, regime=regime, granted_hours=granted, months=months, periods=4)
    absences = []
    if absence:
        a_start = start + timedelta(days=absence[0])
        absences = [model.Absence(worker_id=1, start=a_start, end=a_start + timedelta(days=absence[1] - 1))]
    expected = reference_daily_budgets(g, e, h, UWV, absences)
    assert budget.daily_budgets(g, e, h, UWV, absences) == expected
    runs = budget.budget_runs(g, e, h, UWV, absences)
    by_month: dict = {}
    for day, value in expected.items():
        by_month[day.replace(day=1)] = by_month.get(day.replace(day=1), Fraction(0)) + value
    assert {m.month: m.minutes for m in budget.monthly_budgets(g, e, h, UWV, absences, runs=runs)} == by_month
    assert [p.minutes for p in budget.period_budgets(g, e, h, UWV, absences, runs=runs)] == [
        sum((v for d, v in expected.items() if p_start <= d <= p_end), Fraction(0))
        for _, p_start, p_end in budget.periods(g, e)
    ]


def test_a_29_february_anchor_changes_the_year_on_the_same_day_as_before():
    start = date(2024, 2, 29)
    g, e, h = grant(start, periods=6), employment(start), hours((start, 24))
    assert budget.daily_budgets(g, e, h, UWV) == reference_daily_budgets(g, e, h, UWV)


@pytest.mark.parametrize("anchor", [date(2024, 2, 29), date(2023, 3, 1), date(2024, 1, 31), date(2023, 12, 31),
                                    date(2025, 2, 28), date(2020, 6, 15)])
def test_employment_year_counts_full_years_as_relativedelta_does(anchor):
    from datetime import timedelta

    from dateutil.relativedelta import relativedelta

    e = employment(anchor)
    day = anchor - timedelta(days=3)
    while day < anchor + timedelta(days=365 * 6):
        expected = 1 if day < anchor else relativedelta(day, anchor).years + 1
        assert budget.employment_year(e, day) == expected, day
        day += timedelta(days=1)
