"""Exports from the window: panels and window as PNG/SVG, the path as CSV, animations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QMenu, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from gdviz.core import export as core_export
from gdviz.core.export import frame_iterations
from gdviz.core.history import HistoryBuffer
from gdviz.gui import export as gx

Image = pytest.importorskip("PIL.Image", reason="Pillow is needed to write GIFs")

SVG = "{http://www.w3.org/2000/svg}svg"


def colours(path) -> set[tuple[int, int, int]]:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), path
    return {tuple(c) for c in gx._rgb_array(image).reshape(-1, 3)}


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget(title="A test plot")
    widget.setBackground("w")
    widget.plot([0, 1, 2, 3], [0, 3, 1, 2], pen=pg.mkPen((213, 94, 0), width=4))
    widget.addItem(pg.ScatterPlotItem([0.5, 1.5], [1, 2], size=14, brush=pg.mkBrush(0, 114, 178)))
    widget.resize(400, 300)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_plot_as_png_shows_the_curve(plot, tmp_path):
    path = tmp_path / "plot.png"
    gx.export_widget_image(plot, path, width=None)  # as on screen
    image = QImage(str(path))
    assert (image.width(), image.height()) == (400, 300)
    found = colours(path)
    assert (213, 94, 0) in found  # the curve
    assert (255, 255, 255) in found  # the background
    assert len(found) > 20  # text and antialiasing: not a blank picture


def test_a_panel_png_is_wide_enough_for_a_slide_and_sharp(plot, tmp_path):
    """By default a panel is saved 1920 pixels wide, drawn again at that size: the
    curve's edge stays a few pixels wide, not a blur of a 400-pixel picture."""
    gx.export_widget_image(plot, tmp_path / "slide.png")
    image = QImage(str(tmp_path / "slide.png"))
    assert (image.width(), image.height()) == (1920, 1440)
    found = colours(tmp_path / "slide.png")
    assert (213, 94, 0) in found  # the curve in its own colour, not smeared
    gx.export_widget_image(plot, tmp_path / "print.png", width=3840)
    assert QImage(str(tmp_path / "print.png")).width() == 3840


def test_plot_as_svg_is_valid_vector_graphics(plot, tmp_path):
    path = tmp_path / "plot.svg"
    gx.export_widget_image(plot, path)
    text = path.read_text(encoding="utf-8")
    assert "<svg" in text
    root = ET.fromstring(text)
    assert root.tag == SVG
    assert root.get("viewBox") == "0 0 400 300"
    assert "A test plot" in text  # the title, as text
    assert "<image" not in text  # vectors, not pictures: background, curve and symbols
    assert "#d55e00" in text.lower()  # the curve's colour
    assert "#0072b2" in text.lower()  # the symbols' colour


def test_svg_leaves_the_plot_as_it_was(plot, tmp_path):
    gx.export_widget_image(plot, tmp_path / "before.png")
    gx.export_widget_image(plot, tmp_path / "plot.svg")
    gx.export_widget_image(plot, tmp_path / "after.png")
    assert QImage(str(tmp_path / "before.png")) == QImage(str(tmp_path / "after.png"))
    assert plot.cacheMode() == pg.GraphicsView.CacheModeFlag.CacheBackground


def test_unknown_suffix_is_refused(plot, tmp_path):
    with pytest.raises(gx.ExportError, match=r"give the file name \.png or \.svg$"):
        gx.export_widget_image(plot, tmp_path / "plot.jpg")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_a_one_line_message(plot, tmp_path):
    path = tmp_path / "missing" / "plot.png"
    with pytest.raises(gx.ExportError) as info:
        gx.export_widget_image(plot, path)
    assert str(info.value) == f"cannot write {path}: the folder does not exist"


class FakeGLPanel(QWidget):
    """Stands in for SurfacePanel: a title over a ``view`` whose picture is grab_image()."""

    def __init__(self):
        super().__init__()
        self.title = QLabel("Error surface")
        self.view = QWidget()
        self.view.setFixedSize(120, 80)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view)

    def grab_image(self) -> QImage:
        image = QImage(self.view.size(), QImage.Format.Format_RGB32)
        image.fill(QColor(200, 0, 200))
        return image


