"""The command line: exit codes, wording, and each noun's happy path, run in-process.
TODAY is Monday 23-11-2026 (COACHLOG_TODAY). Synthetic names only."""

from __future__ import annotations

import csv
import re
import io
import json
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coachlog import cli, passphrase
from coachlog.services import Coachlog, EntryDraft
from tests.conftest import PASSPHRASE

SANNE = "Sanne de Vries"
DAAN = "Daan Bakker"


@pytest.fixture
def daan(app: Coachlog) -> Coachlog:
    """The cheapest journal to log in: one worker without employment."""
    app.add_worker(DAAN)
    return app


def only_entry(app: Coachlog) -> Any:
    [entry] = app.entries()
    return entry


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """main() returns argparse's exit code 2 (it does not raise SystemExit); the message is argparse's."""
    assert cli.main(argv) == 2
    return capsys.readouterr().err


# -- exit codes and the shape of errors ----------------------------------------------------


def test_no_command_opens_the_app_and_help_is_one_flag_away(run: Any, journal_path: Path, monkeypatch, capsys) -> None:
    from coachlog.tui.app import CoachlogApp

    opened = []
    monkeypatch.setattr(CoachlogApp, "run", lambda self, *a, **k: opened.append((self.journal_path, self.tr.language)))
    result = run("--lang", "en")
    assert result.code == 0
    assert opened == [(journal_path, "en")]
    assert not journal_path.exists()  # the app asks for the passphrase; nothing before that
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: coachlog") and "log" in out and "export" in out
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("coachlog ")


def test_demo_uses_a_throwaway_journal_and_removes_it(run: Any, journal_path: Path, monkeypatch) -> None:
    from coachlog.tui.app import CoachlogApp

    seen = []
    monkeypatch.setattr(CoachlogApp, "run", lambda self, *a, **k: seen.append(
        (self.journal_path, self.demo_passphrase, self.config_path)))
    assert run("--demo").code == 0
    [(path, passphrase, config)] = seen
    assert path != journal_path and path.name == "demo.coachlog"
    assert passphrase == "demo" and config is None  # the demo never touches the coach's config
    assert not path.parent.exists()


def test_paths_shows_coachlog_home_and_creates_no_journal(run: Any, coachlog_home: Path) -> None:
    result = run("paths", passphrase=None)
    assert result.code == 0
    lines = dict(line.split(None, 1) for line in result.out.splitlines())
    assert lines == {
        "journal": str(coachlog_home / "journal.coachlog"),
        "config": str(coachlog_home / "config.toml"),
        "backups": str(coachlog_home / "backups"),
        "schedules": str(coachlog_home / "schedules"),
        "reports": str(coachlog_home / "reports"),
    }
    assert not (coachlog_home / "journal.coachlog").exists()


def test_journal_option_overrides_the_journal_and_its_backups(run: Any, coachlog_home: Path, tmp_path: Path) -> None:
    other = tmp_path / "elders" / "werk.coachlog"
    result = run("--journal", str(other), "paths")
    assert f"journal   {other}" in result.out
    assert f"backups   {other.parent / 'backups'}" in result.out
    assert f"config    {coachlog_home / 'config.toml'}" in result.out

    result = run("--journal", str(other), "worker", "add", "Noor Visser")
    assert result.code == 0, result.err
    assert f"Created a new encrypted journal at {other}" in result.err
    assert other.exists()
    assert not (coachlog_home / "journal.coachlog").exists()
    assert "Noor Visser" in run("--journal", str(other), "worker", "list").out


