"""An encrypted export under its own passphrase: everything moves, nothing is readable."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coachlog.errors import JournalError, WrongPassphrase
from coachlog.services import Coachlog, EntryDraft
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from tests.conftest import PASSPHRASE, TODAY


def test_an_encrypted_export_holds_everything_under_its_own_passphrase(seeded, tmp_path: Path):
    app = seeded.app
    app.log(EntryDraft(day=TODAY, minutes=45, workers=["Sanne de Vries"], note="Bezoek", private_note="eigen geheugensteun"))
    target = tmp_path / "verhuizing.coachlog"
    app.store.journal.export_encrypted(target, "verhuis-wachtzin")
    data = target.read_bytes()
    assert b"Sanne" not in data and b"geheugensteun" not in data
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(WrongPassphrase):
        Journal.open(target, PASSPHRASE)  # the journal's passphrase does not open the export
    with Journal.open(target, "verhuis-wachtzin") as moved:
        there = Coachlog(Store(moved), today=lambda: TODAY)
        assert [e.private_note for e in there.entries()] == ["eigen geheugensteun"]  # a move keeps everything
        assert [w.name for w in there.list_workers()] == [w.name for w in app.list_workers()]
        assert moved.integrity_problems() == []


def test_an_export_never_overwrites_a_file(seeded, tmp_path: Path):
    target = tmp_path / "bestaat.coachlog"
    target.write_bytes(b"iets anders")
    with pytest.raises(JournalError, match="already exists"):
        seeded.app.store.journal.export_encrypted(target, "x")
    assert target.read_bytes() == b"iets anders"


def test_move_a_journal_with_an_encrypted_export_from_the_command_line(seeded, run, tmp_path: Path, monkeypatch):
    target = tmp_path / "verhuizing.coachlog"
    monkeypatch.setenv("COACHLOG_EXPORT_PASSPHRASE", "verhuis-wachtzin")
    exported = run("export", "--encrypted", "-o", str(target))
    assert exported.code == 0, exported.err
    assert "private notes too" in exported.out

    # Into an existing journal: refused, nothing changed.
    refused = run("import", str(target))
    assert refused.code == 1 and "already exists" in refused.err

    # On the other machine: a fresh place, the export's passphrase.
    other = tmp_path / "andere-laptop" / "journal.coachlog"
    wrong = run("--journal", str(other), "import", str(target), passphrase="fout")
    assert wrong.code == 2 and not other.exists()
    moved = run("--journal", str(other), "import", str(target), passphrase="verhuis-wachtzin")
    assert moved.code == 0, moved.err
    listed = run("--journal", str(other), "worker", "list", passphrase="verhuis-wachtzin")
    assert "Sanne de Vries" in listed.out and "Daan Bakker" in listed.out
    if os.name == "posix":
        assert stat.S_IMODE(other.stat().st_mode) == 0o600


def test_an_encrypted_export_needs_a_file(seeded, run, monkeypatch):
    monkeypatch.setenv("COACHLOG_EXPORT_PASSPHRASE", "x")
    result = run("export", "--encrypted")
    assert result.code == 1 and "-o FILE" in result.err
