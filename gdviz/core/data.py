"""Load (x, y) data from the text files a teacher exports from a spreadsheet.

:mod:`.csv_layout` works out a file's encoding, delimiter, header and columns from its
first lines; :mod:`.data_file` opens it (a regular file only) and watches it as it is
read. Then the numbers are read one of two ways. **The fast path**: pandas' C parser
reads the whole file (a large one in ranges of lines, by several threads at once); it
gives up at the first value in the x or y column that is not a finite number and at the
first row with more fields than the file has columns. **The careful path**
(:mod:`.csv_rows`) reads the text block by block, with pandas where a block is clean
and row by row around bad rows, which it counts and reports by line number.

A small file goes straight to the careful path while pandas has not been imported (the
import costs more than the reading). Every number equals Python's ``float()`` of its
text, whichever path read it. Every problem is a :class:`DataError` whose message is one
line naming the file.
"""

from __future__ import annotations

import csv
import io
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from . import csv_layout, csv_rows, data_file, model
from .csv_layout import DataError, Layout, choose_columns, display_name
from .csv_rows import Skips, Values, rows_text
from .data_file import LoadCancelled, Progress, Source, check_unchanged, opened
from .words import format_number

__all__ = [
    "DataError",
    "Dataset",
    "LoadCancelled",
    "checked_statistics",
    "fast_parser",
    "from_arrays",
    "load_dataset",
    "read_columns",
]

#: Largest file the loader reads (2 GB, about 55 million rows of two 17-digit numbers).
MAX_FILE_BYTES = 2_000_000_000
#: Files this large are read by pandas even before it has been imported.
PANDAS_MIN_BYTES = 1 << 20
#: A file with this many bytes of data is parsed in ranges of lines of about
#: :data:`RANGE_BYTES`, by as many threads as there are processors (up to 4), so that
#: memory holds the numbers and a few ranges (one call to pandas holds 3.5x the numbers).
PARALLEL_MIN_BYTES = 8 << 20
RANGE_BYTES = 4 << 20

_WORKERS = min(
    len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 4
)


@dataclass(frozen=True, eq=False)
class Dataset:
    """Paired x and y values ready for fitting ``y = m*x + b``.

    Attributes
    ----------
    x, y : numpy.ndarray
        Read-only float64 1-D arrays of the same length, all finite; x is not constant.
    path : str or None
        The source file, or None when built from arrays.
    x_name, y_name : str
        Names of the chosen columns: header names, ``"column k"`` when the file has no
        header, ``"x"`` and ``"y"`` for arrays.
    columns : tuple of str
        All column names (header names, or ``"column 1"``, ``"column 2"``, ...).
    x_column, y_column : int
        0-based indices of the chosen columns.
    skipped_rows : int
        Data rows skipped because a chosen column was missing, not a number or not
        finite, or the row had more fields than the file has columns (for arrays: points
        with a non-finite x or y).
    skipped_lines : tuple of int
        1-based file line numbers of the first few (up to 5) skipped rows.
    delimiter : str
        ``","``, ``";"``, ``"\\t"``, ``"|"``, or ``" "`` meaning runs of whitespace
        (``""`` for arrays).
    encoding : str
        The text encoding the file was read with, e.g. ``"utf-8"``, ``"utf-8-sig"``,
        ``"cp1252"``, ``"latin-1"``, ``"utf-16"`` (``""`` for arrays).
    has_header : bool
        Whether the first content row held column names.
    skipped_reason : str
        Why the first skipped row was skipped, e.g. ``"line 4: 'abc' in column 'y' is
        not a number"`` (``""`` when none was).
    """

    x: np.ndarray
    y: np.ndarray
    path: str | None
    x_name: str
    y_name: str
    columns: tuple[str, ...]
    x_column: int
    y_column: int
    skipped_rows: int
    skipped_lines: tuple[int, ...]
    delimiter: str
    encoding: str
    has_header: bool
    skipped_reason: str = ""

    @property
    def n(self) -> int:
        """Number of points."""
        return int(self.x.size)

    def summary(self) -> str:
        """One line describing the data, e.g. for a status bar.

        Example: ``"data.csv: 100 points (2 rows skipped: lines 4, 9); x (hours) from
        20.1 to 70.9, y (score) from 31.7 to 118.6"``.
        """
        skipped = ""
        if self.skipped_rows and self.path is None:
            skipped = f" ({_points(self.skipped_rows)} skipped)"
        elif self.skipped_rows:
            skipped = f" ({rows_text(self.skipped_rows)} skipped: {_lines(self)})"
        prefix = f"{display_name(self.path)}: " if self.path is not None else ""
        return (
            f"{prefix}{_points(self.n)}{skipped}; "
            f"{_axis('x', self.x_name)} from {_fmt(self.x.min())} to {_fmt(self.x.max())}, "
            f"{_axis('y', self.y_name)} from {_fmt(self.y.min())} to {_fmt(self.y.max())}"
        )

    def skipped_note(self) -> str | None:
        """One line about skipped rows, or None when nothing was skipped."""
        if not self.skipped_rows:
            return None
        if self.path is None:
            return f"{_points(self.skipped_rows)} skipped: x or y was not a finite number"
        why = self.skipped_reason or (
            f"the value for {self.x_name!r} or {self.y_name!r} was missing, "
            "not a number, or not finite"
        )
        count = rows_text(self.skipped_rows)
        return f"{display_name(self.path)}: {count} skipped ({_lines(self)}): {why}"


