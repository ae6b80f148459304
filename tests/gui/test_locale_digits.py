"""One digit system in the whole window, whatever the system's locale.

Under Arabic and Persian locales Qt writes numbers with Arabic-Indic (or Persian) digits,
while gdviz's own number policy (:mod:`gdviz.core.words`) writes ASCII digits; a panel
mixing the two is hard to read. The window writes every number in ASCII digits.
"""

from __future__ import annotations

import inspect
import textwrap

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractSpinBox

from gdviz.gui.app import create_app
from tests.gui.helpers import run_to, window_in_a_process


def shown_numbers(window) -> dict[str, str]:
    """What a person reads as numbers: the inputs, every visible label (the readouts
    among them) and the tick labels of every plot axis, as drawn."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QAbstractSpinBox, QLabel

    texts = {}
    for box in window.findChildren(QAbstractSpinBox):
        texts["input " + box.objectName()] = box.text()
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text():
            texts[f"label {label.objectName() or id(label)}"] = label.text()
    for plot in window.findChildren(pg.PlotWidget):
        for side in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(side)
            if not axis.isVisible():
                continue
            size = axis.geometry().width() if side == "bottom" else axis.geometry().height()
            ticks = axis.tickValues(*axis.range, max(size, 100))
            strings = [s for step, at in ticks for s in axis.tickStrings(at, axis.scale, step)]
            texts[f"axis {plot.objectName() or type(plot).__name__} {side}"] = " ".join(strings)
    return texts


#: Starts the window as gdviz does (create_app), runs 50 iterations, prints what it shows.
_SCRIPT = inspect.getsource(shown_numbers) + textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QWidget
    from gdviz.gui.app import create_app

    system = QLocale.system().name()
    app = create_app()
    from gdviz.gui import MainWindow

    window = MainWindow(sys.argv[1])
    window.resize(1400, 900)
    window.show()
    window.findChild(QWidget, "iterationsInput").setValue(50)
    window.findChild(QWidget, "startButton").click()
    deadline = time.monotonic() + 20
    start = window.findChild(QWidget, "startButton")
    while time.monotonic() < deadline and (len(window.history) < 51 or start.text() != "Start"):
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    print(json.dumps({"system": system, "texts": shown_numbers(window)}))
    window.close()
    """
)


def _assert_ascii_digits(texts: dict[str, str], iterations: str) -> None:
    # isdecimal: every script's 0-9, but not superscript exponents (10⁻⁶)
    digits = {key: {ch for ch in text if ch.isdecimal()} for key, text in texts.items()}
    foreign = {key: texts[key] for key, used in digits.items() if used - set("0123456789")}
    assert not foreign, foreign
    # not vacuous: the inputs, the readouts and the axes do show numbers
    assert texts["input iterationsInput"] == iterations
    assert sum(key.startswith("axis ") and bool(used) for key, used in digits.items()) >= 4
    assert any(key.startswith("label ") and len(used) > 3 for key, used in digits.items())


@pytest.mark.parametrize(("name", "zero"), [("ar_EG", "٠"), ("fa_IR", "۰")])
def test_one_digit_system_under_arabic_and_persian_locales(tmp_path, seed_csv, name, zero):
    """The whole window under LC_ALL=ar_EG.UTF-8 (and fa_IR): ASCII digits everywhere."""
    locale = f"{name}.UTF-8"
    shown = window_in_a_process(_SCRIPT, [seed_csv], tmp_path, LANG=locale, LC_ALL=locale)
    # Qt saw the locale, whose own digits are not ASCII ...
    assert shown["system"] == name and QLocale(name).zeroDigit() == zero
    _assert_ascii_digits(shown["texts"], "50")  # ... and the window still writes ASCII


def test_a_window_made_under_an_arabic_default_locale(make_window, seed_csv, qtbot):
    """In the same process: the locale is Arabic when gdviz starts (create_app)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    try:
        create_app()
        assert QLocale().zeroDigit() == "0"
        window = make_window(seed_csv)
        window.show()
        qtbot.waitExposed(window)
        run_to(qtbot, window, 20)
        texts = shown_numbers(window)
    finally:
        QLocale.setDefault(before)
    _assert_ascii_digits(texts, "20")
    spins = window.findChildren(QAbstractSpinBox)
    assert len(spins) >= 3 and all(box.locale().zeroDigit() == "0" for box in spins)
