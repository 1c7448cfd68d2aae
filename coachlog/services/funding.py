"""Funders and their tariffs, grants (hours granted per period under a schedule) and goals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from coachlog.domain import model, rules
from coachlog.errors import InvalidInput
from coachlog.i18n import t
from coachlog.services.base import _UNSET, ServiceBase, _span, change_summary, counted_summary

if TYPE_CHECKING:
    from coachlog.protocols import Schedule


class Funding(ServiceBase):
    """Use cases of funders, tariffs, grants and goals."""

    def add_funder(self, name: str, kind: str, reference: str = "") -> model.Funder:
        name = rules.check_name("name", name)
        kind = rules.check_choice("kind", kind, model.FUNDER_KINDS)
        with self.store.change(change_summary("add funder {name}", name=name)) as tx:
            self._refuse_duplicate(tx, model.Funder, "funder", name)
            return tx.add(model.Funder(name=name, kind=kind, reference=rules.check_note("reference", reference)))

    def list_funders(self) -> list[model.Funder]:
        with self.store.reading() as reader:
            return reader.all(model.Funder, order_by=("name",))

    def edit_funder(
        self, ref: str, *, name: str | None = None, kind: str | None = None, reference: str | None = None
    ) -> model.Funder:
        with self.store.change(change_summary("edit funder {ref}", ref=ref)) as tx:
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
        with self.store.change(change_summary("remove funder {ref}", ref=ref)) as tx:
            funder = self.funder(tx, ref)
            self._refuse_if_used(
                tx, t("funder {name}", name=repr(funder.name)),
                {"grants": (model.Grant, {"funder_id": funder.id})}, None,
            )
            for tariff in tx.all(model.Tariff, funder_id=funder.id):
                tx.delete(tariff)
            tx.delete(funder)
            return funder

    def set_tariff(self, funder: str, valid_from: date, rate: Decimal) -> model.Tariff:
        rate = rules.check_rate(rate)
        rules.check_date("from", valid_from, self.today)
        with self.store.change(change_summary("tariff of {funder}", funder=funder)) as tx:
            found = self.funder(tx, funder)
            for existing in tx.all(model.Tariff, funder_id=found.id):
                if existing.valid_from == valid_from:
                    changed = replace(existing, rate=rate)
                    tx.update(changed)
                    return changed
            return tx.add(model.Tariff(funder_id=model.saved_id(found), valid_from=valid_from, rate=rate))

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
        with self.store.change(change_summary("add grant for employment {employment_id}",
                                              employment_id=employment_id)) as tx:
            employment = self._by_id(tx, model.Employment, "employment", employment_id)
            found_funder = self.funder(tx, funder)
            if not employment.covers(start):
                raise InvalidInput(
                    "start", rules.format_day(start),
                    t("give a start within the employment {span}", span=_span(employment)),
                )
            schedule = self._schedule(schedule_id or model.DEFAULT_SCHEDULE_BY_FUNDER_KIND[found_funder.kind])
            regime = self._check_regime(schedule, regime, granted_minutes, employment)
            months = period_months or schedule.period_months
            count = periods or schedule.max_periods
            return tx.add(
                model.Grant(
                    employment_id=employment_id,
                    funder_id=model.saved_id(found_funder),
                    schedule_id=schedule.id,
                    start=start,
                    period_months=rules.check_positive("period-months", months, 1, 36),
                    regime=regime,
                    granted_minutes_per_period=granted_minutes,
                    periods=rules.check_positive("periods", count, 1, 20),
                    reference=rules.check_note("reference", reference),
                )
            )

    def _schedule(self, schedule_id: str) -> Schedule:
        try:
            return self.schedules.get(schedule_id)
        except KeyError as error:
            raise InvalidInput("schedule", schedule_id, error.args[0]) from None

    @staticmethod
    def _check_regime(
        schedule: Schedule, regime: str | None, granted_minutes: int | None, employment: model.Employment
    ) -> str | None:
        """The regime must be one the schedule knows; without one, granted hours are needed."""
        known = ", ".join(schedule.regimes)
        if regime is None:
            if granted_minutes is None:
                raise InvalidInput(
                    "regime", None, t("give a regime ({known}) or the granted hours per period", known=known)
                )
            return None
        cleaned = regime.strip().lower().replace("_", "-").replace(" ", "-")
        if cleaned not in schedule.regimes:
            raise InvalidInput("regime", regime, t("schedule {id} knows {known}", id=schedule.id, known=known))
        if employment.kind == "proefplaatsing" and cleaned not in schedule.proefplaatsing and \
                schedule.regimes[cleaned].percentages:
            raise InvalidInput(
                "regime", regime, t("schedule {id} has no proefplaatsing percentage for it", id=schedule.id)
            )
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
        with self.store.change(change_summary("edit grant {grant_id}", grant_id=grant_id)) as tx:
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
        with self.store.change(change_summary("remove grant {grant_id}", grant_id=grant_id)) as tx:
            grant = self._by_id(tx, model.Grant, "grant", grant_id)
            self._refuse_if_used(
                tx, t("grant {id}", id=grant_id), {"goals": (model.Goal, {"grant_id": grant_id})}, None
            )
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
        with self.store.change(change_summary("add goal to grant {grant_id}", grant_id=grant_id)) as tx:
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
        with self.store.change(change_summary("edit goal {goal_id}", goal_id=goal_id)) as tx:
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

    def add_goals(self, goals: Sequence[tuple[int, int, str, str]], summary: str | None = None) -> list[model.Goal]:
        """Many goals in one undoable change (thousands, for a demo journal): each
        (grant id, period, text, status) checked with the rules of add_goal and edit_goal."""
        summary = summary or counted_summary("add {count} goal", "add {count} goals", len(goals), count=len(goals))
        with self.store.change(summary) as tx:
            grants = {grant.id: grant for grant in tx.all(model.Grant)}
            checked = []
            for grant_id, period_no, text, status in goals:
                grant = grants.get(grant_id) or self._by_id(tx, model.Grant, "grant", grant_id)
                checked.append(model.Goal(
                    grant_id=grant_id,
                    period_no=rules.check_positive("period", period_no, 1, grant.periods),
                    text=rules.check_name("goal", text),
                    status=rules.check_choice("status", status, model.GOAL_STATUSES),
                ))
            return tx.add_many(checked)

    def remove_goal(self, goal_id: int) -> model.Goal:
        with self.store.change(change_summary("remove goal {goal_id}", goal_id=goal_id)) as tx:
            goal = self._by_id(tx, model.Goal, "goal", goal_id)
            self._refuse_if_used(tx, t("goal {id}", id=goal_id), {"entries": (model.Entry, {"goal_id": goal_id})}, None)
            tx.delete(goal)
            return goal
