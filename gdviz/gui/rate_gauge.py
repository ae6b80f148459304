"""A slim bar under the learning-rate input: slow, safe, oscillating and divergent rates.

The bar is a log scale of the learning rate from ``2/λmax · 10⁻⁴`` to ``2/λmax · 10``,
painted in the four zones of plain gradient descent (:mod:`gdviz.core.stability`), with
a marker at the current rate and one line of text under it ("safe: converges, ρ = …").
Every number comes from the core; the widget only maps fractions to pixels. Its look
(type size, the marker's ink, the summary's colour) follows :meth:`RateGauge.apply_theme`;
the zones keep their colours in every theme, each with ink chosen to read on it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core import stability
from . import style
from .theme import LIGHT, Theme

__all__ = ["ZONE_COLOURS", "ZONE_LABELS", "RateGauge"]

#: Okabe-Ito colours per zone (distinct for colour-blind viewers; each band is labelled).
ZONE_COLOURS = {
    "slow": style.SKY,
    "safe": style.GREEN,
    "oscillating": style.ORANGE,
    "divergent": style.VERMILION,
}
#: Band labels, longest first; the first that fits its band is drawn.
ZONE_LABELS = {
    "slow": ("slow",),
    "safe": ("safe",),
    "oscillating": ("zig-zag",),
    "divergent": ("diverges", "div."),
}
_INK_ON = {"slow": style.INK, "safe": "#FFFFFF", "oscillating": style.INK, "divergent": "#FFFFFF"}
_BAR_POINT_SIZE = 10
_TEXT_POINT_SIZE = 10
#: The controls' type size the two sizes above go with; a theme with larger controls
#: (presentation) scales them alike.
_CONTROL_POINT_SIZE = 11.0
_GENERAL_TIP = (
    "Learning-rate zones of plain gradient descent on this data (log scale, "
    "{lo} to {hi}); the black mark is the current rate.\n"
    "slow: converges, but a larger rate would be far faster\n"
    "safe: converges\n"
    "zig-zag: converges, overshooting along the steepest direction (η above 1/λmax)\n"
    "diverges: η at or above 2/λmax, the error grows"
)


class _ZoneBar(QWidget):
    """The painted bar (no text line)."""

    def __init__(self, gauge: RateGauge):
        super().__init__(gauge)
        self._gauge = gauge
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_point_size(_BAR_POINT_SIZE)

    def set_point_size(self, points: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(points)
        self.setFont(font)
        self.setFixedHeight(QFontMetrics(font).height() + 12)

    def sizeHint(self) -> QSize:
        return QSize(260, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.height())

    def paintEvent(self, event) -> None:
        gauge = self._gauge
        theme = gauge.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 6.0  # room for the marker's triangles at the ends
        bar = QRectF(margin, 4.0, self.width() - 2 * margin, self.height() - 8.0)
        limits = gauge.limits
        muted = not gauge.applies
        path = QPainterPath()
        path.addRoundedRect(bar, 4.0, 4.0)
        painter.setClipPath(path)
        if limits is None:
            painter.fillRect(bar, QColor(theme.field_background).darker(112))
        else:
            metrics = QFontMetrics(self.font())
            for zone, start, end in limits.gauge_bands():
                rect = QRectF(
                    bar.left() + start * bar.width(), bar.top(), (end - start) * bar.width(),
                    bar.height(),
                )  # fmt: skip
                colour = QColor(ZONE_COLOURS[zone])
                if muted:
                    colour = QColor(colour).lighter(150)
                    colour.setHsv(colour.hue(), colour.saturation() // 3, colour.value())
                painter.fillRect(rect, colour)
                for label in ZONE_LABELS[zone]:
                    if metrics.horizontalAdvance(label) + 4 <= rect.width():
                        painter.setPen(QColor(style.INK if muted else _INK_ON[zone]))
                        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                        break
        painter.setClipping(False)
        painter.setPen(QPen(QColor("#9A9A9A"), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 4.0, 4.0)
        if limits is not None and gauge.learning_rate is not None:
            x = bar.left() + limits.gauge_position(gauge.learning_rate) * bar.width()
            ink, halo = QColor(theme.panel_foreground), QColor(theme.panel_background)
            painter.setPen(QPen(halo, 5.0))
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
            painter.setPen(QPen(ink, 2.5))
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            top, bottom = bar.top(), bar.bottom()
            painter.drawPolygon(
                QPolygonF([QPointF(x - 5, top - 4), QPointF(x + 5, top - 4), QPointF(x, top + 2)])
            )
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x - 5, bottom + 4), QPointF(x + 5, bottom + 4), QPointF(x, bottom - 2)]
                )
            )
        painter.end()


class RateGauge(QWidget):
    """Zones of the learning rate for plain descent, with a marker at the current rate.

    Call :meth:`set_limits` with the :class:`~gdviz.core.stability.RateLimits` (or a
    :class:`~gdviz.core.stability.Zone`) of the problem descended, raw or normalised,
    whenever the data or the normalise switch changes, and :meth:`set_rate` whenever the
    learning rate changes.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("learningRateZones")
        self.setAccessibleName("Learning-rate zones")
        self.limits: stability.RateLimits | None = None
        self.learning_rate: float | None = None
        self.applies = True
        self.theme: Theme = LIGHT
        self._zone: stability.Zone | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.bar = _ZoneBar(self)
        self.label = QLabel()
        self.label.setObjectName("learningRateZoneText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setContentsMargins(6, 0, 6, 0)
        # one line, elided with "…" if the form is very narrow (the tooltip has it all)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._set_text_size(_TEXT_POINT_SIZE)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._text = ""
        self._refresh()

    # ------------------------------------------------------------------ API
    def set_limits(self, zone_info) -> None:
        """The zones of the problem descended: a ``RateLimits``, a ``Zone`` or ``None``."""
        if isinstance(zone_info, stability.Zone):
            zone_info = zone_info.limits
        self.limits = zone_info
        self._refresh()

    def set_rate(self, learning_rate: float) -> None:
        """Move the marker to ``learning_rate``."""
        self.learning_rate = float(learning_rate)
        self._refresh()

    def set_applies(self, applies: bool) -> None:
        """Whether the zones apply to the chosen optimizer (only plain descent's do).

        When not, the bar is drawn pale and the text says so.
        """
        self.applies = bool(applies)
        self._refresh()

    def zone(self) -> str:
        """``"slow"``, ``"safe"``, ``"oscillating"``, ``"divergent"``; ``""`` without data."""
        return self._zone.name if self._zone is not None else ""

    def zone_info(self) -> stability.Zone | None:
        """The current :class:`~gdviz.core.stability.Zone` with its numbers."""
        return self._zone

    def text(self) -> str:
        """The one-line summary shown under the bar (in full, even when elided)."""
        return self._text

    def apply_theme(self, theme: Theme) -> None:
        """Dress the gauge in ``theme``: type sizes (larger with the theme's larger
        controls), the marker's ink and halo, the summary's colour on light or dark."""
        if theme == self.theme:
            return
        self.theme = theme
        scale = 1.0 if theme.control_pt is None else theme.control_pt / _CONTROL_POINT_SIZE
        self.bar.set_point_size(_BAR_POINT_SIZE * scale)
        self._set_text_size(_TEXT_POINT_SIZE * scale)
        self._show_text()
        self._colour_label()
        self.bar.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_text()

    # ------------------------------------------------------------------ internals
    def _set_text_size(self, points: float) -> None:
        font = QFont(self.label.font())
        font.setPointSizeF(points)
        self.label.setFont(font)
        self.label.setFixedHeight(self.label.fontMetrics().height() + 2)

    def _show_text(self) -> None:
        width = self.label.contentsRect().width()
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, width))

    def _colour_label(self) -> None:
        """The summary in the zone's hue when it matters, readable on light and dark themes."""
        zone = self._zone.name if self._zone is not None else ""
        colour = _label_colour(zone, self.applies, self.theme)
        self.label.setStyleSheet(f"color: {colour};" if colour else "")

    def _refresh(self) -> None:
        self._zone = None
        if self.limits is not None and self.learning_rate is not None:
            try:
                self._zone = self.limits.zone(self.learning_rate)
            except ValueError:
                self._zone = None
        if self._zone is None:
            text, tip = "", "Learning-rate zones appear when data is loaded"
        else:
            text = self._zone.text
            if not self.applies:
                text = f"for plain descent: {self._zone.name}"
            lo, hi = self.limits.gauge_range()
            general = _GENERAL_TIP.format(
                lo=stability.format_value(lo), hi=stability.format_value(hi)
            )
            tip = f"{text}\n\n{self._zone.explanation}\n\n{general}"
        self._text = text
        self._show_text()
        self.label.setVisible(bool(text))
        self._colour_label()
        self.setToolTip(tip)
        self.setAccessibleDescription(text)
        self.bar.update()


def _label_colour(zone: str, applies: bool, theme: Theme) -> str | None:
    """Text colour of the summary line (``None``: the theme's own text colour)."""
    if not applies:
        return theme.muted
    if theme.dark:
        return {"divergent": "#FF8A50", "oscillating": "#F0B840"}.get(zone)
    return {"divergent": "#A33A00", "oscillating": "#8A5A00"}.get(zone)
