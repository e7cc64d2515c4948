<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>CloseGuard</name>
        <message>
            <source>Keep Cramp Timer running?</source>
            <translation>Cramp Timer weiterlaufen lassen?</translation>
        </message>
        <message>
            <source>Your bedtime reminder is on, but this desktop has no tray to keep Cramp Timer in. Keep it running without an icon? The window comes back at bedtime. If you quit, no reminder will come.</source>
            <translation>Ihre Abenderinnerung ist eingeschaltet, aber dieser Desktop hat keinen Infobereich, in dem Cramp Timer bleiben kann. Soll es ohne Symbol weiterlaufen? Das Fenster erscheint zur Schlafenszeit wieder. Wenn Sie es beenden, kommt keine Erinnerung.</translation>
        </message>
        <message>
            <source>Keep running</source>
            <translation>Weiterlaufen</translation>
        </message>
        <message>
            <source>Quit, no reminder</source>
            <translation>Beenden, keine Erinnerung</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Seconds left in this step</source>
            <translation>Verbleibende Sekunden in diesem Schritt</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Countdown</translation>
        </message>
    </context>
    <context>
        <name>CrampTimer</name>
        <message>
            <source>Cramp Timer keeps running here, so it can remind you at bedtime. Quit it from this icon's menu.</source>
            <translation>Cramp Timer läuft hier weiter, damit es Sie zur Schlafenszeit erinnern kann. Beenden können Sie es über das Menü dieses Symbols.</translation>
        </message>
        <message>
            <source>This session could not be written to your diary (%1).</source>
            <translation>Diese Sitzung konnte nicht in Ihr Tagebuch geschrieben werden (%1).</translation>
        </message>
        <message>
            <source>Your diary could not be opened, so there is no history to show.</source>
            <translation>Ihr Tagebuch konnte nicht geöffnet werden, daher gibt es keinen Verlauf zum Anzeigen.</translation>
        </message>
        <message numerus="yes">
            <source>%n diary entries are damaged and could not be read, so the history and exports leave them out. They are still in the diary file.</source>
            <translation>
                <numerusform>%n Tagebucheintrag ist beschädigt und konnte nicht gelesen werden, daher fehlt er im Verlauf und in den Exporten. Er steht weiterhin in der Tagebuchdatei.</numerusform>
                <numerusform>%n Tagebucheinträge sind beschädigt und konnten nicht gelesen werden, daher fehlen sie im Verlauf und in den Exporten. Sie stehen weiterhin in der Tagebuchdatei.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Your routines were changed from outside Cramp Timer; this is the latest list.</source>
            <translation>Ihre Routinen wurden außerhalb von Cramp Timer geändert; dies ist die neueste Liste.</translation>
        </message>
        <message>
            <source>Your settings could not be saved: %1</source>
            <translation>Ihre Einstellungen konnten nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Start at login could not be changed: %1</source>
            <translation>„Beim Anmelden starten“ konnte nicht geändert werden: %1</translation>
        </message>
        <message>
            <source>The deleted routine was the bedtime routine; the bedtime routine is now “%1”.</source>
            <translation>Die gelöschte Routine war die Abendroutine; die Abendroutine ist jetzt „%1“.</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>Cramp Timer is now in your application menu (it may take a moment to appear). These files were written:</source>
            <translation>Cramp Timer ist jetzt in Ihrem Anwendungsmenü (es kann einen Moment dauern, bis es erscheint). Diese Dateien wurden geschrieben:</translation>
        </message>
        <message>
            <source>Cramp Timer was taken out of your application menu. These files were removed:</source>
            <translation>Cramp Timer wurde aus Ihrem Anwendungsmenü entfernt. Diese Dateien wurden gelöscht:</translation>
        </message>
        <message>
            <source>Cramp Timer was not in your application menu; nothing was removed.</source>
            <translation>Cramp Timer war nicht in Ihrem Anwendungsmenü; nichts wurde entfernt.</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Scroll with the arrow keys or Page Up and Page Down. Esc goes back.</source>
            <translation>Blättern Sie mit den Pfeiltasten oder Bild auf und Bild ab. Esc geht zurück.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>Zurück zum Timer (Esc)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Cramp diary</source>
            <translation>Krampftagebuch</translation>
        </message>
        <message>
            <source>Cramp diary history</source>
            <translation>Verlauf des Krampftagebuchs</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Diese Meldung ausblenden</translation>
        </message>
        <message>
            <source>History pages</source>
            <translation>Verlaufsseiten</translation>
        </message>
        <message>
            <source>&amp;Nights</source>
            <translation>&amp;Nächte</translation>
        </message>
        <message>
            <source>&amp;Six weeks</source>
            <translation>&amp;Sechs Wochen</translation>
        </message>
        <message>
            <source>&amp;Is it helping?</source>
            <translation>&amp;Hilft es?</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>Eintrag &amp;löschen</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <source>Delete the chosen cramp entry (Delete key)</source>
            <translation>Den gewählten Krampfeintrag löschen (Entf-Taste)</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Save every cramp entry as a spreadsheet file</source>
            <translation>Alle Krampfeinträge als Tabellendatei speichern</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>&amp;PDF exportieren…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
        <message>
            <source>Save a summary to show your doctor</source>
            <translation>Eine Übersicht für Ihren Arzt speichern</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Nothing is in your diary yet.

Each time you use Cramp now or do the bedtime routine, that night shows up here.</source>
            <translation>Ihr Tagebuch ist noch leer.

Jedes Mal, wenn Sie „Krampf jetzt“ nutzen oder die Abendroutine machen, erscheint diese Nacht hier.</translation>
        </message>
        <message>
            <source>Nights, newest first</source>
            <translation>Nächte, neueste zuerst</translation>
        </message>
        <message>
            <source>The chosen night</source>
            <translation>Die gewählte Nacht</translation>
        </message>
        <message>
            <source>Cramp entries of the chosen night</source>
            <translation>Krampfeinträge der gewählten Nacht</translation>
        </message>
        <message>
            <source>Bedtime routine and reminder</source>
            <translation>Abendroutine und Erinnerung</translation>
        </message>
        <message>
            <source>The last six weeks in figures</source>
            <translation>Die letzten sechs Wochen in Zahlen</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine, in figures</source>
            <translation>Vor und seit der Abendroutine, in Zahlen</translation>
        </message>
        <message>
            <source>What these figures can and cannot say</source>
            <translation>Was diese Zahlen aussagen können und was nicht</translation>
        </message>
        <message>
            <source>Your diary could not be read just now (%1). Nothing was changed.</source>
            <translation>Ihr Tagebuch konnte gerade nicht gelesen werden (%1). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>This night could not be read (%1).</source>
            <translation>Diese Nacht konnte nicht gelesen werden (%1).</translation>
        </message>
        <message>
            <source>Night of %1</source>
            <translation>Nacht vom %1</translation>
        </message>
        <message>
            <source>That entry had already been deleted.</source>
            <translation>Dieser Eintrag war schon gelöscht.</translation>
        </message>
        <message>
            <source>The entry could not be deleted (%1). Your diary is as it was.</source>
            <translation>Der Eintrag konnte nicht gelöscht werden (%1). Ihr Tagebuch ist unverändert.</translation>
        </message>
        <message>
            <source>The entry was deleted.</source>
            <translation>Der Eintrag wurde gelöscht.</translation>
        </message>
        <message>
            <source>Save the cramp diary as CSV</source>
            <translation>Krampftagebuch als CSV speichern</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Saved to %1. Cramp entries in the file: %2.</source>
            <translation>Gespeichert in %1. Krampfeinträge in der Datei: %2.</translation>
        </message>
        <message>
            <source>Save a summary for your doctor as PDF</source>
            <translation>Eine Übersicht für Ihren Arzt als PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the summary to %1.</source>
            <translation>Die Übersicht wurde in %1 gespeichert.</translation>
        </message>
        <message>
            <source>Saving to %1…</source>
            <translation>Wird in %1 gespeichert…</translation>
        </message>
        <message>
            <source>The file %1 could not be saved: %2. Nothing in your diary was changed.</source>
            <translation>Die Datei %1 konnte nicht gespeichert werden: %2. In Ihrem Tagebuch wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>HistoryReport</name>
        <message>
            <source>Night cramps: a summary for your doctor</source>
            <translation>Nächtliche Krämpfe: eine Übersicht für Ihren Arzt</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Name: %1</translation>
        </message>
        <message>
            <source>Nights from %1 to %2 (%3 nights). Made on %4.</source>
            <translation>Nächte vom %1 bis %2 (%3 Nächte). Erstellt am %4.</translation>
        </message>
        <message>
            <source>A night runs from noon to noon and is named by the date on which it began.</source>
            <translation>Eine Nacht reicht von Mittag bis Mittag und trägt das Datum des Tages, an dem sie begann.</translation>
        </message>
        <message>
            <source>Cramp Timer only records what happened; it does not diagnose anything. Please go through these figures with your doctor.</source>
            <extracomment>disclaimer for the doctor: the app only records, it does not diagnose; go through the figures with a doctor. Claim no accuracy.</extracomment>
            <translation>Cramp Timer zeichnet nur auf, was geschehen ist; es stellt keine Diagnose. Bitte besprechen Sie diese Zahlen mit Ihrem Arzt.</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine</source>
            <translation>Vor und seit der Abendroutine</translation>
        </message>
        <message>
            <source>Nights compared</source>
            <translation>Verglichene Nächte</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nächte</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Krämpfe</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>Krämpfe pro Nacht</translation>
        </message>
        <message>
            <source>Mean severity (0–10)</source>
            <translation>Mittlere Stärke (0–10)</translation>
        </message>
        <message>
            <source>Bedtime routine: done on %1 of the %2 nights in this range.</source>
            <translation>Abendroutine: gemacht in %1 der %2 Nächte in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Cramps per month</source>
            <translation>Krämpfe pro Monat</translation>
        </message>
        <message>
            <source>Month (nights)</source>
            <translation>Monat (Nächte)</translation>
        </message>
        <message>
            <source>Cramps per week</source>
            <translation>Krämpfe pro Woche</translation>
        </message>
        <message>
            <source>Week (nights)</source>
            <translation>Woche (Nächte)</translation>
        </message>
        <message>
            <source>Nights with cramps</source>
            <translation>Nächte mit Krämpfen</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>Abendroutine gemacht</translation>
        </message>
        <message>
            <source>All nights</source>
            <translation>Alle Nächte</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>%1 of %2 nights</source>
            <translation>%1 von %2 Nächten</translation>
        </message>
        <message>
            <source>How bad the cramps were</source>
            <translation>Wie stark die Krämpfe waren</translation>
        </message>
        <message>
            <source>Rated after %1 of %2 cramps, from 0 (mild) to 10 (the worst): mean %3, lowest %4, highest %5.</source>
            <translation>Bewertet nach %1 von %2 Krämpfen, von 0 (leicht) bis 10 (am schlimmsten): Mittelwert %3, niedrigster Wert %4, höchster Wert %5.</translation>
        </message>
        <message>
            <source>No cramp was rated in these nights.</source>
            <translation>In diesen Nächten wurde kein Krampf bewertet.</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Was geholfen hat</translation>
        </message>
        <message>
            <source>How the stretch ended</source>
            <translation>Wie die Dehnung endete</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>Mit Dehnen gelöst</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>Nach dem Dehnen noch verkrampft</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>Dehnung vorzeitig beendet</translation>
        </message>
        <message>
            <source>Not finished (app closed)</source>
            <translation>Nicht beendet (App geschlossen)</translation>
        </message>
        <message>
            <source>Care afterwards</source>
            <translation>Nachsorge</translation>
        </message>
        <message>
            <source>Times used</source>
            <translation>Wie oft genutzt</translation>
        </message>
        <message>
            <source>Minutes in all</source>
            <translation>Minuten insgesamt</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>heading: use the same words as the app's Warning signs page.</extracomment>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>The advice on warning signs (swelling, redness, warmth, or pain that stretching does not ease) was shown %1 times: %2.</source>
            <extracomment>keep the four signs as listed; the advice was shown, which is not a clot or a diagnosis. %1 is a count, %2 the dates.</extracomment>
            <translation>Der Hinweis zu Warnzeichen (Schwellung, Rötung, Wärme oder Schmerz, den Dehnen nicht lindert) wurde %1-mal angezeigt: %2.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>und %1 weitere</translation>
        </message>
        <message>
            <source>The advice on warning signs was not shown in these nights.</source>
            <extracomment>only says the advice was not shown; must not imply the legs are healthy or there was no risk.</extracomment>
            <translation>Der Hinweis zu Warnzeichen wurde in diesen Nächten nicht angezeigt.</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>nicht beendet</translation>
        </message>
        <message>
            <source>eased with stretching</source>
            <translation>mit Dehnen gelöst</translation>
        </message>
        <message>
            <source>still cramping</source>
            <translation>noch verkrampft</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>vorzeitig beendet</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>both</source>
            <translation>beide</translation>
        </message>
        <message>
            <source>Every cramp in this range</source>
            <translation>Alle Krämpfe in diesem Zeitraum</translation>
        </message>
        <message>
            <source>No cramp was recorded in these nights.</source>
            <translation>In diesen Nächten wurde kein Krampf aufgezeichnet.</translation>
        </message>
        <message>
            <source>Night of</source>
            <translation>Nacht vom</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Bein</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Stärke</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 Min. %2 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>routine done</source>
            <translation>Routine gemacht</translation>
        </message>
        <message>
            <source>routine partly done</source>
            <translation>Routine teilweise gemacht</translation>
        </message>
        <message>
            <source>routine stopped</source>
            <translation>Routine abgebrochen</translation>
        </message>
        <message>
            <source>routine not finished</source>
            <translation>Routine nicht beendet</translation>
        </message>
        <message>
            <source>no routine</source>
            <translation>keine Routine</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ausgelassen</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>später erinnert</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>verpasst</translation>
        </message>
        <message>
            <source>started the routine</source>
            <translation>Routine gestartet</translation>
        </message>
        <message>
            <source>Cramps: %1</source>
            <translation>Krämpfe: %1</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>Stärke %1</translation>
        </message>
        <message>
            <source>No cramps</source>
            <translation>Keine Krämpfe</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>Not finished (the app was closed during the stretch)</source>
            <translation>Nicht beendet (die App wurde während der Dehnung geschlossen)</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>Mit Dehnen gelöst</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>Nach dem Dehnen noch verkrampft</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>Dehnung vorzeitig beendet</translation>
        </message>
        <message>
            <source>Rounds: %1</source>
            <translation>Runden: %1</translation>
        </message>
        <message>
            <source>stretched %1</source>
            <translation>%1 gedehnt</translation>
        </message>
        <message>
            <source>severity %1 of 10</source>
            <translation>Stärke %1 von 10</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>linkes Bein</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>rechtes Bein</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>beide Beine</translation>
        </message>
        <message>
            <source>Afterwards: %1</source>
            <translation>Danach: %1</translation>
        </message>
        <message>
            <source>The advice on warning signs was shown.</source>
            <translation>Der Hinweis zu Warnzeichen wurde angezeigt.</translation>
        </message>
        <message>
            <source>No cramps this night.</source>
            <translation>Keine Krämpfe in dieser Nacht.</translation>
        </message>
        <message>
            <source>started, not finished</source>
            <translation>begonnen, nicht beendet</translation>
        </message>
        <message>
            <source>done</source>
            <translation>gemacht</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>teilweise gemacht</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Bedtime routine at %1: %2 (%3)</source>
            <translation>Abendroutine um %1: %2 (%3)</translation>
        </message>
        <message>
            <source>No bedtime routine this night.</source>
            <translation>Keine Abendroutine in dieser Nacht.</translation>
        </message>
        <message>
            <source>Reminder: %1</source>
            <translation>Erinnerung: %1</translation>
        </message>
        <message>
            <source>No night of the last six weeks has a rating.</source>
            <translation>Keine Nacht der letzten sechs Wochen hat eine Bewertung.</translation>
        </message>
        <message>
            <source>Rated nights: %1 of %2; their mean severity: %3 of 10.</source>
            <translation>Bewertete Nächte: %1 von %2; ihre mittlere Stärke: %3 von 10.</translation>
        </message>
        <message>
            <source>Nothing was recorded in the last six weeks.</source>
            <translation>In den letzten sechs Wochen wurde nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>Last six weeks: %1 cramps on %2 of %3 nights; bedtime routine done on %4 nights.</source>
            <translation>Letzte sechs Wochen: %1 Krämpfe in %2 von %3 Nächten; Abendroutine in %4 Nächten gemacht.</translation>
        </message>
        <message>
            <source>Times the advice on warning signs was shown: %1.</source>
            <translation>So oft wurde der Hinweis zu Warnzeichen angezeigt: %1.</translation>
        </message>
        <message>
            <source>Name on the summary</source>
            <translation>Name auf der Übersicht</translation>
        </message>
        <message>
            <source>A name to print on the summary (you may leave it empty):</source>
            <translation>Ein Name, der auf die Übersicht gedruckt wird (Sie können das Feld leer lassen):</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>Diesen Eintrag löschen?</translation>
        </message>
        <message>
            <source>Delete the cramp entry of %1 at %2?</source>
            <translation>Den Krampfeintrag vom %1 um %2 löschen?</translation>
        </message>
        <message>
            <source>It cannot be brought back.</source>
            <translation>Er kann nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>Den Eintrag löschen</translation>
        </message>
        <message>
            <source>Chart: cramps per night, last six weeks</source>
            <translation>Diagramm: Krämpfe pro Nacht, letzte sechs Wochen</translation>
        </message>
        <message>
            <source>Cramps per night</source>
            <translation>Krämpfe pro Nacht</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Krämpfe</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>Abendroutine gemacht</translation>
        </message>
        <message>
            <source>Chart: mean severity per night, last six weeks</source>
            <translation>Diagramm: mittlere Stärke pro Nacht, letzte sechs Wochen</translation>
        </message>
        <message>
            <source>Mean severity, 0 to 10</source>
            <translation>Mittlere Stärke, 0 bis 10</translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A guided stretch is running</source>
            <translation>Eine geführte Dehnung läuft</translation>
        </message>
        <message>
            <source>A heat, cold or massage timer is running</source>
            <translation>Ein Wärme-, Kälte- oder Massage-Timer läuft</translation>
        </message>
        <message>
            <source>The bedtime routine is running</source>
            <translation>Die Abendroutine läuft</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cramp now</source>
            <translation>Krampf jetzt</translation>
        </message>
        <message>
            <source>Start a guided calf stretch</source>
            <translation>Eine geführte Wadendehnung starten</translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Diese Meldung ausblenden</translation>
        </message>
        <message>
            <source>Bedtime reminder</source>
            <translation>Abenderinnerung</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>Start the bedtime routine now</source>
            <translation>Die Abendroutine jetzt starten</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Remind me a little later</source>
            <translation>Etwas später erinnern</translation>
        </message>
        <message>
            <source>Snooze the reminder</source>
            <translation>Die Erinnerung verschieben</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Heute nicht</translation>
        </message>
        <message>
            <source>No routine tonight</source>
            <translation>Heute Abend keine Routine</translation>
        </message>
        <message>
            <source>Starts a spoken, guided calf stretch. Space or Enter also starts it.</source>
            <translation>Startet eine gesprochene, geführte Wadendehnung. Auch die Leertaste oder die Eingabetaste startet sie.</translation>
        </message>
        <message>
            <source>Tap the button or press Space</source>
            <translation>Antippen oder Leertaste drücken</translation>
        </message>
        <message>
            <source>&amp;Bedtime routine</source>
            <translation>&amp;Abendroutine</translation>
        </message>
        <message>
            <source>The evening stretches that can make cramps rarer</source>
            <translation>Dehnübungen am Abend, die Krämpfe seltener machen können</translation>
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation>&amp;Warnzeichen</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor</source>
            <translation>Wann ein Krampf zum Arzt gehört</translation>
        </message>
        <message>
            <source>&amp;Tips</source>
            <translation>&amp;Tipps</translation>
        </message>
        <message>
            <source>Fewer cramps: what helps</source>
            <translation>Weniger Krämpfe: was hilft</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Your cramp diary, charts and export</source>
            <translation>Ihr Krampftagebuch, Diagramme und Export</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>Hold time, stretch, voice, timers</source>
            <translation>Haltezeit, Dehnung, Stimme, Timer</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Mehr</translation>
        </message>
        <message>
            <source>Routines, check setup, welcome, about</source>
            <translation>Routinen, Einrichtung prüfen, Willkommen, Info</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>&amp;Routines…</source>
            <translation>&amp;Routinen…</translation>
        </message>
        <message>
            <source>&amp;Check setup…</source>
            <translation>Einrichtung &amp;prüfen…</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>&amp;Willkommen</translation>
        </message>
        <message>
            <source>Warning &amp;signs</source>
            <translation>Warn&amp;zeichen</translation>
        </message>
        <message>
            <source>&amp;Dim the screen (D)</source>
            <translation>Bildschirm ab&amp;dunkeln (D)</translation>
        </message>
        <message>
            <source>&amp;About Cramp Timer</source>
            <translation>Ü&amp;ber Cramp Timer</translation>
        </message>
        <message>
            <source>About Cramp Timer</source>
            <translation>Über Cramp Timer</translation>
        </message>
        <message>
            <source>Cramp Timer %1

