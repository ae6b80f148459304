#!/usr/bin/env bash
# Does gdviz run on the lowest versions pyproject.toml allows?
#
# Creates a fresh virtual environment (in a temporary folder, removed afterwards, or in
# the folder given as the first argument, kept), installs the floor of every dependency
# in pyproject.toml ("name==X" for each "name>=X", wheels only), the test extra's tools
# at any version it allows, and gdviz itself with --no-deps. Then it runs the window's
# smoke tests under Xvfb: the window opens, runs descent and draws the 3D view. It prints
# the installed versions and exits non-zero when an install or a test fails.
#
#   bash tools/check_min_versions.sh              # in a temporary folder
#   bash tools/check_min_versions.sh /tmp/floors  # in /tmp/floors (made afresh)
#
# PYTHON chooses the interpreter (default python3; 3.11 or newer, for tomllib). Needs
# xvfb-run and the system libraries that .ci/setup installs. The tests read the
# tutorial's data set from ../shared/seed when it exists (or from GDVIZ_SEED_DIR).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}

# the window opens, steps and runs descent (2D panels in-process, the whole window with
# its 3D view in a subprocess), and the 3D panel draws the surface and the path; lesson
# files read, write and explain their errors with msgspec's messages; the losses' optima
# and Newton's steps agree with scipy's and scikit-learn's
smoke_tests=(
    tests/core/test_optimizers.py
    tests/core/test_objective.py
    tests/core/test_second_order.py
    tests/core/test_lesson.py
    tests/core/test_lesson_format.py
    tests/gui/test_main_window.py
    tests/gui/test_surface_panel.py
    tests/gui/test_app_process.py::test_window_3d_panel_renders_under_xvfb
)

if [ $# -ge 1 ]; then
    venv=$1
    if [ -e "$venv" ] && [ ! -f "$venv/pyvenv.cfg" ] && [ -n "$(ls -A "$venv")" ]; then
        echo "check_min_versions: $venv exists and is not a virtual environment" >&2
        exit 2
    fi
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    venv=$tmp/venv
fi

# "name==floor" for each dependency, then the test extra's requirements as written
requirements=$("$python" - "$repo/pyproject.toml" <<'EOF'
import re
import sys
import tomllib

with open(sys.argv[1], "rb") as f:
    project = tomllib.load(f)["project"]
for requirement in project["dependencies"]:
    name = re.match(r"[A-Za-z0-9._-]+", requirement).group()
    floor = re.search(r">=\s*([^,;\s]+)", requirement)
    if floor is None:
        sys.exit(f"check_min_versions: no floor (>=) in {requirement!r}")
    print(f"{name}=={floor.group(1)}")
for requirement in project["optional-dependencies"]["test"]:
    print(requirement)
EOF
)
mapfile -t requirements <<<"$requirements"
echo "check_min_versions: installing ${requirements[*]}"

"$python" -m venv --clear "$venv"
pip=("$venv/bin/python" -m pip install -q --disable-pip-version-check)
"${pip[@]}" --upgrade pip
# wheels only: a floor that has no wheel for this Python does not install for users either
"${pip[@]}" --only-binary=:all: "${requirements[@]}"
"${pip[@]}" --no-deps -e "$repo"

echo "check_min_versions: installed"
"$venv/bin/python" - "${requirements[@]}" <<'EOF'
import platform
import re
import sys
from importlib.metadata import version

print(f"  Python {platform.python_version()}")
for requirement in sys.argv[1:]:
    name = re.match(r"[A-Za-z0-9._-]+", requirement).group()
    print(f"  {name} {version(name)}")
EOF

if [ -z "${GDVIZ_SEED_DIR:-}" ] && [ -d "$repo/../shared/seed" ]; then
    GDVIZ_SEED_DIR=$(cd "$repo/../shared/seed" && pwd)
    export GDVIZ_SEED_DIR
fi
cd "$repo"
export PYTHONDONTWRITEBYTECODE=1
if xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$venv/bin/python" -m pytest -q -p no:cacheprovider "${smoke_tests[@]}"; then
    echo "check_min_versions: the smoke tests pass on the lowest versions allowed"
else
    status=$?
    echo "check_min_versions: the smoke tests FAIL on the lowest versions allowed" >&2
    exit "$status"
fi
