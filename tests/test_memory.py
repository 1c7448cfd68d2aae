"""The command line pauses the cyclic garbage collector while a command runs, and gives
it back as it was afterwards, whatever happened."""

from __future__ import annotations

import gc

import pytest

from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.errors import InvalidInput
from coachlog.memory import collector_paused


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_inside_and_enabled_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_enabled_again_after_a_failure() -> None:
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("bad row")
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not switch it on under the outer one
    assert not gc.isenabled()


def test_a_command_runs_with_the_collector_paused(run, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []

    def paths(ctx: Context) -> int:
        seen.append(gc.isenabled())
        return EXIT_OK

    monkeypatch.setattr("coachlog.cli.commands.journal_files.cmd_paths", paths)
    assert run("paths").code == 0
    assert seen == [False]
    assert gc.isenabled()


def test_a_failing_command_gives_the_collector_back(run, monkeypatch: pytest.MonkeyPatch) -> None:
    def paths(ctx: Context) -> int:
        raise InvalidInput("date", "31-02-2026", "give a date that exists")

    monkeypatch.setattr("coachlog.cli.commands.journal_files.cmd_paths", paths)
    result = run("paths")
    assert result.code != 0 and "31-02-2026" in result.err
    assert gc.isenabled()
