"""Issue 13, the command line's half: the journal's data is text, never code.

Escape sequences and bidi overrides in coach data are shown, never sent raw to the
terminal; every output format escapes for its reader; every refusal is a refusal (exit 1
or 2, never 3); names are compared after normalisation; decimals print as people write
them. Synthetic names only. Commands run in-process on the test's open journal
(``fast_run``: no key derivation per command)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from coachlog import cli
from coachlog.domain import model
from coachlog.domain.text import visible
from coachlog.errors import InvalidInput
from coachlog.services import Coachlog, EntryDraft
from tests.cli_fuzz import journal_dump

SANNE = "Sanne de Vries"
ESC = "\x1b"
# What a note may hold that a terminal would obey: a title change (OSC ... BEL), clearing
# the screen (CSI 2J), a bare BEL, a C1 CSI, a right-to-left override, a line break.
HOSTILE_NOTE = f"a{ESC}]0;pwned\x07b{ESC}[2Jc\x07d\x9b31me\u202eevil\nnext line|x"
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def raw_controls(text: str) -> list[str]:
    """Characters a terminal would act on: control characters except the line breaks
    that end our own lines, and bidi controls."""
    return [c for c in text if (unicodedata.category(c) == "Cc" and c != "\n") or c in BIDI]


@pytest.fixture
def hostile(seeded: Any, fast_run: Any) -> Any:
    """The seeded journal with coach data holding escape sequences in every free-text field."""
    app: Coachlog = seeded.app
    app.edit_employer("Bakkerij Jansen", contact=f"Mw. Jansen{ESC}[2J\n06-00000000")
    app.edit_funder("UWV", reference=f"REF{ESC}]0;t\x07-1")
    app.edit_grant(seeded.grant_id, reference=f"G{ESC}[31m\u202eR")
    app.log(EntryDraft(day=date(2026, 11, 23), minutes=60, workers=[SANNE], note=HOSTILE_NOTE))
    app.add_measurement(SANNE, date(2026, 11, 2), 3, note=f"trede{ESC}[2J\nregel 2")
    app.add_absence(SANNE, date(2026, 11, 9), date(2026, 11, 10), note=f"ziek{ESC}[2J")
    app.add_goal(seeded.grant_id, "Zelfstandig werken")
    return seeded


# -- 1. what the command line prints shows coach data as text ---------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("entries",),
        ("entries", "--all"),
        ("employer", "list"),
        ("funder", "list"),
        ("grant", "list"),
        ("ladder", "show", "Sanne"),
        ("absence", "list"),
        ("worker", "list"),
        ("employment", "list"),
        ("goal", "list", "--grant", "1"),
        ("budget",),
        ("status",),
    ],
)
def test_tables_and_lists_show_escape_sequences_as_signs_and_keep_one_line_a_row(hostile: Any, fast_run: Any,
                                                                                  argv: tuple[str, ...]) -> None:
    result = fast_run(*argv)
    assert result.code == 0, result.err
    assert raw_controls(result.out) == [], result.out
    assert raw_controls(result.err) == []


def test_the_entries_table_shows_the_note_on_its_own_row(hostile: Any, fast_run: Any) -> None:
    out = fast_run("entries").out.splitlines()
    [row] = [line for line in out if "1:00" in line and SANNE in line]
    assert visible(HOSTILE_NOTE[:40]) in row  # the note, cut at 40 characters
    assert "a␛]0;pwned␇b␛[2Jc␇d<U+009B>31me<U+202E>evil␊" in row
    assert out[-1].endswith("1 entry, 1:00 in all, 1:00 billable, 0:00 travel")
    assert len(out) == 5  # header, rule, the one row, blank line, total: the newline made no row


def test_the_employer_list_keeps_a_contact_with_a_line_break_on_its_row(hostile: Any, fast_run: Any) -> None:
    lines = fast_run("employer", "list").out.splitlines()
    assert len(lines) == 2 + 2
    assert "Mw. Jansen␛[2J␊06-00000000" in lines[2]


def test_an_echo_quoting_what_was_typed_shows_it_as_text(hostile: Any, fast_run: Any) -> None:
    result = fast_run("ladder", "add", f"San{ESC}ne\u202e", "4")  # found: names are compared without them
    assert result.code == 0, result.err
    assert result.out == "Recorded trede 4 for San␛ne<U+202E> on 23-11-2026\n"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("log", "1u", "--worker", f"Nie{ESC}]0;x\x07mand"), r"no worker 'Nie\x1b]0;x\x07mand'"),
        (("import", f"weg{ESC}[2J\nnog.csv"), "no file weg␛[2J␊nog.csv"),
        (("entries", "--format", f"x{ESC}[2J"), r"invalid choice: 'x\x1b[2J'"),
        (("worker", "list", f"{ESC}]0;titel\x07"), "unrecognized arguments: ␛]0;titel␇"),
    ],
    ids=["not-found", "file-name", "argparse-choice", "argparse-unrecognized"],
)
def test_an_error_quoting_a_value_shows_it_as_text(hostile: Any, fast_run: Any, argv: tuple[str, ...], says: str) -> None:
    result = fast_run(*argv)
    assert result.code in (1, 2)
    assert says in result.err
    assert raw_controls(result.err) == []


def test_an_import_lists_its_problems_one_a_line_and_a_value_never_breaks_a_line(
    hostile: Any, fast_run: Any, tmp_path: Path
) -> None:
    path = tmp_path / "week.csv"
    path.write_text(f'date,minutes,worker\n2026-11-20,x{ESC}[2J,{SANNE}\n2026-11-20,60,"Nie\nmand"\n', encoding="utf-8")
    result = fast_run("import", str(path))
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == f"coachlog: {path}: 2 problems, nothing was imported:"
    assert lines[1].startswith(r"  line 2: minutes: 'x\x1b[2J' is not accepted")
    assert lines[2].startswith(r"  line 4: worker: 'Nie mand' is not accepted")  # a name is kept on one line
    assert lines[3] == "Names not in the journal yet are added by the import with --create-missing."
    assert len(lines) == 4


def test_a_file_format_on_a_terminal_shows_control_characters_and_into_a_pipe_is_the_data(
    hostile: Any, fast_run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like ls: to a terminal the signs, to a file or pipe the data as it is (CSV must read back)."""
    piped = fast_run("entries", "--format", "csv").out
    assert HOSTILE_NOTE in next(csv.DictReader(io.StringIO(piped)))["note"]
    monkeypatch.setattr("coachlog.cli.output._terminal", lambda stream: True)
    for argv in (("entries", "--format", "csv"), ("entries", "--format", "json"), ("report", "period", "1"),
                 ("report", "period", "1", "--format", "html"), ("export", "--plaintext", "--format", "csv")):
        shown = fast_run(*argv)
        assert shown.code == 0, shown.err
        assert raw_controls(shown.out) == [], argv
    assert "␛]0;pwned␇" in fast_run("entries", "--format", "csv").out


