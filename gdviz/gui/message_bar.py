"""A one-line message area for errors, warnings and hints (never a modal dialog).

Messages are plain text: they often quote a file name or a column name, which must show
as written (a name like ``<img src=...>`` is not markup).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .theme import LIGHT, Theme

__all__ = ["MessageArea", "MessageBar"]

#: (background, ink, border) of each level on a light and on a dark theme.
_COLOURS = {
    "info": ("#E8F1FB", "#0B4F8A", "#9CC3EA"),
    "success": ("#E6F5EE", "#0B6B48", "#8FD1B5"),
    "warning": ("#FFF4DB", "#7A4B00", "#F0C36D"),
    "error": ("#FDE8E4", "#9B2500", "#F0A08C"),
}
_DARK_COLOURS = {
    "info": ("#1F2F42", "#B8D8F8", "#3F6C99"),
    "success": ("#17352A", "#A8E6C8", "#3D8A68"),
    "warning": ("#3A2E12", "#F5D48A", "#8A6A24"),
    "error": ("#42201A", "#FFB8A6", "#9A4A38"),
}
#: Type size of a message (points) in the light theme; larger with large controls.
POINT_SIZE = 12.0


class MessageBar(QLabel):
    """Shows one message at a time; a new message replaces the old. Click to dismiss."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Messages"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(self.tr("Click to dismiss"))
        self.level = "info"
        self._theme: Theme = LIGHT
        self._dress()
        self.hide()

    def apply_theme(self, theme: Theme) -> None:
        """Dress the bar in ``theme``: each level's colours on light or dark, the type size."""
        if theme == self._theme:
            return
        self._theme = theme
        self._dress()

    def show_message(self, text: str, level: str = "info") -> None:
        """Show ``text`` (plain text) at ``level``: info, success, warning or error."""
        self.level = level
        self._dress()
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.hasSelectedText():
            self.clear_message()
        super().mousePressEvent(event)

    def _dress(self) -> None:
        colours = _DARK_COLOURS if self._theme.dark else _COLOURS
        background, ink, border = colours.get(self.level, colours["info"])
        size = max(POINT_SIZE, self._theme.control_pt or 0.0)
        self.setStyleSheet(
            f"QLabel#messageBar {{ background: {background}; color: {ink};"
            f" border: 1px solid {border}; border-radius: 4px; padding: 6px 10px;"
            f" font-size: {size:g}pt; }}"
        )


class MessageArea(QWidget):
    """The message bar with an optional one-click action beside it (e.g. a safe retry)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = MessageBar()
        self.actionButton = QPushButton()
        self.actionButton.setObjectName("messageActionButton")
        self.actionButton.setAccessibleName(self.tr("Message action"))
        self.actionButton.setMinimumHeight(34)
        self.actionButton.hide()
        self.actionButton.clicked.connect(self._act)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.actionButton)
        self._action: Callable[[], None] | None = None

    def show_message(
        self,
        text: str,
        level: str = "info",
        action_label: str | None = None,
        action: Callable[[], None] | None = None,
    ) -> None:
        self.bar.show_message(text, level)
        self._action = action
        self.actionButton.setVisible(action is not None)
        if action is not None:
            self.actionButton.setText(action_label or self.tr("Do it"))

    def clear_message(self) -> None:
        self.bar.clear_message()
        self._action = None
        self.actionButton.hide()

    def _act(self) -> None:
        action, self._action = self._action, None
        self.actionButton.hide()
        if action is not None:
            action()
