"""Load (x, y) data from the text files a teacher exports from a spreadsheet.

:func:`load_dataset` opens a regular file only (never a pipe or a device, which would
block), works out its encoding, delimiter, header and columns from its first lines, then
reads the numbers one of two ways. **The fast path**: pandas' C parser reads the file (a
large one in ranges of lines, by several threads at once); it gives up at the first x or
y that is not a finite number, a row with more fields than the file has columns, or a
comment line. **The careful path** reads the file line by line, skips the rows it cannot
use and says which, by line number; it alone reads a small file while pandas is not
imported (the import costs more than the reading). Every number equals Python's
``float()`` of its text whichever path read it. There is no memory map: a file that
shrinks, grows or is rewritten while it is read is a message, never a crash. Every
problem is a :class:`DataError` whose message is one line naming the file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import math
import os
import re
import stat
import sys
import threading
from array import array
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from . import model
from .i18n import QT_TRANSLATE_NOOP, translate
from .words import format_number

__all__ = ["DataError", "Dataset", "LoadCancelled", "checked_statistics", "fast_parser"]
__all__ += ["file_kind", "from_arrays", "load_dataset", "read_columns"]

#: Largest file the loader reads (2 GB, about 55 million rows of two 17-digit numbers).
MAX_FILE_BYTES = 2_000_000_000
#: Longest line the loader reads (1 MB); a longer one means this is not a data file.
MAX_LINE_BYTES = 1_000_000
#: Bytes read to work out the layout (more when no data line is in them), and the
#: content lines of them looked at.
PREVIEW_BYTES = 1 << 16
SAMPLE_LINES = 50
#: Files this large are read by pandas even before it has been imported (the import
#: costs more than reading a smaller file line by line).
PANDAS_MIN_BYTES = 1 << 20
#: The fast path parses ranges of lines of at most about this many bytes, by up to 4
#: threads at once (as many ranges as makes each thread parse the same number).
RANGE_BYTES = 4 << 20
_CPUS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
_WORKERS = min(_CPUS or 1, 4)
#: Reading stops, and the file is refused, once more than this many rows were skipped and
#: they outnumber the usable rows ten to one; the first few skipped lines are named.
MAX_BAD_ROWS = 1000
MAX_SKIPPED_LINES = 5

_DELIMITERS = ("\t", ";", ",", "|", " ")  # most preferred first; " ": runs of whitespace
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_NON_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
_MISSING = frozenset({"", "na", "n/a", "#n/a", "null", "none", "missing", "-", "--", "?", "."})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\udc80-\udcff]")  # bytes the encoding could not decode
_BREAK = re.compile(r"\r\n|\r|\n")
_SEP_LINE = re.compile(r'\s*"?sep=([^\r\n"])"?\1*\s*', re.IGNORECASE)  # Excel's "sep=;"
_MARKS = (  # (byte-order mark, encoding reported, codec of the bytes after the mark)
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
)
_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("data", "a folder")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("data", "a named pipe")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("data", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("data", "a device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("data", "a socket")),
)
_SEEK_LOCK = threading.Lock()


class DataError(ValueError):
    """A data file (or pair of arrays) cannot be used; ``str(err)`` is one line naming
    it, e.g. ``"data.csv: line 7: no numeric columns"``."""


class LoadCancelled(DataError):
    """The ``progress`` callback of :func:`load_dataset` asked to stop."""

    def __init__(self, message: str | None = None):
        super().__init__(translate("data", "loading cancelled") if message is None else message)


@dataclass(frozen=True, eq=False)
class Dataset:
    """Paired x and y values ready for fitting ``y = m*x + b``.

    ``x`` and ``y`` are read-only float64 arrays of the same length, all finite, x not
    constant. ``path`` is the file (None for arrays); ``x_name``/``y_name`` and
    ``x_column``/``y_column`` (0-based) the chosen columns among ``columns`` (header names,
    else ``"column 1"``, ...; ``"x"``, ``"y"`` for arrays). ``skipped_rows`` counts rows
    skipped (a missing, non-numeric or non-finite x or y, or a field too many),
    ``skipped_lines`` names the first five by line and ``skipped_reason`` says why the
    first was, e.g. ``"line 4: 'abc' in column 'y' is not a number"``. ``delimiter`` is
    ``","``, ``";"``, ``"\\t"``, ``"|"`` or ``" "`` (runs of whitespace), ``encoding`` e.g.
    ``"utf-8"``, ``"utf-8-sig"``, ``"cp1252"``, ``"utf-16"``. The defaults are those of
    data from arrays.
    """

    x: np.ndarray
    y: np.ndarray
    path: str | None = None
    x_name: str = "x"
    y_name: str = "y"
    columns: tuple[str, ...] = ("x", "y")
    x_column: int = 0
    y_column: int = 1
    skipped_rows: int = 0
    skipped_lines: tuple[int, ...] = ()
    delimiter: str = ""
    encoding: str = ""
    has_header: bool = False
    skipped_reason: str = ""

    @property
    def n(self) -> int:
        """Number of points."""
        return int(self.x.size)

    def summary(self) -> str:
        """One line describing the data, e.g. ``"data.csv: 100 points (2 rows skipped:
        lines 4, 9); x (hours) from 20.1 to 70.9, y (score) from 31.7 to 118.6"``."""
        skipped = ""
        if self.skipped_rows and self.path is None:
            skipped = translate("data", " ({count} skipped)").format(
                count=_counted(self.skipped_rows, "point")
            )
        elif self.skipped_rows:
            skipped = translate("data", " ({count} skipped: {lines})").format(
                count=_counted(self.skipped_rows, "row"), lines=self._lines()
            )
        prefix = f"{_display_name(self.path)}: " if self.path is not None else ""
        x, y = (
            translate("data", "{name} from {low} to {high}").format(
                name=label if name == label else f"{label} ({name})",
                low=format_number(values.min(), 4),
                high=format_number(values.max(), 4),
            )
            for label, name, values in (("x", self.x_name, self.x), ("y", self.y_name, self.y))
        )
        return f"{prefix}{_counted(self.n, 'point')}{skipped}; {x}, {y}"

    def skipped_note(self) -> str | None:
        """One line about skipped rows, or None when nothing was skipped."""
        if not self.skipped_rows:
            return None
        if self.path is None:
            text = (
                translate("data", "1 point skipped: x or y was not a finite number")
                if self.skipped_rows == 1
                else translate("data", "{n} points skipped: x or y was not a finite number")
            )
            return text.format(n=f"{self.skipped_rows:,}")
        text = (
            translate("data", "{name}: 1 row skipped ({lines}): {reason}")
            if self.skipped_rows == 1
            else translate("data", "{name}: {n} rows skipped ({lines}): {reason}")
        )
        reason = self.skipped_reason or translate(
            "data", "the value for {x} or {y} was missing or not a number"
        ).format(x=repr(self.x_name), y=repr(self.y_name))
        return text.format(
            name=_display_name(self.path),
            n=f"{self.skipped_rows:,}",
            lines=self._lines(),
            reason=reason,
        )

    def _lines(self) -> str:
        return _where(self.skipped_rows, self.skipped_lines)