def test_a_long_value_in_an_error_is_cut_short_with_its_length(fast_run: Any, seeded: Any) -> None:
    result = fast_run("log", "1u", "--worker", "x" * 5000)
    assert result.code == 1
    assert "no worker 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'... (5000 characters)" in result.err
    assert len(result.err) < 300


# -- 2. every output format escapes for its reader -----------------------------------------


FORMULAS = ["=HYPERLINK(\"http://example.invalid\";\"klik\")", "+31 6 00000000", "-5 minuten te laat",
            "@SUM(A1:A9)", "'=al met apostrof", "''+twee", "'t Hoekje", "'s-Hertogenbosch bezoek"]


def test_csv_cells_a_spreadsheet_would_run_are_escaped_everywhere(seeded: Any, fast_run: Any) -> None:
    app = seeded.app
    app.add_worker("=Piet Slot")
    for note in FORMULAS:
        app.log(EntryDraft(day=date(2026, 11, 20), minutes=10, workers=[SANNE], note=note))
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=10, workers=["=Piet Slot"], note="gewoon"))
    for argv, delimiter in ((("entries", "--all", "--format", "csv"), ","),
                            (("export", "--plaintext", "--format", "csv"), ","),
                            (("report", "period", "1", "--period", "2", "--format", "csv"), ";"),
                            (("report", "progress", SANNE, "--format", "csv"), ";")):
        result = fast_run(*argv)
        assert result.code == 0, result.err
        cells = [cell for row in csv.reader(io.StringIO(result.out), delimiter=delimiter) for cell in row]
        live = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _is_number(c))]
        assert live == [], argv
    notes = [row["note"] for row in csv.DictReader(io.StringIO(fast_run("entries", "--all", "--format", "csv").out))]
    assert "'=HYPERLINK(\"http://example.invalid\";\"klik\")" in notes
    assert "''=al met apostrof" in notes and "'''+twee" in notes  # one more apostrophe, so it reads back
    assert "'t Hoekje" in notes  # an apostrophe that starts no formula is left alone


