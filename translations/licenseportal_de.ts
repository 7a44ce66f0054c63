<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the license server at %1. Check the address and your connection.</source>
        <translation>Der Lizenzserver unter %1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>the given address</source>
        <translation>der angegebenen Adresse</translation>
    </message>
    <message>
        <source>The license server did not answer in time.</source>
        <translation>Der Lizenzserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden: %1.</translation>
    </message>
    <message>
        <source>The email address or password is incorrect.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation>Zu viele Anmeldeversuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer this version of LicensePortal does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Version von LicensePortal nicht versteht.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer does not match the API contract.</source>
        <translation>Die Antwort entspricht nicht dem API-Vertrag.</translation>
    </message>
    <message>
        <source>The answer is invalid: %1.</source>
        <translation>Die Antwort ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The answer&apos;s field &quot;%1&quot; %2.</source>
        <translation>Das Feld „%1“ der Antwort: %2.</translation>
    </message>
    <message>
        <source>The answer is larger than 8 MiB.</source>
        <translation>Die Antwort ist größer als 8 MiB.</translation>
    </message>
</context>
<context>
    <name>BarcodeFormats</name>
    <message>
        <source>QR Code</source>
        <translation>QR Code</translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation>Data Matrix</translation>
    </message>
    <message>
        <source>Aztec</source>
        <translation>Aztec</translation>
    </message>
    <message>
        <source>PDF417</source>
        <translation>PDF417</translation>
    </message>
    <message>
        <source>MaxiCode</source>
        <translation>MaxiCode</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>Code 39</source>
        <translation>Code 39</translation>
    </message>
    <message>
        <source>Code 93</source>
        <translation>Code 93</translation>
    </message>
    <message>
        <source>Codabar</source>
        <translation>Codabar</translation>
    </message>
    <message>
        <source>ITF</source>
        <translation>ITF</translation>
    </message>
    <message>
        <source>EAN-13</source>
        <translation>EAN-13</translation>
    </message>
    <message>
        <source>EAN-8</source>
        <translation>EAN-8</translation>
    </message>
    <message>
        <source>UPC-A</source>
        <translation>UPC-A</translation>
    </message>
    <message>
        <source>UPC-E</source>
        <translation>UPC-E</translation>
    </message>
    <message>
        <source>GS1 DataBar</source>
        <translation>GS1 DataBar</translation>
    </message>
</context>
<context>
    <name>SavingEstimate</name>
    <message numerus="yes">
        <source>There were no scans in the last %n day(s), so there is no usage to estimate a saving from.</source>
        <translation>
            <numerusform>Am letzten Tag gab es keine Scans, aus denen sich eine Einsparung schätzen ließe.</numerusform>
            <numerusform>In den letzten %n Tagen gab es keine Scans, aus denen sich eine Einsparung schätzen ließe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of the scans of the last %n day(s) (%2 of %3)</source>
        <translation>
            <numerusform>%1&#xa0;% der Scans des letzten Tages (%2 von %3)</numerusform>
            <numerusform>%1&#xa0;% der Scans der letzten %n Tage (%2 von %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowing only %1 would have saved %2.</source>
        <translation>Hätten Sie nur %1 zugelassen, wären %2 eingespart worden.</translation>
    </message>
    <message>
        <source>Leaving out %1 would have saved %2.</source>
        <translation>Hätten Sie %1 ausgeschlossen, wären %2 eingespart worden.</translation>
    </message>
    <message>
        <source>Scan regions and the minimum confidence save more, but are not in this estimate: usage is counted per barcode format only.</source>
        <translation>Scan-Bereiche und Mindestkonfidenz sparen zusätzlich ein, sind in dieser Schätzung aber nicht enthalten: Die Nutzung wird nur pro Barcodeformat erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>These formats include every format scanned in the last %n day(s), so they would have saved none of the %1 scans in that time.</source>
        <translation>
            <numerusform>Diese Formate umfassen alle am letzten Tag gescannten Formate; von den %1 Scans an diesem Tag wäre daher keiner eingespart worden.</numerusform>
            <numerusform>Diese Formate umfassen alle in den letzten %n Tagen gescannten Formate; von den %1 Scans in diesem Zeitraum wäre daher keiner eingespart worden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::AlertMonitor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scan quota used up</source>
        <translation>Scan-Kontingent aufgebraucht</translation>
    </message>
    <message>
        <source>%1% of the scan quota used</source>
        <translation>%1&#xa0;% des Scan-Kontingents verbraucht</translation>
    </message>
    <message>
        <source>%1 has used %2 of its %3 scans this period.</source>
        <translation>%1 hat in diesem Zeitraum %2 von %3 Scans verbraucht.</translation>
    </message>
    <message>
        <source>Device allowance full</source>
        <translation>Gerätekontingent ausgeschöpft</translation>
    </message>
    <message>
        <source>%1% of the device allowance in use</source>
        <translation>%1&#xa0;% des Gerätekontingents belegt</translation>
    </message>
    <message>
        <source>%1 has %2 of its %3 devices in use.</source>
        <translation>Bei %1 sind %2 von %3 Geräten belegt.</translation>
    </message>
    <message>
        <source>New devices are refused until more are bought or the next device refresh releases some.</source>
        <translation>Neue Geräte werden abgelehnt, bis Sie weitere Lizenzplätze erwerben oder die nächste Gerätebereinigung Plätze freigibt.</translation>
    </message>
    <message>
        <source>License expired</source>
        <translation>Lizenz abgelaufen</translation>
    </message>
    <message>
        <source>%1 expired on %2.</source>
        <translation>%1 ist am %2 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>License expires in %n day(s)</source>
        <translation>
            <numerusform>Lizenz läuft in %n Tag ab</numerusform>
            <numerusform>Lizenz läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expires on %2. A renewal keeps its handshake code.</source>
        <translation>%1 läuft am %2 ab. Bei einer Verlängerung bleibt der Handshake-Code erhalten.</translation>
    </message>
