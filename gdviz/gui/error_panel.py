"""Error curve: the mean squared error at every iteration, with the optimum E*.

The panel owns its look (:meth:`ErrorPanel.apply_theme`); run labels are plain text.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..core.geometry import curve_frame
from . import style
from .number_input import format_number
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
        super().__init__(parent)
        self.setObjectName("errorPlot")
        self.setAccessibleName("Error per iteration")
        self.legend = self.addLegend(offset=(-10, 10))
        self.curve = pg.PlotDataItem(name="error")
        self.current = pg.ScatterPlotItem()
        self.optimum = pg.InfiniteLine(angle=0, label="E* = {value}", labelOpts={"position": 0.85})
        self.cursor = pg.InfiniteLine(angle=90)
        self.cursor.setVisible(False)
        self.compare_curves: list[pg.PlotDataItem] = []
        self.divergence = pg.InfiniteLine(
            angle=90, label="diverged at {value:.0f}", labelOpts={"position": 0.6}
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
        self.apply_theme(LIGHT)

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
        style.style_plot(self, theme, "Error per iteration", "iteration", "error (MSE)")
        style.style_legend(self.legend, theme, alpha=215)
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

    def _run_pen(self, slot: int):
        return style.pen(self._theme.run(slot), self._theme.line(2.5))

    def set_optimum(self, error: float) -> None:
        self._optimum_error = error
        self.optimum.label.setFormat(f"E* = {format_number(error)}")
        self._place_optimum()
        self._refresh_frames()

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

    def set_runs(self, labels: list[str]) -> None:
        """Name the runs (main first, plain text); one curve per compared run, in its colour."""
        legend = self.legend
        for item in self.compare_curves:
            self.removeItem(item)
            legend.removeItem(item)
        self.compare_curves = []
        legend.removeItem(self.curve)
        legend.addItem(self.curve, style.plain(labels[0] if labels else "error"))
        self.frame.keep(max(len(labels), 1))
        for i, label in enumerate(labels[1:], start=1):
            item = pg.PlotDataItem(pen=self._run_pen(i), name=style.plain(label))
            self.addItem(item, ignoreBounds=True)  # the frame holds it
            self.compare_curves.append(item)

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