def from_arrays(x, y, name: str = "data") -> Dataset:
    """Build a :class:`Dataset` from two sequences of numbers.

    Pairs where x or y is not finite (nan, inf) are dropped and counted in
    ``skipped_rows``.

    Parameters
    ----------
    x, y : array_like
        One-dimensional, the same length.
    name : str
        What to call the data in error messages.

    Raises
    ------
    DataError
        If x or y is not a 1-D sequence of numbers, their lengths differ, fewer than two
        pairs are finite, or all x values are equal.
    """
    xs = _as_vector(x, "x", name)
    ys = _as_vector(y, "y", name)
    if xs.size != ys.size:
        raise DataError(f"{name}: x and y have different lengths ({xs.size} and {ys.size})")
    keep = np.isfinite(xs) & np.isfinite(ys)
    skipped = int(keep.size - np.count_nonzero(keep))
    if skipped:
        xs, ys = xs[keep], ys[keep]
    if xs.size < 2:
        raise DataError(
            f"{name}: need at least two points with finite x and y, found {xs.size}"
            + (f" ({_points(skipped)} not finite)" if skipped else "")
        )
    if xs.min() == xs.max():
        raise DataError(_constant_x(name, xs))
    return Dataset(
        x=_frozen(xs),
        y=_frozen(ys),
        path=None,
        x_name="x",
        y_name="y",
        columns=("x", "y"),
        x_column=0,
        y_column=1,
        skipped_rows=skipped,
        skipped_lines=(),
        delimiter="",
        encoding="",
        has_header=False,
    )


def load_dataset(
    path,
    x_column=None,
    y_column=None,
    *,
    progress: Callable[[float], bool | None] | None = None,
) -> Dataset:
    """Load x and y from a delimited text file.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    x_column, y_column : None, int or str
        Which columns hold x and y: an ``int`` (0-based index), a header name (case and
        surrounding spaces ignored; a name is matched first, so a column named ``"2020"``
        is found by its name), or a string of digits meaning a 0-based index. With None,
        x and y are the first two columns that hold numbers; when only one is given, the
        other is the first numeric column that is not it.
    progress : callable, optional
        Called as ``progress(fraction)`` with the fraction of the file read so far (0 to
        1) as the file is read, at most every 1%, and once with
        1.0 at the end. Returning ``False`` cancels the load (within about 256 kB); any
        other return value goes on. It runs in the thread that loads.

    Returns
    -------
    Dataset

    Raises
    ------
    LoadCancelled
        If ``progress`` returned False (a :class:`DataError` whose message is
        ``"loading cancelled"``).
    DataError
        If the file is missing, unreadable, not a regular file or not text, is larger
        than :data:`MAX_FILE_BYTES`, has a line over 1 MB, changes while it is read, has
        fewer than two columns or usable rows, nearly all its rows are unusable, all x
        values are equal, or a column choice is wrong. Rows with a missing, non-numeric
        or non-finite x or y, or more fields than there are columns, are skipped instead.
    """
    csv_layout.check_column_type(x_column, "x_column")
    csv_layout.check_column_type(y_column, "y_column")
    path = os.fsdecode(path)
    name = display_name(path)
    with opened(path, name, MAX_FILE_BYTES) as (file, info):
        layout = csv_layout.inspect(file, info.st_size, name, x_column, y_column)
        cx, cy = choose_columns(layout, x_column, y_column)
        report = Progress(progress, info.st_size - layout.data_offset)
        x, y, limits, skips, encoding = _read_numbers(file, info, layout, cx, cy, report)
    if x.size < 2:
        found = "no rows" if x.size == 0 else "only 1 row"
        raise DataError(
            f"{name}: {found} with numbers in both {layout.columns[cx]!r} and "
            f"{layout.columns[cy]!r}; need at least 2"
            + (f" ({skips.describe()})" if skips.count else "")
        )
    if limits[0] == limits[1]:
        raise DataError(_constant_x(name, x))
    report.finish()
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
    """The column names of a data file, cheaply, e.g. to offer a column picker.

    Reads only the start of a large file and parses no numbers. Names are the header's,
    or ``"column 1"``, ``"column 2"``, ... when the file has no header.

    Raises
    ------
    DataError
        If the file cannot be used (missing, binary, one column, no data rows, ...).
    """
    path = os.fsdecode(path)
    name = display_name(path)
    with opened(path, name, MAX_FILE_BYTES) as (file, info):
        return csv_layout.inspect(file, info.st_size, name).columns


