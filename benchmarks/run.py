"""Time coachlog on the generated journals, with the floors and the peers in the same run.

    python benchmarks/generate.py && python benchmarks/run.py
    python benchmarks/run.py --runs 3 --only report,import     # a subset, fewer runs

Every case is timed after a warm-up run (default 1 warm-up + 5 runs; 3 runs when one run
takes over 3 s, 1 when it takes over 30 s); the table shows the median and min-max. The
targets of issue 5 are ratios to floors measured in this same run, so a noisy machine
moves both sides. Results: benchmarks/results/latest.json and latest.md (git-ignored).

Only the synthetic data of benchmarks/generate.py is used; every command runs with its
own empty COACHLOG_HOME, so no real journal or config is ever touched.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import generate as gen  # noqa: E402

RESULTS = HERE / "results"
PROBES = HERE / "probes.py"
MONTH = "2026-10"  # the last whole month before generate.TODAY
MONTH_FROM, MONTH_TO = "2026-10-01", "2026-10-31"
SLOW, VERY_SLOW = 3.0, 30.0


@dataclass
class Case:
    key: str
    label: str
    unit: str  # "s" (shown as ms or s), "MB", "MiB"
    samples: list[float]
    group: str = ""
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


@dataclass
class Target:
    label: str
    measured: float | None
    limit: float
    how: str  # how "measured" was computed
    unit: str = "×"
    met: bool | None = None
    paired: str = ""  # the key of its alternating runs in Run.ratios, when it has them


@dataclass
class Run:
    args: argparse.Namespace
    home: Path
    cases: dict[str, Case] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    # Each target's ratio from alternating runs (see paired_ratios), by target key.
    ratios: dict[str, list[float]] = field(default_factory=dict)

    def wanted(self, key: str) -> bool:
        return not self.args.only or any(part in key for part in self.args.only.split(","))

    def add(self, case: Case) -> Case:
        self.cases[case.key] = case
        print(f"  {case.label:<58} {_fmt(case.median, case.unit):>10}  ({_range(case)}, n={len(case.samples)})",
              flush=True)
        return case


# -- timing ------------------------------------------------------------------------------


def repeat(run: Run, measure: Callable[[], float], *, warmup: int | None = None, runs: int | None = None) -> list[float]:
    """Warm-up runs (discarded), then runs; fewer runs when one run is slow."""
    runs = run.args.runs if runs is None else runs
    warmup = run.args.warmup if warmup is None else warmup
    first = None
    for _ in range(warmup):
        first = measure()
    if first is not None and first > VERY_SLOW:
        runs = 1
    elif first is not None and first > SLOW:
        runs = min(runs, 3)
    return [measure() for _ in range(runs)]


def env(run: Run, **extra: str) -> dict[str, str]:
    values = dict(os.environ)
    # Byte-code caching on, as for an installed coachlog: without it every process would
    # compile coachlog's modules from source again (tens of milliseconds).
    values.pop("PYTHONDONTWRITEBYTECODE", None)
    values.update(
        COACHLOG_HOME=str(run.home), COACHLOG_TODAY=gen.TODAY.isoformat(), COACHLOG_PASSPHRASE=gen.PASSPHRASE,
        TZ="UTC", LC_ALL="C.UTF-8",
    )
    values.update(extra)
    return values


def timed_command(run: Run, argv: list[str], **extra: str) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env(run, **extra), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def probe(run: Run, *arguments: str, timeout: float = 600) -> dict:
    done = subprocess.run([sys.executable, str(PROBES), *arguments], env=env(run), capture_output=True, text=True,
                          timeout=timeout)
    if done.returncode or not done.stdout.strip():
        raise RuntimeError(f"probe {arguments[0]} failed ({done.returncode}): {done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def coachlog_argv() -> list[str]:
    script = Path(sys.executable).parent / "coachlog"
    return [str(script)] if script.exists() else [sys.executable, "-m", "coachlog"]


# -- the cases ---------------------------------------------------------------------------


def floors(run: Run) -> None:
    print("floors", flush=True)
    if run.wanted("python"):
        run.add(Case("python", "python -c pass", "s", repeat(run, lambda: timed_command(run, [sys.executable, "-c", "pass"])), "floor"))
    if run.wanted("import_sqlalchemy"):
        run.add(Case("import_sqlalchemy", 'python -c "import sqlalchemy"', "s",
                     repeat(run, lambda: timed_command(run, [sys.executable, "-c", "import sqlalchemy"])), "floor"))
    if run.wanted("kdf"):
        run.add(Case("kdf", "one SQLCipher key derivation (open + key + read)", "s", repeat(run, kdf), "floor"))
    if run.wanted("start_bare"):
        run.add(Case("start_bare", "bare Textual app: start to first screen painted", "s",
                     repeat(run, lambda: _start(run, "start-bare")), "floor"))


def kdf() -> float:
    from coachlog.store.cipher import connect

    started = time.perf_counter()
    connect(gen.journal_path("100k"), gen.PASSPHRASE, create=False).close()
    return time.perf_counter() - started


def _start(run: Run, *arguments: str) -> float:
    spawned = time.time()
    result = probe(run, *arguments)
    return result["on_screen"] - spawned


def month_queries(run: Run) -> None:
    """One month's entries (what the Today and report code asks for), on a connection opened
    and keyed before the clock starts: the page cache of the connection is cold, the key
    derivation is not counted. The same query on the unencrypted copy is the floor."""
    if not run.wanted("month_query"):
        return
    from coachlog.store.cipher import connect

    sql = "SELECT * FROM entries WHERE day >= ? AND day <= ? ORDER BY day, start IS NULL, start, id"

    def opener(key: str):
        if key.endswith("plain"):
            return lambda: sqlite3.connect(gen.plain_path())
        return lambda: connect(gen.journal_path("100k"), gen.PASSPHRASE, create=False)

    for key, label, group in (("month_query_encrypted", "month query, 100k entries, SQLCipher", "coachlog"),
                              ("month_query_plain", "month query, same data, plain sqlite3", "floor")):
        def query(connect=opener(key)) -> float:
            connection = connect()
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                started = time.perf_counter()
                rows = connection.execute(sql, (MONTH_FROM, MONTH_TO)).fetchall()
                elapsed = time.perf_counter() - started
            finally:
                connection.close()
            assert rows
            return elapsed

        run.add(Case(key, label, "s", repeat(run, query, runs=max(run.args.runs, 10)), group,
                     note="new connection each run, keyed before timing"))


def unlock_probe(run: Run) -> dict:
    return probe(run, "unlock", str(gen.journal_path("100k")), gen.PASSPHRASE, gen.TODAY.isoformat())


def app_cases(run: Run) -> None:
    print("the app (Textual, headless; Pilot for keys)", flush=True)
    journal = str(gen.journal_path("100k"))
    if run.wanted("start_coachlog"):
        run.add(Case("start_coachlog", "coachlog: start to unlock prompt painted (100k journal)", "s",
                     repeat(run, lambda: _start(run, "start-coachlog", journal)), "coachlog"))
    if run.wanted("unlock"):
        results: list[dict] = []

        def unlock() -> float:
            results.append(unlock_probe(run))
            return results[-1]["today_painted"]

        samples = repeat(run, unlock)
        measured = results[-len(samples):]
        run.add(Case("unlock_today", "unlock: Enter -> first frame with Today's entries (100k)", "s", samples,
                     "coachlog"))
        run.add(Case("unlock_idle", "unlock: Enter -> Today painted and the app idle (100k)", "s",
                     [r["today_filled"] for r in measured], "coachlog",
                     note="Textual's call_after_refresh: after the footer's recompose and other pending messages"))
        run.add(Case("unlock_signals", "unlock: Enter -> Today's signals pane filled (100k)", "s",
                     [r["signals_filled"] for r in measured], "coachlog"))
        run.add(Case("memory_today", "peak memory: unlocked, Today on screen (100k)", "MB",
                     [r["peak_rss_mb"] for r in measured], "coachlog", note="ru_maxrss of the probe process"))
    if run.wanted("navigate"):
        result = probe(run, "navigate", journal, gen.PASSPHRASE, gen.TODAY.isoformat(), str(run.args.runs),
                       timeout=900)
        for key, label in (("next_day", "next day (Today, right arrow) -> rendered"),
                           ("previous_day", "previous day (Today, left arrow) -> rendered"),
                           ("open_worker", "open a worker (Werknemers, o on next row) -> detail rendered"),
                           ("another_worker", "another worker (worker detail, ]) -> detail rendered"),
                           ("next_grant", "next worker's grant (Verloop, ]) -> rendered"),
                           ("next_month", "next month (Verloop month view, right arrow) -> rendered")):
            run.add(Case(key, label, "s", result[key][1:], "coachlog", note="first press was the warm-up"))
        run.add(Case("open_workers", "open Werknemers (F3) -> list rendered", "s", [result["open_workers"]], "coachlog"))
        run.add(Case("open_trajectory", "open Verloop (F4) -> rendered", "s", [result["open_trajectory"]], "coachlog"))
        run.add(Case("memory_session", "peak memory: after Today, Werknemers, Verloop (100k)", "MB",
                     [result["peak_rss_mb"]], "coachlog", note="ru_maxrss of the probe process"))


def add_entry(run: Run) -> None:
    if not run.wanted("add_entry"):
        return
    from coachlog.domain import model
    from coachlog.services import Coachlog, EntryDraft
    from coachlog.store.engine import Journal
    from coachlog.store.repository import Store

    with tempfile.TemporaryDirectory(prefix="coachlog-bench-") as folder:
        copy = Path(folder) / "journal.coachlog"
        shutil.copyfile(gen.journal_path("100k"), copy)
        os.chmod(copy, 0o600)
        journal = Journal.open(copy, gen.PASSPHRASE)
        try:
            app = Coachlog(Store(journal), today=lambda: gen.TODAY)
            with app.store.reading() as reader:
                employments = [e for e in reader.all(model.Employment, order_by=("start",))
                               if e.start <= gen.TODAY - timedelta(days=60) and e.covers(gen.TODAY)]
                worker = reader.get(model.Worker, employments[0].worker_id)
            days = iter(gen.TODAY - timedelta(days=n) for n in range(60))

            def log() -> float:
                draft = EntryDraft(day=next(days), minutes=5, workers=[worker.name], note="benchmark")
                started = time.perf_counter()
                app.log(draft)
                return time.perf_counter() - started

            run.add(Case("add_entry", "add an entry (services: Coachlog.log, committed)", "s",
                         repeat(run, log, runs=max(run.args.runs, 20)), "coachlog",
                         note="synchronous=FULL: includes the fsync of the WAL"))
        finally:
            journal.close()


def cli_cases(run: Run) -> None:
    print("command line", flush=True)
    cl = coachlog_argv()
    for size in ("100k", "10k", "1k", "empty"):
        path = gen.empty_journal_path() if size == "empty" else gen.journal_path(size)
        for key, label, argv in ((f"report_month_{size}", f"coachlog report month {MONTH} ({size})", ["report", "month", MONTH]),
                                 (f"budget_{size}", f"coachlog budget, all grants ({size})", ["budget"])):
            if run.wanted(key):
                run.add(Case(key, label, "s",
                             repeat(run, lambda argv=argv, path=path: timed_command(run, [*cl, "--journal", str(path), *argv])),
                             "coachlog"))


def _fresh(target: Path) -> Path:
    """``target`` gone, with its -wal and -shm files."""
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    return target


def import_once(run: Run, folder: str) -> float:
    target = _fresh(Path(folder) / "import.coachlog")
    shutil.copyfile(gen.empty_journal_path(), target)
    os.chmod(target, 0o600)
    return timed_command(run, [*coachlog_argv(), "--journal", str(target), "import", str(gen.csv_path()),
                               "--create-missing"])


def plain_load_once(run: Run, folder: str) -> float:
    target = _fresh(Path(folder) / "plain.sqlite")
    return timed_command(run, [sys.executable, str(PROBES), "plain-load", str(gen.csv_path()), str(target),
                               str(gen.plain_path())])


def import_cases(run: Run) -> None:
    print("import", flush=True)
    with tempfile.TemporaryDirectory(prefix="coachlog-bench-") as folder:
        if run.wanted("import_coachlog"):
            run.add(Case("import_coachlog", "coachlog import of 100k entries (CSV, new workers)", "s",
                         repeat(run, lambda: import_once(run, folder)), "coachlog",
                         note="a whole process: start, key, validate, insert"))
        if run.wanted("import_plain"):
            run.add(Case("import_plain", "plain sqlite3 bulk load of the same CSV (python csv + executemany)", "s",
                         repeat(run, lambda: plain_load_once(run, folder)), "floor",
                         note="a whole process, same schema, no validation"))


def peer_cases(run: Run) -> dict[str, str | None]:
    print("peers", flush=True)
    versions: dict[str, str | None] = {"watson": None, "timewarrior": None}
    _peer(run, versions, "watson", watson_binary(), {"WATSON_DIR": str(gen.watson_dir())},
          [("watson_month", f"watson report --from {MONTH_FROM} --to {MONTH_TO}",
            ["report", "--from", MONTH_FROM, "--to", MONTH_TO]),
           ("watson_all", "watson report --all", ["report", "--all"])],
          "Watson (td-watson) is not installed: pip install td-watson")
    next_month = (date.fromisoformat(MONTH_TO) + timedelta(days=1)).isoformat()
    _peer(run, versions, "timewarrior", shutil.which("timew"), {"TIMEWARRIORDB": str(gen.timew_dir())},
          [("timew_month", f"timew summary {MONTH_FROM} - {next_month}", ["summary", MONTH_FROM, "-", next_month]),
           ("timew_all", "timew summary :all", ["summary", ":all"])],
          "Timewarrior is not installed: apt-get install timewarrior")
    return versions


def watson_binary() -> str | None:
    beside = Path(sys.executable).parent / "watson"
    return shutil.which("watson") or (str(beside) if beside.exists() else None)


def paired_ratios(run: Run) -> None:
    """The ratios the targets are about, each from runs that alternate between coachlog's
    case and its floor or peer (one warm-up round, then --runs rounds): on a machine whose
    speed drifts by tens of percent within minutes (a shared virtual machine), a floor
    timed minutes before its case says little; a pair timed back to back does. The
    target is the median of the pairs' ratios."""
    print("ratios (alternating runs)", flush=True)
    journal = str(gen.journal_path("100k"))
    cl = coachlog_argv()

    def add(key: str, parts: list[Callable[[], float]]) -> None:
        for part in parts:  # warm-up round
            part()
        rounds = [[part() for part in parts] for _ in range(run.args.runs)]
        run.ratios[key] = [top / sum(bottom) for top, *bottom in rounds]
        ratios = run.ratios[key]
        print(f"  {key:<20} median {statistics.median(ratios):.2f}x  ({min(ratios):.2f}x - {max(ratios):.2f}x, "
              f"n={len(ratios)})", flush=True)

    if run.wanted("start_coachlog") or run.wanted("start_bare"):
        add("start", [lambda: _start(run, "start-coachlog", journal), lambda: _start(run, "start-bare")])
    if run.wanted("unlock_today") or run.wanted("kdf"):
        add("unlock", [lambda: unlock_probe(run)["today_painted"], kdf])
    watson = watson_binary()
    if run.wanted("report_month_100k") and watson and not run.args.skip_peers:
        report = [*cl, "--journal", journal, "report", "month", MONTH]
        add("report_month", [lambda: timed_command(run, report),
                             lambda: timed_command(run, [watson, "report", "--from", MONTH_FROM, "--to", MONTH_TO],
                                                   WATSON_DIR=str(gen.watson_dir()))])
    if run.wanted("report_month_empty"):
        empty = [*cl, "--journal", str(gen.empty_journal_path()), "report", "month", MONTH]
        add("fixed_start", [lambda: timed_command(run, empty),
                            lambda: timed_command(run, [sys.executable, "-c", "import sqlalchemy"]), kdf])
    if run.wanted("import_coachlog") or run.wanted("import_plain"):
        with tempfile.TemporaryDirectory(prefix="coachlog-bench-") as folder:
            add("import", [lambda: import_once(run, folder), lambda: plain_load_once(run, folder)])


