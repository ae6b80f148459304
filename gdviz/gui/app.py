"""Start the application: ``run(path)`` builds the QApplication and the window.

``self_test(shot)`` starts the same window on the bundled example without anyone at the
screen, runs it for a moment and says in one line whether everything worked: the check
that a standalone bundle runs and finds its data (``gdviz --self-test``).
"""

from __future__ import annotations

import os
import sys
import threading
import time

__all__ = [
    "SELF_TEST_ITERATIONS",
    "SELF_TEST_TIMEOUT",
    "STARTUP_PROBE_ENV",
    "create_app",
    "display_problem",
    "dispose",
    "run",
    "self_test",
]

#: Iterations the self-test runs through the worker.
SELF_TEST_ITERATIONS = 100
#: Seconds after which the self-test gives up, whatever it is waiting for.
SELF_TEST_TIMEOUT = 60.0
#: Set to "1" to have :func:`run` print when the window is first drawn and when it shows
#: the data, then quit (used by ``benchmarks/bench_startup.py``).
STARTUP_PROBE_ENV = "GDVIZ_STARTUP_PROBE"


def create_app():
    """The QApplication (created once), with gdviz's name and a readable font size."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("gdviz")
        app.setOrganizationName("gdviz")
        app.setApplicationDisplayName("gdviz")
        app.setStyle("Fusion")  # the same look, and palettes (themes) honoured, everywhere
        app.setDesktopFileName("gdviz")  # matches gdviz.desktop (Wayland, task bars)
        from ..desktop import window_icon

        app.setWindowIcon(window_icon())
        font = app.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        app.setFont(font)
    from PySide6.QtCore import QLocale

    from .style import configure_pyqtgraph

    # Every number in the window is written by gdviz.core.words, in ASCII digits; Qt's
    # own spin boxes would follow the system locale (Arabic-Indic digits under ar_EG).
    QLocale.setDefault(QLocale.c())
    configure_pyqtgraph()
    return app


def display_problem() -> str | None:
    """Why no window can be shown here (Linux without a display), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display found (DISPLAY is not set): start gdviz from a desktop session, "
        "or on a machine without a screen run: xvfb-run -a gdviz"
    )


def run(path: str | None = None) -> int:
    """Open the window (on ``path`` or the bundled example) and run the event loop."""
    problem = display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    app = create_app()
    from .crash import install_crash_handler
    from .i18n import install_translators, system_language
    from .settings import check_settings

    # here, not in create_app(): tests want exceptions in slots to fail them
    install_crash_handler(app)
    # The system's language says what check_settings() found (a reset settings file
    # has lost the choice anyway); the language chosen is read once the file is safe.
    install_translators(app, system_language())
    settings_message = check_settings()  # before any window reads the settings
    install_translators(app)
    from .main_window import MainWindow

    window = MainWindow(path)
    if settings_message:
        window.show_message(settings_message, "warning")
    if os.environ.get(STARTUP_PROBE_ENV, "") not in ("", "0"):
        _StartupProbe(window, app)
    window.show()
    app.aboutToQuit.connect(window.shutdown)
    _quit_on_ctrl_c(app)
    code = app.exec()
    dispose(window)
    return code


def dispose(window) -> None:
    """Destroy the window's Qt side now, while the application still exists.

    Left to Python's teardown at exit, the window and the application are freed in no
    fixed order, and Qt then crashes now and then (about one exit in four under the
    offscreen platform) after everything was saved.
    """
    import shiboken6

    if shiboken6.isValid(window):
        shiboken6.delete(window)


def _quit_on_ctrl_c(app) -> None:
    """Ctrl+C in the terminal closes the window, as it ends any other program there.

    Python runs a signal handler only when the interpreter gets control back; while Qt's
    event loop waits it does not, so a timer hands it control a few times a second.
    """
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)


