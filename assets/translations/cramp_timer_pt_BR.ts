<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>CloseGuard</name>
        <message>
            <source>Keep Cramp Timer running?</source>
            <translation>Manter o Cramp Timer aberto?</translation>
        </message>
        <message>
            <source>Your bedtime reminder is on, but this desktop has no tray to keep Cramp Timer in. Keep it running without an icon? The window comes back at bedtime. If you quit, no reminder will come.</source>
            <translation>Seu lembrete da hora de dormir está ligado, mas esta área de trabalho não tem bandeja do sistema onde o Cramp Timer possa ficar. Deixar o programa aberto sem ícone? A janela volta na hora de dormir. Se você sair, nenhum lembrete vai aparecer.</translation>
        </message>
        <message>
            <source>Keep running</source>
            <translation>Manter aberto</translation>
        </message>
        <message>
            <source>Quit, no reminder</source>
            <translation>Sair, sem lembrete</translation>
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
            <translation>Segundos restantes neste passo</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Contagem regressiva</translation>
        </message>
    </context>
    <context>
        <name>CrampTimer</name>
        <message>
            <source>Cramp Timer keeps running here, so it can remind you at bedtime. Quit it from this icon's menu.</source>
            <translation>O Cramp Timer continua aberto aqui para poder lembrar você na hora de dormir. Para sair, use o menu deste ícone.</translation>
        </message>
        <message>
            <source>This session could not be written to your diary (%1).</source>
            <translation>Não foi possível anotar esta sessão no seu diário (%1).</translation>
        </message>
        <message>
            <source>Your diary could not be opened, so there is no history to show.</source>
            <translation>Não foi possível abrir seu diário, então não há histórico para mostrar.</translation>
        </message>
        <message numerus="yes">
            <source>%n diary entries are damaged and could not be read, so the history and exports leave them out. They are still in the diary file.</source>
            <translation>
                <numerusform>%n registro do diário está danificado e não pôde ser lido; por isso, o histórico e as exportações o deixam de fora. Ele continua no arquivo do diário.</numerusform>
                <numerusform>%n registros do diário estão danificados e não puderam ser lidos; por isso, o histórico e as exportações os deixam de fora. Eles continuam no arquivo do diário.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Your routines were changed from outside Cramp Timer; this is the latest list.</source>
            <translation>Suas rotinas foram alteradas fora do Cramp Timer; esta é a lista mais recente.</translation>
        </message>
        <message>
            <source>Your settings could not be saved: %1</source>
            <translation>Não foi possível salvar suas configurações: %1</translation>
        </message>
        <message>
            <source>Start at login could not be changed: %1</source>
            <translation>Não foi possível alterar a opção de iniciar ao entrar no sistema: %1</translation>
        </message>
        <message>
            <source>The deleted routine was the bedtime routine; the bedtime routine is now “%1”.</source>
            <translation>A rotina excluída era a rotina antes de dormir; agora a rotina antes de dormir é “%1”.</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>Cramp Timer is now in your application menu (it may take a moment to appear). These files were written:</source>
            <translation>O Cramp Timer agora está no seu menu de aplicativos (pode levar um momento para aparecer). Estes arquivos foram criados:</translation>
        </message>
        <message>
            <source>Cramp Timer was taken out of your application menu. These files were removed:</source>
            <translation>O Cramp Timer foi retirado do seu menu de aplicativos. Estes arquivos foram removidos:</translation>
        </message>
        <message>
            <source>Cramp Timer was not in your application menu; nothing was removed.</source>
            <translation>O Cramp Timer não estava no seu menu de aplicativos; nada foi removido.</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Scroll with the arrow keys or Page Up and Page Down. Esc goes back.</source>
            <translation>Role a página com as setas ou com Page Up e Page Down. Esc volta.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>Voltar ao timer (Esc)</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Cramp diary</source>
            <translation>Diário de cãibras</translation>
        </message>
        <message>
            <source>Cramp diary history</source>
            <translation>Histórico do diário de cãibras</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ocultar esta mensagem</translation>
        </message>
        <message>
            <source>History pages</source>
            <translation>Páginas do histórico</translation>
        </message>
        <message>
            <source>&amp;Nights</source>
            <translation>&amp;Noites</translation>
        </message>
        <message>
            <source>&amp;Six weeks</source>
            <translation>&amp;Seis semanas</translation>
        </message>
        <message>
            <source>&amp;Is it helping?</source>
            <translation>Está a&amp;judando?</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>&amp;Excluir registro</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Excluir registro</translation>
        </message>
        <message>
            <source>Delete the chosen cramp entry (Delete key)</source>
            <translation>Excluir o registro de cãibra escolhido (tecla Delete)</translation>
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
            <translation>Salvar todos os registros de cãibra como arquivo de planilha</translation>
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
            <translation>Salvar um resumo para mostrar ao seu médico</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Nothing is in your diary yet.

Each time you use Cramp now or do the bedtime routine, that night shows up here.</source>
            <translation>Ainda não há nada no seu diário.

Cada vez que você usar Cãibra agora ou fizer a rotina antes de dormir, aquela noite aparece aqui.</translation>
        </message>
        <message>
            <source>Nights, newest first</source>
            <translation>Noites, mais recentes primeiro</translation>
        </message>
        <message>
            <source>The chosen night</source>
            <translation>A noite escolhida</translation>
        </message>
        <message>
            <source>Cramp entries of the chosen night</source>
            <translation>Registros de cãibra da noite escolhida</translation>
        </message>
        <message>
            <source>Bedtime routine and reminder</source>
            <translation>Rotina antes de dormir e lembrete</translation>
        </message>
        <message>
            <source>The last six weeks in figures</source>
            <translation>As últimas seis semanas em números</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine, in figures</source>
            <translation>Antes e depois de começar a rotina antes de dormir, em números</translation>
        </message>
        <message>
            <source>What these figures can and cannot say</source>
            <translation>O que estes números podem e não podem dizer</translation>
        </message>
        <message>
            <source>Your diary could not be read just now (%1). Nothing was changed.</source>
            <translation>Não foi possível ler seu diário agora (%1). Nada foi alterado.</translation>
        </message>
        <message>
            <source>This night could not be read (%1).</source>
            <translation>Não foi possível ler esta noite (%1).</translation>
        </message>
        <message>
            <source>Night of %1</source>
            <translation>Noite de %1</translation>
        </message>
        <message>
            <source>That entry had already been deleted.</source>
            <translation>Esse registro já tinha sido excluído.</translation>
        </message>
        <message>
            <source>The entry could not be deleted (%1). Your diary is as it was.</source>
            <translation>Não foi possível excluir o registro (%1). Seu diário continua como estava.</translation>
        </message>
        <message>
            <source>The entry was deleted.</source>
            <translation>O registro foi excluído.</translation>
        </message>
        <message>
            <source>Save the cramp diary as CSV</source>
            <translation>Salvar o diário de cãibras como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved to %1. Cramp entries in the file: %2.</source>
            <translation>Salvo em %1. Registros de cãibra no arquivo: %2.</translation>
        </message>
        <message>
            <source>Save a summary for your doctor as PDF</source>
            <translation>Salvar em PDF um resumo para o seu médico</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the summary to %1.</source>
            <translation>O resumo foi salvo em %1.</translation>
        </message>
        <message>
            <source>Saving to %1…</source>
            <translation>Salvando em %1…</translation>
        </message>
        <message>
            <source>The file %1 could not be saved: %2. Nothing in your diary was changed.</source>
            <translation>Não foi possível salvar o arquivo %1: %2. Nada foi alterado no seu diário.</translation>
        </message>
    </context>
    <context>
        <name>HistoryReport</name>
        <message>
            <source>Night cramps: a summary for your doctor</source>
            <translation>Cãibras noturnas: resumo para o seu médico</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sem nota</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Nome: %1</translation>
        </message>
        <message>
            <source>Nights from %1 to %2 (%3 nights). Made on %4.</source>
            <translation>Noites de %1 a %2 (%3 noites). Feito em %4.</translation>
        </message>
        <message>
            <source>A night runs from noon to noon and is named by the date on which it began.</source>
            <translation>Uma noite vai do meio-dia ao meio-dia seguinte e leva a data do dia em que começou.</translation>
        </message>
        <message>
            <source>Cramp Timer only records what happened; it does not diagnose anything. Please go through these figures with your doctor.</source>
            <extracomment>disclaimer for the doctor: the app only records, it does not diagnose; go through the figures with a doctor. Claim no accuracy.</extracomment>
            <translation>O Cramp Timer apenas registra o que aconteceu; ele não faz nenhum diagnóstico. Por favor, analise estes números com o seu médico.</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine</source>
            <translation>Antes e depois de começar a rotina antes de dormir</translation>
        </message>
        <message>
            <source>Nights compared</source>
            <translation>Noites comparadas</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Noites</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Cãibras</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>Cãibras por noite</translation>
        </message>
        <message>
            <source>Mean severity (0–10)</source>
            <translation>Intensidade média (0–10)</translation>
        </message>
        <message>
            <source>Bedtime routine: done on %1 of the %2 nights in this range.</source>
            <translation>Rotina antes de dormir: feita em %1 das %2 noites deste período.</translation>
        </message>
        <message>
            <source>Cramps per month</source>
            <translation>Cãibras por mês</translation>
        </message>
        <message>
            <source>Month (nights)</source>
            <translation>Mês (noites)</translation>
        </message>
        <message>
            <source>Cramps per week</source>
            <translation>Cãibras por semana</translation>
        </message>
        <message>
            <source>Week (nights)</source>
            <translation>Semana (noites)</translation>
        </message>
        <message>
            <source>Nights with cramps</source>
            <translation>Noites com cãibras</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>Rotina antes de dormir feita</translation>
        </message>
        <message>
            <source>All nights</source>
            <translation>Todas as noites</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>%1 of %2 nights</source>
            <translation>%1 de %2 noites</translation>
        </message>
        <message>
            <source>How bad the cramps were</source>
            <translation>Quanto as cãibras doeram</translation>
        </message>
        <message>
            <source>Rated after %1 of %2 cramps, from 0 (mild) to 10 (the worst): mean %3, lowest %4, highest %5.</source>
            <translation>Nota dada após %1 de %2 cãibras, de 0 (leve) a 10 (a pior): média %3, menor %4, maior %5.</translation>
        </message>
        <message>
            <source>No cramp was rated in these nights.</source>
            <translation>Nenhuma cãibra recebeu nota nestas noites.</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>O que ajudou</translation>
        </message>
        <message>
            <source>How the stretch ended</source>
            <translation>Como o alongamento terminou</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>Aliviou com o alongamento</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>Ainda com cãibra depois do alongamento</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>Alongamento interrompido antes do fim</translation>
        </message>
        <message>
            <source>Not finished (app closed)</source>
            <translation>Não terminado (aplicativo fechado)</translation>
        </message>
        <message>
            <source>Care afterwards</source>
            <translation>Cuidados depois</translation>
        </message>
        <message>
            <source>Times used</source>
            <translation>Vezes usado</translation>
        </message>
        <message>
            <source>Minutes in all</source>
            <translation>Minutos no total</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>heading: use the same words as the app's Warning signs page.</extracomment>
            <translation>Sinais de alerta</translation>
        </message>
        <message>
            <source>The advice on warning signs (swelling, redness, warmth, or pain that stretching does not ease) was shown %1 times: %2.</source>
            <extracomment>keep the four signs as listed; the advice was shown, which is not a clot or a diagnosis. %1 is a count, %2 the dates.</extracomment>
            <translation>A orientação sobre sinais de alerta (inchaço, vermelhidão, calor ou dor que o alongamento não alivia) foi mostrada %1 vezes: %2.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>e mais %1</translation>
        </message>
        <message>
            <source>The advice on warning signs was not shown in these nights.</source>
            <extracomment>only says the advice was not shown; must not imply the legs are healthy or there was no risk.</extracomment>
            <translation>A orientação sobre sinais de alerta não foi mostrada nestas noites.</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>não terminado</translation>
        </message>
        <message>
            <source>eased with stretching</source>
            <translation>aliviou com o alongamento</translation>
        </message>
        <message>
            <source>still cramping</source>
            <translation>ainda com cãibra</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>interrompido antes do fim</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>left</source>
            <translation>esquerda</translation>
        </message>
        <message>
            <source>right</source>
            <translation>direita</translation>
        </message>
        <message>
            <source>both</source>
            <translation>ambas</translation>
        </message>
        <message>
            <source>Every cramp in this range</source>
            <translation>Todas as cãibras deste período</translation>
        </message>
        <message>
            <source>No cramp was recorded in these nights.</source>
            <translation>Nenhuma cãibra foi registrada nestas noites.</translation>
        </message>
        <message>
            <source>Night of</source>
            <translation>Noite de</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Perna</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Intensidade</translation>
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
            <translation>rotina feita</translation>
        </message>
        <message>
            <source>routine partly done</source>
            <translation>rotina feita em parte</translation>
        </message>
        <message>
            <source>routine stopped</source>
            <translation>rotina interrompida</translation>
        </message>
        <message>
            <source>routine not finished</source>
            <translation>rotina não terminada</translation>
        </message>
        <message>
            <source>no routine</source>
            <translation>sem rotina</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>pulado</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>adiado</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>perdido</translation>
        </message>
        <message>
            <source>started the routine</source>
            <translation>começou a rotina</translation>
        </message>
        <message>
            <source>Cramps: %1</source>
            <translation>Cãibras: %1</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>intensidade %1</translation>
        </message>
        <message>
            <source>No cramps</source>
            <translation>Sem cãibras</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>sinais de alerta</translation>
        </message>
        <message>
            <source>Not finished (the app was closed during the stretch)</source>
            <translation>Não terminado (o aplicativo foi fechado durante o alongamento)</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>Aliviou com o alongamento</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>Ainda com cãibra depois do alongamento</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>Alongamento interrompido antes do fim</translation>
        </message>
        <message>
            <source>Rounds: %1</source>
            <translation>Rodadas: %1</translation>
        </message>
        <message>
            <source>stretched %1</source>
            <translation>alongou por %1</translation>
        </message>
        <message>
            <source>severity %1 of 10</source>
            <translation>intensidade %1 de 10</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>perna esquerda</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>perna direita</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>as duas pernas</translation>
        </message>
        <message>
            <source>Afterwards: %1</source>
            <translation>Depois: %1</translation>
        </message>
        <message>
            <source>The advice on warning signs was shown.</source>
            <translation>A orientação sobre sinais de alerta foi mostrada.</translation>
        </message>
        <message>
            <source>No cramps this night.</source>
            <translation>Nenhuma cãibra nesta noite.</translation>
        </message>
        <message>
            <source>started, not finished</source>
            <translation>iniciada, não terminada</translation>
        </message>
        <message>
            <source>done</source>
            <translation>feita</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>feita em parte</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>interrompida</translation>
        </message>
        <message>
            <source>Bedtime routine at %1: %2 (%3)</source>
            <translation>Rotina antes de dormir às %1: %2 (%3)</translation>
        </message>
        <message>
            <source>No bedtime routine this night.</source>
            <translation>Nenhuma rotina antes de dormir nesta noite.</translation>
        </message>
        <message>
            <source>Reminder: %1</source>
            <translation>Lembrete: %1</translation>
        </message>
        <message>
            <source>No night of the last six weeks has a rating.</source>
            <translation>Nenhuma noite das últimas seis semanas tem nota.</translation>
        </message>
        <message>
            <source>Rated nights: %1 of %2; their mean severity: %3 of 10.</source>
            <translation>Noites com nota: %1 de %2; intensidade média delas: %3 de 10.</translation>
        </message>
        <message>
            <source>Nothing was recorded in the last six weeks.</source>
            <translation>Nada foi registrado nas últimas seis semanas.</translation>
        </message>
        <message>
            <source>Last six weeks: %1 cramps on %2 of %3 nights; bedtime routine done on %4 nights.</source>
            <translation>Últimas seis semanas: %1 cãibras em %2 de %3 noites; rotina antes de dormir feita em %4 noites.</translation>
        </message>
        <message>
            <source>Times the advice on warning signs was shown: %1.</source>
            <translation>Vezes em que a orientação sobre sinais de alerta foi mostrada: %1.</translation>
        </message>
        <message>
            <source>Name on the summary</source>
            <translation>Nome no resumo</translation>
        </message>
        <message>
            <source>A name to print on the summary (you may leave it empty):</source>
            <translation>Um nome para imprimir no resumo (pode deixar em branco):</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>Excluir este registro?</translation>
        </message>
        <message>
            <source>Delete the cramp entry of %1 at %2?</source>
            <translation>Excluir o registro de cãibra de %1 às %2?</translation>
        </message>
        <message>
            <source>It cannot be brought back.</source>
            <translation>Não será possível recuperá-lo.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>Excluir o registro</translation>
        </message>
        <message>
            <source>Chart: cramps per night, last six weeks</source>
            <translation>Gráfico: cãibras por noite, últimas seis semanas</translation>
        </message>
        <message>
            <source>Cramps per night</source>
            <translation>Cãibras por noite</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Cãibras</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>Rotina antes de dormir feita</translation>
        </message>
        <message>
            <source>Chart: mean severity per night, last six weeks</source>
            <translation>Gráfico: intensidade média por noite, últimas seis semanas</translation>
        </message>
        <message>
            <source>Mean severity, 0 to 10</source>
            <translation>Intensidade média, de 0 a 10</translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A guided stretch is running</source>
            <translation>Um alongamento guiado está em andamento</translation>
        </message>
        <message>
            <source>A heat, cold or massage timer is running</source>
            <translation>Um timer de calor, frio ou massagem está em andamento</translation>
        </message>
        <message>
            <source>The bedtime routine is running</source>
            <translation>A rotina antes de dormir está em andamento</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cramp now</source>
            <translation>Cãibra agora</translation>
        </message>
        <message>
            <source>Start a guided calf stretch</source>
            <translation>Começar um alongamento guiado da panturrilha</translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ocultar esta mensagem</translation>
        </message>
        <message>
            <source>Bedtime reminder</source>
            <translation>Lembrete da hora de dormir</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Começar agora</translation>
        </message>
        <message>
            <source>Start the bedtime routine now</source>
            <translation>Começar agora a rotina antes de dormir</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <source>Remind me a little later</source>
            <translation>Lembrar um pouco mais tarde</translation>
        </message>
        <message>
            <source>Snooze the reminder</source>
            <translation>Adiar o lembrete</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Pular esta noite</translation>
        </message>
        <message>
            <source>No routine tonight</source>
            <translation>Sem rotina esta noite</translation>
        </message>
        <message>
            <source>Starts a spoken, guided calf stretch. Space or Enter also starts it.</source>
            <translation>Começa um alongamento da panturrilha guiado por voz. Espaço ou Enter também começam.</translation>
        </message>
        <message>
            <source>Tap the button or press Space</source>
            <translation>Toque no botão ou aperte Espaço</translation>
        </message>
        <message>
            <source>&amp;Bedtime routine</source>
            <translation>&amp;Rotina antes de dormir</translation>
        </message>
        <message>
            <source>The evening stretches that can make cramps rarer</source>
            <translation>Os alongamentos da noite que podem tornar as cãibras mais raras</translation>
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation>&amp;Sinais de alerta</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor</source>
            <translation>Quando uma cãibra precisa de médico</translation>
        </message>
        <message>
            <source>&amp;Tips</source>
            <translation>&amp;Dicas</translation>
        </message>
        <message>
            <source>Fewer cramps: what helps</source>
            <translation>Menos cãibras: o que ajuda</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Histórico</translation>
        </message>
        <message>
            <source>Your cramp diary, charts and export</source>
            <translation>Seu diário de cãibras, gráficos e exportação</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configurações</translation>
        </message>
        <message>
            <source>Hold time, stretch, voice, timers</source>
            <translation>Tempo de segurar, alongamento, voz, timers</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Mais</translation>
        </message>
        <message>
            <source>Routines, check setup, welcome, about</source>
            <translation>Rotinas, verificar instalação, boas-vindas, sobre</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajuda</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mais</translation>
        </message>
        <message>
            <source>&amp;Routines…</source>
            <translation>&amp;Rotinas…</translation>
        </message>
        <message>
            <source>&amp;Check setup…</source>
            <translation>&amp;Verificar instalação…</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>&amp;Boas-vindas</translation>
        </message>
        <message>
            <source>Warning &amp;signs</source>
            <translation>Sinais de a&amp;lerta</translation>
        </message>
        <message>
            <source>&amp;Dim the screen (D)</source>
            <translation>&amp;Escurecer a tela (D)</translation>
        </message>
        <message>
            <source>&amp;About Cramp Timer</source>
            <translation>&amp;Sobre o Cramp Timer</translation>
        </message>
        <message>
            <source>About Cramp Timer</source>
            <translation>Sobre o Cramp Timer</translation>
        </message>
        <message>
            <source>Cramp Timer %1

