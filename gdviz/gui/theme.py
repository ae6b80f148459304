"""Themes for the whole window: light, dark and presentation (large type, thick lines).

A :class:`Theme` is a value: the colour of each role (the points, the current line, the
least-squares line, the path, the optimum, residuals above and below, the compared runs
by slot, text, background...) and the sizes of type and lines. Each panel owns its look:
it has an ``apply_theme(theme)`` method that builds its pens, brushes and fonts from those
roles, and creates any item it adds later (a compared run's curve, say) in the theme it
was last given. :func:`apply_theme` sets the Qt palette and fonts of the plain widgets
(controls, menus, tool tips) and then calls ``apply_theme(theme)`` on every widget of the
window that has one. Nothing here looks inside a panel.

A role keeps its hue in every theme (the current line is vermilion everywhere); each
theme has its own version of the Okabe-Ito hues (:class:`Hues`), brightened on dark
backgrounds and darkened where the presentation theme needs more contrast.

Presentation mode (:func:`enter_presentation`, F11) shows the window full screen in the
presentation theme. That theme is light: a projector cannot show black, and in a lit room
a dark background turns grey while its thin light lines bloom; black ink on white keeps
its contrast. The presentation-dark theme is there for dimmed lecture halls.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QSplitter, QToolTip, QWidget

from . import style
from .shortcuts import key_sequences

__all__ = [
    "DARK",
    "LIGHT",
    "PRESENTATION",
    "PRESENTATION_DARK",
    "THEMES",
    "Hues",
    "PresentationMode",
    "Theme",
    "apply_theme",
    "current_theme",
    "enter_presentation",
    "is_presenting",
    "leave_presentation",
    "presentation_backup",
    "refresh_theme",
    "theme_menu",
]


@dataclass(frozen=True)
class Hues:
    """A theme's version of the Okabe-Ito hues and the grey of :mod:`gdviz.gui.style`."""

    blue: str = style.BLUE
    orange: str = style.ORANGE
    vermilion: str = style.VERMILION
    green: str = style.GREEN
    sky: str = style.SKY
    purple: str = style.PURPLE
    grey: str = style.GREY


@dataclass(frozen=True)
class Theme:
    """How the window looks.

    Attributes
    ----------
    name : str
        Key in :data:`THEMES` (``"light"``, ``"dark"``, ...).
    label : str
        Menu text (English; the menu shows it translated, context "theme").
    background, foreground : str
        Plot background and ink (axes, ticks, titles, labels, legends).
    panel_background, panel_foreground : str
        Window and text colours of the Qt widgets (controls, menus, status bar) and of
        the large display. Light themes keep the application's own palette.
    field_background : str
        Background of input fields and lists (dark themes).
    hues : Hues
        The theme's version of each hue; the series roles below are made of them.
    divergence : str
        The mark where a run diverged.
    faint : str
        What is shown but does not apply (a prediction for another optimizer).
    line_scale, marker_scale : float
        Factors for line widths and marker sizes (1 in the light theme).
    axis_width : float
        Width of the axis lines in pixels.
    tick_pt, label_pt, title_pt : float
        Point sizes of tick numbers, axis labels and plot titles; legends and text inside
        the plots scale by :attr:`text_scale`.
    control_pt : float or None
        Point size of the controls, menus and tool tips; None keeps the application's.
    big_display_pt : float
        Point size of the large iteration and error display (it shrinks to fit).
    surface_background, surface_foreground : str
        Background and ink of the 3D surface view.
    dark, high_contrast : bool
        Light ink on a dark background; the presentation's high-contrast palette.
    """

    name: str
    label: str
    background: str
    foreground: str
    panel_background: str
    panel_foreground: str
    field_background: str
    hues: Hues = field(default_factory=Hues)
    divergence: str = "#C00000"
    faint: str = "#A8A8A8"
    line_scale: float = 1.0
    marker_scale: float = 1.0
    axis_width: float = 1.0
    tick_pt: float = style.TICK_POINT_SIZE
    label_pt: float = style.LABEL_POINT_SIZE
    title_pt: float = style.TITLE_POINT_SIZE
    control_pt: float | None = None
    big_display_pt: float = 28.0
    surface_background: str = "#14171C"
    surface_foreground: str = "#E8E8E8"
    dark: bool = False
    high_contrast: bool = False

    # ------------------------------------------------------------------ colour roles
    @property
    def points(self) -> str:
        """The data points."""
        return self.hues.blue

    @property
    def current_line(self) -> str:
        """The line of the shown iteration (and the main run's curve)."""
        return self.hues.vermilion

    @property
    def least_squares(self) -> str:
        """The least-squares line."""
        return self.hues.green

    @property
    def path(self) -> str:
        """The descent path over (b, m)."""
        return self.hues.vermilion

    @property
    def optimum(self) -> str:
        """The optimum and the least-squares error."""
        return self.hues.green

    @property
    def residual_above(self) -> str:
        """Residuals (and their squares) of points above the line."""
        return self.hues.blue

    @property
    def residual_below(self) -> str:
        """Residuals (and their squares) of points below the line."""
        return self.hues.orange

    @property
    def compare(self) -> tuple[str, ...]:
        """Colour of each run, main run first (slot 0)."""
        h = self.hues
        return (h.vermilion, h.blue, h.green, h.purple)

    def run(self, slot: int) -> str:
        """Colour of run ``slot`` (0: the main run; compared runs from 1)."""
        return self.compare[slot % len(self.compare)]

    @property
    def text(self) -> str:
        """Text in and around the plots."""
        return self.foreground

    @property
    def muted(self) -> str:
        """Secondary marks: the history cursor, notes."""
        return self.hues.grey

    def backdrop(self, alpha: int) -> QColor:
        """The plot background with opacity ``alpha`` (0-255), behind legends and labels."""
        colour = QColor(self.background)
        colour.setAlpha(alpha)
        return colour

    # ------------------------------------------------------------------ sizes
    @property
    def text_scale(self) -> float:
        """Factor for text inside the plots (legends, labels on lines)."""
        return self.label_pt / style.LABEL_POINT_SIZE

    def line(self, width: float) -> float:
        """A line ``width`` pixels wide in the light theme, in this theme."""
        return width if self.line_scale == 1 else max(width, 1.0) * self.line_scale

    def marker(self, size: float) -> float:
        """A marker ``size`` pixels across in the light theme, in this theme."""
        return size * self.marker_scale

    def pt(self, points: float) -> float:
        """Text of ``points`` in the light theme, in this theme (legends, labels)."""
        return points * self.text_scale


