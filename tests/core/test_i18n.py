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


def test_the_core_messages_follow_the_translator_at_use(tmp_path):
    """Tables made at import (zone names, symbol words) and messages made later are
    translated when they are read, not when the module was imported."""
    from gdviz.core import data, stability, words

    german = {
        "safe": "sicher",
        "learning rate": "Lernrate",
        "{n} million": "{n} Mio.",
        "{name}: the file is empty": "{name}: die Datei ist leer",
    }
    asked = []

    def translator(context, text):
        asked.append(context)
        return german.get(text, "")

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    i18n.set_translator(translator)
    assert stability.ZONE_NAMES["safe"] == "sicher"
    assert stability.ZONE_NAMES["slow"] == "slow"  # no translation: the English
    assert words.SYMBOL_WORDS["η"] == "Lernrate"
    assert words.format_count(2_400_000) == "2.4 Mio."
    with pytest.raises(data.DataError, match=r"^empty\.csv: die Datei ist leer$"):
        data.load_dataset(empty)
    assert {"stability", "words", "data"} <= set(asked)
    i18n.set_translator(None)
    assert stability.ZONE_NAMES["safe"] == "safe"
    assert words.format_count(2_400_000) == "2.4 million"
    assert dict(words.SYMBOL_WORDS)["η"] == "learning rate"
