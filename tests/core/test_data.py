"""Loading data files: odd and broken files, exact values, clear one-line errors."""

from __future__ import annotations

import dataclasses
import os
import string
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gdviz.core import data
from gdviz.core.data import DataError, Dataset, from_arrays, load_dataset, read_columns
from tests.conftest import DATA

DIRECTORY = object()  # corpus content: make a folder instead of a file
MISSING = object()  # corpus content: no file at all

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00"
RANDOM_BYTES = np.random.default_rng(7).integers(0, 256, 400, dtype=np.uint8).tobytes()


@dataclasses.dataclass
class Loads:
    """Expect these exact values (and attributes) from the file."""

    x: list[float]
    y: list[float]
    attrs: dict = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class Fails:
    """Expect a DataError whose message holds the file name and all these words."""

    words: tuple[str, ...]


def loads(x, y, **attrs) -> Loads:
    return Loads(list(x), list(y), attrs)


def fails(*words: str) -> Fails:
    return Fails(words)


def case(case_id, file_name, content, expected, **columns):
    if isinstance(content, str):
        content = content.encode("utf-8")
    return pytest.param(file_name, content, columns, expected, id=case_id)


LONG_TEXT = "a" * 200_000

CORPUS = [
    # Encodings
    case(
        "utf8-bom",
        "bom.csv",
        b"\xef\xbb\xbfhours,score\r\n1,2\r\n3,4\r\n",
        loads([1, 3], [2, 4], encoding="utf-8-sig", x_name="hours", has_header=True),
    ),
    case(
        "cp1252-degree-euro",
        "temps.csv",
        "Température (°C);Durée (€)\n12,5;3\n14;4,5\n".encode("cp1252"),
        loads(
            [12.5, 14],
            [3, 4.5],
            encoding="cp1252",
            delimiter=";",
            columns=("Température (°C)", "Durée (€)"),
        ),
    ),
    case(
        "latin1-undefined-in-cp1252",
        "latin.csv",
        b"caf\xe9\x81,prix\n1,2\n2,3\n",
        loads([1, 2], [2, 3], encoding="latin-1", x_name="caf\xe9\x81", y_name="prix"),
    ),
    case(
        "utf16-excel-unicode-text",
        "unicode.txt",
        "hours\tscore\r\n1,5\t2\r\n3\t4,25\r\n".encode("utf-16"),
        loads([1.5, 3], [2, 4.25], encoding="utf-16", delimiter="\t", y_name="score"),
    ),
    case(
        "utf16-big-endian-bom",
        "be.csv",
        b"\xfe\xff" + "x,y\n1,2\n3,4\n".encode("utf-16-be"),
        loads([1, 3], [2, 4], encoding="utf-16"),
    ),
    case(
        "utf16-without-bom",
        "nobom.csv",
        "x,y\n1,2\n3,4\n".encode("utf-16-le"),
        loads([1, 3], [2, 4], encoding="utf-16-le"),
    ),
    # Line endings
    case("crlf", "crlf.csv", b"x,y\r\n1,2\r\n3,4\r\n5,6\r\n", loads([1, 3, 5], [2, 4, 6])),
    case("old-mac-cr", "mac.csv", b"x,y\r1,2\r3,4\r", loads([1, 3], [2, 4])),
    case(
        "cr-with-bad-line",
        "macbad.csv",
        b"x,y\r1,2\rfoo,4\r5,6\r",
        loads([1, 5], [2, 6], skipped_rows=1, skipped_lines=(3,)),
    ),
    case("dos-eof-marker", "dos.csv", b"x,y\r\n1,2\r\n3,4\r\n\x1a", loads([1, 3], [2, 4])),
    # Delimiters
    case(
        "semicolon-decimal-comma",
        "komma.csv",
        "x;y\n1,5;-2,75\n3;4,25\n-0,5;+1,0\n",
        loads([1.5, 3, -0.5], [-2.75, 4.25, 1.0], delimiter=";"),
    ),
    case("tab", "tab.tsv", "a\tb\n1\t2\n3\t4\n", loads([1, 3], [2, 4], delimiter="\t")),
    case("pipe", "pipe.txt", "x|y\n1|2\n3|4\n", loads([1, 3], [2, 4], delimiter="|")),
    case(
        "pipe-table-with-borders",
        "table.md",
        "| x | y |\n| 1 | 2 |\n| 3 | 4 |\n",
        loads([1, 3], [2, 4], x_name="x", x_column=1, y_column=2),
    ),
    case(
        "whitespace-aligned",
        "aligned.txt",
        "  hours    score\n   1.0     2.0\n  10.5    -3.0\n\t7\t 8 \n",
        loads([1, 10.5, 7], [2, -3, 8], delimiter=" ", columns=("hours", "score")),
    ),
    case(
        "whitespace-decimal-comma",
        "aligned_komma.txt",
        "1,5   2,5\n3,25  4\n",
        loads([1.5, 3.25], [2.5, 4], delimiter=" ", has_header=False),
    ),
    case(
        "comma-and-space",
        "spaced.csv",
        "x, y\n1, 2\n3, 4\n",
        loads([1, 3], [2, 4], delimiter=",", columns=("x", "y")),
    ),
    # Quotes and headers
    case(
        "quoted-fields",
        "quoted.csv",
        '"hours studied","score"\n"1.5","2"\n"3", "4.5"\n',
        loads([1.5, 3], [2, 4.5], x_name="hours studied"),
    ),
    case(
        "quoted-delimiter-in-text-column",
        "names.csv",
        'name,x,y\n"Smith, J",1,2\n"Doe, A",3,4\n',
        loads([1, 3], [2, 4], x_column=1, y_column=2, columns=("name", "x", "y")),
    ),
    case(
        "columns-by-name",
        "chosen.csv",
        "id,Hours,Score\n1,10,20\n2,30,45\n3,50,61\n",
        loads([20, 45, 61], [10, 30, 50], x_column=2, y_column=1, x_name="Score"),
        x_column="score",
        y_column="  HOURS ",
    ),
    case(
        "columns-by-digit-string",
        "digits.csv",
        "id,Hours,Score\n1,10,20\n2,30,45\n",
        loads([1, 2], [20, 45], x_column=0, y_column=2),
        x_column="0",
        y_column="2",
    ),
    case(
        "only-y-given-x-is-next-numeric",
        "only_y.csv",
        "label,a,b\nq,1,5\nr,2,7\n",
        loads([5, 7], [1, 2], x_column=2, y_column=1),
        y_column=1,
    ),
    case(
        "column-index-out-of-range",
        "range.csv",
        "x,y\n1,2\n3,4\n",
        fails("column index 5", "2 columns"),
        x_column=5,
    ),
    case(
        "unknown-column-name",
        "names2.csv",
        "Hours,Score\n1,2\n3,4\n",
        fails("'weight' not found", "'Hours'", "'Score'"),
        x_column="weight",
    ),
    case(
        "same-column-twice",
        "twice.csv",
        "hours,score\n1,2\n3,4\n",
        fails("'hours'", "two different columns"),
        x_column="hours",
        y_column=0,
    ),
    case(
        "comments-and-blank-lines",
        "commented.csv",
        "# exported\n\n  # by a teacher\nx,y\n\n1,2\n# mid\n3,4\n\n\n5,oops\n7,8\n",
        loads([1, 3, 7], [2, 4, 8], skipped_rows=1, skipped_lines=(11,), has_header=True),
    ),
    # Ragged rows and bad values
    case(
        "trailing-delimiters",
        "trailing.csv",
        "x,y,\n1,2,\n3,4,\n",
        loads([1, 3], [2, 4], columns=("x", "y", "column 3")),
    ),
    case(
        "junk-in-unused-column",
        "notes.csv",
        "x,y,notes\n1,2,\n3,4,bad;;;\n5,6,ok\n",
        loads([1, 3, 5], [2, 4, 6], skipped_rows=0),
    ),
    case(
        "missing-values-and-short-rows",
        "gaps.csv",
        "x,y\n1,2\n3,\n,4\n5,6\n7\n8,9\n",
        loads([1, 5, 8], [2, 6, 9], skipped_rows=3, skipped_lines=(3, 4, 6)),
    ),
    case(
        "na-nan-inf-values",
        "special.csv",
        "x,y\n1,2\nNA,3\n4,nan\ninf,5\n6,1e999\n7,8\n-inf,1\nN/A,2\n10,11\n",
        loads([1, 7, 10], [2, 8, 11], skipped_rows=6, skipped_lines=(3, 4, 5, 6, 8)),
    ),
    case(
        "first-row-na-is-data",
        "na_first.csv",
        "NA,1\n2,3\n4,5\n",
        loads([2, 4], [3, 5], has_header=False, skipped_lines=(1,)),
    ),
    case(
        "very-long-lines",
        "long.csv",
        f'x,y,comment\n1,2,"{LONG_TEXT}"\n3,4,{LONG_TEXT}\n5,6,z\n',
        loads([1, 3, 5], [2, 4, 6]),
    ),
    case(
        "scientific-notation",
        "sci.csv",
        "1e-300,1E+300\n2.5E-3,-4e2\n.5,5.\n",
        loads([1e-300, 2.5e-3, 0.5], [1e300, -400, 5], has_header=False),
    ),
    case(
        "signs",
        "signs.txt",
        "x y\n-1 +2\n+3.5 -4\n-0 0\n",
        loads([-1, 3.5, 0], [2, -4, 0], delimiter=" "),
    ),
    # Files that cannot be used
    case("header-only", "header.csv", "hours,score\n", fails("header", "no data rows")),
    case("empty", "empty.csv", b"", fails("empty")),
    case("only-comments", "comments.csv", "# nothing\n\n   \n#\n", fails("no data")),
    case("directory", "folder", DIRECTORY, fails("folder")),
    case("missing-file", "nowhere.csv", MISSING, fails("not found")),
    case("png", "picture.csv", PNG_HEADER + RANDOM_BYTES, fails("binary")),
    case("random-bytes-with-nuls", "noise.dat", RANDOM_BYTES, fails("binary")),
    case("control-characters", "ctrl.csv", bytes(range(1, 32)) * 8, fails("binary")),
    case("single-column", "one.csv", "score\n1\n2\n3\n", fails("only one column")),
    case(
        "x-constant", "flat.csv", "x,y\n3,1\n3,2\n3,5\n", fails("all x values are equal (x = 3.0)")
    ),
    case(
        "one-valid-point",
        "lonely.csv",
        "x,y\n1,2\nabc,3\n4,\n",
        fails("only 1 row", "2 rows skipped", "lines 3, 4", "line 3", "'abc'", "not a number"),
    ),
    case(
        "no-numeric-columns", "words.csv", "a,b\nfoo,bar\nbaz,qux\n", fails("line 2", "no numeric")
    ),
    case(
        "one-numeric-column",
        "names3.csv",
        "name,score\nann,1\nbob,2\n",
        fails("only one column holds numbers", "'score'"),
    ),
]