#: The original look: white plots, Okabe-Ito colours.
LIGHT = Theme(
    name="light",
    label=QT_TRANSLATE_NOOP("theme", "&Light"),
    background=style.PAPER,
    foreground=style.INK,
    panel_background="#EFEFEF",
    panel_foreground="#000000",
    field_background="#FFFFFF",
)

#: Dark grey plots, light ink; the blue, vermilion, green, purple and grey brightened to
#: keep at least 5.8:1 contrast on the background (orange and sky already have 7:1).
DARK = Theme(
    name="dark",
    label=QT_TRANSLATE_NOOP("theme", "&Dark"),
    background="#1C1F24",
    foreground="#E8E8E8",
    panel_background="#2A2D33",
    panel_foreground="#E8E8E8",
    field_background="#3A3E46",
    hues=Hues(
        blue="#4DA3E8", vermilion="#F07A2C", green="#1DB585", purple="#E08AC0", grey="#9A9A9A"
    ),
    divergence="#FF5C5C",
    faint="#767A82",
    surface_background="#1C1F24",
    dark=True,
)

#: The sizes both presentation themes share: type from the back of the room, lines twice
#: as thick, the high-contrast palette.
_PRESENTATION_SIZES = MappingProxyType(
    {
        "line_scale": 2.0,
        "marker_scale": 1.6,
        "axis_width": 2.0,
        "tick_pt": 16,
        "label_pt": 20,
        "title_pt": 22,
        "control_pt": 16,
        "big_display_pt": 44,
        "high_contrast": True,
    }
)

#: For a projector in a lit room: black ink on white, Okabe-Ito hues darkened where
#: needed so every series has at least 3:1 contrast on white (WCAG's figure for graphics),
#: type from the back of the room, lines twice as thick.
PRESENTATION = Theme(
    name="presentation",
    label=QT_TRANSLATE_NOOP("theme", "&Presentation (high contrast)"),
    background="#FFFFFF",
    foreground="#000000",
    panel_background="#FFFFFF",
    panel_foreground="#000000",
    field_background="#FFFFFF",
    hues=Hues(
        vermilion="#C24F00",
        green="#00896A",
        orange="#C98300",
        sky="#2B8FCB",
        purple="#A94F86",
        grey="#666666",
    ),
    **_PRESENTATION_SIZES,
)

