"""``gdviz --self-test`` from the source tree, and the standalone bundle built and started.

The bundle test builds ``dist/gdviz`` with ``bash resources/pyinstaller/build.sh`` (about a
minute), unless a bundle newer than every source file is already there and CI is not set,
then starts the built program with a clean environment (no Python, no venv, no source
tree) under the X display and checks that it runs, draws its 3D view and loads the data
bundled inside it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

DIST = REPO / "dist" / "gdviz"
PROGRAM = DIST / ("gdviz.exe" if sys.platform == "win32" else "gdviz")
BUILD_SCRIPT = REPO / "resources" / "pyinstaller" / "build.sh"
#: build.sh's exit code when PyInstaller cannot be installed
NO_PYINSTALLER = 3
BUILD_TIMEOUT = 300
#: a sane size for the folder (it is about 210 MB: Qt with ICU, numpy with OpenBLAS, pandas)
MAX_BUNDLE_MB = 300


def _needs_display() -> None:
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X display (the test command runs pytest under xvfb-run)")


def _ok_line(stdout: str) -> str:
    lines = [line for line in stdout.splitlines() if line.startswith("self-test ok:")]
    assert len(lines) == 1, stdout
    return lines[0]


def _source_self_test(tmp_path, platform: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GDVIZ_NO_OPENGL"}
    env["QT_QPA_PLATFORM"] = platform
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "gdviz", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )


# ---------------------------------------------------------------------- from the source tree
@pytest.mark.gl
def test_self_test_from_source_with_opengl(tmp_path):
    _needs_display()
    result = _source_self_test(tmp_path, "xcb")
    assert result.returncode == 0, result.stdout + result.stderr
    line = _ok_line(result.stdout)
    assert line.startswith("self-test ok: tutorial.csv, 100 points, iteration 100, error ")
    assert "opengl yes" in line
    assert re.search(r", pandas \d+\.\d+", line), line


def test_self_test_offscreen_has_no_opengl(tmp_path):
    result = _source_self_test(tmp_path, "offscreen")
    assert result.returncode == 0, result.stdout + result.stderr
    line = _ok_line(result.stdout)
    assert "iteration 100" in line and "opengl no" in line


def test_self_test_without_a_display_fails_in_one_line(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux can be without a display")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "gdviz", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("self-test failed: no display found")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


# ---------------------------------------------------------------------- the bundle
def _sources() -> list[Path]:
    patterns = (
        "gdviz/**/*.py",
        "data/*.csv",
        "resources/lessons/*",
        "resources/icons/**/*",
        "resources/pyinstaller/*",
        "main.py",
        "pyproject.toml",
    )
    return [p for pattern in patterns for p in REPO.glob(pattern) if p.is_file()]


def _up_to_date() -> bool:
    if not PROGRAM.is_file():
        return False
    built = PROGRAM.stat().st_mtime
    return all(p.stat().st_mtime < built for p in _sources())


def _folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The built program: built now, or reused when newer than every source (not in CI)."""
    if os.environ.get("CI") or not _up_to_date():
        result = subprocess.run(
            ["bash", str(BUILD_SCRIPT)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
        )
        output = (result.stdout + result.stderr)[-4000:]
        if result.returncode == NO_PYINSTALLER and not os.environ.get("CI"):
            pytest.skip(f"PyInstaller cannot be installed here:\n{output}")
        assert result.returncode == 0, f"the build failed:\n{output}"
    assert PROGRAM.is_file(), f"{PROGRAM} was not built"
    return PROGRAM


def _clean_env(tmp_path: Path) -> dict:
    """What a person's desktop session gives a program: no Python, no venv, no source."""
    env = {
        "PATH": os.pathsep.join(["/usr/bin", "/bin"]),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "C.UTF-8",
    }
    for key in ("DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "SYSTEMROOT"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


@pytest.mark.bundle
def test_bundle_runs_draws_3d_and_loads_its_own_data(bundle, tmp_path):
    _needs_display()
    shot = tmp_path / "bundle.png"
    result = subprocess.run(
        [str(bundle), "--self-test", "--self-test-shot", str(shot)],
        cwd=tmp_path,
        env=_clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    line = _ok_line(result.stdout)
    assert line.startswith("self-test ok: tutorial.csv, 100 points, iteration 100, error ")
    assert "opengl yes" in line and "icon yes" in line and "7 lessons" in line
    assert re.search(r", pandas \d+\.\d+", line), f"pandas does not work in the bundle: {line}"
    data_folder = Path(line.split("data from ", 1)[1])
    assert data_folder.is_relative_to(DIST), f"loaded {data_folder}, not the bundle's data"
    assert data_folder.as_posix().endswith("gdviz/examples")
    assert (data_folder / "tutorial.csv").read_bytes() == (
        REPO / "data" / "tutorial.csv"
    ).read_bytes()
    assert shot.stat().st_size > 20_000  # a real picture of the window

    size_mb = _folder_bytes(DIST) / 1e6
    print(f"bundle: {DIST} is {size_mb:.0f} MB")
    assert size_mb < MAX_BUNDLE_MB


@pytest.mark.bundle
def test_bundle_holds_the_examples_lessons_and_icons(bundle):
    package = next(DIST.rglob("gdviz/examples")).parent
    shipped = {
        "examples": sorted(p.name for p in (REPO / "data").glob("*.csv")),
        "lessons": sorted(p.name for p in (REPO / "resources" / "lessons").glob("*.gdviz")),
    }
    icons = REPO / "resources" / "icons"
    if icons.is_dir():
        shipped["icons"] = sorted(p.name for p in icons.iterdir() if p.suffix in (".svg", ".png"))
    for folder, names in shipped.items():
        assert names, folder
        inside = sorted(p.name for p in (package / folder).iterdir() if p.is_file())
        assert set(names) <= set(inside), f"{folder}: {inside}"
    # nothing from the development tools came along
    internal = bundle.parent
    for unwanted in ("pytest", "_pytest", "hypothesis", "tkinter", "PyQt5", "PyQt6"):
        assert not list(internal.rglob(unwanted)), unwanted


@pytest.mark.bundle
def test_bundle_fits_from_the_command_line(bundle, tmp_path):
    data = next(DIST.rglob("gdviz/examples/tutorial.csv"))
    result = subprocess.run(
        [str(bundle), "fit", str(data), "--iterations", "100", "--json"],
        cwd=tmp_path,
        env={k: v for k, v in _clean_env(tmp_path).items() if k != "DISPLAY"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert '"iterations": 100' in result.stdout and '"n_points": 100' in result.stdout
