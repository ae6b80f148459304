"""Text from files (column names, run labels, lesson titles and notes) shows as written.

A header cell ``<img src=PATH>`` must not become a picture Qt tries to load (over and
over, at every repaint), and ``<b>bold</b>`` must not turn bold: QLabels showing such text
are plain text, and pyqtgraph's labels, which are HTML, get it escaped.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

IMAGE = "<img src=/nonexistent/x.png>"
BOLD = "<b>bold</b>"
NAMES = (IMAGE, BOLD)


def _shown_as_written(text_item, literal: str) -> None:
    """A QGraphicsTextItem (pyqtgraph's label) shows ``literal``, no markup of it."""
    assert text_item.toPlainText().strip() == literal  # an axis label ends in a space
    html = text_item.toHtml()
    assert "&lt;" in html
    assert "<img" not in html and "<b>" not in html


def _axis_labels(plot) -> tuple:
    item = plot.getPlotItem()
    return item.getAxis("bottom").label, item.getAxis("left").label


def test_lesson_title_and_note_are_plain_text(qtbot):
    from gdviz.gui.lesson_note import LessonNote

    note = LessonNote()
    qtbot.addWidget(note)
    note.show_lesson(IMAGE, BOLD)
    for label, literal in ((note.titleLabel, IMAGE), (note.noteLabel, BOLD)):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.text() == literal


def test_messages_are_plain_text(qtbot):
    from gdviz.gui.message_bar import MessageArea

    area = MessageArea()
    qtbot.addWidget(area)
    message = f"cannot read {IMAGE}: column {BOLD} is empty"
    area.show_message(message, "error")
    assert area.bar.textFormat() == Qt.TextFormat.PlainText
    assert area.bar.text() == message


def test_scatter_axis_names_and_legend_are_plain_text(qtbot):
    from gdviz.gui.scatter_panel import ScatterPanel

    panel = ScatterPanel()
    qtbot.addWidget(panel)
    x = np.array([1.0, 2.0, 3.0])
    panel.set_data(x, 2 * x, IMAGE, BOLD, (0.0, 2.0))
    panel.set_runs([IMAGE, BOLD])
    panel.set_show_squares(True)
    bottom, left = _axis_labels(panel)
    _shown_as_written(bottom, IMAGE)
    _shown_as_written(left, BOLD)
    for _sample, label in panel.legend.items:  # the program's own names, no file's markup
        assert "<img" not in label.item.toHtml()
        assert "<b>" not in label.item.toHtml()


def test_error_panel_run_labels_are_plain_text(qtbot):
    from gdviz.gui.error_panel import ErrorPanel

    panel = ErrorPanel()
    qtbot.addWidget(panel)
    panel.set_runs([IMAGE, BOLD])
    labels = {label.item.toPlainText(): label.item for _sample, label in panel.legend.items}
    assert set(labels) == {IMAGE, BOLD}
    for literal, item in labels.items():
        _shown_as_written(item, literal)


def test_contour_axis_names_are_plain_text(qtbot):
    from gdviz.gui.contour_panel import ContourPanel

    panel = ContourPanel(object_name="surfaceView", title="Error surface (2D stand-in)")
    qtbot.addWidget(panel)
    panel.set_axis_names(IMAGE, BOLD, "error")
    bottom, left = _axis_labels(panel)
    _shown_as_written(bottom, IMAGE)
    _shown_as_written(left, BOLD)
    panel.set_standardised(True)  # a new title keeps the names
    _shown_as_written(_axis_labels(panel)[0], IMAGE)


def test_surface_axis_names_are_plain_text(qtbot, monkeypatch):
    pytest.importorskip("OpenGL.GL", reason="PyOpenGL cannot load here")
    from gdviz.gui import pg_adapter, surface_panel

    def no_context():  # in-process: never draw with OpenGL (see test_surface_panel.py)
        raise RuntimeError("cannot create an OpenGL context")

    monkeypatch.setattr(surface_panel, "_gl_context", no_context)
    panel = surface_panel.SurfacePanel()
    qtbot.addWidget(panel)
    panel.set_axis_names(IMAGE, BOLD, "error")
    assert panel.title.textFormat() == Qt.TextFormat.PlainText
    # the 3D labels are painted with QPainter.drawText: plain text, as given
    texts = {pg_adapter.gl_text(item).text for item in panel._labels.values()}
    assert {IMAGE, BOLD} <= texts