def test_gl_panel_png_has_its_own_picture_and_no_svg(qtbot, tmp_path):
    panel = FakeGLPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    path = tmp_path / "surface.png"
    gx.export_widget_image(panel, path)
    image = QImage(str(path))
    assert image.width() == gx.PANEL_WIDTH  # drawn again at a slide's width

    def at(point):  # a point of the panel, in the saved picture
        scale = image.width() / panel.width()
        return QColor(image.pixel(round(point.x() * scale), round(point.y() * scale)))

    assert at(panel.view.geometry().center()) == QColor(200, 0, 200)
    assert at(panel.title.geometry().center()) != QColor(200, 0, 200)
    with pytest.raises(gx.ExportError, match=r"^the 3D view can be saved as PNG only$"):
        gx.export_widget_image(panel, tmp_path / "surface.svg")
    assert [p.name for p in tmp_path.iterdir()] == ["surface.png"]


def test_window_svg_embeds_the_gl_picture(qtbot, tmp_path):
    outer = QWidget()
    layout = QVBoxLayout(outer)
    layout.addWidget(QLabel("Controls"))
    panel = FakeGLPanel()
    layout.addWidget(panel)
    qtbot.addWidget(outer)
    outer.show()
    qtbot.waitExposed(outer)
    gx.export_window_image(outer, tmp_path / "w.svg")
    text = (tmp_path / "w.svg").read_text(encoding="utf-8")
    assert ET.fromstring(text).tag == SVG
    assert "Controls" in text
    assert "<image" in text  # the GL picture
    gx.export_window_image(outer, tmp_path / "w.png")
    image = QImage(str(tmp_path / "w.png"))
    centre = panel.view.mapTo(outer, panel.view.rect().center())
    assert QColor(image.pixel(centre)) == QColor(200, 0, 200)


# --------------------------------------------------------------------------- the window


def test_window_panels_and_path(qtbot, window, tmp_path):
    qtbot.waitUntil(lambda: len(window.history) >= 1, timeout=5000)
    qtbot.mouseClick(window.controls.stepButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.history) >= 2, timeout=5000)

    gx.export_window_image(window, tmp_path / "window.png")
    assert QImage(str(tmp_path / "window.png")).size() == window.size()
    gx.export_window_image(window, tmp_path / "window.svg")
    assert ET.parse(tmp_path / "window.svg").getroot().tag == SVG

    # without OpenGL here, the surface panel is the 2D stand-in: PNG and SVG both work
    assert not hasattr(window.surface, "grab_image")
    for name in ("scatter", "error_panel", "surface", "contour"):
        gx.export_widget_image(getattr(window, name), tmp_path / f"{name}.png")
        assert QImage(str(tmp_path / f"{name}.png")).width() == gx.PANEL_WIDTH
        gx.export_widget_image(getattr(window, name), tmp_path / f"{name}.svg")
        assert len(colours(tmp_path / f"{name}.png")) > 20, name
        assert ET.parse(tmp_path / f"{name}.svg").getroot().tag == SVG

    gx.export_path_csv(window, tmp_path / "path.csv")
    table = np.loadtxt(tmp_path / "path.csv", delimiter=",", skiprows=1, ndmin=2)
    np.testing.assert_array_equal(table[:, 1], window.history.column("b"))
    np.testing.assert_array_equal(table[:, 3], window.history.column("error"))


def test_export_menu_and_dialog(qtbot, window, tmp_path, monkeypatch):
    menu = QMenu()
    actions = {a.objectName(): a for a in gx.add_export_actions(menu, window)}
    expected = {
        "exportWindowPngAction",
        "exportWindowSvgAction",
        "exportDataPngAction",
        "exportErrorCurveSvgAction",
        "exportErrorSurfacePngAction",
        "exportErrorSurfaceSvgAction",  # the 2D stand-in has SVG
        "exportContoursPngAction",
        "exportPathCsvAction",
        "exportAnimationGifAction",
    }
    assert expected <= set(actions)
    assert ("exportAnimationMp4Action" in actions) == gx.mp4_available()

    asked = []

    def save_name(parent, caption, suggested, filters):
        asked.append((caption, suggested, filters))
        return str(tmp_path / "contours"), filters  # no suffix typed: it is added

    monkeypatch.setattr(gx.QFileDialog, "getSaveFileName", save_name)
    sizes = []

    def pick_size(parent, title, label, items, current, editable):
        sizes.append(items)
        return items[current], True  # the first choice: a slide's width for a panel

    monkeypatch.setattr(gx.QInputDialog, "getItem", pick_size)
    actions["exportContoursPngAction"].trigger()
    assert (tmp_path / "contours.png").is_file()
    assert sizes[0][0].startswith("1920 pixels wide")
    assert QImage(str(tmp_path / "contours.png")).width() == 1920
    caption, suggested, filters = asked[0]
    assert caption == "Export Contour map as PNG"
    assert suggested.endswith("gdviz-contours.png")
    assert filters == "PNG image (*.png)"
    assert window.message_bar.text() == f"Saved {tmp_path / 'contours.png'}"

    # the folder is remembered for the next export
    actions["exportPathCsvAction"].trigger()
    assert asked[1][1] == str(tmp_path / "gdviz-path.csv")

    def unwritable(parent, caption, suggested, filters):
        return str(tmp_path / "gone" / "x.png"), filters

    monkeypatch.setattr(gx.QFileDialog, "getSaveFileName", unwritable)
    actions["exportWindowPngAction"].trigger()
    assert window.message_bar.level == "error"
    assert window.message_bar.text().endswith("x.png: the folder does not exist")


