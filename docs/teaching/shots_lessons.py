"""Screenshots of stepped lessons and the lesson editor, on a 1280x720 screen.

Run under Xvfb from the project's folder::

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python docs/teaching/shots_lessons.py

Writes lesson-steps-1280x720.png (the normal window), lesson-steps-presentation-1280x720.png
(presentation mode) and lesson-editor-1280x720.png here, one process per picture.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))
from screenshots import SEED, grab_window, run_to_end, wait  # noqa: E402

LESSON = REPO / "resources" / "lessons" / "02-learning-rate-too-large.gdviz"
SIZE = (1280, 720)


def steps(window) -> None:
    """The learning-rate lesson's first step, its run diverged: the checkpoint is met."""
    run_to_end(window)
    wait(300)
    grab_window(window, HERE / "lesson-steps-1280x720.png")


def presentation(window) -> None:
    """The same step in presentation mode, on a 1280x720 projector."""
    window.presentation.action.trigger()
    wait(800)
    window.windowHandle().setGeometry(0, 0, *SIZE)
    wait(400)
    run_to_end(window)
    wait(300)
    grab_window(window, HERE / "lesson-steps-presentation-1280x720.png")
    window.presentation.action.trigger()


def editor(window) -> None:
    """Lesson > Edit lesson… on the open lesson, its last step chosen."""
    window.editLessonAction.trigger()
    dialog = window.lesson_editor
    dialog.resize(*SIZE)
    dialog.move(0, 0)
    dialog.stepList.setCurrentRow(dialog.stepList.count() - 1)
    wait(600)
    dialog.grab().save(str(HERE / "lesson-editor-1280x720.png"))
    dialog.close()


SCENES = {"steps": steps, "presentation": presentation, "editor": editor}


def main() -> int:
    args = sys.argv[1:]
    if "--scene" not in args:
        for scene in SCENES:
            subprocess.run([sys.executable, __file__, "--scene", scene], check=True)
        return 0
    folder = tempfile.mkdtemp(prefix="gdviz-lesson-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from gdviz.gui.app import create_app

    app = create_app()
    from gdviz.gui import MainWindow
    from gdviz.gui.welcome import set_welcome_seen

    set_welcome_seen()
    window = MainWindow(SEED)
    window.resize(*SIZE)
    window.show()
    wait(500)
    window.open_lesson(LESSON)
    wait(500)
    SCENES[args[args.index("--scene") + 1]](window)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