def from_arrays(x, y, name: str = "data") -> Dataset:
    """A :class:`Dataset` of two 1-D sequences of numbers of the same length; pairs with a
    non-finite x or y are dropped and counted in ``skipped_rows``. A :class:`DataError`
    when fewer than two pairs are finite or all x values are equal."""
    xs, ys = _vector(x, "x", name), _vector(y, "y", name)
    if xs.size != ys.size:
        raise DataError(
            translate("data", "{name}: x and y have different lengths ({x} and {y})").format(
                name=name, x=xs.size, y=ys.size
            )
        )
    keep = np.isfinite(xs) & np.isfinite(ys)
    skipped = int(keep.size - np.count_nonzero(keep))
    xs, ys = (xs[keep], ys[keep]) if skipped else (xs, ys)
    if xs.size < 2:
        text = (
            translate(
                "data",
                "{name}: need at least two points with finite x and y, found {n} "
                "({count} not finite)",
            )
            if skipped
            else translate(
                "data", "{name}: need at least two points with finite x and y, found {n}"
            )
        )
        raise DataError(text.format(name=name, n=xs.size, count=_counted(skipped, "point")))
    _check_spread(name, xs)
    return Dataset(_frozen(xs), _frozen(ys), skipped_rows=skipped)


def load_dataset(path, x_column=None, y_column=None, *, progress=None) -> Dataset:
    """Load x and y from a delimited text file.

    Parameters
    ----------
    path : str or os.PathLike
    x_column, y_column : None, int or str
        An ``int`` (0-based index), a header name (case and surrounding spaces ignored;
        names are matched first, so a column named ``"2020"`` is found by its name) or a
        string of digits meaning an index. With None, x and y are the first two columns
        holding numbers; when one is given, the other is the first other numeric column.
    progress : callable, optional
        ``progress(fraction)`` of the file read (from the loading thread or one of its
        reading threads), at most every 1% and once with 1.0 at the end; returning
        ``False`` cancels (:class:`LoadCancelled`).

    Raises
    ------
    DataError
        If the file is missing, unreadable, not a regular file, not text, larger than
        :data:`MAX_FILE_BYTES`, has a line over :data:`MAX_LINE_BYTES`, changes while it
        is read, has fewer than two columns or usable rows, nearly all its rows are
        unusable, all x values are equal, or a column choice is wrong. Rows with a
        missing, non-numeric or non-finite x or y, or a field too many, are skipped.
    """
    for spec, argument in ((x_column, "x_column"), (y_column, "y_column")):
        index = isinstance(spec, (int, np.integer)) and not isinstance(spec, (bool, np.bool_))
        if not (spec is None or isinstance(spec, str) or index):
            what = f"None, a column index or a column name (got {type(spec).__name__})"
            raise TypeError(f"{argument} must be {what}")
    path = os.fsdecode(path)
    name = _display_name(path)
    with _opened(path, name) as (file, info):
        layout = _inspect(file, info.st_size, name, x_column, y_column)
        cx, cy = _choose_columns(layout, x_column, y_column)
        report = _Progress(progress, info.st_size - layout.data_offset)
        parsed = None
        if _use_pandas(info.st_size):
            parsed = _read_fast(file, info.st_size, layout, cx, cy, report)
            report.done = 0  # if read again, progress resumes past the last report
            if parsed is not None and parsed[0].size < 2:
                parsed = None  # too few rows: the careful path names every row it skips
        x, y, skips, encoding = parsed or _read_careful(file, info.st_size, layout, cx, cy, report)
        now = os.fstat(file.fileno())  # grown or rewritten meanwhile?
        if (now.st_size, now.st_mtime_ns) != (info.st_size, info.st_mtime_ns):
            raise _changed(name)
    if x.size < 2:
        raise DataError(_too_few_rows(name, x.size, layout.columns[cx], layout.columns[cy], skips))
    _check_spread(name, x)
    report.report(1.0)
    return Dataset(
        x=_frozen(x),
        y=_frozen(y),
        path=path,
        x_name=layout.columns[cx],
        y_name=layout.columns[cy],
        columns=layout.columns,
        x_column=cx,
        y_column=cy,
        skipped_rows=skips.count,
        skipped_lines=tuple(skips.lines),
        delimiter=layout.delimiter,
        encoding=encoding,
        has_header=layout.has_header,
        skipped_reason=skips.first_reason,
    )