def make(tmp_path: Path, file_name: str, content) -> Path:
    path = tmp_path / file_name
    if content is DIRECTORY:
        path.mkdir()
    elif content is not MISSING:
        path.write_bytes(content)
    return path


def assert_data_error(error: DataError, file_name: str, words) -> None:
    message = str(error)
    assert "\n" not in message and "Traceback" not in message
    assert file_name in message
    for word in words:
        assert word in message


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 25


@pytest.mark.parametrize(("file_name", "content", "columns", "expected"), CORPUS)
def test_corpus(tmp_path, file_name, content, columns, expected):
    path = make(tmp_path, file_name, content)
    if isinstance(expected, Fails):
        with pytest.raises(DataError) as info:
            load_dataset(path, **columns)
        assert_data_error(info.value, file_name, expected.words)
        return
    dataset = load_dataset(path, **columns)
    np.testing.assert_array_equal(dataset.x, np.array(expected.x, dtype=np.float64))
    np.testing.assert_array_equal(dataset.y, np.array(expected.y, dtype=np.float64))
    assert dataset.x.dtype == dataset.y.dtype == np.float64
    assert dataset.n == len(expected.x)
    assert dataset.path == str(path)
    for attribute, value in expected.attrs.items():
        assert getattr(dataset, attribute) == value, attribute
    assert dataset.x_name == dataset.columns[dataset.x_column]
    assert dataset.y_name == dataset.columns[dataset.y_column]
    assert read_columns(path) == dataset.columns


