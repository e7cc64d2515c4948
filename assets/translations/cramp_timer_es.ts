<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>CloseGuard</name>
        <message>
            <source>Keep Cramp Timer running?</source>
            <translation>¿Dejar Cramp Timer en marcha?</translation>
        </message>
        <message>
            <source>Your bedtime reminder is on, but this desktop has no tray to keep Cramp Timer in. Keep it running without an icon? The window comes back at bedtime. If you quit, no reminder will come.</source>
            <translation>Su recordatorio nocturno está activado, pero este escritorio no tiene bandeja del sistema donde dejar Cramp Timer. ¿Dejarlo en marcha sin icono? La ventana volverá a la hora de dormir. Si lo cierra, no habrá recordatorio.</translation>
        </message>
        <message>
            <source>Keep running</source>
            <translation>Dejar en marcha</translation>
        </message>
        <message>
            <source>Quit, no reminder</source>
            <translation>Salir, sin recordatorio</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Seconds left in this step</source>
            <translation>Segundos que quedan en este paso</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Tiempo restante</translation>
        </message>
    </context>
    <context>
        <name>CrampTimer</name>
        <message>
            <source>Cramp Timer keeps running here, so it can remind you at bedtime. Quit it from this icon's menu.</source>
            <translation>Cramp Timer sigue en marcha aquí para poder avisarle a la hora de dormir. Para cerrarlo, use el menú de este icono.</translation>
        </message>
        <message>
            <source>This session could not be written to your diary (%1).</source>
            <translation>No se pudo guardar esta sesión en su diario (%1).</translation>
        </message>
        <message>
            <source>Your diary could not be opened, so there is no history to show.</source>
            <translation>No se pudo abrir su diario, así que no hay historial que mostrar.</translation>
        </message>
        <message numerus="yes">
            <source>%n diary entries are damaged and could not be read, so the history and exports leave them out. They are still in the diary file.</source>
            <translation>
                <numerusform>%n entrada del diario está dañada y no se pudo leer, así que el historial y las exportaciones la dejan fuera. Sigue estando en el archivo del diario.</numerusform>
                <numerusform>%n entradas del diario están dañadas y no se pudieron leer, así que el historial y las exportaciones las dejan fuera. Siguen estando en el archivo del diario.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Your routines were changed from outside Cramp Timer; this is the latest list.</source>
            <translation>Sus rutinas se cambiaron desde fuera de Cramp Timer; esta es la lista más reciente.</translation>
        </message>
        <message>
            <source>Your settings could not be saved: %1</source>
            <translation>No se pudieron guardar sus ajustes: %1</translation>
        </message>
        <message>
            <source>Start at login could not be changed: %1</source>
            <translation>No se pudo cambiar el inicio automático: %1</translation>
        </message>
        <message>
            <source>The deleted routine was the bedtime routine; the bedtime routine is now “%1”.</source>
            <translation>La rutina borrada era la rutina nocturna; ahora la rutina nocturna es “%1”.</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>Cramp Timer is now in your application menu (it may take a moment to appear). These files were written:</source>
            <translation>Cramp Timer ya está en su menú de aplicaciones (puede tardar un momento en aparecer). Se escribieron estos archivos:</translation>
        </message>
        <message>
            <source>Cramp Timer was taken out of your application menu. These files were removed:</source>
            <translation>Cramp Timer se quitó de su menú de aplicaciones. Se borraron estos archivos:</translation>
        </message>
        <message>
            <source>Cramp Timer was not in your application menu; nothing was removed.</source>
            <translation>Cramp Timer no estaba en su menú de aplicaciones; no se borró nada.</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Scroll with the arrow keys or Page Up and Page Down. Esc goes back.</source>
            <translation>Desplácese con las flechas o con Re Pág y Av Pág. Esc vuelve atrás.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>Volver al temporizador (Esc)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Cramp diary</source>
            <translation>Diario de calambres</translation>
        </message>
        <message>
            <source>Cramp diary history</source>
            <translation>Historial del diario de calambres</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ocultar este mensaje</translation>
        </message>
        <message>
            <source>History pages</source>
            <translation>Páginas del historial</translation>
        </message>
        <message>
            <source>&amp;Nights</source>
            <translation>&amp;Noches</translation>
        </message>
        <message>
            <source>&amp;Six weeks</source>
            <translation>&amp;Seis semanas</translation>
        </message>
        <message>
            <source>&amp;Is it helping?</source>
            <translation>¿Le &amp;ayuda?</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>&amp;Borrar entrada</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Borrar entrada</translation>
        </message>
        <message>
            <source>Delete the chosen cramp entry (Delete key)</source>
            <translation>Borrar la entrada de calambre elegida (tecla Supr)</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Save every cramp entry as a spreadsheet file</source>
            <translation>Guardar todas las entradas de calambres en un archivo de hoja de cálculo</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exportar &amp;PDF…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>Save a summary to show your doctor</source>
            <translation>Guardar un resumen para mostrarlo a su médico</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Nothing is in your diary yet.

Each time you use Cramp now or do the bedtime routine, that night shows up here.</source>
            <translation>Su diario aún está vacío.

Cada vez que use “Calambre ahora” o haga la rutina nocturna, esa noche aparecerá aquí.</translation>
        </message>
        <message>
            <source>Nights, newest first</source>
            <translation>Noches, la más reciente primero</translation>
        </message>
        <message>
            <source>The chosen night</source>
            <translation>La noche elegida</translation>
        </message>
        <message>
            <source>Cramp entries of the chosen night</source>
            <translation>Entradas de calambres de la noche elegida</translation>
        </message>
        <message>
            <source>Bedtime routine and reminder</source>
            <translation>Rutina nocturna y recordatorio</translation>
        </message>
        <message>
            <source>The last six weeks in figures</source>
            <translation>Las últimas seis semanas en cifras</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine, in figures</source>
            <translation>Antes y desde que empezó la rutina nocturna, en cifras</translation>
        </message>
        <message>
            <source>What these figures can and cannot say</source>
            <translation>Lo que estas cifras pueden decir y lo que no</translation>
        </message>
        <message>
            <source>Your diary could not be read just now (%1). Nothing was changed.</source>
            <translation>Ahora mismo no se pudo leer su diario (%1). No se cambió nada.</translation>
        </message>
        <message>
            <source>This night could not be read (%1).</source>
            <translation>No se pudo leer esta noche (%1).</translation>
        </message>
        <message>
            <source>Night of %1</source>
            <translation>Noche del %1</translation>
        </message>
        <message>
            <source>That entry had already been deleted.</source>
            <translation>Esa entrada ya estaba borrada.</translation>
        </message>
        <message>
            <source>The entry could not be deleted (%1). Your diary is as it was.</source>
            <translation>No se pudo borrar la entrada (%1). Su diario sigue como estaba.</translation>
        </message>
        <message>
            <source>The entry was deleted.</source>
            <translation>Se borró la entrada.</translation>
        </message>
        <message>
            <source>Save the cramp diary as CSV</source>
            <translation>Guardar el diario de calambres como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved to %1. Cramp entries in the file: %2.</source>
            <translation>Guardado en %1. Entradas de calambres en el archivo: %2.</translation>
        </message>
        <message>
            <source>Save a summary for your doctor as PDF</source>
            <translation>Guardar en PDF un resumen para su médico</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the summary to %1.</source>
            <translation>Resumen guardado en %1.</translation>
        </message>
        <message>
            <source>Saving to %1…</source>
            <translation>Guardando en %1…</translation>
        </message>
        <message>
            <source>The file %1 could not be saved: %2. Nothing in your diary was changed.</source>
            <translation>No se pudo guardar el archivo %1: %2. No se cambió nada en su diario.</translation>
        </message>
    </context>
    <context>
        <name>HistoryReport</name>
        <message>
            <source>Night cramps: a summary for your doctor</source>
            <translation>Calambres nocturnos: resumen para su médico</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin valorar</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Nombre: %1</translation>
        </message>
        <message>
            <source>Nights from %1 to %2 (%3 nights). Made on %4.</source>
            <translation>Noches del %1 al %2 (%3 noches). Creado el %4.</translation>
        </message>
        <message>
            <source>A night runs from noon to noon and is named by the date on which it began.</source>
            <translation>Una noche va de mediodía a mediodía y lleva la fecha del día en que empezó.</translation>
        </message>
        <message>
            <source>Cramp Timer only records what happened; it does not diagnose anything. Please go through these figures with your doctor.</source>
            <extracomment>disclaimer for the doctor: the app only records, it does not diagnose; go through the figures with a doctor. Claim no accuracy.</extracomment>
            <translation>Cramp Timer solo registra lo que pasó; no diagnostica nada. Por favor, revise estas cifras con su médico.</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine</source>
            <translation>Antes y desde que empezó la rutina nocturna</translation>
        </message>
        <message>
            <source>Nights compared</source>
            <translation>Noches comparadas</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Noches</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Calambres</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>Calambres por noche</translation>
        </message>
        <message>
            <source>Mean severity (0–10)</source>
            <translation>Intensidad media (0–10)</translation>
        </message>
        <message>
            <source>Bedtime routine: done on %1 of the %2 nights in this range.</source>
            <translation>Rutina nocturna: completada en %1 de las %2 noches de este periodo.</translation>
        </message>
        <message>
            <source>Cramps per month</source>
            <translation>Calambres por mes</translation>
        </message>
        <message>
            <source>Month (nights)</source>
            <translation>Mes (noches)</translation>
        </message>
        <message>
            <source>Cramps per week</source>
            <translation>Calambres por semana</translation>
        </message>
        <message>
            <source>Week (nights)</source>
            <translation>Semana (noches)</translation>
        </message>
        <message>
            <source>Nights with cramps</source>
            <translation>Noches con calambres</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>Rutina nocturna completada</translation>
        </message>
        <message>
            <source>All nights</source>
            <translation>Todas las noches</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>%1 of %2 nights</source>
            <translation>%1 de %2 noches</translation>
        </message>
        <message>
            <source>How bad the cramps were</source>
            <translation>Intensidad de los calambres</translation>
        </message>
        <message>
            <source>Rated after %1 of %2 cramps, from 0 (mild) to 10 (the worst): mean %3, lowest %4, highest %5.</source>
            <translation>Se valoraron %1 de %2 calambres, de 0 (leve) a 10 (el peor): media %3, mínima %4, máxima %5.</translation>
        </message>
        <message>
            <source>No cramp was rated in these nights.</source>
            <translation>No se valoró ningún calambre en estas noches.</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Lo que ayudó</translation>
        </message>
        <message>
            <source>How the stretch ended</source>
            <translation>Cómo terminó el estiramiento</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>Cedió con el estiramiento</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>Seguía el calambre tras estirar</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>Estiramiento interrumpido</translation>
        </message>
        <message>
            <source>Not finished (app closed)</source>
            <translation>Sin terminar (se cerró la aplicación)</translation>
        </message>
        <message>
            <source>Care afterwards</source>
            <translation>Cuidados después</translation>
        </message>
        <message>
            <source>Times used</source>
            <translation>Veces usado</translation>
        </message>
        <message>
            <source>Minutes in all</source>
            <translation>Minutos en total</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>heading: use the same words as the app's Warning signs page.</extracomment>
            <translation>Señales de alarma</translation>
        </message>
        <message>
            <source>The advice on warning signs (swelling, redness, warmth, or pain that stretching does not ease) was shown %1 times: %2.</source>
            <extracomment>keep the four signs as listed; the advice was shown, which is not a clot or a diagnosis. %1 is a count, %2 the dates.</extracomment>
            <translation>Los consejos sobre las señales de alarma (hinchazón, enrojecimiento, calor o dolor que no cede al estirar) se mostraron %1 veces: %2.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>y %1 más</translation>
        </message>
        <message>
            <source>The advice on warning signs was not shown in these nights.</source>
            <extracomment>only says the advice was not shown; must not imply the legs are healthy or there was no risk.</extracomment>
            <translation>Los consejos sobre las señales de alarma no se mostraron en estas noches.</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>sin terminar</translation>
        </message>
        <message>
            <source>eased with stretching</source>
            <translation>cedió con el estiramiento</translation>
        </message>
        <message>
            <source>still cramping</source>
            <translation>seguía el calambre</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>interrumpido</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>left</source>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>right</source>
            <translation>derecha</translation>
        </message>
        <message>
            <source>both</source>
            <translation>ambas</translation>
        </message>
        <message>
            <source>Every cramp in this range</source>
            <translation>Todos los calambres de este periodo</translation>
        </message>
        <message>
            <source>No cramp was recorded in these nights.</source>
            <translation>No se registró ningún calambre en estas noches.</translation>
        </message>
        <message>
            <source>Night of</source>
            <translation>Noche del</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Pierna</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Intensidad</translation>
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
            <translation>rutina completada</translation>
        </message>
        <message>
            <source>routine partly done</source>
            <translation>rutina completada en parte</translation>
        </message>
        <message>
            <source>routine stopped</source>
            <translation>rutina interrumpida</translation>
        </message>
        <message>
            <source>routine not finished</source>
            <translation>rutina sin terminar</translation>
        </message>
        <message>
            <source>no routine</source>
            <translation>sin rutina</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>pospuesto</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>started the routine</source>
            <translation>empezó la rutina</translation>
        </message>
        <message>
            <source>Cramps: %1</source>
            <translation>Calambres: %1</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>intensidad %1</translation>
        </message>
        <message>
            <source>No cramps</source>
            <translation>Sin calambres</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>señales de alarma</translation>
        </message>
        <message>
            <source>Not finished (the app was closed during the stretch)</source>
            <translation>Sin terminar (la aplicación se cerró durante el estiramiento)</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>Cedió con el estiramiento</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>Seguía el calambre tras estirar</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>Estiramiento interrumpido</translation>
        </message>
        <message>
            <source>Rounds: %1</source>
            <translation>Rondas: %1</translation>
        </message>
        <message>
            <source>stretched %1</source>
            <translation>estiramiento %1</translation>
        </message>
        <message>
            <source>severity %1 of 10</source>
            <translation>intensidad %1 de 10</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>pierna izquierda</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>pierna derecha</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>ambas piernas</translation>
        </message>
        <message>
            <source>Afterwards: %1</source>
            <translation>Después: %1</translation>
        </message>
        <message>
            <source>The advice on warning signs was shown.</source>
            <translation>Se mostraron los consejos sobre las señales de alarma.</translation>
        </message>
        <message>
            <source>No cramps this night.</source>
            <translation>Sin calambres esta noche.</translation>
        </message>
        <message>
            <source>started, not finished</source>
            <translation>empezada, sin terminar</translation>
        </message>
        <message>
            <source>done</source>
            <translation>completada</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>completada en parte</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>interrumpida</translation>
        </message>
        <message>
            <source>Bedtime routine at %1: %2 (%3)</source>
            <translation>Rutina nocturna a las %1: %2 (%3)</translation>
        </message>
        <message>
            <source>No bedtime routine this night.</source>
            <translation>Sin rutina nocturna esta noche.</translation>
        </message>
        <message>
            <source>Reminder: %1</source>
            <translation>Recordatorio: %1</translation>
        </message>
        <message>
            <source>No night of the last six weeks has a rating.</source>
            <translation>Ninguna noche de las últimas seis semanas tiene valoración.</translation>
        </message>
        <message>
            <source>Rated nights: %1 of %2; their mean severity: %3 of 10.</source>
            <translation>Noches valoradas: %1 de %2; su intensidad media: %3 de 10.</translation>
        </message>
        <message>
            <source>Nothing was recorded in the last six weeks.</source>
            <translation>No se registró nada en las últimas seis semanas.</translation>
        </message>
        <message>
            <source>Last six weeks: %1 cramps on %2 of %3 nights; bedtime routine done on %4 nights.</source>
            <translation>Últimas seis semanas: %1 calambres en %2 de %3 noches; rutina nocturna completada en %4 noches.</translation>
        </message>
        <message>
            <source>Times the advice on warning signs was shown: %1.</source>
            <translation>Veces que se mostraron los consejos sobre las señales de alarma: %1.</translation>
        </message>
        <message>
            <source>Name on the summary</source>
            <translation>Nombre en el resumen</translation>
        </message>
        <message>
            <source>A name to print on the summary (you may leave it empty):</source>
            <translation>Un nombre para imprimir en el resumen (puede dejarlo vacío):</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>¿Borrar esta entrada?</translation>
        </message>
        <message>
            <source>Delete the cramp entry of %1 at %2?</source>
            <translation>¿Borrar la entrada de calambre del %1 a las %2?</translation>
        </message>
        <message>
            <source>It cannot be brought back.</source>
            <translation>No se podrá recuperar.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarla</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>Borrar la entrada</translation>
        </message>
        <message>
            <source>Chart: cramps per night, last six weeks</source>
            <translation>Gráfico: calambres por noche, últimas seis semanas</translation>
        </message>
        <message>
            <source>Cramps per night</source>
            <translation>Calambres por noche</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Calambres</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>Rutina nocturna completada</translation>
        </message>
        <message>
            <source>Chart: mean severity per night, last six weeks</source>
            <translation>Gráfico: intensidad media por noche, últimas seis semanas</translation>
        </message>
        <message>
            <source>Mean severity, 0 to 10</source>
            <translation>Intensidad media, de 0 a 10</translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A guided stretch is running</source>
            <translation>Hay un estiramiento guiado en curso</translation>
        </message>
        <message>
            <source>A heat, cold or massage timer is running</source>
            <translation>Hay un temporizador de calor, frío o masaje en curso</translation>
        </message>
        <message>
            <source>The bedtime routine is running</source>
            <translation>La rutina nocturna está en curso</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cramp now</source>
            <translation>Calambre ahora</translation>
        </message>
        <message>
            <source>Start a guided calf stretch</source>
            <translation>Empezar un estiramiento guiado de la pantorrilla</translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ocultar este mensaje</translation>
        </message>
        <message>
            <source>Bedtime reminder</source>
            <translation>Recordatorio nocturno</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Empezar ahora</translation>
        </message>
        <message>
            <source>Start the bedtime routine now</source>
            <translation>Empezar ahora la rutina nocturna</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>Remind me a little later</source>
            <translation>Recordármelo un poco más tarde</translation>
        </message>
        <message>
            <source>Snooze the reminder</source>
            <translation>Posponer el recordatorio</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Esta noche no</translation>
        </message>
        <message>
            <source>No routine tonight</source>
            <translation>Sin rutina esta noche</translation>
        </message>
        <message>
            <source>Starts a spoken, guided calf stretch. Space or Enter also starts it.</source>
            <translation>Empieza un estiramiento guiado de la pantorrilla, con voz. También puede empezarlo con Espacio o Intro.</translation>
        </message>
        <message>
            <source>Tap the button or press Space</source>
            <translation>Toque el botón o pulse Espacio</translation>
        </message>
        <message>
            <source>&amp;Bedtime routine</source>
            <translation>&amp;Rutina nocturna</translation>
        </message>
        <message>
            <source>The evening stretches that can make cramps rarer</source>
            <translation>Los estiramientos de la noche que pueden hacer los calambres menos frecuentes</translation>
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation>&amp;Señales de alarma</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor</source>
            <translation>Cuándo un calambre necesita un médico</translation>
        </message>
        <message>
            <source>&amp;Tips</source>
            <translation>&amp;Consejos</translation>
        </message>
        <message>
            <source>Fewer cramps: what helps</source>
            <translation>Menos calambres: qué ayuda</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Your cramp diary, charts and export</source>
            <translation>Su diario de calambres, gráficos y exportación</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Ajustes</translation>
        </message>
        <message>
            <source>Hold time, stretch, voice, timers</source>
            <translation>Duración, estiramiento, voz, temporizadores</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Más</translation>
        </message>
        <message>
            <source>Routines, check setup, welcome, about</source>
            <translation>Rutinas, comprobar instalación, bienvenida, acerca de</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>&amp;Routines…</source>
            <translation>&amp;Rutinas…</translation>
        </message>
        <message>
            <source>&amp;Check setup…</source>
            <translation>&amp;Comprobar instalación…</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>&amp;Bienvenida</translation>
        </message>
        <message>
            <source>Warning &amp;signs</source>
            <translation>Señales de &amp;alarma</translation>
        </message>
        <message>
            <source>&amp;Dim the screen (D)</source>
            <translation>&amp;Oscurecer la pantalla (D)</translation>
        </message>
        <message>
            <source>&amp;About Cramp Timer</source>
            <translation>Acerca &amp;de Cramp Timer</translation>
        </message>
        <message>
            <source>About Cramp Timer</source>
            <translation>Acerca de Cramp Timer</translation>
        </message>
        <message>
            <source>Cramp Timer %1

