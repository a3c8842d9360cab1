<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CommunityCheck</source>
        <translation>About CommunityCheck</translation>
    </message>
    <message>
        <source>CommunityCheck</source>
        <translation>CommunityCheck</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offline community health checks (先体检、后更新) for the Jiangxi 好社区 programme: check a community against an indicator set, score it, list its problems and the renewal projects they call for.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2).&lt;/p&gt;&lt;p&gt;Database: %3 (schema %4)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Offline community health checks for the Jiangxi Good Community programme: check a community against an indicator set, score it, list its problems and the renewal projects they call for.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2).&lt;/p&gt;&lt;p&gt;Database: %3 (schema %4)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccessGate</name>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>planner</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>assessor</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, %4)</source>
        <translation>%1 on %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number (digits and a &apos;.&apos;, not negative)</source>
        <translation>%1: &quot;%2&quot; is not a number (digits and a &apos;.&apos;, not negative)</translation>
    </message>
</context>
<context>
    <name>AssessmentDocument</name>
    <message>
        <source>The check is not loaded.</source>
        <translation>The check is not loaded.</translation>
    </message>
    <message>
        <source>This check is read-only.</source>
        <translation>This check is read-only.</translation>
    </message>
    <message>
        <source>%1: no such indicator in this set.</source>
        <translation>%1: no such indicator in this set.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Indicator set</source>
        <translation>Indicator set</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <source>Provisional: too little of the check is answered for the score to hold.</source>
        <translation>Provisional: too little of the check is answered for the score to hold.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Bottom-line failures</source>
        <translation>Bottom-line failures</translation>
    </message>
    <message>
        <source>Open 限时解决</source>
        <translation>Open time-bound</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>No assessment has the ID %1.</source>
        <translation>No assessment has the ID %1.</translation>
    </message>
    <message>
        <source>The answer to %1 was changed by %2 at %3 after you read it; yours was not saved. The check shows theirs now: look at it, and enter yours again if it should stand.</source>
        <translation>The answer to %1 was changed by %2 at %3 after you read it; yours was not saved. The check shows theirs now: look at it, and enter yours again if it should stand.</translation>
    </message>
    <message>
        <source>The answer to %1 was cleared by another user after you read it; yours was not saved. Enter it again if it should stand.</source>
        <translation>The answer to %1 was cleared by another user after you read it; yours was not saved. Enter it again if it should stand.</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>No community has the code %1.</source>
        <translation>No community has the code %1.</translation>
    </message>
    <message>
        <source>The set %1 %2 does not declare the community type &quot;%3&quot; of %4; its indicators limited to certain types will be N/A.</source>
        <translation>The set %1 %2 does not declare the community type &quot;%3&quot; of %4; its indicators limited to certain types will be N/A.</translation>
    </message>
    <message>
        <source>No assessment has the ID %1.</source>
        <translation>No assessment has the ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assessment ID (give the full ID or at least its first 8 characters).</source>
        <translation>&quot;%1&quot; is not an assessment ID (give the full ID or at least its first 8 characters).</translation>
    </message>
    <message>
        <source>No assessment has an ID beginning with %1.</source>
        <translation>No assessment has an ID beginning with %1.</translation>
    </message>
    <message>
        <source>Several assessments have IDs beginning with %1; give more characters.</source>
        <translation>Several assessments have IDs beginning with %1; give more characters.</translation>
    </message>
    <message>
        <source>%1: no indicator with this code in the set %2 %3.</source>
        <translation>%1: no indicator with this code in the set %2 %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>The assessment %1 is marked &quot;%2&quot; and cannot be changed; only draft or returned checks take answers.</source>
        <translation>The assessment %1 is marked &quot;%2&quot; and cannot be changed; only draft or returned checks take answers.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>imported from %1</translation>
    </message>
    <message>
        <source>%1 already has a check for %2 (%3); open it instead of starting another.</source>
        <translation>%1 already has a check for %2 (%3); open it instead of starting another.</translation>
    </message>
    <message>
        <source>The check&apos;s date is not a valid date; write it as YYYY-MM-DD.</source>
        <translation>The check&apos;s date is not a valid date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The check&apos;s date %1 is not plausible: the day of the site visit lies between 2000 and a year from today.</source>
        <translation>The check&apos;s date %1 is not plausible: the day of the site visit lies between 2000 and a year from today.</translation>
    </message>
    <message>
        <source>%1 is not among the assessors of this check (%2); only they, and an admin, change its answers, photos and ledger. Ask the county&apos;s administrator to add you to it.</source>
        <translation>%1 is not among the assessors of this check (%2); only they, and an admin, change its answers, photos and ledger. Ask the county&apos;s administrator to add you to it.</translation>
    </message>
</context>
<context>
    <name>AssessmentTreeModel</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>(carried over)</source>
        <translation>(carried over)</translation>
    </message>
    <message>
        <source>Bottom-line indicator: any shortfall is a failure</source>
        <translation>Bottom-line indicator: any shortfall is a failure</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Find an indicator by code or name (Ctrl+F)</source>
        <translation>Find an indicator by code or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>Not &amp;applicable</translation>
    </message>
    <message>
        <source>Why the indicator does not apply</source>
        <translation>Why the indicator does not apply</translation>
    </message>
    <message>
        <source>Confirm and next (Enter)</source>
        <translation>Confirm and next (Enter)</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Clear answer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Find indicator</source>
        <translation>&amp;Find indicator</translation>
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
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Confirm all carried-over values</source>
        <translation>&amp;Confirm all carried-over values</translation>
    </message>
    <message>
        <source>&amp;Return to the assessor…</source>
        <translation>&amp;Return to the assessor…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Saved %1 at %2</source>
        <translation>Saved %1 at %2</translation>
    </message>
    <message>
        <source>%1 — %2 — CommunityCheck</source>
        <translation>%1 — %2 — CommunityCheck</translation>
    </message>
    <message>
        <source>(capped by bottom-line failures)</source>
        <translation>(capped by bottom-line failures)</translation>
    </message>
    <message>
        <source>Overall &lt;b&gt;%1&lt;/b&gt; · grade &lt;b&gt;%2&lt;/b&gt; · coverage %3</source>
        <translation>Overall &lt;b&gt;%1&lt;/b&gt; · grade &lt;b&gt;%2&lt;/b&gt; · coverage %3</translation>
    </message>
    <message>
        <source> · task %1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> · task %1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n bottom-line failure(s)</source>
        <translation>
            <numerusform>%n bottom-line failure</numerusform>
            <numerusform>%n bottom-line failures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 applicable indicators answered</source>
        <translation>%1 of %2 applicable indicators answered</translation>
    </message>
    <message>
        <source>Draft: every confirmed value is saved at once.</source>
        <translation>Draft: every confirmed value is saved at once.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submitted&lt;/b&gt;: read-only while it is reviewed.</source>
        <translation>&lt;b&gt;Submitted&lt;/b&gt;: read-only while it is reviewed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned&lt;/b&gt; to the assessor: %1</source>
        <translation>&lt;b&gt;Returned&lt;/b&gt; to the assessor: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;: read-only. Reopening needs a reason.</source>
        <translation>&lt;b&gt;Approved&lt;/b&gt;: read-only. Reopening needs a reason.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) carried over from the earlier round, not yet confirmed.</source>
        <translation>
            <numerusform>%n value carried over from the earlier round, not yet confirmed.</numerusform>
            <numerusform>%n values carried over from the earlier round, not yet confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bottom-line indicator: any shortfall is a failure</source>
        <translation>Bottom-line indicator: any shortfall is a failure</translation>
    </message>
    <message>
        <source>A photo is required when it fails.</source>
        <translation>A photo is required when it fails.</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Target: at least %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Target: at most %1</translation>
    </message>
    <message>
        <source>(per %1 %2)</source>
        <translation>(per %1 %2)</translation>
    </message>
    <message>
        <source>National basic indicator: %1</source>
        <translation>National basic indicator: %1</translation>
    </message>
    <message>
        <source>Carried over from the earlier round: confirm it with Enter or change it.</source>
        <translation>Carried over from the earlier round: confirm it with Enter or change it.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>rating %1 to %2</source>
        <translation>rating %1 to %2</translation>
    </message>
    <message>
        <source>allowed %1 to %2</source>
        <translation>allowed %1 to %2</translation>
    </message>
    <message>
        <source>Say why the indicator does not apply.</source>
        <translation>Say why the indicator does not apply.</translation>
    </message>
    <message>
        <source>Choose yes (Alt+Y) or no (Alt+N), or mark the indicator not applicable (Alt+A).</source>
        <translation>Choose yes (Alt+Y) or no (Alt+N), or mark the indicator not applicable (Alt+A).</translation>
    </message>
    <message>
        <source>Type a number, or mark the indicator not applicable (Alt+A).</source>
        <translation>Type a number, or mark the indicator not applicable (Alt+A).</translation>
    </message>
    <message>
        <source>Choose one of the options (arrow keys), or mark the indicator not applicable (Alt+A).</source>
        <translation>Choose one of the options (arrow keys), or mark the indicator not applicable (Alt+A).</translation>
    </message>
    <message>
        <source>Type the text, or clear the answer.</source>
        <translation>Type the text, or clear the answer.</translation>
    </message>
    <message>
        <source>This check is read-only.</source>
        <translation>This check is read-only.</translation>
    </message>
    <message>
        <source>Every applicable indicator is answered: the check can be submitted (Ctrl+Shift+S).</source>
        <translation>Every applicable indicator is answered: the check can be submitted (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Return to the assessor</source>
        <translation>Return to the assessor</translation>
    </message>
    <message>
        <source>What must the assessor check or change?</source>
        <translation>What must the assessor check or change?</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve this check? It becomes read-only.</source>
        <translation>Approve this check? It becomes read-only.</translation>
    </message>
    <message>
        <source>Reopen the check</source>
        <translation>Reopen the check</translation>
    </message>
    <message>
        <source>Why must the check be changed again?</source>
        <translation>Why must the check be changed again?</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add photos… (Ctrl+P)</source>
        <translation>Add photos… (Ctrl+P)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Delete photo</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Add &amp;photos…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>all carried-over values</source>
        <translation>all carried-over values</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Carried-over values</source>
        <translation>Carried-over values</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>Preview, print or export the scored report of this check</source>
        <translation>Preview, print or export the scored report of this check</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Saved; check the value: %1</source>
        <translation>Saved; check the value: %1</translation>
    </message>
    <message>
        <source>Change the check&apos;s &amp;date…</source>
        <translation>Change the check&apos;s &amp;date…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close this check (every confirmed value is saved)</source>
        <translation>Close this check (every confirmed value is saved)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Unconfirmed value</source>
        <translation>Unconfirmed value</translation>
    </message>
    <message>
        <source>The value typed for %1 is not confirmed yet. Confirm it before closing?</source>
        <translation>The value typed for %1 is not confirmed yet. Confirm it before closing?</translation>
    </message>
    <message>
        <source>Changed meanwhile in another window or program: now %1.</source>
        <translation>Changed meanwhile in another window or program: now %1.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program while you were on it: it is now %2. Save yours over it?</source>
        <translation>%1 was changed in another window or program while you were on it: it is now %2. Save yours over it?</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Undo or redo changed %1: it is shown.</source>
        <translation>Undo or redo changed %1: it is shown.</translation>
    </message>
    <message>
        <source>&amp;Next unanswered</source>
        <translation>&amp;Next unanswered</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6b6b6b&apos;&gt;Provisional: overall %1 · grade %2&lt;/span&gt; · coverage %3, below %4</source>
        <translation>&lt;span style=&apos;color:#6b6b6b&apos;&gt;Provisional: overall %1 · grade %2&lt;/span&gt; · coverage %3, below %4</translation>
    </message>
    <message>
        <source>Building &amp;ledger…</source>
        <translation>Building &amp;ledger…</translation>
    </message>
    <message>
        <source>The building ledger of this check: building by building, the problems of the national method</source>
        <translation>The building ledger of this check: building by building, the problems of the national method</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Counted from the building ledger (Ctrl+L): %1</source>
        <translation>Counted from the building ledger (Ctrl+L): %1</translation>
    </message>
    <message>
        <source>Counted from the building ledger (Ctrl+L): no building has an entry for its items yet.</source>
        <translation>Counted from the building ledger (Ctrl+L): no building has an entry for its items yet.</translation>
    </message>
    <message>
        <source>Computed from the earlier round&apos;s problems: %1</source>
        <translation>Computed from the earlier round&apos;s problems: %1</translation>
    </message>
    <message>
        <source>Computed from the earlier round&apos;s problems: none of them is re-checked yet.</source>
        <translation>Computed from the earlier round&apos;s problems: none of them is re-checked yet.</translation>
    </message>
</context>
<context>
    <name>AssessmentWorkflow</name>
    <message>
        <source>required, not answered</source>
        <translation>required, not answered</translation>
    </message>
    <message>
        <source>required, cannot be scored: %1</source>
        <translation>required, cannot be scored: %1</translation>
    </message>
    <message>
        <source>fails and needs a photo</source>
        <translation>fails and needs a photo</translation>
    </message>
    <message>
        <source>carried over from the earlier round, not confirmed</source>
        <translation>carried over from the earlier round, not confirmed</translation>
    </message>
    <message numerus="yes">
        <source>The check cannot be submitted yet: %n point(s) still open.</source>
        <translation>
            <numerusform>The check cannot be submitted yet: %n point still open.</numerusform>
            <numerusform>The check cannot be submitted yet: %n points still open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the check goes back to the assessor.</source>
        <translation>Say why the check goes back to the assessor.</translation>
    </message>
    <message>
        <source>Reopening a submitted or approved check needs a reason.</source>
        <translation>Reopening a submitted or approved check needs a reason.</translation>
    </message>
    <message>
        <source>The assessment %1 is marked &quot;%2&quot; and cannot be changed.</source>
        <translation>The assessment %1 is marked &quot;%2&quot; and cannot be changed.</translation>
    </message>
    <message>
        <source>The assessment %1 is marked &quot;%2&quot;; it cannot become &quot;%3&quot; from there.</source>
        <translation>The assessment %1 is marked &quot;%2&quot;; it cannot become &quot;%3&quot; from there.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>A county server&apos;s database is backed up, checked and restored on the server with pg_dump and pg_restore (docs/server.md), not from the app.</source>
        <translation>A county server&apos;s database is backed up, checked and restored on the server with pg_dump and pg_restore (docs/server.md), not from the app.</translation>
    </message>
</context>
<context>
    <name>BudgetFill</name>
    <message>
        <source>no cost estimate yet</source>
        <translation>no cost estimate yet</translation>
    </message>
    <message>
        <source>an alternative for the same problem is selected: %1</source>
        <translation>an alternative for the same problem is selected: %1</translation>
    </message>
    <message>
        <source>限时解决, selected without a cost estimate: estimate it</source>
        <translation>time-bound, selected without a cost estimate: estimate it</translation>
    </message>
    <message>
        <source>the 限时解决 projects alone exceed the budget by %1 万元</source>
        <translation>the time-bound projects alone exceed the budget by RMB %1 × 10k</translation>
    </message>
    <message>
        <source>over the budget: needs %1 万元 this year, %2 万元 left</source>
        <translation>over the budget: needs RMB %1 × 10k this year, RMB %2 × 10k left</translation>
    </message>
    <message>
        <source>continuing from %1: needs %2 万元 this year, %3 万元 left</source>
        <translation>continuing from %1: needs RMB %2 × 10k this year, RMB %3 × 10k left</translation>
    </message>
    <message>
        <source>continuing from the %1 plan: this year&apos;s share</source>
        <translation>continuing from the %1 plan: this year&apos;s share</translation>
    </message>
</context>
<context>
    <name>BuildPlanCommand</name>
    <message>
        <source>Build the plan %1 %2</source>
        <translation>Build the plan %1 %2</translation>
    </message>
</context>
<context>
    <name>BuildingCommands</name>
    <message>
        <source>Add building %1</source>
        <translation>Add building %1</translation>
    </message>
    <message>
        <source>Edit building %1</source>
        <translation>Edit building %1</translation>
    </message>
    <message>
        <source>Delete building %1</source>
        <translation>Delete building %1</translation>
    </message>
    <message>
        <source>Import buildings from %1</source>
        <translation>Import buildings from %1</translation>
    </message>
    <message>
        <source>Ledger %1 %2</source>
        <translation>Ledger %1 %2</translation>
    </message>
</context>
<context>
    <name>BuildingService</name>
    <message>
        <source>The building number or name is empty.</source>
        <translation>The building number or name is empty.</translation>
    </message>
    <message>
        <source>Storeys must be from 1 to %1.</source>
        <translation>Storeys must be from 1 to %1.</translation>
    </message>
    <message>
        <source>Dwellings must be from 0 to %1.</source>
        <translation>Dwellings must be from 0 to %1.</translation>
    </message>
    <message>
        <source>The build year must be from %1 to %2.</source>
        <translation>The build year must be from %1 to %2.</translation>
    </message>
    <message>
        <source>The building %1 is already in the register.</source>
        <translation>The building %1 is already in the register.</translation>
    </message>
    <message numerus="yes">
        <source>The building %1 has %n entries in the building ledger of a check and cannot be deleted.</source>
        <translation>
            <numerusform>The building %1 has %n entry in the building ledger of a check and cannot be deleted.</numerusform>
            <numerusform>The building %1 has %n entries in the building ledger of a check and cannot be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment has the ID %1.</source>
        <translation>No assessment has the ID %1.</translation>
    </message>
    <message>
        <source>The check %1 is marked &quot;%2&quot;; only draft or returned checks take ledger entries.</source>
        <translation>The check %1 is marked &quot;%2&quot;; only draft or returned checks take ledger entries.</translation>
    </message>
    <message>
        <source>%1: the building %2 %3 is not in the community&apos;s register (add it under Buildings first)</source>
        <translation>%1: the building %2 %3 is not in the community&apos;s register (add it under Buildings first)</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries imported</source>
        <translation>
            <numerusform>%n ledger entry imported</numerusform>
            <numerusform>%n ledger entries imported</numerusform>
        </translation>
    </message>
    <message>
        <source>The estate is empty: scattered buildings go into a temporary estate of their own.</source>
        <translation>The estate is empty: scattered buildings go into a temporary estate of their own.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the building ledger.</source>
        <translation>&quot;%1&quot; is not an item of the building ledger.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a degree of the manual.</source>
        <translation>&quot;%1&quot; is not a degree of the manual.</translation>
    </message>
    <message>
        <source>The building %1 is not in the register of the check&apos;s community.</source>
        <translation>The building %1 is not in the register of the check&apos;s community.</translation>
    </message>
    <message>
        <source>The building %1 has entries in the building ledger of a check and cannot be deleted.</source>
        <translation>The building %1 has entries in the building ledger of a check and cannot be deleted.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an item of the building ledger.</source>
        <translation>%1: &quot;%2&quot; is not an item of the building ledger.</translation>
    </message>
</context>
<context>
    <name>BuildingTableModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>&quot;%1&quot; is not %2.</translation>
    </message>
    <message>
        <source>a number of storeys</source>
        <translation>a number of storeys</translation>
    </message>
    <message>
        <source>a number of dwellings</source>
        <translation>a number of dwellings</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>a year</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; is not yes or no.</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Storeys</source>
        <translation>Storeys</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Built</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BuildingsDialog</name>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>&amp;Add building</source>
        <translation>&amp;Add building</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Set &amp;register counts</source>
        <translation>Set &amp;register counts</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Red&amp;o</translation>
    </message>
    <message>
        <source>Buildings — %1 %2</source>
        <translation>Buildings — %1 %2</translation>
    </message>
    <message>
        <source>Import buildings</source>
        <translation>Import buildings</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Tables (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n estate(s), </source>
        <translation>
            <numerusform>%n estate, </numerusform>
            <numerusform>%n estates, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n building(s), %1 dwellings</source>
        <translation>
            <numerusform>%n building, %1 dwellings</numerusform>
            <numerusform>%n buildings, %1 dwellings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a dwelling count)</source>
        <translation>
            <numerusform> (%n without a dwelling count)</numerusform>
            <numerusform> (%n without a dwelling count)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estate 1</source>
        <translation>Estate 1</translation>
    </message>
    <message>
        <source>Added %1: type its number or name, then Tab to the next field.</source>
        <translation>Added %1: type its number or name, then Tab to the next field.</translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back).</source>
        <translation>Deleted %1 (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>The register now has %1 buildings and %2 households.</source>
        <translation>The register now has %1 buildings and %2 households.</translation>
    </message>
    <message>
        <source>The register now has %1 buildings; its households were kept, since not every building has its dwellings.</source>
        <translation>The register now has %1 buildings; its households were kept, since not every building has its dwellings.</translation>
    </message>
    <message>
        <source>The estates and buildings of %1. Type over a cell and press Enter: every value is saved at once (Ctrl+Z undoes it). Scattered buildings go into a temporary estate of their own.</source>
        <translation>The estates and buildings of %1. Type over a cell and press Enter: every value is saved at once (Ctrl+Z undoes it). Scattered buildings go into a temporary estate of their own.</translation>
    </message>
</context>
<context>
    <name>BuildingsTable</name>
    <message>
        <source>%1: %2 is a date, not %3</source>
        <translation>%1: %2 is a date, not %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3 (a whole number from %4 to %5)</source>
        <translation>%1: &quot;%2&quot; is not %3 (a whole number from %4 to %5)</translation>
    </message>
    <message>
        <source>%1: the building number or name is empty</source>
        <translation>%1: the building number or name is empty</translation>
    </message>
    <message>
        <source>a number of storeys</source>
        <translation>a number of storeys</translation>
    </message>
    <message>
        <source>a number of dwellings</source>
        <translation>a number of dwellings</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>a year</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (是/否)</source>
        <translation>%1: &quot;%2&quot; is not yes or no (是/否)</translation>
    </message>
    <message>
        <source>%1: the building %2 is also on %3</source>
        <translation>%1: the building %2 is also on %3</translation>
    </message>
    <message>
        <source>%1: the file has no buildings, only a header.</source>
        <translation>%1: the file has no buildings, only a header.</translation>
    </message>
    <message>
        <source>%1: the estate is empty (scattered buildings go into a temporary estate of their own, named like any other)</source>
        <translation>%1: the estate is empty (scattered buildings go into a temporary estate of their own, named like any other)</translation>
    </message>
    <message>
        <source>buildings table</source>
        <translation>buildings table</translation>
    </message>
</context>
<context>
    <name>BulkReader</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>The database connection does not expose an SQLite or PostgreSQL handle.</source>
        <translation>The database connection does not expose an SQLite or PostgreSQL handle.</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>writing the bundle</source>
        <translation>writing the bundle</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read from the database.</source>
        <translation>The photo %1 cannot be read from the database.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CommunityCheck bundle.</source>
        <translation>%1 is not a CommunityCheck bundle.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: it cannot be read.</source>
        <translation>%1 is damaged or truncated: it cannot be read.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2</source>
        <translation>%1 is damaged or truncated: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a CommunityCheck bundle.</source>
        <translation>%1 is an SQLite file but not a CommunityCheck bundle.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CommunityCheck (bundle format %2; this version reads up to %3). Install the newer version to import it.</source>
        <translation>%1 was written by a newer version of CommunityCheck (bundle format %2; this version reads up to %3). Install the newer version to import it.</translation>
    </message>
    <message>
        <source>%1 has no bundle format version.</source>
        <translation>%1 has no bundle format version.</translation>
    </message>
    <message>
        <source>reading the bundle %1</source>
        <translation>reading the bundle %1</translation>
    </message>
    <message>
        <source>%1 has no manifest.</source>
        <translation>%1 has no manifest.</translation>
    </message>
    <message>
        <source>%1: the community %2 has no valid UUID.</source>
        <translation>%1: the community %2 has no valid UUID.</translation>
    </message>
    <message>
        <source>%1: the check %2 is not well formed (UUID, community or state).</source>
        <translation>%1: the check %2 is not well formed (UUID, community or state).</translation>
    </message>
    <message>
        <source>%1: an answer to %2 belongs to no check of the bundle.</source>
        <translation>%1: an answer to %2 belongs to no check of the bundle.</translation>
    </message>
    <message>
        <source>%1: the photo %2 does not match its checksum; the bundle was changed or damaged on the way.</source>
        <translation>%1: the photo %2 does not match its checksum; the bundle was changed or damaged on the way.</translation>
    </message>
    <message>
        <source>%1: the photo %2 belongs to no check of the bundle.</source>
        <translation>%1: the photo %2 belongs to no check of the bundle.</translation>
    </message>
    <message>
        <source>%1: the photo %2 (%3) is listed but its bytes are missing.</source>
        <translation>%1: the photo %2 (%3) is listed but its bytes are missing.</translation>
    </message>
    <message>
        <source>%1: an audit entry has no valid UUID.</source>
        <translation>%1: an audit entry has no valid UUID.</translation>
    </message>
    <message>
        <source>%1 is not a complete bundle.</source>
        <translation>%1 is not a complete bundle.</translation>
    </message>
    <message>
        <source>%1: the photo %2 cannot be read.</source>
        <translation>%1: the photo %2 cannot be read.</translation>
    </message>
    <message>
        <source>%1: a removed photo belongs to no check of the bundle.</source>
        <translation>%1: a removed photo belongs to no check of the bundle.</translation>
    </message>
    <message>
        <source>%1: the check %2 is listed twice.</source>
        <translation>%1: the check %2 is listed twice.</translation>
    </message>
    <message>
        <source>%1: %2 answers are not well formed (a number that is not a number, a flag that is not 0 or 1).</source>
        <translation>%1: %2 answers are not well formed (a number that is not a number, a flag that is not 0 or 1).</translation>
    </message>
    <message>
        <source>%1: an answer is listed twice.</source>
        <translation>%1: an answer is listed twice.</translation>
    </message>
    <message>
        <source>%1: an agreement belongs to no check of the bundle.</source>
        <translation>%1: an agreement belongs to no check of the bundle.</translation>
    </message>
    <message>
        <source>%1: %2 entries of the building ledger are not well formed or belong to no check or building of the bundle.</source>
        <translation>%1: %2 entries of the building ledger are not well formed or belong to no check or building of the bundle.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an item of the building ledger.</source>
        <translation>%1: &quot;%2&quot; is not an item of the building ledger.</translation>
    </message>
    <message>
        <source>%1: the building %2 (%3) is not well formed (UUID, community, estate and number, once each).</source>
        <translation>%1: the building %2 (%3) is not well formed (UUID, community, estate and number, once each).</translation>
    </message>
    <message>
        <source>%1: the figures of the building %2 are not whole numbers.</source>
        <translation>%1: the figures of the building %2 are not whole numbers.</translation>
    </message>
    <message>
        <source>%1: %2 entries of the building ledger are for buildings of another community than their check&apos;s.</source>
        <translation>%1: %2 entries of the building ledger are for buildings of another community than their check&apos;s.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>Changed on both sides since they last agreed: decide for each one (the value that is not kept stays in the audit trail).</source>
        <translation>Changed on both sides since they last agreed: decide for each one (the value that is not kept stays in the audit trail).</translation>
    </message>
    <message>
        <source>Keep &amp;ours for all</source>
        <translation>Keep &amp;ours for all</translation>
    </message>
    <message>
        <source>Keep this database&apos;s value in every conflict</source>
        <translation>Keep this database&apos;s value in every conflict</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all</source>
        <translation>Take &amp;theirs for all</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s value in every conflict</source>
        <translation>Take the bundle&apos;s value in every conflict</translation>
    </message>
    <message>
        <source>State (and review comment)</source>
        <translation>State (and review comment)</translation>
    </message>
    <message>
        <source>Community (same code, another record)</source>
        <translation>Community (same code, another record)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>%1 will bring: %2 new communities, %3 new checks, %4 answers or states taken, %5 the same here, %6 new photos, %7 audit entries.</source>
        <translation>%1 will bring: %2 new communities, %3 new checks, %4 answers or states taken, %5 the same here, %6 new photos, %7 audit entries.</translation>
    </message>
    <message>
        <source>Indicator sets installed: %1.</source>
        <translation>Indicator sets installed: %1.</translation>
    </message>
    <message>
        <source>Nothing changes until you import; the import is one step, all or nothing.</source>
        <translation>Nothing changes until you import; the import is one step, all or nothing.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>This database</translation>
    </message>
    <message>
        <source>Changed by, at</source>
        <translation>Changed by, at</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>The bundle</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation>— decide —</translation>
    </message>
    <message>
        <source>This database&apos;s</source>
        <translation>This database&apos;s</translation>
    </message>
    <message>
        <source>The bundle&apos;s</source>
        <translation>The bundle&apos;s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not changed by this bundle:
%1</source>
        <translation>Not changed by this bundle:
%1</translation>
    </message>
    <message>
        <source>The database changed since the preview: open the bundle again.</source>
        <translation>The database changed since the preview: open the bundle again.</translation>
    </message>
    <message>
        <source>Bundles (*.ccbundle);;All files (*)</source>
        <translation>Bundles (*.ccbundle);;All files (*)</translation>
    </message>
    <message>
        <source>No check to send: choose the checks in the Checks tab first.</source>
        <translation>No check to send: choose the checks in the Checks tab first.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>checks-%1</source>
        <translation>checks-%1</translation>
    </message>
    <message>
        <source>Bundles (*.ccbundle)</source>
        <translation>Bundles (*.ccbundle)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) of the communities new here.</source>
        <translation>
            <numerusform>%n building of the communities new here.</numerusform>
            <numerusform>%n buildings of the communities new here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleMerge</name>
    <message>
        <source>bundle %1 from %2 on %3</source>
        <translation>bundle %1 from %2 on %3</translation>
    </message>
    <message>
        <source>%1 (set %2 %3)</source>
        <translation>%1 (set %2 %3)</translation>
    </message>
    <message>
        <source>%1: the set listed as %2 %3 is %4 %5.</source>
        <translation>%1: the set listed as %2 %3 is %4 %5.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the check %2 names a community the bundle does not carry.</source>
        <translation>%1: the check %2 names a community the bundle does not carry.</translation>
    </message>
    <message>
        <source>%1: the check %2 uses the set %3 %4, which the bundle does not carry.</source>
        <translation>%1: the check %2 uses the set %3 %4, which the bundle does not carry.</translation>
    </message>
    <message>
        <source>%1: the check %2 vanished during the import.</source>
        <translation>%1: the check %2 vanished during the import.</translation>
    </message>
    <message>
        <source>approved in this database: a bundle does not change approved work</source>
        <translation>approved in this database: a bundle does not change approved work</translation>
    </message>
    <message>
        <source>conflict: the bundle&apos;s state taken (%1)</source>
        <translation>conflict: the bundle&apos;s state taken (%1)</translation>
    </message>
    <message>
        <source>conflict: the bundle&apos;s state not taken (%1)</source>
        <translation>conflict: the bundle&apos;s state not taken (%1)</translation>
    </message>
    <message>
        <source>conflict: the bundle&apos;s value (%1, %2) replaced this database&apos;s</source>
        <translation>conflict: the bundle&apos;s value (%1, %2) replaced this database&apos;s</translation>
    </message>
    <message>
        <source>conflict: the bundle&apos;s value (%1, %2) was not taken</source>
        <translation>conflict: the bundle&apos;s value (%1, %2) was not taken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: (deleted)</source>
        <translation>%1: (deleted)</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>BundleProjectsCommand</name>
    <message>
        <source>Bundle %1</source>
        <translation>Bundle %1</translation>
    </message>