# ------------------------------------------------------------------- the tutorial's data


def test_tutorial_data_set(seed_csv):
    dataset = load_dataset(seed_csv)
    assert dataset.n == 100
    assert dataset.x[0] == 32.502345269453031
    assert dataset.y[0] == 31.70700584656992
    assert not dataset.has_header
    assert dataset.columns == ("column 1", "column 2")
    assert (dataset.x_name, dataset.y_name) == ("column 1", "column 2")
    assert dataset.skipped_rows == 0 and dataset.skipped_note() is None
    assert dataset.summary().startswith("data.csv: 100 points; x (column 1) from ")


@pytest.mark.parametrize("path", sorted(DATA.glob("*.csv")), ids=lambda path: path.name)
def test_shipped_examples_load_cleanly(path):
    dataset = load_dataset(path)
    assert dataset.has_header and dataset.skipped_rows == 0 and dataset.n >= 5
    assert dataset.x_column == 0 and dataset.y_column == 1


# --------------------------------------------------------------- large files, line numbers


def write_rows_with_bad_ones(path: Path, rows: int, bad: dict[int, str]):
    """A file of ``rows`` data rows with blank lines and comments sprinkled in.

    Returns the expected x, y and the 1-based line numbers of the bad rows.
    """
    lines = ["# exported from a spreadsheet", "", "hours,score"]
    xs, ys, bad_lines = [], [], []
    for row in range(rows):
        if row % 700 == 0:
            lines.append("")
        if row % 1100 == 0:
            lines.append("# a comment in the middle")
        if row in bad:
            lines.append(bad[row])
            bad_lines.append(len(lines))
            continue
        x, y = row * 0.25, 3.0 - row / 7
        lines.append(f"{x!r},{y!r}")
        xs.append(x)
        ys.append(y)
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return np.array(xs), np.array(ys), bad_lines


