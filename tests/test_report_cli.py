"""`coachlog report`, `status` and `budget` from the command line."""

from __future__ import annotations

import os
import stat

import pytest

from tests.conftest import journal_file


@pytest.fixture
def filled(run, journal_path):
    # A new journal made beforehand (the command line's own first-run creation is
    # tested in tests/store/test_open.py): each test then fills it through the commands.
    journal_file(journal_path)
    for argv in (
        ("worker", "add", "Sanne de Vries"),
        ("employer", "add", "Bakkerij Jansen"),
        ("employment", "add", "-w", "Sanne", "-e", "Bakkerij", "--start", "01-03-2026", "--hours", "24"),
        ("funder", "add", "UWV", "--kind", "uwv-extern"),
        ("funder", "tariff", "UWV", "--from", "01-01-2026", "--rate", "74,78"),
        ("grant", "add", "--employment", "1", "--funder", "UWV", "--start", "01-03-2026", "--regime", "midden"),
        ("log", "2026-10-05", "2u", "-w", "Sanne", "--note", "Werkplek bezocht", "--private-note", "GEHEIM-123"),
        ("log", "2026-10-06", "45m", "-w", "Sanne", "--with", "werkgever", "--activity", "leidinggevende"),
    ):
        result = run(*argv)
        assert result.code == 0, result.err
    return run


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_report_to_a_file_is_private_and_complete(filled, tmp_path, fmt):
    target = tmp_path / f"oktober.{fmt}"
    result = filled("report", "month", "2026-10", "--format", fmt, "-o", str(target))
    assert result.code == 0, result.err
    assert str(target) in result.err
    text = target.read_text(encoding="utf-8")
    assert "Sanne de Vries" in text and "GEHEIM-123" not in text
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_period_report_on_stdout(filled):
    result = filled("report", "period", "1", "--period", "2")
    assert result.code == 0, result.err
    assert "Verantwoordingsrapportage jobcoaching" in result.out
    assert "periode 2, 01-09-2026 t/m 28-02-2027" in result.out
    assert "Werkplek bezocht" in result.out and "GEHEIM-123" not in result.out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("report", "period", "9"), "no grant 9"),
        (("report", "period", "1", "--period", "7"), "period 7 does not exist; this grant has periods 1 to 6"),
        (("report", "month", "dertienember 2026"), "'dertienember 2026'"),
        (("report", "billing", "--from", "2026-11-01", "--to", "2026-10-01"), "may not lie before the start"),
        (("report", "progress", "Onbekend Persoon"), "no worker 'Onbekend Persoon'"),
    ],
)
def test_report_errors_are_for_people(filled, argv, message):
    result = filled(*argv)
    assert result.code == 1
    assert result.err.startswith("coachlog: ")
    assert message in result.err
    assert result.out == ""


def test_writing_a_report_into_a_missing_folder_is_a_clear_error(filled, tmp_path):
    result = filled("report", "month", "2026-10", "-o", str(tmp_path / "nope" / "r.md"))
    assert result.code == 1
    assert "does not exist" in result.err


def test_status_and_budget(filled):
    status = filled("status")
    assert status.code == 0
    # Nothing logged since 06-10-2026 and no ladder measurement at all.
    assert "no entry since 06-10-2026" in status.out  # the command line speaks English
    assert "no participatieladder measurement yet" in status.out
    budget = filled("budget")
    assert budget.code == 0
    assert "period 2 01-09-2026 – 28-02-2027: budget 62,40 h, used 2,75 h, remaining 59,65 h" in budget.out
    assert "okt 2026" in budget.out


def test_a_broken_own_schedule_is_reported_and_the_rest_works(filled, coachlog_home):
    own = coachlog_home / "schedules"
    own.mkdir()
    (own / "kapot.toml").write_text('id = "kapot"\nstatus = "zeker"\n', encoding="utf-8")
    result = filled("budget")
    assert result.code == 0
    assert "schedule skipped" in result.err and "kapot.toml" in result.err
    assert "Grant 1" in result.out
