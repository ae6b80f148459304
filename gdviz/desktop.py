"""Desktop integration: the application icon, the menu entry and the lesson file type.

``gdviz install-desktop`` puts gdviz in the applications menu of the person who runs it
(no root needed) and makes a double-click on a ``.gdviz`` lesson open it in gdviz. It
follows the freedesktop.org standards every Linux desktop reads, under the user's data
folder (``$XDG_DATA_HOME``, else ``~/.local/share``)::

    applications/gdviz.desktop                   the menu entry (Desktop Entry spec)
    icons/hicolor/<size>x<size>/apps/gdviz.png   the icon at each size in ICON_SIZES
    icons/hicolor/scalable/apps/gdviz.svg        the icon as SVG
    mime/packages/gdviz.xml                      *.gdviz is application/x-gdviz-lesson

then refreshes the desktop's caches with ``update-desktop-database``,
``update-mime-database`` and ``gtk-update-icon-cache`` where those tools are installed
(a desktop without them reads the files directly). ``gdviz uninstall-desktop`` removes
exactly those files and nothing else.

The entry's words and the lesson type's name are written in English and, beside them,
in every language gdviz ships a translation for (``Comment[de]=…``, ``<comment
xml:lang="de">``), read from the compiled translations by :func:`shipped_translations`.

This module imports no Qt; :func:`window_icon` and :func:`shipped_translations` import it
when called.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .core.atomic import write_bytes_atomic
from .core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "APP_ID",
    "ENTRY_WORDS",
    "ICON_SIZES",
    "LESSON_TYPE_NAME",
    "MIME_TYPE",
    "data_home",
    "default_exec_command",
    "desktop_entry",
    "exec_line",
    "icon_path",
    "icons_dir",
    "install_desktop",
    "installed_paths",
    "main",
    "mime_xml",
    "refresh_caches",
    "shipped_translations",
    "svg_icon_path",
    "uninstall_desktop",
    "window_icon",
]

#: The name of the desktop entry, the icon and the MIME package.
APP_ID = "gdviz"
#: Sizes (pixels) of the PNG icons, as in ``resources/icons/gdviz-<size>.png``.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: The file type of a saved lesson (``*.gdviz``).
MIME_TYPE = "application/x-gdviz-lesson"
#: What the menu entry says, by key, in English (context "desktop"); each is written in
#: every shipped language too. The keywords are a list, each ended by ";".
ENTRY_WORDS = {
    "GenericName": QT_TRANSLATE_NOOP("desktop", "Gradient descent visualiser"),
    "Comment": QT_TRANSLATE_NOOP(
        "desktop", "Watch gradient descent fit a straight line to data, step by step"
    ),
    "Keywords": QT_TRANSLATE_NOOP(
        "desktop",
        "gradient descent;linear regression;least squares;line fitting;"
        "optimisation;optimization;machine learning;teaching;",
    ),
}
#: The lesson file type's name, as file managers show it.
LESSON_TYPE_NAME = QT_TRANSLATE_NOOP("desktop", "gdviz lesson")
#: Translations by language code: ``function(context, english)`` gives the text in that
#: language ("" or the English where there is none).
Translations = Mapping[str, Callable[[str, str], str]]

EXIT_ERROR = 2
_PACKAGE = Path(__file__).resolve().parent
#: The icon folder: ``gdviz/icons`` when installed, ``resources/icons`` in a source checkout.
_ICON_FOLDERS = (_PACKAGE / "icons", _PACKAGE.parent / "resources" / "icons")
#: The compiled translations (``gdviz_<code>.qm``), installed or in a source checkout.
_TRANSLATION_FOLDERS = (_PACKAGE / "translations", _PACKAGE.parent / "resources" / "translations")
#: Seconds a cache tool may take before gdviz stops waiting for it.
_TOOL_TIMEOUT = 60
#: Characters that make an argument in an ``Exec`` line need double quotes (Desktop Entry
#: spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


# --------------------------------------------------------------------------- the icon


def icons_dir() -> Path:
    """The folder holding ``gdviz.svg`` and ``gdviz-<size>.png``.

    Raises
    ------
    FileNotFoundError
        If neither ``gdviz/icons`` (installed) nor ``resources/icons`` (source checkout)
        holds the icon.
    """
    for folder in _ICON_FOLDERS:
        if (folder / f"{APP_ID}.svg").is_file():
            return folder
    looked = " or ".join(str(folder) for folder in _ICON_FOLDERS)
    raise FileNotFoundError(f"gdviz's icon files are missing (looked in {looked})")


def icon_path(size: int = 256) -> Path:
    """The PNG icon of ``size`` × ``size`` pixels; ``size`` is one of :data:`ICON_SIZES`.

    Raises
    ------
    ValueError
        If there is no icon of that size.
    FileNotFoundError
        If the icon files are missing.
    """
    if size not in ICON_SIZES:
        sizes = ", ".join(map(str, ICON_SIZES))
        raise ValueError(f"no {size} px icon (the sizes are {sizes})")
    path = icons_dir() / f"{APP_ID}-{size}.png"
    if not path.is_file():
        raise FileNotFoundError(f"gdviz's {size} px icon is missing: {path}")
    return path


def svg_icon_path() -> Path:
    """The icon as SVG (the source the PNGs are drawn from)."""
    return icons_dir() / f"{APP_ID}.svg"


def window_icon():
    """The icon for gdviz's windows: a ``QIcon`` holding every size in :data:`ICON_SIZES`.

    Needs a ``QGuiApplication`` before the icon is drawn; imports Qt only when called.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_path(size)), QSize(size, size))
    return icon


