"""Issue 14's one rulebook, seen from every way an entry is made: the command line, the
app's quick form, a CSV import and a JSON import store the same entry for the same typed
values, refuse the same ones, never carry one entry's values into the next, and never
guess an employer. Synthetic names only."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from decimal import Decimal
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from coachlog.domain import model
from coachlog.errors import InvalidInput
from coachlog.services import EntryDraft
from tests.conftest import TODAY
from tests.tui.conftest import make_app, settle, unlock

SANNE, BAKKERIJ = "Sanne de Vries", "Bakkerij Jansen"
# Every combination of given or left out: worker, employer, with whom, activity. The
# duration is always given (each combination its own, to find it back).
COMBOS = list(product([None, SANNE], [None, BAKKERIJ], [None, "werkgever"], [None, "administratie"]))
DAYS = {"cli": date(2026, 11, 16), "csv": date(2026, 11, 17), "json": date(2026, 11, 18), "app": TODAY}


@asynccontextmanager
async def quick_form(journal_path: Path) -> AsyncIterator[tuple[Any, Any, Any]]:
    """The app on the journal, unlocked, with Today's quick form open (n): app, pilot, screen."""
    tui = make_app(journal_path, language="en")
    async with tui.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, tui)
        await pilot.press("n")
        await settle(pilot, tui)
        yield tui, pilot, tui.screen


def minutes_of(number: int) -> int:
    return 10 + number


def stored(app: Any, day: date) -> dict[int, tuple]:
    """What the journal holds on ``day``, by the combination's number (from its minutes)."""
    workers, employers = app.names()
    return {e.minutes - 10: (workers.get(e.worker_id), employers.get(e.employer_id), e.with_whom, e.activity, e.mode,
                             e.billable) for e in app.entries(day, day)}


def rows(day: date) -> list[dict[str, str]]:
    found = []
    for number, (worker, employer, with_whom, activity) in enumerate(COMBOS):
        row = {"date": day.isoformat(), "minutes": str(minutes_of(number)), "worker": worker, "employer": employer,
               "with_whom": with_whom, "activity": activity}
        found.append({key: value for key, value in row.items() if value is not None})
    return found


def import_each(run: Any, tmp_path: Path, kind: str) -> set[int]:
    """Import every combination (one file each, an import being all or nothing); the
    numbers refused."""
    refused = set()
    for number, row in enumerate(rows(DAYS[kind])):
        path = tmp_path / f"{kind}-{number}.{kind}"
        if kind == "json":
            path.write_text(json.dumps({"entries": [row]}))
        else:
            path.write_text("date,minutes,worker,employer,with_whom,activity\n"
                            + ",".join(row.get(c, "") for c in ("date", "minutes", "worker", "employer", "with_whom",
                                                                 "activity")) + "\n")
        if run("import", str(path)).code != 0:
            refused.add(number)
    return refused


