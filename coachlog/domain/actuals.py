"""What was actually spent: entries summed per month, split the ways funders ask.

UWV hours are billable minutes of direct coaching (with the worker, the employer or the
network); travel is kept apart and never counted as UWV hours. Group sessions were split
over the workers when they were logged, so each entry already holds a worker's share.

Budgets, charts and warnings need sums, not entries: a :class:`Tally` is the sum of a
grant's entries that share a period, a month, a with-whom, an activity and a billable
flag. The store adds them up in SQL (a few hundred tallies instead of thousands of
entries); :func:`tally` adds up entries in memory the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from coachlog.domain import model

WITH_WHOM_ORDER = ("worker", "employer", "network", "nobody")


@dataclass
class Actual:
    minutes_by_with: dict[str, int] = field(default_factory=lambda: dict.fromkeys(WITH_WHOM_ORDER, 0))
    # The billable minutes split the same way: these add up to ``billable``.
    billable_by_with: dict[str, int] = field(default_factory=lambda: dict.fromkeys(WITH_WHOM_ORDER, 0))
    billable: int = 0
    not_billable: int = 0
    travel_minutes: int = 0
    travel_m: int = 0
    contacts: int = 0  # contact moments: direct entries (a group session counts once per worker)

    @property
    def total(self) -> int:
        return sum(self.minutes_by_with.values())

    @property
    def direct(self) -> int:
        return self.total - self.minutes_by_with["nobody"]

    @property
    def indirect(self) -> int:
        return self.minutes_by_with["nobody"]

    def add(self, entry: model.Entry | Tally, indirect_activities: frozenset[str]) -> None:
        """Count an entry, or a tally of entries (``entries`` of them), by one rule."""
        self.minutes_by_with[entry.with_whom] = self.minutes_by_with.get(entry.with_whom, 0) + entry.minutes
        if entry.billable and entry.with_whom != "nobody" and entry.activity not in indirect_activities:
            self.billable += entry.minutes
            self.billable_by_with[entry.with_whom] += entry.minutes
        else:
            self.not_billable += entry.minutes
        self.travel_minutes += entry.travel_minutes
        self.travel_m += entry.travel_m
        if entry.with_whom != "nobody":
            self.contacts += getattr(entry, "entries", 1)


@dataclass(frozen=True)
class Tally:
    """``entries`` entries of one grant period and one calendar month with the same
    with-whom, activity and billable flag, summed."""

    period_no: int | None  # None: the entries lie outside the grant's periods
    month: date  # the first day of the calendar month
    with_whom: str
    activity: str
    billable: bool
    minutes: int
    travel_minutes: int
    travel_m: int
    entries: int


def tally(entries: Iterable[model.Entry], period_of: Callable[[date], int | None]) -> list[Tally]:
    """Entries summed as the store sums them (``period_of``: a day's period number)."""
    sums: dict[tuple, list[int]] = {}
    for entry in entries:
        key = (period_of(entry.day), month_of(entry.day), entry.with_whom, entry.activity, bool(entry.billable))
        found = sums.setdefault(key, [0, 0, 0, 0])
        found[0] += entry.minutes
        found[1] += entry.travel_minutes
        found[2] += entry.travel_m
        found[3] += 1
    return [Tally(*key, *values) for key, values in sums.items()]


def tallies_by_month(tallies: Iterable[Tally], indirect_activities: frozenset[str]) -> dict[date, Actual]:
    months: dict[date, Actual] = {}
    for item in tallies:
        months.setdefault(item.month, Actual()).add(item, indirect_activities)
    return months


def tallies_by_period(tallies: Iterable[Tally], indirect_activities: frozenset[str]) -> dict[int, Actual]:
    """What was spent per period number (tallies outside every period left out)."""
    periods: dict[int, Actual] = {}
    for item in tallies:
        if item.period_no is not None:
            periods.setdefault(item.period_no, Actual()).add(item, indirect_activities)
    return periods


def month_of(day: date) -> date:
    return day.replace(day=1)


def by_month(entries: Iterable[model.Entry], indirect_activities: frozenset[str]) -> dict[date, Actual]:
    months: dict[date, Actual] = {}
    for entry in entries:
        months.setdefault(month_of(entry.day), Actual()).add(entry, indirect_activities)
    return months


def total(entries: Iterable[model.Entry], indirect_activities: frozenset[str]) -> Actual:
    result = Actual()
    for entry in entries:
        result.add(entry, indirect_activities)
    return result
