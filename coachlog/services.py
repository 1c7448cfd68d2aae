"""The use cases both front ends call: add a worker, log a visit, undo, ...

A service validates with the domain's rules, loads and saves through the store, and
returns domain entities. It never formats for a screen and never knows SQL.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from coachlog.domain import model, rules
from coachlog.domain.parsing import INDIRECT_ACTIVITIES
from coachlog.domain.text import clean_name, name_key
from coachlog.errors import Ambiguous, Conflict, InvalidInput, NotFound, SpaceNotReclaimed
from coachlog.i18n import N_, field_label, t
from coachlog.store.repository import Reader, Store, Writer

_UNSET: Any = object()


@dataclass(frozen=True)
class EntryDraft:
    """What a coach types for one entry; the service turns it into entries."""

    day: date
    minutes: int | None = None
    workers: Sequence[str] = ()
    employer: str | None = None
    with_whom: str = "worker"
    activity: str = "guidance"
    mode: str = "on_site"
    start: time | None = None
    end: time | None = None
    goal_id: int | None = None
    billable: bool | None = None
    travel_minutes: int = 0
    travel_km: Decimal = Decimal(0)
    note: str = ""
    private_note: str = ""
    force: bool = False


def _find_by_name(kind: str, text: str, items: Sequence[Any]) -> Any:
    """Exact name (any case), else a unique part of a name; else the close matches. Both
    sides are compared by name_key (Unicode-normalised, no invisible characters): a
    journal may hold a name from before names were kept clean."""
    wanted = name_key(text)
    if not wanted:
        raise InvalidInput(kind, text, t("give the name of the {kind}", kind=field_label(kind)))
    keyed = [(name_key(item.name), item) for item in items]
    exact = [item for key, item in keyed if key == wanted]
    if exact:
        return exact[0]
    partial = [
        item for key, item in keyed if key.startswith(wanted) or any(word.startswith(wanted) for word in key.split())
    ] or [item for key, item in keyed if wanted in key]
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        raise Ambiguous(kind, text, [item.name for item in partial])
    raise NotFound(kind, text, rules.close_matches(clean_name(text), [item.name for item in items]))


class Coachlog:
    """A coach's journal, as use cases. ``today`` is injectable for tests."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today, schedules: Any = None) -> None:
        self.store = store
        self._today = today
        self._schedules = schedules

    @property
    def schedules(self) -> Any:
        """The hour schedules in force (coachlog.protocols.Schedules); built-in by default."""
        if self._schedules is None:
            from coachlog.protocols import load_schedules

            self._schedules = load_schedules()
        return self._schedules

    @property
    def today(self) -> date:
        return self._today()

    # -- lookups ---------------------------------------------------------------------

    def worker(self, reader: Reader, name: str) -> model.Worker:
        return _find_by_name("worker", name, reader.all(model.Worker, order_by=("name",)))

    def employer(self, reader: Reader, name: str) -> model.Employer:
        return _find_by_name("employer", name, reader.all(model.Employer, order_by=("name",)))

    def funder(self, reader: Reader, name: str) -> model.Funder:
        return _find_by_name("funder", name, reader.all(model.Funder, order_by=("name",)))

    @staticmethod
    def _by_id(reader: Reader, cls: type, kind: str, entity_id: int) -> Any:
        rules.check_id(kind, entity_id)  # beyond 64 bits no row can have it, nor can it be looked up
        found = reader.get(cls, entity_id)
        if found is None:
            raise NotFound(kind, entity_id)
        return found

    # -- workers and employers -------------------------------------------------------

    def add_worker(self, name: str) -> model.Worker:
        name = rules.check_name("name", name)
        with self.store.change(f"add worker {name}") as tx:
            self._refuse_duplicate(tx, model.Worker, "worker", name)
            return tx.add(model.Worker(name=name))

    def list_workers(self, include_inactive: bool = False) -> list[model.Worker]:
        with self.store.reading() as reader:
            found = reader.all(model.Worker, order_by=("name",))
        return [w for w in found if include_inactive or w.active]

    def edit_worker(self, ref: str, *, name: str | None = None, active: bool | None = None) -> model.Worker:
        with self.store.change(f"edit worker {ref}") as tx:
            worker = self.worker(tx, ref)
            changed = replace(worker)
            if name is not None:
                changed.name = self._new_name(tx, model.Worker, "worker", worker, name)
            if active is not None:
                changed.active = active
            tx.update(changed)
            return changed

    def remove_worker(self, ref: str) -> model.Worker:
        with self.store.change(f"remove worker {ref}") as tx:
            worker = self.worker(tx, ref)
            self._refuse_if_used(
                tx,
                t("worker {name}", name=repr(worker.name)),
                {
                    "employments": (model.Employment, {"worker_id": worker.id}),
                    "entries": (model.Entry, {"worker_id": worker.id}),
                    "ladder measurements": (model.LadderMeasurement, {"worker_id": worker.id}),
                    "absences": (model.Absence, {"worker_id": worker.id}),
                },
                f'coachlog worker edit "{worker.name}" --archive',
            )
            tx.delete(worker)
            return worker

    def erase_worker(self, ref: str) -> tuple[model.Worker, dict[str, int]]:
        """The right to be forgotten: the worker and everything about them, beyond undo.

        Other workers' entries of a shared group session stay (they are theirs); a free-text
        note elsewhere that names this worker is not searched for."""
        with self.store.reading() as reader:
            worker = self.worker(reader, ref)
            if name_key(worker.name) != name_key(ref):
                raise InvalidInput("name", ref, t("erasing cannot be undone: give the full name ({name})", name=repr(worker.name)))
        try:
            return worker, self.store.erase_worker(worker.id)
        except SpaceNotReclaimed as error:
            error.worker = worker  # saved: the edge reports the erase, then what was not done
            raise

    def backups_holding(self, name: str, directory: Any) -> Any:
        """A ``BackupScan``: backups holding the worker, unreadable ones, unfinished copies
        removed and unfinished copies still being written."""
        return self.store.backups_holding(name, directory)

    def add_employer(self, name: str, contact: str = "") -> model.Employer:
        name = rules.check_name("name", name)
        with self.store.change(f"add employer {name}") as tx:
            self._refuse_duplicate(tx, model.Employer, "employer", name)
            return tx.add(model.Employer(name=name, contact=rules.check_note("contact", contact)))

    def list_employers(self, include_inactive: bool = False) -> list[model.Employer]:
        with self.store.reading() as reader:
            found = reader.all(model.Employer, order_by=("name",))
        return [e for e in found if include_inactive or e.active]

    def edit_employer(
        self, ref: str, *, name: str | None = None, contact: str | None = None, active: bool | None = None
    ) -> model.Employer:
        with self.store.change(f"edit employer {ref}") as tx:
            employer = self.employer(tx, ref)
            changed = replace(employer)
            if name is not None:
                changed.name = self._new_name(tx, model.Employer, "employer", employer, name)
            if contact is not None:
                changed.contact = rules.check_note("contact", contact)
            if active is not None:
                changed.active = active
            tx.update(changed)
            return changed

    def remove_employer(self, ref: str) -> model.Employer:
        with self.store.change(f"remove employer {ref}") as tx:
            employer = self.employer(tx, ref)
            self._refuse_if_used(
                tx,
                t("employer {name}", name=repr(employer.name)),
                {
                    "employments": (model.Employment, {"employer_id": employer.id}),
                    "entries": (model.Entry, {"employer_id": employer.id}),
                },
                f'coachlog employer edit "{employer.name}" --archive',
            )
            tx.delete(employer)
            return employer

    def _new_name(self, reader: Reader, cls: type, kind: str, current: Any, name: str) -> str:
        """A cleaned new name; another of the same kind may not have it (in any case)."""
        cleaned = rules.check_name("name", name)
        if name_key(cleaned) != name_key(current.name):
            self._refuse_duplicate(reader, cls, kind, cleaned)
        return cleaned

    @staticmethod
    def _refuse_duplicate(reader: Reader, cls: type, kind: str, name: str) -> None:
        wanted = name_key(name)
        for item in reader.all(cls):
            if name_key(item.name) == wanted:
                raise Conflict(t("a {kind} named {name} already exists; choose another name", kind=field_label(kind), name=repr(item.name)))

    @staticmethod
    def _refuse_if_used(
        reader: Reader, what: str, uses: dict[str, tuple[type, dict[str, Any]]], instead: str | None
    ) -> None:
        counts = {label: reader.count(cls, **equals) for label, (cls, equals) in uses.items()}
        used = [f"{count} {t(_SINGULAR[label]) if count == 1 else t(label)}" for label, count in counts.items() if count]
        if used:
            hint = t("; to keep its history but hide it, use: {command}", command=instead) if instead else t("; remove those first")
            raise Conflict(t("{what} still has {used} and was not removed{hint}", what=what, used=", ".join(used), hint=hint))

    # -- employments -----------------------------------------------------------------

    def add_employment(
        self,
        worker: str,
        employer: str,
        start: date,
        hours: Decimal,
        *,
        kind: str = "contract",
        end: date | None = None,
        loonwaarde: int | None = None,
        year_anchor: date | None = None,
    ) -> model.Employment:
        kind = rules.check_choice("kind", kind, model.EMPLOYMENT_KINDS)
        rules.check_date("start", start, self.today)
        if end is not None:
            rules.check_date("end", end, self.today)
        rules.check_period("start", start, end)
        minutes_per_week = rules.check_contract_hours(hours)
        rules.check_loonwaarde(loonwaarde)
        if year_anchor is not None:
            rules.check_date("anchor", year_anchor, self.today)
        with self.store.change(f"add employment {worker} at {employer}") as tx:
            found_worker = self.worker(tx, worker)
            found_employer = self.employer(tx, employer)
            employment = tx.add(
                model.Employment(
                    worker_id=found_worker.id,
                    employer_id=found_employer.id,
                    start=start,
                    kind=kind,
                    end=end,
                    loonwaarde=loonwaarde,
                    year_anchor=year_anchor,
                )
            )
            tx.add(model.ContractHours(employment_id=employment.id, valid_from=start, minutes_per_week=minutes_per_week))
            return employment

    def list_employments(self, worker: str | None = None) -> list[model.Employment]:
        with self.store.reading() as reader:
            if worker is None:
                return reader.all(model.Employment, order_by=("start", "id"))
            found = self.worker(reader, worker)
            return reader.all(model.Employment, order_by=("start", "id"), worker_id=found.id)

    def contract_hours(self, employment_id: int) -> list[model.ContractHours]:
        with self.store.reading() as reader:
            self._by_id(reader, model.Employment, "employment", employment_id)
            return reader.all(model.ContractHours, order_by=("valid_from",), employment_id=employment_id)

    def edit_employment(
        self,
        employment_id: int,
        *,
        start: date | None = None,
        end: date | None = _UNSET,
        kind: str | None = None,
        loonwaarde: int | None = _UNSET,
        year_anchor: date | None = _UNSET,
    ) -> model.Employment:
        with self.store.change(f"edit employment {employment_id}") as tx:
            employment = self._by_id(tx, model.Employment, "employment", employment_id)
            changed = replace(employment)
            if start is not None:
                changed.start = rules.check_date("start", start, self.today)
            if end is not _UNSET:
                changed.end = end if end is None else rules.check_date("end", end, self.today)
            rules.check_period("start", changed.start, changed.end)
            if kind is not None:
                changed.kind = rules.check_choice("kind", kind, model.EMPLOYMENT_KINDS)
            if loonwaarde is not _UNSET:
                changed.loonwaarde = rules.check_loonwaarde(loonwaarde)
            if year_anchor is not _UNSET:
                changed.year_anchor = year_anchor if year_anchor is None else rules.check_date(
                    "anchor", year_anchor, self.today
                )
            if changed.start != employment.start:
                # The first contract-hours record follows the employment's start.
                hours = tx.all(model.ContractHours, order_by=("valid_from",), employment_id=employment_id)
                if hours and len(hours) > 1 and hours[1].valid_from <= changed.start:
                    raise InvalidInput(
                        "start",
                        rules.format_day(changed.start),
                        t("a contract-hours change is dated {day}; give a start before it",
                          day=rules.format_day(hours[1].valid_from)),
                    )
                if hours:
                    tx.update(replace(hours[0], valid_from=changed.start))
            tx.update(changed)
            return changed

    def set_contract_hours(self, employment_id: int, valid_from: date, hours: Decimal) -> model.ContractHours:
        """Record contract hours from a date on (a dated change); same date replaces."""
        minutes_per_week = rules.check_contract_hours(hours)
        with self.store.change(f"contract hours of employment {employment_id}") as tx:
            employment = self._by_id(tx, model.Employment, "employment", employment_id)
            if not employment.covers(valid_from):
                raise InvalidInput(
                    "from", rules.format_day(valid_from), t("give a date within the employment {span}", span=_span(employment))
                )
            for existing in tx.all(model.ContractHours, employment_id=employment_id):
                if existing.valid_from == valid_from:
                    changed = replace(existing, minutes_per_week=minutes_per_week)
                    tx.update(changed)
                    return changed
            return tx.add(
                model.ContractHours(employment_id=employment_id, valid_from=valid_from, minutes_per_week=minutes_per_week)
            )

    def remove_employment(self, employment_id: int) -> model.Employment:
        with self.store.change(f"remove employment {employment_id}") as tx:
            employment = self._by_id(tx, model.Employment, "employment", employment_id)
            self._refuse_if_used(
                tx, t("employment {id}", id=employment_id), {"grants": (model.Grant, {"employment_id": employment_id})}, None
            )
            for hours in tx.all(model.ContractHours, employment_id=employment_id):
                tx.delete(hours)
            tx.delete(employment)
            return employment

    # -- funders and tariffs ---------------------------------------------------------

    def add_funder(self, name: str, kind: str, reference: str = "") -> model.Funder:
        name = rules.check_name("name", name)
        kind = rules.check_choice("kind", kind, model.FUNDER_KINDS)
        with self.store.change(f"add funder {name}") as tx:
            self._refuse_duplicate(tx, model.Funder, "funder", name)
            return tx.add(model.Funder(name=name, kind=kind, reference=rules.check_note("reference", reference)))

    def list_funders(self) -> list[model.Funder]:
        with self.store.reading() as reader:
            return reader.all(model.Funder, order_by=("name",))

    def edit_funder(
        self, ref: str, *, name: str | None = None, kind: str | None = None, reference: str | None = None
    ) -> model.Funder:
        with self.store.change(f"edit funder {ref}") as tx:
            funder = self.funder(tx, ref)
            changed = replace(funder)
            if name is not None:
                changed.name = self._new_name(tx, model.Funder, "funder", funder, name)
            if kind is not None:
                changed.kind = rules.check_choice("kind", kind, model.FUNDER_KINDS)
            if reference is not None:
                changed.reference = rules.check_note("reference", reference)
            tx.update(changed)
            return changed

    def remove_funder(self, ref: str) -> model.Funder:
        with self.store.change(f"remove funder {ref}") as tx:
            funder = self.funder(tx, ref)
            self._refuse_if_used(tx, t("funder {name}", name=repr(funder.name)), {"grants": (model.Grant, {"funder_id": funder.id})}, None)
            for tariff in tx.all(model.Tariff, funder_id=funder.id):
                tx.delete(tariff)
            tx.delete(funder)
            return funder

    def set_tariff(self, funder: str, valid_from: date, rate: Decimal) -> model.Tariff:
        rate = rules.check_rate(rate)
        rules.check_date("from", valid_from, self.today)
        with self.store.change(f"tariff of {funder}") as tx:
            found = self.funder(tx, funder)
            for existing in tx.all(model.Tariff, funder_id=found.id):
                if existing.valid_from == valid_from:
                    changed = replace(existing, rate=rate)
                    tx.update(changed)
                    return changed
            return tx.add(model.Tariff(funder_id=found.id, valid_from=valid_from, rate=rate))

    def tariffs(self, funder: str) -> list[model.Tariff]:
        with self.store.reading() as reader:
            found = self.funder(reader, funder)
            return reader.all(model.Tariff, order_by=("valid_from",), funder_id=found.id)

    # -- grants and goals ------------------------------------------------------------

    def add_grant(
        self,
        employment_id: int,
        funder: str,
        start: date,
        *,
        regime: str | None = None,
        granted_hours: Decimal | None = None,
        schedule_id: str | None = None,
        period_months: int | None = None,
        periods: int | None = None,
        reference: str = "",
    ) -> model.Grant:
        granted_minutes = None
        if granted_hours is not None:
            if granted_hours <= 0 or granted_hours > 2000:
                raise InvalidInput("hours", str(granted_hours), "give granted hours per period above 0, e.g. 60")
            granted_minutes = int((granted_hours * 60).to_integral_value())
        rules.check_date("start", start, self.today)
        with self.store.change(f"add grant for employment {employment_id}") as tx:
            employment = self._by_id(tx, model.Employment, "employment", employment_id)
            found_funder = self.funder(tx, funder)
            if not employment.covers(start):
                raise InvalidInput("start", rules.format_day(start), t("give a start within the employment {span}", span=_span(employment)))
            schedule = self._schedule(schedule_id or model.DEFAULT_SCHEDULE_BY_FUNDER_KIND[found_funder.kind])
            regime = self._check_regime(schedule, regime, granted_minutes, employment)
            months = period_months or schedule.period_months
            count = periods or schedule.max_periods
            return tx.add(
                model.Grant(
                    employment_id=employment_id,
                    funder_id=found_funder.id,
                    schedule_id=schedule.id,
                    start=start,
                    period_months=rules.check_positive("period-months", months, 1, 36),
                    regime=regime,
                    granted_minutes_per_period=granted_minutes,
                    periods=rules.check_positive("periods", count, 1, 20),
                    reference=rules.check_note("reference", reference),
                )
            )

    def _schedule(self, schedule_id: str) -> Any:
        try:
            return self.schedules.get(schedule_id)
        except KeyError as error:
            raise InvalidInput("schedule", schedule_id, error.args[0]) from None

    @staticmethod
    def _check_regime(schedule: Any, regime: str | None, granted_minutes: int | None, employment: model.Employment) -> str | None:
        """The regime must be one the schedule knows; without one, granted hours are needed."""
        known = ", ".join(schedule.regimes)
        if regime is None:
            if granted_minutes is None:
                raise InvalidInput("regime", None, t("give a regime ({known}) or granted hours per period (--hours)", known=known))
            return None
        cleaned = regime.strip().lower().replace("_", "-").replace(" ", "-")
        if cleaned not in schedule.regimes:
            raise InvalidInput("regime", regime, t("schedule {id} knows {known}", id=schedule.id, known=known))
        if employment.kind == "proefplaatsing" and cleaned not in schedule.proefplaatsing and \
                schedule.regimes[cleaned].percentages:
            raise InvalidInput("regime", regime, t("schedule {id} has no proefplaatsing percentage for it", id=schedule.id))
        return cleaned

    def list_grants(self, worker: str | None = None) -> list[model.Grant]:
        with self.store.reading() as reader:
            grants = reader.all(model.Grant, order_by=("start", "id"))
            if worker is None:
                return grants
            found = self.worker(reader, worker)
            employment_ids = {e.id for e in reader.all(model.Employment, worker_id=found.id)}
            return [g for g in grants if g.employment_id in employment_ids]

    def edit_grant(
        self,
        grant_id: int,
        *,
        regime: str | None = _UNSET,
        granted_hours: Decimal | None = _UNSET,
        start: date | None = None,
        period_months: int | None = None,
        periods: int | None = None,
        schedule_id: str | None = None,
        reference: str | None = None,
    ) -> model.Grant:
        with self.store.change(f"edit grant {grant_id}") as tx:
            grant = self._by_id(tx, model.Grant, "grant", grant_id)
            changed = replace(grant)
            if schedule_id is not None:
                changed.schedule_id = self._schedule(schedule_id.strip()).id
            if regime is not _UNSET:
                changed.regime = regime
            if granted_hours is not _UNSET:
                if granted_hours is not None and (granted_hours <= 0 or granted_hours > 2000):
                    raise InvalidInput("hours", str(granted_hours), "give granted hours per period above 0, e.g. 60")
                changed.granted_minutes_per_period = (
                    None if granted_hours is None else int((granted_hours * 60).to_integral_value())
                )
            employment = self._by_id(tx, model.Employment, "employment", grant.employment_id)
            changed.regime = self._check_regime(
                self._schedule(changed.schedule_id), changed.regime, changed.granted_minutes_per_period, employment
            )
            if start is not None:
                changed.start = rules.check_date("start", start, self.today)
            if period_months is not None:
                changed.period_months = rules.check_positive("period-months", period_months, 1, 36)
            if periods is not None:
                changed.periods = rules.check_positive("periods", periods, 1, 20)
            if reference is not None:
                changed.reference = rules.check_note("reference", reference)
            tx.update(changed)
            return changed

    def remove_grant(self, grant_id: int) -> model.Grant:
        with self.store.change(f"remove grant {grant_id}") as tx:
            grant = self._by_id(tx, model.Grant, "grant", grant_id)
            self._refuse_if_used(tx, t("grant {id}", id=grant_id), {"goals": (model.Goal, {"grant_id": grant_id})}, None)
            tx.delete(grant)
            return grant

    @staticmethod
    def period_number(grant: model.Grant, day: date) -> int:
        """The grant's period (1-based) that holds ``day``; 1 before the grant starts."""
        months = relativedelta(day, grant.start)
        elapsed = months.years * 12 + months.months
        return max(1, elapsed // grant.period_months + 1)

    def add_goal(self, grant_id: int, text: str, period_no: int | None = None) -> model.Goal:
        text = rules.check_name("goal", text)
        with self.store.change(f"add goal to grant {grant_id}") as tx:
            grant = self._by_id(tx, model.Grant, "grant", grant_id)
            number = period_no or self.period_number(grant, self.today)
            rules.check_positive("period", number, 1, grant.periods)
            return tx.add(model.Goal(grant_id=grant_id, period_no=number, text=text))

    def list_goals(self, grant_id: int) -> list[model.Goal]:
        with self.store.reading() as reader:
            self._by_id(reader, model.Grant, "grant", grant_id)
            return reader.all(model.Goal, order_by=("period_no", "id"), grant_id=grant_id)

    def edit_goal(
        self, goal_id: int, *, text: str | None = None, status: str | None = None, period_no: int | None = None
    ) -> model.Goal:
        with self.store.change(f"edit goal {goal_id}") as tx:
            goal = self._by_id(tx, model.Goal, "goal", goal_id)
            changed = replace(goal)
            if text is not None:
                changed.text = rules.check_name("goal", text)
            if status is not None:
                changed.status = rules.check_choice("status", status, model.GOAL_STATUSES)
            if period_no is not None:
                grant = self._by_id(tx, model.Grant, "grant", goal.grant_id)
                changed.period_no = rules.check_positive("period", period_no, 1, grant.periods)
            tx.update(changed)
            return changed

    def remove_goal(self, goal_id: int) -> model.Goal:
        with self.store.change(f"remove goal {goal_id}") as tx:
            goal = self._by_id(tx, model.Goal, "goal", goal_id)
            self._refuse_if_used(tx, t("goal {id}", id=goal_id), {"entries": (model.Entry, {"goal_id": goal_id})}, None)
            tx.delete(goal)
            return goal

    # -- entries ---------------------------------------------------------------------

    def log(self, draft: EntryDraft) -> list[model.Entry]:
        """Record one entry, or a group session split evenly over several workers."""
        minutes = self._draft_minutes(draft)
        with self.store.change(f"log {rules.minutes_text(minutes)} on {rules.format_day(draft.day)}") as tx:
            return self._log_in(tx, draft)

    def _log_in(self, tx: Writer, draft: EntryDraft) -> list[model.Entry]:
        rules.check_entry_date(draft.day, self.today)
        minutes = self._draft_minutes(draft)
        travel_minutes = rules.check_travel_minutes(draft.travel_minutes)
        travel_m = rules.check_travel_km(draft.travel_km)
        note = rules.check_note("note", draft.note)
        private_note = rules.check_note("private-note", draft.private_note)
        billable = (
            draft.billable
            if draft.billable is not None
            else rules.default_billable(draft.with_whom, draft.activity, INDIRECT_ACTIVITIES)
        )
        if draft.with_whom != "nobody" and not draft.workers and not draft.employer:
            raise InvalidInput("worker", None, t("time with the {who} needs --worker (or --with niemand)", who=field_label(draft.with_whom)))
        workers = [self.worker(tx, name) for name in draft.workers]
        if len({w.id for w in workers}) != len(workers):
            raise InvalidInput("worker", ", ".join(draft.workers), "name each worker of a group session once")
        employer = self.employer(tx, draft.employer) if draft.employer else None
        shares = rules.split_group(minutes, len(workers)) if workers else [minutes]
        rules.check_day_total(draft.day, tx.minutes_on(draft.day), minutes + travel_minutes)
        if draft.goal_id is not None:
            self._by_id(tx, model.Goal, "goal", draft.goal_id)
        group_id = uuid.uuid4().hex if len(workers) > 1 else None
        saved = []
        for index, share in enumerate(shares):
            worker = workers[index] if workers else None
            entry_employer = employer
            if worker is not None:
                entry_employer = self._employer_for(tx, worker, employer, draft.day, draft.force)
            saved.append(
                tx.add(
                    model.Entry(
                        day=draft.day,
                        minutes=share,
                        with_whom=draft.with_whom,
                        activity=draft.activity,
                        mode=draft.mode,
                        worker_id=worker.id if worker else None,
                        employer_id=entry_employer.id if entry_employer else None,
                        start=draft.start,
                        goal_id=draft.goal_id,
                        billable=billable,
                        # Travel is the coach's, once: on the first entry of a group.
                        travel_minutes=travel_minutes if index == 0 else 0,
                        travel_m=travel_m if index == 0 else 0,
                        note=note,
                        private_note=private_note,
                        group_id=group_id,
                    )
                )
            )
        return saved

    @staticmethod
    def _draft_minutes(draft: EntryDraft) -> int:
        if draft.start is not None and draft.end is not None:
            spanned = rules.minutes_between(draft.start, draft.end)
            if draft.minutes is not None and draft.minutes != spanned:
                raise InvalidInput(
                    "duration",
                    rules.minutes_text(draft.minutes),
                    t("{span} is {minutes}; give one or the other", span=f"{draft.start:%H:%M}-{draft.end:%H:%M}",
                      minutes=rules.minutes_text(spanned)),
                )
            return rules.check_minutes("duration", spanned)
        if draft.end is not None:
            raise InvalidInput("end", draft.end.strftime("%H:%M"), "an end time needs a start time (--start)")
        if draft.minutes is None:
            raise InvalidInput("duration", None, "give a duration like 1u30, or --start and --end")
        return rules.check_minutes("duration", draft.minutes)

    def _employer_for(
        self, reader: Reader, worker: model.Worker, employer: model.Employer | None, day: date, force: bool
    ) -> model.Employer | None:
        """The employer of an entry: the one given, else the worker's employment that day.

        An entry outside every employment of a worker who has employments is refused
        unless forced; a worker without any employment (still looking) is fine."""
        all_employments = reader.all(model.Employment, order_by=("start",), worker_id=worker.id)
        employments = all_employments
        if employer is not None:
            employments = [e for e in employments if e.employer_id == employer.id]
            if all_employments and not employments and not force:
                raise InvalidInput(
                    "employer",
                    employer.name,
                    t("{worker} has no employment at {employer}; give the employer of one of {worker}'s "
                      "employments, or use --force to log it anyway", worker=worker.name, employer=employer.name),
                )
        covering = [e for e in employments if e.covers(day)]
        if employments and not covering and not force:
            spans = "; ".join(_span(e) for e in employments)
            where = t(" at {employer}", employer=employer.name) if employer else ""
            raise InvalidInput(
                "date",
                rules.format_day(day),
                t("{worker} has no employment{where} on that day (employment {spans}); use --force to log it anyway",
                  worker=worker.name, where=where, spans=spans),
            )
        if employer is not None:
            return employer
        if len(covering) == 1:
            return reader.get(model.Employer, covering[0].employer_id)
        return None

    def entries(
        self,
        start: date | None = None,
        end: date | None = None,
        worker: str | None = None,
        employer: str | None = None,
    ) -> list[model.Entry]:
        with self.store.reading() as reader:
            worker_id = self.worker(reader, worker).id if worker else None
            employer_id = self.employer(reader, employer).id if employer else None
            return reader.entries(start, end, worker_id, employer_id)

    def latest_entries(self, worker: str, count: int) -> list[model.Entry]:
        """The worker's ``count`` latest entries, the latest first."""
        with self.store.reading() as reader:
            return reader.latest_entries(self.worker(reader, worker).id, count)

    def entry(self, entry_id: int) -> model.Entry:
        with self.store.reading() as reader:
            return self._by_id(reader, model.Entry, "entry", entry_id)

    def edit_entry(self, entry_id: int, changes: dict[str, Any], *, force: bool = False) -> model.Entry:
        """Change fields of one entry; the same rules as logging apply to the result."""
        with self.store.change(f"edit entry {entry_id}") as tx:
            entry = self._by_id(tx, model.Entry, "entry", entry_id)
            changed = replace(entry)
            for key, value in changes.items():
                if key == "worker":
                    changed.worker_id = self.worker(tx, value).id if value else None
                elif key == "employer":
                    changed.employer_id = self.employer(tx, value).id if value else None
                elif key == "travel_km":
                    changed.travel_m = rules.check_travel_km(value)
                else:
                    setattr(changed, key, value)
            rules.check_entry_date(changed.day, self.today)
            rules.check_minutes("duration", changed.minutes)
            rules.check_travel_minutes(changed.travel_minutes)
            changed.note = rules.check_note("note", changed.note)
            changed.private_note = rules.check_note("private-note", changed.private_note)
            if "billable" not in changes and ({"with_whom", "activity"} & changes.keys()):
                changed.billable = rules.default_billable(changed.with_whom, changed.activity, INDIRECT_ACTIVITIES)
            rules.check_day_total(
                changed.day, tx.minutes_on(changed.day, exclude_ids=[entry_id]), changed.minutes + changed.travel_minutes
            )
            if changed.worker_id is not None and ({"day", "worker", "employer"} & changes.keys()):
                worker = tx.get(model.Worker, changed.worker_id)
                employer = tx.get(model.Employer, changed.employer_id) if changed.employer_id else None
                found = self._employer_for(tx, worker, employer, changed.day, force)
                changed.employer_id = found.id if found else changed.employer_id
            if changed.goal_id is not None:
                self._by_id(tx, model.Goal, "goal", changed.goal_id)
            tx.update(changed)
            return changed

    def delete_entry(self, entry_id: int) -> model.Entry:
        with self.store.change(f"delete entry {entry_id}") as tx:
            entry = self._by_id(tx, model.Entry, "entry", entry_id)
            tx.delete(entry)
            return entry

    def undo(self) -> str | None:
        return self.store.undo()

    def names(self) -> tuple[dict[int, str], dict[int, str]]:
        """Worker and employer names by id, for showing entries."""
        with self.store.reading() as reader:
            workers = {w.id: w.name for w in reader.all(model.Worker)}
            employers = {e.id: e.name for e in reader.all(model.Employer)}
        return workers, employers

    # -- the timer -------------------------------------------------------------------

    def running_timer(self) -> model.Timer | None:
        with self.store.reading() as reader:
            running = reader.all(model.Timer)
        return running[0] if running else None

    def start_timer(self, now: datetime, *, worker: str | None = None, with_whom: str | None = None,
                    activity: str | None = None, mode: str = "on_site", note: str = "") -> model.Timer:
        with_whom = with_whom or ("worker" if worker else "nobody")
        with self.store.change("start timer") as tx:
            running = tx.all(model.Timer)
            if running:
                raise Conflict(t("a timer is already running since {time}; stop it first", time=f"{running[0].started:%H:%M}"))
            found = self.worker(tx, worker) if worker else None
            return tx.add(model.Timer(
                started=now.replace(second=0, microsecond=0), worker_id=found.id if found else None,
                with_whom=with_whom, activity=activity or default_activity(with_whom), mode=mode,
                note=rules.check_note("note", note),
            ))

    def stop_timer(self, now: datetime, *, discard: bool = False) -> list[model.Entry]:
        """Stop the timer and log its minutes as an entry (one transaction), or discard it."""
        with self.store.change("stop timer") as tx:
            running = tx.all(model.Timer)
            if not running:
                raise Conflict("no timer is running; start one first")
            timer = running[0]
            tx.delete(timer)
            if discard:
                return []
            elapsed = max(1, round((now - timer.started).total_seconds() / 60))
            if now.date() != timer.started.date() or elapsed > rules.MINUTES_PER_DAY:
                raise InvalidInput(
                    "timer", f"{timer.started:%d-%m-%Y %H:%M}",
                    "the timer ran past midnight; discard it and log the time by hand",
                )
            worker = tx.get(model.Worker, timer.worker_id) if timer.worker_id else None
            employer = tx.get(model.Employer, timer.employer_id) if timer.employer_id else None
            return self._log_in(tx, EntryDraft(
                day=timer.started.date(), minutes=elapsed, workers=[worker.name] if worker else [],
                employer=employer.name if employer else None, with_whom=timer.with_whom,
                activity=timer.activity, mode=timer.mode, start=timer.started.time(), note=timer.note,
            ))

    # -- ladder and absences ---------------------------------------------------------

    def add_measurement(
        self,
        worker: str,
        day: date,
        step: int,
        *,
        expected_step: int | None = None,
        horizon: date | None = None,
        note: str = "",
    ) -> model.LadderMeasurement:
        rules.check_date("date", day, self.today, max_ahead=relativedelta(days=0))
        rules.check_step("step", step)
        rules.check_step("expected", expected_step)
        if horizon is not None:
            if expected_step is None:
                raise InvalidInput("horizon", rules.format_day(horizon), "a horizon belongs to an expected step (--expected)")
            if horizon <= day:
                raise InvalidInput("horizon", rules.format_day(horizon), t("give a date after the measurement ({day})", day=rules.format_day(day)))
            rules.check_date("horizon", horizon, self.today, max_ahead=relativedelta(years=5))
        note = rules.check_note("note", note)
        with self.store.change(f"ladder step for {worker}") as tx:
            found = self.worker(tx, worker)
            return tx.add(
                model.LadderMeasurement(
                    worker_id=found.id, day=day, step=step, expected_step=expected_step, horizon=horizon, note=note
                )
            )

    def ladder(self, worker: str) -> list[model.LadderMeasurement]:
        with self.store.reading() as reader:
            found = self.worker(reader, worker)
            return reader.all(model.LadderMeasurement, order_by=("day", "id"), worker_id=found.id)

    def remove_measurement(self, measurement_id: int) -> model.LadderMeasurement:
        with self.store.change(f"remove ladder measurement {measurement_id}") as tx:
            found = self._by_id(tx, model.LadderMeasurement, "measurement", measurement_id)
            tx.delete(found)
            return found

    def add_absence(self, worker: str, start: date, end: date, kind: str = "ziek", note: str = "") -> model.Absence:
        rules.check_date("from", start, self.today)
        rules.check_date("to", end, self.today)
        rules.check_period("start", start, end)
        kind = rules.check_choice("kind", kind, model.ABSENCE_KINDS)
        note = rules.check_note("note", note)
        with self.store.change(f"absence of {worker}") as tx:
            found = self.worker(tx, worker)
            return tx.add(model.Absence(worker_id=found.id, start=start, end=end, kind=kind, note=note))

    def absences(self, worker: str | None = None) -> list[model.Absence]:
        with self.store.reading() as reader:
            if worker is None:
                return reader.all(model.Absence, order_by=("start",))
            found = self.worker(reader, worker)
            return reader.all(model.Absence, order_by=("start",), worker_id=found.id)

    def remove_absence(self, absence_id: int) -> model.Absence:
        with self.store.change(f"remove absence {absence_id}") as tx:
            found = self._by_id(tx, model.Absence, "absence", absence_id)
            tx.delete(found)
            return found


def _span(employment: model.Employment) -> str:
    end = rules.format_day(employment.end) if employment.end else t("open end")
    return f"{rules.format_day(employment.start)} – {end}"


# -- export and import -------------------------------------------------------------------

_YES = {"yes", "ja", "j", "y", "true", "1", "waar"}
_NO = {"no", "nee", "n", "false", "0", "onwaar"}


class Exchange:
    """Export and all-or-nothing import, over the same rules as logging by hand."""

    def __init__(self, app: Coachlog) -> None:
        self.app = app

    def entry_records(self, entries: list[model.Entry]) -> list[dict[str, Any]]:
        from coachlog.exchange import entry_record

        workers, employers = self.app.names()
        return [entry_record(entry, workers, employers) for entry in entries]

    def journal_json(self) -> str:
        from coachlog.exchange import SECTIONS, journal_document

        with self.app.store.reading() as reader:
            sections = {name: reader.all(cls) for name, cls in SECTIONS}
        return journal_document(sections)

    def import_journal(self, document: dict[str, Any], source: str) -> dict[str, int]:
        """Restore a whole-journal export into an empty journal, ids and all."""
        from coachlog.exchange import FORMAT_VERSION, SECTIONS, ImportFailed, entity_from_json

        version = document.get("coachlog_export")
        if version != FORMAT_VERSION:
            raise ImportFailed(source, [f"line 1: coachlog_export {version!r} is not a format this coachlog reads ({FORMAT_VERSION})"])
        unknown = set(document) - {"coachlog_export"} - {name for name, _ in SECTIONS}
        problems = [f"unknown section {name!r}" for name in sorted(unknown)]
        parsed: dict[str, list[Any]] = {}
        for name, cls in SECTIONS:
            records = document.get(name, [])
            if not isinstance(records, list):
                problems.append(f"{name}: expected a list")
                continue
            parsed[name] = []
            for number, record in enumerate(records, start=1):
                try:
                    parsed[name].append(entity_from_json(cls, record, f"{name} record {number}"))
                except (ValueError, TypeError) as error:
                    problems.append(str(error))
        for name in ("workers", "employers", "funders"):
            problems += _clean_names(name, parsed.get(name, []))
        if problems:
            raise ImportFailed(source, problems)
        with self.app.store.change(f"import {source}") as tx:
            held = tx.count(model.Worker) + tx.count(model.Employer) + tx.count(model.Entry)
            if held:
                raise ImportFailed(
                    source,
                    [
                        "a whole-journal export is restored into an empty journal only; this one already holds "
                        "data. Use --journal NEW_FILE to restore into a new journal, or import entries as CSV"
                    ],
                )
            for name, _cls in SECTIONS:
                tx.add_many(parsed[name], keep_ids=True)
        return {name: len(items) for name, items in parsed.items()}

    def import_entries(
        self, rows: list[tuple[int, dict[str, str]]], source: str, *, create_missing: bool = False, force: bool = False
    ) -> list[model.Entry]:
        """Import entry rows (CSV lines or JSON records): every row valid, or nothing."""
        from coachlog.domain import parsing
        from coachlog.exchange import ENTRY_COLUMNS, ImportFailed

        app = self.app
        known_columns = set(ENTRY_COLUMNS) | {"duration", "private_note", "__extra__"}
        problems: list[str] = []
        drafts: list[tuple[int, model.Entry, str, str]] = []
        parsers = _RowParsers(parsing, app.today)
        key = parsers.name_key
        with app.store.reading() as reader:
            workers = {key(w.name): w for w in reader.all(model.Worker)}
            employers = {key(e.name): e for e in reader.all(model.Employer)}
            employments = reader.all(model.Employment, order_by=("start",))
            goal_ids = {g.id for g in reader.all(model.Goal)}
        columns = set(rows[0][1]) if rows else set()
        for column in sorted(columns - known_columns):
            close = rules.close_matches(column, list(known_columns - {"__extra__"}))
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(f"line 1: unknown column {column!r}{hint}")
        # New names by their name_key: "Noor Visser" and "noor\u00a0visser" are one new worker.
        new_workers: dict[str, str] = {}
        new_employers: dict[str, str] = {}
        for line, row in rows:
            if "__extra__" in row:
                problems.append(f"line {line}: more values than columns")
                continue
            try:
                entry, worker_name, employer_name = self._entry_from_row(row, parsers)
                if entry.goal_id is not None and entry.goal_id not in goal_ids:
                    raise InvalidInput("goal_id", entry.goal_id, "give the id of an existing goal, or leave it empty")
                # A name already known, or taken as new on an earlier line, passed these checks.
                if worker_name and (keyed := key(worker_name)) not in workers and keyed not in new_workers:
                    new_workers[keyed] = _new_import_name("worker", worker_name, workers, create_missing)
                if employer_name and (keyed := key(employer_name)) not in employers and keyed not in new_employers:
                    new_employers[keyed] = _new_import_name("employer", employer_name, employers, create_missing)
                drafts.append((line, entry, worker_name, employer_name))
            except InvalidInput as error:
                problems.append(f"line {line}: {error}")
        # The day totals, over what the journal holds and what this file adds.
        with app.store.reading() as reader:
            held_by_day = reader.minutes_by_day(entry.day for _, entry, _, _ in drafts)
        day_totals = dict(held_by_day)
        for _, entry, _, _ in drafts:
            day_totals[entry.day] = day_totals.get(entry.day, 0) + entry.minutes + entry.travel_minutes
        # Line by line only on the days that end up over 24 hours: each line that goes over.
        full_days = {day for day, total in day_totals.items() if total > rules.MINUTES_PER_DAY}
        added_by_day: dict[date, int] = {}
        employments_of: dict[int, list[model.Employment]] = {}
        for employment in employments:
            employments_of.setdefault(employment.worker_id, []).append(employment)
        for line, entry, worker_name, employer_name in drafts:
            if entry.day in full_days:
                added = entry.minutes + entry.travel_minutes
                so_far = held_by_day.get(entry.day, 0) + added_by_day.get(entry.day, 0)
                try:
                    rules.check_day_total(entry.day, so_far, added)
                except InvalidInput as error:
                    problems.append(f"line {line}: {error}")
                added_by_day[entry.day] = added_by_day.get(entry.day, 0) + added
            worker = workers.get(key(worker_name)) if worker_name else None
            if worker is not None and not force:
                employer = employers.get(key(employer_name)) if employer_name else None
                own = [e for e in employments_of.get(worker.id, []) if employer is None or e.employer_id == employer.id]
                if own and not any(e.covers(entry.day) for e in own):
                    problems.append(
                        f"line {line}: date: {rules.format_day(entry.day)} lies outside every employment of "
                        f"{worker.name}; fix the date or import with --force"
                    )
        if problems:
            raise ImportFailed(source, problems)
        with app.store.change(f"import {len(drafts)} entries from {source}") as tx:
            created_workers = tx.add_many([model.Worker(name=name) for name in sorted(new_workers.values())])
            created_employers = tx.add_many([model.Employer(name=name) for name in sorted(new_employers.values())])
            for item in created_workers:
                workers[key(item.name)] = item
            for item in created_employers:
                employers[key(item.name)] = item
            employer_by_worker_day = _employer_lookup(employments)
            entries = []
            for _line, entry, worker_name, employer_name in drafts:
                worker = workers[key(worker_name)] if worker_name else None
                employer = employers[key(employer_name)] if employer_name else None
                entry.worker_id = worker.id if worker else None
                if employer is not None:
                    entry.employer_id = employer.id
                elif worker is not None:
                    entry.employer_id = employer_by_worker_day(worker.id, entry.day)
                entries.append(entry)
            return tx.add_many(entries)

    def _entry_from_row(self, row: dict[str, str], parsers: _RowParsers) -> tuple[model.Entry, str, str]:
        get = row.get
        day = parsers.entry_day(get("date", ""))
        minutes_text = get("minutes")
        minutes = parsers.minutes(minutes_text) if minutes_text else parsers.span(get("duration", ""))
        worker_name = parsers.name(get("worker", ""))
        employer_name = parsers.name(get("employer", ""))
        with_whom, activity, mode, billable = parsers.kind(
            get("with_whom", ""), get("activity", ""), get("mode", ""), get("billable", ""),
            bool(worker_name), bool(employer_name))
        # In the order the fields were always checked: a line with two problems names the same one.
        travel_text, km_text, goal_text = get("travel_minutes"), get("travel_km"), get("goal_id")
        travel = parsers.travel(travel_text) if travel_text else 0
        travel_m = parsers.km(km_text) if km_text else 0
        goal_id = parsers.goal_id(goal_text) if goal_text else None
        note, private_note = get("note", ""), get("private_note")
        entry = model.Entry(
            day=day,
            minutes=minutes,
            with_whom=with_whom,
            activity=activity,
            mode=mode,
            start=parsers.time(row["start"]) if get("start") else None,
            goal_id=goal_id,
            billable=billable,
            travel_minutes=travel,
            travel_m=travel_m,
            note=rules.check_note("note", note) if note else "",
            private_note=rules.check_note("private_note", private_note) if private_note else "",
            group_id=get("group_id") or None,
        )
        return entry, worker_name, employer_name


class _RowParsers:
    """The parsers an import applies to every row, each result remembered per distinct
    text: 100 000 rows hold a few thousand dates and a handful of activities and modes.
    Only results are remembered (lru_cache keeps no exceptions), so a bad value is still
    refused on every row that holds it, with that row's line."""

    def __init__(self, parsing: Any, today: date) -> None:
        remember = functools.lru_cache(maxsize=None)
        self.entry_day = remember(lambda text: rules.check_entry_date(parsing.parse_date(text, today), today))
        self.span = remember(lambda text: rules.check_minutes("minutes", parsing.parse_duration(text)))
        self.minutes = remember(_whole_minutes)
        self.time = remember(parsing.parse_time)
        self.travel = remember(lambda text: rules.check_travel_minutes(parsing.parse_duration(text, "travel_minutes")))
        self.km = remember(lambda text: rules.check_travel_km(rules.parse_decimal("travel_km", text, "12,5")))
        self.goal_id = remember(_goal_number)
        self.kind = remember(functools.partial(_entry_kind, parsing))
        # Names as kept (clean_name) and as compared (name_key), once per distinct name.
        self.name = remember(clean_name)
        self.name_key = remember(name_key)


def _whole_minutes(text: str) -> int:
    if not _is_whole_number(text):
        raise InvalidInput("minutes", text, "give whole minutes, e.g. 90")
    if len(text.lstrip("0")) > 4:  # more than a day's 1440 minutes; 5,000 digits are not converted at all
        raise InvalidInput("minutes", text, "give a duration above 0 and at most 24 hours, e.g. 1u30 or 45m")
    return rules.check_minutes("minutes", int(text))


def _goal_number(text: str) -> int:
    if not _is_whole_number(text):
        raise InvalidInput("goal_id", text, "give the number of a goal, or leave it empty")
    return rules.parse_id("goal_id", text)


def _entry_kind(parsing: Any, with_text: str, activity_text: str, mode_text: str, billable_text: str,
                has_worker: bool, has_employer: bool) -> tuple[str, str, str, bool]:
    """With whom, activity, mode and billable of an imported row, defaults filled in."""
    with_whom = parsing.parse_with_whom(with_text) if with_text else ("worker" if has_worker else "nobody")
    if with_whom != "nobody" and not has_worker and not has_employer:
        raise InvalidInput("worker", "", t("time with the {who} needs a worker or an employer", who=field_label(with_whom)))
    activity = parsing.parse_activity(activity_text) if activity_text else default_activity(with_whom)
    mode = parsing.parse_mode(mode_text) if mode_text else "on_site"
    lowered = billable_text.lower()
    if lowered in _YES:
        billable = True
    elif lowered in _NO:
        billable = False
    elif not lowered:
        billable = rules.default_billable(with_whom, activity, INDIRECT_ACTIVITIES)
    else:
        raise InvalidInput("billable", billable_text, "use yes/no (ja/nee) or leave it empty")
    return with_whom, activity, mode, billable


def _new_import_name(kind: str, name: str, known: dict[str, Any], create_missing: bool) -> str:
    """A name an import does not know yet, as a new worker or employer to create; or why not."""
    partial = _partial_matches(name, [item.name for item in known.values()])
    if partial:
        raise InvalidInput(
            kind, name, t("did you mean {names}? Imports need the full name",
                          names=t(" or ").join(repr(p) for p in partial))
        )
    if not create_missing:
        close = rules.close_matches(name, [item.name for item in known.values()])
        hint = t("; did you mean {names}?", names=repr(close[0])) if close else t("; add it first or use --create-missing")
        raise InvalidInput(kind, name, t("no such {kind}{hint}", kind=field_label(kind), hint=hint))
    return rules.check_name(kind, name)


def _clean_names(section: str, items: list[Any]) -> list[str]:
    """Names of a restored section as they are kept (clean_name), each once by name_key;
    the problems, if any, by record number."""
    problems = []
    first_with: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        where = f"{section} record {number}"
        if not isinstance(item.name, str):
            problems.append(f"{where}: name: expected text, not {type(item.name).__name__}")
            continue
        try:
            item.name = rules.check_name("name", item.name)
        except InvalidInput as error:
            problems.append(f"{where}: {error}")
            continue
        earlier = first_with.setdefault(name_key(item.name), number)
        if earlier != number:
            problems.append(f"{where}: name {item.name!r} is the name of record {earlier} too")
    return problems


def _partial_matches(text: str, names: list[str]) -> list[str]:
    """Names of which ``text`` is a whole word or the start: "Sanne" -> "Sanne de Vries"."""
    wanted = name_key(text)
    matches = []
    for name in names:
        key = name_key(name)
        if key.startswith(wanted + " ") or f" {wanted}" in f" {key} " and key != wanted:
            matches.append(name)
    return matches


# What keeps a worker, employer, ... from being removed: plural -> singular.
_SINGULAR = {
    N_("employments"): N_("employment"),
    N_("entries"): N_("entry"),
    N_("ladder measurements"): N_("ladder measurement"),
    N_("absences"): N_("absence"),
    N_("grants"): N_("grant"),
    N_("goals"): N_("goal"),
}


def _is_whole_number(text: str) -> bool:
    """ASCII digits only: str.isdigit() also passes "²" (int() then fails) and "١٢"."""
    return text.isascii() and text.isdigit()


def default_activity(with_whom: str) -> str:
    """The activity a coach most often means with this person."""
    return {"worker": "guidance", "employer": "manager", "network": "evaluation"}.get(with_whom, "admin")


def _employer_lookup(employments: list[model.Employment]) -> Callable[[int, date], int | None]:
    by_worker: dict[int, list[model.Employment]] = {}
    for employment in employments:
        by_worker.setdefault(employment.worker_id, []).append(employment)

    def employer_of(worker_id: int, day: date) -> int | None:
        covering = [e for e in by_worker.get(worker_id, []) if e.covers(day)]
        return covering[0].employer_id if len(covering) == 1 else None

    return employer_of
