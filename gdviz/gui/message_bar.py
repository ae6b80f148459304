"""A one-line message area for errors, warnings and hints (never a modal dialog)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

__all__ = ["MessageArea", "MessageBar"]

_COLOURS = {
    "info": ("#E8F1FB", "#0B4F8A", "#9CC3EA"),
    "success": ("#E6F5EE", "#0B6B48", "#8FD1B5"),
    "warning": ("#FFF4DB", "#7A4B00", "#F0C36D"),
    "error": ("#FDE8E4", "#9B2500", "#F0A08C"),
}


class MessageBar(QLabel):
    """Shows one message at a time; a new message replaces the old. Click to dismiss."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName("Messages")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip("Click to dismiss")
        self.level = "info"
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        background, ink, border = _COLOURS.get(level, _COLOURS["info"])
        self.level = level
        self.setStyleSheet(
            f"QLabel#messageBar {{ background: {background}; color: {ink};"
            f" border: 1px solid {border}; border-radius: 4px; padding: 6px 10px;"
            " font-size: 12pt; }"
        )
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.hasSelectedText():
            self.clear_message()
        super().mousePressEvent(event)


class MessageArea(QWidget):
    """The message bar with an optional one-click action beside it (e.g. a safe retry)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = MessageBar()
        self.actionButton = QPushButton()
        self.actionButton.setObjectName("messageActionButton")
        self.actionButton.setAccessibleName("Message action")
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
            self.actionButton.setText(action_label or "Do it")

    def clear_message(self) -> None:
        self.bar.clear_message()
        self._action = None
        self.actionButton.hide()

    def _act(self) -> None:
        action, self._action = self._action, None
        self.actionButton.hide()
        if action is not None:
            action()
