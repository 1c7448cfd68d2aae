"""The app's main flows, driven with Pilot on a real encrypted journal."""

from __future__ import annotations

import gc
import re
import weakref
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from coachlog.services import Coachlog
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from coachlog.tui.widgets.table import TextTable
from tests.conftest import PASSPHRASE, TODAY
from tests.tui.conftest import make_app, settle, unlock


def journal_entries(path: Path):
    with Journal.open(path, PASSPHRASE) as journal:
        app = Coachlog(Store(journal), today=lambda: TODAY)
        workers, employers = app.names()
        return [(e.day, e.minutes, workers.get(e.worker_id), employers.get(e.employer_id), e.note, e.with_whom)
                for e in app.entries()]


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def table_rows(app) -> list[list[str]]:
    return app.screen.query_one("#entries", TextTable).plain_rows()


async def test_a_wrong_passphrase_then_the_right_one(filled_journal: Path):
    before = filled_journal.read_bytes()
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app, "verkeerd")
        assert "Verkeerde wachtzin" in text_of(app, "#unlock-status")
        assert "nog 2 poging" in text_of(app, "#unlock-status")
        assert filled_journal.read_bytes() == before
        await unlock(pilot, app)
        assert type(app.screen).__name__ == "TodayScreen"
        rows = table_rows(app)
        assert [row[3] for row in rows] == ["Sanne de Vries", "Sanne de Vries"]
        assert "maandag 23-11-2026" in text_of(app, "#day-title")


async def test_the_unlock_worker_brings_the_day_so_today_paints_it_at_once(filled_journal: Path, monkeypatch):
    """Unlocking reads today's entries beside the key derivation: Today shows them in its
    first paint, without a second trip to the journal; the signals follow after it."""
    from coachlog.tui.screens.today import TodayScreen

    loads: list[object] = []
    original = TodayScreen.load_day
    monkeypatch.setattr(TodayScreen, "load_day", lambda self: (loads.append(self.day), original(self))[1])
    seen_on_resume: list[list[list[str]]] = []
    resumed = TodayScreen._on_screen_resume

    def on_resume(self, *args):
        seen_on_resume.append(self.query_one("#entries", TextTable).plain_rows())
        return resumed(self, *args)

    monkeypatch.setattr(TodayScreen, "_on_screen_resume", on_resume)
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        assert type(app.screen).__name__ == "TodayScreen"
        assert loads == []  # no second load of the first day
        # On the way to the screen, before its first paint, the rows were already there.
        assert [row[3] for row in seen_on_resume[0]] == ["Sanne de Vries", "Sanne de Vries"]
        assert app.screen.query("#signals Static")  # the signals came after
        await pilot.press("right")
        await settle(pilot, app)
        assert loads == [TODAY + timedelta(days=1)]


