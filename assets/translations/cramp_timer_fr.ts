<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>CloseGuard</name>
        <message>
            <source>Keep Cramp Timer running?</source>
            <translation>Laisser Cramp Timer ouvert ?</translation>
        </message>
        <message>
            <source>Your bedtime reminder is on, but this desktop has no tray to keep Cramp Timer in. Keep it running without an icon? The window comes back at bedtime. If you quit, no reminder will come.</source>
            <translation>Votre rappel du coucher est activé, mais ce bureau n'a pas de zone de notification où garder Cramp Timer. Le laisser ouvert sans icône ? La fenêtre reviendra à l'heure du coucher. Si vous quittez, aucun rappel ne viendra.</translation>
        </message>
        <message>
            <source>Keep running</source>
            <translation>Laisser ouvert</translation>
        </message>
        <message>
            <source>Quit, no reminder</source>
            <translation>Quitter, sans rappel</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Seconds left in this step</source>
            <translation>Secondes restantes pour cette étape</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Compte à rebours</translation>
        </message>
    </context>
    <context>
        <name>CrampTimer</name>
        <message>
            <source>Cramp Timer keeps running here, so it can remind you at bedtime. Quit it from this icon's menu.</source>
            <translation>Cramp Timer reste ouvert ici pour pouvoir vous faire un rappel au coucher. Pour le quitter, utilisez le menu de cette icône.</translation>
        </message>
        <message>
            <source>This session could not be written to your diary (%1).</source>
            <translation>Cette séance n'a pas pu être enregistrée dans votre journal (%1).</translation>
        </message>
        <message>
            <source>Your diary could not be opened, so there is no history to show.</source>
            <translation>Votre journal n'a pas pu être ouvert : il n'y a donc pas d'historique à afficher.</translation>
        </message>
        <message numerus="yes">
            <source>%n diary entries are damaged and could not be read, so the history and exports leave them out. They are still in the diary file.</source>
            <translation>
                <numerusform>%n entrée du journal est endommagée et n'a pas pu être lue : l'historique et les exports ne la contiennent pas. Elle est toujours dans le fichier du journal.</numerusform>
                <numerusform>%n entrées du journal sont endommagées et n'ont pas pu être lues : l'historique et les exports ne les contiennent pas. Elles sont toujours dans le fichier du journal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Your routines were changed from outside Cramp Timer; this is the latest list.</source>
            <translation>Vos routines ont été modifiées en dehors de Cramp Timer ; voici la liste à jour.</translation>
        </message>
        <message>
            <source>Your settings could not be saved: %1</source>
            <translation>Vos réglages n'ont pas pu être enregistrés : %1</translation>
        </message>
        <message>
            <source>Start at login could not be changed: %1</source>
            <translation>Le lancement à l'ouverture de session n'a pas pu être modifié : %1</translation>
        </message>
        <message>
            <source>The deleted routine was the bedtime routine; the bedtime routine is now “%1”.</source>
            <translation>La routine supprimée était la routine du coucher ; la routine du coucher est maintenant « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>Cramp Timer is now in your application menu (it may take a moment to appear). These files were written:</source>
            <translation>Cramp Timer est maintenant dans votre menu des applications (il peut mettre un moment à apparaître). Ces fichiers ont été écrits :</translation>
        </message>
        <message>
            <source>Cramp Timer was taken out of your application menu. These files were removed:</source>
            <translation>Cramp Timer a été retiré de votre menu des applications. Ces fichiers ont été supprimés :</translation>
        </message>
        <message>
            <source>Cramp Timer was not in your application menu; nothing was removed.</source>
            <translation>Cramp Timer n'était pas dans votre menu des applications ; rien n'a été supprimé.</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Scroll with the arrow keys or Page Up and Page Down. Esc goes back.</source>
            <translation>Faites défiler avec les flèches ou les touches Page préc. et Page suiv. Échap pour revenir.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>Retour au minuteur (Échap)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Cramp diary</source>
            <translation>Journal des crampes</translation>
        </message>
        <message>
            <source>Cramp diary history</source>
            <translation>Historique du journal des crampes</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Masquer ce message</translation>
        </message>
        <message>
            <source>History pages</source>
            <translation>Pages de l'historique</translation>
        </message>
        <message>
            <source>&amp;Nights</source>
            <translation>&amp;Nuits</translation>
        </message>
        <message>
            <source>&amp;Six weeks</source>
            <translation>&amp;Six semaines</translation>
        </message>
        <message>
            <source>&amp;Is it helping?</source>
            <translation>Est-ce que ça &amp;aide ?</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>Supprimer l'&amp;entrée</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Supprimer l'entrée</translation>
        </message>
        <message>
            <source>Delete the chosen cramp entry (Delete key)</source>
            <translation>Supprimer l'entrée de crampe choisie (touche Suppr)</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Save every cramp entry as a spreadsheet file</source>
            <translation>Enregistrer toutes les entrées de crampe dans un fichier de tableur</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Save a summary to show your doctor</source>
            <translation>Enregistrer un résumé à montrer à votre médecin</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Nothing is in your diary yet.

Each time you use Cramp now or do the bedtime routine, that night shows up here.</source>
            <translation>Votre journal est encore vide.

Chaque fois que vous utilisez « J'ai une crampe » ou faites la routine du coucher, la nuit apparaît ici.</translation>
        </message>
        <message>
            <source>Nights, newest first</source>
            <translation>Nuits, de la plus récente à la plus ancienne</translation>
        </message>
        <message>
            <source>The chosen night</source>
            <translation>La nuit choisie</translation>
        </message>
        <message>
            <source>Cramp entries of the chosen night</source>
            <translation>Entrées de crampe de la nuit choisie</translation>
        </message>
        <message>
            <source>Bedtime routine and reminder</source>
            <translation>Routine du coucher et rappel</translation>
        </message>
        <message>
            <source>The last six weeks in figures</source>
            <translation>Les six dernières semaines en chiffres</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine, in figures</source>
            <translation>Avant et depuis la routine du coucher, en chiffres</translation>
        </message>
        <message>
            <source>What these figures can and cannot say</source>
            <translation>Ce que ces chiffres peuvent dire, et ce qu'ils ne peuvent pas dire</translation>
        </message>
        <message>
            <source>Your diary could not be read just now (%1). Nothing was changed.</source>
            <translation>Votre journal n'a pas pu être lu pour le moment (%1). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This night could not be read (%1).</source>
            <translation>Cette nuit n'a pas pu être lue (%1).</translation>
        </message>
        <message>
            <source>Night of %1</source>
            <translation>Nuit du %1</translation>
        </message>
        <message>
            <source>That entry had already been deleted.</source>
            <translation>Cette entrée avait déjà été supprimée.</translation>
        </message>
        <message>
            <source>The entry could not be deleted (%1). Your diary is as it was.</source>
            <translation>L'entrée n'a pas pu être supprimée (%1). Votre journal n'a pas changé.</translation>
        </message>
        <message>
            <source>The entry was deleted.</source>
            <translation>L'entrée a été supprimée.</translation>
        </message>
        <message>
            <source>Save the cramp diary as CSV</source>
            <translation>Enregistrer le journal des crampes en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved to %1. Cramp entries in the file: %2.</source>
            <translation>Enregistré dans %1. Entrées de crampe dans le fichier : %2.</translation>
        </message>
        <message>
            <source>Save a summary for your doctor as PDF</source>
            <translation>Enregistrer en PDF un résumé pour votre médecin</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the summary to %1.</source>
            <translation>Résumé enregistré dans %1.</translation>
        </message>
        <message>
            <source>Saving to %1…</source>
            <translation>Enregistrement dans %1…</translation>
        </message>
        <message>
            <source>The file %1 could not be saved: %2. Nothing in your diary was changed.</source>
            <translation>Le fichier %1 n'a pas pu être enregistré : %2. Rien n'a été modifié dans votre journal.</translation>
        </message>
    </context>
    <context>
        <name>HistoryReport</name>
        <message>
            <source>Night cramps: a summary for your doctor</source>
            <translation>Crampes nocturnes : résumé pour votre médecin</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>non notée</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Nom : %1</translation>
        </message>
        <message>
            <source>Nights from %1 to %2 (%3 nights). Made on %4.</source>
            <translation>Nuits du %1 au %2 (%3 nuits). Établi le %4.</translation>
        </message>
        <message>
            <source>A night runs from noon to noon and is named by the date on which it began.</source>
            <translation>Une nuit va de midi à midi et porte la date du jour où elle a commencé.</translation>
        </message>
        <message>
            <source>Cramp Timer only records what happened; it does not diagnose anything. Please go through these figures with your doctor.</source>
            <extracomment>disclaimer for the doctor: the app only records, it does not diagnose; go through the figures with a doctor. Claim no accuracy.</extracomment>
            <translation>Cramp Timer enregistre seulement ce qui s'est passé ; il ne pose aucun diagnostic. Veuillez examiner ces chiffres avec votre médecin.</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine</source>
            <translation>Avant et depuis la routine du coucher</translation>
        </message>
        <message>
            <source>Nights compared</source>
            <translation>Nuits comparées</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nuits</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Crampes</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>Crampes par nuit</translation>
        </message>
        <message>
            <source>Mean severity (0–10)</source>
            <translation>Intensité moyenne (0–10)</translation>
        </message>
        <message>
            <source>Bedtime routine: done on %1 of the %2 nights in this range.</source>
            <translation>Routine du coucher : faite %1 nuits sur les %2 de cette période.</translation>
        </message>
        <message>
            <source>Cramps per month</source>
            <translation>Crampes par mois</translation>
        </message>
        <message>
            <source>Month (nights)</source>
            <translation>Mois (nuits)</translation>
        </message>
        <message>
            <source>Cramps per week</source>
            <translation>Crampes par semaine</translation>
        </message>
        <message>
            <source>Week (nights)</source>
            <translation>Semaine (nuits)</translation>
        </message>
        <message>
            <source>Nights with cramps</source>
            <translation>Nuits avec crampes</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>Routine du coucher faite</translation>
        </message>
        <message>
            <source>All nights</source>
            <translation>Toutes les nuits</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>%1 of %2 nights</source>
            <translation>%1 nuits sur %2</translation>
        </message>
        <message>
            <source>How bad the cramps were</source>
            <translation>Intensité des crampes</translation>
        </message>
        <message>
            <source>Rated after %1 of %2 cramps, from 0 (mild) to 10 (the worst): mean %3, lowest %4, highest %5.</source>
            <translation>Notée après %1 crampes sur %2, de 0 (légère) à 10 (la pire) : moyenne %3, minimum %4, maximum %5.</translation>
        </message>
        <message>
            <source>No cramp was rated in these nights.</source>
            <translation>Aucune crampe n'a été notée pendant ces nuits.</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Ce qui a aidé</translation>
        </message>
        <message>
            <source>How the stretch ended</source>
            <translation>Comment l'étirement s'est terminé</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>Calmée par l'étirement</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>Crampe toujours là après l'étirement</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>Étirement arrêté avant la fin</translation>
        </message>
        <message>
            <source>Not finished (app closed)</source>
            <translation>Non terminé (application fermée)</translation>
        </message>
        <message>
            <source>Care afterwards</source>
            <translation>Soins ensuite</translation>
        </message>
        <message>
            <source>Times used</source>
            <translation>Utilisations</translation>
        </message>
        <message>
            <source>Minutes in all</source>
            <translation>Minutes au total</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>heading: use the same words as the app's Warning signs page.</extracomment>
            <translation>Signes d'alerte</translation>
        </message>
        <message>
            <source>The advice on warning signs (swelling, redness, warmth, or pain that stretching does not ease) was shown %1 times: %2.</source>
            <extracomment>keep the four signs as listed; the advice was shown, which is not a clot or a diagnosis. %1 is a count, %2 the dates.</extracomment>
            <translation>Les conseils sur les signes d'alerte (gonflement, rougeur, chaleur, ou douleur que l'étirement ne calme pas) ont été affichés %1 fois : %2.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>et %1 de plus</translation>
        </message>
        <message>
            <source>The advice on warning signs was not shown in these nights.</source>
            <extracomment>only says the advice was not shown; must not imply the legs are healthy or there was no risk.</extracomment>
            <translation>Les conseils sur les signes d'alerte n'ont pas été affichés pendant ces nuits.</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>non terminé</translation>
        </message>
        <message>
            <source>eased with stretching</source>
            <translation>calmée par l'étirement</translation>
        </message>
        <message>
            <source>still cramping</source>
            <translation>crampe toujours là</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>arrêté avant la fin</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <source>both</source>
            <translation>les deux</translation>
        </message>
        <message>
            <source>Every cramp in this range</source>
            <translation>Toutes les crampes de cette période</translation>
        </message>
        <message>
            <source>No cramp was recorded in these nights.</source>
            <translation>Aucune crampe n'a été enregistrée pendant ces nuits.</translation>
        </message>
        <message>
            <source>Night of</source>
            <translation>Nuit du</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Jambe</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Intensité</translation>
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
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>routine done</source>
            <translation>routine faite</translation>
        </message>
        <message>
            <source>routine partly done</source>
            <translation>routine faite en partie</translation>
        </message>
        <message>
            <source>routine stopped</source>
            <translation>routine arrêtée</translation>
        </message>
        <message>
            <source>routine not finished</source>
            <translation>routine non terminée</translation>
        </message>
        <message>
            <source>no routine</source>
            <translation>pas de routine</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>pas ce soir</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>reporté</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>manqué</translation>
        </message>
        <message>
            <source>started the routine</source>
            <translation>routine commencée</translation>
        </message>
        <message>
            <source>Cramps: %1</source>
            <translation>Crampes : %1</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>intensité %1</translation>
        </message>
        <message>
            <source>No cramps</source>
            <translation>Aucune crampe</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>signes d'alerte</translation>
        </message>
        <message>
            <source>Not finished (the app was closed during the stretch)</source>
            <translation>Non terminé (l'application a été fermée pendant l'étirement)</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>Calmée par l'étirement</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>Crampe toujours là après l'étirement</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>Étirement arrêté avant la fin</translation>
        </message>
        <message>
            <source>Rounds: %1</source>
            <translation>Tours : %1</translation>
        </message>
        <message>
            <source>stretched %1</source>
            <translation>étirement %1</translation>
        </message>
        <message>
            <source>severity %1 of 10</source>
            <translation>intensité %1 sur 10</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>jambe gauche</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>jambe droite</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>les deux jambes</translation>
        </message>
        <message>
            <source>Afterwards: %1</source>
            <translation>Ensuite : %1</translation>
        </message>
        <message>
            <source>The advice on warning signs was shown.</source>
            <translation>Les conseils sur les signes d'alerte ont été affichés.</translation>
        </message>
        <message>
            <source>No cramps this night.</source>
            <translation>Aucune crampe cette nuit.</translation>
        </message>
        <message>
            <source>started, not finished</source>
            <translation>commencée, non terminée</translation>
        </message>
        <message>
            <source>done</source>
            <translation>faite</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>faite en partie</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêtée</translation>
        </message>
        <message>
            <source>Bedtime routine at %1: %2 (%3)</source>
            <translation>Routine du coucher à %1 : %2 (%3)</translation>
        </message>
        <message>
            <source>No bedtime routine this night.</source>
            <translation>Pas de routine du coucher cette nuit.</translation>
        </message>
        <message>
            <source>Reminder: %1</source>
            <translation>Rappel : %1</translation>
        </message>
        <message>
            <source>No night of the last six weeks has a rating.</source>
            <translation>Aucune nuit des six dernières semaines n'a de note.</translation>
        </message>
        <message>
            <source>Rated nights: %1 of %2; their mean severity: %3 of 10.</source>
            <translation>Nuits notées : %1 sur %2 ; leur intensité moyenne : %3 sur 10.</translation>
        </message>
        <message>
            <source>Nothing was recorded in the last six weeks.</source>
            <translation>Rien n'a été enregistré ces six dernières semaines.</translation>
        </message>
        <message>
            <source>Last six weeks: %1 cramps on %2 of %3 nights; bedtime routine done on %4 nights.</source>
            <translation>Six dernières semaines : %1 crampes, pendant %2 nuits sur %3 ; routine du coucher faite %4 nuits.</translation>
        </message>
        <message>
            <source>Times the advice on warning signs was shown: %1.</source>
            <translation>Nombre de fois où les conseils sur les signes d'alerte ont été affichés : %1.</translation>
        </message>
        <message>
            <source>Name on the summary</source>
            <translation>Nom sur le résumé</translation>
        </message>
        <message>
            <source>A name to print on the summary (you may leave it empty):</source>
            <translation>Un nom à imprimer sur le résumé (vous pouvez laisser vide) :</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>Supprimer cette entrée ?</translation>
        </message>
        <message>
            <source>Delete the cramp entry of %1 at %2?</source>
            <translation>Supprimer l'entrée de crampe du %1 à %2 ?</translation>
        </message>
        <message>
            <source>It cannot be brought back.</source>
            <translation>Elle ne pourra pas être récupérée.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>La garder</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>Supprimer l'entrée</translation>
        </message>
        <message>
            <source>Chart: cramps per night, last six weeks</source>
            <translation>Graphique : crampes par nuit, six dernières semaines</translation>
        </message>
        <message>
            <source>Cramps per night</source>
            <translation>Crampes par nuit</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Crampes</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>Routine du coucher faite</translation>
        </message>
        <message>
            <source>Chart: mean severity per night, last six weeks</source>
            <translation>Graphique : intensité moyenne par nuit, six dernières semaines</translation>
        </message>
        <message>
            <source>Mean severity, 0 to 10</source>
            <translation>Intensité moyenne, de 0 à 10</translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A guided stretch is running</source>
            <translation>Un étirement guidé est en cours</translation>
        </message>
        <message>
            <source>A heat, cold or massage timer is running</source>
            <translation>Un minuteur de chaleur, de froid ou de massage est en cours</translation>
        </message>
        <message>
            <source>The bedtime routine is running</source>
            <translation>La routine du coucher est en cours</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cramp now</source>
            <translation>J'ai une crampe</translation>
        </message>
        <message>
            <source>Start a guided calf stretch</source>
            <translation>Lancer un étirement guidé du mollet</translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Masquer ce message</translation>
        </message>
        <message>
            <source>Bedtime reminder</source>
            <translation>Rappel du coucher</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Start the bedtime routine now</source>
            <translation>Commencer la routine du coucher maintenant</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Remind me a little later</source>
            <translation>Me le rappeler un peu plus tard</translation>
        </message>
        <message>
            <source>Snooze the reminder</source>
            <translation>Reporter le rappel</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Pas ce soir</translation>
        </message>
        <message>
            <source>No routine tonight</source>
            <translation>Pas de routine ce soir</translation>
        </message>
        <message>
            <source>Starts a spoken, guided calf stretch. Space or Enter also starts it.</source>
            <translation>Lance un étirement du mollet guidé par la voix. Espace ou Entrée le lance aussi.</translation>
        </message>
        <message>
            <source>Tap the button or press Space</source>
            <translation>Touchez le bouton ou appuyez sur Espace</translation>
        </message>
        <message>
            <source>&amp;Bedtime routine</source>
            <translation>&amp;Routine du coucher</translation>
        </message>
        <message>
            <source>The evening stretches that can make cramps rarer</source>
            <translation>Les étirements du soir qui peuvent rendre les crampes plus rares</translation>
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation>Signes d'&amp;alerte</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor</source>
            <translation>Quand une crampe nécessite un médecin</translation>
        </message>
        <message>
            <source>&amp;Tips</source>
            <translation>&amp;Conseils</translation>
        </message>
        <message>
            <source>Fewer cramps: what helps</source>
            <translation>Moins de crampes : ce qui aide</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>Your cramp diary, charts and export</source>
            <translation>Votre journal des crampes, graphiques et export</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>Réglage&amp;s</translation>
        </message>
        <message>
            <source>Hold time, stretch, voice, timers</source>
            <translation>Maintien, étirement, voix, minuteurs</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Plus</translation>
        </message>
        <message>
            <source>Routines, check setup, welcome, about</source>
            <translation>Routines, vérification, accueil, à propos</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>&amp;Routines…</source>
            <translation>&amp;Routines…</translation>
        </message>
        <message>
            <source>&amp;Check setup…</source>
            <translation>&amp;Vérifier l'installation…</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>&amp;Bienvenue</translation>
        </message>
        <message>
            <source>Warning &amp;signs</source>
            <translation>Signes d'&amp;alerte</translation>
        </message>
        <message>
            <source>&amp;Dim the screen (D)</source>
            <translation>Assombrir l'é&amp;cran (D)</translation>
        </message>
        <message>
            <source>&amp;About Cramp Timer</source>
            <translation>À &amp;propos de Cramp Timer</translation>
        </message>
        <message>
            <source>About Cramp Timer</source>
            <translation>À propos de Cramp Timer</translation>
        </message>
        <message>
            <source>Cramp Timer %1

