"""The entities of a coach's journal, as plain dataclasses.

Durations are whole minutes, money is Decimal euros, dates are ``date`` and times are
local wall clock. ``id`` is None until the store has saved the entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Protocol

from coachlog.i18n import N_

EMPLOYMENT_KINDS = ("contract", "proefplaatsing", "bbl")
FUNDER_KINDS = ("uwv-extern", "uwv-intern", "gemeente", "private")
REGIMES = ("zeer-licht", "licht", "midden", "intensief")
GOAL_STATUSES = ("open", "reached", "partly", "not-reached")
# How the app and the reports name a regime and a goal's status (translated like every message).
REGIME_NAMES = {"zeer-licht": N_("very light"), "licht": N_("light"), "midden": N_("medium"),
                "intensief": N_("intensive")}
GOAL_STATUS_NAMES = {"open": N_("open"), "reached": N_("reached"), "partly": N_("partly reached"),
                     "not-reached": N_("not reached")}
ABSENCE_KINDS = ("ziek", "vakantie", "overig")
LADDER_STEPS = range(1, 7)
# The participatieladder's steps by name: written in English and translated like every
# message; reports for funders print them in Dutch (i18n.dutch).
LADDER_NAMES = {
    1: N_("Isolated"),
    2: N_("Social contacts outside the home"),
    3: N_("Taking part in organised activities"),
    4: N_("Unpaid work"),
    5: N_("Paid work with support"),
    6: N_("Paid work"),
}

# The schedule a grant follows unless the coach names another (see protocols/).
DEFAULT_SCHEDULE_BY_FUNDER_KIND = {
    "uwv-extern": "uwv-extern-2014",
    "uwv-intern": "uwv-intern-2015",
    "gemeente": "uwv-extern-2014",
    "private": "uwv-extern-2014",
}
DEFAULT_PERIOD_MONTHS_BY_FUNDER_KIND = {
    "uwv-extern": 6,
    "uwv-intern": 12,
    "gemeente": 6,
    "private": 6,
}


class _Entity(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(entity: _Entity) -> int:
    """The id of an entity the store saved or loaded. Such an entity always has one, which
    its type (``int | None``) cannot say; this says it, and refuses one never saved."""
    if entity.id is None:
        raise ValueError(f"{type(entity).__name__} has no id: it was never saved")
    return entity.id


@dataclass
class Worker:
    name: str
    active: bool = True
    id: int | None = None


@dataclass
class Employer:
    name: str
    contact: str = ""
    active: bool = True
    id: int | None = None


@dataclass
class ContractHours:
    """Contract hours per week from ``valid_from`` on, until the next change."""

    employment_id: int
    valid_from: date
    minutes_per_week: int
    id: int | None = None

    @property
    def hours_per_week(self) -> Decimal:
        return Decimal(self.minutes_per_week) / 60


@dataclass
class Employment:
    worker_id: int
    employer_id: int
    start: date
    kind: str = "contract"
    end: date | None = None
    loonwaarde: int | None = None  # wage value in percent
    # The date employment years are counted from; sources differ, so it is editable.
    year_anchor: date | None = None
    id: int | None = None

    @property
    def anchor(self) -> date:
        return self.year_anchor or self.start

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass
class Funder:
    name: str
    kind: str
    reference: str = ""
    id: int | None = None


@dataclass
class Tariff:
    """An hourly tariff in euros excluding BTW, valid from ``valid_from`` on."""

    funder_id: int
    valid_from: date
    rate: Decimal
    id: int | None = None


@dataclass
class Grant:
    employment_id: int
    funder_id: int
    schedule_id: str
    start: date
    period_months: int
    regime: str | None = None
    # When the decision letter states hours per period, they are the hard cap.
    granted_minutes_per_period: int | None = None
    periods: int = 6
    reference: str = ""
    id: int | None = None


@dataclass
class Goal:
    grant_id: int
    period_no: int
    text: str
    status: str = "open"
    id: int | None = None


@dataclass
class Entry:
    day: date
    minutes: int
    with_whom: str
    activity: str
    mode: str = "on_site"
    worker_id: int | None = None
    employer_id: int | None = None
    start: time | None = None
    goal_id: int | None = None
    billable: bool = True
    travel_minutes: int = 0
    travel_m: int = 0  # travel distance in metres, shown as km
    note: str = ""
    # Never exported and never in a report: the coach's own memory aid.
    private_note: str = ""
    group_id: str | None = None
    id: int | None = None


@dataclass
class LadderMeasurement:
    worker_id: int
    day: date
    step: int
    expected_step: int | None = None
    horizon: date | None = None
    note: str = ""
    id: int | None = None


@dataclass
class Absence:
    worker_id: int
    start: date
    end: date
    kind: str = "ziek"
    note: str = ""
    id: int | None = None


@dataclass
class Timer:
    """A timer that runs until stopped; stopping it logs the minutes as an entry."""

    started: datetime
    with_whom: str = "worker"
    activity: str = "guidance"
    mode: str = "on_site"
    worker_id: int | None = None
    employer_id: int | None = None
    note: str = ""
    id: int | None = None


@dataclass
class Change:
    """One undoable change: what it did, and the rows as they were before it."""

    summary: str
    operations: list[dict] = field(default_factory=list)
    id: int | None = None