# --------------------------------------------------------------------------- animation


class FakeWindow(QWidget):
    """The window API export_animation uses: history, show_iteration, shown_iteration."""

    def __init__(self, rows: int):
        super().__init__()
        self.history = HistoryBuffer()
        for i in range(rows):
            self.history.append(i, 0.0, 1.0 / (i + 1), 0.0, 0.0, 0.1)
        self.label = QLabel(self)
        self.label.setGeometry(0, 0, 160, 40)
        self.resize(160, 60)
        self._shown = rows - 1
        self.calls = []
        self.on_show = None

    def show_iteration(self, iteration):
        self.calls.append(iteration)
        self._shown = iteration
        self.label.setText(f"iteration {iteration}")
        self.label.setStyleSheet(f"background: rgb({iteration % 256}, 114, 178)")
        if self.on_show is not None:
            self.on_show(iteration)

    @property
    def shown_iteration(self):
        return self._shown


@pytest.fixture
def fake(qtbot):
    window = FakeWindow(500)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_iteration(123)
    window.calls.clear()
    return window


def test_animation_shows_each_frame_and_restores(fake, tmp_path):
    path = tmp_path / "run.gif"
    assert gx.export_animation(fake, path, frames=20, fps=10) is True
    frames = frame_iterations(499, 20)
    # the palette is fitted to the first and last pictures, then every frame is shown
    assert fake.calls == [0, 499, *frames.tolist(), 123]
    assert fake.shown_iteration == 123
    with Image.open(path) as gif:
        assert gif.n_frames == 20
        assert gif.size == (fake.width(), fake.height())
        durations = []
        for k in range(gif.n_frames):
            gif.seek(k)
            durations.append(gif.info["duration"])
    assert durations[0] == 1000 * gx.HOLD_FIRST_S
    assert durations[1:-1] == [100] * 18
    assert durations[-1] == 1000 * gx.HOLD_LAST_S
    assert [p.name for p in tmp_path.iterdir()] == ["run.gif"]
    dialog = fake.findChild(QProgressDialog, "exportProgress")
    assert dialog is None or not dialog.isVisible()


def test_animation_of_one_panel(fake, tmp_path):
    path = tmp_path / "label.gif"
    assert gx.export_animation(fake, path, frames=5, panel=fake.label)
    with Image.open(path) as gif:
        assert gif.size == (160, 40)
        assert gif.n_frames == 5


def test_cancel_in_the_progress_dialog_leaves_no_file(qtbot, fake, tmp_path):
    path = tmp_path / "run.gif"
    path.write_bytes(b"an older animation")
    seen = []

    def press_cancel(iteration):
        dialog = fake.findChild(QProgressDialog, "exportProgress")
        seen.append(dialog.isVisible())
        if len(fake.calls) == 8:
            button = dialog.findChild(QPushButton)
            assert button.text() == "Cancel"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    fake.on_show = press_cancel
    assert gx.export_animation(fake, path, frames=60) is False
    assert path.read_bytes() == b"an older animation"
    assert [p.name for p in tmp_path.iterdir()] == ["run.gif"]
    assert fake.shown_iteration == 123  # restored
    assert len(fake.calls) < 20  # stopped soon after Cancel
    assert fake.calls[-1] == 123
    assert seen[7] is True  # the dialog was up when Cancel was pressed
    dialog = fake.findChild(QProgressDialog, "exportProgress")
    assert dialog is None or not dialog.isVisible()


