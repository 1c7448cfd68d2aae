"""The ``Coachlog`` service: a coach's journal as use cases, one mixin per aggregate."""

from __future__ import annotations

from coachlog.services.employments import Employments
from coachlog.services.entries import Entries
from coachlog.services.funding import Funding
from coachlog.services.ladder import Ladder
from coachlog.services.people import People


class Coachlog(People, Employments, Funding, Entries, Ladder):
    """A coach's journal, as use cases. ``today`` is injectable for tests."""
