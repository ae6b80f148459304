"""The core's words in the reader's language, without Qt.

The core writes its messages in English and passes each through :func:`translate`,
with a context naming the module (``translate("words", "not converged")``). Alone,
``translate`` gives the English back; the window installs Qt's translator with
:func:`set_translator`, so the same call gives the German or Spanish text there. The
command line keeps English.

A message with values is translated first and filled in afterwards, so the translation
can put the values where its language needs them::

    translate("words", "{n} points").format(n=format_count(n))

``tools/update_translations.py`` finds every ``translate("context", "text")`` call in
the package (its contexts and texts must be plain string literals) and puts the texts
into ``resources/translations/*.ts``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

__all__ = ["QT_TRANSLATE_NOOP", "TranslatedWords", "set_translator", "translate"]


def _identity(context: str, text: str) -> str:
    return text


_translator: Callable[[str, str], str] = _identity


def translate(context: str, text: str) -> str:
    """``text`` in the reader's language (as given if there is no translation).

    Parameters
    ----------
    context : str
        Where the text is used, usually the module's name (``"words"``, ``"data"``).
    text : str
        The English text, with ``{name}`` placeholders for values filled in later.
    """
    result = _translator(context, text)
    return result if isinstance(result, str) and result else text


def set_translator(function: Callable[[str, str], str] | None) -> None:
    """Translate with ``function(context, text)`` from now on (None: English again)."""
    global _translator
    _translator = function if function is not None else _identity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is written and give it back unchanged: for
    constants made at import, translated with :func:`translate` where they are shown."""
    return text


class TranslatedWords(Mapping):
    """A read-only mapping whose values, English texts marked with
    :func:`QT_TRANSLATE_NOOP` in ``context``, are translated each time they are read (so
    a table made at import follows the translator installed later)."""

    def __init__(self, context: str, english: Mapping[str, str]):
        self.context = context
        self.english = dict(english)

    def __getitem__(self, key: str) -> str:
        return translate(self.context, self.english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)