def _is_number(cell: str) -> bool:
    return cell.lstrip("-").replace(".", "").replace(",", "").isdigit()


def test_a_csv_export_imports_back_to_the_same_text(seeded: Any, fast_run: Any, tmp_path: Path) -> None:
    app = seeded.app
    for name in ("=Piet Slot", "'=Ank Bos", "'t Hoen", "-Kees", "@Noor"):
        app.add_worker(name)
        app.log(EntryDraft(day=date(2026, 11, 20), minutes=10, workers=[name], note="x"))
    for note in FORMULAS:
        app.log(EntryDraft(day=date(2026, 11, 20), minutes=10, workers=[SANNE], note=note))
    exported = tmp_path / "entries.csv"
    assert fast_run("export", "--plaintext", "--format", "csv", "-o", str(exported)).code == 0
    before = [(r["worker"], r["note"]) for r in json.loads(fast_run("entries", "--all", "--format", "json").out)]
    for entry in app.entries():
        app.delete_entry(entry.id)
    result = fast_run("import", str(exported))
    assert result.code == 0, result.err
    after = [(r["worker"], r["note"]) for r in json.loads(fast_run("entries", "--all", "--format", "json").out)]
    assert sorted(after) == sorted(before)
    assert ("=Piet Slot", "x") in after and ("'=Ank Bos", "x") in after and ("'t Hoen", "x") in after


def test_an_export_whose_notes_are_full_of_quotes_and_commas_reads_back(seeded: Any, fast_run: Any,
                                                                         tmp_path: Path) -> None:
    """The importer took the delimiter and quote from a guess over the data (csv.Sniffer):
    notes like these made it read coachlog's own export wrongly. Now the header decides."""
    notes = ["@SUM(A1) 1,worker,guidance,on_site,1,yes,0,12.5,\"'=al ontsnapt", "'a','b';'c'", '"""', "x\ty;z",
             "een\rtwee", "regel\r\nregel", "\r=1+2"]  # carriage returns survive the file, not only the text
    for note in notes:
        seeded.app.log(EntryDraft(day=date(2026, 11, 20), minutes=10, workers=[SANNE], note=note))
    kept = sorted(e.note for e in seeded.app.entries())  # as the journal keeps them (a note is trimmed)
    assert "een\rtwee" in kept and "regel\r\nregel" in kept
    exported = tmp_path / "entries.csv"
    assert fast_run("export", "--plaintext", "--format", "csv", "-o", str(exported)).code == 0
    for entry in seeded.app.entries():
        seeded.app.delete_entry(entry.id)
    result = fast_run("import", str(exported))
    assert result.code == 0, result.err
    assert sorted(e.note for e in seeded.app.entries()) == kept


