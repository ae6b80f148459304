"""Settings between runs: window, theme, view toggles, speed; damaged files; first run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from gdviz.gui import settings as app_settings
from gdviz.gui import theme
from gdviz.gui.controls import SPEEDS, nearest_speed
from gdviz.gui.settings import (
    add_recent_file,
    check_settings,
    ensure_on_screen,
    recent_files,
    restore_window_state,
    save_window_state,
    settings_path,
)
from gdviz.gui.welcome import WelcomeNote, set_welcome_seen, should_show_welcome
from tests.conftest import REPO


@pytest.fixture
def fresh_settings(tmp_path, _private_settings):
    """An empty settings folder for this test only (then the session's folder again)."""
    folder = tmp_path / "config"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    assert settings_path().is_relative_to(folder)
    yield folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_private_settings))


def _write_settings(text: str | bytes) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode() if isinstance(text, str) else text)


def _on_some_screen(window) -> bool:
    frame = window.frameGeometry()
    title = QPoint(frame.center().x(), frame.top() + 10)
    return any(s.availableGeometry().contains(title) for s in QGuiApplication.screens())


# ---------------------------------------------------------------------- round trip
def test_window_comes_back_as_it_was_closed(make_window, seed_csv, fresh_settings, qtbot):
    first = make_window(seed_csv)
    first.show()
    first.setGeometry(120, 90, 1100, 640)
    qtbot.waitUntil(lambda: first.geometry().topLeft() == QPoint(120, 90))
    theme.apply_theme(first, "dark")
    first.logAction.trigger()  # on
    first.residualsAction.trigger()  # off
    first.bigDisplayAction.trigger()  # on
    first.standardisedAction.trigger()  # on
    first.stabilityDock.toggleViewAction().trigger()  # shown
    first.controls.speedInput.setValue(nearest_speed(50))
    assert save_window_state(first)
    geometry = first.geometry()
    first.close()

    second = make_window(seed_csv)  # a new window restores what the last one saved...
    restore_window_state(second)  # ...but the fixture resized it to 1280x720 afterwards
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == geometry
    assert theme.current_theme(second).name == "dark"
    assert second.logAction.isChecked()
    assert not second.residualsAction.isChecked()
    assert second.bigDisplayAction.isChecked() and second.big_display.isVisible()
    assert second.standardisedAction.isChecked()
    assert second.optimumAction.isChecked() and second.arrowsAction.isChecked()
    assert not second.squaresAction.isChecked()
    assert second.stabilityDock.isVisible()
    assert not second.compareDock.isVisible()
    assert SPEEDS[second.controls.speedInput.value()] == 50


def test_closing_the_window_saves_its_settings(make_window, seed_csv, fresh_settings, qtbot):
    """Closing is what saves: nothing else has to be called."""
    first = make_window(seed_csv)
    first.show()
    qtbot.waitExposed(first)
    first.logAction.trigger()  # on
    first.residualsAction.trigger()  # off
    first.close()

    second = make_window(seed_csv)
    restore_window_state(second)
    assert second.logAction.isChecked()
    assert not second.residualsAction.isChecked()


def test_nothing_saved_means_defaults(make_window, fresh_settings):
    window = make_window(load_default=False)
    restore_window_state(window)
    assert theme.current_theme(window).name == "light"
    assert window.residualsAction.isChecked() and not window.logAction.isChecked()


def test_restore_before_the_data_is_loaded(make_window, seed_csv, fresh_settings, qtbot):
    first = make_window(seed_csv)
    first.standardisedAction.trigger()
    first.logAction.trigger()
    first.controls.speedInput.setValue(len(SPEEDS) - 1)  # as fast as possible
    save_window_state(first)
    settings = app_settings.app_settings()
    assert settings.value(app_settings.SPEED_KEY) == "max"
    # the order the window uses: restore, then open the file
    second = make_window(load_default=False)
    restore_window_state(second)
    assert second.load_file(seed_csv)
    second.show()
    qtbot.waitUntil(lambda: second.dataset is not None)
    assert second.standardisedAction.isChecked() and second.logAction.isChecked()
    assert second.controls.speedInput.value() == len(SPEEDS) - 1


