"""Editing the points: an explicit mode, visible on the data panel, every change said.

Clicks on the data panel add, move and delete points only while the session's view says
so (``ViewState.edit_points``, Edit > Edit points); otherwise a stray click in a lesson
changes nothing (it highlights a point, as always). While the mode is on the data panel
wears a coloured frame and an "Editing points" tag, and every change is announced in
the message bar with what it did to the least-squares line.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

from ..core import words
from .session import Level
from .theme import LIGHT, Theme

__all__ = ["EditFrame", "connect_point_edits"]

#: Width of the frame, in pixels.
FRAME_WIDTH = 4
#: The tag's words, longest first: the longest that fits left of the panel's title.
#: (English; shown through the translation, context "EditFrame", as are the others.)
TAG_TEXTS = (
    QT_TRANSLATE_NOOP("EditFrame", "✎ Editing points"),
    QT_TRANSLATE_NOOP("EditFrame", "✎ Editing"),
    "✎",
)
TAG_TIP = QT_TRANSLATE_NOOP(
    "EditFrame",
    "Edit > Edit points is on:\n"
    "click empty space: add a point · drag a point: move it · right-click: delete it\n"
    "Ctrl+Z undoes an edit",
)
LOCKED = QT_TRANSLATE_NOOP(
    "EditFrame",
    "The points are locked so a stray click cannot change them: switch on "
    "Edit > Edit points (or the toolbar's Edit points) to add, move or delete points.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditFrame", text)


class EditFrame(QWidget):
    """A frame and a tag over the data panel, shown while editing is on (mouse clicks
    go through it to the panel)."""

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.setObjectName("editPointsFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._panel = panel
        self.tag = QLabel(_tr(TAG_TEXTS[0]), self)
        self.tag.setObjectName("editPointsTag")
        self.tag.setTextFormat(Qt.TextFormat.PlainText)
        self.tag.setToolTip(_tr(TAG_TIP))
        self._colour = QColor(LIGHT.hues.orange)
        self._theme: Theme | None = None
        self.apply_theme(LIGHT)
        panel.installEventFilter(self)
        self.setGeometry(panel.rect())
        self.hide()

    def apply_theme(self, theme: Theme) -> None:
        """The frame in the theme's orange; the tag's type as large as the controls'."""
        if theme == self._theme:
            return
        self._theme = theme
        self._colour = QColor(theme.hues.orange)
        ink = "#000000"
        self.tag.setStyleSheet(
            f"QLabel#editPointsTag {{ background: {self._colour.name()}; color: {ink};"
            " font-weight: bold; padding: 1px 8px; border-bottom-right-radius: 6px; }"
        )
        if theme.control_pt is not None:
            font = self.tag.font()
            font.setPointSizeF(theme.control_pt)
            self.tag.setFont(font)
        self._fit_tag()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
            self.raise_()
            self._fit_tag()
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_tag()
        self.raise_()

    def _fit_tag(self) -> None:
        """The longest tag that ends before the panel's title starts (top left)."""
        room = self._title_left() - 6
        metrics = self.tag.fontMetrics()
        margins = self.tag.sizeHint().width() - metrics.horizontalAdvance(self.tag.text())
        for source in TAG_TEXTS:
            text = _tr(source)
            if metrics.horizontalAdvance(text) + margins <= room or source == TAG_TEXTS[-1]:
                self.tag.setText(text)
                break
        self.tag.adjustSize()
        self.tag.move(0, 0)

    def _title_left(self) -> int:
        """Where the panel's title text starts, in the panel's pixels (its width if none)."""
        title = getattr(self._panel.getPlotItem(), "titleLabel", None)
        text = getattr(title, "item", None)
        if text is None or not title.isVisible():
            return self.width()
        left = text.sceneBoundingRect().left()
        return self._panel.mapFromScene(QPointF(left, 0)).x()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        half = FRAME_WIDTH / 2
        painter.setPen(QPen(self._colour, FRAME_WIDTH))
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


def connect_point_edits(window, session) -> EditFrame:
    """Wire the data panel's edit requests to the session, only while editing is on."""
    scatter = window.scatter
    frame = EditFrame(scatter)

    def follow(view) -> None:
        scatter.set_editable(view.edit_points)
        # a data set too large to edit by mouse shows no frame: clicks would do nothing
        frame.setVisible(view.edit_points and scatter.is_editable())

    def added(px: float, py: float) -> None:
        before = len(session.x)
        session.edits.add_point(px, py)
        if len(session.x) == before + 1:
            _say(
                session,
                QCoreApplication.translate("EditFrame", "Point added at ({xy})").format(
                    xy=_xy(px, py)
                ),
            )

    def moved(i: int, px: float, py: float, finished: bool) -> None:
        session.edits.move_point(i, px, py, finished)
        if finished:
            what = QCoreApplication.translate("EditFrame", "Point {number} moved to ({xy})")
            _say(session, what.format(number=i + 1, xy=_xy(px, py)))

    def removed(i: int) -> None:
        before = len(session.x)
        session.edits.remove_point(i)
        if len(session.x) == before - 1:
            _say(
                session,
                QCoreApplication.translate("EditFrame", "Point {number} deleted").format(
                    number=i + 1
                ),
            )

    scatter.pointAddRequested.connect(added)
    scatter.pointMoveRequested.connect(moved)
    scatter.pointRemoveRequested.connect(removed)
    scatter.editLocked.connect(lambda: session.notice(_tr(LOCKED), Level.INFO))
    session.viewChanged.connect(follow)
    session.datasetChanged.connect(lambda: follow(session.view))
    follow(session.view)
    return frame


def _xy(px: float, py: float) -> str:
    return f"{words.format_number(px, 4)}, {words.format_number(py, 4)}"


def _say(session, what: str) -> None:
    if session.analysis is None:
        return
    summary = words.edited_data(len(session.x), session.analysis)
    text = QCoreApplication.translate("EditFrame", "{what}. {summary}. Ctrl+Z undoes it.")
    session.notice(text.format(what=what, summary=summary), Level.INFO)