def test_ok_is_exit_0(daan: Coachlog, run: Any) -> None:
    result = run("worker", "list")
    assert (result.code, result.err) == (0, "")
    assert DAAN in result.out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("log", "25u", "--worker", "Daan"), "duration: '25:00' is not accepted; give a duration above 0"),
        (("log", "0m", "--worker", "Daan"), "duration: '0:00' is not accepted"),
        (("log", "gisteren", "1u75", "--worker", "Daan"), "duration: '1u75' is not accepted; the minutes after the hours"),
        (("log", "32-11-2026", "1u", "--worker", "Daan"), "date: '32-11-2026' is not accepted; 11-2026 has 30 days; give a day from 1 to 30"),
        (("log", "1u", "--worker", "Daan", "--activity", "dansen"), "--activity: 'dansen' is not accepted"),
        (("log", "1u", "--worker", "Sane"), "no worker 'Sane'"),
        (("log", "1u", "--worker", "Daan Baker"), "no worker 'Daan Baker'; did you mean 'Daan Bakker'?"),
        (("log", "1u", "--worker", "Daan", "--km", "veel"), "--km: 'veel' is not accepted; give a number, e.g. 12,5"),
        (("worker", "add", "daan bakker"), "a worker named 'Daan Bakker' already exists"),
        (("entries", "--month", "brumaire 2026"), "--month: 'brumaire 2026' is not accepted"),
        (("edit", "99", "--duration", "1u"), "no entry 99"),
        (("employment", "add", "-w", "Daan", "-e", "Nergens BV", "--start", "01-05-2026", "--hours", "24"),
         "no employer 'Nergens BV'"),
        (("employment", "add", "-w", "Daan", "-e", "X", "--start", "01-05-2026", "--hours", "veertig"),
         "hours: 'veertig' is not accepted"),
    ],
    ids=["25h", "0m", "1u75", "bad-date", "bad-activity", "unknown-worker", "close-worker", "bad-km", "duplicate",
         "bad-month", "no-entry", "no-employer", "bad-hours"],
)
def test_invalid_input_is_exit_1_with_prefix_and_value(daan: Coachlog, run: Any, argv: tuple[str, ...], says: str) -> None:
    result = run(*argv)
    assert result.code == 1
    assert result.err.startswith("coachlog: ")
    assert says in result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    assert daan.entries(None, None) == []


def test_wrong_passphrase_is_exit_2_and_changes_nothing(daan: Coachlog, run: Any) -> None:
    result = run("worker", "add", "Noor Visser", passphrase="not the passphrase")
    assert result.code == 2
    assert result.err.startswith("coachlog: wrong passphrase for journal")
    assert [w.name for w in daan.list_workers()] == [DAAN]


def test_no_passphrase_and_no_terminal_is_exit_2(daan: Coachlog, run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passphrase, "interactive", lambda: False)
    result = run("worker", "list", passphrase=None)
    assert result.code == 2
    assert "COACHLOG_PASSPHRASE" in result.err


@pytest.mark.parametrize(
    "argv",
    [["log", "1u", "--nonsense"], ["entries", "--format", "xml"], ["ladder", "add"], ["frobnicate"], ["worker"],
     ["edit", "een"]],
    ids=["unknown-option", "bad-choice", "missing-arguments", "unknown-command", "missing-verb", "id-not-a-number"],
)
def test_usage_errors_are_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str], journal_path: Path) -> None:
    err = usage_error(argv, capsys)
    assert "usage: coachlog" in err
    assert not journal_path.exists()


