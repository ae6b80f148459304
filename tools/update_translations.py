"""Bring the translations up to date with the code, and compile them.

    python tools/update_translations.py            # update the .ts files, then compile
    python tools/update_translations.py --check    # exit 1 if anything is out of date

``pyside6-lupdate`` reads every ``.py`` file of the package and collects the texts passed
to ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")``,
``QT_TRANSLATE_NOOP("Context", "…")`` and the core's Qt-free
``translate("context", "…")`` (:mod:`gdviz.core.i18n`; lupdate knows the name
``translate``), into ``resources/translations/gdviz_<language>.ts``: new texts arrive
unfinished, texts no longer in the code are dropped. Translate them (Qt Linguist, or any
editor: the ``<translation>`` of each ``<message>``, without ``type="unfinished"``), then
run this again: ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` file shipped
in the package (``gdviz/translations``).

``--check`` changes nothing: it says which files are out of date (texts in the code not
in a ``.ts`` file, or a ``.qm`` that does not match its ``.ts``), and which texts are
unfinished. ``tests/gui/test_translations.py`` runs the same checks.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "gdviz"
FOLDER = REPO / "resources" / "translations"
#: The languages translated (English is the code's own).
LANGUAGES = ("de", "es")


def _tool(name: str) -> str:
    """A Qt tool installed with PySide6, next to this Python or on the PATH."""
    for candidate in (Path(sys.executable).parent / name, shutil.which(name)):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"gdviz_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"gdviz_{language}.qm"


def lupdate(ts_files: list[Path], package: Path = PACKAGE) -> None:
    """Merge the package's texts into ``ts_files`` (created if missing)."""
    for ts in ts_files:
        language = ts.stem.split("_", 1)[1]
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                str(package),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """``(context, source, translation, type)`` of every message in a ``.ts`` file; type
    is None for a finished translation, else ``"unfinished"``, ``"vanished"``, ..."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = None if translation is None else (translation.text or "")
            kind = None if translation is None else translation.get("type")
            found.append((name, message.findtext("source") or "", text, kind))
    return found


def core_texts(package: Path = PACKAGE) -> set[tuple[str, str]]:
    """Every ``translate("context", "text")`` call with literal arguments in the core:
    what lupdate must have found there."""
    found = set()
    for path in sorted((package / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            ):
                found.add((node.args[0].value, node.args[1].value))
    return found


def problems() -> list[str]:
    """What is out of date or unfinished (empty when all is well)."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = ts_path(language)
            if not ts.is_file():
                found.append(f"{ts.name} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy2(ts, fresh)
            lupdate([fresh])
            have = {(c, s) for c, s, _, _ in messages(ts)}
            wanted = {(c, s) for c, s, _, _ in messages(fresh)}
            for context, source in sorted(wanted - have):
                found.append(f"{ts.name}: not yet in the file: {context}: {source!r}")
            for context, source in sorted(core_texts() - wanted):
                found.append(f"{ts.name}: lupdate missed the core's {context}: {source!r}")
            for context, source, text, kind in messages(ts):
                if kind is not None or not text:
                    found.append(f"{ts.name}: {kind or 'empty'}: {context}: {source!r}")
            compiled = Path(tmp) / f"{language}.qm"
            lrelease(ts, compiled)
            qm = qm_path(language)
            if not qm.is_file() or qm.read_bytes() != compiled.read_bytes():
                found.append(f"{qm.name} does not match {ts.name}: run {Path(__file__).name}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(language) for language in LANGUAGES])
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))
        todo = [m for m in messages(ts_path(language)) if m[3] is not None or not m[2]]
        print(
            f"{ts_path(language).name}: {len(messages(ts_path(language)))} texts, "
            f"{len(todo)} to translate"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