def _peer(run: Run, versions: dict[str, str | None], name: str, binary: str | None, env: dict[str, str],
          cases: list[tuple[str, str, list[str]]], missing: str) -> None:
    """Time a peer's commands on the generated data, or say why it was skipped."""
    if not binary or run.args.skip_peers:
        run.skipped.append(missing)
        return
    versions[name] = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    for key, label, argv in cases:
        if run.wanted(key):
            run.add(Case(key, label, "s", repeat(run, lambda argv=argv: timed_command(run, [binary, *argv], **env)),
                         "peer"))


def sizes(run: Run) -> None:
    if not run.wanted("size"):
        return
    def folder_size(path: Path) -> int:
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())

    rows = [("size_journal_100k", "journal on disk, 100k entries (encrypted)", gen.journal_path("100k").stat().st_size),
            ("size_journal_10k", "journal on disk, 10k entries", gen.journal_path("10k").stat().st_size),
            ("size_journal_1k", "journal on disk, 1k entries", gen.journal_path("1k").stat().st_size),
            ("size_journal_empty", "journal on disk, empty", gen.empty_journal_path().stat().st_size),
            ("size_plain_100k", "same data, plain SQLite", gen.plain_path().stat().st_size),
            ("size_csv_100k", "same entries, CSV", gen.csv_path().stat().st_size),
            ("size_watson_100k", "same entries, Watson frames", folder_size(gen.watson_dir())),
            ("size_timew_100k", "same entries, Timewarrior data", folder_size(gen.timew_dir()))]
    for key, label, size in rows:
        run.add(Case(key, label, "MiB", [size / 2**20], "size"))


