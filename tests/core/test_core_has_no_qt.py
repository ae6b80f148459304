import subprocess
import sys


def test_core_imports_no_qt():
    code = (
        "import sys, gdviz.core.data, gdviz.core.descent, gdviz.core.surface, gdviz.cli;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'PyQt'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
