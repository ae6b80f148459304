"""The timeline: a slider over the iterations done so far, to look back at any of them."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from .input_guard import guard_inputs
from .theme import Theme

__all__ = ["Timeline"]


class Timeline(QWidget):
    """Slider over iterations 0..latest; "Live" follows the newest iteration.

    Signals
    -------
    iterationChosen(int)
        The person moved the slider (or stepped back) to show this iteration.
    liveRequested()
        Back to following the newest iteration.
    """

    iterationChosen = Signal(int)
    liveRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.backButton = QPushButton(self.tr("◀ Back"))
        self.backButton.setObjectName("stepBackButton")
        self.backButton.setAccessibleName(self.tr("Step back"))
        self.backButton.setToolTip(self.tr("Show the previous iteration (Left arrow)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timelineSlider")
        self.slider.setAccessibleName(self.tr("Timeline of iterations"))
        self.slider.setToolTip(
            self.tr(
                "Drag to see every panel as it was at that iteration.\n"
                "Step or Start from a past iteration replays from there."
            )
        )
        self.slider.setRange(0, 0)
        self.slider.setMinimumWidth(80)
        guard_inputs(self.slider)  # a wheel turned in passing does not move the history
        self.liveButton = QPushButton(self.tr("Live"))
        self.liveButton.setObjectName("liveButton")
        self.liveButton.setAccessibleName(self.tr("Follow the newest iteration"))
        self.liveButton.setToolTip(self.tr("Follow the newest iteration (End)"))
        self.liveButton.setCheckable(True)
        self.liveButton.setChecked(True)
        self.label = QLabel()
        self.label.setObjectName("timelineLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._fit_label()
        title = QLabel(self.tr("History"))
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)
        layout.addWidget(self.backButton)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.liveButton)
        self.slider.valueChanged.connect(self._moved)
        self.backButton.clicked.connect(self.step_back)
        self.liveButton.clicked.connect(self._live_clicked)
        self.set_position(0, 0, live=True)

    def apply_theme(self, theme: Theme) -> None:
        """Follow ``theme``: the controls take the window's palette and type; the
        iteration text keeps room for long runs in the theme's type size."""
        self._fit_label()

    def _fit_label(self) -> None:
        widest = self._position_text(88888, 88889)  # as wide as five-digit runs need
        width = self.label.fontMetrics().horizontalAdvance(widest) + 8
        self.label.setMinimumWidth(max(150, width))

    def set_position(self, shown: int, latest: int, live: bool) -> None:
        """Show ``shown`` of ``latest`` without emitting signals."""
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(latest, 0))
            self.slider.setValue(shown)
        with QSignalBlocker(self.liveButton):
            self.liveButton.setChecked(live)
        self.label.setText(self._position_text(shown, latest))
        self.backButton.setEnabled(shown > 0)

    def _position_text(self, shown: int, latest: int) -> str:
        if shown == latest:
            return self.tr("iteration {latest}").format(latest=latest)
        return self.tr("iteration {shown} of {latest}").format(shown=shown, latest=latest)

    def step_back(self) -> None:
        if self.slider.value() > 0:
            self.slider.setValue(self.slider.value() - 1)

    def _moved(self, value: int) -> None:
        self.iterationChosen.emit(value)

    def _live_clicked(self, checked: bool) -> None:
        if checked:
            self.liveRequested.emit()
        else:
            self.iterationChosen.emit(self.slider.value())