async def test_three_wrong_passphrases_stop_the_app(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(3):
            await unlock(pilot, app, "verkeerd")
    assert app.return_code == 2


async def test_a_new_journal_asks_the_passphrase_twice(journal_path: Path):
    app = make_app(journal_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*"kort", "enter")  # too short: said at once, shown as dots, never kept
        await settle(pilot, app)
        status = text_of(app, "#unlock-status")
        assert "wachtzin: '(verborgen)' wordt niet geaccepteerd; een nieuwe wachtzin heeft minstens 12 tekens" in status
        assert "kort" not in status and not journal_path.exists()
        assert app.screen.focused is app.screen.query_one("#passphrase")
        app.screen.query_one("#passphrase").value = ""
        await pilot.press(*"eerste woorden", "enter", *"andere woorden", "enter")
        await settle(pilot, app)
        assert "verschillen" in text_of(app, "#unlock-status")
        assert not journal_path.exists()
        await pilot.press(*"goede wachtzin", "enter", *"goede wachtzin", "enter")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "TodayScreen"
    assert journal_path.exists()
    with Journal.open(journal_path, "goede wachtzin"):
        pass


async def test_log_a_visit_with_the_quick_form_in_about_ten_keys(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        keys = ["n", "D", "a", "a", "right", "tab", "1", "u", "enter"]
        await pilot.press(*keys)
        await settle(pilot, app)
        assert len(keys) <= 10
        assert [row[3] for row in table_rows(app)].count("Daan Bakker") == 1
    logged = [e for e in journal_entries(filled_journal) if e[2] == "Daan Bakker" and e[0] == TODAY]
    assert logged == [(TODAY, 60, "Daan Bakker", "Groenvoorziening Oost", "", "worker")]


async def test_invalid_input_is_marked_and_nothing_is_saved(filled_journal: Path):
    before = journal_entries(filled_journal)
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("n", *"Sanne de Vries", "tab", *"anderhalf", "enter")
        await settle(pilot, app)
        assert app.screen.query_one("#f-duration", Input).has_class("-refused")
        await pilot.press("ctrl+a", *"25u", "enter")  # 25 hours: the service refuses
        await settle(pilot, app)
        assert app.screen.query_one("#f-duration", Input).has_class("-refused")
    assert journal_entries(filled_journal) == before


async def test_edit_an_entry(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        duration = app.screen.query_one("#edit-duration", Input)
        duration.value = "2:00"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "TodayScreen"
        assert table_rows(app)[0][2] == "2:00"
    assert sorted(e[1] for e in journal_entries(filled_journal) if e[0] == TODAY) == [30, 120]


async def test_an_edit_the_journal_refuses_keeps_the_form_open(filled_journal: Path):
    before = journal_entries(filled_journal)
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#edit-duration", Input).value = "23:59"  # the day would hold over 24 h
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "EditEntryScreen"
        assert "24:00" in str(app.screen.query_one("#edit-error", Static).render())
    assert journal_entries(filled_journal) == before


async def test_delete_asks_first_and_undo_brings_it_back(filled_journal: Path):
    before = journal_entries(filled_journal)
    app = make_app(filled_journal)
    told: list[str] = []
    original = app.notify
    app.notify = lambda message, **options: (told.append(message), original(message, **options))  # type: ignore
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("d")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmScreen"
        await pilot.press("escape")  # no
        await settle(pilot, app)
        assert len(table_rows(app)) == 2
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("j")  # ja
        await settle(pilot, app)
        assert len(table_rows(app)) == 1
        await pilot.press("u")
        await settle(pilot, app)
        assert len(table_rows(app)) == 2
        # Undo says what it undid in the coach's language (issue 15, point 7).
        undone = [message for message in told if message.startswith("Ongedaan gemaakt: ")]
        assert len(undone) == 1 and re.fullmatch(r"Ongedaan gemaakt: regel \d+ verwijderd", undone[0]), told
    assert journal_entries(filled_journal) == before


async def test_move_between_days_and_jump_to_a_date(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("left")
        await settle(pilot, app)
        assert "zondag 22-11-2026" in text_of(app, "#day-title")
        assert table_rows(app)[0][3] == "Nog niets gelogd op deze dag."
        await pilot.press("g", *"20-11-2026", "enter")
        await settle(pilot, app)
        assert "vrijdag 20-11-2026" in text_of(app, "#day-title")
        assert table_rows(app)[0][3] == "Daan Bakker"
        await pilot.press("t")
        await settle(pilot, app)
        assert "23-11-2026" in text_of(app, "#day-title")


async def test_a_timer_survives_a_restart(filled_journal: Path):
    clock = {"now": datetime(2026, 11, 23, 13, 0)}
    app = make_app(filled_journal)
    app.now = lambda: clock["now"]
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("n", *"Daan Bakker", "escape", "s")
        await settle(pilot, app)
        assert "sinds 13:00" in text_of(app, "#timer")
    clock["now"] += timedelta(minutes=45)
    again = make_app(filled_journal)
    again.now = lambda: clock["now"]
    async with again.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, again)
        assert "Daan Bakker sinds 13:00 (0:45)" in text_of(again, "#timer")
        await pilot.press("s")
        await settle(pilot, again)
        assert text_of(again, "#timer") == ""
    assert (TODAY, 45, "Daan Bakker", "Groenvoorziening Oost", "", "worker") in journal_entries(filled_journal)


async def test_theme_and_language_are_remembered(filled_journal: Path, coachlog_home: Path):
    config = coachlog_home / "config.toml"
    app = make_app(filled_journal, config_path=config, language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        assert "Monday 23-11-2026" in text_of(app, "#day-title")
        app.theme = "coachlog-high-contrast"
        app.set_language("nl")
        await settle(pilot, app)
        assert "maandag 23-11-2026" in text_of(app, "#day-title")
    text = config.read_text(encoding="utf-8")
    assert 'theme = "coachlog-high-contrast"' in text and 'language = "nl"' in text
    reopened = make_app(filled_journal, config_path=config, theme="coachlog-high-contrast")
    async with reopened.run_test(size=(120, 40)):
        assert reopened.theme == "coachlog-high-contrast"


async def test_a_broken_theme_file_falls_back_with_one_notice(filled_journal: Path, tmp_path: Path, monkeypatch):
    from coachlog.tui import themes

    folder = tmp_path / "themes"
    folder.mkdir()
    for source in themes.themes_dir().glob("*.toml"):
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "coachlog-kapot.toml").write_text('name = "coachlog-kapot"\nprimary = "geen-kleur"\n', encoding="utf-8")
    monkeypatch.setattr(themes, "themes_dir", lambda: folder)
    seen = []
    app = make_app(filled_journal, theme="coachlog-kapot")
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await pilot.pause()
        assert app.theme == "coachlog-dark"
    notices = [m for m in seen if type(m).__name__ == "Notify"]
    assert len(notices) == 1
    message = str(notices[0].notification.message)
    assert "coachlog-kapot.toml" in message and "standaardthema" in message


async def test_help_screen_lists_the_keys(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = str(app.screen.query_one("#help-text", Static).render())
        assert "snel loggen" in help_text and "Ctrl+P" in help_text


async def test_the_app_locks_when_idle_and_drops_the_journal(filled_journal: Path):
    clock = {"t": 1000.0}
    app = make_app(filled_journal, lock_minutes=10, clock=lambda: clock["t"])
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        journal = app.journal
        # The session's objects are out of the full collections' way (gc.freeze) while unlocked.
        assert gc.get_freeze_count() > 0
        today = weakref.ref(app.screen)
        clock["t"] += 9 * 60
        app.lock_if_idle()
        assert type(app.screen).__name__ == "TodayScreen"  # 9 idle minutes: still open
        await pilot.press("e")  # a modal with client data on top
        await pilot.pause()
        clock["t"] += 11 * 60
        gc.disable()  # only the lock's own collection may free the screens below
        try:
            app.lock_if_idle()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert today() is None  # the screen that showed client data is freed by the lock
        finally:
            gc.enable()
        assert type(app.screen).__name__ == "UnlockScreen"
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "UnlockScreen"]  # nothing underneath
        assert app.journal is None and app.coachlog is None
        assert journal._closed
        visible = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "Sanne" not in visible and "Vergrendeld na 10 minuten" in visible
        assert gc.get_freeze_count() == 0  # ... and given back by the lock
        app._freeze_survivors()  # as if the unlock's late callback came after the lock
        assert gc.get_freeze_count() == 0
        await unlock(pilot, app)
        assert type(app.screen).__name__ == "TodayScreen"
        assert [row[3] for row in table_rows(app)] == ["Sanne de Vries", "Sanne de Vries"]
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0  # exiting gives everything back too


@pytest.mark.parametrize("key", ["f3", "f4", "f5", "f6"])
async def test_the_lock_frees_every_screen_that_showed_client_data(filled_journal: Path, key: str) -> None:
    """Each main screen, visited and left (Today) or on screen at the lock, is freed by the
    lock's collections. The Rapportages screen was not: Textual's thread workers leave the
    last worker, and so its screen, in the context of the thread that ran it."""
    clock = {"t": 1000.0}
    app = make_app(filled_journal, lock_minutes=10, clock=lambda: clock["t"])
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        today = weakref.ref(app.screen)
        await pilot.press(key)
        await settle(pilot, app)
        shown = weakref.ref(app.screen)
        assert type(app.screen).__name__ != "TodayScreen"
        clock["t"] += 11 * 60
        gc.disable()  # only the lock's own collections may free them
        try:
            app.lock_if_idle()
            for _ in range(40):  # the lock collects for up to 3 s
                await pilot.pause(0.1)
                if shown() is None and today() is None:
                    break
            assert shown() is None and today() is None
        finally:
            gc.enable()


async def test_the_demo_fills_a_throwaway_journal_and_shows_its_passphrase(journal_path: Path):
    from coachlog.cli.app import DEMO_PASSPHRASE, _demo_fill

    app = make_app(journal_path, demo_passphrase=DEMO_PASSPHRASE, demo_fill=_demo_fill)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert f"Wachtzin: {DEMO_PASSPHRASE}" in text_of(app, "#unlock-demo")
        await pilot.press(*DEMO_PASSPHRASE, "enter", *DEMO_PASSPHRASE, "enter")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "TodayScreen"
        assert len(table_rows(app)) >= 2  # a demo Monday has visits
        assert app.coachlog.list_workers()