Talks you through a night-time calf cramp and reminds you to stretch at bedtime. Self-care help, not a diagnosis. Everything stays on this computer.</source>
            <translation>Cramp Timer %1

Vous guide pendant une crampe nocturne du mollet et vous rappelle de vous étirer au coucher. Une aide pour prendre soin de vous, pas un diagnostic. Tout reste sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Voices: Piper (GPL-3.0-or-later) with its English voice "joe" (recordings free to use, CC0; built on the lessac voice), and espeak-ng (GPL-3.0-or-later). More in docs/voices.md.</source>
            <translation>Voix : Piper (GPL-3.0-or-later) avec sa voix anglaise « joe » (enregistrements libres d'utilisation, CC0 ; basée sur la voix lessac), et espeak-ng (GPL-3.0-or-later). Plus d'informations dans docs/voices.md.</translation>
        </message>
    </context>
    <context>
        <name>NightBar</name>
        <message>
            <source>Time of day</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>Volume de la voix</translation>
        </message>
        <message>
            <source>Speak more quietly (− key)</source>
            <translation>Parler moins fort (touche −)</translation>
        </message>
        <message>
            <source>− Quieter</source>
            <translation>− Moins fort</translation>
        </message>
        <message>
            <source>Speak louder (+ key)</source>
            <translation>Parler plus fort (touche +)</translation>
        </message>
        <message>
            <source>+ Louder</source>
            <translation>+ Plus fort</translation>
        </message>
        <message>
            <source>Voice %1 %</source>
            <translation>Voix %1 %</translation>
        </message>
    </context>
    <context>
        <name>NightView</name>
        <message>
            <source>0 is no pain, 10 the worst you can imagine. Keys 0 to 9 work too; 1 then 0 is 10.</source>
            <translation>0 : aucune douleur, 10 : la pire que vous puissiez imaginer. Les touches 0 à 9 marchent aussi ; 1 puis 0 donne 10.</translation>
        </message>
        <message>
            <source>%1 of 10. Kept in a few seconds, or press Done now.</source>
            <translation>%1 sur 10. Gardé dans quelques secondes, ou appuyez sur Terminé maintenant.</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>J'ai une crampe</translation>
        </message>
        <message>
            <source>A new cramp: start the stretch</source>
            <translation>Une nouvelle crampe : lancer l'étirement</translation>
        </message>
        <message>
            <source>Round number, or which timer runs</source>
            <translation>Numéro du tour, ou minuteur en cours</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Ce qu'il faut faire maintenant</translation>
        </message>
        <message>
            <source>Spoken words</source>
            <translation>Paroles prononcées</translation>
        </message>
        <message>
            <source>Who prescribed this routine, and their note</source>
            <translation>Qui a prescrit cette routine, et sa note</translation>
        </message>
        <message>
            <source>Where the routine is</source>
            <translation>Où en est la routine</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume (P or Space)</source>
            <translation>Pause ou reprise (P ou Espace)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Arrêter (Échap)</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
        <message>
            <source>On to the next stretch (S)</source>
            <translation>Passer à l'étirement suivant (S)</translation>
        </message>
        <message>
            <source>Skip to the next stretch</source>
            <translation>Passer à l'étirement suivant</translation>
        </message>
        <message>
            <source>Not a cramp</source>
            <translation>Pas une crampe</translation>
        </message>
        <message>
            <source>A mistaken press: stop, and nothing goes in the diary (Esc)</source>
            <translation>Appui par erreur : arrêter, et rien n'est noté dans le journal (Échap)</translation>
        </message>
        <message>
            <source>Round number</source>
            <translation>Numéro du tour</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Signes d'alerte</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>How is the cramp now?</source>
            <translation>Comment va la crampe, maintenant ?</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>Mieux</translation>
        </message>
        <message>
            <source>The cramp has eased (B)</source>
            <translation>La crampe s'est calmée (B)</translation>
        </message>
        <message>
            <source>Still cramping — again</source>
            <translation>Toujours la crampe — encore</translation>
        </message>
        <message>
            <source>Another round of the same stretch (A or Space)</source>
            <translation>Encore un tour du même étirement (A ou Espace)</translation>
        </message>
        <message>
            <source>Heat or massage instead</source>
            <translation>Plutôt chaleur ou massage</translation>
        </message>
        <message>
            <source>Try warmth or a massage instead of stretching</source>
            <translation>Essayer la chaleur ou un massage au lieu de l'étirement</translation>
        </message>
        <message>
            <source>End without an answer (Esc)</source>
            <translation>Terminer sans répondre (Échap)</translation>
        </message>
        <message>
            <source>Anything else for the sore calf?</source>
            <translation>Autre chose pour le mollet douloureux ?</translation>
        </message>
        <message>
            <source>Why only cold is offered</source>
            <translation>Pourquoi seul le froid est proposé</translation>
        </message>
        <message>
            <source>After the warning signs: no heat and no massage. Cold only once the cramp has passed.</source>
            <extracomment>after the warning signs: must say no heat and no massage, and cold only once the cramp has passed. Add no reason.</extracomment>
            <translation>Après les signes d'alerte : ni chaleur ni massage. Le froid seulement une fois la crampe passée.</translation>
        </message>
        <message>
            <source>No, I'm done</source>
            <translation>Non, j'ai fini</translation>
        </message>
        <message>
            <source>Finish and rate the cramp (Space)</source>
            <translation>Terminer et noter la crampe (Espace)</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <source>How often you were reminded</source>
            <translation>Combien de fois vous avez eu un rappel</translation>
        </message>
        <message>
            <source>It is off</source>
            <translation>C'est éteint</translation>
        </message>
        <message>
            <source>The heating pad is off (Space)</source>
            <translation>Le coussin chauffant est éteint (Espace)</translation>
        </message>
        <message>
            <source>How bad was it?</source>
            <translation>À quel point avez-vous eu mal ?</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>Rate the cramp %1 of 10</source>
            <translation>Noter la crampe %1 sur 10</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>%1 sur 10</translation>
        </message>
        <message>
            <source>Which leg</source>
            <translation>Quelle jambe</translation>
        </message>
        <message>
            <source>Which leg? (if you like)</source>
            <translation>Quelle jambe ? (si vous voulez)</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Gauche</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Jambe gauche</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Droite</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Jambe droite</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Les deux jambes</translation>
        </message>
        <message>
            <source>The cramp was in this leg</source>
            <translation>La crampe était dans cette jambe</translation>
        </message>
        <message>
            <source>No rating this time (Esc)</source>
            <translation>Pas de note cette fois (Échap)</translation>
        </message>
        <message>
            <source>Skip the rating</source>
            <translation>Passer la note</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Keep this rating now (Enter)</source>
            <translation>Garder cette note maintenant (Entrée)</translation>
        </message>
        <message>
            <source>Done rating</source>
            <translation>Note terminée</translation>
        </message>
        <message>
            <source>It was a mistaken press: nothing goes in the diary</source>
            <translation>C'était un appui par erreur : rien n'est noté dans le journal</translation>
        </message>
        <message>
            <source>Reminded %1 times</source>
            <translation>Rappelé %1 fois</translation>
        </message>
        <message numerus="yes">
            <source>Round %n</source>
            <translation>
                <numerusform>Tour %n</numerusform>
                <numerusform>Tour %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Another round of the same stretch (A)</source>
            <translation>Encore un tour du même étirement (A)</translation>
        </message>
        <message>
            <source>A new cramp? Is the heating pad off?</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>Une nouvelle crampe ? Le coussin chauffant est-il éteint ?</translation>
        </message>
        <message>
            <source>Yes, it is off: stretch</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>Oui, il est éteint : étirement</translation>
        </message>
        <message>
            <source>Heat stopped.
Please switch the heating pad off.</source>
            <extracomment>safety: the heat was stopped; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>Chaleur arrêtée.
Veuillez éteindre le coussin chauffant.</translation>
        </message>
        <message>
            <source>Time is up.
Please switch the heating pad off.</source>
            <extracomment>safety: heat time is over; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>Le temps est écoulé.
Veuillez éteindre le coussin chauffant.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Prescribed by %1</source>
            <translation>Prescrit par %1</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Start now</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Pas ce soir</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter the PIN to change the settings.</source>
            <translation>Saisissez le code PIN pour modifier les réglages.</translation>
        </message>
        <message>
            <source>Enter the PIN to change the routines.</source>
            <translation>Saisissez le code PIN pour modifier les routines.</translation>
        </message>
        <message>
            <source>Enter the PIN to import routines.</source>
            <translation>Saisissez le code PIN pour importer des routines.</translation>
        </message>
        <message>
            <source>Enter the PIN to delete from the diary.</source>
            <translation>Saisissez le code PIN pour supprimer dans le journal.</translation>
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation>Saisissez le code PIN.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation>Saisissez le code PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 à 8 chiffres</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>Pourquoi le code PIN n'a pas été accepté</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Vous pouvez réessayer maintenant.</translation>
        </message>
    </context>
    <context>
        <name>PinSettingsDialog</name>
        <message>
            <source>PIN lock</source>
            <translation>Verrouillage par code PIN</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Code PIN actuel</translation>
        </message>
        <message>
            <source>&amp;Current PIN</source>
            <translation>Code PIN &amp;actuel</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouveau code PIN</translation>
        </message>
        <message>
            <source>&amp;New PIN</source>
            <translation>&amp;Nouveau code PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Nouveau code PIN, une 2e fois</translation>
        </message>
        <message>
            <source>New PIN &amp;again</source>
            <translation>Nouveau code PIN, une 2e &amp;fois</translation>
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation>&amp;Définir le code PIN</translation>
        </message>
        <message>
            <source>&amp;Remove PIN</source>
            <translation>&amp;Supprimer le code PIN</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation>Un code PIN est défini.</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>Aucun code PIN n'est défini.</translation>
        </message>
        <message>
            <source>&amp;Change PIN</source>
            <translation>&amp;Modifier le code PIN</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>Les deux nouveaux codes PIN ne sont pas identiques.</translation>
        </message>
        <message>
            <source>The PIN is set. Keep it somewhere safe.</source>
            <translation>Le code PIN est défini. Gardez-le en lieu sûr.</translation>
        </message>
        <message>
            <source>The PIN was removed. Nothing is locked now.</source>
            <translation>Le code PIN a été supprimé. Plus rien n'est verrouillé.</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>Retour au minuteur (Échap)</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routines</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>Éditeur de routines</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>Nou&amp;velle</translation>
        </message>
        <message>
            <source>Make a new routine</source>
            <translation>Créer une nouvelle routine</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nouvelle routine</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>Dupli&amp;quer</translation>
        </message>
        <message>
            <source>Copy this routine, to change the copy</source>
            <translation>Copier cette routine, pour modifier la copie</translation>
        </message>
        <message>
            <source>Duplicate routine</source>
            <translation>Dupliquer la routine</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <source>Give this routine a new name</source>
            <translation>Donner un nouveau nom à cette routine</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Renommer la routine</translation>
        </message>
        <message>
            <source>Dele&amp;te</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete this routine</source>
            <translation>Supprimer cette routine</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>Supprimer la routine</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Add routines from a routine file</source>
            <translation>Ajouter des routines depuis un fichier de routines</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Save routines to a file for another computer</source>
            <translation>Enregistrer des routines dans un fichier, pour un autre ordinateur</translation>
        </message>
        <message>
            <source>This routine…</source>
            <translation>Cette routine…</translation>
        </message>
        <message>
            <source>All my routines…</source>
            <translation>Toutes mes routines…</translation>
        </message>
        <message>
            <source>&amp;Run now</source>
            <translation>&amp;Lancer maintenant</translation>
        </message>
        <message>
            <source>Start this routine now</source>
            <translation>Lancer cette routine maintenant</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it to make your own version.</source>
            <translation>Cette routine est fournie avec Cramp Timer et ne peut pas être modifiée. Dupliquez-la pour créer votre propre version.</translation>
        </message>
        <message>
            <source>Prescribed by</source>
            <translation>Prescrit par</translation>
        </message>
        <message>
            <source>for example: Dr. Ames, physiotherapist</source>
            <translation>par exemple : Dr Ames, kinésithérapeute</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Prescribed by</source>
            <translation>&amp;Prescrit par</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move a step, Insert adds one, Delete removes it.</source>
            <translation>Alt+Haut et Alt+Bas déplacent une étape, Inser en ajoute une, Suppr la retire.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Maintien</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Fois</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Repos</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>A&amp;jouter une étape</translation>
        </message>
        <message>
            <source>Add a step below this one (Insert)</source>
            <translation>Ajouter une étape sous celle-ci (Inser)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Remove this step (Delete)</source>
            <translation>Retirer cette étape (Suppr)</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Retirer l'étape</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move this step up (Alt+Up)</source>
            <translation>Monter cette étape (Alt+Haut)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>Move this step down (Alt+Down)</source>
            <translation>Descendre cette étape (Alt+Bas)</translation>
        </message>
        <message>
            <source>Step name</source>
            <translation>Nom de l'étape</translation>
        </message>
        <message>
            <source>Spoken instruction</source>
            <translation>Consigne parlée</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Jambe</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>Maintien (secondes)</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <source>Rest between (seconds)</source>
            <translation>Repos entre (secondes)</translation>
        </message>
        <message>
            <source>&amp;Step name</source>
            <translation>Nom de l'ét&amp;ape</translation>
        </message>
        <message>
            <source>Le&amp;g</source>
            <translation>Jam&amp;be</translation>
        </message>
        <message>
            <source>Ho&amp;ld (seconds)</source>
            <translation>Mainti&amp;en (secondes)</translation>
        </message>
        <message>
            <source>R&amp;epetitions</source>
            <translation>Répétitio&amp;ns</translation>
        </message>
        <message>
            <source>Rest &amp;between (seconds)</source>
            <translation>Repos entre (se&amp;condes)</translation>
        </message>
        <message>
            <source>Spea&amp;k this step</source>
            <translation>Éco&amp;uter cette étape</translation>
        </message>
        <message>
            <source>Hear how this step will be said</source>
            <translation>Écouter comment cette étape sera dite</translation>
        </message>
        <message>
            <source>Why this value was refused</source>
            <translation>Pourquoi cette valeur a été refusée</translation>
        </message>
        <message>
            <source>%1 (built in, read-only)</source>
            <translation>%1 (fournie, lecture seule)</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Étape %1 : %2</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Nom de la routine</translation>
        </message>
        <message>
            <source>Delete this routine?</source>
            <translation>Supprimer cette routine ?</translation>
        </message>
        <message>
            <source>Delete the routine “%1”? This cannot be undone.</source>
            <translation>Supprimer la routine « %1 » ? Cette action est définitive.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>La garder</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>Importer des routines</translation>
        </message>
        <message>
            <source>Routine files (*.json);;All files (*)</source>
            <translation>Fichiers de routines (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Export routines</source>
            <translation>Exporter des routines</translation>
        </message>
        <message>
            <source>Routine files (*.json)</source>
            <translation>Fichiers de routines (*.json)</translation>
        </message>
        <message>
            <source>Name already taken</source>
            <translation>Nom déjà pris</translation>
        </message>
        <message numerus="yes">
            <source>You already have a routine called %1. Keep both (the new one gets another name) or replace yours with the one from the file?</source>
            <translation>
                <numerusform>Vous avez déjà une routine nommée %1. Garder les deux (la nouvelle reçoit un autre nom) ou remplacer la vôtre par celle du fichier ?</numerusform>
                <numerusform>Vous avez déjà des routines nommées %1. Garder les deux versions (les nouvelles reçoivent un autre nom) ou remplacer les vôtres par celles du fichier ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Garder les deux</translation>
        </message>
        <message>
            <source>Replace mine</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Your routines were changed from outside; this is the latest list.</source>
            <translation>Vos routines ont été modifiées de l'extérieur ; voici la liste à jour.</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>Nom de la nouvelle routine :</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Ma routine</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Nom de la copie :</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation>Rien n'a été importé :</translation>
        </message>
        <message>
            <source>Saved the routine to %1.</source>
            <translation>Routine enregistrée dans %1.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n routines to %1.</source>
            <translation>
                <numerusform>%n routine enregistrée dans %1.</numerusform>
                <numerusform>%n routines enregistrées dans %1.</numerusform>
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
            <translation>attention</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <source>Cramp Timer {version}: checking this computer</source>
            <translation>Cramp Timer {version} : vérification de cet ordinateur</translation>
        </message>
        <message>
            <source>fix: {fix}</source>
            <translation>solution : {fix}</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job</source>
            <translation>Cramp Timer peut faire son travail</translation>
        </message>
        <message>
            <source>Cramp Timer cannot work yet: fix the FAIL lines</source>
            <translation>Cramp Timer ne peut pas encore fonctionner : corrigez les lignes ÉCHEC</translation>
        </message>
        <message>
            <source>{verdict} ({failures} failed, {warnings} warnings, {seconds:.1f} s).</source>
            <translation>{verdict} ({failures} en échec, {warnings} avertissements, {seconds:.1f} s).</translation>
        </message>
        <message>
            <source>Qt platform</source>
            <translation>Plateforme Qt</translation>
        </message>
        <message>
            <source>the Qt check could not be started ({error})</source>
            <translation>la vérification de Qt n'a pas pu être lancée ({error})</translation>
        </message>
        <message>
            <source>Reinstall Cramp Timer.</source>
            <translation>Réinstallez Cramp Timer.</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds:.0f} s</source>
            <translation>Qt n'a pas démarré en {seconds:.0f} s</translation>
        </message>
        <message>
            <source>Run cramp-timer from a terminal in your desktop session and look at what it prints.</source>
            <translation>Lancez cramp-timer depuis un terminal dans votre session de bureau et regardez ce qu'il affiche.</translation>
        </message>
        <message>
            <source>the Qt check gave no answer</source>
            <translation>la vérification de Qt n'a donné aucune réponse</translation>
        </message>
        <message>
            <source>not checked, because Qt did not start</source>
            <translation>non vérifié, car Qt n'a pas démarré</translation>
        </message>
        <message>
            <source>Fix the Qt platform first.</source>
            <translation>Corrigez d'abord la plateforme Qt.</translation>
        </message>
        <message>
            <source>System tray</source>
            <translation>Zone de notification</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <source>{platform} (Qt {qt}, screens: {screens})</source>
            <translation>{platform} (Qt {qt}, écrans : {screens})</translation>
        </message>
        <message>
            <source>{found}: windows are drawn off screen, nothing will be visible</source>
            <translation>{found} : les fenêtres sont dessinées hors de l'écran, rien ne sera visible</translation>
        </message>
        <message>
            <source>Unset QT_QPA_PLATFORM to see the window on your desktop.</source>
            <translation>Retirez la variable QT_QPA_PLATFORM pour voir la fenêtre sur votre bureau.</translation>
        </message>
        <message>
            <source>available</source>
            <translation>disponible</translation>
        </message>
        <message>
            <source>no system tray here, so there is no tray icon; the window and cramp-timer --now still work</source>
            <translation>pas de zone de notification ici, donc pas d'icône ; la fenêtre et cramp-timer --now marchent quand même</translation>
        </message>
        <message>
            <source>Add a system tray (status icons) area to your desktop panel.</source>
            <translation>Ajoutez une zone de notification (icônes d'état) au tableau de bord de votre bureau.</translation>
        </message>
        <message>
            <source>a notification service answers on the session D-Bus</source>
            <translation>un service de notifications répond sur le D-Bus de session</translation>
        </message>
        <message>
            <source>no session D-Bus ({error}); reminders can only show in the window</source>
            <translation>pas de D-Bus de session ({error}) ; les rappels ne peuvent s'afficher que dans la fenêtre</translation>
        </message>
        <message>
            <source>no notification service on the session D-Bus; reminders can only show in the window</source>
            <translation>aucun service de notifications sur le D-Bus de session ; les rappels ne peuvent s'afficher que dans la fenêtre</translation>
        </message>
        <message>
            <source>Start Cramp Timer in a full desktop session, which provides notifications.</source>
            <translation>Lancez Cramp Timer dans une session de bureau complète, qui fournit les notifications.</translation>
        </message>
        <message>
            <source>cannot reach the display {display}</source>
            <translation>impossible d'atteindre l'affichage {display}</translation>
        </message>
        <message>
            <source>no display: DISPLAY and WAYLAND_DISPLAY are not set</source>
            <translation>pas d'affichage : DISPLAY et WAYLAND_DISPLAY ne sont pas définies</translation>
        </message>
        <message>
            <source>Start Cramp Timer from inside your desktop session (not over ssh), or try it without one: xvfb-run -a cramp-timer.</source>
            <translation>Lancez Cramp Timer depuis votre session de bureau (pas par ssh), ou essayez-le sans session : xvfb-run -a cramp-timer.</translation>
        </message>
        <message>
            <source>a library Qt needs is missing: {detail}</source>
            <translation>il manque une bibliothèque dont Qt a besoin : {detail}</translation>
        </message>
        <message>
            <source>Install it: sudo apt install libxcb-cursor0</source>
            <translation>Installez-la : sudo apt install libxcb-cursor0</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>aucun message</translation>
        </message>
        <message>
            <source>Qt could not start: {detail}</source>
            <translation>Qt n'a pas pu démarrer : {detail}</translation>
        </message>
        <message>
            <source>Run QT_DEBUG_PLUGINS=1 cramp-timer --self-check to see which library is missing, then install it.</source>
            <translation>Lancez QT_DEBUG_PLUGINS=1 cramp-timer --self-check pour voir quelle bibliothèque manque, puis installez-la.</translation>
        </message>
        <message>
            <source>Speech</source>
            <translation>Synthèse vocale</translation>
        </message>
        <message>
            <source>Cramp Timer is ready.</source>
            <translation>Cramp Timer est prêt.</translation>
        </message>
        <message>
            <source>no voice ({reason}); cues are shown as captions, with a chime</source>
            <translation>pas de voix ({reason}) ; les consignes s'affichent en sous-titres, avec un carillon</translation>
        </message>
        <message>
            <source>Install the speech engine: sudo apt install espeak-ng</source>
            <translation>Installez le moteur de synthèse vocale : sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>the speech helper did not start within {seconds:.0f} s{more}</source>
            <translation>le programme de synthèse vocale n'a pas démarré en {seconds:.0f} s{more}</translation>
        </message>
        <message>
            <source>Reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>Réinstallez espeak-ng : sudo apt install --reinstall espeak-ng</translation>
        </message>
        <message>
            <source>Install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>Installez les voix d'espeak-ng : sudo apt install espeak-ng-data</translation>
        </message>
        <message>
            <source>{why}; a test phrase became {seconds:.1f} s of espeak-ng speech</source>
            <translation>{why} ; une phrase de test a donné {seconds:.1f} s de parole espeak-ng</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase was not ready within {timeout:.0f} s; the first cues may come late</source>
            <translation>{engine} ({voices} voix), mais une phrase de test n'était pas prête en {timeout:.0f} s ; les premières consignes peuvent arriver en retard</translation>
        </message>
        <message>
            <source>Run the check again when the computer is less busy.</source>
            <translation>Relancez la vérification quand l'ordinateur sera moins occupé.</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase gave no sound{more}</source>
            <translation>{engine} ({voices} voix), mais une phrase de test n'a produit aucun son{more}</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices); a test phrase became {seconds:.1f} s of speech</source>
            <translation>{engine} ({voices} voix) ; une phrase de test a donné {seconds:.1f} s de parole</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Son</translation>
        </message>
        <message>
            <source>{player} is missing, so no voice or chime can be played; cues are still shown as captions</source>
            <translation>{player} est absent : ni voix ni carillon ne peuvent être joués ; les consignes s'affichent quand même en sous-titres</translation>
        </message>
        <message>
            <source>Install it: sudo apt install alsa-utils</source>
            <translation>Installez-le : sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>{player} plays through the sound server {server}</source>
            <translation>{player} joue via le serveur de son {server}</translation>
        </message>
        <message>
            <source>{player} plays through the sound server at {socket}</source>
            <translation>{player} joue via le serveur de son à {socket}</translation>
        </message>
        <message>
            <source>{player} plays to the sound card {card}</source>
            <translation>{player} joue sur la carte son {card}</translation>
        </message>
        <message>
            <source>no sound server or sound card answered, so cues may be silent; captions still show</source>
            <translation>aucun serveur de son ni aucune carte son n'a répondu : les consignes peuvent rester muettes ; les sous-titres s'affichent quand même</translation>
        </message>
        <message>
            <source>Check that your speakers are on, or install a sound server: sudo apt install pulseaudio</source>
            <translation>Vérifiez que vos haut-parleurs sont allumés, ou installez un serveur de son : sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>Chinese font</source>
            <translation>Police chinoise</translation>
        </message>
        <message>
            <source>fc-list is missing, so the fonts were not checked</source>
            <translation>fc-list est absent : les polices n'ont pas été vérifiées</translation>
        </message>
        <message>
            <source>Install it: sudo apt install fontconfig</source>
            <translation>Installez-le : sudo apt install fontconfig</translation>
        </message>
        <message>
            <source>fc-list did not answer, so the fonts were not checked</source>
            <translation>fc-list n'a pas répondu : les polices n'ont pas été vérifiées</translation>
        </message>
        <message>
            <source>Reinstall it: sudo apt install --reinstall fontconfig</source>
            <translation>Réinstallez-le : sudo apt install --reinstall fontconfig</translation>
        </message>
        <message>
            <source>{font} draws Chinese text</source>
            <translation>{font} affiche le texte chinois</translation>
        </message>
        <message>
            <source>no font for Chinese is installed, so Chinese text would show as empty boxes (needed only for 简体中文)</source>
            <translation>aucune police pour le chinois n'est installée : le texte chinois s'afficherait en carrés vides (nécessaire seulement pour 简体中文)</translation>
        </message>
        <message>
            <source>Install one: sudo apt install fonts-wqy-microhei</source>
            <translation>Installez-en une : sudo apt install fonts-wqy-microhei</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>Dossier des réglages</translation>
        </message>
        <message>
            <source>Diary folder</source>
            <translation>Dossier du journal</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Dossier du cache</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Dossier du journal technique</translation>
        </message>
        <message>
            <source>{folder} cannot be used: {reason}</source>
            <translation>{folder} est inutilisable : {reason}</translation>
        </message>
        <message>
            <source>Set XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME to folders you own.</source>
            <translation>Définissez XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME et XDG_STATE_HOME sur des dossiers qui vous appartiennent.</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} n'est pas un dossier</translation>
        </message>
        <message>
            <source>Move it out of the way: mv {folder} {folder}.old</source>
            <translation>Mettez-le de côté : mv {folder} {folder}.old</translation>
        </message>
        <message>
            <source>{path} belongs to {owner}</source>
            <translation>{path} appartient à {owner}</translation>
        </message>
        <message>
            <source>you cannot write in {path}</source>
            <translation>vous ne pouvez pas écrire dans {path}</translation>
        </message>
        <message>
            <source>others can open {path} (mode {mode:04o})</source>
            <translation>d'autres personnes peuvent ouvrir {path} (mode {mode:04o})</translation>
        </message>
        <message>
            <source>you cannot write {path}</source>
            <translation>vous ne pouvez pas modifier {path}</translation>
        </message>
        <message>
            <source>others can read {path} (mode {mode:04o})</source>
            <translation>d'autres personnes peuvent lire {path} (mode {mode:04o})</translation>
        </message>
        <message>
            <source>{folder} (private)</source>
            <translation>{folder} (privé)</translation>
        </message>
        <message>
            <source>{folder} cannot be made, because {blocker} is a file, not a folder</source>
            <translation>{folder} ne peut pas être créé, car {blocker} est un fichier, pas un dossier</translation>
        </message>
        <message>
            <source>Move the file out of the way: mv {blocker} {blocker}.old</source>
            <translation>Mettez le fichier de côté : mv {blocker} {blocker}.old</translation>
        </message>
        <message>
            <source>{folder} cannot be made: you cannot write in {parent}</source>
            <translation>{folder} ne peut pas être créé : vous ne pouvez pas écrire dans {parent}</translation>
        </message>
        <message>
            <source>Make {parent} yours: sudo chown {user} {parent}</source>
            <translation>Devenez propriétaire de {parent} : sudo chown {user} {parent}</translation>
        </message>
        <message>
            <source>{folder} (made, private, when Cramp Timer first starts)</source>
            <translation>{folder} (créé, privé, au premier lancement de Cramp Timer)</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>none yet; it is made at the first cramp</source>
            <translation>pas encore de journal ; il est créé à la première crampe</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>{path} ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <source>Make it yours: sudo chown {user} {path}</source>
            <translation>Devenez-en propriétaire : sudo chown {user} {path}</translation>
        </message>
        <message>
            <source>Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged</source>
            <translation>Mettez-le de côté et Cramp Timer commencera un nouveau journal : mv {path} {path}.damaged</translation>
        </message>
        <message>
            <source>{path} is not a file</source>
            <translation>{path} n'est pas un fichier</translation>
        </message>
        <message>
            <source>empty; it is set up at the first cramp</source>
            <translation>vide ; il est préparé à la première crampe</translation>
        </message>
        <message>
            <source>{path} is damaged or not a diary ({error})</source>
            <translation>{path} est endommagé ou n'est pas un journal ({error})</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} est endommagé : {problem}</translation>
        </message>
        <message>
            <source>written by a newer Cramp Timer (diary format {version}; this one reads up to {known})</source>
            <translation>écrit par une version plus récente de Cramp Timer (format de journal {version} ; celle-ci lit jusqu'à {known})</translation>
        </message>
        <message>
            <source>Install the newest Cramp Timer.</source>
            <translation>Installez la dernière version de Cramp Timer.</translation>
        </message>
        <message>
            <source>{cramps} cramps and {routines} bedtime routines recorded; every page checked</source>
            <translation>{cramps} crampes et {routines} routines du coucher enregistrées ; toutes les pages sont vérifiées</translation>
        </message>
        <message>
            <source>Diary moved aside</source>
            <translation>Journal mis de côté</translation>
        </message>
        <message>
            <source>{path} could not be read, so it was moved aside and a new diary started</source>
            <translation>{path} n'a pas pu être lu : il a été mis de côté et un nouveau journal a été commencé</translation>
        </message>
        <message>
            <source>Keep it for a helper to look at, or delete it if you do not need its entries: rm {path}</source>
            <translation>Gardez-le pour qu'une personne qui vous aide puisse l'examiner, ou supprimez-le si vous n'avez pas besoin de ses entrées : rm {path}</translation>
        </message>
        <message>
            <source>Diary entries waiting</source>
            <translation>Entrées du journal en attente</translation>
        </message>
        <message>
            <source>{path} holds entries not yet written to the diary</source>
            <translation>{path} contient des entrées pas encore écrites dans le journal</translation>
        </message>
        <message>
            <source>Free some disk space or fix the diary folder; Cramp Timer writes them at its next start</source>
            <translation>Libérez de l'espace disque ou réparez le dossier du journal ; Cramp Timer les écrira à son prochain lancement</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckDialog</name>
        <message>
            <source>Check setup</source>
            <translation>Vérifier l'installation</translation>
        </message>
        <message>
            <source>The outcome of the check</source>
            <translation>Le résultat de la vérification</translation>
        </message>
        <message>
            <source>Check report</source>
            <translation>Rapport de vérification</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>Vérifier à &amp;nouveau</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Checking this computer. This takes a few seconds.</source>
            <translation>Vérification de cet ordinateur. Cela prend quelques secondes.</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job on this computer.</source>
            <translation>Cramp Timer peut faire son travail sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Something needs fixing before Cramp Timer can work. Each FAIL line says how.</source>
            <translation>Il faut corriger quelque chose pour que Cramp Timer fonctionne. Chaque ligne ÉCHEC indique comment.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Cramp Timer settings</source>
            <translation>Réglages de Cramp Timer</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Pages des réglages</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Étirement</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Hold time in seconds</source>
            <translation>Durée de maintien, en secondes</translation>
        </message>
        <message>
            <source>&amp;Hold the stretch for</source>
            <translation>&amp;Tenir l'étirement</translation>
        </message>
        <message>
            <source>Time to get into position, in seconds</source>
            <translation>Temps pour se mettre en position, en secondes</translation>
        </message>
        <message>
            <source>&amp;Time to get into position (seated)</source>
            <translation>Temps pour se &amp;placer (assis)</translation>
        </message>
        <message>
            <source>Time to get up and into position when standing, in seconds</source>
            <translation>Temps pour se lever et se mettre en position debout, en secondes</translation>
        </message>
        <message>
            <source>Time to get up (stand&amp;ing)</source>
            <translation>Temps pour se lever (&amp;debout)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>S&amp;eated: leg straight, toes and foot drawn up toward you (a towel helps)</source>
            <translation>&amp;Assis : jambe tendue, orteils et pied tirés vers vous (une serviette aide)</translation>
        </message>
        <message>
            <source>St&amp;anding: get up slowly, hold on to something steady, weight on the cramped leg</source>
            <translation>D&amp;ebout : levez-vous lentement, tenez-vous à un appui stable, poids sur la jambe qui a la crampe</translation>
        </message>
        <message>
            <source>Voice and language</source>
            <translation>Voix et langue</translation>
        </message>
        <message>
            <source>As the desktop</source>
            <translation>Comme le bureau</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>A new language is used from the next start of Cramp Timer, for the voice too.</source>
            <translation>Une nouvelle langue s'applique au prochain lancement de Cramp Timer, pour la voix aussi.</translation>
        </message>
        <message>
            <source>&amp;Speak the steps aloud</source>
            <translation>Lire les étapes à voix &amp;haute</translation>
        </message>
        <message>
            <source>Spoken guidance</source>
            <translation>Guidage vocal</translation>
        </message>
        <message>
            <source>A&amp;dd voice…</source>
            <translation>A&amp;jouter une voix…</translation>
        </message>
        <message>
            <source>Add a Piper voice: its .onnx file, with its .onnx.json file beside it</source>
            <translation>Ajouter une voix Piper : son fichier .onnx, avec son fichier .onnx.json à côté</translation>
        </message>
        <message>
            <source>V&amp;oice</source>
            <translation>&amp;Voix</translation>
        </message>
        <message>
            <source>Speaking rate, words per minute</source>
            <translation>Débit de parole, en mots par minute</translation>
        </message>
        <message numerus="yes">
            <source>%n words a minute</source>
            <translation>
                <numerusform>%n mot par minute</numerusform>
                <numerusform>%n mots par minute</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>&amp;Débit</translation>
        </message>
        <message>
            <source>Volume, percent</source>
            <translation>Volume, en pourcentage</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Vo&amp;lume</source>
            <translation>V&amp;olume</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>&amp;Tester la voix</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Coucher</translation>
        </message>
        <message>
            <source>Remind me to stretch at &amp;bedtime</source>
            <translation>Me rappeler de m'étirer au &amp;coucher</translation>
        </message>
        <message>
            <source>Reminder time, such as 22:30</source>
            <translation>Heure du rappel, par exemple 22:30</translation>
        </message>
        <message>
            <source>At</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mer</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Jeu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Ven</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sam</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Dim</translation>
        </message>
        <message>
            <source>Remind on %1</source>
            <translation>Rappel le %1</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Also say the reminder aloud</source>
            <translation>Dire aussi le rappel à voix haute</translation>
        </message>
        <message>
            <source>Snooze in minutes</source>
            <translation>Report, en minutes</translation>
        </message>
        <message>
            <source>S&amp;nooze for</source>
            <translation>Re&amp;porter de</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>Routine du coucher</translation>
        </message>
        <message>
            <source>Ro&amp;utine</source>
            <translation>Ro&amp;utine</translation>
        </message>
        <message>
            <source>Start Cramp Timer in the tray when I lo&amp;g in</source>
            <translation>Lancer Cramp Timer dans la zone de notification à l'&amp;ouverture de session</translation>
        </message>
        <message>
            <source>PIN lock</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>Set, change or remove the &amp;PIN…</source>
            <translation>Définir, modifier ou supprimer le code &amp;PIN…</translation>
        </message>
        <message>
            <source>A PIN is set: the settings, the routines and deleting diary entries ask for it.</source>
            <translation>Un code PIN est défini : il est demandé pour les réglages, les routines et la suppression d'entrées du journal.</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>Aucun code PIN n'est défini.</translation>
        </message>
        <message>
            <source>Add a Piper voice</source>
            <translation>Ajouter une voix Piper</translation>
        </message>
        <message>
            <source>Piper voices (*.onnx)</source>
            <translation>Voix Piper (*.onnx)</translation>
        </message>
        <message>
            <source>Added the voice %1. Press Test voice to hear it.</source>
            <translation>Voix %1 ajoutée. Appuyez sur Tester la voix pour l'écouter.</translation>
        </message>
        <message>
            <source>Default voice</source>
            <translation>Voix par défaut</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1 (introuvable)</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>“%1” is not a time. Type it like 22:30. It stays at %2 until then.</source>
            <translation>« %1 » n'est pas une heure. Tapez-la comme ceci : 22:30. En attendant, l'heure reste %2.</translation>
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
            <translation>Commencer la routine du coucher maintenant</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Pas ce soir</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>J'ai une crampe</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>Routine du coucher</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>TrialAnswer</name>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Without routine</source>
            <translation>Sans routine</translation>
        </message>
        <message>
            <source>With routine</source>
            <translation>Avec routine</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>Crampes par nuit</translation>
        </message>
        <message>
            <source>too few nights</source>
            <translation>trop peu de nuits</translation>
        </message>
        <message>
            <source>Chart: cramps a night, before and since the bedtime routine</source>
            <translation>Graphique : crampes par nuit, avant et depuis la routine du coucher</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>non noté</translation>
        </message>
        <message>
            <source>cramps: %1, nights: %2, rated: %3</source>
            <translation>crampes : %1, nuits : %2, notées : %3</translation>
        </message>
        <message>
            <source>Once a few nights are in your diary, this page shows whether the bedtime routine goes with fewer cramps.</source>
            <extracomment>keep 'goes with' (an association in the diary, not that the routine causes fewer cramps). No promise.</extracomment>
            <translation>Dès que quelques nuits seront dans votre journal, cette page montrera si la routine du coucher va de pair avec moins de crampes.</translation>
        </message>
        <message>
            <source>You have not done the bedtime routine yet, so there is nothing to compare. Your nights are in the Nights list.</source>
            <translation>Vous n'avez pas encore fait la routine du coucher : il n'y a donc rien à comparer. Vos nuits sont dans la liste Nuits.</translation>
        </message>
        <message>
            <source>Since you started the bedtime routine: %1 cramps a night, before %2.</source>
            <extracomment>figures from the person's own diary: state them plainly. Must not say the routine caused the change or 'worked'.</extracomment>
            <translation>Depuis que vous avez commencé la routine du coucher : %1 crampes par nuit, contre %2 avant.</translation>
        </message>
        <message>
            <source>You started the bedtime routine on %1.</source>
            <translation>Vous avez commencé la routine du coucher le %1.</translation>
        </message>
        <message>
            <source>Before that, only %1 nights are in your diary: too few to compare (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>Avant cela, votre journal ne compte que %1 nuits : trop peu pour comparer (il en faut au moins %2).</translation>
        </message>
        <message>
            <source>Since then, %1 nights have passed: too few to compare yet (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>Depuis, %1 nuits se sont écoulées : trop peu pour comparer pour l'instant (il en faut au moins %2).</translation>
        </message>
        <message>
            <source>You started less than six weeks ago, so “since” covers the %1 nights there are.</source>
            <translation>Vous avez commencé il y a moins de six semaines : « depuis » couvre donc les %1 nuits écoulées.</translation>
        </message>
        <message>
            <source>How bad, on average from 0 to 10: since %1, before %2.</source>
            <extracomment>average ratings, 0 to 10: state the figures plainly; no judgement of better or worse.</extracomment>
            <translation>Intensité moyenne, de 0 à 10 : %1 depuis, %2 avant.</translation>
        </message>
        <message>
            <source>On nights you did the routine: %1 cramps a night. On nights you did not: %2.</source>
            <extracomment>figures from the person's own diary: must not say the routine caused the difference.</extracomment>
            <translation>Les nuits où vous avez fait la routine : %1 crampes par nuit. Les autres nuits : %2.</translation>
        </message>
        <message>
            <source>Nights with and without the routine: too few of one kind to compare (%1 with, %2 without; at least %3 each).</source>
            <extracomment>must say there are too few nights of one kind to compare; keep the three numbers; no hint at a result.</extracomment>
            <translation>Nuits avec et sans la routine : trop peu de l'une des deux sortes pour comparer (%1 avec, %2 sans ; au moins %3 de chaque).</translation>
        </message>
        <message>
            <source>Behind these figures: before, %1. Since, %2. With the routine, %3. Without, %4.</source>
            <translation>Derrière ces chiffres : avant, %1. Depuis, %2. Avec la routine, %3. Sans, %4.</translation>
        </message>
        <message>
            <source>This is your own record, not proof. Cramps come and go for many reasons, and a night with nothing in the diary counts as a night without a cramp. The night that is going on now is not counted yet. Talk it over with your doctor.</source>
            <extracomment>keep 'not proof' and every caveat: own record, cramps vary for many reasons, empty nights count as cramp-free, tonight not counted, talk to a doctor. Do not soften.</extracomment>
            <translation>Ceci est votre propre relevé, pas une preuve. Les crampes vont et viennent pour bien des raisons, et une nuit sans rien dans le journal compte comme une nuit sans crampe. La nuit en cours n'est pas encore comptée. Parlez-en avec votre médecin.</translation>
        </message>
        <message>
            <source>Six weeks before the routine began</source>
            <translation>Six semaines avant le début de la routine</translation>
        </message>
        <message>
            <source>Latest six weeks since it began</source>
            <translation>Six dernières semaines depuis son début</translation>
        </message>
        <message>
            <source>Nights with the routine done</source>
            <translation>Nuits avec la routine faite</translation>
        </message>
        <message>
            <source>Nights without it</source>
            <translation>Nuits sans</translation>
        </message>
    </context>
    <context>
        <name>VoiceFile</name>
        <message>
            <source>{name} is not a Piper voice's settings file.</source>
            <translation>{name} n'est pas le fichier de réglages d'une voix Piper.</translation>
        </message>
        <message>
            <source>{name} is not a Piper voice: choose the file that ends in .onnx.</source>
            <translation>{name} n'est pas une voix Piper : choisissez le fichier qui se termine par .onnx.</translation>
        </message>
        <message>
            <source>{name} is missing: a Piper voice needs both its .onnx file and its .onnx.json file in the same folder.</source>
            <translation>{name} est absent : une voix Piper a besoin de son fichier .onnx et de son fichier .onnx.json dans le même dossier.</translation>
        </message>
        <message>
            <source>{name} could not be read ({why}).</source>
            <translation>{name} n'a pas pu être lu ({why}).</translation>
        </message>
        <message>
            <source>{name} is {size} MB, larger than any Piper voice ({limit} MB at most).</source>
            <translation>{name} fait {size} Mo, plus que n'importe quelle voix Piper ({limit} Mo au maximum).</translation>
        </message>
        <message>
            <source>{name} is too large to be a Piper voice's settings.</source>
            <translation>{name} est trop gros pour être les réglages d'une voix Piper.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a voice model.</source>
            <translation>{name} est endommagé ou n'est pas un modèle de voix.</translation>
        </message>
        <message>
            <source>{name} belongs to another voice ({language}, {quality}) than {model}.</source>
            <translation>{name} appartient à une autre voix ({language}, {quality}) que {model}.</translation>
        </message>
        <message>
            <source>The voice could not be copied ({why}).</source>
            <translation>La voix n'a pas pu être copiée ({why}).</translation>
        </message>
        <message>
            <source>This voice was not added: %1</source>
            <translation>Cette voix n'a pas été ajoutée : %1</translation>
        </message>
    </context>
    <context>
        <name>WarningControl</name>
        <message>
            <source>Warning signs</source>
            <extracomment>button to the page of signs that need a doctor; use the same words as that page's title. Not 'emergency'.</extracomment>
            <translation>Signes d'alerte</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor (W)</source>
            <extracomment>tooltip: keep 'needs a doctor' (not 'emergency', no diagnosis); W is the key.</extracomment>
            <translation>Quand une crampe nécessite un médecin (W)</translation>
        </message>
        <message>
            <source>Warning signs: what to do now</source>
            <extracomment>shown large once the warning signs appeared: 'what to do now' stays urgent; must not say emergency or name a diagnosis.</extracomment>
            <translation>Signes d'alerte : que faire maintenant</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Cramp now</source>
            <translation>J'ai une crampe</translation>
        </message>
        <message>
            <source>A cramp right now? Start the stretch (Space)</source>
            <translation>Une crampe en ce moment ? Lancez l'étirement (Espace)</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <source>Welcome to Cramp Timer</source>
            <translation>Bienvenue dans Cramp Timer</translation>
        </message>
        <message>
            <source>When a calf cramp wakes you, tap Cramp now or press Space: a calm voice talks you through a stretch. In the evening it can remind you to do a short stretching routine, which can make night cramps rarer.

It gives self-care help. It does not diagnose anything and does not replace a doctor. Everything you record stays on this computer.</source>
            <extracomment>keep 'can remind' and 'can make night cramps rarer' (not 'will'). Must say: self-care help, no diagnosis, no replacement for a doctor, data stays on this computer.</extracomment>
            <translation>Quand une crampe au mollet vous réveille, touchez « J'ai une crampe » ou appuyez sur Espace : une voix calme vous guide pendant un étirement. Le soir, l'application peut vous rappeler de faire une courte routine d'étirements, qui peut rendre les crampes nocturnes plus rares.

C'est une aide pour prendre soin de vous. Elle ne pose aucun diagnostic et ne remplace pas un médecin. Tout ce que vous enregistrez reste sur cet ordinateur.</translation>
        </message>
        <message>
            <source>How will you stretch?</source>
            <translation>Comment allez-vous vous étirer ?</translation>
        </message>
        <message>
            <source>Sitting up in bed, leg straight</source>
            <extracomment>stretch choice: sitting up in bed, leg straight. Short; add no force or pain.</extracomment>
            <translation>Assis dans le lit, jambe tendue</translation>
        </message>
        <message>
            <source>Standing, weight on the cramped leg: get up slowly and hold on to something steady, such as a wall, a chair or the bed frame</source>
            <extracomment>stretch choice; must keep the fall safety: get up slowly, hold on to something steady (wall, chair, bed frame).</extracomment>
            <translation>Debout, le poids sur la jambe qui a la crampe : levez-vous lentement et tenez-vous à un appui stable, comme un mur, une chaise ou le cadre du lit</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>&amp;Tester la voix</translation>
        </message>
        <message>
            <source>Hear the voice once</source>
            <translation>Écouter la voix une fois</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (22:00)</source>
            <translation>Me rappeler de m'étirer au coucher (22:00)</translation>
        </message>
        <message>
            <source>Start Cramp Timer when I log in</source>
            <translation>Lancer Cramp Timer à l'ouverture de session</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
        <message>
            <source>Keep the usual settings</source>
            <translation>Garder les réglages habituels</translation>
        </message>
        <message>
            <source>Skip the welcome</source>
            <translation>Passer l'accueil</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Keep these choices</source>
            <translation>Garder ces choix</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (%1)</source>
            <translation>Me rappeler de m'étirer au coucher (%1)</translation>
        </message>
    </context>
    <context>
        <name>aftercare</name>
        <message>
            <source>Please switch the heating pad off now.</source>
            <extracomment>safety, repeated each minute: must say to switch the heating pad off now. Not a suggestion; do not soften.</extracomment>
            <translation>Veuillez éteindre le coussin chauffant maintenant.</translation>
        </message>
        <message>
            <source>A new cramp. Is the heating pad off? Press Space when it is, and the stretch starts.</source>
            <extracomment>safety: must ask whether the heating pad is off; the stretch starts only once it is (Space is the key).</extracomment>
            <translation>Une nouvelle crampe. Le coussin chauffant est-il éteint ? Appuyez sur Espace quand il est éteint, et l'étirement commence.</translation>
        </message>
        <message>
            <source>Halfway there.</source>
            <translation>Vous êtes à la moitié.</translation>
        </message>
        <message>
            <source>One minute left.</source>
            <translation>Plus qu'une minute.</translation>
        </message>
        <message>
            <source>Not on a leg that is swollen, red or warm, and not where the leg is numb or feels little: heat burns skin that cannot feel it. Otherwise lay a heat pad, or a towel you have warmed, on the calf: warm, never hot. Do not fall asleep with a heat pad on: this timer will remind you to switch it off.</source>
            <extracomment>heat safety: not on a swollen, red or warm leg, nor where it is numb (heat burns skin that cannot feel); warm, never hot; never fall asleep with a pad on. Keep every condition; add no temperature or time.</extracomment>
            <translation>Pas sur une jambe gonflée, rouge ou chaude, ni là où la jambe est engourdie ou peu sensible : la chaleur brûle la peau qui ne la sent pas. Sinon, posez un coussin chauffant, ou une serviette que vous avez chauffée, sur le mollet : chaud, jamais brûlant. Ne vous endormez pas avec un coussin chauffant allumé : ce minuteur vous rappellera de l'éteindre.</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one: heat burns what you cannot feel. Warm, not hot. Never sleep with it on.</source>
            <extracomment>spoken heat safety: not on a swollen, red, warm or numb leg; warm, not hot; never sleep with it on. Keep all of it; no temperature.</extracomment>
            <translation>Pas sur une jambe gonflée, rouge ou chaude, ni engourdie : la chaleur brûle ce que vous ne sentez pas. Chaud, pas brûlant. Ne dormez jamais avec le coussin chauffant allumé.</translation>
        </message>
        <message>
            <source>Do not rub a leg that is swollen, red or warm, or where it is numb or feels little. Sit so you can reach your calf easily.</source>
            <extracomment>massage safety: do not rub a swollen, red or warm leg, nor where it is numb; sit with the calf in easy reach. Keep every condition.</extracomment>
            <translation>Ne frottez pas une jambe gonflée, rouge ou chaude, ni là où elle est engourdie ou peu sensible. Asseyez-vous pour atteindre facilement votre mollet.</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one. Sit so you can reach your calf.</source>
            <extracomment>spoken massage safety: not on a swollen, red, warm or numb leg; sit so you can reach your calf. Keep all four signs.</extracomment>
            <translation>Pas sur une jambe gonflée, rouge ou chaude, ni engourdie. Asseyez-vous pour atteindre votre mollet.</translation>
        </message>
        <message>
            <source>Warmth on the calf. Rest and breathe.</source>
            <extracomment>shown during heat: warmth on the calf (warm, not hot); rest and breathe. Add no instruction.</extracomment>
            <translation>De la chaleur sur le mollet. Reposez-vous et respirez.</translation>
        </message>
        <message>
            <source>The warmth is on. Rest and breathe slowly.</source>
            <extracomment>spoken as the heat starts: only rest and breathe slowly. Add no instruction and do not say 'hot'.</extracomment>
            <translation>La chaleur est en place. Reposez-vous et respirez lentement.</translation>
        </message>
        <message>
            <source>Use cold only once the cramp has let go. Wrap the ice pack in a cloth: never put ice straight on the skin.</source>
            <extracomment>cold safety: only once the cramp has let go; wrap the ice pack in a cloth, never ice straight on the skin. Keep 'only' and 'never'.</extracomment>
            <translation>N'utilisez le froid qu'une fois la crampe relâchée. Enveloppez la poche de glace dans un linge : ne mettez jamais de glace directement sur la peau.</translation>
        </message>
        <message>
            <source>Only once the cramp has passed. Wrap the ice pack in a cloth.</source>
            <extracomment>spoken cold safety: only after the cramp has passed; wrap the ice pack in a cloth. Keep 'only'.</extracomment>
            <translation>Seulement une fois la crampe passée. Enveloppez la poche de glace dans un linge.</translation>
        </message>
        <message>
            <source>Wrapped ice pack on the sore spot.</source>
            <extracomment>shown during cold: the ice pack stays wrapped. Keep 'wrapped'; add no time.</extracomment>
            <translation>Poche de glace enveloppée sur l'endroit douloureux.</translation>
        </message>
        <message>
            <source>Cold pack on. Rest and breathe slowly.</source>
            <extracomment>spoken as the cold starts: only rest and breathe slowly. Add no instruction.</extracomment>
            <translation>Poche de glace en place. Reposez-vous et respirez lentement.</translation>
        </message>
        <message>
            <source>Time is up. Take the ice pack off.</source>
            <extracomment>spoken at the end: must say to take the ice pack off now, not 'you may'.</extracomment>
            <translation>Le temps est écoulé. Retirez la poche de glace.</translation>
        </message>
        <message>
            <source>Rub the calf gently with both hands to warm it.</source>
            <extracomment>massage step: rub gently with both hands to warm the calf (by rubbing, not with heat). Keep 'gently'.</extracomment>
            <translation>Frottez doucement le mollet avec les deux mains pour le réchauffer.</translation>
        </message>
        <message>
            <source>Knead the calf, working from the ankle up toward the knee.</source>
            <extracomment>massage step: knead from the ankle up toward the knee. Keep the direction; add no force.</extracomment>
            <translation>Pétrissez le mollet, de la cheville vers le genou.</translation>
        </message>
        <message>
            <source>Keep kneading upward, slow and firm. Ease off if it hurts.</source>
            <extracomment>keep 'upward' and 'slow and firm', and the safety: ease off if it hurts. Must not say to push through pain.</extracomment>
            <translation>Continuez à pétrir vers le haut, lentement et fermement. Appuyez moins fort si ça fait mal.</translation>
        </message>
        <message>
            <source>Now stroke lightly from the ankle to the knee.</source>
            <extracomment>massage step: light strokes from the ankle to the knee. Keep 'lightly' and the direction.</extracomment>
            <translation>Maintenant, caressez légèrement de la cheville jusqu'au genou.</translation>
        </message>
        <message>
            <source>That is enough. Let the leg rest.</source>
            <extracomment>spoken at the end of the massage: stop, let the leg rest. Add no advice.</extracomment>
            <translation>C'est suffisant. Laissez la jambe se reposer.</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>Chaleur</translation>
        </message>
        <message>
            <source>Warmth on the calf, with a timer that reminds you to switch a heat pad off</source>
            <extracomment>heat choice: warmth on the calf, and a timer that reminds you to switch the heat pad off. Keep the reminder; not 'hot'.</extracomment>
            <translation>De la chaleur sur le mollet, avec un minuteur qui vous rappelle d'éteindre le coussin chauffant</translation>
        </message>
        <message>
            <source>heat %1</source>
            <translation>chaleur %1</translation>
        </message>
        <message>
            <source>Heat ti&amp;mer</source>
            <translation>Minuteur &amp;chaleur</translation>
        </message>
        <message>
            <source>Heat timer in minutes</source>
            <translation>Minuteur de chaleur, en minutes</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation>Froid</translation>
        </message>
        <message>
            <source>A wrapped ice pack, once the cramp has passed</source>
            <extracomment>cold choice: keep 'wrapped' and 'once the cramp has passed' (cold only after the cramp has let go).</extracomment>
            <translation>Une poche de glace enveloppée, une fois la crampe passée</translation>
        </message>
        <message>
            <source>cold %1</source>
            <translation>froid %1</translation>
        </message>
        <message>
            <source>&amp;Cold timer</source>
            <translation>Minuteur &amp;froid</translation>
        </message>
        <message>
            <source>Cold timer in minutes</source>
            <translation>Minuteur de froid, en minutes</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massage</translation>
        </message>
        <message>
            <source>Two minutes of guided massage</source>
            <translation>Deux minutes de massage guidé</translation>
        </message>
        <message>
            <source>massage %1</source>
            <translation>massage %1</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>A bedside timer that talks you through a night-time calf cramp. If Cramp Timer is already open, its window comes to the front and the option is done there.</source>
            <translation>Un minuteur de chevet qui vous guide pendant une crampe nocturne du mollet. Si Cramp Timer est déjà ouvert, sa fenêtre passe au premier plan et l'option y est exécutée.</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>open the window and start a guided stretch at once</source>
            <translation>ouvrir la fenêtre et lancer tout de suite un étirement guidé</translation>
        </message>
        <message>
            <source>open the window and start the routine called NAME</source>
            <translation>ouvrir la fenêtre et lancer la routine nommée NAME</translation>
        </message>
        <message>
            <source>start hidden in the tray (as at login); the window opens from the tray icon</source>
            <translation>démarrer caché dans la zone de notification (comme à l'ouverture de session) ; la fenêtre s'ouvre depuis l'icône</translation>
        </message>
        <message>
            <source>check that this computer can run Cramp Timer (display, speech, sound, folders, diary), print one line per check and exit; the exit status is 0 when Cramp now can work</source>
            <translation>vérifier que cet ordinateur peut faire fonctionner Cramp Timer (affichage, voix, son, dossiers, journal), afficher une ligne par vérification et quitter ; le code de sortie est 0 quand « J'ai une crampe » peut fonctionner</translation>
        </message>
        <message>
            <source>add Cramp Timer to your desktop's application menu (for you only) and exit</source>
            <translation>ajouter Cramp Timer au menu des applications de votre bureau (pour vous seulement) et quitter</translation>
        </message>
        <message>
            <source>remove what --install-desktop-entry added and exit</source>
            <translation>retirer ce que --install-desktop-entry a ajouté et quitter</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>afficher le numéro de version et quitter</translation>
        </message>
        <message>
            <source>{error} Starting anyway.</source>
            <translation>{error} Démarrage quand même.</translation>
        </message>
        <message>
            <source>diary exports</source>
            <translation>exports du journal</translation>
        </message>
        <message>
            <source>write a summary for your doctor to FILE (PDF) and exit</source>
            <translation>écrire un résumé pour votre médecin dans FILE (PDF) et quitter</translation>
        </message>
        <message>
            <source>write the cramp diary to FILE (CSV, for a spreadsheet) and exit</source>
            <translation>écrire le journal des crampes dans FILE (CSV, pour un tableur) et quitter</translation>
        </message>
        <message>
            <source>with an export: from the night of DATE (YYYY-MM-DD)</source>
            <translation>avec un export : à partir de la nuit du DATE (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>with an export: to the night of DATE (YYYY-MM-DD), included</source>
            <translation>avec un export : jusqu'à la nuit du DATE (YYYY-MM-DD) incluse</translation>
        </message>
        <message>
            <source>with --export-pdf: the name to print on the summary</source>
            <translation>avec --export-pdf : le nom à imprimer sur le résumé</translation>
        </message>
        <message>
            <source>not a date like 2026-02-15: {text}</source>
            <translation>pas une date comme 2026-02-15 : {text}</translation>
        </message>
        <message>
            <source>routine files</source>
            <translation>fichiers de routines</translation>
        </message>
        <message>
            <source>add the routines in FILE to your own, checking the whole file first; asks for the PIN if one is set</source>
            <translation>ajouter les routines de FILE aux vôtres, après avoir vérifié tout le fichier ; demande le code PIN s'il y en a un</translation>
        </message>
        <message>
            <source>write your own routines (or those named with --routine) to FILE</source>
            <translation>écrire vos propres routines (ou celles nommées avec --routine) dans FILE</translation>
        </message>
        <message>
            <source>with --import-routines: replace your routines that have the same names</source>
            <translation>avec --import-routines : remplacer vos routines qui ont les mêmes noms</translation>
        </message>
        <message>
            <source>with --import-routines: read the PIN from the first line of standard input</source>
            <translation>avec --import-routines : lire le code PIN sur la première ligne de l'entrée standard</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>Paused.</source>
            <translation>En pause.</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>On continue.</translation>
        </message>
        <message>
            <source>The stretch is on. Follow the voice.</source>
            <translation>L'étirement commence. Suivez la voix.</translation>
        </message>
        <message>
            <source>Not a cramp: nothing was written in your diary.</source>
            <translation>Pas une crampe : rien n'a été écrit dans votre journal.</translation>
        </message>
        <message>
            <source>There is no routine called “{name}”.</source>
            <translation>Il n'y a pas de routine nommée « {name} ».</translation>
        </message>
        <message>
            <source>Finish what is on the screen first.</source>
            <translation>Terminez d'abord ce qui est à l'écran.</translation>
        </message>
    </context>
    <context>
        <name>cues</name>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Then lean your weight onto the cramped leg, heel flat on the floor.</source>
            <extracomment>fall safety: must say to get up slowly and hold on to something steady (wall, chair, bed frame) before leaning onto the cramped leg, heel flat. Keep that order.</extracomment>
            <translation>Levez-vous lentement et tenez-vous à un appui stable : un mur, une chaise, le cadre du lit. Puis portez votre poids sur la jambe qui a la crampe, talon à plat sur le sol.</translation>
        </message>
        <message>
            <source>Sit with the cramped leg straight out. Draw your toes and foot up toward your knee. A towel looped around the foot helps.</source>
            <extracomment>seated stretch: leg straight, toes and foot drawn up toward the knee; a towel around the foot helps. Add no force or pain.</extracomment>
            <translation>Asseyez-vous, la jambe qui a la crampe tendue devant vous. Tirez vos orteils et votre pied vers votre genou. Une serviette passée autour du pied aide.</translation>
        </message>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Weight on the cramped leg, heel down.</source>
            <extracomment>spoken fall safety: get up slowly, hold on to something steady (wall, chair, bed frame), then weight on the cramped leg, heel down. Keep the order; keep it short.</extracomment>
            <translation>Levez-vous lentement et tenez-vous à un appui stable : un mur, une chaise, le cadre du lit. Le poids sur la jambe qui a la crampe, talon au sol.</translation>
        </message>
        <message>
            <source>Leg straight. Pull your foot toward you.</source>
            <extracomment>spoken seated stretch: leg straight, pull the foot toward you. Short; add no force or pain.</extracomment>
            <translation>Jambe tendue. Tirez votre pied vers vous.</translation>
        </message>
        <message>
            <source>Weight on the cramped leg, heel down</source>
            <extracomment>reminder above the countdown: weight on the cramped leg, heel stays on the floor. Short.</extracomment>
            <translation>Poids sur la jambe qui a la crampe, talon au sol</translation>
        </message>
        <message>
            <source>Leg straight, foot pulled toward you</source>
            <extracomment>reminder above the countdown: leg straight, foot pulled toward the body. Short.</extracomment>
            <translation>Jambe tendue, pied tiré vers vous</translation>
        </message>
        <message>
            <source>Hold the stretch. Breathe slowly.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and breathe slowly (do not hold the breath).</extracomment>
            <translation>Tenez l'étirement. Respirez lentement.</translation>
        </message>
        <message>
            <source>Halfway. Keep breathing.</source>
            <extracomment>spoken halfway through a hold: keep breathing (do not hold the breath). Add no instruction.</extracomment>
            <translation>La moitié. Continuez à respirer.</translation>
        </message>
        <message>
            <source>Ten seconds left.</source>
            <translation>Plus que dix secondes.</translation>
        </message>
        <message>
            <source>One.</source>
            <translation>Un.</translation>
        </message>
        <message>
            <source>Two.</source>
            <translation>Deux.</translation>
        </message>
        <message>
            <source>Three.</source>
            <translation>Trois.</translation>
        </message>
        <message>
            <source>Four.</source>
            <translation>Quatre.</translation>
        </message>
        <message>
            <source>Five.</source>
            <translation>Cinq.</translation>
        </message>
        <message>
            <source>Release slowly.</source>
            <extracomment>spoken at the end of the hold: let go of the stretch slowly, not all at once.</extracomment>
            <translation>Relâchez lentement.</translation>
        </message>
        <message>
            <source>This is the voice that will guide you.</source>
            <translation>Voici la voix qui va vous guider.</translation>
        </message>
        <message>
            <source>en</source>
            <comment>language code of the spoken lines</comment>
            <translation>fr</translation>
        </message>
    </context>
    <context>
        <name>diary</name>
        <message>
            <source>The diary {path} could not be opened: it is not a file.</source>
            <translation>Le journal {path} n'a pas pu être ouvert : ce n'est pas un fichier.</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary (it is not a database). It was left as it is.</source>
            <translation>Le fichier {path} n'est pas un journal de Cramp Timer (ce n'est pas une base de données). Il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The diary {path} was written by a newer version of Cramp Timer (diary format {version}; this version knows up to {known}). It was left as it is.</source>
            <translation>Le journal {path} a été écrit par une version plus récente de Cramp Timer (format de journal {version} ; cette version connaît les formats jusqu'à {known}). Il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened: the folder does not allow the write-ahead log (journal mode {mode}).</source>
            <translation>Le journal {path} n'a pas pu être ouvert : le dossier ne permet pas l'écriture anticipée (WAL, mode de journalisation {mode}).</translation>
        </message>
        <message>
            <source>The diary {path} could not be updated to format {version} ({error}). It was left as it was.</source>
            <translation>Le journal {path} n'a pas pu être mis à jour au format {version} ({error}). Il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The diary {path} cannot be written: the disk is full ({error}).</source>
            <translation>Le journal {path} ne peut pas être écrit : le disque est plein ({error}).</translation>
        </message>
        <message>
            <source>The diary {path} is in use by another program ({error}); what happens now is kept and written once it is free.</source>
            <translation>Le journal {path} est utilisé par un autre programme ({error}) ; ce qui se passe maintenant est gardé et sera écrit dès qu'il sera libre.</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary, or it is damaged ({error}). It was left as it is.</source>
            <translation>Le fichier {path} n'est pas un journal de Cramp Timer, ou il est endommagé ({error}). Il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened ({error}).</source>
            <translation>Le journal {path} n'a pas pu être ouvert ({error}).</translation>
        </message>
        <message>
            <source>Your cramp diary could not be read ({reason}), so it was moved aside to {path} and a new diary was started. Nothing was deleted.</source>
            <translation>Votre journal des crampes n'a pas pu être lu ({reason}) : il a donc été mis de côté dans {path} et un nouveau journal a été commencé. Rien n'a été supprimé.</translation>
        </message>
        <message>
            <source>The disk is full, so tonight's entries cannot be written to your diary yet. They are kept and written as soon as there is room again.</source>
            <translation>Le disque est plein : les entrées de cette nuit ne peuvent pas encore être écrites dans votre journal. Elles sont gardées et seront écrites dès qu'il y aura de nouveau de la place.</translation>
        </message>
        <message>
            <source>Your cramp diary cannot be written just now, so tonight's entries are kept and written as soon as it can be. ({reason})</source>
            <translation>Votre journal des crampes ne peut pas être écrit pour le moment : les entrées de cette nuit sont gardées et seront écrites dès que possible. ({reason})</translation>
        </message>
        <message>
            <source>it is not a diary, or it is damaged</source>
            <translation>ce n'est pas un journal, ou il est endommagé</translation>
        </message>
        <message>
            <source>it was written by a newer version of Cramp Timer</source>
            <translation>il a été écrit par une version plus récente de Cramp Timer</translation>
        </message>
        <message>
            <source>it could not be opened</source>
            <translation>il n'a pas pu être ouvert</translation>
        </message>
    </context>
    <context>
        <name>diary_cli</name>
        <message>
            <source>There is no diary yet ({file}), so nothing was written.</source>
            <translation>Il n'y a pas encore de journal ({file}) : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>The diary could not be read ({error}). Nothing was written.</source>
            <translation>Le journal n'a pas pu être lu ({error}). Rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Nothing is recorded in the diary for those nights, so nothing was written.</source>
            <translation>Rien n'est enregistré dans le journal pour ces nuits : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>The file {file} could not be written: {reason}.</source>
            <translation>Le fichier {file} n'a pas pu être écrit : {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n cramp entries to {file}.</source>
            <translation>
                <numerusform>%n entrée de crampe enregistrée dans {file}.</numerusform>
                <numerusform>%n entrées de crampe enregistrées dans {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the summary of the nights {first} to {last} to {file}.</source>
            <translation>Résumé des nuits du {first} au {last} enregistré dans {file}.</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>ddd d MMM yyyy</source>
            <extracomment>Qt date patterns (d day, MMM short month name, ddd short weekday, yyyy year): put them in your language's order, e.g. "yyyy年M月d日 ddd". Keep the letters.</extracomment>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd d MMM</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d MMM</translation>
        </message>
    </context>
    <context>
        <name>guidance</name>
        <message>
            <source>Fewer night cramps</source>
            <extracomment>title of the self-care tips page. Must mean fewer (rarer) night cramps; must not promise that cramps stop or are cured.</extracomment>
            <translation>Moins de crampes nocturnes</translation>
        </message>
        <message>
            <source>Drink through the day</source>
            <extracomment>heading: spread drinking across the whole day. Must not add an amount of water or a number of glasses.</extracomment>
            <translation>Buvez tout au long de la journée</translation>
        </message>
        <message>
            <source>Sip water steadily from morning to evening, unless a doctor told you to limit fluids.</source>
            <extracomment>must keep the exception: not if a doctor told you to limit fluids. Must not add an amount, a number of glasses or a time.</extracomment>
            <translation>Buvez de l'eau régulièrement, par petites gorgées, du matin au soir, sauf si un médecin vous a dit de limiter les liquides.</translation>
        </message>
        <message>
            <source>Muscles need enough fluid, and the minerals that come with it, to relax again after they tighten.</source>
            <extracomment>a general reason why fluid matters. Must not name a particular mineral, a dose or a medical mechanism, nor promise that drinking stops cramps.</extracomment>
            <translation>Les muscles ont besoin d'assez de liquide, et des minéraux qui vont avec, pour se relâcher après s'être contractés.</translation>
        </message>
        <message>
            <source>Eat foods with potassium and magnesium</source>
            <extracomment>heading: foods, not pills. Must not suggest supplements or name amounts.</extracomment>
            <translation>Mangez des aliments qui contiennent du potassium et du magnésium</translation>
        </message>
        <message>
            <source>Potassium: bananas and sweet potatoes.</source>
            <extracomment>food examples only (bananas, sweet potatoes). Add no amounts, no other foods and no supplements.</extracomment>
            <translation>Potassium : bananes et patates douces.</translation>
        </message>
        <message>
            <source>Magnesium: spinach and other dark green vegetables, almonds and pumpkin seeds.</source>
            <extracomment>food examples only (spinach and other dark green vegetables, almonds, pumpkin seeds). Add no amounts and no supplements.</extracomment>
            <translation>Magnésium : épinards et autres légumes vert foncé, amandes et graines de courge.</translation>
        </message>
        <message>
            <source>Calcium matters too: milk, yoghurt and cheese, or fortified drinks.</source>
            <extracomment>food examples only. 'Matters too' must not become a claim that calcium prevents cramps; add no amounts.</extracomment>
            <translation>Le calcium compte aussi : lait, yaourt et fromage, ou boissons enrichies.</translation>
        </message>
        <message>
            <source>Thinking about a supplement? Talk it over with your doctor first.</source>
            <extracomment>must say: talk to a doctor before taking any supplement. Must not recommend or name a supplement, or give a dose.</extracomment>
            <translation>Vous pensez à un complément alimentaire ? Parlez-en d'abord avec votre médecin.</translation>
        </message>
        <message>
            <source>Stretch gently before bed</source>
            <extracomment>heading: gentle stretching in the evening before sleep. Keep 'gently' (not deep or hard stretching).</extracomment>
            <translation>Étirez-vous doucement avant le coucher</translation>
        </message>
        <message>
            <source>A few minutes of calf and hamstring stretches in the evening can make night cramps rarer (shown in one trial).</source>
            <extracomment>a claim from one study: keep 'can' (not 'will' or 'prevents') and '(shown in one trial)'. Must not say 'proven' or 'studies show'.</extracomment>
            <translation>Quelques minutes d'étirements des mollets et de l'arrière des cuisses le soir peuvent rendre les crampes nocturnes plus rares (montré par un essai clinique).</translation>
        </message>
        <message>
            <source>The Bedtime routine in this app talks you through them.</source>
            <translation>La routine du coucher de cette application vous guide pour les faire.</translation>
        </message>
        <message>
            <source>A stretch should pull firmly. It should never hurt.</source>
            <extracomment>safety: a stretch should pull firmly but never hurt. Must not soften 'never' or suggest pushing through pain.</extracomment>
            <translation>Un étirement doit tirer fermement. Il ne doit jamais faire mal.</translation>
        </message>
        <message>
            <source>Keep your toes from pointing down in bed</source>
            <extracomment>heading: a lying position tip (toes not pointed down in bed). Not a treatment; add no promise.</extracomment>
            <translation>Au lit, évitez que vos orteils pointent vers le bas</translation>
        </message>
        <message>
            <source>Lying with the toes pointed keeps the calf short, and that can set off a cramp.</source>
            <extracomment>keep 'can' (pointed toes are a possible trigger, not a certain cause). Add no medical explanation.</extracomment>
            <translation>Rester allongé les orteils pointés garde le mollet raccourci, et cela peut déclencher une crampe.</translation>
        </message>
        <message>
            <source>Keep the covers loose at the foot of the bed, so they do not press your toes down.</source>
            <extracomment>a practical tip: loose covers at the foot of the bed so they do not press the toes down. Add no other advice.</extracomment>
            <translation>Laissez les couvertures lâches au pied du lit, pour qu'elles ne poussent pas vos orteils vers le bas.</translation>
        </message>
        <message>
            <source>A pillow at your feet, under the covers, can hold their weight off your toes.</source>
            <extracomment>keep 'can'. The pillow lies at the feet under the covers and takes their weight off the toes; not a medical aid.</extracomment>
            <translation>Un oreiller à vos pieds, sous les couvertures, peut éviter que le poids des couvertures pèse sur vos orteils.</translation>
        </message>
        <message>
            <source>Rest tired muscles, move after sitting</source>
            <extracomment>heading: rest muscles that worked hard; get moving after sitting. Add no amounts of exercise or time.</extracomment>
            <translation>Reposez les muscles fatigués, bougez après être resté assis</translation>
        </message>
        <message>
            <source>Muscles that worked hard or for long during the day are more likely to cramp at night.</source>
            <extracomment>keep 'more likely' (a higher chance, not a certainty). Must not say that exercise should be avoided.</extracomment>
            <translation>Les muscles qui ont travaillé dur ou longtemps dans la journée sont plus sujets aux crampes la nuit.</translation>
        </message>
        <message>
            <source>Sitting for hours can leave the calf short and tight. Get up and walk about now and then.</source>
            <extracomment>keep 'can'. Must say to get up and walk about now and then; must not add a time interval or a number of steps.</extracomment>
            <translation>Rester assis pendant des heures peut laisser le mollet raccourci et tendu. Levez-vous et marchez un peu de temps en temps.</translation>
        </message>
        <message>
            <source>Ask about your medicines</source>
            <extracomment>heading: ask a doctor or pharmacist about your medicines. Must not suggest stopping or changing one.</extracomment>
            <translation>Posez des questions sur vos médicaments</translation>
        </message>
        <message>
            <source>Some medicines can make cramps more likely. Water tablets (diuretics) and statins for cholesterol are two examples; there are others.</source>
            <extracomment>keep 'can make cramps more likely' and 'two examples; there are others'. Use the everyday local names; add no drug names, no 'always'.</extracomment>
            <translation>Certains médicaments peuvent rendre les crampes plus probables. Les comprimés qui font éliminer l'eau (diurétiques) et les statines contre le cholestérol en sont deux exemples ; il y en a d'autres.</translation>
        </message>
        <message>
            <source>If you wonder whether a medicine plays a part, ask your doctor or pharmacist.</source>
            <extracomment>must name both the doctor and the pharmacist. Must not suggest that the medicine is the cause.</extracomment>
            <translation>Si vous vous demandez si un médicament y est pour quelque chose, demandez à votre médecin ou à votre pharmacien.</translation>
        </message>
        <message>
            <source>Never stop or change a medicine on your own.</source>
            <extracomment>safety: a firm 'never', for both stopping and changing a medicine. Must not soften it or add exceptions.</extracomment>
            <translation>N'arrêtez et ne modifiez jamais un médicament de vous-même.</translation>
        </message>
        <message>
            <source>A cramp, or restless legs?</source>
            <extracomment>heading: telling a cramp from restless legs. Use the everyday name for restless legs; this is not a diagnosis.</extracomment>
            <translation>Une crampe, ou des jambes sans repos ?</translation>
        </message>
        <message>
            <source>A cramp is a hard, painful tightening of the muscle. You can often feel the knot with your hand.</source>
            <extracomment>describes a cramp: a hard, painful tightening. Keep 'often' (the knot can often be felt, not always).</extracomment>
            <translation>Une crampe est une contraction dure et douloureuse du muscle. Vous pouvez souvent sentir la boule avec la main.</translation>
        </message>
        <message>
            <source>Restless legs feel different: an urge to move the legs, with odd feelings such as tingling or crawling, that eases when you move.</source>
            <extracomment>describes restless legs: an urge to move, odd feelings (examples only), eased by moving. Must not name a cause or present it as a diagnosis.</extracomment>
            <translation>Les jambes sans repos se ressentent autrement : un besoin de bouger les jambes, avec des sensations bizarres comme des fourmillements ou l'impression que quelque chose rampe, qui se calme quand vous bougez.</translation>
        </message>
        <message>
            <source>If that sounds more like your nights, mention it to your doctor.</source>
            <extracomment>must say: mention it to a doctor (not urgent). Must not tell the reader that they have restless legs syndrome.</extracomment>
            <translation>Si cela ressemble davantage à vos nuits, parlez-en à votre médecin.</translation>
        </message>
        <message>
            <source>Talk to your doctor if</source>
            <extracomment>heading of non-urgent reasons to see a doctor. Must be milder than 'See a doctor now' on the Warning signs page.</extracomment>
            <translation>Parlez à votre médecin si</translation>
        </message>
        <message>
            <source>Cramps come often, or every night, or keep waking you up.</source>
            <extracomment>a reason to see a doctor (not urgent). Keep all three: often, every night, keep waking you up. Add no number of nights.</extracomment>
            <translation>Les crampes reviennent souvent, ou chaque nuit, ou vous réveillent sans cesse.</translation>
        </message>
        <message>
            <source>A cramp goes on for more than 10 minutes: ask for an appointment the same day.</source>
            <extracomment>keep 'more than 10 minutes' and 'the same day': not 'now' or an emergency, and not merely 'soon'.</extracomment>
            <translation>Une crampe dure plus de 10 minutes : demandez un rendez-vous le jour même.</translation>
        </message>
        <message>
            <source>Cramps come with weakness or numbness in the leg, or the leg muscles seem to shrink or get weaker.</source>
            <extracomment>a reason to see a doctor: weakness or numbness in the leg, or leg muscles that seem to shrink or weaken. Keep 'seem'; name no disease.</extracomment>
            <translation>Les crampes s'accompagnent de faiblesse ou d'engourdissement dans la jambe, ou les muscles de la jambe semblent fondre ou s'affaiblir.</translation>
        </message>
        <message>
            <source>You are pregnant and cramps trouble you: tell your midwife or doctor.</source>
            <extracomment>must say: tell your midwife or doctor (keep both). No added urgency and no advice about pregnancy.</extracomment>
            <translation>Vous êtes enceinte et les crampes vous gênent : parlez-en à votre sage-femme ou à votre médecin.</translation>
        </message>
        <message>
            <source>Cramps began after you started a new medicine.</source>
            <extracomment>a reason to see a doctor. Must not say the medicine causes the cramps, nor suggest stopping it.</extracomment>
            <translation>Les crampes ont commencé après la prise d'un nouveau médicament.</translation>
        </message>
        <message>
            <source>These tips and stretching have not helped.</source>
            <extracomment>a reason to see a doctor: self-care has not helped. Plain; no added urgency.</extracomment>
            <translation>Ces conseils et les étirements n'ont pas aidé.</translation>
        </message>
        <message>
            <source>Some pains feel like cramps but are not: the Warning signs page lists them.</source>
            <extracomment>must point to the Warning signs page (use that page's translated title). Must not name a disease here.</extracomment>
            <translation>Certaines douleurs ressemblent à des crampes mais n'en sont pas : la page Signes d'alerte les énumère.</translation>
        </message>
        <message>
            <source>Any warning sign appears. Those need a doctor now: see the Warning signs page.</source>
            <extracomment>urgent: a warning sign needs a doctor now, not later. Keep 'now'; use the Warning signs page's translated title.</extracomment>
            <translation>Un signe d'alerte apparaît. Il faut alors voir un médecin tout de suite : voyez la page Signes d'alerte.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>title of the page of signs that need a doctor now. A plain word for warning signs; not 'emergency' and not a medical term.</extracomment>
            <translation>Signes d'alerte</translation>
        </message>
        <message>
            <source>See a doctor now if</source>
            <extracomment>urgent heading: see a doctor now, without waiting. Not 'soon', and not yet an emergency call (that is a later section).</extracomment>
            <translation>Consultez un médecin tout de suite si</translation>
        </message>
        <message>
            <source>The leg is swollen.</source>
            <extracomment>warning sign: the leg is swollen. Plain words; add no cause or diagnosis.</extracomment>
            <translation>La jambe est gonflée.</translation>
        </message>
        <message>
            <source>The leg is red, or warm to the touch.</source>
            <extracomment>warning sign: the leg is red, or warm to the touch. Keep 'or': either one is enough.</extracomment>
            <translation>La jambe est rouge, ou chaude au toucher.</translation>
        </message>
        <message>
            <source>The pain is constant and stays, even after you stretch.</source>
            <extracomment>warning sign: pain that does not stop, even after stretching. Must not suggest stretching more.</extracomment>
            <translation>La douleur est constante et persiste, même après l'étirement.</translation>
        </message>
        <message>
            <source>Stretching does not relieve the cramp.</source>
            <extracomment>warning sign: stretching does not ease the cramp. Add no number of tries.</extracomment>
            <translation>L'étirement ne soulage pas la crampe.</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Pourquoi c'est important</translation>
        </message>
        <message>
            <source>These can be signs of a blood clot in a deep vein of the leg, called deep vein thrombosis (DVT).</source>
            <extracomment>keep 'can be signs of' (possible, not certain). Use the usual local name for deep vein thrombosis and its local abbreviation; no certainty.</extracomment>
            <translation>Ce peuvent être des signes d'un caillot de sang dans une veine profonde de la jambe, ce qu'on appelle une thrombose veineuse profonde (TVP).</translation>
        </message>
        <message>
            <source>Only a doctor can tell. Do not wait for the morning.</source>
            <extracomment>urgency: only a doctor can tell whether it is a clot; must say not to wait until the morning. Do not soften.</extracomment>
            <translation>Seul un médecin peut le dire. N'attendez pas le matin.</translation>
        </message>
        <message>
            <source>Until a doctor has seen it, do not rub, massage or warm a leg that is swollen, red or warm.</source>
            <extracomment>safety: no rubbing, massage or warming of a swollen, red or warm leg until a doctor has seen it. Keep all three actions and all three signs.</extracomment>
            <translation>Tant qu'un médecin ne l'a pas vue, ne frottez pas, ne massez pas et ne réchauffez pas une jambe gonflée, rouge ou chaude.</translation>
        </message>
        <message>
            <source>Pains that may not be a cramp: tell your doctor</source>
            <extracomment>heading: keep 'may' and 'tell your doctor' (not urgent, not an emergency).</extracomment>
            <translation>Douleurs qui ne sont peut-être pas une crampe : parlez-en à votre médecin</translation>
        </message>
        <message>
            <source>Calf pain that comes on when you walk and eases when you rest. Narrowed arteries in the leg can do this.</source>
            <extracomment>keep 'can' (a possible cause, not a diagnosis). Plain words for narrowed arteries; no disease name.</extracomment>
            <translation>Une douleur au mollet qui vient quand vous marchez et se calme au repos. Des artères rétrécies dans la jambe peuvent provoquer cela.</translation>
        </message>
        <message>
            <source>Foot or calf pain at night that eases when you let your legs hang over the edge of the bed. This can be poor blood flow too.</source>
            <extracomment>keep 'can' (possible, not certain): pain that eases with the legs hanging over the bed's edge. No diagnosis or disease name.</extracomment>
            <translation>Une douleur au pied ou au mollet la nuit, qui se calme quand vous laissez pendre vos jambes au bord du lit. Cela peut aussi venir d'une mauvaise circulation du sang.</translation>
        </message>
        <message>
            <source>Legs that feel heavy, ache or swell after a long day on your feet, with cramps at night. Weak valves in the leg veins can cause this.</source>
            <extracomment>keep 'can cause'. Plain words for weak valves in the leg veins; no disease name (such as varicose veins) and no added advice.</extracomment>
            <translation>Des jambes lourdes, douloureuses ou qui gonflent après une longue journée debout, avec des crampes la nuit. Des valvules affaiblies dans les veines des jambes peuvent en être la cause.</translation>
        </message>
        <message>
            <source>Numbness, tingling or burning in the feet or legs. Nerves can cause this, for example with diabetes. Do not put heat on a numb leg.</source>
            <extracomment>keep 'can' and diabetes as one example only. Must keep the safety line: do not put heat on a numb leg.</extracomment>
            <translation>Engourdissement, fourmillements ou brûlures dans les pieds ou les jambes. Les nerfs peuvent en être la cause, par exemple avec le diabète. Ne mettez pas de chaleur sur une jambe engourdie.</translation>
        </message>
        <message>
            <source>Pain that spreads down the leg from the lower back. A pressed nerve in the back can do this.</source>
            <extracomment>keep 'can' (possible, not certain). Plain words for a pressed nerve; no diagnosis such as sciatica.</extracomment>
            <translation>Une douleur qui descend dans la jambe depuis le bas du dos. Un nerf comprimé dans le dos peut provoquer cela.</translation>
        </message>
        <message>
            <source>Call emergency services if</source>
            <extracomment>heading, highest urgency: call the emergency services. Must not add a phone number or weaken it to 'see a doctor'.</extracomment>
            <translation>Appelez les secours si</translation>
        </message>
        <message>
            <source>You suddenly feel short of breath.</source>
            <extracomment>emergency sign: sudden shortness of breath. Keep 'suddenly'; no diagnosis.</extracomment>
            <translation>Vous avez soudain du mal à respirer.</translation>
        </message>
        <message>
            <source>There is pain in your chest.</source>
            <extracomment>emergency sign: chest pain. Plain words; no diagnosis.</extracomment>
            <translation>Vous avez une douleur dans la poitrine.</translation>
        </message>
        <message>
            <source>A clot can travel to the lungs. That is an emergency: call straight away.</source>
            <extracomment>keep 'can' for the clot; must say it is an emergency, call at once. Must not name a diagnosis (such as pulmonary embolism) or add a number.</extracomment>
            <translation>Un caillot peut migrer jusqu'aux poumons. C'est une urgence : appelez tout de suite.</translation>
        </message>
        <message>
            <source>Do not drive yourself. Call for an ambulance, or ask someone to drive you.</source>
            <extracomment>safety: must say not to drive yourself, and to call an ambulance or have someone drive you. Keep both options; add no phone number.</extracomment>
            <translation>Ne conduisez pas vous-même. Appelez une ambulance, ou demandez à quelqu'un de vous conduire.</translation>
        </message>
        <message>
            <source>If the leg is swollen, red or warm, or the pain will not ease, see a doctor now. It can be a blood clot. Chest pain or sudden breathlessness: call emergency services now. Do not drive yourself.</source>
            <extracomment>spoken. Keep: swollen, red or warm leg, or pain that will not ease: doctor now; it 'can be' a clot (not 'is'); chest pain or breathlessness: emergency services now; do not drive yourself. Add no phone number and no diagnosis.</extracomment>
            <translation>Si la jambe est gonflée, rouge ou chaude, ou si la douleur ne se calme pas, consultez un médecin tout de suite. Cela peut être un caillot de sang. Douleur dans la poitrine ou soudain du mal à respirer : appelez les secours tout de suite. Ne conduisez pas vous-même.</translation>
        </message>
        <message>
            <source>Leg swollen, red or warm? Pain that will not ease?</source>
            <extracomment>large warning text: keep all four signs (swollen, red, warm, pain that will not ease). Short; no diagnosis.</extracomment>
            <translation>Jambe gonflée, rouge ou chaude ? Douleur qui ne se calme pas ?</translation>
        </message>
        <message>
            <source>See a doctor now.</source>
            <extracomment>must keep 'now' (without waiting). Not an emergency call: that is the next line.</extracomment>
            <translation>Consultez un médecin tout de suite.</translation>
        </message>
        <message>
            <source>Chest pain or short of breath? Call emergency services.</source>
            <extracomment>emergency: must say to call emergency services. Short; no phone number, no diagnosis.</extracomment>
            <translation>Douleur dans la poitrine ou du mal à respirer ? Appelez les secours.</translation>
        </message>
    </context>
    <context>
        <name>lock</name>
        <message>
            <source>The PIN prevents accidental changes to the settings, the routines and the diary. It does not stop someone who can open this computer's files.</source>
            <translation>Le code PIN évite les modifications accidentelles des réglages, des routines et du journal. Il n'arrête pas quelqu'un qui peut ouvrir les fichiers de cet ordinateur.</translation>
        </message>
        <message>
            <source>Forgot the PIN? Delete the file {file} to remove it.</source>
            <translation>Code PIN oublié ? Supprimez le fichier {file} pour le retirer.</translation>
        </message>
        <message>
            <source>Too many wrong tries.</source>
            <translation>Trop d'essais incorrects.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Ce code PIN n'est pas le bon.</translation>
        </message>
        <message>
            <source>Please wait 1 second, then try again.</source>
            <translation>Veuillez attendre 1 seconde, puis réessayer.</translation>
        </message>
        <message>
            <source>Please wait {seconds} seconds, then try again.</source>
            <translation>Veuillez attendre {seconds} secondes, puis réessayer.</translation>
        </message>
        <message>
            <source>Please wait {minutes} minutes, then try again.</source>
            <translation>Veuillez attendre {minutes} minutes, puis réessayer.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Un code PIN compte 4 à 8 chiffres.</translation>
        </message>
        <message>
            <source>Enter the current PIN first.</source>
            <translation>Saisissez d'abord le code PIN actuel.</translation>
        </message>
        <message>
            <source>it is empty or damaged</source>
            <translation>il est vide ou endommagé</translation>
        </message>
        <message>
            <source>The PIN lock file cannot be read ({reason}), so the settings stay locked. To reset the PIN, delete {file} (see "Forgotten PIN" in the README).</source>
            <translation>Le fichier du verrouillage par code PIN ne peut pas être lu ({reason}) : les réglages restent donc verrouillés. Pour réinitialiser le code PIN, supprimez {file} (voir « Forgotten PIN » dans le README).</translation>
        </message>
        <message>
            <source>The PIN lock could not be saved: {reason}.</source>
            <translation>Le verrouillage par code PIN n'a pas pu être enregistré : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>night</name>
        <message>
            <source>How is the cramp now?</source>
            <translation>Comment va la crampe, maintenant ?</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>{problems} Cramp now works as usual; what would be kept there is kept only until the app closes. Check setup (in the More menu) says how to fix it.</source>
            <translation>{problems} « J'ai une crampe » marche comme d'habitude ; ce qui devait y être gardé ne l'est que jusqu'à la fermeture de l'application. Vérifier l'installation (dans le menu Plus) explique comment corriger cela.</translation>
        </message>
        <message>
            <source>Cramp Timer cannot use the folder {folder}: {reason}.</source>
            <translation>Cramp Timer ne peut pas utiliser le dossier {folder} : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Time for your bedtime routine: {routine}. A few minutes of stretching can make night cramps rarer.</source>
            <extracomment>keep 'can make night cramps rarer' (not 'will' or 'prevents'); {routine} is the routine's name. Add no promise.</extracomment>
            <translation>C'est l'heure de votre routine du coucher : {routine}. Quelques minutes d'étirements peuvent rendre les crampes nocturnes plus rares.</translation>
        </message>
    </context>
    <context>
        <name>routine_cli</name>
        <message>
            <source>Nothing was imported. Add --replace to replace your routines.</source>
            <translation>Rien n'a été importé. Ajoutez --replace pour remplacer vos routines.</translation>
        </message>
        <message>
            <source>No PIN was given on standard input.</source>
            <translation>Aucun code PIN n'a été donné sur l'entrée standard.</translation>
        </message>
        <message>
            <source>A PIN is set. Run this at a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>Un code PIN est défini. Lancez ceci dans un terminal, ou donnez le code PIN sur l'entrée standard avec --pin-stdin.</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>Code PIN : </translation>
        </message>
        <message>
            <source>Exported the routine {name} to {file}.</source>
            <translation>Routine {name} exportée dans {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n routines to {file}: {names}.</source>
            <translation>
                <numerusform>%n routine exportée dans {file} : {names}.</numerusform>
                <numerusform>%n routines exportées dans {file} : {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>routine_editing</name>
        <message>
            <source>Prescribed by</source>
            <translation>Prescrit par</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>La note</translation>
        </message>
        <message>
            <source>The step's name</source>
            <translation>Le nom de l'étape</translation>
        </message>
        <message>
            <source>The spoken instruction</source>
            <translation>La consigne parlée</translation>
        </message>
        <message>
            <source>The side</source>
            <translation>Le côté</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>Maintien (secondes)</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <source>Rest (seconds)</source>
            <translation>Repos (secondes)</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Jambe gauche</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Jambe droite</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Les deux jambes</translation>
        </message>
        <message>
            <source>No side</source>
            <translation>Aucun côté</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copie)</translation>
        </message>
        <message>
            <source>Calf stretch</source>
            <translation>Étirement du mollet</translation>
        </message>
        <message>
            <source>Sit with this leg straight out and pull the toes gently toward you.</source>
            <translation>Asseyez-vous, cette jambe tendue devant vous, et tirez doucement les orteils vers vous.</translation>
        </message>
        <message numerus="yes">
            <source>A routine has at most %n steps.</source>
            <translation>
                <numerusform>Une routine a au plus %n étape.</numerusform>
                <numerusform>Une routine a au plus %n étapes.</numerusform>
            </translation>
        </message>
        <message>
            <source>A routine needs at least one step. Delete the routine instead.</source>
            <translation>Une routine a besoin d'au moins une étape. Supprimez plutôt la routine.</translation>
        </message>
        <message>
            <source>Choose a routine first.</source>
            <translation>Choisissez d'abord une routine.</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it and change the copy.</source>
            <translation>Cette routine est fournie avec Cramp Timer et ne peut pas être modifiée. Dupliquez-la et modifiez la copie.</translation>
        </message>
    </context>
    <context>
        <name>routine_files</name>
        <message numerus="yes">
            <source>and %n more problems</source>
            <translation>
                <numerusform>et %n autre problème</numerusform>
                <numerusform>et %n autres problèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>These routines would make a file of {size}, and a routine file may be at most 1 MiB, so nothing was written. Shorten or delete some routines first.</source>
            <translation>Ces routines feraient un fichier de {size}, alors qu'un fichier de routines ne doit pas dépasser 1 Mio : rien n'a été écrit. Raccourcissez ou supprimez d'abord quelques routines.</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>ce fichier n'existe pas</translation>
        </message>
        <message>
            <source>the file could not be read: {reason}</source>
            <translation>le fichier n'a pas pu être lu : {reason}</translation>
        </message>
        <message>
            <source>this is a folder, not a routine file</source>
            <translation>c'est un dossier, pas un fichier de routines</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>ce n'est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>the file is {size}; a routine file may be at most 1 MiB</source>
            <translation>le fichier fait {size} ; un fichier de routines ne doit pas dépasser 1 Mio</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (byte {byte} at offset {offset})</source>
            <translation>le fichier n'est pas du texte UTF-8 (octet {byte} à la position {offset})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>not valid JSON at line {line}, column {column}: {reason}</source>
            <translation>JSON non valide à la ligne {line}, colonne {column} : {reason}</translation>
        </message>
        <message>
            <source>not valid JSON: {word} is not a number JSON allows</source>
            <translation>JSON non valide : {word} n'est pas un nombre autorisé en JSON</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a routine file</source>
            <translation>le fichier est trop profondément imbriqué pour être un fichier de routines</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>JSON non valide : {reason}</translation>
        </message>
        <message>
            <source>the file must hold one JSON object, not {kind}</source>
            <translation>le fichier doit contenir un seul objet JSON, pas {kind}</translation>
        </message>
        <message>
            <source>this is not a Cramp Timer routine file ("format" must be "{marker}")</source>
            <translation>ce n'est pas un fichier de routines Cramp Timer ("format" doit valoir "{marker}")</translation>
        </message>
        <message>
            <source>routines: must be a list, not {kind}</source>
            <translation>routines : doit être une liste, pas {kind}</translation>
        </message>
        <message>
            <source>routines: is empty; a file holds at least one routine</source>
            <translation>routines : est vide ; un fichier contient au moins une routine</translation>
        </message>
        <message>
            <source>version: must be a whole number from 1 up, not {value}</source>
            <translation>version : doit être un nombre entier à partir de 1, pas {value}</translation>
        </message>
        <message>
            <source>made by a newer Cramp Timer (format version {version}; this one reads {supported})</source>
            <translation>créé par une version plus récente de Cramp Timer (version de format {version} ; celle-ci lit {supported})</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is also the name of routines[{other}]</source>
            <translation>routines[{index}].name : {name} est aussi le nom de routines[{other}]</translation>
        </message>
        <message>
            <source>{path}: appears more than once</source>
            <translation>{path} : apparaît plus d'une fois</translation>
        </message>
        <message>
            <source>the routine</source>
            <translation>la routine</translation>
        </message>
        <message>
            <source>{path}: is missing</source>
            <translation>{path} : valeur manquante</translation>
        </message>
        <message>
            <source>{path}: is not a known field</source>
            <translation>{path} : n'est pas un champ connu</translation>
        </message>
        <message>
            <source>{path}: must be an object, not {kind}</source>
            <translation>{path} : doit être un objet, pas {kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is above {high}</source>
            <translation>{path} : {value} dépasse {high}</translation>
        </message>
        <message>
            <source>{path}: {value} is below {low}</source>
            <translation>{path} : {value} est inférieur à {low}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number, not {value}</source>
            <translation>{path} : doit être un nombre entier, pas {value}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number from {low} to {high}, not {kind}</source>
            <translation>{path} : doit être un nombre entier de {low} à {high}, pas {kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is not one of: {choices}</source>
            <translation>{path} : {value} n'est pas l'une de ces valeurs : {choices}</translation>
        </message>
        <message>
            <source>{path}: must be one of: {choices} (not {value})</source>
            <translation>{path} : doit être l'une de ces valeurs : {choices} (pas {value})</translation>
        </message>
        <message>
            <source>{path}: is empty; it needs {low} to {high} items</source>
            <translation>{path} : est vide ; il faut de {low} à {high} éléments</translation>
        </message>
        <message numerus="yes">
            <source>{path}: has %n items; it may have {low} to {high}</source>
            <translation>
                <numerusform>{path} : a %n élément ; il peut en avoir de {low} à {high}</numerusform>
                <numerusform>{path} : a %n éléments ; il peut en avoir de {low} à {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: must be a list, not {kind}</source>
            <translation>{path} : doit être une liste, pas {kind}</translation>
        </message>
        <message>
            <source>{path}: must be true or false, not {value}</source>
            <translation>{path} : doit être true ou false, pas {value}</translation>
        </message>
        <message>
            <source>{path}: must be text, not {kind}</source>
            <translation>{path} : doit être du texte, pas {kind}</translation>
        </message>
        <message>
            <source>{path}: is not valid text (a lone surrogate escape)</source>
            <translation>{path} : n'est pas un texte valide (un code de substitution isolé)</translation>
        </message>
        <message numerus="yes">
            <source>{path}: is %n characters long; the most is {high}</source>
            <translation>
                <numerusform>{path} : fait %n caractère ; le maximum est {high}</numerusform>
                <numerusform>{path} : fait %n caractères ; le maximum est {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: is empty</source>
            <translation>{path} : est vide</translation>
        </message>
        <message>
            <source>{path}: holds an invisible or text-direction character (such as a zero-width space or a right-to-left override); type it again without it</source>
            <translation>{path} : contient un caractère invisible ou de sens d'écriture (comme une espace sans chasse ou un forçage droite-à-gauche) ; retapez-le sans ce caractère</translation>
        </message>
        <message>
            <source>{path}: must be one line, without tabs or control characters</source>
            <translation>{path} : doit tenir sur une ligne, sans tabulations ni caractères de contrôle</translation>
        </message>
        <message>
            <source>{path}: must not contain control characters</source>
            <translation>{path} : ne doit pas contenir de caractères de contrôle</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>text</source>
            <translation>du texte</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objet</translation>
        </message>
    </context>
    <context>
        <name>routine_store</name>
        <message>
            <source>Imported the routine {name} from {file}.</source>
            <translation>Routine {name} importée depuis {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n routines from {file}: {names}.</source>
            <translation>
                <numerusform>%n routine importée depuis {file} : {names}.</numerusform>
                <numerusform>%n routines importées depuis {file} : {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>It replaced the routine(s) of the same name: {names}.</source>
            <translation>L'import a remplacé la ou les routines du même nom : {names}.</translation>
        </message>
        <message>
            <source>{old} was taken, so it is called {new}.</source>
            <translation>{old} était déjà pris : elle s'appelle donc {new}.</translation>
        </message>
        <message>
            <source>{path}: {name} is the name of a built-in routine; give it another name</source>
            <translation>{path} : {name} est le nom d'une routine fournie ; donnez-lui un autre nom</translation>
        </message>
        <message>
            <source>{path}: {name} is already one of your routines</source>
            <translation>{path} : {name} est déjà l'une de vos routines</translation>
        </message>
        <message>
            <source>There are no routines of your own to export yet.</source>
            <translation>Vous n'avez pas encore de routines à vous à exporter.</translation>
        </message>
        <message>
            <source>Choose at least one routine to export.</source>
            <translation>Choisissez au moins une routine à exporter.</translation>
        </message>
        <message>
            <source>The routines could not be written to {file}: {reason}.</source>
            <translation>Les routines n'ont pas pu être écrites dans {file} : {reason}.</translation>
        </message>
        <message>
            <source>There is no routine called {name}.</source>
            <translation>Il n'y a pas de routine nommée {name}.</translation>
        </message>
        <message>
            <source>{name} comes with Cramp Timer and cannot be changed or deleted. You can duplicate it and change the copy.</source>
            <translation>{name} est fournie avec Cramp Timer et ne peut être ni modifiée ni supprimée. Vous pouvez la dupliquer et modifier la copie.</translation>
        </message>
        <message>
            <source>{name} is the name of a built-in routine. Please choose another name.</source>
            <translation>{name} est le nom d'une routine fournie. Veuillez choisir un autre nom.</translation>
        </message>
        <message>
            <source>There is already a routine called {name}. Please choose another name.</source>
            <translation>Il existe déjà une routine nommée {name}. Veuillez choisir un autre nom.</translation>
        </message>
        <message>
            <source>Your routines file could not be read or moved out of the way, so changes cannot be saved. Move it away and start Cramp Timer again: {file}</source>
            <translation>Votre fichier de routines n'a pas pu être lu ni mis de côté : les modifications ne peuvent donc pas être enregistrées. Déplacez-le ailleurs et relancez Cramp Timer : {file}</translation>
        </message>
        <message>
            <source>Your routines could not be saved: {reason}.</source>
            <translation>Vos routines n'ont pas pu être enregistrées : {reason}.</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is the name of a built-in routine</source>
            <translation>routines[{index}].name : {name} est le nom d'une routine fournie</translation>
        </message>
        <message>
            <source>Your routines were saved by a newer version of Cramp Timer, so only the built-in routines are available.</source>
            <translation>Vos routines ont été enregistrées par une version plus récente de Cramp Timer : seules les routines fournies sont disponibles.</translation>
        </message>
        <message>
            <source>Your routines file could not be read, so only the built-in routines are available.</source>
            <translation>Votre fichier de routines n'a pas pu être lu : seules les routines fournies sont disponibles.</translation>
        </message>
        <message>
            <source>The file could not be moved out of the way either: {file}.</source>
            <translation>Le fichier n'a pas pu être mis de côté non plus : {file}.</translation>
        </message>
        <message>
            <source>The old file was kept as {name}; once it is mended it can be imported again.</source>
            <translation>L'ancien fichier a été gardé sous le nom {name} ; une fois réparé, il pourra être importé à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>routines</name>
        <message>
            <source>Bedtime stretch</source>
            <translation>Étirement du coucher</translation>
        </message>
        <message>
            <source>Bedtime stretch (seated)</source>
            <translation>Étirement du coucher (assis)</translation>
        </message>
        <message>
            <source>{path} is missing.</source>
            <translation>{path} : valeur manquante.</translation>
        </message>
        <message>
            <source>{path} is not part of a routine.</source>
            <translation>{path} ne fait pas partie d'une routine.</translation>
        </message>
        <message>
            <source>{path} must be a group of named values.</source>
            <translation>{path} doit être un groupe de valeurs nommées.</translation>
        </message>
        <message>
            <source>{path} must be one line of {low} to {high} characters.</source>
            <translation>{path} doit tenir sur une ligne de {low} à {high} caractères.</translation>
        </message>
        <message>
            <source>{path} must be text of {low} to {high} characters.</source>
            <translation>{path} doit être un texte de {low} à {high} caractères.</translation>
        </message>
        <message>
            <source>{path} must be a whole number from {low} to {high}.</source>
            <translation>{path} doit être un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <source>{path} must be one of: {choices}.</source>
            <translation>{path} doit être l'une de ces valeurs : {choices}.</translation>
        </message>
        <message>
            <source>{path} must be a list of {low} to {high} items.</source>
            <translation>{path} doit être une liste de {low} à {high} éléments.</translation>
        </message>
        <message>
            <source>{path} must be true or false.</source>
            <translation>{path} doit être true ou false.</translation>
        </message>
        <message>
            <source>The routine</source>
            <translation>La routine</translation>
        </message>
        <message>
            <source>Calf stretch against the wall</source>
            <translation>Étirement du mollet contre le mur</translation>
        </message>
        <message>
            <source>Face a wall with both hands on it. Step this leg back, heel down, knee straight. Lean in until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: hands on the wall, this leg back, heel down, knee straight; limit: lean until the calf pulls firmly but does not hurt.</extracomment>
            <translation>Face à un mur, posez les deux mains dessus. Reculez cette jambe d'un pas, talon au sol, genou tendu. Penchez-vous vers le mur jusqu'à ce que le mollet tire fermement, sans faire mal.</translation>
        </message>
        <message>
            <source>Standing hamstring stretch</source>
            <translation>Étirement de l'arrière de la cuisse, debout</translation>
        </message>
        <message>
            <source>Hold on to something steady. Put this heel a small step forward, toes up. Bend the other knee and lean forward from the hips until the back of the thigh pulls firmly, but it does not hurt.</source>
            <extracomment>must begin with the safety step: hold on to something steady. Keep the limit: the thigh pulls firmly but does not hurt.</extracomment>
            <translation>Tenez-vous à un appui stable. Posez ce talon un petit pas en avant, orteils relevés. Pliez l'autre genou et penchez-vous en avant depuis les hanches, jusqu'à ce que l'arrière de la cuisse tire fermement, sans faire mal.</translation>
        </message>
        <message>
            <source>Seated calf stretch</source>
            <translation>Étirement du mollet, assis</translation>
        </message>
        <message>
            <source>Sit with this leg straight out. Put a towel around the ball of the foot and draw the foot toward you until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: leg straight, towel around the ball of the foot, draw the foot toward you; limit: the calf pulls firmly but does not hurt.</extracomment>
            <translation>Asseyez-vous, cette jambe tendue devant vous. Passez une serviette autour de l'avant du pied et tirez le pied vers vous, jusqu'à ce que le mollet tire fermement, sans faire mal.</translation>
        </message>
        <message>
            <source>Seated hamstring stretch</source>
            <translation>Étirement de l'arrière de la cuisse, assis</translation>
        </message>
        <message>
            <source>Sit on the edge of the bed or a chair. Put this leg straight out, heel down, toes up. Lean forward from the hips, back straight, until the thigh pulls firmly but does not hurt.</source>
            <extracomment>stretch steps: sit on the edge of a bed or chair, leg straight, heel down, toes up, lean from the hips with a straight back; limit: a firm pull that does not hurt.</extracomment>
            <translation>Asseyez-vous au bord du lit ou d'une chaise. Tendez cette jambe devant vous, talon au sol, orteils relevés. Penchez-vous en avant depuis les hanches, le dos droit, jusqu'à ce que la cuisse tire fermement, sans faire mal.</translation>
        </message>
        <message>
            <source>Calf and hamstring stretches, each leg, held 10 seconds, three times, just before bed. In a six-week study of 80 adults (Hallegraeff and others, 2012) this led to fewer and milder night cramps. Each stretch should pull firmly but never hurt; stop if it hurts. Keep breathing: never hold your breath.</source>
            <extracomment>one study (keep its details: 10 seconds, three times, six weeks, 80 adults, Hallegraeff 2012): 'led to fewer and milder', no 'proven' or 'will'. Keep 'stop if it hurts' and 'never hold your breath'.</extracomment>
            <translation>Étirements des mollets et de l'arrière des cuisses, pour chaque jambe, tenus 10 secondes, trois fois, juste avant le coucher. Dans une étude de six semaines auprès de 80 adultes (Hallegraeff et coll., 2012), cela a conduit à des crampes nocturnes moins nombreuses et moins fortes. Chaque étirement doit tirer fermement sans jamais faire mal ; arrêtez si ça fait mal. Continuez à respirer : ne retenez jamais votre souffle.</translation>
        </message>
        <message>
            <source>{exercise}, left leg</source>
            <translation>{exercise}, jambe gauche</translation>
        </message>
        <message>
            <source>{exercise}, right leg</source>
            <translation>{exercise}, jambe droite</translation>
        </message>
        <message>
            <source>{exercise}, both legs</source>
            <translation>{exercise}, les deux jambes</translation>
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
            <translation>Relâchez. Ensuite : {line}</translation>
        </message>
        <message>
            <source>Slowly into the stretch: firm, not painful.</source>
            <extracomment>spoken: move slowly into the stretch; it should feel firm, never painful. Keep both.</extracomment>
            <translation>Entrez lentement dans l'étirement : ferme, sans douleur.</translation>
        </message>
        <message>
            <source>{heading}: move into stretch {number} of {count}</source>
            <translation>{heading} : commencez l'étirement {number} sur {count}</translation>
        </message>
        <message>
            <source>Hold it there. Keep breathing.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and keep breathing (do not hold the breath).</extracomment>
            <translation>Tenez la position. Continuez à respirer.</translation>
        </message>
        <message>
            <source>Relax. That is the whole routine. Sleep well.</source>
            <translation>Relâchez. La routine est terminée. Bonne nuit.</translation>
        </message>
        <message>
            <source>{heading}: stretch {number} of {count}</source>
            <translation>{heading} : étirement {number} sur {count}</translation>
        </message>
        <message>
            <source>Relax.</source>
            <translation>Relâchez.</translation>
        </message>
        <message>
            <source>Relax. Stretch {number} of {count} comes next.</source>
            <translation>Relâchez. Ensuite : étirement {number} sur {count}.</translation>
        </message>
        <message>
            <source>Stretch {number} of {count}</source>
            <translation>Étirement {number} sur {count}</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>jambe gauche</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>jambe droite</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>les deux jambes</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>préparation</translation>
        </message>
        <message>
            <source>rest, then hold {number} of {count}</source>
            <translation>repos, puis maintien {number} sur {count}</translation>
        </message>
        <message>
            <source>hold {number} of {count}</source>
            <translation>maintien {number} sur {count}</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>heat time</source>
            <translation>durée de la chaleur</translation>
        </message>
        <message>
            <source>cold time</source>
            <translation>durée du froid</translation>
        </message>
        <message>
            <source>stretch hold time</source>
            <translation>durée de maintien de l'étirement</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>temps de préparation</translation>
        </message>
        <message>
            <source>get-ready time standing</source>
            <translation>temps de préparation debout</translation>
        </message>
        <message>
            <source>stretch</source>
            <translation>étirement</translation>
        </message>
        <message>
            <source>spoken guidance</source>
            <translation>guidage vocal</translation>
        </message>
        <message>
            <source>voice</source>
            <translation>voix</translation>
        </message>
        <message>
            <source>speaking speed</source>
            <translation>débit de parole</translation>
        </message>
        <message>
            <source>voice volume</source>
            <translation>volume de la voix</translation>
        </message>
        <message>
            <source>welcome shown</source>
            <translation>accueil déjà affiché</translation>
        </message>
        <message>
            <source>bedtime reminder</source>
            <translation>rappel du coucher</translation>
        </message>
        <message>
            <source>reminder time</source>
            <translation>heure du rappel</translation>
        </message>
        <message>
            <source>reminder days</source>
            <translation>jours du rappel</translation>
        </message>
        <message>
            <source>spoken reminder</source>
            <translation>rappel à voix haute</translation>
        </message>
        <message>
            <source>snooze time</source>
            <translation>durée du report</translation>
        </message>
        <message>
            <source>bedtime routine</source>
            <translation>routine du coucher</translation>
        </message>
        <message>
            <source>dim screen</source>
            <translation>écran assombri</translation>
        </message>
        <message>
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Cramp Timer. This version uses the settings it understands.</source>
            <translation>Vos réglages ont été enregistrés par une version plus récente de Cramp Timer. Cette version utilise les réglages qu'elle comprend.</translation>
        </message>
        <message>
            <source>Some settings could not be used, so the usual values are back for: {fields}.</source>
            <translation>Certains réglages n'ont pas pu être utilisés : les valeurs habituelles sont rétablies pour : {fields}.</translation>
        </message>
        <message>
            <source>Some entries in the settings file were not recognised: {names}.</source>
            <translation>Certaines entrées du fichier de réglages n'ont pas été reconnues : {names}.</translation>
        </message>
        <message>
            <source>The settings file had no usable version number.</source>
            <translation>Le fichier de réglages n'avait pas de numéro de version utilisable.</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The file could not be moved out of the way either: {name}.</source>
            <translation>Votre fichier de réglages n'a pas pu être lu : les réglages habituels sont utilisés. Le fichier n'a pas pu être mis de côté non plus : {name}.</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The old file was kept as {name}.</source>
            <translation>Votre fichier de réglages n'a pas pu être lu : les réglages habituels sont utilisés. L'ancien fichier a été gardé sous le nom {name}.</translation>
        </message>
        <message>
            <source>The settings file could not be repaired, so this may show again.</source>
            <translation>Le fichier de réglages n'a pas pu être réparé : ce message peut donc revenir.</translation>
        </message>
        <message>
            <source>The old file was kept as {name}.</source>
            <translation>L'ancien fichier a été gardé sous le nom {name}.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <source>a routine request needs the routine's name</source>
            <translation>une demande de routine doit indiquer le nom de la routine</translation>
        </message>
        <message numerus="yes">
            <source>a routine name has at most %n characters</source>
            <translation>
                <numerusform>un nom de routine a au plus %n caractère</numerusform>
                <numerusform>un nom de routine a au plus %n caractères</numerusform>
            </translation>
        </message>
        <message>
            <source>The folder {folder} is not a private folder of this user, so Cramp Timer will not use it for its socket.</source>
            <translation>Le dossier {folder} n'est pas un dossier privé de cet utilisateur : Cramp Timer ne l'utilisera donc pas pour son socket.</translation>
        </message>
        <message>
            <source> (process {pid})</source>
            <translation> (processus {pid})</translation>
        </message>
        <message>
            <source>The lock file {path} could not be used: {why}.</source>
            <translation>Le fichier de verrouillage {path} n'a pas pu être utilisé : {why}.</translation>
        </message>
        <message>
            <source>Cramp Timer could not listen on {address}: {why}.</source>
            <translation>Cramp Timer n'a pas pu écouter sur {address} : {why}.</translation>
        </message>
        <message numerus="yes">
            <source>Another Cramp Timer{holder} is running but did not answer within %n seconds.</source>
            <translation>
                <numerusform>Un autre Cramp Timer{holder} est en marche, mais n'a pas répondu en %n seconde.</numerusform>
                <numerusform>Un autre Cramp Timer{holder} est en marche, mais n'a pas répondu en %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The running Cramp Timer did not answer ({error}).</source>
            <translation>Le Cramp Timer déjà en marche n'a pas répondu ({error}).</translation>
        </message>
        <message>
            <source>The running Cramp Timer gave an unreadable answer: {error}.</source>
            <translation>Le Cramp Timer déjà en marche a donné une réponse illisible : {error}.</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>The natural voice is off ({why}), so the plainer espeak-ng voice speaks; {fix}</source>
            <translation>La voix naturelle est désactivée ({why}) : c'est donc la voix plus simple d'espeak-ng qui parle ; {fix}</translation>
        </message>
        <message>
            <source>to get it back, run Cramp Timer's setup again (./run.sh) or reinstall it.</source>
            <translation>pour la retrouver, relancez l'installation de Cramp Timer (./run.sh) ou réinstallez-le.</translation>
        </message>
        <message>
            <source>choose another voice in Settings, or reinstall Cramp Timer.</source>
            <translation>choisissez une autre voix dans les Réglages, ou réinstallez Cramp Timer.</translation>
        </message>
        <message>
            <source>Cramp Timer could not start its speech helper ({why}); reinstall Cramp Timer to get spoken cues back.</source>
            <translation>Cramp Timer n'a pas pu lancer son programme de synthèse vocale ({why}) ; réinstallez Cramp Timer pour retrouver les consignes parlées.</translation>
        </message>
        <message numerus="yes">
            <source>Spoken cues are off because the speech helper failed %n times in a minute ({why}); restart Cramp Timer, and if it happens again reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>
                <numerusform>Les consignes parlées sont désactivées car le programme de synthèse vocale a échoué %n fois en une minute ({why}) ; redémarrez Cramp Timer et, si cela se reproduit, réinstallez espeak-ng : sudo apt install --reinstall espeak-ng</numerusform>
                <numerusform>Les consignes parlées sont désactivées car le programme de synthèse vocale a échoué %n fois en une minute ({why}) ; redémarrez Cramp Timer et, si cela se reproduit, réinstallez espeak-ng : sudo apt install --reinstall espeak-ng</numerusform>
            </translation>
        </message>
        <message>
            <source>Spoken cues need the espeak-ng speech engine, which could not be loaded ({why}); install it with: sudo apt install espeak-ng</source>
            <translation>Les consignes parlées ont besoin du moteur de synthèse vocale espeak-ng, qui n'a pas pu être chargé ({why}) ; installez-le avec : sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because the aplay program is missing; install it with: sudo apt install alsa-utils</source>
            <translation>Cramp Timer ne peut pas jouer de son car le programme aplay est absent ; installez-le avec : sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because no sound device or sound server answered; check that the speakers are on and not muted, or install PulseAudio with: sudo apt install pulseaudio</source>
            <translation>Cramp Timer ne peut pas jouer de son car aucun périphérique audio ni serveur de son n'a répondu ; vérifiez que les haut-parleurs sont allumés et pas en sourdine, ou installez PulseAudio avec : sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>No installed voice speaks this language ({language}), so the steps are only shown on screen. To hear them, install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>Aucune voix installée ne parle cette langue ({language}) : les étapes s'affichent donc seulement à l'écran. Pour les entendre, installez les voix d'espeak-ng : sudo apt install espeak-ng-data</translation>
        </message>
    </context>
</TS>
