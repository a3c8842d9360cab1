<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CommunityCheck</source>
        <translation>关于社区体检</translation>
    </message>
    <message>
        <source>CommunityCheck</source>
        <translation>社区体检</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offline community health checks (先体检、后更新) for the Jiangxi 好社区 programme: check a community against an indicator set, score it, list its problems and the renewal projects they call for.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2).&lt;/p&gt;&lt;p&gt;Database: %3 (schema %4)&lt;/p&gt;</source>
        <translation>&lt;p&gt;离线开展江西省“好社区”建设社区体检（先体检、后更新）：按指标集对社区进行体检、评分，列出存在的问题及需要实施的更新改造项目。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）。本程序不提供任何担保。&lt;/p&gt;&lt;p&gt;基于 Qt %1 构建（运行于 Qt %2）。&lt;/p&gt;&lt;p&gt;数据库：%3（结构版本 %4）&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccessGate</name>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>规划员</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>体检员</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, %4)</source>
        <translation>%2 上的 %1（%3，%4）</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number (digits and a &apos;.&apos;, not negative)</source>
        <translation>%1：&quot;%2&quot; 不是数字（只能是数字和小数点，不能为负）</translation>
    </message>
</context>
<context>
    <name>AssessmentDocument</name>
    <message>
        <source>The check is not loaded.</source>
        <translation>体检尚未加载。</translation>
    </message>
    <message>
        <source>This check is read-only.</source>
        <translation>此体检为只读。</translation>
    </message>
    <message>
        <source>%1: no such indicator in this set.</source>
        <translation>%1：此指标集中没有该指标。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Indicator set</source>
        <translation>指标集</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>体检员</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Provisional: too little of the check is answered for the score to hold.</source>
        <translation>暂定：该体检填报太少，得分尚不可靠。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Bottom-line failures</source>
        <translation>底线指标不达标</translation>
    </message>
    <message>
        <source>Open 限时解决</source>
        <translation>限时解决问题</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>No assessment has the ID %1.</source>
        <translation>没有 ID 为 %1 的体检记录。</translation>
    </message>
    <message>
        <source>The answer to %1 was changed by %2 at %3 after you read it; yours was not saved. The check shows theirs now: look at it, and enter yours again if it should stand.</source>
        <translation>您读取 %1 的答案后，%2 于 %3 修改了它；您的答案未保存。现在显示的是对方的答案：请查看，如仍应以您的为准，请重新录入。</translation>
    </message>
    <message>
        <source>The answer to %1 was cleared by another user after you read it; yours was not saved. Enter it again if it should stand.</source>
        <translation>您读取 %1 的答案后，其他用户清除了它；您的答案未保存。如仍应保留，请重新录入。</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>No community has the code %1.</source>
        <translation>没有编码为 %1 的社区。</translation>
    </message>
    <message>
        <source>The set %1 %2 does not declare the community type &quot;%3&quot; of %4; its indicators limited to certain types will be N/A.</source>
        <translation>指标集 %1 %2 未声明 %4 的社区类型 &quot;%3&quot;，其中限定社区类型的指标将记为不适用。</translation>
    </message>
    <message>
        <source>No assessment has the ID %1.</source>
        <translation>没有 ID 为 %1 的体检记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assessment ID (give the full ID or at least its first 8 characters).</source>
        <translation>&quot;%1&quot; 不是体检记录 ID（请填写完整 ID，或至少填写前 8 位字符）。</translation>
    </message>
    <message>
        <source>No assessment has an ID beginning with %1.</source>
        <translation>没有 ID 以 %1 开头的体检记录。</translation>
    </message>
    <message>
        <source>Several assessments have IDs beginning with %1; give more characters.</source>
        <translation>有多条体检记录的 ID 以 %1 开头，请多填写几位字符。</translation>
    </message>
    <message>
        <source>%1: no indicator with this code in the set %2 %3.</source>
        <translation>%1：指标集 %2 %3 中没有此编码的指标。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>The assessment %1 is marked &quot;%2&quot; and cannot be changed; only draft or returned checks take answers.</source>
        <translation>体检记录 %1 的状态为“%2”，不能修改；只有草稿或已退回的体检可以填写。</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>%1 already has a check for %2 (%3); open it instead of starting another.</source>
        <translation>%1 已有 %2 的体检（%3），请打开该体检，不要重复新建。</translation>
    </message>
    <message>
        <source>The check&apos;s date is not a valid date; write it as YYYY-MM-DD.</source>
        <translation>体检日期不是有效日期；请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>The check&apos;s date %1 is not plausible: the day of the site visit lies between 2000 and a year from today.</source>
        <translation>体检日期 %1 不合理：现场检查日期应在 2000 年至今后一年之间。</translation>
    </message>
    <message>
        <source>%1 is not among the assessors of this check (%2); only they, and an admin, change its answers, photos and ledger. Ask the county&apos;s administrator to add you to it.</source>
        <translation>%1 不是本次体检的体检员（%2）；只有他们和管理员可以修改其答案、照片和台账。如需加入，请联系县管理员。</translation>
    </message>
