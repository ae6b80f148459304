"""The note of an open lesson, shown above the panels (plain text only), and its steps.

A lesson of several steps shows where the class is ("Step 2 of 4"), the step's text,
its question and what is said about its checkpoint (a ✓ once it is met), with Back and
Next beside them. In the window the text is compact: three lines at most (two in
presentation mode), the rest behind a "More" button, so a long note never squeezes the
panels off a projector's screen.

:func:`build_lesson_steps` wires the note to the session: Back, Next, their keys
(:mod:`~gdviz.gui.shortcuts`) and the Lesson menu.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPalette, QTextLayout
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .shortcuts import key_sequences, tooltip_with_shortcut
from .theme import LIGHT, Theme

__all__ = ["LessonNote", "build_lesson_steps"]

#: (background, border, ink, ink of a met checkpoint) on a light and on a dark theme.
_LIGHT = ("#FFF8E5", "#E8C77A", "#2A2110", "#1D6B2C")
_DARK = ("#3A3220", "#8A7340", "#F5ECD5", "#8FE39F")
#: The title's type, relative to the note's.
TITLE_SCALE = 1.15
#: Lines of the note shown in presentation mode, and in the normal window (a short
#: window must keep its panels); "More" shows the rest.
COMPACT_LINES = 2
NORMAL_LINES = 3
#: The mark of a met checkpoint.
MET = "\u2713"


def _label(name: str, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a lesson file is not HTML
    label.setWordWrap(wrap)
    return label


def _button(name: str, text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class LessonNote(QWidget):
    """Title, step and note of the lesson; hidden when no lesson is open, or closed by
    the user. Everything shown comes from a lesson file, as plain text, exactly as
    written (the checkpoint's verdict from the core)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonNote")
        self.setAccessibleName(self.tr("Lesson note"))
        self.title = self.note = self.question = self.verdict = ""
        self.number, self.count, self.met = 1, 1, False
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        text = QVBoxLayout()
        text.setSpacing(2)
        header = QHBoxLayout()
        self.titleLabel = _label("lessonTitle")
        self.stepLabel = _label("lessonStepLabel")
        header.addWidget(self.titleLabel)
        header.addSpacing(12)
        header.addWidget(self.stepLabel)
        header.addStretch(1)
        self.noteLabel = _label("lessonText", wrap=True)
        self.questionLabel = _label("lessonQuestion", wrap=True)
        self.verdictLabel = _label("lessonVerdict", wrap=True)
        self.verdictLabel.setAccessibleName(self.tr("Checkpoint"))
        asked = QHBoxLayout()  # the question and its verdict share a line where they fit
        asked.setSpacing(16)
        asked.addWidget(self.questionLabel, 1)
        asked.addWidget(self.verdictLabel, 1)
        text.addLayout(header)
        text.addWidget(self.noteLabel)
        text.addLayout(asked)
        layout.addLayout(text, 1)
        self.backButton = _button(
            "lessonBackButton", self.tr("\u25c0 Previous"), self.tr("Previous step")
        )
        self.nextButton = _button("lessonNextButton", self.tr("Next \u25b6"), self.tr("Next step"))
        self.moreButton = _button(
            "lessonMoreButton", self.tr("More"), self.tr("Show the whole note")
        )
        self.moreButton.setAccessibleName(self.tr("Show the whole lesson note"))
        self.moreButton.setCheckable(True)
        self.moreButton.toggled.connect(self._fit_note)
        self.moreButton.hide()
        self.closeButton = _button("lessonCloseButton", "\u2715", self.tr("Hide the lesson note"))
        self.closeButton.clicked.connect(self.hide)
        for button in (self.backButton, self.nextButton, self.moreButton, self.closeButton):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self._compact = False
        self._theme: Theme | None = None
        self.apply_theme(LIGHT)
        self.hide()

    def apply_theme(self, theme: Theme) -> None:
        """Dress the note in ``theme``: its box and ink on light or dark, the type size
        (the controls' size; the title larger and bold)."""
        if theme == self._theme:
            return
        self._theme = theme
        background, border, _ink, _met = _DARK if theme.dark else _LIGHT
        self.setStyleSheet(
            f"QWidget#lessonNote {{ background: {background}; border: 1px solid {border};"
            " border-radius: 4px; }"
        )
        size = theme.control_pt or QFont().pointSizeF()
        labels = (self.titleLabel, self.stepLabel, self.noteLabel, self.questionLabel)
        for label in (*labels, self.verdictLabel):
            font = label.font()
            font.setPointSizeF(size * (TITLE_SCALE if label is self.titleLabel else 1.0))
            font.setBold(label in (self.titleLabel, self.questionLabel))
            font.setItalic(label is self.stepLabel)
            label.setFont(font)
        buttons = (self.backButton, self.nextButton, self.moreButton, self.closeButton)
        for button in buttons:  # the note's type, not smaller
            font = button.font()
            font.setPointSizeF(size)
            button.setFont(font)
        self._ink()

    def _ink(self) -> None:
        _background, _border, ink, met = _DARK if (self._theme and self._theme.dark) else _LIGHT
        for label in (self.titleLabel, self.stepLabel, self.noteLabel, self.questionLabel):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(ink))
            label.setPalette(palette)
        palette = self.verdictLabel.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(met if self.met else ink))
        self.verdictLabel.setPalette(palette)

    def show_lesson(self, title: str, note: str) -> None:
        """Show a lesson of one step: its ``title`` and ``note`` (plain text)."""
        self.show_step(title, note)
        self.show()

    def show_step(
        self,
        title: str,
        text: str,
        number: int = 1,
        count: int = 1,
        question: str = "",
        verdict: str = "",
        met: bool = False,
    ) -> None:
        """Show step ``number`` of ``count``: its text, question and the verdict on its
        checkpoint (``met``: with a ✓). Back and Next show for a lesson of several steps."""
        changed = (title, text, number, count) != (self.title, self.note, self.number, self.count)
        self.title, self.note, self.number, self.count = title, text, number, count
        self.question, self.verdict, self.met = question, verdict, met
        self.titleLabel.setText(title)
        stepped = count > 1
        mark = f"  {MET}" if met else ""
        step = self.tr("Step {number} of {count}").format(number=number, count=count)
        self.stepLabel.setText(f"{step}{mark}" if stepped else mark.strip())
        self.stepLabel.setVisible(stepped or met)
        for button in (self.backButton, self.nextButton):
            button.setVisible(stepped)
        self.backButton.setEnabled(number > 1)
        self.nextButton.setEnabled(number < count)
        self.noteLabel.setVisible(bool(text))
        self.questionLabel.setText(
            self.tr("Question: {question}").format(question=question) if question else ""
        )
        self.questionLabel.setVisible(bool(question))
        self.verdictLabel.setText(f"{MET} {verdict}" if met else verdict)
        self.verdictLabel.setVisible(bool(verdict))
        self._ink()
        if changed:
            self.moreButton.setChecked(False)
        self._fit_note()

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
        self.moreButton.setText(self.tr("Less") if self.moreButton.isChecked() else self.tr("More"))
        label.setText(self.note if self.moreButton.isChecked() else short)

    def clear(self) -> None:
        self.title = self.note = self.question = self.verdict = ""
        self.number, self.count, self.met = 1, 1, False
        self.hide()