#: Presentation for a darkened hall: white ink on near-black, brightened hues (7.6:1+).
PRESENTATION_DARK = Theme(
    name="presentation-dark",
    label=QT_TRANSLATE_NOOP("theme", "Presentation, dar&k"),
    background="#101010",
    foreground="#FFFFFF",
    panel_background="#1A1A1A",
    panel_foreground="#FFFFFF",
    field_background="#333333",
    hues=Hues(
        blue="#5AB0F0",
        vermilion="#FF8040",
        green="#20C090",
        orange="#FFB020",
        sky="#72C3FF",
        purple="#F09AD0",
        grey="#B0B0B0",
    ),
    divergence="#FF6B6B",
    faint="#7A7A7A",
    **_PRESENTATION_SIZES,
    surface_background="#101010",
    surface_foreground="#FFFFFF",
    dark=True,
)

THEMES: Mapping[str, Theme] = MappingProxyType(
    {t.name: t for t in (LIGHT, DARK, PRESENTATION, PRESENTATION_DARK)}
)


# ---------------------------------------------------------------------- plain Qt widgets
def _palette(theme: Theme) -> QPalette:
    """A Qt palette for a dark theme (the light themes use the application's)."""
    p = QPalette()
    window, text = QColor(theme.panel_background), QColor(theme.panel_foreground)
    base, button = QColor(theme.field_background), QColor(theme.panel_background).lighter(165)
    muted = QColor(text)
    muted.setAlpha(130)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: muted,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#FFFFFF"),
        QPalette.ColorRole.Light: button.lighter(130),
        QPalette.ColorRole.Midlight: button.lighter(115),
        QPalette.ColorRole.Mid: button.darker(130),
        QPalette.ColorRole.Dark: window.darker(160),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor(theme.hues.blue).darker(115),
        QPalette.ColorRole.HighlightedText: QColor("#FFFFFF"),
        QPalette.ColorRole.Link: QColor(theme.hues.sky),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    disabled = QColor(text)
    disabled.setAlpha(110)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


_TOOLTIP_DEFAULTS: list = []  # [font, palette] of QToolTip before any theme


def _palette_key(theme: Theme) -> tuple:
    if not theme.dark:
        return (False,)
    return (True, theme.panel_background, theme.panel_foreground, theme.field_background)


def _style_qt(window: QWidget, theme: Theme, previous: Theme | None) -> None:
    """Font and palette of the controls, menus and tool tips; skipped when unchanged.

    Changing them makes every widget lay itself out and repaint, the slow part of a
    theme change.
    """
    if not _TOOLTIP_DEFAULTS:
        _TOOLTIP_DEFAULTS.extend([QToolTip.font(), QToolTip.palette()])
    for menu in window.findChildren(QMenu):  # pop-ups are windows: let them inherit
        if not menu.testAttribute(Qt.WidgetAttribute.WA_WindowPropagation):
            menu.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)
    if previous is None or previous.control_pt != theme.control_pt:
        if theme.control_pt is None:
            window.setFont(QFont())  # nothing set: the application's font
            QToolTip.setFont(_TOOLTIP_DEFAULTS[0])
        else:
            font = QFont(QApplication.font())
            font.setPointSizeF(theme.control_pt)
            window.setFont(font)
            QToolTip.setFont(font)
        # the control panel sits in a scroll area without a horizontal bar: make room
        for scroll in window.findChildren(QScrollArea):
            if scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                _fit_scroll_area(scroll, theme)
    if previous is None or _palette_key(previous) != _palette_key(theme):
        palette = _palette(theme) if theme.dark else QPalette()
        window.setPalette(palette)
        QToolTip.setPalette(palette if theme.dark else _TOOLTIP_DEFAULTS[1])