</context>
<context>
    <name>lp::DeviceCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export stopped: %1 No file was written.</source>
        <translation>Der Export ist fehlgeschlagen: %1 Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>%n Gerät nach %1 exportiert.</numerusform>
            <numerusform>%n Geräte nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::DeviceListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Lease expired</source>
        <translation>Offline-Frist abgelaufen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Released on %1</source>
        <translation>Freigegeben am %1</translation>
    </message>
    <message>
        <source>Lease expired today</source>
        <translation>Offline-Frist heute abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Lease expired %n day(s) ago</source>
        <translation>
            <numerusform>Offline-Frist vor %n Tag abgelaufen</numerusform>
            <numerusform>Offline-Frist vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>May stay offline %n more hour(s)</source>
        <translation>
            <numerusform>Darf noch %n Stunde offline bleiben</numerusform>
            <numerusform>Darf noch %n Stunden offline bleiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>May stay offline %n more day(s)</source>
        <translation>
            <numerusform>Darf noch %n Tag offline bleiben</numerusform>
            <numerusform>Darf noch %n Tage offline bleiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>Vor %n Minute</numerusform>
            <numerusform>Vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>Vor %n Stunde</numerusform>
            <numerusform>Vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The SHA-256 hash of the device&apos;s hardware ID; the ID itself never leaves the device.</source>
        <translation>%1
Der SHA-256-Hash der Hardware-ID des Geräts; die ID selbst verlässt das Gerät nie.</translation>
    </message>
    <message>
        <source>The device refresh released this device&apos;s seat. It takes a seat again when it registers.</source>
        <translation>Die Gerätebereinigung hat den Lizenzplatz dieses Geräts freigegeben. Es belegt wieder einen Lizenzplatz, sobald es sich erneut registriert.</translation>
    </message>
    <message>
        <source>Lease ends %1</source>
        <translation>Ende der Offline-Frist: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Device hash</source>
        <translation>Geräte-Hash</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>SDK version</source>
        <translation>SDK-Version</translation>
    </message>
    <message>
        <source>First registered</source>
        <translation>Erstmals registriert</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Offline-Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lp::LicenseModel</name>
    <message>
        <source>Per device</source>
        <translation>Pro Gerät</translation>
    </message>
    <message>
        <source>Per scan</source>
        <translation>Pro Scan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1 of %2 scans used this year; unused scans do not roll over.</source>
        <translation>%1 von %2 Scans in diesem Jahr verbraucht; ungenutzte Scans verfallen.</translation>
    </message>
    <message>
        <source>%1 of %2 scans used this month; unused scans do not roll over.</source>
        <translation>%1 von %2 Scans in diesem Monat verbraucht; ungenutzte Scans verfallen.</translation>
    </message>
    <message>
        <source>%1 of %2 devices registered</source>
        <translation>%1 von %2 Geräten registriert</translation>
    </message>
    <message numerus="yes">
        <source>Devices inactive since the last refresh are released every %n month(s).</source>
        <translation>
            <numerusform>Geräte, die seit der letzten Bereinigung inaktiv sind, werden jeden Monat freigegeben.</numerusform>
            <numerusform>Geräte, die seit der letzten Bereinigung inaktiv sind, werden alle %n Monate freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Handshake code</source>
        <translation>Handshake-Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Nächste Bereinigung</translation>
    </message>
