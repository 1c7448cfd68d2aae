"""A deterministic, synthetic demo journal: ``coachlog --demo`` and the benchmarks.

Only invented people: names are built from fixed lists of common Dutch first names and
surnames, employers are invented small businesses. The same arguments always give the
same journal: every choice comes from ``random.Random`` instances seeded from ``seed``
(never the global ``random``), and nothing iterates over a set or a hash order.

The small things (workers, employers, employments, funders, tariffs, grants, goals,
ladder measurements, absences, the group sessions) go through the services, so their
rules apply. The entries are planned here (plan.py), checked against the same rules (within
an employment, at most 24 h per day, not after ``today``, not before 2000) and inserted in
bulk through the services (``Coachlog.add_checked_entries``), a few thousand per undoable
change. Nothing here touches the store.

The shape follows DOMAIN.md section 3 (Trimbos-instituut 2020): about 4.8 -> 3.7 h per
month per worker and 1.9 -> 1.5 h per month with the employer over the first half year,
on weekdays, mostly on site and by phone, travel on on-site visits, indirect admin time
with nobody. What happens after that first half year is invented (see the curves).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from coachlog.demo.builder import _Builder
from coachlog.demo.data import DemoSize
from coachlog.services import Coachlog

__all__ = ["DemoSize", "fill"]


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

