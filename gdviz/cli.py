"""Command line: ``gdviz [FILE]`` opens the window, ``gdviz fit FILE`` runs headless.

The command line is a thin shell over the same core the window uses: ``gdviz fit``'s
``--optimizer`` choices and hyperparameter options are generated from the optimizer
registry (:mod:`gdviz.core.optimizers`), the ``--loss`` choices, ``--huber-delta`` and
``--ridge`` from the loss registry (:mod:`gdviz.core.objective`), and its settings are a
:class:`~gdviz.core.settings.RunSettings`, checked like a lesson's.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys

from . import __version__
from .core.words import PRINTED_DIGITS, format_exact, format_number, printable

EXIT_USAGE = 2
#: ``gdviz fit`` stopped by Ctrl+C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130
#: A negative number in any notation: ``-1e3``, ``-.5``, ``-2`` (argparse alone takes
#: ``-1e3`` for an option).
_NEGATIVE = re.compile(r"^-(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors start with ``error:`` and exit with code 2."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"error: {message}\n{self.format_usage()}")


def _float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"must be a finite number (got {text})")
    return value


def _whole(maximum: int):
    """An argparse type: a whole number from 0 to ``maximum`` (``1e6`` is fine too)."""

    def value(text: str) -> int:
        try:
            number = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not (math.isfinite(number) and number.is_integer() and 0 <= number <= maximum):
            raise argparse.ArgumentTypeError(
                f"must be a whole number from 0 to {maximum} (got {text})"
            )
        return int(number)

    return value


def _column(text: str) -> int | str:
    return int(text) if text.strip().isdigit() else text


def _hyperparameter(hyperparameter):
    """An argparse type: the text as a number in the hyperparameter's range."""

    def value(text: str):
        try:
            return hyperparameter.check(_float(text))
        except ValueError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    return value


def _hyperparameter_help(hyperparameter, specs) -> str:
    """``"Momentum μ (momentum, nesterov; default 0.9)"``, from the rules that take it."""
    defaults: dict[str, list[str]] = {}
    for spec in specs:
        if spec.takes(hyperparameter.name):
            default = format_exact(spec.hyperparameter(hyperparameter.name).default)
            defaults.setdefault(default, []).append(spec.name)
    if len(defaults) == 1:
        ((default, names),) = defaults.items()
        used = f"{', '.join(names)}; default {default}"
    else:
        used = "default " + ", ".join(f"{d} for {', '.join(n)}" for d, n in defaults.items())
    low, high = format_exact(hyperparameter.minimum), format_exact(hyperparameter.maximum)
    return f"{hyperparameter.label}, {low} to {high} ({used})"


def fit_parser() -> argparse.ArgumentParser:
    from .core.objective import DEFAULT_LOSS, HUBER_DELTA, RIDGE, loss_specs
    from .core.optimizers import DEFAULT_OPTIMIZER, all_hyperparameters, optimizer_specs
    from .core.settings import MAX_ITERATIONS, MAX_SEED

    specs = optimizer_specs()
    p = _Parser(
        prog="gdviz fit",
        description="Fit y = m*x + b to a data file by gradient descent and print the result.",
    )
    p.add_argument("file", help="CSV or similar text file with x and y columns")
    p.add_argument(
        "--iterations",
        type=_whole(MAX_ITERATIONS),
        default=1000,
        help="steps to take (default 1000)",
    )
    p.add_argument("--initial-b", type=_float, default=0.0, help="starting intercept (default 0)")
    p.add_argument("--initial-m", type=_float, default=0.0, help="starting slope (default 0)")
    p.add_argument(
        "--optimizer",
        default=DEFAULT_OPTIMIZER,
        metavar="{" + ",".join(spec.name for spec in specs) + "}",
        help="the update rule: "
        + "; ".join(f"{spec.name}: {spec.label}" for spec in specs)
        + f" (default {DEFAULT_OPTIMIZER})",
    )
    for h in all_hyperparameters():
        p.add_argument(
            h.cli_flag,
            *h.cli_aliases,
            dest=_dest(h.name),
            type=_hyperparameter(h),
            default=None,
            metavar=h.symbol,
            help=_hyperparameter_help(h, specs),
        )
    losses = loss_specs()
    p.add_argument(
        "--loss",
        default=DEFAULT_LOSS,
        metavar="{" + ",".join(spec.name for spec in losses) + "}",
        help="the error to descend on: "
        + "; ".join(f"{spec.name}: {spec.label}" for spec in losses)
        + f" (default {DEFAULT_LOSS})",
    )
    for h in (HUBER_DELTA, RIDGE):
        low, high = format_exact(h.minimum), format_exact(h.maximum)
        p.add_argument(
            h.cli_flag,
            type=_hyperparameter(h),
            default=None,
            metavar=h.symbol,
            help=f"{h.label}, {low} to {high} (default {format_exact(h.default)})",
        )
    p.add_argument(
        "--seed", type=_whole(MAX_SEED), default=0, help="seed for shuffled epochs (default 0)"
    )
    p.add_argument(
        "--normalize",
        "--normalise",
        action="store_true",
        help="descend on standardised x and y (results in original units)",
    )
    p.add_argument("--x-column", type=_column, default=None, help="x column: index or name")
    p.add_argument("--y-column", type=_column, default=None, help="y column: index or name")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    return p