</context>
<context>
    <name>AssessmentTreeModel</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已填报 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项不达标</numerusform>
        </translation>
    </message>
    <message>
        <source>(carried over)</source>
        <translation>（沿用上一轮）</translation>
    </message>
    <message>
        <source>Bottom-line indicator: any shortfall is a failure</source>
        <translation>底线指标：未达标即为不合格</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <source>Assessment</source>
        <translation>体检</translation>
    </message>
    <message>
        <source>Find an indicator by code or name (Ctrl+F)</source>
        <translation>按编码或名称查找指标（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>不适用(&amp;A)</translation>
    </message>
    <message>
        <source>Why the indicator does not apply</source>
        <translation>该指标不适用的原因</translation>
    </message>
    <message>
        <source>Confirm and next (Enter)</source>
        <translation>确认并转到下一项（Enter）</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>清除填报</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>流程(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Find indicator</source>
        <translation>查找指标(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>提交(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Confirm all carried-over values</source>
        <translation>确认全部沿用上一轮的值(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Return to the assessor…</source>
        <translation>退回体检员(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>审核通过(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>操作记录(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Saved %1 at %2</source>
        <translation>已于 %2 保存 %1</translation>
    </message>
    <message>
        <source>%1 — %2 — CommunityCheck</source>
        <translation>%1 — %2 — 社区体检</translation>
    </message>
    <message>
        <source>(capped by bottom-line failures)</source>
        <translation>（因底线指标不达标而封顶）</translation>
    </message>
    <message>
        <source>Overall &lt;b&gt;%1&lt;/b&gt; · grade &lt;b&gt;%2&lt;/b&gt; · coverage %3</source>
        <translation>综合得分 &lt;b&gt;%1&lt;/b&gt; · 等级 &lt;b&gt;%2&lt;/b&gt; · 完整度 %3</translation>
    </message>
    <message>
        <source> · task %1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> · 任务 %1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n bottom-line failure(s)</source>
        <translation>
            <numerusform>%n 项底线指标不达标</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 applicable indicators answered</source>
        <translation>%2 项适用指标中已填报 %1 项</translation>
    </message>
    <message>
        <source>Draft: every confirmed value is saved at once.</source>
        <translation>草稿：每个确认的值都会立即保存。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submitted&lt;/b&gt;: read-only while it is reviewed.</source>
        <translation>&lt;b&gt;已提交&lt;/b&gt;：审核期间为只读。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned&lt;/b&gt; to the assessor: %1</source>
        <translation>&lt;b&gt;已退回&lt;/b&gt;体检员：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;: read-only. Reopening needs a reason.</source>
        <translation>&lt;b&gt;已审核通过&lt;/b&gt;：只读。重新打开需填写原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) carried over from the earlier round, not yet confirmed.</source>
        <translation>
            <numerusform>有 %n 个沿用上一轮的值尚未确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bottom-line indicator: any shortfall is a failure</source>
        <translation>底线指标：未达标即为不合格</translation>
    </message>
    <message>
        <source>A photo is required when it fails.</source>
        <translation>不达标时须附照片。</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>目标值：不低于 %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>目标值：不高于 %1</translation>
    </message>
    <message>
        <source>(per %1 %2)</source>
        <translation>（每 %1 %2）</translation>
    </message>
    <message>
        <source>National basic indicator: %1</source>
        <translation>国家基础指标：%1</translation>
    </message>
    <message>
        <source>Carried over from the earlier round: confirm it with Enter or change it.</source>
        <translation>沿用上一轮的值：按 Enter 确认，或进行修改。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>rating %1 to %2</source>
        <translation>评分 %1 至 %2</translation>
    </message>
    <message>
        <source>allowed %1 to %2</source>
        <translation>允许范围 %1 至 %2</translation>
    </message>
    <message>
        <source>Say why the indicator does not apply.</source>
        <translation>请说明该指标不适用的原因。</translation>
    </message>
    <message>
        <source>Choose yes (Alt+Y) or no (Alt+N), or mark the indicator not applicable (Alt+A).</source>
        <translation>请选择“是”（Alt+Y）或“否”（Alt+N），或将该指标标记为不适用（Alt+A）。</translation>
    </message>
    <message>
        <source>Type a number, or mark the indicator not applicable (Alt+A).</source>
        <translation>请输入数字，或将该指标标记为不适用（Alt+A）。</translation>
    </message>
    <message>
        <source>Choose one of the options (arrow keys), or mark the indicator not applicable (Alt+A).</source>
        <translation>请选择一个选项（方向键），或将该指标标记为不适用（Alt+A）。</translation>
    </message>
    <message>
        <source>Type the text, or clear the answer.</source>
        <translation>请输入文本，或清除填报。</translation>
    </message>
    <message>
        <source>This check is read-only.</source>
        <translation>此体检为只读。</translation>
    </message>
    <message>
        <source>Every applicable indicator is answered: the check can be submitted (Ctrl+Shift+S).</source>
        <translation>所有适用指标均已填报，可以提交体检（Ctrl+Shift+S）。</translation>
    </message>
    <message>
        <source>Return to the assessor</source>
        <translation>退回体检员</translation>
    </message>
    <message>
        <source>What must the assessor check or change?</source>
        <translation>体检员需要核实或修改哪些内容？</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Approve this check? It becomes read-only.</source>
        <translation>确定审核通过此体检吗？通过后将变为只读。</translation>
    </message>
    <message>
        <source>Reopen the check</source>
        <translation>重新打开体检</translation>
    </message>
    <message>
        <source>Why must the check be changed again?</source>
        <translation>为什么需要再次修改此体检？</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photos… (Ctrl+P)</source>
        <translation>添加照片…（Ctrl+P）</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>all carried-over values</source>
        <translation>全部沿用值</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Carried-over values</source>
        <translation>沿用值</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview, print or export the scored report of this check</source>
        <translation>预览、打印或导出本次体检的评分报告</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Saved; check the value: %1</source>
        <translation>已保存，请核对数值：%1</translation>
    </message>
    <message>
        <source>Change the check&apos;s &amp;date…</source>
        <translation>修改体检日期(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close this check (every confirmed value is saved)</source>
        <translation>关闭此次体检（已确认的值均已保存）</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Unconfirmed value</source>
        <translation>值尚未确认</translation>
    </message>
    <message>
        <source>The value typed for %1 is not confirmed yet. Confirm it before closing?</source>
        <translation>%1 已输入的值尚未确认。关闭前确认并保存吗？</translation>
    </message>
    <message>
        <source>Changed meanwhile in another window or program: now %1.</source>
        <translation>其他窗口或程序刚刚修改了此项：现为 %1。</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>已被修改</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program while you were on it: it is now %2. Save yours over it?</source>
        <translation>您填写 %1 期间，其他窗口或程序修改了它：现为 %2。用您的值覆盖吗？</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Undo or redo changed %1: it is shown.</source>
        <translation>撤销或重做修改了 %1，已转到该项。</translation>
    </message>
    <message>
        <source>&amp;Next unanswered</source>
        <translation>下一个未填报指标(&amp;N)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6b6b6b&apos;&gt;Provisional: overall %1 · grade %2&lt;/span&gt; · coverage %3, below %4</source>
        <translation>&lt;span style=&apos;color:#6b6b6b&apos;&gt;暂定：综合得分 %1 · 等级 %2&lt;/span&gt; · 完整度 %3，低于 %4</translation>
    </message>
    <message>
        <source>Building &amp;ledger…</source>
        <translation>楼栋台账(&amp;L)…</translation>
    </message>
    <message>
        <source>The building ledger of this check: building by building, the problems of the national method</source>
        <translation>本次体检的楼栋台账：按国家体检方法逐栋记录问题</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Counted from the building ledger (Ctrl+L): %1</source>
        <translation>由楼栋台账计算（Ctrl+L）：%1</translation>
    </message>
    <message>
        <source>Counted from the building ledger (Ctrl+L): no building has an entry for its items yet.</source>
        <translation>由楼栋台账计算（Ctrl+L）：尚无楼栋记录其台账项。</translation>
    </message>
    <message>
        <source>Computed from the earlier round&apos;s problems: %1</source>
        <translation>由上一轮问题逐项复查计算：%1</translation>
    </message>
    <message>
        <source>Computed from the earlier round&apos;s problems: none of them is re-checked yet.</source>
        <translation>由上一轮问题逐项复查计算：尚未复查任何一项。</translation>
    </message>
</context>
<context>
    <name>AssessmentWorkflow</name>
    <message>
        <source>required, not answered</source>
        <translation>必填，未填报</translation>
    </message>
    <message>
        <source>required, cannot be scored: %1</source>
        <translation>必填，无法计分：%1</translation>
    </message>
    <message>
        <source>fails and needs a photo</source>
        <translation>不达标，须附照片</translation>
    </message>
    <message>
        <source>carried over from the earlier round, not confirmed</source>
        <translation>沿用上一轮，未确认</translation>
    </message>
    <message numerus="yes">
        <source>The check cannot be submitted yet: %n point(s) still open.</source>
        <translation>
            <numerusform>体检暂不能提交：还有 %n 项待处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the check goes back to the assessor.</source>
        <translation>请说明退回体检员的原因。</translation>
    </message>
    <message>
        <source>Reopening a submitted or approved check needs a reason.</source>
        <translation>重新打开已提交或已审核通过的体检须填写原因。</translation>
    </message>
    <message>
        <source>The assessment %1 is marked &quot;%2&quot; and cannot be changed.</source>
        <translation>体检记录 %1 的状态为“%2”，不能修改。</translation>
    </message>
    <message>
        <source>The assessment %1 is marked &quot;%2&quot;; it cannot become &quot;%3&quot; from there.</source>
        <translation>体检记录 %1 的状态为“%2”，不能由此变为“%3”。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>A county server&apos;s database is backed up, checked and restored on the server with pg_dump and pg_restore (docs/server.md), not from the app.</source>
        <translation>县级服务器的数据库在服务器上用 pg_dump 和 pg_restore 备份、检查和恢复（见 docs/server.md），不在本程序中进行。</translation>
    </message>
</context>
<context>
    <name>BudgetFill</name>
    <message>
        <source>no cost estimate yet</source>
        <translation>尚无投资估算</translation>
    </message>
    <message>
        <source>an alternative for the same problem is selected: %1</source>
        <translation>同一问题的替代方案已入选：%1</translation>
    </message>
    <message>
        <source>限时解决, selected without a cost estimate: estimate it</source>
        <translation>限时解决项目，尚无投资估算即已入选：请补充估算</translation>
    </message>
    <message>
        <source>the 限时解决 projects alone exceed the budget by %1 万元</source>
        <translation>仅限时解决项目即超出预算 %1 万元</translation>
    </message>
    <message>
        <source>over the budget: needs %1 万元 this year, %2 万元 left</source>
        <translation>超出预算：本年需 %1 万元，剩余 %2 万元</translation>
    </message>
    <message>
        <source>continuing from %1: needs %2 万元 this year, %3 万元 left</source>
        <translation>%1 年计划的续建项目：本年需 %2 万元，剩余 %3 万元</translation>
    </message>
    <message>
        <source>continuing from the %1 plan: this year&apos;s share</source>
        <translation>%1 年计划的续建项目：本年应投部分</translation>
    </message>
</context>
<context>
    <name>BuildPlanCommand</name>
    <message>
        <source>Build the plan %1 %2</source>
        <translation>生成 %1 %2 年度计划</translation>
    </message>
</context>
<context>
    <name>BuildingCommands</name>
    <message>
        <source>Add building %1</source>
        <translation>新增楼栋 %1</translation>
    </message>
    <message>
        <source>Edit building %1</source>
        <translation>修改楼栋 %1</translation>
    </message>
    <message>
        <source>Delete building %1</source>
        <translation>删除楼栋 %1</translation>
    </message>
    <message>
        <source>Import buildings from %1</source>
        <translation>从 %1 导入楼栋</translation>
    </message>
    <message>
        <source>Ledger %1 %2</source>
        <translation>台账 %1 %2</translation>
    </message>
</context>
<context>
    <name>BuildingService</name>
    <message>
        <source>The building number or name is empty.</source>
        <translation>楼栋编号或名称为空。</translation>
    </message>
    <message>
        <source>Storeys must be from 1 to %1.</source>
        <translation>层数应在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Dwellings must be from 0 to %1.</source>
        <translation>套数应在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The build year must be from %1 to %2.</source>
        <translation>建成年份应在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The building %1 is already in the register.</source>
        <translation>楼栋 %1 已在名录中。</translation>
    </message>
    <message numerus="yes">
        <source>The building %1 has %n entries in the building ledger of a check and cannot be deleted.</source>
        <translation>
            <numerusform>楼栋 %1 在体检的楼栋台账中有 %n 条记录，不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment has the ID %1.</source>
        <translation>没有 ID 为 %1 的体检。</translation>
    </message>
    <message>
        <source>The check %1 is marked &quot;%2&quot;; only draft or returned checks take ledger entries.</source>
        <translation>体检 %1 的状态为“%2”；只有草稿或退回的体检可以录入台账。</translation>
    </message>
    <message>
        <source>%1: the building %2 %3 is not in the community&apos;s register (add it under Buildings first)</source>
        <translation>%1：楼栋 %2 %3 不在社区的楼栋名录中（请先在“楼栋”中添加）</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries imported</source>
        <translation>
            <numerusform>导入台账记录 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The estate is empty: scattered buildings go into a temporary estate of their own.</source>
        <translation>小区为空：零散楼栋归入一个临时小区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the building ledger.</source>
        <translation>“%1”不是楼栋台账的项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a degree of the manual.</source>
        <translation>“%1”不是手册规定的问题程度。</translation>
    </message>
    <message>
        <source>The building %1 is not in the register of the check&apos;s community.</source>
        <translation>楼栋 %1 不在本次体检所属社区的楼栋名录中。</translation>
    </message>
    <message>
        <source>The building %1 has entries in the building ledger of a check and cannot be deleted.</source>
        <translation>楼栋 %1 在体检的楼栋台账中有记录，不能删除。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an item of the building ledger.</source>
        <translation>%1：“%2”不是楼栋台账的项目。</translation>
    </message>
</context>
<context>
    <name>BuildingTableModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>“%1”不是%2。</translation>
    </message>
    <message>
        <source>a number of storeys</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>a number of dwellings</source>
        <translation>套数</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Storeys</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>套数</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构类型</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BuildingsDialog</name>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>&amp;Add building</source>
        <translation>新增楼栋(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Set &amp;register counts</source>
        <translation>更新名录数量(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>重做(&amp;O)</translation>
    </message>
    <message>
        <source>Buildings — %1 %2</source>
        <translation>楼栋 — %1 %2</translation>
    </message>
    <message>
        <source>Import buildings</source>
        <translation>导入楼栋</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>表格 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n estate(s), </source>
        <translation>
            <numerusform>%n 个小区，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n building(s), %1 dwellings</source>
        <translation>
            <numerusform>%n 栋楼，%1 套住宅</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a dwelling count)</source>
        <translation>
            <numerusform>（其中 %n 栋未填套数）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estate 1</source>
        <translation>1区</translation>
    </message>
    <message>
        <source>Added %1: type its number or name, then Tab to the next field.</source>
        <translation>已新增 %1：输入其编号或名称，按 Tab 进入下一项。</translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back).</source>
        <translation>已删除 %1（Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1：新增 %2，更新 %3，未变 %4。</translation>
    </message>
    <message>
        <source>The register now has %1 buildings and %2 households.</source>
        <translation>社区名录现为 %1 栋楼、%2 户。</translation>
    </message>
    <message>
        <source>The register now has %1 buildings; its households were kept, since not every building has its dwellings.</source>
        <translation>社区名录现为 %1 栋楼；户数保持不变，因为并非每栋楼都填了套数。</translation>
    </message>
    <message>
        <source>The estates and buildings of %1. Type over a cell and press Enter: every value is saved at once (Ctrl+Z undoes it). Scattered buildings go into a temporary estate of their own.</source>
        <translation>%1的小区和楼栋。在单元格中直接输入并按 Enter：每个值立即保存（Ctrl+Z 可撤销）。零散楼栋归入一个临时小区。</translation>
    </message>
</context>
<context>
    <name>BuildingsTable</name>
    <message>
        <source>%1: %2 is a date, not %3</source>
        <translation>%1：%2 是日期，不是%3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3 (a whole number from %4 to %5)</source>
        <translation>%1：“%2”不是%3（应为 %4 到 %5 之间的整数）</translation>
    </message>
    <message>
        <source>%1: the building number or name is empty</source>
        <translation>%1：楼栋编号或名称为空</translation>
    </message>
    <message>
        <source>a number of storeys</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>a number of dwellings</source>
        <translation>套数</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (是/否)</source>
        <translation>%1：“%2”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1: the building %2 is also on %3</source>
        <translation>%1：楼栋 %2 在 %3 也出现了</translation>
    </message>
    <message>
        <source>%1: the file has no buildings, only a header.</source>
        <translation>%1：文件只有表头，没有楼栋。</translation>
    </message>
    <message>
        <source>%1: the estate is empty (scattered buildings go into a temporary estate of their own, named like any other)</source>
        <translation>%1：小区为空（零散楼栋归入一个临时小区，像其他小区一样命名）</translation>
    </message>
    <message>
        <source>buildings table</source>
        <translation>楼栋表</translation>
    </message>
</context>
<context>
    <name>BulkReader</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
    <message>
        <source>The database connection does not expose an SQLite or PostgreSQL handle.</source>
        <translation>数据库连接未提供 SQLite 或 PostgreSQL 句柄。</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>writing the bundle</source>
        <translation>写入数据包</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read from the database.</source>
        <translation>无法从数据库读取照片 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CommunityCheck bundle.</source>
        <translation>%1 不是社区体检数据包。</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: it cannot be read.</source>
        <translation>%1 已损坏或不完整：无法读取。</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2</source>
        <translation>%1 已损坏或不完整：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a CommunityCheck bundle.</source>
        <translation>%1 是 SQLite 文件，但不是社区体检数据包。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CommunityCheck (bundle format %2; this version reads up to %3). Install the newer version to import it.</source>
        <translation>%1 由更新版本的社区体检写出（数据包格式 %2；本版本最高读取 %3）。请安装新版本后再导入。</translation>
    </message>
    <message>
        <source>%1 has no bundle format version.</source>
        <translation>%1 没有数据包格式版本。</translation>
    </message>
    <message>
        <source>reading the bundle %1</source>
        <translation>读取数据包 %1</translation>
    </message>
    <message>
        <source>%1 has no manifest.</source>
        <translation>%1 没有清单（manifest）。</translation>
    </message>
    <message>
        <source>%1: the community %2 has no valid UUID.</source>
        <translation>%1：社区 %2 没有有效的 UUID。</translation>
    </message>
    <message>
        <source>%1: the check %2 is not well formed (UUID, community or state).</source>
        <translation>%1：体检 %2 的格式不正确（UUID、社区或状态）。</translation>
    </message>
    <message>
        <source>%1: an answer to %2 belongs to no check of the bundle.</source>
        <translation>%1：指标 %2 的一条填报不属于数据包中的任何体检。</translation>
    </message>
    <message>
        <source>%1: the photo %2 does not match its checksum; the bundle was changed or damaged on the way.</source>
        <translation>%1：照片 %2 与其校验值不符；数据包在传递中被改动或损坏。</translation>
    </message>
    <message>
        <source>%1: the photo %2 belongs to no check of the bundle.</source>
        <translation>%1：照片 %2 不属于数据包中的任何体检。</translation>
    </message>
    <message>
        <source>%1: the photo %2 (%3) is listed but its bytes are missing.</source>
        <translation>%1：照片 %2（%3）列在清单中，但缺少图像数据。</translation>
    </message>
    <message>
        <source>%1: an audit entry has no valid UUID.</source>
        <translation>%1：一条操作记录没有有效的 UUID。</translation>
    </message>
    <message>
        <source>%1 is not a complete bundle.</source>
        <translation>%1 不是完整的数据包。</translation>
    </message>
    <message>
        <source>%1: the photo %2 cannot be read.</source>
        <translation>%1：无法读取照片 %2。</translation>
    </message>
    <message>
        <source>%1: a removed photo belongs to no check of the bundle.</source>
        <translation>%1：一张已删除的照片不属于数据包中的任何体检。</translation>
    </message>
    <message>
        <source>%1: the check %2 is listed twice.</source>
        <translation>%1：体检 %2 出现了两次。</translation>
    </message>
    <message>
        <source>%1: %2 answers are not well formed (a number that is not a number, a flag that is not 0 or 1).</source>
        <translation>%1：有 %2 条填报格式不正确（数值不是数字，或标志不是 0 或 1）。</translation>
    </message>
    <message>
        <source>%1: an answer is listed twice.</source>
        <translation>%1：有一条填报出现了两次。</translation>
    </message>
    <message>
        <source>%1: an agreement belongs to no check of the bundle.</source>
        <translation>%1：一条一致记录不属于数据包中的任何体检。</translation>
    </message>
    <message>
        <source>%1: %2 entries of the building ledger are not well formed or belong to no check or building of the bundle.</source>
        <translation>%1：楼栋台账中有 %2 条记录格式不正确，或不属于数据包中的任何体检或楼栋。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an item of the building ledger.</source>
        <translation>%1：“%2”不是楼栋台账的项目。</translation>
    </message>
    <message>
        <source>%1: the building %2 (%3) is not well formed (UUID, community, estate and number, once each).</source>
        <translation>%1：楼栋 %2（%3）的格式不正确（UUID、所属社区、小区和编号，且不能重复）。</translation>
    </message>
    <message>
        <source>%1: the figures of the building %2 are not whole numbers.</source>
        <translation>%1：楼栋 %2 的数字（层数、套数、建成年份）不是整数。</translation>
    </message>
    <message>
        <source>%1: %2 entries of the building ledger are for buildings of another community than their check&apos;s.</source>
        <translation>%1：楼栋台账中有 %2 条记录所属楼栋不在其体检的社区中。</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Changed on both sides since they last agreed: decide for each one (the value that is not kept stays in the audit trail).</source>
        <translation>以下各项在上次一致之后两边都改动过：请逐项决定（未保留的值记入操作记录）。</translation>
    </message>
    <message>
        <source>Keep &amp;ours for all</source>
        <translation>全部保留本库的值(&amp;O)</translation>
    </message>
    <message>
        <source>Keep this database&apos;s value in every conflict</source>
        <translation>所有冲突都保留本库的值</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all</source>
        <translation>全部采用数据包的值(&amp;T)</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s value in every conflict</source>
        <translation>所有冲突都采用数据包的值</translation>
    </message>
    <message>
        <source>State (and review comment)</source>
        <translation>状态（及审核意见）</translation>
    </message>
    <message>
        <source>Community (same code, another record)</source>
        <translation>社区（编码相同，记录不同）</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未填报）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>%1 will bring: %2 new communities, %3 new checks, %4 answers or states taken, %5 the same here, %6 new photos, %7 audit entries.</source>
        <translation>%1 将带来：新社区 %2 个，新体检 %3 次，采用的填报或状态 %4 项，与本库相同 %5 项，新照片 %6 张，操作记录 %7 条。</translation>
    </message>
    <message>
        <source>Indicator sets installed: %1.</source>
        <translation>将安装的指标集：%1。</translation>
    </message>
    <message>
        <source>Nothing changes until you import; the import is one step, all or nothing.</source>
        <translation>点“导入”之前不做任何改动；导入一步完成，要么全部成功，要么全不改动。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>本库</translation>
    </message>
    <message>
        <source>Changed by, at</source>
        <translation>改动人、时间</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>This database&apos;s</source>
        <translation>本库的值</translation>
    </message>
    <message>
        <source>The bundle&apos;s</source>
        <translation>数据包的值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not changed by this bundle:
%1</source>
        <translation>此数据包不改动：
%1</translation>
    </message>
    <message>
        <source>The database changed since the preview: open the bundle again.</source>
        <translation>预览之后数据库已有改动：请重新打开数据包。</translation>
    </message>
    <message>
        <source>Bundles (*.ccbundle);;All files (*)</source>
        <translation>数据包 (*.ccbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No check to send: choose the checks in the Checks tab first.</source>
        <translation>没有可发送的体检：请先在“体检”页选择体检。</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>checks-%1</source>
        <translation>体检-%1</translation>
    </message>
    <message>
        <source>Bundles (*.ccbundle)</source>
        <translation>数据包 (*.ccbundle)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n 次体检</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) of the communities new here.</source>
        <translation>
            <numerusform>其中社区的楼栋 %n 栋为本库新增。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleMerge</name>
    <message>
        <source>bundle %1 from %2 on %3</source>
        <translation>数据包 %1，来自 %3 上的 %2</translation>
    </message>
    <message>
        <source>%1 (set %2 %3)</source>
        <translation>%1（指标集 %2 %3）</translation>
    </message>
    <message>
        <source>%1: the set listed as %2 %3 is %4 %5.</source>
        <translation>%1：列为 %2 %3 的指标集实际是 %4 %5。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1: the check %2 names a community the bundle does not carry.</source>
        <translation>%1：体检 %2 所属的社区不在数据包中。</translation>
    </message>
    <message>
        <source>%1: the check %2 uses the set %3 %4, which the bundle does not carry.</source>
        <translation>%1：体检 %2 使用的指标集 %3 %4 不在数据包中。</translation>
    </message>
    <message>
        <source>%1: the check %2 vanished during the import.</source>
        <translation>%1：体检 %2 在导入过程中消失了。</translation>
    </message>
    <message>
        <source>approved in this database: a bundle does not change approved work</source>
        <translation>本库中已审核通过：数据包不改动已审核的体检</translation>
    </message>
    <message>
        <source>conflict: the bundle&apos;s state taken (%1)</source>
        <translation>冲突：采用了数据包的状态（%1）</translation>
    </message>
    <message>
        <source>conflict: the bundle&apos;s state not taken (%1)</source>
        <translation>冲突：未采用数据包的状态（%1）</translation>
    </message>
    <message>
        <source>conflict: the bundle&apos;s value (%1, %2) replaced this database&apos;s</source>
        <translation>冲突：数据包的值（%1，%2）替换了本库的值</translation>
    </message>
    <message>
        <source>conflict: the bundle&apos;s value (%1, %2) was not taken</source>
        <translation>冲突：未采用数据包的值（%1，%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: (deleted)</source>
        <translation>%1：（已删除）</translation>
    </message>
    <message>
        <source>found</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
</context>
<context>
    <name>BundleProjectsCommand</name>
    <message>
        <source>Bundle %1</source>
        <translation>打包 %1</translation>
    </message>
</context>
<context>
    <name>CheckDateCommand</name>
    <message>
        <source>Date of the check: %1</source>
        <translation>体检日期：%1</translation>
    </message>
</context>
<context>
    <name>CheckDateDialog</name>
    <message>
        <source>The check&apos;s date</source>
        <translation>体检日期</translation>
    </message>
    <message>
        <source>The day of the site visit. The deadlines of 限时解决 problems count from it.</source>
        <translation>现场检查的日期。限时解决问题的完成时限由此起算。</translation>
    </message>
    <message>
        <source>Check &amp;date</source>
        <translation>体检日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ChecklistAction</name>
    <message>
        <source>Select a check first.</source>
        <translation>请先选择体检。</translation>
    </message>
    <message>
        <source>%1 checklist.pdf</source>
        <translation>%1 现场检查表.pdf</translation>
    </message>
    <message>
        <source>Print blank checklist</source>
        <translation>打印空白检查表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Checklist written: %1 (%n page(s))</source>
        <translation>
            <numerusform>检查表已写出：%1（%n 页）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>A photo is required when it fails.</source>
        <translation>不达标时须附照片。</translation>
    </message>
    <message>
        <source>Not applicable to %1</source>
        <translation>不适用（%1）</translation>
    </message>
    <message>
        <source>Bottom line</source>
        <translation>底线</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Counted from the building ledger (the grid pages): nothing to write here.</source>
        <translation>由楼栋台账计算（见台账表），此处无需填写。</translation>
    </message>
    <message>
        <source>Computed from the problems of the earlier round: nothing to write here.</source>
        <translation>由上一轮问题整治情况计算，此处无需填写。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>以上均无</translation>
    </message>
    <message>
        <source>Note, why not applicable, photo numbers:</source>
        <translation>备注 / 不适用理由 / 照片编号：</translation>
    </message>
    <message>
        <source>Community check: field checklist</source>
        <translation>社区体检 现场检查表</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Community type</source>
        <translation>社区类型</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Indicator set</source>
        <translation>指标集</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>体检员</translation>
    </message>
    <message>
        <source>Tick one box, or write the value in the box, for every indicator; to change a tick, cross it out and tick again. When an indicator does not apply, tick N/A and write why on its note line. Back at the office, open this check and type the answers in the order printed here: the value, then Enter, line by line.</source>
        <translation>每项指标勾选一个方框，或在方框内填写数值；改勾时划掉原勾再重勾。指标不适用时勾“不适用”，并在备注行写明理由。回到办公室后打开本次体检，按本表顺序逐行录入：输入答案，按 Enter。</translation>
    </message>
    <message>
        <source>Bottom line: a bottom-line indicator; when it fails, the grade is capped.</source>
        <translation>底线：底线指标，不达标时等级封顶。</translation>
    </message>
    <message>
        <source>Cannot start painting the checklist.</source>
        <translation>无法开始绘制检查表。</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>Cannot finish painting the checklist.</source>
        <translation>无法完成检查表的绘制。</translation>
    </message>
    <message>
        <source>One row per building. In an item&apos;s cell write 1 for a problem found to a general degree (一般), 2 fairly serious (较严重), 3 serious (严重), ✓ when found without a degree, 0 when checked and not found; leave it empty when not checked. Typed back in the check&apos;s building ledger (Ctrl+L) with the same keys.</source>
        <translation>每栋楼一行。在台账项目格内填写：1 表示问题程度一般，2 较严重，3 严重；存在但未定程度写 ✓，已查且不存在写 0；未查留空。回到办公室在本次体检的“楼栋台账”（Ctrl+L）中用同样的键录入。</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Building ledger (%1 of %2): %3 to %4</source>
        <translation>楼栋台账（%1/%2）：%3–%4</translation>
    </message>
    <message>
        <source>Building ledger</source>
        <translation>楼栋台账</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>This checklist lists %1 indicators: %2 to answer on paper, %3 computed by the program, %4 not applicable to this community&apos;s type.</source>
        <translation>本检查表共列指标 %1 项：纸上填写 %2 项，由程序计算 %3 项，不适用于本社区类型 %4 项。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>New check…</source>
        <translation>新建体检…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>Generate projects</source>
        <translation>生成项目</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>待审队列(&amp;Q)</translation>
    </message>
    <message>
        <source>The submitted checks only, the one waiting longest first</source>
        <translation>只显示已提交待审核的体检，等得最久的在前</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>审核通过(&amp;V)…</translation>
    </message>
    <message>
        <source>Approve the selected submitted checks, all of them in one step</source>
        <translation>一步审核通过所选的已提交体检（全部通过或全部不变）</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Return the selected submitted checks to their assessors, with a comment</source>
        <translation>将所选的已提交体检连同意见退回体检员</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>查找(&amp;N)</translation>
    </message>
    <message>
        <source>community code or name</source>
        <translation>社区编码或名称</translation>
    </message>
    <message>
        <source>Roun&amp;d</source>
        <translation>轮次(&amp;D)</translation>
    </message>
    <message>
        <source>St&amp;ate</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <source>Pi&amp;lots</source>
        <translation>仅试点(&amp;L)</translation>
    </message>
    <message>
        <source>Only the checks of pilot communities</source>
        <translation>只显示试点社区的体检</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>城市(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;ounty</source>
        <translation>县区(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>街道(&amp;T)</translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation>类型(&amp;P)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 次体检</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2（%3，%4）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Only submitted checks can be approved or returned; deselect these first:
%1</source>
        <translation>只有已提交的体检才能审核通过或退回；请先取消选择以下体检：
%1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n check(s)? They become read-only.
A comment for the audit trail (optional):</source>
        <translation>
            <numerusform>审核通过 %n 次体检？通过后不可再修改。
审核意见（记入审计记录，可不填）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Return to the assessors</source>
        <translation>退回体检员</translation>
    </message>
    <message numerus="yes">
        <source>What must the assessors check or change in %n check(s)?</source>
        <translation>
            <numerusform>这 %n 次体检中，体检员需要核实或修改什么？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run `communitycheck-cli --help` for usage.</source>
        <translation>运行 `communitycheck-cli --help` 查看用法。</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use zh_CN or en)</source>
        <translation>未知语言 &quot;%1&quot;（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>which one? %1</source>
        <translation>请指定子命令：%1</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>未知子命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Database created: %1 (schema %2)</source>
        <translation>已创建数据库：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Backup before the upgrade: %1</source>
        <translation>升级前备份：%1</translation>
    </message>
    <message>
        <source>The built-in indicator set is missing from this build.</source>
        <translation>本程序版本缺少内置指标集。</translation>
    </message>
    <message>
        <source>Default indicator set installed: %1 %2</source>
        <translation>已安装默认指标集：%1 %2</translation>
    </message>
    <message>
        <source>Default indicator set already present: %1 %2</source>
        <translation>默认指标集已存在：%1 %2</translation>
    </message>
    <message>
        <source>Demo data already present.</source>
        <translation>示例数据已存在。</translation>
    </message>
    <message>
        <source>%1 %2 was already stored with the same content; nothing changed.</source>
        <translation>%1 %2 已存储且内容相同，未作任何更改。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>say where to write the set with -o FILE</source>
        <translation>请用 -o FILE 指定指标集的输出文件</translation>
    </message>
    <message>
        <source>Written %1 %2 to %3</source>
        <translation>已将 %1 %2 写入 %3</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>必须提供选项 --%1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>--%1 必须为整数，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number, not &quot;%2&quot;</source>
        <translation>--%1 必须为数字，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>the round &quot;%1&quot; must begin with a year, e.g. &quot;2025 体检&quot;</source>
        <translation>轮次 &quot;%1&quot; 必须以年份开头，例如 &quot;2025 体检&quot;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>指标集</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Demo data added: %1 communities with %2 checks.</source>
        <translation>已添加示例数据：%1 个社区，%2 次体检。</translation>
    </message>
    <message numerus="yes">
        <source>%n answers imported into %1 (%2, %3).</source>
        <translation>
            <numerusform>已向 %1（%2，%3）导入 %n 条填报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: %1</source>
        <translation>综合得分：%1</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation>完整度：%1</translation>
    </message>
    <message>
        <source>Grade capped at %1 by failed bottom-line indicators (computed: %2).</source>
        <translation>因底线指标未达标，等级封顶为 %1（按得分为 %2）。</translation>
    </message>
    <message>
        <source>Bottom-line failures: %1</source>
        <translation>底线指标未达标：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>info</source>
        <translation>仅记录</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>No problems: every scored indicator passes.</source>
        <translation>无问题：所有计分指标均达标。</translation>
    </message>
    <message>
        <source>Generating: %1 of %2 communities</source>
        <translation>正在生成：%1 / %2 个社区</translation>
    </message>
    <message>
        <source>Generated %1 communities, %2 checks, %3 answers in %4 s.</source>
        <translation>已生成 %1 个社区、%2 次体检、%3 条填报，用时 %4 秒。</translation>
    </message>
    <message>
        <source>%1 has no check of an earlier year; the new check starts empty.</source>
        <translation>%1 没有往年的体检，新体检从空白开始。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) carried over from the earlier round; confirm them before submitting.</source>
        <translation>
            <numerusform>已沿用上一轮的 %n 个值；提交前请确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>say where to write the report: -o FILE.pdf (or -o DIR with --round)</source>
        <translation>请指定报告的输出位置：-o FILE.pdf（使用 --round 时为 -o DIR）</translation>
    </message>
    <message>
        <source>give either an ASSESSMENT or --round, not both</source>
        <translation>请指定 ASSESSMENT 或 --round，二者不能同时使用</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to 64</source>
        <translation>--jobs 必须是 1 到 64 之间的整数</translation>
    </message>
    <message>
        <source>--county and --jobs belong to the batch form (--round LABEL)</source>
        <translation>--county 和 --jobs 只用于批量形式（--round LABEL）</translation>
    </message>
    <message>
        <source>name one ASSESSMENT, or use --round LABEL -o DIR for a batch</source>
        <translation>请指定一个 ASSESSMENT，或用 --round LABEL -o DIR 批量生成</translation>
    </message>
    <message>
        <source>the report file must end in .pdf or .odt: %1</source>
        <translation>报告文件名须以 .pdf 或 .odt 结尾：%1</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n page(s))</source>
        <translation>
            <numerusform>报告已生成：%1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报告已生成：%1</translation>
    </message>
    <message>
        <source>No check of round %1 in this database.</source>
        <translation>本数据库中没有 %1 轮次的体检。</translation>
    </message>
    <message>
        <source>No check of round %1 in county %2.</source>
        <translation>%2 没有 %1 轮次的体检。</translation>
    </message>
    <message>
        <source>Cannot write reports into %1.</source>
        <translation>无法将报告写入 %1。</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>a report process stopped early: %1</source>
        <translation>一个报告进程提前退出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 reports written to %3 in %4 s (%n process(es)).</source>
        <translation>
            <numerusform>已将 %2 份报告中的 %1 份写入 %3，用时 %4 秒（%n 个进程）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of the batch could not be written.</source>
        <translation>
            <numerusform>本批中有 %n 份报告未能生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>give either --logo FILE or --no-logo</source>
        <translation>请指定 --logo FILE 或 --no-logo，二者只能选一</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read (PNG or JPEG).</source>
        <translation>%1 不是本程序能读取的图片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Issuing unit: %1</source>
        <translation>出具单位：%1</translation>
    </message>
    <message>
        <source>Signature lines: %1</source>
        <translation>签字栏：%1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>标志：%1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Cost (万元)</source>
        <translation>估算投资（万元）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 already there, %5 of earlier checks marked obsolete.</source>
        <translation>%1（%2）：新增 %3 个，已有 %4 个，%5 个因体检已更新而标为过时。</translation>
    </message>
    <message>
        <source>say where to write the list: -o FILE.csv or -o FILE.xlsx</source>
        <translation>请指定输出文件：-o FILE.csv 或 -o FILE.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个项目写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>say why: --reason TEXT</source>
        <translation>请说明理由：--reason TEXT</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (candidate, accepted, rejected, in_library, scheduled, under_way, done)</source>
        <translation>未知状态 &quot;%1&quot;（candidate、accepted、rejected、in_library、scheduled、under_way、done）</translation>
    </message>
    <message>
        <source>--time-bound is yes or no</source>
        <translation>--time-bound 只能是 yes 或 no</translation>
    </message>
    <message>
        <source>name the bundle: --name TEXT</source>
        <translation>请为打包项目命名：--name TEXT</translation>
    </message>
    <message>
        <source>give --community C and --text T</source>
        <translation>请指定 --community C 和 --text T</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot; (meeting, survey, hotline, grid)</source>
        <translation>未知来源 &quot;%1&quot;（meeting、survey、hotline、grid）</translation>
    </message>
    <message>
        <source>--date is YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date 应为 YYYY-MM-DD，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--support is a whole number of residents</source>
        <translation>--support 应为居民人数（整数）</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>支持人数</translation>
    </message>
    <message>
        <source>--kind is room, land, fund or operator</source>
        <translation>--kind 只能是 room、land、fund 或 operator</translation>
    </message>
    <message>
        <source>give --community C, or --county NAME for a county-wide resource</source>
        <translation>请指定 --community C；全县共用的资源用 --county NAME</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>权属/来源单位</translation>
    </message>
    <message>
        <source>the unit cost (万元) must be a number, not &quot;%1&quot;</source>
        <translation>单价（万元）应为数字，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>项目模板</translation>
    </message>
    <message>
        <source>Unit cost (万元)</source>
        <translation>单价（万元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(everywhere)</source>
        <translation>（全省通用）</translation>
    </message>
    <message>
        <source>give --county NAME --year Y --budget WAN</source>
        <translation>请指定 --county NAME --year Y --budget WAN</translation>
    </message>
    <message>
        <source>--year must be a year, not &quot;%1&quot;</source>
        <translation>--year 应为年份，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入选</translation>
    </message>
    <message>
        <source>Why deferred</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>time-bound</source>
        <translation>限时解决</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>尽力解决</translation>
    </message>
    <message>
        <source>No resource has an ID beginning with %1.</source>
        <translation>没有 ID 以 %1 开头的资源。</translation>
    </message>
    <message>
        <source>the plan is written as .pdf, .csv or .xlsx: %1</source>
        <translation>实施计划只能保存为 .pdf、.csv 或 .xlsx：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>--%1 must be a year, not &quot;%2&quot;</source>
        <translation>--%1 须为年份，而不是“%2”</translation>
    </message>
    <message>
        <source>--%1 is KEY=AMOUNT (万元), not &quot;%2&quot;</source>
        <translation>--%1 的格式为 键=金额（万元），而不是“%2”</translation>
    </message>
    <message>
        <source>--year-amount is YEAR=AMOUNT, not &quot;%1&quot;</source>
        <translation>--year-amount 的格式为 年份=金额，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown funding source &quot;%1&quot; (central, provincial, local, special_bond, department, social, residents, or 中央补助, 省级资金, 地方财政, 专项债, 部门资金, 社会资本, 居民出资)</source>
        <translation>未知的资金来源“%1”（central、provincial、local、special_bond、department、social、residents，或 中央补助、省级资金、地方财政、专项债、部门资金、社会资本、居民出资）</translation>
    </message>
    <message>
        <source>--deadline is YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--deadline 的格式为 YYYY-MM-DD，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Annual plan %1 %2: %3 of %4 万元 for %n project(s), of which %5 万元 for 限时解决 projects.</source>
        <translation>
            <numerusform>年度实施计划 %1 %2：预算 %4 万元，安排 %n 个项目共 %3 万元，其中限时解决项目 %5 万元。</numerusform>
        </translation>
    </message>
    <message>
        <source>SHORTFALL %1 万元: the 限时解决 projects alone exceed the budget; they stay in the plan and the county must find the rest. No other project is selected.</source>
        <translation>资金缺口 %1 万元：仅限时解决项目即超出预算；这些项目仍纳入计划，差额须由县级另行筹措。其他项目均未入选。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>This year (万元)</source>
        <translation>本年投资（万元）</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Management measures (管理措施, outside the budget): %1</source>
        <translation>管理措施（不占预算）：%1 项</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No accepted project of the county can be planned in %1.</source>
        <translation>本县没有可安排在 %1 年的已采纳项目。</translation>
    </message>
    <message>
        <source>Provisional: coverage is below %1%, so the score and the grade may still change a lot.</source>
        <translation>暂定：完整度低于 %1%，得分和等级仍可能有较大变化。</translation>
    </message>
    <message>
        <source>say what the assessor must check or change: --comment C</source>
        <translation>请用 --comment C 说明体检员须核对或修改什么</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) submitted.</source>
        <translation>
            <numerusform>已提交 %n 次体检。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) approved.</source>
        <translation>
            <numerusform>已审核通过 %n 次体检。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) returned to the assessor.</source>
        <translation>
            <numerusform>已将 %n 次体检退回体检员。</numerusform>
        </translation>
    </message>
    <message>
        <source>--by is community, street or county, not &quot;%1&quot;</source>
        <translation>--by 只能是 community、street 或 county，不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 行：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>-o writes FILE.csv, FILE.xlsx, FILE.pdf or FILE.odt, not &quot;%1&quot;</source>
        <translation>-o 写入 FILE.csv、FILE.xlsx、FILE.pdf 或 FILE.odt，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Summary written: %1 (%n page(s))</source>
        <translation>
            <numerusform>汇总报告已写入：%1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary written: %1</source>
        <translation>汇总报告已写入：%1</translation>
    </message>
    <message>
        <source>-o FILE.ccbundle is required</source>
        <translation>需要 -o FILE.ccbundle</translation>
    </message>
    <message>
        <source>name the checks (ASSESSMENT…) or a round (--round LABEL [--county NAME]), not both</source>
        <translation>请指定体检（ASSESSMENT…）或轮次（--round LABEL [--county NAME]），二者取其一</translation>
    </message>
    <message>
        <source>--county goes with --round</source>
        <translation>--county 须与 --round 同用</translation>
    </message>
    <message>
        <source>round %1, %2</source>
        <translation>轮次 %1，%2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>轮次 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n 次体检</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 checks, %3 answers, %4 photos)</source>
        <translation>数据包已写入：%1（%2 次体检，%3 条填报，%4 张照片）</translation>
    </message>
    <message>
        <source>--resolve is ours or theirs, not &quot;%1&quot;</source>
        <translation>--resolve 取 ours 或 theirs，而不是“%1”</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Dry run: nothing changed.</source>
        <translation>试运行：未做任何改动。</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>new communities %1, new checks %2, answers taken %3, identical %4, new photos %5, new audit entries %6</source>
        <translation>新社区 %1，新体检 %2，采用的填报 %3，相同 %4，新照片 %5，新操作记录 %6</translation>
    </message>
    <message>
        <source>set installed: %1</source>
        <translation>已安装指标集：%1</translation>
    </message>
    <message>
        <source>conflict	%1	%2	ours: %3 (%4 %5)	theirs: %6 (%7 %8)</source>
        <translation>冲突	%1	%2	本库：%3（%4 %5）	数据包：%6（%7 %8）</translation>
    </message>
    <message>
        <source>not changed	%1	%2</source>
        <translation>未改动	%1	%2</translation>
    </message>
    <message>
        <source>The bundle changes values changed here too: nothing was imported. Look at the conflicts and run again with --resolve ours (keep this database&apos;s) or --resolve theirs (take the bundle&apos;s).</source>
        <translation>数据包改动的值在本库也已改动：未导入任何内容。请查看冲突，然后加 --resolve ours（保留本库的值）或 --resolve theirs（采用数据包的值）再运行。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Buildings: %1 added, %2 updated, %3 unchanged.</source>
        <translation>楼栋：新增 %1，更新 %2，未变 %3。</translation>
    </message>
    <message numerus="yes">
        <source>The community now has %n estate(s), </source>
        <translation>
            <numerusform>社区现有 %n 个小区、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) with %1 dwellings</source>
        <translation>
            <numerusform>%n 栋楼、%1 套住宅</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a dwelling count)</source>
        <translation>
            <numerusform>（其中 %n 栋未填套数）</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>The register&apos;s building and household counts were set from them.</source>
        <translation>已据此更新社区名录中的楼栋数和户数。</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Storeys</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>套数</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构类型</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The register&apos;s building count was set from them; its household count was kept, since not every building has its dwellings.</source>
        <translation>已据此更新社区名录中的楼栋数；户数保持不变，因为并非每栋楼都填了套数。</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries stored.</source>
        <translation>
            <numerusform>已保存台账记录 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>问题程度</translation>
    </message>
    <message numerus="yes">
        <source>%n new building(s)</source>
        <translation>
            <numerusform>新楼栋 %n 栋</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communities: %1 survey rows, %2 problems, %3 ledger rows.</source>
        <translation>
            <numerusform>%n 个社区：指标调查表 %1 行，问题 %2 项，楼栋台账 %3 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks of the round are not submitted yet and are not in the tables.</source>
        <translation>
            <numerusform>该轮有 %n 次体检尚未提交，未列入报表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The building %1 %2 is not in the register of %3.</source>
        <translation>楼栋 %1 %2 不在 %3 的楼栋名录中。</translation>
    </message>
    <message>
        <source>Licence GPL-3.0-or-later: &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.</source>
        <translation>许可证 GPL-3.0-or-later：&lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;。</translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>本软件是自由软件：您可以自由修改和再发布。在法律允许的范围内，不提供任何担保。</translation>
    </message>
    <message>
        <source>Database upgraded: %1 (schema %2)</source>
        <translation>数据库已升级：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Database already up to date: %1 (schema %2)</source>
        <translation>数据库已是最新：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>必须给出 -o FILE</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <source>Photos backed up: %1</source>
        <translation>照片已备份：%1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>What was there before is kept as %1.</source>
        <translation>恢复前的文件留存为 %1。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>Links between records: %1</source>
        <translation>记录间关联：%1</translation>
    </message>
    <message>
        <source>Photos checked: %1, bad: %2</source>
        <translation>已校验照片：%1，有问题：%2</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>The database has problems (see above).</source>
        <translation>数据库有问题（见上）。</translation>
    </message>
    <message>
        <source>Communities: %1 added, %2 updated, %3 unchanged.</source>
        <translation>社区：新增 %1 个，更新 %2 个，未变 %3 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n survey item(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个调查项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already stored.</source>
        <translation>
            <numerusform>，%n 条已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) set.</source>
        <translation>
            <numerusform>已设置 %n 个单价。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s) imported</source>
        <translation>
            <numerusform>已导入 %n 条需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) imported</source>
        <translation>
            <numerusform>已导入 %n 项资源</numerusform>
        </translation>
    </message>
    <message>
        <source>say where to write the checklist: -o FILE.pdf</source>
        <translation>请指定检查表的输出文件：-o 文件.pdf</translation>
    </message>
    <message>
        <source>the checklist file must end in .pdf: %1</source>
        <translation>检查表文件须以 .pdf 结尾：%1</translation>
    </message>
    <message>
        <source>give either an ASSESSMENT or --community C --set CODE, not both</source>
        <translation>请给出 ASSESSMENT 或 --community C --set CODE，二者只取其一</translation>
    </message>
    <message>
        <source>--version belongs with --community C --set CODE</source>
        <translation>--version 须与 --community C --set CODE 一起使用</translation>
    </message>
    <message>
        <source>name both --community C and --set CODE</source>
        <translation>须同时给出 --community C 和 --set CODE</translation>
    </message>
    <message>
        <source>name one ASSESSMENT, or --community C --set CODE</source>
        <translation>请给出一个 ASSESSMENT，或 --community C --set CODE</translation>
    </message>
    <message numerus="yes">
        <source>Checklist written: %1 (%n page(s))</source>
        <translation>
            <numerusform>检查表已写出：%1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: communitycheck-cli [--db FILE] [--lang zh_CN|en] [--user NAME] COMMAND …

