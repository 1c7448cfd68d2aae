"""The use cases both front ends call: add a worker, log a visit, undo, ...

A service validates with the domain's rules, loads and saves through the store, and
returns domain entities. It never formats for a screen and never knows SQL.

One module per aggregate: ``people`` (workers, employers), ``employments`` (and contract
hours), ``funding`` (funders, tariffs, grants, goals), ``entries`` (and the timer, undo),
``ladder`` (measurements, absences), ``exchange`` (CSV/JSON export and import),
``insights`` (budgets, warnings, reports) and ``journal`` (the journal file: create,
unlock, backup, restore, passphrase, encrypted export). ``Coachlog`` (``core``) joins the
aggregates' use cases into one object.

Importing this package imports the store (SQLAlchemy): the command line does so while a
key is derived.
"""

from __future__ import annotations

from coachlog.services.core import Coachlog
from coachlog.services.entries import EntryDraft, default_activity
from coachlog.services.exchange import Exchange

__all__ = ["Coachlog", "EntryDraft", "Exchange", "default_activity"]