</context>
<context>
    <name>lp::Session</name>
    <message>
        <source>No keychain is available: you will have to sign in again next time.</source>
        <translation>Kein Schlüsselbund verfügbar: Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>The keychain could not store your sign-in (%1): you will have to sign in again next time.</source>
        <translation>Der Schlüsselbund konnte Ihre Anmeldung nicht speichern (%1): Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>lp::UsageModel</name>
    <message>
        <source>Week %1, %2</source>
        <translation>KW %1/%2</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Belegte Geräte</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
</context>
<context>
    <name>lp::ui::AlertNotifier</name>
    <message>
        <source>LicensePortal</source>
        <translation>LicensePortal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An alert in the status bar: its title, then the product of the key</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lp::ui::AlertSettingsDialog</name>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Show a desktop notification when a license key crosses one of these thresholds. Each one is notified once.</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen, wenn ein Lizenzschlüssel einen dieser Schwellenwerte erreicht. Jeder Schwellenwert wird nur einmal gemeldet.</translation>
    </message>
    <message>
        <source>&amp;Scan quota: %1 of a period&apos;s quota used</source>
        <translation>&amp;Scan-Kontingent: %1 des Kontingents im Zeitraum verbraucht</translation>
    </message>
    <message>
        <source>&amp;Device allowance: %1 of the allowance in use</source>
        <translation>&amp;Gerätekontingent: %1 des Kontingents belegt</translation>
    </message>
    <message>
        <source>&amp;Expiry: %1 days before a key expires, and on the day</source>
        <translation>&amp;Ablauf: %1 Tage vor Ablauf eines Schlüssels und am Ablauftag</translation>
    </message>
    <message>
        <source>A key with an alert shows a badge in the license keys list either way.</source>
        <translation>In der Liste der Lizenzschlüssel wird ein Schlüssel mit Warnung in jedem Fall markiert.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A threshold as a percentage, e.g. &quot;75%&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>lp::ui::DevicesPane</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>Search name, platform or device hash…</source>
        <translation>Name, Plattform oder Geräte-Hash suchen …</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Geräte durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Offline within lease</source>
        <translation>Offline innerhalb der Frist</translation>
    </message>
    <message>
        <source>Lease expired</source>
        <translation>Offline-Frist abgelaufen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the devices as listed (search, filter and sort applied) to a CSV file</source>
        <translation>Die Geräte wie aufgelistet (mit Suche, Filter und Sortierung) in einer CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Device allowance in use</source>
        <translation>Belegtes Gerätekontingent</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Device refresh</source>
        <translation>Gerätebereinigung</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Loading devices</source>
        <translation>Geräte werden geladen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>59 minutes ago</source>
        <translation>Vor 59 Minuten</translation>
    </message>
    <message>
        <source>Devices can be sorted by name, first registration, last seen or lease.</source>
        <translation>Geräte können nach Name, erster Registrierung, letztem Kontakt oder Offline-Frist sortiert werden.</translation>
    </message>
    <message>
        <source>&amp;Copy Device Hash</source>
        <translation>Geräte-Hash &amp;kopieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>The next device refresh could not be loaded: %1</source>
        <translation>Die nächste Gerätebereinigung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Whether this computer is registered could not be checked: %1</source>
        <translation>Es konnte nicht geprüft werden, ob dieser Computer registriert ist: %1</translation>
    </message>
    <message>
        <source>%1 of %2 devices in use</source>
        <translation>%1 von %2 Geräten belegt</translation>
    </message>
    <message>
        <source>Handshake code %1</source>
        <translation>Handshake-Code %1</translation>
    </message>
    <message>
        <source>More than %1 match</source>
        <translation>Mehr als %1 Treffer</translation>
    </message>
    <message>
        <source>This account has no per-device licenses.</source>
        <translation>Dieses Konto hat keine Lizenzen pro Gerät.</translation>
    </message>
    <message>
        <source>No device has registered under this license yet.</source>
        <translation>Unter dieser Lizenz hat sich noch kein Gerät registriert.</translation>
    </message>
    <message>
        <source>No device matches the search and filter.</source>
        <translation>Kein Gerät entspricht der Suche und dem Filter.</translation>
    </message>
    <message>
        <source>The devices could not be loaded: %1</source>
        <translation>Die Geräte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The device refresh due on %1 runs within the hour.</source>
        <translation>Die für den %1 geplante Gerätebereinigung läuft innerhalb der nächsten Stunde.</translation>
    </message>
    <message numerus="yes">
        <source>Next device refresh on %1 (every %n month(s)).</source>
        <translation>
            <numerusform>Nächste Gerätebereinigung am %1 (jeden Monat).</numerusform>
            <numerusform>Nächste Gerätebereinigung am %1 (alle %n Monate).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every device has checked in since %1: it will release none.</source>
        <translation>Jedes Gerät hat sich seit dem %1 gemeldet: Es wird keines freigegeben.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Only the SHA-256 hash of this computer&apos;s hardware ID (%1) is compared; the ID itself never leaves this computer.</source>
        <translation>Verglichen wird nur der SHA-256-Hash der Hardware-ID dieses Computers (%1); die ID selbst verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>This computer is not registered under this license.</source>
        <translation>Dieser Computer ist unter dieser Lizenz nicht registriert.</translation>
    </message>
    <message>
        <source>This computer is registered under this license as “%1”, last seen %2.</source>
        <translation>Dieser Computer ist unter dieser Lizenz als „%1“ registriert, zuletzt gesehen am %2.</translation>
    </message>
    <message>
        <source>This computer is registered under this license as “%1”, but its lease expired on %2.</source>
        <translation>Dieser Computer ist unter dieser Lizenz als „%1“ registriert, aber seine Offline-Frist ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>This computer was registered under this license as “%1”; the device refresh released it.</source>
        <translation>Dieser Computer war unter dieser Lizenz als „%1“ registriert; die Gerätebereinigung hat ihn freigegeben.</translation>
    </message>
    <message>
        <source>Devices the next refresh will release</source>
        <translation>Geräte, die bei der nächsten Bereinigung freigegeben werden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Device hash</source>
        <translation>Geräte-Hash</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>The %1 least recently seen of %2 devices. Devices that check in before %3 keep their seat.</source>
        <translation>Die %1 am längsten nicht gesehenen von %2 Geräten. Geräte, die sich vor dem %3 melden, behalten ihren Lizenzplatz.</translation>
    </message>
    <message>
        <source>Devices that check in before %1 keep their seat.</source>
        <translation>Geräte, die sich vor dem %1 melden, behalten ihren Lizenzplatz.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n device hash(es).</source>
        <translation>
            <numerusform>%n Geräte-Hash kopiert.</numerusform>
            <numerusform>%n Geräte-Hashes kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Export Devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting devices…</source>
        <translation>Geräte werden exportiert …</translation>
    </message>
    <message>
        <source>Exporting devices: %1 of %2</source>
        <translation>Geräte werden exportiert: %1 von %2</translation>
    </message>
    <message>
        <source>Exporting devices: %1</source>
        <translation>Geräte werden exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät</numerusform>
            <numerusform>%Ln Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will release %Ln device(s) not seen since %1, unless they check in before.</source>
        <translation>
            <numerusform>Dabei wird %Ln Gerät freigegeben, das seit dem %1 nicht mehr gesehen wurde, sofern es sich nicht vorher meldet.</numerusform>
            <numerusform>Dabei werden %Ln Geräte freigegeben, die seit dem %1 nicht mehr gesehen wurden, sofern sie sich nicht vorher melden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This system gives no stable hardware ID, so whether this computer is registered cannot be told.</source>
        <translation>Dieses System liefert keine dauerhafte Hardware-ID; ob dieser Computer registriert ist, lässt sich daher nicht feststellen.</translation>
    </message>
