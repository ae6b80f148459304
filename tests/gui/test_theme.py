"""Themes, presentation mode, the large display and the keyboard shortcuts."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QScrollArea, QToolTip

from gdviz.gui import style
from gdviz.gui import theme as themes
from gdviz.gui.big_display import BigDisplay
from gdviz.gui.shortcuts import (
    SHORTCUTS,
    ShortcutsDialog,
    display_keys,
    key_sequences,
    tooltip_with_shortcut,
)
from gdviz.gui.theme import DARK, LIGHT, PRESENTATION, PRESENTATION_DARK, THEMES


# ---------------------------------------------------------------------- helpers
@pytest.fixture(autouse=True)
def _restore_tooltips():
    """Tool tips are styled for the whole application: put them back after each test."""
    font, palette = QToolTip.font(), QToolTip.palette()
    yield
    QToolTip.setFont(font)
    QToolTip.setPalette(palette)


def _colour(c) -> str:
    return pg.mkColor(c).name(pg.QtGui.QColor.NameFormat.HexArgb).upper()


def _pen(pen) -> tuple | None:
    if pen is None:
        return None
    pen = pg.mkPen(pen)
    return (_colour(pen.color()), round(pen.widthF(), 3), pen.style())


def _brush(brush) -> str | None:
    return None if brush is None else _colour(pg.mkBrush(brush).color())


def _item_look(item) -> tuple:
    if isinstance(item, pg.PlotDataItem):
        o = item.opts
        return ("data", _pen(o["pen"]), _pen(o["symbolPen"]), _brush(o["symbolBrush"]))
    if isinstance(item, pg.ScatterPlotItem):
        o = item.opts
        return ("scatter", _pen(o["pen"]), _brush(o["brush"]), o["size"])
    if isinstance(item, pg.InfiniteLine):
        label = getattr(item, "label", None)
        text = None
        if label is not None:
            text = (_colour(label.color), _brush(label.fill), label.textItem.font().pointSizeF())
        return ("line", _pen(item.pen), text)
    return (type(item).__name__,)


def plots(window) -> list[pg.PlotWidget]:
    return window.findChildren(pg.PlotWidget)


def look(window) -> dict:
    """Everything a theme changes, as comparable values (title colour None = foreground)."""
    result = {"font": window.controls.readout.font().pointSizeF()}
    result["palette"] = window.palette().color(QPalette.ColorRole.Window).name()
    for plot in plots(window):
        item = plot.getPlotItem()
        entry = {"background": _colour(plot.backgroundBrush().color())}
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            font = axis.style["tickFont"]
            entry[name] = (
                _pen(axis.pen()),
                _pen(axis.textPen()),
                None if font is None else font.pointSizeF(),
                axis.labelStyle.get("font-size"),
                _colour(axis.labelStyle.get("color", style.INK)),
            )
        title = item.titleLabel
        entry["title"] = (
            title.opts.get("size"),
            _colour(title.opts.get("color") or pg.getConfigOption("foreground")),
            title.maximumHeight(),
        )
        entry["items"] = [_item_look(i) for i in item.items]
        if item.legend is not None:
            entry["legend"] = [
                (label.opts.get("size"), _colour(label.opts.get("color") or style.INK))
                for _sample, label in item.legend.items
            ]
        result[plot.objectName()] = entry
    return result


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(colour: str) -> float:
        c = pg.mkColor(colour)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, b_ = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# ---------------------------------------------------------------------- themes
def test_presentation_makes_type_large_and_lines_thick(window):
    light_width = window.scatter.line.opts["pen"].widthF()
    themes.apply_theme(window, PRESENTATION)
    for plot in plots(window):
        item = plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            assert axis.style["tickFont"].pointSizeF() >= 16, plot.objectName()
            assert axis.labelStyle["font-size"] == "20pt"
        assert item.titleLabel.opts["size"] == "22pt"
        # the title row grew with the title, so nothing is clipped
        assert (
            item.titleLabel.maximumHeight()
            >= pg.QtGui.QFontMetrics(pg.QtGui.QFont("", 22)).height()
        )
    assert window.scatter.line.opts["pen"].widthF() == pytest.approx(2 * light_width)
    assert window.controls.readout.font().pointSizeF() >= 16
    assert window.controls.startButton.font().pointSizeF() >= 16
    menu = window.menuBar().actions()[0].menu()  # pop-ups are windows of their own
    assert menu.font().pointSizeF() >= 16
    assert QToolTip.font().pointSizeF() >= 16


def test_light_after_presentation_and_dark_is_the_original_look(window):
    original = look(window)
    themes.apply_theme(window, PRESENTATION)
    assert look(window) != original
    themes.apply_theme(window, DARK)
    themes.apply_theme(window, LIGHT)
    assert look(window) == original


def test_applying_a_theme_twice_changes_nothing(window):
    themes.apply_theme(window, "presentation")
    once = look(window)
    themes.apply_theme(window, "presentation")
    assert look(window) == once
    assert themes.current_theme(window) is PRESENTATION


def test_dark_theme_has_dark_backgrounds_and_light_ink(window):
    themes.apply_theme(window, DARK)
    for plot in plots(window):
        assert plot.backgroundBrush().color().lightnessF() < 0.2, plot.objectName()
        axis = plot.getPlotItem().getAxis("bottom")
        assert axis.textPen().color().lightnessF() > 0.8
    assert window.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.25
    assert window.controls.readout.palette().color(QPalette.ColorRole.WindowText).lightnessF() > 0.8
    # a role keeps its hue: the current line is the dark theme's vermilion
    assert _colour(window.scatter.line.opts["pen"].color()) == _colour(DARK.current_line)


def test_unknown_theme_name_is_a_clear_error(window):
    with pytest.raises(ValueError, match="unknown theme 'neon'"):
        themes.apply_theme(window, "neon")


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_every_series_colour_stands_out_from_the_background(theme):
    ink = 7.0 if theme.high_contrast else 4.5
    assert contrast(theme.foreground, theme.background) >= ink
    series = (
        theme.points,
        theme.current_line,
        theme.least_squares,
        theme.path,
        theme.optimum,
        theme.residual_above,
        *theme.compare,
    )
    floor = 3.0 if theme.high_contrast or theme.dark else 2.0
    for colour in series:
        assert contrast(colour, theme.background) >= floor, (theme.name, colour)
    if theme.high_contrast:
        assert contrast(theme.residual_below, theme.background) >= 3.0


def test_a_panel_dresses_itself_by_role(qtbot):
    """A panel on its own takes a theme: each item's colour comes from its role."""
    from gdviz.gui.scatter_panel import ScatterPanel

    panel = ScatterPanel()
    qtbot.addWidget(panel)
    panel.apply_theme(PRESENTATION_DARK)
    assert panel.line.opts["pen"].widthF() == pytest.approx(7.0)
    assert _colour(panel.line.opts["pen"].color()) == _colour(PRESENTATION_DARK.current_line)
    assert _brush(panel.points.opts["brush"]) == _colour(PRESENTATION_DARK.points)
    assert _colour(panel.optimum_line.opts["pen"].color()) == _colour(
        PRESENTATION_DARK.least_squares
    )
    assert panel.getPlotItem().getAxis("left").style["tickFont"].pointSizeF() >= 16
    panel.apply_theme(LIGHT)
    assert panel.line.opts["pen"].widthF() == pytest.approx(3.5)
    assert _colour(panel.line.opts["pen"].color()) == _colour(style.LINE_COLOUR)
    assert _colour(panel.backgroundBrush().color()) == _colour(style.PAPER)


