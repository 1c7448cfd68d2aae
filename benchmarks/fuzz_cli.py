"""Fuzz the command line: many generated argv lists (real commands and options with hostile
values) against one seeded journal, in-process. Prints the figures; exits 1 when a run
ended as an unexpected error (exit 3), printed a traceback or a raw control character, or
changed the journal without succeeding.

    python benchmarks/fuzz_cli.py                    # 10,000 runs, seed 13
    python benchmarks/fuzz_cli.py --runs 50000 --seed 7

The generator and the checks are tests/cli_fuzz.py; the test suite runs a few hundred
(tests/test_cli_fuzz.py). The journal, its backups and the files written by exports live
in a temporary folder that is removed at the end; only synthetic people are in it.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import cli_fuzz  # noqa: E402

PASSPHRASE = "fuzz"  # a throwaway journal of synthetic people


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--runs", type=int, default=10_000)
    options.add_argument("--seed", type=int, default=13)
    options.add_argument("--show", type=int, default=10, help="problems to print (default 10)")
    args = options.parse_args()

    home = Path(tempfile.mkdtemp(prefix="coachlog-fuzz-"))
    saved_cwd = os.getcwd()
    os.environ["COACHLOG_HOME"] = str(home)
    os.environ["COACHLOG_TODAY"] = cli_fuzz.TODAY.isoformat()
    for name in ("COACHLOG_PASSPHRASE", "COACHLOG_NEW_PASSPHRASE", "COACHLOG_EXPORT_PASSPHRASE"):
        os.environ.pop(name, None)
    try:
        from coachlog.services import Coachlog
        from coachlog.store.engine import Journal
        from coachlog.store.repository import Store

        journal = Journal.create(home / "journal.coachlog", PASSPHRASE)
        try:
            cli_fuzz.seed(Coachlog(Store(journal), today=lambda: cli_fuzz.TODAY))
            work = home / "work"
            work.mkdir()
            cli_fuzz.write_files(work)
            os.chdir(work)
            rng = random.Random(args.seed)
            tally = cli_fuzz.Tally()
            slowest = (0.0, [])
            started = time.perf_counter()
            with cli_fuzz.lent(journal):
                runner = cli_fuzz.Runner(journal, exact=False)
                for _ in range(args.runs):
                    argv = cli_fuzz.argv_for(rng)
                    begun = time.perf_counter()
                    tally.add(runner.run(argv))
                    took = time.perf_counter() - begun
                    if took > slowest[0]:
                        slowest = (took, argv)
            elapsed = time.perf_counter() - started
            entries = len(cli_fuzz.journal_dump(journal)["entries"])
        finally:
            journal.close()
    finally:
        os.chdir(saved_cwd)
        shutil.rmtree(home, ignore_errors=True)

    codes = ", ".join(f"{code}: {count}" for code, count in sorted(tally.codes.items()))
    print(f"coachlog CLI fuzz, {date.today():%Y-%m-%d}, Python {sys.version.split()[0]}, seed {args.seed}")
    print(f"runs                        {tally.runs}")
    print(f"exit codes                  {codes}")
    print(f"exit 3 (must be 0)          {tally.unexpected}")
    print(f"changed on failure (must 0) {tally.changed_on_failure}")
    print(f"problems (must be 0)        {len(tally.problems)}")
    print(f"entries in the journal      {entries} (after the runs)")
    print(f"time                        {elapsed:.1f} s ({elapsed / max(1, tally.runs) * 1000:.1f} ms a run; "
          f"slowest {slowest[0] * 1000:.0f} ms: {' '.join(slowest[1])[:80]!r})")
    for problem in tally.problems[: args.show]:
        print(f"  {problem[:300]}")
    return 1 if tally.problems else 0


if __name__ == "__main__":
    sys.exit(main())