# --------------------------------------------------------------------------- the texts


def shipped_translations() -> dict[str, Callable[[str, str], str]]:
    """The translations gdviz ships, by language code (``{"de": …, "es": …}``): each a
    function ``(context, english) -> text``, read from ``gdviz_<code>.qm``. Empty where
    there are none (or no Qt to read them). Imports Qt when called."""
    folder = next((f for f in _TRANSLATION_FOLDERS if f.is_dir()), None)
    if folder is None:
        return {}
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return {}
    found = {}
    for path in sorted(folder.glob("gdviz_*.qm")):
        translator = QTranslator()
        if translator.load(str(path)):
            code = path.stem.split("_", 1)[1]
            found[code] = lambda context, text, t=translator: t.translate(context, text)
    return found


def _translations_of(english: str, translations: Translations | None) -> list[tuple[str, str]]:
    """``(code, text)`` for each language with a translation of ``english`` (context
    "desktop") that differs from it, on one line, by language code."""
    found = []
    for code, translate in sorted((translations or {}).items()):
        text = " ".join((translate("desktop", english) or "").split())
        if text and text != english:
            found.append((code, text))
    return found


def _entry_lines(key: str, translations: Translations | None) -> list[str]:
    """``Key=English`` and ``Key[code]=translation`` for each language (Desktop Entry
    spec, "Localized values for keys")."""
    english = ENTRY_WORDS[key]
    lines = [f"{key}={english}"]
    for code, text in _translations_of(english, translations):
        if key == "Keywords" and not text.endswith(";"):
            text += ";"
        escaped = text.replace("\\", "\\\\")  # the spec's string escape
        lines.append(f"{key}[{code}]={escaped}")
    return lines


def exec_line(argv: list[str] | tuple[str, ...]) -> str:
    """A command as the ``Exec`` key of a desktop entry wants it.

    Arguments with reserved characters (space, quotes, ``\\``, ``$``, ...) are put in
    double quotes with ``"``, `````, ``$`` and ``\\`` escaped by a backslash; ``%`` is
    doubled (field codes such as ``%f`` are for the caller to append). The result is the
    value *before* the desktop entry's own escaping of ``\\``, which :func:`desktop_entry`
    applies.

    >>> exec_line(["/opt/my apps/bin/python", "-m", "gdviz"])
    '"/opt/my apps/bin/python" -m gdviz'
    """
    words = []
    for arg in argv:
        if not arg or "\n" in arg or "\r" in arg:
            raise ValueError(f"cannot put this argument in a desktop entry: {arg!r}")
        arg = arg.replace("%", "%%")
        if _RESERVED.intersection(arg):
            escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
            arg = f'"{escaped}"'
        words.append(arg)
    return " ".join(words)


#: A key of the menu entry gdviz writes: an entry without it is the user's own, which
#: install-desktop never replaces and uninstall-desktop never removes.
MARK = "X-Gdviz-Installed"


