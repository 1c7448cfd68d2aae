"""Kill coachlog with SIGKILL at random moments, many times. POSIX only.

1. A coachlog writing entries: after every kill the journal opens, passes SQLite's and
   SQLCipher's integrity checks and holds every entry whose commit had returned.
2. `backup`, `restore`, `export --encrypted`, `export --plaintext` and `report ... -o`,
   each killed at a random moment of its run (dozens of times each): the partial a kill
   leaves is private (0600); after the next command that touches that folder no file is
   left but complete ones, all 0600 in 0700 folders; the journal opens with every entry;
   and at the end `worker erase --purge-backups` leaves no trace of the erased worker's
   name or notes in any file under the journal's folders, decrypted with the key.

    python benchmarks/crash_harness.py --kills 200 --file-kills 40

The test suite runs the same ideas at a small size (tests/store/test_crash.py)."""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date, timedelta
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
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=50, help="kills of a coachlog writing entries")
    parser.add_argument("--file-kills", type=int, default=40, help="kills per file-writing command")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.kills and entry_rounds(args.kills, rng):
        return 1
    if args.file_kills and file_rounds(args.file_kills, rng):
        return 1
    return 0


def entry_rounds(kills: int, rng: random.Random) -> int:
    args = argparse.Namespace(kills=kills)
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


# -- killed while writing whole files --------------------------------------------------

FENNA = "Fenna Oosterhuis-Brouwer"  # synthetic; erased at the end
FENNA_SECRETS = (FENNA, "Oosterhuis", "Fenna oefent de kassa", "Fenna vertelde over haar schulden")
EXPORT_PASSPHRASE = "harness export"
PAGE = 4096


class Failed(Exception):
    pass


def cli(home: Path, *argv: str, kill_after: float | None = None,
        watch: tuple[Path, ...] = (), then: float | None = None) -> tuple[int, float, str]:
    """Run `coachlog ARGV` in a fresh process; killed after ``kill_after`` seconds, or, with
    ``watch``, ``then`` seconds after a partial appears in one of those folders (without
    ``then``: not killed; the time returned is then how long partials were there, the
    window in which a kill leaves one behind)."""
    env = {**os.environ, "COACHLOG_HOME": str(home), "COACHLOG_PASSPHRASE": PASSPHRASE,
           "COACHLOG_EXPORT_PASSPHRASE": EXPORT_PASSPHRASE, "COACHLOG_TODAY": TODAY.isoformat(),
           "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "coachlog", *argv], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    def writing() -> bool:
        return any(p.name.endswith(".partial") for p in hidden(*watch))

    if watch:
        while child.poll() is None and not writing():
            time.sleep(0.0005)
        started = time.perf_counter()
        if then is None:  # measure the window: until no partial is left (renamed into place)
            while child.poll() is None and writing():
                time.sleep(0.0005)
            window = time.perf_counter() - started
            out, err = child.communicate()
            return child.returncode, window, out + err
        kill_after = then
    if kill_after is not None:
        try:
            child.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate()
    return child.returncode, time.perf_counter() - started, out + err


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def hidden(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.exists() for p in folder.rglob(".*"))


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of a file encrypted with ``key`` (SQLCipher 4 defaults), decrypted here."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = path.read_bytes()
    pages = []
    for number in range(len(data) // PAGE):
        page = data[number * PAGE:(number + 1) * PAGE]
        iv = page[PAGE - 80:PAGE - 64]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[16 if number == 0 else 0:PAGE - 80]) + decryptor.finalize())
    return pages