Commands:
  init [--demo]                      create or upgrade the database, install the default set;
                                     --demo adds sample communities with completed checks
  upgrade                            upgrade a database made by an older version (a complete
                                     backup first); other commands refuse an older database
  backup -o FILE                     a consistent copy of the database and its photos, also
                                     while it is in use
  restore FILE                       check a backup, keep the current files aside, restore
  check [--json]                     integrity, links between records, photo checksums;
                                     exit code 1 when something is wrong
  sets import FILE                   import an indicator set (JSON or an XLSX workbook);
                                     prints CODE VERSION
  sets list [--json]                 list the stored indicator-set versions
  sets export CODE [--version V] -o FILE
                                     write a stored set back as JSON, or as a workbook to
                                     edit in WPS or Excel when FILE ends with .xlsx
  communities add --code C --name N --type T [--households N] [--buildings N]
      [--population N] [--area-ha X] [--city S] [--county S] [--street S]
      [--build-year Y] [--pilot] [--latitude X] [--longitude X]
                                     add a community to the register
  communities list [--json]          list the register
  communities import FILE.csv|FILE.xlsx
                                     add or update communities (columns code, name, type;
                                     city, county, street, households, buildings, population,
                                     area_ha, build_year, pilot, latitude, longitude, note);
                                     all rows or none
  buildings import COMMUNITY FILE.csv|FILE.xlsx [--update-register]
                                     add or update the community&apos;s estates and buildings
                                     (columns estate, building, address, storeys, dwellings,
                                     build_year, structure, lift, note); all rows or none;
                                     --update-register: the register&apos;s building and
                                     household counts from them
  buildings list COMMUNITY [--json]  the community&apos;s buildings
  ledger import ASSESSMENT FILE.csv|FILE.xlsx
                                     the building ledger of a check (columns estate, building,
                                     item, present, severity, note; items H1.0 … H9.4 and the
                                     set ledger_items); all rows or none
  ledger list ASSESSMENT [--json]    the building ledger of a check
  export national --county NAME --round LABEL -o DIR
                                     the national tables of a county&apos;s round: survey table
                                     (XLSX and CSV), problem list, remediation list and
                                     building ledger (XLSX), from its submitted and approved
                                     checks
  assessments new --community C --set CODE [--version V] [--round LABEL] [--assessor NAME]…
      [--date YYYY-MM-DD] [--from-previous]
                                     start a check; prints its ID (--date: the day of the site
                                     visit, default today; --from-previous: copy the earlier
                                     round&apos;s values, marked as carried over)
  assessments edit ASSESSMENT --date YYYY-MM-DD
                                     change the day of the site visit (draft or returned
                                     checks); 限时解决 deadlines count from it
  assessments list [--community C] [--json]
                                     list checks
  assessments submit ASSESSMENT | assessments approve ASSESSMENT… [--comment C]
  | assessments return ASSESSMENT… --comment C
                                     the review workflow; several checks are one step,
                                     all or none; audited
  responses import ASSESSMENT FILE.csv|FILE.xlsx
                                     import answers (columns indicator, value, note; CSV in
                                     UTF-8 or GB18030, or a workbook&apos;s first sheet); all rows
                                     or none
  score ASSESSMENT [--json]          the score tree, grade, coverage, bottom-line failures
  scores --round LABEL [--county NAME] [--street NAME] [--by community|street|county]
      [--json | -o FILE.csv|FILE.xlsx|FILE.pdf|FILE.odt]
                                     the round&apos;s submitted and approved checks ranked, or
                                     rolled up by street or county (mean, median, grades);
                                     .pdf/.odt: the round summary for the county leader
                                     (ranking, roll-up, most failed indicators, bottom line)
  problems ASSESSMENT [--json]       the problem list, time-bound (限时解决) first
  bundle export -o FILE.ccbundle (ASSESSMENT… | --round LABEL [--county NAME])
                                     the checks with their communities, sets, answers,
                                     photos and audit trail, for another database
  bundle import FILE [--dry-run] [--resolve ours|theirs] [--json]
                                     what a bundle brings (--dry-run: only say it); with
                                     conflicts and no --resolve nothing is imported (exit 1)
  photos add ASSESSMENT INDICATOR FILE… [--caption TEXT]
                                     attach photos (downscaled; EXIF time and GPS kept);
                                     INDICATOR ESTATE/BUILDING/ITEM: of a building&apos;s ledger item
  photos list ASSESSMENT [--json]    the photos of a check
  report ASSESSMENT -o FILE.pdf|FILE.odt
                                     the scored report (PDF), or its editable copy (ODT)
  report --round LABEL [--county NAME] [--jobs N] -o DIR
                                     one PDF per check of a round, N processes at once
                                     (default: one per core), a progress line per report
  report settings [--title T] [--issuing-unit U] [--signature LINE]… [--logo FILE|--no-logo]
      [--json]                       show or change this database&apos;s report settings
  checklist (ASSESSMENT | --community C --set CODE [--version V]) -o FILE.pdf
                                     the blank paper checklist: the indicators in the entry
                                     screen&apos;s order with tick boxes and blanks, the building-
                                     ledger grid, notes and signatures
  demands add --community C --text T [--task CODE] [--place P] [--source meeting|survey|hotline|grid]
      [--date YYYY-MM-DD] [--support N] [--indicator CODE]…
                                     add a resident proposal to the 需求清单; prints its ID
  demands list [--community C] [--json]
  demands import FILE.csv|FILE.xlsx  resident proposals (columns community, text; task, place,
                                     source, date, support, indicator); all rows or none; rows
                                     already stored are skipped
  tallies import COMMUNITY FILE.csv|FILE.xlsx
                                     survey tallies (columns item, mean, respondents; task,
                                     indicator, date); all rows or none; rows already stored
                                     are skipped
  resources add --kind room|land|fund|operator --name N (--community C | --county NAME)
      [--area M2] [--place P] [--owner O] [--amount WAN] [--year Y] [--note S]
                                     add to the 资源清单; prints its ID
  resources list [--county NAME] [--json]
  resources import FILE.csv|FILE.xlsx
                                     resources (columns kind, name, community or county; area,
                                     place, owner, amount, year, note); all rows or none
  prices set TEMPLATE UNIT_COST [--county NAME] [--note S]
                                     the local unit cost (万元) of a project template
  prices list [--json]
  prices import FILE.csv|FILE.xlsx   unit costs (columns template, unit_cost; county, note);
                                     all rows or none
  projects generate ASSESSMENT [--json]
                                     project candidates from the failed indicators and the
                                     community&apos;s demands; never duplicates
  projects list [--community C] [--county NAME] [--all] [--json]
                                     the project list (--all: with obsolete candidates)
  projects export -o FILE.csv|FILE.xlsx [--community C] [--county NAME] [--all]
  projects accept PROJECT [--reason R] | projects reject PROJECT --reason R
  projects edit PROJECT [--name N] [--scope S] [--quantity X] [--unit U] [--unit-cost WAN]
      [--cost WAN] [--lead U] [--cooperating U]… [--implementer S] [--location S]
      [--class 基础|完善|提升|管理] [--time-bound yes|no] [--deadline YYYY-MM-DD]
      [--start-year Y] [--end-year Y] [--year-amount YEAR=WAN]… [--funding SOURCE=WAN]…
      [--year Y] [--status S] [--resource ID]… [--reason R]
                                     change a project (audited); --resource links 资源清单
                                     entries; funding sources: central provincial local
                                     special_bond department social residents (or 中央补助 …);
                                     the parts and the year amounts add up to the cost
  projects bundle --name N PROJECT PROJECT…
                                     打包立项: one project with the others as sub-items
  plan build --county NAME --year Y --budget WAN [--json] [-o FILE.pdf|FILE.csv|FILE.xlsx]
                                     the annual plan: every 限时解决 project first (the
                                     shortfall when they alone exceed the budget), then the
                                     others by priority within the budget; measures apart
  demo generate --communities N [--rounds R] [--seed S] [--set CODE]
                                     fill the database with a synthetic province
                                     (for benchmarks; deterministic for a seed)
  server init [--demo]               (--db postgresql://USER@HOST:PORT/DB) create the county
                                     server&apos;s schema and roles, install the default set; who
                                     runs it is the first admin
  server import FILE.sqlite [--json] move a county&apos;s database file (and its photos) into a
                                     new server database, all or nothing; every table
                                     counted and checksummed on both sides
  server user add NAME --role assessor|reviewer|planner|admin [--county NAME]
                                     give NAME a role on the server (a new user gets a first
                                     password, printed once)
  server user list [--json]          the users added and their roles

ASSESSMENT and PROJECT are an ID or at least its first 8 characters.

Options:
  --db FILE     the database (default: %1), or a county server:
                postgresql://USER@HOST:PORT/DB (password from ~/.pgpass or PGPASSFILE)
  --lang L      output language, zh_CN (default) or en
  --user NAME   who acts, for the audit trail
  --version     print the version and the licence
  -h, --help    print this help

Exit status: 0 success, 1 the operation failed, 2 usage error.
</source>
        <translation>用法：communitycheck-cli [--db FILE] [--lang zh_CN|en] [--user NAME] COMMAND …

命令：
  init [--demo]                      创建或升级数据库，安装默认指标集；
                                     --demo 另外添加示例社区及其已完成的体检
  upgrade                            升级旧版本创建的数据库（先完整备份）；
                                     其他命令拒绝打开旧版本数据库
  backup -o FILE                     数据库及其照片的一致副本，使用中也可备份
  restore FILE                       检查备份，留存当前文件，然后恢复
  check [--json]                     完整性、记录间关联、照片校验和；
                                     有问题时退出码为 1
  sets import FILE                   导入指标集（JSON 或 XLSX 工作簿）；
                                     输出 CODE VERSION
  sets list [--json]                 列出已存储的指标集版本
  sets export CODE [--version V] -o FILE
                                     将已存储的指标集导出为 JSON 文件；FILE 以 .xlsx 结尾时
                                     导出为可在 WPS 或 Excel 中编辑的工作簿
  communities add --code C --name N --type T [--households N] [--buildings N]
      [--population N] [--area-ha X] [--city S] [--county S] [--street S]
      [--build-year Y] [--pilot] [--latitude X] [--longitude X]
                                     将社区添加到社区名录
  communities list [--json]          列出社区名录
  communities import FILE.csv|FILE.xlsx
                                     添加或更新社区（列：code、name、type；可选 city、county、
                                     street、households、buildings、population、area_ha、
                                     build_year、pilot、latitude、longitude、note）；全部导入
                                     或全部不导入
  buildings import COMMUNITY FILE.csv|FILE.xlsx [--update-register]
                                     添加或更新社区的小区和楼栋（列：estate 小区、building 楼栋、
                                     address 地址、storeys 层数、dwellings 套数、build_year 建成年份、
                                     structure 结构类型、lift 电梯、note 备注）；全部行或一行都不导入；
                                     --update-register：用楼栋数和套数更新社区名录
  buildings list COMMUNITY [--json]  列出社区的楼栋
  ledger import ASSESSMENT FILE.csv|FILE.xlsx
                                     导入体检的楼栋台账（列：estate 小区、building 楼栋、
                                     item 项目、present 是否存在、severity 问题程度、note 备注；
                                     项目 H1.0 … H9.4 及指标集的 ledger_items）；全部行或一行都不导入
  ledger list ASSESSMENT [--json]    列出体检的楼栋台账
  export national --county NAME --round LABEL -o DIR
                                     导出县（市、区）某一轮的国家报表：指标调查表（XLSX 和
                                     CSV）、问题清单、整治建议清单和楼栋台账（XLSX），取该轮
                                     已提交和已审核的体检
  assessments new --community C --set CODE [--version V] [--round LABEL] [--assessor NAME]…
      [--date YYYY-MM-DD] [--from-previous]
                                     开始一次体检；输出其 ID（--date：现场检查日期，
                                     默认今天；--from-previous：复制上一轮的值，并标记为沿用）
  assessments edit ASSESSMENT --date YYYY-MM-DD
                                     修改现场检查日期（草稿或已退回的体检）；
                                     限时解决问题的完成时限由此起算
  assessments list [--community C] [--json]
                                     列出体检
  assessments submit ASSESSMENT | assessments approve ASSESSMENT… [--comment C]
  | assessments return ASSESSMENT… --comment C
                                     审核流程：提交、审核通过、退回；多个体检作为一步，
                                     全部成功或全部不变；记入操作记录
  responses import ASSESSMENT FILE.csv|FILE.xlsx
                                     导入填报数据（列：indicator、value、note；CSV 为 UTF-8
                                     或 GB18030，或工作簿的第一个工作表）；全部导入或全部不导入
  score ASSESSMENT [--json]          得分树、等级、完整度、未达标的底线指标
  scores --round LABEL [--county NAME] [--street NAME] [--by community|street|county]
      [--json | -o FILE.csv|FILE.xlsx|FILE.pdf|FILE.odt]
                                     该轮次已提交和已审核的体检排名，或按街道、县区汇总
                                     （平均分、中位数、各等级数量）；.pdf/.odt：供县区
                                     领导阅读的本轮汇总报告（排名、汇总、最常不达标的
                                     指标、底线指标不达标清单）
  problems ASSESSMENT [--json]       问题清单，限时解决的问题在前
  bundle export -o FILE.ccbundle (ASSESSMENT… | --round LABEL [--county NAME])
                                     把体检连同其社区、指标集、填报、照片和操作记录
                                     打包，交给另一个数据库
  bundle import FILE [--dry-run] [--resolve ours|theirs] [--json]
                                     导入数据包（--dry-run：只说明将发生什么）；有冲突
                                     而未给 --resolve 时不导入任何内容（退出码 1）
  photos add ASSESSMENT INDICATOR FILE… [--caption TEXT]
                                     添加照片（缩小保存；保留 EXIF 时间和 GPS）；INDICATOR 写作
                                     小区/楼栋/项目 时为楼栋台账某项的照片
  photos list ASSESSMENT [--json]    列出体检的照片
  report ASSESSMENT -o FILE.pdf|FILE.odt
                                     评分报告（PDF），或其可编辑副本（ODT）
  report --round LABEL [--county NAME] [--jobs N] -o DIR
                                     为某一轮次的每次体检各生成一份 PDF，同时运行 N 个进程
                                     （默认每个 CPU 核心一个），每份报告输出一行进度
  report settings [--title T] [--issuing-unit U] [--signature LINE]… [--logo FILE|--no-logo]
      [--json]                       显示或修改本数据库的报告设置
  checklist (ASSESSMENT | --community C --set CODE [--version V]) -o FILE.pdf
                                     空白纸质检查表：按录入界面的顺序列出指标（勾选框和
                                     填写栏）、楼栋台账表、备注和签字
  demands add --community C --text T [--task CODE] [--place P] [--source meeting|survey|hotline|grid]
      [--date YYYY-MM-DD] [--support N] [--indicator CODE]…
                                     向需求清单添加一条居民建议；输出其 ID
  demands list [--community C] [--json]
  demands import FILE.csv|FILE.xlsx  居民建议（列：community、text；可选 task、place、source、
                                     date、support、indicator）；全部导入或全部不导入；已存储的
                                     行跳过
  tallies import COMMUNITY FILE.csv|FILE.xlsx
                                     调查统计（列：item、mean、respondents；可选 task、
                                     indicator、date）；全部导入或全部不导入；已存储的行跳过
  resources add --kind room|land|fund|operator --name N (--community C | --county NAME)
      [--area M2] [--place P] [--owner O] [--amount WAN] [--year Y] [--note S]
                                     添加到资源清单；输出其 ID
  resources list [--county NAME] [--json]
  resources import FILE.csv|FILE.xlsx
                                     资源（列：kind、name，以及 community 或 county；可选 area、
                                     place、owner、amount、year、note）；全部导入或全部不导入
  prices set TEMPLATE UNIT_COST [--county NAME] [--note S]
                                     项目模板的本地单价（万元）
  prices list [--json]
  prices import FILE.csv|FILE.xlsx   单价（列：template、unit_cost；可选 county、note）；
                                     全部导入或全部不导入
  projects generate ASSESSMENT [--json]
                                     由不达标指标和社区居民需求生成候选项目；
                                     重复生成不会产生重复项目
  projects list [--community C] [--county NAME] [--all] [--json]
                                     项目清单（--all：含已过时的候选项目）
  projects export -o FILE.csv|FILE.xlsx [--community C] [--county NAME] [--all]
  projects accept PROJECT [--reason R] | projects reject PROJECT --reason R
  projects edit PROJECT [--name N] [--scope S] [--quantity X] [--unit U] [--unit-cost WAN]
      [--cost WAN] [--lead U] [--cooperating U]… [--implementer S] [--location S]
      [--class 基础|完善|提升|管理] [--time-bound yes|no] [--deadline YYYY-MM-DD]
      [--start-year Y] [--end-year Y] [--year-amount YEAR=WAN]… [--funding SOURCE=WAN]…
      [--year Y] [--status S] [--resource ID]… [--reason R]
                                     修改项目（记入操作记录）；--resource 关联资源清单中的资源；
                                     资金来源：central provincial local special_bond department
                                     social residents（或 中央补助 等中文名称）；
                                     各来源金额及分年度金额之和须等于项目投资
  projects bundle --name N PROJECT PROJECT…
                                     打包立项：一个项目，其余为子项
  plan build --county NAME --year Y --budget WAN [--json] [-o FILE.pdf|FILE.csv|FILE.xlsx]
                                     年度实施计划：限时解决项目全部优先纳入（超出预算时
                                     列出资金缺口），其余项目按优先级在预算内安排；
                                     管理措施单列
  demo generate --communities N [--rounds R] [--seed S] [--set CODE]
                                     用合成的全省数据填充数据库
                                     （用于性能测试；同一种子结果相同）
  server init [--demo]               （--db postgresql://USER@HOST:PORT/DB）建立县级服务器
                                     的数据库结构和角色，安装默认指标体系；执行者即首位
                                     管理员
  server import FILE.sqlite [--json] 将县里的数据库文件（连同照片）迁入新的服务器数据库，
                                     全部成功或全部不做；每张表在两端逐一计数并核对校验和
  server user add NAME --role assessor|reviewer|planner|admin [--county NAME]
                                     授予 NAME 服务器上的角色（新用户获得初始密码，仅显示
                                     一次）
  server user list [--json]          已添加的用户及其角色

ASSESSMENT 和 PROJECT 为记录 ID，或其至少前 8 位字符。

选项：
  --db FILE     数据库文件（默认：%1），或县级服务器：
                postgresql://USER@HOST:PORT/DB（密码取自 ~/.pgpass 或 PGPASSFILE）
  --lang L      输出语言：zh_CN（默认）或 en
  --user NAME   操作人姓名，记入操作记录
  --version     显示版本号和许可证
  -h, --help    显示本帮助

退出状态：0 成功，1 操作失败，2 用法错误。
</translation>
    </message>
    <message>
        <source>Server database ready: %1 (schema %2)</source>
        <translation>服务器数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>--db postgresql://USER@HOST:PORT/DATABASE names the server (for a file, use init)</source>
        <translation>需用 --db postgresql://USER@HOST:PORT/DATABASE 指定服务器（数据库文件请用 init）</translation>
    </message>
    <message>
        <source>--db postgresql://USER@HOST:PORT/DATABASE names the server to import into</source>
        <translation>需用 --db postgresql://USER@HOST:PORT/DATABASE 指定要迁入的服务器</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>SHA-256 (file = server)</source>
        <translation>SHA-256（文件 = 服务器）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %n row(s), every table counted and checked on both sides.</source>
        <translation>
            <numerusform>已将 %1 迁入 %2：共 %n 行，每张表均已在两端计数并核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>which one? add, list</source>
        <translation>要执行哪一项？add、list</translation>
    </message>
    <message>
        <source>--role assessor|reviewer|planner|admin is required</source>
        <translation>必须给出 --role assessor|reviewer|planner|admin</translation>
    </message>
    <message>
        <source>--db postgresql://USER@HOST:PORT/DATABASE names the server</source>
        <translation>需用 --db postgresql://USER@HOST:PORT/DATABASE 指定服务器</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 现为 %3 的 %2。</translation>
    </message>
    <message>
        <source>First password (give it to them in person; they change it with `ALTER ROLE`, or the county&apos;s administrator with psql&apos;s \password): %1</source>
        <translation>初始密码（请当面交给本人；本人可用 `ALTER ROLE` 修改，或由县管理员在 psql 中用 \password 修改）：%1</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>county</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the option %1 needs a value</source>
        <translation>选项 %1 需要提供值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>the option %1 takes no value</source>
        <translation>选项 %1 不接受值</translation>
    </message>
    <message>
        <source>the option %1 is given twice</source>
        <translation>选项 %1 重复指定</translation>
    </message>
    <message numerus="yes">
        <source>missing argument (expected %n)</source>
        <translation>
            <numerusform>缺少参数（应有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;unty</source>
        <translation>县区(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>街道(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>户数(&amp;H)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Buildings</source>
        <translation>楼栋数(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>人口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Area (ha)</source>
        <translation>面积（公顷）(&amp;A)</translation>
    </message>
    <message>
        <source>Build &amp;year</source>
        <translation>建成年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Pi&amp;lot community (试点)</source>
        <translation>试点社区(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. 28.6829, 115.8579</source>
        <translation>例如 28.6829, 115.8579</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Edit community</source>
        <translation>编辑社区</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新建社区</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of zero or more.</source>
        <translation>%1：&quot;%2&quot; 不是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Build year</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of hectares.</source>
        <translation>%1：&quot;%2&quot; 不是有效的公顷数。</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>Location: give latitude and longitude as two numbers, e.g. 28.6829, 115.8579.</source>
        <translation>位置：请用两个数字填写纬度和经度，例如 28.6829, 115.8579。</translation>
    </message>
    <message>
        <source>Latitude, lon&amp;gitude</source>
        <translation>纬度、经度(&amp;G)</translation>
    </message>
</context>
<context>
    <name>CommunityListModel</name>
    <message>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
</context>
<context>
    <name>CommunityService</name>
    <message>
        <source>The community needs a code.</source>
        <translation>请填写社区编码。</translation>
    </message>
    <message>
        <source>The community code &quot;%1&quot; must not begin or end with spaces.</source>
        <translation>社区编码 &quot;%1&quot; 的首尾不能有空格。</translation>
    </message>
    <message>
        <source>The community %1 needs a name.</source>
        <translation>社区 %1 缺少名称。</translation>
    </message>
    <message>
        <source>The community %1: households, buildings and population must not be negative.</source>
        <translation>社区 %1：户数、楼栋数和人口不能为负数。</translation>
    </message>
    <message>
        <source>The community %1: the area must be a number of hectares, not negative.</source>
        <translation>社区 %1：面积应为以公顷计的数值，且不能为负数。</translation>
    </message>
    <message>
        <source>The community %1: the latitude must lie between -90 and 90.</source>
        <translation>社区 %1：纬度必须在 -90 到 90 之间。</translation>
    </message>
    <message>
        <source>The community %1: the longitude must lie between -180 and 180.</source>
        <translation>社区 %1：经度必须在 -180 到 180 之间。</translation>
    </message>
    <message>
        <source>No stored indicator set declares the community type &quot;%1&quot; (known types: %2); indicators limited to certain types will be N/A for %3.</source>
        <translation>已存储的指标集均未声明社区类型 &quot;%1&quot;（已知类型：%2）；对 %3 而言，限定社区类型的指标将记为不适用。</translation>
    </message>
    <message>
        <source>A community with the code %1 already exists.</source>
        <translation>编码为 %1 的社区已存在。</translation>
    </message>
    <message>
        <source>The community %1 no longer exists.</source>
        <translation>社区 %1 已不存在。</translation>
    </message>
    <message>
        <source>No community has the code %1.</source>
        <translation>没有编码为 %1 的社区。</translation>
    </message>
    <message>
        <source>No community has the ID %1.</source>
        <translation>没有 ID 为 %1 的社区。</translation>
    </message>
    <message>
        <source>The community %1 needs a type.</source>
        <translation>社区 %1 需要选择类型。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CommunityTable</name>
    <message>
        <source>community register</source>
        <translation>社区名录</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>单元格为空</translation>
    </message>
    <message>
        <source>a number of households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>a number of buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>a number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>an area in hectares</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>a latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>a longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>the community %1 is also on %2</source>
        <translation>社区 %1 也出现在 %2</translation>
    </message>
    <message>
        <source>%1: the file has no communities, only a header.</source>
        <translation>%1：文件只有表头，没有社区。</translation>
    </message>
</context>
<context>
    <name>ComputedAnswers</name>
    <message>
        <source>No community has the code %1.</source>
        <translation>没有代码为 %1 的社区。</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>&amp;Round</source>
        <translation>轮次(&amp;R)</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>县区(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>街道(&amp;T)</translation>
    </message>
    <message>
        <source>Ro&amp;ll up by</source>
        <translation>汇总层级(&amp;L)</translation>
    </message>
    <message>
        <source>Export the ranking…</source>
        <translation>导出排名…</translation>
    </message>
    <message>
        <source>Export the chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export the roll-up…</source>
        <translation>导出汇总…</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No round has a submitted or approved check yet.</source>
        <translation>尚无任何轮次有已提交或已审核的体检。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) of %1 registered communities · %2 ms</source>
        <translation>
            <numerusform>%n 次体检 / 登记社区 %1 个 · %2 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>roll-up</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>ranking-chart</source>
        <translation>排名图</translation>
    </message>
    <message>
        <source>grades-chart</source>
        <translation>等级分布图</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Ranking and roll-up</source>
        <translation>排名与汇总</translation>
    </message>
    <message>
        <source>Failed indicators</source>
        <translation>不达标指标</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <source>Export the table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Red: failed · green: passed · grey: N/A · white: not answered. Double-click a cell to open the answer.</source>
        <translation>红：不达标 · 绿：达标 · 灰：不适用 · 白：未填报。双击单元格打开该项填报。</translation>
    </message>
    <message>
        <source>Each cell: failed / checked; the redder, the larger the share that failed.</source>
        <translation>每格为“不达标数 / 已体检数”；颜色越红，不达标比例越高。</translation>
    </message>
    <message>
        <source>failed-indicators</source>
        <translation>不达标指标</translation>
    </message>
    <message>
        <source>Round over round</source>
        <translation>轮次对比</translation>
    </message>
    <message>
        <source>Compared &amp;with</source>
        <translation>对比轮次(&amp;W)</translation>
    </message>
    <message>
        <source>No other round with reviewed checks to compare with.</source>
        <translation>没有其他已提交或已审核体检的轮次可供对比。</translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) checked in both rounds (%1 in %2 only, %3 in %4 only). Problems: %5 resolved, %6 persisting, %7 new.</source>
        <translation>
            <numerusform>两轮均已体检的社区 %n 个（仅 %2 有体检的 %1 个，仅 %4 有体检的 %3 个）。问题：已解决 %5 个，仍存在 %6 个，新发现 %7 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>round-over-round</source>
        <translation>轮次对比</translation>
    </message>
    <message>
        <source>Compare on a ra&amp;dar…</source>
        <translation>雷达图对比(&amp;D)…</translation>
    </message>
    <message>
        <source>Select 2 to 6 communities in the ranking (Ctrl+click) to compare their programme scores</source>
        <translation>在排名表中选 2–6 个社区（Ctrl+单击），比较它们各工程的得分</translation>
    </message>
    <message>
        <source>Select 2 to 6 communities in the ranking to compare them.</source>
        <translation>请在排名表中选择 2–6 个社区进行对比。</translation>
    </message>
    <message>
        <source>Programme scores, %1</source>
        <translation>各工程得分（%1）</translation>
    </message>
    <message>
        <source>Programme scores</source>
        <translation>工程得分分布</translation>
    </message>
    <message numerus="yes">
        <source>Programme scores of %n check(s)</source>
        <translation>
            <numerusform>%n 次体检的各工程得分分布</numerusform>
        </translation>
    </message>
    <message>
        <source>programme-scores</source>
        <translation>工程得分分布</translation>
    </message>
    <message>
        <source>programme-scores-chart</source>
        <translation>工程得分分布图</translation>
    </message>
    <message>
        <source>S&amp;ummary report…</source>
        <translation>汇总报告(&amp;U)…</translation>
    </message>
    <message>
        <source>The round summary for the county leader, as PDF or as an editable ODT: the checks at a glance, ranking, roll-up, the indicators failed most often and every bottom-line failure</source>
        <translation>供县区领导阅读的本轮汇总报告（PDF，或可编辑的 ODT）：体检概况、排名、汇总、最常不达标的指标和全部底线指标不达标情况</translation>
    </message>
    <message>
        <source>Summary written: %1</source>
        <translation>汇总报告已写入：%1</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>汇总报告</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>汇总报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text, editable (*.odt)</source>
        <translation>PDF (*.pdf);;可编辑的 OpenDocument 文本 (*.odt)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist (create it with `communitycheck-cli init`).</source>
        <translation>数据库 %1 不存在（请用 `communitycheck-cli init` 创建）。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CommunityCheck database (it is not an SQLite file).</source>
        <translation>%1 不是社区体检数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite.</source>
        <translation>Qt SQLite 驱动（QSQLITE）不可用，请安装 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 failed its integrity check. Open a backup (%2.bak-*) or another database; the file was not changed.</source>
        <translation>%1 未通过完整性检查。请打开备份（%2.bak-*）或其他数据库；该文件未被修改。</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (journal mode is &quot;%2&quot;).</source>
        <translation>无法将 %1 切换为预写日志（WAL）模式（当前日志模式为 &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a CommunityCheck database.</source>
        <translation>%1 是 SQLite 文件，但不是社区体检数据库。</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of CommunityCheck (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>%1 由更新版本的社区体检创建（结构版本 %2；本版本最高支持 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>升级数据库结构至版本 %1</translation>
    </message>
    <message>
        <source>%1 failed its integrity check.</source>
        <translation>%1 未通过完整性检查。</translation>
    </message>
    <message>
        <source>Cannot back up the database to %1: %2</source>
        <translation>无法将数据库备份到 %1：%2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
    <message>
        <source>%1 is not a CommunityCheck database (%2).</source>
        <translation>%1 不是社区体检数据库（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Open a backup (%2.bak-*) or another database; the file was not changed.</source>
        <translation>%1 已损坏，无法读取。请打开备份（%2.bak-*）或其他数据库；该文件未被修改。</translation>
    </message>
    <message>
        <source>%1 did not answer its integrity check.</source>
        <translation>%1 未能完成完整性检查。</translation>
    </message>
    <message>
        <source>The photo file %1 next to the database is not a CommunityCheck photo store.</source>
        <translation>数据库旁的照片文件 %1 不是社区体检的照片库。</translation>
    </message>
    <message>
        <source>Cannot open the photo file %1: %2</source>
        <translation>无法打开照片文件 %1：%2</translation>
    </message>
    <message>
        <source>The photo file %1 failed its integrity check; the records are intact, but photos may not show.</source>
        <translation>照片文件 %1 未通过完整性检查；记录完好，但照片可能无法显示。</translation>
    </message>
    <message>
        <source>The photo file %1 was created by a newer version of CommunityCheck.</source>
        <translation>照片文件 %1 由更新版本的社区体检创建。</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <source>%1 is read-only (the file, its folder or the drive): CommunityCheck writes every change at once and cannot work on it. Copy it to a folder you can write to.</source>
        <translation>%1 是只读的（文件、所在文件夹或磁盘）：社区体检每次修改都立即写入，无法在其上工作。请将其复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>%1 was made by an older version of CommunityCheck (schema %2; this version uses %3). Upgrade it first with `communitycheck-cli upgrade` (a complete backup is made first); nothing was changed.</source>
        <translation>%1 由旧版本社区体检创建（结构版本 %2；本版本使用 %3）。请先用 `communitycheck-cli upgrade` 升级（会先完整备份）；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot back up the database to %1 before upgrading it; nothing was changed.</source>
        <translation>升级前无法将数据库备份到 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>backing up to %1</source>
        <translation>备份到 %1</translation>
    </message>
    <message>
        <source>%1 has changes not yet written into it (%2-wal) and cannot be shown read-only: open it once where it can be written, or copy it with its -wal file to such a folder.</source>
        <translation>%1 还有尚未写入文件的修改（%2-wal），无法以只读方式显示：请在可写的位置打开一次，或把它连同 -wal 文件复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql.</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动（QPSQL）；请安装 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>reading your role on the server</source>
        <translation>读取您在服务器上的角色</translation>
    </message>
    <message>
        <source>%1 has no role in the server database %2. The county&apos;s administrator gives one with `communitycheck-cli server user add %1 --role …`.</source>
        <translation>%1 在服务器数据库 %2 中没有角色。县管理员可用 `communitycheck-cli server user add %1 --role …` 授予。</translation>
    </message>
    <message>
        <source>The server database %1 holds other tables: it is not a CommunityCheck database. Nothing was changed.</source>
        <translation>服务器数据库 %1 中有其他表：它不是社区体检数据库。未做任何修改。</translation>
    </message>
    <message>
        <source>The server database %1 is empty. Create its schema first with `communitycheck-cli --db %1 server init`.</source>
        <translation>服务器数据库 %1 是空的。请先用 `communitycheck-cli --db %1 server init` 建立数据库结构。</translation>
    </message>
    <message>
        <source>The server database %1 was upgraded by a newer version of CommunityCheck (schema %2; this version knows up to %3). Install the newer version on this computer to use it.</source>
        <translation>服务器数据库 %1 已被更新版本的社区体检升级（结构版本 %2；本版本最高支持 %3）。请在本机安装新版本后使用。</translation>
    </message>
    <message>
        <source>The server database %1 was made by an older version of CommunityCheck (schema %2; this version uses %3). Upgrade it first with `communitycheck-cli --db %1 upgrade` after a pg_dump backup (docs/server.md); nothing was changed.</source>
        <translation>服务器数据库 %1 由旧版本的社区体检建立（结构版本 %2；本版本使用 %3）。请先用 pg_dump 备份（见 docs/server.md），再用 `communitycheck-cli --db %1 upgrade` 升级；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2).</source>
        <translation>无法将 %1 作为数据库读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a CommunityCheck database.</source>
        <translation>%1 不是社区体检数据库。</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <source>%1 failed its integrity check.</source>
        <translation>%1 未通过完整性检查。</translation>
    </message>
    <message>
        <source>backing up to %1</source>
        <translation>备份到 %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>SQLite 驱动未提供其句柄。</translation>
    </message>
    <message>
        <source>Cannot restore over %1: %2</source>
        <translation>无法恢复到 %1：%2</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>备份不能覆盖其所复制的数据库。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 未通过完整性检查：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point at records that do not exist.</source>
        <translation>
            <numerusform>%n 行指向不存在的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored photo %1 does not match its checksum.</source>
        <translation>存储的照片 %1 与其校验和不符。</translation>
    </message>
    <message>
        <source>The photo %1 has no stored bytes.</source>
        <translation>照片 %1 没有存储的内容。</translation>
    </message>
    <message numerus="yes">
        <source>The photo file %1 is missing: %n photo(s) cannot be shown.</source>
        <translation>
            <numerusform>照片文件 %1 缺失：%n 张照片无法显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>数据库不能从自身恢复。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CommunityCheck; nothing was restored.</source>
        <translation>备份 %1 由较新版本的社区体检创建；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; nothing was restored.</source>
        <translation>备份 %1 已损坏；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup&apos;s photo file %1 is damaged; nothing was restored.</source>
        <translation>备份的照片文件 %1 已损坏；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>恢复前的数据库留存为 %1。</translation>
    </message>
</context>
<context>
    <name>DatabaseCareActions</name>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message numerus="yes">
        <source>%1 is sound: its integrity check passed, every record&apos;s links hold and all %n photo(s) match their checksums.</source>
        <translation>
            <numerusform>%1 完好：通过完整性检查，记录间关联完整，全部 %n 张照片与校验和一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation>%1 有问题：</translation>
    </message>
    <message>
        <source>Restore a backup (File → Restore from backup) or keep working and send the file to your IT staff; nothing was changed.</source>
        <translation>可恢复备份（文件 → 从备份恢复），或继续工作并把文件交给信息技术人员；未做任何更改。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>CommunityCheck databases (*.sqlite)</source>
        <translation>社区体检数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>CommunityCheck databases (*.sqlite);;All files (*)</source>
        <translation>社区体检数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2, taken %3?

Everything entered since then is lost: every change between %3 and the database&apos;s last change, %4. The current files are kept aside first (%5.before-restore-…), so this can be undone by restoring them.</source>
        <translation>用备份 %2（%3 备份）替换 %1 吗？

此后录入的全部内容都将丢失：从 %3 到数据库最后一次修改（%4）之间的所有更改。当前文件会先另行留存（%5.before-restore-…），恢复它们即可撤销本次操作。</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>Backup folder (now %1)</source>
        <translation>备份文件夹（当前：%1）</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>已自动备份到 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Upgrade database</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>%1 was made by an older version of CommunityCheck. Upgrade it now? A complete backup is made first; once upgraded, older versions cannot open it.</source>
        <translation>%1 由旧版本社区体检创建。现在升级吗？升级前会先完整备份；升级后旧版本将无法打开它。</translation>
    </message>
    <message>
        <source>Upgraded. The database as it was is kept as %1.</source>
        <translation>已升级。升级前的数据库留存为 %1。</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>只读数据库</translation>
    </message>
    <message>
        <source>Open it read-only, to look at it, print reports and copy data out? Nothing can be changed in it.</source>
        <translation>以只读方式打开，用于查看、打印报告和导出数据吗？其中的内容不能修改。</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>CommunityCheck databases (*.sqlite)</source>
        <translation>社区体检数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>That file holds the photos of %1: opening it.</source>
        <translation>该文件是 %1 的照片文件，已改为打开 %1。</translation>
    </message>
    <message>
        <source>The county server&apos;s database %1 was made by an older version of CommunityCheck. Upgrade it now? Take a pg_dump backup first (docs/server.md); once upgraded, every computer that uses it needs this version.</source>
        <translation>县级服务器的数据库 %1 由旧版本的社区体检建立。现在升级吗？请先用 pg_dump 备份（见 docs/server.md）；升级后，所有使用它的电脑都需要本版本。</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>Resident demand</source>
        <translation>居民需求</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Demand</source>
        <translation>需求(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Task code</source>
        <translation>任务编码(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>日期(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;upporters</source>
        <translation>支持人数(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>相关指标(&amp;I)</translation>
    </message>
    <message>
        <source>Consultation meeting</source>
        <translation>协商议事会</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>e.g. C7</source>
        <translation>例如 C7</translation>
    </message>
    <message>
        <source>indicator codes it speaks to, e.g. C7-04; C7-05</source>
        <translation>相关指标编码，例如 C7-04; C7-05</translation>
    </message>
    <message>
        <source>Add the community to the register first.</source>
        <translation>请先将社区添加到社区名录。</translation>
    </message>
    <message>
        <source>Write down what the residents ask for.</source>
        <translation>请填写居民提出的需求。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Give at least one community and between 1 and 20 rounds.</source>
        <translation>请至少指定 1 个社区，轮次须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>The database already holds synthetic communities (%1); generate into a new database.</source>
        <translation>数据库中已有合成社区（%1），请生成到新的数据库。</translation>
    </message>
    <message>
        <source>synthetic province</source>
        <translation>合成省份数据</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>CommunityCheck</source>
        <translation>社区体检</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>&quot;%1&quot; is not a round: it begins with a year, e.g. &quot;2025 体检&quot;.</source>
        <translation>“%1”不是轮次：轮次以年份开头，如“2025 体检”。</translation>
    </message>
    <message>
        <source>No check of the round &quot;%1&quot; is stored.</source>
        <translation>没有“%1”轮次的体检。</translation>
    </message>
    <message>
        <source>No check of the round &quot;%1&quot; in %2 is stored.</source>
        <translation>%2 没有“%1”轮次的体检。</translation>
    </message>
    <message>
        <source>No check chosen: a bundle holds at least one.</source>
        <translation>未选择体检：数据包至少包含一次体检。</translation>
    </message>
    <message>
        <source>The community of the check %1 is missing.</source>
        <translation>体检 %1 的社区缺失。</translation>
    </message>
    <message>
        <source>The set %1 %2 of the check %3 is missing.</source>
        <translation>体检 %3 的指标集 %1 %2 缺失。</translation>
    </message>
    <message>
        <source>%1: the set %2 %3 does not match its checksum; the bundle was changed or damaged.</source>
        <translation>%1：指标集 %2 %3 与其校验值不符；数据包被改动或损坏。</translation>
    </message>
    <message>
        <source>Bundles are exchanged between database files only, not yet with a county server. Move a laptop&apos;s whole file onto the server with `communitycheck-cli server import` (docs/server.md).</source>
        <translation>数据包目前只能在数据库文件之间交换，尚不支持县级服务器。可用 `communitycheck-cli server import` 将笔记本上的整个文件迁入服务器（见 docs/server.md）。</translation>
    </message>
</context>
<context>
    <name>GenerateProjectsCommand</name>
    <message>
        <source>Generate projects</source>
        <translation>生成项目</translation>
    </message>
</context>
<context>
    <name>HeaderMap</name>
    <message>
        <source>%1: the file has no rows.</source>
        <translation>%1：文件中没有任何行。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a column of the %3 (columns: %4).</source>
        <translation>%1：“%2”不是%3的列（可用列：%4）。</translation>
    </message>
    <message>
        <source>%1 and %2 name the same thing (&quot;%3&quot;).</source>
        <translation>%1 与 %2 指的是同一列（“%3”）。</translation>
    </message>
    <message>
        <source>%1: the header must name the columns %2.</source>
        <translation>%1：表头必须包含以下列：%2。</translation>
    </message>
    <message>
        <source>%1: the cell is an error (%2), not a value</source>
        <translation>%1：该单元格是错误值（%2），不是数值</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet has no rows.</source>
        <translation>%1，工作表 %2：工作表没有任何行。</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Failed indicators</source>
        <translation>不达标指标</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不达标</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Failed in %1 of the %2 checks that answered it</source>
        <translation>在填报该指标的 %2 次体检中有 %1 次不达标</translation>
    </message>
    <message>
        <source>%1 — %2: %3%4</source>
        <translation>%1 — %2：%3%4</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>
Double-click or Enter opens the answer.</source>
        <translation>
双击或按 Enter 打开该项填报。</translation>
    </message>
    <message>
        <source>%1 — %2: failed in %3 of %4 checks, N/A in %5</source>
        <translation>%1 — %2：%4 次体检中 %3 次不达标，%5 次不适用</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不达标</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>撤销：%1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Y)</source>
        <translation>重做：%1（Ctrl+Y）</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
    <message>
        <source>The database keeps the change as it is, and the step has left the undo history.</source>
        <translation>数据库保留这项修改不变，这一步已从撤销记录中移除。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>IndicatorSetJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须为字符串，而不是%1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>必须为数字，而不是%1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须为有限数值</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须为 true 或 false，而不是%1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>必须为字符串数组，而不是%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a text object {&quot;zh&quot;: …, &quot;en&quot;: …}, not %1</source>
        <translation>必须为文本对象 {&quot;zh&quot;: …, &quot;en&quot;: …}，而不是%1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>必须为数组，而不是%1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须为对象，而不是%1</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>不能为负数（实际为 %1）</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>首尾不能有空格</translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot; (already used at %2)</source>
        <translation>编码 &quot;%1&quot; 重复（已在 %2 使用）</translation>
    </message>
    <message>
        <source>unknown project class &quot;%1&quot; (expected one of %2)</source>
        <translation>未知项目类别 &quot;%1&quot;（应为 %2 之一）</translation>
    </message>
    <message>
        <source>must be &quot;one&quot;, &quot;value&quot; or &quot;gap&quot;, not &quot;%1&quot;</source>
        <translation>必须为 &quot;one&quot;、&quot;value&quot; 或 &quot;gap&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a number indicator needs a direction (higher_better or lower_better)</source>
        <translation>数值型指标必须设置方向（higher_better 或 lower_better）</translation>
    </message>
    <message>
        <source>must be &quot;higher_better&quot; or &quot;lower_better&quot;, not %1</source>
        <translation>必须为 &quot;higher_better&quot; 或 &quot;lower_better&quot;，而不是 %1</translation>
    </message>
    <message>
        <source>a number indicator needs a target</source>
        <translation>数值型指标必须设置目标值</translation>
    </message>
    <message>
        <source>zero_at (%1) must be below the target (%2) for a higher_better indicator</source>
        <translation>higher_better 指标的 zero_at（%1）必须小于目标值（%2）</translation>
    </message>
    <message>
        <source>zero_at (%1) must be above the target (%2) for a lower_better indicator</source>
        <translation>lower_better 指标的 zero_at（%1）必须大于目标值（%2）</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>必须为 %1 之一，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be greater than 0 (found %1)</source>
        <translation>必须大于 0（实际为 %1）</translation>
    </message>
    <message>
        <source>max (%1) must not be below min (%2)</source>
        <translation>max（%1）不能小于 min（%2）</translation>
    </message>
    <message>
        <source>is required (boolean, number, rating, choice, checklist or text)</source>
        <translation>必须填写（boolean、number、rating、choice、checklist 或 text）</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (expected boolean, number, rating, choice, checklist or text)</source>
        <translation>未知类型 &quot;%1&quot;（应为 boolean、number、rating、choice、checklist 或 text）</translation>
    </message>
    <message>
        <source>must be between 0 and 100 (found %1)</source>
        <translation>必须在 0 到 100 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>scale_max (%1) must be greater than scale_min (%2)</source>
        <translation>scale_max（%1）必须大于 scale_min（%2）</translation>
    </message>
    <message>
        <source>a choice indicator needs at least one option</source>
        <translation>选择型指标至少需要一个选项</translation>
    </message>
    <message>
        <source>duplicate option code &quot;%1&quot;</source>
        <translation>选项编码 &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>a checklist indicator needs at least one item</source>
        <translation>清单型指标至少需要一个条目</translation>
    </message>
    <message>
        <source>must not contain &quot;;&quot; (it separates item codes in responses)</source>
        <translation>不能包含 &quot;;&quot;（填报结果中用它分隔条目编码）</translation>
    </message>
    <message>
        <source>duplicate item code &quot;%1&quot;</source>
        <translation>条目编码 &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>the points of a checklist&apos;s items must not add up to 0</source>
        <translation>清单各条目的分值之和不能为 0</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;optional&quot; or &quot;photo_required&quot;, not &quot;%1&quot;</source>
        <translation>必须为 &quot;none&quot;、&quot;optional&quot; 或 &quot;photo_required&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a project template code must not be empty</source>
        <translation>项目模板编码不能为空</translation>
    </message>
    <message>
        <source>must be a project template object or the code of one, not %1</source>
        <translation>必须为项目模板对象或项目模板编码，而不是%1</translation>
    </message>
    <message>
        <source>no project template has the code &quot;%1&quot;</source>
        <translation>没有编码为 &quot;%1&quot; 的项目模板</translation>
    </message>
    <message>
        <source>community type &quot;%1&quot; is not declared in community_types</source>
        <translation>社区类型 &quot;%1&quot; 未在 community_types 中声明</translation>
    </message>
    <message>
        <source>names no grade: &quot;%1&quot; is not the label of any band in grades</source>
        <translation>指定的等级不存在：grades 中没有名称为 &quot;%1&quot; 的等级</translation>
    </message>
    <message>
        <source>the set has no indicators</source>
        <translation>指标集中没有任何指标</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON 格式错误（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid set code (1 to 40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;)</source>
        <translation>&quot;%1&quot; 不是有效的指标集编码（应为 1 至 40 个字母、数字、&apos;_&apos;、&apos;.&apos; 或 &apos;-&apos;）</translation>
    </message>
    <message>
        <source>must be a non-empty string without surrounding spaces</source>
        <translation>必须为非空字符串，且首尾不能有空格</translation>
    </message>
    <message>
        <source>duplicate community type &quot;%1&quot;</source>
        <translation>社区类型 &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>……另有 %1 个问题</translation>
    </message>
    <message>
        <source>duplicate project template code &quot;%1&quot; (already defined at %2)</source>
        <translation>项目模板编码 &quot;%1&quot; 重复（已在 %2 定义）</translation>
    </message>
    <message>
        <source>must be a whole number of failed bottom-line indicators, at least 1</source>
        <translation>必须是不少于 1 的整数（未达标的底线指标个数）</translation>
    </message>
    <message>
        <source>names no severity: &quot;%1&quot; is not the label of any severity band</source>
        <translation>未指向任何严重程度：“%1”不是任何严重程度分级的名称</translation>
    </message>
    <message>
        <source>a set names bottom_line_cap or bottom_line_caps, not both (bottom_line_cap: X is bottom_line_caps: [{&quot;failures&quot;: 1, &quot;grade&quot;: X}])</source>
        <translation>指标集只能写 bottom_line_cap 或 bottom_line_caps 之一，不能同时写（bottom_line_cap: X 等同于 bottom_line_caps: [{&quot;failures&quot;: 1, &quot;grade&quot;: X}]）</translation>
    </message>
    <message>
        <source>%1 failures is named twice; each step of the cap names another number</source>
        <translation>未达标个数 %1 出现了两次；封顶的每一级须写不同的个数</translation>
    </message>
    <message>
        <source>a template is not an alternative of itself</source>
        <translation>模板不能是自身的替代方案</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a template of another problem: no indicator names both %2 and %1</source>
        <translation>“%1”是另一问题的模板：没有任何指标同时引用 %2 和 %1</translation>
    </message>
    <message>
        <source>must be a whole number of months, at least 1</source>
        <translation>须为不小于 1 的整月数</translation>
    </message>
    <message>
        <source>must be a coverage from 0 to 1, e.g. 0.8</source>
        <translation>须为 0 到 1 之间的完整度，例如 0.8</translation>
    </message>
    <message>
        <source>must be an object like {&quot;items&quot;: [&quot;H3.1&quot;, …], &quot;count&quot;: &quot;buildings&quot;}</source>
        <translation>应为对象，例如 {&quot;items&quot;: [&quot;H3.1&quot;, …], &quot;count&quot;: &quot;buildings&quot;}</translation>
    </message>
    <message>
        <source>must list at least one ledger item code</source>
        <translation>至少列出一个台账项目编码</translation>
    </message>
    <message>
        <source>must be a ledger item code, e.g. &quot;H3.1&quot;</source>
        <translation>应为台账项目编码，例如“H3.1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”列了两次</translation>
    </message>
    <message>
        <source>must be an array of {&quot;code&quot;, &quot;name&quot;, &quot;indicator&quot;} objects</source>
        <translation>应为 {&quot;code&quot;, &quot;name&quot;, &quot;indicator&quot;} 对象的数组</translation>
    </message>
    <message>
        <source>must be an object with a code and a name</source>
        <translation>应为带编码和名称的对象</translation>
    </message>
    <message>
        <source>must be 1 to 40 characters without spaces or / ; , #</source>
        <translation>应为 1 到 40 个字符，不含空格及 / ; , #</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a national item; a set adds items under codes of its own</source>
        <translation>“%1”是国家台账项目；指标集新增项目须用自己的编码</translation>
    </message>
    <message>
        <source>is required (the item as assessors read it)</source>
        <translation>为必填项（体检人员看到的项目名称）</translation>
    </message>
    <message>
        <source>must be the number of a national housing indicator, 1 to 9 (0 or none: a local item)</source>
        <translation>应为国家住房维度指标序号 1 到 9（0 或不填：地方项目）</translation>
    </message>
    <message>
        <source>no ledger item has the code &quot;%1&quot; (national H1.0 … H9.4, or the set&apos;s ledger_items)</source>
        <translation>没有编码为“%1”的台账项目（国家项目 H1.0 … H9.4，或指标集的 ledger_items）</translation>
    </message>
    <message>
        <source>must be &quot;buildings&quot; (each building once) or &quot;dwellings&quot; (the dwellings of those buildings)</source>
        <translation>应为“buildings”（按栋计，每栋只计一次）或“dwellings”（按这些楼栋的套数计）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>only a number indicator can be computed (this one is %1)</source>
        <translation>只有数值型指标可以计算得出（本指标为 %1）</translation>
    </message>
    <message>
        <source>an indicator is computed one way: source_ledger or source_remediation, not both</source>
        <translation>一项指标只能有一种计算方式：source_ledger 或 source_remediation，不能两者都有</translation>
    </message>
    <message>
        <source>must be at most 1000000 (found %1)</source>
        <translation>不得大于 1000000（实际为 %1）</translation>
    </message>
    <message>
        <source>must have at most 6 decimals (found %1)</source>
        <translation>小数不得超过 6 位（实际为 %1）</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>is required (&quot;communitycheck.indicator-set&quot;); this is not an indicator-set file</source>
        <translation>为必填项（&quot;communitycheck.indicator-set&quot;）；这不是指标集文件</translation>
    </message>
    <message>
        <source>must be &quot;communitycheck.indicator-set&quot;, not %1</source>
        <translation>必须为 &quot;communitycheck.indicator-set&quot;，而不是 %1</translation>
    </message>
    <message>
        <source>is required (1)</source>
        <translation>为必填项（1）</translation>
    </message>
    <message>
        <source>this program reads version %1, the file has %2</source>
        <translation>本程序读取版本 %1，文件为版本 %2</translation>
    </message>
</context>
<context>
    <name>IndicatorSetXlsx</name>
    <message>
        <source>%1: the workbook has no sheet &quot;%2&quot; (its sheets: %3); an indicator set needs the sheets 说明, 结构, 指标, 选项, 项目模板 and 等级.</source>
        <translation>%1：工作簿中没有工作表“%2”（现有工作表：%3）；指标集需要工作表 说明、结构、指标、选项、项目模板 和 等级。</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet is empty; it needs its header row.</source>
        <translation>%1，工作表 %2：工作表为空，需要表头行。</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>%1: the cell is an error (%2), not a value</source>
        <translation>%1：单元格是错误值（%2），不是数值</translation>
    </message>
    <message>
        <source>%1: the cell is a date (%2); write the value as a number or as text</source>
        <translation>%1：单元格是日期（%2）；请填写数字或文本</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not TRUE or FALSE (是/否)</source>
        <translation>%1：“%2”不是 TRUE 或 FALSE（是/否）</translation>
    </message>
    <message>
        <source>%1: a list that starts with &quot;[&quot; must be a JSON array of strings</source>
        <translation>%1：以“[”开头的列表必须是字符串组成的 JSON 数组</translation>
    </message>
    <message>
        <source>%1: the cell is not JSON (%2)</source>
        <translation>%1：单元格不是 JSON（%2）</translation>
    </message>
    <message>
        <source>%1: the extra fields must be a JSON object {&quot;field&quot;: value, …}</source>
        <translation>%1：其他字段必须是 JSON 对象 {&quot;field&quot;: value, …}</translation>
    </message>
    <message>
        <source>%1: the field %2 is also in its own column; give it in one place only</source>
        <translation>%1：字段 %2 也在它自己的列中；只能在一处填写</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of row here (%3)</source>
        <translation>%1：“%2”不是此处的行类型（%3）</translation>
    </message>
    <message>
        <source>%1: a row of the kind %2 leaves this column empty</source>
        <translation>%1：类型为 %2 的行此列应为空</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1，工作表 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: the field %2 is also on %3</source>
        <translation>%1：字段 %2 也出现在 %3</translation>
    </message>
    <message>
        <source>%1: the field %2 is also in its own row; give it in one place only</source>
        <translation>%1：字段 %2 也在它自己的行中；只能在一处填写</translation>
    </message>
    <message>
        <source>%1: the field %2 is also in the extra fields; give it in one place only</source>
        <translation>%1：字段 %2 也在其他字段中；只能在一处填写</translation>
    </message>
    <message>
        <source>%1: the code &quot;%2&quot; is also on %3</source>
        <translation>%1：编码“%2”也出现在 %3</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>……另有 %1 个问题</translation>
    </message>
    <message>
        <source>%1: no group on the sheet 结构 has the code &quot;%2&quot;</source>
        <translation>%1：工作表 结构 中没有编码为“%2”的分组</translation>
    </message>
    <message>
        <source>%1: the group %2 would lie inside itself (its parents lead back to it)</source>
        <translation>%1：分组 %2 会包含它自身（其上级又指回它）</translation>
    </message>
    <message>
        <source>%1: no indicator on the sheet 指标 has the code &quot;%2&quot;</source>
        <translation>%1：工作表 指标 中没有编码为“%2”的指标</translation>
    </message>
    <message>
        <source>%1: the indicator %2 is of the type &quot;%3&quot;; only a choice indicator has options and only a checklist has items</source>
        <translation>%1：指标 %2 的类型为“%3”；只有单选指标有选项，只有清单指标有清单项</translation>
    </message>
    <message>
        <source>%1: a shared template belongs to no indicator (an indicator names it on a reference row)</source>
        <translation>%1：共享模板不属于任何指标（指标应在引用行中写明它）</translation>
    </message>
    <message>
        <source>a text of %1 characters is longer than a spreadsheet cell holds (%2)</source>
        <translation>%1 个字符的文本超出了单元格的容量（%2）</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>InputTable</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1，工作表 %2，第 %3 行</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Building ledger</source>
        <translation>楼栋台账</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>重做(&amp;O)</translation>
    </message>
    <message>
        <source>Building ledger — %1 %2 %3</source>
        <translation>楼栋台账 — %1 %2 %3</translation>
    </message>
    <message>
        <source>The community has no buildings in its register yet: add them under Check → Buildings of the community.</source>
        <translation>该社区的楼栋名录中还没有楼栋：请先在“体检 → 社区楼栋”中添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s), </source>
        <translation>
            <numerusform>%n 栋楼，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>发现问题 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>; this check is read-only</source>
        <translation>；本次体检为只读</translation>
    </message>
    <message>
        <source>%1 · %2 %3 (national indicator %4)</source>
        <translation>%1 · %2 %3（国家基础指标 %4）</translation>
    </message>
    <message>
        <source>One row per building, one column per item of the national method. On a cell: 1, 2, 3 record the problem as found, 一般, 较严重 or 严重; Space as found; 0 or N as checked and not found; Delete clears it; Enter moves on; F2 writes a note, P adds photos of the building&apos;s problem. Every key is saved at once (Ctrl+Z undoes it).</source>
        <translation>每行一栋楼，每列一个国家台账项目。在格子上按 1、2、3 记为“存在”，问题程度分别为一般、较严重、严重；空格记为“存在”；0 或 N 记为“已查、不存在”；Delete 清除；Enter 移到下一项；F2 填写备注，P 为该楼栋的这项问题添加照片。每次按键立即保存（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the item first (1, 2, 3, Space or 0), then its note.</source>
        <translation>请先记录该项（1、2、3、空格或 0），再填写备注。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on %1 %2:</source>
        <translation>%1 %2 的备注：</translation>
    </message>
    <message>
        <source>Photos of %1 %2</source>
        <translation>%1 %2 的照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>已添加 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>The photos were not added.</source>
        <translation>照片未能添加。</translation>
    </message>
    <message>
        <source>Record the item first (1, 2, 3, Space or 0), then its photos.</source>
        <translation>请先记录该项（1、2、3、空格或 0），再添加照片。</translation>
    </message>
</context>
<context>
    <name>LedgerGridModel</name>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>fairly serious</source>
        <translation>较严重</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerTable</name>
    <message>
        <source>building ledger</source>
        <translation>楼栋台账</translation>
    </message>
    <message>
        <source>%1: the estate is empty</source>
        <translation>%1：小区为空</translation>
    </message>
    <message>
        <source>%1: the building number or name is empty</source>
        <translation>%1：楼栋编号或名称为空</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an item of the building ledger (H1.0 … H9.4, or the set&apos;s own)</source>
        <translation>%1：“%2”不是楼栋台账的项目（H1.0 … H9.4，或指标集自定义的项目）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (是/否)</source>
        <translation>%1：“%2”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a degree of the manual (严重, 较严重, 一般)</source>
        <translation>%1：“%2”不是手册规定的问题程度（严重、较严重、一般）</translation>
    </message>
    <message>
        <source>%1: a degree is given for a problem marked absent</source>
        <translation>%1：标为不存在的问题填写了问题程度</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 is also on %5</source>
        <translation>%1：%2 %3 %4 在 %5 也出现了</translation>
    </message>
    <message>
        <source>%1: the file has no entries, only a header.</source>
        <translation>%1：文件只有表头，没有记录。</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <source>Add demand</source>
        <translation>添加需求</translation>
    </message>
    <message>
        <source>Remove demand</source>
        <translation>删除需求</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>添加资源</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>删除资源</translation>
    </message>
    <message>
        <source>Import survey tallies</source>
        <translation>导入问卷统计</translation>
    </message>
    <message>
        <source>Import demands</source>
        <translation>导入需求</translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation>导入资源</translation>
    </message>
</context>
<context>
    <name>ListTables</name>
    <message>
        <source>the cell is empty</source>
        <translation>单元格为空</translation>
    </message>
    <message>
        <source>survey tally table</source>
        <translation>调查统计表</translation>
    </message>
    <message>
        <source>%1: the file has no survey items, only a header.</source>
        <translation>%1：文件只有表头，没有调查项目。</translation>
    </message>
    <message>
        <source>a mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>a number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>demand table</source>
        <translation>需求表</translation>
    </message>
    <message>
        <source>%1: the file has no demands, only a header.</source>
        <translation>%1：文件只有表头，没有需求。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source (meeting, survey, hotline, grid; 居民议事, 问卷调查, 热线, 网格员)</source>
        <translation>“%1”不是需求来源（meeting、survey、hotline、grid；居民议事、问卷调查、热线、网格员）</translation>
    </message>
    <message>
        <source>a number of supporters</source>
        <translation>支持人数</translation>
    </message>
    <message>
        <source>resource table</source>
        <translation>资源表</translation>
    </message>
    <message>
        <source>%1: the file has no resources, only a header.</source>
        <translation>%1：文件只有表头，没有资源。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of resource (room, land, fund, operator; 闲置用房, 闲置场地, 资金, 运营主体)</source>
        <translation>“%1”不是资源类型（room、land、fund、operator；闲置用房、闲置场地、资金、运营主体）</translation>
    </message>
    <message>
        <source>the resource names neither a community nor a county</source>
        <translation>该资源既未填写社区，也未填写区县</translation>
    </message>
    <message>
        <source>an area in m²</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>an amount in 万元</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>price table</source>
        <translation>单价表</translation>
    </message>
    <message>
        <source>%1: the file has no prices, only a header.</source>
        <translation>%1：文件只有表头，没有单价。</translation>
    </message>
    <message>
        <source>a unit cost in 万元</source>
        <translation>单价（万元）</translation>
    </message>
    <message>
        <source>no community in the register has the code %1</source>
        <translation>社区名录中没有编码为 %1 的社区</translation>
    </message>
    <message>
        <source>the template %1 is priced for %2 on %3 too</source>
        <translation>项目模板 %1 在%2的单价已在 %3 给出</translation>
    </message>
    <message>
        <source>every county</source>
        <translation>所有区县</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>Residents&apos; demands (需求清单)</source>
        <translation>需求清单</translation>
    </message>
    <message>
        <source>Import survey &amp;tallies…</source>
        <translation>导入问卷统计(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Resources (资源清单)</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <source>Add &amp;resource…</source>
        <translation>添加资源(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>consultation meeting</source>
        <translation>协商议事会</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>idle room</source>
        <translation>闲置用房</translation>
    </message>
    <message>
        <source>idle land</source>
        <translation>闲置用地</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>运营主体</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>支持人数</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>相关指标</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Survey item</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受访人数</translation>
    </message>
    <message>
        <source>(county-wide)</source>
        <translation>（全县共用）</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Owner / department</source>
        <translation>权属/来源单位</translation>
    </message>
    <message>
        <source>Survey tallies</source>
        <translation>问卷统计</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>The lists could not be read; what is shown may be out of date.</source>
        <translation>无法读取清单，当前显示的内容可能不是最新的。</translation>
    </message>
    <message>
        <source>The register has no community yet: add one on the Communities tab first.</source>
        <translation>社区名录中还没有社区：请先在“社区”页添加。</translation>
    </message>
    <message>
        <source>Add dema&amp;nd…</source>
        <translation>添加需求(&amp;N)…</translation>
    </message>
    <message>
        <source>Every row of %1 is already stored; nothing was added.</source>
        <translation>%1 的每一行都已存在，未添加任何内容。</translation>
    </message>
    <message>
        <source>Survey tallies (columns item, mean, respondents)</source>
        <translation>调查统计（列：item、mean、respondents）</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import demands…</source>
        <translation>导入需求…</translation>
    </message>
    <message>
        <source>Import resources…</source>
        <translation>导入资源…</translation>
    </message>
</context>
<context>
    <name>ListsService</name>
    <message>
        <source>%1 is linked to a project; unlink it first.</source>
        <translation>%1 已与项目关联，请先解除关联。</translation>
    </message>
    <message>
        <source>A demand needs its text.</source>
        <translation>需求须填写内容。</translation>
    </message>
    <message>
        <source>The support count cannot be negative (%1).</source>
        <translation>支持人数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>No demand has the ID %1.</source>
        <translation>没有 ID 为 %1 的需求。</translation>
    </message>
    <message>
        <source>The demand &quot;%1&quot;</source>
        <translation>需求“%1”</translation>
    </message>
    <message>
        <source>A resource belongs to a community or, county-wide, to a county.</source>
        <translation>资源须属于某个社区，或作为全县共用资源属于某个县区。</translation>
    </message>
    <message>
        <source>A resource needs a name.</source>
        <translation>资源须填写名称。</translation>
    </message>
    <message>
        <source>Areas and amounts cannot be negative.</source>
        <translation>面积和金额不能为负数。</translation>
    </message>
    <message>
        <source>No resource has the ID %1.</source>
        <translation>没有 ID 为 %1 的资源。</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot;</source>
        <translation>资源“%1”</translation>
    </message>
    <message>
        <source>A price needs the project template&apos;s code.</source>
        <translation>单价须对应项目模板编码。</translation>
    </message>
    <message>
        <source>A unit cost cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The demand &quot;%1&quot; is linked to a project; unlink it first.</source>
        <translation>需求“%1”已关联项目，请先取消关联。</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; is linked to a project; unlink it first.</source>
        <translation>资源“%1”已关联项目，请先取消关联。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CommunityCheck</source>
        <translation>社区体检</translation>
    </message>
    <message>
        <source>Search by code, name, street or county</source>
        <translation>按编码、名称、街道或县区搜索</translation>
    </message>
    <message>
        <source>&amp;Pilots only</source>
        <translation>仅显示试点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Indicator sets</source>
        <translation>指标集(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import indicator set…</source>
        <translation>导入指标集(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export indicator set…</source>
        <translation>导出指标集(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Assessor &amp;name…</source>
        <translation>体检员姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;About CommunityCheck</source>
        <translation>关于社区体检(&amp;A)</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n communities shown</source>
        <translation>
            <numerusform>共 %n 个社区，显示 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Import indicator set</source>
        <translation>导入指标集</translation>
    </message>
    <message>
        <source>Imported %1 %2</source>
        <translation>已导入 %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 was already stored with the same content; nothing changed.</source>
        <translation>%1 %2 已存储且内容相同，未作任何更改。</translation>
    </message>
    <message>
        <source>Select an indicator set to export first.</source>
        <translation>请先选择要导出的指标集。</translation>
    </message>
    <message>
        <source>Export indicator set</source>
        <translation>导出指标集</translation>
    </message>
    <message>
        <source>Written %1 %2 to %3</source>
        <translation>已将 %1 %2 写入 %3</translation>
    </message>
    <message>
        <source>Assessor name</source>
        <translation>体检员姓名</translation>
    </message>
    <message>
        <source>Your name, as it appears in the audit trail and on reports:</source>
        <translation>您的姓名（将显示在操作记录和报告中）：</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>目标值：不低于 %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>目标值：不高于 %1</translation>
    </message>
    <message>
        <source>Bottom-line indicator: any shortfall is a failure</source>
        <translation>底线指标：未达标即为不合格</translation>
    </message>
    <message>
        <source>National basic indicator: %1</source>
        <translation>国家基础指标：%1</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>填报说明</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>New community…</source>
        <translation>新建社区…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>体检(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;community…</source>
        <translation>新建社区(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit community…</source>
        <translation>编辑社区(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New check…</source>
        <translation>新建体检(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open check</source>
        <translation>打开体检(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Added %1 %2</source>
        <translation>已添加 %1 %2</translation>
    </message>
    <message>
        <source>Select a community first.</source>
        <translation>请先选择社区。</translation>
    </message>
    <message>
        <source>Select a check first.</source>
        <translation>请先选择体检。</translation>
    </message>
    <message>
        <source>&amp;Photo size…</source>
        <translation>照片尺寸(&amp;P)…</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>照片尺寸</translation>
    </message>
    <message>
        <source>Photos are stored downscaled so that their longest edge is at most this many pixels (the original file is not kept):</source>
        <translation>照片按此最长边（像素）缩小后保存（不保留原始文件）：</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview, print or export the scored report of the selected check</source>
        <translation>预览、打印或导出所选体检的评分报告</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Report settings…</source>
        <translation>报告设置(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Generate projects</source>
        <translation>生成项目(&amp;G)</translation>
    </message>
    <message>
        <source>Project candidates from the failed indicators of the selected check and its community&apos;s demands</source>
        <translation>由所选体检的不达标指标和社区居民需求生成候选项目</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>%1 new project candidates, %2 already there, %3 of earlier checks marked obsolete.</source>
        <translation>新增候选项目 %1 个，已有 %2 个，%3 个因体检已更新而标为过时。</translation>
    </message>
    <message>
        <source>Demands and resources</source>
        <translation>需求与资源</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Co&amp;mmunities</source>
        <translation>社区(&amp;M)</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>体检(&amp;K)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>导出数据包(&amp;B)…</translation>
    </message>
    <message>
        <source>The checks selected in the Checks tab (or all it shows), with their communities, sets, answers, photos and audit trail, for the county office or the field</source>
        <translation>“体检”页中选中的体检（未选则为列表显示的全部），连同社区、指标集、填报、照片和操作记录，交给县区或外业</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>导入数据包(&amp;U)…</translation>
    </message>
    <message>
        <source>Checks from a field laptop or the county office: see what changes, decide the conflicts, then import</source>
        <translation>来自外业笔记本或县区的体检：先看将改动什么、决定冲突，再导入</translation>
    </message>
    <message>
        <source>Bundle written.</source>
        <translation>数据包已写出。</translation>
    </message>
    <message>
        <source>Bundle imported: %1 new checks, %2 answers or states taken.</source>
        <translation>数据包已导入：新体检 %1 次，采用的填报或状态 %2 项。</translation>
    </message>
    <message>
        <source>Buildings…</source>
        <translation>楼栋…</translation>
    </message>
    <message>
        <source>&amp;Buildings of the community…</source>
        <translation>社区楼栋(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>The community&apos;s estates and buildings</source>
        <translation>社区的小区和楼栋</translation>
    </message>
    <message>
        <source>Export na&amp;tional tables…</source>
        <translation>导出国家报表(&amp;T)…</translation>
    </message>
    <message>
        <source>A county&apos;s round as the national manual asks: the survey table, the problem and remediation lists and the building ledger (XLSX, CSV and PDF)</source>
        <translation>按国家体检工作手册的格式导出县（市、区）某一轮的报表：指标调查表、问题清单、整治建议清单和楼栋台账（XLSX、CSV 和 PDF）</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>检查数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>The full checks of the open database: integrity, links between records, photo checksums</source>
        <translation>对当前数据库的完整检查：完整性、记录间关联、照片校验和</translation>
    </message>
    <message>
        <source>Bac&amp;k up now…</source>
        <translation>立即备份(&amp;K)…</translation>
    </message>
    <message>
        <source>A consistent copy of the database and its photos, also while it is in use</source>
        <translation>数据库及其照片的一致副本，使用中也可备份</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the open database with a backup, after checking it; the current files are kept aside</source>
        <translation>检查备份后用其替换当前数据库；当前文件另行留存</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>备份文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Where the automatic daily backups go (the last 7 days and one a month are kept)</source>
        <translation>每日自动备份的存放位置（保留最近 7 天及每月一份）</translation>
    </message>
    <message>
        <source>Restored from the backup; every view shows the restored database.</source>
        <translation>已从备份恢复；各视图均显示恢复后的数据库。</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>The backup was restored, but the database could not be opened again; CommunityCheck closes. Open it again to go on.</source>
        <translation>备份已恢复，但数据库无法重新打开；社区体检将关闭。请重新打开后继续。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Indicator sets (*.json *.xlsx);;All files (*)</source>
        <translation>指标集 (*.json *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Indicator sets (*.json);;Workbooks for WPS or Excel (*.xlsx)</source>
        <translation>指标集 (*.json);;WPS 或 Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Import communities…</source>
        <translation>导入社区(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update communities from the register kept in Excel or WPS (XLSX or CSV: code, name, type, …)</source>
        <translation>从 Excel 或 WPS 中的社区名录新增或更新社区（XLSX 或 CSV：社区编码、社区名称、类型……）</translation>
    </message>
    <message>
        <source>Edit as a new version…</source>
        <translation>另存为新版本编辑…</translation>
    </message>
    <message>
        <source>Open the selected set in the set editor; saving stores a new version and never changes this one</source>
        <translation>在指标集编辑器中打开选中的指标集；保存时存为新版本，原版本不变</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>比较版本…</translation>
    </message>
    <message>
        <source>What changed between two stored versions of the selected set, and which checks would get another grade</source>
        <translation>选中指标集两个已存版本之间的变化，以及哪些体检的等级会因此改变</translation>
    </message>
    <message>
        <source>&amp;Print blank checklist…</source>
        <translation>打印空白检查表(&amp;P)…</translation>
    </message>
    <message>
        <source>The paper checklist of the selected check as a PDF: every indicator in entry order with tick boxes, the building-ledger grid, notes and signatures</source>
        <translation>所选体检的纸质检查表（PDF）：按录入顺序列出每项指标及勾选框、楼栋台账表、备注和签字</translation>
    </message>
    <message>
        <source>Connect to ser&amp;ver…</source>
        <translation>连接服务器(&amp;V)…</translation>
    </message>
    <message>
        <source>Work on the county office&apos;s shared database (PostgreSQL) instead of a file on this computer</source>
        <translation>使用县里共享的数据库（PostgreSQL），而不是本机上的文件</translation>
    </message>
    <message>
        <source>A check was kept open.</source>
        <translation>有一个体检窗口保持打开。</translation>
    </message>
</context>
<context>
    <name>NationalExport</name>
    <message>
        <source>Name the county: the national tables are a county&apos;s.</source>
        <translation>请指定县（市、区）：国家报表按县（市、区）汇总。</translation>
    </message>
    <message>
        <source>No submitted or approved check of round %1 in county %2.</source>
        <translation>%2 在 %1 没有已提交或已审核的体检。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>NationalExportDialog</name>
    <message>
        <source>Export national tables</source>
        <translation>导出国家报表</translation>
    </message>
    <message>
        <source>The national reporting tables of a county&apos;s round, from its submitted and approved checks: the survey table (XLSX and CSV), the problem list and the remediation list (XLSX and PDF), and the building ledger (XLSX), with the headers of the national manual.</source>
        <translation>按国家体检工作手册的表头，导出县（市、区）某一轮已提交和已审核体检的报表：指标调查表（XLSX 和 CSV）、问题清单和整治建议清单（XLSX 和 PDF）、楼栋台账（XLSX）。</translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation>县（市、区）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>轮次(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>There is nothing to export yet: the register has no county or no check.</source>
        <translation>暂无可导出的内容：社区名录中没有县（市、区），或还没有体检。</translation>
    </message>
    <message>
        <source>Folder for the national tables</source>
        <translation>国家报表的文件夹</translation>
    </message>
    <message>
        <source>%1_%2_national tables</source>
        <translation>%1_%2_国家报表</translation>
    </message>
    <message>
        <source>Choose a round and a folder.</source>
        <translation>请选择轮次和文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n communities written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3.</source>
        <translation>
            <numerusform>已将 %n 个社区的报表写入 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n checks of the round are not submitted yet and are not in the tables.</source>
        <translation>
            <numerusform>该轮有 %n 次体检尚未提交，未列入报表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NationalPdf</name>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>新建体检</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <source>Indicator &amp;set</source>
        <translation>指标集(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Round label</source>
        <translation>轮次名称(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Assessors</source>
        <translation>体检员(&amp;A)</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>多个姓名用逗号分隔</translation>
    </message>
    <message>
        <source>Start from the &amp;previous round&apos;s values (marked as carried over until confirmed)</source>
        <translation>以上一轮的值为起点（确认前标记为沿用）(&amp;P)</translation>
    </message>
    <message>
        <source>This community has no check of an earlier year.</source>
        <translation>该社区没有往年的体检。</translation>
    </message>
    <message>
        <source>Earlier round: %1</source>
        <translation>上一轮：%1</translation>
    </message>
    <message>
        <source>Choose a community from the register.</source>
        <translation>请从社区名录中选择社区。</translation>
    </message>
    <message>
        <source>Import an indicator set first.</source>
        <translation>请先导入指标集。</translation>
    </message>
    <message>
        <source>Check &amp;date</source>
        <translation>体检日期(&amp;D)</translation>
    </message>
    <message>
        <source>The day of the site visit: the deadlines of 限时解决 problems count from it</source>
        <translation>现场检查的日期：限时解决问题的完成时限由此起算</translation>
    </message>
</context>
<context>
    <name>PhotoCommands</name>
    <message>
        <source>Delete photo %1</source>
        <translation>删除照片 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s) to %1</source>
        <translation>
            <numerusform>为 %1 添加 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption of photo %1</source>
        <translation>照片 %1 的说明</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>说明(&amp;C)</translation>
    </message>
    <message>
        <source>Photo — %1 — %2</source>
        <translation>照片 — %1 — %2</translation>
    </message>
    <message>
        <source>File: %1 (%2 KB)</source>
        <translation>文件：%1（%2 KB）</translation>
    </message>
    <message>
        <source>Stored: %1 × %2 px</source>
        <translation>保存尺寸：%1 × %2 像素</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>拍摄时间：%1</translation>
    </message>
    <message>
        <source>Taken: unknown (no EXIF time)</source>
        <translation>拍摄时间：未知（无 EXIF 时间）</translation>
    </message>
    <message>
        <source>Position: %1, %2</source>
        <translation>位置：%1，%2</translation>
    </message>
    <message>
        <source>, %1 m</source>
        <translation>，海拔 %1 米</translation>
    </message>
    <message>
        <source>Position: unknown (no EXIF GPS)</source>
        <translation>位置：未知（无 EXIF GPS）</translation>
    </message>
    <message>
        <source>SHA-256 of the original: %1</source>
        <translation>原始文件 SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>%1: the EXIF data is damaged (%2); the photo is kept without capture time and position.</source>
        <translation>%1：EXIF 数据已损坏（%2）；照片已保存，但没有拍摄时间和位置。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos up to %3 MB are accepted.</source>
        <translation>%1 大小为 %2 MB；照片不能超过 %3 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read (JPEG, PNG, BMP, GIF).</source>
        <translation>%1 不是本程序能读取的图片（JPEG、PNG、BMP、GIF）。</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>%1 无法解码：%2</translation>
    </message>
    <message>
        <source>%1 could not be re-encoded as JPEG.</source>
        <translation>%1 无法重新编码为 JPEG。</translation>
    </message>
</context>
<context>
    <name>PhotoService</name>
    <message>
        <source>The assessment %1 is marked &quot;%2&quot;; its photos cannot be changed.</source>
        <translation>体检记录 %1 的状态为“%2”，不能修改其照片。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos up to %3 MB are accepted.</source>
        <translation>%1 大小为 %2 MB；照片不能超过 %3 MB。</translation>
    </message>
    <message>
        <source>%1: the photo has no image data.</source>
        <translation>%1：照片没有图像数据。</translation>
    </message>
    <message>
        <source>%1: no indicator with this code in the set.</source>
        <translation>%1：指标集中没有此编码的指标。</translation>
    </message>
    <message>
        <source>photo %1 added</source>
        <translation>添加照片 %1</translation>
    </message>
    <message>
        <source>No photo has the ID %1.</source>
        <translation>没有 ID 为 %1 的照片。</translation>
    </message>
    <message>
        <source>The image of %1 is missing from the photo file %2.</source>
        <translation>照片文件 %2 中缺少 %1 的图像。</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>photo %1 restored</source>
        <translation>恢复照片 %1</translation>
    </message>
    <message>
        <source>%1: the building is not in the register of the check&apos;s community.</source>
        <translation>%1：该楼栋不在本次体检所属社区的楼栋名录中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the building ledger.</source>
        <translation>“%1”不是楼栋台账的项目。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos (%1) — required when the indicator fails</source>
        <translation>照片（%1）— 指标不达标时必须附照片</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>照片（%1）</translation>
    </message>
    <message>
        <source>This check is read-only.</source>
        <translation>此体检为只读。</translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation>正在读取照片…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>%n 个文件未能添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added to %1.</source>
        <translation>
            <numerusform>已为 %1 添加 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos to %1</source>
        <translation>为 %1 添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Photo deleted (Ctrl+Z to undo).</source>
        <translation>照片已删除（Ctrl+Z 撤销）。</translation>
    </message>
</context>
<context>
    <name>PlanDocuments</name>
    <message>
        <source>%1 %2 annual implementation plan for community renewal</source>
        <translation>%1%2年度社区更新实施计划</translation>
    </message>
    <message>
        <source>Budget %1 万元; planned this year %2 万元 for %3 projects in %4 communities, of which %5 万元 for 限时解决 projects.</source>
        <translation>预算 %1 万元；本年度安排 %4 个社区 %3 个项目，投资 %2 万元，其中限时解决项目 %5 万元。</translation>
    </message>
    <message>
        <source>%1 projects deferred; %2 management measures outside the budget. Built %3.</source>
        <translation>暂缓项目 %1 个；管理措施 %2 项（不占预算）。编制日期：%3。</translation>
    </message>
    <message>
        <source>Shortfall %1 万元: the 限时解决 projects alone need %2 万元 this year, more than the budget of %3 万元. They are obligations and stay in the plan; the county must find the rest. No other project is selected.</source>
        <translation>资金缺口 %1 万元：仅限时解决项目本年即需 %2 万元，超出预算 %3 万元。限时解决是必须完成的任务，仍全部纳入计划，差额须由县级另行筹措；其他项目均未入选。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划项目</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Content and scale</source>
        <translation>建设内容及规模</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time-bound / best effort</source>
        <translation>限时/尽力</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <source>This year (万元)</source>
        <translation>本年投资（万元）</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Start – completion</source>
        <translation>开工—完成时限</translation>
    </message>
    <message>
        <source>to be assigned</source>
        <translation>待落实</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1前完成</translation>
    </message>
    <message>
        <source>限时解决</source>
        <translation>限时解决</translation>
    </message>
    <message>
        <source>尽力解决</source>
        <translation>尽力解决</translation>
    </message>
    <message>
        <source>Residents&apos; demands</source>
        <translation>居民需求</translation>
    </message>
    <message>
        <source>(no lead unit)</source>
        <translation>（未定牵头单位）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>管理措施</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓项目</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Why deferred</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按资金来源</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Not yet assigned to a source</source>
        <translation>来源待落实</translation>
    </message>
    <message>
        <source>Of which beyond the budget (shortfall)</source>
        <translation>其中超出预算部分（资金缺口）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>按行动</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>By lead unit</source>
        <translation>按牵头单位</translation>
    </message>
    <message>
        <source>1. Specific tasks (具体任务)</source>
        <translation>一、具体任务</translation>
    </message>
    <message>
        <source>2. Key projects (重点项目)</source>
        <translation>二、重点项目</translation>
    </message>
    <message>
        <source>3. Requirements (实施要求)</source>
        <translation>三、实施要求</translation>
    </message>
    <message>
        <source>4. Schedule (时序安排)</source>
        <translation>四、时序安排</translation>
    </message>
    <message>
        <source>5. Safeguards (保障措施)</source>
        <translation>五、保障措施</translation>
    </message>
    <message>
        <source>In %1 this year: %2 projects in %3 communities, %4 万元, of which %5 限时解决 projects (%6 万元) to be completed by their deadlines; %7 management measures.</source>
        <translation>%1本年度在 %3 个社区实施更新项目 %2 个，投资 %4 万元，其中限时解决项目 %5 个（%6 万元），须在完成时限前完成；另有管理措施 %7 项。</translation>
    </message>
    <message>
        <source>residents&apos; demands</source>
        <translation>居民需求</translation>
    </message>
    <message>
        <source>· %1 %2: %3 万元 this year, led by %4</source>
        <translation>· %1%2：本年投资 %3 万元，%4牵头</translation>
    </message>
    <message>
        <source>, carried out by %1</source>
        <translation>，%1实施</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>，%1前完成</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>限时解决 (obligations, selected whatever the budget):</source>
        <translation>限时解决项目（必须完成，不因预算暂缓）：</translation>
    </message>
    <message>
        <source>The largest of the other projects:</source>
        <translation>其他投资较大的项目：</translation>
    </message>
    <message>
        <source>No project is in the plan yet.</source>
        <translation>计划中尚无项目。</translation>
    </message>
    <message>
        <source>Each lead unit organises its projects with the cooperating units named in the plan table, and reports progress to the county housing and urban-rural development bureau every quarter.</source>
        <translation>各牵头单位会同计划表所列配合单位组织实施，每季度向县住房城乡建设局报送进展。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Implementers: %1.</source>
        <translation>实施主体：%1。</translation>
    </message>
    <message>
        <source>Q1: approval, design and tendering of the %1 projects; the 限时解决 projects first.</source>
        <translation>第一季度：完成 %1 个项目的立项、设计和招标，限时解决项目优先。</translation>
    </message>
    <message>
        <source>%1 %2 (due %3)</source>
        <translation>%1%2（%3前完成）</translation>
    </message>
    <message>
        <source>Past their deadline, to be done first: %1.</source>
        <translation>已超过完成时限、须优先完成：%1。</translation>
    </message>
    <message>
        <source>Q%1: complete %2.</source>
        <translation>第%1季度：完成 %2。</translation>
    </message>
    <message>
        <source>Q2–Q3: works of the other projects.</source>
        <translation>第二、三季度：其他项目施工。</translation>
    </message>
    <message>
        <source>Due after this year: %1.</source>
        <translation>完成时限在以后年度：%1。</translation>
    </message>
    <message>
        <source>Continuing into the next year: %1.</source>
        <translation>跨年度实施：%1。</translation>
    </message>
    <message>
        <source>Q4: acceptance of the completed projects and the next round&apos;s check (体检).</source>
        <translation>第四季度：已完工项目验收，开展下一轮体检。</translation>
    </message>
    <message>
        <source>%1 %2 万元</source>
        <translation>%1 %2 万元</translation>
    </message>
    <message>
        <source>This year&apos;s investment %1 万元 within a budget of %2 万元.</source>
        <translation>本年度投资 %1 万元，预算 %2 万元。</translation>
    </message>
    <message>
        <source>By source: %1.</source>
        <translation>资金来源：%1。</translation>
    </message>
    <message>
        <source>%1 万元 is not yet assigned to a source: settle it with the finance bureau before tendering.</source>
        <translation>%1 万元尚未落实资金来源，须在招标前与财政部门明确。</translation>
    </message>
    <message>
        <source>Shortfall %1 万元 for the 限时解决 projects: the county raises it (上级补助, 专项债, 统筹整合) before their deadlines; the obligations are not deferred.</source>
        <translation>限时解决项目资金缺口 %1 万元，由县级在完成时限前通过争取上级补助、专项债、统筹整合等方式筹措，不得暂缓。</translation>
    </message>
    <message>
        <source>Projects are kept in the project library (项目库) with their funding; changes go through the plan&apos;s revision.</source>
        <translation>项目及其资金纳入项目库管理，变更须按计划调整程序办理。</translation>
    </message>
    <message>
        <source>Plan texts</source>
        <translation>计划文本</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>资金缺口</translation>
    </message>
    <message numerus="yes">
        <source>· %1: %n project(s) in %2 communities, %3 万元.</source>
        <translation>
            <numerusform>· %1：%2 个社区 %n 个项目，%3 万元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %1 leads %n project(s), %2 万元.</source>
        <translation>
            <numerusform>· %1牵头 %n 个项目，%2 万元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) have no implementer yet: name one before the works are tendered.</source>
        <translation>
            <numerusform>%n 个项目尚未确定实施主体，须在招标前明确。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Build the plan</source>
        <translation>生成计划(&amp;B)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Specific tasks</source>
        <translation>具体任务</translation>
    </message>
    <message>
        <source>Key projects</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>实施要求</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>时序安排</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>是否入选</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Why deferred</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>No county in the register yet.</source>
        <translation>社区名录中还没有县区。</translation>
    </message>
    <message>
        <source>No plan for %1 %2 yet: set the budget and build it.</source>
        <translation>%1 尚无 %2 年度计划：请填写预算并生成。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>time-bound</source>
        <translation>限时解决</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>尽力解决</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>未估算</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Annual plan %1 %2</source>
        <translation>%1 %2 年度实施计划</translation>
    </message>
    <message>
        <source>Export the annual plan</source>
        <translation>导出年度实施计划</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>This year (万元)</source>
        <translation>本年投资（万元）</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>管理措施</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 万元 for %5 projects (限时解决 %6 万元); %7 deferred; %8 management measures outside the budget. Built %9.</source>
        <translation>%1 %2年：预算 %4 万元，安排 %5 个项目共 %3 万元（其中限时解决 %6 万元）；暂缓 %7 个；管理措施 %8 项（不占预算）。编制于 %9。</translation>
    </message>
    <message>
        <source>Shortfall %1 万元: the 限时解决 projects alone exceed the budget. They stay in the plan (they are obligations); the county must find the rest, and no other project is selected.</source>
        <translation>资金缺口 %1 万元：仅限时解决项目即超出预算。这些项目是必须完成的任务，仍纳入计划，差额须由县级另行筹措；其他项目均未入选。</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) drafted from the data: edit and save to make them the plan&apos;s own.</source>
        <translation>
            <numerusform>%n 个部分是根据数据生成的草稿，修改并保存后即为计划正文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the annual plan to %1.</source>
        <translation>年度计划已导出到 %1。</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>县区(&amp;N)</translation>
    </message>
    <message>
        <source>Bud&amp;get (万元)</source>
        <translation>预算（万元）(&amp;G)</translation>
    </message>
    <message>
        <source>Sa&amp;ve texts</source>
        <translation>保存文字(&amp;V)</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>6. Projects in the plan</source>
        <translation>六、列入计划的项目</translation>
    </message>
    <message>
        <source>None: no project is in the plan.</source>
        <translation>无：计划中没有项目。</translation>
    </message>
    <message>
        <source>7. Funding by source</source>
        <translation>七、资金来源汇总</translation>
    </message>
    <message>
        <source>8. By programme and by lead unit</source>
        <translation>八、按行动和牵头单位汇总</translation>
    </message>
    <message>
        <source>9. Management measures (outside the budget)</source>
        <translation>九、管理措施（不占预算）</translation>
    </message>
    <message>
        <source>10. Deferred projects</source>
        <translation>十、暂缓项目</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>Name the county of the plan.</source>
        <translation>请指定实施计划所属县区。</translation>
    </message>
    <message>
        <source>%1 is not a plan year.</source>
        <translation>%1 不是有效的计划年度。</translation>
    </message>
    <message>
        <source>The budget must be between 0 and 1,000,000,000 万元.</source>
        <translation>预算须在 0 至 1,000,000,000 万元之间。</translation>
    </message>
    <message>
        <source>No community of the register is in the county &quot;%1&quot;.</source>
        <translation>社区名录中没有位于“%1”的社区。</translation>
    </message>
    <message>
        <source>annual plan %1 %2</source>
        <translation>%1 %2 年度实施计划</translation>
    </message>
    <message>
        <source>annual plan %1 %2 undone</source>
        <translation>%1 %2 年度实施计划已撤销</translation>
    </message>
    <message>
        <source>%1 has no plan for %2 yet; build it first.</source>
        <translation>%1 尚无 %2 年度实施计划，请先生成。</translation>
    </message>
</context>
<context>
    <name>PlanTextsCommand</name>
    <message>
        <source>Edit the texts of the plan %1 %2</source>
        <translation>编辑 %1 %2 年度计划文字</translation>
    </message>
</context>
<context>
    <name>ProjectChangeCommand</name>
    <message>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message numerus="yes">
        <source>Accept %n project(s)</source>
        <translation>
            <numerusform>采纳 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n project(s)</source>
        <translation>
            <numerusform>不予采纳 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>ProjectEditDialog</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cost (万元)</source>
        <translation>估算投资（万元）(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>类别(&amp;L)</translation>
    </message>
    <message>
        <source>Project — %1</source>
        <translation>项目 — %1</translation>
    </message>
    <message>
        <source>From the failed indicators %1</source>
        <translation>来源于不达标指标 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resident demand(s), %1 supporters</source>
        <translation>
            <numerusform>%n 条居民需求，%1 人支持</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: quantity × unit cost</source>
        <translation>留空：数量 × 单价</translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation>项目须填写名称。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>估算投资</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <source> (county-wide)</source>
        <translation>（全县共用）</translation>
    </message>
    <message>
        <source>No resource in this county&apos;s 资源清单 yet.</source>
        <translation>本县区资源清单中还没有资源。</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>Con&amp;tent and scale (建设内容及规模)</source>
        <translation>建设内容及规模(&amp;T)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Un&amp;it cost (万元)</source>
        <translation>单价（万元）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Deadline (完成时限)</source>
        <translation>完成时限(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;equence (时序)</source>
        <translation>时序(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Who and where</source>
        <translation>责任与地点(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lead unit (牵头单位)</source>
        <translation>牵头单位(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ooperating units (配合单位)</source>
        <translation>配合单位(&amp;O)</translation>
    </message>
    <message>
        <source>One unit per line</source>
        <translation>每行一个单位</translation>
    </message>
    <message>
        <source>&amp;Implementer (实施主体)</source>
        <translation>实施主体(&amp;I)</translation>
    </message>
    <message>
        <source>Who carries the work out: gas company, property company, owner unit …</source>
        <translation>实际承担实施的单位：燃气公司、物业服务企业、产权单位等</translation>
    </message>
    <message>
        <source>Locatio&amp;n (小区 or buildings)</source>
        <translation>地点（小区或楼栋）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Years and funding</source>
        <translation>年度与资金(&amp;Y)</translation>
    </message>
    <message>
        <source>P&amp;lanned year</source>
        <translation>计划年度(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;tart year</source>
        <translation>开工年份(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;End year</source>
        <translation>完成年份(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Amount per year (万元)</source>
        <translation>分年度投资（万元）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Funding by source (万元)</source>
        <translation>资金来源（万元）(&amp;F)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in 万元.</source>
        <translation>%1：“%2”不是以万元计的金额。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>万元 (empty: spread evenly)</source>
        <translation>万元（空：平均分摊）</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Cost %1 万元; funding given %2 万元.</source>
        <translation>项目投资 %1 万元；已填资金来源 %2 万元。</translation>
    </message>
    <message>
        <source>No cost yet.</source>
        <translation>尚无投资估算。</translation>
    </message>
    <message>
        <source>Time-&amp;bound (限时解决)</source>
        <translation>限时解决(&amp;B)</translation>
    </message>
    <message>
        <source>Project template %1 of the indicator set</source>
        <translation>指标集中的项目模板 %1</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source> (bundle)</source>
        <translation>（打包）</translation>
    </message>
    <message>
        <source>time-bound</source>
        <translation>限时解决</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>尽力解决</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>未估算</translation>
    </message>
    <message>
        <source>%1 = 40 × severity %2 + 25 × support %3 + 20 × cost-effectiveness %4 + 15 × resources %5%6</source>
        <translation>%1 = 40 × 严重程度 %2 + 25 × 支持度 %3 + 20 × 性价比 %4 + 15 × 资源 %5%6</translation>
    </message>
    <message>
        <source>; time-bound: before every best-effort project</source>
        <translation>；限时解决：排在所有尽力解决项目之前</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cost (万元)</source>
        <translation>估算投资（万元）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <source>Cost-effectiveness</source>
        <translation>性价比</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>time-bound, by %1</source>
        <translation>限时解决，%1前完成</translation>
    </message>
    <message>
        <source>; class %1: before the classes after it (基础, 完善, 提升)</source>
        <translation>；%1类：排在其后各类之前（基础、完善、提升）</translation>
    </message>
    <message>
        <source>Cooperating: %1</source>
        <translation>配合单位：%1</translation>
    </message>
    <message>
        <source>Carried out by: %1</source>
        <translation>实施主体：%1</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>time-bound, by %1: overdue</source>
        <translation>限时解决，%1前完成（已逾期）</translation>
    </message>
</context>
<context>
    <name>ProjectMoney</name>
    <message>
        <source>An end year needs a start year.</source>
        <translation>填写完成年份须同时填写开工年份。</translation>
    </message>
    <message>
        <source>%1 is not a start year.</source>
        <translation>%1 不是有效的开工年份。</translation>
    </message>
    <message>
        <source>The end year %1 is before the start year %2.</source>
        <translation>完成年份 %1 早于开工年份 %2。</translation>
    </message>
    <message>
        <source>A project runs at most 11 years (%1–%2 is longer).</source>
        <translation>项目实施期最长 11 年（%1—%2 超出）。</translation>
    </message>
    <message>
        <source>Amounts per year need the start and end year.</source>
        <translation>分年度金额须同时填写开工和完成年份。</translation>
    </message>
    <message>
        <source>Amounts per year need the project&apos;s cost.</source>
        <translation>分年度金额须先有项目投资。</translation>
    </message>
    <message>
        <source>%1 is outside the project&apos;s years %2–%3.</source>
        <translation>%1 年不在项目实施期 %2—%3 年之内。</translation>
    </message>
    <message>
        <source>The year %1 is given twice.</source>
        <translation>%1 年重复填写。</translation>
    </message>
    <message>
        <source>The amount of %1 cannot be negative.</source>
        <translation>%1 年的金额不能为负数。</translation>
    </message>
    <message>
        <source>The amounts per year add up to %1 万元, not to the cost %2 万元.</source>
        <translation>分年度金额合计 %1 万元，与项目投资 %2 万元不符。</translation>
    </message>
    <message>
        <source>A funding split needs the project&apos;s cost.</source>
        <translation>资金来源须先有项目投资。</translation>
    </message>
    <message>
        <source>%1 is named twice in the funding split.</source>
        <translation>资金来源中“%1”重复。</translation>
    </message>
    <message>
        <source>The part of %1 cannot be negative.</source>
        <translation>“%1”的金额不能为负数。</translation>
    </message>
    <message>
        <source>The funding split adds up to %1 万元, not to the cost %2 万元.</source>
        <translation>各资金来源合计 %1 万元，与项目投资 %2 万元不符。</translation>
    </message>
</context>
<context>
    <name>ProjectService</name>
    <message>
        <source>the community has a check of a later round</source>
        <translation>该社区已有更新一轮的体检</translation>
    </message>
    <message>
        <source>superseded by the check of %1</source>
        <translation>已由 %1 的体检取代</translation>
    </message>
    <message>
        <source>No project has the ID %1.</source>
        <translation>没有 ID 为 %1 的项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID (give the full ID or at least its first 8 characters).</source>
        <translation>&quot;%1&quot; 不是项目 ID（请填写完整 ID，或至少前 8 位字符）。</translation>
    </message>
    <message>
        <source>No project has an ID beginning with %1.</source>
        <translation>没有 ID 以 %1 开头的项目。</translation>
    </message>
    <message>
        <source>Several projects have IDs beginning with %1; give more characters.</source>
        <translation>有多个项目的 ID 以 %1 开头，请多填写几位字符。</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>项目须填写名称。</translation>
    </message>
    <message>
        <source>Quantities and costs cannot be negative.</source>
        <translation>数量和投资不能为负数。</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; is not one of 基础, 完善, 提升, 管理.</source>
        <translation>类别 &quot;%1&quot; 不是基础、完善、提升、管理之一。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2; only candidates are accepted or rejected.</source>
        <translation>项目“%1”的状态为 %2；只有候选项目可以采纳或不予采纳。</translation>
    </message>
    <message>
        <source>Say why the project is rejected.</source>
        <translation>请说明不予采纳的理由。</translation>
    </message>
    <message>
        <source>A bundle needs a name.</source>
        <translation>打包项目须填写名称。</translation>
    </message>
    <message>
        <source>A bundle gathers at least two projects.</source>
        <translation>打包项目至少包含两个项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already part of a bundle.</source>
        <translation>“%1”已属于某个打包项目。</translation>
    </message>
    <message>
        <source>A bundle stays within one county: &quot;%1&quot; is in %2, &quot;%3&quot; in %4.</source>
        <translation>打包项目须在同一县区内：“%1”在 %2，“%3”在 %4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle.</source>
        <translation>“%1”不是打包项目。</translation>
    </message>
    <message>
        <source>The bundle &quot;%1&quot; is in an annual plan; rebuild the plan without it first.</source>
        <translation>打包项目“%1”已列入年度实施计划，请先重新生成不含它的计划。</translation>
    </message>
    <message>
        <source>unbundled</source>
        <translation>已拆分</translation>
    </message>
    <message>
        <source>Only a newer check makes a project obsolete; reject it instead (with a reason).</source>
        <translation>只有更新一轮的体检才会使项目过时；如不采纳，请选择“不予采纳”并写明理由。</translation>
    </message>
    <message>
        <source>A scheduled project needs its planned year.</source>
        <translation>列入计划的项目须填写计划年度。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of a bundle: change the bundle&apos;s status instead.</source>
        <translation>“%1”属于打包项目，请修改打包项目的状态。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only candidates, accepted projects and projects in the library are bundled.</source>
        <translation>“%1”的状态为%2：只有候选、已采纳和已入库的项目可以打包。</translation>
    </message>
    <message>
        <source>The projects of a bundle share one status: &quot;%1&quot; is %2, &quot;%3&quot; is %4.</source>
        <translation>打包项目的各子项状态须相同：“%1”为%2，“%3”为%4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in an annual plan or a bundle now; the generation cannot be undone.</source>
        <translation>“%1”已列入年度实施计划或打包项目，无法撤销本次生成。</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <source>in library</source>
        <translation>已入库</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已列入计划</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>obsolete</source>
        <translation>已过时</translation>
    </message>
</context>
<context>
    <name>ProjectTables</name>
    <message>
        <source>Projects</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Community code</source>
        <translation>社区编码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit cost (万元)</source>
        <translation>单价（万元）</translation>
    </message>
    <message>
        <source>Cost (万元)</source>
        <translation>估算投资（万元）</translation>
    </message>
    <message>
        <source>From indicators</source>
        <translation>来源指标</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>居民需求</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>支持人数</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Severity part</source>
        <translation>严重程度分</translation>
    </message>
    <message>
        <source>Support part</source>
        <translation>支持度分</translation>
    </message>
    <message>
        <source>Cost-effectiveness part</source>
        <translation>性价比分</translation>
    </message>
    <message>
        <source>Resources part</source>
        <translation>资源分</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>所属打包项目</translation>
    </message>
    <message>
        <source>From check</source>
        <translation>来源体检</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>实施内容</translation>
    </message>
    <message>
        <source>time-bound (限时解决)</source>
        <translation>限时解决</translation>
    </message>
    <message>
        <source>best effort (尽力解决)</source>
        <translation>尽力解决</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>开工年份</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>完成年份</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>资金来源</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>采纳(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>不予采纳(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Bundle…</source>
        <translation>打包(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Find by community, project, unit or indicator code</source>
        <translation>按社区、项目、责任单位或指标编码查找</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1 万元</source>
        <translation>
            <numerusform>%n 个项目，%1 万元</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a project to see where it comes from and why it ranks where it does.</source>
        <translation>选中一个项目，可查看其来源以及排序理由。</translation>
    </message>
    <message numerus="yes">
        <source>%n projects selected.</source>
        <translation>
            <numerusform>已选中 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the failed indicators %1 (worst score %2)</source>
        <translation>来源于不达标指标 %1（最低得分 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n resident demand(s) with %1 supporters</source>
        <translation>
            <numerusform>%n 条居民需求，%1 人支持</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority %1 = 40 × severity %2 + 25 × support %3 + 20 × cost-effectiveness %4 + 15 × resources %5</source>
        <translation>优先级 %1 = 40 × 严重程度 %2 + 25 × 支持度 %3 + 20 × 性价比 %4 + 15 × 资源 %5</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决定：%1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <source>Why are these projects not taken up?</source>
        <translation>这些项目为何不予采纳？</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>所属打包项目</translation>
    </message>
    <message>
        <source>Name of the bundled project (打包立项):</source>
        <translation>打包立项的项目名称：</translation>
    </message>
    <message>
        <source>Export the project list</source>
        <translation>导出项目清单</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Edit pr&amp;oject…</source>
        <translation>编辑项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Time-bound (限时解决): ahead of every best-effort project, and in the annual plan whatever the budget%1.</source>
        <translation>限时解决：排在所有尽力解决项目之前，不论预算多少都纳入年度计划%1。</translation>
    </message>
    <message>
        <source>; to be done by %1</source>
        <translation>；须在 %1 前完成</translation>
    </message>
    <message>
        <source>Class %1: safety before comfort, every 基础 project before every 完善 one, every 完善 one before every 提升 one.</source>
        <translation>%1类：安全优先于舒适，基础类项目全部排在完善类之前，完善类全部排在提升类之前。</translation>
    </message>
    <message>
        <source>Led by %1%2%3</source>
        <translation>%1牵头%2%3</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>，%1配合</translation>
    </message>
    <message>
        <source>; carried out by %1</source>
        <translation>；实施主体：%1</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>县区(&amp;N)</translation>
    </message>
    <message>
        <source>Show obso&amp;lete</source>
        <translation>显示已作废(&amp;L)</translation>
    </message>
    <message>
        <source>No projects yet. They come from the checks: on the Checks tab choose a check and press “Generate projects”; its failed indicators and the community&apos;s demands become candidates here, to accept or reject.</source>
        <translation>还没有项目。项目来自体检：在“体检”页选中一次体检，按“生成项目”，其不达标指标和社区居民需求就会作为候选项目列在这里，供采纳或否决。</translation>
    </message>
</context>
<context>
    <name>RadarDialog</name>
    <message>
        <source>Programme scores compared</source>
        <translation>各工程得分对比</translation>
    </message>
    <message>
        <source>&amp;Export the chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>radar</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Assessor</source>
        <translation>体检员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none checked</source>
        <translation>未勾选任何条目</translation>
    </message>
    <message>
        <source>Community health check report</source>
        <translation>社区体检报告</translation>
    </message>
    <message>
        <source>does not apply to this community type</source>
        <translation>不适用于本社区类型</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: a report is written as .pdf or as .odt (the editable copy).</source>
        <translation>%1：报告只能保存为 .pdf，或 .odt（可编辑副本）。</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>The report font %1 is not installed (Debian: fonts-noto-cjk); using %2, so the PDF will look different from other machines.</source>
        <translation>未安装报告字体 %1（Debian：fonts-noto-cjk），改用 %2，生成的 PDF 会与其他电脑上的不同。</translation>
    </message>
    <message>
        <source>No Chinese font is installed (Debian: fonts-noto-cjk); Chinese text in the report would not show.</source>
        <translation>未安装中文字体（Debian：fonts-noto-cjk），报告中的中文将无法显示。</translation>
    </message>
</context>
<context>
    <name>ReportOdt</name>
    <message>
        <source>The report logo %1 is not an image this program can read (PNG or JPEG).</source>
        <translation>报告标志 %1 不是本程序能读取的图片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The report with its photos is too large for an ODT file (over 4 GB).</source>
        <translation>报告连同照片过大，无法保存为 ODT 文件（超过 4 GB）。</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The report logo %1 is not an image this program can read (PNG or JPEG).</source>
        <translation>报告标志 %1 不是本程序能读取的图片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>Cannot start painting the report.</source>
        <translation>无法开始绘制报告。</translation>
    </message>
    <message>
        <source>Cannot finish painting the report.</source>
        <translation>无法完成报告绘制。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: the file name holds a line break or another control character.</source>
        <translation>无法写入 %1：文件名含有换行符或其他控制字符。</translation>
    </message>
    <message>
        <source>Cannot write %1…: the file name is longer than a folder can hold (255 bytes).</source>
        <translation>无法写入 %1…：文件名超出文件夹所能容纳的长度（255 字节）。</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;editable copy (ODT)…</source>
        <translation>导出可编辑副本 ODT(&amp;E)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Report preview — %1 %2</source>
        <translation>报告预览 — %1 %2</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>放大（%1）</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>缩小（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>No temporary folder for the preview.</source>
        <translation>无法为预览创建临时文件夹。</translation>
    </message>
    <message>
        <source>The preview cannot show the report&apos;s PDF; export it to look at it.</source>
        <translation>预览无法显示报告的 PDF，请导出后查看。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report logo %1 cannot be read; choose another one in the report settings or remove it.</source>
        <translation>无法读取报告标志 %1；请在报告设置中另选一个，或去掉标志。</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>Report settings</source>
        <translation>报告设置</translation>
    </message>
    <message>
        <source>These settings belong to this database: every report made from it uses them.</source>
        <translation>这些设置属于当前数据库：由它生成的每份报告都使用这些设置。</translation>
    </message>
    <message>
        <source>Report &amp;title</source>
        <translation>报告标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Issuing unit</source>
        <translation>出具单位(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Signature lines</source>
        <translation>签字栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>标志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;No logo</source>
        <translation>不用标志(&amp;N)</translation>
    </message>
    <message>
        <source>One signature line per row, e.g. 体检员, 复核人, 审核人. An empty title uses the default title of the report&apos;s language.</source>
        <translation>每行一个签字栏，例如：体检员、复核人、审核人。标题留空时使用报告语言的默认标题。</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation>标志文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The logo %1 is not an image this program can read (PNG or JPEG): %2</source>
        <translation>标志 %1 不是本程序能读取的图片（PNG 或 JPEG）：%2</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>1. Summary</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>2. Scores by programme and task</source>
        <translation>二、各工程和任务得分</translation>
    </message>
    <message>
        <source>3. Indicators</source>
        <translation>三、指标明细</translation>
    </message>
    <message>
        <source>4. Problems</source>
        <translation>四、问题清单</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Community code: %1</source>
        <translation>社区编码：%1</translation>
    </message>
    <message>
        <source>Community type: %1</source>
        <translation>社区类型：%1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>轮次：%1</translation>
    </message>
    <message>
        <source>Indicator set: %1</source>
        <translation>指标集：%1</translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation>体检员：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>No indicator has been answered yet: this check has no score.</source>
        <translation>尚未填报任何指标：本次体检还没有得分。</translation>
    </message>
    <message>
        <source>(capped by bottom-line failures; by score: %1)</source>
        <translation>（因底线指标不达标封顶；按得分为 %1）</translation>
    </message>
    <message>
        <source>Overall score %1 · grade %2</source>
        <translation>综合得分 %1 · 等级 %2</translation>
    </message>
    <message>
        <source>Coverage %1% (%2 of %3 applicable indicators answered)</source>
        <translation>完整度 %1%（%3 项适用指标中已填报 %2 项）</translation>
    </message>
    <message>
        <source>Change since %1: %2 (then %3, grade %4)</source>
        <translation>较 %1 变化：%2（当时 %3，等级 %4）</translation>
    </message>
    <message>
        <source>Bottom-line failures (time-bound, 限时解决)</source>
        <translation>底线指标不达标（限时解决）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Programme / task</source>
        <translation>工程 / 任务</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Suggested projects</source>
        <translation>建议项目</translation>
    </message>
    <message>
        <source>No scored indicator fails.</source>
        <translation>所有计分指标均达标。</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>出具单位：%1</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <comment>bottom-line failure: code, name, value</comment>
        <translation>%1  %2：%3</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between suggested projects</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2    Date: %3</source>
        <comment>signature line: role, line to sign on, line for the date</comment>
        <translation>%1：%2    日期：%3</translation>
    </message>
    <message>
        <source>Site visit: %1</source>
        <translation>现场检查日期：%1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Provisional: overall score %1 · grade %2</source>
        <translation>暂定：综合得分 %1 · 等级 %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>— below %1%: the scores and the grade are provisional.</source>
        <translation>——低于 %1%，得分和等级均为暂定。</translation>
    </message>
    <message>
        <source>5. Problems of the earlier round</source>
        <translation>五、上一轮问题整改情况</translation>
    </message>
    <message>
        <source>6. Photos</source>
        <translation>六、照片附录</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>The earlier round (%1) found no problems.</source>
        <translation>上一轮（%1）体检没有发现问题。</translation>
    </message>
    <message>
        <source>Of the %1 problems of the earlier round (%2), %3 are resolved (%4 %), %5 are not, %6 are not re-checked yet.</source>
        <translation>上一轮（%2）体检问题共 %1 项：已整改（销号）%3 项（完成率 %4%），未整改 %5 项，尚未复查 %6 项。</translation>
    </message>
    <message>
        <source>Time-bound problems: %1 of %2 resolved (%3 %).</source>
        <translation>限时解决类问题 %2 项，已整改 %1 项（%3%）。</translation>
    </message>
    <message numerus="yes">
        <source>%n past their deadline and not resolved (in red).</source>
        <translation>
            <numerusform>%n 项已过完成时限仍未整改（红色标出）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new problems found in this check.</source>
        <translation>
            <numerusform>本轮新发现问题 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Not re-checked</source>
        <translation>未复查</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新发现</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>限时解决</translation>
    </message>
    <message>
        <source>Best effort</source>
        <translation>尽力解决</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation>所属(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Area (m²)</source>
        <translation>面积（m²）(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;mount (万元)</source>
        <translation>金额（万元）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Owner / department</source>
        <translation>权属/来源单位(&amp;O)</translation>
    </message>
    <message>
        <source>Idle room</source>
        <translation>闲置用房</translation>
    </message>
    <message>
        <source>Idle land</source>
        <translation>闲置用地</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营主体</translation>
    </message>
    <message>
        <source>%1 (county-wide)</source>
        <translation>%1（全县共用）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The resource needs a name.</source>
        <translation>资源须填写名称。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add a community to the register first.</source>
        <translation>请先向社区名录添加社区。</translation>
    </message>
</context>
<context>
    <name>ResponseRules</name>
    <message>
        <source>&quot;%1&quot; is not a yes/no value (use true, false, yes, no, 1, 0, 是 or 否)</source>
        <translation>&quot;%1&quot; 不是有效的是/否值（请使用 true、false、yes、no、1、0、是、否）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (digits with an optional &apos;.&apos; and sign; no exponent, no thousands separator, no decimal comma)</source>
        <translation>&quot;%1&quot; 不是数字（应为阿拉伯数字，可带小数点 &apos;.&apos; 和正负号；不能使用科学计数法、千位分隔符或小数逗号）</translation>
    </message>
    <message>
        <source>a yes/no value is expected</source>
        <translation>应填写是/否值</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>应填写数字</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value %2</source>
        <translation>%1 小于允许的最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value %2</source>
        <translation>%1 大于允许的最大值 %2</translation>
    </message>
    <message>
        <source>%1 is outside the rating scale %2 to %3</source>
        <translation>%1 超出评分范围（%2 至 %3）</translation>
    </message>
    <message>
        <source>an option code is expected</source>
        <translation>应填写选项编码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this indicator (options: %2)</source>
        <translation>&quot;%1&quot; 不是此指标的选项（可选：%2）</translation>
    </message>
    <message>
        <source>a list of item codes is expected</source>
        <translation>应填写条目编码列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of this checklist (items: %2)</source>
        <translation>&quot;%1&quot; 不是此清单的条目（条目：%2）</translation>
    </message>
    <message>
        <source>text is expected</source>
        <translation>应填写文本</translation>
    </message>
    <message>
        <source>%1 buildings is more than the %2 buildings of the community&apos;s register; check the count (or the register).</source>
        <translation>%1 栋多于社区登记的 %2 栋楼，请核对数量（或社区登记信息）。</translation>
    </message>
    <message>
        <source>%1 dwellings or households is more than 1.2 × the %2 households of the community&apos;s register; check the count (or the register).</source>
        <translation>%1 套（户）超过社区登记户数 %2 户的 1.2 倍，请核对数量（或社区登记信息）。</translation>
    </message>
    <message>
        <source>%1 people is more than the %2 residents of the community&apos;s register; check the count (or the register).</source>
        <translation>%1 人多于社区登记的 %2 名常住人口，请核对数量（或社区登记信息）。</translation>
    </message>
    <message>
        <source>%1 stairwells is more than 8 per building for the %2 buildings of the register; check the count (or the register).</source>
        <translation>%1 个单元超过社区登记 %2 栋楼每栋 8 个单元，请核对数量（或社区登记信息）。</translation>
    </message>
    <message>
        <source>is counted from the building ledger, not typed: record the buildings in the ledger instead</source>
        <translation>由楼栋台账计算，不能手填：请在楼栋台账中记录相应楼栋</translation>
    </message>
    <message>
        <source>is computed from the earlier round&apos;s problems, not typed: re-check them instead</source>
        <translation>由上一轮问题逐项复查计算，不能手填：请复查这些问题</translation>
    </message>
</context>
<context>
    <name>ResponsesCsv</name>
    <message>
        <source>%1: the file is neither UTF-8 nor GB18030 text (save it from Excel or WPS as CSV).</source>
        <translation>%1：文件既不是 UTF-8 也不是 GB18030 文本（请在 Excel 或 WPS 中另存为 CSV）。</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8, and this system cannot read GB18030.</source>
        <translation>%1：文件不是 UTF-8 编码，且本系统无法读取 GB18030。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed.</source>
        <translation>%1，第 %2 行：引号内的字段没有结束引号。</translation>
    </message>
    <message>
        <source>the indicator code is empty</source>
        <translation>指标编码为空</translation>
    </message>
    <message>
        <source>no indicator with this code in the set %1</source>
        <translation>指标集 %1 中没有此编码的指标</translation>
    </message>
    <message>
        <source>the indicator is given twice (first on line %1)</source>
        <translation>该指标重复出现（首次出现在第 %1 行）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>…… 另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>responses table</source>
        <translation>填报表</translation>
    </message>
    <message>
        <source>the cell is an error (%1), not a value</source>
        <translation>单元格是错误值（%1），不是数值</translation>
    </message>
    <message>
        <source>the cell is a date (%1); this indicator takes no date</source>
        <translation>单元格是日期（%1），该指标不填日期</translation>
    </message>
    <message>
        <source>the indicator is given twice (first on row %1)</source>
        <translation>该指标出现了两次（第一次在第 %1 行）</translation>
    </message>
</context>
<context>
    <name>RoundCharts</name>
    <message>
        <source>Overall score: the best %1 and the worst %1 of %2 communities</source>
        <translation>综合得分：%2 个社区中最好的 %1 个和最差的 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>Overall score of %n community(ies)</source>
        <translation>
            <numerusform>%n 个社区的综合得分</numerusform>
        </translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（≥ %2）</translation>
    </message>
    <message>
        <source>Grades of the checked communities (the first %1 of %2)</source>
        <translation>已体检社区的等级分布（%2 项中的前 %1 项）</translation>
    </message>
    <message>
        <source>Grades of the checked communities</source>
        <translation>已体检社区的等级分布</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区数</translation>
    </message>
    <message>
        <source>%1: the picture could not be encoded</source>
        <translation>%1：无法生成图片</translation>
    </message>
    <message>
        <source>%1: a chart is written as .png or .svg</source>
        <translation>%1：图表只能导出为 .png 或 .svg</translation>
    </message>
    <message>
        <source>%1: cannot write the chart (%2)</source>
        <translation>%1：无法写入图表（%2）</translation>
    </message>
</context>
<context>
    <name>RoundSummaries</name>
    <message numerus="yes">
        <source>%n community(ies) registered, %1 checked in this round (%2 approved, %3 submitted and awaiting review), %4 not yet checked.</source>
        <translation>
            <numerusform>登记社区 %n 个，本轮已体检 %1 个（已审核 %2 个，已提交待审核 %3 个），尚未体检 %4 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean score %1, median %2; the highest %3 (%4), the lowest %5 (%6).</source>
        <translation>平均分 %1，中位数 %2；最高 %3（%4），最低 %5（%6）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 个</translation>
    </message>
    <message>
        <source>Grades: %1.</source>
        <translation>等级分布：%1。</translation>
    </message>
    <message>
        <source>No community fails a bottom-line indicator.</source>
        <translation>没有社区存在底线指标不达标。</translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) fail a bottom-line indicator (%1 failures in all).</source>
        <translation>
            <numerusform>%n 个社区存在底线指标不达标（共 %1 项）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time-bound (限时解决) problem(s) are open: each must be solved by its deadline.</source>
        <translation>
            <numerusform>限时解决问题 %n 个尚未解决：须在各自期限内解决。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) are provisional: too few indicators answered for a firm score.</source>
        <translation>
            <numerusform>%n 次体检结果为暂定：填报的指标过少，得分尚不确定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Community check summary</source>
        <translation>社区体检汇总报告</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>Bottom-line failures</source>
        <translation>底线指标不达标</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>填报值</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>1. At a glance</source>
        <translation>一、体检概况</translation>
    </message>
    <message>
        <source>2. Ranking</source>
        <translation>二、社区排名</translation>
    </message>
    <message>
        <source>3. By street</source>
        <translation>三、分街道汇总</translation>
    </message>
    <message>
        <source>3. By county</source>
        <translation>三、分县区汇总</translation>
    </message>
    <message>
        <source>4. The indicators failed most often</source>
        <translation>四、最常不达标的指标</translation>
    </message>
    <message>
        <source>5. Bottom-line failures</source>
        <translation>五、底线指标不达标清单</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>No submitted or approved check of this round in this area.</source>
        <translation>本区域本轮没有已提交或已审核的体检。</translation>
    </message>
    <message>
        <source>None: no indicator failed in these checks.</source>
        <translation>无：这些体检中没有不达标的指标。</translation>
    </message>
    <message>
        <source>None: every check passes every bottom-line indicator.</source>
        <translation>无：所有体检的底线指标均达标。</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Each cell: the checks failing the indicator / the checks answering it; the redder, the larger the share that failed. N/A: not applicable there.</source>
        <translation>每格：该指标不达标的体检数 / 填报该指标的体检数；颜色越红，不达标比例越高。不适用：该处不适用此指标。</translation>
    </message>
    <message>
        <source>Each failure is a time-bound (限时解决) problem; the ones in red are past their deadline.</source>
        <translation>每项不达标均为限时解决问题；红色为已超过整改期限。</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the cell is an error (%1), not a value</source>
        <translation>单元格是错误值（%1），不是数值</translation>
    </message>
    <message>
        <source>%1 is a date, not a number</source>
        <translation>%1 是日期，不是数字</translation>
    </message>
    <message>
        <source>%1 is a number, not a date (write it as YYYY-MM-DD or format the cell as a date)</source>
        <translation>%1 是数字，不是日期（请写成 YYYY-MM-DD，或将单元格设为日期格式）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 (a number from %3 to %4)</source>
        <translation>“%1”不是有效的%2（%3 到 %4 之间的数字）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 (a whole number from %3 to %4)</source>
        <translation>“%1”不是有效的%2（%3 到 %4 之间的整数）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (是/否)</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1 is a date, not yes or no</source>
        <translation>%1 是日期，不是“是”或“否”</translation>
    </message>
</context>
<context>
    <name>ScoreBoard</name>
    <message>
        <source>&quot;%1&quot; is not a round: it begins with a year, e.g. &quot;2025 体检&quot;.</source>
        <translation>“%1”不是轮次：轮次以年份开头，例如“2025 体检”。</translation>
    </message>
    <message>
        <source>No check of the round &quot;%1&quot; is stored.</source>
        <translation>数据库中没有“%1”轮次的体检。</translation>
    </message>
</context>
<context>
    <name>ScoreTables</name>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Bottom-line failures</source>
        <translation>底线指标不达标</translation>
    </message>
    <message>
        <source>Open time-bound problems</source>
        <translation>未解决的限时解决问题</translation>
    </message>
    <message>
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <source>By county</source>
        <translation>按县区</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>按城市</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区数</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已体检</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Round over round</source>
        <translation>轮次对比</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>上轮得分</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>本轮得分</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Persisting</source>
        <translation>仍存在</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新发现</translation>
    </message>
    <message>
        <source>Resolved problems</source>
        <translation>已解决的问题</translation>
    </message>
    <message>
        <source>Persisting problems</source>
        <translation>仍存在的问题</translation>
    </message>
    <message>
        <source>New problems</source>
        <translation>新发现的问题</translation>
    </message>
    <message>
        <source>Programme scores</source>
        <translation>工程得分分布</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>体检数</translation>
    </message>
    <message>
        <source>Least</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>下四分位</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>上四分位</translation>
    </message>
    <message>
        <source>Greatest</source>
        <translation>最高</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>community has no households figure</source>
        <translation>社区缺少户数</translation>
    </message>
    <message>
        <source>community has no buildings figure</source>
        <translation>社区缺少楼栋数</translation>
    </message>
    <message>
        <source>community has no population figure</source>
        <translation>社区缺少人口数</translation>
    </message>
    <message>
        <source>community has no area figure</source>
        <translation>社区缺少面积</translation>
    </message>
    <message>
        <source>the stored value does not fit the indicator&apos;s type</source>
        <translation>已存储的值与指标类型不符</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>the community&apos;s %1 is %2, so the value cannot be taken per %1</source>
        <translation>社区的%1为 %2，无法按%1折算该值</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address of the form postgresql://USER@HOST:PORT/DATABASE: %2</source>
        <translation>%1 不是 postgresql://USER@HOST:PORT/DATABASE 形式的服务器地址：%2</translation>
    </message>
    <message>
        <source>A password may not be written in the server address (it would stay in the shell&apos;s history and in settings). Put it in ~/.pgpass (see docs/server.md), or let the app ask for it.</source>
        <translation>服务器地址中不能写密码（它会留在命令历史和设置中）。请写入 ~/.pgpass（见 docs/server.md），或由程序询问。</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>缺少用户名</translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation>缺少主机</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>缺少数据库名</translation>
    </message>
    <message>
        <source>only sslmode may follow the database name, not %1</source>
        <translation>数据库名之后只能跟 sslmode，不能是 %1</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>This is for a county server (--db postgresql://USER@HOST:PORT/DATABASE), not a file.</source>
        <translation>此操作用于县级服务器（--db postgresql://USER@HOST:PORT/DATABASE），不用于数据库文件。</translation>
    </message>
    <message>
        <source>Only an admin of the server database does this; %1 is %2.</source>
        <translation>只有服务器数据库的管理员可以执行此操作；%1 是 %2。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>未知角色“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use letters, digits, _ . or - (starting with a letter, at most 63 bytes), not beginning with pg_ or %2_.</source>
        <translation>“%1”不能作为用户名：请使用字母、数字、_ . 或 -（以字母开头，最多 63 字节），不能以 pg_ 或 %2_ 开头。</translation>
    </message>
    <message>
        <source>%1 is a server; `server import` takes an SQLite file.</source>
        <translation>%1 是服务器；`server import` 需要一个 SQLite 文件。</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to the county server</source>
        <translation>连接县级服务器</translation>
    </message>
    <message>
        <source>The county office&apos;s shared database (PostgreSQL). The county&apos;s administrator gives you the address, your user name and a first password. The password is kept only while the app runs.</source>
        <translation>县里共享的数据库（PostgreSQL）。县管理员会告诉您地址、用户名和初始密码。密码只在程序运行期间保留。</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>例如 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>empty: the one in ~/.pgpass</source>
        <translation>留空：使用 ~/.pgpass 中的密码</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Password of %1 at %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
</context>
<context>
    <name>ServerFaults</name>
    <message>
        <source>The server at %1 refused the password of %2. Check the password (in ~/.pgpass, or the one typed) and try again.</source>
        <translation>服务器 %1 拒绝了 %2 的密码。请检查密码（~/.pgpass 中的或所输入的）后重试。</translation>
    </message>
    <message>
        <source>The server at %1 needs the password of %2: put it in ~/.pgpass (see docs/server.md) or connect from the app, which asks for it.</source>
        <translation>服务器 %1 需要 %2 的密码：请写入 ~/.pgpass（见 docs/server.md），或在程序中连接，程序会询问。</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2. The county&apos;s administrator creates it (docs/server.md).</source>
        <translation>服务器 %1 上没有数据库 %2。请县管理员创建（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>The server at %1 has no user %2. The county&apos;s administrator adds users with `communitycheck-cli server user add`.</source>
        <translation>服务器 %1 上没有用户 %2。县管理员可用 `communitycheck-cli server user add` 添加用户。</translation>
    </message>
    <message>
        <source>The server at %1 does not let %2 connect to %3 from this computer. The county&apos;s administrator can allow it (docs/server.md).</source>
        <translation>服务器 %1 不允许 %2 从本机连接 %3。县管理员可以放行（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: it may be stopped, or the address or the network may be wrong. Nothing was changed; try again when it is back.</source>
        <translation>无法连接服务器 %1：服务器可能已停止，或地址、网络有误。未做任何修改；请在恢复后重试。</translation>
    </message>
    <message>
        <source>The connection to the server was lost (while %1); what was being saved was not saved. The app connects again by itself when the server can be reached.</source>
        <translation>与服务器的连接中断（%1时）；正在保存的内容未保存。服务器可连接时程序会自动重新连接。</translation>
    </message>
    <message>
        <source>Your role on the server does not allow this (while %1); nothing was changed. Ask the county&apos;s administrator if you need it.</source>
        <translation>您在服务器上的角色不允许此操作（%1时）；未做任何修改。如有需要，请联系县管理员。</translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment (while %1); nothing was changed. Try again.</source>
        <translation>另一位用户正在同时修改相同的记录（%1时）；未做任何修改。请重试。</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full (while %1); nothing was changed. Tell the county&apos;s administrator.</source>
        <translation>服务器磁盘已满（%1时）；未做任何修改。请告知县管理员。</translation>
    </message>
    <message>
        <source>The server database is open for reading only (while %1); nothing was changed.</source>
        <translation>服务器数据库为只读打开（%1时）；未做任何修改。</translation>
    </message>
</context>
<context>
    <name>ServerImport</name>
    <message>
        <source>checking %1</source>
        <translation>核对 %1</translation>
    </message>
    <message>
        <source>listing the tables of the file</source>
        <translation>列出文件中的表</translation>
    </message>
    <message>
        <source>The file has a table this version cannot move: %1. Nothing was imported.</source>
        <translation>文件中有本版本无法迁移的表：%1。未迁入任何内容。</translation>
    </message>
    <message>
        <source>The server database already holds records (%1: %2 rows). A county&apos;s file is moved into a new server database only; nothing was imported.</source>
        <translation>服务器数据库中已有记录（%1：%2 行）。县里的文件只能迁入新的服务器数据库；未迁入任何内容。</translation>
    </message>
    <message>
        <source>emptying the server</source>
        <translation>清空服务器</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>%1 did not arrive intact on the server (%2 rows in the file, %3 on the server, or values that differ); nothing was imported.</source>
        <translation>%1 未能完整迁入服务器（文件中 %2 行，服务器上 %3 行，或数值不一致）；未迁入任何内容。</translation>
    </message>
    <message>
        <source>The target is not a server.</source>
        <translation>目标不是服务器。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
    <message>
        <source>The file&apos;s table %1 has a column this version cannot move: %2. Nothing was imported.</source>
        <translation>文件中的表 %1 有本版本无法迁移的列：%2。未迁入任何内容。</translation>
    </message>
</context>
<context>
    <name>ServerUserRepository</name>
    <message>
        <source>adding the user %1</source>
        <translation>添加用户 %1</translation>
    </message>
    <message>
        <source>listing the users</source>
        <translation>列出用户</translation>
    </message>
</context>
<context>
    <name>SetDiff</name>
    <message>
        <source>%1, place %2</source>
        <translation>%1，第 %2 位</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>set</source>
        <translation>指标集</translation>
    </message>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>project template</source>
        <translation>项目模板</translation>
    </message>
</context>
<context>
    <name>SetDiffDialog</name>
    <message>
        <source>Compare indicator-set versions</source>
        <translation>比较指标集版本</translation>
    </message>
    <message>
        <source>%1: version %2 → %3</source>
        <translation>%1：版本 %2 → %3</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade now</source>
        <translation>现等级</translation>
    </message>
    <message>
        <source>Grade with %1</source>
        <translation>按 %1 的等级</translation>
    </message>
    <message numerus="yes">
        <source>%n stored check(s) of version %1 rescored with %2; </source>
        <translation>
            <numerusform>版本 %1 的 %n 次已存体检按 %2 重新计分；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would get another grade:</source>
        <translation>
            <numerusform>其中 %n 次等级会改变：</numerusform>
        </translation>
    </message>
    <message>
        <source>The two versions hold the same indicators, rules and templates.</source>
        <translation>两个版本的指标、规则和模板完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from version %1 to %2:</source>
        <translation>
            <numerusform>从版本 %1 到 %2 共 %n 处变化：</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one version of %1 is stored: there is nothing to compare it with.</source>
        <translation>%1 只存有一个版本，没有可比较的版本。</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Earlier version of %1:</source>
        <translation>%1 的较早版本：</translation>
    </message>
    <message>
        <source>Compare %1 with:</source>
        <translation>将 %1 与以下版本比较：</translation>
    </message>
</context>
<context>
    <name>SetEditorDialog</name>
    <message>
        <source>Edit indicator set</source>
        <translation>编辑指标集</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>新版本号(&amp;V)</translation>
    </message>
    <message>
        <source>Set name</source>
        <translation>指标集名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>新增指标(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Indicator or group</source>
        <translation>指标或分组</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>填报说明</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Target (threshold)</source>
        <translation>目标值（阈值）</translation>
    </message>
    <message>
        <source>Scores 0 at</source>
        <translation>零分值</translation>
    </message>
    <message>
        <source>Per (normalize by)</source>
        <translation>折算依据</translation>
    </message>
    <message>
        <source>Per how many</source>
        <translation>每多少</translation>
    </message>
    <message>
        <source>Allowed values (min, max)</source>
        <translation>允许范围（最小、最大）</translation>
    </message>
    <message>
        <source>Pass score</source>
        <translation>达标分</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Bottom line (底线)</source>
        <translation>底线</translation>
    </message>
    <message>
        <source>Time-bound (限时解决)</source>
        <translation>限时解决</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Responsible units (lead first)</source>
        <translation>责任单位（牵头在前）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>照片要求</translation>
    </message>
    <message>
        <source>Project templates</source>
        <translation>项目模板</translation>
    </message>
    <message>
        <source>Options or items</source>
        <translation>选项或清单项</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>新增选项</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <source>Project templates and unit costs</source>
        <translation>项目模板和单价</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>新增模板</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Checks (as you type)</source>
        <translation>检查结果（随输随查）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Compare with the stored version…</source>
        <translation>与原版本比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit indicator set %1 (from version %2)</source>
        <translation>编辑指标集 %1（基于版本 %2）</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>多选清单</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>(as counted)</source>
        <translation>（按实数）</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>photo required when it fails</source>
        <translation>不达标时必须附照片</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Score or points</source>
        <translation>得分或分值</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost (万元)</source>
        <translation>单价（万元）</translation>
    </message>
    <message>
        <source>e.g. 区住建局、街道办事处 (the first leads)</source>
        <translation>例如：区住建局、街道办事处（第一个为牵头单位）</translation>
    </message>
    <message>
        <source>template codes, e.g. P-EBIKE-SHED; P-LIFT</source>
        <translation>模板编码，例如 P-EBIKE-SHED；P-LIFT</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>edited set</source>
        <translation>编辑中的指标集</translation>
    </message>
    <message>
        <source>The version %1 is already stored, and a stored version never changes: give the edited set a new version.</source>
        <translation>版本 %1 已存储，已存的版本永不改变：请为编辑后的指标集填写新的版本号。</translation>
    </message>
    <message>
        <source>No problems: the set can be saved as version %1.</source>
        <translation>没有问题：可存为版本 %1。</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
</context>
<context>
    <name>SetListModel</name>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
</context>
<context>
    <name>SetResponseCommand</name>
    <message>
        <source>Answer %1</source>
        <translation>填报 %1</translation>
    </message>
</context>
<context>
    <name>SetService</name>
    <message>
        <source>%1: the set %2 version %3 is already stored with different content; give the changed set a new version.</source>
        <translation>%1：指标集 %2 版本 %3 已存储，但内容不同；请为修改后的指标集指定新的版本号。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No indicator set %1 version %2 is stored.</source>
        <translation>尚未存储指标集 %1 版本 %2。</translation>
    </message>
    <message>
        <source>No indicator set with the code %1 is stored.</source>
        <translation>尚未存储编码为 %1 的指标集。</translation>
    </message>
    <message>
        <source>No indicator set version has the ID %1.</source>
        <translation>没有 ID 为 %1 的指标集版本。</translation>
    </message>
    <message>
        <source>The stored indicator set %1 cannot be read.</source>
        <translation>无法读取已存储的指标集 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the set editor (from version %1)</source>
        <translation>指标集编辑器（基于版本 %1）</translation>
    </message>
    <message>
        <source>The set %1 already has a version %2, and a stored version never changes; give the edited set a new version.</source>
        <translation>指标集 %1 已有版本 %2，已存的版本永不改变；请为编辑后的指标集填写新的版本号。</translation>
    </message>
</context>
<context>
    <name>SetTreeModel</name>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>[bottom line]</source>
        <translation>【底线】</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>SqliteFaults</name>
    <message>
        <source>Waiting for another program that is writing to the database (up to %1 s)…</source>
        <translation>另一个程序正在写入数据库，正在等待（最多 %1 秒）…</translation>
    </message>
    <message>
        <source>The disk is full (while %1); nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满（%1时）；未做任何更改。请释放空间后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written (while %1): the file, its folder or the drive is read-only. Nothing was changed.</source>
        <translation>无法写入数据库（%1时）：文件、所在文件夹或磁盘是只读的。未做任何更改。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (while %1: %2); the drive may have been removed or be failing. Nothing was changed.</source>
        <translation>无法读写数据库文件（%1时：%2）；磁盘可能已被拔出或出现故障。未做任何更改。</translation>
    </message>
    <message>
        <source>The database file could not be opened (while %1: %2); it may have been moved or its drive removed.</source>
        <translation>无法打开数据库文件（%1时：%2）；文件可能已被移动，或其磁盘已被拔出。</translation>
    </message>
    <message>
        <source>Another program kept the database locked (while %1); nothing was changed. Try again when it has finished.</source>
        <translation>%1时，另一个程序一直锁定着数据库；未做任何更改。请待其完成后重试。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>CommunityCheck</source>
        <translation>社区体检</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>CommunityCheck databases (*.sqlite);;All files (*)</source>
        <translation>社区体检数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Welcome to CommunityCheck</source>
        <translation>欢迎使用社区体检</translation>
    </message>
    <message>
        <source>Your name, as it appears in the audit trail and on reports:</source>
        <translation>您的姓名（将显示在操作记录和报告中）：</translation>
    </message>
    <message>
        <source>CommunityCheck (社区体检)</source>
        <translation>社区体检（CommunityCheck）</translation>
    </message>
    <message>
        <source>Open (or create) this database file.</source>
        <translation>打开（或新建）此数据库文件。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit (for docs).</source>
        <translation>将主窗口截图保存到 FILE 后退出（用于编写文档）。</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>Open a check at start: its ID or first 8 characters.</source>
        <translation>启动时打开体检：填写其 ID 或前 8 位字符。</translation>
    </message>
    <message>
        <source>With --open: show the submit dialog of that check (for docs).</source>
        <translation>与 --open 同用：显示该体检的提交对话框（用于文档截图）。</translation>
    </message>
    <message>
        <source>With --open: start on this indicator.</source>
        <translation>与 --open 同用：从此指标开始。</translation>
    </message>
    <message>
        <source>With --open: show the report preview of that check (for docs).</source>
        <translation>与 --open 同用：显示该体检的报告预览（用于文档截图）。</translation>
    </message>
    <message>
        <source>With --screenshot: picture the whole screen, to show how the windows fit (for docs).</source>
        <translation>与 --screenshot 同用：截取整个屏幕，以显示窗口在屏幕上的大小和位置（用于文档）。</translation>
    </message>
    <message>
        <source>Start on a tab: communities, sets, checks, dashboard, failed (the failed indicators), rounds (round over round), spread (programme scores), lists, projects or plan.</source>
        <translation>启动时打开的标签页：communities、sets、checks、dashboard、failed（不达标指标）、rounds（轮次对比）、spread（工程得分分布）、lists、projects 或 plan。</translation>
    </message>
    <message>
        <source>Open the buildings of a community at start: its code.</source>
        <translation>启动时打开某个社区的楼栋：社区编码。</translation>
    </message>
    <message>
        <source>A database to open, or a bundle (.ccbundle) to import into the database last used.</source>
        <translation>要打开的数据库，或要导入上次使用的数据库的数据包（.ccbundle）。</translation>
    </message>
    <message>
        <source>error: give one database, as FILE or --db FILE</source>
        <translation>错误：只能指定一个数据库（FILE 或 --db FILE）</translation>
    </message>
    <message>
        <source>Open the set editor at start on a stored set: CODE or CODE@VERSION.</source>
        <translation>启动时在指标集编辑器中打开一个已存指标集：CODE 或 CODE@VERSION。</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit the check</source>
        <translation>提交体检</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter on it) to go to that indicator.</source>
        <translation>双击某一行（或选中后按 Enter）可转到该指标。</translation>
    </message>
    <message>
        <source>&amp;Confirm all carried-over values</source>
        <translation>确认全部沿用上一轮的值(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything required is answered.&lt;/b&gt; After submission the check is read-only until a reviewer returns it or it is reopened with a reason.</source>
        <translation>&lt;b&gt;所有必填项均已填报。&lt;/b&gt;提交后体检将变为只读，直至审核人退回，或填写原因后重新打开。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The check cannot be submitted yet:&lt;/b&gt; %n point(s) still open.</source>
        <translation>
            <numerusform>&lt;b&gt;体检暂不能提交：&lt;/b&gt;还有 %n 项待处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm all %n carried-over value(s)</source>
        <translation>
            <numerusform>确认全部 %n 个沿用值(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>I ha&amp;ve checked these values on site; they are right</source>
        <translation>以上数值已现场核实无误(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are larger than the community&apos;s register allows. Check them (double-click to go there) and correct them, or confirm that they are right:</source>
        <translation>
            <numerusform>有 %n 项数值超出社区登记信息允许的范围。请逐项核对（双击可跳转到该指标）并更正，或确认数值无误：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不达标</translation>
    </message>
    <message>
        <source>%1 · %2 · written on %3</source>
        <translation>%1 · %2 · %3 编制</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The summary is too large for an ODT file.</source>
        <translation>汇总报告过大，无法写成 ODT 文件。</translation>
    </message>
    <message>
        <source>%1: a summary is written as .pdf or as .odt (the editable copy).</source>
        <translation>%1：汇总报告只能写成 .pdf 或 .odt（可编辑副本）。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>没有可写入的内容。</translation>
    </message>
    <message>
        <source>%1: a list is written as .csv or .xlsx.</source>
        <translation>%1：清单只能保存为 .csv 或 .xlsx。</translation>
    </message>
</context>
<context>
    <name>TableImportActions</name>
    <message>
        <source>Tables (*.xlsx *.csv);;Workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv);;工作簿 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import communities (code, name, type, …)</source>
        <translation>导入社区（社区编码、社区名称、类型……）</translation>
    </message>
    <message>
        <source>Import communities</source>
        <translation>导入社区</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1：新增 %2 个，更新 %3 个，未变 %4 个。</translation>
    </message>
    <message>
        <source>Import demands (community, text, source, date, support, …)</source>
        <translation>导入需求（社区编码、需求内容、来源、日期、支持人数……）</translation>
    </message>
    <message>
        <source>Import demands</source>
        <translation>导入需求</translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s) added</source>
        <translation>
            <numerusform>已添加 %n 条需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already stored.</source>
        <translation>
            <numerusform>，%n 条已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import resources (kind, name, community or county, …)</source>
        <translation>导入资源（类型、名称、社区编码或区县……）</translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation>导入资源</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) added</source>
        <translation>
            <numerusform>已添加 %n 项资源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls): open it in Excel, WPS or LibreOffice and save it as .xlsx.</source>
        <translation>%1 是旧版 Excel 工作簿（.xls）：请用 Excel、WPS 或 LibreOffice 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook.</source>
        <translation>%1 不是 XLSX 工作簿。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook, or it is damaged.</source>
        <translation>%1 不是 XLSX 工作簿，或文件已损坏。</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet.</source>
        <translation>%1：工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 claims %3 bytes, more than its compressed data can hold.</source>
        <translation>%1 已损坏：其中的部件 %2 声称有 %3 字节，超出其压缩数据所能容纳的大小。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read as XML (%3).</source>
        <translation>%1 已损坏：其中的部件 %2 无法作为 XML 读取（%3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of parts breaks off after %2 of %3.</source>
        <translation>%1 已损坏：其部件列表在 %3 项中的第 %2 项之后中断。</translation>
    </message>
    <message>
        <source>a formula without a saved value</source>
        <translation>没有保存计算结果的公式</translation>
    </message>
    <message>
        <source>%1: its sheet %2 keeps its text inside the cells (inline strings, as some export tools write it), which cannot be read here without losing the text: open the file in Excel, WPS or LibreOffice and save it again as .xlsx.</source>
        <translation>%1：其工作表 %2 将文字直接存放在单元格中（内联字符串，某些导出工具这样写），在此读取会丢失文字：请用 Excel、WPS 或 LibreOffice 打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1: its first sheet, %2, is hidden, and the first sheet is the one imported: show it, or move the sheet to import to the front, and save the workbook again.</source>
        <translation>%1：第一个工作表 %2 是隐藏的，而导入的是第一个工作表：请取消隐藏，或把要导入的工作表移到最前，再保存工作簿。</translation>
    </message>
</context>
</TS>
