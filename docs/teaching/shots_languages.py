"""Screenshots of the window in German and Spanish.

Run under Xvfb from the project's folder::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/teaching/shots_languages.py \
        [DATA.csv]

Writes deutsch-1280x720.png and espanol-1280x720.png here: the window in each language
after 300 iterations at an oscillating learning rate, as the English
plain-language-1280x720.png shows it: the menus, the toolbar, the rate's zone, the
readout and the run's message in the language.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from screenshots import SEED, grab_window, run_to_end, wait  # noqa: E402

SIZE = (1280, 720)
NAMES = {"de": "deutsch", "es": "espanol"}


def shot(window_class, data: Path, language: str) -> Path:
    from gdviz.gui import i18n

    i18n.install_translators(language=language)
    window = window_class(data)
    window.resize(*SIZE)
    window.show()
    wait(800)
    window.controls.learningRateInput.setValue(0.00035)
    window.controls.iterationsInput.setValue(300)
    run_to_end(window)
    wait(600)
    path = HERE / f"{NAMES[language]}-{SIZE[0]}x{SIZE[1]}.png"
    grab_window(window, path)
    window.close()
    return path


def main() -> int:
    args = sys.argv[1:]
    data = Path(args[0]) if args else SEED
    folder = tempfile.mkdtemp(prefix="gdviz-language-shot-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from gdviz.gui.app import create_app

    app = create_app()
    from gdviz.gui import MainWindow
    from gdviz.gui.welcome import set_welcome_seen

    set_welcome_seen()
    for language in NAMES:
        print(shot(MainWindow, data, language))
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
