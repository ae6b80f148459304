"""The crash handler: an unexpected exception is logged and shown, and gdviz keeps running.

:func:`install_crash_handler` replaces ``sys.excepthook`` and ``threading.excepthook``.
PySide6 hands an exception raised in a slot or a Python override of a Qt virtual
(``paintEvent``, ``mousePressEvent``...) to ``sys.excepthook`` and then carries on with
the event loop (checked with PySide6 6.11 in the tests), so one handler catches them all.

For each exception the handler

1. appends an entry to :func:`log_path` (``crash.log`` in the user's data folder; when it
   passes 1 MB it becomes ``crash.log.1`` and a new one starts): the time, the versions of
   gdviz, Python, Qt, PySide6, numpy and pyqtgraph, the platform and the traceback
   (an exception repeating the previous one exactly gets a one-line entry);
2. prints the traceback to stderr, as Python would have;
3. shows a :class:`CrashDialog` in the GUI thread: a one-line summary, the details on
   request, "Copy details", "Open log folder" and "Close". The dialog is not modal: the
   window stays usable. While one is open, further exceptions are counted into it
   ("3 more problems, see the log") instead of stacking dialogs.

Exceptions in other threads (a ``threading.Thread``, or a slot of an object living in a
``QThread``) are logged at once in that thread and passed to the GUI thread by a queued
signal; no widget is ever created outside the GUI thread. An exception raised while the
handler itself is at work is printed to stderr and goes no further (no loops).
"""

from __future__ import annotations

import datetime
import os
import platform
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QUrl, Signal, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__

__all__ = [
    "LOG_NAME",
    "MAX_LOG_BYTES",
    "CrashDialog",
    "CrashHandler",
    "CrashReport",
    "install_crash_handler",
    "last_crash_dialog",
    "log_path",
    "uninstall_crash_handler",
]

LOG_NAME = "crash.log"
#: A log larger than this is renamed to ``crash.log.1`` (replacing the older one).
MAX_LOG_BYTES = 1_000_000
_SEPARATOR = "=" * 72


@dataclass(frozen=True)
class CrashReport:
    """One unexpected exception, as plain text (safe to pass between threads).

    Attributes
    ----------
    type_name : str
        The exception's class name (``"ZeroDivisionError"``).
    message : str
        ``str(exception)``.
    where : str
        Innermost frame: ``"divide() (model.py, line 12)"`` (empty if unknown).
    traceback : str
        The formatted traceback.
    thread : str
        Name of the thread it was raised in.
    time : str
        Local time, ISO format, seconds.
    """

    type_name: str
    message: str
    where: str
    traceback: str
    thread: str
    time: str

    @classmethod
    def from_exception(cls, exc_type, exc_value, exc_tb, thread: str | None = None):
        lines = traceback.format_exception(exc_type, exc_value, exc_tb)
        frames = traceback.extract_tb(exc_tb) if exc_tb is not None else []
        where = ""
        if frames:
            last = frames[-1]
            where = f"{last.name}() ({Path(last.filename).name}, line {last.lineno})"
        try:
            message = str(exc_value)
        except Exception:  # a broken __str__ must not break the report
            message = f"<{exc_type.__name__} whose message cannot be shown>"
        return cls(
            type_name=getattr(exc_type, "__name__", str(exc_type)),
            message=message,
            where=where,
            traceback="".join(lines).rstrip(),
            thread=thread or threading.current_thread().name,
            time=datetime.datetime.now().isoformat(timespec="seconds"),
        )

    def summary(self) -> str:
        """One line for people: what happened, and that nothing is lost."""
        where = f" in {self.where}" if self.where else ""
        return (
            f"gdviz hit an unexpected problem: {self.type_name}{where}. "
            "Your data and settings are safe; you can keep working."
        )

    def details(self) -> str:
        """What a developer needs: the traceback, then time, thread, versions, platform."""
        return "\n".join(
            [self.traceback, "", f"time: {self.time}", f"thread: {self.thread}", *versions()]
        )


