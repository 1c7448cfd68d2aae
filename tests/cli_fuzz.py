"""A fuzzer of the command line, shared by tests/test_cli_fuzz.py (a few hundred runs) and
benchmarks/fuzz_cli.py (10,000 and more): argv lists of real commands and options mixed
with hostile values, run in-process against one seeded journal.

Each run is checked: no exit 3 (an unexpected error), no traceback, nothing a terminal
would obey in what was printed, and the journal unchanged whenever the exit code is not 0.

The seam: ``lent(journal)`` hands the command line the journal the caller has open
(cli.opening.open_journal is replaced, the command's end does not close it), so a run costs
milliseconds instead of a key derivation. Everything after the opener is the real code.
Synthetic names only; files are written in the caller's working folder.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

TODAY = date(2026, 11, 23)
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
SANNE, DAAN = "Sanne de Vries", "Daan Bakker"


class BorrowedJournal:
    """The journal a caller has open, lent to the command line: everything is the
    journal's own, except that the command's end does not close it."""

    def __init__(self, journal: Any) -> None:
        self._borrowed = journal

    def __getattr__(self, name: str) -> Any:
        return getattr(self._borrowed, name)

    def close(self) -> None:
        pass


def journal_dump(journal: Any) -> dict[str, list[tuple]]:
    """Every row of every table of the journal (undo log and timers too), by table."""
    from sqlalchemy import select

    from coachlog.store import schema

    with journal.read() as conn:
        return {
            table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
            for table in schema.metadata.sorted_tables
        }


def total_changes(journal: Any) -> int:
    """Rows inserted, changed or deleted on the journal's connection since it opened
    (SQLite counts them also when a transaction is rolled back)."""
    with journal.read() as conn:
        return int(conn.exec_driver_sql("SELECT total_changes()").scalar_one())


@contextlib.contextmanager
def lent(journal: Any) -> Iterator[None]:
    """The command line, for the time of the block: opens ``journal`` (borrowed), believes
    its output is a terminal (so file formats are shown as on a screen and checked the
    same way) and that nobody is at the keyboard (no question waits for an answer)."""
    from coachlog import passphrase
    from coachlog.cli import opening, output

    saved = opening.open_journal, output._terminal, passphrase.interactive
    opening.open_journal = lambda paths: BorrowedJournal(journal)
    output._terminal = lambda stream: True
    passphrase.interactive = lambda: False
    try:
        yield
    finally:
        opening.open_journal, output._terminal, passphrase.interactive = saved


def seed(app: Any) -> None:
    """Synthetic people, an employment with a grant and a tariff, a goal, entries, a ladder
    step and an absence: enough for every command to find something."""
    from coachlog.services import EntryDraft

    app.add_worker(SANNE)
    app.add_worker(DAAN)
    app.add_worker("Piet [/] Slot")
    app.add_employer("Bakkerij Jansen", contact="Mw. Jansen")
    app.add_employer("Groenvoorziening Oost")
    employment = app.add_employment(SANNE, "Bakkerij Jansen", date(2026, 3, 1), Decimal(24))
    app.add_employment(DAAN, "Groenvoorziening Oost", date(2026, 5, 1), Decimal("32.5"))
    app.add_funder("UWV", "uwv-extern")
    app.add_funder("Gemeente Voorbeeldstad", "gemeente")
    app.set_tariff("UWV", date(2026, 1, 1), Decimal("74.78"))
    grant = app.add_grant(employment.id, "UWV", date(2026, 3, 1), regime="midden")
    goal = app.add_goal(grant.id, "Zelfstandig de ochtendploeg draaien")
    app.log(EntryDraft(day=date(2026, 10, 5), minutes=90, workers=[SANNE], note="oven uitgelegd", goal_id=goal.id))
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=45, workers=[DAAN], note="=1+1 in een notitie"))
    app.log(EntryDraft(day=date(2026, 11, 23), minutes=30, with_whom="nobody", activity="admin"))
    app.add_measurement(SANNE, date(2026, 11, 2), 4, expected_step=5, horizon=date(2027, 6, 1), note="stabiel")
    app.add_absence(DAAN, date(2026, 11, 9), date(2026, 11, 10), kind="ziek")


def reset(journal: Any) -> None:
    """Every row deleted, then seeded again (ids start at 1 again: the tables have no
    AUTOINCREMENT). Runs drift a journal into a corner (an erase takes the grant with it,
    for good); the runners start from the seed every so many runs."""
    from sqlalchemy import delete

    from coachlog.services import Coachlog
    from coachlog.store import schema
    from coachlog.store.repository import Store

    with journal.write() as conn:
        for table in reversed(schema.metadata.sorted_tables):
            if table.name != "alembic_version":
                conn.execute(delete(table))
    seed(Coachlog(Store(journal), today=lambda: TODAY))


def write_files(folder: Path) -> None:
    """Files an import or restore may be pointed at, in the working folder."""
    (folder / "week.csv").write_text(
        "date,minutes,worker,employer,note\n"
        f"2026-11-16,60,{SANNE},,\"=HYPERLINK(\"\"http://example.invalid\"\")\"\n"
        f"2026-11-17,45,{DAAN},,\x1b]0;titel\x07\n", encoding="utf-8")
    (folder / "formulas.csv").write_text(
        "date;duration;worker;note\n2026-11-18;1u;'=Sanne de Vries;'-5\n2026-11-18;9999999999999;x;y\n", encoding="utf-8")
    (folder / "entries.json").write_text(json.dumps(
        {"entries": [{"date": "2026-11-19", "minutes": 30, "worker": DAAN, "note": "<script>x</script>"}]}), encoding="utf-8")
    (folder / "whole.json").write_text(json.dumps({"coachlog_export": 1, "workers": [{"id": 1, "name": "[/]"}]}),
                                       encoding="utf-8")
    (folder / "empty.csv").write_text("", encoding="utf-8")
    (folder / "latin.csv").write_bytes("date,minutes,worker\n2026-11-20,60,Zo\xeb\n".encode("latin-1"))
    (folder / "a folder").mkdir(exist_ok=True)


# -- the generator -----------------------------------------------------------------------

HOSTILE = [
    "", " ", "-", "--", "0", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
    "1" * 5000, "9" * 40, "1e400", "NaN", "Infinity", "-0", "1,5", "2E+1", "1.234,56", "١٢", "²", "1_000",
    "[/]", "Piet [/] Slot", "[@click=app.quit]", "[b]vet[/b]", "[link=http://example.invalid]x[/link]",
    "\x1b]0;pwned\x07", "\x1b[2J", "a\x07b", "c\x9b31md", "\u202eSanne", "Sanne\u200bde Vries", "Sanne de\u00a0Vries",
    "line\nbreak", "\r\n", "\ttab", "=HYPERLINK(\"http://example.invalid\")", "+31 6 00000000", "-5", "@SUM(A1)",
    "'=x", "<script>alert(1)</script>", "[klik](http://example.invalid)", "![x](y)", "a|b", "x" * 3000,
    "é" * 300, "👩‍👩‍👧", "31-12-9999", "9999-12-31", "9999-12", "december 9999", "01-01-0001", "0000-00-00",
    "29-02-2027", "2026-13-01", "32-01-2026", "morgen", "vorige maandag", "gisteren", "1899-12-31",
    "25u", "1u75", "99999m", "-30m", "a\udcffb", "-h", "'t Hoekje", "%s%n", "{0}", "../x", "~",
]
NAMES = [SANNE, DAAN, "Sanne", "Daan", "Piet [/] Slot", "sanne de vries", "Sane", "Noor Visser", "Bakkerij"]
EMPLOYERS = ["Bakkerij Jansen", "Bakkerij", "Groenvoorziening Oost", "Nergens BV"]
FUNDERS = ["UWV", "Gemeente Voorbeeldstad", "Gemeente", "Niemand"]
IDS = ["1", "2", "3", "4", "99"]
DATES = ["vandaag", "gisteren", "2026-11-20", "20-11-2026", "01-03-2026", "maandag", "2027-01-01"]
MONTHS = ["2026-10", "2026-11", "oktober 2026", "vorige maand"]
DURATIONS = ["1u", "45m", "1:30", "90", "0,5u"]
TEXTS = ["oven uitgelegd", "Werkplek bezocht", "gesprek", ""]
NUMBERS = ["24", "32,5", "12,5", "74,78", "60", "1"]
FILES = ["week.csv", "formulas.csv", "entries.json", "whole.json", "empty.csv", "latin.csv", "a folder", "missing.csv"]
OUTPUTS = ["-", "out.csv", "out.md", "a folder", "missing folder/x", ""]

# What a slot takes when it is not hostile.
VALID = {"name": NAMES, "employer": EMPLOYERS, "funder": FUNDERS, "id": IDS, "date": DATES, "month": MONTHS,
         "duration": DURATIONS, "text": TEXTS, "number": NUMBERS, "file": FILES, "output": OUTPUTS,
         "step": ["1", "3", "6", "7"], "with": ["werknemer", "werkgever", "niemand", "netwerk"],
         "activity": ["begeleiding", "administratie", "inwerken"], "mode": ["telefoon", "video"],
         "kind": ["contract", "bbl", "gemeente", "private", "ziek", "vakantie"], "regime": ["midden", "licht"],
         "status": ["open", "reached"], "format": ["csv", "json", "md", "html", "table"], "time": ["9:00", "13:30"]}

# Commands: (words, positional slots, options with their slots or None for a flag); a slot
# marked ! is an option the command requires (given nearly always).
Template = tuple[tuple[str, ...], tuple[str, ...], dict[str, str | None]]
TEMPLATES: list[Template] = [
    (("paths",), (), {}),
    (("worker", "add"), ("name",), {}),
    (("worker", "list"), (), {"--all": None}),
    (("worker", "edit"), ("name",), {"--name": "name", "--archive": None, "--unarchive": None}),
    (("worker", "remove"), ("name",), {"--yes": None}),
    (("worker", "erase"), ("name",), {"--yes": None}),
    (("employer", "add"), ("employer",), {"--contact": "text"}),
    (("employer", "list"), (), {"--all": None}),
    (("employer", "edit"), ("employer",), {"--name": "employer", "--contact": "text", "--archive": None}),
    (("employer", "remove"), ("employer",), {"--yes": None}),
    (("employment", "add"), (), {"--worker": "!name", "--employer": "!employer", "--start": "!date", "--hours": "!number",
                                 "--kind": "kind", "--end": "date", "--loonwaarde": "number", "--anchor": "date"}),
    (("employment", "list"), (), {"--worker": "name"}),
    (("employment", "edit"), ("id",), {"--start": "date", "--end": "date", "--kind": "kind", "--loonwaarde": "number"}),
    (("employment", "hours"), ("id",), {"--from": "!date", "--hours": "!number"}),
    (("employment", "remove"), ("id",), {"--yes": None}),
    (("funder", "add"), ("funder",), {"--kind": "!kind", "--reference": "text"}),
    (("funder", "list"), (), {}),
    (("funder", "edit"), ("funder",), {"--name": "funder", "--kind": "kind", "--reference": "text"}),
    (("funder", "tariff"), ("funder",), {"--from": "!date", "--rate": "!number"}),
    (("funder", "tariffs"), ("funder",), {}),
    (("funder", "remove"), ("funder",), {"--yes": None}),
    (("grant", "add"), (), {"--employment": "!id", "--funder": "!funder", "--start": "!date", "--regime": "regime",
                            "--hours": "number", "--period-months": "number", "--periods": "number",
                            "--reference": "text"}),
    (("grant", "list"), (), {"--worker": "name"}),
    (("grant", "edit"), ("id",), {"--regime": "regime", "--hours": "number", "--start": "date",
                                  "--reference": "text", "--periods": "number"}),
    (("grant", "remove"), ("id",), {"--yes": None}),
    (("goal", "add"), ("text",), {"--grant": "!id", "--period": "number"}),
    (("goal", "list"), (), {"--grant": "!id"}),
    (("goal", "edit"), ("id",), {"--text": "text", "--status": "status", "--period": "number"}),
    (("goal", "remove"), ("id",), {"--yes": None}),
    (("log",), ("date", "duration"), {"--worker": "!name", "--employer": "employer", "--with": "with",
                                      "--activity": "activity", "--mode": "mode", "--start": "time", "--end": "time",
                                      "--goal": "id", "--note": "text", "--private-note": "text", "--travel": "duration",
                                      "--km": "number", "--not-billable": None, "--force": None}),
    (("entries",), (), {"--from": "date", "--to": "date", "--month": "month", "--all": None, "--worker": "name",
                        "--employer": "employer", "--format": "format"}),
    (("edit",), ("id",), {"--date": "date", "--duration": "duration", "--note": "text", "--worker": "name",
                          "--goal": "id", "--km": "number", "--activity": "activity", "--force": None}),
    (("delete",), ("id",), {"--yes": None}),
    (("undo",), (), {}),
    (("timer", "start"), (), {"--worker": "name", "--with": "with", "--activity": "activity", "--note": "text"}),
    (("timer", "stop"), (), {"--discard": None}),
    (("timer", "status"), (), {}),
    (("ladder", "add"), ("name", "step"), {"--date": "date", "--expected": "step", "--horizon": "date", "--note": "text"}),
    (("ladder", "show"), ("name",), {}),
    (("ladder", "remove"), ("id",), {"--yes": None}),
    (("absence", "add"), ("name",), {"--from": "!date", "--to": "!date", "--kind": "kind", "--note": "text"}),
    (("absence", "list"), (), {"--worker": "name"}),
    (("absence", "remove"), ("id",), {}),
    (("export",), (), {"--plaintext": None, "--format": "format", "--output": "output", "--encrypted": None}),
    (("import",), ("file",), {"--format": "format", "--create-missing": None, "--force": None}),
    (("status",), (), {}),
    (("budget",), (), {"--grant": "id", "--worker": "name"}),
    (("report", "month"), ("month",), {"--format": "format", "--output": "output"}),
    (("report", "period"), ("id",), {"--period": "number", "--format": "format", "--output": "output"}),
    (("report", "progress"), ("name",), {"--period": "number", "--format": "format", "--output": "output"}),
    (("report", "billing"), (), {"--from": "!date", "--to": "!date", "--format": "format", "--output": "output"}),
    (("report", "own"), ("month",), {"--format": "format", "--output": "output"}),
    (("passwd",), (), {}),
    (("restore",), ("file",), {"--yes": None}),
]


def _value(rng: random.Random, slot: str) -> str:
    roll = rng.random()
    if roll < 0.65:
        return rng.choice(VALID[slot])
    if roll < 0.95:
        return rng.choice(HOSTILE)
    return rng.choice(VALID[rng.choice(list(VALID))])  # a value of another kind


# Commands that can only refuse here (no passphrase to set or restore with) come up less.
WEIGHTS = [0.2 if words[0] in {"passwd", "restore", "paths"} else 1.0 for words, _, _ in TEMPLATES]


def argv_for(rng: random.Random) -> list[str]:
    """One argv: a command, its positionals and some of its options, mostly with values of
    the right kind, often hostile ones; now and then a word missing, an option repeated
    or an unknown one."""
    [(words, positionals, options)] = rng.choices(TEMPLATES, weights=WEIGHTS)
    argv = list(words)
    argv += [_value(rng, slot) for slot in positionals if rng.random() < 0.93]
    required = [option for option, slot in options.items() if slot and slot.startswith("!") and rng.random() < 0.95]
    others = [option for option in options if option not in required]
    chosen = required + rng.sample(others, k=rng.randint(0, min(3, len(others))))
    for option in rng.sample(chosen, k=len(chosen)):
        slot = options[option]
        argv.append(option)
        if slot is not None:
            argv.append(_value(rng, slot.lstrip("!")))
    if argv[0] in {"export"} and rng.random() < 0.7 and "--plaintext" not in argv:
        argv.append("--plaintext")
    if rng.random() < 0.04:
        argv.insert(rng.randint(1, len(argv)), rng.choice(["--bogus", "-x", "--yes", "--all", "extra"]))
    return argv


# -- running and checking ----------------------------------------------------------------


@dataclass
class Run:
    argv: list[str]
    code: int
    out: str
    err: str
    changed: bool


@dataclass
class Tally:
    runs: int = 0
    codes: dict[int, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    changed_on_failure: int = 0
    unexpected: int = 0

    def add(self, run: Run) -> None:
        self.runs += 1
        self.codes[run.code] = self.codes.get(run.code, 0) + 1
        found = problems_of(run)
        if run.code == 3:
            self.unexpected += 1
        if run.changed and run.code != 0:
            self.changed_on_failure += 1
        self.problems += [f"{problem}: {run.argv!r}" for problem in found]


def raw_controls(text: str) -> list[str]:
    """What a terminal would act on: control characters but line breaks, bidi controls."""
    return [c for c in text if (unicodedata.category(c) == "Cc" and c != "\n") or c in BIDI]


def problems_of(run: Run) -> list[str]:
    problems = []
    if run.code not in (0, 1, 2):
        problems.append(f"exit {run.code}")
    if "Traceback" in run.err or "Traceback" in run.out:
        problems.append("a traceback")
    if run.changed and run.code != 0:
        problems.append(f"exit {run.code} but the journal changed")
    if raw_controls(run.out) or raw_controls(run.err):
        problems.append("raw control characters in the output")
    return problems


class Runner:
    """Runs argv lists on one lent journal. ``exact``: dump every table before and after
    each run; otherwise dump only when SQLite counted a change (the dump of the run before
    stands for the state while nothing was written) — the same answer, much faster.
    Every ``reset_every`` runs the journal is reset to the seed."""

    def __init__(self, journal: Any, *, exact: bool = True, reset_every: int = 200) -> None:
        self.journal = journal
        self.exact = exact
        self.reset_every = reset_every
        self.runs = 0
        self._remember()

    def _remember(self) -> None:
        self._state = journal_dump(self.journal)
        self._changes = total_changes(self.journal)

    def run(self, argv: list[str]) -> Run:
        from coachlog import cli

        self.runs += 1
        if self.runs % self.reset_every == 0:
            reset(self.journal)
            self._remember()

        out, err = io.StringIO(), io.StringIO()
        before = journal_dump(self.journal) if self.exact else self._state
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(list(argv))
        changes = total_changes(self.journal)
        if self.exact or changes != self._changes:
            after = journal_dump(self.journal)
        else:
            after = before
        self._state, self._changes = after, changes
        return Run(argv, code, out.getvalue(), err.getvalue(), after != before)
