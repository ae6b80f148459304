"""Undoable edits of the data: points added, moved (dragged) and removed by hand.

:class:`DataEditStack` owns the edited ``x``/``y`` arrays. Every change goes through it,
is one entry in a :class:`~PySide6.QtGui.QUndoStack` (a whole drag is one entry), and
ends with ``dataChanged(x, y)`` carrying the new arrays. The arithmetic is in
:mod:`gdviz.core.points`; an edit it refuses emits ``editRefused(message)`` and changes
nothing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from ..core import points
from .shortcuts import key_sequences

__all__ = ["DataEditStack"]


class _Edit(QUndoCommand):
    """One edit: ``forward``/``backward`` map the stack's arrays to new arrays.

    ``applied``: the edit is already done (a finished drag), the first redo is a no-op.
    ``first``: the ``(x, y)`` the forward edit gives, already computed (to check it could
    be made); the first redo sets them instead of computing them again.
    """

    def __init__(
        self, edits: DataEditStack, text: str, forward, backward, applied=False, first=None
    ):
        super().__init__(text)
        self._edits = edits
        self._forward = forward
        self._backward = backward
        self._applied = applied
        self._first = first

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if self._first is not None:
            first, self._first = self._first, None
            self._edits._set(*first)
            return
        self._edits._apply(self._forward)

    def undo(self) -> None:
        self._edits._apply(self._backward)


class DataEditStack(QObject):
    """The data as edited by hand, with undo and redo.

    Connect the data panel's requests straight to the slots :meth:`add_point`,
    :meth:`move_point` and :meth:`remove_point`, and ``dataChanged`` to whatever
    recomputes the statistics and redraws.

    Signals
    -------
    dataChanged(object, object)
        The new ``x`` and ``y`` (read-only float arrays) after every edit, undo and redo.
    editRefused(str)
        A one-line reason an edit was not made ("cannot delete the point: a line needs
        at least two points with different x").
    """

    dataChanged = Signal(object, object)
    editRefused = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._x = _frozen(np.empty(0))
        self._y = _frozen(np.empty(0))
        self._drag: tuple[int, float, float] | None = None  # (index, x, y) before the drag

    # ------------------------------------------------------------------ state
    @property
    def x(self) -> np.ndarray:
        return self._x

    @property
    def y(self) -> np.ndarray:
        return self._y

    def set_data(self, x, y) -> None:
        """A new data set (a file was loaded): forget every edit. Emits nothing."""
        self._drag = None
        self.stack.clear()
        self._x = _frozen(np.asarray(x, dtype=np.float64))
        self._y = _frozen(np.asarray(y, dtype=np.float64))
        self.stack.setClean()

    def can_undo(self) -> bool:
        return self._drag is not None or self.stack.canUndo()

    def is_edited(self) -> bool:
        """Whether the data differs from what :meth:`set_data` gave (by the edit history)."""
        return self._drag is not None or not self.stack.isClean()

    # ------------------------------------------------------------------ edits
    @Slot(float, float)
    def add_point(self, px: float, py: float) -> None:
        """Add the point ``(px, py)`` at the end."""
        self._finish_drag()
        n = self._x.size
        try:
            first = points.add_point(self._x, self._y, px, py)
        except ValueError as err:
            self.editRefused.emit(str(err))
            return
        px, py = float(px), float(py)
        self.stack.push(
            _Edit(
                self,
                self.tr("add point ({x}, {y})").format(x=f"{px:g}", y=f"{py:g}"),
                lambda x, y: points.insert_point(x, y, n, px, py),
                lambda x, y: points.remove_point(x, y, n),
                first=first,
            )
        )

    @Slot(int)
    def remove_point(self, i: int) -> None:
        """Remove point ``i``; undo puts it back in the same place."""
        self._finish_drag()
        try:
            first = points.remove_point(self._x, self._y, i)
        except ValueError as err:
            self.editRefused.emit(str(err))
            return
        i = int(i)
        px, py = float(self._x[i]), float(self._y[i])
        self.stack.push(
            _Edit(
                self,
                self.tr("delete point ({x}, {y})").format(x=f"{px:g}", y=f"{py:g}"),
                lambda x, y: points.remove_point(x, y, i),
                lambda x, y: points.insert_point(x, y, i, px, py),
                first=first,
            )
        )

    @Slot(int, float, float, bool)
    def move_point(self, i: int, px: float, py: float, finished: bool = True) -> None:
        """Move point ``i`` to ``(px, py)``.

        While ``finished`` is False the move is live (``dataChanged`` is emitted) but not
        yet on the undo stack; the move that finishes the drag pushes the whole drag as
        one entry, from where the point was before the drag to where it ended.
        """
        i = int(i)
        if self._drag is not None and self._drag[0] != i:
            self._finish_drag()
        try:
            x, y = points.move_point(self._x, self._y, i, px, py)
        except ValueError as err:
            self.editRefused.emit(str(err))
            if finished:
                self._finish_drag()
            return
        if self._drag is None:
            self._drag = (i, float(self._x[i]), float(self._y[i]))
        self._set(x, y)
        if finished:
            self._finish_drag()

    # ------------------------------------------------------------------ undo
    @Slot()
    def undo(self) -> None:
        self._finish_drag()
        self.stack.undo()

    @Slot()
    def redo(self) -> None:
        self._finish_drag()
        self.stack.redo()

    def undo_action(self, parent: QObject) -> QAction:
        """An "Undo" action (Ctrl+Z) naming the edit it undoes; disabled when none."""
        action = _EditAction(self.tr("&Undo"), parent)
        action.setObjectName("undoEditAction")
        action.setShortcuts(key_sequences("undo"))
        action.setToolTip(self.tr("Undo the last change to the data points (Ctrl+Z)"))
        action.setEnabled(self.stack.canUndo())
        action.triggered.connect(self.undo)
        self.stack.canUndoChanged.connect(action.setEnabled)
        self.stack.undoTextChanged.connect(action.set_edit_text)
        return action

    def redo_action(self, parent: QObject) -> QAction:
        """A "Redo" action (Ctrl+Shift+Z, also Ctrl+Y) naming the edit it redoes."""
        action = _EditAction(self.tr("&Redo"), parent)
        action.setObjectName("redoEditAction")
        action.setShortcuts([*key_sequences("redo"), QKeySequence("Ctrl+Y")])
        action.setToolTip(
            self.tr("Redo the change to the data points that was undone (Ctrl+Shift+Z)")
        )
        action.setEnabled(self.stack.canRedo())
        action.triggered.connect(self.redo)
        self.stack.canRedoChanged.connect(action.setEnabled)
        self.stack.redoTextChanged.connect(action.set_edit_text)
        return action

    # ------------------------------------------------------------------ internals
    def _finish_drag(self) -> None:
        """Put a drag in progress on the undo stack as one move."""
        if self._drag is None:
            return
        i, x0, y0 = self._drag
        self._drag = None
        x1, y1 = float(self._x[i]), float(self._y[i])
        if (x0, y0) == (x1, y1):
            return
        self.stack.push(
            _Edit(
                self,
                self.tr("move point to ({x}, {y})").format(x=f"{x1:g}", y=f"{y1:g}"),
                lambda x, y: points.move_point(x, y, i, x1, y1),
                lambda x, y: points.move_point(x, y, i, x0, y0),
                applied=True,
            )
        )

    def _apply(self, edit) -> None:
        try:
            x, y = edit(self._x, self._y)
        except ValueError as err:  # cannot happen: undo returns to a state that was valid
            self.editRefused.emit(str(err))
            return
        self._set(x, y)

    def _set(self, x: np.ndarray, y: np.ndarray) -> None:
        x.flags.writeable = False  # new arrays from core.points: nobody else holds them
        y.flags.writeable = False
        self._x, self._y = x, y
        self.dataChanged.emit(self._x, self._y)


class _EditAction(QAction):
    """Undo or redo, its text naming the edit ("Undo move point to (2.5, 10)")."""

    def __init__(self, verb: str, parent: QObject):
        super().__init__(verb, parent)
        self._verb = verb

    @Slot(str)
    def set_edit_text(self, text: str) -> None:
        if not text:
            self.setText(self._verb)
            return
        both = QCoreApplication.translate("DataEditStack", "{verb} {edit}")
        self.setText(both.format(verb=self._verb, edit=text))


def _frozen(a: np.ndarray) -> np.ndarray:
    """A read-only view: no copy of data that is already read-only (a loaded data set)."""
    if a.flags.writeable:
        a = a.copy()
    a = a.view()
    a.flags.writeable = False
    return a
