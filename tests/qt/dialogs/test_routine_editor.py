"""The Routines page in the real window: the caregiver's editor, its files and its fields."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fakes import RecordingSpeaker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.cli import build_parser
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.session import Phase
from cramp_timer.routines.cli import run_routine_command
from cramp_timer.routines.editing import Field
from cramp_timer.routines.files import export_routines
from cramp_timer.routines.model import (
    BEDTIME_STRETCH,
    HOLD_SECONDS_MAX,
    HOLD_SECONDS_MIN,
    INSTRUCTION_MAX_LENGTH,
    Routine,
    RoutineStep,
    Side,
)
from cramp_timer.routines.store import OnClash, RoutineStore
from cramp_timer.storage.paths import AppPaths
from cramp_timer.ui.dialogs.routine_editor import EditorAsks, RoutineEditor, RoutinesPage


@dataclass
class Answers:
    """The editor's questions, answered from lists (and remembered)."""

    names: list[str | None] = field(default_factory=list)
    delete: bool = True
    open_path: Path | None = None
    save_path: Path | None = None
    clash: OnClash | None = None
    asked: list[str] = field(default_factory=list)

    def asks(self) -> EditorAsks:
        def name(_parent: QWidget, question: str, suggested: str) -> str | None:
            self.asked.append(f"name: {question} [{suggested}]")
            answer = self.names.pop(0) if self.names else suggested
            return answer

        def confirm(_parent: QWidget, title: str) -> bool:
            self.asked.append(f"delete: {title}")
            return self.delete

        def open_file(_parent: QWidget) -> Path | None:
            return self.open_path

        def save_file(_parent: QWidget, suggested: str) -> Path | None:
            self.asked.append(f"save: {suggested}")
            return self.save_path

        def on_clash(_parent: QWidget, names: Sequence[str]) -> OnClash | None:
            self.asked.append(f"clash: {', '.join(names)}")
            return self.clash

        return EditorAsks(name, confirm, open_file, save_file, on_clash)


def step(name: str, side: Side = Side.LEFT, hold: int = 20) -> RoutineStep:
    return RoutineStep(name, f"Do the {name.lower()} gently.", side, hold, 2, 5)


def physio_routine() -> Routine:
    return Routine("Physio plan", (step("Calf"), step("Hamstring"), step("Ankle circles")),
                   note="Stop if it hurts. Ring me on Friday.", prescribed_by="Dr. Ames")


def open_editor(timer: CrampTimer, answers: Answers) -> RoutineEditor:
    editor = timer.show_routines()
    editor.asks = answers.asks()
    return editor


def page_of(timer: CrampTimer) -> RoutinesPage:
    assert timer.editor is not None
    return timer.editor.page


def listed(page: RoutinesPage) -> list[str]:
    return [page.routines.item(i).text() for i in range(page.routines.count())]


def choose(page: RoutinesPage, title: str) -> None:
    items = page.routines.findItems(title, Qt.MatchFlag.MatchStartsWith)
    assert items, f"{title} not listed in {listed(page)}"
    page.routines.setCurrentItem(items[0])


def step_names(timer: CrampTimer, name: str) -> list[str]:
    routine = RoutineStore(timer.paths).get(name)  # what is saved on disk
    assert routine is not None
    return [s.name for s in routine.steps]


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def with_physio(timer: CrampTimer) -> CrampTimer:
    timer.store.add(physio_routine())
    return timer


# ---------------------------------------------------------------- the page


def test_more_menu_opens_the_routines_page_with_the_built_ins_read_only(
        timer: CrampTimer) -> None:
    action = next(a for a in timer.window.help_menu.actions() if a.text() == "&Routines…")
    action.trigger()
    page = page_of(timer)
    assert timer.window.pages.currentWidget() is page
    assert listed(page) == ["Bedtime stretch (built in, read-only)",
                            "Bedtime stretch (seated) (built in, read-only)"]
    assert page.read_only_note.isVisible()
    assert page.hold.isReadOnly() and page.instruction.isReadOnly()
    assert not page.rename_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.add_step_button.isEnabled()
    assert page.duplicate_button.isEnabled() and page.run_button.isEnabled()
    assert page.speak_button.isEnabled()
    timer.window._escape()  # Esc goes back
    assert timer.window.pages.currentIndex() == 0