class _StartupProbe:
    """Reports the start-up milestones on standard output, then quits the application.

    After each paint of the window (once the whole paint has finished) it prints, the
    first time each holds, ``startup-probe EVENT T`` with ``T`` from ``time.time()``:

    - ``shown``: the window has been drawn;
    - ``data``: ... with its data;
    - ``ready``: ... with its data and the 3D view (or without it where there is no
      OpenGL).
    """

    def __init__(self, window, app):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QWidget

        self._window = window
        self._app = app
        self._said: set[str] = set()
        self._pending = False
        probe = self

        class _Filter(QObject):
            def eventFilter(self, obj, event):
                if (
                    event.type() == QEvent.Type.Paint
                    and not probe._pending
                    and isinstance(obj, QWidget)
                    and obj.window() is window
                ):
                    probe._pending = True
                    QTimer.singleShot(0, window, probe._painted)
                return False

        self._filter = _Filter(app)
        app.installEventFilter(self._filter)

    def _painted(self) -> None:
        from .opengl import opengl_available

        self._pending = False
        window = self._window
        self._say("shown")
        if window.dataset is None:
            return
        self._say("data")
        if window.has_opengl or not opengl_available():
            self._say("ready")
            self._app.removeEventFilter(self._filter)
            window.close()
            self._app.quit()

    def _say(self, event: str) -> None:
        if event not in self._said:
            self._said.add(event)
            print(f"startup-probe {event} {time.time():.6f}", flush=True)


# ---------------------------------------------------------------------- self-test
class _SelfTestFailure(Exception):
    """One line saying what did not work."""