def test_runs_compared_later_are_drawn_in_the_current_theme(qtbot):
    """Curves a panel adds after the theme was applied (compared runs) are in that theme."""
    from gdviz.gui.contour_panel import ContourPanel
    from gdviz.gui.error_panel import ErrorPanel
    from gdviz.gui.scatter_panel import ScatterPanel

    error, scatter, contour = ErrorPanel(), ScatterPanel(), ContourPanel()
    for panel in (error, scatter, contour):
        qtbot.addWidget(panel)
        panel.apply_theme(DARK)
    rules = ["momentum", "adam"]  # each compared run in its rule's colour, in this theme
    error.set_runs(["main", "second", "third"], rules)
    scatter.set_runs(["second", "third"], rules)
    contour.set_runs(2, rules)
    for slot, hue in ((1, DARK.hues.purple), (2, DARK.hues.orange)):
        wanted = _colour(hue)
        assert _colour(error.compare_curves[slot - 1].opts["pen"].color()) == wanted
        assert _colour(scatter.compare_lines[slot - 1].opts["pen"].color()) == wanted
        assert _colour(contour.compare_paths[slot - 1].opts["pen"].color()) == wanted
    legend = [label.opts.get("color") for _sample, label in error.legend.items]
    assert {_colour(c) for c in legend} == {_colour(DARK.foreground)}
    error.apply_theme(PRESENTATION)
    assert error.compare_curves[0].opts["pen"].widthF() == pytest.approx(5.0)


