"""The 3D error surface panel and the OpenGL probe.

Everything that touches OpenGL runs in a subprocess: pyqtgraph caches compiled shader
programs per process, so a second GL view in one process may draw blank, and a failed
GL call must not take the test run down with it. The GL tests need an X display (the CI
runs pytest under ``xvfb-run``); without one they are skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]

needs_display = pytest.mark.skipif(
    not os.environ.get("DISPLAY"),
    reason="needs an X display with OpenGL (run the tests under xvfb-run)",
)


def run_python(code: str, platform: str, **env: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter on the Qt ``platform``; fail on a crash."""
    environ = {k: v for k, v in os.environ.items() if k != "GDVIZ_NO_OPENGL"}
    environ.update(
        QT_QPA_PLATFORM=platform,
        PYQTGRAPH_QT_LIB="PySide6",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), environ.get("PYTHONPATH")])),
        **env,
    )
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        env=environ,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, (
        f"subprocess exited with {proc.returncode} (negative: killed by a signal)\n"
        f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
    )
    output = proc.stdout + proc.stderr
    for problem in ("Traceback", "GLError", "Error while drawing"):
        assert problem not in output, output
    return proc


def last_json(proc: subprocess.CompletedProcess) -> dict:
    return json.loads(proc.stdout.strip().splitlines()[-1])


PROBE = """
    import json, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from gdviz.gui.opengl import opengl_available
    first, second = opengl_available(), opengl_available()
    print(json.dumps({
        "platform": app.platformName(),
        "available": first,
        "cached": second == first,
        "imported_pyqtgraph_opengl": "pyqtgraph.opengl" in sys.modules,
    }))
"""


def test_opengl_unavailable_on_offscreen_platform():
    result = last_json(run_python(PROBE, "offscreen"))
    assert result["platform"] == "offscreen"
    assert result["available"] is False
    assert result["cached"]
    assert not result["imported_pyqtgraph_opengl"], "the cheap checks must come first"


def test_opengl_needs_an_application():
    code = """
        from gdviz.gui.opengl import opengl_available
        try:
            opengl_available()
        except RuntimeError as error:
            print("RuntimeError:", error)
    """
    proc = run_python(code, "offscreen")
    assert "RuntimeError" in proc.stdout and "QApplication" in proc.stdout


@pytest.mark.gl
@needs_display
def test_opengl_available_under_xcb():
    result = last_json(run_python(PROBE, "xcb", GDVIZ_NO_OPENGL="0"))
    assert result["platform"] == "xcb"
    assert result["available"] is True
    assert result["imported_pyqtgraph_opengl"]


@pytest.mark.gl
@needs_display
def test_opengl_can_be_switched_off_by_environment():
    result = last_json(run_python(PROBE, "xcb", GDVIZ_NO_OPENGL="1"))
    assert result["platform"] == "xcb"
    assert result["available"] is False
    assert not result["imported_pyqtgraph_opengl"]


