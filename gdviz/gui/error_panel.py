"""Error curve: the mean squared error at every iteration, with the optimum E*.

The panel owns its look (:meth:`ErrorPanel.apply_theme`): the main run in the current
line's vermilion, each compared run in its rule's colour and line style (from the
optimizer registry). Run labels are plain text; the legend sits in the corner the curves
leave empty; the iteration axis has whole-number ticks and no axis a multiplier.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..core import words
from ..core.geometry import curve_frame
from . import style
from .theme import LIGHT, Theme

__all__ = ["ErrorPanel"]


class _Frame(pg.GraphicsObject):
    """Draws nothing; gives the plot's auto-range the frame of :func:`curve_frame`, which
    holds every curve and changes in steps, so the axes stay put while a run plays."""

    def __init__(self):
        super().__init__()
        self._frames: dict[int, tuple[float, float, float, float]] = {}
        self._log = False

    def set_frame(self, index: int, frame: tuple[float, float, float, float] | None) -> None:
        """The frame of curve ``index`` (0: the main run), or None to drop it."""
        before = self._bounds()
        if frame is None:
            self._frames.pop(index, None)
        else:
            self._frames[index] = frame
        if self._bounds() != before:
            self.informViewBoundsChanged()

    def keep(self, count: int) -> None:
        """Drop the frames of curves ``count`` and on (runs no longer compared)."""
        for index in [i for i in self._frames if i >= count]:
            self.set_frame(index, None)

    def setLogMode(self, x: bool, y: bool) -> None:  # called by PlotItem.setLogMode
        self._log = y
        self.informViewBoundsChanged()

    def _bounds(self) -> tuple[float, float, float, float] | None:
        if not self._frames:
            return None
        frames = np.array(list(self._frames.values()))
        return (
            float(frames[:, 0].min()),
            float(frames[:, 1].max()),
            float(frames[:, 2].min()),
            float(frames[:, 3].max()),
        )

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):
        bounds = self._bounds()
        if bounds is None:
            return None, None
        lo, hi = bounds[2 * ax : 2 * ax + 2]
        if ax == 1 and self._log:
            # as the plot's own items in log mode (a frame from before the switch to the
            # log scale may still start at 0 for a moment)
            tiny = np.finfo(np.float64).tiny
            lo, hi = np.log10(max(lo, tiny)), np.log10(max(hi, tiny))
        return lo, hi

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:
        pass


class ErrorPanel(pg.PlotWidget):
    """MSE per iteration; optional log scale; a dashed line at the least-squares error."""

    def __init__(self, parent=None):
        super().__init__(parent, axisItems=style.plain_axes(integer_x=True))
        self.setObjectName("errorPlot")
        self.setAccessibleName(self.tr("Error per iteration"))
        self.legends = style.PlotLegend(self, most_rows=6, place=self._place_legend)
        self.curve = pg.PlotDataItem()
        self.current = pg.ScatterPlotItem()
        self.optimum = pg.InfiniteLine(angle=0, label="E* = {value}", labelOpts={"position": 0.85})
        self.cursor = pg.InfiniteLine(angle=90)
        self.cursor.setVisible(False)
        self.compare_curves: list[pg.PlotDataItem] = []
        self._optimizers: list[str | None] = []  # each compared run's rule
        self.divergence = pg.InfiniteLine(
            angle=90, label=self._diverged_text(0), labelOpts={"position": 0.6}
        )
        self.divergence.setVisible(False)
        # the plot's range follows the frame alone (the curves and marks lie inside it):
        # the pixel padding of lines and markers would otherwise shift it every frame
        self.frame = _Frame()
        self.addItem(self.frame)
        self.addItem(self.divergence, ignoreBounds=True)
        self.addItem(self.curve, ignoreBounds=True)
        self.addItem(self.optimum, ignoreBounds=True)
        self.addItem(self.cursor, ignoreBounds=True)
        self.addItem(self.current, ignoreBounds=True)
        self._optimum_error = 0.0
        self._current_value: tuple[int, float] | None = None
        self._log = False
        self._theme: Theme | None = None  # what the items are dressed in
        self._note = ""  # said after the title (how much of a long history is kept)
        self._error_name = self.tr("error (MSE)")  # the y axis: the error descended
        self.apply_theme(LIGHT)
        self.set_runs([self.tr("error")])
        vb = self.getPlotItem().getViewBox()
        vb.sigRangeChanged.connect(self._place_legend)

    def apply_theme(self, theme: Theme) -> None:
        """Dress the panel in ``theme``: each item's pen, brush and size by its role.

        Background, axes, labels, title and legend; the main run's curve and every
        compared run's (by slot), the current-iteration marker, the least-squares error
        line and its label, the history cursor and the divergence mark. Curves created
        later take the same theme.
        """
        if theme == self._theme:
            return
        self._theme = theme
        style.style_plot(self, theme, self.title(), self.tr("iteration"), self._error_name)
        self.legends.style(theme, alpha=215)
        for slot, curve in enumerate([self.curve, *self.compare_curves]):
            curve.setPen(self._run_pen(slot))
        self.current.setPen(pg.mkPen(theme.foreground, width=theme.line(2)))
        self.current.setBrush(pg.mkBrush(theme.background))
        self.current.setSize(theme.marker(13))
        self.optimum.setPen(style.pen(theme.optimum, theme.line(2), dashed=True))
        style.style_line_label(self.optimum, theme, theme.optimum, alpha=200, points=10)
        self.cursor.setPen(style.pen(theme.muted, theme.line(1.5), dashed=True))
        self.divergence.setPen(style.pen(theme.divergence, theme.line(2), dashed=True))
        style.style_line_label(self.divergence, theme, theme.divergence, alpha=210, points=10)

    def title(self) -> str:
        """The panel's title, with the note if there is one."""
        if self._note:
            return self.tr("Error per iteration ({note})").format(note=self._note)
        return self.tr("Error per iteration")

    def set_error_name(self, name: str) -> None:
        """The y axis's title: the error descended (``"error (MAE)"``)."""
        if name != self._error_name:
            self._error_name = name
            style.set_axis_labels(self, self._theme, self.tr("iteration"), name)

    def set_note(self, note: str) -> None:
        """Plain words after the title (``""``: none), e.g. that a long run's history
        keeps every 4th iteration after the first million."""
        if note != self._note:
            self._note = note
            style.set_title(self, self._theme, self.title())
            self.setAccessibleDescription(note)

    def _run_pen(self, slot: int):
        """The main run (slot 0) in the current line's colour, the others in their rule's."""
        theme = self._theme
        if slot == 0:
            return style.pen(theme.current_line, theme.line(2.5))
        optimizer = self._optimizers[slot - 1] if slot - 1 < len(self._optimizers) else None
        return style.rule_pen(theme, optimizer, 2.5)

    def set_optimum(self, error: float, scale: float | None = None) -> None:
        """The least-squares error E* (written as everywhere: :func:`words.format_value`,
        ``scale`` the error's natural size, so an E* of 1e-30 on a line reads 0)."""
        self._optimum_error = error
        self.optimum.label.setFormat(f"E* = {words.format_value(error, scale)}")
        self._place_optimum()
        self._refresh_frames()

    def set_show_optimum(self, show: bool) -> None:
        """Show the E* line and its value (hidden while the class predicts)."""
        self.optimum.setVisible(show)
        if show:  # a hidden label ignores a new value (pyqtgraph): write it now
            self.optimum.label.valueChanged()

    def set_curve(self, iterations: np.ndarray, errors: np.ndarray) -> None:
        """The main run's curve (a few thousand points: long runs come decimated)."""
        self.curve.setData(iterations, self._positive(errors))
        self._set_frame(0, iterations, errors)
        self.getPlotItem().enableAutoRange()

    def set_current(self, iteration: int, error: float, latest: bool = True) -> None:
        """Mark the shown iteration; a dashed cursor when it is not the newest one."""
        # a lone ScatterPlotItem is not log-transformed by the plot: place it ourselves
        self._current_value = (iteration, float(error))
        self._place_current()
        self.cursor.setValue(iteration)
        self.cursor.setVisible(not latest)

    def set_runs(self, labels: list[str], optimizers: list[str] | None = None) -> None:
        """Name the runs (main first, plain text); one curve per compared run, in its rule's
        look (``optimizers``: each compared run's rule, run 2 first)."""
        for item in self.compare_curves:
            self.removeItem(item)
        self.compare_curves = []
        self._optimizers = list(optimizers or [])
        self.frame.keep(max(len(labels), 1))
        entries = [(self.curve, style.plain(labels[0] if labels else self.tr("error")))]
        for i, label in enumerate(labels[1:], start=1):
            item = pg.PlotDataItem(pen=self._run_pen(i))
            item.setZValue(-1)  # under the main run's curve, the focus
            self.addItem(item, ignoreBounds=True)  # the frame holds it
            self.compare_curves.append(item)
            entries.append((item, style.plain(label)))
        self.legends.set_entries(entries)
        self._place_legend()

    @property
    def legend(self) -> pg.LegendItem:
        """The legend as shown: in a corner of the view, or beside it."""
        return self.legends.legend

    def _place_legend(self, *_args) -> None:
        """The legend in the corner the curves leave empty (on a new frame or size)."""
        xs, ys = [], []
        for item in (self.curve, *self.compare_curves):
            x, y = item.getData()  # as drawn: log10 of the errors on a log scale
            if x is not None and len(x):
                xs.append(np.asarray(x, dtype=np.float64))
                ys.append(np.asarray(y, dtype=np.float64))
        if xs:
            self.legends.place_in_corner(np.concatenate(xs), np.concatenate(ys))

    def set_compare_curve(self, index: int, iterations: np.ndarray, errors: np.ndarray) -> None:
        """Curve of compared run ``index`` (1-based as in the legend: run 2 is index 1)."""
        self.compare_curves[index - 1].setData(iterations, self._positive(errors))
        self._set_frame(index, iterations, errors)

    def _refresh_frames(self) -> None:
        for index, item in enumerate([self.curve, *self.compare_curves]):
            iterations, errors = item.getData()
            if iterations is not None:
                # the curve holds the errors as drawn: floored at the tiniest float on a
                # log scale, which the frame's lowest decade then takes in
                self._set_frame(index, iterations, errors)

    def _set_frame(self, index: int, iterations: np.ndarray, errors: np.ndarray) -> None:
        if len(iterations) == 0:
            self.frame.set_frame(index, None)
        else:
            frame = curve_frame(iterations[-1], errors, self._log, also=self._optimum_error)
            self.frame.set_frame(index, frame)

    def mark_divergence(self, iteration: int | None) -> None:
        """A red line at the iteration whose step diverged (None: clear it)."""
        self.divergence.setVisible(iteration is not None)
        if iteration is not None:
            self.divergence.setValue(iteration)
            self.divergence.label.setFormat(self._diverged_text(iteration))

    def _diverged_text(self, iteration: int) -> str:
        """The divergence mark's label, as a format of the line's label (no ``{value}``:
        the iteration is written in, so a translation's braces are kept as text)."""
        text = self.tr("diverged at {n}").format(n=int(iteration))
        return text.replace("{", "{{").replace("}", "}}")

    def _positive(self, errors: np.ndarray) -> np.ndarray:
        return np.maximum(errors, np.finfo(np.float64).tiny) if self._log else errors

    def set_log_scale(self, log: bool) -> None:
        self._log = log
        self._refresh_frames()
        item = self.getPlotItem()
        item.setYRange(0, 1, padding=0)  # no stale range of 10**(huge) on the switch
        item.setLogMode(x=False, y=log)
        item.enableAutoRange()
        self._place_optimum()
        self._place_current()

    def _place_current(self) -> None:
        if self._current_value is None:
            return
        iteration, error = self._current_value
        value = self._positive(np.array([error]))[0]
        self.current.setData([iteration], [np.log10(value) if self._log else value])

    def _place_optimum(self) -> None:
        value = self._optimum_error
        if self._log:
            value = np.log10(max(value, np.finfo(np.float64).tiny))
        self.optimum.setValue(value)
