"""Planning a demo journal's entries (visits, calls, group sessions, indirect time) and
writing them through the services."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from coachlog.demo.data import (
    _RECENT,
    CHUNK,
    EMPLOYER_CURVE,
    EMPLOYER_MODES,
    GROUP_NOTES,
    NETWORK_CURVE,
    NETWORK_MODES,
    NOTES,
    PRIVATE_NOTES,
    WEEKS_PER_MONTH,
    WORKER_CURVE,
    WORKER_MODES,
)
from coachlog.domain import budget, model, rules
from coachlog.domain.parsing import INDIRECT_ACTIVITIES
from coachlog.errors import InvalidInput
from coachlog.services import EntryDraft
from coachlog.services.base import counted_summary

if TYPE_CHECKING:
    from coachlog.services import Coachlog


def _curve(points: tuple[tuple[float, float], ...], month: float) -> float:
    if month <= points[0][0]:
        return points[0][1]
    for (m0, h0), (m1, h1) in pairwise(points):
        if month <= m1:
            return h0 + (h1 - h0) * (month - m0) / (m1 - m0)
    return points[-1][1]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _cum(weighted: tuple) -> tuple[list, list[int]]:
    items, total, cum = [], 0, []
    for item in weighted:
        items.append(item)
        total += item[1]
        cum.append(total)
    return items, cum


def _display_surname(surname: str) -> str:
    """"van Dijk" alone, as in a business name, is "Van Dijk"."""
    return surname[0].upper() + surname[1:]


@dataclass
class _Job:
    """One coached employment: the employment, its grant and how intensely it is coached."""

    worker: model.Worker
    employer: model.Employer
    employment: model.Employment
    grant: model.Grant
    anchor: date  # where the intensity curve starts (a trial placement before counts)
    until: date  # the last day coached, at most today
    factor: float
    travel: tuple[int, int]  # round trip to the workplace: minutes, metres
    home_travel: tuple[int, int]
    introduce: bool = True
    goals: dict[int, list[int]] = field(default_factory=dict)


@dataclass
class _Person:
    name: str
    start: date
    role: str = "plain"
    worker: model.Worker | None = None
    jobs: list[_Job] = field(default_factory=list)


@dataclass
class _Item:
    entry: model.Entry
    order: int  # within a day: 0 meeting, 1 direct, 2 admin
    place: tuple  # entries at one place on one day follow each other
    protected: bool = False


@dataclass
class _Group:
    day: date
    minutes: int
    workers: list[_Job]
    note: str
    start: time | None = None


@dataclass
class _Plan:
    items: list[_Item] = field(default_factory=list)
    groups: list[_Group] = field(default_factory=list)
    used: dict[date, int] = field(default_factory=dict)
    slots: list[tuple[_Job, list[date]]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items) + sum(len(g.workers) for g in self.groups)


class _EntryPlanner:
    """The entry planning of :class:`coachlog.demo.builder._Builder` (mixed into it: it
    uses the builder's people, jobs, random generator and services)."""

    # What the builder gives the planner (set in _Builder.__init__).
    app: Coachlog
    today: date
    seed: int
    progress: Callable[[int, int], None] | None
    target: int | None
    origin: date
    cap: int
    counts: dict[str, int]
    people: list[_Person]
    jobs: list[_Job]
    absent: dict[int, set[date]]

    if TYPE_CHECKING:
        def _count(self, kind: str, n: int = 1) -> None: ...

    def _coach_off(self, day: date) -> bool:
        """The coach's own holidays: three summer weeks and Christmas; never the last weeks."""
        if day >= self.today - timedelta(days=21):
            return False
        week = day.isocalendar()[1]
        return 30 <= week <= 32 or (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1)

    def _plan_entries(self, density: float) -> _Plan:
        plan = _Plan()
        rng = random.Random(self.seed * 1_000_003 + 17)
        week_direct: dict[date, int] = {}
        for job in self.jobs:
            self._plan_job(plan, rng, job, density, week_direct)
        self._plan_recent(plan, rng)
        self._plan_groups(plan, rng)
        self._plan_indirect(plan, rng, week_direct)
        return plan

    def _days_of(self, job: _Job, monday: date) -> list[date]:
        absent = self.absent.get(model.saved_id(job.worker), ())
        start, until = job.employment.start, job.until
        return [d for d in (monday + timedelta(days=i) for i in range(5))
                if start <= d <= until and d not in absent and not self._coach_off(d)]

    def _fits(self, plan: _Plan, day: date, minutes: int) -> bool:
        return plan.used.get(day, 0) + minutes <= self.cap

    def _add(self, plan: _Plan, rng: random.Random, job: _Job | None, day: date, minutes: int, with_whom: str,
             activity: str, mode: str, *, visited: dict | None = None, note_key: str | None = None,
             private: bool = False, protected: bool = False, order: int = 1, at_home: bool = False) -> int | None:
        """Plan one entry if the day has room; returns the minutes used (travel included)."""
        travel_minutes = travel_m = 0
        place: tuple = ("office",)
        if job is not None and mode == "on_site" and with_whom != "nobody":
            place = ("home", job.worker.id) if at_home else ("employer", job.employer.id)
            if visited is not None and (day, place) not in visited:
                base_minutes, base_m = job.home_travel if at_home else job.travel
                travel_minutes = max(5, 5 * round(base_minutes * rng.uniform(0.9, 1.15) / 5))
                travel_m = 100 * round(base_m * rng.uniform(0.97, 1.05) / 100)
        if not self._fits(plan, day, minutes + travel_minutes):
            return None
        if travel_minutes and visited is not None:
            visited[(day, place)] = True
        goal_id = None
        if job is not None and with_whom != "nobody":
            chance = {"worker": 0.7, "employer": 0.4, "network": 0.2}[with_whom]
            number = budget.period_number(job.grant, day)
            goals = job.goals.get(number or 0)
            if goals and rng.random() < chance:
                goal_id = rng.choice(goals)
        notes = NOTES.get((with_whom, note_key or activity)) or NOTES[(with_whom, "guidance" if with_whom == "worker"
                                                                       else "manager" if with_whom == "employer"
                                                                       else "admin")]
        entry = model.Entry(
            day=day, minutes=minutes, with_whom=with_whom, activity=activity, mode=mode,
            worker_id=job.worker.id if job else None, employer_id=job.employer.id if job else None,
            goal_id=goal_id, billable=rules.default_billable(with_whom, activity, INDIRECT_ACTIVITIES),
            travel_minutes=travel_minutes, travel_m=travel_m, note=rng.choice(notes),
            private_note=rng.choice(PRIVATE_NOTES) if private and rng.random() < 0.06 else "",
        )
        plan.items.append(_Item(entry, order, place, protected))
        plan.used[day] = plan.used.get(day, 0) + minutes + travel_minutes
        return minutes + travel_minutes

    @staticmethod
    def _contacts(rng: random.Random, target: float, modes: tuple) -> list[tuple[str, int]]:
        """Contacts whose minutes add up to ``target`` on average."""
        items, cum = _cum(modes)
        found, remaining = [], target
        while remaining > 0:
            mode, _weight, choices = rng.choices(items, cum_weights=cum)[0]
            minutes = rng.choice(choices)
            if minutes > remaining and rng.random() > remaining / minutes:
                break
            found.append((mode, minutes))
            remaining -= minutes
        return found

    @staticmethod
    def _worker_activity(rng: random.Random, month: float) -> str:
        options: tuple[tuple[str, int], ...]
        if month < 1:
            options = (("training", 5), ("structure", 3), ("guidance", 2))
        elif month < 3:
            options = (("training", 3), ("structure", 3), ("guidance", 6), ("home", 1))
        else:
            options = (("guidance", 60), ("structure", 15), ("training", 5), ("home", 10), ("evaluation", 6),
                       ("crisis", 2))
        return rng.choices([o[0] for o in options], [o[1] for o in options])[0]

    def _plan_job(self, plan: _Plan, rng: random.Random, job: _Job, density: float,
                  week_direct: dict[date, int]) -> None:
        visited: dict = {}
        monday = _monday(job.employment.start)
        period_ends = {end: number for number, _start, end in budget.periods(job.grant, job.employment)
                       if end <= job.until and (end < self.today or job.employment.end == end)}
        introduced = not job.introduce
        while monday <= job.until:
            days = self._days_of(job, monday)
            if not days:
                monday += timedelta(days=7)
                continue
            plan.slots.append((job, days))
            month = ((monday + timedelta(days=2)) - job.anchor).days / 30.44
            scale = WEEKS_PER_MONTH ** -1 * 60 * job.factor * density * len(days) / 5
            used = 0
            worker_target = _curve(WORKER_CURVE, month) * scale
            employer_target = _curve(EMPLOYER_CURVE, month) * scale
            if not introduced:
                # The first visit: kennismaking with the worker and the manager, part of the week's time.
                introduced = True
                day = days[0]
                minutes = rng.choice((60, 90))
                used += self._add(plan, rng, job, day, minutes, "worker", "introduction", "on_site",
                                  visited=visited) or 0
                worker_target -= minutes
                minutes = rng.choice((45, 60))
                used += self._add(plan, rng, job, day, minutes, "employer", "introduction", "on_site",
                                  visited=visited) or 0
                employer_target -= minutes
            worker_days: list[date] = []
            for mode, minutes in self._contacts(rng, worker_target, WORKER_MODES):
                activity = self._worker_activity(rng, month)
                at_home = activity == "home" and mode == "on_site"
                if activity == "crisis":
                    minutes = rng.choice((60, 90, 120)) if mode == "on_site" else rng.choice((30, 45))
                added = self._place(plan, rng, job, days, minutes, "worker", activity, mode, visited,
                                    at_home=at_home)
                if added:
                    used += added[1]
                    if mode == "on_site" and not at_home:
                        worker_days.append(added[0])
            for mode, minutes in self._contacts(rng, employer_target, EMPLOYER_MODES):
                activity = rng.choices(("manager", "evaluation", "training"), (12, 1, 1))[0]
                prefer = worker_days if mode == "on_site" and worker_days else days
                added = self._place(plan, rng, job, prefer, minutes, "employer", activity, mode, visited,
                                    fallback=days)
                used += added[1] if added else 0
            for mode, minutes in self._contacts(rng, _curve(NETWORK_CURVE, month) * scale, NETWORK_MODES):
                activity = rng.choices(("home", "evaluation"), (3, 2))[0]
                added = self._place(plan, rng, job, days, minutes, "network", activity, mode, visited)
                used += added[1] if added else 0
            for end in [e for e in period_ends if monday <= e <= monday + timedelta(days=6)]:
                used += self._period_end(plan, rng, job, end, visited)
            week_direct[monday] = week_direct.get(monday, 0) + used
            monday += timedelta(days=7)

    def _place(self, plan: _Plan, rng: random.Random, job: _Job, days: list[date], minutes: int, with_whom: str,
               activity: str, mode: str, visited: dict, *, fallback: list[date] | None = None,
               at_home: bool = False) -> tuple[date, int] | None:
        """Put a contact on one of ``days`` that has room (then on one of ``fallback``)."""
        for candidates in (days, fallback or ()):
            order = list(candidates)
            rng.shuffle(order)
            for day in order:
                added = self._add(plan, rng, job, day, minutes, with_whom, activity, mode, visited=visited,
                                  private=True, at_home=at_home)
                if added:
                    return day, added
        return None

    def _period_end(self, plan: _Plan, rng: random.Random, job: _Job, end: date, visited: dict) -> int:
        """A three-way evaluation near the end of a period, and the report written after it."""
        days = [end - timedelta(days=i) for i in range(14)]
        absent = self.absent.get(model.saved_id(job.worker), ())
        days = [d for d in days if d.weekday() < 5 and d >= job.employment.start and d <= job.until
                and d not in absent and not self._coach_off(d)]
        if not days:
            return 0
        day = days[min(len(days) - 1, rng.randint(2, 6))]
        used = self._add(plan, rng, job, day, 60, "worker", "evaluation", "on_site", visited=visited) or 0
        used += self._add(plan, rng, job, day, 45, "employer", "evaluation", "on_site", visited=visited) or 0
        later = [d for d in days if d >= day]
        report_day = later[0] if rng.random() < 0.4 else rng.choice(later)
        used += self._add(plan, rng, job, report_day, rng.choice((60, 75, 90)), "nobody", "admin", "on_site",
                          note_key="report", order=2) or 0
        return used

    def _plan_recent(self, plan: _Plan, rng: random.Random) -> None:
        """Every worker coached today has an entry in the last week (UWV wants weekly)."""
        since = self.today - timedelta(days=_RECENT - 1)
        seen = {item.entry.worker_id for item in plan.items
                if item.entry.day >= since and item.entry.worker_id is not None and item.entry.with_whom != "nobody"}
        for item in plan.items:
            if item.entry.day >= since and item.entry.worker_id is not None:
                item.protected = True
        for job in self.jobs:
            if job.until < self.today or job.worker.id in seen:
                continue
            absent = self.absent.get(model.saved_id(job.worker), ())
            days = [self.today - timedelta(days=i) for i in range(_RECENT)]
            days = [d for d in days if d.weekday() < 5 and d >= job.employment.start and d not in absent]
            for day in days:
                if self._add(plan, rng, job, day, rng.choice((15, 20, 30)), "worker", "guidance", "phone",
                             protected=True):
                    seen.add(model.saved_id(job.worker))
                    break

    def _plan_groups(self, plan: _Plan, rng: random.Random) -> None:
        """About every six weeks a group session of two hours for three to six workers."""
        if self.target is not None and self.target < 500:
            return
        day = _monday(self.origin) + timedelta(weeks=4, days=3)  # a Thursday
        while day <= self.today:
            if not self._coach_off(day) and self._fits(plan, day, 120):
                present = [job for job in self.jobs if job.employment.start <= day <= job.until
                           and day not in self.absent.get(model.saved_id(job.worker), ())]
                if len(present) >= 3:
                    chosen = rng.sample(present, min(len(present), rng.randint(3, 6)))
                    plan.groups.append(_Group(day, 120, chosen, rng.choice(GROUP_NOTES)))
                    plan.used[day] = plan.used.get(day, 0) + 120
            day += timedelta(weeks=rng.choice((5, 6, 6, 7)))

    def _plan_indirect(self, plan: _Plan, rng: random.Random, week_direct: dict[date, int]) -> None:
        """Admin, team meetings, intervision and courses: with nobody, never billed."""
        monday = _monday(self.origin)
        weeks = 0
        while monday <= self.today:
            days = [monday + timedelta(days=i) for i in range(5)]
            days = [d for d in days if self.origin <= d <= self.today and not self._coach_off(d)]
            if days:
                weeks += 1
                if monday.isocalendar()[1] % 2 == 0:
                    self._indirect_on(plan, rng, days[:2], rng.choice((60, 90)), "meeting", rng.choice(
                        ("conversation", "video")), "Teamoverleg.")
                if monday.day <= 7:
                    self._indirect_on(plan, rng, days[2:] or days, 90, "meeting", "conversation",
                                      "Intervisie met collega-jobcoaches.")
                if weeks % 13 == 7:
                    self._indirect_on(plan, rng, days, 120, "course", rng.choice(("conversation", "video")), None)
                target = 15 + 0.10 * week_direct.get(monday, 0)
                for _mode, minutes in self._contacts(rng, target, (("on_site", 1, (15, 30, 30, 45, 60)),)):
                    self._indirect_on(plan, rng, days, minutes, "admin", "on_site", None)
            monday += timedelta(days=7)

    def _indirect_on(self, plan: _Plan, rng: random.Random, days: list[date], minutes: int, activity: str,
                     mode: str, note: str | None) -> None:
        order = list(days)
        rng.shuffle(order)
        for day in order:
            if self._fits(plan, day, minutes):
                self._add(plan, rng, None, day, minutes, "nobody", activity, mode, order=0 if activity == "meeting"
                          else 2)
                if note:
                    plan.items[-1].entry.note = note
                return

    # -- hitting an exact count -------------------------------------------------------------

    def _adjust(self, plan: _Plan, target: int) -> None:
        rng = random.Random(self.seed * 1_000_003 + 29)
        excess = plan.count - target
        if excess > 0:
            removable = [i for i, item in enumerate(plan.items) if not item.protected]
            if excess > len(removable):
                removable = list(range(len(plan.items)))
            if excess > len(removable):
                group_entries = plan.count - len(plan.items)
                plan.groups.clear()
                excess -= group_entries
                removable = list(range(len(plan.items)))
            drop = set(rng.sample(removable, max(0, excess)))
            kept, orphaned = [], []
            for i, item in enumerate(plan.items):
                if i in drop:
                    plan.used[item.entry.day] -= item.entry.minutes + item.entry.travel_minutes
                    if item.entry.travel_minutes:
                        orphaned.append(item)
                else:
                    kept.append(item)
            plan.items = kept
            # Travel belongs to the first visit of a place on a day: hand it to a visit that stays.
            at_place: dict[tuple, _Item] = {}
            for item in kept:
                if item.entry.mode == "on_site" and item.entry.with_whom != "nobody":
                    at_place.setdefault((item.entry.day, item.place), item)
            for item in orphaned:
                heir = at_place.get((item.entry.day, item.place))
                if heir is not None and not heir.entry.travel_minutes:
                    heir.entry.travel_minutes, heir.entry.travel_m = item.entry.travel_minutes, item.entry.travel_m
                    plan.used[item.entry.day] += item.entry.travel_minutes
        deficit = target - plan.count
        attempts = 0
        while deficit > 0:
            attempts += 1
            if attempts > 50 * target + 1000 or not plan.slots:
                raise InvalidInput("entries", target, "too many entries to fit on the weekdays of this journal; "
                                   "give fewer entries or more years")
            job, days = rng.choice(plan.slots)
            mode = rng.choice(("phone", "phone", "email", "video"))
            minutes = 15 if mode == "email" else rng.choice((15, 20, 30))
            if self._add(plan, rng, job, rng.choice(days), minutes, "worker", "guidance", mode, private=True):
                deficit -= 1
        if plan.count != target:  # groups removed for a tiny target
            raise AssertionError(f"demo planned {plan.count} entries, not {target}")

    # -- start times and writing ------------------------------------------------------------

    def _assign_times(self, plan: _Plan) -> None:
        """Start times per day: meetings first, visits grouped per place, admin last."""
        rng = random.Random(self.seed * 1_000_003 + 43)
        by_day: dict[date, list] = {}
        for item in plan.items:
            by_day.setdefault(item.entry.day, []).append(item)
        for group in plan.groups:
            by_day.setdefault(group.day, []).append(group)
        for day in sorted(by_day):
            things = by_day[day]
            rng.shuffle(things)
            place_rank: dict[tuple, int] = {}
            for thing in things:
                if isinstance(thing, _Item):
                    place_rank.setdefault(thing.place, len(place_rank))

            def key(thing: _Item | _Group) -> tuple:
                if isinstance(thing, _Group):
                    return (1, -1, 0)
                # B023 does not apply: the sort right below calls key in this same iteration, with this day's ranks
                return (thing.order, place_rank[thing.place], 0 if thing.entry.travel_minutes else 1)  # noqa: B023

            things.sort(key=key)
            total = sum(t.minutes if isinstance(t, _Group) else t.entry.minutes + t.entry.travel_minutes
                        for t in things)
            slack = rules.MINUTES_PER_DAY - total
            begin = 5 * (min(8 * 60 + 30, slack) // 5)
            spare = slack - begin
            cursor = begin
            for thing in things:
                gap = min(spare, rng.choice((0, 0, 5, 10, 15, 30)))
                spare -= gap
                cursor += gap
                if isinstance(thing, _Group):
                    thing.start = time(cursor // 60, cursor % 60)
                    cursor += thing.minutes
                    continue
                entry = thing.entry
                before = 5 * (entry.travel_minutes // 10)
                cursor += before
                entry.start = time(cursor // 60, cursor % 60)
                cursor += entry.minutes + entry.travel_minutes - before

    def _insert(self, plan: _Plan) -> None:
        total = plan.count
        done = 0
        names = {model.saved_id(person.worker): person.name
                 for person in self.people if person.worker is not None}
        for group in sorted(plan.groups, key=lambda g: g.day):
            self.app.log(EntryDraft(
                day=group.day, minutes=group.minutes,
                workers=[names[model.saved_id(job.worker)] for job in group.workers],
                with_whom="worker", activity="training", mode="conversation", start=group.start, note=group.note,
            ))
            done += len(group.workers)
        self._count("group_sessions", len(plan.groups))
        if plan.groups and self.progress:
            self.progress(done, total)
        entries = [item.entry for item in plan.items]
        entries.sort(key=lambda e: (e.day, e.start or time(0)))
        for first in range(0, len(entries), CHUNK):
            chunk = entries[first:first + CHUNK]
            summary = counted_summary("demo: {count} entry", "demo: {count} entries", len(chunk), count=len(chunk))
            self.app.add_checked_entries(chunk, summary)
            done += len(chunk)
            if self.progress:
                self.progress(done, total)
        self.counts["entries"] = total
