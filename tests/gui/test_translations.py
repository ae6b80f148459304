"""The window in German and Spanish: complete translations, kept in step with the code.

Numbers are not translated: :mod:`gdviz.core.words` writes every number with ASCII digits
and a decimal point in every language (``0.5``, never ``0,5``), so the German window shows
exactly the numbers the English one shows.
"""

from __future__ import annotations

import importlib.util
import re
import textwrap
from collections import Counter

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMenu, QWidget

from gdviz.core import i18n as core_i18n
from gdviz.core import stability, words
from gdviz.gui import i18n
from gdviz.gui.app import create_app
from tests.conftest import REPO
from tests.gui.helpers import window_in_a_process
from tests.gui.test_locale_digits import shown_numbers

_spec = importlib.util.spec_from_file_location(
    "update_translations", REPO / "tools" / "update_translations.py"
)
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

#: What must survive translation unchanged: {name} and %1 placeholders, markup, line breaks.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}|%\d+|%n")
_MARKUP = re.compile(r"<[^>]+>|&nbsp;|\n")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!nbsp;|&)", text))


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_text_is_translated_keeping_its_placeholders(language):
    found = tool.messages(tool.ts_path(language))
    assert len(found) > 150  # the window's texts are there, not a stub
    for context, source, text, kind in found:
        where = f"{language} {context}: {source!r}"
        assert kind is None, f"{where} is {kind}"
        assert text and text.strip(), f"{where} has no translation"
        assert Counter(_PLACEHOLDER.findall(text)) == Counter(_PLACEHOLDER.findall(source)), (
            f"{where} -> {text!r}: the placeholders differ"
        )
        assert Counter(_MARKUP.findall(text)) == Counter(_MARKUP.findall(source)), (
            f"{where} -> {text!r}: the markup or line breaks differ"
        )
        assert _accelerators(text) == _accelerators(source), f"{where} -> {text!r}: & differs"
        if source.strip() != source:
            assert text.strip() != text, where


def test_translations_are_up_to_date_with_the_code_and_compiled():
    """Every text in the code is in the .ts files (lupdate finds nothing new, the core's
    ``translate`` calls included), and each .qm is what lrelease makes of its .ts."""
    assert tool.problems() == []


def test_the_core_hook_is_english_alone_and_qt_in_the_window(qapp):
    core_i18n.set_translator(None)
    assert core_i18n.translate("Timeline", "History") == "History"
    try:
        assert i18n.install_translators(qapp, "de") == "de"
        assert core_i18n.translate("Timeline", "History") == "Verlauf"
        assert core_i18n.translate("Timeline", "not a text of gdviz") == "not a text of gdviz"
    finally:
        i18n.install_translators(qapp, "en")
    assert core_i18n.translate("Timeline", "History") == "History"


def test_the_language_follows_the_system_unless_chosen():
    assert i18n.language_for(["de-Latn-DE", "de-DE", "de"]) == "de"
    assert i18n.language_for(["fr-FR", "es_MX"]) == "es"
    assert i18n.language_for(["fr-FR", "ja"]) == "en"
    assert i18n.chosen_language() == i18n.SYSTEM  # fresh settings
    i18n.set_chosen_language("es")
    assert i18n.chosen_language() == "es"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        i18n.set_chosen_language("fr")


@pytest.fixture
def german(qapp):
    create_app()
    assert i18n.install_translators(qapp, "de") == "de"
    yield
    i18n.install_translators(qapp, "en")


def _run(qtbot, window, n: int) -> None:
    window.findChild(QWidget, "iterationsInput").setValue(n)
    speed = window.findChild(QWidget, "speedInput")
    speed.setValue(speed.maximum())
    start = window.findChild(QWidget, "startButton")
    start.click()
    qtbot.waitUntil(lambda: len(window.history) > n and not start.isChecked(), timeout=10_000)


def test_the_window_in_german(german, make_window, seed_csv, qtbot):
    window = make_window(seed_csv)
    window.show()
    qtbot.waitExposed(window)
    assert window.welcome_note.titleLabel.text().startswith("Willkommen bei gdviz")
    assert window.welcome_note.dismissButton.text() == "Verstanden"
    assert window.timeline.backButton.text() == "◀ Zurück"
    assert window.timeline.label.text() == "Iteration 0"
    assert window.results_panel.title.text().startswith("Ergebnisse")
    assert {"Daten", "aktuelle Gerade"} <= set(window.scatter.legends.labels())
    # Qt's own words in the standard dialogs, from qtbase_de
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    # a message in the message bar
    window.predictAction.trigger()
    text = window.message_bar.text()
    assert text.startswith("Das Optimum ist verborgen"), text
    # View > Language: the choice is remembered, and the note is in the language chosen
    menu = i18n.language_menu(window)
    actions = {a.objectName(): a for a in menu.actions()}
    assert set(actions) == {f"languageAction-{c}" for c in ("system", "en", "de", "es")}
    assert actions["languageAction-system"].isChecked()
    actions["languageAction-es"].trigger()
    assert i18n.chosen_language() == "es"
    assert window.message_bar.text() == "El idioma cambiará cuando gdviz se vuelva a iniciar."
    actions["languageAction-en"].trigger()
    assert window.message_bar.text() == "The language changes when gdviz starts again."


