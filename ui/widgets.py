"""Widgets that fit any screen: a button whose text wraps, and a layout whose rows wrap.

A plain `QPushButton` is as wide as its text on one line: at the largest text size a long label
(or its French translation) is wider than a 1024-pixel screen, and Qt then grows the window past the
screen's edge. A `WrapButton` keeps its one-line width while there is room and wraps its text onto
more lines when there is not; a `FlowLayout` puts the buttons of a row side by side while they fit
and starts a new row when they do not (mirrored in right-to-left languages).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QStyle, QWidget

from ui.theme import BUTTON_FRAME, MIN_TARGET_PX


class WrapButton(QPushButton):
    """A push button that wraps its text instead of widening the window (see the module docstring).

    The text is broken into lines at word boundaries for the button's width and handed to Qt with
    line breaks, so Qt paints it (and its style) as always; `text()` gives the text as it was set.
    No `QStyleOption` is built here: in PySide6 6.12 `initStyleOption`, `initFrom` and
    `QStyle.drawControl` release a reference to None they never took, which crashes Python 3.11
    after a few thousand calls. The padding and border come from the theme instead.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        policy = QSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum, QSizePolicy.ControlType.PushButton
        )
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    # -- the text as set, and as shown -----------------------------------------------------------
    def text(self) -> str:
        """The text as it was set (without the line breaks added to fit)."""
        return self._text

    def setText(self, text: str) -> None:
        """Set the text; it is wrapped for the present width."""
        self._text = text
        self.updateGeometry()
        self._rewrap()

    def _rewrap(self) -> None:
        shown = self._lines(self.width() - BUTTON_FRAME.width()) if self.width() > 0 else self._text
        if super().text() != shown:
            super().setText(shown)

    def _lines(self, room: int) -> str:
        """The text broken at spaces into lines no wider than `room` (a longer word gets its own line)."""
        metrics = self.fontMetrics()
        lines: list[str] = []
        for word in self._text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width: wrap again."""
        super().resizeEvent(event)
        self._rewrap()

    def changeEvent(self, event: QEvent) -> None:
        """Another font or style (larger text, high contrast): wrap again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._rewrap()

    # -- sizes -----------------------------------------------------------------------------------
    def _around(self, text: QSize) -> QSize:
        """The button's size for text of this size (never under the 44-pixel target)."""
        return (text + BUTTON_FRAME).expandedTo(QSize(MIN_TARGET_PX, MIN_TARGET_PX))

    def sizeHint(self) -> QSize:
        """The text on one line."""
        metrics = self.fontMetrics()
        return self._around(QSize(metrics.horizontalAdvance(self._text), metrics.height()))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word."""
        metrics = self.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in self._text.split()), default=0)
        return self._around(QSize(word, metrics.height()))

    def hasHeightForWidth(self) -> bool:
        """Narrower means taller: the text wraps."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height with the text wrapped to fit `width`."""
        lines = self._lines(max(1, width - BUTTON_FRAME.width())).count("\n") + 1
        return self._around(QSize(0, self.fontMetrics().lineSpacing() * lines)).height()


class FlowLayout(QLayout):
    """Items side by side while they fit, then on a new row; rows at the start or at the end.

    Every item keeps its one-line width when the row has room; an item wider than the whole row gets
    the row's width (a `WrapButton` then wraps its text). Hidden items take no room. In a right-to-left
    language the rows are mirrored, as Qt's own box layouts are.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 16, at_end: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.at_end = at_end  # rows sit at the trailing edge (dialog buttons), else at the leading edge
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list --------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        """Qt adds widgets through this."""
        self._items.append(item)

    def count(self) -> int:
        """How many items (hidden ones too)."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at `index`, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at `index`."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        """Room between items and between rows."""
        return self._spacing

    def setSpacing(self, spacing: int) -> None:
        """Change the room between items and rows."""
        self._spacing = spacing
        self.invalidate()

    # -- sizes -----------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        """A row never asks for more than its items."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """More rows when narrower."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the rows need at `width`."""
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """Every item on one row."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """One item per row, each as narrow as it can be."""
        size = QSize(0, 0)
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def _with_margins(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        """Place the items."""
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        room = max(1, area.width())
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in self._visible():
            width = max(min(item.sizeHint().width(), room), min(item.minimumSize().width(), room))
            if rows[-1] and used + self._spacing + width > room:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + width
            rows[-1].append((item, width))
        top = area.top()
        for row in (r for r in rows if r):
            height = max(self._height(item, width) for item, width in row)
            if apply:
                self._place(row, area, top, height)
            top += height + self._spacing
        used_height = top - area.top() - (self._spacing if any(rows) else 0)
        return max(0, used_height) + margins.top() + margins.bottom()

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return item.sizeHint().height()

    def _place(self, row: list[tuple[QLayoutItem, int]], area: QRect, top: int, height: int) -> None:
        row_width = sum(width for _item, width in row) + self._spacing * (len(row) - 1)
        left = area.left() + (max(0, area.width() - row_width) if self.at_end else 0)
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        for item, width in row:
            logical = QRect(left, top, width, height)
            item.setGeometry(QStyle.visualRect(direction, area, logical))
            left += width + self._spacing