RENDER = """
    import json, sys
    import numpy as np
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from gdviz.gui.opengl import opengl_available
    assert opengl_available(), "no OpenGL under xcb"
    from gdviz.gui.surface_panel import SurfacePanel

    def pixels(image):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        w, h = image.width(), image.height()
        raw = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
        return raw[:, : 4 * w].reshape(h, w, 4)[..., 2::-1]  # BGRA in memory -> RGB

    def stats(image, background):
        rgb = pixels(image).astype(int)
        r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
        orange = (r > 200) & (g > 100) & (g < 190) & (b < 90)
        return {
            "size": [image.width(), image.height()],
            "differs": float(np.any(rgb != background, axis=-1).mean()),
            "colours": int(np.unique((r << 16) | (g << 8) | b).size),
            "orange": int(orange.sum()),
        }

    panel = SurfacePanel()
    names = [panel.objectName(), panel.accessibleName()]
    panel.resize(800, 600)
    panel.show()

    # Before any surface: a path of one point is kept, nothing breaks.
    panel.set_path(np.array([-2.0]), np.array([0.0]), np.array([212.0]))
    for _ in range(5):
        app.processEvents()
    empty = panel.grab_image()
    empty.save(sys.argv[1] + "/empty.png")

    b = np.linspace(-2.0, 4.0, 60)
    m = np.linspace(0.0, 4.0, 60)
    error = (b[np.newaxis, :] - 1) ** 2 + 50 * (m[:, np.newaxis] - 2) ** 2 + 3
    panel.set_surface(b, m, error, (1.0, 2.0, 3.0))

    # Gradient descent from (-2, 0): m settles fast, b crawls along the valley.
    path = [(-2.0, 0.0)]
    for _ in range(300):
        pb, pm = path[-1]
        path.append((pb - 0.009 * 2 * (pb - 1), pm - 0.009 * 100 * (pm - 2)))
    pb, pm = np.array(path).T
    panel.set_path(pb, pm, (pb - 1) ** 2 + 50 * (pm - 2) ** 2 + 3)
    panel.set_axis_names("b", "m", "E")
    for _ in range(5):
        app.processEvents()
    dark = panel.grab_image()
    dark.save(sys.argv[1] + "/dark.png")

    panel.set_palette("#ffffff", "#202020")
    for _ in range(5):
        app.processEvents()
    light = panel.grab_image()
    light.save(sys.argv[1] + "/light.png")

    # The camera is the user's once they move it; a double-click gives it back.
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def camera():
        return [round(panel.view.opts[k], 6) for k in ("distance", "elevation", "azimuth")]

    auto = camera()
    panel.view.orbit(40, 10)
    moved = camera()
    panel.resize(900, 500)
    app.processEvents()
    after_resize = camera()
    QTest.mouseDClick(panel.view, Qt.MouseButton.LeftButton)
    reset = camera()

    print(json.dumps({
        "names": names,
        "camera": {"auto": auto, "moved": moved, "after_resize": after_resize, "reset": reset},
        "empty": stats(empty, (0x14, 0x17, 0x1c)),
        "dark": stats(dark, (0x14, 0x17, 0x1c)),
        "light": stats(light, (255, 255, 255)),
    }))
"""


@pytest.mark.gl
@needs_display
def test_surface_panel_renders_surface_and_path(tmp_path):
    code = RENDER.replace("sys.argv[1]", repr(str(tmp_path)))
    result = last_json(run_python(code, "xcb"))
    saved = f"(images in {tmp_path})"

    assert result["names"] == ["surfaceView", "Error surface, 3D"]
    width, height = result["dark"]["size"]
    assert width >= 700 and height >= 500, saved

    # Before set_surface: the floor grid and axes only, mostly background.
    assert result["empty"]["differs"] < 0.2, saved
    assert result["empty"]["orange"] == 0, saved

    camera = result["camera"]
    assert camera["moved"] != camera["auto"]
    assert camera["after_resize"] == camera["moved"], "a resize must not undo the user's view"
    assert camera["reset"][1:] == camera["auto"][1:], "double-click restores the default view"

    for theme in ("dark", "light"):
        stats = result[theme]
        assert stats["differs"] > 0.05, f"{theme}: the view is (nearly) blank {saved}"
        assert stats["colours"] >= 100, f"{theme}: no colour map on the surface {saved}"
        assert stats["orange"] >= 50, f"{theme}: the descent path is not visible {saved}"


# -- the world box (plain numpy, no context needed) ----------------------------------------


@pytest.fixture(scope="module")
def panel_module():
    pytest.importorskip("OpenGL.GL", reason="PyOpenGL cannot load here")
    from gdviz.gui import surface_panel

    return surface_panel


def valley_surface(m_star: float):
    """A long valley along b at slope ``m_star``, like the tutorial's."""
    b = np.linspace(-1.5, 9.5, 40)
    m = np.linspace(-0.3, 1.8, 30)
    error = 110 + (b[np.newaxis, :] - 8) ** 2 + 2500 * (m[:, np.newaxis] - m_star) ** 2
    return b, m, error


def test_box_maps_extent_onto_box_and_clips(panel_module):
    sp = panel_module
    b, m, error = valley_surface(1.32)
    box = sp._BoxMap.fit(b, m, error)
    corners = box.points(b[[0, -1]], m[[0, -1]], [error.min(), error.max()])
    assert np.allclose(np.abs(corners[:, :2]), sp.HALF_WIDTH)
    assert np.allclose(corners[:, 2], [0.0, sp.HEIGHT])
    assert corners[0, 0] < corners[1, 0], "b increases to the right"

    far = box.points([100.0, -100.0], [100.0, -100.0], [1e9, -1e9], lift=0.5)
    assert np.all(np.abs(far[:, :2]) <= sp.HALF_WIDTH)
    assert np.allclose(far[:, 2], [sp.HEIGHT + 0.5, 0.5])


