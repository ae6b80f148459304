"""Fit it yourself: My line on the data panel, its squares, and the *My line* dock.

My line is the session's ``view.my_line`` (``(b, m)`` or None). On the data panel it is
a purple line with two round handles at fixed x positions; dragging a handle up or down
turns the line about the other one. The dock has b and m inputs, the total and the mean
of its squared residuals, its error under the chosen loss when that is not the plain
mean squared error (the absolute or Huber error, a ridge penalty), the chosen loss's
best line's error E* to compare with, and *Start from my line*. Its residuals' squares
are drawn on the data panel (for a sample of many points, said in the dock), and its
point moves on the contour map and the 3D surface (at the chosen loss's height).

Every number comes from :mod:`gdviz.core.my_line`; the widgets render the session and
send intents (:meth:`Session.set_my_line`, :meth:`Session.show_my_line`,
:meth:`Session.start_from_my_line`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import geometry, points
from ..core import my_line as core_my_line
from ..core.history import sample_indices
from ..core.scaling import IDENTITY, standardising
from ..core.settings import INITIAL_LIMIT
from ..core.words import SYMBOL_WORDS, format_count, format_exact, format_value
from . import style
from .number_input import NumberInput
from .scatter_panel import MAX_DRAWN_RESIDUALS, SquaresItem
from .theme import LIGHT, Theme

__all__ = ["MyLineBox", "MyLineOverlay", "build_my_line"]

#: Opacity (0-255) of the squares' fill and outline.
FILL_ALPHA = 45
EDGE_ALPHA = 170
#: The widest the dock's contents get (pixels): the panels keep the room.
MAX_WIDTH = 330
_HINT = QT_TRANSLATE_NOOP(
    "MyLineBox", "Drag the round handles on the data panel up or down, or type b and m."
)


class MyLineBox(QWidget):
    """The *My line* dock: show it, type b and m, read its squares' total and mean and
    its error under the chosen loss."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("myLineBox")
        self.setAccessibleName(self.tr("My line"))
        self.setMaximumWidth(MAX_WIDTH)
        self.showInput = QCheckBox(self.tr("Show my line"))
        self.showInput.setObjectName("myLineShowInput")
        self.showInput.setAccessibleName(self.tr("Show my line"))
        self.bInput = _number("myLineBInput", self.tr("My line's intercept b"))
        self.mInput = _number("myLineMInput", self.tr("My line's slope m"))
        self.mInput.setSingleStep(0.1)
        self.hint = _label("myLineHint", self.tr(_HINT))
        self.total = _label("myLineTotal", "")
        self.mean = _label("myLineMean", "")
        self.error = _label("myLineError", "")
        self.best = _label("myLineBest", "")
        self.sample_note = _label("myLineSampleNote", "")
        self.startButton = QPushButton(self.tr("Start from my line"))
        self.startButton.setObjectName("startFromMyLineButton")
        self.startButton.setAccessibleName(self.tr("Start the run from my line"))
        self.startButton.setToolTip(self.tr("The run starts again at my line's b and m (Reset)"))
        form = QFormLayout()
        form.addRow("b =", self.bInput)
        form.addRow("m =", self.mInput)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.showInput)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        shown = (self.total, self.mean, self.error, self.best, self.sample_note)
        for widget in (*shown, self.startButton):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.showInput.toggled.connect(session.show_my_line)
        self.bInput.valueChanged.connect(lambda b: self._typed(b, None))
        self.mInput.valueChanged.connect(lambda m: self._typed(None, m))
        self.startButton.clicked.connect(session.start_from_my_line)
        self._opened = False
        self._theme: Theme | None = None
        self.apply_theme(LIGHT)

    def showEvent(self, event) -> None:
        """The first time the dock opens, My line appears (the checkbox takes it away)."""
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            self.session.show_my_line(True)

    def apply_theme(self, theme: Theme) -> None:
        """The total, the mean and the error in the theme's title size: read from the
        back."""
        if theme == self._theme:
            return
        self._theme = theme
        font = self.total.font()
        font.setPointSizeF(theme.title_pt)
        font.setBold(True)
        for label in (self.total, self.mean, self.error):
            label.setFont(font)

    def _typed(self, b, m) -> None:
        line = self.session.view.my_line
        if line is not None:
            self.session.set_my_line(line[0] if b is None else b, line[1] if m is None else m)

    def _error_text(self, fit, plain: bool) -> str:
        """``"your line's mean absolute error: 12.3"``, or with the loss's name."""
        objective, value = fit.objective, format_value(fit.error)
        if objective.loss == "mae" and objective.ridge == 0:
            return self.tr("your line's mean absolute error: {value}").format(value=value)
        loss = _plain_loss(objective) if plain else objective.label
        return self.tr("your line's error ({loss}): {value}").format(loss=loss, value=value)

    def _best_text(self, objective, reference, hidden: bool) -> str:
        """The chosen loss's best line's error E* (or that it is hidden until Reveal)."""
        if objective.is_least_squares:
            if hidden:
                return self.tr("the least-squares mean E* is hidden until Reveal")
            text = self.tr("the least-squares line's mean: E* = {value}")
            return text.format(value=format_value(reference.mse_star))
        line = objective.optimum_name
        if hidden:
            return self.tr("the {line}'s error E* is hidden until Reveal").format(line=line)
        text = self.tr("the {line}'s error: E* = {value}")
        return text.format(line=line, value=format_value(reference.mse_star))

    def render(self, view, fit, drawn: int) -> None:
        """Show My line (``fit``: :class:`~gdviz.core.my_line.LineFit` or None), with
        ``drawn`` of its squares on the data panel."""
        on = fit is not None
        with QSignalBlocker(self.showInput):
            self.showInput.setChecked(on)
        for widget in (self.bInput, self.mInput, self.startButton):
            widget.setEnabled(on)
        if on:
            for spin, value in ((self.bInput, fit.b), (self.mInput, fit.m)):
                with QSignalBlocker(spin):
                    spin.setValue(value)
        total = _sum_of_squares(view.plain)
        self.total.setText(f"{total} = {format_value(fit.total)}" if on else "")
        mean = self.tr("mean = {total} / N = {value}")
        self.mean.setText(mean.format(total=total, value=format_value(fit.mean)) if on else "")
        other = on and not fit.objective.is_least_squares  # an error besides the squares'
        self.error.setVisible(other)
        self.error.setText(self._error_text(fit, view.plain) if other else "")
        a = self.session.reference  # the chosen loss's best line: E* is its error
        self.best.setText(self._best_text(fit.objective, a, view.hidden) if on and a else "")
        sampled = on and drawn < fit.n
        self.sample_note.setVisible(sampled)
        if sampled:
            text = self.tr(
                "Squares drawn for {drawn} sampled points of {count}; the sums count every point."
            )
            self.sample_note.setText(
                text.format(drawn=format_count(drawn), count=format_count(fit.n))
            )


