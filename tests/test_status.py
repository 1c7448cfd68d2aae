"""Warnings from the budget engine (coachlog status), on a journal with fixed dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coachlog import i18n
from coachlog.services.insights import Insights
from coachlog.services import Coachlog
from coachlog.services import EntryDraft


@pytest.fixture(autouse=True)
def dutch():
    """Signals are checked as the Dutch app shows them; one test below checks English."""
    i18n.set_language("nl")
    yield
    i18n.set_language("en")


def kinds(app) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for warning in Insights(app).status():
        found.setdefault(warning.kind, []).append(warning.message)
    return found


def setup_worker(app, name="Sanne de Vries", start=date(2026, 6, 1), hours=24, end=None, funder_kind="uwv-extern"):
    app.add_worker(name)
    app.add_employer(f"Werkgever van {name}")
    employment = app.add_employment(name, f"Werkgever van {name}", start, Decimal(hours), end=end)
    if not any(f.name == "Financier" for f in app.list_funders()):
        app.add_funder("Financier", funder_kind)
    return app.add_grant(employment.id, "Financier", start, regime="midden")


def test_a_quiet_week_gives_no_warning_for_budget_or_logging(app):
    setup_worker(app, start=date(2026, 1, 1))
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=["Sanne"]))
    app.add_measurement("Sanne", date(2026, 10, 1), 5)
    assert kinds(app) == {}


def test_over_budget_in_a_month_and_in_the_period(app):
    setup_worker(app, start=date(2026, 6, 1))
    # 24 h midden: 10.40 a month. Eleven hours in October is over.
    for day in range(1, 12):
        app.log(EntryDraft(day=date(2026, 10, day), minutes=60, workers=["Sanne"]))
    found = kinds(app)
    assert found["over-budget-month"] == ["Sanne de Vries: 10-2026 11,00 u besteed, budget 10,40 u"]
    assert "over-budget-period" not in found  # 11 of 62.40 in the period


def test_period_ending_within_four_weeks_says_when_the_report_is_due(app):
    setup_worker(app, start=date(2026, 6, 1))  # period 1 ends 30-11-2026
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=["Sanne"]))
    found = kinds(app)
    assert found["period-ends"] == [
        "Sanne de Vries: periode 1 eindigt 30-11-2026; verantwoordingsrapportage en vervolgaanvraag binnen "
        "4 weken daarna (uiterlijk 28-12-2026)"
    ]
    assert "seventh-period" not in found


def test_end_of_period_five_signals_the_seventh_period(app):
    setup_worker(app, start=date(2024, 6, 1))  # period 5: 01-06-2026 .. 30-11-2026
    assert "seventh-period" in kinds(app)


def test_no_entry_for_a_week_and_an_old_ladder_measurement(app):
    setup_worker(app, start=date(2026, 1, 1))
    app.log(EntryDraft(day=date(2026, 11, 10), minutes=60, workers=["Sanne"]))
    app.add_measurement("Sanne", date(2026, 5, 1), 4)
    found = kinds(app)
    assert found["no-entry"] == ["Sanne de Vries: geen logboekregel sinds 10-11-2026; UWV wil minstens wekelijks"]
    assert found["ladder-old"] == [
        "Sanne de Vries: laatste meting participatieladder 01-05-2026, ouder dan 6 maanden"
    ]


def test_an_ended_employment_is_not_nagged(app):
    setup_worker(app, start=date(2026, 1, 1), end=date(2026, 10, 31))
    assert "no-entry" not in kinds(app)


def test_uwv_conditions_contract_hours_and_employment_length(app):
    setup_worker(app, start=date(2026, 10, 1), hours=10, end=date(2027, 1, 31))
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=["Sanne"]))
    messages = kinds(app)["uwv-conditions"]
    assert "Sanne de Vries: contract 10,00 u/week; UWV vraagt minstens 12 u/week" in messages
    assert any("korter dan 6 maanden" in m for m in messages)


def test_a_gemeente_grant_is_not_held_to_uwv_conditions(app):
    setup_worker(app, start=date(2026, 10, 1), hours=10, funder_kind="gemeente")
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=["Sanne"]))
    assert "uwv-conditions" not in kinds(app)


def test_signals_read_in_english_when_the_app_is_english(app):
    i18n.set_language("en")
    setup_worker(app)
    app.log(EntryDraft(day=date(2026, 11, 10), minutes=60, workers=["Sanne de Vries"]))
    found = kinds(app)
    assert found["no-entry"] == ["Sanne de Vries: no entry since 10-11-2026; UWV wants one at least weekly"]


def test_a_period_that_starts_mid_month_counts_only_its_own_days(app):
    """Period 1 runs 17-03 to 16-09, period 2 from 17-09: September's hours are split on
    the 17th, not counted whole in both periods."""
    app.add_worker("Sanne de Vries")
    app.add_employer("Bakkerij Jansen")
    employment = app.add_employment("Sanne de Vries", "Bakkerij Jansen", date(2026, 3, 17), Decimal(24))
    app.add_funder("Financier", "uwv-extern")
    app.add_grant(employment.id, "Financier", date(2026, 3, 17), regime="midden", granted_hours=Decimal(10))
    app.log(EntryDraft(day=date(2026, 9, 10), minutes=9 * 60, workers=["Sanne"]))  # period 1
    app.log(EntryDraft(day=date(2026, 9, 20), minutes=9 * 60, workers=["Sanne"]))  # period 2
    assert "over-budget-period" not in kinds(app)  # 9 of 10 h in each
    app.log(EntryDraft(day=date(2026, 10, 5), minutes=2 * 60, workers=["Sanne"]))  # period 2: 11 h
    assert kinds(app)["over-budget-period"] == [
        "Sanne de Vries: periode 2 (17-09-2026 – 16-03-2027) 11,00 u besteed, toegekend 10,00 u"]


def test_months_over_budget_in_one_period_are_one_signal(app):
    setup_worker(app, start=date(2026, 6, 1))  # 10,40 a month; period 1: 01-06 .. 30-11-2026
    for month in (8, 9, 10):
        for day in range(1, 13):
            app.log(EntryDraft(day=date(2026, month, day), minutes=60, workers=["Sanne"]))
    assert kinds(app)["over-budget-month"] == [
        "Sanne de Vries: 3 maanden boven budget in periode 1: 08-2026 (12,00 van 10,40 u), "
        "09-2026 (12,00 van 10,40 u), 10-2026 (12,00 van 10,40 u)"
    ]


def test_periods_accounted_for_long_ago_are_not_repeated(app):
    """Period 1 (2025) ran over in a month and in total; in period 3 that is history. The
    period that ended within the last 4 weeks still counts: its report is still due."""
    setup_worker(app, start=date(2025, 6, 1))  # periods: 06-2025, 12-2025, 06-2026 (to 30-11-2026)
    for day in range(1, 29):  # period 1: 28 h in one month, more than its month and...
        app.log(EntryDraft(day=date(2025, 7, day), minutes=150, workers=["Sanne"]))  # ...70 h > 62,40 h
    found = kinds(app)
    assert "over-budget-month" not in found and "over-budget-period" not in found
    for day in range(1, 13):  # period 3, this one (24 h midden: 5,20 a month now): 12 h in September
        app.log(EntryDraft(day=date(2026, 9, day), minutes=60, workers=["Sanne"]))
    assert kinds(app)["over-budget-month"] == ["Sanne de Vries: 09-2026 12,00 u besteed, budget 5,20 u"]


def test_a_period_whose_report_is_still_due_keeps_its_signals(app):
    """Period 1 ended 31-10-2026, 23 days before today: over budget there still shows."""
    setup_worker(app, start=date(2026, 5, 1))  # period 1: 01-05 .. 31-10-2026
    for day in range(1, 13):
        app.log(EntryDraft(day=date(2026, 10, day), minutes=60, workers=["Sanne"]))
    assert kinds(app)["over-budget-month"] == ["Sanne de Vries: 10-2026 12,00 u besteed, budget 10,40 u"]


def test_a_month_a_period_starts_in_stays_with_its_own_period(app):
    """Periods 15-12-2025 – 14-06-2026 (its report was due 12-07-2026) and 15-06-2026 on:
    June 2026 belongs to the earlier period (its first day does), which is closed, so June
    is not signalled any more; October, in the running period, is."""
    setup_worker(app, start=date(2025, 6, 15))
    for month in (6, 10):
        for day in range(1, 13):
            app.log(EntryDraft(day=date(2026, month, day), minutes=60, workers=["Sanne"]))
    assert kinds(app)["over-budget-month"] == ["Sanne de Vries: 10-2026 12,00 u besteed, budget 5,20 u"]


def test_an_ended_grant_keeps_its_budget_signals_until_its_report_is_due(app):
    """The grant's only period ended 31-10-2026 (today 23-11-2026): its report is due by
    28-11-2026, so October over budget still shows, without UWV's running conditions;
    from 29-11 on, nothing of it."""
    app.add_worker("Sanne de Vries")
    app.add_employer("Bakkerij Jansen")
    employment = app.add_employment("Sanne de Vries", "Bakkerij Jansen", date(2026, 5, 1), Decimal(10))
    app.add_funder("Financier", "uwv-extern")
    app.add_grant(employment.id, "Financier", date(2026, 5, 1), regime="midden", periods=1)
    for day in range(1, 13):
        app.log(EntryDraft(day=date(2026, 10, day), minutes=60, workers=["Sanne"]))
    found = kinds(app)
    assert found["over-budget-month"] == ["Sanne de Vries: 10-2026 12,00 u besteed, budget 4,33 u"]
    assert "uwv-conditions" not in found  # 10 h a week, but the grant no longer runs
    later = Coachlog(app.store, today=lambda: date(2026, 11, 29))
    assert "over-budget-month" not in kinds(later)
