"""The use cases both front ends call: add a worker, log a visit, undo, ...

A service validates with the domain's rules, loads and saves through the store, and
returns domain entities. It never formats for a screen and never knows SQL.

One module per aggregate: ``people`` (workers, employers), ``employments`` (and contract
hours), ``funding`` (funders, tariffs, grants, goals), ``entries`` (and the timer, undo),
``ladder`` (measurements, absences), ``exchange`` (CSV/JSON export and import),
``insights`` (budgets, warnings, reports) and ``journal`` (the journal file: create,
unlock, backup, restore, passphrase, encrypted export). ``Coachlog`` (``core``) joins the
aggregates' use cases into one object.

Importing this package is light: ``Coachlog``, ``EntryDraft``, ``Exchange`` and
``default_activity`` are imported (with the store and SQLAlchemy) when first asked for, so
that ``services.journal`` can derive a key while the command line imports the storage
stack (:func:`coachlog.services.journal.open_journal` with ``meanwhile``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coachlog.services.core import Coachlog
    from coachlog.services.entries import EntryDraft, default_activity
    from coachlog.services.exchange import Exchange

__all__ = ["Coachlog", "EntryDraft", "Exchange", "default_activity"]
_HOMES = {"Coachlog": "core", "EntryDraft": "entries", "default_activity": "entries", "Exchange": "exchange"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"coachlog.services.{_HOMES[name]}"), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value
