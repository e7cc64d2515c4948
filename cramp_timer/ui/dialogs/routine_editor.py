"""The Routines page: the caregiver's routine editor, shown inside the main window.

`RoutinesPage` is dumb: it shows an `EditorState` and emits what the person asked for.
`RoutineEditor` connects it to `routine_editing.RoutineEditing` (which decides and saves)
and asks the questions (names, confirmation, files), through `EditorAsks` so tests can
answer them. Nothing here knows the PIN lock; the composition root unlocks the page
before it shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.i18n import translate
from cramp_timer.routines.editing import (
    EditorState,
    Field,
    FieldError,
    RoutineEditing,
    side_title,
)
from cramp_timer.routines.files import RoutineFileError
from cramp_timer.routines.model import Routine, RoutineStep, Side, heading, routine_title
from cramp_timer.routines.store import ImportClashError, OnClash, RoutineStoreError
from cramp_timer.ui.widgets import close_on_choice, make_button

NUMBER_FIELDS = (Field.HOLD, Field.REPETITIONS, Field.REST)
_SWALLOWED = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class TextField(QPlainTextEdit):
    """Wrapped text that reports when the person is done with it: on leaving the field,
    or on Enter when it is one line only."""

    committed = Signal(str)

    def __init__(self, one_line: bool, lines: int) -> None:
        super().__init__()
        self._one_line = one_line
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 24)
        self._shown = ""

    def show_text(self, text: str) -> None:
        self._shown = text
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._one_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self._commit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._commit()

    def _commit(self) -> None:
        text = self.toPlainText()
        if text != self._shown:
            self._shown = text
            self.committed.emit(text)


def _form() -> QFormLayout:
    """Labels above their fields: the page is narrow and the text large."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setVerticalSpacing(6)
    return form


