"""After the stretch, in the real window: red flags, heat / cold / massage, the rating,
the pages to read. Offscreen, driven by a fake clock and a recording speaker."""

from __future__ import annotations

import pytest
from fakes import RecordingSpeaker
from night_steps import advance, click, current, view
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer, Desktop
from cramp_timer.core.aftercare import MASSAGE_SAFETY_SECONDS, SAFETY_SECONDS
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import Stage
from cramp_timer.core.rating import RATING_PAUSE_SECONDS
from cramp_timer.core.session import Phase
from cramp_timer.storage.diary import CrampOutcome, Diary, Followup, FollowupKind, Leg
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings
from cramp_timer.ui.pages.guidance_pages import TipsPage, WarningSignsPage
from cramp_timer.ui.pages.night_view import NightView, clock_text

ROUND = 5 + 45


@pytest.fixture
def settings() -> Settings:
    return Settings(heat_minutes=5, cold_minutes=5, welcome_seen=True)


def test_heat_then_switch_off_then_rating_all_reach_the_diary(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot,
        paths: AppPaths) -> None:
    night = view(timer)
    busy: list[bool] = []
    timer.controller.busy_changed.connect(busy.append)
    click(qtbot, timer.window.cramp_now)
    advance(timer, clock, ROUND)
    click(qtbot, night.better_button)
    assert current(timer) is night.care_page
    assert night.care_done_button.hasFocus()
    click(qtbot, night.care_buttons[FollowupKind.HEAT])
    assert current(timer) is night.run_page
    assert night.round_label.text() == "Heat"
    assert "fall asleep" in night.instruction.text()
    assert speaker.keys()[-1] == "care-safety"
    advance(timer, clock, SAFETY_SECONDS)
    assert night.ring.digits.text() == "5:00"
    advance(timer, clock, 100)
    assert night.ring.digits.text() == "3:20"
    advance(timer, clock, 200)
    assert current(timer) is night.switch_off_page
    assert speaker.keys()[-1] == "switch-off"
    assert night.switched_off_button.hasFocus()
    advance(timer, clock, 121)
    assert speaker.keys()[-3:] == ["switch-off"] * 3
    assert night.switch_off_count.text() == "Reminded 3 times"
    # awake for the stretch, not while choosing, again for the heat until the pad is off
    assert busy == [True, False, True]
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)  # "it is off"
    assert current(timer) is night.care_page
    assert busy == [True, False, True, False]
    advance(timer, clock, 120)
    assert speaker.keys()[-1] == "switch-off" and speaker.keys().count("switch-off") == 3
    click(qtbot, night.care_done_button)
    assert current(timer) is night.rating_page
    click(qtbot, night.leg_buttons[Leg.LEFT])
    click(qtbot, night.severity_buttons[7])
    assert night.severity_buttons[7].isChecked() and night.leg_buttons[Leg.LEFT].isChecked()
    assert current(timer) is night.rating_page  # kept on Done
    click(qtbot, night.rating_done_button)
    assert timer.window.pages.currentIndex() == 0
    with Diary.open(paths.diary_file) as diary:
        (entry,) = diary.cramps()
    assert entry.outcome is CrampOutcome.BETTER and entry.severity == 7
    assert entry.leg is Leg.LEFT
    assert entry.followups == (Followup(FollowupKind.HEAT, 5.0),)


def test_three_rounds_without_relief_show_and_say_the_warning_signs(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot,
        paths: AppPaths) -> None:
    night = view(timer)
    timer.controller.start()
    for round_number in (1, 2, 3):
        advance(timer, clock, ROUND)
        assert current(timer) is night.done_page
        assert night.red_flags.isVisible() is (round_number == 3)
        if round_number < 3:
            click(qtbot, night.again_button)
    assert speaker.keys()[-1] == "red-flags"
    assert "doctor" in speaker.said[-1][2]
    # it carries "Release slowly." (said at the same moment, it would cut that off) and
    # was rendered ahead of need
    assert speaker.said[-1][2].startswith("Release slowly. ")
    assert speaker.said[-1][2] in speaker.prepared
    assert "See a doctor now." in night.red_flags.text()
    # the spoken warning carries the emergency too
    for words in ("chest pain", "call emergency services now", "do not drive yourself"):
        assert words in speaker.said[-1][2].lower()
    click(qtbot, night.red_flags_more)
    assert isinstance(current(timer), WarningSignsPage)
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert current(timer) is night.done_page  # back where the person was
    click(qtbot, night.better_button)
    assert current(timer) is night.care_page
    with Diary.open(paths.diary_file) as diary:
        (entry,) = diary.cramps()
    assert entry.outcome is CrampOutcome.BETTER and entry.red_flags_shown
    assert entry.rounds == 3


