"""The 3D view of the error surface E(b, m), with the descent path walking down it.

Intercept, slope and error live on wildly different scales (b in 0..8, m in 0..1.5, error
in 100..6000), so the panel maps the surface's current extent onto a fixed box in world
coordinates: b to x in [-5, 5], m to y in [-5, 5] and error to z in [0, 6], linearly
between the grid's minimum and maximum. The path uses the same map, clipped to the box.
The axes are labelled with the real values at the box's edges.

The labels are plain numbers (:func:`gdviz.core.words.format_number`, four significant
digits), and none covers another: where two would meet (a corner of the box seen from
the side), the later is moved clear of the first, or left out. Compared runs' paths are
drawn in their rule's colour and line style (from the optimizer registry), in the shades
of a dark theme, as the view is dark in every theme.

The m axis runs toward or away from the viewer, whichever lets the camera see the lowest
point of the surface from lower down: usually the valley then lies in front of its high
wall rather than behind it. While the user has not moved the camera, the panel also raises
it as far as needed to look into the valley.

Needs a working OpenGL context: ask :func:`gdviz.gui.opengl.opengl_available` first.
"""

from __future__ import annotations

import os
import time
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QOffscreenSurface,
    QOpenGLContext,
    QPainter,
    QSurfaceFormat,
    QVector3D,
)
from PySide6.QtOpenGL import QOpenGLFramebufferObject, QOpenGLFramebufferObjectFormat
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
import pyqtgraph.opengl as gl
from OpenGL import GL

from ..core import geometry, words
from . import pg_adapter, style
from .theme import DARK, LIGHT, PRESENTATION_DARK, Theme

__all__ = ["RESOLUTIONS", "ResolutionGovernor", "SurfacePanel"]

#: The world box: x and y in [-HALF_WIDTH, HALF_WIDTH], z in [0, HEIGHT].
HALF_WIDTH = 5.0
HEIGHT = 6.0
#: The base grid sits a little below the lowest point of the surface.
FLOOR_Z = -0.3
#: The path floats this far above the surface so the surface never hides it.
PATH_LIFT = 0.05
#: The path is drawn through points about this far apart (world units, the box is 10 wide):
#: thousands of sub-pixel segments draw faintly when antialiased, and cost for nothing.
PATH_SPACING = 0.08

PATH_COLOR = (0.94, 0.48, 0.17, 1.0)  # the current line's vermilion, in a dark theme's shade
CURRENT_COLOR = (1.0, 0.15, 0.15, 1.0)  # red, with a white ring
OPTIMUM_COLOR = (1.0, 1.0, 1.0, 1.0)  # white, with a black ring
RING_LIGHT = (1.0, 1.0, 1.0, 1.0)
RING_DARK = (0.0, 0.0, 0.0, 1.0)
MY_LINE_COLOR = (0.80, 0.47, 0.65, 1.0)  # My line's reddish purple, with a white ring
MESH_COLOR = (0.0, 0.0, 0.0, 0.35)

#: The default camera: from the front right, a little above. GLViewWidget's field of view
#: is fixed horizontally, so a wide, short view moves the camera back (see _place_camera).
CAMERA_DISTANCE = 20.0
CAMERA_ELEVATION = 28.0
CAMERA_MAX_ELEVATION = 65.0  # steeper, for a valley behind a high near wall
CAMERA_AZIMUTH = -72.0
CAMERA_CENTRE_Z = 0.15 * HEIGHT
CAMERA_ASPECT = 800 / 584  # the shape CAMERA_DISTANCE frames well
CAMERA_WIDTH = 800

#: Widths (pixels, light theme) of the paths and of the gradient arrow.
PATH_WIDTH = 3
ARROW_WIDTH = 4
#: The registry's line styles along a 3D path: drawn and skipped lengths in world units
#: (the box is 10 wide).
DASHES = {
    "solid": (),
    "dot": (0.07, 0.17),
    "dash-dot": (0.4, 0.15, 0.07, 0.15),
    "dash-dot-dot": (0.4, 0.15, 0.07, 0.15, 0.07, 0.15),
}
#: Room (pixels) kept between two labels.
LABEL_GAP = 4
#: Where the axes' full names would move the camera this much farther back (the surface
#: a speck between them), they are named without their parenthesis: "b′", "m′", "error".
SHORT_NAMES_ABOVE = 1.25

#: Markers are drawn last and without depth test: always visible, even behind a wall.
_ON_TOP = {
    GL.GL_DEPTH_TEST: False,
    GL.GL_BLEND: True,
    GL.GL_CULL_FACE: False,
    "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
}


def _number(value: float) -> str:
    """A label's number: plain, four significant digits (``-1.806``, ``9614``, ``110.3``)."""
    return words.format_number(value, 4)


def _on_dark(theme: Theme) -> Theme:
    """The theme whose hues read on the 3D view's dark background."""
    if theme.dark:
        return theme
    return PRESENTATION_DARK if theme.high_contrast else DARK


