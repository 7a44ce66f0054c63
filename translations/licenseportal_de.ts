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
    <name>CardForm</name>
    <message>
        <source>Enter the card number.</source>
        <translation>Geben Sie die Kartennummer ein.</translation>
    </message>
    <message>
        <source>This card number is too short.</source>
        <translation>Diese Kartennummer ist zu kurz.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 card number has %n digits.</source>
        <translation>
            <numerusform>Eine Kartennummer von %1 hat %n Stelle.</numerusform>
            <numerusform>Eine Kartennummer von %1 hat %n Stellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This card number is not valid. Check it for typing errors.</source>
        <translation>Diese Kartennummer ist ungültig. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <source>Enter a month from 01 to 12.</source>
        <translation>Geben Sie einen Monat von 01 bis 12 ein.</translation>
    </message>
    <message>
        <source>Enter the expiry date as MM/YY.</source>
        <translation>Geben Sie das Ablaufdatum im Format MM/JJ ein.</translation>
    </message>
    <message numerus="yes">
        <source>The security code has %n digits.</source>
        <translation>
            <numerusform>Der Sicherheitscode hat %n Stelle.</numerusform>
            <numerusform>Der Sicherheitscode hat %n Stellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name as printed on the card.</source>
        <translation>Geben Sie den Namen so ein, wie er auf der Karte steht.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Der Name ist zu lang.</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
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
    <name>lp</name>
    <message>
        <source>This is not a valid offline license file (%1).</source>
        <translation>Dies ist keine gültige Offline-Lizenzdatei (%1).</translation>
    </message>
    <message>
        <source>Signed with key %1, which is not one of the license server&apos;s keys: the file cannot be trusted.</source>
        <translation>Signiert mit dem Schlüssel %1, der nicht zu den Schlüsseln des Lizenzservers gehört: Der Datei kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The signature does not match the contents (key %1): the file was changed after it was issued, or was not signed by this server.</source>
        <translation>Die Signatur passt nicht zum Inhalt (Schlüssel %1): Die Datei wurde nach dem Ausstellen verändert oder nicht von diesem Server signiert.</translation>
    </message>
    <message>
        <source>The signature is valid: issued by the license server with key %1.</source>
        <translation>Die Signatur ist gültig: ausgestellt vom Lizenzserver mit dem Schlüssel %1.</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>Not valid yet: it is valid %1.</source>
        <translation>Noch nicht gültig: Die Datei gilt %1.</translation>
    </message>
    <message>
        <source>Expired: it was valid %1.</source>
        <translation>Abgelaufen: Die Datei galt %1.</translation>
    </message>
    <message>
        <source>Valid now: %1.</source>
        <translation>Derzeit gültig: %1.</translation>
    </message>
    <message>
        <source>Issued for this device (hash %1…).</source>
        <translation>Für dieses Gerät ausgestellt (Hash %1…).</translation>
    </message>
    <message>
        <source>Issued for another device (hash %1…), not this one.</source>
        <translation>Für ein anderes Gerät ausgestellt (Hash %1…), nicht für dieses.</translation>
    </message>
    <message>
        <source>Issued for the device with hash %1.</source>
        <translation>Für das Gerät mit dem Hash %1 ausgestellt.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is earlier than a time already seen: it was set back, so the validity window cannot be trusted.</source>
        <translation>Die Uhr dieses Computers steht vor einem bereits erfassten Zeitpunkt: Sie wurde zurückgestellt, daher ist der Gültigkeitszeitraum nicht verlässlich.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The period an order line covers: from date – until date</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
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
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Term</source>
        <extracomment>A license term: from date – until date</extracomment>
        <translation>Laufzeit</translation>
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
        <source>Device refresh</source>
        <translation>Gerätebereinigung</translation>
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
        <source>%1 scans per period</source>
        <translation>%1 Scans pro Zeitraum</translation>
    </message>
    <message>
        <source>%1 scans per month</source>
        <translation>%1 Scans pro Monat</translation>
    </message>
    <message>
        <source>%1 scans per year</source>
        <translation>%1 Scans pro Jahr</translation>
    </message>
    <message>
        <source>Scan quota</source>
        <translation>Scan-Kontingent</translation>
    </message>
    <message>
        <source>New terms</source>
        <translation>Neue Konditionen</translation>
    </message>
    <message>
        <source>The handshake code %1 is unchanged: devices using this key need no update.</source>
        <translation>Der Handshake-Code %1 bleibt unverändert: Geräte, die diesen Schlüssel verwenden, müssen nicht aktualisiert werden.</translation>
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
    <name>lp::CheckoutSession</name>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>More devices</source>
        <translation>Zusätzliche Geräte</translation>
    </message>
    <message>
        <source>More scans</source>
        <translation>Zusätzliche Scans</translation>
    </message>
    <message>
        <source>Device refresh</source>
        <translation>Gerätebereinigung</translation>
    </message>
    <message>
        <source>The card was declined. Try another card, or ask your bank why.</source>
        <translation>Die Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder fragen Sie Ihre Bank nach dem Grund.</translation>
    </message>
    <message>
        <source>The card was declined for insufficient funds. Try another card.</source>
        <translation>Die Karte wurde wegen unzureichender Deckung abgelehnt. Verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>The bank reports this card as expired. Try another card.</source>
        <translation>Laut Bank ist diese Karte abgelaufen. Verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>The PayPal payment was not approved in time. Nothing was charged.</source>
        <translation>Die PayPal-Zahlung wurde nicht rechtzeitig freigegeben. Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>Die Zahlung wurde abgebrochen. Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The payment did not arrive by the invoice&apos;s due date, so the order has expired.</source>
        <translation>Die Zahlung ist nicht bis zum Fälligkeitsdatum der Rechnung eingegangen, daher ist die Bestellung abgelaufen.</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>Die Zahlung konnte nicht durchgeführt werden.</translation>
    </message>
    <message>
        <source>This license key is not in your account any more. Refresh the list of keys.</source>
        <translation>Dieser Lizenzschlüssel gehört nicht mehr zu Ihrem Konto. Aktualisieren Sie die Liste der Schlüssel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These changes cannot be quoted: %1</source>
        <translation>Für diese Änderungen kann kein Angebot erstellt werden: %1</translation>
    </message>
    <message>
        <source>The payment options could not be loaded: %1</source>
        <translation>Die Zahlungsoptionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Enter the expiry date as MM/YY.</source>
        <translation>Geben Sie das Ablaufdatum im Format MM/JJ ein.</translation>
    </message>
    <message>
        <source>Check the card details.</source>
        <translation>Prüfen Sie die Kartendaten.</translation>
    </message>
    <message>
        <source>There is no price to pay yet.</source>
        <translation>Es steht noch kein zu zahlender Preis fest.</translation>
    </message>
    <message>
        <source>This payment method is not available for your account.</source>
        <translation>Diese Zahlungsart ist für Ihr Konto nicht verfügbar.</translation>
    </message>
    <message>
        <source>Enter the card details.</source>
        <translation>Geben Sie die Kartendaten ein.</translation>
    </message>
    <message>
        <source>The price could not be confirmed. Try again.</source>
        <translation>Der Preis konnte nicht bestätigt werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The price has changed since the quote you saw. Check the new total and pay again.</source>
        <translation>Der Preis hat sich seit dem angezeigten Angebot geändert. Prüfen Sie den neuen Gesamtbetrag und bezahlen Sie erneut.</translation>
    </message>
    <message>
        <source>The card details were not accepted. Check the marked fields.</source>
        <translation>Die Kartendaten wurden nicht akzeptiert. Prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>The card could not be checked with the payment provider: %1</source>
        <translation>Die Karte konnte beim Zahlungsdienstleister nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The server did not confirm the payment (%1) Try again: the same payment is sent once more and is never charged twice.</source>
        <translation>Der Server hat die Zahlung nicht bestätigt (%1) Versuchen Sie es erneut: Dieselbe Zahlung wird noch einmal gesendet und nie doppelt berechnet.</translation>
    </message>
    <message>
        <source>The quote has expired. A new quote follows: check it and pay again.</source>
        <translation>Das Angebot ist abgelaufen. Es folgt ein neues Angebot: Prüfen Sie es und bezahlen Sie erneut.</translation>
    </message>
    <message>
        <source>The license key has changed since this quote (another order, perhaps). A new quote follows: check it and pay again.</source>
        <translation>Der Lizenzschlüssel hat sich seit diesem Angebot geändert (vielleicht durch eine andere Bestellung). Es folgt ein neues Angebot: Prüfen Sie es und bezahlen Sie erneut.</translation>
    </message>
    <message>
        <source>The order could not be placed: %1 See Orders.</source>
        <translation>Die Bestellung konnte nicht aufgegeben werden: %1 Siehe „Bestellungen“.</translation>
    </message>
    <message>
        <source>The order could not be placed: %1</source>
        <translation>Die Bestellung konnte nicht aufgegeben werden: %1</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>Die Zahlung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The order could not be cancelled: %1</source>
        <translation>Die Bestellung konnte nicht storniert werden: %1</translation>
    </message>
    <message>
        <source>The order&apos;s status is now: %1.</source>
        <translation>Der Status der Bestellung ist jetzt: %1.</translation>
    </message>