</context>
<context>
    <name>lp::ui::InfoBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>lp::ui::LicenseDetailsPanel</name>
    <message>
        <source>Select a license key to see its details.</source>
        <translation>Wählen Sie einen Lizenzschlüssel aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The public identity of this key. It never changes, also not on renewal.</source>
        <translation>Die öffentliche Kennung dieses Schlüssels. Sie ändert sich nie, auch nicht bei einer Verlängerung.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the handshake code to the clipboard</source>
        <translation>Handshake-Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy handshake code</source>
        <translation>Handshake-Code kopieren</translation>
    </message>
    <message>
        <source>The runtime license key is a secret and is never shown in full.</source>
        <translation>Der Laufzeit-Lizenzschlüssel ist geheim und wird nie vollständig angezeigt.</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy the full runtime license key to the clipboard for %n seconds</source>
        <translation>
            <numerusform>Den vollständigen Laufzeit-Lizenzschlüssel für %n Sekunde in die Zwischenablage kopieren</numerusform>
            <numerusform>Den vollständigen Laufzeit-Lizenzschlüssel für %n Sekunden in die Zwischenablage kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices that have not checked in since the last refresh stop counting against the allowance.</source>
        <translation>Geräte, die sich seit der letzten Bereinigung nicht gemeldet haben, zählen danach nicht mehr zum Kontingent.</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>Handshake code:</source>
        <translation>Handshake-Code:</translation>
    </message>
    <message>
        <source>License key:</source>
        <translation>Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Device refresh:</source>
        <translation>Gerätebereinigung:</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Nächste Bereinigung:</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Verbraucht:</translation>
    </message>
    <message>
        <source>Quota period:</source>
        <translation>Kontingentzeitraum:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a date, %2 a relative time such as &quot;in 12 days&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Per-device license</source>
        <translation>Lizenz pro Gerät</translation>
    </message>
    <message>
        <source>Per-scan license</source>
        <translation>Lizenz pro Scan</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 von %n Gerät</numerusform>
            <numerusform>%1 von %n Geräten</numerusform>
        </translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>Einmal im Jahr</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Jeden Monat</numerusform>
            <numerusform>Alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Handshake code copied.</source>
        <translation>Handshake-Code kopiert.</translation>
    </message>
    <message>
        <source>The license key could not be copied: %1</source>
        <translation>Der Lizenzschlüssel konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>The license key could not be copied.</source>
        <translation>Der Lizenzschlüssel konnte nicht kopiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>License key copied. It is removed from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Lizenzschlüssel kopiert. Er wird in %n Sekunde aus der Zwischenablage entfernt.</numerusform>
            <numerusform>Lizenzschlüssel kopiert. Er wird in %n Sekunden aus der Zwischenablage entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>License key copied</source>
        <translation>Lizenzschlüssel kopiert</translation>
    </message>
    <message>
        <source>Unused scans do not carry over.</source>
        <translation>Ungenutzte Scans verfallen.</translation>
    </message>
    <message>
        <source>%1 of %2 scans</source>
        <translation>%1 von %2 Scans</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Unused scans do not carry over into the next period.</source>
        <translation>Ungenutzte Scans werden nicht in den nächsten Zeitraum übertragen.</translation>
    </message>