def check_complete(home: Path, out: Path, entries: int, op: str) -> None:
    """No partial anywhere, every file private, every file whole."""
    from coachlog.store.engine import verify_backup, verify_backup_with_key

    left = hidden(home, out)
    if left:
        raise Failed(f"{op}: left after the next command: {[str(p) for p in left]}")
    for folder in (home, home / "backups"):
        if folder.exists() and mode(folder) != 0o700:
            raise Failed(f"{op}: folder {folder} is {oct(mode(folder))}")
    for path in [*home.rglob("*"), *out.rglob("*")]:
        if path.is_file() and mode(path) != 0o600:
            raise Failed(f"{op}: {path} is {oct(mode(path))}")
    with Journal.open(home / "journal.coachlog", PASSPHRASE) as journal:
        problems = journal.integrity_problems()
        held = len(Coachlog(Store(journal), today=lambda: TODAY).entries())
        if problems or held != entries:
            raise Failed(f"{op}: journal integrity {problems[:3]}, {held} entries instead of {entries}")
        for backup in (home / "backups").glob("*.coachlog"):
            if verify_backup_with_key(journal, backup) != entries:
                raise Failed(f"{op}: backup {backup} is not whole")
    for export in out.glob("*.coachlog"):
        if verify_backup(export, EXPORT_PASSPHRASE) != entries:
            raise Failed(f"{op}: encrypted export {export} is not whole")
    for name, whole in (("export.json", lambda text: len(json.loads(text)["entries"]) == entries),
                        ("export.csv", lambda text: len(text.strip().splitlines()) == entries + 1),
                        ("november.html", lambda text: text.rstrip().endswith("</html>"))):
        if (out / name).exists() and not whole((out / name).read_text(encoding="utf-8-sig")):
            raise Failed(f"{op}: {name} is not whole")


