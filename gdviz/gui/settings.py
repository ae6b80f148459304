"""Persistent settings (recent files, last folder) in an INI file per user."""

from __future__ import annotations

from PySide6.QtCore import QSettings

__all__ = ["MAX_RECENT", "add_recent_file", "app_settings", "recent_files"]

MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "gdviz", "gdviz")


def recent_files() -> list[str]:
    value = app_settings().value("recentFiles", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []][:MAX_RECENT]


def add_recent_file(path: str) -> list[str]:
    files = [path] + [f for f in recent_files() if f != path]
    files = files[:MAX_RECENT]
    settings = app_settings()
    settings.setValue("recentFiles", files)
    settings.sync()
    return files