</context>
<context>
    <name>lp::ui::LicenseKeysPane</name>
    <message>
        <source>Search product, handshake code…</source>
        <translation>Produkt, Handshake-Code suchen …</translation>
    </message>
    <message>
        <source>Search license keys</source>
        <translation>Lizenzschlüssel durchsuchen</translation>
    </message>
    <message>
        <source>Refreshing license keys</source>
        <translation>Lizenzschlüssel werden aktualisiert</translation>
    </message>
    <message>
        <source>License keys</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>No license keys match “%1”.</source>
        <translation>Keine Lizenzschlüssel passen zu „%1“.</translation>
    </message>
    <message>
        <source>Loading license keys…</source>
        <translation>Lizenzschlüssel werden geladen …</translation>
    </message>
    <message>
        <source>This account has no license keys yet.</source>
        <translation>Dieses Konto hat noch keine Lizenzschlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 von %n Schlüssel</numerusform>
            <numerusform>%1 von %n Schlüsseln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::MainWindow</name>
    <message>
        <source>LicensePortal</source>
        <translation>LicensePortal</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>License keys</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the license keys from the server again</source>
        <translation>Die Lizenzschlüssel erneut vom Server laden</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out and forget the remembered sign-in on this computer</source>
        <translation>Abmelden und die gespeicherte Anmeldung auf diesem Computer löschen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Find License Key</source>
        <translation>Lizenzschlüssel &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LicensePortal</source>
        <translation>&amp;Über LicensePortal</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar: user name · account name</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1. The sign-in is remembered in the system keychain.</source>
        <translation>Angemeldet als %1. Die Anmeldung ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Signed in as %1. The sign-in is not remembered.</source>
        <translation>Angemeldet als %1. Die Anmeldung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>The license keys could not be refreshed. %1</source>
        <translation>Die Lizenzschlüssel konnten nicht aktualisiert werden. %1</translation>
    </message>
    <message>
        <source>About LicensePortal</source>
        <translation>Über LicensePortal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LicensePortal %1&lt;/h3&gt;&lt;p&gt;The customer portal for runtime software licenses: your license keys, devices and scan quotas in one place.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LicensePortal %1&lt;/h3&gt;&lt;p&gt;Das Kundenportal für Laufzeit-Softwarelizenzen: Ihre Lizenzschlüssel, Geräte und Scan-Kontingente an einem Ort.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Alerts…</source>
        <translation>&amp;Warnungen …</translation>
    </message>
    <message>
        <source>Choose which alerts show a desktop notification</source>
        <translation>Festlegen, bei welchen Warnungen eine Desktop-Benachrichtigung erscheint</translation>
    </message>
