"""The window's language: English (the words in the code), German or Spanish.

The language is the one chosen in View > Language, remembered in the settings
(``view/language``: ``"system"``, ``"en"``, ``"de"`` or ``"es"``); by default the system's
user-interface language when gdviz speaks it, else English. :func:`install_translators`
loads gdviz's compiled translations (``gdviz_de.qm``, ``gdviz_es.qm``, shipped in
``gdviz/translations``; ``resources/translations`` in a checkout) and Qt's own for the
standard dialogs' buttons (``qtbase_de.qm`` from Qt's translations folder, where
installed), and hands Qt's translator to the core (:mod:`gdviz.core.i18n`).

A new choice takes effect when gdviz starts again: the widgets write their words once,
when they are made. The note saying so is in the language just chosen.

Numbers are not the language's business: every number is written by
:mod:`gdviz.core.words` in ASCII digits with a decimal point, in every language (Qt's
default locale stays C, see :func:`gdviz.gui.app.create_app`), so a window never mixes
``0,5`` and ``0.5``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..core import i18n as core_i18n
from .settings import LANGUAGE_KEY, app_settings, read_language

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "SYSTEM",
    "chosen_language",
    "current_language",
    "install_translators",
    "language_actions",
    "language_for",
    "language_menu",
    "set_chosen_language",
    "system_language",
    "translations_dir",
]

ENGLISH = "en"
#: The choice that follows the system's language.
SYSTEM = "system"
#: The languages gdviz speaks: code and name in that language (menus list languages in
#: their own words, so a person who cannot read the current one still finds theirs).
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
_PACKAGE = Path(__file__).resolve().parent.parent
#: The translators installed on the application, and their language.
_installed: list[QTranslator] = []
_RESTART = QT_TRANSLATE_NOOP("Language", "The language changes when gdviz starts again.")
_language = ENGLISH


def translations_dir() -> Path:
    """The folder of compiled translations: ``gdviz/translations`` when installed, else
    ``resources/translations``."""
    for candidate in (_PACKAGE / "translations", _PACKAGE.parent / "resources" / "translations"):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / "resources" / "translations"


def language_for(names) -> str:
    """The first of ``names`` (BCP 47 tags such as ``de-DE``, or ``de_DE``) that gdviz
    speaks, by its language part; English if none."""
    for name in names:
        code = str(name).replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def system_language() -> str:
    """The system's user-interface language if gdviz speaks it, else English."""
    return language_for(QLocale.system().uiLanguages())


def chosen_language() -> str:
    """The choice in the settings: :data:`SYSTEM` or a code of :data:`LANGUAGES`."""
    choice = read_language()
    return choice if choice in LANGUAGES else SYSTEM


def set_chosen_language(choice: str) -> None:
    """Remember ``choice`` (:data:`SYSTEM` or a code of :data:`LANGUAGES`)."""
    if choice != SYSTEM and choice not in LANGUAGES:
        raise ValueError(f"unknown language {choice!r}: choose one of {', '.join(LANGUAGES)}")
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def _resolve(choice: str) -> str:
    return system_language() if choice == SYSTEM else choice


def current_language() -> str:
    """The language of the translators installed now (English before any)."""
    return _language


def _load(name: str, folder: str | Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, str(folder)) else None


def install_translators(app=None, language: str | None = None) -> str:
    """Install the translations of ``language`` (a code; default: the chosen one) on
    ``app`` (default: the running application), replacing any installed before.

    English installs none. A missing ``.qm`` file means English for gdviz's words (and
    Qt's own, for Qt's). Returns the language installed.
    """
    global _language
    app = app or QCoreApplication.instance()
    code = language if language is not None else _resolve(chosen_language())
    code = code if code in LANGUAGES else ENGLISH
    if code == _language and (_installed or code == ENGLISH):
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator in (
            _load(f"qtbase_{code}", qt_folder),
            _load(f"gdviz_{code}", translations_dir()),
        ):
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
    _language = code
    core_i18n.set_translator(QCoreApplication.translate if _installed else None)
    return code


def _restart_note(code: str) -> str:
    """'Takes effect when gdviz starts again', in the language ``code``."""
    text = _RESTART
    translator = _load(f"gdviz_{code}", translations_dir()) if code != ENGLISH else None
    translated = translator.translate("Language", text) if translator is not None else ""
    return translated or text


def language_actions(window: QWidget) -> QActionGroup:
    """The choices of View > Language, one checked: the system's language, then each
    language in its own words. Choosing one remembers it and says when it takes effect
    (in the window's message area)."""
    group = QActionGroup(window)
    group.setExclusive(True)
    group.setObjectName("languageActions")
    current = chosen_language()
    system_name = LANGUAGES[system_language()]
    text = QCoreApplication.translate("Language", "&System language ({name})")
    choices = [(SYSTEM, text.format(name=system_name))]
    choices += [(code, name) for code, name in LANGUAGES.items()]
    for choice, label in choices:
        action = QAction(label, group)
        action.setObjectName(f"languageAction-{choice}")
        action.setData(choice)
        action.setCheckable(True)
        action.setChecked(choice == current)
        action.triggered.connect(lambda _=False, c=choice: _choose(window, c))
    return group


def _choose(window: QWidget, choice: str) -> None:
    set_chosen_language(choice)
    code = _resolve(choice)
    if code != current_language():
        show = getattr(window, "show_message", None)
        if callable(show):
            show(_restart_note(code), "info")


def language_menu(window: QWidget) -> QMenu:
    """View > Language: :func:`language_actions` in a menu."""
    menu = QMenu(QCoreApplication.translate("Language", "&Language"), window)
    menu.setObjectName("languageMenu")
    group = language_actions(window)
    for action in group.actions():
        menu.addAction(action)
    return menu
