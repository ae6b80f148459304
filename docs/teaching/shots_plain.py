"""Screenshot of plain language: the window in words instead of symbols.

Run under Xvfb from the project's folder::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/teaching/shots_plain.py \
        [DATA.csv]

Writes plain-language-1280x720.png here: View > Plain language on, an oscillating
learning rate, a few hundred iterations run, so the rate's line, the State readout and
the legends all speak in words.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from screenshots import SEED, grab_window, wait  # noqa: E402

SIZE = (1280, 720)


def main() -> int:
    args = sys.argv[1:]
    data = Path(args[0]) if args else SEED
    folder = tempfile.mkdtemp(prefix="gdviz-plain-shot-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from gdviz.gui.app import create_app

    app = create_app()
    from gdviz.gui import MainWindow
    from gdviz.gui.welcome import set_welcome_seen

    set_welcome_seen()
    window = MainWindow(data)
    window.resize(*SIZE)
    window.show()
    wait(800)
    window.plainAction.trigger()
    window.controls.learningRateInput.setValue(0.00035)
    window.session.step(300)
    wait(1200)
    grab_window(window, HERE / f"plain-language-{SIZE[0]}x{SIZE[1]}.png")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
