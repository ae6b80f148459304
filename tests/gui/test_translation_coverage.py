"""Every word the window shows goes through the translation system.

A pseudo-translation wraps each translated text in ⟦ ⟧ (a QTranslator for the window's
words and the core's hook for the core's); then every label, button, group title, dock
title, combo item, tooltip, accessible name, menu action, plot title, axis label, legend
entry, message and status text is read in several states of the window (plain language,
predict-then-reveal, my line, every dock, each loss, Newton's method, a divergence, a
damaged file, presentation mode). A word outside the brackets was never translated.

Not the window's words, so allowed outside: what comes from the data (its file name and
column names), the language names of View > Language (each in its own language), the
names of the recent files, the shipped lessons' titles (translated as files) and proper
names.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from gdviz.core import i18n as core_i18n
from tests.conftest import write_csv

OPEN, CLOSE = "\u27e6", "\u27e7"
#: Proper names and abbreviations that read the same in every language.
PROPER = {"gdviz", "Adam", "AdaGrad", "RMSProp", "RMSprop", "Newton", "Nesterov", "Huber"}
PROPER |= {"MSE", "MAE", "NIST", "CSV", "PNG", "SVG", "GIF", "MP4", "Deutsch", "English"}
PROPER |= {"Español", "Wesolowsky"}
_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
_INNER = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_WORD = re.compile(r"[^\W\d_]{3,}")
#: A word with a Greek letter is a symbol (λmax, κ).
_GREEK = re.compile("[\u0370-\u03ff]")


class PseudoTranslator(QTranslator):
    """Gives every text back wrapped in ⟦ ⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


def untranslated_words(text: str, data_words: tuple[str, ...] = ()) -> list[str]:
    """The words of ``text`` outside every ⟦ ⟧ (markup and data removed first)."""
    text = _TAG.sub(" ", text or "")
    for word in data_words:
        text = text.replace(word, " ")
    previous = None
    while previous != text:
        previous, text = text, _INNER.sub(" ", text)
    return [w for w in _WORD.findall(text) if w not in PROPER and not _GREEK.search(w)]


def test_the_probe_finds_english_and_passes_wrapped_text():
    assert untranslated_words("⟦Start⟧") == []
    assert untranslated_words("⟦⟦Data⟧ only⟧ 0.5") == []
    assert untranslated_words("⟦x⟧ only") == ["only"]
    assert untranslated_words("<b>raw data</b>") == ["raw", "data"]
    assert untranslated_words("hours studied: ⟦from⟧", ("hours studied",)) == []
    assert untranslated_words("κ = λmax/λmin") == []


class Texts:
    """What the window shows, read widget by widget."""

    def __init__(self, data_words: tuple[str, ...]) -> None:
        self.data_words = data_words
        self.found: dict[tuple[str, str, str], str] = {}

    def note(self, obj, kind: str, text: str) -> None:
        if untranslated_words(text, self.data_words):
            name = obj.objectName() or type(obj).__name__
            self.found.setdefault((name, kind, text[:100]), text)

    def read(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            self._read_widget(widget)
        for action in root.findChildren(QAction):
            if _is_data(action):
                continue
            self.note(action, "action", action.text())
            if action.toolTip() != action.text().replace("&", ""):
                self.note(action, "action tooltip", action.toolTip())
        for view in root.findChildren(pg.GraphicsView):
            for item in view.scene().items():
                if isinstance(item, pg.LabelItem):
                    self.note(view, "plot label", item.text)
                elif hasattr(item, "toPlainText"):
                    self.note(view, "plot text", item.toPlainText())

    def _read_widget(self, widget: QWidget) -> None:
        note = self.note
        if isinstance(widget, (QLabel, QAbstractButton)):
            note(widget, "text", widget.text())
        if isinstance(widget, QGroupBox):
            note(widget, "title", widget.title())
        if isinstance(widget, QDockWidget):
            note(widget, "title", widget.windowTitle())
        if isinstance(widget, QComboBox) and widget.objectName() not in _DATA_COMBOS:
            for i in range(widget.count()):
                note(widget, "item", widget.itemText(i))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                note(widget, "tab", widget.tabText(i))
        if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "suffix"):
            note(widget, "suffix", f"{widget.prefix()} {widget.suffix()}")
        if isinstance(widget, QLineEdit):
            note(widget, "placeholder", widget.placeholderText())
        note(widget, "tooltip", widget.toolTip())
        note(widget, "accessible name", widget.accessibleName())


#: Combo boxes that list the data's own column names.
_DATA_COMBOS = {"xColumnInput", "yColumnInput"}


def _is_a_file(text: str) -> bool:
    return "/" in text or "\\" in text or text.lower().endswith(".csv")


def _is_data(action: QAction) -> bool:
    """A recent file, a language's own name, or a shipped lesson's title (the lesson
    files are translated as files: tests/gui/test_translated_content.py)."""
    parent = action.parent()
    return (
        action.objectName().startswith("languageAction")
        or _is_a_file(action.text())
        or (parent is not None and parent.objectName() == "examplesMenu")
    )


@pytest.fixture
def pseudo(qapp):
    from gdviz.gui.app import create_app

    create_app()
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    core_i18n.set_translator(QCoreApplication.translate)
    yield translator
    qapp.removeTranslator(translator)
    core_i18n.set_translator(None)


def _pump(qtbot, ms: int = 150) -> None:
    qtbot.wait(ms)


def _visit_states(window, qtbot, texts: Texts, damaged) -> None:
    """Read the window in the states a lesson goes through."""
    s = window.session

    def read() -> None:
        _pump(qtbot)
        texts.read(window)
        for top in QApplication.topLevelWidgets():
            if top is not window and top.isVisible():
                texts.read(top)
        texts.note(window, "status bar", window.statusBar().currentMessage())
        texts.note(window, "message", window.message_bar.text())

    read()
    for action in (window.plainAction, window.predictAction, window.myLineAction):
        action.trigger()
        read()
    window.revealAction.trigger()
    read()
    window.predictAction.trigger()
    for name in ("stabilityDock", "mathDock", "resultsDock", "compareDock", "myLineDock"):
        getattr(window, name).show()
    read()
    for loss in ("mae", "huber", "mse"):
        s.update_settings(loss=loss)
        s.step(1)
        read()
    for optimizer in ("newton", "cg", "adam", "minibatch", "gd"):
        s.update_settings(optimizer=optimizer)
        s.step(1)
        read()
    s.update_settings(hyperparameters={"learning_rate": 0.1})
    s.update_settings(speed=None)
    s.start()
    qtbot.waitUntil(lambda: s.main_run.diverged_at is not None, timeout=10_000)
    read()
    s.reset()
    s.load_file(damaged)
    read()
    window.presentation.action.trigger()
    read()
    window.presentation.action.trigger()


def test_every_text_the_window_shows_is_translated(pseudo, make_window, tmp_path, qtbot):
    import numpy as np

    data = tmp_path / "pts.csv"
    x = np.linspace(1.0, 10.0, 30)
    write_csv(data, x, 2.0 * x + 1.0 + np.sin(x))
    damaged = tmp_path / "broken.csv"
    damaged.write_text("x,y\n1,2\n3,oops\n5,6\n", encoding="utf-8")
    window = make_window(data)
    window.show()
    qtbot.waitExposed(window)
    texts = Texts(data_words=("pts.csv", "broken.csv", "oops"))
    _visit_states(window, qtbot, texts, damaged)
    listing = "\n".join(" | ".join(key) for key in sorted(texts.found))
    assert not texts.found, f"{len(texts.found)} texts not translated:\n{listing}"
