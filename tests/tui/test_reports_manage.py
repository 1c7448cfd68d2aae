"""Rapportages (F5) and Beheer (F6), driven with Pilot on a real encrypted journal."""

from __future__ import annotations

import os
import re
import stat
from datetime import date
from pathlib import Path

import pytest
from textual.notifications import Notify
from textual.widgets import DataTable, Input, Markdown, OptionList, Select, Static

from coachlog import cli
from coachlog.services import Coachlog
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from tests.conftest import PASSPHRASE, TODAY
from tests.tui.conftest import make_app, paste, settle, unlock


def read_journal(path: Path, what):
    with Journal.open(path, PASSPHRASE) as journal:
        return what(Coachlog(Store(journal), today=lambda: TODAY))


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def notes(seen: list) -> list[str]:
    return [m.notification.message for m in seen if isinstance(m, Notify)]


async def type_into(pilot, app, selector: str, text: str) -> None:
    """Focus a field, empty it, and type ``text`` key by key (the validators run as you type)."""
    widget = app.screen.query_one(selector, Input)
    widget.focus()
    widget.value = ""
    await pilot.pause()
    await pilot.press(*text)
    await pilot.pause()


async def paste_into(pilot, app, selector: str, text: str) -> None:
    """Focus a field, empty it, and paste ``text`` (a long path: no validator runs per key)."""
    widget = app.screen.query_one(selector, Input)
    widget.focus()
    widget.value = ""
    await pilot.pause()
    await paste(pilot, text)


async def open_screen(pilot, app, key: str) -> None:
    await unlock(pilot, app)
    await pilot.press(key)
    await settle(pilot, app)


# -- Rapportages -------------------------------------------------------------------


async def test_reports_preview_shows_the_title_and_the_numbers(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f5")
        assert type(app.screen).__name__ == "ReportsScreen"
        # Last month by default; nothing was logged then.
        assert "Maandoverzicht oktober 2026" in text_of(app, "#report-title")
        await type_into(pilot, app, "#r-month", "november 2026")
        await pilot.press("enter")
        await settle(pilot, app)
        source = app.screen.query_one("#report-md", Markdown).source
        assert source.startswith("# Maandoverzicht november 2026")
        assert "Maandoverzicht november 2026" in text_of(app, "#report-title")
        # Sanne: 1:30 with her and 0:30 with her employer this month.
        assert "| Sanne de Vries | Bakkerij Jansen (UWV) |" in source
        assert "| 1,50 | 0,50 | 0,00 | 2,00 |" in source

        # Another report: the billing overview over November, with the tariff.
        kinds = app.screen.query_one("#report-kind", OptionList)
        kinds.focus()
        await pilot.press("down", "down", "down")
        await settle(pilot, app)
        assert app.screen.query_one("#row-from").display and not app.screen.query_one("#row-month").display
        await type_into(pilot, app, "#r-from", "01-11-2026")
        await type_into(pilot, app, "#r-to", "30-11-2026")
        await pilot.press("enter")
        await settle(pilot, app)
        source = app.screen.query_one("#report-md", Markdown).source
        assert source.startswith("# Declaratieoverzicht")
        assert "€ 149,56" in source  # 2 hours x € 74,78 for UWV


@pytest.mark.parametrize(("kind_steps", "fields", "fmt", "cli_args"), [
    (0, {"#r-month": "november 2026"}, "html", ["month", "november 2026"]),
    (1, {"#r-grant": "1", "#r-period": "2"}, "csv", ["period", "1", "--period", "2"]),
    (2, {"#r-worker": "Daan"}, "md", ["progress", "Daan"]),
])
async def test_export_writes_what_the_command_line_writes(filled_journal: Path, tmp_path: Path, monkeypatch,
                                                           kind_steps, fields, fmt, cli_args):
    target = tmp_path / f"uit-de-app.{fmt}"
    seen: list = []
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await open_screen(pilot, app, "f5")
        await pilot.press(*["down"] * kind_steps)
        await settle(pilot, app)
        for selector, value in fields.items():
            await type_into(pilot, app, selector, value)
        await pilot.click(f"#fmt-{fmt}")
        await paste_into(pilot, app, "#r-path", str(target))
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert str(target) in text_of(app, "#report-path")
        assert any(str(target) in note for note in notes(seen))

    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    monkeypatch.setenv("COACHLOG_PASSPHRASE", PASSPHRASE)
    other = tmp_path / f"van-de-cli.{fmt}"
    assert cli.main(["report", *cli_args, "--format", fmt, "-o", str(other)]) == 0
    assert target.read_bytes() == other.read_bytes()
    assert "Sanne de Vries" in target.read_text(encoding="utf-8") or "Daan Bakker" in target.read_text(encoding="utf-8")


async def test_a_bad_month_is_marked_and_nothing_is_written(filled_journal: Path, tmp_path: Path):
    target = tmp_path / "rapport.html"
    seen: list = []
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await open_screen(pilot, app, "f5")
        await paste_into(pilot, app, "#r-path", str(target))
        await type_into(pilot, app, "#r-month", "dertienember 2026")
        month = app.screen.query_one("#r-month", Input)
        assert month.has_class("-invalid")  # while typing
        assert "'dertienember 2026'" in text_of(app, "#report-error")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert month.has_class("-refused")
        assert any("dertienember 2026" in note for note in notes(seen))
        # What only the journal knows is marked at its field too: there is no grant 9.
        await pilot.press("escape")
        await pilot.press("down")
        await settle(pilot, app)
        await type_into(pilot, app, "#r-grant", "9")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.screen.query_one("#r-grant", Input).has_class("-refused")
        assert "geen toekenning 9" in text_of(app, "#report-error")  # in the app's language
        assert text_of(app, "#report-path") == ""
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]


