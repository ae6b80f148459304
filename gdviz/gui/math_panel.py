"""The math of one step: the per-point table and the formulas with the numbers filled in.

Everything shown comes from :func:`gdviz.core.explain.explain_step`; this panel only lays
it out: a table of the points the gradient uses (with the sums over all of them), then the
formulas, each written as a chain ``lhs = symbols = numbers = result`` whose ``=`` signs
line up when the chain does not fit on one line, as on a blackboard.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.explain import Formula, Section, StepExplanation, format_value
from ..core.i18n import translate
from . import style

__all__ = ["MathPanel"]

#: Point sizes at the panel's smallest comfortable size (about 420 x 520 px); a larger
#: panel (a projector, a maximised dock) scales them up, up to :data:`MAX_SCALE` times.
TITLE_POINT_SIZE = 13.0
TEXT_POINT_SIZE = 11.0
TABLE_POINT_SIZE = 11.0
FORMULA_POINT_SIZE = 13.0
BASE_SIZE = (420, 520)
MAX_SCALE = 2.0
#: Text colours on a light and on a dark background (the window's theme decides): headings,
#: residuals above and below the line (the data panel's residual colours, the orange
#: darkened to be legible as text on white), warnings and the check against the history.
LIGHT_INK = {
    "heading": style.BLUE,
    "above": style.ABOVE_COLOUR,
    "below": "#A35F00",
    "alert": style.VERMILION,
    "match": "#007A5A",
}
DARK_INK = {
    "heading": style.SKY,
    "above": style.SKY,
    "below": style.ORANGE,
    "alert": "#FF8A5C",
    "match": "#3CCB9A",
}

#: The heading of the core's check of the step against the recorded history, as
#: :mod:`gdviz.core.explain` writes it (English, translated in context "explain"); its note
#: is coloured by whether the two agree.
CHECK_TITLE = "Check"

_SUBSCRIPT = re.compile(r"_([A-Za-z′]+(?:,(?:old|corr))?)")
_POWER = re.compile(r"\^(\d+)")


def _rich(text: str) -> str:
    """Escape ``text`` for Qt rich text and write ``v_b,old`` and ``0.9^5`` typographically."""
    text = html.escape(text, quote=False)
    text = _SUBSCRIPT.sub(r"<sub>\1</sub>", text)
    return _POWER.sub(r"<sup>\1</sup>", text)


def _font(points: float, bold: bool = False, italic: bool = False, narrow: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    if narrow:  # six columns of numbers in a narrow dock (used where the family has it)
        font.setStretch(QFont.Stretch.SemiCondensed)
    return font


class MathPanel(QWidget):
    """The step from the shown iteration to the next, worked out with the numbers.

    Signals
    -------
    pointActivated(int)
        A person clicked the row of data point ``i`` in the table.
    """

    pointActivated = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mathPanel")
        self.setAccessibleName(self.tr("The math of this step"))
        self._explanation: StepExplanation | None = None
        self._highlight: int | None = None
        self._extra_row: int | None = None  # table row of a used point added for a highlight
        self._rendered_width = -1
        self._sized = False
        self._scale = 1.0
        self._theme_scale = 1.0
        self._stale = False  # an explanation arrived while hidden

        self.title = QLabel(objectName="mathTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Which step"))
        self.subtitle = QLabel(objectName="mathSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet(f"color: {style.GREY};")

        self.table = QTableWidget(0, 6, objectName="mathTable")
        self.table.setAccessibleName(self.tr("Points of this step"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setMinimumSectionSize(20)
        # the clicked point's row in orange; every other colour follows the window's theme
        # (a palette role set here leaves the others inherited, unlike a style sheet)
        selection = self.table.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            selection.setColor(group, QPalette.ColorRole.Highlight, QColor(style.ORANGE))
            selection.setColor(group, QPalette.ColorRole.HighlightedText, QColor(style.INK))
        self.table.setPalette(selection)
        self.table.cellClicked.connect(self._on_cell_clicked)
        self.table.viewport().installEventFilter(self)

        self.note = QLabel(objectName="mathNote")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the table"))

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(4)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.note)
        table_layout.addStretch(0)
        self.table_box = table_box

        self.formulas = QTextBrowser(objectName="mathFormulas")
        self.formulas.setAccessibleName(self.tr("Formulas of this step"))
        self.formulas.setReadOnly(True)
        self.formulas.setOpenLinks(False)
        self.formulas.setFrameShape(QFrame.Shape.StyledPanel)
        self.formulas.document().setDocumentMargin(8)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="mathSplitter")
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.formulas)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.splitter, 1)
        self._apply_fonts()
        self._set_headers(scaled=False)
        self.clear()

    # ------------------------------------------------------------------ API
    def show_explanation(self, explanation: StepExplanation) -> None:
        """Show the worked-out step (keeps the highlighted point, if any).

        While the panel is hidden (a closed dock, another tab) this only keeps the
        explanation; it is laid out when the panel is shown.
        """
        self._explanation = explanation
        self._stale = not self.isVisible()
        if self._stale:
            return
        e = explanation
        self.title.setText(e.title)
        x, y, b, m = ("x′", "y′", "b′", "m′") if e.scaled else ("x", "y", "b", "m")
        residual = self.tr("r = {y} − ({m}·{x} + {b}) is the residual")
        residual = residual.format(x=x, y=y, b=b, m=m)
        units = f"; {e.units_note}" if e.scaled else ""
        self.subtitle.setText(_rich(residual + units))
        self._set_headers(e.scaled)
        self._fill_table(e)
        self._render_formulas(force=True)
        self.highlight_point(self._highlight)
        self._size_splitter()

    def highlight_point(self, index: int | None) -> None:
        """Highlight the row of data point ``index`` (``None``: no highlight).

        A point the step uses but the table leaves out gets a row of its own below the
        others; a point the step does not use gets a note instead.
        """
        self._highlight = None if index is None else int(index)
        if self._stale:
            return  # shown with the explanation, when the panel is shown
        self._remove_extra_row()
        self.table.clearSelection()
        e = self._explanation
        if e is None or self._highlight is None:
            self._set_note()
            return
        k = self._highlight
        position = e.position_of(k)
        if position is None:
            if 0 <= k < e.n_total:
                message = self.tr("point {number} is not in this step's batch").format(number=k)
            else:
                message = self.tr("there is no point {number}").format(number=k)
            self._set_note(message, alert=True)
            return
        if position < e.shown:
            row = position
            self._set_note()
        else:
            row = self._add_extra_row(e, position)
            text = self.tr(
                "point {number} is not among the first {shown} rows shown; its row is added "
                "below them"
            )
            self._set_note(text.format(number=k, shown=e.shown))
        self.table.selectRow(row)
        self._reveal_selection()

    def _reveal_selection(self) -> None:
        """Scroll the highlighted row into view (again whenever the table's size changes)."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.updateGeometries()  # the scroll range may lag behind an added row
            self.table.scrollTo(rows[0])

    def clear(self) -> None:
        """No step to explain."""
        self._explanation = None
        self._stale = False
        self._highlight = None
        self._extra_row = None
        self.title.setText(self.tr("The math of the next step"))
        self.subtitle.setText(self.tr("Load data to see the arithmetic of a step."))
        self.table.setRowCount(0)
        self.formulas.clear()
        self.formulas.setAccessibleDescription("")
        self._set_note()

    @property
    def explanation(self) -> StepExplanation | None:
        return self._explanation

    # ------------------------------------------------------------------ table
    def _set_headers(self, scaled: bool) -> None:
        x, y, b, m = ("x′", "y′", "b′", "m′") if scaled else ("x", "y", "b", "m")
        headers = ["i", x, y, f"{m}·{x}+{b}", "r", f"{x}·r"]
        tips = [
            self.tr("index of the point in the data"),
            self.tr("{x} of the point"),
            self.tr("{y} of the point"),
            self.tr("the line's prediction {m}·{x} + {b}"),
            self.tr(
                "the residual r = {y} − ({m}·{x} + {b}): how far the point lies above the line"
            ),
            self.tr("{x}·r, the point's share of ∂E/∂{m} (times −2/N)"),
        ]
        tips = [tip.format(x=x, y=y, b=b, m=m) for tip in tips]
        for column, (text, tip) in enumerate(zip(headers, tips, strict=True)):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            item.setFont(self._table_font(bold=True))
            self.table.setHorizontalHeaderItem(column, item)

    def _fill_table(self, e: StepExplanation) -> None:
        self._extra_row = None
        self.table.clearSpans()
        self.table.setRowCount(e.shown + 1)
        for row, point in enumerate(e.table):
            self._set_point_row(row, point)
        total = e.shown
        label = QTableWidgetItem("Σ")
        label.setToolTip(self.tr("sums over every point the step uses"))
        if e.full_batch:
            what = self.tr("over all {count}").format(count=e.n_used)
        elif e.n_used == 1:
            what = self.tr("over 1 point")
        else:
            what = self.tr("over {count} points").format(count=e.n_used)
        span = QTableWidgetItem(what)
        cells = [label, span, None, None, self._number(e.sum_residual), None]
        cells[5] = self._number(e.sum_x_residual)
        bold = self._table_font(bold=True)
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(40)
        for column, item in enumerate(cells):
            if item is None:
                item = QTableWidgetItem("")
            item.setFont(bold)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(QBrush(tint))
            self.table.setItem(total, column, item)
        self.table.setSpan(total, 1, 1, 3)
        self._fit_columns()
        self._fit_height()
        self._set_note()

    def _fit_columns(self) -> None:
        """Columns as wide as their numbers, sharing out any room to spare."""
        table = self.table
        table.resizeColumnsToContents()
        widths = [table.columnWidth(c) for c in range(table.columnCount())]
        spare = table.viewport().width() - sum(widths)
        if spare > 0:
            share, rest = divmod(spare, len(widths) - 1)
            for c in range(1, len(widths)):
                table.setColumnWidth(c, widths[c] + share + (1 if c <= rest else 0))

    def _set_point_row(self, row: int, point) -> None:
        index = QTableWidgetItem(str(point.index))
        index.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        index.setData(Qt.ItemDataRole.UserRole, point.index)
        self.table.setItem(row, 0, index)
        values = (point.x, point.y, point.prediction, point.residual, point.x_residual)
        for column, value in enumerate(values, start=1):
            item = self._number(value)
            if column == 4:
                colour = self._ink("above" if value > 0 else "below")
                item.setForeground(QBrush(QColor(colour)))
            self.table.setItem(row, column, item)

    @staticmethod
    def _number(value: float) -> QTableWidgetItem:
        item = QTableWidgetItem(format_value(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _add_extra_row(self, e: StepExplanation, position: int) -> int:
        """Insert the row of a used point that the table leaves out, above the totals."""
        row = e.shown
        self.table.insertRow(row)
        self._set_point_row(row, e.point_row(int(e.point_index[position])))
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            item.setFont(self._table_font(italic=True))
        self._extra_row = row
        self._fit_columns()
        self._fit_height()
        return row

    def _remove_extra_row(self) -> None:
        if self._extra_row is not None:
            self.table.removeRow(self._extra_row)
            self._extra_row = None
            self._fit_height()

    def _set_note(self, extra: str = "", alert: bool = False) -> None:
        e = self._explanation
        parts = []
        if extra:
            colour = self._ink("alert") if alert else self._ink("text")
            message = html.escape(extra, quote=False)
            parts.append(f'<span style="color:{colour}; font-weight:600">{message}</span>')
        if e is not None and e.rows_not_shown:
            text = self.tr("{count} more points are not shown; Σ includes them.")
            parts.append(text.format(count=e.rows_not_shown))
        self.note.setText("<br>".join(parts))
        self.note.setVisible(bool(parts))

    def _on_cell_clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, 0)
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if index is not None:
            self._highlight = int(index)
            self.pointActivated.emit(int(index))

    # ------------------------------------------------------------------ layout
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self._explanation is not None:
            self.show_explanation(self._explanation)
        self._size_splitter()

    def _size_splitter(self) -> None:
        """Once shown with a table: give the table what it needs, up to half the height."""
        if self._sized or self._explanation is None or not self.isVisible():
            return
        self._sized = True
        total = max(self.splitter.height(), 200)
        note = self.note.sizeHint().height() + 4 if self.note.isVisible() else 0
        top = min(self.table.maximumHeight() + note, total // 2)
        self.splitter.setSizes([top, total - top])

    def _fit_height(self) -> None:
        """The table no taller than its rows, so that spare room goes to the formulas."""
        table = self.table
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        if columns > table.viewport().width():  # room for the horizontal scroll bar
            height += table.horizontalScrollBar().sizeHint().height()
        table.setMaximumHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._update_scale():
            self._render_formulas()

    def set_theme(self, theme) -> None:
        """Follow the window's theme (called by :func:`gdviz.gui.theme.apply_theme`).

        The colours follow the palette by themselves; this takes the theme's text scale
        (the presentation theme's large type) as the smallest scale of the fonts.
        """
        self._theme_scale = float(getattr(theme, "text_scale", 1.0) or 1.0)
        self._update_scale()

    def apply_theme(self, theme) -> None:
        """Dress the panel in a :class:`gdviz.gui.theme.Theme`: its type scale (the
        colours are the palette's, which the window's theme sets)."""
        self.set_theme(theme)

    def _update_scale(self) -> bool:
        """Scale the fonts with the panel's size (and the theme); True if they changed."""
        scale = min(self.width() / BASE_SIZE[0], self.height() / BASE_SIZE[1])
        scale = max(scale, self._theme_scale)
        scale = round(min(max(scale, 1.0), MAX_SCALE) * 10) / 10
        if scale == self._scale:
            return False
        self._scale = scale
        self._apply_fonts()
        if self._explanation is not None:
            self.show_explanation(self._explanation)
        return True

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            self._fit_height()
            self._reveal_selection()
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._explanation is not None:
            self.show_explanation(self._explanation)  # the colours follow the theme

    def _ink(self, role: str) -> str:
        """A text colour that reads on the current background (light or dark theme)."""
        palette = self.palette()
        if role == "text":
            return palette.color(QPalette.ColorRole.Text).name()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return (DARK_INK if dark else LIGHT_INK)[role]

    # ------------------------------------------------------------------ fonts
    def _table_font(self, bold: bool = False, italic: bool = False) -> QFont:
        return _font(TABLE_POINT_SIZE * self._scale, bold=bold, italic=italic, narrow=True)

    def _apply_fonts(self) -> None:
        """Set every font for the current scale (the table's items get theirs when filled)."""
        k = self._scale
        self.title.setFont(_font(TITLE_POINT_SIZE * k, bold=True))
        self.subtitle.setFont(_font(TEXT_POINT_SIZE * k))
        self.note.setFont(_font(TEXT_POINT_SIZE * k))
        self.table.setFont(self._table_font())
        self.table.horizontalHeader().setFont(self._table_font(bold=True))
        row_height = QFontMetrics(self._table_font(bold=True)).height() + 6
        self.table.verticalHeader().setMinimumSectionSize(row_height)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.formulas.setFont(_font(FORMULA_POINT_SIZE * k))

    # ------------------------------------------------------------------ formulas
    def _render_formulas(self, force: bool = False) -> None:
        e = self._explanation
        if e is None:
            return
        width = self.formulas.viewport().width() - 2 * int(
            self.formulas.document().documentMargin()
        )
        if not force and abs(width - self._rendered_width) < 8:
            return
        self._rendered_width = width
        metrics = QFontMetrics(self.formulas.font())
        parts = []
        for s, section in enumerate(e.sections):
            top = 0 if s == 0 else 12
            parts.append(
                f'<p style="margin-top:{top}px; margin-bottom:2px; color:{self._ink("heading")};'
                f' font-weight:600">{html.escape(section.title, quote=False)}</p>'
            )
            check = _is_check(section)
            for formula in section.formulas:
                parts.append(self._formula_html(formula, check, metrics, width))
        bar = self.formulas.verticalScrollBar()
        position = bar.value()
        self.formulas.setHtml("".join(parts))
        bar.setValue(position)  # stepping through iterations keeps the place in the text
        self.formulas.setAccessibleDescription("\n".join(e.lines))

    def _formula_html(
        self, formula: Formula, check: bool, metrics: QFontMetrics, width: int
    ) -> str:
        """One formula: on one line if it fits, else its ``=`` signs aligned in a table
        (``check``: a note of the check section, coloured by whether the step matches)."""
        paragraph = '<p style="margin-top:1px; margin-bottom:1px; margin-left:8px;'
        if not formula.steps:  # a note
            colour = self._ink("text")
            if check:
                colour = self._ink("match" if self._explanation.matches_record else "alert")
            return f'{paragraph} color:{colour}">{_rich(formula.lhs)}</p>'
        result = f"<b>{_rich(formula.steps[-1])}</b>"
        if metrics.horizontalAdvance(formula.text) + 16 <= width:
            middle = "".join(f" = {_rich(step)}" for step in formula.steps[:-1])
            return f'{paragraph} white-space:pre">{_rich(formula.lhs)}{middle} = {result}</p>'
        rows = []
        for k, step in enumerate(formula.steps):
            lhs = _rich(formula.lhs) if k == 0 else ""
            body = result if k == len(formula.steps) - 1 else _rich(step)
            rows.append(
                f'<tr><td align="right" style="white-space:pre">{lhs}</td>'
                f"<td>&nbsp;=&nbsp;</td><td>{body}</td></tr>"
            )
        return (
            '<table cellspacing="0" cellpadding="0" style="margin-left:8px; margin-top:2px;'
            f' margin-bottom:4px">{"".join(rows)}</table>'
        )


def _is_check(section: Section) -> bool:
    """Whether ``section`` is the check against the recorded history, in any language
    (the core titles it ``translate("explain", "Check")``)."""
    return section.title in (CHECK_TITLE, translate("explain", CHECK_TITLE))