def three_rounds(timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> NightView:
    night = view(timer)
    timer.controller.start()
    for round_number in (1, 2, 3):
        advance(timer, clock, ROUND)
        if round_number < 3:
            click(qtbot, night.again_button)
    assert current(timer) is night.done_page and night.red_flags.isVisible()
    return night


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_after_the_warning_signs_the_focus_and_the_keys_lead_to_help(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot, key: Qt.Key) -> None:
    night = three_rounds(timer, clock, qtbot)
    assert night.red_flags_more.hasFocus()  # the first and focused action
    assert night.red_flags_more.objectName() == "bigAccent"  # and the one that stands out
    assert night.better_button.objectName() == "big"
    assert night.red_flags_more.accessibleName().startswith("Warning signs")
    layout = night.done_page.layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order.index(night.red_flags_more) < order.index(night.better_button)
    assert not night.instead_button.isVisible()  # no heat or massage instead
    assert night.again_button.isVisible()  # another round: by its own button only
    assert night.again_button.property("shownKey") == "A"  # Space is not another round
    assert "Space" not in night.again_button.toolTip()
    qtbot.keyClick(timer.window, key)
    assert isinstance(current(timer), WarningSignsPage)
    assert timer.controller.snapshot().session is not None
    assert timer.controller.snapshot().session.round == 3  # no fourth round
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert current(timer) is night.done_page
    timer.controller.primary()  # Space or Enter however it arrives: still no new round
    shot = timer.controller.snapshot()
    assert shot.session is not None and shot.session.phase is Phase.ROUND_DONE
    assert shot.session.round == 3
    click(qtbot, night.again_button)
    assert timer.controller.snapshot().session.round == 4  # its own button still works


def test_after_the_warning_signs_the_care_page_offers_only_cold(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    night = three_rounds(timer, clock, qtbot)
    click(qtbot, night.better_button)
    assert current(timer) is night.care_page
    assert not night.care_buttons[FollowupKind.HEAT].isVisible()
    assert not night.care_buttons[FollowupKind.MASSAGE].isVisible()
    assert night.care_buttons[FollowupKind.COLD].isVisible()
    assert night.care_warning.isVisible() and "no heat" in night.care_warning.text()
    night.care_buttons[FollowupKind.HEAT].click()  # even if it were reached somehow
    assert current(timer) is night.care_page and timer.controller.stage is Stage.AFTERCARE
    click(qtbot, night.care_buttons[FollowupKind.COLD])
    assert timer.controller.stage is Stage.FOLLOWUP


def test_massage_speaks_each_step_and_returns_to_the_choice(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot) -> None:
    night = view(timer)
    timer.controller.start()
    advance(timer, clock, ROUND)
    click(qtbot, night.better_button)
    click(qtbot, night.care_buttons[FollowupKind.MASSAGE])
    advance(timer, clock, MASSAGE_SAFETY_SECONDS + 120)
    keys = speaker.keys()
    assert keys[keys.index("care-safety"):] == [
        "care-safety", "massage-1", "massage-2", "massage-3", "massage-4", "care-end"]
    assert current(timer) is night.care_page


def test_stop_then_a_digit_key_rates_after_a_pause_and_esc_skips(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot, paths: AppPaths) -> None:
    night = view(timer)
    timer.controller.start()
    advance(timer, clock, 10)
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert current(timer) is night.rating_page
    qtbot.keyClick(timer.window, Qt.Key.Key_4)
    assert current(timer) is night.rating_page  # a leg may still follow
    advance(timer, clock, RATING_PAUSE_SECONDS)
    assert timer.window.pages.currentIndex() == 0
    timer.controller.start()
    timer.controller.stop()
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    with Diary.open(paths.diary_file) as diary:
        entries = sorted(diary.cramps(), key=lambda entry: entry.id)
    assert [entry.severity for entry in entries] == [4, None]


def test_tips_and_warning_signs_open_from_the_idle_page_and_esc_returns(
        timer: CrampTimer, qtbot: QtBot) -> None:
    for button, kind in ((timer.window.tips_button, TipsPage),
                         (timer.window.warning_button, WarningSignsPage)):
        click(qtbot, button)
        assert isinstance(current(timer), kind)
        qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
        assert timer.window.pages.currentIndex() == 0
        assert timer.window.cramp_now.hasFocus()


def test_cramp_now_works_from_a_page_of_reading(timer: CrampTimer, qtbot: QtBot) -> None:
    click(qtbot, timer.window.tips_button)
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)
    assert current(timer) is view(timer).run_page


@pytest.mark.parametrize(("seconds", "text"), [(45, "45"), (59, "59"), (60, "1:00"),
                                               (899, "14:59"), (1200, "20:00")])
def test_clock_text(seconds: int, text: str) -> None:
    assert clock_text(seconds) == text


def test_the_bedtime_routine_runs_from_its_button_and_is_in_the_diary(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot,
        paths: AppPaths) -> None:
    from cramp_timer.routines.model import bedtime_stretch, plan_seconds, routine_plan
    from cramp_timer.storage.diary import RoutineOutcome

    night = view(timer)
    click(qtbot, timer.window.routine_button)
    assert current(timer) is night.run_page
    assert night.round_label.text() == "Bedtime stretch"
    assert night.skip_button.isVisible()
    assert "left leg" in night.instruction.text()
    assert night.progress.text() == "Stretch 1 of 4 · left leg · get ready"
    qtbot.keyClick(timer.window, Qt.Key.Key_S)  # skip the first stretch
    assert "right leg" in night.instruction.text()
    assert night.progress.text() == "Stretch 2 of 4 · right leg · get ready"
    advance(timer, clock, plan_seconds(routine_plan(bedtime_stretch())))
    assert timer.window.pages.currentIndex() == 0
    with Diary.open(paths.diary_file) as diary:
        (run,) = diary.routine_runs()
    assert run.routine_name == "Bedtime stretch" and run.outcome is RoutineOutcome.PARTIAL
    assert "Relax." in [text for _t, _k, text in speaker.said]


@pytest.mark.parametrize(("voice", "rate", "paced_for"), [
    (True, 80, 80), (True, 150, None), (False, 80, None)])
def test_a_routine_gives_a_slow_voice_time_to_finish_the_get_ready_line(
        timer: CrampTimer, voice: bool, rate: int, paced_for: int | None) -> None:
    from cramp_timer.routines.model import bedtime_stretch, routine_plan

    timer.settings.replace(timer.settings.current().with_changes(
        voice_enabled=voice, voice_rate=rate))
    assert timer.run_routine() is None
    first = timer.controller.snapshot().session
    assert first is not None
    expected = routine_plan(bedtime_stretch(), paced_for)[0].seconds
    assert first.remaining == pytest.approx(expected)
    assert (expected > routine_plan(bedtime_stretch())[0].seconds) is (paced_for is not None)


def test_an_unknown_bedtime_routine_is_said_in_the_window(
        timer: CrampTimer, qtbot: QtBot) -> None:
    assert timer.run_routine("No such routine") is not None
    assert "No such routine" in timer.window.notice_text.text()
    assert timer.window.pages.currentIndex() == 0


class RecordingKeepAwake:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def hold(self, reason: str) -> None:
        self.calls.append(f"hold: {reason}")

    def release(self) -> None:
        self.calls.append("release")

    def close(self) -> None:
        self.calls.append("close")


def test_the_screen_is_kept_awake_while_something_runs_and_let_go_after(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    awake = RecordingKeepAwake()
    app = CrampTimer(paths, clock, speaker, desktop=Desktop(keep_awake=awake))  # type: ignore[arg-type]
    qtbot.addWidget(app.window)
    app.show()
    app.controller.start()
    advance(app, clock, ROUND)
    app.controller.better()
    app.controller.followup(FollowupKind.COLD)
    app.controller.stop()
    app.controller.finish_care()
    app.controller.rate(None, None)
    assert app.run_routine() is None
    app.shutdown()
    assert awake.calls == [
        "hold: A guided stretch is running", "release",
        "hold: A heat, cold or massage timer is running", "release",
        "hold: The bedtime routine is running", "release", "close"]


def test_esc_stops_a_stretch_begun_from_a_page_of_reading(timer: CrampTimer,
                                                          clock: FakeClock,
                                                          qtbot: QtBot) -> None:
    click(qtbot, timer.window.tips_button)
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)
    advance(timer, clock, 6)  # past getting into position (where Esc is "not a cramp")
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert current(timer) is view(timer).rating_page


def test_s_skips_only_in_a_routine_not_the_cramp_stretch_or_a_timer(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot) -> None:
    """The Skip button is shown only in a routine; its key must not end a hold or the heat
    timer where no Skip is on screen (a sleepy "S for stop" would cut the stretch short)."""
    from cramp_timer.core.session import Snapshot, StepKind

    def session() -> Snapshot:
        shot = timer.controller.snapshot().session
        assert shot is not None
        return shot

    night = view(timer)
    timer.controller.start()
    qtbot.keyClick(timer.window, Qt.Key.Key_S)  # getting into position
    step = session().step
    assert step is not None and step.kind is StepKind.PREPARE
    advance(timer, clock, 10)
    qtbot.keyClick(timer.window, Qt.Key.Key_S)  # in the hold, 40 s left
    assert session().phase is Phase.RUNNING
    assert session().remaining == pytest.approx(40)
    assert not night.skip_button.isVisible()
    advance(timer, clock, ROUND - 10)
    assert speaker.keys()[-2:] == ["release", "round-question"]
    click(qtbot, night.better_button)
    click(qtbot, night.care_buttons[FollowupKind.HEAT])
    advance(timer, clock, SAFETY_SECONDS + 8)
    qtbot.keyClick(timer.window, Qt.Key.Key_S)
    assert current(timer) is night.run_page and night.ring.digits.text() == "4:52"


def test_long_spoken_lines_never_make_the_window_taller_than_it_opens(
        night_theme: None, timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    """The window grows to fit its labels. A routine's get-ready line, shown in full as
    the caption under the same instruction, made it 932 pixels tall: on a 768-pixel
    screen Pause, Skip and Stop went off its bottom, and stayed there. Long lines are
    set smaller instead, within the height the window opens at."""
    from cramp_timer.routines.model import (
        INSTRUCTION_MAX_LENGTH,
        Routine,
        RoutineStep,
        Side,
        plan_seconds,
        routine_plan,
    )
    from cramp_timer.storage.window_state import WindowState

    wordy = Routine("Wordy", (RoutineStep(
        "Calf stretch with a towel, slowly", ("Keep the knee straight and breathe. " * 9)[
            :INSTRUCTION_MAX_LENGTH].strip(), Side.LEFT, 10, 1, 0),))
    timer.store.add(wordy)
    night = view(timer)
    tallest = 0
    for name in ("Bedtime stretch", "Bedtime stretch (seated)", "Wordy"):
        routine = next(r for r in timer.routines() if r.name == name)
        assert timer.run_routine(name) is None
        for _ in range(round(plan_seconds(routine_plan(routine)) / 0.5)):
            clock.advance(0.5)
            timer.controller.tick()
            tallest = max(tallest, timer.window.minimumSizeHint().height())
    assert current(timer) is not night.run_page
    assert tallest <= WindowState().height
    assert timer.window.height() == WindowState().height
    # a short line keeps the theme's size
    timer.controller.start()
    advance(timer, clock, 5)
    assert night.caption.text() == "Hold the stretch. Breathe slowly."
    # (once the window is back at full size: see `ui.fitting`)
    qtbot.waitUntil(lambda: night.caption.font().pixelSize() == 36, timeout=1000)


def test_a_long_caregiver_note_shows_its_start_and_keeps_the_window_on_the_screen(
        night_theme: None, timer: CrampTimer) -> None:
    """A note may be 1000 characters: the run page shows its first words (the whole note
    is on the Routines page and in the tooltip), in the theme's size."""
    from cramp_timer.routines.model import NOTE_MAX_LENGTH, Routine, RoutineStep, Side
    from cramp_timer.storage.window_state import WindowState
    from cramp_timer.ui.pages.night_view import NOTE_SHOWN_CHARS

    note = ("Keep the heel down and the knee straight; stop if it hurts. " * 20)[
        :NOTE_MAX_LENGTH].strip()
    timer.store.add(Routine("Physio plan", (RoutineStep(
        "Calf stretch", "Lean on the wall.", Side.LEFT, 10, 1, 0),),
        note=note, prescribed_by="Ms. Okafor, physiotherapist"))
    assert timer.run_routine("Physio plan") is None
    shown = view(timer).routine_note
    assert shown.isVisible()
    first, second = shown.text().split("\n")
    assert first == "Prescribed by Ms. Okafor, physiotherapist"
    assert second.endswith("…") and note.startswith(second[:-1])
    assert len(second) <= NOTE_SHOWN_CHARS + 1
    assert shown.toolTip() == note
    assert shown.font().pixelSize() == 18  # the theme's hint size: nothing shrunk
    assert timer.window.minimumSizeHint().height() <= WindowState().height