def build_lesson_steps(window, session) -> None:
    """Back and Next on the note, their actions and keys (``window.nextStepAction``,
    ``window.previousStepAction``), and the note showing the session's step."""
    note: LessonNote = window.lesson_note
    actions = []
    for name, text, key, slot in (
        (
            "previousStepAction",
            QT_TRANSLATE_NOOP("LessonNote", "&Previous step"),
            "previous_step",
            session.previous_step,
        ),
        (
            "nextStepAction",
            QT_TRANSLATE_NOOP("LessonNote", "&Next step"),
            "next_step",
            session.next_step,
        ),
    ):
        text = QCoreApplication.translate("LessonNote", text)
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts(key_sequences(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tooltip_with_shortcut(text.replace("&", ""), key))
        action.triggered.connect(slot)
        window.addAction(action)
        setattr(window, name, action)
        actions.append(action)
    note.backButton.clicked.connect(session.previous_step)
    note.nextButton.clicked.connect(session.next_step)
    note.backButton.setToolTip(actions[0].toolTip())
    note.nextButton.setToolTip(actions[1].toolTip())
    shown = [None, 0]  # the lesson and step last shown: a new one brings the note back

    def render() -> None:
        step = session.step_view()
        for action in actions:
            action.setEnabled(step is not None and step.count > 1)
        if step is None:
            return
        actions[0].setEnabled(step.number > 1)
        actions[1].setEnabled(step.number < step.count)
        note.show_step(
            step.title, step.text, step.number, step.count, step.question, step.verdict, step.met
        )
        if shown[0] is not session.lesson or shown[1] != step.number:
            shown[:] = [session.lesson, step.number]
            window.welcome_note.hide()
            note.show()

    session.stepChanged.connect(render)
    render()


def _first_lines(text: str, font: QFont, width: int, lines: int) -> tuple[str, bool]:
    """``text`` cut to the first ``lines`` lines at ``width`` (the last one ending in
    "…"), and whether anything was cut."""
    flat = re.sub(r"[ \t\r\n]+", " ", text).strip()  # no-break spaces stay
    if width <= 0 or not flat:
        return text, False
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
        return text, False  # as written
    last = flat[starts[lines - 1] :]
    elided = QFontMetrics(font).elidedText(last, Qt.TextElideMode.ElideRight, width - 2)
    return flat[: starts[lines - 1]] + elided, True
