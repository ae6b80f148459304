"""Panels saved as SVG are vectors: curves, paths and labels stay sharp when scaled."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np

from gdviz.gui.export import export_widget_image

SVG = "{http://www.w3.org/2000/svg}"


def vertices(element) -> int:
    """How many points a ``<path>`` or ``<polyline>`` goes through."""
    if element.tag == SVG + "polyline":
        return len(re.findall(r"[-\d.e]+\s*,\s*[-\d.e]+", element.get("points", "")))
    return (
        len(re.findall(r"[MLC]", element.get("d", ""), re.IGNORECASE))
        + len(re.findall(r"[-\d.e]+[ ,][-\d.e]+", element.get("d", ""))) // 2
    )


def strokes(path) -> list[int]:
    root = ET.parse(path).getroot()
    lines = [e for e in root.iter() if e.tag in (SVG + "path", SVG + "polyline")]
    return sorted((vertices(e) for e in lines), reverse=True)


def texts(path) -> str:
    root = ET.parse(path).getroot()
    return " ".join(" ".join("".join(e.itertext()) for e in root.iter(SVG + "text")).split())


def test_the_error_curves_are_vector_paths(qtbot, tmp_path):
    from gdviz.gui.error_panel import ErrorPanel

    panel = ErrorPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_optimum(100.0)
    panel.set_runs(["gd η=0.0001", "adam η=0.5"], ["adam"])
    iterations = np.arange(60.0)
    panel.set_curve(iterations, 100 + 5000 * np.exp(-iterations / 6))
    panel.set_compare_curve(1, iterations, 100 + 5000 * np.exp(-iterations / 15))
    qtbot.wait(50)
    path = tmp_path / "error.svg"
    export_widget_image(panel, path)
    longest = strokes(path)
    assert len(longest) >= 2 and longest[1] >= 40  # both curves, point by point
    words = texts(path)
    assert "adam η=0.5" in words and "E* = 100" in words and "iteration" in words


def test_the_contour_map_s_paths_are_vectors_over_a_picture(qtbot, tmp_path):
    from gdviz.gui.contour_panel import ContourPanel

    panel = ContourPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    qtbot.waitExposed(panel)
    b, m = np.linspace(-1, 9, 40), np.linspace(0, 2.5, 40)
    error = 110 + (b[None, :] - 8) ** 2 + 2000 * (m[:, None] - 1.3) ** 2
    panel.set_surface(b, m, error, (8.0, 1.3, 110.0))
    panel.set_runs(1, ["momentum"])
    panel.set_path(np.linspace(0, 8, 50), np.linspace(0, 1.3, 50) ** 0.5)
    panel.set_compare_path(1, np.linspace(0, 6, 50), np.linspace(0, 1.5, 50))
    qtbot.wait(50)
    path = tmp_path / "contour.svg"
    export_widget_image(panel, path)
    assert strokes(path)[0] >= 40  # the descent paths are drawn point by point
    assert "error above E*" in texts(path)
    assert ET.parse(path).getroot().find(f".//{SVG}image") is not None  # the heat map
