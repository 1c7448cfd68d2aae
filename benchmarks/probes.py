"""Subprocess probes for benchmarks/run.py: each one is a fresh Python process, as a coach
starting coachlog would have. They print one JSON line on stdout; run.py collects it.

    python benchmarks/probes.py start-bare
    python benchmarks/probes.py start-coachlog JOURNAL
    python benchmarks/probes.py unlock JOURNAL PASSPHRASE TODAY
    python benchmarks/probes.py navigate JOURNAL PASSPHRASE TODAY RUNS
    python benchmarks/probes.py plain-load CSV TARGET SCHEMA_SOURCE

The app probes hook into Textual from the outside (wrapping a screen's method so that
the moment after its next refresh is recorded); nothing in coachlog is changed for them.
"""

from __future__ import annotations

import json
import sys
import time

# Taken first: the parent compares it with its own clock at spawn (time.time() is shared).
PROCESS_START = time.time()


def _emit(**values: object) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def _peak_rss_mb() -> float:
    import resource

    # Linux reports KiB, macOS bytes.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


# -- start to the first screen -----------------------------------------------------------


def _exit_when_painted(screen_name: str) -> None:
    """When a screen called ``screen_name`` is resumed (mounted and made current), wait for
    the refresh that paints it, print the wall clock and exit."""
    from textual.screen import Screen

    original = Screen._on_screen_resume

    def resumed(self: Screen, *args: object, **kwargs: object) -> object:
        result = original(self, *args, **kwargs)
        if type(self).__name__ == screen_name:
            def painted() -> None:
                _emit(on_screen=time.time(), process_start=PROCESS_START)
                self.app.exit()

            self.call_after_refresh(painted)
        return result

    Screen._on_screen_resume = resumed  # type: ignore[method-assign]


def _headless() -> None:
    from textual.app import App

    original = App.run

    def run(self: App, **kwargs: object) -> object:
        kwargs.update(headless=True, size=(120, 40))
        return original(self, **kwargs)

    App.run = run  # type: ignore[method-assign]


def start_bare() -> None:
    """The floor: a bare Textual app that pushes one screen with a title and an Input."""
    from textual.app import App, ComposeResult
    from textual.screen import Screen
    from textual.widgets import Input, Static

    class BareScreen(Screen):
        def compose(self) -> ComposeResult:
            yield Static("Ontgrendelen")
            yield Input(password=True, placeholder="wachtwoordzin")

    class Bare(App):
        def on_mount(self) -> None:
            self.push_screen(BareScreen())

    _exit_when_painted("BareScreen")
    Bare().run(headless=True, size=(120, 40))


def start_coachlog(journal: str) -> None:
    """The real entry point, ``coachlog --journal JOURNAL``, headless, until the unlock
    screen is painted."""
    _headless()
    _exit_when_painted("UnlockScreen")
    from coachlog.cli import main

    main(["--journal", journal, "--lang", "nl"])


# -- the app driven by the Pilot --------------------------------------------------------


class Marks:
    """Wraps methods of screen instances as they are pushed: after the wrapped method ran,
    the next refresh sets an asyncio event, so a test can await 'rendered'."""

    WATCH = {
        "TodayScreen": ("show_day", "show_signals"),
        "WorkersScreen": ("show",),
        "WorkerDetailScreen": ("show",),
        "TrajectoryScreen": ("show", "show_month", "show_grant"),
    }

    def __init__(self) -> None:
        import asyncio

        self.events: dict[str, asyncio.Event] = {}
        self.times: dict[str, float] = {}

    def event(self, key: str):
        import asyncio

        return self.events.setdefault(key, asyncio.Event())

    def reset(self, key: str) -> None:
        self.event(key).clear()

    def install(self, app_class: type) -> None:
        marks = self

        def hook(screen: object) -> None:
            name = type(screen).__name__
            for method in self.WATCH.get(name, ()):
                original = getattr(screen, method)

                def wrapped(*args: object, __original=original, __key=f"{name}.{method}", **kwargs: object) -> object:
                    result = __original(*args, **kwargs)

                    def painted() -> None:
                        marks.times[__key] = time.perf_counter()
                        marks.event(__key).set()

                    screen.call_after_refresh(painted)  # type: ignore[attr-defined]
                    return result

                setattr(screen, method, wrapped)

        for verb in ("push_screen", "switch_screen"):
            original_verb = getattr(app_class, verb)

            def verb_hooked(self: object, screen: object, *args: object, __original=original_verb, **kwargs: object):
                if not isinstance(screen, str):
                    hook(screen)
                return __original(self, screen, *args, **kwargs)

            setattr(app_class, verb, verb_hooked)

    async def wait(self, key: str, timeout: float = 120.0) -> float:
        import asyncio

        await asyncio.wait_for(self.event(key).wait(), timeout)
        return self.times[key]