# -- targets and output ------------------------------------------------------------------


def targets(run: Run) -> list[Target]:
    c = run.cases

    def med(key: str) -> float | None:
        return c[key].median if key in c else None

    def ratio(label: str, limit: float, paired: str, top: str, *bottom: str) -> Target:
        """The median ratio of the alternating runs; without them, the ratio of medians."""
        how = f"{top} / {' + '.join(bottom)}"
        if paired in run.ratios:
            return Target(label, statistics.median(run.ratios[paired]), limit, how + ", median of pairs",
                          paired=paired)
        values = [med(key) for key in (top, *bottom)]
        measured = None if any(v is None for v in values) else values[0] / sum(values[1:])
        return Target(label, measured, limit, how + ", medians")

    found = [
        ratio("start to unlock prompt ≤ 1.2 × bare Textual start", 1.2, "start", "start_coachlog", "start_bare"),
        ratio("unlock to Today filled ≤ 2 × one key derivation", 2.0, "unlock", "unlock_today", "kdf"),
        Target("next day ≤ 50 ms", med("next_day"), 0.050, "median", "s"),
        Target("next month ≤ 50 ms", med("next_month"), 0.050, "median", "s"),
        Target("another worker ≤ 50 ms", med("another_worker"), 0.050, "median (worker detail, ])", "s"),
        Target("another worker's grant ≤ 50 ms", med("next_grant"), 0.050, "median (Verloop ])", "s"),
        Target("adding an entry ≤ 15 ms", med("add_entry"), 0.015, "median", "s"),
        ratio("report month ≤ 0.15 × Watson's month report", 0.15, "report_month", "report_month_100k",
              "watson_month"),
        ratio("fixed start-up (report month, empty) ≤ 1.3 × (import sqlalchemy + key derivation)", 1.3,
              "fixed_start", "report_month_empty", "import_sqlalchemy", "kdf"),
        ratio("bulk import ≤ 2.5 × plain-sqlite3 load", 2.5, "import", "import_coachlog", "import_plain"),
        Target("app peak memory ≤ 120 MB (unlocked, Today)", med("memory_today"), 120, "ru_maxrss", "MB"),
        Target("app peak memory ≤ 120 MB (after visiting Werknemers and Verloop)", med("memory_session"), 120,
               "ru_maxrss", "MB"),
    ]
    for target in found:
        target.met = None if target.measured is None else target.measured <= target.limit
    return found


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit in ("MB", "MiB"):
        return f"{value:.1f} {unit}"
    return f"{value:.2f}{unit}"


