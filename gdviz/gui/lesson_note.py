"""The note of an open lesson, shown above the panels (plain text only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

__all__ = ["LessonNote"]


class LessonNote(QWidget):
    """Title and note of the lesson; hidden when no lesson is open, or closed by the user."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonNote")
        self.setAccessibleName("Lesson note")
        self.title = ""
        self.note = ""
        self.setStyleSheet(
            "QWidget#lessonNote { background: #FFF8E5; border: 1px solid #E8C77A;"
            " border-radius: 4px; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        text = QVBoxLayout()
        self.titleLabel = QLabel()
        self.titleLabel.setObjectName("lessonTitle")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        font = self.titleLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.titleLabel.setFont(font)
        self.noteLabel = QLabel()
        self.noteLabel.setObjectName("lessonText")
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)  # a lesson file is not HTML
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
        self.hide()

    def show_lesson(self, title: str, note: str) -> None:
        self.title, self.note = title, note
        self.titleLabel.setText(title)
        self.noteLabel.setText(note)
        self.noteLabel.setVisible(bool(note))
        self.show()

    def clear(self) -> None:
        self.title = self.note = ""
        self.hide()
