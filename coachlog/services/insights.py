"""Budgets, warnings and reports over the journal: the use cases behind ``coachlog status``
and ``coachlog report``. Loads through the store, computes with the pure domain and
report builders, returns warnings and report Documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from coachlog.domain import budget, model, rules
from coachlog.domain.formats import day_text
from coachlog.domain.parsing import DATE_ACCEPTED, INDIRECT_ACTIVITIES, MONTH_ACCEPTED, parse_date, parse_month
from coachlog.domain.warnings import DUE_WITHIN, GrantSituation, Warning, activity_warnings, grant_warnings
from coachlog.errors import CoachlogError, InvalidInput, NotFound
from coachlog.i18n import N_, t
from coachlog.reports import build
from coachlog.reports.document import Document
from coachlog.services.core import Coachlog
from coachlog.store.repository import Reader

# month: maandoverzicht · period: verantwoordingsrapportage · progress: voortgangsrapportage ·
# billing: declaratieoverzicht · own: the coach's own month.
REPORT_KINDS = ("month", "period", "progress", "billing", "own")


# Up to this many ids are asked for with IN (...); more, and the whole table is read (the
# callers look rows up by id), well below any database's limit on parameters.
IN_LIMIT = 500


def _among(column: str, ids: set[int]) -> dict[str, Any]:
    """A filter for Reader.all: the rows whose ``column`` is one of ``ids``."""
    return {column: ids} if len(ids) <= IN_LIMIT else {}


def _given(field: str, text: str | None, accepted: str) -> str:
    if text is None or not text.strip():
        raise InvalidInput(field, None, accepted)
    return text


def _whole(field: str, value: int | str | None, accepted: str) -> int:
    if isinstance(value, int):
        return value
    try:
        return int(_given(field, value, accepted).strip())
    except ValueError:
        raise InvalidInput(field, value, accepted) from None


def _optional_whole(field: str, value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _whole(field, value, N_("give a period number, e.g. 2, or leave it empty "
                                   "(progress: the current period, accountability: the last ended one)"))


@dataclass
class WorkerOverview:
    """One worker as the worker detail shows them (Insights.worker_overview)."""

    worker: model.Worker
    employments: list[model.Employment]  # by start
    contract_hours: dict[int, list[model.ContractHours]]  # by employment id, oldest first
    employer_names: dict[int, str]
    grants: list[build.GrantData]  # oldest first, spent as tallies
    ladder: list[model.LadderMeasurement]  # oldest first
    latest: list[model.Entry]  # the latest first


class Insights:
    def __init__(self, app: Coachlog, coach: build.CoachInfo | None = None) -> None:
        self.app = app
        self.coach = coach or build.CoachInfo()

    # -- loading ---------------------------------------------------------------------

    def _grants_data(self, reader: Reader, grants: list[model.Grant], *, entries: bool = False,
                     employments: dict[int, model.Employment] | None = None) -> list[build.GrantData]:
        """The grants with everything reports, warnings and charts need. What was spent
        comes as tallies summed in SQL; with ``entries``, as the entries themselves (the
        reports that list them). Only the rows of these grants' workers, employers and
        funders are read, each table once (not once per grant). ``employments``: already
        read, by id (any superset of the grants' own)."""
        if not grants:
            return []
        if employments is None:
            employments = {
                model.saved_id(e): e
                for e in reader.all(model.Employment, **_among("id", {g.employment_id for g in grants}))
            }
        mine = [employments[g.employment_id] for g in grants]
        worker_ids = {e.worker_id for e in mine}
        workers = {model.saved_id(w): w for w in reader.all(model.Worker, **_among("id", worker_ids))}
        employers = {model.saved_id(e): e
                     for e in reader.all(model.Employer, **_among("id", {e.employer_id for e in mine}))}
        funders = {model.saved_id(f): f
                   for f in reader.all(model.Funder, **_among("id", {g.funder_id for g in grants}))}
        hours: dict[int, list[model.ContractHours]] = {}
        for record in reader.all(model.ContractHours, order_by=("valid_from", "id"),
                                 **_among("employment_id", {model.saved_id(e) for e in mine})):
            hours.setdefault(record.employment_id, []).append(record)
        absences: dict[int, list[model.Absence]] = {}
        for absence in reader.all(model.Absence, order_by=("start", "id"), **_among("worker_id", worker_ids)):
            absences.setdefault(absence.worker_id, []).append(absence)
        ladders: dict[int, list[model.LadderMeasurement]] = {}
        measurements = reader.all(model.LadderMeasurement, order_by=("day", "id"), **_among("worker_id", worker_ids))
        for measurement in measurements:
            ladders.setdefault(measurement.worker_id, []).append(measurement)
        goals: dict[int, list[model.Goal]] = {}
        grant_ids = {model.saved_id(g) for g in grants}
        for goal in reader.all(model.Goal, order_by=("period_no", "id"), **_among("grant_id", grant_ids)):
            goals.setdefault(goal.grant_id, []).append(goal)
        found = []
        for grant in grants:
            try:
                schedule = self.app.schedules.get(grant.schedule_id)
            except KeyError as error:
                raise CoachlogError(t("grant {id}: {problem}; give grant {id} another hour schedule",
                                      id=grant.id, problem=error.args[0])) from None
            employment = employments[grant.employment_id]
            worker = workers[employment.worker_id]
            data = build.GrantData(
                worker=worker,
                employer=employers[employment.employer_id],
                employment=employment,
                hours=hours.get(model.saved_id(employment), []),
                funder=funders[grant.funder_id],
                grant=grant,
                schedule=schedule,
                absences=absences.get(model.saved_id(worker), []),
                goals=goals.get(model.saved_id(grant), []),
                ladder=ladders.get(model.saved_id(worker), []),
            )
            last = budget.grant_end(grant, employment)
            if entries:
                data.entries = [
                    e for e in reader.entries(grant.start, last, worker_id=worker.id)
                    if e.employer_id in (None, employment.employer_id)
                ]
            else:
                starts = [start for _, start, _ in budget.periods(grant, employment)] or [grant.start]
                data.tallies = reader.tallies(model.saved_id(worker), employment.employer_id, grant.start, last, starts)
            found.append(data)
        return found

    def grants(
        self, worker: str | None = None, *, running_from: date | None = None, running_to: date | None = None
    ) -> list[build.GrantData]:
        """The grants with their data, oldest first: only ``worker``'s when given, and only
        those running on some day from ``running_from`` to ``running_to`` when given. The
        filters apply before anything of a grant is summed (a long journal has many old
        grants). What was spent comes as tallies, not entries."""
        with self.app.store.reading() as reader:
            wanted = model.saved_id(self.app.worker(reader, worker)) if worker is not None else None
            return self._chosen_grants(reader, wanted, running_from, running_to)

    def _chosen_grants(self, reader: Reader, worker_id: int | None, running_from: date | None = None,
                       running_to: date | None = None) -> list[build.GrantData]:
        only: dict[str, Any] = {"worker_id": worker_id} if worker_id is not None else {}
        employments = {model.saved_id(e): e for e in reader.all(model.Employment, **only)}
        mine = {"employment_id": set(employments)} if worker_id is not None else {}
        chosen = []
        for grant in reader.all(model.Grant, order_by=("start", "id"), **mine):
            employment = employments[grant.employment_id]
            if running_to is not None and grant.start > running_to:
                continue
            if running_from is not None and budget.grant_end(grant, employment) < running_from:
                continue
            chosen.append(grant)
        return self._grants_data(reader, chosen, employments=employments)

    def worker_overview(self, worker_id: int, latest: int) -> WorkerOverview:
        """Everything the worker detail shows, read in one transaction: employments with
        their contract hours, the grants (tallies), ladder and the ``latest`` entries."""
        with self.app.store.reading() as reader:
            worker = reader.get(model.Worker, worker_id)
            if worker is None:
                raise NotFound("worker", worker_id)
            employments = reader.all(model.Employment, order_by=("start", "id"), worker_id=worker_id)
            hours: dict[int, list[model.ContractHours]] = {model.saved_id(e): [] for e in employments}
            for record in reader.all(model.ContractHours, order_by=("valid_from", "id"),
                                     employment_id=set(hours)):
                hours[record.employment_id].append(record)
            return WorkerOverview(
                worker=worker,
                employments=employments,
                contract_hours=hours,
                employer_names={model.saved_id(e): e.name for e in reader.all(model.Employer)},
                grants=self._chosen_grants(reader, worker_id),
                ladder=reader.all(model.LadderMeasurement, order_by=("day", "id"), worker_id=worker_id),
                latest=reader.latest_entries(worker_id, latest),
            )

    def grant(self, grant_id: int) -> build.GrantData:
        """One grant with its entries (for the reports that list them)."""
        rules.check_id("grant", grant_id)
        with self.app.store.reading() as reader:
            grant = reader.get(model.Grant, grant_id)
            if grant is None:
                raise NotFound("grant", grant_id)
            return self._grants_data(reader, [grant], entries=True)[0]

    def _active(self, data: build.GrantData, day: date, since: date | None = None) -> bool:
        """The grant runs on ``day`` (or on some day from ``since`` to ``day``)."""
        return data.grant.start <= day and budget.grant_end(data.grant, data.employment) >= (since or day)

    # -- warnings --------------------------------------------------------------------

    def status(self, grants: list[build.GrantData] | None = None) -> list[Warning]:
        """Every signal of today. ``grants``: already loaded (any superset of those running
        from 4 weeks ago to today)."""
        today = self.app.today
        found: list[Warning] = []
        # Running grants, and those that ended while their last report is still due.
        since = today - DUE_WITHIN
        running = self.grants(running_from=since, running_to=today) if grants is None else [
            data for data in grants if self._active(data, today, since)]
        for data in running:
            situation = GrantSituation(
                worker=data.worker.name, grant=data.grant, funder=data.funder, employment=data.employment,
                minutes_per_week_now=budget.minutes_per_week_on(data.hours, today),
                months=data.months(), periods=data.periods(),
                actual_by_month=data.actual_by_month(INDIRECT_ACTIVITIES),
                actual_by_period=data.actual_by_period(INDIRECT_ACTIVITIES),
            )
            found += grant_warnings(situation, today)
        with self.app.store.reading() as reader:
            for worker in reader.all(model.Worker, order_by=("name",), active=True):
                employments = reader.all(model.Employment, worker_id=worker.id)
                active = [e for e in employments if e.covers(today)]
                if not active:
                    continue
                ladder = reader.all(model.LadderMeasurement, order_by=("day",), worker_id=worker.id)
                found += activity_warnings(
                    worker.name,
                    reader.last_entry_day(model.saved_id(worker), today),
                    ladder[-1].day if ladder else None,
                    today,
                    active_since=min(e.start for e in active),
                )
        return found

    # -- reports ---------------------------------------------------------------------

    def report(
        self,
        kind: str,
        *,
        month: str | None = None,
        grant: int | str | None = None,
        period: int | str | None = None,
        worker: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> Document:
        """One report from what a coach typed: ``coachlog report KIND ...`` and the app's
        Rapportages screen both come here, so they give the same document. ``kind`` is one
        of REPORT_KINDS; errors name the field (month, grant, --period, worker, --from, --to)."""
        today = self.app.today
        if kind == "month":
            return self.month_report(parse_month(_given("month", month, MONTH_ACCEPTED), today))
        if kind == "own":
            return self.own_month_report(parse_month(_given("month", month, MONTH_ACCEPTED), today))
        if kind == "period":
            return self.period_report(_whole("grant", grant, N_("give the grant's number, e.g. 1")),
                                      _optional_whole("period", period))
        if kind == "progress":
            return self.progress_report(_given("worker", worker, N_("give the worker's name")),
                                        _optional_whole("period", period))
        if kind == "billing":
            return self.billing_report(parse_date(_given("from", date_from, DATE_ACCEPTED), today, "from"),
                                       parse_date(_given("to", date_to, DATE_ACCEPTED), today, "to"))
        raise InvalidInput("kind", kind, t("choose one of {choices}", choices=", ".join(REPORT_KINDS)))

    def month_report(self, month: date) -> Document:
        end = month + relativedelta(months=1, days=-1)
        grants = self.grants(running_from=month, running_to=end)
        return build.month_overview(month, grants, INDIRECT_ACTIVITIES, self.app.today)

    def period_report(self, grant_id: int, period_no: int | None = None) -> Document:
        data = self.grant(grant_id)
        period = self._period(data, period_no)
        return build.accountability(data, period, self.coach, INDIRECT_ACTIVITIES, self.app.today)

    def progress_report(self, worker: str, period_no: int | None = None) -> Document:
        grants = self.grants(worker)
        if not grants:
            raise InvalidInput("worker", worker, "this worker has no grant yet; add one first")
        today = self.app.today
        current = [g for g in grants if self._active(g, today)] or grants
        data = self.grant(model.saved_id(current[-1].grant))  # with its entries: the report lists them
        period = self._period(data, period_no, current_first=True)
        return build.progress(data, period, self.coach, INDIRECT_ACTIVITIES, today)

    def _period(
        self, data: build.GrantData, period_no: int | None, *, current_first: bool = False
    ) -> budget.PeriodBudget:
        try:
            return build.pick_period(data, period_no, self.app.today, current_first=current_first)
        except (LookupError, ValueError) as error:
            raise InvalidInput("period", period_no, str(error)) from None

    def billing_report(self, start: date, end: date) -> Document:
        if end < start:
            raise InvalidInput(
                "to", day_text(end),
                t("the end may not lie before the start ({start})", start=day_text(start)),
            )
        with self.app.store.reading() as reader:
            entries = [e for e in reader.entries(start, end) if e.billable and e.with_whom != "nobody"]
            grants = reader.all(model.Grant)
            employments = {model.saved_id(e): e for e in reader.all(model.Employment)}
            funders = {model.saved_id(f): f for f in reader.all(model.Funder)}
            tariffs: dict[int, list[model.Tariff]] = {}
            for tariff in reader.all(model.Tariff, order_by=("valid_from",)):
                tariffs.setdefault(tariff.funder_id, []).append(tariff)
        lines, unassigned = [], []
        for entry in entries:
            funder = self._funder_of(entry, grants, employments, funders)
            if funder is None:
                unassigned.append(entry)
            else:
                lines.append(build.BillingLine(funder, entry))
        return build.billing(start, end, lines, tariffs, unassigned, self.app.today)

    @staticmethod
    def _funder_of(entry: model.Entry, grants: list[model.Grant], employments: dict[int, model.Employment],
                   funders: dict[int, model.Funder]) -> model.Funder | None:
        for grant in grants:
            employment = employments[grant.employment_id]
            if employment.worker_id != entry.worker_id:
                continue
            if entry.employer_id not in (None, employment.employer_id):
                continue
            if grant.start <= entry.day <= budget.grant_end(grant, employment):
                return funders[grant.funder_id]
        return None

    def own_month_report(self, month: date) -> Document:
        end = month + relativedelta(months=1, days=-1)
        with self.app.store.reading() as reader:
            entries = reader.entries(month, end)
        return build.own_month(month, entries, INDIRECT_ACTIVITIES, self.app.today)


