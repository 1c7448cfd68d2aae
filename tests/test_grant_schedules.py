"""Grants follow a schedule the coach can see: unknown schedules and regimes are refused,
and a gemeente's own schedule gives the budget."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coachlog.errors import InvalidInput
from coachlog.services.insights import Insights
from coachlog.protocols import load_schedules
from coachlog.services import Coachlog

GEMEENTE = """
id = "gemeente-voorbeeldstad"
title = "Jobcoaching gemeente Voorbeeldstad"
source = "Beleidsregels jobcoaching Voorbeeldstad 2026"
status = "assumed"
period_months = 12
max_periods = 2

[regimes.standaard]
hours_per_period = 36
"""


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"schedule_id": "uwv-extern-2015", "regime": "midden"}, "did you mean 'uwv-extern-2014'"),
        ({"schedule_id": "wettelijk-maximum", "regime": "midden"}, "schedule wettelijk-maximum knows intensief"),
        ({"regime": "gemiddeld"}, "knows zeer-licht, licht, midden, intensief"),
        ({}, "give a regime (zeer-licht, licht, midden, intensief) or the granted hours per period"),
    ],
)
def test_unknown_schedules_and_regimes_are_refused(seeded, kwargs, says):
    before = seeded.app.list_grants()
    with pytest.raises(InvalidInput) as caught:
        seeded.app.add_grant(seeded.employment_id, "UWV", date(2026, 3, 1), **kwargs)
    assert says in str(caught.value)
    assert seeded.app.list_grants() == before


def test_the_funders_kind_picks_the_schedule_and_its_periods(seeded):
    grant = seeded.app.list_grants()[0]
    assert (grant.schedule_id, grant.period_months, grant.periods) == ("uwv-extern-2014", 6, 6)


def test_a_gemeente_schedule_of_the_coach_gives_the_budget(app, tmp_path):
    (tmp_path / "voorbeeldstad.toml").write_text(GEMEENTE, encoding="utf-8")
    own = Coachlog(app.store, today=lambda: date(2026, 11, 23), schedules=load_schedules(tmp_path))
    own.add_worker("Daan Bakker")
    own.add_employer("Groenvoorziening Oost")
    employment = own.add_employment("Daan Bakker", "Groenvoorziening Oost", date(2026, 1, 1), Decimal(20))
    own.add_funder("Gemeente Voorbeeldstad", "gemeente")
    grant = own.add_grant(employment.id, "Gemeente Voorbeeldstad", date(2026, 1, 1),
                          schedule_id="gemeente-voorbeeldstad", regime="standaard")
    assert (grant.period_months, grant.periods) == (12, 2)
    data = Insights(own).grant(grant.id)
    # 36 hours a year, spread by days: January 36 x 31/365 = 3.0575
    assert [p.hours for p in data.periods()] == [Decimal("36.00"), Decimal("36.00")]
    assert data.months()[0].hours == Decimal("3.06")
    edited = own.edit_grant(grant.id, granted_hours=Decimal(48))
    assert edited.granted_minutes_per_period == 48 * 60
    assert Insights(own).grant(grant.id).periods()[0].hours == Decimal("48.00")
