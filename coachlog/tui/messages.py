"""Messages the screens post, named in the past tense."""

from __future__ import annotations

from textual.message import Message


class JournalUnlocked(Message):
    """The journal is open; the app can show the coach's day."""


class EntriesChanged(Message):
    """Entries were logged, edited, deleted or undone."""
