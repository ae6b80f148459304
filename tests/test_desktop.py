"""Desktop integration: the icon, the menu entry, the lesson file type, install/uninstall."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gdviz import desktop
from tests.conftest import REPO

ICONS = REPO / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (signature, then the IHDR chunk)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def entry_keys(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def tool(name: str) -> str:
    """The path of a desktop-file-utils / shared-mime-info tool; skip (fail under CI) if
    it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian: desktop-file-utils, shared-mime-info)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def validate(path: Path) -> list[str]:
    """Errors and warnings from desktop-file-validate (hints are allowed)."""
    result = subprocess.run(
        [tool("desktop-file-validate"), str(path)], capture_output=True, text=True, check=False
    )
    lines = (result.stdout + result.stderr).splitlines()
    problems = [line for line in lines if "error:" in line or "warning:" in line]
    assert result.returncode == 0 or problems, lines
    return problems


# --------------------------------------------------------------------------- the entry


def test_entry_has_the_required_keys():
    keys = entry_keys(desktop.desktop_entry("/opt/gdviz/bin/gdviz-gui", "gdviz"))
    assert keys["Type"] == "Application"
    assert keys["Name"] == "gdviz"
    assert keys["GenericName"] == "Gradient descent visualiser"
    assert keys["Comment"]
    assert keys["Exec"] == "/opt/gdviz/bin/gdviz-gui %f"
    assert keys["Icon"] == "gdviz"
    assert keys["Terminal"] == "false"
    assert keys["Categories"] == "Education;Science;Math;"
    assert keys["MimeType"] == "application/x-gdviz-lesson;text/csv;"
    assert keys["StartupWMClass"] == "gdviz"
    assert keys["Keywords"].endswith(";") and "gradient descent" in keys["Keywords"]


@pytest.mark.parametrize(
    "argv",
    [
        ["/usr/bin/gdviz"],
        ["/home/teacher/my apps/venv/bin/python3", "-m", "gdviz"],
        ['/tmp/odd$name/100%/back\\slash/"q"/gdviz'],
    ],
)
def test_generated_entry_passes_desktop_file_validate(tmp_path, argv):
    path = tmp_path / "gdviz.desktop"
    path.write_text(desktop.desktop_entry(desktop.exec_line(argv), "gdviz"), encoding="utf-8")
    assert validate(path) == []


def test_entry_and_lesson_type_carry_each_translation(tmp_path):
    words = {
        desktop.ENTRY_WORDS["GenericName"]: "Gradientenabstieg ansehen",
        desktop.ENTRY_WORDS["Keywords"]: "Gradientenabstieg;Regression",  # no final ";"
        desktop.LESSON_TYPE_NAME: "gdviz-Lektion <neu>",
    }
    translations = {
        "de": lambda context, text: words.get(text, "") if context == "desktop" else "",
        "es": lambda context, text: text,  # untranslated: no Spanish keys
    }
    entry = desktop.desktop_entry("gdviz", "gdviz", translations)
    keys = entry_keys(entry)
    assert keys["GenericName"] == "Gradient descent visualiser"
    assert keys["GenericName[de]"] == "Gradientenabstieg ansehen"
    assert keys["Keywords[de]"] == "Gradientenabstieg;Regression;"
    assert "Comment[de]" not in keys and not any("[es]" in key for key in keys)
    path = tmp_path / "gdviz.desktop"
    path.write_text(entry, encoding="utf-8")
    assert validate(path) == []
    root = ET.fromstring(desktop.mime_xml(translations))
    comments = root.findall(f"{MIME_NS}mime-type/{MIME_NS}comment")
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [(c.get(lang), c.text) for c in comments] == [
        (None, "gdviz lesson"),
        ("de", "gdviz-Lektion <neu>"),
    ]
    assert desktop.desktop_entry("gdviz", "gdviz", {}) == desktop.desktop_entry("gdviz", "gdviz")


def test_exec_line_quotes_as_the_spec_says():
    assert desktop.exec_line(["/usr/bin/gdviz"]) == "/usr/bin/gdviz"
    assert desktop.exec_line(["/a b/python", "-m", "gdviz"]) == '"/a b/python" -m gdviz'
    assert desktop.exec_line(["/x/100%"]) == "/x/100%%"
    assert desktop.exec_line(['/a$"b']) == '"/a\\$\\"b"'
    # The entry then escapes each backslash once more (the spec's string escape).
    entry = desktop.desktop_entry(desktop.exec_line(["/a\\b"]), "gdviz")
    assert 'Exec="/a\\\\\\\\b" %f' in entry
    with pytest.raises(ValueError, match="cannot put"):
        desktop.exec_line(["two\nlines"])
    with pytest.raises(ValueError, match="one non-empty line"):
        desktop.desktop_entry("", "gdviz")


