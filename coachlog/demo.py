"""A deterministic, synthetic demo journal: ``coachlog --demo`` and the benchmarks.

Only invented people: names are built from fixed lists of common Dutch first names and
surnames, employers are invented small businesses. The same arguments always give the
same journal: every choice comes from ``random.Random`` instances seeded from ``seed``
(never the global ``random``), and nothing iterates over a set or a hash order.

The small things (workers, employers, employments, funders, tariffs, grants, goals,
ladder measurements, absences, the group sessions) go through the services, so their
rules apply. The entries are planned here, checked against the same rules (within an
employment, at most 24 h per day, not after ``today``, not before 2000) and inserted in
bulk, a few thousand per undoable change.

The shape follows DOMAIN.md section 3 (Trimbos-instituut 2020): about 4.8 -> 3.7 h per
month per worker and 1.9 -> 1.5 h per month with the employer over the first half year,
on weekdays, mostly on site and by phone, travel on on-site visits, indirect admin time
with nobody. What happens after that first half year is invented (see the curves).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from coachlog.domain import budget, model, rules
from coachlog.domain.parsing import INDIRECT_ACTIVITIES
from coachlog.errors import Conflict, InvalidInput
from coachlog.services import Coachlog, EntryDraft

__all__ = ["DemoSize", "fill"]


@dataclass(frozen=True)
class DemoSize:
    """How big a demo journal to make.

    ``entries`` None: as many entries as the visit pattern gives (a few hundred for the
    default). A number: exactly that many; ``workers``, ``employers`` and ``years`` are
    then raised (never lowered) until that many entries fit on weekdays, and visits are
    made denser. ``years`` may be raised to at most the years since 2001."""

    workers: int = 8
    employers: int = 5
    years: int = 1
    entries: int | None = None


# -- fixed lists ---------------------------------------------------------------------------

FIRST_NAMES = (
    "Sanne", "Daan", "Fatima", "Noah", "Emma", "Ahmed", "Lotte", "Milan", "Julia", "Sem",
    "Anouk", "Mohamed", "Fleur", "Lucas", "Yasmine", "Thijs", "Sophie", "Bram", "Iris", "Youssef",
    "Lisa", "Jesse", "Noor", "Ruben", "Eva", "Mehmet", "Femke", "Tim", "Sara", "Lars",
    "Zeynep", "Kevin", "Mila", "Stijn", "Amira", "Niels", "Roos", "Bilal", "Demi", "Joris",
)
SURNAMES = (
    "de Vries", "Jansen", "Bakker", "El Amrani", "Yilmaz", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kaya", "Dekker",
    "van Leeuwen", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Bouzid",
    "Kok", "Jacobs", "Vermeulen", "van den Berg",
)
EMPLOYERS = (
    "Bakkerij Jansen", "Groenvoorziening Oost", "Fietsenmaker Hendriks", "Zorgboerderij De Linde",
    "Kringloopwinkel Het Tweede Leven", "Drukkerij Van Dijk", "Hoveniersbedrijf De Eik",
    "Lunchroom De Zoete Inval", "Schoonmaakbedrijf Glans", "Tuincentrum De Boer",
    "Timmerbedrijf Smit", "Wasserij Het Witte Laken", "Autobedrijf Mulder",
    "Kinderboerderij De Hoeve", "Magazijn Transport Oost", "Dierenpension De Kwispel",
    "Koffiebranderij De Molen", "Fietsenstalling Centrum", "Bloemenzaak Roos", "Slagerij Meijer",
    "Houtwerkplaats De Spaander", "Kaasboerderij Het Weiland", "Stadsmoestuin West",
    "Installatiebedrijf Dekker", "Verhuisbedrijf Brouwer", "Boekhandel De Leesplank",
)
TRADES = (
    "Bakkerij", "Fietsenmaker", "Schildersbedrijf", "Installatiebedrijf", "Hoveniersbedrijf",
    "Timmerbedrijf", "Slagerij", "Garage", "Drukkerij", "Groentewinkel", "Schoonmaakbedrijf",
    "Koeriersdienst",
)
GOALS = (
    "Zelfstandig de werkdag plannen",
    "Op tijd komen en afmelden volgens de afspraken",
    "Vragen stellen aan de leidinggevende bij onduidelijkheid",
    "Vaste taken van de werkplek zelfstandig uitvoeren",
    "Omgaan met drukte en wisselende taken",
    "Contact maken met collega's in de pauze",
    "Feedback ontvangen en toepassen",
    "Uren stapsgewijs uitbreiden",
    "Zelfstandig met het openbaar vervoer naar het werk",
    "Balans houden tussen werk en thuis",
    "Leidinggevende herkent signalen en bespreekt ze tijdig",
    "Werkbegeleiding overdragen aan een vaste collega",
    "Nieuwe taak aanleren met een stappenplan",
    "Werkoverleg bijwonen en inbreng geven",
)
GOAL_STATUS_WEIGHTS = (("reached", 5), ("partly", 4), ("not-reached", 1))
NOTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("worker", "introduction"): ("Kennismaking op de werkplek.", "Rondleiding en afspraken vastgelegd."),
    ("worker", "structure"): (
        "Takenlijst gemaakt voor de ochtend.", "Werkvolgorde op papier gezet.",
        "Checklist voor afsluiten doorgenomen.", "Weekplanning samen gemaakt.",
    ),
    ("worker", "training"): (
        "Nieuwe taak voorgedaan en samen geoefend.", "Inwerkschema doorgenomen.",
        "Instructie kassa herhaald.", "Stappenplan voor de machine geoefend.",
    ),
    ("worker", "crisis"): ("Conflict op de werkvloer uitgesproken.", "Extra gesprek na incident, afspraken gemaakt."),
    ("worker", "guidance"): (
        "Werkplekbezoek, taken doorgelopen.", "Weekplanning besproken.",
        "Gesprek over samenwerking met collega's.", "Voortgang op doelen besproken.",
        "Meegekeken bij werkzaamheden, tips gegeven.", "Pauzemoment besproken.",
        "Rooster van volgende maand besproken.", "Terugblik op de werkweek.",
    ),
    ("worker", "home"): ("Afstemming rooster met thuissituatie.", "Reistijd en vervoer besproken.",
                         "Dagritme rond werkdagen besproken."),
    ("worker", "evaluation"): ("Evaluatie van de periode met werknemer.", "Doelen voor volgende periode besproken."),
    ("employer", "introduction"): ("Kennismaking met leidinggevende, afspraken gemaakt.",),
    ("employer", "manager"): (
        "Overleg met leidinggevende over voortgang.", "Leidinggevende tips gegeven voor instructie.",
        "Rooster en taken afgestemd.", "Gesprek met collega-begeleider.",
        "Leidinggevende neemt begeleiding deels over.",
    ),
    ("employer", "training"): ("Collega's uitgelegd hoe instructie het beste werkt.",),
    ("employer", "evaluation"): ("Driegesprek werkgever en werknemer.", "Evaluatie met leidinggevende."),
    ("network", "home"): ("Afstemming met woonbegeleider.", "Telefonisch contact met ouders over rooster."),
    ("network", "evaluation"): ("Overleg met klantmanager gemeente.", "Afstemming met arbeidsdeskundige UWV."),
    ("nobody", "admin"): ("Logboek bijgewerkt.", "Mail en planning.", "Dossier bijgewerkt.", "Afspraken ingepland."),
    ("nobody", "report"): ("Verantwoordingsrapportage geschreven.", "Voortgangsrapportage opgesteld."),
    ("nobody", "meeting"): ("Teamoverleg.", "Intervisie met collega-jobcoaches."),
    ("nobody", "course"): ("Scholing motiverende gespreksvoering.", "Scholing nieuwe regels UWV."),
}
GROUP_NOTES = (
    "Groepsbijeenkomst: omgaan met feedback.", "Groepsbijeenkomst: plannen van de werkweek.",
    "Groepsbijeenkomst: samenwerken met collega's.", "Groepsbijeenkomst: reizen naar het werk.",
)
PRIVATE_NOTES = (
    "Volgende keer vragen naar nieuw rooster.", "Zelf nog terugbellen.",
    "Leidinggevende is na de zomer een ander.", "Afspraak liever op dinsdag.",
    "Parkeren achter het pand.", "Nog navragen of de evaluatie is ingepland.",
)
LADDER_NOTES = ("Meting met werknemer.", "Stabiel aan het werk.", "Meer zelfstandig in taken.",
                "Meer contacten buiten het werk.")

# Hours per month against months since coaching started, interpolated. Months 1-6 are the
# Trimbos figures (DOMAIN.md section 3); the first month (kennismaking, inwerken) and
# everything after six months are INVENTED, falling along the protocol's afbouw.
WORKER_CURVE = ((0.0, 5.5), (1.0, 4.8), (6.0, 3.7), (12.0, 3.1), (24.0, 2.4), (36.0, 1.8))
EMPLOYER_CURVE = ((0.0, 2.6), (1.0, 1.9), (6.0, 1.5), (12.0, 1.2), (24.0, 0.9), (36.0, 0.6))
NETWORK_CURVE = ((0.0, 0.6), (6.0, 0.4), (36.0, 0.2))
REGIME_FACTOR = {"licht": 0.75, "midden": 1.0, "intensief": 1.3}
WEEKS_PER_MONTH = 52 / 12

# (mode, weight, minutes to choose from) per with-whom.
WORKER_MODES = (("on_site", 55, (45, 60, 60, 60, 75, 90, 120)), ("phone", 25, (15, 15, 20, 30)),
                ("conversation", 10, (30, 45, 60)), ("video", 5, (30, 45)), ("email", 5, (15,)))
EMPLOYER_MODES = (("on_site", 45, (30, 45, 60)), ("phone", 35, (15, 20, 30)), ("email", 10, (15,)),
                  ("video", 10, (30, 45)))
NETWORK_MODES = (("phone", 60, (15, 20, 30, 45)), ("conversation", 15, (45, 60)), ("email", 15, (15,)),
                 ("video", 10, (30, 45)))

# Sizing for an exact count: about this many entries (indirect time included) per coached
# worker-month at the natural pattern (measured: 9-11); the count is trimmed or padded after.
ENTRIES_PER_WORKER_MONTH = 10.0
# A year of weekdays holds about this many entries before days get absurdly full (~15 h).
ENTRIES_PER_YEAR = 4000
DAY_CAP_REALISTIC = 10 * 60
DAY_CAP_DENSE = 22 * 60
CHUNK = 5000
# Up to this many goals go through the services one by one; more in one bulk change.
GOALS_VIA_SERVICES = 500
EARLIEST_START = date(2001, 1, 1)
_RECENT = 7  # days: every active worker has an entry in the last week


def fill(
    app: Coachlog,
    today: date,
    size: DemoSize = DemoSize(),
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Fill an empty journal with a synthetic coach's journal; returns counts per kind.

    ``today`` should be the app's today (the services check dates against it)."""
    return _Builder(app, today, size, seed, progress).run()


