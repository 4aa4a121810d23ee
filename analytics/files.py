"""Writing a file so that a crash leaves the old file or the new one, never half of one.

The one way the project writes a file in place: the editors file (`auth`), the handouts of the CLI
(`cli_export`, `cli_outputs`), import templates (`template`), database backups and the database
itself (`build`, `db.write_transaction`). The new content goes to a temporary file in the same
folder (a rename is atomic only within one file system), which is flushed to disk, renamed over
the target with `os.replace`, and then the folder is flushed, so that the rename itself survives a
power cut.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path


def temp_name(path: Path) -> Path:
    """The default temporary file beside `path`: hidden, and named after this process."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def write_atomically(
    path: str | os.PathLike[str],
    content: bytes | str | Callable[[Path], None],
    *,
    tmp: Path | None = None,
    mode: int = 0o666,
) -> Path:
    """Replace `path` with `content` (bytes, text as UTF-8, or a function that writes the temp file).

    `tmp` names the temporary file when a cleaner must recognise it (a database backup); `mode`
    is the new file's permission before the umask (0o600 for a file only its owner may read).
    Any failure raises OSError, removes the temporary file and leaves `path` as it was.
    """
    target = Path(path)
    tmp = tmp or temp_name(target)
    try:
        if callable(content):
            content(tmp)
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        replace_durably(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target


def replace_durably(tmp: Path, target: Path) -> None:
    """Move the complete file `tmp` over `target`: flushed first, the folder flushed after."""
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    # some file systems cannot flush a folder; the rename has happened, so that is not an error
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