Talks you through a night-time calf cramp and reminds you to stretch at bedtime. Self-care help, not a diagnosis. Everything stays on this computer.</source>
            <translation>Cramp Timer %1

Guia você durante uma cãibra noturna na panturrilha e lembra você de alongar na hora de dormir. Ajuda para o autocuidado, não um diagnóstico. Tudo fica neste computador.</translation>
        </message>
        <message>
            <source>Voices: Piper (GPL-3.0-or-later) with its English voice "joe" (recordings free to use, CC0; built on the lessac voice), and espeak-ng (GPL-3.0-or-later). More in docs/voices.md.</source>
            <translation>Vozes: Piper (GPL-3.0-or-later) com sua voz em inglês "joe" (gravações de uso livre, CC0; baseada na voz lessac) e espeak-ng (GPL-3.0-or-later). Mais informações em docs/voices.md.</translation>
        </message>
    </context>
    <context>
        <name>NightBar</name>
        <message>
            <source>Time of day</source>
            <translation>Hora do dia</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>Volume da voz</translation>
        </message>
        <message>
            <source>Speak more quietly (− key)</source>
            <translation>Falar mais baixo (tecla −)</translation>
        </message>
        <message>
            <source>− Quieter</source>
            <translation>− Mais baixo</translation>
        </message>
        <message>
            <source>Speak louder (+ key)</source>
            <translation>Falar mais alto (tecla +)</translation>
        </message>
        <message>
            <source>+ Louder</source>
            <translation>+ Mais alto</translation>
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
            <translation>0 é sem dor, 10 é a pior dor que você pode imaginar. As teclas 0 a 9 também funcionam; 1 e depois 0 é 10.</translation>
        </message>
        <message>
            <source>%1 of 10. Kept in a few seconds, or press Done now.</source>
            <translation>%1 de 10. A nota fica guardada em alguns segundos, ou aperte Pronto agora.</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>Cãibra agora</translation>
        </message>
        <message>
            <source>A new cramp: start the stretch</source>
            <translation>Uma nova cãibra: começar o alongamento</translation>
        </message>
        <message>
            <source>Round number, or which timer runs</source>
            <translation>Número da rodada, ou qual timer está correndo</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>O que fazer agora</translation>
        </message>
        <message>
            <source>Spoken words</source>
            <translation>Palavras faladas</translation>
        </message>
        <message>
            <source>Who prescribed this routine, and their note</source>
            <translation>Quem prescreveu esta rotina, e a observação</translation>
        </message>
        <message>
            <source>Where the routine is</source>
            <translation>Em que ponto está a rotina</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Pause or resume (P or Space)</source>
            <translation>Pausar ou continuar (P ou Espaço)</translation>
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
            <translation>Pular</translation>
        </message>
        <message>
            <source>On to the next stretch (S)</source>
            <translation>Ir para o próximo alongamento (S)</translation>
        </message>
        <message>
            <source>Skip to the next stretch</source>
            <translation>Pular para o próximo alongamento</translation>
        </message>
        <message>
            <source>Not a cramp</source>
            <translation>Não é cãibra</translation>
        </message>
        <message>
            <source>A mistaken press: stop, and nothing goes in the diary (Esc)</source>
            <translation>Apertou sem querer: parar, e nada vai para o diário (Esc)</translation>
        </message>
        <message>
            <source>Round number</source>
            <translation>Número da rodada</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Sinais de alerta</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <source>How is the cramp now?</source>
            <translation>Como está a cãibra agora?</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>Melhorou</translation>
        </message>
        <message>
            <source>The cramp has eased (B)</source>
            <translation>A cãibra aliviou (B)</translation>
        </message>
        <message>
            <source>Still cramping — again</source>
            <translation>Ainda com cãibra — de novo</translation>
        </message>
        <message>
            <source>Another round of the same stretch (A or Space)</source>
            <translation>Mais uma rodada do mesmo alongamento (A ou Espaço)</translation>
        </message>
        <message>
            <source>Heat or massage instead</source>
            <translation>Calor ou massagem, em vez disso</translation>
        </message>
        <message>
            <source>Try warmth or a massage instead of stretching</source>
            <translation>Tentar calor ou massagem em vez de alongar</translation>
        </message>
        <message>
            <source>End without an answer (Esc)</source>
            <translation>Encerrar sem responder (Esc)</translation>
        </message>
        <message>
            <source>Anything else for the sore calf?</source>
            <translation>Mais alguma coisa para a panturrilha dolorida?</translation>
        </message>
        <message>
            <source>Why only cold is offered</source>
            <translation>Por que só o frio é oferecido</translation>
        </message>
        <message>
            <source>After the warning signs: no heat and no massage. Cold only once the cramp has passed.</source>
            <extracomment>after the warning signs: must say no heat and no massage, and cold only once the cramp has passed. Add no reason.</extracomment>
            <translation>Depois dos sinais de alerta: sem calor e sem massagem. Frio só depois que a cãibra passar.</translation>
        </message>
        <message>
            <source>No, I'm done</source>
            <translation>Não, terminei</translation>
        </message>
        <message>
            <source>Finish and rate the cramp (Space)</source>
            <translation>Terminar e dar nota à cãibra (Espaço)</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Lembrete</translation>
        </message>
        <message>
            <source>How often you were reminded</source>
            <translation>Quantas vezes você foi lembrado</translation>
        </message>
        <message>
            <source>It is off</source>
            <translation>Está desligada</translation>
        </message>
        <message>
            <source>The heating pad is off (Space)</source>
            <translation>A almofada térmica está desligada (Espaço)</translation>
        </message>
        <message>
            <source>How bad was it?</source>
            <translation>Quanto doeu?</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Rate the cramp %1 of 10</source>
            <translation>Dar nota %1 de 10 à cãibra</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>%1 de 10</translation>
        </message>
        <message>
            <source>Which leg</source>
            <translation>Qual perna</translation>
        </message>
        <message>
            <source>Which leg? (if you like)</source>
            <translation>Qual perna? (se quiser)</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Esquerda</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Perna esquerda</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Direita</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Perna direita</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambas</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>As duas pernas</translation>
        </message>
        <message>
            <source>The cramp was in this leg</source>
            <translation>A cãibra foi nesta perna</translation>
        </message>
        <message>
            <source>No rating this time (Esc)</source>
            <translation>Sem nota desta vez (Esc)</translation>
        </message>
        <message>
            <source>Skip the rating</source>
            <translation>Pular a nota</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>Keep this rating now (Enter)</source>
            <translation>Guardar esta nota agora (Enter)</translation>
        </message>
        <message>
            <source>Done rating</source>
            <translation>Nota concluída</translation>
        </message>
        <message>
            <source>It was a mistaken press: nothing goes in the diary</source>
            <translation>Foi um toque sem querer: nada vai para o diário</translation>
        </message>
        <message>
            <source>Reminded %1 times</source>
            <translation>Lembretes: %1</translation>
        </message>
        <message numerus="yes">
            <source>Round %n</source>
            <translation>
                <numerusform>Rodada %n</numerusform>
                <numerusform>Rodada %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Another round of the same stretch (A)</source>
            <translation>Mais uma rodada do mesmo alongamento (A)</translation>
        </message>
        <message>
            <source>A new cramp? Is the heating pad off?</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>Uma nova cãibra? A almofada térmica está desligada?</translation>
        </message>
        <message>
            <source>Yes, it is off: stretch</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>Sim, está desligada: alongar</translation>
        </message>
        <message>
            <source>Heat stopped.
Please switch the heating pad off.</source>
            <extracomment>safety: the heat was stopped; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>O calor foi interrompido.
Por favor, desligue a almofada térmica.</translation>
        </message>
        <message>
            <source>Time is up.
Please switch the heating pad off.</source>
            <extracomment>safety: heat time is over; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>O tempo acabou.
