"""The note of an open lesson, shown above the panels (plain text only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .theme import LIGHT, Theme

__all__ = ["LessonNote"]

#: (background, border, ink) of the note on a light and on a dark theme.
_LIGHT = ("#FFF8E5", "#E8C77A", "#2A2110")
_DARK = ("#3A3220", "#8A7340", "#F5ECD5")
#: The title's type, relative to the note's.
TITLE_SCALE = 1.15


class LessonNote(QWidget):
    """Title and note of the lesson; hidden when no lesson is open, or closed by the user.

    Both come from a lesson file and are shown as plain text, exactly as written.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonNote")
        self.setAccessibleName("Lesson note")
        self.title = ""
        self.note = ""
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        text = QVBoxLayout()
        self.titleLabel = QLabel()
        self.titleLabel.setObjectName("lessonTitle")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)  # a lesson file is not HTML
        self.noteLabel = QLabel()
        self.noteLabel.setObjectName("lessonText")
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noteLabel.setWordWrap(True)
        text.addWidget(self.titleLabel)
        text.addWidget(self.noteLabel)
        layout.addLayout(text, 1)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Hide the lesson note")
        close.setAccessibleName("Hide the lesson note")
        close.clicked.connect(self.hide)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._theme: Theme | None = None
        self.apply_theme(LIGHT)
        self.hide()

    def apply_theme(self, theme: Theme) -> None:
        """Dress the note in ``theme``: its box and ink on light or dark, the type size
        (the controls' size; the title larger and bold)."""
        if theme == self._theme:
            return
        self._theme = theme
        background, border, ink = _DARK if theme.dark else _LIGHT
        self.setStyleSheet(
            f"QWidget#lessonNote {{ background: {background}; border: 1px solid {border};"
            " border-radius: 4px; }"
        )
        size = theme.control_pt or QFont().pointSizeF()
        for label, scale in ((self.titleLabel, TITLE_SCALE), (self.noteLabel, 1.0)):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(ink))
            label.setPalette(palette)
            font = label.font()
            font.setPointSizeF(size * scale)
            font.setBold(label is self.titleLabel)
            label.setFont(font)

    def show_lesson(self, title: str, note: str) -> None:
        """Show the lesson's ``title`` and ``note`` (plain text, as written in the file)."""
        self.title, self.note = title, note
        self.titleLabel.setText(title)
        self.noteLabel.setText(note)
        self.noteLabel.setVisible(bool(note))
        self.show()

    def clear(self) -> None:
        self.title = self.note = ""
        self.hide()