Talks you through a night-time calf cramp and reminds you to stretch at bedtime. Self-care help, not a diagnosis. Everything stays on this computer.</source>
            <translation>Cramp Timer %1

Begleitet Sie mit Worten durch einen nächtlichen Wadenkrampf und erinnert Sie vor dem Schlafen ans Dehnen. Hilfe zur Selbsthilfe, keine Diagnose. Alles bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>Voices: Piper (GPL-3.0-or-later) with its English voice "joe" (recordings free to use, CC0; built on the lessac voice), and espeak-ng (GPL-3.0-or-later). More in docs/voices.md.</source>
            <translation>Stimmen: Piper (GPL-3.0-or-later) mit seiner englischen Stimme „joe“ (Aufnahmen frei nutzbar, CC0; beruht auf der Stimme „lessac“) und espeak-ng (GPL-3.0-or-later). Mehr in docs/voices.md.</translation>
        </message>
    </context>
    <context>
        <name>NightBar</name>
        <message>
            <source>Time of day</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>Lautstärke der Stimme</translation>
        </message>
        <message>
            <source>Speak more quietly (− key)</source>
            <translation>Leiser sprechen (Taste −)</translation>
        </message>
        <message>
            <source>− Quieter</source>
            <translation>− Leiser</translation>
        </message>
        <message>
            <source>Speak louder (+ key)</source>
            <translation>Lauter sprechen (Taste +)</translation>
        </message>
        <message>
            <source>+ Louder</source>
            <translation>+ Lauter</translation>
        </message>
        <message>
            <source>Voice %1 %</source>
            <translation>Stimme %1 %</translation>
        </message>
    </context>
    <context>
        <name>NightView</name>
        <message>
            <source>0 is no pain, 10 the worst you can imagine. Keys 0 to 9 work too; 1 then 0 is 10.</source>
            <translation>0 ist kein Schmerz, 10 der schlimmste, den Sie sich vorstellen können. Die Tasten 0 bis 9 gehen auch; 1 und dann 0 ist 10.</translation>
        </message>
        <message>
            <source>%1 of 10. Kept in a few seconds, or press Done now.</source>
            <translation>%1 von 10. Wird in ein paar Sekunden übernommen, oder drücken Sie jetzt auf Fertig.</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>Krampf jetzt</translation>
        </message>
        <message>
            <source>A new cramp: start the stretch</source>
            <translation>Ein neuer Krampf: Dehnung starten</translation>
        </message>
        <message>
            <source>Round number, or which timer runs</source>
            <translation>Rundennummer, oder welcher Timer läuft</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Was Sie jetzt tun</translation>
        </message>
        <message>
            <source>Spoken words</source>
            <translation>Gesprochene Worte</translation>
        </message>
        <message>
            <source>Who prescribed this routine, and their note</source>
            <translation>Wer diese Routine verordnet hat, und die Notiz dazu</translation>
        </message>
        <message>
            <source>Where the routine is</source>
            <translation>Wo die Routine gerade ist</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume (P or Space)</source>
            <translation>Pause oder weiter (P oder Leertaste)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Stopp (Esc)</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>On to the next stretch (S)</source>
            <translation>Weiter zur nächsten Dehnung (S)</translation>
        </message>
        <message>
            <source>Skip to the next stretch</source>
            <translation>Zur nächsten Dehnung springen</translation>
        </message>
        <message>
            <source>Not a cramp</source>
            <translation>Kein Krampf</translation>
        </message>
        <message>
            <source>A mistaken press: stop, and nothing goes in the diary (Esc)</source>
            <translation>Versehentlich gedrückt: beenden, nichts kommt ins Tagebuch (Esc)</translation>
        </message>
        <message>
            <source>Round number</source>
            <translation>Rundennummer</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>How is the cramp now?</source>
            <translation>Wie ist der Krampf jetzt?</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>Besser</translation>
        </message>
        <message>
            <source>The cramp has eased (B)</source>
            <translation>Der Krampf hat nachgelassen (B)</translation>
        </message>
        <message>
            <source>Still cramping — again</source>
            <translation>Noch verkrampft – noch mal</translation>
        </message>
        <message>
            <source>Another round of the same stretch (A or Space)</source>
            <translation>Noch eine Runde mit derselben Dehnung (A oder Leertaste)</translation>
        </message>
        <message>
            <source>Heat or massage instead</source>
            <translation>Lieber Wärme oder Massage</translation>
        </message>
        <message>
            <source>Try warmth or a massage instead of stretching</source>
            <translation>Wärme oder Massage statt Dehnen versuchen</translation>
        </message>
        <message>
            <source>End without an answer (Esc)</source>
            <translation>Ohne Antwort beenden (Esc)</translation>
        </message>
        <message>
            <source>Anything else for the sore calf?</source>
            <translation>Noch etwas für die schmerzende Wade?</translation>
        </message>
        <message>
            <source>Why only cold is offered</source>
            <translation>Warum nur Kälte angeboten wird</translation>
        </message>
        <message>
            <source>After the warning signs: no heat and no massage. Cold only once the cramp has passed.</source>
            <extracomment>after the warning signs: must say no heat and no massage, and cold only once the cramp has passed. Add no reason.</extracomment>
            <translation>Nach den Warnzeichen: keine Wärme und keine Massage. Kälte erst, wenn der Krampf vorbei ist.</translation>
        </message>
        <message>
            <source>No, I'm done</source>
            <translation>Nein, fertig</translation>
        </message>
        <message>
            <source>Finish and rate the cramp (Space)</source>
            <translation>Abschließen und den Krampf bewerten (Leertaste)</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Erinnerung</translation>
        </message>
        <message>
            <source>How often you were reminded</source>
            <translation>Wie oft Sie erinnert wurden</translation>
        </message>
        <message>
            <source>It is off</source>
            <translation>Es ist aus</translation>
        </message>
        <message>
            <source>The heating pad is off (Space)</source>
            <translation>Das Heizkissen ist aus (Leertaste)</translation>
        </message>
        <message>
            <source>How bad was it?</source>
            <translation>Wie schlimm war es?</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Rate the cramp %1 of 10</source>
            <translation>Den Krampf mit %1 von 10 bewerten</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>%1 von 10</translation>
        </message>
        <message>
            <source>Which leg</source>
            <translation>Welches Bein</translation>
        </message>
        <message>
            <source>Which leg? (if you like)</source>
            <translation>Welches Bein? (wenn Sie möchten)</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Linkes Bein</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Rechtes Bein</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beide</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Beide Beine</translation>
        </message>
        <message>
            <source>The cramp was in this leg</source>
            <translation>Der Krampf war in diesem Bein</translation>
        </message>
        <message>
            <source>No rating this time (Esc)</source>
            <translation>Diesmal keine Bewertung (Esc)</translation>
        </message>
        <message>
            <source>Skip the rating</source>
            <translation>Bewertung überspringen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Keep this rating now (Enter)</source>
            <translation>Diese Bewertung jetzt übernehmen (Eingabetaste)</translation>
        </message>
        <message>
            <source>Done rating</source>
            <translation>Bewertung fertig</translation>
        </message>
        <message>
            <source>It was a mistaken press: nothing goes in the diary</source>
            <translation>Versehentlich gedrückt: Nichts kommt ins Tagebuch</translation>
        </message>
        <message>
            <source>Reminded %1 times</source>
            <translation>%1-mal erinnert</translation>
        </message>
        <message numerus="yes">
            <source>Round %n</source>
            <translation>
                <numerusform>Runde %n</numerusform>
                <numerusform>Runde %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Another round of the same stretch (A)</source>
            <translation>Noch eine Runde mit derselben Dehnung (A)</translation>
        </message>
        <message>
            <source>A new cramp? Is the heating pad off?</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>Ein neuer Krampf? Ist das Heizkissen aus?</translation>
        </message>
        <message>
            <source>Yes, it is off: stretch</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>Ja, es ist aus: dehnen</translation>
        </message>
        <message>
            <source>Heat stopped.
Please switch the heating pad off.</source>
            <extracomment>safety: the heat was stopped; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>Wärme beendet.
Bitte schalten Sie das Heizkissen aus.</translation>
        </message>
        <message>
            <source>Time is up.
Please switch the heating pad off.</source>
            <extracomment>safety: heat time is over; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>Die Zeit ist um.
