"""Comparing runs: up to three more configurations stepped beside the main one."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.optimizers import default_hyperparams, make_optimizer
from . import style
from .controls import OPTIMIZER_LABELS
from .number_input import NumberInput, format_number

__all__ = ["MAX_COMPARE", "RUN_COLOURS", "CompareBox", "RunConfig", "run_label"]

MAX_COMPARE = 3
RUN_COLOURS = style.RUN_COLOURS


class RunConfig(NamedTuple):
    """What a compared run uses; it starts where the main run starts."""

    optimizer: str
    learning_rate: float
    normalize: bool
    hyperparameters: tuple = ()  # other (name, value) pairs; the optimizer's defaults else

    def make_optimizer(self):
        return make_optimizer(
            self.optimizer, **{**dict(self.hyperparameters), "learning_rate": self.learning_rate}
        )


def run_label(optimizer: str, learning_rate: float, normalize: bool) -> str:
    """E.g. ``"momentum η=0.0001 norm."`` (short: legends sit inside small panels)."""
    text = f"{optimizer} η={format_number(learning_rate, 6)}"
    return text + (" norm." if normalize else "")


class CompareBox(QWidget):
    """Rows of (use, optimizer, learning rate, normalise); Apply restarts every run."""

    applied = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compareBox")
        self.setAccessibleName("Compare runs")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Run up to three more settings beside the main run, from the same start. "
            "Each has its own colour in every panel."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, title in enumerate(("Run", "Optimizer", "Rate η", "Norm.")):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.rows = []
        for i in range(MAX_COMPARE):
            use = QCheckBox(f"{i + 2}")
            use.setObjectName(f"compareUse{i + 2}")
            use.setAccessibleName(f"Use run {i + 2}")
            use.setStyleSheet(f"QCheckBox {{ color: {RUN_COLOURS[i + 1]}; font-weight: bold; }}")
            combo = QComboBox()
            combo.setMinimumContentsLength(9)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setObjectName(f"compareOptimizer{i + 2}")
            combo.setAccessibleName(f"Optimizer of run {i + 2}")
            for key, label in OPTIMIZER_LABELS.items():
                combo.addItem(label, key)
            rate = NumberInput(1e-12, 1e9, series=True)
            rate.setObjectName(f"compareRate{i + 2}")
            rate.setAccessibleName(f"Learning rate of run {i + 2}")
            rate.setMinimumWidth(80)
            normalize = QCheckBox()
            normalize.setToolTip("Normalise x and y for this run")
            normalize.setObjectName(f"compareNormalize{i + 2}")
            normalize.setAccessibleName(f"Normalise run {i + 2}")
            combo.currentIndexChanged.connect(
                lambda _=0, c=combo, r=rate: r.setValue(
                    default_hyperparams(c.currentData())["learning_rate"]
                )
            )
            combo.setCurrentIndex(combo.findData(("momentum", "adam", "gd")[i]))
            rate.setValue(default_hyperparams(combo.currentData())["learning_rate"])
            for column, widget in enumerate((use, combo, rate, normalize)):
                grid.addWidget(widget, i + 1, column)
            self.rows.append((use, combo, rate, normalize))
        layout.addLayout(grid)
        self.applyButton = QPushButton("Apply and restart all runs")
        self.applyButton.setObjectName("compareApplyButton")
        self.applyButton.setAccessibleName("Apply comparison")
        self.applyButton.clicked.connect(self.applied)
        layout.addWidget(self.applyButton)
        layout.addStretch(1)

    def configs(self) -> list[RunConfig]:
        """The runs switched on, in order."""
        return [
            RunConfig(combo.currentData(), rate.value(), normalize.isChecked())
            for use, combo, rate, normalize in self.rows
            if use.isChecked()
        ]

    def set_configs(self, configs: list[RunConfig]) -> None:
        for i, (use, combo, rate, normalize) in enumerate(self.rows):
            use.setChecked(i < len(configs))
            if i < len(configs):
                config = configs[i]
                combo.setCurrentIndex(combo.findData(config.optimizer))
                rate.setValue(config.learning_rate)
                normalize.setChecked(config.normalize)
