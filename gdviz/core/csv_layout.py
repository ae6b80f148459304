"""What the first lines of a data file say: its encoding, delimiter, header and columns.

:func:`inspect` reads the start of a file (the first :data:`PREVIEW_BYTES`, more when the
first data line lies further on) and works out, in this order:

1. the text encoding: UTF-8 (with or without a byte-order mark), UTF-16 (with a mark, as
   Excel's "Unicode text", or without one), otherwise cp1252, and latin-1 for the bytes
   cp1252 leaves undefined; binary files are refused;
2. the lines, whatever their endings (``\\n``, ``\\r\\n``, ``\\r``), skipping blank lines
   and ``#`` comment lines but keeping the line numbers for messages;
3. the delimiter: the one Excel's ``sep=;`` first line names, else the one of tab,
   semicolon, comma, pipe and runs of whitespace that splits the first lines most evenly
   (quoted fields count right);
4. whether the first row is a header, the column names, and which columns hold numbers.

:func:`choose_columns` then turns the user's choice (an index, a name, or nothing) into
two column indices. Every problem is a :class:`DataError` whose message is one line
naming the file.
"""

from __future__ import annotations

import codecs
import csv
import math
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

__all__ = ["DataError", "Layout", "choose_columns", "display_name", "inspect", "split_fields"]

#: Content lines looked at to find the delimiter, the header and the numeric columns.
SAMPLE_LINES = 50
#: Bytes read from the start of a file to inspect it (more when no data line is in them).
PREVIEW_BYTES = 1 << 16
#: Longest line the loader reads (1 MB); a longer one means this is not a data file.
MAX_LINE_BYTES = 1_000_000

# Candidate delimiters, most preferred first; " " means runs of whitespace.
_DELIMITERS = ("\t", ";", ",", "|", " ")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_NON_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
_MISSING = frozenset({"", "na", "n/a", "#n/a", "null", "none", "missing", "-", "--", "?", "."})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BREAK = re.compile(r"\r\n|\r|\n")
_SEP_LINE = re.compile(r'\s*"?sep=([^\r\n"])"?\1*\s*', re.IGNORECASE)  # Excel's "sep=;"
# (byte-order mark, encoding reported, codec for the bytes after the mark)
_MARKS = (
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
)


class DataError(ValueError):
    """A data file (or pair of arrays) cannot be used.

    ``str(err)`` is one line a student understands, naming the file, and the line number
    or value where that helps, e.g. ``"data.csv: line 7: no numeric columns"``.
    """


@dataclass(frozen=True)
class Layout:
    """What the first lines of a file say about it."""

    name: str  # the file's name, for messages
    encoding: str  # as reported: "utf-8", "utf-8-sig", "utf-16", "cp1252", ...
    codec: str  # decodes the bytes from data_offset on (no byte-order mark there)
    delimiter: str  # ",", ";", "\t", "|", another sep= character, or " " (whitespace)
    decimal: str  # "," when the sampled numbers use decimal commas, else "."
    has_header: bool
    columns: tuple[str, ...]
    data_line: int  # 1-based line number of the first data row
    data_offset: int  # and its byte offset in the file
    sample: list[tuple[int, list[str]]]  # (line number, fields) of the first data rows
    numeric: list[int]  # columns holding a number in some sampled data row
    line_bytes: float  # average length in bytes of the sampled data lines

    @property
    def decimal_comma(self) -> bool:
        """Whether ``1,5`` reads as 1.5 (in any file not delimited by commas)."""
        return self.delimiter != ","


def inspect(stream, size: int, name: str, x_column=None, y_column=None) -> Layout:
    """The layout of the file open in ``stream`` (``size`` bytes), from its first bytes.

    ``x_column`` and ``y_column`` are the user's choice (see :func:`choose_columns`): a
    column chosen by name tells that the first row is a header.
    """
    raw = read_bytes(stream, name, PREVIEW_BYTES)
    complete = len(raw) < PREVIEW_BYTES or len(raw) >= size
    while True:
        try:
            return _inspect(raw, name, x_column, y_column, complete)
        except _NeedMore:
            index, length = _longest_line(raw)
            if length > MAX_LINE_BYTES:
                raise DataError(long_line(name, index + 1)) from None
            more = read_bytes(stream, name, len(raw))
            complete = len(more) < len(raw)
            raw += more


def read_bytes(stream, name: str, count: int) -> bytes:
    """Up to ``count`` bytes from ``stream``; a failing read is a :class:`DataError`."""
    try:
        return stream.read(count)
    except OSError as err:
        raise DataError(f"{name}: the file cannot be read ({err.strerror or err})") from None


def long_line(name: str, line: int) -> str:
    """The message for line ``line`` being longer than :data:`MAX_LINE_BYTES`."""
    return (
        f"{name}: line {line} is longer than {size_text(MAX_LINE_BYTES)}; "
        "gdviz reads data files with shorter lines (is this a data file?)"
    )


def binary(name: str) -> DataError:
    return DataError(f"{name}: looks like a binary file, not text data")


class _NeedMore(Exception):
    """The bytes inspected hold no complete data line yet."""


