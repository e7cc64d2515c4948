<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CloseGuard</name>
        <message>
            <source>Keep Cramp Timer running?</source>
            <translation>让 Cramp Timer 继续运行吗？</translation>
        </message>
        <message>
            <source>Your bedtime reminder is on, but this desktop has no tray to keep Cramp Timer in. Keep it running without an icon? The window comes back at bedtime. If you quit, no reminder will come.</source>
            <translation>睡前提醒已开启，但这个桌面没有系统托盘，无法把 Cramp Timer 放在托盘里。要在没有图标的情况下继续运行吗？到了睡前时间，窗口会重新出现。如果退出，就不会有提醒。</translation>
        </message>
        <message>
            <source>Keep running</source>
            <translation>继续运行</translation>
        </message>
        <message>
            <source>Quit, no reminder</source>
            <translation>退出，不要提醒</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Seconds left in this step</source>
            <translation>这一步剩余的秒数</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>倒计时</translation>
        </message>
    </context>
    <context>
        <name>CrampTimer</name>
        <message>
            <source>Cramp Timer keeps running here, so it can remind you at bedtime. Quit it from this icon's menu.</source>
            <translation>Cramp Timer 会在这里继续运行，以便在睡前提醒您。要退出，请使用这个图标的菜单。</translation>
        </message>
        <message>
            <source>This session could not be written to your diary (%1).</source>
            <translation>这次记录未能写入您的日记（%1）。</translation>
        </message>
        <message>
            <source>Your diary could not be opened, so there is no history to show.</source>
            <translation>无法打开您的日记，所以没有历史记录可以显示。</translation>
        </message>
        <message numerus="yes">
            <source>%n diary entries are damaged and could not be read, so the history and exports leave them out. They are still in the diary file.</source>
            <translation>
                <numerusform>有%n条日记记录已损坏，无法读取，因此历史记录和导出文件中不包含它们。它们仍保存在日记文件中。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Your routines were changed from outside Cramp Timer; this is the latest list.</source>
            <translation>您的方案在 Cramp Timer 之外被更改过；这是最新的列表。</translation>
        </message>
        <message>
            <source>Your settings could not be saved: %1</source>
            <translation>无法保存您的设置：%1</translation>
        </message>
        <message>
            <source>Start at login could not be changed: %1</source>
            <translation>无法更改“登录时启动”：%1</translation>
        </message>
        <message>
            <source>The deleted routine was the bedtime routine; the bedtime routine is now “%1”.</source>
            <translation>删除的方案原本用作睡前拉伸；现在睡前拉伸改用“%1”。</translation>
        </message>
    </context>
    <context>
        <name>DesktopEntry</name>
        <message>
            <source>Cramp Timer is now in your application menu (it may take a moment to appear). These files were written:</source>
            <translation>Cramp Timer 已加入您的应用程序菜单（可能要稍等片刻才会出现）。已写入以下文件：</translation>
        </message>
        <message>
            <source>Cramp Timer was taken out of your application menu. These files were removed:</source>
            <translation>Cramp Timer 已从您的应用程序菜单中移除。已删除以下文件：</translation>
        </message>
        <message>
            <source>Cramp Timer was not in your application menu; nothing was removed.</source>
            <translation>Cramp Timer 不在您的应用程序菜单中；没有删除任何内容。</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Scroll with the arrow keys or Page Up and Page Down. Esc goes back.</source>
            <translation>用方向键或 Page Up、Page Down 键滚动。按 Esc 返回。</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>返回计时器（Esc）</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Cramp diary</source>
            <translation>抽筋日记</translation>
        </message>
        <message>
            <source>Cramp diary history</source>
            <translation>抽筋日记历史记录</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>隐藏此消息</translation>
        </message>
        <message>
            <source>History pages</source>
            <translation>历史记录页面</translation>
        </message>
        <message>
            <source>&amp;Nights</source>
            <translation>夜晚(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Six weeks</source>
            <translation>六周(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Is it helping?</source>
            <translation>有帮助吗？(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Delete entry</source>
            <translation>删除记录(&amp;D)</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>删除记录</translation>
        </message>
        <message>
            <source>Delete the chosen cramp entry (Delete key)</source>
            <translation>删除选中的抽筋记录（Delete 键）</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>导出 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Save every cramp entry as a spreadsheet file</source>
            <translation>把所有抽筋记录保存为电子表格文件</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>导出 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Save a summary to show your doctor</source>
            <translation>保存一份摘要，给医生看</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Nothing is in your diary yet.

Each time you use Cramp now or do the bedtime routine, that night shows up here.</source>
            <translation>您的日记里还没有内容。

每次您使用“抽筋了”或做睡前拉伸，那一晚都会显示在这里。</translation>
        </message>
        <message>
            <source>Nights, newest first</source>
            <translation>夜晚列表，最新的在前</translation>
        </message>
        <message>
            <source>The chosen night</source>
            <translation>选中的夜晚</translation>
        </message>
        <message>
            <source>Cramp entries of the chosen night</source>
            <translation>选中夜晚的抽筋记录</translation>
        </message>
        <message>
            <source>Bedtime routine and reminder</source>
            <translation>睡前拉伸和提醒</translation>
        </message>
        <message>
            <source>The last six weeks in figures</source>
            <translation>最近六周的数据</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine, in figures</source>
            <translation>开始睡前拉伸之前和之后的数据</translation>
        </message>
        <message>
            <source>What these figures can and cannot say</source>
            <translation>这些数据能说明什么，不能说明什么</translation>
        </message>
        <message>
            <source>Your diary could not be read just now (%1). Nothing was changed.</source>
            <translation>刚才无法读取您的日记（%1）。没有更改任何内容。</translation>
        </message>
        <message>
            <source>This night could not be read (%1).</source>
            <translation>无法读取这一晚的记录（%1）。</translation>
        </message>
        <message>
            <source>Night of %1</source>
            <translation>%1当晚</translation>
        </message>
        <message>
            <source>That entry had already been deleted.</source>
            <translation>这条记录已经被删除了。</translation>
        </message>
        <message>
            <source>The entry could not be deleted (%1). Your diary is as it was.</source>
            <translation>无法删除这条记录（%1）。您的日记保持原样。</translation>
        </message>
        <message>
            <source>The entry was deleted.</source>
            <translation>记录已删除。</translation>
        </message>
        <message>
            <source>Save the cramp diary as CSV</source>
            <translation>将抽筋日记保存为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Saved to %1. Cramp entries in the file: %2.</source>
            <translation>已保存到 %1。文件中共有%2条抽筋记录。</translation>
        </message>
        <message>
            <source>Save a summary for your doctor as PDF</source>
            <translation>将给医生看的摘要保存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the summary to %1.</source>
            <translation>摘要已保存到 %1。</translation>
        </message>
        <message>
            <source>Saving to %1…</source>
            <translation>正在保存到 %1…</translation>
        </message>
        <message>
            <source>The file %1 could not be saved: %2. Nothing in your diary was changed.</source>
            <translation>无法保存文件 %1：%2。您的日记没有任何更改。</translation>
        </message>
    </context>
    <context>
        <name>HistoryReport</name>
        <message>
            <source>Night cramps: a summary for your doctor</source>
            <translation>夜间抽筋：给医生的摘要</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>姓名：%1</translation>
        </message>
        <message>
            <source>Nights from %1 to %2 (%3 nights). Made on %4.</source>
            <translation>%1至%2的夜晚（共%3晚）。生成日期：%4。</translation>
        </message>
        <message>
            <source>A night runs from noon to noon and is named by the date on which it began.</source>
            <translation>一晚从中午算到次日中午，以开始那天的日期命名。</translation>
        </message>
        <message>
            <source>Cramp Timer only records what happened; it does not diagnose anything. Please go through these figures with your doctor.</source>
            <extracomment>disclaimer for the doctor: the app only records, it does not diagnose; go through the figures with a doctor. Claim no accuracy.</extracomment>
            <translation>Cramp Timer 只记录发生的情况，不做任何诊断。请和医生一起查看这些数据。</translation>
        </message>
        <message>
            <source>Before and since the bedtime routine</source>
            <translation>开始睡前拉伸之前和之后</translation>
        </message>
        <message>
            <source>Nights compared</source>
            <translation>对比的夜晚</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>晚数</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>抽筋次数</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>每晚抽筋次数</translation>
        </message>
        <message>
            <source>Mean severity (0–10)</source>
            <translation>平均严重程度（0–10）</translation>
        </message>
        <message>
            <source>Bedtime routine: done on %1 of the %2 nights in this range.</source>
            <translation>睡前拉伸：这段时间的%2晚中，做了%1晚。</translation>
        </message>
        <message>
            <source>Cramps per month</source>
            <translation>每月抽筋次数</translation>
        </message>
        <message>
            <source>Month (nights)</source>
            <translation>月份（晚数）</translation>
        </message>
        <message>
            <source>Cramps per week</source>
            <translation>每周抽筋次数</translation>
        </message>
        <message>
            <source>Week (nights)</source>
            <translation>周（晚数）</translation>
        </message>
        <message>
            <source>Nights with cramps</source>
            <translation>有抽筋的夜晚</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>做了睡前拉伸</translation>
        </message>
        <message>
            <source>All nights</source>
            <translation>所有夜晚</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>%1 of %2 nights</source>
            <translation>%2晚中的%1晚</translation>
        </message>
        <message>
            <source>How bad the cramps were</source>
            <translation>抽筋有多严重</translation>
        </message>
        <message>
            <source>Rated after %1 of %2 cramps, from 0 (mild) to 10 (the worst): mean %3, lowest %4, highest %5.</source>
            <translation>%2次抽筋中有%1次在之后做了评分，从 0（轻微）到 10（最严重）：平均%3，最低%4，最高%5。</translation>
        </message>
        <message>
            <source>No cramp was rated in these nights.</source>
            <translation>这些夜晚的抽筋都没有评分。</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>什么有帮助</translation>
        </message>
        <message>
            <source>How the stretch ended</source>
            <translation>拉伸的结果</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>拉伸后缓解</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>拉伸后仍在抽筋</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>拉伸提前停止</translation>
        </message>
        <message>
            <source>Not finished (app closed)</source>
            <translation>未完成（应用已关闭）</translation>
        </message>
        <message>
            <source>Care afterwards</source>
            <translation>之后的护理</translation>
        </message>
        <message>
            <source>Times used</source>
            <translation>使用次数</translation>
        </message>
        <message>
            <source>Minutes in all</source>
            <translation>总分钟数</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>heading: use the same words as the app's Warning signs page.</extracomment>
            <translation>警示信号</translation>
        </message>
        <message>
            <source>The advice on warning signs (swelling, redness, warmth, or pain that stretching does not ease) was shown %1 times: %2.</source>
            <extracomment>keep the four signs as listed; the advice was shown, which is not a clot or a diagnosis. %1 is a count, %2 the dates.</extracomment>
            <translation>关于警示信号（肿胀、发红、发热，或拉伸后不能缓解的疼痛）的建议显示过%1次：%2。</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>另有%1次</translation>
        </message>
        <message>
            <source>The advice on warning signs was not shown in these nights.</source>
            <extracomment>only says the advice was not shown; must not imply the legs are healthy or there was no risk.</extracomment>
            <translation>这些夜晚没有显示过关于警示信号的建议。</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>eased with stretching</source>
            <translation>拉伸后缓解</translation>
        </message>
        <message>
            <source>still cramping</source>
            <translation>仍在抽筋</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>提前停止</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1分钟</translation>
        </message>
        <message>
            <source>left</source>
            <translation>左腿</translation>
        </message>
        <message>
            <source>right</source>
            <translation>右腿</translation>
        </message>
        <message>
            <source>both</source>
            <translation>双腿</translation>
        </message>
        <message>
            <source>Every cramp in this range</source>
            <translation>这段时间的每次抽筋</translation>
        </message>
        <message>
            <source>No cramp was recorded in these nights.</source>
            <translation>这些夜晚没有抽筋记录。</translation>
        </message>
        <message>
            <source>Night of</source>
            <translation>夜晚日期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>腿</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>%1 s</source>
            <translation>%1秒</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1分%2秒</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1分钟</translation>
        </message>
        <message>
            <source>routine done</source>
            <translation>拉伸已完成</translation>
        </message>
        <message>
            <source>routine partly done</source>
            <translation>拉伸部分完成</translation>
        </message>
        <message>
            <source>routine stopped</source>
            <translation>拉伸已停止</translation>
        </message>
        <message>
            <source>routine not finished</source>
            <translation>拉伸未完成</translation>
        </message>
        <message>
            <source>no routine</source>
            <translation>未做拉伸</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>已推迟</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>错过了</translation>
        </message>
        <message>
            <source>started the routine</source>
            <translation>开始了拉伸</translation>
        </message>
        <message>
            <source>Cramps: %1</source>
            <translation>抽筋：%1次</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>严重程度%1</translation>
        </message>
        <message>
            <source>No cramps</source>
            <translation>没有抽筋</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>警示信号</translation>
        </message>
        <message>
            <source>Not finished (the app was closed during the stretch)</source>
            <translation>未完成（拉伸时应用被关闭）</translation>
        </message>
        <message>
            <source>Eased with stretching</source>
            <translation>拉伸后缓解</translation>
        </message>
        <message>
            <source>Still cramping after stretching</source>
            <translation>拉伸后仍在抽筋</translation>
        </message>
        <message>
            <source>Stretch stopped early</source>
            <translation>拉伸提前停止</translation>
        </message>
        <message>
            <source>Rounds: %1</source>
            <translation>轮数：%1</translation>
        </message>
        <message>
            <source>stretched %1</source>
            <translation>拉伸了%1</translation>
        </message>
        <message>
            <source>severity %1 of 10</source>
            <translation>严重程度%1（满分10）</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>左腿</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>右腿</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>双腿</translation>
        </message>
        <message>
            <source>Afterwards: %1</source>
            <translation>之后：%1</translation>
        </message>
        <message>
            <source>The advice on warning signs was shown.</source>
            <translation>显示过关于警示信号的建议。</translation>
        </message>
        <message>
            <source>No cramps this night.</source>
            <translation>这一晚没有抽筋。</translation>
        </message>
        <message>
            <source>started, not finished</source>
            <translation>开始了，未完成</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>部分完成</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Bedtime routine at %1: %2 (%3)</source>
            <translation>睡前拉伸（%1）：%2（%3）</translation>
        </message>
        <message>
            <source>No bedtime routine this night.</source>
            <translation>这一晚没有做睡前拉伸。</translation>
        </message>
        <message>
            <source>Reminder: %1</source>
            <translation>提醒：%1</translation>
        </message>
        <message>
            <source>No night of the last six weeks has a rating.</source>
            <translation>最近六周没有哪一晚有评分。</translation>
        </message>
        <message>
            <source>Rated nights: %1 of %2; their mean severity: %3 of 10.</source>
            <translation>有评分的夜晚：%2晚中的%1晚；平均严重程度：%3（满分10）。</translation>
        </message>
        <message>
            <source>Nothing was recorded in the last six weeks.</source>
            <translation>最近六周没有任何记录。</translation>
        </message>
        <message>
            <source>Last six weeks: %1 cramps on %2 of %3 nights; bedtime routine done on %4 nights.</source>
            <translation>最近六周：%3晚中有%2晚抽筋，共%1次；做了睡前拉伸的有%4晚。</translation>
        </message>
        <message>
            <source>Times the advice on warning signs was shown: %1.</source>
            <translation>关于警示信号的建议显示次数：%1。</translation>
        </message>
        <message>
            <source>Name on the summary</source>
            <translation>摘要上的姓名</translation>
        </message>
        <message>
            <source>A name to print on the summary (you may leave it empty):</source>
            <translation>要印在摘要上的姓名（可以不填）：</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>删除这条记录吗？</translation>
        </message>
        <message>
            <source>Delete the cramp entry of %1 at %2?</source>
            <translation>删除%1 %2的抽筋记录吗？</translation>
        </message>
        <message>
            <source>It cannot be brought back.</source>
            <translation>删除后无法恢复。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Delete the entry</source>
            <translation>删除这条记录</translation>
        </message>
        <message>
            <source>Chart: cramps per night, last six weeks</source>
            <translation>图表：最近六周每晚的抽筋次数</translation>
        </message>
        <message>
            <source>Cramps per night</source>
            <translation>每晚抽筋次数</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>抽筋次数</translation>
        </message>
        <message>
            <source>Bedtime routine done</source>
            <translation>做了睡前拉伸</translation>
        </message>
        <message>
            <source>Chart: mean severity per night, last six weeks</source>
            <translation>图表：最近六周每晚的平均严重程度</translation>
        </message>
        <message>
            <source>Mean severity, 0 to 10</source>
            <translation>平均严重程度，0 到 10</translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>A guided stretch is running</source>
            <translation>正在进行拉伸引导</translation>
        </message>
        <message>
            <source>A heat, cold or massage timer is running</source>
            <translation>热敷、冷敷或按摩计时器正在运行</translation>
        </message>
        <message>
            <source>The bedtime routine is running</source>
            <translation>睡前拉伸正在进行</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cramp now</source>
            <translation>抽筋了</translation>
        </message>
        <message>
            <source>Start a guided calf stretch</source>
            <translation>开始小腿拉伸引导</translation>
        </message>
        <message>
            <source>Cramp Timer</source>
            <translation>Cramp Timer</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>隐藏此消息</translation>
        </message>
        <message>
            <source>Bedtime reminder</source>
            <translation>睡前提醒</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>现在开始</translation>
        </message>
        <message>
            <source>Start the bedtime routine now</source>
            <translation>现在开始睡前拉伸</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <source>Remind me a little later</source>
            <translation>过一会儿再提醒我</translation>
        </message>
        <message>
            <source>Snooze the reminder</source>
            <translation>稍后再提醒</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>今晚跳过</translation>
        </message>
        <message>
            <source>No routine tonight</source>
            <translation>今晚不做拉伸</translation>
        </message>
        <message>
            <source>Starts a spoken, guided calf stretch. Space or Enter also starts it.</source>
            <translation>开始有语音引导的小腿拉伸。按空格键或回车键也可以开始。</translation>
        </message>
        <message>
            <source>Tap the button or press Space</source>
            <translation>点按钮或按空格键</translation>
        </message>
        <message>
            <source>&amp;Bedtime routine</source>
            <translation>睡前拉伸(&amp;B)</translation>
        </message>
        <message>
            <source>The evening stretches that can make cramps rarer</source>
            <translation>可以让抽筋少一些的晚间拉伸</translation>
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation>警示信号(&amp;W)</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor</source>
            <translation>什么时候抽筋需要看医生</translation>
        </message>
        <message>
            <source>&amp;Tips</source>
            <translation>小贴士(&amp;T)</translation>
        </message>
        <message>
            <source>Fewer cramps: what helps</source>
            <translation>减少抽筋：哪些方法有帮助</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>历史记录(&amp;H)</translation>
        </message>
        <message>
            <source>Your cramp diary, charts and export</source>
            <translation>您的抽筋日记、图表和导出</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>Hold time, stretch, voice, timers</source>
            <translation>保持时间、拉伸方式、语音、计时器</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>更多(&amp;M)</translation>
        </message>
        <message>
            <source>Routines, check setup, welcome, about</source>
            <translation>方案、系统检查、欢迎页、关于</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <source>&amp;Routines…</source>
            <translation>拉伸方案(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Check setup…</source>
            <translation>系统检查(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>欢迎页(&amp;W)</translation>
        </message>
        <message>
            <source>Warning &amp;signs</source>
            <translation>警示信号(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Dim the screen (D)</source>
            <translation>调暗屏幕(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;About Cramp Timer</source>
            <translation>关于 Cramp Timer(&amp;A)</translation>
        </message>
        <message>
            <source>About Cramp Timer</source>
            <translation>关于 Cramp Timer</translation>
        </message>
        <message>
            <source>Cramp Timer %1

Talks you through a night-time calf cramp and reminds you to stretch at bedtime. Self-care help, not a diagnosis. Everything stays on this computer.</source>
            <translation>Cramp Timer %1

在夜间小腿抽筋时一步步引导您，并在睡前提醒您拉伸。这是自我护理的帮助，不是诊断。所有内容都只保存在这台电脑上。</translation>
        </message>
        <message>
            <source>Voices: Piper (GPL-3.0-or-later) with its English voice "joe" (recordings free to use, CC0; built on the lessac voice), and espeak-ng (GPL-3.0-or-later). More in docs/voices.md.</source>
            <translation>语音：Piper（GPL-3.0-or-later）及其英语语音“joe”（录音可自由使用，CC0；基于 lessac 语音），以及 espeak-ng（GPL-3.0-or-later）。详见 docs/voices.md。</translation>
        </message>
    </context>
    <context>
        <name>NightBar</name>
        <message>
            <source>Time of day</source>
            <translation>当前时间</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>语音音量</translation>
        </message>
        <message>
            <source>Speak more quietly (− key)</source>
            <translation>说话小声一点（− 键）</translation>
        </message>
        <message>
            <source>− Quieter</source>
            <translation>− 小声</translation>
        </message>
        <message>
            <source>Speak louder (+ key)</source>
            <translation>说话大声一点（+ 键）</translation>
        </message>
        <message>
            <source>+ Louder</source>
            <translation>+ 大声</translation>
        </message>
        <message>
            <source>Voice %1 %</source>
            <translation>音量 %1%</translation>
        </message>
    </context>
    <context>
        <name>NightView</name>
        <message>
            <source>0 is no pain, 10 the worst you can imagine. Keys 0 to 9 work too; 1 then 0 is 10.</source>
            <translation>0 表示不痛，10 表示能想象到的最痛。也可以按数字键 0 到 9；先按 1 再按 0 就是 10。</translation>
        </message>
        <message>
            <source>%1 of 10. Kept in a few seconds, or press Done now.</source>
            <translation>%1分（满分10分）。几秒后自动保存，也可以现在按“完成”。</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>抽筋了</translation>
        </message>
        <message>
            <source>A new cramp: start the stretch</source>
            <translation>又抽筋了：开始拉伸</translation>
        </message>
        <message>
            <source>Round number, or which timer runs</source>
            <translation>轮次，或正在运行的计时器</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>现在该做什么</translation>
        </message>
        <message>
            <source>Spoken words</source>
            <translation>语音内容</translation>
        </message>
        <message>
            <source>Who prescribed this routine, and their note</source>
            <translation>方案的开具人及其备注</translation>
        </message>
        <message>
            <source>Where the routine is</source>
            <translation>方案进度</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Pause or resume (P or Space)</source>
            <translation>暂停或继续（P 或空格键）</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>停止（Esc）</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>On to the next stretch (S)</source>
            <translation>进入下一个拉伸（S）</translation>
        </message>
        <message>
            <source>Skip to the next stretch</source>
            <translation>跳到下一个拉伸</translation>
        </message>
        <message>
            <source>Not a cramp</source>
            <translation>不是抽筋</translation>
        </message>
        <message>
            <source>A mistaken press: stop, and nothing goes in the diary (Esc)</source>
            <translation>误按了：停止，不记入日记（Esc）</translation>
        </message>
        <message>
            <source>Round number</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>警示信号</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>How is the cramp now?</source>
            <translation>现在抽筋怎么样了？</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>好多了</translation>
        </message>
        <message>
            <source>The cramp has eased (B)</source>
            <translation>抽筋已缓解（B）</translation>
        </message>
        <message>
            <source>Still cramping — again</source>
            <translation>还在抽筋，再来一轮</translation>
        </message>
        <message>
            <source>Another round of the same stretch (A or Space)</source>
            <translation>同样的拉伸再做一轮（A 或空格键）</translation>
        </message>
        <message>
            <source>Heat or massage instead</source>
            <translation>改用热敷或按摩</translation>
        </message>
        <message>
            <source>Try warmth or a massage instead of stretching</source>
            <translation>不拉伸了，试试热敷或按摩</translation>
        </message>
        <message>
            <source>End without an answer (Esc)</source>
            <translation>不回答，直接结束（Esc）</translation>
        </message>
        <message>
            <source>Anything else for the sore calf?</source>
            <translation>酸痛的小腿还需要别的护理吗？</translation>
        </message>
        <message>
            <source>Why only cold is offered</source>
            <translation>为什么只提供冷敷</translation>
        </message>
        <message>
            <source>After the warning signs: no heat and no massage. Cold only once the cramp has passed.</source>
            <extracomment>after the warning signs: must say no heat and no massage, and cold only once the cramp has passed. Add no reason.</extracomment>
            <translation>出现过警示信号后：不要热敷，也不要按摩。只有在抽筋过去后才可以冷敷。</translation>
        </message>
        <message>
            <source>No, I'm done</source>
            <translation>不用了，结束</translation>
        </message>
        <message>
            <source>Finish and rate the cramp (Space)</source>
            <translation>结束并给这次抽筋评分（空格键）</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>How often you were reminded</source>
            <translation>已提醒您几次</translation>
        </message>
        <message>
            <source>It is off</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>The heating pad is off (Space)</source>
            <translation>热敷垫已关闭（空格键）</translation>
        </message>
        <message>
            <source>How bad was it?</source>
            <translation>刚才有多痛？</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>评分刻度</translation>
        </message>
        <message>
            <source>Rate the cramp %1 of 10</source>
            <translation>给这次抽筋评%1分（满分10分）</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>%1分（满分10分）</translation>
        </message>
        <message>
            <source>Which leg</source>
            <translation>哪条腿</translation>
        </message>
        <message>
            <source>Which leg? (if you like)</source>
            <translation>哪条腿？（可以不选）</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>左腿</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>左腿</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>右腿</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>右腿</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>双腿</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>双腿</translation>
        </message>
        <message>
            <source>The cramp was in this leg</source>
            <translation>抽筋的是这条腿</translation>
        </message>
        <message>
            <source>No rating this time (Esc)</source>
            <translation>这次不评分（Esc）</translation>
        </message>
        <message>
            <source>Skip the rating</source>
            <translation>跳过评分</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Keep this rating now (Enter)</source>
            <translation>现在保存这个评分（回车键）</translation>
        </message>
        <message>
            <source>Done rating</source>
            <translation>评分完成</translation>
        </message>
        <message>
            <source>It was a mistaken press: nothing goes in the diary</source>
            <translation>这是误按：不会记入日记</translation>
        </message>
        <message>
            <source>Reminded %1 times</source>
            <translation>已提醒%1次</translation>
        </message>
        <message numerus="yes">
            <source>Round %n</source>
            <translation>
                <numerusform>第%n轮</numerusform>
            </translation>
        </message>
        <message>
            <source>Another round of the same stretch (A)</source>
            <translation>同样的拉伸再做一轮（A）</translation>
        </message>
        <message>
            <source>A new cramp? Is the heating pad off?</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>又抽筋了？热敷垫关了吗？</translation>
        </message>
        <message>
            <source>Yes, it is off: stretch</source>
            <extracomment>heat-pad safety (question and its button): must ask whether the heating pad is off; the stretch starts only once it is.</extracomment>
            <translation>已关闭，开始拉伸</translation>
        </message>
        <message>
            <source>Heat stopped.
Please switch the heating pad off.</source>
            <extracomment>safety: the heat was stopped; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>热敷已停止。
请关掉热敷垫。</translation>
        </message>
        <message>
            <source>Time is up.
Please switch the heating pad off.</source>
            <extracomment>safety: heat time is over; must say to switch the heating pad off. Keep the line break.</extracomment>
            <translation>时间到了。
请关掉热敷垫。</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Prescribed by %1</source>
            <translation>开具人：%1</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Start now</source>
            <translation>现在开始</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>今晚跳过</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>Enter the PIN to change the settings.</source>
            <translation>请输入 PIN 码以更改设置。</translation>
        </message>
        <message>
            <source>Enter the PIN to change the routines.</source>
            <translation>请输入 PIN 码以更改方案。</translation>
        </message>
        <message>
            <source>Enter the PIN to import routines.</source>
            <translation>请输入 PIN 码以导入方案。</translation>
        </message>
        <message>
            <source>Enter the PIN to delete from the diary.</source>
            <translation>请输入 PIN 码以删除日记记录。</translation>
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation>请输入 PIN 码。</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <source>Enter the PIN</source>
            <translation>输入 PIN 码</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 到 8 位数字</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>为什么 PIN 码未被接受</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>现在可以再试一次了。</translation>
        </message>
    </context>
    <context>
        <name>PinSettingsDialog</name>
        <message>
            <source>PIN lock</source>
            <translation>PIN 码锁</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>当前 PIN 码</translation>
        </message>
        <message>
            <source>&amp;Current PIN</source>
            <translation>当前 PIN 码(&amp;C)</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN 码</translation>
        </message>
        <message>
            <source>&amp;New PIN</source>
            <translation>新 PIN 码(&amp;N)</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次输入新 PIN 码</translation>
        </message>
        <message>
            <source>New PIN &amp;again</source>
            <translation>再次输入新 PIN 码(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Set PIN</source>
            <translation>设置 PIN 码(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Remove PIN</source>
            <translation>移除 PIN 码(&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>A PIN is set.</source>
            <translation>已设置 PIN 码。</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>未设置 PIN 码。</translation>
        </message>
        <message>
            <source>&amp;Change PIN</source>
            <translation>更改 PIN 码(&amp;C)</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>两次输入的新 PIN 码不一致。</translation>
        </message>
        <message>
            <source>The PIN is set. Keep it somewhere safe.</source>
            <translation>PIN 码已设置。请把它记在安全的地方。</translation>
        </message>
        <message>
            <source>The PIN was removed. Nothing is locked now.</source>
            <translation>PIN 码已移除。现在没有任何内容被锁定。</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Back to the timer (Esc)</source>
            <translation>返回计时器（Esc）</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>拉伸方案</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>方案编辑器</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>Make a new routine</source>
            <translation>新建一个方案</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>新建方案</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Copy this routine, to change the copy</source>
            <translation>复制这个方案，然后修改副本</translation>
        </message>
        <message>
            <source>Duplicate routine</source>
            <translation>复制方案</translation>
        </message>
        <message>
            <source>Rena&amp;me</source>
            <translation>重命名(&amp;M)</translation>
        </message>
        <message>
            <source>Give this routine a new name</source>
            <translation>给这个方案改名</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>重命名方案</translation>
        </message>
        <message>
            <source>Dele&amp;te</source>
            <translation>删除(&amp;T)</translation>
        </message>
        <message>
            <source>Delete this routine</source>
            <translation>删除这个方案</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>删除方案</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Add routines from a routine file</source>
            <translation>从方案文件中添加方案</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Save routines to a file for another computer</source>
            <translation>把方案保存到文件，以便在另一台电脑上使用</translation>
        </message>
        <message>
            <source>This routine…</source>
            <translation>这个方案…</translation>
        </message>
        <message>
            <source>All my routines…</source>
            <translation>我的所有方案…</translation>
        </message>
        <message>
            <source>&amp;Run now</source>
            <translation>立即开始(&amp;R)</translation>
        </message>
        <message>
            <source>Start this routine now</source>
            <translation>现在开始这个方案</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it to make your own version.</source>
            <translation>这个方案是 Cramp Timer 自带的，不能修改。复制一份，就可以做成您自己的版本。</translation>
        </message>
        <message>
            <source>Prescribed by</source>
            <translation>开具人</translation>
        </message>
        <message>
            <source>for example: Dr. Ames, physiotherapist</source>
            <translation>例如：王医生，康复治疗师</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Prescribed by</source>
            <translation>开具人(&amp;P)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move a step, Insert adds one, Delete removes it.</source>
            <translation>Alt+↑ 和 Alt+↓ 移动步骤，Insert 键添加一步，Delete 键删除这一步。</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>保持</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>添加步骤(&amp;A)</translation>
        </message>
        <message>
            <source>Add a step below this one (Insert)</source>
            <translation>在这一步下面添加一步（Insert）</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>移除(&amp;V)</translation>
        </message>
        <message>
            <source>Remove this step (Delete)</source>
            <translation>移除这一步（Delete）</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>移除步骤</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move this step up (Alt+Up)</source>
            <translation>把这一步上移（Alt+↑）</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <source>Move this step down (Alt+Down)</source>
            <translation>把这一步下移（Alt+↓）</translation>
        </message>
        <message>
            <source>Step name</source>
            <translation>步骤名称</translation>
        </message>
        <message>
            <source>Spoken instruction</source>
            <translation>语音说明</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>腿</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>保持（秒）</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>重复次数</translation>
        </message>
        <message>
            <source>Rest between (seconds)</source>
            <translation>间隔休息（秒）</translation>
        </message>
        <message>
            <source>&amp;Step name</source>
            <translation>步骤名称(&amp;S)</translation>
        </message>
        <message>
            <source>Le&amp;g</source>
            <translation>腿(&amp;G)</translation>
        </message>
        <message>
            <source>Ho&amp;ld (seconds)</source>
            <translation>保持（秒）(&amp;L)</translation>
        </message>
        <message>
            <source>R&amp;epetitions</source>
            <translation>重复次数(&amp;E)</translation>
        </message>
        <message>
            <source>Rest &amp;between (seconds)</source>
            <translation>间隔休息（秒）(&amp;B)</translation>
        </message>
        <message>
            <source>Spea&amp;k this step</source>
            <translation>朗读这一步(&amp;K)</translation>
        </message>
        <message>
            <source>Hear how this step will be said</source>
            <translation>听一听这一步会怎么读</translation>
        </message>
        <message>
            <source>Why this value was refused</source>
            <translation>为什么这个值不被接受</translation>
        </message>
        <message>
            <source>%1 (built in, read-only)</source>
            <translation>%1（自带，只读）</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>第%1步：%2</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>方案名称</translation>
        </message>
        <message>
            <source>Delete this routine?</source>
            <translation>删除这个方案吗？</translation>
        </message>
        <message>
            <source>Delete the routine “%1”? This cannot be undone.</source>
            <translation>删除方案“%1”吗？此操作无法撤销。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>导入方案</translation>
        </message>
        <message>
            <source>Routine files (*.json);;All files (*)</source>
            <translation>方案文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export routines</source>
            <translation>导出方案</translation>
        </message>
        <message>
            <source>Routine files (*.json)</source>
            <translation>方案文件 (*.json)</translation>
        </message>
        <message>
            <source>Name already taken</source>
            <translation>名称已被使用</translation>
        </message>
        <message numerus="yes">
            <source>You already have a routine called %1. Keep both (the new one gets another name) or replace yours with the one from the file?</source>
            <translation>
                <numerusform>您已经有名为 %1 的方案。要都保留（新导入的会改用另一个名称），还是用文件中的方案替换您的方案？</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>都保留</translation>
        </message>
        <message>
            <source>Replace mine</source>
            <translation>替换我的</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Your routines were changed from outside; this is the latest list.</source>
            <translation>您的方案在外部被更改过；这是最新的列表。</translation>
        </message>
        <message>
            <source>Name of the new routine:</source>
            <translation>新方案的名称：</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>我的方案</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>副本的名称：</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>没有导入任何内容。</translation>
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation>没有导入任何内容：</translation>
        </message>
        <message>
            <source>Saved the routine to %1.</source>
            <translation>方案已保存到 %1。</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n routines to %1.</source>
            <translation>
                <numerusform>已将%n个方案保存到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelfCheck</name>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>warn</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Cramp Timer {version}: checking this computer</source>
            <translation>Cramp Timer {version}：正在检查这台电脑</translation>
        </message>
        <message>
            <source>fix: {fix}</source>
            <translation>解决方法：{fix}</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job</source>
            <translation>Cramp Timer 可以正常工作</translation>
        </message>
        <message>
            <source>Cramp Timer cannot work yet: fix the FAIL lines</source>
            <translation>Cramp Timer 还不能工作：请解决标为“失败”的项目</translation>
        </message>
        <message>
            <source>{verdict} ({failures} failed, {warnings} warnings, {seconds:.1f} s).</source>
            <translation>{verdict}（{failures}项失败，{warnings}项警告，用时{seconds:.1f}秒）。</translation>
        </message>
        <message>
            <source>Qt platform</source>
            <translation>Qt 平台</translation>
        </message>
        <message>
            <source>the Qt check could not be started ({error})</source>
            <translation>无法启动 Qt 检查（{error}）</translation>
        </message>
        <message>
            <source>Reinstall Cramp Timer.</source>
            <translation>请重新安装 Cramp Timer。</translation>
        </message>
        <message>
            <source>Qt did not start within {seconds:.0f} s</source>
            <translation>Qt 未能在{seconds:.0f}秒内启动</translation>
        </message>
        <message>
            <source>Run cramp-timer from a terminal in your desktop session and look at what it prints.</source>
            <translation>请在桌面会话的终端中运行 cramp-timer，看看它输出了什么。</translation>
        </message>
        <message>
            <source>the Qt check gave no answer</source>
            <translation>Qt 检查没有返回结果</translation>
        </message>
        <message>
            <source>not checked, because Qt did not start</source>
            <translation>未检查，因为 Qt 没有启动</translation>
        </message>
        <message>
            <source>Fix the Qt platform first.</source>
            <translation>请先解决 Qt 平台的问题。</translation>
        </message>
        <message>
            <source>System tray</source>
            <translation>系统托盘</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>{platform} (Qt {qt}, screens: {screens})</source>
            <translation>{platform}（Qt {qt}，屏幕：{screens}）</translation>
        </message>
        <message>
            <source>{found}: windows are drawn off screen, nothing will be visible</source>
            <translation>{found}：窗口绘制在屏幕之外，什么都看不到</translation>
        </message>
        <message>
            <source>Unset QT_QPA_PLATFORM to see the window on your desktop.</source>
            <translation>请取消设置 QT_QPA_PLATFORM，才能在桌面上看到窗口。</translation>
        </message>
        <message>
            <source>available</source>
            <translation>可用</translation>
        </message>
        <message>
            <source>no system tray here, so there is no tray icon; the window and cramp-timer --now still work</source>
            <translation>这里没有系统托盘，所以没有托盘图标；窗口和 cramp-timer --now 仍可使用</translation>
        </message>
        <message>
            <source>Add a system tray (status icons) area to your desktop panel.</source>
            <translation>请在桌面面板中添加系统托盘（状态图标）区域。</translation>
        </message>
        <message>
            <source>a notification service answers on the session D-Bus</source>
            <translation>会话 D-Bus 上有通知服务响应</translation>
        </message>
        <message>
            <source>no session D-Bus ({error}); reminders can only show in the window</source>
            <translation>没有会话 D-Bus（{error}）；提醒只能显示在窗口中</translation>
        </message>
        <message>
            <source>no notification service on the session D-Bus; reminders can only show in the window</source>
            <translation>会话 D-Bus 上没有通知服务；提醒只能显示在窗口中</translation>
        </message>
        <message>
            <source>Start Cramp Timer in a full desktop session, which provides notifications.</source>
            <translation>请在完整的桌面会话中启动 Cramp Timer，完整的桌面会话会提供通知功能。</translation>
        </message>
        <message>
            <source>cannot reach the display {display}</source>
            <translation>无法连接到显示服务 {display}</translation>
        </message>
        <message>
            <source>no display: DISPLAY and WAYLAND_DISPLAY are not set</source>
            <translation>没有显示服务：DISPLAY 和 WAYLAND_DISPLAY 都未设置</translation>
        </message>
        <message>
            <source>Start Cramp Timer from inside your desktop session (not over ssh), or try it without one: xvfb-run -a cramp-timer.</source>
            <translation>请在桌面会话内启动 Cramp Timer（不要通过 ssh），或者在没有桌面会话时这样试用：xvfb-run -a cramp-timer。</translation>
        </message>
        <message>
            <source>a library Qt needs is missing: {detail}</source>
            <translation>缺少 Qt 需要的一个库：{detail}</translation>
        </message>
        <message>
            <source>Install it: sudo apt install libxcb-cursor0</source>
            <translation>请安装：sudo apt install libxcb-cursor0</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>没有消息</translation>
        </message>
        <message>
            <source>Qt could not start: {detail}</source>
            <translation>Qt 无法启动：{detail}</translation>
        </message>
        <message>
            <source>Run QT_DEBUG_PLUGINS=1 cramp-timer --self-check to see which library is missing, then install it.</source>
            <translation>运行 QT_DEBUG_PLUGINS=1 cramp-timer --self-check 查看缺少哪个库，然后安装它。</translation>
        </message>
        <message>
            <source>Speech</source>
            <translation>语音</translation>
        </message>
        <message>
            <source>Cramp Timer is ready.</source>
            <translation>Cramp Timer 已准备就绪。</translation>
        </message>
        <message>
            <source>no voice ({reason}); cues are shown as captions, with a chime</source>
            <translation>没有语音（{reason}）；提示会以字幕显示，并伴有提示音</translation>
        </message>
        <message>
            <source>Install the speech engine: sudo apt install espeak-ng</source>
            <translation>请安装语音引擎：sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>the speech helper did not start within {seconds:.0f} s{more}</source>
            <translation>语音辅助程序未能在{seconds:.0f}秒内启动{more}</translation>
        </message>
        <message>
            <source>Reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>请重新安装 espeak-ng：sudo apt install --reinstall espeak-ng</translation>
        </message>
        <message>
            <source>Install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>请安装 espeak-ng 的语音：sudo apt install espeak-ng-data</translation>
        </message>
        <message>
            <source>{why}; a test phrase became {seconds:.1f} s of espeak-ng speech</source>
            <translation>{why}；测试语句生成了{seconds:.1f}秒的 espeak-ng 语音</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase was not ready within {timeout:.0f} s; the first cues may come late</source>
            <translation>{engine}（{voices}种语音），但测试语句未能在{timeout:.0f}秒内准备好；最初的几条提示可能会延迟</translation>
        </message>
        <message>
            <source>Run the check again when the computer is less busy.</source>
            <translation>请在电脑不太忙时再检查一次。</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices), but a test phrase gave no sound{more}</source>
            <translation>{engine}（{voices}种语音），但测试语句没有发出声音{more}</translation>
        </message>
        <message>
            <source>{engine} ({voices} voices); a test phrase became {seconds:.1f} s of speech</source>
            <translation>{engine}（{voices}种语音）；测试语句生成了{seconds:.1f}秒的语音</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>声音</translation>
        </message>
        <message>
            <source>{player} is missing, so no voice or chime can be played; cues are still shown as captions</source>
            <translation>缺少 {player}，所以无法播放语音或提示音；提示仍会以字幕显示</translation>
        </message>
        <message>
            <source>Install it: sudo apt install alsa-utils</source>
            <translation>请安装：sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>{player} plays through the sound server {server}</source>
            <translation>{player} 通过声音服务器 {server} 播放</translation>
        </message>
        <message>
            <source>{player} plays through the sound server at {socket}</source>
            <translation>{player} 通过位于 {socket} 的声音服务器播放</translation>
        </message>
        <message>
            <source>{player} plays to the sound card {card}</source>
            <translation>{player} 播放到声卡 {card}</translation>
        </message>
        <message>
            <source>no sound server or sound card answered, so cues may be silent; captions still show</source>
            <translation>没有声音服务器或声卡响应，所以提示可能没有声音；字幕仍会显示</translation>
        </message>
        <message>
            <source>Check that your speakers are on, or install a sound server: sudo apt install pulseaudio</source>
            <translation>请检查扬声器是否打开，或安装声音服务器：sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>Chinese font</source>
            <translation>中文字体</translation>
        </message>
        <message>
            <source>fc-list is missing, so the fonts were not checked</source>
            <translation>缺少 fc-list，所以未检查字体</translation>
        </message>
        <message>
            <source>Install it: sudo apt install fontconfig</source>
            <translation>请安装：sudo apt install fontconfig</translation>
        </message>
        <message>
            <source>fc-list did not answer, so the fonts were not checked</source>
            <translation>fc-list 没有响应，所以未检查字体</translation>
        </message>
        <message>
            <source>Reinstall it: sudo apt install --reinstall fontconfig</source>
            <translation>请重新安装：sudo apt install --reinstall fontconfig</translation>
        </message>
        <message>
            <source>{font} draws Chinese text</source>
            <translation>{font} 可以显示中文</translation>
        </message>
        <message>
            <source>no font for Chinese is installed, so Chinese text would show as empty boxes (needed only for 简体中文)</source>
            <translation>没有安装中文字体，所以中文会显示为空白方框（仅简体中文需要）</translation>
        </message>
        <message>
            <source>Install one: sudo apt install fonts-wqy-microhei</source>
            <translation>请安装一种：sudo apt install fonts-wqy-microhei</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>设置文件夹</translation>
        </message>
        <message>
            <source>Diary folder</source>
            <translation>日记文件夹</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>缓存文件夹</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>日志文件夹</translation>
        </message>
        <message>
            <source>{folder} cannot be used: {reason}</source>
            <translation>{folder} 无法使用：{reason}</translation>
        </message>
        <message>
            <source>Set XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME to folders you own.</source>
            <translation>请将 XDG_CONFIG_HOME、XDG_DATA_HOME、XDG_CACHE_HOME 和 XDG_STATE_HOME 设为您自己拥有的文件夹。</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} 不是文件夹</translation>
        </message>
        <message>
            <source>Move it out of the way: mv {folder} {folder}.old</source>
            <translation>把它移开：mv {folder} {folder}.old</translation>
        </message>
        <message>
            <source>{path} belongs to {owner}</source>
            <translation>{path} 属于 {owner}</translation>
        </message>
        <message>
            <source>you cannot write in {path}</source>
            <translation>您无法在 {path} 中写入</translation>
        </message>
        <message>
            <source>others can open {path} (mode {mode:04o})</source>
            <translation>其他人可以打开 {path}（权限 {mode:04o}）</translation>
        </message>
        <message>
            <source>you cannot write {path}</source>
            <translation>您无法写入 {path}</translation>
        </message>
        <message>
            <source>others can read {path} (mode {mode:04o})</source>
            <translation>其他人可以读取 {path}（权限 {mode:04o}）</translation>
        </message>
        <message>
            <source>{folder} (private)</source>
            <translation>{folder}（私有）</translation>
        </message>
        <message>
            <source>{folder} cannot be made, because {blocker} is a file, not a folder</source>
            <translation>无法创建 {folder}，因为 {blocker} 是文件，不是文件夹</translation>
        </message>
        <message>
            <source>Move the file out of the way: mv {blocker} {blocker}.old</source>
            <translation>把这个文件移开：mv {blocker} {blocker}.old</translation>
        </message>
        <message>
            <source>{folder} cannot be made: you cannot write in {parent}</source>
            <translation>无法创建 {folder}：您无法在 {parent} 中写入</translation>
        </message>
        <message>
            <source>Make {parent} yours: sudo chown {user} {parent}</source>
            <translation>把 {parent} 改为归您所有：sudo chown {user} {parent}</translation>
        </message>
        <message>
            <source>{folder} (made, private, when Cramp Timer first starts)</source>
            <translation>{folder}（Cramp Timer 首次启动时创建，私有）</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>日记</translation>
        </message>
        <message>
            <source>none yet; it is made at the first cramp</source>
            <translation>还没有；第一次抽筋时创建</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <source>Make it yours: sudo chown {user} {path}</source>
            <translation>把它改为归您所有：sudo chown {user} {path}</translation>
        </message>
        <message>
            <source>Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged</source>
            <translation>把它移到一边，Cramp Timer 会新建一本日记：mv {path} {path}.damaged</translation>
        </message>
        <message>
            <source>{path} is not a file</source>
            <translation>{path} 不是文件</translation>
        </message>
        <message>
            <source>empty; it is set up at the first cramp</source>
            <translation>空的；第一次抽筋时设置</translation>
        </message>
        <message>
            <source>{path} is damaged or not a diary ({error})</source>
            <translation>{path} 已损坏或不是日记文件（{error}）</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} 已损坏：{problem}</translation>
        </message>
        <message>
            <source>written by a newer Cramp Timer (diary format {version}; this one reads up to {known})</source>
            <translation>由更新版本的 Cramp Timer 写入（日记格式 {version}；此版本最高只能读取 {known}）</translation>
        </message>
        <message>
            <source>Install the newest Cramp Timer.</source>
            <translation>请安装最新版的 Cramp Timer。</translation>
        </message>
        <message>
            <source>{cramps} cramps and {routines} bedtime routines recorded; every page checked</source>
            <translation>已记录{cramps}次抽筋和{routines}次睡前拉伸；每一页都已检查</translation>
        </message>
        <message>
            <source>Diary moved aside</source>
            <translation>日记已移到一边</translation>
        </message>
        <message>
            <source>{path} could not be read, so it was moved aside and a new diary started</source>
            <translation>无法读取 {path}，所以已将它移到一边，并新建了一本日记</translation>
        </message>
        <message>
            <source>Keep it for a helper to look at, or delete it if you do not need its entries: rm {path}</source>
            <translation>可以保留它，让帮您的人查看；如果不需要其中的记录，也可以删除：rm {path}</translation>
        </message>
        <message>
            <source>Diary entries waiting</source>
            <translation>等待写入的日记记录</translation>
        </message>
        <message>
            <source>{path} holds entries not yet written to the diary</source>
            <translation>{path} 中有尚未写入日记的记录</translation>
        </message>
        <message>
            <source>Free some disk space or fix the diary folder; Cramp Timer writes them at its next start</source>
            <translation>请释放一些磁盘空间或修复日记文件夹；Cramp Timer 会在下次启动时写入这些记录</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckDialog</name>
        <message>
            <source>Check setup</source>
            <translation>系统检查</translation>
        </message>
        <message>
            <source>The outcome of the check</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>Check report</source>
            <translation>检查报告</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the report</source>
            <translation>复制报告</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>再检查一次(&amp;A)</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>再检查一次</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Checking this computer. This takes a few seconds.</source>
            <translation>正在检查这台电脑，需要几秒钟。</translation>
        </message>
        <message>
            <source>Cramp Timer can do its job on this computer.</source>
            <translation>Cramp Timer 可以在这台电脑上正常工作。</translation>
        </message>
        <message>
            <source>Something needs fixing before Cramp Timer can work. Each FAIL line says how.</source>
            <translation>Cramp Timer 还需要解决一些问题才能工作。每个“失败”项都写明了解决方法。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Cramp Timer settings</source>
            <translation>Cramp Timer 设置</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>设置页面</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>拉伸</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Hold time in seconds</source>
            <translation>保持时间（秒）</translation>
        </message>
        <message>
            <source>&amp;Hold the stretch for</source>
            <translation>拉伸保持时间(&amp;H)</translation>
        </message>
        <message>
            <source>Time to get into position, in seconds</source>
            <translation>摆好姿势的时间（秒）</translation>
        </message>
        <message>
            <source>&amp;Time to get into position (seated)</source>
            <translation>摆好姿势的时间（坐姿）(&amp;T)</translation>
        </message>
        <message>
            <source>Time to get up and into position when standing, in seconds</source>
            <translation>站姿时起身并摆好姿势的时间（秒）</translation>
        </message>
        <message>
            <source>Time to get up (stand&amp;ing)</source>
            <translation>起身时间（站姿）(&amp;I)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>S&amp;eated: leg straight, toes and foot drawn up toward you (a towel helps)</source>
            <translation>坐姿：腿伸直，把脚趾和脚往身体方向拉（可以借助毛巾）(&amp;E)</translation>
        </message>
        <message>
            <source>St&amp;anding: get up slowly, hold on to something steady, weight on the cramped leg</source>
            <translation>站姿：慢慢起身，扶住稳固的东西，重心放在抽筋的腿上(&amp;A)</translation>
        </message>
        <message>
            <source>Voice and language</source>
            <translation>语音和语言</translation>
        </message>
        <message>
            <source>As the desktop</source>
            <translation>跟随桌面</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>语言(&amp;G)</translation>
        </message>
        <message>
            <source>A new language is used from the next start of Cramp Timer, for the voice too.</source>
            <translation>新的语言会在下次启动 Cramp Timer 时生效，语音也一样。</translation>
        </message>
        <message>
            <source>&amp;Speak the steps aloud</source>
            <translation>用语音读出步骤(&amp;S)</translation>
        </message>
        <message>
            <source>Spoken guidance</source>
            <translation>语音引导</translation>
        </message>
        <message>
            <source>A&amp;dd voice…</source>
            <translation>添加语音(&amp;D)…</translation>
        </message>
        <message>
            <source>Add a Piper voice: its .onnx file, with its .onnx.json file beside it</source>
            <translation>添加 Piper 语音：选择它的 .onnx 文件，旁边要有对应的 .onnx.json 文件</translation>
        </message>
        <message>
            <source>V&amp;oice</source>
            <translation>语音(&amp;O)</translation>
        </message>
        <message>
            <source>Speaking rate, words per minute</source>
            <translation>语速，每分钟字数</translation>
        </message>
        <message numerus="yes">
            <source>%n words a minute</source>
            <translation>
                <numerusform>每分钟%n字</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>语速(&amp;R)</translation>
        </message>
        <message>
            <source>Volume, percent</source>
            <translation>音量，百分比</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Vo&amp;lume</source>
            <translation>音量(&amp;L)</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>试听语音(&amp;V)</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>睡前</translation>
        </message>
        <message>
            <source>Remind me to stretch at &amp;bedtime</source>
            <translation>睡前提醒我拉伸(&amp;B)</translation>
        </message>
        <message>
            <source>Reminder time, such as 22:30</source>
            <translation>提醒时间，例如 22:30</translation>
        </message>
        <message>
            <source>At</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>Remind on %1</source>
            <translation>在%1提醒</translation>
        </message>
        <message>
            <source>On</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Also say the reminder aloud</source>
            <translation>同时用语音读出提醒</translation>
        </message>
        <message>
            <source>Snooze in minutes</source>
            <translation>推迟时间（分钟）</translation>
        </message>
        <message>
            <source>S&amp;nooze for</source>
            <translation>稍后提醒间隔(&amp;N)</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>睡前拉伸</translation>
        </message>
        <message>
            <source>Ro&amp;utine</source>
            <translation>方案(&amp;U)</translation>
        </message>
        <message>
            <source>Start Cramp Timer in the tray when I lo&amp;g in</source>
            <translation>登录时在托盘中启动 Cramp Timer(&amp;G)</translation>
        </message>
        <message>
            <source>PIN lock</source>
            <translation>PIN 码锁</translation>
        </message>
        <message>
            <source>Set, change or remove the &amp;PIN…</source>
            <translation>设置、更改或移除 PIN 码(&amp;P)…</translation>
        </message>
        <message>
            <source>A PIN is set: the settings, the routines and deleting diary entries ask for it.</source>
            <translation>已设置 PIN 码：更改设置、更改方案和删除日记记录时都需要输入。</translation>
        </message>
        <message>
            <source>No PIN is set.</source>
            <translation>未设置 PIN 码。</translation>
        </message>
        <message>
            <source>Add a Piper voice</source>
            <translation>添加 Piper 语音</translation>
        </message>
        <message>
            <source>Piper voices (*.onnx)</source>
            <translation>Piper 语音 (*.onnx)</translation>
        </message>
        <message>
            <source>Added the voice %1. Press Test voice to hear it.</source>
            <translation>已添加语音 %1。按“试听语音”听一听。</translation>
        </message>
        <message>
            <source>Default voice</source>
            <translation>默认语音</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1（未找到）</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>“%1” is not a time. Type it like 22:30. It stays at %2 until then.</source>
            <translation>“%1”不是有效的时间。请按 22:30 这样的格式输入。在那之前，时间仍为 %2。</translation>
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
            <translation>现在开始睡前拉伸</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>今晚跳过</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>抽筋了</translation>
        </message>
        <message>
            <source>Bedtime routine</source>
            <translation>睡前拉伸</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>TrialAnswer</name>
        <message>
            <source>Before</source>
            <translation>开始前</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>开始后</translation>
        </message>
        <message>
            <source>Without routine</source>
            <translation>没做拉伸</translation>
        </message>
        <message>
            <source>With routine</source>
            <translation>做了拉伸</translation>
        </message>
        <message>
            <source>Cramps a night</source>
            <translation>每晚抽筋次数</translation>
        </message>
        <message>
            <source>too few nights</source>
            <translation>夜晚太少</translation>
        </message>
        <message>
            <source>Chart: cramps a night, before and since the bedtime routine</source>
            <translation>图表：开始睡前拉伸前后的每晚抽筋次数</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>cramps: %1, nights: %2, rated: %3</source>
            <translation>抽筋：%1次，夜晚：%2晚，评分：%3次</translation>
        </message>
        <message>
            <source>Once a few nights are in your diary, this page shows whether the bedtime routine goes with fewer cramps.</source>
            <extracomment>keep 'goes with' (an association in the diary, not that the routine causes fewer cramps). No promise.</extracomment>
            <translation>日记里记录了几晚之后，这一页会显示做睡前拉伸时抽筋是否更少。</translation>
        </message>
        <message>
            <source>You have not done the bedtime routine yet, so there is nothing to compare. Your nights are in the Nights list.</source>
            <translation>您还没有做过睡前拉伸，所以没有可比较的内容。您的夜晚记录在“夜晚”列表中。</translation>
        </message>
        <message>
            <source>Since you started the bedtime routine: %1 cramps a night, before %2.</source>
            <extracomment>figures from the person's own diary: state them plainly. Must not say the routine caused the change or 'worked'.</extracomment>
            <translation>开始睡前拉伸以来：每晚抽筋%1次；开始前是%2次。</translation>
        </message>
        <message>
            <source>You started the bedtime routine on %1.</source>
            <translation>您在%1开始做睡前拉伸。</translation>
        </message>
        <message>
            <source>Before that, only %1 nights are in your diary: too few to compare (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>在那之前，日记里只有%1晚的记录：太少，无法比较（至少需要%2晚）。</translation>
        </message>
        <message>
            <source>Since then, %1 nights have passed: too few to compare yet (at least %2 are needed).</source>
            <extracomment>must say there are too few nights to compare yet; must not hint at a result.</extracomment>
            <translation>从那以后已过了%1晚：还太少，暂时无法比较（至少需要%2晚）。</translation>
        </message>
        <message>
            <source>You started less than six weeks ago, so “since” covers the %1 nights there are.</source>
            <translation>您开始还不到六周，所以“开始后”只包含现有的%1晚。</translation>
        </message>
        <message>
            <source>How bad, on average from 0 to 10: since %1, before %2.</source>
            <extracomment>average ratings, 0 to 10: state the figures plainly; no judgement of better or worse.</extracomment>
            <translation>平均有多痛（0 到 10）：开始后%1，开始前%2。</translation>
        </message>
        <message>
            <source>On nights you did the routine: %1 cramps a night. On nights you did not: %2.</source>
            <extracomment>figures from the person's own diary: must not say the routine caused the difference.</extracomment>
            <translation>做了拉伸的夜晚：每晚抽筋%1次。没做拉伸的夜晚：%2次。</translation>
        </message>
        <message>
            <source>Nights with and without the routine: too few of one kind to compare (%1 with, %2 without; at least %3 each).</source>
            <extracomment>must say there are too few nights of one kind to compare; keep the three numbers; no hint at a result.</extracomment>
            <translation>做了拉伸和没做拉伸的夜晚：其中一种太少，无法比较（做了的%1晚，没做的%2晚；每种至少需要%3晚）。</translation>
        </message>
        <message>
            <source>Behind these figures: before, %1. Since, %2. With the routine, %3. Without, %4.</source>
            <translation>这些数据的依据：开始前，%1。开始后，%2。做了拉伸，%3。没做拉伸，%4。</translation>
        </message>
        <message>
            <source>This is your own record, not proof. Cramps come and go for many reasons, and a night with nothing in the diary counts as a night without a cramp. The night that is going on now is not counted yet. Talk it over with your doctor.</source>
            <extracomment>keep 'not proof' and every caveat: own record, cramps vary for many reasons, empty nights count as cramp-free, tonight not counted, talk to a doctor. Do not soften.</extracomment>
            <translation>这是您自己的记录，不能作为证明。抽筋时有时无，原因很多；日记里没有记录的夜晚，会算作没有抽筋的夜晚。正在进行的这一晚还没有计算在内。请和医生一起谈谈。</translation>
        </message>
        <message>
            <source>Six weeks before the routine began</source>
            <translation>开始拉伸前的六周</translation>
        </message>
        <message>
            <source>Latest six weeks since it began</source>
            <translation>开始后最近的六周</translation>
        </message>
        <message>
            <source>Nights with the routine done</source>
            <translation>做了拉伸的夜晚</translation>
        </message>
        <message>
            <source>Nights without it</source>
            <translation>没做拉伸的夜晚</translation>
        </message>
    </context>
    <context>
        <name>VoiceFile</name>
        <message>
            <source>{name} is not a Piper voice's settings file.</source>
            <translation>{name} 不是 Piper 语音的设置文件。</translation>
        </message>
        <message>
            <source>{name} is not a Piper voice: choose the file that ends in .onnx.</source>
            <translation>{name} 不是 Piper 语音：请选择以 .onnx 结尾的文件。</translation>
        </message>
        <message>
            <source>{name} is missing: a Piper voice needs both its .onnx file and its .onnx.json file in the same folder.</source>
            <translation>缺少 {name}：Piper 语音需要 .onnx 文件和 .onnx.json 文件放在同一个文件夹中。</translation>
        </message>
        <message>
            <source>{name} could not be read ({why}).</source>
            <translation>无法读取 {name}（{why}）。</translation>
        </message>
        <message>
            <source>{name} is {size} MB, larger than any Piper voice ({limit} MB at most).</source>
            <translation>{name} 有 {size} MB，比任何 Piper 语音都大（最多 {limit} MB）。</translation>
        </message>
        <message>
            <source>{name} is too large to be a Piper voice's settings.</source>
            <translation>{name} 太大，不可能是 Piper 语音的设置文件。</translation>
        </message>
        <message>
            <source>{name} is damaged or not a voice model.</source>
            <translation>{name} 已损坏，或者不是语音模型。</translation>
        </message>
        <message>
            <source>{name} belongs to another voice ({language}, {quality}) than {model}.</source>
            <translation>{name} 属于另一个语音（{language}，{quality}），而不是 {model}。</translation>
        </message>
        <message>
            <source>The voice could not be copied ({why}).</source>
            <translation>无法复制语音（{why}）。</translation>
        </message>
        <message>
            <source>This voice was not added: %1</source>
            <translation>未添加此语音：%1</translation>
        </message>
    </context>
    <context>
        <name>WarningControl</name>
        <message>
            <source>Warning signs</source>
            <extracomment>button to the page of signs that need a doctor; use the same words as that page's title. Not 'emergency'.</extracomment>
            <translation>警示信号</translation>
        </message>
        <message>
            <source>When a cramp needs a doctor (W)</source>
            <extracomment>tooltip: keep 'needs a doctor' (not 'emergency', no diagnosis); W is the key.</extracomment>
            <translation>什么时候抽筋需要看医生（W）</translation>
        </message>
        <message>
            <source>Warning signs: what to do now</source>
            <extracomment>shown large once the warning signs appeared: 'what to do now' stays urgent; must not say emergency or name a diagnosis.</extracomment>
            <translation>警示信号：现在该怎么做</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Cramp now</source>
            <translation>抽筋了</translation>
        </message>
        <message>
            <source>A cramp right now? Start the stretch (Space)</source>
            <translation>现在正在抽筋？开始拉伸（空格键）</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <source>Welcome to Cramp Timer</source>
            <translation>欢迎使用 Cramp Timer</translation>
        </message>
        <message>
            <source>When a calf cramp wakes you, tap Cramp now or press Space: a calm voice talks you through a stretch. In the evening it can remind you to do a short stretching routine, which can make night cramps rarer.

It gives self-care help. It does not diagnose anything and does not replace a doctor. Everything you record stays on this computer.</source>
            <extracomment>keep 'can remind' and 'can make night cramps rarer' (not 'will'). Must say: self-care help, no diagnosis, no replacement for a doctor, data stays on this computer.</extracomment>
            <translation>小腿抽筋把您弄醒时，点“抽筋了”或按空格键：一个平和的声音会引导您完成拉伸。晚上，它可以提醒您做一套简短的拉伸，这可以让夜间抽筋少一些。

它提供自我护理方面的帮助，不做任何诊断，也不能代替医生。您记录的所有内容都只保存在这台电脑上。</translation>
        </message>
        <message>
            <source>How will you stretch?</source>
            <translation>您打算怎样拉伸？</translation>
        </message>
        <message>
            <source>Sitting up in bed, leg straight</source>
            <extracomment>stretch choice: sitting up in bed, leg straight. Short; add no force or pain.</extracomment>
            <translation>在床上坐起，腿伸直</translation>
        </message>
        <message>
            <source>Standing, weight on the cramped leg: get up slowly and hold on to something steady, such as a wall, a chair or the bed frame</source>
            <extracomment>stretch choice; must keep the fall safety: get up slowly, hold on to something steady (wall, chair, bed frame).</extracomment>
            <translation>站着，重心放在抽筋的腿上：慢慢起身，扶住稳固的东西，比如墙、椅子或床架</translation>
        </message>
        <message>
            <source>Test &amp;voice</source>
            <translation>试听语音(&amp;V)</translation>
        </message>
        <message>
            <source>Hear the voice once</source>
            <translation>听一次语音</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (22:00)</source>
            <translation>睡前提醒我拉伸（22:00）</translation>
        </message>
        <message>
            <source>Start Cramp Timer when I log in</source>
            <translation>登录时启动 Cramp Timer</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Keep the usual settings</source>
            <translation>保留默认设置</translation>
        </message>
        <message>
            <source>Skip the welcome</source>
            <translation>跳过欢迎页</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Keep these choices</source>
            <translation>保存这些选择</translation>
        </message>
        <message>
            <source>Remind me to stretch at bedtime (%1)</source>
            <translation>睡前提醒我拉伸（%1）</translation>
        </message>
    </context>
    <context>
        <name>aftercare</name>
        <message>
            <source>Please switch the heating pad off now.</source>
            <extracomment>safety, repeated each minute: must say to switch the heating pad off now. Not a suggestion; do not soften.</extracomment>
            <translation>请现在关掉热敷垫。</translation>
        </message>
        <message>
            <source>A new cramp. Is the heating pad off? Press Space when it is, and the stretch starts.</source>
            <extracomment>safety: must ask whether the heating pad is off; the stretch starts only once it is (Space is the key).</extracomment>
            <translation>又抽筋了。热敷垫关了吗？关好后按空格键，拉伸就会开始。</translation>
        </message>
        <message>
            <source>Halfway there.</source>
            <translation>已经过半了。</translation>
        </message>
        <message>
            <source>One minute left.</source>
            <translation>还剩一分钟。</translation>
        </message>
        <message>
            <source>Not on a leg that is swollen, red or warm, and not where the leg is numb or feels little: heat burns skin that cannot feel it. Otherwise lay a heat pad, or a towel you have warmed, on the calf: warm, never hot. Do not fall asleep with a heat pad on: this timer will remind you to switch it off.</source>
            <extracomment>heat safety: not on a swollen, red or warm leg, nor where it is numb (heat burns skin that cannot feel); warm, never hot; never fall asleep with a pad on. Keep every condition; add no temperature or time.</extracomment>
            <translation>不要用在肿胀、发红或发热的腿上，也不要用在麻木或感觉迟钝的地方：感觉不到热的皮肤会被烫伤。如果没有这些情况，可以把热敷垫或焐热的毛巾放在小腿上：要温热，绝不能烫。不要敷着热敷垫睡着：这个计时器会提醒您关掉它。</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one: heat burns what you cannot feel. Warm, not hot. Never sleep with it on.</source>
            <extracomment>spoken heat safety: not on a swollen, red, warm or numb leg; warm, not hot; never sleep with it on. Keep all of it; no temperature.</extracomment>
            <translation>不要用在肿胀、发红、发热或麻木的腿上：感觉不到的地方会被烫伤。要温热，不要烫。绝不要敷着它睡觉。</translation>
        </message>
        <message>
            <source>Do not rub a leg that is swollen, red or warm, or where it is numb or feels little. Sit so you can reach your calf easily.</source>
            <extracomment>massage safety: do not rub a swollen, red or warm leg, nor where it is numb; sit with the calf in easy reach. Keep every condition.</extracomment>
            <translation>不要揉搓肿胀、发红或发热的腿，也不要揉麻木或感觉迟钝的地方。坐好，让您能轻松够到小腿。</translation>
        </message>
        <message>
            <source>Not on a swollen, red or warm leg, nor a numb one. Sit so you can reach your calf.</source>
            <extracomment>spoken massage safety: not on a swollen, red, warm or numb leg; sit so you can reach your calf. Keep all four signs.</extracomment>
            <translation>不要用在肿胀、发红、发热或麻木的腿上。坐好，让您能够到小腿。</translation>
        </message>
        <message>
            <source>Warmth on the calf. Rest and breathe.</source>
            <extracomment>shown during heat: warmth on the calf (warm, not hot); rest and breathe. Add no instruction.</extracomment>
            <translation>热敷小腿。休息一下，好好呼吸。</translation>
        </message>
        <message>
            <source>The warmth is on. Rest and breathe slowly.</source>
            <extracomment>spoken as the heat starts: only rest and breathe slowly. Add no instruction and do not say 'hot'.</extracomment>
            <translation>热敷已经开始。休息一下，慢慢呼吸。</translation>
        </message>
        <message>
            <source>Use cold only once the cramp has let go. Wrap the ice pack in a cloth: never put ice straight on the skin.</source>
            <extracomment>cold safety: only once the cramp has let go; wrap the ice pack in a cloth, never ice straight on the skin. Keep 'only' and 'never'.</extracomment>
            <translation>抽筋缓解后才能冷敷。用布把冰袋包好：绝不要把冰直接放在皮肤上。</translation>
        </message>
        <message>
            <source>Only once the cramp has passed. Wrap the ice pack in a cloth.</source>
            <extracomment>spoken cold safety: only after the cramp has passed; wrap the ice pack in a cloth. Keep 'only'.</extracomment>
            <translation>抽筋过去后才能冷敷。用布把冰袋包好。</translation>
        </message>
        <message>
            <source>Wrapped ice pack on the sore spot.</source>
            <extracomment>shown during cold: the ice pack stays wrapped. Keep 'wrapped'; add no time.</extracomment>
            <translation>把包好的冰袋放在酸痛的地方。</translation>
        </message>
        <message>
            <source>Cold pack on. Rest and breathe slowly.</source>
            <extracomment>spoken as the cold starts: only rest and breathe slowly. Add no instruction.</extracomment>
            <translation>冰袋已经敷上。休息一下，慢慢呼吸。</translation>
        </message>
        <message>
            <source>Time is up. Take the ice pack off.</source>
            <extracomment>spoken at the end: must say to take the ice pack off now, not 'you may'.</extracomment>
            <translation>时间到了。把冰袋拿下来。</translation>
        </message>
        <message>
            <source>Rub the calf gently with both hands to warm it.</source>
            <extracomment>massage step: rub gently with both hands to warm the calf (by rubbing, not with heat). Keep 'gently'.</extracomment>
            <translation>用双手轻轻揉搓小腿，让它暖和起来。</translation>
        </message>
        <message>
            <source>Knead the calf, working from the ankle up toward the knee.</source>
            <extracomment>massage step: knead from the ankle up toward the knee. Keep the direction; add no force.</extracomment>
            <translation>揉捏小腿，从脚踝往膝盖方向揉。</translation>
        </message>
        <message>
            <source>Keep kneading upward, slow and firm. Ease off if it hurts.</source>
            <extracomment>keep 'upward' and 'slow and firm', and the safety: ease off if it hurts. Must not say to push through pain.</extracomment>
            <translation>继续往上揉捏，慢而有力。如果疼，就放轻一些。</translation>
        </message>
        <message>
            <source>Now stroke lightly from the ankle to the knee.</source>
            <extracomment>massage step: light strokes from the ankle to the knee. Keep 'lightly' and the direction.</extracomment>
            <translation>现在从脚踝到膝盖轻轻地抚摸。</translation>
        </message>
        <message>
            <source>That is enough. Let the leg rest.</source>
            <extracomment>spoken at the end of the massage: stop, let the leg rest. Add no advice.</extracomment>
            <translation>可以了。让腿休息一下。</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>热敷</translation>
        </message>
        <message>
            <source>Warmth on the calf, with a timer that reminds you to switch a heat pad off</source>
            <extracomment>heat choice: warmth on the calf, and a timer that reminds you to switch the heat pad off. Keep the reminder; not 'hot'.</extracomment>
            <translation>在小腿上热敷，计时器会提醒您关掉热敷垫</translation>
        </message>
        <message>
            <source>heat %1</source>
            <translation>热敷%1</translation>
        </message>
        <message>
            <source>Heat ti&amp;mer</source>
            <translation>热敷计时(&amp;M)</translation>
        </message>
        <message>
            <source>Heat timer in minutes</source>
            <translation>热敷计时（分钟）</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation>冷敷</translation>
        </message>
        <message>
            <source>A wrapped ice pack, once the cramp has passed</source>
            <extracomment>cold choice: keep 'wrapped' and 'once the cramp has passed' (cold only after the cramp has let go).</extracomment>
            <translation>抽筋过去后，用包好的冰袋冷敷</translation>
        </message>
        <message>
            <source>cold %1</source>
            <translation>冷敷%1</translation>
        </message>
        <message>
            <source>&amp;Cold timer</source>
            <translation>冷敷计时(&amp;C)</translation>
        </message>
        <message>
            <source>Cold timer in minutes</source>
            <translation>冷敷计时（分钟）</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>按摩</translation>
        </message>
        <message>
            <source>Two minutes of guided massage</source>
            <translation>两分钟的按摩引导</translation>
        </message>
        <message>
            <source>massage %1</source>
            <translation>按摩%1</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>A bedside timer that talks you through a night-time calf cramp. If Cramp Timer is already open, its window comes to the front and the option is done there.</source>
            <translation>放在床边的计时器，在夜间小腿抽筋时一步步引导您。如果 Cramp Timer 已经打开，它的窗口会显示到最前面，并在那里执行该选项。</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助信息，然后退出</translation>
        </message>
        <message>
            <source>open the window and start a guided stretch at once</source>
            <translation>打开窗口，并立即开始拉伸引导</translation>
        </message>
        <message>
            <source>open the window and start the routine called NAME</source>
            <translation>打开窗口，并开始名为 NAME 的方案</translation>
        </message>
        <message>
            <source>start hidden in the tray (as at login); the window opens from the tray icon</source>
            <translation>启动时隐藏在托盘中（和登录时一样）；从托盘图标可以打开窗口</translation>
        </message>
        <message>
            <source>check that this computer can run Cramp Timer (display, speech, sound, folders, diary), print one line per check and exit; the exit status is 0 when Cramp now can work</source>
            <translation>检查这台电脑能否运行 Cramp Timer（显示、语音、声音、文件夹、日记），每项检查输出一行，然后退出；“抽筋了”可以正常使用时，退出状态为 0</translation>
        </message>
        <message>
            <source>add Cramp Timer to your desktop's application menu (for you only) and exit</source>
            <translation>将 Cramp Timer 添加到桌面的应用程序菜单中（仅对您自己），然后退出</translation>
        </message>
        <message>
            <source>remove what --install-desktop-entry added and exit</source>
            <translation>移除 --install-desktop-entry 添加的内容，然后退出</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>显示版本号，然后退出</translation>
        </message>
        <message>
            <source>{error} Starting anyway.</source>
            <translation>{error} 仍将继续启动。</translation>
        </message>
        <message>
            <source>diary exports</source>
            <translation>日记导出</translation>
        </message>
        <message>
            <source>write a summary for your doctor to FILE (PDF) and exit</source>
            <translation>将给医生看的摘要写入 FILE（PDF），然后退出</translation>
        </message>
        <message>
            <source>write the cramp diary to FILE (CSV, for a spreadsheet) and exit</source>
            <translation>将抽筋日记写入 FILE（CSV，可用电子表格打开），然后退出</translation>
        </message>
        <message>
            <source>with an export: from the night of DATE (YYYY-MM-DD)</source>
            <translation>用于导出：从 DATE（YYYY-MM-DD）那一晚开始</translation>
        </message>
        <message>
            <source>with an export: to the night of DATE (YYYY-MM-DD), included</source>
            <translation>用于导出：到 DATE（YYYY-MM-DD）那一晚为止，包括这一晚</translation>
        </message>
        <message>
            <source>with --export-pdf: the name to print on the summary</source>
            <translation>与 --export-pdf 一起使用：印在摘要上的姓名</translation>
        </message>
        <message>
            <source>not a date like 2026-02-15: {text}</source>
            <translation>不是像 2026-02-15 这样的日期：{text}</translation>
        </message>
        <message>
            <source>routine files</source>
            <translation>方案文件</translation>
        </message>
        <message>
            <source>add the routines in FILE to your own, checking the whole file first; asks for the PIN if one is set</source>
            <translation>将 FILE 中的方案添加到您自己的方案中，会先检查整个文件；如果设置了 PIN 码，会要求输入</translation>
        </message>
        <message>
            <source>write your own routines (or those named with --routine) to FILE</source>
            <translation>将您自己的方案（或用 --routine 指定的方案）写入 FILE</translation>
        </message>
        <message>
            <source>with --import-routines: replace your routines that have the same names</source>
            <translation>与 --import-routines 一起使用：替换您的同名方案</translation>
        </message>
        <message>
            <source>with --import-routines: read the PIN from the first line of standard input</source>
            <translation>与 --import-routines 一起使用：从标准输入的第一行读取 PIN 码</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>Paused.</source>
            <translation>已暂停。</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>继续。</translation>
        </message>
        <message>
            <source>The stretch is on. Follow the voice.</source>
            <translation>拉伸已经开始。跟着语音做。</translation>
        </message>
        <message>
            <source>Not a cramp: nothing was written in your diary.</source>
            <translation>不是抽筋：没有写入您的日记。</translation>
        </message>
        <message>
            <source>There is no routine called “{name}”.</source>
            <translation>没有名为“{name}”的方案。</translation>
        </message>
        <message>
            <source>Finish what is on the screen first.</source>
            <translation>请先完成屏幕上的操作。</translation>
        </message>
    </context>
    <context>
        <name>cues</name>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Then lean your weight onto the cramped leg, heel flat on the floor.</source>
            <extracomment>fall safety: must say to get up slowly and hold on to something steady (wall, chair, bed frame) before leaning onto the cramped leg, heel flat. Keep that order.</extracomment>
            <translation>慢慢起身，扶住稳固的东西：墙、椅子或床架。然后把重心移到抽筋的腿上，脚跟平放在地上。</translation>
        </message>
        <message>
            <source>Sit with the cramped leg straight out. Draw your toes and foot up toward your knee. A towel looped around the foot helps.</source>
            <extracomment>seated stretch: leg straight, toes and foot drawn up toward the knee; a towel around the foot helps. Add no force or pain.</extracomment>
            <translation>坐好，把抽筋的腿向前伸直。把脚趾和脚往膝盖方向拉。用毛巾套住脚会更容易。</translation>
        </message>
        <message>
            <source>Get up slowly and hold on to something steady: a wall, a chair, the bed frame. Weight on the cramped leg, heel down.</source>
            <extracomment>spoken fall safety: get up slowly, hold on to something steady (wall, chair, bed frame), then weight on the cramped leg, heel down. Keep the order; keep it short.</extracomment>
            <translation>慢慢起身，扶住稳固的东西：墙、椅子或床架。重心放在抽筋的腿上，脚跟着地。</translation>
        </message>
        <message>
            <source>Leg straight. Pull your foot toward you.</source>
            <extracomment>spoken seated stretch: leg straight, pull the foot toward you. Short; add no force or pain.</extracomment>
            <translation>腿伸直。把脚往身体方向拉。</translation>
        </message>
        <message>
            <source>Weight on the cramped leg, heel down</source>
            <extracomment>reminder above the countdown: weight on the cramped leg, heel stays on the floor. Short.</extracomment>
            <translation>重心放在抽筋的腿上，脚跟着地</translation>
        </message>
        <message>
            <source>Leg straight, foot pulled toward you</source>
            <extracomment>reminder above the countdown: leg straight, foot pulled toward the body. Short.</extracomment>
            <translation>腿伸直，把脚往身体方向拉</translation>
        </message>
        <message>
            <source>Hold the stretch. Breathe slowly.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and breathe slowly (do not hold the breath).</extracomment>
            <translation>保持拉伸。慢慢呼吸。</translation>
        </message>
        <message>
            <source>Halfway. Keep breathing.</source>
            <extracomment>spoken halfway through a hold: keep breathing (do not hold the breath). Add no instruction.</extracomment>
            <translation>过半了。继续呼吸。</translation>
        </message>
        <message>
            <source>Ten seconds left.</source>
            <translation>还剩十秒。</translation>
        </message>
        <message>
            <source>One.</source>
            <translation>一。</translation>
        </message>
        <message>
            <source>Two.</source>
            <translation>二。</translation>
        </message>
        <message>
            <source>Three.</source>
            <translation>三。</translation>
        </message>
        <message>
            <source>Four.</source>
            <translation>四。</translation>
        </message>
        <message>
            <source>Five.</source>
            <translation>五。</translation>
        </message>
        <message>
            <source>Release slowly.</source>
            <extracomment>spoken at the end of the hold: let go of the stretch slowly, not all at once.</extracomment>
            <translation>慢慢放松。</translation>
        </message>
        <message>
            <source>This is the voice that will guide you.</source>
            <translation>这是将要引导您的声音。</translation>
        </message>
        <message>
            <source>en</source>
            <comment>language code of the spoken lines</comment>
            <translation>zh_CN</translation>
        </message>
    </context>
    <context>
        <name>diary</name>
        <message>
            <source>The diary {path} could not be opened: it is not a file.</source>
            <translation>无法打开日记 {path}：它不是一个文件。</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary (it is not a database). It was left as it is.</source>
            <translation>文件 {path} 不是 Cramp Timer 日记（它不是数据库）。该文件保持原样。</translation>
        </message>
        <message>
            <source>The diary {path} was written by a newer version of Cramp Timer (diary format {version}; this version knows up to {known}). It was left as it is.</source>
            <translation>日记 {path} 是由更新版本的 Cramp Timer 写入的（日记格式 {version}；此版本最高只能识别 {known}）。该日记保持原样。</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened: the folder does not allow the write-ahead log (journal mode {mode}).</source>
            <translation>无法打开日记 {path}：该文件夹不允许使用预写日志（日志模式：{mode}）。</translation>
        </message>
        <message>
            <source>The diary {path} could not be updated to format {version} ({error}). It was left as it was.</source>
            <translation>无法将日记 {path} 更新为格式 {version}（{error}）。该日记保持原样。</translation>
        </message>
        <message>
            <source>The diary {path} cannot be written: the disk is full ({error}).</source>
            <translation>无法写入日记 {path}：磁盘已满（{error}）。</translation>
        </message>
        <message>
            <source>The diary {path} is in use by another program ({error}); what happens now is kept and written once it is free.</source>
            <translation>日记 {path} 正被另一个程序使用（{error}）；现在记下的内容会先保留下来，等日记空闲后再写入。</translation>
        </message>
        <message>
            <source>The file {path} is not a Cramp Timer diary, or it is damaged ({error}). It was left as it is.</source>
            <translation>文件 {path} 不是 Cramp Timer 日记，或者已损坏（{error}）。该文件保持原样。</translation>
        </message>
        <message>
            <source>The diary {path} could not be opened ({error}).</source>
            <translation>无法打开日记 {path}（{error}）。</translation>
        </message>
        <message>
            <source>Your cramp diary could not be read ({reason}), so it was moved aside to {path} and a new diary was started. Nothing was deleted.</source>
            <translation>无法读取您的抽筋日记（{reason}），所以已将它移到 {path}，并新建了一本日记。没有删除任何内容。</translation>
        </message>
        <message>
            <source>The disk is full, so tonight's entries cannot be written to your diary yet. They are kept and written as soon as there is room again.</source>
            <translation>磁盘已满，所以今晚的记录暂时无法写入您的日记。这些记录会先保留下来，一有空间就会写入。</translation>
        </message>
        <message>
            <source>Your cramp diary cannot be written just now, so tonight's entries are kept and written as soon as it can be. ({reason})</source>
            <translation>您的抽筋日记现在无法写入，所以今晚的记录会先保留下来，等可以写入时再写入。（{reason}）</translation>
        </message>
        <message>
            <source>it is not a diary, or it is damaged</source>
            <translation>它不是日记文件，或者已损坏</translation>
        </message>
        <message>
            <source>it was written by a newer version of Cramp Timer</source>
            <translation>它是由更新版本的 Cramp Timer 写入的</translation>
        </message>
        <message>
            <source>it could not be opened</source>
            <translation>无法打开它</translation>
        </message>
    </context>
    <context>
        <name>diary_cli</name>
        <message>
            <source>There is no diary yet ({file}), so nothing was written.</source>
            <translation>还没有日记（{file}），所以没有写入任何内容。</translation>
        </message>
        <message>
            <source>The diary could not be read ({error}). Nothing was written.</source>
            <translation>无法读取日记（{error}）。没有写入任何内容。</translation>
        </message>
        <message>
            <source>Nothing is recorded in the diary for those nights, so nothing was written.</source>
            <translation>日记中没有这些夜晚的记录，所以没有写入任何内容。</translation>
        </message>
        <message>
            <source>The file {file} could not be written: {reason}.</source>
            <translation>无法写入文件 {file}：{reason}。</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n cramp entries to {file}.</source>
            <translation>
                <numerusform>已将%n条抽筋记录保存到 {file}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the summary of the nights {first} to {last} to {file}.</source>
            <translation>已将 {first} 至 {last} 这些夜晚的摘要保存到 {file}。</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>ddd d MMM yyyy</source>
            <extracomment>Qt date patterns (d day, MMM short month name, ddd short weekday, yyyy year): put them in your language's order, e.g. "yyyy年M月d日 ddd". Keep the letters.</extracomment>
            <translation>yyyy年M月d日 ddd</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>M月d日 ddd</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>M月d日</translation>
        </message>
    </context>
    <context>
        <name>guidance</name>
        <message>
            <source>Fewer night cramps</source>
            <extracomment>title of the self-care tips page. Must mean fewer (rarer) night cramps; must not promise that cramps stop or are cured.</extracomment>
            <translation>减少夜间抽筋</translation>
        </message>
        <message>
            <source>Drink through the day</source>
            <extracomment>heading: spread drinking across the whole day. Must not add an amount of water or a number of glasses.</extracomment>
            <translation>全天都要喝水</translation>
        </message>
        <message>
            <source>Sip water steadily from morning to evening, unless a doctor told you to limit fluids.</source>
            <extracomment>must keep the exception: not if a doctor told you to limit fluids. Must not add an amount, a number of glasses or a time.</extracomment>
            <translation>从早到晚不断地小口喝水，除非医生让您限制饮水。</translation>
        </message>
        <message>
            <source>Muscles need enough fluid, and the minerals that come with it, to relax again after they tighten.</source>
            <extracomment>a general reason why fluid matters. Must not name a particular mineral, a dose or a medical mechanism, nor promise that drinking stops cramps.</extracomment>
            <translation>肌肉收紧后，需要足够的水分以及水中带来的矿物质，才能重新放松。</translation>
        </message>
        <message>
            <source>Eat foods with potassium and magnesium</source>
            <extracomment>heading: foods, not pills. Must not suggest supplements or name amounts.</extracomment>
            <translation>吃含钾和镁的食物</translation>
        </message>
        <message>
            <source>Potassium: bananas and sweet potatoes.</source>
            <extracomment>food examples only (bananas, sweet potatoes). Add no amounts, no other foods and no supplements.</extracomment>
            <translation>钾：香蕉和红薯。</translation>
        </message>
        <message>
            <source>Magnesium: spinach and other dark green vegetables, almonds and pumpkin seeds.</source>
            <extracomment>food examples only (spinach and other dark green vegetables, almonds, pumpkin seeds). Add no amounts and no supplements.</extracomment>
            <translation>镁：菠菜和其他深绿色蔬菜、杏仁和南瓜子。</translation>
        </message>
        <message>
            <source>Calcium matters too: milk, yoghurt and cheese, or fortified drinks.</source>
            <extracomment>food examples only. 'Matters too' must not become a claim that calcium prevents cramps; add no amounts.</extracomment>
            <translation>钙也很重要：牛奶、酸奶和奶酪，或者加钙的强化饮品。</translation>
        </message>
        <message>
            <source>Thinking about a supplement? Talk it over with your doctor first.</source>
            <extracomment>must say: talk to a doctor before taking any supplement. Must not recommend or name a supplement, or give a dose.</extracomment>
            <translation>想服用补充剂吗？请先和医生商量。</translation>
        </message>
        <message>
            <source>Stretch gently before bed</source>
            <extracomment>heading: gentle stretching in the evening before sleep. Keep 'gently' (not deep or hard stretching).</extracomment>
            <translation>睡前轻轻拉伸</translation>
        </message>
        <message>
            <source>A few minutes of calf and hamstring stretches in the evening can make night cramps rarer (shown in one trial).</source>
            <extracomment>a claim from one study: keep 'can' (not 'will' or 'prevents') and '(shown in one trial)'. Must not say 'proven' or 'studies show'.</extracomment>
            <translation>晚上花几分钟做小腿和大腿后侧的拉伸，可以让夜间抽筋少一些（一项试验显示了这一点）。</translation>
        </message>
        <message>
            <source>The Bedtime routine in this app talks you through them.</source>
            <translation>本应用中的“睡前拉伸”会一步步引导您完成这些拉伸。</translation>
        </message>
        <message>
            <source>A stretch should pull firmly. It should never hurt.</source>
            <extracomment>safety: a stretch should pull firmly but never hurt. Must not soften 'never' or suggest pushing through pain.</extracomment>
            <translation>拉伸时应该感到明显的牵拉，但绝不应该疼痛。</translation>
        </message>
        <message>
            <source>Keep your toes from pointing down in bed</source>
            <extracomment>heading: a lying position tip (toes not pointed down in bed). Not a treatment; add no promise.</extracomment>
            <translation>在床上别让脚尖朝下</translation>
        </message>
        <message>
            <source>Lying with the toes pointed keeps the calf short, and that can set off a cramp.</source>
            <extracomment>keep 'can' (pointed toes are a possible trigger, not a certain cause). Add no medical explanation.</extracomment>
            <translation>躺着时脚尖朝下绷着，会让小腿肌肉一直处于缩短状态，这可能会引发抽筋。</translation>
        </message>
        <message>
            <source>Keep the covers loose at the foot of the bed, so they do not press your toes down.</source>
            <extracomment>a practical tip: loose covers at the foot of the bed so they do not press the toes down. Add no other advice.</extracomment>
            <translation>床尾的被子要松一些，别让它把脚趾往下压。</translation>
        </message>
        <message>
            <source>A pillow at your feet, under the covers, can hold their weight off your toes.</source>
            <extracomment>keep 'can'. The pillow lies at the feet under the covers and takes their weight off the toes; not a medical aid.</extracomment>
            <translation>在被子下面、脚边放一个枕头，可以托住被子，不让它压在脚趾上。</translation>
        </message>
        <message>
            <source>Rest tired muscles, move after sitting</source>
            <extracomment>heading: rest muscles that worked hard; get moving after sitting. Add no amounts of exercise or time.</extracomment>
            <translation>让疲劳的肌肉休息，久坐后活动一下</translation>
        </message>
        <message>
            <source>Muscles that worked hard or for long during the day are more likely to cramp at night.</source>
            <extracomment>keep 'more likely' (a higher chance, not a certainty). Must not say that exercise should be avoided.</extracomment>
            <translation>白天用力较多或长时间工作的肌肉，夜里更容易抽筋。</translation>
        </message>
        <message>
            <source>Sitting for hours can leave the calf short and tight. Get up and walk about now and then.</source>
            <extracomment>keep 'can'. Must say to get up and walk about now and then; must not add a time interval or a number of steps.</extracomment>
            <translation>一坐几个小时，可能会让小腿肌肉变短、发紧。时不时起来走动走动。</translation>
        </message>
        <message>
            <source>Ask about your medicines</source>
            <extracomment>heading: ask a doctor or pharmacist about your medicines. Must not suggest stopping or changing one.</extracomment>
            <translation>问问您吃的药</translation>
        </message>
        <message>
            <source>Some medicines can make cramps more likely. Water tablets (diuretics) and statins for cholesterol are two examples; there are others.</source>
            <extracomment>keep 'can make cramps more likely' and 'two examples; there are others'. Use the everyday local names; add no drug names, no 'always'.</extracomment>
            <translation>有些药物可能让抽筋更容易发生。利尿药和降胆固醇的他汀类药物就是两个例子；还有其他药物。</translation>
        </message>
        <message>
            <source>If you wonder whether a medicine plays a part, ask your doctor or pharmacist.</source>
            <extracomment>must name both the doctor and the pharmacist. Must not suggest that the medicine is the cause.</extracomment>
            <translation>如果您想知道某种药物是否有影响，请咨询医生或药师。</translation>
        </message>
        <message>
            <source>Never stop or change a medicine on your own.</source>
            <extracomment>safety: a firm 'never', for both stopping and changing a medicine. Must not soften it or add exceptions.</extracomment>
            <translation>千万不要自己停药或更改用药。</translation>
        </message>
        <message>
            <source>A cramp, or restless legs?</source>
            <extracomment>heading: telling a cramp from restless legs. Use the everyday name for restless legs; this is not a diagnosis.</extracomment>
            <translation>是抽筋，还是不宁腿？</translation>
        </message>
        <message>
            <source>A cramp is a hard, painful tightening of the muscle. You can often feel the knot with your hand.</source>
            <extracomment>describes a cramp: a hard, painful tightening. Keep 'often' (the knot can often be felt, not always).</extracomment>
            <translation>抽筋是肌肉变硬、疼痛地收紧。您常常能用手摸到硬块。</translation>
        </message>
        <message>
            <source>Restless legs feel different: an urge to move the legs, with odd feelings such as tingling or crawling, that eases when you move.</source>
            <extracomment>describes restless legs: an urge to move, odd feelings (examples only), eased by moving. Must not name a cause or present it as a diagnosis.</extracomment>
            <translation>不宁腿的感觉不一样：总想活动双腿，还伴有刺痛或像虫爬一样的奇怪感觉，一活动就会减轻。</translation>
        </message>
        <message>
            <source>If that sounds more like your nights, mention it to your doctor.</source>
            <extracomment>must say: mention it to a doctor (not urgent). Must not tell the reader that they have restless legs syndrome.</extracomment>
            <translation>如果这听起来更像您夜里的情况，请告诉医生。</translation>
        </message>
        <message>
            <source>Talk to your doctor if</source>
            <extracomment>heading of non-urgent reasons to see a doctor. Must be milder than 'See a doctor now' on the Warning signs page.</extracomment>
            <translation>出现以下情况，请和医生谈谈</translation>
        </message>
        <message>
            <source>Cramps come often, or every night, or keep waking you up.</source>
            <extracomment>a reason to see a doctor (not urgent). Keep all three: often, every night, keep waking you up. Add no number of nights.</extracomment>
            <translation>抽筋很频繁，或者每晚都有，或者总是把您弄醒。</translation>
        </message>
        <message>
            <source>A cramp goes on for more than 10 minutes: ask for an appointment the same day.</source>
            <extracomment>keep 'more than 10 minutes' and 'the same day': not 'now' or an emergency, and not merely 'soon'.</extracomment>
            <translation>一次抽筋持续超过10分钟：请预约当天就诊。</translation>
        </message>
        <message>
            <source>Cramps come with weakness or numbness in the leg, or the leg muscles seem to shrink or get weaker.</source>
            <extracomment>a reason to see a doctor: weakness or numbness in the leg, or leg muscles that seem to shrink or weaken. Keep 'seem'; name no disease.</extracomment>
            <translation>抽筋并伴有腿部无力或麻木，或者腿部肌肉好像在萎缩或变弱。</translation>
        </message>
        <message>
            <source>You are pregnant and cramps trouble you: tell your midwife or doctor.</source>
            <extracomment>must say: tell your midwife or doctor (keep both). No added urgency and no advice about pregnancy.</extracomment>
            <translation>您怀孕了，而且抽筋让您困扰：请告诉助产士或医生。</translation>
        </message>
        <message>
            <source>Cramps began after you started a new medicine.</source>
            <extracomment>a reason to see a doctor. Must not say the medicine causes the cramps, nor suggest stopping it.</extracomment>
            <translation>开始服用一种新药后出现了抽筋。</translation>
        </message>
        <message>
            <source>These tips and stretching have not helped.</source>
            <extracomment>a reason to see a doctor: self-care has not helped. Plain; no added urgency.</extracomment>
            <translation>这些建议和拉伸都没有帮助。</translation>
        </message>
        <message>
            <source>Some pains feel like cramps but are not: the Warning signs page lists them.</source>
            <extracomment>must point to the Warning signs page (use that page's translated title). Must not name a disease here.</extracomment>
            <translation>有些疼痛感觉像抽筋，其实不是：“警示信号”页面列出了这些情况。</translation>
        </message>
        <message>
            <source>Any warning sign appears. Those need a doctor now: see the Warning signs page.</source>
            <extracomment>urgent: a warning sign needs a doctor now, not later. Keep 'now'; use the Warning signs page's translated title.</extracomment>
            <translation>出现任何警示信号。这些情况需要马上看医生：请看“警示信号”页面。</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <extracomment>title of the page of signs that need a doctor now. A plain word for warning signs; not 'emergency' and not a medical term.</extracomment>
            <translation>警示信号</translation>
        </message>
        <message>
            <source>See a doctor now if</source>
            <extracomment>urgent heading: see a doctor now, without waiting. Not 'soon', and not yet an emergency call (that is a later section).</extracomment>
            <translation>出现以下情况，请马上看医生</translation>
        </message>
        <message>
            <source>The leg is swollen.</source>
            <extracomment>warning sign: the leg is swollen. Plain words; add no cause or diagnosis.</extracomment>
            <translation>腿肿了。</translation>
        </message>
        <message>
            <source>The leg is red, or warm to the touch.</source>
            <extracomment>warning sign: the leg is red, or warm to the touch. Keep 'or': either one is enough.</extracomment>
            <translation>腿发红，或摸起来发热。</translation>
        </message>
        <message>
            <source>The pain is constant and stays, even after you stretch.</source>
            <extracomment>warning sign: pain that does not stop, even after stretching. Must not suggest stretching more.</extracomment>
            <translation>疼痛持续不断，拉伸后也不消退。</translation>
        </message>
        <message>
            <source>Stretching does not relieve the cramp.</source>
            <extracomment>warning sign: stretching does not ease the cramp. Add no number of tries.</extracomment>
            <translation>拉伸不能缓解抽筋。</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>为什么这很重要</translation>
        </message>
        <message>
            <source>These can be signs of a blood clot in a deep vein of the leg, called deep vein thrombosis (DVT).</source>
            <extracomment>keep 'can be signs of' (possible, not certain). Use the usual local name for deep vein thrombosis and its local abbreviation; no certainty.</extracomment>
            <translation>这些可能是腿部深静脉中有血栓的迹象，称为深静脉血栓（DVT）。</translation>
        </message>
        <message>
            <source>Only a doctor can tell. Do not wait for the morning.</source>
            <extracomment>urgency: only a doctor can tell whether it is a clot; must say not to wait until the morning. Do not soften.</extracomment>
            <translation>只有医生才能判断。不要等到早上。</translation>
        </message>
        <message>
            <source>Until a doctor has seen it, do not rub, massage or warm a leg that is swollen, red or warm.</source>
            <extracomment>safety: no rubbing, massage or warming of a swollen, red or warm leg until a doctor has seen it. Keep all three actions and all three signs.</extracomment>
            <translation>在医生看过之前，不要揉搓、按摩或热敷肿胀、发红或发热的腿。</translation>
        </message>
        <message>
            <source>Pains that may not be a cramp: tell your doctor</source>
            <extracomment>heading: keep 'may' and 'tell your doctor' (not urgent, not an emergency).</extracomment>
            <translation>可能不是抽筋的疼痛：请告诉医生</translation>
        </message>
        <message>
            <source>Calf pain that comes on when you walk and eases when you rest. Narrowed arteries in the leg can do this.</source>
            <extracomment>keep 'can' (a possible cause, not a diagnosis). Plain words for narrowed arteries; no disease name.</extracomment>
            <translation>走路时出现小腿疼痛，休息后减轻。腿部动脉变窄可能会这样。</translation>
        </message>
        <message>
            <source>Foot or calf pain at night that eases when you let your legs hang over the edge of the bed. This can be poor blood flow too.</source>
            <extracomment>keep 'can' (possible, not certain): pain that eases with the legs hanging over the bed's edge. No diagnosis or disease name.</extracomment>
            <translation>夜间脚或小腿疼痛，把腿垂到床边后减轻。这也可能是血液循环不好。</translation>
        </message>
        <message>
            <source>Legs that feel heavy, ache or swell after a long day on your feet, with cramps at night. Weak valves in the leg veins can cause this.</source>
            <extracomment>keep 'can cause'. Plain words for weak valves in the leg veins; no disease name (such as varicose veins) and no added advice.</extracomment>
            <translation>站了一整天后，腿感到沉重、酸痛或肿胀，夜里还会抽筋。腿部静脉里的瓣膜变弱，可能会引起这种情况。</translation>
        </message>
        <message>
            <source>Numbness, tingling or burning in the feet or legs. Nerves can cause this, for example with diabetes. Do not put heat on a numb leg.</source>
            <extracomment>keep 'can' and diabetes as one example only. Must keep the safety line: do not put heat on a numb leg.</extracomment>
            <translation>脚或腿麻木、刺痛或有烧灼感。神经问题可能会引起这种情况，例如糖尿病。不要热敷麻木的腿。</translation>
        </message>
        <message>
            <source>Pain that spreads down the leg from the lower back. A pressed nerve in the back can do this.</source>
            <extracomment>keep 'can' (possible, not certain). Plain words for a pressed nerve; no diagnosis such as sciatica.</extracomment>
            <translation>从下背部沿着腿往下放射的疼痛。背部神经受压可能会这样。</translation>
        </message>
        <message>
            <source>Call emergency services if</source>
            <extracomment>heading, highest urgency: call the emergency services. Must not add a phone number or weaken it to 'see a doctor'.</extracomment>
            <translation>出现以下情况，请拨打急救电话</translation>
        </message>
        <message>
            <source>You suddenly feel short of breath.</source>
            <extracomment>emergency sign: sudden shortness of breath. Keep 'suddenly'; no diagnosis.</extracomment>
            <translation>您突然感到呼吸困难。</translation>
        </message>
        <message>
            <source>There is pain in your chest.</source>
            <extracomment>emergency sign: chest pain. Plain words; no diagnosis.</extracomment>
            <translation>您感到胸痛。</translation>
        </message>
        <message>
            <source>A clot can travel to the lungs. That is an emergency: call straight away.</source>
            <extracomment>keep 'can' for the clot; must say it is an emergency, call at once. Must not name a diagnosis (such as pulmonary embolism) or add a number.</extracomment>
            <translation>血栓可能会移动到肺部。这是紧急情况：请马上拨打急救电话。</translation>
        </message>
        <message>
            <source>Do not drive yourself. Call for an ambulance, or ask someone to drive you.</source>
            <extracomment>safety: must say not to drive yourself, and to call an ambulance or have someone drive you. Keep both options; add no phone number.</extracomment>
            <translation>不要自己开车。请叫救护车，或者请别人开车送您。</translation>
        </message>
        <message>
            <source>If the leg is swollen, red or warm, or the pain will not ease, see a doctor now. It can be a blood clot. Chest pain or sudden breathlessness: call emergency services now. Do not drive yourself.</source>
            <extracomment>spoken. Keep: swollen, red or warm leg, or pain that will not ease: doctor now; it 'can be' a clot (not 'is'); chest pain or breathlessness: emergency services now; do not drive yourself. Add no phone number and no diagnosis.</extracomment>
            <translation>如果腿肿胀、发红或发热，或者疼痛不能缓解，请马上看医生。这可能是血栓。如果胸痛或突然呼吸困难：请马上拨打急救电话。不要自己开车。</translation>
        </message>
        <message>
            <source>Leg swollen, red or warm? Pain that will not ease?</source>
            <extracomment>large warning text: keep all four signs (swollen, red, warm, pain that will not ease). Short; no diagnosis.</extracomment>
            <translation>腿肿胀、发红或发热？疼痛不能缓解？</translation>
        </message>
        <message>
            <source>See a doctor now.</source>
            <extracomment>must keep 'now' (without waiting). Not an emergency call: that is the next line.</extracomment>
            <translation>请马上看医生。</translation>
        </message>
        <message>
            <source>Chest pain or short of breath? Call emergency services.</source>
            <extracomment>emergency: must say to call emergency services. Short; no phone number, no diagnosis.</extracomment>
            <translation>胸痛或呼吸困难？请拨打急救电话。</translation>
        </message>
    </context>
    <context>
        <name>lock</name>
        <message>
            <source>The PIN prevents accidental changes to the settings, the routines and the diary. It does not stop someone who can open this computer's files.</source>
            <translation>PIN 码用来防止误改设置、方案和日记。它不能阻止能打开这台电脑上文件的人。</translation>
        </message>
        <message>
            <source>Forgot the PIN? Delete the file {file} to remove it.</source>
            <translation>忘了 PIN 码？删除文件 {file} 即可移除它。</translation>
        </message>
        <message>
            <source>Too many wrong tries.</source>
            <translation>错误次数太多。</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>PIN 码不正确。</translation>
        </message>
        <message>
            <source>Please wait 1 second, then try again.</source>
            <translation>请等1秒，然后再试一次。</translation>
        </message>
        <message>
            <source>Please wait {seconds} seconds, then try again.</source>
            <translation>请等{seconds}秒，然后再试一次。</translation>
        </message>
        <message>
            <source>Please wait {minutes} minutes, then try again.</source>
            <translation>请等{minutes}分钟，然后再试一次。</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>PIN 码是 4 到 8 位数字。</translation>
        </message>
        <message>
            <source>Enter the current PIN first.</source>
            <translation>请先输入当前 PIN 码。</translation>
        </message>
        <message>
            <source>it is empty or damaged</source>
            <translation>它是空的或已损坏</translation>
        </message>
        <message>
            <source>The PIN lock file cannot be read ({reason}), so the settings stay locked. To reset the PIN, delete {file} (see "Forgotten PIN" in the README).</source>
            <translation>无法读取 PIN 码锁文件（{reason}），所以设置仍保持锁定。要重置 PIN 码，请删除 {file}（请参阅 README 中的“Forgotten PIN”一节）。</translation>
        </message>
        <message>
            <source>The PIN lock could not be saved: {reason}.</source>
            <translation>无法保存 PIN 码锁：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>night</name>
        <message>
            <source>How is the cramp now?</source>
            <translation>现在抽筋怎么样了？</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <source>{problems} Cramp now works as usual; what would be kept there is kept only until the app closes. Check setup (in the More menu) says how to fix it.</source>
            <translation>{problems} “抽筋了”仍可照常使用；本应保存在那里的内容只会保留到应用关闭为止。“系统检查”（在“更多”菜单中）会说明如何解决。</translation>
        </message>
        <message>
            <source>Cramp Timer cannot use the folder {folder}: {reason}.</source>
            <translation>Cramp Timer 无法使用文件夹 {folder}：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Time for your bedtime routine: {routine}. A few minutes of stretching can make night cramps rarer.</source>
            <extracomment>keep 'can make night cramps rarer' (not 'will' or 'prevents'); {routine} is the routine's name. Add no promise.</extracomment>
            <translation>该做睡前拉伸了：{routine}。拉伸几分钟，可以让夜间抽筋少一些。</translation>
        </message>
    </context>
    <context>
        <name>routine_cli</name>
        <message>
            <source>Nothing was imported. Add --replace to replace your routines.</source>
            <translation>没有导入任何内容。加上 --replace 可替换您的方案。</translation>
        </message>
        <message>
            <source>No PIN was given on standard input.</source>
            <translation>标准输入中没有提供 PIN 码。</translation>
        </message>
        <message>
            <source>A PIN is set. Run this at a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>已设置 PIN 码。请在终端中运行此命令，或者用 --pin-stdin 从标准输入提供 PIN 码。</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>PIN 码：</translation>
        </message>
        <message>
            <source>Exported the routine {name} to {file}.</source>
            <translation>已将方案 {name} 导出到 {file}。</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n routines to {file}: {names}.</source>
            <translation>
                <numerusform>已将%n个方案导出到 {file}：{names}。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>routine_editing</name>
        <message>
            <source>Prescribed by</source>
            <translation>开具人</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The step's name</source>
            <translation>步骤名称</translation>
        </message>
        <message>
            <source>The spoken instruction</source>
            <translation>语音说明</translation>
        </message>
        <message>
            <source>The side</source>
            <translation>哪一侧</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <translation>保持（秒）</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>重复次数</translation>
        </message>
        <message>
            <source>Rest (seconds)</source>
            <translation>休息（秒）</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>左腿</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>右腿</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>双腿</translation>
        </message>
        <message>
            <source>No side</source>
            <translation>不分左右</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name}（副本）</translation>
        </message>
        <message>
            <source>Calf stretch</source>
            <translation>小腿拉伸</translation>
        </message>
        <message>
            <source>Sit with this leg straight out and pull the toes gently toward you.</source>
            <translation>坐好，把这条腿向前伸直，轻轻把脚趾往身体方向拉。</translation>
        </message>
        <message numerus="yes">
            <source>A routine has at most %n steps.</source>
            <translation>
                <numerusform>一个方案最多有%n个步骤。</numerusform>
            </translation>
        </message>
        <message>
            <source>A routine needs at least one step. Delete the routine instead.</source>
            <translation>方案至少需要一个步骤。如果不需要了，请删除整个方案。</translation>
        </message>
        <message>
            <source>Choose a routine first.</source>
            <translation>请先选择一个方案。</translation>
        </message>
        <message>
            <source>This routine comes with Cramp Timer and cannot be changed. Duplicate it and change the copy.</source>
            <translation>这个方案是 Cramp Timer 自带的，不能修改。请复制一份，然后修改副本。</translation>
        </message>
    </context>
    <context>
        <name>routine_files</name>
        <message numerus="yes">
            <source>and %n more problems</source>
            <translation>
                <numerusform>另外还有%n个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>These routines would make a file of {size}, and a routine file may be at most 1 MiB, so nothing was written. Shorten or delete some routines first.</source>
            <translation>这些方案会生成一个 {size} 的文件，而方案文件最大只能是 1 MiB，所以没有写入任何内容。请先精简或删除一些方案。</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>没有这个文件</translation>
        </message>
        <message>
            <source>the file could not be read: {reason}</source>
            <translation>无法读取文件：{reason}</translation>
        </message>
        <message>
            <source>this is a folder, not a routine file</source>
            <translation>这是文件夹，不是方案文件</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>这不是普通文件</translation>
        </message>
        <message>
            <source>the file is {size}; a routine file may be at most 1 MiB</source>
            <translation>文件大小为 {size}；方案文件最大只能是 1 MiB</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (byte {byte} at offset {offset})</source>
            <translation>文件不是 UTF-8 文本（位置 {offset} 处的字节 {byte}）</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <source>not valid JSON at line {line}, column {column}: {reason}</source>
            <translation>不是有效的 JSON，第{line}行第{column}列：{reason}</translation>
        </message>
        <message>
            <source>not valid JSON: {word} is not a number JSON allows</source>
            <translation>不是有效的 JSON：{word} 不是 JSON 允许的数字</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a routine file</source>
            <translation>文件嵌套层级太深，不可能是方案文件</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>不是有效的 JSON：{reason}</translation>
        </message>
        <message>
            <source>the file must hold one JSON object, not {kind}</source>
            <translation>文件必须包含一个 JSON 对象，而不是{kind}</translation>
        </message>
        <message>
            <source>this is not a Cramp Timer routine file ("format" must be "{marker}")</source>
            <translation>这不是 Cramp Timer 方案文件（"format" 必须是 "{marker}"）</translation>
        </message>
        <message>
            <source>routines: must be a list, not {kind}</source>
            <translation>routines：必须是列表，而不是{kind}</translation>
        </message>
        <message>
            <source>routines: is empty; a file holds at least one routine</source>
            <translation>routines：是空的；文件中至少要有一个方案</translation>
        </message>
        <message>
            <source>version: must be a whole number from 1 up, not {value}</source>
            <translation>version：必须是从 1 开始的整数，而不是 {value}</translation>
        </message>
        <message>
            <source>made by a newer Cramp Timer (format version {version}; this one reads {supported})</source>
            <translation>由更新版本的 Cramp Timer 制作（格式版本 {version}；此版本可读取 {supported}）</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is also the name of routines[{other}]</source>
            <translation>routines[{index}].name：{name} 与 routines[{other}] 的名称相同</translation>
        </message>
        <message>
            <source>{path}: appears more than once</source>
            <translation>{path}：出现了不止一次</translation>
        </message>
        <message>
            <source>the routine</source>
            <translation>该方案</translation>
        </message>
        <message>
            <source>{path}: is missing</source>
            <translation>{path}：缺失</translation>
        </message>
        <message>
            <source>{path}: is not a known field</source>
            <translation>{path}：不是已知的字段</translation>
        </message>
        <message>
            <source>{path}: must be an object, not {kind}</source>
            <translation>{path}：必须是对象，而不是{kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is above {high}</source>
            <translation>{path}：{value} 大于 {high}</translation>
        </message>
        <message>
            <source>{path}: {value} is below {low}</source>
            <translation>{path}：{value} 小于 {low}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number, not {value}</source>
            <translation>{path}：必须是整数，而不是 {value}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number from {low} to {high}, not {kind}</source>
            <translation>{path}：必须是 {low} 到 {high} 之间的整数，而不是{kind}</translation>
        </message>
        <message>
            <source>{path}: {value} is not one of: {choices}</source>
            <translation>{path}：{value} 不是以下选项之一：{choices}</translation>
        </message>
        <message>
            <source>{path}: must be one of: {choices} (not {value})</source>
            <translation>{path}：必须是以下选项之一：{choices}（而不是 {value}）</translation>
        </message>
        <message>
            <source>{path}: is empty; it needs {low} to {high} items</source>
            <translation>{path}：是空的；需要 {low} 到 {high} 项</translation>
        </message>
        <message numerus="yes">
            <source>{path}: has %n items; it may have {low} to {high}</source>
            <translation>
                <numerusform>{path}：有%n项；只能有 {low} 到 {high} 项</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: must be a list, not {kind}</source>
            <translation>{path}：必须是列表，而不是{kind}</translation>
        </message>
        <message>
            <source>{path}: must be true or false, not {value}</source>
            <translation>{path}：必须是 true 或 false，而不是 {value}</translation>
        </message>
        <message>
            <source>{path}: must be text, not {kind}</source>
            <translation>{path}：必须是文本，而不是{kind}</translation>
        </message>
        <message>
            <source>{path}: is not valid text (a lone surrogate escape)</source>
            <translation>{path}：不是有效的文本（含有单独的代理项转义）</translation>
        </message>
        <message numerus="yes">
            <source>{path}: is %n characters long; the most is {high}</source>
            <translation>
                <numerusform>{path}：长度为%n个字符；最多 {high} 个</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: is empty</source>
            <translation>{path}：是空的</translation>
        </message>
        <message>
            <source>{path}: holds an invisible or text-direction character (such as a zero-width space or a right-to-left override); type it again without it</source>
            <translation>{path}：含有不可见字符或文字方向字符（例如零宽空格或从右到左覆盖符）；请去掉这些字符后重新输入</translation>
        </message>
        <message>
            <source>{path}: must be one line, without tabs or control characters</source>
            <translation>{path}：必须是单独一行，不能有制表符或控制字符</translation>
        </message>
        <message>
            <source>{path}: must not contain control characters</source>
            <translation>{path}：不能包含控制字符</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
    </context>
    <context>
        <name>routine_store</name>
        <message>
            <source>Imported the routine {name} from {file}.</source>
            <translation>已从 {file} 导入方案 {name}。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n routines from {file}: {names}.</source>
            <translation>
                <numerusform>已从 {file} 导入%n个方案：{names}。</numerusform>
            </translation>
        </message>
        <message>
            <source>It replaced the routine(s) of the same name: {names}.</source>
            <translation>它替换了同名的方案：{names}。</translation>
        </message>
        <message>
            <source>{old} was taken, so it is called {new}.</source>
            <translation>{old} 已被占用，所以改名为 {new}。</translation>
        </message>
        <message>
            <source>{path}: {name} is the name of a built-in routine; give it another name</source>
            <translation>{path}：{name} 是自带方案的名称；请换一个名称</translation>
        </message>
        <message>
            <source>{path}: {name} is already one of your routines</source>
            <translation>{path}：{name} 已经是您的方案之一</translation>
        </message>
        <message>
            <source>There are no routines of your own to export yet.</source>
            <translation>您还没有自己的方案可以导出。</translation>
        </message>
        <message>
            <source>Choose at least one routine to export.</source>
            <translation>请至少选择一个要导出的方案。</translation>
        </message>
        <message>
            <source>The routines could not be written to {file}: {reason}.</source>
            <translation>无法将方案写入 {file}：{reason}。</translation>
        </message>
        <message>
            <source>There is no routine called {name}.</source>
            <translation>没有名为 {name} 的方案。</translation>
        </message>
        <message>
            <source>{name} comes with Cramp Timer and cannot be changed or deleted. You can duplicate it and change the copy.</source>
            <translation>{name} 是 Cramp Timer 自带的方案，不能修改或删除。您可以复制一份，然后修改副本。</translation>
        </message>
        <message>
            <source>{name} is the name of a built-in routine. Please choose another name.</source>
            <translation>{name} 是自带方案的名称。请换一个名称。</translation>
        </message>
        <message>
            <source>There is already a routine called {name}. Please choose another name.</source>
            <translation>已经有一个名为 {name} 的方案。请换一个名称。</translation>
        </message>
        <message>
            <source>Your routines file could not be read or moved out of the way, so changes cannot be saved. Move it away and start Cramp Timer again: {file}</source>
            <translation>无法读取或移走您的方案文件，所以无法保存更改。请把它移走，然后重新启动 Cramp Timer：{file}</translation>
        </message>
        <message>
            <source>Your routines could not be saved: {reason}.</source>
            <translation>无法保存您的方案：{reason}。</translation>
        </message>
        <message>
            <source>routines[{index}].name: {name} is the name of a built-in routine</source>
            <translation>routines[{index}].name：{name} 是自带方案的名称</translation>
        </message>
        <message>
            <source>Your routines were saved by a newer version of Cramp Timer, so only the built-in routines are available.</source>
            <translation>您的方案是由更新版本的 Cramp Timer 保存的，所以只能使用自带方案。</translation>
        </message>
        <message>
            <source>Your routines file could not be read, so only the built-in routines are available.</source>
            <translation>无法读取您的方案文件，所以只能使用自带方案。</translation>
        </message>
        <message>
            <source>The file could not be moved out of the way either: {file}.</source>
            <translation>这个文件也无法移走：{file}。</translation>
        </message>
        <message>
            <source>The old file was kept as {name}; once it is mended it can be imported again.</source>
            <translation>旧文件已保存为 {name}；修复后可以重新导入。</translation>
        </message>
    </context>
    <context>
        <name>routines</name>
        <message>
            <source>Bedtime stretch</source>
            <translation>睡前拉伸操</translation>
        </message>
        <message>
            <source>Bedtime stretch (seated)</source>
            <translation>睡前拉伸操（坐姿）</translation>
        </message>
        <message>
            <source>{path} is missing.</source>
            <translation>{path} 缺失。</translation>
        </message>
        <message>
            <source>{path} is not part of a routine.</source>
            <translation>{path} 不属于方案的一部分。</translation>
        </message>
        <message>
            <source>{path} must be a group of named values.</source>
            <translation>{path} 必须是一组命名的值。</translation>
        </message>
        <message>
            <source>{path} must be one line of {low} to {high} characters.</source>
            <translation>{path} 必须是一行 {low} 到 {high} 个字符的文本。</translation>
        </message>
        <message>
            <source>{path} must be text of {low} to {high} characters.</source>
            <translation>{path} 必须是 {low} 到 {high} 个字符的文本。</translation>
        </message>
        <message>
            <source>{path} must be a whole number from {low} to {high}.</source>
            <translation>{path} 必须是 {low} 到 {high} 之间的整数。</translation>
        </message>
        <message>
            <source>{path} must be one of: {choices}.</source>
            <translation>{path} 必须是以下选项之一：{choices}。</translation>
        </message>
        <message>
            <source>{path} must be a list of {low} to {high} items.</source>
            <translation>{path} 必须是包含 {low} 到 {high} 项的列表。</translation>
        </message>
        <message>
            <source>{path} must be true or false.</source>
            <translation>{path} 必须是 true 或 false。</translation>
        </message>
        <message>
            <source>The routine</source>
            <translation>该方案</translation>
        </message>
        <message>
            <source>Calf stretch against the wall</source>
            <translation>扶墙小腿拉伸</translation>
        </message>
        <message>
            <source>Face a wall with both hands on it. Step this leg back, heel down, knee straight. Lean in until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: hands on the wall, this leg back, heel down, knee straight; limit: lean until the calf pulls firmly but does not hurt.</extracomment>
            <translation>面对墙站好，双手扶墙。这条腿向后退一步，脚跟着地，膝盖伸直。身体向前倾，直到小腿有明显的牵拉感，但不疼。</translation>
        </message>
        <message>
            <source>Standing hamstring stretch</source>
            <translation>站姿大腿后侧拉伸</translation>
        </message>
        <message>
            <source>Hold on to something steady. Put this heel a small step forward, toes up. Bend the other knee and lean forward from the hips until the back of the thigh pulls firmly, but it does not hurt.</source>
            <extracomment>must begin with the safety step: hold on to something steady. Keep the limit: the thigh pulls firmly but does not hurt.</extracomment>
            <translation>扶住稳固的东西。把这只脚的脚跟向前迈出一小步，脚尖翘起。另一侧膝盖弯曲，从髋部向前倾，直到大腿后侧有明显的牵拉感，但不疼。</translation>
        </message>
        <message>
            <source>Seated calf stretch</source>
            <translation>坐姿小腿拉伸</translation>
        </message>
        <message>
            <source>Sit with this leg straight out. Put a towel around the ball of the foot and draw the foot toward you until the calf pulls firmly, but it does not hurt.</source>
            <extracomment>stretch steps: leg straight, towel around the ball of the foot, draw the foot toward you; limit: the calf pulls firmly but does not hurt.</extracomment>
            <translation>坐好，把这条腿向前伸直。用毛巾套住前脚掌，把脚往身体方向拉，直到小腿有明显的牵拉感，但不疼。</translation>
        </message>
        <message>
            <source>Seated hamstring stretch</source>
            <translation>坐姿大腿后侧拉伸</translation>
        </message>
        <message>
            <source>Sit on the edge of the bed or a chair. Put this leg straight out, heel down, toes up. Lean forward from the hips, back straight, until the thigh pulls firmly but does not hurt.</source>
            <extracomment>stretch steps: sit on the edge of a bed or chair, leg straight, heel down, toes up, lean from the hips with a straight back; limit: a firm pull that does not hurt.</extracomment>
            <translation>坐在床边或椅子边上。把这条腿向前伸直，脚跟着地，脚尖翘起。背部挺直，从髋部向前倾，直到大腿有明显的牵拉感，但不疼。</translation>
        </message>
        <message>
            <source>Calf and hamstring stretches, each leg, held 10 seconds, three times, just before bed. In a six-week study of 80 adults (Hallegraeff and others, 2012) this led to fewer and milder night cramps. Each stretch should pull firmly but never hurt; stop if it hurts. Keep breathing: never hold your breath.</source>
            <extracomment>one study (keep its details: 10 seconds, three times, six weeks, 80 adults, Hallegraeff 2012): 'led to fewer and milder', no 'proven' or 'will'. Keep 'stop if it hurts' and 'never hold your breath'.</extracomment>
            <translation>小腿和大腿后侧的拉伸，每条腿都做，每次保持10秒，做三次，就在睡觉前做。在一项为期六周、有80名成年人参加的研究中（Hallegraeff 等，2012年），这样做使夜间抽筋更少、更轻。每次拉伸都应有明显的牵拉感，但绝不应疼痛；如果疼，就停下来。要持续呼吸：绝不要憋气。</translation>
        </message>
        <message>
            <source>{exercise}, left leg</source>
            <translation>{exercise}，左腿</translation>
        </message>
        <message>
            <source>{exercise}, right leg</source>
            <translation>{exercise}，右腿</translation>
        </message>
        <message>
            <source>{exercise}, both legs</source>
            <translation>{exercise}，双腿</translation>
        </message>
        <message>
            <source>{heading}.</source>
            <translation>{heading}。</translation>
        </message>
        <message>
            <source>{heading}. {instruction}</source>
            <translation>{heading}。{instruction}</translation>
        </message>
        <message>
            <source>Relax. Next: {line}</source>
            <translation>放松。下一个：{line}</translation>
        </message>
        <message>
            <source>Slowly into the stretch: firm, not painful.</source>
            <extracomment>spoken: move slowly into the stretch; it should feel firm, never painful. Keep both.</extracomment>
            <translation>慢慢进入拉伸：有牵拉感，但不疼。</translation>
        </message>
        <message>
            <source>{heading}: move into stretch {number} of {count}</source>
            <translation>{heading}：进入第{number}次拉伸，共{count}次</translation>
        </message>
        <message>
            <source>Hold it there. Keep breathing.</source>
            <extracomment>spoken as the hold starts: stay in the stretch and keep breathing (do not hold the breath).</extracomment>
            <translation>保持住。继续呼吸。</translation>
        </message>
        <message>
            <source>Relax. That is the whole routine. Sleep well.</source>
            <translation>放松。整套拉伸做完了。祝您睡个好觉。</translation>
        </message>
        <message>
            <source>{heading}: stretch {number} of {count}</source>
            <translation>{heading}：第{number}次拉伸，共{count}次</translation>
        </message>
        <message>
            <source>Relax.</source>
            <translation>放松。</translation>
        </message>
        <message>
            <source>Relax. Stretch {number} of {count} comes next.</source>
            <translation>放松。接下来是第{number}次拉伸，共{count}次。</translation>
        </message>
        <message>
            <source>Stretch {number} of {count}</source>
            <translation>第{number}个拉伸，共{count}个</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>左腿</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>右腿</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>双腿</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>准备</translation>
        </message>
        <message>
            <source>rest, then hold {number} of {count}</source>
            <translation>休息，然后第{number}次保持，共{count}次</translation>
        </message>
        <message>
            <source>hold {number} of {count}</source>
            <translation>第{number}次保持，共{count}次</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>heat time</source>
            <translation>热敷时间</translation>
        </message>
        <message>
            <source>cold time</source>
            <translation>冷敷时间</translation>
        </message>
        <message>
            <source>stretch hold time</source>
            <translation>拉伸保持时间</translation>
        </message>
        <message>
            <source>get-ready time</source>
            <translation>准备时间</translation>
        </message>
        <message>
            <source>get-ready time standing</source>
            <translation>站姿准备时间</translation>
        </message>
        <message>
            <source>stretch</source>
            <translation>拉伸方式</translation>
        </message>
        <message>
            <source>spoken guidance</source>
            <translation>语音引导</translation>
        </message>
        <message>
            <source>voice</source>
            <translation>语音</translation>
        </message>
        <message>
            <source>speaking speed</source>
            <translation>语速</translation>
        </message>
        <message>
            <source>voice volume</source>
            <translation>语音音量</translation>
        </message>
        <message>
            <source>welcome shown</source>
            <translation>已显示欢迎页</translation>
        </message>
        <message>
            <source>bedtime reminder</source>
            <translation>睡前提醒</translation>
        </message>
        <message>
            <source>reminder time</source>
            <translation>提醒时间</translation>
        </message>
        <message>
            <source>reminder days</source>
            <translation>提醒日期</translation>
        </message>
        <message>
            <source>spoken reminder</source>
            <translation>语音提醒</translation>
        </message>
        <message>
            <source>snooze time</source>
            <translation>推迟时间</translation>
        </message>
        <message>
            <source>bedtime routine</source>
            <translation>睡前拉伸</translation>
        </message>
        <message>
            <source>dim screen</source>
            <translation>调暗屏幕</translation>
        </message>
        <message>
            <source>language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Cramp Timer. This version uses the settings it understands.</source>
            <translation>您的设置是由更新版本的 Cramp Timer 保存的。此版本会使用它能识别的设置。</translation>
        </message>
        <message>
            <source>Some settings could not be used, so the usual values are back for: {fields}.</source>
            <translation>有些设置无法使用，以下项目已恢复为默认值：{fields}。</translation>
        </message>
        <message>
            <source>Some entries in the settings file were not recognised: {names}.</source>
            <translation>设置文件中有些条目无法识别：{names}。</translation>
        </message>
        <message>
            <source>The settings file had no usable version number.</source>
            <translation>设置文件中没有可用的版本号。</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The file could not be moved out of the way either: {name}.</source>
            <translation>无法读取您的设置文件，所以正在使用默认设置。这个文件也无法移走：{name}。</translation>
        </message>
        <message>
            <source>Your settings file could not be read, so the usual settings are in use. The old file was kept as {name}.</source>
            <translation>无法读取您的设置文件，所以正在使用默认设置。旧文件已保存为 {name}。</translation>
        </message>
        <message>
            <source>The settings file could not be repaired, so this may show again.</source>
            <translation>无法修复设置文件，所以这条消息可能还会出现。</translation>
        </message>
        <message>
            <source>The old file was kept as {name}.</source>
            <translation>旧文件已保存为 {name}。</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>另外还有%n项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <source>a routine request needs the routine's name</source>
            <translation>方案请求需要提供方案名称</translation>
        </message>
        <message numerus="yes">
            <source>a routine name has at most %n characters</source>
            <translation>
                <numerusform>方案名称最多只能有 %n 个字符</numerusform>
            </translation>
        </message>
        <message>
            <source>The folder {folder} is not a private folder of this user, so Cramp Timer will not use it for its socket.</source>
            <translation>文件夹 {folder} 不是此用户的私有文件夹，所以 Cramp Timer 不会用它来存放套接字。</translation>
        </message>
        <message>
            <source> (process {pid})</source>
            <translation> 进程 {pid}</translation>
        </message>
        <message>
            <source>The lock file {path} could not be used: {why}.</source>
            <translation>无法使用锁文件 {path}：{why}。</translation>
        </message>
        <message>
            <source>Cramp Timer could not listen on {address}: {why}.</source>
            <translation>Cramp Timer 无法在 {address} 上监听：{why}。</translation>
        </message>
        <message numerus="yes">
            <source>Another Cramp Timer{holder} is running but did not answer within %n seconds.</source>
            <translation>
                <numerusform>另一个 Cramp Timer{holder} 正在运行，但在 %n 秒内没有响应。</numerusform>
            </translation>
        </message>
        <message>
            <source>The running Cramp Timer did not answer ({error}).</source>
            <translation>正在运行的 Cramp Timer 没有响应（{error}）。</translation>
        </message>
        <message>
            <source>The running Cramp Timer gave an unreadable answer: {error}.</source>
            <translation>正在运行的 Cramp Timer 返回了无法读取的应答：{error}。</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <source>The natural voice is off ({why}), so the plainer espeak-ng voice speaks; {fix}</source>
            <translation>自然语音已关闭（{why}），所以改用较简单的 espeak-ng 语音朗读；{fix}</translation>
        </message>
        <message>
            <source>to get it back, run Cramp Timer's setup again (./run.sh) or reinstall it.</source>
            <translation>要恢复自然语音，请重新运行 Cramp Timer 的安装程序（./run.sh），或重新安装 Cramp Timer。</translation>
        </message>
        <message>
            <source>choose another voice in Settings, or reinstall Cramp Timer.</source>
            <translation>请在“设置”中选择其他语音，或重新安装 Cramp Timer。</translation>
        </message>
        <message>
            <source>Cramp Timer could not start its speech helper ({why}); reinstall Cramp Timer to get spoken cues back.</source>
            <translation>Cramp Timer 无法启动语音辅助程序（{why}）；请重新安装 Cramp Timer，以恢复语音提示。</translation>
        </message>
        <message numerus="yes">
            <source>Spoken cues are off because the speech helper failed %n times in a minute ({why}); restart Cramp Timer, and if it happens again reinstall espeak-ng: sudo apt install --reinstall espeak-ng</source>
            <translation>
                <numerusform>语音提示已关闭，因为语音辅助程序在一分钟内失败了%n次（{why}）；请重新启动 Cramp Timer，如果再次出现这种情况，请重新安装 espeak-ng：sudo apt install --reinstall espeak-ng</numerusform>
            </translation>
        </message>
        <message>
            <source>Spoken cues need the espeak-ng speech engine, which could not be loaded ({why}); install it with: sudo apt install espeak-ng</source>
            <translation>语音提示需要 espeak-ng 语音引擎，但无法加载它（{why}）；请用以下命令安装：sudo apt install espeak-ng</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because the aplay program is missing; install it with: sudo apt install alsa-utils</source>
            <translation>Cramp Timer 无法播放声音，因为缺少 aplay 程序；请用以下命令安装：sudo apt install alsa-utils</translation>
        </message>
        <message>
            <source>Cramp Timer cannot play sound because no sound device or sound server answered; check that the speakers are on and not muted, or install PulseAudio with: sudo apt install pulseaudio</source>
            <translation>Cramp Timer 无法播放声音，因为没有声音设备或声音服务器响应；请检查扬声器是否已打开且没有静音，或用以下命令安装 PulseAudio：sudo apt install pulseaudio</translation>
        </message>
        <message>
            <source>No installed voice speaks this language ({language}), so the steps are only shown on screen. To hear them, install espeak-ng's voices: sudo apt install espeak-ng-data</source>
            <translation>已安装的语音都不能说这种语言（{language}），所以步骤只显示在屏幕上。要听到语音，请安装 espeak-ng 的语音：sudo apt install espeak-ng-data</translation>
        </message>
    </context>
</TS>
