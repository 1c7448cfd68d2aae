"""Export and import through the command line: private notes never leave the journal, an
export needs --plaintext, an import is all or nothing with every problem by line number,
and a whole-journal export restores into an empty journal as it was. Synthetic names only."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coachlog.services import Coachlog, EntryDraft
from coachlog.store.repository import TABLE_OF

SANNE = "Sanne de Vries"
DAAN = "Daan Bakker"
SECRET = "PRIVE-7431 slaapt slecht"
HEADER = "date,minutes,worker,employer,with_whom,activity,note"


def snapshot(app: Coachlog) -> dict[str, Any]:
    with app.store.reading() as reader:
        state: dict[str, Any] = {cls.__name__: reader.all(cls) for cls in TABLE_OF}
        last = reader.last_change()
    state["last_change"] = None if last is None else (last.id, last.summary)
    return state


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


@pytest.fixture
def logged(seeded: Any) -> Any:
    """The seeded journal with two entries carrying a private note, and one without."""
    app = seeded.app
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=90, workers=[SANNE], start=time(9, 0),
                       note="oven uitgelegd", private_note=SECRET, travel_minutes=20, travel_km=Decimal("12.5")))
    app.log(EntryDraft(day=date(2026, 11, 21), minutes=30, workers=[DAAN], with_whom="worker",
                       note="belafspraak", private_note=SECRET, mode="phone"))
    app.log(EntryDraft(day=date(2026, 10, 5), minutes=45, with_whom="nobody", activity="admin", note="rapportage"))
    return seeded


# -- export -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "--plaintext", "--format", "csv"),
        ("export", "--plaintext", "--format", "json"),
        ("export", "--plaintext"),
        ("entries", "--all", "--format", "csv"),
        ("entries", "--all", "--format", "json"),
        ("entries", "--all"),
        ("entries", "--all", "--worker", "Sanne", "--format", "json"),
    ],
    ids=["export-csv", "export-json", "export-default", "entries-csv", "entries-json", "entries-table", "entries-worker"],
)
def test_a_private_note_never_leaves_the_journal(logged: Any, run: Any, argv: tuple[str, ...]) -> None:
    result = run(*argv)
    assert result.code == 0, result.err
    assert "oven uitgelegd" in result.out  # the public note is there, so the entry was written
    assert "PRIVE-7431" not in result.out
    assert "PRIVE-7431" not in result.err
    assert "private_note" not in result.out


def test_an_export_to_a_file_holds_no_private_note(logged: Any, run: Any, tmp_path: Path) -> None:
    for kind in ("csv", "json"):
        target = tmp_path / f"out.{kind}"
        result = run("export", "--plaintext", "--format", kind, "--output", str(target))
        assert result.code == 0, result.err
        assert "Written to" in result.err
        text = target.read_text(encoding="utf-8")
        assert "oven uitgelegd" in text
        assert "PRIVE-7431" not in text
    # The JSON export is the whole journal, by section, without the field at all.
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert document["coachlog_export"] == 1
    assert len(document["entries"]) == 3
    assert all("private_note" not in entry for entry in document["entries"])
    assert [w["name"] for w in document["workers"]] == [SANNE, DAAN]


def test_the_csv_export_has_the_documented_columns(logged: Any, run: Any) -> None:
    result = run("export", "--plaintext", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 3
    sanne = next(r for r in rows if r["worker"] == SANNE)
    assert sanne["date"] == "2026-11-20"
    assert sanne["start"] == "09:00"
    assert sanne["minutes"] == "90"
    assert sanne["employer"] == "Bakkerij Jansen"
    assert sanne["billable"] == "yes"
    assert sanne["travel_minutes"] == "20"
    assert sanne["travel_km"] == "12.5"
    admin = next(r for r in rows if r["activity"] == "admin")
    assert (admin["worker"], admin["with_whom"], admin["billable"]) == ("", "nobody", "no")


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_an_export_without_plaintext_is_refused_and_writes_nothing(logged: Any, run: Any, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"out.{kind}"
    result = run("export", "--format", kind, "--output", str(target))
    assert result.code == 1
    assert result.err.startswith("coachlog: ")
    assert "--plaintext" in result.err
    assert "NOT encrypted" in result.err
    assert result.out == ""
    assert not target.exists()


def test_an_export_with_plaintext_warns_on_stderr(logged: Any, run: Any) -> None:
    result = run("export", "--plaintext", "--format", "csv")
    assert result.code == 0
    assert "warning" in result.err
    assert "not encrypted" in result.err
    assert "warning" not in result.out


# -- CSV import: all or nothing -------------------------------------------------------------


GOOD_ROWS = [
    "2026-11-16,60,Sanne de Vries,,,begeleiding,maandag",
    "17-11-2026,45,Sanne de Vries,Bakkerij Jansen,werkgever,,dinsdag",
    "2026-11-18,90,Daan Bakker,,,,woensdag",
    "2026-11-19,30,,,niemand,administratie,donderdag",
    "2026-11-20,120,Daan Bakker,Groenvoorziening Oost,werknemer,inwerken,vrijdag",
]


def test_one_bad_line_imports_nothing_and_names_the_line(seeded: Any, run: Any, tmp_path: Path) -> None:
    rows = GOOD_ROWS[:2] + ["31-02-2026,60,Daan Bakker,,,,foute datum"] + GOOD_ROWS[2:]
    path = write(tmp_path / "week.csv", "\n".join([HEADER, *rows]) + "\n")
    before = snapshot(seeded.app)
    result = run("import", str(path))
    assert result.code == 1
    assert result.err.startswith("coachlog: ")
    assert "1 problem, nothing was imported" in result.err
    assert "line 4: date: '31-02-2026' is not accepted" in result.err
    for good in (2, 3, 5, 6, 7):
        assert f"line {good}:" not in result.err
    assert snapshot(seeded.app) == before
    assert seeded.app.entries() == []


def test_every_bad_line_is_listed_with_its_number(seeded: Any, run: Any, tmp_path: Path) -> None:
    rows = [
        GOOD_ROWS[0],
        "2026-11-17,abc,Daan Bakker,,,,",
        GOOD_ROWS[1],
        "2026-11-18,60,Daan Bakker,,,dansen,",
        "2026-11-19,0,Daan Bakker,,,,",
        "2027-11-19,60,Daan Bakker,,,,",
        "2026-11-20,60,Daan Bakker,,met wie,,",
    ]
    path = write(tmp_path / "week.csv", "\n".join([HEADER, *rows]) + "\n")
    before = snapshot(seeded.app)
    result = run("import", str(path))
    assert result.code == 1
    assert "5 problems," in result.err
    assert "line 3: minutes: 'abc'" in result.err
    assert "line 5: activity: 'dansen'" in result.err
    assert "line 6: minutes: '0:00'" in result.err
    assert "line 7: date: '19-11-2027'" in result.err
    assert "line 8: with_whom: 'met wie'" in result.err
    assert "line 2:" not in result.err and "line 4:" not in result.err
    assert snapshot(seeded.app) == before


def test_a_good_file_imports_every_row(seeded: Any, run: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "week.csv", "\n".join([HEADER, *GOOD_ROWS]) + "\n")
    result = run("import", str(path))
    assert result.code == 0, result.err
    assert "Imported 5 entries" in result.out
    entries = seeded.app.entries()
    workers, employers = seeded.app.names()
    got = [
        (e.day, e.minutes, workers.get(e.worker_id, ""), employers.get(e.employer_id, ""), e.with_whom, e.activity,
         e.billable, e.note)
        for e in entries
    ]
    assert got == [
        (date(2026, 11, 16), 60, SANNE, "Bakkerij Jansen", "worker", "guidance", True, "maandag"),
        (date(2026, 11, 17), 45, SANNE, "Bakkerij Jansen", "employer", "manager", True, "dinsdag"),
        (date(2026, 11, 18), 90, DAAN, "", "worker", "guidance", True, "woensdag"),
        (date(2026, 11, 19), 30, "", "", "nobody", "admin", False, "donderdag"),
        (date(2026, 11, 20), 120, DAAN, "Groenvoorziening Oost", "worker", "training", True, "vrijdag"),
    ]


def test_undo_after_an_import_removes_every_imported_entry(seeded: Any, run: Any, tmp_path: Path) -> None:
    before = snapshot(seeded.app)
    rows = [*GOOD_ROWS, "2026-11-20,30,Noor Visser,Fietsenmaker Hendriks,,,"]
    path = write(tmp_path / "week.csv", "\n".join([HEADER, *rows]) + "\n")
    assert run("import", str(path), "--create-missing").code == 0
    assert len(seeded.app.entries()) == 6
    result = run("undo")
    assert result.code == 0
    assert "Undone: import 6 entries" in result.out
    assert snapshot(seeded.app) == before


def test_an_unknown_worker_gets_the_close_match(seeded: Any, run: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "week.csv", f"{HEADER}\n2026-11-20,60,Sane de Vries,,,,\n2026-11-20,60,Xander Zwart,,,,\n")
    result = run("import", str(path))
    assert result.code == 1
    assert "line 2: worker: 'Sane de Vries' is not accepted; no such worker; did you mean 'Sanne de Vries'?" in result.err
    assert "line 3: worker: 'Xander Zwart'" in result.err
    assert "--create-missing" in result.err
    assert seeded.app.entries() == []


def test_create_missing_adds_the_workers_and_employers_once(seeded: Any, run: Any, tmp_path: Path) -> None:
    rows = [
        "2026-11-18,60,Noor Visser,Fietsenmaker Hendriks,,,",
        "2026-11-19,60,noor  visser,fietsenmaker hendriks,,,",
        "2026-11-20,60,Noor Visser,,,,",
    ]
    path = write(tmp_path / "new.csv", "\n".join([HEADER, *rows]) + "\n")
    result = run("import", str(path), "--create-missing")
    assert result.code == 0, result.err
    assert [w.name for w in seeded.app.list_workers()] == [DAAN, "Noor Visser", SANNE]
    assert [e.name for e in seeded.app.list_employers()] == ["Bakkerij Jansen", "Fietsenmaker Hendriks", "Groenvoorziening Oost"]
    workers, employers = seeded.app.names()
    assert [(workers[e.worker_id], employers.get(e.employer_id)) for e in seeded.app.entries()] == [
        ("Noor Visser", "Fietsenmaker Hendriks"),
        ("Noor Visser", "Fietsenmaker Hendriks"),
        ("Noor Visser", None),
    ]


def test_a_first_name_alone_is_not_taken_for_a_new_worker(seeded: Any, run: Any, tmp_path: Path) -> None:
    """'Sanne' in a file is Sanne de Vries to a coach: never a second person, not even with --create-missing."""
    path = write(tmp_path / "kort.csv", f"{HEADER}\n2026-11-20,60,Sanne,,,,\n")
    result = run("import", str(path), "--create-missing")
    assert result.code == 1
    assert "line 2: worker: 'Sanne' is not accepted; did you mean 'Sanne de Vries'? Imports need the full name" in result.err
    assert [w.name for w in seeded.app.list_workers()] == [DAAN, SANNE]
    assert seeded.app.entries() == []


def test_a_semicolon_file_from_dutch_excel_with_a_bom_imports(seeded: Any, run: Any, tmp_path: Path) -> None:
    text = (
        "date;duration;worker;travel_km;travel_minutes;billable;note\r\n"
        "20-11-2026;1,5u;Sanne de Vries;12,5;0:20;ja;oven, kassa\r\n"
        "21-11-2026;45m;Daan Bakker;0;;nee;\"gesprek; kort\"\r\n"
    )
    path = write(tmp_path / "excel.csv", text, encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = run("import", str(path))
    assert result.code == 0, result.err
    first, second = seeded.app.entries()
    assert (first.day, first.minutes, first.travel_m, first.travel_minutes, first.billable, first.note) == (
        date(2026, 11, 20), 90, 12500, 20, True, "oven, kassa",
    )
    assert (second.day, second.minutes, second.billable, second.note) == (date(2026, 11, 21), 45, False, "gesprek; kort")


def test_a_file_with_only_a_header_imports_nothing_and_offers_no_undo(seeded: Any, run: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "empty.csv", "date;minutes;worker\n")
    before = snapshot(seeded.app)
    result = run("import", str(path))
    assert result.code == 0, result.err
    assert result.out == f"No entries in {path}; nothing was imported\n"
    assert "undo" not in result.out
    assert snapshot(seeded.app) == before


def test_an_unknown_column_is_reported(seeded: Any, run: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "week.csv", "date,minutes,worker,notes\n2026-11-20,60,Daan Bakker,hallo\n")
    result = run("import", str(path))
    assert result.code == 1
    assert "line 1: unknown column 'notes'; did you mean 'note'?" in result.err
    assert seeded.app.entries() == []


def test_a_missing_column_is_reported(seeded: Any, run: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "week.csv", "datum,minutes,worker\n2026-11-20,60,Daan Bakker\n")
    result = run("import", str(path))
    assert result.code == 1
    assert "missing column date;" in result.err
    assert "the header has: datum, minutes, worker" in result.err


def test_a_day_over_24_hours_across_rows_is_refused(seeded: Any, run: Any, tmp_path: Path) -> None:
    rows = ["2026-11-20,780,Daan Bakker,,,,", "2026-11-19,60,Daan Bakker,,,,", "2026-11-20,780,Sanne de Vries,,,,"]
    path = write(tmp_path / "long.csv", "\n".join([HEADER, *rows]) + "\n")
    before = snapshot(seeded.app)
    result = run("import", str(path))
    assert result.code == 1
    assert "line 4: duration: '13:00' is not accepted; 20-11-2026 already holds 13:00" in result.err
    assert "line 2:" not in result.err
    assert snapshot(seeded.app) == before


def test_a_day_over_24_hours_with_what_the_journal_holds_is_refused(seeded: Any, run: Any, tmp_path: Path) -> None:
    seeded.app.log(EntryDraft(day=date(2026, 11, 20), minutes=20 * 60, workers=[DAAN]))
    path = write(tmp_path / "more.csv", f"{HEADER}\n2026-11-20,300,Daan Bakker,,,,\n")
    before = snapshot(seeded.app)
    result = run("import", str(path))
    assert result.code == 1
    assert "line 2: duration: '5:00'" in result.err and "already holds 20:00" in result.err
    assert snapshot(seeded.app) == before


def test_an_entry_outside_the_employment_needs_force(seeded: Any, run: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "early.csv", f"{HEADER}\n2026-02-20,60,Sanne de Vries,,,,\n")
    result = run("import", str(path))
    assert result.code == 1
    assert ("line 2: date: '20-02-2026' is not accepted; Sanne de Vries has no employment on that day "
            "(employment 01-03-2026 – open end)") in result.err
    assert "--force" in result.err
    assert run("import", str(path), "--force").code == 0
    assert [e.day for e in seeded.app.entries()] == [date(2026, 2, 20)]


def test_an_import_file_that_is_missing_or_not_utf8_is_a_clean_error(seeded: Any, run: Any, tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "nope.csv"))
    assert (result.code, "no file" in result.err) == (1, True)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"{HEADER}\n2026-11-20,60,Daan Bakker,,,,caf\xe9\n".encode("latin-1"))
    result = run("import", str(latin))
    assert result.code == 1
    assert "not UTF-8" in result.err
    assert seeded.app.entries() == []


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("²", "'²'"), ("١٢", "'١٢'"), ("1.5", "'1.5'"), ("+60", "'+60'")],
    ids=["superscript-two", "arabic-indic-digits", "decimal-point", "plus-sign"],
)
def test_minutes_take_ascii_digits_only(seeded: Any, run: Any, tmp_path: Path, cell: str, shown: str) -> None:
    path = write(tmp_path / "odd.csv", f"date,minutes,worker\n2026-11-20,{cell},Daan Bakker\n")
    result = run("import", str(path))
    assert result.code == 1, result.err
    assert f"line 2: minutes: {shown}" in result.err
    assert seeded.app.entries() == []


# -- JSON import ---------------------------------------------------------------------------


@pytest.fixture
def rich(logged: Any) -> Any:
    """A journal holding something of every kind."""
    app = logged.app
    app.set_contract_hours(logged.employment_id, date(2026, 9, 1), Decimal("28.5"))
    app.set_tariff("UWV", date(2026, 1, 1), Decimal("74.78"))
    goal = app.add_goal(logged.grant_id, "Zelfstandig de oven bedienen")
    app.log(EntryDraft(day=date(2026, 11, 18), minutes=125, workers=[SANNE, DAAN], goal_id=None, note="groep"))
    app.log(EntryDraft(day=date(2026, 11, 17), minutes=60, workers=[SANNE], goal_id=goal.id, note="doel"))
    app.add_measurement(SANNE, date(2026, 11, 1), 4, expected_step=5, horizon=date(2027, 6, 1), note="stabiel")
    app.add_absence(DAAN, date(2026, 11, 2), date(2026, 11, 6), kind="vakantie")
    app.edit_worker(DAAN, active=False)
    return logged


def test_a_whole_journal_export_restores_into_a_new_journal(rich: Any, run: Any, tmp_path: Path) -> None:
    exported = tmp_path / "journal.json"
    assert run("export", "--plaintext", "--output", str(exported)).code == 0
    fresh = str(tmp_path / "fresh.coachlog")
    result = run("--journal", fresh, "import", str(exported))
    assert result.code == 0, result.err
    assert "Created a new encrypted journal" in result.err
    assert "6 entries" in result.out

    for argv in (
        ("entries", "--all", "--format", "json"),
        ("worker", "list", "--all"),
        ("employer", "list", "--all"),
        ("employment", "list"),
        ("grant", "list"),
        ("goal", "list", "--grant", "1"),
        ("funder", "tariffs", "UWV"),
        ("ladder", "show", "Sanne"),
        ("absence", "list"),
        ("export", "--plaintext"),
    ):
        original, restored = run(*argv), run("--journal", fresh, *argv)
        assert (original.code, restored.code) == (0, 0), argv
        assert restored.out == original.out, argv
    assert len(json.loads(run("--journal", fresh, "entries", "--all", "--format", "json").out)) == 6

    # The restored journal is a working journal: new rows get new ids.
    result = run("--journal", fresh, "log", "2026-11-23", "30m", "--worker", "Sanne")
    assert result.code == 0, result.err
    assert "Logged entry 7:" in result.out
    assert run("--journal", fresh, "worker", "add", "Noor Visser").code == 0


def test_a_whole_journal_export_is_refused_by_a_journal_holding_data(rich: Any, run: Any, tmp_path: Path) -> None:
    exported = tmp_path / "journal.json"
    assert run("export", "--plaintext", "--output", str(exported)).code == 0
    before = snapshot(rich.app)
    result = run("import", str(exported))
    assert result.code == 1
    assert "nothing was imported" in result.err
    assert "empty journal" in result.err
    assert "--journal" in result.err
    assert snapshot(rich.app) == before


def test_a_whole_journal_export_of_another_version_is_refused(app: Coachlog, run: Any, tmp_path: Path) -> None:
    path = write(tmp_path / "v9.json", json.dumps({"coachlog_export": 9, "workers": []}))
    result = run("import", str(path))
    assert result.code == 1
    assert "coachlog_export 9 is not a format this coachlog reads" in result.err


def test_a_json_list_of_entries_imports(seeded: Any, run: Any, tmp_path: Path) -> None:
    document = {
        "entries": [
            {"date": "2026-11-20", "minutes": 60, "worker": SANNE, "activity": "inwerken", "billable": None},
            {"date": "21-11-2026", "duration": "1u30", "worker": DAAN, "billable": False, "note": "thuis"},
            {"date": "2026-11-19", "minutes": 15, "with_whom": "niemand", "activity": "admin"},
        ]
    }
    path = write(tmp_path / "entries.json", json.dumps(document))
    result = run("import", str(path))
    assert result.code == 0, result.err
    assert "Imported 3 entries" in result.out
    got = [(e.day, e.minutes, e.activity, e.billable, e.note) for e in seeded.app.entries()]
    assert got == [
        (date(2026, 11, 19), 15, "admin", False, ""),
        (date(2026, 11, 20), 60, "training", True, ""),
        (date(2026, 11, 21), 90, "guidance", False, "thuis"),
    ]
    assert run("undo").code == 0
    assert seeded.app.entries() == []


def test_a_json_list_with_a_bad_record_imports_nothing(seeded: Any, run: Any, tmp_path: Path) -> None:
    document = {"entries": [{"date": "2026-11-20", "minutes": 60, "worker": DAAN}, {"date": "morgen", "minutes": 1500, "worker": DAAN}]}
    path = write(tmp_path / "entries.json", json.dumps(document))
    before = snapshot(seeded.app)
    result = run("import", str(path))
    assert result.code == 1
    assert "line 2: minutes: '25:00'" in result.err
    assert snapshot(seeded.app) == before


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"entries": "all"}', "expected {\"entries\": [ ... ]}"),
        ('{"entries": [1]}', "expected {\"entries\": [ ... ]}"),
    ],
)
def test_a_malformed_json_file_is_a_clean_error(seeded: Any, run: Any, tmp_path: Path, text: str, says: str) -> None:
    path = write(tmp_path / "bad.json", text)
    result = run("import", str(path))
    assert result.code == 1
    assert result.err.startswith("coachlog: ")
    assert says in result.err


def test_a_csv_export_imports_into_a_new_journal(logged: Any, run: Any, tmp_path: Path) -> None:
    exported = tmp_path / "entries.csv"
    assert run("export", "--plaintext", "--format", "csv", "--output", str(exported)).code == 0
    fresh = str(tmp_path / "fresh.coachlog")
    result = run("--journal", fresh, "import", str(exported), "--create-missing")
    assert result.code == 0, result.err

    def without_ids(out: str) -> list[dict]:
        return [{k: v for k, v in record.items() if k != "id"} for record in json.loads(out)]

    original = without_ids(run("entries", "--all", "--format", "json").out)
    restored = without_ids(run("--journal", fresh, "entries", "--all", "--format", "json").out)
    assert restored == original


# -- whatever a file holds: imported, or a clean error and nothing changed ------------------


CELLS = st.sampled_from(
    [
        "2026-11-20", "20-11-2026", "gisteren", "31-02-2026", "1999-01-01", "2030-01-01", SANNE, DAAN, "Sane de Vries",
        "Noor Visser", "Bakkerij Jansen", "90", "1u30", "0", "-5", "25u", "1440", "²", "١٢", "ja", "nee", "maybe",
        "werkgever", "niemand", "admin", "video", "", " ", '"', "a,b", "x;y", "12,5", "NaN", "1e9", "9:00", "25:00",
        "99", "7", "group-1", "\x00", "\ufeff",
    ]
)
EXTRA_COLUMNS = st.sampled_from(
    ["employer", "with_whom", "activity", "mode", "start", "goal_id", "billable", "travel_minutes", "travel_km",
     "note", "group_id", "private_note", "id", "Date", "notes", ""]
)
# Mostly values a column can hold, so rows get past the header and into the rules.
LIKELY = {
    "date": ["2026-11-20", "20-11-2026", "gisteren", "maandag", "2026-02-20"],
    "worker": [DAAN, SANNE, "sanne de vries", "Noor Visser", ""],
    "minutes": ["30", "60", "600", "1440"],
    "duration": ["1u30", "45m", "2u", "13u"],
    "employer": ["", "Bakkerij Jansen", "Groenvoorziening Oost", "Fietsenmaker Hendriks"],
    "with_whom": ["", "werkgever", "niemand", "netwerk"],
    "activity": ["", "begeleiding", "admin", "inwerken"],
    "mode": ["", "telefoon", "video"],
    "start": ["", "9:00", "0930"],
    "billable": ["", "ja", "nee", "yes"],
    "travel_minutes": ["", "30m", "0:20"],
    "travel_km": ["", "12,5", "3"],
}


@st.composite
def csv_like(draw: Any) -> str:
    separator = draw(st.sampled_from([",", ";", "\t"]))
    header = ["date", "worker", draw(st.sampled_from(["minutes", "duration"]))]
    header += draw(st.lists(EXTRA_COLUMNS, max_size=3, unique=True))
    header = draw(st.permutations(header))
    lines = [separator.join(header)]
    for _ in range(draw(st.integers(0, 5))):
        cells = []
        for column in header:
            roll = draw(st.integers(0, 9))
            if roll < 7 and column in LIKELY:
                cells.append(draw(st.sampled_from(LIKELY[column])))
            elif roll < 9:
                cells.append(draw(CELLS))
            else:
                cells.append(draw(st.text(max_size=6)))
        if draw(st.integers(0, 9)) == 0:
            cells = cells[: draw(st.integers(0, len(cells)))]
        lines.append(separator.join(cells))
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines)


@settings(max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=200), csv_like()), create_missing=st.booleans())
@example(text="date,minutes,worker\n2026-11-20,²,Daan Bakker\n", create_missing=False)
@example(text="date,minutes,worker,goal_id\n2026-11-20,60,Daan Bakker,²\n", create_missing=False)
@example(text="date,minutes,worker\n2026-11-20,60,Noor Visser\n2026-11-20,60,noor visser\n", create_missing=True)
@example(text="da\x00te,minutes,worker\n", create_missing=False)
@example(text="", create_missing=False)
def test_any_file_imports_cleanly_or_fails_cleanly(
    seeded: Any, run: Any, tmp_path: Path, text: str, create_missing: bool
) -> None:
    path = tmp_path / "random.csv"
    path.write_text(text, encoding="utf-8")
    before = snapshot(seeded.app)
    result = run("import", str(path), *(["--create-missing"] if create_missing else []))
    assert result.code in (0, 1), result.err
    assert "unexpected error" not in result.err
    if result.code == 1:
        assert result.err.startswith("coachlog: ")
        assert snapshot(seeded.app) == before
        return
    after = snapshot(seeded.app)
    added = len(after["Entry"]) - len(before["Entry"])
    if added:
        assert f"Imported {added} {'entry' if added == 1 else 'entries'} " in result.out
    else:
        assert "nothing was imported" in result.out
        assert after == before
    # No two workers (or employers) whose names differ only in case.
    for kind in ("Worker", "Employer"):
        names = [item.name.lower() for item in after[kind]]
        assert len(names) == len(set(names)), names
    if after != before:
        assert seeded.app.undo().startswith("import ")
    assert snapshot(seeded.app) == before
