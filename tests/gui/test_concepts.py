"""Help > Concepts: the pages, their pictures, the registry's rules on the optimizers page,
and the ways in from the window (the Help menu, F1, the context menus)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QContextMenuEvent, QCursor, QFontInfo, QImage
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from gdviz.core import optimizers as opt
from gdviz.gui.concepts import CONCEPTS, ConceptsWindow, rules_markdown
from tests.conftest import REPO
from tests.gui.helpers import child

FOLDER = REPO / "resources" / "concepts"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def _file_title(key: str) -> str:
    first = (FOLDER / f"{key}.md").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# "), first
    return first[2:].strip()


def _concepts(window) -> ConceptsWindow:
    found = window.findChildren(ConceptsWindow)
    assert len(found) == 1, found
    return found[0]


def _open_index(qtbot, window) -> ConceptsWindow:
    window.findChild(QAction, "conceptsAction").trigger()
    concepts = _concepts(window)
    qtbot.waitExposed(concepts)
    return concepts


@pytest.fixture
def toy_rule():
    """Sign descent, ``θ ← θ − η sign(∇E)``, with Markdown in its label and words."""

    def sign_descent(learning_rate: float = 1e-3) -> opt.Optimizer:
        def update(grads, state, params):
            return -learning_rate * np.sign(grads), state

        rates = {"learning_rate": float(learning_rate)}
        return opt.Optimizer("sign", lambda p: opt.EmptyState(), update, rates)

    rate = opt.optimizer_spec(opt.DEFAULT_OPTIMIZER).hyperparameter("learning_rate")
    spec = opt.OptimizerSpec(
        "sign",
        "Sign *descent* [toy]",
        "adaptive",
        (rate.with_default(1e-3),),
        sign_descent,
        formulas=("θ ← θ − η sign(∇E)",),
        tooltip="Every step moves each coefficient by exactly η, # whatever the slope.",
    )
    opt.register(spec)
    yield spec
    opt.unregister("sign")


# ---------------------------------------------------------------------------- the pages
def test_every_page_in_the_folder_is_listed_and_short():
    on_disk = sorted(path.stem for path in FOLDER.glob("*.md"))
    assert on_disk == sorted(CONCEPTS)
    for key in CONCEPTS:
        words = len(re.findall(r"[\w′*]+", (FOLDER / f"{key}.md").read_text(encoding="utf-8")))
        assert 100 <= words <= 260, (key, words)


def test_every_page_has_pictures_that_exist_and_load():
    used = set()
    for key in CONCEPTS:
        names = IMAGE.findall((FOLDER / f"{key}.md").read_text(encoding="utf-8"))
        assert 1 <= len(names) <= 2, (key, names)
        for name in names:
            image = QImage(str(FOLDER / name))
            assert not image.isNull(), name
            assert image.width() >= 600 and image.height() >= 300, name
            used.add(name)
    assert used == {path.name for path in FOLDER.glob("*.png")}


def test_the_rules_list_escapes_markdown(toy_rule):
    lines = rules_markdown().splitlines()
    assert len(lines) == len(opt.optimizer_specs())
    assert r"- **Sign \*descent\* \[toy\]**: Every step" in lines[-1]
    assert r"\# whatever" in lines[-1]


# ---------------------------------------------------------------------------- the window
def test_help_concepts_shows_every_title_and_is_reused(qtbot, window):
    concepts = _open_index(qtbot, window)
    titles = [concepts.list.item(i).text() for i in range(concepts.list.count())]
    assert titles == [_file_title(key) for key in CONCEPTS]
    assert not concepts.isModal()
    assert concepts.page.toPlainText().startswith(_file_title(CONCEPTS[0]))
    concepts.list.setCurrentRow(CONCEPTS.index("convergence"))
    window.findChild(QAction, "conceptsAction").trigger()
    assert _concepts(window) is concepts  # the same window, still on its page
    assert concepts.key == "convergence"
    assert _file_title("convergence") in concepts.page.toPlainText()


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("learningRateInput", "learning-rate"),
        ("normalizeInput", "normalisation"),
        ("optimizerInput", "optimizers"),
    ],
)
def test_f1_opens_the_page_of_the_focused_control(qtbot, window, name, key):
    widget = child(window, name)
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (widget, *widget.findChildren(object)))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    concepts = _concepts(window)
    assert concepts.isVisible()
    assert concepts.key == key
    assert concepts.list.currentItem().text() == _file_title(key)
    assert concepts.page.toPlainText().startswith(_file_title(key))


def test_the_optimizers_page_names_every_registered_rule(qtbot, window, toy_rule):
    concepts = _open_index(qtbot, window)
    concepts.list.setCurrentRow(CONCEPTS.index("optimizers"))
    text = concepts.page.toPlainText()
    for spec in opt.optimizer_specs():
        assert spec.label in text, spec.label
    assert "Sign *descent* [toy]" in text  # shown as written, not as Markdown
    assert "{{" not in text
    opt.unregister("sign")
    try:
        concepts.show_page("optimizers")  # shown again: generated again
        assert "Sign *descent*" not in concepts.page.toPlainText()
    finally:
        opt.register(toy_rule)


def test_pictures_fit_the_page_and_text_is_large(qtbot, window):
    assert (window.width(), window.height()) == (1280, 720)
    concepts = _open_index(qtbot, window)
    assert concepts.frameGeometry().width() <= 1280
    assert concepts.frameGeometry().height() <= 720
    for key in CONCEPTS:
        concepts.show_page(key)
        page = concepts.page
        images = page.images()
        assert len(images) == len(IMAGE.findall((FOLDER / f"{key}.md").read_text("utf-8")))
        room = page.viewport().width() - 2 * page.document().documentMargin()
        for name, width, height in images:
            own = QImage(str(FOLDER / name))
            assert 0 < width <= room, (name, width, room)
            assert height == pytest.approx(width * own.height() / own.width(), rel=0.01)
        _assert_text_at_least(page, 18)
    for widget in (concepts.list, *concepts.findChildren(QPushButton)):
        assert QFontInfo(widget.font()).pixelSize() >= 18, widget


def _assert_text_at_least(page, pixels: int) -> None:
    document = page.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if not fragment.charFormat().isImageFormat() and fragment.text().strip():
                font = fragment.charFormat().font().resolve(document.defaultFont())
                assert QFontInfo(font).pixelSize() >= pixels, fragment.text()
            it += 1
        block = block.next()


def test_back_forward_links_and_escape(qtbot, window):
    concepts = _open_index(qtbot, window)
    concepts.show_page("learning-rate")
    concepts.page.setSource(QUrl("normalisation.md"))  # a link on the page
    assert concepts.key == "normalisation"
    assert concepts.list.currentItem().text() == _file_title("normalisation")
    qtbot.mouseClick(concepts.backButton, Qt.MouseButton.LeftButton)
    assert concepts.key == "learning-rate"
    assert concepts.forwardButton.isEnabled()
    qtbot.mouseClick(concepts.forwardButton, Qt.MouseButton.LeftButton)
    assert concepts.key == "normalisation"
    qtbot.keyClick(concepts, Qt.Key.Key_Escape)
    assert not concepts.isVisible()


def _context_menu_texts(qtbot, widget, choose: str) -> list[str]:
    """Right-click ``widget``; read the menu that opens and choose the entry ``choose``."""
    seen = []

    def read_menu():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read_menu)
            return
        seen.extend(a.text() for a in menu.actions())
        picked = [a for a in menu.actions() if a.text() == choose]
        menu.close()
        if picked:
            picked[0].trigger()

    QTimer.singleShot(0, read_menu)
    centre = widget.rect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, centre, widget.mapToGlobal(centre), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_context_menus_explain(qtbot, window):
    rate = child(window, "learningRateInput")
    title = _file_title("learning-rate")
    texts = _context_menu_texts(qtbot, rate.lineEdit(), f"Explain: {title}")
    assert f"Explain: {title}" in texts
    assert any("Copy" in text for text in texts)  # the field keeps its own entries
    assert _concepts(window).key == "learning-rate"
    # the plots: in pyqtgraph's own menu
    menu = child(window, "errorPlot").getPlotItem().getViewBox().menu
    explain = [a for a in menu.actions() if a.text().startswith("Explain: ")]
    assert explain[0].text() == f"Explain: {_file_title('convergence')}"
    explain[0].trigger()
    assert _concepts(window).key == "convergence"
    contour = child(window, "contourPlot").getPlotItem().getViewBox().menu
    texts = {a.text() for a in contour.actions()}
    assert {f"Explain: {_file_title(k)}" for k in ("error-surface", "gradient")} <= texts


def test_f1_on_a_panel_under_the_pointer(qtbot, window):
    """Nothing explained in focus: F1 explains the panel under the pointer."""
    surface = child(window, "surfaceView")
    child(window, "iterationsInput").setFocus()
    QApplication.processEvents()
    centre = surface.mapToGlobal(surface.rect().center())
    QCursor.setPos(centre)
    qtbot.waitUntil(lambda: QCursor.pos() == centre)
    window.findChild(QAction, "explainAction").trigger()
    assert _concepts(window).key == "error-surface"
