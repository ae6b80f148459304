"""The crash handler: exceptions in slots and threads are logged, shown, and survived.

pytest-qt catches exceptions raised in Qt slots and virtuals itself; the tests that want
the crash handler to see them are marked ``qt_no_exception_capture``.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTextEdit

from gdviz.gui import crash
from gdviz.gui.crash import (
    CrashDialog,
    install_crash_handler,
    last_crash_dialog,
    log_path,
    uninstall_crash_handler,
)

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def handler(qapp, tmp_path):
    """The crash handler, logging to a temporary folder; the old hooks back afterwards."""
    hooks = (sys.excepthook, threading.excepthook)
    installed = install_crash_handler(qapp, log_dir=tmp_path / "data")
    yield installed
    dialog = last_crash_dialog()
    if dialog is not None:
        dialog.close()
    uninstall_crash_handler()
    assert (sys.excepthook, threading.excepthook) == hooks


@pytest.fixture
def faulty_button(qtbot):
    """A button whose click handler divides by zero (and counts its clicks)."""
    button = QPushButton("Divide")
    button.clicks = 0

    def divide():
        button.clicks += 1
        return button.clicks / 0

    button.clicked.connect(divide)
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    return button


def _open_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def test_exception_in_a_slot_is_shown_logged_and_survived(handler, faulty_button, qtbot):
    qtbot.mouseClick(faulty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: last_crash_dialog() is not None)
    dialog = last_crash_dialog()
    assert dialog.objectName() == "crashDialog"
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.text().startswith("ZeroDivisionError in divide() (test_crash.py, line ")
    assert dialog.text().endswith("): division by zero")
    assert "Your data and settings are safe" in dialog.informativeText()
    assert f"A report was added to {handler.log_dir / 'crash.log'}" in dialog.informativeText()
    assert dialog.report.summary().startswith(
        "gdviz hit an unexpected problem: ZeroDivisionError in divide() (test_crash.py"
    )
    details = dialog.findChild(QTextEdit)  # folded in until asked for
    assert not details.isVisible()
    show = next(b for b in dialog.findChildren(QPushButton) if b.text().startswith("Show"))
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert details.isVisible()
    assert "Traceback (most recent call last)" in details.toPlainText()

    log = log_path().read_text(encoding="utf-8")
    assert log_path() == handler.log_dir / "crash.log"
    assert "ZeroDivisionError: division by zero" in log and "in divide" in log
    for line in ("gdviz: ", "Python: ", "Qt: ", "PySide6: ", "numpy: ", "platform: "):
        assert line in log

    QApplication.clipboard().clear()
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the details
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and "Traceback" in copied and "PySide6: " in copied

    # the app keeps running: the button still works, and the dialog counts, not stacks
    qtbot.mouseClick(faulty_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(faulty_button, Qt.MouseButton.LeftButton)
    assert faulty_button.clicks == 3
    assert last_crash_dialog() is dialog
    assert "2 more problems since; see the log." in dialog.informativeText()
    assert _open_dialogs() == [dialog]
    assert handler.count == 3
    # the same problem again is one line in the log, not another traceback
    assert log_path().read_text(encoding="utf-8").count("Traceback") == 1
    assert "the same ZeroDivisionError again" in log_path().read_text(encoding="utf-8")

    qtbot.mouseClick(dialog.findChild(QPushButton, "crashCloseButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: last_crash_dialog() is None)
    qtbot.mouseClick(faulty_button, Qt.MouseButton.LeftButton)  # a new dialog
    qtbot.waitUntil(lambda: last_crash_dialog() is not None)
    assert last_crash_dialog().more == 0


def test_exception_in_a_virtual_override(handler, qtbot):
    """A Python override of a Qt virtual (paintEvent), called by the event loop."""

    class Broken(QPushButton):
        def paintEvent(self, event):
            raise ValueError("painted wrongly")

    button = Broken("paint")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitUntil(lambda: last_crash_dialog() is not None)
    assert "ValueError" in last_crash_dialog().text()
    assert "painted wrongly" in last_crash_dialog().text()


def test_exception_in_a_python_thread_reaches_the_gui_thread(handler, qapp, qtbot):
    def work():
        raise RuntimeError("lost in a worker")

    thread = threading.Thread(target=work, name="worker-42")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: last_crash_dialog() is not None)
    dialog = last_crash_dialog()
    assert dialog.thread() is qapp.thread()
    assert "RuntimeError" in dialog.text() and "lost in a worker" in dialog.text()
    log = log_path().read_text(encoding="utf-8")
    assert "thread: worker-42" in log and "RuntimeError: lost in a worker" in log


class _Worker(QObject):
    """A worker in a QThread whose slot fails (as the descent worker could)."""

    @Slot()
    def run(self):
        raise KeyError("missing in QThread")


class _Trigger(QObject):
    go = Signal()


def test_exception_in_a_qthread_slot_reaches_the_gui_thread(handler, qapp, qtbot):
    thread = QThread()
    worker = _Worker()
    worker.moveToThread(thread)
    trigger = _Trigger()
    trigger.go.connect(worker.run)
    thread.start()
    try:
        trigger.go.emit()
        qtbot.waitUntil(lambda: last_crash_dialog() is not None)
        dialog = last_crash_dialog()
        assert dialog.thread() is qapp.thread()
        assert "KeyError" in dialog.text()
    finally:
        thread.quit()
        thread.wait()


def test_a_failing_handler_does_not_loop(handler, capsys, monkeypatch):
    calls = []

    def write_log_and_fail_again(report):
        calls.append(report)
        try:
            raise OSError("disk full")  # the handler's own failure, reported re-entrantly
        except OSError as error:
            handler.handle(type(error), error, error.__traceback__)
        raise RuntimeError("the log broke")  # not an OSError: that one shows the dialog

    monkeypatch.setattr(handler, "write_log", write_log_and_fail_again)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        handler.handle(type(error), error, error.__traceback__)  # must not raise
    assert len(calls) == 1  # no recursion
    err = capsys.readouterr().err
    assert "while handling another problem" in err and "disk full" in err
    assert "the crash handler failed" in err and "ZeroDivisionError" in err
    assert last_crash_dialog() is None

    monkeypatch.undo()  # working again afterwards
    try:
        [][1]
    except IndexError as error:
        handler.handle(type(error), error, error.__traceback__)
    assert last_crash_dialog() is not None


def test_a_failing_dialog_goes_to_stderr(handler, capsys):
    """An exception raised by the crash module itself (its dialog) is not shown again."""
    try:
        CrashDialog(None, handler.log_file())  # no report: fails inside crash.py
    except AttributeError as error:
        handler.handle(type(error), error, error.__traceback__)
    assert last_crash_dialog() is None
    assert "the crash dialog failed" in capsys.readouterr().err
    assert "AttributeError" in log_path().read_text(encoding="utf-8")


def test_log_is_rotated(handler):
    log = handler.log_file()
    log.parent.mkdir(parents=True)
    log.write_text("x" * (crash.MAX_LOG_BYTES + 10))
    try:
        raise LookupError("after a long log")
    except LookupError as error:
        handler.handle(type(error), error, error.__traceback__)
    old = log.with_name("crash.log.1")
    assert old.stat().st_size > crash.MAX_LOG_BYTES
    assert log.stat().st_size < 10_000 and "after a long log" in log.read_text()


def test_html_in_a_message_is_shown_as_text(handler):
    try:
        raise ValueError("<b>bold</b> & <i>not</i>")
    except ValueError as error:
        handler.handle(type(error), error, error.__traceback__)
    dialog = last_crash_dialog()
    assert dialog.text().endswith("<b>bold</b> & <i>not</i>")
    assert dialog.textFormat() == Qt.TextFormat.PlainText
    shown = {label.text(): label.textFormat() for label in dialog.findChildren(QLabel)}
    assert shown[dialog.text()] == Qt.TextFormat.PlainText


def test_install_and_uninstall(qapp, tmp_path):
    before = (sys.excepthook, threading.excepthook)
    first = install_crash_handler(qapp, log_dir=tmp_path)
    second = install_crash_handler(qapp, log_dir=tmp_path)  # replaces the first
    assert sys.excepthook == second.excepthook and crash.crash_handler() is second
    assert first is not second
    uninstall_crash_handler()
    assert (sys.excepthook, threading.excepthook) == before
    assert crash.crash_handler() is None
    uninstall_crash_handler()  # twice is fine


def test_an_unwritable_log_still_shows_the_dialog(handler, faulty_button, qtbot, tmp_path):
    """The log's folder is a file: nothing can be written there, the dialog says so."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    handler.log_dir = blocked
    qtbot.mouseClick(faulty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: last_crash_dialog() is not None, timeout=5000)
    dialog = last_crash_dialog()
    assert f"could not be written to {blocked / 'crash.log'}" in dialog.informativeText()
    assert "ZeroDivisionError" in dialog.text()


def test_a_report_without_a_traceback_or_a_readable_message():
    class Unprintable(Exception):
        def __str__(self):
            raise RuntimeError("no")

    report = crash.CrashReport.from_exception(Unprintable, Unprintable(), None)
    assert report.where == "" and report.one_line == "Unprintable"
    assert report.summary().startswith("gdviz hit an unexpected problem: Unprintable.")


def test_entries_are_whole_and_in_order(handler):
    """Each entry is one write: two threads crashing together never split an entry."""
    barrier = threading.Barrier(8)

    def fail(number):
        barrier.wait()
        try:
            raise ValueError(f"worker {number} " + "x" * 20_000)
        except ValueError as error:
            handler.write_log(crash.CrashReport.from_exception(ValueError, error, None))

    threads = [threading.Thread(target=fail, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    entries = log_path().read_text(encoding="utf-8").split("=" * 72 + "\n")[1:]
    assert len(entries) == 8
    for entry in entries:
        assert entry.count("ValueError: worker") == 1 and entry.count("thread: ") == 1
        assert entry.rstrip().splitlines()[-1].startswith("platform: ")
        assert entry.count("x" * 20_000) == 1