def test_animation_refusals(fake, tmp_path, monkeypatch):
    with pytest.raises(gx.ExportError, match=r"give the file name \.gif or \.mp4$"):
        gx.export_animation(fake, tmp_path / "run.png")
    monkeypatch.setattr(core_export, "find_ffmpeg", lambda: None)
    with pytest.raises(gx.ExportError, match="MP4 needs ffmpeg, which is not installed"):
        gx.export_animation(fake, tmp_path / "run.mp4")
    fake.history.truncate(0)
    with pytest.raises(gx.ExportError, match=r"^nothing to animate yet"):
        gx.export_animation(fake, tmp_path / "run.gif")
    assert list(tmp_path.iterdir()) == []
    assert fake.calls == []  # nothing was shown


def test_animation_of_a_single_iteration(fake, tmp_path):
    fake.history.truncate(1)
    assert gx.export_animation(fake, tmp_path / "one.gif")
    with Image.open(tmp_path / "one.gif") as gif:
        assert gif.n_frames == 1


# --------------------------------------------------------------------------- real OpenGL

GL_EXPORT = """
    import json, sys
    import numpy as np
    from pathlib import Path
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([])
    from gdviz.gui.opengl import opengl_available
    assert opengl_available(), "no OpenGL under xcb"
    from gdviz.gui.surface_panel import SurfacePanel
    from gdviz.gui import export as gx

    out = Path(sys.argv[1])
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Controls"))
    panel = SurfacePanel()
    layout.addWidget(panel)
    b, m = np.linspace(-2, 10, 40), np.linspace(-0.5, 2, 30)
    error = 100 + (m[:, None] - 1.3) ** 2 * 3000 + (b[None, :] - 8) ** 2
    panel.set_surface(b, m, error, (8.0, 1.3, 100.0))
    panel.set_path(np.linspace(0, 8, 50), np.linspace(0, 1.3, 50), np.full(50, 500.0))
    window.resize(700, 560)
    window.show()
    for _ in range(20):
        app.processEvents()

    def colours(path):
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
        w, h = image.width(), image.height()
        raw = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
        rgb = raw[:, : 3 * w].reshape(h, w, 3)
        return len(np.unique(rgb.reshape(-1, 3), axis=0))

    gx.export_widget_image(panel, out / "surface.png")
    gx.export_window_image(window, out / "window.png")
    gx.export_window_image(window, out / "window.svg")
    try:
        gx.export_widget_image(panel, out / "surface.svg")
        refused = ""
    except gx.ExportError as err:
        refused = str(err)
    print(json.dumps({
        "surface": colours(out / "surface.png"),
        "window": colours(out / "window.png"),
        "svg_has_picture": "<image" in (out / "window.svg").read_text(),
        "refused": refused,
        "files": sorted(p.name for p in out.iterdir()),
    }))
"""


@pytest.mark.gl
@pytest.mark.skipif(
    not os.environ.get("DISPLAY"), reason="needs an X display with OpenGL (run under xvfb-run)"
)
def test_real_3d_panel_exports(tmp_path):
    environ = {k: v for k, v in os.environ.items() if k != "GDVIZ_NO_OPENGL"}
    environ.update(QT_QPA_PLATFORM="xcb", PYQTGRAPH_QT_LIB="PySide6")
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(GL_EXPORT), str(tmp_path)],
        env=environ,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["surface"] > 100, "the 3D view is (nearly) blank"  # the colour map
    assert result["window"] > 100
    assert result["svg_has_picture"]
    assert result["refused"] == "the 3D view can be saved as PNG only"
    assert result["files"] == ["surface.png", "window.png", "window.svg"]


def test_window_resized_while_saving_is_a_clear_error(fake, tmp_path):
    def resize(iteration):
        if len(fake.calls) == 6:
            fake.resize(200, 90)

    fake.on_show = resize
    with pytest.raises(gx.ExportError, match=r"run\.gif: frame \d+ is 200×90 pixels, expected"):
        gx.export_animation(fake, tmp_path / "run.gif", frames=20)
    assert list(tmp_path.iterdir()) == []
    assert fake.shown_iteration == 123


def test_the_window_animation_shows_the_panels_only(qtbot, window, tmp_path):
    """The GIF of a run holds the panels, not the menus, controls or message bar."""
    from PIL import Image

    qtbot.mouseClick(window.controls.stepButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.history) >= 2, timeout=5000)
    area = gx.panel_area(window)
    assert area is not window
    for panel in window.panels().values():
        assert area.isAncestorOf(panel)
    for other in (window.controls, window.message_bar, window.menuBar()):
        assert not area.isAncestorOf(other) and other is not area
    assert gx.export_animation(window, tmp_path / "run.gif", frames=2)
    with Image.open(tmp_path / "run.gif") as gif:
        assert gif.size == (area.width(), area.height())