Talks you through a night-time calf cramp and reminds you to stretch at bedtime. Self-care help, not a diagnosis. Everything stays on this computer.</source>
            <translation>Cramp Timer %1

Le guía durante un calambre nocturno de pantorrilla y le recuerda estirar a la hora de dormir. Es una ayuda para el autocuidado, no un diagnóstico. Todo se queda en este equipo.</translation>
        </message>
        <message>
            <source>Voices: Piper (GPL-3.0-or-later) with its English voice "joe" (recordings free to use, CC0; built on the lessac voice), and espeak-ng (GPL-3.0-or-later). More in docs/voices.md.</source>
            <translation>Voces: Piper (GPL-3.0-or-later) con su voz inglesa "joe" (grabaciones de uso libre, CC0; basada en la voz lessac) y espeak-ng (GPL-3.0-or-later). Más información en docs/voices.md.</translation>
        </message>
    </context>
    <context>
        <name>NightBar</name>
        <message>
            <source>Time of day</source>
            <translation>Hora del día</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>Volumen de la voz</translation>
        </message>
        <message>
            <source>Speak more quietly (− key)</source>
            <translation>Hablar más bajo (tecla −)</translation>
        </message>
        <message>
            <source>− Quieter</source>
            <translation>− Más bajo</translation>
        </message>
        <message>
            <source>Speak louder (+ key)</source>
            <translation>Hablar más alto (tecla +)</translation>
        </message>
        <message>
            <source>+ Louder</source>
            <translation>+ Más alto</translation>
        </message>
        <message>
            <source>Voice %1 %</source>
            <translation>Voz %1 %</translation>
        </message>
    </context>
    <context>
        <name>NightView</name>
        <message>
            <source>0 is no pain, 10 the worst you can imagine. Keys 0 to 9 work too; 1 then 0 is 10.</source>
            <translation>0 es sin dolor; 10, el peor que pueda imaginar. También sirven las teclas del 0 al 9; 1 y luego 0 es 10.</translation>
        </message>
        <message>
            <source>%1 of 10. Kept in a few seconds, or press Done now.</source>
            <translation>%1 de 10. Se guarda en unos segundos, o pulse Listo ahora.</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>Calambre ahora</translation>
        </message>
        <message>
            <source>A new cramp: start the stretch</source>
            <translation>Un calambre nuevo: empezar el estiramiento</translation>
        </message>
        <message>
            <source>Round number, or which timer runs</source>
            <translation>Número de ronda, o qué temporizador está en marcha</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <source>Spoken words</source>
            <translation>Palabras habladas</translation>
        </message>
        <message>
            <source>Who prescribed this routine, and their note</source>
            <translation>Quién indicó esta rutina, y su nota</translation>
        </message>
        <message>
            <source>Where the routine is</source>
            <translation>Por dónde va la rutina</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause or resume (P or Space)</source>
            <translation>Pausar o seguir (P o Espacio)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Parar (Esc)</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>On to the next stretch (S)</source>
            <translation>Pasar al siguiente estiramiento (S)</translation>
        </message>
        <message>
            <source>Skip to the next stretch</source>
            <translation>Saltar al siguiente estiramiento</translation>
        </message>
        <message>
            <source>Not a cramp</source>
            <translation>No es un calambre</translation>
        </message>
        <message>
            <source>A mistaken press: stop, and nothing goes in the diary (Esc)</source>
            <translation>Pulsado por error: parar sin anotar nada en el diario (Esc)</translation>
        </message>
        <message>
            <source>Round number</source>
            <translation>Número de ronda</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Señales de alarma</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>How is the cramp now?</source>
            <translation>¿Cómo está el calambre ahora?</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>The cramp has eased (B)</source>
            <translation>El calambre ha cedido (B)</translation>
        </message>
        <message>
            <source>Still cramping — again</source>
            <translation>Sigue el calambre — otra vez</translation>
        </message>
        <message>
            <source>Another round of the same stretch (A or Space)</source>
            <translation>Otra ronda del mismo estiramiento (A o Espacio)</translation>
        </message>
        <message>
            <source>Heat or massage instead</source>
            <translation>Probar calor o masaje</translation>
        </message>
        <message>
            <source>Try warmth or a massage instead of stretching</source>
            <translation>Probar calor o un masaje en lugar de estirar</translation>
        </message>
        <message>
            <source>End without an answer (Esc)</source>
            <translation>Terminar sin responder (Esc)</translation>
        </message>
        <message>
            <source>Anything else for the sore calf?</source>
            <translation>¿Algo más para la pantorrilla dolorida?</translation>
        </message>
        <message>
            <source>Why only cold is offered</source>
            <translation>Por qué solo se ofrece frío</translation>
        </message>
        <message>
            <source>After the warning signs: no heat and no massage. Cold only once the cramp has passed.</source>
            <extracomment>after the warning signs: must say no heat and no massage, and cold only once the cramp has passed. Add no reason.</extracomment>
            <translation>Tras las señales de alarma: ni calor ni masaje. Frío solo cuando el calambre haya pasado.</translation>
        </message>
        <message>
            <source>No, I'm done</source>
            <translation>No, terminar</translation>
        </message>
        <message>
            <source>Finish and rate the cramp (Space)</source>
            <translation>Terminar y valorar el calambre (Espacio)</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Recordatorio</translation>
        </message>
        <message>
            <source>How often you were reminded</source>
            <translation>Cuántas veces se le recordó</translation>
        </message>
        <message>
            <source>It is off</source>
            <translation>Ya está apagada</translation>
        </message>
        <message>
            <source>The heating pad is off (Space)</source>
            <translation>La almohadilla térmica está apagada (Espacio)</translation>
        </message>
        <message>
            <source>How bad was it?</source>
            <translation>¿Cuánto le dolió?</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Rate the cramp %1 of 10</source>
            <translation>Valorar el calambre con %1 de 10</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>%1 de 10</translation>
        </message>
        <message>
            <source>Which leg</source>
            <translation>Qué pierna</translation>
        </message>
        <message>
            <source>Which leg? (if you like)</source>
            <translation>¿Qué pierna? (si quiere)</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Izquierda</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Pierna izquierda</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Derecha</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Pierna derecha</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambas</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Ambas piernas</translation>
        </message>
        <message>
            <source>The cramp was in this leg</source>
            <translation>El calambre fue en esta pierna</translation>
        </message>
        <message>
            <source>No rating this time (Esc)</source>
            <translation>Sin valoración esta vez (Esc)</translation>
        </message>
        <message>
            <source>Skip the rating</source>
            <translation>Omitir la valoración</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Keep this rating now (Enter)</source>
            <translation>Guardar esta valoración ahora (Intro)</translation>
        </message>
        <message>
            <source>Done rating</source>
            <translation>Terminar la valoración</translation>
        </message>
        <message>
            <source>It was a mistaken press: nothing goes in the diary</source>
            <translation>Fue una pulsación por error: no se anota nada en el diario</translation>
        </message>
        <message>
            <source>Reminded %1 times</source>
            <translation>Se le recordó %1 veces</translation>
        </message>
        <message numerus="yes">
            <source>Round %n</source>
            <translation>
                <numerusform>Ronda %n</numerusform>
                <numerusform>Ronda %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Another round of the same stretch (A)</source>
            <translation>Otra ronda del mismo estiramiento (A)</translation>
        </message>
        <message>
            <source>A new cramp? Is the heating pad off?</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>¿Un calambre nuevo? ¿Está apagada la almohadilla térmica?</translation>
        </message>
        <message>
            <source>Yes, it is off: stretch</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>Sí, está apagada: estirar</translation>
        </message>
        <message>
            <source>Heat stopped.
Please switch the heating pad off.</source>
            <extracomment>safety: the heat was stopped; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>Calor detenido.
Por favor, apague la almohadilla térmica.</translation>
        </message>
        <message>
            <source>Time is up.
Please switch the heating pad off.</source>
            <extracomment>safety: heat time is over; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>Se acabó el tiempo.