def _separated(texts: list, bounds: QRectF) -> list:
    """Labels ``(position, colour, font, text, priority)`` moved so that none covers
    another or leaves ``bounds`` (the view): lower priorities are placed first (the
    numbers at the box's corners), each later one where it first fits of its own place
    (pushed inside the view) and a line height or half a width away; a label that fits
    nowhere is left out. Returns ``(position, colour, font, text)``."""
    placed: list[QRectF] = []
    shown = []
    inner = bounds.adjusted(LABEL_GAP, LABEL_GAP, -LABEL_GAP, -LABEL_GAP)
    for position, colour, font, text, _priority in sorted(texts, key=lambda t: t[4]):
        rect = QRectF(QFontMetrics(font).tightBoundingRect(text)).translated(position)
        inside = QPointF(
            max(inner.left() - rect.left(), 0.0) + min(inner.right() - rect.right(), 0.0),
            max(inner.top() - rect.top(), 0.0) + min(inner.bottom() - rect.bottom(), 0.0),
        )
        rect.translate(inside)
        step_y, step_x = rect.height() + LABEL_GAP, rect.width() / 2 + LABEL_GAP
        offsets = ((0, 0), (0, step_y), (0, -step_y), (step_x, 0), (-step_x, 0))
        offsets += ((0, 2 * step_y), (step_x, step_y), (-step_x, step_y), (0, -2 * step_y))
        for dx, dy in offsets:
            moved = rect.translated(dx, dy)
            padded = moved.adjusted(-LABEL_GAP, -LABEL_GAP, LABEL_GAP, LABEL_GAP)
            if inner.contains(moved) and not any(padded.intersects(o) for o in placed):
                placed.append(moved)
                shown.append((position + inside + QPointF(dx, dy), colour, font, text))
                break
    return shown


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _thinned(pos: np.ndarray, spacing: float) -> np.ndarray:
    """Every point where the path's length passes a multiple of ``spacing``, plus the ends."""
    if len(pos) <= 2:
        return pos
    length = np.concatenate(([0.0], np.cumsum(np.linalg.norm(np.diff(pos, axis=0), axis=1))))
    bucket = np.floor(length / spacing)
    keep = np.empty(len(pos), dtype=bool)
    keep[0] = keep[-1] = True
    keep[1:-1] = bucket[1:-1] != bucket[:-2]
    return pos[keep]


def _sight_elevation(z: np.ndarray, m_toward_viewer: bool) -> float:
    """How high (degrees) the default camera must look from to see the surface's lowest point.

    ``z`` is the world height of the grid, shaped (nm, nb). Walk from the lowest point
    toward the camera (horizontally, along the default azimuth) and find the steepest rise
    of the surface in between: the sight line must pass above it.
    """
    nm, nb = z.shape
    row, col = np.unravel_index(np.argmin(z), z.shape)
    m_unit = row / max(nm - 1, 1)
    x0 = col / max(nb - 1, 1) * 2 * HALF_WIDTH - HALF_WIDTH
    y0 = ((1.0 - m_unit) if m_toward_viewer else m_unit) * 2 * HALF_WIDTH - HALF_WIDTH
    azimuth = np.radians(CAMERA_AZIMUTH)
    t = np.linspace(0.05, 4 * HALF_WIDTH, 400)
    xs, ys = x0 + t * np.cos(azimuth), y0 + t * np.sin(azimuth)
    inside = (np.abs(xs) <= HALF_WIDTH) & (np.abs(ys) <= HALF_WIDTH)
    if not inside.any():
        return 0.0
    cols = np.rint((xs[inside] + HALF_WIDTH) / (2 * HALF_WIDTH) * (nb - 1)).astype(int)
    y_unit = (ys[inside] + HALF_WIDTH) / (2 * HALF_WIDTH)
    rows = np.rint(((1.0 - y_unit) if m_toward_viewer else y_unit) * (nm - 1)).astype(int)
    rise = z[rows, cols] - z[row, col]
    return float(np.degrees(np.arctan2(rise, t[inside]).max(initial=0.0)))


#: Grid sizes the 3D surface is drawn at (points a side), coarsest first; the panel starts
#: at the finest and steps down while frames are slow (software OpenGL on a large view).
RESOLUTIONS = (32, 48, 64, 80)


class ResolutionGovernor:
    """Chooses the surface's grid size from how long the view's frames take.

    A frame is timed from the start of drawing to the picture on screen. Once ``settle`` frames
    have been drawn at one size, the median of the last ``settle`` decides: above ``slow``
    seconds (rotating then runs below 40 frames a second) the grid steps to the next
    coarser size, below ``fast`` back to the next finer. A median, so that one slow frame
    (the first, which compiles shaders) changes nothing.
    """

    def __init__(self, slow: float = 0.025, fast: float = 0.010, settle: int = 8) -> None:
        self.slow, self.fast, self.settle = slow, fast, settle
        self.level = len(RESOLUTIONS) - 1
        self._frames: list[float] = []

    @property
    def resolution(self) -> int:
        return RESOLUTIONS[self.level]

    def frame(self, seconds: float) -> bool:
        """Note one frame's time; True when the resolution has changed."""
        self._frames = [*self._frames[1 - self.settle :], seconds]
        if len(self._frames) < self.settle:
            return False
        typical = float(np.median(self._frames))
        if typical > self.slow and self.level > 0:
            self.level -= 1
        elif typical < self.fast and self.level < len(RESOLUTIONS) - 1:
            self.level += 1
        else:
            return False
        self._frames = []
        return True


_CONTEXT: tuple[QOpenGLContext, QOffscreenSurface] | None = None


def _gl_context() -> tuple[QOpenGLContext, QOffscreenSurface]:
    """The one OpenGL context every 3D view draws with, and the surface it is made current
    on. One context for all: pyqtgraph keeps its compiled shaders per process."""
    global _CONTEXT
    if _CONTEXT is None:
        surface_format = QSurfaceFormat.defaultFormat()
        surface_format.setDepthBufferSize(24)
        surface_format.setStencilBufferSize(8)
        context = QOpenGLContext()
        context.setFormat(surface_format)
        if not context.create():
            raise RuntimeError("cannot create an OpenGL context")
        surface = QOffscreenSurface()
        surface.setFormat(context.format())
        surface.create()
        _CONTEXT = (context, surface)
    return _CONTEXT