def checked_statistics(dataset: Dataset) -> model.Statistics:
    """The statistics of a data set that floats can fit a line to, else a
    :class:`DataError`: :func:`gdviz.core.model.check_data`'s message after the file's
    name, e.g. ``"data.csv: y values as large as 1e+308 are too large: ..."``."""
    try:
        return model.check_data(dataset.x, dataset.y)
    except ValueError as err:
        raise DataError(f"{display_name(dataset.path)}: {err}") from None


def fast_parser() -> str | None:
    """``"pandas VERSION"`` when pandas' parser works (it has just read a small table
    right), else None (a broken install: every file is then read row by row)."""
    try:
        pandas = _pandas()
        frame = pandas.read_csv(io.StringIO("1.5,2\n3,4.25\n"), header=None, dtype=np.float64)
        ok = frame.to_numpy().tolist() == [[1.5, 2.0], [3.0, 4.25]]
    except Exception:  # a bundle missing a part, say
        return None
    return f"pandas {pandas.__version__}" if ok else None


# ------------------------------------------------------------------- reading the numbers


def _read_numbers(file, info, layout: Layout, cx: int, cy: int, report: Progress):
    """``(x, y, limits, skips, encoding)`` of every data row: by the fast path when the
    file is clean, else by the careful path; and the encoding the text turned out to have."""
    use_pandas = _use_pandas(info.st_size)
    capacity = int((info.st_size - layout.data_offset) / max(layout.line_bytes, 1.0) * 1.02) + 16
    if use_pandas:
        parsed = _read_fast(file, info, layout, cx, cy, report, capacity)
        if parsed is not None:
            check_unchanged(file, info, layout.name)
            return *parsed, Skips(layout), layout.encoding
        report.restart()
    raw = Source(file, layout.data_offset, info.st_size, layout, report)
    fast = (lambda text: _parse_text(text, layout, cx, cy)) if use_pandas else None
    x, y, skips, encoding = csv_rows.read_careful(
        io.BufferedReader(raw), layout, cx, cy, capacity, fast
    )
    check_unchanged(file, info, layout.name)
    return x, y, _limits(x, y), skips, encoding


def _use_pandas(size: int) -> bool:
    """Whether pandas reads a file of ``size`` bytes (else the careful path, row by row)."""
    return size >= PANDAS_MIN_BYTES or "pandas" in sys.modules


def _limits(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float, float]:
    """The least and greatest x, then y (zeros when there are none)."""
    if not x.size:
        return (0.0, 0.0, 0.0, 0.0)
    return float(x.min()), float(x.max()), float(y.min()), float(y.max())


def _pandas():
    """The pandas module (imported on first use: that takes a few tenths of a second)."""
    import pandas

    return pandas


def _read_csv(source, layout: Layout, cx: int, cy: int, encoding="utf-8", low_memory=True):
    """``(x, y)`` of data rows by :func:`pandas.read_csv`, or None when a row is not
    what it seems. x and y must be numbers (or it raises), the other columns are read
    as numbers when the sampled rows hold numbers there, else as text; a row with more
    fields than the columns raises; quotes are plain characters."""
    pandas = _pandas()
    options = {}
    if int(pandas.__version__.split(".")[0]) < 3:
        options["float_precision"] = "round_trip"  # pandas 3 rounds correctly anyway
    numeric = {cx, cy, *layout.numeric}
    width = len(layout.columns)
    frame = pandas.read_csv(
        source,
        sep=r"\s+" if layout.delimiter == " " else layout.delimiter,
        header=None,
        names=list(range(width)),
        dtype={k: np.float64 if k in numeric else object for k in range(width)},
        engine="c",
        decimal=layout.decimal,
        quoting=csv.QUOTE_NONE,
        encoding=encoding,
        low_memory=low_memory,
        **options,
    )
    if not isinstance(frame.index, pandas.RangeIndex):
        return None  # a first row with a field too many: pandas made that field the index
    first = frame[0]
    if first.dtype == object and first.str.lstrip().str.startswith("#", na=False).any():
        return None  # a "#" comment line whose x and y fields happen to be numbers
    return frame[cx].to_numpy(dtype=np.float64), frame[cy].to_numpy(dtype=np.float64)


