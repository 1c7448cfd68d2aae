"""Writer.add_many's fast path (one executemany through the dialect's bind processors)
stores exactly what one insert per entity stores: the same values of the same SQLite types."""

from __future__ import annotations

from datetime import date, time

from coachlog.domain import model
from coachlog.store.engine import Journal
from coachlog.store.repository import Store

ENTRY_COLUMNS = ("day", "start", "minutes", "worker_id", "employer_id", "with_whom", "activity", "mode", "goal_id",
                 "billable", "travel_minutes", "travel_m", "note", "private_note", "group_id")


def some_entries(worker_id: int, employer_id: int) -> list[model.Entry]:
    return [
        model.Entry(day=date(2026, 11, 20), minutes=90, with_whom="worker", activity="guidance", worker_id=worker_id,
                    employer_id=employer_id, start=time(9, 30), travel_minutes=20, travel_m=12500,
                    note="Werkplekbezoek", private_note="Privé: moe"),
        model.Entry(day=date(2026, 11, 21), minutes=15, with_whom="nobody", activity="admin", mode="email",
                    billable=False),
        model.Entry(day=date(2026, 11, 22), minutes=30, with_whom="worker", activity="training", worker_id=worker_id,
                    start=time(0, 0), note="O'Neil; 'quotes' and \"more\"", group_id="abc123"),
        # The same day and start again: the bulk path processes each distinct value once.
        model.Entry(day=date(2026, 11, 20), minutes=45, with_whom="employer", activity="manager",
                    employer_id=employer_id, start=time(9, 30), billable=False),
    ]


def stored(journal: Journal) -> list[tuple]:
    columns = ", ".join(f'"{name}", typeof("{name}")' for name in ENTRY_COLUMNS)
    return journal._dbapi.execute(f"SELECT {columns} FROM entries ORDER BY id").fetchall()


def test_add_many_stores_what_add_stores(journal_path) -> None:
    results = []
    for index, bulk in enumerate((False, True)):
        journal = Journal.create(journal_path.with_name(f"j{index}.coachlog"), "bulk test")
        store = Store(journal)
        with store.change("setup") as tx:
            worker = tx.add(model.Worker(name="Sanne de Vries"))
            employer = tx.add(model.Employer(name="Bakkerij Jansen"))
        entries = some_entries(worker.id, employer.id)
        with store.change("entries") as tx:
            saved = tx.add_many(entries) if bulk else [tx.add(entry) for entry in entries]
        assert [entry.id for entry in saved] == [1, 2, 3, 4]
        with store.reading() as reader:
            assert sorted(reader.entries(), key=lambda entry: entry.id) == saved
        results.append(stored(journal))
        journal.close()
    assert results[0] == results[1]


def test_add_many_with_kept_ids_and_booleans(journal: Journal) -> None:
    store = Store(journal)
    with store.change("workers") as tx:
        tx.add_many([model.Worker("Daan Bakker", active=False, id=40), model.Worker("Sanne de Vries", id=7)],
                    keep_ids=True)
    rows = journal._dbapi.execute("SELECT id, name, active, typeof(active) FROM workers ORDER BY id").fetchall()
    assert rows == [(7, "Sanne de Vries", 1, "integer"), (40, "Daan Bakker", 0, "integer")]
    store.undo()
    assert journal._dbapi.execute("SELECT count(*) FROM workers").fetchone() == (0,)


def test_a_bulk_insert_gets_a_roomy_cache_and_gives_it_back(journal: Journal) -> None:
    """5000+ rows are written with a larger page cache (no spilling mid-transaction);
    afterwards, and after a refused insert too, the connection has its own size again."""
    from coachlog.errors import Conflict
    from coachlog.store import repository

    store = Store(journal)
    cache = lambda: journal._dbapi.execute("PRAGMA cache_size").fetchone()[0]  # noqa: E731
    before = cache()
    with store.change("setup") as tx:
        worker = tx.add(model.Worker(name="Sanne de Vries"))
    many = [model.Entry(day=date(2026, 1, 1 + i % 28), minutes=1, with_whom="worker", activity="guidance",
                        worker_id=worker.id) for i in range(repository.BULK_ROWS)]
    seen: list[int] = []
    original = repository.roomy_cache
    repository.roomy_cache = lambda conn: _Spy(original(conn), conn, seen)
    try:
        with store.change("bulk") as tx:
            saved = tx.add_many(many)
        assert saved[0].id == 1 and saved[-1].id == repository.BULK_ROWS
        assert seen and seen[-1] != before  # inside: the larger cache
        assert cache() == before
        bad = [model.Entry(day=date(2026, 2, 1), minutes=1, with_whom="worker", activity="guidance", worker_id=999)
               for _ in range(repository.BULK_ROWS)]
        try:
            with store.change("refused") as tx:
                tx.add_many(bad)
        except Conflict:
            pass
        else:
            raise AssertionError("an entry of an unknown worker was stored")
        assert cache() == before
    finally:
        repository.roomy_cache = original
    with store.reading() as reader:
        assert reader.count(model.Entry) == repository.BULK_ROWS


class _Spy:
    """Wraps roomy_cache: records the cache size inside it."""

    def __init__(self, manager, conn, seen: list[int]) -> None:
        self.manager, self.conn, self.seen = manager, conn, seen

    def __enter__(self):
        result = self.manager.__enter__()
        self.seen.append(self.conn.exec_driver_sql("PRAGMA cache_size").scalar())
        return result

    def __exit__(self, *exc):
        return self.manager.__exit__(*exc)
