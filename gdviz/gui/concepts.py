"""Help > Concepts: short illustrated pages on the ideas the window shows.

The pages are gdviz's own Markdown files in ``resources/concepts/`` (shipped as the
package ``gdviz.concepts``), one per concept, each opening with ``# Title``; their
pictures are drawn from gdviz's arithmetic by ``tools/make_concept_figures.py``. The
optimizers page lists the registered rules, generated from the registry each time it is
shown, so a rule registered later appears there too.

A page is shown in the window's language (:func:`gdviz.gui.i18n.current_language`) from
the language's subfolder (``resources/concepts/de/gradient.md``), or in English where
that folder lacks it. The translated pages use the same pictures, which stay in the main
folder (they refer to them as ``../gradient.png``, so the files read right on their own).

Each concept is opened from the place in the window it explains, by one mechanism: the
widgets named in :data:`EXPLAINS` get an "Explain: <title>" entry in their context menu,
and F1 opens the page of the focused widget (or of the one under the pointer). Help >
Concepts opens the index.
"""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCursor,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.optimizers import OptimizerSpec, optimizer_specs
from .i18n import ENGLISH, current_language
from .shortcuts import key_sequences

__all__ = [
    "CONCEPTS",
    "EXPLAINS",
    "TEXT_PX",
    "ConceptsWindow",
    "concept_for",
    "install_concepts",
    "page_markdown",
    "page_source",
    "page_title",
    "rules_markdown",
    "show_concept",
]

#: The concepts, in the order the window lists them: each is ``resources/concepts/<key>.md``.
CONCEPTS = (
    "error-surface",
    "gradient",
    "learning-rate",
    "convergence",
    "normalisation",
    "optimizers",
)
#: What each part of the window explains, by the part's objectName: the first concept is
#: the one F1 opens, and each has an "Explain" entry in the part's context menu.
EXPLAINS: dict[str, tuple[str, ...]] = {
    "learningRateInput": ("learning-rate",),
    "learningRateZones": ("learning-rate",),
    "errorPlot": ("convergence", "learning-rate"),
    "stopWhenConvergedInput": ("convergence",),
    "surfaceView": ("error-surface",),
    "contourPlot": ("error-surface", "gradient"),
    "stateReadout": ("gradient",),
    "mathPanel": ("gradient",),
    "normalizeInput": ("normalisation",),
    "optimizerInput": ("optimizers",),
}
#: Text size of the window, in pixels: readable at the back of a class on a projector.
TEXT_PX = 20
#: Where the optimizers page lists the registered rules.
RULES_MARK = "{{rules}}"
_SCHEME = "concept"
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")


# ---------------------------------------------------------------------------- the pages
def concepts_folder():
    """The pages' folder: the package ``gdviz.concepts`` when installed, else
    ``resources/concepts`` of the source tree."""
    package = Path(__file__).resolve().parents[1]
    try:
        candidates = [importlib.resources.files("gdviz.concepts")]
    except (ModuleNotFoundError, TypeError):  # not installed (or an old Python's namespace)
        candidates = []
    candidates += [package / "concepts", package.parent / "resources" / "concepts"]
    for folder in candidates:
        if folder.joinpath(f"{CONCEPTS[0]}.md").is_file():
            return folder
    return candidates[-1]


def _read(*parts: str) -> bytes | None:
    """The file at ``parts`` under the pages' folder (``("de", "gradient.md")``), or None."""
    entry = concepts_folder()
    for part in parts:
        entry = entry.joinpath(part)
    return entry.read_bytes() if entry.is_file() else None


def page_source(key: str, language: str | None = None) -> bytes | None:
    """The file of ``key``'s page in ``language`` (a code; default: the window's), or
    the English one where that language has none; None if there is neither."""
    code = current_language() if language is None else language
    data = _read(code, f"{key}.md") if code != ENGLISH else None
    return data if data is not None else _read(f"{key}.md")


