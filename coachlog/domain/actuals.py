"""What was actually spent: entries summed per month, split the ways funders ask.

UWV hours are billable minutes of direct coaching (with the worker, the employer or the
network); travel is kept apart and never counted as UWV hours. Group sessions were split
over the workers when they were logged, so each entry already holds a worker's share.
"""

from __future__ import annotations

from collections.abc import Iterable
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

    def add(self, entry: model.Entry, indirect_activities: frozenset[str]) -> None:
        self.minutes_by_with[entry.with_whom] = self.minutes_by_with.get(entry.with_whom, 0) + entry.minutes
        if entry.billable and entry.with_whom != "nobody" and entry.activity not in indirect_activities:
            self.billable += entry.minutes
            self.billable_by_with[entry.with_whom] += entry.minutes
        else:
            self.not_billable += entry.minutes
        self.travel_minutes += entry.travel_minutes
        self.travel_m += entry.travel_m
        if entry.with_whom != "nobody":
            self.contacts += 1


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