class MyLineOverlay(QObject):
    """My line, its two handles, its label and its squares, drawn on the data panel."""

    def __init__(self, session, scatter, parent=None):
        super().__init__(parent)
        self.session = session
        self.scatter = scatter
        self.line = pg.PlotDataItem()
        self.squares = SquaresItem()
        self.handles = [pg.TargetItem(symbol="o", movable=True) for _ in range(2)]
        self.label = pg.TextItem(self.tr("my line"), anchor=(0.0, 1.3))
        plot = scatter.getPlotItem()
        for z, item in enumerate((self.squares, self.line, *self.handles, self.label), 30):
            item.setZValue(z)
            item.setVisible(False)
            plot.addItem(item, ignoreBounds=True)
        for i, handle in enumerate(self.handles):
            handle.setObjectName(f"myLineHandle{i + 1}")
            handle.setToolTip(self.tr("Drag up or down: my line turns about the other handle"))
            handle.sigPositionChanged.connect(lambda item, i=i: self._dragged(i))
        self._xs = (0.0, 1.0)  # the handles' x positions
        self._span = (0.0, 1.0)  # the drawn line's x range
        self._sample = np.empty(0, dtype=np.intp)  # the points whose squares are drawn
        self._fit: core_my_line.LineFit | None = None
        vb = plot.getViewBox()
        vb.sigRangeChanged.connect(self._draw_squares)
        vb.sigResized.connect(self._draw_squares)
        self._theme: Theme | None = None
        self.apply_theme(LIGHT)

    def apply_theme(self, theme: Theme) -> None:
        if theme == self._theme:
            return
        self._theme = theme
        colour = theme.hues.purple
        self.line.setPen(style.pen(colour, theme.line(3.5)))
        self.squares.set_colour(colour, FILL_ALPHA, EDGE_ALPHA)
        for handle in self.handles:
            handle.setPen(pg.mkPen(theme.foreground, width=theme.line(2)))
            handle.setBrush(pg.mkBrush(colour))
            handle.setHoverPen(pg.mkPen(theme.foreground, width=theme.line(3)))
            handle.setHoverBrush(pg.mkBrush(colour))
            handle.scale = theme.marker(20)
            handle._shape = None  # pyqtgraph caches the shape at the old size
            handle.update()
        self.label.setColor(theme.foreground)  # dark on light: the purple is too pale
        self.label.fill = pg.mkBrush(theme.backdrop(215))
        self.label.border = pg.mkPen(colour, width=theme.line(1.5))
        self.label.setFont(style.point_font(theme.pt(12)))

    def set_data(self, x: np.ndarray) -> None:
        """New points: handles at a fifth and four fifths of x, squares for a sample."""
        lo, hi = geometry.span(x, 0.0)
        self._xs = core_my_line.handle_xs(lo, hi)
        self._span = geometry.span(x, 0.05)
        self._sample = sample_indices(len(x), MAX_DRAWN_RESIDUALS)

    @property
    def drawn(self) -> int:
        """How many points' squares are drawn."""
        return int(self._sample.size)

    def render(self, fit, plain: bool = False) -> None:
        self._fit = fit
        shown = fit is not None
        for item in (self.line, self.squares, *self.handles, self.label):
            item.setVisible(shown)
        if not shown:
            return
        self.line.setData(*geometry.line_through(fit.b, fit.m, *self._span))
        _, ys = geometry.line_through(fit.b, fit.m, *self._xs)
        for handle, x, y in zip(self.handles, self._xs, ys, strict=True):
            with QSignalBlocker(handle):  # a dragged handle keeps its x: it moves up or down
                handle.setPos(x, float(y))
        text = self.tr("my line: {total} = {value}")
        self.label.setText(text.format(total=_sum_of_squares(plain), value=format_value(fit.total)))
        self.label.setPos(self._xs[0], float(ys[0]))  # over the line, left to right
        self._draw_squares()

    def _dragged(self, i: int) -> None:
        """Handle ``i`` moved: my line goes through its new height and the other handle."""
        if self._fit is None:
            return
        other = self.handles[1 - i]
        y = float(self.handles[i].pos().y())
        try:
            b, m = core_my_line.line_through(self._xs[i], y, self._xs[1 - i], other.pos().y())
        except ValueError:
            return
        self.session.set_my_line(b, m)

    def _draw_squares(self, *_args) -> None:
        fit = self._fit
        scale = self.scatter.pixel_size() if fit is not None else None
        if scale is None:
            self.squares.setVisible(False)
            return
        x, y = self.session.x, self.session.y
        idx = self._sample
        sq = points.squares(x[idx], y[idx], fit.b, fit.m, aspect=scale[0] / scale[1])
        (x_lo, x_hi), (y_lo, y_hi) = self.scatter.getPlotItem().getViewBox().viewRange()
        w, h = x_hi - x_lo, y_hi - y_lo  # clip a view's size outside the view
        sq = sq.clipped(x_lo - w, x_hi + w, y_lo - h, y_hi + h)
        self.squares.set_squares(*sq.outline())
        self.squares.setVisible(True)