def read_columns(path) -> tuple[str, ...]:
    """The column names of a data file, from its first lines only (no numbers parsed):
    the header's, or ``"column 1"``, ``"column 2"``, ... A :class:`DataError` when the
    file cannot be used (missing, binary, one column, no data rows, ...)."""
    path = os.fsdecode(path)
    with _opened(path, _display_name(path)) as (file, info):
        return _inspect(file, info.st_size, _display_name(path)).columns


def checked_statistics(dataset: Dataset) -> model.Statistics:
    """:func:`gdviz.core.model.check_data` of the data, its refusal a :class:`DataError`
    naming the file, e.g. ``"data.csv: y values as large as 1e+308 are too large: ..."``."""
    try:
        return model.check_data(dataset.x, dataset.y)
    except ValueError as err:
        raise DataError(f"{_display_name(dataset.path)}: {err}") from None


def fast_parser() -> str | None:
    """``"pandas VERSION"`` when pandas' parser reads a small table right, else None (a
    broken install: every file is then read line by line)."""
    try:
        pandas = _pandas()
        frame = pandas.read_csv(io.StringIO("1.5,2\n3,4.25\n"), header=None, dtype=np.float64)
        ok = frame.to_numpy().tolist() == [[1.5, 2.0], [3.0, 4.25]]
    except Exception:  # a bundle missing a part, say
        return None
    return f"pandas {pandas.__version__}" if ok else None


# ------------------------------------------------------------------- the file, safely


def file_kind(mode: int) -> str | None:
    """What a path of ``st_mode`` ``mode`` is in words, in the reader's language (``"a
    named pipe"``), None for a regular file. Data, lesson and settings files are opened
    only when this is None."""
    if stat.S_ISREG(mode):
        return None
    kind = next((kind for test, kind in _KINDS if test(mode)), None)
    return translate("data", kind) if kind else translate("data", "a special file")


def _check_regular(info: os.stat_result, name: str) -> None:
    kind = file_kind(info.st_mode)
    if stat.S_ISDIR(info.st_mode):
        raise DataError(translate("data", "{name}: is a folder, not a data file").format(name=name))
    if kind is not None:
        kind += " (FIFO)" if stat.S_ISFIFO(info.st_mode) else ""
        text = translate("data", "{name}: not a regular file but {kind}; choose a data file")
        raise DataError(text.format(name=name, kind=kind))


@contextlib.contextmanager
def _opened(path: str, name: str):
    """``(file, os.fstat(file))``: a regular file, checked before it is opened (without
    blocking, should it turn into a pipe meanwhile) and after; failures are DataErrors."""
    try:
        _check_regular(os.stat(path), name)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            file = open(fd, "rb", buffering=0)  # closed by the with below
        except BaseException:
            os.close(fd)
            raise
    except FileNotFoundError:
        raise DataError(
            translate("data", "{name}: file not found ({path})").format(
                name=name, path=os.path.abspath(path)
            )
        ) from None
    except PermissionError:
        raise DataError(
            translate("data", "{name}: permission denied; the file cannot be read").format(
                name=name
            )
        ) from None
    except OSError as err:
        raise DataError(_unreadable(name, err.strerror or err)) from None
    except DataError:
        raise
    except ValueError:  # e.g. a NUL character in the path
        raise DataError(
            translate("data", "{name}: not a usable file name").format(name=name)
        ) from None
    with file:
        info = os.fstat(file.fileno())
        _check_regular(info, name)
        if info.st_size > MAX_FILE_BYTES:
            size, most = _size_text(info.st_size), _size_text(MAX_FILE_BYTES)
            raise DataError(
                translate(
                    "data", "{name}: the file is {size}; gdviz reads files up to {most}"
                ).format(name=name, size=size, most=most)
            )
        yield file, info


def _pread(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    with _SEEK_LOCK:  # Windows has no pread
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, size)


class _Progress:
    """Counts the bytes read (in any thread) and calls ``progress(fraction)`` every 1%
    of ``total``; raises :class:`LoadCancelled` when it returns False, and from then on."""

    def __init__(self, progress: Callable[[float], bool | None] | None, total: int):
        self.progress, self.total, self.done, self.reported = progress, max(total, 1), 0, 0.0
        self.cancelled, self.lock = False, threading.Lock()

    def advance(self, count: int) -> None:
        with self.lock:
            self.done += count
            if self.done < self.total:  # (the end is reported once all is checked)
                self.report(self.done / self.total)

    def report(self, fraction: float) -> None:
        if self.cancelled:
            raise LoadCancelled()
        if self.progress is None or self.reported >= 1.0:
            return
        if fraction >= 1.0 or fraction - self.reported >= 0.01:
            self.reported = fraction
            if self.progress(fraction) is False:
                self.cancelled = True
                raise LoadCancelled()


class _Source(io.RawIOBase):
    """Bytes ``start`` to ``end`` of the open file, read by offset, counted in ``report``;
    a :class:`DataError` once the file is shorter; InterruptedError once ``stop`` is set."""

    def __init__(self, file, start: int, end: int, name: str, report: _Progress, stop=None):
        super().__init__()
        self.fd, self.position, self.end, self.name = file.fileno(), start, end, name
        self.report, self.stop = report, stop

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.stop is not None and self.stop.is_set():
            raise InterruptedError  # (another range was not clean)
        size = self.end - self.position if size < 0 else min(size, self.end - self.position)
        try:
            data = _pread(self.fd, size, self.position)
        except OSError as err:
            raise DataError(_unreadable(self.name, err.strerror)) from None
        if len(data) < size:
            raise _changed(self.name)
        self.position += size
        self.report.advance(size)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _changed(name: str) -> DataError:
    text = translate(
        "data",
        "{name}: the file changed while it was read (is another program writing it?); "
        "nothing was loaded",
    )
    return DataError(text.format(name=name))