def test_a_built_in_routine_can_be_duplicated_and_the_copy_changed(
        timer: CrampTimer, answers: Answers) -> None:
    open_editor(timer, answers)
    page = page_of(timer)
    page.duplicate_button.click()
    assert answers.asked == ["name: Name of the copy: [Bedtime stretch (copy)]"]
    assert "Bedtime stretch (copy)" in listed(page)
    assert page.routines.currentItem().text() == "Bedtime stretch (copy)"
    assert not page.read_only_note.isVisible()
    assert not page.hold.isReadOnly()
    copy = RoutineStore(timer.paths).get("Bedtime stretch (copy)")
    assert copy is not None and not copy.builtin and len(copy.steps) == 4
    assert timer.store.get(BEDTIME_STRETCH) is not None  # the original is still there


def test_a_new_routine_and_add_step(timer: CrampTimer, answers: Answers) -> None:
    answers.names = ["Evening"]
    open_editor(timer, answers)
    page = page_of(timer)
    page.new_button.click()
    assert page.routines.currentItem().text() == "Evening"
    assert page.steps.rowCount() == 1
    page.add_step_button.click()
    assert page.steps.rowCount() == 2
    assert page.steps.currentRow() == 1
    saved = RoutineStore(timer.paths).get("Evening")
    assert saved is not None
    assert [s.side for s in saved.steps] == [Side.LEFT, Side.RIGHT]  # the other leg next


def test_steps_move_with_the_buttons(with_physio: CrampTimer, answers: Answers) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    assert page.steps.currentRow() == 0
    assert not page.up_button.isEnabled()
    page.down_button.click()
    assert step_names(timer, "Physio plan") == ["Hamstring", "Calf", "Ankle circles"]
    assert page.steps.currentRow() == 1  # the moved step stays chosen
    page.down_button.click()
    assert step_names(timer, "Physio plan") == ["Hamstring", "Ankle circles", "Calf"]
    assert not page.down_button.isEnabled()
    page.up_button.click()
    assert step_names(timer, "Physio plan") == ["Hamstring", "Calf", "Ankle circles"]


def test_steps_move_add_and_go_with_the_keys(
        with_physio: CrampTimer, answers: Answers, qtbot: QtBot) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    page.steps.setCurrentCell(2, 0)
    page.steps.setFocus()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(page.steps, Qt.Key.Key_Up, alt)
    assert step_names(timer, "Physio plan") == ["Calf", "Ankle circles", "Hamstring"]
    qtbot.keyClick(page.steps, Qt.Key.Key_Up, alt)
    assert step_names(timer, "Physio plan") == ["Ankle circles", "Calf", "Hamstring"]
    qtbot.keyClick(page.steps, Qt.Key.Key_Down, alt)
    assert step_names(timer, "Physio plan") == ["Calf", "Ankle circles", "Hamstring"]
    qtbot.keyClick(page.steps, Qt.Key.Key_Insert)
    assert step_names(timer, "Physio plan") == ["Calf", "Ankle circles", "Ankle circles",
                                                "Hamstring"]
    assert page.steps.currentRow() == 2  # the new step
    qtbot.keyClick(page.steps, Qt.Key.Key_Delete)
    assert step_names(timer, "Physio plan") == ["Calf", "Ankle circles", "Hamstring"]
    qtbot.keyClick(page.steps, Qt.Key.Key_Delete)
    assert step_names(timer, "Physio plan") == ["Calf", "Ankle circles"]


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the field's text as a person would, then leave it with Enter."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_value_out_of_bounds_is_refused_at_its_field_with_the_reason(
        with_physio: CrampTimer, answers: Answers, qtbot: QtBot) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    type_into(qtbot, page.hold, "400")
    error = page.errors[Field.HOLD]
    assert error.isVisible()
    assert error.text() == (f"Hold (seconds) must be a whole number from {HOLD_SECONDS_MIN} "
                            f"to {HOLD_SECONDS_MAX}.")
    assert page.hold.text() == "400"  # what was typed stays, to be mended
    assert page.hold.property("invalid") is True
    assert RoutineStore(timer.paths).get("Physio plan") == physio_routine()  # unchanged
    type_into(qtbot, page.repetitions, "0")
    assert page.errors[Field.REPETITIONS].text().startswith("Repetitions must be a whole")
    type_into(qtbot, page.rest, "ten")
    assert page.errors[Field.REST].isVisible()
    type_into(qtbot, page.hold, "45")
    assert not page.errors[Field.HOLD].isVisible()
    saved = RoutineStore(timer.paths).get("Physio plan")
    assert saved is not None
    assert saved.steps[0].hold_seconds == 45
    assert saved.steps[0].repetitions == 2  # the refused values were never saved


