"""A few snapshots, for layout only: fixed data, a fixed day and clock, no cursor blink.

Update after a deliberate layout change with ``python -m pytest tests/tui/test_snapshots.py
--snapshot-update`` and look at the SVGs before committing them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import make_app, settle, unlock


async def unlocked(pilot) -> None:
    await unlock(pilot, pilot.app)
    pilot.app.screen.query_one("#entries").focus()
    await settle(pilot, pilot.app)
    # On a busy machine the table's column widths can lag a frame behind its rows.
    await pilot.pause(0.3)
    await settle(pilot, pilot.app)


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
def test_today_layout(snap_compare, filled_journal: Path, size):
    app = make_app(filled_journal)
    assert snap_compare(app, terminal_size=size, run_before=unlocked)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_today_with_long_names_cuts_them_and_keeps_every_column(snap_compare, long_names_journal: Path, size):
    app = make_app(long_names_journal)
    assert snap_compare(app, terminal_size=size, run_before=unlocked)


def test_help_layout(snap_compare, filled_journal: Path):
    async def with_help(pilot) -> None:
        await unlocked(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(filled_journal), terminal_size=(100, 32), run_before=with_help)