class _GLView(pg_adapter.gl_view_mixin(), QWidget):
    """pyqtgraph's 3D view drawn off screen into a framebuffer, shown as an image.

    A ``QOpenGLWidget`` makes Qt composite the whole top-level window with OpenGL on every
    repaint of any widget in it (under software OpenGL about 40 ms a frame at 1280 x 720),
    and a native OpenGL child window costs about 6 ms a frame just to swap its buffers
    there. Drawing into a framebuffer object and reading the picture back costs about
    0.5 ms, and the view is then an ordinary widget: ``grab()``, tooltips and focus work as
    for any other.

    Items added with ``dynamic=True`` (the path and the markers that move while a run
    plays) are drawn every frame; the others (the surface, its grid, the axes and the
    labels) are drawn once into a second framebuffer, colour and depth, which each frame
    starts from, until one of them changes or the camera moves. The labels
    (:class:`_Label`) become an image laid over the picture. :attr:`frameDrawn` gives each
    frame's time (drawing and reading back) in seconds.
    """

    frameDrawn = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[object, QColor, QFont, str, int]] = []
        self._fbo: QOpenGLFramebufferObject | None = None
        self._static_fbo: QOpenGLFramebufferObject | None = None
        self._static_key: tuple | None = None  # what the static layer was drawn for
        self._labels_image: QImage | None = None
        self._dynamic: set[int] = set()  # ids of the items drawn every frame
        self._layer: str | None = None  # "static" or "dynamic" while drawing one
        self.static_renders = 0  # how often the static layer has been drawn
        self._initialised = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def addItem(self, item, dynamic: bool = False) -> None:
        if dynamic:
            self._dynamic.add(id(item))
        else:
            # a change to a static item (setData, setVisible, ...): the static layer is
            # drawn anew on the next frame
            pg_adapter.on_update(item, self._static_changed)
        super().addItem(item)

    def _static_changed(self) -> None:
        self._static_key = None

    def removeItem(self, item) -> None:
        self._dynamic.discard(id(item))
        self._static_key = None
        super().removeItem(item)

    def setBackgroundColor(self, *args, **kwargs) -> None:
        self._static_key = None
        super().setBackgroundColor(*args, **kwargs)

    # what GLViewMixin and the items ask of a QOpenGLWidget
    def isValid(self) -> bool:
        return self._initialised

    def context(self) -> QOpenGLContext:
        return _gl_context()[0]

    def makeCurrent(self) -> bool:
        try:
            context, surface = _gl_context()
        except RuntimeError:  # no context to be had (a driver gone): the background only
            return False
        return context.makeCurrent(surface)

    def doneCurrent(self) -> None:
        self.context().doneCurrent()

    def grabFramebuffer(self) -> QImage:
        """The view as drawn now, labels included."""
        image = self._render()
        if image is None:
            image = QImage(max(self.width(), 1), max(self.height(), 1), QImage.Format.Format_RGB32)
            image.fill(pg_adapter.background_colour(self))
            return image
        if self._labels_image is not None:
            painter = QPainter(image)
            painter.drawImage(0, 0, self._labels_image)
            painter.end()
        return image

    def queue_text(
        self, position, color: QColor, font: QFont, text: str, priority: int = 0
    ) -> None:
        """Draw ``text`` at the widget position ``position`` over the 3D picture; where
        labels would overlap, those of lower ``priority`` keep their place."""
        self._texts.append((position, color, font, text, priority))

    def drawItemTree(self, item=None, useItemNames=False) -> None:
        if item is None and self._layer is not None:
            dynamic = self._layer == "dynamic"
            with pg_adapter.drawing_only(self, lambda i: (id(i) in self._dynamic) == dynamic):
                super().drawItemTree(None, useItemNames)
        else:
            super().drawItemTree(item, useItemNames)

    def paintEvent(self, event) -> None:
        started = time.perf_counter()
        image = self._render()
        painter = QPainter(self)
        if image is None:  # no context at the moment: the background alone
            painter.fillRect(self.rect(), pg_adapter.background_colour(self))
        else:
            painter.drawImage(0, 0, image)
            if self._labels_image is not None:
                painter.drawImage(0, 0, self._labels_image)
        painter.end()
        self.frameDrawn.emit(time.perf_counter() - started)

    def _render(self) -> QImage | None:
        """Draw the items into the framebuffer; the picture, or None without a context."""
        if not self.makeCurrent():
            return None
        if not self._initialised:
            self._initialised = True
            self.initializeGL()
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        if self._fbo is None or self._fbo.size() != size:
            attachments = QOpenGLFramebufferObjectFormat()
            attachments.setAttachment(QOpenGLFramebufferObject.Attachment.CombinedDepthStencil)
            self._fbo = QOpenGLFramebufferObject(size, attachments)
            self._static_fbo = QOpenGLFramebufferObject(size, attachments)
            self._static_key = None
        camera = self.cameraParams()
        centre = camera["center"]
        key = (size.width(), size.height(), ratio, camera["distance"], camera["fov"])
        key += (camera.get("elevation"), camera.get("azimuth"), str(camera.get("rotation")))
        key += (centre.x(), centre.y(), centre.z())
        region = self.getViewport()
        if key != self._static_key:
            self._draw_layer(self._static_fbo, "static", region, size, clear=True)
            self._labels_image = self._label_layer(size, ratio)
            self._static_key = key
            self.static_renders += 1
        QOpenGLFramebufferObject.blitFramebuffer(
            self._fbo,
            self._static_fbo,
            GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT,
        )
        self._draw_layer(self._fbo, "dynamic", region, size, clear=False)
        self._fbo.bind()
        try:
            image = self._fbo.toImage()
        finally:
            self._fbo.release()
        image.setDevicePixelRatio(ratio)
        return image

    def _draw_layer(self, fbo, layer: str, region, size: QSize, clear: bool) -> None:
        fbo.bind()
        self._layer = layer
        try:
            GL.glViewport(0, 0, size.width(), size.height())
            self.setProjection(region, region)
            self.setModelview()
            if clear:
                GL.glClearColor(*pg_adapter.background_colour(self).getRgbF())
                GL.glClear(GL.GL_DEPTH_BUFFER_BIT | GL.GL_COLOR_BUFFER_BIT)
            self._texts.clear()
            self.drawItemTree()
        finally:
            self._layer = None
            fbo.release()

    def _label_layer(self, size: QSize, ratio: float) -> QImage | None:
        """The labels the static layer queued, on a transparent image."""
        if not self._texts:
            return None
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        bounds = QRectF(0, 0, size.width() / ratio, size.height() / ratio)
        for position, color, font, text in _separated(self._texts, bounds):
            painter.setPen(color)
            painter.setFont(font)
            painter.drawText(position, text)
        painter.end()
        self._texts.clear()
        return image


