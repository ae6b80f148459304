"""Large files: exact numbers whichever path reads them, progress and cancel, limits.

A clean file is read by pandas (the fast path), a large one in ranges of lines by
several threads; any other, and a small file while pandas is not imported, line by line
(the careful path). These tests force each way, shrink the ranges so that small files
cross many range boundaries, and check that the result never depends on the way nor on
where the ranges fall.
"""

from __future__ import annotations

import string
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gdviz.core import data
from gdviz.core.data import DataError, LoadCancelled, load_dataset


def number_texts(rng: np.random.Generator, n: int) -> list[str]:
    """Numbers written every way a program writes them."""
    values = rng.standard_normal(n) * 10.0 ** rng.integers(-30, 30, n)
    kinds = rng.integers(0, 9, n)
    mantissas = rng.uniform(-1.79, 1.79, n)
    exponents = rng.integers(250, 308, n)
    texts = []
    for value, kind, mantissa, exponent in zip(
        values.tolist(), kinds.tolist(), mantissas.tolist(), exponents.tolist(), strict=True
    ):
        if kind == 0:
            texts.append(repr(value))  # shortest round trip, up to 17 digits
        elif kind == 1:
            texts.append(f"{value:.6f}")
        elif kind == 2:
            texts.append(f"{value:.18e}")  # numpy.savetxt's default
        elif kind == 3:
            texts.append(f"{value:.25g}")  # more digits than a float holds
        elif kind == 4:
            texts.append(f"{mantissa!r}e{exponent}")  # huge
        elif kind == 5:
            texts.append(f"{mantissa:.17g}e-{exponent + 15}")  # tiny, some subnormal
        elif kind == 6:
            texts.append(f"+{abs(value):.3f}".replace("+0.", "+."))  # "+.5"
        elif kind == 7:
            texts.append(f"{int(value * 1000)}.")  # "12."
        else:
            texts.append(str(int(value)))
    return texts


def exact(texts: list[str]) -> np.ndarray:
    return np.array([float(text) for text in texts])


@pytest.fixture
def small_preview(monkeypatch):
    """A 4 kB look at the start of a file (for the layout), instead of 64 kB."""
    monkeypatch.setattr(data, "PREVIEW_BYTES", 4096)


def use_parser(monkeypatch, parser: str, range_bytes: int = 300) -> None:
    """Force one way of reading: "fast" (pandas, the whole file in one range), "ranges"
    (pandas, the file cut into ranges of about ``range_bytes`` read by two threads) or
    "careful" (line by line)."""
    monkeypatch.setattr(data, "_use_pandas", lambda size: parser != "careful")
    monkeypatch.setattr(data, "RANGE_BYTES", range_bytes if parser == "ranges" else 1 << 40)
    monkeypatch.setattr(data, "_WORKERS", 2)


def no_careful_path(monkeypatch) -> None:
    monkeypatch.setattr(data, "_read_careful", lambda *args: pytest.fail("careful path used"))


PARSERS = ["fast", "ranges", "careful"]


# ------------------------------------------------------------------------ exact numbers


@pytest.mark.parametrize("parser", PARSERS)
def test_values_equal_python_float_of_the_text(tmp_path, monkeypatch, parser):
    use_parser(monkeypatch, parser)
    rng = np.random.default_rng(1)
    xs, ys = number_texts(rng, 20_000), number_texts(rng, 20_000)
    path = tmp_path / "exact.csv"
    path.write_text("x,y\n" + "".join(f"{x},{y}\n" for x, y in zip(xs, ys, strict=True)))
    dataset = load_dataset(path)
    np.testing.assert_array_equal(dataset.x, exact(xs))
    np.testing.assert_array_equal(dataset.y, exact(ys))
    assert dataset.skipped_rows == 0


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("delimiter", "newline"),
    [(",", "\n"), (";", "\r\n"), ("\t", "\r"), (" ", "\n"), ("|", "\r\n")],
    ids=["comma-lf", "semicolon-crlf", "tab-cr", "whitespace-lf", "pipe-crlf"],
)
def test_many_ranges_same_result(tmp_path, monkeypatch, small_preview, parser, delimiter, newline):
    use_parser(monkeypatch, parser)
    rng = np.random.default_rng(2)
    xs, ys = number_texts(rng, 3000), number_texts(rng, 3000)
    decimal_comma = delimiter != ","
    lines = [f"{x}{delimiter}{y}" for x, y in zip(xs, ys, strict=True)]
    if decimal_comma:
        lines = [line.replace(".", ",") for line in lines]
    if delimiter == " ":
        lines = [f"  {line}   " for line in lines]
    path = tmp_path / "ranges.txt"
    path.write_bytes(newline.join(["a" + delimiter + "b", *lines, ""]).encode())
    dataset = load_dataset(path)
    np.testing.assert_array_equal(dataset.x, exact(xs))
    np.testing.assert_array_equal(dataset.y, exact(ys))
    assert dataset.delimiter == delimiter and dataset.has_header