def _range(case: Case) -> str:
    if len(case.samples) == 1:
        return "one run"
    return f"{_fmt(min(case.samples), case.unit)} – {_fmt(max(case.samples), case.unit)}"


def markdown(run: Run, found: list[Target], machine: dict) -> str:
    lines = [f"Measured {machine['when']} on {machine['cpus']} CPUs, Python {machine['python']}, "
             f"Textual {machine['textual']}, SQLAlchemy {machine['sqlalchemy']}; "
             f"{run.args.warmup} warm-up + up to {run.args.runs} runs per case.", "",
             "| case | median | min – max | runs |", "|---|---:|---:|---:|"]
    titles = {"floor": "Floors", "coachlog": "coachlog", "peer": "Peers (same 100k entries)", "size": "Size on disk"}
    for group in ("floor", "coachlog", "peer", "size"):
        cases = [case for case in run.cases.values() if case.group == group]
        if not cases:
            continue
        lines.append(f"| **{titles[group]}** | | | |")
        for case in cases:
            spread = "" if case.group == "size" else _range(case)
            lines.append(f"| {case.label} | {_fmt(case.median, case.unit)} | {spread} | {len(case.samples)} |")
    lines += ["", "| target (100k entries) | measured | limit | met |", "|---|---:|---:|:---:|"]
    for target in found:
        unit = target.unit
        measured = _fmt(target.measured, unit) if unit != "×" else ("–" if target.measured is None else f"{target.measured:.2f} ×")
        if target.paired:
            pairs = run.ratios[target.paired]
            measured += f" ({min(pairs):.2f}–{max(pairs):.2f}, {len(pairs)} pairs)"
        limit = _fmt(target.limit, unit) if unit != "×" else f"{target.limit:g} ×"
        met = "n/a" if target.met is None else ("yes" if target.met else "**no**")
        lines.append(f"| {target.label} | {measured} | {limit} | {met} |")
    if run.ratios:
        lines += ["", "Ratios with pairs: the median of the ratios of alternating runs (coachlog's case, then "
                  "its floor or peer, back to back; min–max in brackets). The tables above time each case on its "
                  "own, minutes apart, so their medians may give another ratio on a machine whose speed drifts."]
    for skipped in run.skipped:
        lines += ["", f"Skipped: {skipped}."]
    return "\n".join(lines) + "\n"


