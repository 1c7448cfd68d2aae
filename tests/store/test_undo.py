"""Store.undo: each change is reverted whole, newest first, and within a change in reverse."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest
from tests.store.journal_kit import TODAY
from sqlalchemy import func, select

from coachlog.domain import model
from coachlog.errors import Conflict
from coachlog.store import schema
from coachlog.store.engine import Journal
from coachlog.store.repository import UNDO_DEPTH, Store


@pytest.fixture
def store(journal: Journal) -> Store:
    return Store(journal)


def snapshot(store: Store) -> dict[str, list]:
    with store.reading() as reader:
        return {
            cls.__name__: reader.all(cls)
            for cls in (model.Worker, model.Employer, model.Entry, model.Funder, model.Tariff)
        }


def an_entry(worker_id: int | None, **overrides) -> model.Entry:
    values = dict(
        day=TODAY, minutes=60, with_whom="worker", activity="guidance", worker_id=worker_id,
        start=time(9, 30), note="Werkplekbezoek", private_note="Privé: moe",
    )
    values.update(overrides)
    return model.Entry(**values)


def test_undo_with_nothing_to_undo(store: Store) -> None:
    assert store.undo() is None


def test_undo_reverts_insert_update_delete_and_add_many_in_reverse_order(store: Store) -> None:
    states = [snapshot(store)]
    with store.change("add Sanne") as tx:
        sanne = tx.add(model.Worker("Sanne de Vries"))
        employer = tx.add(model.Employer("Bakkerij Jansen", contact="Piet Jansen"))
        entry = tx.add(an_entry(sanne.id, employer_id=employer.id))
    states.append(snapshot(store))

    with store.change("edit entry") as tx:
        tx.update(replace(entry, day=date(2026, 11, 20), start=time(14, 0), minutes=45, note="Evaluatie",
                          private_note="", billable=False, travel_minutes=20))
        tx.update(replace(sanne, name="Sanne de Vries-Bakker", active=False))
    states.append(snapshot(store))

    with store.change("delete employer") as tx:
        tx.delete(tx.get(model.Entry, entry.id))
        tx.delete(employer)
    states.append(snapshot(store))

    with store.change("import") as tx:
        imported = tx.add_many([model.Worker(f"Werknemer {i}") for i in range(5)])
        tx.add_many([an_entry(w.id, minutes=10) for w in imported])
        funder = tx.add(model.Funder("UWV", "uwv-extern"))
        tx.add(model.Tariff(funder.id, date(2026, 1, 1), Decimal("74.78")))
    states.append(snapshot(store))
    assert len(states[-1]["Worker"]) == 6

    for summary in ("import", "delete employer", "edit entry", "add Sanne"):
        assert store.undo() == summary
        states.pop()
        assert snapshot(store) == states[-1]
    assert store.undo() is None
    assert snapshot(store) == states[0]


def test_undo_within_one_change_runs_backwards(store: Store) -> None:
    """A change that deletes a worker and adds another of the same name, then an entry for
    it: undoing forwards would break the unique name and the foreign key."""
    with store.change("add") as tx:
        first = tx.add(model.Worker("Sanne de Vries"))
        tx.add(model.Worker("Daan Bakker"))
    before = snapshot(store)
    with store.change("replace") as tx:
        tx.delete(first)
        second = tx.add(model.Worker("Sanne de Vries"))
        tx.add(an_entry(second.id))
    assert second.id != first.id
    assert store.undo() == "replace"
    assert snapshot(store) == before


def test_add_many_with_kept_ids_is_undone(store: Store) -> None:
    with store.change("restore export") as tx:
        tx.add_many([model.Worker("Daan Bakker", id=40), model.Worker("Sanne de Vries", id=7)], keep_ids=True)
    with store.reading() as reader:
        assert [w.id for w in reader.all(model.Worker)] == [7, 40]
    assert store.undo() == "restore export"
    with store.reading() as reader:
        assert reader.all(model.Worker) == []


def test_a_failed_change_is_not_saved_and_not_in_the_undo_log(store: Store) -> None:
    with store.change("add") as tx:
        tx.add(model.Worker("Sanne de Vries"))
    before = snapshot(store)
    with pytest.raises(Conflict):
        with store.change("duplicate") as tx:
            tx.add(model.Worker("Daan Bakker"))
            tx.add(model.Worker("Sanne de Vries"))  # unique name: the whole change fails
    assert snapshot(store) == before
    assert store.undo() == "add"
    assert store.undo() is None


def test_a_change_without_operations_leaves_no_undo_record(store: Store) -> None:
    with store.change("add") as tx:
        tx.add(model.Worker("Sanne de Vries"))
    with store.change("nothing") as tx:
        tx.all(model.Worker)
    assert store.undo() == "add"


def test_undo_log_is_bounded(store: Store) -> None:
    with store.change("first") as tx:
        tx.add_many([model.Worker(f"Werknemer {i}") for i in range(UNDO_DEPTH + 1)])
    ids = [w.id for w in snapshot(store)["Worker"]]
    for worker_id in ids:
        with store.change(f"archive {worker_id}") as tx:
            tx.update(model.Worker(f"Werknemer {worker_id - 1}", active=False, id=worker_id))
    with store.reading() as reader:
        count = reader.conn.execute(select(func.count()).select_from(schema.changes)).scalar_one()
    assert count == UNDO_DEPTH