def test_a_new_data_set_keeps_the_theme(window, seed_csv):
    themes.apply_theme(window, PRESENTATION)
    window.load_file(seed_csv)  # the scatter panel re-titles and re-labels itself
    assert themes.refresh_theme(window) is PRESENTATION  # nothing left to redo
    assert window.scatter.getPlotItem().titleLabel.opts["size"] == "22pt"
    assert window.scatter.getPlotItem().getAxis("left").labelStyle["font-size"] == "20pt"


def test_controls_are_not_clipped_in_presentation(qtbot, window):
    controls = window.controls
    scroll = next(s for s in window.findChildren(QScrollArea) if s.widget() is controls)
    minimum, share = scroll.minimumWidth(), scroll.width()
    themes.apply_theme(window, PRESENTATION)
    qtbot.waitUntil(lambda: scroll.viewport().width() >= controls.sizeHint().width())
    themes.apply_theme(window, LIGHT)
    assert scroll.minimumWidth() == minimum
    qtbot.waitUntil(lambda: scroll.width() == share)


def test_theme_menu_applies_and_follows_the_theme(window):
    menu = themes.theme_menu(window)
    actions = {a.data(): a for a in menu.actions()}
    assert set(actions) == set(THEMES)
    assert actions["light"].isChecked()
    actions["dark"].trigger()
    assert themes.current_theme(window) is DARK
    themes.enter_presentation(window)
    assert actions["presentation"].isChecked()
    themes.leave_presentation(window)
    assert actions["dark"].isChecked()
    themes.apply_theme(window, LIGHT)


# ---------------------------------------------------------------------- presentation mode
def _full_screen(window) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowFullScreen)


def test_enter_and_leave_presentation(qtbot, window):
    window.big_display = BigDisplay(window)
    window.big_display.hide()
    themes.enter_presentation(window)
    qtbot.waitUntil(lambda: _full_screen(window))
    assert themes.is_presenting(window)
    assert themes.current_theme(window) is PRESENTATION
    assert window.big_display.isVisibleTo(window)
    assert window.big_display._point_size >= 28
    themes.leave_presentation(window)
    qtbot.waitUntil(lambda: not _full_screen(window))
    assert not themes.is_presenting(window)
    assert themes.current_theme(window) is LIGHT
    assert not window.big_display.isVisibleTo(window)


def test_f11_toggles_presentation_and_esc_leaves(qtbot, window):
    mode = window.presentation  # the window's own F11 and Esc actions
    assert mode.action.shortcut() == QKeySequence("F11")
    assert not mode.leaveAction.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: _full_screen(window))
    assert mode.action.isChecked() and mode.leaveAction.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _full_screen(window))
    assert not mode.action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: _full_screen(window))
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not _full_screen(window))
    assert themes.current_theme(window) is LIGHT


# ---------------------------------------------------------------------- large display
def test_big_display_shows_values_in_plain_notation(qtbot):
    display = BigDisplay()
    qtbot.addWidget(display)
    assert display.objectName() == "bigDisplay"
    assert display.accessibleName() == "Large iteration and error display"
    display.set_values(1000, 112.61481011613473)
    assert display.text() == "iteration 1000   error = 112.615"
    display.set_values(1000, 112.61481011613473, 0.08893651993741346, 1.4777440851894448)
    assert display.text() == ("iteration 1000   error = 112.615   b = 0.0889365   m = 1.47774")
    display.set_values(1234567, 5565.107834483211)
    assert "iteration 1234567" in display.text() and "error = 5565.11" in display.text()
    assert not re.search(r"\d[eE][+-]?\d", display.text())
    assert display.accessibleDescription() == display.text()


