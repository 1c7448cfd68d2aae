"""Textual's command palette, speaking the coach's language: its placeholder and its "No
matches found" are translated like every other text (Textual writes them in English)."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from coachlog.i18n import N_, t

SEARCH_COMMANDS = N_("Search for commands…")
SEARCH_THEMES = N_("Search for themes…")
NO_MATCHES = N_("No matches found")


class Palette(CommandPalette):
    """The command palette with translated texts. ``t`` speaks the app's language: the app
    sets the process's language when it starts and when the coach switches."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own (8.2), with the one text translated: after a short wait, an empty
        # search result says so; discovery mode (nothing typed) shows nothing.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(t(NO_MATCHES), style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