def test_the_spoken_instruction_must_be_1_to_300_characters(
        with_physio: CrampTimer, answers: Answers, qtbot: QtBot) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    page.instruction.setFocus()
    page.instruction.selectAll()
    qtbot.keyClick(page.instruction, Qt.Key.Key_Delete)
    qtbot.keyClick(page.instruction, Qt.Key.Key_Return)
    error = page.errors[Field.INSTRUCTION]
    assert error.text() == (f"The spoken instruction must be one line of 1 to "
                            f"{INSTRUCTION_MAX_LENGTH} characters.")
    page.instruction.setPlainText("x" * (INSTRUCTION_MAX_LENGTH + 1))
    qtbot.keyClick(page.instruction, Qt.Key.Key_Return)
    assert error.isVisible()
    page.instruction.setPlainText("Lean on the wall, heel down.")
    qtbot.keyClick(page.instruction, Qt.Key.Key_Return)
    assert not error.isVisible()
    saved = RoutineStore(timer.paths).get("Physio plan")
    assert saved is not None and saved.steps[0].instruction == "Lean on the wall, heel down."


def test_side_prescribed_by_and_note_are_saved_at_once(
        with_physio: CrampTimer, answers: Answers, qtbot: QtBot) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    page.side.setCurrentIndex(page.side.findData("both"))
    page.side.activated.emit(page.side.currentIndex())
    type_into(qtbot, page.prescribed_by, "Ms. Okafor, physiotherapist")
    page.note.setFocus()
    page.note.setPlainText("Twice a day.\nSlowly.")
    page.hold.setFocus()  # leaving the note saves it
    saved = RoutineStore(timer.paths).get("Physio plan")
    assert saved is not None
    assert saved.steps[0].side is Side.BOTH
    assert saved.prescribed_by == "Ms. Okafor, physiotherapist"
    assert saved.note == "Twice a day.\nSlowly."


def test_enter_in_a_field_does_not_start_a_stretch(
        with_physio: CrampTimer, answers: Answers, qtbot: QtBot) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    type_into(qtbot, page.step_name, "Calf against the wall")
    qtbot.keyClick(page.routines, Qt.Key.Key_Space)
    assert not timer.controller.active
    assert step_names(timer, "Physio plan")[0] == "Calf against the wall"


def test_speak_this_step_previews_it_through_the_speaker(
        with_physio: CrampTimer, answers: Answers, speaker: RecordingSpeaker) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    page.steps.setCurrentCell(1, 0)
    page.speak_button.click()
    assert speaker.said[-1][1:] == ("preview",
                                    "Hamstring, left leg. Do the hamstring gently.")
    assert not timer.controller.active  # a preview is not a session


def test_delete_asks_first(with_physio: CrampTimer, answers: Answers) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    answers.delete = False
    page.delete_button.click()
    assert answers.asked == ["delete: Physio plan"]
    assert "Physio plan" in listed(page)
    answers.delete = True
    page.delete_button.click()
    assert "Physio plan" not in listed(page)
    assert RoutineStore(timer.paths).get("Physio plan") is None


def test_renaming_the_bedtime_routine_keeps_it_the_bedtime_routine(
        with_physio: CrampTimer, answers: Answers) -> None:
    timer = with_physio
    timer.settings.replace(timer.settings.current().with_changes(bedtime_routine="Physio plan"))
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    answers.names = ["Dr. Ames plan"]
    page.rename_button.click()
    assert timer.settings.current().bedtime_routine == "Dr. Ames plan"
    answers.delete = True
    page.delete_button.click()
    assert timer.settings.current().bedtime_routine == BEDTIME_STRETCH


def test_run_now_runs_it_and_shows_who_prescribed_it_and_the_note(
        with_physio: CrampTimer, answers: Answers, clock: FakeClock) -> None:
    timer = with_physio
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    page.run_button.click()
    night = timer.window.complete()
    assert timer.window.pages.currentWidget() is night.run_page
    assert night.round_label.text() == "Physio plan"
    assert night.routine_note.isVisible()
    assert night.routine_note.text() == ("Prescribed by Dr. Ames\n"
                                         "Stop if it hurts. Ring me on Friday.")
    for _ in range(40 * 16):  # into the second step: the note has been read by then
        clock.advance(1 / 16)
        timer.controller.tick()
    snapshot = timer.controller.snapshot()
    assert snapshot.session is not None and snapshot.session.step_index > 0
    assert snapshot.session.phase is Phase.RUNNING
    assert night.routine_note.text() == "Prescribed by Dr. Ames"


def test_a_built_in_routine_shows_no_prescriber_line(timer: CrampTimer) -> None:
    timer.run_routine()
    assert not timer.window.complete().routine_note.isVisible()


# ---------------------------------------------------------------- files