def test_an_unexpected_error_is_exit_3_without_its_message(
    daan: Coachlog, run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(self: Coachlog, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("Sanne secret")

    monkeypatch.setattr(Coachlog, "list_workers", explode)
    monkeypatch.setattr(Coachlog, "log", explode)
    for argv in (("worker", "list"), ("log", "1u", "--worker", "Daan")):
        result = run(*argv)
        assert result.code == 3
        assert "unexpected error (RuntimeError)" in result.err
        assert "--debug" in result.err
        assert "Sanne secret" not in result.err
        assert "Sanne secret" not in result.out
    with pytest.raises(RuntimeError, match="Sanne secret"):
        run("--debug", "worker", "list")


# -- log -----------------------------------------------------------------------------------


def test_the_example_from_the_help(seeded: Any, run: Any) -> None:
    result = run("log", "gisteren", "1u30", "--worker", "Sanne", "--employer", "Bakkerij Jansen",
                 "--with", "werkgever", "--activity", "begeleiding")
    assert result.code == 0, result.err
    assert result.out == "Logged entry 1: 22-11-2026 1:30 Sanne de Vries (Employer, Guidance at work)\n"
    entry = only_entry(seeded.app)
    workers, employers = seeded.app.names()
    assert (entry.day, entry.minutes, entry.with_whom, entry.activity, entry.billable) == (
        date(2026, 11, 22), 90, "employer", "guidance", True,
    )
    assert (workers[entry.worker_id], employers[entry.employer_id]) == (SANNE, "Bakkerij Jansen")


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("2026-11-20", date(2026, 11, 20)),
        ("20-11-2026", date(2026, 11, 20)),
        ("20/11/2026", date(2026, 11, 20)),
        ("vandaag", date(2026, 11, 23)),
        ("gisteren", date(2026, 11, 22)),
        ("eergisteren", date(2026, 11, 21)),
        ("maandag", date(2026, 11, 23)),
        ("monday", date(2026, 11, 23)),
        ("vorige maandag", date(2026, 11, 16)),
        ("vrijdag", date(2026, 11, 20)),
        ("morgen", date(2026, 11, 24)),
    ],
)
def test_log_date_forms(daan: Coachlog, run: Any, when: str, day: date) -> None:
    result = run("log", when, "45m", "--worker", "Daan")
    assert result.code == 0, result.err
    assert f"{day:%d-%m-%Y} 0:45" in result.out
    assert (only_entry(daan).day, only_entry(daan).minutes) == (day, 45)


@pytest.mark.parametrize(
    ("duration", "minutes"),
    [("90m", 90), ("1h30", 90), ("1u30", 90), ("1:30", 90), ("1,5u", 90), ("1.5h", 90), ("90", 90), ("2u", 120),
     ("1 uur", 60), ("24u", 24 * 60)],
)
def test_log_duration_forms(daan: Coachlog, run: Any, duration: str, minutes: int) -> None:
    result = run("log", "gisteren", duration, "--worker", "Daan")
    assert result.code == 0, result.err
    assert only_entry(daan).minutes == minutes


def test_log_with_only_a_duration_is_today(daan: Coachlog, run: Any) -> None:
    assert run("log", "1u", "--worker", "Daan").code == 0
    assert only_entry(daan).day == date(2026, 11, 23)


def test_log_start_and_end_give_the_duration(daan: Coachlog, run: Any) -> None:
    result = run("log", "vrijdag", "--start", "9:00", "--end", "10:30", "--worker", "Daan")
    assert result.code == 0, result.err
    entry = only_entry(daan)
    assert (entry.minutes, entry.start, entry.day) == (90, time(9, 0), date(2026, 11, 20))


def test_log_end_before_start_is_refused(daan: Coachlog, run: Any) -> None:
    result = run("log", "--start", "10:00", "--end", "9:00", "--worker", "Daan")
    assert result.code == 1
    assert "end: '09:00' is not accepted; the end must come after the start (10:00)" in result.err
    assert daan.entries(None, None) == []


def test_log_without_anyone_is_indirect_and_not_billable(daan: Coachlog, run: Any) -> None:
    result = run("log", "30m", "--activity", "administratie")
    assert result.code == 0, result.err
    assert "indirect (Nobody, Administration and reports, not billable)" in result.out
    entry = only_entry(daan)
    assert (entry.with_whom, entry.worker_id, entry.billable) == ("nobody", None, False)


