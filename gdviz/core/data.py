"""Load (x, y) data from the text files a teacher exports from a spreadsheet.

The loader reads a file as bytes and works out, in this order:

1. the text encoding: UTF-8 (with or without a byte-order mark), UTF-16 (with a
   byte-order mark, as Excel's "Unicode text"), otherwise cp1252, and latin-1 for
   bytes cp1252 leaves undefined; binary files are refused;
2. the line endings (``\\n``, ``\\r\\n`` or ``\\r``), blank lines and ``#`` comment lines,
   keeping the original line numbers for messages;
3. the delimiter (comma, semicolon, tab, pipe or runs of whitespace), sniffed from the
   first lines with the :mod:`csv` module so quoted fields count right;
4. whether the first row is a header, and which two columns hold x and y;
5. the numbers: one call of :func:`numpy.loadtxt` in the common clean case, and a careful
   row-by-row parse only for the blocks of lines that hold a bad row, so that skipped
   rows are counted and reported with their line numbers.

Every problem is a :class:`DataError` whose message is one line naming the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import math
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["DataError", "Dataset", "from_arrays", "load_dataset", "read_columns"]

#: Content lines looked at to find the delimiter, the header and the numeric columns.
SAMPLE_LINES = 50
#: Lines per block in the careful parse; a block without a bad row is parsed by numpy.
CHUNK_LINES = 10_000
#: Bytes :func:`read_columns` reads; enough for a header and many rows.
PREVIEW_BYTES = 1 << 20
#: How many skipped line numbers a :class:`Dataset` keeps.
MAX_SKIPPED_LINES = 5

# Candidate delimiters, most preferred first; " " means runs of whitespace.
_DELIMITERS = ("\t", ";", ",", "|", " ")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_NON_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
_MISSING = frozenset({"", "na", "n/a", "#n/a", "null", "none", "missing", "-", "--", "?", "."})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DOS_EOF = "\x1a"
_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".lzma", ".zip", ".zst")


class DataError(ValueError):
    """A data file (or pair of arrays) cannot be used.

    ``str(err)`` is one line a student understands, naming the file, and the line number
    or value where that helps, e.g. ``"data.csv: line 7: no numeric columns"``.
    """


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


def load_dataset(path, x_column=None, y_column=None) -> Dataset:
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

    Returns
    -------
    Dataset

    Raises
    ------
    DataError
        If the file is missing or unreadable, is not text, has fewer than two columns or
        fewer than two usable rows, all x values are equal, or a column choice is wrong.
        Rows with a missing, non-numeric or non-finite value in a chosen column are
        skipped instead, and counted.
    """
    _check_column_type(x_column, "x_column")
    _check_column_type(y_column, "y_column")
    path = os.fsdecode(path)
    layout = _inspect(path, x_column, y_column)
    cx, cy = _choose_columns(layout, x_column, y_column)
    xs, ys, skips = _parse_numbers(layout, cx, cy)
    name = layout.name
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
        encoding=layout.encoding,
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
    return _inspect(os.fsdecode(path), None, None, max_bytes=PREVIEW_BYTES).columns


# --------------------------------------------------------------------------- file layout


@dataclass(frozen=True)
class _Layout:
    """What the first lines of a file say about it."""

    path: str
    name: str  # the file's name, for messages
    text: str  # decoded, line endings normalised to "\n"
    encoding: str
    delimiter: str
    has_header: bool
    columns: tuple[str, ...]
    data_index: int  # 0-based line index of the first data row
    data_offset: int  # its offset in text
    sample_rows: list[tuple[int, list[str]]]  # (line number, fields) of the first data rows
    numeric_columns: list[int]  # columns holding a number in some sampled data row

    @property
    def decimal_comma(self) -> bool:
        return self.delimiter != ","


def _inspect(path: str, x_column, y_column, max_bytes: int | None = None) -> _Layout:
    name = _display_name(path)
    raw, truncated = _read_bytes(path, name, max_bytes)
    text, encoding = _decode(raw, name, final=not truncated)
    if truncated:  # drop the last, possibly partial, line
        text = text[: max(text.rfind("\n"), text.rfind("\r")) + 1]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")

    sample = list(itertools.islice(_content_lines(text), SAMPLE_LINES))
    if not sample:
        if truncated:  # a gigantic first line: look at the whole file
            return _inspect(path, x_column, y_column)
        raise DataError(f"{name}: no data, only blank lines and # comments")

    delimiter = _sniff_delimiter([line for _, _, line in sample], name)
    decimal_comma = delimiter != ","
    rows = [(index + 1, _split_fields(line, delimiter)) for index, _, line in sample]
    has_header = _is_header(rows, decimal_comma, x_column, y_column)
    data_rows = rows[1:] if has_header else rows
    if not data_rows:
        raise DataError(f"{name}: the file has a header row but no data rows")

    width = _modal_width([fields for _, fields in rows])[0]
    header = rows[0][1] if has_header else []
    width = max(width, len(header))
    columns = tuple(
        header[k] if k < len(header) and header[k] else f"column {k + 1}" for k in range(width)
    )
    first_data = sample[1] if has_header else sample[0]
    return _Layout(
        path=path,
        name=name,
        text=text,
        encoding=encoding,
        delimiter=delimiter,
        has_header=has_header,
        columns=columns,
        data_index=first_data[0],
        data_offset=first_data[1],
        sample_rows=data_rows,
        numeric_columns=[k for k in range(width) if _has_numbers(data_rows, k, decimal_comma)],
    )


