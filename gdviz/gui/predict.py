"""Predict, then reveal: the strip above the panels, the View menu's actions and the
guess on the contour map.

While the session's view is ``hidden`` the least-squares line, the optimum and their
numbers are hidden (the renderer and the panels see to that), and a left click on the
contour map places the class's guess (:meth:`Session.place_guess`): where the next step
lands, or where the optimum is, as chosen in the strip. Step (or Reveal, for the
optimum) then says how close the guess was, in the message area.

Everything here is a view of the session: the strip, the actions and the mark render
``session.view``; clicks and choices are sent back as intents.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton

from ..core.guess import KINDS
from ..core.scaling import IDENTITY, standardising

__all__ = ["PredictBar", "build_predict"]

#: The strip's choice of what a click guesses, by kind (gdviz.core.guess.KINDS). These
#: words are English; the window shows them translated (context "PredictBar").
CHOICES = {
    "step": QT_TRANSLATE_NOOP("PredictBar", "where the next step lands"),
    "optimum": QT_TRANSLATE_NOOP("PredictBar", "where the optimum is"),
}
#: The word beside the mark on the map, by kind.
MARK_LABELS = {
    "step": QT_TRANSLATE_NOOP("PredictBar", "guess: next step"),
    "optimum": QT_TRANSLATE_NOOP("PredictBar", "guess: optimum"),
}
_HIDDEN_TEXT = QT_TRANSLATE_NOOP("PredictBar", "Optimum hidden. Click the contour map to mark")
_SHOWN_TEXT = QT_TRANSLATE_NOOP(
    "PredictBar", "Your guess stays on the contour map until you clear it."
)


class PredictBar(QFrame):
    """One line above the panels: what a click guesses, Reveal and Clear guess.

    Shown while the optimum is hidden or a guess is on the map.
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("predictBar")
        self.setAccessibleName(self.tr("Predict, then reveal"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.prompt = QLabel(self.tr(_HIDDEN_TEXT))
        self.prompt.setObjectName("predictPrompt")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.kindInput = QComboBox()
        self.kindInput.setObjectName("guessKindInput")
        self.kindInput.setAccessibleName(self.tr("What a click on the contour map guesses"))
        self.kindInput.setToolTip(self.tr("What a click on the contour map guesses"))
        for kind in KINDS:
            self.kindInput.addItem(self.tr(CHOICES[kind]), kind)
        self.revealButton = QPushButton(self.tr("Reveal"))
        self.revealButton.setObjectName("revealButton")
        self.revealButton.setAccessibleName(self.tr("Reveal the optimum"))
        self.revealButton.setToolTip(
            self.tr("Show the least-squares line, the optimum and b*, m*, E*")
        )
        self.clearButton = QPushButton(self.tr("Clear guess"))
        self.clearButton.setObjectName("clearGuessButton")
        self.clearButton.setAccessibleName(self.tr("Clear the guess"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.prompt)
        layout.addWidget(self.kindInput)
        layout.addStretch(1)
        layout.addWidget(self.clearButton)
        layout.addWidget(self.revealButton)
        self.kindInput.activated.connect(
            lambda index: session.set_guess_kind(self.kindInput.itemData(index))
        )
        self.revealButton.clicked.connect(session.reveal)
        self.clearButton.clicked.connect(session.clear_guess)
        self.render(session.view)

    def render(self, view) -> None:
        self.setVisible(view.hidden or view.guess is not None)
        self.prompt.setText(self.tr(_HIDDEN_TEXT if view.hidden else _SHOWN_TEXT))
        self.kindInput.setVisible(view.hidden)
        with QSignalBlocker(self.kindInput):
            self.kindInput.setCurrentIndex(self.kindInput.findData(view.guess_kind))
        self.revealButton.setEnabled(view.hidden)
        self.clearButton.setEnabled(view.guess is not None)


def build_predict(window, session) -> PredictBar:
    """The strip, the View menu's *Predict, then reveal* and *Reveal* actions
    (``window.predictAction``, ``window.revealAction``) and the guess on the contour map."""
    bar = PredictBar(session)
    predict = QAction(QCoreApplication.translate("PredictBar", "Predict, then reveal"), window)
    predict.setObjectName("predictAction")
    predict.setCheckable(True)
    predict.setToolTip(
        QCoreApplication.translate(
            "PredictBar",
            "Hide the least-squares line, the optimum and b*, m*, E* until Reveal;\n"
            "meanwhile a click on the contour map marks a guess",
        )
    )
    # unchecking ends the hidden state as Reveal does (an optimum guess hears its score)
    predict.toggled.connect(lambda on: session.set_hidden(True) if on else session.reveal())
    reveal = QAction(QCoreApplication.translate("PredictBar", "Reveal"), window)
    reveal.setObjectName("revealAction")
    reveal.triggered.connect(session.reveal)
    window.predictAction, window.revealAction = predict, reveal
    window.contour.mapClicked.connect(lambda b, m: _clicked(session, b, m))

    def render(view=None) -> None:
        view = session.view
        bar.render(view)
        with QSignalBlocker(predict):
            predict.setChecked(view.hidden)
        reveal.setEnabled(view.hidden)
        _draw_guess(window.contour, session)

    session.viewChanged.connect(render)
    session.datasetChanged.connect(render)  # new statistics: a standardised map moves
    render()
    return bar


def _scaling(session):
    """The contour map's coefficients: the data's own, or standardised."""
    stats = session.stats
    return standardising(stats) if session.view.standardised and stats is not None else IDENTITY


def _clicked(session, b: float, m: float) -> None:
    """A click on the map, in its coefficients: a guess, in the data's, while predicting."""
    if session.view.hidden and session.dataset is not None:
        session.place_guess(*(float(v) for v in _scaling(session).to_original(b, m)))


def _draw_guess(contour, session) -> None:
    g = session.view.guess
    vb = contour.getPlotItem().getViewBox()
    if session.view.hidden:
        vb.setCursor(Qt.CursorShape.CrossCursor)
    else:
        vb.unsetCursor()
    if g is None or session.stats is None:
        contour.set_guess(None)
        return
    point = tuple(float(v) for v in _scaling(session).to_scaled(g.b, g.m))
    contour.set_guess(point, QCoreApplication.translate("PredictBar", MARK_LABELS[g.kind]))