def test_markdown_reports_escape_tags_links_and_table_breaks(seeded: Any, fast_run: Any) -> None:
    note = "<script>alert(1)</script> [klik](http://example.invalid) ![x](http://example.invalid/x.png) | kolom\nrij & *vet*"
    seeded.app.log(EntryDraft(day=date(2026, 10, 5), minutes=30, workers=[SANNE], note=note))
    seeded.app.add_worker("Piet [/] <b>Slot</b>")
    result = fast_run("report", "period", "1", "--period", "2")
    assert result.code == 0, result.err
    md = result.out
    assert "<script" not in md and "](" not in md.replace("\\](", "")
    [row] = [line for line in md.splitlines() if "alert" in line]
    assert row.count(" | ") == 8  # nine columns: the note's | is escaped, its line break a space
    assert ("&lt;script&gt;alert(1)&lt;/script&gt; \\[klik\\](http\\://example\\.invalid) "
            "!\\[x\\](http\\://example\\.invalid/x\\.png)") in row  # no link, not even a bare address
    assert "rij &amp; \\*vet\\*" in row


def test_html_reports_escape_coach_data(seeded: Any, fast_run: Any) -> None:
    seeded.app.log(EntryDraft(day=date(2026, 10, 5), minutes=30, workers=[SANNE],
                              note="<img src=x onerror=alert(1)> & \"quotes\""))
    html = fast_run("report", "period", "1", "--period", "2", "--format", "html").out
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;" in html


# -- 3. every refusal is a refusal -------------------------------------------------------------


BIG = "9223372036854775808"  # 2**63: one past the largest id


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (("delete", BIG, "--yes"), 2, f"argument id: '{BIG}' is not accepted; give an id as coachlog's lists show it"),
        (("edit", BIG, "--note", "x"), 2, "argument id: "),
        (("goal", "edit", BIG, "--text", "x"), 2, "argument id: "),
        (("grant", "edit", BIG, "--reference", "x"), 2, "argument id: "),
        (("employment", "edit", BIG, "--kind", "bbl"), 2, "argument id: "),
        (("employment", "hours", BIG, "--from", "01-09-2026", "--hours", "24"), 2, "argument id: "),
        (("ladder", "remove", BIG, "--yes"), 2, "argument id: "),
        (("absence", "remove", BIG), 2, "argument id: "),
        (("budget", "--grant", BIG), 2, "argument --grant: "),
        (("report", "period", BIG), 2, "argument grant: "),
        (("log", "1u", "-w", "Sanne", "--goal", BIG), 2, "argument --goal: "),
        (("grant", "add", "--employment", BIG, "--funder", "UWV", "--start", "01-03-2026"), 2, "argument --employment: "),
        (("delete", "0", "--yes"), 2, "argument id: '0' is not accepted"),
        (("delete", "-1", "--yes"), 2, "argument id: '-1' is not accepted"),
        (("delete", "1" * 5000, "--yes"), 2, "... (5000 characters) is not accepted"),
        (("delete", "١٢", "--yes"), 2, "argument id: '١٢' is not accepted"),
        (("entries", "--month", "9999-12"), 1, "--month: '9999-12' is not accepted; give a month from 01-1900 up to 12-2999"),
        (("report", "month", "9999-12"), 1, "month: '9999-12' is not accepted"),
        (("report", "own", "december", "9999"), 1, "month: 'december 9999' is not accepted"),
        (("log", "31-12-9999", "1u", "-w", "Sanne"), 1, "date: '31-12-9999' is not accepted; give a date from 01-01-1900"),
        (("entries", "--from", "9999-12-31"), 1, "--from: '9999-12-31' is not accepted"),
        (("report", "billing", "--from", "01-12-9999", "--to", "31-12-9999"), 1, "--from: '01-12-9999' is not accepted"),
        (("import", ""), 1, "file: '' is not accepted; give the name of a CSV or JSON file"),
        (("restore", ""), 1, "file: '' is not accepted; give the name of a backup"),
        (("import", "."), 1, "file: '.' is not accepted; that is a folder"),
        (("restore", ".", "--yes"), 1, "file: '.' is not accepted; that is a folder"),
        (("export", "--plaintext", "-o", ""), 1, "is a folder; give a file name"),
        (("ladder", "add", "Sanne", "1" * 5000), 1, "step: '1111111111"),
        (("worker", "add", "Piet\udcffSlot"), 2, "'Piet\\udcffSlot' holds bytes that are not text in this system's encoding"),
        (("restore", "x" * 5000, "--yes"), 1, "... (5000 characters) is not accepted; no file can have this name"),
        (("import", "x" * 5000), 1, "... (5000 characters) is not accepted; no file can have this name"),
        (("worker", "remove", "Daan"), 1, "--yes: missing; Remove worker 'Daan'? Add --yes to confirm"),
        (("employment", "add", "-w", "Sanne", "-e", "Bakkerij", "--start", "01-03-2026", "--hours", "24",
          "--loonwaarde", "6_0"), 1, "loonwaarde: '6_0' is not accepted"),
    ],
)
def test_a_refusal_is_exit_1_or_2_with_the_field_and_the_value_and_changes_nothing(
    seeded: Any, fast_run: Any, journal: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...], code: int, says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    before = journal_dump(journal)
    result = fast_run(*argv)
    assert (result.code, result.out) == (code, ""), result.err
    assert says in result.err
    assert "unexpected" not in result.err and "Traceback" not in result.err
    assert journal_dump(journal) == before