def _error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class RoutinesPage(QWidget):
    """The list of routines, the chosen routine and its steps."""

    back_requested = Signal()
    routine_chosen = Signal(str)
    new_requested = Signal()
    duplicate_requested = Signal()
    rename_requested = Signal()
    delete_requested = Signal()
    import_requested = Signal()
    export_requested = Signal(bool)  # True: all of the user's routines
    run_requested = Signal()
    routine_field_edited = Signal(object, str)  # Field, text
    step_chosen = Signal(int)
    step_field_edited = Signal(int, object, str)  # step index, Field, text
    add_step_requested = Signal()
    remove_step_requested = Signal()
    move_step_requested = Signal(int)  # -1 up, +1 down
    speak_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step = -1
        self._rendering = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = make_button(self.tr("Back"), self.tr("Back to the timer (Esc)"),
                                       object_name="guideBack")
        self.back_button.clicked.connect(self.back_requested.emit)
        title = QLabel(self.tr("Routines"))
        title.setObjectName("guideTitle")
        top.addWidget(self.back_button)
        top.addWidget(title, 1)
        outer.addLayout(top)
        self.message = QLabel("")
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleDescription(self.tr("Message"))
        self.message.hide()
        outer.addWidget(self.message)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setObjectName("editorScroll")
        self.scroll_area = scroll
        scroll.setAccessibleName(self.tr("Routine editor"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(10)
        self._build_list(column)
        self._build_routine(column)
        self._build_steps(column)
        self._build_step(column)
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._keys()

    # -- building --------------------------------------------------------------------
    def _build_list(self, column: QVBoxLayout) -> None:
        self.routines = QListWidget()
        self.routines.setAccessibleName(self.tr("Routines"))
        self.routines.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 30)
        self.routines.currentItemChanged.connect(self._routine_item)
        column.addWidget(self.routines)
        self.new_button = make_button(self.tr("&New"), self.tr("Make a new routine"),
                                      self.tr("New routine"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.duplicate_button = make_button(self.tr("Dupli&cate"),
                                            self.tr("Copy this routine, to change the copy"),
                                            self.tr("Duplicate routine"))
        self.duplicate_button.clicked.connect(self.duplicate_requested.emit)
        self.rename_button = make_button(self.tr("Rena&me"),
                                         self.tr("Give this routine a new name"),
                                         self.tr("Rename routine"))
        self.rename_button.clicked.connect(self.rename_requested.emit)
        self.delete_button = make_button(self.tr("Dele&te"), self.tr("Delete this routine"),
                                         self.tr("Delete routine"))
        self.delete_button.clicked.connect(self.delete_requested.emit)
        self.import_button = make_button(self.tr("&Import…"),
                                         self.tr("Add routines from a routine file"))
        self.import_button.clicked.connect(self.import_requested.emit)
        self.export_button = make_button(self.tr("E&xport…"),
                                         self.tr("Save routines to a file for another computer"))
        export_menu = QMenu(self.export_button)
        self.export_one = export_menu.addAction(self.tr("This routine…"))
        self.export_one.triggered.connect(lambda: self.export_requested.emit(False))
        self.export_all = export_menu.addAction(self.tr("All my routines…"))
        self.export_all.triggered.connect(lambda: self.export_requested.emit(True))
        self.export_button.setMenu(export_menu)
        close_on_choice(export_menu)
        self.run_button = make_button(self.tr("&Run now"), self.tr("Start this routine now"))
        self.run_button.clicked.connect(self.run_requested.emit)
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, button in enumerate((self.new_button, self.duplicate_button,
                                        self.rename_button, self.delete_button,
                                        self.import_button, self.export_button)):
            button.setObjectName("editor")
            grid.addWidget(button, index // 3, index % 3)
        self.run_button.setObjectName("editor")
        grid.addWidget(self.run_button, 2, 0, 1, 3)
        column.addLayout(grid)
        self.read_only_note = QLabel(self.tr(
            "This routine comes with Cramp Timer and cannot be changed. "
            "Duplicate it to make your own version."))
        self.read_only_note.setObjectName("hint")
        self.read_only_note.setWordWrap(True)
        column.addWidget(self.read_only_note)

    def _build_routine(self, column: QVBoxLayout) -> None:
        form = _form()
        self.prescribed_by = QLineEdit()
        self.prescribed_by.setAccessibleName(self.tr("Prescribed by"))
        self.prescribed_by.setPlaceholderText(self.tr("for example: Dr. Ames, physiotherapist"))
        self.prescribed_by.editingFinished.connect(
            lambda: self._routine_edit(Field.PRESCRIBED_BY, self.prescribed_by.text()))
        self.note = TextField(one_line=False, lines=3)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.committed.connect(lambda text: self._routine_edit(Field.NOTE, text))
        self.errors: dict[Field, QLabel] = {}
        self.fields: dict[Field, QWidget] = {Field.PRESCRIBED_BY: self.prescribed_by,
                                              Field.NOTE: self.note}
        form.addRow(self._label(self.tr("&Prescribed by"), self.prescribed_by),
                    self._with_error(Field.PRESCRIBED_BY, self.prescribed_by))
        form.addRow(self._label(self.tr("N&ote"), self.note),
                    self._with_error(Field.NOTE, self.note))
        column.addLayout(form)

    def _build_steps(self, column: QVBoxLayout) -> None:
        heading_label = QLabel(self.tr("Steps"))
        heading_label.setObjectName("guideHeading")
        column.addWidget(heading_label)
        self.steps = QTableWidget(0, 4)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setAccessibleDescription(self.tr(
            "Alt+Up and Alt+Down move a step, Insert adds one, Delete removes it."))
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Hold"), self.tr("Times"), self.tr("Rest")])
        self.steps.verticalHeader().setVisible(True)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in (1, 2, 3):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setWordWrap(False)
        self.steps.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 40)
        self.steps.currentCellChanged.connect(self._step_cell)
        column.addWidget(self.steps)
        self.add_step_button = make_button(self.tr("&Add step"),
                                           self.tr("Add a step below this one (Insert)"))
        self.add_step_button.clicked.connect(self.add_step_requested.emit)
        self.remove_step_button = make_button(self.tr("Remo&ve"),
                                              self.tr("Remove this step (Delete)"),
                                              self.tr("Remove step"))
        self.remove_step_button.clicked.connect(self.remove_step_requested.emit)
        self.up_button = make_button(self.tr("Move &up"), self.tr("Move this step up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_step_requested.emit(-1))
        self.down_button = make_button(self.tr("Move do&wn"),
                                       self.tr("Move this step down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_step_requested.emit(1))
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, button in enumerate((self.add_step_button, self.remove_step_button,
                                        self.up_button, self.down_button)):
            button.setObjectName("editor")
            grid.addWidget(button, index // 2, index % 2)
        column.addLayout(grid)

    def _build_step(self, column: QVBoxLayout) -> None:
        self.step_heading = QLabel("")
        self.step_heading.setObjectName("guideHeading")
        self.step_heading.setWordWrap(True)
        column.addWidget(self.step_heading)
        form = _form()
        self.step_name = QLineEdit()
        self.step_name.setAccessibleName(self.tr("Step name"))
        self.instruction = TextField(one_line=True, lines=3)
        self.instruction.setAccessibleName(self.tr("Spoken instruction"))
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Leg"))
        for side in Side:
            self.side.addItem(side_title(side), side.value)
        self.hold = QLineEdit()
        self.hold.setAccessibleName(self.tr("Hold (seconds)"))
        self.repetitions = QLineEdit()
        self.repetitions.setAccessibleName(self.tr("Repetitions"))
        self.rest = QLineEdit()
        self.rest.setAccessibleName(self.tr("Rest between (seconds)"))
        self.fields.update({Field.STEP_NAME: self.step_name, Field.INSTRUCTION: self.instruction,
                            Field.SIDE: self.side, Field.HOLD: self.hold,
                            Field.REPETITIONS: self.repetitions, Field.REST: self.rest})
        for field, edit in ((Field.STEP_NAME, self.step_name), (Field.HOLD, self.hold),
                            (Field.REPETITIONS, self.repetitions), (Field.REST, self.rest)):
            edit.editingFinished.connect(
                lambda field=field, edit=edit: self._step_edit(field, edit.text()))
        for edit in (self.hold, self.repetitions, self.rest):
            edit.setMaximumWidth(120)
        self.instruction.committed.connect(lambda text: self._step_edit(Field.INSTRUCTION, text))
        self.side.activated.connect(
            lambda _i: self._step_edit(Field.SIDE, str(self.side.currentData())))
        for text, field in ((self.tr("&Step name"), Field.STEP_NAME),
                            (self.tr("Spoken instruction"), Field.INSTRUCTION),
                            (self.tr("Le&g"), Field.SIDE),
                            (self.tr("Ho&ld (seconds)"), Field.HOLD),
                            (self.tr("R&epetitions"), Field.REPETITIONS),
                            (self.tr("Rest &between (seconds)"), Field.REST)):
            widget = self.fields[field]
            form.addRow(self._label(text, widget), self._with_error(field, widget))
        column.addLayout(form)
        self.speak_button = make_button(self.tr("Spea&k this step"),
                                        self.tr("Hear how this step will be said"))
        self.speak_button.clicked.connect(self.speak_requested.emit)
        column.addWidget(self.speak_button)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _with_error(self, field: Field, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = _error_label()
        error.setAccessibleDescription(self.tr("Why this value was refused"))
        layout.addWidget(error)
        self.errors[field] = error
        return box

    def _keys(self) -> None:
        for key, by in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda by=by: self.move_step_requested.emit(by))
        for sequence, signal in ((QKeySequence(QKeySequence.StandardKey.Delete),
                                  self.remove_step_requested),
                                 (QKeySequence(Qt.Key.Key_Insert), self.add_step_requested)):
            shortcut = QShortcut(sequence, self.steps)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(signal.emit)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.routines)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_requested.emit)

    # -- rendering -------------------------------------------------------------------
    def show_state(self, state: EditorState) -> None:
        self._rendering = True
        try:
            self._show_list(state)
            self._show_routine(state.routine, state.read_only)
            self._show_steps(state.routine, state.step, state.read_only)
        finally:
            self._rendering = False
        for field in Field:
            self.show_field_error(field, None)

    def _show_list(self, state: EditorState) -> None:
        self.routines.clear()
        for row in state.rows:
            text = row.title if not row.builtin else self.tr("%1 (built in, read-only)").replace(
                "%1", row.title)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.name)
            self.routines.addItem(item)
            if state.routine is not None and row.name == state.routine.name:
                self.routines.setCurrentItem(item)

    def _show_routine(self, routine: Routine | None, read_only: bool) -> None:
        self.read_only_note.setVisible(routine is not None and read_only)
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(not read_only)
        for button in (self.duplicate_button, self.run_button, self.export_button):
            button.setEnabled(routine is not None)
        self.export_one.setEnabled(routine is not None)
        self.prescribed_by.setText((routine.prescribed_by or "") if routine else "")
        self.note.show_text(routine.note if routine else "")
        self.prescribed_by.setReadOnly(read_only)
        self.note.setReadOnly(read_only)

    def _show_steps(self, routine: Routine | None, chosen: int, read_only: bool) -> None:
        steps: Sequence[RoutineStep] = routine.steps if routine is not None else ()
        self.steps.setRowCount(len(steps))
        for index, row in enumerate(steps):
            for column, text in enumerate((heading(row), str(row.hold_seconds),
                                           str(row.repetitions), str(row.rest_seconds))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.steps.setItem(index, column, item)
        self._step = chosen
        if 0 <= chosen < len(steps):
            self.steps.setCurrentCell(chosen, 0)
            self.steps.selectRow(chosen)
        step = steps[chosen] if 0 <= chosen < len(steps) else None
        self.step_heading.setText(
            self.tr("Step %1: %2").replace("%1", str(chosen + 1)).replace("%2", heading(step))
            if step is not None else "")
        self.step_name.setText(step.name if step else "")
        self.instruction.show_text(step.instruction if step else "")
        side = step.side if step is not None else Side.NONE
        self.side.setCurrentIndex(max(0, self.side.findData(side.value)))
        for edit, value in ((self.hold, step.hold_seconds if step else None),
                            (self.repetitions, step.repetitions if step else None),
                            (self.rest, step.rest_seconds if step else None)):
            edit.setText("" if value is None else str(value))
        editable = step is not None and not read_only
        for widget in (self.step_name, self.hold, self.repetitions, self.rest):
            assert isinstance(widget, QLineEdit)
            widget.setReadOnly(not editable)
        self.instruction.setReadOnly(not editable)
        self.side.setEnabled(editable)
        for button in (self.add_step_button, self.remove_step_button):
            button.setEnabled(editable)
        self.up_button.setEnabled(editable and chosen > 0)
        self.down_button.setEnabled(editable and chosen < len(steps) - 1)
        self.speak_button.setEnabled(step is not None)

    def show_field_error(self, field: Field, message: str | None) -> None:
        """The reason a value was refused, right below its field (None: hide it)."""
        label = self.errors[field]
        label.setText(message or "")
        label.setVisible(bool(message))
        widget = self.fields[field]
        widget.setProperty("invalid", bool(message))
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- the person's input ----------------------------------------------------------
    def _routine_item(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None and not self._rendering:
            self.routine_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _step_cell(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        if row >= 0 and not self._rendering and row != self._step:
            self.step_chosen.emit(row)

    def _routine_edit(self, field: Field, text: str) -> None:
        if not self._rendering:
            self.routine_field_edited.emit(field, text)

    def _step_edit(self, field: Field, text: str) -> None:
        if not self._rendering and self._step >= 0:
            self.step_field_edited.emit(self._step, field, text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space in a field never reaches the window (it would start a stretch)."""
        if event.key() in _SWALLOWED:
            event.accept()
            return
        super().keyPressEvent(event)


# ------------------------------------------------------------------------ the questions


@dataclass
class EditorAsks:
    """The questions the editor asks; tests answer them."""

    name: Callable[[QWidget, str, str], str | None]  # parent, question, suggested name
    confirm_delete: Callable[[QWidget, str], bool]  # parent, the routine's title
    open_file: Callable[[QWidget], Path | None]
    save_file: Callable[[QWidget, str], Path | None]  # parent, suggested file name
    on_clash: Callable[[QWidget, Sequence[str]], OnClash | None]  # names taken

    @classmethod
    def dialogs(cls) -> EditorAsks:
        return cls(ask_name, ask_confirm_delete, ask_open_file, ask_save_file, ask_on_clash)


def ask_name(parent: QWidget, question: str, suggested: str) -> str | None:
    name, ok = QInputDialog.getText(parent, translate("RoutinesPage", "Routine name"), question,
                                    QLineEdit.EchoMode.Normal, suggested)
    return name if ok else None


def ask_confirm_delete(parent: QWidget, title: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RoutinesPage", "Delete this routine?"))
    box.setText(translate("RoutinesPage", "Delete the routine “%1”? This cannot be undone.")
                .replace("%1", title))
    delete = box.addButton(translate("RoutinesPage", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("RoutinesPage", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


def ask_open_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, translate("RoutinesPage", "Import routines"), str(Path.home()),
        translate("RoutinesPage", "Routine files (*.json);;All files (*)"))
    return Path(name) if name else None


def ask_save_file(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent, translate("RoutinesPage", "Export routines"), str(Path.home() / suggested),
        translate("RoutinesPage", "Routine files (*.json)"))
    return Path(name) if name else None


def ask_on_clash(parent: QWidget, names: Sequence[str]) -> OnClash | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RoutinesPage", "Name already taken"))
    box.setText(translate("RoutinesPage", "You already have a routine called %1. Keep both "
                          "(the new one gets another name) or replace yours with the one from "
                          "the file?", "", len(names))
                .replace("%1", ", ".join(f"“{n}”" for n in names)))
    rename = box.addButton(translate("RoutinesPage", "Keep both"),
                           QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(translate("RoutinesPage", "Replace mine"),
                            QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("RoutinesPage", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return OnClash.KEEP_BOTH if clicked is rename else OnClash.REPLACE if clicked is replace \
        else None


# ------------------------------------------------------------------------ the glue


class RoutineEditor(QObject):
    """Connects the page to `RoutineEditing`; says what happened on the page."""

    run_requested = Signal(str)  # the routine's name
    preview_requested = Signal(str)  # the words to say
    renamed = Signal(str, str)  # old, new
    deleted = Signal(str)

    def __init__(self, editing: RoutineEditing, page: RoutinesPage,
                 asks: EditorAsks | None = None) -> None:
        super().__init__(page)
        self.editing = editing
        self.page = page
        self.asks = asks if asks is not None else EditorAsks.dialogs()
        page.routine_chosen.connect(self._choose)
        page.new_requested.connect(self.new_routine)
        page.duplicate_requested.connect(self.duplicate)
        page.rename_requested.connect(self.rename)
        page.delete_requested.connect(self.delete)
        page.import_requested.connect(self.import_file)
        page.export_requested.connect(self.export)
        page.run_requested.connect(self._run)
        page.routine_field_edited.connect(self._routine_field)
        page.step_chosen.connect(self._choose_step)
        page.step_field_edited.connect(self._step_field)
        page.add_step_requested.connect(lambda: self._change(
            lambda: self.editing.add_step(self.editing.state().step)))
        page.remove_step_requested.connect(lambda: self._change(
            lambda: self.editing.remove_step(self.editing.state().step)))
        page.move_step_requested.connect(lambda by: self._change(
            lambda: self.editing.move_step(self.editing.state().step, by)))
        page.speak_requested.connect(self._speak)
        self.refresh()

    def refresh(self, message: str = "") -> None:
        self.page.show_state(self.editing.state())
        self.page.show_message(message)

    def reload(self) -> None:
        """Show a change another process made (the command line), if there was one."""
        if self.editing.reload():
            self.refresh(translate("RoutinesPage", "Your routines were changed from outside; "
                                      "this is the latest list."))

    # -- routines --------------------------------------------------------------------
    def _choose(self, name: str) -> None:
        self.editing.choose(name)
        self.refresh()

    def _choose_step(self, index: int) -> None:
        self.editing.choose_step(index)
        self.refresh()

    def new_routine(self) -> None:
        name = self.asks.name(self.page, translate("RoutinesPage", "Name of the new routine:"),
                              self.editing.free_name(translate("RoutinesPage", "My routine")))
        if name is not None:
            self._change(lambda: self.editing.new_routine(name))

    def duplicate(self) -> None:
        routine = self.editing.routine
        if routine is None:
            return
        name = self.asks.name(self.page, translate("RoutinesPage", "Name of the copy:"),
                              self.editing.copy_name(routine.name))
        if name is not None:
            self._change(lambda: self.editing.duplicate(routine.name, name))

    def rename(self) -> None:
        routine = self.editing.routine
        if routine is None or routine.builtin:
            return
        name = self.asks.name(self.page, translate("RoutinesPage", "New name:"), routine.name)
        if name is not None and name != routine.name:
            old = routine.name
            renamed: list[Routine] = []
            if self._change(lambda: renamed.append(self.editing.rename(old, name))):
                self.renamed.emit(old, renamed[0].name)

    def delete(self) -> None:
        routine = self.editing.routine
        if routine is None or routine.builtin:
            return
        if self.asks.confirm_delete(self.page, routine_title(routine)) and self._change(
                lambda: self.editing.delete(routine.name)):
            self.deleted.emit(routine.name)

    def import_file(self) -> None:
        path = self.asks.open_file(self.page)
        if path is None:
            return
        on_clash = OnClash.REFUSE
        while True:
            try:
                result = self.editing.import_file(path, on_clash)
            except ImportClashError as error:
                if error.names and not error.builtin_names and on_clash is OnClash.REFUSE:
                    chosen = self.asks.on_clash(self.page, error.names)
                    if chosen is None:
                        self.refresh(translate("RoutinesPage", "Nothing was imported."))
                        return
                    on_clash = chosen
                    continue
                self._show_file_error(error)
                return
            except RoutineFileError as error:
                self._show_file_error(error)
                return
            except RoutineStoreError as error:
                self.refresh(str(error))
                return
            self.refresh(result.summary())
            return

    def _show_file_error(self, error: RoutineFileError) -> None:
        lines = [f"{error.file}: {problem}" for problem in error.problems]
        self.refresh("\n".join([translate("RoutinesPage", "Nothing was imported:"), *lines]))

    def export(self, everything: bool) -> None:
        routine = self.editing.routine
        if not everything and routine is None:
            return
        suggested = "routines.json" if everything or routine is None else \
            f"{_file_stem(routine_title(routine))}.json"
        path = self.asks.save_file(self.page, suggested)
        if path is None:
            return
        names = None if everything or routine is None else [routine.name]
        try:
            written = self.editing.export(path, names)
        except RoutineStoreError as error:
            self.refresh(str(error))
            return
        if len(written) == 1:
            text = translate("RoutinesPage", "Saved the routine to %1.").replace("%1", str(path))
        else:
            text = translate("RoutinesPage", "Saved %n routines to %1.", "",
                             len(written)).replace("%1", str(path))
        self.refresh(text)

    def _run(self) -> None:
        routine = self.editing.routine
        if routine is not None:
            self.run_requested.emit(routine.name)

    def _speak(self) -> None:
        state = self.editing.state()
        if state.routine is not None and state.step >= 0:
            step = state.routine.steps[state.step]
            self.preview_requested.emit(f"{heading(step)}. {step.instruction}")

    # -- fields ----------------------------------------------------------------------
    def _routine_field(self, field: Field, text: str) -> None:
        self._field(lambda: self.editing.edit_routine_field(field, text), field)

    def _step_field(self, index: int, field: Field, text: str) -> None:
        self._field(lambda: self.editing.edit_step_field(index, field, text), field)

    def _field(self, edit: Callable[[], FieldError | None], field: Field) -> None:
        try:
            error = edit()
        except RoutineStoreError as refused:
            self.refresh(str(refused))
            return
        if error is not None:
            self.page.show_field_error(field, error.message)
        else:
            self.refresh()

    def _change(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except RoutineStoreError as error:
            self.refresh(str(error))
            return False
        self.refresh()
        return True


def _file_stem(title: str) -> str:
    stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
    return stem or "routine"