def test_clean_ranges_never_go_line_by_line(tmp_path, monkeypatch, small_preview):
    no_careful_path(monkeypatch)
    use_parser(monkeypatch, "ranges")
    for newline in ("\n", "\r\n", "\r"):
        path = tmp_path / "clean.csv"
        text = "x,y,z" + newline + "".join(f"{k},{k * 0.1!r}, {k}{newline}" for k in range(3000))
        path.write_bytes(text.encode())
        assert load_dataset(path, "x", "y").n == 3000


@pytest.mark.parametrize("parser", PARSERS)
def test_bad_rows_keep_their_line_numbers(tmp_path, monkeypatch, parser):
    """The same file read with a long look at its start and a short one, after the fast
    path in one range or in many gave way, gives the same rows and line numbers."""
    lines = ["# made by hand", "", "hours;score"]
    bad_lines = []
    for row in range(4000):
        if row % 997 == 0:
            lines.append("# a comment")
        if row % 613 == 5:
            lines.append(f"{row},5;oops")
            bad_lines.append(len(lines))
        elif row % 1301 == 7:
            lines.append("")
        lines.append(f"{row},25;{row * 3}")
    path = tmp_path / "bad.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    use_parser(monkeypatch, parser)
    whole = load_dataset(path)
    monkeypatch.setattr(data, "PREVIEW_BYTES", 1000)
    short_look = load_dataset(path)
    assert whole.skipped_rows == short_look.skipped_rows == len(bad_lines)
    assert whole.skipped_lines == short_look.skipped_lines == tuple(bad_lines[:5])
    np.testing.assert_array_equal(whole.x, short_look.x)
    np.testing.assert_array_equal(whole.y, short_look.y)
    np.testing.assert_array_equal(whole.x[:3], [0.25, 1.25, 2.25])
    assert whole.n == 4000


def test_utf16_file_with_bad_rows(tmp_path, monkeypatch, small_preview):
    rows = [f"{k}\t{k * 2}" if k % 500 else "x\tbad" for k in range(1, 2001)]
    path = tmp_path / "unicode.txt"
    path.write_bytes(("a\tb\r\n" + "\r\n".join(rows)).encode("utf-16"))
    dataset = load_dataset(path)
    assert dataset.encoding == "utf-16"
    assert dataset.skipped_rows == 4 and dataset.skipped_lines == (501, 1001, 1501, 2001)
    assert dataset.n == 1996 and dataset.x[-1] == 1999


@pytest.mark.parametrize("parser", PARSERS)
def test_a_later_line_in_cp1252(tmp_path, monkeypatch, small_preview, parser):
    use_parser(monkeypatch, parser)
    lines = ["x,y,note", *(f"{k},{k + 1},ok" for k in range(2000)), "7,8,caf\xe9"]
    path = tmp_path / "later.csv"
    path.write_bytes("\n".join(lines).encode("cp1252"))
    dataset = load_dataset(path)
    assert dataset.n == 2001 and dataset.encoding == "cp1252"
    assert dataset.x[-1] == 7 and dataset.skipped_rows == 0