@pytest.mark.parametrize("use_pandas", [True, False], ids=["pandas", "line-by-line"])
def test_thousands_of_rows_with_a_few_bad_ones(tmp_path, monkeypatch, use_pandas):
    monkeypatch.setattr(data, "_use_pandas", lambda size: use_pandas)
    bad = {0: "x,1", 1500: "1.5,", 2999: "nan,2", 3000: "4;5", 4321: "1,2e999", 4999: "7"}
    path = tmp_path / "big.csv"
    xs, ys, bad_lines = write_rows_with_bad_ones(path, 5000, bad)
    dataset = load_dataset(path)
    np.testing.assert_array_equal(dataset.x, xs)
    np.testing.assert_array_equal(dataset.y, ys)
    assert dataset.skipped_rows == len(bad)
    assert dataset.skipped_lines == tuple(bad_lines[:5])
    assert dataset.summary().startswith(
        f"big.csv: {5000 - len(bad):,} points (6 rows skipped: lines "
        + ", ".join(map(str, bad_lines[:5]))
        + ", ...)"
    )


def test_bad_rows_are_reported_by_line(tmp_path):
    path = tmp_path / "few.csv"
    bad = {row: "oops,1" for row in range(1, 40)}
    *_, bad_lines = write_rows_with_bad_ones(path, 40, bad)
    with pytest.raises(DataError) as info:
        load_dataset(path)
    first = f"line {bad_lines[0]}: 'oops' in column 'hours' is not a number"
    where = "lines " + ", ".join(map(str, bad_lines[:5])) + ", ...;"
    assert_data_error(info.value, "few.csv", ("only 1 row", "39 rows skipped", where, first))