</context>
<context>
    <name>lp::CheckoutText</name>
    <message numerus="yes">
        <source>Renewal for %n year(s)</source>
        <translation>
            <numerusform>Verlängerung um %n Jahr</numerusform>
            <numerusform>Verlängerung um %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more device(s)</source>
        <translation>
            <numerusform>%n zusätzliches Gerät</numerusform>
            <numerusform>%n zusätzliche Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more scans per quota period</source>
        <translation>%1 zusätzliche Scans pro Kontingentzeitraum</translation>
    </message>
    <message>
        <source>%1 more scans per month</source>
        <translation>%1 zusätzliche Scans pro Monat</translation>
    </message>
    <message>
        <source>%1 more scans per year</source>
        <translation>%1 zusätzliche Scans pro Jahr</translation>
    </message>
    <message numerus="yes">
        <source>Device refresh every %n month(s)</source>
        <translation>
            <numerusform>Gerätebereinigung jeden Monat</numerusform>
            <numerusform>Gerätebereinigung alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Wire transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Scheck</translation>
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
    <name>lp::OfflineActivation</name>
    <message>
        <source>This is not an offline activation request (%1). Create one on the device with &quot;device-offline request&quot;.</source>
        <translation>Dies ist keine Offline-Aktivierungsanfrage (%1). Erstellen Sie eine auf dem Gerät mit „device-offline request“.</translation>
    </message>
    <message>
        <source>Give a device hash of 64 hexadecimal characters, a platform and a validity first.</source>
        <translation>Geben Sie zuerst einen Geräte-Hash aus 64 Hexadezimalzeichen, eine Plattform und eine Gültigkeitsdauer an.</translation>
    </message>
    <message>
        <source>The server sent an offline license this version cannot read.</source>
        <translation>Der Server hat eine Offline-Lizenz gesendet, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The server&apos;s signing keys could not be fetched (%1), and none are known from before: the file cannot be verified yet.</source>
        <translation>Die Signaturschlüssel des Servers konnten nicht abgerufen werden (%1), und es sind keine von früher bekannt: Die Datei kann noch nicht überprüft werden.</translation>
    </message>
</context>
<context>
    <name>lp::OrderDocument</name>
    <message>
        <source>Pro-forma invoice %1</source>
        <translation>Proforma-Rechnung %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Quittung %1</translation>
    </message>
    <message>
        <source>Invoice %1.pdf</source>
        <extracomment>A file name: keep it short, no slashes</extracomment>
        <translation>Rechnung %1.pdf</translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <extracomment>A file name: keep it short, no slashes</extracomment>
        <translation>Quittung %1.pdf</translation>
    </message>
    <message>
        <source>Pro-forma invoice</source>
        <translation>Proforma-Rechnung</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Payment due by</source>
        <translation>Zahlbar bis</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Zahlungsempfänger</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Mail the check to</source>
        <translation>Scheck senden an</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Zahlbar bis</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>So bezahlen Sie</translation>
    </message>
    <message>
        <source>Quote the payment reference %1 with your payment so that it can be matched to this order. The order is fulfilled once the payment is recorded; this is not a receipt.</source>
        <translation>Geben Sie bei Ihrer Zahlung die Zahlungsreferenz %1 an, damit sie dieser Bestellung zugeordnet werden kann. Die Bestellung wird ausgeführt, sobald die Zahlung verbucht ist; dieses Dokument ist keine Quittung.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Quittungsnummer</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Gezahlter Betrag</translation>
    </message>