#: Each scroll area's own minimum width, and its share of a splitter before large type.
_SCROLL_WIDTHS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _fit_scroll_area(scroll: QScrollArea, theme: Theme) -> None:
    """Large type: as wide as the content wants; else back to the width it had."""
    inner = scroll.widget()
    if inner is None:
        return
    base = _SCROLL_WIDTHS.get(scroll)
    if base is None:  # the width it had before any theme
        base = _SCROLL_WIDTHS[scroll] = {"width": scroll.minimumWidth(), "share": None}
    # the splitter the scroll area (or the column holding it) is a part of
    holder, splitter = scroll, scroll.parentWidget()
    while splitter is not None and not isinstance(splitter, QSplitter):
        holder, splitter = splitter, splitter.parentWidget()
    index = splitter.indexOf(holder) if splitter is not None else -1
    if theme.control_pt is None:
        scroll.setMinimumWidth(base["width"])
        if index >= 0 and base["share"] is not None:
            sizes = splitter.sizes()
            widest = max((i for i in range(len(sizes)) if i != index), key=sizes.__getitem__)
            sizes[widest] += sizes[index] - base["share"]
            sizes[index] = base["share"]
            splitter.setSizes(sizes)
        base["share"] = None
        return
    if index >= 0 and base["share"] is None:
        base["share"] = splitter.sizes()[index]
    wanted = max(inner.minimumSizeHint().width(), inner.sizeHint().width())
    width = wanted + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
    scroll.setMinimumWidth(max(base["width"], width))


# ---------------------------------------------------------------------- applying
class _WindowState:
    def __init__(self) -> None:
        self.theme: Theme = LIGHT
        self.qt_theme: Theme | None = None  # what the Qt widgets were last styled for
        self.presenting = False
        self.before: Theme = LIGHT
        self.window_state = Qt.WindowState.WindowNoState
        self.geometry = QByteArray()
        self.big_display_visible: bool | None = None
        self.groups: list = []


_STATE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _state(window) -> _WindowState:
    state = _STATE.get(window)
    if state is None:
        state = _STATE[window] = _WindowState()
    return state


def _resolve(theme: Theme | str) -> Theme:
    if isinstance(theme, Theme):
        return theme
    try:
        return THEMES[theme]
    except KeyError:
        raise ValueError(f"unknown theme {theme!r}: choose one of {', '.join(THEMES)}") from None


def current_theme(window) -> Theme:
    """The theme last applied to ``window`` (light if none was)."""
    return _state(window).theme