# -- helpers -------------------------------------------------------------------------------


def _curve(points: tuple[tuple[float, float], ...], month: float) -> float:
    if month <= points[0][0]:
        return points[0][1]
    for (m0, h0), (m1, h1) in zip(points, points[1:]):
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


class _Builder:
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
        with self.app.store.reading() as reader:
            if reader.count(model.Worker) or reader.count(model.Employer) or reader.count(model.Entry):
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
        self.people = [_Person(name=name, start=start) for name, start in zip(names, starts)]
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
        rng, app, today = self.rng, self.app, self.today
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
        grant = app.add_grant(employment.id, funder, start, regime=regime, granted_hours=granted,
                              reference=f"{prefix}-{start.year}-{rng.randint(1000, 9999)}")
        self._count("grants")
        until = min(self.today, budget.grant_end(grant, employment))
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
            hours = self.app.contract_hours(employment.id)[0].minutes_per_week // 60
            new = max(12, min(38, hours + rng.choice((4, 4, 8, -4))))
            if new != hours:
                self.app.set_contract_hours(employment.id, day, Decimal(new))
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
                    status = rng.choices(*zip(*GOAL_STATUS_WEIGHTS))[0] if done else (
                        "reached" if rng.random() < 0.15 else "open")
                    wanted.append((job, number, texts.pop(), status))
        if len(wanted) <= GOALS_VIA_SERVICES:
            for job, number, text, status in wanted:
                goal = self.app.add_goal(job.grant.id, text, number)
                if status != "open":
                    self.app.edit_goal(goal.id, status=status)
                job.goals.setdefault(number, []).append(goal.id)
        else:
            # Thousands of goals: one change, checked with the rules add_goal and edit_goal use.
            goals = [
                model.Goal(
                    grant_id=job.grant.id,
                    period_no=rules.check_positive("period", number, 1, job.grant.periods),
                    text=rules.check_name("goal", text),
                    status=rules.check_choice("status", status, model.GOAL_STATUSES),
                )
                for job, number, text, status in wanted
            ]
            with self.app.store.change(f"demo: {len(goals)} goals") as tx:
                saved = tx.add_many(goals)
            for (job, number, _text, _status), goal in zip(wanted, saved):
                job.goals.setdefault(number, []).append(goal.id)
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
                        self.absent.setdefault(person.worker.id, set()).update(
                            start + timedelta(days=i) for i in range(days))
                        self._count("absences")
                        break

    def _archive(self) -> None:
        """Workers no longer coached (employment ended, or coaching finished) are archived."""
        for person in self.people:
            if not any(job.until >= self.today for job in person.jobs):
                self.app.edit_worker(person.name, active=False)
                self._count("archived_workers")

    # -- planning entries -------------------------------------------------------------------

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
        absent = self.absent.get(job.worker.id, ())
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
        absent = self.absent.get(job.worker.id, ())
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
            absent = self.absent.get(job.worker.id, ())
            days = [self.today - timedelta(days=i) for i in range(_RECENT)]
            days = [d for d in days if d.weekday() < 5 and d >= job.employment.start and d not in absent]
            for day in days:
                if self._add(plan, rng, job, day, rng.choice((15, 20, 30)), "worker", "guidance", "phone",
                             protected=True):
                    seen.add(job.worker.id)
                    break

    def _plan_groups(self, plan: _Plan, rng: random.Random) -> None:
        """About every six weeks a group session of two hours for three to six workers."""
        if self.target is not None and self.target < 500:
            return
        day = _monday(self.origin) + timedelta(weeks=4, days=3)  # a Thursday
        while day <= self.today:
            if not self._coach_off(day) and self._fits(plan, day, 120):
                present = [job for job in self.jobs if job.employment.start <= day <= job.until
                           and day not in self.absent.get(job.worker.id, ())]
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
                return (thing.order, place_rank[thing.place], 0 if thing.entry.travel_minutes else 1)

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
        names = {person.worker.id: person.name for person in self.people}
        for group in sorted(plan.groups, key=lambda g: g.day):
            self.app.log(EntryDraft(
                day=group.day, minutes=group.minutes, workers=[names[job.worker.id] for job in group.workers],
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
            with self.app.store.change(f"demo: {len(chunk)} entries") as tx:
                tx.add_many(chunk)
            done += len(chunk)
            if self.progress:
                self.progress(done, total)
        self.counts["entries"] = total
