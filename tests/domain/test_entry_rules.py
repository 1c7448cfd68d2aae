"""The one rulebook for an entry's defaults (issue 14): with whom, activity, mode,
billable and employer, from what the coach typed. Synthetic names only."""

from __future__ import annotations

from datetime import date

import pytest

from coachlog.domain import model
from coachlog.domain.entry_rules import EntryKind, entry_employer, entry_kind
from coachlog.errors import ChooseOne, InvalidInput, NeedsConfirmation

DAY = date(2026, 11, 23)
NAMES = {1: "Bakkerij Jansen", 2: "Groenvoorziening Oost", 3: "Zorgboerderij De Hoeve"}


@pytest.mark.parametrize("typed, has_worker, has_employer, kind", [
    ({}, True, False, EntryKind("worker", "guidance", "on_site", True)),
    ({}, True, True, EntryKind("worker", "guidance", "on_site", True)),
    ({}, False, True, EntryKind("employer", "manager", "on_site", True)),  # the import said nobody/admin/unbillable
    ({}, False, False, EntryKind("nobody", "admin", "on_site", False)),
    ({"with_whom": "werkgever"}, True, False, EntryKind("employer", "manager", "on_site", True)),
    ({"with_whom": "netwerk"}, True, False, EntryKind("network", "evaluation", "on_site", True)),
    ({"with_whom": " employer ", "activity": "administratie"}, True, False, EntryKind("employer", "admin", "on_site", False)),
    ({"activity": "reistijd", "mode": "telefoon"}, True, False, EntryKind("worker", "travel", "phone", False)),
    ({"billable": False}, True, False, EntryKind("worker", "guidance", "on_site", False)),
    ({"with_whom": "niemand", "billable": True}, False, False, EntryKind("nobody", "admin", "on_site", True)),
    ({"with_whom": "", "activity": "", "mode": ""}, False, True, EntryKind("employer", "manager", "on_site", True)),
])
def test_what_is_left_out_gets_the_one_default(typed: dict, has_worker: bool, has_employer: bool,
                                               kind: EntryKind) -> None:
    assert entry_kind(has_worker=has_worker, has_employer=has_employer, **typed) == kind


def test_time_with_someone_needs_someone_and_a_typo_is_named() -> None:
    with pytest.raises(InvalidInput, match="needs a worker or an employer") as refused:
        entry_kind(with_whom="werkgever", has_worker=False, has_employer=False)
    assert refused.value.field == "worker" and "--" not in str(refused.value)
    with pytest.raises(InvalidInput, match="'wergever'"):
        entry_kind(with_whom="wergever", has_worker=True, has_employer=False)


def employment(employer: int, start: date, end: date | None = None) -> model.Employment:
    return model.Employment(worker_id=7, employer_id=employer, start=start, end=end)


def test_the_employer_comes_from_the_one_employment_of_that_day() -> None:
    jobs = [employment(1, date(2026, 1, 1), date(2026, 6, 30)), employment(2, date(2026, 7, 1))]
    assert entry_employer("Sanne de Vries", DAY, jobs, NAMES) == 2
    assert entry_employer("Sanne de Vries", date(2026, 3, 2), jobs, NAMES) == 1
    assert entry_employer("Sanne de Vries", DAY, jobs, NAMES, given=2) == 2
    assert entry_employer("Daan Bakker", DAY, [], NAMES) is None  # still looking for work: no question


def test_two_employers_on_the_day_and_none_named_is_a_choice_never_a_guess() -> None:
    jobs = [employment(2, date(2026, 5, 1)), employment(1, date(2026, 9, 1))]
    with pytest.raises(ChooseOne) as refused:
        entry_employer("Sanne de Vries", DAY, jobs, NAMES)
    assert refused.value.choices == ["Bakkerij Jansen", "Groenvoorziening Oost"]
    assert refused.value.field == "employer"
    assert "Sanne de Vries works for Bakkerij Jansen and Groenvoorziening Oost on 23-11-2026" in str(refused.value)
    assert "--" not in str(refused.value)
    assert entry_employer("Sanne de Vries", DAY, jobs, NAMES, given=1) == 1  # named: no question
    # Two employments at one employer on the day: one employer, no question.
    assert entry_employer("Sanne de Vries", DAY, [employment(1, date(2026, 1, 1)), employment(1, date(2026, 9, 1))],
                          NAMES) == 1


def test_an_unusual_employer_or_day_needs_the_coach_to_confirm() -> None:
    jobs = [employment(1, date(2026, 1, 1), date(2026, 6, 30))]
    with pytest.raises(NeedsConfirmation, match="has no employment at Zorgboerderij De Hoeve") as refused:
        entry_employer("Sanne de Vries", DAY, jobs, NAMES, given=3)
    assert "--force" not in str(refused.value)
    assert entry_employer("Sanne de Vries", DAY, jobs, NAMES, given=3, confirmed=True) == 3
    with pytest.raises(NeedsConfirmation, match=r"no employment on that day \(employment 01-01-2026 – 30-06-2026\)"):
        entry_employer("Sanne de Vries", DAY, jobs, NAMES)
    with pytest.raises(NeedsConfirmation, match="no employment at Bakkerij Jansen on that day"):
        entry_employer("Sanne de Vries", DAY, jobs, NAMES, given=1)
    assert entry_employer("Sanne de Vries", DAY, jobs, NAMES, confirmed=True) is None
    assert entry_employer("Sanne de Vries", DAY, jobs, NAMES, given=1, confirmed=True) == 1


def test_in_a_group_the_named_employer_is_for_those_employed_there() -> None:
    """A group session at the bakery with a worker placed by another employer: the bakery
    for its own worker, the other worker's own employer for them; no confirmation."""
    bakery_only = [employment(1, date(2026, 1, 1))]
    elsewhere = [employment(2, date(2026, 1, 1))]
    assert entry_employer("Sanne de Vries", DAY, bakery_only, NAMES, given=1, group=True) == 1
    assert entry_employer("Piet Jansen", DAY, elsewhere, NAMES, given=1, group=True) == 2
    with pytest.raises(ChooseOne):  # still asked when that worker's own day has two employers
        entry_employer("Piet Jansen", DAY, [*elsewhere, employment(3, date(2026, 6, 1))], NAMES, given=1,
                       group=True)
    with pytest.raises(NeedsConfirmation):  # alone, the same is unusual
        entry_employer("Piet Jansen", DAY, elsewhere, NAMES, given=1)
