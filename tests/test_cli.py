"""``gdviz fit``: the tutorial's output, JSON, and clear errors with exit code 2."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import numpy as np
import pytest

from gdviz.cli import main
from tests.conftest import REPO, TUTORIAL


def fit(capsys, *args):
    code = main(["fit", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def numbers(line: str) -> dict:
    return {k: float(v) for k, v in re.findall(r"(\w+) = (\S+?)(?:,|$)", line)}


def test_prints_the_tutorial_lines(capsys, seed_csv):
    code, out, err = fit(capsys, seed_csv)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Starting gradient descent at b = 0, m = 0, error = ")
    assert numbers(lines[0])["error"] == pytest.approx(TUTORIAL["initial_error"], rel=5e-12)
    assert lines[1] == "Running..."
    assert lines[2].startswith("After 1000 iterations b = ")
    after = numbers(lines[2])
    assert after["b"] == pytest.approx(TUTORIAL["b"], rel=1e-9)
    assert after["m"] == pytest.approx(TUTORIAL["m"], rel=5e-12)
    assert after["error"] == pytest.approx(TUTORIAL["error"], rel=5e-12)
    assert "b* = 7.99102" in out and "not converged" in out


def test_prints_twelve_significant_digits_the_same_on_every_machine(capsys, seed_csv):
    """The last digits of a long sum differ between machines; 12 of 17 do not."""
    code, out, _ = fit(capsys, seed_csv)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Starting gradient descent at b = 0, m = 0, error = 5565.10783448"
    assert lines[2] == (
        "After 1000 iterations b = 0.0889365199374, m = 1.47774408519, error = 112.614810116"
    )
    for name, value in numbers(lines[2]).items():
        assert value == pytest.approx(TUTORIAL[name], rel=5e-12)


def test_json_report(capsys, seed_csv):
    code, out, _ = fit(capsys, seed_csv, "--json", "--iterations", "10")
    assert code == 0
    report = json.loads(out)
    assert report["iterations"] == 10 and report["n_points"] == 100
    assert report["initial"] == {"b": 0.0, "m": 0.0, "error": pytest.approx(5565.107834483211)}
    assert report["optimum"]["b"] == pytest.approx(TUTORIAL["b_star"], rel=1e-12)
    assert report["diverged"] is False and report["diverged_at"] is None
    assert report["converged"] is False


def test_json_divergence_has_no_nan(capsys, seed_csv):
    code, out, _ = fit(capsys, seed_csv, "--json", "--learning-rate", "1e9")
    assert code == 0
    assert "NaN" not in out and "Infinity" not in out
    report = json.loads(out)
    assert report["diverged"] is True and report["diverged_at"] >= 1
    assert report["iterations"] == report["diverged_at"] - 1


def test_divergence_is_reported_in_plain_output(capsys, seed_csv):
    code, out, _ = fit(capsys, seed_csv, "--learning-rate", "0.001")
    assert code == 0 and "diverged at iteration" in out
    assert "nan" not in out.lower() and "inf" not in out.lower().replace("info", "")


def test_normalised_and_other_optimizers(capsys, seed_csv):
    code, out, _ = fit(
        capsys, seed_csv, "--normalize", "--learning-rate", "0.1", "--iterations", "500", "--json"
    )
    report = json.loads(out)
    assert code == 0
    assert report["converged"] and report["b"] == pytest.approx(TUTORIAL["b_star"], rel=1e-6)
    _, out, _ = fit(
        capsys, seed_csv, "--optimizer", "minibatch", "--batch-size", "10", "--seed", "3", "--json"
    )
    first = json.loads(out)
    _code, out, _ = fit(
        capsys, seed_csv, "--optimizer", "minibatch", "--batch-size", "10", "--seed", "3", "--json"
    )
    assert json.loads(out)["b"] == first["b"]  # same seed, same run


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--optimizer", "adam", "--beta1", "0.8", "--beta2", "0.99", "--lr", "0.1"],
         {"learning_rate": 0.1, "b1": 0.8, "b2": 0.99, "eps": 1e-8}),
        (["--optimizer", "rmsprop", "--decay", "0.8", "--eps", "1e-6"],
         {"learning_rate": 1e-3, "decay": 0.8, "eps": 1e-6}),
        (["--optimizer", "nesterov", "--momentum", "0.5"],
         {"learning_rate": 1e-4, "momentum": 0.5}),
        (["--optimizer", "adam", "--batch-size", "8"],  # Adam on mini-batches
         {"learning_rate": 1e-3, "b1": 0.9, "b2": 0.999, "eps": 1e-8, "batch_size": 8}),
        (["--optimizer", "Minibatch", "--batch-size", "10"],
         {"learning_rate": 1e-4, "batch_size": 10}),
    ],
)  # fmt: skip
def test_hyperparameter_flags(capsys, seed_csv, args, expected):
    code, out, _ = fit(capsys, seed_csv, "--iterations", "5", "--json", *args)
    assert code == 0
    assert json.loads(out)["hyperparameters"] == expected


def test_columns_by_name(capsys, tmp_path):
    path = tmp_path / "three.csv"
    path.write_text("id,hours,score\n1,1,3\n2,2,5\n3,3,7.5\n", encoding="utf-8")
    code, out, _ = fit(capsys, path, "--x-column", "hours", "--y-column", "score", "--json")
    assert code == 0 and json.loads(out)["optimum"]["m"] == pytest.approx(2.25)
    code, _, err = fit(capsys, path, "--x-column", "age")
    assert code == 2 and err.startswith("error:") and "hours" in err


@pytest.mark.parametrize(
    "args, words",
    [
        (["--learning-rate", "-1"], "greater than 0"),
        (["--learning-rate", "0"], "greater than 0"),
        (["--iterations", "-5"], "--iterations: must be a whole number from 0"),
        (["--optimizer", "lbfgs"], "unknown optimizer"),
        (["--learning-rate", "abc"], "not a number"),
        (["--learning-rate", "2e9"], "between 1e-12 and 1000000000 (got 2000000000)"),
        (["--momentum", "2"], "momentum must be between 0 and 0.999999 (got 2)"),
        (["--batch-size", "0"], "batch size must be at least 1 (got 0)"),
        (["--batch-size", "5"], "gd always uses every point per step; choose minibatch"),
        (["--optimizer", "sgd", "--batch-size", "5"], "sgd always uses one point per step"),
        (["--seed", "-1"], "--seed: must be a whole number from 0"),
        (["--optimizer", "momentum", "--beta1", "0.5"], "--beta1 does not apply to"),
    ],
)
def test_bad_arguments_exit_2_with_an_error_line(capsys, seed_csv, args, words):
    try:
        code = main(["fit", str(seed_csv), *args])
    except SystemExit as exc:  # argparse's own checks
        code = exc.code
    _, err = capsys.readouterr()
    assert code == 2
    assert err.splitlines()[0].startswith("error:") and words in err
    assert "Traceback" not in err


def test_unknown_optimizer_is_an_error_line(capsys, seed_csv):
    code, _, err = fit(capsys, seed_csv, "--optimizer", "lbfgs")
    assert code == 2 and err.startswith("error: unknown optimizer 'lbfgs'")


def test_unusable_files(capsys, tmp_path):
    code, _, err = fit(capsys, tmp_path / "nope.csv")
    assert code == 2 and err.startswith("error:") and "nope.csv" in err
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    code, _, err = fit(capsys, empty)
    assert code == 2 and "empty.csv" in err


def test_skipped_rows_warn_on_stderr(capsys, tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("x,y\n1,2\n2,\n3,6\n4,oops\n5,10\n", encoding="utf-8")
    code, out, err = fit(capsys, path, "--iterations", "3")
    assert code == 0 and err.startswith("warning:") and "2" in err
    assert out.startswith("Starting gradient descent")


def test_python_dash_m_and_console_script(seed_csv):
    for cmd in ([sys.executable, "-m", "gdviz"], [str(REPO / ".venv" / "bin" / "gdviz")]):
        if not (cmd[0] == sys.executable or (REPO / ".venv" / "bin" / "gdviz").exists()):
            continue
        result = subprocess.run(
            [*cmd, "fit", str(seed_csv), "--iterations", "1000"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[1] == "Running..."
    result = subprocess.run(
        [sys.executable, "-m", "gdviz", "fit", str(seed_csv), "--iterations", "x"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stderr.startswith("error:")


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert re.match(r"gdviz \d+\.\d+", capsys.readouterr().out)


# ---------------------------------------------------------------------------- other losses


def fit_json(capsys, seed_csv, *args) -> dict:
    code, out, err = fit(capsys, seed_csv, "--json", *args)
    assert code == 0, err
    return json.loads(out)


def test_mae_optimum_is_a_least_absolute_deviations_line(capsys, seed_csv, seed_xy):
    from sklearn.linear_model import QuantileRegressor

    x, y = seed_xy
    report = fit_json(capsys, seed_csv, "--loss", "mae", "--iterations", "50")
    q = QuantileRegressor(quantile=0.5, alpha=0.0, solver="highs").fit(x[:, None], y)
    ref_error = float(np.mean(np.abs(y - q.predict(x[:, None]))))
    best = report["optimum"]
    assert report["loss"] == "mae" and "huber_delta" not in report and "ridge" not in report
    assert best["error"] == pytest.approx(ref_error, rel=1e-9)
    assert best["error"] == pytest.approx(np.mean(np.abs(y - (best["m"] * x + best["b"]))))
    if best["unique"]:
        assert (best["b"], best["m"]) == pytest.approx((q.intercept_, q.coef_[0]), rel=1e-9)
    assert report["error"] == pytest.approx(np.mean(np.abs(y - (report["m"] * x + report["b"]))))


def test_huber_optimum_against_a_general_minimiser(capsys, seed_csv, seed_xy):
    from scipy.optimize import minimize
    from scipy.special import huber

    x, y = seed_xy
    report = fit_json(capsys, seed_csv, "--loss", "huber", "--huber-delta", "5", "--ridge", "0.2")
    assert (report["loss"], report["huber_delta"], report["ridge"]) == ("huber", 5.0, 0.2)

    def error(t):
        return float(np.mean(2.0 * huber(5.0, y - (t[1] * x + t[0])))) + 0.2 * t[1] ** 2

    ref = minimize(
        error,
        [np.median(y), 1.0],
        method="Nelder-Mead",
        options={"xatol": 1e-12, "fatol": 1e-15, "maxiter": 20000},
    )
    best = report["optimum"]
    assert best["error"] == pytest.approx(ref.fun, rel=1e-9) and best["error"] <= ref.fun * (
        1 + 1e-12
    )
    assert (best["b"], best["m"]) == pytest.approx(tuple(ref.x), rel=1e-6)


def test_ridge_optimum_is_the_closed_form_and_sklearns(capsys, seed_csv, seed_xy):
    from sklearn.linear_model import Ridge

    x, y = seed_xy
    n, lam = x.size, 0.3
    report = fit_json(capsys, seed_csv, "--ridge", "0.3", "--iterations", "10")
    a = np.array([[n, x.sum()], [x.sum(), x @ x + n * lam]])
    closed = np.linalg.solve(a, [y.sum(), x @ y])
    sk = Ridge(alpha=n * lam).fit(x[:, None], y)  # |y − Xw − b|² + α|w|² = N·E for α = Nλ
    best = report["optimum"]
    assert (best["b"], best["m"]) == pytest.approx(tuple(closed), rel=1e-9)
    assert (best["b"], best["m"]) == pytest.approx((sk.intercept_, sk.coef_[0]), rel=1e-9)
    assert report["loss"] == "mse" and report["ridge"] == 0.3


def test_newton_lands_in_one_step_and_cg_in_two(capsys, seed_csv):
    report = fit_json(capsys, seed_csv, "--optimizer", "newton", "--iterations", "1")
    assert (report["b"], report["m"]) == pytest.approx(
        (TUTORIAL["b_star"], TUTORIAL["m_star"]), rel=1e-9
    )
    assert report["converged"] and report["hyperparameters"] == {"learning_rate": 1.0}
    report = fit_json(capsys, seed_csv, "--optimizer", "cg", "--iterations", "2")
    assert (report["b"], report["m"]) == pytest.approx(
        (TUTORIAL["b_star"], TUTORIAL["m_star"]), rel=1e-9
    )
    one = fit_json(capsys, seed_csv, "--optimizer", "cg", "--iterations", "1")
    assert not one["converged"]


def test_plain_output_names_the_objectives_optimum(capsys, seed_csv):
    code, out, _ = fit(capsys, seed_csv, "--loss", "mae", "--iterations", "5")
    line = out.splitlines()[3]
    assert code == 0 and line.startswith("Optimum (Mean absolute error, the least-absolute")
    assert "R²" not in line


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--loss", "mae", "--optimizer", "newton"], "Newton's method needs the curvature"),
        (["--loss", "mae", "--optimizer", "cg"], "needs the curvature"),
        (["--huber-delta", "2"], "--huber-delta applies to --loss huber only"),
        (["--loss", "huber", "--huber-delta", "0"], "huber delta must be greater than 0"),
        (["--ridge", "-1"], "ridge must be between 0 and"),
        (["--loss", "l1"], "unknown loss 'l1' (choose one of: mse, mae, huber)"),
    ],
)
def test_bad_loss_options_exit_2_with_one_line(capsys, seed_csv, args, words):
    try:
        code = main(["fit", str(seed_csv), *args])
    except SystemExit as exc:  # argparse's own checks
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and words in err.splitlines()[0]
    assert "Traceback" not in err and err.startswith("error: ")