class _Label(gl.GLTextItem):
    """A text label placed in 3D and drawn flat by its :class:`_GLView` with the others;
    where labels would overlap, those of lower ``priority`` keep their place."""

    priority = 0

    def paint(self) -> None:
        label = pg_adapter.gl_text(self)
        if not label.text:
            return
        corner = self.compute_projection().map(QVector3D(*label.position)).toPointF()
        self.view().queue_text(
            self.align_text(corner), label.colour, label.font, label.text, self.priority
        )


class _OverlayLine(gl.GLLinePlotItem):
    """A line that is depth-tested but writes no depth.

    An antialiased line whose segments overlap (a long path of short steps) would otherwise
    hide itself behind the faint edges of its own earlier segments and look dark.
    """

    def paint(self) -> None:
        GL.glDepthMask(GL.GL_FALSE)
        try:
            super().paint()
        finally:
            GL.glDepthMask(GL.GL_TRUE)


class _BoxMap(NamedTuple):
    """The linear map from (b, m, error) to the world box."""

    b_min: float
    b_span: float
    m_min: float
    m_span: float
    e_min: float
    e_span: float
    m_toward_viewer: bool  # True: m_max at y = -HALF_WIDTH (the side nearest the camera)
    elevation: float  # degrees the default camera must rise to see the lowest point

    @classmethod
    def fit(cls, b: np.ndarray, m: np.ndarray, error: np.ndarray) -> _BoxMap:
        """The map for this grid, with m turned so the lowest point is easiest to see."""

        def span(lo: float, hi: float) -> float:
            return hi - lo if hi > lo else 1.0

        b_min, m_min, e_min = float(b[0]), float(m[0]), float(error.min())
        b_span, m_span = span(b_min, float(b[-1])), span(m_min, float(m[-1]))
        e_span = span(e_min, float(error.max()))
        z = (error - e_min) * (HEIGHT / e_span)
        away, toward = _sight_elevation(z, False), _sight_elevation(z, True)
        return cls(b_min, b_span, m_min, m_span, e_min, e_span, toward < away, min(away, toward))

    def x(self, b):
        return (np.asarray(b, dtype=np.float64) - self.b_min) / self.b_span * (
            2 * HALF_WIDTH
        ) - HALF_WIDTH

    def y(self, m):
        unit = (np.asarray(m, dtype=np.float64) - self.m_min) / self.m_span
        if self.m_toward_viewer:
            unit = 1.0 - unit
        return unit * (2 * HALF_WIDTH) - HALF_WIDTH

    def z(self, error):
        return (np.asarray(error, dtype=np.float64) - self.e_min) / self.e_span * HEIGHT

    def points(self, b, m, error, lift: float = 0.0) -> np.ndarray:
        """``(N, 3)`` float32 world positions, clipped to the box."""
        pos = np.empty((np.size(b), 3), dtype=np.float32)
        pos[:, 0] = np.clip(self.x(b), -HALF_WIDTH, HALF_WIDTH)
        pos[:, 1] = np.clip(self.y(m), -HALF_WIDTH, HALF_WIDTH)
        pos[:, 2] = np.clip(self.z(error), 0.0, HEIGHT) + lift
        return pos


#: The axes' default names (English; shown translated, context "SurfacePanel").
_AXIS_NAMES = (
    QT_TRANSLATE_NOOP("SurfacePanel", "b (intercept)"),
    QT_TRANSLATE_NOOP("SurfacePanel", "m (slope)"),
    QT_TRANSLATE_NOOP("SurfacePanel", "error (MSE)"),
)