@pytest.fixture
def spanish(qapp):
    create_app()
    assert i18n.install_translators(qapp, "es") == "es"
    yield
    i18n.install_translators(qapp, "en")


#: What the window says in each language: menu titles (File, Edit, Run, Lesson, View,
#: Help), the transport bar's Start/Step/Reset, the "safe" zone, the start of the
#: divergence explanation and of the retry button.
_SAID = {
    "de": {
        "menus": ["&Datei", "&Bearbeiten", "&Lauf", "Le&ktion", "&Ansicht", "&Hilfe"],
        "buttons": ("Start", "Schritt", "Zurücksetzen"),
        "safe": "sicher: konvergiert, ρ = ",
        "divergent": "divergent: schießt über ×",
        "explanation": "Die Lernrate {eta} liegt über 2/λmax = {top}: In der steilsten Richtung",
        "retry": "Nochmal mit η = ",
        "zones": ("sicher", "divergent"),
    },
    "es": {
        "menus": ["&Archivo", "&Editar", "E&jecutar", "&Lección", "&Ver", "A&yuda"],
        "buttons": ("Iniciar", "Paso", "Reiniciar"),
        "safe": "segura: converge, ρ = ",
        "divergent": "divergente: se pasa ×",
        "explanation": "La tasa de aprendizaje {eta} está por encima de 2/λmax = {top}: en la",
        "retry": "Reintentar con η = ",
        "zones": ("segura", "divergente"),
    },
}


def _limit(x, y) -> float:
    """2/λmax of the mean squared error, from the data: the Hessian is
    2·[[1, mean x], [mean x, mean x²]], whatever b and m are."""
    hessian = 2.0 * np.array([[1.0, x.mean()], [x.mean(), (x * x).mean()]])
    return 2.0 / np.linalg.eigvalsh(hessian).max()


@pytest.mark.parametrize("language", ["de", "es"])
def test_menus_buttons_zones_and_divergence_in_the_language(
    request, language, make_window, seed_csv, seed_xy, qtbot
):
    request.getfixturevalue({"de": "german", "es": "spanish"}[language])
    said = _SAID[language]
    window = make_window(seed_csv)
    window.show()
    qtbot.waitExposed(window)
    assert [a.text() for a in window.menuBar().actions()] == said["menus"]
    transport = window.transport
    buttons = (transport.startButton, transport.stepButton, transport.resetButton)
    assert tuple(b.text() for b in buttons) == said["buttons"]
    gauge = window.findChild(QWidget, "learningRateZones")
    zone_label = window.findChild(QWidget, "transportZoneLabel")
    qtbot.waitUntil(lambda: gauge.zone() == "safe")
    assert gauge.text().startswith(said["safe"]), gauge.text()
    assert zone_label.text() == said["zones"][0]
    # a rate above 2/λmax: the gauge and the notice after the run say so in the language
    eta = 0.001
    assert eta > _limit(*seed_xy)
    window.findChild(QWidget, "learningRateInput").setValue(eta)
    qtbot.waitUntil(lambda: gauge.zone() == "divergent")
    assert gauge.text().startswith(said["divergent"]), gauge.text()
    assert zone_label.text() == said["zones"][1]
    speed = window.findChild(QWidget, "speedInput")
    speed.setValue(speed.maximum())
    window.findChild(QWidget, "startButton").click()
    qtbot.waitUntil(lambda: window.session.main_run.diverged_at is not None, timeout=5000)
    bar = window.findChild(QWidget, "messageBar")
    expected = said["explanation"].format(
        eta=words.format_value(eta), top=stability.format_value(_limit(*seed_xy))
    )
    qtbot.waitUntil(lambda: expected in bar.text(), timeout=5000)
    retry = window.findChild(QWidget, "messageActionButton")
    assert retry.isVisible() and retry.text().startswith(said["retry"]), retry.text()


