"""Playing with the data: the data panel driven with real mouse events, and undo."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence

from gdviz.core import model, points
from gdviz.gui.app import create_app

LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton

X = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0])
Y = np.array([1.2, 2.9, 5.3, 6.8, 9.1, 11.2, 12.7, 15.1, 17.0, 18.8])


@pytest.fixture(autouse=True)
def _every_mouse_move():
    """pyqtgraph drops mouse moves closer than 10 ms apart; a test moves faster."""
    create_app()
    old = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)
    yield
    pg.setConfigOption("mouseRateLimit", old)


def settle(qtbot, panel):
    """Wait for the layout to settle: the axes take their widths at the first paints."""
    last = None

    def stable():
        nonlocal last
        panel.grab()  # paints, so the axes measure their tick labels
        now = (panel.getPlotItem().vb.sceneBoundingRect(), panel.size())
        same, last = now == last, now
        return same

    qtbot.waitUntil(stable)


def make_panel(qtbot, x=X, y=Y, size=(640, 480)):
    from gdviz.gui.scatter_panel import ScatterPanel

    panel = ScatterPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    stats = model.fit_statistics(x, y)
    panel.set_data(x, y, "x", "y", (stats.intercept_star, stats.slope_star))
    panel.set_line(0.5, 1.5)
    panel.show()
    qtbot.waitExposed(panel)
    settle(qtbot, panel)
    return panel


def at(panel, x, y) -> QPoint:
    """Viewport pixel of the data point (x, y)."""
    vb = panel.getPlotItem().vb
    return panel.mapFromScene(vb.mapViewToScene(QPointF(x, y)))


def pixel(panel) -> tuple[float, float]:
    return panel.pixel_size()


def drag(qtbot, panel, start: QPoint, end: QPoint, steps=6, button=LEFT):
    viewport = panel.viewport()
    qtbot.mousePress(viewport, button, pos=start)
    for k in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * (k / steps))
    qtbot.mouseRelease(viewport, button, pos=end)


class Recorder:
    def __init__(self, panel):
        self.adds, self.moves, self.removes, self.clicks = [], [], [], []
        panel.pointAddRequested.connect(lambda x, y: self.adds.append((x, y)))
        panel.pointMoveRequested.connect(lambda *a: self.moves.append(a))
        panel.pointRemoveRequested.connect(self.removes.append)
        panel.pointClicked.connect(self.clicks.append)


# ---------------------------------------------------------------------- the panel
def test_click_on_empty_space_asks_to_add_a_point_there(qtbot):
    panel = make_panel(qtbot)
    record = Recorder(panel)
    with qtbot.waitSignal(panel.pointAddRequested) as blocker:
        qtbot.mouseClick(panel.viewport(), LEFT, pos=at(panel, 2.0, 15.0))
    x, y = blocker.args
    px, py = pixel(panel)
    assert x == pytest.approx(2.0, abs=1.5 * px)
    assert y == pytest.approx(15.0, abs=1.5 * py)
    assert record.clicks == [] and record.removes == [] and record.moves == []


def test_click_on_a_point_highlights_it_and_adds_nothing(qtbot):
    panel = make_panel(qtbot)
    record = Recorder(panel)
    # three pixels off the centre is still on the point
    with qtbot.waitSignal(panel.pointClicked) as blocker:
        qtbot.mouseClick(panel.viewport(), LEFT, pos=at(panel, X[4], Y[4]) + QPoint(3, -2))
    assert blocker.args == [4]
    assert panel.highlighted == 4
    assert panel.highlight.getData()[0].tolist() == [X[4]]
    assert record.adds == []
    panel.highlight_point(None)
    assert panel.highlighted is None and panel.highlight.getData()[0].size == 0


def test_right_click_on_a_point_asks_to_delete_it(qtbot):
    panel = make_panel(qtbot)
    with qtbot.waitSignal(panel.pointRemoveRequested) as blocker:
        qtbot.mouseClick(panel.viewport(), RIGHT, pos=at(panel, X[7], Y[7]))
    assert blocker.args == [7]


def test_right_click_on_empty_space_opens_the_plot_menu(qtbot):
    panel = make_panel(qtbot)
    record = Recorder(panel)
    menu = panel.getPlotItem().vb.menu
    qtbot.mouseClick(panel.viewport(), RIGHT, pos=at(panel, 2.0, 15.0))
    qtbot.waitUntil(menu.isVisible)
    menu.close()
    assert record.removes == [] and record.adds == []


def test_a_double_click_adds_one_point(qtbot):
    panel = make_panel(qtbot)
    record = Recorder(panel)
    # what a window system sends: press, release, double-click, release
    pos = at(panel, 2.0, 15.0)
    qtbot.mouseClick(panel.viewport(), LEFT, pos=pos)
    qtbot.mouseDClick(panel.viewport(), LEFT, pos=pos)
    qtbot.mouseRelease(panel.viewport(), LEFT, pos=pos)
    assert len(record.adds) == 1 and record.clicks == []


def test_the_cursor_tells_what_a_click_will_do(qtbot):
    panel = make_panel(qtbot)
    vb = panel.getPlotItem().vb
    qtbot.mouseMove(panel.viewport(), at(panel, X[5], Y[5]))
    qtbot.waitUntil(lambda: vb.cursor().shape() == Qt.CursorShape.OpenHandCursor)
    qtbot.mouseMove(panel.viewport(), at(panel, 2.0, 15.0))
    qtbot.waitUntil(lambda: vb.cursor().shape() == Qt.CursorShape.CrossCursor)
    panel.set_editable(False)
    qtbot.mouseMove(panel.viewport(), at(panel, X[5], Y[5]))
    qtbot.waitUntil(lambda: vb.cursor().shape() == Qt.CursorShape.PointingHandCursor)


def test_dragging_a_point_moves_it_and_finishes_on_release(qtbot):
    panel = make_panel(qtbot)
    record = Recorder(panel)
    view_before = panel.getPlotItem().vb.viewRange()
    drag(qtbot, panel, at(panel, X[3], Y[3]), at(panel, 5.0, 3.0))
    assert len(record.moves) >= 3
    assert {m[0] for m in record.moves} == {3}
    assert [m[3] for m in record.moves] == [False] * (len(record.moves) - 1) + [True]
    _, x, y, _ = record.moves[-1]
    px, py = pixel(panel)
    assert x == pytest.approx(5.0, abs=2 * px)
    assert y == pytest.approx(3.0, abs=2 * py)
    # the moves go from the point towards the target
    xs = [m[1] for m in record.moves]
    assert xs == sorted(xs)
    assert panel.getPlotItem().vb.viewRange() == view_before  # no panning
    assert record.adds == [] and record.clicks == []


def test_dragging_empty_space_pans_the_view(qtbot):
    panel = make_panel(qtbot)
    record = Recorder(panel)
    (x_lo, _), _ = panel.getPlotItem().vb.viewRange()
    drag(qtbot, panel, at(panel, 2.0, 15.0), at(panel, 4.0, 15.0))
    (new_lo, _), _ = panel.getPlotItem().vb.viewRange()
    assert new_lo == pytest.approx(x_lo - 2.0, abs=0.1)
    assert record.moves == [] and record.adds == []


def test_editing_is_off_above_the_limit_but_clicks_still_highlight(qtbot):
    from gdviz.gui.scatter_panel import EDIT_LIMIT

    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, EDIT_LIMIT + 1)
    y = 2 * x + rng.normal(0, 1, x.size)
    x[0], y[0] = 12.0, -5.0  # a lonely point, easy to hit
    panel = make_panel(qtbot, x, y)
    record = Recorder(panel)
    assert not panel.is_editable()
    assert "Editing is off" in panel.toolTip() and "5,000" in panel.toolTip()
    qtbot.mouseClick(panel.viewport(), LEFT, pos=at(panel, 12.0, 15.0))
    qtbot.mouseClick(panel.viewport(), RIGHT, pos=at(panel, 12.0, -5.0))
    panel.getPlotItem().vb.menu.close()
    drag(qtbot, panel, at(panel, 12.0, -5.0), at(panel, 11.0, 0.0))
    assert record.adds == [] and record.removes == [] and record.moves == []
    qtbot.mouseClick(panel.viewport(), LEFT, pos=at(panel, 12.0, -5.0))
    assert record.clicks == [0]


def test_set_editable_turns_mouse_edits_off_and_on(qtbot):
    panel = make_panel(qtbot)
    record = Recorder(panel)
    assert panel.is_editable() and "add a point" in panel.toolTip()
    panel.set_editable(False)
    assert not panel.is_editable() and "Editing is off" in panel.toolTip()
    qtbot.mouseClick(panel.viewport(), LEFT, pos=at(panel, 2.0, 15.0))
    qtbot.mouseClick(panel.viewport(), RIGHT, pos=at(panel, X[1], Y[1]))
    panel.getPlotItem().vb.menu.close()
    assert record.adds == [] and record.removes == []
    panel.set_editable(True)
    qtbot.mouseClick(panel.viewport(), LEFT, pos=at(panel, 2.0, 15.0))
    assert len(record.adds) == 1


def test_keep_view_keeps_the_range_and_a_new_data_set_fits_it(qtbot):
    panel = make_panel(qtbot)
    vb = panel.getPlotItem().vb
    before = vb.viewRange()
    x, y = points.add_point(X, Y, 30.0, 100.0)
    panel.set_data(x, y, "x", "y", (1.0, 2.0), keep_view=True)
    assert vb.viewRange() == before
    assert panel.points.data.size == X.size + 1
    panel.set_data(x, y, "x", "y", (1.0, 2.0))
    (_, x_hi), (_, y_hi) = vb.viewRange()
    assert x_hi > 30.0 and y_hi > 100.0


def test_highlight_follows_a_moved_point_and_clears_when_points_change(qtbot):
    panel = make_panel(qtbot)
    panel.highlight_point(2)
    x, y = points.move_point(X, Y, 2, 2.5, 8.0)
    panel.set_data(x, y, "x", "y", (1.0, 2.0), keep_view=True)
    assert panel.highlight.getData()[0].tolist() == [2.5]
    x, y = points.remove_point(x, y, 0)
    panel.set_data(x, y, "x", "y", (1.0, 2.0), keep_view=True)
    assert panel.highlighted is None


# ---------------------------------------------------------------------- squares
def square_pixels(panel, item):
    """Width and height in viewport pixels of each square drawn by ``item``."""
    vb = panel.getPlotItem().vb
    sizes = []
    for polygon in item.path().toSubpathPolygons():
        corners = [panel.mapFromScene(vb.mapViewToScene(p)) for p in polygon]
        xs = [c.x() for c in corners]
        ys = [c.y() for c in corners]
        sizes.append((max(xs) - min(xs), max(ys) - min(ys)))
    return np.array(sizes, dtype=float).reshape(-1, 2)


def test_squares_look_square_on_screen_and_follow_the_view(qtbot):
    panel = make_panel(qtbot)
    panel.set_show_squares(True)
    b, m = 0.5, 1.5
    r = Y - (m * X + b)
    assert panel.squares_above.isVisible() and panel.squares_below.isVisible()
    above = square_pixels(panel, panel.squares_above)
    below = square_pixels(panel, panel.squares_below)
    assert len(above) == np.count_nonzero(r > 0) and len(below) == np.count_nonzero(r < 0)
    for sizes in (above, below):
        np.testing.assert_allclose(sizes[:, 0], sizes[:, 1], atol=1.5)
    # the heights in pixels are the residuals in pixels
    _, py = pixel(panel)
    np.testing.assert_allclose(np.sort(above[:, 1]), np.sort(r[r > 0] / py), atol=1.5)
    # a wider, lower panel and a zoom change the aspect; the squares stay square
    px, py = pixel(panel)
    panel.resize(900, 400)
    panel.getPlotItem().vb.scaleBy((0.5, 1.0))
    settle(qtbot, panel)
    new_px, new_py = pixel(panel)
    assert new_px / new_py < 0.5 * px / py
    sizes = square_pixels(panel, panel.squares_above)
    np.testing.assert_allclose(sizes[:, 0], sizes[:, 1], atol=1.5)
    # the line moves, the squares follow
    panel.set_line(b + 1.0, m)
    assert len(square_pixels(panel, panel.squares_above)) == np.count_nonzero(r > 1.0)


def test_squares_legend_says_what_their_area_is(qtbot):
    panel = make_panel(qtbot)
    labels = lambda: [label.text for _, label in panel.legend.items]  # noqa: E731
    assert not any("area" in t for t in labels())
    panel.set_show_squares(True)
    assert "squares: total area = N × error" in labels()
    panel.set_show_squares(False)
    assert not any("area" in t for t in labels())
    assert not panel.squares_above.isVisible()


def test_squares_total_area_is_n_times_the_error(qtbot):
    """The squares drawn (measured in data units) add up to N × error."""
    panel = make_panel(qtbot)
    panel.set_show_squares(True)
    b, m = 0.5, 1.5
    px, py = pixel(panel)
    total = 0.0
    for item in (panel.squares_above, panel.squares_below):
        for polygon in item.path().toSubpathPolygons():
            rect = polygon.boundingRect()
            total += rect.width() * rect.height() * (py / px)  # back to y units squared
    assert total == pytest.approx(X.size * model.mse_direct(X, Y, b, m), rel=1e-6)


def test_a_million_points_draw_a_sample(qtbot):
    from gdviz.gui.scatter_panel import MAX_DRAWN_POINTS, MAX_DRAWN_RESIDUALS

    rng = np.random.default_rng(5)
    x = rng.uniform(0, 10, 1_000_000)
    y = 3 * x + rng.normal(0, 1, x.size)
    panel = make_panel(qtbot, x, y)
    panel.set_show_squares(True)
    assert panel.points.data.size == MAX_DRAWN_POINTS
    assert "20,000 of 1,000,000 points drawn" in panel.getPlotItem().titleLabel.text
    assert (
        panel.residuals_above.getData()[0].size + panel.residuals_below.getData()[0].size
        == 2 * MAX_DRAWN_RESIDUALS
    )
    drawn = sum(
        len(item.path().toSubpathPolygons()) for item in (panel.squares_above, panel.squares_below)
    )
    assert drawn <= MAX_DRAWN_RESIDUALS
    assert not panel.is_editable()


# ---------------------------------------------------------------------- undo stack
def make_stack(qtbot):
    from gdviz.gui.data_edits import DataEditStack

    stack = DataEditStack()
    stack.set_data(X, Y)
    return stack


def test_undo_and_redo_restore_the_arrays_exactly(qtbot):
    stack = make_stack(qtbot)
    changes = []
    stack.dataChanged.connect(lambda x, y: changes.append((x.copy(), y.copy())))
    states = [(stack.x.copy(), stack.y.copy())]
    stack.add_point(0.1 + 0.2, 7.7)
    states.append((stack.x.copy(), stack.y.copy()))
    stack.remove_point(3)
    states.append((stack.x.copy(), stack.y.copy()))
    stack.move_point(5, 5.5, -3.25, True)
    states.append((stack.x.copy(), stack.y.copy()))
    assert stack.x.tolist() == [0.0, 1.0, 2.0, 4.0, 5.0, 5.5, 7.0, 8.0, 9.0, 0.30000000000000004]
    assert len(changes) == 3
    for expected in reversed(states[:-1]):
        stack.undo()
        assert np.array_equal(stack.x, expected[0]) and np.array_equal(stack.y, expected[1])
    assert not stack.can_undo()
    for expected in states[1:]:
        stack.redo()
        assert np.array_equal(stack.x, expected[0]) and np.array_equal(stack.y, expected[1])
    assert len(changes) == 3 + 3 + 3  # every edit, undo and redo says so
    assert not stack.x.flags.writeable


def test_a_drag_is_one_undo_step(qtbot):
    stack = make_stack(qtbot)
    changes = []
    stack.dataChanged.connect(lambda x, y: changes.append(x[2]))
    for k in range(1, 6):
        stack.move_point(2, 2.0 + 0.1 * k, 5.0 + k, k == 5)
    assert changes == pytest.approx([2.1, 2.2, 2.3, 2.4, 2.5])
    assert stack.stack.count() == 1
    assert stack.stack.undoText() == "move point to (2.5, 10)"
    stack.undo()
    assert np.array_equal(stack.x, X) and np.array_equal(stack.y, Y)
    stack.redo()
    assert (stack.x[2], stack.y[2]) == (2.5, 10.0)


def test_an_unfinished_drag_is_committed_before_undo(qtbot):
    stack = make_stack(qtbot)
    stack.move_point(1, 1.5, 0.0, False)
    assert stack.can_undo()
    stack.undo()
    assert np.array_equal(stack.x, X) and np.array_equal(stack.y, Y)
    assert stack.stack.count() == 1 and stack.stack.canRedo()


def test_a_refused_edit_changes_nothing_and_says_why(qtbot):
    from gdviz.gui.data_edits import DataEditStack

    stack = DataEditStack()
    stack.set_data([0.0, 1.0], [0.0, 1.0])
    changes = []
    stack.dataChanged.connect(lambda *a: changes.append(a))
    with qtbot.waitSignal(stack.editRefused) as blocker:
        stack.remove_point(0)
    assert blocker.args == [
        "cannot delete the point: a line needs at least two points with different x"
    ]
    with qtbot.waitSignal(stack.editRefused):
        stack.move_point(0, 1.0, 3.0, True)
    with qtbot.waitSignal(stack.editRefused) as blocker:
        stack.add_point(float("nan"), 1.0)
    assert "finite" in blocker.args[0]
    with qtbot.waitSignal(stack.editRefused) as blocker:  # as a file would be refused
        stack.move_point(1, 1e300, 1.0, True)
    assert blocker.args[0].startswith("cannot move the point there: ")
    with qtbot.waitSignal(stack.editRefused) as blocker:
        stack.add_point(0.5, -1e300)
    assert blocker.args[0].startswith("cannot add the point there: ")
    assert changes == [] and stack.stack.count() == 0
    assert stack.x.tolist() == [0.0, 1.0] and stack.y.tolist() == [0.0, 1.0]


def test_new_data_clears_the_history(qtbot):
    stack = make_stack(qtbot)
    stack.add_point(1.0, 1.0)
    assert stack.is_edited()
    stack.set_data([0.0, 2.0], [1.0, 1.0])
    assert not stack.can_undo() and not stack.is_edited()
    assert stack.x.tolist() == [0.0, 2.0]


def test_undo_and_redo_actions(qtbot):
    from PySide6.QtWidgets import QWidget

    stack = make_stack(qtbot)
    parent = QWidget()
    qtbot.addWidget(parent)
    undo, redo = stack.undo_action(parent), stack.redo_action(parent)
    assert undo.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()
    assert not undo.isEnabled() and not redo.isEnabled()
    stack.remove_point(0)
    assert undo.isEnabled() and undo.text() == "&Undo delete point (0, 1.2)"
    undo.trigger()
    assert np.array_equal(stack.x, X)
    assert redo.isEnabled() and redo.text() == "&Redo delete point (0, 1.2)"
    redo.trigger()
    assert stack.x.size == X.size - 1


# ---------------------------------------------------------------------- together
def test_panel_edits_through_the_stack_and_undo(qtbot):
    """The wiring the window uses: panel requests -> stack -> panel.set_data(keep_view)."""
    from gdviz.gui.data_edits import DataEditStack

    panel = make_panel(qtbot)
    stack = DataEditStack()
    stack.set_data(X, Y)
    panel.pointAddRequested.connect(stack.add_point)
    panel.pointMoveRequested.connect(stack.move_point)
    panel.pointRemoveRequested.connect(stack.remove_point)

    def redraw(x, y):
        s = model.fit_statistics(x, y)
        panel.set_data(x, y, "x", "y", (s.intercept_star, s.slope_star), keep_view=True)

    stack.dataChanged.connect(redraw)
    vb = panel.getPlotItem().vb
    view = vb.viewRange()

    drag(qtbot, panel, at(panel, X[9], Y[9]), at(panel, 9.0, 2.0), steps=8)
    assert stack.stack.count() == 1
    assert stack.y[9] == pytest.approx(2.0, abs=2 * pixel(panel)[1])
    assert panel.points.getData()[1][9] == stack.y[9]
    qtbot.mouseClick(panel.viewport(), LEFT, pos=at(panel, 1.0, 15.0))
    qtbot.mouseClick(panel.viewport(), RIGHT, pos=at(panel, X[0], Y[0]))
    assert stack.stack.count() == 3 and stack.x.size == X.size
    assert vb.viewRange() == view  # edits never move the view
    for _ in range(3):
        stack.undo()
    assert np.array_equal(stack.x, X) and np.array_equal(stack.y, Y)
    assert np.array_equal(panel.points.getData()[1], Y)