@pytest.mark.parametrize(
    "text",
    [
        "# comment\nhours,score\n" + "".join(f"{k},{k * 1.5}\n" for k in range(20_000)),
        "x;y\r\n" + "".join(f"{k},5;{k}\r\n" for k in range(20_000)),
        "".join(f"  {k}   {-k}\n" for k in range(20_000)),
    ],
    ids=["comma-header-comment", "semicolon-decimal-comma-crlf", "whitespace"],
)
def test_clean_files_never_parse_row_by_row(tmp_path, monkeypatch, text):
    def per_row_parse(*args, **kwargs):
        raise AssertionError("a clean file went through the line-by-line path")

    monkeypatch.setattr(data, "_read_careful", per_row_parse)
    monkeypatch.setattr(data, "_use_pandas", lambda size: True)
    path = tmp_path / "clean.csv"
    path.write_bytes(text.encode())
    assert load_dataset(path).n == 20_000


def test_fast_and_careful_parse_agree(tmp_path):
    rows = [f"{k / 3!r};{k * 1e-7!r}" for k in range(1, 3000)]
    clean = tmp_path / "clean.csv"
    clean.write_text("\n".join(rows))
    with_comment = tmp_path / "comment.csv"
    with_comment.write_text("\n".join([*rows[:1500], "# forces the careful parse", *rows[1500:]]))
    a, b = load_dataset(clean), load_dataset(with_comment)
    np.testing.assert_array_equal(a.x, b.x)
    np.testing.assert_array_equal(a.y, b.y)


# ------------------------------------------------------------------ reading, permissions


