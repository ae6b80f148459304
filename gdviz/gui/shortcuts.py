"""Keyboard shortcuts: the list, the Help > Keyboard shortcuts dialog, tool-tip text.

:data:`SHORTCUTS` is data: the window builds its actions' key sequences from it
(:func:`key_sequences`), the dialog lists it, and tool tips name the key with
:func:`tooltip_with_shortcut`, so the three cannot disagree.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
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
    Shortcut("start_pause", ("Space",), "Start or pause the descent"),
    Shortcut("step", ("Right",), "Forward one iteration (from the newest: take one new step)"),
    Shortcut("step_ten", ("Shift+Right",), "Take ten iterations"),
    Shortcut("step_back", ("Left",), "Step back one iteration"),
    Shortcut("first", ("Home",), "Go to iteration 0"),
    Shortcut("latest", ("End",), "Go to the latest iteration"),
    Shortcut("reset", ("R",), "Reset to iteration 0 (start again)"),
    Shortcut("faster", ("+", "="), "Faster"),
    Shortcut("slower", ("-",), "Slower"),
    Shortcut("open", ("Ctrl+O",), "Open a data file"),
    Shortcut("save_lesson", ("Ctrl+S",), "Save the lesson"),
    Shortcut("export", ("Ctrl+E",), "Export a picture or the history"),
    Shortcut("undo", ("Ctrl+Z",), "Undo a data edit"),
    Shortcut("redo", ("Ctrl+Shift+Z",), "Redo a data edit"),
    Shortcut("presentation", ("F11",), "Presentation mode on or off (full screen, large type)"),
    Shortcut("leave_presentation", ("Esc",), "Leave presentation mode"),
    Shortcut("controls", ("F10", "Ctrl+Shift+C"), "Show or hide the controls (presentation too)"),
    Shortcut("quit", ("Ctrl+Q",), "Quit"),
)

#: Friendlier names than Qt's for some keys.
_KEY_NAMES = {
    "Right": "Right arrow",
    "Left": "Left arrow",
    "Up": "Up arrow",
    "Down": "Down arrow",
    "-": "−",
    "Esc": "Esc",
    "Escape": "Esc",
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
        return _KEY_NAMES[key]
    if key in ("+", "="):
        return key
    text = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
    if "+" in text:  # a modifier chord: name its last key in friendly words
        head, _, last = text.rpartition("+")
        if last in _KEY_NAMES:
            return f"{head}+{_KEY_NAMES[last]}"
    return text


def display_keys(keys: tuple[str, ...] | str) -> str:
    """How the keys read for a person: ``("+", "=")`` -> ``"+ or ="``."""
    if isinstance(keys, str):
        keys = (keys,)
    return " or ".join(_display_key(key) for key in keys)


def tooltip_with_shortcut(text: str, key: str | tuple[str, ...]) -> str:
    """``"Take exactly one iteration (Right arrow)"``.

    ``key`` is a key sequence (``"Right"``), several, or an action of :data:`SHORTCUTS`
    (``"step"``).
    """
    if isinstance(key, str) and any(entry.action == key for entry in SHORTCUTS):
        key = shortcut(key).keys
    return f"{text} ({display_keys(key)})"


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: a two-column table of :data:`SHORTCUTS`."""

    def __init__(self, parent: QWidget | None = None, shortcuts=SHORTCUTS) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setAccessibleName("Keyboard shortcuts")
        self.setWindowTitle("Keyboard shortcuts")
        # a dialog is a window of its own: take the main window's (theme's) font and palette
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)
        if parent is not None:
            self.setFont(parent.font())
            self.setPalette(parent.palette())
        layout = QVBoxLayout(self)
        intro = QLabel("Keys that work anywhere in the gdviz window:")
        layout.addWidget(intro)

        self.table = QTableWidget(len(shortcuts), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Key", "Action"])
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
            self.table.setItem(row, 1, QTableWidgetItem(entry.description))
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