def file_rounds(kills_per_op: int, rng: random.Random) -> int:
    from coachlog.services import EntryDraft
    from coachlog.store import cipher

    with tempfile.TemporaryDirectory() as folder:
        home, out, source = Path(folder) / "home", Path(folder) / "uit", Path(folder) / "bron.coachlog"
        journal = Journal.create(home / "journal.coachlog", PASSPHRASE)
        app = Coachlog(Store(journal), today=lambda: TODAY)
        app.add_worker("Proef Persoon")
        app.add_worker(FENNA)
        for i in range(600):  # a journal of a few MB, so that writing it takes a while
            app.log(EntryDraft(day=TODAY - timedelta(days=i % 200), minutes=5, workers=["Proef Persoon"],
                               note=os.urandom(700).hex(), private_note=os.urandom(300).hex()))
        for i in range(20):
            app.log(EntryDraft(day=TODAY - timedelta(days=i), minutes=60, workers=[FENNA],
                               note=f"{FENNA_SECRETS[2]} ({i})", private_note=f"{FENNA_SECRETS[3]} ({i})"))
        entries = 620
        journal.close()
        key = cipher.derive_key(PASSPHRASE, (home / "journal.coachlog").read_bytes()[:16])
        out.mkdir(mode=0o700)
        code, _, text = cli(home, "backup")
        if code:
            print(text)
            return 1
        next(iter((home / "backups").glob("*.coachlog"))).rename(source)
        print(f"journal of {(home / 'journal.coachlog').stat().st_size / 1e6:.1f} MB, {entries} entries; "
              f"{kills_per_op} kills per command at random moments")

        plain_format = ["json", "csv"]
        operations = {
            "backup": (lambda i: ["backup", "--keep", "3"], lambda i: ["entries"]),
            "restore": (lambda i: ["restore", str(source), "--yes"], lambda i: ["entries"]),
            "export --encrypted": (lambda i: ["export", "--encrypted", "-o", str(out / "verhuizing.coachlog")],
                                   lambda i: ["export", "--encrypted", "-o", str(out / "verhuizing.coachlog")]),
            "export --plaintext": (
                lambda i: ["export", "--plaintext", "--format", plain_format[i % 2], "-o", str(out / f"export.{plain_format[i % 2]}")],
                lambda i: ["export", "--plaintext", "--format", plain_format[i % 2], "-o", str(out / f"export.{plain_format[i % 2]}")]),
            "report -o": (lambda i: ["report", "month", "2026-11", "--format", "html", "-o", str(out / "november.html")],
                          lambda i: ["report", "month", "2026-11", "--format", "html", "-o", str(out / "november.html")]),
        }
        started = time.perf_counter()
        try:
            for op, (command, following) in operations.items():
                watched = (home, home / "backups", out)

                def clear() -> None:  # whole outputs of runs that were not killed
                    for done in [*out.glob("*.coachlog"), *(home / "backups").glob("*-before-restore-*")]:
                        done.unlink()

                durations, windows = [], []
                for _ in range(2):
                    durations.append(cli(home, *command(0))[1])
                    clear()
                    windows.append(cli(home, *command(0), watch=watched)[1])
                    clear()
                duration, writing = max(durations), max(windows)
                killed = left_partial = 0
                for i in range(kills_per_op):
                    if i % 3 == 0:  # anywhere in the run
                        code, _, text = cli(home, *command(i), kill_after=duration * rng.uniform(0.0, 1.05))
                    else:  # at a random moment of the writing (and a little after it)
                        code, _, text = cli(home, *command(i), watch=watched, then=rng.uniform(0.0, 1.5 * writing))
                    if code not in (0, -signal.SIGKILL):
                        raise Failed(f"{op}: exit {code}: {text.strip()[-300:]}")
                    killed += code == -signal.SIGKILL
                    partials = hidden(home, out)
                    left_partial += bool(partials)
                    loose = [p for p in partials if mode(p) != 0o600]
                    if loose:
                        raise Failed(f"{op}: a partial is not private: {loose}")
                    if op == "export --encrypted" and (out / "verhuizing.coachlog").exists():
                        # Killed after its rename: whole (checked), and in the way of the next one.
                        check_complete(home, out, entries, op + " (finished before the kill)")
                        (out / "verhuizing.coachlog").unlink()
                    code, _, text = cli(home, *following(i))
                    if code:
                        raise Failed(f"{op}: the next command failed: {text.strip()[-300:]}")
                    check_complete(home, out, entries, op)
                    clear()  # whole and checked; an encrypted export never overwrites a file
                print(f"{op}: {kills_per_op} runs ({duration:.2f} s each, partials there for {writing * 1000:.0f} ms), "
                      f"{killed} killed before they ended, {left_partial} left a partial (all 0600), all removed by "
                      f"the next command; all files whole and private")

            # The erase, after backups killed at random moments until one leaves a partial.
            for _ in range(10):
                cli(home, "backup", "--keep", "3", watch=(home / "backups",), then=rng.uniform(0.0, 0.005))
                if hidden(home / "backups"):
                    break
            before = hidden(home / "backups")
            code, _, text = cli(home, "worker", "erase", FENNA, "--yes", "--purge-backups")
            if code:
                raise Failed(f"erase: exit {code}: {text}")
            if any(str(p) not in text for p in before):
                raise Failed(f"erase did not list the unfinished backup {before}: {text}")
            check_complete(home, Path(folder) / "leeg", entries - 20, "erase")
            traces = []
            for path in sorted(home.rglob("*")):
                if not path.is_file():
                    continue
                data = path.read_bytes()
                texts = [data] + (decrypted_pages(path, key) if data[:16] == (home / "journal.coachlog").read_bytes()[:16] else [])
                traces += [(str(path), s) for s in FENNA_SECRETS if any(s.encode() in t for t in texts)]
            if traces:
                raise Failed(f"after erase, traces of {FENNA}: {traces}")
            files = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
            print(f"worker erase --purge-backups ({len(before)} unfinished file(s) of a killed backup there before it): "
                  f"no trace of {FENNA}'s name or notes in any of {len(files)} files, decrypted with the key: {files}")
        except Failed as failure:
            print(f"FAILED: {failure}")
            return 1
        print(f"file rounds: {5 * kills_per_op} runs; {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
