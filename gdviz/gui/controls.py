"""The control panel: data columns, hyperparameters, run controls and the state readout.

A view of the :class:`~gdviz.gui.session.Session`: it renders the session's settings
(inside :class:`~PySide6.QtCore.QSignalBlocker`, so rendering sends nothing back) and
turns what a person does into intents (``session.update_settings(...)``,
``session.start_or_pause()``, …). It never keeps state of its own.

The optimizer box and the inputs of each rule's hyperparameters are generated from the
optimizer registry (:mod:`gdviz.core.optimizers`): one input per hyperparameter name, with
the registry's label, symbol, range and tooltip, shown for the rules that take it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import stability
from ..core.lesson import MAX_ITERATIONS
from ..core.optimizers import Hyperparameter, optimizer_spec, optimizer_specs
from ..core.settings import INITIAL_LIMIT, RunSettings
from ..core.words import format_number
from .input_guard import guard_inputs
from .loss_inputs import LossInputs, no_limits_text, plain_name
from .number_input import NumberInput
from .rate_gauge import RateGauge
from .state_readout import StateReadout

__all__ = [
    "SPEEDS",
    "ControlPanel",
    "controls_column",
    "hyperparameter_input",
    "input_name",
    "nearest_speed",
    "speed_text",
]

#: Iterations per second at each speed setting; the last is as fast as the machine allows.
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 20000, math.inf)
#: Margins (left, top, right, bottom) and row spacing of the boxes: compact, so the whole
#: panel and the State box fit a projector's 1280x650 window without scrolling.
BOX_MARGINS = (6, 2, 6, 4)
ROW_SPACING = 3


def speed_text(speed: float | None) -> str:
    """``"20 it/s"``, or ``"max"`` for as fast as possible."""
    if speed is None or math.isinf(speed):
        return QCoreApplication.translate("ControlPanel", "max")
    text = QCoreApplication.translate("ControlPanel", "{speed} it/s")
    return text.format(speed=format_number(speed))


def _compact(layout) -> None:
    layout.setContentsMargins(*BOX_MARGINS)
    layout.setSpacing(ROW_SPACING)


def nearest_speed(iterations_per_second: float | None) -> int:
    """The speed setting closest (in ratio) to a rate; None means as fast as possible."""
    if iterations_per_second is None or math.isinf(iterations_per_second):
        return len(SPEEDS) - 1
    finite = SPEEDS[:-1]
    rate = max(float(iterations_per_second), 1e-9)
    return min(range(len(finite)), key=lambda i: abs(math.log(finite[i] / rate)))


def input_name(flag: str) -> str:
    """An input's objectName from its command-line flag: ``--batch-size`` → ``batchSizeInput``."""
    first, *rest = flag.lstrip("-").split("-")
    return first + "".join(part.capitalize() for part in rest) + "Input"


def _name(widget: QWidget, object_name: str, accessible: str, tip: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)
    return widget


def hyperparameter_input(h: Hyperparameter) -> QWidget:
    """A spin box for one hyperparameter, with the registry's range, steps and words."""
    if h.integer:
        widget = QSpinBox()
        widget.setRange(int(h.minimum), int(min(h.maximum, 2**31 - 1)))
        widget.setKeyboardTracking(False)
    else:
        widget = NumberInput(h.minimum, h.maximum, series=h.log_steps)
        if h.step:
            widget.setSingleStep(h.step)
    widget.setValue(h.default)
    guard_inputs(widget)
    return _name(widget, input_name(h.cli_flag), h.translated("label"), h.translated("tooltip"))