def test_default_command_prefers_the_launcher_beside_python(tmp_path, monkeypatch):
    bin_dir = tmp_path / "my env" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert desktop.default_exec_command() == desktop.exec_line([str(python), "-m", "gdviz"])
    for name in ("gdviz", "gdviz-gui"):  # gdviz-gui wins once it is there
        launcher = bin_dir / name
        launcher.write_text("#!/bin/sh\n")
        launcher.chmod(0o755)
        assert desktop.default_exec_command() == f'"{launcher}"'


def test_shipped_template_and_mime_package_match_the_code():
    """resources/gdviz.desktop and resources/gdviz-mime.xml are for packagers; regenerate
    them with ``python tools/make_icons.py``."""
    template = REPO / "resources" / "gdviz.desktop"
    assert template.read_text(encoding="utf-8") == desktop.desktop_entry("gdviz", "gdviz")
    assert validate(template) == []
    mime = REPO / "resources" / "gdviz-mime.xml"
    assert mime.read_text(encoding="utf-8") == desktop.mime_xml()


def test_mime_package_is_well_formed_and_declares_gdviz_files():
    root = ET.fromstring(desktop.mime_xml())
    assert root.tag == f"{MIME_NS}mime-info"
    (kind,) = root.findall(f"{MIME_NS}mime-type")
    assert kind.get("type") == "application/x-gdviz-lesson"
    assert [g.get("pattern") for g in kind.findall(f"{MIME_NS}glob")] == ["*.gdviz"]
    assert kind.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert kind.find(f"{MIME_NS}comment").text


def test_mime_magic_matches_a_shipped_lesson():
    root = ET.fromstring(desktop.mime_xml())
    match = root.find(f"{MIME_NS}mime-type/{MIME_NS}magic/{MIME_NS}match")
    start, end = map(int, match.get("offset").split(":"))
    lesson = REPO / "resources" / "lessons" / "01-tutorial.gdviz"
    head = lesson.read_bytes()[: end + len(match.get("value"))]
    assert match.get("value").encode() in head[start:]


# --------------------------------------------------------------------------- the icon


@pytest.mark.parametrize("size", desktop.ICON_SIZES)
def test_icon_png_has_its_size(size):
    path = desktop.icon_path(size)
    assert path == ICONS / f"gdviz-{size}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_icon_path_rejects_unknown_sizes():
    assert desktop.icon_path() == ICONS / "gdviz-256.png"
    with pytest.raises(ValueError, match="no 17 px icon"):
        desktop.icon_path(17)


def test_icon_svg_is_what_make_icons_draws():
    spec = importlib.util.spec_from_file_location("make_icons", REPO / "tools" / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    assert desktop.svg_icon_path().read_text(encoding="utf-8") == make_icons.icon_svg()
    ET.fromstring(make_icons.icon_svg(simple=True))  # the small sizes' drawing is valid XML


def test_window_icon_has_every_size(qapp):
    icon = desktop.window_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert sizes == {(s, s) for s in desktop.ICON_SIZES}
    pixmap = icon.pixmap(48, 48)
    assert not pixmap.isNull() and pixmap.width() == 48


def test_module_imports_no_qt():
    code = "import sys, gdviz.desktop; print('PySide6' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    assert out.strip() == "False"


# --------------------------------------------------------------------------- installing


def test_install_writes_every_file_and_uninstall_removes_only_those(tmp_path):
    prefix = tmp_path / "share"
    others = {
        prefix / "applications" / "other.desktop": b"[Desktop Entry]\n",
        prefix / "icons" / "hicolor" / "48x48" / "apps" / "other.png": b"not ours",
        prefix / "mime" / "packages" / "other.xml": b"<mime-info/>",
        prefix / "notes.txt": b"keep me",
    }
    for path, data in others.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    written = desktop.install_desktop(prefix, exec_command="/opt/gdviz/bin/gdviz-gui")
    assert written == desktop.installed_paths(prefix)
    assert all(path.is_file() for path in written)
    assert len(written) == len(desktop.ICON_SIZES) + 3
    entry = prefix / "applications" / "gdviz.desktop"
    assert entry_keys(entry.read_text(encoding="utf-8"))["Exec"] == "/opt/gdviz/bin/gdviz-gui %f"
    for size in desktop.ICON_SIZES:
        png = prefix / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "gdviz.png"
        assert png_size(png.read_bytes()) == (size, size)
    svg = prefix / "icons" / "hicolor" / "scalable" / "apps" / "gdviz.svg"
    assert svg.read_bytes() == (ICONS / "gdviz.svg").read_bytes()
    mime = desktop.mime_xml(desktop.shipped_translations())
    assert (prefix / "mime" / "packages" / "gdviz.xml").read_text() == mime
    assert not list(prefix.rglob("*.tmp"))  # atomic writes leave no temporary files

    again = desktop.install_desktop(prefix, exec_command="gdviz")  # reinstalling replaces
    assert again == written
    assert entry_keys(entry.read_text(encoding="utf-8"))["Exec"] == "gdviz %f"

    removed = desktop.uninstall_desktop(prefix)
    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in written)
    for path, data in others.items():
        assert path.read_bytes() == data
    assert desktop.uninstall_desktop(prefix) == []


