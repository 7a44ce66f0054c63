<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the license server at %1. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this version of LicensePortal does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not match the API contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s field &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than 8 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lp::LicenseModel</name>
    <message>
        <source>Per device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 scans used this year; unused scans do not roll over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 scans used this month; unused scans do not roll over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 devices registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Devices inactive since the last refresh are released every %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lp::Session</name>
    <message>
        <source>No keychain is available: you will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store your sign-in (%1): you will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lp::ui::InfoBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lp::ui::LicenseDetailsPanel</name>
    <message>
        <source>Select a license key to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public identity of this key. It never changes, also not on renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the handshake code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy handshake code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runtime license key is a secret and is never shown in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy the full runtime license key to the clipboard for %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Devices that have not checked in since the last refresh stop counting against the allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Date format for term and refresh dates (QDate::toString pattern), e.g. &quot;Mar 4, 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a date, %2 a relative time such as &quot;in 12 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-device license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-scan license</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 scans this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 scans this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly; unused scans do not carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly; unused scans do not carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake code copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>License key copied. It is removed from the clipboard in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>License key copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lp::ui::LicenseKeysPane</name>
    <message>
        <source>Search product, handshake code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search license keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing license keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No license keys match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading license keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no license keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::MainWindow</name>
    <message>
        <source>LicensePortal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: %1. You stay signed in only until you quit LicensePortal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the license keys from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget the remembered sign-in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find License Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LicensePortal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar: user name · account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The sign-in is remembered in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The sign-in is not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license keys could not be refreshed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LicensePortal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LicensePortal %1&lt;/h3&gt;&lt;p&gt;The customer portal for runtime software licenses: your license keys, devices and scan quotas in one place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lp::ui::PortalController</name>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

SHA-256 fingerprint:
%2

Trust this certificate only if your administrator confirms this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted now. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lp::ui::SignInDialog</name>
    <message>
        <source>Sign in – LicensePortal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to LicensePortal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the email address and password of your customer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps you signed in with a token stored in the system keychain. Your password is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the license server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://, for example https://licenses.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer portal for runtime software licenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License server to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
