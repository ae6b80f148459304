"""Lesson > New lesson… and Edit lesson…: a dialog that writes a stepped ``.gdviz`` file.

The teacher edits the lesson's title, its steps (add, remove, move up and down), each
step's text (plain text), question and checkpoint (:data:`gdviz.core.checkpoints.KINDS`
with its numbers), which panels presentation mode shows, and what a step changes: *Take
from the window* records the window's settings and view as the step's changes
(:func:`gdviz.core.lesson.settings_change`, :func:`~gdviz.core.lesson.view_change`,
against the state the steps before it leave). Save writes the file through the core
(:func:`gdviz.core.lesson.save_lesson`: checked by reading it back, written atomically);
a problem is one line in the dialog, naming the field.

The lesson starts as the open one (Edit) or as the window now is (New); its data,
settings and compared runs are those, and are not edited here.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.checkpoints import KINDS, Diverge, ErrorBelow, PredictNext, PredictOptimum
from ..core.lesson import (
    MAX_NOTE,
    MAX_STEPS,
    MAX_TITLE,
    SUFFIX,
    Lesson,
    LessonError,
    Step,
    save_lesson,
    settings_change,
    view_change,
)
from ..core.settings import MAX_ITERATIONS
from . import settings as app_settings
from .lesson_note import build_lesson_steps
from .number_input import NumberInput
from .transport import PRESENTATION_CHOICES, panels_label

__all__ = ["CHECKPOINT_LABELS", "LessonEditor", "build_lesson_menu"]

#: How the checkpoint choice reads, by kind ("" : no checkpoint).
CHECKPOINT_LABELS = {
    "": QT_TRANSLATE_NOOP("LessonEditor", "No checkpoint"),
    "diverge": QT_TRANSLATE_NOOP("LessonEditor", "Make the run diverge"),
    "error_below": QT_TRANSLATE_NOOP(
        "LessonEditor", "Get the error below a value in a number of iterations"
    ),
    "predict_next": QT_TRANSLATE_NOOP("LessonEditor", "Predict where the next step lands"),
    "predict_optimum": QT_TRANSLATE_NOOP("LessonEditor", "Predict the best line"),
}
_KIND_OF = {Diverge: "diverge", ErrorBelow: "error_below"}
_KIND_OF.update({PredictNext: "predict_next", PredictOptimum: "predict_optimum"})


def _kind(checkpoint) -> str:
    return "" if checkpoint is None else _KIND_OF[type(checkpoint)]


def _summary(step: Step, number: int) -> str:
    first = " ".join(step.text.split())[:60] or QCoreApplication.translate(
        "LessonEditor", "(no text yet)"
    )
    return f"{number}. {first}"


class LessonEditor(QDialog):
    """The lesson editor (see the module's notes).

    Parameters
    ----------
    session : Session
        The window's session: the lesson starts from it; *Take from the window* reads it.
    lesson : Lesson
        The lesson to edit (its data, settings and compared runs stay as they are).
    """

    def __init__(self, session, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonEditor")
        self.setAccessibleName(self.tr("Lesson editor"))
        self.setWindowTitle(self.tr("Lesson editor"))
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)
        if parent is not None:
            self.setFont(parent.font())
            self.setPalette(parent.palette())
        self.session = session
        self.base = lesson
        self.steps: list[Step] = list(lesson.steps)
        self.current = -1
        self.saved_path: Path | None = None
        self._build()
        self.titleInput.setText(lesson.title)
        index = self.presentationInput.findData(tuple(lesson.view.presentation))
        self.presentationInput.setCurrentIndex(max(index, 0))
        self._fill_list(0)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.titleInput = _named(QLineEdit(), "lessonTitleInput", self.tr("Lesson title"))
        self.titleInput.setMaxLength(MAX_TITLE)
        self.presentationInput = _named(
            QComboBox(), "lessonPresentationInput", self.tr("Presentation")
        )
        self.presentationInput.addItem(self.tr("Any (as the teacher chooses)"), ())
        for names in PRESENTATION_CHOICES:
            self.presentationInput.addItem(panels_label(names), names)
        top.addRow(self.tr("Title"), self.titleInput)
        top.addRow(self.tr("Presentation panels"), self.presentationInput)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addLayout(self._build_list(), 2)
        middle.addLayout(self._build_step(), 3)
        layout.addLayout(middle, 1)
        self.messageLabel = _named(QLabel(), "lessonEditorMessage", self.tr("Message"))
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)
        buttons = QHBoxLayout()
        self.openButton = _push(
            self.tr("Open in the window"), "lessonTryButton", self.open_in_window
        )
        self.saveButton = _push(self.tr("Save…"), "lessonSaveButton", self.save_dialog)
        self.closeButton = _push(self.tr("Close"), "lessonEditorCloseButton", self.reject)
        buttons.addWidget(self.openButton)
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(self.closeButton)
        layout.addLayout(buttons)

    def _build_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Steps")))
        self.stepList = _named(QListWidget(), "lessonStepList", self.tr("Steps"))
        self.stepList.currentRowChanged.connect(self._choose)
        column.addWidget(self.stepList, 1)
        row = QHBoxLayout()
        self.addStepButton = _push(self.tr("Add"), "addStepButton", self.add_step)
        self.removeStepButton = _push(self.tr("Remove"), "removeStepButton", self.remove_step)
        self.upButton = _push(self.tr("Up"), "moveStepUpButton", lambda: self.move_step(-1))
        self.downButton = _push(self.tr("Down"), "moveStepDownButton", lambda: self.move_step(1))
        for button in (self.addStepButton, self.removeStepButton, self.upButton, self.downButton):
            row.addWidget(button)
        column.addLayout(row)
        return column

    def _build_step(self) -> QFormLayout:
        form = QFormLayout()
        self.textInput = _named(QPlainTextEdit(), "stepTextInput", self.tr("Step text"))
        self.textInput.setTabChangesFocus(True)
        self.questionInput = _named(QLineEdit(), "stepQuestionInput", self.tr("Question"))
        self.questionInput.setMaxLength(MAX_NOTE)
        self.kindInput = _named(QComboBox(), "checkpointKindInput", self.tr("Checkpoint"))
        for kind in ("", *KINDS):
            self.kindInput.addItem(
                QCoreApplication.translate("LessonEditor", CHECKPOINT_LABELS[kind]), kind
            )
        self.kindInput.currentIndexChanged.connect(self._show_numbers)
        self.valueInput = _named(
            NumberInput(1e-300, 1e300), "checkpointValueInput", self.tr("Error below")
        )
        self.valueInput.setValue(100.0)
        self.withinInput = _named(QSpinBox(), "checkpointWithinInput", self.tr("Within iterations"))
        self.withinInput.setRange(1, MAX_ITERATIONS)
        self.withinInput.setValue(100)
        self.toleranceInput = _named(
            NumberInput(0.01, 1.0), "checkpointToleranceInput", self.tr("Tolerance")
        )
        self.toleranceInput.setSingleStep(0.05)
        self.toleranceInput.setValue(0.25)
        self.changesLabel = _named(QLabel(), "stepChangesLabel", self.tr("What the step changes"))
        self.changesLabel.setWordWrap(True)
        self.changesLabel.setTextFormat(Qt.TextFormat.PlainText)
        takes = QHBoxLayout()
        self.takeButton = _push(self.tr("Take from the window"), "takeFromWindowButton", self.take)
        self.takeButton.setToolTip(
            self.tr(
                "This step sets the window's settings and view as they are now\n"
                "(what differs from the steps before it)"
            )
        )
        self.clearChangesButton = _push(self.tr("Change nothing"), "clearChangesButton", self.clear)
        takes.addWidget(self.takeButton)
        takes.addWidget(self.clearChangesButton)
        takes.addStretch(1)
        form.addRow(self.tr("Text"), self.textInput)
        form.addRow(self.tr("Question"), self.questionInput)
        form.addRow(self.tr("Checkpoint"), self.kindInput)
        self._number_rows = [
            (QLabel(self.tr("Error below")), self.valueInput),
            (QLabel(self.tr("Within iterations")), self.withinInput),
            (QLabel(self.tr("Tolerance (share)")), self.toleranceInput),
        ]
        for label, field in self._number_rows:
            form.addRow(label, field)
        form.addRow(self.tr("Settings and view"), self.changesLabel)
        form.addRow("", takes)
        return form

    # ------------------------------------------------------------------ the steps
    def _fill_list(self, select: int) -> None:
        with QSignalBlocker(self.stepList):
            self.stepList.clear()
            for number, step in enumerate(self.steps, start=1):
                self.stepList.addItem(_summary(step, number))
        self.current = -1
        self.stepList.setCurrentRow(select)
        self._choose(select)

    def _choose(self, row: int) -> None:
        """Keep what the form holds for the step shown; show step ``row``."""
        if row == self.current or not 0 <= row < len(self.steps):
            return
        self.store()
        self.current = row
        step = self.steps[row]
        self.textInput.setPlainText(step.text)
        self.questionInput.setText(step.question)
        c = step.checkpoint
        self.kindInput.setCurrentIndex(self.kindInput.findData(_kind(c)))
        if isinstance(c, ErrorBelow):
            self.valueInput.setValue(c.value)
            self.withinInput.setValue(c.within_iterations)
        if isinstance(c, (PredictNext, PredictOptimum)):
            self.toleranceInput.setValue(c.tolerance)
        self._show_numbers()
        self._show_changes()
        self.removeStepButton.setEnabled(len(self.steps) > 1)
        self.addStepButton.setEnabled(len(self.steps) < MAX_STEPS)

    def store(self) -> None:
        """The form into the step shown (its text, question and checkpoint)."""
        i = self.current
        if not 0 <= i < len(self.steps):
            return
        self.steps[i] = msgspec.structs.replace(
            self.steps[i],
            text=_raw_text(self.textInput),
            question=self.questionInput.text().strip(),
            checkpoint=self._checkpoint(),
        )
        item = self.stepList.item(i)
        if item is not None:
            item.setText(_summary(self.steps[i], i + 1))

    def _checkpoint(self):
        kind = self.kindInput.currentData()
        if kind == "diverge":
            return Diverge()
        if kind == "error_below":
            return ErrorBelow(
                value=self.valueInput.value(), within_iterations=self.withinInput.value()
            )
        if kind in ("predict_next", "predict_optimum"):
            made = PredictNext if kind == "predict_next" else PredictOptimum
            return made(tolerance=self.toleranceInput.value())
        return None

    def _show_numbers(self, *_args) -> None:
        kind = self.kindInput.currentData()
        shown = {"error_below": (0, 1), "predict_next": (2,), "predict_optimum": (2,)}
        for index, (label, field) in enumerate(self._number_rows):
            visible = index in shown.get(kind, ())
            label.setVisible(visible)
            field.setVisible(visible)

    def _show_changes(self) -> None:
        step = self.steps[self.current]
        names = []
        for change in (step.settings, step.view):
            if change is not None:
                given = msgspec.structs.asdict(change).items()
                names += [k.replace("_", " ") for k, v in given if v is not msgspec.UNSET]
        self.changesLabel.setText(
            self.tr("This step changes: {names}").format(names=", ".join(names))
            if names
            else self.tr("This step changes nothing.")
        )

    def add_step(self) -> None:
        """A new, empty step after the one shown."""
        self.store()
        at = self.current + 1
        self.steps.insert(at, Step(""))
        self._fill_list(at)
        self.textInput.setFocus()

    def remove_step(self) -> None:
        if len(self.steps) <= 1:
            return
        at = self.current
        del self.steps[at]
        self._fill_list(min(at, len(self.steps) - 1))

    def move_step(self, by: int) -> None:
        self.store()
        at, to = self.current, self.current + by
        if not 0 <= to < len(self.steps):
            return
        self.steps[at], self.steps[to] = self.steps[to], self.steps[at]
        self._fill_list(to)

    def take(self) -> None:
        """The step shown sets the window's settings and view as they are now."""
        self.store()
        s, i = self.session, self.current
        before = self.lesson()
        settings = settings_change(before.settings_at(i - 1), s.settings)
        view = view_change(before.view_at(i - 1), s.view.lesson_view())
        self.steps[i] = msgspec.structs.replace(self.steps[i], settings=settings, view=view)
        self._show_changes()

    def clear(self) -> None:
        self.store()
        i = self.current
        self.steps[i] = msgspec.structs.replace(self.steps[i], settings=None, view=None)
        self._show_changes()

    # ------------------------------------------------------------------ the lesson
    def lesson(self) -> Lesson:
        """The lesson as the dialog holds it now."""
        self.store()
        presentation = tuple(self.presentationInput.currentData() or ())
        view = msgspec.structs.replace(self.base.view, presentation=presentation)
        return dataclasses.replace(
            self.base, title=self.titleInput.text().strip(), view=view, steps=tuple(self.steps)
        )

    def save(self, path) -> bool:
        """Write the lesson to ``path`` (a ``.gdviz`` file); a problem is said in one line."""
        try:
            save_lesson(path, self.lesson())
        except LessonError as exc:
            self.say(str(exc))
            return False
        except OSError as exc:
            self.say(
                self.tr("cannot save {name}: {why}").format(
                    name=Path(path).name, why=exc.strerror or exc
                )
            )
            return False
        self.saved_path = Path(path)
        self.say(self.tr("Saved the lesson {name}").format(name=Path(path).name))
        return True

    def save_dialog(self) -> None:
        folder = app_settings.last_folder()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the lesson"), folder, self.tr("Lessons (*.gdviz)")
        )
        if path:
            if not path.lower().endswith(SUFFIX):
                path += SUFFIX
            app_settings.set_last_folder(str(Path(path).parent))
            self.save(path)

    def open_in_window(self) -> bool:
        """Show the lesson in the window, at its first step (nothing is saved)."""
        lesson = self.lesson()
        if not lesson.title:
            self.say(self.tr("the lesson needs a title"))
            return False
        return self.session.apply_lesson(lesson, f"{lesson.title}{SUFFIX}")

    def say(self, text: str) -> None:
        self.messageLabel.setText(text)