def versions() -> list[str]:
    """``name: version`` lines of gdviz and what it runs on (nothing is imported)."""

    def module_version(name: str) -> str:
        module = sys.modules.get(name)
        return str(getattr(module, "__version__", "not loaded")) if module else "not loaded"

    return [
        f"gdviz: {__version__}",
        f"Python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"Qt: {qVersion()}",
        f"PySide6: {module_version('PySide6')}",
        f"numpy: {module_version('numpy')}",
        f"pyqtgraph: {module_version('pyqtgraph')}",
        f"platform: {platform.platform()}",
    ]


def default_log_dir() -> Path:
    """The user's data folder for gdviz (``QStandardPaths.AppDataLocation``)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".gdviz"


def log_path() -> Path:
    """The crash log of the installed handler (else the one in the user's data folder)."""
    handler = _HANDLER
    folder = handler.log_dir if handler is not None else default_log_dir()
    return folder / LOG_NAME


# ---------------------------------------------------------------------- the dialog
class CrashDialog(QDialog):
    """A readable report of an unexpected problem; not modal, the window stays usable.

    A bold headline, what went wrong and where in one line, the reassurance, the log's
    path; the details (versions and traceback) fold out under "Show details".
    """

    def __init__(
        self,
        report: CrashReport,
        log_file: Path,
        parent: QWidget | None = None,
        log_problem: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle("gdviz: unexpected problem")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.report = report
        self.log_file = log_file
        self.more = 0  # problems after the first while this dialog was open

        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.5))
        self.setFont(font)
        em = self.fontMetrics().height()

        icon = QLabel()
        size = round(2.4 * em)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.headline = _label("gdviz hit an unexpected problem", "crashHeadline")
        bold = self.headline.font()
        bold.setPointSizeF(font.pointSizeF() * 1.2)
        bold.setBold(True)
        self.headline.setFont(bold)
        self.messageLabel = _label(self._message_text(), "crashMessage")
        self.summaryLabel = _label(
            "Your data and settings are safe; you can keep working.", "crashSummary"
        )
        self.moreLabel = _label("", "crashMore")
        self.moreLabel.hide()
        written = f"A report was added to {log_file}"
        if log_problem:  # the dialog still says what happened; Copy details keeps it
            written = f"The report could not be written to {log_file} ({log_problem})"
        self.logLabel = _label(written, "crashLogFile")
        small = self.logLabel.font()
        small.setPointSizeF(font.pointSizeF() * 0.9)
        self.logLabel.setFont(small)

        self._build_buttons(report, log_file)
        self._lay_out(icon, em)
        self.details_shown = True
        self.set_details_shown(False)

    def _build_buttons(self, report: CrashReport, log_file: Path) -> None:
        """The details box and the buttons under it."""
        self.detailsButton = QToolButton()
        self.detailsButton.setObjectName("crashDetailsButton")
        self.detailsButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.detailsButton.setAutoRaise(True)
        self.detailsButton.clicked.connect(lambda: self.set_details_shown(not self.details_shown))
        self.detailsBox = QPlainTextEdit(report.details())
        self.detailsBox.setObjectName("crashDetails")
        self.detailsBox.setAccessibleName("Details of the problem")
        self.detailsBox.setReadOnly(True)
        self.detailsBox.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.5))
        self.detailsBox.setFont(mono)
        self.detailsBox.setMinimumHeight(15 * self.detailsBox.fontMetrics().lineSpacing())
        self.copyButton = QPushButton("Copy details")
        self.copyButton.setObjectName("copyDetailsButton")
        self.copyButton.setToolTip("Copy the summary, versions and traceback for a bug report")
        self.copyButton.clicked.connect(self.copy_details)
        self.openLogButton = QPushButton("Open log folder")
        self.openLogButton.setObjectName("openLogFolderButton")
        self.openLogButton.setToolTip(str(log_file.parent))
        self.openLogButton.clicked.connect(self.open_log_folder)
        self.closeButton = QPushButton("Close")
        self.closeButton.setObjectName("crashCloseButton")
        self.closeButton.setDefault(True)
        self.closeButton.clicked.connect(self.close)

    def _lay_out(self, icon: QLabel, em: int) -> None:
        """Words beside the icon, the details under them, the buttons at the bottom."""
        words = QVBoxLayout()
        words.setSpacing(round(0.35 * em))
        for label in (
            self.headline,
            self.messageLabel,
            self.summaryLabel,
            self.moreLabel,
            self.logLabel,
        ):
            words.addWidget(label)
        top = QHBoxLayout()
        top.setSpacing(round(0.9 * em))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.detailsButton)
        buttons.addStretch(1)
        buttons.addWidget(self.copyButton)
        buttons.addWidget(self.openLogButton)
        buttons.addWidget(self.closeButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(round(1.2 * em), em, round(1.2 * em), round(0.8 * em))
        layout.setSpacing(round(0.8 * em))
        layout.addLayout(top)
        layout.addWidget(self.detailsBox, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(round(34 * em))

    def _message_text(self) -> str:
        """``"ZeroDivisionError in f() (file.py, line 3): division by zero"``."""
        lines = self.report.message.strip().splitlines()
        first = lines[0] if lines else ""
        if len(first) > 200:
            first = first[:199] + "…"
        where = f" in {self.report.where}" if self.report.where else ""
        return f"{self.report.type_name}{where}" + (f": {first}" if first else "")

    def set_details_shown(self, shown: bool) -> None:
        """Fold the details (versions and traceback) out or in."""
        if shown == self.details_shown:
            return
        self.details_shown = shown
        self.detailsButton.setText("Hide details" if shown else "Show details")
        self.detailsButton.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.detailsBox.setVisible(shown)
        width = max(self.width(), self.minimumWidth())
        if shown:
            width = max(width, round(48 * self.fontMetrics().height()))
        self.layout().activate()
        height = self.layout().totalHeightForWidth(width)
        self.resize(width, height if height > 0 else self.sizeHint().height())

    def add_problem(self) -> None:
        """Count one more problem (logged, not shown on its own)."""
        self.more += 1
        noun = "problem" if self.more == 1 else "problems"
        self.moreLabel.setText(f"{self.more} more {noun} since; see the log.")
        self.moreLabel.show()

    def text(self) -> str:
        """Everything the dialog says (without the details), as plain text."""
        labels = (self.headline, self.messageLabel, self.summaryLabel, self.moreLabel)
        return "\n".join(label.text() for label in labels if label.text())

    def details_text(self) -> str:
        """What "Copy details" copies: the summary, the count, versions and traceback."""
        more = f"\n({self.more} more problems followed; see {self.log_file})" if self.more else ""
        return f"{self.report.summary()}{more}\n\n{self.report.details()}"

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details_text())
        self.copyButton.setText("Copied")

    def open_log_folder(self) -> None:
        folder = self.log_file.parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _label(text: str, name: str) -> QLabel:
    """Plain text (an exception's message is not HTML), wrapped, selectable."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# ---------------------------------------------------------------------- the handler
class CrashHandler(QObject):
    """Receives every unexpected exception; see the module's docstring.

    Parameters
    ----------
    log_dir : Path, optional
        Folder of ``crash.log``; default: the user's data folder (:func:`default_log_dir`).
    show_dialog : bool
        Show :class:`CrashDialog` (False: only log and print).
    """

    _reported = Signal(object)  # CrashReport, queued into the GUI thread

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

    # hooks ---------------------------------------------------------------
    def excepthook(self, exc_type, exc_value, exc_tb) -> None:
        """For ``sys.excepthook``."""
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        self.handle(exc_type, exc_value, exc_tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """For ``threading.excepthook``."""
        if args.exc_type is SystemExit:
            return
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
            except OSError as err:  # an unwritable log must not cost the dialog
                self.log_problem = err.strerror or str(err)
            here = _raised_here(exc_tb)  # e.g. the dialog failing to paint: showing it loops
            _print(exc_type, exc_value, exc_tb, note="the crash dialog failed" if here else "")
            if self.show_dialog and not here:
                if _in_gui_thread():
                    self._show(report)
                else:
                    self._reported.emit(report)  # queued: shown by the GUI thread
        except Exception:
            _print(*sys.exc_info(), note="the crash handler failed")
            _print(exc_type, exc_value, exc_tb)
        finally:
            self._busy.on = False

    # the log ---------------------------------------------------------------
    def log_file(self) -> Path:
        return self.log_dir / LOG_NAME

    def write_log(self, report: CrashReport) -> Path:
        """Append ``report`` to the log (rotating it when too large); the log's path."""
        path = self.log_file()
        with self._lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                if path.stat().st_size > MAX_LOG_BYTES:
                    os.replace(path, path.with_name(LOG_NAME + ".1"))
                    self._last_traceback = ""
            except FileNotFoundError:
                pass
            if report.traceback == self._last_traceback:
                entry = f"{report.time}  the same {report.type_name} again ({report.thread})\n"
            else:
                entry = f"{_SEPARATOR}\n{report.summary()}\n{report.details()}\n"
            self._last_traceback = report.traceback
            with open(path, "a", encoding="utf-8", errors="replace") as log:
                log.write(entry)
        return path

    # the dialog --------------------------------------------------------------
    @Slot(object)
    def _show(self, report: CrashReport) -> None:
        if getattr(self._busy, "showing", False):
            return
        self._busy.showing = True
        try:
            dialog = self.dialog
            if dialog is not None and _alive(dialog) and dialog.isVisible():
                dialog.add_problem()
                return
            dialog = CrashDialog(report, self.log_file(), _parent_window(), self.log_problem)
            dialog.destroyed.connect(self._forget)
            self.dialog = dialog
            dialog.show()
            dialog.raise_()
        except Exception:
            _print(*sys.exc_info(), note="the crash dialog failed")
        finally:
            self._busy.showing = False

    @Slot()
    def _forget(self) -> None:
        self.dialog = None


def _alive(obj) -> bool:
    try:
        import shiboken6

        return shiboken6.isValid(obj)
    except Exception:
        return False


def _raised_here(exc_tb) -> bool:
    """True if the traceback passes through this module (the handler or its dialog)."""
    here = os.path.normcase(os.path.abspath(__file__))
    try:
        frames = traceback.extract_tb(exc_tb)
    except Exception:
        return False
    return any(os.path.normcase(os.path.abspath(f.filename)) == here for f in frames)


def _in_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _parent_window() -> QWidget | None:
    """The window the dialog belongs to (it closes with it), or None."""
    window = QApplication.activeWindow()
    if window is not None and not isinstance(window, CrashDialog):
        return window.window()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.objectName() == "mainWindow":
            return widget
    return None


def _print(exc_type, exc_value, exc_tb, note: str = "") -> None:
    """The traceback on stderr, as Python prints it (if there is a stderr)."""
    stream = sys.stderr or sys.__stderr__
    if stream is None:  # a windowed build has no console
        return
    try:
        if note:
            print(f"gdviz: {note}:", file=stream)
        traceback.print_exception(exc_type, exc_value, exc_tb, file=stream)
    except Exception:
        pass


# ---------------------------------------------------------------------- installing
_HANDLER: CrashHandler | None = None


def install_crash_handler(
    app=None, *, log_dir: Path | None = None, show_dialog: bool = True
) -> CrashHandler:
    """Catch unexpected exceptions from now on: log them, show them, keep running.

    Parameters
    ----------
    app : QApplication, optional
        The application (default: the running one; it must exist, in the GUI thread).
    log_dir : Path, optional
        Folder of the crash log; default: the user's data folder.
    show_dialog : bool
        Show the crash dialog (False: log and print only).

    Returns
    -------
    CrashHandler
        Installed as ``sys.excepthook`` and ``threading.excepthook``; calling this again
        replaces it. :func:`uninstall_crash_handler` puts the previous hooks back.
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
    _HANDLER = handler
    return handler


def uninstall_crash_handler() -> None:
    """Put back the hooks from before :func:`install_crash_handler` (if it was called)."""
    global _HANDLER
    handler, _HANDLER = _HANDLER, None
    if handler is None:
        return
    previous_sys, previous_threading = handler._previous_hooks
    if sys.excepthook == handler.excepthook:
        sys.excepthook = previous_sys
    if threading.excepthook == handler.thread_excepthook:
        threading.excepthook = previous_threading


def crash_handler() -> CrashHandler | None:
    """The installed handler, or None."""
    return _HANDLER


def last_crash_dialog() -> CrashDialog | None:
    """The crash dialog shown last, while it exists (for tests)."""
    handler = _HANDLER
    dialog = handler.dialog if handler is not None else None
    return dialog if dialog is not None and _alive(dialog) else None
