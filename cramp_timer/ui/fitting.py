"""Every window fits its screen: the layout adapts, the window does not grow past it.

`fit_to_screen(window)` gives a main window or a dialog a `WindowFit`. From then on:
- the window is never larger than its screen's available area (frame included), and
  never wider or taller than the size it was given, unless its page cannot be shown
  smaller at all; when the page changes back it returns to that size;
- a stacked widget's hidden pages do not count (only the page on screen sizes it; a
  page with wrapped text is a `StackPage`, so that its height does not count either);
- when the page on screen needs more room than that, the whole window is set smaller:
  the theme's lengths (`theme.style(scale)`: fonts down to `theme.MIN_FONT_PX`,
  paddings, minimum heights) and its layouts' spacing and margins, down to `MIN_SCALE`;
  with room again it grows back to full size.
Nothing here knows which controls a page holds: a control added later fits the same
way. `watch_windows(app)` (called by `qt_app.apply_theme`) fits every dialog as it
gets the focus; `refit_all()` redoes every fitted window (after the palette changed).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLayout,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from cramp_timer.ui import theme

MIN_SCALE = 0.35
GROW_MARGIN = 1.06  # room to spare before a scaled-down window is set larger again
_BASE = "fitBase"  # a layout's own spacing and margins, before any scaling
_POLICY = "fitPolicy"  # a page's own size policy, while it is not on screen
_HIDDEN = QSizePolicy.Policy.Ignored
_watched: list[QApplication] = []
_live: list[WindowFit] = []  # every WindowFit made


class WindowFit(QObject):
    """Keeps one top-level widget inside its screen (see the module's contract)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # a dialog grows as its content needs (to the screen's edge); the main window
        # keeps the size it was given, and its pages adapt
        self.grows = not isinstance(window, QMainWindow)
        self.scale = 1.0
        self._own_sheet = window.styleSheet()  # a dialog's own rules, scaled with it
        self._wanted: QSize | None = None  # the size it was given, not by fitting
        self._given: QSize | None = None  # the size fitting gave it last
        self._busy = False
        self._due = False
        self._dim = theme.is_dim()  # the palette its style sheet is in
        self._ceiling: tuple[object, float] = (None, 2.0)  # (target and pages, too large)
        layout = window.layout()
        if layout is not None:  # fitting, not the layout, decides the window's size
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        window.installEventFilter(self)
        window.setProperty("fitted", True)

    # -- when -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._busy:
            return False
        kind = event.type()
        if kind == QEvent.Type.Resize:
            size = self._window.size()
            if size != self._given:
                self._wanted = size
            self.later()
        elif kind in (QEvent.Type.LayoutRequest, QEvent.Type.Show,
                      QEvent.Type.ScreenChangeInternal):
            self.later()
        return False

    def later(self) -> None:
        """Fit once the events now queued are done (many changes, one fit)."""
        if not self._due:
            self._due = True
            QTimer.singleShot(0, self.fit)

    # -- how --------------------------------------------------------------------------
    def screen(self) -> QScreen | None:
        """The screen of the window (a dialog: of the window it belongs to)."""
        parent = self._window.parentWidget()
        owner = parent.window() if parent is not None else self._window
        return owner.screen() or QGuiApplication.primaryScreen()

    def window_shown(self) -> bool:
        return self._window.isVisible()

    def room(self) -> QSize:
        """The largest client size whose frame fits the screen's available area."""
        window = self._window
        screen = self.screen()
        if screen is None:
            return QSize(100000, 100000)
        free = screen.availableGeometry().size()
        frame = window.frameGeometry().size() - window.geometry().size()
        return QSize(max(1, free.width() - frame.width()), max(1, free.height() - frame.height()))

    def fit(self, restyle: bool = False) -> None:
        self._due = False
        if self._busy or not isValid(self._window):  # (closed and deleted meanwhile)
            return
        self._busy = True
        try:
            self._fit(restyle)
        finally:
            self._busy = False

    def _fit(self, restyle: bool) -> None:
        window = self._window
        room = self.room()
        window.setMaximumSize(room)
        if window.minimumSize().width() > room.width() or \
                window.minimumSize().height() > room.height():
            window.setMinimumSize(window.minimumSize().boundedTo(room))
        self._only_current_pages()
        if restyle or self._dim != theme.is_dim():
            self._dim = theme.is_dim()
            self._apply(self.scale, force=True)
        wanted = (self._wanted or window.size()).boundedTo(room)
        need = self._settle(room if self.grows else wanted)
        size = wanted.expandedTo(need).boundedTo(room)
        if size != window.size():
            self._given = size
            window.resize(size)
        self._keep_on_screen()

    def _settle(self, target: QSize) -> QSize:
        """Choose the scale at which the page on screen fits ``target``; its need.
        A scale found too large for this target and these pages is not tried again."""
        need = self.need()
        if need.width() > target.width() and self._fold_forms():
            need = self.need()
        key = (target.width(), target.height(), self._pages())
        ceiling = self._ceiling[1] if self._ceiling[0] == key else 2.0
        for _ in range(6):
            ratio = min(target.width() / max(1, need.width()),
                        target.height() / max(1, need.height()))
            if ratio < 1.0:
                ceiling = min(ceiling, self.scale)
                self._ceiling = (key, ceiling)
            if ratio >= 1.0 and (self.scale >= 1.0 or ratio < GROW_MARGIN
                                 or self.scale >= ceiling - 0.02):
                return need
            if ratio < 1.0 and self.scale <= MIN_SCALE:
                return need
            scale = min(1.0, max(MIN_SCALE, self.scale * ratio * (0.97 if ratio < 1 else 0.99)))
            if abs(scale - self.scale) < 0.005:
                scale = max(MIN_SCALE, self.scale - 0.02) if ratio < 1 else min(1.0, scale + 0.02)
            if ratio >= 1.0:
                scale = min(scale, ceiling - 0.02)
            self._apply(scale)
            need = self.need()
        while self.scale > MIN_SCALE and not _fits(need, target):  # a last few steps down
            self._apply(max(MIN_SCALE, self.scale - 0.03))
            need = self.need()
        return need

    def _fold_forms(self) -> bool:
        """Too narrow: each form's labels go above their fields (for good)."""
        folded = False
        for form in self._window.findChildren(QFormLayout):
            if form.rowWrapPolicy() is not QFormLayout.RowWrapPolicy.WrapAllRows:
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
                folded = True
        return folded

    def _pages(self) -> tuple[int, ...]:
        return tuple(id(stack.currentWidget()) for stack in
                     self._window.findChildren(QStackedWidget))

    def need(self) -> QSize:
        """The least size the page on screen needs at the current scale."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = self._window.layout()
        if layout is None:
            return self._window.minimumSizeHint()
        least = layout.totalMinimumSize().expandedTo(self._window.minimumSize())
        if layout.hasHeightForWidth():  # wrapped text: as tall as at the width it gets
            width = max(least.width(), self._window.width())
            least.setHeight(max(least.height(), layout.totalMinimumHeightForWidth(width)))
        return least

    def _apply(self, scale: float, force: bool = False) -> None:
        scale = round(scale, 3)
        if scale == self.scale and not force:
            return
        self.scale = scale
        window = self._window
        inherited = _sheet_above(window)
        sheet = ""
        if scale < 1.0 or inherited or self._own_sheet:
            sheet = (theme.style(scale) if scale < 1.0 or inherited else "") + \
                theme.scaled(self._own_sheet, scale)
        if sheet != window.styleSheet():
            window.setStyleSheet(sheet)
        for layout in window.findChildren(QLayout):
            _scale_layout(layout, scale)
        _scale_layout(window.layout(), scale)

    def _only_current_pages(self) -> None:
        for stack in self._window.findChildren(QStackedWidget):
            current = stack.currentWidget()
            for index in range(stack.count()):
                page = stack.widget(index)
                if page is None:
                    continue
                own = page.property(_POLICY)
                if own is None:
                    policy = page.sizePolicy()
                    own = (policy.horizontalPolicy(), policy.verticalPolicy())
                    page.setProperty(_POLICY, own)
                wanted = own if page is current else (_HIDDEN, _HIDDEN)
                policy = page.sizePolicy()
                if (policy.horizontalPolicy(), policy.verticalPolicy()) != tuple(wanted):
                    page.setSizePolicy(*wanted)
            if not stack.property("fitFollows"):
                stack.setProperty("fitFollows", True)
                stack.currentChanged.connect(lambda _i: self.later())

    def _keep_on_screen(self) -> None:
        window = self._window
        screen = self.screen()
        if screen is None or not window.isVisible():
            return
        free = screen.availableGeometry()
        frame = window.frameGeometry()
        x = min(max(frame.x(), free.x()), free.x() + free.width() - frame.width())
        y = min(max(frame.y(), free.y()), free.y() + free.height() - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            window.move(x, y)


class StackPage(QWidget):
    """A page for a QStackedWidget or a QTabWidget: its height counts only while it is on
    screen. (Qt's stacked layout asks every page, hidden ones too, how tall it would be at
    a width, so one page of wrapped text made the whole window smaller on every page.)"""

    def heightForWidth(self, width: int) -> int:
        return -1 if self.isHidden() else super().heightForWidth(width)


def _fits(need: QSize, room: QSize) -> bool:
    return need.width() <= room.width() and need.height() <= room.height()


def _sheet_above(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.styleSheet():
            return True
        parent = parent.parentWidget()
    return False


def _scale_layout(layout: QLayout | None, scale: float) -> None:
    if layout is None:
        return
    base = layout.property(_BASE)
    if base is None:
        margins = layout.contentsMargins()
        base = (layout.spacing(), margins.left(), margins.top(), margins.right(),
                margins.bottom())
        layout.setProperty(_BASE, base)
    spacing, *margins = base
    if spacing >= 0:
        layout.setSpacing(round(spacing * scale))
    left, top, right, bottom = (round(m * scale) for m in margins)
    layout.setContentsMargins(left, top, right, bottom)


def fit_to_screen(window: QWidget) -> WindowFit:
    """The window's `WindowFit` (made on first call)."""
    fit = window.findChild(WindowFit)
    if fit is None:
        fit = WindowFit(window)
        _live.append(fit)
        fit.destroyed.connect(lambda _o=None, f=fit: _live.remove(f) if f in _live else None)
        fit.later()
    return fit


def refit_all(restyle: bool = False) -> None:
    """Fit every fitted window again (``restyle``: its style sheet too)."""
    for fit in list(_live):
        if isValid(fit):
            if fit.window_shown():  # the others follow when shown (see `_fit`)
                fit.fit(restyle)
        else:
            _live.remove(fit)


def watch_windows(app: QApplication) -> None:
    """Fit each dialog when it first gets the focus (message boxes size themselves)."""
    if app in _watched:
        return
    _watched.append(app)

    def focused(window: QWindow | None) -> None:
        if window is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is window and isinstance(widget, (QDialog, QMainWindow)) \
                    and not isinstance(widget, QMessageBox) and not widget.property("fitted"):
                fit_to_screen(widget)

    app.focusWindowChanged.connect(focused)