async def test_the_same_typed_entry_is_stored_the_same_from_every_front_end(
        seeded: Any, fast_run: Any, journal_path: Path, tmp_path: Path) -> None:
    app = seeded.app
    refused: dict[str, set[int]] = {"cli": set()}
    for number, (worker, employer, with_whom, activity) in enumerate(COMBOS):
        argv = ["log", f"{DAYS['cli']:%d-%m-%Y}", f"{minutes_of(number)}m"]
        for flag, value in (("--worker", worker), ("--employer", employer), ("--with", with_whom),
                            ("--activity", activity)):
            argv += [flag, value] if value else []
        result = fast_run(*argv)
        assert result.code in (0, 1), result
        if result.code:
            refused["cli"].add(number)
    refused["csv"] = import_each(fast_run, tmp_path, "csv")
    refused["json"] = import_each(fast_run, tmp_path, "json")

    refused["app"] = set()
    async with quick_form(journal_path) as (tui, pilot, screen):
        for number, (worker, employer, with_whom, activity) in enumerate(COMBOS):
            before = len(tui.coachlog.entries(TODAY, TODAY))
            screen.query_one("#f-worker").value = worker or ""
            await settle(pilot, tui)  # the employer the form fills in for the worker
            screen.query_one("#f-employer").value = employer or screen.query_one("#f-employer").value
            if worker and not employer:
                screen.query_one("#f-employer").value = ""  # left out: the rulebook decides
            screen.query_one("#f-duration").value = f"{minutes_of(number)}m"
            screen.query_one("#f-with").value = with_whom or ""
            screen.query_one("#f-activity").value = activity or ""
            screen.query_one("#f-worker").focus()
            await pilot.press("enter")
            await settle(pilot, tui)
            assert tui.screen is screen, "no question is asked for these"
            if len(tui.coachlog.entries(TODAY, TODAY)) == before:
                refused["app"].add(number)
                for name in ("worker", "duration", "with", "activity", "employer", "note"):
                    screen.query_one(f"#f-{name}").value = ""

    invalid = {n for n, (worker, employer, with_whom, _) in enumerate(COMBOS) if with_whom and not worker and not employer}
    assert invalid and all(found == invalid for found in refused.values()), refused
    kinds = {kind: stored(app, day) for kind, day in DAYS.items()}
    assert len(kinds["cli"]) == len(COMBOS) - len(invalid)
    for kind in ("csv", "json", "app"):
        assert kinds[kind] == kinds["cli"], kind
    # The rulebook itself, on a few: only an employer named is time with the employer (billable
    # guidance of the manager); nothing named is unbillable admin with nobody.
    assert kinds["cli"][COMBOS.index((None, BAKKERIJ, None, None))] == (
        None, BAKKERIJ, "employer", "manager", "on_site", True)
    assert kinds["cli"][COMBOS.index((None, None, None, None))] == (None, None, "nobody", "admin", "on_site", False)
    assert kinds["cli"][COMBOS.index((SANNE, None, None, None))] == (
        SANNE, BAKKERIJ, "worker", "guidance", "on_site", True)


async def test_after_an_employer_contact_the_next_entry_starts_from_the_defaults(seeded: Any, journal_path: Path) -> None:
    async with quick_form(journal_path) as (tui, pilot, screen):
        for name, value in (("worker", SANNE), ("duration", "30m"), ("with", "werkgever"), ("activity", "leidinggevende")):
            screen.query_one(f"#f-{name}").value = value
        await pilot.press("enter")
        await settle(pilot, tui)
        assert all(screen.query_one(f"#f-{name}").value == "" for name in ("with", "activity", "employer"))
        await pilot.press("escape", "n")  # back to the table, and a new entry
        await settle(pilot, tui)
        screen.query_one("#f-worker").value = SANNE
        screen.query_one("#f-duration").value = "45m"
        screen.query_one("#f-worker").focus()
        await pilot.press("enter")
        await settle(pilot, tui)
        first, second = sorted(tui.coachlog.entries(TODAY, TODAY), key=lambda e: e.id)
    assert (first.with_whom, first.activity) == ("employer", "manager")
    assert (second.minutes, second.with_whom, second.activity, second.billable) == (45, "worker", "guidance", True)


@pytest.fixture
def two_jobs(seeded: Any) -> Any:
    """Sanne works for Bakkerij Jansen and, from September, for Groenvoorziening Oost too."""
    seeded.app.add_employment(SANNE, "Groenvoorziening Oost", date(2026, 9, 1), Decimal(8))
    return seeded.app


def everything(app: Any) -> list[model.Entry]:
    return app.entries()


def test_two_employers_on_the_day_the_command_line_asks_and_stores_nothing(two_jobs: Any, fast_run: Any) -> None:
    result = fast_run("log", "20-11-2026", "1u", "--worker", SANNE)
    assert result.code == 1
    assert "Sanne de Vries works for Bakkerij Jansen and Groenvoorziening Oost on 20-11-2026" in result.err
    assert "name the employer" in result.err
    assert everything(two_jobs) == []
    assert fast_run("log", "20-11-2026", "1u", "--worker", SANNE, "--employer", "Groenvoorziening Oost").code == 0
    [entry] = everything(two_jobs)
    assert two_jobs.names()[1][entry.employer_id] == "Groenvoorziening Oost"
    # Before September only the bakery: no question.
    assert fast_run("log", "20-08-2026", "1u", "--worker", SANNE).code == 0