class ControlPanel(QWidget):
    """Inputs for the descent, rendered from the session; every edit is an intent."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("controlPanel")
        self._session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        layout.addWidget(self._build_data_box())
        layout.addWidget(self._build_hyper_box())
        layout.addWidget(self._build_run_box())
        self.readout = _name(
            StateReadout(),
            "stateReadout",
            self.tr("Current state"),
            self.tr(
                "The current line and its error beside the least-squares line and its error;\n"
                "∂E/∂b and ∂E/∂m are the gradient"
            ),
        )
        #: The State box: the window keeps it in sight below the (scrolling) controls.
        self.stateBox = QGroupBox(self.tr("State"))
        self.stateBox.setObjectName("stateBox")
        state_layout = QVBoxLayout(self.stateBox)
        _compact(state_layout)
        state_layout.addWidget(self.readout)
        guard_inputs(*self.findChildren(QWidget))
        session.settingsChanged.connect(self.render_settings)
        session.datasetChanged.connect(self.render_dataset)
        session.runningChanged.connect(self.render_running)
        session.viewChanged.connect(self.render_view)
        self.render_settings(session.settings)

    # ------------------------------------------------------------------ building
    def _build_data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"))
        form = QFormLayout(box)
        _compact(form)
        self.fileLabel = QLabel(self.tr("no data"))
        self.fileLabel.setObjectName("fileLabel")
        self.fileLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.fileLabel.setWordWrap(True)
        form.addRow(self.fileLabel)
        self.xColumnInput = _name(
            QComboBox(), "xColumnInput", self.tr("x column"), self.tr("Column used as x")
        )
        self.yColumnInput = _name(
            QComboBox(), "yColumnInput", self.tr("y column"), self.tr("Column used as y")
        )
        self._x_label = QLabel(self.tr("x column"))
        self._y_label = QLabel(self.tr("y column"))
        form.addRow(self._x_label, self.xColumnInput)
        form.addRow(self._y_label, self.yColumnInput)
        for combo in (self.xColumnInput, self.yColumnInput):
            combo.activated.connect(self._columns_chosen)
        self._show_columns((), 0, 1)
        return box

    def _build_hyper_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hyperparameters"))
        form = QFormLayout(box)
        _compact(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        s = self._session

        # one input per hyperparameter name, in the order the rules list them
        self._inputs: dict[str, QWidget] = {}
        for spec in optimizer_specs():
            for h in spec.hyperparameters:
                if h.name not in self._inputs and not h.advanced:
                    self._inputs[h.name] = hyperparameter_input(h)
                    self._inputs[h.name].valueChanged.connect(
                        lambda value, name=h.name: s.update_settings(hyperparameters={name: value})
                    )
        self.learningRateInput = self._inputs["learning_rate"]
        form.addRow(self._label("learning_rate"), self.learningRateInput)
        self.rateGauge = RateGauge()
        form.addRow(self.rateGauge)
        self._build_optimizer_rows(form)
        self._build_loss_row(form)
        self._build_length_row(form)

        self.initialBInput = _name(
            NumberInput(-INITIAL_LIMIT, INITIAL_LIMIT),
            "initialBInput",
            self.tr("Initial b"),
            self.tr("Intercept b of the starting line (in y units); changing it resets the run"),
        )
        self.initialBInput.setSingleStep(1.0)
        self.initialMInput = _name(
            NumberInput(-INITIAL_LIMIT, INITIAL_LIMIT),
            "initialMInput",
            self.tr("Initial m"),
            self.tr(
                "Slope m of the starting line (y units per x unit); changing it resets the run"
            ),
        )
        self.initialMInput.setSingleStep(0.1)
        start = QWidget()
        start_row = QHBoxLayout(start)
        start_row.setContentsMargins(0, 0, 0, 0)
        for text, widget in (("b", self.initialBInput), ("m", self.initialMInput)):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setToolTip(widget.toolTip())
            start_row.addWidget(label)
            start_row.addWidget(widget, 1)
        start_label = QLabel(self.tr("Start line"))
        start_label.setToolTip(self.tr("The line the descent starts from: y = m·x + b"))
        form.addRow(start_label, start)

        self.seedInput = _name(
            QSpinBox(),
            "seedInput",
            self.tr("Random seed"),
            self.tr("Seed of the shuffled order of points"),
        )
        self.seedInput.setRange(0, 2_000_000_000)
        form.addRow(self.tr("Seed"), self.seedInput)
        self.iterationsInput.valueChanged.connect(lambda v: s.update_settings(iterations=v))
        self.initialBInput.valueChanged.connect(lambda v: s.update_settings(initial_b=v))
        self.initialMInput.valueChanged.connect(lambda v: s.update_settings(initial_m=v))
        self.seedInput.valueChanged.connect(lambda v: s.update_settings(seed=v))
        self.normalizeInput.toggled.connect(lambda on: s.update_settings(normalize=on))
        self.optimizerInput.currentIndexChanged.connect(
            lambda i: s.update_settings(optimizer=self.optimizerInput.itemData(i))
        )
        return box

    def _build_optimizer_rows(self, form: QFormLayout) -> None:
        """The optimizer box and the inputs of the other hyperparameters, under the rate."""
        self.optimizerInput = _name(
            QComboBox(),
            "optimizerInput",
            self.tr("Optimizer"),
            self.tr("The update rule for each step"),
        )
        for spec in optimizer_specs():
            self.optimizerInput.addItem(spec.translated("label"), spec.name)
        form.addRow(self.tr("Optimizer"), self.optimizerInput)
        for name, widget in self._inputs.items():
            if name != "learning_rate":
                form.addRow(self._label(name), widget)

    def _build_length_row(self, form: QFormLayout) -> None:
        """How long a run goes and whether it is normalised, in one row under the loss."""
        self.iterationsInput = _name(
            QSpinBox(),
            "iterationsInput",
            self.tr("Iterations"),
            self.tr("How many iterations Start runs to (the total, counted from 0)"),
        )
        self.iterationsInput.setRange(0, MAX_ITERATIONS)
        self.iterationsInput.setSingleStep(100)
        self.iterationsInput.setGroupSeparatorShown(False)
        self.iterationsInput.setKeyboardTracking(False)
        self.normalizeInput = _name(
            QCheckBox(self.tr("Normalise")),
            "normalizeInput",
            self.tr("Normalise"),
            self.tr(
                "Descend on standardised x and y (a round bowl instead of a narrow valley);\n"
                "b, m and the error are still shown in the data's own units. Resets the run."
            ),
        )
        # the iteration count and the normalise switch share a row: the panel stays short
        length = QWidget()
        length_row = QHBoxLayout(length)
        length_row.setContentsMargins(0, 0, 0, 0)
        self.iterationsInput.setMinimumWidth(80)  # its range's widest count needs no more
        length_row.addWidget(self.iterationsInput, 1)
        length_row.addWidget(self.normalizeInput)
        iterations_label = QLabel(self.tr("Iterations"))
        iterations_label.setBuddy(self.iterationsInput)
        form.addRow(iterations_label, length)

    def _build_loss_row(self, form: QFormLayout) -> None:
        """The loss box with Huber's δ and the ridge λ, in one row under the optimizer."""
        self.lossRow = LossInputs(self._session, hyperparameter_input)
        self.lossInput = self.lossRow.lossInput
        self.huberDeltaInput = self.lossRow.deltaInput
        self.ridgeInput = self.lossRow.ridgeInput
        label = QLabel(self.tr("Loss"))
        label.setBuddy(self.lossInput)
        label.setToolTip(self.lossInput.toolTip())
        form.addRow(label, self.lossRow)

    @property
    def hyperparameter_inputs(self) -> dict[str, QWidget]:
        """The input of each hyperparameter, by the registry's name (``"batch_size"``)."""
        return dict(self._inputs)

    def _label(self, name: str, plain: bool = False) -> str:
        for spec in optimizer_specs():
            for h in spec.hyperparameters:
                if h.name == name:
                    return plain_name(h) if plain else h.translated("label")
        return name

    def render_view(self, view) -> None:
        """Plain language: the inputs' labels and the gauge's line in words."""
        for name, widget in self._inputs.items():
            label = self._form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(self._label(name, view.plain))
        self.rateGauge.set_plain(view.plain)
        self.lossRow.set_plain(view.plain)

    def _build_run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Run"))
        layout = QVBoxLayout(box)
        _compact(layout)
        buttons = QHBoxLayout()
        self.startButton = _name(
            QPushButton(self.tr("Start")),
            "startButton",
            self.tr("Start or pause"),
            self.tr("Run to the set iterations or pause (Space)"),
        )
        self.startButton.setCheckable(True)
        self.stepButton = _name(
            QPushButton(self.tr("Step")),
            "stepButton",
            self.tr("Step"),
            self.tr(
                "Take one new iteration from the one shown\n"
                "(the Right arrow moves forward through the history first)"
            ),
        )
        self.resetButton = _name(
            QPushButton(self.tr("Reset")),
            "resetButton",
            self.tr("Reset"),
            self.tr("Back to iteration 0 (R)"),
        )
        for button in (self.startButton, self.stepButton, self.resetButton):
            button.setMinimumHeight(30)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        s = self._session
        self.startButton.clicked.connect(self._start_clicked)
        self.stepButton.clicked.connect(lambda: s.step(1))
        self.resetButton.clicked.connect(s.reset)

        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel(self.tr("Speed")))
        self.speedInput = _name(
            QSlider(Qt.Orientation.Horizontal),
            "speedInput",
            self.tr("Speed"),
            self.tr("Iterations per second: from 1 (to explain each step) to as fast as possible"),
        )
        self.speedInput.setRange(0, len(SPEEDS) - 1)
        self.speedInput.setPageStep(1)
        self.speedInput.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speedLabel = QLabel()
        widest = self.speedLabel.fontMetrics().horizontalAdvance(speed_text(20000))
        self.speedLabel.setMinimumWidth(widest + 4)
        speed_row.addWidget(self.speedInput, 1)
        speed_row.addWidget(self.speedLabel)
        layout.addLayout(speed_row)
        self.speedInput.valueChanged.connect(self._speed_moved)

        self.stopWhenConvergedInput = _name(
            QCheckBox(self.tr("Stop when converged")),
            "stopWhenConvergedInput",
            self.tr("Stop when converged"),
            self.tr(
                "Start stops at the first iteration whose error is within tolerance of the\n"
                "optimum, instead of running to the set number of iterations"
            ),
        )
        self.stopWhenConvergedInput.toggled.connect(
            lambda on: s.update_settings(stop_when_converged=on)
        )
        layout.addWidget(self.stopWhenConvergedInput)
        return box

    # ------------------------------------------------------------------ rendering
    def render_settings(self, settings: RunSettings) -> None:
        """Show the session's settings (sends nothing back)."""
        spec = optimizer_spec(settings.optimizer)
        taken = {h.name for h in spec.hyperparameters}
        values = {
            self.optimizerInput: self.optimizerInput.findData(settings.optimizer),
            self.iterationsInput: settings.iterations,
            self.initialBInput: settings.initial_b,
            self.initialMInput: settings.initial_m,
            self.seedInput: settings.seed,
            self.speedInput: nearest_speed(settings.speed),
        }
        for name, widget in self._inputs.items():
            if name in settings.hyperparameters:
                values[widget] = settings.hyperparameters[name]
            self._form.setRowVisible(widget, name in taken)
        self._form.setRowVisible(self.seedInput, spec.stochastic)
        for widget, value in values.items():
            with QSignalBlocker(widget):
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(value)
                else:
                    widget.setValue(value)
        for box, on in (
            (self.normalizeInput, settings.normalize),
            (self.stopWhenConvergedInput, settings.stop_when_converged),
        ):
            with QSignalBlocker(box):
                box.setChecked(on)
        self.speedLabel.setText(speed_text(settings.speed))
        self.rateGauge.set_rate(settings.learning_rate)
        self.rateGauge.set_applies(stability.zones_apply(spec.name, settings.objective))
        self.rateGauge.set_stochastic(spec.stochastic)
        self.lossRow.render(settings)
        self._render_limits()

    def render_dataset(self) -> None:
        d = self._session.dataset
        if d is None:
            return
        n = len(self._session.x)
        summary = d.summary()
        if n != len(d.x):
            summary = self.tr("{summary} — {n} points now (edited)").format(summary=summary, n=n)
        self.fileLabel.setText(summary)
        self._show_columns(d.columns, d.x_column, d.y_column)
        self._render_limits()

    def _render_limits(self) -> None:
        stats = self._session.stats
        objective = self._session.settings.objective
        note = no_limits_text(objective, short=True)  # MAE and Huber have no limits
        self.rateGauge.set_note(note)
        if stats is not None:
            normalize = self._session.settings.normalize
            optimizer = self._session.settings.optimizer
            limits = (
                None if note else stability.gauge_limits(stats, optimizer, normalize, objective)
            )
            self.rateGauge.set_limits(limits)

    def render_running(self, running: bool) -> None:
        with QSignalBlocker(self.startButton):
            self.startButton.setChecked(running)
            self.startButton.setText(self.tr("Pause") if running else self.tr("Start"))

    def _show_columns(self, names, x_index: int, y_index: int) -> None:
        """Offer a column picker when the file has more than two columns."""
        for combo, index in ((self.xColumnInput, x_index), (self.yColumnInput, y_index)):
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItems(list(names))
                combo.setCurrentIndex(index)
        show = len(names) > 2
        for widget in (self.xColumnInput, self.yColumnInput, self._x_label, self._y_label):
            widget.setVisible(show)

    # ------------------------------------------------------------------ intents
    def _columns_chosen(self) -> None:
        self._session.choose_columns(
            self.xColumnInput.currentIndex(), self.yColumnInput.currentIndex()
        )

    def _start_clicked(self) -> None:
        # the button shows the session's state, not the click: render_running() sets it
        self.render_running(self._session.running)
        self._session.start_or_pause()

    def _speed_moved(self, position: int) -> None:
        speed = SPEEDS[position]
        self._session.update_settings(speed=None if math.isinf(speed) else float(speed))


class _ControlsScroll(QScrollArea):
    """Scrolls the controls only when the window is too short for them: its preferred
    height is theirs (a plain QScrollArea prefers a few dozen lines at most)."""

    def sizeHint(self):
        hint = super().sizeHint()
        inner = self.widget()
        if inner is not None:
            hint.setHeight(inner.sizeHint().height() + 2 * self.frameWidth())
        return hint

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the controls' height changed: so did this hint
        return super().eventFilter(watched, event)


def controls_column(panel: ControlPanel) -> tuple[QWidget, QScrollArea]:
    """The window's left column: the controls (scrolling if the window is short) and,
    right under them and always in sight, the State box."""
    scroll = _ControlsScroll()
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setMinimumWidth(panel.minimumSizeHint().width() + 24)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    column = QWidget()
    column.setObjectName("controlsColumn")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(scroll)
    layout.addWidget(panel.stateBox)
    layout.addStretch(1)
    return column, scroll