def test_presentation_mode_is_remembered_but_not_reentered(make_window, fresh_settings, qtbot):
    first = make_window(load_default=False)
    first.show()
    first.setGeometry(150, 100, 1000, 620)
    qtbot.waitUntil(lambda: first.geometry().topLeft() == QPoint(150, 100))
    theme.apply_theme(first, "dark")
    first.presentation.action.trigger()  # F11
    assert theme.is_presenting(first)
    save_window_state(first)
    settings = app_settings.app_settings()
    assert settings.value(app_settings.THEME_KEY) == "dark"  # the theme before presenting
    assert app_settings.read_bool(app_settings.PRESENTING_KEY, False)

    second = make_window(load_default=False)
    restore_window_state(second)
    second.show()
    qtbot.waitExposed(second)
    assert not theme.is_presenting(second)
    assert not second.windowState() & Qt.WindowState.WindowFullScreen
    assert theme.current_theme(second).name == "dark"
    assert second.geometry().size() == first.normalGeometry().size()

    third = make_window(load_default=False)
    restore_window_state(third, presentation=True)
    assert theme.is_presenting(third)
    theme.leave_presentation(third)
    assert theme.current_theme(third).name == "dark"


def test_off_screen_window_is_brought_back(make_window, fresh_settings, qtbot):
    first = make_window(load_default=False)
    first.show()
    first.move(6000, 5000)  # on a monitor that has since been unplugged
    qtbot.waitUntil(lambda: first.pos().x() >= 6000)
    save_window_state(first)

    second = make_window(load_default=False)
    restore_window_state(second)
    second.show()
    qtbot.waitExposed(second)
    assert _on_some_screen(second)