def test_log_a_group_session(daan: Coachlog, run: Any) -> None:
    daan.add_worker("Noor Visser")
    daan.add_worker("Bram Mulder")
    result = run("log", "2u05", "-w", "Daan", "-w", "Noor", "-w", "Bram", "--travel", "30m", "--km", "12,5")
    assert result.code == 0, result.err
    assert result.out.count("Logged entry") == 3
    entries = daan.entries(None, None)
    assert sorted(e.minutes for e in entries) == [41, 42, 42]
    assert sum(e.travel_minutes for e in entries) == 30
    assert sum(e.travel_m for e in entries) == 12500


def test_log_outside_employment_needs_force(seeded: Any, run: Any) -> None:
    result = run("log", "15-02-2026", "1u", "--worker", "Sanne")
    assert result.code == 1
    assert "Sanne de Vries has no employment on that day" in result.err
    assert "--force" in result.err
    assert run("log", "15-02-2026", "1u", "--worker", "Sanne", "--force").code == 0
    assert only_entry(seeded.app).day == date(2026, 2, 15)


# -- edit, delete, undo --------------------------------------------------------------------


def test_edit_an_entry(daan: Coachlog, run: Any) -> None:
    [entry] = daan.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=[DAAN]))
    result = run("edit", str(entry.id), "--duration", "2u", "--note", "nagesprek", "--activity", "administratie")
    assert result.code == 0, result.err
    assert result.out == f"Saved entry {entry.id}: 20-11-2026 2:00\n"
    edited = daan.entry(entry.id)
    assert (edited.minutes, edited.note, edited.activity, edited.billable) == (120, "nagesprek", "admin", False)


def test_edit_to_more_than_a_day_is_refused(daan: Coachlog, run: Any) -> None:
    [entry] = daan.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=[DAAN]))
    result = run("edit", str(entry.id), "--duration", "25u")
    assert result.code == 1
    assert "duration: '25:00'" in result.err
    assert daan.entry(entry.id) == entry


def test_edit_without_a_change_says_what_to_give(daan: Coachlog, run: Any) -> None:
    [entry] = daan.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=[DAAN]))
    result = run("edit", str(entry.id))
    assert result.code == 1
    assert "say what to change" in result.err


def test_delete_without_yes_outside_a_terminal_refuses(daan: Coachlog, run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passphrase, "interactive", lambda: False)
    [entry] = daan.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=[DAAN]))
    result = run("delete", str(entry.id))
    assert result.code == 1
    assert "--yes" in result.err
    assert daan.entry(entry.id) == entry


def test_delete_asks_in_a_terminal_and_no_keeps_it(daan: Coachlog, run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passphrase, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    [entry] = daan.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=[DAAN]))
    result = run("delete", str(entry.id))
    assert result.code == 0
    assert "Nothing was deleted." in result.out
    assert daan.entry(entry.id) == entry


def test_delete_with_yes_and_undo_brings_it_back(daan: Coachlog, run: Any) -> None:
    [entry] = daan.log(
        EntryDraft(day=date(2026, 11, 20), minutes=60, workers=[DAAN], note="bezoek", private_note="eigen notitie")
    )
    result = run("delete", str(entry.id), "--yes")
    assert result.code == 0
    assert f"Deleted entry {entry.id}" in result.out
    assert daan.entries(None, None) == []
    result = run("undo")
    assert result.out == f"Undone: delete entry {entry.id}\n"
    assert daan.entry(entry.id) == entry


def test_undo_with_nothing_to_undo(app: Coachlog, run: Any) -> None:
    result = run("undo")
    assert (result.code, result.out) == (0, "Nothing to undo.\n")


# -- entries -------------------------------------------------------------------------------


@pytest.fixture
def month_of_entries(seeded: Any) -> Any:
    app = seeded.app
    app.log(EntryDraft(day=date(2026, 10, 30), minutes=60, workers=[SANNE], note="okt-sanne"))
    app.log(EntryDraft(day=date(2026, 11, 2), minutes=45, workers=[SANNE], note="nov-sanne"))
    app.log(EntryDraft(day=date(2026, 11, 3), minutes=30, workers=[DAAN], note="nov-daan"))
    app.log(EntryDraft(day=date(2026, 11, 23), minutes=20, workers=[DAAN], note="vandaag-daan"))
    return seeded


