"""Build the benchmark data: synthetic journals of 1k, 10k and 100k entries, and the same
100k entries in the formats of coachlog's CSV import, Watson and Timewarrior.

    python benchmarks/generate.py            # builds what is missing or out of date
    python benchmarks/generate.py --force    # rebuilds everything

Everything goes to benchmarks/data/ (git-ignored) and is cached there: a journal is rebuilt
only when coachlog/demo/, the schema or this file changed (see manifest.json).

ONLY SYNTHETIC DATA. The journals are filled by coachlog.demo (invented names, invented
employers). They are encrypted with a fixed, published benchmark passphrase, so they are
not secret. The CSV, the unencrypted SQLite copy (journal-100k.plain.sqlite, made with
sqlcipher_export for the plain-sqlite3 floor), the Watson frames file and the Timewarrior
data folder are PLAINTEXT by nature: never point this script at a real journal, and never
copy real client data into benchmarks/data/.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachlog import demo  # noqa: E402
from coachlog.services import Coachlog, Exchange  # noqa: E402
from coachlog.store import schema  # noqa: E402
from coachlog.store.cipher import quote  # noqa: E402
from coachlog.store.engine import Journal  # noqa: E402
from coachlog.store.repository import Store  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
# A fixed, published passphrase: the benchmark journals hold invented people only.
PASSPHRASE = "coachlog benchmark 2026"
# "Today" for the generator, the app and the command line (COACHLOG_TODAY): a Monday.
TODAY = date(2026, 11, 23)
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
PEER_SIZE = "100k"  # the size written in the peers' formats
SEED = 2026
# The columns of the import CSV: coachlog's own export without id and goal_id (the goals'
# ids belong to the source journal; the import goes into an empty one).
IMPORT_COLUMNS = ("date", "start", "minutes", "worker", "employer", "with_whom", "activity", "mode",
                  "billable", "travel_minutes", "travel_km", "note", "group_id")
FORMAT = 1  # bump to rebuild the cache after a change in this file's output


def journal_path(size: str) -> Path:
    return DATA / f"journal-{size}.coachlog"


def empty_journal_path() -> Path:
    return DATA / "journal-empty.coachlog"


def plain_path(size: str = PEER_SIZE) -> Path:
    return DATA / f"journal-{size}.plain.sqlite"


def csv_path(size: str = PEER_SIZE) -> Path:
    return DATA / f"entries-{size}.csv"


def watson_dir(size: str = PEER_SIZE) -> Path:
    return DATA / f"watson-{size}"


def timew_dir(size: str = PEER_SIZE) -> Path:
    return DATA / f"timewarrior-{size}"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (*sorted((ROOT / "coachlog" / "demo").glob("*.py")), ROOT / "coachlog" / "store" / "schema.py"):
        digest.update(path.read_bytes())
    digest.update(f"{FORMAT}|{SEED}|{TODAY}|{schema.SCHEMA_HEAD}".encode())
    return digest.hexdigest()[:16]


def _manifest() -> dict:
    path = DATA / "manifest.json"
    return json.loads(path.read_text()) if path.exists() else {}


def _save_manifest(manifest: dict) -> None:
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def _fresh(target: Path) -> Path:
    if target.is_dir():
        shutil.rmtree(target)
    for candidate in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        candidate.unlink(missing_ok=True)
    return target


# -- journals --------------------------------------------------------------------------


def build_journal(size: str) -> dict:
    target = _fresh(journal_path(size))
    started = time.perf_counter()
    journal = Journal.create(target, PASSPHRASE)
    try:
        counts = demo.fill(Coachlog(Store(journal), today=lambda: TODAY), TODAY,
                           demo.DemoSize(entries=SIZES[size]), seed=SEED)
    finally:
        journal.close()
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def build_empty() -> None:
    Journal.create(_fresh(empty_journal_path()), PASSPHRASE).close()


def build_plain_copy(size: str = PEER_SIZE) -> None:
    """An unencrypted copy with the same schema and rows, for the plain-sqlite3 floor."""
    target = _fresh(plain_path(size))
    journal = Journal.open(journal_path(size), PASSPHRASE)
    try:
        connection = journal._dbapi
        connection.execute(f"ATTACH DATABASE ? AS plain KEY {quote('')}", (str(target),))
        try:
            connection.execute("SELECT sqlcipher_export('plain')")
        finally:
            connection.execute("DETACH DATABASE plain")
    finally:
        journal.close()
    check = sqlite3.connect(target)
    try:
        check.execute("PRAGMA journal_mode = DELETE")
        check.execute("SELECT count(*) FROM entries").fetchone()
    finally:
        check.close()


# -- the same entries in other formats -------------------------------------------------


def _records(size: str = PEER_SIZE) -> list[dict]:
    journal = Journal.open(journal_path(size), PASSPHRASE)
    try:
        app = Coachlog(Store(journal), today=lambda: TODAY)
        return Exchange(app).entry_records(app.entries())
    finally:
        journal.close()


def write_csv(records: list[dict], size: str = PEER_SIZE) -> None:
    with _fresh(csv_path(size)).open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=IMPORT_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)


def _intervals(records: Iterable[dict]) -> Iterable[tuple[datetime, datetime, str, list[str]]]:
    """Each entry as (start, stop, project, tags); wall-clock times taken as UTC (the peers
    run with TZ=UTC). Project: the worker, else the employer, else "indirect"."""
    for record in records:
        day = date.fromisoformat(record["date"])
        hour, minute = (int(part) for part in (record["start"] or "09:00").split(":"))
        start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc)
        stop = start + timedelta(minutes=int(record["minutes"]))
        project = record["worker"] or record["employer"] or "indirect"
        yield start, stop, project, [record["activity"], record["mode"]]


def write_watson(records: list[dict], size: str = PEER_SIZE) -> None:
    """td-watson's frames file: [start, stop, project, id, tags, updated_at] per frame."""
    folder = _fresh(watson_dir(size))
    folder.mkdir(parents=True)
    frames = []
    for number, (start, stop, project, tags) in enumerate(sorted(_intervals(records))):
        frame_id = hashlib.sha1(f"frame {number}".encode()).hexdigest()
        frames.append([int(start.timestamp()), int(stop.timestamp()), project, frame_id, tags, int(stop.timestamp())])
    (folder / "frames").write_text(json.dumps(frames, indent=1, ensure_ascii=False), encoding="utf-8")
    (folder / "state").write_text("{}", encoding="utf-8")