def self_test(shot: str | None = None) -> int:
    """Start the window on the bundled example, run it, check it, and say so in one line.

    Builds the application and the main window on the bundled default data set, shows
    it, runs :data:`SELF_TEST_ITERATIONS` iterations through the real worker thread, and
    checks that the readout shows the iteration and the error the core computes for the
    same settings, that the ready-made lessons read, and, where OpenGL works, that the 3D
    view has drawn the surface. Settings (recent files) go to a temporary folder, so the
    user's are left alone.

    Prints ``self-test ok: tutorial.csv, 100 points, iteration 100, error …, opengl yes,
    pandas 3.1.1, icon yes, 7 lessons, data from FOLDER`` on success; on any failure
    ``self-test failed: REASON`` on standard error. Gives up after
    :data:`SELF_TEST_TIMEOUT` seconds.

    Parameters
    ----------
    shot : str, optional
        Save a screenshot of the window (PNG) to this path.

    Returns
    -------
    int
        The exit code: 0 when everything worked, 1 otherwise.
    """
    watchdog = threading.Timer(SELF_TEST_TIMEOUT, _self_test_timed_out)
    watchdog.daemon = True
    watchdog.start()
    try:
        line = _run_self_test(shot)
    except _SelfTestFailure as exc:
        print(f"self-test failed: {exc}", file=sys.stderr, flush=True)
        return 1
    except Exception as exc:  # anything else is a failure too, said in one line
        print(f"self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        watchdog.cancel()
    print(line, flush=True)
    return 0


def _self_test_timed_out() -> None:
    print(f"self-test failed: no result after {SELF_TEST_TIMEOUT:g} s", file=sys.stderr, flush=True)
    os._exit(1)


def _wait_until(app, condition, timeout: float) -> bool:
    """Run the event loop until ``condition()`` holds or ``timeout`` seconds pass."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    return True


def _run_self_test(shot: str | None) -> str:
    import tempfile
    from pathlib import Path

    problem = display_problem()
    if problem:
        raise _SelfTestFailure(problem)
    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory(prefix="gdviz-self-test-") as settings_dir:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        app = create_app()
        from ..core.data import fast_parser
        from ..core.lesson import shipped_lessons
        from ..core.words import format_number
        from ..resources import DEFAULT_DATA, default_data_path, lessons_dir
        from .i18n import LANGUAGES, current_language
        from .main_window import MainWindow
        from .opengl import opengl_available

        expected_path = default_data_path()
        if not expected_path.is_file():
            raise _SelfTestFailure(f"the example data {expected_path} is missing")
        lessons = shipped_lessons(lessons_dir(current_language()))
        if not lessons:
            raise _SelfTestFailure(f"no lessons found in {lessons_dir(current_language())}")
        for code in LANGUAGES:  # each language's lessons read, as many as in English
            if len(shipped_lessons(lessons_dir(code))) != len(shipped_lessons(lessons_dir())):
                raise _SelfTestFailure(f"the lessons in {lessons_dir(code)} do not all read")

        window = MainWindow()
        try:
            window.resize(1280, 720)
            window.show()
            if not _wait_until(app, lambda: window.windowHandle().isExposed(), 10):
                raise _SelfTestFailure("the window did not appear on the screen")
            dataset = window.dataset
            if dataset is None or dataset.path is None:
                raise _SelfTestFailure("the window opened without data")
            if Path(dataset.path).resolve() != expected_path.resolve():
                raise _SelfTestFailure(f"opened {dataset.path}, not {expected_path}")
            history, readout = _run_iterations(app, window)
            error = _check_readout(window, readout)
            if opengl_available():  # the window may build its 3D view after showing
                if not _wait_until(app, lambda: window.has_opengl, 15):
                    raise _SelfTestFailure("OpenGL works here, but the 3D view was not built")
                _check_surface_drawn(app, window)
            if shot:
                _wait_until(app, lambda: False, 0.3)  # let the last frame reach the screen
                if not window.grab().save(shot):
                    raise _SelfTestFailure(f"could not save the screenshot to {shot}")
            iteration = len(history) - 1
            has_icon = not app.windowIcon().pixmap(32, 32).isNull()
        finally:
            window.close()
            app.processEvents()
    return (
        f"self-test ok: {DEFAULT_DATA}, {dataset.n} points, iteration {iteration}, "
        f"error {format_number(error, 6)}, opengl {'yes' if window.has_opengl else 'no'}, "
        f"{fast_parser() or 'pandas missing'}, "
        f"icon {'yes' if has_icon else 'no'}, {len(lessons)} lessons, "
        f"data from {expected_path.parent}"
    )


def _run_iterations(app, window):
    """Run the iterations through the worker as a person would: set, then Start."""
    c = window.controls
    c.iterationsInput.setValue(SELF_TEST_ITERATIONS)
    c.speedInput.setValue(c.speedInput.maximum())
    c.startButton.click()

    def finished() -> bool:
        return len(window.history) > SELF_TEST_ITERATIONS and not c.startButton.isChecked()

    if not _wait_until(app, finished, SELF_TEST_TIMEOUT / 2):
        raise _SelfTestFailure(
            f"the worker reached iteration {len(window.history) - 1}, "
            f"not {SELF_TEST_ITERATIONS}, in {SELF_TEST_TIMEOUT / 2:g} s"
        )
    text = ""

    def shown() -> bool:
        nonlocal text
        text = c.readout.text()
        return f"iteration {SELF_TEST_ITERATIONS}\n" in text

    if not _wait_until(app, shown, 10):
        raise _SelfTestFailure(f"the readout does not show iteration {SELF_TEST_ITERATIONS}")
    return window.history, text


def _check_readout(window, readout: str) -> float:
    """The readout's error is the core's error after the same iterations and settings."""
    from ..core.descent import Descent
    from ..core.words import format_value

    settings = window.session.settings
    descent = Descent(
        *window.data_arrays,
        settings.make_optimizer(),
        initial_b=settings.initial_b,
        initial_m=settings.initial_m,
        normalize=settings.normalize,
        random_state=settings.seed,
    )
    descent.run_to(SELF_TEST_ITERATIONS)
    expected = f"error = {format_value(descent.error)}"
    if expected not in readout.splitlines():
        shown = next((line for line in readout.splitlines() if line.startswith("error")), "")
        raise _SelfTestFailure(f"the readout shows {shown!r}, the core computes {expected!r}")
    return descent.error


def _check_surface_drawn(app, window) -> None:
    """The 3D view shows more than a blank background."""
    surface = window.surface

    def drawn() -> bool:
        return _colour_count(surface.grab_image()) > 20

    if not _wait_until(app, drawn, 10):
        raise _SelfTestFailure("the 3D view stayed blank")


def _colour_count(image, samples: int = 48) -> int:
    """Distinct colours in a grid of samples over ``image`` (0 for an empty image)."""
    if image is None or image.isNull() or image.width() < 2 or image.height() < 2:
        return 0
    w, h = image.width(), image.height()
    return len(
        {
            image.pixel(i * (w - 1) // (samples - 1), j * (h - 1) // (samples - 1))
            for i in range(samples)
            for j in range(samples)
        }
    )
