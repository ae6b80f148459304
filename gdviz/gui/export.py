"""Save what the window shows: panels and the whole window as PNG or SVG, the path as CSV,
the run as an animated GIF (or MP4 where ffmpeg is installed).

Pictures are taken as drawn on screen. An OpenGL view (the 3D surface panel: any widget
with ``grab_image()`` and a ``view``) is missing its text in ``QWidget.grab()`` and is
blank in an SVG, so its own framebuffer image is painted over that spot; in an SVG it is
embedded as a picture, and the 3D panel alone is refused as SVG.

Animations ask the window to show a chosen set of iterations in turn
(``window.show_iteration(i)``, see :func:`gdviz.core.export.frame_iterations`), grab it
each time, and put the original iteration back afterwards. A progress dialog offers
Cancel; a cancelled or failed export leaves no file. All encoding and file writing is in
:mod:`gdviz.core.export`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGraphicsItem,
    QGraphicsView,
    QInputDialog,
    QMenuBar,
    QProgressDialog,
    QWidget,
)

from ..core import export as core_export
from ..core.export import ExportError
from . import pg_adapter
from . import settings as app_settings

__all__ = [
    "ExportChoice",
    "ExportError",
    "add_export_actions",
    "export_animation",
    "export_choices",
    "export_path_csv",
    "export_widget_image",
    "export_window_image",
    "export_with_dialog",
    "file_filter",
    "mp4_available",
    "run_export",
    "widget_image",
]

#: Seconds the first and the last frame of an animation stay on screen.
HOLD_FIRST_S = 1.0
HOLD_LAST_S = 2.5
#: Width in pixels of a panel saved as PNG, unless another size is chosen: enough for a
#: slide on a 1920-pixel projector.
PANEL_WIDTH = 1920
#: The sizes File > Export offers for a PNG: label and width (None: as on screen).
#: The words here are English; the window shows them translated (context "export").
PNG_SIZES = (
    (QT_TRANSLATE_NOOP("export", "1920 pixels wide (a slide)"), 1920),
    (QT_TRANSLATE_NOOP("export", "3840 pixels wide (print, 4K)"), 3840),
    (QT_TRANSLATE_NOOP("export", "as on screen"), None),
)
#: Seconds between updates of the progress dialog while saving an animation.
PROGRESS_INTERVAL_S = 0.5

_FILTERS = {
    "png": QT_TRANSLATE_NOOP("export", "PNG image (*.png)"),
    "svg": QT_TRANSLATE_NOOP("export", "SVG vector image (*.svg)"),
    "csv": QT_TRANSLATE_NOOP("export", "CSV table (*.csv)"),
    "gif": QT_TRANSLATE_NOOP("export", "Animated GIF (*.gif)"),
    "mp4": QT_TRANSLATE_NOOP("export", "MP4 video (*.mp4)"),
}


def _tr(text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("export", …)``) in the window's language."""
    return QCoreApplication.translate("export", text)


def _is_gl_panel(widget: QWidget) -> bool:
    """An OpenGL panel: it has ``grab_image()`` and its GL ``view`` (as SurfacePanel)."""
    return callable(getattr(widget, "grab_image", None)) and isinstance(
        getattr(widget, "view", None), QWidget
    )


def _gl_views(widget: QWidget) -> list[QWidget]:
    """OpenGL panels shown in ``widget``, ``widget`` itself included."""
    candidates = [widget, *widget.findChildren(QWidget)]
    return [w for w in candidates if _is_gl_panel(w) and (w is widget or w.isVisibleTo(widget))]


def _paint_gl_views(painter: QPainter, widget: QWidget) -> None:
    for panel in _gl_views(widget):
        painter.drawImage(panel.view.mapTo(widget, QPoint(0, 0)), panel.grab_image())


def widget_image(widget: QWidget, scale: float = 1.0) -> QImage:
    """``widget`` as drawn on screen, with any OpenGL view's own image painted in.

    ``scale`` above 1 draws it again at that many pixels per screen pixel: lines, points
    and text stay sharp (the plots paint as vectors); an OpenGL view's picture is scaled
    up smoothly.
    """
    if scale <= 1.0:
        pixmap = widget.grab()
        if _gl_views(widget):
            painter = QPainter(pixmap)
            try:
                _paint_gl_views(painter, widget)
            finally:
                painter.end()
        return pixmap.toImage()
    width, height = round(widget.width() * scale), round(widget.height() * scale)
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(widget.palette().window().color())
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    try:
        with _vector_painting(widget):
            QWidget.render(widget, painter, QPoint(0, 0))  # not QGraphicsView.render
        for panel in _gl_views(widget):
            origin = panel.view.mapTo(widget, QPoint(0, 0))
            painter.drawImage(QRect(origin, panel.view.size()), panel.grab_image())
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)
    return image


