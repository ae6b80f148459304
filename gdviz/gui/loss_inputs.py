"""The loss row of the control panel: which error is descended, Huber's δ and the ridge λ.

One compact row: the loss box (generated from the loss registry,
:func:`gdviz.core.objective.loss_specs`), the δ input (shown for a loss that uses it,
Huber's) and the λ input, each with the range, label and tooltip its
:class:`~gdviz.core.optimizers.Hyperparameter` declares
(:data:`~gdviz.core.objective.HUBER_DELTA`, :data:`~gdviz.core.objective.RIDGE`). A view
of the session like the rest of the panel: it renders the settings inside
``QSignalBlocker`` and sends ``session.update_settings(loss=…, huber_delta=…, ridge=…)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..core.objective import HUBER_DELTA, RIDGE, loss_spec, loss_specs
from ..core.settings import RunSettings
from ..core.words import plain_label

__all__ = [
    "LossInputs",
    "error_axis_name",
    "no_limits_text",
    "optimum_heading",
    "optimum_legend",
    "plain_name",
]


def error_axis_name(objective) -> str:
    """The error axis's title: ``"error (MSE)"``, ``"error (MAE + ridge)"``."""
    if objective.ridge > 0:
        text = QCoreApplication.translate("LossInputs", "error ({loss} + ridge)")
    else:
        text = QCoreApplication.translate("LossInputs", "error ({loss})")
    return text.format(loss=objective.spec.short)


def optimum_heading(objective, optimum=None) -> str:
    """The readout's short name for the reference line: ``"least squares"`` for the
    plain MSE, else ``"MAE optimum"``, ``"Huber+λ optimum"`` (with ridge); ``"one MAE
    optimum"`` when other lines are as good."""
    if objective.is_least_squares:
        return QCoreApplication.translate("LossInputs", "least squares")
    loss = objective.spec.short + ("+λ" if objective.ridge > 0 else "")
    if optimum is None or optimum.unique:
        text = QCoreApplication.translate("LossInputs", "{loss} optimum")
    else:
        text = QCoreApplication.translate("LossInputs", "one {loss} optimum")
    return text.format(loss=loss)


def optimum_legend(objective, optimum=None) -> str:
    """The data panel's name for the optimum's line: ``"least squares"``, or the chosen
    error's (``"least-absolute-deviations line (one of many)"``)."""
    if objective.is_least_squares:
        return QCoreApplication.translate("LossInputs", "least squares")
    name = objective.spec.translated("optimum_name")
    if objective.ridge > 0:
        name = QCoreApplication.translate("LossInputs", "ridge {line}").format(line=name)
    if optimum is None or optimum.unique:
        return name
    return QCoreApplication.translate("LossInputs", "{line} (one of many)").format(line=name)


def no_limits_text(objective, short: bool = False) -> str:
    """One line for the stability dock (``short``: for the rate gauge) when the error has
    no fixed curvature, so no learning-rate limits; ``""`` for the MSE, which has them."""
    if objective.is_quadratic:
        return ""
    spec = objective.spec
    if short:
        if spec.smooth:
            text = QCoreApplication.translate(
                "LossInputs", "No rate zones: {loss} has a varying curvature"
            )
        else:
            text = QCoreApplication.translate(
                "LossInputs", "No rate zones: {loss} has no curvature"
            )
        return text.format(loss=spec.short)
    if spec.smooth:
        text = QCoreApplication.translate(
            "LossInputs",
            "No learning-rate limits or zones: {noun} has a curvature that changes with the line.",
        )
    else:
        text = QCoreApplication.translate(
            "LossInputs", "No learning-rate limits or zones: {noun} has no curvature."
        )
    return text.format(noun=spec.translated("noun"))


def plain_name(h) -> str:
    """A :class:`~gdviz.core.optimizers.Hyperparameter`'s label in words, in the reader's
    language: its own name in words where it has one (``"Gradient memory"`` for β₁,
    ``"Ridge penalty"`` for ``"Ridge λ"``), else its label without the symbol
    (``"Learning rate"`` for ``"Learning rate η"``)."""
    own = plain_label(h.label, "")  # the label itself unless it has a name in words
    if own != h.label:
        return own
    label = h.translated("label")
    return " ".join(word for word in label.split() if word != h.symbol) or label


class LossInputs(QWidget):
    """The loss box with the δ and λ inputs, in one row.

    ``make_input`` builds the input of a :class:`~gdviz.core.optimizers.Hyperparameter`
    (:func:`gdviz.gui.controls.hyperparameter_input`), so these look and behave as the
    optimizer's hyperparameters do.
    """

    def __init__(self, session, make_input, parent=None):
        super().__init__(parent)
        self.setObjectName("lossRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.lossInput = QComboBox()
        self.lossInput.setObjectName("lossInput")
        self.lossInput.setAccessibleName(self.tr("Loss"))
        tips = []
        for spec in loss_specs():
            self.lossInput.addItem(spec.short, spec.name)
            tip = self.tr("{loss}: {description}").format(
                loss=spec.translated("label"), description=spec.translated("tooltip")
            )
            self.lossInput.setItemData(self.lossInput.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            tips.append(tip)
        self.lossInput.setToolTip("\n".join([self.tr("The error the runs descend on"), *tips]))
        self.lossInput.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.lossInput)
        self.deltaInput = make_input(HUBER_DELTA)
        self.ridgeInput = make_input(RIDGE)
        self.deltaLabel = self._label(HUBER_DELTA, self.deltaInput)
        self.ridgeLabel = self._label(RIDGE, self.ridgeInput)
        for label, widget in (
            (self.deltaLabel, self.deltaInput),
            (self.ridgeLabel, self.ridgeInput),
        ):
            widget.setMinimumWidth(50)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(label)
            row.addWidget(widget, 1)
        self.lossInput.currentIndexChanged.connect(
            lambda i: session.update_settings(loss=self.lossInput.itemData(i))
        )
        self.deltaInput.valueChanged.connect(lambda v: session.update_settings(huber_delta=v))
        self.ridgeInput.valueChanged.connect(lambda v: session.update_settings(ridge=v))

    @staticmethod
    def _label(h, widget: QWidget) -> QLabel:
        label = QLabel(h.symbol)
        label.setBuddy(widget)
        label.setToolTip(h.translated("tooltip"))
        return label

    def set_plain(self, plain: bool) -> None:
        """Plain language: δ and λ named in words (their tooltips keep the symbols)."""
        for h, label in ((HUBER_DELTA, self.deltaLabel), (RIDGE, self.ridgeLabel)):
            label.setText(plain_name(h) if plain else h.symbol)

    def render(self, settings: RunSettings) -> None:
        """Show the settings' loss, δ and λ (sends nothing back); δ only where it counts."""
        spec = loss_spec(settings.loss)
        for widget, value in (
            (self.deltaInput, settings.huber_delta),
            (self.ridgeInput, settings.ridge),
        ):
            with QSignalBlocker(widget):
                widget.setValue(value)
        with QSignalBlocker(self.lossInput):
            self.lossInput.setCurrentIndex(self.lossInput.findData(spec.name))
        for widget in (self.deltaLabel, self.deltaInput):
            widget.setVisible(spec.uses_delta)
