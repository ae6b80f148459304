"""The crash handler: an unexpected exception is logged and shown, and gdviz keeps running.

:func:`install_crash_handler` replaces ``sys.excepthook`` and ``threading.excepthook``.
PySide6 hands an exception raised in a slot or in a Python override of a Qt virtual
(``paintEvent``...) to ``sys.excepthook`` and carries on, so one handler catches them all.
For each exception it

1. appends an entry to ``crash.log`` in the user's data folder (:func:`log_path`): the
   traceback, time, thread and versions, in one ``write`` to a file opened for appending,
   so entries never interleave or split. Past 1 MB the log becomes ``crash.log.1``; the
   same traceback again is a one-line entry;
2. prints the traceback to stderr, as Python would have;
3. shows a :class:`CrashDialog` in the GUI thread: the error in one line and where the log
   is, the details on request. Not modal; while it is open, later problems are counted
   into it. A log that cannot be written costs the entry, not the dialog.

Exceptions in other threads reach the GUI thread by a queued signal. One raised while the
handler is at work, or by its own dialog, goes to stderr only (no loops). A hard crash (a
fault in a driver) prints Python's stack by :mod:`faulthandler`. Ctrl+C is handled by
:func:`gdviz.gui.app.run`; a ``KeyboardInterrupt`` reaching the hook goes to Python's own.
"""

from __future__ import annotations

import datetime
import faulthandler
import os
import platform
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    Signal,
    Slot,
    qVersion,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__

LOG_NAME = "crash.log"
#: A log larger than this is renamed to ``crash.log.1`` (replacing the older one).
MAX_LOG_BYTES = 1_000_000
#: (English in the log; the dialog shows it translated, context "CrashDialog".)
SAFE = QT_TRANSLATE_NOOP("CrashDialog", "Your data and settings are safe; you can keep working.")


@dataclass(frozen=True)
class CrashReport:
    """One unexpected exception as plain text (safe to pass between threads)."""

    type_name: str
    where: str  #: the innermost frame, ``"divide() (model.py, line 12)"``, or ""
    one_line: str  #: ``"ZeroDivisionError in divide() (model.py, line 12): division by zero"``
    traceback: str
    thread: str
    time: str
    details: str  #: the traceback, then time, thread, versions and platform

    @classmethod
    def from_exception(cls, exc_type, exc_value, exc_tb, thread: str | None = None):
        frames = traceback.extract_tb(exc_tb)
        last = frames[-1] if frames else None
        where = f"{last.name}() ({Path(last.filename).name}, line {last.lineno})" if last else ""
        type_name = getattr(exc_type, "__name__", str(exc_type))
        try:
            message = (str(exc_value).strip().splitlines() or [""])[0][:200]
        except Exception:  # a broken __str__ must not break the report
            message = ""
        text = "".join(traceback.format_exception(exc_type, exc_value, exc_tb)).rstrip()
        thread = thread or threading.current_thread().name
        time = datetime.datetime.now().isoformat(timespec="seconds")
        versions = {n: getattr(sys.modules.get(n), "__version__", "not loaded") for n in _LIBS}
        details = [
            text,
            "",
            f"time: {time}",
            f"thread: {thread}",
            f"gdviz: {__version__}",
            f"Python: {platform.python_version()} ({platform.python_implementation()})",
            f"Qt: {qVersion()}",
            *(f"{name}: {version}" for name, version in versions.items()),
            f"platform: {platform.platform()}",
        ]
        one_line = type_name + (f" in {where}" if where else "")
        one_line += f": {message}" if message else ""
        return cls(type_name, where, one_line, text, thread, time, "\n".join(details))

    def summary(self) -> str:
        where = f" in {self.where}" if self.where else ""
        return f"gdviz hit an unexpected problem: {self.type_name}{where}. {SAFE}"


_LIBS = ("PySide6", "numpy", "pyqtgraph")


