"""Kill a writing coachlog with SIGKILL at random moments, many times, and check after
every kill that the journal opens, passes SQLite's and SQLCipher's integrity checks and
holds every entry whose commit had returned. POSIX only.

    python benchmarks/crash_harness.py --kills 200

The test suite runs the same idea at a small size (tests/store/test_crash.py)."""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coachlog.services import Coachlog  # noqa: E402
from coachlog.store.engine import Journal  # noqa: E402
from coachlog.store.repository import Store  # noqa: E402

PASSPHRASE = "crash harness"
TODAY = date(2026, 11, 23)
WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta
    from coachlog.services import Coachlog, EntryDraft
    from coachlog.store.engine import Journal
    from coachlog.store.repository import Store
    today = date(2026, 11, 23)
    journal = Journal.open(sys.argv[1], sys.argv[2])
    app = Coachlog(Store(journal), today=lambda: today)
    print("ready", flush=True)
    i = int(sys.argv[3])
    while True:
        saved = app.log(EntryDraft(day=today - timedelta(days=i % 300), minutes=5, workers=["Proef Persoon"],
                                   note=f"harness {i}", private_note="y" * (i % 900)))
        print(saved[0].id, flush=True)
        i += 1
    """
)


def one_round(path: Path, rng: random.Random, start: int) -> list[int]:
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), PASSPHRASE, str(start)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    time.sleep(rng.uniform(0.0, 0.4))  # kill at a random moment, mid-commit or not
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    ids = [int(line) for line in child.stdout.read().split()]
    child.stdout.close()
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crash.coachlog"
        journal = Journal.create(path, PASSPHRASE)
        Coachlog(Store(journal), today=lambda: TODAY).add_worker("Proef Persoon")
        journal.close()
        committed: set[int] = set()
        started = time.perf_counter()
        for kill in range(1, args.kills + 1):
            committed.update(one_round(path, rng, len(committed)))
            with Journal.open(path, PASSPHRASE) as journal:
                problems = journal.integrity_problems()
                held = {e.id for e in Coachlog(Store(journal), today=lambda: TODAY).entries()}
            missing = committed - held
            if problems or missing:
                print(f"kill {kill}: integrity {problems[:3]}, missing {sorted(missing)[:10]}")
                return 1
            if kill % 10 == 0:
                print(f"{kill} kills survived, {len(committed)} committed entries all present")
        elapsed = time.perf_counter() - started
    print(f"{args.kills} kills survived; {len(committed)} committed entries checked after every kill; "
          f"nothing lost; {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