def test_view_language_lists_the_languages_and_remembers_the_choice(
    german, make_window, seed_csv, qtbot
):
    window = make_window(seed_csv)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Ansicht")
    language = window.findChild(QMenu, "languageMenu")
    assert language is not None and language.menuAction() in view.actions()
    assert language.title() == "&Sprache"
    names = [a.text() for a in language.actions()]
    assert names[0].startswith("&Systemsprache (")
    assert names[1:] == ["English", "Deutsch", "Español"]
    assert sorted(names[1:]) == ["Deutsch", "English", "Español"]
    assert i18n.chosen_language() == i18n.SYSTEM
    language.actions()[3].trigger()  # Español
    assert i18n.chosen_language() == "es"
    assert window.message_bar.text() == "El idioma cambiará cuando gdviz se vuelva a iniciar."
    language.actions()[2].trigger()  # Deutsch: the language shown now, no note needed
    assert i18n.chosen_language() == "de"


def _numbers(texts: dict[str, str]) -> dict[str, list[str]]:
    """The numbers of the inputs and named labels (axes left out: their ticks depend on
    the room the translated titles leave)."""
    number = re.compile(r"\d+(?:[.,]\d+)*(?:e[-+]?\d+)?")
    return {
        key: number.findall(text)
        for key, text in texts.items()
        if not key.startswith("axis ") and not key.split(" ", 1)[1].isdigit()
    }


def test_german_shows_the_same_numbers_as_english(qapp, make_window, seed_csv, qtbot):
    """Decimal points stay points and digits stay ASCII in German: the numbers shown after
    the same run are character for character those of the English window."""
    shown = {}
    for language in ("en", "de"):
        i18n.install_translators(qapp, language)
        try:
            window = make_window(seed_csv)
            window.show()
            qtbot.waitExposed(window)
            _run(qtbot, window, 30)
            qtbot.wait(50)
            shown[language] = _numbers(shown_numbers(window))
            assert QLocale().decimalPoint() == "."
            window.close()
        finally:
            i18n.install_translators(qapp, "en")
    assert shown["de"] == shown["en"]
    decimals = [n for numbers in shown["de"].values() for n in numbers if "." in n]
    assert len(decimals) >= 3  # not vacuous: b, m and the error are there
    assert not [n for numbers in shown["de"].values() for n in numbers if re.search(r",\d\D*$", n)]


#: Starts gdviz as its launcher does (app.run), prints what the window says, and quits.
_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QCoreApplication, QLocale, QTimer
    from gdviz.core.i18n import translate
    from gdviz.gui import app as gdviz_app, i18n, main_window

    shown = main_window.MainWindow.show

    def show(window):
        shown(window)
        print(json.dumps({
            "system": i18n.system_language(),
            "language": i18n.current_language(),
            "welcome": window.welcome_note.titleLabel.text(),
            "history": window.timeline.backButton.text(),
            "results": window.results_panel.title.text(),
            "cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
            "core": translate("Timeline", "History"),
            "point": QLocale().decimalPoint(),
        }), flush=True)
        QTimer.singleShot(0, QCoreApplication.instance().quit)

    main_window.MainWindow.show = show
    sys.exit(gdviz_app.run(sys.argv[1]))
    """
)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"LANGUAGE": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"},
            ("de", "Willkommen bei gdviz", "◀ Zurück", "Ergebnisse", "Abbrechen", "Verlauf"),
        ),
        (
            {"LANG": "es_ES.UTF-8"},
            ("es", "Bienvenido a gdviz", "◀ Atrás", "Resultados", "Cancelar", "Historial"),
        ),
        (
            {"LANG": "fr_FR.UTF-8"},
            ("en", "Welcome to gdviz", "◀ Back", "Results", "Cancel", "History"),
        ),
    ],
)
def test_gdviz_starts_in_the_system_language(tmp_path, seed_csv, env, expected):
    said = window_in_a_process(_SCRIPT, [seed_csv], tmp_path, drop=("LC_", "LANG"), **env)
    language, welcome, back, results, cancel, history = expected
    assert said["system"] == said["language"] == language
    assert said["welcome"].startswith(welcome)
    assert said["history"] == back
    assert said["results"].startswith(results)
    assert said["cancel"] == cancel
    assert said["core"] == history
    assert said["point"] == "."


def test_a_language_chosen_in_the_settings_wins_over_the_system(tmp_path, seed_csv):
    config = tmp_path / "config" / "gdviz"
    config.mkdir(parents=True)
    (config / "gdviz.ini").write_text("[view]\nlanguage=es\n")
    said = window_in_a_process(
        _SCRIPT, [seed_csv], tmp_path, drop=("LC_", "LANG"), LANG="de_DE.UTF-8"
    )
    assert (said["system"], said["language"]) == ("de", "es")
    assert said["results"].startswith("Resultados")
