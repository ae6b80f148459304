"""The concept pages and the ready-made lessons in German and Spanish.

Each page and lesson has a translation in ``resources/concepts/<code>/`` and
``resources/lessons/<code>/``; the window shows the one of its language, else English. A
translated lesson is its English lesson with other words: the same data, settings, views
and checkpoints, and the same numbers quoted.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QImage

from gdviz.core import optimizers as opt
from gdviz.core.lesson import lesson_to_json, load_lesson, shipped_lessons
from gdviz.gui import concepts as concepts_module
from gdviz.gui import i18n
from gdviz.gui.app import create_app
from gdviz.gui.concepts import CONCEPTS, ConceptsWindow, page_markdown, page_source
from gdviz.resources import lessons_dir
from tests.conftest import REPO

PAGES = REPO / "resources" / "concepts"
LESSONS = REPO / "resources" / "lessons"
TRANSLATED = ("de", "es")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: Each language's first page title, first lesson title, and the outlier lesson's start.
FIRST = {
    "de": ("Die Fehlerfläche", "Das Tutorial wie veröffentlicht", "Ein Schüler"),
    "es": ("La superficie de error", "El tutorial tal como se publicó", "Un estudiante"),
}


@pytest.fixture(params=TRANSLATED)
def language(request, qapp):
    """The window's language, German or Spanish, for the test; English after it."""
    create_app()
    assert i18n.install_translators(qapp, request.param) == request.param
    yield request.param
    i18n.install_translators(qapp, "en")


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_lessons", REPO / "tools" / "make_lessons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _heading(text: str) -> str:
    first = text.splitlines()[0]
    assert first.startswith("# "), first
    return first[2:].strip()


def _shape(text: str) -> list[str]:
    """A page's Markdown without its words: headings, bullets, bold spans, pictures, links
    and the rules' place, in order."""
    marks = re.compile(r"^#+ |^- |\*\*|!\[|\]\([^)]*\)|\{\{rules\}\}", re.M)
    return [m.group(0).replace("../", "") for m in marks.finditer(text)]


# ---------------------------------------------------------------------------- the pages
@pytest.mark.parametrize("code", TRANSLATED)
def test_every_page_is_translated_with_the_english_shape_and_figures(code):
    folder = PAGES / code
    assert sorted(p.stem for p in folder.glob("*.md")) == sorted(CONCEPTS)
    for key in CONCEPTS:
        english = (PAGES / f"{key}.md").read_text(encoding="utf-8")
        text = (folder / f"{key}.md").read_text(encoding="utf-8")
        assert text != english
        assert _shape(text) == _shape(english), key
        figures = IMAGE.findall(text)
        assert figures == [f"../{name}" for name in IMAGE.findall(english)], key
        for name in figures:  # the shared pictures, found from the page's own folder
            path = (folder / name).resolve()
            assert path.parent == PAGES.resolve() and not QImage(str(path)).isNull(), name
        for target in LINK.findall(text):
            assert (folder / target).is_file(), (key, target)
        words = len(re.findall(r"[\w′*]+", text))
        assert 100 <= words <= 300, (key, words)


def test_each_page_falls_back_to_english_on_its_own(tmp_path, monkeypatch):
    folder = tmp_path / "concepts"
    shutil.copytree(PAGES, folder)
    (folder / "de" / "gradient.md").unlink()
    monkeypatch.setattr(concepts_module, "concepts_folder", lambda: folder)
    assert _heading(page_markdown("gradient", "de")) == "The gradient"
    assert _heading(page_markdown("convergence", "de")) == "Konvergenz"
    assert _heading(page_markdown("convergence", "fr")) == "Convergence"
    assert page_source("convergence", "en") == (PAGES / "convergence.md").read_bytes()
    assert page_source("no-such-page", "de") is None