def _read_bytes(path: str, name: str, max_bytes: int | None) -> tuple[bytes, bool]:
    if os.path.isdir(path):
        raise DataError(f"{name}: is a folder, not a data file")
    try:
        with open(path, "rb") as stream:
            raw = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise DataError(f"{name}: file not found ({os.path.abspath(path)})") from None
    except PermissionError:
        raise DataError(f"{name}: permission denied; the file cannot be read") from None
    except IsADirectoryError:
        raise DataError(f"{name}: is a folder, not a data file") from None
    except OSError as err:
        raise DataError(f"{name}: the file cannot be read ({err.strerror or err})") from None
    except ValueError:  # e.g. a NUL character in the path
        raise DataError(f"{name}: not a usable file name") from None
    if not raw:
        raise DataError(f"{name}: the file is empty")
    truncated = max_bytes is not None and len(raw) > max_bytes
    return (raw[:max_bytes] if truncated else raw), truncated


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


def _parse_numbers(layout: _Layout, cx: int, cy: int) -> tuple[np.ndarray, np.ndarray, _Skips]:
    """x and y from every data line: numpy for clean text, row by row around bad rows."""
    skips = _Skips()
    values = _loadtxt(layout.text[layout.data_offset :], layout, cx, cy, whole_file=True)
    if values is None:  # a bad row somewhere: find it block by block
        lines = layout.text.split("\n")
        blocks = [np.empty((0, 2))]
        for first in range(layout.data_index, len(lines), CHUNK_LINES):
            block = lines[first : first + CHUNK_LINES]
            parsed = _loadtxt("\n".join(block), layout, cx, cy)
            if parsed is None:
                parsed = _parse_rows(block, first + 1, layout, cx, cy, skips)
            blocks.append(parsed)
        values = np.concatenate(blocks)
    return values[:, 0].copy(), values[:, 1].copy(), skips


def _loadtxt(
    text: str, layout: _Layout, cx: int, cy: int, whole_file: bool = False
) -> np.ndarray | None:
    """Every row of ``text`` (data lines of the file) by numpy.

    Returns None if a row is bad (too few fields, not a number, not finite) or there are
    no rows, so the caller can look closer. With ``whole_file``, ``text`` is all the data
    lines and numpy reads the file itself when it would see the same text: that is
    faster than reading from a string.
    """
    if not text or text.isspace():
        return None  # numpy would warn about empty input
    source = io.StringIO(text)
    skiprows = 0
    if layout.decimal_comma and "," in text:
        source = io.StringIO(text.replace(",", "."))
    elif whole_file and _numpy_reads_same_text(layout):
        source = os.path.abspath(layout.path)  # absolute: never mistaken for a URL
        skiprows = layout.data_index
    try:
        values = np.loadtxt(
            source,
            dtype=np.float64,
            delimiter=None if layout.delimiter == " " else layout.delimiter,
            usecols=(cx, cy),
            skiprows=skiprows,
            comments=None,
            quotechar='"',
            ndmin=2,
            encoding=layout.encoding,
        )
    except (ValueError, OSError):
        return None
    if values.shape[0] == 0 or not np.isfinite(values).all():
        return None
    if '"' in text and values.shape[0] != _count_content_lines(text):
        return None  # a quote left open took in a line break
    return values


def _numpy_reads_same_text(layout: _Layout) -> bool:
    """Whether numpy, reading the file itself, sees the same lines we did."""
    return (
        '"' not in layout.text[: layout.data_offset]  # nothing quoted in the skipped lines
        and not layout.path.lower().endswith(_COMPRESSED_SUFFIXES)  # numpy would decompress
    )


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
    return f"{float(value):.4g}"


def _axis(label: str, name: str) -> str:
    return label if name == label else f"{label} ({name})"


def _lines(dataset: Dataset) -> str:
    more = ", ..." if dataset.skipped_rows > len(dataset.skipped_lines) else ""
    word = "line" if len(dataset.skipped_lines) == 1 and not more else "lines"
    return f"{word} {', '.join(map(str, dataset.skipped_lines))}{more}"


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def _points(count: int) -> str:
    return f"{count} point" if count == 1 else f"{count} points"


def _fields(count: int) -> str:
    return f"{count} field" if count == 1 else f"{count} fields"