def _make_app(journal: str, today: str):
    from datetime import date, datetime, time as clock

    from coachlog.tui.app import CoachlogApp

    day = date.fromisoformat(today)
    return CoachlogApp(
        __import__("pathlib").Path(journal), today=lambda: day, now=lambda: datetime.combine(day, clock(10, 0)),
        language="nl", config_path=None, schedules_dir=None, backups=None,
    )


class FirstFrame:
    """The moment Textual hands over the first frame of Today that shows its entries.

    Every frame Textual renders goes to App._display (a headless app writes it nowhere,
    a terminal app turns it into escape codes and writes it out: that last step, a few
    ms, is not in this time). The frame counts when its text holds the first row of
    Today's table (its first cell: the entry's number, or "nothing logged"; the cells on
    the right may lie beyond the screen's width), so a frame of an empty table or of the
    unlock screen does not. Marks' "after refresh" comes later: Textual calls it once the app is idle,
    after the footer has been recomposed for the new focus and other pending messages."""

    def __init__(self, app) -> None:
        import asyncio

        self.app = app
        self.time: float | None = None
        self.event = asyncio.Event()
        original = app._display

        def display(screen, renderable):
            now = time.perf_counter()
            if self.time is None and renderable is not None and self._shows_entries(screen, renderable):
                self.time = now
                self.event.set()
            return original(screen, renderable)

        app._display = display

    def _shows_entries(self, screen, renderable) -> bool:
        if type(screen).__name__ != "TodayScreen" or not hasattr(renderable, "render_segments"):
            return False
        rows = screen.query_one("#entries").plain_rows()
        if not rows:
            return False
        import re

        first = next(cell for cell in rows[0] if cell)
        # The frame's text without escape codes: "1" would match inside "\x1b[1;1H".
        text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", renderable.render_segments(self.app.console))
        return f" {first} " in text

    async def wait(self, timeout: float = 60) -> float:
        import asyncio

        await asyncio.wait_for(self.event.wait(), timeout)
        assert self.time is not None
        return self.time


async def _unlock(app, pilot, marks: Marks, passphrase: str) -> dict[str, float]:
    """Type the passphrase (while the unlock screen warms up, as a coach would), then time
    Enter -> the first frame with Today's entries, -> the app idle after it (Marks), and
    -> the signals pane filled."""
    await app.workers.wait_for_complete()  # the warm-up import, done while the coach types
    await pilot.press(*passphrase)
    frame = FirstFrame(app)
    started = time.perf_counter()
    await pilot.press("enter")
    filled = await marks.wait("TodayScreen.show_day")
    painted = await frame.wait()
    signals = await marks.wait("TodayScreen.show_signals")
    return {"today_painted": painted - started, "today_filled": filled - started, "signals_filled": signals - started}


def unlock(journal: str, passphrase: str, today: str) -> None:
    import asyncio

    from coachlog.tui.app import CoachlogApp

    marks = Marks()
    marks.install(CoachlogApp)

    async def drive() -> None:
        app = _make_app(journal, today)
        async with app.run_test(size=(120, 40)) as pilot:
            result = await _unlock(app, pilot, marks, passphrase)
            result["peak_rss_mb"] = _peak_rss_mb()
            _emit(**result)
            await app.workers.wait_for_complete()

    asyncio.run(drive())