</context>
<context>
    <name>lp::OrderListModel</name>
    <message>
        <source>, </source>
        <extracomment>Separates the items of one order in the orders table</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An order&apos;s license key: product (handshake code)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lp::RenewalsModel</name>
    <message>
        <source>expired today</source>
        <translation>heute abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
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
    <message>
        <source>Term ends %1</source>
        <extracomment>The day a license term ends</extracomment>
        <translation>Laufzeitende: %1</translation>
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
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>lp::Session</name>
    <message>
        <source>No keychain is available: you will have to sign in again next time, and nothing is kept for offline use.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Sie müssen sich beim nächsten Mal erneut anmelden, und für die Offline-Nutzung wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not store your sign-in (%1): you will have to sign in again next time, and nothing is kept for offline use.</source>
        <translation>Der Schlüsselbund konnte Ihre Anmeldung nicht speichern (%1): Sie müssen sich beim nächsten Mal erneut anmelden, und für die Offline-Nutzung wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not store the key of the offline cache (%1): nothing is kept for offline use.</source>
        <translation>Der Schlüsselbund konnte den Schlüssel des Offline-Caches nicht speichern (%1): Für die Offline-Nutzung wird nichts gespeichert.</translation>
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
    <name>lp::ui</name>
    <message>
        <source>This order has no invoice or receipt.</source>
        <translation>Zu dieser Bestellung gibt es weder eine Rechnung noch eine Quittung.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Invoice as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <source>Save Receipt as PDF</source>
        <translation>Quittung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Invoice Not Saved</source>
        <translation>Rechnung nicht gespeichert</translation>
    </message>
    <message>
        <source>Receipt Not Saved</source>
        <translation>Quittung nicht gespeichert</translation>
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
    <name>lp::ui::CardEntryWidget</name>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <extracomment>The placeholder of the card&apos;s expiry field: month and two-digit year</extracomment>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <source>Expiry date, month and year</source>
        <translation>Ablaufdatum, Monat und Jahr</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Sicherheitscode</translation>
    </message>
    <message>
        <source>The 3 digits on the back of the card (4 on the front for American Express)</source>
        <translation>Die 3 Ziffern auf der Rückseite der Karte (bei American Express die 4 Ziffern auf der Vorderseite)</translation>
    </message>
    <message>
        <source>As printed on the card</source>
        <translation>Wie auf der Karte angegeben</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <source>Security &amp;code:</source>
        <translation>&amp;Sicherheitscode:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>&amp;Kartennummer:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>N&amp;ame on card:</source>
        <translation>&amp;Name auf der Karte:</translation>
    </message>
    <message>
        <source>Card brand not recognised yet</source>
        <translation>Kartentyp noch nicht erkannt</translation>
    </message>
</context>
<context>
    <name>lp::ui::CheckoutChoosePage</name>
    <message>
        <source>Renew or Upgrade</source>
        <translation>Verlängern oder erweitern</translation>
    </message>
    <message>
        <source>Choose what to buy for this license key. You can combine several changes in one order.</source>
        <translation>Wählen Sie aus, was Sie für diesen Lizenzschlüssel kaufen möchten. Sie können mehrere Änderungen in einer Bestellung kombinieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Handshake code &lt;tt&gt;%2&lt;/tt&gt; · %3 · term ends %4</source>
        <extracomment>%1 product, %2 handshake code, %3 license type, %4 term end date</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Handshake-Code &lt;tt&gt;%2&lt;/tt&gt; · %3 · Laufzeit endet am %4</translation>
    </message>
    <message>
        <source>per-device license</source>
        <translation>Lizenz pro Gerät</translation>
    </message>
    <message>
        <source>per-scan license</source>
        <translation>Lizenz pro Scan</translation>
    </message>
    <message>
        <source>This key is suspended and cannot be renewed or changed online. Please contact support.</source>
        <translation>Dieser Schlüssel ist gesperrt und kann nicht online verlängert oder geändert werden. Bitte wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>N&amp;o renewal</source>
        <translation>&amp;Keine Verlängerung</translation>
    </message>
    <message>
        <source>&amp;1 year</source>
        <translation>&amp;1 Jahr</translation>
    </message>
    <message>
        <source>&amp;2 years</source>
        <translation>&amp;2 Jahre</translation>
    </message>
    <message>
        <source>&amp;3 years</source>
        <translation>&amp;3 Jahre</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source> devices</source>
        <extracomment>Suffix of the number of devices to add</extracomment>
        <translation> Geräte</translation>
    </message>
    <message>
        <source>Devices to add</source>
        <translation>Hinzuzufügende Geräte</translation>
    </message>
    <message>
        <source> scans per month</source>
        <translation> Scans pro Monat</translation>
    </message>
    <message>
        <source> scans per year</source>
        <translation> Scans pro Jahr</translation>
    </message>
    <message>
        <source>Scans to add per quota period</source>
        <translation>Hinzuzufügende Scans pro Kontingentzeitraum</translation>
    </message>
    <message>
        <source>In steps of %1 scans</source>
        <translation>In Schritten von %1 Scans</translation>
    </message>
    <message>
        <source>Device refresh</source>
        <translation>Gerätebereinigung</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <extracomment>The first choice of the device-refresh combo: the license&apos;s cadence as it is</extracomment>
        <translation>Beibehalten: %1</translation>
    </message>
    <message>
        <source>More &amp;devices:</source>
        <translation>Weitere &amp;Geräte:</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>derzeit %1</translation>
    </message>
    <message>
        <source>More &amp;scans:</source>
        <translation>Weitere &amp;Scans:</translation>
    </message>
    <message>
        <source>Device &amp;refresh:</source>
        <translation>Geräte&amp;bereinigung:</translation>
    </message>
    <message>
        <source>This key has expired: choose a renewal to change it as well.</source>
        <translation>Dieser Schlüssel ist abgelaufen: Änderungen sind nur zusammen mit einer Verlängerung möglich.</translation>
    </message>
    <message>
        <source>The key expired on %1. A renewal starts on the day of payment.</source>
        <translation>Der Schlüssel ist am %1 abgelaufen. Eine Verlängerung beginnt am Tag der Zahlung.</translation>
    </message>
    <message>
        <source>A renewal starts when the current term ends, on %1.</source>
        <translation>Eine Verlängerung beginnt mit dem Ende der aktuellen Laufzeit am %1.</translation>
    </message>
    <message>
        <source>Only per-device keys have a device allowance.</source>
        <translation>Nur Lizenzen pro Gerät haben ein Gerätekontingent.</translation>
    </message>
    <message>
        <source>Only per-scan keys have a scan quota.</source>
        <translation>Nur Lizenzen pro Scan haben ein Scan-Kontingent.</translation>
    </message>
    <message>
        <source>Only per-device keys have a device refresh.</source>
        <translation>Nur Lizenzen pro Gerät haben eine Gerätebereinigung.</translation>
    </message>
    <message numerus="yes">
        <source>Devices are refreshed every %n month(s) already, the shortest cadence.</source>
        <translation>
            <numerusform>Die Gerätebereinigung erfolgt bereits jeden Monat – das kürzeste Intervall.</numerusform>
            <numerusform>Die Gerätebereinigung erfolgt bereits alle %n Monate – das kürzeste Intervall.</numerusform>
        </translation>
    </message>
    <message>
        <source>This key has an order awaiting payment (%1, %2, placed on %3). Pay or cancel it under Orders before ordering anything else for this key.</source>
        <extracomment>%1 payment method, %2 amount, %3 date</extracomment>
        <translation>Für diesen Schlüssel gibt es eine Bestellung, deren Zahlung noch aussteht (%1, %2, aufgegeben am %3). Bezahlen oder stornieren Sie sie unter „Bestellungen“, bevor Sie weitere Bestellungen für diesen Schlüssel aufgeben.</translation>
    </message>
    <message>
        <source>Choose at least one change.</source>
        <translation>Wählen Sie mindestens eine Änderung aus.</translation>
    </message>
    <message>
        <source>Getting the price…</source>
        <translation>Preis wird ermittelt …</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1&lt;/b&gt;. The details follow on the next page.</source>
        <translation>Gesamt: &lt;b&gt;%1&lt;/b&gt;. Die Einzelheiten folgen auf der nächsten Seite.</translation>
    </message>
