"""Insights.grants filters before it sums entries; the result equals loading every grant
and filtering afterwards. What the store sums in SQL equals summing the entries."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from coachlog.demo import DemoSize, fill
from coachlog.domain import budget, model
from coachlog.domain.parsing import INDIRECT_ACTIVITIES
from coachlog.errors import NotFound
from coachlog.services.insights import Insights
from coachlog.reports import build
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


def test_many_grants_read_whole_tables_with_the_same_result(insights: Insights, monkeypatch: pytest.MonkeyPatch) -> None:
    """More ids than IN_LIMIT: the small tables are read whole and looked up by id; the
    grants come out the same as when only their own rows are asked for."""
    import coachlog.services.insights

    asked = insights.grants()
    worker = asked[0].worker.name
    own = insights.grants(worker=worker)
    listed = insights.grant(asked[0].grant.id)
    monkeypatch.setattr(coachlog.services.insights, "IN_LIMIT", 1)
    assert insights.grants() == asked
    assert insights.grants(worker=worker) == own
    assert insights.grant(asked[0].grant.id) == listed


def test_one_workers_grants_equal_filtering_every_grant(insights: Insights) -> None:
    every = insights.grants()
    for name in sorted({g.worker.name for g in every})[:5]:
        assert insights.grants(worker=name) == [g for g in every if g.worker.name == name]
    with pytest.raises(NotFound):
        insights.grants(worker="Niemand Bestaat")


def _same_spending(summed: build.GrantData, listed: build.GrantData) -> None:
    assert sorted(summed.spent(), key=repr) == sorted(listed.spent(), key=repr)
    assert summed.actual_by_month(INDIRECT_ACTIVITIES) == listed.actual_by_month(INDIRECT_ACTIVITIES)
    assert summed.actual_by_period(INDIRECT_ACTIVITIES) == listed.actual_by_period(INDIRECT_ACTIVITIES)


def test_sums_from_the_store_equal_sums_of_the_entries(insights: Insights) -> None:
    """What was spent, summed in SQL per period and month (grants(): no entries loaded),
    equals summing the grant's entries one by one (grant(id): the entries themselves)."""
    every = insights.grants()
    assert all(data.tallies is not None and not data.entries for data in every)
    periods_seen = set()
    for summed in every:
        listed = insights.grant(summed.grant.id)
        assert listed.entries and listed.tallies is None
        _same_spending(summed, listed)
        periods_seen |= {item.period_no for item in summed.spent()}
    assert {1, 2, 3} <= periods_seen  # the demo's grants have entries in several periods


def test_sums_split_periods_on_the_right_day_and_keep_to_the_grants_employer(app) -> None:
    """A grant from 31 August: period 2 starts on 28 February (the month has no 31st).
    Entries with another employer, or outside the grant's days, are not the grant's."""
    app.add_worker("Noor Visser")
    app.add_employer("Drukkerij Noord")
    app.add_employer("Kwekerij Zuid")
    employment = app.add_employment("Noor Visser", "Drukkerij Noord", date(2025, 8, 31), Decimal(24))
    app.add_funder("UWV", "uwv-extern")
    grant = app.add_grant(employment.id, "UWV", date(2025, 8, 31), regime="midden")
    with app.store.reading() as reader:
        worker_id = app.worker(reader, "Noor").id
        own, other = (app.employer(reader, name).id for name in ("Drukkerij", "Kwekerij"))

    def entry(day: date, minutes: int, employer_id: int | None, **extra) -> model.Entry:
        return model.Entry(day=day, minutes=minutes, with_whom=extra.pop("with_whom", "worker"),
                           activity=extra.pop("activity", "guidance"), worker_id=worker_id, employer_id=employer_id,
                           **extra)

    with app.store.change("test entries") as tx:
        for item in (
            entry(date(2025, 8, 30), 11, own),  # before the grant
            entry(date(2026, 2, 27), 60, own, travel_minutes=20, travel_m=12500),  # period 1
            entry(date(2026, 2, 28), 45, own, with_whom="employer", activity="manager"),  # period 2 starts
            entry(date(2026, 2, 28), 30, None, with_whom="network", activity="evaluation"),  # no employer: counts
            entry(date(2026, 3, 1), 25, own, billable=False),  # not billable
            entry(date(2026, 3, 2), 15, own, activity="admin", with_whom="nobody"),  # indirect
            entry(date(2026, 3, 3), 99, other),  # another employer
        ):
            tx.add(item)
    insights = Insights(app)
    [summed] = insights.grants(worker="Noor")
    by_period = summed.actual_by_period(INDIRECT_ACTIVITIES)
    assert {number: actual.billable for number, actual in by_period.items()} == {1: 60, 2: 75}
    assert by_period[1].travel_minutes == 20 and by_period[1].travel_m == 12500
    assert by_period[2].not_billable == 25 + 15 and by_period[2].contacts == 3
    by_month = summed.actual_by_month(INDIRECT_ACTIVITIES)
    assert {month: actual.billable for month, actual in by_month.items()} == {
        date(2026, 2, 1): 135, date(2026, 3, 1): 0}
    assert by_month[date(2026, 2, 1)].billable_by_with == {"worker": 60, "employer": 45, "network": 30, "nobody": 0}
    _same_spending(summed, insights.grant(grant.id))


def test_latest_entries_are_the_last_of_all_entries_latest_first(insights: Insights) -> None:
    """The worker detail shows the latest entries without loading all of them: the same
    entries, in the same order, as the tail of the worker's whole list reversed."""
    app = insights.app
    names = sorted({g.worker.name for g in insights.grants()})[:4]
    for name in names:
        every = app.entries(worker=name)
        assert len(every) > 12
        for count in (1, 12, len(every) + 5):
            assert app.latest_entries(name, count) == list(reversed(every))[:count]
    with app.store.change("same day, with and without a start time") as tx:
        worker_id = app.worker(tx, names[0]).id
        for start in (None, time(9, 0), time(8, 0), None):
            tx.add(model.Entry(day=TODAY, minutes=5, with_whom="worker", activity="guidance", worker_id=worker_id,
                               start=start))
    assert app.latest_entries(names[0], 6) == list(reversed(app.entries(worker=names[0])))[:6]


def test_worker_overview_equals_asking_for_each_part(insights: Insights) -> None:
    """The worker detail reads everything in one transaction; it is what the separate
    questions answer, for workers with and without grants, entries and ladder."""
    app = insights.app
    newcomer = app.add_worker("Nog Niemand Gekoppeld")
    employers = {e.id: e.name for e in app.list_employers(include_inactive=True)}
    workers = app.list_workers(include_inactive=True)
    assert len(workers) > 3
    for worker in workers:
        overview = insights.worker_overview(worker.id, latest=7)
        assert overview.worker == worker
        assert overview.employments == app.list_employments(worker=worker.name)
        assert overview.contract_hours == {e.id: app.contract_hours(e.id) for e in overview.employments}
        assert overview.employer_names == employers
        assert overview.grants == insights.grants(worker=worker.name)
        assert overview.ladder == app.ladder(worker.name)
        assert overview.latest == app.latest_entries(worker.name, 7)
    assert any(insights.worker_overview(w.id, latest=7).grants for w in workers)
    empty = insights.worker_overview(newcomer.id, latest=7)
    assert (empty.employments, empty.contract_hours, empty.grants, empty.ladder, empty.latest) == ([], {}, [], [], [])
    with pytest.raises(NotFound):
        insights.worker_overview(10_000, latest=7)
