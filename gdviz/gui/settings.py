"""Persistent settings in an INI file per user: window, theme, view, recent files.

What is remembered between runs (QSettings keys in ``gdviz.ini``):

=========================  =================================================================
``recentFiles``            list of paths, newest first (at most :data:`MAX_RECENT`)
``lastFolder``             folder of the last file opened or saved
``window/geometry``        ``QWidget.saveGeometry()`` (size, position, maximised, screen)
``window/state``           ``QMainWindow.saveState(STATE_VERSION)`` (docks, toolbar)
``window/theme``           name of the theme (a key of :data:`gdviz.gui.theme.THEMES`)
``window/presenting``      whether presentation mode was on when the window closed
``view/<name>``            the View menu's toggles (see :data:`VIEW_TOGGLES`)
``run/speed``              iterations per second, or ``"max"``
``welcome/seen``           the first-run note was dismissed (:mod:`gdviz.gui.welcome`)
``view/language``          ``"system"`` or a language code (:mod:`gdviz.gui.i18n`)
=========================  =================================================================

Presentation mode is remembered but not switched on again by default: a teacher who quit
while presenting on the classroom projector most likely opens gdviz next on a laptop, where
a window that fills the screen unasked is a surprise. The theme chosen in View > Theme is
restored, and the window comes back at its size from before presentation mode.
``restore_window_state(window, presentation=True)`` re-enters it instead.

Safety. Reading is type-safe: a value of the wrong type (a ``recentFiles`` that is not a
list of strings, a geometry that is not bytes, an unknown theme) reads as the default,
never as an exception. :func:`check_settings` (call it once at start) moves a file that
cannot be read aside as ``gdviz.ini.damaged`` and resets values of the wrong type, and
says so in one line. Writing cannot leave a half-written file: QSettings saves atomically
by default (``QSettings.isAtomicSyncRequired()`` is True; it writes a temporary file with
``QSaveFile`` and renames it over ``gdviz.ini``, so the file's inode changes on every
sync, checked in the tests), and a lock file keeps two gdviz processes from interleaving.
A crash mid-write leaves the previous file intact.
"""

from __future__ import annotations

import math
import os
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QPoint,
    QRect,
    QSettings,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from ..core.data import file_kind

__all__ = [
    "LANGUAGE_KEY",
    "MAX_RECENT",
    "STATE_VERSION",
    "VIEW_TOGGLES",
    "add_recent_file",
    "app_settings",
    "check_settings",
    "ensure_on_screen",
    "last_folder",
    "read_bool",
    "read_language",
    "recent_files",
    "restore_window_state",
    "save_window_state",
    "set_last_folder",
    "settings_folder",
    "settings_path",
]

MAX_RECENT = 8
#: Version passed to ``saveState``/``restoreState``: raise it when the docks change, and
#: an old layout is ignored instead of misplacing the new docks.
STATE_VERSION = 1
#: The window's checkable View actions (attribute names) and their settings keys.
VIEW_TOGGLES = {
    "residualsAction": "view/residuals",
    "squaresAction": "view/squares",
    "optimumAction": "view/optimumLine",
    "logAction": "view/logScale",
    "arrowsAction": "view/arrows",
    "standardisedAction": "view/standardised",
    "bigDisplayAction": "view/bigDisplay",
    "plainAction": "view/plain",
}
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
THEME_KEY = "window/theme"
PRESENTING_KEY = "window/presenting"
SPEED_KEY = "run/speed"
LANGUAGE_KEY = "view/language"
DAMAGED_SUFFIX = ".damaged"
#: The least of a window that must lie on a screen, and the band at its top (the title
#: bar, where it is grabbed) that must be reachable; else it is brought back.
_MIN_VISIBLE = (200, 120)
_TITLE_BAND = 40


ORGANISATION = APPLICATION = "gdviz"
#: An organisation no one uses: a QSettings made for it finds no file to read, yet names
#: its file by the same rule (and ``QSettings.setPath``) as gdviz's own.
_NOBODY = f"gdviz-settings-path-{uuid.uuid4().hex}"