@pytest.mark.parametrize(
    ("argv", "notes"),
    [
        (("--month", "2026-10"), ["okt-sanne"]),
        (("--month", "november 2026"), ["nov-sanne", "nov-daan", "vandaag-daan"]),
        (("--all", "--worker", "Daan"), ["nov-daan", "vandaag-daan"]),
        (("--month", "nov 2026", "--worker", "Sanne"), ["nov-sanne"]),
        (("--all", "--employer", "Bakkerij Jansen"), ["okt-sanne", "nov-sanne"]),
        (("--from", "01-11-2026", "--to", "02-11-2026"), ["nov-sanne"]),
        ((), ["vandaag-daan"]),
    ],
    ids=["month-iso", "month-name", "worker", "month-and-worker", "employer", "from-to", "this-week"],
)
def test_entries_filters_in_csv_and_json(month_of_entries: Any, run: Any, argv: tuple[str, ...], notes: list[str]) -> None:
    as_json = run("entries", *argv, "--format", "json")
    assert as_json.code == 0, as_json.err
    assert [record["note"] for record in json.loads(as_json.out)] == notes
    as_csv = run("entries", *argv, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.out)))
    assert [row["note"] for row in rows] == notes
    assert [row["minutes"] for row in rows] == [str(record["minutes"]) for record in json.loads(as_json.out)]


def test_entries_table_shows_totals(month_of_entries: Any, run: Any) -> None:
    result = run("entries", "--month", "2026-11")
    assert result.code == 0
    assert "01-11-2026 – 30-11-2026: 3 entries, 1:35 in all, 1:35 billable, 0:00 travel" in result.out


@pytest.mark.parametrize("words", [("2026-11",), ("november", "2026"), ("nov", "2026")])
def test_a_month_may_be_written_in_words_without_quotes(month_of_entries: Any, run: Any, words: tuple[str, ...]) -> None:
    """As the README writes it: coachlog entries --month oktober 2026 (no quotes)."""
    result = run("entries", "--month", *words)
    assert result.code == 0, result.err
    assert "01-11-2026 – 30-11-2026: 3 entries" in result.out
    own = run("report", "own", *words)
    assert own.code == 0, own.err
    assert "Eigen maand november 2026" in own.out
    assert run("report", "month", *words).code == 0