</context>
<context>
    <name>lp::ui::CheckoutDonePage</name>
    <message>
        <source>&amp;Save Receipt as PDF…</source>
        <translation>&amp;Quittung als PDF speichern …</translation>
    </message>
    <message>
        <source>Your license key now</source>
        <translation>Ihr Lizenzschlüssel jetzt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>&amp;Save Invoice as PDF…</source>
        <translation>&amp;Rechnung als PDF speichern …</translation>
    </message>
    <message>
        <source>Pro-forma invoice</source>
        <translation>Proforma-Rechnung</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Thank You</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>The payment went through and the license key is updated.</source>
        <translation>Die Zahlung war erfolgreich und der Lizenzschlüssel wurde aktualisiert.</translation>
    </message>
    <message>
        <source>The handshake code &lt;b&gt;%1&lt;/b&gt; is unchanged: nothing to redeploy on your devices.</source>
        <translation>Der Handshake-Code &lt;b&gt;%1&lt;/b&gt; bleibt unverändert: Auf Ihren Geräten muss nichts neu verteilt werden.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 paid with %3 on %4.</source>
        <extracomment>%1 receipt number, %2 amount, %3 payment method such as &quot;Visa •••• 4242&quot;, %4 date</extracomment>
        <translation>Quittung %1: %2 bezahlt mit %3 am %4.</translation>
    </message>
    <message>
        <source>Order Placed</source>
        <translation>Bestellung aufgegeben</translation>
    </message>
    <message>
        <source>Your order awaits payment.</source>
        <translation>Die Zahlung für Ihre Bestellung steht noch aus.</translation>
    </message>
    <message>
        <source>Mail a check for %1 to the address above by %2, with the reference %3 on it.</source>
        <translation>Senden Sie bis zum %2 einen Scheck über %1 mit der Referenz %3 an die oben genannte Adresse.</translation>
    </message>
    <message>
        <source>Transfer %1 to the account above by %2, quoting the reference %3.</source>
        <translation>Überweisen Sie %1 bis zum %2 auf das oben genannte Konto und geben Sie dabei die Referenz %3 an.</translation>
    </message>
    <message>
        <source>Once your payment is recorded, the key&apos;s new terms apply at once; its handshake code %1 stays the same, so there is nothing to redeploy. You can follow the order under Orders.</source>
        <translation>Sobald Ihre Zahlung verbucht ist, gelten die neuen Konditionen des Schlüssels sofort; sein Handshake-Code %1 bleibt gleich, daher muss nichts neu verteilt werden. Sie können die Bestellung unter „Bestellungen“ verfolgen.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>lp::ui::CheckoutEntryButtons</name>
    <message>
        <source>Suspended keys cannot be renewed online. Please contact support.</source>
        <translation>Gesperrte Schlüssel können nicht online verlängert werden. Bitte wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Verlängern …</translation>
    </message>
    <message>
        <source>Add &amp;devices…</source>
        <translation>Gerä&amp;te hinzufügen …</translation>
    </message>
    <message>
        <source>Add &amp;quota…</source>
        <translation>&amp;Kontingent erhöhen …</translation>
    </message>
    <message>
        <source>Change refresh &amp;cadence…</source>
        <translation>Bereinigungs&amp;intervall ändern …</translation>
    </message>
    <message>
        <source>This key is suspended and cannot be renewed or changed online.</source>
        <translation>Dieser Schlüssel ist gesperrt und kann nicht online verlängert oder geändert werden.</translation>
    </message>
    <message>
        <source>Extend the term by 1 to 3 years</source>
        <translation>Die Laufzeit um 1 bis 3 Jahre verlängern</translation>
    </message>
    <message>
        <source>Raise the device allowance</source>
        <translation>Das Gerätekontingent erhöhen</translation>
    </message>
    <message>
        <source>Raise the scan quota per period</source>
        <translation>Das Scan-Kontingent pro Zeitraum erhöhen</translation>
    </message>
    <message>
        <source>Devices are already refreshed every 3 months, the shortest cadence.</source>
        <translation>Die Gerätebereinigung erfolgt bereits alle 3 Monate – das kürzeste Intervall.</translation>
    </message>
    <message>
        <source>Refresh the registered devices more often, so that inactive ones free their seats sooner</source>
        <translation>Die Gerätebereinigung häufiger ausführen, damit inaktive Geräte ihre Lizenzplätze früher freigeben</translation>
    </message>
    <message>
        <source>The server cannot be reached: orders are possible again once it is.</source>
        <translation>Der Server ist nicht erreichbar: Bestellungen sind wieder möglich, sobald er erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>lp::ui::CheckoutMethodPage</name>
    <message>
        <source>Payment Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Choose how to pay.</source>
        <translation>Wählen Sie aus, wie Sie bezahlen möchten.</translation>
    </message>
    <message>
        <source>Loading the payment methods</source>
        <translation>Zahlungsarten werden geladen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Credit card</source>
        <translation>&amp;Kreditkarte</translation>
    </message>
    <message>
        <source>Charged at once; the key changes as soon as the payment goes through.</source>
        <translation>Wird sofort belastet; der Schlüssel wird geändert, sobald die Zahlung erfolgreich ist.</translation>
    </message>
    <message>
        <source>&amp;PayPal</source>
        <translation>&amp;PayPal</translation>
    </message>
    <message>
        <source>You approve the payment on PayPal&apos;s page in your browser; the key changes once it is approved.</source>
        <translation>Sie geben die Zahlung auf der PayPal-Seite in Ihrem Browser frei; der Schlüssel wird geändert, sobald sie freigegeben ist.</translation>
    </message>
    <message>
        <source>&amp;Wire transfer</source>
        <translation>Ü&amp;berweisung</translation>
    </message>
    <message>
        <source>You get a pro-forma invoice with our bank account; the key changes once your payment is recorded.</source>
        <translation>Sie erhalten eine Proforma-Rechnung mit unserer Bankverbindung; der Schlüssel wird geändert, sobald Ihre Zahlung verbucht ist.</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Scheck</translation>
    </message>
    <message>
        <source>You get a pro-forma invoice with the address to mail the check to; the key changes once the check is recorded.</source>
        <translation>Sie erhalten eine Proforma-Rechnung mit der Adresse, an die Sie den Scheck senden; der Schlüssel wird geändert, sobald der Scheck verbucht ist.</translation>
    </message>
    <message>
        <source>The payment methods could not be loaded: %1</source>
        <translation>Die Zahlungsarten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Amount to pay: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zu zahlender Betrag: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>lp::ui::CheckoutPayPage</name>
    <message>
        <source>The card details go straight to the payment provider. LicensePortal neither sees nor stores the card number.</source>
        <translation>Die Kartendaten gehen direkt an den Zahlungsdienstleister. LicensePortal sieht und speichert die Kartennummer nicht.</translation>
    </message>
    <message>
        <source>&amp;Open Again</source>
        <translation>&amp;Erneut öffnen</translation>
    </message>
    <message>
        <source>Open PayPal&apos;s approval page in the browser again</source>
        <translation>Die Freigabeseite von PayPal erneut im Browser öffnen</translation>
    </message>
    <message>
        <source>Cancel &amp;Payment</source>
        <translation>Zahlung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Processing the payment</source>
        <translation>Zahlung wird verarbeitet</translation>
    </message>
    <message>
        <source>Pay by Card</source>
        <translation>Mit Karte bezahlen</translation>
    </message>
    <message>
        <source>Enter the details of the card to charge.</source>
        <translation>Geben Sie die Daten der zu belastenden Karte ein.</translation>
    </message>
    <message>
        <source>Pay with PayPal</source>
        <translation>Mit PayPal bezahlen</translation>
    </message>
    <message>
        <source>You approve the payment on PayPal&apos;s page in your browser.</source>
        <translation>Sie geben die Zahlung auf der PayPal-Seite in Ihrem Browser frei.</translation>
    </message>
    <message>
        <source>Pay by Wire Transfer</source>
        <translation>Per Überweisung bezahlen</translation>
    </message>
    <message>
        <source>Pay by Check</source>
        <translation>Per Scheck bezahlen</translation>
    </message>
    <message>
        <source>Place the order to get its pro-forma invoice.</source>
        <translation>Geben Sie die Bestellung auf, um die Proforma-Rechnung zu erhalten.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <extracomment>The button that charges the card; %1 is the amount</extracomment>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>%1 &amp;bezahlen</translation>
    </message>
    <message>
        <source>&amp;Continue to PayPal</source>
        <translation>Weiter zu &amp;PayPal</translation>
    </message>
    <message>
        <source>&amp;Place Order</source>
        <translation>&amp;Bestellung aufgeben</translation>
    </message>
    <message>
        <source>Processing the payment…</source>
        <translation>Zahlung wird verarbeitet …</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Bestellung wird aufgegeben …</translation>
    </message>
    <message>
        <source>Waiting for PayPal to confirm the payment…</source>
        <translation>Warten auf die Bestätigung der Zahlung durch PayPal …</translation>
    </message>
    <message>
        <source>Complete the payment of %1 in your browser. This page goes on by itself once PayPal confirms it.</source>
        <translation>Schließen Sie die Zahlung über %1 in Ihrem Browser ab. Diese Seite geht automatisch weiter, sobald PayPal die Zahlung bestätigt.</translation>
    </message>
    <message>
        <source>Continue to PayPal to approve the payment of %1 in your browser.</source>
        <translation>Wechseln Sie zu PayPal, um die Zahlung über %1 in Ihrem Browser freizugeben.</translation>
    </message>
    <message>
        <source>Placing the order issues a pro-forma invoice for %1 with the address to mail your check to. The license key changes once the check is recorded.</source>
        <translation>Mit der Bestellung wird eine Proforma-Rechnung über %1 ausgestellt, die die Adresse für Ihren Scheck enthält. Der Lizenzschlüssel wird geändert, sobald der Scheck verbucht ist.</translation>
    </message>
    <message>
        <source>Placing the order issues a pro-forma invoice for %1 with our bank account and a payment reference. The license key changes once your transfer is recorded.</source>
        <translation>Mit der Bestellung wird eine Proforma-Rechnung über %1 mit unserer Bankverbindung und einer Zahlungsreferenz ausgestellt. Der Lizenzschlüssel wird geändert, sobald Ihre Überweisung verbucht ist.</translation>
    </message>
