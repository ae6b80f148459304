"""What ``pip install .`` gives: the package with its data, lessons and icons, and the
``gdviz`` and ``gdviz-gui`` launchers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO

#: What a source distribution holds; the wheel is built from a fresh copy of these, so a
#: stale ``build/`` folder in the checkout cannot leak old files into it.
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "gdviz", "data", "resources")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (REPO / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(REPO / name, source / name, ignore=ignore)
        else:
            shutil.copy2(REPO / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (path,) = out.glob("gdviz-*.whl")
    return path


def test_wheel_ships_data_lessons_and_icons(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "gdviz/examples/tutorial.csv" in names
    assert sum(n.startswith("gdviz/lessons/") and n.endswith(".gdviz") for n in names) >= 7
    for language in ("de", "es"):  # the lessons and concept pages in German and Spanish
        for folder, suffix in (("lessons", ".gdviz"), ("concepts", ".md")):
            english = sorted(f.name for f in (REPO / "resources" / folder).glob(f"*{suffix}"))
            inside = f"gdviz/{folder}/{language}/"
            shipped = sorted(n.removeprefix(inside) for n in names if n.startswith(inside))
            assert shipped == english, (language, folder, shipped)
    assert any(n.startswith("gdviz/icons/") and n.endswith(".png") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]" in text and "gdviz = gdviz.cli:main" in text
    assert "[gui_scripts]" in text and "gdviz-gui = gdviz.cli:main" in text


def test_wheel_ships_no_generator_scripts(wheel):
    """The scripts that write the examples, lessons and icons live in ``tools/``; the data
    folders are installed as packages, so a script left in one would become a module."""
    names = zipfile.ZipFile(wheel).namelist()
    folders = ("examples", "lessons", "icons", "concepts", "translations")
    shipped = [n for n in names if n.split("/")[:2][-1] in folders and n.count("/") == 2]
    assert shipped and not [n for n in shipped if n.endswith(".py")]
    assert not [n for n in names if "make_" in n.rsplit("/", 1)[-1]]
    for generator in ("make_examples.py", "make_lessons.py", "make_icons.py"):
        assert (REPO / "tools" / generator).is_file()
    # everything the data folders hold besides the generators is shipped
    for folder, package, patterns in (
        ("data", "examples", ("*.csv", "*.txt")),
        ("resources/lessons", "lessons", ("*.gdviz",)),
        ("resources/icons", "icons", ("*.svg", "*.png")),
        ("resources/concepts", "concepts", ("*.md", "*.png")),
        ("resources/translations", "translations", ("*.qm",)),
    ):
        files = sorted(f.name for p in patterns for f in (REPO / folder).glob(p))
        assert files
        assert sorted(n.split("/")[-1] for n in shipped if n.split("/")[1] == package) == files


def test_installed_package_finds_its_own_data(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    code = (
        "import gdviz, gdviz.resources as r, gdviz.cli as c;"
        "print(gdviz.__file__); print(r.default_data_path()); print(r.lessons_dir());"
        "print(r.lessons_dir('de'));"
        "from gdviz.gui.concepts import page_source;"
        "print(page_source('gradient', 'es').decode().splitlines()[0]);"
        "raise SystemExit(c.main(['fit', str(r.default_data_path()), '--iterations', '5']))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(str(target))  # the installed copy, not the source tree
    assert lines[1].startswith(str(target)) and lines[2].startswith(str(target))
    assert lines[3] == os.path.join(lines[2], "de")  # the German lessons, installed
    assert lines[4] == "# El gradiente"  # the Spanish page, from the installed package
    assert "After 5 iterations" in result.stdout
