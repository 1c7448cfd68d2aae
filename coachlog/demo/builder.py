"""Building a demo journal: employers, workers, funders, employments and grants, goals,
ladder steps and absences, through the services; the entries are planned in plan.py."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from coachlog.demo.data import (
    _RECENT,
    DAY_CAP_DENSE,
    DAY_CAP_REALISTIC,
    EARLIEST_START,
    EMPLOYERS,
    ENTRIES_PER_WORKER_MONTH,
    ENTRIES_PER_YEAR,
    FIRST_NAMES,
    GOAL_STATUS_WEIGHTS,
    GOALS,
    GOALS_VIA_SERVICES,
    LADDER_NOTES,
    REGIME_FACTOR,
    SURNAMES,
    TRADES,
    DemoSize,
)
from coachlog.demo.plan import _display_surname, _EntryPlanner, _Job, _monday, _Person
from coachlog.domain import budget, model, rules
from coachlog.errors import Conflict, InvalidInput
from coachlog.services import Coachlog
from coachlog.services.base import counted_summary

GOAL_STATUSES = [status for status, _ in GOAL_STATUS_WEIGHTS]
GOAL_WEIGHTS = [weight for _, weight in GOAL_STATUS_WEIGHTS]


class _Builder(_EntryPlanner):
    def __init__(self, app: Coachlog, today: date, size: DemoSize, seed: int,
                 progress: Callable[[int, int], None] | None) -> None:
        self.app = app
        self.today = today
        self.seed = seed
        self.progress = progress
        self.target = size.entries
        if self.target is not None and self.target < 0:
            raise InvalidInput("entries", self.target, "give a number of entries of 0 or more")
        self.workers, self.employers, self.years = self._effective(size)
        self.origin = max(today - relativedelta(years=self.years), rules.EARLIEST + timedelta(days=7))
        self.cap = DAY_CAP_DENSE if self.target is not None else DAY_CAP_REALISTIC
        self.rng = random.Random(seed)
        self.counts: dict[str, int] = {}
        self.people: list[_Person] = []
        self.jobs: list[_Job] = []
        self.absent: dict[int, set[date]] = {}

    # -- sizing ------------------------------------------------------------------------

    def _effective(self, size: DemoSize) -> tuple[int, int, int]:
        workers, employers, years = max(1, size.workers), max(1, size.employers), max(1, size.years)
        max_years = max(1, self.today.year - EARLIEST_START.year)
        if size.entries is None:
            return workers, employers, min(years, max_years)
        years = min(max_years, max(years, math.ceil(size.entries / ENTRIES_PER_YEAR)))
        span = years * 12
        # Average months a worker is coached: starts spread over the span, coaching at most 36 months.
        months = span / 2 if span <= 36 else (36 * (span - 36) + 36 * 36 / 2) / span
        needed = math.ceil(size.entries / (ENTRIES_PER_WORKER_MONTH * 1.5 * max(months, 1)))
        workers = max(workers, needed)
        employers = max(employers, math.ceil(workers * 5 / 8))
        return workers, employers, years

    # -- the whole run -------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        if self.app.holds_data():
            raise Conflict("demo data goes into an empty journal only; this one already holds data")
        employer_rows = self._employers()
        self._people()
        self._funders()
        self._employments(employer_rows)
        self._goals()
        self._ladder()
        self._absences()
        self._archive()
        if self.target is None:
            plan = self._plan_entries(1.0)
        else:
            # Denser visits: a guess from the coached months, a little over, then trimmed at random
            # (or, when the days are full, padded with short calls) to the exact count.
            months = sum((job.until - job.employment.start).days for job in self.jobs) / 30.44
            density = 1.15 * self.target / max(1.0, ENTRIES_PER_WORKER_MONTH * months)
            plan = self._plan_entries(density)
            self._adjust(plan, self.target)
        self._assign_times(plan)
        self._insert(plan)
        return self.counts

    def _count(self, kind: str, n: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n

    # -- people and places ---------------------------------------------------------------

    def _employers(self) -> list[tuple[model.Employer, tuple[int, int]]]:
        rng = self.rng
        names = list(EMPLOYERS)
        rng.shuffle(names)
        if self.employers > len(names):
            extra = [f"{trade} {_display_surname(surname)}" for trade in TRADES for surname in SURNAMES]
            extra = [n for n in extra if n not in EMPLOYERS]
            rng.shuffle(extra)
            names += extra
        if self.employers > len(names):
            base = list(names)
            number = 2
            while len(names) < self.employers:
                names += [f"{name} {number}" for name in base]
                number += 1
        found = []
        for name in names[: self.employers]:
            contact = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)} (leidinggevende)"
            employer = self.app.add_employer(name, contact)
            found.append((employer, self._travel(rng, 3, 35)))
        self._count("employers", len(found))
        return found

    @staticmethod
    def _travel(rng: random.Random, low_km: int, high_km: int) -> tuple[int, int]:
        """A round trip: minutes (5-minute steps) and metres."""
        km = rng.randint(low_km * 10, high_km * 10) / 10
        minutes = 5 * round((8 + km * 1.4) / 5)
        return 2 * minutes, int(2 * km * 1000)

    def _people(self) -> None:
        rng = self.rng
        combos = len(FIRST_NAMES) * len(SURNAMES)
        picks = rng.sample(range(combos), min(self.workers, combos))
        names = [f"{FIRST_NAMES[i // len(SURNAMES)]} {SURNAMES[i % len(SURNAMES)]}" for i in picks]
        number = 2
        while len(names) < self.workers:
            names += [f"{name} {number}" for name in names[: self.workers - len(names)]]
            number += 1
        latest = self.today - timedelta(weeks=6)
        span = max(0, (latest - self.origin).days)
        starts = [self.origin] + [self.origin + timedelta(days=rng.randint(0, span)) for _ in names[1:]]
        starts = [self._snap(rng, day) for day in starts]
        starts.sort()
        self.people = [_Person(name=name, start=start) for name, start in zip(names, starts, strict=True)]
        for person in self.people:
            person.worker = self.app.add_worker(person.name)
        self._count("workers", len(self.people))
        self._roles(rng)

    def _snap(self, rng: random.Random, day: date) -> date:
        """Employments start on the first of a month or on a Monday."""
        if rng.random() < 0.5:
            snapped = day.replace(day=1) + relativedelta(months=1) if day.day > 1 else day
        else:
            snapped = day + timedelta(days=(7 - day.weekday()) % 7)
        latest = self.today - timedelta(weeks=6)
        return max(self.origin, min(snapped, latest)) if snapped > latest else snapped

    def _roles(self, rng: random.Random) -> None:
        """Mostly plain contracts; some trial placements, one BBL, a couple that end."""
        people = self.people
        n = len(people)
        today = self.today
        free = list(range(n))

        def take(count: int, eligible: Callable[[_Person], bool], role: str, newest: bool = False) -> None:
            candidates = [i for i in free if eligible(people[i])]
            if newest:
                candidates = candidates[::-1][:count]
            else:
                rng.shuffle(candidates)
                candidates = candidates[:count]
            for i in sorted(candidates):
                people[i].role = role
                free.remove(i)

        take(max(1 if n >= 7 else 0, round(n * 0.03)), lambda p: p.start > today - relativedelta(months=3),
             "trial", newest=True)
        take(max(1 if n >= 4 else 0, round(n * 0.15)), lambda p: p.start <= today - relativedelta(months=5),
             "trial-contract")
        take(1 if n >= 6 else 0,
             lambda p: today - relativedelta(months=30) <= p.start <= today - relativedelta(months=7), "switch")
        take(max(1 if n >= 5 else 0, round(n * 0.06)), lambda p: p.start <= today - relativedelta(months=6), "stop")
        take(1 if n >= 3 else 0, lambda p: True, "bbl")

    def _funders(self) -> None:
        app = self.app
        app.add_funder("UWV", "uwv-extern")
        app.add_funder("UWV interne jobcoaching", "uwv-intern")
        app.add_funder("Gemeente Voorbeeldstad", "gemeente")
        self._count("funders", 3)
        year = self.today.year
        tariffs = [
            ("UWV", date(2014, 7, 1), Decimal("74.11")),  # DOMAIN.md section 5
            ("UWV", date(2015, 1, 1), Decimal("74.78")),  # DOMAIN.md section 5
            # INVENTED: a recent yearly indexation; the real amount is for the coach to enter.
            ("UWV", date(year, 1, 1), Decimal("96.12")),
            # INVENTED: tariffs of the other funders.
            ("UWV interne jobcoaching", date(year - 1, 1, 1), Decimal("92.40")),
            ("Gemeente Voorbeeldstad", date(year - 2, 1, 1), Decimal("82.50")),
            ("Gemeente Voorbeeldstad", date(year, 1, 1), Decimal("85.00")),
        ]
        for funder, valid_from, rate in tariffs:
            if rules.EARLIEST <= valid_from <= self.today + relativedelta(years=rules.MAX_YEARS_AHEAD):
                app.set_tariff(funder, valid_from, rate)
                self._count("tariffs")

    # -- employments and grants ------------------------------------------------------------

    def _employments(self, employer_rows: list[tuple[model.Employer, tuple[int, int]]]) -> None:
        rng, today = self.rng, self.today
        order = list(range(len(employer_rows)))
        rng.shuffle(order)
        cursor = 0

        def next_employer(avoid: int | None = None) -> tuple[model.Employer, tuple[int, int]]:
            nonlocal cursor
            for _ in range(len(order)):
                row = employer_rows[order[cursor % len(order)]]
                cursor += 1
                if row[0].id != avoid:
                    return row
            return employer_rows[order[0]]

        funder_plan = self._funder_plan(rng)
        for index, person in enumerate(self.people):
            employer, travel = next_employer()
            home = self._travel(rng, 2, 20)
            hours = rng.choice((12, 16, 20, 24, 24, 24, 28, 32, 32, 36, 38))
            regime = rng.choices(("midden", "licht", "intensief"), (70, 15, 15))[0]
            factor = REGIME_FACTOR[regime] * rng.uniform(0.8, 1.2) * (hours / 24) ** 0.3
            start = person.start
            funder = funder_plan[index]
            if person.role == "trial":
                end = start + relativedelta(months=3) - timedelta(days=1)
                self._job(person, employer, travel, home, start, end, "proefplaatsing", min(hours, 24), "midden",
                          factor, "UWV", anchor=start)
            elif person.role == "trial-contract":
                months = rng.choice((2, 3))
                trial_end = start + relativedelta(months=months) - timedelta(days=1)
                self._job(person, employer, travel, home, start, trial_end, "proefplaatsing", min(hours, 24),
                          "midden", factor, "UWV", anchor=start)
                self._job(person, employer, travel, home, trial_end + timedelta(days=1), None, "contract", hours,
                          regime, factor, funder, anchor=start, introduce=False)
            elif person.role == "switch":
                end = start + relativedelta(months=rng.randint(4, 6)) - timedelta(days=1)
                self._job(person, employer, travel, home, start, end, "contract", hours, regime, factor, funder,
                          anchor=start)
                second, second_travel = next_employer(avoid=employer.id)
                restart = _monday(end + timedelta(days=rng.randint(10, 24)))
                self._job(person, second, second_travel, home, restart, None, "contract",
                          rng.choice((16, 20, 24, 28)), regime, factor, "UWV", anchor=restart)
            elif person.role == "stop":
                latest = min(today - timedelta(weeks=3), start + relativedelta(months=30))
                earliest = start + relativedelta(months=3)
                end = earliest + timedelta(days=rng.randint(0, max(0, (latest - earliest).days)))
                self._job(person, employer, travel, home, start, end, "contract", hours, regime, factor, funder,
                          anchor=start)
            elif person.role == "bbl":
                self._job(person, employer, travel, home, start, None, "bbl", rng.choice((24, 28, 32)), "midden",
                          factor, "UWV", anchor=start)
            else:
                self._job(person, employer, travel, home, start, None, "contract", hours, regime, factor, funder,
                          anchor=start)
        self._count("contract_hours_changes", self._contract_changes(rng))

    def _funder_plan(self, rng: random.Random) -> list[str]:
        """Mostly UWV; one gemeente grant with granted hours, one interne jobcoaching, ..."""
        n = len(self.people)
        plan = ["UWV"] * n
        # Trial placements and the BBL stay with UWV; the others may go to another funder.
        eligible = [i for i, person in enumerate(self.people) if person.role not in ("trial", "bbl")]
        if n >= 3 and eligible:
            others = rng.sample(eligible, min(len(eligible), max(2, round(n * 0.25))))
            for position, i in enumerate(others):
                plan[i] = "Gemeente Voorbeeldstad*" if position == 0 else (
                    "UWV interne jobcoaching" if position == 1 or rng.random() < 0.35 else "Gemeente Voorbeeldstad")
        return plan

    def _job(self, person: _Person, employer: model.Employer, travel: tuple[int, int], home: tuple[int, int],
             start: date, end: date | None, kind: str, hours: int, regime: str, factor: float, funder: str,
             *, anchor: date, introduce: bool = True) -> None:
        rng, app = self.rng, self.app
        loonwaarde = None if kind == "proefplaatsing" else rng.randrange(35, 90, 5)
        employment = app.add_employment(person.name, employer.name, start, Decimal(hours), kind=kind, end=end,
                                         loonwaarde=loonwaarde)
        self._count("employments")
        granted = None
        if funder.endswith("*"):  # the one grant that states hours per period
            funder = funder[:-1]
            granted = Decimal(40)
        if funder == "UWV interne jobcoaching" and kind == "proefplaatsing":
            funder = "UWV"
        prefix = {"UWV": "UWV", "UWV interne jobcoaching": "IJC", "Gemeente Voorbeeldstad": "PW"}[funder]
        grant = app.add_grant(model.saved_id(employment), funder, start, regime=regime, granted_hours=granted,
                              reference=f"{prefix}-{start.year}-{rng.randint(1000, 9999)}")
        self._count("grants")
        until = min(self.today, budget.grant_end(grant, employment))
        assert person.worker is not None  # added with the people, before their jobs
        job = _Job(worker=person.worker, employer=employer, employment=employment, grant=grant, anchor=anchor,
                   until=until, factor=factor, travel=travel, home_travel=home, introduce=introduce)
        person.jobs.append(job)
        if until >= start:
            self.jobs.append(job)

    def _contract_changes(self, rng: random.Random) -> int:
        """Some contracts change their hours on a date (usually up: it goes well)."""
        changed = 0
        for job in self.jobs:
            employment = job.employment
            last = min(self.today, employment.end or self.today)
            if employment.kind == "proefplaatsing" or (last - employment.start).days < 120 or rng.random() > 0.3:
                continue
            day = employment.start + timedelta(days=rng.randint(90, (last - employment.start).days))
            day = day.replace(day=1) if day.replace(day=1) > employment.start else day
            hours = self.app.contract_hours(model.saved_id(employment))[0].minutes_per_week // 60
            new = max(12, min(38, hours + rng.choice((4, 4, 8, -4))))
            if new != hours:
                self.app.set_contract_hours(model.saved_id(employment), day, Decimal(new))
                changed += 1
        return changed

    # -- goals, ladder, absences -----------------------------------------------------------

    def _goals(self) -> None:
        """Two or three goals per started period; finished periods have a status."""
        rng = self.rng
        wanted: list[tuple[_Job, int, str, str]] = []
        for job in self.jobs:
            texts: list[str] = []
            for number, start, end in budget.periods(job.grant, job.employment):
                if start > job.until:
                    break
                done = end < job.until or job.until < self.today
                for _ in range(rng.choice((2, 3, 3))):
                    if not texts:
                        texts = list(GOALS)
                        rng.shuffle(texts)
                    status = rng.choices(GOAL_STATUSES, GOAL_WEIGHTS)[0] if done else (
                        "reached" if rng.random() < 0.15 else "open")
                    wanted.append((job, number, texts.pop(), status))
        if len(wanted) <= GOALS_VIA_SERVICES:
            for job, number, text, status in wanted:
                goal = self.app.add_goal(model.saved_id(job.grant), text, number)
                if status != "open":
                    self.app.edit_goal(model.saved_id(goal), status=status)
                job.goals.setdefault(number, []).append(model.saved_id(goal))
        else:
            # Thousands of goals: one change, checked with the rules add_goal and edit_goal use.
            summary = counted_summary("demo: {count} goal", "demo: {count} goals", len(wanted), count=len(wanted))
            saved = self.app.add_goals([(model.saved_id(job.grant), number, text, status)
                                        for job, number, text, status in wanted], summary)
            for (job, number, _text, _status), goal in zip(wanted, saved, strict=True):
                job.goals.setdefault(number, []).append(model.saved_id(goal))
        self._count("goals", len(wanted))

    def _ladder(self) -> None:
        """At the start and about every six months; expected steps with a horizon."""
        rng, app, today = self.rng, self.app, self.today
        for person in self.people:
            coached = [job for job in person.jobs if job.until >= job.employment.start]
            if not coached:
                continue
            first = min(job.employment.start for job in coached)
            last = max(job.until for job in coached)
            step = 4 if person.role in ("trial", "trial-contract") or rng.random() < 0.15 else 5
            day, number = first, 0
            while day <= last and day <= today:
                expected = min(6, step + 1) if rng.random() < 0.6 else step
                horizon = day + relativedelta(years=1 if expected > step else 2)
                app.add_measurement(person.name, day, step, expected_step=expected, horizon=horizon,
                                     note=rng.choice(LADDER_NOTES))
                self._count("ladder_measurements")
                number += 1
                day = first + relativedelta(months=6 * number) - timedelta(days=rng.randint(0, 14))
                roll = rng.random()
                step = min(6, step + 1) if roll < 0.12 else max(3, step - 1) if roll > 0.93 else step
            if person.role == "stop":
                end = max(job.employment.end for job in coached if job.employment.end)
                if end <= today:
                    app.add_measurement(person.name, end, 4, expected_step=5, horizon=end + relativedelta(years=1),
                                        note="Werk beëindigd, zoekt nieuw werk.")
                    self._count("ladder_measurements")

    def _absences(self) -> None:
        """Holidays, short sick leave and one absence longer than four weeks; all in the past."""
        rng, app, today = self.rng, self.app, self.today
        latest_end = today - timedelta(days=_RECENT + 7)
        long_done = False
        candidates = list(self.people)
        rng.shuffle(candidates)
        for person in candidates:
            jobs = [job for job in person.jobs if job.until >= job.employment.start]
            if not jobs:
                continue
            taken: list[tuple[date, date]] = []
            for job in jobs:
                first = job.employment.start + timedelta(weeks=3)
                last = min(job.until, latest_end)
                if (last - first).days < 60:
                    continue
                wishes = []
                if not long_done and (last - first).days > 120:
                    wishes.append(("ziek", rng.randint(35, 49), ""))
                    long_done = len(self.people) < 40 or rng.random() < 0.9
                years = max(1, (last - first).days // 365)
                for _ in range(years):
                    if rng.random() < 0.7:
                        wishes.append(("vakantie", rng.choice((7, 14, 14, 21)), "Vakantie"))
                    if rng.random() < 0.35:
                        wishes.append(("ziek", rng.randint(2, 5), ""))
                for kind, days, note in wishes:
                    for _ in range(10):
                        start = first + timedelta(days=rng.randint(0, (last - first).days))
                        end = start + timedelta(days=days - 1)
                        if end > last or any(start <= b + timedelta(days=7) and a <= end + timedelta(days=7)
                                             for a, b in taken):
                            continue
                        app.add_absence(person.name, start, end, kind, note)
                        taken.append((start, end))
                        self.absent.setdefault(model.saved_id(job.worker), set()).update(
                            start + timedelta(days=i) for i in range(days))
                        self._count("absences")
                        break

    def _archive(self) -> None:
        """Workers no longer coached (employment ended, or coaching finished) are archived."""
        for person in self.people:
            if not any(job.until >= self.today for job in person.jobs):
                self.app.edit_worker(person.name, active=False)
                self._count("archived_workers")
