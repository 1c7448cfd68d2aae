"""TextTable, the read-only table of Verloop's month view and the worker detail: what is
on screen, the cursor, scrolling, and a wrong row refused with the table unchanged."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.content import Content

from coachlog.tui.widgets.table import TextTable

COLUMNS = [("Werknemer", "left"), ("Uren", "right")]
ROWS = [[f"Werknemer {n:02d}", f"{n},50"] for n in range(40)]


class TableApp(App):
    def __init__(self, cursor: bool = True) -> None:
        super().__init__()
        self.cursor = cursor

    def compose(self) -> ComposeResult:
        yield TextTable(id="table", cursor=self.cursor)

    def on_mount(self) -> None:
        table = self.query_one(TextTable)
        table.set_table(COLUMNS, ROWS)
        table.focus()


def screen_lines(table: TextTable) -> list[str]:
    return [table.render_line(y).text for y in range(table.scrollable_content_region.height)]


async def test_header_stays_and_numbers_align_right():
    app = TableApp()
    async with app.run_test(size=(40, 12)) as pilot:
        table = app.query_one(TextTable)
        lines = screen_lines(table)
        assert lines[0].split() == ["Werknemer", "Uren"]
        assert lines[1].startswith(" Werknemer 00 ")
        # "Uren" and every number end in the same column.
        ends = {line.rstrip().__len__() for line in lines[:4]}
        assert len(ends) == 1, lines[:4]
        await pilot.press("pagedown", "pagedown")
        lines = screen_lines(table)
        assert lines[0].split() == ["Werknemer", "Uren"]  # the header does not scroll away
        assert table.plain_rows() == ROWS


async def test_cursor_moves_and_the_screen_follows():
    app = TableApp()
    async with app.run_test(size=(40, 12)) as pilot:
        table = app.query_one(TextTable)
        assert table.cursor_row == 0
        await pilot.press("down", "down", "up")
        assert table.cursor_row == 1
        await pilot.press("end")
        assert table.cursor_row == 39
        lines = screen_lines(table)
        assert lines[-1].split()[:3] == ["Werknemer", "39", "39,50"]
        await pilot.press("down")  # stays on the last row
        assert table.cursor_row == 39
        await pilot.press("home")
        assert table.cursor_row == 0 and table.scroll_offset.y == 0
        await pilot.press("pagedown")
        assert 0 < table.cursor_row < 39
        assert f"Werknemer {table.cursor_row:02d}" in "\n".join(screen_lines(table)[1:])
        # A click on a row puts the cursor there.
        await pilot.press("home")
        await pilot.click(TextTable, offset=(2, 4))
        assert table.cursor_row == 3


async def test_without_cursor_the_keys_scroll():
    app = TableApp(cursor=False)
    async with app.run_test(size=(40, 12)) as pilot:
        table = app.query_one(TextTable)
        assert not table.can_focus
        table.action_cursor(5)
        await pilot.pause()
        assert table.scroll_offset.y == 5
        assert screen_lines(table)[1].startswith(" Werknemer 05")


async def test_wide_rows_scroll_sideways_and_styles_apply():
    app = TableApp()
    async with app.run_test(size=(20, 8)) as pilot:
        table = app.query_one(TextTable)
        table.set_table([("Naam", "left"), ("Toelichting", "left")],
                        [["Sanne", Content.styled("een heel lange toelichting", "bold $error")]])
        await pilot.pause()
        assert table.virtual_size.width > table.scrollable_content_region.width
        table.scroll_to(x=10, animate=False, immediate=True)
        await pilot.pause()
        assert "lange" in table.render_line(1).text
        assert any(segment.style and segment.style.bold for segment in table.render_line(1))


async def test_a_row_with_the_wrong_number_of_cells_is_refused_and_nothing_changes():
    app = TableApp()
    async with app.run_test(size=(40, 12)):
        table = app.query_one(TextTable)
        before = screen_lines(table)
        with pytest.raises(ValueError, match="row 1 has 3 cells for 2 columns"):
            table.set_table(COLUMNS, [["a", "1"], ["b", "2", "3"]])
        assert table.plain_rows() == ROWS
        assert screen_lines(table) == before


async def test_line_breaks_and_tabs_in_a_cell_stay_on_one_line():
    """A note may hold a line break or a tab (a CSV cell, a shell's $'...'): the row stays
    one line, shows them as signs, and the next column stays in line with the header."""
    app = TableApp()
    async with app.run_test(size=(60, 8)) as pilot:
        table = app.query_one(TextTable)
        table.set_table([("Notitie", "left"), ("Uren", "right")],
                        [["eerste regel\ntweede\tregel", "1,00"], ["kort", Content.styled("2,00", "bold")]])
        await pilot.pause()
        lines = screen_lines(table)
        assert lines[1].split() == ["eerste", "regel␊tweede␉regel", "1,00"]
        assert "\n" not in lines[1] and "\t" not in lines[1]
        assert lines[0].rstrip().endswith("Uren")
        assert len({line.rstrip().__len__() for line in lines[:3]}) == 1  # the hours end in one column


async def test_cells_are_literal_text_and_control_characters_are_shown():
    """A cell is never markup and never sends an escape sequence, whether it comes as a
    string or as Content assembled with a style."""
    app = TableApp()
    async with app.run_test(size=(80, 8)) as pilot:
        table = app.query_one(TextTable)
        table.set_table([("Naam", "left"), ("Notitie", "left")],
                        [["Piet [/] Slot", Content.assemble(("\x1b]0;titel\x07 [@click=app.quit]x[/]", "bold"))]])
        await pilot.pause()
        row = screen_lines(table)[1]
        assert "Piet [/] Slot" in row
        assert "␛]0;titel" in row and "[@click=app.quit]x[/]" in row  # (Content drops a BEL itself)
        assert "\x1b" not in "".join(table.plain_rows()[0])


def test_columns_that_give_way_are_cut_widest_first_never_below_their_minimum():
    from coachlog.tui.widgets.table import fitted_widths

    # 5 columns: 3 + 5 + 30 + 20 + 10 wide, two spaces each: 78 cells.
    natural = [3, 5, 30, 20, 10]
    assert fitted_widths(natural, {2: 8, 3: 8}, 0) == natural  # no width known yet: as they are
    assert fitted_widths(natural, {2: 8, 3: 8}, 100) == natural  # room enough
    assert fitted_widths(natural, {2: 8, 3: 8}, 68) == [3, 5, 20, 20, 10]  # the widest gives way first
    assert fitted_widths(natural, {2: 8, 3: 8}, 30) == [3, 5, 8, 8, 10]  # no narrower than asked: it scrolls
    assert fitted_widths(natural, {}, 30) == natural
