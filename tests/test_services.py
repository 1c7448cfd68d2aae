"""The services' rules, table-driven: every refusal names the field, the value and what is
accepted, and leaves the journal exactly as it was (undo still undoes the change before).
Plus the behaviour of logging, editing, deleting and undoing. Only synthetic people."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachlog.domain import model, rules
from coachlog.errors import Ambiguous, CoachlogError, Conflict, InvalidInput, NeedsConfirmation, NotFound, StillUsed
from coachlog.services import Coachlog, EntryDraft
from coachlog.services.base import summary_text
from coachlog.store.repository import TABLE_OF

TODAY = date(2026, 11, 23)  # as in conftest: a Monday
Seeded = Any  # conftest.Seeded: app, employment_id, grant_id

SANNE = "Sanne de Vries"
DAAN = "Daan Bakker"
BAKKERIJ = "Bakkerij Jansen"
GROEN = "Groenvoorziening Oost"
FRIDAY = date(2026, 11, 20)


def draft(**fields: Any) -> EntryDraft:
    """An entry for Daan (no employment, so any date is his) unless told otherwise."""
    fields.setdefault("day", FRIDAY)
    fields.setdefault("minutes", 60)
    fields.setdefault("workers", (DAAN,))
    return EntryDraft(**fields)


def snapshot(app: Coachlog) -> dict[str, Any]:
    """Everything the journal holds, and the last change undo would revert."""
    with app.store.reading() as reader:
        state: dict[str, Any] = {cls.__name__: reader.all(cls) for cls in TABLE_OF}
        last = reader.last_change()
    state["last_change"] = None if last is None else (last.id, last.summary)
    return state


# -- every rule: refused, named, and nothing changed ------------------------------------


@dataclass
class Refusal:
    id: str
    action: Callable[[Seeded], Any]
    error: type[CoachlogError]
    says: tuple[str, ...]  # the field, the value as shown, and what is accepted
    setup: Callable[[Seeded], Any] | None = None


def _log(**fields: Any) -> Callable[[Seeded], Any]:
    return lambda s: s.app.log(draft(**fields))


def _log_twenty_hours(s: Seeded) -> None:
    s.app.log(draft(minutes=20 * 60))


def _entry_of_daan(s: Seeded) -> None:
    s.app.log(draft(minutes=60, note="intake"))


def _last_entry_id(s: Seeded) -> int:
    return s.app.entries()[-1].id


def _add_sanne_bakker(s: Seeded) -> None:
    s.app.add_worker("Sanne Bakker")


REFUSALS = [
    # durations
    Refusal("duration-zero", _log(minutes=0), InvalidInput, ("duration", "'0:00'", "above 0", "at most 24 hours")),
    Refusal("duration-negative", _log(minutes=-30), InvalidInput, ("duration", "'-0:30'", "above 0")),
    Refusal("duration-over-a-day", _log(minutes=24 * 60 + 1), InvalidInput, ("duration", "'24:01'", "at most 24 hours")),
    Refusal("travel-negative", _log(travel_minutes=-5), InvalidInput, ("travel", "'-0:05'", "from 0 up to 24 hours")),
    Refusal("km-negative", _log(travel_km=Decimal("-1")), InvalidInput, ("km", "'-1'", "from 0 to 2000 km")),
    Refusal(
        "day-over-24h-by-entries",
        _log(minutes=5 * 60),
        InvalidInput,
        ("duration", "'5:00'", "20-11-2026 already holds 20:00", "at most 4:00 more"),
        setup=_log_twenty_hours,
    ),
    Refusal(
        "day-over-24h-by-travel",
        _log(minutes=3 * 60, travel_minutes=90),
        InvalidInput,
        ("duration", "'4:30'", "already holds 20:00", "at most 4:00 more"),
        setup=_log_twenty_hours,
    ),
    # start and end
    Refusal(
        "end-before-start",
        _log(minutes=None, start=time(10, 0), end=time(9, 0)),
        InvalidInput,
        ("end", "'09:00'", "after the start (10:00)"),
    ),
    Refusal(
        "end-equals-start",
        _log(minutes=None, start=time(10, 0), end=time(10, 0)),
        InvalidInput,
        ("end", "'10:00'", "after the start"),
    ),
    Refusal("end-without-start", _log(minutes=None, end=time(9, 0)), InvalidInput, ("end", "'09:00'", "needs a start time")),
    Refusal(
        "duration-and-span-disagree",
        _log(minutes=60, start=time(9, 0), end=time(10, 30)),
        InvalidInput,
        ("duration", "'1:00'", "09:00-10:30 is 1:30"),
    ),
    Refusal("no-duration", _log(minutes=None), InvalidInput, ("duration", "missing", "1u30")),
    # dates
    Refusal(
        "entry-32-days-ahead",
        _log(day=TODAY + timedelta(days=32)),
        InvalidInput,
        ("date", "'25-12-2026'", "up to 24-12-2026"),
    ),
    Refusal("entry-before-2000", _log(day=date(1999, 12, 31)), InvalidInput, ("date", "'31-12-1999'", "from 01-01-2000")),
    Refusal(
        "employment-start-far-ahead",
        lambda s: s.app.add_employment(DAAN, GROEN, date(2029, 1, 1), Decimal(24)),
        InvalidInput,
        ("start", "'01-01-2029'", "up to 23-11-2028"),
    ),
    Refusal(
        "employment-end-before-start",
        lambda s: s.app.add_employment(DAAN, GROEN, date(2026, 5, 1), Decimal(24), end=date(2026, 4, 1)),
        InvalidInput,
        ("end", "'01-04-2026'", "before the start (01-05-2026)"),
    ),
    # the participatieladder
    Refusal("trede-0", lambda s: s.app.add_measurement(SANNE, TODAY, 0), InvalidInput, ("step", "0", "from 1 to 6")),
    Refusal("trede-7", lambda s: s.app.add_measurement(SANNE, TODAY, 7), InvalidInput, ("step", "7", "from 1 to 6")),
    Refusal(
        "expected-trede-0",
        lambda s: s.app.add_measurement(SANNE, TODAY, 3, expected_step=0),
        InvalidInput,
        ("expected", "0", "from 1 to 6"),
    ),
    Refusal(
        "expected-trede-7",
        lambda s: s.app.add_measurement(SANNE, TODAY, 3, expected_step=7),
        InvalidInput,
        ("expected", "7", "from 1 to 6"),
    ),
    Refusal(
        "measurement-tomorrow",
        lambda s: s.app.add_measurement(SANNE, TODAY + timedelta(days=1), 3),
        InvalidInput,
        ("date", "'24-11-2026'", "up to 23-11-2026"),
    ),
    Refusal(
        "horizon-without-expected",
        lambda s: s.app.add_measurement(SANNE, TODAY, 3, horizon=date(2027, 6, 1)),
        InvalidInput,
        ("horizon", "'01-06-2027'", "give the expected step too"),
    ),
    Refusal(
        "horizon-before-measurement",
        lambda s: s.app.add_measurement(SANNE, TODAY, 3, expected_step=5, horizon=date(2026, 11, 1)),
        InvalidInput,
        ("horizon", "'01-11-2026'", "after the measurement (23-11-2026)"),
    ),
    # contract hours
    *[
        Refusal(
            f"contract-hours-{shown}",
            (lambda hours: lambda s: s.app.add_employment(DAAN, GROEN, date(2026, 5, 1), hours))(hours),
            InvalidInput,
            ("hours", f"'{shown}'", "from 1 to 60"),
        )
        for hours, shown in ((Decimal(0), "0"), (Decimal("0.5"), "0,5"), (Decimal(61), "61"))
    ],
    Refusal(
        "contract-hours-change-61",
        lambda s: s.app.set_contract_hours(s.employment_id, date(2026, 9, 1), Decimal(61)),
        InvalidInput,
        ("hours", "'61'", "from 1 to 60"),
    ),
    Refusal(
        "contract-hours-change-before-employment",
        lambda s: s.app.set_contract_hours(s.employment_id, date(2026, 2, 1), Decimal(32)),
        InvalidInput,
        ("from", "'01-02-2026'", "within the employment 01-03-2026 – open end"),
    ),
    # names
    Refusal(
        "unknown-worker-suggests",
        _log(workers=("Sane de Vries",)),
        NotFound,
        ("worker", "'Sane de Vries'", "did you mean 'Sanne de Vries'?"),
    ),
    Refusal(
        "unknown-employer-suggests",
        _log(workers=(), employer="Bakkerij Janssen", with_whom="employer"),
        NotFound,
        ("employer", "'Bakkerij Janssen'", "did you mean 'Bakkerij Jansen'?"),
    ),
    Refusal(
        "unknown-worker-without-match",
        _log(workers=("Xander",)),
        NotFound,
        ("worker", "'Xander'", "coachlog worker list"),
    ),
    Refusal(
        "unknown-worker-for-employment",
        lambda s: s.app.add_employment("Dan Bakker", GROEN, date(2026, 5, 1), Decimal(24)),
        NotFound,
        ("worker", "'Dan Bakker'", "did you mean 'Daan Bakker'?"),
    ),
    Refusal(
        "ambiguous-first-name",
        _log(workers=("Sanne",)),
        Ambiguous,
        ("worker", "'Sanne'", "matches 2", "'Sanne Bakker'", "'Sanne de Vries'", "give more of the name"),
        setup=_add_sanne_bakker,
    ),
    Refusal(
        "ambiguous-last-name",
        lambda s: s.app.add_measurement("bakker", TODAY, 2),
        Ambiguous,
        ("worker", "'bakker'", "'Daan Bakker'", "'Sanne Bakker'"),
        setup=_add_sanne_bakker,
    ),
    Refusal("empty-worker-name", _log(workers=("  ",)), InvalidInput, ("worker", "give the name of the worker")),
    Refusal(
        "duplicate-worker-any-case",
        lambda s: s.app.add_worker("sanne DE vries"),
        Conflict,
        ("worker", "'Sanne de Vries'", "already exists"),
    ),
    Refusal(
        "duplicate-worker-extra-spaces",
        lambda s: s.app.add_worker("  Sanne   de Vries "),
        Conflict,
        ("worker", "'Sanne de Vries'", "already exists"),
    ),
    Refusal(
        "rename-worker-onto-another",
        lambda s: s.app.edit_worker(DAAN, name="SANNE DE VRIES"),
        Conflict,
        ("worker", "'Sanne de Vries'", "already exists"),
    ),
    Refusal(
        "duplicate-employer-any-case",
        lambda s: s.app.add_employer("bakkerij jansen"),
        Conflict,
        ("employer", "'Bakkerij Jansen'", "already exists"),
    ),
    Refusal("empty-worker", lambda s: s.app.add_worker("   "), InvalidInput, ("name", "at least one letter")),
    # employment dates
    Refusal(
        "entry-before-employment",
        _log(workers=(SANNE,), day=date(2026, 2, 27)),
        NeedsConfirmation,
        ("date", "'27-02-2026'", "no employment", "01-03-2026 – open end"),
    ),
    Refusal(
        "entry-before-employment-at-named-employer",
        _log(workers=(SANNE,), employer=BAKKERIJ, day=date(2026, 2, 27)),
        NeedsConfirmation,
        ("date", "'27-02-2026'", "no employment at Bakkerij Jansen"),
    ),
    # removing
    Refusal(
        "remove-worker-with-entries",
        lambda s: s.app.remove_worker(DAAN),
        StillUsed,
        ("'Daan Bakker'", "1 entry", "was not removed", "archive it instead"),
        setup=_entry_of_daan,
    ),
    Refusal(
        "remove-worker-with-employment",
        lambda s: s.app.remove_worker(SANNE),
        StillUsed,
        ("'Sanne de Vries'", "1 employment", "archive it instead"),
    ),
    Refusal(
        "remove-employer-with-employment",
        lambda s: s.app.remove_employer(BAKKERIJ),
        StillUsed,
        ("'Bakkerij Jansen'", "1 employment", "archive it instead"),
    ),
    Refusal(
        "remove-employment-with-grant",
        lambda s: s.app.remove_employment(s.employment_id),
        Conflict,
        ("employment", "1 grant", "remove those first"),
    ),
    # groups
    Refusal(
        "group-same-worker-twice",
        _log(workers=(DAAN, "daan bakker")),
        InvalidInput,
        ("worker", "'Daan Bakker, daan bakker'", "each worker of a group session once"),
    ),
    Refusal(
        "group-fewer-minutes-than-workers",
        _log(workers=(DAAN, SANNE), minutes=1),
        InvalidInput,
        ("duration", "'0:01'", "2 workers need at least 2 minutes"),
    ),
    Refusal(
        "with-worker-but-nobody-named",
        _log(workers=(), with_whom="worker"),
        InvalidInput,
        ("worker", "needs a worker or an employer", "time with nobody"),
    ),
    # editing revalidates
    Refusal(
        "edit-to-25-hours",
        lambda s: s.app.edit_entry(_last_entry_id(s), {"minutes": 25 * 60}),
        InvalidInput,
        ("duration", "'25:00'", "at most 24 hours"),
        setup=_entry_of_daan,
    ),
    Refusal(
        "edit-to-far-future",
        lambda s: s.app.edit_entry(_last_entry_id(s), {"day": date(2027, 3, 1)}),
        InvalidInput,
        ("date", "'01-03-2027'", "up to 24-12-2026"),
        setup=_entry_of_daan,
    ),
    Refusal(
        "edit-unknown-entry",
        lambda s: s.app.edit_entry(999, {"minutes": 30}),
        NotFound,
        ("entry", "999"),
    ),
    Refusal(
        "edit-worker-to-unknown",
        lambda s: s.app.edit_entry(_last_entry_id(s), {"worker": "Sane de Vries"}),
        NotFound,
        ("'Sane de Vries'", "did you mean 'Sanne de Vries'?"),
        setup=_entry_of_daan,
    ),
    # money and grants
    Refusal(
        "tariff-zero", lambda s: s.app.set_tariff("UWV", date(2026, 1, 1), Decimal(0)), InvalidInput, ("rate", "'0'", "above 0")
    ),
    Refusal(
        "tariff-part-cents",
        lambda s: s.app.set_tariff("UWV", date(2026, 1, 1), Decimal("74.785")),
        InvalidInput,
        ("rate", "'74,785'", "whole cents"),
    ),
    Refusal(
        "goal-period-beyond-grant",
        lambda s: s.app.add_goal(s.grant_id, "Zelfstandig de kassa bedienen", period_no=7),
        InvalidInput,
        ("period", "7", "from 1 to 6"),
    ),
    Refusal(
        "grant-outside-employment",
        lambda s: s.app.add_grant(s.employment_id, "UWV", date(2026, 1, 1), regime="licht"),
        InvalidInput,
        ("start", "'01-01-2026'", "within the employment 01-03-2026"),
    ),
    Refusal(
        "grant-unknown-regime",
        lambda s: s.app.add_grant(s.employment_id, "UWV", date(2026, 3, 1), regime="zwaar"),
        InvalidInput,
        ("regime", "'zwaar'", "zeer-licht, licht, midden, intensief"),
    ),
]


@pytest.mark.parametrize("case", REFUSALS, ids=[case.id for case in REFUSALS])
def test_a_refusal_names_field_value_and_remedy_and_changes_nothing(seeded: Seeded, case: Refusal) -> None:
    if case.setup is not None:
        case.setup(seeded)
    before = snapshot(seeded.app)
    assert before["last_change"] is not None

    with pytest.raises(case.error) as caught:
        case.action(seeded)

    assert type(caught.value) is case.error
    message = str(caught.value)
    for part in case.says:
        assert part in message, f"{part!r} not in {message!r}"
    assert "--" not in message  # the services say what is wrong; each front end says how to do it there
    assert snapshot(seeded.app) == before
    # Undo reverts the last change that happened, not the refused one.
    assert seeded.app.undo() == summary_text(before["last_change"][1])
    assert snapshot(seeded.app)["last_change"] != before["last_change"]


# -- the accepted side of the boundaries --------------------------------------------------


@pytest.mark.parametrize("hours", [Decimal(1), Decimal(60), Decimal("32.5")])
def test_contract_hours_from_1_to_60_are_accepted(seeded: Seeded, hours: Decimal) -> None:
    employment = seeded.app.add_employment(DAAN, GROEN, date(2026, 5, 1), hours)
    [recorded] = seeded.app.contract_hours(employment.id)
    assert recorded.hours_per_week == hours
    assert recorded.valid_from == date(2026, 5, 1)


@pytest.mark.parametrize(
    "day", [TODAY + timedelta(days=31), date(2000, 1, 1), TODAY], ids=["31-days-ahead", "first-of-2000", "today"]
)
def test_entry_dates_at_the_edges_are_accepted(seeded: Seeded, day: date) -> None:
    [entry] = seeded.app.log(draft(day=day))
    assert seeded.app.entry(entry.id).day == day


def test_a_day_may_hold_exactly_24_hours_entries_and_travel_together(seeded: Seeded) -> None:
    seeded.app.log(draft(minutes=20 * 60))
    seeded.app.log(draft(minutes=3 * 60, travel_minutes=60))
    assert sum(e.minutes + e.travel_minutes for e in seeded.app.entries(FRIDAY, FRIDAY)) == 24 * 60
    # The next day is a day of its own.
    seeded.app.log(draft(day=FRIDAY + timedelta(days=1), minutes=24 * 60))


def test_start_and_end_give_the_minutes(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(minutes=None, start=time(9, 0), end=time(10, 30)))
    assert (entry.minutes, entry.start) == (90, time(9, 0))


def test_entry_outside_the_employment_is_accepted_with_force(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(workers=(SANNE,), day=date(2026, 2, 27), force=True))
    stored = seeded.app.entry(entry.id)
    assert stored.day == date(2026, 2, 27)
    workers, _ = seeded.app.names()
    assert workers[stored.worker_id] == SANNE


def test_a_worker_without_any_employment_may_log(seeded: Seeded) -> None:
    assert seeded.app.list_employments(DAAN) == []
    [entry] = seeded.app.log(draft(day=date(2026, 1, 5)))
    workers, _ = seeded.app.names()
    assert workers[entry.worker_id] == DAAN
    assert entry.employer_id is None


def test_a_unique_part_of_a_name_finds_the_worker(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(workers=("sanne",)))
    workers, _ = seeded.app.names()
    assert workers[entry.worker_id] == SANNE


def test_removing_a_worker_without_history_works_and_undo_brings_it_back(seeded: Seeded) -> None:
    seeded.app.add_worker("Noor Visser")
    before = snapshot(seeded.app)
    removed = seeded.app.remove_worker("Noor Visser")
    assert removed.name == "Noor Visser"
    assert "Noor Visser" not in [w.name for w in seeded.app.list_workers()]
    assert seeded.app.undo() == "remove worker Noor Visser"
    assert snapshot(seeded.app) == before


def test_an_archived_worker_is_hidden_but_kept(seeded: Seeded) -> None:
    seeded.app.edit_worker(DAAN, active=False)
    assert [w.name for w in seeded.app.list_workers()] == [SANNE]
    assert [w.name for w in seeded.app.list_workers(include_inactive=True)] == [DAAN, SANNE]


# -- group sessions -------------------------------------------------------------------------


def _six_workers(app: Coachlog) -> list[str]:
    extra = ["Noor Visser", "Bram Mulder", "Ilse de Groot", "Femke Smit"]
    for name in extra:
        app.add_worker(name)
    return [SANNE, DAAN, *extra]


def test_a_group_session_of_two_hours_over_six_workers_is_twenty_minutes_each(seeded: Seeded) -> None:
    names = _six_workers(seeded.app)
    saved = seeded.app.log(draft(workers=names, minutes=120, travel_minutes=30, travel_km=Decimal("12.5")))
    assert [e.minutes for e in saved] == [20] * 6
    workers, employers = seeded.app.names()
    assert [workers[e.worker_id] for e in saved] == names
    # Travel is the coach's, once: on the first entry only.
    assert [e.travel_minutes for e in saved] == [30, 0, 0, 0, 0, 0]
    assert [e.travel_m for e in saved] == [12500, 0, 0, 0, 0, 0]
    assert len({e.group_id for e in saved}) == 1 and saved[0].group_id
    # Each employer comes from that worker's own employment.
    assert employers[saved[0].employer_id] == BAKKERIJ
    assert all(e.employer_id is None for e in saved[1:])
    stored = seeded.app.entries(FRIDAY, FRIDAY)
    assert sum(e.minutes for e in stored) == 120
    assert sum(e.travel_minutes for e in stored) == 30


def test_a_group_session_of_125_minutes_over_three_adds_up(seeded: Seeded) -> None:
    seeded.app.add_worker("Noor Visser")
    saved = seeded.app.log(draft(workers=[SANNE, DAAN, "Noor Visser"], minutes=125))
    assert [e.minutes for e in saved] == [42, 42, 41]
    assert sum(e.minutes for e in saved) == 125
    assert seeded.app.undo().startswith("log 2:05")
    assert seeded.app.entries(FRIDAY, FRIDAY) == []


def test_one_worker_is_no_group(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft())
    assert entry.group_id is None


@given(total=st.integers(1, 24 * 60), workers=st.integers(1, 40))
@settings(max_examples=200, deadline=None, database=None)
def test_split_group_always_adds_up_and_is_even(total: int, workers: int) -> None:
    if total < workers:
        with pytest.raises(InvalidInput):
            rules.split_group(total, workers)
        return
    shares = rules.split_group(total, workers)
    assert len(shares) == workers
    assert sum(shares) == total
    assert max(shares) - min(shares) <= 1
    assert shares == sorted(shares, reverse=True)


# -- billable ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "billable"),
    [
        ({"workers": (), "with_whom": "nobody", "activity": "admin"}, False),
        ({"workers": (), "with_whom": "nobody", "activity": "guidance"}, False),
        ({"with_whom": "worker", "activity": "guidance"}, True),
        ({"with_whom": "worker", "activity": "course"}, False),
        ({"with_whom": "worker", "activity": "travel"}, False),
        ({"workers": (), "employer": GROEN, "with_whom": "employer", "activity": "manager"}, True),
        ({"with_whom": "network", "activity": "evaluation"}, True),
        ({"with_whom": "worker", "activity": "guidance", "billable": False}, False),
        ({"workers": (), "with_whom": "nobody", "activity": "admin", "billable": True}, True),
    ],
    ids=[
        "nobody-admin", "nobody-guidance", "worker-guidance", "worker-course", "worker-travel",
        "employer-coaching", "network-evaluation", "override-not-billable", "override-billable",
    ],
)
def test_billable_follows_whom_and_activity_unless_told(seeded: Seeded, fields: dict, billable: bool) -> None:
    [entry] = seeded.app.log(draft(**fields))
    assert seeded.app.entry(entry.id).billable is billable


def test_editing_whom_or_activity_recomputes_billable_unless_given(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(activity="guidance"))
    assert seeded.app.edit_entry(entry.id, {"activity": "admin"}).billable is False
    assert seeded.app.edit_entry(entry.id, {"activity": "crisis"}).billable is True
    assert seeded.app.edit_entry(entry.id, {"activity": "admin", "billable": True}).billable is True
    assert seeded.app.entry(entry.id).billable is True


# -- employer, edit, delete, undo ---------------------------------------------------------


def test_the_employer_is_filled_from_the_workers_employment(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(workers=(SANNE,)))
    _, employers = seeded.app.names()
    assert employers[seeded.app.entry(entry.id).employer_id] == BAKKERIJ


def test_an_employer_given_explicitly_wins(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(workers=(SANNE,), employer=BAKKERIJ, with_whom="employer", activity="manager"))
    _, employers = seeded.app.names()
    assert employers[entry.employer_id] == BAKKERIJ
    assert entry.with_whom == "employer"


def test_edit_entry_changes_and_revalidates(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(minutes=60))
    edited = seeded.app.edit_entry(entry.id, {"minutes": 90, "note": " nabespreking "})
    assert (edited.minutes, edited.note) == (90, "nabespreking")
    assert seeded.app.entry(entry.id) == edited
    # Moving it onto a day that would then hold more than 24 hours is refused.
    seeded.app.log(draft(day=FRIDAY - timedelta(days=1), minutes=23 * 60))
    with pytest.raises(InvalidInput, match="at most 1:00 more"):
        seeded.app.edit_entry(entry.id, {"day": FRIDAY - timedelta(days=1)})
    assert seeded.app.entry(entry.id) == edited
    # The entry's own minutes do not count against itself.
    assert seeded.app.edit_entry(entry.id, {"minutes": 24 * 60}).minutes == 24 * 60


def test_edit_entry_moving_sanne_before_her_employment_needs_force(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(workers=(SANNE,)))
    with pytest.raises(NeedsConfirmation, match="no employment"):
        seeded.app.edit_entry(entry.id, {"day": date(2026, 2, 2)})
    assert seeded.app.entry(entry.id).day == FRIDAY
    moved = seeded.app.edit_entry(entry.id, {"day": date(2026, 2, 2)}, force=True)
    assert moved.day == date(2026, 2, 2)


def test_edit_and_undo_restores_the_entry(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(note="eerste versie"))
    original = seeded.app.entry(entry.id)
    seeded.app.edit_entry(entry.id, {"note": "tweede versie", "minutes": 45})
    assert seeded.app.undo() == f"edit entry {entry.id}"
    assert seeded.app.entry(entry.id) == original


def test_delete_and_undo_restores_the_entry_identically(seeded: Seeded) -> None:
    goal = seeded.app.add_goal(seeded.grant_id, "Zelfstandig de oven bedienen")
    [entry] = seeded.app.log(
        draft(
            workers=(SANNE,),
            start=time(8, 15),
            minutes=75,
            mode="phone",
            activity="training",
            goal_id=goal.id,
            travel_minutes=20,
            travel_km=Decimal("7.3"),
            note="oven",
            private_note="moe vandaag",
            billable=False,
        )
    )
    original = seeded.app.entry(entry.id)
    seeded.app.delete_entry(entry.id)
    assert seeded.app.entries() == []
    with pytest.raises(NotFound):
        seeded.app.entry(entry.id)
    assert seeded.app.undo() == f"delete entry {entry.id}"
    assert seeded.app.entry(entry.id) == original
    assert original.private_note == "moe vandaag" and original.travel_m == 7300


def test_undo_walks_back_change_by_change(seeded: Seeded) -> None:
    seeded.app.add_worker("Noor Visser")
    seeded.app.log(draft(workers=("Noor Visser",)))
    assert seeded.app.undo() == "log 1:00 on 20-11-2026"
    assert seeded.app.entries() == []
    assert seeded.app.undo() == "add worker Noor Visser"
    assert [w.name for w in seeded.app.list_workers()] == [DAAN, SANNE]


def test_undo_in_a_journal_without_changes_returns_none(app: Coachlog) -> None:
    assert app.undo() is None
    app.add_worker("Noor Visser")
    assert app.undo() == "add worker Noor Visser"
    assert app.undo() is None
    assert app.list_workers() == []


# -- contract hours, tariffs, goals -----------------------------------------------------


def test_set_contract_hours_records_a_dated_change(seeded: Seeded) -> None:
    seeded.app.set_contract_hours(seeded.employment_id, date(2026, 9, 1), Decimal("32"))
    hours = seeded.app.contract_hours(seeded.employment_id)
    assert [(h.valid_from, h.minutes_per_week) for h in hours] == [(date(2026, 3, 1), 24 * 60), (date(2026, 9, 1), 32 * 60)]
    assert hours[1].hours_per_week == Decimal(32)
    # The same date replaces, it does not add a second record.
    seeded.app.set_contract_hours(seeded.employment_id, date(2026, 9, 1), Decimal("28.5"))
    hours = seeded.app.contract_hours(seeded.employment_id)
    assert [h.hours_per_week for h in hours] == [Decimal(24), Decimal("28.5")]
    assert seeded.app.undo() == f"contract hours of employment {seeded.employment_id}"
    assert [h.hours_per_week for h in seeded.app.contract_hours(seeded.employment_id)] == [Decimal(24), Decimal(32)]


def test_moving_an_employments_start_moves_its_first_contract_hours(seeded: Seeded) -> None:
    seeded.app.edit_employment(seeded.employment_id, start=date(2026, 2, 1))
    [first] = seeded.app.contract_hours(seeded.employment_id)
    assert first.valid_from == date(2026, 2, 1)


def test_tariffs_are_exact_decimals(seeded: Seeded) -> None:
    seeded.app.set_tariff("UWV", date(2026, 1, 1), Decimal("74.78"))
    seeded.app.set_tariff("uwv", date(2026, 7, 1), Decimal("76.10"))
    tariffs = seeded.app.tariffs("UWV")
    assert [t.rate for t in tariffs] == [Decimal("74.78"), Decimal("76.10")]
    assert all(isinstance(t.rate, Decimal) for t in tariffs)
    assert tariffs[0].rate * 3 == Decimal("224.34")
    # Same date replaces.
    seeded.app.set_tariff("UWV", date(2026, 1, 1), Decimal("75"))
    assert [t.rate for t in seeded.app.tariffs("UWV")] == [Decimal("75.00"), Decimal("76.10")]


def test_goals_default_to_the_current_period(seeded: Seeded) -> None:
    # The grant started 01-03-2026 with six-month periods; 23-11-2026 lies in period 2.
    goal = seeded.app.add_goal(seeded.grant_id, "Zelfstandig de kassa bedienen")
    assert goal.period_no == 2
    first = seeded.app.add_goal(seeded.grant_id, "Werktijden halen", period_no=1)
    assert [(g.period_no, g.text) for g in seeded.app.list_goals(seeded.grant_id)] == [
        (1, "Werktijden halen"),
        (2, "Zelfstandig de kassa bedienen"),
    ]
    edited = seeded.app.edit_goal(first.id, status="Reached")
    assert edited.status == "reached"


@pytest.mark.parametrize(
    ("day", "period"),
    [
        (date(2026, 1, 1), 1),
        (date(2026, 3, 1), 1),
        (date(2026, 8, 31), 1),
        (date(2026, 9, 1), 2),
        (date(2027, 2, 28), 2),
        (date(2027, 3, 1), 3),
    ],
)
def test_period_number(day: date, period: int) -> None:
    grant = model.Grant(employment_id=1, funder_id=1, schedule_id="uwv-extern-2014", start=date(2026, 3, 1), period_months=6)
    assert Coachlog.period_number(grant, day) == period


def test_a_grant_of_uwv_intern_gets_its_defaults(seeded: Seeded) -> None:
    seeded.app.add_funder("UWV intern", "UWV_intern")
    grant = seeded.app.add_grant(seeded.employment_id, "UWV intern", date(2026, 4, 1), regime="licht")
    assert (grant.schedule_id, grant.period_months, grant.periods) == ("uwv-intern-2015", 12, 3)
    with pytest.raises(InvalidInput, match="schedule uwv-intern-2015 knows licht, midden, intensief"):
        seeded.app.add_grant(seeded.employment_id, "UWV intern", date(2026, 4, 1), regime="zeer-licht")


def test_a_private_note_is_kept_in_the_journal(seeded: Seeded) -> None:
    [entry] = seeded.app.log(draft(private_note="  alleen voor mij  "))
    assert seeded.app.entry(entry.id).private_note == "alleen voor mij"



def test_an_employer_the_worker_does_not_work_for_needs_force(seeded) -> None:
    from coachlog.errors import InvalidInput

    app = seeded.app
    draft = EntryDraft(day=date(2026, 11, 20), minutes=60, workers=["Sanne de Vries"], employer="Groenvoorziening Oost")
    with pytest.raises(InvalidInput) as caught:
        app.log(draft)
    assert "Sanne de Vries has no employment at Groenvoorziening Oost" in str(caught.value)
    assert type(caught.value) is NeedsConfirmation and "--" not in str(caught.value)
    assert app.entries() == []
    forced = app.log(replace(draft, force=True))
    _, employers = app.names()
    assert employers[forced[0].employer_id] == "Groenvoorziening Oost"


@pytest.mark.parametrize(("typed", "suggested"), [("Sane", "Sanne de Vries"), ("Dan", "Daan Bakker")])
def test_a_typo_in_one_word_of_a_name_gets_the_full_name_suggested(seeded, typed, suggested) -> None:
    from coachlog.errors import NotFound

    with seeded.app.store.reading() as reader, pytest.raises(NotFound) as caught:
        seeded.app.worker(reader, typed)
    assert f"did you mean {suggested!r}?" in str(caught.value)
