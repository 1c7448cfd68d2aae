"""Insights.grants filters before it loads entries; the result equals loading every grant
and filtering afterwards."""

from __future__ import annotations

from datetime import date

import pytest

from coachlog.demo import DemoSize, fill
from coachlog.domain import budget
from coachlog.errors import NotFound
from coachlog.insights import Insights
from tests.conftest import TODAY


@pytest.fixture
def insights(app) -> Insights:
    fill(app, TODAY, DemoSize(years=3))
    return Insights(app)


def test_running_between_two_days_equals_filtering_every_grant(insights: Insights) -> None:
    every = insights.grants()
    assert len(every) > 3
    for first, last in ((TODAY, TODAY), (date(2026, 10, 1), date(2026, 10, 31)), (date(2024, 1, 1), date(2024, 6, 30)),
                        (date(2001, 1, 1), date(2001, 1, 31))):
        expected = [g for g in every if g.grant.start <= last and budget.grant_end(g.grant, g.employment) >= first]
        assert insights.grants(running_from=first, running_to=last) == expected


def test_one_workers_grants_equal_filtering_every_grant(insights: Insights) -> None:
    every = insights.grants()
    for name in sorted({g.worker.name for g in every})[:5]:
        assert insights.grants(worker=name) == [g for g in every if g.worker.name == name]
    with pytest.raises(NotFound):
        insights.grants(worker="Niemand Bestaat")
