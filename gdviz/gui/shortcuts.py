"""Keyboard shortcuts: the list, the Help > Keyboard shortcuts dialog, tool-tip text.

:data:`SHORTCUTS` is data: the window builds its actions' key sequences from it
(:func:`key_sequences`), the dialog lists it, and tool tips name the key with
:func:`tooltip_with_shortcut`, so the three cannot disagree.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "SHORTCUTS",
    "Shortcut",
    "ShortcutsDialog",
    "describe",
    "display_keys",
    "key_sequences",
    "shortcut",
    "tooltip_with_shortcut",
]


class Shortcut(NamedTuple):
    """One command's keys.

    Attributes
    ----------
    action : str
        A stable name for the command (``"step"``), for looking it up.
    keys : tuple of str
        Key sequences in Qt's portable text (``"Shift+Right"``); the first is the main one.
    description : str
        What the keys do, as the dialog lists it.
    """

    action: str
    keys: tuple[str, ...]
    description: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "start_pause", ("Space",), QT_TRANSLATE_NOOP("Shortcuts", "Start or pause the descent")
    ),
    Shortcut(
        "step",
        ("Right",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Forward one iteration (from the newest: take one new step)"
        ),
    ),
    Shortcut("step_ten", ("Shift+Right",), QT_TRANSLATE_NOOP("Shortcuts", "Take ten iterations")),
    Shortcut("step_back", ("Left",), QT_TRANSLATE_NOOP("Shortcuts", "Step back one iteration")),
    Shortcut("first", ("Home",), QT_TRANSLATE_NOOP("Shortcuts", "Go to iteration 0")),
    Shortcut("latest", ("End",), QT_TRANSLATE_NOOP("Shortcuts", "Go to the latest iteration")),
    Shortcut("reset", ("R",), QT_TRANSLATE_NOOP("Shortcuts", "Reset to iteration 0 (start again)")),
    Shortcut(
        "next_step",
        ("Ctrl+Right", "PgDown"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next step of the lesson"),
    ),
    Shortcut(
        "previous_step",
        ("Ctrl+Left", "PgUp"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous step of the lesson"),
    ),
    Shortcut("faster", ("+", "="), QT_TRANSLATE_NOOP("Shortcuts", "Faster")),
    Shortcut("slower", ("-",), QT_TRANSLATE_NOOP("Shortcuts", "Slower")),
    Shortcut("open", ("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "Open a data file")),
    Shortcut("save_lesson", ("Ctrl+S",), QT_TRANSLATE_NOOP("Shortcuts", "Save the lesson")),
    Shortcut(
        "export", ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "Export a picture or the history")
    ),
    Shortcut("undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Undo a data edit")),
    Shortcut("redo", ("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Redo a data edit")),
    Shortcut(
        "presentation",
        ("F11",),
        QT_TRANSLATE_NOOP("Shortcuts", "Presentation mode on or off (full screen, large type)"),
    ),
    Shortcut(
        "leave_presentation", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Leave presentation mode")
    ),
    Shortcut(
        "controls",
        ("F10", "Ctrl+Shift+C"),
        QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the controls (presentation too)"),
    ),
    Shortcut(
        "explain",
        ("F1",),
        QT_TRANSLATE_NOOP("Shortcuts", "Explain the control or panel in focus (Help > Concepts)"),
    ),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
)

#: Friendlier names than Qt's for some keys.
_KEY_NAMES = {
    "Right": QT_TRANSLATE_NOOP("Shortcuts", "Right arrow"),
    "Left": QT_TRANSLATE_NOOP("Shortcuts", "Left arrow"),
    "Up": QT_TRANSLATE_NOOP("Shortcuts", "Up arrow"),
    "Down": QT_TRANSLATE_NOOP("Shortcuts", "Down arrow"),
    "-": "−",
    "Esc": "Esc",
    "Escape": "Esc",
    "PgDown": QT_TRANSLATE_NOOP("Shortcuts", "Page Down"),
    "PgUp": QT_TRANSLATE_NOOP("Shortcuts", "Page Up"),
}


def shortcut(action: str) -> Shortcut:
    """The entry of :data:`SHORTCUTS` for ``action`` (raises KeyError if there is none)."""
    for entry in SHORTCUTS:
        if entry.action == action:
            return entry
    raise KeyError(f"no shortcut for {action!r}")


def key_sequences(action: str) -> list[QKeySequence]:
    """The key sequences of ``action``, for ``QAction.setShortcuts``."""
    return [QKeySequence(key) for key in shortcut(action).keys]


def _display_key(key: str) -> str:
    if key in _KEY_NAMES:
        return QCoreApplication.translate("Shortcuts", _KEY_NAMES[key])
    if key in ("+", "="):
        return key
    text = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
    if "+" in text:  # a modifier chord: name its last key in friendly words
        head, _, last = text.rpartition("+")
        if last in _KEY_NAMES:
            return f"{head}+{QCoreApplication.translate('Shortcuts', _KEY_NAMES[last])}"
    return text


def display_keys(keys: tuple[str, ...] | str) -> str:
    """How the keys read for a person: ``("+", "=")`` -> ``"+ or ="``."""
    if isinstance(keys, str):
        keys = (keys,)
    return QCoreApplication.translate("Shortcuts", " or ").join(_display_key(key) for key in keys)


def tooltip_with_shortcut(text: str, key: str | tuple[str, ...]) -> str:
    """``"Take exactly one iteration (Right arrow)"``.

    ``key`` is a key sequence (``"Right"``), several, or an action of :data:`SHORTCUTS`
    (``"step"``).
    """
    if isinstance(key, str) and any(entry.action == key for entry in SHORTCUTS):
        key = shortcut(key).keys
    return f"{text} ({display_keys(key)})"


def describe(entry: Shortcut) -> str:
    """What ``entry``'s keys do, in the window's language."""
    return QCoreApplication.translate("Shortcuts", entry.description)


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: a two-column table of :data:`SHORTCUTS`."""

    def __init__(self, parent: QWidget | None = None, shortcuts=SHORTCUTS) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # a dialog is a window of its own: take the main window's (theme's) font and palette
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)
        if parent is not None:
            self.setFont(parent.font())
            self.setPalette(parent.palette())
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Keys that work anywhere in the gdviz window:"))
        layout.addWidget(intro)

        self.table = QTableWidget(len(shortcuts), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        for row, entry in enumerate(shortcuts):
            key = QTableWidgetItem(display_keys(entry.keys))
            key.setData(Qt.ItemDataRole.UserRole, entry.action)
            font = key.font()
            font.setBold(True)
            key.setFont(font)
            self.table.setItem(row, 0, key)
            self.table.setItem(row, 1, QTableWidgetItem(describe(entry)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(
            0, self.table.columnWidth(0) + 3 * self.fontMetrics().averageCharWidth()
        )
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # a little air between the rows
            self.table.setRowHeight(row, round(self.table.rowHeight(row) * 1.2))
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit()

    def _fit(self) -> None:
        """As large as the table needs (no scroll bars), within the screen."""
        table = self.table
        air = 3 * self.fontMetrics().averageCharWidth()
        width = table.columnWidth(0) + table.sizeHintForColumn(1) + air + 2 * table.frameWidth()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 4
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMinimumSize(width, height)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            table.setMinimumSize(
                min(width, int(screen.width() * 0.8)), min(height, int(screen.height() * 0.7))
            )

    def rows(self) -> list[tuple[str, str]]:
        """The table as (key, action) text pairs, top to bottom."""
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
