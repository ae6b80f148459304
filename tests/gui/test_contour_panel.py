"""The contour panel's arrows in a view with no room to draw them."""

from __future__ import annotations


def test_arrows_in_a_view_squeezed_to_nothing_are_hidden_not_an_error(qtbot):
    from gdviz.gui.contour_panel import ContourPanel

    panel = ContourPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_arrows((1.0, 1.0, 5.0), (2.0, -1.0), (0.5, 0.8, 6.0))
    assert panel.gradient_arrow.isVisible() and panel.step_arrow.isVisible()
    panel.resize(400, 0)  # a dock or the large display took all the height
    qtbot.wait(50)
    panel.set_arrows((1.0, 1.0, 5.0), (2.0, -1.0), (0.5, 0.8, 6.0))
    assert not panel.gradient_arrow.isVisible() and not panel.step_arrow.isVisible()