def _raw_text(edit: QPlainTextEdit) -> str:
    """The text as typed: ``toPlainText`` would turn no-break spaces into spaces."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _push(text: str, name: str, slot) -> QPushButton:
    button = _named(QPushButton(text), name, text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def build_lesson_menu(window, session) -> None:
    """The Lesson menu: Previous and Next step (and the note's Back and Next, see
    :func:`~gdviz.gui.lesson_note.build_lesson_steps`), New lesson… and Edit lesson…"""
    build_lesson_steps(window, session)
    menu = window.menuBar().addMenu(QCoreApplication.translate("LessonEditor", "&Lesson"))
    menu.setObjectName("lessonMenu")
    menu.addAction(window.previousStepAction)
    menu.addAction(window.nextStepAction)
    menu.addSeparator()
    _add_editor_actions(window, session, menu)


def _add_editor_actions(window, session, menu) -> None:
    """New lesson… and Edit lesson… (``window.newLessonAction``,
    ``window.editLessonAction``); the editor opens as ``window.lesson_editor``."""

    def edit(new: bool) -> None:
        if session.dataset is None:
            session.notice(
                QCoreApplication.translate(
                    "LessonEditor", "Open a data file first (File > Open, Ctrl+O)"
                )
            )
            return
        lesson = session.lesson
        if new or lesson is None:
            lesson = session.capture_lesson("")
        window.lesson_editor = LessonEditor(session, lesson, window)
        window.lesson_editor.resize(min(1100, window.width()), min(640, window.height()))
        window.lesson_editor.show()

    for name, text, new in (
        ("newLessonAction", QT_TRANSLATE_NOOP("LessonEditor", "New &lesson…"), True),
        ("editLessonAction", QT_TRANSLATE_NOOP("LessonEditor", "&Edit lesson…"), False),
    ):
        action = QAction(QCoreApplication.translate("LessonEditor", text), window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, n=new: edit(n))
        menu.addAction(action)
        setattr(window, name, action)