</context>
<context>
    <name>lp::ui::PortalController</name>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>%1

SHA-256 fingerprint:
%2

Trust this certificate only if your administrator confirms this fingerprint.</source>
        <translation>%1

SHA-256-Fingerabdruck:
%2

Vertrauen Sie diesem Zertifikat nur, wenn Ihr Administrator diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted now. Sign in again.</source>
        <translation>Dem Zertifikat von %1 wird jetzt vertraut. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Usage &amp; quota</source>
        <translation>Nutzung &amp; Kontingent</translation>
    </message>
</context>
<context>
    <name>lp::ui::RegionEditor</name>
    <message>
        <source>Scan regions</source>
        <translation>Scan-Bereiche</translation>
    </message>
    <message>
        <source>Drag to draw a scan region; click one to select it, Delete removes it.</source>
        <translation>Ziehen, um einen Scan-Bereich zu zeichnen; Klicken wählt einen Bereich aus, Entf entfernt ihn.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n scan regions can be set.</source>
        <translation>
            <numerusform>Es kann höchstens %n Scan-Bereich festgelegt werden.</numerusform>
            <numerusform>Es können höchstens %n Scan-Bereiche festgelegt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole frame is scanned. Drag to draw a scan region.</source>
        <translation>Das gesamte Bild wird gescannt. Ziehen Sie, um einen Scan-Bereich zu zeichnen.</translation>
    </message>
    <message>
        <source>The whole frame</source>
        <translation>Das gesamte Bild</translation>
    </message>
    <message>
        <source>%1–%2% across, %3–%4% down</source>
        <extracomment>A scan region in percent of the camera frame: left–right across, top–bottom down</extracomment>
        <translation>%1–%2&#xa0;% horizontal, %3–%4&#xa0;% vertikal</translation>
    </message>
