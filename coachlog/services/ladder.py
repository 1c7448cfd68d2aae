"""Ladder measurements (participation ladder steps) and absences of a worker."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from coachlog.domain import model, rules
from coachlog.errors import InvalidInput
from coachlog.i18n import t
from coachlog.services.base import ServiceBase, change_summary


class Ladder(ServiceBase):
    """Use cases of ladder measurements and absences."""

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
                raise InvalidInput(
                    "horizon", rules.format_day(horizon),
                    "a horizon belongs to an expected step; give the expected step too",
                )
            if horizon <= day:
                raise InvalidInput(
                    "horizon", rules.format_day(horizon),
                    t("give a date after the measurement ({day})", day=rules.format_day(day)),
                )
            rules.check_date("horizon", horizon, self.today, max_ahead=relativedelta(years=5))
        note = rules.check_note("note", note)
        with self.store.change(change_summary("ladder step for {worker}", worker=worker)) as tx:
            found = self.worker(tx, worker)
            return tx.add(
                model.LadderMeasurement(
                    worker_id=model.saved_id(found), day=day, step=step, expected_step=expected_step, horizon=horizon,
                    note=note,
                )
            )

    def ladder(self, worker: str) -> list[model.LadderMeasurement]:
        with self.store.reading() as reader:
            found = self.worker(reader, worker)
            return reader.all(model.LadderMeasurement, order_by=("day", "id"), worker_id=found.id)

    def remove_measurement(self, measurement_id: int) -> model.LadderMeasurement:
        with self.store.change(change_summary("remove ladder measurement {measurement_id}",
                                              measurement_id=measurement_id)) as tx:
            found = self._by_id(tx, model.LadderMeasurement, "measurement", measurement_id)
            tx.delete(found)
            return found

    def add_absence(self, worker: str, start: date, end: date, kind: str = "ziek", note: str = "") -> model.Absence:
        rules.check_date("from", start, self.today)
        rules.check_date("to", end, self.today)
        rules.check_period("start", start, end)
        kind = rules.check_choice("kind", kind, model.ABSENCE_KINDS)
        note = rules.check_note("note", note)
        with self.store.change(change_summary("absence of {worker}", worker=worker)) as tx:
            found = self.worker(tx, worker)
            return tx.add(model.Absence(worker_id=model.saved_id(found), start=start, end=end, kind=kind, note=note))

    def absences(self, worker: str | None = None) -> list[model.Absence]:
        with self.store.reading() as reader:
            if worker is None:
                return reader.all(model.Absence, order_by=("start",))
            found = self.worker(reader, worker)
            return reader.all(model.Absence, order_by=("start",), worker_id=found.id)

    def remove_absence(self, absence_id: int) -> model.Absence:
        with self.store.change(change_summary("remove absence {absence_id}", absence_id=absence_id)) as tx:
            found = self._by_id(tx, model.Absence, "absence", absence_id)
            tx.delete(found)
            return found
