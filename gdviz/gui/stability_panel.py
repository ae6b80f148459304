"""Stability and conditioning: the Hessian's numbers and the distance to the optimum.

Top: a table of what the Hessian says about plain gradient descent on the raw and the
normalised problem (λmin, λmax, κ, 2/λmax, 2/(λmin+λmax), ρ at the current rate and the
predicted iterations to within 1% of the optimum). For a second-order rule (Newton,
conjugate gradients) the table is the rule's own: the data's curvature, then where its
step scale η converges, the steps at η = 1, what a step keeps or gains at the current η
and the iterations to within 1%. Bottom: ``E − E*`` per iteration on a log scale,
measured and as predicted (for plain descent, a straight line when one direction
dominates; for Newton, exactly ``(1 − η)²`` per step; none for conjugate gradients,
whose path has no closed form), with a mark where a run diverged. All numbers come from
:mod:`gdviz.core.stability`.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core import model, stability
from ..core.optimizers import DEFAULT_OPTIMIZER, optimizer_spec
from . import style
from .loss_inputs import no_limits_text
from .theme import LIGHT, Theme

__all__ = ["StabilityPanel"]

#: The panel's words in English; shown translated (context "StabilityPanel").
_MEASURED_NAME = QT_TRANSLATE_NOOP("StabilityPanel", "measured")
_THEORY_NAME = QT_TRANSLATE_NOOP("StabilityPanel", "theory: plain descent")
_THEORY_NOTE = QT_TRANSLATE_NOOP("StabilityPanel", "theory line: plain gradient descent")
_RULE_THEORY_NAME = QT_TRANSLATE_NOOP("StabilityPanel", "theory: {name}")
_PLAIN_TITLE = QT_TRANSLATE_NOOP("StabilityPanel", "Plain gradient descent on this data")
_RULE_TITLE = QT_TRANSLATE_NOOP("StabilityPanel", "{name} on this data")
_TARGET_NAME = QT_TRANSLATE_NOOP("StabilityPanel", "within 1% of E*")
_IN_USE = QT_TRANSLATE_NOOP("StabilityPanel", "in use")
_IN_USE_TIP = QT_TRANSLATE_NOOP("StabilityPanel", "The problem being descended")
_TABLE_POINT_SIZE = 11
_COLUMNS = (
    QT_TRANSLATE_NOOP("StabilityPanel", "raw data"),
    QT_TRANSLATE_NOOP("StabilityPanel", "normalised"),
)


class StabilityPanel(QWidget):
    """Conditioning numbers and the log-scale distance to the optimum.

    Feed it with :meth:`set_data` (data loaded or edited), :meth:`set_settings` (rate,
    normalise, start or optimizer changed), :meth:`set_history` (each drawn frame, with
    the decimated iteration and error arrays) and :meth:`mark_divergence`.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stabilityPanel")
        self.setAccessibleName(self.tr("Stability and conditioning"))
        self._stats: model.Statistics | None = None
        self._analysis: model.Analysis | None = None
        self._objective = None  # the error descended (None: the plain MSE)
        self._theory_kind: str | None = None  # what the theory line is styled for
        self._theory_key: tuple | None = None  # ... and for which rule
        self._settings: tuple | None = None  # (learning_rate, normalize, b0, m0, optimizer)
        self._report: stability.StabilityReport | stability.StepScaleReport | None = None
        self._floor = np.finfo(np.float64).tiny
        self._last_iteration = 0
        self._theory_span = -1
        self.diverged_at: int | None = None
        self.theory_iterations = np.empty(0)
        self.theory_gap = np.empty(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._build_table())
        # said instead of the table when the error has no fixed curvature (no limits)
        self.no_limits_note = QLabel("")
        self.no_limits_note.setObjectName("stabilityNoLimits")
        self.no_limits_note.setTextFormat(Qt.TextFormat.PlainText)
        self.no_limits_note.setWordWrap(True)
        self.no_limits_note.hide()
        layout.addWidget(self.no_limits_note)
        layout.addWidget(self._build_plot(), 1)
        self.hidden_note = QLabel(self.tr("The distance to the optimum is hidden until Reveal."))
        self.hidden_note.setObjectName("stabilityHiddenNote")
        self.hidden_note.setTextFormat(Qt.TextFormat.PlainText)
        self.hidden_note.setWordWrap(True)
        self.hidden_note.hide()
        layout.addWidget(self.hidden_note)
        self._theme: Theme | None = None  # what the plot is dressed in
        self.apply_theme(LIGHT)

    # ------------------------------------------------------------------ building
    def _build_table(self) -> QGroupBox:
        box = QGroupBox(self.tr(_PLAIN_TITLE))
        box.setObjectName("stabilityNumbers")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        font = QFont(self.font())
        font.setPointSize(_TABLE_POINT_SIZE)
        self._headers = []
        self._in_use = []
        small = QFont(font)
        small.setPointSize(_TABLE_POINT_SIZE - 1)
        for col, title in enumerate(_COLUMNS, start=1):
            header = QLabel(html.escape(self.tr(title), quote=False))
            header.setTextFormat(Qt.TextFormat.RichText)  # the column in use is in bold
            header.setFont(font)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, col)
            self._headers.append(header)
            caption = QLabel(self.tr(_IN_USE))
            caption.setFont(small)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            caption.setForegroundRole(QPalette.ColorRole.Link)  # blue, in any theme
            caption.setToolTip(self.tr(_IN_USE_TIP))
            grid.addWidget(caption, 1, col)
            self._in_use.append(caption)
        self._cells: list[tuple[QLabel, QLabel, QLabel]] = []
        self._grid = grid
        self._font = font
        grid.setColumnStretch(0, 1)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._box = box
        return box

    def _build_plot(self) -> pg.PlotWidget:
        self.plot = pg.PlotWidget(
            axisItems={
                "left": _PowerAxis("left"),
                "bottom": style.PlainAxis("bottom", integer=True),
            }
        )
        self.plot.setObjectName("gapPlot")
        self.plot.setAccessibleName(self.tr("Distance to the optimum per iteration"))
        item = self.plot.getPlotItem()
        item.setLogMode(x=False, y=True)
        item.getViewBox().setAutoVisible(y=True)
        item.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.measured_curve = pg.PlotDataItem(name=style.plain(self.tr(_MEASURED_NAME)))
        self.theory_curve = pg.PlotDataItem(name=style.plain(self.tr(_THEORY_NAME)))
        self.divergence_line = pg.InfiniteLine(
            angle=90,
            label=_as_label(self.tr("diverged")),
            labelOpts={"position": 0.9, "anchors": [(1, 0.5), (1, 0.5)]},
        )
        self.divergence_line.hide()
        self.target_curve = pg.PlotDataItem(name=style.plain(self.tr(_TARGET_NAME)))
        # the theory on top: its dashes show where it coincides with the measured line
        for z, curve in enumerate((self.target_curve, self.measured_curve, self.theory_curve)):
            curve.setZValue(z)
        self.plot.addItem(self.measured_curve)
        self.plot.addItem(self.theory_curve)
        self.plot.addItem(self.target_curve)
        self.plot.addItem(self.divergence_line, ignoreBounds=True)
        self.plot.setMinimumHeight(220)
        return self.plot

    def apply_theme(self, theme: Theme) -> None:
        """Dress the plot in ``theme``: background, axes, labels, title and legend; the
        measured curve, the theory line (ink, or faint when it does not apply), the 1 %
        target and the divergence mark with its label. The table follows the palette."""
        if theme == self._theme:
            return
        self._theme = theme
        style.style_plot(
            self.plot,
            theme,
            self.tr("Distance to the optimum"),
            self.tr("iteration"),
            self.tr("E − E*  (log scale)"),
        )
        border = QColor(theme.foreground)
        border.setAlpha(60)
        style.style_legend(self.legend, theme, alpha=225, border=border)
        self.measured_curve.setPen(style.pen(theme.hues.blue, theme.line(4.0)))
        self.theory_curve.setPen(self._theory_pen(self._theory_kind != "other"))
        self.target_curve.setPen(_target_pen(theme.optimum, theme.line(2.0)))
        self.divergence_line.setPen(style.pen(theme.divergence, theme.line(2.5), dashed=True))
        style.style_line_label(self.divergence_line, theme, theme.divergence, alpha=220, points=11)

    def _theory_pen(self, applies: bool):
        """Ink when the theory is for the chosen optimizer, faint when it is not."""
        theme = self._theme
        return _theory_pen(theme.foreground if applies else theme.faint, theme.line(1.8))

    # ------------------------------------------------------------------ API
    def set_data(self, stats: model.Statistics, analysis: model.Analysis, objective=None) -> None:
        """The data or the error changed: new Hessian, new optimum. ``analysis`` holds the
        optimum of the error descended (``mse_star`` its error); ``objective``
        (:class:`~gdviz.core.objective.Objective`, default the plain MSE) is that error:
        the MSE with ridge has its own limits, the absolute and Huber errors none."""
        self._stats = stats
        self._analysis = analysis
        self._objective = objective
        self._update_settings_dependent()

    def set_settings(
        self,
        learning_rate: float,
        normalize: bool,
        b0: float,
        m0: float,
        optimizer_name: str = DEFAULT_OPTIMIZER,
    ) -> None:
        """The learning rate, normalise switch, starting line or optimizer changed."""
        settings = (float(learning_rate), bool(normalize), float(b0), float(m0), optimizer_name)
        if settings == self._settings:
            return
        self._settings = settings
        self._update_settings_dependent()

    def set_history(self, iterations: np.ndarray, errors: np.ndarray) -> None:
        """The run so far (decimated arrays); cheap: the theory curve is kept when it can be."""
        if self._analysis is None:
            return
        gaps = stability.measured_gap(errors, self._analysis.mse_star, self._floor)
        self.measured_curve.setData(iterations, gaps)
        self._last_iteration = int(iterations[-1]) if len(iterations) else 0
        if stability.theory_range(self._last_iteration) != self._theory_span:
            self._update_theory()  # the run outgrew the range, or was reset or rewound
        else:
            self.plot.getPlotItem().enableAutoRange(axis="y")

    def set_hidden(self, hidden: bool) -> None:
        """Hide the distance to the optimum (it gives E* away) while the class predicts."""
        self.plot.setVisible(not hidden)
        self.hidden_note.setVisible(bool(hidden))

    def mark_divergence(self, iteration: int | None) -> None:
        """Mark the iteration at which the run diverged; ``None`` removes the mark."""
        self.diverged_at = None if iteration is None else int(iteration)
        if self.diverged_at is None:
            self.divergence_line.hide()
            return
        self.divergence_line.setValue(self.diverged_at)
        self.divergence_line.show()  # the label only updates while shown
        text = self.tr("diverged at {n}").format(n=self.diverged_at)
        self.divergence_line.label.setFormat(_as_label(text))

    # ------------------------------------------------------------------ read-outs
    @property
    def report(self) -> stability.StabilityReport | stability.StepScaleReport | None:
        return self._report

    def table_text(self) -> list[tuple[str, str, str]]:
        """The table as shown: ``(label, raw, normalised)`` per row (for tests and copying)."""
        return [tuple(cell.text() for cell in row) for row in self._cells]

    def theory_applies(self) -> bool:
        """Whether the theory line is for the chosen optimizer (plain descent on all points,
        or Newton's method)."""
        if self._settings is None:
            return True
        return stability.own_theory(self._settings[4], self._objective)

    def theory_kind(self) -> str:
        """What the theory line shows: ``"plain"`` (plain descent, the rule's own),
        ``"rule"`` (the chosen second-order rule's own), ``"none"`` (a second-order rule
        without one: no line) or ``"other"`` (plain descent, greyed, for comparison)."""
        name = DEFAULT_OPTIMIZER if self._settings is None else self._settings[4]
        if stability.theory_applies(name, self._objective):
            return "plain"
        if stability.own_theory(name, self._objective):
            return "rule"
        if stability.step_scale_limits(name, self._objective) is not None:
            return "none"
        return "other"

    def _quadratic(self) -> bool:
        return self._objective is None or self._objective.is_quadratic

    # ------------------------------------------------------------------ internals
    def _update_settings_dependent(self) -> None:
        if self._stats is None or self._settings is None:
            return
        lr, normalize, b0, m0, name = self._settings
        note = no_limits_text(self._objective) if self._objective is not None else ""
        self.no_limits_note.setText(note)
        self.no_limits_note.setVisible(bool(note))
        self._grid.parentWidget().setVisible(not note)
        try:
            if note:
                self._report = None
            elif stability.step_scale_limits(name, self._objective) is not None:
                self._report = stability.step_scale_report(
                    self._stats, b0, m0, lr, name, normalize, objective=self._objective
                )
            else:
                self._report = stability.stability_report(
                    self._stats, b0, m0, lr, normalize, objective=self._objective
                )
        except ValueError:
            self._report = None
        self._floor = stability.gap_floor(
            self._analysis.mse_star, float(model.mse(self._stats, b0, m0))
        )
        self._fill_table()
        self._style_theory()
        self._place_legend()
        self._update_theory()

    def _ensure_rows(self, count: int) -> None:
        while len(self._cells) < count:
            row = len(self._cells) + 2
            cells = []
            for col in range(3):
                label = QLabel("")
                label.setFont(self._font)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if col:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._grid.addWidget(label, row, col)
                cells.append(label)
            self._cells.append(tuple(cells))

    def _fill_table(self) -> None:
        rows = stability.report_rows(self._report) if self._report else []
        self._ensure_rows(len(rows))
        for i, cells in enumerate(self._cells):
            texts = rows[i] if i < len(rows) else ("", "", "", "")
            for cell, text in zip(cells, texts[:3], strict=True):
                cell.setText(text)
            for cell in cells:
                cell.setToolTip(texts[3])
                cell.setVisible(i < len(rows))  # a second-order rule has fewer rows
        if isinstance(self._report, stability.StepScaleReport):
            name = optimizer_spec(self._report.limits.optimizer_name).translated("label")
            self._box.setTitle(self.tr(_RULE_TITLE).format(name=name))
        else:
            self._box.setTitle(self.tr(_PLAIN_TITLE))
        active = 1 if self._settings and self._settings[1] else 0
        for col, (header, caption) in enumerate(zip(self._headers, self._in_use, strict=True)):
            title = html.escape(self.tr(_COLUMNS[col]), quote=False)
            header.setText(f"<b>{title}</b>" if col == active else title)
            header.setToolTip(self.tr(_IN_USE_TIP) if col == active else self.tr("For comparison"))
            caption.setText(self.tr(_IN_USE) if col == active else "")

    def _style_theory(self) -> None:
        """The theory line black (the rule's own: plain gd, Newton), grey (plain descent's
        for another optimizer) or absent, and its legend.

        Only when that changes: rebuilding the legend on every new setting costs a few
        milliseconds per data edit.
        """
        kind = self.theory_kind()
        name = self._settings[4] if self._settings is not None else DEFAULT_OPTIMIZER
        key = (kind, name if kind == "rule" else "")
        if key == self._theory_key:
            return
        self._theory_key = key
        self._theory_kind = kind
        self.theory_curve.setPen(self._theory_pen(kind != "other"))
        self.legend.clear()
        self.legend.addItem(self.measured_curve, style.plain(self.tr(_MEASURED_NAME)))
        if kind == "rule":
            theory = self.tr(_RULE_THEORY_NAME).format(name=optimizer_spec(name).translated("noun"))
            self.legend.addItem(self.theory_curve, style.plain(theory))
        elif kind != "none":
            theory = _THEORY_NAME if kind == "plain" else _THEORY_NOTE
            self.legend.addItem(self.theory_curve, style.plain(self.tr(theory)))
        self.legend.addItem(self.target_curve, style.plain(self.tr(_TARGET_NAME)))

    def _place_legend(self) -> None:
        """Top right over a falling curve; bottom right, under it, when the prediction grows."""
        grows = self._report is not None and not self._report.zone.converges
        corner = (1, 1) if grows else (1, 0)
        self.legend.anchor(itemPos=corner, parentPos=corner, offset=(-10, -10 if grows else 10))

    def _update_theory(self) -> None:
        if self._stats is None or self._settings is None:
            return
        lr, normalize, b0, m0, name = self._settings
        try:
            if not self._quadratic():  # no theory for the absolute and Huber errors
                raise ValueError
            if self.theory_kind() == "none":  # a second-order rule without a closed form
                raise ValueError
            iterations, gaps = stability.theory_curve(
                self._stats,
                b0,
                m0,
                lr,
                self._last_iteration,
                normalize,
                objective=self._objective,
                optimizer_name=name,
            )
        except ValueError:
            iterations, gaps = np.empty(0), np.empty(0)
        self.theory_iterations, self.theory_gap = iterations, gaps
        self._theory_span = stability.theory_range(self._last_iteration)
        self.theory_curve.setData(iterations, gaps)
        shown = max(iterations[-1] if iterations.size else 0, self._last_iteration, 1)
        if self._report is not None:
            target = self._report.target_gap
            self.target_curve.setData([0, shown], [target, target])
        else:
            self.target_curve.setData([], [])
        item = self.plot.getPlotItem()
        item.setXRange(0, shown, padding=0.02)
        item.enableAutoRange(axis="y")


class _PowerAxis(style.PlainAxis):
    """A log axis labelled ``10⁻⁶ … 0.01, 1, 100 … 10⁸`` by the one number policy
    (:func:`gdviz.core.stability.log_tick_labels`), without an SI multiplier."""

    def __init__(self, orientation: str):
        super().__init__(orientation)
        self.setStyle(maxTextLevel=0)  # label the main decades only: no crowding

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return stability.log_tick_labels(values)
        return super().tickStrings(values, scale, spacing)


def _as_label(text: str) -> str:
    """``text`` as the format of an ``InfiniteLine``'s label: braces kept as text."""
    return text.replace("{", "{{").replace("}", "}}")


def _theory_pen(colour: str, width: float):
    """Short dashes, thinner than the measured line, so both show where they coincide."""
    pen = style.pen(colour, width)
    pen.setDashPattern([3.0, 3.0])
    return pen


def _target_pen(colour: str, width: float):
    pen = style.pen(colour, width)
    pen.setDashPattern([1.0, 2.5])
    return pen