def test_permission_denied(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    path = tmp_path / "secret.csv"
    path.write_text("x,y\n1,2\n3,4\n")
    monkeypatch.setattr(data, "open", refuse, raising=False)
    with pytest.raises(DataError) as info:
        load_dataset(path)
    assert_data_error(info.value, "secret.csv", ("permission denied",))


def test_unusable_file_name(tmp_path):
    with pytest.raises(DataError, match="file name"):
        load_dataset(str(tmp_path / "bad\x00name.csv"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.csv"
    path.write_text("x,y\n1,2\n3,4\n")
    path.chmod(0)
    with pytest.raises(DataError) as info:
        load_dataset(path)
    assert_data_error(info.value, "locked.csv", ("permission denied",))


def test_read_columns(tmp_path):
    named = tmp_path / "named.csv"
    named.write_text("# notes\nHours studied;Score;\n1;2;\n3;4;\n")
    assert read_columns(named) == ("Hours studied", "Score", "column 3")
    plain = tmp_path / "plain.csv"
    plain.write_text("1 2 3\n4 5 6\n")
    assert read_columns(plain) == ("column 1", "column 2", "column 3")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(PNG_HEADER)
    with pytest.raises(DataError, match=r"binary\.csv: looks like a binary file"):
        read_columns(binary)


@pytest.mark.parametrize(
    ("text", "columns"),
    [
        ("a;b,c\nd;e,f\n", ("a", "b,c")),
        ("a\tb;c\nd\te;f\n", ("a", "b;c")),
        ("a,b|c\nd,e|f\n", ("a", "b|c")),
        ("a|b c\nd|e f\n", ("a", "b c")),
    ],
    ids=["semicolon-over-comma", "tab-over-semicolon", "comma-over-pipe", "pipe-over-space"],
)
def test_delimiter_ties_follow_the_preference_order(tmp_path, text, columns):
    path = tmp_path / "tie.txt"
    path.write_text(text)
    assert read_columns(path) == columns


def test_read_columns_reads_only_the_start(tmp_path):
    path = tmp_path / "tail.csv"
    head = "x,y\n" + "1.25,2.5\n" * (2 * data.PREVIEW_BYTES // 9)
    path.write_bytes(head.encode() + b"\x00\x01\x02 damaged tail")
    assert read_columns(path) == ("x", "y")
    with pytest.raises(DataError, match="binary"):
        load_dataset(path)


@pytest.mark.parametrize("spec", [1.5, True, ["x"]])
def test_column_choice_of_wrong_type(tmp_path, spec):
    path = tmp_path / "ok.csv"
    path.write_text("x,y\n1,2\n3,4\n")
    with pytest.raises(TypeError, match="x_column"):
        load_dataset(path, x_column=spec)


def test_column_names_without_header(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("1,2,3\n4,5,7\n")
    dataset = load_dataset(path, x_column="column 3", y_column=np.int64(0))
    assert (dataset.x_name, dataset.y_name) == ("column 3", "column 1")
    np.testing.assert_array_equal(dataset.x, [3, 7])
    with pytest.raises(DataError, match=r"'hours' not found .*'column 1', 'column 2'"):
        load_dataset(path, x_column="hours")


# ----------------------------------------------------------------- Dataset and from_arrays


def test_dataset_is_immutable(tmp_path):
    dataset = from_arrays([1, 2, 3], [2, 4, 7])
    with pytest.raises(dataclasses.FrozenInstanceError):
        dataset.x = np.zeros(3)
    with pytest.raises(ValueError, match="read-only"):
        dataset.x[0] = 5.0


def test_from_arrays():
    dataset = from_arrays([1, 2, np.nan, 4], np.array([3.0, 5.0, 1.0, np.inf]))
    assert isinstance(dataset, Dataset)
    np.testing.assert_array_equal(dataset.x, [1, 2])
    np.testing.assert_array_equal(dataset.y, [3, 5])
    assert dataset.path is None and dataset.skipped_rows == 2 and dataset.skipped_lines == ()
    assert (dataset.x_name, dataset.y_name, dataset.columns) == ("x", "y", ("x", "y"))
    assert dataset.summary() == "2 points (2 points skipped); x from 1 to 2, y from 3 to 5"
    assert dataset.skipped_note() == "2 points skipped: x or y was not a finite number"


@pytest.mark.parametrize(
    ("x", "y", "words"),
    [
        ([1, 2, 3], [1, 2], "different lengths (3 and 2)"),
        ([1, np.nan], [1, 2], "need at least two points with finite x and y, found 1"),
        ([2.5, 2.5, 2.5], [1, 2, 3], "all x values are equal (x = 2.5)"),
        ([[1, 2], [3, 4]], [1, 2], "x must be one-dimensional"),
        (["a", "b"], [1, 2], "x must be a sequence of numbers"),
        ([], [], "found 0"),
    ],
)
def test_from_arrays_rejects(x, y, words):
    with pytest.raises(DataError) as info:
        from_arrays(x, y, name="my data")
    assert str(info.value).startswith("my data: ")
    assert words in str(info.value)


def test_summary_and_skipped_note(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text("hours,score\n20.1,31.7\n70.9,118.6\nabc,1\n45,60\n,\n")
    dataset = load_dataset(path)
    assert dataset.summary() == (
        "scores.csv: 3 points (2 rows skipped: lines 4, 6); "
        "x (hours) from 20.1 to 70.9, y (score) from 31.7 to 118.6"
    )
    note = dataset.skipped_note()
    assert note.startswith("scores.csv: 2 rows skipped (lines 4, 6): ")
    assert "'hours'" in note and "\n" not in note


# ------------------------------------------------------------------------- properties

finite = st.floats(allow_nan=False, allow_infinity=False)
names = st.from_regex(r"[A-Za-z][A-Za-z_]{0,8}", fullmatch=True).filter(
    lambda name: name.lower() not in {"na", "nan", "inf", "infinity", "null", "none", "missing"}
)
decorations = st.sampled_from(["", "   ", "# a comment", "  # another, with; delimiters"])


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hypothesis")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pairs=st.lists(st.tuples(finite, finite), min_size=2, max_size=25),
    delimiter=st.sampled_from([",", ";", "\t", " "]),
    header=st.none() | st.tuples(names, names),
    newline=st.sampled_from(["\n", "\r\n"]),
    extras=st.lists(st.tuples(st.integers(0, 30), decorations), max_size=5),
)
def test_round_trip(scratch, pairs, delimiter, header, newline, extras):
    lines = [f"{x!r}{delimiter}{y!r}" for x, y in pairs]
    if header:
        lines.insert(0, delimiter.join(header))
    for position, extra in extras:
        lines.insert(position, extra)
    path = scratch / "round_trip.csv"
    path.write_bytes((newline.join(lines) + newline).encode())
    xs = np.array([x for x, _ in pairs])
    ys = np.array([y for _, y in pairs])
    if xs.min() == xs.max():
        with pytest.raises(DataError, match="all x values are equal"):
            load_dataset(path)
        return
    dataset = load_dataset(path)
    np.testing.assert_array_equal(dataset.x, xs)
    np.testing.assert_array_equal(dataset.y, ys)
    assert dataset.has_header == bool(header)
    assert dataset.delimiter == delimiter
    assert dataset.skipped_rows == 0
    if header:
        assert (dataset.x_name, dataset.y_name) == header


# Byte soup from the characters data files are made of ...
text_bytes = st.lists(
    st.sampled_from([*string.digits, ",", ";", "\t", " ", "|", ".", "-", "+", "e", '"', "#"])
    | st.sampled_from(["\n", "\r", "\r\n", "nan", "inf", "NA", "x", "é", "\x00", "\x01"]),
    max_size=80,
).map(lambda parts: "".join(parts).encode("utf-8"))
# ... and near-miss files: rows of numbers and junk, in any encoding and line ending.
field_text = (
    finite.map(repr)
    | st.integers(-100, 100).map(str)
    | st.sampled_from(["", "NA", "inf", "1e999", "x", '"1.5"', '"a,b"', '"', "1,5", "# c", "é"])
)
row_text = st.builds(
    lambda fields, delimiter: delimiter.join(fields),
    st.lists(field_text, min_size=1, max_size=4),
    st.sampled_from([",", ";", "\t", " ", "|", ", "]),
)
near_miss_files = st.builds(
    lambda rows, newline, encoding: newline.join(rows).encode(encoding, "replace"),
    st.lists(row_text, min_size=1, max_size=10),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.binary(max_size=200) | text_bytes | near_miss_files)
def test_any_bytes_load_or_raise_data_error(scratch, content):
    path = scratch / "fuzz.csv"
    path.write_bytes(content)
    try:
        dataset = load_dataset(path)
    except DataError as error:
        assert "\n" not in str(error) and str(error).startswith("fuzz.csv: ")
    else:
        assert dataset.n >= 2 and dataset.x.shape == dataset.y.shape == (dataset.n,)
        assert np.isfinite(dataset.x).all() and np.isfinite(dataset.y).all()
        assert dataset.x.min() < dataset.x.max()
        assert len(dataset.skipped_lines) == min(dataset.skipped_rows, 5)
        assert dataset.skipped_lines == tuple(sorted(set(dataset.skipped_lines)))
    try:
        columns = read_columns(path)
    except DataError:
        pass
    else:
        assert len(columns) >= 2