</context>
<context>
    <name>lp::ui::CheckoutQuotePage</name>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>The price of your order, from the license server.</source>
        <translation>Der Preis Ihrer Bestellung laut Lizenzserver.</translation>
    </message>
    <message>
        <source>Getting the price</source>
        <translation>Preis wird ermittelt</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Angebotspositionen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Your key after the order</source>
        <translation>Ihr Schlüssel nach der Bestellung</translation>
    </message>
    <message>
        <source>Getting the price from the license server…</source>
        <translation>Preis wird vom Lizenzserver ermittelt …</translation>
    </message>
    <message>
        <source>Prices are in %1, the currency of your account.</source>
        <translation>Preise in %1, der Währung Ihres Kontos.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The time a quote line covers: from – until</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gesamt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This price is valid until %1 on %2.</source>
        <extracomment>%1 a time, %2 a date</extracomment>
        <translation>Dieser Preis gilt bis zum %2 um %1.</translation>
    </message>
</context>
<context>
    <name>lp::ui::CheckoutWizard</name>
    <message>
        <source>Renew or Upgrade – %1</source>
        <translation>Verlängern oder erweitern – %1</translation>
    </message>
    <message>
        <source>Cancel the PayPal Payment?</source>
        <translation>PayPal-Zahlung abbrechen?</translation>
    </message>
    <message>
        <source>The PayPal payment has not been approved yet. Cancel it and close?</source>
        <translation>Die PayPal-Zahlung wurde noch nicht freigegeben. Zahlung abbrechen und schließen?</translation>
    </message>
    <message>
        <source>Cancel Payment</source>
        <translation>Zahlung abbrechen</translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>Payment Not Confirmed</source>
        <translation>Zahlung nicht bestätigt</translation>
    </message>
    <message>
        <source>The server did not confirm the last payment, so it may have been charged. Send it again to find out? It is never charged twice. If you close now, check the Orders pane before buying again.</source>
        <translation>Der Server hat die letzte Zahlung nicht bestätigt, daher wurde sie möglicherweise bereits berechnet. Erneut senden, um das zu klären? Sie wird nie doppelt berechnet. Wenn Sie jetzt schließen, prüfen Sie den Bereich „Bestellungen“, bevor Sie erneut kaufen.</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>lp::ui::DevicesPane</name>
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
    <name>lp::ui::InvoiceView</name>
    <message>
        <source>Quote this reference with the payment, so that it is matched to your order.</source>
        <translation>Geben Sie diese Referenz bei der Zahlung an, damit sie Ihrer Bestellung zugeordnet wird.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Zahlungsreferenz:</translation>
    </message>
    <message>
        <source>Pay by:</source>
        <translation>Zahlbar bis:</translation>
    </message>
    <message>
        <source>Payee:</source>
        <translation>Zahlungsempfänger:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <source>Mail the check to:</source>
        <translation>Scheck senden an:</translation>
    </message>
    <message>
        <source>Pro-forma invoice:</source>
        <translation>Proforma-Rechnung:</translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <extracomment>%1 an invoice number, %2 the date it was issued</extracomment>
        <translation>%1, ausgestellt am %2</translation>
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
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the server now</source>
        <translation>Jetzt versuchen, den Server zu erreichen</translation>
    </message>
    <message>
        <source>Trying to reach the server…</source>
        <translation>Server wird kontaktiert …</translation>
    </message>
    <message>
        <source>The server can be reached again.</source>
        <translation>Der Server ist wieder erreichbar.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A date and a time of day, e.g. &quot;11/28/2026 13:58&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Offline since %1. Changes are disabled until the server is reachable again.</source>
        <translation>Offline seit %1. Änderungen sind deaktiviert, bis der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Offline since %1 — showing the data from %2. Changes are disabled until the server is reachable again.</source>
        <translation>Offline seit %1 – angezeigt werden die Daten vom %2. Änderungen sind deaktiviert, bis der Server wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>lp::ui::OfflinePane</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an offline activation file.</source>
        <translation>%1 ist zu groß für eine Offline-Aktivierungsdatei.</translation>
    </message>
    <message>
        <source>For devices that never reach the internet: issue a signed license file for the device&apos;s hash and copy it to the device. Drop a request or license file anywhere on this pane.</source>
        <translation>Für Geräte ohne Internetverbindung: Stellen Sie eine signierte Lizenzdatei für den Hash des Geräts aus und kopieren Sie sie auf das Gerät. Sie können eine Anfrage- oder Lizenzdatei an einer beliebigen Stelle dieses Bereichs ablegen.</translation>
    </message>
    <message>
        <source>Issue an offline license</source>
        <translation>Offline-Lizenz ausstellen</translation>
    </message>
    <message>
        <source>64 hexadecimal characters, or import the device&apos;s request file</source>
        <translation>64 Hexadezimalzeichen oder die Anfragedatei des Geräts importieren</translation>
    </message>
    <message>
        <source>Device hash</source>
        <translation>Geräte-Hash</translation>
    </message>
    <message>
        <source>&amp;Import Request File…</source>
        <translation>Anfragedatei &amp;importieren …</translation>
    </message>
    <message>
        <source>e.g. Windows 11, Android 14</source>
        <translation>z. B. Windows 11, Android 14</translation>
    </message>
    <message>
        <source>optional: how the device shows in the devices list</source>
        <translation>optional: Anzeigename in der Geräteliste</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 Jahre</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 Jahre</translation>
    </message>
    <message>
        <source>The file ends with the key&apos;s term at the latest.</source>
        <translation>Die Datei gilt höchstens bis zum Ende der Laufzeit des Schlüssels.</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>&amp;Device hash:</source>
        <translation>Gerä&amp;te-Hash:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>Gültig&amp;keit:</translation>
    </message>
    <message>
        <source>Issue Offline &amp;License</source>
        <translation>Offline-Lizenz &amp;ausstellen</translation>
    </message>
    <message>
        <source>&amp;Save Signed File…</source>
        <translation>Signierte Datei &amp;speichern …</translation>
    </message>
    <message>
        <source>Verify an offline license file</source>
        <translation>Offline-Lizenzdatei überprüfen</translation>
    </message>
    <message>
        <source>optional: the device hash the file must be for</source>
        <translation>optional: der Geräte-Hash, für den die Datei gelten muss</translation>
    </message>
    <message>
        <source>Device hash to check</source>
        <translation>Zu prüfender Geräte-Hash</translation>
    </message>
    <message>
        <source>This &amp;Computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>Check the file against this computer&apos;s device hash</source>
        <translation>Die Datei mit dem Geräte-Hash dieses Computers abgleichen</translation>
    </message>
    <message>
        <source>&amp;Verify a File…</source>
        <translation>Datei ü&amp;berprüfen …</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <source>Offline licenses are for per-device keys; this account has none.</source>
        <translation>Offline-Lizenzen gibt es nur für Lizenzen pro Gerät; dieses Konto hat keine.</translation>
    </message>
    <message>
        <source>Give the device hash (64 hexadecimal characters) or import its request file.</source>
        <translation>Geben Sie den Geräte-Hash (64 Hexadezimalzeichen) an oder importieren Sie die Anfragedatei des Geräts.</translation>
    </message>
    <message numerus="yes">
        <source>Request of device %1… imported (asks for %n day(s)).</source>
        <translation>
            <numerusform>Anfrage von Gerät %1… importiert (beantragt %n Tag).</numerusform>
            <numerusform>Anfrage von Gerät %1… importiert (beantragt %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued for device %1…, valid from %2 until %3, signed with key %4. It takes one seat and is listed with the key&apos;s devices. Save it and copy it to the device.</source>
        <translation>Ausgestellt für Gerät %1…, gültig vom %2 bis %3, signiert mit dem Schlüssel %4. Das Gerät belegt einen Lizenzplatz und wird unter den Geräten des Schlüssels aufgeführt. Speichern Sie die Datei und kopieren Sie sie auf das Gerät.</translation>
    </message>
    <message>
        <source>Offline license issued</source>
        <translation>Offline-Lizenz ausgestellt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird überprüft …</translation>
    </message>
    <message>
        <source>This offline license is valid.</source>
        <translation>Diese Offline-Lizenz ist gültig.</translation>
    </message>
    <message>
        <source>This offline license must not be used.</source>
        <translation>Diese Offline-Lizenz darf nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The server could not be reached: checked with the signing keys fetched before.</source>
        <translation>Der Server war nicht erreichbar: Die Prüfung erfolgte mit den zuvor abgerufenen Signaturschlüsseln.</translation>
    </message>
    <message>
        <source>Import Activation Request</source>
        <translation>Aktivierungsanfrage importieren</translation>
    </message>
    <message>
        <source>Activation requests (*.json *.lpreq);;All files (*)</source>
        <translation>Aktivierungsanfragen (*.json *.lpreq);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Verify Offline License</source>
        <translation>Offline-Lizenz überprüfen</translation>
    </message>
    <message>
        <source>Offline licenses (*.json *.lplic);;All files (*)</source>
        <translation>Offline-Lizenzen (*.json *.lplic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Offline License</source>
        <translation>Offline-Lizenz speichern</translation>
    </message>
    <message>
        <source>Offline licenses (*.json)</source>
        <translation>Offline-Lizenzen (*.json)</translation>
    </message>
</context>
<context>
    <name>lp::ui::OrdersPane</name>
    <message>
        <source>Upcoming renewals</source>
        <translation>Anstehende Verlängerungen</translation>
    </message>
    <message>
        <source>Keys whose term ends within the next 90 days or ended in the last 90 days. A renewal keeps the handshake code, so devices need no change.</source>
        <translation>Schlüssel, deren Laufzeit in den nächsten 90 Tagen endet oder in den letzten 90 Tagen geendet hat. Bei einer Verlängerung bleibt der Handshake-Code erhalten, die Geräte müssen also nicht geändert werden.</translation>
    </message>
    <message>
        <source>No key expires in the next 90 days.</source>
        <translation>In den nächsten 90 Tagen läuft kein Schlüssel ab.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the orders again</source>
        <translation>Die Bestellungen erneut laden</translation>
    </message>
    <message>
        <source>Loading orders</source>
        <translation>Bestellungen werden geladen</translation>
    </message>
    <message>
        <source>Wire transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>The key&apos;s public identity: an order never changes it.</source>
        <translation>Die öffentliche Kennung des Schlüssels: Eine Bestellung ändert sie nie.</translation>
    </message>
    <message>
        <source>Quote this reference with the payment, so that it is matched to your order.</source>
        <translation>Geben Sie diese Referenz bei der Zahlung an, damit sie Ihrer Bestellung zugeordnet wird.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>Bestellt am:</translation>
    </message>
    <message>
        <source>License key:</source>
        <translation>Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>Handshake code:</source>
        <translation>Handshake-Code:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Term now ends:</source>
        <translation>Laufzeitende jetzt:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Rechnung:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Zahlungsreferenz:</translation>
    </message>
    <message>
        <source>Pay by:</source>
        <translation>Zahlbar bis:</translation>
    </message>
    <message>
        <source>Payee:</source>
        <translation>Zahlungsempfänger:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <source>Mail the check to:</source>
        <translation>Scheck senden an:</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>Quittung:</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>Bezahlt am:</translation>
    </message>
    <message>
        <source>Paid with:</source>
        <translation>Bezahlt mit:</translation>
    </message>
    <message>
        <source>Save &amp;Invoice as PDF…</source>
        <translation>&amp;Rechnung als PDF speichern …</translation>
    </message>
    <message>
        <source>Save the pro-forma invoice with the payment details as a PDF file</source>
        <translation>Die Proforma-Rechnung mit den Zahlungsdaten als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save Rece&amp;ipt as PDF…</source>
        <translation>&amp;Quittung als PDF speichern …</translation>
    </message>
    <message>
        <source>Save the receipt of this payment as a PDF file</source>
        <translation>Die Quittung für diese Zahlung als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel Order…</source>
        <translation>Bestellung &amp;stornieren …</translation>
    </message>
    <message>
        <source>Cancel this order; nothing has been paid for it yet</source>
        <translation>Diese Bestellung stornieren; dafür wurde noch nichts bezahlt</translation>
    </message>
    <message>
        <source>The order was cancelled.</source>
        <translation>Die Bestellung wurde storniert.</translation>
    </message>
    <message>
        <source>The order could not be cancelled: %1</source>
        <translation>Die Bestellung konnte nicht storniert werden: %1</translation>
    </message>
    <message>
        <source>Handshake code: it stays the same after the renewal</source>
        <translation>Handshake-Code: Er bleibt nach der Verlängerung gleich</translation>
    </message>
    <message>
        <source>Renew for 1 Year…</source>
        <translation>Um 1 Jahr verlängern …</translation>
    </message>
    <message>
        <source>Open the checkout with a one-year renewal of this key</source>
        <translation>Den Bestellvorgang mit einer Verlängerung dieses Schlüssels um ein Jahr öffnen</translation>
    </message>
    <message>
        <source>Renew %1 for 1 year</source>
        <extracomment>Screen readers: the renew button of one key</extracomment>
        <translation>%1 um 1 Jahr verlängern</translation>
    </message>
    <message>
        <source>The orders could not be loaded: %1</source>
        <translation>Die Bestellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Bestellungen werden geladen …</translation>
    </message>
    <message>
        <source>No orders yet. Renewals and upgrades you order appear here.</source>
        <translation>Noch keine Bestellungen. Hier erscheinen die Verlängerungen und Erweiterungen, die Sie bestellen.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The period an order line covers</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 discount</source>
        <extracomment>An order line&apos;s multi-year discount</extracomment>
        <translation>%1 Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <extracomment>The date a pro-forma invoice was issued</extracomment>
        <translation>Ausgestellt am %1</translation>
    </message>
    <message>
        <source>Pro-forma invoice</source>
        <translation>Proforma-Rechnung</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Waiting for the approval at PayPal. Nothing is charged until you approve.</source>
        <translation>Warten auf die Freigabe bei PayPal. Bis zu Ihrer Freigabe wird nichts berechnet.</translation>
    </message>
    <message>
        <source>The order is fulfilled as soon as the payment is recorded. Quote the payment reference.</source>
        <translation>Die Bestellung wird ausgeführt, sobald die Zahlung verbucht ist. Geben Sie die Zahlungsreferenz an.</translation>
    </message>
    <message>
        <source>Paid. The license is being updated.</source>
        <translation>Bezahlt. Die Lizenz wird aktualisiert.</translation>
    </message>
    <message>
        <source>The handshake code %1 is unchanged: devices using this key need no update.</source>
        <translation>Der Handshake-Code %1 bleibt unverändert: Geräte, die diesen Schlüssel verwenden, müssen nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Nothing was charged for this order.</source>
        <translation>Für diese Bestellung wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The invoice was saved.</source>
        <translation>Die Rechnung wurde gespeichert.</translation>
    </message>
    <message>
        <source>The receipt was saved.</source>
        <translation>Die Quittung wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cancel This Order?</source>
        <translation>Diese Bestellung stornieren?</translation>
    </message>
    <message>
        <source>Cancel the order of %1 for %2?</source>
        <translation>Die Bestellung über %2 stornieren (%1)?</translation>
    </message>
    <message>
        <source>The PayPal approval will no longer be accepted.</source>
        <translation>Die PayPal-Freigabe wird dann nicht mehr angenommen.</translation>
    </message>
    <message>
        <source>Do not send the payment for it afterwards: a payment for a cancelled order has to be refunded.</source>
        <translation>Senden Sie danach keine Zahlung mehr dafür: Eine Zahlung für eine stornierte Bestellung muss zurückerstattet werden.</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Keep Order</source>
        <translation>Bestellung behalten</translation>
    </message>
    <message>
        <source>The order could not be cancelled. Its status is now: %1.</source>
        <translation>Die Bestellung konnte nicht storniert werden. Ihr Status ist jetzt: %1.</translation>
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
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Offline activation</source>
        <translation>Offline-Aktivierung</translation>
    </message>
    <message>
        <source>Checkout needs the server, which cannot be reached at the moment.</source>
        <translation>Für Bestellungen wird der Server benötigt, der zurzeit nicht erreichbar ist.</translation>
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
    <message>
        <source>The server cannot be reached: changes are disabled until it can.</source>
        <translation>Der Server ist nicht erreichbar: Änderungen sind deaktiviert, bis er wieder erreichbar ist.</translation>
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
    <name>lp::ui::TermsView</name>
    <message>
        <source>Term ends:</source>
        <translation>Laufzeitende:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>Device refresh:</source>
        <translation>Gerätebereinigung:</translation>
    </message>
    <message>
        <source>Scan quota:</source>
        <translation>Scan-Kontingent:</translation>
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
        <source>%1 scans per period</source>
        <translation>%1 Scans pro Zeitraum</translation>
    </message>
    <message>
        <source>%1 scans per month</source>
        <translation>%1 Scans pro Monat</translation>
    </message>
    <message>
        <source>%1 scans per year</source>
        <translation>%1 Scans pro Jahr</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <extracomment>A license term an order leaves as it is</extracomment>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>%1, becomes %2</source>
        <extracomment>Screen readers: a license term before and after the order</extracomment>
        <translation>%1, wird zu %2</translation>
    </message>
</context>
<context>
    <name>lp::ui::UsagePane</name>
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