</context>
<context>
    <name>CheckDateCommand</name>
    <message>
        <source>Date of the check: %1</source>
        <translation>Date of the check: %1</translation>
    </message>
</context>
<context>
    <name>CheckDateDialog</name>
    <message>
        <source>The check&apos;s date</source>
        <translation>The check&apos;s date</translation>
    </message>
    <message>
        <source>The day of the site visit. The deadlines of 限时解决 problems count from it.</source>
        <translation>The day of the site visit. The deadlines of time-bound problems count from it.</translation>
    </message>
    <message>
        <source>Check &amp;date</source>
        <translation>Check &amp;date</translation>
    </message>
</context>
<context>
    <name>ChecklistAction</name>
    <message>
        <source>Select a check first.</source>
        <translation>Select a check first.</translation>
    </message>
    <message>
        <source>%1 checklist.pdf</source>
        <translation>%1 checklist.pdf</translation>
    </message>
    <message>
        <source>Print blank checklist</source>
        <translation>Print blank checklist</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Checklist written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Checklist written: %1 (%n page)</numerusform>
            <numerusform>Checklist written: %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPdf</name>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>A photo is required when it fails.</source>
        <translation>A photo is required when it fails.</translation>
    </message>
    <message>
        <source>Not applicable to %1</source>
        <translation>Not applicable to %1</translation>
    </message>
    <message>
        <source>Bottom line</source>
        <translation>Bottom line</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Counted from the building ledger (the grid pages): nothing to write here.</source>
        <translation>Counted from the building ledger (the grid pages): nothing to write here.</translation>
    </message>
    <message>
        <source>Computed from the problems of the earlier round: nothing to write here.</source>
        <translation>Computed from the problems of the earlier round: nothing to write here.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>None of these</translation>
    </message>
    <message>
        <source>Note, why not applicable, photo numbers:</source>
        <translation>Note, why not applicable, photo numbers:</translation>
    </message>
    <message>
        <source>Community check: field checklist</source>
        <translation>Community check: field checklist</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Community type</source>
        <translation>Community type</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Indicator set</source>
        <translation>Indicator set</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <source>Tick one box, or write the value in the box, for every indicator; to change a tick, cross it out and tick again. When an indicator does not apply, tick N/A and write why on its note line. Back at the office, open this check and type the answers in the order printed here: the value, then Enter, line by line.</source>
        <translation>Tick one box, or write the value in the box, for every indicator; to change a tick, cross it out and tick again. When an indicator does not apply, tick N/A and write why on its note line. Back at the office, open this check and type the answers in the order printed here: the value, then Enter, line by line.</translation>
    </message>
    <message>
        <source>Bottom line: a bottom-line indicator; when it fails, the grade is capped.</source>
        <translation>Bottom line: a bottom-line indicator; when it fails, the grade is capped.</translation>
    </message>
    <message>
        <source>Cannot start painting the checklist.</source>
        <translation>Cannot start painting the checklist.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Cannot finish painting the checklist.</source>
        <translation>Cannot finish painting the checklist.</translation>
    </message>
    <message>
        <source>One row per building. In an item&apos;s cell write 1 for a problem found to a general degree (一般), 2 fairly serious (较严重), 3 serious (严重), ✓ when found without a degree, 0 when checked and not found; leave it empty when not checked. Typed back in the check&apos;s building ledger (Ctrl+L) with the same keys.</source>
        <translation>One row per building. In an item&apos;s cell write 1 for a problem found to a general degree (一般), 2 fairly serious (较严重), 3 serious (严重), ✓ when found without a degree, 0 when checked and not found; leave it empty when not checked. Typed back in the check&apos;s building ledger (Ctrl+L) with the same keys.</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Building ledger (%1 of %2): %3 to %4</source>
        <translation>Building ledger (%1 of %2): %3 to %4</translation>
    </message>
    <message>
        <source>Building ledger</source>
        <translation>Building ledger</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>This checklist lists %1 indicators: %2 to answer on paper, %3 computed by the program, %4 not applicable to this community&apos;s type.</source>
        <translation>This checklist lists %1 indicators: %2 to answer on paper, %3 computed by the program, %4 not applicable to this community&apos;s type.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>New check…</source>
        <translation>New check…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Generate projects</source>
        <translation>Generate projects</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>Review &amp;queue</translation>
    </message>
    <message>
        <source>The submitted checks only, the one waiting longest first</source>
        <translation>The submitted checks only, the one waiting longest first</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Appro&amp;ve…</translation>
    </message>
    <message>
        <source>Approve the selected submitted checks, all of them in one step</source>
        <translation>Approve the selected submitted checks, all of them in one step</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>Return the selected submitted checks to their assessors, with a comment</source>
        <translation>Return the selected submitted checks to their assessors, with a comment</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>Fi&amp;nd</translation>
    </message>
    <message>
        <source>community code or name</source>
        <translation>community code or name</translation>
    </message>
    <message>
        <source>Roun&amp;d</source>
        <translation>Roun&amp;d</translation>
    </message>
    <message>
        <source>St&amp;ate</source>
        <translation>St&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <source>Pi&amp;lots</source>
        <translation>Pi&amp;lots</translation>
    </message>
    <message>
        <source>Only the checks of pilot communities</source>
        <translation>Only the checks of pilot communities</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Cit&amp;y</translation>
    </message>
    <message>
        <source>C&amp;ounty</source>
        <translation>C&amp;ounty</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation>Ty&amp;pe</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s)</source>
        <translation>
            <numerusform>%1 of %n check</numerusform>
            <numerusform>%1 of %n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Only submitted checks can be approved or returned; deselect these first:
%1</source>
        <translation>Only submitted checks can be approved or returned; deselect these first:
%1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n check(s)? They become read-only.
A comment for the audit trail (optional):</source>
        <translation>
            <numerusform>Approve %n check? It becomes read-only.
A comment for the audit trail (optional):</numerusform>
            <numerusform>Approve %n checks? They become read-only.
