"""The real window, offscreen, driven by a fake clock and a recording speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes import HOLD_45_SCHEDULE, RecordingSpeaker
from night_steps import advance, view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import CrampEnded
from cramp_timer.speech.speaker import SpeechEvent, SpeechEventKind
from cramp_timer.storage.diary import CrampOutcome
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings, Variant, load_settings, save_settings


def page(timer: CrampTimer) -> str:
    """Which page is on screen, by name."""
    current, night = timer.window.pages.currentWidget(), view(timer)
    names = {night.run_page: "run", night.done_page: "done", night.care_page: "care",
             night.switch_off_page: "switch off", night.rating_page: "rating"}
    return "idle" if timer.window.pages.currentIndex() == 0 else names.get(current, "other")


def test_the_window_is_a_main_window_titled_cramp_timer(timer: CrampTimer) -> None:
    window = timer.window
    assert isinstance(window, QMainWindow)
    assert window.windowTitle() == "Cramp Timer"
    assert page(timer) == "idle"


def test_cramp_now_fills_most_of_the_window(timer: CrampTimer) -> None:
    button = timer.window.cramp_now
    area = button.width() * button.height()
    window = timer.window.width() * timer.window.height()
    assert area / window > 0.5
    assert button.hasFocus()


def test_a_whole_session_speaks_each_cue_at_its_second(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot) -> None:
    start = clock.monotonic()
    qtbot.mouseClick(timer.window.cramp_now, Qt.MouseButton.LeftButton)
    assert page(timer) == "run"
    advance(timer, clock, 51)
    heard = [(t - start, key) for t, key, _ in speaker.said]
    # the round's question with "Release slowly.", in one line
    assert heard == [(0.0, "position"), *HOLD_45_SCHEDULE, (50.0, "round-question")]
    assert speaker.said[-1][2] == "Release slowly. How is the cramp now?"
    assert page(timer) == "done"
    # every spoken line is also a caption: the last one is on the page that follows
    assert view(timer).done_caption.text() == "Release slowly."
    assert view(timer).question.text() == "How is the cramp now?"


def test_digits_caption_and_ring_follow_the_clock(timer: CrampTimer, clock: FakeClock,
                                                  qtbot: QtBot) -> None:
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)
    assert view(timer).ring.digits.text() == "5"
    assert "Pull your foot" in view(timer).caption.text()
    advance(timer, clock, 5 + 12.25)
    assert view(timer).ring.digits.text() == "33"
    assert view(timer).caption.text() == "Hold the stretch. Breathe slowly."
    assert view(timer).ring.progress == pytest.approx(12.25 / 45)
    assert view(timer).round_label.text() == "Round 1"


def test_enter_also_starts_and_escape_stops(timer: CrampTimer, clock: FakeClock,
                                            qtbot: QtBot) -> None:
    assert timer.window.cramp_now.hasFocus()
    qtbot.keyClick(timer.window, Qt.Key.Key_Return)
    assert page(timer) == "run"
    advance(timer, clock, 6)  # past getting into position, where Esc is "not a cramp"
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert page(timer) == "rating"  # how bad was it: Esc again skips the question
    assert timer.controller.snapshot().cramp_outcome is CrampOutcome.STOPPED
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert page(timer) == "idle"


def test_pause_and_resume_by_button_and_by_key(timer: CrampTimer, clock: FakeClock,
                                               speaker: RecordingSpeaker, qtbot: QtBot) -> None:
    timer.controller.start()
    advance(timer, clock, 10)
    qtbot.mouseClick(view(timer).pause_button, Qt.MouseButton.LeftButton)
    assert view(timer).pause_button.text() == "Resume"
    assert view(timer).caption.text() == "Paused"
    assert speaker.silenced >= 1
    digits = view(timer).ring.digits.text()
    advance(timer, clock, 30)
    assert view(timer).ring.digits.text() == digits
    qtbot.keyClick(timer.window, Qt.Key.Key_P)
    assert view(timer).pause_button.text() == "Pause"
    advance(timer, clock, 1)
    assert view(timer).ring.digits.text() == str(int(digits) - 1)


HOLD_START = "Hold the stretch. Breathe slowly."  # said at 5 s (after the 5 s get-ready)


def pause_at(timer: CrampTimer, clock: FakeClock, seconds: float) -> None:
    timer.controller.start()
    advance(timer, clock, seconds)
    timer.controller.toggle_pause()


def test_a_line_cut_off_by_pause_is_said_again_on_resume(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    pause_at(timer, clock, 6)  # one second into "Hold the stretch. Breathe slowly."
    assert speaker.said[-2][1:] == ("hold-start", HOLD_START)
    assert speaker.said[-1][1:] == ("paused", "Paused.")  # Pause is said
    clock.advance(20)
    timer.controller.toggle_pause()
    # Resume is said, and the line cut off with it, in one line
    assert speaker.said[-1] == (clock.monotonic(), "resumed", f"Going on. {HOLD_START}")
    # paused again during it: the cut-off line is said again, not "Going on." twice
    clock.advance(2)
    timer.controller.toggle_pause()
    clock.advance(5)
    timer.controller.toggle_pause()
    assert speaker.said[-1][2] == f"Going on. {HOLD_START}"
    advance(timer, clock, 21)  # on from about 1 s held: halfway is at 22.5 s of the 45
    assert speaker.keys()[-1] == "halfway"


@pytest.mark.parametrize("how", ["said long ago", "heard to its end", "voice off"])
def test_pause_repeats_nothing_that_was_not_cut_off(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, how: str) -> None:
    if how == "voice off":
        timer.settings.replace(timer.settings.current().with_changes(voice_enabled=False))
    if how == "heard to its end":
        timer.controller.start()
        advance(timer, clock, 6)
        speaker.pending.append(SpeechEvent(SpeechEventKind.FINISHED, key="hold-start"))
        timer.controller.poll_speech()
        timer.controller.toggle_pause()
    else:
        pause_at(timer, clock, 6 if how == "voice off" else 12)
    said = list(speaker.said)
    timer.controller.toggle_pause()
    # only Resume itself is said (with the voice off, nothing)
    resumed = [] if how == "voice off" else [(clock.monotonic(), "resumed", "Going on.")]
    assert speaker.said == [*said, *resumed]


def test_still_cramping_starts_round_two_and_better_ends(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot) -> None:
    timer.controller.start()
    advance(timer, clock, 50.5)
    assert view(timer).again_button.hasFocus()
    qtbot.mouseClick(view(timer).again_button, Qt.MouseButton.LeftButton)
    assert page(timer) == "run"
    assert view(timer).round_label.text() == "Round 2"
    assert speaker.keys()[-1] == "position"
    advance(timer, clock, 50.5)
    ended: list[CrampEnded] = []
    timer.controller.session_ended.connect(ended.append)
    qtbot.mouseClick(view(timer).better_button, Qt.MouseButton.LeftButton)
    assert page(timer) == "care"
    (end,) = ended
    assert end.outcome is CrampOutcome.BETTER and end.rounds == 2
    assert end.stretch_seconds == pytest.approx(90) and not end.red_flags_shown


def test_a_second_press_during_a_session_does_not_restart_it(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    timer.controller.start()
    advance(timer, clock, 8)
    timer.controller.start()
    assert speaker.keys().count("position") == 1
    assert view(timer).ring.digits.text() == "42"


def test_settings_dialog_saves_to_the_file_and_the_next_session_uses_it(
        timer: CrampTimer, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker,
        qtbot: QtBot) -> None:
    dialog = timer.open_settings()
    assert dialog.hold.value() == 45
    assert dialog.seated.isChecked()
    dialog.hold.setValue(30)
    dialog.standing.setChecked(True)
    dialog.prep.setValue(3)
    assert dialog.standing_prep.value() == 15  # standing gets longer to get up
    assert dialog.standing_prep.minimum() >= 10
    dialog.standing_prep.setValue(11)
    dialog.accept()
    saved = load_settings(paths.settings_file, clock.now()).settings
    assert (saved.hold_seconds, saved.variant, saved.prep_seconds) == (30, Variant.STANDING, 3)
    assert saved.standing_prep_seconds == 11
    start = clock.monotonic()
    timer.controller.start()
    assert view(timer).caption.text().startswith("Get up slowly and hold on")
    advance(timer, clock, 42)
    heard = [(t - start, key) for t, key, _ in speaker.said]
    assert (11.0, "hold-start") in heard and (26.0, "halfway") in heard
    assert heard[-2:] == [(41.0, "release"), (41.0, "round-question")]


def test_settings_bounds_come_from_the_settings_table(timer: CrampTimer) -> None:
    dialog = timer.open_settings()
    assert (dialog.hold.minimum(), dialog.hold.maximum()) == (30, 60)
    dialog.hold.setValue(90)
    assert dialog.hold.value() == 60
    heat, cold = dialog.care_timers["heat_minutes"], dialog.care_timers["cold_minutes"]
    assert (heat.minimum(), heat.maximum(), heat.value()) == (5, 20, 15)
    assert (cold.minimum(), cold.maximum(), cold.value()) == (5, 15, 10)
    heat.setValue(7)
    cold.setValue(99)
    saved = dialog.save()
    assert (saved.heat_minutes, saved.cold_minutes) == (7, 15)
    dialog.reject()


def test_test_voice_speaks_with_the_unsaved_choices(timer: CrampTimer,
                                                    speaker: RecordingSpeaker) -> None:
    dialog = timer.open_settings()
    dialog.rate.setValue(120)
    dialog.test_voice.click()
    assert speaker.keys() == ["test-voice"]
    assert speaker.options[-1].rate == 120
    dialog.reject()
    assert speaker.options[-1].rate == 150  # cancelled: back to the saved voice


def test_no_speech_engine_shows_one_line_and_chimes_instead(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    why = "No voice: the speech engine espeak-ng is missing. Install it: sudo apt install espeak-ng"
    speaker.pending.append(SpeechEvent(SpeechEventKind.NO_ENGINE, detail=why))
    speaker.pending.append(SpeechEvent(SpeechEventKind.NO_ENGINE, detail=why))
    timer.controller.poll_speech()
    assert timer.window.notice.isVisible()
    assert timer.window.notice_text.text() == why  # said once, not twice
    timer.controller.start()
    advance(timer, clock, 51)
    assert speaker.said == []
    assert [key for _, key in speaker.chimed] == ["position", "hold-start", "halfway", "release"]
    assert view(timer).done_caption.text() == "Release slowly."


def test_no_voice_for_the_language_shows_one_line_and_the_captions_carry_on(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    why = ("No installed voice speaks this language (简体中文), so the steps are only shown "
           "on screen. To hear them, install espeak-ng's voices: sudo apt install "
           "espeak-ng-data")
    speaker.pending += [SpeechEvent(SpeechEventKind.NO_VOICE, detail=why)] * 2
    timer.controller.poll_speech()
    assert timer.window.notice_text.text() == why  # said once
    timer.controller.start()
    advance(timer, clock, 51)
    assert speaker.said == []
    assert "release" in [key for _, key in speaker.chimed]
    assert view(timer).done_caption.text() == "Release slowly."


def test_a_corrupt_settings_file_is_kept_aside_and_said_once(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    paths.settings_file.write_text("{ this is not json")
    first = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(first.window)
    assert not first.window.notice.isHidden()
    assert "could not be read" in first.window.notice_text.text()
    assert list(paths.config_dir.glob("settings.json.broken-*"))
    save_settings(paths.settings_file, Settings())
    second = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(second.window)
    assert second.window.notice.isHidden()


def test_the_window_remembers_its_size(qtbot: QtBot, paths: AppPaths, clock: FakeClock,
                                       speaker: RecordingSpeaker) -> None:
    first = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(first.window)
    first.show()
    first.window.resize(600, 720)
    first.window.close()
    assert json.loads(paths.window_state_file.read_text()) == {"width": 600, "height": 720}
    second = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(second.window)
    second.show()
    assert (second.window.width(), second.window.height()) == (600, 720)


def test_every_control_has_an_accessible_name_and_takes_focus(timer: CrampTimer) -> None:
    night = view(timer)
    built = [night.done_page, night.care_page, night.switch_off_page, night.rating_page]
    assert all(timer.window.pages.indexOf(page) > 0 for page in built)  # (built on demand)
    timer.window.show_tips()
    timer.window.show_warning_signs()
    timer.show_welcome()
    dialog = timer.open_settings()
    for top in (timer.window, dialog):
        controls = top.findChildren(QAbstractButton)
        assert controls
        for control in controls:
            assert isinstance(control, QWidget)
            if control.parent() is not None and control.objectName() in (
                    "qt_spinbox_lineedit", "qt_menubar_ext_button"):  # Qt's own parts
                continue
            assert control.accessibleName() or control.text(), control
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.text()
    dialog.reject()


def test_the_countdown_digits_are_readable_by_screen_readers(timer: CrampTimer) -> None:
    # a fixed accessible name would hide the changing digits from AT-SPI
    assert view(timer).ring.digits.accessibleName() == ""
    assert view(timer).caption.accessibleName() == ""
    assert view(timer).ring.digits.accessibleDescription()


def test_quitting_closes_the_speaker(qtbot: QtBot, paths: AppPaths, clock: FakeClock,
                                     speaker: RecordingSpeaker) -> None:
    app = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(app.window)
    app.show()
    assert QApplication.instance() is not None
    app.shutdown()
    assert speaker.closed


def test_path_fixture_is_private(paths: AppPaths, tmp_path: Path) -> None:
    assert tmp_path in paths.config_dir.parents


def test_each_session_is_in_the_diary_from_its_first_second(
        timer: CrampTimer, paths: AppPaths, clock: FakeClock) -> None:
    from cramp_timer.storage.diary import Diary

    timer.controller.start()
    with Diary.open(paths.diary_file) as other:  # another reader, as after a crash
        (entry,) = other.cramps()
        assert entry.unfinished and entry.variant == "seated" and entry.hold_seconds == 45
    advance(timer, clock, 50.5)
    timer.controller.again()
    advance(timer, clock, 20)
    timer.controller.stop()
    with Diary.open(paths.diary_file) as other:
        (entry,) = other.cramps()
        assert not entry.unfinished
        assert entry.outcome is CrampOutcome.STOPPED
        assert entry.rounds == 2
        assert entry.stretch_seconds == pytest.approx(45 + 15)


def test_a_broken_diary_is_set_aside_said_once_and_the_night_still_recorded(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    from cramp_timer.storage.diary import Diary

    paths.diary_file.write_bytes(b"this is not a database" * 100)
    before = paths.diary_file.read_bytes()
    app = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(app.window)
    (aside,) = paths.data_dir.glob("diary.sqlite3.unreadable-*")
    notice = app.window.notice_text.text()
    assert "moved aside" in notice and str(aside) in notice
    assert "left as it is" not in notice
    app.controller.start()
    advance(app, clock, 51)
    assert speaker.keys()[-2:] == ["release", "round-question"]
    app.controller.better()
    assert aside.read_bytes() == before
    assert app.window.notice_text.text() == notice  # said once
    app.shutdown()
    with Diary.open(paths.diary_file) as fresh:
        (entry,) = fresh.cramps()
        assert entry.stretch_seconds == pytest.approx(45)
