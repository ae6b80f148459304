"""Loader fuzzing: CSV-like files of every kind, through the loader and ``gdviz fit``.

Every file either loads (finite arrays, x not constant) or gives a :class:`DataError`
whose message is one line naming the file; never another exception, never a hang (each
example has a deadline). Through the command line: exit 0 with valid JSON (no NaN or
Infinity), or exit 2 with a first stderr line starting ``error:``.
"""

from __future__ import annotations

import contextlib
import io
import json
from datetime import timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from gdviz import cli
from gdviz.core.data import DataError, load_dataset

FUZZ = settings(
    max_examples=120,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

special_numbers = st.sampled_from(
    [
        "1e308",
        "-1.7976931348623157e308",
        "1.7976931348623157e+308",
        "1e309",
        "1e-320",
        "5e-324",
        "-2.2250738585072014e-308",
        "0",
        "-0",
        "1e300",
        "1.0000000000000002e300",
        "NaN",
        "nan",
        "-inf",
        "Infinity",
        "NA",
        "",
        " ",
        "1,5",
        "1.5.2",
        "+.5",
        "5.",
        "0x1p3",
        "1_000",
        "١٢",
    ]
)
numbers = (
    st.floats(allow_nan=False, allow_infinity=False).map(repr)
    | st.floats(-1e6, 1e6).map(lambda v: f"{v:.3f}")
    | st.integers(-(10**20), 10**20).map(str)
    | special_numbers
)
words = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
field = numbers | numbers | words


def quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@st.composite
def csv_like(draw) -> bytes:
    """A CSV-like file: delimiters (mixed too), quotes, encodings, garbage, long lines."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|", " ", "  ", ", ", "mixed"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"]))
    clean = draw(st.booleans())  # numbers in every field, or anything
    width = draw(st.integers(2 if clean else 1, 4))
    lines = []
    if draw(st.booleans()):
        lines.append(draw(st.lists(words, min_size=width, max_size=width)))
    if clean:
        row = st.lists(numbers, min_size=width, max_size=width)
    else:
        row = st.lists(field, min_size=1, max_size=width + 1)
    lines.extend(draw(st.lists(row, max_size=12)))
    repeat = draw(st.sampled_from([0, 0, 10, 3000]))  # many rows: across range boundaries
    text_lines = []
    for fields in lines:
        if draw(st.booleans()) and fields:
            k = draw(st.integers(0, len(fields) - 1))
            fields = [*fields[:k], quoted(fields[k]), *fields[k + 1 :]]
        sep = delimiter
        if delimiter == "mixed":
            sep = draw(st.sampled_from([",", ";", "\t", " "]))
        text_lines.append(sep.join(fields))
    if text_lines:
        text_lines.extend([text_lines[-1]] * repeat)
    if draw(st.integers(0, 9)) == 0:  # a very long line
        at = draw(st.integers(0, len(text_lines)))
        text_lines.insert(at, "9," + "7" * draw(st.integers(1_000, 300_000)))
    if draw(st.integers(0, 4)) == 0:
        text_lines.insert(0, draw(st.sampled_from(["# comment", "", "   ", "#"])))
    if newline == "mixed":
        body = "".join(line + draw(st.sampled_from(["\n", "\r\n", "\r"])) for line in text_lines)
    else:
        body = newline.join(text_lines) + draw(st.sampled_from(["", newline]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
    raw = body.encode(encoding, "replace")
    for _ in range(draw(st.integers(0, 3))):  # garbage bytes
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at:]
    return raw


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def outcome(label: str) -> None:
    """Count how examples end (``--hypothesis-show-statistics``), inside a hypothesis test."""
    with contextlib.suppress(InvalidArgument):
        event(label)


def check_load(path, name: str) -> None:
    try:
        dataset = load_dataset(path)
    except DataError as error:
        message = str(error)
        assert "\n" not in message and message.startswith(f"{name}: "), message
        outcome("refused")
        return
    outcome("loaded")
    assert dataset.n >= 2 and dataset.x.shape == dataset.y.shape == (dataset.n,)
    assert dataset.x.dtype == dataset.y.dtype == np.float64
    assert np.isfinite(dataset.x).all() and np.isfinite(dataset.y).all()
    assert dataset.x.min() < dataset.x.max()


@FUZZ
@given(content=csv_like())
def test_loader_fuzz(folder, content):
    path = folder / "fuzz.csv"
    path.write_bytes(content)
    check_load(path, "fuzz.csv")


@FUZZ
@given(content=st.binary(max_size=3000))
def test_loader_fuzz_raw_bytes(folder, content):
    path = folder / "raw.dat"
    path.write_bytes(content)
    check_load(path, "raw.dat")


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


def no_constants(token: str):
    raise AssertionError(f"JSON holds {token}")


def check_cli(path) -> None:
    code, out, err = run_cli(["fit", str(path), "--iterations", "5", "--json"])
    outcome(f"exit {code}")
    if code == 0:
        result = json.loads(out, parse_constant=no_constants)
        assert isinstance(result, dict)
        assert not err or err.startswith("warning: ")
    else:
        assert code == 2, (code, err)
        first = err.splitlines()[0]
        assert first.startswith("error: "), err
        assert "Traceback" not in err


@settings(
    max_examples=40,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(content=csv_like())
def test_cli_fuzz(folder, content):
    path = folder / "cli.csv"
    path.write_bytes(content)
    check_cli(path)


@pytest.mark.parametrize(
    "text",
    [
        "x,y\n1e308,1\n-1e308,2\n0,3\n",  # (x - mean)² overflows
        "x,y\n1,1e308\n2,-1e308\n3,0\n",  # y² overflows
        "x,y\n1e300,1\n1.0000000000000002e300,2\n",  # a tiny spread at a huge size
        "x,y\n1e-320,1\n2e-320,2\n3e-320,4\n",  # subnormal x: the squares underflow
        "x,y\n1,5e-324\n2,1e-323\n3,0\n",
        "x,y\n1e154,1\n2e154,2\n3e154,3\n",  # x² near the largest float
        "x,y\n1,2\n3,4\n",
    ],
    ids=["x-huge", "y-huge", "x-huge-tiny-spread", "x-subnormal", "y-subnormal", "x-1e154", "ok"],
)
def test_extreme_numbers_through_the_cli(tmp_path, text):
    """Numbers floats can hardly square: a clear error or a finite result."""
    path = tmp_path / "extreme.csv"
    path.write_text(text)
    check_load(path, "extreme.csv")
    check_cli(path)