def test_import_shows_every_problem_of_a_bad_file(
        timer: CrampTimer, answers: Answers, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    steps = [{"name": f"S{i}", "instruction": "Hold.", "side": "left", "hold_seconds": 400,
              "repetitions": 2, "rest_seconds": 5} for i in range(12)]
    bad.write_text(json.dumps({"format": "cramp-timer-routines", "version": 1,
                               "routines": [{"name": "Too long", "steps": steps}]}))
    answers.open_path = bad
    open_editor(timer, answers)
    page = page_of(timer)
    page.import_button.click()
    text = page.message.text()
    assert page.message.isVisible()
    assert text.startswith("Nothing was imported:")
    assert f"{bad}: steps[3].hold_seconds: 400 is above 120" in text
    assert f"{bad}: steps[11].hold_seconds: 400 is above 120" in text  # all 12, not 10
    assert len(timer.store.user()) == 0


def test_import_with_a_taken_name_offers_keep_both_or_replace(
        with_physio: CrampTimer, answers: Answers, tmp_path: Path) -> None:
    timer = with_physio
    changed = Routine("Physio plan", (step("Toe raises"),))
    file = tmp_path / "physio.json"
    export_routines(file, [changed])
    answers.open_path = file
    open_editor(timer, answers)
    page = page_of(timer)
    answers.clash = None
    page.import_button.click()
    assert answers.asked == ["clash: Physio plan"]
    assert page.message.text() == "Nothing was imported."
    answers.clash = OnClash.KEEP_BOTH
    page.import_button.click()
    assert "Physio plan (2)" in listed(page)
    answers.clash = OnClash.REPLACE
    page.import_button.click()
    assert step_names(timer, "Physio plan") == ["Toe raises"]
    assert "replaced" in page.message.text()


def test_export_this_routine_writes_a_file_that_imports_again(
        with_physio: CrampTimer, answers: Answers, tmp_path: Path) -> None:
    timer = with_physio
    answers.save_path = tmp_path / "out.json"
    open_editor(timer, answers)
    page = page_of(timer)
    choose(page, "Physio plan")
    page.export_one.trigger()
    assert answers.asked == ["save: Physio plan.json"]
    assert page.message.text() == f"Saved the routine to {tmp_path / 'out.json'}."
    timer.store.delete("Physio plan")
    timer.store.import_file(tmp_path / "out.json")
    assert timer.store.get("Physio plan") == physio_routine()


def cli_import(file: Path) -> int:
    parser = build_parser()
    args = parser.parse_args(["--import-routines", str(file)])
    return run_routine_command(parser, args, io.StringIO(), io.StringIO(), io.StringIO())


def test_a_command_line_import_while_the_app_runs_shows_up_in_the_window(
        timer: CrampTimer, answers: Answers, tmp_path: Path) -> None:
    file = tmp_path / "physio.json"
    export_routines(file, [physio_routine()])
    open_editor(timer, answers)
    page = page_of(timer)
    assert timer.routine_flow.checker.isActive()  # the page checks the file while it shows
    assert cli_import(file) == 0
    assert "Physio plan" not in listed(page)
    timer.routine_flow.checker.timeout.emit()  # the check's next tick
    assert "Physio plan" in listed(page)
    assert "changed from outside" in page.message.text()
    timer.window.leave_page()
    assert not timer.routine_flow.checker.isActive()


def test_a_command_line_import_shows_in_the_settings_and_runs(
        timer: CrampTimer, tmp_path: Path) -> None:
    file = tmp_path / "physio.json"
    export_routines(file, [physio_routine()])
    assert cli_import(file) == 0
    os.utime(timer.paths.routines_file)  # (a second write within the same clock tick)
    dialog = timer.open_settings()
    assert dialog is not None
    titles = [dialog.routine.itemText(i) for i in range(dialog.routine.count())]
    assert titles == ["Bedtime stretch", "Bedtime stretch (seated)", "Physio plan"]
    dialog.reject()
    assert timer.run_routine("Physio plan") is None


def test_store_paths_are_the_apps(timer: CrampTimer) -> None:
    assert timer.store.file == AppPaths.default().routines_file


def test_a_broken_routines_file_is_said_after_start_up_and_kept_aside(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    paths.routines_file.write_text("{ not json")
    app = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(app.window)
    assert app._store is None  # not read before a stretch can start
    app.show()
    qtbot.waitUntil(lambda: app.window.notice.isVisible())
    assert "could not be read" in app.window.notice_text.text()
    assert [r.builtin for r in app.store.all()] == [True, True]
    assert not paths.routines_file.exists()
    app.shutdown()
