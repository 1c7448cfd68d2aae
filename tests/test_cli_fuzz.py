"""The command line against a few hundred generated argv lists (tests/cli_fuzz.py): real
commands and options with hostile values (huge and negative numbers, empty strings,
markup, escape sequences, bidi overrides, very long strings, formula prefixes, odd dates,
undecodable bytes). No run may end as an unexpected error (exit 3) or print a traceback
or a raw control character, and a run that does not succeed may change nothing in the
journal (every table compared before and after). benchmarks/fuzz_cli.py runs the same at
10,000 and more."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import pytest

from tests import cli_fuzz

RUNS = 300
SEED = 13


@pytest.fixture
def fuzzed(app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    cli_fuzz.seed(app)
    work = tmp_path / "work"
    work.mkdir()
    cli_fuzz.write_files(work)
    monkeypatch.chdir(work)  # exports with -o land here, inside tmp_path
    monkeypatch.delenv("COACHLOG_PASSPHRASE", raising=False)
    return app


def test_generated_command_lines_end_cleanly_and_a_failure_changes_nothing(fuzzed: Any, journal: Any) -> None:
    rng = random.Random(SEED)
    tally = cli_fuzz.Tally()
    started = time.perf_counter()
    with cli_fuzz.lent(journal):
        runner = cli_fuzz.Runner(journal, exact=True)
        for _ in range(RUNS):
            tally.add(runner.run(cli_fuzz.argv_for(rng)))
    elapsed = time.perf_counter() - started
    assert tally.problems == [], "\n".join(tally.problems[:20])
    assert (tally.unexpected, tally.changed_on_failure) == (0, 0)
    # The generator reaches every kind of outcome: successes that change the journal,
    # refusals by the rules (1) and usage errors (2).
    assert tally.runs == RUNS
    assert {0, 1, 2} <= set(tally.codes), tally.codes
    assert elapsed < 60, f"{RUNS} runs took {elapsed:.1f} s"


def test_the_fuzzer_sees_a_change_made_by_a_failing_command(fuzzed: Any, journal: Any, monkeypatch) -> None:
    """The check can fail: a command that saves and then fails is caught."""
    from coachlog.errors import CoachlogError

    def add_then_fail(ctx: Any) -> int:
        ctx.app.add_worker("Noor Visser")
        raise CoachlogError("refused after saving")

    monkeypatch.setattr("coachlog.cli.commands.entries.cmd_undo", add_then_fail)
    with cli_fuzz.lent(journal):
        runner = cli_fuzz.Runner(journal, exact=False)
        run = runner.run(["undo"])
    assert (run.code, run.changed) == (1, True)
    assert cli_fuzz.problems_of(run) == ["exit 1 but the journal changed"]


def test_the_fuzzer_sees_raw_control_characters_and_tracebacks() -> None:
    run = cli_fuzz.Run(["x"], 3, "a\x1b[2Jb\n", "Traceback (most recent call last)", False)
    assert cli_fuzz.problems_of(run) == ["exit 3", "a traceback", "raw control characters in the output"]