def test_big_display_grows_with_the_theme_and_paints(qtbot):
    display = BigDisplay()
    qtbot.addWidget(display)
    display.set_values(7, 5565.107834483211, 0.1, 1.5)
    display.apply_theme(LIGHT)
    light = display.sizeHint().height()
    display.apply_theme(PRESENTATION)
    assert display.sizeHint().height() > light
    display.resize(900, display.sizeHint().height())
    display.show()
    qtbot.waitExposed(display)
    image = display.grab().toImage()
    assert not image.isNull()
    # a shorter number keeps its column: the parts do not jump sideways
    wide = display.sizeHint().width()
    display.set_values(8, 5.5, 0.1, 1.5)
    assert display.sizeHint().width() == wide
    # very narrow: the type shrinks, nothing raises
    display.resize(220, 60)
    assert not display.grab().toImage().isNull()


# ---------------------------------------------------------------------- shortcuts
def test_shortcuts_dialog_lists_every_shortcut(qtbot):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "shortcutsDialog"
    rows = dialog.rows()
    assert len(rows) == len(SHORTCUTS)
    for (keys, description), entry in zip(rows, SHORTCUTS, strict=True):
        assert description == entry.description
        assert keys == display_keys(entry.keys)
    texts = dict(rows)
    assert texts["Space"] == "Start or pause the descent"
    assert texts["Shift+Right arrow"] == "Take ten iterations"
    assert texts["+ or ="] == "Faster"
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    # no scroll bars: every row is readable at once
    assert not table.verticalScrollBar().isVisible()


def test_every_brief_shortcut_is_listed_and_keys_are_unique():
    wanted = {
        "Space", "Right", "Shift+Right", "Left", "R", "+", "=", "-", "Ctrl+O", "F11",
        "Esc", "Ctrl+S", "Ctrl+E", "Ctrl+Z", "Ctrl+Shift+Z", "Home", "End", "Ctrl+Q",
    }  # fmt: skip
    keys = [key for entry in SHORTCUTS for key in entry.keys]
    assert wanted <= set(keys)
    sequences = [QKeySequence(key).toString() for key in keys]
    assert all(sequences) and len(set(sequences)) == len(sequences)
    assert [s.toString() for s in key_sequences("faster")] == ["+", "="]


def test_tooltip_names_the_key():
    assert (
        tooltip_with_shortcut("Take exactly one iteration", "Right")
        == "Take exactly one iteration (Right arrow)"
    )
    assert tooltip_with_shortcut("Take ten iterations", "step_ten") == (
        "Take ten iterations (Shift+Right arrow)"
    )
    assert tooltip_with_shortcut("Slower", "slower") == "Slower (−)"


def test_the_theory_line_keeps_the_theme_through_new_settings_and_edits(qtbot, window):
    """The stability panel restyles its theory line only when the optimizer makes it apply
    or not, and then in the window's theme: new learning rates and data edits leave the
    dark theme's look alone."""
    themes.apply_theme(window, DARK)
    curve = window.stability.theory_curve
    dark = _pen(curve.opts["pen"])
    assert _colour(curve.opts["pen"].color()) != _colour(style.INK)
    window.controls.learningRateInput.setValue(2e-4)
    window.edits.move_point(0, 30.0, 50.0)
    qtbot.wait(50)
    assert _pen(curve.opts["pen"]) == dark
    controls = window.controls
    controls.optimizerInput.setCurrentIndex(controls.optimizerInput.findData("momentum"))
    qtbot.wait(50)
    greyed = _pen(curve.opts["pen"])
    assert greyed != dark and _colour(curve.opts["pen"].color()) != _colour(style.INK)
    controls.optimizerInput.setCurrentIndex(controls.optimizerInput.findData("gd"))
    qtbot.wait(50)
    assert _pen(curve.opts["pen"]) == dark
    themes.apply_theme(window, LIGHT)
    assert _colour(curve.opts["pen"].color()) == _colour(style.INK)