def machine_info() -> dict:
    import sqlalchemy
    import sqlcipher3
    import textual

    version = getattr(textual, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("textual")
    cipher = sqlcipher3.connect(":memory:")
    cipher_version = cipher.execute("PRAGMA cipher_version").fetchone()
    cipher.close()
    return {
        "when": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "textual": version,
        "sqlalchemy": sqlalchemy.__version__,
        "sqlcipher": cipher_version[0] if cipher_version else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case after the warm-up (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up runs per case (default 1)")
    parser.add_argument("--only", help="comma-separated parts of case keys to run, e.g. report,import")
    parser.add_argument("--skip-peers", action="store_true", help="do not time Watson and Timewarrior")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    manifest = gen._manifest()
    if manifest.get("fingerprint") != gen._fingerprint() or "100k" not in manifest.get("journals", {}) \
            or not manifest.get("peers"):
        print("benchmark data missing or out of date: run python benchmarks/generate.py first", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="coachlog-bench-home-") as home:
        run = Run(args, Path(home))
        machine = machine_info()
        floors(run)
        month_queries(run)
        app_cases(run)
        add_entry(run)
        cli_cases(run)
        import_cases(run)
        versions = peer_cases(run)
        sizes(run)
        paired_ratios(run)
    found = targets(run)
    text = markdown(run, found, machine)
    print()
    print(text)
    print(f"(the whole run took {time.perf_counter() - started:.0f} s)")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({
        "machine": machine, "peers": versions, "data": manifest,
        "cases": {key: {**asdict(case), "median": case.median, "min": min(case.samples), "max": max(case.samples)}
                  for key, case in run.cases.items()},
        "targets": [asdict(target) for target in found],
        "paired_ratios": run.ratios,
        "skipped": run.skipped,
        "seconds": round(time.perf_counter() - started, 1),
    }, indent=2) + "\n")
    args.output.with_suffix(".md").write_text(text)
    print(f"written: {args.output} and {args.output.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
