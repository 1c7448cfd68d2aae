"""A report as data: sections of typed blocks. Builders fill it; renderers format it.

Cells keep their type (Hours, Money, date) so that every renderer formats them the same
Dutch way: dates dd-mm-jjjj, decimal comma, euros with a thousands dot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction


@dataclass(frozen=True)
class Hours:
    minutes: Fraction | int


@dataclass(frozen=True)
class Money:
    euros: Decimal


Cell = str | int | Hours | Money | date | None


@dataclass
class Fields:
    items: list[tuple[str, Cell]]


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Cell]]
    total: list[Cell] | None = None
    empty: str = "Geen regels."


@dataclass
class Paragraph:
    text: str


@dataclass
class ToFill:
    """Something the coach must still write: shown as such, never invented."""

    label: str
    hint: str = ""
    options: list[str] = field(default_factory=list)


@dataclass
class Checklist:
    items: list[str]


@dataclass
class ChartRow:
    label: str
    budget: Fraction | int
    worker: Fraction | int
    employer: Fraction | int
    other: Fraction | int = 0
    mark: str = ""  # e.g. "periode 2" at a period boundary


@dataclass
class Chart:
    """Monthly bars (worker, employer, other) against the budget: intensive to extensive."""

    rows: list[ChartRow]
    caption: str = ""


Block = Fields | Table | Paragraph | ToFill | Checklist | Chart


@dataclass
class Section:
    title: str
    blocks: list[Block]


@dataclass
class Document:
    kind: str  # maandoverzicht, verantwoording, voortgang, declaratie, eigen-maand
    title: str
    subtitle: str
    sections: list[Section]
    footer: list[str] = field(default_factory=list)
    # What the report is about, for its file's name: 2026-11, or a grant period's dates.
    about: str = ""

    def file_name(self, fmt: str) -> str:
        """maandoverzicht-2026-11.md, verantwoording-toekenning-3-2026-09-01-2027-02-28.html:
        the kind of report and its own period (never a client's name)."""
        return f"{self.kind}-{self.about}.{fmt}" if self.about else f"{self.kind}.{fmt}"
