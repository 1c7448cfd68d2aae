"""Nothing in plaintext by accident: no passphrase or client data in error output, no
stray files beside the journal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE


def test_an_unexpected_error_shows_neither_passphrase_nor_client_data(seeded, run, monkeypatch):
    from coachlog import services

    def broken(*args, **kwargs):
        raise RuntimeError(f"Sanne de Vries {PASSPHRASE}")

    monkeypatch.setattr(services.Coachlog, "entries", broken)
    result = run("entries")
    assert result.code == 3
    for secret in (PASSPHRASE, "Sanne"):
        assert secret not in result.out and secret not in result.err
    assert "RuntimeError" in result.err and "--debug" in result.err


def test_a_wrong_passphrase_is_not_echoed(seeded, run, journal_path):
    result = run("entries", passphrase="mijn-geheime-poging")
    assert result.code == 2
    assert "mijn-geheime-poging" not in result.err + result.out


def test_the_command_line_takes_no_passphrase_argument():
    out = subprocess.run([sys.executable, "-m", "coachlog", "--help"], capture_output=True, text=True).stdout
    assert "--passphrase" not in out and "--password" not in out and "--key" not in out


def test_working_leaves_only_the_journal_and_its_backups(seeded, run, coachlog_home: Path):
    for argv in (("log", "1u", "-w", "Sanne"), ("backup",), ("entries", "--format", "csv"),
                 ("report", "month", "2026-11"), ("status",)):
        assert run(*argv).code == 0
    seeded.app.store.journal.close()
    left = sorted(str(p.relative_to(coachlog_home)) for p in coachlog_home.rglob("*") if p.is_file())
    backups = [name for name in left if name.startswith("backups/") and name.endswith(".coachlog")]
    assert len(backups) == 1 and sorted(set(left) - set(backups)) == ["journal.coachlog"]