def test_box_turns_the_low_side_toward_the_viewer(panel_module):
    sp = panel_module
    b, m, error = valley_surface(1.32)  # valley near large slopes: they come to the front
    assert sp._BoxMap.fit(b, m, error).m_toward_viewer
    b, m, error = valley_surface(0.0)  # valley near small slopes: they stay in front
    assert not sp._BoxMap.fit(b, m, error).m_toward_viewer


def test_path_thinning_keeps_both_ends(panel_module):
    sp = panel_module
    t = np.linspace(0.0, 1.0, 5000)
    path = np.column_stack((10 * t, np.zeros_like(t), np.zeros_like(t))).astype(np.float32)
    thin = sp._thinned(path, 0.08)
    assert 100 <= len(thin) <= 130
    assert np.array_equal(thin[0], path[0]) and np.array_equal(thin[-1], path[-1])
    assert np.array_equal(sp._thinned(path[:2], 0.08), path[:2])


# ------------------------------------------------------------------ surface resolution


def test_governor_steps_down_while_frames_are_slow_and_back_up_when_fast(panel_module):
    governor = panel_module.ResolutionGovernor(slow=0.025, fast=0.010, settle=8)
    sizes = panel_module.RESOLUTIONS
    assert governor.resolution == sizes[-1]
    changes = [governor.frame(0.040) for _ in range(8)]
    assert changes == [False] * 7 + [True] and governor.resolution == sizes[-2]
    for _ in range(100):  # slow frames take it to the coarsest grid and no further
        governor.frame(0.040)
    assert governor.resolution == sizes[0]
    for _ in range(7):  # in between: it stays
        assert not governor.frame(0.015)
    for _ in range(100):
        governor.frame(0.003)
    assert governor.resolution == sizes[-1]


def test_governor_waits_for_frames_at_the_new_size(panel_module):
    governor = panel_module.ResolutionGovernor(slow=0.025, fast=0.010, settle=8)
    for _ in range(8):
        governor.frame(0.040)
    # the first frames at the new size do not count the old ones: one fast frame after a
    # change does not step back up
    assert not any(governor.frame(0.001) for _ in range(7))
    assert governor.frame(0.001)


def test_governor_ignores_a_single_slow_frame(panel_module):
    governor = panel_module.ResolutionGovernor(slow=0.025, fast=0.010, settle=8)
    for _ in range(20):
        assert not governor.frame(0.015)
    assert not governor.frame(0.500)  # the first frame compiles shaders, say
    assert not any(governor.frame(0.015) for _ in range(20))
    assert governor.resolution == panel_module.RESOLUTIONS[-1]


ADAPT = """
    import json, time
    from PySide6.QtWidgets import QApplication
    from gdviz.gui.app import create_app
    app = create_app()
    from gdviz.gui import MainWindow
    from gdviz.gui.surface_panel import RESOLUTIONS

    window = MainWindow()
    window.resize(1000, 700)
    window.show()
    surface = window.surface

    def settle(seconds=0.3):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    def rotate(frames):
        swapped = []

        def count(_seconds):
            swapped.append(1)

        surface.view.frameDrawn.connect(count)
        for i in range(frames):
            surface.view.opts["azimuth"] += 3
            surface.view.update()
            end = time.perf_counter() + 2
            while len(swapped) <= i and time.perf_counter() < end:
                app.processEvents()
        surface.view.frameDrawn.disconnect(count)
        settle()

    settle(1.0)
    shapes = {"start": [surface.resolution, list(surface._surface._z.shape)]}
    surface.governor.slow = 0.0  # every frame counts as slow, as on a huge slow screen
    rotate(60)
    shapes["slow"] = [surface.resolution, list(surface._surface._z.shape)]
    surface.governor.slow, surface.governor.fast = 10.0, 10.0  # every frame fast
    rotate(60)
    shapes["fast"] = [surface.resolution, list(surface._surface._z.shape)]
    shapes["contour"] = list(window.contour.image.image.shape)
    shapes["sizes"] = list(RESOLUTIONS)
    shapes["depth"] = surface.view.context().format().depthBufferSize()
    window.close()
    print(json.dumps(shapes))
"""


