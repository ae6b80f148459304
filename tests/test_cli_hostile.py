"""``gdviz fit`` against hostile use: closed and full outputs, odd arguments, the wrong
kind of file. Each ends in a correct result or one ``error:`` line and exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gdviz.cli import main
from tests.conftest import REPO

GDVIZ = [sys.executable, "-m", "gdviz"]


def fit(capsys, *args):
    code = main(["fit", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _shell(command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )


def test_a_reader_that_stops_early_is_no_error(seed_csv):
    for reader in ("head -1", "true"):
        done = _shell(f"{sys.executable} -m gdviz fit {seed_csv} | {reader}")
        assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
        assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_output_is_one_line(seed_csv):
    done = _shell(f"{sys.executable} -m gdviz fit {seed_csv} > /dev/full")
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["error: cannot write the result: No space left on device"]


def test_options_are_named_in_their_refusals(capsys, seed_csv):
    with pytest.raises(SystemExit) as stop:
        fit(capsys, seed_csv, "--seed", "-1")
    assert stop.value.code == 2
    assert capsys.readouterr().err.startswith("error: argument --seed: must be a whole number")
    with pytest.raises(SystemExit):
        fit(capsys, seed_csv, "--iterations", "1000000000000")
    assert "argument --iterations: must be a whole number from 0 to 2000000000" in (
        capsys.readouterr().err
    )


def test_negative_numbers_in_any_notation_are_values(capsys, seed_csv):
    code, out, err = fit(capsys, seed_csv, "--initial-b", "-1e3", "--initial-m", "-.5", "--json")
    assert code == 0, err
    assert '"initial": {"b": -1000.0, "m": -0.5' in out


def test_a_hyperparameter_the_rule_does_not_take_is_refused(capsys, seed_csv):
    code, out, err = fit(capsys, seed_csv, "--momentum", "0.5")
    assert code == 2 and out == ""
    assert err == "error: --momentum does not apply to --optimizer gd (it takes: --learning-rate)\n"
    code, _, err = fit(capsys, seed_csv, "--optimizer", "momentum", "--momentum", "0.5")
    assert code == 0, err


def test_a_lesson_file_is_sent_to_the_window(capsys):
    lesson = REPO / "resources" / "lessons" / "01-tutorial.gdviz"
    code, out, err = fit(capsys, lesson)
    assert code == 2 and out == ""
    assert err.startswith("error: 01-tutorial.gdviz is a lesson file; open it in the window")
    assert len(err.splitlines()) == 1


def test_control_characters_in_a_file_name_are_shown_escaped(capsys, tmp_path):
    path = tmp_path / "x\x1b[31mred.csv"
    code, _, err = fit(capsys, path)
    assert code == 2
    assert "\x1b" not in err and "\\x1b[31mred.csv" in err