def test_a_huge_minutes_value_in_an_import_is_a_problem_of_its_line(seeded: Any, fast_run: Any, journal: Any,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(f"date,minutes,worker,goal_id\n2026-11-20,{'9' * 5000},{SANNE},\n"
                    f"2026-11-20,60,{SANNE},{'7' * 5000}\n2026-11-20,99999,{SANNE},\n", encoding="utf-8")
    before = journal_dump(journal)
    result = fast_run("import", str(path))
    assert result.code == 1, result.err
    assert "line 2: minutes: '9999999999999999999999999999999999999999'... (5000 characters) is not accepted" in result.err
    assert "line 3: goal_id: '7777777777777777777777777777777777777777'... (5000 characters) is not accepted" in result.err
    assert "line 4: minutes: '99999' is not accepted; give a duration above 0 and at most 24 hours" in result.err
    assert journal_dump(journal) == before


def test_edit_goal_zero_or_none_still_takes_the_goal_off(seeded: Any, fast_run: Any) -> None:
    goal = seeded.app.add_goal(seeded.grant_id, "Op tijd komen")
    [entry] = seeded.app.log(EntryDraft(day=date(2026, 11, 20), minutes=30, workers=[SANNE], goal_id=goal.id))
    assert fast_run("edit", str(entry.id), "--goal", "none").code == 0
    assert seeded.app.entry(entry.id).goal_id is None
    assert fast_run("edit", str(entry.id), "--goal", str(goal.id)).code == 0
    assert fast_run("edit", str(entry.id), "--goal", "0").code == 0
    assert seeded.app.entry(entry.id).goal_id is None


def test_the_services_refuse_an_id_beyond_64_bits_as_invalid_input(seeded: Any) -> None:
    """The same rule for the app, which calls the services without the command line."""
    from coachlog.services.insights import Insights

    for call in (lambda: seeded.app.entry(2**63), lambda: seeded.app.delete_entry(2**63),
                 lambda: seeded.app.edit_goal(-1, text="x"), lambda: Insights(seeded.app).grant(2**64)):
        with pytest.raises(InvalidInput) as caught:
            call()
        assert "give an id as coachlog's lists show it" in str(caught.value)


@pytest.mark.parametrize("argv", [["--help"], ["worker", "--help"], ["report", "period", "-h"], ["--version"]])
def test_help_and_version_return_0(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 0
    assert capsys.readouterr().out


# -- 4. names compared after normalisation, without invisible characters ------------------


SPELLINGS = {
    "zero-width-space": lambda name: name.replace(" ", "\u200b", 1),
    "no-break-space": lambda name: name.replace(" ", "\u00a0"),
    "case-and-spaces": lambda name: "  " + name.upper().replace(" ", "   ") + " ",
    "soft-hyphen": lambda name: name[:2] + "\u00ad" + name[2:],
    "bidi-override": lambda name: "\u202e" + name,
    "zero-width-joiner": lambda name: name + "\u200d",
    "decomposed": lambda name: unicodedata.normalize("NFD", name),
}


@pytest.mark.parametrize("spelling", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_the_same_name_with_invisible_characters_is_a_duplicate(seeded: Any, fast_run: Any, spelling: Any) -> None:
    seeded.app.add_employer("Café Zoë")
    for kind, name, extra in (("worker", SANNE, ()), ("employer", "Bakkerij Jansen", ()),
                              ("employer", "Café Zoë", ()), ("funder", "UWV", ("--kind", "gemeente"))):
        before = journal_dump(seeded.app.store.journal)
        result = fast_run(kind, "add", spelling(name), *extra)
        assert result.code == 1, (kind, result.out)
        assert f"a {kind} named {name!r} already exists; choose another name" in result.err
        assert journal_dump(seeded.app.store.journal) == before


def test_a_name_is_kept_clean_and_found_by_any_spelling_of_it(app: Coachlog, fast_run: Any) -> None:
    assert fast_run("worker", "add", "Zoe\u0308\u00a0 Vi\u200bsser\u200d").out == "Added worker Zoë Vi sser\n"
    assert [w.name for w in app.list_workers()] == ["Zoë Vi sser"]
    result = fast_run("log", "1u", "--worker", "zoe\u0308 vi\u00a0sser")
    assert result.code == 0, result.err
    assert "Zoë Vi sser" in result.out


@pytest.fixture
def legacy(seeded: Any) -> Any:
    """A journal from before names were kept clean: one held with a zero-width space and a no-break space."""
    with seeded.app.store.change("legacy") as tx:
        tx.add(model.Worker(name="Noor\u200b Visser\u00a0"))
    return seeded


def test_an_unnormalised_name_in_an_old_journal_is_compared_clean(legacy: Any, fast_run: Any, tmp_path: Path) -> None:
    refused = fast_run("worker", "add", "Noor Visser")
    assert refused.code == 1 and "already exists" in refused.err
    logged = fast_run("log", "1u", "--worker", "Noor Visser")
    assert logged.code == 0, logged.err
    path = tmp_path / "noor.csv"
    path.write_text("date,minutes,worker\n2026-11-20,30,noor\u00a0visser\n", encoding="utf-8")
    result = fast_run("import", str(path), "--create-missing")
    assert result.code == 0, result.err
    assert len(legacy.app.list_workers()) == 3  # no second Noor
    erased = fast_run("worker", "erase", "Noor Visser", "--yes")
    assert erased.code == 0, erased.err
    assert [w.name for w in legacy.app.list_workers()] == ["Daan Bakker", SANNE]


def test_erase_still_wants_the_full_name(legacy: Any, fast_run: Any) -> None:
    result = fast_run("worker", "erase", "Noor", "--yes")
    assert result.code == 1 and "give the full name" in result.err
    assert len(legacy.app.list_workers()) == 3


def test_a_whole_journal_import_keeps_names_clean_and_refuses_two_spellings_of_one(
    app: Coachlog, fast_run: Any, journal: Any, tmp_path: Path
) -> None:
    document = {"coachlog_export": 1, "workers": [{"id": 1, "name": "Noor\u200b Visser", "active": True},
                                                  {"id": 2, "name": "Bram\u00a0Mulder", "active": True}]}
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert fast_run("import", str(path)).code == 0
    assert [w.name for w in app.list_workers()] == ["Bram Mulder", "Noor Visser"]

    # Checked before anything is written (and before "this journal already holds data").
    document["workers"].append({"id": 3, "name": "noor\u00a0visser", "active": True})
    other = tmp_path / "twice.json"
    other.write_text(json.dumps(document), encoding="utf-8")
    before = journal_dump(journal)
    result = fast_run("import", str(other))
    assert result.code == 1
    assert "workers record 3: name 'noor visser' is the name of record 1 too" in result.err
    assert journal_dump(journal) == before


# -- 5. decimals as people write them -------------------------------------------------------


def test_contract_hours_km_and_rates_print_without_an_exponent(seeded: Any, fast_run: Any, tmp_path: Path) -> None:
    listed = fast_run("employment", "list").out
    assert "24 from 01-03-2026" in listed
    result = fast_run("employment", "hours", "1", "--from", "01-09-2026", "--hours", "2e1")
    assert result.out == "Employment 1: 20 hours/week from 01-09-2026\n"
    assert "24 from 01-03-2026, 20 from 01-09-2026" in fast_run("employment", "list").out
    assert fast_run("employment", "hours", "1", "--from", "01-10-2026", "--hours", "12,5").code == 0
    assert "12,5 from 01-10-2026" in fast_run("employment", "list").out
    assert fast_run("funder", "tariff", "UWV", "--from", "01-01-2026", "--rate", "1e2").out == (
        "Tariff € 100,00 per hour excl. BTW from 01-01-2026\n")
    assert "€ 100,00" in fast_run("funder", "list").out
    assert "€ 100,00" in fast_run("funder", "tariffs", "UWV").out

    assert fast_run("log", "2026-10-05", "1u", "-w", "Sanne", "--km", "1e2").code == 0
    exported = fast_run("export", "--plaintext", "--format", "csv").out
    [row] = list(csv.DictReader(io.StringIO(exported)))
    assert row["travel_km"] == "100"
    report = fast_run("report", "period", "1", "--period", "2").out
    assert "100 km" in report and "E+" not in report
    path = tmp_path / "km.csv"
    path.write_text(exported, encoding="utf-8")
    seeded.app.delete_entry(int(row["id"]))
    assert fast_run("import", str(path)).code == 0
    [entry] = seeded.app.entries()
    assert entry.travel_m == 100_000
    assert Decimal(row["travel_km"]) == Decimal(100)


def tree(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("journal_arg, says", [
    ("{tmp}", "is a folder, not a journal file"),
    ("{tmp}/afile/journal.coachlog", "afile is a file, not a folder"),
    ("{tmp}/afile/deeper/journal.coachlog", "afile is a file, not a folder"),
    ("/dev/null", "/dev/null is a device or another special file"),
])
def test_a_journal_path_that_cannot_hold_a_journal_is_refused_and_nothing_is_made(
        run: Any, tmp_path: Path, journal_arg: str, says: str) -> None:
    (tmp_path / "afile").write_text("not a folder")
    before = tree(tmp_path)
    for argv in (("entries",), ("worker", "add", "Sanne de Vries"), ("backup",)):
        result = run("--journal", journal_arg.format(tmp=tmp_path), *argv)
        assert result.code == 2, (argv, result)
        assert says in result.err and "unexpected" not in result.err
    assert tree(tmp_path) == before


def test_a_coachlog_home_that_is_a_file_is_refused(run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home-file"
    home.write_text("not a folder")
    monkeypatch.setenv("COACHLOG_HOME", str(home))
    result = run("worker", "list")
    assert result.code == 2 and "home-file is a file, not a folder" in result.err
    assert home.read_text() == "not a folder" and [p.name for p in tmp_path.iterdir()] == ["home-file"]
