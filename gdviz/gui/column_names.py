"""Edit > Name the columns: the teacher names x and y ("hours studied", "test score").

A file without a header row gives "column 1" and "column 2"; the names typed here go to
the axis titles, the Data box and lessons saved afterwards. They are plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ..core.lesson import MAX_NAME

__all__ = ["ColumnNamesDialog", "name_columns"]


class ColumnNamesDialog(QDialog):
    """Two fields, x and y, filled with the names in use."""

    def __init__(self, x_name: str, y_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("columnNamesDialog")
        self.setWindowTitle(self.tr("Name the columns"))
        form = QFormLayout(self)
        self.xNameInput = self._field("xNameInput", self.tr("Name of x"), x_name)
        self.yNameInput = self._field("yNameInput", self.tr("Name of y"), y_name)
        form.addRow(self.tr("x (across)"), self.xNameInput)
        form.addRow(self.tr("y (up)"), self.yNameInput)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("columnNamesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _field(self, name: str, accessible: str, text: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setMaxLength(MAX_NAME)
        return field

    def names(self) -> tuple[str, str]:
        return self.xNameInput.text(), self.yNameInput.text()


def name_columns(window) -> None:
    """Ask for the column names and hand them to the window's session."""
    session = window.session
    if session.dataset is None:
        session.notice(
            QCoreApplication.translate(
                "ColumnNamesDialog", "Open a data file first (File > Open, Ctrl+O)"
            )
        )
        return
    dialog = ColumnNamesDialog(session.dataset.x_name, session.dataset.y_name, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        session.rename_columns(*dialog.names())