def test_a_reader_that_stops_reading_is_no_error(month_of_entries: Any, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """coachlog entries | head: when head has read enough, coachlog ends quietly (exit 0),
    not with 'unexpected error (BrokenPipeError)'."""
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setenv("COACHLOG_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdout", ClosedPipe())
    code = cli.main(["entries", "--month", "2026-11"])
    assert code == 0
    assert "unexpected" not in capsys.readouterr().err


def test_entries_month_with_from_is_refused(month_of_entries: Any, run: Any) -> None:
    result = run("entries", "--month", "2026-11", "--from", "01-11-2026")
    assert result.code == 1
    assert "--month" in result.err and "not both" in result.err


def test_entries_empty_week_says_so(daan: Coachlog, run: Any) -> None:
    result = run("entries")
    assert result.out == "No entries for 23-11-2026 – 29-11-2026.\n"


# -- the participatieladder ----------------------------------------------------------------


def test_ladder_add_and_show(seeded: Any, run: Any) -> None:
    result = run("ladder", "add", "Sanne", "3", "--expected", "5", "--horizon", "2027-06-01")
    assert result.code == 0, result.err
    assert result.out == "Recorded trede 3 for Sanne on 23-11-2026\n"
    assert run("ladder", "add", "Sanne", "4", "--date", "01-11-2026").code == 0
    shown = run("ladder", "show", "Sanne de Vries")
    assert shown.code == 0
    lines = shown.out.splitlines()
    assert "4 Unpaid work" in lines[2]  # the CLI speaks the coach's language (English here)
    assert "01-11-2026" in lines[2]
    assert "3 Taking part in organised activities" in lines[3]
    assert "5" in lines[3].split("activities", 1)[1]
    assert "01-06-2027" in lines[3]
    [first, second] = seeded.app.ladder(SANNE)
    assert (second.step, second.expected_step, second.horizon) == (3, 5, date(2027, 6, 1))


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("Sanne", "7"), "step: 7 is not accepted; give a trede of the participatieladder from 1 to 6"),
        (("Sanne", "0"), "step: 0 is not accepted"),
        (("Sanne", "drie"), "step: 'drie' is not accepted; give a trede from 1 to 6"),
        (("Sanne", "3", "--expected", "9"), "expected: 9 is not accepted"),
        (("Sanne", "3", "--horizon", "2027-06-01"), "horizon: '01-06-2027' is not accepted"),
        (("Sanne", "3", "--date", "morgen"), "date: '24-11-2026' is not accepted"),
        (("Sane de Vries", "3"), "did you mean 'Sanne de Vries'?"),
    ],
)
def test_ladder_add_refusals(seeded: Any, run: Any, argv: tuple[str, ...], says: str) -> None:
    result = run("ladder", "add", *argv)
    assert result.code == 1
    assert says in result.err
    assert seeded.app.ladder(SANNE) == []


def test_ladder_show_empty(seeded: Any, run: Any) -> None:
    assert run("ladder", "show", "Sanne").out == "No ladder measurements yet.\n"


# -- nouns: add, list, edit, remove -------------------------------------------------------


def test_worker_add_list_edit_archive_remove(app: Coachlog, run: Any) -> None:
    assert run("worker", "list").out.startswith("No workers yet.")
    assert run("worker", "add", "  Noor   Visser ").out == "Added worker Noor Visser\n"
    assert run("worker", "add", DAAN).code == 0
    assert run("worker", "edit", "Noor", "--name", "Noor de Visser").out == "Saved worker Noor de Visser\n"
    assert run("worker", "edit", "Daan", "--archive").out == "Saved worker Daan Bakker (archived)\n"
    listed = run("worker", "list").out
    assert "Noor de Visser" in listed and DAAN not in listed
    listed = run("worker", "list", "--all").out
    assert re.search(r"Daan Bakker +archived", listed)
    assert run("worker", "edit", "Daan", "--unarchive").code == 0
    assert DAAN in run("worker", "list").out
    both = run("worker", "edit", "Daan", "--archive", "--unarchive")
    assert both.code == 1 and "give one of the two" in both.err
    result = run("worker", "remove", "Noor de Visser", "--yes")
    assert result.out == "Removed worker Noor de Visser (coachlog undo brings it back)\n"
    assert [w.name for w in app.list_workers(include_inactive=True)] == [DAAN]
    assert run("undo").out == "Undone: remove worker Noor de Visser\n"
    assert "Noor de Visser" in run("worker", "list").out


def test_worker_remove_with_entries_points_to_archive(daan: Coachlog, run: Any) -> None:
    daan.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=[DAAN]))
    result = run("worker", "remove", "Daan", "--yes")
    assert result.code == 1
    assert "worker 'Daan Bakker' still has 1 entry and was not removed" in result.err
    assert 'coachlog worker edit "Daan Bakker" --archive' in result.err
    assert [w.name for w in daan.list_workers()] == [DAAN]


