"""Today screen details a coach notices: where the cursor stands after a change, what a
refusal says in the app's language, what the timer tells it records, the palette."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from textual.app import SystemCommand
from textual.notifications import Notify
from textual.widgets import Input

from coachlog.tui.widgets.table import TextTable
from tests.tui.conftest import make_app, settle, unlock
from tests.tui.test_app import journal_entries, table_rows


def notes(seen: list) -> list[str]:
    return [m.notification.message for m in seen if isinstance(m, Notify)]


def cursor_entry(app) -> str:
    table = app.screen.query_one("#entries", TextTable)
    return table.plain_rows()[table.cursor_row][0]


async def test_after_logging_the_cursor_is_on_the_new_entry_so_e_edits_that_one(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("n", *"Daan Bakker", "tab", *"45m", "enter")
        await settle(pilot, app)
        rows = table_rows(app)
        new_id = [row[0] for row in rows if row[3] == "Daan Bakker"][0]
        assert rows[-1][0] == new_id  # not the first row: the cursor must move
        assert cursor_entry(app) == new_id
        await pilot.press("escape", "e")
        await pilot.pause()
        assert app.screen.query_one("#edit-duration", Input).value == "0:45"


async def test_after_an_edit_the_cursor_stays_on_the_edited_entry(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("down")  # the second entry
        second = cursor_entry(app)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#edit-duration", Input).value = "0:40"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert cursor_entry(app) == second
        assert table_rows(app)[1][2] == "0:40"


async def test_after_a_delete_the_cursor_goes_to_the_next_entry_and_undo_restores(filled_journal: Path):
    before = journal_entries(filled_journal)
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        first, second = (row[0] for row in table_rows(app))
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("j")  # ja
        await settle(pilot, app)
        assert [row[0] for row in table_rows(app)] == [second]
        assert cursor_entry(app) == second
        await pilot.press("u")
        await settle(pilot, app)
        assert [row[0] for row in table_rows(app)] == [first, second]
    assert journal_entries(filled_journal) == before


@pytest.mark.parametrize(("language", "says"), [
    ("nl", "Niet opgeslagen: duur: '25:00' wordt niet geaccepteerd; geef een duur"),
    ("en", "Not saved: duration: '25:00' is not accepted; give a duration"),
])
async def test_a_refusal_in_the_quick_form_reads_in_the_apps_language_and_saves_nothing(
        filled_journal: Path, language: str, says: str):
    before = journal_entries(filled_journal)
    seen: list = []
    app = make_app(filled_journal, language=language)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await unlock(pilot, app)
        await pilot.press("n", *"Sanne de Vries", "tab", *"25u", "enter")
        await settle(pilot, app)
        # Said under the fields, the field marked: not in a notification over the form (issue 15, point 5).
        error = app.screen.query_one("#form-error")
        assert str(error.render()).startswith(says) and error.region.height >= 1
        assert app.screen.query_one("#f-duration").has_class("-refused") and app.focused.id == "f-duration"
        assert not any(note.startswith(says) for note in notes(seen)), notes(seen)
        await pilot.press("backspace")  # correcting the field takes the refusal away
        await settle(pilot, app)
        assert not error.region.height and not app.screen.query_one("#f-duration").has_class("-refused")
    assert journal_entries(filled_journal) == before


async def test_a_timer_started_with_an_empty_form_says_it_records_indirect_time(filled_journal: Path):
    seen: list = []
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await unlock(pilot, app)
        await pilot.press("s")
        await settle(pilot, app)
        assert any("indirecte tijd" in note and "vul eerst Werknemer in" in note for note in notes(seen)), notes(seen)
        await pilot.press("n", *"Daan Bakker", "escape", "s", "s")  # stop, then start for Daan
        await settle(pilot, app)
        assert any(note.startswith("Timer gestart om 10:00: Daan Bakker, ") for note in notes(seen)), notes(seen)


async def test_the_palette_speaks_dutch_and_offers_no_plaintext_screenshot(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert {"Thema", "Stop", "Toetsen", "Werknemers", "English"} <= set(titles)
        assert not {"Theme", "Quit", "Screenshot"} & set(titles)
        assert all(isinstance(command, SystemCommand) for command in app.get_system_commands(app.screen))


async def test_textuals_own_texts_speak_dutch_too(filled_journal: Path):
    """Issue 15, point 7: the palette's placeholder and its "no matches", the theme search
    and the Ctrl+C hint are Textual's texts; in Dutch they are Dutch."""
    from textual.command import CommandInput, CommandList

    app = make_app(filled_journal)
    seen: list[tuple[str, str]] = []
    original = app.notify

    def notify(message: str, **options) -> None:
        seen.append((message, options.get("title", "")))
        original(message, **options)

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        await pilot.press("ctrl+c")
        assert ("Druk op ctrl+q om coachlog te sluiten", "Wil je stoppen?") in seen
        await pilot.press("ctrl+p")
        await settle(pilot, app)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een opdracht…"
        await pilot.press(*"qqxq")
        await pilot.pause(0.8)  # the palette waits half a second before it says so
        prompts = [str(option.prompt.renderable) for option in app.screen.query_one(CommandList).options]
        assert prompts == ["Niets gevonden"], prompts
        await pilot.press("escape")
        app.search_themes()
        await settle(pilot, app)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een thema…"


