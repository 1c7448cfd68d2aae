"""Files coachlog writes: private from the first byte, whole or not at all, and what an
interrupted write left behind cleaned up.

- Every file is made with mode 0600 when it is created (``os.open``; never a chmod
  afterwards), every folder coachlog makes with 0700 (POSIX; on Windows modes do not apply
  and the user's profile protects the files).
- A file is written as a hidden *partial* beside its target, synced, and renamed into
  place: a reader sees the old file or the whole new one. A partial is named
  ``.NAME.coachlog-PID-XXXXXXXX.partial``: the target's name, coachlog's mark, the id of the
  process that writes it and a random part.
- A partial left behind (the writer was killed, the machine stopped) is removed by
  :func:`sweep` once its writer is gone: when a journal is opened (its folder and its
  backups folder) and by the next write into the same folder. Only names of this shape,
  or the exact names older coachlogs used for their partials, are ever removed.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from coachlog.i18n import t

POSIX = os.name == "posix"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

# What a partial's name looks like; the side files SQLite makes beside a partial it writes
# (a rollback journal) belong to it.
PARTIAL = re.compile(r"^\.(?P<target>.+)\.coachlog-(?P<pid>\d+)-[0-9a-f]{8}\.partial(?:-journal|-wal|-shm)?$")
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
# On systems without a way to ask whether a process lives (Windows), a partial nobody has
# written to for this long is taken as left behind (a partial still open there cannot be
# deleted anyway).
STALE_SECONDS = 600
# Errors that mean "no room": the disk is full, a quota or a file size limit was reached.
NO_SPACE_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def no_space(error: BaseException) -> bool:
    """Whether ``error`` says the disk (or a quota, or a file size limit) is full.

    SQLite reports a write refused for lack of room as "database or disk is full", or, when
    not even the first byte could be written, as a "disk I/O error" (also a real I/O error;
    coachlog's DiskFull takes it as full too)."""
    if isinstance(error, OSError) and error.errno in NO_SPACE_ERRNOS:
        return True
    text = str(error)
    return "database or disk is full" in text or "disk I/O error" in text


# -- folders -------------------------------------------------------------------------


def private_folder(folder: Path) -> Path:
    """``folder``, made with its missing parents, each private (0700) from its first moment.

    Folders that exist already keep their mode (``--journal ~/journal.coachlog`` must not
    make the home folder private)."""
    from coachlog.errors import CoachlogError

    folder = Path(folder).expanduser().absolute()
    missing = []
    current = folder
    while not os.path.lexists(current):
        missing.append(current)
        current = current.parent
    if not current.is_dir():  # a file (or a device) where a folder must be
        raise CoachlogError(t("{path} is not a folder, so {folder} cannot be made in it; give a path whose "
                              "folders are folders", path=current, folder=folder))
    for making in reversed(missing):
        try:
            os.mkdir(making, PRIVATE_FOLDER)  # the umask can only take bits away from 0700
        except FileExistsError:
            pass  # made meanwhile by another coachlog
    if not folder.is_dir():
        raise CoachlogError(t("{path} is not a folder; give a path whose folders are folders", path=folder))
    return folder


# -- partials ------------------------------------------------------------------------


def _new_partial(target: Path) -> tuple[Path, int]:
    """A new, empty partial beside ``target``, private from its first byte, and an open
    descriptor for writing it."""
    while True:
        # A long target name is shortened here: the partial's name must stay within the
        # file system's limit, and only the part after it tells whose it is.
        name = f".{target.name[:120]}.coachlog-{os.getpid()}-{secrets.token_hex(4)}.partial"
        partial = target.with_name(name)
        try:
            handle = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _BINARY | _NOFOLLOW, PRIVATE_FILE)
        except FileExistsError:
            continue
        return partial, handle