def navigate(journal: str, passphrase: str, today: str, runs: str) -> None:
    """Unlock, then time key press -> rendered for: the next day (Today, right arrow),
    opening a worker (Werknemers, o on the next row), another worker (the detail, ]), the
    next month (Verloop, month view, right arrow) and the next grant (Verloop, ]). The
    first of each is a warm-up."""
    import asyncio

    from coachlog.tui.app import CoachlogApp

    count = int(runs) + 1
    marks = Marks()
    marks.install(CoachlogApp)

    async def press_and_wait(pilot, key: str, mark: str) -> float:
        marks.reset(mark)
        started = time.perf_counter()
        await pilot.press(key)
        return await marks.wait(mark) - started

    async def drive() -> None:
        app = _make_app(journal, today)
        out: dict[str, object] = {}
        async with app.run_test(size=(120, 40)) as pilot:
            out.update(await _unlock(app, pilot, marks, passphrase))
            await app.workers.wait_for_complete()
            out["rss_after_today_mb"] = _peak_rss_mb()
            out["next_day"] = [await press_and_wait(pilot, "right", "TodayScreen.show_day") for _ in range(count)]
            out["previous_day"] = [await press_and_wait(pilot, "left", "TodayScreen.show_day") for _ in range(count)]

            started = time.perf_counter()
            await pilot.press("f3")
            out["open_workers"] = await marks.wait("WorkersScreen.show") - started
            opened = []
            for _ in range(count):
                await pilot.press("down")
                opened.append(await press_and_wait(pilot, "o", "WorkerDetailScreen.show"))
                await pilot.press("escape")
                await pilot.pause()
            out["open_worker"] = opened
            # Another worker: ] in the detail shows the next worker of the list.
            await press_and_wait(pilot, "o", "WorkerDetailScreen.show")
            out["another_worker"] = [await press_and_wait(pilot, "right_square_bracket", "WorkerDetailScreen.show")
                                     for _ in range(count)]
            await pilot.press("escape")
            await pilot.pause()

            started = time.perf_counter()
            await pilot.press("f4")
            out["open_trajectory"] = await marks.wait("TrajectoryScreen.show") - started
            await app.workers.wait_for_complete()
            await pilot.pause()
            out["next_grant"] = [await press_and_wait(pilot, "right_square_bracket", "TrajectoryScreen.show_grant")
                                 for _ in range(count)]
            await pilot.press("m")
            await pilot.pause()
            out["next_month"] = [await press_and_wait(pilot, "right", "TrajectoryScreen.show_month")
                                 for _ in range(count)]
            out["peak_rss_mb"] = _peak_rss_mb()
            await app.workers.wait_for_complete()
        _emit(**out)

    asyncio.run(drive())


# -- the plain-sqlite3 floor for the import ---------------------------------------------


def plain_load(csv_file: str, target: str, schema_source: str) -> None:
    """Load the import CSV into plain SQLite with the journal's own schema: the workers and
    employers it names, then every entry, in one transaction. No validation."""
    import csv
    import sqlite3

    source = sqlite3.connect(schema_source)
    ddl = [sql for (sql,) in source.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY type = 'index', rowid")]
    source.close()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("BEGIN")
    for sql in ddl:
        db.execute(sql)
    with open(csv_file, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ids: dict[str, dict[str, int]] = {"workers": {}, "employers": {}}
    for table, column in (("workers", "worker"), ("employers", "employer")):
        names = sorted({row[column] for row in rows if row[column]})
        extra = ", contact" if table == "employers" else ""
        blank = ", ''" if table == "employers" else ""
        db.executemany(f"INSERT INTO {table} (id, name, active{extra}) VALUES (?, ?, 1{blank})",
                       [(number, name) for number, name in enumerate(names, start=1)])
        ids[table] = {name: number for number, name in enumerate(names, start=1)}
    db.executemany(
        "INSERT INTO entries (day, start, minutes, worker_id, employer_id, with_whom, activity, mode, billable, "
        "travel_minutes, travel_m, note, private_note, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
        [(row["date"], f"{row['start']}:00.000000" if row["start"] else None, int(row["minutes"]),
          ids["workers"].get(row["worker"]), ids["employers"].get(row["employer"]), row["with_whom"],
          row["activity"], row["mode"], row["billable"] == "yes", int(row["travel_minutes"] or 0),
          round(float(row["travel_km"] or 0) * 1000), row["note"], row["group_id"] or None)
         for row in rows])
    db.execute("COMMIT")
    count = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    db.close()
    _emit(entries=count)


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {
        "start-bare": start_bare,
        "start-coachlog": start_coachlog,
        "unlock": unlock,
        "navigate": navigate,
        "plain-load": plain_load,
    }[command](*arguments)