def gui_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="gdviz",
        description="Watch gradient descent fit a line. Subcommand: 'gdviz fit FILE --help'.",
    )
    p.add_argument("file", nargs="?", help="data file to open (default: the bundled example)")
    p.add_argument("--version", action="version", version=f"gdviz {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="start the window on the bundled example, run 100 iterations, check them, "
        "print one line and exit (0: all went well)",
    )
    p.add_argument(
        "--self-test-shot",
        metavar="PNG",
        default=None,
        help="with --self-test: save a screenshot of the window to this file",
    )
    return p


def _dest(name: str) -> str:
    """Where argparse keeps a hyperparameter (apart from the other options)."""
    return f"hyperparameter_{name}"


def fit_settings(args: argparse.Namespace):
    """The :class:`~gdviz.core.settings.RunSettings` the options ask for, checked.

    Hyperparameters not given are the rule's defaults. One the rule does not take is
    refused, naming the option, except a batch size (which gives a rule its mini-batch
    form, or is refused by the rule).
    """
    from .core.objective import HUBER_DELTA, RIDGE, loss_spec
    from .core.optimizers import all_hyperparameters, optimizer_spec
    from .core.settings import RunSettings

    spec = optimizer_spec(args.optimizer)
    loss = loss_spec(args.loss)
    if args.huber_delta is not None and not loss.uses_delta:
        raise ValueError(f"--huber-delta applies to --loss huber only (got --loss {loss.name})")
    given = {h: getattr(args, _dest(h.name)) for h in all_hyperparameters()}
    hyperparameters = {}
    for h, value in given.items():
        if value is None:
            continue
        if not (spec.takes(h.name) or h.name == "batch_size"):
            takes = ", ".join(taken.cli_flag for taken in spec.hyperparameters)
            raise ValueError(
                f"{h.cli_flag} does not apply to --optimizer {spec.name} (it takes: {takes})"
            )
        hyperparameters[h.name] = value
    settings = RunSettings(
        optimizer=spec.name,
        hyperparameters=hyperparameters,
        normalize=args.normalize,
        initial_b=args.initial_b,
        initial_m=args.initial_m,
        seed=args.seed,
        iterations=args.iterations,
        loss=loss.name,
        huber_delta=HUBER_DELTA.default if args.huber_delta is None else args.huber_delta,
        ridge=RIDGE.default if args.ridge is None else args.ridge,
    )
    return settings.checked()


def run_fit(args: argparse.Namespace):
    """Load, descend and return ``(descent, dataset)``; raises ValueError on bad input."""
    from .core.data import checked_statistics, load_dataset

    settings = fit_settings(args)
    dataset = load_dataset(args.file, x_column=args.x_column, y_column=args.y_column)
    stats = checked_statistics(dataset)  # refusals name the file
    # the history grows as it fills: a huge count costs memory only as it is run
    descent = settings.make_descent(
        dataset.x, dataset.y, capacity=min(args.iterations, 1 << 16), stats=stats
    )
    descent.run_to(args.iterations)
    return descent, dataset


def _finite_or_none(value):
    return value if isinstance(value, (int, float)) and math.isfinite(value) else None


def report(descent, dataset) -> dict:
    """The result as plain JSON-ready values (non-finite numbers become ``None``).

    ``optimum`` is the optimum of the objective descended on (``unique`` False when other
    lines are as good); ``loss`` is always there, ``huber_delta`` with the Huber loss and
    ``ridge`` when it is not 0. ``r_squared``, ``condition_number`` and
    ``max_stable_learning_rate`` describe the least-squares problem of the data.
    """
    a = descent.analysis
    objective, best = descent.objective, descent.optimum
    out = {
        "b": descent.b,
        "m": descent.m,
        "error": descent.error,
        "iterations": descent.iteration,
        "n_points": dataset.n,
        "initial": {"b": descent.initial_b, "m": descent.initial_m, "error": descent.initial_error},
        "optimum": {"b": best.b, "m": best.m, "error": best.error, "unique": best.unique},
        "loss": objective.loss,
        "diverged": descent.diverged,
        "diverged_at": descent.diverged_at,
        "converged": descent.converged,
        "optimizer": descent.optimizer.name,
        "hyperparameters": dict(descent.optimizer.hyperparams),
        "normalize": descent.normalize,
        "r_squared": a.r_squared,
        "condition_number": a.condition_number,
        "max_stable_learning_rate": a.max_stable_learning_rate,
        "skipped_rows": dataset.skipped_rows,
        "message": descent.status_message(),
    }
    if objective.spec.uses_delta:
        out["huber_delta"] = objective.huber_delta
    if objective.ridge > 0:
        out["ridge"] = objective.ridge
    if best.note:
        out["optimum"]["note"] = best.note
    return _clean(out)


