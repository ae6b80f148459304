"""The results table: where each run stands, side by side.

One row per run (the main run first): its line ``b`` and ``m`` and its error at the
iteration shown, and the first iteration at which its error came within 1% of the least
squares error E*, or the iteration at which it diverged. Every number comes from the core
(:func:`gdviz.core.stability.run_result`) and is written as everywhere else
(:func:`gdviz.core.words.format_value`). Each run's name carries a sample of its line: the
main run in the current line's look, the compared runs in their rule's colour and line
style, as in the plots. Run names are plain text.

The renderer feeds it (:meth:`ResultsPanel.set_results`); it works on its own as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import words
from ..core.optimizers import optimizer_spec
from ..core.stability import RunResult
from . import style
from .theme import LIGHT, Theme

__all__ = ["COLUMNS", "ResultRow", "ResultsPanel"]

#: The table's columns.
COLUMNS = (
    QT_TRANSLATE_NOOP("ResultsPanel", "run"),
    "b",
    "m",
    QT_TRANSLATE_NOOP("ResultsPanel", "error"),
    QT_TRANSLATE_NOOP("ResultsPanel", "within 1% of E*"),
)
_ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: The widest the table asks to be (pixels); beyond it, it scrolls sideways.
MAX_WIDTH = 900
#: Size of a run's line sample (pixels, light theme).
SAMPLE = QSize(36, 14)


class ResultRow(NamedTuple):
    """One run in the table: its name, its rule (None: the main run) and its numbers."""

    label: str
    optimizer: str | None
    result: RunResult


def _reached(result: RunResult) -> str:
    """The last column: when the run came within 1% of E*, or when it diverged."""
    if result.diverged_at is not None:
        text = QCoreApplication.translate("ResultsPanel", "diverged at {iteration}")
        return text.format(iteration=result.diverged_at)
    if result.within is None:
        return QCoreApplication.translate("ResultsPanel", "not yet")
    text = QCoreApplication.translate("ResultsPanel", "iteration {iteration}")
    return text.format(iteration=result.within)


class ResultsPanel(QWidget):
    """A table of every run's numbers at the iteration shown.

    Feed it with :meth:`set_results`; :meth:`cells` gives the table as shown.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        self.setAccessibleName(self.tr("Results of the runs"))
        self.title = QLabel(self.tr("Results"))
        self.title.setObjectName("resultsTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("resultsTable")
        self.table.setAccessibleName(
            self.tr("Each run's b, m, error and when it came within 1% of E*")
        )
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self._rows: list[ResultRow] = []
        self._scales: words.Scales | None = None
        self._shown: tuple = ()  # what the cells show, to skip unchanged updates
        self._hidden = False  # when each run came near E* is hidden while the class predicts
        self._theme: Theme | None = None
        self.apply_theme(LIGHT)

    # ------------------------------------------------------------------ look
    def apply_theme(self, theme: Theme) -> None:
        """Type sizes of the theme, and each run's sample in its colour there."""
        if theme == self._theme:
            return
        self._theme = theme
        font = self.table.font()
        font.setPointSizeF(theme.control_pt or style.LABEL_POINT_SIZE)
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(font)
        title = self.title.font()
        title.setPointSizeF(theme.title_pt)
        self.title.setFont(title)
        self.table.setIconSize(_scaled(SAMPLE, theme.text_scale))
        self._shown = ()
        self._fill()
        self._fit()

    def _sample(self, optimizer: str | None) -> QIcon:
        """A short line in the run's look: the current line's, or its rule's."""
        theme = self._theme
        size = _scaled(SAMPLE, theme.text_scale)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if optimizer is None:
            painter.setPen(style.pen(theme.current_line, theme.line(3.5)))
        else:
            painter.setPen(style.rule_pen(theme, optimizer, 2.5))
        middle = size.height() / 2
        painter.drawLine(QPointF(1, middle), QPointF(size.width() - 1, middle))
        painter.end()
        return QIcon(pixmap)

    # ------------------------------------------------------------------ API
    def set_results(
        self, rows: Sequence[ResultRow], scales: words.Scales | None = None, iteration=None
    ) -> None:
        """Show these runs (the main run first); ``scales`` (:func:`words.scales` of the
        data) write values that are zero up to rounding as 0; ``iteration`` names the
        iteration shown in the title."""
        self._rows = [ResultRow(*row) for row in rows]
        self._scales = scales
        if iteration is None:
            title = self.tr("Results")
        else:
            title = self.tr("Results at iteration {iteration}").format(iteration=iteration)
        if self.title.text() != title:
            self.title.setText(title)
        self._fill()

    def set_hidden(self, hidden: bool) -> None:
        """Hide when each run came within 1% of E* (it gives the optimum away)."""
        if bool(hidden) != self._hidden:
            self._hidden = bool(hidden)
            self._fill()

    def cells(self) -> list[list[str]]:
        """The table as shown, row by row (for tests and copying)."""
        table = self.table
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    # ------------------------------------------------------------------ internals
    def _texts(self, row: ResultRow) -> list[str]:
        s, r = self._scales, row.result
        return [
            row.label,
            words.format_value(r.b, s.b if s else None),
            words.format_value(r.m, s.m if s else None),
            words.format_value(r.error, s.error if s else None),
            self.tr("hidden") if self._hidden and r.diverged_at is None else _reached(r),
        ]

    def _fill(self) -> None:
        if self._theme is None:
            return
        texts = [self._texts(row) for row in self._rows]
        looks = [row.optimizer for row in self._rows]
        shown = (texts, looks)
        if shown == self._shown:
            return
        same_looks = bool(self._shown) and self._shown[1] == looks
        self._shown = shown
        table = self.table
        table.setRowCount(len(texts))
        for r, cells in enumerate(texts):
            for c, text in enumerate(cells):
                item = table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(_ALIGN_TEXT if c in (0, 4) else _ALIGN_NUMBER)
                    table.setItem(r, c, item)
                if item.text() != text:
                    item.setText(text)
            if not same_looks:
                table.item(r, 0).setIcon(self._sample(looks[r]))
                table.item(r, 0).setToolTip(self._rule_name(looks[r]))
        self._fit()

    def _rule_name(self, optimizer: str | None) -> str:
        """A run's rule as the window names it ("main run" for the main run)."""
        if optimizer is None:
            return self.tr("main run")
        try:
            return optimizer_spec(optimizer).translated("label")
        except ValueError:  # a rule no longer registered: its key
            return optimizer

    def _fit(self) -> None:
        """As tall as its rows (no scrolling through four runs), and asking for the width
        its columns need."""
        table = self.table
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + rows + frame)
        width = sum(table.columnWidth(c) for c in range(table.columnCount())) + frame
        table.setMinimumWidth(min(width, MAX_WIDTH))


def _scaled(size: QSize, factor: float) -> QSize:
    return QSize(round(size.width() * factor), round(size.height() * factor))