Bitte schalten Sie das Heizkissen aus.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Prescribed by %1</source>
            <translation>Verordnet von %1</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Heute nicht</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter the PIN to change the settings.</source>
            <translation>Geben Sie die PIN ein, um die Einstellungen zu ändern.</translation>
        </message>
        <message>
            <source>Enter the PIN to change the routines.</source>
            <translation>Geben Sie die PIN ein, um die Routinen zu ändern.</translation>
        </message>
        <message>
            <source>Enter the PIN to import routines.</source>
            <translation>Geben Sie die PIN ein, um Routinen zu importieren.</translation>
        </message>
        <message>
            <source>Enter the PIN to delete from the diary.</source>
            <translation>Geben Sie die PIN ein, um aus dem Tagebuch zu löschen.</translation>
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation>Geben Sie die PIN ein.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation>PIN eingeben</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 bis 8 Ziffern</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>Warum die PIN nicht angenommen wurde</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Sie können es jetzt noch einmal versuchen.</translation>
        </message>
    </context>
    <context>
        <name>PinSettingsDialog</name>
        <message>
            <source>PIN lock</source>
            <translation>PIN-Sperre</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Aktuelle PIN</translation>
        </message>
        <message>
            <source>&amp;Current PIN</source>
            <translation>&amp;Aktuelle PIN</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Neue PIN</translation>
        </message>
        <message>
            <source>&amp;New PIN</source>
            <translation>&amp;Neue PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Neue PIN wiederholen</translation>
        </message>
        <message>
            <source>New PIN &amp;again</source>
            <translation>Neue PIN &amp;wiederholen</translation>
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation>PIN &amp;festlegen</translation>
        </message>
        <message>
            <source>&amp;Remove PIN</source>
            <translation>PIN &amp;entfernen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation>Eine PIN ist festgelegt.</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>Keine PIN festgelegt.</translation>
        </message>
        <message>
            <source>&amp;Change PIN</source>
            <translation>PIN &amp;ändern</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>Die beiden neuen PINs stimmen nicht überein.</translation>
        </message>
        <message>
            <source>The PIN is set. Keep it somewhere safe.</source>
            <translation>Die PIN ist festgelegt. Bewahren Sie sie an einem sicheren Ort auf.</translation>
        </message>
        <message>
            <source>The PIN was removed. Nothing is locked now.</source>
            <translation>Die PIN wurde entfernt. Jetzt ist nichts mehr gesperrt.</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>Zurück zum Timer (Esc)</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>Routinen-Editor</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>Make a new routine</source>
            <translation>Eine neue Routine anlegen</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neue Routine</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Copy this routine, to change the copy</source>
            <translation>Diese Routine kopieren, um die Kopie zu ändern</translation>
        </message>
        <message>
            <source>Duplicate routine</source>
            <translation>Routine duplizieren</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>U&amp;mbenennen</translation>
        </message>
        <message>
            <source>Give this routine a new name</source>
            <translation>Dieser Routine einen neuen Namen geben</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Routine umbenennen</translation>
        </message>
        <message>
            <source>Dele&amp;te</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete this routine</source>
            <translation>Diese Routine löschen</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>Routine löschen</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Add routines from a routine file</source>
            <translation>Routinen aus einer Routinendatei hinzufügen</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Save routines to a file for another computer</source>
            <translation>Routinen in eine Datei für einen anderen Computer speichern</translation>
        </message>
        <message>
            <source>This routine…</source>
            <translation>Diese Routine…</translation>
        </message>
        <message>
            <source>All my routines…</source>
            <translation>Alle meine Routinen…</translation>
        </message>
        <message>
            <source>&amp;Run now</source>
            <translation>&amp;Jetzt starten</translation>
        </message>
        <message>
            <source>Start this routine now</source>
            <translation>Diese Routine jetzt starten</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it to make your own version.</source>
            <translation>Diese Routine gehört zu Cramp Timer und kann nicht geändert werden. Duplizieren Sie sie, um Ihre eigene Fassung anzulegen.</translation>
        </message>
        <message>
            <source>Prescribed by</source>
            <translation>Verordnet von</translation>
        </message>
        <message>
            <source>for example: Dr. Ames, physiotherapist</source>
            <translation>zum Beispiel: Dr. Ames, Physiotherapeutin</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>&amp;Prescribed by</source>
            <translation>V&amp;erordnet von</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>No&amp;tiz</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move a step, Insert adds one, Delete removes it.</source>
            <translation>Alt+Pfeil oben und Alt+Pfeil unten verschieben einen Schritt, Einfg fügt einen hinzu, Entf entfernt ihn.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Mal</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>Schritt hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Add a step below this one (Insert)</source>
            <translation>Einen Schritt unter diesem hinzufügen (Einfg)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <source>Remove this step (Delete)</source>
            <translation>Diesen Schritt entfernen (Entf)</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move this step up (Alt+Up)</source>
            <translation>Diesen Schritt nach oben verschieben (Alt+Pfeil oben)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Move this step down (Alt+Down)</source>
            <translation>Diesen Schritt nach unten verschieben (Alt+Pfeil unten)</translation>
        </message>
        <message>
            <source>Step name</source>
            <translation>Schrittname</translation>
        </message>
        <message>
            <source>Spoken instruction</source>
            <translation>Gesprochene Anweisung</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Bein</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>Haltezeit (Sekunden)</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Rest between (seconds)</source>
            <translation>Pause dazwischen (Sekunden)</translation>
        </message>
        <message>
            <source>&amp;Step name</source>
            <translation>&amp;Schrittname</translation>
        </message>
        <message>
            <source>Le&amp;g</source>
            <translation>&amp;Bein</translation>
        </message>
        <message>
            <source>Ho&amp;ld (seconds)</source>
            <translation>&amp;Haltezeit (Sekunden)</translation>
        </message>
        <message>
            <source>R&amp;epetitions</source>
            <translation>&amp;Wiederholungen</translation>
        </message>
        <message>
            <source>Rest &amp;between (seconds)</source>
            <translation>&amp;Pause dazwischen (Sekunden)</translation>
        </message>
        <message>
            <source>Spea&amp;k this step</source>
            <translation>Schritt &amp;vorlesen</translation>
        </message>
        <message>
            <source>Hear how this step will be said</source>
            <translation>Hören, wie dieser Schritt gesprochen wird</translation>
        </message>
        <message>
            <source>Why this value was refused</source>
            <translation>Warum dieser Wert abgelehnt wurde</translation>
        </message>
        <message>
            <source>%1 (built in, read-only)</source>
            <translation>%1 (mitgeliefert, schreibgeschützt)</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Schritt %1: %2</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Name der Routine</translation>
        </message>
        <message>
            <source>Delete this routine?</source>
            <translation>Diese Routine löschen?</translation>
        </message>
        <message>
            <source>Delete the routine “%1”? This cannot be undone.</source>
            <translation>Die Routine „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>Routinen importieren</translation>
        </message>
        <message>
            <source>Routine files (*.json);;All files (*)</source>
            <translation>Routinendateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export routines</source>
            <translation>Routinen exportieren</translation>
        </message>
        <message>
            <source>Routine files (*.json)</source>
            <translation>Routinendateien (*.json)</translation>
        </message>
        <message>
            <source>Name already taken</source>
            <translation>Name schon vergeben</translation>
        </message>
        <message numerus="yes">
            <source>You already have a routine called %1. Keep both (the new one gets another name) or replace yours with the one from the file?</source>
            <translation>
                <numerusform>Sie haben schon eine Routine namens %1. Beide behalten (die neue bekommt einen anderen Namen) oder Ihre durch die aus der Datei ersetzen?</numerusform>
                <numerusform>Sie haben schon Routinen namens %1. Beide behalten (die neuen bekommen andere Namen) oder Ihre durch die aus der Datei ersetzen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide behalten</translation>
        </message>
        <message>
            <source>Replace mine</source>
            <translation>Meine ersetzen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Your routines were changed from outside; this is the latest list.</source>
            <translation>Ihre Routinen wurden von außen geändert; dies ist die neueste Liste.</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>Name der neuen Routine:</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Meine Routine</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Name der Kopie:</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation>Es wurde nichts importiert:</translation>
        </message>
        <message>
            <source>Saved the routine to %1.</source>
            <translation>Die Routine wurde in %1 gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n routines to %1.</source>
            <translation>
                <numerusform>%n Routine wurde in %1 gespeichert.</numerusform>
                <numerusform>%n Routinen wurden in %1 gespeichert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelfCheck</name>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>warn</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FEHLER</translation>
        </message>
        <message>
            <source>Cramp Timer {version}: checking this computer</source>
            <translation>Cramp Timer {version}: dieser Computer wird geprüft</translation>
        </message>
        <message>
            <source>fix: {fix}</source>
            <translation>Abhilfe: {fix}</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job</source>
            <translation>Cramp Timer kann seine Arbeit tun</translation>
        </message>
        <message>
            <source>Cramp Timer cannot work yet: fix the FAIL lines</source>
            <translation>Cramp Timer kann noch nicht arbeiten: beheben Sie die FEHLER-Zeilen</translation>
        </message>
        <message>
            <source>{verdict} ({failures} failed, {warnings} warnings, {seconds:.1f} s).</source>
            <translation>{verdict} ({failures} Fehler, {warnings} Warnungen, {seconds:.1f} s).</translation>
        </message>
        <message>
            <source>Qt platform</source>
            <translation>Qt-Plattform</translation>
        </message>
        <message>
            <source>the Qt check could not be started ({error})</source>
            <translation>die Qt-Prüfung konnte nicht gestartet werden ({error})</translation>
        </message>
        <message>
            <source>Reinstall Cramp Timer.</source>
            <translation>Installieren Sie Cramp Timer neu.</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds:.0f} s</source>
            <translation>Qt ist nicht innerhalb von {seconds:.0f} s gestartet</translation>
        </message>
        <message>
            <source>Run cramp-timer from a terminal in your desktop session and look at what it prints.</source>
            <translation>Starten Sie cramp-timer in einem Terminal Ihrer Desktop-Sitzung und sehen Sie nach, was es ausgibt.</translation>
        </message>
        <message>
            <source>the Qt check gave no answer</source>
            <translation>die Qt-Prüfung gab keine Antwort</translation>
        </message>
        <message>
            <source>not checked, because Qt did not start</source>
            <translation>nicht geprüft, weil Qt nicht gestartet ist</translation>
        </message>
        <message>
            <source>Fix the Qt platform first.</source>
            <translation>Beheben Sie zuerst das Problem mit der Qt-Plattform.</translation>
        </message>
        <message>
            <source>System tray</source>
            <translation>Infobereich</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <source>{platform} (Qt {qt}, screens: {screens})</source>
            <translation>{platform} (Qt {qt}, Bildschirme: {screens})</translation>
        </message>
        <message>
            <source>{found}: windows are drawn off screen, nothing will be visible</source>
            <translation>{found}: Fenster werden außerhalb des Bildschirms gezeichnet, nichts wird sichtbar sein</translation>
        </message>
        <message>
            <source>Unset QT_QPA_PLATFORM to see the window on your desktop.</source>
            <translation>Entfernen Sie die Variable QT_QPA_PLATFORM, um das Fenster auf Ihrem Desktop zu sehen.</translation>
        </message>
        <message>
            <source>available</source>
            <translation>verfügbar</translation>
        </message>
        <message>
            <source>no system tray here, so there is no tray icon; the window and cramp-timer --now still work</source>
            <translation>kein Infobereich vorhanden, daher kein Symbol im Infobereich; das Fenster und cramp-timer --now funktionieren trotzdem</translation>
        </message>
        <message>
            <source>Add a system tray (status icons) area to your desktop panel.</source>
            <translation>Fügen Sie Ihrer Desktop-Leiste einen Infobereich (Statussymbole) hinzu.</translation>
        </message>
        <message>
            <source>a notification service answers on the session D-Bus</source>
            <translation>ein Benachrichtigungsdienst antwortet auf dem Sitzungs-D-Bus</translation>
        </message>
        <message>
            <source>no session D-Bus ({error}); reminders can only show in the window</source>
            <translation>kein Sitzungs-D-Bus ({error}); Erinnerungen können nur im Fenster erscheinen</translation>
        </message>
        <message>
            <source>no notification service on the session D-Bus; reminders can only show in the window</source>
            <translation>kein Benachrichtigungsdienst auf dem Sitzungs-D-Bus; Erinnerungen können nur im Fenster erscheinen</translation>
        </message>
        <message>
            <source>Start Cramp Timer in a full desktop session, which provides notifications.</source>
            <translation>Starten Sie Cramp Timer in einer vollständigen Desktop-Sitzung, die Benachrichtigungen bietet.</translation>
        </message>
        <message>
            <source>cannot reach the display {display}</source>
            <translation>die Anzeige {display} ist nicht erreichbar</translation>
        </message>
        <message>
            <source>no display: DISPLAY and WAYLAND_DISPLAY are not set</source>
            <translation>keine Anzeige: DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt</translation>
        </message>
        <message>
            <source>Start Cramp Timer from inside your desktop session (not over ssh), or try it without one: xvfb-run -a cramp-timer.</source>
            <translation>Starten Sie Cramp Timer innerhalb Ihrer Desktop-Sitzung (nicht über ssh), oder versuchen Sie es ohne: xvfb-run -a cramp-timer.</translation>
        </message>
        <message>
            <source>a library Qt needs is missing: {detail}</source>
            <translation>eine Bibliothek, die Qt braucht, fehlt: {detail}</translation>
        </message>
        <message>
            <source>Install it: sudo apt install libxcb-cursor0</source>
            <translation>Installieren Sie sie: sudo apt install libxcb-cursor0</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>keine Meldung</translation>
        </message>
        <message>
            <source>Qt could not start: {detail}</source>
            <translation>Qt konnte nicht starten: {detail}</translation>
        </message>
        <message>
            <source>Run QT_DEBUG_PLUGINS=1 cramp-timer --self-check to see which library is missing, then install it.</source>
            <translation>Führen Sie QT_DEBUG_PLUGINS=1 cramp-timer --self-check aus, um zu sehen, welche Bibliothek fehlt, und installieren Sie sie dann.</translation>
        </message>
        <message>
            <source>Speech</source>
            <translation>Sprachausgabe</translation>
        </message>
        <message>
            <source>Cramp Timer is ready.</source>
            <translation>Cramp Timer ist bereit.</translation>
        </message>
        <message>
            <source>no voice ({reason}); cues are shown as captions, with a chime</source>
            <translation>keine Stimme ({reason}); Ansagen werden als Untertitel gezeigt, mit einem Signalton</translation>
        </message>
        <message>
            <source>Install the speech engine: sudo apt install espeak-ng</source>
            <translation>Installieren Sie die Sprachausgabe: sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>the speech helper did not start within {seconds:.0f} s{more}</source>
            <translation>das Sprachhilfsprogramm ist nicht innerhalb von {seconds:.0f} s gestartet{more}</translation>
        </message>
        <message>
            <source>Reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>Installieren Sie espeak-ng neu: sudo apt install --reinstall espeak-ng</translation>
        </message>
        <message>
            <source>Install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>Installieren Sie die Stimmen von espeak-ng: sudo apt install espeak-ng-data</translation>
        </message>
        <message>
            <source>{why}; a test phrase became {seconds:.1f} s of espeak-ng speech</source>
            <translation>{why}; ein Testsatz ergab {seconds:.1f} s Sprache von espeak-ng</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase was not ready within {timeout:.0f} s; the first cues may come late</source>
            <translation>{engine} ({voices} Stimmen), aber ein Testsatz war nicht innerhalb von {timeout:.0f} s fertig; die ersten Ansagen kommen vielleicht verspätet</translation>
        </message>
        <message>
            <source>Run the check again when the computer is less busy.</source>
            <translation>Wiederholen Sie die Prüfung, wenn der Computer weniger ausgelastet ist.</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase gave no sound{more}</source>
            <translation>{engine} ({voices} Stimmen), aber ein Testsatz ergab keinen Ton{more}</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices); a test phrase became {seconds:.1f} s of speech</source>
            <translation>{engine} ({voices} Stimmen); ein Testsatz ergab {seconds:.1f} s Sprache</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Ton</translation>
        </message>
        <message>
            <source>{player} is missing, so no voice or chime can be played; cues are still shown as captions</source>
            <translation>{player} fehlt, daher kann weder Stimme noch Signalton abgespielt werden; Ansagen werden weiterhin als Untertitel gezeigt</translation>
        </message>
        <message>
            <source>Install it: sudo apt install alsa-utils</source>
            <translation>Installieren Sie es: sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>{player} plays through the sound server {server}</source>
            <translation>{player} spielt über den Soundserver {server} ab</translation>
        </message>
        <message>
            <source>{player} plays through the sound server at {socket}</source>
            <translation>{player} spielt über den Soundserver unter {socket} ab</translation>
        </message>
        <message>
            <source>{player} plays to the sound card {card}</source>
            <translation>{player} spielt über die Soundkarte {card} ab</translation>
        </message>
        <message>
            <source>no sound server or sound card answered, so cues may be silent; captions still show</source>
            <translation>kein Soundserver und keine Soundkarte hat geantwortet, daher bleiben Ansagen vielleicht stumm; Untertitel erscheinen trotzdem</translation>
        </message>
        <message>
            <source>Check that your speakers are on, or install a sound server: sudo apt install pulseaudio</source>
            <translation>Prüfen Sie, ob Ihre Lautsprecher eingeschaltet sind, oder installieren Sie einen Soundserver: sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>Chinese font</source>
            <translation>Schriftart für Chinesisch</translation>
        </message>
        <message>
            <source>fc-list is missing, so the fonts were not checked</source>
            <translation>fc-list fehlt, daher wurden die Schriftarten nicht geprüft</translation>
        </message>
        <message>
            <source>Install it: sudo apt install fontconfig</source>
            <translation>Installieren Sie es: sudo apt install fontconfig</translation>
        </message>
        <message>
            <source>fc-list did not answer, so the fonts were not checked</source>
            <translation>fc-list hat nicht geantwortet, daher wurden die Schriftarten nicht geprüft</translation>
        </message>
        <message>
            <source>Reinstall it: sudo apt install --reinstall fontconfig</source>
            <translation>Installieren Sie es neu: sudo apt install --reinstall fontconfig</translation>
        </message>
        <message>
            <source>{font} draws Chinese text</source>
            <translation>{font} stellt chinesischen Text dar</translation>
        </message>
        <message>
            <source>no font for Chinese is installed, so Chinese text would show as empty boxes (needed only for 简体中文)</source>
            <translation>keine Schriftart für Chinesisch installiert, daher würde chinesischer Text als leere Kästchen erscheinen (nur für 简体中文 nötig)</translation>
        </message>
        <message>
            <source>Install one: sudo apt install fonts-wqy-microhei</source>
            <translation>Installieren Sie eine: sudo apt install fonts-wqy-microhei</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>Einstellungsordner</translation>
        </message>
        <message>
            <source>Diary folder</source>
            <translation>Tagebuchordner</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Cache-Ordner</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Protokollordner</translation>
        </message>
        <message>
            <source>{folder} cannot be used: {reason}</source>
            <translation>{folder} kann nicht genutzt werden: {reason}</translation>
        </message>
        <message>
            <source>Set XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME to folders you own.</source>
            <translation>Setzen Sie XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME und XDG_STATE_HOME auf Ordner, die Ihnen gehören.</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} ist kein Ordner</translation>
        </message>
        <message>
            <source>Move it out of the way: mv {folder} {folder}.old</source>
            <translation>Schieben Sie ihn beiseite: mv {folder} {folder}.old</translation>
        </message>
        <message>
            <source>{path} belongs to {owner}</source>
            <translation>{path} gehört {owner}</translation>
        </message>
        <message>
            <source>you cannot write in {path}</source>
            <translation>Sie können in {path} nicht schreiben</translation>
        </message>
        <message>
            <source>others can open {path} (mode {mode:04o})</source>
            <translation>andere können {path} öffnen (Rechte {mode:04o})</translation>
        </message>
        <message>
            <source>you cannot write {path}</source>
            <translation>Sie können {path} nicht schreiben</translation>
        </message>
        <message>
            <source>others can read {path} (mode {mode:04o})</source>
            <translation>andere können {path} lesen (Rechte {mode:04o})</translation>
        </message>
        <message>
            <source>{folder} (private)</source>
            <translation>{folder} (privat)</translation>
        </message>
        <message>
            <source>{folder} cannot be made, because {blocker} is a file, not a folder</source>
            <translation>{folder} kann nicht angelegt werden, weil {blocker} eine Datei ist, kein Ordner</translation>
        </message>
        <message>
            <source>Move the file out of the way: mv {blocker} {blocker}.old</source>
            <translation>Schieben Sie die Datei beiseite: mv {blocker} {blocker}.old</translation>
        </message>
        <message>
            <source>{folder} cannot be made: you cannot write in {parent}</source>
            <translation>{folder} kann nicht angelegt werden: Sie können in {parent} nicht schreiben</translation>
        </message>
        <message>
            <source>Make {parent} yours: sudo chown {user} {parent}</source>
            <translation>Übernehmen Sie den Besitz von {parent}: sudo chown {user} {parent}</translation>
        </message>
        <message>
            <source>{folder} (made, private, when Cramp Timer first starts)</source>
            <translation>{folder} (wird beim ersten Start von Cramp Timer angelegt, privat)</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>none yet; it is made at the first cramp</source>
            <translation>noch keines; es wird beim ersten Krampf angelegt</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>{path} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Make it yours: sudo chown {user} {path}</source>
            <translation>Übernehmen Sie den Besitz der Datei: sudo chown {user} {path}</translation>
        </message>
        <message>
            <source>Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged</source>
            <translation>Schieben Sie die Datei beiseite, dann beginnt Cramp Timer ein neues Tagebuch: mv {path} {path}.damaged</translation>
        </message>
        <message>
            <source>{path} is not a file</source>
            <translation>{path} ist keine Datei</translation>
        </message>
        <message>
            <source>empty; it is set up at the first cramp</source>
            <translation>leer; es wird beim ersten Krampf eingerichtet</translation>
        </message>
        <message>
            <source>{path} is damaged or not a diary ({error})</source>
            <translation>{path} ist beschädigt oder kein Tagebuch ({error})</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} ist beschädigt: {problem}</translation>
        </message>
        <message>
            <source>written by a newer Cramp Timer (diary format {version}; this one reads up to {known})</source>
            <translation>von einem neueren Cramp Timer geschrieben (Tagebuchformat {version}; diese Version liest bis {known})</translation>
        </message>
        <message>
            <source>Install the newest Cramp Timer.</source>
            <translation>Installieren Sie den neuesten Cramp Timer.</translation>
        </message>
        <message>
            <source>{cramps} cramps and {routines} bedtime routines recorded; every page checked</source>
            <translation>{cramps} Krämpfe und {routines} Abendroutinen aufgezeichnet; jede Seite geprüft</translation>
        </message>
        <message>
            <source>Diary moved aside</source>
            <translation>Tagebuch beiseitegelegt</translation>
        </message>
        <message>
            <source>{path} could not be read, so it was moved aside and a new diary started</source>
            <translation>{path} konnte nicht gelesen werden, daher wurde die Datei beiseitegelegt und ein neues Tagebuch begonnen</translation>
        </message>
        <message>
            <source>Keep it for a helper to look at, or delete it if you do not need its entries: rm {path}</source>
            <translation>Heben Sie die Datei auf, damit jemand, der Ihnen hilft, sie ansehen kann, oder löschen Sie sie, wenn Sie ihre Einträge nicht brauchen: rm {path}</translation>
        </message>
        <message>
            <source>Diary entries waiting</source>
            <translation>Wartende Tagebucheinträge</translation>
        </message>
        <message>
            <source>{path} holds entries not yet written to the diary</source>
            <translation>{path} enthält Einträge, die noch nicht ins Tagebuch geschrieben wurden</translation>
        </message>
        <message>
            <source>Free some disk space or fix the diary folder; Cramp Timer writes them at its next start</source>
            <translation>Schaffen Sie etwas Speicherplatz oder beheben Sie das Problem mit dem Tagebuchordner; Cramp Timer schreibt sie beim nächsten Start</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckDialog</name>
        <message>
            <source>Check setup</source>
            <translation>Einrichtung prüfen</translation>
        </message>
        <message>
            <source>The outcome of the check</source>
            <translation>Das Ergebnis der Prüfung</translation>
        </message>
        <message>
            <source>Check report</source>
            <translation>Prüfbericht</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the report</source>
            <translation>Den Bericht kopieren</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>&amp;Erneut prüfen</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Checking this computer. This takes a few seconds.</source>
            <translation>Dieser Computer wird geprüft. Das dauert ein paar Sekunden.</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job on this computer.</source>
            <translation>Cramp Timer kann auf diesem Computer seine Arbeit tun.</translation>
        </message>
        <message>
            <source>Something needs fixing before Cramp Timer can work. Each FAIL line says how.</source>
            <translation>Etwas muss behoben werden, bevor Cramp Timer arbeiten kann. Jede FEHLER-Zeile sagt, wie.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Cramp Timer settings</source>
            <translation>Einstellungen von Cramp Timer</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Dehnung</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Hold time in seconds</source>
            <translation>Haltezeit in Sekunden</translation>
        </message>
        <message>
            <source>&amp;Hold the stretch for</source>
            <translation>Dehnung &amp;halten für</translation>
        </message>
        <message>
            <source>Time to get into position, in seconds</source>
            <translation>Zeit zum Bereitmachen, in Sekunden</translation>
        </message>
        <message>
            <source>&amp;Time to get into position (seated)</source>
            <translation>&amp;Zeit zum Bereitmachen (sitzend)</translation>
        </message>
        <message>
            <source>Time to get up and into position when standing, in seconds</source>
            <translation>Zeit zum Aufstehen und Bereitmachen im Stehen, in Sekunden</translation>
        </message>
        <message>
            <source>Time to get up (stand&amp;ing)</source>
            <translation>Zeit zum Aufstehen (s&amp;tehend)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>S&amp;eated: leg straight, toes and foot drawn up toward you (a towel helps)</source>
            <translation>&amp;Sitzend: Bein gestreckt, Zehen und Fuß zu sich heranziehen (ein Handtuch hilft)</translation>
        </message>
        <message>
            <source>St&amp;anding: get up slowly, hold on to something steady, weight on the cramped leg</source>
            <translation>St&amp;ehend: langsam aufstehen, an etwas Stabilem festhalten, Gewicht auf das verkrampfte Bein</translation>
        </message>
        <message>
            <source>Voice and language</source>
            <translation>Stimme und Sprache</translation>
        </message>
        <message>
            <source>As the desktop</source>
            <translation>Sprache des Desktops</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Spr&amp;ache</translation>
        </message>
        <message>
            <source>A new language is used from the next start of Cramp Timer, for the voice too.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Cramp Timer, auch für die Stimme.</translation>
        </message>
        <message>
            <source>&amp;Speak the steps aloud</source>
            <translation>Schritte &amp;vorlesen</translation>
        </message>
        <message>
            <source>Spoken guidance</source>
            <translation>Gesprochene Anleitung</translation>
        </message>
        <message>
            <source>A&amp;dd voice…</source>
            <translation>Stimme &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Add a Piper voice: its .onnx file, with its .onnx.json file beside it</source>
            <translation>Eine Piper-Stimme hinzufügen: ihre .onnx-Datei, mit ihrer .onnx.json-Datei daneben</translation>
        </message>
        <message>
            <source>V&amp;oice</source>
            <translation>&amp;Stimme</translation>
        </message>
        <message>
            <source>Speaking rate, words per minute</source>
            <translation>Sprechtempo, Wörter pro Minute</translation>
        </message>
        <message numerus="yes">
            <source>%n words a minute</source>
            <translation>
                <numerusform>%n Wort pro Minute</numerusform>
                <numerusform>%n Wörter pro Minute</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>&amp;Tempo</translation>
        </message>
        <message>
            <source>Volume, percent</source>
            <translation>Lautstärke, Prozent</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Vo&amp;lume</source>
            <translation>&amp;Lautstärke</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>Stimme t&amp;esten</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Schlafenszeit</translation>
        </message>
        <message>
            <source>Remind me to stretch at &amp;bedtime</source>
            <translation>Vor dem Schlafen ans Dehnen &amp;erinnern</translation>
        </message>
        <message>
            <source>Reminder time, such as 22:30</source>
            <translation>Uhrzeit der Erinnerung, zum Beispiel 22:30</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Um</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>Remind on %1</source>
            <translation>Erinnern am %1</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Also say the reminder aloud</source>
            <translation>Die Erinnerung auch laut ansagen</translation>
        </message>
        <message>
            <source>Snooze in minutes</source>
            <translation>Erneut erinnern nach, in Minuten</translation>
        </message>
        <message>
            <source>S&amp;nooze for</source>
            <translation>Erneut erinnern &amp;nach</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>Abendroutine</translation>
        </message>
        <message>
            <source>Ro&amp;utine</source>
            <translation>&amp;Routine</translation>
        </message>
        <message>
            <source>Start Cramp Timer in the tray when I lo&amp;g in</source>
            <translation>Cramp Timer beim &amp;Anmelden im Infobereich starten</translation>
        </message>
        <message>
            <source>PIN lock</source>
            <translation>PIN-Sperre</translation>
        </message>
        <message>
            <source>Set, change or remove the &amp;PIN…</source>
            <translation>&amp;PIN festlegen, ändern oder entfernen…</translation>
        </message>
        <message>
            <source>A PIN is set: the settings, the routines and deleting diary entries ask for it.</source>
            <translation>Eine PIN ist festgelegt: Die Einstellungen, die Routinen und das Löschen von Tagebucheinträgen fragen danach.</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>Keine PIN festgelegt.</translation>
        </message>
        <message>
            <source>Add a Piper voice</source>
            <translation>Eine Piper-Stimme hinzufügen</translation>
        </message>
        <message>
            <source>Piper voices (*.onnx)</source>
            <translation>Piper-Stimmen (*.onnx)</translation>
        </message>
        <message>
            <source>Added the voice %1. Press Test voice to hear it.</source>
            <translation>Die Stimme %1 wurde hinzugefügt. Drücken Sie auf „Stimme testen“, um sie zu hören.</translation>
        </message>
        <message>
            <source>Default voice</source>
            <translation>Standardstimme</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1 (nicht gefunden)</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>“%1” is not a time. Type it like 22:30. It stays at %2 until then.</source>
            <translation>„%1“ ist keine Uhrzeit. Geben Sie sie so ein: 22:30. Bis dahin bleibt es bei %2.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Start the bedtime routine now</source>
            <translation>Die Abendroutine jetzt starten</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Heute nicht</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>Krampf jetzt</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>Abendroutine</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>TrialAnswer</name>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seitdem</translation>
        </message>
        <message>
            <source>Without routine</source>
            <translation>Ohne Routine</translation>
        </message>
        <message>
            <source>With routine</source>
            <translation>Mit Routine</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>Krämpfe pro Nacht</translation>
        </message>
        <message>
            <source>too few nights</source>
            <translation>zu wenige Nächte</translation>
        </message>
        <message>
            <source>Chart: cramps a night, before and since the bedtime routine</source>
            <translation>Diagramm: Krämpfe pro Nacht, vor und seit der Abendroutine</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>cramps: %1, nights: %2, rated: %3</source>
            <translation>Krämpfe: %1, Nächte: %2, bewertet: %3</translation>
        </message>
        <message>
            <source>Once a few nights are in your diary, this page shows whether the bedtime routine goes with fewer cramps.</source>
            <extracomment>keep 'goes with' (an association in the diary, not that the routine causes fewer cramps). No promise.</extracomment>
            <translation>Sobald ein paar Nächte in Ihrem Tagebuch stehen, zeigt diese Seite, ob mit der Abendroutine weniger Krämpfe einhergehen.</translation>
        </message>
        <message>
            <source>You have not done the bedtime routine yet, so there is nothing to compare. Your nights are in the Nights list.</source>
            <translation>Sie haben die Abendroutine noch nicht gemacht, daher gibt es nichts zu vergleichen. Ihre Nächte stehen in der Liste „Nächte“.</translation>
        </message>
        <message>
            <source>Since you started the bedtime routine: %1 cramps a night, before %2.</source>
            <extracomment>figures from the person's own diary: state them plainly. Must not say the routine caused the change or 'worked'.</extracomment>
            <translation>Seit Sie mit der Abendroutine begonnen haben: %1 Krämpfe pro Nacht, vorher %2.</translation>
        </message>
        <message>
            <source>You started the bedtime routine on %1.</source>
            <translation>Sie haben am %1 mit der Abendroutine begonnen.</translation>
        </message>
        <message>
            <source>Before that, only %1 nights are in your diary: too few to compare (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>Davor stehen nur %1 Nächte in Ihrem Tagebuch: zu wenige für einen Vergleich (mindestens %2 sind nötig).</translation>
        </message>
        <message>
            <source>Since then, %1 nights have passed: too few to compare yet (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>Seitdem sind %1 Nächte vergangen: noch zu wenige für einen Vergleich (mindestens %2 sind nötig).</translation>
        </message>
        <message>
            <source>You started less than six weeks ago, so “since” covers the %1 nights there are.</source>
            <translation>Sie haben vor weniger als sechs Wochen begonnen, daher umfasst „seitdem“ die %1 Nächte, die es bisher gibt.</translation>
        </message>
        <message>
            <source>How bad, on average from 0 to 10: since %1, before %2.</source>
            <extracomment>average ratings, 0 to 10: state the figures plainly; no judgement of better or worse.</extracomment>
            <translation>Wie schlimm, im Mittel von 0 bis 10: seitdem %1, vorher %2.</translation>
        </message>
        <message>
            <source>On nights you did the routine: %1 cramps a night. On nights you did not: %2.</source>
            <extracomment>figures from the person's own diary: must not say the routine caused the difference.</extracomment>
            <translation>In Nächten mit Routine: %1 Krämpfe pro Nacht. In Nächten ohne: %2.</translation>
        </message>
        <message>
            <source>Nights with and without the routine: too few of one kind to compare (%1 with, %2 without; at least %3 each).</source>
            <extracomment>must say there are too few nights of one kind to compare; keep the three numbers; no hint at a result.</extracomment>
            <translation>Nächte mit und ohne Routine: von einer Art zu wenige für einen Vergleich (%1 mit, %2 ohne; mindestens je %3).</translation>
        </message>
        <message>
            <source>Behind these figures: before, %1. Since, %2. With the routine, %3. Without, %4.</source>
            <translation>Hinter diesen Zahlen: vorher %1. Seitdem %2. Mit der Routine %3. Ohne %4.</translation>
        </message>
        <message>
            <source>This is your own record, not proof. Cramps come and go for many reasons, and a night with nothing in the diary counts as a night without a cramp. The night that is going on now is not counted yet. Talk it over with your doctor.</source>
            <extracomment>keep 'not proof' and every caveat: own record, cramps vary for many reasons, empty nights count as cramp-free, tonight not counted, talk to a doctor. Do not soften.</extracomment>
            <translation>Dies ist Ihre eigene Aufzeichnung, kein Beweis. Krämpfe kommen und gehen aus vielen Gründen, und eine Nacht ohne Eintrag im Tagebuch zählt als Nacht ohne Krampf. Die laufende Nacht wird noch nicht mitgezählt. Besprechen Sie es mit Ihrem Arzt.</translation>
        </message>
        <message>
            <source>Six weeks before the routine began</source>
            <translation>Sechs Wochen vor Beginn der Routine</translation>
        </message>
        <message>
            <source>Latest six weeks since it began</source>
            <translation>Die letzten sechs Wochen seit Beginn</translation>
        </message>
        <message>
            <source>Nights with the routine done</source>
            <translation>Nächte mit gemachter Routine</translation>
        </message>
        <message>
            <source>Nights without it</source>
            <translation>Nächte ohne Routine</translation>
        </message>
    </context>
    <context>
        <name>VoiceFile</name>
        <message>
            <source>{name} is not a Piper voice's settings file.</source>
            <translation>{name} ist keine Einstellungsdatei einer Piper-Stimme.</translation>
        </message>
        <message>
            <source>{name} is not a Piper voice: choose the file that ends in .onnx.</source>
            <translation>{name} ist keine Piper-Stimme: Wählen Sie die Datei, die auf .onnx endet.</translation>
        </message>
        <message>
            <source>{name} is missing: a Piper voice needs both its .onnx file and its .onnx.json file in the same folder.</source>
            <translation>{name} fehlt: Eine Piper-Stimme braucht ihre .onnx-Datei und ihre .onnx.json-Datei im selben Ordner.</translation>
        </message>
        <message>
            <source>{name} could not be read ({why}).</source>
            <translation>{name} konnte nicht gelesen werden ({why}).</translation>
        </message>
        <message>
            <source>{name} is {size} MB, larger than any Piper voice ({limit} MB at most).</source>
            <translation>{name} ist {size} MB groß, größer als jede Piper-Stimme (höchstens {limit} MB).</translation>
        </message>
        <message>
            <source>{name} is too large to be a Piper voice's settings.</source>
            <translation>{name} ist zu groß für die Einstellungen einer Piper-Stimme.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a voice model.</source>
            <translation>{name} ist beschädigt oder kein Stimmmodell.</translation>
        </message>
        <message>
            <source>{name} belongs to another voice ({language}, {quality}) than {model}.</source>
            <translation>{name} gehört zu einer anderen Stimme ({language}, {quality}) als {model}.</translation>
        </message>
        <message>
            <source>The voice could not be copied ({why}).</source>
            <translation>Die Stimme konnte nicht kopiert werden ({why}).</translation>
        </message>
        <message>
            <source>This voice was not added: %1</source>
            <translation>Diese Stimme wurde nicht hinzugefügt: %1</translation>
        </message>
    </context>
    <context>
        <name>WarningControl</name>
        <message>
            <source>Warning signs</source>
            <extracomment>button to the page of signs that need a doctor; use the same words as that page's title. Not 'emergency'.</extracomment>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor (W)</source>
            <extracomment>tooltip: keep 'needs a doctor' (not 'emergency', no diagnosis); W is the key.</extracomment>
            <translation>Wann ein Krampf zum Arzt gehört (W)</translation>
        </message>
        <message>
            <source>Warning signs: what to do now</source>
            <extracomment>shown large once the warning signs appeared: 'what to do now' stays urgent; must not say emergency or name a diagnosis.</extracomment>
            <translation>Warnzeichen: was jetzt zu tun ist</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Cramp now</source>
            <translation>Krampf jetzt</translation>
        </message>
        <message>
            <source>A cramp right now? Start the stretch (Space)</source>
            <translation>Jetzt ein Krampf? Dehnung starten (Leertaste)</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <source>Welcome to Cramp Timer</source>
            <translation>Willkommen bei Cramp Timer</translation>
        </message>
        <message>
            <source>When a calf cramp wakes you, tap Cramp now or press Space: a calm voice talks you through a stretch. In the evening it can remind you to do a short stretching routine, which can make night cramps rarer.

It gives self-care help. It does not diagnose anything and does not replace a doctor. Everything you record stays on this computer.</source>
            <extracomment>keep 'can remind' and 'can make night cramps rarer' (not 'will'). Must say: self-care help, no diagnosis, no replacement for a doctor, data stays on this computer.</extracomment>
            <translation>Wenn Sie ein Wadenkrampf weckt, tippen Sie auf „Krampf jetzt“ oder drücken Sie die Leertaste: Eine ruhige Stimme führt Sie durch eine Dehnung. Am Abend kann Cramp Timer Sie an eine kurze Dehnroutine erinnern, die nächtliche Krämpfe seltener machen kann.

Es bietet Hilfe zur Selbsthilfe. Es stellt keine Diagnose und ersetzt keinen Arzt. Alles, was Sie aufzeichnen, bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <source>How will you stretch?</source>
            <translation>Wie werden Sie dehnen?</translation>
        </message>
        <message>
            <source>Sitting up in bed, leg straight</source>
            <extracomment>stretch choice: sitting up in bed, leg straight. Short; add no force or pain.</extracomment>
            <translation>Aufrecht im Bett sitzend, Bein gestreckt</translation>
        </message>
        <message>
            <source>Standing, weight on the cramped leg: get up slowly and hold on to something steady, such as a wall, a chair or the bed frame</source>
            <extracomment>stretch choice; must keep the fall safety: get up slowly, hold on to something steady (wall, chair, bed frame).</extracomment>
            <translation>Stehend, Gewicht auf dem verkrampften Bein: Stehen Sie langsam auf und halten Sie sich an etwas Stabilem fest, etwa an einer Wand, einem Stuhl oder dem Bettgestell</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>Stimme &amp;testen</translation>
        </message>
        <message>
            <source>Hear the voice once</source>
            <translation>Die Stimme einmal hören</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (22:00)</source>
            <translation>Vor dem Schlafen ans Dehnen erinnern (22:00)</translation>
        </message>
        <message>
            <source>Start Cramp Timer when I log in</source>
            <translation>Cramp Timer beim Anmelden starten</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Keep the usual settings</source>
            <translation>Die üblichen Einstellungen behalten</translation>
        </message>
        <message>
            <source>Skip the welcome</source>
            <translation>Die Begrüßung überspringen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Keep these choices</source>
            <translation>Diese Auswahl übernehmen</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (%1)</source>
            <translation>Vor dem Schlafen ans Dehnen erinnern (%1)</translation>
        </message>
    </context>
    <context>
        <name>aftercare</name>
        <message>
            <source>Please switch the heating pad off now.</source>
            <extracomment>safety, repeated each minute: must say to switch the heating pad off now. Not a suggestion; do not soften.</extracomment>
            <translation>Bitte schalten Sie das Heizkissen jetzt aus.</translation>
        </message>
        <message>
            <source>A new cramp. Is the heating pad off? Press Space when it is, and the stretch starts.</source>
            <extracomment>safety: must ask whether the heating pad is off; the stretch starts only once it is (Space is the key).</extracomment>
            <translation>Ein neuer Krampf. Ist das Heizkissen aus? Drücken Sie die Leertaste, wenn es aus ist, dann beginnt die Dehnung.</translation>
        </message>
        <message>
            <source>Halfway there.</source>
            <translation>Die Hälfte ist geschafft.</translation>
        </message>
        <message>
            <source>One minute left.</source>
            <translation>Noch eine Minute.</translation>
        </message>
        <message>
            <source>Not on a leg that is swollen, red or warm, and not where the leg is numb or feels little: heat burns skin that cannot feel it. Otherwise lay a heat pad, or a towel you have warmed, on the calf: warm, never hot. Do not fall asleep with a heat pad on: this timer will remind you to switch it off.</source>
            <extracomment>heat safety: not on a swollen, red or warm leg, nor where it is numb (heat burns skin that cannot feel); warm, never hot; never fall asleep with a pad on. Keep every condition; add no temperature or time.</extracomment>
            <translation>Nicht auf ein Bein, das geschwollen, gerötet oder warm ist, und nicht dort, wo das Bein taub ist oder wenig spürt: Wärme verbrennt Haut, die sie nicht fühlen kann. Sonst legen Sie ein Heizkissen oder ein angewärmtes Handtuch auf die Wade: warm, nie heiß. Schlafen Sie nicht mit einem Heizkissen ein: Dieser Timer erinnert Sie daran, es auszuschalten.</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one: heat burns what you cannot feel. Warm, not hot. Never sleep with it on.</source>
            <extracomment>spoken heat safety: not on a swollen, red, warm or numb leg; warm, not hot; never sleep with it on. Keep all of it; no temperature.</extracomment>
            <translation>Nicht auf ein geschwollenes, gerötetes oder warmes Bein, auch nicht auf ein taubes: Wärme verbrennt, was Sie nicht fühlen. Warm, nicht heiß. Nie damit einschlafen.</translation>
        </message>
        <message>
            <source>Do not rub a leg that is swollen, red or warm, or where it is numb or feels little. Sit so you can reach your calf easily.</source>
            <extracomment>massage safety: do not rub a swollen, red or warm leg, nor where it is numb; sit with the calf in easy reach. Keep every condition.</extracomment>
            <translation>Reiben Sie kein Bein, das geschwollen, gerötet oder warm ist, und keine Stelle, die taub ist oder wenig spürt. Setzen Sie sich so, dass Sie Ihre Wade bequem erreichen.</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one. Sit so you can reach your calf.</source>
            <extracomment>spoken massage safety: not on a swollen, red, warm or numb leg; sit so you can reach your calf. Keep all four signs.</extracomment>
            <translation>Nicht an einem geschwollenen, geröteten oder warmen Bein, auch nicht an einem tauben. Setzen Sie sich so, dass Sie Ihre Wade erreichen.</translation>
        </message>
        <message>
            <source>Warmth on the calf. Rest and breathe.</source>
            <extracomment>shown during heat: warmth on the calf (warm, not hot); rest and breathe. Add no instruction.</extracomment>
            <translation>Wärme auf der Wade. Ruhen Sie sich aus und atmen Sie.</translation>
        </message>
        <message>
            <source>The warmth is on. Rest and breathe slowly.</source>
            <extracomment>spoken as the heat starts: only rest and breathe slowly. Add no instruction and do not say 'hot'.</extracomment>
            <translation>Die Wärme ist an. Ruhen Sie sich aus und atmen Sie langsam.</translation>
        </message>
        <message>
            <source>Use cold only once the cramp has let go. Wrap the ice pack in a cloth: never put ice straight on the skin.</source>
            <extracomment>cold safety: only once the cramp has let go; wrap the ice pack in a cloth, never ice straight on the skin. Keep 'only' and 'never'.</extracomment>
            <translation>Kälte erst, wenn der Krampf sich gelöst hat. Wickeln Sie das Kühlpack in ein Tuch: Legen Sie Eis nie direkt auf die Haut.</translation>
        </message>
        <message>
            <source>Only once the cramp has passed. Wrap the ice pack in a cloth.</source>
            <extracomment>spoken cold safety: only after the cramp has passed; wrap the ice pack in a cloth. Keep 'only'.</extracomment>
            <translation>Erst, wenn der Krampf vorbei ist. Wickeln Sie das Kühlpack in ein Tuch.</translation>
        </message>
        <message>
            <source>Wrapped ice pack on the sore spot.</source>
            <extracomment>shown during cold: the ice pack stays wrapped. Keep 'wrapped'; add no time.</extracomment>
            <translation>Eingewickeltes Kühlpack auf die schmerzende Stelle.</translation>
        </message>
        <message>
            <source>Cold pack on. Rest and breathe slowly.</source>
            <extracomment>spoken as the cold starts: only rest and breathe slowly. Add no instruction.</extracomment>
            <translation>Kühlpack liegt auf. Ruhen Sie sich aus und atmen Sie langsam.</translation>
        </message>
        <message>
            <source>Time is up. Take the ice pack off.</source>
            <extracomment>spoken at the end: must say to take the ice pack off now, not 'you may'.</extracomment>
            <translation>Die Zeit ist um. Nehmen Sie das Kühlpack ab.</translation>
        </message>
        <message>
            <source>Rub the calf gently with both hands to warm it.</source>
            <extracomment>massage step: rub gently with both hands to warm the calf (by rubbing, not with heat). Keep 'gently'.</extracomment>
            <translation>Reiben Sie die Wade sanft mit beiden Händen, um sie zu wärmen.</translation>
        </message>
        <message>
            <source>Knead the calf, working from the ankle up toward the knee.</source>
            <extracomment>massage step: knead from the ankle up toward the knee. Keep the direction; add no force.</extracomment>
            <translation>Kneten Sie die Wade, vom Knöchel hinauf zum Knie.</translation>
        </message>
        <message>
            <source>Keep kneading upward, slow and firm. Ease off if it hurts.</source>
            <extracomment>keep 'upward' and 'slow and firm', and the safety: ease off if it hurts. Must not say to push through pain.</extracomment>
            <translation>Kneten Sie weiter nach oben, langsam und fest. Lassen Sie nach, wenn es wehtut.</translation>
        </message>
        <message>
            <source>Now stroke lightly from the ankle to the knee.</source>
            <extracomment>massage step: light strokes from the ankle to the knee. Keep 'lightly' and the direction.</extracomment>
            <translation>Streichen Sie jetzt sanft vom Knöchel zum Knie.</translation>
        </message>
        <message>
            <source>That is enough. Let the leg rest.</source>
            <extracomment>spoken at the end of the massage: stop, let the leg rest. Add no advice.</extracomment>
            <translation>Das reicht. Lassen Sie das Bein ruhen.</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>Wärme</translation>
        </message>
        <message>
            <source>Warmth on the calf, with a timer that reminds you to switch a heat pad off</source>
            <extracomment>heat choice: warmth on the calf, and a timer that reminds you to switch the heat pad off. Keep the reminder; not 'hot'.</extracomment>
            <translation>Wärme auf der Wade, mit einem Timer, der Sie ans Ausschalten des Heizkissens erinnert</translation>
        </message>
        <message>
            <source>heat %1</source>
            <translation>Wärme %1</translation>
        </message>
        <message>
            <source>Heat ti&amp;mer</source>
            <translation>&amp;Wärme-Timer</translation>
        </message>
        <message>
            <source>Heat timer in minutes</source>
            <translation>Wärme-Timer in Minuten</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation>Kälte</translation>
        </message>
        <message>
            <source>A wrapped ice pack, once the cramp has passed</source>
            <extracomment>cold choice: keep 'wrapped' and 'once the cramp has passed' (cold only after the cramp has let go).</extracomment>
            <translation>Ein eingewickeltes Kühlpack, sobald der Krampf vorbei ist</translation>
        </message>
        <message>
            <source>cold %1</source>
            <translation>Kälte %1</translation>
        </message>
        <message>
            <source>&amp;Cold timer</source>
            <translation>&amp;Kälte-Timer</translation>
        </message>
        <message>
            <source>Cold timer in minutes</source>
            <translation>Kälte-Timer in Minuten</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massage</translation>
        </message>
        <message>
            <source>Two minutes of guided massage</source>
            <translation>Zwei Minuten geführte Massage</translation>
        </message>
        <message>
            <source>massage %1</source>
            <translation>Massage %1</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>A bedside timer that talks you through a night-time calf cramp. If Cramp Timer is already open, its window comes to the front and the option is done there.</source>
            <translation>Ein Timer für den Nachttisch, der Sie mit Worten durch einen nächtlichen Wadenkrampf begleitet. Wenn Cramp Timer schon geöffnet ist, kommt sein Fenster nach vorn und die Option wird dort ausgeführt.</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>open the window and start a guided stretch at once</source>
            <translation>das Fenster öffnen und sofort eine geführte Dehnung starten</translation>
        </message>
        <message>
            <source>open the window and start the routine called NAME</source>
            <translation>das Fenster öffnen und die Routine namens NAME starten</translation>
        </message>
        <message>
            <source>start hidden in the tray (as at login); the window opens from the tray icon</source>
            <translation>verborgen im Infobereich starten (wie beim Anmelden); das Fenster öffnet sich über das Symbol im Infobereich</translation>
        </message>
        <message>
            <source>check that this computer can run Cramp Timer (display, speech, sound, folders, diary), print one line per check and exit; the exit status is 0 when Cramp now can work</source>
            <translation>prüfen, ob Cramp Timer auf diesem Computer laufen kann (Anzeige, Sprachausgabe, Ton, Ordner, Tagebuch), eine Zeile pro Prüfung ausgeben und beenden; der Exit-Status ist 0, wenn „Krampf jetzt“ funktionieren kann</translation>
        </message>
        <message>
            <source>add Cramp Timer to your desktop's application menu (for you only) and exit</source>
            <translation>Cramp Timer zum Anwendungsmenü Ihres Desktops hinzufügen (nur für Sie) und beenden</translation>
        </message>
        <message>
            <source>remove what --install-desktop-entry added and exit</source>
            <translation>entfernen, was --install-desktop-entry hinzugefügt hat, und beenden</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>die Versionsnummer zeigen und beenden</translation>
        </message>
        <message>
            <source>{error} Starting anyway.</source>
            <translation>{error} Cramp Timer startet trotzdem.</translation>
        </message>
        <message>
            <source>diary exports</source>
            <translation>Tagebuch-Export</translation>
        </message>
        <message>
            <source>write a summary for your doctor to FILE (PDF) and exit</source>
            <translation>eine Übersicht für Ihren Arzt in FILE schreiben (PDF) und beenden</translation>
        </message>
        <message>
            <source>write the cramp diary to FILE (CSV, for a spreadsheet) and exit</source>
            <translation>das Krampftagebuch in FILE schreiben (CSV, für eine Tabellenkalkulation) und beenden</translation>
        </message>
        <message>
            <source>with an export: from the night of DATE (YYYY-MM-DD)</source>
            <translation>bei einem Export: ab der Nacht vom DATE (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>with an export: to the night of DATE (YYYY-MM-DD), included</source>
            <translation>bei einem Export: bis einschließlich der Nacht vom DATE (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>with --export-pdf: the name to print on the summary</source>
            <translation>mit --export-pdf: der Name, der auf die Übersicht gedruckt wird</translation>
        </message>
        <message>
            <source>not a date like 2026-02-15: {text}</source>
            <translation>kein Datum wie 2026-02-15: {text}</translation>
        </message>
        <message>
            <source>routine files</source>
            <translation>Routine-Dateien</translation>
        </message>
        <message>
            <source>add the routines in FILE to your own, checking the whole file first; asks for the PIN if one is set</source>
            <translation>die Routinen aus FILE zu Ihren eigenen hinzufügen, nachdem die ganze Datei geprüft wurde; fragt nach der PIN, wenn eine festgelegt ist</translation>
        </message>
        <message>
            <source>write your own routines (or those named with --routine) to FILE</source>
            <translation>Ihre eigenen Routinen (oder die mit --routine genannten) in FILE schreiben</translation>
        </message>
        <message>
            <source>with --import-routines: replace your routines that have the same names</source>
            <translation>mit --import-routines: Ihre Routinen mit demselben Namen ersetzen</translation>
        </message>
        <message>
            <source>with --import-routines: read the PIN from the first line of standard input</source>
            <translation>mit --import-routines: die PIN aus der ersten Zeile der Standardeingabe lesen</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>Paused.</source>
            <translation>Pausiert.</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>Es geht weiter.</translation>
        </message>
        <message>
            <source>The stretch is on. Follow the voice.</source>
            <translation>Die Dehnung läuft. Folgen Sie der Stimme.</translation>
        </message>
        <message>
            <source>Not a cramp: nothing was written in your diary.</source>
            <translation>Kein Krampf: Nichts wurde in Ihr Tagebuch geschrieben.</translation>
        </message>
        <message>
            <source>There is no routine called “{name}”.</source>
            <translation>Es gibt keine Routine namens „{name}“.</translation>
        </message>
        <message>
            <source>Finish what is on the screen first.</source>
            <translation>Bringen Sie zuerst zu Ende, was auf dem Bildschirm ist.</translation>
        </message>
    </context>
    <context>
        <name>cues</name>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Then lean your weight onto the cramped leg, heel flat on the floor.</source>
            <extracomment>fall safety: must say to get up slowly and hold on to something steady (wall, chair, bed frame) before leaning onto the cramped leg, heel flat. Keep that order.</extracomment>
            <translation>Stehen Sie langsam auf und halten Sie sich an etwas Stabilem fest: an einer Wand, einem Stuhl, dem Bettgestell. Verlagern Sie dann Ihr Gewicht auf das verkrampfte Bein, die Ferse flach auf dem Boden.</translation>
        </message>
        <message>
            <source>Sit with the cramped leg straight out. Draw your toes and foot up toward your knee. A towel looped around the foot helps.</source>
            <extracomment>seated stretch: leg straight, toes and foot drawn up toward the knee; a towel around the foot helps. Add no force or pain.</extracomment>
            <translation>Setzen Sie sich und strecken Sie das verkrampfte Bein gerade aus. Ziehen Sie Zehen und Fuß zum Knie hin. Ein Handtuch als Schlaufe um den Fuß hilft dabei.</translation>
        </message>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Weight on the cramped leg, heel down.</source>
            <extracomment>spoken fall safety: get up slowly, hold on to something steady (wall, chair, bed frame), then weight on the cramped leg, heel down. Keep the order; keep it short.</extracomment>
            <translation>Stehen Sie langsam auf und halten Sie sich an etwas Stabilem fest: an einer Wand, einem Stuhl, dem Bettgestell. Gewicht auf das verkrampfte Bein, Ferse unten.</translation>
        </message>
        <message>
            <source>Leg straight. Pull your foot toward you.</source>
            <extracomment>spoken seated stretch: leg straight, pull the foot toward you. Short; add no force or pain.</extracomment>
            <translation>Bein gestreckt. Ziehen Sie den Fuß zu sich heran.</translation>
        </message>
        <message>
            <source>Weight on the cramped leg, heel down</source>
            <extracomment>reminder above the countdown: weight on the cramped leg, heel stays on the floor. Short.</extracomment>
            <translation>Gewicht auf das verkrampfte Bein, Ferse unten</translation>
        </message>
        <message>
            <source>Leg straight, foot pulled toward you</source>
            <extracomment>reminder above the countdown: leg straight, foot pulled toward the body. Short.</extracomment>
            <translation>Bein gestreckt, Fuß zu sich herangezogen</translation>
        </message>
        <message>
            <source>Hold the stretch. Breathe slowly.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and breathe slowly (do not hold the breath).</extracomment>
            <translation>Halten Sie die Dehnung. Atmen Sie langsam.</translation>
        </message>
        <message>
            <source>Halfway. Keep breathing.</source>
            <extracomment>spoken halfway through a hold: keep breathing (do not hold the breath). Add no instruction.</extracomment>
            <translation>Halbzeit. Atmen Sie weiter.</translation>
        </message>
        <message>
            <source>Ten seconds left.</source>
            <translation>Noch zehn Sekunden.</translation>
        </message>
        <message>
            <source>One.</source>
            <translation>Eins.</translation>
        </message>
        <message>
            <source>Two.</source>
            <translation>Zwei.</translation>
        </message>
        <message>
            <source>Three.</source>
            <translation>Drei.</translation>
        </message>
        <message>
            <source>Four.</source>
            <translation>Vier.</translation>
        </message>
        <message>
            <source>Five.</source>
            <translation>Fünf.</translation>
        </message>
        <message>
            <source>Release slowly.</source>
            <extracomment>spoken at the end of the hold: let go of the stretch slowly, not all at once.</extracomment>
            <translation>Lösen Sie die Dehnung langsam.</translation>
        </message>
        <message>
            <source>This is the voice that will guide you.</source>
            <translation>Diese Stimme wird Sie anleiten.</translation>
        </message>
        <message>
            <source>en</source>
            <comment>language code of the spoken lines</comment>
            <translation>de</translation>
        </message>
    </context>
    <context>
        <name>diary</name>
        <message>
            <source>The diary {path} could not be opened: it is not a file.</source>
            <translation>Das Tagebuch {path} konnte nicht geöffnet werden: Es ist keine Datei.</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary (it is not a database). It was left as it is.</source>
            <translation>Die Datei {path} ist kein Tagebuch von Cramp Timer (sie ist keine Datenbank). Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The diary {path} was written by a newer version of Cramp Timer (diary format {version}; this version knows up to {known}). It was left as it is.</source>
            <translation>Das Tagebuch {path} wurde von einer neueren Version von Cramp Timer geschrieben (Tagebuchformat {version}; diese Version kennt Formate bis {known}). Es wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened: the folder does not allow the write-ahead log (journal mode {mode}).</source>
            <translation>Das Tagebuch {path} konnte nicht geöffnet werden: Der Ordner erlaubt kein Write-Ahead-Log (Journalmodus {mode}).</translation>
        </message>
        <message>
            <source>The diary {path} could not be updated to format {version} ({error}). It was left as it was.</source>
            <translation>Das Tagebuch {path} konnte nicht auf Format {version} aktualisiert werden ({error}). Es wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The diary {path} cannot be written: the disk is full ({error}).</source>
            <translation>Das Tagebuch {path} kann nicht beschrieben werden: Die Festplatte ist voll ({error}).</translation>
        </message>
        <message>
            <source>The diary {path} is in use by another program ({error}); what happens now is kept and written once it is free.</source>
            <translation>Das Tagebuch {path} wird von einem anderen Programm benutzt ({error}); was jetzt geschieht, wird aufbewahrt und geschrieben, sobald es frei ist.</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary, or it is damaged ({error}). It was left as it is.</source>
            <translation>Die Datei {path} ist kein Tagebuch von Cramp Timer, oder sie ist beschädigt ({error}). Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened ({error}).</source>
            <translation>Das Tagebuch {path} konnte nicht geöffnet werden ({error}).</translation>
        </message>
        <message>
            <source>Your cramp diary could not be read ({reason}), so it was moved aside to {path} and a new diary was started. Nothing was deleted.</source>
            <translation>Ihr Krampftagebuch konnte nicht gelesen werden ({reason}), daher wurde es nach {path} verschoben und ein neues Tagebuch begonnen. Nichts wurde gelöscht.</translation>
        </message>
        <message>
            <source>The disk is full, so tonight's entries cannot be written to your diary yet. They are kept and written as soon as there is room again.</source>
            <translation>Die Festplatte ist voll, daher können die Einträge von heute Nacht noch nicht in Ihr Tagebuch geschrieben werden. Sie werden aufbewahrt und geschrieben, sobald wieder Platz ist.</translation>
        </message>
        <message>
            <source>Your cramp diary cannot be written just now, so tonight's entries are kept and written as soon as it can be. ({reason})</source>
            <translation>Ihr Krampftagebuch kann gerade nicht beschrieben werden, daher werden die Einträge von heute Nacht aufbewahrt und geschrieben, sobald es wieder geht. ({reason})</translation>
        </message>
        <message>
            <source>it is not a diary, or it is damaged</source>
            <translation>es ist kein Tagebuch, oder es ist beschädigt</translation>
        </message>
        <message>
            <source>it was written by a newer version of Cramp Timer</source>
            <translation>es wurde von einer neueren Version von Cramp Timer geschrieben</translation>
        </message>
        <message>
            <source>it could not be opened</source>
            <translation>es konnte nicht geöffnet werden</translation>
        </message>
    </context>
    <context>
        <name>diary_cli</name>
        <message>
            <source>There is no diary yet ({file}), so nothing was written.</source>
            <translation>Es gibt noch kein Tagebuch ({file}), daher wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The diary could not be read ({error}). Nothing was written.</source>
            <translation>Das Tagebuch konnte nicht gelesen werden ({error}). Nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>Nothing is recorded in the diary for those nights, so nothing was written.</source>
            <translation>Für diese Nächte steht nichts im Tagebuch, daher wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The file {file} could not be written: {reason}.</source>
            <translation>Die Datei {file} konnte nicht geschrieben werden: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n cramp entries to {file}.</source>
            <translation>
                <numerusform>%n Krampfeintrag wurde in {file} gespeichert.</numerusform>
                <numerusform>%n Krampfeinträge wurden in {file} gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the summary of the nights {first} to {last} to {file}.</source>
            <translation>Die Übersicht der Nächte vom {first} bis {last} wurde in {file} gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>ddd d MMM yyyy</source>
            <extracomment>Qt date patterns (d day, MMM short month name, ddd short weekday, yyyy year): put them in your language's order, e.g. "yyyy年M月d日 ddd". Keep the letters.</extracomment>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd, d. MMM</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
    </context>
    <context>
        <name>guidance</name>
        <message>
            <source>Fewer night cramps</source>
            <extracomment>title of the self-care tips page. Must mean fewer (rarer) night cramps; must not promise that cramps stop or are cured.</extracomment>
            <translation>Weniger nächtliche Krämpfe</translation>
        </message>
        <message>
            <source>Drink through the day</source>
            <extracomment>heading: spread drinking across the whole day. Must not add an amount of water or a number of glasses.</extracomment>
            <translation>Über den Tag verteilt trinken</translation>
        </message>
        <message>
            <source>Sip water steadily from morning to evening, unless a doctor told you to limit fluids.</source>
            <extracomment>must keep the exception: not if a doctor told you to limit fluids. Must not add an amount, a number of glasses or a time.</extracomment>
            <translation>Trinken Sie von morgens bis abends regelmäßig kleine Schlucke Wasser, es sei denn, ein Arzt hat Ihnen gesagt, dass Sie Ihre Trinkmenge begrenzen sollen.</translation>
        </message>
        <message>
            <source>Muscles need enough fluid, and the minerals that come with it, to relax again after they tighten.</source>
            <extracomment>a general reason why fluid matters. Must not name a particular mineral, a dose or a medical mechanism, nor promise that drinking stops cramps.</extracomment>
            <translation>Muskeln brauchen genug Flüssigkeit und die Mineralstoffe, die damit kommen, um sich nach dem Anspannen wieder zu entspannen.</translation>
        </message>
        <message>
            <source>Eat foods with potassium and magnesium</source>
            <extracomment>heading: foods, not pills. Must not suggest supplements or name amounts.</extracomment>
            <translation>Essen Sie Lebensmittel mit Kalium und Magnesium</translation>
        </message>
        <message>
            <source>Potassium: bananas and sweet potatoes.</source>
            <extracomment>food examples only (bananas, sweet potatoes). Add no amounts, no other foods and no supplements.</extracomment>
            <translation>Kalium: Bananen und Süßkartoffeln.</translation>
        </message>
        <message>
            <source>Magnesium: spinach and other dark green vegetables, almonds and pumpkin seeds.</source>
            <extracomment>food examples only (spinach and other dark green vegetables, almonds, pumpkin seeds). Add no amounts and no supplements.</extracomment>
            <translation>Magnesium: Spinat und anderes dunkelgrünes Gemüse, Mandeln und Kürbiskerne.</translation>
        </message>
        <message>
            <source>Calcium matters too: milk, yoghurt and cheese, or fortified drinks.</source>
            <extracomment>food examples only. 'Matters too' must not become a claim that calcium prevents cramps; add no amounts.</extracomment>
            <translation>Auch Calcium ist wichtig: Milch, Joghurt und Käse, oder angereicherte Getränke.</translation>
        </message>
        <message>
            <source>Thinking about a supplement? Talk it over with your doctor first.</source>
            <extracomment>must say: talk to a doctor before taking any supplement. Must not recommend or name a supplement, or give a dose.</extracomment>
            <translation>Denken Sie an ein Nahrungsergänzungsmittel? Besprechen Sie das zuerst mit Ihrem Arzt.</translation>
        </message>
        <message>
            <source>Stretch gently before bed</source>
            <extracomment>heading: gentle stretching in the evening before sleep. Keep 'gently' (not deep or hard stretching).</extracomment>
            <translation>Vor dem Schlafen sanft dehnen</translation>
        </message>
        <message>
            <source>A few minutes of calf and hamstring stretches in the evening can make night cramps rarer (shown in one trial).</source>
            <extracomment>a claim from one study: keep 'can' (not 'will' or 'prevents') and '(shown in one trial)'. Must not say 'proven' or 'studies show'.</extracomment>
            <translation>Ein paar Minuten Dehnübungen für Wade und Oberschenkelrückseite am Abend können nächtliche Krämpfe seltener machen (gezeigt in einer Studie).</translation>
        </message>
        <message>
            <source>The Bedtime routine in this app talks you through them.</source>
            <translation>Die Abendroutine in dieser App führt Sie mit Worten hindurch.</translation>
        </message>
        <message>
            <source>A stretch should pull firmly. It should never hurt.</source>
            <extracomment>safety: a stretch should pull firmly but never hurt. Must not soften 'never' or suggest pushing through pain.</extracomment>
            <translation>Eine Dehnung soll kräftig ziehen. Sie soll nie wehtun.</translation>
        </message>
        <message>
            <source>Keep your toes from pointing down in bed</source>
            <extracomment>heading: a lying position tip (toes not pointed down in bed). Not a treatment; add no promise.</extracomment>
            <translation>Im Bett die Zehen nicht nach unten strecken</translation>
        </message>
        <message>
            <source>Lying with the toes pointed keeps the calf short, and that can set off a cramp.</source>
            <extracomment>keep 'can' (pointed toes are a possible trigger, not a certain cause). Add no medical explanation.</extracomment>
            <translation>Wenn Sie mit gestreckten Zehen liegen, bleibt die Wade verkürzt, und das kann einen Krampf auslösen.</translation>
        </message>
        <message>
            <source>Keep the covers loose at the foot of the bed, so they do not press your toes down.</source>
            <extracomment>a practical tip: loose covers at the foot of the bed so they do not press the toes down. Add no other advice.</extracomment>
            <translation>Lassen Sie die Bettdecke am Fußende locker, damit sie Ihre Zehen nicht nach unten drückt.</translation>
        </message>
        <message>
            <source>A pillow at your feet, under the covers, can hold their weight off your toes.</source>
            <extracomment>keep 'can'. The pillow lies at the feet under the covers and takes their weight off the toes; not a medical aid.</extracomment>
            <translation>Ein Kissen an Ihren Füßen, unter der Bettdecke, kann das Gewicht der Decke von Ihren Zehen fernhalten.</translation>
        </message>
        <message>
            <source>Rest tired muscles, move after sitting</source>
            <extracomment>heading: rest muscles that worked hard; get moving after sitting. Add no amounts of exercise or time.</extracomment>
            <translation>Müde Muskeln ausruhen, nach dem Sitzen bewegen</translation>
        </message>
        <message>
            <source>Muscles that worked hard or for long during the day are more likely to cramp at night.</source>
            <extracomment>keep 'more likely' (a higher chance, not a certainty). Must not say that exercise should be avoided.</extracomment>
            <translation>Muskeln, die tagsüber schwer oder lange gearbeitet haben, verkrampfen nachts eher.</translation>
        </message>
        <message>
            <source>Sitting for hours can leave the calf short and tight. Get up and walk about now and then.</source>
            <extracomment>keep 'can'. Must say to get up and walk about now and then; must not add a time interval or a number of steps.</extracomment>
            <translation>Stundenlanges Sitzen kann die Wade verkürzt und verspannt zurücklassen. Stehen Sie ab und zu auf und gehen Sie umher.</translation>
        </message>
        <message>
            <source>Ask about your medicines</source>
            <extracomment>heading: ask a doctor or pharmacist about your medicines. Must not suggest stopping or changing one.</extracomment>
            <translation>Fragen Sie nach Ihren Medikamenten</translation>
        </message>
        <message>
            <source>Some medicines can make cramps more likely. Water tablets (diuretics) and statins for cholesterol are two examples; there are others.</source>
            <extracomment>keep 'can make cramps more likely' and 'two examples; there are others'. Use the everyday local names; add no drug names, no 'always'.</extracomment>
            <translation>Manche Medikamente können Krämpfe wahrscheinlicher machen. Entwässerungstabletten (Diuretika) und Statine zur Senkung des Cholesterins sind zwei Beispiele; es gibt noch andere.</translation>
        </message>
        <message>
            <source>If you wonder whether a medicine plays a part, ask your doctor or pharmacist.</source>
            <extracomment>must name both the doctor and the pharmacist. Must not suggest that the medicine is the cause.</extracomment>
            <translation>Wenn Sie sich fragen, ob ein Medikament eine Rolle spielt, fragen Sie Ihren Arzt oder Ihren Apotheker.</translation>
        </message>
        <message>
            <source>Never stop or change a medicine on your own.</source>
            <extracomment>safety: a firm 'never', for both stopping and changing a medicine. Must not soften it or add exceptions.</extracomment>
            <translation>Setzen Sie Medikamente nie auf eigene Faust ab und ändern Sie sie nie eigenmächtig.</translation>
        </message>
        <message>
            <source>A cramp, or restless legs?</source>
            <extracomment>heading: telling a cramp from restless legs. Use the everyday name for restless legs; this is not a diagnosis.</extracomment>
            <translation>Ein Krampf oder unruhige Beine?</translation>
        </message>
        <message>
            <source>A cramp is a hard, painful tightening of the muscle. You can often feel the knot with your hand.</source>
            <extracomment>describes a cramp: a hard, painful tightening. Keep 'often' (the knot can often be felt, not always).</extracomment>
            <translation>Ein Krampf ist ein hartes, schmerzhaftes Zusammenziehen des Muskels. Oft können Sie den Knoten mit der Hand fühlen.</translation>
        </message>
        <message>
            <source>Restless legs feel different: an urge to move the legs, with odd feelings such as tingling or crawling, that eases when you move.</source>
            <extracomment>describes restless legs: an urge to move, odd feelings (examples only), eased by moving. Must not name a cause or present it as a diagnosis.</extracomment>
            <translation>Unruhige Beine (Restless Legs) fühlen sich anders an: ein Drang, die Beine zu bewegen, mit seltsamen Empfindungen wie Kribbeln oder Krabbeln, der nachlässt, wenn Sie sich bewegen.</translation>
        </message>
        <message>
            <source>If that sounds more like your nights, mention it to your doctor.</source>
            <extracomment>must say: mention it to a doctor (not urgent). Must not tell the reader that they have restless legs syndrome.</extracomment>
            <translation>Wenn das eher nach Ihren Nächten klingt, sprechen Sie Ihren Arzt darauf an.</translation>
        </message>
        <message>
            <source>Talk to your doctor if</source>
            <extracomment>heading of non-urgent reasons to see a doctor. Must be milder than 'See a doctor now' on the Warning signs page.</extracomment>
            <translation>Sprechen Sie in diesen Fällen mit Ihrem Arzt</translation>
        </message>
        <message>
            <source>Cramps come often, or every night, or keep waking you up.</source>
            <extracomment>a reason to see a doctor (not urgent). Keep all three: often, every night, keep waking you up. Add no number of nights.</extracomment>
            <translation>Krämpfe kommen oft oder jede Nacht, oder sie wecken Sie immer wieder.</translation>
        </message>
        <message>
            <source>A cramp goes on for more than 10 minutes: ask for an appointment the same day.</source>
            <extracomment>keep 'more than 10 minutes' and 'the same day': not 'now' or an emergency, and not merely 'soon'.</extracomment>
            <translation>Ein Krampf dauert länger als 10 Minuten: Bitten Sie um einen Termin noch am selben Tag.</translation>
        </message>
        <message>
            <source>Cramps come with weakness or numbness in the leg, or the leg muscles seem to shrink or get weaker.</source>
            <extracomment>a reason to see a doctor: weakness or numbness in the leg, or leg muscles that seem to shrink or weaken. Keep 'seem'; name no disease.</extracomment>
            <translation>Krämpfe kommen zusammen mit Schwäche oder Taubheit im Bein, oder die Beinmuskeln scheinen zu schrumpfen oder schwächer zu werden.</translation>
        </message>
        <message>
            <source>You are pregnant and cramps trouble you: tell your midwife or doctor.</source>
            <extracomment>must say: tell your midwife or doctor (keep both). No added urgency and no advice about pregnancy.</extracomment>
            <translation>Sie sind schwanger und Krämpfe machen Ihnen zu schaffen: Sagen Sie es Ihrer Hebamme oder Ihrem Arzt.</translation>
        </message>
        <message>
            <source>Cramps began after you started a new medicine.</source>
            <extracomment>a reason to see a doctor. Must not say the medicine causes the cramps, nor suggest stopping it.</extracomment>
            <translation>Die Krämpfe haben begonnen, nachdem Sie ein neues Medikament angefangen haben.</translation>
        </message>
        <message>
            <source>These tips and stretching have not helped.</source>
            <extracomment>a reason to see a doctor: self-care has not helped. Plain; no added urgency.</extracomment>
            <translation>Diese Tipps und das Dehnen haben nicht geholfen.</translation>
        </message>
        <message>
            <source>Some pains feel like cramps but are not: the Warning signs page lists them.</source>
            <extracomment>must point to the Warning signs page (use that page's translated title). Must not name a disease here.</extracomment>
            <translation>Manche Schmerzen fühlen sich wie Krämpfe an, sind aber keine: Die Seite „Warnzeichen“ nennt sie.</translation>
        </message>
        <message>
            <source>Any warning sign appears. Those need a doctor now: see the Warning signs page.</source>
            <extracomment>urgent: a warning sign needs a doctor now, not later. Keep 'now'; use the Warning signs page's translated title.</extracomment>
            <translation>Ein Warnzeichen tritt auf. Dann brauchen Sie sofort einen Arzt: siehe die Seite „Warnzeichen“.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>title of the page of signs that need a doctor now. A plain word for warning signs; not 'emergency' and not a medical term.</extracomment>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>See a doctor now if</source>
            <extracomment>urgent heading: see a doctor now, without waiting. Not 'soon', and not yet an emergency call (that is a later section).</extracomment>
            <translation>Suchen Sie in diesen Fällen sofort einen Arzt auf</translation>
        </message>
        <message>
            <source>The leg is swollen.</source>
            <extracomment>warning sign: the leg is swollen. Plain words; add no cause or diagnosis.</extracomment>
            <translation>Das Bein ist geschwollen.</translation>
        </message>
        <message>
            <source>The leg is red, or warm to the touch.</source>
            <extracomment>warning sign: the leg is red, or warm to the touch. Keep 'or': either one is enough.</extracomment>
            <translation>Das Bein ist gerötet oder fühlt sich warm an.</translation>
        </message>
        <message>
            <source>The pain is constant and stays, even after you stretch.</source>
            <extracomment>warning sign: pain that does not stop, even after stretching. Must not suggest stretching more.</extracomment>
            <translation>Der Schmerz ist ständig da und bleibt, auch nach dem Dehnen.</translation>
        </message>
        <message>
            <source>Stretching does not relieve the cramp.</source>
            <extracomment>warning sign: stretching does not ease the cramp. Add no number of tries.</extracomment>
            <translation>Dehnen löst den Krampf nicht.</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Warum das wichtig ist</translation>
        </message>
        <message>
            <source>These can be signs of a blood clot in a deep vein of the leg, called deep vein thrombosis (DVT).</source>
            <extracomment>keep 'can be signs of' (possible, not certain). Use the usual local name for deep vein thrombosis and its local abbreviation; no certainty.</extracomment>
            <translation>Das können Zeichen eines Blutgerinnsels in einer tiefen Beinvene sein, einer sogenannten tiefen Venenthrombose (TVT).</translation>
        </message>
        <message>
            <source>Only a doctor can tell. Do not wait for the morning.</source>
            <extracomment>urgency: only a doctor can tell whether it is a clot; must say not to wait until the morning. Do not soften.</extracomment>
            <translation>Nur ein Arzt kann das feststellen. Warten Sie nicht bis zum Morgen.</translation>
        </message>
        <message>
            <source>Until a doctor has seen it, do not rub, massage or warm a leg that is swollen, red or warm.</source>
            <extracomment>safety: no rubbing, massage or warming of a swollen, red or warm leg until a doctor has seen it. Keep all three actions and all three signs.</extracomment>
            <translation>Bis ein Arzt es angesehen hat: Ein Bein, das geschwollen, gerötet oder warm ist, nicht reiben, nicht massieren und nicht wärmen.</translation>
        </message>
        <message>
            <source>Pains that may not be a cramp: tell your doctor</source>
            <extracomment>heading: keep 'may' and 'tell your doctor' (not urgent, not an emergency).</extracomment>
            <translation>Schmerzen, die vielleicht kein Krampf sind: Sagen Sie es Ihrem Arzt</translation>
        </message>
        <message>
            <source>Calf pain that comes on when you walk and eases when you rest. Narrowed arteries in the leg can do this.</source>
            <extracomment>keep 'can' (a possible cause, not a diagnosis). Plain words for narrowed arteries; no disease name.</extracomment>
            <translation>Wadenschmerzen, die beim Gehen kommen und in Ruhe nachlassen. Verengte Arterien im Bein können das verursachen.</translation>
        </message>
        <message>
            <source>Foot or calf pain at night that eases when you let your legs hang over the edge of the bed. This can be poor blood flow too.</source>
            <extracomment>keep 'can' (possible, not certain): pain that eases with the legs hanging over the bed's edge. No diagnosis or disease name.</extracomment>
            <translation>Fuß- oder Wadenschmerzen in der Nacht, die nachlassen, wenn Sie die Beine über die Bettkante hängen lassen. Auch das kann an schlechter Durchblutung liegen.</translation>
        </message>
        <message>
            <source>Legs that feel heavy, ache or swell after a long day on your feet, with cramps at night. Weak valves in the leg veins can cause this.</source>
            <extracomment>keep 'can cause'. Plain words for weak valves in the leg veins; no disease name (such as varicose veins) and no added advice.</extracomment>
            <translation>Beine, die sich nach einem langen Tag auf den Beinen schwer anfühlen, wehtun oder anschwellen, dazu Krämpfe in der Nacht. Schwache Venenklappen in den Beinen können das verursachen.</translation>
        </message>
        <message>
            <source>Numbness, tingling or burning in the feet or legs. Nerves can cause this, for example with diabetes. Do not put heat on a numb leg.</source>
            <extracomment>keep 'can' and diabetes as one example only. Must keep the safety line: do not put heat on a numb leg.</extracomment>
            <translation>Taubheit, Kribbeln oder Brennen in den Füßen oder Beinen. Das können die Nerven verursachen, zum Beispiel bei Diabetes. Legen Sie keine Wärme auf ein taubes Bein.</translation>
        </message>
        <message>
            <source>Pain that spreads down the leg from the lower back. A pressed nerve in the back can do this.</source>
            <extracomment>keep 'can' (possible, not certain). Plain words for a pressed nerve; no diagnosis such as sciatica.</extracomment>
            <translation>Schmerzen, die vom unteren Rücken ins Bein ausstrahlen. Ein eingeklemmter Nerv im Rücken kann das verursachen.</translation>
        </message>
        <message>
            <source>Call emergency services if</source>
            <extracomment>heading, highest urgency: call the emergency services. Must not add a phone number or weaken it to 'see a doctor'.</extracomment>
            <translation>Wählen Sie in diesen Fällen den Notruf</translation>
        </message>
        <message>
            <source>You suddenly feel short of breath.</source>
            <extracomment>emergency sign: sudden shortness of breath. Keep 'suddenly'; no diagnosis.</extracomment>
            <translation>Sie haben plötzlich Atemnot.</translation>
        </message>
        <message>
            <source>There is pain in your chest.</source>
            <extracomment>emergency sign: chest pain. Plain words; no diagnosis.</extracomment>
            <translation>Sie haben Schmerzen in der Brust.</translation>
        </message>
        <message>
            <source>A clot can travel to the lungs. That is an emergency: call straight away.</source>
            <extracomment>keep 'can' for the clot; must say it is an emergency, call at once. Must not name a diagnosis (such as pulmonary embolism) or add a number.</extracomment>
            <translation>Ein Gerinnsel kann in die Lunge wandern. Das ist ein Notfall: Wählen Sie sofort den Notruf.</translation>
        </message>
        <message>
            <source>Do not drive yourself. Call for an ambulance, or ask someone to drive you.</source>
            <extracomment>safety: must say not to drive yourself, and to call an ambulance or have someone drive you. Keep both options; add no phone number.</extracomment>
            <translation>Fahren Sie nicht selbst. Rufen Sie einen Rettungswagen, oder lassen Sie sich von jemandem fahren.</translation>
        </message>
        <message>
            <source>If the leg is swollen, red or warm, or the pain will not ease, see a doctor now. It can be a blood clot. Chest pain or sudden breathlessness: call emergency services now. Do not drive yourself.</source>
            <extracomment>spoken. Keep: swollen, red or warm leg, or pain that will not ease: doctor now; it 'can be' a clot (not 'is'); chest pain or breathlessness: emergency services now; do not drive yourself. Add no phone number and no diagnosis.</extracomment>
            <translation>Wenn das Bein geschwollen, gerötet oder warm ist oder der Schmerz nicht nachlässt, suchen Sie sofort einen Arzt auf. Es kann ein Blutgerinnsel sein. Brustschmerzen oder plötzliche Atemnot: Wählen Sie sofort den Notruf. Fahren Sie nicht selbst.</translation>
        </message>
        <message>
            <source>Leg swollen, red or warm? Pain that will not ease?</source>
            <extracomment>large warning text: keep all four signs (swollen, red, warm, pain that will not ease). Short; no diagnosis.</extracomment>
            <translation>Bein geschwollen, gerötet oder warm? Schmerz, der nicht nachlässt?</translation>
        </message>
        <message>
            <source>See a doctor now.</source>
            <extracomment>must keep 'now' (without waiting). Not an emergency call: that is the next line.</extracomment>
            <translation>Suchen Sie sofort einen Arzt auf.</translation>
        </message>
        <message>
            <source>Chest pain or short of breath? Call emergency services.</source>
            <extracomment>emergency: must say to call emergency services. Short; no phone number, no diagnosis.</extracomment>
            <translation>Brustschmerzen oder Atemnot? Wählen Sie den Notruf.</translation>
        </message>
    </context>
    <context>
        <name>lock</name>
        <message>
            <source>The PIN prevents accidental changes to the settings, the routines and the diary. It does not stop someone who can open this computer's files.</source>
            <translation>Die PIN verhindert versehentliche Änderungen an den Einstellungen, den Routinen und dem Tagebuch. Sie hält niemanden auf, der die Dateien dieses Computers öffnen kann.</translation>
        </message>
        <message>
            <source>Forgot the PIN? Delete the file {file} to remove it.</source>
            <translation>PIN vergessen? Löschen Sie die Datei {file}, um sie zu entfernen.</translation>
        </message>
        <message>
            <source>Too many wrong tries.</source>
            <translation>Zu viele falsche Versuche.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Diese PIN ist nicht richtig.</translation>
        </message>
        <message>
            <source>Please wait 1 second, then try again.</source>
            <translation>Bitte warten Sie 1 Sekunde und versuchen Sie es dann noch einmal.</translation>
        </message>
        <message>
            <source>Please wait {seconds} seconds, then try again.</source>
            <translation>Bitte warten Sie {seconds} Sekunden und versuchen Sie es dann noch einmal.</translation>
        </message>
        <message>
            <source>Please wait {minutes} minutes, then try again.</source>
            <translation>Bitte warten Sie {minutes} Minuten und versuchen Sie es dann noch einmal.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
        </message>
        <message>
            <source>Enter the current PIN first.</source>
            <translation>Geben Sie zuerst die aktuelle PIN ein.</translation>
        </message>
        <message>
            <source>it is empty or damaged</source>
            <translation>sie ist leer oder beschädigt</translation>
        </message>
        <message>
            <source>The PIN lock file cannot be read ({reason}), so the settings stay locked. To reset the PIN, delete {file} (see "Forgotten PIN" in the README).</source>
            <translation>Die Datei der PIN-Sperre kann nicht gelesen werden ({reason}), daher bleiben die Einstellungen gesperrt. Um die PIN zurückzusetzen, löschen Sie {file} (siehe „Forgotten PIN“ in der README).</translation>
        </message>
        <message>
            <source>The PIN lock could not be saved: {reason}.</source>
            <translation>Die PIN-Sperre konnte nicht gespeichert werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>night</name>
        <message>
            <source>How is the cramp now?</source>
            <translation>Wie ist der Krampf jetzt?</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>{problems} Cramp now works as usual; what would be kept there is kept only until the app closes. Check setup (in the More menu) says how to fix it.</source>
            <translation>{problems} „Krampf jetzt“ funktioniert wie gewohnt; was dort gespeichert würde, bleibt nur erhalten, bis die App geschlossen wird. „Einrichtung prüfen“ (im Menü „Mehr“) sagt, wie Sie das beheben.</translation>
        </message>
        <message>
            <source>Cramp Timer cannot use the folder {folder}: {reason}.</source>
            <translation>Cramp Timer kann den Ordner {folder} nicht nutzen: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Time for your bedtime routine: {routine}. A few minutes of stretching can make night cramps rarer.</source>
            <extracomment>keep 'can make night cramps rarer' (not 'will' or 'prevents'); {routine} is the routine's name. Add no promise.</extracomment>
            <translation>Zeit für Ihre Abendroutine: {routine}. Ein paar Minuten Dehnen können nächtliche Krämpfe seltener machen.</translation>
        </message>
    </context>
    <context>
        <name>routine_cli</name>
        <message>
            <source>Nothing was imported. Add --replace to replace your routines.</source>
            <translation>Es wurde nichts importiert. Fügen Sie --replace hinzu, um Ihre Routinen zu ersetzen.</translation>
        </message>
        <message>
            <source>No PIN was given on standard input.</source>
            <translation>Über die Standardeingabe wurde keine PIN übergeben.</translation>
        </message>
        <message>
            <source>A PIN is set. Run this at a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>Eine PIN ist festgelegt. Führen Sie dies in einem Terminal aus, oder übergeben Sie die PIN mit --pin-stdin über die Standardeingabe.</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>PIN: </translation>
        </message>
        <message>
            <source>Exported the routine {name} to {file}.</source>
            <translation>Die Routine {name} wurde nach {file} exportiert.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n routines to {file}: {names}.</source>
            <translation>
                <numerusform>%n Routine wurde nach {file} exportiert: {names}.</numerusform>
                <numerusform>%n Routinen wurden nach {file} exportiert: {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>routine_editing</name>
        <message>
            <source>Prescribed by</source>
            <translation>Verordnet von</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>Die Notiz</translation>
        </message>
        <message>
            <source>The step's name</source>
            <translation>Der Name des Schritts</translation>
        </message>
        <message>
            <source>The spoken instruction</source>
            <translation>Die gesprochene Anweisung</translation>
        </message>
        <message>
            <source>The side</source>
            <translation>Die Seite</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>Haltezeit (Sekunden)</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Rest (seconds)</source>
            <translation>Pause (Sekunden)</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Linkes Bein</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Rechtes Bein</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Beide Beine</translation>
        </message>
        <message>
            <source>No side</source>
            <translation>Keine Seite</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (Kopie)</translation>
        </message>
        <message>
            <source>Calf stretch</source>
            <translation>Wadendehnung</translation>
        </message>
        <message>
            <source>Sit with this leg straight out and pull the toes gently toward you.</source>
            <translation>Setzen Sie sich, strecken Sie dieses Bein gerade aus und ziehen Sie die Zehen sanft zu sich heran.</translation>
        </message>
        <message numerus="yes">
            <source>A routine has at most %n steps.</source>
            <translation>
                <numerusform>Eine Routine hat höchstens %n Schritt.</numerusform>
                <numerusform>Eine Routine hat höchstens %n Schritte.</numerusform>
            </translation>
        </message>
        <message>
            <source>A routine needs at least one step. Delete the routine instead.</source>
            <translation>Eine Routine braucht mindestens einen Schritt. Löschen Sie stattdessen die Routine.</translation>
        </message>
        <message>
            <source>Choose a routine first.</source>
            <translation>Wählen Sie zuerst eine Routine.</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it and change the copy.</source>
            <translation>Diese Routine gehört zu Cramp Timer und kann nicht geändert werden. Duplizieren Sie sie und ändern Sie die Kopie.</translation>
        </message>
    </context>
    <context>
        <name>routine_files</name>
        <message numerus="yes">
            <source>and %n more problems</source>
            <translation>
                <numerusform>und %n weiteres Problem</numerusform>
                <numerusform>und %n weitere Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>These routines would make a file of {size}, and a routine file may be at most 1 MiB, so nothing was written. Shorten or delete some routines first.</source>
            <translation>Diese Routinen würden eine Datei von {size} ergeben, und eine Routinendatei darf höchstens 1 MiB groß sein, daher wurde nichts geschrieben. Kürzen oder löschen Sie zuerst einige Routinen.</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>diese Datei gibt es nicht</translation>
        </message>
        <message>
            <source>the file could not be read: {reason}</source>
            <translation>die Datei konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>this is a folder, not a routine file</source>
            <translation>das ist ein Ordner, keine Routinendatei</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>das ist keine normale Datei</translation>
        </message>
        <message>
            <source>the file is {size}; a routine file may be at most 1 MiB</source>
            <translation>die Datei ist {size} groß; eine Routinendatei darf höchstens 1 MiB groß sein</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (byte {byte} at offset {offset})</source>
            <translation>die Datei ist kein UTF-8-Text (Byte {byte} an Position {offset})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>not valid JSON at line {line}, column {column}: {reason}</source>
            <translation>kein gültiges JSON in Zeile {line}, Spalte {column}: {reason}</translation>
        </message>
        <message>
            <source>not valid JSON: {word} is not a number JSON allows</source>
            <translation>kein gültiges JSON: {word} ist keine Zahl, die JSON erlaubt</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a routine file</source>
            <translation>die Datei ist zu tief verschachtelt für eine Routinendatei</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>kein gültiges JSON: {reason}</translation>
        </message>
        <message>
            <source>the file must hold one JSON object, not {kind}</source>
            <translation>die Datei muss genau ein JSON-Objekt enthalten, nicht {kind}</translation>
        </message>
        <message>
            <source>this is not a Cramp Timer routine file ("format" must be "{marker}")</source>
            <translation>das ist keine Routinendatei von Cramp Timer ("format" muss "{marker}" sein)</translation>
        </message>
        <message>
            <source>routines: must be a list, not {kind}</source>
            <translation>routines: muss eine Liste sein, nicht {kind}</translation>
        </message>
        <message>
            <source>routines: is empty; a file holds at least one routine</source>
            <translation>routines: ist leer; eine Datei enthält mindestens eine Routine</translation>
        </message>
        <message>
            <source>version: must be a whole number from 1 up, not {value}</source>
            <translation>version: muss eine ganze Zahl ab 1 sein, nicht {value}</translation>
        </message>
        <message>
            <source>made by a newer Cramp Timer (format version {version}; this one reads {supported})</source>
            <translation>von einem neueren Cramp Timer erstellt (Formatversion {version}; diese Version liest {supported})</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is also the name of routines[{other}]</source>
            <translation>routines[{index}].name: {name} ist auch der Name von routines[{other}]</translation>
        </message>
        <message>
            <source>{path}: appears more than once</source>
            <translation>{path}: kommt mehr als einmal vor</translation>
        </message>
        <message>
            <source>the routine</source>
            <translation>Die Routine</translation>
        </message>
        <message>
            <source>{path}: is missing</source>
            <translation>{path}: fehlt</translation>
        </message>
        <message>
            <source>{path}: is not a known field</source>
            <translation>{path}: ist kein bekanntes Feld</translation>
        </message>
        <message>
            <source>{path}: must be an object, not {kind}</source>
            <translation>{path}: muss ein Objekt sein, nicht {kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is above {high}</source>
            <translation>{path}: {value} ist größer als {high}</translation>
        </message>
        <message>
            <source>{path}: {value} is below {low}</source>
            <translation>{path}: {value} ist kleiner als {low}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number, not {value}</source>
            <translation>{path}: muss eine ganze Zahl sein, nicht {value}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number from {low} to {high}, not {kind}</source>
            <translation>{path}: muss eine ganze Zahl von {low} bis {high} sein, nicht {kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is not one of: {choices}</source>
            <translation>{path}: {value} ist keiner dieser Werte: {choices}</translation>
        </message>
        <message>
            <source>{path}: must be one of: {choices} (not {value})</source>
            <translation>{path}: muss einer dieser Werte sein: {choices} (nicht {value})</translation>
        </message>
        <message>
            <source>{path}: is empty; it needs {low} to {high} items</source>
            <translation>{path}: ist leer; es braucht {low} bis {high} Einträge</translation>
        </message>
        <message numerus="yes">
            <source>{path}: has %n items; it may have {low} to {high}</source>
            <translation>
                <numerusform>{path}: hat %n Eintrag; erlaubt sind {low} bis {high}</numerusform>
                <numerusform>{path}: hat %n Einträge; erlaubt sind {low} bis {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: must be a list, not {kind}</source>
            <translation>{path}: muss eine Liste sein, nicht {kind}</translation>
        </message>
        <message>
            <source>{path}: must be true or false, not {value}</source>
            <translation>{path}: muss true oder false sein, nicht {value}</translation>
        </message>
        <message>
            <source>{path}: must be text, not {kind}</source>
            <translation>{path}: muss Text sein, nicht {kind}</translation>
        </message>
        <message>
            <source>{path}: is not valid text (a lone surrogate escape)</source>
            <translation>{path}: ist kein gültiger Text (ein einzelnes Surrogat-Escape)</translation>
        </message>
        <message numerus="yes">
            <source>{path}: is %n characters long; the most is {high}</source>
            <translation>
                <numerusform>{path}: ist %n Zeichen lang; höchstens {high} sind erlaubt</numerusform>
                <numerusform>{path}: ist %n Zeichen lang; höchstens {high} sind erlaubt</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: is empty</source>
            <translation>{path}: ist leer</translation>
        </message>
        <message>
            <source>{path}: holds an invisible or text-direction character (such as a zero-width space or a right-to-left override); type it again without it</source>
            <translation>{path}: enthält ein unsichtbares Zeichen oder ein Textrichtungszeichen (etwa ein Leerzeichen ohne Breite oder eine Rechts-nach-links-Umschaltung); geben Sie es ohne dieses Zeichen neu ein</translation>
        </message>
        <message>
            <source>{path}: must be one line, without tabs or control characters</source>
            <translation>{path}: muss eine einzige Zeile sein, ohne Tabulatoren oder Steuerzeichen</translation>
        </message>
        <message>
            <source>{path}: must not contain control characters</source>
            <translation>{path}: darf keine Steuerzeichen enthalten</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
    </context>
    <context>
        <name>routine_store</name>
        <message>
            <source>Imported the routine {name} from {file}.</source>
            <translation>Die Routine {name} wurde aus {file} importiert.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n routines from {file}: {names}.</source>
            <translation>
                <numerusform>%n Routine wurde aus {file} importiert: {names}.</numerusform>
                <numerusform>%n Routinen wurden aus {file} importiert: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>It replaced the routine(s) of the same name: {names}.</source>
            <translation>Gleichnamige Routinen wurden ersetzt: {names}.</translation>
        </message>
        <message>
            <source>{old} was taken, so it is called {new}.</source>
            <translation>{old} war schon vergeben, daher heißt die Routine jetzt {new}.</translation>
        </message>
        <message>
            <source>{path}: {name} is the name of a built-in routine; give it another name</source>
            <translation>{path}: {name} ist der Name einer mitgelieferten Routine; geben Sie ihr einen anderen Namen</translation>
        </message>
        <message>
            <source>{path}: {name} is already one of your routines</source>
            <translation>{path}: {name} ist schon eine Ihrer Routinen</translation>
        </message>
        <message>
            <source>There are no routines of your own to export yet.</source>
            <translation>Es gibt noch keine eigenen Routinen zum Exportieren.</translation>
        </message>
        <message>
            <source>Choose at least one routine to export.</source>
            <translation>Wählen Sie mindestens eine Routine zum Exportieren.</translation>
        </message>
        <message>
            <source>The routines could not be written to {file}: {reason}.</source>
            <translation>Die Routinen konnten nicht in {file} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>There is no routine called {name}.</source>
            <translation>Es gibt keine Routine namens {name}.</translation>
        </message>
        <message>
            <source>{name} comes with Cramp Timer and cannot be changed or deleted. You can duplicate it and change the copy.</source>
            <translation>{name} gehört zu Cramp Timer und kann nicht geändert oder gelöscht werden. Sie können sie duplizieren und die Kopie ändern.</translation>
        </message>
        <message>
            <source>{name} is the name of a built-in routine. Please choose another name.</source>
            <translation>{name} ist der Name einer mitgelieferten Routine. Bitte wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>There is already a routine called {name}. Please choose another name.</source>
            <translation>Es gibt schon eine Routine namens {name}. Bitte wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Your routines file could not be read or moved out of the way, so changes cannot be saved. Move it away and start Cramp Timer again: {file}</source>
            <translation>Ihre Routinendatei konnte weder gelesen noch beiseitegeschoben werden, daher können Änderungen nicht gespeichert werden. Verschieben Sie sie und starten Sie Cramp Timer neu: {file}</translation>
        </message>
        <message>
            <source>Your routines could not be saved: {reason}.</source>
            <translation>Ihre Routinen konnten nicht gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is the name of a built-in routine</source>
            <translation>routines[{index}].name: {name} ist der Name einer mitgelieferten Routine</translation>
        </message>
        <message>
            <source>Your routines were saved by a newer version of Cramp Timer, so only the built-in routines are available.</source>
            <translation>Ihre Routinen wurden von einer neueren Version von Cramp Timer gespeichert, daher sind nur die mitgelieferten Routinen verfügbar.</translation>
        </message>
        <message>
            <source>Your routines file could not be read, so only the built-in routines are available.</source>
            <translation>Ihre Routinendatei konnte nicht gelesen werden, daher sind nur die mitgelieferten Routinen verfügbar.</translation>
        </message>
        <message>
            <source>The file could not be moved out of the way either: {file}.</source>
            <translation>Die Datei konnte auch nicht beiseitegeschoben werden: {file}.</translation>
        </message>
        <message>
            <source>The old file was kept as {name}; once it is mended it can be imported again.</source>
            <translation>Die alte Datei wurde als {name} aufbewahrt; sobald sie repariert ist, kann sie wieder importiert werden.</translation>
        </message>
    </context>
    <context>
        <name>routines</name>
        <message>
            <source>Bedtime stretch</source>
            <translation>Dehnen vor dem Schlafen</translation>
        </message>
        <message>
            <source>Bedtime stretch (seated)</source>
            <translation>Dehnen vor dem Schlafen (sitzend)</translation>
        </message>
        <message>
            <source>{path} is missing.</source>
            <translation>{path} fehlt.</translation>
        </message>
        <message>
            <source>{path} is not part of a routine.</source>
            <translation>{path} gehört nicht zu einer Routine.</translation>
        </message>
        <message>
            <source>{path} must be a group of named values.</source>
            <translation>{path} muss eine Gruppe benannter Werte sein.</translation>
        </message>
        <message>
            <source>{path} must be one line of {low} to {high} characters.</source>
            <translation>{path} muss eine Zeile mit {low} bis {high} Zeichen sein.</translation>
        </message>
        <message>
            <source>{path} must be text of {low} to {high} characters.</source>
            <translation>{path} muss ein Text mit {low} bis {high} Zeichen sein.</translation>
        </message>
        <message>
            <source>{path} must be a whole number from {low} to {high}.</source>
            <translation>{path} muss eine ganze Zahl von {low} bis {high} sein.</translation>
        </message>
        <message>
            <source>{path} must be one of: {choices}.</source>
            <translation>{path} muss einer dieser Werte sein: {choices}.</translation>
        </message>
        <message>
            <source>{path} must be a list of {low} to {high} items.</source>
            <translation>{path} muss eine Liste mit {low} bis {high} Einträgen sein.</translation>
        </message>
        <message>
            <source>{path} must be true or false.</source>
            <translation>{path} muss true oder false sein.</translation>
        </message>
        <message>
            <source>The routine</source>
            <translation>Die Routine</translation>
        </message>
        <message>
            <source>Calf stretch against the wall</source>
            <translation>Wadendehnung an der Wand</translation>
        </message>
        <message>
            <source>Face a wall with both hands on it. Step this leg back, heel down, knee straight. Lean in until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: hands on the wall, this leg back, heel down, knee straight; limit: lean until the calf pulls firmly but does not hurt.</extracomment>
            <translation>Stellen Sie sich mit dem Gesicht zur Wand und legen Sie beide Hände daran. Setzen Sie dieses Bein nach hinten, Ferse unten, Knie gestreckt. Lehnen Sie sich vor, bis die Wade kräftig zieht, aber es nicht wehtut.</translation>
        </message>
        <message>
            <source>Standing hamstring stretch</source>
            <translation>Dehnung der Oberschenkelrückseite im Stehen</translation>
        </message>
        <message>
            <source>Hold on to something steady. Put this heel a small step forward, toes up. Bend the other knee and lean forward from the hips until the back of the thigh pulls firmly, but it does not hurt.</source>
            <extracomment>must begin with the safety step: hold on to something steady. Keep the limit: the thigh pulls firmly but does not hurt.</extracomment>
            <translation>Halten Sie sich an etwas Stabilem fest. Setzen Sie diese Ferse einen kleinen Schritt nach vorn, Zehen nach oben. Beugen Sie das andere Knie und lehnen Sie sich aus der Hüfte nach vorn, bis die Rückseite des Oberschenkels kräftig zieht, aber es nicht wehtut.</translation>
        </message>
        <message>
            <source>Seated calf stretch</source>
            <translation>Wadendehnung im Sitzen</translation>
        </message>
        <message>
            <source>Sit with this leg straight out. Put a towel around the ball of the foot and draw the foot toward you until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: leg straight, towel around the ball of the foot, draw the foot toward you; limit: the calf pulls firmly but does not hurt.</extracomment>
            <translation>Setzen Sie sich und strecken Sie dieses Bein gerade aus. Legen Sie ein Handtuch um den Fußballen und ziehen Sie den Fuß zu sich heran, bis die Wade kräftig zieht, aber es nicht wehtut.</translation>
        </message>
        <message>
            <source>Seated hamstring stretch</source>
            <translation>Dehnung der Oberschenkelrückseite im Sitzen</translation>
        </message>
        <message>
            <source>Sit on the edge of the bed or a chair. Put this leg straight out, heel down, toes up. Lean forward from the hips, back straight, until the thigh pulls firmly but does not hurt.</source>
            <extracomment>stretch steps: sit on the edge of a bed or chair, leg straight, heel down, toes up, lean from the hips with a straight back; limit: a firm pull that does not hurt.</extracomment>
            <translation>Setzen Sie sich auf die Bettkante oder einen Stuhl. Strecken Sie dieses Bein gerade aus, Ferse unten, Zehen nach oben. Lehnen Sie sich mit geradem Rücken aus der Hüfte nach vorn, bis der Oberschenkel kräftig zieht, aber nicht wehtut.</translation>
        </message>
        <message>
            <source>Calf and hamstring stretches, each leg, held 10 seconds, three times, just before bed. In a six-week study of 80 adults (Hallegraeff and others, 2012) this led to fewer and milder night cramps. Each stretch should pull firmly but never hurt; stop if it hurts. Keep breathing: never hold your breath.</source>
            <extracomment>one study (keep its details: 10 seconds, three times, six weeks, 80 adults, Hallegraeff 2012): 'led to fewer and milder', no 'proven' or 'will'. Keep 'stop if it hurts' and 'never hold your breath'.</extracomment>
            <translation>Dehnübungen für Wade und Oberschenkelrückseite, an jedem Bein, 10 Sekunden gehalten, dreimal, kurz vor dem Schlafengehen. In einer sechswöchigen Studie mit 80 Erwachsenen (Hallegraeff und andere, 2012) führte das zu selteneren und leichteren nächtlichen Krämpfen. Jede Dehnung soll kräftig ziehen, aber nie wehtun; hören Sie auf, wenn es wehtut. Atmen Sie weiter: Halten Sie nie den Atem an.</translation>
        </message>
        <message>
            <source>{exercise}, left leg</source>
            <translation>{exercise}, linkes Bein</translation>
        </message>
        <message>
            <source>{exercise}, right leg</source>
            <translation>{exercise}, rechtes Bein</translation>
        </message>
        <message>
            <source>{exercise}, both legs</source>
            <translation>{exercise}, beide Beine</translation>
        </message>
        <message>
            <source>{heading}.</source>
            <translation>{heading}.</translation>
        </message>
        <message>
            <source>{heading}. {instruction}</source>
            <translation>{heading}. {instruction}</translation>
        </message>
        <message>
            <source>Relax. Next: {line}</source>
            <translation>Entspannen Sie sich. Als Nächstes: {line}</translation>
        </message>
        <message>
            <source>Slowly into the stretch: firm, not painful.</source>
            <extracomment>spoken: move slowly into the stretch; it should feel firm, never painful. Keep both.</extracomment>
            <translation>Langsam in die Dehnung: kräftig, aber nicht schmerzhaft.</translation>
        </message>
        <message>
            <source>{heading}: move into stretch {number} of {count}</source>
            <translation>{heading}: in Dehnung {number} von {count} gehen</translation>
        </message>
        <message>
            <source>Hold it there. Keep breathing.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and keep breathing (do not hold the breath).</extracomment>
            <translation>Halten Sie diese Stellung. Atmen Sie weiter.</translation>
        </message>
        <message>
            <source>Relax. That is the whole routine. Sleep well.</source>
            <translation>Entspannen Sie sich. Das war die ganze Routine. Schlafen Sie gut.</translation>
        </message>
        <message>
            <source>{heading}: stretch {number} of {count}</source>
            <translation>{heading}: Dehnung {number} von {count}</translation>
        </message>
        <message>
            <source>Relax.</source>
            <translation>Entspannen Sie sich.</translation>
        </message>
        <message>
            <source>Relax. Stretch {number} of {count} comes next.</source>
            <translation>Entspannen Sie sich. Als Nächstes kommt Dehnung {number} von {count}.</translation>
        </message>
        <message>
            <source>Stretch {number} of {count}</source>
            <translation>Dehnung {number} von {count}</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>linkes Bein</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>rechtes Bein</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>beide Beine</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>Vorbereitung</translation>
        </message>
        <message>
            <source>rest, then hold {number} of {count}</source>
            <translation>Pause, dann Halten {number} von {count}</translation>
        </message>
        <message>
            <source>hold {number} of {count}</source>
            <translation>Halten {number} von {count}</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>heat time</source>
            <translation>Wärmedauer</translation>
        </message>
        <message>
            <source>cold time</source>
            <translation>Kältedauer</translation>
        </message>
        <message>
            <source>stretch hold time</source>
            <translation>Haltezeit der Dehnung</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>Zeit zum Bereitmachen</translation>
        </message>
        <message>
            <source>get-ready time standing</source>
            <translation>Zeit zum Bereitmachen im Stehen</translation>
        </message>
        <message>
            <source>stretch</source>
            <translation>Dehnposition</translation>
        </message>
        <message>
            <source>spoken guidance</source>
            <translation>gesprochene Anleitung</translation>
        </message>
        <message>
            <source>voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>speaking speed</source>
            <translation>Sprechtempo</translation>
        </message>
        <message>
            <source>voice volume</source>
            <translation>Lautstärke der Stimme</translation>
        </message>
        <message>
            <source>welcome shown</source>
            <translation>Begrüßung gezeigt</translation>
        </message>
        <message>
            <source>bedtime reminder</source>
            <translation>Abenderinnerung</translation>
        </message>
        <message>
            <source>reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>reminder days</source>
            <translation>Tage der Erinnerung</translation>
        </message>
        <message>
            <source>spoken reminder</source>
            <translation>gesprochene Erinnerung</translation>
        </message>
        <message>
            <source>snooze time</source>
            <translation>Zeit bis zur erneuten Erinnerung</translation>
        </message>
        <message>
            <source>bedtime routine</source>
            <translation>Abendroutine</translation>
        </message>
        <message>
            <source>dim screen</source>
            <translation>Bildschirm abdunkeln</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Cramp Timer. This version uses the settings it understands.</source>
            <translation>Ihre Einstellungen wurden von einer neueren Version von Cramp Timer gespeichert. Diese Version verwendet die Einstellungen, die sie versteht.</translation>
        </message>
        <message>
            <source>Some settings could not be used, so the usual values are back for: {fields}.</source>
            <translation>Einige Einstellungen konnten nicht verwendet werden, daher gelten wieder die üblichen Werte für: {fields}.</translation>
        </message>
        <message>
            <source>Some entries in the settings file were not recognised: {names}.</source>
            <translation>Einige Einträge in der Einstellungsdatei wurden nicht erkannt: {names}.</translation>
        </message>
        <message>
            <source>The settings file had no usable version number.</source>
            <translation>Die Einstellungsdatei hatte keine verwendbare Versionsnummer.</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The file could not be moved out of the way either: {name}.</source>
            <translation>Ihre Einstellungsdatei konnte nicht gelesen werden, daher gelten die üblichen Einstellungen. Die Datei konnte auch nicht beiseitegeschoben werden: {name}.</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The old file was kept as {name}.</source>
            <translation>Ihre Einstellungsdatei konnte nicht gelesen werden, daher gelten die üblichen Einstellungen. Die alte Datei wurde als {name} aufbewahrt.</translation>
        </message>
        <message>
            <source>The settings file could not be repaired, so this may show again.</source>
            <translation>Die Einstellungsdatei konnte nicht repariert werden, daher erscheint diese Meldung vielleicht wieder.</translation>
        </message>
        <message>
            <source>The old file was kept as {name}.</source>
            <translation>Die alte Datei wurde als {name} aufbewahrt.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiterer</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <source>a routine request needs the routine's name</source>
            <translation>eine Anfrage für eine Routine braucht den Namen der Routine</translation>
        </message>
        <message numerus="yes">
            <source>a routine name has at most %n characters</source>
            <translation>
                <numerusform>der Name einer Routine hat höchstens %n Zeichen</numerusform>
                <numerusform>der Name einer Routine hat höchstens %n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>The folder {folder} is not a private folder of this user, so Cramp Timer will not use it for its socket.</source>
            <translation>Der Ordner {folder} ist kein privater Ordner dieses Benutzers, daher verwendet Cramp Timer ihn nicht für seinen Socket.</translation>
        </message>
        <message>
            <source> (process {pid})</source>
            <translation> (Prozess {pid})</translation>
        </message>
        <message>
            <source>The lock file {path} could not be used: {why}.</source>
            <translation>Die Sperrdatei {path} konnte nicht verwendet werden: {why}.</translation>
        </message>
        <message>
            <source>Cramp Timer could not listen on {address}: {why}.</source>
            <translation>Cramp Timer konnte unter {address} nicht auf Anfragen warten: {why}.</translation>
        </message>
        <message numerus="yes">
            <source>Another Cramp Timer{holder} is running but did not answer within %n seconds.</source>
            <translation>
                <numerusform>Cramp Timer läuft schon{holder}, hat aber nicht innerhalb von %n Sekunde geantwortet.</numerusform>
                <numerusform>Cramp Timer läuft schon{holder}, hat aber nicht innerhalb von %n Sekunden geantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <source>The running Cramp Timer did not answer ({error}).</source>
            <translation>Cramp Timer läuft schon, hat aber nicht geantwortet ({error}).</translation>
        </message>
        <message>
            <source>The running Cramp Timer gave an unreadable answer: {error}.</source>
            <translation>Cramp Timer läuft schon, hat aber eine unlesbare Antwort gegeben: {error}.</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>The natural voice is off ({why}), so the plainer espeak-ng voice speaks; {fix}</source>
            <translation>Die natürliche Stimme ist aus ({why}), daher spricht die einfachere Stimme von espeak-ng; {fix}</translation>
        </message>
        <message>
            <source>to get it back, run Cramp Timer's setup again (./run.sh) or reinstall it.</source>
            <translation>um sie zurückzubekommen, führen Sie die Einrichtung von Cramp Timer erneut aus (./run.sh) oder installieren Sie es neu.</translation>
        </message>
        <message>
            <source>choose another voice in Settings, or reinstall Cramp Timer.</source>
            <translation>wählen Sie in den Einstellungen eine andere Stimme, oder installieren Sie Cramp Timer neu.</translation>
        </message>
        <message>
            <source>Cramp Timer could not start its speech helper ({why}); reinstall Cramp Timer to get spoken cues back.</source>
            <translation>Cramp Timer konnte sein Sprachhilfsprogramm nicht starten ({why}); installieren Sie Cramp Timer neu, um die gesprochenen Ansagen zurückzubekommen.</translation>
        </message>
        <message numerus="yes">
            <source>Spoken cues are off because the speech helper failed %n times in a minute ({why}); restart Cramp Timer, and if it happens again reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>
                <numerusform>Die gesprochenen Ansagen sind aus, weil das Sprachhilfsprogramm %n-mal in einer Minute ausgefallen ist ({why}); starten Sie Cramp Timer neu, und wenn es wieder passiert, installieren Sie espeak-ng neu: sudo apt install --reinstall espeak-ng</numerusform>
                <numerusform>Die gesprochenen Ansagen sind aus, weil das Sprachhilfsprogramm %n-mal in einer Minute ausgefallen ist ({why}); starten Sie Cramp Timer neu, und wenn es wieder passiert, installieren Sie espeak-ng neu: sudo apt install --reinstall espeak-ng</numerusform>
            </translation>
        </message>
        <message>
            <source>Spoken cues need the espeak-ng speech engine, which could not be loaded ({why}); install it with: sudo apt install espeak-ng</source>
            <translation>Die gesprochenen Ansagen brauchen die Sprachausgabe espeak-ng, die nicht geladen werden konnte ({why}); installieren Sie sie mit: sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because the aplay program is missing; install it with: sudo apt install alsa-utils</source>
            <translation>Cramp Timer kann keinen Ton abspielen, weil das Programm aplay fehlt; installieren Sie es mit: sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because no sound device or sound server answered; check that the speakers are on and not muted, or install PulseAudio with: sudo apt install pulseaudio</source>
            <translation>Cramp Timer kann keinen Ton abspielen, weil kein Audiogerät und kein Soundserver geantwortet hat; prüfen Sie, ob die Lautsprecher eingeschaltet und nicht stummgeschaltet sind, oder installieren Sie PulseAudio mit: sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>No installed voice speaks this language ({language}), so the steps are only shown on screen. To hear them, install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>Keine installierte Stimme spricht diese Sprache ({language}), daher werden die Schritte nur auf dem Bildschirm gezeigt. Um sie zu hören, installieren Sie die Stimmen von espeak-ng: sudo apt install espeak-ng-data</translation>
        </message>
    </context>
</TS>