def test_two_employers_on_the_day_an_import_line_is_refused(two_jobs: Any, fast_run: Any, tmp_path: Path) -> None:
    path = tmp_path / "week.csv"
    path.write_text(f"date,minutes,worker\n2026-08-20,60,{SANNE}\n2026-11-20,60,{SANNE}\n")
    for argv in (("import", str(path)), ("import", str(path), "--force")):
        result = fast_run(*argv)
        assert result.code == 1 and "line 3: employer: missing; Sanne de Vries works for" in result.err
        assert everything(two_jobs) == []


async def test_two_employers_on_the_day_the_app_asks_which(two_jobs: Any, journal_path: Path) -> None:
    async with quick_form(journal_path) as (tui, pilot, form):
        form.query_one("#f-worker").value = SANNE
        await settle(pilot, tui)
        assert form.query_one("#f-employer").value == ""  # the form does not guess either
        form.query_one("#f-duration").value = "1u"
        form.query_one("#f-worker").focus()
        await pilot.press("enter")
        await settle(pilot, tui)
        assert type(tui.screen).__name__ == "ChooseScreen"
        await pilot.press("escape")  # no choice: nothing stored
        await settle(pilot, tui)
        assert tui.coachlog.entries() == []
        await pilot.press("enter")
        await settle(pilot, tui)
        await pilot.press("down", "down", "enter")  # nothing chosen at first; the second: Groenvoorziening Oost
        await settle(pilot, tui)
        [entry] = tui.coachlog.entries()
        assert tui.coachlog.names()[1][entry.employer_id] == "Groenvoorziening Oost"


def test_a_group_session_gives_each_worker_their_own_employer(seeded: Any, fast_run: Any) -> None:
    """Sanne (at the bakery) and Piet (placed by Groenvoorziening Oost) in one session at the
    bakery: each entry carries the worker's own employer, without --force."""
    seeded.app.add_worker("Piet Jansen")
    seeded.app.add_employment("Piet Jansen", "Groenvoorziening Oost", date(2026, 1, 1), Decimal(16))
    result = fast_run("log", "20-11-2026", "1u", "--worker", SANNE, "--worker", "Piet Jansen", "--employer", BAKKERIJ)
    assert result.code == 0, result.err
    _, employers = seeded.app.names()
    workers, _ = seeded.app.names()
    stored_pairs = sorted((workers[e.worker_id], employers[e.employer_id]) for e in seeded.app.entries())
    assert stored_pairs == [("Piet Jansen", "Groenvoorziening Oost"), (SANNE, BAKKERIJ)]


async def test_a_filled_in_employer_is_decided_again_for_another_day(seeded: Any, journal_path: Path) -> None:
    """The form fills in the bakery for yesterday; on today, when Sanne works for two, the
    save asks (the filled-in employer was the rulebook's answer for yesterday, not typed);
    two quick Enters do not answer the question."""
    seeded.app.add_employment(SANNE, "Groenvoorziening Oost", TODAY, Decimal(8))
    async with quick_form(journal_path) as (tui, pilot, form):
        await pilot.press("escape", "left", "n")  # yesterday
        await settle(pilot, tui)
        form.query_one("#f-worker").value = SANNE
        await settle(pilot, tui)
        assert form.query_one("#f-employer").value == BAKKERIJ  # yesterday: one employer
        await pilot.press("escape", "right", "n")  # back to today, the form as it was
        await settle(pilot, tui)
        assert form.day == TODAY and form.query_one("#f-employer").value == BAKKERIJ
        form.query_one("#f-duration").value = "1u"
        form.query_one("#f-worker").focus()
        await pilot.press("enter", "enter")
        await settle(pilot, tui)
        assert type(tui.screen).__name__ == "ChooseScreen"
        assert tui.coachlog.entries() == []


def test_a_timer_for_a_worker_with_two_employers_asks_at_stop_and_keeps_running(two_jobs: Any,
                                                                                 fast_run: Any) -> None:
    """Stopping asks which employer (the timer keeps running, nothing is lost); --employer
    answers. The command line offered only --discard before."""
    assert fast_run("timer", "start", "-w", SANNE).code == 0
    refused = fast_run("timer", "stop")
    assert refused.code == 1 and "works for Bakkerij Jansen and Groenvoorziening Oost" in refused.err
    assert "--employer: missing" in refused.err
    assert two_jobs.running_timer() is not None and everything(two_jobs) == []
    stopped = fast_run("timer", "stop", "--employer", "Groenvoorziening Oost")
    assert stopped.code == 0, stopped.err
    [entry] = everything(two_jobs)
    assert two_jobs.names()[1][entry.employer_id] == "Groenvoorziening Oost" and two_jobs.running_timer() is None