def _users_own(path: Path) -> bool:
    """Whether a menu entry exists at ``path`` that gdviz did not write."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return False
    except OSError:
        return path.exists()
    return f"\n{MARK}=true" not in text


def desktop_entry(
    exec_command: str, icon: str = APP_ID, translations: Translations | None = None
) -> str:
    """The text of ``gdviz.desktop``: the menu entry that opens files with gdviz.

    Parameters
    ----------
    exec_command : str
        The command line that starts gdviz, in the ``Exec`` key's syntax (see
        :func:`exec_line`); `` %f`` (the file double-clicked, if any) is appended.
    icon : str
        An icon name from the icon theme (``gdviz``) or an absolute path.
    translations : mapping, optional
        Languages to write the entry's words in too (:func:`shipped_translations`);
        none: English only.
    """
    for name, value in (("command", exec_command), ("icon", icon)):
        if not value.strip() or "\n" in value or "\r" in value:
            raise ValueError(f"the {name} must be one non-empty line (got {value!r})")
    exec_value = exec_command.replace("\\", "\\\\")  # the string escape of the spec
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=gdviz",
        *_entry_lines("GenericName", translations),
        *_entry_lines("Comment", translations),
        f"Exec={exec_value} %f",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Education;Science;Math;",
        f"MimeType={MIME_TYPE};text/csv;",
        f"StartupWMClass={APP_ID}",
        "StartupNotify=true",
        f"{MARK}=true",
        *_entry_lines("Keywords", translations),
    ]
    return "\n".join(lines) + "\n"


def mime_xml(translations: Translations | None = None) -> str:
    """The shared-mime-info package declaring ``*.gdviz`` as a gdviz lesson (JSON), its
    name also in the languages of ``translations`` (:func:`shipped_translations`)."""
    comments = f"    <comment>{escape(LESSON_TYPE_NAME)}</comment>\n"
    for code, text in _translations_of(LESSON_TYPE_NAME, translations):
        comments += f"    <comment xml:lang={quoteattr(code)}>{escape(text)}</comment>\n"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{MIME_TYPE}">\n'
        f"{comments}"
        '    <sub-class-of type="application/json"/>\n'
        f'    <icon name="{APP_ID}"/>\n'
        '    <glob pattern="*.gdviz"/>\n'
        '    <magic priority="50">\n'
        '      <match type="string" offset="0:256" value="&quot;gdviz-lesson&quot;"/>\n'
        "    </magic>\n"
        "  </mime-type>\n"
        "</mime-info>\n"
    )


# --------------------------------------------------------------------------- installing


def data_home() -> Path:
    """The user's data folder: ``$XDG_DATA_HOME`` if set to an absolute path, else
    ``~/.local/share`` (XDG Base Directory spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def default_exec_command() -> str:
    """How the menu entry starts gdviz, as an ``Exec`` command line.

    The ``gdviz-gui`` launcher beside the running Python if there is one (absolute path:
    a desktop session may not have this Python's folder on its PATH), else the ``gdviz``
    command beside it or on the PATH, else ``<this python> -m gdviz``.
    """
    bin_dir = Path(sys.executable).parent
    for name in ("gdviz-gui", "gdviz"):
        candidate = bin_dir / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return exec_line([str(candidate.absolute())])
    found = shutil.which("gdviz")
    if found:
        return exec_line([str(Path(found).absolute())])
    return exec_line([str(Path(sys.executable).absolute()), "-m", "gdviz"])


def installed_paths(prefix: Path | str | None = None) -> list[Path]:
    """Every file :func:`install_desktop` writes under ``prefix`` (default
    :func:`data_home`), in the order it writes them."""
    root = Path(prefix) if prefix is not None else data_home()
    paths = [root / "applications" / f"{APP_ID}.desktop"]
    hicolor = root / "icons" / "hicolor"
    paths += [hicolor / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES]
    paths.append(hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    paths.append(root / "mime" / "packages" / f"{APP_ID}.xml")
    return paths


def install_desktop(
    prefix: Path | str | None = None,
    exec_command: str | None = None,
    *,
    update_caches: bool = True,
) -> list[Path]:
    """Install the menu entry, the icons and the lesson file type for this user.

    Parameters
    ----------
    prefix : path, optional
        The data folder to install into (default :func:`data_home`, i.e.
        ``~/.local/share``); created if missing.
    exec_command : str, optional
        The command line that starts gdviz, in ``Exec`` syntax (default
        :func:`default_exec_command`).
    update_caches : bool
        Run :func:`refresh_caches` afterwards (the default).

    Returns
    -------
    list of Path
        The files written (:func:`installed_paths`). Each is written atomically, so an
        existing installation is replaced file by file, never left half-written.

    Raises
    ------
    OSError
        With a one-line message naming the folder or file, when one cannot be written.
    FileNotFoundError
        If gdviz's icon files are missing.
    """
    root = Path(prefix) if prefix is not None else data_home()
    entry = installed_paths(root)[0]
    if _users_own(entry):
        raise FileExistsError(
            f"{entry} is a menu entry gdviz did not make; gdviz leaves it alone "
            "(rename or remove it, then run install-desktop again)"
        )
    command = default_exec_command() if exec_command is None else exec_command
    translations = shipped_translations()
    contents: list[bytes] = [desktop_entry(command, APP_ID, translations).encode("utf-8")]
    contents += [icon_path(size).read_bytes() for size in ICON_SIZES]
    contents.append(svg_icon_path().read_bytes())
    contents.append(mime_xml(translations).encode("utf-8"))
    written = []
    for path, data in zip(installed_paths(root), contents, strict=True):
        _make_folder(path.parent)
        write_bytes_atomic(path, data)
        written.append(path)
    if update_caches:
        refresh_caches(root)
    return written


def uninstall_desktop(
    prefix: Path | str | None = None, *, update_caches: bool = True
) -> list[Path]:
    """Remove the files :func:`install_desktop` writes (and nothing else).

    Folders are left in place, even empty ones: others may use them. Returns the files
    removed (none if gdviz was not installed there).

    Raises
    ------
    OSError
        With a one-line message naming the file, when one cannot be removed.
    """
    root = Path(prefix) if prefix is not None else data_home()
    removed = []
    paths = installed_paths(root)
    if _users_own(paths[0]):
        paths = paths[1:]  # the user's own menu entry stays
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except NotADirectoryError:  # a file where a folder should be: nothing of ours here
            continue
        except OSError as err:
            raise _one_line(err, f"could not remove {path}") from err
        removed.append(path)
    if update_caches and removed:
        refresh_caches(root)
    return removed


def refresh_caches(prefix: Path | str | None = None) -> list[str]:
    """Tell the desktop about new or removed files by refreshing its caches.

    Runs ``update-desktop-database``, ``update-mime-database`` and (where the icon
    theme already has a cache or an ``index.theme``) ``gtk-update-icon-cache`` on the
    folders under ``prefix``. A tool that is not installed, fails or hangs is skipped:
    the files are in place either way, and desktops rescan them at the next login.

    Returns
    -------
    list of str
        The tools that ran successfully.
    """
    root = Path(prefix) if prefix is not None else data_home()
    hicolor = root / "icons" / "hicolor"
    jobs = [
        (root / "applications", ["update-desktop-database", "-q"]),
        (root / "mime", ["update-mime-database"]),
    ]
    if (hicolor / "index.theme").is_file() or (hicolor / "icon-theme.cache").is_file():
        # Only refresh a cache that exists (or a full theme): a stale cache would hide
        # the new icons, while a new cache in a folder others fill without refreshing
        # it would hide theirs.
        jobs.append((hicolor, ["gtk-update-icon-cache", "-q", "-f", "-t"]))
    done = []
    for folder, command in jobs:
        if folder.is_dir() and _run_tool([*command, str(folder)]):
            done.append(command[0])
    return done


def _run_tool(command: list[str]) -> bool:
    program = shutil.which(command[0])
    if program is None:
        return False
    try:
        result = subprocess.run(
            [program, *command[1:]],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=_TOOL_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _one_line(err, f"could not create the folder {folder}") from err


def _one_line(err: OSError, what: str) -> OSError:
    """An error of the same kind whose message is ``what: reason`` on one line."""
    reason = err.strerror or str(err) or type(err).__name__
    if isinstance(err, FileExistsError):
        reason = "a file is in the way"
    try:
        clear = type(err)(f"{what}: {reason}")
    except TypeError:
        clear = OSError(f"{what}: {reason}")
    clear.errno = err.errno
    return clear


# --------------------------------------------------------------------------- command line


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors start with ``error:`` and exit with code 2."""

    def error(self, message: str):
        self.exit(EXIT_ERROR, f"error: {message}\n{self.format_usage()}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="gdviz", description="Add gdviz to (or remove it from) the desktop.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, text in (
        ("install-desktop", "add gdviz to the applications menu and open .gdviz lessons with it"),
        ("uninstall-desktop", "remove what install-desktop added"),
    ):
        sub = commands.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        sub.add_argument(
            "--prefix",
            metavar="DIR",
            default=None,
            help="data folder to use (default: $XDG_DATA_HOME or ~/.local/share)",
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    """``gdviz install-desktop [--prefix DIR]`` and ``gdviz uninstall-desktop [--prefix DIR]``.

    Prints what was done; returns 0, or 2 with one ``error: ...`` line on stderr when a
    file cannot be written or removed.
    """
    args = _parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    root = Path(args.prefix).expanduser().absolute() if args.prefix else data_home()
    try:
        if args.command == "install-desktop":
            paths = install_desktop(root, update_caches=False)
            tools = refresh_caches(root)
            print(f"Installed gdviz for desktop menus and file managers in {root}:")
        else:
            paths = uninstall_desktop(root, update_caches=False)
            tools = refresh_caches(root) if paths else []
            if not paths:
                print(f"Nothing to remove: gdviz's desktop files are not in {root}.")
                return 0
            print(f"Removed gdviz's desktop files from {root}:")
    except OSError as err:
        message = " ".join(str(err).split())
        print(f"error: {message}", file=sys.stderr)
        return EXIT_ERROR
    for path in paths:
        print(f"  {path.relative_to(root)}")
    if tools:
        print(f"Refreshed the desktop's caches ({', '.join(tools)}).")
    if args.command == "install-desktop":
        print("gdviz is in the applications menu; double-click a .gdviz lesson to open it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