def _sum_of_squares(plain: bool) -> str:
    """``Σ r²``, or in plain language its words."""
    return SYMBOL_WORDS["Σ r²"] if plain else "Σ r²"


def _plain_loss(objective) -> str:
    """The chosen loss in words, without δ and λ: ``"Huber loss with threshold 1 plus
    0.1 times the slope squared"``."""
    text = objective.spec.translated("label")
    if objective.spec.uses_delta:
        words = QCoreApplication.translate("MyLineBox", "{loss} with threshold {delta}")
        text = words.format(loss=text, delta=format_exact(objective.huber_delta))
    if objective.ridge > 0:
        words = QCoreApplication.translate(
            "MyLineBox", "{loss} plus {ridge} times the slope squared"
        )
        text = words.format(loss=text, ridge=format_exact(objective.ridge))
    return text


def build_my_line(window, session) -> MyLineBox:
    """The dock's contents, the overlay on the data panel, the View menu's *My line*
    action (``window.myLineAction``, which opens ``window.myLineDock``) and My line's
    point on the surfaces."""
    box = MyLineBox(session)
    overlay = MyLineOverlay(session, window.scatter, window)
    action = QAction(QCoreApplication.translate("MyLineBox", "My line"), window)
    action.setObjectName("myLineAction")
    action.setCheckable(True)
    action.setToolTip(
        QCoreApplication.translate(
            "MyLineBox", "A line you move by hand, with its squares and their total"
        )
    )
    action.toggled.connect(lambda on: _toggled(window, session, on))
    window.myLineAction = action

    def render(_view=None) -> None:
        view = session.view
        fit = None
        if view.my_line is not None and session.dataset is not None:
            fit = core_my_line.fit(session.x, session.y, *view.my_line, session.objective)
        with QSignalBlocker(action):
            action.setChecked(fit is not None)
        overlay.render(fit, view.plain)
        box.render(view, fit, min(overlay.drawn, fit.n) if fit else 0)
        _draw_points(window, session, fit)

    def new_data() -> None:
        overlay.set_data(session.x)
        render()

    session.viewChanged.connect(render)
    session.objectiveChanged.connect(render)  # the error and E* of another loss
    session.datasetChanged.connect(new_data)
    return box


def _toggled(window, session, on: bool) -> None:
    session.show_my_line(on)
    if on:
        window.myLineDock.show()
        window.myLineDock.raise_()


def _draw_points(window, session, fit) -> None:
    """My line's point on the contour map and the surface, in their coefficients."""
    if fit is None:
        window.contour.set_my_point(None)
        window.surface.set_my_point(None)
        return
    stats = session.stats
    scaling = standardising(stats) if session.view.standardised else IDENTITY
    b, m = (float(v) for v in scaling.to_scaled(fit.b, fit.m))
    window.contour.set_my_point((b, m))
    window.surface.set_my_point((b, m, fit.error))  # the height of the chosen loss


def _number(name: str, accessible: str) -> NumberInput:
    spin = NumberInput(-INITIAL_LIMIT, INITIAL_LIMIT)
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setEnabled(False)
    return spin


def _label(name: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
