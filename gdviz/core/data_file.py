"""A data file opened safely, and watched while it is read.

:func:`opened` refuses anything but a regular file before opening it: a folder, a named
pipe (which would block until a writer came), a device or a socket; it opens without
blocking, should the name turn into a pipe meanwhile. :class:`Source` reads a range of
the file by offset (so that several threads can each read one), reports progress,
refuses NUL bytes (binary data) and notices a file that has become shorter;
:func:`check_unchanged` at the end notices one that has grown or been rewritten. There
is no memory map: a file truncated by another program is a message, never a crash.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import stat
import threading
from collections.abc import Callable, Iterator

from .csv_layout import DataError, binary, size_text

__all__ = [
    "LoadCancelled",
    "Progress",
    "Source",
    "check_unchanged",
    "file_kind",
    "line_ranges",
    "opened",
]

#: How often (as a fraction of the file) a ``progress`` callback is called, at most.
PROGRESS_STEP = 0.01

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str | None:
    """What a path whose ``st_mode`` is ``mode`` is, in words (``"a named pipe"``), when
    it is not a regular file; None for a regular file. Data files, lessons and the
    settings file are opened only when this is None (a named pipe would block)."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "a special file")


_SEEK_LOCK = threading.Lock()


class LoadCancelled(DataError):
    """The ``progress`` callback of :func:`~gdviz.core.data.load_dataset` asked to stop.

    ``str(err)`` is ``"loading cancelled"``.
    """

    def __init__(self, message: str = "loading cancelled"):
        super().__init__(message)


@contextlib.contextmanager
def opened(
    path: str, name: str, max_bytes: int
) -> Iterator[tuple[io.BufferedReader, os.stat_result]]:
    """``with opened(path, name, max_bytes) as (file, info)``: the file open to read
    bytes, and its ``os.stat`` result; every way of failing is a :class:`DataError`."""
    try:
        _check_regular(os.stat(path), name)
        fd = os.open(path, _OPEN_FLAGS)
        try:
            file = open(fd, "rb")  # closed by the with below
        except BaseException:
            os.close(fd)
            raise
    except FileNotFoundError:
        raise DataError(f"{name}: file not found ({os.path.abspath(path)})") from None
    except PermissionError:
        raise DataError(f"{name}: permission denied; the file cannot be read") from None
    except OSError as err:
        raise DataError(f"{name}: the file cannot be read ({err.strerror or err})") from None
    except DataError:
        raise
    except ValueError:  # e.g. a NUL character in the path
        raise DataError(f"{name}: not a usable file name") from None
    with file:
        info = os.fstat(file.fileno())
        _check_regular(info, name)
        if info.st_size > max_bytes:
            raise DataError(
                f"{name}: the file is {size_text(info.st_size)}; gdviz reads files up to "
                f"{size_text(max_bytes)}"
            )
        yield file, info


def _check_regular(info: os.stat_result, name: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise DataError(f"{name}: is a folder, not a data file")
    kind = file_kind(info.st_mode)
    if kind is not None:
        kind += " (FIFO)" if stat.S_ISFIFO(info.st_mode) else ""
        raise DataError(f"{name}: not a regular file but {kind}; choose a data file")


def changed(name: str) -> DataError:
    return DataError(
        f"{name}: the file changed while it was read (is another program writing it?); "
        "nothing was loaded"
    )


def check_unchanged(file, info: os.stat_result, name: str) -> None:
    """Refuse a file that has been rewritten, or has grown, since it was opened."""
    now = os.fstat(file.fileno())
    if (now.st_size, now.st_mtime_ns) != (info.st_size, info.st_mtime_ns):
        raise changed(name)


class Stopped(Exception):
    """Reading was stopped from outside (another range of the file was not clean)."""


class Source(io.RawIOBase):
    """Bytes ``start`` to ``end`` of the open ``file``, watched as they are read.

    Counts them in ``report`` (a :class:`Progress`), refuses NUL bytes (binary data;
    not in UTF-16 text, where they belong) and a file that has become shorter than
    ``end``, and raises :class:`Stopped` once the event ``stop`` is set.
    """

    def __init__(self, file, start: int, end: int, layout, report: Progress, stop=None):
        super().__init__()
        self.fd, self.position, self.end, self.name = file.fileno(), start, end, layout.name
        self.report, self.stop = report, stop
        self.check_nul = not layout.codec.startswith("utf-16")

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.stop is not None and self.stop.is_set():
            raise Stopped
        size = self.end - self.position if size < 0 else min(size, self.end - self.position)
        try:
            data = _pread(self.fd, size, self.position)
        except OSError as err:
            raise DataError(f"{self.name}: the file cannot be read ({err.strerror})") from None
        if len(data) < size:
            raise changed(self.name)
        if self.check_nul and b"\x00" in data:
            raise binary(self.name)
        self.position += len(data)
        self.report.advance(len(data))
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _pread(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    with _SEEK_LOCK:  # Windows has no pread
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, size)


def line_ranges(file, start: int, end: int, count: int, longest: int) -> list[tuple[int, int]]:
    """About ``count`` byte ranges of whole lines covering bytes ``start`` to ``end``,
    each cut just after a ``\\n`` (one range when lines of ``longest`` bytes hold none)."""
    cuts = [start]
    for k in range(1, count):
        offset = max(start + (end - start) * k // count, cuts[-1])
        for size in (1 << 16, longest + 1):
            found = _pread(file.fileno(), size, offset).find(b"\n")
            if found >= 0:
                break
        if found < 0:
            return [(start, end)]
        cuts.append(offset + found + 1)
    cuts.append(end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


class Progress:
    """Counts the bytes read (in any thread) and calls ``progress(fraction)`` every
    :data:`PROGRESS_STEP` of ``total``, and at 1.0 when :meth:`finish` is called; raises
    :class:`LoadCancelled` when it returns False, and from then on."""

    def __init__(self, progress: Callable[[float], bool | None] | None, total: int):
        self.progress, self.total = progress, max(total, 1)
        self.done, self.reported, self.cancelled = 0, 0.0, False
        self.lock = threading.Lock()

    def advance(self, count: int) -> None:
        with self.lock:
            self.done += count
            if self.done < self.total:  # (the end is reported when all is done)
                self._report(self.done / self.total)

    def restart(self) -> None:
        """The file is read again from its start (progress resumes past the last report)."""
        self.done = 0

    def finish(self) -> None:
        with self.lock:
            self._report(1.0)

    def _report(self, fraction: float) -> None:
        if self.cancelled:
            raise LoadCancelled()
        if self.progress is None or self.reported >= 1.0:
            return
        if fraction >= 1.0 or fraction - self.reported >= PROGRESS_STEP:
            self.reported = fraction
            if self.progress(fraction) is False:
                self.cancelled = True
                raise LoadCancelled()