def _remove_partial(partial: Path) -> None:
    for suffix in ("", *SQLITE_SIDE_FILES):
        try:
            Path(f"{partial}{suffix}").unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # left for the next sweep


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no such call)."""
    if not POSIX:
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems refuse to sync a folder; the rename itself is done
    finally:
        os.close(handle)


def fsync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY | _BINARY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _finish(partial: Path, target: Path) -> None:
    os.replace(partial, target)
    fsync_folder(target.parent)


def write_atomically(
    target: Path, write: Callable[[BinaryIO], object], *, before_rename: Callable[[], None] | None = None
) -> Path:
    """Write ``target`` through ``write(stream)``: into a private partial beside it, synced,
    then renamed over it (``before_rename`` runs just before). On any failure the partial is
    removed and ``target`` (if it was there) is unchanged. Leftovers of earlier, interrupted
    writes in that folder are swept first."""
    target = Path(target)
    sweep(target.parent, legacy=_legacy_text_partial(target.name))
    partial, handle = _new_partial(target)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if before_rename is not None:
            before_rename()
        _finish(partial, target)
    except BaseException:
        _remove_partial(partial)
        raise
    return target


@contextmanager
def partial_for_sqlite(target: Path) -> Iterator[Path]:
    """An empty private partial beside ``target`` for SQLite to fill (VACUUM INTO, ATTACH);
    when the block ends it is synced and renamed to ``target``; on failure it is removed with
    the side files SQLite made beside it. Made private first: SQLite gives its side files
    the mode of the file they belong to."""
    target = Path(target)
    partial, handle = _new_partial(target)
    os.close(handle)
    try:
        yield partial
        fsync_file(partial)
        _finish(partial, target)
    except BaseException:
        _remove_partial(partial)
        raise
    # A rollback journal SQLite left empty beside the finished copy goes too.
    _remove_partial(partial)


def copy_privately(source: Path, target: Path, *, before_rename: Callable[[], None] | None = None) -> Path:
    """A byte-for-byte copy of ``source`` at ``target``, private, whole or not at all."""

    def copy(stream: BinaryIO) -> None:
        with open(source, "rb") as original:
            while chunk := original.read(1 << 20):
                stream.write(chunk)

    return write_atomically(target, copy, before_rename=before_rename)


# -- leftovers -----------------------------------------------------------------------


def _legacy_text_partial(target_name: str) -> Callable[[str], bool]:
    """Older coachlogs wrote reports and exports through ``.NAME.XXXXXXXX.partial``
    (tempfile's eight characters): recognised for the very file being written again."""
    pattern = re.compile(re.escape(f".{target_name}.") + r"[a-z0-9_]{8}\.partial$")
    return lambda name: pattern.match(name) is not None


def _writer_gone(pid: int, path: Path) -> bool:
    if pid == os.getpid():
        return False  # this process: another thread may be writing it right now
    if POSIX:
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except OSError:
            return False  # it exists (another user's) or cannot be asked: leave the file
        return False
    try:
        return time.time() - path.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def _side_file_of(name: str) -> str:
    for suffix in SQLITE_SIDE_FILES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def leftovers(folder: Path, *, legacy: Callable[[str], bool] | None = None) -> tuple[list[Path], list[Path]]:
    """coachlog's partials in ``folder``: those whose writer is gone, and those still being
    written. ``legacy`` recognises names older coachlogs used (no writer to ask about)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return [], []
    gone: list[Path] = []
    busy: list[Path] = []
    for name in names:
        if not name.startswith("."):
            continue
        path = Path(folder) / name
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):
                continue  # never a folder or a link
        except OSError:
            continue
        match = PARTIAL.match(name)
        if match:
            (gone if _writer_gone(int(match["pid"]), path) else busy).append(path)
        elif legacy is not None and legacy(_side_file_of(name)):
            gone.append(path)
    return gone, busy


def sweep(folder: Path, *, legacy: Callable[[str], bool] | None = None) -> list[Path]:
    """Remove what interrupted writes left in ``folder`` (see :func:`leftovers`); returns
    what was removed. A file that cannot be removed is left for the next time."""
    removed = []
    for path in leftovers(folder, legacy=legacy)[0]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue
        removed.append(path)
    return removed


# -- text for the coach --------------------------------------------------------------


def write_private(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` so that a reader sees the old file or the whole new one."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise IsADirectoryError(t("{path} is a folder; give a file name", path=path))
    if os.path.lexists(path) and (path.is_symlink() or not path.is_file()):
        # Renaming over it would replace a device, a pipe or a link with a file of ours.
        raise FileExistsError(t("{path} is not an ordinary file (a device, a pipe or a link); give another file "
                                "name", path=path))
    if not path.parent.is_dir():
        raise FileNotFoundError(t("folder {path} does not exist", path=path.parent))
    data = text.encode("utf-8")
    return write_atomically(path, lambda stream: stream.write(data))


def write_output(path: Path, text: str) -> Path:
    """A report or export for the coach (the command line's -o, the app's Exporteren):
    ``write_private``, with a failure told as a CoachlogError that names the file."""
    from coachlog.errors import CoachlogError

    try:
        return write_private(path, text)
    except OSError as error:
        if no_space(error):
            raise CoachlogError(t(
                "cannot write {path}: the disk is full (or the file may grow no larger); nothing was "
                "written and an earlier file of that name is unchanged. Free some space and try again",
                path=Path(path).expanduser().absolute(),
            )) from None
        raise CoachlogError(t("cannot write {path}: {error}", path=path, error=error.strerror or error)) from None