def apply_theme(window: QWidget, theme: Theme | str) -> Theme:
    """Restyle the whole window for ``theme`` (a :class:`Theme` or its name).

    The controls' font size and palette, the tool tips, and then every widget of the
    window with an ``apply_theme(theme)`` method (the panels, the large display, the
    notes), which restyles itself. Reversible and idempotent.
    """
    theme = _resolve(theme)
    state = _state(window)
    state.theme = theme
    _style_qt(window, theme, state.qt_theme)
    state.qt_theme = theme
    for child in window.findChildren(QWidget):
        if hasattr(child, "apply_theme"):
            child.apply_theme(theme)
    for child in window.findChildren(QObject, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not isinstance(child, QWidget) and hasattr(child, "apply_theme"):
            child.apply_theme(theme)  # helpers that draw on the widgets (the focus ring)
    for group in state.groups:
        for action in group.actions():
            if action.data() == theme.name and not action.isChecked():
                action.setChecked(True)
    return theme


def refresh_theme(window: QWidget) -> Theme:
    """The window's current theme; nothing to redo.

    Kept for callers from before the panels owned their look: a panel now creates what
    it adds later (new runs' curves, a new title) in the theme it was last given.
    """
    return current_theme(window)


def theme_menu(window: QWidget, title: str | None = None) -> QMenu:
    """A menu of the themes (one checked), for View > Theme; choosing one applies it.

    The menu and the themes' names are in the window's language (``title`` as given).
    """
    menu = QMenu(QCoreApplication.translate("theme", "&Theme") if title is None else title, window)
    menu.setObjectName("themeMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = current_theme(window).name
    for theme in THEMES.values():
        action = QAction(QCoreApplication.translate("theme", theme.label), menu)
        action.setObjectName(f"themeAction-{theme.name}")
        action.setData(theme.name)
        action.setCheckable(True)
        action.setChecked(theme.name == current)
        action.triggered.connect(lambda _=False, t=theme: apply_theme(window, t))
        group.addAction(action)
        menu.addAction(action)
    _state(window).groups.append(group)
    return menu


# ---------------------------------------------------------------------- presentation
def is_presenting(window) -> bool:
    return _state(window).presenting


def _big_display_shown(window) -> bool | None:
    """Whether the large display is on: the session's view state, where there is one."""
    session = getattr(window, "session", None)
    if session is not None:
        return session.view.big_display
    big = getattr(window, "big_display", None)
    return big.isVisibleTo(window) if isinstance(big, QWidget) else None


def _show_big_display(window, on: bool) -> None:
    """Turn the large display on or off: through the session's view state, where there is
    one (the View menu's toggle follows)."""
    session = getattr(window, "session", None)
    if session is not None:
        session.update_view(big_display=on)
        return
    big = getattr(window, "big_display", None)
    if isinstance(big, QWidget):
        big.setVisible(on)


def _set_layout(window, presenting: bool) -> None:
    """The window's projector layout (``window.projector``), where it has one."""
    layout = getattr(window, "projector", None)
    if layout is not None:
        layout.set_presenting(presenting)


#: Platforms where a window manager may be missing (a bare X server, a kiosk): there a
#: full-screen request alone leaves the window at its size, so it is sized to the screen.
_BARE_PLATFORMS = ("xcb", "offscreen", "minimal", "vnc")


def _fill_screen(window: QWidget) -> None:
    screen, handle = window.screen(), window.windowHandle()
    if screen is None or handle is None:
        return
    if QGuiApplication.platformName() in _BARE_PLATFORMS and handle.geometry() != screen.geometry():
        handle.setGeometry(screen.geometry())  # the window's: the widget stays full screen


def enter_presentation(window: QWidget, theme: Theme | str = PRESENTATION) -> None:
    """Full screen, the presentation theme, the large display (``window.big_display``)
    and the projector layout (``window.projector``: controls hidden, transport bar)."""
    state = _state(window)
    if state.presenting:
        apply_theme(window, theme)
        return
    state.before = state.theme
    state.window_state = window.windowState() & ~Qt.WindowState.WindowFullScreen
    state.geometry = window.saveGeometry()
    state.big_display_visible = _big_display_shown(window)
    state.presenting = True
    apply_theme(window, theme)
    _show_big_display(window, True)
    _set_layout(window, True)
    window.showFullScreen()
    _fill_screen(window)
    _sync_actions(window)


def leave_presentation(window: QWidget) -> None:
    """Back to the theme, window state and geometry from before presentation mode."""
    state = _state(window)
    if not state.presenting:
        return
    state.presenting = False
    _set_layout(window, False)
    apply_theme(window, state.before)
    if state.big_display_visible is not None:
        _show_big_display(window, state.big_display_visible)
    if state.window_state & Qt.WindowState.WindowMaximized:
        window.showMaximized()
    else:
        window.showNormal()
        if not state.geometry.isEmpty():
            window.restoreGeometry(state.geometry)
    _sync_actions(window)


def presentation_backup(window) -> tuple[str, QByteArray] | None:
    """The theme name and geometry ``window`` had before presentation mode, if presenting.

    What the settings save on closing instead of the presentation look (None when not
    presenting).
    """
    state = _STATE.get(window)
    if state is None or not state.presenting:
        return None
    return state.before.name, QByteArray(state.geometry)


_MODES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _sync_actions(window) -> None:
    mode = _MODES.get(window)
    if mode is not None:
        mode.sync()


class PresentationMode(QObject):
    """The window's presentation-mode actions: F11 toggles, Esc leaves.

    Both are added to the window, so the keys work without a menu; put :attr:`action` in
    the View menu. :attr:`leaveAction` is enabled only while presenting, so Esc keeps its
    other meanings the rest of the time.
    """

    def __init__(self, window: QWidget, theme: Theme | str = PRESENTATION) -> None:
        super().__init__(window)
        self._window = window
        self._theme = _resolve(theme)
        self.action = QAction(self.tr("&Presentation mode"), window)
        self.action.setObjectName("presentationAction")
        self.action.setCheckable(True)
        self.action.setShortcuts(key_sequences("presentation"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.tr("Full screen, large type, thick lines (F11; Esc leaves)"))
        self.action.triggered.connect(self._toggled)
        self.leaveAction = QAction(self.tr("Leave presentation mode"), window)
        self.leaveAction.setObjectName("leavePresentationAction")
        self.leaveAction.setShortcuts(key_sequences("leave_presentation"))
        self.leaveAction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leaveAction.triggered.connect(lambda: leave_presentation(self._window))
        window.addAction(self.action)
        window.addAction(self.leaveAction)
        _MODES[window] = self
        self.sync()

    def _toggled(self, checked: bool) -> None:
        if checked:
            enter_presentation(self._window, self._theme)
        else:
            leave_presentation(self._window)

    def sync(self) -> None:
        presenting = is_presenting(self._window)
        self.action.blockSignals(True)
        self.action.setChecked(presenting)
        self.action.blockSignals(False)
        self.leaveAction.setEnabled(presenting)
