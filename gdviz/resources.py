"""Where gdviz finds its bundled example data and resources."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEFAULT_DATA", "data_dir", "default_data_path", "example_files", "lessons_dir"]

#: The tutorial's own data set (see data/tutorial-data-LICENSE.txt): what gdviz opens on.
DEFAULT_DATA = "tutorial.csv"
#: The language of the lessons in the lessons folder itself; others are in subfolders.
_ENGLISH = "en"
_LESSON_SUFFIX = ".gdviz"
_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder of example data sets: ``gdviz/examples`` when installed, else ``data/``."""
    for candidate in (_PACKAGE / "examples", _PACKAGE.parent / "data"):
        if (candidate / DEFAULT_DATA).is_file():
            return candidate
    return _PACKAGE.parent / "data"


def default_data_path() -> Path:
    return data_dir() / DEFAULT_DATA


def example_files() -> list[Path]:
    return sorted(data_dir().glob("*.csv"))


def lessons_dir(language: str | None = None) -> Path:
    """The folder of ready-made lessons: ``gdviz/lessons`` when installed, else
    ``resources/lessons``; in English, or in ``language`` (a code such as ``"de"``) from
    its subfolder when there is one with lessons in it (else the English folder)."""
    folder = _PACKAGE.parent / "resources" / "lessons"
    for candidate in (_PACKAGE / "lessons", folder):
        if candidate.is_dir():
            folder = candidate
            break
    if language and language != _ENGLISH and language.isalpha():
        translated = folder / language
        if translated.is_dir() and any(translated.glob(f"*{_LESSON_SUFFIX}")):
            return translated
    return folder