def test_bom_and_no_header(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf1,2\n3,4\n5,7\n")
    dataset = load_dataset(path)
    np.testing.assert_array_equal(dataset.x, [1, 3, 5])
    assert dataset.skipped_rows == 0 and dataset.encoding == "utf-8-sig"


def test_many_comment_lines_before_the_data(tmp_path, small_preview):
    path = tmp_path / "comments.csv"
    path.write_text("# a long preamble\n" * 2000 + "x,y\n1,2\n3,5\n")
    dataset = load_dataset(path)
    np.testing.assert_array_equal(dataset.y, [2, 5])
    assert dataset.columns == ("x", "y")


@pytest.mark.parametrize("parser", PARSERS)
def test_row_estimate_too_low(tmp_path, monkeypatch, small_preview, parser):
    """Long lines at the start, short ones after: the arrays grow as needed."""
    use_parser(monkeypatch, parser)
    head = "".join(f"{k}.123456789012345,{k}.5{'0' * 60}\n" for k in range(100))
    tail = "".join(f"{k},{k}\n" for k in range(100, 30_000))
    path = tmp_path / "grow.csv"
    path.write_text(head + tail)
    dataset = load_dataset(path)
    assert dataset.n == 30_000 and dataset.x[-1] == 29_999 and dataset.y[5] == 5.5


# ------------------------------------------------------------------- the two paths


def test_fast_parser_names_pandas_and_none_when_it_is_broken(monkeypatch):
    import pandas

    assert data.fast_parser() == f"pandas {pandas.__version__}"

    def broken():
        raise ImportError("pandas._libs is missing")

    monkeypatch.setattr(data, "_pandas", broken)
    assert data.fast_parser() is None


@pytest.mark.parametrize("parser", ["fast", "ranges"])
def test_a_clean_file_is_read_by_pandas_alone(tmp_path, monkeypatch, parser):
    use_parser(monkeypatch, parser)
    no_careful_path(monkeypatch)
    path = tmp_path / "clean.csv"
    path.write_text("x,y\n" + "".join(f"{k / 7!r},{k}\n" for k in range(5000)))
    dataset = load_dataset(path)
    assert dataset.n == 5000 and dataset.x[3] == 3 / 7


@pytest.mark.parametrize(
    "text",
    [
        'name,age,height,weight\n"Smith, J",30,170,70\n"Doe, A",40,180,80\n"Roe, B",50,190,90\n',
        'height,weight,note\n170,70,"a\n180,80,b"\n190,90,c\n',
        "height,weight\n170,70\n# a comment\n180,80\n190,90\n",
        "note,height,weight\nok,170,70\n# a, 1, 2\nok,180,80\nok,190,90\n",
        "height,weight\n170,70\n180,NA\n190,90\n200,100\n",
        "height,weight\n170,70\n180,80\n190,90\n\x1a",
        "height,weight\n170,70,5\n180,80\n190,90\n",
        "height,weight\n170,70\n180,1,000\n190,90\n",
    ],
    ids=[
        "quoted-delimiter",
        "open-quote",
        "comment",
        "comment-with-numbers",
        "missing",
        "dos-eof",
        "first-row-extra-field",
        "thousands",
    ],
)
@pytest.mark.parametrize("parser", ["fast", "ranges"])
def test_pandas_gives_way_on_unclean_files(tmp_path, monkeypatch, text, parser):
    path = tmp_path / "unclean.csv"
    path.write_bytes(text.encode())
    use_parser(monkeypatch, "careful")
    expected = load_dataset(path, "height", "weight")
    use_parser(monkeypatch, parser, range_bytes=16)
    dataset = load_dataset(path, "height", "weight")
    np.testing.assert_array_equal(dataset.x, expected.x)
    np.testing.assert_array_equal(dataset.y, expected.y)
    assert dataset.skipped_lines == expected.skipped_lines
    assert dataset.x[0] in (170, 180) and 1 not in dataset.x and 0 not in dataset.y


@pytest.mark.parametrize(
    "raw",
    [
        b"x,y\n1.5,2\n3,4\n5,6.25\n",
        b"\xef\xbb\xbfx,y\r\n1.5,2\r\n3,4\r\n5,6.25\r\n",
        b"\xef\xbb\xbf1.5,2\r\n3,4\r\n5,6.25\r\n",
        b"# made by hand\n\nx,y\n\n1.5,2\n3,4\n5,6.25\n",
        b"a,x,b,c,y\n0,1.5,0,0,2\n0,3,0,0,4\n0,5,0,0,6.25\n",
        b"x,y\r1.5,2\r3,4\r5,6.25\r",
        b"sep=;\nx;y\n1,5;2\n3;4\n5;6,25\n",
        "x\ty\r\n1.5\t2\r\n3\t4\r\n5\t6.25\r\n".encode("utf-16"),
        "caf\xe9,y\n1.5,2\n3,4\n5,6.25\n".encode("cp1252"),
    ],
    ids=["header", "bom-crlf", "bom-no-header", "preamble", "wide", "cr", "sep", "utf16", "cp1252"],
)
@pytest.mark.parametrize("parser", ["fast", "ranges"])
def test_pandas_starts_at_the_first_data_row(tmp_path, monkeypatch, raw, parser):
    """The fast path reads from the byte where the data begins, in the file's encoding,
    and gives the same numbers as the careful path."""
    path = tmp_path / "start.csv"
    path.write_bytes(raw)
    use_parser(monkeypatch, "careful")
    expected = load_dataset(path, 1 if b"a,x" in raw else 0, 4 if b"a,x" in raw else 1)
    use_parser(monkeypatch, parser, range_bytes=4)
    no_careful_path(monkeypatch)
    dataset = load_dataset(path, expected.x_column, expected.y_column)
    np.testing.assert_array_equal(dataset.x, expected.x)
    np.testing.assert_array_equal(dataset.y, expected.y)
    np.testing.assert_array_equal(dataset.x, [1.5, 3, 5])
    assert dataset.encoding == expected.encoding and dataset.skipped_rows == 0


field_text = (
    st.floats(allow_nan=False, allow_infinity=False).map(repr)
    | st.integers(-1000, 1000).map(str)
    | st.sampled_from(["", " 1.5 ", "NA", "inf", "1e999", "x", '"2"', "1,5", "+.5", "5.", "1e5"])
    | st.sampled_from(["-", "1-2", "1.2.3", "1e", "nan", "0x10", "1_0", "١", " ", "\t7", "\r"])
)
line_text = st.builds(
    lambda fields, delimiter: delimiter.join(fields),
    st.lists(field_text, min_size=2, max_size=4),
    st.sampled_from([",", ";", "\t", " ", "|"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(line_text, min_size=2, max_size=12),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    header=st.booleans(),
)
# a lone carriage return before empty values: pandas dropped the row without a word
@example(lines=["0.0,0.0", "\r, "], newline="\n", header=False)
def test_every_parser_reads_a_file_alike(tmp_path_factory, lines, newline, header):
    """The fast path (in one range and in many) and the careful path agree on any
    near-miss file."""
    path = tmp_path_factory.mktemp("alike") / "alike.csv"
    if header:
        lines = ["a,b,c,d", *lines]
    path.write_bytes(newline.join(lines).encode("utf-8"))
    results = []
    for parser in PARSERS:
        with pytest.MonkeyPatch.context() as patch:
            use_parser(patch, parser, range_bytes=16)
            try:
                dataset = load_dataset(path)
            except DataError as error:
                results.append(str(error))
            else:
                results.append(
                    (dataset.x.tolist(), dataset.y.tolist(), dataset.skipped_lines, dataset.n)
                )
    assert results[1:] == results[:1] * 2


# --------------------------------------------------------------------- progress, cancel


def big_file(path: Path, rows: int) -> Path:
    rng = np.random.default_rng(3)
    np.savetxt(path, rng.uniform(0, 100, (rows, 2)), delimiter=",", fmt="%.6f")
    return path


@pytest.mark.parametrize("parser", ["fast", "careful"])
def test_progress_is_reported_every_percent_or_so(tmp_path, monkeypatch, parser):
    use_parser(monkeypatch, parser)
    rows = 400_000  # 9.2 MB, read 256 kB at a time
    path = big_file(tmp_path / "big.csv", rows)
    fractions = []
    dataset = load_dataset(path, progress=fractions.append)
    assert dataset.n == rows
    assert fractions[-1] == 1.0 and fractions.count(1.0) == 1
    assert fractions == sorted(fractions) and fractions[0] > 0
    steps = np.diff([0.0, *fractions])
    assert 20 <= len(fractions) <= 101 and steps.max() <= 0.06


@pytest.mark.parametrize("parser", PARSERS)
def test_cancel(tmp_path, monkeypatch, parser):
    use_parser(monkeypatch, parser)
    path = big_file(tmp_path / "big.csv", 400_000)
    seen = []

    def progress(fraction):
        seen.append(fraction)
        return fraction < 0.3

    with pytest.raises(LoadCancelled) as info:
        load_dataset(path, progress=progress)
    assert str(info.value) == "loading cancelled"
    assert isinstance(info.value, DataError)
    assert seen[-1] >= 0.3 > seen[-2] and seen[-1] - seen[-2] < 0.1


def test_progress_on_a_small_file(tmp_path):
    path = tmp_path / "small.csv"
    path.write_text("1,2\n3,4\n")
    fractions = []
    load_dataset(path, progress=fractions.append)
    assert fractions == [1.0]
    with pytest.raises(LoadCancelled):
        load_dataset(path, progress=lambda fraction: False)


def test_progress_none_return_goes_on(tmp_path):
    path = big_file(tmp_path / "big.csv", 20_000)
    assert load_dataset(path, progress=lambda fraction: None).n == 20_000


# --------------------------------------------------------------------- limits


def test_file_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "MAX_FILE_BYTES", 2_000_000)
    path = tmp_path / "huge.csv"
    path.write_bytes(b"1,2\n" * 800_000)  # 3.2 MB
    with pytest.raises(DataError) as info:
        load_dataset(path)
    assert str(info.value) == "huge.csv: the file is 3.2 MB; gdviz reads files up to 2 MB"


def test_counts_in_messages_have_thousands_separators(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("x,y\n" + "".join(f"{k},{k % 7}\n" for k in range(12_345)) + "a,b\n" * 1001)
    dataset = load_dataset(path)
    assert dataset.summary().startswith("many.csv: 12,345 points (1,001 rows skipped: lines ")
    assert dataset.skipped_note().startswith("many.csv: 1,001 rows skipped (lines 12347, ")


def test_size_text():
    assert data._size_text(3_100_000_000) == "3.1 GB"
    assert data._size_text(data.MAX_FILE_BYTES) == "2 GB"
    assert data._size_text(data.MAX_LINE_BYTES) == "1 MB"


@pytest.mark.parametrize("where", ["first", "after-data", "in-comment"])
@pytest.mark.parametrize("parser", PARSERS)
def test_line_too_long(tmp_path, monkeypatch, where, parser):
    use_parser(monkeypatch, parser)
    monkeypatch.setattr(data, "MAX_LINE_BYTES", 50_000)
    monkeypatch.setattr(data, "PREVIEW_BYTES", 8192)
    long = "1" * 120_000
    good = "".join(f"{k},{k}\n" for k in range(3000))  # lines 1-3000
    text = {
        "first": long + "," + long,
        "after-data": good + "5," + long + "\n7,8\n",
        "in-comment": "# " + long + "\n" + good,
    }[where]
    path = tmp_path / "long.csv"
    path.write_text(text)
    with pytest.raises(DataError) as info:
        load_dataset(path)
    line = 3001 if where == "after-data" else 1
    assert str(info.value).startswith(f"long.csv: line {line} is longer than 0.05 MB")


def test_a_line_without_end_in_a_big_file_is_refused_quickly(tmp_path):
    path = tmp_path / "one_line.csv"
    path.write_bytes(b"1," * 1_500_000)  # 3 MB, no line break
    with pytest.raises(DataError, match=r"one_line\.csv: line 1 is longer than 1 MB"):
        load_dataset(path)


def test_not_a_regular_file():
    with pytest.raises(DataError, match=r"null: not a regular file"):
        load_dataset("/dev/null")


@pytest.mark.parametrize("parser", PARSERS)
def test_nul_bytes_far_into_the_file(tmp_path, monkeypatch, small_preview, parser):
    use_parser(monkeypatch, parser)
    path = tmp_path / "damaged.csv"
    path.write_bytes(b"x,y\n" + b"1,2\n" * 5000 + b"3,\x00\x00\n")
    with pytest.raises(DataError, match=r"damaged\.csv: looks like a binary file"):
        load_dataset(path)


# --------------------------------------------------------------------- odd but fine


@pytest.mark.parametrize(
    "text",
    [
        "1" + string.whitespace.replace("\n", "").replace("\r", "") + ",2\n3,4\n",
        "1,2\n\n\n3,4\n   \n5,6",
        "1,2,\n3,4,\n5,6,\n",
        " 1 , 2 \n 3 , 4 \n",
        "1,2\n3, \n5,6\n7,8, \n",
        "1,2\r\n \t,4\r\n5,6\r\n\r\n",
    ],
    ids=[
        "odd-whitespace",
        "blank-lines",
        "trailing-delimiter",
        "spaces-around",
        "space-for-a-value",
        "tab-for-a-value",
    ],
)
def test_fast_path_and_row_by_row_parse_agree(tmp_path, monkeypatch, text):
    path = tmp_path / "odd.csv"
    path.write_text(text)
    use_parser(monkeypatch, "fast")
    fast = load_dataset(path)
    use_parser(monkeypatch, "careful")
    careful = load_dataset(path)
    np.testing.assert_array_equal(fast.x, careful.x)
    np.testing.assert_array_equal(fast.y, careful.y)
    assert fast.skipped_lines == careful.skipped_lines
