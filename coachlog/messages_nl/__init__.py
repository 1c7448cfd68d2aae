"""Dutch texts, keyed by their English text (see ``i18n.t`` and docs/i18n.md), in parts by
what they are for: ``errors`` (domain, services, store, reports; bindings, vocabularies),
``app``, ``cli`` and ``more`` (counts, imports, config, undo, demo); field names in ``fields``.

Placeholders stay as they are; tests/test_messages.py checks that every marked message
has an entry here with the same placeholders, and that nothing here is unused.
"""

from __future__ import annotations

from coachlog.messages_nl import app, cli, errors, more
from coachlog.messages_nl.fields import FIELDS

__all__ = ["FIELDS", "MESSAGES", "SAME_IN_DUTCH"]

MESSAGES: dict[str, str] = {}
for _part in (errors, app, cli, more):
    for _english, _dutch in _part.MESSAGES.items():
        # One English text, one Dutch text: the same key in two parts must agree.
        if MESSAGES.setdefault(_english, _dutch) != _dutch:
            raise ValueError(f"two Dutch texts for {_english!r}")


# Texts that read the same in Dutch: t() gives them unchanged, and the message test still
# finds each one in use.
SAME_IN_DUTCH: frozenset[str] = frozenset({
    "Budget",
    "Contact",
    "Details",
    "E-mail",
    "Help",
    "Ladder",
    "Regime",
    "Start",
    "Status",
    "Timer",
    "{periods} x {length}",
    "{where}: {error}",
    "{section} record {number}",
    "{count} timer",
    "{count} timers",
    "regime",
    "status",
    "trede",
    "budget",
    "indirect",
    "open",
})