def test_employer_add_list_edit_remove(app: Coachlog, run: Any) -> None:
    assert run("employer", "add", "Fietsenmaker Hendriks", "--contact", "Ilse, 06-00000000").code == 0
    listed = run("employer", "list").out
    assert "Fietsenmaker Hendriks" in listed and "Ilse, 06-00000000" in listed
    assert run("employer", "edit", "Fietsen", "--contact", "Bram").out == "Saved employer Fietsenmaker Hendriks\n"
    assert app.list_employers()[0].contact == "Bram"
    assert run("employer", "edit", "Fietsen", "--archive").code == 0
    assert run("employer", "list").out.startswith("No employers yet.")
    assert "archived" in run("employer", "list", "--all").out
    assert run("employer", "remove", "Fietsenmaker Hendriks", "--yes").code == 0
    assert app.list_employers(include_inactive=True) == []


def test_employment_add_list_hours_edit_remove(seeded: Any, run: Any) -> None:
    result = run("employment", "add", "-w", "Daan", "-e", "Groen", "--start", "01-05-2026", "--hours", "32,5",
                 "--kind", "proefplaatsing", "--loonwaarde", "60")
    assert result.code == 0, result.err
    assert result.out == "Added employment 2 from 01-05-2026\n"
    result = run("employment", "hours", "2", "--from", "01-09-2026", "--hours", "36")
    assert result.code == 0, result.err
    listed = run("employment", "list", "--worker", "Daan").out
    assert "Groenvoorziening Oost" in listed and "proefplaatsing" in listed
    assert "32,5 from 01-05-2026, 36 from 01-09-2026" in listed
    assert SANNE not in listed
    assert SANNE in run("employment", "list").out
    result = run("employment", "edit", "2", "--end", "31-12-2026", "--kind", "contract")
    assert result.code == 0, result.err
    [employment] = seeded.app.list_employments(DAAN)
    assert (employment.end, employment.kind, employment.loonwaarde) == (date(2026, 12, 31), "contract", 60)
    refused = run("employment", "hours", "2", "--from", "01-09-2026", "--hours", "61")
    assert refused.code == 1 and "hours: '61'" in refused.err and "from 1 to 60" in refused.err
    assert run("employment", "remove", "2", "--yes").code == 0
    assert seeded.app.list_employments(DAAN) == []
    refused = run("employment", "remove", str(seeded.employment_id), "--yes")
    assert refused.code == 1 and "1 grant" in refused.err


def test_funder_add_list_tariff_edit_remove(app: Coachlog, run: Any) -> None:
    assert run("funder", "add", "Gemeente Zwolle", "--kind", "gemeente", "--reference", "WMO-1").code == 0
    assert "Gemeente Zwolle" in run("funder", "list").out
    assert run("funder", "tariff", "Gemeente", "--from", "01-01-2026", "--rate", "74,78").code == 0
    assert run("funder", "tariff", "Gemeente", "--from", "01-07-2026", "--rate", "76.1").code == 0
    assert [t.rate for t in app.tariffs("Gemeente Zwolle")] == [Decimal("74.78"), Decimal("76.10")]
    refused = run("funder", "tariff", "Gemeente", "--from", "01-07-2026", "--rate", "1.076,10")
    assert refused.code == 1 and "rate: '1076,1'" in refused.err and "at most 1000" in refused.err
    tariffs = run("funder", "tariffs", "Gemeente")
    assert tariffs.code == 0 and "74" in tariffs.out
    refused = run("funder", "tariff", "Gemeente", "--from", "01-01-2026", "--rate", "0")
    assert refused.code == 1 and "rate: '0'" in refused.err
    refused = run("funder", "add", "Iemand", "--kind", "familie")
    assert refused.code == 1 and "kind: 'familie'" in refused.err and "uwv-extern" in refused.err
    assert run("funder", "edit", "Gemeente Zwolle", "--name", "Gemeente Deventer").code == 0
    assert app.list_funders()[0].name == "Gemeente Deventer"
    assert run("funder", "remove", "Gemeente Deventer", "--yes").code == 0
    assert app.list_funders() == []


