"""The transport bar of presentation mode: Start, Step, Reset, the speed, the learning
rate and the panels shown, in one row under the panels.

A view of the :class:`~gdviz.gui.session.Session`, like the control panel it stands in
for while the controls are hidden: it renders the session's settings, running state and
view, and sends the same intents (``session.start_or_pause()``, ``session.step(1)``,
``session.update_settings(...)``, ``session.update_view(presentation=...)``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
)

from ..core import stability
from ..core.optimizers import optimizer_spec, optimizer_specs
from ..core.words import SYMBOL_WORDS
from .controls import SPEEDS, hyperparameter_input, nearest_speed, speed_text
from .input_guard import guard_inputs
from .rate_gauge import zone_caption, zone_colour
from .session import PANELS

__all__ = ["PANEL_NAMES", "PRESENTATION_CHOICES", "TransportBar", "panels_label"]

#: Each panel's short name in the panel choices.
#: (English, translated where shown, context "TransportBar").
PANEL_NAMES = {
    "scatter": QT_TRANSLATE_NOOP("TransportBar", "Data"),
    "error": QT_TRANSLATE_NOOP("TransportBar", "Error"),
    "surface": QT_TRANSLATE_NOOP("TransportBar", "Surface"),
    "contour": QT_TRANSLATE_NOOP("TransportBar", "Contours"),
}
#: The panel layouts offered for presentation mode: two panels first (they fit any
#: projector), then one, then all four.
PRESENTATION_CHOICES = (
    ("scatter", "error"),
    ("scatter", "contour"),
    ("scatter", "surface"),
    ("error", "contour"),
    ("surface", "contour"),
    ("scatter",),
    ("error",),
    ("surface",),
    ("contour",),
    PANELS,
)
#: Ink on each zone's colour.
_ZONE_INK = {
    "slow": "#000000",
    "safe": "#FFFFFF",
    "oscillating": "#000000",
    "divergent": "#FFFFFF",
    "exact": "#FFFFFF",
}


def panels_label(names: tuple[str, ...]) -> str:
    """``"Data + Error"``, ``"Data only"``, ``"All four panels"``."""
    if tuple(names) == PANELS:
        return QCoreApplication.translate("TransportBar", "All four panels")
    shown = [QCoreApplication.translate("TransportBar", PANEL_NAMES[name]) for name in names]
    if len(shown) == 1:
        return QCoreApplication.translate("TransportBar", "{panel} only").format(panel=shown[0])
    return " + ".join(shown)


def _button(text: str, name: str, accessible: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    return button


class TransportBar(QFrame):
    """Start/Step/Reset, speed, learning rate and panels; see the module's notes.

    Parameters
    ----------
    session : Session
        The window's session.
    controls_action : QAction, optional
        The window's "Show controls" action (F10), offered as a button.
    """

    def __init__(self, session, controls_action: QAction | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("transportBar")
        self.setAccessibleName(self.tr("Presentation controls"))
        self._session = session
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(8)
        self._build_run(layout)
        self._build_rate(layout)
        self.panelsInput = QComboBox()
        self.panelsInput.setObjectName("transportPanelsInput")
        self.panelsInput.setAccessibleName(self.tr("Panels shown"))
        self.panelsInput.setToolTip(
            self.tr("The panels presentation mode shows: one, two or all four")
        )
        # about "Data + Error" wide (longer names are elided): the bar fits 1024 pixels
        self.panelsInput.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.panelsInput.setMinimumContentsLength(12)
        for names in PRESENTATION_CHOICES:
            self.panelsInput.addItem(panels_label(names), names)
        self.panelsInput.activated.connect(self._panels_chosen)
        layout.addWidget(self.panelsInput)
        self.controlsButton = QToolButton()
        self.controlsButton.setObjectName("transportControlsButton")
        self.controlsButton.setAccessibleName(self.tr("Show the controls"))
        if controls_action is not None:
            self.controlsButton.setDefaultAction(controls_action)
        layout.addWidget(self.controlsButton)
        guard_inputs(self.speedInput, self.learningRateInput, self.panelsInput)
        session.settingsChanged.connect(self.render_settings)
        session.datasetChanged.connect(lambda: self.render_settings(session.settings))
        session.runningChanged.connect(self.render_running)
        session.viewChanged.connect(self.render_view)
        self.render_settings(session.settings)
        self.render_view(session.view)

    # ------------------------------------------------------------------ building
    def _build_run(self, layout: QHBoxLayout) -> None:
        s = self._session
        self.startButton = _button(
            self.tr("Start"),
            "transportStartButton",
            self.tr("Start or pause"),
            self.tr("Run or pause (Space)"),
        )
        self.startButton.setCheckable(True)
        self.stepButton = _button(
            self.tr("Step"),
            "transportStepButton",
            self.tr("Step"),
            self.tr("Take one new iteration from the one shown"),
        )
        self.resetButton = _button(
            self.tr("Reset"), "transportResetButton", self.tr("Reset"), self.tr("Back to 0 (R)")
        )
        self.startButton.clicked.connect(self._start_clicked)
        self.stepButton.clicked.connect(lambda: s.step(1))
        self.resetButton.clicked.connect(s.reset)
        for button in (self.startButton, self.stepButton, self.resetButton):
            layout.addWidget(button)
        self.speedInput = QSlider(Qt.Orientation.Horizontal)
        self.speedInput.setObjectName("transportSpeedInput")
        self.speedInput.setAccessibleName(self.tr("Speed"))
        self.speedInput.setToolTip(self.tr("Iterations per second (+ and − change it)"))
        self.speedInput.setRange(0, len(SPEEDS) - 1)
        self.speedInput.setPageStep(1)
        self.speedInput.setMinimumWidth(90)
        self.speedInput.valueChanged.connect(self._speed_moved)
        self.speedLabel = QLabel()
        self.speedLabel.setObjectName("transportSpeedLabel")
        self.speedLabel.setTextFormat(Qt.TextFormat.PlainText)
        widest = self.speedLabel.fontMetrics().horizontalAdvance(speed_text(20000))
        self.speedLabel.setMinimumWidth(widest + 4)
        layout.addWidget(self.speedInput, 1)
        layout.addWidget(self.speedLabel)

    def _build_rate(self, layout: QHBoxLayout) -> None:
        rate = optimizer_specs()[0].hyperparameter("learning_rate")
        label = self.rateLabel = QLabel("η")
        label.setObjectName("transportRateLabel")
        label.setToolTip(rate.translated("tooltip"))
        self.learningRateInput = hyperparameter_input(rate)
        self.learningRateInput.setObjectName("transportLearningRateInput")
        self.learningRateInput.setAccessibleName(self.tr("Learning rate"))
        self.learningRateInput.setMinimumWidth(
            self.learningRateInput.fontMetrics().horizontalAdvance("0.0000000") + 30
        )
        self.learningRateInput.valueChanged.connect(
            lambda v: self._session.update_settings(hyperparameters={"learning_rate": v})
        )
        label.setBuddy(self.learningRateInput)
        self.zoneLabel = QLabel()
        self.zoneLabel.setObjectName("transportZoneLabel")
        self.zoneLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.zoneLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoneLabel.setAutoFillBackground(True)
        self.zoneLabel.setContentsMargins(8, 0, 8, 0)
        self.zoneLabel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout.addWidget(label)
        layout.addWidget(self.learningRateInput)
        layout.addWidget(self.zoneLabel)

    # ------------------------------------------------------------------ rendering
    def render_settings(self, settings) -> None:
        """Show the session's speed and learning rate and the rate's zone."""
        with QSignalBlocker(self.speedInput):
            self.speedInput.setValue(nearest_speed(settings.speed))
        with QSignalBlocker(self.learningRateInput):
            self.learningRateInput.setValue(settings.learning_rate)
        self.speedLabel.setText(speed_text(settings.speed))
        self._render_zone(settings)

    def _render_zone(self, settings) -> None:
        stats = self._session.stats
        spec = optimizer_spec(settings.optimizer)
        label = self.zoneLabel
        if stats is None:
            label.hide()
            return
        try:
            limits = stability.gauge_limits(
                stats, settings.optimizer, settings.normalize, settings.objective
            )
            zone = limits.zone(settings.learning_rate)
        except ValueError:
            label.hide()
            return
        applies = stability.zones_apply(spec.name, settings.objective)
        label.setText(stability.ZONE_NAMES[zone.name])
        # a palette, not a style sheet: the label keeps following the window's type size
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.Window, zone_colour(zone.name, applies))
        ink = _ZONE_INK[zone.name] if applies else "#000000"
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ink))
        label.setPalette(palette)
        caption = zone_caption(zone, applies=applies, stochastic=spec.stochastic)
        label.setToolTip(f"{caption}\n\n{zone.explanation}")
        label.setAccessibleDescription(caption)
        label.show()

    def render_running(self, running: bool) -> None:
        with QSignalBlocker(self.startButton):
            self.startButton.setChecked(running)
            self.startButton.setText(self.tr("Pause") if running else self.tr("Start"))

    def render_view(self, view) -> None:
        """Show the panels presentation mode shows (a lesson's own choice included), and
        name the learning rate by its symbol or, in plain language, in words."""
        self.rateLabel.setText(SYMBOL_WORDS["η"].capitalize() if view.plain else "η")
        combo = self.panelsInput
        shown = tuple(view.presentation)
        index = next((i for i in range(combo.count()) if tuple(combo.itemData(i)) == shown), -1)
        if index < 0:
            combo.addItem(panels_label(view.presentation), view.presentation)
            index = combo.count() - 1
        with QSignalBlocker(combo):
            combo.setCurrentIndex(index)

    # ------------------------------------------------------------------ intents
    def _start_clicked(self) -> None:
        self.render_running(self._session.running)
        self._session.start_or_pause()

    def _speed_moved(self, position: int) -> None:
        speed = SPEEDS[position]
        self._session.update_settings(speed=None if speed == float("inf") else float(speed))

    def _panels_chosen(self, index: int) -> None:
        self._session.update_view(presentation=tuple(self.panelsInput.itemData(index)))
