"""The control panel: data columns, hyperparameters, run controls and the state readout.

It only gathers what a person sets and says so through signals; the main window turns
that into requests to the worker.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.optimizers import default_hyperparams
from .number_input import NumberInput, format_number
from .rate_gauge import RateGauge

__all__ = ["SPEEDS", "ControlPanel", "nearest_speed"]

#: Iterations per second at each speed setting; the last is as fast as the machine allows.
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 20000, math.inf)
DEFAULT_SPEED = SPEEDS.index(500)


def nearest_speed(iterations_per_second: float | None) -> int:
    """The speed setting closest (in ratio) to a rate; None means as fast as possible."""
    if iterations_per_second is None or math.isinf(iterations_per_second):
        return len(SPEEDS) - 1
    finite = SPEEDS[:-1]
    rate = max(float(iterations_per_second), 1e-9)
    return min(range(len(finite)), key=lambda i: abs(math.log(finite[i] / rate)))


OPTIMIZER_LABELS = {
    "gd": "Gradient descent (batch)",
    "sgd": "Stochastic (one point)",
    "minibatch": "Mini-batch",
    "momentum": "Momentum",
    "nesterov": "Nesterov momentum",
    "adagrad": "AdaGrad",
    "rmsprop": "RMSProp",
    "adam": "Adam",
}

# which extra inputs each optimizer uses
_EXTRA_INPUTS = {
    "momentum": ("momentum",),
    "nesterov": ("momentum",),
    "minibatch": ("batch_size", "seed"),
    "sgd": ("seed",),
    "rmsprop": ("decay",),
    "adam": ("b1", "b2"),
}


def _name(widget: QWidget, object_name: str, accessible: str, tip: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)
    return widget


class ControlPanel(QWidget):
    """Inputs for the descent; emits a signal per real change."""

    optimizerChanged = Signal()  # rule or any of its hyperparameters
    startingPointChanged = Signal()  # initial b, initial m or normalise
    iterationsChanged = Signal(int)
    speedChanged = Signal(float)
    columnsChanged = Signal(int, int)
    startClicked = Signal()
    stepClicked = Signal()
    resetClicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("controlPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._build_data_box())
        layout.addWidget(self._build_hyper_box())
        layout.addWidget(self._build_run_box())
        self.readout = _name(
            QLabel(),
            "stateReadout",
            "Current state",
            "The current line and its error; ∂E/∂b and ∂E/∂m are the gradient",
        )
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setWordWrap(False)
        self.readout.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        readout_box = QGroupBox("State")
        QVBoxLayout(readout_box).addWidget(self.readout)
        layout.addWidget(readout_box)
        layout.addStretch(1)
        self._update_extra_inputs()

    # ------------------------------------------------------------------ building
    def _build_data_box(self) -> QGroupBox:
        box = QGroupBox("Data")
        form = QFormLayout(box)
        self.fileLabel = QLabel("no data")
        self.fileLabel.setObjectName("fileLabel")
        self.fileLabel.setWordWrap(True)
        form.addRow(self.fileLabel)
        self.xColumnInput = _name(QComboBox(), "xColumnInput", "x column", "Column used as x")
        self.yColumnInput = _name(QComboBox(), "yColumnInput", "y column", "Column used as y")
        self._x_label = QLabel("x column")
        self._y_label = QLabel("y column")
        form.addRow(self._x_label, self.xColumnInput)
        form.addRow(self._y_label, self.yColumnInput)
        for combo in (self.xColumnInput, self.yColumnInput):
            combo.activated.connect(self._columns_activated)
        self.set_columns((), 0, 1)
        return box

    def _build_hyper_box(self) -> QGroupBox:
        box = QGroupBox("Hyperparameters")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form

        self.learningRateInput = _name(
            NumberInput(1e-12, 1e9, series=True),
            "learningRateInput",
            "Learning rate",
            "Step size η: how far each step moves against the gradient.\n"
            "Type 0.0001 or 1e-4; the arrow keys step 1, 2, 5, 10, …",
        )
        self.learningRateInput.setValue(1e-4)
        form.addRow("Learning rate η", self.learningRateInput)
        self.rateGauge = RateGauge()
        form.addRow(self.rateGauge)
        self.learningRateInput.valueChanged.connect(self.rateGauge.set_rate)
        self.rateGauge.set_rate(self.learningRateInput.value())

        self.iterationsInput = _name(
            QSpinBox(),
            "iterationsInput",
            "Iterations",
            "How many iterations Start runs to (the total, counted from 0)",
        )
        self.iterationsInput.setRange(0, 2_000_000_000)
        self.iterationsInput.setSingleStep(100)
        self.iterationsInput.setValue(1000)
        self.iterationsInput.setGroupSeparatorShown(False)
        self.iterationsInput.setKeyboardTracking(False)
        form.addRow("Iterations", self.iterationsInput)

        self.initialBInput = _name(
            NumberInput(-1e12, 1e12),
            "initialBInput",
            "Initial b",
            "Intercept b of the starting line (in y units); changing it resets the run",
        )
        self.initialBInput.setSingleStep(1.0)
        form.addRow("Initial b (intercept)", self.initialBInput)

        self.initialMInput = _name(
            NumberInput(-1e12, 1e12),
            "initialMInput",
            "Initial m",
            "Slope m of the starting line (y units per x unit); changing it resets the run",
        )
        self.initialMInput.setSingleStep(0.1)
        form.addRow("Initial m (slope)", self.initialMInput)

        self.optimizerInput = _name(
            QComboBox(), "optimizerInput", "Optimizer", "The update rule for each step"
        )
        for key, label in OPTIMIZER_LABELS.items():
            self.optimizerInput.addItem(label, key)
        form.addRow("Optimizer", self.optimizerInput)

        adam = default_hyperparams("adam")
        self.momentumInput = _name(
            NumberInput(0.0, 0.9999), "momentumInput", "Momentum", "Momentum μ (0 to below 1)"
        )
        self.momentumInput.setSingleStep(0.05)
        self.momentumInput.setValue(default_hyperparams("momentum")["momentum"])
        self.beta1Input = _name(
            NumberInput(0.0, 0.9999), "beta1Input", "Beta 1", "Adam's β₁: decay of the mean"
        )
        self.beta1Input.setSingleStep(0.01)
        self.beta1Input.setValue(adam["b1"])
        self.beta2Input = _name(
            NumberInput(0.0, 0.999999),
            "beta2Input",
            "Beta 2",
            "Adam's β₂: decay of the mean square",
        )
        self.beta2Input.setSingleStep(0.001)
        self.beta2Input.setValue(adam["b2"])
        self.decayInput = _name(
            NumberInput(0.0, 0.9999), "decayInput", "Decay", "RMSProp's decay ρ"
        )
        self.decayInput.setSingleStep(0.01)
        self.decayInput.setValue(default_hyperparams("rmsprop")["decay"])
        self.batchSizeInput = _name(
            QSpinBox(), "batchSizeInput", "Batch size", "Points per mini-batch step"
        )
        self.batchSizeInput.setRange(1, 1_000_000_000)
        self.batchSizeInput.setValue(default_hyperparams("minibatch")["batch_size"])
        self.seedInput = _name(
            QSpinBox(), "seedInput", "Random seed", "Seed of the shuffled order of points"
        )
        self.seedInput.setRange(0, 2_000_000_000)
        self._extra = {
            "momentum": ("Momentum μ", self.momentumInput),
            "b1": ("β₁", self.beta1Input),
            "b2": ("β₂", self.beta2Input),
            "decay": ("Decay ρ", self.decayInput),
            "batch_size": ("Batch size", self.batchSizeInput),
            "seed": ("Seed", self.seedInput),
        }
        for label, widget in self._extra.values():
            form.addRow(label, widget)

        self.normalizeInput = _name(
            QCheckBox("Normalise x and y"),
            "normalizeInput",
            "Normalise",
            "Descend on standardised x and y (a round bowl instead of a narrow valley);\n"
            "b, m and the error are still shown in the data's own units. Resets the run.",
        )
        form.addRow(self.normalizeInput)

        for widget in (self.learningRateInput, self.momentumInput, self.beta1Input):
            widget.valueChanged.connect(self.optimizerChanged)
        for widget in (self.beta2Input, self.decayInput, self.batchSizeInput):
            widget.valueChanged.connect(self.optimizerChanged)
        self.optimizerInput.currentIndexChanged.connect(self._optimizer_selected)
        self.seedInput.valueChanged.connect(self.optimizerChanged)
        self.initialBInput.valueChanged.connect(self.startingPointChanged)
        self.initialMInput.valueChanged.connect(self.startingPointChanged)
        self.normalizeInput.toggled.connect(self.startingPointChanged)
        self.iterationsInput.valueChanged.connect(self.iterationsChanged)
        return box

    def _build_run_box(self) -> QGroupBox:
        box = QGroupBox("Run")
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.startButton = _name(
            QPushButton("Start"),
            "startButton",
            "Start or pause",
            "Run to the set iterations or pause (Space)",
        )
        self.startButton.setCheckable(True)
        self.stepButton = _name(
            QPushButton("Step"), "stepButton", "Step", "Take exactly one iteration (Right arrow)"
        )
        self.resetButton = _name(
            QPushButton("Reset"), "resetButton", "Reset", "Back to iteration 0 (R)"
        )
        for button in (self.startButton, self.stepButton, self.resetButton):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.startButton.clicked.connect(self._start_clicked)
        self.stepButton.clicked.connect(self.stepClicked)
        self.resetButton.clicked.connect(self.resetClicked)

        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel("Speed"))
        self.speedInput = _name(
            QSlider(Qt.Orientation.Horizontal),
            "speedInput",
            "Speed",
            "Iterations per second: from 1 (to explain each step) to as fast as possible",
        )
        self.speedInput.setRange(0, len(SPEEDS) - 1)
        self.speedInput.setPageStep(1)
        self.speedInput.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speedInput.setValue(DEFAULT_SPEED)
        self.speedLabel = QLabel()
        self.speedLabel.setMinimumWidth(90)
        speed_row.addWidget(self.speedInput, 1)
        speed_row.addWidget(self.speedLabel)
        layout.addLayout(speed_row)
        self.speedInput.valueChanged.connect(self._speed_moved)
        self._speed_moved(self.speedInput.value())
        return box

    # ------------------------------------------------------------------ reading
    @property
    def optimizer_name(self) -> str:
        return self.optimizerInput.currentData()

    def optimizer_settings(self) -> dict:
        """The chosen rule's name and hyperparameters, as plain values."""
        name = self.optimizer_name
        settings = {"learning_rate": self.learningRateInput.value()}
        for key in _EXTRA_INPUTS.get(name, ()):
            if key == "seed":
                continue
            widget = self._extra[key][1]
            settings[key] = widget.value()
        return {"name": name, **settings}

    def speed(self) -> float:
        return SPEEDS[self.speedInput.value()]

    # ------------------------------------------------------------------ updating
    def set_running(self, running: bool) -> None:
        self.startButton.blockSignals(True)
        self.startButton.setChecked(running)
        self.startButton.setText("Pause" if running else "Start")
        self.startButton.blockSignals(False)

    def set_columns(self, names, x_index: int, y_index: int) -> None:
        """Offer a column picker when the file has more than two columns."""
        for combo, index in ((self.xColumnInput, x_index), (self.yColumnInput, y_index)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(names))
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        show = len(names) > 2
        for widget in (self.xColumnInput, self.yColumnInput, self._x_label, self._y_label):
            widget.setVisible(show)

    def _columns_activated(self) -> None:
        self.columnsChanged.emit(self.xColumnInput.currentIndex(), self.yColumnInput.currentIndex())

    def _optimizer_selected(self) -> None:
        self._update_extra_inputs()
        self.optimizerChanged.emit()

    def _update_extra_inputs(self) -> None:
        self.rateGauge.set_applies(self.optimizer_name in ("gd", "sgd", "minibatch"))
        wanted = _EXTRA_INPUTS.get(self.optimizer_name, ())
        for key, (_label, widget) in self._extra.items():
            self._form.setRowVisible(widget, key in wanted)

    def _start_clicked(self) -> None:
        # the button shows the worker's state, not the click: set_running() updates it
        self.startButton.blockSignals(True)
        self.startButton.setChecked(not self.startButton.isChecked())
        self.startButton.blockSignals(False)
        self.startClicked.emit()

    def _speed_moved(self, position: int) -> None:
        speed = SPEEDS[position]
        self.speedLabel.setText("max" if math.isinf(speed) else f"{format_number(speed)} it/s")
        self.speedChanged.emit(speed)