# ------------------------------------------------------------------ the first lines


@dataclass(frozen=True)
class _Layout:
    name: str  # the file's name, for messages
    encoding: str  # as reported: "utf-8", "utf-8-sig", "utf-16", "cp1252", ...
    codec: str  # decodes the bytes from data_offset on (no byte-order mark there)
    delimiter: str
    decimal: str  # "," when the sampled numbers use decimal commas, else "."
    has_header: bool
    columns: tuple[str, ...]
    data_line: int  # 1-based line number of the first data row
    data_offset: int  # and its byte offset in the file
    numeric: list[int]  # columns holding a number in some sampled data row
    line_bytes: float  # average length of the sampled data lines


def _inspect(file, size: int, name: str, x_column=None, y_column=None) -> _Layout:
    """The layout of a file from its first :data:`PREVIEW_BYTES`, more when the data
    begins later; a column chosen by name tells that the first row is a header."""
    raw = b""
    while True:
        count = max(len(raw), PREVIEW_BYTES)
        try:
            more = file.read(count)
        except OSError as err:
            raise DataError(_unreadable(name, err.strerror or err)) from None
        raw += more
        layout = _layout(raw, name, len(more) < count or len(raw) >= size, x_column, y_column)
        if layout is not None:
            return layout
        lengths = [len(line) for line in re.split(rb"\r\n|\r|\n", raw)]
        if max(lengths) > MAX_LINE_BYTES:
            raise DataError(_long_line(name, lengths.index(max(lengths)) + 1))


def _layout(raw: bytes, name: str, complete: bool, x_column, y_column) -> _Layout | None:
    """The layout of a file beginning with ``raw`` (all of it if ``complete``), or None
    while no data line is in it: encoding, delimiter (the one Excel's ``sep=;`` first
    line names, else the one that splits the first lines most evenly), header, columns."""
    if not raw:
        raise DataError(translate("data", "{name}: the file is empty").format(name=name))
    text, encoding, codec, mark = _decode(raw, name, complete)
    if not complete:  # whole lines only (a "\r" at the end may be half of a "\r\n")
        text = text[: max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1]
    lines = _lines(text)
    sep = _SEP_LINE.fullmatch(_BREAK.split(text, maxsplit=1)[0])
    if sep:
        next(lines)
    content = (item for item in lines if item[2].strip()[:1] not in ("", "#"))
    sample = list(itertools.islice(content, SAMPLE_LINES))
    if not sample and complete:
        raise DataError(
            translate("data", "{name}: no data, only blank lines and # comments").format(name=name)
        )
    if not sample:
        return None
    delimiter = sep.group(1) if sep else _sniff_delimiter([line for *_, line in sample], name)
    rows = [(k + 1, _split_fields(line, delimiter)) for k, _, line in sample]
    has_header = _is_header(rows, delimiter != ",", x_column, y_column)
    data = rows[1:] if has_header else rows
    if not data and complete:
        raise DataError(
            translate("data", "{name}: the file has a header row but no data rows").format(
                name=name
            )
        )
    if not data:
        return None
    header = rows[0][1] if has_header else []
    if has_header:
        _check_header_width(name, delimiter, rows[0], data)
    width = max(_modal_width([fields for _, fields in data])[0], len(header))
    names = [*header, *[""] * width]
    first = sample[1 if has_header else 0]
    return _Layout(
        name=name,
        encoding=encoding,
        codec=codec,
        delimiter=delimiter,
        decimal=_decimal_mark(delimiter, data),
        has_header=has_header,
        columns=_column_names(names, width),
        data_line=data[0][0],
        data_offset=mark + len(text[: first[1]].encode(codec)),
        numeric=[k for k in range(width) if _has_numbers(data, k, delimiter != ",")],
        line_bytes=sum(len(line) + 1 for *_, line in sample[has_header:]) / len(data),
    )


def _column_names(names: list[str], width: int) -> tuple[str, ...]:
    """The header's names, ``"column 1"``, ``"column 2"``, ... where it names none."""
    unnamed = translate("data", "column {n}")
    return tuple(names[k] or unnamed.format(n=k + 1) for k in range(width))


def _lines(text: str):
    """``(0-based line index, offset in text, line)`` of each line of ``text``."""
    index, start = 0, 0
    for match in _BREAK.finditer(text):
        yield index, start, text[start : match.start()]
        index, start = index + 1, match.end()
    if start < len(text):
        yield index, start, text[start:]