</context>
<context>
    <name>lp::ui::ScanSettingsDialog</name>
    <message>
        <source>Format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Minimum confidence</source>
        <translation>Mindestkonfidenz</translation>
    </message>
    <message>
        <source>Scan regions</source>
        <translation>Scan-Bereiche</translation>
    </message>
    <message>
        <source>Barcode formats</source>
        <translation>Barcodeformate</translation>
    </message>
    <message>
        <source>Pre-scan Settings – %1</source>
        <translation>Pre-Scan-Einstellungen – %1</translation>
    </message>
    <message>
        <source>Devices of this key decode only the formats allowed here, only inside the scan regions, and drop results below the minimum confidence: what they do not decode does not count against the quota. Devices receive the settings at their next check-in.</source>
        <translation>Geräte mit diesem Schlüssel decodieren nur die hier zugelassenen Formate, nur in den Scan-Bereichen und verwerfen Ergebnisse unter der Mindestkonfidenz: Was sie nicht decodieren, zählt nicht zum Kontingent. Die Geräte erhalten die Einstellungen, sobald sie sich das nächste Mal beim Server melden.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>Results decoded with less confidence are dropped and not counted.</source>
        <translation>Ergebnisse mit geringerer Konfidenz werden verworfen und nicht gezählt.</translation>
    </message>
    <message>
        <source>&amp;Delete Region</source>
        <translation>Bereich &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Whole Frame</source>
        <translation>&amp;Gesamtes Bild</translation>
    </message>
    <message>
        <source>Scan the whole camera frame again</source>
        <translation>Wieder das gesamte Kamerabild scannen</translation>
    </message>
    <message>
        <source>Drag on the frame to draw up to %1 regions.</source>
        <translation>Ziehen Sie bis zu %1 Bereiche im Bild auf.</translation>
    </message>
    <message>
        <source>Estimated saving</source>
        <translation>Geschätzte Einsparung</translation>
    </message>
    <message>
        <source>Loading or saving the settings</source>
        <translation>Einstellungen werden geladen oder gespeichert</translation>
    </message>
    <message>
        <source>Estimating the saving from the last %1 days of usage…</source>
        <translation>Einsparung wird anhand der Nutzung der letzten %1 Tage geschätzt …</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1&#xa0;%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) in the last %1 days</source>
        <translation>
            <numerusform>%Ln Scan in den letzten %1 Tagen</numerusform>
            <numerusform>%Ln Scans in den letzten %1 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow at least one barcode format.</source>
        <translation>Lassen Sie mindestens ein Barcodeformat zu.</translation>
    </message>
    <message>
        <source>The settings were not saved. %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The stored settings could not be loaded, so they cannot be changed now. %1</source>
        <translation>Die gespeicherten Einstellungen konnten nicht geladen werden und lassen sich daher jetzt nicht ändern. %1</translation>
    </message>
    <message>
        <source>The usage of the last %1 days could not be loaded, so no saving can be estimated. %2</source>
        <translation>Die Nutzung der letzten %1 Tage konnte nicht geladen werden; daher lässt sich keine Einsparung schätzen. %2</translation>
    </message>
