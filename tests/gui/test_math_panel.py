"""The math panel: the table and formulas of a real step, and highlighting a point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTableWidget, QTextBrowser

from gdviz.core import i18n as core_i18n
from gdviz.core.descent import Descent
from gdviz.core.explain import explain_step, format_value
from gdviz.core.optimizers import adam, gd, minibatch
from gdviz.gui.math_panel import DARK_INK, FORMULA_POINT_SIZE, LIGHT_INK, MathPanel


def explanation(x, y, optimizer, run_to, i, **kwargs):
    normalize = kwargs.pop("normalize", False)
    d = Descent(x, y, optimizer, normalize=normalize)
    d.run_to(run_to)
    return explain_step(d.x, d.y, d.history(), i, d.optimizer, d.scaling, d.random_state, **kwargs)


@pytest.fixture
def panel(qtbot):
    p = MathPanel()
    qtbot.addWidget(p)
    p.resize(420, 520)
    p.show()
    qtbot.waitExposed(p)
    return p


def table(panel) -> QTableWidget:
    return panel.findChild(QTableWidget, "mathTable")


def formulas(panel) -> QTextBrowser:
    return panel.findChild(QTextBrowser, "mathFormulas")


def selected_rows(panel) -> list[int]:
    return [index.row() for index in table(panel).selectionModel().selectedRows()]


def test_shows_the_table_and_the_formulas_of_a_gd_step(panel, seed_xy):
    x, y = seed_xy
    e = explanation(x, y, gd(1e-4), 1, 0)
    assert panel.objectName() == "mathPanel"
    assert panel.accessibleName() == "The math of this step"
    panel.show_explanation(e)
    t = table(panel)
    assert t.rowCount() == min(12, 100) + 1
    assert t.editTriggers() == QTableWidget.EditTrigger.NoEditTriggers
    headers = [t.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers == ["i", "x", "y", "m·x+b", "r", "x·r"]
    assert [t.item(0, c).text() for c in range(6)] == [
        "0",
        format_value(x[0]),
        format_value(y[0]),
        "0",
        format_value(y[0]),
        format_value(x[0] * y[0]),
    ]
    totals = t.rowCount() - 1
    assert t.item(totals, 0).text() == "Σ"
    assert t.item(totals, 0).font().bold()
    assert t.item(totals, 4).text() == format_value(e.sum_residual)
    assert t.item(totals, 5).text() == format_value(e.sum_x_residual)
    text = formulas(panel).toPlainText()
    assert format_value(e.grad_b) in text and format_value(e.grad_m) in text
    assert format_value(e.b_new) in text
    assert formulas(panel).accessibleDescription() == "\n".join(e.lines)
    assert formulas(panel).font().pointSizeF() >= 12
    assert panel.title.text() == e.title
    assert "88 more points" in panel.note.text()
    # nothing clipped sideways at the panel's smallest size
    assert t.horizontalScrollBar().maximum() == 0


def test_highlight_selects_the_points_row_and_clicking_a_row_reports_it(panel, qtbot, seed_xy):
    e = explanation(*seed_xy, gd(1e-4), 1, 0)
    panel.show_explanation(e)
    panel.highlight_point(3)
    assert selected_rows(panel) == [3]
    assert table(panel).item(3, 0).text() == "3"
    panel.highlight_point(None)
    assert selected_rows(panel) == []
    # the highlight survives the next step's explanation
    panel.highlight_point(5)
    panel.show_explanation(explanation(*seed_xy, gd(1e-4), 2, 1))
    assert selected_rows(panel) == [5]
    t = table(panel)
    rect = t.visualItemRect(t.item(2, 1))
    with qtbot.waitSignal(panel.pointActivated) as signal:
        qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [2]
    assert selected_rows(panel) == [2]


def test_points_outside_the_table_or_the_batch(panel, seed_xy):
    e = explanation(*seed_xy, minibatch(1e-4, 20), 3, 2)
    panel.show_explanation(e)
    t = table(panel)
    assert t.rowCount() == 12 + 1
    used = [int(k) for k in e.point_index]
    unused = next(k for k in range(100) if k not in used)
    panel.highlight_point(unused)
    assert f"point {unused} is not in this step's batch" in panel.note.text()
    assert selected_rows(panel) == []
    hidden = used[15]  # used by the step, beyond the 12 rows shown
    panel.highlight_point(hidden)
    assert t.rowCount() == 12 + 2
    assert selected_rows(panel) == [12]
    assert t.item(12, 0).text() == str(hidden)
    assert t.item(12, 4).text() == format_value(e.point_row(hidden).residual)
    assert "not among the first 12 rows" in panel.note.text()
    panel.highlight_point(used[0])
    assert t.rowCount() == 12 + 1 and selected_rows(panel) == [0]
    panel.highlight_point(500)
    assert "there is no point 500" in panel.note.text()


def test_adam_in_scaled_units_shows_its_state(panel, seed_xy):
    e = explanation(*seed_xy, adam(0.1), 4, 3, normalize=True)
    panel.show_explanation(e)
    assert table(panel).horizontalHeaderItem(1).text() == "x′"
    text = formulas(panel).accessibleDescription()
    assert "Optimizer state" in formulas(panel).toPlainText()
    assert "t = 3 + 1 = 4" in text and "μ_b′,corr" in text
    assert "vertical-align:sub" in formulas(panel).toHtml()
    assert "standardised units" in panel.subtitle.text()


def test_a_hidden_panel_lays_out_when_shown(panel, qtbot, seed_xy):
    panel.hide()
    e = explanation(*seed_xy, gd(1e-4), 2, 1)
    panel.show_explanation(e)
    panel.highlight_point(4)
    assert panel.explanation is e
    panel.show()
    qtbot.waitExposed(panel)
    assert table(panel).rowCount() == 13 and selected_rows(panel) == [4]
    assert format_value(e.b_new) in formulas(panel).toPlainText()


def test_scales_up_and_clears(panel, qtbot, seed_xy):
    panel.show_explanation(explanation(*seed_xy, gd(1e-4), 1, 0))
    panel.resize(840, 1040)
    qtbot.waitUntil(lambda: formulas(panel).font().pointSizeF() >= 2 * FORMULA_POINT_SIZE - 0.1)
    assert table(panel).rowCount() == 13
    panel.clear()
    assert table(panel).rowCount() == 0
    assert formulas(panel).toPlainText() == ""
    panel.highlight_point(3)  # nothing to highlight: no error
    assert selected_rows(panel) == []


def test_follows_the_themes_text_scale(panel, seed_xy):
    class Presentation:  # what gdviz.gui.theme.Theme offers the panel
        text_scale = 20 / 12

    panel.show_explanation(explanation(*seed_xy, gd(1e-4), 1, 0))
    panel.set_theme(Presentation())
    assert formulas(panel).font().pointSizeF() == pytest.approx(1.7 * FORMULA_POINT_SIZE)
    assert table(panel).rowCount() == 13


def test_colours_follow_a_dark_palette(panel, seed_xy):
    panel.show_explanation(explanation(*seed_xy, gd(1e-4), 1, 0))
    assert LIGHT_INK["heading"].lower() in formulas(panel).toHtml()
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#3A3E46"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#E8E8E8"))
    panel.setPalette(dark)
    html = formulas(panel).toHtml()
    assert DARK_INK["heading"].lower() in html and LIGHT_INK["heading"].lower() not in html
    assert table(panel).palette().color(QPalette.ColorRole.Base) == QColor("#3A3E46")


class _Bracketing(QTranslator):
    """A language of its own: every text in brackets."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def bracketed(qapp):
    translator = _Bracketing()
    qapp.installTranslator(translator)
    core_i18n.set_translator(QCoreApplication.translate)
    yield
    core_i18n.set_translator(None)
    qapp.removeTranslator(translator)


def test_the_check_is_coloured_in_any_language(panel, seed_xy, bracketed):
    """The check against the recorded step is green when it matches and red when the step
    was taken with other settings, whatever the language calls it."""
    d = Descent(*seed_xy, gd(1e-4))
    d.run_to(1)
    for optimizer, ink, other in ((d.optimizer, "match", "alert"), (gd(3e-4), "alert", "match")):
        e = explain_step(d.x, d.y, d.history(), 0, optimizer, d.scaling, d.random_state)
        assert e.sections[-1].title == "[Check]"
        panel.show_explanation(e)
        html = formulas(panel).toHtml().lower()
        assert "[check]" in html
        assert LIGHT_INK[ink].lower() in html and LIGHT_INK[other].lower() not in html
