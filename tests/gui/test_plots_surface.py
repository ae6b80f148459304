"""The 3D view's labels: plain numbers, none over another, inside the view, also for the
standardised bowl in presentation type in a small view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics

from tests.gui.test_surface_panel import last_json, needs_display, run_python

SMALL_BOWL = """
import json
from PySide6.QtGui import QFontMetrics
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
app = QApplication([])
import numpy as np
from gdviz.gui import surface_panel as sp
from gdviz.gui.theme import PRESENTATION
drawn = []
separate = sp._separated
def spy(texts, bounds):
    shown = separate(texts, bounds)
    drawn.append((bounds, shown, [t[3] for t in texts]))
    return shown
sp._separated = spy
panel = sp.SurfacePanel()
panel.resize(380, 260)
panel.apply_theme(PRESENTATION)
panel.set_axis_names("b′ (standardised)", "m′ (standardised)", "error (MSE)")
panel.show()
b, m = np.linspace(-5.709, 3.533, 40), np.linspace(-3.98, 5.261, 40)
error = 110.9 + 150 * ((b[None, :] - 0.0) ** 2 + (m[:, None] - 0.8) ** 2)
panel.set_surface(b, m, error, (0.0, 0.8, 110.9))
panel.set_runs(1, ["adam"])
panel.set_path(np.linspace(-4.5, 0, 30), np.linspace(0, 0.8, 30), np.linspace(3000, 111, 30))
bs, ms = np.linspace(-4.5, 0, 30), np.linspace(0, 0.8, 30) ** 2
panel.set_compare_path(1, bs, ms, 110.9 + 150 * (bs**2 + (ms - 0.8) ** 2) + 50)
for _ in range(30):
    app.processEvents()
panel.grab_image()
bounds, shown, queued = drawn[-1]
rects = []
for position, colour, font, text in shown:
    r = QRectF(QFontMetrics(font).tightBoundingRect(text)).translated(position)
    rects.append([r.left(), r.top(), r.right(), r.bottom()])
print(json.dumps({
    "bounds": [bounds.left(), bounds.top(), bounds.right(), bounds.bottom()],
    "queued": queued,
    "shown": [t[3] for t in shown],
    "rects": rects,
}))
"""


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.gl
@needs_display
def test_labels_of_a_small_standardised_bowl_are_plain_and_apart():
    result = last_json(run_python(SMALL_BOWL, "xcb"))
    shown, rects = result["shown"], result["rects"]
    numbers = [t for t in result["queued"] if _is_number(t)]
    assert len(numbers) == 6 and set(numbers) <= set(shown)  # every number is drawn
    assert any(float(n) >= 1000 for n in numbers)  # the error's top, written out
    for text in numbers:
        float(text)
        assert "e" not in text, text  # plain, not 1.527e+04
    names = [t for t in shown if not _is_number(t)]
    assert names == ["b′", "m′", "error"]  # short names in a small view, every one shown
    left, top, right, bottom = result["bounds"]
    for i, a in enumerate(rects):
        assert left <= a[0] and a[2] <= right and top <= a[1] and a[3] <= bottom, shown[i]
        for j in range(i):
            assert not _overlap(a, rects[j]), (shown[i], shown[j])


def test_separated_labels_never_overlap(qtbot, panel_module):
    font = QFont()
    font.setPixelSize(20)
    colour = QColor("white")
    # five labels piled on one spot, and one half outside the view
    texts = [(QPointF(100, 100), colour, font, f"label {k}", k % 2) for k in range(5)]
    texts.append((QPointF(390, 20), colour, font, "m′ (standardised)", 1))
    bounds = QRectF(0, 0, 400, 300)
    shown = panel_module._separated(texts, bounds)
    rects = [QRectF(QFontMetrics(f).tightBoundingRect(t)).translated(p) for p, _c, f, t in shown]
    assert len(shown) >= 5
    assert "m′ (standardised)" in [t for *_rest, t in shown]
    for i, a in enumerate(rects):
        assert bounds.contains(a)
        for b in rects[:i]:
            assert not a.intersects(b)


@pytest.fixture(scope="module")
def panel_module():
    pytest.importorskip("OpenGL.GL", reason="PyOpenGL cannot load here")
    from gdviz.gui import surface_panel

    return surface_panel
