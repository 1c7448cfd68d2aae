"""Issue 13, the app's half: names, notes and goals full of markup and escape sequences
are shown literally on every main screen and in the edit and delete dialogs. Every frame
Textual hands to the terminal is read (App._display, as benchmarks/probes.py does): no
escape sequence of the data reaches it, no markup of the data becomes a link or an action,
and the app keeps running. Synthetic names only."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from coachlog.services import Coachlog, EntryDraft
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from tests.conftest import PASSPHRASE, TODAY
from tests.tui.conftest import make_app, settle, unlock

WORKER = "Piet [/] Slot [@click=app.quit]stop[/]"
EMPLOYER = "Bakkerij [link=https://example.org]Jansen[/link] [b]"
NOTE = "\x1b]0;gekaapt\x07 bezoek \x1b[2J \u202egnipmoc"
GOAL = "[@click=app.screenshot]Werkt[/] zelfstandig"


@pytest.fixture
def hostile_journal(journal_path: Path) -> Path:
    journal = Journal.create(journal_path, PASSPHRASE)
    app = Coachlog(Store(journal), today=lambda: TODAY)
    app.add_worker(WORKER)
    app.add_employer(EMPLOYER, contact="[red]06[/red]\x1b[31m")
    employment = app.add_employment(WORKER, EMPLOYER, date(2026, 3, 1), Decimal(24))
    app.add_funder("UWV [i]", "uwv-extern")
    grant = app.add_grant(employment.id, "UWV [i]", date(2026, 3, 1), regime="midden")
    app.add_goal(grant.id, GOAL)
    app.log(EntryDraft(day=TODAY, minutes=60, workers=[WORKER], note=NOTE))
    journal.close()
    return journal_path


def frames_of(app) -> list[str]:
    seen: list[str] = []
    original = app._display

    def display(screen, renderable):
        if renderable is not None and hasattr(renderable, "render_segments"):
            seen.append(renderable.render_segments(app.console))
        return original(screen, renderable)

    app._display = display
    return seen


def shown(frames: list[str]) -> str:
    """The frames' text without Textual's own cursor moves and colours (CSI ... m/H)."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", "".join(frames))


async def test_every_screen_shows_hostile_text_literally(hostile_journal: Path) -> None:
    app = make_app(hostile_journal)
    frames = frames_of(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        for key in ("f3", "o", "escape", "f4", "m", "f5", "f6", "f2"):
            await pilot.press(key)
            await settle(pilot, app)
            assert app.is_running, f"the app stopped after {key}"
        await pilot.press("e")  # the edit dialog on the entry with the hostile note
        await settle(pilot, app)
        assert type(app.screen).__name__ == "EditEntryScreen"
        assert app.screen.query_one("#edit-note").value == NOTE  # kept as it is, only shown as signs
        await pilot.press("escape")
        await settle(pilot, app)
        await pilot.press("d")  # the delete question quotes the worker
        await settle(pilot, app)
        await pilot.press("escape")
        await settle(pilot, app)
        assert app.is_running
    raw = "".join(frames)
    assert "\x1b]0;" not in raw  # no title change
    assert "\x1b]8;" not in raw  # no hyperlink from [link=...]
    assert "\x1b[2J" not in raw  # no wiped screen
    assert "\u202e" not in raw  # no reordered text
    text = shown(frames)
    assert "Piet [/] Slot [@click=app.quit]stop[/]" in text
    assert "[link=https://example.org]Jansen[/link]" in text
    assert "␛]0;gekaapt" in text and "␛[2J" in text
    assert "[@click=app.screenshot]Werkt[/]" in text
    assert not list(Path(hostile_journal).parent.rglob("*.svg"))  # no screenshot written


async def test_a_notification_quoting_data_is_plain_text(hostile_journal: Path) -> None:
    app = make_app(hostile_journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot, app)
        app.notify(f"Gelogd: {WORKER} {NOTE}")
        await pilot.pause()
        message = list(app._notifications)[-1]
        assert message.markup is False
        assert "\x1b" not in message.message and WORKER in message.message
