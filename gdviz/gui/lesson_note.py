"""The note of an open lesson, shown above the panels (plain text only).

In the window the note is compact: three lines at most (two in presentation mode), the
rest behind a "More" button, so a long note never squeezes the panels off a projector's
screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QTextLayout
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .theme import LIGHT, Theme

__all__ = ["LessonNote"]

#: (background, border, ink) of the note on a light and on a dark theme.
_LIGHT = ("#FFF8E5", "#E8C77A", "#2A2110")
_DARK = ("#3A3220", "#8A7340", "#F5ECD5")
#: The title's type, relative to the note's.
TITLE_SCALE = 1.15
#: Lines of the note shown in presentation mode, and in the normal window (a short
#: window must keep its panels); "More" shows the rest.
COMPACT_LINES = 2
NORMAL_LINES = 3


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
        self.moreButton = QToolButton()
        self.moreButton.setObjectName("lessonMoreButton")
        self.moreButton.setText("More")
        self.moreButton.setCheckable(True)
        self.moreButton.setToolTip("Show the whole note")
        self.moreButton.setAccessibleName("Show the whole lesson note")
        self.moreButton.toggled.connect(self._fit_note)
        self.moreButton.hide()
        layout.addWidget(self.moreButton, 0, Qt.AlignmentFlag.AlignTop)
        self._compact = False
        self.closeButton = close = QToolButton()
        close.setObjectName("lessonCloseButton")
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
        for button in (self.moreButton, self.closeButton):  # the note's type, not smaller
            font = button.font()
            font.setPointSizeF(size)
            button.setFont(font)

    def show_lesson(self, title: str, note: str) -> None:
        """Show the lesson's ``title`` and ``note`` (plain text, as written in the file)."""
        self.title, self.note = title, note
        self.titleLabel.setText(title)
        self.noteLabel.setVisible(bool(note))
        self.moreButton.setChecked(False)
        self._fit_note()
        self.show()

    def set_compact(self, lines: int | None) -> None:
        """At most ``lines`` lines of the note, the rest behind "More" (None: all)."""
        self._compact = int(lines) if lines else 0
        self.moreButton.setChecked(False)
        self._fit_note()

    def is_shortened(self) -> bool:
        """Whether part of the note is behind the "More" button now."""
        return self.noteLabel.text() != self.note

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_note()

    def _fit_note(self, *_args) -> None:
        label = self.noteLabel
        if not self._compact:
            label.setText(self.note)
            self.moreButton.hide()
            return
        width = label.contentsRect().width() or label.width()
        short, longer = _first_lines(self.note, label.font(), width, self._compact)
        self.moreButton.setVisible(longer)
        self.moreButton.setText("Less" if self.moreButton.isChecked() else "More")
        label.setText(self.note if self.moreButton.isChecked() else short)

    def clear(self) -> None:
        self.title = self.note = ""
        self.hide()


def _first_lines(text: str, font: QFont, width: int, lines: int) -> tuple[str, bool]:
    """``text`` cut to the first ``lines`` lines at ``width`` (the last one ending in
    "…"), and whether anything was cut."""
    flat = " ".join(text.split())
    if width <= 0 or not flat:
        return flat, False
    layout = QTextLayout(flat, font)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= lines:
        return flat, False
    last = flat[starts[lines - 1] :]
    elided = QFontMetrics(font).elidedText(last, Qt.TextElideMode.ElideRight, width - 2)
    return flat[: starts[lines - 1]] + elided, True