async def test_a_folder_that_does_not_exist_is_refused_at_the_path(filled_journal: Path, tmp_path: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f5")
        await paste_into(pilot, app, "#r-path", str(tmp_path / "nergens" / "r.html"))
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.query_one("#r-path", Input).has_class("-refused")
        assert "bestaat niet" in text_of(app, "#report-error")
    assert not (tmp_path / "nergens").exists()


# -- Beheer ------------------------------------------------------------------------


def table_rows(app, selector: str) -> list[list[str]]:
    table = app.screen.query_one(selector, DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def employers(service):
    return [(e.name, e.contact) for e in service.list_employers(include_inactive=True)]


async def test_add_an_employer_with_the_form(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f6")
        assert type(app.screen).__name__ == "ManageScreen"
        assert [row[0] for row in table_rows(app, "#employer-table")] == ["Bakkerij Jansen", "Groenvoorziening Oost"]
        await pilot.press("n")
        assert app.screen.focused is app.screen.query_one("#employer-name")
        await pilot.press(*"Schoonmaakbedrijf West", "tab", *"Ineke, 06-12345678", "enter")
        await settle(pilot, app)
        assert ["Schoonmaakbedrijf West", "Ineke, 06-12345678", "actief"] in table_rows(app, "#employer-table")
        assert app.screen.query_one("#employer-name", Input).value == ""
    assert ("Schoonmaakbedrijf West", "Ineke, 06-12345678") in read_journal(filled_journal, employers)


async def test_a_duplicate_name_is_refused_at_the_field(filled_journal: Path):
    before = read_journal(filled_journal, employers)
    seen: list = []
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await open_screen(pilot, app, "f6")
        await pilot.press("n", *"bakkerij jansen", "enter")
        await settle(pilot, app)
        name = app.screen.query_one("#employer-name", Input)
        assert name.has_class("-refused")
        assert "er is al een werkgever met de naam 'Bakkerij Jansen'" in text_of(app, "#employer-message")
        assert any("er is al een werkgever" in note for note in notes(seen))
        assert len(table_rows(app, "#employer-table")) == 2
    assert read_journal(filled_journal, employers) == before


async def test_an_invalid_tariff_is_marked_while_typing_and_save_refuses(filled_journal: Path):
    before = read_journal(filled_journal, lambda s: [(f.name, s.tariffs(f.name)) for f in s.list_funders()])
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f6")
        await pilot.press("2")
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#funder-table")
        await pilot.press("n", *"Werkgeversservicepunt", "tab", *"gemeente", "tab", "tab", *"abc")
        rate = app.screen.query_one("#funder-rate", Input)
        assert rate.has_class("-invalid")
        assert "tarief: 'abc' wordt niet geaccepteerd; geef een getal" in text_of(app, "#funder-message")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert rate.has_class("-refused")
        assert "Werkgeversservicepunt" not in [row[0] for row in table_rows(app, "#funder-table")]
        # Fixed, with its date, it saves: the funder and its tariff.
        await type_into(pilot, app, "#funder-rate", "81,50")
        assert not rate.has_class("-invalid")
        await type_into(pilot, app, "#funder-rate_from", "01-01-2027")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        row = [r for r in table_rows(app, "#funder-table") if r[0] == "Werkgeversservicepunt"]
        assert row and row[0][1] == "gemeente" and "€ 81,50 vanaf 01-01-2027" in row[0][3]
    after = read_journal(filled_journal, lambda s: [(f.name, s.tariffs(f.name)) for f in s.list_funders()])
    assert [t for name, t in after if name == "Werkgeversservicepunt"][0][0].valid_from == date(2027, 1, 1)
    assert [a for a in after if a[0] != "Werkgeversservicepunt"] == before


async def test_a_grant_with_an_unknown_regime_is_refused(filled_journal: Path):
    def grants(service):
        return [(g.id, g.employment_id, g.regime, g.start) for g in service.list_grants()]

    before = read_journal(filled_journal, grants)
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f6")
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("n")
        app.screen.query_one("#grant-employment", Select).value = 2
        app.screen.query_one("#grant-funder", Select).value = "UWV"
        await type_into(pilot, app, "#grant-start", "01-12-2026")
        await type_into(pilot, app, "#grant-regime", "superzwaar")
        assert app.screen.query_one("#grant-regime", Input).has_class("-invalid")
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.query_one("#grant-regime", Input).has_class("-refused")
        assert "regime: 'superzwaar' wordt niet geaccepteerd; kies een van" in text_of(app, "#grant-message")
        # A known regime, but a start before the employment: the service refuses, at the start.
        await type_into(pilot, app, "#grant-regime", "licht")
        await type_into(pilot, app, "#grant-start", "01-01-2026")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.screen.query_one("#grant-start", Input).has_class("-refused")
        assert "geef een begin binnen het dienstverband" in text_of(app, "#grant-message")
        assert len(table_rows(app, "#grant-table")) == 2
    assert read_journal(filled_journal, grants) == before


async def test_add_and_edit_a_grant(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f6")
        await pilot.press("3", "n")
        app.screen.query_one("#grant-employment", Select).value = 2
        app.screen.query_one("#grant-funder", Select).value = "UWV"
        await type_into(pilot, app, "#grant-start", "01-12-2026")
        await type_into(pilot, app, "#grant-hours", "40")
        await pilot.press("enter")
        await settle(pilot, app)
        rows = table_rows(app, "#grant-table")
        assert rows[-1][:3] == ["3", "Daan Bakker @ Groenvoorziening Oost", "UWV"] and rows[-1][5] == "40:00"
        # Edit it: Enter on its row fills the form; the employment and funder stay.
        table = app.screen.query_one("#grant-table", DataTable)
        table.focus()
        table.move_cursor(row=2)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#grant-hours", Input).value == "40"
        assert app.screen.query_one("#grant-employment", Select).disabled
        await type_into(pilot, app, "#grant-hours", "")
        await type_into(pilot, app, "#grant-regime", "licht")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    grant = read_journal(filled_journal, lambda s: s.list_grants()[-1])
    assert (grant.id, grant.employment_id, grant.regime, grant.granted_minutes_per_period) == (3, 2, "licht", None)


async def test_edit_an_employers_contact(filled_journal: Path):
    app = make_app(filled_journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f6")
        await pilot.press("down", "e")  # Groenvoorziening Oost
        assert app.screen.query_one("#employer-name", Input).value == "Groenvoorziening Oost"
        assert "Groenvoorziening Oost" in text_of(app, "#employer-form-title")
        await type_into(pilot, app, "#employer-contact", "Mehmet, 010-1234567")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert ["Groenvoorziening Oost", "Mehmet, 010-1234567", "actief"] in table_rows(app, "#employer-table")
        assert "Nieuwe werkgever" in text_of(app, "#employer-form-title")
    assert read_journal(filled_journal, employers) == [
        ("Bakkerij Jansen", ""), ("Groenvoorziening Oost", "Mehmet, 010-1234567")]


async def test_both_screens_in_english_at_80_by_24(filled_journal: Path):
    app = make_app(filled_journal, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, app, "f5")
        assert "Preview: Maandoverzicht oktober 2026" in text_of(app, "#report-title")
        await pilot.press("f6")
        await settle(pilot, app)
        assert "New employer" in text_of(app, "#employer-form-title")
        assert app.screen.query_one("#employer-save").region.bottom <= 23


async def test_the_default_file_is_in_the_reports_folder_and_named_after_the_reports_period(filled_journal: Path,
                                                                                            tmp_path: Path):
    """Issue 15, point 6: not the home folder; the accountability report's file carries its
    grant period's dates (known once the preview is built), and the folder is made private."""
    reports = tmp_path / "rapportages"
    app = make_app(filled_journal, reports=reports)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(pilot, app, "f5")
        await settle(pilot, app)
        month_path = Path(app.screen.query_one("#r-path", Input).value)
        assert month_path == reports / "maandoverzicht-2026-10.html"  # last month's overview, as HTML
        await pilot.press("down")  # the accountability report of grant 1, its last ended period
        await settle(pilot, app)
        await pilot.press("ctrl+r")
        await settle(pilot, app)
        suggested = Path(app.screen.query_one("#r-path", Input).value)
        assert suggested.parent == reports
        assert re.fullmatch(r"verantwoording-toekenning-1-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.html", suggested.name), suggested
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        # Another grant typed, no new preview: the file is named after the report written,
        # never after the one previewed before (that would overwrite grant 1's report).
        await type_into(pilot, app, "#r-grant", "2")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    assert suggested.exists() and "Verantwoordingsrapportage" in suggested.read_text(encoding="utf-8")
    assert "Sanne de Vries" in suggested.read_text(encoding="utf-8")
    [second] = [path for path in reports.iterdir() if path != suggested]
    assert second.name.startswith("verantwoording-toekenning-2-") and "Daan Bakker" in second.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(reports.stat().st_mode) == 0o700