def default_log_dir() -> Path:
    """The user's data folder for gdviz (``QStandardPaths.AppDataLocation``)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".gdviz"


def log_path() -> Path:
    """The crash log of the installed handler (else the one in the user's data folder)."""
    return (_HANDLER.log_dir if _HANDLER is not None else default_log_dir()) / LOG_NAME


class CrashDialog(QMessageBox):
    """What went wrong in one line, that nothing is lost and where the log is; the
    traceback and versions under "Show Details..." (Ctrl+A, Ctrl+C copy them). Not modal:
    the window stays usable. All of it plain text: an exception's message is not HTML."""

    def __init__(self, report, log_file: Path, parent: QWidget | None = None, log_problem=None):
        close = QMessageBox.StandardButton.Close
        super().__init__(QMessageBox.Icon.Warning, "", "", close, parent)
        self.setWindowTitle(self.tr("gdviz: unexpected problem"))
        self.setObjectName("crashDialog")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(report.one_line)
        self.setDetailedText(report.details)
        self.button(close).setObjectName("crashCloseButton")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.finished.connect(self.deleteLater)  # Escape and Close end it too
        self.report, self.log_file, self.more = report, log_file, 0
        self.written = self.tr("A report was added to {file}").format(file=log_file)
        if log_problem:
            text = self.tr("The report could not be written to {file} ({problem})")
            self.written = text.format(file=log_file, problem=log_problem)
        self.add_problem(0)

    def add_problem(self, count: int = 1) -> None:
        """Count more problems (logged, not shown on their own)."""
        self.more += count
        lines = [self.tr(SAFE)]
        if self.more == 1:
            lines.append(self.tr("1 more problem since; see the log."))
        elif self.more:
            lines.append(
                self.tr("{count} more problems since; see the log.").format(count=self.more)
            )
        lines.append(self.written)
        self.setInformativeText("\n".join(lines))


class CrashHandler(QObject):
    """Receives every unexpected exception; see the module's docstring."""

    _reported = Signal(object)  # a CrashReport, queued into the GUI thread

    def __init__(self, log_dir: Path | None = None, *, show_dialog: bool = True):
        super().__init__()
        self.log_dir = Path(log_dir) if log_dir is not None else default_log_dir()
        self.show_dialog = show_dialog
        self.dialog: CrashDialog | None = None
        self.count = 0  # exceptions handled
        self.log_problem: str | None = None  # why the last report could not be logged
        self._lock = threading.Lock()
        self._busy = threading.local()  # per thread: inside the handler now
        self._last_traceback = ""
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, exc_type, exc_value, exc_tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc_value, exc_tb)
        else:
            self.handle(exc_type, exc_value, exc_tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            name = args.thread.name if args.thread is not None else None
            self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread=name)

    def handle(self, exc_type, exc_value, exc_tb, thread: str | None = None) -> None:
        """Log, print and show one exception (from any thread). Never raises."""
        if getattr(self._busy, "on", False):  # the handler itself failed: no loop
            _print(exc_type, exc_value, exc_tb, note="while handling another problem")
            return
        self._busy.on = True
        try:
            report = CrashReport.from_exception(exc_type, exc_value, exc_tb, thread)
            self.count += 1
            try:
                self.write_log(report)
                self.log_problem = None
            except OSError as error:  # an unwritable log must not cost the dialog
                self.log_problem = error.strerror or str(error)
            here = _raised_here(exc_tb)  # e.g. the dialog failing to paint: showing it loops
            _print(exc_type, exc_value, exc_tb, note="the crash dialog failed" if here else "")
            if self.show_dialog and not here:
                app = QApplication.instance()
                if app is not None and QThread.currentThread() is app.thread():
                    self._show(report)
                else:
                    self._reported.emit(report)
        except Exception:
            _print(*sys.exc_info(), note="the crash handler failed")
            _print(exc_type, exc_value, exc_tb)
        finally:
            self._busy.on = False

    def log_file(self) -> Path:
        return self.log_dir / LOG_NAME

    def write_log(self, report: CrashReport) -> Path:
        """Append ``report`` to the log (rotating it when too large); the log's path."""
        path = self.log_file()
        with self._lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
                os.replace(path, path.with_name(LOG_NAME + ".1"))
                self._last_traceback = ""
            if report.traceback == self._last_traceback:
                entry = f"{report.time}  the same {report.type_name} again ({report.thread})\n"
            else:
                entry = f"{'=' * 72}\n{report.summary()}\n{report.details}\n"
            self._last_traceback = report.traceback
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
            fd = os.open(path, flags, 0o644)
            try:
                os.write(fd, entry.encode("utf-8", "replace"))
            finally:
                os.close(fd)
        return path

    @Slot(object)
    def _show(self, report: CrashReport) -> None:
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.add_problem()
            return
        dialog = CrashDialog(report, self.log_file(), _parent_window(), self.log_problem)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()

    @Slot()
    def _forget(self) -> None:
        self.dialog = None