def page_markdown(key: str, language: str | None = None) -> str:
    """The page of ``key`` as Markdown in ``language`` (default: the window's; English
    where the page is not translated), with the registered rules filled in."""
    data = page_source(key, language)
    if data is None:
        text = QCoreApplication.translate("concepts", "This page is missing from {folder}.")
        return f"# {key}\n\n{text.format(folder=concepts_folder())}"
    return data.decode("utf-8").replace(RULES_MARK, rules_markdown())


#: The shipped pages' titles, for translation (the pages in English, and the English
#: page shown where a language lacks its own).
_TITLES = (
    QT_TRANSLATE_NOOP("concepts", "The error surface"),
    QT_TRANSLATE_NOOP("concepts", "The gradient"),
    QT_TRANSLATE_NOOP("concepts", "The learning rate"),
    QT_TRANSLATE_NOOP("concepts", "Convergence"),
    QT_TRANSLATE_NOOP("concepts", "Normalisation"),
    QT_TRANSLATE_NOOP("concepts", "The optimizers"),
)


def page_title(key: str) -> str:
    """The page's first heading (``# The gradient`` → ``"The gradient"``), in the
    window's language for the shipped pages."""
    for line in page_markdown(key).splitlines():
        if line.startswith("# "):
            return QCoreApplication.translate("concepts", line[2:].strip())
    return key


def _escaped(text: str) -> str:
    """Registry text as literal Markdown: punctuation escaped, one line."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def _spec_words(spec: OptimizerSpec, field: str) -> str:
    """A rule's ``label``, ``noun`` or ``tooltip`` in the window's language where the
    registry translates it, else as registered."""
    text = getattr(spec, field, "") or ""
    translated = getattr(spec, "translated", None)
    return (translated(field) or text) if text and callable(translated) else text


def rules_markdown() -> str:
    """A bullet per registered rule: its label and what it does in one line, in the
    window's language."""
    lines = []
    for spec in optimizer_specs():
        words = (
            _spec_words(spec, "tooltip")
            or "; ".join(spec.formulas)
            or _spec_words(spec, "noun")
            or _spec_words(spec, "label")
        )
        lines.append(f"- **{_escaped(_spec_words(spec, 'label'))}**: {_escaped(words)}")
    return "\n".join(lines)


def _url(key: str) -> QUrl:
    return QUrl(f"{_SCHEME}:/{key}.md")


def _key(url: QUrl) -> str:
    return url.path().lstrip("/").removesuffix(".md")