def test_grant_and_goal_add_list_edit_remove(seeded: Any, run: Any) -> None:
    result = run("grant", "add", "--employment", str(seeded.employment_id), "--funder", "UWV", "--start", "01-06-2026",
                 "--hours", "60", "--reference", "UWV-123")
    assert result.code == 0, result.err
    assert result.out == "Added grant 2: uwv-extern-2014, periods of 6 months from 01-06-2026\n"
    listed = run("grant", "list", "--worker", "Sanne").out
    assert "UWV-123" in listed and "60:00" in listed
    assert run("grant", "edit", "2", "--regime", "licht", "--hours", "none").code == 0
    [_, grant] = seeded.app.list_grants()
    assert (grant.regime, grant.granted_minutes_per_period) == ("licht", None)

    result = run("goal", "add", "--grant", "2", "Zelfstandig de kassa bedienen")
    assert result.out == "Added goal 1 to grant 2, period 1\n"
    assert run("goal", "add", "--grant", "2", "--period", "2", "Op tijd komen").code == 0
    listed = run("goal", "list", "--grant", "2").out
    assert listed.index("Zelfstandig de kassa bedienen") < listed.index("Op tijd komen")
    assert run("goal", "edit", "1", "--status", "reached").out == "Saved goal 1 (reached)\n"
    refused = run("goal", "edit", "1", "--status", "klaar")
    assert refused.code == 1 and "status: 'klaar'" in refused.err and "not-reached" in refused.err
    refused = run("grant", "remove", "2", "--yes")
    assert refused.code == 1 and "2 goals" in refused.err
    assert run("goal", "remove", "1", "--yes").code == 0
    assert run("goal", "remove", "2", "--yes").code == 0
    assert run("grant", "remove", "2", "--yes").code == 0
    assert [g.id for g in seeded.app.list_grants()] == [seeded.grant_id]


def test_absence_add_list_remove(seeded: Any, run: Any) -> None:
    result = run("absence", "add", "Daan", "--from", "02-11-2026", "--to", "06-11-2026", "--kind", "vakantie")
    assert result.out == "Recorded absence 1: 02-11-2026 – 06-11-2026 (vakantie)\n"
    assert "Daan Bakker" in run("absence", "list").out
    refused = run("absence", "add", "Daan", "--from", "06-11-2026", "--to", "02-11-2026")
    assert refused.code == 1 and "end: '02-11-2026'" in refused.err
    assert run("absence", "remove", "1").code == 0
    assert seeded.app.absences() == []


def test_without_a_command_the_app_starts_with_the_options_given(monkeypatch, tmp_path):
    """The app's start skips building every sub-command; the options still arrive."""
    started = []
    monkeypatch.setattr("coachlog.cli.app.run_app", lambda ctx: started.append(ctx.args) or 0)
    assert cli.main(["--journal", str(tmp_path / "j.coachlog"), "--lang", "en"]) == 0
    assert started[0].command is None and started[0].lang == "en" and started[0].journal.endswith("j.coachlog")
    assert cli.main([]) == 0 and started[1].command is None


def test_an_unknown_option_without_a_command_is_refused_by_the_whole_parser(monkeypatch, capsys):
    monkeypatch.setattr("coachlog.cli.app.run_app", lambda ctx: pytest.fail("the app must not start"))
    assert cli.main(["--bogus"]) == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_a_command_runs_with_its_own_parser_the_same_as_in_the_whole_one():
    """Running a command builds only its sub-parser (the others cost start-up time); each
    is the same as in the whole parser, and COMMANDS lists every command."""
    import argparse

    from coachlog.cli.parser import COMMANDS, build_parser

    def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        (found,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return dict(found.choices)

    whole = commands(build_parser())
    assert tuple(whole) == COMMANDS
    for name in COMMANDS:
        one = commands(build_parser(only=name))
        assert list(one) == [name]
        assert one[name].format_help() == whole[name].format_help()
