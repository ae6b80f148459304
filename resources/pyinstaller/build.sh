#!/usr/bin/env bash
# Build the standalone gdviz bundle (one folder, no Python needed on the target machine):
#
#     bash resources/pyinstaller/build.sh            # Linux and macOS
#
# Result: dist/gdviz/gdviz (on macOS also dist/gdviz.app); copy the whole dist/gdviz
# folder to the target. Check it there with:  dist/gdviz/gdviz --self-test
#
# Uses the project's virtual environment .venv (made here if missing) and installs
# PyInstaller into it when it is not there. Extra arguments go to PyInstaller (e.g.
# --clean to start from scratch). Work files go to build/pyinstaller, the bundle to dist/.
# Exit codes: 0 built, 3 PyInstaller could not be installed, other: the build failed.
#
# Windows (cmd, or PowerShell 7; from the project folder), the same in one line; the
# result is dist\gdviz\gdviz.exe:
#     py -m venv .venv && .venv\Scripts\python -m pip install -e . "pyinstaller>=6.5" && .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller resources\pyinstaller\gdviz.spec
set -euo pipefail
cd "$(dirname "$0")/../.."

python=.venv/bin/python
if [ ! -x "$python" ]; then
    echo "build: making the virtual environment .venv"
    "${PYTHON:-python3}" -m venv .venv
    "$python" -m pip install -q --upgrade pip
    "$python" -m pip install -q -e .
fi
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    echo "build: installing PyInstaller into .venv"
    if ! "$python" -m pip install -q "pyinstaller>=6.5"; then
        echo "build: failed: could not install PyInstaller (pip install pyinstaller)" >&2
        exit 3
    fi
fi

echo "build: $("$python" -m PyInstaller --version | sed 's/^/PyInstaller /')," \
    "$("$python" --version)"
start=$SECONDS
"$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller \
    resources/pyinstaller/gdviz.spec "$@"

program=dist/gdviz/gdviz
[ -x "$program" ] || { echo "build: failed: $program was not made" >&2; exit 1; }
size=$(du -sh dist/gdviz | cut -f1)
echo "build: done in $((SECONDS - start)) s: $program ($size in dist/gdviz)"
echo "build: check it with: $program --self-test"
