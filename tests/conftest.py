"""Shared fixtures. Every test runs with COACHLOG_HOME in its own temporary folder, so no
test can touch a real journal; only synthetic people appear here."""

from __future__ import annotations

import functools
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from coachlog import cli
from coachlog.services import Coachlog
from coachlog.store import cipher, files
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from tests.cli_fuzz import BorrowedJournal

TODAY = date(2026, 11, 23)  # a Monday
PASSPHRASE = "correct horse battery staple"


# -- fast journals (issue 14) ---------------------------------------------------------
#
# A new journal costs a key derivation (PBKDF2-HMAC-SHA512, 256 000 iterations, ~0.25 s)
# and the Alembic migrations (~0.3 s). Tests that need *a* journal, not the act of making
# one, get a byte copy of a journal made once per test session (per passphrase) with
# Journal.create; opening the copy derives its key through the remembered derivation below.
# Tests of creation, migrations and the key derivation itself keep doing the real thing.

_real_derive_key = cipher.derive_key


@functools.lru_cache(maxsize=None)
def _remembered_key(passphrase: str, salt: bytes) -> bytes:
    """cipher.derive_key, computed once per (passphrase, salt) in the test session: it is a
    pure function, so the journal opens exactly as it would (the key is still checked
    against page 1 and handed to SQLCipher raw); only the repeated 0.25 s is saved."""
    return _real_derive_key(passphrase, salt)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "real_kdf: derive every key for real (the test counts or times the key derivation)")
    config.addinivalue_line(
        "markers", "runs_long: a test of a minute or so, started first so that a parallel run does not end "
        "waiting for it alone")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.get_closest_marker("runs_long") is None)  # stable: the rest keep their order


@pytest.fixture(autouse=True)
def remembered_keys(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test-only seam: production derives the key once per process and keeps no cache."""
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(cipher, "derive_key", _remembered_key)


@functools.lru_cache(maxsize=None)
def _template(passphrase: str) -> bytes:
    """The bytes of a new, migrated, closed journal made by Journal.create (encrypted)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.coachlog"
        Journal.create(path, passphrase).close()
        leftovers = sorted(p.name for p in Path(folder).iterdir() if p != path)
        assert leftovers == [], leftovers  # a closed journal is one file
        return path.read_bytes()


def journal_file(path: Path, passphrase: str = PASSPHRASE) -> Path:
    """A new, empty journal at ``path`` (none may be there), as Journal.create leaves it,
    closed: a private copy of the session's template (folders 0700, file 0600)."""
    path = Path(path)
    files.private_folder(path.parent)
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, files.PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(_template(passphrase))
    return path


def new_journal(path: Path, passphrase: str = PASSPHRASE) -> Journal:
    """``Journal.create(path, passphrase)`` for tests that need a journal, not its making."""
    return Journal.open(journal_file(path, passphrase), passphrase)


@pytest.fixture(autouse=True, scope="session")
def journal_template() -> None:
    """The template is made before any test can patch what Journal.create relies on."""
    _template(PASSPHRASE)


@pytest.fixture(autouse=True)
def coachlog_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("COACHLOG_HOME", str(home))
    monkeypatch.setenv("COACHLOG_TODAY", TODAY.isoformat())
    for name in ("COACHLOG_PASSPHRASE", "COACHLOG_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    # The command line speaks the system's language when nothing else says: tests pin an
    # English locale so a Dutch machine runs them the same (tests of Dutch say so).
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


@pytest.fixture
def journal_path(coachlog_home: Path) -> Path:
    return coachlog_home / "journal.coachlog"


@pytest.fixture
def journal(journal_path: Path):
    opened = new_journal(journal_path)
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
