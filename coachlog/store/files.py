"""Writing exports and reports: atomically, and private (mode 0600) from the first byte."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from coachlog.i18n import t


def write_private(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` so that a reader sees the old file or the whole new one."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise IsADirectoryError(t("{path} is a folder; give a file name", path=path))
    if not path.parent.is_dir():
        raise FileNotFoundError(t("folder {path} does not exist", path=path.parent))
    # mkstemp creates the file with mode 0600 on POSIX.
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return path


def write_output(path: Path, text: str) -> Path:
    """A report or export for the coach (the command line's -o, the app's Exporteren):
    ``write_private``, with a failure told as a CoachlogError that names the file."""
    from coachlog.errors import CoachlogError

    try:
        return write_private(path, text)
    except OSError as error:
        raise CoachlogError(t("cannot write {path}: {error}", path=path, error=error.strerror or error)) from None