def app_settings() -> QSettings:
    """gdviz's settings (INI format, per user)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def settings_folder() -> Path:
    """The folder of per-user INI settings (``~/.config`` on Linux, unless moved by
    ``XDG_CONFIG_HOME`` or ``QSettings.setPath``).

    Not read from ``app_settings().fileName()``: a QSettings reads its files when it is
    made, and a settings file that is a named pipe or a link to a device would then block
    start-up before :func:`check_settings` could move it aside.
    """
    nobody = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _NOBODY, "x")
    return Path(nobody.fileName()).parent.parent


def settings_path() -> Path:
    """The settings file (it may not exist yet)."""
    return settings_folder() / ORGANISATION / f"{APPLICATION}.ini"


def _organisation_path() -> Path:
    """The organisation-wide file QSettings reads after gdviz's own (fallbacks)."""
    return settings_folder() / f"{ORGANISATION}.ini"


# ---------------------------------------------------------------------- reading safely
_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")


def _as_bool(value) -> bool | None:
    """A bool from what QSettings returns (INI gives ``"true"``), or None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    if isinstance(value, int):
        return value != 0
    return None


def _as_bytes(value) -> QByteArray | None:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes | bytearray):
        return QByteArray(bytes(value))
    return None


def _as_str_list(value) -> list[str] | None:
    """A list of strings (INI reads a one-item list back as a string), or None."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def _as_str(value) -> str | None:
    return value if isinstance(value, str) else None