async def test_the_app_asks_which_employer_when_a_timer_stops(two_jobs: Any, journal_path: Path) -> None:
    async with quick_form(journal_path) as (tui, pilot, form):
        form.query_one("#f-worker").value = SANNE
        await pilot.press("escape", "s")  # start, from the table
        await settle(pilot, tui)
        assert tui.coachlog.running_timer() is not None
        await pilot.press("s")  # stop: two employers today
        await settle(pilot, tui)
        assert type(tui.screen).__name__ == "ChooseScreen"
        assert tui.coachlog.running_timer() is not None
        await pilot.press("down", "enter")
        await settle(pilot, tui)
        [entry] = tui.coachlog.entries()
        assert tui.coachlog.names()[1][entry.employer_id] == BAKKERIJ and tui.coachlog.running_timer() is None


def test_an_edit_follows_the_same_rulebook(seeded: Any) -> None:
    """Changing with whom takes the new default activity when the old one was a default;
    a worker changed re-decides the employer; an entry with nobody named for time with
    someone is refused, as when logging."""
    app = seeded.app
    app.add_worker("Piet Jansen")
    app.add_employment("Piet Jansen", "Groenvoorziening Oost", date(2026, 1, 1), Decimal(16))
    [entry] = app.log(EntryDraft(day=date(2026, 11, 20), minutes=30, workers=[SANNE]))
    edited = app.edit_entry(entry.id, {"with_whom": "employer"})
    assert (edited.with_whom, edited.activity, edited.billable) == ("employer", "manager", True)
    kept = app.edit_entry(entry.id, {"activity": "admin"})
    assert (kept.activity, kept.billable) == ("admin", False)
    assert app.edit_entry(entry.id, {"with_whom": "worker"}).activity == "admin"  # typed, so kept
    moved = app.edit_entry(entry.id, {"worker": "Piet Jansen"})
    assert app.names()[1][moved.employer_id] == "Groenvoorziening Oost"  # Piet's own, not Sanne's
    [alone] = app.log(EntryDraft(day=date(2026, 11, 20), minutes=30, with_whom="netwerk", employer=BAKKERIJ))
    with pytest.raises(InvalidInput, match="needs a worker or an employer"):
        app.edit_entry(alone.id, {"employer": None})
    assert app.entry(alone.id) == alone


async def test_the_edit_dialog_asks_the_same_questions(two_jobs: Any, journal_path: Path) -> None:
    """Moving Daan's entry to Sanne (two employers today) asks which; moving it before her
    employments asks whether that is right; each answer saves."""
    [entry] = two_jobs.log(EntryDraft(day=TODAY, minutes=30, workers=["Daan Bakker"]))
    async with quick_form(journal_path) as (tui, pilot, _form):
        await pilot.press("escape", "e")
        await settle(pilot, tui)
        tui.screen.query_one("#edit-worker").value = SANNE
        await pilot.press("ctrl+s")
        await settle(pilot, tui)
        assert type(tui.screen).__name__ == "ChooseScreen"
        await pilot.press("down", "down", "enter")
        await settle(pilot, tui)
        moved = tui.coachlog.entry(entry.id)
        assert tui.coachlog.names()[1][moved.employer_id] == "Groenvoorziening Oost"
        await pilot.press("e")
        await settle(pilot, tui)
        tui.screen.query_one("#edit-day").value = "02-02-2026"
        await pilot.press("ctrl+s")
        await settle(pilot, tui)
        assert type(tui.screen).__name__ == "ConfirmScreen"
        assert tui.coachlog.entry(entry.id).day == TODAY  # not before the answer
        await pilot.press("j")
        await settle(pilot, tui)
        assert tui.coachlog.entry(entry.id).day == date(2026, 2, 2)
