"""The timer lives in the journal: it survives closing coachlog, and stopping it logs
one entry in the same transaction."""

from __future__ import annotations

from datetime import datetime

import pytest

from coachlog.errors import Conflict, InvalidInput
from coachlog.services import Coachlog
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from tests.conftest import PASSPHRASE, TODAY

NINE = datetime(2026, 11, 23, 9, 0, 40)


def test_a_timer_survives_closing_the_journal_and_logs_on_stop(seeded, journal_path):
    seeded.app.start_timer(NINE, worker="Sanne", activity="training", note="Werkplek")
    seeded.app.store.journal.close()
    with Journal.open(journal_path, PASSPHRASE) as reopened:
        app = Coachlog(Store(reopened), today=lambda: TODAY)
        running = app.running_timer()
        assert running is not None and running.started == datetime(2026, 11, 23, 9, 0)
        [entry] = app.stop_timer(datetime(2026, 11, 23, 10, 15, 10))
        assert (entry.day, entry.minutes, entry.activity, entry.note) == (TODAY, 75, "training", "Werkplek")
        assert entry.start.strftime("%H:%M") == "09:00"
        _, employers = app.names()
        assert employers[entry.employer_id] == "Bakkerij Jansen"  # from the employment
        assert app.running_timer() is None
        assert app.undo() == "stop timer"  # one change: the entry goes, the timer comes back
        assert app.entries() == [] and app.running_timer() is not None


def test_one_timer_at_a_time_and_stop_without_timer(app):
    app.start_timer(NINE)
    with pytest.raises(Conflict, match="already running since 09:00"):
        app.start_timer(NINE)
    assert app.stop_timer(NINE, discard=True) == []
    with pytest.raises(Conflict, match="no timer is running"):
        app.stop_timer(NINE)


def test_a_timer_past_midnight_is_refused_and_kept(seeded):
    seeded.app.start_timer(datetime(2026, 11, 22, 23, 0), worker="Sanne")
    with pytest.raises(InvalidInput, match="ran past midnight"):
        seeded.app.stop_timer(datetime(2026, 11, 23, 0, 30))
    assert seeded.app.running_timer() is not None
    assert seeded.app.entries() == []


def test_timer_from_the_command_line(seeded, run):
    assert run("timer", "status").out.strip() == "No timer is running."
    started = run("timer", "start", "-w", "Sanne", "--with", "werkgever")
    assert started.code == 0 and "Timer started at" in started.out
    assert "Timer running since" in run("timer", "status").out
    again = run("timer", "start")
    assert again.code == 1 and "already running" in again.err
    stopped = run("timer", "stop")
    assert stopped.code == 0, stopped.err
    [entry] = seeded.app.entries()
    assert entry.with_whom == "employer" and entry.minutes >= 1