def _parse_text(text: str, layout: Layout, cx: int, cy: int):
    """``(x, y)`` of some data lines by pandas, or None when one of them is not clean."""
    if not text.strip():
        return None
    try:
        columns = _read_csv(io.StringIO(text), layout, cx, cy)
    except Exception:  # a bad row: the careful path looks closer
        return None
    if columns is None or not (np.isfinite(columns[0]).all() and np.isfinite(columns[1]).all()):
        return None
    return columns


def _read_fast(file, info, layout: Layout, cx: int, cy: int, report: Progress, capacity: int):
    """``(x, y, limits)`` of a clean file by pandas, else None. A large file is
    cut into ranges of lines parsed by several threads (pandas parses without the GIL)."""
    ranges = _ranges(file, info.st_size, layout)
    stop = threading.Event()
    if len(ranges) == 1:
        return _parse_range(file, *ranges[0], layout, cx, cy, report, stop, low_memory=True)
    values, limits = Values(capacity), []
    with ThreadPoolExecutor(_WORKERS) as pool:
        try:
            pending: deque = deque()
            for start, end in ranges:
                job = (file, start, end, layout, cx, cy, report, stop, False)
                pending.append(pool.submit(_parse_range, *job))
                while pending and (len(pending) > 2 * _WORKERS or end == ranges[-1][1]):
                    parsed = pending.popleft().result()
                    if parsed is None:
                        return None
                    values.add(*parsed[:2])
                    if parsed[0].size:  # (an empty range has no limits)
                        limits.append(parsed[2])
        finally:
            stop.set()  # the other ranges stop at their next read
    low, high = np.min(limits or [(0.0,) * 4], axis=0), np.max(limits or [(0.0,) * 4], axis=0)
    return *values.arrays(), (low[0], high[1], low[2], high[3])


def _parse_range(file, start, end, layout: Layout, cx, cy, report, stop, low_memory):
    """``(x, y, limits)`` of bytes ``start`` to ``end`` of the file, or None when a value
    is not a finite number or a row is not clean. ``low_memory=False`` parses the range
    in one go (fewer holds of the GIL: the threads parse at once), for a small range."""
    try:
        source = Source(file, start, end, layout, report, stop)
        columns = _read_csv(source, layout, cx, cy, layout.codec, low_memory)
    except DataError:  # a binary or changing file, or cancelled
        raise
    except Exception:  # anything else (another range stopped too): the careful path
        return None
    if columns is None or not np.isfinite(limits := _limits(*columns)).all():
        return None
    return *columns, limits


def _ranges(file, size: int, layout: Layout) -> list[tuple[int, int]]:
    """Byte ranges of whole lines covering the data: of about :data:`RANGE_BYTES` when the
    file is large (and not UTF-16, whose line breaks are two bytes), else one."""
    start = layout.data_offset
    if layout.codec.startswith("utf-16") or size - start < PARALLEL_MIN_BYTES:
        return [(start, size)]
    count = -(-(size - start) // RANGE_BYTES)
    return data_file.line_ranges(file, start, size, count, csv_layout.MAX_LINE_BYTES)


# ------------------------------------------------------------------------------ helpers


def _as_vector(values, label: str, name: str) -> np.ndarray:
    try:
        array = np.array(values, dtype=np.float64)
    except (TypeError, ValueError):
        raise DataError(f"{name}: {label} must be a sequence of numbers") from None
    if array.ndim != 1:
        raise DataError(f"{name}: {label} must be one-dimensional (got shape {array.shape})")
    return array


def _constant_x(name: str, x: np.ndarray) -> str:
    return f"{name}: all x values are equal (x = {float(x[0])!r}); a line's slope cannot be fitted"


def _frozen(values: np.ndarray) -> np.ndarray:
    values = np.ascontiguousarray(values, dtype=np.float64)
    values.flags.writeable = False
    return values


def _fmt(value: float) -> str:
    return format_number(value, 4)


def _axis(label: str, name: str) -> str:
    return label if name == label else f"{label} ({name})"


def _lines(dataset: Dataset) -> str:
    more = ", ..." if dataset.skipped_rows > len(dataset.skipped_lines) else ""
    word = "line" if len(dataset.skipped_lines) == 1 and not more else "lines"
    return f"{word} {', '.join(map(str, dataset.skipped_lines))}{more}"


def _points(count: int) -> str:
    return f"{count} point" if count == 1 else f"{count:,} points"
