"""Read-only content drawn line by line: TextTable (the month view of Verloop, a worker's
latest entries) and ContentLines (the charts).

Textual's DataTable renders every visible cell through Rich's console, again for every
cell after each change: a month of 200 workers took 35-60 ms to draw on a 2-core
machine, more than the 50 ms a coach should wait for the next month. These tables are
read-only, so this widget lays out each row once as one line of Content (columns padded
to their widest cell) and draws only the rows on screen (Textual's line API). It keeps
what the coach sees of DataTable: a fixed header, zebra stripes, an optional row cursor
(up/down/page keys) and sideways scrolling when the columns are wider than the screen.
Columns named as ``shrink`` give way first: when the table is wider than the widget, their
longest cells are cut with an ellipsis (down to a minimum width each) so that the other
columns stay in view; the rest still scrolls sideways."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from coachlog.tui.widgets.text import plain, safe

Justify = Literal["left", "right"]
Cell = Content | str


def _one_line(cell: Cell) -> Content:
    """A cell as literal text on one line: a string is never read as markup, and line
    breaks, tabs and other control characters (a note may hold them) are shown as signs
    (``␊``, ``␛``), as they would otherwise go raw to the terminal or break the row."""
    return plain(cell) if isinstance(cell, str) else safe(cell, keep_newlines=False)


class TextTable(ScrollView, can_focus=False):
    """Columns of (label, justify) and rows of cells; ``cursor`` shows and moves a row cursor."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "text-table--header", "text-table--even-row", "text-table--cursor",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(-1)", "First", show=False),
        Binding("end", "edge(1)", "Last", show=False),
    ]
    # The looks of DataTable in the same theme, so both kinds of table read alike.
    DEFAULT_CSS = """
    TextTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .text-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        &:dark > .text-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .text-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .text-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .text-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    cursor_row: reactive[int] = reactive(0, init=False)

    def __init__(self, *, cursor: bool = False, zebra: bool = True, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self.cursor = cursor
        self.zebra = zebra
        self.can_focus = cursor
        self.columns: list[tuple[str, Justify]] = []
        self.rows: list[list[Content]] = []
        self.give_way: dict[int, int] = {}
        self._header = Content("")
        self._lines: list[Content] = []
        self._strips: dict[tuple[int, object], Strip] = {}

    # -- data ----------------------------------------------------------------------------

    def set_table(self, columns: Sequence[tuple[str, Justify]], rows: Sequence[Sequence[Cell]], *,
                  shrink: Mapping[int, int] | None = None) -> None:
        """Show these rows (each as many cells as there are columns) under these columns;
        ``shrink``: column number -> the narrowest it may be cut to, to fit the width."""
        for number, row in enumerate(rows):
            if len(row) != len(columns):
                raise ValueError(f"row {number} has {len(row)} cells for {len(columns)} columns; "
                                 "give every row one cell per column (an empty string for none)")
        self.columns = list(columns)
        self.rows = [[_one_line(cell) for cell in row] for row in rows]
        self.give_way = dict(shrink or {})
        self._lay_out()

    def _lay_out(self) -> None:
        natural = [max([len(label)] + [row[i].cell_length for row in self.rows])
                   for i, (label, _) in enumerate(self.columns)]
        widths = fitted_widths(natural, self.give_way, self.scrollable_content_region.width)
        self._laid_out_for = self.scrollable_content_region.width
        justify = [how for _, how in self.columns]
        self._header = self._line([Content(label) for label, _ in self.columns], widths, justify)
        self._lines = [self._line(row, widths, justify) for row in self.rows]
        self._strips.clear()
        self.virtual_size = Size(self._header.cell_length, len(self._lines) + 1)
        self.cursor_row = min(self.cursor_row, max(0, len(self._lines) - 1))
        self.refresh(layout=True)

    def on_resize(self, event: events.Resize) -> None:
        if self.give_way and self.scrollable_content_region.width != getattr(self, "_laid_out_for", None):
            self._lay_out()

    @staticmethod
    def _line(cells: list[Content], widths: list[int], justify: list[Justify]) -> Content:
        parts: list[Content | str] = []
        for cell, width, how in zip(cells, widths, justify, strict=True):
            if cell.cell_length > width:
                cell = cell.truncate(width, ellipsis=True)
            room = " " * (width - cell.cell_length)
            parts += [" ", *((room, cell) if how == "right" else (cell, room)), " "]
        return Content.assemble(*parts)

    def plain_rows(self) -> list[list[str]]:
        """The cells as text, row by row (what a reader of the screen gets)."""
        return [[cell.plain for cell in row] for row in self.rows]

    # -- drawing -------------------------------------------------------------------------

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines) + 1

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        classes: tuple[str, ...]
        if y == 0:
            index, line, classes = -1, self._header, ("text-table--header",)
        else:
            index = scroll_y + y - 1
            if index >= len(self._lines):
                return Strip.blank(width, self.rich_style)
            line = self._lines[index]
            if self.cursor and index == self.cursor_row:
                classes = ("text-table--cursor",)
            elif self.zebra and index % 2:
                classes = ("text-table--even-row",)
            else:
                classes = ()
        style = self.get_visual_style(*classes)
        key = (index, style)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = Strip(line.render_segments(style), line.cell_length)
        return strip.crop_extend(scroll_x, scroll_x + width, style.rich_style)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    # -- the cursor ------------------------------------------------------------------------

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._strips.clear()
        self.refresh()
        self._show_row(new)

    def _show_row(self, index: int) -> None:
        """Scroll the least that brings row ``index`` into view under the header."""
        top, room = self.scroll_offset.y, max(1, self.scrollable_content_region.height - 1)
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + room:
            self.scroll_to(y=index - room + 1, animate=False, immediate=True)

    def on_click(self, event: events.Click) -> None:
        if self.cursor and event.y >= 1:
            index = self.scroll_offset.y + event.y - 1
            if index < len(self._lines):
                self.cursor_row = index

    def action_cursor(self, step: int) -> None:
        if self.cursor and self._lines:
            self.cursor_row = max(0, min(len(self._lines) - 1, self.cursor_row + step))
        else:
            self.scroll_relative(y=step, animate=False)

    def action_page(self, step: int) -> None:
        page = max(1, self.scrollable_content_region.height - 2)
        self.action_cursor(step * page)

    def action_edge(self, step: int) -> None:
        self.action_cursor(step * len(self._lines))


def fitted_widths(widths: list[int], shrink: Mapping[int, int], room: int) -> list[int]:
    """The columns' widths when the table must fit ``room`` cells (each column takes its
    width plus a space either side): the widest of the shrinkable columns gives way one
    cell at a time, none below its minimum. With no room known (0), nothing changes."""
    fitted = list(widths)
    excess = sum(width + 2 for width in fitted) - room
    while room > 0 and excess > 0:
        candidates = [i for i, least in shrink.items() if i < len(fitted) and fitted[i] > least]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: fitted[i] - shrink[i])
        fitted[widest] -= 1
        excess -= 1
    return fitted


class ContentLines(Widget):
    """A chart made of lines of Content worked out for a width (the bars of Verloop, the
    ladder of a worker): laid out once per width and change, not again for measuring and
    for drawing, and drawn one screen line at a time, so a long chart costs only what
    shows. Subclasses give ``lines(width)`` and call ``changed()`` when their data does."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._laid_out: tuple[int, list[Content]] | None = None

    def lines(self, width: int) -> list[Content]:
        """The chart's lines for ``width`` columns; nothing here, the charts give theirs."""
        return []

    def changed(self) -> None:
        self._laid_out = None
        self.refresh(layout=True)

    def screen_lines(self, width: int) -> list[Content]:
        """``lines(width)``, a line too long for the width folded onto the next."""
        width = max(width, 1)
        if self._laid_out is None or self._laid_out[0] != width:
            folded: list[Content] = []
            for line in (safe(line, keep_newlines=False) for line in self.lines(width)):
                folded += line.fold(width) if line.cell_length > width else [line]
            self._laid_out = (width, folded)
        return self._laid_out[1]

    def render(self) -> Content:
        return Content("\n").join(self.screen_lines(self.content_size.width or 80))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.screen_lines(width))

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        style = self.visual_style
        lines = self.screen_lines(width)
        if y >= len(lines):
            return Strip.blank(width, style.rich_style)
        line = lines[y]
        return Strip(line.render_segments(style), line.cell_length).extend_cell_length(width, style.rich_style)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    def on_resize(self) -> None:
        self.refresh(layout=True)