def _as_theme(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _as_speed(value) -> float | None:
    """Iterations per second (> 0; ``"max"`` is infinity), or None."""
    if isinstance(value, str) and value.strip().lower() == "max":
        return math.inf
    if isinstance(value, bool):
        return None
    try:
        speed = float(value)
    except (TypeError, ValueError):
        return None
    return speed if speed > 0 and not math.isnan(speed) else None


#: Every key gdviz reads, with the function that accepts its value (None: wrong type).
_READERS: dict[str, Callable] = {
    "recentFiles": _as_str_list,
    "lastFolder": _as_str,
    GEOMETRY_KEY: _as_bytes,
    STATE_KEY: _as_bytes,
    THEME_KEY: _as_theme,
    PRESENTING_KEY: _as_bool,
    SPEED_KEY: _as_speed,
    "welcome/seen": _as_bool,
    LANGUAGE_KEY: _as_theme,
    **{key: _as_bool for key in VIEW_TOGGLES.values()},
}
#: Plain words for the keys, for the message after a reset.
_LABELS = {
    "recentFiles": QT_TRANSLATE_NOOP("settings", "recent files"),
    "lastFolder": QT_TRANSLATE_NOOP("settings", "last folder"),
    GEOMETRY_KEY: QT_TRANSLATE_NOOP("settings", "window size"),
    STATE_KEY: QT_TRANSLATE_NOOP("settings", "dock layout"),
    THEME_KEY: QT_TRANSLATE_NOOP("settings", "theme"),
    PRESENTING_KEY: QT_TRANSLATE_NOOP("settings", "presentation mode"),
    SPEED_KEY: QT_TRANSLATE_NOOP("settings", "speed"),
    "welcome/seen": QT_TRANSLATE_NOOP("settings", "welcome note"),
    LANGUAGE_KEY: QT_TRANSLATE_NOOP("settings", "language"),
}
_VIEW_OPTIONS = QT_TRANSLATE_NOOP("settings", "view options")


def _read(settings: QSettings, key: str, default=None, reader: Callable | None = None):
    """The value of a key, or ``default`` if it is missing or of the wrong type.

    ``reader`` accepts the value (None: wrong type); by default the key's own in
    :data:`_READERS`.
    """
    try:
        if not settings.contains(key):
            return default
        value = (reader or _READERS[key])(settings.value(key))
    except Exception:  # a value Qt cannot even convert: treat as missing
        return default
    return default if value is None else value


def read_bool(key: str, default: bool) -> bool:
    """A yes/no setting (``True``/``False``, or ``default`` when missing or unreadable)."""
    return _read(app_settings(), key, default, _as_bool)


def read_language() -> str | None:
    """The language chosen in View > Language (``"system"`` or a code), or None."""
    return _read(app_settings(), LANGUAGE_KEY)


def _tr(text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("settings", …)``) in the window's language."""
    return QCoreApplication.translate("settings", text)


def recent_files() -> list[str]:
    """Recently opened files, newest first."""
    return list(_read(app_settings(), "recentFiles", []))[:MAX_RECENT]


def add_recent_file(path: str) -> list[str]:
    """Put ``path`` first in the recent files (once); the new list."""
    files = [path] + [f for f in recent_files() if f != path]
    files = files[:MAX_RECENT]
    settings = app_settings()
    settings.setValue("recentFiles", files)
    settings.sync()
    return files


def last_folder(default: str | None = None) -> str:
    """The folder of the last file opened or saved (``default`` or home if none)."""
    folder = _read(app_settings(), "lastFolder", "")
    return folder or (default if default is not None else str(Path.home()))


def set_last_folder(folder: str | os.PathLike) -> None:
    settings = app_settings()
    settings.setValue("lastFolder", str(folder))
    settings.sync()


# ---------------------------------------------------------------------- checking the file
def _looks_like_text(raw: bytes) -> bool:
    """An INI file is text: no NUL bytes, valid UTF-8 (what Qt 6 writes)."""
    if b"\x00" in raw:
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _move_aside(path: Path) -> Path | None:
    """Rename a damaged file to ``<name>.damaged`` (replacing an older one)."""
    target = path.with_name(path.name + DAMAGED_SUFFIX)
    try:
        os.replace(path, target)
    except OSError:
        try:  # cannot rename: at least stop reading it
            path.unlink()
        except OSError:
            return None
        return None
    return target


def _copy_aside(path: Path, raw: bytes) -> Path | None:
    target = path.with_name(path.name + DAMAGED_SUFFIX)
    try:
        target.write_bytes(raw)
    except OSError:
        return None
    return target


def check_settings() -> str | None:
    """Make the settings file usable; a one-line message if something was reset, else None.

    - A file that is not text, or that QSettings reports as malformed
      (``QSettings.Status.FormatError``), is renamed to ``gdviz.ini.damaged`` and gdviz
      starts with defaults.
    - A settings path that is a folder, a named pipe, a link to a device or a broken
      link (gdviz's own file or the organisation-wide ``gdviz.ini`` QSettings also
      reads; checked with ``stat``, never opened), or a file that cannot be read (no
      permission), is moved aside to ``gdviz.ini.damaged`` (or ``…damaged-N``), so that settings can
      be saved again; if it cannot be moved, defaults are used for this run.
    - Known keys whose values have the wrong type are removed (defaults from then on);
      a copy of the file before the change is kept as ``gdviz.ini.damaged``.

    Never raises.
    """
    try:
        return _check_settings()
    except Exception as error:  # the check itself must never stop gdviz from starting
        text = _tr(
            QT_TRANSLATE_NOOP(
                "settings", "Your settings could not be checked ({error}); gdviz uses the defaults."
            )
        )
        return text.format(error=error)


def _put_aside(path: Path) -> Path | None:
    """Rename whatever stands at ``path`` (a folder, a pipe, a link to a device, an
    unreadable file) to a free ``<name>.damaged`` name, so a settings file can be
    written there again."""
    for number in range(100):
        target = path.with_name(path.name + DAMAGED_SUFFIX + (f"-{number}" if number else ""))
        if target.exists() or target.is_symlink():
            continue
        try:
            os.rename(path, target)
        except OSError:
            return None
        return target
    return None


def _not_a_file(path: Path) -> str | None:
    """What stands at ``path`` if it is not a regular file (never opened: a named pipe
    would block start-up), else None."""
    try:
        return file_kind(path.stat().st_mode)
    except OSError:  # a dangling link: nothing to read, put it aside too
        return "a broken link"


def _special_file(path: Path) -> str | None:
    """Move a folder, pipe, device or broken link at ``path`` aside; a message, or None."""
    if not (path.exists() or path.is_symlink()):  # stat only: nothing is opened
        return None
    what = _not_a_file(path)
    if what is None:
        return None
    kept = _put_aside(path)
    if kept is None:
        return QCoreApplication.translate(
            "settings",
            "Your settings file {path} is {what}, not a file, and could not be moved "
            "aside; gdviz uses the defaults and cannot save your settings.",
        ).format(path=path, what=what)
    return QCoreApplication.translate(
        "settings",
        "Your settings file was {what}, not a file: it was moved aside to "
        "{kept}, and gdviz starts with the defaults.",
    ).format(what=what, kept=kept.name)


def _check_settings() -> str | None:
    path = settings_path()
    # both files QSettings would open, before any QSettings opens them
    special = [_special_file(p) for p in (path, _organisation_path())]
    if any(special):
        return next(message for message in special if message)
    if not path.exists():
        return None
    try:
        raw = path.read_bytes()
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        kept = _put_aside(path)
        if kept is None:
            return QCoreApplication.translate(
                "settings",
                "Your settings could not be read ({reason}: {path}); "
                "gdviz uses the defaults for now.",
            ).format(reason=reason, path=path)
        return QCoreApplication.translate(
            "settings",
            "Your settings could not be read ({reason}); the file was moved aside to "
            "{kept}, and gdviz starts with the defaults.",
        ).format(reason=reason, kept=kept.name)
    status, bad = _probe(raw) if _looks_like_text(raw) else (QSettings.Status.FormatError, [])
    if status != QSettings.Status.NoError:
        kept = _move_aside(path)
        if kept is None:
            return QCoreApplication.translate(
                "settings", "Your settings could not be read and were reset to the defaults."
            )
        return QCoreApplication.translate(
            "settings",
            "Your settings could not be read and were reset to the defaults; "
            "the damaged file was kept as {kept}.",
        ).format(kept=kept.name)
    if not bad:
        return None
    kept = _copy_aside(path, raw)
    settings = app_settings()
    for key in bad:
        settings.remove(key)
    settings.sync()
    names = ", ".join(dict.fromkeys(_tr(_LABELS.get(key, _VIEW_OPTIONS)) for key in bad))
    if kept is None:
        return QCoreApplication.translate(
            "settings", "Some settings could not be read and were reset to the defaults ({names})."
        ).format(names=names)
    return QCoreApplication.translate(
        "settings",
        "Some settings could not be read and were reset to the defaults ({names}); "
        "the old file was kept as {kept}.",
    ).format(names=names, kept=kept.name)


def _probe(raw: bytes) -> tuple[QSettings.Status, list[str]]:
    """Parse a copy of the settings file: Qt's verdict, and the keys of the wrong type.

    A copy, because QSettings caches each file it has read for the whole process and
    reports a parse error only to the first object that read it.
    """
    with tempfile.TemporaryDirectory(prefix="gdviz-settings-") as folder:
        copy = Path(folder) / "probe.ini"
        copy.write_bytes(raw)
        probe = QSettings(str(copy), QSettings.Format.IniFormat)
        status = probe.status()
        bad = [key for key in _READERS if _bad_value(probe, key)]
        del probe
    return status, bad


def _bad_value(settings: QSettings, key: str) -> bool:
    try:
        return settings.contains(key) and _READERS[key](settings.value(key)) is None
    except Exception:
        return True


# ---------------------------------------------------------------------- the window
def save_window_state(window) -> bool:
    """Remember the window's size and place, docks, theme, view toggles and speed.

    Call from ``closeEvent``. While presenting, the theme and geometry from before
    presentation mode are saved (with ``window/presenting`` true), and the toolbar and
    docks as last saved are kept (presentation mode hides the toolbar). Never raises;
    False when the settings could not be written.
    """
    try:
        from . import theme

        settings = app_settings()
        backup = theme.presentation_backup(window)
        if backup is not None:
            theme_name, geometry = backup
        else:
            theme_name, geometry = theme.current_theme(window).name, window.saveGeometry()
        if not geometry.isEmpty():
            settings.setValue(GEOMETRY_KEY, geometry)
        if backup is None:  # presentation mode hides the toolbar: keep the normal layout
            settings.setValue(STATE_KEY, window.saveState(STATE_VERSION))
        settings.setValue(THEME_KEY, theme_name)
        settings.setValue(PRESENTING_KEY, theme.is_presenting(window))
        for name, key in VIEW_TOGGLES.items():
            action = getattr(window, name, None)
            if action is not None and action.isCheckable():
                settings.setValue(key, action.isChecked())
        session = getattr(window, "session", None)
        if session is not None:
            speed = session.settings.speed
            settings.setValue(SPEED_KEY, "max" if speed is None else repr(float(speed)))
        settings.sync()
        return settings.status() == QSettings.Status.NoError
    except Exception:
        return False


def restore_window_state(window, *, presentation: bool = False) -> None:
    """Put back what :func:`save_window_state` remembered; defaults for anything missing.

    Call in ``__init__`` once the panels, actions and controls exist and before a file
    (or lesson) is opened, so a lesson's own view settings win. A window placed off every
    screen (a monitor unplugged since) is brought back onto one. Presentation mode is
    entered again only with ``presentation=True``. Never raises.
    """
    from . import theme
    from .controls import SPEEDS, nearest_speed

    settings = app_settings()
    steps = []

    geometry = _read(settings, GEOMETRY_KEY)
    if geometry is not None and not geometry.isEmpty():

        def put_geometry():
            if window.restoreGeometry(geometry):
                full = Qt.WindowState.WindowFullScreen
                if window.windowState() & full:  # never come back full screen unasked
                    window.setWindowState(window.windowState() & ~full)
                ensure_on_screen(window)

        steps.append(put_geometry)
    state = _read(settings, STATE_KEY)
    if state is not None and not state.isEmpty():
        steps.append(lambda: window.restoreState(state, STATE_VERSION))
    for name, key in VIEW_TOGGLES.items():
        on = _read(settings, key)
        action = getattr(window, name, None)
        if on is not None and action is not None and action.isCheckable():
            steps.append(lambda a=action, on=on: a.isChecked() != on and a.setChecked(on))
    speed = _read(settings, SPEED_KEY)
    session = getattr(window, "session", None)
    if speed is not None and session is not None:
        exact = SPEEDS[nearest_speed(speed)]
        steps.append(
            lambda: session.update_settings(speed=None if math.isinf(exact) else float(exact))
        )
    name = _read(settings, THEME_KEY)
    if name in theme.THEMES and name != theme.current_theme(window).name:
        steps.append(lambda: theme.apply_theme(window, name))
    if presentation and _read(settings, PRESENTING_KEY, False):
        steps.append(lambda: theme.enter_presentation(window))
    for step in steps:  # each on its own: one bad value does not undo the others
        try:
            step()
        except Exception:
            continue


def ensure_on_screen(window) -> bool:
    """Move (and if need be shrink) ``window`` onto a screen; True if it was moved.

    A window counts as visible when at least 200 x 120 pixels of it, and 200 pixels of
    its top edge (where the title bar is grabbed), lie on one screen's available area.
    Maximised and full-screen windows are left to the window manager.
    """
    states = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    if window.windowState() & states:
        return False
    screens = QGuiApplication.screens()
    if not screens:
        return False
    frame = window.frameGeometry() if window.isVisible() else window.geometry()
    for screen in screens:
        if _usable_on(frame, screen.availableGeometry()):
            return False
    screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    extra_w = frame.width() - window.width()  # window frame (title bar, borders)
    extra_h = frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    placed = QRect(QPoint(0, 0), window.frameGeometry().size())
    placed.moveCenter(area.center())
    window.move(max(placed.left(), area.left()), max(placed.top(), area.top()))
    return True


def _usable_on(frame: QRect, area: QRect) -> bool:
    """Enough of ``frame`` on ``area``, including a stretch of its top edge (the title)."""
    overlap = frame.intersected(area)
    need_w, need_h = min(_MIN_VISIBLE[0], frame.width()), min(_MIN_VISIBLE[1], frame.height())
    if overlap.width() < need_w or overlap.height() < need_h:
        return False
    band = QRect(frame.left(), frame.top(), frame.width(), min(_TITLE_BAND, frame.height()))
    title = band.intersected(area)
    return title.width() >= need_w and title.height() >= min(_TITLE_BAND, frame.height()) // 2
