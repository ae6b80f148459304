"""Comparing runs: up to three more settings stepped beside the main one.

A view of the session's compared runs: it shows them, and *Apply* sends the rows switched
on to :meth:`~gdviz.gui.session.Session.set_compare`.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.lesson import MAX_COMPARE
from ..core.optimizers import Family, optimizer_specs
from ..core.settings import RunSettings
from ..core.words import SYMBOL_WORDS
from . import style
from .controls import hyperparameter_input
from .input_guard import guard_inputs
from .theme import LIGHT

__all__ = ["MAX_COMPARE", "CompareBox"]


def _first_choices() -> list[str]:
    """What the rows offer first: a rule of each family, the ones people know best (the
    first momentum rule, the newest adaptive one, plain descent)."""
    specs = optimizer_specs()
    picks = [
        next((s for s in specs if s.family is Family.MOMENTUM), None),
        next((s for s in reversed(specs) if s.family is Family.ADAPTIVE), None),
        next((s for s in specs if s.family is Family.PLAIN), None),
    ]
    return [(pick or specs[0]).name for pick in picks]


def _rate_input():
    return hyperparameter_input(optimizer_specs()[0].hyperparameter("learning_rate"))


class CompareBox(QWidget):
    """Rows of (use, optimizer, learning rate, normalise); Apply restarts every run."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("compareBox")
        self.setAccessibleName(self.tr("Compare runs"))
        self._session = session
        self._theme = None  # the window's theme, once it is applied
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Run up to three more settings beside the main run, from the same start. "
                "Each rule has its own colour and line style in every panel."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        headings = []
        for column, title in enumerate(
            (self.tr("Run"), self.tr("Optimizer"), self.tr("Rate η"), self.tr("Norm."))
        ):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
            headings.append(heading)
        self.rateHeading = headings[2]
        self.rows = []
        for i, first in zip(range(MAX_COMPARE), _first_choices(), strict=False):
            row = self._row(i, grid)
            row[1].setCurrentIndex(row[1].findData(first))
            self._colour(row[0], row[1])
            self.rows.append(row)
        layout.addLayout(grid)
        self.applyButton = QPushButton(self.tr("Apply and restart all runs"))
        self.applyButton.setObjectName("compareApplyButton")
        self.applyButton.setAccessibleName(self.tr("Apply comparison"))
        self.applyButton.clicked.connect(lambda: session.set_compare(self.configs()))
        layout.addWidget(self.applyButton)
        layout.addStretch(1)
        guard_inputs(*self.findChildren(QWidget))  # no change by a stray wheel
        session.compareChanged.connect(self.set_configs)
        session.viewChanged.connect(self._render_view)

    def _render_view(self, view) -> None:
        """Plain language: the rate's heading in words."""
        self.rateHeading.setText(
            SYMBOL_WORDS["η"].capitalize() if view.plain else self.tr("Rate η")
        )

    def _row(self, i: int, grid: QGridLayout):
        use = QCheckBox(f"{i + 2}")
        use.setObjectName(f"compareUse{i + 2}")
        use.setAccessibleName(self.tr("Use run {n}").format(n=i + 2))
        combo = QComboBox()
        combo.setMinimumContentsLength(9)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setObjectName(f"compareOptimizer{i + 2}")
        combo.setAccessibleName(self.tr("Optimizer of run {n}").format(n=i + 2))
        for spec in optimizer_specs():
            combo.addItem(spec.translated("label"), spec.name)
        rate = _rate_input()
        rate.setObjectName(f"compareRate{i + 2}")
        rate.setAccessibleName(self.tr("Learning rate of run {n}").format(n=i + 2))
        rate.setMinimumWidth(80)
        normalize = QCheckBox()
        normalize.setToolTip(self.tr("Normalise x and y for this run"))
        normalize.setObjectName(f"compareNormalize{i + 2}")
        normalize.setAccessibleName(self.tr("Normalise run {n}").format(n=i + 2))
        combo.currentIndexChanged.connect(
            lambda _=0, c=combo, r=rate: r.setValue(
                RunSettings().with_optimizer(c.currentData()).learning_rate
            )
        )
        combo.currentIndexChanged.connect(lambda _=0, u=use, c=combo: self._colour(u, c))
        for column, widget in enumerate((use, combo, rate, normalize)):
            grid.addWidget(widget, i + 1, column, alignment=Qt.AlignmentFlag.AlignVCenter)
        return use, combo, rate, normalize

    def apply_theme(self, theme) -> None:
        """Each row's number in the colour its rule's runs are drawn in."""
        self._theme = theme
        for use, combo, _rate, _normalize in self.rows:
            self._colour(use, combo)

    def _colour(self, use, combo) -> None:
        colour = style.rule_colour(self._theme or LIGHT, combo.currentData())
        use.setStyleSheet(f"QCheckBox {{ color: {colour}; font-weight: bold; }}")

    def configs(self) -> list[RunSettings]:
        """The rows switched on, in order, as the settings they set of their own."""
        runs = []
        for use, combo, rate, normalize in self.rows:
            if use.isChecked():
                base = RunSettings().with_optimizer(combo.currentData())
                hyper = {**base.hyperparameters, "learning_rate": rate.value()}
                runs.append(base.replace(hyperparameters=hyper, normalize=normalize.isChecked()))
        return runs

    def set_configs(self, runs) -> None:
        """Show the session's compared runs (sends nothing back)."""
        for i, (use, combo, rate, normalize) in enumerate(self.rows):
            widgets = (use, combo, rate, normalize)
            blockers = [QSignalBlocker(w) for w in widgets]
            use.setChecked(i < len(runs))
            if i < len(runs):
                run = runs[i]
                combo.setCurrentIndex(combo.findData(run.optimizer))
                rate.setValue(run.learning_rate)
                normalize.setChecked(run.normalize)
            del blockers