def test_a_date_typed_as_duration_is_explained_not_read_as_a_time_span():
    from coachlog import i18n
    from coachlog.errors import InvalidInput
    from coachlog.tui.screens.today import parse_span

    i18n.set_language("nl")
    try:
        parse_span("31-9")
    except InvalidInput as error:
        assert error.field == "duration"
        assert str(error) == ("duur: '31-9' wordt niet geaccepteerd; een tijdvak is begin-eind, zoals 9:00-10:30; "
                              "de regel komt op de dag hierboven (andere dag: g of de pijltjes)")
    else:
        raise AssertionError("31-9 was taken as a time span")
    assert parse_span("9:00-10:30")[1:] == (time(9, 0), time(10, 30))


async def test_the_quick_log_form_comes_after_the_first_paint_with_the_suggestions(filled_journal: Path):
    """The form's fields are mounted right after the day is painted; they know the
    day's workers and employers, and n or s before they are there mount them at once."""
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, app)
        screen = app.screen
        assert screen.form_ready
        worker = screen.query_one("#f-worker", Input)
        assert await worker.suggester.get_suggestion("sann") == "Sanne de Vries"
        assert await screen.query_one("#f-employer", Input).suggester.get_suggestion("groen") == "Groenvoorziening Oost"
        assert [i.id for i in screen.query("#quick-log Input")] == [
            "f-worker", "f-duration", "f-with", "f-activity", "f-employer", "f-note"]
        # As if n came before the form was mounted: n mounts it and goes to the worker field.
        await screen.query_one("#quick-log").remove_children()
        screen.form_ready = False
        await pilot.press("n")
        await pilot.pause()
        assert screen.form_ready and app.focused is screen.query_one("#f-worker", Input)
        await pilot.press(*"Daan Bakker", "tab", *"25m", "enter")
        await settle(pilot, app)
        assert any(row[3] == "Daan Bakker" and row[2] == "0:25" for row in table_rows(app))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_long_names_are_cut_so_every_column_of_the_day_stays_in_view(long_names_journal: Path, size):
    """Issue 15, points 3 and 5: at 80x24 time, duration, worker, employer, with-whom and
    activity all show (names cut with …, no column dropped); at 120 the note has room."""
    from coachlog.tui.widgets.table import TextTable
    from tests.tui.conftest import LONG_EMPLOYER, LONG_WORKER

    app = make_app(long_names_journal)
    async with app.run_test(size=size) as pilot:
        await unlock(pilot, app)
        await pilot.pause(0.2)
        await settle(pilot, app)
        table = app.screen.query_one("#entries", TextTable)
        width = table.scrollable_content_region.width
        header, first = table._header.plain, table._lines[0].plain
        assert len(header) <= width and len(first) <= width  # nothing scrolled out of view
        cells = first.split("  ")
        assert any(cell.strip().endswith("…") and LONG_WORKER.startswith(cell.strip()[:-1]) for cell in cells), first
        assert any(cell.strip().endswith("…") and LONG_EMPLOYER.startswith(cell.strip()[:-1]) for cell in cells), first
        assert first.split()[1:3] == ["09:00", "1:30"]
        assert table.plain_rows()[0][3] == LONG_WORKER  # the data is whole; only its drawing is cut
        if size[0] >= 120:
            note = first.rstrip().rsplit("  ", 1)[-1]
            assert len(note) >= 12, first  # the note has room
        await pilot.press("left")  # a day without entries: its message must not push columns away either
        await settle(pilot, app)
        assert "Werkgever"[:5] in table._header.plain and len(table._header.plain) <= width


async def test_at_80_columns_every_main_screen_keeps_quit_in_its_footer(filled_journal: Path):
    """Issue 15, point 5: the footer cannot show every key at 80 columns; Quit is the one it keeps."""
    from textual.widgets._footer import FooterKey

    app = make_app(filled_journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, app)
        for key in ("f2", "f3", "f4", "f5", "f6"):
            await pilot.press(key)
            await settle(pilot, app)
            keys = list(app.screen.query(FooterKey))
            shown = [k for k in keys if k.region.width and k.region.right <= 80]
            assert shown and shown[0].key == "ctrl+q" and shown[0].description == "Stop", (key, [k.key for k in shown])
            if key == "f2":  # and the quick form's placeholders read whole
                for field in app.screen.query("#quick-log Input"):
                    assert len(field.placeholder) <= field.content_region.width, (field.id, field.placeholder)


@pytest.mark.parametrize("gap", [0.001, 0.03])
async def test_keys_typed_fast_after_n_land_in_the_fields_in_order(filled_journal: Path, gap: float):
    """Issue 15, point 2: a coach types ahead. Keys 1 or 30 ms apart after n go to the worker
    field, Tab moves on at once, the rest goes to the duration; none reaches the day table
    (whose e, d and u would edit, delete or undo)."""
    import asyncio

    from textual import events

    before = journal_entries(filled_journal)
    app = make_app(filled_journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, app)
        for key in ["n", *"Daan", "tab", *"1u15", "tab", *"werkgever", "shift+tab", "shift+tab"]:
            app.post_message(events.Key(key, None if "tab" in key else key))
            await asyncio.sleep(gap)
        await settle(pilot, app)
        values = {field.id: field.value for field in app.screen.query("#quick-log Input")}
        assert (values["f-worker"], values["f-duration"], values["f-with"]) == ("Daan", "1u15", "werkgever"), values
        assert app.focused.id == "f-worker"  # Shift+Tab went back in the same order
        assert type(app.screen).__name__ == "TodayScreen"  # no dialog opened by a key meant for the form
    assert journal_entries(filled_journal) == before
