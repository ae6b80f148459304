"""A slim bar under the learning-rate input: slow, safe, oscillating and divergent rates.

The bar is a log scale of the learning rate from ``2/λmax · 10⁻⁴`` to ``2/λmax · 10``,
painted in the four zones of plain gradient descent (:mod:`gdviz.core.stability`), with
a needle (a wide triangle above the bar and one below) at the current rate, the name of every
zone under it, and one line of text ("safe: converges, ρ = …"). For a second-order rule
(Newton, conjugate gradients) the bar shows the zones of its step scale instead, from
10⁻⁴ to 10, with the one exact rate 1 marked by a line (the core's
:class:`~gdviz.core.stability.StepScaleLimits`). The zones' names are
the core's (:data:`gdviz.core.stability.ZONES`): the labels, the line of text and the
tooltip use the same words. For a stochastic rule the line does not promise the
optimum: single points (or small batches) keep the line moving around it. In plain
language (:meth:`RateGauge.set_plain`) the line says it in words, wrapped onto as many
lines as it needs; the tooltip keeps the symbols.

Every number comes from the core; the widget only maps fractions to pixels. Its look
(type size, the needle's ink, the text's colour) follows :meth:`RateGauge.apply_theme`;
the zones keep their colours in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core import stability
from . import style
from .theme import LIGHT, Theme

__all__ = ["ZONE_COLOURS", "ZONE_LABELS", "RateGauge", "zone_caption"]

#: Okabe-Ito colours per zone (distinct for colour-blind viewers; each band is labelled).
ZONE_COLOURS = {
    "slow": style.SKY,
    "safe": style.GREEN,
    "oscillating": style.ORANGE,
    "divergent": style.VERMILION,
    "exact": style.BLUE,
}
#: The label under each band: the zone's own name, as the text line and tooltip say it
#: (the core's :data:`~gdviz.core.stability.ZONE_NAMES`, in the reader's language).
ZONE_LABELS = stability.ZONE_NAMES
_BAR_POINT_SIZE = 10
_TEXT_POINT_SIZE = 10
#: Lines of the summary in plain language (words take more room than symbols).
PLAIN_LINES = 2
#: The controls' type size the two sizes above go with; a theme with larger controls
#: (presentation) scales them alike.
_CONTROL_POINT_SIZE = 11.0
#: Room at each end of the bar, the needle's height (above and below the bar) and its
#: half width.
_MARGIN = 6.0
_NEEDLE = 8.0
_NEEDLE_HALF_WIDTH = 6.0
#: Half the width of the line marking a zone that is a single rate (η = 1 for Newton).
_MARK_HALF_WIDTH = 1.5
#: Height of the leader lines from each band down to its name.
_LEADER = 6.0
#: Space between two zone labels, in pixels.
_LABEL_GAP = 8.0
#: The gauge's words in English; shown translated (context "RateGauge").
_GENERAL_TIP = QT_TRANSLATE_NOOP(
    "RateGauge",
    "Learning-rate zones of plain gradient descent on this data (log scale, "
    "{lo} to {hi}); the needle marks the current rate.\n{zones}",
)
_STEP_TIP = QT_TRANSLATE_NOOP(
    "RateGauge",
    "Zones of the step scale η of {name} on a squared error, whatever the data (log "
    "scale, {lo} to {hi}); the needle marks the current rate.\n{zones}",
)
_STOCHASTIC_TIP = QT_TRANSLATE_NOOP(
    "RateGauge",
    "This rule follows one point (or a small batch) per step, so the line keeps moving "
    "around the optimum: the error ends near the least-squares error, not on it. The "
    "zones are those of plain descent over all the points.",
)


def zone_caption(
    zone: stability.Zone, *, applies: bool = True, stochastic: bool = False, plain: bool = False
) -> str:
    """The gauge's line of text for ``zone``: the core's words (``plain``: without
    symbols), or, for a rule the zones do not speak for or a stochastic one, words that
    promise no more than is true."""
    name = stability.ZONE_NAMES[zone.name]
    if not applies:
        return QCoreApplication.translate("RateGauge", "for plain descent: {zone}").format(
            zone=name
        )
    if stochastic and zone.converges:
        return QCoreApplication.translate(
            "RateGauge", "{zone}: ends near the optimum, not on it"
        ).format(zone=name)
    return zone.caption(plain)


def _zone_tip(limits) -> str:
    """Every zone's name and what it means, one a line."""
    line = QCoreApplication.translate("RateGauge", "{zone}: {meaning}")
    return "\n".join(
        line.format(zone=stability.ZONE_NAMES[zone], meaning=meaning)
        for zone, meaning in limits.meanings()
    )


