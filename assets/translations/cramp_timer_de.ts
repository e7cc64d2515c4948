<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>CloseGuard</name>
        <message>
            <source>Keep Cramp Timer running?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bedtime reminder is on, but this desktop has no tray to keep Cramp Timer in. Keep it running without an icon? The window comes back at bedtime. If you quit, no reminder will come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit, no reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Seconds left in this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Countdown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrampTimer</name>
        <message>
            <source>Cramp Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer keeps running here, so it can remind you at bedtime. Quit it from this icon's menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session could not be written to your diary (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your diary could not be opened, so there is no history to show.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n diary entries are damaged and could not be read, so the history and exports leave them out. They are still in the diary file.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Your routines were changed from outside Cramp Timer; this is the latest list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deleted routine was the bedtime routine; the bedtime routine is now “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at login could not be changed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>Cramp Timer is now in your application menu (it may take a moment to appear). These files were written:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer was taken out of your application menu. These files were removed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer was not in your application menu; nothing was removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Scroll with the arrow keys or Page Up and Page Down. Esc goes back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Cramp diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp diary history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Six weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Is it helping?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen cramp entry (Delete key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save every cramp entry as a spreadsheet file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a summary to show your doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is in your diary yet.

Each time you use Cramp now or do the bedtime routine, that night shows up here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp entries of the chosen night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime routine and reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last six weeks in figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before and since the bedtime routine, in figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What these figures can and cannot say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your diary could not be read just now (%1). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This night could not be read (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That entry had already been deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry could not be deleted (%1). Your diary is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the cramp diary as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to %1. Cramp entries in the file: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a summary for your doctor as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the summary to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 could not be saved: %2. Nothing in your diary was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryReport</name>
        <message>
            <source>Night cramps: a summary for your doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights from %1 to %2 (%3 nights). Made on %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A night runs from noon to noon and is named by the date on which it began.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer only records what happened; it does not diagnose anything. Please go through these figures with your doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before and since the bedtime routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps a night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean severity (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime routine: done on %1 of the %2 nights in this range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month (nights)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week (nights)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights with cramps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How bad the cramps were</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rated after %1 of %2 cramps, from 0 (mild) to 10 (the worst): mean %3, lowest %4, highest %5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cramp was rated in these nights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the stretch ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not finished (app closed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care afterwards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The advice on warning signs (swelling, redness, warmth, or pain that stretching does not ease) was shown %1 times: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and %1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The advice on warning signs was not shown in these nights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Massage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eased with stretching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still cramping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every cramp in this range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cramp was recorded in these nights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine partly done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>snoozed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>started the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>severity %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cramps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not finished (the app was closed during the stretch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rounds: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stretched %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>severity %1 of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>heat %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cold %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>massage %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afterwards: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The advice on warning signs was shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cramps this night.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>started, not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partly done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime routine at %1: %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bedtime routine this night.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No night of the last six weeks has a rating.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rated nights: %1 of %2; their mean severity: %3 of 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was recorded in the last six weeks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last six weeks: %1 cramps on %2 of %3 nights; bedtime routine done on %4 nights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times the advice on warning signs was shown: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name on the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name to print on the summary (you may leave it empty):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the cramp entry of %1 at %2?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It cannot be brought back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart: cramps per night, last six weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps per night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart: mean severity per night, last six weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean severity, 0 to 10</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A guided stretch is running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A heat, cold or massage timer is running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bedtime routine is running</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cramp now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a guided calf stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the bedtime routine now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me a little later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze the reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No routine tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts a spoken, guided calf stretch. Space or Enter also starts it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tap the button or press Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bedtime routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evening stretches that make cramps rarer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When a cramp needs a doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer cramps: what helps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your cramp diary, charts and export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold time, stretch, voice, timers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines, check setup, welcome, about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Routines…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check setup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning &amp;signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dim the screen (D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Cramp Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Cramp Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer %1

Talks you through a night-time calf cramp and reminds you to stretch at bedtime. Self-care help, not a diagnosis. Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voices: Piper (GPL-3.0-or-later) with its English voice "joe" (recordings free to use, CC0; built on the lessac voice), and espeak-ng (GPL-3.0-or-later). More in docs/voices.md.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NightBar</name>
        <message>
            <source>Time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speak more quietly (− key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>− Quieter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speak louder (+ key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Louder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice %1 %</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NightView</name>
        <message>
            <source>0 is no pain, 10 the worst you can imagine. Keys 0 to 9 work too; 1 then 0 is 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of 10. Kept in a few seconds, or press Done now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new cramp: start the stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round number, or which timer runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoken words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who prescribed this routine, and their note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the routine is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume (P or Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On to the next stretch (S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip to the next stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a cramp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mistaken press: stop, and nothing goes in the diary (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How is the cramp now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cramp has eased (B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still cramping — again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another round of the same stretch (A or Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat or massage instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try warmth or a massage instead of stretching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End without an answer (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything else for the sore calf?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warmth on the calf, with a timer that reminds you to switch a heat pad off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A wrapped ice pack, once the cramp has passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two minutes of guided massage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why only cold is offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the warning signs: no heat and no massage. Cold only once the cramp has passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No, I'm done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish and rate the cramp (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How often you were reminded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The heating pad is off (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How bad was it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate the cramp %1 of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which leg? (if you like)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cramp was in this leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rating this time (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this rating now (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was a mistaken press: nothing goes in the diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminded %1 times</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Round %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Another round of the same stretch (A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new cramp? Is the heating pad off?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, it is off: stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat stopped.
Please switch the heating pad off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time is up.
Please switch the heating pad off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prescribed by %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Start now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip tonight</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter the PIN to change the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the PIN to change the routines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the PIN to import routines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the PIN to delete from the diary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can try again now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinSettingsDialog</name>
        <message>
            <source>PIN lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Current PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN is set. Keep it somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN was removed. Nothing is locked now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this routine, to change the copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give this routine a new name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dele&amp;te</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add routines from a routine file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save routines to a file for another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This routine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All my routines…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Run now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start this routine now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it to make your own version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prescribed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example: Dr. Ames, physiotherapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prescribed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Up and Alt+Down move a step, Insert adds one, Delete removes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step below this one (Insert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this step (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move this step up (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move this step down (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoken instruction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repetitions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest between (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Step name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le&amp;g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ho&amp;ld (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;epetitions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest &amp;between (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spea&amp;k this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hear how this step will be said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this value was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (built in, read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this routine?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the routine “%1”? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine files (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name already taken</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You already have a routine called %1. Keep both (the new one gets another name) or replace yours with the one from the file?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your routines were changed from outside; this is the latest list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the routine to %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %n routines to %1.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SelfCheck</name>
        <message>
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAIL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer {version}: checking this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fix: {fix}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer can do its job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer cannot work yet: fix the FAIL lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{verdict} ({failures} failed, {warnings} warnings, {seconds:.1f} s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Qt check could not be started ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reinstall Cramp Timer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt did not start within {seconds:.0f} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run cramp-timer from a terminal in your desktop session and look at what it prints.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Qt check gave no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not checked, because Qt did not start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the Qt platform first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System tray</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{platform} (Qt {qt}, screens: {screens})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{found}: windows are drawn off screen, nothing will be visible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unset QT_QPA_PLATFORM to see the window on your desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no system tray here, so there is no tray icon; the window and cramp-timer --now still work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a system tray (status icons) area to your desktop panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a notification service answers on the session D-Bus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no session D-Bus ({error}); reminders can only show in the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no notification service on the session D-Bus; reminders can only show in the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Cramp Timer in a full desktop session, which provides notifications.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot reach the display {display}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no display: DISPLAY and WAYLAND_DISPLAY are not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Cramp Timer from inside your desktop session (not over ssh), or try it without one: xvfb-run -a cramp-timer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a library Qt needs is missing: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install it: sudo apt install libxcb-cursor0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt could not start: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run QT_DEBUG_PLUGINS=1 cramp-timer --self-check to see which library is missing, then install it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speech</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no voice ({reason}); cues are shown as captions, with a chime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install the speech engine: sudo apt install espeak-ng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the speech helper did not start within {seconds:.0f} s{more}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{why}; a test phrase became {seconds:.1f} s of espeak-ng speech</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase was not ready within {timeout:.0f} s; the first cues may come late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the check again when the computer is less busy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase gave no sound{more}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{engine} ({voices} voices); a test phrase became {seconds:.1f} s of speech</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{player} is missing, so no voice or chime can be played; cues are still shown as captions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install it: sudo apt install alsa-utils</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{player} plays through the sound server {server}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{player} plays through the sound server at {socket}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{player} plays to the sound card {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no sound server or sound card answered, so cues may be silent; captions still show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that your speakers are on, or install a sound server: sudo apt install pulseaudio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diary folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} cannot be used: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME to folders you own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move it out of the way: mv {folder} {folder}.old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} belongs to {owner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you cannot write in {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>others can open {path} (mode {mode:04o})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you cannot write {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>others can read {path} (mode {mode:04o})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} cannot be made, because {blocker} is a file, not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the file out of the way: mv {blocker} {blocker}.old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} cannot be made: you cannot write in {parent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make {parent} yours: sudo chown {user} {parent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} (made, private, when Cramp Timer first starts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none yet; it is made at the first cramp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make it yours: sudo chown {user} {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty; it is set up at the first cramp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged or not a diary ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>written by a newer Cramp Timer (diary format {version}; this one reads up to {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install the newest Cramp Timer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cramps} cramps and {routines} bedtime routines recorded; every page checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diary moved aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} could not be read, so it was moved aside and a new diary started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it for a helper to look at, or delete it if you do not need its entries: rm {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diary entries waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} holds entries not yet written to the diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free some disk space or fix the diary folder; Cramp Timer writes them at its next start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelfCheckDialog</name>
        <message>
            <source>Check setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The outcome of the check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking this computer. This takes a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer can do its job on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something needs fixing before Cramp Timer can work. Each FAIL line says how.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Cramp Timer settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold time in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hold the stretch for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to get into position, in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time to get into position (seated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to get up and into position when standing, in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to get up (stand&amp;ing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat timer in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat ti&amp;mer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cold timer in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cold timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;eated: leg straight, toes and foot drawn up toward you (a towel helps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;anding: get up slowly, hold on to something steady, weight on the cramped leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Speak the steps aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoken guidance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd voice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a Piper voice: its .onnx file, with its .onnx.json file beside it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V&amp;oice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaking rate, words per minute</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n words a minute</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume, percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vo&amp;lume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me to stretch at &amp;bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder time, such as 22:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also say the reminder aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;nooze for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ro&amp;utine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Cramp Timer in the tray when I lo&amp;g in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set, change or remove the &amp;PIN…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PIN is set: the settings, the routines and deleting diary entries ask for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a Piper voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Piper voices (*.onnx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the voice %1. Press Test voice to hear it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>“%1” is not a time. Type it like 22:30. It stays at %2 until then.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Cramp Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the bedtime routine now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrialAnswer</name>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps a night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too few nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart: cramps a night, before and since the bedtime routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cramps: %1, nights: %2, rated: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once a few nights are in your diary, this page shows whether the bedtime routine goes with fewer cramps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not done the bedtime routine yet, so there is nothing to compare. Your nights are in the Nights list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since you started the bedtime routine: %1 cramps a night, before %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You started the bedtime routine on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before that, only %1 nights are in your diary: too few to compare (at least %2 are needed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since then, %1 nights have passed: too few to compare yet (at least %2 are needed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You started less than six weeks ago, so “since” covers the %1 nights there are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How bad, on average from 0 to 10: since %1, before %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On nights you did the routine: %1 cramps a night. On nights you did not: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights with and without the routine: too few of one kind to compare (%1 with, %2 without; at least %3 each).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behind these figures: before, %1. Since, %2. With the routine, %3. Without, %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is your own record, not proof. Cramps come and go for many reasons, and a night with nothing in the diary counts as a night without a cramp. The night that is going on now is not counted yet. Talk it over with your doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Six weeks before the routine began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest six weeks since it began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights with the routine done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights without it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoiceFile</name>
        <message>
            <source>{name} is not a Piper voice's settings file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a Piper voice: choose the file that ends in .onnx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is missing: a Piper voice needs both its .onnx file and its .onnx.json file in the same folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be read ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is {size} MB, larger than any Piper voice ({limit} MB at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is too large to be a Piper voice's settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged or not a voice model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} belongs to another voice ({language}, {quality}) than {model}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The voice could not be copied ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This voice was not added: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarningControl</name>
        <message>
            <source>Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When a cramp needs a doctor (W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs: what to do now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Cramp now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cramp right now? Start the stretch (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Cramp Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When a calf cramp wakes you, tap Cramp now or press Space: a calm voice talks you through a stretch. In the evening it can remind you to do a short stretching routine, which makes night cramps rarer.

It gives self-care help. It does not diagnose anything and does not replace a doctor. Everything you record stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How will you stretch?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting up in bed, leg straight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standing, weight on the cramped leg: get up slowly and hold on to something steady, such as a wall, a chair or the bed frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hear the voice once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me to stretch at bedtime (22:00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Cramp Timer when I log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the usual settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep these choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me to stretch at bedtime (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>aftercare</name>
        <message>
            <source>Heat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Massage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please switch the heating pad off now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new cramp. Is the heating pad off? Press Space when it is, and the stretch starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Halfway there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One minute left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on a leg that is swollen, red or warm, and not where the leg is numb or feels little: heat burns skin that cannot feel it. Otherwise lay a heat pad, or a towel you have warmed, on the calf: warm, never hot. Do not fall asleep with a heat pad on: this timer will remind you to switch it off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one: heat burns what you cannot feel. Warm, not hot. Never sleep with it on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not rub a leg that is swollen, red or warm, or where it is numb or feels little. Sit so you can reach your calf easily.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one. Sit so you can reach your calf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warmth on the calf. Rest and breathe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The warmth is on. Rest and breathe slowly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use cold only once the cramp has let go. Wrap the ice pack in a cloth: never put ice straight on the skin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only once the cramp has passed. Wrap the ice pack in a cloth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrapped ice pack on the sore spot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cold pack on. Rest and breathe slowly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time is up. Take the ice pack off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rub the calf gently with both hands to warm it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knead the calf, working from the ankle up toward the knee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep kneading upward, slow and firm. Ease off if it hurts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now stroke lightly from the ankle to the knee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is enough. Let the leg rest.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>Paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Going on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stretch is on. Follow the voice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a cramp: nothing was written in your diary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no routine called “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish what is on the screen first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cues</name>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Then lean your weight onto the cramped leg, heel flat on the floor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit with the cramped leg straight out. Draw your toes and foot up toward your knee. A towel looped around the foot helps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Weight on the cramped leg, heel down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leg straight. Pull your foot toward you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight on the cramped leg, heel down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leg straight, foot pulled toward you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold the stretch. Breathe slowly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Halfway. Keep breathing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ten seconds left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Four.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Five.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release slowly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>en</source>
            <comment>language code of the spoken lines</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the voice that will guide you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>diary</name>
        <message>
            <source>Your cramp diary could not be read ({reason}), so it was moved aside to {path} and a new diary was started. Nothing was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full, so tonight's entries cannot be written to your diary yet. They are kept and written as soon as there is room again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your cramp diary cannot be written just now, so tonight's entries are kept and written as soon as it can be. ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a diary, or it is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it was written by a newer version of Cramp Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it could not be opened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>diary_cli</name>
        <message>
            <source>There is no diary yet ({file}), so nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The diary could not be read ({error}). Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is recorded in the diary for those nights, so nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {file} could not be written: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %n cramp entries to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Saved the summary of the nights {first} to {last} to {file}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>guidance</name>
        <message>
            <source>Fewer night cramps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drink through the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sip water steadily from morning to evening, unless a doctor told you to limit fluids.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Muscles need enough fluid, and the minerals that come with it, to relax again after they tighten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eat foods with potassium and magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potassium: bananas and sweet potatoes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium: spinach and other dark green vegetables, almonds and pumpkin seeds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calcium matters too: milk, yoghurt and cheese, or fortified drinks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thinking about a supplement? Talk it over with your doctor first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch gently before bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few minutes of calf and hamstring stretches in the evening can make night cramps rarer (shown in one trial).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Bedtime routine in this app talks you through them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stretch should pull firmly. It should never hurt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your toes from pointing down in bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lying with the toes pointed keeps the calf short, and that can set off a cramp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the covers loose at the foot of the bed, so they do not press your toes down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pillow at your feet, under the covers, can hold their weight off your toes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest tired muscles, move after sitting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Muscles that worked hard or for long during the day are more likely to cramp at night.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting for hours can leave the calf short and tight. Get up and walk about now and then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask about your medicines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some medicines can make cramps more likely. Water tablets (diuretics) and statins for cholesterol are two examples; there are others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you wonder whether a medicine plays a part, ask your doctor or pharmacist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never stop or change a medicine on your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cramp, or restless legs?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cramp is a hard, painful tightening of the muscle. You can often feel the knot with your hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restless legs feel different: an urge to move the legs, with odd feelings such as tingling or crawling, that eases when you move.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If that sounds more like your nights, mention it to your doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talk to your doctor if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps come often, or every night, or keep waking you up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cramp goes on for more than 10 minutes: ask for an appointment the same day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps come with weakness or numbness in the leg, or the leg muscles seem to shrink or get weaker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are pregnant and cramps trouble you: tell your midwife or doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramps began after you started a new medicine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These tips and stretching have not helped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some pains feel like cramps but are not: the Warning signs page lists them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any warning sign appears. Those need a doctor now: see the Warning signs page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See a doctor now if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leg is swollen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leg is red, or warm to the touch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pain is constant and stays, even after you stretch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretching does not relieve the cramp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it matters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These can be signs of a blood clot in a deep vein of the leg, called deep vein thrombosis (DVT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a doctor can tell. Do not wait for the morning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until a doctor has seen it, do not rub, massage or warm a leg that is swollen, red or warm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pains that may not be a cramp: tell your doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calf pain that comes on when you walk and eases when you rest. Narrowed arteries in the leg can do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foot or calf pain at night that eases when you let your legs hang over the edge of the bed. This can be poor blood flow too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heavy, aching legs that swell or throb after lying down. Weak valves in the leg veins can cause this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbness, tingling or burning in the feet or legs. Nerves can cause this, for example with diabetes. Do not put heat on a numb leg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain that spreads down the leg from the lower back. A pressed nerve in the back can do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call emergency services if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You suddenly feel short of breath.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is pain in your chest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A clot can travel to the lungs. That is an emergency: call straight away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not drive yourself. Call for an ambulance, or ask someone to drive you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If the leg is swollen, red or warm, or the pain will not ease, see a doctor now. It can be a blood clot. Chest pain or sudden breathlessness: call emergency services now. Do not drive yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leg swollen, red or warm? Pain that will not ease?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See a doctor now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chest pain or short of breath? Call emergency services.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lock</name>
        <message>
            <source>The PIN prevents accidental changes to the settings, the routines and the diary. It does not stop someone who can open this computer's files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgot the PIN? Delete the file {file} to remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong tries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please wait 1 second, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please wait {seconds} seconds, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please wait {minutes} minutes, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the current PIN first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is empty or damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN lock file cannot be read ({reason}), so the settings stay locked. To reset the PIN, delete {file} (see "Forgotten PIN" in the README).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN lock could not be saved: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>night</name>
        <message>
            <source>How is the cramp now?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>{problems} Cramp now works as usual; what would be kept there is kept only until the app closes. Check setup (in the More menu) says how to fix it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cramp Timer cannot use the folder {folder}: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Time for your {routine}. A few minutes of stretching makes night cramps rarer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>routine_cli</name>
        <message>
            <source>Nothing was imported. Add --replace to replace your routines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No PIN was given on standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PIN is set. Run this at a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the routine {name} to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n routines to {file}: {names}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>routine_editing</name>
        <message>
            <source>Prescribed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The step's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The spoken instruction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repetitions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calf stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit with this leg straight out and pull the toes gently toward you.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A routine has at most %n steps.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A routine needs at least one step. Delete the routine instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a routine first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it and change the copy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>routine_files</name>
        <message numerus="yes">
            <source>and %n more problems</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>These routines would make a file of {size}, and a routine file may be at most 1 MiB, so nothing was written. Shorten or delete some routines first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a folder, not a routine file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is {size}; a routine file may be at most 1 MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is not UTF-8 text (byte {byte} at offset {offset})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON at line {line}, column {column}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: {word} is not a number JSON allows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is nested too deeply to be a routine file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file must hold one JSON object, not {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is not a Cramp Timer routine file ("format" must be "{marker}")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routines: must be a list, not {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routines: is empty; a file holds at least one routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>version: must be a whole number from 1 up, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>made by a newer Cramp Timer (format version {version}; this one reads {supported})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routines[{index}].name: {name} is also the name of routines[{other}]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: appears more than once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: is not a known field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must be an object, not {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {value} is above {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {value} is below {low}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must be a whole number, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must be a whole number from {low} to {high}, not {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {value} is not one of: {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must be one of: {choices} (not {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: is empty; it needs {low} to {high} items</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{path}: has %n items; it may have {low} to {high}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{path}: must be a list, not {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must be true or false, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must be text, not {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: is not valid text (a lone surrogate escape)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{path}: is %n characters long; the most is {high}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{path}: is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: holds an invisible or text-direction character (such as a zero-width space or a right-to-left override); type it again without it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must be one line, without tabs or control characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must not contain control characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>routine_store</name>
        <message>
            <source>Imported the routine {name} from {file}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n routines from {file}: {names}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>It replaced the routine(s) of the same name: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{old} was taken, so it is called {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {name} is the name of a built-in routine; give it another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {name} is already one of your routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no routines of your own to export yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one routine to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routines could not be written to {file}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no routine called {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} comes with Cramp Timer and cannot be changed or deleted. You can duplicate it and change the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is the name of a built-in routine. Please choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a routine called {name}. Please choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your routines file could not be read or moved out of the way, so changes cannot be saved. Move it away and start Cramp Timer again: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your routines could not be saved: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routines[{index}].name: {name} is the name of a built-in routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your routines were saved by a newer version of Cramp Timer, so only the built-in routines are available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your routines file could not be read, so only the built-in routines are available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be moved out of the way either: {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The old file was kept as {name}; once it is mended it can be imported again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>routines</name>
        <message>
            <source>Bedtime stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime stretch (seated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not part of a routine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} must be a group of named values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} must be one line of {low} to {high} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} must be text of {low} to {high} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} must be a whole number from {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} must be one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} must be a list of {low} to {high} items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calf stretch against the wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Face a wall with both hands on it. Step this leg back, heel down, knee straight. Lean in until the calf pulls firmly, but it does not hurt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standing hamstring stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold on to something steady. Put this heel a small step forward, toes up. Bend the other knee and lean forward from the hips until the back of the thigh pulls firmly, but it does not hurt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seated calf stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit with this leg straight out. Put a towel around the ball of the foot and draw the foot toward you until the calf pulls firmly, but it does not hurt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seated hamstring stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit on the edge of the bed or a chair. Put this leg straight out, heel down, toes up. Lean forward from the hips, back straight, until the thigh pulls firmly but does not hurt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calf and hamstring stretches, each leg, held 10 seconds, three times, just before bed. In a six-week study of 80 adults (Hallegraeff and others, 2012) this led to fewer and milder night cramps. Each stretch should pull firmly but never hurt; stop if it hurts. Keep breathing: never hold your breath.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise}, left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise}, right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise}, both legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heading}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heading}. {instruction}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relax. Next: {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slowly into the stretch: firm, not painful.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heading}: move into stretch {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold it there. Keep breathing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relax. That is the whole routine. Sleep well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heading}: stretch {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relax.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relax. Stretch {number} of {count} comes next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>get ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rest, then hold {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hold {number} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>stretch hold time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>get-ready time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>get-ready time standing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spoken guidance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speaking speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>voice volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>heat time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cold time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>welcome shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bedtime reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reminder time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reminder days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spoken reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>snooze time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bedtime routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dim screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings were saved by a newer version of Cramp Timer. This version uses the settings it understands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some settings could not be used, so the usual values are back for: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some entries in the settings file were not recognised: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file had no usable version number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The file could not be moved out of the way either: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The old file was kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file could not be repaired, so this may show again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The old file was kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
