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
