"""Shared fixtures. Every test runs with COACHLOG_HOME in its own temporary folder, so no
test can touch a real journal; only synthetic people appear here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from coachlog import cli
from coachlog.services import Coachlog
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from tests.cli_fuzz import BorrowedJournal

TODAY = date(2026, 11, 23)  # a Monday
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def coachlog_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("COACHLOG_HOME", str(home))
    monkeypatch.setenv("COACHLOG_TODAY", TODAY.isoformat())
    for name in ("COACHLOG_PASSPHRASE", "COACHLOG_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def journal_path(coachlog_home: Path) -> Path:
    return coachlog_home / "journal.coachlog"


@pytest.fixture
def journal(journal_path: Path):
    opened = Journal.create(journal_path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def app(journal: Journal) -> Coachlog:
    return Coachlog(Store(journal), today=lambda: TODAY)


@dataclass
class Seeded:
    app: Coachlog
    employment_id: int
    grant_id: int


@pytest.fixture
def seeded(app: Coachlog) -> Seeded:
    """Two synthetic workers, two employers, one employment with a UWV grant."""
    app.add_worker("Sanne de Vries")
    app.add_worker("Daan Bakker")
    app.add_employer("Bakkerij Jansen")
    app.add_employer("Groenvoorziening Oost")
    employment = app.add_employment("Sanne de Vries", "Bakkerij Jansen", date(2026, 3, 1), Decimal(24))
    app.add_funder("UWV", "uwv-extern")
    grant = app.add_grant(employment.id, "UWV", date(2026, 3, 1), regime="midden")
    return Seeded(app=app, employment_id=employment.id, grant_id=grant.id)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run the command line in-process with the passphrase from the environment."""

    def runner(*argv: str, passphrase: str | None = PASSPHRASE) -> Result:
        if passphrase is None:
            monkeypatch.delenv("COACHLOG_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("COACHLOG_PASSPHRASE", passphrase)
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner


@pytest.fixture
def fast_run(journal: Journal, run, monkeypatch: pytest.MonkeyPatch):
    """``run``, on the journal the test has open, without a key derivation per command
    (~0.25 s each): a test-only seam at the command line's one opener (cli.opening.open_journal);
    everything after it (parsing, services, store, output, exit codes) is the real thing."""
    monkeypatch.setattr("coachlog.cli.opening.open_journal", lambda paths: BorrowedJournal(journal))
    return run


@pytest.fixture(autouse=True)
def english_messages():
    """The app switches the process's message language (to Dutch by default); every test
    starts, and leaves, with the English default."""
    from coachlog import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")
