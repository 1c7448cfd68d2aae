"""Workers (F3) and Trajectory (F4), driven with Pilot on a real encrypted journal."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList

from coachlog.services import Coachlog, EntryDraft
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from coachlog.tui.widgets.table import TextTable
from tests.conftest import PASSPHRASE, TODAY
from tests.tui.conftest import make_app, settle, unlock


@pytest.fixture
def trajectory_journal(filled_journal: Path) -> Path:
    """The filled journal plus history: earlier months, a reached goal, a ladder climb,
    Daan over budget in October, and Mila, who has no employment yet."""
    with Journal.open(filled_journal, PASSPHRASE) as journal:
        app = Coachlog(Store(journal), today=lambda: TODAY)
        app.add_worker("Mila Jansen")
        app.add_measurement("Sanne de Vries", date(2026, 3, 2), 4, expected_step=6, horizon=date(2027, 9, 1))
        grant = app.list_grants("Sanne de Vries")[0]
        goal = app.add_goal(grant.id, "Leert de kassa bedienen", period_no=1)
        app.edit_goal(goal.id, status="reached")
        app.log(EntryDraft(day=date(2026, 6, 10), minutes=120, workers=["Sanne de Vries"], start=time(9, 0)))
        app.log(EntryDraft(day=date(2026, 9, 3), minutes=180, workers=["Sanne de Vries"], with_whom="employer",
                           activity="manager", start=time(9, 0)))
        for day in (date(2026, 10, 5), date(2026, 10, 6)):
            app.log(EntryDraft(day=day, minutes=420, workers=["Daan Bakker"], start=time(8, 0)))
    return filled_journal


def table(app, selector: str) -> list[list[str]]:
    found = app.screen.query_one(selector)
    if isinstance(found, TextTable):
        return found.plain_rows()
    assert isinstance(found, DataTable)
    return [[str(cell) for cell in found.get_row_at(i)] for i in range(found.row_count)]


def text(app, selector: str) -> str:
    widget = app.screen.query_one(selector)
    return str(widget.render())


async def open_screen(pilot, app, key: str) -> None:
    await unlock(pilot, app)
    await pilot.press(key)
    await settle(pilot, app)


async def test_the_list_shows_hours_against_budget_ladder_and_signals(trajectory_journal: Path):
    app = make_app(trajectory_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f3")
        assert type(app.screen).__name__ == "WorkersScreen"
        assert "november 2026" in text(app, "#workers-title")
        rows = {row[0]: row for row in table(app, "#workers-table")}
        assert set(rows) == {"Daan Bakker", "Mila Jansen", "Sanne de Vries"}
        # 24 h a week, midden, year 1: 24 x 52/12 x 10% = 10,40; 1u30 + 0u30 this month.
        assert rows["Sanne de Vries"][1] == "2,00 / 10,40"
        assert rows["Sanne de Vries"][2] == "trede 5"
        assert rows["Sanne de Vries"][4] == "Bakkerij Jansen"
        assert rows["Sanne de Vries"][5] == "UWV · midden"
        # 20 h a week, intensief: 20 x 52/12 x 15% = 13,00.
        assert rows["Daan Bakker"][1] == "1,00 / 13,00"
        assert rows["Daan Bakker"][2] == "–"
        assert rows["Daan Bakker"][5] == "Gemeente Voorbeeldstad · intensief"
        assert rows["Mila Jansen"][1] == "0,00 / geen budget"
        assert rows["Mila Jansen"][4] == "geen dienstverband"
        # Signals: the same as Today's, counted per worker; warnings (!) apart from notices (i).
        status = app.insights.status()
        signals = [w.worker for w in status]
        for name, row in rows.items():
            warnings = sum(1 for w in status if w.worker == name and w.severity == "warning")
            notices = sum(1 for w in status if w.worker == name and w.severity != "warning")
            expected = " ".join(([f"{warnings} !"] if warnings else []) + ([f"{notices} i"] if notices else []))
            assert row[3] == (expected or "0")
        assert signals.count("Daan Bakker") >= 1  # over budget in October, no ladder yet
        # The highlighted worker in full below the table, with the signals' text.
        assert rows["Daan Bakker"] == table(app, "#workers-table")[0]
        selected = text(app, "#workers-selected")
        assert "Daan Bakker · Groenvoorziening Oost · Gemeente Voorbeeldstad · intensief" in selected
        assert "! Daan Bakker: 10-2026 14,00 u besteed, budget 13,00 u" in selected
        await pilot.press("down")
        await pilot.pause()
        assert "Mila Jansen · geen dienstverband · geen lopende toekenning" in text(app, "#workers-selected")


async def test_enter_opens_the_detail_with_ladder_chart_goals_and_entries(trajectory_journal: Path):
    app = make_app(trajectory_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f3")
        names = [row[0] for row in table(app, "#workers-table")]
        for _ in range(names.index("Sanne de Vries")):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "WorkerDetailScreen"
        assert "Sanne de Vries" in text(app, "#detail-title")
        employments = text(app, "#detail-employments")
        assert "Bakkerij Jansen: contract, sinds 01-03-2026" in employments
        assert "24,00 uur per week vanaf 01-03-2026" in employments
        grants = text(app, "#detail-grants")
        assert "UWV, midden, vanaf 01-03-2026: 6 perioden van 6 maanden" in grants
        assert "bevestigd" in grants
        # Period 1: 6 months of 10,40; 2u spent in June. Period 2 (now): 3u + 2u.
        assert "01-03-2026  31-08-2026   62,40     2,00      60,40" in grants
        assert "01-09-2026  28-02-2027   62,40     5,00      57,40  ◂ nu" in grants
        goals = text(app, "#detail-goals")
        assert "Werkt zelfstandig de ochtendploeg af — open" in goals
        assert "Leert de kassa bedienen — behaald" in goals
        ladder = text(app, "#detail-ladder").splitlines()
        assert ladder[0].startswith("02-03-2026  ██ ██ ██ ██ ░░ ░░  trede 4 Onbetaald werk")
        assert "→ verwacht trede 6 per 01-09-2027" in ladder[0]
        assert ladder[1].startswith("01-09-2026  ██ ██ ██ ██ ██ ░░  trede 5 Betaald werk met ondersteuning")
        entries = table(app, "#detail-entries")
        assert [row[0] for row in entries] == ["23-11-2026", "23-11-2026", "03-09-2026", "10-06-2026"]
        assert "Gesprek met leidinggevende" in [row[3] for row in entries]
        await pilot.press("escape")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "WorkersScreen"
        await pilot.press("o")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "WorkerDetailScreen"
        await pilot.press("backspace")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "WorkersScreen"


async def test_brackets_in_the_detail_go_through_the_workers_of_the_list(trajectory_journal: Path):
    """] and [ show the next and previous worker of the list in the same screen; back on
    the list, the cursor is on the worker shown last."""
    app = make_app(trajectory_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f3")
        names = [row[0] for row in table(app, "#workers-table")]
        assert len(names) >= 3
        await pilot.press("o")
        await settle(pilot, app)
        detail = app.screen
        assert names[0] in text(app, "#detail-title")
        seen = []
        for _ in range(len(names)):
            await pilot.press("right_square_bracket")
            await settle(pilot, app)
            assert app.screen is detail  # the same screen, not a new one per worker
            seen.append(detail.worker_name)
            assert detail.worker_name in text(app, "#detail-title")
            employments = text(app, "#detail-employments")  # the data of this worker, not the last
            assert ("Bakkerij Jansen: contract, sinds 01-03-2026" in employments) == (
                detail.worker_name == "Sanne de Vries")
            assert ("Geen dienstverbanden." in employments) == (detail.worker_name == "Mila Jansen")
        assert seen == names[1:] + names[:1]  # round the list, back at the first
        await pilot.press("left_square_bracket")
        await settle(pilot, app)
        assert detail.worker_name == names[-1]
        # Quick presses: only the last worker's data shows, under the last worker's name.
        sanne = names.index("Sanne de Vries")
        for _ in range((sanne + 1) % len(names)):
            await pilot.press("right_square_bracket")
        assert detail.worker_name == "Sanne de Vries"
        await settle(pilot, app)
        assert "Bakkerij Jansen: contract" in text(app, "#detail-employments")
        await pilot.press("right_square_bracket")
        # At any moment the name and the data are one worker's: Sanne's whole, or the next's.
        sanne_shown = "Sanne de Vries" in text(app, "#detail-title")
        assert sanne_shown == ("Bakkerij Jansen" in text(app, "#detail-employments"))
        assert sanne_shown == bool([row for row in table(app, "#detail-entries") if "Werkplek bezocht" in row])
        await settle(pilot, app)
        assert "Sanne de Vries" not in text(app, "#detail-title")
        assert "Bakkerij Jansen" not in text(app, "#detail-employments")
        await pilot.press("left_square_bracket")
        await settle(pilot, app)
        assert "Sanne de Vries" in text(app, "#detail-title")
        assert "Bakkerij Jansen: contract, sinds 01-03-2026" in text(app, "#detail-employments")
        assert [row[0] for row in table(app, "#detail-entries")][:2] == ["23-11-2026", "23-11-2026"]
        await pilot.press("escape")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "WorkersScreen"
        assert app.screen.query_one("#workers-table", DataTable).cursor_row == len(names) - 1


async def test_detail_of_a_worker_without_anything(trajectory_journal: Path):
    app = make_app(trajectory_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f3")
        names = [row[0] for row in table(app, "#workers-table")]
        for _ in range(names.index("Mila Jansen")):
            await pilot.press("down")
        await pilot.press("o")
        await settle(pilot, app)
        assert "Geen dienstverbanden." in text(app, "#detail-employments")
        assert "Geen toekenningen." in text(app, "#detail-grants")
        assert "Nog geen doelen." in text(app, "#detail-goals")
        assert "Nog geen metingen" in text(app, "#detail-ladder")
        assert table(app, "#detail-entries")[0][0] == "Nog geen regels voor deze werknemer."
        # F4 from the detail goes on to the trajectory, leaving no detail behind.
        await pilot.press("f4")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "TrajectoryScreen"
        assert not any(type(s).__name__ == "WorkerDetailScreen" for s in app.screen_stack)


async def test_trajectory_shows_periods_bars_and_remaining_hours(trajectory_journal: Path):
    app = make_app(trajectory_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f4")
        assert type(app.screen).__name__ == "TrajectoryScreen"
        options = app.screen.query_one("#grant-list", OptionList)
        assert options.option_count == 2
        # Daan comes first by name and his grant runs today.
        assert "Daan Bakker bij Groenvoorziening Oost" in text(app, "#traj-title")
        assert "toekenning 1 van 2" in text(app, "#traj-title")
        periods = text(app, "#traj-periods")
        # October: 14 hours against 13,00: over budget in period 1 (18-05 to 17-11).
        assert "Resterend" in periods
        chart = text(app, "#traj-chart")
        assert "── periode 1 · 18-05-2026 t/m 17-11-2026" in chart
        assert "── periode 2 · 18-11-2026 t/m 17-05-2027" in chart
        october = next(line for line in chart.splitlines() if line.startswith("okt 2026"))
        assert october.rstrip().endswith("14,00 / 13,00")
        assert "█" in october
        await pilot.press("right_square_bracket")
        await settle(pilot, app)
        assert "Sanne de Vries bij Bakkerij Jansen · UWV · midden" in text(app, "#traj-title")
        assert "toekenning 2 van 2" in text(app, "#traj-title")
        periods = text(app, "#traj-periods").splitlines()
        assert periods[0].split() == ["Periode", "Van", "T/m", "Budget", "Besteed", "Resterend"]
        assert periods[2].split() == ["2", "01-09-2026", "28-02-2027", "62,40", "5,00", "57,40", "◂", "nu"]
        chart = text(app, "#traj-chart").splitlines()
        assert chart[0].startswith("── periode 1 · 01-03-2026 t/m 31-08-2026")
        november = next(line for line in chart if line.startswith("nov 2026"))
        assert november.endswith("2,00 / 10,40 ◂ nu")
        assert "█" in november and "▓" in november and "│" in november
        # Year 2 from March 2027: 5% of 24 h; future months show the budget only.
        assert next(line for line in chart if line.startswith("mrt 2027")).endswith("– / 5,20")
        await pilot.press("left_square_bracket")
        await settle(pilot, app)
        assert "Daan Bakker" in text(app, "#traj-title")


async def test_m_shows_all_workers_of_a_month_and_arrows_change_it(trajectory_journal: Path):
    app = make_app(trajectory_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f4")
        await pilot.press("m")
        await settle(pilot, app)
        assert app.screen.query_one("#month-view").display
        assert not app.screen.query_one("#traj-main").display
        assert "Alle werknemers · november 2026" in text(app, "#month-title")
        rows = table(app, "#month-table")
        assert [row[0] for row in rows] == ["Daan Bakker", "Sanne de Vries", "Totaal"]
        assert rows[1][1:5] == ["10,40", "2,00", "8,40", "1,50"]
        assert rows[2][1:4] == ["23,40", "3,00", "20,40"]
        month_table = app.screen.query_one("#month-table", TextTable)
        await pilot.press("down")
        assert month_table.cursor_row == 1  # Sanne
        await pilot.press("left")
        await settle(pilot, app)
        assert "oktober 2026" in text(app, "#month-title")
        rows = table(app, "#month-table")
        assert rows[0][:4] == ["Daan Bakker", "13,00", "14,00", "1,00 te veel"]
        assert rows[month_table.cursor_row][0] == "Sanne de Vries"
        for _ in range(6):
            await pilot.press("left")
        await settle(pilot, app)
        assert "april 2026" in text(app, "#month-title")
        rows = table(app, "#month-table")
        assert [row[0] for row in rows] == ["Sanne de Vries", "Totaal"]
        assert month_table.cursor_row == 0  # the cursor follows Sanne, not row 1
        for _ in range(2):
            await pilot.press("left")
        await settle(pilot, app)
        assert "februari 2026" in text(app, "#month-title")
        assert "Geen werknemer" in table(app, "#month-table")[0][0]
        await pilot.press("m")
        await settle(pilot, app)
        assert app.screen.query_one("#traj-main").display
        assert not app.screen.query_one("#month-view").display


@pytest.mark.parametrize("key", ["f3", "f4"])
async def test_both_screens_fit_80_by_24(trajectory_journal: Path, key: str):
    app = make_app(trajectory_journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, app, key)
        if key == "f3":
            table_widget = app.screen.query_one("#workers-table", DataTable)
            # Name and hours fit without scrolling sideways.
            columns = list(table_widget.columns.values())
            assert sum(c.get_render_width(table_widget) for c in columns[:2]) <= 78
            assert table(app, "#workers-table")[2][:2] == ["Sanne de Vries", "2,00 / 10,40"]
            # What scrolls sideways shows in full for the highlighted worker.
            await pilot.press("down", "down")
            await pilot.pause()
            assert "Sanne de Vries · Bakkerij Jansen · UWV · midden" in text(app, "#workers-selected")
            await pilot.press("up", "up")
            await pilot.press("down", "down", "enter")
            await settle(pilot, app)
            assert "Sanne de Vries" in text(app, "#detail-title")
            for line in text(app, "#detail-ladder").splitlines():
                assert len(line) <= 78
            assert "→ verwacht trede 6 per 01-09-2027" in text(app, "#detail-ladder")
        else:
            # The list of grants gives way to the bars; [ ] still choose.
            assert not app.screen.query_one("#traj-side").display
            await pilot.press("right_square_bracket")
            await settle(pilot, app)
            assert "Sanne de Vries" in text(app, "#traj-title")
            chart = text(app, "#traj-chart").splitlines()
            assert all(len(line) <= 78 for line in chart), [(len(l), l) for l in chart]
            assert any(line.startswith("nov 2026") and "2,00 / 10,40" in line for line in chart)
            await pilot.press("m")
            await settle(pilot, app)
            rows = table(app, "#month-table")
            assert rows[1][:4] == ["Sanne de Vries", "10,40", "2,00", "8,40"]
            # Name, budget, used and left fit on screen at 80 columns; the rest scrolls.
            found = app.screen.query_one("#month-table", TextTable)
            on_screen = found.render_line(2).text
            assert on_screen.split() == ["Sanne", "de", "Vries", "10,40", "2,00", "8,40", *on_screen.split()[6:]]
            assert found.virtual_size.width > found.scrollable_content_region.width


async def test_english(trajectory_journal: Path):
    app = make_app(trajectory_journal, language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f3")
        assert "Workers · hours of November 2026" in text(app, "#workers-title")
        rows = {row[0]: row for row in table(app, "#workers-table")}
        assert rows["Sanne de Vries"][2] == "step 5"
        assert rows["Sanne de Vries"][5] == "UWV · medium"
        await pilot.press("f4")
        await settle(pilot, app)
        assert "Daan Bakker at Groenvoorziening Oost" in text(app, "#traj-title")
        assert "Remaining" in text(app, "#traj-periods")


def test_the_signal_count_keeps_warnings_and_notices_apart():
    from coachlog.tui.screens.workers import signal_counts

    assert str(signal_counts([], "red", "dim")) == "0"
    assert str(signal_counts([("warning", "a"), ("info", "b"), ("warning", "c")], "red", "dim")) == "2 ! 1 i"
    assert str(signal_counts([("info", "b")], "red", "dim")) == "1 i"
