"""Load (x, y) data from the text files a teacher exports from a spreadsheet.

The loader looks at the start of a file (the first megabyte) and works out, in this order:

1. the text encoding: UTF-8 (with or without a byte-order mark), UTF-16 (with a
   byte-order mark, as Excel's "Unicode text"), otherwise cp1252, and latin-1 for
   bytes cp1252 leaves undefined; binary files are refused;
2. the line endings (``\\n``, ``\\r\\n`` or ``\\r``), blank lines and ``#`` comment lines,
   keeping the original line numbers for messages;
3. the delimiter (comma, semicolon, tab, pipe or runs of whitespace), sniffed from the
   first lines with the :mod:`csv` module so quoted fields count right;
4. whether the first row is a header, and which two columns hold x and y.

Then it reads the numbers block by block (about a megabyte at a time, so a file of ten
million rows never sits in memory as text, and a ``progress`` callback can follow and
cancel the load):

5. a block of clean rows is parsed in one go: :func:`numpy.fromstring` on the block with
   its delimiters and line breaks turned into commas, after numpy has checked that every
   line holds the same number of fields; or, for a whole large file, by
   :func:`pandas.read_csv` (see :data:`PANDAS_MIN_BYTES`; pandas is a dependency, and
   without it numpy reads every file);
6. a block that is not clean (a comment, a blank line, a quoted field, a missing or bad
   value) goes to :func:`numpy.loadtxt`, and line by line only the parts of it that hold
   a bad row, so that skipped rows are counted and reported with their line numbers.

Every number equals Python's ``float()`` of its text (correctly rounded): numpy's and
pandas' parsers both round correctly, and the tests check it.

Limits, so that no file makes the program hang: files up to :data:`MAX_FILE_BYTES`
(2 GB) and lines up to :data:`MAX_LINE_BYTES` (1 MB) are read; larger ones are refused
with a message. Every problem is a :class:`DataError` whose message is one line naming
the file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import math
import mmap
import os
import re
import stat
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np

from .words import format_number

__all__ = [
    "DataError",
    "Dataset",
    "LoadCancelled",
    "fast_parser",
    "from_arrays",
    "load_dataset",
    "read_columns",
]

#: Content lines looked at to find the delimiter, the header and the numeric columns.
SAMPLE_LINES = 50
#: Lines per block in the careful parse; a block without a bad row is parsed by numpy.
CHUNK_LINES = 10_000
#: Bytes :func:`read_columns` reads, and the start of a file the loader inspects.
PREVIEW_BYTES = 1 << 20
#: How many skipped line numbers a :class:`Dataset` keeps.
MAX_SKIPPED_LINES = 5
#: Largest file the loader reads (2 GB, about 55 million rows of two 17-digit numbers).
MAX_FILE_BYTES = 2_000_000_000
#: Longest line the loader reads (1 MB); a longer one means this is not a data file.
MAX_LINE_BYTES = 1_000_000
#: Bytes parsed at a time (a block ends at a line break).
BLOCK_BYTES = 1 << 20
#: Files at least this large are parsed with pandas when it is installed (its import
#: costs a few tenths of a second, so small files do not wait for it); once pandas has
#: been imported, files from :data:`PANDAS_IMPORTED_MIN_BYTES` on.
PANDAS_MIN_BYTES = 1 << 23
PANDAS_IMPORTED_MIN_BYTES = 1 << 20
#: Larger files are read by pandas in chunks (2.5% of the rows at a time), smaller ones in
#: one call: faster, but pandas then holds all the text besides the numbers.
PANDAS_ONE_CALL_BYTES = 64 << 20
#: Use pandas for large files when it is installed; set False to use numpy alone.
USE_PANDAS = True
#: How often (as a fraction of the file) a ``progress`` callback is called, at most.
PROGRESS_STEP = 0.01

# Candidate delimiters, most preferred first; " " means runs of whitespace.
_DELIMITERS = ("\t", ";", ",", "|", " ")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_NON_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
_MISSING = frozenset({"", "na", "n/a", "#n/a", "null", "none", "missing", "-", "--", "?", "."})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DOS_EOF = "\x1a"
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


class DataError(ValueError):
    """A data file (or pair of arrays) cannot be used.

    ``str(err)`` is one line a student understands, naming the file, and the line number
    or value where that helps, e.g. ``"data.csv: line 7: no numeric columns"``.
    """


class LoadCancelled(DataError):
    """The ``progress`` callback of :func:`load_dataset` asked to stop.

    ``str(err)`` is ``"loading cancelled"``.
    """

    def __init__(self, message: str = "loading cancelled"):
        super().__init__(message)


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
        finite (for arrays: points with a non-finite x or y).
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
            skipped = f" ({_rows(self.skipped_rows)} skipped: {_lines(self)})"
        prefix = f"{_display_name(self.path)}: " if self.path is not None else ""
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
        return (
            f"{_display_name(self.path)}: {_rows(self.skipped_rows)} skipped ({_lines(self)}): "
            f"the value for {self.x_name!r} or {self.y_name!r} was missing, "
            "not a number, or not finite"
        )


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
    _check_x_varies(xs, name)
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
        surrounding spaces ignored), or a string of digits meaning a 0-based index. With
        None, x and y are the first two columns that hold numbers; when only one is
        given, the other is the first numeric column that is not it.
    progress : callable, optional
        Called as ``progress(fraction)`` with the fraction of the file read so far (0 to
        1) as the file is read, at most every 1% (:data:`PROGRESS_STEP`): after each
        block of :data:`BLOCK_BYTES`, or each 2.5% of the rows pandas reads; and once
        with 1.0 at the end. Returning ``False`` cancels the load (within a block); any
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
        If the file is missing or unreadable, is not text, is larger than
        :data:`MAX_FILE_BYTES` or has a line longer than :data:`MAX_LINE_BYTES`, has
        fewer than two columns or fewer than two usable rows, all x values are equal,
        or a column choice is wrong. Rows with a missing, non-numeric or non-finite value
        in a chosen column are skipped instead, and counted.
    """
    _check_column_type(x_column, "x_column")
    _check_column_type(y_column, "y_column")
    path = os.fsdecode(path)
    name = _display_name(path)
    with _opened(path, name) as (stream, size):
        layout = _inspect_stream(stream, size, path, x_column, y_column)
        cx, cy = _choose_columns(layout, x_column, y_column)
        xs, ys, skips, encoding = _read_numbers(stream, size, layout, cx, cy, progress)
    if xs.size < 2:
        found = "no rows" if xs.size == 0 else "only 1 row"
        raise DataError(
            f"{name}: {found} with numbers in both {layout.columns[cx]!r} and "
            f"{layout.columns[cy]!r}; need at least 2"
            + (f" ({skips.describe()})" if skips.count else "")
        )
    _check_x_varies(xs, name)
    return Dataset(
        x=_frozen(xs),
        y=_frozen(ys),
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
    name = _display_name(path)
    with _opened(path, name) as (stream, size):
        return _inspect_stream(stream, size, path, None, None).columns


# --------------------------------------------------------------------------- file layout


@dataclass(frozen=True)
class _Layout:
    """What the first lines of a file say about it."""

    path: str
    name: str  # the file's name, for messages
    encoding: str
    delimiter: str
    has_header: bool
    columns: tuple[str, ...]
    data_index: int  # 0-based line index of the first data row
    sample_rows: list[tuple[int, list[str]]]  # (line number, fields) of the first data rows
    numeric_columns: list[int]  # columns holding a number in some sampled data row
    head: bytes  # the bytes inspected: the start of the file (all of it when small)
    line_bytes: float  # average length in bytes of the sampled data lines

    @property
    def decimal_comma(self) -> bool:
        return self.delimiter != ","


@contextlib.contextmanager
def _opened(path: str, name: str) -> Iterator[tuple[BinaryIO, int]]:
    """``with _opened(path, name) as (stream, size)``: the file opened to read bytes, and
    its size; every way of failing is a :class:`DataError`."""
    try:
        if os.path.isdir(path):
            raise DataError(f"{name}: is a folder, not a data file")
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise DataError(f"{name}: not a regular file (a device or a pipe?)")
        stream = open(path, "rb")  # closed by the with below
    except FileNotFoundError:
        raise DataError(f"{name}: file not found ({os.path.abspath(path)})") from None
    except PermissionError:
        raise DataError(f"{name}: permission denied; the file cannot be read") from None
    except IsADirectoryError:
        raise DataError(f"{name}: is a folder, not a data file") from None
    except OSError as err:
        raise DataError(f"{name}: the file cannot be read ({err.strerror or err})") from None
    except DataError:
        raise
    except ValueError:  # e.g. a NUL character in the path
        raise DataError(f"{name}: not a usable file name") from None
    with stream:
        if info.st_size > MAX_FILE_BYTES:
            raise DataError(
                f"{name}: the file is {_size_text(info.st_size)}; gdviz reads files up to "
                f"{_size_text(MAX_FILE_BYTES)}"
            )
        yield stream, info.st_size


def _read(stream, name: str, count: int) -> bytes:
    """Up to ``count`` bytes from ``stream`` (fewer at the end of the file)."""
    try:
        return stream.read(count)
    except OSError as err:
        raise DataError(f"{name}: the file cannot be read ({err.strerror or err})") from None


def _inspect_stream(stream, size: int, path: str, x_column, y_column) -> _Layout:
    """The layout from the first :data:`PREVIEW_BYTES` of ``stream``, more if need be.

    Leaves ``stream`` just after the bytes inspected (``layout.head``).
    """
    name = _display_name(path)
    raw = _read(stream, name, PREVIEW_BYTES)
    complete = len(raw) < PREVIEW_BYTES or len(raw) >= size
    while True:
        try:
            return _inspect(raw, path, x_column, y_column, complete)
        except _NeedMore:
            if _longest_line(raw) > MAX_LINE_BYTES:
                raise DataError(_long_line(name, raw)) from None
            wanted = max(len(raw), PREVIEW_BYTES)
            more = _read(stream, name, wanted)
            complete = len(more) < wanted
            raw += more


class _NeedMore(Exception):
    """The bytes inspected hold no complete data line yet."""


def _inspect(raw: bytes, path: str, x_column, y_column, complete: bool) -> _Layout:
    """The layout of a file that starts with ``raw`` (and is just that if ``complete``)."""
    name = _display_name(path)
    if not raw:
        raise DataError(f"{name}: the file is empty")
    text, encoding = _decode(raw, name, final=complete)
    if not complete:  # drop the last, possibly partial, line
        text = text[: max(text.rfind("\n"), text.rfind("\r")) + 1]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")

    sample = list(itertools.islice(_content_lines(text), SAMPLE_LINES))
    if not sample:
        if not complete:  # a gigantic first line, or many comments: look further
            raise _NeedMore
        raise DataError(f"{name}: no data, only blank lines and # comments")

    delimiter = _sniff_delimiter([line for _, _, line in sample], name)
    decimal_comma = delimiter != ","
    rows = [(index + 1, _split_fields(line, delimiter)) for index, _, line in sample]
    has_header = _is_header(rows, decimal_comma, x_column, y_column)
    data_rows = rows[1:] if has_header else rows
    if not data_rows:
        if not complete:
            raise _NeedMore
        raise DataError(f"{name}: the file has a header row but no data rows")

    width = _modal_width([fields for _, fields in rows])[0]
    header = rows[0][1] if has_header else []
    width = max(width, len(header))
    columns = tuple(
        header[k] if k < len(header) and header[k] else f"column {k + 1}" for k in range(width)
    )
    data_sample = sample[1:] if has_header else sample
    line_chars = sum(len(line) + 1 for _, _, line in data_sample) / len(data_sample)
    return _Layout(
        path=path,
        name=name,
        encoding=encoding,
        delimiter=delimiter,
        has_header=has_header,
        columns=columns,
        data_index=data_sample[0][0],
        sample_rows=data_rows,
        numeric_columns=[k for k in range(width) if _has_numbers(data_rows, k, decimal_comma)],
        head=raw,
        line_bytes=line_chars,  # UTF-16 is read as UTF-8 (see _read_numbers)
    )


def _longest_line(raw: bytes) -> int:
    """Length of the longest line in ``raw`` (the last one may go on)."""
    if b"\r" in raw:
        raw = raw.replace(b"\r", b"\n")
    longest, start = 0, 0
    while True:
        end = raw.find(b"\n", start)
        if end < 0:
            return max(longest, len(raw) - start)
        longest = max(longest, end - start)
        start = end + 1


def _long_line(name: str, raw: bytes, first_line: int = 1) -> str:
    """The message for a line longer than :data:`MAX_LINE_BYTES` in ``raw``."""
    lines = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    index = next((k for k, line in enumerate(lines) if len(line) > MAX_LINE_BYTES), 0)
    return (
        f"{name}: line {first_line + index} is longer than {_size_text(MAX_LINE_BYTES)}; "
        "gdviz reads data files with shorter lines (is this a data file?)"
    )


def _decode(raw: bytes, name: str, final: bool = True) -> tuple[str, str]:
    """Decode bytes; ``final=False`` tolerates a character cut off at the end."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in raw:
        encoding = _utf16_without_bom(raw)
        if encoding is None:
            raise _binary(name)
    elif raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = codecs.getincrementaldecoder(encoding)("strict").decode(raw, final=final)
    except UnicodeDecodeError:
        if encoding.startswith("utf-16"):
            raise DataError(f"{name}: cannot be read as UTF-16 text (damaged file?)") from None
        try:
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = raw.decode("latin-1"), "latin-1"
    text = text.rstrip(_DOS_EOF)  # the end-of-file mark of old DOS programs
    head = text[:65536]
    if len(_CONTROL.findall(head)) * 100 > len(head):
        raise _binary(name)
    return text, encoding


def _binary(name: str) -> DataError:
    return DataError(f"{name}: looks like a binary file, not text data")


def _utf16_without_bom(raw: bytes) -> str | None:
    """The UTF-16 flavour of BOM-less bytes whose NULs sit in every other byte, if any."""
    if len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    if odd.count(0) * 10 >= len(odd) * 9 and b"\x00" not in even:
        return "utf-16-le"
    if even.count(0) * 10 >= len(even) * 9 and b"\x00" not in odd:
        return "utf-16-be"
    return None


def _content_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``(0-based line index, offset in text, line)`` of lines not blank nor comments."""
    index, pos, end_of_text = 0, 0, len(text)
    while pos <= end_of_text:
        end = text.find("\n", pos)
        if end < 0:
            end = end_of_text
        line = text[pos:end]
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield index, pos, line
        index += 1
        pos = end + 1


def _split_fields(line: str, delimiter: str) -> list[str]:
    """Fields of one line, unquoted and stripped; ``" "`` splits on runs of whitespace."""
    if '"' in line:
        try:
            if delimiter == " ":
                reader = csv.reader(
                    [line.strip().replace("\t", " ")], delimiter=" ", skipinitialspace=True
                )
            else:
                reader = csv.reader([line], delimiter=delimiter, skipinitialspace=True)
            return [value.strip() for value in next(reader)]
        except csv.Error:  # e.g. a field longer than the csv module allows: drop the quotes
            line = line.replace('"', "")
    parts = line.split() if delimiter == " " else line.split(delimiter)
    return [part.strip() for part in parts]


def _sniff_delimiter(lines: list[str], name: str) -> str:
    """The candidate whose modal field count (>= 2) fits most lines.

    Ties go to the candidate that reads more fields as numbers, then to the order
    tab, semicolon, comma, pipe, whitespace.
    """
    best, best_key = None, None
    for rank, delimiter in enumerate(_DELIMITERS):
        rows = [_split_fields(line, delimiter) for line in lines]
        modal, frequency = _modal_width(rows)
        if modal < 2:
            continue
        values = [value for fields in rows for value in fields]
        numeric = sum(_classify(value, delimiter != ",") == "number" for value in values)
        key = (frequency / len(rows), numeric / len(values), -rank)
        if best_key is None or key > best_key:
            best, best_key = delimiter, key
    if best is None:
        raise DataError(f"{name}: only one column found; need two columns (x and y)")
    return best


def _modal_width(rows: list[list[str]]) -> tuple[int, int]:
    """The most common number of fields (the larger on a tie) and how many rows have it."""
    counts = Counter(len(fields) for fields in rows)
    return max(counts.items(), key=lambda item: (item[1], item[0]))


def _classify(value: str, decimal_comma: bool) -> str:
    """What a field holds: "number", "non-finite", "missing" or "word"."""
    if decimal_comma and "," in value:
        value = value.replace(",", ".")
    if _NUMBER.fullmatch(value):
        return "number" if math.isfinite(float(value)) else "non-finite"
    if _NON_FINITE.fullmatch(value):
        return "non-finite"
    if value.lower() in _MISSING:
        return "missing"
    return "word"


def _is_header(rows, decimal_comma: bool, x_column, y_column) -> bool:
    """Whether the first row names the columns.

    It does when one of its fields in the columns that matter (the chosen ones, else the
    first two columns holding numbers further down) is a word: not a number and not a
    missing-value marker such as "NA". A column chosen by name makes any word count.
    """
    first = rows[0][1]
    specs = [spec for spec in (x_column, y_column) if spec is not None]
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


# ------------------------------------------------------------------------ column choice


def _check_column_type(spec, argument: str) -> None:
    if spec is None or isinstance(spec, str):
        return
    if isinstance(spec, (int, np.integer)) and not isinstance(spec, (bool, np.bool_)):
        return
    raise TypeError(
        f"{argument} must be None, a column index or a column name (got {type(spec).__name__})"
    )


def _is_index_text(spec: str) -> bool:
    spec = spec.strip()
    return spec.isascii() and spec.isdigit()


def _choose_columns(layout: _Layout, x_column, y_column) -> tuple[int, int]:
    """0-based (x, y) column indices from the user's choice and the sampled rows."""
    cx = _resolve_column(layout, x_column)
    cy = _resolve_column(layout, y_column)
    if cx is None and cy is None:
        numeric = layout.numeric_columns
        if not numeric:
            first_line = layout.sample_rows[0][0]
            raise DataError(f"{layout.name}: line {first_line}: no numeric columns")
        if len(numeric) == 1:
            raise DataError(
                f"{layout.name}: only one column holds numbers "
                f"({layout.columns[numeric[0]]!r}); need two columns (x and y)"
            )
        cx, cy = numeric[:2]
    elif cx is None:
        cx = _other_column(layout, cy)
    elif cy is None:
        cy = _other_column(layout, cx)
    if cx == cy:
        raise DataError(
            f"{layout.name}: x and y are both column {layout.columns[cx]!r}; "
            "choose two different columns"
        )
    return cx, cy


def _other_column(layout: _Layout, taken: int) -> int:
    """The first numeric column that is not ``taken``, else the first other column."""
    candidates = [*layout.numeric_columns, *range(len(layout.columns))]
    return next(k for k in candidates if k != taken)


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
            raise DataError(f"{layout.name}: column {spec!r} not found (available: {available})")
    index = int(spec)
    if not 0 <= index < count:
        raise DataError(
            f"{layout.name}: column index {index} is out of range; the file has "
            f"{count} columns (indices 0 to {count - 1})"
        )
    return index


# ------------------------------------------------------------------------------ numbers


class _Skips:
    """Rows skipped by the careful parse: how many, where, and why the first one was."""

    def __init__(self) -> None:
        self.count = 0
        self.lines: list[int] = []
        self.first_reason = ""

    def add(self, line_number: int, reason: str) -> None:
        if not self.count:
            self.first_reason = f"line {line_number}: {reason}"
        self.count += 1
        if len(self.lines) < MAX_SKIPPED_LINES:
            self.lines.append(line_number)

    def describe(self) -> str:
        """E.g. "2 rows skipped: lines 4, 9; line 4: 'abc' in column 'y' is not a number"."""
        more = ", ..." if self.count > len(self.lines) else ""
        where = "line" if self.count == 1 else "lines"
        lines = ", ".join(map(str, self.lines))
        return f"{_rows(self.count)} skipped: {where} {lines}{more}; {self.first_reason}"


def _read_numbers(
    stream, size: int, layout: _Layout, cx: int, cy: int, progress
) -> tuple[np.ndarray, np.ndarray, _Skips, str]:
    """x and y from every data line; also the encoding the text turned out to have.

    A large file is read by pandas when it is installed and the file is clean. Otherwise
    block by block: a clean block in one go by numpy (:func:`_numpy_block`), else
    carefully (:func:`_careful_block`), which counts and locates the rows it skips.
    """
    name = layout.name
    codec = layout.encoding
    if codec.startswith("utf-16"):  # rare and small: decode it all, go on in UTF-8
        raw = layout.head + _read(stream, name, MAX_FILE_BYTES)
        head = _decode(raw, name)[0].encode("utf-8")
        stream, size, codec = io.BytesIO(head), len(head), "utf-8"
    else:
        head = layout.head
    start = _line_offset(head, layout.data_index)
    if start == 0 and head.startswith(codecs.BOM_UTF8):
        start = len(codecs.BOM_UTF8)
    plan = _Plan.of(layout, cx, cy)
    report = _Progress(progress)
    capacity = int((size - start) / max(layout.line_bytes, 1.0) * 1.02) + 16

    if _use_pandas(size):
        stream.seek(start)
        # in one call pandas holds the whole text as well: 3x the numbers' memory
        chunked = progress is not None or size > PANDAS_ONE_CALL_BYTES
        source = _by_name(stream, head[:start], codec) or _Watched(stream)
        columns = _pandas_file(source, size, plan, codec, capacity, report, chunked)
        if columns is not None:
            report(1.0)
            return *columns, _Skips(), layout.encoding

    stream.seek(len(head))
    values = _Values(capacity)
    skips = _Skips()
    encoding = layout.encoding
    line = layout.data_index + 1  # 1-based number of the first line of the next block
    try:
        for block, end, last in _blocks(head[start:], stream, name):
            if b"\x00" in block:
                raise _binary(name)
            if b"\r" in block and block.count(b"\r") != block.count(b"\r\n"):
                block = block.replace(b"\r\n", b"\n").replace(b"\r", b"\n")  # old Mac, mixed
            if last:
                block = block.rstrip(b"\x1a")  # the end-of-file mark of old DOS programs
            parsed = _numpy_block(block, plan)
            if parsed is None:
                text, used = _decode_block(block, codec)
                if used != codec:
                    encoding = codec = used
                parsed = _careful_block(text, line, layout, cx, cy, skips)
            values.add(parsed)
            if not last:
                line += block.count(b"\n")
            report(1.0 if last else (start + end) / size)
    except _LongLine as long_line:
        raise DataError(_long_line(name, long_line.args[0], line)) from None
    return *values.arrays(), skips, encoding


class _Progress:
    """Calls ``progress(fraction)`` every :data:`PROGRESS_STEP` of the file, and at 1.0;
    raises :class:`LoadCancelled` when it returns False."""

    def __init__(self, progress):
        self.progress = progress
        self.reported = 0.0

    def __call__(self, fraction: float) -> None:
        if self.progress is None:
            return
        fraction = min(max(fraction, 0.0), 1.0)
        if self.reported >= 1.0:
            return
        if fraction >= 1.0 or fraction - self.reported >= PROGRESS_STEP:
            self.reported = fraction
            if self.progress(fraction) is False:
                raise LoadCancelled()


class _LongLine(Exception):
    """A line longer than :data:`MAX_LINE_BYTES` (args: the bytes holding it)."""


def _blocks(first: bytes, source, name: str) -> Iterator[tuple[bytes, int, bool]]:
    """``(block, bytes of data read so far, last)``: the data as blocks of whole lines.

    ``first`` is what has been read of the data already; the rest comes from ``source``.
    A block is :data:`BLOCK_BYTES` long, and ends after a line break (a CR at the very end
    waits for a possible LF).
    """
    pending = io.BytesIO(first)
    carry = b""
    consumed = 0
    while True:
        more = pending.read(BLOCK_BYTES)
        if len(more) < BLOCK_BYTES:
            more += _read(source, name, BLOCK_BYTES - len(more))
        last = len(more) < BLOCK_BYTES
        buf = carry + more if carry else more
        if last:
            yield buf, consumed + len(buf), True
            return
        stop = len(buf) - 1 if buf.endswith(b"\r") else len(buf)
        cut = max(buf.rfind(b"\n", 0, stop), buf.rfind(b"\r", 0, stop)) + 1
        if cut == 0 or len(buf) - cut > MAX_LINE_BYTES:
            if _longest_line(buf) > MAX_LINE_BYTES:
                raise _LongLine(buf)
            carry = buf
            continue
        carry = buf[cut:]
        consumed += cut
        yield buf[:cut], consumed, False


def _line_offset(raw: bytes, index: int) -> int:
    """Byte offset in ``raw`` of the start of line ``index`` (0-based)."""
    if index == 0:
        return 0
    breaks = itertools.islice(_LINE_BREAK.finditer(raw), index - 1, None)
    return next(breaks).end()


def _decode_block(block: bytes, codec: str) -> tuple[str, str]:
    """Text of a block of data lines (line breaks ``\\n``), and the codec that read it."""
    codec = "utf-8" if codec == "utf-8-sig" else codec
    for candidate in dict.fromkeys((codec, "cp1252", "latin-1")):
        try:
            text = block.decode(candidate)
        except UnicodeDecodeError:
            continue
        break
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, candidate


class _Values:
    """x and y arrays that grow as blocks are added (preallocated from an estimate)."""

    def __init__(self, capacity: int):
        self.x = np.empty(capacity)
        self.y = np.empty(capacity)
        self.n = 0

    def add(self, values: np.ndarray) -> None:
        self.add_columns(values[:, 0], values[:, 1])

    def add_columns(self, x: np.ndarray, y: np.ndarray) -> None:
        k = x.shape[0]
        if self.n + k > self.x.size:
            capacity = max(self.n + k, int(self.x.size * 1.5) + 16)
            self.x = _grown(self.x, self.n, capacity)
            self.y = _grown(self.y, self.n, capacity)
        self.x[self.n : self.n + k] = x
        self.y[self.n : self.n + k] = y
        self.n += k

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        if self.n < 0.9 * self.x.size:  # a poor estimate: give the memory back
            return self.x[: self.n].copy(), self.y[: self.n].copy()
        return self.x[: self.n], self.y[: self.n]


def _grown(array: np.ndarray, used: int, capacity: int) -> np.ndarray:
    grown = np.empty(capacity)
    grown[:used] = array[:used]
    return grown


@dataclass(frozen=True)
class _Plan:
    """How a clean block of the file looks: ``width`` fields a line, x and y at cx, cy."""

    delimiter: str
    decimal_comma: bool
    width: int
    cx: int
    cy: int

    @classmethod
    def of(cls, layout: _Layout, cx: int, cy: int) -> _Plan:
        width = _modal_width([fields for _, fields in layout.sample_rows])[0]
        return cls(layout.delimiter, layout.decimal_comma, width, cx, cy)


def _numpy_block(block: bytes, plan: _Plan) -> np.ndarray | None:
    """The (x, y) rows of a clean block by :func:`numpy.fromstring`, else None.

    Clean: every line holds ``plan.width`` fields and every field one number (spaces
    around it allowed), and x and y are finite. numpy checks the shape first: where the
    delimiters and line breaks are, and that each field holds one run of characters
    (``numpy.fromstring`` would read a field of spaces as -1). Then the delimiters and
    line breaks become commas and ``numpy.fromstring`` reads all the numbers in one call,
    raising at the first field that is not exactly a number.
    """
    if not _FROMSTRING_RAISES or not block or plan.width <= max(plan.cx, plan.cy):
        return None
    if b"\x0b" in block or b"\x0c" in block:
        return None  # blanks to numpy, not to the checks below
    u = np.frombuffer(block, dtype=np.uint8)
    newline = u == 10
    ends = np.flatnonzero(newline)
    if not block.endswith(b"\n"):
        ends = np.append(ends, u.size)
    rows, width = ends.size, plan.width
    space = (u == 32) | (u == 13)
    if plan.delimiter != "\t":
        space |= u == 9
    if plan.delimiter == " ":
        blank = space | newline
        fields = _run_starts(~blank)
        if fields.size != rows * width:
            return None
        fields = fields.reshape(rows, width)
        if not ((fields[:, 0] > _previous(ends)).all() and (fields[:, -1] < ends).all()):
            return None
        text, separator = block, " "
    else:
        delimiter = ord(plan.delimiter)
        cut = (u == delimiter) | newline
        seps = np.flatnonzero(cut)  # where each field ends
        if not block.endswith(b"\n"):
            seps = np.append(seps, u.size)
        if seps.size != rows * width or not np.array_equal(seps[width - 1 :: width], ends):
            return None
        solid = _run_starts(~(space | cut))
        if solid.size != seps.size or not (
            (solid > _previous(seps)).all() and (solid < seps).all()
        ):
            return None
        t = u.copy()
        if plan.decimal_comma and delimiter != 44:
            t[t == 44] = 46  # decimal commas become points
        t[cut] = 44
        text, separator = t.tobytes(), ","
    try:
        numbers = np.fromstring(text, dtype=np.float64, sep=separator)
    except ValueError:
        return None
    if numbers.size != rows * width:
        return None
    values = numbers.reshape(rows, width)[:, (plan.cx, plan.cy)]
    if not np.isfinite(values).all():
        return None
    return values


def _run_starts(mask: np.ndarray) -> np.ndarray:
    """Indices where a run of True values in ``mask`` starts."""
    before = np.empty_like(mask)
    before[0] = False
    before[1:] = mask[:-1]
    return np.flatnonzero(mask & ~before)


def _previous(positions: np.ndarray) -> np.ndarray:
    """``positions`` shifted right by one, with -1 first: where each span starts after."""
    previous = np.empty_like(positions)
    previous[0] = -1
    previous[1:] = positions[:-1]
    return previous


def _fromstring_raises() -> bool:
    """Whether :func:`numpy.fromstring` raises at text it cannot read (numpy >= 2.3);
    older numpy only warns, and then the fast path is not used."""
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        try:
            np.fromstring("1,x", dtype=np.float64, sep=",")
        except ValueError:
            return True
    return False


_FROMSTRING_RAISES = _fromstring_raises()


def _use_pandas(size: int) -> bool:
    """Whether to read a file of ``size`` bytes with pandas."""
    if not USE_PANDAS:
        return False
    threshold = PANDAS_MIN_BYTES
    if "pandas" in sys.modules:
        threshold = min(threshold, PANDAS_IMPORTED_MIN_BYTES)
    return size >= threshold and _pandas() is not None


def _pandas():
    """The pandas module (2.0 or later) when it is installed and allowed, else None."""
    global _PANDAS
    if not USE_PANDAS:
        return None
    if _PANDAS is None:
        try:
            import pandas

            major = int(pandas.__version__.split(".")[0])
        except (ImportError, ValueError):
            _PANDAS = False
        else:
            _PANDAS = pandas if major >= 2 else False
    return _PANDAS or None


_PANDAS = None  # not looked for yet


def fast_parser() -> str | None:
    """``"pandas VERSION"`` when pandas' parser is there to read large clean files (it has
    just read a small table right), else None: numpy reads every file then, slower."""
    pandas = _pandas()
    if pandas is None:
        return None
    try:
        frame = pandas.read_csv(io.StringIO("1.5,2\n3,4.25\n"), header=None, dtype=np.float64)
        ok = frame.to_numpy().tolist() == [[1.5, 2.0], [3.0, 4.25]]
    except Exception:  # a broken install (a bundle missing a part, say)
        ok = False
    return f"pandas {pandas.__version__}" if ok else None


def _pandas_file(
    source, size: int, plan: _Plan, codec: str, capacity: int, report, chunked: bool
) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y of the data by :func:`pandas.read_csv`, or None if a line is not clean (a
    comment, a quote, a missing or bad value: the numpy path reads it then).

    ``source`` is a :class:`_ByName` (pandas opens the file itself, the fastest way) or a
    :class:`_Watched` stream placed at the first data line. ``chunked`` reads 2.5% of the
    rows at a time, to report progress (and cancel) and to keep memory low; otherwise
    pandas reads it all in one call, which is faster. Only a file wider than three columns
    is read with ``usecols``, which slows pandas' parser by about 2.5x.

    A file with quotes is left to the careful parse: pandas would join the lines of an
    unclosed quote, which the careful parse reads one by one, and with quotes ignored a
    quoted delimiter would shift the columns.
    """
    pandas = _pandas()
    options = {}
    if int(pandas.__version__.split(".")[0]) < 3:
        options["float_precision"] = "round_trip"  # pandas 3 rounds correctly anyway
    if chunked:
        options["chunksize"] = max(5_000, min(capacity // 40, 500_000))
    if plan.width > 3:
        options["usecols"] = [plan.cx, plan.cy]
    if isinstance(source, _ByName):
        if source.unclean():
            return None
        target, options["skiprows"] = source.path, source.skip
    else:
        target = source
    try:
        reader = pandas.read_csv(
            target,
            sep=r"\s+" if plan.delimiter == " " else plan.delimiter,
            header=None,
            index_col=False,
            dtype=np.float64,
            engine="c",
            decimal="," if plan.decimal_comma and plan.delimiter != "," else ".",
            encoding="utf-8" if codec == "utf-8-sig" else codec,
            quoting=csv.QUOTE_NONE,
            skip_blank_lines=True,
            **options,
        )
        if not chunked:
            x, y = _frame_columns(reader, plan)
            if not (np.isfinite(x).all() and np.isfinite(y).all()):
                return None
        else:
            values = _Values(capacity)
            expected = max(capacity / 1.02, 1.0)
            with reader:
                for frame in reader:
                    x, y = _frame_columns(frame, plan)
                    if source.unclean() or not (np.isfinite(x).all() and np.isfinite(y).all()):
                        return None
                    values.add_columns(x, y)
                    if isinstance(source, _ByName):
                        report(min(values.n / expected, 0.99))
                    else:
                        report(source.position / size)
            x, y = values.arrays()
    except LoadCancelled:
        raise
    except Exception:  # any trouble: the numpy path reads the file
        return None
    if source.unclean() or not x.size:  # (each chunk was checked for finite values)
        return None
    return x, y


def _frame_columns(frame, plan: _Plan) -> tuple[np.ndarray, np.ndarray]:
    """Columns ``plan.cx`` and ``plan.cy`` of a pandas frame as contiguous float64 arrays."""
    x = np.ascontiguousarray(frame[plan.cx].to_numpy(), dtype=np.float64)
    y = np.ascontiguousarray(frame[plan.cy].to_numpy(), dtype=np.float64)
    return x, y


class _ByName:
    """A file for pandas to open by its name, skipping the ``skip`` lines before the data."""

    def __init__(self, path: str, skip: int):
        self.path = path
        self.skip = skip
        self._unclean: bool | None = None

    def unclean(self) -> bool:
        """Whether the file holds a quote or a NUL byte (found in one pass over a map)."""
        if self._unclean is None:
            with open(self.path, "rb") as stream:
                try:
                    view = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
                except (OSError, ValueError):
                    self._unclean = True  # cannot map it: read the careful way
                    return True
                with view:
                    self._unclean = view.find(b'"') >= 0 or view.find(b"\x00") >= 0
        return self._unclean


def _by_name(stream, before: bytes, codec: str) -> _ByName | None:
    """A :class:`_ByName` for the file behind ``stream`` when pandas can open it itself:
    UTF-8 text whose lines before the data (``before``) end in LF or CRLF, so that they
    can be counted; else None."""
    path = getattr(stream, "name", None)
    if not isinstance(path, str) or codec not in ("utf-8", "utf-8-sig"):
        return None
    if before.count(b"\r") != before.count(b"\r\n"):
        return None
    return _ByName(path, before.count(b"\n"))


class _Watched(io.RawIOBase):
    """A binary stream that notes quotes and NUL bytes in what is read from it."""

    def __init__(self, stream):
        super().__init__()
        self.stream = stream
        self.position = stream.tell()
        self._unclean = False

    def readable(self) -> bool:
        return True

    def unclean(self) -> bool:
        """Whether a quote or a NUL byte has been read."""
        return self._unclean

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.position += len(data)
        if b'"' in data or b"\x00" in data:
            self._unclean = True
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _careful_block(
    text: str, first_line: int, layout: _Layout, cx: int, cy: int, skips: _Skips
) -> np.ndarray:
    """The rows of ``text`` (lines from ``first_line`` on): numpy for the clean parts,
    row by row around bad rows, counting the rows skipped."""
    values = _loadtxt(text, layout, cx, cy)
    if values is not None:
        return values
    lines = text.split("\n")
    blocks = [np.empty((0, 2))]
    for first in range(0, len(lines), CHUNK_LINES):
        chunk = lines[first : first + CHUNK_LINES]
        parsed = _loadtxt("\n".join(chunk), layout, cx, cy)
        if parsed is None:
            parsed = _parse_rows(chunk, first_line + first, layout, cx, cy, skips)
        blocks.append(parsed)
    return np.concatenate(blocks)


def _loadtxt(text: str, layout: _Layout, cx: int, cy: int) -> np.ndarray | None:
    """Every row of ``text`` (data lines of the file) by numpy.

    Returns None if a row is bad (too few fields, not a number, not finite) or there are
    no rows, so the caller can look closer.
    """
    if not text or text.isspace():
        return None  # numpy would warn about empty input
    if layout.decimal_comma and "," in text:
        text = text.replace(",", ".")
    try:
        values = np.loadtxt(
            io.StringIO(text),
            dtype=np.float64,
            delimiter=None if layout.delimiter == " " else layout.delimiter,
            usecols=(cx, cy),
            comments=None,
            quotechar='"',
            ndmin=2,
        )
    except (ValueError, OSError):
        return None
    if values.shape[0] == 0 or not np.isfinite(values).all():
        return None
    if '"' in text and values.shape[0] != _count_content_lines(text):
        return None  # a quote left open took in a line break
    return values


def _count_content_lines(text: str) -> int:
    return sum(1 for line in text.split("\n") if line.strip())


def _parse_rows(
    lines: Sequence[str], first_line_number: int, layout: _Layout, cx: int, cy: int, skips: _Skips
) -> np.ndarray:
    """The careful parse, one row at a time, counting and locating the rows it skips."""
    delimiter, decimal_comma = layout.delimiter, layout.decimal_comma
    needed = max(cx, cy) + 1
    values: list[tuple[float, float]] = []
    for offset, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = _split_fields(line, delimiter)
        if len(fields) < needed:
            missing = layout.columns[cx if cx >= len(fields) else cy]
            reason = f"only {_fields(len(fields))}, no value for {missing!r}"
            skips.add(first_line_number + offset, reason)
            continue
        x = _number(fields[cx], decimal_comma)
        y = _number(fields[cy], decimal_comma)
        if x is None or y is None:
            column = cx if x is None else cy
            reason = _problem(layout.columns[column], fields[column], decimal_comma)
            skips.add(first_line_number + offset, reason)
            continue
        values.append((x, y))
    return np.array(values, dtype=np.float64).reshape(-1, 2)


def _number(value: str, decimal_comma: bool) -> float | None:
    """The finite number a field holds, else None."""
    if decimal_comma and "," in value:
        value = value.replace(",", ".")
    if _NUMBER.fullmatch(value):
        number = float(value)
        if math.isfinite(number):
            return number
    return None


def _problem(column: str, value: str, decimal_comma: bool) -> str:
    kind = _classify(value, decimal_comma)
    if kind == "missing":
        if value:
            return f"the value for {column!r} is missing ({_shorten(value)!r})"
        return f"the value for {column!r} is empty"
    if kind == "non-finite":
        return f"{_shorten(value)!r} in column {column!r} is not a finite number"
    return f"{_shorten(value)!r} in column {column!r} is not a number"


# ------------------------------------------------------------------------------ helpers


def _as_vector(values, label: str, name: str) -> np.ndarray:
    try:
        array = np.array(values, dtype=np.float64)
    except (TypeError, ValueError):
        raise DataError(f"{name}: {label} must be a sequence of numbers") from None
    if array.ndim != 1:
        raise DataError(f"{name}: {label} must be one-dimensional (got shape {array.shape})")
    return array


def _check_x_varies(x: np.ndarray, name: str) -> None:
    if x.min() == x.max():
        raise DataError(
            f"{name}: all x values are equal (x = {float(x[0])!r}); a line's slope cannot be fitted"
        )


def _frozen(values: np.ndarray) -> np.ndarray:
    values = np.ascontiguousarray(values, dtype=np.float64)
    values.flags.writeable = False
    return values


def _display_name(path: str | None) -> str:
    name = os.path.basename(os.path.normpath(path)) if path else "data"
    return name if name.isprintable() else repr(name)


def _shorten(value: str, limit: int = 24) -> str:
    return value if len(value) <= limit else value[: limit - 3] + "..."


def _fmt(value: float) -> str:
    return format_number(value, 4)


def _axis(label: str, name: str) -> str:
    return label if name == label else f"{label} ({name})"


def _lines(dataset: Dataset) -> str:
    more = ", ..." if dataset.skipped_rows > len(dataset.skipped_lines) else ""
    word = "line" if len(dataset.skipped_lines) == 1 and not more else "lines"
    return f"{word} {', '.join(map(str, dataset.skipped_lines))}{more}"


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count:,} rows"


def _points(count: int) -> str:
    return f"{count} point" if count == 1 else f"{count:,} points"


def _fields(count: int) -> str:
    return f"{count} field" if count == 1 else f"{count} fields"


def _size_text(size: int) -> str:
    """A file size for a message: ``"3.1 GB"``, ``"2 GB"``, ``"1 MB"``."""
    if size >= 1e9:
        return f"{size / 1e9:.2g} GB"
    return f"{size / 1e6:.2g} MB"