class _GaugePart(QWidget):
    """A part of the gauge, as wide as the gauge, as tall as its type size needs."""

    def __init__(self, gauge: RateGauge):
        super().__init__(gauge)
        self._gauge = gauge
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_point_size(_BAR_POINT_SIZE)

    def _sized_font(self, points: float) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points)
        self.setFont(font)
        return font

    def set_point_size(self, points: float) -> None:
        raise NotImplementedError


class _ZoneBar(_GaugePart):
    """The painted bar and the needle (no text)."""

    def set_point_size(self, points: float) -> None:
        font = self._sized_font(points)
        band = max(10, QFontMetrics(font).height() // 2 + 4)
        self.setFixedHeight(band + 2 * int(_NEEDLE))

    def sizeHint(self) -> QSize:
        return QSize(260, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.height())

    def band(self) -> QRectF:
        """The coloured band, inside the room the needle needs."""
        return QRectF(_MARGIN, _NEEDLE, self.width() - 2 * _MARGIN, self.height() - 2 * _NEEDLE)

    def paintEvent(self, event) -> None:
        gauge = self._gauge
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = self.band()
        limits = gauge.limits
        path = QPainterPath()
        path.addRoundedRect(bar, 3.0, 3.0)
        painter.setClipPath(path)
        if limits is None:
            painter.fillRect(bar, QColor(gauge.theme.field_background).darker(112))
        else:
            for zone, start, end in limits.gauge_bands():
                rect = QRectF(
                    bar.left() + start * bar.width(), bar.top(), (end - start) * bar.width(),
                    bar.height(),
                )  # fmt: skip
                painter.fillRect(rect, zone_colour(zone, gauge.applies))
            for zone, position in limits.gauge_marks():
                self._draw_mark(painter, bar.left() + position * bar.width(), bar, zone)
        painter.setClipping(False)
        painter.setPen(QPen(QColor("#9A9A9A"), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 3.0, 3.0)
        if limits is not None and gauge.learning_rate is not None:
            x = bar.left() + limits.gauge_position(gauge.learning_rate) * bar.width()
            self._draw_needle(painter, x, bar)
        painter.end()

    def _draw_mark(self, painter: QPainter, x: float, bar: QRectF, zone: str) -> None:
        """A zone that is a single rate: a line across the band in its colour, edged in
        the panel's background so that it stands out from the bands on either side."""
        edge = QRectF(
            x - _MARK_HALF_WIDTH - 1.0, bar.top(), 2 * _MARK_HALF_WIDTH + 2.0, bar.height()
        )
        painter.fillRect(edge, QColor(self._gauge.theme.panel_background))
        line = QRectF(x - _MARK_HALF_WIDTH, bar.top(), 2 * _MARK_HALF_WIDTH, bar.height())
        painter.fillRect(line, zone_colour(zone, self._gauge.applies))

    def _draw_needle(self, painter: QPainter, x: float, bar: QRectF) -> None:
        """A wide triangle above the bar pointing down at the rate and one below pointing
        up (nothing across the bar: the zone's colour shows between their tips)."""
        theme = self._gauge.theme
        ink, halo = QColor(theme.panel_foreground), QColor(theme.panel_background)
        half = _NEEDLE_HALF_WIDTH
        top, bottom, end = bar.top(), bar.bottom(), self.height() - 0.5
        painter.setPen(QPen(halo, 1.2))
        painter.setBrush(ink)
        for base, tip in ((0.5, top + 2.0), (end, bottom - 2.0)):
            painter.drawPolygon(
                QPolygonF([QPointF(x - half, base), QPointF(x + half, base), QPointF(x, tip)])
            )


def zone_colour(zone: str, applies: bool = True) -> QColor:
    """The band colour of ``zone``; paler when the zones do not apply to the rule."""
    colour = QColor(ZONE_COLOURS[zone])
    if not applies:
        colour = colour.lighter(150)
        colour.setHsv(colour.hue(), colour.saturation() // 3, colour.value())
    return colour


class _ZoneLabels(_GaugePart):
    """The name of every zone under its band, moved sideways only as far as needed to
    keep the names apart; a leader line in the zone's colour joins each to its band."""

    def set_point_size(self, points: float) -> None:
        font = self._sized_font(points)
        self.setFixedHeight(QFontMetrics(font).height() + int(_LEADER) + 2)
        self.updateGeometry()

    def _needed(self) -> float:
        metrics = QFontMetrics(self.font())
        limits = self._gauge.limits
        zones = stability.ZONES if limits is None else limits.zones
        widths = [metrics.horizontalAdvance(ZONE_LABELS[z]) for z in zones]
        return sum(widths) + _LABEL_GAP * (len(widths) - 1) + 2 * _MARGIN

    def sizeHint(self) -> QSize:
        return QSize(max(260, int(self._needed()) + 1), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self._needed()) + 1, self.height())

    def placed(self) -> list[tuple[str, QRectF, float]]:
        """(zone, where its name is drawn, the band's centre) for every band shown."""
        limits = self._gauge.limits
        if limits is None:
            return []
        metrics = QFontMetrics(self.font())
        width = self.width() - 2 * _MARGIN
        # bands at their middles, single rates (marks) where they are, left to right
        spots = [(zone, (a + b) / 2) for zone, a, b in limits.gauge_bands()]
        spots = sorted(spots + limits.gauge_marks(), key=lambda spot: spot[1])
        centres = [_MARGIN + at * width for _zone, at in spots]
        sizes = [metrics.horizontalAdvance(ZONE_LABELS[zone]) for zone, _at in spots]
        lefts = _spread(centres, sizes, _MARGIN, self.width() - _MARGIN)
        height = metrics.height()
        return [
            (zone, QRectF(left, _LEADER + 1, size, height), centre)
            for (zone, _at), left, size, centre in zip(spots, lefts, sizes, centres, strict=True)
        ]

    def paintEvent(self, event) -> None:
        gauge = self._gauge
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        ink = QColor(gauge.theme.panel_foreground)
        if not gauge.applies:
            ink = QColor(gauge.theme.muted)
        for zone, rect, centre in self.placed():
            # a leader line in the zone's colour from the middle of its band to its name
            painter.setPen(QPen(zone_colour(zone, gauge.applies), 2.0))
            painter.drawLine(QPointF(centre, 0.0), QPointF(rect.center().x(), _LEADER))
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, ZONE_LABELS[zone])
        painter.end()


def _spread(centres: list[float], sizes: list[int], low: float, high: float) -> list[float]:
    """Left edges of labels as close to their centres as they can be without overlapping
    (in order, between ``low`` and ``high``)."""
    lefts = []
    edge = low
    for centre, size in zip(centres, sizes, strict=True):
        left = max(centre - size / 2, edge)
        lefts.append(left)
        edge = left + size + _LABEL_GAP
    edge = high
    for i in range(len(lefts) - 1, -1, -1):
        lefts[i] = max(low, min(lefts[i], edge - sizes[i]))
        edge = lefts[i] - _LABEL_GAP
    return lefts


class RateGauge(QWidget):
    """Zones of the learning rate for plain descent, with a needle at the current rate.

    Call :meth:`set_limits` with the :class:`~gdviz.core.stability.RateLimits` (or a
    :class:`~gdviz.core.stability.Zone`) of the problem descended, raw or normalised,
    or a second-order rule's :class:`~gdviz.core.stability.StepScaleLimits` (the core's
    :func:`~gdviz.core.stability.gauge_limits` chooses), whenever the data, the normalise
    switch or the rule changes, :meth:`set_rate` whenever the learning rate changes, and
    :meth:`set_applies` / :meth:`set_stochastic` with the rule.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("learningRateZones")
        self.setAccessibleName(self.tr("Learning-rate zones"))
        self.limits: stability.RateLimits | stability.StepScaleLimits | None = None
        self.learning_rate: float | None = None
        self.applies = True
        self.stochastic = False
        self.plain = False
        self.note = ""  # said instead of the zones when the error has no limits
        self.theme: Theme = LIGHT
        self._zone: stability.Zone | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.bar = _ZoneBar(self)
        self.zoneLabels = _ZoneLabels(self)
        self.zoneLabels.setObjectName("learningRateZoneLabels")
        self.label = QLabel()
        self.label.setObjectName("learningRateZoneText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setContentsMargins(6, 0, 6, 0)
        # one line, elided with "…" if the form is very narrow (the tooltip has it all)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._set_text_size(_TEXT_POINT_SIZE)
        layout.addWidget(self.bar)
        layout.addWidget(self.zoneLabels)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._text = ""
        self._refresh()

    # ------------------------------------------------------------------ API
    def set_limits(self, zone_info) -> None:
        """The zones of the problem descended: a ``RateLimits``, a ``Zone``, a
        ``StepScaleLimits``, a ``StepScaleZone`` or ``None``."""
        if isinstance(zone_info, (stability.Zone, stability.StepScaleZone)):
            zone_info = zone_info.limits
        self.limits = zone_info
        self._refresh()

    def set_rate(self, learning_rate: float) -> None:
        """Move the needle to ``learning_rate``."""
        self.learning_rate = float(learning_rate)
        self._refresh()

    def set_applies(self, applies: bool) -> None:
        """Whether the zones apply to the chosen optimizer (only plain descent's do).

        When not, the bar is drawn pale and the text says so.
        """
        self.applies = bool(applies)
        self._refresh()

    def set_stochastic(self, stochastic: bool) -> None:
        """Whether the rule takes one point (or a batch) per step: then the text says the
        run ends near the optimum, not that it converges to it."""
        self.stochastic = bool(stochastic)
        self._refresh()

    def set_note(self, note: str) -> None:
        """One line said instead of the zones (the error has no fixed curvature, so no
        learning-rate limits); ``""``: the zones again."""
        if note == self.note:
            return
        self.note = note
        self.bar.setVisible(not note)
        self.zoneLabels.setVisible(not note)
        self._refresh()

    def set_plain(self, plain: bool) -> None:
        """Plain language: the line in words (no symbols), wrapped instead of elided."""
        if bool(plain) == self.plain:
            return
        self.plain = bool(plain)
        self.label.setWordWrap(self.plain)
        self._set_text_size(self.label.font().pointSizeF())
        self._refresh()

    def zone(self) -> str:
        """``"slow"``, ``"safe"``, ``"oscillating"``, ``"divergent"`` (``"exact"`` for a
        second-order rule at η = 1); ``""`` without data."""
        return self._zone.name if self._zone is not None else ""

    def zone_info(self) -> stability.Zone | stability.StepScaleZone | None:
        """The current :class:`~gdviz.core.stability.Zone` with its numbers."""
        return self._zone

    def text(self) -> str:
        """The one-line summary shown under the bar (in full, even when elided)."""
        return self._text

    def zone_labels(self) -> list[str]:
        """The names shown under the bands, left to right."""
        return [ZONE_LABELS[zone] for zone, _rect, _centre in self.zoneLabels.placed()]

    def apply_theme(self, theme: Theme) -> None:
        """Dress the gauge in ``theme``: type sizes (larger with the theme's larger
        controls), the needle's ink and halo, the summary's colour on light or dark."""
        if theme == self.theme:
            return
        self.theme = theme
        scale = 1.0 if theme.control_pt is None else theme.control_pt / _CONTROL_POINT_SIZE
        self.bar.set_point_size(_BAR_POINT_SIZE * scale)
        self.zoneLabels.set_point_size(_BAR_POINT_SIZE * scale)
        self._set_text_size(_TEXT_POINT_SIZE * scale)
        self._show_text()
        self._colour_label()
        self.bar.update()
        self.zoneLabels.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_text()

    # ------------------------------------------------------------------ internals
    def _set_text_size(self, points: float) -> None:
        font = QFont(self.label.font())
        font.setPointSizeF(points)
        self.label.setFont(font)
        lines = PLAIN_LINES if self.plain else 1
        self.label.setFixedHeight(lines * self.label.fontMetrics().lineSpacing() + 2)

    def _show_text(self) -> None:
        width = self.label.contentsRect().width()
        metrics = self.label.fontMetrics()
        if self.plain:  # every word shown, wrapped (the height does not follow the width:
            self.label.setText(self._text)  # a scroll bar that comes and goes would loop)
            return
        self.label.setText(metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, width))

    def _general_tip(self) -> str:
        """What the bar shows: the scale and every zone's meaning."""
        limits = self.limits
        lo, hi = (stability.format_value(v) for v in limits.gauge_range())
        if isinstance(limits, stability.StepScaleLimits):
            return self.tr(_STEP_TIP).format(
                name=limits.noun(), lo=lo, hi=hi, zones=_zone_tip(limits)
            )
        return self.tr(_GENERAL_TIP).format(lo=lo, hi=hi, zones=_zone_tip(limits))

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
            text, tip = "", self.tr("Learning-rate zones appear when data is loaded")
        else:
            text = zone_caption(
                self._zone, applies=self.applies, stochastic=self.stochastic, plain=self.plain
            )
            general = self._general_tip()
            # the tooltip keeps the symbols, in plain language too
            symbolic = zone_caption(self._zone, applies=self.applies, stochastic=self.stochastic)
            parts = [symbolic, self._zone.explanation]
            if self.stochastic and self.applies:
                parts.append(self.tr(_STOCHASTIC_TIP))
            tip = "\n\n".join([*parts, general])
        if self.note:
            text = tip = self.note
        self._text = text
        self._show_text()
        self.label.setVisible(bool(text))
        self._colour_label()
        self.setToolTip(tip)
        self.setAccessibleDescription(text)
        self.bar.update()
        self.zoneLabels.update()


def _label_colour(zone: str, applies: bool, theme: Theme) -> str | None:
    """Text colour of the summary (``None``: the theme's own text colour)."""
    if not applies:
        return theme.muted
    if theme.dark:
        return {"divergent": "#FF8A50", "oscillating": "#F0B840"}.get(zone)
    return {"divergent": "#A33A00", "oscillating": "#8A5A00"}.get(zone)