def _clean(value):
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, float):
        return _finite_or_none(value)
    return value


def plain_lines(descent) -> list[str]:
    """The tutorial's three lines, then the optimum and how the run ended."""
    a, best, objective = descent.analysis, descent.optimum, descent.objective

    def f(value: float) -> str:
        return format_number(value, PRINTED_DIGITS)

    if objective.is_least_squares:
        optimum = (
            f"Least-squares optimum: b* = {f(a.b_star)}, m* = {f(a.m_star)}, "
            f"error* = {f(a.mse_star)}, R² = {a.r_squared:.6g}"
        )
    else:
        name = objective.optimum_name
        optimum = (
            f"Optimum ({objective.label}, the {name}): b* = {f(best.b)}, m* = {f(best.m)}, "
            f"error* = {f(best.error)}" + (f"; {best.note}" if best.note else "")
        )
    return [
        f"Starting gradient descent at b = {f(descent.initial_b)}, "
        f"m = {f(descent.initial_m)}, error = {f(descent.initial_error)}",
        "Running...",
        f"After {descent.iteration} iteration{'' if descent.iteration == 1 else 's'} "
        f"b = {f(descent.b)}, m = {f(descent.m)}, "
        f"error = {f(descent.error)}",
        optimum,
        descent.status_message(),
    ]


def _negative_values(argv: list[str]) -> list[str]:
    """``--initial-b -1e3`` as ``--initial-b=-1e3``: a value, not an unknown option."""
    out: list[str] = []
    for token in argv:
        if out and _NEGATIVE.match(token) and out[-1].startswith("--") and "=" not in out[-1]:
            out[-1] = f"{out[-1]}={token}"
        else:
            out.append(token)
    return out


def _say(kind: str, text: str) -> None:
    """One line on standard error; control characters from file names shown escaped."""
    print(f"{kind}: {printable(text)}", file=sys.stderr)


def _refuse_lesson(path: str) -> str | None:
    # the lesson suffix (gdviz.core.lesson.SUFFIX), without importing lessons: that
    # costs ``gdviz fit`` a few hundredths of a second
    if path.lower().endswith(".gdviz"):
        return (
            f"{os.path.basename(path)} is a lesson file; open it in the window "
            f"(gdviz {path}), or give gdviz fit a data file"
        )
    return None


def fit_main(argv: list[str]) -> int:
    args = fit_parser().parse_args(_negative_values(argv))
    problem = _refuse_lesson(args.file)
    if problem:
        _say("error", problem)
        return EXIT_USAGE
    try:
        descent, dataset = run_fit(args)
    except ValueError as exc:  # DataError is a ValueError
        _say("error", str(exc))
        return EXIT_USAGE
    except MemoryError:
        _say("error", f"not enough memory for {args.iterations} iterations: ask for fewer")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("error", "interrupted (Ctrl+C): nothing was printed")
        return EXIT_INTERRUPTED
    note = dataset.skipped_note()
    if note:
        _say("warning", note)
    if args.json:
        text = json.dumps(report(descent, dataset), allow_nan=False, ensure_ascii=False)
    else:
        text = "\n".join(plain_lines(descent))
    return _write(text)


def _write(text: str) -> int:
    """Print the result; a reader that stops early (``| head -1``) is no error, a full
    disk or a closed output is one line on standard error."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader has what it wanted: nothing more to write, and no traceback when
        # Python flushes standard output at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _say("error", f"cannot write the result: {exc.strerror or exc}")
        return EXIT_USAGE
    return 0


def gui_main(argv: list[str]) -> int:
    parser = gui_parser()
    args = parser.parse_args(argv)
    if args.self_test_shot and not args.self_test:
        parser.error("--self-test-shot needs --self-test")
    if args.self_test:
        if args.file:
            parser.error("--self-test uses the bundled example: give no FILE")
        from .gui.app import self_test

        return self_test(args.self_test_shot)
    from .gui.app import run

    return run(args.file)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] == "fit":
        return fit_main(argv[1:])
    if argv and argv[0] in ("install-desktop", "uninstall-desktop"):
        from .desktop import main as desktop_main

        return desktop_main(argv)
    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
