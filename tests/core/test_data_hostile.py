"""Hostile and misleading files: special files, files that change while read, data that
would be read wrong without a word, and damaged files that must be refused quickly.

Each class of input is checked on every way the loader reads a file (see
``test_data_large.use_parser``): the fast path in one range or in several, and the
careful path, line by line.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gdviz.core import data
from gdviz.core.data import DataError, checked_statistics, load_dataset, read_columns
from tests.core.test_data_large import PARSERS, use_parser


def one_line(error: BaseException, name: str) -> str:
    message = str(error)
    assert "\n" not in message and message.startswith(f"{name}: "), message
    return message


# ---------------------------------------------------------------------- special files


def load_within(path, seconds: float = 5.0):
    """``load_dataset(path)`` in a thread; fails the test if it blocks (on a pipe)."""
    outcome = {}

    def run():
        try:
            outcome["dataset"] = load_dataset(path)
        except BaseException as error:
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():  # unblock it (a writer opens the pipe), then fail
        with open(path, "wb"):
            pass
        thread.join(seconds)
        pytest.fail(f"loading {path} blocked")
    return outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("function", [load_dataset, read_columns])
def test_a_named_pipe_is_refused_at_once(tmp_path, function):
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    started = time.perf_counter()
    outcome = load_within(path) if function is load_dataset else {}
    if function is read_columns:
        with pytest.raises(DataError) as info:
            read_columns(path)
        outcome["error"] = info.value
    assert isinstance(outcome.get("error"), DataError), outcome
    message = one_line(outcome["error"], "pipe.csv")
    assert "not a regular file but a named pipe (FIFO)" in message
    assert time.perf_counter() - started < 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_file_that_becomes_a_pipe_is_not_waited_for(tmp_path, monkeypatch):
    """The check before opening passes, then the name is a pipe: opening does not block
    (no writer will ever come) and the open file is refused."""
    regular = tmp_path / "regular.csv"
    regular.write_text("x,y\n1,2\n3,4\n")
    path = tmp_path / "swapped.csv"
    os.mkfifo(path)
    real_stat = os.stat
    monkeypatch.setattr(data.os, "stat", lambda p, *a, **k: real_stat(regular))
    outcome = load_within(path)
    message = one_line(outcome["error"], "swapped.csv")
    assert "named pipe" in message


def test_a_device_is_refused():
    with pytest.raises(DataError) as info:
        load_dataset("/dev/zero")
    assert one_line(info.value, "zero") == (
        "zero: not a regular file but a device; choose a data file"
    )


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused():
    folder = tempfile.mkdtemp(dir="/tmp")  # a socket's path must be short
    path = os.path.join(folder, "s.csv")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(path)
        with pytest.raises(DataError) as info:
            load_dataset(path)
    os.unlink(path)
    os.rmdir(folder)
    assert "not a regular file but a socket" in one_line(info.value, "s.csv")


# ------------------------------------------------------------- files that change under us


def write_big(path: Path, rows: int = 60_000) -> Path:
    """About 1.3 MB of clean rows: several reads of 256 kB each."""
    path.write_text("x,y\n" + "".join(f"{k}.25,{k * 3}.5\n" for k in range(rows)))
    return path


def shrink(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 3)


def grow(path: Path) -> None:
    with open(path, "a") as stream:
        stream.write("1,2\n" * 1000)


def rewrite(path: Path) -> None:
    """Same size, new content and modification time."""
    path.write_bytes(path.read_bytes().replace(b"5", b"7"))
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("change", [shrink, grow, rewrite], ids=["shrinks", "grows", "rewritten"])
def test_a_file_that_changes_while_read_is_refused(tmp_path, monkeypatch, parser, change):
    use_parser(monkeypatch, parser, range_bytes=200_000)
    path = write_big(tmp_path / "live.csv")
    changed = []

    def progress(fraction):
        if not changed:
            changed.append(fraction)
            change(path)

    with pytest.raises(DataError) as info:
        load_dataset(path, progress=progress)
    assert changed
    assert one_line(info.value, "live.csv") == (
        "live.csv: the file changed while it was read (is another program writing it?); "
        "nothing was loaded"
    )


# ------------------------------------------------------------------ read wrong silently


@pytest.mark.parametrize("parser", PARSERS)
def test_a_row_with_a_field_too_many_is_skipped_not_shifted(tmp_path, monkeypatch, parser):
    use_parser(monkeypatch, parser)
    path = tmp_path / "prices.csv"
    rows = [f"{k},{k * 2}" for k in range(200)]
    rows[50] = "1,234.5,2"  # a thousands separator, or a third column?
    path.write_text("x,y\n" + "\n".join(rows) + "\n")
    dataset = load_dataset(path)
    assert dataset.n == 199 and 234.5 not in dataset.y
    assert dataset.skipped_lines == (52,)
    assert dataset.skipped_reason == (
        "line 52: 3 fields where the header has 2 (is ',' also a thousands separator?)"
    )
    assert "thousands separator" in dataset.skipped_note()


@pytest.mark.parametrize("parser", PARSERS)
def test_a_row_with_a_field_too_many_without_a_header(tmp_path, monkeypatch, parser):
    use_parser(monkeypatch, parser)
    path = tmp_path / "plain.csv"
    rows = [f"{k},{k * 2}" for k in range(200)]
    rows[0] = "1,234.5,2"  # the first row too: pandas would make "1" the index
    path.write_text("\n".join(rows) + "\n")
    dataset = load_dataset(path)
    assert dataset.n == 199 and dataset.skipped_lines == (1,)
    assert "3 fields where the other rows have 2" in dataset.skipped_reason


def test_rows_wider_than_the_header_are_refused_as_ambiguous(tmp_path):
    path = tmp_path / "money.csv"
    path.write_text("amount,count\n1,234.5,2\n2,000.25,3\n17,5,6\n")
    with pytest.raises(DataError) as info:
        load_dataset(path)
    assert one_line(info.value, "money.csv") == (
        "money.csv: line 2 has 3 values but the header (line 1) names 2 columns: is ',' "
        "also a thousands separator (as in 1,234.5)? Save the file without thousands "
        "separators, or with ';' between the columns"
    )


def test_rows_wider_than_the_header_are_refused(tmp_path):
    path = tmp_path / "unnamed.txt"
    path.write_text("x;y\nid7;1;2\nid8;3;5\n")
    with pytest.raises(DataError) as info:
        load_dataset(path)
    assert one_line(info.value, "unnamed.txt") == (
        "unnamed.txt: line 2 has 3 values but the header (line 1) names 2 columns: "
        "give every column a name in the header"
    )


def test_a_trailing_delimiter_is_no_extra_field(tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text("x,y\n1,2,\n3,4,\n5,6\n7,8,,\n")
    dataset = load_dataset(path)
    np.testing.assert_array_equal(dataset.x, [1, 3, 5, 7])
    assert dataset.skipped_rows == 0


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("first_line", "delimiter"),
    [("sep=;", ";"), ('"sep=;"', ";"), ("sep=,", ","), ("sep=\t", "\t"), ("sep=;;", ";")],
    ids=["semicolon", "quoted", "comma", "tab", "padded"],
)
def test_excel_sep_line_names_the_delimiter(tmp_path, monkeypatch, parser, first_line, delimiter):
    use_parser(monkeypatch, parser)
    comma = "," if delimiter != "," else "."  # the decimal mark
    rows = [f"{k}{comma}5{delimiter}{k * 2}" for k in range(300)]
    path = tmp_path / "excel.csv"
    path.write_bytes(
        f"{first_line}\r\nhours{delimiter}score\r\n".encode() + "\r\n".join(rows).encode()
    )
    dataset = load_dataset(path)
    assert dataset.delimiter == delimiter and dataset.columns == ("hours", "score")
    assert dataset.has_header and dataset.skipped_rows == 0 and dataset.skipped_note() is None
    assert dataset.n == 300 and dataset.x[1] == 1.5 and dataset.y[1] == 2
    assert read_columns(path) == ("hours", "score")


def test_excel_sep_line_without_a_header(tmp_path):
    path = tmp_path / "bare.csv"
    path.write_text("sep=;\n1;2\n3;5\n")
    dataset = load_dataset(path)
    assert not dataset.has_header and dataset.columns == ("column 1", "column 2")
    assert dataset.skipped_lines == () and list(dataset.x) == [1, 3]


@pytest.mark.parametrize(
    ("text", "x_column", "y_column", "x", "y"),
    [
        ("year,2020,2021\n1,5,6\n2,7,9\n", "2020", "2021", [5, 7], [6, 9]),
        ("2019,2020\n1,2\n3,5\n", "2019", "2020", [1, 3], [2, 5]),
        ("2019,2020\n1,2\n3,5\n", "2020", None, [2, 5], [1, 3]),
        ("0,1\n2,3\n4,5\n", "1", "0", [1, 3, 5], [0, 2, 4]),
        ("a,b,1\n5,6,7\n8,9,11\n", "1", "0", [7, 11], [5, 8]),
    ],
    ids=["year-names", "numeric-header", "one-numeric-name", "digits-are-indices", "name-first"],
)
def test_column_names_that_look_like_numbers(tmp_path, text, x_column, y_column, x, y):
    path = tmp_path / "years.csv"
    path.write_text(text)
    dataset = load_dataset(path, x_column, y_column)
    np.testing.assert_array_equal(dataset.x, x)
    np.testing.assert_array_equal(dataset.y, y)
    if x_column != "1" or "a,b" in text:
        assert dataset.x_name == x_column


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.integers(-999, 999), st.integers(-999, 999), st.integers(0, 999)),
        min_size=3,
        max_size=40,
    ),
    wide=st.sets(st.integers(0, 39), min_size=1, max_size=3),
    header=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t", " "]),
    parser=st.sampled_from(PARSERS),
)
def test_a_row_with_extra_fields_is_never_read(
    tmp_path_factory, rows, wide, header, delimiter, parser
):
    """Whatever the file and the parser, a row with a field too many is skipped and its
    line reported (or the file refused): never its first fields taken for x and y."""
    wide = {k for k in wide if k < len(rows)} or {0}
    lines = [delimiter.join(map(str, row if k in wide else row[:2])) for k, row in enumerate(rows)]
    if header:
        lines.insert(0, delimiter.join(["x", "y"]))
    path = tmp_path_factory.mktemp("wide") / "wide.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.MonkeyPatch.context() as patch:
        use_parser(patch, parser, range_bytes=32)
        try:
            dataset = load_dataset(path)
        except DataError as error:
            one_line(error, "wide.csv")
            return
    first = 2 if header else 1
    expected = [first + k for k in sorted(wide)][:5]
    if len(wide) * 2 < len(rows):
        assert list(dataset.skipped_lines) == expected, (lines, dataset.skipped_lines)
        assert dataset.n == len(rows) - len(wide)


# ------------------------------------------------------------------- unbounded work


@pytest.mark.parametrize("parser", ["fast", "careful"])
def test_a_huge_damaged_file_is_refused_quickly(tmp_path, monkeypatch, parser):
    """A 20 MB file whose rows are nearly all unusable: reading stops after a few
    thousand rows, instead of going through 1,000,000 of them one by one."""
    use_parser(monkeypatch, parser)
    parsed_rows = []
    split_fields = data._split_fields

    def counting(line, *args):
        parsed_rows.append(line)
        return split_fields(line, *args)

    monkeypatch.setattr(data, "_split_fields", counting)
    path = tmp_path / "damaged.csv"
    path.write_bytes(b"x,y\n1,2\n3,4\n" + b"n/a,#VALUE!\n" * 1_000_000 + b"5,6\n")
    started = time.perf_counter()
    with pytest.raises(DataError) as info:
        load_dataset(path)
    assert time.perf_counter() - started < 5
    assert len(parsed_rows) <= 3 * data.MAX_BAD_ROWS
    message = one_line(info.value, "damaged.csv")
    assert message.startswith("damaged.csv: reading stopped at line ")
    assert "with only 2 rows usable so far (" in message
    assert "lines 4, 5, 6, 7, 8, ...; line 4: the value for 'x' is missing ('n/a')" in message


def test_many_bad_rows_among_many_good_ones_still_load(tmp_path):
    """Up to one unusable row in ten goes on (a spreadsheet column with gaps)."""
    path = tmp_path / "gaps.csv"
    rows = [f"{k},{k % 7}" if k % 12 else f"{k},NA" for k in range(30_000)]
    path.write_text("x,y\n" + "\n".join(rows) + "\n")
    dataset = load_dataset(path)
    assert dataset.skipped_rows == 2500 and dataset.n == 27_500


# ---------------------------------------------------------------- numbers floats cannot fit


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("x,y\n1,1e308\n2,-1e308\n3,0\n", "data.csv: y values as large as 1e+308 are too large"),
        ("x,y\n1e-320,1\n2e-320,2\n3e-320,4\n", "data.csv: the x values differ too little"),
        ("x,y\n1e200,1\n-1e200,2\n", "data.csv: x values as large as 1e+200 are too large"),
    ],
    ids=["overflow", "underflow", "huge-x"],
)
def test_refusals_of_numbers_name_the_file(tmp_path, text, words):
    path = tmp_path / "data.csv"
    path.write_text(text)
    dataset = load_dataset(path)  # loading is fine; fitting a line is not
    with pytest.raises(DataError) as info:
        checked_statistics(dataset)
    assert one_line(info.value, "data.csv").startswith(words)


def test_checked_statistics_of_fine_data(tmp_path):
    path = tmp_path / "fine.csv"
    path.write_text("x,y\n1,2\n2,4.5\n3,5\n")
    stats = checked_statistics(load_dataset(path))
    assert stats.n == 3 and stats.x_mean == 2.0
