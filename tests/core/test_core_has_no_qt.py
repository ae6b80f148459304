import subprocess
import sys

import pytest

#: Every module some test checked; each must import without Qt (or pyqtgraph).
MODULES = [
    "gdviz.cli",
    "gdviz.core.atomic",
    "gdviz.core.data",
    "gdviz.core.descent",
    "gdviz.core.explain",
    "gdviz.core.export",
    "gdviz.core.lesson",
    "gdviz.core.stability",
    "gdviz.core.surface",
]


@pytest.mark.parametrize("module", MODULES)
def test_core_imports_no_qt(module):
    code = (
        f"import sys, {module};"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'PyQt'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