Por favor, apague la almohadilla térmica.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Prescribed by %1</source>
            <translation>Indicada por %1</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Start now</source>
            <translation>Empezar ahora</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Esta noche no</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter the PIN to change the settings.</source>
            <translation>Escriba el PIN para cambiar los ajustes.</translation>
        </message>
        <message>
            <source>Enter the PIN to change the routines.</source>
            <translation>Escriba el PIN para cambiar las rutinas.</translation>
        </message>
        <message>
            <source>Enter the PIN to import routines.</source>
            <translation>Escriba el PIN para importar rutinas.</translation>
        </message>
        <message>
            <source>Enter the PIN to delete from the diary.</source>
            <translation>Escriba el PIN para borrar del diario.</translation>
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation>Escriba el PIN.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation>Escriba el PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>De 4 a 8 cifras</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>Por qué no se aceptó el PIN</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Ya puede intentarlo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>PinSettingsDialog</name>
        <message>
            <source>PIN lock</source>
            <translation>Bloqueo con PIN</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>PIN actual</translation>
        </message>
        <message>
            <source>&amp;Current PIN</source>
            <translation>PIN &amp;actual</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN nuevo</translation>
        </message>
        <message>
            <source>&amp;New PIN</source>
            <translation>PIN &amp;nuevo</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>PIN nuevo otra vez</translation>
        </message>
        <message>
            <source>New PIN &amp;again</source>
            <translation>PIN nuevo &amp;otra vez</translation>
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation>&amp;Poner PIN</translation>
        </message>
        <message>
            <source>&amp;Remove PIN</source>
            <translation>&amp;Quitar PIN</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation>Hay un PIN puesto.</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>No hay ningún PIN puesto.</translation>
        </message>
        <message>
            <source>&amp;Change PIN</source>
            <translation>&amp;Cambiar PIN</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>Los dos PIN nuevos no coinciden.</translation>
        </message>
        <message>
            <source>The PIN is set. Keep it somewhere safe.</source>
            <translation>El PIN está puesto. Guárdelo en un lugar seguro.</translation>
        </message>
        <message>
            <source>The PIN was removed. Nothing is locked now.</source>
            <translation>Se quitó el PIN. Ahora no hay nada bloqueado.</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>Volver al temporizador (Esc)</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>Editor de rutinas</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nueva</translation>
        </message>
        <message>
            <source>Make a new routine</source>
            <translation>Crear una rutina nueva</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Rutina nueva</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>Copy this routine, to change the copy</source>
            <translation>Copiar esta rutina, para cambiar la copia</translation>
        </message>
        <message>
            <source>Duplicate routine</source>
            <translation>Duplicar rutina</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>&amp;Renombrar</translation>
        </message>
        <message>
            <source>Give this routine a new name</source>
            <translation>Dar un nombre nuevo a esta rutina</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Renombrar rutina</translation>
        </message>
        <message>
            <source>Dele&amp;te</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Delete this routine</source>
            <translation>Borrar esta rutina</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>Borrar rutina</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Add routines from a routine file</source>
            <translation>Añadir rutinas desde un archivo de rutinas</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save routines to a file for another computer</source>
            <translation>Guardar rutinas en un archivo para otro equipo</translation>
        </message>
        <message>
            <source>This routine…</source>
            <translation>Esta rutina…</translation>
        </message>
        <message>
            <source>All my routines…</source>
            <translation>Todas mis rutinas…</translation>
        </message>
        <message>
            <source>&amp;Run now</source>
            <translation>Empe&amp;zar ahora</translation>
        </message>
        <message>
            <source>Start this routine now</source>
            <translation>Empezar esta rutina ahora</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it to make your own version.</source>
            <translation>Esta rutina viene con Cramp Timer y no se puede cambiar. Duplíquela para crear su propia versión.</translation>
        </message>
        <message>
            <source>Prescribed by</source>
            <translation>Indicada por</translation>
        </message>
        <message>
            <source>for example: Dr. Ames, physiotherapist</source>
            <translation>por ejemplo: Dra. Ames, fisioterapeuta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;Prescribed by</source>
            <translation>Indi&amp;cada por</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ota</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move a step, Insert adds one, Delete removes it.</source>
            <translation>Alt+Arriba y Alt+Abajo mueven un paso, Insert añade uno, Supr lo quita.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Veces</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>&amp;Añadir paso</translation>
        </message>
        <message>
            <source>Add a step below this one (Insert)</source>
            <translation>Añadir un paso debajo de este (Insert)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove this step (Delete)</source>
            <translation>Quitar este paso (Supr)</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move this step up (Alt+Up)</source>
            <translation>Subir este paso (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Ba&amp;jar</translation>
        </message>
        <message>
            <source>Move this step down (Alt+Down)</source>
            <translation>Bajar este paso (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Step name</source>
            <translation>Nombre del paso</translation>
        </message>
        <message>
            <source>Spoken instruction</source>
            <translation>Instrucción hablada</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Pierna</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>Mantener (segundos)</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Rest between (seconds)</source>
            <translation>Descanso intermedio (segundos)</translation>
        </message>
        <message>
            <source>&amp;Step name</source>
            <translation>Nombre del &amp;paso</translation>
        </message>
        <message>
            <source>Le&amp;g</source>
            <translation>Pi&amp;erna</translation>
        </message>
        <message>
            <source>Ho&amp;ld (seconds)</source>
            <translation>&amp;Mantener (segundos)</translation>
        </message>
        <message>
            <source>R&amp;epetitions</source>
            <translation>Repe&amp;ticiones</translation>
        </message>
        <message>
            <source>Rest &amp;between (seconds)</source>
            <translation>Descanso intermedio (se&amp;gundos)</translation>
        </message>
        <message>
            <source>Spea&amp;k this step</source>
            <translation>Escuc&amp;har este paso</translation>
        </message>
        <message>
            <source>Hear how this step will be said</source>
            <translation>Oír cómo se dirá este paso</translation>
        </message>
        <message>
            <source>Why this value was refused</source>
            <translation>Por qué se rechazó este valor</translation>
        </message>
        <message>
            <source>%1 (built in, read-only)</source>
            <translation>%1 (incluida, solo lectura)</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Paso %1: %2</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Nombre de la rutina</translation>
        </message>
        <message>
            <source>Delete this routine?</source>
            <translation>¿Borrar esta rutina?</translation>
        </message>
        <message>
            <source>Delete the routine “%1”? This cannot be undone.</source>
            <translation>¿Borrar la rutina “%1”? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarla</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>Importar rutinas</translation>
        </message>
        <message>
            <source>Routine files (*.json);;All files (*)</source>
            <translation>Archivos de rutinas (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Export routines</source>
            <translation>Exportar rutinas</translation>
        </message>
        <message>
            <source>Routine files (*.json)</source>
            <translation>Archivos de rutinas (*.json)</translation>
        </message>
        <message>
            <source>Name already taken</source>
            <translation>Nombre ya usado</translation>
        </message>
        <message numerus="yes">
            <source>You already have a routine called %1. Keep both (the new one gets another name) or replace yours with the one from the file?</source>
            <translation>
                <numerusform>Ya tiene una rutina llamada %1. ¿Conservar ambas (la nueva recibe otro nombre) o sustituir la suya por la del archivo?</numerusform>
                <numerusform>Ya tiene rutinas llamadas %1. ¿Conservar ambas versiones (las nuevas reciben otro nombre) o sustituir las suyas por las del archivo?</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Conservar ambas</translation>
        </message>
        <message>
            <source>Replace mine</source>
            <translation>Sustituir la mía</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Your routines were changed from outside; this is the latest list.</source>
            <translation>Sus rutinas se cambiaron desde fuera; esta es la lista más reciente.</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>Nombre de la rutina nueva:</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Mi rutina</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Nombre de la copia:</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nombre nuevo:</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation>No se importó nada:</translation>
        </message>
        <message>
            <source>Saved the routine to %1.</source>
            <translation>Rutina guardada en %1.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n routines to %1.</source>
            <translation>
                <numerusform>Se guardó %n rutina en %1.</numerusform>
                <numerusform>Se guardaron %n rutinas en %1.</numerusform>
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
            <translation>aviso</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FALLO</translation>
        </message>
        <message>
            <source>Cramp Timer {version}: checking this computer</source>
            <translation>Cramp Timer {version}: comprobando este equipo</translation>
        </message>
        <message>
            <source>fix: {fix}</source>
            <translation>solución: {fix}</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job</source>
            <translation>Cramp Timer puede hacer su trabajo</translation>
        </message>
        <message>
            <source>Cramp Timer cannot work yet: fix the FAIL lines</source>
            <translation>Cramp Timer aún no puede funcionar: corrija las líneas FALLO</translation>
        </message>
        <message>
            <source>{verdict} ({failures} failed, {warnings} warnings, {seconds:.1f} s).</source>
            <translation>{verdict} ({failures} fallos, {warnings} avisos, {seconds:.1f} s).</translation>
        </message>
        <message>
            <source>Qt platform</source>
            <translation>Plataforma Qt</translation>
        </message>
        <message>
            <source>the Qt check could not be started ({error})</source>
            <translation>no se pudo iniciar la comprobación de Qt ({error})</translation>
        </message>
        <message>
            <source>Reinstall Cramp Timer.</source>
            <translation>Vuelva a instalar Cramp Timer.</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds:.0f} s</source>
            <translation>Qt no se inició en {seconds:.0f} s</translation>
        </message>
        <message>
            <source>Run cramp-timer from a terminal in your desktop session and look at what it prints.</source>
            <translation>Ejecute cramp-timer desde una terminal en su sesión de escritorio y mire lo que muestra.</translation>
        </message>
        <message>
            <source>the Qt check gave no answer</source>
            <translation>la comprobación de Qt no dio respuesta</translation>
        </message>
        <message>
            <source>not checked, because Qt did not start</source>
            <translation>sin comprobar, porque Qt no se inició</translation>
        </message>
        <message>
            <source>Fix the Qt platform first.</source>
            <translation>Primero corrija la plataforma Qt.</translation>
        </message>
        <message>
            <source>System tray</source>
            <translation>Bandeja del sistema</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Notificaciones</translation>
        </message>
        <message>
            <source>{platform} (Qt {qt}, screens: {screens})</source>
            <translation>{platform} (Qt {qt}, pantallas: {screens})</translation>
        </message>
        <message>
            <source>{found}: windows are drawn off screen, nothing will be visible</source>
            <translation>{found}: las ventanas se dibujan fuera de la pantalla, no se verá nada</translation>
        </message>
        <message>
            <source>Unset QT_QPA_PLATFORM to see the window on your desktop.</source>
            <translation>Elimine la variable QT_QPA_PLATFORM (unset) para ver la ventana en su escritorio.</translation>
        </message>
        <message>
            <source>available</source>
            <translation>disponible</translation>
        </message>
        <message>
            <source>no system tray here, so there is no tray icon; the window and cramp-timer --now still work</source>
            <translation>aquí no hay bandeja del sistema, así que no hay icono en la bandeja; la ventana y cramp-timer --now siguen funcionando</translation>
        </message>
        <message>
            <source>Add a system tray (status icons) area to your desktop panel.</source>
            <translation>Añada un área de bandeja del sistema (iconos de estado) al panel de su escritorio.</translation>
        </message>
        <message>
            <source>a notification service answers on the session D-Bus</source>
            <translation>un servicio de notificaciones responde en el D-Bus de la sesión</translation>
        </message>
        <message>
            <source>no session D-Bus ({error}); reminders can only show in the window</source>
            <translation>no hay D-Bus de sesión ({error}); los recordatorios solo pueden aparecer en la ventana</translation>
        </message>
        <message>
            <source>no notification service on the session D-Bus; reminders can only show in the window</source>
            <translation>no hay servicio de notificaciones en el D-Bus de la sesión; los recordatorios solo pueden aparecer en la ventana</translation>
        </message>
        <message>
            <source>Start Cramp Timer in a full desktop session, which provides notifications.</source>
            <translation>Inicie Cramp Timer en una sesión de escritorio completa, que ofrece notificaciones.</translation>
        </message>
        <message>
            <source>cannot reach the display {display}</source>
            <translation>no se puede acceder a la pantalla {display}</translation>
        </message>
        <message>
            <source>no display: DISPLAY and WAYLAND_DISPLAY are not set</source>
            <translation>no hay pantalla: DISPLAY y WAYLAND_DISPLAY no están definidas</translation>
        </message>
        <message>
            <source>Start Cramp Timer from inside your desktop session (not over ssh), or try it without one: xvfb-run -a cramp-timer.</source>
            <translation>Inicie Cramp Timer desde su sesión de escritorio (no por ssh), o pruébelo sin ella: xvfb-run -a cramp-timer.</translation>
        </message>
        <message>
            <source>a library Qt needs is missing: {detail}</source>
            <translation>falta una biblioteca que Qt necesita: {detail}</translation>
        </message>
        <message>
            <source>Install it: sudo apt install libxcb-cursor0</source>
            <translation>Instálela: sudo apt install libxcb-cursor0</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>sin mensaje</translation>
        </message>
        <message>
            <source>Qt could not start: {detail}</source>
            <translation>Qt no pudo iniciarse: {detail}</translation>
        </message>
        <message>
            <source>Run QT_DEBUG_PLUGINS=1 cramp-timer --self-check to see which library is missing, then install it.</source>
            <translation>Ejecute QT_DEBUG_PLUGINS=1 cramp-timer --self-check para ver qué biblioteca falta, y luego instálela.</translation>
        </message>
        <message>
            <source>Speech</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>Cramp Timer is ready.</source>
            <translation>Cramp Timer está listo.</translation>
        </message>
        <message>
            <source>no voice ({reason}); cues are shown as captions, with a chime</source>
            <translation>sin voz ({reason}); las indicaciones se muestran como subtítulos, con un tono</translation>
        </message>
        <message>
            <source>Install the speech engine: sudo apt install espeak-ng</source>
            <translation>Instale el motor de voz: sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>the speech helper did not start within {seconds:.0f} s{more}</source>
            <translation>el proceso auxiliar de voz no se inició en {seconds:.0f} s{more}</translation>
        </message>
        <message>
            <source>Reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>Vuelva a instalar espeak-ng: sudo apt install --reinstall espeak-ng</translation>
        </message>
        <message>
            <source>Install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>Instale las voces de espeak-ng: sudo apt install espeak-ng-data</translation>
        </message>
        <message>
            <source>{why}; a test phrase became {seconds:.1f} s of espeak-ng speech</source>
            <translation>{why}; una frase de prueba dio {seconds:.1f} s de voz de espeak-ng</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase was not ready within {timeout:.0f} s; the first cues may come late</source>
            <translation>{engine} ({voices} voces), pero una frase de prueba no estuvo lista en {timeout:.0f} s; las primeras indicaciones pueden llegar tarde</translation>
        </message>
        <message>
            <source>Run the check again when the computer is less busy.</source>
            <translation>Vuelva a hacer la comprobación cuando el equipo esté menos ocupado.</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase gave no sound{more}</source>
            <translation>{engine} ({voices} voces), pero una frase de prueba no sonó{more}</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices); a test phrase became {seconds:.1f} s of speech</source>
            <translation>{engine} ({voices} voces); una frase de prueba dio {seconds:.1f} s de voz</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Sonido</translation>
        </message>
        <message>
            <source>{player} is missing, so no voice or chime can be played; cues are still shown as captions</source>
            <translation>falta {player}, así que no se puede reproducir ni la voz ni el tono; las indicaciones se siguen mostrando como subtítulos</translation>
        </message>
        <message>
            <source>Install it: sudo apt install alsa-utils</source>
            <translation>Instálelo: sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>{player} plays through the sound server {server}</source>
            <translation>{player} reproduce a través del servidor de sonido {server}</translation>
        </message>
        <message>
            <source>{player} plays through the sound server at {socket}</source>
            <translation>{player} reproduce a través del servidor de sonido en {socket}</translation>
        </message>
        <message>
            <source>{player} plays to the sound card {card}</source>
            <translation>{player} reproduce en la tarjeta de sonido {card}</translation>
        </message>
        <message>
            <source>no sound server or sound card answered, so cues may be silent; captions still show</source>
            <translation>no respondió ningún servidor de sonido ni tarjeta de sonido, así que las indicaciones pueden no oírse; los subtítulos siguen apareciendo</translation>
        </message>
        <message>
            <source>Check that your speakers are on, or install a sound server: sudo apt install pulseaudio</source>
            <translation>Compruebe que los altavoces estén encendidos, o instale un servidor de sonido: sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>Chinese font</source>
            <translation>Fuente china</translation>
        </message>
        <message>
            <source>fc-list is missing, so the fonts were not checked</source>
            <translation>falta fc-list, así que no se comprobaron las fuentes</translation>
        </message>
        <message>
            <source>Install it: sudo apt install fontconfig</source>
            <translation>Instálelo: sudo apt install fontconfig</translation>
        </message>
        <message>
            <source>fc-list did not answer, so the fonts were not checked</source>
            <translation>fc-list no respondió, así que no se comprobaron las fuentes</translation>
        </message>
        <message>
            <source>Reinstall it: sudo apt install --reinstall fontconfig</source>
            <translation>Vuelva a instalarlo: sudo apt install --reinstall fontconfig</translation>
        </message>
        <message>
            <source>{font} draws Chinese text</source>
            <translation>{font} muestra texto en chino</translation>
        </message>
        <message>
            <source>no font for Chinese is installed, so Chinese text would show as empty boxes (needed only for 简体中文)</source>
            <translation>no hay ninguna fuente china instalada, así que el texto en chino se vería como cuadros vacíos (solo hace falta para 简体中文)</translation>
        </message>
        <message>
            <source>Install one: sudo apt install fonts-wqy-microhei</source>
            <translation>Instale una: sudo apt install fonts-wqy-microhei</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>Carpeta de ajustes</translation>
        </message>
        <message>
            <source>Diary folder</source>
            <translation>Carpeta del diario</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Carpeta de caché</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Carpeta de registros</translation>
        </message>
        <message>
            <source>{folder} cannot be used: {reason}</source>
            <translation>{folder} no se puede usar: {reason}</translation>
        </message>
        <message>
            <source>Set XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME to folders you own.</source>
            <translation>Defina XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME y XDG_STATE_HOME con carpetas que sean suyas.</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} no es una carpeta</translation>
        </message>
        <message>
            <source>Move it out of the way: mv {folder} {folder}.old</source>
            <translation>Apártelo: mv {folder} {folder}.old</translation>
        </message>
        <message>
            <source>{path} belongs to {owner}</source>
            <translation>{path} pertenece a {owner}</translation>
        </message>
        <message>
            <source>you cannot write in {path}</source>
            <translation>no puede escribir en {path}</translation>
        </message>
        <message>
            <source>others can open {path} (mode {mode:04o})</source>
            <translation>otros pueden abrir {path} (modo {mode:04o})</translation>
        </message>
        <message>
            <source>you cannot write {path}</source>
            <translation>no puede modificar {path}</translation>
        </message>
        <message>
            <source>others can read {path} (mode {mode:04o})</source>
            <translation>otros pueden leer {path} (modo {mode:04o})</translation>
        </message>
        <message>
            <source>{folder} (private)</source>
            <translation>{folder} (privada)</translation>
        </message>
        <message>
            <source>{folder} cannot be made, because {blocker} is a file, not a folder</source>
            <translation>no se puede crear {folder}, porque {blocker} es un archivo, no una carpeta</translation>
        </message>
        <message>
            <source>Move the file out of the way: mv {blocker} {blocker}.old</source>
            <translation>Aparte el archivo: mv {blocker} {blocker}.old</translation>
        </message>
        <message>
            <source>{folder} cannot be made: you cannot write in {parent}</source>
            <translation>no se puede crear {folder}: no puede escribir en {parent}</translation>
        </message>
        <message>
            <source>Make {parent} yours: sudo chown {user} {parent}</source>
            <translation>Haga suya {parent}: sudo chown {user} {parent}</translation>
        </message>
        <message>
            <source>{folder} (made, private, when Cramp Timer first starts)</source>
            <translation>{folder} (se crea, privada, la primera vez que se inicia Cramp Timer)</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>none yet; it is made at the first cramp</source>
            <translation>aún no existe; se crea con el primer calambre</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>{path} no se puede leer: {reason}</translation>
        </message>
        <message>
            <source>Make it yours: sudo chown {user} {path}</source>
            <translation>Hágalo suyo: sudo chown {user} {path}</translation>
        </message>
        <message>
            <source>Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged</source>
            <translation>Apártelo y Cramp Timer empezará un diario nuevo: mv {path} {path}.damaged</translation>
        </message>
        <message>
            <source>{path} is not a file</source>
            <translation>{path} no es un archivo</translation>
        </message>
        <message>
            <source>empty; it is set up at the first cramp</source>
            <translation>vacío; se prepara con el primer calambre</translation>
        </message>
        <message>
            <source>{path} is damaged or not a diary ({error})</source>
            <translation>{path} está dañado o no es un diario ({error})</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} está dañado: {problem}</translation>
        </message>
        <message>
            <source>written by a newer Cramp Timer (diary format {version}; this one reads up to {known})</source>
            <translation>escrito por un Cramp Timer más nuevo (formato de diario {version}; esta versión lee hasta el {known})</translation>
        </message>
        <message>
            <source>Install the newest Cramp Timer.</source>
            <translation>Instale el Cramp Timer más reciente.</translation>
        </message>
        <message>
            <source>{cramps} cramps and {routines} bedtime routines recorded; every page checked</source>
            <translation>{cramps} calambres y {routines} rutinas nocturnas registrados; se comprobaron todas las páginas</translation>
        </message>
        <message>
            <source>Diary moved aside</source>
            <translation>Diario apartado</translation>
        </message>
        <message>
            <source>{path} could not be read, so it was moved aside and a new diary started</source>
            <translation>{path} no se pudo leer, así que se apartó y se empezó un diario nuevo</translation>
        </message>
        <message>
            <source>Keep it for a helper to look at, or delete it if you do not need its entries: rm {path}</source>
            <translation>Guárdelo para que alguien que le ayude lo revise, o bórrelo si no necesita sus entradas: rm {path}</translation>
        </message>
        <message>
            <source>Diary entries waiting</source>
            <translation>Entradas del diario en espera</translation>
        </message>
        <message>
            <source>{path} holds entries not yet written to the diary</source>
            <translation>{path} contiene entradas que aún no se han escrito en el diario</translation>
        </message>
        <message>
            <source>Free some disk space or fix the diary folder; Cramp Timer writes them at its next start</source>
            <translation>Libere espacio en el disco o corrija la carpeta del diario; Cramp Timer las escribirá la próxima vez que se inicie</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckDialog</name>
        <message>
            <source>Check setup</source>
            <translation>Comprobar instalación</translation>
        </message>
        <message>
            <source>The outcome of the check</source>
            <translation>El resultado de la comprobación</translation>
        </message>
        <message>
            <source>Check report</source>
            <translation>Informe de la comprobación</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the report</source>
            <translation>Copiar el informe</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>Comprobar &amp;otra vez</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Comprobar otra vez</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Checking this computer. This takes a few seconds.</source>
            <translation>Comprobando este equipo. Tarda unos segundos.</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job on this computer.</source>
            <translation>Cramp Timer puede hacer su trabajo en este equipo.</translation>
        </message>
        <message>
            <source>Something needs fixing before Cramp Timer can work. Each FAIL line says how.</source>
            <translation>Hay que corregir algo antes de que Cramp Timer pueda funcionar. Cada línea FALLO indica cómo.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Cramp Timer settings</source>
            <translation>Ajustes de Cramp Timer</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Páginas de ajustes</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Estiramiento</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Hold time in seconds</source>
            <translation>Duración del estiramiento en segundos</translation>
        </message>
        <message>
            <source>&amp;Hold the stretch for</source>
            <translation>&amp;Mantener el estiramiento</translation>
        </message>
        <message>
            <source>Time to get into position, in seconds</source>
            <translation>Tiempo para colocarse, en segundos</translation>
        </message>
        <message>
            <source>&amp;Time to get into position (seated)</source>
            <translation>&amp;Tiempo para colocarse (sentado)</translation>
        </message>
        <message>
            <source>Time to get up and into position when standing, in seconds</source>
            <translation>Tiempo para levantarse y colocarse de pie, en segundos</translation>
        </message>
        <message>
            <source>Time to get up (stand&amp;ing)</source>
            <translation>Tiempo para levantarse (de p&amp;ie)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>S&amp;eated: leg straight, toes and foot drawn up toward you (a towel helps)</source>
            <translation>S&amp;entado: pierna estirada, dedos y pie hacia usted (una toalla ayuda)</translation>
        </message>
        <message>
            <source>St&amp;anding: get up slowly, hold on to something steady, weight on the cramped leg</source>
            <translation>&amp;De pie: levántese despacio, sujétese a algo firme, el peso sobre la pierna con el calambre</translation>
        </message>
        <message>
            <source>Voice and language</source>
            <translation>Voz e idioma</translation>
        </message>
        <message>
            <source>As the desktop</source>
            <translation>Como el escritorio</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>A new language is used from the next start of Cramp Timer, for the voice too.</source>
            <translation>El nuevo idioma se usará desde el próximo inicio de Cramp Timer, también para la voz.</translation>
        </message>
        <message>
            <source>&amp;Speak the steps aloud</source>
            <translation>Decir los pa&amp;sos en voz alta</translation>
        </message>
        <message>
            <source>Spoken guidance</source>
            <translation>Guía hablada</translation>
        </message>
        <message>
            <source>A&amp;dd voice…</source>
            <translation>&amp;Añadir voz…</translation>
        </message>
        <message>
            <source>Add a Piper voice: its .onnx file, with its .onnx.json file beside it</source>
            <translation>Añadir una voz de Piper: su archivo .onnx, con su archivo .onnx.json al lado</translation>
        </message>
        <message>
            <source>V&amp;oice</source>
            <translation>V&amp;oz</translation>
        </message>
        <message>
            <source>Speaking rate, words per minute</source>
            <translation>Velocidad al hablar, palabras por minuto</translation>
        </message>
        <message numerus="yes">
            <source>%n words a minute</source>
            <translation>
                <numerusform>%n palabra por minuto</numerusform>
                <numerusform>%n palabras por minuto</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>&amp;Velocidad</translation>
        </message>
        <message>
            <source>Volume, percent</source>
            <translation>Volumen, en porcentaje</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Vo&amp;lume</source>
            <translation>Vol&amp;umen</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>&amp;Probar voz</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Hora de dormir</translation>
        </message>
        <message>
            <source>Remind me to stretch at &amp;bedtime</source>
            <translation>Recordarme estirar a la &amp;hora de dormir</translation>
        </message>
        <message>
            <source>Reminder time, such as 22:30</source>
            <translation>Hora del recordatorio, por ejemplo 22:30</translation>
        </message>
        <message>
            <source>At</source>
            <translation>A las</translation>
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
            <translation>Mié</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Jue</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Vie</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Dom</translation>
        </message>
        <message>
            <source>Remind on %1</source>
            <translation>Recordar: %1</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Also say the reminder aloud</source>
            <translation>Decir también el recordatorio en voz alta</translation>
        </message>
        <message>
            <source>Snooze in minutes</source>
            <translation>Tiempo de posponer, en minutos</translation>
        </message>
        <message>
            <source>S&amp;nooze for</source>
            <translation>Pospo&amp;ner durante</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>Rutina nocturna</translation>
        </message>
        <message>
            <source>Ro&amp;utine</source>
            <translation>&amp;Rutina</translation>
        </message>
        <message>
            <source>Start Cramp Timer in the tray when I lo&amp;g in</source>
            <translation>Abrir Cramp Timer en la &amp;bandeja al iniciar sesión</translation>
        </message>
        <message>
            <source>PIN lock</source>
            <translation>Bloqueo con PIN</translation>
        </message>
        <message>
            <source>Set, change or remove the &amp;PIN…</source>
            <translation>Poner, cambiar o &amp;quitar el PIN…</translation>
        </message>
        <message>
            <source>A PIN is set: the settings, the routines and deleting diary entries ask for it.</source>
            <translation>Hay un PIN puesto: los ajustes, las rutinas y el borrado de entradas del diario lo piden.</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>No hay ningún PIN puesto.</translation>
        </message>
        <message>
            <source>Add a Piper voice</source>
            <translation>Añadir una voz de Piper</translation>
        </message>
        <message>
            <source>Piper voices (*.onnx)</source>
            <translation>Voces de Piper (*.onnx)</translation>
        </message>
        <message>
            <source>Added the voice %1. Press Test voice to hear it.</source>
            <translation>Se añadió la voz %1. Pulse “Probar voz” para oírla.</translation>
        </message>
        <message>
            <source>Default voice</source>
            <translation>Voz predeterminada</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1 (no encontrada)</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>“%1” is not a time. Type it like 22:30. It stays at %2 until then.</source>
            <translation>“%1” no es una hora. Escríbala así: 22:30. Hasta entonces sigue en %2.</translation>
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
            <translation>Empezar ahora la rutina nocturna</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Esta noche no</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>Calambre ahora</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>Rutina nocturna</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>TrialAnswer</name>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Without routine</source>
            <translation>Sin rutina</translation>
        </message>
        <message>
            <source>With routine</source>
            <translation>Con rutina</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>Calambres por noche</translation>
        </message>
        <message>
            <source>too few nights</source>
            <translation>pocas noches</translation>
        </message>
        <message>
            <source>Chart: cramps a night, before and since the bedtime routine</source>
            <translation>Gráfico: calambres por noche, antes y desde que empezó la rutina nocturna</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin valorar</translation>
        </message>
        <message>
            <source>cramps: %1, nights: %2, rated: %3</source>
            <translation>calambres: %1, noches: %2, valorados: %3</translation>
        </message>
        <message>
            <source>Once a few nights are in your diary, this page shows whether the bedtime routine goes with fewer cramps.</source>
            <extracomment>keep 'goes with' (an association in the diary, not that the routine causes fewer cramps). No promise.</extracomment>
            <translation>Cuando haya unas cuantas noches en su diario, esta página mostrará si la rutina nocturna coincide con menos calambres.</translation>
        </message>
        <message>
            <source>You have not done the bedtime routine yet, so there is nothing to compare. Your nights are in the Nights list.</source>
            <translation>Aún no ha hecho la rutina nocturna, así que no hay nada que comparar. Sus noches están en la lista Noches.</translation>
        </message>
        <message>
            <source>Since you started the bedtime routine: %1 cramps a night, before %2.</source>
            <extracomment>figures from the person's own diary: state them plainly. Must not say the routine caused the change or 'worked'.</extracomment>
            <translation>Desde que empezó la rutina nocturna: %1 calambres por noche; antes, %2.</translation>
        </message>
        <message>
            <source>You started the bedtime routine on %1.</source>
            <translation>Empezó la rutina nocturna el %1.</translation>
        </message>
        <message>
            <source>Before that, only %1 nights are in your diary: too few to compare (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>Antes de eso, solo hay %1 noches en su diario: muy pocas para comparar (se necesitan al menos %2).</translation>
        </message>
        <message>
            <source>Since then, %1 nights have passed: too few to compare yet (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>Desde entonces han pasado %1 noches: aún muy pocas para comparar (se necesitan al menos %2).</translation>
        </message>
        <message>
            <source>You started less than six weeks ago, so “since” covers the %1 nights there are.</source>
            <translation>Empezó hace menos de seis semanas, así que “desde” abarca las %1 noches que hay.</translation>
        </message>
        <message>
            <source>How bad, on average from 0 to 10: since %1, before %2.</source>
            <extracomment>average ratings, 0 to 10: state the figures plainly; no judgement of better or worse.</extracomment>
            <translation>Intensidad media, de 0 a 10: desde que empezó, %1; antes, %2.</translation>
        </message>
        <message>
            <source>On nights you did the routine: %1 cramps a night. On nights you did not: %2.</source>
            <extracomment>figures from the person's own diary: must not say the routine caused the difference.</extracomment>
            <translation>Las noches en que hizo la rutina: %1 calambres por noche. Las noches en que no: %2.</translation>
        </message>
        <message>
            <source>Nights with and without the routine: too few of one kind to compare (%1 with, %2 without; at least %3 each).</source>
            <extracomment>must say there are too few nights of one kind to compare; keep the three numbers; no hint at a result.</extracomment>
            <translation>Noches con y sin la rutina: muy pocas de un tipo para comparar (%1 con, %2 sin; al menos %3 de cada).</translation>
        </message>
        <message>
            <source>Behind these figures: before, %1. Since, %2. With the routine, %3. Without, %4.</source>
            <translation>Detrás de estas cifras: antes, %1. Desde que empezó, %2. Con la rutina, %3. Sin ella, %4.</translation>
        </message>
        <message>
            <source>This is your own record, not proof. Cramps come and go for many reasons, and a night with nothing in the diary counts as a night without a cramp. The night that is going on now is not counted yet. Talk it over with your doctor.</source>
            <extracomment>keep 'not proof' and every caveat: own record, cramps vary for many reasons, empty nights count as cramp-free, tonight not counted, talk to a doctor. Do not soften.</extracomment>
            <translation>Es su propio registro, no una prueba. Los calambres van y vienen por muchas razones, y una noche sin nada en el diario cuenta como una noche sin calambres. La noche en curso aún no se cuenta. Coméntelo con su médico.</translation>
        </message>
        <message>
            <source>Six weeks before the routine began</source>
            <translation>Seis semanas antes de empezar la rutina</translation>
        </message>
        <message>
            <source>Latest six weeks since it began</source>
            <translation>Las últimas seis semanas desde que empezó</translation>
        </message>
        <message>
            <source>Nights with the routine done</source>
            <translation>Noches con la rutina hecha</translation>
        </message>
        <message>
            <source>Nights without it</source>
            <translation>Noches sin ella</translation>
        </message>
    </context>
    <context>
        <name>VoiceFile</name>
        <message>
            <source>{name} is not a Piper voice's settings file.</source>
            <translation>{name} no es un archivo de configuración de una voz de Piper.</translation>
        </message>
        <message>
            <source>{name} is not a Piper voice: choose the file that ends in .onnx.</source>
            <translation>{name} no es una voz de Piper: elija el archivo que termina en .onnx.</translation>
        </message>
        <message>
            <source>{name} is missing: a Piper voice needs both its .onnx file and its .onnx.json file in the same folder.</source>
            <translation>Falta {name}: una voz de Piper necesita su archivo .onnx y su archivo .onnx.json en la misma carpeta.</translation>
        </message>
        <message>
            <source>{name} could not be read ({why}).</source>
            <translation>No se pudo leer {name} ({why}).</translation>
        </message>
        <message>
            <source>{name} is {size} MB, larger than any Piper voice ({limit} MB at most).</source>
            <translation>{name} ocupa {size} MB, más que cualquier voz de Piper (como máximo {limit} MB).</translation>
        </message>
        <message>
            <source>{name} is too large to be a Piper voice's settings.</source>
            <translation>{name} es demasiado grande para ser la configuración de una voz de Piper.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a voice model.</source>
            <translation>{name} está dañado o no es un modelo de voz.</translation>
        </message>
        <message>
            <source>{name} belongs to another voice ({language}, {quality}) than {model}.</source>
            <translation>{name} pertenece a otra voz ({language}, {quality}), no a {model}.</translation>
        </message>
        <message>
            <source>The voice could not be copied ({why}).</source>
            <translation>No se pudo copiar la voz ({why}).</translation>
        </message>
        <message>
            <source>This voice was not added: %1</source>
            <translation>No se añadió esta voz: %1</translation>
        </message>
    </context>
    <context>
        <name>WarningControl</name>
        <message>
            <source>Warning signs</source>
            <extracomment>button to the page of signs that need a doctor; use the same words as that page's title. Not 'emergency'.</extracomment>
            <translation>Señales de alarma</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor (W)</source>
            <extracomment>tooltip: keep 'needs a doctor' (not 'emergency', no diagnosis); W is the key.</extracomment>
            <translation>Cuándo un calambre necesita un médico (W)</translation>
        </message>
        <message>
            <source>Warning signs: what to do now</source>
            <extracomment>shown large once the warning signs appeared: 'what to do now' stays urgent; must not say emergency or name a diagnosis.</extracomment>
            <translation>Señales de alarma: qué hacer ahora</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Cramp now</source>
            <translation>Calambre ahora</translation>
        </message>
        <message>
            <source>A cramp right now? Start the stretch (Space)</source>
            <translation>¿Un calambre ahora mismo? Empezar el estiramiento (Espacio)</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Welcome to Cramp Timer</source>
            <translation>Le damos la bienvenida a Cramp Timer</translation>
        </message>
        <message>
            <source>When a calf cramp wakes you, tap Cramp now or press Space: a calm voice talks you through a stretch. In the evening it can remind you to do a short stretching routine, which can make night cramps rarer.

It gives self-care help. It does not diagnose anything and does not replace a doctor. Everything you record stays on this computer.</source>
            <extracomment>keep 'can remind' and 'can make night cramps rarer' (not 'will'). Must say: self-care help, no diagnosis, no replacement for a doctor, data stays on this computer.</extracomment>
            <translation>Cuando un calambre en la pantorrilla le despierte, toque “Calambre ahora” o pulse Espacio: una voz tranquila le guiará en un estiramiento. Por la noche, puede recordarle que haga una breve rutina de estiramientos, que puede hacer los calambres nocturnos menos frecuentes.

Ofrece ayuda para el autocuidado. No diagnostica nada y no sustituye a un médico. Todo lo que registre se queda en este equipo.</translation>
        </message>
        <message>
            <source>How will you stretch?</source>
            <translation>¿Cómo va a estirar?</translation>
        </message>
        <message>
            <source>Sitting up in bed, leg straight</source>
            <extracomment>stretch choice: sitting up in bed, leg straight. Short; add no force or pain.</extracomment>
            <translation>Sentado en la cama, con la pierna estirada</translation>
        </message>
        <message>
            <source>Standing, weight on the cramped leg: get up slowly and hold on to something steady, such as a wall, a chair or the bed frame</source>
            <extracomment>stretch choice; must keep the fall safety: get up slowly, hold on to something steady (wall, chair, bed frame).</extracomment>
            <translation>De pie, con el peso sobre la pierna con el calambre: levántese despacio y sujétese a algo firme, como una pared, una silla o el marco de la cama</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>&amp;Probar voz</translation>
        </message>
        <message>
            <source>Hear the voice once</source>
            <translation>Oír la voz una vez</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (22:00)</source>
            <translation>Recordarme estirar a la hora de dormir (22:00)</translation>
        </message>
        <message>
            <source>Start Cramp Timer when I log in</source>
            <translation>Abrir Cramp Timer al iniciar sesión</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>Keep the usual settings</source>
            <translation>Mantener los ajustes habituales</translation>
        </message>
        <message>
            <source>Skip the welcome</source>
            <translation>Omitir la bienvenida</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Keep these choices</source>
            <translation>Guardar estas opciones</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (%1)</source>
            <translation>Recordarme estirar a la hora de dormir (%1)</translation>
        </message>
    </context>
    <context>
        <name>aftercare</name>
        <message>
            <source>Please switch the heating pad off now.</source>
            <extracomment>safety, repeated each minute: must say to switch the heating pad off now. Not a suggestion; do not soften.</extracomment>
            <translation>Por favor, apague ahora la almohadilla térmica.</translation>
        </message>
        <message>
            <source>A new cramp. Is the heating pad off? Press Space when it is, and the stretch starts.</source>
            <extracomment>safety: must ask whether the heating pad is off; the stretch starts only once it is (Space is the key).</extracomment>
            <translation>Un calambre nuevo. ¿Está apagada la almohadilla térmica? Pulse Espacio cuando esté apagada, y empezará el estiramiento.</translation>
        </message>
        <message>
            <source>Halfway there.</source>
            <translation>Ya va por la mitad.</translation>
        </message>
        <message>
            <source>One minute left.</source>
            <translation>Queda un minuto.</translation>
        </message>
        <message>
            <source>Not on a leg that is swollen, red or warm, and not where the leg is numb or feels little: heat burns skin that cannot feel it. Otherwise lay a heat pad, or a towel you have warmed, on the calf: warm, never hot. Do not fall asleep with a heat pad on: this timer will remind you to switch it off.</source>
            <extracomment>heat safety: not on a swollen, red or warm leg, nor where it is numb (heat burns skin that cannot feel); warm, never hot; never fall asleep with a pad on. Keep every condition; add no temperature or time.</extracomment>
            <translation>No ponga calor en una pierna hinchada, roja o caliente, ni donde la pierna esté entumecida o tenga poca sensibilidad: el calor quema la piel que no lo siente. Si no es así, ponga una almohadilla térmica, o una toalla que haya calentado, sobre la pantorrilla: templada, nunca caliente. No se duerma con la almohadilla térmica puesta: este temporizador le recordará que la apague.</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one: heat burns what you cannot feel. Warm, not hot. Never sleep with it on.</source>
            <extracomment>spoken heat safety: not on a swollen, red, warm or numb leg; warm, not hot; never sleep with it on. Keep all of it; no temperature.</extracomment>
            <translation>No en una pierna hinchada, roja o caliente, ni entumecida: el calor quema lo que no se siente. Calor templado, no caliente. Nunca se duerma con el calor puesto.</translation>
        </message>
        <message>
            <source>Do not rub a leg that is swollen, red or warm, or where it is numb or feels little. Sit so you can reach your calf easily.</source>
            <extracomment>massage safety: do not rub a swollen, red or warm leg, nor where it is numb; sit with the calf in easy reach. Keep every condition.</extracomment>
            <translation>No frote una pierna hinchada, roja o caliente, ni donde esté entumecida o tenga poca sensibilidad. Siéntese de forma que llegue bien a la pantorrilla.</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one. Sit so you can reach your calf.</source>
            <extracomment>spoken massage safety: not on a swollen, red, warm or numb leg; sit so you can reach your calf. Keep all four signs.</extracomment>
            <translation>No en una pierna hinchada, roja o caliente, ni entumecida. Siéntese de forma que llegue a la pantorrilla.</translation>
        </message>
        <message>
            <source>Warmth on the calf. Rest and breathe.</source>
            <extracomment>shown during heat: warmth on the calf (warm, not hot); rest and breathe. Add no instruction.</extracomment>
            <translation>Calor suave en la pantorrilla. Descanse y respire.</translation>
        </message>
        <message>
            <source>The warmth is on. Rest and breathe slowly.</source>
            <extracomment>spoken as the heat starts: only rest and breathe slowly. Add no instruction and do not say 'hot'.</extracomment>
            <translation>El calor está puesto. Descanse y respire despacio.</translation>
        </message>
        <message>
            <source>Use cold only once the cramp has let go. Wrap the ice pack in a cloth: never put ice straight on the skin.</source>
            <extracomment>cold safety: only once the cramp has let go; wrap the ice pack in a cloth, never ice straight on the skin. Keep 'only' and 'never'.</extracomment>
            <translation>Use el frío solo cuando el calambre haya cedido. Envuelva la bolsa de hielo en un paño: nunca ponga el hielo directamente sobre la piel.</translation>
        </message>
        <message>
            <source>Only once the cramp has passed. Wrap the ice pack in a cloth.</source>
            <extracomment>spoken cold safety: only after the cramp has passed; wrap the ice pack in a cloth. Keep 'only'.</extracomment>
            <translation>Solo cuando el calambre haya pasado. Envuelva la bolsa de hielo en un paño.</translation>
        </message>
        <message>
            <source>Wrapped ice pack on the sore spot.</source>
            <extracomment>shown during cold: the ice pack stays wrapped. Keep 'wrapped'; add no time.</extracomment>
            <translation>Bolsa de hielo envuelta sobre la zona dolorida.</translation>
        </message>
        <message>
            <source>Cold pack on. Rest and breathe slowly.</source>
            <extracomment>spoken as the cold starts: only rest and breathe slowly. Add no instruction.</extracomment>
            <translation>Bolsa de hielo puesta. Descanse y respire despacio.</translation>
        </message>
        <message>
            <source>Time is up. Take the ice pack off.</source>
            <extracomment>spoken at the end: must say to take the ice pack off now, not 'you may'.</extracomment>
            <translation>Se acabó el tiempo. Quítese la bolsa de hielo.</translation>
        </message>
        <message>
            <source>Rub the calf gently with both hands to warm it.</source>
            <extracomment>massage step: rub gently with both hands to warm the calf (by rubbing, not with heat). Keep 'gently'.</extracomment>
            <translation>Frote suavemente la pantorrilla con las dos manos para calentarla.</translation>
        </message>
        <message>
            <source>Knead the calf, working from the ankle up toward the knee.</source>
            <extracomment>massage step: knead from the ankle up toward the knee. Keep the direction; add no force.</extracomment>
            <translation>Amase la pantorrilla, desde el tobillo hacia la rodilla.</translation>
        </message>
        <message>
            <source>Keep kneading upward, slow and firm. Ease off if it hurts.</source>
            <extracomment>keep 'upward' and 'slow and firm', and the safety: ease off if it hurts. Must not say to push through pain.</extracomment>
            <translation>Siga amasando hacia arriba, despacio y con firmeza. Afloje si le duele.</translation>
        </message>
        <message>
            <source>Now stroke lightly from the ankle to the knee.</source>
            <extracomment>massage step: light strokes from the ankle to the knee. Keep 'lightly' and the direction.</extracomment>
            <translation>Ahora acaricie suavemente desde el tobillo hasta la rodilla.</translation>
        </message>
        <message>
            <source>That is enough. Let the leg rest.</source>
            <extracomment>spoken at the end of the massage: stop, let the leg rest. Add no advice.</extracomment>
            <translation>Ya es suficiente. Deje descansar la pierna.</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>Calor</translation>
        </message>
        <message>
            <source>Warmth on the calf, with a timer that reminds you to switch a heat pad off</source>
            <extracomment>heat choice: warmth on the calf, and a timer that reminds you to switch the heat pad off. Keep the reminder; not 'hot'.</extracomment>
            <translation>Calor suave en la pantorrilla, con un temporizador que le recuerda apagar la almohadilla térmica</translation>
        </message>
        <message>
            <source>heat %1</source>
            <translation>calor %1</translation>
        </message>
        <message>
            <source>Heat ti&amp;mer</source>
            <translation>Temporizador de &amp;calor</translation>
        </message>
        <message>
            <source>Heat timer in minutes</source>
            <translation>Temporizador de calor en minutos</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation>Frío</translation>
        </message>
        <message>
            <source>A wrapped ice pack, once the cramp has passed</source>
            <extracomment>cold choice: keep 'wrapped' and 'once the cramp has passed' (cold only after the cramp has let go).</extracomment>
            <translation>Una bolsa de hielo envuelta, cuando el calambre haya pasado</translation>
        </message>
        <message>
            <source>cold %1</source>
            <translation>frío %1</translation>
        </message>
        <message>
            <source>&amp;Cold timer</source>
            <translation>Temporizador de &amp;frío</translation>
        </message>
        <message>
            <source>Cold timer in minutes</source>
            <translation>Temporizador de frío en minutos</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Masaje</translation>
        </message>
        <message>
            <source>Two minutes of guided massage</source>
            <translation>Dos minutos de masaje guiado</translation>
        </message>
        <message>
            <source>massage %1</source>
            <translation>masaje %1</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>A bedside timer that talks you through a night-time calf cramp. If Cramp Timer is already open, its window comes to the front and the option is done there.</source>
            <translation>Un temporizador de mesita de noche que le guía durante un calambre nocturno de pantorrilla. Si Cramp Timer ya está abierto, su ventana pasa al frente y la opción se realiza allí.</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>open the window and start a guided stretch at once</source>
            <translation>abrir la ventana y empezar enseguida un estiramiento guiado</translation>
        </message>
        <message>
            <source>open the window and start the routine called NAME</source>
            <translation>abrir la ventana y empezar la rutina llamada NAME</translation>
        </message>
        <message>
            <source>start hidden in the tray (as at login); the window opens from the tray icon</source>
            <translation>iniciar oculto en la bandeja (como al iniciar sesión); la ventana se abre desde el icono de la bandeja</translation>
        </message>
        <message>
            <source>check that this computer can run Cramp Timer (display, speech, sound, folders, diary), print one line per check and exit; the exit status is 0 when Cramp now can work</source>
            <translation>comprobar que este equipo puede ejecutar Cramp Timer (pantalla, voz, sonido, carpetas, diario), mostrar una línea por comprobación y salir; el código de salida es 0 cuando “Calambre ahora” puede funcionar</translation>
        </message>
        <message>
            <source>add Cramp Timer to your desktop's application menu (for you only) and exit</source>
            <translation>añadir Cramp Timer al menú de aplicaciones de su escritorio (solo para usted) y salir</translation>
        </message>
        <message>
            <source>remove what --install-desktop-entry added and exit</source>
            <translation>quitar lo que añadió --install-desktop-entry y salir</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>mostrar el número de versión y salir</translation>
        </message>
        <message>
            <source>{error} Starting anyway.</source>
            <translation>{error} Se inicia de todos modos.</translation>
        </message>
        <message>
            <source>diary exports</source>
            <translation>exportar el diario</translation>
        </message>
        <message>
            <source>write a summary for your doctor to FILE (PDF) and exit</source>
            <translation>escribir un resumen para su médico en FILE (PDF) y salir</translation>
        </message>
        <message>
            <source>write the cramp diary to FILE (CSV, for a spreadsheet) and exit</source>
            <translation>escribir el diario de calambres en FILE (CSV, para una hoja de cálculo) y salir</translation>
        </message>
        <message>
            <source>with an export: from the night of DATE (YYYY-MM-DD)</source>
            <translation>con una exportación: desde la noche de DATE (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>with an export: to the night of DATE (YYYY-MM-DD), included</source>
            <translation>con una exportación: hasta la noche de DATE (YYYY-MM-DD), incluida</translation>
        </message>
        <message>
            <source>with --export-pdf: the name to print on the summary</source>
            <translation>con --export-pdf: el nombre que se imprime en el resumen</translation>
        </message>
        <message>
            <source>not a date like 2026-02-15: {text}</source>
            <translation>no es una fecha como 2026-02-15: {text}</translation>
        </message>
        <message>
            <source>routine files</source>
            <translation>archivos de rutinas</translation>
        </message>
        <message>
            <source>add the routines in FILE to your own, checking the whole file first; asks for the PIN if one is set</source>
            <translation>añadir las rutinas de FILE a las suyas, tras comprobar primero todo el archivo; pide el PIN si hay uno puesto</translation>
        </message>
        <message>
            <source>write your own routines (or those named with --routine) to FILE</source>
            <translation>escribir sus propias rutinas (o las indicadas con --routine) en FILE</translation>
        </message>
        <message>
            <source>with --import-routines: replace your routines that have the same names</source>
            <translation>con --import-routines: sustituir sus rutinas que tengan los mismos nombres</translation>
        </message>
        <message>
            <source>with --import-routines: read the PIN from the first line of standard input</source>
            <translation>con --import-routines: leer el PIN de la primera línea de la entrada estándar</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>Paused.</source>
            <translation>En pausa.</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>Seguimos.</translation>
        </message>
        <message>
            <source>The stretch is on. Follow the voice.</source>
            <translation>El estiramiento está en marcha. Siga la voz.</translation>
        </message>
        <message>
            <source>Not a cramp: nothing was written in your diary.</source>
            <translation>No era un calambre: no se anotó nada en su diario.</translation>
        </message>
        <message>
            <source>There is no routine called “{name}”.</source>
            <translation>No hay ninguna rutina llamada “{name}”.</translation>
        </message>
        <message>
            <source>Finish what is on the screen first.</source>
            <translation>Primero termine lo que hay en la pantalla.</translation>
        </message>
    </context>
    <context>
        <name>cues</name>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Then lean your weight onto the cramped leg, heel flat on the floor.</source>
            <extracomment>fall safety: must say to get up slowly and hold on to something steady (wall, chair, bed frame) before leaning onto the cramped leg, heel flat. Keep that order.</extracomment>
            <translation>Levántese despacio y sujétese a algo firme: una pared, una silla, el marco de la cama. Luego cargue el peso sobre la pierna con el calambre, con el talón apoyado en el suelo.</translation>
        </message>
        <message>
            <source>Sit with the cramped leg straight out. Draw your toes and foot up toward your knee. A towel looped around the foot helps.</source>
            <extracomment>seated stretch: leg straight, toes and foot drawn up toward the knee; a towel around the foot helps. Add no force or pain.</extracomment>
            <translation>Siéntese con la pierna con el calambre estirada. Lleve los dedos y el pie hacia la rodilla. Le ayuda pasar una toalla alrededor del pie.</translation>
        </message>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Weight on the cramped leg, heel down.</source>
            <extracomment>spoken fall safety: get up slowly, hold on to something steady (wall, chair, bed frame), then weight on the cramped leg, heel down. Keep the order; keep it short.</extracomment>
            <translation>Levántese despacio y sujétese a algo firme: una pared, una silla, el marco de la cama. El peso sobre la pierna con el calambre, el talón en el suelo.</translation>
        </message>
        <message>
            <source>Leg straight. Pull your foot toward you.</source>
            <extracomment>spoken seated stretch: leg straight, pull the foot toward you. Short; add no force or pain.</extracomment>
            <translation>Pierna estirada. Tire del pie hacia usted.</translation>
        </message>
        <message>
            <source>Weight on the cramped leg, heel down</source>
            <extracomment>reminder above the countdown: weight on the cramped leg, heel stays on the floor. Short.</extracomment>
            <translation>Peso sobre la pierna con el calambre, talón en el suelo</translation>
        </message>
        <message>
            <source>Leg straight, foot pulled toward you</source>
            <extracomment>reminder above the countdown: leg straight, foot pulled toward the body. Short.</extracomment>
            <translation>Pierna estirada, pie hacia usted</translation>
        </message>
        <message>
            <source>Hold the stretch. Breathe slowly.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and breathe slowly (do not hold the breath).</extracomment>
            <translation>Mantenga el estiramiento. Respire despacio.</translation>
        </message>
        <message>
            <source>Halfway. Keep breathing.</source>
            <extracomment>spoken halfway through a hold: keep breathing (do not hold the breath). Add no instruction.</extracomment>
            <translation>Ya va por la mitad. Siga respirando.</translation>
        </message>
        <message>
            <source>Ten seconds left.</source>
            <translation>Quedan diez segundos.</translation>
        </message>
        <message>
            <source>One.</source>
            <translation>Uno.</translation>
        </message>
        <message>
            <source>Two.</source>
            <translation>Dos.</translation>
        </message>
        <message>
            <source>Three.</source>
            <translation>Tres.</translation>
        </message>
        <message>
            <source>Four.</source>
            <translation>Cuatro.</translation>
        </message>
        <message>
            <source>Five.</source>
            <translation>Cinco.</translation>
        </message>
        <message>
            <source>Release slowly.</source>
            <extracomment>spoken at the end of the hold: let go of the stretch slowly, not all at once.</extracomment>
            <translation>Suelte despacio.</translation>
        </message>
        <message>
            <source>This is the voice that will guide you.</source>
            <translation>Esta es la voz que le guiará.</translation>
        </message>
        <message>
            <source>en</source>
            <comment>language code of the spoken lines</comment>
            <translation>es</translation>
        </message>
    </context>
    <context>
        <name>diary</name>
        <message>
            <source>The diary {path} could not be opened: it is not a file.</source>
            <translation>No se pudo abrir el diario {path}: no es un archivo.</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary (it is not a database). It was left as it is.</source>
            <translation>El archivo {path} no es un diario de Cramp Timer (no es una base de datos). Se dejó tal como está.</translation>
        </message>
        <message>
            <source>The diary {path} was written by a newer version of Cramp Timer (diary format {version}; this version knows up to {known}). It was left as it is.</source>
            <translation>El diario {path} lo escribió una versión más nueva de Cramp Timer (formato de diario {version}; esta versión conoce hasta el {known}). Se dejó tal como está.</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened: the folder does not allow the write-ahead log (journal mode {mode}).</source>
            <translation>No se pudo abrir el diario {path}: la carpeta no permite el registro de escritura anticipada (modo de registro {mode}).</translation>
        </message>
        <message>
            <source>The diary {path} could not be updated to format {version} ({error}). It was left as it was.</source>
            <translation>No se pudo actualizar el diario {path} al formato {version} ({error}). Se dejó como estaba.</translation>
        </message>
        <message>
            <source>The diary {path} cannot be written: the disk is full ({error}).</source>
            <translation>No se puede escribir en el diario {path}: el disco está lleno ({error}).</translation>
        </message>
        <message>
            <source>The diary {path} is in use by another program ({error}); what happens now is kept and written once it is free.</source>
            <translation>Otro programa está usando el diario {path} ({error}); lo que pase ahora se guarda y se escribirá en cuanto quede libre.</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary, or it is damaged ({error}). It was left as it is.</source>
            <translation>El archivo {path} no es un diario de Cramp Timer, o está dañado ({error}). Se dejó tal como está.</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened ({error}).</source>
            <translation>No se pudo abrir el diario {path} ({error}).</translation>
        </message>
        <message>
            <source>Your cramp diary could not be read ({reason}), so it was moved aside to {path} and a new diary was started. Nothing was deleted.</source>
            <translation>No se pudo leer su diario de calambres ({reason}), así que se apartó a {path} y se empezó un diario nuevo. No se borró nada.</translation>
        </message>
        <message>
            <source>The disk is full, so tonight's entries cannot be written to your diary yet. They are kept and written as soon as there is room again.</source>
            <translation>El disco está lleno, así que las entradas de esta noche aún no se pueden escribir en su diario. Se guardan y se escribirán en cuanto vuelva a haber espacio.</translation>
        </message>
        <message>
            <source>Your cramp diary cannot be written just now, so tonight's entries are kept and written as soon as it can be. ({reason})</source>
            <translation>Ahora mismo no se puede escribir en su diario de calambres, así que las entradas de esta noche se guardan y se escribirán en cuanto se pueda. ({reason})</translation>
        </message>
        <message>
            <source>it is not a diary, or it is damaged</source>
            <translation>no es un diario, o está dañado</translation>
        </message>
        <message>
            <source>it was written by a newer version of Cramp Timer</source>
            <translation>lo escribió una versión más nueva de Cramp Timer</translation>
        </message>
        <message>
            <source>it could not be opened</source>
            <translation>no se pudo abrir</translation>
        </message>
    </context>
    <context>
        <name>diary_cli</name>
        <message>
            <source>There is no diary yet ({file}), so nothing was written.</source>
            <translation>Aún no hay diario ({file}), así que no se escribió nada.</translation>
        </message>
        <message>
            <source>The diary could not be read ({error}). Nothing was written.</source>
            <translation>No se pudo leer el diario ({error}). No se escribió nada.</translation>
        </message>
        <message>
            <source>Nothing is recorded in the diary for those nights, so nothing was written.</source>
            <translation>No hay nada registrado en el diario para esas noches, así que no se escribió nada.</translation>
        </message>
        <message>
            <source>The file {file} could not be written: {reason}.</source>
            <translation>No se pudo escribir el archivo {file}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n cramp entries to {file}.</source>
            <translation>
                <numerusform>Se guardó %n entrada de calambre en {file}.</numerusform>
                <numerusform>Se guardaron %n entradas de calambres en {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the summary of the nights {first} to {last} to {file}.</source>
            <translation>Se guardó el resumen de las noches del {first} al {last} en {file}.</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>ddd d MMM yyyy</source>
            <extracomment>Qt date patterns (d day, MMM short month name, ddd short weekday, yyyy year): put them in your language's order, e.g. "yyyy年M月d日 ddd". Keep the letters.</extracomment>
            <translation>ddd, d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd, d MMM</translation>
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
            <translation>Menos calambres nocturnos</translation>
        </message>
        <message>
            <source>Drink through the day</source>
            <extracomment>heading: spread drinking across the whole day. Must not add an amount of water or a number of glasses.</extracomment>
            <translation>Beba a lo largo del día</translation>
        </message>
        <message>
            <source>Sip water steadily from morning to evening, unless a doctor told you to limit fluids.</source>
            <extracomment>must keep the exception: not if a doctor told you to limit fluids. Must not add an amount, a number of glasses or a time.</extracomment>
            <translation>Beba agua a sorbos de forma regular, de la mañana a la noche, salvo que un médico le haya dicho que limite los líquidos.</translation>
        </message>
        <message>
            <source>Muscles need enough fluid, and the minerals that come with it, to relax again after they tighten.</source>
            <extracomment>a general reason why fluid matters. Must not name a particular mineral, a dose or a medical mechanism, nor promise that drinking stops cramps.</extracomment>
            <translation>Los músculos necesitan suficiente líquido, y los minerales que vienen con él, para relajarse de nuevo después de contraerse.</translation>
        </message>
        <message>
            <source>Eat foods with potassium and magnesium</source>
            <extracomment>heading: foods, not pills. Must not suggest supplements or name amounts.</extracomment>
            <translation>Coma alimentos con potasio y magnesio</translation>
        </message>
        <message>
            <source>Potassium: bananas and sweet potatoes.</source>
            <extracomment>food examples only (bananas, sweet potatoes). Add no amounts, no other foods and no supplements.</extracomment>
            <translation>Potasio: plátanos (bananas) y batatas (camotes).</translation>
        </message>
        <message>
            <source>Magnesium: spinach and other dark green vegetables, almonds and pumpkin seeds.</source>
            <extracomment>food examples only (spinach and other dark green vegetables, almonds, pumpkin seeds). Add no amounts and no supplements.</extracomment>
            <translation>Magnesio: espinacas y otras verduras de hoja verde oscura, almendras y semillas de calabaza.</translation>
        </message>
        <message>
            <source>Calcium matters too: milk, yoghurt and cheese, or fortified drinks.</source>
            <extracomment>food examples only. 'Matters too' must not become a claim that calcium prevents cramps; add no amounts.</extracomment>
            <translation>El calcio también cuenta: leche, yogur y queso, o bebidas enriquecidas.</translation>
        </message>
        <message>
            <source>Thinking about a supplement? Talk it over with your doctor first.</source>
            <extracomment>must say: talk to a doctor before taking any supplement. Must not recommend or name a supplement, or give a dose.</extracomment>
            <translation>¿Piensa tomar un suplemento? Háblelo antes con su médico.</translation>
        </message>
        <message>
            <source>Stretch gently before bed</source>
            <extracomment>heading: gentle stretching in the evening before sleep. Keep 'gently' (not deep or hard stretching).</extracomment>
            <translation>Estire con suavidad antes de acostarse</translation>
        </message>
        <message>
            <source>A few minutes of calf and hamstring stretches in the evening can make night cramps rarer (shown in one trial).</source>
            <extracomment>a claim from one study: keep 'can' (not 'will' or 'prevents') and '(shown in one trial)'. Must not say 'proven' or 'studies show'.</extracomment>
            <translation>Unos minutos de estiramientos de pantorrilla y de la parte de atrás del muslo por la noche pueden hacer los calambres nocturnos menos frecuentes (así se vio en un ensayo).</translation>
        </message>
        <message>
            <source>The Bedtime routine in this app talks you through them.</source>
            <translation>La rutina nocturna de esta aplicación le guía en ellos.</translation>
        </message>
        <message>
            <source>A stretch should pull firmly. It should never hurt.</source>
            <extracomment>safety: a stretch should pull firmly but never hurt. Must not soften 'never' or suggest pushing through pain.</extracomment>
            <translation>Un estiramiento debe tirar con firmeza. Nunca debe doler.</translation>
        </message>
        <message>
            <source>Keep your toes from pointing down in bed</source>
            <extracomment>heading: a lying position tip (toes not pointed down in bed). Not a treatment; add no promise.</extracomment>
            <translation>Evite que los dedos de los pies apunten hacia abajo en la cama</translation>
        </message>
        <message>
            <source>Lying with the toes pointed keeps the calf short, and that can set off a cramp.</source>
            <extracomment>keep 'can' (pointed toes are a possible trigger, not a certain cause). Add no medical explanation.</extracomment>
            <translation>Acostarse con los dedos de los pies apuntando hacia abajo mantiene la pantorrilla acortada, y eso puede provocar un calambre.</translation>
        </message>
        <message>
            <source>Keep the covers loose at the foot of the bed, so they do not press your toes down.</source>
            <extracomment>a practical tip: loose covers at the foot of the bed so they do not press the toes down. Add no other advice.</extracomment>
            <translation>Deje la ropa de cama suelta a los pies de la cama, para que no le empuje los dedos hacia abajo.</translation>
        </message>
        <message>
            <source>A pillow at your feet, under the covers, can hold their weight off your toes.</source>
            <extracomment>keep 'can'. The pillow lies at the feet under the covers and takes their weight off the toes; not a medical aid.</extracomment>
            <translation>Una almohada a los pies, debajo de la ropa de cama, puede quitar ese peso de los dedos.</translation>
        </message>
        <message>
            <source>Rest tired muscles, move after sitting</source>
            <extracomment>heading: rest muscles that worked hard; get moving after sitting. Add no amounts of exercise or time.</extracomment>
            <translation>Descanse los músculos cansados, muévase después de estar sentado</translation>
        </message>
        <message>
            <source>Muscles that worked hard or for long during the day are more likely to cramp at night.</source>
            <extracomment>keep 'more likely' (a higher chance, not a certainty). Must not say that exercise should be avoided.</extracomment>
            <translation>Los músculos que trabajaron mucho, o mucho tiempo, a lo largo del día tienen más probabilidad de sufrir calambres por la noche.</translation>
        </message>
        <message>
            <source>Sitting for hours can leave the calf short and tight. Get up and walk about now and then.</source>
            <extracomment>keep 'can'. Must say to get up and walk about now and then; must not add a time interval or a number of steps.</extracomment>
            <translation>Estar sentado durante horas puede dejar la pantorrilla acortada y tensa. Levántese y camine un poco de vez en cuando.</translation>
        </message>
        <message>
            <source>Ask about your medicines</source>
            <extracomment>heading: ask a doctor or pharmacist about your medicines. Must not suggest stopping or changing one.</extracomment>
            <translation>Pregunte por sus medicamentos</translation>
        </message>
        <message>
            <source>Some medicines can make cramps more likely. Water tablets (diuretics) and statins for cholesterol are two examples; there are others.</source>
            <extracomment>keep 'can make cramps more likely' and 'two examples; there are others'. Use the everyday local names; add no drug names, no 'always'.</extracomment>
            <translation>Algunos medicamentos pueden hacer que los calambres sean más probables. Las pastillas para eliminar líquidos (diuréticos) y las estatinas para el colesterol son dos ejemplos; hay otros.</translation>
        </message>
        <message>
            <source>If you wonder whether a medicine plays a part, ask your doctor or pharmacist.</source>
            <extracomment>must name both the doctor and the pharmacist. Must not suggest that the medicine is the cause.</extracomment>
            <translation>Si se pregunta si un medicamento influye, consulte a su médico o farmacéutico.</translation>
        </message>
        <message>
            <source>Never stop or change a medicine on your own.</source>
            <extracomment>safety: a firm 'never', for both stopping and changing a medicine. Must not soften it or add exceptions.</extracomment>
            <translation>Nunca deje ni cambie un medicamento por su cuenta.</translation>
        </message>
        <message>
            <source>A cramp, or restless legs?</source>
            <extracomment>heading: telling a cramp from restless legs. Use the everyday name for restless legs; this is not a diagnosis.</extracomment>
            <translation>¿Un calambre, o piernas inquietas?</translation>
        </message>
        <message>
            <source>A cramp is a hard, painful tightening of the muscle. You can often feel the knot with your hand.</source>
            <extracomment>describes a cramp: a hard, painful tightening. Keep 'often' (the knot can often be felt, not always).</extracomment>
            <translation>Un calambre es una contracción dura y dolorosa del músculo. A menudo se puede notar el nudo con la mano.</translation>
        </message>
        <message>
            <source>Restless legs feel different: an urge to move the legs, with odd feelings such as tingling or crawling, that eases when you move.</source>
            <extracomment>describes restless legs: an urge to move, odd feelings (examples only), eased by moving. Must not name a cause or present it as a diagnosis.</extracomment>
            <translation>Las piernas inquietas se sienten distintas: ganas de mover las piernas, con sensaciones raras como hormigueo o como si algo se arrastrara por dentro, que se alivian al moverse.</translation>
        </message>
        <message>
            <source>If that sounds more like your nights, mention it to your doctor.</source>
            <extracomment>must say: mention it to a doctor (not urgent). Must not tell the reader that they have restless legs syndrome.</extracomment>
            <translation>Si eso se parece más a sus noches, coménteselo a su médico.</translation>
        </message>
        <message>
            <source>Talk to your doctor if</source>
            <extracomment>heading of non-urgent reasons to see a doctor. Must be milder than 'See a doctor now' on the Warning signs page.</extracomment>
            <translation>Hable con su médico si</translation>
        </message>
        <message>
            <source>Cramps come often, or every night, or keep waking you up.</source>
            <extracomment>a reason to see a doctor (not urgent). Keep all three: often, every night, keep waking you up. Add no number of nights.</extracomment>
            <translation>Los calambres aparecen a menudo, o cada noche, o le siguen despertando.</translation>
        </message>
        <message>
            <source>A cramp goes on for more than 10 minutes: ask for an appointment the same day.</source>
            <extracomment>keep 'more than 10 minutes' and 'the same day': not 'now' or an emergency, and not merely 'soon'.</extracomment>
            <translation>Un calambre dura más de 10 minutos: pida una cita para el mismo día.</translation>
        </message>
        <message>
            <source>Cramps come with weakness or numbness in the leg, or the leg muscles seem to shrink or get weaker.</source>
            <extracomment>a reason to see a doctor: weakness or numbness in the leg, or leg muscles that seem to shrink or weaken. Keep 'seem'; name no disease.</extracomment>
            <translation>Los calambres vienen con debilidad o entumecimiento en la pierna, o los músculos de la pierna parecen encogerse o debilitarse.</translation>
        </message>
        <message>
            <source>You are pregnant and cramps trouble you: tell your midwife or doctor.</source>
            <extracomment>must say: tell your midwife or doctor (keep both). No added urgency and no advice about pregnancy.</extracomment>
            <translation>Está embarazada y los calambres le molestan: dígaselo a su matrona (partera) o a su médico.</translation>
        </message>
        <message>
            <source>Cramps began after you started a new medicine.</source>
            <extracomment>a reason to see a doctor. Must not say the medicine causes the cramps, nor suggest stopping it.</extracomment>
            <translation>Los calambres empezaron después de comenzar a tomar un medicamento nuevo.</translation>
        </message>
        <message>
            <source>These tips and stretching have not helped.</source>
            <extracomment>a reason to see a doctor: self-care has not helped. Plain; no added urgency.</extracomment>
            <translation>Estos consejos y los estiramientos no le han ayudado.</translation>
        </message>
        <message>
            <source>Some pains feel like cramps but are not: the Warning signs page lists them.</source>
            <extracomment>must point to the Warning signs page (use that page's translated title). Must not name a disease here.</extracomment>
            <translation>Algunos dolores parecen calambres pero no lo son: la página Señales de alarma los enumera.</translation>
        </message>
        <message>
            <source>Any warning sign appears. Those need a doctor now: see the Warning signs page.</source>
            <extracomment>urgent: a warning sign needs a doctor now, not later. Keep 'now'; use the Warning signs page's translated title.</extracomment>
            <translation>Aparece cualquier señal de alarma. Las señales de alarma necesitan un médico ahora: vea la página Señales de alarma.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>title of the page of signs that need a doctor now. A plain word for warning signs; not 'emergency' and not a medical term.</extracomment>
            <translation>Señales de alarma</translation>
        </message>
        <message>
            <source>See a doctor now if</source>
            <extracomment>urgent heading: see a doctor now, without waiting. Not 'soon', and not yet an emergency call (that is a later section).</extracomment>
            <translation>Acuda a un médico ahora si</translation>
        </message>
        <message>
            <source>The leg is swollen.</source>
            <extracomment>warning sign: the leg is swollen. Plain words; add no cause or diagnosis.</extracomment>
            <translation>La pierna está hinchada.</translation>
        </message>
        <message>
            <source>The leg is red, or warm to the touch.</source>
            <extracomment>warning sign: the leg is red, or warm to the touch. Keep 'or': either one is enough.</extracomment>
            <translation>La pierna está roja, o caliente al tacto.</translation>
        </message>
        <message>
            <source>The pain is constant and stays, even after you stretch.</source>
            <extracomment>warning sign: pain that does not stop, even after stretching. Must not suggest stretching more.</extracomment>
            <translation>El dolor es constante y no se va, incluso después de estirar.</translation>
        </message>
        <message>
            <source>Stretching does not relieve the cramp.</source>
            <extracomment>warning sign: stretching does not ease the cramp. Add no number of tries.</extracomment>
            <translation>Estirar no alivia el calambre.</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Por qué es importante</translation>
        </message>
        <message>
            <source>These can be signs of a blood clot in a deep vein of the leg, called deep vein thrombosis (DVT).</source>
            <extracomment>keep 'can be signs of' (possible, not certain). Use the usual local name for deep vein thrombosis and its local abbreviation; no certainty.</extracomment>
            <translation>Pueden ser señales de un coágulo de sangre en una vena profunda de la pierna, lo que se llama trombosis venosa profunda (TVP).</translation>
        </message>
        <message>
            <source>Only a doctor can tell. Do not wait for the morning.</source>
            <extracomment>urgency: only a doctor can tell whether it is a clot; must say not to wait until the morning. Do not soften.</extracomment>
            <translation>Solo un médico puede saberlo. No espere a la mañana.</translation>
        </message>
        <message>
            <source>Until a doctor has seen it, do not rub, massage or warm a leg that is swollen, red or warm.</source>
            <extracomment>safety: no rubbing, massage or warming of a swollen, red or warm leg until a doctor has seen it. Keep all three actions and all three signs.</extracomment>
            <translation>Hasta que un médico la haya visto, no frote, no dé masaje ni aplique calor a una pierna hinchada, roja o caliente.</translation>
        </message>
        <message>
            <source>Pains that may not be a cramp: tell your doctor</source>
            <extracomment>heading: keep 'may' and 'tell your doctor' (not urgent, not an emergency).</extracomment>
            <translation>Dolores que pueden no ser un calambre: coménteselo a su médico</translation>
        </message>
        <message>
            <source>Calf pain that comes on when you walk and eases when you rest. Narrowed arteries in the leg can do this.</source>
            <extracomment>keep 'can' (a possible cause, not a diagnosis). Plain words for narrowed arteries; no disease name.</extracomment>
            <translation>Dolor de pantorrilla que aparece al caminar y se alivia al descansar. Las arterias estrechadas de la pierna pueden causarlo.</translation>
        </message>
        <message>
            <source>Foot or calf pain at night that eases when you let your legs hang over the edge of the bed. This can be poor blood flow too.</source>
            <extracomment>keep 'can' (possible, not certain): pain that eases with the legs hanging over the bed's edge. No diagnosis or disease name.</extracomment>
            <translation>Dolor de pie o de pantorrilla por la noche que se alivia al dejar colgar las piernas por el borde de la cama. También puede deberse a una mala circulación de la sangre.</translation>
        </message>
        <message>
            <source>Legs that feel heavy, ache or swell after a long day on your feet, with cramps at night. Weak valves in the leg veins can cause this.</source>
            <extracomment>keep 'can cause'. Plain words for weak valves in the leg veins; no disease name (such as varicose veins) and no added advice.</extracomment>
            <translation>Piernas que se sienten pesadas, duelen o se hinchan después de un largo día de pie, con calambres por la noche. Las válvulas débiles de las venas de las piernas pueden causarlo.</translation>
        </message>
        <message>
            <source>Numbness, tingling or burning in the feet or legs. Nerves can cause this, for example with diabetes. Do not put heat on a numb leg.</source>
            <extracomment>keep 'can' and diabetes as one example only. Must keep the safety line: do not put heat on a numb leg.</extracomment>
            <translation>Entumecimiento, hormigueo o ardor en los pies o las piernas. Los nervios pueden causarlo, por ejemplo con la diabetes. No ponga calor en una pierna entumecida.</translation>
        </message>
        <message>
            <source>Pain that spreads down the leg from the lower back. A pressed nerve in the back can do this.</source>
            <extracomment>keep 'can' (possible, not certain). Plain words for a pressed nerve; no diagnosis such as sciatica.</extracomment>
            <translation>Dolor que baja por la pierna desde la parte baja de la espalda. Un nervio presionado en la espalda puede causarlo.</translation>
        </message>
        <message>
            <source>Call emergency services if</source>
            <extracomment>heading, highest urgency: call the emergency services. Must not add a phone number or weaken it to 'see a doctor'.</extracomment>
            <translation>Llame a los servicios de emergencia si</translation>
        </message>
        <message>
            <source>You suddenly feel short of breath.</source>
            <extracomment>emergency sign: sudden shortness of breath. Keep 'suddenly'; no diagnosis.</extracomment>
            <translation>De repente le falta el aire.</translation>
        </message>
        <message>
            <source>There is pain in your chest.</source>
            <extracomment>emergency sign: chest pain. Plain words; no diagnosis.</extracomment>
            <translation>Tiene dolor en el pecho.</translation>
        </message>
        <message>
            <source>A clot can travel to the lungs. That is an emergency: call straight away.</source>
            <extracomment>keep 'can' for the clot; must say it is an emergency, call at once. Must not name a diagnosis (such as pulmonary embolism) or add a number.</extracomment>
            <translation>Un coágulo puede viajar a los pulmones. Es una emergencia: llame de inmediato.</translation>
        </message>
        <message>
            <source>Do not drive yourself. Call for an ambulance, or ask someone to drive you.</source>
            <extracomment>safety: must say not to drive yourself, and to call an ambulance or have someone drive you. Keep both options; add no phone number.</extracomment>
            <translation>No conduzca usted mismo. Pida una ambulancia, o pídale a alguien que le lleve.</translation>
        </message>
        <message>
            <source>If the leg is swollen, red or warm, or the pain will not ease, see a doctor now. It can be a blood clot. Chest pain or sudden breathlessness: call emergency services now. Do not drive yourself.</source>
            <extracomment>spoken. Keep: swollen, red or warm leg, or pain that will not ease: doctor now; it 'can be' a clot (not 'is'); chest pain or breathlessness: emergency services now; do not drive yourself. Add no phone number and no diagnosis.</extracomment>
            <translation>Si la pierna está hinchada, roja o caliente, o el dolor no se alivia, acuda a un médico ahora. Puede ser un coágulo de sangre. Dolor en el pecho o falta de aire repentina: llame ahora a los servicios de emergencia. No conduzca usted mismo.</translation>
        </message>
        <message>
            <source>Leg swollen, red or warm? Pain that will not ease?</source>
            <extracomment>large warning text: keep all four signs (swollen, red, warm, pain that will not ease). Short; no diagnosis.</extracomment>
            <translation>¿Pierna hinchada, roja o caliente? ¿Dolor que no se alivia?</translation>
        </message>
        <message>
            <source>See a doctor now.</source>
            <extracomment>must keep 'now' (without waiting). Not an emergency call: that is the next line.</extracomment>
            <translation>Acuda a un médico ahora.</translation>
        </message>
        <message>
            <source>Chest pain or short of breath? Call emergency services.</source>
            <extracomment>emergency: must say to call emergency services. Short; no phone number, no diagnosis.</extracomment>
            <translation>¿Dolor en el pecho o le falta el aire? Llame a los servicios de emergencia.</translation>
        </message>
    </context>
    <context>
        <name>lock</name>
        <message>
            <source>The PIN prevents accidental changes to the settings, the routines and the diary. It does not stop someone who can open this computer's files.</source>
            <translation>El PIN evita cambios accidentales en los ajustes, las rutinas y el diario. No detiene a alguien que pueda abrir los archivos de este equipo.</translation>
        </message>
        <message>
            <source>Forgot the PIN? Delete the file {file} to remove it.</source>
            <translation>¿Ha olvidado el PIN? Borre el archivo {file} para quitarlo.</translation>
        </message>
        <message>
            <source>Too many wrong tries.</source>
            <translation>Demasiados intentos fallidos.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Ese PIN no es correcto.</translation>
        </message>
        <message>
            <source>Please wait 1 second, then try again.</source>
            <translation>Por favor, espere 1 segundo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Please wait {seconds} seconds, then try again.</source>
            <translation>Por favor, espere {seconds} segundos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Please wait {minutes} minutes, then try again.</source>
            <translation>Por favor, espere {minutes} minutos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Un PIN tiene de 4 a 8 cifras.</translation>
        </message>
        <message>
            <source>Enter the current PIN first.</source>
            <translation>Primero escriba el PIN actual.</translation>
        </message>
        <message>
            <source>it is empty or damaged</source>
            <translation>está vacío o dañado</translation>
        </message>
        <message>
            <source>The PIN lock file cannot be read ({reason}), so the settings stay locked. To reset the PIN, delete {file} (see "Forgotten PIN" in the README).</source>
            <translation>No se puede leer el archivo del bloqueo con PIN ({reason}), así que los ajustes siguen bloqueados. Para restablecer el PIN, borre {file} (vea "Forgotten PIN" en el README).</translation>
        </message>
        <message>
            <source>The PIN lock could not be saved: {reason}.</source>
            <translation>No se pudo guardar el bloqueo con PIN: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>night</name>
        <message>
            <source>How is the cramp now?</source>
            <translation>¿Cómo está el calambre ahora?</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>{problems} Cramp now works as usual; what would be kept there is kept only until the app closes. Check setup (in the More menu) says how to fix it.</source>
            <translation>{problems} “Calambre ahora” funciona como siempre; lo que se guardaría ahí solo se conserva hasta que se cierre la aplicación. “Comprobar instalación” (en el menú Más) explica cómo arreglarlo.</translation>
        </message>
        <message>
            <source>Cramp Timer cannot use the folder {folder}: {reason}.</source>
            <translation>Cramp Timer no puede usar la carpeta {folder}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Time for your bedtime routine: {routine}. A few minutes of stretching can make night cramps rarer.</source>
            <extracomment>keep 'can make night cramps rarer' (not 'will' or 'prevents'); {routine} is the routine's name. Add no promise.</extracomment>
            <translation>Es la hora de su rutina nocturna: {routine}. Unos minutos de estiramientos pueden hacer los calambres nocturnos menos frecuentes.</translation>
        </message>
    </context>
    <context>
        <name>routine_cli</name>
        <message>
            <source>Nothing was imported. Add --replace to replace your routines.</source>
            <translation>No se importó nada. Añada --replace para sustituir sus rutinas.</translation>
        </message>
        <message>
            <source>No PIN was given on standard input.</source>
            <translation>No se dio ningún PIN por la entrada estándar.</translation>
        </message>
        <message>
            <source>A PIN is set. Run this at a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>Hay un PIN puesto. Ejecute esto en una terminal, o dé el PIN por la entrada estándar con --pin-stdin.</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>PIN: </translation>
        </message>
        <message>
            <source>Exported the routine {name} to {file}.</source>
            <translation>Se exportó la rutina {name} a {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n routines to {file}: {names}.</source>
            <translation>
                <numerusform>Se exportó %n rutina a {file}: {names}.</numerusform>
                <numerusform>Se exportaron %n rutinas a {file}: {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>routine_editing</name>
        <message>
            <source>Prescribed by</source>
            <translation>“Indicada por”</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>La nota</translation>
        </message>
        <message>
            <source>The step's name</source>
            <translation>El nombre del paso</translation>
        </message>
        <message>
            <source>The spoken instruction</source>
            <translation>La instrucción hablada</translation>
        </message>
        <message>
            <source>The side</source>
            <translation>El lado</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>Mantener (segundos)</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Rest (seconds)</source>
            <translation>Descanso (segundos)</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Pierna izquierda</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Pierna derecha</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Ambas piernas</translation>
        </message>
        <message>
            <source>No side</source>
            <translation>Sin lado</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copia)</translation>
        </message>
        <message>
            <source>Calf stretch</source>
            <translation>Estiramiento de pantorrilla</translation>
        </message>
        <message>
            <source>Sit with this leg straight out and pull the toes gently toward you.</source>
            <translation>Siéntese con esta pierna estirada y tire suavemente de los dedos del pie hacia usted.</translation>
        </message>
        <message numerus="yes">
            <source>A routine has at most %n steps.</source>
            <translation>
                <numerusform>Una rutina tiene como máximo %n paso.</numerusform>
                <numerusform>Una rutina tiene como máximo %n pasos.</numerusform>
            </translation>
        </message>
        <message>
            <source>A routine needs at least one step. Delete the routine instead.</source>
            <translation>Una rutina necesita al menos un paso. En su lugar, borre la rutina.</translation>
        </message>
        <message>
            <source>Choose a routine first.</source>
            <translation>Primero elija una rutina.</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it and change the copy.</source>
            <translation>Esta rutina viene con Cramp Timer y no se puede cambiar. Duplíquela y cambie la copia.</translation>
        </message>
    </context>
    <context>
        <name>routine_files</name>
        <message numerus="yes">
            <source>and %n more problems</source>
            <translation>
                <numerusform>y %n problema más</numerusform>
                <numerusform>y %n problemas más</numerusform>
            </translation>
        </message>
        <message>
            <source>These routines would make a file of {size}, and a routine file may be at most 1 MiB, so nothing was written. Shorten or delete some routines first.</source>
            <translation>Estas rutinas harían un archivo de {size}, y un archivo de rutinas puede ocupar como máximo 1 MiB, así que no se escribió nada. Primero acorte o borre algunas rutinas.</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>no existe ese archivo</translation>
        </message>
        <message>
            <source>the file could not be read: {reason}</source>
            <translation>no se pudo leer el archivo: {reason}</translation>
        </message>
        <message>
            <source>this is a folder, not a routine file</source>
            <translation>es una carpeta, no un archivo de rutinas</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>no es un archivo normal</translation>
        </message>
        <message>
            <source>the file is {size}; a routine file may be at most 1 MiB</source>
            <translation>el archivo ocupa {size}; un archivo de rutinas puede ocupar como máximo 1 MiB</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (byte {byte} at offset {offset})</source>
            <translation>el archivo no es texto UTF-8 (byte {byte} en la posición {offset})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>not valid JSON at line {line}, column {column}: {reason}</source>
            <translation>JSON no válido en la línea {line}, columna {column}: {reason}</translation>
        </message>
        <message>
            <source>not valid JSON: {word} is not a number JSON allows</source>
            <translation>JSON no válido: {word} no es un número que JSON admita</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a routine file</source>
            <translation>el archivo está anidado a demasiada profundidad para ser un archivo de rutinas</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>JSON no válido: {reason}</translation>
        </message>
        <message>
            <source>the file must hold one JSON object, not {kind}</source>
            <translation>el archivo debe contener un solo objeto JSON, no {kind}</translation>
        </message>
        <message>
            <source>this is not a Cramp Timer routine file ("format" must be "{marker}")</source>
            <translation>no es un archivo de rutinas de Cramp Timer ("format" debe ser "{marker}")</translation>
        </message>
        <message>
            <source>routines: must be a list, not {kind}</source>
            <translation>routines: debe ser una lista, no {kind}</translation>
        </message>
        <message>
            <source>routines: is empty; a file holds at least one routine</source>
            <translation>routines: está vacío; un archivo contiene al menos una rutina</translation>
        </message>
        <message>
            <source>version: must be a whole number from 1 up, not {value}</source>
            <translation>version: debe ser un número entero desde 1, no {value}</translation>
        </message>
        <message>
            <source>made by a newer Cramp Timer (format version {version}; this one reads {supported})</source>
            <translation>creado por un Cramp Timer más nuevo (versión de formato {version}; esta versión lee {supported})</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is also the name of routines[{other}]</source>
            <translation>routines[{index}].name: {name} también es el nombre de routines[{other}]</translation>
        </message>
        <message>
            <source>{path}: appears more than once</source>
            <translation>{path}: aparece más de una vez</translation>
        </message>
        <message>
            <source>the routine</source>
            <translation>la rutina</translation>
        </message>
        <message>
            <source>{path}: is missing</source>
            <translation>{path}: falta</translation>
        </message>
        <message>
            <source>{path}: is not a known field</source>
            <translation>{path}: no es un campo conocido</translation>
        </message>
        <message>
            <source>{path}: must be an object, not {kind}</source>
            <translation>{path}: debe ser un objeto, no {kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is above {high}</source>
            <translation>{path}: {value} es mayor que {high}</translation>
        </message>
        <message>
            <source>{path}: {value} is below {low}</source>
            <translation>{path}: {value} es menor que {low}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number, not {value}</source>
            <translation>{path}: debe ser un número entero, no {value}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number from {low} to {high}, not {kind}</source>
            <translation>{path}: debe ser un número entero de {low} a {high}, no {kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is not one of: {choices}</source>
            <translation>{path}: {value} no es una de estas opciones: {choices}</translation>
        </message>
        <message>
            <source>{path}: must be one of: {choices} (not {value})</source>
            <translation>{path}: debe ser una de estas opciones: {choices} (no {value})</translation>
        </message>
        <message>
            <source>{path}: is empty; it needs {low} to {high} items</source>
            <translation>{path}: está vacío; necesita de {low} a {high} elementos</translation>
        </message>
        <message numerus="yes">
            <source>{path}: has %n items; it may have {low} to {high}</source>
            <translation>
                <numerusform>{path}: tiene %n elemento; puede tener de {low} a {high}</numerusform>
                <numerusform>{path}: tiene %n elementos; puede tener de {low} a {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: must be a list, not {kind}</source>
            <translation>{path}: debe ser una lista, no {kind}</translation>
        </message>
        <message>
            <source>{path}: must be true or false, not {value}</source>
            <translation>{path}: debe ser true o false, no {value}</translation>
        </message>
        <message>
            <source>{path}: must be text, not {kind}</source>
            <translation>{path}: debe ser texto, no {kind}</translation>
        </message>
        <message>
            <source>{path}: is not valid text (a lone surrogate escape)</source>
            <translation>{path}: no es un texto válido (un escape sustituto suelto)</translation>
        </message>
        <message numerus="yes">
            <source>{path}: is %n characters long; the most is {high}</source>
            <translation>
                <numerusform>{path}: tiene %n carácter; el máximo es {high}</numerusform>
                <numerusform>{path}: tiene %n caracteres; el máximo es {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: is empty</source>
            <translation>{path}: está vacío</translation>
        </message>
        <message>
            <source>{path}: holds an invisible or text-direction character (such as a zero-width space or a right-to-left override); type it again without it</source>
            <translation>{path}: contiene un carácter invisible o de dirección del texto (como un espacio de ancho cero o un cambio a derecha a izquierda); vuelva a escribirlo sin él</translation>
        </message>
        <message>
            <source>{path}: must be one line, without tabs or control characters</source>
            <translation>{path}: debe ser una sola línea, sin tabuladores ni caracteres de control</translation>
        </message>
        <message>
            <source>{path}: must not contain control characters</source>
            <translation>{path}: no debe contener caracteres de control</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
    </context>
    <context>
        <name>routine_store</name>
        <message>
            <source>Imported the routine {name} from {file}.</source>
            <translation>Se importó la rutina {name} desde {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n routines from {file}: {names}.</source>
            <translation>
                <numerusform>Se importó %n rutina desde {file}: {names}.</numerusform>
                <numerusform>Se importaron %n rutinas desde {file}: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>It replaced the routine(s) of the same name: {names}.</source>
            <translation>Sustituyó a la rutina o rutinas con el mismo nombre: {names}.</translation>
        </message>
        <message>
            <source>{old} was taken, so it is called {new}.</source>
            <translation>{old} ya estaba en uso, así que se llama {new}.</translation>
        </message>
        <message>
            <source>{path}: {name} is the name of a built-in routine; give it another name</source>
            <translation>{path}: {name} es el nombre de una rutina incluida; póngale otro nombre</translation>
        </message>
        <message>
            <source>{path}: {name} is already one of your routines</source>
            <translation>{path}: {name} ya es una de sus rutinas</translation>
        </message>
        <message>
            <source>There are no routines of your own to export yet.</source>
            <translation>Aún no tiene rutinas propias que exportar.</translation>
        </message>
        <message>
            <source>Choose at least one routine to export.</source>
            <translation>Elija al menos una rutina para exportar.</translation>
        </message>
        <message>
            <source>The routines could not be written to {file}: {reason}.</source>
            <translation>No se pudieron escribir las rutinas en {file}: {reason}.</translation>
        </message>
        <message>
            <source>There is no routine called {name}.</source>
            <translation>No hay ninguna rutina llamada {name}.</translation>
        </message>
        <message>
            <source>{name} comes with Cramp Timer and cannot be changed or deleted. You can duplicate it and change the copy.</source>
            <translation>{name} viene con Cramp Timer y no se puede cambiar ni borrar. Puede duplicarla y cambiar la copia.</translation>
        </message>
        <message>
            <source>{name} is the name of a built-in routine. Please choose another name.</source>
            <translation>{name} es el nombre de una rutina incluida. Por favor, elija otro nombre.</translation>
        </message>
        <message>
            <source>There is already a routine called {name}. Please choose another name.</source>
            <translation>Ya hay una rutina llamada {name}. Por favor, elija otro nombre.</translation>
        </message>
        <message>
            <source>Your routines file could not be read or moved out of the way, so changes cannot be saved. Move it away and start Cramp Timer again: {file}</source>
            <translation>Su archivo de rutinas no se pudo leer ni apartar, así que los cambios no se pueden guardar. Apártelo y vuelva a iniciar Cramp Timer: {file}</translation>
        </message>
        <message>
            <source>Your routines could not be saved: {reason}.</source>
            <translation>No se pudieron guardar sus rutinas: {reason}.</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is the name of a built-in routine</source>
            <translation>routines[{index}].name: {name} es el nombre de una rutina incluida</translation>
        </message>
        <message>
            <source>Your routines were saved by a newer version of Cramp Timer, so only the built-in routines are available.</source>
            <translation>Sus rutinas se guardaron con una versión más nueva de Cramp Timer, así que solo están disponibles las rutinas incluidas.</translation>
        </message>
        <message>
            <source>Your routines file could not be read, so only the built-in routines are available.</source>
            <translation>No se pudo leer su archivo de rutinas, así que solo están disponibles las rutinas incluidas.</translation>
        </message>
        <message>
            <source>The file could not be moved out of the way either: {file}.</source>
            <translation>Tampoco se pudo apartar el archivo: {file}.</translation>
        </message>
        <message>
            <source>The old file was kept as {name}; once it is mended it can be imported again.</source>
            <translation>El archivo antiguo se guardó como {name}; cuando esté arreglado, se podrá volver a importar.</translation>
        </message>
    </context>
    <context>
        <name>routines</name>
        <message>
            <source>Bedtime stretch</source>
            <translation>Estiramiento antes de dormir</translation>
        </message>
        <message>
            <source>Bedtime stretch (seated)</source>
            <translation>Estiramiento antes de dormir (sentado)</translation>
        </message>
        <message>
            <source>{path} is missing.</source>
            <translation>Falta {path}.</translation>
        </message>
        <message>
            <source>{path} is not part of a routine.</source>
            <translation>{path} no forma parte de una rutina.</translation>
        </message>
        <message>
            <source>{path} must be a group of named values.</source>
            <translation>{path} debe ser un grupo de valores con nombre.</translation>
        </message>
        <message>
            <source>{path} must be one line of {low} to {high} characters.</source>
            <translation>{path} debe ser una sola línea de {low} a {high} caracteres.</translation>
        </message>
        <message>
            <source>{path} must be text of {low} to {high} characters.</source>
            <translation>{path} debe ser un texto de {low} a {high} caracteres.</translation>
        </message>
        <message>
            <source>{path} must be a whole number from {low} to {high}.</source>
            <translation>{path} debe ser un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>{path} must be one of: {choices}.</source>
            <translation>{path} debe ser una de estas opciones: {choices}.</translation>
        </message>
        <message>
            <source>{path} must be a list of {low} to {high} items.</source>
            <translation>{path} debe ser una lista de {low} a {high} elementos.</translation>
        </message>
        <message>
            <source>{path} must be true or false.</source>
            <translation>{path} debe ser true o false.</translation>
        </message>
        <message>
            <source>The routine</source>
            <translation>La rutina</translation>
        </message>
        <message>
            <source>Calf stretch against the wall</source>
            <translation>Estiramiento de pantorrilla contra la pared</translation>
        </message>
        <message>
            <source>Face a wall with both hands on it. Step this leg back, heel down, knee straight. Lean in until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: hands on the wall, this leg back, heel down, knee straight; limit: lean until the calf pulls firmly but does not hurt.</extracomment>
            <translation>Póngase de cara a una pared, con las dos manos apoyadas en ella. Dé un paso atrás con esta pierna, con el talón en el suelo y la rodilla estirada. Inclínese hacia la pared hasta que la pantorrilla tire con firmeza, sin que duela.</translation>
        </message>
        <message>
            <source>Standing hamstring stretch</source>
            <translation>Estiramiento de la parte de atrás del muslo, de pie</translation>
        </message>
        <message>
            <source>Hold on to something steady. Put this heel a small step forward, toes up. Bend the other knee and lean forward from the hips until the back of the thigh pulls firmly, but it does not hurt.</source>
            <extracomment>must begin with the safety step: hold on to something steady. Keep the limit: the thigh pulls firmly but does not hurt.</extracomment>
            <translation>Sujétese a algo firme. Ponga este talón un pequeño paso por delante, con los dedos hacia arriba. Doble la otra rodilla e inclínese hacia delante desde la cadera hasta que la parte de atrás del muslo tire con firmeza, sin que duela.</translation>
        </message>
        <message>
            <source>Seated calf stretch</source>
            <translation>Estiramiento de pantorrilla, sentado</translation>
        </message>
        <message>
            <source>Sit with this leg straight out. Put a towel around the ball of the foot and draw the foot toward you until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: leg straight, towel around the ball of the foot, draw the foot toward you; limit: the calf pulls firmly but does not hurt.</extracomment>
            <translation>Siéntese con esta pierna estirada. Pase una toalla por la parte delantera de la planta del pie y lleve el pie hacia usted hasta que la pantorrilla tire con firmeza, sin que duela.</translation>
        </message>
        <message>
            <source>Seated hamstring stretch</source>
            <translation>Estiramiento de la parte de atrás del muslo, sentado</translation>
        </message>
        <message>
            <source>Sit on the edge of the bed or a chair. Put this leg straight out, heel down, toes up. Lean forward from the hips, back straight, until the thigh pulls firmly but does not hurt.</source>
            <extracomment>stretch steps: sit on the edge of a bed or chair, leg straight, heel down, toes up, lean from the hips with a straight back; limit: a firm pull that does not hurt.</extracomment>
            <translation>Siéntese en el borde de la cama o de una silla. Estire esta pierna hacia delante, con el talón en el suelo y los dedos hacia arriba. Inclínese hacia delante desde la cadera, con la espalda recta, hasta que el muslo tire con firmeza, sin que duela.</translation>
        </message>
        <message>
            <source>Calf and hamstring stretches, each leg, held 10 seconds, three times, just before bed. In a six-week study of 80 adults (Hallegraeff and others, 2012) this led to fewer and milder night cramps. Each stretch should pull firmly but never hurt; stop if it hurts. Keep breathing: never hold your breath.</source>
            <extracomment>one study (keep its details: 10 seconds, three times, six weeks, 80 adults, Hallegraeff 2012): 'led to fewer and milder', no 'proven' or 'will'. Keep 'stop if it hurts' and 'never hold your breath'.</extracomment>
            <translation>Estiramientos de pantorrilla y de la parte de atrás del muslo, en cada pierna, mantenidos 10 segundos, tres veces, justo antes de acostarse. En un estudio de seis semanas con 80 adultos (Hallegraeff y otros, 2012), esto dio lugar a calambres nocturnos menos frecuentes y más leves. Cada estiramiento debe tirar con firmeza, pero nunca doler; pare si duele. Siga respirando: nunca contenga la respiración.</translation>
        </message>
        <message>
            <source>{exercise}, left leg</source>
            <translation>{exercise}, pierna izquierda</translation>
        </message>
        <message>
            <source>{exercise}, right leg</source>
            <translation>{exercise}, pierna derecha</translation>
        </message>
        <message>
            <source>{exercise}, both legs</source>
            <translation>{exercise}, ambas piernas</translation>
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
            <translation>Relájese. A continuación: {line}</translation>
        </message>
        <message>
            <source>Slowly into the stretch: firm, not painful.</source>
            <extracomment>spoken: move slowly into the stretch; it should feel firm, never painful. Keep both.</extracomment>
            <translation>Vaya estirando despacio: firme, sin dolor.</translation>
        </message>
        <message>
            <source>{heading}: move into stretch {number} of {count}</source>
            <translation>{heading}: entrando en el estiramiento {number} de {count}</translation>
        </message>
        <message>
            <source>Hold it there. Keep breathing.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and keep breathing (do not hold the breath).</extracomment>
            <translation>Manténgalo ahí. Siga respirando.</translation>
        </message>
        <message>
            <source>Relax. That is the whole routine. Sleep well.</source>
            <translation>Relájese. Esa es toda la rutina. Que duerma bien.</translation>
        </message>
        <message>
            <source>{heading}: stretch {number} of {count}</source>
            <translation>{heading}: estiramiento {number} de {count}</translation>
        </message>
        <message>
            <source>Relax.</source>
            <translation>Relájese.</translation>
        </message>
        <message>
            <source>Relax. Stretch {number} of {count} comes next.</source>
            <translation>Relájese. A continuación viene el estiramiento {number} de {count}.</translation>
        </message>
        <message>
            <source>Stretch {number} of {count}</source>
            <translation>Estiramiento {number} de {count}</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>pierna izquierda</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>pierna derecha</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>ambas piernas</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>prepárese</translation>
        </message>
        <message>
            <source>rest, then hold {number} of {count}</source>
            <translation>descanso, luego repetición {number} de {count}</translation>
        </message>
        <message>
            <source>hold {number} of {count}</source>
            <translation>repetición {number} de {count}</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>heat time</source>
            <translation>tiempo de calor</translation>
        </message>
        <message>
            <source>cold time</source>
            <translation>tiempo de frío</translation>
        </message>
        <message>
            <source>stretch hold time</source>
            <translation>duración del estiramiento</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>tiempo para colocarse</translation>
        </message>
        <message>
            <source>get-ready time standing</source>
            <translation>tiempo para colocarse de pie</translation>
        </message>
        <message>
            <source>stretch</source>
            <translation>estiramiento</translation>
        </message>
        <message>
            <source>spoken guidance</source>
            <translation>guía hablada</translation>
        </message>
        <message>
            <source>voice</source>
            <translation>voz</translation>
        </message>
        <message>
            <source>speaking speed</source>
            <translation>velocidad al hablar</translation>
        </message>
        <message>
            <source>voice volume</source>
            <translation>volumen de la voz</translation>
        </message>
        <message>
            <source>welcome shown</source>
            <translation>bienvenida mostrada</translation>
        </message>
        <message>
            <source>bedtime reminder</source>
            <translation>recordatorio nocturno</translation>
        </message>
        <message>
            <source>reminder time</source>
            <translation>hora del recordatorio</translation>
        </message>
        <message>
            <source>reminder days</source>
            <translation>días del recordatorio</translation>
        </message>
        <message>
            <source>spoken reminder</source>
            <translation>recordatorio hablado</translation>
        </message>
        <message>
            <source>snooze time</source>
            <translation>tiempo de posponer</translation>
        </message>
        <message>
            <source>bedtime routine</source>
            <translation>rutina nocturna</translation>
        </message>
        <message>
            <source>dim screen</source>
            <translation>pantalla oscurecida</translation>
        </message>
        <message>
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Cramp Timer. This version uses the settings it understands.</source>
            <translation>Sus ajustes se guardaron con una versión más nueva de Cramp Timer. Esta versión usa los ajustes que entiende.</translation>
        </message>
        <message>
            <source>Some settings could not be used, so the usual values are back for: {fields}.</source>
            <translation>Algunos ajustes no se pudieron usar, así que vuelven los valores habituales para: {fields}.</translation>
        </message>
        <message>
            <source>Some entries in the settings file were not recognised: {names}.</source>
            <translation>No se reconocieron algunas entradas del archivo de ajustes: {names}.</translation>
        </message>
        <message>
            <source>The settings file had no usable version number.</source>
            <translation>El archivo de ajustes no tenía un número de versión válido.</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The file could not be moved out of the way either: {name}.</source>
            <translation>No se pudo leer su archivo de ajustes, así que se usan los ajustes habituales. Tampoco se pudo apartar el archivo: {name}.</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The old file was kept as {name}.</source>
            <translation>No se pudo leer su archivo de ajustes, así que se usan los ajustes habituales. El archivo antiguo se guardó como {name}.</translation>
        </message>
        <message>
            <source>The settings file could not be repaired, so this may show again.</source>
            <translation>No se pudo reparar el archivo de ajustes, así que puede que esto vuelva a aparecer.</translation>
        </message>
        <message>
            <source>The old file was kept as {name}.</source>
            <translation>El archivo antiguo se guardó como {name}.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <source>a routine request needs the routine's name</source>
            <translation>para pedir una rutina hace falta el nombre de la rutina</translation>
        </message>
        <message numerus="yes">
            <source>a routine name has at most %n characters</source>
            <translation>
                <numerusform>el nombre de una rutina tiene como máximo %n carácter</numerusform>
                <numerusform>el nombre de una rutina tiene como máximo %n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>The folder {folder} is not a private folder of this user, so Cramp Timer will not use it for its socket.</source>
            <translation>La carpeta {folder} no es una carpeta privada de este usuario, así que Cramp Timer no la usará para su socket.</translation>
        </message>
        <message>
            <source> (process {pid})</source>
            <translation> (proceso {pid})</translation>
        </message>
        <message>
            <source>The lock file {path} could not be used: {why}.</source>
            <translation>No se pudo usar el archivo de bloqueo {path}: {why}.</translation>
        </message>
        <message>
            <source>Cramp Timer could not listen on {address}: {why}.</source>
            <translation>Cramp Timer no pudo escuchar en {address}: {why}.</translation>
        </message>
        <message numerus="yes">
            <source>Another Cramp Timer{holder} is running but did not answer within %n seconds.</source>
            <translation>
                <numerusform>Otro Cramp Timer{holder} está abierto, pero no respondió en %n segundo.</numerusform>
                <numerusform>Otro Cramp Timer{holder} está abierto, pero no respondió en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The running Cramp Timer did not answer ({error}).</source>
            <translation>El Cramp Timer que ya está abierto no respondió ({error}).</translation>
        </message>
        <message>
            <source>The running Cramp Timer gave an unreadable answer: {error}.</source>
            <translation>El Cramp Timer que ya está abierto dio una respuesta ilegible: {error}.</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>The natural voice is off ({why}), so the plainer espeak-ng voice speaks; {fix}</source>
            <translation>La voz natural está desactivada ({why}), así que habla la voz más sencilla de espeak-ng; {fix}</translation>
        </message>
        <message>
            <source>to get it back, run Cramp Timer's setup again (./run.sh) or reinstall it.</source>
            <translation>para recuperarla, vuelva a ejecutar la instalación de Cramp Timer (./run.sh) o vuelva a instalarlo.</translation>
        </message>
        <message>
            <source>choose another voice in Settings, or reinstall Cramp Timer.</source>
            <translation>elija otra voz en Ajustes, o vuelva a instalar Cramp Timer.</translation>
        </message>
        <message>
            <source>Cramp Timer could not start its speech helper ({why}); reinstall Cramp Timer to get spoken cues back.</source>
            <translation>Cramp Timer no pudo iniciar su proceso auxiliar de voz ({why}); vuelva a instalar Cramp Timer para recuperar las indicaciones habladas.</translation>
        </message>
        <message numerus="yes">
            <source>Spoken cues are off because the speech helper failed %n times in a minute ({why}); restart Cramp Timer, and if it happens again reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>
                <numerusform>Las indicaciones habladas están desactivadas porque el proceso auxiliar de voz falló %n vez en un minuto ({why}); reinicie Cramp Timer y, si vuelve a ocurrir, vuelva a instalar espeak-ng: sudo apt install --reinstall espeak-ng</numerusform>
                <numerusform>Las indicaciones habladas están desactivadas porque el proceso auxiliar de voz falló %n veces en un minuto ({why}); reinicie Cramp Timer y, si vuelve a ocurrir, vuelva a instalar espeak-ng: sudo apt install --reinstall espeak-ng</numerusform>
            </translation>
        </message>
        <message>
            <source>Spoken cues need the espeak-ng speech engine, which could not be loaded ({why}); install it with: sudo apt install espeak-ng</source>
            <translation>Las indicaciones habladas necesitan el motor de voz espeak-ng, que no se pudo cargar ({why}); instálelo con: sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because the aplay program is missing; install it with: sudo apt install alsa-utils</source>
            <translation>Cramp Timer no puede reproducir sonido porque falta el programa aplay; instálelo con: sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because no sound device or sound server answered; check that the speakers are on and not muted, or install PulseAudio with: sudo apt install pulseaudio</source>
            <translation>Cramp Timer no puede reproducir sonido porque no respondió ningún dispositivo ni servidor de sonido; compruebe que los altavoces estén encendidos y sin silenciar, o instale PulseAudio con: sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>No installed voice speaks this language ({language}), so the steps are only shown on screen. To hear them, install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>Ninguna voz instalada habla este idioma ({language}), así que los pasos solo se muestran en la pantalla. Para oírlos, instale las voces de espeak-ng: sudo apt install espeak-ng-data</translation>
        </message>
    </context>
</TS>
