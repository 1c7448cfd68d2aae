"""One screen a file. ``main_screen(name)`` builds the main screens by name."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen

from coachlog.i18n import N_


def main_screen(name: str) -> Screen:
    if name == "today":
        from coachlog.tui.screens.today import TodayScreen

        return TodayScreen()
    if name == "workers":
        from coachlog.tui.screens.workers import WorkersScreen

        return WorkersScreen()
    if name == "trajectory":
        from coachlog.tui.screens.trajectory import TrajectoryScreen

        return TrajectoryScreen()
    if name == "reports":
        from coachlog.tui.screens.reports import ReportsScreen

        return ReportsScreen()
    if name == "manage":
        from coachlog.tui.screens.manage import ManageScreen

        return ManageScreen()
    raise ValueError(f"no screen {name!r}")


# Keys that switch between the main screens, shown in every main screen's footer.
# In the footer the five screens share one label (80 columns cannot hold five); the
# help screen and the palette name each.
SCREENS_GROUP = Binding.Group(N_("Screen"))

# First in every main screen's footer, so that at 80 columns, where the footer cannot show
# every key, Quit and Help are the two it keeps (? lists the rest).
QUIT_AND_HELP = [
    Binding("ctrl+q", "app.quit", N_("Quit")),
    Binding("question_mark", "app.help", N_("Help")),
]

NAVIGATION = [
    ("f2", "goto('today')", N_("Today")),
    ("f3", "goto('workers')", N_("Workers")),
    ("f4", "goto('trajectory')", N_("Trajectory")),
    ("f5", "goto('reports')", N_("Reports")),
    ("f6", "goto('manage')", N_("Manage")),
]


def navigation_bindings(prefix: str = "app.", *, replace_goto: str | None = None) -> list[Binding]:
    """F2-F6 as bindings of a screen; ``replace_goto`` swaps the action's name (a detail
    screen leaves itself first)."""
    bindings = []
    for key, action, label in NAVIGATION:
        if replace_goto:
            action, prefix = action.replace("goto(", f"{replace_goto}("), ""
        bindings.append(Binding(key, prefix + action, label, group=SCREENS_GROUP))
    return bindings