@pytest.mark.gl
@needs_display
def test_surface_grid_follows_the_views_frame_times():
    """Slow frames make the window draw the 3D surface on a coarser grid, fast ones bring
    the finest back; the contour map keeps its own grid."""
    result = last_json(run_python(ADAPT, "xcb"))
    sizes = result["sizes"]
    assert result["start"] == [sizes[-1], [sizes[-1], sizes[-1]]]
    assert result["slow"] == [sizes[0], [sizes[0], sizes[0]]]
    assert result["fast"] == [sizes[-1], [sizes[-1], sizes[-1]]]
    assert result["contour"][0] >= sizes[-1]
    assert result["depth"] >= 16, "the native GL window needs its own depth buffer"


LAYERS = """
    import json
    import numpy as np
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from gdviz.gui.surface_panel import SurfacePanel

    def rgb(image):
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        w, h = image.width(), image.height()
        raw = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
        return raw[:, : 4 * w].reshape(h, w, 4)[..., 2::-1].astype(int)

    def orange(image):
        p = rgb(image)
        r, g, b = p[..., 0], p[..., 1], p[..., 2]
        return (r > 200) & (g > 100) & (g < 190) & (b < 90)

    def shown():
        for _ in range(5):
            app.processEvents()
        return panel.view.grab()  # what the widget paints, as any other widget

    panel = SurfacePanel()
    panel.resize(800, 600)
    panel.show()
    b = np.linspace(-2.0, 4.0, 60)
    m = np.linspace(0.0, 4.0, 60)
    error = (b[np.newaxis, :] - 1) ** 2 + 50 * (m[:, np.newaxis] - 2) ** 2 + 3
    panel.set_surface(b, m, error, (1.0, 2.0, 3.0))
    walk = np.linspace(0, 1, 200)
    panel.set_path(-2 + walk, 0 + 2 * walk, np.full(200, 60.0))
    first = shown().toImage()
    renders = [panel.view.static_renders]

    panel.set_path(3 - walk, 4 - 2 * walk, np.full(200, 60.0))  # the path moves: dynamic
    second = shown().toImage()
    renders.append(panel.view.static_renders)

    panel.view.orbit(30, 0)  # the camera moves: everything anew
    shown()
    renders.append(panel.view.static_renders)

    panel.set_surface(b, m, 2 * error, (1.0, 2.0, 3.0))  # a new surface: everything anew
    shown()
    renders.append(panel.view.static_renders)

    moved = orange(first) != orange(second)
    same_elsewhere = ~(orange(first) | orange(second))
    print(json.dumps({
        "renders": renders,
        "path_pixels": [int(orange(first).sum()), int(orange(second).sum())],
        "moved": int(moved.sum()),
        "background_kept": bool(
            (np.abs(rgb(first) - rgb(second))[same_elsewhere].max(axis=-1) <= 2).mean() > 0.97
        ),
    }))
"""


@pytest.mark.gl
@needs_display
def test_static_layer_is_drawn_once_and_the_path_over_it_every_frame():
    """Moving the path redraws only the dynamic items over the kept static layer (the
    surface, its grid, the axes, the labels); the camera or a new surface redraws all."""
    result = last_json(run_python(LAYERS, "xcb"))
    first, after_path, after_camera, after_surface = result["renders"]
    assert first >= 1
    assert after_path == first, "moving the path must not redraw the static layer"
    assert after_camera == first + 1 and after_surface == first + 2
    assert min(result["path_pixels"]) > 50 and result["moved"] > 50
    assert result["background_kept"]


def test_without_a_context_the_view_paints_its_background(qtbot, panel_module, monkeypatch):
    """A context that cannot be had (a driver gone) leaves the background, no exception."""

    def no_context():
        raise RuntimeError("cannot create an OpenGL context")

    monkeypatch.setattr(panel_module, "_gl_context", no_context)
    panel = panel_module.SurfacePanel()
    qtbot.addWidget(panel)
    panel.resize(300, 200)
    panel.set_palette("#102030", "#ffffff")
    image = panel.view.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.name() == "#102030"
    assert panel.grab_image().pixelColor(5, 5).name() == "#102030"