# ---------------------------------------------------------------------------- the browser
class ConceptPage(QTextBrowser):
    """Shows one page, its pictures scaled down to fit the width; links go to other pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conceptPage")
        self.setAccessibleName(self.tr("Concept page"))
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(12)
        self._sizes: dict[str, tuple[int, int]] = {}  # each picture's own size
        self.sourceChanged.connect(self._page_loaded)

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() != _SCHEME:
            return super().loadResource(kind, url)
        name = url.path().lstrip("/")
        if name.endswith(".md"):
            return page_markdown(_key(url))
        # every picture is in the main folder, whichever language's page names it
        image = QImage.fromData(_read(PurePosixPath(name).name) or b"")
        if not image.isNull():
            self._sizes[url.toString()] = (image.width(), image.height())
        return image

    def _page_loaded(self) -> None:
        """Air between the paragraphs (Markdown's have none), then the pictures' sizes."""
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            spacing = QTextBlockFormat()
            spacing.setBottomMargin(0.25 * TEXT_PX if block.textList() else 0.6 * TEXT_PX)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(spacing)
            block = block.next()
        self.fit_images()

    def images(self) -> list[tuple[str, float, float]]:
        """The page's pictures: ``(name, width, height)`` as laid out."""
        found = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    found.append((image.name(), image.width(), image.height()))
                it += 1
            block = block.next()
        return found

    def fit_images(self) -> None:
        """Every picture at its own size, or smaller to fit the page's width and most of
        its height, keeping its shape."""
        document = self.document()
        room_w = self.viewport().width() - 2 * document.documentMargin() - 4
        room_h = 0.8 * self.viewport().height()
        places = []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    places.append((fragment.position(), fragment.length(), fragment.charFormat()))
                it += 1
            block = block.next()
        for position, length, fmt in places:
            image = fmt.toImageFormat()
            url = QUrl(image.name())
            own = self._sizes.get(self.source().resolved(url).toString())
            if own is None:
                continue
            scale = min(1.0, room_w / own[0], room_h / own[1]) if room_w > 0 else 1.0
            image.setWidth(max(1.0, own[0] * scale))
            image.setHeight(max(1.0, own[1] * scale))
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_images()


class ConceptsWindow(QDialog):
    """The concepts listed on the left, the chosen page on the right; Back and Forward go
    through the pages seen, Esc closes. Not modal: the main window stays usable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conceptsWindow")
        self.setAccessibleName(self.tr("Concepts"))
        self.setWindowTitle(self.tr("Concepts"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)
        if parent is not None:
            self.setPalette(parent.palette())
        font = QFont(self.font())
        font.setPixelSize(TEXT_PX)
        self.setFont(font)

        self.list = QListWidget(objectName="conceptList")
        self.list.setAccessibleName(self.tr("Concepts"))
        self.list.setSpacing(4)
        self.list.setWordWrap(True)
        self.page = ConceptPage()
        self.page.document().setDefaultFont(font)
        self.backButton = QPushButton(self.tr("◀ Back"), objectName="conceptBackButton")
        self.forwardButton = QPushButton(self.tr("Forward ▶"), objectName="conceptForwardButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        row = QHBoxLayout()
        row.addWidget(self.backButton)
        row.addWidget(self.forwardButton)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)

        self.reload_titles()
        width = max(self.list.sizeHintForColumn(0), 8 * TEXT_PX) + 4 * self.list.spacing() + 8
        self.list.setMinimumWidth(width)
        splitter.setSizes([width, 4 * width])
        self.list.currentRowChanged.connect(self._row_chosen)
        self.page.sourceChanged.connect(self._page_shown)
        self.backButton.clicked.connect(self.page.backward)
        self.forwardButton.clicked.connect(self.page.forward)
        self.page.backwardAvailable.connect(self.backButton.setEnabled)
        self.page.forwardAvailable.connect(self.forwardButton.setEnabled)
        self.backButton.setEnabled(False)
        self.forwardButton.setEnabled(False)
        self._place(parent)

    def reload_titles(self) -> None:
        self.list.clear()
        self.list.addItems([page_title(key) for key in CONCEPTS])

    def _place(self, parent: QWidget | None) -> None:
        """Most of the main window, centred on it."""
        if parent is None:
            self.resize(1100, 640)
            return
        frame = parent.frameGeometry()
        self.resize(min(1100, int(frame.width() * 0.9)), min(680, int(frame.height() * 0.9)))
        self.move(frame.center() - self.rect().center())

    def show_page(self, key: str) -> None:
        if key not in CONCEPTS:
            text = self.tr("no concept called {name} (choose one of: {names})")
            raise ValueError(text.format(name=repr(key), names=", ".join(CONCEPTS)))
        if _key(self.page.source()) == key:
            self.page.reload()
            self.page.fit_images()
        else:
            self.page.setSource(_url(key), QTextDocument.ResourceType.MarkdownResource)

    @property
    def key(self) -> str:
        """The concept shown."""
        return _key(self.page.source())

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(CONCEPTS) and self.key != CONCEPTS[row]:
            self.show_page(CONCEPTS[row])

    def _page_shown(self, url: QUrl) -> None:
        key = _key(url)
        if key in CONCEPTS:
            self.list.blockSignals(True)
            self.list.setCurrentRow(CONCEPTS.index(key))
            self.list.blockSignals(False)


# ---------------------------------------------------------------------------- opening it
def show_concept(window: QWidget, key: str | None = None) -> ConceptsWindow:
    """Open (or bring forward) ``window``'s Concepts window at ``key`` (default: the page
    it shows, or the first)."""
    concepts = window.findChild(ConceptsWindow)
    if concepts is None:
        concepts = ConceptsWindow(window)
    concepts.show_page(key or concepts.key or CONCEPTS[0])
    concepts.show()
    concepts.raise_()
    concepts.activateWindow()
    return concepts


def concept_for(widget: QWidget | None) -> str | None:
    """The concept of ``widget`` or of the nearest of its parents in :data:`EXPLAINS`."""
    while widget is not None:
        concepts = EXPLAINS.get(widget.objectName())
        if concepts:
            return concepts[0]
        widget = widget.parentWidget()
    return None


def _explain(window: QWidget) -> None:
    """F1: the page of the focused part of the window, else of the part under the pointer."""
    key = concept_for(QApplication.focusWidget())
    if key is None:
        key = concept_for(QApplication.widgetAt(QCursor.pos()))
    show_concept(window, key)


def _explain_actions(window: QWidget, keys: tuple[str, ...], parent: QObject) -> list[QAction]:
    actions = []
    for key in keys:
        text = QCoreApplication.translate("concepts", "Explain: {title}").format(
            title=page_title(key)
        )
        action = QAction(text, parent)
        action.setObjectName(f"explain-{key}")
        action.triggered.connect(lambda _=False, k=key: show_concept(window, k))
        actions.append(action)
    return actions


class _ContextMenus(QObject):
    """Adds "Explain" entries to the context menus of plain widgets (and their parts): a
    text field keeps its own entries above them."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def watch(self, widget: QWidget, keys: tuple[str, ...]) -> None:
        for part in (widget, *widget.findChildren(QWidget)):
            part.setProperty("gdvizConcepts", list(keys))
            part.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(watched, QWidget):
            return False
        keys = tuple(watched.property("gdvizConcepts") or ())
        if not keys:
            return False
        menu = _standard_menu(watched)
        if menu.actions():
            menu.addSeparator()
        menu.addActions(_explain_actions(self._window, keys, menu))
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True


