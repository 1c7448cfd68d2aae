"""The demo journal: deterministic, realistic enough for the status screen, and within the
journal's rules; the benchmarks get an exact number of entries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from coachlog.demo import DemoSize, fill
from coachlog.domain import model, rules
from coachlog.domain.parsing import INDIRECT_ACTIVITIES
from coachlog.services.insights import Insights
from coachlog.services import Coachlog
from coachlog.store.repository import Store
from tests.conftest import TODAY, new_journal


@contextmanager
def fresh(path: Path) -> Iterator[Coachlog]:
    journal = new_journal(path)
    try:
        yield Coachlog(Store(journal), today=lambda: TODAY)
    finally:
        journal.close()


def comparable(entries: list[model.Entry]) -> list[model.Entry]:
    """Entries without their ids; group ids (random in the services) by order of appearance."""
    groups: dict[str, str] = {}
    found = []
    for entry in entries:
        group = groups.setdefault(entry.group_id, f"group {len(groups)}") if entry.group_id else None
        found.append(replace(entry, id=None, group_id=group))
    return found


@pytest.fixture(scope="module")
def demo_default(tmp_path_factory: pytest.TempPathFactory):
    """One default demo journal, shared by the read-only checks."""
    with fresh(tmp_path_factory.mktemp("demo") / "a.coachlog") as app:
        counts = fill(app, TODAY)
        yield app, counts


def test_the_same_arguments_give_the_same_journal(app: Coachlog, tmp_path: Path) -> None:
    counts = fill(app, TODAY)
    with fresh(tmp_path / "b.coachlog") as other:
        assert fill(other, TODAY) == counts
        assert comparable(other.entries()) == comparable(app.entries())
        assert [w.name for w in other.list_workers(include_inactive=True)] == [
            w.name for w in app.list_workers(include_inactive=True)
        ]
        assert [replace(g, id=None) for g in other.list_grants()] == [replace(g, id=None) for g in app.list_grants()]


def test_another_seed_gives_another_journal(demo_default, tmp_path: Path) -> None:
    app, _counts = demo_default
    with fresh(tmp_path / "c.coachlog") as other:
        fill(other, TODAY, seed=7)
        assert comparable(other.entries()) != comparable(app.entries())


def test_the_counts_are_what_the_journal_holds(demo_default) -> None:
    app, counts = demo_default
    with app.store.reading() as reader:
        assert counts["workers"] == reader.count(model.Worker)
        assert counts["employers"] == reader.count(model.Employer)
        assert counts["employments"] == reader.count(model.Employment)
        assert counts["grants"] == reader.count(model.Grant)
        assert counts["goals"] == reader.count(model.Goal)
        assert counts["ladder_measurements"] == reader.count(model.LadderMeasurement)
        assert counts["absences"] == reader.count(model.Absence)
        assert counts["entries"] == reader.count(model.Entry)
    assert counts["entries"] > 300


def test_what_the_demo_holds(demo_default) -> None:
    app, _counts = demo_default
    employments = app.list_employments()
    kinds = [e.kind for e in employments]
    assert kinds.count("bbl") == 1 and "proefplaatsing" in kinds and kinds.count("contract") > len(kinds) / 2
    assert sum(1 for e in employments if e.end is not None and e.end < TODAY) >= 2
    assert any(len(app.contract_hours(e.id)) > 1 for e in employments)
    assert {f.kind for f in app.list_funders()} == {"uwv-extern", "uwv-intern", "gemeente"}
    assert [(t.valid_from, str(t.rate)) for t in app.tariffs("UWV")][:2] == [
        (date(2014, 7, 1), "74.11"), (date(2015, 1, 1), "74.78")]
    grants = app.list_grants()
    assert any(g.granted_minutes_per_period for g in grants)
    assert {g.regime for g in grants} >= {"midden"}
    absences = app.absences()
    assert any((a.end - a.start).days + 1 > 28 for a in absences)
    assert all(a.end < TODAY - timedelta(days=7) for a in absences)
    entries = app.entries()
    assert {e.with_whom for e in entries} == {"worker", "employer", "network", "nobody"}
    assert any(e.group_id for e in entries)
    assert any(e.private_note for e in entries)
    on_site = [e for e in entries if e.mode == "on_site" and e.with_whom != "nobody"]
    assert sum(1 for e in on_site if e.travel_minutes and e.travel_m) > len(on_site) / 3
    assert not any(e.travel_minutes for e in entries if e.mode != "on_site")
    assert all(15 <= e.minutes <= 120 for e in entries if not e.group_id)
    assert all(e.day.weekday() < 5 for e in entries)
    assert all(not e.billable for e in entries if e.with_whom == "nobody" or e.activity in INDIRECT_ACTIVITIES)
    for worker in app.list_workers():
        assert app.ladder(worker.name), worker.name


def test_every_active_worker_has_an_entry_in_the_last_week(demo_default) -> None:
    app, _counts = demo_default
    recent = app.entries(TODAY - timedelta(days=6), TODAY)
    seen = {e.worker_id for e in recent if e.with_whom != "nobody"}
    active = app.list_workers()
    assert active
    assert [w.name for w in active if w.id not in seen] == []
    signals = [w for w in Insights(app).status() if w.kind == "no-entry"]
    assert signals == []


def test_entries_keep_the_journal_rules(demo_default) -> None:
    app, _counts = demo_default
    entries = app.entries()
    per_day: dict[date, int] = {}
    for entry in entries:
        per_day[entry.day] = per_day.get(entry.day, 0) + entry.minutes + entry.travel_minutes
        assert rules.EARLIEST <= entry.day <= TODAY + timedelta(days=rules.MAX_DAYS_AHEAD)
    assert max(per_day.values()) <= rules.MINUTES_PER_DAY
    employments = app.list_employments()
    for entry in entries:
        if entry.worker_id is None:
            continue
        own = [e for e in employments if e.worker_id == entry.worker_id]
        assert own, entry
        assert any(e.covers(entry.day) and e.employer_id == entry.employer_id for e in own), entry


def test_entries_keep_the_rules_at_benchmark_density(tmp_path: Path) -> None:
    with fresh(tmp_path / "d.coachlog") as app:
        counts = fill(app, TODAY, DemoSize(entries=3000))
        entries = app.entries()
        assert counts["entries"] == len(entries) == 3000
        per_day: dict[date, int] = {}
        for entry in entries:
            per_day[entry.day] = per_day.get(entry.day, 0) + entry.minutes + entry.travel_minutes
        assert max(per_day.values()) <= rules.MINUTES_PER_DAY
        assert all(e.day <= TODAY and e.day.weekday() < 5 for e in entries)
        employments = app.list_employments()
        for entry in entries:
            if entry.worker_id is not None:
                assert any(e.worker_id == entry.worker_id and e.covers(entry.day) for e in employments), entry


def test_budgets_work_and_coaching_falls_after_the_first_year(tmp_path: Path) -> None:
    with fresh(tmp_path / "e.coachlog") as app:
        fill(app, TODAY, DemoSize(years=3))
        first: list[int] = []
        later: list[int] = []
        grants = Insights(app).grants()
        assert len(grants) == len(app.list_grants())
        for data in grants:
            months = data.months()
            assert months and all(m.minutes >= 0 for m in months)
            assert data.periods()
            if data.employment.kind == "proefplaatsing":
                continue
            spent = data.actual_by_month(INDIRECT_ACTIVITIES)
            last = max((item.month for item in data.spent()), default=None)  # the last month with entries
            for month in months:
                # Whole months only, while the worker was coached.
                if last is None or month.days < 28 or month.month >= TODAY.replace(day=1) or month.month > last:
                    continue
                actual = spent[month.month].billable if month.month in spent else 0
                (first if month.employment_year == 1 else later).append(actual)
        assert first and later
        assert sum(later) / len(later) < sum(first) / len(first)
