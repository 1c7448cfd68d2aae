"""Employments of a worker at an employer, and their dated contract hours."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from coachlog.domain import model, rules
from coachlog.errors import InvalidInput
from coachlog.i18n import t
from coachlog.services.base import _UNSET, ServiceBase, _span, change_summary


class Employments(ServiceBase):
    """Use cases of employments and contract hours."""

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
        with self.store.change(change_summary("add employment {worker} at {employer}",
                                              worker=worker, employer=employer)) as tx:
            found_worker = self.worker(tx, worker)
            found_employer = self.employer(tx, employer)
            employment = tx.add(
                model.Employment(
                    worker_id=model.saved_id(found_worker),
                    employer_id=model.saved_id(found_employer),
                    start=start,
                    kind=kind,
                    end=end,
                    loonwaarde=loonwaarde,
                    year_anchor=year_anchor,
                )
            )
            tx.add(model.ContractHours(
                employment_id=model.saved_id(employment), valid_from=start, minutes_per_week=minutes_per_week
            ))
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
        with self.store.change(change_summary("edit employment {employment_id}", employment_id=employment_id)) as tx:
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
        with self.store.change(change_summary("contract hours of employment {employment_id}",
                                              employment_id=employment_id)) as tx:
            employment = self._by_id(tx, model.Employment, "employment", employment_id)
            if not employment.covers(valid_from):
                raise InvalidInput(
                    "from", rules.format_day(valid_from),
                    t("give a date within the employment {span}", span=_span(employment)),
                )
            for existing in tx.all(model.ContractHours, employment_id=employment_id):
                if existing.valid_from == valid_from:
                    changed = replace(existing, minutes_per_week=minutes_per_week)
                    tx.update(changed)
                    return changed
            return tx.add(model.ContractHours(
                employment_id=employment_id, valid_from=valid_from, minutes_per_week=minutes_per_week
            ))

    def remove_employment(self, employment_id: int) -> model.Employment:
        with self.store.change(change_summary("remove employment {employment_id}", employment_id=employment_id)) as tx:
            employment = self._by_id(tx, model.Employment, "employment", employment_id)
            self._refuse_if_used(
                tx, t("employment {id}", id=employment_id),
                {"grants": (model.Grant, {"employment_id": employment_id})}, None,
            )
            for hours in tx.all(model.ContractHours, employment_id=employment_id):
                tx.delete(hours)
            tx.delete(employment)
            return employment
