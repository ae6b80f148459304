"""The core's translation hook: English alone, the installed translator's words else."""

from __future__ import annotations

import pytest

from gdviz.core import i18n


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_translator(None)


def test_english_without_a_translator():
    assert i18n.translate("words", "not converged") == "not converged"


def test_an_installed_translator_is_asked_with_the_context():
    asked = []

    def german(context, text):
        asked.append((context, text))
        return {"{n} points": "{n} Punkte"}.get(text, "")

    i18n.set_translator(german)
    assert i18n.translate("words", "{n} points").format(n=3) == "3 Punkte"
    assert asked == [("words", "{n} points")]
    i18n.set_translator(None)
    assert i18n.translate("words", "{n} points") == "{n} points"


@pytest.mark.parametrize("answer", ["", None, 3])
def test_an_empty_or_odd_answer_keeps_the_english(answer):
    i18n.set_translator(lambda context, text: answer)
    assert i18n.translate("data", "no numbers found") == "no numbers found"