def _raised_here(exc_tb) -> bool:
    """True if the traceback passes through this module (the handler or its dialog)."""
    here = os.path.normcase(os.path.abspath(__file__))
    frames = traceback.extract_tb(exc_tb)
    return any(os.path.normcase(os.path.abspath(f.filename)) == here for f in frames)


def _parent_window() -> QWidget | None:
    """The window the dialog belongs to (it closes with it), or None."""
    window = QApplication.activeWindow()
    if window is not None and not isinstance(window, CrashDialog):
        return window.window()
    windows = QApplication.topLevelWidgets()
    return next((w for w in windows if w.isVisible() and w.objectName() == "mainWindow"), None)


def _print(exc_type, exc_value, exc_tb, note: str = "") -> None:
    """The traceback on stderr, as Python prints it (a windowed build has no stderr)."""
    stream = sys.stderr or sys.__stderr__
    if stream is None:
        return
    try:
        if note:
            print(f"gdviz: {note}:", file=stream)
        traceback.print_exception(exc_type, exc_value, exc_tb, file=stream)
    except Exception:
        pass


_HANDLER: CrashHandler | None = None


def install_crash_handler(app=None, *, log_dir: Path | None = None, show_dialog: bool = True):
    """Catch unexpected exceptions from now on: log them, show them, keep running.

    ``app`` is the QApplication (default: the running one); ``log_dir`` the folder of the
    crash log (default: the user's data folder); ``show_dialog=False`` logs and prints
    only. Calling it again replaces the handler; :func:`uninstall_crash_handler` puts the
    previous hooks back. Returns the :class:`CrashHandler`.
    """
    global _HANDLER
    app = app or QApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing the crash handler")
    uninstall_crash_handler()
    handler = CrashHandler(log_dir, show_dialog=show_dialog)
    handler.moveToThread(app.thread())
    sys.excepthook = handler.excepthook
    threading.excepthook = handler.thread_excepthook
    if not faulthandler.is_enabled():
        try:  # a hard crash then prints Python's stack in the terminal
            faulthandler.enable()
        except (AttributeError, RuntimeError, ValueError, OSError):
            pass  # no terminal (a windowed build)
    _HANDLER = handler
    return handler


def uninstall_crash_handler() -> None:
    """Put back the hooks from before :func:`install_crash_handler` (if it was called)."""
    global _HANDLER
    handler, _HANDLER = _HANDLER, None
    if handler is not None:
        if sys.excepthook == handler.excepthook:
            sys.excepthook = handler._previous_hooks[0]
        if threading.excepthook == handler.thread_excepthook:
            threading.excepthook = handler._previous_hooks[1]


def crash_handler() -> CrashHandler | None:
    """The installed handler, or None."""
    return _HANDLER


def last_crash_dialog() -> CrashDialog | None:
    """The crash dialog shown last, while it exists."""
    dialog = _HANDLER.dialog if _HANDLER is not None else None
    return dialog if dialog is not None and shiboken6.isValid(dialog) else None