def scale_for_width(widget: QWidget, width: int | None) -> float:
    """The scale that makes ``widget`` ``width`` pixels wide (never below the screen's)."""
    if not width:
        return 1.0
    return max(1.0, width / max(widget.width(), 1))


def _image_bytes(image: QImage | QPixmap, fmt: str = "PNG") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise ExportError(
            QCoreApplication.translate("export", "could not encode the picture as {format}").format(
                format=fmt
            )
        )
    buffer.close()
    return bytes(data.data())


def _rgb_array(image: QImage) -> np.ndarray:
    """A QImage as an ``(height, width, 3)`` uint8 RGB array (a copy)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return raw.reshape(height, stride)[:, : 3 * width].reshape(height, width, 3).copy()


def _suffix(path) -> str:
    return Path(os.fspath(path)).suffix.lower().lstrip(".")


@contextmanager
def _vector_painting(widget: QWidget):
    """Make the plots in ``widget`` paint as vectors while rendering into an SVG.

    A pyqtgraph view caches its background as a picture, and a scatter plot stamps its
    symbols from a picture: without the cache and in pyqtgraph's export mode (what its own
    exporters do), they draw as rectangles and paths.
    """
    views = [
        w for w in (widget, *widget.findChildren(QGraphicsView)) if isinstance(w, QGraphicsView)
    ]
    modes = [view.cacheMode() for view in views]
    items = [
        item
        for view in views
        if view.scene() is not None
        for item in view.scene().items()
        if hasattr(item, "setExportMode")
    ]
    # items a panel caches as pictures on screen (its data points) draw afresh too
    cached = [
        (item, item.cacheMode())
        for view in views
        if view.scene() is not None
        for item in view.scene().items()
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache
    ]
    for view in views:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    pg_adapter.set_export_mode(items, True)
    # a thick curve may be drawn as loose segments on screen (faster): one path in the SVG
    curves = [item for item in items if isinstance(item, pg.PlotCurveItem)]
    for curve in curves:
        curve.setSegmentedLineMode("off")
    try:
        yield
    finally:
        for curve in curves:
            curve.setSegmentedLineMode(pg.getConfigOption("segmentedLineMode"))
        pg_adapter.set_export_mode(items, False)
        for item, mode in cached:
            item.setCacheMode(mode)
        for view, mode in zip(views, modes, strict=True):
            view.setCacheMode(mode)


def _svg_of_widget(widget: QWidget, title: str) -> bytes:
    """Render a widget into an SVG; OpenGL views go in as embedded pictures."""
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.1 keeps clipping
    generator.setOutputDevice(buffer)
    generator.setResolution(96)  # the size in mm as on a common screen
    size = widget.size()
    generator.setSize(size)
    generator.setViewBox(QRect(QPoint(0, 0), size))
    generator.setTitle(title)
    generator.setDescription("Saved by gdviz")
    painter = QPainter(generator)
    try:
        with _vector_painting(widget):
            # QWidget's own render: QGraphicsView (every pyqtgraph plot) overrides render()
            QWidget.render(widget, painter, QPoint(0, 0))
        for panel in _gl_views(widget):
            origin = panel.view.mapTo(widget, QPoint(0, 0))
            painter.drawImage(QRect(origin, panel.view.size()), panel.grab_image())
        # A menu bar paints its background last, clipped around its items: Qt's SVG
        # generator loses that clip and the background hides the item names.
        for bar in widget.findChildren(QMenuBar):
            if bar.isVisibleTo(widget):
                origin = bar.mapTo(widget, QPoint(0, 0))
                painter.drawPixmap(QRect(origin, bar.size()), bar.grab())
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def export_widget_image(widget: QWidget, path, width: int | None = PANEL_WIDTH) -> None:
    """Save one panel (any widget) as PNG or SVG, by the file name's suffix.

    PNG is the widget drawn ``width`` pixels wide (default :data:`PANEL_WIDTH`, for
    slides; ``None``: as on screen). SVG is vector
    graphics from Qt's SVG generator (SVG 1.1, so plots stay clipped to their axes;
    pyqtgraph's own SVG exporter cannot parse what Qt 6.11 generates, pyqtgraph#3485).

    Raises
    ------
    ExportError
        For another suffix, for the 3D (OpenGL) panel as SVG ("the 3D view can be saved as
        PNG only"), or when the file cannot be written.
    """
    title = widget.accessibleName() or "gdviz"
    _export_image(widget, path, title, svg_ok=not _is_gl_panel(widget), width=width)


def export_window_image(window: QWidget, path, width: int | None = None) -> None:
    """Save the whole window as PNG or SVG (by suffix), the 3D view's picture included.

    A PNG is as on screen, or ``width`` pixels wide. In an SVG the window's widgets are
    vectors and the 3D view is an embedded picture.
    """
    _export_image(window, path, window.windowTitle() or "gdviz", svg_ok=True, width=width)


def _export_image(widget: QWidget, path, title: str, svg_ok: bool, width=None) -> None:
    """Save ``widget`` as PNG (``width`` pixels wide, or as on screen) or SVG (by suffix);
    ``title`` names the SVG, which only ``svg_ok`` widgets can be saved as (else the 3D
    view's refusal)."""
    kind = _suffix(path)
    if kind == "png":
        data = _image_bytes(widget_image(widget, scale_for_width(widget, width)))
    elif kind == "svg":
        if not svg_ok:
            raise ExportError(
                QCoreApplication.translate("export", "the 3D view can be saved as PNG only")
            )
        data = _svg_of_widget(widget, title)
    else:
        text = QCoreApplication.translate(
            "export", "cannot save {path}: give the file name .png or .svg"
        )
        raise ExportError(text.format(path=os.fspath(path)))
    core_export.write_output(path, data)


def export_path_csv(window, path) -> None:
    """Save the window's history (iteration, b, m, error, gradient, learning rate) as CSV."""
    core_export.write_history_csv(path, window.history.rows())


def mp4_available() -> bool:
    """Whether an MP4 can be written here (ffmpeg is installed)."""
    return core_export.find_ffmpeg() is not None


# --------------------------------------------------------------------------- animation


def panel_area(window) -> QWidget:
    """The smallest part of ``window`` that holds every panel it shows (not its menus,
    controls or messages)."""
    panels = getattr(window, "panels", None)
    shown = [p for p in panels().values() if p.isVisibleTo(window)] if panels else []
    if not shown:
        return window
    area = shown[0]
    while area is not window and not all(area.isAncestorOf(p) or area is p for p in shown):
        area = area.parentWidget()
    return area


def _animation_kind(window, path) -> str:
    """``"gif"`` or ``"mp4"``, by the suffix of ``path``; ExportError if it cannot be saved."""
    kind = _suffix(path)
    if kind not in ("gif", "mp4"):
        text = QCoreApplication.translate(
            "export", "cannot save {path}: give the file name .gif or .mp4"
        )
        raise ExportError(text.format(path=os.fspath(path)))
    if kind == "mp4" and not mp4_available():
        raise ExportError(
            QCoreApplication.translate(
                "export", "saving MP4 needs ffmpeg, which is not installed; save a GIF instead"
            )
        )
    if len(window.history) == 0:
        raise ExportError(
            QCoreApplication.translate(
                "export", "nothing to animate yet: load data and run the descent first"
            )
        )
    return kind


def _progress_dialog(total: int, parent: QWidget | None) -> QProgressDialog:
    """The modal progress of an animation being saved, with Cancel."""
    dialog = QProgressDialog(
        QCoreApplication.translate("export", "Saving the animation…"),
        QCoreApplication.translate("export", "Cancel"),
        0,
        total,
        parent,
    )
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(QCoreApplication.translate("export", "Export animation"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def export_animation(
    window,
    path,
    frames: int = 120,
    fps: float = 15,
    parent: QWidget | None = None,
    panel: QWidget | None = None,
) -> bool:
    """Save the run as an animated GIF, or an MP4 when the suffix is ``.mp4``.

    Shows up to ``frames`` iterations of ``window.history`` in turn with
    ``window.show_iteration(i)`` (dense in the first steps, see
    :func:`gdviz.core.export.frame_iterations`), grabs the panels shown (no menus,
    controls or messages; or only ``panel``) each time, and finally shows
    ``window.shown_iteration`` as it was before. A modal
    progress dialog (objectName ``exportProgress``) offers Cancel. The first frame stays
    :data:`HOLD_FIRST_S` seconds, the last :data:`HOLD_LAST_S`.

    Returns
    -------
    bool
        True if saved; False if cancelled (no file is written, an older one is kept).

    Raises
    ------
    ExportError
        When there is nothing to animate, MP4 is asked for without ffmpeg, or the file
        cannot be written.
    """
    kind = _animation_kind(window, path)
    last = window.history.last_iteration  # a long run's history may be thinned
    iterations = core_export.frame_iterations(last, max(int(frames), 2))
    target = panel if panel is not None else panel_area(window)
    total = len(iterations)
    previous = window.shown_iteration

    if parent is None and isinstance(window, QWidget):
        parent = window
    dialog = _progress_dialog(total, parent)
    frame_text = QCoreApplication.translate(
        "export", "Saving the animation: frame {done} of {count}"
    )

    def grab(iteration: int) -> np.ndarray:
        window.show_iteration(int(iteration))
        return _rgb_array(widget_image(target))

    def images() -> Iterator[np.ndarray]:
        for iteration in iterations:
            yield grab(iteration)

    shown = [0.0]  # when the dialog was last updated

    def progress(done: int, count: int) -> bool:
        # Updating the dialog processes events, which repaints the window too: a few
        # times a second is enough to show progress and notice Cancel.
        now = time.monotonic()
        if not dialog.wasCanceled() and (now - shown[0] >= PROGRESS_INTERVAL_S or done >= count):
            shown[0] = now
            dialog.setLabelText(frame_text.format(done=done, count=count))
            dialog.setValue(done)
        return not dialog.wasCanceled()

    try:
        if kind == "gif":
            durations = core_export.gif_durations(
                total, fps, hold_first_s=HOLD_FIRST_S, hold_last_s=HOLD_LAST_S
            )
            # one palette for the whole run, fitted to its first and last pictures
            samples = [grab(iterations[0]), grab(iterations[-1])] if total > 1 else None
            return core_export.write_gif(
                path, images(), durations, progress=progress, total=total, palette_from=samples
            )
        return core_export.write_mp4(
            path,
            images(),
            fps,
            progress=progress,
            total=total,
            hold_first_s=HOLD_FIRST_S,
            hold_last_s=HOLD_LAST_S,
        )
    except ValueError as err:  # e.g. the window was resized while saving
        text = QCoreApplication.translate("export", "cannot save {path}: {problem}")
        raise ExportError(text.format(path=os.fspath(path), problem=err)) from None
    finally:
        window.show_iteration(previous)
        dialog.close()
        dialog.deleteLater()


# --------------------------------------------------------------------------- menu


class ExportChoice(NamedTuple):
    """One entry of File > Export: what to save, and in which format.

    ``kind`` is the format ("png", "svg", "csv", "gif" or "mp4"); ``target`` is
    "window", "path", "animation" or a panel's attribute name on the window
    ("scatter", "error_panel", "surface", "contour").
    """

    label: str
    kind: str
    target: str
    name: str  # objectName of the menu action, e.g. "exportWindowPngAction"


#: The window's panels: attribute name, label in the menu, file name stem.
PANELS = (
    ("scatter", QT_TRANSLATE_NOOP("export", "Data and line"), "data"),
    ("error_panel", QT_TRANSLATE_NOOP("export", "Error curve"), "error-curve"),
    ("surface", QT_TRANSLATE_NOOP("export", "Error surface"), "error-surface"),
    ("contour", QT_TRANSLATE_NOOP("export", "Contour map"), "contours"),
)
#: What else File > Export saves: the whole window, the descent's path, the run.
_WINDOW = QT_TRANSLATE_NOOP("export", "Window")
_PATH = QT_TRANSLATE_NOOP("export", "Path")
_ANIMATION = QT_TRANSLATE_NOOP("export", "Animation")


def _choice_label(what: str, kind: str) -> str:
    """ "Contour map as PNG…", in the window's language (``what`` as marked)."""
    text = QCoreApplication.translate("export", "{what} as {format}…")
    return text.format(what=_tr(what), format=kind.upper())


def _action_name(stem: str, kind: str) -> str:
    words = stem.replace("-", " ").split()
    return "export" + "".join(w.capitalize() for w in words) + kind.capitalize() + "Action"


def export_choices(window) -> list[ExportChoice]:
    """The entries of a File > Export menu for ``window``, in menu order.

    The window as PNG and SVG; each panel as PNG, and as SVG unless it is the 3D view;
    the path as CSV; the run as GIF, and as MP4 when ffmpeg is installed.
    """
    choices = [
        ExportChoice(_choice_label(_WINDOW, k), k, "window", _action_name("window", k))
        for k in ("png", "svg")
    ]
    for attribute, label, stem in PANELS:
        widget = getattr(window, attribute, None)
        if widget is None:
            continue
        kinds = ("png",) if _is_gl_panel(widget) else ("png", "svg")
        for kind in kinds:
            choices.append(
                ExportChoice(_choice_label(label, kind), kind, attribute, _action_name(stem, kind))
            )
    choices.append(
        ExportChoice(_choice_label(_PATH, "csv"), "csv", "path", _action_name("path", "csv"))
    )
    for kind in ("gif", "mp4") if mp4_available() else ("gif",):
        choices.append(
            ExportChoice(
                _choice_label(_ANIMATION, kind), kind, "animation", _action_name("animation", kind)
            )
        )
    return choices


def _default_stem(choice: ExportChoice) -> str:
    stem = {"window": "window", "path": "path", "animation": "run"}.get(choice.target)
    if stem is None:
        stem = next((s for a, _, s in PANELS if a == choice.target), choice.target)
    return f"gdviz-{stem}"


def file_filter(kind: str) -> str:
    """The file dialog's filter for a format, e.g. ``"PNG image (*.png)"``."""
    return _tr(_FILTERS[kind])


def run_export(window, choice: ExportChoice, path, width: int | None = PANEL_WIDTH) -> bool:
    """Carry out ``choice`` into ``path`` (a PNG ``width`` pixels wide, None: as on
    screen); False only when an animation was cancelled."""
    if choice.target == "window":
        export_window_image(window, path, width if width != PANEL_WIDTH else None)
    elif choice.target == "path":
        export_path_csv(window, path)
    elif choice.target == "animation":
        return export_animation(window, path)
    else:
        export_widget_image(getattr(window, choice.target), path, width)
    return True


def ask_png_width(window, choice: ExportChoice) -> tuple[bool, int | None]:
    """Ask how wide a PNG should be (:data:`PNG_SIZES`); ``(False, None)`` if cancelled.

    A panel is offered a slide's width first, the window its size on screen first.
    """
    sizes = list(PNG_SIZES)
    if choice.target == "window":
        sizes.insert(0, sizes.pop())  # "as on screen" first
    labels = [_tr(label) for label, _ in sizes]
    label, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("export", "Picture size"),
        QCoreApplication.translate("export", "Save the picture"),
        labels,
        0,
        editable=False,
    )
    widths = dict(zip(labels, (width for _, width in sizes), strict=True))
    return ok, widths.get(label)


def _default_folder(window) -> str:
    """The last export folder, else the data file's folder if writable, else home."""
    folder = app_settings.app_settings().value("lastExportFolder", "")
    if folder and Path(str(folder)).is_dir():
        return str(folder)
    data_path = getattr(getattr(window, "dataset", None), "path", None)
    if data_path:
        parent = Path(data_path).resolve().parent
        package = Path(__file__).resolve().parent.parent  # not the bundled examples' folder
        bundled = parent == package or package in parent.parents
        if parent.is_dir() and os.access(parent, os.W_OK) and not bundled:
            return str(parent)
    return str(Path.home())


def export_with_dialog(window, choice: ExportChoice) -> bool:
    """Ask for a file name, export, and report the outcome in the window's message bar.

    Remembers the folder for next time. Returns True when a file was written.
    """
    suggested = str(Path(_default_folder(window)) / f"{_default_stem(choice)}.{choice.kind}")
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("export", "Export {what}").format(what=choice.label.rstrip("…")),
        suggested,
        file_filter(choice.kind),
    )
    if not path:
        return False
    if _suffix(path) != choice.kind:
        path += f".{choice.kind}"
    app_settings.app_settings().setValue("lastExportFolder", str(Path(path).parent))
    width = PANEL_WIDTH
    if choice.kind == "png":
        ok, width = ask_png_width(window, choice)
        if not ok:
            return False
    busy = choice.target != "animation"  # an animation shows its own progress
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        saved = run_export(window, choice, path, width)
    except ExportError as err:
        window.show_message(str(err), "error")
        return False
    finally:
        if busy:
            QApplication.restoreOverrideCursor()
    if saved:
        window.show_message(
            QCoreApplication.translate("export", "Saved {path}").format(path=path), "success"
        )
    else:
        window.show_message(
            QCoreApplication.translate("export", "Export cancelled; no file was written"), "info"
        )
    return saved


def add_export_actions(menu, window) -> list:
    """Fill ``menu`` (a QMenu, e.g. File > Export) with one action per export choice.

    Each action has the objectName of its :class:`ExportChoice` and runs
    :func:`export_with_dialog`. Returns the actions.
    """
    actions = []
    for choice in export_choices(window):
        if choice.target == "path" or (choice.target == "animation" and choice.kind == "gif"):
            menu.addSeparator()
        action = menu.addAction(choice.label)
        action.setObjectName(choice.name)
        action.setToolTip(
            QCoreApplication.translate("export", "Save {what}").format(
                what=choice.label.rstrip("…")
            )
        )
        action.triggered.connect(lambda _=False, c=choice: export_with_dialog(window, c))
        actions.append(action)
    return actions
