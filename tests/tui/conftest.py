"""Fixtures for driving the app with Textual's Pilot: a journal filled beforehand with
synthetic people, and a helper that unlocks it by typing the passphrase."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
import textual._wait
from textual import events
from textual.worker import WorkerCancelled

from coachlog.services import Coachlog, EntryDraft
from coachlog.store.repository import Store
from coachlog.tui.app import CoachlogApp
from tests.conftest import PASSPHRASE, TODAY, new_journal

NOW = datetime(2026, 11, 23, 10, 0)

# Textual's Pilot waits after every key (and in every pause) until the process looks
# idle: it sleeps in slices and stops at the first slice in which the process used under
# 5 % of it in CPU time. With its 20 ms slices each key costs at least 40 ms of sleep,
# most of a Pilot test's time (~3,000 keys in tests/tui). 5 ms slices with the same 5 %
# ask the same question four times as often; what a test waits for (messages processed:
# Pilot's _wait_for_screen; thread workers: settle) is unchanged.
IDLE_SLICE = 0.005


@pytest.fixture(autouse=True)
def brisk_idle_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textual._wait, "SLEEP_GRANULARITY", IDLE_SLICE)
    monkeypatch.setattr(textual._wait, "SLEEP_IDLE", IDLE_SLICE / 20)


@pytest.fixture
def filled_journal(journal_path: Path) -> Path:
    """Sanne (24 h, UWV midden) and Daan (20 h, gemeente); a few entries around today."""
    journal = new_journal(journal_path)
    app = Coachlog(Store(journal), today=lambda: TODAY)
    app.add_worker("Sanne de Vries")
    app.add_worker("Daan Bakker")
    app.add_employer("Bakkerij Jansen")
    app.add_employer("Groenvoorziening Oost")
    sanne = app.add_employment("Sanne de Vries", "Bakkerij Jansen", date(2026, 3, 1), Decimal(24))
    daan = app.add_employment("Daan Bakker", "Groenvoorziening Oost", date(2026, 5, 18), Decimal(20))
    app.add_funder("UWV", "uwv-extern")
    app.add_funder("Gemeente Voorbeeldstad", "gemeente")
    app.set_tariff("UWV", date(2026, 1, 1), Decimal("74.78"))
    grant = app.add_grant(sanne.id, "UWV", date(2026, 3, 1), regime="midden")
    app.add_grant(daan.id, "Gemeente Voorbeeldstad", date(2026, 5, 18), regime="intensief")
    app.add_goal(grant.id, "Werkt zelfstandig de ochtendploeg af")
    app.add_measurement("Sanne de Vries", date(2026, 9, 1), 5, expected_step=6, horizon=date(2027, 9, 1))
    app.log(EntryDraft(day=TODAY, minutes=90, workers=["Sanne de Vries"], start=time(9, 0), note="Werkplek bezocht"))
    app.log(EntryDraft(day=TODAY, minutes=30, workers=["Sanne de Vries"], with_whom="employer", activity="manager",
                       mode="phone", note="Gesprek met leidinggevende"))
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=["Daan Bakker"], note="Inwerken"))
    journal.close()
    return journal_path


LONG_WORKER = "Annemarie van den Heuvel-Bakker de Wit"
LONG_EMPLOYER = "Groothandel in Sanitair en Tegels Noord-Holland B.V."


@pytest.fixture
def long_names_journal(journal_path: Path) -> Path:
    """A worker and an employer with long (synthetic) names, and a long note: for the
    layout at 80 and 120 columns."""
    journal = new_journal(journal_path)
    app = Coachlog(Store(journal), today=lambda: TODAY)
    app.add_worker(LONG_WORKER)
    app.add_employer(LONG_EMPLOYER)
    app.add_employment(LONG_WORKER, LONG_EMPLOYER, date(2026, 3, 1), Decimal(24))
    app.log(EntryDraft(day=TODAY, minutes=90, workers=[LONG_WORKER], start=time(9, 0),
                       note="Werkplek bezocht en het rooster voor december doorgenomen met de ploegleider"))
    app.log(EntryDraft(day=TODAY, minutes=30, workers=[LONG_WORKER], with_whom="employer", activity="manager",
                       mode="phone", note="Gesprek met leidinggevende over de inwerkperiode"))
    journal.close()
    return journal_path


def make_app(path: Path, **options) -> CoachlogApp:
    options.setdefault("language", "nl")
    return CoachlogApp(path, today=lambda: TODAY, now=lambda: NOW, **options)


async def settle(pilot, app: CoachlogApp) -> None:
    """Let thread workers finish and the screen catch up."""
    for _ in range(3):
        await workers_done(app)
        await pilot.pause()


async def workers_done(app: CoachlogApp) -> None:
    """Wait for the app's workers. An exclusive worker (a screen's reload) that a newer
    one replaced ends cancelled, and Textual's wait then raises WorkerCancelled although
    nothing failed; the newer one is waited for instead. (With Pilot's shorter idle
    waits a key can come while the worker it started still runs.)"""
    for _ in range(500):  # a cancelled thread worker leaves when its thread ends
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            await asyncio.sleep(0.01)
    await app.workers.wait_for_complete()


async def paste(pilot, text: str) -> None:
    """Paste ``text`` into the focused field as a terminal delivers a paste: one event,
    not a key press per character (each costs a Pilot test some 30 ms). For long text
    whose typing is not what a test checks (a report's path)."""
    event = events.Paste(text)
    event.set_sender(pilot.app)  # as Pilot's own key presses do (App._press_keys)
    pilot.app._driver.send_message(event)
    await pilot.pause()


async def unlock(pilot, app: CoachlogApp, passphrase: str = PASSPHRASE) -> None:
    """The passphrase pasted (typing its 28 keys cost every app test ~0.8 s; a new journal's
    passphrase is typed key by key in tests/tui/test_app.py), then Enter."""
    await paste(pilot, passphrase)
    await pilot.press("enter")
    await settle(pilot, app)
