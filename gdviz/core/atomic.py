"""Write files atomically: a temporary file in the same folder, then a rename.

A reader (or a crash) sees either the old file or the new one, never half of the new
one: the data goes to a temporary file beside the target, is flushed and synced to the
disk, and only then :func:`os.replace` puts it in the target's place, which is atomic on
the same file system (POSIX and Windows alike).

A symbolic link is followed: the file it points to is replaced and the link stays. A
temporary file left behind by a save that was killed (``.<name>.<8 hex digits>.tmp``) is
removed by the next save of the same file once it is :data:`STALE_SECONDS` old.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

from .i18n import translate

__all__ = ["STALE_SECONDS", "write_bytes_atomic", "write_text_atomic"]

#: A temporary file this old (untouched for a quarter of an hour) belongs to a save that
#: was killed; a save in progress writes its temporary file within seconds.
STALE_SECONDS = 15 * 60


def write_text_atomic(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Replace the file at ``path`` by ``text``, atomically.

    Line endings are written as they are in ``text`` (no translation to ``\\r\\n``).

    Parameters
    ----------
    path : str or path-like
        The file to write; its folder must exist.
    text : str
        The new content.
    encoding : str
        The text encoding.

    Raises
    ------
    OSError
        With a one-line message naming the file, if the text cannot be encoded or the file
        cannot be written; the old file (if any) is then left as it was and no temporary
        file is left behind.
    """
    try:
        data = text.encode(encoding)
    except (UnicodeError, LookupError) as err:
        text = translate(
            "atomic", "could not write {path}: the text cannot be saved as {encoding} ({reason})"
        )
        raise OSError(text.format(path=os.fspath(path), encoding=encoding, reason=err)) from err
    write_bytes_atomic(path, data)


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Replace the file at ``path`` by ``data``, atomically.

    The temporary file is created beside the target (so the rename stays on one file
    system) with the permissions a new file would get, or the target's permissions if it
    exists. It is written, flushed and ``fsync``-ed before :func:`os.replace`; the folder is
    synced afterwards where the system allows it. A symbolic link at ``path`` is followed
    (the file it points to is replaced), and stale temporary files of earlier saves of the
    same file that were killed are removed first.

    Raises
    ------
    OSError
        Of the same kind as the failure (e.g. :class:`PermissionError`), whose message is
        one line naming the file: ``"could not write /path/lesson.gdviz: Permission
        denied"``. The old file is left as it was and the temporary file is removed.
    """
    shown = Path(os.fspath(path))
    target = Path(os.path.realpath(shown))  # through symbolic links: replace their target
    folder = target.parent
    temp: Path | None = None
    try:
        _remove_stale(folder, target.name)
        fd, temp = _create_temporary(folder, target.name)
        try:
            _copy_mode(target, fd)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        temp = None
        _sync_folder(folder)
    except BaseException as err:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass
        if isinstance(err, OSError):
            raise _clear_error(err, shown) from err
        raise


def _remove_stale(folder: Path, name: str, suffix: str = ".tmp") -> None:
    """Remove the temporary files of killed saves of ``name`` (see :data:`STALE_SECONDS`).

    Only regular files named as :func:`_create_temporary` names them for ``name`` are
    touched; any problem is ignored (the save itself then says what is wrong).
    """
    pattern = re.compile(re.escape(f".{name}.") + "[0-9a-f]{8}" + re.escape(suffix))
    old = time.time() - STALE_SECONDS
    try:
        with os.scandir(folder) as entries:
            stale = [entry for entry in entries if pattern.fullmatch(entry.name)]
    except OSError:
        return
    for entry in stale:
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and info.st_mtime < old:
                os.unlink(entry.path)
        except OSError:
            continue


def _create_temporary(folder: Path, name: str, suffix: str = ".tmp") -> tuple[int, Path]:
    """Open a new, empty temporary file in ``folder``: ``.<name>.<random><suffix>``.

    Returns the open descriptor (write-only) and the path. Raises
    :class:`FileExistsError` (``errno.EEXIST``) when no free name is found.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = folder / f".{name}.{secrets.token_hex(4)}{suffix}"
        try:
            return os.open(temp, flags, 0o666), temp  # the umask applies, as for any new file
        except FileExistsError:
            continue
    text = translate("atomic", "no free temporary file name in {folder}")
    raise FileExistsError(errno.EEXIST, text.format(folder=folder))


def _copy_mode(target: Path, temp: int | Path, *, strict: bool = False) -> None:
    """Give the temporary file ``temp`` (an open descriptor, or a path) the target's
    permission bits, if the target exists.

    By default a failure is ignored and the temporary file keeps the permissions of a new
    file (e.g. on a file system without permissions, or where descriptors cannot be
    chmod-ed). With ``strict``, an existing target's mode must be copied: a failure to
    read or set it raises :class:`OSError`.
    """
    try:
        if strict and not target.exists():  # raises for errors other than "no such file"
            return
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        if strict:
            raise
        return
    try:
        if not isinstance(temp, int):
            os.chmod(temp, mode)
        elif hasattr(os, "fchmod"):
            os.fchmod(temp, mode)
    except OSError:
        if strict:
            raise
        # e.g. a file system without permissions: keep the default


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _clear_error(err: OSError, target: Path) -> OSError:
    """An error of the same kind whose message is one line naming the target file."""
    reason = err.strerror or str(err) or type(err).__name__
    message = translate("atomic", "could not write {path}: {reason}").format(
        path=target, reason=reason
    )
    try:
        clear = type(err)(message)
    except TypeError:  # a subclass with another constructor
        clear = OSError(message)
    clear.errno = err.errno
    return clear
