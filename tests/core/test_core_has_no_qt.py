"""The numeric core runs without Qt: every module of gdviz.core, found by walking the
package, and gdviz.cli (its command line) are imported in one fresh interpreter, which
must then hold no module of Qt or pyqtgraph."""

import json
import subprocess
import sys

from tests.conftest import REPO

CODE = """
import importlib, json, pkgutil, sys
import gdviz.core
names = [m.name for m in pkgutil.walk_packages(gdviz.core.__path__, "gdviz.core.")]
for name in [*names, "gdviz.cli"]:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "pyqtgraph", "PyQt")))
print(json.dumps({"modules": names, "qt": qt}))
"""


def test_core_imports_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", CODE], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert {"gdviz.core.data", "gdviz.core.descent"} <= set(found["modules"]), found
    assert found["qt"] == [], found["qt"]