</context>
<context>
    <name>lp::ui::SignInDialog</name>
    <message>
        <source>Sign in – LicensePortal</source>
        <translation>Anmelden – LicensePortal</translation>
    </message>
    <message>
        <source>Sign in to LicensePortal</source>
        <translation>Bei LicensePortal anmelden</translation>
    </message>
    <message>
        <source>Use the email address and password of your customer account.</source>
        <translation>Verwenden Sie die E-Mail-Adresse und das Passwort Ihres Kundenkontos.</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps you signed in with a token stored in the system keychain. Your password is never stored.</source>
        <translation>Hält Sie mit einem Token im Schlüsselbund des Systems angemeldet. Ihr Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter the address of the license server.</source>
        <translation>Geben Sie die Adresse des Lizenzservers ein.</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://, for example https://licenses.example.com.</source>
        <translation>Die Serveradresse muss mit https:// oder http:// beginnen, zum Beispiel https://licenses.example.com.</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>Die Serveradresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>lp::ui::UsagePane</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 18 months</source>
        <translation>Letzte 18 Monate</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Letzte 3 Jahre</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>&amp;Pre-scan Settings…</source>
        <translation>&amp;Pre-Scan-Einstellungen …</translation>
    </message>
    <message>
        <source>Loading usage</source>
        <translation>Nutzung wird geladen</translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation>Nutzungsverlauf</translation>
    </message>
    <message>
        <source>Quota burn-down</source>
        <translation>Kontingentverbrauch</translation>
    </message>
    <message>
        <source>Device allowance over time</source>
        <translation>Gerätekontingent im Zeitverlauf</translation>
    </message>
    <message>
        <source>Scans by barcode format</source>
        <translation>Scans nach Barcodeformat</translation>
    </message>
    <message>
        <source>Point at a chart to see its values.</source>
        <translation>Zeigen Sie auf ein Diagramm, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>The quota could not be loaded: %1</source>
        <translation>Das Kontingent konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The usage could not be loaded: %1</source>
        <translation>Die Nutzung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This account has no license keys.</source>
        <translation>Dieses Konto hat keine Lizenzschlüssel.</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Nutzung wird geladen …</translation>
    </message>
    <message>
        <source>No scans were reported under this license in the chosen range.</source>
        <translation>Für diese Lizenz wurden im gewählten Zeitraum keine Scans gemeldet.</translation>
    </message>
    <message>
        <source>Scans per day</source>
        <translation>Scans pro Tag</translation>
    </message>
    <message>
        <source>Scans per week</source>
        <translation>Scans pro Woche</translation>
    </message>
    <message>
        <source>Scans per month</source>
        <translation>Scans pro Monat</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln scan(s)</source>
        <extracomment>Hovering the usage trend: bucket, then the number of scans in it</extracomment>
        <translation>
            <numerusform>%1: %Ln Scan</numerusform>
            <numerusform>%1: %Ln Scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Current quota period</source>
        <translation>Aktueller Kontingentzeitraum</translation>
    </message>
    <message>
        <source>Last quota period %1 – %2</source>
        <translation>Letzter Kontingentzeitraum %1 – %2</translation>
    </message>
    <message>
        <source>Quota period %1 – %2</source>
        <translation>Kontingentzeitraum %1 – %2</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Forecast for %1: %2 scans used</source>
        <translation>Prognose für %1: %2 Scans verbraucht</translation>
    </message>
    <message>
        <source>%1: %2 scans used</source>
        <translation>%1: %2 Scans verbraucht</translation>
    </message>
    <message>
        <source>Quota: %1 scans this period</source>
        <translation>Kontingent: %1 Scans in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 of %2 scans used (%3%).</source>
        <translation>%1 von %2 Scans verbraucht (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>The period ended on %1; its %2 unused credits lapsed.</source>
        <translation>Der Zeitraum endete am %1; die %2 ungenutzten Scans sind verfallen.</translation>
    </message>
    <message>
        <source>The period ended on %1.</source>
        <translation>Der Zeitraum endete am %1.</translation>
    </message>
    <message>
        <source>The quota is used up; the next period starts on %1 with the full quota.</source>
        <translation>Das Kontingent ist aufgebraucht; der nächste Zeitraum beginnt am %1 mit dem vollen Kontingent.</translation>
    </message>
    <message>
        <source>At the current rate of about %1 scans a day, the quota runs out on %2, before the period ends on %3.</source>
        <translation>Beim derzeitigen Verbrauch von etwa %1 Scans pro Tag ist das Kontingent am %2 aufgebraucht, noch vor dem Ende des Zeitraums am %3.</translation>
    </message>
    <message>
        <source>At the current rate, %1 credits will lapse on %2: unused credits do not roll over.</source>
        <translation>Beim derzeitigen Verbrauch verfallen %1 Scans am %2: Ungenutzte Scans werden nicht übertragen.</translation>
    </message>
    <message>
        <source>At the current rate, the quota lasts until the period ends on %1.</source>
        <translation>Beim derzeitigen Verbrauch reicht das Kontingent bis zum Ende des Zeitraums am %1.</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Belegte Geräte</translation>
    </message>
    <message>
        <source>Allowance (%1)</source>
        <translation>Kontingent (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 devices in use</source>
        <translation>%1: %2 von %3 Geräten belegt</translation>
    </message>
    <message>
        <source>Other formats</source>
        <translation>Sonstige Formate</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1&#xa0;%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A bar&apos;s label in the per-format breakdown: format name and its share of the scans</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1: %2 scans (%3)</source>
        <translation>%1: %2 Scans (%3)</translation>
    </message>
    <message>
        <source>Pre-scan settings of %1 saved. Devices get them at their next check-in.</source>
        <translation>Pre-Scan-Einstellungen für %1 gespeichert. Die Geräte erhalten sie, sobald sie sich das nächste Mal melden.</translation>
    </message>
    <message>
        <source>Gro&amp;up by:</source>
        <translation>Gruppieren &amp;nach:</translation>
    </message>
    <message>
        <source>Choose which barcode formats, scan regions and minimum confidence the devices of this key use</source>
        <translation>Festlegen, welche Barcodeformate, Scan-Bereiche und welche Mindestkonfidenz die Geräte dieses Schlüssels verwenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer portal for runtime software licenses.</source>
        <translation>Kundenportal für Laufzeit-Softwarelizenzen.</translation>
    </message>
    <message>
        <source>License server to sign in to.</source>
        <translation>Lizenzserver, bei dem Sie sich anmelden.</translation>
    </message>
</context>
</TS>
