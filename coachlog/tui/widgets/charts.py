"""The charts of Verloop and a worker's detail, drawn line by line (ContentLines): the
monthly bars of a grant against its budget, and the participation ladder over time."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

from textual.content import Content

from coachlog.domain.formats import month_text
from coachlog.domain.model import LADDER_NAMES, LADDER_STEPS
from coachlog.tui.figures import DIRECT, GrantFigures, day_text, hours
from coachlog.tui.widgets.table import ContentLines

# Worker, employer and network: a different character each, so the bars read without colour.
SEGMENTS = (("worker", "█", "$primary"), ("employer", "▓", "$accent"), ("network", "░", "$secondary"))



class GrantChart(ContentLines):
    """Monthly bars against the budget (│), a line where each period starts, ◂ this month."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.figures: GrantFigures | None = None
        self.today = date.min

    def set_figures(self, figures: GrantFigures | None, today: date) -> None:
        self.figures, self.today = figures, today
        self.changed()

    def now_line(self) -> int:
        """The line of this month (or of the last month before it), for scrolling to."""
        if self.figures is None:
            return 0
        this_month, line = self.today.replace(day=1), 0
        for month in self.figures.months:
            line += 1 + sum(1 for p in self.figures.periods if p.start.replace(day=1) == month.month)
            if month.month >= this_month:
                break
        return max(0, line - 1)

    def lines(self, width: int) -> list[Content]:
        figures = self.figures
        if figures is None or not figures.months:
            return []
        tr = self.app.tr  # type: ignore[attr-defined]
        this_month = self.today.replace(day=1)
        labels = [month_text(m.month, tr, short=True) for m in figures.months]
        label_width = max(len(label) for label in labels)
        numbers = [
            f"{hours(figures.spent_in(m.month)) if m.month <= this_month else '–'} / {hours(m.minutes)}"
            for m in figures.months
        ]
        number_width = max(len(n) for n in numbers)
        now = tr("now")
        # label, space, bar and the cell after it (for the budget mark), space, hours, " ◂ nu"
        bar_width = max(8, width - label_width - 1 - 1 - 1 - number_width - len(f" ◂ {now}"))
        top = max([Fraction(m.minutes) for m in figures.months]
                  + [Fraction(figures.spent_in(m.month)) for m in figures.months] + [Fraction(1)])
        found = []
        for month, label, number in zip(figures.months, labels, numbers, strict=True):
            for period in figures.periods:
                if period.start.replace(day=1) == month.month:
                    text = "── " + tr("period {number} · {start} to {end}", number=period.number,
                                      start=day_text(period.start), end=day_text(period.end)) + " "
                    found.append(Content.styled(text + "─" * max(0, width - len(text)), "$primary"))
            spent = figures.spent_in(month.month)
            over = spent > month.minutes
            cells: list[tuple[str, str]] = [(" ", "")] * (bar_width + 1)
            done = Fraction(0)
            split = figures.split.get(month.month, dict.fromkeys(DIRECT, 0))
            for kind, char, style in SEGMENTS:
                start = round(done / top * bar_width)
                done += split[kind]
                for i in range(start, round(done / top * bar_width)):
                    cells[i] = (char, style)
            at = round(Fraction(month.minutes) / top * bar_width)
            if over:
                cells[at:] = [(c, "$error") if c != " " else (c, s) for c, s in cells[at:]]
            if month.minutes and cells[at][0] == " ":
                cells[at] = ("│", "$warning")
            future = month.month > this_month
            current = month.month == this_month
            label_style = "bold $accent" if current else ("dim" if future else "")
            number_style = "bold $error" if over else ("dim" if future else "")
            found.append(Content.assemble(
                (label.ljust(label_width), label_style), " ", *_runs(cells), " ",
                (number.rjust(number_width), number_style),
                (f" ◂ {now}", "bold $accent") if current else "",
            ))
        return found


def _runs(cells: list[tuple[str, str]]) -> list[Any]:
    """Adjacent cells of one style as one piece of text."""
    runs: list[Any] = []
    for char, style in cells:
        if runs and runs[-1][1] == style:
            runs[-1] = (runs[-1][0] + char, style)
        else:
            runs.append((char, style))
    return [(text, style) if style else text for text, style in runs]




class LadderChart(ContentLines):
    """The participation ladder over time: one line per measurement, the expected step marked.

    01-09-2026  ██ ██ ██ ██ ██ ░░  trede 5 Betaald werk met ondersteuning  → verwacht trede 6 per 01-09-2027

    The expected step goes on its own line when the line would not fit."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.measurements: list[Any] | None = None  # None: not loaded yet

    def set_measurements(self, measurements: list[Any] | None) -> None:
        self.measurements = measurements
        self.changed()

    def lines(self, width: int) -> list[Content]:
        tr = self.app.tr  # type: ignore[attr-defined]
        if self.measurements is None:
            return [Content("")]
        if not self.measurements:
            return [Content.styled(tr("No participation ladder measurements yet."), "dim")]
        found = []
        for m in self.measurements:
            bar: list[Any] = []
            for step in LADDER_STEPS:
                if step <= m.step:
                    bar.append(("██", "$primary"))
                elif m.expected_step and step <= m.expected_step:
                    bar.append(("░░", "$accent"))
                else:
                    bar.append(("··", "dim"))
                bar.append(" ")
            head = Content.assemble(f"{day_text(m.day)}  ", *bar[:-1], "  ",
                                    (tr("step {step}", step=m.step), "bold"), f" {tr(LADDER_NAMES[m.step])}")
            if not m.expected_step:
                found.append(head)
                continue
            expected_step = tr("step {step}", step=m.expected_step)
            expected = (tr("→ expected {step} by {day}", step=expected_step, day=day_text(m.horizon)) if m.horizon
                        else tr("→ expected {step}", step=expected_step))
            if head.cell_length + 2 + len(expected) <= width:
                found.append(Content.assemble(head, "  ", (expected, "$accent")))
            else:
                found += [head, Content.assemble(" " * 31, (expected, "$accent"))]
        return found