def test_install_registers_the_lesson_type_with_the_mime_database(tmp_path):
    tool("update-mime-database")
    desktop.install_desktop(tmp_path, exec_command="gdviz")
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-gdviz-lesson:*.gdviz" in globs
    tool("update-desktop-database")
    cache = (tmp_path / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert "application/x-gdviz-lesson=gdviz.desktop;" in cache


def test_default_prefix_is_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert desktop.data_home() == tmp_path / "xdg"
    written = desktop.install_desktop(exec_command="gdviz", update_caches=False)
    assert written[0] == tmp_path / "xdg" / "applications" / "gdviz.desktop"
    assert written[0].is_file()
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the spec: must be absolute
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert desktop.data_home() == tmp_path / "home" / ".local" / "share"


def test_main_install_and_uninstall(tmp_path, capsys):
    assert desktop.main(["install-desktop", "--prefix", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert f"in {tmp_path}" in out
    assert str(Path("applications", "gdviz.desktop")) in out
    assert str(Path("icons", "hicolor", "scalable", "apps", "gdviz.svg")) in out
    assert (tmp_path / "applications" / "gdviz.desktop").is_file()

    assert desktop.main(["uninstall-desktop", "--prefix", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "Removed" in out
    assert not (tmp_path / "applications" / "gdviz.desktop").exists()

    assert desktop.main(["uninstall-desktop", "--prefix", str(tmp_path)]) == 0
    assert "Nothing to remove" in capsys.readouterr().out


@pytest.mark.parametrize("blocked", ["", "applications", "icons/hicolor/48x48"])
def test_unwritable_prefix_gives_one_error_line_and_exit_2(tmp_path, capsys, blocked):
    # Tests run as root, so a permission-denied folder would still be writable: put a
    # file where a folder should be instead.
    prefix = tmp_path / "share"
    if blocked:
        (prefix / blocked).parent.mkdir(parents=True, exist_ok=True)
    (prefix / blocked if blocked else prefix).write_text("in the way")
    assert desktop.main(["install-desktop", "--prefix", str(prefix)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "could not create the folder" in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        desktop.main(["install-desktop", "--bogus"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_a_users_own_menu_entry_is_never_replaced_or_removed(tmp_path, capsys):
    own = desktop.installed_paths(tmp_path)[0]
    own.parent.mkdir(parents=True)
    own.write_text("[Desktop Entry]\nType=Application\nName=My gdviz\nExec=my-gdviz\n")
    assert desktop.main(["install-desktop", "--prefix", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "gdviz did not make" in err
    assert len(err.strip().splitlines()) == 1
    assert "Name=My gdviz" in own.read_text()
    desktop.uninstall_desktop(tmp_path, update_caches=False)
    assert "Name=My gdviz" in own.read_text()  # still there
    own.unlink()
    written = desktop.install_desktop(tmp_path, "gdviz", update_caches=False)
    assert own in written and f"{desktop.MARK}=true" in own.read_text()
    assert own in desktop.uninstall_desktop(tmp_path, update_caches=False)  # ours: removed
