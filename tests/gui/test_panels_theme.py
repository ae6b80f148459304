"""Each panel dresses itself: ``apply_theme(theme)`` sets its colours by role and its sizes."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QPalette

from gdviz.gui.theme import DARK, LIGHT, PRESENTATION, PRESENTATION_DARK


def _hex(colour) -> str:
    return pg.mkColor(colour).name().upper()


def test_error_panel_marks_by_role(qtbot):
    from gdviz.gui.error_panel import ErrorPanel

    panel = ErrorPanel()
    qtbot.addWidget(panel)
    panel.apply_theme(DARK)
    assert _hex(panel.curve.opts["pen"].color()) == _hex(DARK.run(0))
    assert _hex(panel.current.opts["brush"].color()) == _hex(DARK.background)
    assert _hex(panel.current.opts["pen"].color()) == _hex(DARK.foreground)
    assert _hex(panel.optimum.pen.color()) == _hex(DARK.optimum)
    assert _hex(panel.optimum.label.color) == _hex(DARK.optimum)
    assert _hex(panel.divergence.pen.color()) == _hex(DARK.divergence)
    assert _hex(panel.cursor.pen.color()) == _hex(DARK.muted)
    panel.apply_theme(PRESENTATION)
    assert panel.optimum.label.textItem.font().pointSizeF() == pytest.approx(10 * 20 / 12)


def test_contour_marks_on_the_map_keep_their_outlines(qtbot):
    from gdviz.gui.contour_panel import ON_MAP_DARK, ON_MAP_LIGHT, ContourPanel

    panel = ContourPanel()
    qtbot.addWidget(panel)
    panel.apply_theme(PRESENTATION_DARK)
    assert _hex(panel.path.opts["pen"].color()) == _hex(PRESENTATION_DARK.path)
    assert panel.path.opts["pen"].widthF() == pytest.approx(6.0)
    assert _hex(panel.optimum.opts["pen"].color()) == _hex(PRESENTATION_DARK.optimum)
    # white and near-black stand out against the colour map, whatever the background
    assert _hex(panel.start.opts["brush"].color()) == _hex(ON_MAP_LIGHT)
    assert _hex(panel.gradient_arrow.opts["pen"].color()) == _hex(ON_MAP_DARK)
    assert _hex(panel.step_arrow.opts["pen"].color()) == _hex(ON_MAP_LIGHT)


def test_stability_plot_by_role(qtbot):
    from gdviz.gui.stability_panel import StabilityPanel

    panel = StabilityPanel()
    qtbot.addWidget(panel)
    panel.apply_theme(DARK)
    assert _hex(panel.plot.backgroundBrush().color()) == _hex(DARK.background)
    assert _hex(panel.measured_curve.opts["pen"].color()) == _hex(DARK.hues.blue)
    assert _hex(panel.theory_curve.opts["pen"].color()) == _hex(DARK.foreground)
    assert _hex(panel.target_curve.opts["pen"].color()) == _hex(DARK.optimum)
    assert _hex(panel.divergence_line.pen.color()) == _hex(DARK.divergence)
    panel.apply_theme(LIGHT)
    assert _hex(panel.theory_curve.opts["pen"].color()) == _hex(LIGHT.foreground)


def test_surface_view_takes_the_theme_without_a_context(qtbot, monkeypatch):
    pytest.importorskip("OpenGL.GL", reason="PyOpenGL cannot load here")
    from gdviz.gui import pg_adapter, surface_panel

    def no_context():  # in-process: never draw with OpenGL (see test_surface_panel.py)
        raise RuntimeError("cannot create an OpenGL context")

    monkeypatch.setattr(surface_panel, "_gl_context", no_context)
    panel = surface_panel.SurfacePanel()
    qtbot.addWidget(panel)
    assert _hex(pg_adapter.background_colour(panel.view)) == _hex(LIGHT.surface_background)
    light = pg_adapter.gl_text(panel._labels["b_name"]).font.pixelSize()
    panel.apply_theme(PRESENTATION_DARK)
    assert _hex(pg_adapter.background_colour(panel.view)) == _hex(
        PRESENTATION_DARK.surface_background
    )
    assert panel.title.font().pointSizeF() == PRESENTATION_DARK.title_pt
    label = pg_adapter.gl_text(panel._labels["b_name"])
    assert _hex(label.colour) == _hex(PRESENTATION_DARK.surface_foreground)
    assert label.font.pixelSize() > light  # large type


def test_notes_messages_and_gauge_read_on_a_dark_theme(qtbot):
    from gdviz.gui.lesson_note import LessonNote
    from gdviz.gui.message_bar import MessageBar
    from gdviz.gui.rate_gauge import RateGauge

    note, bar, gauge = LessonNote(), MessageBar(), RateGauge()
    for widget in (note, bar, gauge):
        qtbot.addWidget(widget)
        widget.apply_theme(DARK)
    ink = note.noteLabel.palette().color(QPalette.ColorRole.WindowText)
    assert ink.lightness() > 200
    assert "#FFF8E5" not in note.styleSheet()  # the light note's paper
    bar.show_message("Loaded", "error")
    assert "#FDE8E4" not in bar.styleSheet()
    assert gauge.theme is DARK


def test_large_type_in_presentation(qtbot):
    from gdviz.gui.lesson_note import LessonNote
    from gdviz.gui.rate_gauge import RateGauge
    from gdviz.gui.timeline import Timeline

    note, gauge, timeline = LessonNote(), RateGauge(), Timeline()
    for widget in (note, gauge, timeline):
        qtbot.addWidget(widget)
    light = (gauge.label.font().pointSizeF(), gauge.bar.font().pointSizeF())
    for widget in (note, gauge):
        widget.apply_theme(PRESENTATION)
    assert note.titleLabel.font().pointSizeF() > note.noteLabel.font().pointSizeF() >= 16
    assert gauge.label.font().pointSizeF() > light[0]
    assert gauge.bar.font().pointSizeF() > light[1]
    timeline.setFont(note.noteLabel.font())  # the window's large font
    timeline.apply_theme(PRESENTATION)
    assert timeline.label.minimumWidth() >= timeline.label.fontMetrics().horizontalAdvance(
        "iteration 00000 of 00000"
    )