def _inspect(raw: bytes, name: str, x_column, y_column, complete: bool) -> Layout:
    """The layout of a file that starts with ``raw`` (and is just that if ``complete``)."""
    if not raw:
        raise DataError(f"{name}: the file is empty")
    text, encoding, codec, mark = _decode(raw, name, complete)
    if not complete:  # drop the last, possibly partial, line
        text = text[: max(text.rfind("\n"), text.rfind("\r")) + 1]
    lines = _lines(text)
    match = _SEP_LINE.fullmatch(_BREAK.split(text, maxsplit=1)[0])
    sep = match.group(1) if match else None  # a space means runs of whitespace
    if sep:
        next(lines)
    sample = [item for item, _ in zip(_content(lines), range(SAMPLE_LINES), strict=False)]
    if not sample:
        if not complete:  # a gigantic first line, or many comments: look further
            raise _NeedMore
        raise DataError(f"{name}: no data, only blank lines and # comments")
    delimiter = sep or _sniff_delimiter([line for _, _, line in sample], name)
    rows = [(index + 1, split_fields(line, delimiter)) for index, _, line in sample]
    has_header = _is_header(rows, delimiter != ",", x_column, y_column)
    data = rows[1:] if has_header else rows
    if not data:
        if not complete:
            raise _NeedMore
        raise DataError(f"{name}: the file has a header row but no data rows")
    header = rows[0][1] if has_header else []
    width = max(_modal_width([fields for _, fields in data])[0], len(header))
    if has_header:
        _check_header_width(name, delimiter, rows[0], data)
    _, start, _ = sample[1] if has_header else sample[0]
    data_lines = sample[1:] if has_header else sample
    return Layout(
        name=name,
        encoding=encoding,
        codec=codec,
        delimiter=delimiter,
        decimal=_decimal_mark(delimiter, data),
        has_header=has_header,
        columns=tuple(
            header[k] if k < len(header) and header[k] else f"column {k + 1}" for k in range(width)
        ),
        data_line=data[0][0],
        data_offset=mark + len(text[:start].encode(codec)),
        sample=data,
        numeric=[k for k in range(width) if _has_numbers(data, k, delimiter != ",")],
        line_bytes=sum(len(line) + 1 for _, _, line in data_lines) / len(data_lines),
    )


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``(0-based line index, offset in text, line)`` of each line of ``text``."""
    index, start = 0, 0
    for match in _BREAK.finditer(text):
        yield index, start, text[start : match.start()]
        index, start = index + 1, match.end()
    if start < len(text):
        yield index, start, text[start:]


def _content(lines: Iterator[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """The lines that are neither blank nor ``#`` comments."""
    for item in lines:
        stripped = item[2].strip()
        if stripped and not stripped.startswith("#"):
            yield item


def _check_header_width(name: str, delimiter: str, header, data) -> None:
    """Refuse a file whose rows hold more values than its header names: under ``x,y``,
    ``1,234.5,2`` may be x = 1234.5 or x = 1, y = 234.5 (a row or two like that are
    skipped instead, by line)."""
    named = len(_trimmed(header[1]))
    wider = [(line, fields) for line, fields in data if len(_trimmed(fields)) > named]
    if len(wider) * 2 > len(data):
        line, fields = wider[0]
        what = (
            "is ',' also a thousands separator (as in 1,234.5)? Save the file without "
            "thousands separators, or with ';' between the columns"
            if delimiter == ","
            else "give every column a name in the header"
        )
        raise DataError(
            f"{name}: line {line} has {len(_trimmed(fields))} values but the header "
            f"(line {header[0]}) names {named} columns: {what}"
        )


def _trimmed(fields: list[str]) -> list[str]:
    """``fields`` without the empty ones at the end (a trailing delimiter)."""
    end = len(fields)
    while end and not fields[end - 1]:
        end -= 1
    return fields[:end]


def _decimal_mark(delimiter: str, rows) -> str:
    """``","`` when a sampled number is written with a decimal comma, else ``"."``."""
    if delimiter == ",":
        return "."
    commas = any(
        "," in value and classify(value, True) == "number" for _, fields in rows for value in fields
    )
    return "," if commas else "."