def test_ensure_on_screen_moves_and_shrinks(make_window, qtbot):
    window = make_window(load_default=False)
    window.show()
    qtbot.waitExposed(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(-5000, screen.bottom() + 2000, 900, 600)
    qtbot.waitUntil(lambda: window.pos().x() < -1000)
    assert not _on_some_screen(window)
    assert ensure_on_screen(window)
    qtbot.waitUntil(lambda: _on_some_screen(window))
    assert screen.contains(window.frameGeometry().topLeft())
    assert not ensure_on_screen(window)  # already fine: left alone
    # half off the right edge, title bar still reachable: left alone
    window.move(screen.right() - 400, screen.top() + 50)
    qtbot.waitUntil(lambda: window.pos().x() == screen.right() - 400)
    assert not ensure_on_screen(window)
    # larger than the screen and off it (placed for a bigger monitor): shrunk to fit
    window.setGeometry(screen.right() + 500, 0, screen.width() + 600, screen.height() + 300)
    qtbot.waitUntil(lambda: window.width() > screen.width())
    assert ensure_on_screen(window)
    qtbot.waitUntil(lambda: _on_some_screen(window))
    assert window.frameGeometry().width() <= screen.width()
    assert window.frameGeometry().height() <= screen.height()


# ---------------------------------------------------------------------- damaged files
def test_binary_garbage_is_moved_aside(make_window, fresh_settings):
    _write_settings(bytes(range(256)) * 8)
    assert recent_files() == []  # reading never raises
    message = check_settings()
    assert message is not None and "could not be read" in message
    assert "gdviz.ini.damaged" in message
    assert "\n" not in message
    assert (settings_path().parent / "gdviz.ini.damaged").read_bytes() == bytes(range(256)) * 8
    assert not settings_path().exists()
    assert check_settings() is None  # the defaults are fine
    window = make_window(load_default=False)
    restore_window_state(window)
    assert theme.current_theme(window).name == "light"
    assert add_recent_file("/data/a.csv") == ["/data/a.csv"]


def test_a_settings_path_that_is_a_folder_is_moved_aside(fresh_settings):
    """A folder at the settings file's place is moved aside once; then settings are
    saved again (before, nothing was ever saved and every start said so)."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.mkdir()
    message = check_settings()
    assert message is not None and "\n" not in message
    assert "moved aside to gdviz.ini.damaged" in message
    assert not path.exists() and not path.is_symlink()
    assert check_settings() is None  # said once, not at every start
    assert add_recent_file("/data/a.csv") == ["/data/a.csv"]  # and saving works again
    assert path.is_file()


def test_malformed_ini_is_moved_aside(fresh_settings):
    _write_settings("[General]\nrecentFiles=/a.csv\n[window\ngeometry=@ByteArray(\\x\n=\n")
    assert app_settings.app_settings().status() == QSettings.Status.FormatError
    message = check_settings()
    assert message is not None and "reset to the defaults" in message
    assert (settings_path().parent / "gdviz.ini.damaged").exists()
    assert recent_files() == []


def test_values_of_the_wrong_type_are_reset(make_window, fresh_settings):
    _write_settings(
        "[General]\n"
        "recentFiles=@ByteArray(not a list)\n"
        "lastFolder=/home/teacher/data\n"
        "[window]\n"
        "geometry=12\n"
        "theme=dark\n"
        "[view]\n"
        "logScale=perhaps\n"
        "residuals=false\n"
    )
    # every reader falls back to its default, none raises
    assert recent_files() == []
    window = make_window(load_default=False)
    restore_window_state(window)
    assert theme.current_theme(window).name == "dark"
    assert not window.logAction.isChecked()  # "perhaps": the default
    assert not window.residualsAction.isChecked()  # a good value still counts

    message = check_settings()
    assert message is not None and message.startswith("Some settings could not be read")
    assert "recent files" in message and "window size" in message
    assert "view options" in message
    settings = app_settings.app_settings()
    assert not settings.contains("recentFiles")
    assert not settings.contains(app_settings.GEOMETRY_KEY)
    assert settings.value("lastFolder") == "/home/teacher/data"  # good values are kept
    assert app_settings.last_folder() == "/home/teacher/data"
    assert (settings_path().parent / "gdviz.ini.damaged").exists()
    assert check_settings() is None


def test_unknown_theme_is_not_an_error(make_window, fresh_settings):
    _write_settings("[window]\ntheme=sepia\n")  # from a newer gdviz, perhaps
    assert check_settings() is None
    window = make_window(load_default=False)
    restore_window_state(window)
    assert theme.current_theme(window).name == "light"


def test_recent_files_single_and_list(fresh_settings):
    _write_settings("[General]\nrecentFiles=/only/one.csv\n")
    assert recent_files() == ["/only/one.csv"]
    for i in range(12):
        add_recent_file(f"/data/{i}.csv")
    files = recent_files()
    assert files[0] == "/data/11.csv" and len(files) == app_settings.MAX_RECENT


def test_settings_are_written_atomically(fresh_settings):
    """QSettings writes a new file and renames it over the old: never half a file."""
    settings = app_settings.app_settings()
    assert settings.isAtomicSyncRequired()
    settings.setValue("lastFolder", "/a")
    settings.sync()
    before = os.stat(settings_path()).st_ino
    settings.setValue("lastFolder", "/b")
    settings.sync()
    assert os.stat(settings_path()).st_ino != before
    assert "lastFolder=/b" in settings_path().read_text()
    assert not list(settings_path().parent.glob("*.lock"))


# ---------------------------------------------------------------------- first run
def test_welcome_note_shows_once(qtbot, fresh_settings):
    assert should_show_welcome()
    note = WelcomeNote()
    qtbot.addWidget(note)
    note.show()
    qtbot.waitExposed(note)
    assert note.objectName() == "welcomeNote"
    text = note.textLabel.text()
    assert "Start (Space)" in text and "Step (→)" in text and "File > Examples" in text
    assert "F11" in text
    assert note.textLabel.textFormat() == Qt.TextFormat.PlainText
    assert note.textLabel.font().pointSizeF() >= 12
    assert not note.showAtStartInput.isChecked()
    with qtbot.waitSignal(note.dismissed):
        button = note.findChild(type(note.dismissButton), "welcomeDismiss")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not note.isVisible()
    assert not should_show_welcome()


def test_welcome_note_can_stay(qtbot, fresh_settings):
    note = WelcomeNote()
    qtbot.addWidget(note)
    note.show()
    qtbot.mouseClick(note.showAtStartInput, Qt.MouseButton.LeftButton)
    assert note.showAtStartInput.isChecked()
    qtbot.mouseClick(note.dismissButton, Qt.MouseButton.LeftButton)
    assert not note.isVisible()
    assert should_show_welcome()  # asked to come back at every start
    again = WelcomeNote()
    qtbot.addWidget(again)
    assert again.showAtStartInput.isChecked()
    set_welcome_seen()
    assert not should_show_welcome()


def test_welcome_note_follows_the_theme(make_window, fresh_settings):
    window = make_window(load_default=False)
    note = WelcomeNote()
    layout = window.lesson_note.parentWidget().layout()
    layout.insertWidget(layout.indexOf(window.lesson_note), note)
    theme.apply_theme(window, "presentation")
    assert note.textLabel.font().pointSizeF() > 12
    theme.apply_theme(window, "dark")
    assert note.textLabel.palette().color(note.textLabel.foregroundRole()).lightness() > 200
    theme.apply_theme(window, "light")
    assert note.textLabel.font().pointSizeF() == 12


# ---------------------------------------------------------------------- special files
#: Starts gdviz as ``gdviz`` does (``app.run``), records what the window says, and quits
#: once the window is drawn with its data (``GDVIZ_STARTUP_PROBE``).
_START = """
    import json
    from gdviz.gui import app
    from gdviz.gui.main_window import MainWindow

    said = []
    show = MainWindow.show_message
    def record(self, text, level="info", *rest):
        said.append([text, level])
        return show(self, text, level, *rest)
    MainWindow.show_message = record
    code = app.run()
    print("said", json.dumps(said))
    raise SystemExit(code)
"""


def _make_pipe(path):
    os.mkfifo(path)


def _link_to_zero(path):
    os.symlink("/dev/zero", path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize(
    ("make", "where", "kind"),
    [
        (_make_pipe, "gdviz/gdviz.ini", "a named pipe"),
        (_link_to_zero, "gdviz/gdviz.ini", "a device"),
        (_make_pipe, "gdviz.ini", "a named pipe"),  # the organisation-wide file
    ],
)
def test_a_special_settings_file_does_not_block_start_up(tmp_path, make, where, kind):
    """A settings file QSettings would block on (reading a pipe waits for a writer,
    /dev/zero never ends) is moved aside before any QSettings opens it."""
    config = tmp_path / "config"
    path = config / where
    path.parent.mkdir(parents=True)
    make(path)
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "GDVIZ_STARTUP_PROBE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_START)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "startup-probe ready" in result.stdout
    said = json.loads(result.stdout.split("said ", 1)[1])
    about = [text for text, _level in said if "settings" in text.lower()]
    assert len(about) == 1 and "\n" not in about[0], said
    assert about[0].startswith(f"Your settings file was {kind}, not a file")
    assert f"moved aside to {path.name}.damaged" in about[0]
    # the window saved its settings when it closed: a plain file stands there now
    assert not path.is_symlink() and (path.is_file() or where == "gdviz.ini")
    assert path.with_name(path.name + ".damaged").is_symlink() == (make is _link_to_zero)


def test_settings_path_does_not_read_the_file(fresh_settings):
    """The path is worked out without a QSettings for gdviz's own file; it is where
    QSettings keeps it."""
    assert settings_path() == fresh_settings / "gdviz" / "gdviz.ini"
    assert str(settings_path()) == app_settings.app_settings().fileName()
