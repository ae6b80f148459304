"""The first-run note: what gdviz shows and what to click first (plain text, dismissible).

Shown above the panels until "Got it" is clicked; that is remembered in the settings
(``welcome/seen``). Ticking "Show at every start" keeps it coming back.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .settings import app_settings, read_bool
from .theme import LIGHT, Theme

__all__ = [
    "WELCOME_KEY",
    "WELCOME_TEXT",
    "WELCOME_TITLE",
    "WelcomeNote",
    "set_welcome_seen",
    "should_show_welcome",
]

WELCOME_KEY = "welcome/seen"
#: The note's words in English (shown through the translation, context "WelcomeNote").
WELCOME_TITLE = QT_TRANSLATE_NOOP(
    "WelcomeNote", "Welcome to gdviz: watch gradient descent fit the line y = m·x + b to data."
)
WELCOME_TEXT = QT_TRANSLATE_NOOP(
    "WelcomeNote",
    "Press Start (Space) to watch gradient descent fit the line, or Step (→) to go one "
    "iteration at a time; File > Examples has ready-made lessons; F11 for the projector.",
)
#: Type size of the note (points), and in the large-type (presentation) themes: the
#: note is for the teacher, and must not crowd the panels on a projector.
POINT_SIZE = 12.0
LARGE_POINT_SIZE = 14.0
#: (background, border, ink) for light and dark themes.
_LIGHT = ("#E8F1FB", "#9CC3EA", "#10243A")
_DARK = ("#1F2F42", "#3F6C99", "#E8EEF5")


def should_show_welcome() -> bool:
    """True until the note has been dismissed (or when it was asked to come back)."""
    return not read_bool(WELCOME_KEY, False)


def set_welcome_seen(seen: bool = True) -> None:
    """Remember that the note was dismissed (``seen=False``: show it at every start)."""
    settings = app_settings()
    settings.setValue(WELCOME_KEY, bool(seen))
    settings.sync()


class WelcomeNote(QWidget):
    """A short welcome above the panels, with "Got it" and "Show at every start".

    Signals
    -------
    dismissed
        "Got it" was clicked (the note has hidden itself and remembered it).
    """

    dismissed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomeNote")
        self.setAccessibleName(self.tr("Welcome note"))
        layout = QHBoxLayout(self)
        # compact: on a 1280x650 window the note must leave the panels their room
        layout.setContentsMargins(10, 4, 8, 4)
        layout.setSpacing(10)
        text = QVBoxLayout()
        text.setSpacing(1)
        self.titleLabel = QLabel(QCoreApplication.translate("WelcomeNote", WELCOME_TITLE))
        self.titleLabel.setObjectName("welcomeTitle")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)
        self.textLabel = QLabel(QCoreApplication.translate("WelcomeNote", WELCOME_TEXT))
        self.textLabel.setObjectName("welcomeText")
        self.textLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.textLabel.setWordWrap(True)
        self.textLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.titleLabel)
        text.addWidget(self.textLabel)
        layout.addLayout(text, 1)

        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        self.dismissButton = QPushButton(self.tr("Got it"))
        self.dismissButton.setObjectName("welcomeDismiss")
        self.dismissButton.setAccessibleName(self.tr("Got it: hide the welcome note"))
        self.dismissButton.setToolTip(
            self.tr("Hide this note (it will not show at the next start)")
        )
        self.dismissButton.setDefault(False)
        self.dismissButton.setAutoDefault(False)
        self.dismissButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space is Start/Pause
        self.dismissButton.clicked.connect(self.dismiss)
        self.showAtStartInput = QCheckBox(self.tr("Show at every start"))
        self.showAtStartInput.setObjectName("welcomeShowAtStart")
        self.showAtStartInput.setAccessibleName(self.tr("Show the welcome note at every start"))
        self.showAtStartInput.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # ticked when it was asked for before (seen stored as false), not on a first run
        self.showAtStartInput.setChecked(not read_bool(WELCOME_KEY, True))
        buttons.addWidget(self.dismissButton)
        buttons.addWidget(self.showAtStartInput)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._look: tuple | None = None
        self._colours = tuple(QColor(c) for c in _LIGHT)
        self.apply_theme(LIGHT)

    def paintEvent(self, event) -> None:
        """A rounded box in the note's colours (the buttons keep the theme's palette)."""
        background, border, _ink = self._colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()

    def dismiss(self) -> None:
        """Hide the note; remember it unless "Show at every start" is ticked."""
        set_welcome_seen(not self.showAtStartInput.isChecked())
        self.hide()
        self.dismissed.emit()

    def apply_theme(self, theme: Theme) -> None:
        """Dress the note in ``theme``: its box and ink on light or dark, and the type
        size (a little larger with the theme's large controls)."""
        dark = theme.dark
        size = POINT_SIZE if theme.control_pt is None else LARGE_POINT_SIZE
        look = (dark, size)
        if look == self._look:
            return
        self._look = look
        self._colours = tuple(QColor(c) for c in (_DARK if dark else _LIGHT))
        ink = self._colours[2]
        for widget in (self.titleLabel, self.textLabel, self.showAtStartInput):
            palette = widget.palette()
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, ink)
            widget.setPalette(palette)
        self.update()
        for widget in (self.textLabel, self.dismissButton, self.showAtStartInput):
            font = widget.font()
            font.setPointSizeF(size)
            widget.setFont(font)
        title = self.titleLabel.font()
        title.setPointSizeF(size * 1.1)
        title.setBold(True)
        self.titleLabel.setFont(title)