Por favor, desligue a almofada térmica.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <source>Prescribed by %1</source>
            <translation>Prescrita por %1</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Start now</source>
            <translation>Começar agora</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Pular esta noite</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter the PIN to change the settings.</source>
            <translation>Digite o PIN para alterar as configurações.</translation>
        </message>
        <message>
            <source>Enter the PIN to change the routines.</source>
            <translation>Digite o PIN para alterar as rotinas.</translation>
        </message>
        <message>
            <source>Enter the PIN to import routines.</source>
            <translation>Digite o PIN para importar rotinas.</translation>
        </message>
        <message>
            <source>Enter the PIN to delete from the diary.</source>
            <translation>Digite o PIN para excluir do diário.</translation>
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation>Digite o PIN.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation>Digite o PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 a 8 dígitos</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>Por que o PIN não foi aceito</translation>
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
            <translation>Você já pode tentar de novo.</translation>
        </message>
    </context>
    <context>
        <name>PinSettingsDialog</name>
        <message>
            <source>PIN lock</source>
            <translation>Bloqueio por PIN</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>PIN atual</translation>
        </message>
        <message>
            <source>&amp;Current PIN</source>
            <translation>PIN a&amp;tual</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Novo PIN</translation>
        </message>
        <message>
            <source>&amp;New PIN</source>
            <translation>&amp;Novo PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Confirmar novo PIN</translation>
        </message>
        <message>
            <source>New PIN &amp;again</source>
            <translation>&amp;Confirmar novo PIN</translation>
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation>&amp;Definir PIN</translation>
        </message>
        <message>
            <source>&amp;Remove PIN</source>
            <translation>&amp;Remover PIN</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation>Há um PIN definido.</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>Nenhum PIN definido.</translation>
        </message>
        <message>
            <source>&amp;Change PIN</source>
            <translation>&amp;Alterar PIN</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>Os dois PINs novos não são iguais.</translation>
        </message>
        <message>
            <source>The PIN is set. Keep it somewhere safe.</source>
            <translation>O PIN foi definido. Guarde-o em um lugar seguro.</translation>
        </message>
        <message>
            <source>The PIN was removed. Nothing is locked now.</source>
            <translation>O PIN foi removido. Nada está bloqueado agora.</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>Voltar ao timer (Esc)</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rotinas</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>Editor de rotinas</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nova</translation>
        </message>
        <message>
            <source>Make a new routine</source>
            <translation>Criar uma nova rotina</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nova rotina</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>Copy this routine, to change the copy</source>
            <translation>Copiar esta rotina, para alterar a cópia</translation>
        </message>
        <message>
            <source>Duplicate routine</source>
            <translation>Duplicar rotina</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>Reno&amp;mear</translation>
        </message>
        <message>
            <source>Give this routine a new name</source>
            <translation>Dar um novo nome a esta rotina</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Renomear rotina</translation>
        </message>
        <message>
            <source>Dele&amp;te</source>
            <translation>Exc&amp;luir</translation>
        </message>
        <message>
            <source>Delete this routine</source>
            <translation>Excluir esta rotina</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>Excluir rotina</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Add routines from a routine file</source>
            <translation>Adicionar rotinas de um arquivo de rotinas</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save routines to a file for another computer</source>
            <translation>Salvar rotinas em um arquivo para outro computador</translation>
        </message>
        <message>
            <source>This routine…</source>
            <translation>Esta rotina…</translation>
        </message>
        <message>
            <source>All my routines…</source>
            <translation>Todas as minhas rotinas…</translation>
        </message>
        <message>
            <source>&amp;Run now</source>
            <translation>Começar a&amp;gora</translation>
        </message>
        <message>
            <source>Start this routine now</source>
            <translation>Começar esta rotina agora</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it to make your own version.</source>
            <translation>Esta rotina vem com o Cramp Timer e não pode ser alterada. Duplique-a para criar a sua própria versão.</translation>
        </message>
        <message>
            <source>Prescribed by</source>
            <translation>Prescrita por</translation>
        </message>
        <message>
            <source>for example: Dr. Ames, physiotherapist</source>
            <translation>por exemplo: Dra. Ames, fisioterapeuta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>&amp;Prescribed by</source>
            <translation>&amp;Prescrita por</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>&amp;Observação</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Passos</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move a step, Insert adds one, Delete removes it.</source>
            <translation>Alt+Seta para cima e Alt+Seta para baixo movem um passo, Insert adiciona um, Delete o remove.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Passo</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Segurar</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Vezes</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>&amp;Adicionar passo</translation>
        </message>
        <message>
            <source>Add a step below this one (Insert)</source>
            <translation>Adicionar um passo abaixo deste (Insert)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Remo&amp;ver</translation>
        </message>
        <message>
            <source>Remove this step (Delete)</source>
            <translation>Remover este passo (Delete)</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Remover passo</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Mover para &amp;cima</translation>
        </message>
        <message>
            <source>Move this step up (Alt+Up)</source>
            <translation>Mover este passo para cima (Alt+Seta para cima)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Mover para &amp;baixo</translation>
        </message>
        <message>
            <source>Move this step down (Alt+Down)</source>
            <translation>Mover este passo para baixo (Alt+Seta para baixo)</translation>
        </message>
        <message>
            <source>Step name</source>
            <translation>Nome do passo</translation>
        </message>
        <message>
            <source>Spoken instruction</source>
            <translation>Instrução falada</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Perna</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>Segurar (segundos)</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Repetições</translation>
        </message>
        <message>
            <source>Rest between (seconds)</source>
            <translation>Descanso entre (segundos)</translation>
        </message>
        <message>
            <source>&amp;Step name</source>
            <translation>Nom&amp;e do passo</translation>
        </message>
        <message>
            <source>Le&amp;g</source>
            <translation>Pe&amp;rna</translation>
        </message>
        <message>
            <source>Ho&amp;ld (seconds)</source>
            <translation>Seg&amp;urar (segundos)</translation>
        </message>
        <message>
            <source>R&amp;epetitions</source>
            <translation>Repe&amp;tições</translation>
        </message>
        <message>
            <source>Rest &amp;between (seconds)</source>
            <translation>De&amp;scanso entre (segundos)</translation>
        </message>
        <message>
            <source>Spea&amp;k this step</source>
            <translation>&amp;Falar este passo</translation>
        </message>
        <message>
            <source>Hear how this step will be said</source>
            <translation>Ouvir como este passo será falado</translation>
        </message>
        <message>
            <source>Why this value was refused</source>
            <translation>Por que este valor foi recusado</translation>
        </message>
        <message>
            <source>%1 (built in, read-only)</source>
            <translation>%1 (do aplicativo, somente leitura)</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Passo %1: %2</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Nome da rotina</translation>
        </message>
        <message>
            <source>Delete this routine?</source>
            <translation>Excluir esta rotina?</translation>
        </message>
        <message>
            <source>Delete the routine “%1”? This cannot be undone.</source>
            <translation>Excluir a rotina “%1”? Isso não pode ser desfeito.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>Importar rotinas</translation>
        </message>
        <message>
            <source>Routine files (*.json);;All files (*)</source>
            <translation>Arquivos de rotina (*.json);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Export routines</source>
            <translation>Exportar rotinas</translation>
        </message>
        <message>
            <source>Routine files (*.json)</source>
            <translation>Arquivos de rotina (*.json)</translation>
        </message>
        <message>
            <source>Name already taken</source>
            <translation>Nome já usado</translation>
        </message>
        <message numerus="yes">
            <source>You already have a routine called %1. Keep both (the new one gets another name) or replace yours with the one from the file?</source>
            <translation>
                <numerusform>Você já tem uma rotina chamada %1. Manter as duas (a nova recebe outro nome) ou substituir a sua pela do arquivo?</numerusform>
                <numerusform>Você já tem rotinas chamadas %1. Manter as duas versões (as novas recebem outros nomes) ou substituir as suas pelas do arquivo?</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Manter as duas</translation>
        </message>
        <message>
            <source>Replace mine</source>
            <translation>Substituir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Your routines were changed from outside; this is the latest list.</source>
            <translation>Suas rotinas foram alteradas fora do programa; esta é a lista mais recente.</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>Nome da nova rotina:</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Minha rotina</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Nome da cópia:</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nada foi importado.</translation>
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation>Nada foi importado:</translation>
        </message>
        <message>
            <source>Saved the routine to %1.</source>
            <translation>A rotina foi salva em %1.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n routines to %1.</source>
            <translation>
                <numerusform>%n rotina foi salva em %1.</numerusform>
                <numerusform>%n rotinas foram salvas em %1.</numerusform>
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
            <translation>FALHA</translation>
        </message>
        <message>
            <source>Cramp Timer {version}: checking this computer</source>
            <translation>Cramp Timer {version}: verificando este computador</translation>
        </message>
        <message>
            <source>fix: {fix}</source>
            <translation>como corrigir: {fix}</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job</source>
            <translation>O Cramp Timer pode fazer o seu trabalho</translation>
        </message>
        <message>
            <source>Cramp Timer cannot work yet: fix the FAIL lines</source>
            <translation>O Cramp Timer ainda não pode funcionar: corrija as linhas FALHA</translation>
        </message>
        <message>
            <source>{verdict} ({failures} failed, {warnings} warnings, {seconds:.1f} s).</source>
            <translation>{verdict} ({failures} falhas, {warnings} avisos, {seconds:.1f} s).</translation>
        </message>
        <message>
            <source>Qt platform</source>
            <translation>Plataforma Qt</translation>
        </message>
        <message>
            <source>the Qt check could not be started ({error})</source>
            <translation>não foi possível iniciar a verificação do Qt ({error})</translation>
        </message>
        <message>
            <source>Reinstall Cramp Timer.</source>
            <translation>Reinstale o Cramp Timer.</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds:.0f} s</source>
            <translation>o Qt não iniciou em até {seconds:.0f} s</translation>
        </message>
        <message>
            <source>Run cramp-timer from a terminal in your desktop session and look at what it prints.</source>
            <translation>Execute cramp-timer em um terminal na sua sessão da área de trabalho e veja o que ele mostra.</translation>
        </message>
        <message>
            <source>the Qt check gave no answer</source>
            <translation>a verificação do Qt não deu resposta</translation>
        </message>
        <message>
            <source>not checked, because Qt did not start</source>
            <translation>não verificado, porque o Qt não iniciou</translation>
        </message>
        <message>
            <source>Fix the Qt platform first.</source>
            <translation>Corrija primeiro a plataforma Qt.</translation>
        </message>
        <message>
            <source>System tray</source>
            <translation>Bandeja do sistema</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Notificações</translation>
        </message>
        <message>
            <source>{platform} (Qt {qt}, screens: {screens})</source>
            <translation>{platform} (Qt {qt}, telas: {screens})</translation>
        </message>
        <message>
            <source>{found}: windows are drawn off screen, nothing will be visible</source>
            <translation>{found}: as janelas são desenhadas fora da tela, nada ficará visível</translation>
        </message>
        <message>
            <source>Unset QT_QPA_PLATFORM to see the window on your desktop.</source>
            <translation>Remova a variável QT_QPA_PLATFORM (unset) para ver a janela na sua área de trabalho.</translation>
        </message>
        <message>
            <source>available</source>
            <translation>disponível</translation>
        </message>
        <message>
            <source>no system tray here, so there is no tray icon; the window and cramp-timer --now still work</source>
            <translation>não há bandeja do sistema aqui, então não há ícone na bandeja; a janela e cramp-timer --now continuam funcionando</translation>
        </message>
        <message>
            <source>Add a system tray (status icons) area to your desktop panel.</source>
            <translation>Adicione uma área de bandeja do sistema (ícones de status) ao painel da sua área de trabalho.</translation>
        </message>
        <message>
            <source>a notification service answers on the session D-Bus</source>
            <translation>um serviço de notificações responde no D-Bus da sessão</translation>
        </message>
        <message>
            <source>no session D-Bus ({error}); reminders can only show in the window</source>
            <translation>sem D-Bus da sessão ({error}); os lembretes só podem aparecer na janela</translation>
        </message>
        <message>
            <source>no notification service on the session D-Bus; reminders can only show in the window</source>
            <translation>nenhum serviço de notificações no D-Bus da sessão; os lembretes só podem aparecer na janela</translation>
        </message>
        <message>
            <source>Start Cramp Timer in a full desktop session, which provides notifications.</source>
            <translation>Inicie o Cramp Timer em uma sessão completa da área de trabalho, que ofereça notificações.</translation>
        </message>
        <message>
            <source>cannot reach the display {display}</source>
            <translation>não é possível acessar o display {display}</translation>
        </message>
        <message>
            <source>no display: DISPLAY and WAYLAND_DISPLAY are not set</source>
            <translation>sem display: DISPLAY e WAYLAND_DISPLAY não estão definidas</translation>
        </message>
        <message>
            <source>Start Cramp Timer from inside your desktop session (not over ssh), or try it without one: xvfb-run -a cramp-timer.</source>
            <translation>Inicie o Cramp Timer de dentro da sua sessão da área de trabalho (não por ssh), ou teste sem uma: xvfb-run -a cramp-timer.</translation>
        </message>
        <message>
            <source>a library Qt needs is missing: {detail}</source>
            <translation>falta uma biblioteca de que o Qt precisa: {detail}</translation>
        </message>
        <message>
            <source>Install it: sudo apt install libxcb-cursor0</source>
            <translation>Instale-a: sudo apt install libxcb-cursor0</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>sem mensagem</translation>
        </message>
        <message>
            <source>Qt could not start: {detail}</source>
            <translation>o Qt não conseguiu iniciar: {detail}</translation>
        </message>
        <message>
            <source>Run QT_DEBUG_PLUGINS=1 cramp-timer --self-check to see which library is missing, then install it.</source>
            <translation>Execute QT_DEBUG_PLUGINS=1 cramp-timer --self-check para ver qual biblioteca falta e depois instale-a.</translation>
        </message>
        <message>
            <source>Speech</source>
            <translation>Fala</translation>
        </message>
        <message>
            <source>Cramp Timer is ready.</source>
            <translation>O Cramp Timer está pronto.</translation>
        </message>
        <message>
            <source>no voice ({reason}); cues are shown as captions, with a chime</source>
            <translation>sem voz ({reason}); as instruções aparecem como legendas, com um sinal sonoro</translation>
        </message>
        <message>
            <source>Install the speech engine: sudo apt install espeak-ng</source>
            <translation>Instale o mecanismo de fala: sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>the speech helper did not start within {seconds:.0f} s{more}</source>
            <translation>o auxiliar de fala não iniciou em até {seconds:.0f} s{more}</translation>
        </message>
        <message>
            <source>Reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>Reinstale o espeak-ng: sudo apt install --reinstall espeak-ng</translation>
        </message>
        <message>
            <source>Install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>Instale as vozes do espeak-ng: sudo apt install espeak-ng-data</translation>
        </message>
        <message>
            <source>{why}; a test phrase became {seconds:.1f} s of espeak-ng speech</source>
            <translation>{why}; uma frase de teste virou {seconds:.1f} s de fala do espeak-ng</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase was not ready within {timeout:.0f} s; the first cues may come late</source>
            <translation>{engine} ({voices} vozes), mas uma frase de teste não ficou pronta em até {timeout:.0f} s; as primeiras instruções podem atrasar</translation>
        </message>
        <message>
            <source>Run the check again when the computer is less busy.</source>
            <translation>Faça a verificação de novo quando o computador estiver menos ocupado.</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase gave no sound{more}</source>
            <translation>{engine} ({voices} vozes), mas uma frase de teste não produziu som{more}</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices); a test phrase became {seconds:.1f} s of speech</source>
            <translation>{engine} ({voices} vozes); uma frase de teste virou {seconds:.1f} s de fala</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Som</translation>
        </message>
        <message>
            <source>{player} is missing, so no voice or chime can be played; cues are still shown as captions</source>
            <translation>{player} está faltando, então nenhuma voz ou sinal sonoro pode ser tocado; as instruções continuam aparecendo como legendas</translation>
        </message>
        <message>
            <source>Install it: sudo apt install alsa-utils</source>
            <translation>Instale-o: sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>{player} plays through the sound server {server}</source>
            <translation>{player} toca pelo servidor de som {server}</translation>
        </message>
        <message>
            <source>{player} plays through the sound server at {socket}</source>
            <translation>{player} toca pelo servidor de som em {socket}</translation>
        </message>
        <message>
            <source>{player} plays to the sound card {card}</source>
            <translation>{player} toca na placa de som {card}</translation>
        </message>
        <message>
            <source>no sound server or sound card answered, so cues may be silent; captions still show</source>
            <translation>nenhum servidor de som ou placa de som respondeu, então as instruções podem ficar sem som; as legendas continuam aparecendo</translation>
        </message>
        <message>
            <source>Check that your speakers are on, or install a sound server: sudo apt install pulseaudio</source>
            <translation>Verifique se os alto-falantes estão ligados, ou instale um servidor de som: sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>Chinese font</source>
            <translation>Fonte para chinês</translation>
        </message>
        <message>
            <source>fc-list is missing, so the fonts were not checked</source>
            <translation>o fc-list está faltando, então as fontes não foram verificadas</translation>
        </message>
        <message>
            <source>Install it: sudo apt install fontconfig</source>
            <translation>Instale-o: sudo apt install fontconfig</translation>
        </message>
        <message>
            <source>fc-list did not answer, so the fonts were not checked</source>
            <translation>o fc-list não respondeu, então as fontes não foram verificadas</translation>
        </message>
        <message>
            <source>Reinstall it: sudo apt install --reinstall fontconfig</source>
            <translation>Reinstale-o: sudo apt install --reinstall fontconfig</translation>
        </message>
        <message>
            <source>{font} draws Chinese text</source>
            <translation>{font} mostra texto em chinês</translation>
        </message>
        <message>
            <source>no font for Chinese is installed, so Chinese text would show as empty boxes (needed only for 简体中文)</source>
            <translation>nenhuma fonte para chinês está instalada, então o texto em chinês apareceria como quadrados vazios (necessária só para 简体中文)</translation>
        </message>
        <message>
            <source>Install one: sudo apt install fonts-wqy-microhei</source>
            <translation>Instale uma: sudo apt install fonts-wqy-microhei</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>Pasta de configurações</translation>
        </message>
        <message>
            <source>Diary folder</source>
            <translation>Pasta do diário</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Pasta de cache</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Pasta de logs</translation>
        </message>
        <message>
            <source>{folder} cannot be used: {reason}</source>
            <translation>{folder} não pode ser usada: {reason}</translation>
        </message>
        <message>
            <source>Set XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME to folders you own.</source>
            <translation>Defina XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME e XDG_STATE_HOME como pastas que sejam suas.</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} não é uma pasta</translation>
        </message>
        <message>
            <source>Move it out of the way: mv {folder} {folder}.old</source>
            <translation>Tire-a do caminho: mv {folder} {folder}.old</translation>
        </message>
        <message>
            <source>{path} belongs to {owner}</source>
            <translation>{path} pertence a {owner}</translation>
        </message>
        <message>
            <source>you cannot write in {path}</source>
            <translation>você não pode gravar em {path}</translation>
        </message>
        <message>
            <source>others can open {path} (mode {mode:04o})</source>
            <translation>outros podem abrir {path} (modo {mode:04o})</translation>
        </message>
        <message>
            <source>you cannot write {path}</source>
            <translation>você não pode gravar {path}</translation>
        </message>
        <message>
            <source>others can read {path} (mode {mode:04o})</source>
            <translation>outros podem ler {path} (modo {mode:04o})</translation>
        </message>
        <message>
            <source>{folder} (private)</source>
            <translation>{folder} (privada)</translation>
        </message>
        <message>
            <source>{folder} cannot be made, because {blocker} is a file, not a folder</source>
            <translation>{folder} não pode ser criada, porque {blocker} é um arquivo, não uma pasta</translation>
        </message>
        <message>
            <source>Move the file out of the way: mv {blocker} {blocker}.old</source>
            <translation>Tire o arquivo do caminho: mv {blocker} {blocker}.old</translation>
        </message>
        <message>
            <source>{folder} cannot be made: you cannot write in {parent}</source>
            <translation>{folder} não pode ser criada: você não pode gravar em {parent}</translation>
        </message>
        <message>
            <source>Make {parent} yours: sudo chown {user} {parent}</source>
            <translation>Torne {parent} sua: sudo chown {user} {parent}</translation>
        </message>
        <message>
            <source>{folder} (made, private, when Cramp Timer first starts)</source>
            <translation>{folder} (criada, privada, quando o Cramp Timer iniciar pela primeira vez)</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Diário</translation>
        </message>
        <message>
            <source>none yet; it is made at the first cramp</source>
            <translation>ainda não existe; é criado na primeira cãibra</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>{path} não pode ser lido: {reason}</translation>
        </message>
        <message>
            <source>Make it yours: sudo chown {user} {path}</source>
            <translation>Torne-o seu: sudo chown {user} {path}</translation>
        </message>
        <message>
            <source>Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged</source>
            <translation>Tire-o do caminho e o Cramp Timer começa um novo diário: mv {path} {path}.damaged</translation>
        </message>
        <message>
            <source>{path} is not a file</source>
            <translation>{path} não é um arquivo</translation>
        </message>
        <message>
            <source>empty; it is set up at the first cramp</source>
            <translation>vazio; é preparado na primeira cãibra</translation>
        </message>
        <message>
            <source>{path} is damaged or not a diary ({error})</source>
            <translation>{path} está danificado ou não é um diário ({error})</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} está danificado: {problem}</translation>
        </message>
        <message>
            <source>written by a newer Cramp Timer (diary format {version}; this one reads up to {known})</source>
            <translation>gravado por um Cramp Timer mais novo (formato do diário {version}; esta versão lê até {known})</translation>
        </message>
        <message>
            <source>Install the newest Cramp Timer.</source>
            <translation>Instale o Cramp Timer mais recente.</translation>
        </message>
        <message>
            <source>{cramps} cramps and {routines} bedtime routines recorded; every page checked</source>
            <translation>{cramps} cãibras e {routines} rotinas antes de dormir registradas; todas as páginas verificadas</translation>
        </message>
        <message>
            <source>Diary moved aside</source>
            <translation>Diário colocado de lado</translation>
        </message>
        <message>
            <source>{path} could not be read, so it was moved aside and a new diary started</source>
            <translation>{path} não pôde ser lido, então foi colocado de lado e um novo diário foi iniciado</translation>
        </message>
        <message>
            <source>Keep it for a helper to look at, or delete it if you do not need its entries: rm {path}</source>
            <translation>Guarde-o para que alguém que ajuda você possa examiná-lo, ou exclua-o se não precisar dos registros: rm {path}</translation>
        </message>
        <message>
            <source>Diary entries waiting</source>
            <translation>Registros do diário aguardando</translation>
        </message>
        <message>
            <source>{path} holds entries not yet written to the diary</source>
            <translation>{path} contém registros ainda não gravados no diário</translation>
        </message>
        <message>
            <source>Free some disk space or fix the diary folder; Cramp Timer writes them at its next start</source>
            <translation>Libere espaço em disco ou corrija a pasta do diário; o Cramp Timer os grava na próxima vez que iniciar</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckDialog</name>
        <message>
            <source>Check setup</source>
            <translation>Verificar instalação</translation>
        </message>
        <message>
            <source>The outcome of the check</source>
            <translation>O resultado da verificação</translation>
        </message>
        <message>
            <source>Check report</source>
            <translation>Relatório da verificação</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the report</source>
            <translation>Copiar o relatório</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>Verificar &amp;de novo</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Verificar de novo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Checking this computer. This takes a few seconds.</source>
            <translation>Verificando este computador. Isso leva alguns segundos.</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job on this computer.</source>
            <translation>O Cramp Timer pode fazer o seu trabalho neste computador.</translation>
        </message>
        <message>
            <source>Something needs fixing before Cramp Timer can work. Each FAIL line says how.</source>
            <translation>Algo precisa ser corrigido antes que o Cramp Timer possa funcionar. Cada linha FALHA diz como.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Cramp Timer settings</source>
            <translation>Configurações do Cramp Timer</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Páginas de configurações</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>Alongamento</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Hold time in seconds</source>
            <translation>Tempo de segurar, em segundos</translation>
        </message>
        <message>
            <source>&amp;Hold the stretch for</source>
            <translation>&amp;Segurar o alongamento por</translation>
        </message>
        <message>
            <source>Time to get into position, in seconds</source>
            <translation>Tempo para se posicionar, em segundos</translation>
        </message>
        <message>
            <source>&amp;Time to get into position (seated)</source>
            <translation>&amp;Tempo para se posicionar (sentado)</translation>
        </message>
        <message>
            <source>Time to get up and into position when standing, in seconds</source>
            <translation>Tempo para se levantar e se posicionar, de pé, em segundos</translation>
        </message>
        <message>
            <source>Time to get up (stand&amp;ing)</source>
            <translation>Tempo para se &amp;levantar (de pé)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>S&amp;eated: leg straight, toes and foot drawn up toward you (a towel helps)</source>
            <translation>Se&amp;ntado: perna esticada, dedos e pé puxados na sua direção (uma toalha ajuda)</translation>
        </message>
        <message>
            <source>St&amp;anding: get up slowly, hold on to something steady, weight on the cramped leg</source>
            <translation>&amp;De pé: levante-se devagar, apoie-se em algo firme, peso na perna com cãibra</translation>
        </message>
        <message>
            <source>Voice and language</source>
            <translation>Voz e idioma</translation>
        </message>
        <message>
            <source>As the desktop</source>
            <translation>O mesmo da área de trabalho</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>A new language is used from the next start of Cramp Timer, for the voice too.</source>
            <translation>Um novo idioma passa a valer na próxima vez que o Cramp Timer iniciar, também para a voz.</translation>
        </message>
        <message>
            <source>&amp;Speak the steps aloud</source>
            <translation>&amp;Falar os passos em voz alta</translation>
        </message>
        <message>
            <source>Spoken guidance</source>
            <translation>Orientação falada</translation>
        </message>
        <message>
            <source>A&amp;dd voice…</source>
            <translation>&amp;Adicionar voz…</translation>
        </message>
        <message>
            <source>Add a Piper voice: its .onnx file, with its .onnx.json file beside it</source>
            <translation>Adicionar uma voz do Piper: o arquivo .onnx, com o arquivo .onnx.json ao lado</translation>
        </message>
        <message>
            <source>V&amp;oice</source>
            <translation>&amp;Voz</translation>
        </message>
        <message>
            <source>Speaking rate, words per minute</source>
            <translation>Velocidade da fala, em palavras por minuto</translation>
        </message>
        <message numerus="yes">
            <source>%n words a minute</source>
            <translation>
                <numerusform>%n palavra por minuto</numerusform>
                <numerusform>%n palavras por minuto</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>V&amp;elocidade</translation>
        </message>
        <message>
            <source>Volume, percent</source>
            <translation>Volume, em porcentagem</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Vo&amp;lume</source>
            <translation>Vol&amp;ume</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>&amp;Testar voz</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Hora de dormir</translation>
        </message>
        <message>
            <source>Remind me to stretch at &amp;bedtime</source>
            <translation>Lembrar de alongar na &amp;hora de dormir</translation>
        </message>
        <message>
            <source>Reminder time, such as 22:30</source>
            <translation>Hora do lembrete, por exemplo 22:30</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Às</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Seg</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Ter</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Qua</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Sex</translation>
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
            <translation>Lembrar em: %1</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Dias</translation>
        </message>
        <message>
            <source>Also say the reminder aloud</source>
            <translation>Também falar o lembrete em voz alta</translation>
        </message>
        <message>
            <source>Snooze in minutes</source>
            <translation>Adiar, em minutos</translation>
        </message>
        <message>
            <source>S&amp;nooze for</source>
            <translation>Adiar &amp;por</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>Rotina antes de dormir</translation>
        </message>
        <message>
            <source>Ro&amp;utine</source>
            <translation>&amp;Rotina</translation>
        </message>
        <message>
            <source>Start Cramp Timer in the tray when I lo&amp;g in</source>
            <translation>Iniciar o Cramp Timer na &amp;bandeja ao entrar no sistema</translation>
        </message>
        <message>
            <source>PIN lock</source>
            <translation>Bloqueio por PIN</translation>
        </message>
        <message>
            <source>Set, change or remove the &amp;PIN…</source>
            <translation>Definir, alterar ou remover o &amp;PIN…</translation>
        </message>
        <message>
            <source>A PIN is set: the settings, the routines and deleting diary entries ask for it.</source>
            <translation>Há um PIN definido: as configurações, as rotinas e a exclusão de registros do diário pedem o PIN.</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>Nenhum PIN definido.</translation>
        </message>
        <message>
            <source>Add a Piper voice</source>
            <translation>Adicionar uma voz do Piper</translation>
        </message>
        <message>
            <source>Piper voices (*.onnx)</source>
            <translation>Vozes do Piper (*.onnx)</translation>
        </message>
        <message>
            <source>Added the voice %1. Press Test voice to hear it.</source>
            <translation>A voz %1 foi adicionada. Aperte Testar voz para ouvi-la.</translation>
        </message>
        <message>
            <source>Default voice</source>
            <translation>Voz padrão</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1 (não encontrada)</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>“%1” is not a time. Type it like 22:30. It stays at %2 until then.</source>
            <translation>“%1” não é um horário. Digite assim: 22:30. Enquanto isso, continua em %2.</translation>
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
            <translation>Começar agora a rotina antes de dormir</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Pular esta noite</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>Cãibra agora</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>Rotina antes de dormir</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
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
            <translation>Depois</translation>
        </message>
        <message>
            <source>Without routine</source>
            <translation>Sem a rotina</translation>
        </message>
        <message>
            <source>With routine</source>
            <translation>Com a rotina</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>Cãibras por noite</translation>
        </message>
        <message>
            <source>too few nights</source>
            <translation>poucas noites</translation>
        </message>
        <message>
            <source>Chart: cramps a night, before and since the bedtime routine</source>
            <translation>Gráfico: cãibras por noite, antes e depois de começar a rotina antes de dormir</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sem nota</translation>
        </message>
        <message>
            <source>cramps: %1, nights: %2, rated: %3</source>
            <translation>cãibras: %1, noites: %2, com nota: %3</translation>
        </message>
        <message>
            <source>Once a few nights are in your diary, this page shows whether the bedtime routine goes with fewer cramps.</source>
            <extracomment>keep 'goes with' (an association in the diary, not that the routine causes fewer cramps). No promise.</extracomment>
            <translation>Quando houver algumas noites no seu diário, esta página mostra se a rotina antes de dormir vem acompanhada de menos cãibras.</translation>
        </message>
        <message>
            <source>You have not done the bedtime routine yet, so there is nothing to compare. Your nights are in the Nights list.</source>
            <translation>Você ainda não fez a rotina antes de dormir, então não há o que comparar. Suas noites estão na lista Noites.</translation>
        </message>
        <message>
            <source>Since you started the bedtime routine: %1 cramps a night, before %2.</source>
            <extracomment>figures from the person's own diary: state them plainly. Must not say the routine caused the change or 'worked'.</extracomment>
            <translation>Desde que você começou a rotina antes de dormir: %1 cãibras por noite; antes, %2.</translation>
        </message>
        <message>
            <source>You started the bedtime routine on %1.</source>
            <translation>Você começou a rotina antes de dormir em %1.</translation>
        </message>
        <message>
            <source>Before that, only %1 nights are in your diary: too few to compare (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>Antes disso, só há %1 noites no seu diário: poucas demais para comparar (são necessárias pelo menos %2).</translation>
        </message>
        <message>
            <source>Since then, %1 nights have passed: too few to compare yet (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>Desde então, passaram-se %1 noites: ainda são poucas para comparar (são necessárias pelo menos %2).</translation>
        </message>
        <message>
            <source>You started less than six weeks ago, so “since” covers the %1 nights there are.</source>
            <translation>Você começou há menos de seis semanas, então “Depois” abrange as %1 noites que existem.</translation>
        </message>
        <message>
            <source>How bad, on average from 0 to 10: since %1, before %2.</source>
            <extracomment>average ratings, 0 to 10: state the figures plainly; no judgement of better or worse.</extracomment>
            <translation>Quanto doeu, em média de 0 a 10: depois, %1; antes, %2.</translation>
        </message>
        <message>
            <source>On nights you did the routine: %1 cramps a night. On nights you did not: %2.</source>
            <extracomment>figures from the person's own diary: must not say the routine caused the difference.</extracomment>
            <translation>Nas noites em que você fez a rotina: %1 cãibras por noite. Nas noites em que não fez: %2.</translation>
        </message>
        <message>
            <source>Nights with and without the routine: too few of one kind to compare (%1 with, %2 without; at least %3 each).</source>
            <extracomment>must say there are too few nights of one kind to compare; keep the three numbers; no hint at a result.</extracomment>
            <translation>Noites com e sem a rotina: poucas de um dos tipos para comparar (%1 com, %2 sem; pelo menos %3 de cada).</translation>
        </message>
        <message>
            <source>Behind these figures: before, %1. Since, %2. With the routine, %3. Without, %4.</source>
            <translation>Por trás destes números: antes, %1. Depois, %2. Com a rotina, %3. Sem, %4.</translation>
        </message>
        <message>
            <source>This is your own record, not proof. Cramps come and go for many reasons, and a night with nothing in the diary counts as a night without a cramp. The night that is going on now is not counted yet. Talk it over with your doctor.</source>
            <extracomment>keep 'not proof' and every caveat: own record, cramps vary for many reasons, empty nights count as cramp-free, tonight not counted, talk to a doctor. Do not soften.</extracomment>
            <translation>Este é o seu próprio registro, não uma prova. As cãibras vêm e vão por muitos motivos, e uma noite sem nada no diário conta como uma noite sem cãibra. A noite que está em andamento ainda não é contada. Converse sobre isso com o seu médico.</translation>
        </message>
        <message>
            <source>Six weeks before the routine began</source>
            <translation>Seis semanas antes de a rotina começar</translation>
        </message>
        <message>
            <source>Latest six weeks since it began</source>
            <translation>Últimas seis semanas desde que ela começou</translation>
        </message>
        <message>
            <source>Nights with the routine done</source>
            <translation>Noites com a rotina feita</translation>
        </message>
        <message>
            <source>Nights without it</source>
            <translation>Noites sem ela</translation>
        </message>
    </context>
    <context>
        <name>VoiceFile</name>
        <message>
            <source>{name} is not a Piper voice's settings file.</source>
            <translation>{name} não é o arquivo de configurações de uma voz do Piper.</translation>
        </message>
        <message>
            <source>{name} is not a Piper voice: choose the file that ends in .onnx.</source>
            <translation>{name} não é uma voz do Piper: escolha o arquivo que termina em .onnx.</translation>
        </message>
        <message>
            <source>{name} is missing: a Piper voice needs both its .onnx file and its .onnx.json file in the same folder.</source>
            <translation>{name} está faltando: uma voz do Piper precisa do arquivo .onnx e do arquivo .onnx.json na mesma pasta.</translation>
        </message>
        <message>
            <source>{name} could not be read ({why}).</source>
            <translation>{name} não pôde ser lido ({why}).</translation>
        </message>
        <message>
            <source>{name} is {size} MB, larger than any Piper voice ({limit} MB at most).</source>
            <translation>{name} tem {size} MB, mais do que qualquer voz do Piper ({limit} MB no máximo).</translation>
        </message>
        <message>
            <source>{name} is too large to be a Piper voice's settings.</source>
            <translation>{name} é grande demais para ser o arquivo de configurações de uma voz do Piper.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a voice model.</source>
            <translation>{name} está danificado ou não é um modelo de voz.</translation>
        </message>
        <message>
            <source>{name} belongs to another voice ({language}, {quality}) than {model}.</source>
            <translation>{name} pertence a outra voz ({language}, {quality}), não a {model}.</translation>
        </message>
        <message>
            <source>The voice could not be copied ({why}).</source>
            <translation>Não foi possível copiar a voz ({why}).</translation>
        </message>
        <message>
            <source>This voice was not added: %1</source>
            <translation>Esta voz não foi adicionada: %1</translation>
        </message>
    </context>
    <context>
        <name>WarningControl</name>
        <message>
            <source>Warning signs</source>
            <extracomment>button to the page of signs that need a doctor; use the same words as that page's title. Not 'emergency'.</extracomment>
            <translation>Sinais de alerta</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor (W)</source>
            <extracomment>tooltip: keep 'needs a doctor' (not 'emergency', no diagnosis); W is the key.</extracomment>
            <translation>Quando uma cãibra precisa de médico (W)</translation>
        </message>
        <message>
            <source>Warning signs: what to do now</source>
            <extracomment>shown large once the warning signs appeared: 'what to do now' stays urgent; must not say emergency or name a diagnosis.</extracomment>
            <translation>Sinais de alerta: o que fazer agora</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Cramp now</source>
            <translation>Cãibra agora</translation>
        </message>
        <message>
            <source>A cramp right now? Start the stretch (Space)</source>
            <translation>Uma cãibra agora mesmo? Comece o alongamento (Espaço)</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Boas-vindas</translation>
        </message>
        <message>
            <source>Welcome to Cramp Timer</source>
            <translation>Boas-vindas ao Cramp Timer</translation>
        </message>
        <message>
            <source>When a calf cramp wakes you, tap Cramp now or press Space: a calm voice talks you through a stretch. In the evening it can remind you to do a short stretching routine, which can make night cramps rarer.

It gives self-care help. It does not diagnose anything and does not replace a doctor. Everything you record stays on this computer.</source>
            <extracomment>keep 'can remind' and 'can make night cramps rarer' (not 'will'). Must say: self-care help, no diagnosis, no replacement for a doctor, data stays on this computer.</extracomment>
            <translation>Quando uma cãibra na panturrilha acordar você, toque em Cãibra agora ou aperte Espaço: uma voz calma guia você durante um alongamento. À noite, ele pode lembrar você de fazer uma rotina curta de alongamento, que pode tornar as cãibras noturnas mais raras.

Ele oferece ajuda para o autocuidado. Não faz nenhum diagnóstico e não substitui um médico. Tudo o que você registra fica neste computador.</translation>
        </message>
        <message>
            <source>How will you stretch?</source>
            <translation>Como você vai alongar?</translation>
        </message>
        <message>
            <source>Sitting up in bed, leg straight</source>
            <extracomment>stretch choice: sitting up in bed, leg straight. Short; add no force or pain.</extracomment>
            <translation>Sentado na cama, perna esticada</translation>
        </message>
        <message>
            <source>Standing, weight on the cramped leg: get up slowly and hold on to something steady, such as a wall, a chair or the bed frame</source>
            <extracomment>stretch choice; must keep the fall safety: get up slowly, hold on to something steady (wall, chair, bed frame).</extracomment>
            <translation>De pé, com o peso na perna com cãibra: levante-se devagar e apoie-se em algo firme, como uma parede, uma cadeira ou a cama</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>&amp;Testar voz</translation>
        </message>
        <message>
            <source>Hear the voice once</source>
            <translation>Ouvir a voz uma vez</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (22:00)</source>
            <translation>Lembrar de alongar na hora de dormir (22:00)</translation>
        </message>
        <message>
            <source>Start Cramp Timer when I log in</source>
            <translation>Iniciar o Cramp Timer quando eu entrar no sistema</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Pular</translation>
        </message>
        <message>
            <source>Keep the usual settings</source>
            <translation>Manter as configurações padrão</translation>
        </message>
        <message>
            <source>Skip the welcome</source>
            <translation>Pular as boas-vindas</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>Keep these choices</source>
            <translation>Manter estas escolhas</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (%1)</source>
            <translation>Lembrar de alongar na hora de dormir (%1)</translation>
        </message>
    </context>
    <context>
        <name>aftercare</name>
        <message>
            <source>Please switch the heating pad off now.</source>
            <extracomment>safety, repeated each minute: must say to switch the heating pad off now. Not a suggestion; do not soften.</extracomment>
            <translation>Por favor, desligue agora a almofada térmica.</translation>
        </message>
        <message>
            <source>A new cramp. Is the heating pad off? Press Space when it is, and the stretch starts.</source>
            <extracomment>safety: must ask whether the heating pad is off; the stretch starts only once it is (Space is the key).</extracomment>
            <translation>Uma nova cãibra. A almofada térmica está desligada? Aperte Espaço quando estiver, e o alongamento começa.</translation>
        </message>
        <message>
            <source>Halfway there.</source>
            <translation>Metade do tempo.</translation>
        </message>
        <message>
            <source>One minute left.</source>
            <translation>Falta um minuto.</translation>
        </message>
        <message>
            <source>Not on a leg that is swollen, red or warm, and not where the leg is numb or feels little: heat burns skin that cannot feel it. Otherwise lay a heat pad, or a towel you have warmed, on the calf: warm, never hot. Do not fall asleep with a heat pad on: this timer will remind you to switch it off.</source>
            <extracomment>heat safety: not on a swollen, red or warm leg, nor where it is numb (heat burns skin that cannot feel); warm, never hot; never fall asleep with a pad on. Keep every condition; add no temperature or time.</extracomment>
            <translation>Não use numa perna inchada, vermelha ou quente, nem onde a perna está dormente ou sente pouco: o calor queima a pele que não consegue senti-lo. Fora isso, coloque uma almofada térmica, ou uma toalha que você aqueceu, sobre a panturrilha: morna, nunca quente. Não adormeça com a almofada térmica ligada: este timer vai lembrar você de desligá-la.</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one: heat burns what you cannot feel. Warm, not hot. Never sleep with it on.</source>
            <extracomment>spoken heat safety: not on a swollen, red, warm or numb leg; warm, not hot; never sleep with it on. Keep all of it; no temperature.</extracomment>
            <translation>Não numa perna inchada, vermelha ou quente, nem numa perna dormente: o calor queima o que você não sente. Morno, não quente. Nunca durma com a almofada ligada.</translation>
        </message>
        <message>
            <source>Do not rub a leg that is swollen, red or warm, or where it is numb or feels little. Sit so you can reach your calf easily.</source>
            <extracomment>massage safety: do not rub a swollen, red or warm leg, nor where it is numb; sit with the calf in easy reach. Keep every condition.</extracomment>
            <translation>Não esfregue uma perna inchada, vermelha ou quente, nem onde ela está dormente ou sente pouco. Sente-se de um jeito que alcance a panturrilha com facilidade.</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one. Sit so you can reach your calf.</source>
            <extracomment>spoken massage safety: not on a swollen, red, warm or numb leg; sit so you can reach your calf. Keep all four signs.</extracomment>
            <translation>Não numa perna inchada, vermelha ou quente, nem numa perna dormente. Sente-se de modo a alcançar a panturrilha.</translation>
        </message>
        <message>
            <source>Warmth on the calf. Rest and breathe.</source>
            <extracomment>shown during heat: warmth on the calf (warm, not hot); rest and breathe. Add no instruction.</extracomment>
            <translation>Calor na panturrilha. Descanse e respire.</translation>
        </message>
        <message>
            <source>The warmth is on. Rest and breathe slowly.</source>
            <extracomment>spoken as the heat starts: only rest and breathe slowly. Add no instruction and do not say 'hot'.</extracomment>
            <translation>O calor está na panturrilha. Descanse e respire devagar.</translation>
        </message>
        <message>
            <source>Use cold only once the cramp has let go. Wrap the ice pack in a cloth: never put ice straight on the skin.</source>
            <extracomment>cold safety: only once the cramp has let go; wrap the ice pack in a cloth, never ice straight on the skin. Keep 'only' and 'never'.</extracomment>
            <translation>Use frio só depois que a cãibra passar. Enrole a bolsa de gelo em um pano: nunca coloque gelo direto na pele.</translation>
        </message>
        <message>
            <source>Only once the cramp has passed. Wrap the ice pack in a cloth.</source>
            <extracomment>spoken cold safety: only after the cramp has passed; wrap the ice pack in a cloth. Keep 'only'.</extracomment>
            <translation>Só depois que a cãibra passar. Enrole a bolsa de gelo em um pano.</translation>
        </message>
        <message>
            <source>Wrapped ice pack on the sore spot.</source>
            <extracomment>shown during cold: the ice pack stays wrapped. Keep 'wrapped'; add no time.</extracomment>
            <translation>Bolsa de gelo enrolada no ponto dolorido.</translation>
        </message>
        <message>
            <source>Cold pack on. Rest and breathe slowly.</source>
            <extracomment>spoken as the cold starts: only rest and breathe slowly. Add no instruction.</extracomment>
            <translation>Bolsa de gelo no lugar. Descanse e respire devagar.</translation>
        </message>
        <message>
            <source>Time is up. Take the ice pack off.</source>
            <extracomment>spoken at the end: must say to take the ice pack off now, not 'you may'.</extracomment>
            <translation>O tempo acabou. Tire a bolsa de gelo.</translation>
        </message>
        <message>
            <source>Rub the calf gently with both hands to warm it.</source>
            <extracomment>massage step: rub gently with both hands to warm the calf (by rubbing, not with heat). Keep 'gently'.</extracomment>
            <translation>Esfregue a panturrilha de leve com as duas mãos para aquecê-la.</translation>
        </message>
        <message>
            <source>Knead the calf, working from the ankle up toward the knee.</source>
            <extracomment>massage step: knead from the ankle up toward the knee. Keep the direction; add no force.</extracomment>
            <translation>Amasse a panturrilha com as mãos, subindo do tornozelo em direção ao joelho.</translation>
        </message>
        <message>
            <source>Keep kneading upward, slow and firm. Ease off if it hurts.</source>
            <extracomment>keep 'upward' and 'slow and firm', and the safety: ease off if it hurts. Must not say to push through pain.</extracomment>
            <translation>Continue amassando para cima, devagar e com firmeza. Alivie a pressão se doer.</translation>
        </message>
        <message>
            <source>Now stroke lightly from the ankle to the knee.</source>
            <extracomment>massage step: light strokes from the ankle to the knee. Keep 'lightly' and the direction.</extracomment>
            <translation>Agora deslize as mãos de leve do tornozelo até o joelho.</translation>
        </message>
        <message>
            <source>That is enough. Let the leg rest.</source>
            <extracomment>spoken at the end of the massage: stop, let the leg rest. Add no advice.</extracomment>
            <translation>Já é o suficiente. Deixe a perna descansar.</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>Calor</translation>
        </message>
        <message>
            <source>Warmth on the calf, with a timer that reminds you to switch a heat pad off</source>
            <extracomment>heat choice: warmth on the calf, and a timer that reminds you to switch the heat pad off. Keep the reminder; not 'hot'.</extracomment>
            <translation>Calor na panturrilha, com um timer que lembra você de desligar a almofada térmica</translation>
        </message>
        <message>
            <source>heat %1</source>
            <translation>calor %1</translation>
        </message>
        <message>
            <source>Heat ti&amp;mer</source>
            <translation>Timer de &amp;calor</translation>
        </message>
        <message>
            <source>Heat timer in minutes</source>
            <translation>Timer de calor, em minutos</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation>Frio</translation>
        </message>
        <message>
            <source>A wrapped ice pack, once the cramp has passed</source>
            <extracomment>cold choice: keep 'wrapped' and 'once the cramp has passed' (cold only after the cramp has let go).</extracomment>
            <translation>Uma bolsa de gelo enrolada em um pano, depois que a cãibra passar</translation>
        </message>
        <message>
            <source>cold %1</source>
            <translation>frio %1</translation>
        </message>
        <message>
            <source>&amp;Cold timer</source>
            <translation>Timer de &amp;frio</translation>
        </message>
        <message>
            <source>Cold timer in minutes</source>
            <translation>Timer de frio, em minutos</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massagem</translation>
        </message>
        <message>
            <source>Two minutes of guided massage</source>
            <translation>Dois minutos de massagem guiada</translation>
        </message>
        <message>
            <source>massage %1</source>
            <translation>massagem %1</translation>
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
            <translation>opções</translation>
        </message>
        <message>
            <source>A bedside timer that talks you through a night-time calf cramp. If Cramp Timer is already open, its window comes to the front and the option is done there.</source>
            <translation>Um timer de cabeceira que guia você durante uma cãibra noturna na panturrilha. Se o Cramp Timer já estiver aberto, a janela dele vem para a frente e a opção é executada lá.</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostra esta ajuda e sai</translation>
        </message>
        <message>
            <source>open the window and start a guided stretch at once</source>
            <translation>abre a janela e começa na hora um alongamento guiado</translation>
        </message>
        <message>
            <source>open the window and start the routine called NAME</source>
            <translation>abre a janela e começa a rotina chamada NAME</translation>
        </message>
        <message>
            <source>start hidden in the tray (as at login); the window opens from the tray icon</source>
            <translation>inicia escondido na bandeja (como ao entrar no sistema); a janela abre pelo ícone da bandeja</translation>
        </message>
        <message>
            <source>check that this computer can run Cramp Timer (display, speech, sound, folders, diary), print one line per check and exit; the exit status is 0 when Cramp now can work</source>
            <translation>verifica se este computador pode executar o Cramp Timer (display, fala, som, pastas, diário), mostra uma linha por verificação e sai; o código de saída é 0 quando o botão Cãibra agora pode funcionar</translation>
        </message>
        <message>
            <source>add Cramp Timer to your desktop's application menu (for you only) and exit</source>
            <translation>adiciona o Cramp Timer ao menu de aplicativos da sua área de trabalho (só para você) e sai</translation>
        </message>
        <message>
            <source>remove what --install-desktop-entry added and exit</source>
            <translation>remove o que --install-desktop-entry adicionou e sai</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>mostra o número da versão e sai</translation>
        </message>
        <message>
            <source>{error} Starting anyway.</source>
            <translation>{error} Iniciando mesmo assim.</translation>
        </message>
        <message>
            <source>diary exports</source>
            <translation>exportações do diário</translation>
        </message>
        <message>
            <source>write a summary for your doctor to FILE (PDF) and exit</source>
            <translation>grava um resumo para o seu médico em FILE (PDF) e sai</translation>
        </message>
        <message>
            <source>write the cramp diary to FILE (CSV, for a spreadsheet) and exit</source>
            <translation>grava o diário de cãibras em FILE (CSV, para planilha) e sai</translation>
        </message>
        <message>
            <source>with an export: from the night of DATE (YYYY-MM-DD)</source>
            <translation>com uma exportação: a partir da noite de DATE (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>with an export: to the night of DATE (YYYY-MM-DD), included</source>
            <translation>com uma exportação: até a noite de DATE (YYYY-MM-DD), inclusive</translation>
        </message>
        <message>
            <source>with --export-pdf: the name to print on the summary</source>
            <translation>com --export-pdf: o nome a ser impresso no resumo</translation>
        </message>
        <message>
            <source>not a date like 2026-02-15: {text}</source>
            <translation>não é uma data como 2026-02-15: {text}</translation>
        </message>
        <message>
            <source>routine files</source>
            <translation>arquivos de rotinas</translation>
        </message>
        <message>
            <source>add the routines in FILE to your own, checking the whole file first; asks for the PIN if one is set</source>
            <translation>adiciona as rotinas de FILE às suas, verificando antes o arquivo inteiro; pede o PIN, se houver um definido</translation>
        </message>
        <message>
            <source>write your own routines (or those named with --routine) to FILE</source>
            <translation>grava as suas rotinas (ou as indicadas com --routine) em FILE</translation>
        </message>
        <message>
            <source>with --import-routines: replace your routines that have the same names</source>
            <translation>com --import-routines: substitui as suas rotinas que tenham os mesmos nomes</translation>
        </message>
        <message>
            <source>with --import-routines: read the PIN from the first line of standard input</source>
            <translation>com --import-routines: lê o PIN da primeira linha da entrada padrão</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>Paused.</source>
            <translation>Pausado.</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>Continuando.</translation>
        </message>
        <message>
            <source>The stretch is on. Follow the voice.</source>
            <translation>O alongamento começou. Siga a voz.</translation>
        </message>
        <message>
            <source>Not a cramp: nothing was written in your diary.</source>
            <translation>Não era cãibra: nada foi anotado no seu diário.</translation>
        </message>
        <message>
            <source>There is no routine called “{name}”.</source>
            <translation>Não existe rotina chamada “{name}”.</translation>
        </message>
        <message>
            <source>Finish what is on the screen first.</source>
            <translation>Termine primeiro o que está na tela.</translation>
        </message>
    </context>
    <context>
        <name>cues</name>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Then lean your weight onto the cramped leg, heel flat on the floor.</source>
            <extracomment>fall safety: must say to get up slowly and hold on to something steady (wall, chair, bed frame) before leaning onto the cramped leg, heel flat. Keep that order.</extracomment>
            <translation>Levante-se devagar e apoie-se em algo firme: uma parede, uma cadeira, a cama. Depois, passe o peso do corpo para a perna com cãibra, com o calcanhar bem apoiado no chão.</translation>
        </message>
        <message>
            <source>Sit with the cramped leg straight out. Draw your toes and foot up toward your knee. A towel looped around the foot helps.</source>
            <extracomment>seated stretch: leg straight, toes and foot drawn up toward the knee; a towel around the foot helps. Add no force or pain.</extracomment>
            <translation>Sente-se com a perna com cãibra esticada à frente. Puxe os dedos e o pé na direção do joelho. Uma toalha passada em volta do pé ajuda.</translation>
        </message>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Weight on the cramped leg, heel down.</source>
            <extracomment>spoken fall safety: get up slowly, hold on to something steady (wall, chair, bed frame), then weight on the cramped leg, heel down. Keep the order; keep it short.</extracomment>
            <translation>Levante-se devagar e apoie-se em algo firme: uma parede, uma cadeira, a cama. Peso na perna com cãibra, calcanhar no chão.</translation>
        </message>
        <message>
            <source>Leg straight. Pull your foot toward you.</source>
            <extracomment>spoken seated stretch: leg straight, pull the foot toward you. Short; add no force or pain.</extracomment>
            <translation>Perna esticada. Puxe o pé na sua direção.</translation>
        </message>
        <message>
            <source>Weight on the cramped leg, heel down</source>
            <extracomment>reminder above the countdown: weight on the cramped leg, heel stays on the floor. Short.</extracomment>
            <translation>Peso na perna com cãibra, calcanhar no chão</translation>
        </message>
        <message>
            <source>Leg straight, foot pulled toward you</source>
            <extracomment>reminder above the countdown: leg straight, foot pulled toward the body. Short.</extracomment>
            <translation>Perna esticada, pé puxado na sua direção</translation>
        </message>
        <message>
            <source>Hold the stretch. Breathe slowly.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and breathe slowly (do not hold the breath).</extracomment>
            <translation>Segure o alongamento. Respire devagar.</translation>
        </message>
        <message>
            <source>Halfway. Keep breathing.</source>
            <extracomment>spoken halfway through a hold: keep breathing (do not hold the breath). Add no instruction.</extracomment>
            <translation>Metade do tempo. Continue respirando.</translation>
        </message>
        <message>
            <source>Ten seconds left.</source>
            <translation>Faltam dez segundos.</translation>
        </message>
        <message>
            <source>One.</source>
            <translation>Um.</translation>
        </message>
        <message>
            <source>Two.</source>
            <translation>Dois.</translation>
        </message>
        <message>
            <source>Three.</source>
            <translation>Três.</translation>
        </message>
        <message>
            <source>Four.</source>
            <translation>Quatro.</translation>
        </message>
        <message>
            <source>Five.</source>
            <translation>Cinco.</translation>
        </message>
        <message>
            <source>Release slowly.</source>
            <extracomment>spoken at the end of the hold: let go of the stretch slowly, not all at once.</extracomment>
            <translation>Solte devagar.</translation>
        </message>
        <message>
            <source>This is the voice that will guide you.</source>
            <translation>Esta é a voz que vai guiar você.</translation>
        </message>
        <message>
            <source>en</source>
            <comment>language code of the spoken lines</comment>
            <translation>pt_BR</translation>
        </message>
    </context>
    <context>
        <name>diary</name>
        <message>
            <source>The diary {path} could not be opened: it is not a file.</source>
            <translation>Não foi possível abrir o diário {path}: não é um arquivo.</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary (it is not a database). It was left as it is.</source>
            <translation>O arquivo {path} não é um diário do Cramp Timer (não é um banco de dados). Ele foi deixado como está.</translation>
        </message>
        <message>
            <source>The diary {path} was written by a newer version of Cramp Timer (diary format {version}; this version knows up to {known}). It was left as it is.</source>
            <translation>O diário {path} foi gravado por uma versão mais nova do Cramp Timer (formato de diário {version}; esta versão conhece até o {known}). Ele foi deixado como está.</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened: the folder does not allow the write-ahead log (journal mode {mode}).</source>
            <translation>Não foi possível abrir o diário {path}: a pasta não permite o log de escrita antecipada (modo de journal {mode}).</translation>
        </message>
        <message>
            <source>The diary {path} could not be updated to format {version} ({error}). It was left as it was.</source>
            <translation>Não foi possível atualizar o diário {path} para o formato {version} ({error}). Ele foi deixado como estava.</translation>
        </message>
        <message>
            <source>The diary {path} cannot be written: the disk is full ({error}).</source>
            <translation>O diário {path} não pode ser gravado: o disco está cheio ({error}).</translation>
        </message>
        <message>
            <source>The diary {path} is in use by another program ({error}); what happens now is kept and written once it is free.</source>
            <translation>O diário {path} está sendo usado por outro programa ({error}); o que acontecer agora fica guardado e será gravado assim que ele ficar livre.</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary, or it is damaged ({error}). It was left as it is.</source>
            <translation>O arquivo {path} não é um diário do Cramp Timer, ou está danificado ({error}). Ele foi deixado como está.</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened ({error}).</source>
            <translation>Não foi possível abrir o diário {path} ({error}).</translation>
        </message>
        <message>
            <source>Your cramp diary could not be read ({reason}), so it was moved aside to {path} and a new diary was started. Nothing was deleted.</source>
            <translation>Não foi possível ler seu diário de cãibras ({reason}), então ele foi colocado de lado em {path} e um novo diário foi iniciado. Nada foi excluído.</translation>
        </message>
        <message>
            <source>The disk is full, so tonight's entries cannot be written to your diary yet. They are kept and written as soon as there is room again.</source>
            <translation>O disco está cheio, então os registros desta noite ainda não podem ser gravados no seu diário. Eles ficam guardados e serão gravados assim que houver espaço de novo.</translation>
        </message>
        <message>
            <source>Your cramp diary cannot be written just now, so tonight's entries are kept and written as soon as it can be. ({reason})</source>
            <translation>Seu diário de cãibras não pode ser gravado agora, então os registros desta noite ficam guardados e serão gravados assim que for possível. ({reason})</translation>
        </message>
        <message>
            <source>it is not a diary, or it is damaged</source>
            <translation>não é um diário, ou está danificado</translation>
        </message>
        <message>
            <source>it was written by a newer version of Cramp Timer</source>
            <translation>foi gravado por uma versão mais nova do Cramp Timer</translation>
        </message>
        <message>
            <source>it could not be opened</source>
            <translation>não pôde ser aberto</translation>
        </message>
    </context>
    <context>
        <name>diary_cli</name>
        <message>
            <source>There is no diary yet ({file}), so nothing was written.</source>
            <translation>Ainda não existe diário ({file}), então nada foi gravado.</translation>
        </message>
        <message>
            <source>The diary could not be read ({error}). Nothing was written.</source>
            <translation>Não foi possível ler o diário ({error}). Nada foi gravado.</translation>
        </message>
        <message>
            <source>Nothing is recorded in the diary for those nights, so nothing was written.</source>
            <translation>Nada está registrado no diário para essas noites, então nada foi gravado.</translation>
        </message>
        <message>
            <source>The file {file} could not be written: {reason}.</source>
            <translation>Não foi possível gravar o arquivo {file}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n cramp entries to {file}.</source>
            <translation>
                <numerusform>%n registro de cãibra salvo em {file}.</numerusform>
                <numerusform>%n registros de cãibra salvos em {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the summary of the nights {first} to {last} to {file}.</source>
            <translation>O resumo das noites de {first} a {last} foi salvo em {file}.</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>ddd d MMM yyyy</source>
            <extracomment>Qt date patterns (d day, MMM short month name, ddd short weekday, yyyy year): put them in your language's order, e.g. "yyyy年M月d日 ddd". Keep the letters.</extracomment>
            <translation>ddd, d 'de' MMM 'de' yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d 'de' MMM 'de' yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd, d 'de' MMM</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d 'de' MMM</translation>
        </message>
    </context>
    <context>
        <name>guidance</name>
        <message>
            <source>Fewer night cramps</source>
            <extracomment>title of the self-care tips page. Must mean fewer (rarer) night cramps; must not promise that cramps stop or are cured.</extracomment>
            <translation>Menos cãibras noturnas</translation>
        </message>
        <message>
            <source>Drink through the day</source>
            <extracomment>heading: spread drinking across the whole day. Must not add an amount of water or a number of glasses.</extracomment>
            <translation>Beba líquidos ao longo do dia</translation>
        </message>
        <message>
            <source>Sip water steadily from morning to evening, unless a doctor told you to limit fluids.</source>
            <extracomment>must keep the exception: not if a doctor told you to limit fluids. Must not add an amount, a number of glasses or a time.</extracomment>
            <translation>Tome água aos poucos, da manhã até a noite, a menos que um médico tenha dito para você limitar os líquidos.</translation>
        </message>
        <message>
            <source>Muscles need enough fluid, and the minerals that come with it, to relax again after they tighten.</source>
            <extracomment>a general reason why fluid matters. Must not name a particular mineral, a dose or a medical mechanism, nor promise that drinking stops cramps.</extracomment>
            <translation>Os músculos precisam de líquido suficiente, e dos minerais que vêm com ele, para relaxar de novo depois de se contrair.</translation>
        </message>
        <message>
            <source>Eat foods with potassium and magnesium</source>
            <extracomment>heading: foods, not pills. Must not suggest supplements or name amounts.</extracomment>
            <translation>Coma alimentos com potássio e magnésio</translation>
        </message>
        <message>
            <source>Potassium: bananas and sweet potatoes.</source>
            <extracomment>food examples only (bananas, sweet potatoes). Add no amounts, no other foods and no supplements.</extracomment>
            <translation>Potássio: banana e batata-doce.</translation>
        </message>
        <message>
            <source>Magnesium: spinach and other dark green vegetables, almonds and pumpkin seeds.</source>
            <extracomment>food examples only (spinach and other dark green vegetables, almonds, pumpkin seeds). Add no amounts and no supplements.</extracomment>
            <translation>Magnésio: espinafre e outras verduras verde-escuras, amêndoas e sementes de abóbora.</translation>
        </message>
        <message>
            <source>Calcium matters too: milk, yoghurt and cheese, or fortified drinks.</source>
            <extracomment>food examples only. 'Matters too' must not become a claim that calcium prevents cramps; add no amounts.</extracomment>
            <translation>O cálcio também importa: leite, iogurte e queijo, ou bebidas enriquecidas com cálcio.</translation>
        </message>
        <message>
            <source>Thinking about a supplement? Talk it over with your doctor first.</source>
            <extracomment>must say: talk to a doctor before taking any supplement. Must not recommend or name a supplement, or give a dose.</extracomment>
            <translation>Pensando em tomar um suplemento? Converse antes com o seu médico.</translation>
        </message>
        <message>
            <source>Stretch gently before bed</source>
            <extracomment>heading: gentle stretching in the evening before sleep. Keep 'gently' (not deep or hard stretching).</extracomment>
            <translation>Alongue-se com suavidade antes de dormir</translation>
        </message>
        <message>
            <source>A few minutes of calf and hamstring stretches in the evening can make night cramps rarer (shown in one trial).</source>
            <extracomment>a claim from one study: keep 'can' (not 'will' or 'prevents') and '(shown in one trial)'. Must not say 'proven' or 'studies show'.</extracomment>
            <translation>Alguns minutos de alongamento da panturrilha e do posterior da coxa à noite podem tornar as cãibras noturnas mais raras (segundo um estudo).</translation>
        </message>
        <message>
            <source>The Bedtime routine in this app talks you through them.</source>
            <translation>A rotina antes de dormir deste aplicativo guia você por esses alongamentos.</translation>
        </message>
        <message>
            <source>A stretch should pull firmly. It should never hurt.</source>
            <extracomment>safety: a stretch should pull firmly but never hurt. Must not soften 'never' or suggest pushing through pain.</extracomment>
            <translation>Um alongamento deve puxar com firmeza. Nunca deve doer.</translation>
        </message>
        <message>
            <source>Keep your toes from pointing down in bed</source>
            <extracomment>heading: a lying position tip (toes not pointed down in bed). Not a treatment; add no promise.</extracomment>
            <translation>Não deixe os dedos dos pés apontados para baixo na cama</translation>
        </message>
        <message>
            <source>Lying with the toes pointed keeps the calf short, and that can set off a cramp.</source>
            <extracomment>keep 'can' (pointed toes are a possible trigger, not a certain cause). Add no medical explanation.</extracomment>
            <translation>Deitar com os dedos dos pés apontados para baixo mantém a panturrilha encurtada, e isso pode provocar uma cãibra.</translation>
        </message>
        <message>
            <source>Keep the covers loose at the foot of the bed, so they do not press your toes down.</source>
            <extracomment>a practical tip: loose covers at the foot of the bed so they do not press the toes down. Add no other advice.</extracomment>
            <translation>Deixe as cobertas soltas no pé da cama, para que não empurrem seus dedos para baixo.</translation>
        </message>
        <message>
            <source>A pillow at your feet, under the covers, can hold their weight off your toes.</source>
            <extracomment>keep 'can'. The pillow lies at the feet under the covers and takes their weight off the toes; not a medical aid.</extracomment>
            <translation>Um travesseiro nos pés, debaixo das cobertas, pode tirar o peso delas de cima dos seus dedos.</translation>
        </message>
        <message>
            <source>Rest tired muscles, move after sitting</source>
            <extracomment>heading: rest muscles that worked hard; get moving after sitting. Add no amounts of exercise or time.</extracomment>
            <translation>Descanse os músculos cansados, movimente-se depois de ficar sentado</translation>
        </message>
        <message>
            <source>Muscles that worked hard or for long during the day are more likely to cramp at night.</source>
            <extracomment>keep 'more likely' (a higher chance, not a certainty). Must not say that exercise should be avoided.</extracomment>
            <translation>Músculos que trabalharam muito ou por muito tempo durante o dia têm mais chance de ter cãibra à noite.</translation>
        </message>
        <message>
            <source>Sitting for hours can leave the calf short and tight. Get up and walk about now and then.</source>
            <extracomment>keep 'can'. Must say to get up and walk about now and then; must not add a time interval or a number of steps.</extracomment>
            <translation>Ficar sentado por horas pode deixar a panturrilha encurtada e tensa. De vez em quando, levante-se e ande um pouco.</translation>
        </message>
        <message>
            <source>Ask about your medicines</source>
            <extracomment>heading: ask a doctor or pharmacist about your medicines. Must not suggest stopping or changing one.</extracomment>
            <translation>Pergunte sobre seus remédios</translation>
        </message>
        <message>
            <source>Some medicines can make cramps more likely. Water tablets (diuretics) and statins for cholesterol are two examples; there are others.</source>
            <extracomment>keep 'can make cramps more likely' and 'two examples; there are others'. Use the everyday local names; add no drug names, no 'always'.</extracomment>
            <translation>Alguns remédios podem deixar as cãibras mais prováveis. Remédios que fazem urinar (diuréticos) e estatinas para o colesterol são dois exemplos; há outros.</translation>
        </message>
        <message>
            <source>If you wonder whether a medicine plays a part, ask your doctor or pharmacist.</source>
            <extracomment>must name both the doctor and the pharmacist. Must not suggest that the medicine is the cause.</extracomment>
            <translation>Se você se pergunta se algum remédio tem a ver com isso, pergunte ao seu médico ou farmacêutico.</translation>
        </message>
        <message>
            <source>Never stop or change a medicine on your own.</source>
            <extracomment>safety: a firm 'never', for both stopping and changing a medicine. Must not soften it or add exceptions.</extracomment>
            <translation>Nunca pare ou mude um remédio por conta própria.</translation>
        </message>
        <message>
            <source>A cramp, or restless legs?</source>
            <extracomment>heading: telling a cramp from restless legs. Use the everyday name for restless legs; this is not a diagnosis.</extracomment>
            <translation>Cãibra ou pernas inquietas?</translation>
        </message>
        <message>
            <source>A cramp is a hard, painful tightening of the muscle. You can often feel the knot with your hand.</source>
            <extracomment>describes a cramp: a hard, painful tightening. Keep 'often' (the knot can often be felt, not always).</extracomment>
            <translation>Uma cãibra é uma contração dura e dolorosa do músculo. Muitas vezes dá para sentir o nó com a mão.</translation>
        </message>
        <message>
            <source>Restless legs feel different: an urge to move the legs, with odd feelings such as tingling or crawling, that eases when you move.</source>
            <extracomment>describes restless legs: an urge to move, odd feelings (examples only), eased by moving. Must not name a cause or present it as a diagnosis.</extracomment>
            <translation>As pernas inquietas são diferentes: uma vontade de mexer as pernas, com sensações estranhas, como formigamento ou algo rastejando, que melhora quando você se mexe.</translation>
        </message>
        <message>
            <source>If that sounds more like your nights, mention it to your doctor.</source>
            <extracomment>must say: mention it to a doctor (not urgent). Must not tell the reader that they have restless legs syndrome.</extracomment>
            <translation>Se isso parece mais com as suas noites, comente com o seu médico.</translation>
        </message>
        <message>
            <source>Talk to your doctor if</source>
            <extracomment>heading of non-urgent reasons to see a doctor. Must be milder than 'See a doctor now' on the Warning signs page.</extracomment>
            <translation>Fale com o seu médico se</translation>
        </message>
        <message>
            <source>Cramps come often, or every night, or keep waking you up.</source>
            <extracomment>a reason to see a doctor (not urgent). Keep all three: often, every night, keep waking you up. Add no number of nights.</extracomment>
            <translation>As cãibras vêm com frequência, ou toda noite, ou continuam acordando você.</translation>
        </message>
        <message>
            <source>A cramp goes on for more than 10 minutes: ask for an appointment the same day.</source>
            <extracomment>keep 'more than 10 minutes' and 'the same day': not 'now' or an emergency, and not merely 'soon'.</extracomment>
            <translation>Uma cãibra dura mais de 10 minutos: peça uma consulta no mesmo dia.</translation>
        </message>
        <message>
            <source>Cramps come with weakness or numbness in the leg, or the leg muscles seem to shrink or get weaker.</source>
            <extracomment>a reason to see a doctor: weakness or numbness in the leg, or leg muscles that seem to shrink or weaken. Keep 'seem'; name no disease.</extracomment>
            <translation>As cãibras vêm com fraqueza ou dormência na perna, ou os músculos da perna parecem diminuir ou ficar mais fracos.</translation>
        </message>
        <message>
            <source>You are pregnant and cramps trouble you: tell your midwife or doctor.</source>
            <extracomment>must say: tell your midwife or doctor (keep both). No added urgency and no advice about pregnancy.</extracomment>
            <translation>Você está grávida e as cãibras incomodam: fale com a sua parteira ou o seu médico.</translation>
        </message>
        <message>
            <source>Cramps began after you started a new medicine.</source>
            <extracomment>a reason to see a doctor. Must not say the medicine causes the cramps, nor suggest stopping it.</extracomment>
            <translation>As cãibras começaram depois que você começou um remédio novo.</translation>
        </message>
        <message>
            <source>These tips and stretching have not helped.</source>
            <extracomment>a reason to see a doctor: self-care has not helped. Plain; no added urgency.</extracomment>
            <translation>Estas dicas e o alongamento não ajudaram.</translation>
        </message>
        <message>
            <source>Some pains feel like cramps but are not: the Warning signs page lists them.</source>
            <extracomment>must point to the Warning signs page (use that page's translated title). Must not name a disease here.</extracomment>
            <translation>Algumas dores parecem cãibras, mas não são: a página Sinais de alerta mostra quais são.</translation>
        </message>
        <message>
            <source>Any warning sign appears. Those need a doctor now: see the Warning signs page.</source>
            <extracomment>urgent: a warning sign needs a doctor now, not later. Keep 'now'; use the Warning signs page's translated title.</extracomment>
            <translation>Aparece algum sinal de alerta. Nesse caso, é preciso procurar um médico agora: veja a página Sinais de alerta.</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>title of the page of signs that need a doctor now. A plain word for warning signs; not 'emergency' and not a medical term.</extracomment>
            <translation>Sinais de alerta</translation>
        </message>
        <message>
            <source>See a doctor now if</source>
            <extracomment>urgent heading: see a doctor now, without waiting. Not 'soon', and not yet an emergency call (that is a later section).</extracomment>
            <translation>Procure um médico agora se</translation>
        </message>
        <message>
            <source>The leg is swollen.</source>
            <extracomment>warning sign: the leg is swollen. Plain words; add no cause or diagnosis.</extracomment>
            <translation>A perna está inchada.</translation>
        </message>
        <message>
            <source>The leg is red, or warm to the touch.</source>
            <extracomment>warning sign: the leg is red, or warm to the touch. Keep 'or': either one is enough.</extracomment>
            <translation>A perna está vermelha, ou quente ao toque.</translation>
        </message>
        <message>
            <source>The pain is constant and stays, even after you stretch.</source>
            <extracomment>warning sign: pain that does not stop, even after stretching. Must not suggest stretching more.</extracomment>
            <translation>A dor é constante e continua, mesmo depois de alongar.</translation>
        </message>
        <message>
            <source>Stretching does not relieve the cramp.</source>
            <extracomment>warning sign: stretching does not ease the cramp. Add no number of tries.</extracomment>
            <translation>O alongamento não alivia a cãibra.</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Por que isso importa</translation>
        </message>
        <message>
            <source>These can be signs of a blood clot in a deep vein of the leg, called deep vein thrombosis (DVT).</source>
            <extracomment>keep 'can be signs of' (possible, not certain). Use the usual local name for deep vein thrombosis and its local abbreviation; no certainty.</extracomment>
            <translation>Estes podem ser sinais de um coágulo de sangue em uma veia profunda da perna, chamado trombose venosa profunda (TVP).</translation>
        </message>
        <message>
            <source>Only a doctor can tell. Do not wait for the morning.</source>
            <extracomment>urgency: only a doctor can tell whether it is a clot; must say not to wait until the morning. Do not soften.</extracomment>
            <translation>Só um médico pode avaliar isso. Não espere até de manhã.</translation>
        </message>
        <message>
            <source>Until a doctor has seen it, do not rub, massage or warm a leg that is swollen, red or warm.</source>
            <extracomment>safety: no rubbing, massage or warming of a swollen, red or warm leg until a doctor has seen it. Keep all three actions and all three signs.</extracomment>
            <translation>Até um médico examinar, não esfregue, não massageie e não aqueça uma perna inchada, vermelha ou quente.</translation>
        </message>
        <message>
            <source>Pains that may not be a cramp: tell your doctor</source>
            <extracomment>heading: keep 'may' and 'tell your doctor' (not urgent, not an emergency).</extracomment>
            <translation>Dores que podem não ser cãibra: conte ao seu médico</translation>
        </message>
        <message>
            <source>Calf pain that comes on when you walk and eases when you rest. Narrowed arteries in the leg can do this.</source>
            <extracomment>keep 'can' (a possible cause, not a diagnosis). Plain words for narrowed arteries; no disease name.</extracomment>
            <translation>Dor na panturrilha que aparece quando você anda e melhora quando descansa. Artérias estreitadas na perna podem causar isso.</translation>
        </message>
        <message>
            <source>Foot or calf pain at night that eases when you let your legs hang over the edge of the bed. This can be poor blood flow too.</source>
            <extracomment>keep 'can' (possible, not certain): pain that eases with the legs hanging over the bed's edge. No diagnosis or disease name.</extracomment>
            <translation>Dor no pé ou na panturrilha à noite que melhora quando você deixa as pernas penduradas para fora da cama. Isso também pode ser má circulação do sangue.</translation>
        </message>
        <message>
            <source>Legs that feel heavy, ache or swell after a long day on your feet, with cramps at night. Weak valves in the leg veins can cause this.</source>
            <extracomment>keep 'can cause'. Plain words for weak valves in the leg veins; no disease name (such as varicose veins) and no added advice.</extracomment>
            <translation>Pernas que ficam pesadas, doem ou incham depois de um longo dia em pé, com cãibras à noite. Válvulas fracas nas veias das pernas podem causar isso.</translation>
        </message>
        <message>
            <source>Numbness, tingling or burning in the feet or legs. Nerves can cause this, for example with diabetes. Do not put heat on a numb leg.</source>
            <extracomment>keep 'can' and diabetes as one example only. Must keep the safety line: do not put heat on a numb leg.</extracomment>
            <translation>Dormência, formigamento ou queimação nos pés ou nas pernas. Os nervos podem causar isso, por exemplo no diabetes. Não coloque calor numa perna dormente.</translation>
        </message>
        <message>
            <source>Pain that spreads down the leg from the lower back. A pressed nerve in the back can do this.</source>
            <extracomment>keep 'can' (possible, not certain). Plain words for a pressed nerve; no diagnosis such as sciatica.</extracomment>
            <translation>Dor que desce pela perna a partir da parte baixa das costas. Um nervo comprimido nas costas pode causar isso.</translation>
        </message>
        <message>
            <source>Call emergency services if</source>
            <extracomment>heading, highest urgency: call the emergency services. Must not add a phone number or weaken it to 'see a doctor'.</extracomment>
            <translation>Ligue para o serviço de emergência se</translation>
        </message>
        <message>
            <source>You suddenly feel short of breath.</source>
            <extracomment>emergency sign: sudden shortness of breath. Keep 'suddenly'; no diagnosis.</extracomment>
            <translation>Você sente falta de ar de repente.</translation>
        </message>
        <message>
            <source>There is pain in your chest.</source>
            <extracomment>emergency sign: chest pain. Plain words; no diagnosis.</extracomment>
            <translation>Você sente dor no peito.</translation>
        </message>
        <message>
            <source>A clot can travel to the lungs. That is an emergency: call straight away.</source>
            <extracomment>keep 'can' for the clot; must say it is an emergency, call at once. Must not name a diagnosis (such as pulmonary embolism) or add a number.</extracomment>
            <translation>Um coágulo pode ir até os pulmões. Isso é uma emergência: ligue imediatamente.</translation>
        </message>
        <message>
            <source>Do not drive yourself. Call for an ambulance, or ask someone to drive you.</source>
            <extracomment>safety: must say not to drive yourself, and to call an ambulance or have someone drive you. Keep both options; add no phone number.</extracomment>
            <translation>Não dirija você mesmo. Chame uma ambulância, ou peça para alguém levar você.</translation>
        </message>
        <message>
            <source>If the leg is swollen, red or warm, or the pain will not ease, see a doctor now. It can be a blood clot. Chest pain or sudden breathlessness: call emergency services now. Do not drive yourself.</source>
            <extracomment>spoken. Keep: swollen, red or warm leg, or pain that will not ease: doctor now; it 'can be' a clot (not 'is'); chest pain or breathlessness: emergency services now; do not drive yourself. Add no phone number and no diagnosis.</extracomment>
            <translation>Se a perna estiver inchada, vermelha ou quente, ou a dor não aliviar, procure um médico agora. Pode ser um coágulo de sangue. Dor no peito ou falta de ar repentina: ligue agora para o serviço de emergência. Não dirija você mesmo.</translation>
        </message>
        <message>
            <source>Leg swollen, red or warm? Pain that will not ease?</source>
            <extracomment>large warning text: keep all four signs (swollen, red, warm, pain that will not ease). Short; no diagnosis.</extracomment>
            <translation>Perna inchada, vermelha ou quente? Dor que não alivia?</translation>
        </message>
        <message>
            <source>See a doctor now.</source>
            <extracomment>must keep 'now' (without waiting). Not an emergency call: that is the next line.</extracomment>
            <translation>Procure um médico agora.</translation>
        </message>
        <message>
            <source>Chest pain or short of breath? Call emergency services.</source>
            <extracomment>emergency: must say to call emergency services. Short; no phone number, no diagnosis.</extracomment>
            <translation>Dor no peito ou falta de ar? Ligue para o serviço de emergência.</translation>
        </message>
    </context>
    <context>
        <name>lock</name>
        <message>
            <source>The PIN prevents accidental changes to the settings, the routines and the diary. It does not stop someone who can open this computer's files.</source>
            <translation>O PIN evita alterações acidentais nas configurações, nas rotinas e no diário. Ele não impede alguém que consiga abrir os arquivos deste computador.</translation>
        </message>
        <message>
            <source>Forgot the PIN? Delete the file {file} to remove it.</source>
            <translation>Esqueceu o PIN? Exclua o arquivo {file} para removê-lo.</translation>
        </message>
        <message>
            <source>Too many wrong tries.</source>
            <translation>Tentativas erradas demais.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Esse PIN não está certo.</translation>
        </message>
        <message>
            <source>Please wait 1 second, then try again.</source>
            <translation>Por favor, espere 1 segundo e tente de novo.</translation>
        </message>
        <message>
            <source>Please wait {seconds} seconds, then try again.</source>
            <translation>Por favor, espere {seconds} segundos e tente de novo.</translation>
        </message>
        <message>
            <source>Please wait {minutes} minutes, then try again.</source>
            <translation>Por favor, espere {minutes} minutos e tente de novo.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Um PIN tem de 4 a 8 dígitos.</translation>
        </message>
        <message>
            <source>Enter the current PIN first.</source>
            <translation>Digite primeiro o PIN atual.</translation>
        </message>
        <message>
            <source>it is empty or damaged</source>
            <translation>está vazio ou danificado</translation>
        </message>
        <message>
            <source>The PIN lock file cannot be read ({reason}), so the settings stay locked. To reset the PIN, delete {file} (see "Forgotten PIN" in the README).</source>
            <translation>O arquivo de bloqueio por PIN não pode ser lido ({reason}), então as configurações continuam bloqueadas. Para redefinir o PIN, exclua {file} (veja "Forgotten PIN" no README).</translation>
        </message>
        <message>
            <source>The PIN lock could not be saved: {reason}.</source>
            <translation>Não foi possível salvar o bloqueio por PIN: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>night</name>
        <message>
            <source>How is the cramp now?</source>
            <translation>Como está a cãibra agora?</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>{problems} Cramp now works as usual; what would be kept there is kept only until the app closes. Check setup (in the More menu) says how to fix it.</source>
            <translation>{problems} Cãibra agora funciona normalmente; o que seria guardado lá fica guardado só até o aplicativo fechar. Verificar instalação (no menu Mais) explica como corrigir.</translation>
        </message>
        <message>
            <source>Cramp Timer cannot use the folder {folder}: {reason}.</source>
            <translation>O Cramp Timer não pode usar a pasta {folder}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Time for your bedtime routine: {routine}. A few minutes of stretching can make night cramps rarer.</source>
            <extracomment>keep 'can make night cramps rarer' (not 'will' or 'prevents'); {routine} is the routine's name. Add no promise.</extracomment>
            <translation>Hora da sua rotina antes de dormir: {routine}. Alguns minutos de alongamento podem tornar as cãibras noturnas mais raras.</translation>
        </message>
    </context>
    <context>
        <name>routine_cli</name>
        <message>
            <source>Nothing was imported. Add --replace to replace your routines.</source>
            <translation>Nada foi importado. Adicione --replace para substituir suas rotinas.</translation>
        </message>
        <message>
            <source>No PIN was given on standard input.</source>
            <translation>Nenhum PIN foi informado na entrada padrão.</translation>
        </message>
        <message>
            <source>A PIN is set. Run this at a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>Há um PIN definido. Execute isto em um terminal, ou informe o PIN na entrada padrão com --pin-stdin.</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>PIN: </translation>
        </message>
        <message>
            <source>Exported the routine {name} to {file}.</source>
            <translation>A rotina {name} foi exportada para {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n routines to {file}: {names}.</source>
            <translation>
                <numerusform>%n rotina exportada para {file}: {names}.</numerusform>
                <numerusform>%n rotinas exportadas para {file}: {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>routine_editing</name>
        <message>
            <source>Prescribed by</source>
            <translation>Prescrita por</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>A observação</translation>
        </message>
        <message>
            <source>The step's name</source>
            <translation>O nome do passo</translation>
        </message>
        <message>
            <source>The spoken instruction</source>
            <translation>A instrução falada</translation>
        </message>
        <message>
            <source>The side</source>
            <translation>O lado</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>Segurar (segundos)</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Repetições</translation>
        </message>
        <message>
            <source>Rest (seconds)</source>
            <translation>Descanso (segundos)</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Perna esquerda</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Perna direita</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>As duas pernas</translation>
        </message>
        <message>
            <source>No side</source>
            <translation>Sem lado</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (cópia)</translation>
        </message>
        <message>
            <source>Calf stretch</source>
            <translation>Alongamento da panturrilha</translation>
        </message>
        <message>
            <source>Sit with this leg straight out and pull the toes gently toward you.</source>
            <translation>Sente-se com esta perna esticada à frente e puxe os dedos do pé com suavidade na sua direção.</translation>
        </message>
        <message numerus="yes">
            <source>A routine has at most %n steps.</source>
            <translation>
                <numerusform>Uma rotina tem no máximo %n passo.</numerusform>
                <numerusform>Uma rotina tem no máximo %n passos.</numerusform>
            </translation>
        </message>
        <message>
            <source>A routine needs at least one step. Delete the routine instead.</source>
            <translation>Uma rotina precisa de pelo menos um passo. Em vez disso, exclua a rotina.</translation>
        </message>
        <message>
            <source>Choose a routine first.</source>
            <translation>Escolha uma rotina primeiro.</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it and change the copy.</source>
            <translation>Esta rotina vem com o Cramp Timer e não pode ser alterada. Duplique-a e altere a cópia.</translation>
        </message>
    </context>
    <context>
        <name>routine_files</name>
        <message numerus="yes">
            <source>and %n more problems</source>
            <translation>
                <numerusform>e mais %n problema</numerusform>
                <numerusform>e mais %n problemas</numerusform>
            </translation>
        </message>
        <message>
            <source>These routines would make a file of {size}, and a routine file may be at most 1 MiB, so nothing was written. Shorten or delete some routines first.</source>
            <translation>Estas rotinas formariam um arquivo de {size}, e um arquivo de rotinas pode ter no máximo 1 MiB, então nada foi gravado. Encurte ou exclua algumas rotinas primeiro.</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>esse arquivo não existe</translation>
        </message>
        <message>
            <source>the file could not be read: {reason}</source>
            <translation>não foi possível ler o arquivo: {reason}</translation>
        </message>
        <message>
            <source>this is a folder, not a routine file</source>
            <translation>isto é uma pasta, não um arquivo de rotinas</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>isto não é um arquivo comum</translation>
        </message>
        <message>
            <source>the file is {size}; a routine file may be at most 1 MiB</source>
            <translation>o arquivo tem {size}; um arquivo de rotinas pode ter no máximo 1 MiB</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (byte {byte} at offset {offset})</source>
            <translation>o arquivo não é texto UTF-8 (byte {byte} na posição {offset})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>o arquivo está vazio</translation>
        </message>
        <message>
            <source>not valid JSON at line {line}, column {column}: {reason}</source>
            <translation>JSON inválido na linha {line}, coluna {column}: {reason}</translation>
        </message>
        <message>
            <source>not valid JSON: {word} is not a number JSON allows</source>
            <translation>JSON inválido: {word} não é um número permitido em JSON</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a routine file</source>
            <translation>o arquivo tem níveis aninhados demais para ser um arquivo de rotinas</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>JSON inválido: {reason}</translation>
        </message>
        <message>
            <source>the file must hold one JSON object, not {kind}</source>
            <translation>o arquivo deve conter um único objeto JSON, não {kind}</translation>
        </message>
        <message>
            <source>this is not a Cramp Timer routine file ("format" must be "{marker}")</source>
            <translation>este não é um arquivo de rotinas do Cramp Timer ("format" deve ser "{marker}")</translation>
        </message>
        <message>
            <source>routines: must be a list, not {kind}</source>
            <translation>routines: deve ser uma lista, não {kind}</translation>
        </message>
        <message>
            <source>routines: is empty; a file holds at least one routine</source>
            <translation>routines: está vazio; um arquivo contém pelo menos uma rotina</translation>
        </message>
        <message>
            <source>version: must be a whole number from 1 up, not {value}</source>
            <translation>version: deve ser um número inteiro a partir de 1, não {value}</translation>
        </message>
        <message>
            <source>made by a newer Cramp Timer (format version {version}; this one reads {supported})</source>
            <translation>feito por um Cramp Timer mais novo (versão do formato {version}; esta versão lê {supported})</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is also the name of routines[{other}]</source>
            <translation>routines[{index}].name: {name} também é o nome de routines[{other}]</translation>
        </message>
        <message>
            <source>{path}: appears more than once</source>
            <translation>{path}: aparece mais de uma vez</translation>
        </message>
        <message>
            <source>the routine</source>
            <translation>a rotina</translation>
        </message>
        <message>
            <source>{path}: is missing</source>
            <translation>{path}: está faltando</translation>
        </message>
        <message>
            <source>{path}: is not a known field</source>
            <translation>{path}: não é um campo conhecido</translation>
        </message>
        <message>
            <source>{path}: must be an object, not {kind}</source>
            <translation>{path}: deve ser um objeto, não {kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is above {high}</source>
            <translation>{path}: {value} é maior que {high}</translation>
        </message>
        <message>
            <source>{path}: {value} is below {low}</source>
            <translation>{path}: {value} é menor que {low}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number, not {value}</source>
            <translation>{path}: deve ser um número inteiro, não {value}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number from {low} to {high}, not {kind}</source>
            <translation>{path}: deve ser um número inteiro de {low} a {high}, não {kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is not one of: {choices}</source>
            <translation>{path}: {value} não é um destes: {choices}</translation>
        </message>
        <message>
            <source>{path}: must be one of: {choices} (not {value})</source>
            <translation>{path}: deve ser um destes: {choices} (não {value})</translation>
        </message>
        <message>
            <source>{path}: is empty; it needs {low} to {high} items</source>
            <translation>{path}: está vazio; precisa ter de {low} a {high} itens</translation>
        </message>
        <message numerus="yes">
            <source>{path}: has %n items; it may have {low} to {high}</source>
            <translation>
                <numerusform>{path}: tem %n item; pode ter de {low} a {high}</numerusform>
                <numerusform>{path}: tem %n itens; pode ter de {low} a {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: must be a list, not {kind}</source>
            <translation>{path}: deve ser uma lista, não {kind}</translation>
        </message>
        <message>
            <source>{path}: must be true or false, not {value}</source>
            <translation>{path}: deve ser true ou false, não {value}</translation>
        </message>
        <message>
            <source>{path}: must be text, not {kind}</source>
            <translation>{path}: deve ser texto, não {kind}</translation>
        </message>
        <message>
            <source>{path}: is not valid text (a lone surrogate escape)</source>
            <translation>{path}: não é um texto válido (um escape de surrogate isolado)</translation>
        </message>
        <message numerus="yes">
            <source>{path}: is %n characters long; the most is {high}</source>
            <translation>
                <numerusform>{path}: tem %n caractere; o máximo é {high}</numerusform>
                <numerusform>{path}: tem %n caracteres; o máximo é {high}</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: is empty</source>
            <translation>{path}: está vazio</translation>
        </message>
        <message>
            <source>{path}: holds an invisible or text-direction character (such as a zero-width space or a right-to-left override); type it again without it</source>
            <translation>{path}: contém um caractere invisível ou de direção do texto (como um espaço de largura zero ou uma inversão da direita para a esquerda); digite de novo sem ele</translation>
        </message>
        <message>
            <source>{path}: must be one line, without tabs or control characters</source>
            <translation>{path}: deve ter uma só linha, sem tabulações nem caracteres de controle</translation>
        </message>
        <message>
            <source>{path}: must not contain control characters</source>
            <translation>{path}: não pode conter caracteres de controle</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>um número</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>uma lista</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>um objeto</translation>
        </message>
    </context>
    <context>
        <name>routine_store</name>
        <message>
            <source>Imported the routine {name} from {file}.</source>
            <translation>A rotina {name} foi importada de {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n routines from {file}: {names}.</source>
            <translation>
                <numerusform>%n rotina importada de {file}: {names}.</numerusform>
                <numerusform>%n rotinas importadas de {file}: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>It replaced the routine(s) of the same name: {names}.</source>
            <translation>A importação substituiu a(s) rotina(s) de mesmo nome: {names}.</translation>
        </message>
        <message>
            <source>{old} was taken, so it is called {new}.</source>
            <translation>{old} já estava em uso, então ela se chama {new}.</translation>
        </message>
        <message>
            <source>{path}: {name} is the name of a built-in routine; give it another name</source>
            <translation>{path}: {name} é o nome de uma rotina do aplicativo; dê outro nome a ela</translation>
        </message>
        <message>
            <source>{path}: {name} is already one of your routines</source>
            <translation>{path}: {name} já é uma das suas rotinas</translation>
        </message>
        <message>
            <source>There are no routines of your own to export yet.</source>
            <translation>Ainda não há rotinas suas para exportar.</translation>
        </message>
        <message>
            <source>Choose at least one routine to export.</source>
            <translation>Escolha pelo menos uma rotina para exportar.</translation>
        </message>
        <message>
            <source>The routines could not be written to {file}: {reason}.</source>
            <translation>Não foi possível gravar as rotinas em {file}: {reason}.</translation>
        </message>
        <message>
            <source>There is no routine called {name}.</source>
            <translation>Não existe rotina chamada {name}.</translation>
        </message>
        <message>
            <source>{name} comes with Cramp Timer and cannot be changed or deleted. You can duplicate it and change the copy.</source>
            <translation>{name} vem com o Cramp Timer e não pode ser alterada nem excluída. Você pode duplicá-la e alterar a cópia.</translation>
        </message>
        <message>
            <source>{name} is the name of a built-in routine. Please choose another name.</source>
            <translation>{name} é o nome de uma rotina do aplicativo. Por favor, escolha outro nome.</translation>
        </message>
        <message>
            <source>There is already a routine called {name}. Please choose another name.</source>
            <translation>Já existe uma rotina chamada {name}. Por favor, escolha outro nome.</translation>
        </message>
        <message>
            <source>Your routines file could not be read or moved out of the way, so changes cannot be saved. Move it away and start Cramp Timer again: {file}</source>
            <translation>Não foi possível ler nem tirar do caminho o seu arquivo de rotinas, então as alterações não podem ser salvas. Tire-o do lugar e inicie o Cramp Timer de novo: {file}</translation>
        </message>
        <message>
            <source>Your routines could not be saved: {reason}.</source>
            <translation>Não foi possível salvar suas rotinas: {reason}.</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is the name of a built-in routine</source>
            <translation>routines[{index}].name: {name} é o nome de uma rotina do aplicativo</translation>
        </message>
        <message>
            <source>Your routines were saved by a newer version of Cramp Timer, so only the built-in routines are available.</source>
            <translation>Suas rotinas foram salvas por uma versão mais nova do Cramp Timer, então só as rotinas do aplicativo estão disponíveis.</translation>
        </message>
        <message>
            <source>Your routines file could not be read, so only the built-in routines are available.</source>
            <translation>Não foi possível ler seu arquivo de rotinas, então só as rotinas do aplicativo estão disponíveis.</translation>
        </message>
        <message>
            <source>The file could not be moved out of the way either: {file}.</source>
            <translation>Também não foi possível tirar o arquivo do caminho: {file}.</translation>
        </message>
        <message>
            <source>The old file was kept as {name}; once it is mended it can be imported again.</source>
            <translation>O arquivo antigo foi guardado como {name}; depois de consertado, ele pode ser importado de novo.</translation>
        </message>
    </context>
    <context>
        <name>routines</name>
        <message>
            <source>Bedtime stretch</source>
            <translation>Alongamento antes de dormir</translation>
        </message>
        <message>
            <source>Bedtime stretch (seated)</source>
            <translation>Alongamento antes de dormir (sentado)</translation>
        </message>
        <message>
            <source>{path} is missing.</source>
            <translation>{path} está faltando.</translation>
        </message>
        <message>
            <source>{path} is not part of a routine.</source>
            <translation>{path} não faz parte de uma rotina.</translation>
        </message>
        <message>
            <source>{path} must be a group of named values.</source>
            <translation>{path} deve ser um grupo de valores com nome.</translation>
        </message>
        <message>
            <source>{path} must be one line of {low} to {high} characters.</source>
            <translation>{path} deve ser uma linha de {low} a {high} caracteres.</translation>
        </message>
        <message>
            <source>{path} must be text of {low} to {high} characters.</source>
            <translation>{path} deve ser um texto de {low} a {high} caracteres.</translation>
        </message>
        <message>
            <source>{path} must be a whole number from {low} to {high}.</source>
            <translation>{path} deve ser um número inteiro de {low} a {high}.</translation>
        </message>
        <message>
            <source>{path} must be one of: {choices}.</source>
            <translation>{path} deve ser um destes: {choices}.</translation>
        </message>
        <message>
            <source>{path} must be a list of {low} to {high} items.</source>
            <translation>{path} deve ser uma lista de {low} a {high} itens.</translation>
        </message>
        <message>
            <source>{path} must be true or false.</source>
            <translation>{path} deve ser true ou false.</translation>
        </message>
        <message>
            <source>The routine</source>
            <translation>A rotina</translation>
        </message>
        <message>
            <source>Calf stretch against the wall</source>
            <translation>Alongamento da panturrilha na parede</translation>
        </message>
        <message>
            <source>Face a wall with both hands on it. Step this leg back, heel down, knee straight. Lean in until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: hands on the wall, this leg back, heel down, knee straight; limit: lean until the calf pulls firmly but does not hurt.</extracomment>
            <translation>Fique de frente para uma parede, com as duas mãos nela. Leve esta perna um passo para trás, calcanhar no chão, joelho esticado. Incline-se para a frente até a panturrilha puxar com firmeza, mas sem doer.</translation>
        </message>
        <message>
            <source>Standing hamstring stretch</source>
            <translation>Alongamento do posterior da coxa em pé</translation>
        </message>
        <message>
            <source>Hold on to something steady. Put this heel a small step forward, toes up. Bend the other knee and lean forward from the hips until the back of the thigh pulls firmly, but it does not hurt.</source>
            <extracomment>must begin with the safety step: hold on to something steady. Keep the limit: the thigh pulls firmly but does not hurt.</extracomment>
            <translation>Apoie-se em algo firme. Coloque este calcanhar um pequeno passo à frente, com os dedos para cima. Dobre o outro joelho e incline o corpo para a frente a partir do quadril, até a parte de trás da coxa puxar com firmeza, mas sem doer.</translation>
        </message>
        <message>
            <source>Seated calf stretch</source>
            <translation>Alongamento da panturrilha sentado</translation>
        </message>
        <message>
            <source>Sit with this leg straight out. Put a towel around the ball of the foot and draw the foot toward you until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: leg straight, towel around the ball of the foot, draw the foot toward you; limit: the calf pulls firmly but does not hurt.</extracomment>
            <translation>Sente-se com esta perna esticada à frente. Passe uma toalha em volta da parte da frente da sola do pé e puxe o pé na sua direção até a panturrilha puxar com firmeza, mas sem doer.</translation>
        </message>
        <message>
            <source>Seated hamstring stretch</source>
            <translation>Alongamento do posterior da coxa sentado</translation>
        </message>
        <message>
            <source>Sit on the edge of the bed or a chair. Put this leg straight out, heel down, toes up. Lean forward from the hips, back straight, until the thigh pulls firmly but does not hurt.</source>
            <extracomment>stretch steps: sit on the edge of a bed or chair, leg straight, heel down, toes up, lean from the hips with a straight back; limit: a firm pull that does not hurt.</extracomment>
            <translation>Sente-se na beira da cama ou de uma cadeira. Estique esta perna à frente, calcanhar no chão, dedos para cima. Incline-se para a frente a partir do quadril, com as costas retas, até a coxa puxar com firmeza, mas sem doer.</translation>
        </message>
        <message>
            <source>Calf and hamstring stretches, each leg, held 10 seconds, three times, just before bed. In a six-week study of 80 adults (Hallegraeff and others, 2012) this led to fewer and milder night cramps. Each stretch should pull firmly but never hurt; stop if it hurts. Keep breathing: never hold your breath.</source>
            <extracomment>one study (keep its details: 10 seconds, three times, six weeks, 80 adults, Hallegraeff 2012): 'led to fewer and milder', no 'proven' or 'will'. Keep 'stop if it hurts' and 'never hold your breath'.</extracomment>
            <translation>Alongamentos da panturrilha e do posterior da coxa, em cada perna, segurados por 10 segundos, três vezes, logo antes de dormir. Em um estudo de seis semanas com 80 adultos (Hallegraeff e colaboradores, 2012), isso levou a cãibras noturnas menos frequentes e mais leves. Cada alongamento deve puxar com firmeza, mas nunca doer; pare se doer. Continue respirando: nunca prenda a respiração.</translation>
        </message>
        <message>
            <source>{exercise}, left leg</source>
            <translation>{exercise}, perna esquerda</translation>
        </message>
        <message>
            <source>{exercise}, right leg</source>
            <translation>{exercise}, perna direita</translation>
        </message>
        <message>
            <source>{exercise}, both legs</source>
            <translation>{exercise}, as duas pernas</translation>
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
            <translation>Relaxe. A seguir: {line}</translation>
        </message>
        <message>
            <source>Slowly into the stretch: firm, not painful.</source>
            <extracomment>spoken: move slowly into the stretch; it should feel firm, never painful. Keep both.</extracomment>
            <translation>Entre devagar no alongamento: firme, sem dor.</translation>
        </message>
        <message>
            <source>{heading}: move into stretch {number} of {count}</source>
            <translation>{heading}: entre no alongamento {number} de {count}</translation>
        </message>
        <message>
            <source>Hold it there. Keep breathing.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and keep breathing (do not hold the breath).</extracomment>
            <translation>Segure aí. Continue respirando.</translation>
        </message>
        <message>
            <source>Relax. That is the whole routine. Sleep well.</source>
            <translation>Relaxe. A rotina terminou. Durma bem.</translation>
        </message>
        <message>
            <source>{heading}: stretch {number} of {count}</source>
            <translation>{heading}: alongamento {number} de {count}</translation>
        </message>
        <message>
            <source>Relax.</source>
            <translation>Relaxe.</translation>
        </message>
        <message>
            <source>Relax. Stretch {number} of {count} comes next.</source>
            <translation>Relaxe. Em seguida, alongamento {number} de {count}.</translation>
        </message>
        <message>
            <source>Stretch {number} of {count}</source>
            <translation>Alongamento {number} de {count}</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>perna esquerda</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>perna direita</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>as duas pernas</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>prepare-se</translation>
        </message>
        <message>
            <source>rest, then hold {number} of {count}</source>
            <translation>descanse, depois segure {number} de {count}</translation>
        </message>
        <message>
            <source>hold {number} of {count}</source>
            <translation>segure {number} de {count}</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>heat time</source>
            <translation>tempo de calor</translation>
        </message>
        <message>
            <source>cold time</source>
            <translation>tempo de frio</translation>
        </message>
        <message>
            <source>stretch hold time</source>
            <translation>tempo de segurar o alongamento</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>tempo de preparação</translation>
        </message>
        <message>
            <source>get-ready time standing</source>
            <translation>tempo de preparação de pé</translation>
        </message>
        <message>
            <source>stretch</source>
            <translation>alongamento</translation>
        </message>
        <message>
            <source>spoken guidance</source>
            <translation>orientação falada</translation>
        </message>
        <message>
            <source>voice</source>
            <translation>voz</translation>
        </message>
        <message>
            <source>speaking speed</source>
            <translation>velocidade da fala</translation>
        </message>
        <message>
            <source>voice volume</source>
            <translation>volume da voz</translation>
        </message>
        <message>
            <source>welcome shown</source>
            <translation>boas-vindas mostradas</translation>
        </message>
        <message>
            <source>bedtime reminder</source>
            <translation>lembrete da hora de dormir</translation>
        </message>
        <message>
            <source>reminder time</source>
            <translation>hora do lembrete</translation>
        </message>
        <message>
            <source>reminder days</source>
            <translation>dias do lembrete</translation>
        </message>
        <message>
            <source>spoken reminder</source>
            <translation>lembrete falado</translation>
        </message>
        <message>
            <source>snooze time</source>
            <translation>tempo de adiamento</translation>
        </message>
        <message>
            <source>bedtime routine</source>
            <translation>rotina antes de dormir</translation>
        </message>
        <message>
            <source>dim screen</source>
            <translation>escurecer a tela</translation>
        </message>
        <message>
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Cramp Timer. This version uses the settings it understands.</source>
            <translation>Suas configurações foram salvas por uma versão mais nova do Cramp Timer. Esta versão usa as configurações que entende.</translation>
        </message>
        <message>
            <source>Some settings could not be used, so the usual values are back for: {fields}.</source>
            <translation>Algumas configurações não puderam ser usadas, então os valores padrão voltaram para: {fields}.</translation>
        </message>
        <message>
            <source>Some entries in the settings file were not recognised: {names}.</source>
            <translation>Algumas entradas do arquivo de configurações não foram reconhecidas: {names}.</translation>
        </message>
        <message>
            <source>The settings file had no usable version number.</source>
            <translation>O arquivo de configurações não tinha um número de versão utilizável.</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The file could not be moved out of the way either: {name}.</source>
            <translation>Não foi possível ler seu arquivo de configurações, então as configurações padrão estão em uso. Também não foi possível tirar o arquivo do caminho: {name}.</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The old file was kept as {name}.</source>
            <translation>Não foi possível ler seu arquivo de configurações, então as configurações padrão estão em uso. O arquivo antigo foi guardado como {name}.</translation>
        </message>
        <message>
            <source>The settings file could not be repaired, so this may show again.</source>
            <translation>Não foi possível consertar o arquivo de configurações, então isto pode aparecer de novo.</translation>
        </message>
        <message>
            <source>The old file was kept as {name}.</source>
            <translation>O arquivo antigo foi guardado como {name}.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>e mais %n</numerusform>
                <numerusform>e mais %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <source>a routine request needs the routine's name</source>
            <translation>um pedido de rotina precisa do nome da rotina</translation>
        </message>
        <message numerus="yes">
            <source>a routine name has at most %n characters</source>
            <translation>
                <numerusform>o nome de uma rotina tem no máximo %n caractere</numerusform>
                <numerusform>o nome de uma rotina tem no máximo %n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>The folder {folder} is not a private folder of this user, so Cramp Timer will not use it for its socket.</source>
            <translation>A pasta {folder} não é uma pasta privada deste usuário, então o Cramp Timer não vai usá-la para o seu socket.</translation>
        </message>
        <message>
            <source> (process {pid})</source>
            <translation> (processo {pid})</translation>
        </message>
        <message>
            <source>The lock file {path} could not be used: {why}.</source>
            <translation>Não foi possível usar o arquivo de bloqueio {path}: {why}.</translation>
        </message>
        <message>
            <source>Cramp Timer could not listen on {address}: {why}.</source>
            <translation>O Cramp Timer não conseguiu escutar em {address}: {why}.</translation>
        </message>
        <message numerus="yes">
            <source>Another Cramp Timer{holder} is running but did not answer within %n seconds.</source>
            <translation>
                <numerusform>Outro Cramp Timer{holder} está aberto, mas não respondeu em até %n segundo.</numerusform>
                <numerusform>Outro Cramp Timer{holder} está aberto, mas não respondeu em até %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The running Cramp Timer did not answer ({error}).</source>
            <translation>O Cramp Timer que já está aberto não respondeu ({error}).</translation>
        </message>
        <message>
            <source>The running Cramp Timer gave an unreadable answer: {error}.</source>
            <translation>O Cramp Timer que já está aberto deu uma resposta ilegível: {error}.</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>The natural voice is off ({why}), so the plainer espeak-ng voice speaks; {fix}</source>
            <translation>A voz natural está desligada ({why}), então quem fala é a voz mais simples do espeak-ng; {fix}</translation>
        </message>
        <message>
            <source>to get it back, run Cramp Timer's setup again (./run.sh) or reinstall it.</source>
            <translation>para recuperá-la, execute de novo a instalação do Cramp Timer (./run.sh) ou reinstale o Cramp Timer.</translation>
        </message>
        <message>
            <source>choose another voice in Settings, or reinstall Cramp Timer.</source>
            <translation>escolha outra voz em Configurações, ou reinstale o Cramp Timer.</translation>
        </message>
        <message>
            <source>Cramp Timer could not start its speech helper ({why}); reinstall Cramp Timer to get spoken cues back.</source>
            <translation>O Cramp Timer não conseguiu iniciar o seu auxiliar de fala ({why}); reinstale o Cramp Timer para ter as instruções faladas de volta.</translation>
        </message>
        <message numerus="yes">
            <source>Spoken cues are off because the speech helper failed %n times in a minute ({why}); restart Cramp Timer, and if it happens again reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>
                <numerusform>As instruções faladas estão desligadas porque o auxiliar de fala falhou %n vez em um minuto ({why}); reinicie o Cramp Timer e, se acontecer de novo, reinstale o espeak-ng: sudo apt install --reinstall espeak-ng</numerusform>
                <numerusform>As instruções faladas estão desligadas porque o auxiliar de fala falhou %n vezes em um minuto ({why}); reinicie o Cramp Timer e, se acontecer de novo, reinstale o espeak-ng: sudo apt install --reinstall espeak-ng</numerusform>
            </translation>
        </message>
        <message>
            <source>Spoken cues need the espeak-ng speech engine, which could not be loaded ({why}); install it with: sudo apt install espeak-ng</source>
            <translation>As instruções faladas precisam do mecanismo de fala espeak-ng, que não pôde ser carregado ({why}); instale-o com: sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because the aplay program is missing; install it with: sudo apt install alsa-utils</source>
            <translation>O Cramp Timer não consegue tocar som porque o programa aplay está faltando; instale-o com: sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because no sound device or sound server answered; check that the speakers are on and not muted, or install PulseAudio with: sudo apt install pulseaudio</source>
            <translation>O Cramp Timer não consegue tocar som porque nenhum dispositivo de som ou servidor de som respondeu; verifique se os alto-falantes estão ligados e não estão no mudo, ou instale o PulseAudio com: sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>No installed voice speaks this language ({language}), so the steps are only shown on screen. To hear them, install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>Nenhuma voz instalada fala este idioma ({language}), então os passos só aparecem na tela. Para ouvi-los, instale as vozes do espeak-ng: sudo apt install espeak-ng-data</translation>
        </message>
    </context>
</TS>