A comment for the audit trail (optional):</numerusform>
        </translation>
    </message>
    <message>
        <source>Return to the assessors</source>
        <translation>Return to the assessors</translation>
    </message>
    <message numerus="yes">
        <source>What must the assessors check or change in %n check(s)?</source>
        <translation>
            <numerusform>What must the assessor check or change in this check?</numerusform>
            <numerusform>What must the assessors check or change in these %n checks?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run `communitycheck-cli --help` for usage.</source>
        <translation>Run `communitycheck-cli --help` for usage.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use zh_CN or en)</source>
        <translation>unknown language &quot;%1&quot; (use zh_CN or en)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>which one? %1</source>
        <translation>which one? %1</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unknown subcommand &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
    </message>
    <message>
        <source>Database created: %1 (schema %2)</source>
        <translation>Database created: %1 (schema %2)</translation>
    </message>
    <message>
        <source>Backup before the upgrade: %1</source>
        <translation>Backup before the upgrade: %1</translation>
    </message>
    <message>
        <source>The built-in indicator set is missing from this build.</source>
        <translation>The built-in indicator set is missing from this build.</translation>
    </message>
    <message>
        <source>Default indicator set installed: %1 %2</source>
        <translation>Default indicator set installed: %1 %2</translation>
    </message>
    <message>
        <source>Default indicator set already present: %1 %2</source>
        <translation>Default indicator set already present: %1 %2</translation>
    </message>
    <message>
        <source>Demo data already present.</source>
        <translation>Demo data already present.</translation>
    </message>
    <message>
        <source>%1 %2 was already stored with the same content; nothing changed.</source>
        <translation>%1 %2 was already stored with the same content; nothing changed.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>say where to write the set with -o FILE</source>
        <translation>say where to write the set with -o FILE</translation>
    </message>
    <message>
        <source>Written %1 %2 to %3</source>
        <translation>Written %1 %2 to %3</translation>
    </message>
    <message>
        <source>the option --%1 is required</source>
        <translation>the option --%1 is required</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>--%1 must be a whole number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number, not &quot;%2&quot;</source>
        <translation>--%1 must be a number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>the round &quot;%1&quot; must begin with a year, e.g. &quot;2025 体检&quot;</source>
        <translation>the round &quot;%1&quot; must begin with a year, e.g. &quot;2025 体检&quot;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Demo data added: %1 communities with %2 checks.</source>
        <translation>Demo data added: %1 communities with %2 checks.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers imported into %1 (%2, %3).</source>
        <translation>
            <numerusform>%n answer imported into %1 (%2, %3).</numerusform>
            <numerusform>%n answers imported into %1 (%2, %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: %1</source>
        <translation>Overall score: %1</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Grade: %1</translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation>Coverage: %1</translation>
    </message>
    <message>
        <source>Grade capped at %1 by failed bottom-line indicators (computed: %2).</source>
        <translation>Grade capped at %1 by failed bottom-line indicators (computed: %2).</translation>
    </message>
    <message>
        <source>Bottom-line failures: %1</source>
        <translation>Bottom-line failures: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>No problems: every scored indicator passes.</source>
        <translation>No problems: every scored indicator passes.</translation>
    </message>
    <message>
        <source>Generating: %1 of %2 communities</source>
        <translation>Generating: %1 of %2 communities</translation>
    </message>
    <message>
        <source>Generated %1 communities, %2 checks, %3 answers in %4 s.</source>
        <translation>Generated %1 communities, %2 checks, %3 answers in %4 s.</translation>
    </message>
    <message>
        <source>%1 has no check of an earlier year; the new check starts empty.</source>
        <translation>%1 has no check of an earlier year; the new check starts empty.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) carried over from the earlier round; confirm them before submitting.</source>
        <translation>
            <numerusform>%n value carried over from the earlier round; confirm it before submitting.</numerusform>
            <numerusform>%n values carried over from the earlier round; confirm them before submitting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>say where to write the report: -o FILE.pdf (or -o DIR with --round)</source>
        <translation>say where to write the report: -o FILE.pdf (or -o DIR with --round)</translation>
    </message>
    <message>
        <source>give either an ASSESSMENT or --round, not both</source>
        <translation>give either an ASSESSMENT or --round, not both</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to 64</source>
        <translation>--jobs must be a whole number from 1 to 64</translation>
    </message>
    <message>
        <source>--county and --jobs belong to the batch form (--round LABEL)</source>
        <translation>--county and --jobs belong to the batch form (--round LABEL)</translation>
    </message>
    <message>
        <source>name one ASSESSMENT, or use --round LABEL -o DIR for a batch</source>
        <translation>name one ASSESSMENT, or use --round LABEL -o DIR for a batch</translation>
    </message>
    <message>
        <source>the report file must end in .pdf or .odt: %1</source>
        <translation>the report file must end in .pdf or .odt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Report written: %1 (%n page)</numerusform>
            <numerusform>Report written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <source>No check of round %1 in this database.</source>
        <translation>No check of round %1 in this database.</translation>
    </message>
    <message>
        <source>No check of round %1 in county %2.</source>
        <translation>No check of round %1 in county %2.</translation>
    </message>
    <message>
        <source>Cannot write reports into %1.</source>
        <translation>Cannot write reports into %1.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>a report process stopped early: %1</source>
        <translation>a report process stopped early: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 reports written to %3 in %4 s (%n process(es)).</source>
        <translation>
            <numerusform>%1 of %2 reports written to %3 in %4 s (%n process).</numerusform>
            <numerusform>%1 of %2 reports written to %3 in %4 s (%n processes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of the batch could not be written.</source>
        <translation>
            <numerusform>%n report of the batch could not be written.</numerusform>
            <numerusform>%n reports of the batch could not be written.</numerusform>
        </translation>
    </message>
    <message>
        <source>give either --logo FILE or --no-logo</source>
        <translation>give either --logo FILE or --no-logo</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read (PNG or JPEG).</source>
        <translation>%1 is not an image this program can read (PNG or JPEG).</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>Issuing unit: %1</source>
        <translation>Issuing unit: %1</translation>
    </message>
    <message>
        <source>Signature lines: %1</source>
        <translation>Signature lines: %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cost (万元)</source>
        <translation>Cost (RMB 10k)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 already there, %5 of earlier checks marked obsolete.</source>
        <translation>%1 (%2): %3 new, %4 already there, %5 of earlier checks marked obsolete.</translation>
    </message>
    <message>
        <source>say where to write the list: -o FILE.csv or -o FILE.xlsx</source>
        <translation>say where to write the list: -o FILE.csv or -o FILE.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1</source>
        <translation>
            <numerusform>%n project written to %1</numerusform>
            <numerusform>%n projects written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>say why: --reason TEXT</source>
        <translation>say why: --reason TEXT</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (candidate, accepted, rejected, in_library, scheduled, under_way, done)</source>
        <translation>unknown status &quot;%1&quot; (candidate, accepted, rejected, in_library, scheduled, under_way, done)</translation>
    </message>
    <message>
        <source>--time-bound is yes or no</source>
        <translation>--time-bound is yes or no</translation>
    </message>
    <message>
        <source>name the bundle: --name TEXT</source>
        <translation>name the bundle: --name TEXT</translation>
    </message>
    <message>
        <source>give --community C and --text T</source>
        <translation>give --community C and --text T</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot; (meeting, survey, hotline, grid)</source>
        <translation>unknown source &quot;%1&quot; (meeting, survey, hotline, grid)</translation>
    </message>
    <message>
        <source>--date is YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date is YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--support is a whole number of residents</source>
        <translation>--support is a whole number of residents</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <source>--kind is room, land, fund or operator</source>
        <translation>--kind is room, land, fund or operator</translation>
    </message>
    <message>
        <source>give --community C, or --county NAME for a county-wide resource</source>
        <translation>give --community C, or --county NAME for a county-wide resource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>the unit cost (万元) must be a number, not &quot;%1&quot;</source>
        <translation>the unit cost (RMB 10k) must be a number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Unit cost (万元)</source>
        <translation>Unit cost (RMB 10k)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(everywhere)</source>
        <translation>(everywhere)</translation>
    </message>
    <message>
        <source>give --county NAME --year Y --budget WAN</source>
        <translation>give --county NAME --year Y --budget WAN</translation>
    </message>
    <message>
        <source>--year must be a year, not &quot;%1&quot;</source>
        <translation>--year must be a year, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Why deferred</source>
        <translation>Why deferred</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>time-bound</source>
        <translation>time-bound</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>best effort</translation>
    </message>
    <message>
        <source>No resource has an ID beginning with %1.</source>
        <translation>No resource has an ID beginning with %1.</translation>
    </message>
    <message>
        <source>the plan is written as .pdf, .csv or .xlsx: %1</source>
        <translation>the plan is written as .pdf, .csv or .xlsx: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>--%1 must be a year, not &quot;%2&quot;</source>
        <translation>--%1 must be a year, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 is KEY=AMOUNT (万元), not &quot;%2&quot;</source>
        <translation>--%1 is KEY=AMOUNT (RMB 10k), not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--year-amount is YEAR=AMOUNT, not &quot;%1&quot;</source>
        <translation>--year-amount is YEAR=AMOUNT, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown funding source &quot;%1&quot; (central, provincial, local, special_bond, department, social, residents, or 中央补助, 省级资金, 地方财政, 专项债, 部门资金, 社会资本, 居民出资)</source>
        <translation>unknown funding source &quot;%1&quot; (central, provincial, local, special_bond, department, social, residents, or 中央补助, 省级资金, 地方财政, 专项债, 部门资金, 社会资本, 居民出资)</translation>
    </message>
    <message>
        <source>--deadline is YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--deadline is YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Annual plan %1 %2: %3 of %4 万元 for %n project(s), of which %5 万元 for 限时解决 projects.</source>
        <translation>
            <numerusform>Annual plan %1 %2: %3 of RMB %4 × 10k for %n project, of which RMB %5 × 10k for time-bound projects.</numerusform>
            <numerusform>Annual plan %1 %2: %3 of RMB %4 × 10k for %n projects, of which RMB %5 × 10k for time-bound projects.</numerusform>
        </translation>
    </message>
    <message>
        <source>SHORTFALL %1 万元: the 限时解决 projects alone exceed the budget; they stay in the plan and the county must find the rest. No other project is selected.</source>
        <translation>SHORTFALL RMB %1 × 10k: the time-bound projects alone exceed the budget; they stay in the plan and the county must find the rest. No other project is selected.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>This year (万元)</source>
        <translation>This year (RMB 10k)</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Management measures (管理措施, outside the budget): %1</source>
        <translation>Management measures: %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No accepted project of the county can be planned in %1.</source>
        <translation>No accepted project of the county can be planned in %1.</translation>
    </message>
    <message>
        <source>Provisional: coverage is below %1%, so the score and the grade may still change a lot.</source>
        <translation>Provisional: coverage is below %1%, so the score and the grade may still change a lot.</translation>
    </message>
    <message>
        <source>say what the assessor must check or change: --comment C</source>
        <translation>say what the assessor must check or change: --comment C</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) submitted.</source>
        <translation>
            <numerusform>%n check submitted.</numerusform>
            <numerusform>%n checks submitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) approved.</source>
        <translation>
            <numerusform>%n check approved.</numerusform>
            <numerusform>%n checks approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) returned to the assessor.</source>
        <translation>
            <numerusform>%n check returned to the assessor.</numerusform>
            <numerusform>%n checks returned to the assessor.</numerusform>
        </translation>
    </message>
    <message>
        <source>--by is community, street or county, not &quot;%1&quot;</source>
        <translation>--by is community, street or county, not &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>-o writes FILE.csv, FILE.xlsx, FILE.pdf or FILE.odt, not &quot;%1&quot;</source>
        <translation>-o writes FILE.csv, FILE.xlsx, FILE.pdf or FILE.odt, not &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Summary written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Summary written: %1 (%n page)</numerusform>
            <numerusform>Summary written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary written: %1</source>
        <translation>Summary written: %1</translation>
    </message>
    <message>
        <source>-o FILE.ccbundle is required</source>
        <translation>-o FILE.ccbundle is required</translation>
    </message>
    <message>
        <source>name the checks (ASSESSMENT…) or a round (--round LABEL [--county NAME]), not both</source>
        <translation>name the checks (ASSESSMENT…) or a round (--round LABEL [--county NAME]), not both</translation>
    </message>
    <message>
        <source>--county goes with --round</source>
        <translation>--county goes with --round</translation>
    </message>
    <message>
        <source>round %1, %2</source>
        <translation>round %1, %2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>round %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 checks, %3 answers, %4 photos)</source>
        <translation>Bundle written: %1 (%2 checks, %3 answers, %4 photos)</translation>
    </message>
    <message>
        <source>--resolve is ours or theirs, not &quot;%1&quot;</source>
        <translation>--resolve is ours or theirs, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Dry run: nothing changed.</source>
        <translation>Dry run: nothing changed.</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>Nothing imported.</translation>
    </message>
    <message>
        <source>new communities %1, new checks %2, answers taken %3, identical %4, new photos %5, new audit entries %6</source>
        <translation>new communities %1, new checks %2, answers taken %3, identical %4, new photos %5, new audit entries %6</translation>
    </message>
    <message>
        <source>set installed: %1</source>
        <translation>set installed: %1</translation>
    </message>
    <message>
        <source>conflict	%1	%2	ours: %3 (%4 %5)	theirs: %6 (%7 %8)</source>
        <translation>conflict	%1	%2	ours: %3 (%4 %5)	theirs: %6 (%7 %8)</translation>
    </message>
    <message>
        <source>not changed	%1	%2</source>
        <translation>not changed	%1	%2</translation>
    </message>
    <message>
        <source>The bundle changes values changed here too: nothing was imported. Look at the conflicts and run again with --resolve ours (keep this database&apos;s) or --resolve theirs (take the bundle&apos;s).</source>
        <translation>The bundle changes values changed here too: nothing was imported. Look at the conflicts and run again with --resolve ours (keep this database&apos;s) or --resolve theirs (take the bundle&apos;s).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Buildings: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Buildings: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>The community now has %n estate(s), </source>
        <translation>
            <numerusform>The community now has %n estate, </numerusform>
            <numerusform>The community now has %n estates, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) with %1 dwellings</source>
        <translation>
            <numerusform>%n building with %1 dwellings</numerusform>
            <numerusform>%n buildings with %1 dwellings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a dwelling count)</source>
        <translation>
            <numerusform> (%n without a dwelling count)</numerusform>
            <numerusform> (%n without a dwelling count)</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>The register&apos;s building and household counts were set from them.</source>
        <translation>The register&apos;s building and household counts were set from them.</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Storeys</source>
        <translation>Storeys</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Built</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The register&apos;s building count was set from them; its household count was kept, since not every building has its dwellings.</source>
        <translation>The register&apos;s building count was set from them; its household count was kept, since not every building has its dwellings.</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries stored.</source>
        <translation>
            <numerusform>%n ledger entry stored.</numerusform>
            <numerusform>%n ledger entries stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message numerus="yes">
        <source>%n new building(s)</source>
        <translation>
            <numerusform>%n new building</numerusform>
            <numerusform>%n new buildings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communities: %1 survey rows, %2 problems, %3 ledger rows.</source>
        <translation>
            <numerusform>%n community: %1 survey rows, %2 problems, %3 ledger rows.</numerusform>
            <numerusform>%n communities: %1 survey rows, %2 problems, %3 ledger rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks of the round are not submitted yet and are not in the tables.</source>
        <translation>
            <numerusform>%n check of the round is not submitted yet and is not in the tables.</numerusform>
            <numerusform>%n checks of the round are not submitted yet and are not in the tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>The building %1 %2 is not in the register of %3.</source>
        <translation>The building %1 %2 is not in the register of %3.</translation>
    </message>
    <message>
        <source>Licence GPL-3.0-or-later: &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.</source>
        <translation>Licence GPL-3.0-or-later: &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.</translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</translation>
    </message>
    <message>
        <source>Database upgraded: %1 (schema %2)</source>
        <translation>Database upgraded: %1 (schema %2)</translation>
    </message>
    <message>
        <source>Database already up to date: %1 (schema %2)</source>
        <translation>Database already up to date: %1 (schema %2)</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE is required</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Photos backed up: %1</source>
        <translation>Photos backed up: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>What was there before is kept as %1.</source>
        <translation>What was there before is kept as %1.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>Links between records: %1</source>
        <translation>Links between records: %1</translation>
    </message>
    <message>
        <source>Photos checked: %1, bad: %2</source>
        <translation>Photos checked: %1, bad: %2</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <source>The database has problems (see above).</source>
        <translation>The database has problems (see above).</translation>
    </message>
    <message>
        <source>Communities: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Communities: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n survey item(s) imported</source>
        <translation>
            <numerusform>%n survey item imported</numerusform>
            <numerusform>%n survey items imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already stored.</source>
        <translation>
            <numerusform>, %n already stored.</numerusform>
            <numerusform>, %n already stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) set.</source>
        <translation>
            <numerusform>%n price set.</numerusform>
            <numerusform>%n prices set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s) imported</source>
        <translation>
            <numerusform>%n demand imported</numerusform>
            <numerusform>%n demands imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) imported</source>
        <translation>
            <numerusform>%n resource imported</numerusform>
            <numerusform>%n resources imported</numerusform>
        </translation>
    </message>
    <message>
        <source>say where to write the checklist: -o FILE.pdf</source>
        <translation>say where to write the checklist: -o FILE.pdf</translation>
    </message>
    <message>
        <source>the checklist file must end in .pdf: %1</source>
        <translation>the checklist file must end in .pdf: %1</translation>
    </message>
    <message>
        <source>give either an ASSESSMENT or --community C --set CODE, not both</source>
        <translation>give either an ASSESSMENT or --community C --set CODE, not both</translation>
    </message>
    <message>
        <source>--version belongs with --community C --set CODE</source>
        <translation>--version belongs with --community C --set CODE</translation>
    </message>
    <message>
        <source>name both --community C and --set CODE</source>
        <translation>name both --community C and --set CODE</translation>
    </message>
    <message>
        <source>name one ASSESSMENT, or --community C --set CODE</source>
        <translation>name one ASSESSMENT, or --community C --set CODE</translation>
    </message>
    <message numerus="yes">
        <source>Checklist written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Checklist written: %1 (%n page)</numerusform>
            <numerusform>Checklist written: %1 (%n pages)</numerusform>
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
        <translation>Usage: communitycheck-cli [--db FILE] [--lang zh_CN|en] [--user NAME] COMMAND …

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
                                     checks); time-bound deadlines count from it
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
  problems ASSESSMENT [--json]       the problem list, time-bound first
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
                                     add a resident proposal to the demand list; prints its ID
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
                                     add to the resource list; prints its ID
  resources list [--county NAME] [--json]
  resources import FILE.csv|FILE.xlsx
                                     resources (columns kind, name, community or county; area,
                                     place, owner, amount, year, note); all rows or none
  prices set TEMPLATE UNIT_COST [--county NAME] [--note S]
                                     the local unit cost (RMB 10k) of a project template
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
                                     change a project (audited); --resource links resource list
                                     entries; funding sources: central provincial local
                                     special_bond department social residents (or 中央补助 …);
                                     the parts and the year amounts add up to the cost
  projects bundle --name N PROJECT PROJECT…
                                     one project with the others as sub-items
  plan build --county NAME --year Y --budget WAN [--json] [-o FILE.pdf|FILE.csv|FILE.xlsx]
                                     the annual plan: every time-bound project first (the
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
</translation>
    </message>
    <message>
        <source>Server database ready: %1 (schema %2)</source>
        <translation>Server database ready: %1 (schema %2)</translation>
    </message>
    <message>
        <source>--db postgresql://USER@HOST:PORT/DATABASE names the server (for a file, use init)</source>
        <translation>--db postgresql://USER@HOST:PORT/DATABASE names the server (for a file, use init)</translation>
    </message>
    <message>
        <source>--db postgresql://USER@HOST:PORT/DATABASE names the server to import into</source>
        <translation>--db postgresql://USER@HOST:PORT/DATABASE names the server to import into</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rows</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>SHA-256 (file = server)</source>
        <translation>SHA-256 (file = server)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %n row(s), every table counted and checked on both sides.</source>
        <translation>
            <numerusform>Imported %1 into %2: %n row, every table counted and checked on both sides.</numerusform>
            <numerusform>Imported %1 into %2: %n rows, every table counted and checked on both sides.</numerusform>
        </translation>
    </message>
    <message>
        <source>which one? add, list</source>
        <translation>which one? add, list</translation>
    </message>
    <message>
        <source>--role assessor|reviewer|planner|admin is required</source>
        <translation>--role assessor|reviewer|planner|admin is required</translation>
    </message>
    <message>
        <source>--db postgresql://USER@HOST:PORT/DATABASE names the server</source>
        <translation>--db postgresql://USER@HOST:PORT/DATABASE names the server</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 is now %2 of %3.</translation>
    </message>
    <message>
        <source>First password (give it to them in person; they change it with `ALTER ROLE`, or the county&apos;s administrator with psql&apos;s \password): %1</source>
        <translation>First password (give it to them in person; they change it with `ALTER ROLE`, or the county&apos;s administrator with psql&apos;s \password): %1</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the option %1 needs a value</source>
        <translation>the option %1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>the option %1 takes no value</source>
        <translation>the option %1 takes no value</translation>
    </message>
    <message>
        <source>the option %1 is given twice</source>
        <translation>the option %1 is given twice</translation>
    </message>
    <message numerus="yes">
        <source>missing argument (expected %n)</source>
        <translation>
            <numerusform>missing argument (expected %n)</numerusform>
            <numerusform>missing argument (expected %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>Co&amp;unty</source>
        <translation>Co&amp;unty</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Households</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Buildings</source>
        <translation>&amp;Buildings</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Population</translation>
    </message>
    <message>
        <source>&amp;Area (ha)</source>
        <translation>&amp;Area (ha)</translation>
    </message>
    <message>
        <source>Build &amp;year</source>
        <translation>Build &amp;year</translation>
    </message>
    <message>
        <source>Pi&amp;lot community (试点)</source>
        <translation>Pi&amp;lot community</translation>
    </message>
    <message>
        <source>e.g. 28.6829, 115.8579</source>
        <translation>e.g. 28.6829, 115.8579</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Edit community</source>
        <translation>Edit community</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>New community</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of zero or more.</source>
        <translation>%1: &quot;%2&quot; is not a whole number of zero or more.</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Build year</source>
        <translation>Build year</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of hectares.</source>
        <translation>%1: &quot;%2&quot; is not a number of hectares.</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <source>Location: give latitude and longitude as two numbers, e.g. 28.6829, 115.8579.</source>
        <translation>Location: give latitude and longitude as two numbers, e.g. 28.6829, 115.8579.</translation>
    </message>
    <message>
        <source>Latitude, lon&amp;gitude</source>
        <translation>Latitude, lon&amp;gitude</translation>
    </message>
</context>
<context>
    <name>CommunityListModel</name>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
</context>
<context>
    <name>CommunityService</name>
    <message>
        <source>The community needs a code.</source>
        <translation>The community needs a code.</translation>
    </message>
    <message>
        <source>The community code &quot;%1&quot; must not begin or end with spaces.</source>
        <translation>The community code &quot;%1&quot; must not begin or end with spaces.</translation>
    </message>
    <message>
        <source>The community %1 needs a name.</source>
        <translation>The community %1 needs a name.</translation>
    </message>
    <message>
        <source>The community %1: households, buildings and population must not be negative.</source>
        <translation>The community %1: households, buildings and population must not be negative.</translation>
    </message>
    <message>
        <source>The community %1: the area must be a number of hectares, not negative.</source>
        <translation>The community %1: the area must be a number of hectares, not negative.</translation>
    </message>
    <message>
        <source>The community %1: the latitude must lie between -90 and 90.</source>
        <translation>The community %1: the latitude must lie between -90 and 90.</translation>
    </message>
    <message>
        <source>The community %1: the longitude must lie between -180 and 180.</source>
        <translation>The community %1: the longitude must lie between -180 and 180.</translation>
    </message>
    <message>
        <source>No stored indicator set declares the community type &quot;%1&quot; (known types: %2); indicators limited to certain types will be N/A for %3.</source>
        <translation>No stored indicator set declares the community type &quot;%1&quot; (known types: %2); indicators limited to certain types will be N/A for %3.</translation>
    </message>
    <message>
        <source>A community with the code %1 already exists.</source>
        <translation>A community with the code %1 already exists.</translation>
    </message>
    <message>
        <source>The community %1 no longer exists.</source>
        <translation>The community %1 no longer exists.</translation>
    </message>
    <message>
        <source>No community has the code %1.</source>
        <translation>No community has the code %1.</translation>
    </message>
    <message>
        <source>No community has the ID %1.</source>
        <translation>No community has the ID %1.</translation>
    </message>
    <message>
        <source>The community %1 needs a type.</source>
        <translation>The community %1 needs a type.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommunityTable</name>
    <message>
        <source>community register</source>
        <translation>community register</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>the cell is empty</translation>
    </message>
    <message>
        <source>a number of households</source>
        <translation>a number of households</translation>
    </message>
    <message>
        <source>a number of buildings</source>
        <translation>a number of buildings</translation>
    </message>
    <message>
        <source>a number of people</source>
        <translation>a number of people</translation>
    </message>
    <message>
        <source>an area in hectares</source>
        <translation>an area in hectares</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>a year</translation>
    </message>
    <message>
        <source>a latitude</source>
        <translation>a latitude</translation>
    </message>
    <message>
        <source>a longitude</source>
        <translation>a longitude</translation>
    </message>
    <message>
        <source>the community %1 is also on %2</source>
        <translation>the community %1 is also on %2</translation>
    </message>
    <message>
        <source>%1: the file has no communities, only a header.</source>
        <translation>%1: the file has no communities, only a header.</translation>
    </message>
</context>
<context>
    <name>ComputedAnswers</name>
    <message>
        <source>No community has the code %1.</source>
        <translation>No community has the code %1.</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>Cou&amp;nty</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <source>Ro&amp;ll up by</source>
        <translation>Ro&amp;ll up by</translation>
    </message>
    <message>
        <source>Export the ranking…</source>
        <translation>Export the ranking…</translation>
    </message>
    <message>
        <source>Export the chart…</source>
        <translation>Export the chart…</translation>
    </message>
    <message>
        <source>Export the roll-up…</source>
        <translation>Export the roll-up…</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No round has a submitted or approved check yet.</source>
        <translation>No round has a submitted or approved check yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) of %1 registered communities · %2 ms</source>
        <translation>
            <numerusform>%n check of %1 registered communities · %2 ms</numerusform>
            <numerusform>%n checks of %1 registered communities · %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>ranking</translation>
    </message>
    <message>
        <source>roll-up</source>
        <translation>roll-up</translation>
    </message>
    <message>
        <source>ranking-chart</source>
        <translation>ranking-chart</translation>
    </message>
    <message>
        <source>grades-chart</source>
        <translation>grades-chart</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG picture (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Ranking and roll-up</source>
        <translation>Ranking and roll-up</translation>
    </message>
    <message>
        <source>Failed indicators</source>
        <translation>Failed indicators</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>C&amp;olumns</translation>
    </message>
    <message>
        <source>Export the table…</source>
        <translation>Export the table…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Red: failed · green: passed · grey: N/A · white: not answered. Double-click a cell to open the answer.</source>
        <translation>Red: failed · green: passed · grey: N/A · white: not answered. Double-click a cell to open the answer.</translation>
    </message>
    <message>
        <source>Each cell: failed / checked; the redder, the larger the share that failed.</source>
        <translation>Each cell: failed / checked; the redder, the larger the share that failed.</translation>
    </message>
    <message>
        <source>failed-indicators</source>
        <translation>failed-indicators</translation>
    </message>
    <message>
        <source>Round over round</source>
        <translation>Round over round</translation>
    </message>
    <message>
        <source>Compared &amp;with</source>
        <translation>Compared &amp;with</translation>
    </message>
    <message>
        <source>No other round with reviewed checks to compare with.</source>
        <translation>No other round with reviewed checks to compare with.</translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) checked in both rounds (%1 in %2 only, %3 in %4 only). Problems: %5 resolved, %6 persisting, %7 new.</source>
        <translation>
            <numerusform>%n community checked in both rounds (%1 in %2 only, %3 in %4 only). Problems: %5 resolved, %6 persisting, %7 new.</numerusform>
            <numerusform>%n communities checked in both rounds (%1 in %2 only, %3 in %4 only). Problems: %5 resolved, %6 persisting, %7 new.</numerusform>
        </translation>
    </message>
    <message>
        <source>round-over-round</source>
        <translation>round-over-round</translation>
    </message>
    <message>
        <source>Compare on a ra&amp;dar…</source>
        <translation>Compare on a ra&amp;dar…</translation>
    </message>
    <message>
        <source>Select 2 to 6 communities in the ranking (Ctrl+click) to compare their programme scores</source>
        <translation>Select 2 to 6 communities in the ranking (Ctrl+click) to compare their programme scores</translation>
    </message>
    <message>
        <source>Select 2 to 6 communities in the ranking to compare them.</source>
        <translation>Select 2 to 6 communities in the ranking to compare them.</translation>
    </message>
    <message>
        <source>Programme scores, %1</source>
        <translation>Programme scores, %1</translation>
    </message>
    <message>
        <source>Programme scores</source>
        <translation>Programme scores</translation>
    </message>
    <message numerus="yes">
        <source>Programme scores of %n check(s)</source>
        <translation>
            <numerusform>Programme scores of %n check</numerusform>
            <numerusform>Programme scores of %n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>programme-scores</source>
        <translation>programme-scores</translation>
    </message>
    <message>
        <source>programme-scores-chart</source>
        <translation>programme-scores-chart</translation>
    </message>
    <message>
        <source>S&amp;ummary report…</source>
        <translation>S&amp;ummary report…</translation>
    </message>
    <message>
        <source>The round summary for the county leader, as PDF or as an editable ODT: the checks at a glance, ranking, roll-up, the indicators failed most often and every bottom-line failure</source>
        <translation>The round summary for the county leader, as PDF or as an editable ODT: the checks at a glance, ranking, roll-up, the indicators failed most often and every bottom-line failure</translation>
    </message>
    <message>
        <source>Summary written: %1</source>
        <translation>Summary written: %1</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Summary report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text, editable (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument text, editable (*.odt)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 does not exist (create it with `communitycheck-cli init`).</source>
        <translation>The database %1 does not exist (create it with `communitycheck-cli init`).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CommunityCheck database (it is not an SQLite file).</source>
        <translation>%1 is not a CommunityCheck database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite.</source>
        <translation>The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 failed its integrity check. Open a backup (%2.bak-*) or another database; the file was not changed.</source>
        <translation>%1 failed its integrity check. Open a backup (%2.bak-*) or another database; the file was not changed.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (journal mode is &quot;%2&quot;).</source>
        <translation>Cannot switch %1 to write-ahead logging (journal mode is &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a CommunityCheck database.</source>
        <translation>%1 is an SQLite file but not a CommunityCheck database.</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of CommunityCheck (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>%1 was created by a newer version of CommunityCheck (schema %2; this version knows up to %3). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>upgrading the schema to version %1</translation>
    </message>
    <message>
        <source>%1 failed its integrity check.</source>
        <translation>%1 failed its integrity check.</translation>
    </message>
    <message>
        <source>Cannot back up the database to %1: %2</source>
        <translation>Cannot back up the database to %1: %2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CommunityCheck database (%2).</source>
        <translation>%1 is not a CommunityCheck database (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Open a backup (%2.bak-*) or another database; the file was not changed.</source>
        <translation>%1 is damaged and cannot be read. Open a backup (%2.bak-*) or another database; the file was not changed.</translation>
    </message>
    <message>
        <source>%1 did not answer its integrity check.</source>
        <translation>%1 did not answer its integrity check.</translation>
    </message>
    <message>
        <source>The photo file %1 next to the database is not a CommunityCheck photo store.</source>
        <translation>The photo file %1 next to the database is not a CommunityCheck photo store.</translation>
    </message>
    <message>
        <source>Cannot open the photo file %1: %2</source>
        <translation>Cannot open the photo file %1: %2</translation>
    </message>
    <message>
        <source>The photo file %1 failed its integrity check; the records are intact, but photos may not show.</source>
        <translation>The photo file %1 failed its integrity check; the records are intact, but photos may not show.</translation>
    </message>
    <message>
        <source>The photo file %1 was created by a newer version of CommunityCheck.</source>
        <translation>The photo file %1 was created by a newer version of CommunityCheck.</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>checking %1</translation>
    </message>
    <message>
        <source>%1 is read-only (the file, its folder or the drive): CommunityCheck writes every change at once and cannot work on it. Copy it to a folder you can write to.</source>
        <translation>%1 is read-only (the file, its folder or the drive): CommunityCheck writes every change at once and cannot work on it. Copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of CommunityCheck (schema %2; this version uses %3). Upgrade it first with `communitycheck-cli upgrade` (a complete backup is made first); nothing was changed.</source>
        <translation>%1 was made by an older version of CommunityCheck (schema %2; this version uses %3). Upgrade it first with `communitycheck-cli upgrade` (a complete backup is made first); nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot back up the database to %1 before upgrading it; nothing was changed.</source>
        <translation>Cannot back up the database to %1 before upgrading it; nothing was changed.</translation>
    </message>
    <message>
        <source>backing up to %1</source>
        <translation>backing up to %1</translation>
    </message>
    <message>
        <source>%1 has changes not yet written into it (%2-wal) and cannot be shown read-only: open it once where it can be written, or copy it with its -wal file to such a folder.</source>
        <translation>%1 has changes not yet written into it (%2-wal) and cannot be shown read-only: open it once where it can be written, or copy it with its -wal file to such a folder.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql.</source>
        <translation>The Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>reading your role on the server</source>
        <translation>reading your role on the server</translation>
    </message>
    <message>
        <source>%1 has no role in the server database %2. The county&apos;s administrator gives one with `communitycheck-cli server user add %1 --role …`.</source>
        <translation>%1 has no role in the server database %2. The county&apos;s administrator gives one with `communitycheck-cli server user add %1 --role …`.</translation>
    </message>
    <message>
        <source>The server database %1 holds other tables: it is not a CommunityCheck database. Nothing was changed.</source>
        <translation>The server database %1 holds other tables: it is not a CommunityCheck database. Nothing was changed.</translation>
    </message>
    <message>
        <source>The server database %1 is empty. Create its schema first with `communitycheck-cli --db %1 server init`.</source>
        <translation>The server database %1 is empty. Create its schema first with `communitycheck-cli --db %1 server init`.</translation>
    </message>
    <message>
        <source>The server database %1 was upgraded by a newer version of CommunityCheck (schema %2; this version knows up to %3). Install the newer version on this computer to use it.</source>
        <translation>The server database %1 was upgraded by a newer version of CommunityCheck (schema %2; this version knows up to %3). Install the newer version on this computer to use it.</translation>
    </message>
    <message>
        <source>The server database %1 was made by an older version of CommunityCheck (schema %2; this version uses %3). Upgrade it first with `communitycheck-cli --db %1 upgrade` after a pg_dump backup (docs/server.md); nothing was changed.</source>
        <translation>The server database %1 was made by an older version of CommunityCheck (schema %2; this version uses %3). Upgrade it first with `communitycheck-cli --db %1 upgrade` after a pg_dump backup (docs/server.md); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2).</source>
        <translation>%1 cannot be read as a database (%2).</translation>
    </message>
    <message>
        <source>%1 is not a CommunityCheck database.</source>
        <translation>%1 is not a CommunityCheck database.</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>checking %1</translation>
    </message>
    <message>
        <source>%1 failed its integrity check.</source>
        <translation>%1 failed its integrity check.</translation>
    </message>
    <message>
        <source>backing up to %1</source>
        <translation>backing up to %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>The SQLite driver does not expose its handle.</translation>
    </message>
    <message>
        <source>Cannot restore over %1: %2</source>
        <translation>Cannot restore over %1: %2</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>restoring %1</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation>A backup cannot replace the database it copies.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 failed its integrity check: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point at records that do not exist.</source>
        <translation>
            <numerusform>%n row points at a record that does not exist.</numerusform>
            <numerusform>%n rows point at records that do not exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored photo %1 does not match its checksum.</source>
        <translation>The stored photo %1 does not match its checksum.</translation>
    </message>
    <message>
        <source>The photo %1 has no stored bytes.</source>
        <translation>The photo %1 has no stored bytes.</translation>
    </message>
    <message numerus="yes">
        <source>The photo file %1 is missing: %n photo(s) cannot be shown.</source>
        <translation>
            <numerusform>The photo file %1 is missing: %n photo cannot be shown.</numerusform>
            <numerusform>The photo file %1 is missing: %n photos cannot be shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>A database cannot be restored from itself.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CommunityCheck; nothing was restored.</source>
        <translation>The backup %1 was made by a newer version of CommunityCheck; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; nothing was restored.</source>
        <translation>The backup %1 is damaged; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup&apos;s photo file %1 is damaged; nothing was restored.</source>
        <translation>The backup&apos;s photo file %1 is damaged; nothing was restored.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>The database as it was before is kept as %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseCareActions</name>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message numerus="yes">
        <source>%1 is sound: its integrity check passed, every record&apos;s links hold and all %n photo(s) match their checksums.</source>
        <translation>
            <numerusform>%1 is sound: its integrity check passed, every record&apos;s links hold and its %n photo matches its checksum.</numerusform>
            <numerusform>%1 is sound: its integrity check passed, every record&apos;s links hold and all %n photos match their checksums.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation>%1 has problems:</translation>
    </message>
    <message>
        <source>Restore a backup (File → Restore from backup) or keep working and send the file to your IT staff; nothing was changed.</source>
        <translation>Restore a backup (File → Restore from backup) or keep working and send the file to your IT staff; nothing was changed.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>CommunityCheck databases (*.sqlite)</source>
        <translation>CommunityCheck databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>CommunityCheck databases (*.sqlite);;All files (*)</source>
        <translation>CommunityCheck databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2, taken %3?

Everything entered since then is lost: every change between %3 and the database&apos;s last change, %4. The current files are kept aside first (%5.before-restore-…), so this can be undone by restoring them.</source>
        <translation>Replace %1 with the backup %2, taken %3?

Everything entered since then is lost: every change between %3 and the database&apos;s last change, %4. The current files are kept aside first (%5.before-restore-…), so this can be undone by restoring them.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
    <message>
        <source>Backup folder (now %1)</source>
        <translation>Backup folder (now %1)</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>Backed up automatically to %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Upgrade database</source>
        <translation>Upgrade database</translation>
    </message>
    <message>
        <source>%1 was made by an older version of CommunityCheck. Upgrade it now? A complete backup is made first; once upgraded, older versions cannot open it.</source>
        <translation>%1 was made by an older version of CommunityCheck. Upgrade it now? A complete backup is made first; once upgraded, older versions cannot open it.</translation>
    </message>
    <message>
        <source>Upgraded. The database as it was is kept as %1.</source>
        <translation>Upgraded. The database as it was is kept as %1.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Read-only database</translation>
    </message>
    <message>
        <source>Open it read-only, to look at it, print reports and copy data out? Nothing can be changed in it.</source>
        <translation>Open it read-only, to look at it, print reports and copy data out? Nothing can be changed in it.</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <source>CommunityCheck databases (*.sqlite)</source>
        <translation>CommunityCheck databases (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>That file holds the photos of %1: opening it.</source>
        <translation>That file holds the photos of %1: opening it.</translation>
    </message>
    <message>
        <source>The county server&apos;s database %1 was made by an older version of CommunityCheck. Upgrade it now? Take a pg_dump backup first (docs/server.md); once upgraded, every computer that uses it needs this version.</source>
        <translation>The county server&apos;s database %1 was made by an older version of CommunityCheck. Upgrade it now? Take a pg_dump backup first (docs/server.md); once upgraded, every computer that uses it needs this version.</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>Resident demand</source>
        <translation>Resident demand</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>&amp;Demand</source>
        <translation>&amp;Demand</translation>
    </message>
    <message>
        <source>&amp;Task code</source>
        <translation>&amp;Task code</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>S&amp;upporters</source>
        <translation>S&amp;upporters</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>Consultation meeting</source>
        <translation>Consultation meeting</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>e.g. C7</source>
        <translation>e.g. C7</translation>
    </message>
    <message>
        <source>indicator codes it speaks to, e.g. C7-04; C7-05</source>
        <translation>indicator codes it speaks to, e.g. C7-04; C7-05</translation>
    </message>
    <message>
        <source>Add the community to the register first.</source>
        <translation>Add the community to the register first.</translation>
    </message>
    <message>
        <source>Write down what the residents ask for.</source>
        <translation>Write down what the residents ask for.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Give at least one community and between 1 and 20 rounds.</source>
        <translation>Give at least one community and between 1 and 20 rounds.</translation>
    </message>
    <message>
        <source>The database already holds synthetic communities (%1); generate into a new database.</source>
        <translation>The database already holds synthetic communities (%1); generate into a new database.</translation>
    </message>
    <message>
        <source>synthetic province</source>
        <translation>synthetic province</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>CommunityCheck</source>
        <translation>CommunityCheck</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>&quot;%1&quot; is not a round: it begins with a year, e.g. &quot;2025 体检&quot;.</source>
        <translation>&quot;%1&quot; is not a round: it begins with a year, e.g. &quot;2025 体检&quot;.</translation>
    </message>
    <message>
        <source>No check of the round &quot;%1&quot; is stored.</source>
        <translation>No check of the round &quot;%1&quot; is stored.</translation>
    </message>
    <message>
        <source>No check of the round &quot;%1&quot; in %2 is stored.</source>
        <translation>No check of the round &quot;%1&quot; in %2 is stored.</translation>
    </message>
    <message>
        <source>No check chosen: a bundle holds at least one.</source>
        <translation>No check chosen: a bundle holds at least one.</translation>
    </message>
    <message>
        <source>The community of the check %1 is missing.</source>
        <translation>The community of the check %1 is missing.</translation>
    </message>
    <message>
        <source>The set %1 %2 of the check %3 is missing.</source>
        <translation>The set %1 %2 of the check %3 is missing.</translation>
    </message>
    <message>
        <source>%1: the set %2 %3 does not match its checksum; the bundle was changed or damaged.</source>
        <translation>%1: the set %2 %3 does not match its checksum; the bundle was changed or damaged.</translation>
    </message>
    <message>
        <source>Bundles are exchanged between database files only, not yet with a county server. Move a laptop&apos;s whole file onto the server with `communitycheck-cli server import` (docs/server.md).</source>
        <translation>Bundles are exchanged between database files only, not yet with a county server. Move a laptop&apos;s whole file onto the server with `communitycheck-cli server import` (docs/server.md).</translation>
    </message>
</context>
<context>
    <name>GenerateProjectsCommand</name>
    <message>
        <source>Generate projects</source>
        <translation>Generate projects</translation>
    </message>
</context>
<context>
    <name>HeaderMap</name>
    <message>
        <source>%1: the file has no rows.</source>
        <translation>%1: the file has no rows.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a column of the %3 (columns: %4).</source>
        <translation>%1: &quot;%2&quot; is not a column of the %3 (columns: %4).</translation>
    </message>
    <message>
        <source>%1 and %2 name the same thing (&quot;%3&quot;).</source>
        <translation>%1 and %2 name the same thing (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>%1: the header must name the columns %2.</source>
        <translation>%1: the header must name the columns %2.</translation>
    </message>
    <message>
        <source>%1: the cell is an error (%2), not a value</source>
        <translation>%1: the cell is an error (%2), not a value</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet has no rows.</source>
        <translation>%1, sheet %2: the sheet has no rows.</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Failed indicators</source>
        <translation>Failed indicators</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Failed in %1 of the %2 checks that answered it</source>
        <translation>Failed in %1 of the %2 checks that answered it</translation>
    </message>
    <message>
        <source>%1 — %2: %3%4</source>
        <translation>%1 — %2: %3%4</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>
Double-click or Enter opens the answer.</source>
        <translation>
Double-click or Enter opens the answer.</translation>
    </message>
    <message>
        <source>%1 — %2: failed in %3 of %4 checks, N/A in %5</source>
        <translation>%1 — %2: failed in %3 of %4 checks, N/A in %5</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Undo %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Y)</source>
        <translation>Redo %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>Cannot undo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>Cannot redo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The database keeps the change as it is, and the step has left the undo history.</source>
        <translation>The database keeps the change as it is, and the step has left the undo history.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>IndicatorSetJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>a true/false value</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>must be a string, not %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>must be a number, not %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>must be true or false, not %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>must be an array of strings, not %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be a text object {&quot;zh&quot;: …, &quot;en&quot;: …}, not %1</source>
        <translation>must be a text object {&quot;zh&quot;: …, &quot;en&quot;: …}, not %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>must be an array, not %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>must be an object, not %1</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>must not be negative (found %1)</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>must not begin or end with spaces</translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot; (already used at %2)</source>
        <translation>duplicate code &quot;%1&quot; (already used at %2)</translation>
    </message>
    <message>
        <source>unknown project class &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown project class &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>must be &quot;one&quot;, &quot;value&quot; or &quot;gap&quot;, not &quot;%1&quot;</source>
        <translation>must be &quot;one&quot;, &quot;value&quot; or &quot;gap&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a number indicator needs a direction (higher_better or lower_better)</source>
        <translation>a number indicator needs a direction (higher_better or lower_better)</translation>
    </message>
    <message>
        <source>must be &quot;higher_better&quot; or &quot;lower_better&quot;, not %1</source>
        <translation>must be &quot;higher_better&quot; or &quot;lower_better&quot;, not %1</translation>
    </message>
    <message>
        <source>a number indicator needs a target</source>
        <translation>a number indicator needs a target</translation>
    </message>
    <message>
        <source>zero_at (%1) must be below the target (%2) for a higher_better indicator</source>
        <translation>zero_at (%1) must be below the target (%2) for a higher_better indicator</translation>
    </message>
    <message>
        <source>zero_at (%1) must be above the target (%2) for a lower_better indicator</source>
        <translation>zero_at (%1) must be above the target (%2) for a lower_better indicator</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>must be one of %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be greater than 0 (found %1)</source>
        <translation>must be greater than 0 (found %1)</translation>
    </message>
    <message>
        <source>max (%1) must not be below min (%2)</source>
        <translation>max (%1) must not be below min (%2)</translation>
    </message>
    <message>
        <source>is required (boolean, number, rating, choice, checklist or text)</source>
        <translation>is required (boolean, number, rating, choice, checklist or text)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (expected boolean, number, rating, choice, checklist or text)</source>
        <translation>unknown type &quot;%1&quot; (expected boolean, number, rating, choice, checklist or text)</translation>
    </message>
    <message>
        <source>must be between 0 and 100 (found %1)</source>
        <translation>must be between 0 and 100 (found %1)</translation>
    </message>
    <message>
        <source>scale_max (%1) must be greater than scale_min (%2)</source>
        <translation>scale_max (%1) must be greater than scale_min (%2)</translation>
    </message>
    <message>
        <source>a choice indicator needs at least one option</source>
        <translation>a choice indicator needs at least one option</translation>
    </message>
    <message>
        <source>duplicate option code &quot;%1&quot;</source>
        <translation>duplicate option code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a checklist indicator needs at least one item</source>
        <translation>a checklist indicator needs at least one item</translation>
    </message>
    <message>
        <source>must not contain &quot;;&quot; (it separates item codes in responses)</source>
        <translation>must not contain &quot;;&quot; (it separates item codes in responses)</translation>
    </message>
    <message>
        <source>duplicate item code &quot;%1&quot;</source>
        <translation>duplicate item code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the points of a checklist&apos;s items must not add up to 0</source>
        <translation>the points of a checklist&apos;s items must not add up to 0</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;optional&quot; or &quot;photo_required&quot;, not &quot;%1&quot;</source>
        <translation>must be &quot;none&quot;, &quot;optional&quot; or &quot;photo_required&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a project template code must not be empty</source>
        <translation>a project template code must not be empty</translation>
    </message>
    <message>
        <source>must be a project template object or the code of one, not %1</source>
        <translation>must be a project template object or the code of one, not %1</translation>
    </message>
    <message>
        <source>no project template has the code &quot;%1&quot;</source>
        <translation>no project template has the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>community type &quot;%1&quot; is not declared in community_types</source>
        <translation>community type &quot;%1&quot; is not declared in community_types</translation>
    </message>
    <message>
        <source>names no grade: &quot;%1&quot; is not the label of any band in grades</source>
        <translation>names no grade: &quot;%1&quot; is not the label of any band in grades</translation>
    </message>
    <message>
        <source>the set has no indicators</source>
        <translation>the set has no indicators</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>malformed JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid set code (1 to 40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;)</source>
        <translation>&quot;%1&quot; is not a valid set code (1 to 40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a non-empty string without surrounding spaces</source>
        <translation>must be a non-empty string without surrounding spaces</translation>
    </message>
    <message>
        <source>duplicate community type &quot;%1&quot;</source>
        <translation>duplicate community type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… and %1 more problems</translation>
    </message>
    <message>
        <source>duplicate project template code &quot;%1&quot; (already defined at %2)</source>
        <translation>duplicate project template code &quot;%1&quot; (already defined at %2)</translation>
    </message>
    <message>
        <source>must be a whole number of failed bottom-line indicators, at least 1</source>
        <translation>must be a whole number of failed bottom-line indicators, at least 1</translation>
    </message>
    <message>
        <source>names no severity: &quot;%1&quot; is not the label of any severity band</source>
        <translation>names no severity: &quot;%1&quot; is not the label of any severity band</translation>
    </message>
    <message>
        <source>a set names bottom_line_cap or bottom_line_caps, not both (bottom_line_cap: X is bottom_line_caps: [{&quot;failures&quot;: 1, &quot;grade&quot;: X}])</source>
        <translation>a set names bottom_line_cap or bottom_line_caps, not both (bottom_line_cap: X is bottom_line_caps: [{&quot;failures&quot;: 1, &quot;grade&quot;: X}])</translation>
    </message>
    <message>
        <source>%1 failures is named twice; each step of the cap names another number</source>
        <translation>%1 failures is named twice; each step of the cap names another number</translation>
    </message>
    <message>
        <source>a template is not an alternative of itself</source>
        <translation>a template is not an alternative of itself</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a template of another problem: no indicator names both %2 and %1</source>
        <translation>&quot;%1&quot; is a template of another problem: no indicator names both %2 and %1</translation>
    </message>
    <message>
        <source>must be a whole number of months, at least 1</source>
        <translation>must be a whole number of months, at least 1</translation>
    </message>
    <message>
        <source>must be a coverage from 0 to 1, e.g. 0.8</source>
        <translation>must be a coverage from 0 to 1, e.g. 0.8</translation>
    </message>
    <message>
        <source>must be an object like {&quot;items&quot;: [&quot;H3.1&quot;, …], &quot;count&quot;: &quot;buildings&quot;}</source>
        <translation>must be an object like {&quot;items&quot;: [&quot;H3.1&quot;, …], &quot;count&quot;: &quot;buildings&quot;}</translation>
    </message>
    <message>
        <source>must list at least one ledger item code</source>
        <translation>must list at least one ledger item code</translation>
    </message>
    <message>
        <source>must be a ledger item code, e.g. &quot;H3.1&quot;</source>
        <translation>must be a ledger item code, e.g. &quot;H3.1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>must be an array of {&quot;code&quot;, &quot;name&quot;, &quot;indicator&quot;} objects</source>
        <translation>must be an array of {&quot;code&quot;, &quot;name&quot;, &quot;indicator&quot;} objects</translation>
    </message>
    <message>
        <source>must be an object with a code and a name</source>
        <translation>must be an object with a code and a name</translation>
    </message>
    <message>
        <source>must be 1 to 40 characters without spaces or / ; , #</source>
        <translation>must be 1 to 40 characters without spaces or / ; , #</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a national item; a set adds items under codes of its own</source>
        <translation>&quot;%1&quot; is a national item; a set adds items under codes of its own</translation>
    </message>
    <message>
        <source>is required (the item as assessors read it)</source>
        <translation>is required (the item as assessors read it)</translation>
    </message>
    <message>
        <source>must be the number of a national housing indicator, 1 to 9 (0 or none: a local item)</source>
        <translation>must be the number of a national housing indicator, 1 to 9 (0 or none: a local item)</translation>
    </message>
    <message>
        <source>no ledger item has the code &quot;%1&quot; (national H1.0 … H9.4, or the set&apos;s ledger_items)</source>
        <translation>no ledger item has the code &quot;%1&quot; (national H1.0 … H9.4, or the set&apos;s ledger_items)</translation>
    </message>
    <message>
        <source>must be &quot;buildings&quot; (each building once) or &quot;dwellings&quot; (the dwellings of those buildings)</source>
        <translation>must be &quot;buildings&quot; (each building once) or &quot;dwellings&quot; (the dwellings of those buildings)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>only a number indicator can be computed (this one is %1)</source>
        <translation>only a number indicator can be computed (this one is %1)</translation>
    </message>
    <message>
        <source>an indicator is computed one way: source_ledger or source_remediation, not both</source>
        <translation>an indicator is computed one way: source_ledger or source_remediation, not both</translation>
    </message>
    <message>
        <source>must be at most 1000000 (found %1)</source>
        <translation>must be at most 1000000 (found %1)</translation>
    </message>
    <message>
        <source>must have at most 6 decimals (found %1)</source>
        <translation>must have at most 6 decimals (found %1)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>is required (&quot;communitycheck.indicator-set&quot;); this is not an indicator-set file</source>
        <translation>is required (&quot;communitycheck.indicator-set&quot;); this is not an indicator-set file</translation>
    </message>
    <message>
        <source>must be &quot;communitycheck.indicator-set&quot;, not %1</source>
        <translation>must be &quot;communitycheck.indicator-set&quot;, not %1</translation>
    </message>
    <message>
        <source>is required (1)</source>
        <translation>is required (1)</translation>
    </message>
    <message>
        <source>this program reads version %1, the file has %2</source>
        <translation>this program reads version %1, the file has %2</translation>
    </message>
</context>
<context>
    <name>IndicatorSetXlsx</name>
    <message>
        <source>%1: the workbook has no sheet &quot;%2&quot; (its sheets: %3); an indicator set needs the sheets 说明, 结构, 指标, 选项, 项目模板 and 等级.</source>
        <translation>%1: the workbook has no sheet &quot;%2&quot; (its sheets: %3); an indicator set needs the sheets 说明 (notes), 结构 (groups), 指标 (indicators), 选项 (options), 项目模板 (project templates) and 等级 (grades).</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet is empty; it needs its header row.</source>
        <translation>%1, sheet %2: the sheet is empty; it needs its header row.</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>%1: the cell is an error (%2), not a value</source>
        <translation>%1: the cell is an error (%2), not a value</translation>
    </message>
    <message>
        <source>%1: the cell is a date (%2); write the value as a number or as text</source>
        <translation>%1: the cell is a date (%2); write the value as a number or as text</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not TRUE or FALSE (是/否)</source>
        <translation>%1: &quot;%2&quot; is not TRUE or FALSE (是/否)</translation>
    </message>
    <message>
        <source>%1: a list that starts with &quot;[&quot; must be a JSON array of strings</source>
        <translation>%1: a list that starts with &quot;[&quot; must be a JSON array of strings</translation>
    </message>
    <message>
        <source>%1: the cell is not JSON (%2)</source>
        <translation>%1: the cell is not JSON (%2)</translation>
    </message>
    <message>
        <source>%1: the extra fields must be a JSON object {&quot;field&quot;: value, …}</source>
        <translation>%1: the extra fields must be a JSON object {&quot;field&quot;: value, …}</translation>
    </message>
    <message>
        <source>%1: the field %2 is also in its own column; give it in one place only</source>
        <translation>%1: the field %2 is also in its own column; give it in one place only</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of row here (%3)</source>
        <translation>%1: &quot;%2&quot; is not a kind of row here (%3)</translation>
    </message>
    <message>
        <source>%1: a row of the kind %2 leaves this column empty</source>
        <translation>%1: a row of the kind %2 leaves this column empty</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, sheet %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: the field %2 is also on %3</source>
        <translation>%1: the field %2 is also on %3</translation>
    </message>
    <message>
        <source>%1: the field %2 is also in its own row; give it in one place only</source>
        <translation>%1: the field %2 is also in its own row; give it in one place only</translation>
    </message>
    <message>
        <source>%1: the field %2 is also in the extra fields; give it in one place only</source>
        <translation>%1: the field %2 is also in the extra fields; give it in one place only</translation>
    </message>
    <message>
        <source>%1: the code &quot;%2&quot; is also on %3</source>
        <translation>%1: the code &quot;%2&quot; is also on %3</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… and %1 more problems</translation>
    </message>
    <message>
        <source>%1: no group on the sheet 结构 has the code &quot;%2&quot;</source>
        <translation>%1: no group on the sheet 结构 has the code &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the group %2 would lie inside itself (its parents lead back to it)</source>
        <translation>%1: the group %2 would lie inside itself (its parents lead back to it)</translation>
    </message>
    <message>
        <source>%1: no indicator on the sheet 指标 has the code &quot;%2&quot;</source>
        <translation>%1: no indicator on the sheet 指标 has the code &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the indicator %2 is of the type &quot;%3&quot;; only a choice indicator has options and only a checklist has items</source>
        <translation>%1: the indicator %2 is of the type &quot;%3&quot;; only a choice indicator has options and only a checklist has items</translation>
    </message>
    <message>
        <source>%1: a shared template belongs to no indicator (an indicator names it on a reference row)</source>
        <translation>%1: a shared template belongs to no indicator (an indicator names it on a reference row)</translation>
    </message>
    <message>
        <source>a text of %1 characters is longer than a spreadsheet cell holds (%2)</source>
        <translation>a text of %1 characters is longer than a spreadsheet cell holds (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>InputTable</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, sheet %2, row %3</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, column %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Building ledger</source>
        <translation>Building ledger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Red&amp;o</translation>
    </message>
    <message>
        <source>Building ledger — %1 %2 %3</source>
        <translation>Building ledger — %1 %2 %3</translation>
    </message>
    <message>
        <source>The community has no buildings in its register yet: add them under Check → Buildings of the community.</source>
        <translation>The community has no buildings in its register yet: add them under Check → Buildings of the community.</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s), </source>
        <translation>
            <numerusform>%n building, </numerusform>
            <numerusform>%n buildings, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message>
        <source>; this check is read-only</source>
        <translation>; this check is read-only</translation>
    </message>
    <message>
        <source>%1 · %2 %3 (national indicator %4)</source>
        <translation>%1 · %2 %3 (national indicator %4)</translation>
    </message>
    <message>
        <source>One row per building, one column per item of the national method. On a cell: 1, 2, 3 record the problem as found, 一般, 较严重 or 严重; Space as found; 0 or N as checked and not found; Delete clears it; Enter moves on; F2 writes a note, P adds photos of the building&apos;s problem. Every key is saved at once (Ctrl+Z undoes it).</source>
        <translation>One row per building, one column per item of the national method. On a cell: 1, 2, 3 record the problem as found, 一般, 较严重 or 严重; Space as found; 0 or N as checked and not found; Delete clears it; Enter moves on; F2 writes a note, P adds photos of the building&apos;s problem. Every key is saved at once (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the item first (1, 2, 3, Space or 0), then its note.</source>
        <translation>Record the item first (1, 2, 3, Space or 0), then its note.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on %1 %2:</source>
        <translation>Note on %1 %2:</translation>
    </message>
    <message>
        <source>Photos of %1 %2</source>
        <translation>Photos of %1 %2</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photos were not added.</source>
        <translation>The photos were not added.</translation>
    </message>
    <message>
        <source>Record the item first (1, 2, 3, Space or 0), then its photos.</source>
        <translation>Record the item first (1, 2, 3, Space or 0), then its photos.</translation>
    </message>
</context>
<context>
    <name>LedgerGridModel</name>
    <message>
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message>
        <source>fairly serious</source>
        <translation>fairly serious</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerTable</name>
    <message>
        <source>building ledger</source>
        <translation>building ledger</translation>
    </message>
    <message>
        <source>%1: the estate is empty</source>
        <translation>%1: the estate is empty</translation>
    </message>
    <message>
        <source>%1: the building number or name is empty</source>
        <translation>%1: the building number or name is empty</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an item of the building ledger (H1.0 … H9.4, or the set&apos;s own)</source>
        <translation>%1: &quot;%2&quot; is not an item of the building ledger (H1.0 … H9.4, or the set&apos;s own)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (是/否)</source>
        <translation>%1: &quot;%2&quot; is not yes or no (是/否)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a degree of the manual (严重, 较严重, 一般)</source>
        <translation>%1: &quot;%2&quot; is not a degree of the manual (严重, 较严重, 一般)</translation>
    </message>
    <message>
        <source>%1: a degree is given for a problem marked absent</source>
        <translation>%1: a degree is given for a problem marked absent</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 is also on %5</source>
        <translation>%1: %2 %3 %4 is also on %5</translation>
    </message>
    <message>
        <source>%1: the file has no entries, only a header.</source>
        <translation>%1: the file has no entries, only a header.</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <source>Add demand</source>
        <translation>Add demand</translation>
    </message>
    <message>
        <source>Remove demand</source>
        <translation>Remove demand</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>Add resource</translation>
    </message>
    <message>
        <source>Remove resource</source>
        <translation>Remove resource</translation>
    </message>
    <message>
        <source>Import survey tallies</source>
        <translation>Import survey tallies</translation>
    </message>
    <message>
        <source>Import demands</source>
        <translation>Import demands</translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation>Import resources</translation>
    </message>
</context>
<context>
    <name>ListTables</name>
    <message>
        <source>the cell is empty</source>
        <translation>the cell is empty</translation>
    </message>
    <message>
        <source>survey tally table</source>
        <translation>survey tally table</translation>
    </message>
    <message>
        <source>%1: the file has no survey items, only a header.</source>
        <translation>%1: the file has no survey items, only a header.</translation>
    </message>
    <message>
        <source>a mean score</source>
        <translation>a mean score</translation>
    </message>
    <message>
        <source>a number of people</source>
        <translation>a number of people</translation>
    </message>
    <message>
        <source>demand table</source>
        <translation>demand table</translation>
    </message>
    <message>
        <source>%1: the file has no demands, only a header.</source>
        <translation>%1: the file has no demands, only a header.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source (meeting, survey, hotline, grid; 居民议事, 问卷调查, 热线, 网格员)</source>
        <translation>&quot;%1&quot; is not a source (meeting, survey, hotline, grid; 居民议事, 问卷调查, 热线, 网格员)</translation>
    </message>
    <message>
        <source>a number of supporters</source>
        <translation>a number of supporters</translation>
    </message>
    <message>
        <source>resource table</source>
        <translation>resource table</translation>
    </message>
    <message>
        <source>%1: the file has no resources, only a header.</source>
        <translation>%1: the file has no resources, only a header.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of resource (room, land, fund, operator; 闲置用房, 闲置场地, 资金, 运营主体)</source>
        <translation>&quot;%1&quot; is not a kind of resource (room, land, fund, operator; 闲置用房, 闲置场地, 资金, 运营主体)</translation>
    </message>
    <message>
        <source>the resource names neither a community nor a county</source>
        <translation>the resource names neither a community nor a county</translation>
    </message>
    <message>
        <source>an area in m²</source>
        <translation>an area in m²</translation>
    </message>
    <message>
        <source>an amount in 万元</source>
        <translation>an amount in RMB 10k</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>a year</translation>
    </message>
    <message>
        <source>price table</source>
        <translation>price table</translation>
    </message>
    <message>
        <source>%1: the file has no prices, only a header.</source>
        <translation>%1: the file has no prices, only a header.</translation>
    </message>
    <message>
        <source>a unit cost in 万元</source>
        <translation>a unit cost in RMB 10k</translation>
    </message>
    <message>
        <source>no community in the register has the code %1</source>
        <translation>no community in the register has the code %1</translation>
    </message>
    <message>
        <source>the template %1 is priced for %2 on %3 too</source>
        <translation>the template %1 is priced for %2 on %3 too</translation>
    </message>
    <message>
        <source>every county</source>
        <translation>every county</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>Residents&apos; demands (需求清单)</source>
        <translation>Residents&apos; demands (demand list)</translation>
    </message>
    <message>
        <source>Import survey &amp;tallies…</source>
        <translation>Import survey &amp;tallies…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Resources (资源清单)</source>
        <translation>Resources (resource list)</translation>
    </message>
    <message>
        <source>Add &amp;resource…</source>
        <translation>Add &amp;resource…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>consultation meeting</source>
        <translation>consultation meeting</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>survey</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>hotline</translation>
    </message>
    <message>
        <source>grid worker</source>
        <translation>grid worker</translation>
    </message>
    <message>
        <source>idle room</source>
        <translation>idle room</translation>
    </message>
    <message>
        <source>idle land</source>
        <translation>idle land</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>fund</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Survey item</source>
        <translation>Survey item</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>(county-wide)</source>
        <translation>(county-wide)</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation>Amount (RMB 10k)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Owner / department</source>
        <translation>Owner / department</translation>
    </message>
    <message>
        <source>Survey tallies</source>
        <translation>Survey tallies</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>The lists could not be read; what is shown may be out of date.</source>
        <translation>The lists could not be read; what is shown may be out of date.</translation>
    </message>
    <message>
        <source>The register has no community yet: add one on the Communities tab first.</source>
        <translation>The register has no community yet: add one on the Communities tab first.</translation>
    </message>
    <message>
        <source>Add dema&amp;nd…</source>
        <translation>Add dema&amp;nd…</translation>
    </message>
    <message>
        <source>Every row of %1 is already stored; nothing was added.</source>
        <translation>Every row of %1 is already stored; nothing was added.</translation>
    </message>
    <message>
        <source>Survey tallies (columns item, mean, respondents)</source>
        <translation>Survey tallies (columns item, mean, respondents)</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import demands…</source>
        <translation>Import demands…</translation>
    </message>
    <message>
        <source>Import resources…</source>
        <translation>Import resources…</translation>
    </message>
</context>
<context>
    <name>ListsService</name>
    <message>
        <source>%1 is linked to a project; unlink it first.</source>
        <translation>%1 is linked to a project; unlink it first.</translation>
    </message>
    <message>
        <source>A demand needs its text.</source>
        <translation>A demand needs its text.</translation>
    </message>
    <message>
        <source>The support count cannot be negative (%1).</source>
        <translation>The support count cannot be negative (%1).</translation>
    </message>
    <message>
        <source>No demand has the ID %1.</source>
        <translation>No demand has the ID %1.</translation>
    </message>
    <message>
        <source>The demand &quot;%1&quot;</source>
        <translation>The demand &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A resource belongs to a community or, county-wide, to a county.</source>
        <translation>A resource belongs to a community or, county-wide, to a county.</translation>
    </message>
    <message>
        <source>A resource needs a name.</source>
        <translation>A resource needs a name.</translation>
    </message>
    <message>
        <source>Areas and amounts cannot be negative.</source>
        <translation>Areas and amounts cannot be negative.</translation>
    </message>
    <message>
        <source>No resource has the ID %1.</source>
        <translation>No resource has the ID %1.</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot;</source>
        <translation>The resource &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A price needs the project template&apos;s code.</source>
        <translation>A price needs the project template&apos;s code.</translation>
    </message>
    <message>
        <source>A unit cost cannot be negative.</source>
        <translation>A unit cost cannot be negative.</translation>
    </message>
    <message>
        <source>The demand &quot;%1&quot; is linked to a project; unlink it first.</source>
        <translation>The demand &quot;%1&quot; is linked to a project; unlink it first.</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; is linked to a project; unlink it first.</source>
        <translation>The resource &quot;%1&quot; is linked to a project; unlink it first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CommunityCheck</source>
        <translation>CommunityCheck</translation>
    </message>
    <message>
        <source>Search by code, name, street or county</source>
        <translation>Search by code, name, street or county</translation>
    </message>
    <message>
        <source>&amp;Pilots only</source>
        <translation>&amp;Pilots only</translation>
    </message>
    <message>
        <source>&amp;Indicator sets</source>
        <translation>&amp;Indicator sets</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import indicator set…</source>
        <translation>&amp;Import indicator set…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export indicator set…</source>
        <translation>&amp;Export indicator set…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Assessor &amp;name…</source>
        <translation>Assessor &amp;name…</translation>
    </message>
    <message>
        <source>&amp;About CommunityCheck</source>
        <translation>&amp;About CommunityCheck</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n communities shown</source>
        <translation>
            <numerusform>%1 of %n community shown</numerusform>
            <numerusform>%1 of %n communities shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Import indicator set</source>
        <translation>Import indicator set</translation>
    </message>
    <message>
        <source>Imported %1 %2</source>
        <translation>Imported %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 was already stored with the same content; nothing changed.</source>
        <translation>%1 %2 was already stored with the same content; nothing changed.</translation>
    </message>
    <message>
        <source>Select an indicator set to export first.</source>
        <translation>Select an indicator set to export first.</translation>
    </message>
    <message>
        <source>Export indicator set</source>
        <translation>Export indicator set</translation>
    </message>
    <message>
        <source>Written %1 %2 to %3</source>
        <translation>Written %1 %2 to %3</translation>
    </message>
    <message>
        <source>Assessor name</source>
        <translation>Assessor name</translation>
    </message>
    <message>
        <source>Your name, as it appears in the audit trail and on reports:</source>
        <translation>Your name, as it appears in the audit trail and on reports:</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Target: at least %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Target: at most %1</translation>
    </message>
    <message>
        <source>Bottom-line indicator: any shortfall is a failure</source>
        <translation>Bottom-line indicator: any shortfall is a failure</translation>
    </message>
    <message>
        <source>National basic indicator: %1</source>
        <translation>National basic indicator: %1</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>New community…</source>
        <translation>New community…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>New &amp;community…</source>
        <translation>New &amp;community…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit community…</source>
        <translation>&amp;Edit community…</translation>
    </message>
    <message>
        <source>&amp;New check…</source>
        <translation>&amp;New check…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open check</source>
        <translation>&amp;Open check</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Added %1 %2</source>
        <translation>Added %1 %2</translation>
    </message>
    <message>
        <source>Select a community first.</source>
        <translation>Select a community first.</translation>
    </message>
    <message>
        <source>Select a check first.</source>
        <translation>Select a check first.</translation>
    </message>
    <message>
        <source>&amp;Photo size…</source>
        <translation>&amp;Photo size…</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>Photo size</translation>
    </message>
    <message>
        <source>Photos are stored downscaled so that their longest edge is at most this many pixels (the original file is not kept):</source>
        <translation>Photos are stored downscaled so that their longest edge is at most this many pixels (the original file is not kept):</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>Preview, print or export the scored report of the selected check</source>
        <translation>Preview, print or export the scored report of the selected check</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Report settings…</source>
        <translation>&amp;Report settings…</translation>
    </message>
    <message>
        <source>&amp;Generate projects</source>
        <translation>&amp;Generate projects</translation>
    </message>
    <message>
        <source>Project candidates from the failed indicators of the selected check and its community&apos;s demands</source>
        <translation>Project candidates from the failed indicators of the selected check and its community&apos;s demands</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>%1 new project candidates, %2 already there, %3 of earlier checks marked obsolete.</source>
        <translation>%1 new project candidates, %2 already there, %3 of earlier checks marked obsolete.</translation>
    </message>
    <message>
        <source>Demands and resources</source>
        <translation>Demands and resources</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Co&amp;mmunities</source>
        <translation>Co&amp;mmunities</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Chec&amp;ks</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Database check</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Export &amp;bundle…</translation>
    </message>
    <message>
        <source>The checks selected in the Checks tab (or all it shows), with their communities, sets, answers, photos and audit trail, for the county office or the field</source>
        <translation>The checks selected in the Checks tab (or all it shows), with their communities, sets, answers, photos and audit trail, for the county office or the field</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>Import b&amp;undle…</translation>
    </message>
    <message>
        <source>Checks from a field laptop or the county office: see what changes, decide the conflicts, then import</source>
        <translation>Checks from a field laptop or the county office: see what changes, decide the conflicts, then import</translation>
    </message>
    <message>
        <source>Bundle written.</source>
        <translation>Bundle written.</translation>
    </message>
    <message>
        <source>Bundle imported: %1 new checks, %2 answers or states taken.</source>
        <translation>Bundle imported: %1 new checks, %2 answers or states taken.</translation>
    </message>
    <message>
        <source>Buildings…</source>
        <translation>Buildings…</translation>
    </message>
    <message>
        <source>&amp;Buildings of the community…</source>
        <translation>&amp;Buildings of the community…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>The community&apos;s estates and buildings</source>
        <translation>The community&apos;s estates and buildings</translation>
    </message>
    <message>
        <source>Export na&amp;tional tables…</source>
        <translation>Export na&amp;tional tables…</translation>
    </message>
    <message>
        <source>A county&apos;s round as the national manual asks: the survey table, the problem and remediation lists and the building ledger (XLSX, CSV and PDF)</source>
        <translation>A county&apos;s round as the national manual asks: the survey table, the problem and remediation lists and the building ledger (XLSX, CSV and PDF)</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <source>The full checks of the open database: integrity, links between records, photo checksums</source>
        <translation>The full checks of the open database: integrity, links between records, photo checksums</translation>
    </message>
    <message>
        <source>Bac&amp;k up now…</source>
        <translation>Bac&amp;k up now…</translation>
    </message>
    <message>
        <source>A consistent copy of the database and its photos, also while it is in use</source>
        <translation>A consistent copy of the database and its photos, also while it is in use</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Replace the open database with a backup, after checking it; the current files are kept aside</source>
        <translation>Replace the open database with a backup, after checking it; the current files are kept aside</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>Backup &amp;folder…</translation>
    </message>
    <message>
        <source>Where the automatic daily backups go (the last 7 days and one a month are kept)</source>
        <translation>Where the automatic daily backups go (the last 7 days and one a month are kept)</translation>
    </message>
    <message>
        <source>Restored from the backup; every view shows the restored database.</source>
        <translation>Restored from the backup; every view shows the restored database.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>The backup was restored, but the database could not be opened again; CommunityCheck closes. Open it again to go on.</source>
        <translation>The backup was restored, but the database could not be opened again; CommunityCheck closes. Open it again to go on.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Indicator sets (*.json *.xlsx);;All files (*)</source>
        <translation>Indicator sets (*.json *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Indicator sets (*.json);;Workbooks for WPS or Excel (*.xlsx)</source>
        <translation>Indicator sets (*.json);;Workbooks for WPS or Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Import communities…</source>
        <translation>&amp;Import communities…</translation>
    </message>
    <message>
        <source>Add or update communities from the register kept in Excel or WPS (XLSX or CSV: code, name, type, …)</source>
        <translation>Add or update communities from the register kept in Excel or WPS (XLSX or CSV: code, name, type, …)</translation>
    </message>
    <message>
        <source>Edit as a new version…</source>
        <translation>Edit as a new version…</translation>
    </message>
    <message>
        <source>Open the selected set in the set editor; saving stores a new version and never changes this one</source>
        <translation>Open the selected set in the set editor; saving stores a new version and never changes this one</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Compare versions…</translation>
    </message>
    <message>
        <source>What changed between two stored versions of the selected set, and which checks would get another grade</source>
        <translation>What changed between two stored versions of the selected set, and which checks would get another grade</translation>
    </message>
    <message>
        <source>&amp;Print blank checklist…</source>
        <translation>&amp;Print blank checklist…</translation>
    </message>
    <message>
        <source>The paper checklist of the selected check as a PDF: every indicator in entry order with tick boxes, the building-ledger grid, notes and signatures</source>
        <translation>The paper checklist of the selected check as a PDF: every indicator in entry order with tick boxes, the building-ledger grid, notes and signatures</translation>
    </message>
    <message>
        <source>Connect to ser&amp;ver…</source>
        <translation>Connect to ser&amp;ver…</translation>
    </message>
    <message>
        <source>Work on the county office&apos;s shared database (PostgreSQL) instead of a file on this computer</source>
        <translation>Work on the county office&apos;s shared database (PostgreSQL) instead of a file on this computer</translation>
    </message>
    <message>
        <source>A check was kept open.</source>
        <translation>A check was kept open.</translation>
    </message>
</context>
<context>
    <name>NationalExport</name>
    <message>
        <source>Name the county: the national tables are a county&apos;s.</source>
        <translation>Name the county: the national tables are a county&apos;s.</translation>
    </message>
    <message>
        <source>No submitted or approved check of round %1 in county %2.</source>
        <translation>No submitted or approved check of round %1 in county %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>NationalExportDialog</name>
    <message>
        <source>Export national tables</source>
        <translation>Export national tables</translation>
    </message>
    <message>
        <source>The national reporting tables of a county&apos;s round, from its submitted and approved checks: the survey table (XLSX and CSV), the problem list and the remediation list (XLSX and PDF), and the building ledger (XLSX), with the headers of the national manual.</source>
        <translation>The national reporting tables of a county&apos;s round, from its submitted and approved checks: the survey table (XLSX and CSV), the problem list and the remediation list (XLSX and PDF), and the building ledger (XLSX), with the headers of the national manual.</translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>There is nothing to export yet: the register has no county or no check.</source>
        <translation>There is nothing to export yet: the register has no county or no check.</translation>
    </message>
    <message>
        <source>Folder for the national tables</source>
        <translation>Folder for the national tables</translation>
    </message>
    <message>
        <source>%1_%2_national tables</source>
        <translation>%1_%2_national tables</translation>
    </message>
    <message>
        <source>Choose a round and a folder.</source>
        <translation>Choose a round and a folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n communities written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3.</source>
        <translation>
            <numerusform>%n community written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3.</numerusform>
            <numerusform>%n communities written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n checks of the round are not submitted yet and are not in the tables.</source>
        <translation>
            <numerusform>%n check of the round is not submitted yet and is not in the tables.</numerusform>
            <numerusform>%n checks of the round are not submitted yet and are not in the tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NationalPdf</name>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>Indicator &amp;set</source>
        <translation>Indicator &amp;set</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Round label</source>
        <translation>&amp;Round label</translation>
    </message>
    <message>
        <source>&amp;Assessors</source>
        <translation>&amp;Assessors</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Names separated by commas</translation>
    </message>
    <message>
        <source>Start from the &amp;previous round&apos;s values (marked as carried over until confirmed)</source>
        <translation>Start from the &amp;previous round&apos;s values (marked as carried over until confirmed)</translation>
    </message>
    <message>
        <source>This community has no check of an earlier year.</source>
        <translation>This community has no check of an earlier year.</translation>
    </message>
    <message>
        <source>Earlier round: %1</source>
        <translation>Earlier round: %1</translation>
    </message>
    <message>
        <source>Choose a community from the register.</source>
        <translation>Choose a community from the register.</translation>
    </message>
    <message>
        <source>Import an indicator set first.</source>
        <translation>Import an indicator set first.</translation>
    </message>
    <message>
        <source>Check &amp;date</source>
        <translation>Check &amp;date</translation>
    </message>
    <message>
        <source>The day of the site visit: the deadlines of 限时解决 problems count from it</source>
        <translation>The day of the site visit: the deadlines of time-bound problems count from it</translation>
    </message>
</context>
<context>
    <name>PhotoCommands</name>
    <message>
        <source>Delete photo %1</source>
        <translation>Delete photo %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s) to %1</source>
        <translation>
            <numerusform>Add %n photo to %1</numerusform>
            <numerusform>Add %n photos to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption of photo %1</source>
        <translation>Caption of photo %1</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Caption</translation>
    </message>
    <message>
        <source>Photo — %1 — %2</source>
        <translation>Photo — %1 — %2</translation>
    </message>
    <message>
        <source>File: %1 (%2 KB)</source>
        <translation>File: %1 (%2 KB)</translation>
    </message>
    <message>
        <source>Stored: %1 × %2 px</source>
        <translation>Stored: %1 × %2 px</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <source>Taken: unknown (no EXIF time)</source>
        <translation>Taken: unknown (no EXIF time)</translation>
    </message>
    <message>
        <source>Position: %1, %2</source>
        <translation>Position: %1, %2</translation>
    </message>
    <message>
        <source>, %1 m</source>
        <translation>, %1 m</translation>
    </message>
    <message>
        <source>Position: unknown (no EXIF GPS)</source>
        <translation>Position: unknown (no EXIF GPS)</translation>
    </message>
    <message>
        <source>SHA-256 of the original: %1</source>
        <translation>SHA-256 of the original: %1</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>%1: the EXIF data is damaged (%2); the photo is kept without capture time and position.</source>
        <translation>%1: the EXIF data is damaged (%2); the photo is kept without capture time and position.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos up to %3 MB are accepted.</source>
        <translation>%1 is %2 MB; photos up to %3 MB are accepted.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read (JPEG, PNG, BMP, GIF).</source>
        <translation>%1 is not an image this program can read (JPEG, PNG, BMP, GIF).</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>%1 cannot be decoded: %2</translation>
    </message>
    <message>
        <source>%1 could not be re-encoded as JPEG.</source>
        <translation>%1 could not be re-encoded as JPEG.</translation>
    </message>
</context>
<context>
    <name>PhotoService</name>
    <message>
        <source>The assessment %1 is marked &quot;%2&quot;; its photos cannot be changed.</source>
        <translation>The assessment %1 is marked &quot;%2&quot;; its photos cannot be changed.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos up to %3 MB are accepted.</source>
        <translation>%1 is %2 MB; photos up to %3 MB are accepted.</translation>
    </message>
    <message>
        <source>%1: the photo has no image data.</source>
        <translation>%1: the photo has no image data.</translation>
    </message>
    <message>
        <source>%1: no indicator with this code in the set.</source>
        <translation>%1: no indicator with this code in the set.</translation>
    </message>
    <message>
        <source>photo %1 added</source>
        <translation>photo %1 added</translation>
    </message>
    <message>
        <source>No photo has the ID %1.</source>
        <translation>No photo has the ID %1.</translation>
    </message>
    <message>
        <source>The image of %1 is missing from the photo file %2.</source>
        <translation>The image of %1 is missing from the photo file %2.</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>photo %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>photo %1 restored</source>
        <translation>photo %1 restored</translation>
    </message>
    <message>
        <source>%1: the building is not in the register of the check&apos;s community.</source>
        <translation>%1: the building is not in the register of the check&apos;s community.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the building ledger.</source>
        <translation>&quot;%1&quot; is not an item of the building ledger.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photos (%1) — required when the indicator fails</source>
        <translation>Photos (%1) — required when the indicator fails</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>This check is read-only.</source>
        <translation>This check is read-only.</translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation>Reading photos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>%n file could not be added.</numerusform>
            <numerusform>%n files could not be added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added to %1.</source>
        <translation>
            <numerusform>%n photo added to %1.</numerusform>
            <numerusform>%n photos added to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos to %1</source>
        <translation>Add photos to %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)</translation>
    </message>
    <message>
        <source>Photo deleted (Ctrl+Z to undo).</source>
        <translation>Photo deleted (Ctrl+Z to undo).</translation>
    </message>
</context>
<context>
    <name>PlanDocuments</name>
    <message>
        <source>%1 %2 annual implementation plan for community renewal</source>
        <translation>%1 %2 annual implementation plan for community renewal</translation>
    </message>
    <message>
        <source>Budget %1 万元; planned this year %2 万元 for %3 projects in %4 communities, of which %5 万元 for 限时解决 projects.</source>
        <translation>Budget RMB %1 × 10k; planned this year RMB %2 × 10k for %3 projects in %4 communities, of which RMB %5 × 10k for time-bound projects.</translation>
    </message>
    <message>
        <source>%1 projects deferred; %2 management measures outside the budget. Built %3.</source>
        <translation>%1 projects deferred; %2 management measures outside the budget. Built %3.</translation>
    </message>
    <message>
        <source>Shortfall %1 万元: the 限时解决 projects alone need %2 万元 this year, more than the budget of %3 万元. They are obligations and stay in the plan; the county must find the rest. No other project is selected.</source>
        <translation>Shortfall RMB %1 × 10k: the time-bound projects alone need RMB %2 × 10k this year, more than the budget of RMB %3 × 10k. They are obligations and stay in the plan; the county must find the rest. No other project is selected.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Content and scale</source>
        <translation>Content and scale</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Time-bound / best effort</source>
        <translation>Time-bound / best effort</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Implementer</translation>
    </message>
    <message>
        <source>This year (万元)</source>
        <translation>This year (RMB 10k)</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <source>Start – completion</source>
        <translation>Start – completion</translation>
    </message>
    <message>
        <source>to be assigned</source>
        <translation>to be assigned</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>限时解决</source>
        <translation>time-bound</translation>
    </message>
    <message>
        <source>尽力解决</source>
        <translation>best effort</translation>
    </message>
    <message>
        <source>Residents&apos; demands</source>
        <translation>Residents&apos; demands</translation>
    </message>
    <message>
        <source>(no lead unit)</source>
        <translation>(no lead unit)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Why deferred</source>
        <translation>Why deferred</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Not yet assigned to a source</source>
        <translation>Not yet assigned to a source</translation>
    </message>
    <message>
        <source>Of which beyond the budget (shortfall)</source>
        <translation>Of which beyond the budget (shortfall)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>By programme</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>By lead unit</source>
        <translation>By lead unit</translation>
    </message>
    <message>
        <source>1. Specific tasks (具体任务)</source>
        <translation>1. Specific tasks</translation>
    </message>
    <message>
        <source>2. Key projects (重点项目)</source>
        <translation>2. Key projects</translation>
    </message>
    <message>
        <source>3. Requirements (实施要求)</source>
        <translation>3. Requirements</translation>
    </message>
    <message>
        <source>4. Schedule (时序安排)</source>
        <translation>4. Schedule</translation>
    </message>
    <message>
        <source>5. Safeguards (保障措施)</source>
        <translation>5. Safeguards</translation>
    </message>
    <message>
        <source>In %1 this year: %2 projects in %3 communities, %4 万元, of which %5 限时解决 projects (%6 万元) to be completed by their deadlines; %7 management measures.</source>
        <translation>In %1 this year: %2 projects in %3 communities, RMB %4 × 10k, of which %5 time-bound projects (RMB %6 × 10k) to be completed by their deadlines; %7 management measures.</translation>
    </message>
    <message>
        <source>residents&apos; demands</source>
        <translation>residents&apos; demands</translation>
    </message>
    <message>
        <source>· %1 %2: %3 万元 this year, led by %4</source>
        <translation>· %1 %2: RMB %3 × 10k this year, led by %4</translation>
    </message>
    <message>
        <source>, carried out by %1</source>
        <translation>, carried out by %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, due %1</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>限时解决 (obligations, selected whatever the budget):</source>
        <translation>time-bound (obligations, selected whatever the budget):</translation>
    </message>
    <message>
        <source>The largest of the other projects:</source>
        <translation>The largest of the other projects:</translation>
    </message>
    <message>
        <source>No project is in the plan yet.</source>
        <translation>No project is in the plan yet.</translation>
    </message>
    <message>
        <source>Each lead unit organises its projects with the cooperating units named in the plan table, and reports progress to the county housing and urban-rural development bureau every quarter.</source>
        <translation>Each lead unit organises its projects with the cooperating units named in the plan table, and reports progress to the county housing and urban-rural development bureau every quarter.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Implementers: %1.</source>
        <translation>Implementers: %1.</translation>
    </message>
    <message>
        <source>Q1: approval, design and tendering of the %1 projects; the 限时解决 projects first.</source>
        <translation>Q1: approval, design and tendering of the %1 projects; the time-bound projects first.</translation>
    </message>
    <message>
        <source>%1 %2 (due %3)</source>
        <translation>%1 %2 (due %3)</translation>
    </message>
    <message>
        <source>Past their deadline, to be done first: %1.</source>
        <translation>Past their deadline, to be done first: %1.</translation>
    </message>
    <message>
        <source>Q%1: complete %2.</source>
        <translation>Q%1: complete %2.</translation>
    </message>
    <message>
        <source>Q2–Q3: works of the other projects.</source>
        <translation>Q2–Q3: works of the other projects.</translation>
    </message>
    <message>
        <source>Due after this year: %1.</source>
        <translation>Due after this year: %1.</translation>
    </message>
    <message>
        <source>Continuing into the next year: %1.</source>
        <translation>Continuing into the next year: %1.</translation>
    </message>
    <message>
        <source>Q4: acceptance of the completed projects and the next round&apos;s check (体检).</source>
        <translation>Q4: acceptance of the completed projects and the next round&apos;s check.</translation>
    </message>
    <message>
        <source>%1 %2 万元</source>
        <translation>%1 RMB %2 × 10k</translation>
    </message>
    <message>
        <source>This year&apos;s investment %1 万元 within a budget of %2 万元.</source>
        <translation>This year&apos;s investment RMB %1 × 10k within a budget of RMB %2 × 10k.</translation>
    </message>
    <message>
        <source>By source: %1.</source>
        <translation>By source: %1.</translation>
    </message>
    <message>
        <source>%1 万元 is not yet assigned to a source: settle it with the finance bureau before tendering.</source>
        <translation>RMB %1 × 10k is not yet assigned to a source: settle it with the finance bureau before tendering.</translation>
    </message>
    <message>
        <source>Shortfall %1 万元 for the 限时解决 projects: the county raises it (上级补助, 专项债, 统筹整合) before their deadlines; the obligations are not deferred.</source>
        <translation>Shortfall RMB %1 × 10k for the time-bound projects: the county raises it before their deadlines; the obligations are not deferred.</translation>
    </message>
    <message>
        <source>Projects are kept in the project library (项目库) with their funding; changes go through the plan&apos;s revision.</source>
        <translation>Projects are kept in the project library with their funding; changes go through the plan&apos;s revision.</translation>
    </message>
    <message>
        <source>Plan texts</source>
        <translation>Plan texts</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message numerus="yes">
        <source>· %1: %n project(s) in %2 communities, %3 万元.</source>
        <translation>
            <numerusform>· %1: %n project in %2 communities, RMB %3 × 10k.</numerusform>
            <numerusform>· %1: %n projects in %2 communities, RMB %3 × 10k.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %1 leads %n project(s), %2 万元.</source>
        <translation>
            <numerusform>· %1 leads %n project, RMB %2 × 10k.</numerusform>
            <numerusform>· %1 leads %n projects, RMB %2 × 10k.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) have no implementer yet: name one before the works are tendered.</source>
        <translation>
            <numerusform>%n project has no implementer yet: name one before the works are tendered.</numerusform>
            <numerusform>%n projects have no implementer yet: name one before the works are tendered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Build the plan</source>
        <translation>&amp;Build the plan</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Specific tasks</source>
        <translation>Specific tasks</translation>
    </message>
    <message>
        <source>Key projects</source>
        <translation>Key projects</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Safeguards</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>In the plan</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Why deferred</source>
        <translation>Why deferred</translation>
    </message>
    <message>
        <source>No county in the register yet.</source>
        <translation>No county in the register yet.</translation>
    </message>
    <message>
        <source>No plan for %1 %2 yet: set the budget and build it.</source>
        <translation>No plan for %1 %2 yet: set the budget and build it.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>time-bound</source>
        <translation>time-bound</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>best effort</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>not estimated</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Annual plan %1 %2</source>
        <translation>Annual plan %1 %2</translation>
    </message>
    <message>
        <source>Export the annual plan</source>
        <translation>Export the annual plan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>This year (万元)</source>
        <translation>This year (RMB 10k)</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 万元 for %5 projects (限时解决 %6 万元); %7 deferred; %8 management measures outside the budget. Built %9.</source>
        <translation>%1 %2: %3 of RMB %4 × 10k for %5 projects (time-bound RMB %6 × 10k); %7 deferred; %8 management measures outside the budget. Built %9.</translation>
    </message>
    <message>
        <source>Shortfall %1 万元: the 限时解决 projects alone exceed the budget. They stay in the plan (they are obligations); the county must find the rest, and no other project is selected.</source>
        <translation>Shortfall RMB %1 × 10k: the time-bound projects alone exceed the budget. They stay in the plan (they are obligations); the county must find the rest, and no other project is selected.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) drafted from the data: edit and save to make them the plan&apos;s own.</source>
        <translation>
            <numerusform>%n part drafted from the data: edit and save to make it the plan&apos;s own.</numerusform>
            <numerusform>%n parts drafted from the data: edit and save to make them the plan&apos;s own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the annual plan to %1.</source>
        <translation>Exported the annual plan to %1.</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>Cou&amp;nty</translation>
    </message>
    <message>
        <source>Bud&amp;get (万元)</source>
        <translation>Bud&amp;get (RMB 10k)</translation>
    </message>
    <message>
        <source>Sa&amp;ve texts</source>
        <translation>Sa&amp;ve texts</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>6. Projects in the plan</source>
        <translation>6. Projects in the plan</translation>
    </message>
    <message>
        <source>None: no project is in the plan.</source>
        <translation>None: no project is in the plan.</translation>
    </message>
    <message>
        <source>7. Funding by source</source>
        <translation>7. Funding by source</translation>
    </message>
    <message>
        <source>8. By programme and by lead unit</source>
        <translation>8. By programme and by lead unit</translation>
    </message>
    <message>
        <source>9. Management measures (outside the budget)</source>
        <translation>9. Management measures (outside the budget)</translation>
    </message>
    <message>
        <source>10. Deferred projects</source>
        <translation>10. Deferred projects</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>Name the county of the plan.</source>
        <translation>Name the county of the plan.</translation>
    </message>
    <message>
        <source>%1 is not a plan year.</source>
        <translation>%1 is not a plan year.</translation>
    </message>
    <message>
        <source>The budget must be between 0 and 1,000,000,000 万元.</source>
        <translation>The budget must be between 0 and 1,000,000,000 (in RMB 10k).</translation>
    </message>
    <message>
        <source>No community of the register is in the county &quot;%1&quot;.</source>
        <translation>No community of the register is in the county &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>annual plan %1 %2</source>
        <translation>annual plan %1 %2</translation>
    </message>
    <message>
        <source>annual plan %1 %2 undone</source>
        <translation>annual plan %1 %2 undone</translation>
    </message>
    <message>
        <source>%1 has no plan for %2 yet; build it first.</source>
        <translation>%1 has no plan for %2 yet; build it first.</translation>
    </message>
</context>
<context>
    <name>PlanTextsCommand</name>
    <message>
        <source>Edit the texts of the plan %1 %2</source>
        <translation>Edit the texts of the plan %1 %2</translation>
    </message>
</context>
<context>
    <name>ProjectChangeCommand</name>
    <message>
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message numerus="yes">
        <source>Accept %n project(s)</source>
        <translation>
            <numerusform>Accept %n project</numerusform>
            <numerusform>Accept %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n project(s)</source>
        <translation>
            <numerusform>Reject %n project</numerusform>
            <numerusform>Reject %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>ProjectEditDialog</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>&amp;Cost (万元)</source>
        <translation>&amp;Cost (RMB 10k)</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>C&amp;lass</translation>
    </message>
    <message>
        <source>Project — %1</source>
        <translation>Project — %1</translation>
    </message>
    <message>
        <source>From the failed indicators %1</source>
        <translation>From the failed indicators %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resident demand(s), %1 supporters</source>
        <translation>
            <numerusform>%n resident demand, %1 supporters</numerusform>
            <numerusform>%n resident demands, %1 supporters</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: quantity × unit cost</source>
        <translation>empty: quantity × unit cost</translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation>The project needs a name.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source> (county-wide)</source>
        <translation> (county-wide)</translation>
    </message>
    <message>
        <source>No resource in this county&apos;s 资源清单 yet.</source>
        <translation>No resource in this county&apos;s resource list yet.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>Con&amp;tent and scale (建设内容及规模)</source>
        <translation>Con&amp;tent and scale</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Un&amp;it cost (万元)</source>
        <translation>Un&amp;it cost (RMB 10k)</translation>
    </message>
    <message>
        <source>&amp;Deadline (完成时限)</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>S&amp;equence (时序)</source>
        <translation>S&amp;equence</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <source>&amp;Who and where</source>
        <translation>&amp;Who and where</translation>
    </message>
    <message>
        <source>&amp;Lead unit (牵头单位)</source>
        <translation>&amp;Lead unit</translation>
    </message>
    <message>
        <source>C&amp;ooperating units (配合单位)</source>
        <translation>C&amp;ooperating units</translation>
    </message>
    <message>
        <source>One unit per line</source>
        <translation>One unit per line</translation>
    </message>
    <message>
        <source>&amp;Implementer (实施主体)</source>
        <translation>&amp;Implementer</translation>
    </message>
    <message>
        <source>Who carries the work out: gas company, property company, owner unit …</source>
        <translation>Who carries the work out: gas company, property company, owner unit …</translation>
    </message>
    <message>
        <source>Locatio&amp;n (小区 or buildings)</source>
        <translation>Locatio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Years and funding</source>
        <translation>&amp;Years and funding</translation>
    </message>
    <message>
        <source>P&amp;lanned year</source>
        <translation>P&amp;lanned year</translation>
    </message>
    <message>
        <source>S&amp;tart year</source>
        <translation>S&amp;tart year</translation>
    </message>
    <message>
        <source>&amp;End year</source>
        <translation>&amp;End year</translation>
    </message>
    <message>
        <source>&amp;Amount per year (万元)</source>
        <translation>&amp;Amount per year (RMB 10k)</translation>
    </message>
    <message>
        <source>&amp;Funding by source (万元)</source>
        <translation>&amp;Funding by source (RMB 10k)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in 万元.</source>
        <translation>%1: &quot;%2&quot; is not an amount in RMB 10k.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>万元 (empty: spread evenly)</source>
        <translation>RMB 10k (empty: spread evenly)</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>RMB 10k</translation>
    </message>
    <message>
        <source>Cost %1 万元; funding given %2 万元.</source>
        <translation>Cost RMB %1 × 10k; funding given RMB %2 × 10k.</translation>
    </message>
    <message>
        <source>No cost yet.</source>
        <translation>No cost yet.</translation>
    </message>
    <message>
        <source>Time-&amp;bound (限时解决)</source>
        <translation>Time-&amp;bound</translation>
    </message>
    <message>
        <source>Project template %1 of the indicator set</source>
        <translation>Project template %1 of the indicator set</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source> (bundle)</source>
        <translation> (bundle)</translation>
    </message>
    <message>
        <source>time-bound</source>
        <translation>time-bound</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>best effort</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>not estimated</translation>
    </message>
    <message>
        <source>%1 = 40 × severity %2 + 25 × support %3 + 20 × cost-effectiveness %4 + 15 × resources %5%6</source>
        <translation>%1 = 40 × severity %2 + 25 × support %3 + 20 × cost-effectiveness %4 + 15 × resources %5%6</translation>
    </message>
    <message>
        <source>; time-bound: before every best-effort project</source>
        <translation>; time-bound: before every best-effort project</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Cost (万元)</source>
        <translation>Cost (RMB 10k)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Cost-effectiveness</source>
        <translation>Cost-effectiveness</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>time-bound, by %1</source>
        <translation>time-bound, by %1</translation>
    </message>
    <message>
        <source>; class %1: before the classes after it (基础, 完善, 提升)</source>
        <translation>; class %1: before the classes after it (基础, 完善, 提升)</translation>
    </message>
    <message>
        <source>Cooperating: %1</source>
        <translation>Cooperating: %1</translation>
    </message>
    <message>
        <source>Carried out by: %1</source>
        <translation>Carried out by: %1</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>time-bound, by %1: overdue</source>
        <translation>time-bound, by %1: overdue</translation>
    </message>
</context>
<context>
    <name>ProjectMoney</name>
    <message>
        <source>An end year needs a start year.</source>
        <translation>An end year needs a start year.</translation>
    </message>
    <message>
        <source>%1 is not a start year.</source>
        <translation>%1 is not a start year.</translation>
    </message>
    <message>
        <source>The end year %1 is before the start year %2.</source>
        <translation>The end year %1 is before the start year %2.</translation>
    </message>
    <message>
        <source>A project runs at most 11 years (%1–%2 is longer).</source>
        <translation>A project runs at most 11 years (%1–%2 is longer).</translation>
    </message>
    <message>
        <source>Amounts per year need the start and end year.</source>
        <translation>Amounts per year need the start and end year.</translation>
    </message>
    <message>
        <source>Amounts per year need the project&apos;s cost.</source>
        <translation>Amounts per year need the project&apos;s cost.</translation>
    </message>
    <message>
        <source>%1 is outside the project&apos;s years %2–%3.</source>
        <translation>%1 is outside the project&apos;s years %2–%3.</translation>
    </message>
    <message>
        <source>The year %1 is given twice.</source>
        <translation>The year %1 is given twice.</translation>
    </message>
    <message>
        <source>The amount of %1 cannot be negative.</source>
        <translation>The amount of %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The amounts per year add up to %1 万元, not to the cost %2 万元.</source>
        <translation>The amounts per year add up to RMB %1 × 10k, not to the cost RMB %2 × 10k.</translation>
    </message>
    <message>
        <source>A funding split needs the project&apos;s cost.</source>
        <translation>A funding split needs the project&apos;s cost.</translation>
    </message>
    <message>
        <source>%1 is named twice in the funding split.</source>
        <translation>%1 is named twice in the funding split.</translation>
    </message>
    <message>
        <source>The part of %1 cannot be negative.</source>
        <translation>The part of %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The funding split adds up to %1 万元, not to the cost %2 万元.</source>
        <translation>The funding split adds up to RMB %1 × 10k, not to the cost RMB %2 × 10k.</translation>
    </message>
</context>
<context>
    <name>ProjectService</name>
    <message>
        <source>the community has a check of a later round</source>
        <translation>the community has a check of a later round</translation>
    </message>
    <message>
        <source>superseded by the check of %1</source>
        <translation>superseded by the check of %1</translation>
    </message>
    <message>
        <source>No project has the ID %1.</source>
        <translation>No project has the ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID (give the full ID or at least its first 8 characters).</source>
        <translation>&quot;%1&quot; is not a project ID (give the full ID or at least its first 8 characters).</translation>
    </message>
    <message>
        <source>No project has an ID beginning with %1.</source>
        <translation>No project has an ID beginning with %1.</translation>
    </message>
    <message>
        <source>Several projects have IDs beginning with %1; give more characters.</source>
        <translation>Several projects have IDs beginning with %1; give more characters.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>A project needs a name.</translation>
    </message>
    <message>
        <source>Quantities and costs cannot be negative.</source>
        <translation>Quantities and costs cannot be negative.</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; is not one of 基础, 完善, 提升, 管理.</source>
        <translation>The class &quot;%1&quot; is not one of 基础, 完善, 提升, 管理.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2; only candidates are accepted or rejected.</source>
        <translation>The project &quot;%1&quot; is %2; only candidates are accepted or rejected.</translation>
    </message>
    <message>
        <source>Say why the project is rejected.</source>
        <translation>Say why the project is rejected.</translation>
    </message>
    <message>
        <source>A bundle needs a name.</source>
        <translation>A bundle needs a name.</translation>
    </message>
    <message>
        <source>A bundle gathers at least two projects.</source>
        <translation>A bundle gathers at least two projects.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already part of a bundle.</source>
        <translation>&quot;%1&quot; is already part of a bundle.</translation>
    </message>
    <message>
        <source>A bundle stays within one county: &quot;%1&quot; is in %2, &quot;%3&quot; in %4.</source>
        <translation>A bundle stays within one county: &quot;%1&quot; is in %2, &quot;%3&quot; in %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle.</source>
        <translation>&quot;%1&quot; is not a bundle.</translation>
    </message>
    <message>
        <source>The bundle &quot;%1&quot; is in an annual plan; rebuild the plan without it first.</source>
        <translation>The bundle &quot;%1&quot; is in an annual plan; rebuild the plan without it first.</translation>
    </message>
    <message>
        <source>unbundled</source>
        <translation>unbundled</translation>
    </message>
    <message>
        <source>Only a newer check makes a project obsolete; reject it instead (with a reason).</source>
        <translation>Only a newer check makes a project obsolete; reject it instead (with a reason).</translation>
    </message>
    <message>
        <source>A scheduled project needs its planned year.</source>
        <translation>A scheduled project needs its planned year.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of a bundle: change the bundle&apos;s status instead.</source>
        <translation>&quot;%1&quot; is part of a bundle: change the bundle&apos;s status instead.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only candidates, accepted projects and projects in the library are bundled.</source>
        <translation>&quot;%1&quot; is %2: only candidates, accepted projects and projects in the library are bundled.</translation>
    </message>
    <message>
        <source>The projects of a bundle share one status: &quot;%1&quot; is %2, &quot;%3&quot; is %4.</source>
        <translation>The projects of a bundle share one status: &quot;%1&quot; is %2, &quot;%3&quot; is %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in an annual plan or a bundle now; the generation cannot be undone.</source>
        <translation>&quot;%1&quot; is in an annual plan or a bundle now; the generation cannot be undone.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>in library</source>
        <translation>In library</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>obsolete</source>
        <translation>Obsolete</translation>
    </message>
</context>
<context>
    <name>ProjectTables</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Community code</source>
        <translation>Community code</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit cost (万元)</source>
        <translation>Unit cost (RMB 10k)</translation>
    </message>
    <message>
        <source>Cost (万元)</source>
        <translation>Cost (RMB 10k)</translation>
    </message>
    <message>
        <source>From indicators</source>
        <translation>From indicators</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Supporters</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Severity part</source>
        <translation>Severity part</translation>
    </message>
    <message>
        <source>Support part</source>
        <translation>Support part</translation>
    </message>
    <message>
        <source>Cost-effectiveness part</source>
        <translation>Cost-effectiveness part</translation>
    </message>
    <message>
        <source>Resources part</source>
        <translation>Resources part</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>Planned year</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>From check</source>
        <translation>From check</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Decision reason</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>time-bound (限时解决)</source>
        <translation>time-bound</translation>
    </message>
    <message>
        <source>best effort (尽力解决)</source>
        <translation>best effort</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Implementer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Funding sources</translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>&amp;Bundle…</source>
        <translation>&amp;Bundle…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Find by community, project, unit or indicator code</source>
        <translation>Find by community, project, unit or indicator code</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1 万元</source>
        <translation>
            <numerusform>%n project, RMB %1 × 10k</numerusform>
            <numerusform>%n projects, RMB %1 × 10k</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a project to see where it comes from and why it ranks where it does.</source>
        <translation>Select a project to see where it comes from and why it ranks where it does.</translation>
    </message>
    <message numerus="yes">
        <source>%n projects selected.</source>
        <translation>
            <numerusform>%n project selected.</numerusform>
            <numerusform>%n projects selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the failed indicators %1 (worst score %2)</source>
        <translation>From the failed indicators %1 (worst score %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n resident demand(s) with %1 supporters</source>
        <translation>
            <numerusform>%n resident demand with %1 supporters</numerusform>
            <numerusform>%n resident demands with %1 supporters</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority %1 = 40 × severity %2 + 25 × support %3 + 20 × cost-effectiveness %4 + 15 × resources %5</source>
        <translation>Priority %1 = 40 × severity %2 + 25 × support %3 + 20 × cost-effectiveness %4 + 15 × resources %5</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Why are these projects not taken up?</source>
        <translation>Why are these projects not taken up?</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Name of the bundled project (打包立项):</source>
        <translation>Name of the bundled project:</translation>
    </message>
    <message>
        <source>Export the project list</source>
        <translation>Export the project list</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Edit pr&amp;oject…</source>
        <translation>Edit pr&amp;oject…</translation>
    </message>
    <message>
        <source>Time-bound (限时解决): ahead of every best-effort project, and in the annual plan whatever the budget%1.</source>
        <translation>Time-bound: ahead of every best-effort project, and in the annual plan whatever the budget%1.</translation>
    </message>
    <message>
        <source>; to be done by %1</source>
        <translation>; to be done by %1</translation>
    </message>
    <message>
        <source>Class %1: safety before comfort, every 基础 project before every 完善 one, every 完善 one before every 提升 one.</source>
        <translation>Class %1: safety before comfort, every 基础 project before every 完善 one, every 完善 one before every 提升 one.</translation>
    </message>
    <message>
        <source>Led by %1%2%3</source>
        <translation>Led by %1%2%3</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, with %1</translation>
    </message>
    <message>
        <source>; carried out by %1</source>
        <translation>; carried out by %1</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>Cou&amp;nty</translation>
    </message>
    <message>
        <source>Show obso&amp;lete</source>
        <translation>Show obso&amp;lete</translation>
    </message>
    <message>
        <source>No projects yet. They come from the checks: on the Checks tab choose a check and press “Generate projects”; its failed indicators and the community&apos;s demands become candidates here, to accept or reject.</source>
        <translation>No projects yet. They come from the checks: on the Checks tab choose a check and press “Generate projects”; its failed indicators and the community&apos;s demands become candidates here, to accept or reject.</translation>
    </message>
</context>
<context>
    <name>RadarDialog</name>
    <message>
        <source>Programme scores compared</source>
        <translation>Programme scores compared</translation>
    </message>
    <message>
        <source>&amp;Export the chart…</source>
        <translation>&amp;Export the chart…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>radar</source>
        <translation>radar</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG picture (*.png);;SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>none checked</source>
        <translation>none checked</translation>
    </message>
    <message>
        <source>Community health check report</source>
        <translation>Community health check report</translation>
    </message>
    <message>
        <source>does not apply to this community type</source>
        <translation>does not apply to this community type</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: a report is written as .pdf or as .odt (the editable copy).</source>
        <translation>%1: a report is written as .pdf or as .odt (the editable copy).</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>The report font %1 is not installed (Debian: fonts-noto-cjk); using %2, so the PDF will look different from other machines.</source>
        <translation>The report font %1 is not installed (Debian: fonts-noto-cjk); using %2, so the PDF will look different from other machines.</translation>
    </message>
    <message>
        <source>No Chinese font is installed (Debian: fonts-noto-cjk); Chinese text in the report would not show.</source>
        <translation>No Chinese font is installed (Debian: fonts-noto-cjk); Chinese text in the report would not show.</translation>
    </message>
</context>
<context>
    <name>ReportOdt</name>
    <message>
        <source>The report logo %1 is not an image this program can read (PNG or JPEG).</source>
        <translation>The report logo %1 is not an image this program can read (PNG or JPEG).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The report with its photos is too large for an ODT file (over 4 GB).</source>
        <translation>The report with its photos is too large for an ODT file (over 4 GB).</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The report logo %1 is not an image this program can read (PNG or JPEG).</source>
        <translation>The report logo %1 is not an image this program can read (PNG or JPEG).</translation>
    </message>
    <message>
        <source>Cannot start painting the report.</source>
        <translation>Cannot start painting the report.</translation>
    </message>
    <message>
        <source>Cannot finish painting the report.</source>
        <translation>Cannot finish painting the report.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file name holds a line break or another control character.</source>
        <translation>Cannot write %1: the file name holds a line break or another control character.</translation>
    </message>
    <message>
        <source>Cannot write %1…: the file name is longer than a folder can hold (255 bytes).</source>
        <translation>Cannot write %1…: the file name is longer than a folder can hold (255 bytes).</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;editable copy (ODT)…</source>
        <translation>Export &amp;editable copy (ODT)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Report preview — %1 %2</source>
        <translation>Report preview — %1 %2</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zoom in (%1)</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zoom out (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>No temporary folder for the preview.</source>
        <translation>No temporary folder for the preview.</translation>
    </message>
    <message>
        <source>The preview cannot show the report&apos;s PDF; export it to look at it.</source>
        <translation>The preview cannot show the report&apos;s PDF; export it to look at it.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report logo %1 cannot be read; choose another one in the report settings or remove it.</source>
        <translation>The report logo %1 cannot be read; choose another one in the report settings or remove it.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>Report settings</source>
        <translation>Report settings</translation>
    </message>
    <message>
        <source>These settings belong to this database: every report made from it uses them.</source>
        <translation>These settings belong to this database: every report made from it uses them.</translation>
    </message>
    <message>
        <source>Report &amp;title</source>
        <translation>Report &amp;title</translation>
    </message>
    <message>
        <source>&amp;Issuing unit</source>
        <translation>&amp;Issuing unit</translation>
    </message>
    <message>
        <source>&amp;Signature lines</source>
        <translation>&amp;Signature lines</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;No logo</source>
        <translation>&amp;No logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation>The logo file %1 does not exist.</translation>
    </message>
    <message>
        <source>The logo %1 is not an image this program can read (PNG or JPEG): %2</source>
        <translation>The logo %1 is not an image this program can read (PNG or JPEG): %2</translation>
    </message>
    <message>
        <source>One signature line per row, e.g. 体检员, 复核人, 审核人. An empty title uses the default title of the report&apos;s language.</source>
        <translation>One signature line per row, e.g. Assessor, Reviewer, Approver. An empty title uses the default title of the report&apos;s language.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>1. Summary</source>
        <translation>1. Summary</translation>
    </message>
    <message>
        <source>2. Scores by programme and task</source>
        <translation>2. Scores by programme and task</translation>
    </message>
    <message>
        <source>3. Indicators</source>
        <translation>3. Indicators</translation>
    </message>
    <message>
        <source>4. Problems</source>
        <translation>4. Problems</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Community code: %1</source>
        <translation>Community code: %1</translation>
    </message>
    <message>
        <source>Community type: %1</source>
        <translation>Community type: %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Round: %1</translation>
    </message>
    <message>
        <source>Indicator set: %1</source>
        <translation>Indicator set: %1</translation>
    </message>
    <message>
        <source>Assessors: %1</source>
        <translation>Assessors: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>No indicator has been answered yet: this check has no score.</source>
        <translation>No indicator has been answered yet: this check has no score.</translation>
    </message>
    <message>
        <source>(capped by bottom-line failures; by score: %1)</source>
        <translation>(capped by bottom-line failures; by score: %1)</translation>
    </message>
    <message>
        <source>Overall score %1 · grade %2</source>
        <translation>Overall score %1 · grade %2</translation>
    </message>
    <message>
        <source>Coverage %1% (%2 of %3 applicable indicators answered)</source>
        <translation>Coverage %1% (%2 of %3 applicable indicators answered)</translation>
    </message>
    <message>
        <source>Change since %1: %2 (then %3, grade %4)</source>
        <translation>Change since %1: %2 (then %3, grade %4)</translation>
    </message>
    <message>
        <source>Bottom-line failures (time-bound, 限时解决)</source>
        <translation>Bottom-line failures (time-bound)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Programme / task</source>
        <translation>Programme / task</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>Suggested projects</source>
        <translation>Suggested projects</translation>
    </message>
    <message>
        <source>No scored indicator fails.</source>
        <translation>No scored indicator fails.</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>(seal)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <comment>bottom-line failure: code, name, value</comment>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between suggested projects</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2    Date: %3</source>
        <comment>signature line: role, line to sign on, line for the date</comment>
        <translation>%1: %2    Date: %3</translation>
    </message>
    <message>
        <source>Site visit: %1</source>
        <translation>Site visit: %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Provisional: overall score %1 · grade %2</source>
        <translation>Provisional: overall score %1 · grade %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>— below %1%: the scores and the grade are provisional.</source>
        <translation>— below %1%: the scores and the grade are provisional.</translation>
    </message>
    <message>
        <source>5. Problems of the earlier round</source>
        <translation>5. Problems of the earlier round</translation>
    </message>
    <message>
        <source>6. Photos</source>
        <translation>6. Photos</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>The earlier round (%1) found no problems.</source>
        <translation>The earlier round (%1) found no problems.</translation>
    </message>
    <message>
        <source>Of the %1 problems of the earlier round (%2), %3 are resolved (%4 %), %5 are not, %6 are not re-checked yet.</source>
        <translation>Of the %1 problems of the earlier round (%2), %3 are resolved (%4 %), %5 are not, %6 are not re-checked yet.</translation>
    </message>
    <message>
        <source>Time-bound problems: %1 of %2 resolved (%3 %).</source>
        <translation>Time-bound problems: %1 of %2 resolved (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n past their deadline and not resolved (in red).</source>
        <translation>
            <numerusform>%n past their deadline and not resolved (in red).</numerusform>
            <numerusform>%n past their deadline and not resolved (in red).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new problems found in this check.</source>
        <translation>
            <numerusform>%n new problem found in this check.</numerusform>
            <numerusform>%n new problems found in this check.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Not re-checked</source>
        <translation>Not re-checked</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Time-bound</translation>
    </message>
    <message>
        <source>Best effort</source>
        <translation>Best effort</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation>&amp;Belongs to</translation>
    </message>
    <message>
        <source>&amp;Area (m²)</source>
        <translation>&amp;Area (m²)</translation>
    </message>
    <message>
        <source>A&amp;mount (万元)</source>
        <translation>A&amp;mount (RMB 10k)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Owner / department</source>
        <translation>&amp;Owner / department</translation>
    </message>
    <message>
        <source>Idle room</source>
        <translation>Idle room</translation>
    </message>
    <message>
        <source>Idle land</source>
        <translation>Idle land</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>%1 (county-wide)</source>
        <translation>%1 (county-wide)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The resource needs a name.</source>
        <translation>The resource needs a name.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Add a community to the register first.</source>
        <translation>Add a community to the register first.</translation>
    </message>
</context>
<context>
    <name>ResponseRules</name>
    <message>
        <source>&quot;%1&quot; is not a yes/no value (use true, false, yes, no, 1, 0, 是 or 否)</source>
        <translation>&quot;%1&quot; is not a yes/no value (use true, false, yes, no, 1, 0, 是 or 否)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (digits with an optional &apos;.&apos; and sign; no exponent, no thousands separator, no decimal comma)</source>
        <translation>&quot;%1&quot; is not a number (digits with an optional &apos;.&apos; and sign; no exponent, no thousands separator, no decimal comma)</translation>
    </message>
    <message>
        <source>a yes/no value is expected</source>
        <translation>a yes/no value is expected</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>a number is expected</translation>
    </message>
    <message>
        <source>%1 is below the smallest allowed value %2</source>
        <translation>%1 is below the smallest allowed value %2</translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value %2</source>
        <translation>%1 is above the largest allowed value %2</translation>
    </message>
    <message>
        <source>%1 is outside the rating scale %2 to %3</source>
        <translation>%1 is outside the rating scale %2 to %3</translation>
    </message>
    <message>
        <source>an option code is expected</source>
        <translation>an option code is expected</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this indicator (options: %2)</source>
        <translation>&quot;%1&quot; is not an option of this indicator (options: %2)</translation>
    </message>
    <message>
        <source>a list of item codes is expected</source>
        <translation>a list of item codes is expected</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of this checklist (items: %2)</source>
        <translation>&quot;%1&quot; is not an item of this checklist (items: %2)</translation>
    </message>
    <message>
        <source>text is expected</source>
        <translation>text is expected</translation>
    </message>
    <message>
        <source>%1 buildings is more than the %2 buildings of the community&apos;s register; check the count (or the register).</source>
        <translation>%1 buildings is more than the %2 buildings of the community&apos;s register; check the count (or the register).</translation>
    </message>
    <message>
        <source>%1 dwellings or households is more than 1.2 × the %2 households of the community&apos;s register; check the count (or the register).</source>
        <translation>%1 dwellings or households is more than 1.2 × the %2 households of the community&apos;s register; check the count (or the register).</translation>
    </message>
    <message>
        <source>%1 people is more than the %2 residents of the community&apos;s register; check the count (or the register).</source>
        <translation>%1 people is more than the %2 residents of the community&apos;s register; check the count (or the register).</translation>
    </message>
    <message>
        <source>%1 stairwells is more than 8 per building for the %2 buildings of the register; check the count (or the register).</source>
        <translation>%1 stairwells is more than 8 per building for the %2 buildings of the register; check the count (or the register).</translation>
    </message>
    <message>
        <source>is counted from the building ledger, not typed: record the buildings in the ledger instead</source>
        <translation>is counted from the building ledger, not typed: record the buildings in the ledger instead</translation>
    </message>
    <message>
        <source>is computed from the earlier round&apos;s problems, not typed: re-check them instead</source>
        <translation>is computed from the earlier round&apos;s problems, not typed: re-check them instead</translation>
    </message>
</context>
<context>
    <name>ResponsesCsv</name>
    <message>
        <source>%1: the file is neither UTF-8 nor GB18030 text (save it from Excel or WPS as CSV).</source>
        <translation>%1: the file is neither UTF-8 nor GB18030 text (save it from Excel or WPS as CSV).</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8, and this system cannot read GB18030.</source>
        <translation>%1: the file is not UTF-8, and this system cannot read GB18030.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed.</source>
        <translation>%1, line %2: a quoted field is not closed.</translation>
    </message>
    <message>
        <source>the indicator code is empty</source>
        <translation>the indicator code is empty</translation>
    </message>
    <message>
        <source>no indicator with this code in the set %1</source>
        <translation>no indicator with this code in the set %1</translation>
    </message>
    <message>
        <source>the indicator is given twice (first on line %1)</source>
        <translation>the indicator is given twice (first on line %1)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>responses table</source>
        <translation>responses table</translation>
    </message>
    <message>
        <source>the cell is an error (%1), not a value</source>
        <translation>the cell is an error (%1), not a value</translation>
    </message>
    <message>
        <source>the cell is a date (%1); this indicator takes no date</source>
        <translation>the cell is a date (%1); this indicator takes no date</translation>
    </message>
    <message>
        <source>the indicator is given twice (first on row %1)</source>
        <translation>the indicator is given twice (first on row %1)</translation>
    </message>
</context>
<context>
    <name>RoundCharts</name>
    <message>
        <source>Overall score: the best %1 and the worst %1 of %2 communities</source>
        <translation>Overall score: the best %1 and the worst %1 of %2 communities</translation>
    </message>
    <message numerus="yes">
        <source>Overall score of %n community(ies)</source>
        <translation>
            <numerusform>Overall score of %n community</numerusform>
            <numerusform>Overall score of %n communities</numerusform>
        </translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>No grade</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Grades of the checked communities (the first %1 of %2)</source>
        <translation>Grades of the checked communities (the first %1 of %2)</translation>
    </message>
    <message>
        <source>Grades of the checked communities</source>
        <translation>Grades of the checked communities</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>%1: the picture could not be encoded</source>
        <translation>%1: the picture could not be encoded</translation>
    </message>
    <message>
        <source>%1: a chart is written as .png or .svg</source>
        <translation>%1: a chart is written as .png or .svg</translation>
    </message>
    <message>
        <source>%1: cannot write the chart (%2)</source>
        <translation>%1: cannot write the chart (%2)</translation>
    </message>
</context>
<context>
    <name>RoundSummaries</name>
    <message numerus="yes">
        <source>%n community(ies) registered, %1 checked in this round (%2 approved, %3 submitted and awaiting review), %4 not yet checked.</source>
        <translation>
            <numerusform>%n community registered, %1 checked in this round (%2 approved, %3 submitted and awaiting review), %4 not yet checked.</numerusform>
            <numerusform>%n communities registered, %1 checked in this round (%2 approved, %3 submitted and awaiting review), %4 not yet checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean score %1, median %2; the highest %3 (%4), the lowest %5 (%6).</source>
        <translation>Mean score %1, median %2; the highest %3 (%4), the lowest %5 (%6).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Grades: %1.</source>
        <translation>Grades: %1.</translation>
    </message>
    <message>
        <source>No community fails a bottom-line indicator.</source>
        <translation>No community fails a bottom-line indicator.</translation>
    </message>
    <message numerus="yes">
        <source>%n community(ies) fail a bottom-line indicator (%1 failures in all).</source>
        <translation>
            <numerusform>%n community fails a bottom-line indicator (failures in all: %1).</numerusform>
            <numerusform>%n communities fail a bottom-line indicator (failures in all: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time-bound (限时解决) problem(s) are open: each must be solved by its deadline.</source>
        <translation>
            <numerusform>%n time-bound problem is open: it must be solved by its deadline.</numerusform>
            <numerusform>%n time-bound problems are open: each must be solved by its deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) are provisional: too few indicators answered for a firm score.</source>
        <translation>
            <numerusform>%n check is provisional: too few indicators answered for a firm score.</numerusform>
            <numerusform>%n checks are provisional: too few indicators answered for a firm score.</numerusform>
        </translation>
    </message>
    <message>
        <source>Community check summary</source>
        <translation>Community check summary</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>Bottom-line failures</source>
        <translation>Bottom-line failures</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>1. At a glance</source>
        <translation>1. At a glance</translation>
    </message>
    <message>
        <source>2. Ranking</source>
        <translation>2. Ranking</translation>
    </message>
    <message>
        <source>3. By street</source>
        <translation>3. By street</translation>
    </message>
    <message>
        <source>3. By county</source>
        <translation>3. By county</translation>
    </message>
    <message>
        <source>4. The indicators failed most often</source>
        <translation>4. The indicators failed most often</translation>
    </message>
    <message>
        <source>5. Bottom-line failures</source>
        <translation>5. Bottom-line failures</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>No submitted or approved check of this round in this area.</source>
        <translation>No submitted or approved check of this round in this area.</translation>
    </message>
    <message>
        <source>None: no indicator failed in these checks.</source>
        <translation>None: no indicator failed in these checks.</translation>
    </message>
    <message>
        <source>None: every check passes every bottom-line indicator.</source>
        <translation>None: every check passes every bottom-line indicator.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Each cell: the checks failing the indicator / the checks answering it; the redder, the larger the share that failed. N/A: not applicable there.</source>
        <translation>Each cell: the checks failing the indicator / the checks answering it; the redder, the larger the share that failed. N/A: not applicable there.</translation>
    </message>
    <message>
        <source>Each failure is a time-bound (限时解决) problem; the ones in red are past their deadline.</source>
        <translation>Each failure is a time-bound problem; the ones in red are past their deadline.</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the cell is an error (%1), not a value</source>
        <translation>the cell is an error (%1), not a value</translation>
    </message>
    <message>
        <source>%1 is a date, not a number</source>
        <translation>%1 is a date, not a number</translation>
    </message>
    <message>
        <source>%1 is a number, not a date (write it as YYYY-MM-DD or format the cell as a date)</source>
        <translation>%1 is a number, not a date (write it as YYYY-MM-DD or format the cell as a date)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 (a number from %3 to %4)</source>
        <translation>&quot;%1&quot; is not %2 (a number from %3 to %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 (a whole number from %3 to %4)</source>
        <translation>&quot;%1&quot; is not %2 (a whole number from %3 to %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (是/否)</source>
        <translation>&quot;%1&quot; is not yes or no (是/否)</translation>
    </message>
    <message>
        <source>%1 is a date, not yes or no</source>
        <translation>%1 is a date, not yes or no</translation>
    </message>
</context>
<context>
    <name>ScoreBoard</name>
    <message>
        <source>&quot;%1&quot; is not a round: it begins with a year, e.g. &quot;2025 体检&quot;.</source>
        <translation>&quot;%1&quot; is not a round: it begins with a year, e.g. &quot;2025 体检&quot;.</translation>
    </message>
    <message>
        <source>No check of the round &quot;%1&quot; is stored.</source>
        <translation>No check of the round &quot;%1&quot; is stored.</translation>
    </message>
</context>
<context>
    <name>ScoreTables</name>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Bottom-line failures</source>
        <translation>Bottom-line failures</translation>
    </message>
    <message>
        <source>Open time-bound problems</source>
        <translation>Open time-bound problems</translation>
    </message>
    <message>
        <source>By street</source>
        <translation>By street</translation>
    </message>
    <message>
        <source>By county</source>
        <translation>By county</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>By city</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Round over round</source>
        <translation>Round over round</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Persisting</source>
        <translation>Persisting</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Resolved problems</source>
        <translation>Resolved problems</translation>
    </message>
    <message>
        <source>Persisting problems</source>
        <translation>Persisting problems</translation>
    </message>
    <message>
        <source>New problems</source>
        <translation>New problems</translation>
    </message>
    <message>
        <source>Programme scores</source>
        <translation>Programme scores</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Least</source>
        <translation>Least</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Lower quartile</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Upper quartile</translation>
    </message>
    <message>
        <source>Greatest</source>
        <translation>Greatest</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>community has no households figure</source>
        <translation>community has no households figure</translation>
    </message>
    <message>
        <source>community has no buildings figure</source>
        <translation>community has no buildings figure</translation>
    </message>
    <message>
        <source>community has no population figure</source>
        <translation>community has no population figure</translation>
    </message>
    <message>
        <source>community has no area figure</source>
        <translation>community has no area figure</translation>
    </message>
    <message>
        <source>the stored value does not fit the indicator&apos;s type</source>
        <translation>the stored value does not fit the indicator&apos;s type</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>buildings</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>area (ha)</source>
        <translation>area (ha)</translation>
    </message>
    <message>
        <source>the community&apos;s %1 is %2, so the value cannot be taken per %1</source>
        <translation>the community&apos;s %1 is %2, so the value cannot be taken per %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address of the form postgresql://USER@HOST:PORT/DATABASE: %2</source>
        <translation>%1 is not a server address of the form postgresql://USER@HOST:PORT/DATABASE: %2</translation>
    </message>
    <message>
        <source>A password may not be written in the server address (it would stay in the shell&apos;s history and in settings). Put it in ~/.pgpass (see docs/server.md), or let the app ask for it.</source>
        <translation>A password may not be written in the server address (it would stay in the shell&apos;s history and in settings). Put it in ~/.pgpass (see docs/server.md), or let the app ask for it.</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>the user name is missing</translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation>the host is missing</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>the database name is missing</translation>
    </message>
    <message>
        <source>only sslmode may follow the database name, not %1</source>
        <translation>only sslmode may follow the database name, not %1</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>This is for a county server (--db postgresql://USER@HOST:PORT/DATABASE), not a file.</source>
        <translation>This is for a county server (--db postgresql://USER@HOST:PORT/DATABASE), not a file.</translation>
    </message>
    <message>
        <source>Only an admin of the server database does this; %1 is %2.</source>
        <translation>Only an admin of the server database does this; %1 is %2.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Unknown role &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use letters, digits, _ . or - (starting with a letter, at most 63 bytes), not beginning with pg_ or %2_.</source>
        <translation>&quot;%1&quot; cannot be a user name: use letters, digits, _ . or - (starting with a letter, at most 63 bytes), not beginning with pg_ or %2_.</translation>
    </message>
    <message>
        <source>%1 is a server; `server import` takes an SQLite file.</source>
        <translation>%1 is a server; `server import` takes an SQLite file.</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to the county server</source>
        <translation>Connect to the county server</translation>
    </message>
    <message>
        <source>The county office&apos;s shared database (PostgreSQL). The county&apos;s administrator gives you the address, your user name and a first password. The password is kept only while the app runs.</source>
        <translation>The county office&apos;s shared database (PostgreSQL). The county&apos;s administrator gives you the address, your user name and a first password. The password is kept only while the app runs.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>e.g. 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>empty: the one in ~/.pgpass</source>
        <translation>empty: the one in ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Password of %1 at %2:</source>
        <translation>Password of %1 at %2:</translation>
    </message>
</context>
<context>
    <name>ServerFaults</name>
    <message>
        <source>The server at %1 refused the password of %2. Check the password (in ~/.pgpass, or the one typed) and try again.</source>
        <translation>The server at %1 refused the password of %2. Check the password (in ~/.pgpass, or the one typed) and try again.</translation>
    </message>
    <message>
        <source>The server at %1 needs the password of %2: put it in ~/.pgpass (see docs/server.md) or connect from the app, which asks for it.</source>
        <translation>The server at %1 needs the password of %2: put it in ~/.pgpass (see docs/server.md) or connect from the app, which asks for it.</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2. The county&apos;s administrator creates it (docs/server.md).</source>
        <translation>The server at %1 has no database %2. The county&apos;s administrator creates it (docs/server.md).</translation>
    </message>
    <message>
        <source>The server at %1 has no user %2. The county&apos;s administrator adds users with `communitycheck-cli server user add`.</source>
        <translation>The server at %1 has no user %2. The county&apos;s administrator adds users with `communitycheck-cli server user add`.</translation>
    </message>
    <message>
        <source>The server at %1 does not let %2 connect to %3 from this computer. The county&apos;s administrator can allow it (docs/server.md).</source>
        <translation>The server at %1 does not let %2 connect to %3 from this computer. The county&apos;s administrator can allow it (docs/server.md).</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: it may be stopped, or the address or the network may be wrong. Nothing was changed; try again when it is back.</source>
        <translation>Cannot reach the server at %1: it may be stopped, or the address or the network may be wrong. Nothing was changed; try again when it is back.</translation>
    </message>
    <message>
        <source>The connection to the server was lost (while %1); what was being saved was not saved. The app connects again by itself when the server can be reached.</source>
        <translation>The connection to the server was lost (while %1); what was being saved was not saved. The app connects again by itself when the server can be reached.</translation>
    </message>
    <message>
        <source>Your role on the server does not allow this (while %1); nothing was changed. Ask the county&apos;s administrator if you need it.</source>
        <translation>Your role on the server does not allow this (while %1); nothing was changed. Ask the county&apos;s administrator if you need it.</translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment (while %1); nothing was changed. Try again.</source>
        <translation>Another user was changing the same records at the same moment (while %1); nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full (while %1); nothing was changed. Tell the county&apos;s administrator.</source>
        <translation>The server&apos;s disk is full (while %1); nothing was changed. Tell the county&apos;s administrator.</translation>
    </message>
    <message>
        <source>The server database is open for reading only (while %1); nothing was changed.</source>
        <translation>The server database is open for reading only (while %1); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ServerImport</name>
    <message>
        <source>checking %1</source>
        <translation>checking %1</translation>
    </message>
    <message>
        <source>listing the tables of the file</source>
        <translation>listing the tables of the file</translation>
    </message>
    <message>
        <source>The file has a table this version cannot move: %1. Nothing was imported.</source>
        <translation>The file has a table this version cannot move: %1. Nothing was imported.</translation>
    </message>
    <message>
        <source>The server database already holds records (%1: %2 rows). A county&apos;s file is moved into a new server database only; nothing was imported.</source>
        <translation>The server database already holds records (%1: %2 rows). A county&apos;s file is moved into a new server database only; nothing was imported.</translation>
    </message>
    <message>
        <source>emptying the server</source>
        <translation>emptying the server</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>copying %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>%1 did not arrive intact on the server (%2 rows in the file, %3 on the server, or values that differ); nothing was imported.</source>
        <translation>%1 did not arrive intact on the server (%2 rows in the file, %3 on the server, or values that differ); nothing was imported.</translation>
    </message>
    <message>
        <source>The target is not a server.</source>
        <translation>The target is not a server.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>The file&apos;s table %1 has a column this version cannot move: %2. Nothing was imported.</source>
        <translation>The file&apos;s table %1 has a column this version cannot move: %2. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ServerUserRepository</name>
    <message>
        <source>adding the user %1</source>
        <translation>adding the user %1</translation>
    </message>
    <message>
        <source>listing the users</source>
        <translation>listing the users</translation>
    </message>
</context>
<context>
    <name>SetDiff</name>
    <message>
        <source>%1, place %2</source>
        <translation>%1, place %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>project template</source>
        <translation>project template</translation>
    </message>
</context>
<context>
    <name>SetDiffDialog</name>
    <message>
        <source>Compare indicator-set versions</source>
        <translation>Compare indicator-set versions</translation>
    </message>
    <message>
        <source>%1: version %2 → %3</source>
        <translation>%1: version %2 → %3</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade now</source>
        <translation>Grade now</translation>
    </message>
    <message>
        <source>Grade with %1</source>
        <translation>Grade with %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored check(s) of version %1 rescored with %2; </source>
        <translation>
            <numerusform>%n stored check of version %1 rescored with %2; </numerusform>
            <numerusform>%n stored checks of version %1 rescored with %2; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would get another grade:</source>
        <translation>
            <numerusform>%n would get another grade:</numerusform>
            <numerusform>%n would get another grade:</numerusform>
        </translation>
    </message>
    <message>
        <source>The two versions hold the same indicators, rules and templates.</source>
        <translation>The two versions hold the same indicators, rules and templates.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from version %1 to %2:</source>
        <translation>
            <numerusform>%n change from version %1 to %2:</numerusform>
            <numerusform>%n changes from version %1 to %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one version of %1 is stored: there is nothing to compare it with.</source>
        <translation>Only one version of %1 is stored: there is nothing to compare it with.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Earlier version of %1:</source>
        <translation>Earlier version of %1:</translation>
    </message>
    <message>
        <source>Compare %1 with:</source>
        <translation>Compare %1 with:</translation>
    </message>
</context>
<context>
    <name>SetEditorDialog</name>
    <message>
        <source>Edit indicator set</source>
        <translation>Edit indicator set</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <source>Set name</source>
        <translation>Set name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>&amp;Add indicator</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Indicator or group</source>
        <translation>Indicator or group</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Target (threshold)</source>
        <translation>Target (threshold)</translation>
    </message>
    <message>
        <source>Scores 0 at</source>
        <translation>Scores 0 at</translation>
    </message>
    <message>
        <source>Per (normalize by)</source>
        <translation>Per (normalize by)</translation>
    </message>
    <message>
        <source>Per how many</source>
        <translation>Per how many</translation>
    </message>
    <message>
        <source>Allowed values (min, max)</source>
        <translation>Allowed values (min, max)</translation>
    </message>
    <message>
        <source>Pass score</source>
        <translation>Pass score</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Bottom line (底线)</source>
        <translation>Bottom line</translation>
    </message>
    <message>
        <source>Time-bound (限时解决)</source>
        <translation>Time-bound</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Responsible units (lead first)</source>
        <translation>Responsible units (lead first)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Project templates</source>
        <translation>Project templates</translation>
    </message>
    <message>
        <source>Options or items</source>
        <translation>Options or items</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Remove option</translation>
    </message>
    <message>
        <source>Project templates and unit costs</source>
        <translation>Project templates and unit costs</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Add template</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Remove template</translation>
    </message>
    <message>
        <source>Checks (as you type)</source>
        <translation>Checks (as you type)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Compare with the stored version…</source>
        <translation>&amp;Compare with the stored version…</translation>
    </message>
    <message>
        <source>Edit indicator set %1 (from version %2)</source>
        <translation>Edit indicator set %1 (from version %2)</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>yes / no</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>rating</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>(as counted)</source>
        <translation>(as counted)</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>buildings</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>area (ha)</source>
        <translation>area (ha)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>photo required when it fails</source>
        <translation>photo required when it fails</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Score or points</source>
        <translation>Score or points</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost (万元)</source>
        <translation>Unit cost (RMB 10k)</translation>
    </message>
    <message>
        <source>e.g. 区住建局、街道办事处 (the first leads)</source>
        <translation>e.g. district housing bureau; street office (the first leads)</translation>
    </message>
    <message>
        <source>template codes, e.g. P-EBIKE-SHED; P-LIFT</source>
        <translation>template codes, e.g. P-EBIKE-SHED; P-LIFT</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>edited set</source>
        <translation>edited set</translation>
    </message>
    <message>
        <source>The version %1 is already stored, and a stored version never changes: give the edited set a new version.</source>
        <translation>The version %1 is already stored, and a stored version never changes: give the edited set a new version.</translation>
    </message>
    <message>
        <source>No problems: the set can be saved as version %1.</source>
        <translation>No problems: the set can be saved as version %1.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
</context>
<context>
    <name>SetListModel</name>
    <message>
        <source>Built-in</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Imported at</translation>
    </message>
</context>
<context>
    <name>SetResponseCommand</name>
    <message>
        <source>Answer %1</source>
        <translation>Answer %1</translation>
    </message>
</context>
<context>
    <name>SetService</name>
    <message>
        <source>%1: the set %2 version %3 is already stored with different content; give the changed set a new version.</source>
        <translation>%1: the set %2 version %3 is already stored with different content; give the changed set a new version.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>No indicator set %1 version %2 is stored.</source>
        <translation>No indicator set %1 version %2 is stored.</translation>
    </message>
    <message>
        <source>No indicator set with the code %1 is stored.</source>
        <translation>No indicator set with the code %1 is stored.</translation>
    </message>
    <message>
        <source>No indicator set version has the ID %1.</source>
        <translation>No indicator set version has the ID %1.</translation>
    </message>
    <message>
        <source>The stored indicator set %1 cannot be read.</source>
        <translation>The stored indicator set %1 cannot be read.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the set editor (from version %1)</source>
        <translation>the set editor (from version %1)</translation>
    </message>
    <message>
        <source>The set %1 already has a version %2, and a stored version never changes; give the edited set a new version.</source>
        <translation>The set %1 already has a version %2, and a stored version never changes; give the edited set a new version.</translation>
    </message>
</context>
<context>
    <name>SetTreeModel</name>
    <message>
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>[bottom line]</source>
        <translation>[bottom line]</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
</context>
<context>
    <name>SqliteFaults</name>
    <message>
        <source>Waiting for another program that is writing to the database (up to %1 s)…</source>
        <translation>Waiting for another program that is writing to the database (up to %1 s)…</translation>
    </message>
    <message>
        <source>The disk is full (while %1); nothing was changed. Free some space and try again.</source>
        <translation>The disk is full (while %1); nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database cannot be written (while %1): the file, its folder or the drive is read-only. Nothing was changed.</source>
        <translation>The database cannot be written (while %1): the file, its folder or the drive is read-only. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (while %1: %2); the drive may have been removed or be failing. Nothing was changed.</source>
        <translation>The database file could not be read or written (while %1: %2); the drive may have been removed or be failing. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database file could not be opened (while %1: %2); it may have been moved or its drive removed.</source>
        <translation>The database file could not be opened (while %1: %2); it may have been moved or its drive removed.</translation>
    </message>
    <message>
        <source>Another program kept the database locked (while %1); nothing was changed. Try again when it has finished.</source>
        <translation>Another program kept the database locked (while %1); nothing was changed. Try again when it has finished.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>CommunityCheck</source>
        <translation>CommunityCheck</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <source>CommunityCheck databases (*.sqlite);;All files (*)</source>
        <translation>CommunityCheck databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Welcome to CommunityCheck</source>
        <translation>Welcome to CommunityCheck</translation>
    </message>
    <message>
        <source>Your name, as it appears in the audit trail and on reports:</source>
        <translation>Your name, as it appears in the audit trail and on reports:</translation>
    </message>
    <message>
        <source>CommunityCheck (社区体检)</source>
        <translation>CommunityCheck</translation>
    </message>
    <message>
        <source>Open (or create) this database file.</source>
        <translation>Open (or create) this database file.</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit (for docs).</source>
        <translation>Save a picture of the main window to FILE and quit (for docs).</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Internal error: %1</translation>
    </message>
    <message>
        <source>Open a check at start: its ID or first 8 characters.</source>
        <translation>Open a check at start: its ID or first 8 characters.</translation>
    </message>
    <message>
        <source>With --open: show the submit dialog of that check (for docs).</source>
        <translation>With --open: show the submit dialog of that check (for docs).</translation>
    </message>
    <message>
        <source>With --open: start on this indicator.</source>
        <translation>With --open: start on this indicator.</translation>
    </message>
    <message>
        <source>With --open: show the report preview of that check (for docs).</source>
        <translation>With --open: show the report preview of that check (for docs).</translation>
    </message>
    <message>
        <source>With --screenshot: picture the whole screen, to show how the windows fit (for docs).</source>
        <translation>With --screenshot: picture the whole screen, to show how the windows fit (for docs).</translation>
    </message>
    <message>
        <source>Start on a tab: communities, sets, checks, dashboard, failed (the failed indicators), rounds (round over round), spread (programme scores), lists, projects or plan.</source>
        <translation>Start on a tab: communities, sets, checks, dashboard, failed (the failed indicators), rounds (round over round), spread (programme scores), lists, projects or plan.</translation>
    </message>
    <message>
        <source>Open the buildings of a community at start: its code.</source>
        <translation>Open the buildings of a community at start: its code.</translation>
    </message>
    <message>
        <source>A database to open, or a bundle (.ccbundle) to import into the database last used.</source>
        <translation>A database to open, or a bundle (.ccbundle) to import into the database last used.</translation>
    </message>
    <message>
        <source>error: give one database, as FILE or --db FILE</source>
        <translation>error: give one database, as FILE or --db FILE</translation>
    </message>
    <message>
        <source>Open the set editor at start on a stored set: CODE or CODE@VERSION.</source>
        <translation>Open the set editor at start on a stored set: CODE or CODE@VERSION.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit the check</source>
        <translation>Submit the check</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter on it) to go to that indicator.</source>
        <translation>Double-click a line (or press Enter on it) to go to that indicator.</translation>
    </message>
    <message>
        <source>&amp;Confirm all carried-over values</source>
        <translation>&amp;Confirm all carried-over values</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything required is answered.&lt;/b&gt; After submission the check is read-only until a reviewer returns it or it is reopened with a reason.</source>
        <translation>&lt;b&gt;Everything required is answered.&lt;/b&gt; After submission the check is read-only until a reviewer returns it or it is reopened with a reason.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The check cannot be submitted yet:&lt;/b&gt; %n point(s) still open.</source>
        <translation>
            <numerusform>&lt;b&gt;The check cannot be submitted yet:&lt;/b&gt; %n point still open.</numerusform>
            <numerusform>&lt;b&gt;The check cannot be submitted yet:&lt;/b&gt; %n points still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm all %n carried-over value(s)</source>
        <translation>
            <numerusform>&amp;Confirm all %n carried-over value</numerusform>
            <numerusform>&amp;Confirm all %n carried-over values</numerusform>
        </translation>
    </message>
    <message>
        <source>I ha&amp;ve checked these values on site; they are right</source>
        <translation>I ha&amp;ve checked these values on site; they are right</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are larger than the community&apos;s register allows. Check them (double-click to go there) and correct them, or confirm that they are right:</source>
        <translation>
            <numerusform>%n value is larger than the community&apos;s register allows. Check it (double-click to go there) and correct it, or confirm that it is right:</numerusform>
            <numerusform>%n values are larger than the community&apos;s register allows. Check them (double-click to go there) and correct them, or confirm that they are right:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1 · %2 · written on %3</source>
        <translation>%1 · %2 · written on %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The summary is too large for an ODT file.</source>
        <translation>The summary is too large for an ODT file.</translation>
    </message>
    <message>
        <source>%1: a summary is written as .pdf or as .odt (the editable copy).</source>
        <translation>%1: a summary is written as .pdf or as .odt (the editable copy).</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Nothing to write.</translation>
    </message>
    <message>
        <source>%1: a list is written as .csv or .xlsx.</source>
        <translation>%1: a list is written as .csv or .xlsx.</translation>
    </message>
</context>
<context>
    <name>TableImportActions</name>
    <message>
        <source>Tables (*.xlsx *.csv);;Workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Tables (*.xlsx *.csv);;Workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import communities (code, name, type, …)</source>
        <translation>Import communities (code, name, type, …)</translation>
    </message>
    <message>
        <source>Import communities</source>
        <translation>Import communities</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>Import demands (community, text, source, date, support, …)</source>
        <translation>Import demands (community, text, source, date, support, …)</translation>
    </message>
    <message>
        <source>Import demands</source>
        <translation>Import demands</translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s) added</source>
        <translation>
            <numerusform>%n demand added</numerusform>
            <numerusform>%n demands added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already stored.</source>
        <translation>
            <numerusform>, %n already stored.</numerusform>
            <numerusform>, %n already stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import resources (kind, name, community or county, …)</source>
        <translation>Import resources (kind, name, community or county, …)</translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation>Import resources</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) added</source>
        <translation>
            <numerusform>%n resource added</numerusform>
            <numerusform>%n resources added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls): open it in Excel, WPS or LibreOffice and save it as .xlsx.</source>
        <translation>%1 is an old Excel workbook (.xls): open it in Excel, WPS or LibreOffice and save it as .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook.</source>
        <translation>%1 is not an XLSX workbook.</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook, or it is damaged.</source>
        <translation>%1 is not an XLSX workbook, or it is damaged.</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet.</source>
        <translation>%1: the workbook has no sheet.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 claims %3 bytes, more than its compressed data can hold.</source>
        <translation>%1 is damaged: its part %2 claims %3 bytes, more than its compressed data can hold.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read as XML (%3).</source>
        <translation>%1 is damaged: its part %2 cannot be read as XML (%3).</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of parts breaks off after %2 of %3.</source>
        <translation>%1 is damaged: its list of parts breaks off after %2 of %3.</translation>
    </message>
    <message>
        <source>a formula without a saved value</source>
        <translation>a formula without a saved value</translation>
    </message>
    <message>
        <source>%1: its sheet %2 keeps its text inside the cells (inline strings, as some export tools write it), which cannot be read here without losing the text: open the file in Excel, WPS or LibreOffice and save it again as .xlsx.</source>
        <translation>%1: its sheet %2 keeps its text inside the cells (inline strings, as some export tools write it), which cannot be read here without losing the text: open the file in Excel, WPS or LibreOffice and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>%1: its first sheet, %2, is hidden, and the first sheet is the one imported: show it, or move the sheet to import to the front, and save the workbook again.</source>
        <translation>%1: its first sheet, %2, is hidden, and the first sheet is the one imported: show it, or move the sheet to import to the front, and save the workbook again.</translation>
    </message>
</context>
</TS>