def _decode(raw: bytes, name: str, final: bool) -> tuple[str, str, str, int]:
    """``(text, encoding, codec, length of the byte-order mark)`` of the bytes ``raw``;
    ``final=False`` tolerates a character cut off at the end."""
    found = next((item for item in _MARKS if raw.startswith(item[0])), None)
    mark, encoding, codec = found or (b"", "utf-8", "utf-8")
    if found is None and b"\x00" in raw:
        encoding = codec = _utf16_without_bom(raw[: len(raw) // 2 * 2])
        if codec is None:
            raise binary(name)
    body = raw[len(mark) :]
    try:
        text = codecs.getincrementaldecoder(codec)("strict").decode(body, final=final)
    except UnicodeDecodeError:
        if codec.startswith("utf-16"):
            raise DataError(f"{name}: cannot be read as UTF-16 text (damaged file?)") from None
        try:
            text, encoding = body.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = body.decode("latin-1"), "latin-1"
        codec = encoding
    text = text.rstrip("\x1a")  # the end-of-file mark of old DOS programs
    head = text[:65536]
    if len(_CONTROL.findall(head)) * 100 > len(head):
        raise binary(name)
    return text, encoding, codec, len(mark)


def _utf16_without_bom(raw: bytes) -> str | None:
    """The UTF-16 flavour of BOM-less bytes whose NULs sit in every other byte, if any."""
    even, odd = raw[0::2], raw[1::2]
    if odd and odd.count(0) * 10 >= len(odd) * 9 and b"\x00" not in even:
        return "utf-16-le"
    if even and even.count(0) * 10 >= len(even) * 9 and b"\x00" not in odd:
        return "utf-16-be"
    return None


def _longest_line(raw: bytes) -> tuple[int, int]:
    """``(0-based index, length)`` of the longest line in ``raw`` (the last may go on)."""
    lengths = [len(line) for line in re.split(rb"\r\n|\r|\n", raw)]
    index = int(np.argmax(lengths))
    return index, lengths[index]


def split_fields(line: str, delimiter: str) -> list[str]:
    """Fields of one line, unquoted and stripped; ``" "`` splits on runs of whitespace."""
    if '"' in line:
        try:
            if delimiter == " ":
                line = line.strip().replace("\t", " ")
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
        rows = [split_fields(line, delimiter) for line in lines]
        modal, frequency = _modal_width(rows)
        if modal < 2:
            continue
        values = [value for fields in rows for value in fields]
        numeric = sum(classify(value, delimiter != ",") == "number" for value in values)
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


def classify(value: str, decimal_comma: bool) -> str:
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


def number(value: str, decimal_comma: bool) -> float | None:
    """The finite number a field holds, else None."""
    if decimal_comma and "," in value:
        value = value.replace(",", ".")
    if _NUMBER.fullmatch(value):
        result = float(value)
        if math.isfinite(result):
            return result
    return None


def _is_header(rows, decimal_comma: bool, x_column, y_column) -> bool:
    """Whether the first row names the columns.

    It does when one of its fields in the columns that matter (the chosen ones, else the
    first two columns holding numbers further down) is a word: not a number and not a
    missing-value marker such as "NA". A column chosen by name makes any word count, and
    so does a name that looks like a number (``"2020"``) but is no column index.
    """
    first = rows[0][1]
    names = [field.casefold() for field in first]
    specs = [spec for spec in (x_column, y_column) if spec is not None]
    if any(_names_a_column(spec, names) for spec in specs):
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
        0 <= k < len(first) and classify(first[k], decimal_comma) == "word" for k in candidates
    )


def _names_a_column(spec, names: list[str]) -> bool:
    """Whether ``spec`` is a name in the first row that cannot be a column index."""
    if not isinstance(spec, str) or spec.strip().casefold() not in names:
        return False
    return not _is_index_text(spec) or int(spec) >= len(names)


def _has_numbers(rows, column: int, decimal_comma: bool) -> bool:
    return any(
        column < len(fields) and classify(fields[column], decimal_comma) == "number"
        for _, fields in rows
    )


# ------------------------------------------------------------------------ column choice


def check_column_type(spec, argument: str) -> None:
    """Raise TypeError unless ``spec`` is None, an int or a str."""
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


def choose_columns(layout: Layout, x_column, y_column) -> tuple[int, int]:
    """0-based (x, y) column indices from the user's choice and the sampled rows.

    A choice is an ``int`` (0-based index), a column name (case and surrounding spaces
    ignored; a name is matched before a string of digits is read as an index), or None:
    then x and y are the first two columns holding numbers, or, when one is given, the
    other is the first numeric column that is not it.
    """
    cx = _resolve_column(layout, x_column)
    cy = _resolve_column(layout, y_column)
    if cx is None and cy is None:
        if not layout.numeric:
            raise DataError(f"{layout.name}: line {layout.sample[0][0]}: no numeric columns")
        if len(layout.numeric) == 1:
            raise DataError(
                f"{layout.name}: only one column holds numbers "
                f"({layout.columns[layout.numeric[0]]!r}); need two columns (x and y)"
            )
        cx, cy = layout.numeric[:2]
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


def _other_column(layout: Layout, taken: int) -> int:
    """The first numeric column that is not ``taken``, else the first other column."""
    candidates = [*layout.numeric, *range(len(layout.columns))]
    return next(k for k in candidates if k != taken)


def _resolve_column(layout: Layout, spec) -> int | None:
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


# ------------------------------------------------------------------------------ helpers


def display_name(path: str | None) -> str:
    """The file's name for messages (its repr when it holds unprintable characters)."""
    name = os.path.basename(os.path.normpath(path)) if path else "data"
    return name if name.isprintable() else repr(name)


def size_text(size: int) -> str:
    """A file size for a message: ``"3.1 GB"``, ``"2 GB"``, ``"1 MB"``."""
    if size >= 1e9:
        return f"{size / 1e9:.2g} GB"
    return f"{size / 1e6:.2g} MB"