def _decode(raw: bytes, name: str, final: bool) -> tuple[str, str, str, int]:
    """``(text, encoding, codec, length of the byte-order mark)``: UTF-8 or UTF-16 (with
    a mark, or without as NULs in every other byte), else cp1252, else latin-1; binary
    is refused. ``final=False`` tolerates a character cut off at the end."""
    found = next((item for item in _MARKS if raw.startswith(item[0])), None)
    mark, encoding, codec = found or (b"", "utf-8", "utf-8")
    if found is None and b"\x00" in raw:
        encoding = codec = _utf16_without_bom(raw[: len(raw) // 2 * 2])
        if codec is None:
            raise _binary(name)
    body = raw[len(mark) :]
    try:
        text = codecs.getincrementaldecoder(codec)("strict").decode(body, final=final)
    except UnicodeDecodeError:
        if codec.startswith("utf-16"):
            raise DataError(_damaged_utf16(name)) from None
        text, encoding = _redecoded(body)
        codec = encoding
    text = text.rstrip("\x1a")  # the end-of-file mark of old DOS programs
    head = text[:65536]
    if len(_CONTROL.findall(head)) * 100 > len(head):
        raise _binary(name)
    return text, encoding, codec, len(mark)


def _redecoded(raw: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8 decoded as cp1252, else latin-1 (which reads any byte)."""
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _utf16_without_bom(raw: bytes) -> str | None:
    """The UTF-16 flavour of BOM-less bytes whose NULs sit in every other byte, if any."""
    even, odd = raw[0::2], raw[1::2]
    if odd and odd.count(0) * 10 >= len(odd) * 9 and b"\x00" not in even:
        return "utf-16-le"
    if even and even.count(0) * 10 >= len(even) * 9 and b"\x00" not in odd:
        return "utf-16-be"
    return None


def _split_fields(line: str, delimiter: str) -> list[str]:
    """Fields of one line, unquoted and stripped; ``" "`` splits on runs of whitespace."""
    if '"' in line:
        try:
            line = line.strip().replace("\t", " ") if delimiter == " " else line
            reader = csv.reader([line], delimiter=delimiter, skipinitialspace=True)
            return [value.strip() for value in next(reader)]
        except csv.Error:  # e.g. a field longer than the csv module allows: drop the quotes
            line = line.replace('"', "")
    return [part.strip() for part in (line.split() if delimiter == " " else line.split(delimiter))]


def _sniff_delimiter(lines: list[str], name: str) -> str:
    """The candidate whose modal field count (at least 2) fits most lines; on a tie the
    one that reads more fields as numbers, then tab, semicolon, comma, pipe, whitespace."""
    best, best_key = None, None
    for rank, delimiter in enumerate(_DELIMITERS):
        rows = [_split_fields(line, delimiter) for line in lines]
        modal, frequency = _modal_width(rows)
        values = [value for fields in rows for value in fields]
        numbers = sum(_classify(value, delimiter != ",") == "number" for value in values)
        key = (frequency / len(rows), numbers / len(values), -rank)
        if modal >= 2 and (best_key is None or key > best_key):
            best, best_key = delimiter, key
    if best is None:
        raise DataError(
            translate("data", "{name}: only one column found; need two columns (x and y)").format(
                name=name
            )
        )
    return best


def _modal_width(rows: list[list[str]]) -> tuple[int, int]:
    """The most common number of fields (the larger on a tie) and how many rows have it."""
    return max(Counter(map(len, rows)).items(), key=lambda item: (item[1], item[0]))


def _is_header(rows, decimal_comma: bool, x_column, y_column) -> bool:
    """Whether the first row names the columns: one of its fields in the columns that
    matter (the chosen ones, else the first two holding numbers further down) is a word,
    not a number nor a missing-value marker such as "NA". A column chosen by name makes
    any word count, and so does a name that looks like a number (``"2020"``)."""
    first = rows[0][1]
    names = [field.casefold() for field in first]
    specs = [spec for spec in (x_column, y_column) if spec is not None]
    for spec in specs:  # a name in the first row that cannot be a column index
        if isinstance(spec, str) and spec.strip().casefold() in names:
            if not _is_index_text(spec) or int(spec) >= len(names):
                return True
    if any(isinstance(spec, str) and not _is_index_text(spec) for spec in specs):
        candidates = list(range(len(first)))
    elif specs:
        candidates = [int(spec) for spec in specs]
    elif len(rows) > 1:
        numeric = [k for k in range(len(first)) if _has_numbers(rows[1:], k, decimal_comma)]
        candidates = numeric[:2] or [0, 1]
    else:
        candidates = list(range(len(first)))
    return any(
        0 <= k < len(first) and _classify(first[k], decimal_comma) == "word" for k in candidates
    )


def _has_numbers(rows, column: int, decimal_comma: bool) -> bool:
    return any(
        column < len(fields) and _classify(fields[column], decimal_comma) == "number"
        for _, fields in rows
    )


def _check_header_width(name: str, delimiter: str, header, data) -> None:
    """Refuse a file whose rows mostly hold more values than its header names: under
    ``x,y``, ``1,234.5,2`` may be x = 1234.5 or x = 1, y = 234.5 (a row or two like that
    are skipped instead, by line)."""
    named = len(_trimmed(header[1]))
    wider = [(line, fields) for line, fields in data if len(_trimmed(fields)) > named]
    if len(wider) * 2 > len(data):
        line, fields = wider[0]
        text = (
            translate(
                "data",
                "{name}: line {line} has {count} values but the header (line {header}) names "
                "{named} columns: is ',' also a thousands separator (as in 1,234.5)? Save the "
                "file without thousands separators, or with ';' between the columns",
            )
            if delimiter == ","
            else translate(
                "data",
                "{name}: line {line} has {count} values but the header (line {header}) names "
                "{named} columns: give every column a name in the header",
            )
        )
        count = len(_trimmed(fields))
        raise DataError(
            text.format(name=name, line=line, count=count, header=header[0], named=named)
        )


def _trimmed(fields: list[str]) -> list[str]:
    """``fields`` without the empty ones at the end (a trailing delimiter)."""
    while fields and not fields[-1]:
        fields = fields[:-1]
    return fields


def _decimal_mark(delimiter: str, rows) -> str:
    """``","`` when a sampled number is written with a decimal comma, else ``"."``."""
    commas = delimiter != "," and any(
        "," in value and _classify(value, True) == "number"
        for _, fields in rows
        for value in fields
    )
    return "," if commas else "."


def _number(value: str, decimal_comma: bool) -> float | None:
    """The finite number a field holds, else None (``1,5`` is 1.5 if ``decimal_comma``)."""
    if decimal_comma and "," in value:
        value = value.replace(",", ".")
    if _NUMBER.fullmatch(value):
        number = float(value)
        return number if math.isfinite(number) else None
    return None


def _classify(value: str, decimal_comma: bool) -> str:
    """What a field holds: "number", "non-finite", "missing" or "word"."""
    if _number(value, decimal_comma) is not None:
        return "number"
    if _NUMBER.fullmatch(value.replace(",", ".") if decimal_comma else value):
        return "non-finite"  # too large for a float, e.g. 1e999
    if _NON_FINITE.fullmatch(value):
        return "non-finite"
    return "missing" if value.lower() in _MISSING else "word"


# ------------------------------------------------------------------------ column choice


def _is_index_text(spec: str) -> bool:
    spec = spec.strip()
    return spec.isascii() and spec.isdigit()


def _choose_columns(layout: _Layout, x_column, y_column) -> tuple[int, int]:
    """0-based (x, y) column indices from the user's choice (see :func:`load_dataset`)."""
    cx, cy = _resolve_column(layout, x_column), _resolve_column(layout, y_column)
    if cx is None and cy is None:
        if not layout.numeric:
            raise DataError(
                translate("data", "{name}: line {line}: no numeric columns").format(
                    name=layout.name, line=layout.data_line
                )
            )
        if len(layout.numeric) == 1:
            text = translate(
                "data",
                "{name}: only one column holds numbers ({column}); need two columns (x and y)",
            )
            column = repr(layout.columns[layout.numeric[0]])
            raise DataError(text.format(name=layout.name, column=column))
        cx, cy = layout.numeric[:2]
    elif cx is None or cy is None:  # the first numeric column not taken, else any other
        taken = cy if cx is None else cx
        other = next(k for k in [*layout.numeric, *range(len(layout.columns))] if k != taken)
        cx, cy = (other, cy) if cx is None else (cx, other)
    if cx == cy:
        text = translate(
            "data", "{name}: x and y are both column {column}; choose two different columns"
        )
        raise DataError(text.format(name=layout.name, column=repr(layout.columns[cx])))
    return cx, cy


def _resolve_column(layout: _Layout, spec) -> int | None:
    if spec is None:
        return None
    count = len(layout.columns)
    if isinstance(spec, str):
        wanted = spec.strip().casefold()
        for index, column in enumerate(layout.columns):
            if column.strip().casefold() == wanted:
                return index
        if not _is_index_text(spec):
            available = ", ".join(repr(column) for column in layout.columns)
            text = translate("data", "{name}: column {column} not found (available: {available})")
            raise DataError(text.format(name=layout.name, column=repr(spec), available=available))
    if not 0 <= int(spec) < count:
        text = translate(
            "data",
            "{name}: column index {index} is out of range; the file has {count} columns "
            "(indices 0 to {last})",
        )
        raise DataError(text.format(name=layout.name, index=int(spec), count=count, last=count - 1))
    return int(spec)


# --------------------------------------------------------------------- the fast path


def _use_pandas(size: int) -> bool:
    """Whether pandas reads a file of ``size`` bytes first (else it is read line by line)."""
    return size >= PANDAS_MIN_BYTES or "pandas" in sys.modules


def _pandas():
    """The pandas module (imported on first use: that takes a few tenths of a second)."""
    import pandas

    return pandas


def _read_fast(file, size: int, layout: _Layout, cx: int, cy: int, report: _Progress):
    """``(x, y, skips, encoding)`` of a clean file by pandas, else None. A large file is
    cut into ranges of lines parsed by several threads (pandas parses without the GIL),
    their numbers copied in order into arrays sized from the sampled lines."""
    ranges = _ranges(file.fileno(), layout.data_offset, size, layout.codec)
    stop = threading.Event()

    def parse(start: int, end: int):
        try:
            source = _Source(file, start, end, layout.name, report, stop)
            return _read_csv(source, layout, cx, cy, low_memory=end - start > 2 * RANGE_BYTES)
        except DataError:  # a changing file, or cancelled
            raise
        except Exception:  # a row pandas cannot read, or another range was not clean
            return None

    rows = int((size - layout.data_offset) / max(layout.line_bytes, 1.0) * 1.02) + 16
    xy, n = np.empty((2, rows)), 0
    with ThreadPoolExecutor(_WORKERS) as pool:
        try:
            pending: deque = deque()
            for index, span in enumerate(ranges):
                pending.append(pool.submit(parse, *span))
                while pending and (len(pending) > 2 * _WORKERS or index == len(ranges) - 1):
                    part = pending.popleft().result()
                    if part is None:
                        return None
                    end = n + len(part[0])
                    if end > xy.shape[1]:  # more rows than estimated
                        xy = np.concatenate([xy[:, :n], np.empty((2, end + xy.shape[1] // 2))], 1)
                    xy[0, n:end], xy[1, n:end], n = *part, end
        finally:
            stop.set()  # the other ranges stop at their next read
    xy = xy[:, :n].copy() if n < 0.9 * xy.shape[1] else xy[:, :n]  # give spare memory back
    return xy[0], xy[1], _Skips(layout.name), layout.encoding


def _ranges(fd: int, start: int, end: int, codec: str) -> list[tuple[int, int]]:
    """Byte ranges of whole lines of about :data:`RANGE_BYTES` covering the data (one for
    UTF-16, whose line breaks are two bytes, or when no line break is near a cut)."""
    count = -(-(end - start) // RANGE_BYTES)
    count = -(-count // _WORKERS) * _WORKERS if count > 1 else 1
    cuts = [start]
    for k in range(1, 1 if codec.startswith("utf-16") else count):
        offset = max(start + (end - start) * k // count, cuts[-1])
        found = _pread(fd, 1 << 16, offset).find(b"\n")
        if found < 0:
            return [(start, end)]
        cuts.append(offset + found + 1)
    return [(a, b) for a, b in itertools.pairwise([*cuts, end]) if b > a]


def _read_csv(source, layout: _Layout, cx: int, cy: int, low_memory: bool):
    """``(x, y)`` of data rows by :func:`pandas.read_csv`, or None when they are not all
    finite numbers or a row is a ``#`` comment. The other columns are read as numbers when
    the sampled rows hold numbers there, else as text; a row with a field too many raises
    (or becomes the index, on the first row); quotes are plain characters."""
    pandas = _pandas()
    numeric, width = {cx, cy, *layout.numeric}, len(layout.columns)
    old = {"float_precision": "round_trip"} if int(pandas.__version__.split(".")[0]) < 3 else {}
    frame = pandas.read_csv(
        source,
        sep=r"\s+" if layout.delimiter == " " else layout.delimiter,
        header=None,
        names=list(range(width)),
        dtype={k: np.float64 if k in numeric else object for k in range(width)},
        engine="c",
        decimal=layout.decimal,
        quoting=csv.QUOTE_NONE,
        encoding=layout.codec,
        low_memory=low_memory,  # (for a large range only: a small one parses faster at once)
        na_filter=False,
        **old,  # (pandas 3 rounds correctly anyway)
    )
    first = frame[0]
    if not isinstance(frame.index, pandas.RangeIndex) or (
        first.dtype == object and first.str.lstrip().str.startswith("#", na=False).any()
    ):
        return None
    x, y = frame[cx].to_numpy(np.float64), frame[cy].to_numpy(np.float64)
    return (x, y) if np.isfinite(x).all() and np.isfinite(y).all() else None


# ------------------------------------------------------------------ the careful path


def _read_careful(file, size: int, layout: _Layout, cx: int, cy: int, report: _Progress):
    """``(x, y, skips, encoding)`` of the data rows, read line by line. Rows that cannot
    be used are skipped and counted (:class:`_Skips`); bytes the encoding cannot read make
    a line cp1252 (or latin-1) text."""
    source = io.BufferedReader(_Source(file, layout.data_offset, size, layout.name, report))
    text = io.TextIOWrapper(source, layout.codec, errors="surrogateescape", newline=None)
    xs, ys, skips, encoding = array("d"), array("d"), _Skips(layout.name), layout.encoding
    width = len(layout.columns)
    decimal_comma = layout.delimiter != ","
    lines = iter(lambda: text.readline(MAX_LINE_BYTES + 1), "")
    try:
        for number, line in enumerate(lines, layout.data_line):
            line = line.rstrip("\n\x1a")  # (and the end-of-file mark of old DOS programs)
            if len(line) > MAX_LINE_BYTES:
                raise DataError(_long_line(layout.name, number))
            if "\x00" in line:
                raise _binary(layout.name)
            if not line.isascii() and _SURROGATE.search(line):
                line, encoding = _redecoded(line.encode(layout.codec, "surrogateescape"))
            if line.strip()[:1] in ("", "#"):
                continue
            fields = _split_fields(line, layout.delimiter)
            x = _number(fields[cx], decimal_comma) if len(fields) > cx else None
            y = _number(fields[cy], decimal_comma) if len(fields) > cy else None
            if x is None or y is None or (len(fields) > width and any(fields[width:])):
                # why is said of the first skipped row only (the words cost a translation)
                why = "" if skips.count else _skip_reason(layout, fields, cx, cy, decimal_comma)
                skips.add(number, why, len(xs))
            else:
                xs.append(x)
                ys.append(y)
    except UnicodeDecodeError:
        raise DataError(_damaged_utf16(layout.name)) from None
    return np.array(xs), np.array(ys), skips, encoding


def _skip_reason(layout: _Layout, fields: list[str], cx: int, cy: int, decimal_comma: bool):
    """Why a data row is skipped: a field too many, too few fields, or a bad x or y."""
    width = len(layout.columns)
    if len(fields) > width and any(fields[width:]):
        if layout.has_header:
            text = (
                translate("data", "{count} fields where the header has {width}")
                if decimal_comma
                else translate(
                    "data",
                    "{count} fields where the header has {width} "
                    "(is ',' also a thousands separator?)",
                )
            )
        else:
            text = (
                translate("data", "{count} fields where the other rows have {width}")
                if decimal_comma
                else translate(
                    "data",
                    "{count} fields where the other rows have {width} "
                    "(is ',' also a thousands separator?)",
                )
            )
        return text.format(count=len(fields), width=width)
    if len(fields) < max(cx, cy) + 1:
        missing = repr(layout.columns[cx if cx >= len(fields) else cy])
        text = (
            translate("data", "only 1 field, no value for {column}")
            if len(fields) == 1
            else translate("data", "only {n} fields, no value for {column}")
        )
        return text.format(n=f"{len(fields):,}", column=missing)
    column = cx if _number(fields[cx], decimal_comma) is None else cy
    return _bad_value(layout.columns[column], fields[column], decimal_comma)


def _bad_value(column: str, value: str, decimal_comma: bool) -> str:
    kind = _classify(value, decimal_comma)
    shown = value if len(value) <= 24 else value[:21] + "..."
    if kind == "missing" and value:
        text = translate("data", "the value for {column} is missing ({value})")
    elif kind == "missing":
        text = translate("data", "the value for {column} is empty")
    elif kind == "non-finite":
        text = translate("data", "{value} in column {column} is not a finite number")
    else:
        text = translate("data", "{value} in column {column} is not a number")
    return text.format(column=repr(column), value=repr(shown))


class _Skips:
    """Rows skipped: how many, where (the first few), and why the first one was."""

    def __init__(self, name: str) -> None:
        self.name, self.count, self.lines, self.first_reason = name, 0, [], ""

    def add(self, line: int, reason: str, kept: int) -> None:
        """Count a skipped row (``reason``: why, for the first one; later ones may pass
        ""); refuse the file once nearly all its rows are unusable."""
        if not self.count:
            self.first_reason = translate("data", "line {line}: {reason}").format(
                line=line, reason=reason
            )
        self.count += 1
        if len(self.lines) < MAX_SKIPPED_LINES:
            self.lines.append(line)
        if self.count > MAX_BAD_ROWS and self.count > 10 * kept:
            text = (
                translate(
                    "data",
                    "{name}: reading stopped at line {line}, with only 1 row usable so far "
                    "({skipped})",
                )
                if kept == 1
                else translate(
                    "data",
                    "{name}: reading stopped at line {line}, with only {n} rows usable so far "
                    "({skipped})",
                )
            )
            raise DataError(
                text.format(name=self.name, line=line, n=f"{kept:,}", skipped=self.describe())
            )

    def describe(self) -> str:
        """E.g. "2 rows skipped: lines 4, 9; line 4: 'abc' in column 'y' is not a number"."""
        text = (
            translate("data", "1 row skipped: {lines}; {reason}")
            if self.count == 1
            else translate("data", "{n} rows skipped: {lines}; {reason}")
        )
        where = _where(self.count, self.lines)
        return text.format(n=f"{self.count:,}", lines=where, reason=self.first_reason)


# ------------------------------------------------------------------------------ helpers


def _display_name(path: str | None) -> str:
    """The file's name for messages (its repr when it holds unprintable characters)."""
    name = os.path.basename(os.path.normpath(path)) if path else "data"
    return name if name.isprintable() else repr(name)


def _size_text(size: int) -> str:
    """A file size for a message: ``"3.1 GB"``, ``"2 GB"``, ``"1 MB"``."""
    return f"{size / 1e9:.2g} GB" if size >= 1e9 else f"{size / 1e6:.2g} MB"


def _long_line(name: str, line: int) -> str:
    text = translate(
        "data",
        "{name}: line {line} is longer than {size}; gdviz reads data files with shorter "
        "lines (is this a data file?)",
    )
    return text.format(name=name, line=line, size=_size_text(MAX_LINE_BYTES))


def _damaged_utf16(name: str) -> str:
    return translate("data", "{name}: cannot be read as UTF-16 text (damaged file?)").format(
        name=name
    )


def _unreadable(name: str, reason) -> str:
    return translate("data", "{name}: the file cannot be read ({reason})").format(
        name=name, reason=reason
    )


def _binary(name: str) -> DataError:
    return DataError(
        translate("data", "{name}: looks like a binary file, not text data").format(name=name)
    )


def _counted(count: int, word: str) -> str:
    """:func:`_count` of points or rows in the reader's language."""
    if word == "point":
        text = translate("data", "1 point") if count == 1 else translate("data", "{n} points")
    else:
        text = translate("data", "1 row") if count == 1 else translate("data", "{n} rows")
    return text.format(n=f"{count:,}")


def _where(count: int, lines) -> str:
    """``"line 4"``, ``"lines 4, 9"``, ``"lines 4, 9, 11, 12, 15, ..."``."""
    text = (
        translate("data", "line {numbers}") if count == 1 else translate("data", "lines {numbers}")
    )
    more = ", ..." if count > len(lines) else ""
    return text.format(numbers=", ".join(map(str, lines)) + more)


def _too_few_rows(name: str, count: int, x: str, y: str, skips: _Skips) -> str:
    """Fewer than two rows hold numbers in both chosen columns."""
    if count == 0:
        text = (
            translate(
                "data",
                "{name}: no rows with numbers in both {x} and {y}; need at least 2 ({skipped})",
            )
            if skips.count
            else translate(
                "data", "{name}: no rows with numbers in both {x} and {y}; need at least 2"
            )
        )
    else:
        text = (
            translate(
                "data",
                "{name}: only 1 row with numbers in both {x} and {y}; need at least 2 ({skipped})",
            )
            if skips.count
            else translate(
                "data", "{name}: only 1 row with numbers in both {x} and {y}; need at least 2"
            )
        )
    skipped = skips.describe() if skips.count else ""
    return text.format(name=name, x=repr(x), y=repr(y), skipped=skipped)


def _vector(values, label: str, name: str) -> np.ndarray:
    try:
        array_ = np.array(values, dtype=np.float64)
    except (TypeError, ValueError):
        text = translate("data", "{name}: {label} must be a sequence of numbers")
        raise DataError(text.format(name=name, label=label)) from None
    if array_.ndim != 1:
        text = translate("data", "{name}: {label} must be one-dimensional (got shape {shape})")
        raise DataError(text.format(name=name, label=label, shape=array_.shape))
    return array_


def _check_spread(name: str, x: np.ndarray) -> None:
    if x.min() == x.max():
        text = translate(
            "data", "{name}: all x values are equal (x = {x}); a line's slope cannot be fitted"
        )
        raise DataError(text.format(name=name, x=repr(float(x[0]))))


def _frozen(values: np.ndarray) -> np.ndarray:
    values = np.ascontiguousarray(values, dtype=np.float64)
    values.flags.writeable = False
    return values
