"""Workers and employers: add, list, edit, archive, remove, and erase a worker for good."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from coachlog.domain import model, rules
from coachlog.domain.text import name_key
from coachlog.errors import InvalidInput, SpaceNotReclaimed
from coachlog.i18n import t
from coachlog.services.base import ServiceBase, change_summary


class People(ServiceBase):
    """Use cases of workers and employers."""

    def add_worker(self, name: str) -> model.Worker:
        name = rules.check_name("name", name)
        with self.store.change(change_summary("add worker {name}", name=name)) as tx:
            self._refuse_duplicate(tx, model.Worker, "worker", name)
            return tx.add(model.Worker(name=name))

    def list_workers(self, include_inactive: bool = False) -> list[model.Worker]:
        with self.store.reading() as reader:
            found = reader.all(model.Worker, order_by=("name",))
        return [w for w in found if include_inactive or w.active]

    def edit_worker(self, ref: str, *, name: str | None = None, active: bool | None = None) -> model.Worker:
        with self.store.change(change_summary("edit worker {ref}", ref=ref)) as tx:
            worker = self.worker(tx, ref)
            changed = replace(worker)
            if name is not None:
                changed.name = self._new_name(tx, model.Worker, "worker", worker, name)
            if active is not None:
                changed.active = active
            tx.update(changed)
            return changed

    def remove_worker(self, ref: str) -> model.Worker:
        with self.store.change(change_summary("remove worker {ref}", ref=ref)) as tx:
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
                ("worker", worker.name),
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
                raise InvalidInput(
                    "name", ref, t("erasing cannot be undone: give the full name ({name})", name=repr(worker.name))
                )
        try:
            return worker, self.store.erase_worker(model.saved_id(worker))
        except SpaceNotReclaimed as error:
            error.worker = worker  # saved: the edge reports the erase, then what was not done
            raise

    def backups_holding(self, worker: model.Worker, directory: Any) -> Any:
        """A ``BackupScan`` after ``worker`` was erased: backups holding them (by name, or
        by their number under an earlier name), unreadable ones, unfinished copies removed
        and unfinished copies still being written."""
        return self.store.backups_holding(worker.name, directory, worker.id)

    def add_employer(self, name: str, contact: str = "") -> model.Employer:
        name = rules.check_name("name", name)
        with self.store.change(change_summary("add employer {name}", name=name)) as tx:
            self._refuse_duplicate(tx, model.Employer, "employer", name)
            return tx.add(model.Employer(name=name, contact=rules.check_note("contact", contact)))

    def list_employers(self, include_inactive: bool = False) -> list[model.Employer]:
        with self.store.reading() as reader:
            found = reader.all(model.Employer, order_by=("name",))
        return [e for e in found if include_inactive or e.active]

    def edit_employer(
        self, ref: str, *, name: str | None = None, contact: str | None = None, active: bool | None = None
    ) -> model.Employer:
        with self.store.change(change_summary("edit employer {ref}", ref=ref)) as tx:
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
        with self.store.change(change_summary("remove employer {ref}", ref=ref)) as tx:
            employer = self.employer(tx, ref)
            self._refuse_if_used(
                tx,
                t("employer {name}", name=repr(employer.name)),
                {
                    "employments": (model.Employment, {"employer_id": employer.id}),
                    "entries": (model.Entry, {"employer_id": employer.id}),
                },
                ("employer", employer.name),
            )
            tx.delete(employer)
            return employer