def _standard_menu(widget: QWidget) -> QMenu:
    """The widget's own context menu where it has one (text fields), else an empty one."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.lineEdit()
    create = getattr(widget, "createStandardContextMenu", None)
    return create() if create is not None else QMenu(widget)


def install_concepts(window: QWidget) -> list[QAction]:
    """Give ``window`` its entry points to the concepts: returns the Help menu's actions
    (Concepts…, and What is this? on F1) and adds "Explain" entries to the context menus
    of the parts named in :data:`EXPLAINS`."""
    index = QAction(QCoreApplication.translate("concepts", "&Concepts…"), window)
    index.setObjectName("conceptsAction")
    index.setToolTip(
        QCoreApplication.translate("concepts", "Short illustrated pages on the ideas gdviz shows")
    )
    index.triggered.connect(lambda: show_concept(window))
    explain = QAction(QCoreApplication.translate("concepts", "&What is this?"), window)
    explain.setObjectName("explainAction")
    explain.setShortcuts(key_sequences("explain"))
    explain.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    explain.setToolTip(
        QCoreApplication.translate(
            "concepts", "Explain the control or panel in focus (or under the pointer)"
        )
    )
    explain.triggered.connect(lambda: _explain(window))
    window.addAction(explain)
    menus = _ContextMenus(window)
    for name, keys in EXPLAINS.items():
        for widget in window.findChildren(QWidget, name):
            view_box_menu = _view_box_menu(widget)
            if view_box_menu is not None:
                view_box_menu.addSeparator()
                view_box_menu.addActions(_explain_actions(window, keys, view_box_menu))
            else:
                menus.watch(widget, keys)
    return [index, explain]


def _view_box_menu(widget: QWidget) -> QMenu | None:
    """A plot's own right-click menu (pyqtgraph's), where the plot has one."""
    get_plot = getattr(widget, "getPlotItem", None)
    if get_plot is None:
        return None
    view_box = get_plot().getViewBox()
    return view_box.menu if view_box.menuEnabled() else None
