"""A journal of the previous schema revision (0001) opens in this coachlog: an encrypted
backup first, then the upgrade, and every row is still there."""

from __future__ import annotations

from pathlib import Path

from coachlog.services import Coachlog
from coachlog.store import cipher, engine, schema
from coachlog.store.backups import list_backups
from coachlog.store.engine import Journal
from coachlog.store.migrate import upgrade_to_head
from coachlog.store.repository import Store
from tests.conftest import PASSPHRASE, TODAY


def make_revision_0001_journal(path: Path) -> None:
    """What coachlog 0.1 with only revision 0001 would have written, with data in it."""
    connection = cipher.connect(path, PASSPHRASE, create=True)
    engine._set_pragmas(connection)
    journal = Journal(path, connection)
    with journal.write() as conn:
        upgrade_to_head(conn, target="0001")
        conn.exec_driver_sql(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.exec_driver_sql("INSERT INTO workers (id, name, active) VALUES (1, 'Sanne de Vries', 1)")
        conn.exec_driver_sql("INSERT INTO employers (id, name, contact, active) VALUES (1, 'Bakkerij Jansen', '', 1)")
        conn.exec_driver_sql(
            "INSERT INTO entries (id, day, start, minutes, worker_id, employer_id, with_whom, activity, mode,"
            " billable, travel_minutes, travel_m, note, private_note) VALUES"
            " (1, '2026-11-20', '09:00:00.000000', 90, 1, 1, 'worker', 'guidance', 'on_site', 1, 15, 4000,"
            " 'Werkplek bezocht', 'eigen notitie')"
        )
    assert journal.revision == "0001"
    journal.close()


def test_a_revision_0001_journal_is_backed_up_then_upgraded_with_all_its_data(coachlog_home: Path) -> None:
    coachlog_home.mkdir(parents=True)
    path = coachlog_home / "oud.coachlog"
    make_revision_0001_journal(path)
    backups = coachlog_home / "backups"

    journal = Journal.open(path, PASSPHRASE, backups=backups)
    try:
        assert journal.revision == schema.SCHEMA_HEAD
        app = Coachlog(Store(journal), today=lambda: TODAY)
        assert [w.name for w in app.list_workers()] == ["Sanne de Vries"]
        [entry] = app.entries()
        assert (entry.minutes, entry.note, entry.private_note, entry.travel_m) == (90, "Werkplek bezocht", "eigen notitie", 4000)
        assert entry.start is not None and entry.start.hour == 9
        assert app.running_timer() is None  # the new table is there and empty
    finally:
        journal.close()

    [backup] = list_backups(backups)
    assert "before-upgrade" in backup.name
    # The backup is the journal as it was: revision 0001, same passphrase, same rows.
    raw = cipher.connect(backup, PASSPHRASE, create=False)
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert raw.execute("SELECT name FROM workers").fetchall() == [("Sanne de Vries",)]
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'timers'").fetchone() == (0,)
    finally:
        raw.close()


def test_an_up_to_date_journal_is_not_backed_up_on_open(journal_path: Path, coachlog_home: Path) -> None:
    Journal.create(journal_path, PASSPHRASE).close()
    Journal.open(journal_path, PASSPHRASE, backups=coachlog_home / "backups").close()
    assert list_backups(coachlog_home / "backups") == []
