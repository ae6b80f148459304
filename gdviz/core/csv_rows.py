"""The careful path: data rows read as text, and one by one where they are not clean.

:func:`read_careful` reads the data rows of a file in blocks of about
:data:`BLOCK_CHARS` characters. A block is handed to a fast parser first (pandas, from
:mod:`.data`) when there is one; when that fails, the block's pieces of
:data:`CHUNK_LINES` lines are, and a piece that fails too is read row by row
(:func:`parse_rows`), which skips the rows that cannot be used and says why, by line
number (:class:`Skips`). A file whose rows are nearly all unusable is refused as soon as
that is clear (:data:`MAX_BAD_ROWS`), so that a huge damaged file costs little.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator

import numpy as np

from . import csv_layout
from .csv_layout import DataError, Layout

__all__ = ["Skips", "Values", "parse_rows", "read_careful"]

#: Characters of text read at a time, and lines per piece of a block holding a bad row.
BLOCK_CHARS = 1 << 18
CHUNK_LINES = 1000
#: How many skipped line numbers are kept.
MAX_SKIPPED_LINES = 5
#: Reading stops, and the file is refused, once more than this many rows were skipped and
#: they outnumber the usable rows :data:`BAD_ROW_RATIO` to one.
MAX_BAD_ROWS = 1000
BAD_ROW_RATIO = 10

_SURROGATE = re.compile("[\udc80-\udcff]")

Columns = tuple[np.ndarray, np.ndarray]


def read_careful(
    source,
    layout: Layout,
    cx: int,
    cy: int,
    capacity: int,
    fast: Callable[[str], Columns | None] | None,
) -> tuple[np.ndarray, np.ndarray, Skips, str]:
    """``(x, y, skips, encoding)`` of the data rows in the binary stream ``source``
    (placed at the first data row); ``fast(text)`` parses clean lines, or returns None."""
    text = io.TextIOWrapper(source, layout.codec, errors="surrogateescape", newline=None)
    values = Values(capacity)
    skips = Skips(layout)
    encoding = layout.encoding
    line = layout.data_line
    for block, lines in _blocks(text, layout.name, line):
        if _SURROGATE.search(block):  # bytes not in the encoding: cp1252 or latin-1 text
            block, encoding = _redecoded(block, layout.codec)
            lines = block.split("\n")
        parsed = fast(block) if fast else None
        if parsed is not None:
            values.add(*parsed)
        else:
            for first in range(0, len(lines), CHUNK_LINES):
                piece = lines[first : first + CHUNK_LINES]
                parsed = fast("\n".join(piece)) if fast else None
                if parsed is None:
                    parsed = parse_rows(piece, line + first, layout, cx, cy, skips)
                values.add(*parsed)
                skips.check(values.n, line + first + len(piece) - 1)
        line += len(lines) - 1
    return *values.arrays(), skips, encoding


def _blocks(text: io.TextIOWrapper, name: str, line: int) -> Iterator[tuple[str, list[str]]]:
    """``(block, its lines)``: the text in blocks of about :data:`BLOCK_CHARS` characters,
    each ending after a line break (the last maybe not), line breaks made ``\\n``;
    ``line`` is the number of the first line."""
    longest = csv_layout.MAX_LINE_BYTES
    while True:
        try:
            block = text.read(BLOCK_CHARS)
            at_end = len(block) < BLOCK_CHARS
            if block and not block.endswith("\n"):
                block += text.readline(longest + 1)
        except UnicodeDecodeError:
            raise DataError(f"{name}: cannot be read as UTF-16 text (damaged file?)") from None
        if at_end:
            block = block.rstrip("\x1a")  # the end-of-file mark of old DOS programs
        if not block:
            return
        if "\x00" in block:
            raise csv_layout.binary(name)
        lines = block.split("\n")
        lengths = [len(part) for part in lines]
        if max(lengths) > longest:
            raise DataError(csv_layout.long_line(name, line + int(np.argmax(lengths))))
        yield block, lines
        line += len(lines) - 1


def _redecoded(block: str, codec: str) -> tuple[str, str]:
    """A block read with undecodable bytes kept as surrogates, decoded again as cp1252
    (or latin-1, which reads any byte), and the encoding used."""
    raw = block.encode(codec, "surrogateescape")
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def parse_rows(lines: list[str], first: int, layout: Layout, cx: int, cy: int, skips: Skips):
    """``(x, y)`` of data lines read one by one (``first`` is the number of the first),
    counting and locating in ``skips`` the rows that cannot be used."""
    width, delimiter, decimal_comma = len(layout.columns), layout.delimiter, layout.decimal_comma
    needed = max(cx, cy) + 1
    values: list[tuple[float, float]] = []
    for offset, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = csv_layout.split_fields(line, delimiter)
        if len(fields) > width and any(fields[width:]):
            skips.add(first + offset, _too_many(len(fields), width, layout))
            continue
        if len(fields) < needed:
            missing = layout.columns[cx if cx >= len(fields) else cy]
            skips.add(first + offset, f"only {_fields(len(fields))}, no value for {missing!r}")
            continue
        x = csv_layout.number(fields[cx], decimal_comma)
        y = csv_layout.number(fields[cy], decimal_comma)
        if x is None or y is None:
            column = cx if x is None else cy
            skips.add(first + offset, _problem(layout, column, fields[column]))
            continue
        values.append((x, y))
    pairs = np.array(values, dtype=np.float64).reshape(-1, 2)
    return pairs[:, 0], pairs[:, 1]


def _too_many(count: int, width: int, layout: Layout) -> str:
    where = "the header has" if layout.has_header else "the other rows have"
    hint = " (is ',' also a thousands separator?)" if layout.delimiter == "," else ""
    return f"{count} fields where {where} {width}{hint}"


def _problem(layout: Layout, column: int, value: str) -> str:
    name = layout.columns[column]
    kind = csv_layout.classify(value, layout.decimal_comma)
    shown = value if len(value) <= 24 else value[:21] + "..."
    if kind == "missing":
        if value:
            return f"the value for {name!r} is missing ({shown!r})"
        return f"the value for {name!r} is empty"
    if kind == "non-finite":
        return f"{shown!r} in column {name!r} is not a finite number"
    return f"{shown!r} in column {name!r} is not a number"


def _fields(count: int) -> str:
    return f"{count} field" if count == 1 else f"{count} fields"


def rows_text(count: int) -> str:
    """``"1 row"``, ``"1,001 rows"``."""
    return f"{count} row" if count == 1 else f"{count:,} rows"


class Skips:
    """Rows skipped: how many, where (the first few), and why the first one was."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
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
        return f"{rows_text(self.count)} skipped: {where} {lines}{more}; {self.first_reason}"

    def check(self, kept: int, line: int) -> None:
        """Stop at ``line`` when the rows skipped so far show this is not x, y data."""
        if self.count > MAX_BAD_ROWS and self.count > BAD_ROW_RATIO * kept:
            raise DataError(
                f"{self.layout.name}: reading stopped at line {line}, with only "
                f"{rows_text(kept)} usable so far ({self.describe()})"
            )


class Values:
    """x and y arrays that grow as blocks are added (preallocated from an estimate)."""

    def __init__(self, capacity: int):
        self.x = np.empty(capacity)
        self.y = np.empty(capacity)
        self.n = 0

    def add(self, x: np.ndarray, y: np.ndarray) -> None:
        k = x.shape[0]
        if self.n + k > self.x.size:
            grown = max(self.n + k, int(self.x.size * 1.5) + 16) - self.n
            self.x = np.concatenate([self.x[: self.n], np.empty(grown)])
            self.y = np.concatenate([self.y[: self.n], np.empty(grown)])
        self.x[self.n : self.n + k] = x
        self.y[self.n : self.n + k] = y
        self.n += k

    def arrays(self) -> Columns:
        if self.n < 0.9 * self.x.size:  # a poor estimate: give the memory back
            return self.x[: self.n].copy(), self.y[: self.n].copy()
        return self.x[: self.n], self.y[: self.n]