def _timew_tag(tag: str) -> str:
    return f'"{tag}"' if any(c in tag for c in ' "#') else tag


def write_timewarrior(records: list[dict], size: str = PEER_SIZE) -> None:
    """A TIMEWARRIORDB folder: data/YYYY-MM.data with one 'inc START - END # tags' a line."""
    folder = _fresh(timew_dir(size))
    (folder / "data").mkdir(parents=True)
    (folder / "extensions").mkdir()
    (folder / "timewarrior.cfg").write_text("verbose = off\n", encoding="utf-8")
    by_month: dict[str, list[str]] = {}
    tags: dict[str, int] = {}
    for start, stop, project, entry_tags in sorted(_intervals(records)):
        all_tags = [project, *entry_tags]
        for tag in all_tags:
            tags[tag] = tags.get(tag, 0) + 1
        line = (f"inc {start:%Y%m%dT%H%M%SZ} - {stop:%Y%m%dT%H%M%SZ} # "
                + " ".join(_timew_tag(tag) for tag in all_tags))
        by_month.setdefault(f"{start:%Y-%m}", []).append(line)
    for month, lines in by_month.items():
        (folder / "data" / f"{month}.data").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "data" / "tags.data").write_text(
        json.dumps({tag: {"count": n} for tag, n in sorted(tags.items())}, indent=1), encoding="utf-8")


# -- main ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild everything")
    parser.add_argument("--sizes", nargs="*", choices=sorted(SIZES), default=list(SIZES))
    args = parser.parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    fingerprint = _fingerprint()
    manifest = _manifest()
    if manifest.get("fingerprint") != fingerprint or args.force:
        manifest = {"fingerprint": fingerprint, "passphrase": PASSPHRASE, "today": TODAY.isoformat(), "journals": {}}
    if not empty_journal_path().exists():
        build_empty()
    for size in args.sizes:
        if size in manifest["journals"] and journal_path(size).exists():
            print(f"journal {size}: cached ({journal_path(size).name})")
            continue
        print(f"journal {size}: generating ...", flush=True)
        manifest["journals"][size] = build_journal(size)
        if size == PEER_SIZE:
            manifest.pop("peers", None)
        _save_manifest(manifest)
        print(f"journal {size}: {manifest['journals'][size]}")
    if PEER_SIZE in manifest["journals"] and not manifest.get("peers"):
        started = time.perf_counter()
        print(f"plain copy, CSV, Watson and Timewarrior files of the {PEER_SIZE} journal ...", flush=True)
        build_plain_copy()
        records = _records()
        write_csv(records)
        write_watson(records)
        write_timewarrior(records)
        manifest["peers"] = {"entries": len(records), "seconds": round(time.perf_counter() - started, 1)}
        _save_manifest(manifest)
        print(f"peers: {manifest['peers']}")
    elif manifest.get("peers"):
        print("plain copy, CSV, Watson and Timewarrior files: cached")
    return 0


if __name__ == "__main__":
    sys.exit(main())