def test_the_window_shows_the_pages_in_its_language(language, qtbot, make_window, seed_csv):
    window = make_window(seed_csv)
    window.show()
    window.findChild(QAction, "conceptsAction").trigger()
    (concepts,) = window.findChildren(ConceptsWindow)
    qtbot.waitExposed(concepts)
    titles = [concepts.list.item(i).text() for i in range(concepts.list.count())]
    assert titles[0] == FIRST[language][0]
    for key, title in zip(CONCEPTS, titles, strict=True):
        page = (PAGES / language / f"{key}.md").read_text(encoding="utf-8")
        assert title == _heading(page)
        english = _heading((PAGES / f"{key}.md").read_text(encoding="utf-8"))
        assert title == QCoreApplication.translate("concepts", english)  # as the menus say
        concepts.show_page(key)
        text = concepts.page.toPlainText()
        assert text.startswith(title)
        pictures = concepts.page.images()
        assert len(pictures) == len(IMAGE.findall(page))
        assert all(width > 1 and height > 1 for _, width, height in pictures), pictures
    # the optimizers page: the registry's rules, by their names in the language
    concepts.show_page("optimizers")
    text = concepts.page.toPlainText()
    for spec in opt.optimizer_specs():
        assert spec.translated("label") in text
        if spec.tooltip:
            assert spec.translated("tooltip") in text
    assert "Gradient descent (batch)" not in text and "{{" not in text


# ---------------------------------------------------------------------------- the lessons
def _without_words(path: Path) -> dict:
    """The lesson's file as JSON, its words blanked: title, note, each step's text and
    question, each compared run's label."""
    document = json.loads(lesson_to_json(load_lesson(path)))
    document["title"] = document["note"] = ""
    for step in document.get("steps", []):
        step["text"] = ""
        step["question"] = "?" if step.get("question") else ""
    for run in document.get("compare", []):
        run["label"] = ""
    return document


def _words(path: Path) -> list[str]:
    lesson = load_lesson(path)
    texts = [lesson.title, lesson.note]
    texts += [text for step in lesson.steps for text in (step.text, step.question) if text]
    return texts + [run.label for run in lesson.compare]


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_translated_lesson_is_the_english_one_in_other_words(code):
    names = sorted(p.name for p in LESSONS.glob("*.gdviz"))
    assert sorted(p.name for p in (LESSONS / code).glob("*.gdviz")) == names
    for name in names:
        english, translated = LESSONS / name, LESSONS / code / name
        assert _without_words(translated) == _without_words(english), name
        for mine, theirs in zip(_words(translated), _words(english), strict=True):
            assert mine.strip() and mine != theirs, (name, mine)
            # the same numbers quoted (ASCII digits, decimal point), in any order
            assert Counter(NUMBER.findall(mine)) == Counter(NUMBER.findall(theirs)), mine


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_translated_lessons_are_what_the_generator_writes(code):
    generator = _generator()
    built = generator.build(code)
    assert sorted(built) == sorted(p.name for p in (LESSONS / code).glob("*.gdviz"))
    for name, lesson in built.items():
        assert (LESSONS / code / name).read_text(encoding="utf-8") == lesson_to_json(lesson)


def test_the_generator_refuses_a_translation_that_drops_a_number(monkeypatch):
    generator = _generator()
    words = generator.TEXTS["tutorial"]["de"]
    monkeypatch.setitem(words, "note", words["note"].replace("{b_star}", "b*"))
    with pytest.raises(ValueError, match="quotes other values"):
        generator.build("de")


def test_the_lessons_folder_of_each_language():
    assert lessons_dir() == LESSONS or lessons_dir().name == "lessons"
    assert lessons_dir("en") == lessons_dir()
    assert lessons_dir("fr") == lessons_dir()  # no French lessons: English
    for code in TRANSLATED:
        assert lessons_dir(code) == lessons_dir() / code
        titles = [title for title, _ in shipped_lessons(lessons_dir(code))]
        english = [title for title, _ in shipped_lessons(lessons_dir())]
        assert len(titles) == len(english) and not set(titles) & set(english)


def test_the_window_lists_and_opens_the_lessons_of_its_language(
    language, qtbot, make_window, seed_csv
):
    window = make_window(seed_csv)
    window.show()
    titles = [a.text() for a in window.examplesMenu.actions() if not a.menu()]
    assert titles[0] == FIRST[language][1]
    expected = [load_lesson(p).title for p in sorted((LESSONS / language).glob("*.gdviz"))]
    assert titles == expected
    actions = [a for a in window.examplesMenu.actions() if not a.menu()]
    lesson = load_lesson(LESSONS / language / "06-outlier.gdviz")
    next(a for a in actions if a.text() == lesson.title).trigger()  # a translated note
    qtbot.waitUntil(lambda: window.lesson_note.title == lesson.title)
    first = lesson.steps[0]  # a stepped lesson opens on its first step
    assert window.lesson_note.note == first.text and first.text.startswith(FIRST[language][2])
    assert window.lesson_note.question == first.question
    assert window.dataset.n == lesson.data.n