class SurfacePanel(QWidget):
    """The error surface in 3D, with the descent path, the current line and the optimum.

    Drag to rotate, scroll to zoom (``GLViewWidget``'s own controls). All methods must be
    called from the GUI thread.

    :attr:`resolution` is the grid size the panel wants its surface at; it follows how
    fast the view draws (:class:`ResolutionGovernor`), and :attr:`resolutionChanged` asks
    for a surface at the new size.
    """

    resolutionChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surfaceView")
        self.setAccessibleName(self.tr("Error surface, 3D"))
        self.surface_grid: tuple | None = None  # (b, m, error) shown
        self.setAccessibleDescription(
            self.tr(
                "The error for every intercept b and slope m, with the descent path on it. "
                "Drag to rotate, scroll to zoom."
            )
        )

        self.title = QLabel(self.tr("Error surface E(b, m)"), self)
        self.title.setObjectName("surfaceTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.view = _GLView(self)
        self.view.setObjectName("surfaceGLView")
        self.view.setMinimumSize(200, 150)
        self.view.setToolTip(
            self.tr("Drag to rotate, scroll to zoom, double-click to reset the view")
        )
        self._camera = (CAMERA_DISTANCE, CAMERA_ELEVATION)  # as last placed by the panel
        self._wanted_elevation = CAMERA_ELEVATION
        self.view.installEventFilter(self)
        self.governor = ResolutionGovernor()
        self.view.frameDrawn.connect(self._frame_drawn)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

        self._lut = pg.colormap.get("viridis").getLookupTable(0.0, 1.0, 256, alpha=True)
        self._map: _BoxMap | None = None
        self._extent: tuple[float, ...] | None = None  # b, m and error: min and max of each
        self._path: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._compare: list[tuple[np.ndarray, np.ndarray, np.ndarray] | None] = []
        self._compare_lines: list[_OverlayLine] = []
        self._optimizers: list[str | None] = []  # each compared run's rule
        self._arrows: tuple | None = None
        self.show_arrows = True
        self.show_optimum = True
        self._my_point: tuple[float, float, float] | None = None
        self._names = tuple(self.tr(name) for name in _AXIS_NAMES)
        self._short_names = False  # the axes named without their parenthesis
        self._theme: Theme | None = None  # what the view is dressed in

        self._make_items()
        self.apply_theme(LIGHT)
        self._update_labels()
        self.reset_camera()

    # -- public API ---------------------------------------------------------------------

    @property
    def resolution(self) -> int:
        """Points a side of the surface grid this panel draws fluidly."""
        return self.governor.resolution

    def set_surface(
        self,
        b: np.ndarray,
        m: np.ndarray,
        error: np.ndarray,
        optimum: tuple[float, float, float],
    ) -> None:
        """Show the error ``error[i, j] = E(b[j], m[i])`` over the grid, and the optimum.

        ``b`` (nb,) and ``m`` (nm,) increase; ``error`` has shape (nm, nb), row-major.
        ``optimum`` is ``(b*, m*, E*)``. The box is refitted to this extent.
        """
        b = np.asarray(b, dtype=np.float64)
        m = np.asarray(m, dtype=np.float64)
        error = np.asarray(error, dtype=np.float64)
        if error.shape != (m.size, b.size) or min(error.shape) < 2:
            raise ValueError(
                f"error must have shape (len(m), len(b)) = ({m.size}, {b.size}), at least "
                f"2 x 2 (got {error.shape})"
            )
        self.surface_grid = (b, m, error)  # the grid shown, for reading
        box = self._map = _BoxMap.fit(b, m, error)
        self._extent = (b[0], b[-1], m[0], m[-1], error.min(), error.max())

        # GLSurfacePlotItem wants z[i, j] at (x[i], y[j]): the transpose of row-major.
        z = box.z(error.T).astype(np.float32)
        shade = np.clip(z * (255.0 / HEIGHT), 0, 255).astype(np.intp)
        colors = self._lut[shade].reshape(-1, 4)
        self._surface.setData(
            x=box.x(b).astype(np.float32), y=box.y(m).astype(np.float32), z=z, colors=colors
        )
        self._mesh.setData(pos=self._mesh_lines(box.x(b), box.y(m), z))

        star = box.points(*([float(v)] for v in optimum), lift=PATH_LIFT)
        self._optimum_ring.setData(pos=star)
        self._optimum_dot.setData(pos=star)
        for item in (self._surface, self._mesh):
            item.setVisible(True)
        for item in (self._optimum_ring, self._optimum_dot):
            item.setVisible(self.show_optimum)
        self._update_my_point()

        self._wanted_elevation = float(
            np.clip(box.elevation + 8.0, CAMERA_ELEVATION, CAMERA_MAX_ELEVATION)
        )
        self._update_path()
        self._update_arrows()
        self._update_labels()
        self._place_camera()

    def set_path(self, b: np.ndarray, m: np.ndarray, error: np.ndarray) -> None:
        """Show the descent path so far; its last point is the current state.

        The path may have a single point. It is drawn with the surface's map, clipped to
        the box; before the first :meth:`set_surface` it is kept and drawn later.
        """
        self._path = (
            np.asarray(b, dtype=np.float64),
            np.asarray(m, dtype=np.float64),
            np.asarray(error, dtype=np.float64),
        )
        self._update_main_path()

    def set_runs(self, count: int, optimizers: list[str] | None = None) -> None:
        """Make room for ``count`` compared runs' paths, each in its rule's colour and
        line style (``optimizers``: each compared run's rule, run 2 first)."""
        for line in self._compare_lines:
            self.view.removeItem(line)
        self._compare_lines = []
        self._optimizers = list(optimizers or [])
        for _ in range(count):
            line = _OverlayLine(mode="lines", antialias=True, glOptions="translucent")
            line.setVisible(False)
            self.view.addItem(line, dynamic=True)
            self._compare_lines.append(line)
        self._compare = [None] * count
        self._dress_compare_lines()

    def _rule(self, index: int) -> str | None:
        return self._optimizers[index] if index < len(self._optimizers) else None

    def _dress_compare_lines(self) -> None:
        """Each compared path in its rule's colour, in a dark theme's shade."""
        theme = self._theme
        for index, line in enumerate(self._compare_lines):
            colour = QColor(style.rule_colour(theme, self._rule(index), on_dark=_on_dark(theme)))
            rgba = (colour.redF(), colour.greenF(), colour.blueF(), 1.0)
            line.setData(color=rgba, width=theme.line(PATH_WIDTH))

    def set_compare_path(self, index: int, b, m, error) -> None:
        """Path of compared run ``index`` (run 2 is index 1)."""
        self._compare[index - 1] = (
            np.asarray(b, dtype=np.float64),
            np.asarray(m, dtype=np.float64),
            np.asarray(error, dtype=np.float64),
        )
        self._update_compare_line(index - 1)

    def set_arrows(self, point, gradient, previous, length: float = 1.0) -> None:
        """The step that led to ``point`` and the negative gradient there.

        ``point`` and ``previous`` are ``(b, m, error)`` (``previous`` None at iteration 0);
        ``gradient`` is ``(∂E/∂b, ∂E/∂m)``. The gradient arrow lies flat at the point's
        height, pointing downhill in the box's own scaling, ``length`` (a fraction, see
        :func:`gdviz.core.geometry.arrow_fraction`) of one sixth of the box wide: none
        at the optimum.
        """
        self._arrows = (point, gradient, previous, length)
        self._update_arrows()

    def set_show_arrows(self, show: bool) -> None:
        self.show_arrows = show
        self._update_arrows()

    def set_show_optimum(self, show: bool) -> None:
        """Show the optimum's marker (hidden while the class predicts)."""
        if bool(show) == self.show_optimum:
            return
        self.show_optimum = bool(show)
        for item in (self._optimum_ring, self._optimum_dot):
            item.setVisible(self.show_optimum and self._map is not None)
        self._update_labels()

    def set_my_point(self, point: tuple[float, float, float] | None) -> None:
        """My line's ``(b, m, error)`` on the surface; None removes it."""
        self._my_point = None if point is None else tuple(float(v) for v in point)
        self._update_my_point()

    def _update_my_point(self) -> None:
        shown = self._my_point is not None and self._map is not None
        if shown:
            pos = self._map.points(*([v] for v in self._my_point), lift=PATH_LIFT)
            self._my_ring.setData(pos=pos)
            self._my_dot.setData(pos=pos)
        self._my_ring.setVisible(shown)
        self._my_dot.setVisible(shown)

    def set_axis_names(
        self,
        b_label: str | None = None,
        m_label: str | None = None,
        z_label: str | None = None,
    ) -> None:
        """Name the three axes (shown at the box's edges; by default
        ``"b (intercept)"``, ``"m (slope)"``, ``"error (MSE)"``, translated)."""
        given = (b_label, m_label, z_label)
        self._names = tuple(
            self.tr(default) if name is None else name
            for name, default in zip(given, _AXIS_NAMES, strict=True)
        )
        self._update_labels()
        self._place_camera()

    def apply_theme(self, theme: Theme) -> None:
        """Dress the view in ``theme``.

        The view's own background and ink (the theme's surface colours) for the axes,
        grid and labels; the labels' and the title's type size; the widths of the paths
        and the gradient arrow and the sizes of the markers. The surface keeps its
        colour map, the path its orange and the markers their colours in every theme.
        """
        if theme == self._theme:
            return
        self._theme = theme
        self.set_palette(theme.surface_background, theme.surface_foreground)
        font = self.title.font()
        font.setPointSizeF(theme.title_pt)
        self.title.setFont(font)
        self._path_line.setData(width=theme.line(PATH_WIDTH))
        self._dress_compare_lines()
        self._gradient_line.setData(width=theme.line(ARROW_WIDTH))
        for item, size in self._marker_sizes:
            item.setData(size=theme.marker(size))
        self.set_text_scale(theme.tick_pt / style.TICK_POINT_SIZE)

    def set_palette(self, background: str, foreground: str) -> None:
        """Colour the background, and the labels, axes and grid (``foreground``)."""
        self.view.setBackgroundColor(background)
        fg = QColor(foreground)
        self._axes.setData(color=(fg.redF(), fg.greenF(), fg.blueF(), 0.8))
        grid = QColor(fg)
        grid.setAlphaF(0.22)
        self._floor.setColor(grid)
        for item in self._labels.values():
            item.setData(color=fg)

    def set_text_scale(self, scale: float) -> None:
        """Labels ``scale`` times their usual size (large type for a projector)."""
        if scale > 0 and scale != self._text_scale:
            self._text_scale = float(scale)
            self._size_fonts(max(self.view.width(), 1))
            self._update_labels()
            self._place_camera()

    def grab_image(self) -> QImage:
        """The view as drawn now (renders a frame if needed)."""
        return self.view.grabFramebuffer()

    def reset_camera(self) -> None:
        """Put the camera back where the panel chooses it (double-clicking the view does this)."""
        self._camera = (CAMERA_DISTANCE, CAMERA_ELEVATION)
        self.view.setCameraPosition(
            pos=QVector3D(0.0, 0.0, CAMERA_CENTRE_Z),
            distance=CAMERA_DISTANCE,
            elevation=CAMERA_ELEVATION,
            azimuth=CAMERA_AZIMUTH,
        )
        self._place_camera()

    # -- internals ----------------------------------------------------------------------

    def _frame_drawn(self, seconds: float) -> None:
        if self._map is not None and self.governor.frame(seconds):
            self.resolutionChanged.emit(self.governor.resolution)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view:
            if event.type() == QEvent.Type.Resize:
                self._place_camera()
            elif event.type() == QEvent.Type.MouseButtonDblClick:
                self.reset_camera()
                return True
        return super().eventFilter(watched, event)

    def _place_camera(self) -> None:
        """Frame the box for the view's shape and the surface's valley.

        Only while the camera is where the panel last put it: once the user has rotated or
        zoomed, the view is theirs.
        """
        now = self.view.cameraParams()
        distance, elevation = self._camera
        if (
            abs(now["distance"] - distance) > 1e-6
            or abs(now["elevation"] - elevation) > 1e-6
            or abs(now["azimuth"] - CAMERA_AZIMUTH) > 1e-6
        ):
            return
        width, height = max(self.view.width(), 1), max(self.view.height(), 1)
        self._size_fonts(width)
        # Wider than the default shape: the height limits, step back in proportion.
        wide = max(1.0, width / height / CAMERA_ASPECT)
        # The labels left and right of the box are fixed in pixels: in a narrow view, step
        # back until the box (half the width at the default distance, with its label gaps
        # a quarter more) and the labels fit in 88 % of the width. Where the full names
        # would push the camera back by more than a quarter, the axes are named short.
        narrow = 1.0
        for short in (False, True):
            if self._short_names != short:
                self._short_names = short
                self._update_labels()
            narrow = self._label_step_back(width)
            if narrow <= SHORT_NAMES_ABOVE:
                break

        # Looking down more steeply, the box's depth shows more than its height loses.
        def extent(elevation: float) -> float:
            angle = np.radians(elevation)
            return 2 * HALF_WIDTH * np.sin(angle) + HEIGHT * np.cos(angle)

        steep = max(1.0, extent(self._wanted_elevation) / extent(CAMERA_ELEVATION))
        self._camera = (float(CAMERA_DISTANCE * wide * narrow * steep), self._wanted_elevation)
        self.view.setCameraParams(distance=self._camera[0], elevation=self._camera[1])

    def _label_step_back(self, width: int) -> float:
        """How much farther the camera must be for the labels beside the box to fit."""
        labels = self._labels
        left = max(
            self._text_width(labels["e_min"]),
            self._text_width(labels["e_max"]),
            self._text_width(labels["e_name"]) / 2,
        )
        right = max(self._text_width(labels[k]) for k in ("m_min", "m_max", "m_name"))
        room = max(0.88 * width - left - right, 0.3 * width)
        return max(1.0, 0.625 * width / room)

    def _size_fonts(self, width: int) -> None:
        """Labels as large as the view allows: 16 px numbers and 18 px names from 800 px
        wide, times the text scale (:meth:`set_text_scale`), but never so large that the
        box shrinks to a speck between them in a small view (presentation type in a
        quarter of the screen): at most a 30th of the width for numbers, a 24th for names
        (times the square root of the text scale: larger type stays larger).
        """
        scale = self._text_scale
        numbers = round(float(scale * np.clip(round(width / 50), 12, 16)))
        names = round(float(scale * np.clip(round(width / 45), 12, 18)))
        room = float(np.sqrt(scale))
        numbers = min(numbers, round(room * max(10, width / 30)))
        names = min(names, round(room * max(11, width / 24)))
        if (numbers, names) == self._font_sizes:
            return
        self._font_sizes = (numbers, names)
        for key, item in self._labels.items():
            item.setData(font=_font(names, bold=True) if key.endswith("name") else _font(numbers))

    @staticmethod
    def _text_width(item: _Label) -> int:
        label = pg_adapter.gl_text(item)
        return QFontMetrics(label.font).horizontalAdvance(label.text)

    def _make_items(self) -> None:
        view = self.view

        self._floor = gl.GLGridItem(glOptions="translucent")
        self._floor.setSize(2 * HALF_WIDTH, 2 * HALF_WIDTH, 1)
        self._floor.setSpacing(1, 1, 1)
        self._floor.translate(0, 0, FLOOR_Z)
        view.addItem(self._floor)

        # Three edges of the box: b along the front, m along the right, error up the
        # front-left corner (nothing stands between it and the camera there).
        edges = np.array(
            [
                [-HALF_WIDTH, -HALF_WIDTH, FLOOR_Z],
                [HALF_WIDTH, -HALF_WIDTH, FLOOR_Z],
                [HALF_WIDTH, -HALF_WIDTH, FLOOR_Z],
                [HALF_WIDTH, HALF_WIDTH, FLOOR_Z],
                [-HALF_WIDTH, -HALF_WIDTH, FLOOR_Z],
                [-HALF_WIDTH, -HALF_WIDTH, HEIGHT],
            ],
            dtype=np.float32,
        )
        self._axes = gl.GLLinePlotItem(
            pos=edges, mode="lines", width=2, antialias=True, glOptions="translucent"
        )
        self._axes.setDepthValue(-1)  # before the floor grid, whose border lines coincide
        view.addItem(self._axes)

        self._surface = gl.GLSurfacePlotItem(
            computeNormals=False, smooth=False, shader=None, glOptions="opaque"
        )
        self._surface.setVisible(False)
        view.addItem(self._surface)

        self._mesh = _OverlayLine(
            mode="lines", color=MESH_COLOR, width=1, antialias=False, glOptions="translucent"
        )
        self._mesh.setVisible(False)
        view.addItem(self._mesh)

        self._path_line = _OverlayLine(
            mode="line_strip",
            color=PATH_COLOR,
            width=PATH_WIDTH,
            antialias=True,
            glOptions="translucent",
        )
        self._path_line.setVisible(False)
        view.addItem(self._path_line, dynamic=True)

        self._gradient_line = gl.GLLinePlotItem(
            mode="lines", color=(1, 1, 1, 1), width=ARROW_WIDTH, antialias=True, glOptions=_ON_TOP
        )
        self._gradient_line.setDepthValue(9)
        self._gradient_line.setVisible(False)
        view.addItem(self._gradient_line, dynamic=True)

        def marker(color, size, depth):
            item = gl.GLScatterPlotItem(color=color, size=size, pxMode=True, glOptions=_ON_TOP)
            item.setDepthValue(depth)
            item.setVisible(False)
            # drawn every frame, the optimum too: it goes over the current point
            view.addItem(item, dynamic=True)
            return item

        # The optimum is drawn over the (larger) current point: at convergence it shows as a
        # white bull's eye in the red disc instead of vanishing under it.
        self._current_ring = marker(RING_LIGHT, 24, 10)
        self._current_dot = marker(CURRENT_COLOR, 18, 11)
        self._optimum_ring = marker(RING_DARK, 15, 12)
        self._optimum_dot = marker(OPTIMUM_COLOR, 10, 13)
        self._my_ring = marker(RING_LIGHT, 19, 14)
        self._my_dot = marker(MY_LINE_COLOR, 14, 15)
        self._marker_sizes = (
            (self._my_ring, 19),
            (self._my_dot, 14),
            (self._current_ring, 24),
            (self._current_dot, 18),
            (self._optimum_ring, 15),
            (self._optimum_dot, 10),
        )

        self._labels: dict[str, _Label] = {}
        for axis in ("b", "m", "e"):
            for key in (f"{axis}_min", f"{axis}_max", f"{axis}_name"):
                item = self._labels[key] = _Label()
                item.priority = 1 if key.endswith("name") else 0  # names make way
                item.setDepthValue(20)
                view.addItem(item)
        self._font_sizes = (0, 0)
        self._text_scale = 1.0
        self._size_fonts(CAMERA_WIDTH)

    @staticmethod
    def _mesh_lines(x: np.ndarray, y: np.ndarray, z: np.ndarray, lines: int = 12) -> np.ndarray:
        """Segments of a sparse wireframe following the surface (``z[i, j]`` at x[i], y[j])."""
        nx, ny = z.shape
        xs = np.unique(np.linspace(0, nx - 1, min(lines, nx)).round().astype(int))
        ys = np.unique(np.linspace(0, ny - 1, min(lines, ny)).round().astype(int))
        lift = 0.01
        segments = []
        for i in xs:  # lines of constant b, running along m
            pts = np.column_stack((np.full(ny, x[i]), y, z[i] + lift))
            segments.append(np.stack((pts[:-1], pts[1:]), axis=1).reshape(-1, 3))
        for j in ys:  # lines of constant m, running along b
            pts = np.column_stack((x, np.full(nx, y[j]), z[:, j] + lift))
            segments.append(np.stack((pts[:-1], pts[1:]), axis=1).reshape(-1, 3))
        return np.ascontiguousarray(np.concatenate(segments), dtype=np.float32)

    def _update_path(self) -> None:
        """The main path and every compared one (after a new surface, say)."""
        self._update_main_path()
        for index in range(len(self._compare_lines)):
            self._update_compare_line(index)

    def _has_path(self) -> bool:
        return self._map is not None and self._path is not None and self._path[0].size > 0

    def _update_main_path(self) -> None:
        if not self._has_path():
            for item in (self._path_line, self._current_ring, self._current_dot):
                item.setVisible(False)
            return
        pos = self._map.points(*self._path, lift=PATH_LIFT)
        if len(pos) >= 2:
            self._path_line.setData(pos=_thinned(pos, PATH_SPACING))
            self._path_line.setVisible(True)
        else:
            self._path_line.setVisible(False)
        current = pos[-1:]
        self._current_ring.setData(pos=current)
        self._current_dot.setData(pos=current)
        self._current_ring.setVisible(True)
        self._current_dot.setVisible(True)

    def _update_compare_line(self, index: int) -> None:
        """Compared path ``index`` (0-based), drawn once the main path is."""
        if not self._has_path():
            return
        line, path = self._compare_lines[index], self._compare[index]
        if path is None or path[0].size < 2:
            line.setVisible(False)
            return
        pos = _thinned(self._map.points(*path, lift=PATH_LIFT), PATH_SPACING)
        pattern = DASHES.get(style.rule_dash(self._rule(index)), ())
        segments = geometry.dash_segments(pos, pattern)
        line.setData(pos=np.ascontiguousarray(segments, dtype=np.float32))
        line.setVisible(len(segments) > 0)

    def _update_arrows(self) -> None:
        if self._map is None or self._arrows is None or not self.show_arrows:
            self._gradient_line.setVisible(False)
            return
        point, gradient, _previous, length = self._arrows
        box = self._map
        start = box.points([point[0]], [point[1]], [point[2]], lift=2 * PATH_LIFT)[0]
        # downhill direction in world units: the box scales b and m differently
        wx = -gradient[0] * (2 * HALF_WIDTH) / box.b_span
        wy = -gradient[1] * (2 * HALF_WIDTH) / box.m_span * (-1 if box.m_toward_viewer else 1)
        longest = 2 * HALF_WIDTH / 6
        dx, dy = geometry.direction_of_length(wx, wy, 1.0, 1.0, longest * length)
        if abs(dx) + abs(dy) < 0.02 * longest:  # no downhill to speak of: the optimum
            self._gradient_line.setVisible(False)
            return
        tip = start + np.array([dx, dy, 0.0], dtype=np.float32)
        back = (start - tip) * 0.35
        side = np.array([-back[1], back[0], 0.0], dtype=np.float32) * 0.5
        segments = [start, tip, tip, tip + back + side, tip, tip + back - side]
        self._gradient_line.setData(pos=np.array(segments, dtype=np.float32))
        self._gradient_line.setVisible(True)

    def _update_labels(self) -> None:
        labels = self._labels
        b_name, m_name, e_name = self._names
        if self._short_names:  # "b′" for "b′ (standardised)"
            b_name, m_name, e_name = (name.split(" (")[0] for name in self._names)
        w, gap, floor = HALF_WIDTH, 0.6, FLOOR_Z
        top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        above = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom

        labels["b_name"].setData(text=b_name, pos=(0.0, -w - 2.2 * gap, floor), alignment=top)
        # larger type needs more room where two labels meet at a corner
        room = gap * max(1.0, self._text_scale)
        labels["m_name"].setData(text=m_name, pos=(w + 2 * room, 0.0, floor), alignment=left)
        labels["e_name"].setData(text=e_name, pos=(-w, -w, HEIGHT + room), alignment=above)
        if self._map is None or self._extent is None:
            for key in ("b_min", "b_max", "m_min", "m_max", "e_min", "e_max"):
                labels[key].setData(text="")
            return

        b_lo, b_hi, m_lo, m_hi, e_lo, e_hi = self._extent
        m_lo_y, m_hi_y = float(self._map.y(m_lo)), float(self._map.y(m_hi))
        labels["b_min"].setData(text=_number(b_lo), pos=(-w, -w - gap, floor), alignment=top)
        labels["b_max"].setData(text=_number(b_hi), pos=(w, -w - gap, floor), alignment=top)
        labels["m_min"].setData(text=_number(m_lo), pos=(w + room, m_lo_y, floor), alignment=left)
        labels["m_max"].setData(text=_number(m_hi), pos=(w + room, m_hi_y, floor), alignment=left)
        # the lowest error is about E*: hidden with the optimum
        low = _number(e_lo) if self.show_optimum else "?"
        labels["e_min"].setData(text=low, pos=(-w - gap, -w, 0.0), alignment=right)
        labels["e_max"].setData(text=_number(e_hi), pos=(-w - gap, -w, HEIGHT), alignment=right)
