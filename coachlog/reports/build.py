"""Report builders: plain data in, a Document out. Pure; Dutch text for funders.

Private notes are never read here: builders use Entry.note only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta

from coachlog.domain import actuals, budget, model
from coachlog.domain.formats import day_text, hours_text, month_text
from coachlog.domain.model import GOAL_STATUS_NAMES, LADDER_NAMES, REGIME_NAMES
from coachlog.domain.parsing import ACTIVITIES, MODES, WITH_WHOM, format_decimal, label
from coachlog.i18n import dutch, t
from coachlog.reports.document import (
    Block,
    Cell,
    Chart,
    ChartRow,
    Checklist,
    Document,
    Fields,
    Hours,
    Money,
    Paragraph,
    Section,
    Table,
    ToFill,
)

if TYPE_CHECKING:  # reports are built from data: the schedules are loaded elsewhere
    from coachlog.protocols import Schedule

OUTCOMES = (
    "Werkt zonder begeleiding",
    "Lichter regime",
    "Zelfde regime",
    "Zwaarder regime",
    "Werkt met begeleiding door de werkgever",
    "Niet meer aan het werk",
)
NO_MEDICAL = "Deze rapportage bevat geen medische informatie."


def _grant_period(data: GrantData, period: budget.PeriodBudget) -> str:
    """toekenning-3-2026-09-01-2027-02-28: a grant period, for a file name."""
    return f"toekenning-{data.grant.id}-{period.start:%Y-%m-%d}-{period.end:%Y-%m-%d}"


def month_label(month: date) -> str:
    return month_text(month, dutch, short=True)


def with_nl(code: str) -> str:
    return dutch(label(WITH_WHOM, code))


def activity_nl(code: str) -> str:
    return dutch(label(ACTIVITIES, code))


def mode_nl(code: str) -> str:
    return dutch(label(MODES, code))


@dataclass
class CoachInfo:
    name: str = ""
    organisation: str = ""


@dataclass
class GrantData:
    """Everything of one grant that reports, warnings and charts need."""

    worker: model.Worker
    employer: model.Employer
    employment: model.Employment
    hours: list[model.ContractHours]
    funder: model.Funder
    grant: model.Grant
    schedule: Schedule
    absences: list[model.Absence] = field(default_factory=list)
    # The entries themselves: only the reports that list them (period, progress) load them.
    entries: list[model.Entry] = field(default_factory=list)
    goals: list[model.Goal] = field(default_factory=list)
    ladder: list[model.LadderMeasurement] = field(default_factory=list)
    # What was spent, summed (the store sums in SQL); None: summed here from ``entries``.
    tallies: list[actuals.Tally] | None = None

    # Worked out once per GrantData: reports, charts and warnings ask again and again.
    _cache: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def _cached(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def runs(self) -> list[budget.Run]:
        return self._cached("runs", lambda: budget.budget_runs(
            self.grant, self.employment, self.hours, self.schedule, self.absences))

    def daily(self) -> dict[date, Fraction]:
        return self._cached("daily", lambda: budget.days_of(self.runs()))

    def months(self) -> list[budget.MonthBudget]:
        return self._cached("months", lambda: budget.monthly_budgets(
            self.grant, self.employment, self.hours, self.schedule, self.absences, runs=self.runs()))

    def periods(self) -> list[budget.PeriodBudget]:
        return self._cached("periods", lambda: budget.period_budgets(
            self.grant, self.employment, self.hours, self.schedule, self.absences, runs=self.runs()))

    def spent(self) -> list[actuals.Tally]:
        if self.tallies is not None:
            return self.tallies
        return self._cached("tallies", lambda: actuals.tally(
            self.entries, lambda day: budget.period_number(self.grant, day)))

    def actual_by_month(self, indirect: frozenset[str]) -> dict[date, actuals.Actual]:
        return self._cached(f"by month {sorted(indirect)}", lambda: actuals.tallies_by_month(self.spent(), indirect))

    def actual_by_period(self, indirect: frozenset[str]) -> dict[int, actuals.Actual]:
        """What was spent per period number: exact, also where a period starts mid-month."""
        return self._cached(f"by period {sorted(indirect)}", lambda: actuals.tallies_by_period(self.spent(), indirect))


def _regime_text(data: GrantData) -> str:
    parts = []
    if data.grant.regime:
        parts.append(f"regime {dutch(REGIME_NAMES.get(data.grant.regime, data.grant.regime))}")
    if data.grant.granted_minutes_per_period is not None:
        parts.append(f"{_hours_plain(Fraction(data.grant.granted_minutes_per_period))} uur per periode toegekend")
    return ", ".join(parts)


_d = day_text


def trajectory_chart(data: GrantData, indirect: frozenset[str], until: date | None = None) -> Chart:
    """Monthly bars against the budget line; period starts marked."""
    spent = data.actual_by_month(indirect)
    periods = data.periods()  # once: each call recomputes every day's budget
    rows: list[ChartRow] = []
    for month in data.months():
        if until is not None and month.month > until:
            break
        actual = spent.get(month.month, actuals.Actual())
        starts = [p for p in periods if p.start.replace(day=1) == month.month]
        rows.append(ChartRow(
            label=month_label(month.month),
            budget=month.minutes,
            worker=actual.billable_by_with["worker"],
            employer=actual.billable_by_with["employer"],
            other=actual.billable_by_with["network"],
            mark=f"periode {starts[0].number}" if starts else "",
        ))
    return Chart(rows, caption=f"Van intensief naar extensief: {data.schedule.label}")


def _schedule_footer(schedules: list[Schedule]) -> list[str]:
    seen: dict[str, Schedule] = {}
    for s in schedules:
        seen[s.id] = s
    lines = [f"Budget: {s.label}." for s in seen.values()]
    lines += [
        f"Let op: schema {s.id} is aangenomen, niet bevestigd; controleer de percentages bij de financier."
        for s in seen.values() if s.status != "confirmed"
    ]
    return lines


def month_overview(
    month: date, grants: list[GrantData], indirect: frozenset[str], today: date
) -> Document:
    """Maandoverzicht: every worker with a grant active in the month, budget vs actual."""
    rows: list[list[Cell]] = []
    charts: list[Section] = []
    total_budget = Fraction(0)
    totals: defaultdict[str, int] = defaultdict(int)
    for data in sorted(grants, key=lambda g: g.worker.name.lower()):
        budget_month = next((m for m in data.months() if m.month == month), None)
        if budget_month is None:
            continue
        actual = data.actual_by_month(indirect).get(month, actuals.Actual())
        worker_part = actual.billable_by_with["worker"]
        employer_part = actual.billable_by_with["employer"]
        network_part = actual.billable_by_with["network"]
        remaining = budget_month.minutes - actual.billable
        rows.append([
            data.worker.name, f"{data.employer.name} ({data.funder.name})",
            f"{budget_month.period_no} (jaar {budget_month.employment_year})",
            Hours(budget_month.minutes), Hours(worker_part), Hours(employer_part), Hours(network_part),
            Hours(actual.billable), Hours(remaining) if remaining >= 0 else "over: " + _hours_plain(-remaining),
        ])
        total_budget += budget_month.minutes
        totals["worker"] += worker_part
        totals["employer"] += employer_part
        totals["network"] += network_part
        totals["billable"] += actual.billable
        charts.append(Section(f"{data.worker.name} — {data.employer.name}",
                              [trajectory_chart(data, indirect, until=month)]))
    table = Table(
        ["Werknemer", "Werkgever (financier)", "Periode", "Budget", "Met werknemer", "Met werkgever", "Met netwerk",
         "Besteed", "Resterend"],
        rows,
        total=["Totaal", "", "", Hours(total_budget), Hours(totals["worker"]), Hours(totals["employer"]),
               Hours(totals["network"]), Hours(totals["billable"]), Hours(total_budget - totals["billable"])]
        if rows else None,
        empty="Geen werknemer met een lopende toekenning in deze maand.",
    )
    return Document(
        about=f"{month:%Y-%m}",
        kind="maandoverzicht",
        title=f"Maandoverzicht {month_text(month, dutch)}",
        subtitle=f"Gemaakt op {_d(today)}. Alle getallen in uren. Besteed = declarabele uren met werknemer, "
        "werkgever en netwerk; reistijd telt niet mee.",
        sections=[Section("Budget en besteding per werknemer", [table]),
                  *charts],
        footer=_schedule_footer([g.schedule for g in grants]) + [NO_MEDICAL],
    )


_hours_plain = hours_text


def _header(data: GrantData, coach: CoachInfo, period: budget.PeriodBudget) -> Fields:
    return Fields([
        ("Werknemer", data.worker.name),
        ("Werkgever", data.employer.name),
        ("Jobcoach", coach.name),
        ("Jobcoachorganisatie", coach.organisation),
        ("Opdrachtgever", data.funder.name),
        ("Referentie", data.grant.reference or data.funder.reference),
        ("Periode", f"{period.number} van {data.grant.periods}: {_d(period.start)} t/m {_d(period.end)}"),
        ("Toekenning", _regime_text(data)),
        ("Dienstverband", f"{data.employment.kind}, sinds {_d(data.employment.start)}"
         + (f" t/m {_d(data.employment.end)}" if data.employment.end else "")),
        ("Urenschema", data.schedule.label),
    ])


def _period_sections(data: GrantData, period: budget.PeriodBudget, indirect: frozenset[str]) -> list[Section]:
    entries = [e for e in data.entries if period.start <= e.day <= period.end]
    by_month = actuals.by_month(entries, indirect)
    days = data.daily()
    month_rows: list[list[Cell]] = []
    month = period.start.replace(day=1)
    while month <= period.end:
        # Budget of the month's days inside this period only.
        in_period = sum((v for d, v in days.items() if d.replace(day=1) == month and period.start <= d <= period.end),
                        Fraction(0))
        actual = by_month.get(month, actuals.Actual())
        month_rows.append([
            month_label(month), Hours(in_period), Hours(actual.billable_by_with["worker"]),
            Hours(actual.billable_by_with["employer"]), Hours(actual.billable_by_with["network"]),
            Hours(actual.billable), actual.contacts, Hours(actual.travel_minutes),
        ])
        month += relativedelta(months=1)
    total = actuals.total(entries, indirect)
    hours_table = Table(
        ["Maand", "Toegekend u", "Werknemer u", "Werkgever u", "Netwerk u", "Besteed u", "Contacten", "Reistijd u"],
        month_rows,
        total=["Totaal", Hours(period.minutes), Hours(total.billable_by_with["worker"]),
               Hours(total.billable_by_with["employer"]), Hours(total.billable_by_with["network"]),
               Hours(total.billable), total.contacts, Hours(total.travel_minutes)],
    )
    km = Decimal(total.travel_m) / 1000
    summary = Fields([
        ("Toegekend in deze periode", Hours(period.minutes)),
        ("Besteed (declarabel)", Hours(total.billable)),
        ("Resterend", Hours(period.minutes - total.billable) if period.minutes >= total.billable else
         "overschreden met " + _hours_plain(total.billable - period.minutes)),
        ("Aantal contactmomenten", total.contacts),
        ("Reistijd (niet gedeclareerd)", f"{_hours_plain(total.travel_minutes)} u, {format_decimal(km)} km"),
        ("Niet declarabel (indirect)", Hours(total.not_billable)),
    ])
    goal_names = {g.id: g.text for g in data.goals}
    log_rows: list[list[Cell]] = [
        [e.day, e.start.strftime("%H:%M") if e.start else "", Hours(e.minutes), with_nl(e.with_whom),
         activity_nl(e.activity), mode_nl(e.mode), goal_names.get(e.goal_id, ""), e.note,
         "ja" if e.billable else "nee"]
        for e in sorted(entries, key=lambda e: (e.day, e.start or time.min, e.id or 0))
    ]
    log = Table(["Datum", "Tijd", "Duur u", "Met wie", "Activiteit", "Vorm", "Doel", "Notitie", "Declarabel"],
                log_rows, empty="Geen logboekregels in deze periode.")
    goals = [g for g in data.goals if g.period_no == period.number]
    goal_table = Table(["Doel", "Resultaat"],
                       [[g.text, dutch(GOAL_STATUS_NAMES.get(g.status, g.status))] for g in goals],
                       empty="Geen doelen vastgelegd voor deze periode.")
    return [
        Section("Uren", [summary, hours_table]),
        Section("Logboek", [log]),
        Section("Doelen", [goal_table, ToFill("Is verdere ondersteuning nodig? Toelichting per doel")]),
    ]


def _closing_sections(data: GrantData, period: budget.PeriodBudget) -> list[Section]:
    proposal_hint = ""
    if period.number >= 6:
        proposal_hint = "na periode 6 is een 7e periode alleen met motivatie mogelijk"
    elif period.number == 5:
        proposal_hint = "signaal: na periode 6 vraagt een 7e periode een motivatie"
    return [
        Section("Inzet van de werkgever", [
            ToFill("Wat deed de werkgever, en in hoeverre kan de werkgever de begeleiding zelf overnemen?"),
        ]),
        Section("Uitkomst", [ToFill("Kies één uitkomst", options=list(OUTCOMES))]),
        Section("Voorstel volgende periode", [
            ToFill("Voorstel (regime of uren) en motivatie", hint=proposal_hint),
        ]),
        Section("Ondertekening", [Checklist([
            "Evaluatieformulier ondertekend door de werkgever",
            "Evaluatieformulier ondertekend door de werknemer",
        ])]),
    ]


def pick_period(
    data: GrantData, period_no: int | None, today: date, *, current_first: bool = False
) -> budget.PeriodBudget:
    """The period asked for by number; without a number, the one a report is usually about.

    An accountability report is due after a period: by default the last period that has
    ended (the current one while none has). A progress report tells how it goes now
    (``current_first``): the running period, else the last one that has ended."""
    periods = data.periods()
    if not periods:
        raise ValueError(t("this grant has no periods inside its employment"))
    if period_no is None:
        current = [p for p in periods if p.start <= today <= p.end]
        ended = [p for p in periods if p.end < today]
        if current and (current_first or not ended):
            return current[0]
        return ended[-1] if ended else periods[0]
    for p in periods:
        if p.number == period_no:
            return p
    raise LookupError(t("period {number} does not exist; this grant has periods 1 to {last}",
                        number=period_no, last=periods[-1].number))


def accountability(data: GrantData, period: budget.PeriodBudget, coach: CoachInfo, indirect: frozenset[str],
                   today: date) -> Document:
    """UWV verantwoordingsrapportage for one grant period."""
    return Document(
        about=_grant_period(data, period),
        kind="verantwoording",
        title="Verantwoordingsrapportage jobcoaching",
        subtitle=f"{data.worker.name} bij {data.employer.name} — periode {period.number}, "
        f"{_d(period.start)} t/m {_d(period.end)}. Gemaakt op {_d(today)}.",
        sections=[Section("Gegevens", [_header(data, coach, period)]),
                  *_period_sections(data, period, indirect),
                  Section("Verloop", [trajectory_chart(data, indirect, until=period.end.replace(day=1))]),
                  *_closing_sections(data, period)],
        footer=_schedule_footer([data.schedule]) + [NO_MEDICAL],
    )


def progress(data: GrantData, period: budget.PeriodBudget, coach: CoachInfo, indirect: frozenset[str],
             today: date) -> Document:
    """Gemeente voortgangsrapportage: the accountability skeleton plus the ladder."""
    ladder = sorted(data.ladder, key=lambda m: (m.day, m.id or 0))
    first = ladder[0] if ladder else None
    last = ladder[-1] if ladder else None
    expected = next((m for m in reversed(ladder) if m.expected_step), None)

    def step(m: model.LadderMeasurement | None) -> str:
        return f"trede {m.step} — {dutch(LADDER_NAMES[m.step])} ({_d(m.day)})" if m else ""

    ladder_fields = Fields([
        ("Trede bij de start", step(first)),
        ("Trede nu", step(last)),
        ("Verwachte trede (groeipotentieel)",
         f"trede {expected.expected_step} — {dutch(LADDER_NAMES[expected.expected_step])}"
         + (f", verwacht per {_d(expected.horizon)}" if expected.horizon else "")
         if expected and expected.expected_step else ""),
    ])
    history = Table(["Datum", "Trede", "Verwacht", "Per", "Notitie"],
                    [[m.day, f"{m.step} {dutch(LADDER_NAMES[m.step])}", m.expected_step or "", m.horizon, m.note]
                     for m in ladder],
                    empty="Nog geen metingen op de participatieladder.")
    return Document(
        about=_grant_period(data, period),
        kind="voortgang",
        title="Voortgangsrapportage jobcoaching",
        subtitle=f"{data.worker.name} bij {data.employer.name} — periode {period.number}, "
        f"{_d(period.start)} t/m {_d(period.end)}. Gemaakt op {_d(today)}.",
        sections=[Section("Gegevens", [_header(data, coach, period)]),
                  Section("Participatieladder", [ladder_fields, history]),
                  *_period_sections(data, period, indirect),
                  Section("Verloop", [trajectory_chart(data, indirect, until=min(today, period.end).replace(day=1))]),
                  *_closing_sections(data, period)],
        footer=_schedule_footer([data.schedule]) + [NO_MEDICAL],
    )


@dataclass
class BillingLine:
    funder: model.Funder
    entry: model.Entry


def tariff_on(tariffs: list[model.Tariff], day: date) -> Decimal | None:
    valid = [t for t in sorted(tariffs, key=lambda t: t.valid_from) if t.valid_from <= day]
    return valid[-1].rate if valid else None


def billing(start: date, end: date, lines: list[BillingLine], tariffs: dict[int, list[model.Tariff]],
            unassigned: list[model.Entry], today: date) -> Document:
    """Declaratieoverzicht: billable hours x the tariff valid on each date, per funder per month."""
    groups: dict[tuple[str, date], list[Fraction]] = defaultdict(lambda: [Fraction(0), Fraction(0)])
    missing: dict[str, set[date]] = defaultdict(set)
    rates_used: dict[tuple[str, date], set[Decimal]] = defaultdict(set)
    funder_names = {}
    for line in lines:
        key = (line.funder.name, line.entry.day.replace(day=1))
        funder_names[line.funder.name] = line.funder
        rate = tariff_on(tariffs.get(model.saved_id(line.funder), []), line.entry.day)
        groups[key][0] += line.entry.minutes
        if rate is None:
            missing[line.funder.name].add(line.entry.day)
            continue
        rates_used[key].add(rate)
        groups[key][1] += Fraction(line.entry.minutes, 60) * Fraction(rate)
    rows: list[list[Cell]] = []
    grand = Fraction(0)
    grand_minutes = Fraction(0)
    for (funder, month), (minutes, amount) in sorted(groups.items(), key=lambda kv: (kv[0][0].lower(), kv[0][1])):
        rates = " / ".join(_rate_text(r) for r in sorted(rates_used[(funder, month)])) or "geen tarief"
        rows.append([funder, month_label(month), Hours(minutes), rates, Money(_exact_euros(amount))])
        grand += amount
        grand_minutes += minutes
    blocks: list[Block] = [Table(["Financier", "Maand", "Declarabel u", "Tarief €/u", "Bedrag excl. BTW"], rows,
                    total=["Totaal", "", Hours(grand_minutes), "", Money(_exact_euros(grand))] if rows else None,
                    empty="Geen declarabele uren in deze periode.")]
    blocks.append(Paragraph(
        "Bedragen zijn exact berekend per regel (uren × het tarief dat op die dag gold) en pas bij het tonen "
        "afgerond op centen; het totaal is de afgeronde som van de exacte bedragen. Reistijd is niet meegeteld."
    ))
    for funder, days in sorted(missing.items()):
        blocks.append(Paragraph(
            f"Let op: voor {funder} is geen tarief bekend op {', '.join(_d(d) for d in sorted(days)[:5])}"
            + (" en meer" if len(days) > 5 else "") + "; voeg het toe met coachlog funder tariff."
        ))
    if unassigned:
        outside_grants = sum(e.minutes for e in unassigned)
        blocks.append(Paragraph(
            f"{len(unassigned)} declarabele regels ({_hours_plain(Fraction(outside_grants))} u) "
            "vallen onder geen toekenning en staan hierboven niet."
        ))
    return Document(
        about=f"{start:%Y-%m-%d}-{end:%Y-%m-%d}",
        kind="declaratie",
        title="Declaratieoverzicht",
        subtitle=f"{_d(start)} t/m {_d(end)}, bedragen in euro exclusief BTW. Gemaakt op {_d(today)}.",
        sections=[Section("Per financier per maand", blocks)],
        footer=[NO_MEDICAL],
    )


def _rate_text(rate: Decimal) -> str:
    return f"{rate.quantize(Decimal('0.01'))}".replace(".", ",")


def _exact_euros(amount: Fraction) -> Decimal:
    return Decimal(amount.numerator) / Decimal(amount.denominator)


def own_month(month: date, entries: list[model.Entry], indirect: frozenset[str], today: date) -> Document:
    """The coach's own month: direct vs indirect hours, per activity."""
    total = actuals.total(entries, indirect)
    direct, indirect_minutes = total.direct, total.indirect
    all_minutes = direct + indirect_minutes
    share = f"{round(100 * direct / all_minutes)}% / {100 - round(100 * direct / all_minutes)}%" if all_minutes else "-"
    per_activity: dict[str, int] = defaultdict(int)
    for e in entries:
        per_activity[e.activity] += e.minutes
    rows: list[list[Cell]] = [[activity_nl(code), Hours(minutes)]
                              for code, minutes in sorted(per_activity.items(), key=lambda kv: -kv[1])]
    return Document(
        about=f"{month:%Y-%m}",
        kind="eigen-maand",
        title=f"Eigen maand {month_text(month, dutch)}",
        subtitle=f"Directe en indirecte uren van de jobcoach. Gemaakt op {_d(today)}.",
        sections=[
            Section("Direct en indirect", [Fields([
                ("Direct (met werknemer, werkgever of netwerk)", Hours(direct)),
                ("Indirect (administratie, scholing, overleg)", Hours(indirect_minutes)),
                ("Verhouding direct / indirect", share),
                ("Declarabel", Hours(total.billable)),
                ("Reistijd (apart)", Hours(total.travel_minutes)),
            ])]),
            Section("Per activiteit", [Table(["Activiteit", "Uren"], rows,
                                             total=["Totaal", Hours(all_minutes)] if rows else None,
                                             empty="Geen regels in deze maand.")]),
        ],
    )


